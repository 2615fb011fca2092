"""Consultation exports: column maps, streaming readers, rejects and campaigns."""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from pathlib import Path

import pytest

from forum_messages.errors import InputError
from forum_messages.evaluation.consultations import Truth, generate, write_csv
from forum_messages.ingest.campaigns import CampaignFinder, gather, load_consultation
from forum_messages.ingest.consultation import (
    Reject,
    Response,
    parse_columns,
    read_responses,
)
from forum_messages.ingest.fields import MAX_STATEMENT_CHARS

COLUMNS = "id=ResponseID,text=Q1,Q2,group=RespondentType,organisation=Organisation,region=Region"
CAMPAIGN = (
    "Public libraries need stable funding for free internet access. "
    "Rural schools should get broadband before the next school year. "
    "Digital skills courses must be offered in every local language."
)


def test_parse_columns_reads_roles_and_answer_columns() -> None:
    cols = parse_columns("id=ResponseID,text=Q1,Q2,group=RespondentType")
    assert cols.id == "ResponseID"
    assert cols.texts == ("Q1", "Q2")
    assert cols.roles == {"group": "RespondentType"}


@pytest.mark.parametrize("spec", ["text=Q1", "id=ResponseID", "id=R,text=Q1,colour=C", "Q1,id=R"])
def test_parse_columns_refuses_incomplete_maps(spec: str) -> None:
    with pytest.raises(InputError):
        parse_columns(spec)


def _csv(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "export.csv"
    path.write_text(body, encoding="utf-8")
    return path


def test_csv_rows_become_responses_and_bad_rows_rejects(tmp_path: Path) -> None:
    long = "x" * (MAX_STATEMENT_CHARS + 1)
    path = _csv(
        tmp_path,
        "responseid,Q1,Q2,RespondentType,Organisation,Region\n"
        'A1,"First answer,\nover two lines",,Individual,,Africa\n'
        ",No id here,,Individual,,\n"
        "A1,Same id again,,Individual,,\n"
        f"A3,{long},,Government,Ministry,WEOG\n"
        "A4,,Second question only,Academia,,\n",
    )
    rows = list(read_responses(path, parse_columns(COLUMNS)))
    responses = [r for r in rows if isinstance(r, Response)]
    rejects = [r for r in rows if isinstance(r, Reject)]
    assert [r.id for r in responses] == ["A1", "A4"]
    assert responses[0].answers == (("Q1", "First answer, over two lines"),)
    assert responses[0].meta == {"group": "Individual", "region": "Africa"}
    assert responses[1].answers == (("Q2", "Second question only"),)
    assert responses[1].row == 7  # the first response spans lines 2 and 3
    assert [(r.row, r.field) for r in rejects] == [(4, "responseid"), (5, "responseid"), (6, "Q1")]
    assert "already used on row 2" in rejects[1].reason


def test_a_missing_column_is_one_reject_naming_it(tmp_path: Path) -> None:
    path = _csv(tmp_path, "ResponseID,Answer\nA1,hello\n")
    rows = list(read_responses(path, parse_columns("id=ResponseID,text=Q1")))
    assert len(rows) == 1 and isinstance(rows[0], Reject)
    assert rows[0].field == "Q1" and "no column 'Q1'" in rows[0].reason


def test_jsonl_and_xlsx_exports_read_the_same(tmp_path: Path) -> None:
    import openpyxl

    records = [
        {"ResponseID": 1, "Q1": "Keep the internet open.", "RespondentType": "Individual"},
        {"ResponseID": 2, "Q1": "Fund community networks.", "RespondentType": "Academia"},
    ]
    jl = tmp_path / "export.jsonl"
    jl.write_text("\n".join(json.dumps(r) for r in records) + "\n{broken\n", encoding="utf-8")
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["ResponseID", "Q1", "RespondentType"])
    for r in records:
        sheet.append([r["ResponseID"], r["Q1"], r["RespondentType"]])
    xl = tmp_path / "export.xlsx"
    book.save(xl)
    cols = parse_columns("id=ResponseID,text=Q1,group=RespondentType")
    from_jsonl = list(read_responses(jl, cols))
    from_xlsx = list(read_responses(xl, cols))
    assert isinstance(from_jsonl[-1], Reject) and from_jsonl[-1].row == 3
    got_j = [(r.id, r.answers, dict(r.meta)) for r in from_jsonl if isinstance(r, Response)]
    got_x = [(r.id, r.answers, dict(r.meta)) for r in from_xlsx if isinstance(r, Response)]
    assert got_j == got_x and [g[0] for g in got_j] == ["1", "2"]


def test_copies_join_one_campaign_and_keep_their_additions() -> None:
    finder = CampaignFinder()
    g0 = finder.add(("a", "Q1"), CAMPAIGN)
    assert finder.add(("b", "Q1"), CAMPAIGN.upper().replace(".", " !")) == g0
    added = CAMPAIGN + " My town has had no mobile signal since the storm."
    assert finder.add(("c", "Q1"), added) == g0
    assert finder.add(("c2", "Q1"), added.lower()) == g0  # the same edited copy again
    other = finder.add(("d", "Q1"), "Cybersecurity training for small firms is missing.")
    assert other != g0
    group = finder.finish()[g0]
    assert group.members == [("a", "Q1"), ("b", "Q1"), ("c", "Q1"), ("c2", "Q1")]
    assert group.additions == {
        ("c", "Q1"): "My town has had no mobile signal since the storm.",
        ("c2", "Q1"): "My town has had no mobile signal since the storm.",
    }


def test_gather_embeds_a_campaign_once_and_counts_its_size() -> None:
    rows: list[Response | Reject] = [
        Response(f"r{i}", (("Q1", CAMPAIGN),), {"group": "Individual"}, "f.csv", i + 2)
        for i in range(5)
    ]
    rows.append(Response("r9", (("Q1", CAMPAIGN + " Also fix the bus."),), {}, "f.csv", 9))
    rows.append(Reject("f.csv", 10, "ResponseID", "the response has no id"))
    c = gather(rows)
    assert len(c.campaigns) == 1 and c.campaigns[0].size == 6
    # the campaign's text is one statement a point (three sentences, three points), embedded
    # once for its six copies; the copy's own sentence is a statement of its response
    said = [s if s.endswith(".") else s + "." for s in CAMPAIGN.split(". ")]
    texts = sorted(st.text for st in c.corpus.statements)
    assert texts == sorted([*said, "Also fix the bus."])
    assert [t for _id, t in c.campaigns[0].points] == said
    assert c.campaigns[0].statements == tuple(
        st.id for st in c.corpus.statements if st.session == "campaign-1"
    )
    campaign_session = next(s for s in c.corpus.sessions if s.type == "campaign")
    assert campaign_session.responses == 6
    own = next(s for s in c.corpus.sessions if s.code == "r9")
    assert own.campaign == campaign_session.code
    assert c.responses == 7


def test_synthetic_consultation_every_id_accounted_and_campaigns_found(tmp_path: Path) -> None:
    truth = Truth()
    path = write_csv(tmp_path / "c.csv", generate(2000, 0.5, 12, seed=3, truth=truth))
    c = load_consultation([path], COLUMNS, {})
    assert c.responses == 2000 and not c.rejects
    # every response id: in a campaign, in its own statement, or empty
    in_campaign = {rid for camp in c.campaigns for rid, _col in camp.members}
    placed = {rid for rid, _col in c.placed}
    with path.open(encoding="utf-8") as fh:
        ids = [line.split(",", 1)[0] for line in fh.readlines()[1:] if line.startswith("R")]
    assert len(ids) == 2000
    assert all(rid in in_campaign or rid in placed or rid in c.empty for rid in ids)
    # each true campaign is found whole, as one campaign, with nothing else in it but an
    # answer that happens to repeat its sentences (the Chinese phrase bank makes few: an
    # answer of two of them can lie nearly all inside a campaign's text, which then takes it)
    true_members: dict[int, set[str]] = {}
    for rid, k in truth.campaign_of.items():
        true_members.setdefault(k, set()).add(rid)
    found = [{rid for rid, col in camp.members if col == "Q1"} for camp in c.campaigns]
    codes = {camp.id for camp in c.campaigns}
    assert len(true_members) == 12
    strays = 0
    for members in true_members.values():
        (home,) = [f for f in found if f & members]
        assert members <= home
        strays += len(home - members)
    assert strays <= 2
    # each campaign's text is one statement a point (the generator's campaign texts have four
    # sentences), made once however many copies it has; an answer outside campaigns (two or
    # three sentences) is at most three statements
    per_campaign = Counter(st.session for st in c.corpus.statements if st.session in codes)
    assert all(per_campaign[camp.id] == len(camp.points) for camp in c.campaigns)
    assert all(len(camp.points) == 4 for camp in c.campaigns if camp.size >= 10)
    copies = len(truth.campaign_of)
    own = len(c.corpus.statements) - sum(per_campaign.values())
    assert own <= 3 * (c.answers - copies) + len(truth.edited)
    assert own > c.answers - copies  # answers of several points are cut


def test_ledger_counts_a_campaign_with_its_size_and_each_response_once() -> None:
    from forum_messages.edition import load_edition
    from forum_messages.synth.ledger import build_ledger

    rows: list[Response | Reject] = [
        Response(
            f"r{i}",
            (("Q1", CAMPAIGN), ("Q2", f"Own point number {i} about buses.")),
            {},
            "f.csv",
            i + 2,
        )
        for i in range(4)
    ]
    rows.append(
        Response("s1", (("Q1", "A single answer on data protection rules."),), {}, "f.csv", 9)
    )
    c = gather(rows)
    sessions = c.corpus.session_map()
    ledger = build_ledger(c.corpus.statements, {}, sessions, load_edition("igf2025"))
    assert ledger.campaigns == {"campaign-1": 4}
    assert ledger.responses == 5  # r0-r3 in the campaign (their own Q2 too), and s1
    own = [st for st in c.corpus.statements if st.session == "r0"]
    alone = build_ledger(own, {}, sessions, load_edition("igf2025"))
    assert alone.responses == 1 and not alone.campaigns


def test_the_edition_file_can_give_the_column_map(tmp_path: Path) -> None:
    path = _csv(tmp_path, "ID,Answer\nx1,Open standards matter.\nx2,\n")
    c = load_consultation([tmp_path], None, {"id": "ID", "text": ["Answer"]})
    assert [st.text for st in c.corpus.statements] == ["Open standards matter."]
    assert c.empty == ("x2",) and path.exists()
    with pytest.raises(InputError, match="answer column"):
        load_consultation([path], None, {"id": "ID"})


def test_a_campaign_ranks_by_its_responses_and_is_said_as_one_campaign() -> None:
    """A point backed by one campaign of 4,000 copies comes before a point made by three
    separate responses, and its statement names the campaign and its size."""
    from forum_messages.edition import load_edition
    from forum_messages.nlp.base import HashEmbedder
    from forum_messages.nlp.language import UNLanguageDetector
    from forum_messages.synth.pipeline import Components, run_pipeline
    from forum_messages.synth.settings import Settings

    rows: list[Response | Reject] = [
        Response(f"r{i}", (("Q1", CAMPAIGN),), {"theme": "access"}, "f.csv", i + 2)
        for i in range(3)
    ]
    rows.append(
        Response(
            "r3",
            (("Q1", CAMPAIGN + " Our school still waits for its connection."),),
            {"theme": "access"},
            "f.csv",
            5,
        )
    )
    point = (  # one point, three separate wordings: not copies of each other
        "Public libraries should train older people in digital skills for free.",
        "Older people need free digital skills training in public libraries.",
        "Free digital skills training for older people belongs in every public library.",
    )
    rows += [
        Response(f"s{i}", (("Q1", text),), {"theme": "access"}, "f.csv", 10 + i)
        for i, text in enumerate(point)
    ]
    c = gather(rows)
    assert len(c.campaigns) == 1
    # stand for a campaign of 4,000 copies without writing them all
    big = dataclasses.replace(c.corpus.sessions[0], responses=4000, title="campaign-1 (4000)")
    assert big.campaign == big.code == "campaign-1"
    corpus = dataclasses.replace(c.corpus, sessions=(big, *c.corpus.sessions[1:]))
    comps = Components(embedder=HashEmbedder(), detector=UNLanguageDetector())
    draft = run_pipeline(corpus, load_edition("igf2025"), Settings(), components=comps)
    theme = next(t for t in draft.themes if t.key == "access")
    ranked = [m for tp in theme.topics for m in tp.messages]
    by_statement = {s.statement: m for m in ranked for s in m.sources}
    # the campaign's text makes three points: each in a message backed by the 4,000 copies
    backed, *also = (by_statement[ident] for ident in c.campaigns[0].statements)
    separate = next(m for m in ranked for s in m.sources if s.session == "s0")
    assert backed not in also and separate not in (backed, *also)
    assert separate.ledger.sessions == 3 > backed.ledger.sessions
    for m in (backed, *also):
        assert m.ledger.campaigns == {"campaign-1": 4000} and m.ledger.responses >= 4000
    assert ranked.index(backed) < ranked.index(separate)
    assert ranked[0] is backed
    # each statement says which campaign it is or comes from
    by_id = {a.id: a for a in draft.statements}
    text_of = by_id[c.campaigns[0].statement]
    assert (text_of.campaign, text_of.campaign_size, text_of.addition) == (
        "campaign-1",
        4000,
        False,
    )
    added = by_id[c.placed[("r3", "Q1")]]
    assert (added.session, added.campaign, added.campaign_size, added.addition) == (
        "r3",
        "campaign-1",
        4000,
        True,
    )
    alone = by_id[c.placed[("s1", "Q1")]]
    assert (alone.campaign, alone.addition) == (None, False)


UNCLOSED_HEAD = 'ResponseID,Answer,Group\nr1,"El acceso a internet es un derecho.",Civil society\n'
UNCLOSED_COLUMNS = "id=ResponseID,text=Answer,group=Group"


@pytest.mark.parametrize(
    ("bad", "tail"),
    [
        # the next quoted cell closes the quote and the csv module stops on the letter after it
        (
            'r2,"Rural connectivity needs public funding,Government\n',
            'r4,"数据应当跨境保护。",Academia\n',
        ),
        # no quote after it: the cell runs to the end of the file
        (
            'r2,"Rural connectivity needs public funding,Government\n',
            "r4,数据应当跨境保护。,Academia\n",
        ),
        # a quote later on closes it cleanly: no csv error, the rows are inside one cell
        (
            'r2,"Rural connectivity needs public funding,Government\n',
            'r4,dijo que sí",Academia\n',
        ),
        # the quote is opened in the last column
        (
            'r2,Rural connectivity needs public funding,"Government\n',
            "r4,数据应当跨境保护。,Academia\n",
        ),
    ],
)
def test_an_unclosed_quote_is_one_reject_and_the_rows_after_it_are_read(
    tmp_path: Path, bad: str, tail: str
) -> None:
    # before: rows r3 and r4 were taken into row r2's cell, one reject (or one response)
    body = UNCLOSED_HEAD + bad + "r3,Les données doivent être protégées.,Private sector\n" + tail
    rows = list(read_responses(_csv(tmp_path, body), parse_columns(UNCLOSED_COLUMNS)))
    responses = [r for r in rows if isinstance(r, Response)]
    assert [(r.id, r.row) for r in responses] == [("r1", 2), ("r3", 4), ("r4", 5)]
    assert responses[1].answers == (("Answer", "Les données doivent être protégées."),)
    (reject,) = [r for r in rows if isinstance(r, Reject)]
    assert (reject.row, reject.id) == (3, "r2")  # r2 is in rejects.jsonl, with its line
    assert reject.field == ("Group" if bad.endswith('"Government\n') else "Answer")
    assert "the quote opened in column" in reject.reason and "is not closed" in reject.reason
    assert "line 3 is set aside and reading goes on at line 4" in reject.reason


def test_an_unclosed_quote_before_lines_that_are_not_rows_sets_them_aside_with_it(
    tmp_path: Path,
) -> None:
    body = (
        UNCLOSED_HEAD
        + 'r2,"Rural connectivity needs public funding\n'
        + "and skills, for every school\n"
        + "r3,Les données doivent être protégées.,Private sector\n"
    )
    rows = list(read_responses(_csv(tmp_path, body), parse_columns(UNCLOSED_COLUMNS)))
    assert [r.id for r in rows if isinstance(r, Response)] == ["r1", "r3"]
    (reject,) = [r for r in rows if isinstance(r, Reject)]
    assert (reject.row, reject.field) == (3, "Answer")
    assert "lines 3-4 are set aside and reading goes on at line 5" in reject.reason


def test_an_unclosed_quote_with_no_row_after_it_runs_to_the_end(tmp_path: Path) -> None:
    body = UNCLOSED_HEAD + 'r2,"Rural connectivity\nneeds public funding\nfor schools\n'
    rows = list(read_responses(_csv(tmp_path, body), parse_columns(UNCLOSED_COLUMNS)))
    assert [r.id for r in rows if isinstance(r, Response)] == ["r1"]
    (reject,) = [r for r in rows if isinstance(r, Reject)]
    assert reject.row == 3 and "runs to the end of the file; lines 3-6 are set aside" in (
        reject.reason
    )


def test_answers_over_several_lines_are_not_taken_for_unclosed_quotes(tmp_path: Path) -> None:
    # lines of an answer with as many commas as a row has, but not an id's shape
    body = (
        UNCLOSED_HEAD
        + 'r2,"First, we need funding,\nthen, skills, and\n""trust"", for all",Government\n'
        + 'r3,"Primero, financiación,\nsegundo, formación",Academia\n'
    )
    rows = list(read_responses(_csv(tmp_path, body), parse_columns(UNCLOSED_COLUMNS)))
    assert all(isinstance(r, Response) for r in rows), rows
    assert [r.id for r in rows] == ["r1", "r2", "r3"]
    assert rows[1].answers == (
        ("Answer", 'First, we need funding, then, skills, and "trust", for all'),
    )
