"""The theme step's use of sessions and languages (synthetic vectors: one axis per theme)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from forum_messages.edition import load_edition
from forum_messages.nlp.base import FixedLanguageDetector, HashEmbedder
from forum_messages.nlp.decide import SCORE_ROWS
from forum_messages.synth.pipeline import Components, run_pipeline
from forum_messages.synth.settings import Settings
from forum_messages.synth.themes import NearestThemeAssigner, slot_sums, unit_rows

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
        ):  # type: ignore[no-untyped-def]
            seen.append((languages, sessions))
            said.append(list(texts))
            return super().run(x, declared, edition, embedder, profiles, languages, sessions, texts)

    comps = Components(
        embedder=HashEmbedder(), detector=FixedLanguageDetector("en"), themes=Seeing()
    )
    run_pipeline(reports, small_edition, Settings(), components=comps)
    assert seen[-1] == (["en"] * 4, ["WS #1", "WS #1", None, None])
    assert said[-1][0] == "Cables need repair ships."  # the statements' own words, for terms
    responses = replace(base, sessions=tuple(replace(s, responses=1) for s in base.sessions))
    run_pipeline(responses, small_edition, Settings(), components=comps)
    assert seen[-1][1] is None
