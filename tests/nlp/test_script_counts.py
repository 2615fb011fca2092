"""script_counts (compiled character classes) against the per-character loop it replaced."""

import json
import random
import unicodedata
from pathlib import Path

import pytest

from forum_messages.nlp import language
from forum_messages.nlp.language import script_counts

SAMPLE = Path(language.__file__).parent.parent / "editions" / "sample"
ALL_CHARS = "".join(map(chr, range(0x110000)))


def reference_script_counts(text: str) -> dict[str, int]:
    """The former implementation, kept here as the reference only."""
    counts = {"han": 0, "arabic": 0, "cyrillic": 0, "latin": 0}
    for ch in text:
        if not ch.isalpha():
            continue
        code = ord(ch)
        if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF:
            counts["han"] += 1
        elif 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0xFB50 <= code <= 0xFEFF:
            counts["arabic"] += 1
        elif 0x0400 <= code <= 0x04FF:
            counts["cyrillic"] += 1
        elif unicodedata.name(ch, "").startswith("LATIN"):
            counts["latin"] += 1
    return counts


def reference_script(ch: str) -> str | None:
    counts = reference_script_counts(ch)
    return next((name for name, n in counts.items() if n), None)


def test_every_code_point_is_classified_as_before() -> None:
    expected: dict[str, set[int]] = {
        "han": set(),
        "arabic": set(),
        "cyrillic": set(),
        "latin": set(),
    }
    for code, ch in enumerate(ALL_CHARS):
        if ch.isalpha():
            script = reference_script(ch)
            if script is not None:
                expected[script].add(code)
    for name, pattern in language._SCRIPTS.items():
        found = {code for m in pattern.finditer(ALL_CHARS) for code in range(m.start(), m.end())}
        assert found == expected[name], name
    assert script_counts(ALL_CHARS) == {name: len(codes) for name, codes in expected.items()}


def test_latin_blocks_do_not_overlap_the_other_scripts() -> None:
    earlier = language._HAN_RANGES + language._ARABIC_RANGES + language._CYRILLIC_RANGES
    for lo, hi in language._LATIN_BLOCKS:
        assert all(hi < a or lo > b for a, b in earlier)


def sample_texts() -> list[str]:
    texts: list[str] = []

    def strings(value: object) -> None:
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, list):
            for item in value:
                strings(item)
        elif isinstance(value, dict):
            for item in value.values():
                strings(item)

    for path in sorted(SAMPLE.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            strings(json.loads(line))
    return texts


def test_sample_texts_count_as_before() -> None:
    texts = sample_texts()
    assert len(texts) > 500
    for text in texts:
        assert script_counts(text) == reference_script_counts(text)


@pytest.mark.parametrize("seed", range(5))
def test_random_mixed_texts_count_as_before(seed: int) -> None:
    rng = random.Random(seed)
    pools = [
        "abc ÉéçñÑ ßøÆ ǅ ﬁ ſ ꝏ ṩ ₐ ʰ ² ½ 12 _-,.!?\n\t",
        "中文汉字㐀䶵豈鶴龥〇一二 、。",
        "عربيةٱﭐﻼ ٠١٢ ً",
        "абвгдЁёѢѣ Ґ Ԁ",
        "αβγ אבג देव ひらがな カタカナ 한국어 ﾊﾝｶｸ Ａｂ",
    ]
    for _ in range(300):
        text = "".join(rng.choice(pool) for pool in rng.choices(pools, k=rng.randint(0, 60)))
        text += "".join(chr(rng.randrange(0x110000)) for _ in range(rng.randint(0, 20)))
        assert script_counts(text) == reference_script_counts(text)


@pytest.mark.parametrize("text", ["", " ", "123", "plain ASCII text, 42!", "\x00\x7f"])
def test_edge_texts(text: str) -> None:
    assert script_counts(text) == reference_script_counts(text)
    assert list(script_counts(text)) == ["han", "arabic", "cyrillic", "latin"]
