"""Campaigns and groups of comments moderated and answered as one; the upload page; streamed
exports; and pages whose number of queries does not grow with the comments."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.http import StreamingHttpResponse
from django.test import Client
from django.test.utils import CaptureQueriesContext

from forum_messages.web.models import Comment, Disposition
from forum_messages.web.services import answers, commentgroups, consultimport

from .conftest import client_for
from .test_consultation_import import COLUMNS, consultation


@pytest.fixture
def imported(published: Any, tmp_path: Path) -> Any:
    """4 copies of one campaign (one with an addition) and 3 responses of 2 answers each."""
    return consultimport.import_file(published, consultation(tmp_path), COLUMNS)


def campaign_id(ed: Any) -> int:
    return int(Comment.objects.filter(edition=ed, campaign__isnull=False)[0].campaign_id)


def test_campaigns_page_shows_sizes_largest_first(
    imported: Any, published: Any, users: dict[str, Any]
) -> None:
    page = client_for(users["moderator"]).get(f"/staff/e/{published.slug}/campaigns/")
    assert page.status_code == 200
    text = page.content.decode()
    assert "4 comments" in text and f"?campaign={campaign_id(published)}" in text


def test_a_campaign_moderated_as_one(imported: Any, published: Any, users: dict[str, Any]) -> None:
    c = client_for(users["moderator"])
    cid = campaign_id(published)
    page = c.get(f"/staff/e/{published.slug}/group/?campaign={cid}").content.decode()
    assert "Campaign of 4 comments" in page
    for r in ("R1", "R2", "R3", "R4"):  # every member listed
        assert f"Response {r}, Q1" in page
    assert "Response R5" not in page
    r = c.post(
        f"/staff/e/{published.slug}/group/moderate/",
        {"filters": f"campaign={cid}", "to": "visible", "count": "4"},
    )
    assert r.status_code == 302
    states = Comment.objects.filter(edition=published).values_list("campaign_id", "state")
    assert {s for k, s in states if k == cid} == {"visible"}
    assert {s for k, s in states if k != cid} == {"pending"}


def test_a_group_that_changed_is_not_touched(
    imported: Any, published: Any, users: dict[str, Any]
) -> None:
    c = client_for(users["moderator"])
    r = c.post(
        f"/staff/e/{published.slug}/group/moderate/",
        {"filters": "group=Business", "to": "hidden", "count": "5"},  # 6 comments now
        follow=True,
    )
    assert "The group has changed since the page was shown (6 comments now)" in r.content.decode()
    assert not Comment.objects.filter(state="hidden").exists()


def test_a_group_answered_as_one_and_each_member_gets_it(
    imported: Any, published: Any, users: dict[str, Any]
) -> None:
    business = Comment.objects.filter(edition=published, stakeholder_group="Business")
    business.update(state=Comment.VISIBLE)
    earlier = business.first()
    assert earlier is not None
    answers.answer([earlier], "noted", "An earlier answer.", users["editor"])
    c = client_for(users["editor"])
    r = c.post(
        f"/staff/e/{published.slug}/group/answer/",
        {
            "filters": "group=Business&state=visible",
            "kind": "accepted",
            "response": "Added to the text.",
            "count": "6",
        },
    )
    assert r.status_code == 302
    got = Disposition.objects.filter(comment__edition=published)
    assert got.count() == 6
    assert set(got.values_list("kind", "response")) == {("accepted", "Added to the text.")}
    assert not Disposition.objects.filter(comment__stakeholder_group="Individual").exists()
    # the members are listed with their answer
    page = c.get(f"/staff/e/{published.slug}/group/?group=Business").content.decode()
    assert page.count("Added to the text.") == 6


def test_answer_all_writes_by_chunks(published: Any, users: dict[str, Any], tmp_path: Path) -> None:
    consultimport.import_file(published, consultation(tmp_path, 30, 30), COLUMNS)
    Comment.objects.filter(edition=published).update(state=Comment.VISIBLE)
    qs = Comment.objects.filter(edition=published)
    with CaptureQueriesContext(connection) as ctx:
        n = commentgroups.answer_all(qs, "noted", "Thank you.", users["editor"])
    assert n == 90 and Disposition.objects.count() == 90
    assert len(ctx.captured_queries) < 12  # a chunk of 1,000 ids per round, not a row


def test_upload_page_imports_or_lists_the_rejects(
    published: Any, users: dict[str, Any], tmp_path: Path
) -> None:
    c = client_for(users["editor"])
    url = f"/staff/e/{published.slug}/consultation/"
    assert c.get(url).status_code == 200
    good = consultation(tmp_path).read_bytes()
    spec = "id=ID,text=Q1,Q2,group=Type,organisation=Org,theme=Theme"
    bad = good + b"R1,Individual,,,a second R1,\n"
    r = c.post(url, {"file": SimpleUploadedFile("resp.csv", bad), "columns": spec})
    assert r.status_code == 400
    assert "resp.csv:9: field &#x27;ID&#x27;: id &#x27;R1&#x27; already used on row 2" in (
        r.content.decode()
    )
    assert not Comment.objects.filter(edition=published).exists()
    r = c.post(url, {"file": SimpleUploadedFile("resp.csv", good), "columns": spec})
    assert r.status_code == 200 and "10 comments imported" in r.content.decode()
    assert Comment.objects.filter(edition=published).count() == 10
    assert "resp.csv" in c.get(url).content.decode()  # listed among the earlier imports
    assert client_for(users["moderator"]).get(url).status_code == 403


def _body(r: Any) -> str:
    assert isinstance(r, StreamingHttpResponse)
    return b"".join(r.streaming_content).decode("utf-8")


def test_exports_are_streamed_with_every_comment(
    imported: Any, published: Any, users: dict[str, Any]
) -> None:
    Comment.objects.filter(response_id="R5").update(email="firm@example.org")
    c = client_for(users["moderator"])
    rows = list(
        csv.DictReader(
            io.StringIO(_body(c.get(f"/staff/e/{published.slug}/comments.csv")).lstrip("\ufeff"))
        )
    )
    assert len(rows) == 10
    assert {r["response_id"] for r in rows} == {f"R{i}" for i in range(1, 8)}
    copy = next(r for r in rows if r["response_id"] == "R4")
    assert copy["campaign_size"] == "4" and copy["addition"]
    assert next(r for r in rows if r["response_id"] == "R5")["email"] == "firm@example.org"
    lines = _body(c.get(f"/staff/e/{published.slug}/comments.jsonl?group=Business"))
    recs = [json.loads(line) for line in lines.splitlines()]
    assert len(recs) == 6 and {r["stakeholder_group"] for r in recs} == {"Business"}
    # editors do not see e-mail addresses
    editor = _body(client_for(users["editor"]).get(f"/staff/e/{published.slug}/comments.jsonl"))
    assert "firm@example.org" not in editor
    assert (
        client_for(users["translator"]).get(f"/staff/e/{published.slug}/comments.csv").status_code
        == 403
    )


def _queries(c: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert c.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_pages_do_not_grow_with_the_comments(
    published: Any, users: dict[str, Any], tmp_path: Path
) -> None:
    """The queues, the group page and the campaigns page make as many queries for 15 comments
    as for 150: counts and pages are queries of their own, never one per comment."""
    c = client_for(users["admin"])
    s = f"/staff/e/{published.slug}"
    urls = [
        f"{s}/moderate/",
        f"{s}/moderate/?state=pending&q=the",
        f"{s}/answers/?show=all",
        f"{s}/group/",
        f"{s}/group/?group=Business&q=the",
        f"{s}/campaigns/",
    ]
    seen = []
    for start, size in ((1, 5), (1000, 50)):
        path = consultation(tmp_path, n_copies=size, n_own=size, start=start)
        consultimport.import_file(published, path, COLUMNS)
        if start > 1:  # a second campaign, so that every page has more of everything
            Comment.objects.filter(response_id__in=["R1000", "R1001"]).update(campaign=None)
        ids = list(Comment.objects.filter(edition=published).values_list("pk", flat=True))
        Comment.objects.filter(pk__in=ids[::2]).update(state=Comment.VISIBLE)  # both queues
        for u in urls:  # the published text is read once per process: not counted
            c.get(u)
        seen.append([_queries(c, u) for u in urls])
    assert seen[0] == seen[1], list(zip(urls, *seen, strict=True))


def test_public_table_lists_members_of_campaigns_past_the_largest(
    imported: Any, published: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the largest campaigns are shown grouped; members of the others are listed one by
    one with their campaign's size (a consultation may have thousands of small campaigns)."""
    from forum_messages.web.models import Campaign

    Comment.objects.filter(edition=published).update(state=Comment.VISIBLE)
    small = Campaign.objects.create(edition=published, base_text="x")
    Comment.objects.filter(response_id="R5").update(campaign=small)  # its two answers
    monkeypatch.setattr(answers.HandledTable, "MAX_CAMPAIGNS", 1)
    table = answers.HandledTable(published)
    assert [g.size for g in table.campaigns] == [4]
    listed = {r.comment.response_id: r.campaign_size for r in table.rows}
    assert listed == {"R5": 2, "R6": 1, "R7": 1}
    assert len(table.rows) == 6  # R5, R6, R7: two answers each
