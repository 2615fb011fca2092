"""Every change to a draft is a version: author, time, summary, snapshot and readable diff."""

from __future__ import annotations

import difflib
import hashlib
from functools import lru_cache
from typing import Any

from django.db import transaction

from forum_messages.web.models import Draft, Version
from forum_messages.web.services.snapshot import Snapshot, apply_snapshot, outline, snapshot_of
from forum_messages.web.services.textdiff import MessageChange, compare


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


def without_snapshot(draft: Draft) -> Any:
    """The draft's versions without their snapshot and diff (megabytes each in a large
    edition: a page naming a version needs neither)."""
    return draft.versions.defer("snapshot", "diff")


def previous(version: Version) -> Version | None:
    """The version before ``version`` (its snapshot and diff not read)."""
    return (
        Version.objects.defer("snapshot", "diff")
        .filter(draft_id=version.draft_id, number__lt=version.number)
        .order_by("-number")
        .first()
    )


def changes(version: Version, before: Version | None) -> tuple[MessageChange, ...]:
    """What ``version`` changed from ``before`` (None: every message is new), message by
    message, in ``textdiff.compare``'s order. A version never changes, so the comparison is
    made once per process for the pair; the word diffs are made as rows are shown
    (``MessageChange.pieces``), and kept with them. The result is shared: do not change it."""
    key = (version.pk, version.created.isoformat())
    if before is None:
        return _compared(key, None)
    return _compared(key, (before.pk, before.created.isoformat()))


@lru_cache(maxsize=8)
def _compared(after: tuple[int, str], before: tuple[int, str] | None) -> tuple[MessageChange, ...]:
    # the creation times are part of the key: ids can come back after a rolled-back transaction
    snaps = Version.objects.values_list("snapshot", flat=True)
    old = snaps.get(pk=before[0]) if before else {"themes": []}
    return tuple(compare(old, snaps.get(pk=after[0])))


def outline_of(version: Version, titles: dict[str, str]) -> str:
    """``snapshot.outline`` of ``version`` with the themes' ``titles``: made once per process
    for a version and those titles (a version never changes; its snapshot is read only then).
    """
    key = (version.pk, version.created.isoformat())
    return _outline(key, tuple(sorted(titles.items())))


@lru_cache(maxsize=8)
def _outline(version: tuple[int, str], titles: tuple[tuple[str, str], ...]) -> str:
    snap = Version.objects.values_list("snapshot", flat=True).get(pk=version[0])
    return outline(snap, dict(titles))
