"""Staff exports of comments as CSV or JSON Lines, written while they are sent: the rows are
read CHUNK at a time by primary key (each query short) and turned into lines one chunk after
another, so a consultation of 100,000 comments never sits whole in memory."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from django.db.models import QuerySet

from forum_messages.web.models import Comment
from forum_messages.web.services.answers import campaign_sizes, neutralise_csv

CHUNK = 2000
FIELDS = (
    "id",
    "response_id",
    "question",
    "created",
    "state",
    "target",
    "theme",
    "message",
    "author",
    "email",
    "stakeholder_group",
    "region",
    "country",
    "language",
    "campaign",
    "campaign_size",
    "addition",
    "text",
    "disposition",
    "response",
)
CONTENT_TYPES = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson"}


def _chunks(qs: QuerySet[Comment]) -> Iterator[list[Comment]]:
    last = 0
    base = qs.select_related("disposition", "message").order_by("pk")
    while True:
        chunk = list(base.filter(pk__gt=last)[:CHUNK])
        if not chunk:
            return
        yield chunk
        last = chunk[-1].pk


def records(qs: QuerySet[Comment], contact: bool = False) -> Iterator[dict[str, Any]]:
    """One mapping per comment (FIELDS), e-mail addresses only with ``contact``."""
    for chunk in _chunks(qs):
        sizes = campaign_sizes(c.campaign_id for c in chunk)
        for c in chunk:
            d = getattr(c, "disposition", None)
            yield {
                "id": c.pk,
                "response_id": c.response_id,
                "question": c.question,
                "created": c.created.isoformat(),
                "state": c.state,
                "target": c.target,
                "theme": c.theme_key,
                "message": c.message.uid if c.message else "",
                "author": c.name,
                "email": c.email if contact else "",
                "stakeholder_group": c.stakeholder_group,
                "region": c.region,
                "country": c.country,
                "language": c.language,
                "campaign": c.campaign_id or "",
                "campaign_size": sizes.get(c.campaign_id, 0) if c.campaign_id else "",
                "addition": c.addition,
                "text": c.text,
                "disposition": d.kind if d else "",
                "response": d.response if d else "",
            }


def csv_lines(qs: QuerySet[Comment], contact: bool = False) -> Iterator[str]:
    """The CSV (UTF-8 with a BOM for spreadsheets), a chunk of rows per piece; cells a
    spreadsheet would run as formulas are neutralised."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(FIELDS)
    yield "\ufeff" + _take(out)
    for n, rec in enumerate(records(qs, contact), start=1):
        writer.writerow([neutralise_csv(str(rec[f])) for f in FIELDS])
        if n % 500 == 0:
            yield _take(out)
    yield _take(out)


def jsonl_lines(qs: QuerySet[Comment], contact: bool = False) -> Iterator[str]:
    buf: list[str] = []
    for rec in records(qs, contact):
        buf.append(json.dumps(rec, ensure_ascii=False) + "\n")
        if len(buf) >= 500:
            yield "".join(buf)
            buf.clear()
    yield "".join(buf)


def _take(out: io.StringIO) -> str:
    text = out.getvalue()
    out.seek(0)
    out.truncate()
    return text
