"""Attributions found only by a reading held back read by the choice of a message's text only
(``held_marks.READS``): the real encoder, a corpus of our own."""

from __future__ import annotations

import pytest

from forum_messages.errors import ConfigError
from forum_messages.model import Draft
from forum_messages.nlp.language import UNLanguageDetector
from forum_messages.synth import held_marks, kinds
from forum_messages.synth import kind_cues_presenters as presenters
from forum_messages.synth import kind_turns as turns
from forum_messages.synth.kinds import Kind, classify, held_back_only
from forum_messages.synth.pipeline import Components, run_pipeline
from forum_messages.synth.settings import Settings

from .helpers import corpus

STORY_ES = (
    "La bibliotecaria chilena Marta Soto contó que en su barrio la biblioteca abre los domingos "
    "para que los estudiantes usen el wifi gratuito y descarguen sus tareas."
)
STORY_EN = (
    "Ms Amina Diallo, a librarian in Thiès, said that in her town the library opens on Sundays "
    "so that students can use the free Wi-Fi to download their homework."
)
POINT_ES = (
    "El precio de un teléfono inteligente básico, y no el de los datos, es hoy la mayor barrera "
    "para conectarse en las zonas rurales."
)
POINT_FR = (
    "Le prix d'un smartphone d'entrée de gamme, plus que celui des données, est aujourd'hui le "
    "principal obstacle à la connexion dans les zones rurales."
)
CALL_RU = "Правительствам следует снизить ввозные пошлины на недорогие смартфоны."
SPECTRUM_EN = "Community networks need affordable access to spectrum in rural areas."
SPECTRUM_FR = (
    "Les réseaux communautaires ont besoin d'un accès abordable au spectre en zone rurale."
)
TRUST_EN = "Incident response teams should share threat data across borders within hours."
TRUST_ZH = "各国的应急响应团队应当在数小时内跨境共享威胁信息。"

# a turn of one participant named by role and place (``kind_turns.TURNS``), a Chinese name with
# its title (``MORE_HELD_BACK``), an account the cues mark with the readings off, and a point
TURN_RU = "Участница из Алматы: в нашей школе интернет появляется только после уроков."
TURN_FR = "Un agriculteur de Kaolack : nos prix de marché arrivent par SMS trop tard pour vendre."
TITLE_ZH = "研究小组成员李春华教授表示，农村学校的网络应当由地方财政长期支持。"

ROWS = [
    ("WS 1", "access", "es", [STORY_ES, SPECTRUM_EN]),
    ("WS 2", "access", "en", [STORY_EN]),
    ("WS 3", "access", "es", [POINT_ES]),
    ("WS 4", "access", "fr", [POINT_FR, SPECTRUM_FR]),
    ("WS 5", "access", "ru", [CALL_RU]),
    ("WS 6", "trust", "en", [TRUST_EN]),
    ("WS 7", "trust", "zh", [TRUST_ZH]),
]


def _set(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    monkeypatch.setattr(presenters, "MORE_HELD_BACK_ON", on)
    monkeypatch.setattr(turns, "TURNS", on)
    kinds.clear_caches()


def test_the_readings_held_back_alone_are_told_apart(monkeypatch, fresh) -> None:  # type: ignore[no-untyped-def]
    held = [(STORY_ES, "es"), (TITLE_ZH, "zh"), (TURN_RU, "ru"), (TURN_FR, "fr")]
    _set(monkeypatch, False)
    assert not any(classify(t, g).attribution or held_back_only(t, g) for t, g in held)
    assert classify(STORY_EN, "en").attribution and not held_back_only(STORY_EN, "en")
    _set(monkeypatch, True)
    for text, lang in held:
        with_them, without = classify(text, lang), classify(text, lang, False)
        assert with_them.attribution and not without.attribution
        assert (with_them.kind, with_them.point) == (without.kind, without.point)
        assert held_back_only(text, lang)
    # marked by the cues that are on anyway, or by none
    assert classify(STORY_EN, "en", False).attribution and not held_back_only(STORY_EN, "en")
    assert not held_back_only(POINT_ES, "es") and not held_back_only(CALL_RU, "ru")


def test_text_only_takes_the_marks_off_for_the_other_stages(monkeypatch, fresh) -> None:  # type: ignore[no-untyped-def]
    rows = corpus(
        [("WS 1", "access", "es", [STORY_ES, POINT_ES]), ("WS 2", "access", "en", [STORY_EN])]
    )
    sts, langs = rows.statements, ["es", "es", "en"]

    def read() -> list[Kind]:
        return [classify(st.text, g) for st, g in zip(sts, langs, strict=True)]

    assert held_marks.READS == "text"  # as shipped
    monkeypatch.setattr(held_marks, "READS", "all")  # every stage reads every mark
    _set(monkeypatch, True)
    marked = read()
    assert [k.attribution for k in marked] == [True, False, True]
    assert held_marks.text_only(sts, langs, marked) == []
    assert [k.attribution for k in marked] == [True, False, True]
    monkeypatch.setattr(held_marks, "READS", "text")
    assert held_marks.text_only(sts, langs, marked) == [0]
    assert [k.attribution for k in marked] == [False, False, True]
    assert marked[0].point == STORY_ES
    assert held_marks.for_text([k.attribution for k in marked], [0]) == [True, False, True]
    # the readings off: nothing of theirs to take off
    _set(monkeypatch, False)
    marked = read()
    assert held_marks.text_only(sts, langs, marked) == []
    monkeypatch.setattr(held_marks, "READS", "grouping")
    with pytest.raises(ConfigError, match=r"held_marks\.READS"):
        held_marks.text_only(sts, langs, marked)


def _messages(draft: Draft) -> tuple[dict[frozenset[str], str], dict[str, str]]:
    """Each message's text by its sources, and each statement left out with its reason."""
    texts = {frozenset(s.statement for s in m.sources): m.text for m in draft.messages()}
    return texts, {n.statement: n.reason for n in draft.not_reflected}


@pytest.mark.slow
def test_a_message_of_two_accounts_stays_and_its_text_reads_the_mark(
    use_embedder, small_edition, monkeypatch, fresh
) -> None:  # type: ignore[no-untyped-def]
    rows = corpus(ROWS)
    comps = Components(embedder=use_embedder, detector=UNLanguageDetector())
    settings = Settings(messages_min=1, messages_max=6)
    story_es, story_en = (
        next(st.id for st in rows.statements if st.text == t) for t in (STORY_ES, STORY_EN)
    )
    pair = frozenset({story_es, story_en})

    def draft() -> tuple[dict[frozenset[str], str], dict[str, str]]:
        kinds.clear_caches()
        return _messages(run_pipeline(rows, small_edition, settings, components=comps))

    # the readings off: the two librarians' accounts make a message, its text the Spanish one
    # (the English one is an attribution)
    _set(monkeypatch, False)
    off, off_out = draft()
    assert off[pair] == STORY_ES
    # on, read by every stage: a group of accounts alone is dissolved
    _set(monkeypatch, True)
    monkeypatch.setattr(held_marks, "READS", "all")
    every, every_out = draft()
    assert pair not in every and {every_out[story_es], every_out[story_en]} == {"detached"}
    # on, read by the text only: the same messages and annex as with the readings off, and the
    # text no longer the account the reading marks
    monkeypatch.setattr(held_marks, "READS", "text")
    text, text_out = draft()
    assert set(text) == set(off) and text_out == off_out
    assert text[pair] != STORY_ES
    assert all(text[k] == off[k] for k in off if k != pair)
    # deterministic
    assert draft() == (text, text_out)
