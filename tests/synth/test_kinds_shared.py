"""What the kinds step works out once and shares: the offsets of a text without its Arabic
marks (``segment.arabic_plain_offsets``) and the cue patterns of the reading without the
readings held back (``kinds._cues(lang, False)``). Each gives what the plain work gives, on
the statements of the readable evaluation reports in the six languages."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from forum_messages.evaluation.material import load_material
from forum_messages.nlp.segment import arabic_plain, arabic_plain_offsets, strip_numbering
from forum_messages.synth import kind_cues_presenters as presenters
from forum_messages.synth import kind_turns as turns
from forum_messages.synth import kinds
from forum_messages.synth.kinds import AnyOf, classify, held_back_only

from .test_held_marks import STORY_ES, TITLE_ZH, TURN_FR, TURN_RU

EVALUATION = Path(__file__).parents[2] / "src" / "forum_messages" / "editions" / "evaluation"
REPORTS = EVALUATION / "reports"
#: development and spent report files (readable), every UN language among them
FILES = (
    "dev-en-summaries",
    "dev-es",
    "dev-fr",
    "dev-ru-mid",
    "test-ar",
    "test-zh",
    "test-fr-ar-mixed",
    "test-samarkand",
)


@cache
def statements() -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = []
    for name in FILES:
        material = load_material(REPORTS / f"{name}.yaml")
        out += [
            (strip_numbering(st.text), st.language or material.language)
            for st in material.corpus.statements
        ]
    return tuple(out)


def _per_character(text: str) -> list[int]:
    return [i for i, ch in enumerate(text) if arabic_plain(ch)] + [len(text)]


def test_the_statements_are_in_every_language() -> None:
    assert {lang for _, lang in statements()} == {"ar", "en", "es", "fr", "ru", "zh"}


@pytest.mark.parametrize(
    "text",
    [
        "",
        "ـ",
        "مُـــشـارَكَة",  # tatweel and vowel marks inside a word
        "أكّد المشاركون أنّ الشبكات المجتمعية ضرورية.",
        "شدَّد المتحدثون على أهمية البيانات المفتوحة ـ خاصة في الريف ـ للجميع",
        "The panel said that 5G needs spectrum.",
        "与会者认为，农村学校需要稳定的网络。",
    ],
)
def test_plain_offsets_are_those_read_a_character_at_a_time(text: str) -> None:
    at = arabic_plain_offsets(text)
    assert at == _per_character(text)
    plain = arabic_plain(text)
    assert len(at) == len(plain) + 1
    assert "".join(text[i] for i in at[:-1]) == plain


def test_plain_offsets_on_the_report_statements() -> None:
    texts = [text for text, _ in statements()]
    marked = [t for t in texts if arabic_plain(t) != t]
    assert len(marked) >= 10  # Arabic with its vowel marks or tatweel is read
    assert [arabic_plain_offsets(t) for t in texts] == [_per_character(t) for t in texts]


def _unshared(lang: str, held: bool = True) -> kinds._Cues:
    """The cues of a language compiled on their own for each reading (as before sharing)."""
    desc, frames, attrib = kinds._patterns(lang, held)
    return kinds._Cues(AnyOf(desc), tuple(frames), AnyOf(frames), AnyOf(attrib))


def test_the_reading_without_the_held_back_shares_what_it_can(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(presenters, "MORE_HELD_BACK_ON", True)
    monkeypatch.setattr(turns, "TURNS", True)
    kinds.clear_caches()
    try:
        for lang in sorted(kinds._PATTERNS):
            full, without = kinds._cues(lang), kinds._cues(lang, False)
            assert without.desc is full.desc and without.any_frame is full.any_frame
            assert without.frames == full.frames
            differs = kinds._patterns(lang, False)[2] != kinds._patterns(lang)[2]
            assert (without.attrib is not full.attrib) == differs
        # the readings held back add attributions in some languages only
        assert kinds._cues("en", False).attrib is not kinds._cues("en").attrib
    finally:
        kinds.clear_caches()


@pytest.mark.parametrize("on", [True, False])
def test_kinds_without_the_held_back_are_those_of_cues_compiled_apart(
    monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    """The kinds with and without the readings held back, and the statements marked by them
    alone, are the same whether the two readings share their compiled cues or not."""
    monkeypatch.setattr(presenters, "MORE_HELD_BACK_ON", on)
    monkeypatch.setattr(turns, "TURNS", on)
    # and four statements marked by the readings held back alone (``test_held_marks``)
    items = (*statements(), (STORY_ES, "es"), (TITLE_ZH, "zh"), (TURN_RU, "ru"), (TURN_FR, "fr"))

    def read() -> tuple[list[kinds.Kind], list[kinds.Kind], list[bool]]:
        kinds.clear_caches()
        return (
            [classify(t, g) for t, g in items],
            [classify(t, g, False) for t, g in items],
            [held_back_only(t, g) for t, g in items],
        )

    try:
        shared = read()
        with monkeypatch.context() as m:
            m.setattr(kinds, "_cues", cache(_unshared))
            apart = read()
    finally:
        kinds.clear_caches()
    assert shared == apart
    assert any(k.attribution for k in shared[1])
    assert (sum(shared[2]) >= 4) == on  # the readings held back mark statements of their own
