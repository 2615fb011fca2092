"""(f) Dispositions, bulk answers with templates, public pages, CSV and XLSX downloads."""

from __future__ import annotations

import csv
import html
import io
import re
from pathlib import Path
from typing import Any

import pytest
from django.test import override_settings

from forum_messages.web.models import Comment, ResponseTemplate
from forum_messages.web.services import answers, comments, publishing

from .conftest import client_for


def add(ed: Any, text: str, target: comments.Target | None = None, **fields: str) -> Comment:
    c = comments.submit(
        ed,
        target or comments.Target("draft"),
        {"text": text, **fields},
        "10.1.1.1",
        comments.new_token(),
    )
    Comment.objects.filter(pk=c.pk).update(state=Comment.VISIBLE)
    c.refresh_from_db()
    return c


def uid(ed: Any) -> str:
    snap = publishing.current_draft_publication(ed).version.snapshot
    return str(snap["themes"][0]["topics"][0]["messages"][0]["uid"])


def test_answer_one_and_show_it_publicly(published: Any, users: dict[str, Any]) -> None:
    m = uid(published)
    com = add(published, "Please mention rural schools.", comments.Target("message", m), name="Ana")
    c = client_for(users["editor"])
    r = c.post(
        f"/staff/e/{published.slug}/answers/set/",
        {"comments": [com.pk], "kind": "partly", "response": "Schools are now named."},
    )
    assert r.status_code == 302
    com.refresh_from_db()
    assert com.disposition.kind == "partly" and com.disposition.author == users["editor"]
    for url in (f"/e/{published.slug}/handled/", f"/e/{published.slug}/handled/{m}/"):
        page = client_for(None).get(url).content.decode()
        assert "partly accepted" in page and "Schools are now named." in page
    assert (
        "1 comments, 1 answered" in client_for(None).get(f"/e/{published.slug}/").content.decode()
    )
    other = client_for(None).get(f"/e/{published.slug}/handled/m-other/")
    assert other.status_code == 404


def test_every_disposition_kind_and_validation(published: Any, users: dict[str, Any]) -> None:
    com = add(published, "A comment to answer many times.")
    for kind in ("accepted", "partly", "noted", "not_accepted", "out_of_scope"):
        answers.answer([com], kind, f"Answer {kind}", users["editor"])
        com.refresh_from_db()
        assert com.disposition.kind == kind
    with pytest.raises(answers.AnswerError, match="choose a disposition"):
        answers.answer([com], "maybe", "x", users["editor"])
    with pytest.raises(answers.AnswerError, match="write a response"):
        answers.answer([com], "noted", "  ", users["editor"])


def test_bulk_with_template_and_whole_campaign(published: Any, users: dict[str, Any]) -> None:
    text = (
        "Open data should be the default for all public bodies. Licences must be open. "
        "Formats must be machine readable."
    )
    camp = [add(published, text, name=f"N{i}") for i in range(4)]
    single = add(published, "Something else entirely about cybersecurity training.")
    c = client_for(users["editor"])
    c.post(
        f"/staff/e/{published.slug}/answers/template/",
        {"name": "Thanks, noted", "kind": "noted", "text": "Thank you; the point is noted."},
    )
    tpl = ResponseTemplate.objects.get(edition=published)
    c.post(
        f"/staff/e/{published.slug}/answers/set/",
        {"comments": [camp[0].pk, single.pk], "template": tpl.pk, "whole_campaigns": "1"},
    )
    done = Comment.objects.filter(edition=published, disposition__isnull=False)
    assert done.count() == 5
    assert set(done.values_list("disposition__kind", flat=True)) == {"noted"}
    assert "Nothing to answer." in c.get(f"/staff/e/{published.slug}/answers/").content.decode()


def test_downloads_neutralise_formulas(published: Any) -> None:
    nasty = ['=HYPERLINK("http://evil","x")', "+1+1 cmd", "-2+3 stuff", "@SUM(A1:A2)"]
    for i, text in enumerate(nasty):
        add(published, text, name=f"=cmd|' /C calc'!A{i}", country="-Norway")
    r = client_for(None).get(f"/e/{published.slug}/comments.csv")
    assert r["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(r.getvalue().decode("utf-8-sig"))))
    assert rows[0] == answers.header() and len(rows) == 5
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@")), cell
    assert rows[1][8] == "'" + nasty[0]

    from openpyxl import load_workbook

    r = client_for(None).get(f"/e/{published.slug}/comments.xlsx")
    wb = load_workbook(io.BytesIO(r.getvalue()))
    ws = wb.active
    cells = [c for row in ws.iter_rows(min_row=2) for c in row]
    assert cells and all(c.data_type != "f" for c in cells)
    assert all(not str(c.value or "").startswith(("=", "+", "-", "@")) for c in cells)
    assert ws.cell(row=2, column=9).value == "'" + nasty[0]


def test_hidden_and_pending_comments_stay_out_of_downloads(published: Any) -> None:
    add(published, "Visible comment text.")
    hidden = add(published, "Hidden comment text.")
    Comment.objects.filter(pk=hidden.pk).update(state=Comment.HIDDEN)
    body = client_for(None).get(f"/e/{published.slug}/comments.csv").getvalue().decode("utf-8-sig")
    assert "Visible comment text." in body and "Hidden comment text." not in body


@override_settings(RATE_LIMIT=0)
def test_handled_page_is_paged(published: Any) -> None:
    for i in range(answers.HandledTable.PAGE_SIZE + 5):
        add(published, f"Distinct point number {i} about topic {i * 7919} and nothing else.")
    first = client_for(None).get(f"/e/{published.slug}/handled/").content.decode()
    assert "Distinct point number 0 " in first and "Distinct point number 54 " not in first
    nxt = re.search(r'href="\?([^"]*)" rel="next"', first)
    assert nxt is not None
    url = f"/e/{published.slug}/handled/?{html.unescape(nxt.group(1))}"
    second = client_for(None).get(url).content.decode()
    assert "Distinct point number 54 " in second and "Distinct point number 0 " not in second
    assert 'rel="next"' not in second and 'rel="prev"' in second


@override_settings(RATE_LIMIT=0)
def test_comment_files_are_built_once_per_state_of_the_comments(
    published: Any, users: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from openpyxl import load_workbook

    from forum_messages.web.services import curation, handledfile

    builds: list[str] = []
    real = handledfile.build

    def counted(ed: Any, fmt: str, site: str, path: Path) -> None:
        builds.append(fmt)
        real(ed, fmt, site, path)

    monkeypatch.setattr(handledfile, "build", counted)
    url = f"/e/{published.slug}/comments.xlsx"

    def texts() -> list[str]:
        ws = load_workbook(io.BytesIO(client_for(None).get(url).getvalue())).active
        return [str(c.value) for row in ws.iter_rows(min_row=2) for c in row if c.value]

    first = add(published, "The first comment.")
    assert "The first comment." in texts() and len(builds) == 1
    assert client_for(None).get(url).getvalue() == client_for(None).get(url).getvalue()
    assert len(builds) == 1  # served from the cache
    add(published, "A second comment.")
    assert "A second comment." in texts() and len(builds) == 2
    answers.answer([first], "noted", "Noted with thanks.", users["editor"])
    assert "Noted with thanks." in texts() and len(builds) == 3
    comments.moderate([first], Comment.HIDDEN, users["moderator"])
    assert "The first comment." not in texts() and len(builds) == 4
    topic = published.draft.topics.filter(removed=False).first()
    curation.rename_topic(topic, "A renamed sub-topic", users["editor"])
    texts()
    assert len(builds) == 5  # the labels of comments may name the sub-topic
    client_for(None).get(f"/e/{published.slug}/comments.csv")
    assert builds[-1] == "csv"
    fr = client_for(None)
    fr.cookies["django_language"] = "fr"
    fr.get(url)
    assert len(builds) == 7 and builds[-1] == "xlsx"  # labels in the reader's language
    texts()
    assert len(builds) == 7


def test_during_a_build_the_previous_comment_file_is_served(
    published: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from forum_messages.web.services import handledfile

    builds: list[str] = []
    real = handledfile.build
    monkeypatch.setattr(
        handledfile,
        "build",
        lambda ed, fmt, site, path: builds.append(fmt) or real(ed, fmt, site, path),
    )
    url = f"/e/{published.slug}/comments.csv"
    add(published, "Before the build.")
    before = client_for(None).get(url).getvalue()
    add(published, "During the build.")
    with handledfile._LOCK:  # another request is making the file
        assert client_for(None).get(url).getvalue() == before
    assert len(builds) == 1
    assert "During the build." in client_for(None).get(url).getvalue().decode("utf-8-sig")
    assert len(builds) == 2
