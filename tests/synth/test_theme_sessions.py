"""The theme step's use of sessions and languages (synthetic vectors: one axis per theme)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from forum_messages.edition import load_edition
from forum_messages.errors import ConfigError
from forum_messages.nlp.base import FixedLanguageDetector, HashEmbedder, memo_for
from forum_messages.nlp.decide import SCORE_ROWS
from forum_messages.nlp.language import UNLanguageDetector
from forum_messages.synth import kind_turns, themes
from forum_messages.synth.pipeline import Components, run_pipeline
from forum_messages.synth.reading import read_statements
from forum_messages.synth.set_aside import _as_written, unlabelled
from forum_messages.synth.settings import Settings
from forum_messages.synth.stream import point
from forum_messages.synth.themes import NearestThemeAssigner, Written, slot_sums, unit_rows

from .helpers import corpus, theme_case

PROFILES = np.eye(4, 8, dtype=np.float32)  # theme t is axis t
REPORTS = Path(__file__).parents[2] / "src/forum_messages/editions/evaluation/reports"


def _unit(rows: list[list[float]]) -> np.ndarray:
    x = np.asarray(rows, dtype=np.float64)
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


def test_a_session_report_keeps_to_one_subject() -> None:
    """A statement of an undeclared session that leans a little to another theme joins its
    session's theme; one alone in its session, one whose theme is declared, or one of a
    report that may cover several subjects (no session given) keeps its own."""
    ed = load_edition("igf2025")
    keys = list(ed.theme_keys())
    x = _unit(
        [
            [0.9, 0, 0, 0, 0.3, 0, 0, 0],  # S1: clearly theme 0
            [0.8, 0.1, 0, 0, 0, 0.4, 0, 0],  # S1: clearly theme 0
            [0.5, 0.55, 0, 0, 0, 0, 0.4, 0],  # S1: leans a little to theme 1
            [0.5, 0.55, 0, 0, 0, 0, 0.4, 0],  # S2, alone: the same vector
            [0.1, 0, 0.9, 0, 0, 0, 0, 0.3],  # S3: declared theme 2, kept
            [0, 0, 0, 0.9, 0, 0, 0, 0.3],  # S3: undeclared, theme 3 by itself
            [0.9, 0, 0, 0, 0, 0.3, 0, 0],  # an NRI report: theme 0
            [0.5, 0.55, 0, 0, 0, 0, 0.4, 0],  # the same report: theme 1, kept
        ]
    )
    declared = [None, None, None, None, keys[2], None, None, None]
    sessions = ["S1", "S1", "S1", "S2", "S3", "S3", None, None]
    a = NearestThemeAssigner(center=0, items=0)  # synthetic axes: no item of the edition
    alone = a.run(x, declared, ed, HashEmbedder(), PROFILES)
    own = [keys[0], keys[0], keys[1], keys[1], keys[2], keys[3], keys[0], keys[1]]
    assert alone.theme == own
    voted = a.run(x, declared, ed, HashEmbedder(), PROFILES, sessions=sessions)
    assert voted.theme == [keys[0], keys[0], keys[0], *own[3:]]
    assert voted.inferred == [True, True, True, True, False, True, True, True]
    assert voted.confidence[4] == 1.0
    # mixed, not replaced: the statement leaning the other way is less sure than the others
    assert voted.confidence[2] < min(voted.confidence[:2])
    # replaced (a vote of 1): the session's statements share its scores and confidence
    whole = NearestThemeAssigner(center=0, session_vote=1.0, items=0)
    shared = whole.run(x, declared, ed, HashEmbedder(), PROFILES, sessions=sessions)
    assert shared.theme == voted.theme
    assert shared.confidence[0] == shared.confidence[1] == shared.confidence[2]
    # without the vote the sessions change nothing
    off = NearestThemeAssigner(center=0, session_vote=0, items=0)
    same = off.run(x, declared, ed, HashEmbedder(), PROFILES, sessions=sessions)
    assert (same.theme, same.confidence) == (alone.theme, alone.confidence)
    # topicality (what the procedural filter reads) is that of the statements, not the vote
    assert np.array_equal(voted.similarity, alone.similarity)


def test_each_language_has_its_own_background() -> None:
    """In a multilingual embedding each language's statements share a direction of their own;
    with two languages each large enough, each is centred on its own mean, so neither
    language's direction decides the theme."""
    ed = load_edition("igf2025")
    keys = list(ed.theme_keys())
    rows = []
    langs = []
    for n in range(48):
        lang = "fr" if n < 24 else "ar"
        own = [0.0] * 8
        own[4 if lang == "fr" else 5] = 0.8  # the language's own direction
        own[0 if lang == "fr" else 1] = 0.3  # which leans to theme 0 (fr) or 1 (ar)
        own[2 + n % 2] += 0.3  # the subject: theme 2 or 3
        own[6] = 0.05 * (n % 5)  # and something of its own
        rows.append(own)
        langs.append(lang)
    x = _unit(rows)
    truth = [keys[2 + n % 2] for n in range(48)]
    a = NearestThemeAssigner(center=0.9, session_vote=0, items=0)
    one_mean = a.run(x, [None] * 48, ed, HashEmbedder(), PROFILES)
    assert one_mean.theme != truth
    by_language = a.run(x, [None] * 48, ed, HashEmbedder(), PROFILES, languages=langs)
    assert by_language.theme == truth
    # a language with fewer statements than ``min_center`` is centred on the mean of all
    few = [*langs[:44], "en", "en", "en", "en"]
    mixed = a.run(x, [None] * 48, ed, HashEmbedder(), PROFILES, languages=few)
    centred = a.centred(x, few)
    assert np.allclose(centred[44:], a.centred(x)[44:])
    assert mixed.theme[:24] == truth[:24]


@pytest.mark.slow
def test_themes_of_a_bilingual_edition_not_below_the_nearest_description(use_embedder) -> None:  # type: ignore[no-untyped-def]
    """On the held-out French and Arabic reports, the theme step (given what the pipeline
    gives it) is at least as accurate as the nearest theme description in each language, as
    ``evaluate`` scores it (below it in both before sessions and each language's own
    background were used)."""
    case = theme_case(REPORTS / "test-fr-ar-mixed.yaml", use_embedder)
    ours = case.themes(NearestThemeAssigner())
    statements, langs, scored, nearest = case.statements, case.langs, case.scored, case.nearest
    material = case.material
    hits: dict[str, list[int]] = {}
    for j, i in enumerate(scored):
        gold = material.theme_of(statements[i].id)
        for group in ("all", langs[i]):
            row = hits.setdefault(group, [0, 0])
            row[0] += ours[i] == gold
            row[1] += nearest[j] == gold
    assert set(hits) == {"all", "ar", "fr"} and len(scored) == 93
    assert all(o >= b for o, b in hits.values()), hits
    assert hits["all"][0] > hits["all"][1]


def test_slot_sums_over_blocks() -> None:
    """Each slot's rows summed a block at a time (more rows than one block), rows in no slot
    (negative) left out."""
    rng = np.random.default_rng(3)
    x = rng.normal(size=(SCORE_ROWS + 500, 6)).astype(np.float32)
    slot = rng.integers(-2, 3, size=len(x)).astype(np.intp)
    sums = slot_sums(x, slot, 3)
    for t in range(3):
        assert np.allclose(sums[t], x[slot == t].astype(np.float64).sum(axis=0))
    units = unit_rows(np.vstack([sums, np.zeros(6)]))
    assert np.allclose(np.linalg.norm(units[:3], axis=1), 1.0, atol=1e-6)
    assert not units[3].any()  # a slot with nothing in it stays zero


def test_the_pipeline_lets_only_session_reports_vote(small_edition) -> None:  # type: ignore[no-untyped-def]
    """The theme step is given each statement's session when it is a session report's, None
    for an NRI report's (it covers a whole meeting), and no sessions at all for a
    consultation's responses; and each statement's language."""
    rows = [
        ("WS #1", None, "en", ["Cables need repair ships.", "Cable routes need redundancy."]),
        ("Kenya IGF", None, "en", ["Spectrum should be cheaper.", "CERTs should share data."]),
    ]
    base = corpus(rows)
    nri = replace(base.sessions[1], kind="nri", nri_kind="national", country="Kenya")
    reports = replace(base, sessions=(base.sessions[0], nri))
    seen: list[tuple[list[str] | None, list[str | None] | None]] = []
    said: list[list[str]] = []

    class Seeing(NearestThemeAssigner):
        def run(
            self,
            x,
            declared,
            edition,
            embedder,
            profiles=None,
            languages=None,
            sessions=None,
            texts=None,
            written=None,
        ):  # type: ignore[no-untyped-def]
            seen.append((languages, sessions))
            said.append(list(texts))
            return super().run(
                x, declared, edition, embedder, profiles, languages, sessions, texts, written
            )

    comps = Components(
        embedder=HashEmbedder(), detector=FixedLanguageDetector("en"), themes=Seeing()
    )
    run_pipeline(reports, small_edition, Settings(), components=comps)
    assert seen[-1] == (["en"] * 4, ["WS #1", "WS #1", None, None])
    assert said[-1][0] == "Cables need repair ships."  # the statements' own words, for terms
    responses = replace(base, sessions=tuple(replace(s, responses=1) for s in base.sessions))
    run_pipeline(responses, small_edition, Settings(), components=comps)
    assert seen[-1][1] is None


#: An open microphone (no theme declared) on a forum of two themes (``small_edition``: trust,
#: access): a chair's turns of conduct between participants' points; the turns are framed
#: points with ``kind_turns.CONDUCT`` off (the thanks taken off), descriptions with it on.
OPEN_MIC = [
    (
        "Open mic",
        None,
        "en",
        [
            "Chair: Good morning, everyone. Interpretation is on channel two; please take "
            "your headphones.",
            "Participant from Mombasa: our village network runs on one radio link, and when the "
            "storm took it down the clinic was cut off for a week. Rural links need a backup.",
            "Moderator: Thank you. Next question, please, yes, you in the third row.",
            "Participant from Lusaka: a cooperative built its own fibre to six schools for half "
            "the price the operator asked. Regulators should license community networks.",
            "Moderator: Thank you all. We have ten minutes left, so please keep your questions "
            "short.",
            "Participant from Dakar: small shops still pay more for mobile data than anyone "
            "else in town, so they stay offline.",
        ],
    ),
    (
        "Cyber clinic",
        None,
        "en",
        [
            "Ransomware hit three hospitals in one month and none had an incident plan.",
            "National CERTs should share indicators of compromise with each other every day.",
        ],
    ),
]


class _Reading(NearestThemeAssigner):
    """The theme step, recording the scores each session vote reads."""

    def __init__(self) -> None:
        super().__init__()
        self.evidence: list[np.ndarray] = []

    def _voted(self, sims, declared, sessions, evidence=None):  # type: ignore[no-untyped-def]
        self.evidence.append(np.asarray(sims if evidence is None else evidence).copy())
        return super()._voted(sims, declared, sessions, evidence)


def _read_open_mic(edition, embedder, conduct: bool, reading: str):  # type: ignore[no-untyped-def]
    """The theme step on ``OPEN_MIC`` as the pipeline gives it, with the chair's turns of
    conduct read as descriptions or not: (the themes, the kinds, the scores the vote read)."""
    statements = corpus(OPEN_MIC).statements
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(kind_turns, "CONDUCT", conduct)
        mp.setattr(themes, "SESSION_READING", reading)
        langs, _, kinds = read_statements(statements, UNLanguageDetector(), lambda *_: None)
        texts = [point(k, st) for k, st in zip(kinds, statements, strict=True)]
        declared: list[str | None] = [None] * len(statements)
        sessions: list[str | None] = [st.session for st in statements]
        written = _as_written(statements, texts, declared, sessions, embedder)
        assigner = _Reading()
        result = assigner.run(
            embedder.embed(texts),
            declared,
            edition,
            memo_for(embedder),
            languages=langs,
            sessions=sessions,
            texts=texts,
            written=written,
        )
    return result.theme, [k.kind for k in kinds], assigner.evidence[-1]


@pytest.mark.slow
@pytest.mark.parametrize("reading", ["written", "unlabelled", "turns"])
def test_a_description_set_aside_stays_in_its_session_evidence(  # type: ignore[no-untyped-def]
    use_embedder, small_edition, reading: str
) -> None:
    """Read as written (``SESSION_READING`` "written", its label off or not, or only the
    turns), a session's vote reads the same scores whether the chair's turns of conduct are
    set aside as descriptions or kept as framed points, and its points keep their themes;
    read by their points (as shipped) the turns' scores differ with the rule (a framed turn
    is read without its thanks)."""
    turns = [0, 2, 4]
    off = _read_open_mic(small_edition, use_embedder, False, reading)
    on = _read_open_mic(small_edition, use_embedder, True, reading)
    assert [off[1][i] for i in turns] == ["framed", "framed", "descriptive"]
    assert [on[1][i] for i in turns] == ["descriptive"] * 3
    points = [1, 3, 5, 6, 7]
    assert [off[0][i] for i in points] == [on[0][i] for i in points]
    assert [off[0][i] for i in points] == ["access", "access", "access", "trust", "trust"]
    # the same evidence (to the encoder's batches: a text's vector moves by ~1e-5 with the
    # other texts encoded beside it)
    assert np.allclose(off[2], on[2], rtol=0, atol=1e-4)
    shipped_off = _read_open_mic(small_edition, use_embedder, False, "point")
    shipped_on = _read_open_mic(small_edition, use_embedder, True, "point")
    moved = np.abs(shipped_off[2] - shipped_on[2]).max(axis=1)
    assert (moved[turns[:2]] > 1e-3).all() and (moved[points] < 1e-4).all()
    if reading == "written":  # the points that are their whole text read as before
        assert np.array_equal(shipped_off[2][points], off[2][points])


def test_only_the_voting_statements_read_otherwise_are_embedded_again(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """``_as_written``: None with "point"; with "written", the rows of an undeclared session's
    statements whose point is not their text as written (numbering off), with those texts'
    vectors; every statement's text as written; any other setting refused, naming it."""
    statements = corpus(
        [
            ("S1", None, "en", ["1. Cables need repair ships.", "Chair: Thanks. Next one."]),
            ("S2", "trust", "en", ["Chair: Thanks. CERTs should share data."]),
        ]
    ).statements
    texts = ["Cables need repair ships.", "Next one.", "CERTs should share data."]
    declared: list[str | None] = [None, None, "trust"]
    sessions: list[str | None] = ["S1", "S1", "S2"]
    emb = HashEmbedder()
    monkeypatch.setattr(themes, "SESSION_READING", "point")
    assert _as_written(statements, texts, declared, sessions, emb) is None
    monkeypatch.setattr(themes, "SESSION_READING", "written")
    found = _as_written(statements, texts, declared, sessions, emb)
    assert isinstance(found, Written)
    assert found.rows == [1]  # the numbered one reads the same; S2 declared its theme
    assert list(found.texts) == [
        "Cables need repair ships.",
        "Chair: Thanks. Next one.",
        "Chair: Thanks. CERTs should share data.",
    ]
    assert np.array_equal(found.vectors, emb.embed(["Chair: Thanks. Next one."]))
    assert _as_written(statements, texts, declared, [None] * 3, emb).rows == []
    # a turn after its label: as written ("unlabelled"), or only the turns ("turns")
    monkeypatch.setattr(themes, "SESSION_READING", "unlabelled")
    found = _as_written(statements, texts, declared, sessions, emb)
    assert found.rows == [1] and list(found.texts)[1:] == [
        "Thanks. Next one.",
        "Thanks. CERTs should share data.",
    ]
    monkeypatch.setattr(themes, "SESSION_READING", "turns")
    found = _as_written(statements, texts, declared, sessions, emb)
    assert found.rows == [1]
    assert list(found.texts) == [
        "Cables need repair ships.",
        "Thanks. Next one.",
        "Thanks. CERTs should share data.",
    ]
    assert np.array_equal(found.vectors, emb.embed(["Thanks. Next one."]))
    monkeypatch.setattr(themes, "SESSION_READING", "whole")
    with pytest.raises(ConfigError, match=r"SESSION_READING must be .*, not 'whole'"):
        _as_written(statements, texts, declared, sessions, emb)


def test_the_written_reading_changes_only_the_vote() -> None:
    """Synthetic axes: a statement's vote reading replaced by that of its text as written
    moves its session's mean, not its own reading nor a statement of another session."""
    ed = load_edition("igf2025")
    keys = list(ed.theme_keys())
    x = _unit(
        [
            [0.9, 0, 0, 0, 0.3, 0, 0, 0],  # S1: theme 0
            [0.5, 0.55, 0, 0, 0, 0, 0.4, 0],  # S1: leans a little to theme 1
            [0.2, 0.3, 0, 0, 0, 0.5, 0, 0],  # S1: a framed turn, read by its point
            [0, 0, 0.9, 0, 0, 0, 0, 0.3],  # S2: theme 2
            [0, 0, 0.8, 0.2, 0, 0, 0, 0.3],  # S2: theme 2
        ]
    )
    declared: list[str | None] = [None] * 5
    sessions: list[str | None] = ["S1", "S1", "S1", "S2", "S2"]
    a = NearestThemeAssigner(center=0, items=0)
    shipped = a.run(x, declared, ed, HashEmbedder(), PROFILES, sessions=sessions)
    assert shipped.theme[:2] == [keys[0], keys[0]]
    # as written the turn reads as theme 1: the session's mean tips to theme 1
    turn = _unit([[0, 1.0, 0, 0, 0, 0, 0, 0.1]])
    read = a.run(
        x, declared, ed, HashEmbedder(), PROFILES, sessions=sessions, written=Written([2], turn, [])
    )
    assert read.theme[1] == keys[1] and read.theme[3:] == shipped.theme[3:]
    assert np.array_equal(read.reading, shipped.reading)  # each statement's own reading


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Модератор (Анна Петрова, оргкомитет): Добрый день.", "Добрый день."),
        ("Participant from Mombasa: rural links need a backup.", "rural links need a backup."),
        ("Participante de Larache : hace falta formación.", "hace falta formación."),
        ("来自喀什的果农：冷库太少。", "冷库太少。"),
        ("مشارك من طنجة: نحتاج إلى تدريب.", "نحتاج إلى تدريب."),
        # no label: a comma before the colon, a lead of more than four words, a long Chinese clause
        ("In short, one ask: money.", "In short, one ask: money."),
        ("What the room kept coming back to: money.", "What the room kept coming back to: money."),
        ("儿童可能使用的在线服务应当从设计之初就考虑儿童权利：默认设置应最安全。", None),
        ("Cables need repair ships.", "Cables need repair ships."),
    ],
)
def test_a_turns_label_is_taken_off(text: str, said: str | None) -> None:
    assert unlabelled(text) == (text if said is None else said)
