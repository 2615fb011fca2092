"""The register of a record: a language's statements in one input read as a record (many of
them carry a figure: dates, times, counts), where the second look passes a lower gate."""

from __future__ import annotations

import numpy as np
import pytest

from forum_messages.synth.kind_model import (
    MIX,
    RECORD_FIGURES,
    RECORD_GATE,
    RECORD_LEAST,
    SECOND_GATE,
    record_register,
    second_look,
)

DIARY = [
    "Monday 6 May. Left at seven; the ferry was late by an hour.",
    "We met the women's cooperative in the school hall.",
    "The clinic's solar panel charges 14 phones a day.",
    "Most families share one phone between four or five people.",
]
SUMMARY = [
    "Affordable devices matter more than faster networks in rural areas.",
    "Governments should publish their spectrum plans in advance.",
    "Community networks need a licence regime of their own.",
    "In 2023, a third of the region's schools had no connection.",
]


def test_the_register_is_read_from_the_group_as_a_whole() -> None:
    words = [t for t in SUMMARY if not any(c.isdigit() for c in t)]
    texts = DIARY * 5 + words * 7  # 20 statements, half with a figure; 21 with none
    groups = ["en"] * 20 + ["fr"] * 21
    record = record_register(texts, groups)
    # every statement of the diary's group is in the register, with a figure or not
    assert record[:20].all()
    assert not record[20:].any()


def test_the_share_must_reach_the_bar() -> None:
    figures = [t for t in DIARY if any(c.isdigit() for c in t)]
    words = [t for t in SUMMARY if not any(c.isdigit() for c in t)]
    n = 40
    k = int(np.ceil(RECORD_FIGURES * n))
    at_bar = figures[:1] * k + words[:1] * (n - k)
    below = figures[:1] * (k - 1) + words[:1] * (n - k + 1)
    assert record_register(at_bar, [0] * n).all()
    assert not record_register(below, [0] * n).any()


def test_a_small_group_is_never_read_as_a_record() -> None:
    texts = DIARY[:1] * (RECORD_LEAST - 1)  # every statement with a figure, one too few
    assert not record_register(texts, ["ru"] * len(texts)).any()
    texts = DIARY[:1] * RECORD_LEAST
    assert record_register(texts, ["ru"] * len(texts)).all()


def test_each_group_is_read_on_its_own() -> None:
    texts = DIARY[:1] * 30 + SUMMARY[:1] * 30
    groups = ["a"] * 30 + ["b"] * 30
    assert record_register(texts, groups).tolist() == [True] * 30 + [False] * 30
    # the order of the statements does not matter, only their group
    order = np.random.default_rng(1).permutation(60)
    shuffled = record_register([texts[i] for i in order], [groups[i] for i in order])
    assert shuffled.tolist() == [groups[i] == "a" for i in order]


def test_a_record_lowers_only_the_second_looks_gate() -> None:
    prob = np.array([0.6, 0.6, 0.6])
    share = np.array([0.82, 0.9, 1.0])
    mixed = np.round(MIX * prob + (1 - MIX) * share, 4)
    assert RECORD_GATE < SECOND_GATE
    assert second_look(prob, share).tolist() == (mixed > SECOND_GATE).tolist()
    both = second_look(prob, share, np.array([True, True, True]))
    assert both.tolist() == (mixed > RECORD_GATE).tolist()
    assert sum(both) > sum(second_look(prob, share))
    # no record marked: as without the register
    assert (
        second_look(prob, share, np.zeros(3, dtype=bool)).tolist()
        == second_look(prob, share).tolist()
    )


# Descriptions written as a field diary's entries: the regression is not sure of them (0.5-0.75)
# and the mixed probability lies between the record's gate and the usual one.
BETWEEN = [
    (
        "ru",
        "Среда, 3 апреля. Добрались до третьего села к десяти; до жары опросили одиннадцать семей.",
    ),
    ("zh", "4月3日，星期三。十点到达第三个村子，中午前走访了十一户人家。"),
]
POINTS = [
    ("ru", "Сельским школам нужен недорогой спутниковый канал, а не новые планшеты."),
    ("zh", "农村学校更需要可负担的卫星连接，而不是新的平板电脑。"),
]


@pytest.mark.slow
def test_in_a_record_the_second_look_sets_aside_more(use_embedder) -> None:  # type: ignore[no-untyped-def]
    from forum_messages.nlp.base import memo_for
    from forum_messages.synth.kinds import DescriptiveModel, classify

    items = BETWEEN + POINTS
    texts = [t for _, t in items]
    kinds = [classify(t, g) for g, t in items]
    assert [k.kind for k in kinds] == ["point"] * len(items)
    fixed = memo_for(use_embedder)
    x = fixed.embed(texts)
    model = DescriptiveModel()
    usual = model.descriptive(x, texts, kinds, fixed)
    record = model.descriptive(x, texts, kinds, fixed, [True] * len(items))
    assert usual == [False] * len(items)
    assert record == [True] * len(BETWEEN) + [False] * len(POINTS)
    # the register marked for none: as without it
    assert model.descriptive(x, texts, kinds, fixed, [False] * len(items)) == usual
