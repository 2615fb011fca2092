"""Bulk import of consultation responses as comments on the draft under review.

The export is read with the core reader (``ingest/consultation``: CSV, JSON Lines, XLSX, a
row at a time) and its answers grouped into campaigns with the core ``CampaignFinder`` (the
same grouping ``forum-messages draft`` makes). Each answer becomes one comment on the
published draft (on a theme when the response names one), keeping the response id and the
question it answers.

One pass over the file, never held in memory: each row is checked (rows the core reader
refuses, answers longer than a comment may be, unknown themes and response ids already
imported are rejects), its answers go through the campaign finder and are staged, CHUNK at a
time, each chunk in a short transaction of its own (services/consultstage), so that the site
can still take comments and moderation while a large import runs. Staged rows are seen by
no page. Once the file is read and nothing is refused, the campaigns are settled (the most
common wording of each group, what each other wording adds) and one short transaction makes
every staged row a comment. A refused file or a failure anywhere until then leaves nothing
imported. After it, the campaign index keys and the text index of the new comments are
written in short transactions too (``commentindex.after_import``); until the keys are
there, a near-copy posted on the site may start a campaign of its own instead of joining
one of the import's.

A group of the file whose text is a near-copy of a comment already in the edition joins that
comment's campaign (the same index look-up a comment posted on the site gets).
"""

from __future__ import annotations

import os
import tempfile
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

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
    ConsultationImport,
    Edition,
    Publication,
    StagedAddition,
    StagedGroup,
)
from forum_messages.web.services import (
    campaignmatch,
    commentindex,
    commenttally,
    consultstage,
    staged,
)
from forum_messages.web.services.comments import MAX_COMMENT_CHARS, _join
from forum_messages.web.services.dblock import retry_locked
from forum_messages.web.services.publishing import current_draft_publication
from forum_messages.web.services.sanitise import clean_line, clean_text

BATCH = 1000  # responses checked against the edition's response ids at once
CHUNK = 2000  # staged rows per transaction
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
    """What the reading pass learnt: the rows set aside, the groups of the answers and the
    index keys of every answer that was not an exact copy (a group's head is one of them)."""

    finder: CampaignFinder = field(default_factory=CampaignFinder)
    rejects: list[Reject] = field(default_factory=list)
    rejected: int = 0
    responses: int = 0
    answers: int = 0
    keys: dict[Answer, tuple[int, array[int]]] = field(default_factory=dict)  # seq, keys
    whole_file: bool = False  # unreadable, or a column missing

    def reject(self, r: Reject) -> None:
        self.rejected += 1
        self.whole_file = self.whole_file or r.row <= 1
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


@lru_cache(maxsize=4096)
def _line(value: str, size: int) -> str:
    """A cleaned, cut metadata value (respondent types and regions repeat: cleaned once)."""
    return clean_line(value)[:size]


class _Stager:
    """The reading pass: checks rows, groups answers and stages them a chunk at a time.
    After the first reject of an import that does not ``keep_going``, rows are only checked
    (the import will be refused; the rejects are still all counted)."""

    def __init__(
        self, edition: Edition, batch: ConsultationImport, columns: ColumnMap, name: str
    ) -> None:
        self.edition, self.batch, self.columns, self.name = edition, batch, columns, name
        self.plan = _Plan()
        self.themes = _themes(edition)
        self.languages = {code for code, _n in settings.LANGUAGES}
        self.staged: list[tuple[Any, ...]] = []
        self.seq = 0

    def read(self, path: Path, keep_going: bool) -> _Plan:
        plan, chunk = self.plan, []
        for row in _rows(path, self.columns, self.name):
            if isinstance(row, Reject):
                plan.reject(row)
                plan.responses += row.row > 1
                continue
            plan.responses += 1
            chunk.append(row)
            if len(chunk) >= BATCH:
                self._check(chunk, keep_going)
                chunk = []
        self._check(chunk, keep_going)
        self._flush()
        return plan

    def _check(self, chunk: list[Response], keep_going: bool) -> None:
        known = set(
            Comment.objects.filter(
                edition=self.edition, response_id__in=[r.id for r in chunk]
            ).values_list("response_id", flat=True)
        )
        for r in chunk:
            if r.id in known:
                why = f"response '{r.id}' is already imported"
                self.plan.reject(Reject(self.name, r.row, self.columns.id, why, r.id))
                continue
            found = _answers(r, self.columns, self.name, self.themes)
            if found and isinstance(found[0], Reject):
                self.plan.reject(found[0])
            elif keep_going or not self.plan.rejected:
                self._stage(r, found)

    def _stage(self, row: Response, found: list[tuple[str, str]]) -> None:
        plan, meta = self.plan, row.meta
        theme = self.themes.get(meta.get("theme", "").strip().casefold())
        lang = meta.get("language", "").strip().casefold()
        for column, text in found:
            answer = (row.id, column)
            prof = minhash.profile(text)
            grp = plan.finder.add(answer, text, prof)
            if "keys" in vars(prof):  # not an exact copy: it may head its group
                plan.keys[answer] = (self.seq, array("q", prof.keys))
            self.staged.append(
                (
                    self.batch.pk,
                    self.seq,
                    grp,
                    f"i{self.batch.pk}n{self.seq}",
                    "theme" if theme else "draft",
                    theme or "",
                    text,
                    _line(meta.get("organisation", ""), 200),
                    _line(meta.get("group", ""), 100),
                    _line(meta.get("region", ""), 100),
                    _line(meta.get("country", ""), 100),
                    lang if lang in self.languages else "",
                    prof.fingerprint,
                    row.id,
                    column[:200],
                )
            )
            self.seq += 1
            plan.answers += 1
        if len(self.staged) >= CHUNK:
            self._flush()

    def _flush(self) -> None:
        if self.staged:
            consultstage.stage_chunk(self.batch, self.staged, [])
            self.staged = []


@dataclass
class _Settled:
    """The campaigns of the groups, worked out before the last transaction: the groups that
    join an earlier comment's campaign, those that make a campaign of their own."""

    earlier: dict[int, Comment]
    new: list[int]


def _settle(
    edition: Edition, batch: ConsultationImport, plan: _Plan, groups: list[Group]
) -> _Settled:
    """Stage what each wording adds to its campaign's text and the index keys of each
    group's head (the groups that join no earlier campaign); read-only on the comments."""
    prior = Comment.objects.filter(edition=edition).exists()
    matches = campaignmatch.earlier(edition, [g.text for g in groups]) if prior else {}
    additions: list[tuple[int, int, str, str]] = []
    keys: list[tuple[int, int, int]] = []
    new: list[int] = []

    def flush(force: bool = False) -> None:
        if force or len(keys) + len(additions) >= 10 * CHUNK:
            with transaction.atomic():
                consultstage.write(
                    StagedAddition, ("batch_id", "grp", "fingerprint", "addition"), additions
                )
                consultstage.stage_chunk(batch, [], keys)
            additions.clear()
            keys.clear()

    for number, g in enumerate(groups):
        earlier = matches.get(number)
        if earlier is not None:
            base = earlier.campaign.base_text if earlier.campaign else earlier.text
            for fp, (text, _answers) in g.variants.items():
                extra = minhash.addition(text, base)
                if extra:
                    additions.append((batch.pk, number, fp, extra))
            continue
        seq, head_keys = plan.keys[g.first]
        keys.extend((batch.pk, seq, k) for k in head_keys)
        if len(g.members) > 1:
            new.append(number)
            for fp, (_text, answers) in g.variants.items():
                extra = g.additions.get(answers[0], "")
                if extra:
                    additions.append((batch.pk, number, fp, extra))
        flush()
    flush(force=True)
    plan.keys.clear()
    return _Settled(matches, new)


def _publish(
    edition: Edition,
    batch: ConsultationImport,
    pub: Publication,
    groups: list[Group],
    settled: _Settled,
) -> tuple[int, int]:
    """The last transaction: campaigns made or joined, every staged row made a comment;
    (comments, campaigns)."""
    clash = consultstage.clashes(batch)
    if clash:
        raise ImportError_(
            f"response(s) {', '.join(clash)} were imported meanwhile; nothing was imported"
        )
    placed: list[tuple[int, int, int]] = []
    for number, earlier in settled.earlier.items():
        probe = Comment(edition=edition, text=groups[number].text)
        _join(probe, earlier)
        assert probe.campaign is not None
        placed.append((batch.pk, number, probe.campaign.pk))
    made = Campaign.objects.bulk_create(
        [Campaign(edition=edition, base_text=groups[n].text) for n in settled.new],
        batch_size=CHUNK,
    )
    placed += [(batch.pk, n, c.pk) for n, c in zip(settled.new, made, strict=True)]
    consultstage.write(StagedGroup, ("batch_id", "grp", "campaign_id"), placed)
    state = Comment.PENDING if edition.premoderate else Comment.VISIBLE
    written = consultstage.publish(batch, pub, state, timezone.now())
    return written, len({cid for _b, _n, cid in placed})


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
    consultstage.clean_stale()
    commentindex.resume()
    batch = ConsultationImport.objects.create(
        edition=edition,
        file_name=name[:255],
        columns=spec_of(columns)[:1000],
        user=user if getattr(user, "is_authenticated", False) else None,
        finished=False,
        indexed=False,
        stager=staged.new_key(),
    )
    try:
        plan = _Stager(edition, batch, columns, name).read(path, keep_going)
        if plan.rejected and (plan.whole_file or not keep_going):
            raise Refused(plan.rejects, plan.rejected)
        if plan.answers == 0:
            raise ImportError_(f"{name}: no answers to import")
        groups = plan.finder.finish()
        settled = _settle(edition, batch, plan, groups)

        def last() -> tuple[int, int]:
            with transaction.atomic():
                commenttally.serialise_editions([edition.pk])  # several statements
                written, campaigns = _publish(edition, batch, pub, groups, settled)
                ConsultationImport.objects.filter(pk=batch.pk).update(
                    finished=True,
                    responses=plan.responses,
                    comments=written,
                    campaigns=campaigns,
                    rejected=plan.rejected,
                    rejects=[r.as_dict() for r in plan.rejects],
                )
            return written, campaigns

        written, campaigns = retry_locked(last)
    except BaseException:
        consultstage.discard(batch)
        raise
    batch.refresh_from_db()
    commentindex.after_import(batch, staged.PAUSE_SECONDS if connection.vendor == "sqlite" else 0)
    return Result(batch, plan.responses, written, campaigns, plan.rejects, plan.rejected)


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
