"""Campaigns first: copies of one text are found before anything is embedded.

Every answer is compared with the texts seen before it, in input order:

- an exact copy (the same words once case, spacing, punctuation and Unicode forms are
  normalised: :func:`forum_messages.nlp.minhash.fingerprint`) joins that text's group;
- a near copy joins the group whose first text shares MinHash bands or long sentences with it
  (an index look-up, never a scan) and is close enough (:func:`minhash.related`); what it
  adds or changes (:func:`minhash.addition`) is kept as its own statement;
- anything else starts a group of its own.

A group of two or more answers is a campaign: its text becomes one statement of a campaign
session that stands for all its responses, so it is embedded once and counted with its size.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from forum_messages.engine import Engine, LocalEngine, chunks
from forum_messages.engine.tasks import additions_part
from forum_messages.errors import InputError
from forum_messages.ingest.consultation import (
    EXTENSIONS,
    Reject,
    Response,
    column_map,
    parse_columns,
    read_responses,
)
from forum_messages.ingest.fields import statement_id
from forum_messages.ingest.responses import ResponseColumns, SessionTable
from forum_messages.ingest.statement_table import StatementTable
from forum_messages.model import Corpus, Location, Session
from forum_messages.nlp import minhash

#: Candidates checked for one text (those sharing most index keys first).
MAX_CANDIDATES = 20
#: Groups kept under one index key (a very common sentence does not make a long list).
MAX_PER_KEY = 32
KIND = "comment"
#: Answers per profile task on a distributed engine.
PROFILE_CHUNK = 4096
#: Wordings per task working out what copies add to their campaign's text.
ADDITION_CHUNK = 1024

Answer = tuple[str, str]  # (response id, answer column)
NO_ADDITIONS: Mapping[Answer, str] = MappingProxyType({})


@dataclass(slots=True)  # one per distinct text: no attribute dictionary each
class Group:
    """Answers that copy one text.

    ``variants`` maps each distinct wording (by fingerprint) to its first text and its
    answers (kept in ``wordings`` once a second wording comes: until then, the group's own
    ``fp``, ``text`` and ``members`` say it, with no dictionary each). While answers come,
    ``text`` is the first answer's text (what new answers are compared with);
    :meth:`CampaignFinder.finish` makes it the most common wording (the first of them on a
    tie) and sets what every other wording adds to it in ``additions``.
    """

    text: str
    first: Answer
    members: list[Answer]
    fp: str  # the fingerprint of the first wording
    wordings: dict[str, tuple[str, list[Answer]]] | None = None
    #: a dict of its own once a copy adds something (until then one empty mapping shared)
    additions: Mapping[Answer, str] = field(default_factory=lambda: NO_ADDITIONS)

    @property
    def variants(self) -> dict[str, tuple[str, list[Answer]]]:
        if self.wordings is not None:
            return self.wordings
        return {self.fp: (self.text, self.members)}


@dataclass(frozen=True)
class Campaign:
    id: str
    text: str
    statement: str  # id of the campaign's statement
    members: tuple[Answer, ...]
    additions: dict[Answer, str]

    @property
    def size(self) -> int:
        return len(self.members)


class CampaignFinder:
    """Groups answers as they come (deterministic: input order, fixed hash functions)."""

    def __init__(self) -> None:
        self.groups: list[Group] = []
        self._exact: dict[str, int] = {}  # fingerprint -> group
        # index key -> the group, or the groups (at most MAX_PER_KEY) sharing it
        self._index: dict[int, int | list[int]] = {}
        # each group's first text's shingle hashes (``Profile.hashed``): what a candidate is
        # checked against, eight bytes a shingle, never worked out again
        self._heads: list[bytes] = []

    def _candidates(self, keys: list[int]) -> list[int]:
        """The groups sharing index keys with a text, those sharing most first (the first
        group on a tie), at most MAX_CANDIDATES of them."""
        index = self._index
        shared: Counter[int] = Counter()
        for key in keys:
            bucket = index.get(key)
            if bucket is None:
                continue
            if isinstance(bucket, int):
                shared[bucket] += 1
            else:
                shared.update(bucket)
        if not shared:
            return []
        # by number, then (a stable sort) by keys shared, most first
        return sorted(sorted(shared), key=shared.__getitem__, reverse=True)[:MAX_CANDIDATES]

    def add(self, answer: Answer, text: str, prof: minhash.Profile | None = None) -> int:
        """Put the answer in a group; the group's number. ``prof``: the text's profile, when
        it was worked out already (on an engine's worker)."""
        prof = prof or minhash.profile(text)
        fp = prof.fingerprint
        hit = self._exact.get(fp)
        if hit is not None:
            group = self.groups[hit]
            group.members.append(answer)
            if group.wordings is not None:
                group.wordings[fp][1].append(answer)
            return hit
        keys = prof.keys
        ranked = self._candidates(keys)
        if ranked:
            mine = minhash.hash_set(prof.hashed)
            heads = self._heads
            for g in ranked:
                if minhash.related_hashed(mine, heads[g]):
                    group = self.groups[g]
                    if group.wordings is None:  # all members so far are the first wording's
                        group.wordings = {group.fp: (group.text, list(group.members))}
                    group.members.append(answer)
                    group.wordings[fp] = (text, [answer])
                    self._exact[fp] = g
                    return g
        number = len(self.groups)
        self.groups.append(Group(text, answer, [answer], fp))
        self._heads.append(prof.hashed)
        self._exact[fp] = number
        index = self._index
        for key in keys:
            bucket = index.get(key)
            if bucket is None:  # most keys name one group: no list for them
                index[key] = number
            elif isinstance(bucket, int):
                index[key] = [bucket, number]
            elif len(bucket) < MAX_PER_KEY:
                bucket.append(number)
        return number

    def finish(self, engine: Engine | None = None) -> list[Group]:
        """The groups, each with its most common wording as its text and what every other
        wording adds to it (computed once a wording, by ``engine`` over batches of
        ``ADDITION_CHUNK`` wordings in group order)."""
        self._index.clear()
        self._heads = []
        pairs: list[tuple[str, str]] = []  # (wording, its group's text), in group order
        owners: list[tuple[Group, list[Answer]]] = []
        for group in self.groups:
            if group.wordings is None:  # one wording: nothing is added to it
                continue
            variants = list(group.variants.values())
            base_text, base_answers = max(variants, key=lambda v: len(v[1]))  # first on ties
            group.text, group.first = base_text, base_answers[0]
            for text, answers in variants:
                if answers is not base_answers:
                    pairs.append((text, base_text))
                    owners.append((group, answers))
        parts = ((pairs[a:b],) for a, b in chunks(len(pairs), ADDITION_CHUNK))
        done = 0
        for extras in (engine or LocalEngine()).map(additions_part, parts):
            for (group, answers), extra in zip(
                owners[done : done + len(extras)], extras, strict=True
            ):
                if extra:
                    if not isinstance(group.additions, dict):
                        group.additions = {}
                    group.additions.update((a, extra) for a in answers)
            done += len(extras)
        return self.groups


@dataclass
class Consultation:
    """Responses read, rejected and grouped; ``corpus`` is what the pipeline drafts from."""

    corpus: Corpus
    campaigns: tuple[Campaign, ...]
    rejects: tuple[Reject, ...]
    responses: int  # responses read (rejected ones included)
    answers: int  # answers read from the accepted responses
    #: the statement of each answer that is one (an answer of no campaign, or a copy's addition)
    placed: dict[Answer, str]
    empty: tuple[str, ...]  # accepted responses with no answer text


def _profiled(
    rows: Iterable[Response | Reject], engine: Engine
) -> Iterator[tuple[Response | Reject, list[minhash.Profile] | None]]:
    """Each row with the profiles of its answers, worked out by ``engine`` over batches of
    ``PROFILE_CHUNK`` answers (None on the local engine, and while a cluster is still
    starting: the finder works them out itself, the same profiles)."""
    if engine.name == "local":
        yield from ((row, None) for row in rows)
        return
    ready = getattr(engine, "ready", None)
    rows = iter(rows)
    while ready is not None and not ready():
        row = next(rows, None)
        if row is None:
            return
        yield row, None
    waiting: deque[list[Response | Reject]] = deque()

    def batches() -> Iterator[tuple[list[str]]]:
        batch: list[Response | Reject] = []
        size = 0
        for row in rows:
            batch.append(row)
            size += len(row.answers) if isinstance(row, Response) else 0
            if size >= PROFILE_CHUNK:
                waiting.append(batch)
                yield (_texts(batch),)
                batch, size = [], 0
        if batch:
            waiting.append(batch)
            yield (_texts(batch),)

    for profs in engine.map(minhash.profiles, batches()):
        start = 0
        for row in waiting.popleft():
            n = len(row.answers) if isinstance(row, Response) else 0
            yield row, profs[start : start + n]
            start += n


def _texts(batch: list[Response | Reject]) -> list[str]:
    return [text for r in batch if isinstance(r, Response) for _column, text in r.answers]


def gather(rows: Iterable[Response | Reject], engine: Engine | None = None) -> Consultation:
    """Group the answers of every response and build the corpus (see the module doc).

    ``engine`` works out the texts' profiles (words, shingles, MinHash keys) over batches;
    the grouping itself reads them in input order, so every engine gives the same groups.
    """
    finder = CampaignFinder()
    rejects: list[Reject] = []
    # the accepted responses as columns: no record a response (see ``ingest/responses.py``)
    kept = ResponseColumns()
    answers = 0
    empty: list[str] = []
    for row, profs in _profiled(rows, engine or LocalEngine()):
        if isinstance(row, Reject):
            rejects.append(row)
            continue
        kept.add(row.id, row.meta, row.file, row.row)
        if not row.answers:
            empty.append(row.id)
        for j, (column, text) in enumerate(row.answers):
            finder.add((row.id, column), text, profs[j] if profs is not None else None)
            answers += 1
    heads: list[Session] = []
    codes: set[str] = set()  # the sessions' codes (campaigns', then responses')
    statements = StatementTable(kept, KIND)  # columns, no record a statement
    ids: set[str] = set()
    campaigns: list[Campaign] = []
    singles: list[tuple[Answer, str]] = []
    member_of: dict[str, str] = {}
    added: set[Answer] = set()  # copies whose own additions become statements
    for group in finder.finish(engine):
        if len(group.members) == 1:
            singles.append((group.first, group.text))
            continue
        code = f"campaign-{len(campaigns) + 1}"
        first = kept.number[group.first[0]]
        heads.append(
            Session(
                code=code,
                title=f"{code} ({len(group.members)})",
                type="campaign",
                theme=kept.get(first, "theme"),
                language=kept.get(first, "language"),
                organisers=(),
                location=Location(kept.file(first), kept.row(first), group.first[1]),
                responses=len(group.members),
                campaign=code,
            )
        )
        codes.add(code)
        ident = _statement(code, group.text, first, group.first[1], statements, ids)
        campaigns.append(
            Campaign(code, group.text, ident, tuple(group.members), dict(group.additions))
        )
        singles.extend(group.additions.items())
        added.update(group.additions)
        for rid, _column in group.members:
            member_of.setdefault(rid, code)
    del finder
    # statements in input order of their responses, so ids and output do not depend on grouping
    order = kept.number
    singles.sort(key=lambda s: (order[s[0][0]], s[0][1]))
    sessions = SessionTable(heads, kept)
    placed: dict[Answer, str] = {}
    for answer, text in singles:
        rid, column = answer
        position = order[rid]
        if rid not in codes:
            codes.add(rid)
            sessions.append(position, member_of.get(rid))
        placed[answer] = _statement(rid, text, position, column, statements, ids, answer in added)
    order.clear()  # the sessions need the positions, no longer the index of ids
    return Consultation(
        corpus=Corpus(sessions, statements),
        campaigns=tuple(campaigns),
        rejects=tuple(rejects),
        responses=len(kept) + sum(1 for r in rejects if r.row > 1),
        answers=answers,
        placed=placed,
        empty=tuple(empty),
    )


def _statement(
    session: str,
    text: str,
    position: int,
    column: str,
    out: StatementTable,
    ids: set[str],
    addition: bool = False,
) -> str:
    """Keep the statement of response ``position``'s answer in ``column``; its id."""
    occurrence = 0
    while (ident := statement_id(session, KIND, text, occurrence)) in ids:
        occurrence += 1
    ids.add(ident)
    out.add(ident, session, text, position, column, addition)
    return ident


def load_consultation(
    paths: Sequence[str | Path],
    spec: str | None,
    consultation: Mapping[str, object],
    engine: Engine | None = None,
) -> Consultation:
    """Read every export (folders: their exports, sorted) with the column map given on the
    command line (``spec``) or else in the edition file (``consultation``), and group them."""
    if spec:
        columns = parse_columns(spec)
    else:
        columns = column_map(consultation, "the edition's consultation:")
    files: list[Path] = []
    for given in map(Path, paths):
        if given.is_dir():
            files.extend(sorted(p for p in given.rglob("*") if p.suffix.lower() in EXTENSIONS))
        else:
            files.append(given)
    if not files:
        raise InputError(f"no consultation exports ({', '.join(EXTENSIONS)}) in the input")
    return gather((row for f in files for row in read_responses(f, columns)), engine)
