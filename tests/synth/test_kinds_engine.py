"""The statement kinds' matching engine (``kinds.AnyOf``): the cue patterns tried together
give the answers they give one by one, on every statement of the evaluation material."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from forum_messages.evaluation.material import load_material
from forum_messages.nlp.segment import strip_numbering
from forum_messages.synth import kinds
from forum_messages.synth.kinds import AnyOf, OneByOne, _anchored_body, classify
from forum_messages.yamlsrc import load_bundled

EVALUATION = Path(__file__).parents[2] / "src" / "forum_messages" / "editions" / "evaluation"


@cache
def evaluation_statements() -> tuple[tuple[str, str], ...]:
    """(text, language) of every statement of the evaluation reports and of the labelled
    statement-kind sets."""
    out: list[tuple[str, str]] = []
    for path in sorted((EVALUATION / "reports").glob("*.yaml")):
        material = load_material(path)
        out += [(st.text, st.language or material.language) for st in material.corpus.statements]
    # the labelled sets are package files: libyaml reads them (no line numbers needed here)
    for path in sorted((EVALUATION / "kinds").glob("*.yaml")):
        out += [(str(it["text"]), str(it["lang"])) for it in load_bundled(path.read_text())]
    return tuple(out)


def _sentences_and_tails() -> list[str]:
    """Each evaluation statement's sentences, without their leading quotes, and what follows
    each comma in them (where ``_later_frame`` tries the frames of a Chinese sentence)."""
    out: set[str] = set()
    for text, lang in evaluation_statements():
        code = lang if lang in kinds._PATTERNS else "en"
        for sent in kinds._sentences(strip_numbering(text), code):
            s = kinds._LEADING.sub("", sent).strip()
            out.add(s)
            out.update(s[m.end() :] for m in re.finditer(r"[，,；;]", s))
    return sorted(out)


def test_the_evaluation_material_is_read() -> None:
    items = evaluation_statements()
    assert len(items) > 3000
    assert {lang for _, lang in items} >= {"en", "fr", "es", "ru", "zh", "ar"}


@pytest.mark.parametrize("lang", sorted(kinds._PATTERNS))
def test_combined_patterns_answer_as_the_patterns_one_by_one(lang: str) -> None:
    """Every language's descriptions (found anywhere), frames, attributions and rewrites (at
    the start), on every sentence and clause tail of the evaluation material."""
    desc, frames, attrib = kinds._patterns(lang)
    rewrites = [p for p, _ in kinds._rewrite_pairs(lang)]
    texts = _sentences_and_tails()
    for patterns, how in ((desc, "search"), (frames, "match"), (attrib, "match")):
        fast, plain = AnyOf(patterns), OneByOne(patterns)
        got = [getattr(fast, how)(t) for t in texts]
        assert got == [getattr(plain, how)(t) for t in texts]
        assert any(got), (lang, how)  # the material exercises every list
    if rewrites:
        fast, plain = AnyOf(rewrites), OneByOne(rewrites)
        assert [fast.match(t) for t in texts] == [plain.match(t) for t in texts]


def test_statement_kinds_with_the_plain_matching_are_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``classify`` gives the same kinds, points and attributions on every evaluation
    statement whether the cues are tried together or one by one."""
    items = [(strip_numbering(text), lang) for text, lang in evaluation_statements()]

    fresh = kinds.clear_caches
    fresh()
    fast = [classify(text, lang) for text, lang in items]
    monkeypatch.setattr(kinds, "AnyOf", OneByOne)
    fresh()
    try:
        plain = [classify(text, lang) for text, lang in items]
    finally:
        monkeypatch.undo()
        fresh()
    assert fast == plain
    assert {k.kind for k in fast} == {"point", "framed", "descriptive"}
    assert any(k.attribution for k in fast)


@pytest.mark.parametrize(
    ("pattern", "body"),
    [
        ("^the session", "the session"),
        ("^(?:a|b)c", "(?:a|b)c"),
        ("^a|b", None),  # "^a" or "b" anywhere: not one anchored sequence
        ("^(?:a)|(?:b)", None),
        ("^[|]x", "[|]x"),  # "|" in a class is a character
        ("^[]|]x", "[]|]x"),  # "]" first in a class is a character
        ("^[^]|]x", "[^]|]x"),
        ("^[\\]|]x", "[\\]|]x"),
        ("^\\|x", "\\|x"),  # an escaped "|"
        ("^a\\[|b", None),  # an escaped "[" opens no class
        ("^a\\(|b", None),  # an escaped "(" opens no group
        ("^(?#|)a", None),  # comments are not read
        ("the session", None),
        ("\\^a", None),
    ],
)
def test_anchored_body(pattern: str, body: str | None) -> None:
    assert _anchored_body(pattern) == body


@pytest.mark.parametrize("pattern", ["^a|b", "^[]|]x", "^a\\[|b", "^(?:x|y)z", "^[|]x"])
def test_anchored_body_keeps_the_meaning(pattern: str) -> None:
    """Where a body is given, the pattern matches exactly where the body matches at the
    start."""
    texts = ["a", "b", "xb", "|x", "]x", "a[", "xz", "yz", "zz", "", "ab|x"]
    body = _anchored_body(pattern)
    for text in texts:
        want = re.search(pattern, text) is not None
        got = re.match(body, text) is not None if body is not None else want
        assert got == want, (pattern, text)
        assert AnyOf([pattern]).search(text) == want
        assert AnyOf([pattern, "zz"]).search(text) == (want or "zz" in text)


def test_patterns_that_cannot_be_combined_are_tried_one_by_one() -> None:
    """A pattern with a global flag of its own is valid alone but not inside a group."""
    patterns = ["(?s)^a.b", "^c", "d$"]
    fast, plain = AnyOf(patterns), OneByOne(patterns)
    for text in ["a\nb", "A\nB", "ab", "cx", "xc", "xd", "dx", ""]:
        assert fast.search(text) == plain.search(text), text
        assert fast.match(text) == plain.match(text), text


def test_cue_patterns_are_compiled_ahead_while_there_is_time() -> None:
    """English first (the others fall back on it), then each language in the order met,
    unknown ones as English; nothing more once ``busy`` says the time is up."""
    from forum_messages.synth.kinds import _cues, prepare_while

    langs = ["fr", None, "zh", "fr", "xx", "ar"]
    _cues.cache_clear()
    assert prepare_while(lambda: True, langs) == ["en", "fr", "zh", "ar"]
    assert _cues.cache_info().currsize == 4
    _cues.cache_clear()
    assert prepare_while(lambda: False, langs) == []
    assert _cues.cache_info().currsize == 0
    calls = iter([True, True, False])
    assert prepare_while(lambda: next(calls), langs) == ["en", "fr"]
    assert _cues.cache_info().currsize == 2
    _cues.cache_clear()


def test_patterns_that_refer_to_a_group_are_tried_one_by_one() -> None:
    """Combined, ``\\1`` would name the first pattern's group, not its own."""
    patterns = ["(x)y", "(a)b\\1", "^(d)e\\1", "(?P<w>c)(?P=w)"]
    fast, plain = AnyOf(patterns), OneByOne(patterns)
    for text in ["aba", "abx", "xy", "cc", "cd", "ab", "ded", "de", ""]:
        assert fast.search(text) == plain.search(text), text
        assert fast.match(text) == plain.match(text), text
