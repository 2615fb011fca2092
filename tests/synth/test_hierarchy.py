"""Levels of topics above sub-topics, grown with the number of messages."""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

import jsonschema
import numpy as np
import pytest

from forum_messages.cli import sample_paths
from forum_messages.edition import load_edition
from forum_messages.export.html import render_html
from forum_messages.export.jsondoc import render_json
from forum_messages.export.jsonread import draft_from_json
from forum_messages.export.markdown import render_markdown
from forum_messages.ingest import validate_reports
from forum_messages.nlp.base import HashEmbedder, normalise_rows
from forum_messages.nlp.language import UNLanguageDetector
from forum_messages.synth import topics
from forum_messages.synth.pipeline import Components, run_pipeline
from forum_messages.synth.settings import Settings
from forum_messages.synth.topics import SilhouetteTopicFinder, carried, hierarchy

SCHEMA = json.loads(
    (Path(__file__).resolve().parents[2] / "schema" / "messages.schema.json").read_text("utf-8")
)


def _nested(supers: int, subs: int, each: int, seed: int = 0) -> tuple[np.ndarray, list[int]]:
    """Unit vectors in ``supers`` far-apart regions, each holding ``subs`` tighter clusters of
    ``each`` points; the region of every point."""
    rng = np.random.default_rng(seed)
    rows, region = [], []
    for s in range(supers):
        centre = np.zeros(64)
        centre[s * 8] = 1.0
        for _ in range(subs):
            sub = centre + 0.5 * rng.normal(size=64) / 8
            for _ in range(each):
                rows.append(sub + 0.02 * rng.normal(size=64))
                region.append(s)
    return normalise_rows(np.array(rows)), region


def test_a_theme_within_one_level_keeps_the_finder_s_sub_topics() -> None:
    x, _ = _nested(3, 2, 4)
    finder = SilhouetteTopicFinder(max_topics=7)
    leaves = hierarchy(finder, x, [""] * len(x), "en")
    labels, _ = finder.run(x, [""] * len(x), "en")
    assert all(path == () for path, _ in leaves)
    assert sorted(sorted(g) for _, g in leaves) == sorted(
        sorted(i for i, lab in enumerate(labels) if lab == k) for k in set(labels)
    )


def test_more_messages_than_one_level_holds_get_a_level_of_topics(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(topics, "SUBTOPIC_MESSAGES", 3)
    x, region = _nested(3, 3, 3)  # 27 groups; one level holds 3 x 3
    finder = SilhouetteTopicFinder(max_topics=3)
    leaves = hierarchy(finder, x, [""] * len(x), "en")
    assert sorted(i for _, g in leaves for i in g) == list(range(27))  # each group once
    tops = {path[0] for path, _ in leaves}
    assert all(len(path) == 1 for path, _ in leaves) and len(tops) == 3
    # a topic is one region: the far-apart regions are the level above
    for top in tops:
        held = {region[i] for path, g in leaves if path[0] == top for i in g}
        assert len(held) == 1
    assert len(leaves) > 3  # and each region is cut again into sub-topics


def test_levels_grow_with_the_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(topics, "SUBTOPIC_MESSAGES", 2)
    finder = SilhouetteTopicFinder(max_topics=2)
    depth = []
    for supers in (1, 2, 4):
        x, _ = _nested(supers, 2, 4, seed=supers)
        leaves = hierarchy(finder, x, [""] * len(x), "en")
        assert sorted(i for _, g in leaves for i in g) == list(range(len(x)))
        depth.append(max(len(path) for path, _ in leaves))
    assert depth[0] < depth[-1] and depth == sorted(depth)
    assert depth[-1] == topics.MAX_LEVELS  # 32 groups would take four: headings stop at six


def test_a_draft_shows_its_topic_levels(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(topics, "SUBTOPIC_MESSAGES", 4)
    edition = load_edition("igf2025")
    corpus = validate_reports([str(p) for p in sample_paths()], edition).corpus
    comps = Components(embedder=HashEmbedder(), detector=UNLanguageDetector())
    draft = run_pipeline(corpus, edition, Settings(max_topics=3), components=comps)
    layered = [th for th in draft.themes if any(tp.parents for tp in th.topics)]
    assert layered
    md = render_markdown(draft)
    page = render_html(draft)
    for th in layered:
        assert all(0 < len(tp.parents) <= topics.MAX_LEVELS for tp in th.topics)
        tops = [tp.parents[0].id for tp in th.topics]
        runs = [top for i, top in enumerate(tops) if i == 0 or tops[i - 1] != top]
        assert len(runs) == len(set(runs)) >= 2  # a topic's sub-topics come together
        for tp in th.topics:
            assert f"\n{'#' * (3 + len(tp.parents))} " in md
            assert all(level.title in md for level in tp.parents)
            assert f"<h{3 + len(tp.parents)} id=" in page
            assert tp.title not in {level.title for level in tp.parents}
        for level in th.topics[0].parents:  # the first sub-topic begins its topics
            assert f">{escape(level.title)}</h" in page
    text = render_json(draft)
    jsonschema.validate(json.loads(text), SCHEMA)
    again = draft_from_json(text)
    assert [tp.parents for th in again.themes for tp in th.topics] == [
        tp.parents for th in draft.themes for tp in th.topics
    ]
    # every statement still in one message or not reflected
    placed = [a.id for a in draft.statements if a.message] + [
        n.statement for n in draft.not_reflected
    ]
    assert sorted(placed) == sorted(a.id for a in draft.statements)


def test_sub_topics_carried_over_keep_each_row_where_it_was() -> None:
    ref_centres = normalise_rows(np.eye(4, 8)[[0, 0, 1, 1]] + 0.01)
    reference = [[0, 1], [2, 3], [4, 5], [6, 7]]
    leaves: list[tuple[tuple[int, ...], list[int]]] = [((), [0, 1]), ((), [2, 3])]
    # the second reference group split in two (row 3 now a message of its own), the fourth
    # was dissolved, and a new group of rows no reference group held lies near the second
    # sub-topic
    groups = [[0, 1], [2], [3], [4, 5], [8, 9]]
    centres = normalise_rows(np.vstack([ref_centres[[0, 1, 1, 2]], np.eye(1, 8, 1)]))
    got = carried(leaves, reference, ref_centres, groups, centres)
    assert got == [((), [0, 1, 2]), ((), [3, 4])]
    # a sub-topic whose every group was dissolved is dropped
    assert carried(leaves, reference, ref_centres, [[0], [1, 2]], centres[:2]) == [((), [0, 1])]


def test_a_point_parted_on_its_own_goes_by_the_nearest_message_left() -> None:
    e = np.eye(4, 8)
    ref_centres = normalise_rows(e[[0, 2, 1, 3]])
    # the third reference group (the second sub-topic's only one) was a message of two parted
    # into two points of their own: none of its rows is in the reference any more
    reference = [[0, 1], [2, 3], [], [6, 7]]
    leaves: list[tuple[tuple[int, ...], list[int]]] = [((), [0, 1]), ((), [2]), ((), [3])]
    groups = [[0, 1], [2, 3], [6, 7], [4]]
    lone = normalise_rows((e[1] + 0.5 * e[2])[None, :])  # nearest the parted pair's centre
    centres = np.vstack([ref_centres[[0, 1, 3]], lone])
    # by the sub-topics' mean centres it goes back where the pair was
    assert carried(leaves, reference, ref_centres, groups, centres) == [
        ((), [0, 1]),
        ((), [3]),
        ((), [2]),
    ]
    # placed by its own reading: the sub-topic of the nearest message that keeps a row
    own = carried(leaves, reference, ref_centres, groups, centres, own=[3])
    assert own == [((), [0, 1, 3]), ((), [2])]
    # a group holding a row of the reference keeps that row's sub-topic, own or not
    assert carried(leaves, reference, ref_centres, groups, centres, own=[2]) == [
        ((), [0, 1]),
        ((), [3]),
        ((), [2]),
    ]
