"""Ids kept as a column of bytes, and a consultation's answers kept as numbers: the same
values, lookups and equality as the lists, tuples and dictionaries they replace."""

from __future__ import annotations

import random

import pytest

from forum_messages.ingest.campaigns import Additions, Answers, Placed, gather
from forum_messages.ingest.consultation import Response
from forum_messages.ingest.strcolumn import StrColumn


def _ids(n: int) -> list[str]:
    rng = random.Random(5)
    scripts = ["R1-", "ответ-", "回答-", "réponse-", "رد-", "respuesta-"]
    return [f"{rng.choice(scripts)}{rng.randrange(10**6):07d}" for _ in range(n)]


def test_a_column_reads_back_the_strings_and_finds_each_by_value() -> None:
    ids = _ids(5000)  # past several growths of the index
    ids += [ids[17], ids[2], "", "\ud800 lone surrogate"]  # repeats, empty, a surrogate
    col = StrColumn(ids, indexed=True)
    assert len(col) == len(ids)
    assert list(col) == ids and col == ids and col[-1] == ids[-1] and col[3:9] == ids[3:9]
    for i, s in enumerate(ids):
        assert col[i] == s
        assert col.find(s) == ids.index(s)  # the first of repeats
    assert col.find("R1-missing") is None and "R1-missing" not in col
    assert ids[40] in col
    with pytest.raises(IndexError):
        col[len(ids)]
    col.drop_index()
    with pytest.raises(ValueError):
        col.find(ids[0])
    assert ids[40] in col  # a scan without the index
    col.index_anew()
    assert col.find(ids[5001]) == 2


def test_answers_as_numbers_read_as_the_pairs() -> None:
    from array import array

    ids = StrColumn(["a", "b", "c"])
    answers = Answers(array("q", [(2 << 16) | 1, 0, (1 << 16) | 1]), ids, ["Q1", "Q2"])
    pairs = (("c", "Q2"), ("a", "Q1"), ("b", "Q2"))
    assert tuple(answers) == pairs and answers == pairs and answers == list(pairs)
    assert answers[1] == ("a", "Q1") and answers[1:] == pairs[1:] and len(answers) == 3
    assert answers != pairs[:2]


def _rows() -> list[Response]:
    same = "Öffentliche Bibliotheken brauchen eine stabile Finanzierung für freies Internet."
    rows = [Response(f"k{i}", (("Q1", same),), {}, "a.csv", i + 2) for i in range(4)]
    rows += [
        Response("z9", (("Q2", "La connectivité rurale reste trop chère."),), {}, "a.csv", 8),
        Response(
            "a1", (("Q1", "网络安全培训不足。"), ("Q2", "Нужны местные центры.")), {}, "a.csv", 9
        ),
        Response("k5", (("Q1", same + " Y también bibliotecas móviles."),), {}, "a.csv", 10),
    ]
    return rows


def test_the_placed_answers_and_campaign_members_are_those_of_the_consultation() -> None:
    c = gather(_rows())
    assert isinstance(c.placed, Placed)
    # the answers outside campaigns and the copy's addition, in input order
    assert list(c.placed) == [("z9", "Q2"), ("a1", "Q1"), ("a1", "Q2"), ("k5", "Q1")]
    by_id = {st.id: st for st in c.corpus.statements}
    assert by_id[c.placed[("a1", "Q2")]].text == "Нужны местные центры."
    assert by_id[c.placed[("z9", "Q2")]].session == "z9"
    assert by_id[c.placed[("k5", "Q1")]].addition
    assert ("k1", "Q1") not in c.placed and ("a1", "Q3") not in c.placed
    assert c.placed.get(("nobody", "Q1")) is None
    (camp,) = c.campaigns
    assert camp.members == tuple((f"k{i}", "Q1") for i in (0, 1, 2, 3, 5))
    assert camp.additions == {("k5", "Q1"): "Y también bibliotecas móviles."}
    assert isinstance(camp.additions, Additions)
    assert camp.additions[("k5", "Q1")] == "Y también bibliotecas móviles."
    assert ("k0", "Q1") not in camp.additions and camp.additions.get(("k5", "Q2")) is None
    assert dict(c.placed) == {a: c.placed[a] for a in c.placed}
