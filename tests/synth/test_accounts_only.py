"""A message whose every source reads as one person's account (``single_points.accounts_only``,
``ACCOUNTS_ONLY``): not made, its statements go to the annex as ``accounts_only``; and a
question the meeting discussed left out before a description is read for a claim
(``soft_kinds.without_question``, ``DESCRIBED_QUESTION``). The real encoder and shipped
weights."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from forum_messages.export.strings import REASONS as REASON_LABELS
from forum_messages.model import Corpus
from forum_messages.nlp.base import memo_for
from forum_messages.nlp.segment import arabic_plain
from forum_messages.synth import single_points, soft_kinds, text_soft
from forum_messages.synth.kind_narration import makes_claim
from forum_messages.synth.kinds import classify
from forum_messages.synth.set_aside import REASONS

from .helpers import corpus, theme_run_view

# two accounts of a librarian (the cues keep both as points), a plain point, a call
STORY_ES = (
    "La bibliotecaria uruguaya Rosario Techera contó que en su pueblo la biblioteca abre los "
    "sábados sólo para que los jóvenes puedan descargar las tareas con el wifi gratuito."
)
STORY_FR = (
    "La bibliothécaire Awa Ndiaye a raconté qu'à Thiès, le matin des résultats du baccalauréat, "
    "la file d'attente devant les ordinateurs de la bibliothèque faisait le tour du bâtiment."
)
POINT_EN = (
    "Public libraries with free Wi-Fi remain the only reliable connection for many young people "
    "in small towns."
)
CALL_RU = (
    "Муниципалитеты должны сохранить бесплатный доступ к интернету в публичных библиотеках по "
    "выходным дням."
)


def _run(use_embedder, rows: Corpus, kinds: dict[str, str] | None = None, marked=()):  # type: ignore[no-untyped-def]
    """What ``single_points`` reads of a theme's run (``helpers.theme_run_view``)."""
    return theme_run_view(use_embedder, rows, kinds, marked, read_marks=True)


ROWS = [
    ("WS 1", "access", "es", [STORY_ES]),
    ("WS 2", "access", "fr", [STORY_FR]),
    ("WS 3", "access", "en", [POINT_EN]),
    ("WS 4", "access", "ru", [CALL_RU]),
]


@pytest.mark.slow
def test_a_message_of_accounts_alone_is_read_and_one_with_a_point_is_not(
    use_embedder, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    # the cues leave the Spanish account (but for a reading held back, whose mark the text's
    # choice alone reads: ``held_marks``) and mark the French one
    assert not classify(STORY_ES, "es", False).attribution
    assert classify(STORY_FR, "fr").attribution
    run = _run(use_embedder, corpus(ROWS))
    prob = text_soft.attribution_probabilities(run.x, [st.text for st in run.statements], run.fixed)
    assert prob is not None
    p = [round(float(v), single_points.ACCOUNT_PLACES) for v in prob]
    assert p[0] >= single_points.ACCOUNTS_ONLY_FLOOR > max(p[2], p[3])
    # off (as shipped): nothing read
    assert single_points.ACCOUNTS_ONLY == ""
    assert single_points.accounts_only(run, [[0, 1]]) == [False]
    assert single_points.resting_on_accounts(run, [[0, 1], [2, 3]]) == ([[0, 1], [2, 3]], {})
    monkeypatch.setattr(single_points, "ACCOUNTS_ONLY", "annex")
    # two accounts; an account and a point; an account and a call; one account alone (step
    # 49's to read)
    groups = [[0, 1], [0, 2], [1, 3], [0]]
    assert single_points.accounts_only(run, groups) == [True, False, False, False]
    assert single_points.accounts_only(run, groups) == single_points.accounts_only(run, groups)
    # "annex": the message of accounts is taken out, its statements given their reason
    assert single_points.resting_on_accounts(run, [[0, 1], [2, 3]]) == (
        [[2, 3]],
        {0: "accounts_only", 1: "accounts_only"},
    )
    # "join": its statements join the nearest message, none is given a reason
    monkeypatch.setattr(single_points, "ACCOUNTS_ONLY", "join")
    monkeypatch.setattr(single_points, "ACCOUNTS_JOIN", -1.0)
    centre = run.x[[0, 1]].mean(axis=0)
    cos = [float(run.x[k] @ centre / np.linalg.norm(centre)) for k in (2, 3)]
    near, far = (2, 3) if cos[0] >= cos[1] else (3, 2)
    assert single_points.resting_on_accounts(run, [[0, 1], [2], [3]]) == (
        [sorted([0, 1, near]), [far]] if near == 2 else [[far], [0, 1, near]],
        {},
    )
    # too far from every message (the bar above any cosine): the message stays
    monkeypatch.setattr(single_points, "ACCOUNTS_JOIN", 1.01)
    assert single_points.resting_on_accounts(run, [[0, 1], [2]]) == ([[0, 1], [2]], {})
    # the floor is read after rounding: just above the Spanish account's probability, it is
    # not read as one (the French one, marked by the cues, still is)
    monkeypatch.setattr(single_points, "ACCOUNTS_ONLY_FLOOR", round(p[0] + 0.01, 2))
    assert single_points.accounts_only(run, [[0, 1]]) == [False]
    monkeypatch.setattr(single_points, "ACCOUNTS_ONLY_FLOOR", p[0])
    assert single_points.accounts_only(run, [[0, 1]]) == [True]
    # a point the cues mark as an attribution counts as an account whatever its probability
    marked = _run(use_embedder, corpus(ROWS), marked=(POINT_EN,))
    assert single_points.accounts_only(marked, [[1, 2]]) == [True]
    assert single_points.accounts_only(run, [[1, 2]]) == [False]
    # listed as a call to action: never read
    action = _run(use_embedder, corpus(ROWS), {STORY_FR: "call_to_action"})
    assert single_points.accounts_only(action, [[0, 1]]) == [False]
    # without report sessions (a consultation's responses): nothing read
    run.target = None
    assert single_points.accounts_only(run, [[0, 1]]) == [False]


def test_the_annex_reason_is_said_in_six_languages() -> None:
    assert "accounts_only" in REASONS
    labels = REASON_LABELS["accounts_only"]
    assert sorted(labels) == ["ar", "en", "es", "fr", "ru", "zh"]
    assert len(set(labels.values())) == 6


# a session's closing described, the question it left open holding the modal
CLOSINGS = [
    (
        "en",
        "The session closed with a short exchange on whether the conclusions should be sent to "
        "the WSIS+20 review, which the moderator left open.",
    ),
    (
        "fr",
        "La séance s'est achevée sur un bref échange sur la question de savoir si les "
        "conclusions devraient être transmises à l'examen SMSI+20, que la modératrice a laissée "
        "ouverte.",
    ),
    (
        "es",
        "La sesión terminó con un breve intercambio sobre si las conclusiones deberían enviarse "
        "a la revisión CMSI+20, que el moderador dejó abierta.",
    ),
    (
        "ru",
        "Сессия завершилась коротким обменом мнениями о том, следует ли направить выводы в "
        "обзор ВВУИО+20; модератор оставил вопрос открытым.",
    ),
    ("zh", "会议最后简短讨论了会议成果是否应提交给信息社会世界峰会+20审查，主持人未作定论。"),
    (
        "ar",
        "واختتمت الجلسة بنقاش قصير حول ما إذا كان ينبغي إرسال استنتاجاتها إلى استعراض القمة "
        "العالمية+20، وهو ما تركه مدير الجلسة مفتوحا.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), CLOSINGS)
def test_a_question_the_meeting_discussed_is_no_claim_of_its_own(lang: str, text: str) -> None:
    plain = arabic_plain(text) if lang == "ar" else text
    assert makes_claim(plain, lang)  # the question's modal reads as a claim
    left = soft_kinds.without_question(plain, lang)
    assert not makes_claim(left, lang)
    assert len(left) < len(plain)


def test_a_claim_outside_a_question_stays_a_claim(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for lang, text in (
        ("en", "Governments should decide whether to regulate platforms."),
        ("fr", "Les régulateurs doivent publier chaque ordre de coupure."),
        ("es", "Si no hay financiación, las redes comunitarias deben cerrar."),
        ("zh", "各国应当讨论是否统一标准。"),
    ):
        assert makes_claim(soft_kinds.without_question(text, lang), lang)
    # the setting: off, the closing is never read as described (its modal a claim); on, it is
    # read as the wide probability and words of a meeting say
    text = CLOSINGS[0][1]
    assert soft_kinds.DESCRIBED_QUESTION is False
    assert not soft_kinds.reads_described(text, 0.9, text, "en")
    monkeypatch.setattr(soft_kinds, "DESCRIBED_QUESTION", True)
    assert soft_kinds.reads_described(text, 0.9, text, "en")
    assert not soft_kinds.reads_described(text, 0.1, text, "en")


REPORTS = Path(__file__).resolve().parents[2] / "src/forum_messages/editions/evaluation/reports"


@pytest.mark.slow
def test_a_draft_whose_message_rests_on_two_accounts(use_embedder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """test-global-tracks (development material): two librarians' accounts, in English and
    Spanish, make one message of their own as shipped; with "annex" they go to the annex with
    their reason, every other message as before; with "join" they are sources of the message
    making their point, whose text is a point."""
    from forum_messages.evaluation.material import load_material
    from forum_messages.evaluation.realistic import draft_material

    material = load_material(str(REPORTS / "test-global-tracks.yaml"))
    embedder = memo_for(use_embedder)
    stories = {
        st.id
        for st in material.corpus.statements
        if st.text.startswith(("Ms Grace Nakato, a librarian", "La bibliotecaria uruguaya"))
    }
    assert len(stories) == 2

    def where() -> tuple[list[tuple[frozenset[str], str]], dict[str, str]]:
        draft = draft_material(material, embedder)
        messages = [(frozenset(s.statement for s in m.sources), m.text) for m in draft.messages()]
        return messages, {n.statement: n.reason for n in draft.not_reflected}

    shipped, _ = where()
    assert stories in [m for m, _ in shipped]
    monkeypatch.setattr(single_points, "ACCOUNTS_ONLY", "annex")
    annexed, reasons = where()
    assert [reasons.get(s) for s in sorted(stories)] == ["accounts_only", "accounts_only"]
    assert sorted(annexed) == sorted(m for m in shipped if m[0] != stories)
    monkeypatch.setattr(single_points, "ACCOUNTS_ONLY", "join")
    monkeypatch.setattr(single_points, "ACCOUNTS_JOIN", 0.3)
    joined, reasons = where()
    into = next((m, t) for m, t in joined if stories < m)
    assert not any(reasons.get(s) for s in stories)
    assert (into[0] - stories, into[1]) in shipped  # the message it joined keeps its text
