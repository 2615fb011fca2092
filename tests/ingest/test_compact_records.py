"""Consultation records kept as columns: the sessions and assignments they make are the
records the consultation path made one by one before."""

from __future__ import annotations

from forum_messages.ingest.campaigns import gather
from forum_messages.ingest.consultation import Reject, Response
from forum_messages.ingest.responses import ResponseColumns, SessionTable, by_code
from forum_messages.ingest.statement_table import StatementTable
from forum_messages.model import Assignment, Location, Organiser, Session, Statement
from forum_messages.synth.assignments import AssignmentTable, ById
from forum_messages.tables import Picked

CAMPAIGN = (
    "Public libraries need stable funding for free internet access. "
    "Rural schools should get broadband before the next school year."
)


def _rows() -> list[Response | Reject]:
    rows: list[Response | Reject] = [
        Response(f"r{i}", (("Q1", CAMPAIGN),), {"group": "Academia"}, "a.csv", i + 2)
        for i in range(3)
    ]
    rows += [
        Response(
            "p1",
            (("Q1", "Cybersecurity training for small firms is missing."),),
            {
                "organisation": "Org 7",
                "group": "Private sector",
                "region": "WEOG",
                "language": "en",
                "theme": "security",
            },
            "a.csv",
            9,
        ),
        Response(
            "p2",
            (("Q2", "Satellite links cost too much in the islands."),),
            {
                "region": "Asia-Pacific",
            },
            "b.csv",
            2,
        ),
        Response("p3", (("Q1", CAMPAIGN + " Also fix the bus."),), {}, "b.csv", 3),
        Reject("b.csv", 4, "ResponseID", "the response has no id"),
    ]
    return rows


def test_response_sessions_are_the_records_made_one_by_one() -> None:
    c = gather(_rows())
    assert isinstance(c.corpus.sessions, SessionTable)
    sessions = {s.code: s for s in c.corpus.sessions}
    assert sessions["p1"] == Session(
        code="p1",
        title="Org 7",
        type="Private sector",
        theme="security",
        language="en",
        organisers=(Organiser("Org 7", "Private sector", "WEOG", None),),
        location=Location("a.csv", 9),
        responses=1,
    )
    # no organisation: the response id names the organiser and titles the session
    assert sessions["p2"].organisers == (Organiser("p2", None, "Asia-Pacific", None),)
    assert sessions["p2"].title == "p2" and sessions["p2"].type == "response"
    # a copy with an addition is a session of its own, a copy of its campaign
    assert sessions["p3"].organisers == () and sessions["p3"].campaign == "campaign-1"
    assert sessions["campaign-1"].responses == 4
    # the table reads the same by position, by slice, from the end and by code
    table = c.corpus.sessions
    listed = list(table)
    assert [table[i] for i in range(len(table))] == listed == list(table[:])
    assert table[-1] == listed[-1]
    assert table == tuple(listed) and table != tuple(listed[:-1])
    assert dict(c.corpus.session_map()) == sessions == dict(by_code(table))
    assert by_code(tuple(listed)) == sessions


def test_statements_take_their_response_s_row_and_values() -> None:
    c = gather(_rows())
    st = next(s for s in c.corpus.statements if s.session == "p1")
    assert (st.language, st.theme, st.location) == ("en", "security", Location("a.csv", 9, "Q1"))
    added = next(s for s in c.corpus.statements if s.session == "p3")
    assert added.addition and added.text == "Also fix the bus."
    assert c.placed[("p3", "Q1")] == added.id


def test_statement_table_reads_as_the_records() -> None:
    c = gather(_rows())
    table = c.corpus.statements
    assert isinstance(table, StatementTable)
    # the campaign's text makes two points: a statement each, in the text's order
    first, second = CAMPAIGN.split(". ")
    assert [t for _id, t in c.campaigns[0].points] == [first + ".", second]
    campaign = Statement(
        id=c.campaigns[0].statement,
        session="campaign-1",
        kind="comment",
        index=0,
        text=first + ".",
        language=None,
        theme=None,
        location=Location("a.csv", 2, "Q1"),
    )
    p2 = Statement(
        id=c.placed[("p2", "Q2")],
        session="p2",
        kind="comment",
        index=0,
        text="Satellite links cost too much in the islands.",
        language=None,
        theme=None,
        location=Location("b.csv", 2, "Q2"),
    )
    listed = list(table)
    assert listed[0] == campaign and listed[3] == p2 and len(listed) == 5
    assert (listed[1].session, listed[1].index, listed[1].text) == ("campaign-1", 1, second)
    assert [table[i] for i in range(len(table))] == listed == list(table[:])
    assert table == tuple(listed) and table[-1] == listed[-1] and table[1:3] == tuple(listed[1:3])
    assert list(table.ids) == [st.id for st in listed]
    picked = Picked(table, [3, 1])
    assert list(picked) == [listed[3], listed[1]] and picked[-1] == listed[1]


def test_statements_of_one_session_are_numbered_in_order() -> None:
    cols = ResponseColumns()
    cols.add("r", {"language": "fr"}, "a.csv", 4)
    table = StatementTable(cols, "comment")
    table.add("s-1", "r", "Un.", 0, "Q1", False)
    table.add("s-2", "r", "Deux.", 0, "Q2", True)
    table.add("s-3", "campaign-1", "Trois.", 0, "Q1", False)
    assert [st.index for st in table] == [0, 1, 0]
    assert [st.location for st in table] == [
        Location("a.csv", 4, "Q1"),
        Location("a.csv", 4, "Q2"),
        Location("a.csv", 4, "Q1"),
    ]
    assert [st.addition for st in table] == [False, True, False]
    assert {st.language for st in table} == {"fr"}


def test_an_id_read_again_keeps_its_place_and_takes_the_later_row() -> None:
    cols = ResponseColumns()
    assert cols.add("x", {"group": "Academia"}, "a.csv", 2) == 0
    assert cols.add("y", {"group": "Academia"}, "a.csv", 3) == 1
    assert cols.add("x", {"region": "WEOG"}, "b.csv", 5) == 0
    assert len(cols) == 2
    session = cols.session(0, None)
    assert session.location == Location("b.csv", 5)
    assert session.organisers == (Organiser("x", None, "WEOG", None),)
    # responses with the same values share one tuple of them
    assert cols.add("z", {"group": "Academia"}, "b.csv", 6) == 2
    assert cols._meta[2] is cols._meta[1]


def test_assignment_table_reads_as_the_records() -> None:
    sts = [
        Statement(f"st-{i}", f"s{i % 2}", "comment", i, f"text {i}", None, None, Location("f"))
        for i in range(4)
    ]
    columns = (
        ["en", "fr", "en", "es"],
        [0.9, 0.8, 0.7, 0.6],
        ["a", None, "b", "a"],
        [0.5, 0.0, 0.4, 0.3],
        [False, False, True, False],
        ["a-1", None, "b-1", "a-1"],
        ["m-1", None, "m-2", "m-1"],
    )
    table = AssignmentTable(sts, *columns, {2: ("campaign-1", 12, True)})
    campaign = {"campaign": "campaign-1", "campaign_size": 12, "addition": True}
    want = [
        Assignment(
            id=st.id,
            session=st.session,
            kind="comment",
            text=st.text,
            language=lang,
            language_confidence=conf,
            theme=theme,
            theme_confidence=tconf,
            theme_inferred=inferred,
            needs_review=inferred,
            topic=topic,
            message=message,
            **(campaign if i == 2 else {}),  # type: ignore[arg-type]
        )
        for i, (st, lang, conf, theme, tconf, inferred, topic, message) in enumerate(
            zip(sts, *columns, strict=True)
        )
    ]
    assert list(table) == want and table == tuple(want) and len(table) == 4
    assert table[-1] == want[-1] and table[1:3] == tuple(want[1:3])
    found = ById(table)
    assert found["st-2"] == want[2] and "st-9" not in found and len(found) == 4
    assert dict(ById(tuple(want))) == {a.id: a for a in want}
