"""(g) Final text: published after the review, per-message draft-to-final diffs, exports."""

from __future__ import annotations

import io
import json
import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import docx
import pytest
from django.utils import timezone
from pypdf import PdfReader

from forum_messages.web.models import Publication
from forum_messages.web.services import comments, curation, publishing

from .conftest import client_for, small_drafted


def close_review(ed: Any) -> None:
    pub = publishing.current_draft_publication(ed)
    pub.closes = timezone.now() - timedelta(seconds=1)
    pub.save()


def test_final_only_after_the_review_closes(published: Any, users: dict[str, Any]) -> None:
    c = client_for(users["editor"])
    r = c.post(f"/staff/e/{published.slug}/publish/final/")
    assert "still open" in c.get(r["Location"]).content.decode()
    assert not Publication.objects.filter(kind="final").exists()
    close_review(published)
    c.post(f"/staff/e/{published.slug}/publish/final/")
    assert Publication.objects.filter(edition=published, kind="final").exists()
    with pytest.raises(publishing.PublishError, match="already"):
        publishing.publish_final(published, users["editor"])
    with pytest.raises(publishing.PublishError, match="cannot open again"):
        publishing.publish_draft(published, timezone.now(), timezone.now() + timedelta(1), None)


def test_final_is_closed_to_comments(published: Any, users: dict[str, Any]) -> None:
    close_review(published)
    publishing.publish_final(published, users["editor"])
    pub = publishing.current_draft_publication(published)
    pub.closes = timezone.now() + timedelta(days=1)
    pub.save()
    with pytest.raises(comments.CommentError, match="not open"):
        comments.submit(
            published,
            comments.Target("draft"),
            {"text": "late comment"},
            "1.1.1.1",
            comments.new_token(),
        )


def test_draft_to_final_changes(published: Any, users: dict[str, Any]) -> None:
    msgs = list(published.draft.messages.filter(removed=False).order_by("id"))
    a, b, d = msgs[0], msgs[1], msgs[2]
    old_a = a.text
    curation.edit_text(a, old_a + " Capacity building is essential.", users["editor"])
    curation.merge(d, [b], users["editor"])
    close_review(published)
    publishing.publish_final(published, users["editor"])
    page = client_for(None).get(f"/e/{published.slug}/changes/").content.decode()
    assert "<ins> Capacity building is essential.</ins>" in page
    assert f"merged into {d.uid}" in page
    one = client_for(None).get(f"/e/{published.slug}/changes/{a.uid}/").content.decode()
    assert "changed" in one and "Capacity" in one and b.uid not in one
    final = client_for(None).get(f"/e/{published.slug}/final/").content.decode()
    assert "Capacity building is essential." in final
    theme = client_for(None).get(f"/e/{published.slug}/theme/trust/?text=final").content.decode()
    assert "Final text" in theme


def test_the_changes_since_the_draft_come_in_pages(published: Any, users: dict[str, Any]) -> None:
    """*Show all messages* lists every message of the edition: pages of ``PAGE_SIZE`` rows,
    the count of them all on each, the links keeping ``all=1``; a message's own page stays."""
    from django.test import override_settings

    msgs = list(published.draft.messages.filter(removed=False).order_by("id"))
    edited = msgs[:10]
    for m in edited:
        curation.edit_text(m, m.text + " Capacidad local.", users["editor"])
    close_review(published)
    publishing.publish_final(published, users["editor"])
    c, url, size = client_for(None), f"/e/{published.slug}/changes/", 8
    card = re.compile(r'<div class="card" id="(m-[0-9a-f]+)">')
    with override_settings(PAGE_SIZE=size):
        every: list[str] = []
        pages = -(-len(msgs) // size)
        for n in range(1, pages + 1):
            page = c.get(url, {"all": "1", "page": str(n)}).content.decode()
            assert f"page {n} of {pages}" in page and f"Show all messages ({len(msgs)})" not in page
            assert len(card.findall(page)) <= size
            every += card.findall(page)
        assert sorted(every) == sorted(m.uid for m in msgs) and len(set(every)) == len(every)
        assert "all=1&amp;page=2" in c.get(url, {"all": "1"}).content.decode()
        assert card.findall(c.get(url, {"all": "1", "page": "x"}).content.decode()) == every[:size]
        last = c.get(url, {"all": "1", "page": "999"}).content.decode()
        assert card.findall(last) == every[(pages - 1) * size :]
        changed: list[str] = []
        for n in range(1, -(-len(edited) // size) + 1):
            page = c.get(url, {"page": str(n)}).content.decode()
            assert f"{len(edited)} messages changed." in page
            assert f"Show all messages ({len(msgs)})" in page
            changed += card.findall(page)
        assert sorted(changed) == sorted(m.uid for m in edited)
        one = c.get(f"{url}{edited[-1].uid}/").content.decode()
        assert card.findall(one) == [edited[-1].uid] and "Capacidad local." in one


def test_site_exports_draft_and_final(published: Any, users: dict[str, Any]) -> None:
    m = published.draft.messages.filter(removed=False).first()
    curation.edit_text(m, "Final wording of this message.", users["editor"])
    close_review(published)
    publishing.publish_final(published, users["editor"])
    c = client_for(None)
    draft = json.loads(c.get(f"/e/{published.slug}/export/draft.json").content)
    final = json.loads(c.get(f"/e/{published.slug}/export/final.json").content)

    def texts(doc: dict[str, Any]) -> list[str]:
        return [x["text"] for t in doc["themes"] for tp in t["topics"] for x in tp["messages"]]

    assert "Final wording of this message." in texts(final)
    assert "Final wording of this message." not in texts(draft)
    md = c.get(f"/e/{published.slug}/export/final.md?download=1")
    assert md["Content-Disposition"].endswith('-final.md"')
    assert md.content.decode().startswith("# ")
    html = c.get(f"/e/{published.slug}/export/final.html").content.decode()
    assert "Final wording of this message." in html


@pytest.fixture
def small_final(users: dict[str, Any], tmp_path: Path) -> Any:
    """A small igf2025 edition whose draft was under review from 4 to 22 March 2024 and whose
    final text is published."""
    ed = small_drafted(tmp_path, "small-final")
    utc = ZoneInfo("UTC")
    publishing.publish_draft(
        ed,
        datetime(2024, 3, 4, 9, 0, tzinfo=utc),
        datetime(2024, 3, 23, 0, 0, tzinfo=utc),  # the window ends as 22 March ends
        users["editor"],
    )
    publishing.publish_final(ed, users["editor"])
    return ed


def test_final_downloads_say_final_with_the_review_window_set(small_final: Any) -> None:
    """The final PDF, DOCX and HTML say "Final text", when it was published and the review
    window the editors set (not the edition file's dates); the draft export says it was under
    review."""
    slug = small_final.slug
    pub = publishing.final_publication(small_final)
    day = timezone.localtime(pub.published, ZoneInfo("UTC"))
    when = f"{day.day} {day:%B} {day.year}"
    window = "from 4 March 2024 to 22 March 2024"
    c = client_for(None)
    html = c.get(f"/e/{slug}/export/final.html").content.decode()
    assert "<title>Internet Governance Forum 2025 Messages — Final text</title>" in html
    assert f"This is the final text of the messages, published on {when}." in html
    assert f"The draft was open for community review {window}" in html
    assert "This is a draft" not in html and "will inform the final version" not in html
    document = docx.Document(io.BytesIO(c.get(f"/e/{slug}/export/final.docx").content))
    assert document.sections[0].header.paragraphs[0].text.endswith("Messages — Final text")
    body = "\n".join(p.text for p in document.paragraphs)
    assert "Final text" in body and f"published on {when}" in body and window in body
    pdf = PdfReader(io.BytesIO(c.get(f"/e/{slug}/export/final.pdf").content))
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in pdf.pages)
    assert "Final text" in " ".join((pdf.pages[0].extract_text() or "").split())
    assert f"published on {when}" in text and window in text
    draft = c.get(f"/e/{slug}/export/draft.md").content.decode()
    assert draft.startswith("# Internet Governance Forum 2025 Messages — Draft for community")
    assert f"open for community review {window}" in draft


def test_review_window_days_in_the_editions_time_zone(
    published: Any, users: dict[str, Any]
) -> None:
    utc = ZoneInfo("UTC")
    publishing.publish_draft(
        published,
        datetime(2024, 3, 3, 22, 0, tzinfo=utc),  # 4 March, 01:00 in Nairobi
        datetime(2024, 3, 22, 21, 0, tzinfo=utc),  # 23 March, 00:00 in Nairobi
        users["editor"],
    )
    assert publishing.review_window(published) == ("2024-03-03", "2024-03-22")
    published.time_zone = "Africa/Nairobi"
    assert publishing.review_window(published) == ("2024-03-04", "2024-03-22")
    published.time_zone = "Not/A_Zone"  # an unknown zone reads as UTC, no error
    assert publishing.review_window(published) == ("2024-03-03", "2024-03-22")
    assert (
        publishing.stage_of(published, publishing.current_draft_publication(published).version_id)
        == "review"
    )
    assert publishing.stage_of(published, None) == "draft"
