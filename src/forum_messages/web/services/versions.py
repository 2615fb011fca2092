"""Every change to a draft is a version: author, time, summary, snapshot and readable diff."""

from __future__ import annotations

import difflib
import hashlib
from typing import Any

from django.db import transaction

from forum_messages.web.models import Draft, Version
from forum_messages.web.services.snapshot import Snapshot, apply_snapshot, outline, snapshot_of


def fingerprint(*parts: str) -> str:
    """A short fingerprint of what a page showed (a text, a title, a unit's source, target and
    state): a form sends it back as ``seen``, and a save whose ``seen`` is no longer the
    fingerprint of what is stored is refused, so a later save cannot silently undo an earlier
    one (two editors, or an editor and the model's writer, on one text)."""
    text = "\x1f".join(parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def changed_since(seen: str | None, *parts: str) -> bool:
    """Whether a form that showed ``seen`` was opened before the stored ``parts`` were saved
    (no ``seen``, as from a script or an older page: not checked)."""
    return bool(seen) and fingerprint(*parts) != seen


def theme_titles(draft: Draft) -> dict[str, str]:
    return {t.key: t.title for t in draft.themes.all()}


def diff_text(before: Snapshot | None, after: Snapshot, titles: dict[str, str]) -> str:
    """A unified diff of the two snapshots' outlines (empty before: everything added)."""
    old = outline(before, titles).splitlines() if before else []
    new = outline(after, titles).splitlines()
    return "\n".join(difflib.unified_diff(old, new, "before", "after", n=1, lineterm=""))


def record(draft: Draft, summary: str, author: Any = None, kind: str = Version.EDIT) -> Version:
    """Snapshot the live draft as a new version (call inside the change's transaction)."""
    previous = draft.versions.select_for_update().order_by("-number").first()
    snap = snapshot_of(draft)
    user = author if getattr(author, "is_authenticated", False) else None
    return Version.objects.create(
        draft=draft,
        number=(previous.number + 1) if previous else 1,
        kind=kind,
        summary=summary,
        author=user,
        snapshot=snap,
        diff=diff_text(previous.snapshot if previous else None, snap, theme_titles(draft)),
    )


@transaction.atomic
def restore(draft: Draft, version: Version, author: Any = None) -> Version:
    """Make the draft what ``version`` was; recorded as a new version (nothing is lost)."""
    apply_snapshot(draft, version.snapshot)
    return record(draft, f"restored version {version.number}", author, Version.RESTORE)
