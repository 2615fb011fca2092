"""The message groups of a theme do not depend on the order its statements come in (with the
real embedder, the same-point check and the sibling split as they are by default)."""

from __future__ import annotations

import numpy as np

from forum_messages.synth.evidence import TermEvidence
from forum_messages.synth.grouping import ThresholdGrouper
from forum_messages.synth.settings import Settings

# (session, kind, language, text): points on subsea cables, community networks and data
# protection authorities, said by several sessions, some in two languages, and one session
# with a takeaway and a call of its own
ROWS = [
    (
        "WS 1",
        "key_takeaway",
        "en",
        "Too few cable repair ships serve the region, so a cut subsea cable can take weeks to fix.",
    ),
    (
        "WS 2",
        "key_takeaway",
        "en",
        "Subsea cable repairs are slow because the region has almost no repair ships of its own.",
    ),
    (
        "WS 3",
        "key_takeaway",
        "fr",
        "Les navires de réparation des câbles sous-marins sont trop "
        "rares dans la région, et une coupure dure des semaines.",
    ),
    (
        "WS 1",
        "call_to_action",
        "en",
        "Governments should fund a shared repair ship for the region's subsea cables.",
    ),
    (
        "WS 4",
        "key_takeaway",
        "es",
        "Las redes comunitarias conectan pueblos que los operadores "
        "comerciales no atienden, pero no tienen una licencia adaptada.",
    ),
    (
        "WS 5",
        "key_takeaway",
        "en",
        "Community networks reach villages commercial operators "
        "ignore, yet most countries offer them no licence that fits.",
    ),
    ("WS 6", "call_to_action", "zh", "监管机构应当为社区网络设立简便、低成本的许可制度。"),
    (
        "WS 5",
        "call_to_action",
        "en",
        "Regulators should create simple, low-cost licences for community networks.",
    ),
    (
        "WS 7",
        "key_takeaway",
        "en",
        "Data protection authorities lack the staff to investigate "
        "complaints within a reasonable time.",
    ),
    (
        "WS 8",
        "key_takeaway",
        "es",
        "Las autoridades de protección de datos no tienen personal "
        "suficiente para investigar las reclamaciones a tiempo.",
    ),
    (
        "WS 9",
        "key_takeaway",
        "fr",
        "L'autorité de protection des données manque de personnel "
        "pour traiter les plaintes dans des délais raisonnables.",
    ),
    (
        "WS 10",
        "key_takeaway",
        "en",
        "Online scams aimed at older people are rising with digital payments.",
    ),
    ("WS 11", "key_takeaway", "zh", "针对老年人的网络诈骗随着移动支付的普及而增多。"),
    (
        "WS 12",
        "key_takeaway",
        "en",
        "Schools should teach pupils to check where an image comes from before sharing it.",
    ),
]


def _groups(use_embedder, order: list[int]) -> tuple[set[frozenset[int]], set[int]]:  # type: ignore[no-untyped-def]
    rows = [ROWS[i] for i in order]
    x = use_embedder.embed([text for *_, text in rows])
    s = Settings()
    grouper = ThresholdGrouper(s.message_distance, s.min_sessions, s.attach_similarity)
    out = grouper.run(
        x,
        [session for session, *_ in rows],
        TermEvidence([text for *_, text in rows], [lang for _, _, lang, _ in rows]),
        [kind for _, kind, *_ in rows],
        [False] * len(rows),
    )
    groups = {frozenset(order[i] for i in g) for g in out.groups}
    return groups, {order[i] for i in out.alone}


def test_shuffled_statements_make_the_same_messages(use_embedder) -> None:  # type: ignore[no-untyped-def]
    first, alone = _groups(use_embedder, list(range(len(ROWS))))
    # the real embedder groups what is said in several sessions and languages: the test
    # compares messages, not empty groupings
    assert len(first) >= 2
    assert any(len({ROWS[i][2] for i in g}) > 1 for g in first)
    for seed in range(3):
        order = [int(i) for i in np.random.default_rng(seed).permutation(len(ROWS))]
        assert _groups(use_embedder, order) == (first, alone)
    assert _groups(use_embedder, list(reversed(range(len(ROWS))))) == (first, alone)
