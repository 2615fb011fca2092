"""The "how comments were handled" table as a CSV or XLSX file, built once per state of the
comments and then served from a file.

Building the file of many comments takes seconds, and anyone may download it, so each file is
made once for a given state: the number of visible comments, the latest comment, moderation
and answer, and the latest version of the draft (a renamed sub-topic changes the table's
labels), in the reader's language. Any of those changing makes the next download build the
file again. The file is written to the data directory (``exports/``) as it is built, the
comments read CHUNK at a time (the XLSX's sheet written as XML by ``handledxlsx``), so that neither
the building nor the sending holds the table in memory: 100,000 comments are served from disk
like any static file. One build runs at a time in a process. Requests that arrive during a
build get the file as it was just before (a few seconds behind, like a cached public page)
rather than each holding a server thread while they wait; only when there is no earlier file
do they wait for the build and take its result.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import os
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Max, Q
from django.urls import reverse
from django.utils.translation import get_language

from forum_messages.web.models import Campaign, Comment, Edition, Version
from forum_messages.web.services import answers, handledxlsx
from forum_messages.web.services.answers import neutralise, neutralise_csv
from forum_messages.web.services.targets import Targets, TargetView

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
KEEP_SECONDS = 24 * 3600
CHUNK = 2000
EXPORTS = "exports"
WIDTHS = (8, 18, 40, 30, 20, 18, 18, 14, 60, 10, 40, 16, 60, 30)
_LOCK = threading.Lock()
_PK = 987654321  # stands for a comment's id in the address of its page
_PK_TEXT = str(_PK)


def state_of(edition: Edition) -> str:
    """What the table is made from, in a few numbers (one query each for comments and draft)."""
    seen = Comment.objects.filter(edition=edition).aggregate(
        visible=Count("id", filter=Q(state=Comment.VISIBLE)),
        created=Max("created"),
        moderated=Max("moderated"),
        answers=Count("disposition"),
        answered=Max("disposition__updated"),
    )
    version = Version.objects.filter(draft__edition=edition).aggregate(n=Max("pk"))["n"]
    return repr((sorted(seen.items()), version))


def _current_state(edition: Edition) -> str:
    """``state_of``, worked out at most once per PUBLIC_CACHE_SECONDS (the aggregate reads
    every comment of the edition: about 0.1 s of CPU at 130,000), like a cached public page:
    a download may be a few seconds behind a change."""
    seconds = settings.PUBLIC_CACHE_SECONDS
    if seconds <= 0:
        return state_of(edition)
    key = f"fm:handled-state:{edition.pk}"
    state: str | None = cache.get(key)
    if state is None:
        state = state_of(edition)
        cache.set(key, state, seconds)
    return state


@dataclass(frozen=True)
class _Target(TargetView):
    """A target whose spreadsheet line is worked out once for all the comments on it."""

    text_line: str = ""

    def line(self) -> str:
        return self.text_line


def table_rows(
    edition: Edition, site: str = "", clean: Callable[[str], str] = neutralise
) -> Iterator[list[str]]:
    """The cells of each visible comment (each passed through ``clean``: formulas
    neutralised), oldest first, read CHUNK comments at a time; a
    campaign's size is its number of visible comments (kept by the database). What many
    comments share is worked out once: each target (its label, shortened text and link),
    and the address of a comment's page (a pattern, not a URL lookup per comment)."""
    targets = Targets(edition, get_language() or "en")
    # not the edition with each comment: its text (the edition file) would be read and kept
    # once per comment; every comment gets this one
    base = (
        answers.visible_comments(edition)
        .select_related(None)
        .select_related("disposition", "message", "topic")
    )
    sizes = dict(  # kept as comments change (services/commenttally)
        Campaign.objects.filter(edition=edition, visible__gt=0).values_list("pk", "visible")
    )
    link = site + reverse("fm:comment_page", args=[edition.slug, _PK])
    seen: dict[tuple[str, str, int | None, int | None], TargetView] = {}
    ids = list(base.values_list("pk", flat=True))
    for start in range(0, len(ids), CHUNK):
        part = ids[start : start + CHUNK]
        found = base.filter(pk__in=part).in_bulk()
        for pk in part:
            c = found.get(pk)
            if c is None:  # deleted meanwhile
                continue
            c.edition = edition
            on = (c.target, c.theme_key, c.topic_id, c.message_id)
            target = seen.get(on)
            if target is None:
                view = targets.of(c)
                target = seen[on] = _Target(**asdict(view), text_line=view.line())
            row = answers.Row(c, target, sizes.get(c.campaign_id or 0, 1))
            cells = row.cells(site, link.replace(_PK_TEXT, str(pk)))
            yield [clean(v) for v in cells]


def write_csv(edition: Edition, site: str, path: Path) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:  # BOM: spreadsheets read UTF-8
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(answers.header())
        writer.writerows(table_rows(edition, site, neutralise_csv))


def write_xlsx(edition: Edition, site: str, path: Path) -> None:
    """The XLSX, row by row, its sheet's XML written straight to the file (handledxlsx)."""
    handledxlsx.write(path, "comments", answers.header(), table_rows(edition, site), WIDTHS)


def _folder() -> Path:
    folder = Path(settings.DATA_DIR) / EXPORTS
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def build(edition: Edition, fmt: str, site: str, path: Path) -> None:
    """Write the file to ``path`` (its folder's temporary name, renamed when complete);
    temporary files a killed process left there over an hour ago are removed first."""
    for left in path.parent.glob(".*.part"):
        with contextlib.suppress(OSError):
            if time.time() - left.stat().st_mtime > 3600:
                left.unlink()
    part = path.with_name(f".{path.name}.{os.getpid()}-{threading.get_ident()}.part")
    try:
        (write_csv if fmt == "csv" else write_xlsx)(edition, site, part)
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)


def handled_file(edition: Edition, fmt: str, site: str = "") -> Path:
    """The file for the comments as they are now (``fmt``: csv or xlsx), its links starting
    with ``site`` (the site's address)."""
    lang = get_language()
    key = f"fm:handled:{edition.pk}:{fmt}:{lang}:{site}"
    stem = f"{edition.pk}-{fmt}-{lang}-" + hashlib.sha256(site.encode()).hexdigest()[:12]
    state = hashlib.sha256(_current_state(edition).encode()).hexdigest()[:24]
    path = _folder() / f"{stem}-{state}.{fmt}"
    kept: str | None = cache.get(key)
    if kept is not None and Path(kept) == path and path.exists():
        return path
    earlier = Path(kept) if kept is not None and Path(kept).exists() else None
    if not _LOCK.acquire(blocking=earlier is None):
        assert earlier is not None
        return earlier  # being made again right now: the file as it was moments ago
    try:
        if not path.exists():  # made while this request waited, or by another process
            build(edition, fmt, site, path)
        cache.set(key, str(path), KEEP_SECONDS)
        for old in path.parent.glob(f"{stem}-*.{fmt}"):
            if old != path:
                old.unlink(missing_ok=True)  # a download still sending it keeps it open
        return path
    finally:
        _LOCK.release()
