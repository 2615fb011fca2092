"""Realistic evaluation material: reports with an editor's answers, loaded and scored."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from forum_messages.errors import ValidationError
from forum_messages.evaluation.benchmark import NEAREST
from forum_messages.evaluation.material import (
    Material,
    is_kind_set,
    is_material,
    load_kind_set,
    load_material,
)
from forum_messages.evaluation.realistic import (
    _precision_recall,
    impure_messages,
    kind_scores,
    language_rows,
    score_draft,
)
from forum_messages.model import Draft, SourceRef
from forum_messages.nlp.base import FixedLanguageDetector, HashEmbedder
from forum_messages.synth.kinds import DescriptiveModel
from forum_messages.synth.pipeline import Components, run_pipeline
from forum_messages.synth.settings import Settings

SMALL = Path(__file__).parent / "fixtures" / "material-small.yaml"


def test_material_loads_through_the_importer() -> None:
    m = load_material(SMALL)
    assert is_material(SMALL)
    assert len(m.corpus.sessions) == 8
    assert len(m.corpus.statements) == len(m.answers) == 19
    descriptive = [st.text for st in m.corpus.statements if m.answers[st.id].descriptive]
    assert len(descriptive) == 3
    assert m.points["deepfakes"].salient and m.points["deepfakes"].theme == "trust"
    nri = [s for s in m.corpus.sessions if s.kind == "nri"]
    assert [s.code for s in nri] == ["Youth IGF Atlantis"]


def test_bad_material_names_the_line(tmp_path: Path) -> None:
    text = SMALL.read_text(encoding="utf-8").replace("point: spectrum\n", "point: nowhere\n", 1)
    bad = tmp_path / "bad.yaml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(ValidationError) as exc:
        load_material(bad)
    line = next(i for i, ln in enumerate(text.splitlines(), 1) if "nowhere" in ln)
    assert any("nowhere" in str(p) and p.line == line - 1 for p in exc.value.problems), [
        str(p) for p in exc.value.problems
    ]


def _small_draft() -> tuple[Material, Draft]:
    m = load_material(SMALL)
    # the cue patterns alone (the learned model knows nothing of hashed vectors)
    c = Components(
        embedder=HashEmbedder(),
        detector=FixedLanguageDetector("en"),
        descriptive=DescriptiveModel(threshold=1.0),
    )
    return m, run_pipeline(m.corpus, m.edition, Settings(language="en"), components=c)


def test_scores_of_a_draft() -> None:
    m, draft = _small_draft()
    ev = score_draft(m, draft, HashEmbedder())
    rows = {(r.task, r.metric): r for r in ev.rows}
    assert rows[("kinds", "descriptive recall")].ours == 1.0
    assert rows[("kinds", "descriptive precision")].ours == 1.0
    # one attribution in the file ("Mr Ilan Rosen from a Pacific operator described how ..."),
    # recognised, and nothing else taken for one
    assert rows[("kinds", "attribution recall")].ours == 1.0
    assert rows[("kinds", "attribution precision")].ours == 1.0
    assert 0.0 <= rows[("themes", "accuracy")].ours <= 1.0
    assert "nearest theme" in rows[("themes", "accuracy")].baselines
    assert ev.counts["statements"] == 19 and ev.counts["points"] == 8
    # statements in English, French and Spanish: kinds per language, where there are any (the
    # descriptions and the attribution are all English, and nothing else is taken for one)
    per_language = {
        r.metric
        for r in ev.rows
        if r.task == "kinds" and r.metric.endswith(("(en)", "(fr)", "(es)"))
    }
    assert per_language == {
        f"{kind} {measure} (en)"
        for kind in ("descriptive", "attribution")
        for measure in ("precision", "recall")
    }
    assert rows[("kinds", "descriptive recall (en)")].ours == 1.0
    # the theme step on the English and Spanish statements whose session declared no theme
    assert {r.metric for r in ev.rows if r.task == "themes"} == {
        "accuracy",
        "accuracy (en)",
        "accuracy (es)",
    }
    assert all(NEAREST in r.baselines for r in ev.rows if r.task == "themes")


def test_kinds_in_each_language() -> None:
    langs = ["fr", "fr", "fr", "ar", "ar"]
    said = [True, False, True, True, False]
    truth = [True, True, False, True, False]
    nothing = [False] * 5
    one_arabic = [False, False, False, False, True]
    rows = language_rows(
        langs, {"descriptive": (said, truth), "attribution": (nothing, one_arabic)}
    )
    got = {r.metric: r.ours for r in rows}
    assert got == {
        "descriptive precision (ar)": 1.0,
        "descriptive recall (ar)": 1.0,
        "attribution precision (ar)": 0.0,
        "attribution recall (ar)": 0.0,
        "descriptive precision (fr)": 0.5,
        "descriptive recall (fr)": 0.5,
    }
    assert language_rows(["fr"] * 5, {"descriptive": (said, truth)}) == []


def test_kind_set_scores(tmp_path: Path) -> None:
    path = tmp_path / "kinds.yaml"
    path.write_text(
        "- {lang: en, kind: descriptive, text: 'The session focused on cables.'}\n"
        "- {lang: en, kind: point, text: 'Cables need more repair ships.'}\n"
        "- {lang: fr, kind: framed, text: 'Il a été souligné que X.', point: 'X.'}\n",
        encoding="utf-8",
    )
    assert is_kind_set(path) and not is_material(path)
    items = load_kind_set(path)
    scores = kind_scores(
        ["descriptive", "descriptive", "framed"],
        [it.kind for it in items],
        [it.language for it in items],
    )
    assert scores["en"]["precision"] == 0.5 and scores["en"]["recall"] == 1.0
    assert scores["all"]["accuracy"] == pytest.approx(2 / 3)
    assert "attribution recall" not in scores["all"]


def test_files_are_told_apart_past_a_long_header_or_a_long_list(tmp_path: Path) -> None:
    header = "".join(f"# line {i} of a header comment that explains the set\n" for i in range(400))
    kinds = tmp_path / "kinds.yaml"
    kinds.write_text(
        header + "---\n\n- {lang: en, kind: point, text: 'Cables need repair ships.'}\n",
        encoding="utf-8",
    )
    assert len(header) > 20_000
    assert is_kind_set(kinds) and not is_material(kinds)
    assert [it.kind for it in load_kind_set(kinds)] == ["point"]
    # material whose 'points:' comes after a long list of sessions (and after a header)
    text = SMALL.read_text(encoding="utf-8")
    sessions, points = text.index("\nsessions:"), text.index("\npoints:")
    second = max(sessions, points)
    padding = "".join(f"  # note {i} kept in the file by its editor\n" for i in range(600))
    moved = header + text[: second + 1] + padding + text[second + 1 :]
    material = tmp_path / "material.yaml"
    material.write_text(moved, encoding="utf-8")
    assert moved.index("\npoints:") > 40_000 or moved.index("\nsessions:") > 40_000
    assert is_material(material) and not is_kind_set(material)
    assert len(load_material(material).answers) == 19
    # a key indented under another is not a top-level key
    nested = tmp_path / "nested.yaml"
    nested.write_text("edition:\n  sessions: []\n  points: []\n", encoding="utf-8")
    assert not is_material(nested)


def test_kind_set_attribution_scores(tmp_path: Path) -> None:
    path = tmp_path / "kinds.yaml"
    path.write_text(
        "- {lang: en, kind: point, attribution: true, text: 'Ms X said cables break.'}\n"
        "- {lang: en, kind: point, attribution: true, text: 'Dr Y showed a chart of costs.'}\n"
        "- {lang: en, kind: point, text: 'Cables need more repair ships.'}\n",
        encoding="utf-8",
    )
    items = load_kind_set(path)
    assert [it.attribution for it in items] == [True, True, False]
    scores = kind_scores(
        ["point"] * 3,
        [it.kind for it in items],
        [it.language for it in items],
        ([True, False, True], [it.attribution for it in items]),
    )
    assert scores["en"]["attribution precision"] == 0.5
    assert scores["en"]["attribution recall"] == 0.5


def test_an_attributed_description_is_not_due_as_an_attribution() -> None:
    # an attribution the labels also call a description is to be set aside, not marked: it
    # counts neither for nor against recall or precision
    truth = ["descriptive", "point", "point", "descriptive"]
    labelled = [True, True, True, False]
    set_aside = kind_scores(
        ["descriptive", "point", "point", "descriptive"],
        truth,
        ["en"] * 4,
        ([False, True, False, False], labelled),
    )
    assert set_aside["en"]["attribution recall"] == 0.5  # 1 of the 2 attributed points
    assert set_aside["en"]["attribution precision"] == 1.0
    missed = kind_scores(
        ["point", "point", "point", "descriptive"],
        truth,
        ["en"] * 4,
        ([True, True, True, False], labelled),
    )
    assert missed["en"]["attribution recall"] == 1.0
    assert missed["en"]["attribution precision"] == 1.0
    assert missed["en"]["recall"] == 0.5  # the missed description counts there


def test_report_attribution_rows_leave_attributed_descriptions_out() -> None:
    langs = ["fr", "fr", "fr", "ar", "ar"]
    marked = [False, True, False, True, False]
    labelled = [True, True, True, True, True]
    due = [False, True, True, True, False]  # statements 0 and 4 are descriptions
    rows = {
        r.metric: r.ours for r in language_rows(langs, {"attribution": (marked, labelled, due)})
    }
    assert rows["attribution recall (fr)"] == 0.5
    assert rows["attribution recall (ar)"] == 1.0
    assert rows["attribution precision (fr)"] == 1.0
    whole = {r.metric: r.ours for r in _precision_recall("attribution", marked, labelled, due=due)}
    assert whole["attribution recall"] == pytest.approx(2 / 3)
    assert whole == {
        r.metric: r.ours for r in _precision_recall("attribution", marked, labelled, "", due)
    }


def test_a_language_whose_attributions_are_all_descriptions_gets_no_row() -> None:
    # the Arabic statement is an attributed description (not due): no "0 of 0" row for Arabic
    langs = ["ru", "ru", "ar"]
    marked = [True, False, False]
    labelled = [True, False, True]
    due = [True, True, False]
    rows = {
        r.metric: r.ours for r in language_rows(langs, {"attribution": (marked, labelled, due)})
    }
    assert rows == {"attribution precision (ru)": 1.0, "attribution recall (ru)": 1.0}
    # counted as due, Arabic has its rows
    rows = language_rows(langs, {"attribution": (marked, labelled, [True, True, True])})
    assert {r.metric for r in rows} >= {"attribution recall (ar)"}


def test_attribution_precision_leaves_the_descriptions_out() -> None:
    # a labelled set read twice: the descriptions missed (marked as attributions, as the cues
    # read "Prof. Ortiz, author of the atlas, presented the ferry timetable") and the same
    # descriptions found and set aside; the attribution rows read the same both times
    truth = ["descriptive", "descriptive", "point", "point", "point"]
    languages = ["es", "ru", "es", "ru", "ru"]
    labelled = [True, False, True, True, False]
    missed = kind_scores(
        ["point"] * 5, truth, languages, ([True, True, True, True, False], labelled)
    )
    found = kind_scores(
        ["descriptive", "descriptive", "point", "point", "point"],
        truth,
        languages,
        ([False, False, True, True, False], labelled),
    )
    for scores in (missed, found):
        # the attributed description is no hit, the other description no false alarm
        assert scores["all"]["attribution precision"] == 1.0
        assert scores["es"]["attribution precision"] == 1.0
        assert scores["ru"]["attribution precision"] == 1.0
        assert scores["all"]["attribution recall"] == 1.0
    assert missed["all"]["recall"] == 0.0 and found["all"]["recall"] == 1.0
    # a point marked that the editor calls no attribution is a false alarm
    alarm = kind_scores(["point"] * 5, truth, languages, ([True, True, True, True, True], labelled))
    assert alarm["all"]["attribution precision"] == pytest.approx(2 / 3)
    assert alarm["ru"]["attribution precision"] == 0.5
    assert alarm["es"]["attribution precision"] == 1.0
    # the report files' rows count the same way
    due = [t != "descriptive" for t in truth]
    for marked, expected in (
        ([True, True, True, True, False], 1.0),
        ([False, False, True, True, False], 1.0),
        ([True, True, True, True, True], 2 / 3),
    ):
        whole = {
            r.metric: r.ours for r in _precision_recall("attribution", marked, labelled, due=due)
        }
        assert whole["attribution precision"] == pytest.approx(expected)
        assert whole["attribution recall"] == 1.0
        rows = language_rows(languages, {"attribution": (marked, labelled, due)})
        by_language = {r.metric: r.ours for r in rows}
        assert by_language["attribution precision (es)"] == 1.0
        assert by_language["attribution precision (ru)"] == (0.5 if marked[4] else 1.0)


def test_kind_set_point_scores() -> None:
    from forum_messages.evaluation.commands import _plain

    scores = kind_scores(
        ["framed", "framed", "point", "descriptive"],
        ["framed", "framed", "point", "framed"],
        ["en", "en", "en", "fr"],
        points=([True, False, None, None], [False, True, None, None]),
    )
    assert scores["en"]["frame kept"] == 0.5 and scores["en"]["point as given"] == 0.5
    assert "frame kept" not in scores["fr"]  # none of its framed points was read
    assert _plain("Donors should pay.") == _plain("donors  should pay")
    assert _plain("各国政府应公布代价。") == "各国政府应公布代价"


def test_kinds_table_shows_attribution_columns_only_when_marked() -> None:
    from rich.console import Console

    from forum_messages.evaluation.commands import kinds_table

    plain = {"en": {"precision": 1.0, "recall": 0.5, "accuracy": 0.75, "n": 4.0}}
    marked = {"en": {**plain["en"], "attribution precision": 0.25, "attribution recall": 1.0}}
    console = Console(width=200, record=True)
    console.print(kinds_table("k.yaml", plain))
    assert "attribution" not in console.export_text()
    console.print(kinds_table("k.yaml", marked))
    text = console.export_text()
    assert "attribution precision" in text and "0.250" in text


def _sources_of(m: Material) -> Callable[[str], SourceRef]:
    """A source reference to the statement of ``m`` whose text starts so."""
    by_text = {st.text: st for st in m.corpus.statements}

    def source(start: str) -> SourceRef:
        st = next(s for t, s in by_text.items() if t.startswith(start))
        return SourceRef(st.id, st.session, 0.5)

    return source


def test_impure_messages_class_each_wrong_source() -> None:
    m, draft = _small_draft()
    source = _sources_of(m)
    first = draft.themes[0].topics[0].messages[0]
    mixed = replace(
        first,
        id="m-mixed",
        text="Governments and operators should plan new cable routes that avoid chokepoints.",
        sources=(
            source("Governments and operators should plan"),  # WS #1, cable-routes: shown
            source("Diverse routes"),  # WS #2, cable-routes: makes the point
            source("Mr Ilan Rosen"),  # WS #2, cable-repair, an attribution
            source("Repair capacity"),  # WS #2, cable-repair, a second source of WS #2
            source("Sexual deepfakes"),  # WS #3, another subject's point
            source("This workshop, organised"),  # WS #1, a description
        ),
    )
    pair = replace(
        first,
        id="m-pair",
        text="The cost of a smartphone still exceeds a month's income for many households.",
        sources=(source("The cost of a smartphone"), source("Es necesario asignar")),
    )
    pure = replace(first, id="m-pure")
    topic = replace(draft.themes[0].topics[0], messages=(mixed, pair, pure))
    draft = replace(draft, themes=(replace(draft.themes[0], topics=(topic,)),))
    impure = {im.message: im for im in impure_messages(m, draft)}
    assert set(impure) == {"m-mixed", "m-pair"}
    text_of = {st.id: st.text for st in m.corpus.statements}
    why = {text_of[s][:12]: reason for s, reason in impure["m-mixed"].why}
    assert why == {
        "Mr Ilan Rose": "attribution",
        "Repair capac": "same session",
        "Sexual deepf": "neighbour",
        "This worksho": "description",
    }
    assert impure["m-mixed"].point == "cable-routes"
    assert [s.shown for s in impure["m-mixed"].sources] == [True] + [False] * 5
    assert [reason for _s, reason in impure["m-pair"].why] == ["pair"]


def test_a_wrong_source_reflects_no_point_of_its_own() -> None:
    m, draft = _small_draft()
    source = _sources_of(m)
    first = draft.themes[0].topics[0].messages[0]
    routes = replace(
        first,
        id="m-routes",
        text="Governments and operators should plan new cable routes that avoid chokepoints.",
        sources=(
            source("Governments and operators should plan"),  # cable-routes
            source("Diverse routes"),  # cable-routes
            source("Sexual deepfakes"),  # another point, a wrong source here
        ),
    )
    topic = replace(draft.themes[0].topics[0], messages=(routes,))
    draft = replace(draft, themes=(replace(draft.themes[0], topics=(topic,)),))
    rows = {(r.task, r.metric): r.ours for r in score_draft(m, draft, HashEmbedder()).rows}
    assert rows[("points", "reflected")] == 2 / 8
    assert rows[("points", "reflected as a message's own point")] == 1 / 8


def test_the_row_counts_texts_taken_from_framed_statements() -> None:
    m, draft = _small_draft()
    source = _sources_of(m)
    first = draft.themes[0].topics[0].messages[0]
    framed = "The discussion revealed that there are too few cable repair ships"
    point = "There are too few cable repair ships, so a single cut can leave a coast offline"

    def rows_with(text: str) -> dict[str, float]:
        msg = replace(first, id="m-ships", text=text, sources=(source(framed),))
        topic = replace(draft.themes[0].topics[0], messages=(msg,))
        one = replace(draft, themes=(replace(draft.themes[0], topics=(topic,)),))
        ev = score_draft(m, one, HashEmbedder())
        return {r.metric: r for r in ev.rows if r.task == "messages"}

    kept = rows_with(framed + ", so a single cut can leave a coast offline for weeks.")
    assert kept["text keeps a frame"].ours == 1.0
    assert kept["text keeps a frame"].note == "1 of 1 texts from a framed statement"
    gone = rows_with(point + " for weeks.")
    assert gone["text keeps a frame"].ours == 0.0


REPORTS = Path(__file__).parents[2] / "src/forum_messages/editions/evaluation/reports"


@pytest.mark.parametrize("path", sorted(REPORTS.glob("*.yaml")), ids=lambda p: p.name)
def test_report_files_load_with_complete_answers(path: Path) -> None:
    m = load_material(path)
    statements = m.corpus.statements
    assert len(m.corpus.sessions) >= 25 and len(statements) >= 130
    # every sub-topic holds a point that some statement makes
    made = {m.answers[st.id].point for st in statements} - {None}
    placed = {m.points[p].subtopic for p in made}
    assert placed == {s for subs in m.subtopics.values() for s in subs}
    # the theme step is scored on statements whose session declared no theme
    assert any(st.theme is None for st in statements if m.answers[st.id].point)
