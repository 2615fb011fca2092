"""The measures of bench/topic_stability.py: perturbations of a theme's messages, the
sub-topics of what is left, the jackknife and the variants."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

import numpy as np
import pytest


@pytest.fixture(scope="module")
def bench(bench_module: Callable[[str], ModuleType]) -> ModuleType:
    return bench_module("topic_stability")


def _theme(
    bench: ModuleType,
    sizes: tuple[int, ...] = (3, 3, 3),
    noise: float = 0.05,
    words: list[str] | None = None,
) -> Any:
    """A theme of subjects of ``sizes`` messages (each of two statements, its own session),
    each subject's vectors spread by ``noise`` around its own axis; each statement says its
    subject's ``words`` (or a text of its own)."""
    rng = np.random.default_rng(0)
    axes = np.eye(16, dtype=np.float32)
    rows, groups, sessions, texts = [], [], [], []
    for s, count in enumerate(sizes):
        for m in range(count):
            group = []
            for _ in range(2):
                v = axes[s] + noise * rng.standard_normal(16).astype(np.float32)
                group.append(len(rows))
                texts.append(words[s] if words else f"subject {len(rows)}")
                rows.append(v / np.linalg.norm(v))
                sessions.append(f"S{s}-{m}")
            groups.append(group)
    n = len(rows)
    ids = [f"st{i}" for i in range(n)]
    return bench.Theme(np.stack(rows), groups, texts, ["en"] * n, sessions, ids, True, "en")


def test_perturbations_leave_out_messages_sessions_and_rows(bench: ModuleType) -> None:
    theme = _theme(bench)
    runs = bench.perturbations(theme)
    kinds = [kind for kind, _groups in runs]
    assert kinds.count("message") == 9
    assert kinds.count("order") == 1
    assert kinds.count("session") == 9  # one session a message
    assert kinds.count(f"{bench.ROWS} rows") == bench.SEEDS
    first = next(groups for kind, groups in runs if kind == "message")
    assert first == theme.groups[1:]
    for kind, groups in runs:
        if kind == f"{bench.ROWS} rows":
            assert sum(map(len, groups)) == 18 - bench.ROWS


def test_subtopics_of_tight_subjects_and_order(bench: ModuleType) -> None:
    theme = _theme(bench)
    found = bench.subtopics(theme, theme.groups)
    labels = [found[tuple(g)] for g in theme.groups]
    assert labels == [0, 0, 0, 1, 1, 1, 2, 2, 2]
    again = bench.subtopics(theme, theme.groups[::-1])
    assert len({(found[r], again[r]) for r in found}) == 3  # the same partition


def test_jackknife(bench: ModuleType) -> None:
    same = ["a", "a", "b", "b", "c", "c"]
    assert bench.jackknife(same, same) == 0.0
    assert bench.jackknife(same, ["a", "b", "b", "b", "c", "c"]) > 0.0


def test_refined_moves_a_message_nearer_another_subtopic(bench: ModuleType) -> None:
    # messages 0-2 and 3-5 are two subjects; message 2 was cut with the second
    dist = np.full((6, 6), 0.9)
    for block in ([0, 1, 2], [3, 4, 5]):
        for i in block:
            for j in block:
                dist[i, j] = 0.2
    np.fill_diagonal(dist, 0.0)
    assert bench.refined(dist, [0, 0, 1, 1, 1, 1]) == [0, 0, 0, 1, 1, 1]
    # a message alone stays alone
    assert bench.refined(dist, [0, 0, 1, 2, 2, 2]) == [0, 0, 1, 2, 2, 2]


@pytest.mark.xfail(
    strict=True,
    reason="known instability (docs/quality.md, 32 and What is weak): leaving a far message "
    "out re-cuts the others",
)
def test_a_far_message_left_out_leaves_the_others_as_they_were(bench: ModuleType) -> None:
    """What the sub-topic step should do and does not yet (step 32 measures it), in a
    constructed theme: two loose subjects of four and three messages and one far message. With
    it, three sub-topics (the far message alone); without it the two subjects should stay as
    they were, but the count window (ceil(sqrt(7)) = 3) still asks three and one subject is
    cut in two. Marked as an expected failure, strictly: once the step keeps the others, this
    passes, the mark must go and docs/quality.md should say so."""
    theme = _theme(bench, (4, 3, 1), 0.6, ["water pumps", "school fees", "satellite links"])
    groups = theme.groups
    found = bench.subtopics(theme, groups)
    assert [found[tuple(g)] for g in groups] == [0, 0, 0, 0, 1, 1, 1, 2]
    again = bench.subtopics(theme, groups[:-1])
    kept = [tuple(g) for g in groups[:-1]]
    assert len({again[r] for r in kept}) == 2
    assert bench.ari([found[r] for r in kept], [again[r] for r in kept]) == 1.0
