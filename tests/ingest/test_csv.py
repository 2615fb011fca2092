"""CSV/TSV reports: delimiters, multi-line cells, organisers, numbered columns, line numbers."""

from __future__ import annotations

import pytest

from forum_messages.ingest import load_reports
from forum_messages.ingest.csvfile import sniff, split_items, split_organisers
from forum_messages.model import Corpus, Organiser

from .conftest import Writer, make_edition


def load(write: Writer, text: str, name: str = "r.csv") -> Corpus:
    return load_reports([write(name, text)], make_edition())


@pytest.mark.parametrize(
    ("header", "delimiter"),
    [
        ("session,title,key_takeaways", ","),
        ("session;title;key_takeaways", ";"),
        ("session\ttitle\tkey_takeaways", "\t"),
        ('"session";"title, with comma";"key_takeaways"', ";"),
        ("session", ","),
    ],
)
def test_sniff(header: str, delimiter: str) -> None:
    assert sniff(header + "\nWS 1,a;b\tc\n", "x.csv") == delimiter


def test_tsv_always_uses_tabs() -> None:
    assert sniff("a,b,c;d\n", "x.TSV") == "\t"


@pytest.mark.parametrize(
    ("cell", "items"),
    [
        ("One\nTwo\n\nThree", ["One", "Two", "Three"]),
        ("- One that\n  wraps\n- Two", ["One that wraps", "Two"]),
        ("* One\n* Two\ncontinued", ["One", "Two continued"]),
        ("• Un\n• Deux", ["Un", "Deux"]),
        ("Intro line\n- One\n- Two", ["Intro line", "One", "Two"]),
        ("1. Numbered\n2. kept as text", ["1. Numbered", "2. kept as text"]),
        ("-5% is not a marker\n-also not", ["-5% is not a marker", "-also not"]),
    ],
)
def test_split_items(cell: str, items: list[str]) -> None:
    assert split_items(cell) == items


def test_split_organisers() -> None:
    assert split_organisers("A | CSO | Africa | Kenya; B|Government\n\n- C") == [
        ["A", "CSO", "Africa", "Kenya"],
        ["B", "Government"],
        ["C"],
    ]


def test_rows_lines_and_mixed_reports(write: Writer) -> None:
    text = (
        "Session,NRI,Title,Kind,Region,Organisers,Key Takeaways,Calls to Action,Messages\n"
        'WS 1,,First,,,"Ana | CSO | GRULAC | Peru\nBo | Government",'
        '"- A\n- B",C,\n'  # lines 2-4
        "\n"  # line 5: blank, skipped
        ',Chad IGF,,national,Africa,,,,"M1\nM2"\n'  # lines 6-7
        "WS 2,,Second,,,,D,,\n"  # line 8
    )
    corpus = load(write, text)
    assert [(s.code, s.location.line) for s in corpus.sessions] == [
        ("WS 1", 2),
        ("Chad IGF", 6),
        ("WS 2", 8),
    ]
    assert corpus.sessions[0].organisers == (
        Organiser("Ana", "Civil Society", "Latin American and Caribbean Group", "Peru"),
        Organiser("Bo", "Government", None, None),
    )
    assert corpus.sessions[1].region == "African Group"
    assert [(s.session, s.kind, s.text) for s in corpus.statements] == [
        ("WS 1", "key_takeaway", "A"),
        ("WS 1", "key_takeaway", "B"),
        ("WS 1", "call_to_action", "C"),
        ("Chad IGF", "nri_message", "M1"),
        ("Chad IGF", "nri_message", "M2"),
        ("WS 2", "key_takeaway", "D"),
    ]


def test_numbered_columns_in_number_order_with_gaps(write: Writer) -> None:
    text = (
        "session,key_takeaway_10,key_takeaway_2,key_takeaways_1,call_to_action_1,"
        "organiser_2_name,organiser_2_region,organizer_1_name\n"
        "WS 1,Tenth,,First,Act,Bea,WEOG,Al\n"
    )
    corpus = load(write, text)
    assert [s.text for s in corpus.statements] == ["First", "Tenth", "Act"]
    assert [s.location.field for s in corpus.statements] == [
        "key_takeaways_1",
        "key_takeaway_10",
        "call_to_action_1",
    ]
    assert corpus.sessions[0].organisers == (
        Organiser("Al"),
        Organiser("Bea", None, "Western European and Others Group", None),
    )


def test_cell_and_numbered_columns_combine(write: Writer) -> None:
    corpus = load(write, 'session,key_takeaways,key_takeaway_1\nWS 1,"A\nB",C\n')
    assert [(s.text, s.index, s.location.field) for s in corpus.statements] == [
        ("A", 0, "key_takeaways"),
        ("B", 1, "key_takeaways"),
        ("C", 2, "key_takeaway_1"),
    ]


def test_unknown_columns_are_ignored_with_a_warning(write: Writer) -> None:
    from forum_messages.ingest import validate_reports

    path = write("r.csv", "session,Speakers,key_takeaways\nWS 1,Many people,A\n")
    report = validate_reports([path])
    assert report.ok
    assert [(p.line, p.field, p.message) for p in report.warnings] == [
        (1, "Speakers", "unknown column; ignored"),
    ]


def test_many_unknown_columns_are_one_warning_past_the_twentieth(write: Writer) -> None:
    from forum_messages.ingest import validate_reports

    extra = [f"note {i}" for i in range(500)]
    path = write(
        "r.csv", ",".join(["session", *extra, "key_takeaways"]) + "\nWS 1" + ",x" * 500 + ",A\n"
    )
    report = validate_reports([path])
    assert report.ok
    said = [(p.field, p.message) for p in report.warnings]
    assert said[:20] == [(f"note {i}", "unknown column; ignored") for i in range(20)]
    assert said[20:] == [("", "480 more unknown columns ('note 20' to 'note 499'); ignored")]


def test_a_header_of_a_million_columns_is_refused_at_once(write: Writer) -> None:
    """It took minutes (a warning and a spelling check for each column)."""
    import time

    from forum_messages.ingest import validate_reports

    header = "session,key_takeaways," + ",".join(f"c{i}" for i in range(1_000_000))
    path = write("r.csv", header + "\nWS 1,A" + "," * 1_000_000 + "\n")
    started = time.process_time()
    report = validate_reports([path])
    assert time.process_time() - started < 30
    assert [(p.line, p.message) for p in report.problems] == [
        (
            1,
            "the header row has 1,000,002 columns; a report file may have at most 10,000 "
            "(is this a report file, and is its delimiter right?)",
        )
    ]
    assert report.warnings == ()


def test_crlf_and_quoted_delimiters(write: Writer) -> None:
    text = 'session;title;key_takeaways\r\nWS 1;"A; B";"x;\r\ny"\r\nWS 2;T;z\r\n'
    corpus = load(write, text)
    assert [s.title for s in corpus.sessions] == ["A; B", "T"]
    assert [s.text for s in corpus.statements] == ["x;", "y", "z"]
    assert corpus.sessions[1].location.line == 4


def test_excel_sep_line(write: Writer) -> None:
    corpus = load(write, 'sep=;\nsession;title;key_takeaways\nWS 1;A, B;"x\ny"\nWS 2;T;z\n')
    assert [(s.title, s.location.line) for s in corpus.sessions] == [("A, B", 3), ("T", 5)]
