"""Dispositions: the answer to every comment; the "how comments were handled" table and its
CSV and XLSX downloads (cells that a spreadsheet would run as formulas are neutralised)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import Count, F, OuterRef, QuerySet, Subquery, Window
from django.db.models.functions import RowNumber
from django.urls import reverse
from django.utils.translation import gettext as _

from forum_messages.errors import ForumMessagesError
from forum_messages.web.models import (
    DISPOSITIONS,
    Campaign,
    Comment,
    Disposition,
    Edition,
    ResponseTemplate,
)
from forum_messages.web.services import commentpages, commenttally, dblock, mailing, versions
from forum_messages.web.services.commentsearch import UNANSWERED, Filters, theme_counts, theme_list
from forum_messages.web.services.sanitise import clean_text
from forum_messages.web.services.targets import Targets, TargetView

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


def checked_answer(kind: str, response: str, template: ResponseTemplate | None) -> tuple[str, str]:
    """The disposition and response to record (a template fills what is left empty)."""
    if template is not None:
        kind = kind or template.kind
        response = response or template.text
    return _checked(kind, response)


@dblock.retry_conflicts
@transaction.atomic
def answer(
    comments: Iterable[Comment],
    kind: str = "",
    response: str = "",
    user: Any = None,
    template: ResponseTemplate | None = None,
    site: str = "",
    seen: Mapping[int, str] | None = None,
) -> int:
    """Record (or replace) the disposition of each comment; a template gives kind and text.
    With ``site`` (the address of the site, for links), commenters whose comment gets its
    first answer are told by mail once this is committed. ``seen`` maps a comment's id to
    ``answer_seen`` of the disposition the page showed: when one was answered since (by
    another editor), nothing is saved and the error gives the response back."""
    kind, text = checked_answer(kind, response, template)
    comments = list(comments)
    commenttally.serialise(comments)  # one statement per comment
    if seen:
        _check_seen(comments, seen, response)
    n = 0
    first: list[Comment] = []
    for c in comments:
        _row, created = Disposition.objects.update_or_create(
            comment=c,
            defaults={
                "kind": kind,
                "response": text,
                "template": template,
                "author": user if getattr(user, "is_authenticated", False) else None,
            },
        )
        n += 1
        if created:
            first.append(c)
    if n == 0:
        raise AnswerError("choose at least one comment")
    if site:
        mailing.after_commit(first, "answered", site)
    return n


def answer_seen(kind: str = "", response: str = "") -> str:
    """The fingerprint of a comment's disposition as a page shows it (none: both empty)."""
    return versions.fingerprint(kind, response)


def _check_seen(comments: Sequence[Comment], seen: Mapping[int, str], response: str) -> None:
    """AnswerError when a comment's disposition is no longer the one the page showed."""
    ids = [c.pk for c in comments if c.pk in seen]
    now = {
        pk: (k, r)
        for pk, k, r in Disposition.objects.filter(comment_id__in=ids).values_list(
            "comment_id", "kind", "response"
        )
    }
    changed = [pk for pk in ids if versions.changed_since(seen[pk], *now.get(pk, ("", "")))]
    if changed:
        listed = ", ".join(str(pk) for pk in sorted(changed))
        raise AnswerError(
            f"comment {listed} was answered by someone else after you opened the page; "
            "nothing was saved"
            + (f", here is your response to paste again: {response}" if response.strip() else "")
        )


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
    target: TargetView
    campaign_size: int

    def cells(self, site: str = "", link: str = "") -> list[str]:
        """The row's cells; ``link``: the address of the comment's page, when known."""
        c = self.comment
        d = getattr(c, "disposition", None)
        return [
            str(c.pk),
            c.created.strftime("%Y-%m-%d %H:%M UTC"),
            self.target.line(),
            site + self.target.url,
            c.author(),
            c.stakeholder_group,
            c.region,
            c.country,
            c.text,
            str(self.campaign_size) if self.campaign_size > 1 else "",
            c.addition,
            str(KINDS[d.kind]) if d else "",
            d.response if d else "",
            link or site + reverse("fm:comment_page", args=[c.edition.slug, c.pk]),
        ]


def header() -> list[str]:
    """The column names, in the reader's language."""
    return [
        _("comment"),
        _("date"),
        _("on"),
        _("link to what is commented on"),
        _("author"),
        _("stakeholder group"),
        _("region"),
        _("country"),
        _("comment text"),
        _("campaign size"),
        _("addition to the campaign text"),
        _("disposition"),
        _("response"),
        _("link to the comment"),
    ]


def visible_comments(edition: Edition) -> QuerySet[Comment]:
    return (
        Comment.objects.filter(edition=edition, state=Comment.VISIBLE)
        .select_related("disposition", "message", "topic", "campaign", "edition")
        .order_by("created", "id")
    )


def rows(comments: Sequence[Comment], targets: Targets) -> list[Row]:
    sizes: dict[int, int] = {}
    for c in comments:
        if c.campaign_id:
            sizes[c.campaign_id] = sizes.get(c.campaign_id, 0) + 1
    return [Row(c, targets.of(c), sizes.get(c.campaign_id or 0, 1)) for c in comments]


def campaign_sizes(ids: Iterable[int | None]) -> dict[int, int]:
    """The size of each of these campaigns (its comments in any state, a count the database
    keeps: services/commenttally)."""
    return dict(Campaign.objects.filter(pk__in={i for i in ids if i}).values_list("pk", "size"))


@dataclass
class CampaignGroup:
    size: int
    first: Row
    additions: list[Comment]


class HandledTable:
    """The public "how comments were handled" table, filtered and paged: the MAX_CAMPAIGNS
    largest campaigns (near-identical comments, each shown once with its count and the
    additions of its members) and then every other comment, PAGE_SIZE at a time, in the
    order they came, each page read from the key of the row before it (services/commentpages:
    the last page costs what the first does, and rows that change between pages neither skip
    nor repeat any). Without a message or filters, the counts and the largest campaigns come
    from the counts the database keeps (services/commenttally), not from the comments."""

    PAGE_SIZE = 50
    MAX_CAMPAIGNS = 50
    MAX_ADDITIONS = 50  # additions shown per campaign

    def __init__(
        self,
        edition: Edition,
        message_uid: str = "",
        get: Mapping[str, Any] | None = None,
        filters: Filters | None = None,
        language: str = "en",
    ) -> None:
        filters = filters or Filters()
        base = visible_comments(edition)
        if message_uid:
            base = base.filter(message__uid=message_uid)
        kept = None if message_uid else commenttally.kept(edition, state=Comment.VISIBLE)
        self.total = kept.total if kept else base.count()
        self.answered = kept.answered if kept else base.filter(disposition__isnull=False).count()
        if kept and filters.simple():
            unanswered = filters.disposition == UNANSWERED
            found = commenttally.per_theme(edition, state=Comment.VISIBLE, unanswered=unanswered)
            self.theme_counts = theme_list(found, filters, edition, language)
        else:
            self.theme_counts = theme_counts(base, filters, edition, language)
        qs = filters.apply(base)
        self.found = self.total if kept and not filters.active() else qs.count()
        targets = Targets(edition, language)
        sizes = self._largest(edition, qs, None if message_uid or filters.active() else kept)
        firsts, adds = self._members(qs, list(sizes))
        self.campaigns = [
            CampaignGroup(
                sizes[cid], Row(firsts[cid], targets.of(firsts[cid]), sizes[cid]), adds[cid]
            )
            for cid in sizes
            if cid in firsts
        ]
        # every other comment, one by one (those of smaller campaigns with their campaign's size)
        singles = qs.exclude(campaign_id__in=list(sizes))
        self.page = commentpages.Keyset(
            [commentpages.Segment(singles, ("created", "id"))], self.PAGE_SIZE
        ).page(get or {})
        others = campaign_sizes(c.campaign_id for c in self.page)
        self.rows = [Row(c, targets.of(c), others.get(c.campaign_id or 0, 1)) for c in self.page]

    def _members(
        self, qs: QuerySet[Comment], ids: list[int]
    ) -> tuple[dict[int, Comment], dict[int, list[Comment]]]:
        """The first comment of each of these campaigns among ``qs``, and the first
        MAX_ADDITIONS of its comments that add to its text: two queries, whatever the number
        of campaigns (each first comment found from the index, the additions numbered per
        campaign)."""
        if not ids:
            return {}, {}
        first = qs.filter(campaign_id=OuterRef("pk")).order_by("created", "id").values("pk")[:1]
        heads = Campaign.objects.filter(pk__in=ids).annotate(head=Subquery(first))
        firsts = {c.campaign_id: c for c in qs.filter(pk__in=heads.values("head"))}
        numbered = (
            qs.filter(campaign_id__in=ids)
            .exclude(addition="")
            .annotate(
                rank=Window(
                    RowNumber(), partition_by=[F("campaign_id")], order_by=[F("created"), F("id")]
                )
            )
            .filter(rank__lte=self.MAX_ADDITIONS)
        )
        adds: dict[int, list[Comment]] = {cid: [] for cid in ids}
        for c in numbered:
            adds[c.campaign_id].append(c)
        return firsts, adds

    def _largest(
        self, edition: Edition, qs: QuerySet[Comment], kept: commenttally.Counts | None
    ) -> dict[int, int]:
        """The largest campaigns among ``qs`` (two comments or more) and their number of
        comments there: the campaigns' kept number of visible comments when ``qs`` is every
        visible comment (``kept`` given), else counted (a consultation may have thousands)."""
        if kept is not None:
            camps = Campaign.objects.filter(edition=edition, visible__gt=1)
            return dict(
                camps.order_by("-visible", "id").values_list("id", "visible")[: self.MAX_CAMPAIGNS]
            )
        return dict(
            qs.filter(campaign__isnull=False)
            .values("campaign_id")
            .annotate(n=Count("id"))
            .filter(n__gt=1)
            .order_by("-n", "campaign_id")
            .values_list("campaign_id", "n")[: self.MAX_CAMPAIGNS]
        )


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "|", "%")
#: where a spreadsheet may start a cell inside a CSV cell's text: right after a ";" or a ","
#: (Excel set to a ";" list separator splits a comma-separated row there, quoted or not),
#: a tab or a "|" (an import that asks for the separator) and after a line break (such a
#: reader, outside quotes, starts a row there), past spaces and quotes; followed by a
#: formula's first character (a line break after a separator is the next place, not a
#: formula; a tab or "|" there is both: marked before it and after it)
_CELL_START = re.compile(r"""(^|[;,\t|\r\n])((?:[^\S\t\r\n]|")*)(?=[=+\-@\t|%])""")


def neutralise(value: str) -> str:
    """A cell a spreadsheet would treat as a formula gets a leading apostrophe."""
    if value and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def neutralise_csv(value: str) -> str:
    """``neutralise`` for a CSV cell, and an apostrophe before a formula's first character
    after each ";", ",", tab, "|" and line break of the text too (past spaces and quotes):
    read with any of these separators, no cell starts like a formula. The text stays
    readable: taking out the apostrophes put there gives it back."""
    return neutralise(_CELL_START.sub(r"\1\2'", value))


def to_csv(table: Sequence[Row], site: str = "") -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header())
    for r in table:
        writer.writerow([neutralise_csv(v) for v in r.cells(site)])
    return "\ufeff" + out.getvalue()  # BOM: spreadsheets then read UTF-8


def to_xlsx(table: Sequence[Row], site: str = "") -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "comments"
    ws.append(header())
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for r in table:
        ws.append([neutralise(v) for v in r.cells(site)])
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.data_type = "s"  # text, never a formula
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for col, width in zip(
        "ABCDEFGHIJKLMN", (8, 18, 40, 30, 20, 18, 18, 14, 60, 10, 40, 16, 60, 30), strict=True
    ):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A2"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
