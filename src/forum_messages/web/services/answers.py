"""Dispositions: the answer to every comment; the "how comments were handled" table and its
CSV and XLSX downloads (cells that a spreadsheet would run as formulas are neutralised)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import QuerySet

from forum_messages.errors import ForumMessagesError
from forum_messages.web.models import DISPOSITIONS, Comment, Disposition, Edition, ResponseTemplate
from forum_messages.web.services.sanitise import clean_text

MAX_RESPONSE_CHARS = 5000
KINDS = dict(DISPOSITIONS)


class AnswerError(ForumMessagesError):
    pass


def _checked(kind: str, response: str) -> tuple[str, str]:
    if kind not in KINDS:
        raise AnswerError(f"choose a disposition: {', '.join(KINDS)}")
    text = clean_text(response)
    if not text:
        raise AnswerError("write a response (or choose a template)")
    if len(text) > MAX_RESPONSE_CHARS:
        raise AnswerError(f"the response is longer than {MAX_RESPONSE_CHARS} characters")
    return kind, text


@transaction.atomic
def answer(
    comments: Iterable[Comment],
    kind: str = "",
    response: str = "",
    user: Any = None,
    template: ResponseTemplate | None = None,
) -> int:
    """Record (or replace) the disposition of each comment; a template gives kind and text."""
    if template is not None:
        kind = kind or template.kind
        response = response or template.text
    kind, text = _checked(kind, response)
    n = 0
    for c in comments:
        Disposition.objects.update_or_create(
            comment=c,
            defaults={
                "kind": kind,
                "response": text,
                "template": template,
                "author": user if getattr(user, "is_authenticated", False) else None,
            },
        )
        n += 1
    if n == 0:
        raise AnswerError("choose at least one comment")
    return n


def save_template(edition: Edition, name: str, kind: str, text: str) -> ResponseTemplate:
    kind, body = _checked(kind, text)
    title = " ".join(clean_text(name).split())[:100]
    if not title:
        raise AnswerError("give the template a name")
    tpl, _created = ResponseTemplate.objects.update_or_create(
        edition=edition, name=title, defaults={"kind": kind, "text": body}
    )
    return tpl


# --------------------------------------------------------------------------- the table


@dataclass(frozen=True)
class Row:
    comment: Comment
    target: str
    campaign_size: int

    def cells(self) -> list[str]:
        c = self.comment
        d = getattr(c, "disposition", None)
        return [
            str(c.pk),
            c.created.strftime("%Y-%m-%d %H:%M UTC"),
            self.target,
            c.author(),
            c.stakeholder_group,
            c.region,
            c.country,
            c.text,
            str(self.campaign_size) if self.campaign_size > 1 else "",
            c.addition,
            str(KINDS[d.kind]) if d else "",
            d.response if d else "",
        ]


HEADER = [
    "comment",
    "date",
    "on",
    "author",
    "stakeholder group",
    "region",
    "country",
    "comment text",
    "campaign size",
    "addition to the campaign text",
    "disposition",
    "response",
]


def visible_comments(edition: Edition) -> QuerySet[Comment]:
    return (
        Comment.objects.filter(edition=edition, state=Comment.VISIBLE)
        .select_related("disposition", "message", "topic", "campaign")
        .order_by("created", "id")
    )


def target_label(c: Comment) -> str:
    if c.target == "message" and c.message:
        return f"message {c.message.uid}"
    if c.target == "topic" and c.topic:
        return f"sub-topic: {c.topic.title}"
    if c.target == "theme":
        return f"theme: {c.edition.theme_title(c.theme_key, c.edition.language)}"
    return "whole draft"


def rows(comments: Sequence[Comment]) -> list[Row]:
    sizes: dict[int, int] = {}
    for c in comments:
        if c.campaign_id:
            sizes[c.campaign_id] = sizes.get(c.campaign_id, 0) + 1
    return [Row(c, target_label(c), sizes.get(c.campaign_id or 0, 1)) for c in comments]


@dataclass
class CampaignGroup:
    size: int
    first: Row
    additions: list[Comment]


class HandledTable:
    """The public "how comments were handled" table, paged: campaigns (near-identical
    comments, largest first, each shown once with its count and the additions of its
    members) and then the other comments, PAGE_SIZE at a time."""

    PAGE_SIZE = 50
    MAX_CAMPAIGNS = 50

    def __init__(self, edition: Edition, message_uid: str = "", page: Any = None) -> None:
        from django.core.paginator import Paginator
        from django.db.models import Count

        qs = visible_comments(edition)
        if message_uid:
            qs = qs.filter(message__uid=message_uid)
        self.total = qs.count()
        self.answered = qs.filter(disposition__isnull=False).count()
        sizes = dict(
            qs.filter(campaign__isnull=False)
            .values("campaign_id")
            .annotate(n=Count("id"))
            .filter(n__gt=1)
            .order_by("-n", "campaign_id")
            .values_list("campaign_id", "n")
        )
        self.campaigns: list[CampaignGroup] = []
        for cid in list(sizes)[: self.MAX_CAMPAIGNS]:
            members = qs.filter(campaign_id=cid)
            first = members.first()
            assert first is not None
            adds = list(members.exclude(addition="")[:50])
            label = target_label(first)
            self.campaigns.append(CampaignGroup(sizes[cid], Row(first, label, sizes[cid]), adds))
        singles = qs.exclude(campaign_id__in=list(sizes))
        self.page = Paginator(singles, self.PAGE_SIZE).get_page(page)
        self.rows = [Row(c, target_label(c), 1) for c in self.page]


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "|", "%")


def neutralise(value: str) -> str:
    """A cell a spreadsheet would treat as a formula gets a leading apostrophe."""
    if value and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def to_csv(table: Sequence[Row]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for r in table:
        writer.writerow([neutralise(v) for v in r.cells()])
    return "\ufeff" + out.getvalue()  # BOM: spreadsheets then read UTF-8


def to_xlsx(table: Sequence[Row]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "comments"
    ws.append(HEADER)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for r in table:
        ws.append([neutralise(v) for v in r.cells()])
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.data_type = "s"  # text, never a formula
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for col, width in zip(
        "ABCDEFGHIJKL", (8, 18, 24, 20, 18, 18, 14, 60, 10, 40, 16, 60), strict=True
    ):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A2"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
