"""The "how comments were handled" table as a CSV or XLSX file, built once per state of the
comments and then served from the cache.

Building the XLSX of a few thousand comments takes seconds, and anyone may download it, so
each file is made once for a given state: the number of visible comments, the latest comment,
moderation and answer, and the latest version of the draft (a renamed sub-topic changes the
table's labels), in the reader's language. Any of those changing makes the next download build
the file again. One build runs at a time in a process. Requests that arrive during a build
get the file as it was just before (a few seconds behind, like a cached public page) rather
than each holding a server thread while they wait; only when there is no earlier file do they
wait for the build and take its result.
"""

from __future__ import annotations

import hashlib
import threading

from django.core.cache import cache
from django.db.models import Count, Max, Q
from django.utils.translation import get_language

from forum_messages.web.models import Comment, Edition, Version
from forum_messages.web.services import answers
from forum_messages.web.services.targets import Targets

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
KEEP_SECONDS = 24 * 3600
_LOCK = threading.Lock()


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


def build(edition: Edition, fmt: str, site: str = "") -> bytes:
    targets = Targets(edition, get_language() or "en")
    table = answers.rows(list(answers.visible_comments(edition)), targets)
    if fmt == "csv":
        return answers.to_csv(table, site).encode("utf-8")
    return answers.to_xlsx(table, site)


def handled_file(edition: Edition, fmt: str, site: str = "") -> bytes:
    """The file for the comments as they are now (``fmt``: csv or xlsx), its links starting
    with ``site`` (the site's address)."""
    key = f"fm:handled:{edition.pk}:{fmt}:{get_language()}:{site}"
    state = hashlib.sha256(state_of(edition).encode()).hexdigest()
    kept: tuple[str, bytes] | None = cache.get(key)
    if kept is not None and kept[0] == state:
        return kept[1]
    if not _LOCK.acquire(blocking=kept is None):
        assert kept is not None
        return kept[1]  # being made again right now: the file as it was moments ago
    try:
        kept = cache.get(key)
        if kept is not None and kept[0] == state:
            return kept[1]  # made while this request waited
        body = build(edition, fmt, site)
        cache.set(key, (state, body), KEEP_SECONDS)
        return body
    finally:
        _LOCK.release()
