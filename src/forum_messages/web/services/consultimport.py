"""Bulk import of consultation responses as comments on the draft under review.

The export is read with the core reader (``ingest/consultation``: CSV, JSON Lines, XLSX, a
row at a time) and its answers grouped into campaigns with the core ``CampaignFinder`` (the
same grouping ``forum-messages draft`` makes). Each answer becomes one comment on the
published draft (on a theme when the response names one), keeping the response id and the
question it answers.

Two passes over the file, so that it is never held in memory:

1. read and check every row, writing nothing: rows the core reader refuses, answers longer
   than a comment may be, unknown themes and response ids already imported are rejects; the
   answers of the others go through the campaign finder (which keeps one text per group);
2. unless there were rejects (or ``keep_going`` was asked for), read it again and write the
   comments in batches of ``BATCH`` with ``bulk_create``, campaign and addition known, in
   one transaction: a failure anywhere leaves nothing imported.

A group of the file whose text is a near-copy of a comment already in the edition joins that
comment's campaign (the same index look-up a comment posted on the site gets).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import connection, transaction

from forum_messages.errors import ForumMessagesError, InputError
from forum_messages.ingest.campaigns import Answer, CampaignFinder, Group
from forum_messages.ingest.consultation import (
    EXTENSIONS,
    ColumnMap,
    Reject,
    Response,
    column_map,
    parse_columns,
    read_responses,
)
from forum_messages.nlp import minhash
from forum_messages.web.models import (
    Campaign,
    Comment,
    CommentKey,
    ConsultationImport,
    Edition,
    Publication,
)
from forum_messages.web.services import campaignmatch
from forum_messages.web.services.comments import MAX_COMMENT_CHARS, _join
from forum_messages.web.services.publishing import current_draft_publication
from forum_messages.web.services.sanitise import clean_line, clean_text

BATCH = 1000
KEPT_REJECTS = 1000  # rejects listed (all are counted)
MAX_UPLOAD_BYTES = 200_000_000


class ImportError_(ForumMessagesError):
    """The import cannot start (no draft under review, no rows): nothing was written."""


class Refused(ForumMessagesError):
    """Rows were rejected and ``keep_going`` was not asked for: nothing was written."""

    def __init__(self, rejects: list[Reject], count: int) -> None:
        self.rejects = rejects
        self.count = count
        super().__init__(f"{count} row(s) rejected; nothing was imported")


@dataclass
class Result:
    batch: ConsultationImport | None
    responses: int = 0
    comments: int = 0
    campaigns: int = 0
    rejects: list[Reject] = field(default_factory=list)
    rejected: int = 0


@dataclass
class _Plan:
    """What pass 1 learnt: the rows set aside and the campaign of each answer."""

    finder: CampaignFinder = field(default_factory=CampaignFinder)
    rejects: list[Reject] = field(default_factory=list)
    rejected: int = 0
    rejected_rows: set[int] = field(default_factory=set)
    responses: int = 0
    answers: int = 0

    def reject(self, r: Reject) -> None:
        self.rejected += 1
        self.rejected_rows.add(r.row)
        if len(self.rejects) < KEPT_REJECTS:
            self.rejects.append(r)


def _rows(path: Path, columns: ColumnMap, name: str) -> Iterator[Response | Reject]:
    """The core reader's rows, naming the file as the user knows it (not the upload's path)."""
    for row in read_responses(path, columns):
        if isinstance(row, Reject):
            yield Reject(name, row.row, row.field, row.reason, row.id)
        else:
            yield row


def _themes(edition: Edition) -> dict[str, str]:
    """Theme key by what a response may write for it: its key or a title, any case."""
    out: dict[str, str] = {}
    for t in edition.core().themes:
        for name in (t.key, *(t.title or {}).values()):
            out.setdefault(str(name).strip().casefold(), t.key)
    return out


def _answers(row: Response, columns: ColumnMap, name: str, themes: dict[str, str]) -> list[Any]:
    """(column, cleaned text) of each answer, or the row's Reject."""
    theme = row.meta.get("theme", "")
    if theme and theme.strip().casefold() not in themes:
        keys = ", ".join(sorted(set(themes.values())))
        col = columns.roles.get("theme", "theme")
        return [Reject(name, row.row, col, f"unknown theme '{theme}' (themes: {keys})", row.id)]
    out: list[Any] = []
    for column, text in row.answers:
        cleaned = clean_text(text)
        if len(cleaned) > MAX_COMMENT_CHARS:
            why = f"the answer is over {MAX_COMMENT_CHARS} characters (the most a comment takes)"
            return [Reject(name, row.row, column, why, row.id)]
        if cleaned:
            out.append((column, cleaned))
    return out


def _plan(edition: Edition, path: Path, columns: ColumnMap, name: str) -> _Plan:
    plan = _Plan()
    chunk: list[Response] = []
    themes = _themes(edition)

    def flush() -> None:
        known = set(
            Comment.objects.filter(
                edition=edition, response_id__in=[r.id for r in chunk]
            ).values_list("response_id", flat=True)
        )
        for r in chunk:
            if r.id in known:
                col = columns.id
                plan.reject(
                    Reject(name, r.row, col, f"response '{r.id}' is already imported", r.id)
                )
                continue
            found = _answers(r, columns, name, themes)
            if found and isinstance(found[0], Reject):
                plan.reject(found[0])
                continue
            for column, text in found:
                plan.finder.add((r.id, column), text)
                plan.answers += 1
        chunk.clear()

    for row in _rows(path, columns, name):
        if isinstance(row, Reject):
            plan.reject(row)
            if row.row > 1:
                plan.responses += 1
            continue
        plan.responses += 1
        chunk.append(row)
        if len(chunk) >= BATCH:
            flush()
    flush()
    return plan


Placed = dict[Answer, tuple[int, str]]


def _campaigns(edition: Edition, groups: list[Group], prior: bool) -> tuple[Placed, set[Answer]]:
    """(campaign id, addition) of every answer in a campaign, making the campaigns, and the
    first answer of each group that joined no earlier campaign (it gets index keys). A group
    whose text is a near-copy of an earlier comment of the edition joins that comment's
    campaign (looked up only when the edition had comments before this import)."""
    placed: Placed = {}
    heads: set[Answer] = set()
    new: list[tuple[Group, Campaign]] = []
    matches = campaignmatch.earlier(edition, [g.text for g in groups]) if prior else {}
    for i, g in enumerate(groups):
        earlier = matches.get(i)
        if earlier is not None:
            probe = Comment(edition=edition, text=g.text)
            _join(probe, earlier)
            assert probe.campaign is not None
            campaign = probe.campaign
            for text, answers in g.variants.values():
                extra = minhash.addition(text, campaign.base_text)
                placed.update((a, (campaign.pk, extra)) for a in answers)
            continue
        heads.add(g.first)
        if len(g.members) > 1:
            new.append((g, Campaign(edition=edition, base_text=g.text)))
    made = Campaign.objects.bulk_create([c for _g, c in new], batch_size=BATCH)
    for (g, _c), campaign in zip(new, made, strict=True):
        for a in g.members:
            placed[a] = (campaign.pk, g.additions.get(a, ""))
    return placed, heads


def import_file(
    edition: Edition,
    path: Path,
    columns: ColumnMap,
    name: str = "",
    user: Any = None,
    keep_going: bool = False,
) -> Result:
    """Import one consultation export (see the module doc). Raises ``Refused`` (with the
    rejects) when rows were rejected and ``keep_going`` is false, and ``ImportError_`` when
    there is no draft under review to comment on or nothing to import."""
    name = name or path.name
    pub = current_draft_publication(edition)
    if pub is None:
        raise ImportError_(
            "publish the draft for review first: imported responses become comments on it"
        )
    plan = _plan(edition, path, columns, name)
    whole_file = any(r.row <= 1 for r in plan.rejects)  # unreadable, or a column missing
    if plan.rejected and (whole_file or not keep_going):
        raise Refused(plan.rejects, plan.rejected)
    if plan.answers == 0:
        raise ImportError_(f"{name}: no answers to import")
    prior = Comment.objects.filter(edition=edition).exists()
    groups = plan.finder.finish()
    with transaction.atomic():
        placed, heads = _campaigns(edition, groups, prior)
        batch = ConsultationImport.objects.create(
            edition=edition,
            file_name=name[:255],
            columns=spec_of(columns)[:1000],
            user=user if getattr(user, "is_authenticated", False) else None,
            responses=plan.responses,
            campaigns=len({cid for cid, _a in placed.values()}),
            rejected=plan.rejected,
            rejects=[r.as_dict() for r in plan.rejects],
        )
        written = _write(edition, pub, batch, path, columns, name, plan, placed, heads)
        batch.comments = written
        batch.save(update_fields=["comments"])
    return Result(batch, plan.responses, written, batch.campaigns, plan.rejects, plan.rejected)


def _write(
    edition: Edition,
    pub: Publication,
    batch: ConsultationImport,
    path: Path,
    columns: ColumnMap,
    name: str,
    plan: _Plan,
    placed: Placed,
    heads: set[Answer],
) -> int:
    """Pass 2: the comments, BATCH at a time; index keys for those that head a group and
    joined no earlier campaign (later comments find the campaign through them)."""
    state = Comment.PENDING if edition.premoderate else Comment.VISIBLE
    languages = {code for code, _n in settings.LANGUAGES}
    themes = _themes(edition)
    rows: list[Comment] = []
    keyed: list[tuple[int, list[int]]] = []  # (position in ``rows``, index keys)
    written = 0

    def flush() -> None:
        nonlocal written
        made = Comment.objects.bulk_create(rows)
        keys = [(made[i].pk, edition.pk, k) for i, ks in keyed for k in ks]
        with connection.cursor() as cursor:  # plain rows: no model object per key
            cursor.executemany(_KEY_INSERT, keys)
        written += len(rows)
        rows.clear()
        keyed.clear()

    for row in _rows(path, columns, name):
        if isinstance(row, Reject) or row.row in plan.rejected_rows:
            continue
        meta = row.meta
        theme = themes.get(meta.get("theme", "").strip().casefold())
        lang = meta.get("language", "").strip().casefold()
        for column, text in _answers(row, columns, name, themes):
            answer = (row.id, column)
            campaign_id, addition = placed.get(answer, (None, ""))
            if answer in heads:  # its words are read once for both fingerprint and keys
                prof = minhash.profile(text)
                fingerprint = prof.fingerprint
                keyed.append((len(rows), prof.keys))
            else:
                fingerprint = minhash.fingerprint(text)
            rows.append(
                Comment(
                    edition=edition,
                    publication=pub,
                    target="theme" if theme else "draft",
                    theme_key=theme or "",
                    text=text,
                    name=clean_line(meta.get("organisation", ""))[:200],
                    stakeholder_group=clean_line(meta.get("group", ""))[:100],
                    region=clean_line(meta.get("region", ""))[:100],
                    country=clean_line(meta.get("country", ""))[:100],
                    language=lang if lang in languages else "",
                    state=state,
                    token=f"i{batch.pk}n{written + len(rows)}",
                    fingerprint=fingerprint,
                    campaign_id=campaign_id,
                    addition=addition,
                    response_id=row.id,
                    question=column[:200],
                    batch=batch,
                )
            )
        if len(rows) >= BATCH:
            flush()
    flush()
    return written


_KEY_INSERT = "INSERT INTO {} ({}, {}, {}) VALUES (%s, %s, %s)".format(
    *(
        connection.ops.quote_name(n)
        for n in (CommentKey._meta.db_table, "comment_id", "edition_id", "key")
    )
)


def spec_of(columns: ColumnMap) -> str:
    """The map as written on the command line (``id=...,text=...,group=...``)."""
    parts = [f"id={columns.id}", "text=" + ",".join(columns.texts)]
    parts += [f"{role}={col}" for role, col in columns.roles.items()]
    return ",".join(parts)


def column_map_of(edition: Edition, spec: str = "") -> ColumnMap | None:
    """The column map written in ``spec``, else the edition file's ``consultation:`` one
    (None when the edition file has none); a bad map raises ImportError_."""
    try:
        if spec.strip():
            return parse_columns(spec)
        given = edition.core().consultation
        return column_map(given, "the edition's consultation:") if given else None
    except InputError as exc:
        raise ImportError_(str(exc)) from exc


def import_upload(
    edition: Edition, upload: Any, spec: str, user: Any = None, keep_going: bool = False
) -> Result:
    """A browser upload: written to the private uploads folder, then imported like a file;
    rejects name the uploaded file by its own name."""
    name = Path(str(upload.name)).name
    suffix = Path(name).suffix.lower()
    if suffix not in EXTENSIONS:
        raise ImportError_(f"{name}: unsupported file type; use one of {', '.join(EXTENSIONS)}")
    if upload.size > MAX_UPLOAD_BYTES:
        raise ImportError_(f"{name}: larger than {MAX_UPLOAD_BYTES // 1_000_000} MB")
    columns = column_map_of(edition, spec)
    if columns is None:
        raise ImportError_(
            "give the column map (id=ResponseID,text=Q1,Q2,...): "
            "the edition file has no consultation: mapping"
        )
    uploads = Path(settings.FILE_UPLOAD_TEMP_DIR)  # private; left-overs cleaned by `serve`
    with tempfile.TemporaryDirectory(prefix=f"fm-upload-{os.getpid()}-", dir=uploads) as tmp:
        path = Path(tmp) / f"export{suffix}"
        with path.open("wb") as out:
            for chunk in upload.chunks():
                out.write(chunk)
        return import_file(edition, path, columns, name, user, keep_going)
