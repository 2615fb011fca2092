"""(g) Final text: published after the review, per-message draft-to-final diffs, exports."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from forum_messages.web.models import Publication
from forum_messages.web.services import comments, curation, publishing

from .conftest import client_for


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
