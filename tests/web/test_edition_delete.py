"""An edition can be deleted with all it holds; a topic or a message in use cannot be alone."""

from __future__ import annotations

from typing import Any

import pytest
from django.db.models import RestrictedError

from forum_messages.web.models import Comment, Edition, Message, Topic

from .test_answers import add


def test_an_edition_with_its_draft_publication_and_comments_can_be_deleted(
    published: Any,
) -> None:
    topics = Topic.objects.filter(draft__edition=published)
    messages = Message.objects.filter(draft__edition=published)
    assert topics.exists() and messages.exists()
    add(published, "A comment on the draft as a whole.")
    assert Comment.objects.filter(edition=published).exists()
    # a sub-topic that still holds messages is not deleted on its own
    with pytest.raises(RestrictedError):
        topics.filter(messages__isnull=False).first().delete()  # type: ignore[union-attr]
    pk = published.pk
    published.delete()
    assert not Edition.objects.filter(pk=pk).exists()
    assert not Topic.objects.filter(draft__edition_id=pk).exists()
    assert not Message.objects.filter(draft__edition_id=pk).exists()
    assert not Comment.objects.filter(edition_id=pk).exists()
