"""The campaign finder's key index and the temporary-file stores against plain Python ones."""

from __future__ import annotations

import os
import random
from collections import Counter

from forum_messages.ingest.keyindex import START, KeyIndex
from forum_messages.ingest.spill import BUFFER, Blobs, Texts


def _reference(pairs: list[tuple[int, int]], cap: int) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for key, group in pairs:
        groups = out.setdefault(key, [])
        if len(groups) < cap:
            groups.append(group)
    return out


def test_the_index_names_the_same_groups_as_a_dictionary() -> None:
    rng = random.Random(7)
    # keys of every sign; some share their low bits (one run of slots without the mixing, each
    # look-up walking it: 80 s for this test); some are common to many groups (past the cap),
    # so single slots, blocks that move and full blocks all occur
    common = [rng.getrandbits(64) - (1 << 63) for _ in range(40)]
    pairs: list[tuple[int, int]] = []
    for group in range(6 * START // 5):  # past two thirds full: the table grows
        own = [rng.getrandbits(64) - (1 << 63) for _ in range(2)]
        own.append((rng.getrandbits(40) << 20) | 5)  # low bits all alike
        pairs += [(k, group) for k in own + rng.sample(common, 2)]
    index = KeyIndex(cap=32)
    for key, group in pairs:
        index.add(key, group)
    expected = _reference(pairs, 32)
    assert len(index) == len(expected)
    assert max(len(g) for g in expected.values()) == 32  # the cap was reached
    for key, groups in rng.sample(sorted(expected.items()), 3000) + [
        (k, expected[k]) for k in common
    ]:
        shared: Counter[int] = Counter()
        index.count([key], shared)
        assert shared == Counter(groups)
    shared = Counter()
    index.count([common[0], common[0], 12345], shared)  # a key twice, a key never added
    assert shared == Counter(expected[common[0]] * 2)


def test_blobs_and_texts_read_back_what_was_kept_from_the_file_and_the_buffer() -> None:
    rng = random.Random(3)
    texts = ["Réponse n° 1 : accès rural.", "公众咨询意见", "", "x" * (BUFFER // 3), "عربي"]
    kept = [rng.choice(texts) + str(i) for i in range(40)]
    on_disk, in_memory = Texts(), Texts(in_memory=True)
    refs = [(on_disk.put(t), in_memory.put(t)) for t in kept]
    assert [on_disk.get(a) for a, _b in refs] == kept == [in_memory.get(b) for _a, b in refs]
    assert not on_disk.in_memory and in_memory.in_memory and len(on_disk) == len(kept)
    blobs = Blobs()
    first = blobs.put(b"\x00\x01 first")
    assert blobs.get(first) == b"\x00\x01 first"  # still in the buffer
    big = blobs.put(os.urandom(BUFFER))  # written to the file with the first
    last = blobs.put(b"last")
    assert blobs.get(first) == b"\x00\x01 first" and len(blobs.get(big)) == BUFFER
    assert blobs.get(last) == b"last"
    blobs.close()
    assert len(blobs) == 0


def test_the_finder_groups_the_same_with_its_texts_in_a_file() -> None:
    from forum_messages.ingest.campaigns import CampaignFinder

    base = (
        "Las bibliotecas públicas necesitan financiación estable para el acceso gratuito. "
        "Las escuelas rurales deben tener banda ancha antes del próximo curso."
    )
    answers = [
        base,
        base.upper(),  # an exact copy once normalised
        base + " Y también el transporte escolar.",  # a near copy adding a sentence
        base + " Y también el transporte escolar.",
        "公众咨询：农村学校需要在下一学年之前接入宽带网络，图书馆需要稳定的资金。",
        base.replace("rurales", "rurales y urbanas"),  # a changed word
        "Une réponse sans rapport avec la campagne, sur la cybersécurité des PME.",
    ]
    found = []
    for texts in (None, Texts()):
        finder = CampaignFinder(texts)
        numbers = [finder.add((f"r{i}", "Q1"), t) for i, t in enumerate(answers)]
        groups = finder.finish()
        found.append(
            (
                numbers,
                [(g.text, g.first, g.members, g.variants, dict(g.additions)) for g in groups],
            )
        )
    assert found[0] == found[1]
    numbers, groups = found[1]
    assert numbers == [0, 0, 0, 0, 1, 0, 2]
    assert len(groups[0][3]) == 3 and groups[0][4]  # three wordings; copies added something
