"""Campaigns first: copies of one text are found before anything is embedded.

Every answer is compared with the texts seen before it, in input order:

- an exact copy (the same words once case, spacing, punctuation and Unicode forms are
  normalised: :func:`forum_messages.nlp.minhash.fingerprint`) joins that text's group;
- a near copy joins the group whose first text shares MinHash bands or long sentences with it
  (an index look-up, never a scan) and is close enough (:func:`minhash.related`); what it
  adds or changes (:func:`minhash.addition`) is kept as its own statements;
- anything else starts a group of its own.

A group of two or more answers is a campaign: its text becomes the statements of a campaign
session that stands for all its responses, one a point of the text (:mod:`.points`), so each
is embedded once and counted with its size. An answer of no campaign and what a copy adds
are cut into their points the same way (``gather``'s ``least``).
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter, deque
from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Generic, TypeVar, overload

from forum_messages.engine import Engine, LocalEngine, chunks
from forum_messages.engine.tasks import additions_part
from forum_messages.errors import InputError
from forum_messages.ingest import points
from forum_messages.ingest.consultation import (
    EXTENSIONS,
    Reject,
    Response,
    column_map,
    parse_columns,
    read_responses,
)
from forum_messages.ingest.fields import statement_id
from forum_messages.ingest.keyindex import KeyIndex
from forum_messages.ingest.languages import normalise_language
from forum_messages.ingest.responses import ResponseColumns, SessionTable
from forum_messages.ingest.spill import Blobs, Texts
from forum_messages.ingest.statement_table import StatementTable
from forum_messages.ingest.strcolumn import StrColumn
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
#: An answer of no campaign that makes this many points or more is one statement a point
#: (a campaign's text is from two points on), as an analyst codes an answer; 0: answers are
#: never cut (``--answer-points 0`` or the edition's ``consultation: answer_points: 0``).
#: Cutting every answer about doubles a consultation's statements, but a point text that is
#: there more than once is embedded once: at 100k responses a draft with every answer cut
#: took no more time than one with answers whole, and less CPU (docs/benchmarks.md).
ANSWER_POINTS = 2

Answer = tuple[str, str]  # (response id, answer column)
#: what the finder is given for an answer: an ``Answer``, or a number standing for one
A = TypeVar("A", bound=Hashable)
NO_ADDITIONS: Mapping[Any, str] = MappingProxyType({})


@dataclass(slots=True)  # one per distinct text: no attribute dictionary each
class Group(Generic[A]):
    """Answers that copy one text.

    ``variants`` maps each distinct wording (by fingerprint) to its first text and its
    answers (kept in ``wordings`` once a second wording comes: until then, the group's own
    ``fp``, ``ref`` and ``members`` say it, with no dictionary each). The texts are kept in
    the finder's ``texts`` (a temporary file when the finder was made with one), a group
    and its wordings holding only their numbers there. While answers come, ``text`` is the
    first answer's text (what new answers are compared with); :meth:`CampaignFinder.finish`
    makes it the most common wording (the first of them on a tie) and sets what every other
    wording adds to it in ``additions``.
    """

    texts: Texts
    ref: int  # the number of the group's text in ``texts``
    first: A
    members: list[A]
    fp: bytes  # the fingerprint of the first wording (its digest: half the hex string's size)
    wordings: dict[bytes, tuple[int, list[A]]] | None = None
    #: a dict of its own once a copy adds something (until then one empty mapping shared)
    additions: Mapping[A, str] = field(default_factory=lambda: NO_ADDITIONS)

    @property
    def text(self) -> str:
        return self.texts.get(self.ref)

    @property
    def variants(self) -> dict[str, tuple[str, list[A]]]:
        if self.wordings is None:
            return {self.fp.hex(): (self.text, self.members)}
        get = self.texts.get
        return {fp.hex(): (get(ref), answers) for fp, (ref, answers) in self.wordings.items()}


#: An answer as a number while a consultation is read: its response's position shifted left
#: by this, plus its column's number (no tuple, no reference to the response's id each).
COLUMN_BITS = 16


def answer_code(answer: object, ids: StrColumn, columns: Sequence[str]) -> int | None:
    """The number an answer ``(response id, column)`` is kept as (its response's position and
    its column's number: ``COLUMN_BITS``), None for anything else or an answer not read."""
    if not (isinstance(answer, tuple) and len(answer) == 2):
        return None
    rid, column = answer
    if not isinstance(rid, str) or column not in columns:
        return None
    at = ids.find(rid)
    if at is None:
        return None
    return (at << COLUMN_BITS) | columns.index(column)


class Answers(Sequence[Answer]):
    """Answers kept as numbers (``COLUMN_BITS``), read as ``(response id, column)``: a
    sequence equal to the tuple of those pairs."""

    __slots__ = ("_codes", "_columns", "_ids")

    def __init__(self, codes: array[int], ids: Sequence[str], columns: Sequence[str]) -> None:
        self._codes = codes
        self._ids = ids
        self._columns = columns

    def _answer(self, code: int) -> Answer:
        return self._ids[code >> COLUMN_BITS], self._columns[code & COLUMN_MASK]

    @overload
    def __getitem__(self, i: int) -> Answer: ...

    @overload
    def __getitem__(self, i: slice) -> tuple[Answer, ...]: ...

    def __getitem__(self, i: int | slice) -> Answer | tuple[Answer, ...]:
        if isinstance(i, slice):
            return tuple(map(self._answer, self._codes[i]))
        return self._answer(self._codes[i])

    def __len__(self) -> int:
        return len(self._codes)

    def __iter__(self) -> Iterator[Answer]:
        return map(self._answer, self._codes)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(other) == len(self) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Answers({list(self)!r})"


COLUMN_MASK = (1 << COLUMN_BITS) - 1


class Additions(Mapping[Answer, str]):
    """What a campaign's copies add, by answer, without a tuple, string or dictionary entry a
    copy: each copy's answer as a number (``COLUMN_BITS``) and its added text's number in the
    consultation's texts, in the order they were found, and the same sorted to look one up;
    a mapping equal to the dictionary of ``(id, column) -> addition``."""

    __slots__ = ("_codes", "_columns", "_ids", "_refs", "_sorted", "_texts")

    def __init__(
        self,
        refs: Sequence[tuple[int, int]],
        ids: StrColumn,
        columns: Sequence[str],
        texts: Texts,
    ) -> None:
        self._codes = array("q", (a for a, _ref in refs))
        self._refs = array("q", (ref for _a, ref in refs))
        self._sorted = array("q", sorted(range(len(refs)), key=self._codes.__getitem__))
        self._ids, self._columns, self._texts = ids, columns, texts

    def _find(self, answer: object) -> int | None:
        code = answer_code(answer, self._ids, self._columns)
        if code is None:
            return None
        codes, order = self._codes, self._sorted
        lo, hi = 0, len(order)
        while lo < hi:  # the first of the sorted numbers not below ``code``
            mid = (lo + hi) // 2
            if codes[order[mid]] < code:
                lo = mid + 1
            else:
                hi = mid
        return order[lo] if lo < len(order) and codes[order[lo]] == code else None

    def __getitem__(self, answer: Answer) -> str:
        k = self._find(answer)
        if k is None:
            raise KeyError(answer)
        return self._texts.get(self._refs[k])

    def __contains__(self, answer: object) -> bool:
        return self._find(answer) is not None

    def __iter__(self) -> Iterator[Answer]:
        ids, columns = self._ids, self._columns
        return ((ids[c >> COLUMN_BITS], columns[c & COLUMN_MASK]) for c in self._codes)

    def __len__(self) -> int:
        return len(self._codes)


@dataclass(frozen=True)
class Campaign:
    id: str
    text: str
    statement: str  # id of the campaign's (first) statement
    members: Sequence[Answer]  # in the order they were read
    additions: Mapping[Answer, str]
    #: the campaign's statements, one a point of its text, in the text's order: (id, text)
    #: each (its one ``statement`` and ``text`` when the text makes one point)
    points: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        if not self.points:
            object.__setattr__(self, "points", ((self.statement, self.text),))

    @property
    def statements(self) -> tuple[str, ...]:
        return tuple(ident for ident, _text in self.points)

    @property
    def size(self) -> int:
        return len(self.members)


class CampaignFinder(Generic[A]):
    """Groups answers as they come (deterministic: input order, fixed hash functions). An
    answer is anything hashable that names it: an ``Answer``, or a number standing for one."""

    def __init__(self, texts: Texts | None = None) -> None:
        """``texts``: where the groups' texts are kept (default: a list in memory)."""
        self.texts = Texts(in_memory=True) if texts is None else texts
        self.groups: list[Group[A]] = []
        self._exact: dict[bytes, int] = {}  # fingerprint (its digest) -> group
        # index key -> the groups (at most MAX_PER_KEY) sharing it
        self._index = KeyIndex(MAX_PER_KEY)
        # each group's first text's shingle hashes (``Profile.hashed``): what a candidate is
        # checked against, eight bytes a shingle, never worked out again (in a temporary
        # file with the texts when they are in one)
        self._heads = Blobs(in_memory=texts is None or texts.in_memory)
        # the wordings (fingerprints) whose first text is written roughly (all in capitals, a
        # space before its stops): the first exact copy written plainly words it instead
        self._rough: set[bytes] = set()

    def _plain(self, group: Group[A], fp: bytes, text: str) -> None:
        """Word the group's wording ``fp`` as ``text`` (the same words, written plainly)."""
        ref = self.texts.put(text)
        if fp == group.fp:
            group.ref = ref
        if group.wordings is not None:
            group.wordings[fp] = (ref, group.wordings[fp][1])

    def _candidates(self, keys: list[int]) -> list[int]:
        """The groups sharing index keys with a text, those sharing most first (the first
        group on a tie), at most MAX_CANDIDATES of them."""
        shared: Counter[int] = Counter()
        self._index.count(keys, shared)
        if not shared:
            return []
        # by number, then (a stable sort) by keys shared, most first
        return sorted(sorted(shared), key=shared.__getitem__, reverse=True)[:MAX_CANDIDATES]

    def add(self, answer: A, text: str, prof: minhash.Profile | None = None) -> int:
        """Put the answer in a group; the group's number. ``prof``: the text's profile, when
        it was worked out already (on an engine's worker)."""
        prof = prof or minhash.profile(text)
        fp = bytes.fromhex(prof.fingerprint)
        hit = self._exact.get(fp)
        if hit is not None:
            group = self.groups[hit]
            group.members.append(answer)
            if group.wordings is not None:
                group.wordings[fp][1].append(answer)
            if fp in self._rough and not rough(text):
                self._plain(group, fp, text)
                self._rough.discard(fp)
            return hit
        keys = prof.keys
        ranked = self._candidates(keys)
        if ranked:
            mine = minhash.hash_set(prof.hashed)
            heads = self._heads
            for g in ranked:
                if minhash.related_hashed(mine, heads.get(g)):
                    group = self.groups[g]
                    if group.wordings is None:  # all members so far are the first wording's
                        group.wordings = {group.fp: (group.ref, list(group.members))}
                    group.members.append(answer)
                    group.wordings[fp] = (self.texts.put(text), [answer])
                    if rough(text):
                        self._rough.add(fp)
                    self._exact[fp] = g
                    return g
        number = len(self.groups)
        self.groups.append(Group(self.texts, self.texts.put(text), answer, [answer], fp))
        if rough(text):
            self._rough.add(fp)
        self._heads.put(prof.hashed)
        self._exact[fp] = number
        index = self._index
        for key in keys:
            index.add(key, number)
        return number

    def finish(self, engine: Engine | None = None) -> list[Group[A]]:
        """The groups, each with its most common wording as its text and what every other
        wording adds to it (computed once a wording, by ``engine`` over batches of
        ``ADDITION_CHUNK`` wordings in group order)."""
        self._index.clear()
        self._heads.close()
        self._exact.clear()
        self._rough.clear()
        get = self.texts.get
        pairs: list[tuple[int, int]] = []  # (wording, its group's text), in group order
        owners: list[tuple[Group[A], list[A]]] = []
        for group in self.groups:
            if group.wordings is None:  # one wording: nothing is added to it
                continue
            variants = list(group.wordings.values())
            base_ref, base_answers = max(variants, key=lambda v: len(v[1]))  # first on ties
            group.ref, group.first = base_ref, base_answers[0]
            for ref, answers in variants:
                if answers is not base_answers:
                    pairs.append((ref, base_ref))
                    owners.append((group, answers))
        # the texts of a batch read back when it is sent
        parts = (
            ([(get(w), get(b)) for w, b in pairs[a:b]],)
            for a, b in chunks(len(pairs), ADDITION_CHUNK)
        )
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


_SPACED_STOP = re.compile(r"\s[.,;:!?。，؟]")


def rough(text: str) -> bool:
    """Whether ``text`` is written roughly: all in capitals ("SCHOOLS MUST ..."), or with a
    space before a stop ("... oversight . Schools"): a copy of the same words written plainly
    makes a better campaign text (its points are the campaign's statements and messages)."""
    if _SPACED_STOP.search(text):
        return True
    return not any(c.islower() for c in text) and any(c.isupper() for c in text)


@dataclass
class Consultation:
    """Responses read, rejected and grouped; ``corpus`` is what the pipeline drafts from."""

    corpus: Corpus
    campaigns: tuple[Campaign, ...]
    rejects: tuple[Reject, ...]
    responses: int  # responses read (rejected ones included)
    answers: int  # answers read from the accepted responses
    #: the statements of each answer that is one or more (an answer of no campaign, or a
    #: copy's addition; one a point)
    placed: Placed
    empty: tuple[str, ...]  # accepted responses with no answer text


class Placed(Mapping[Answer, str]):
    """The statement of each answer that is one (the first of them for an answer cut into
    points: :meth:`statements` gives them all), without an entry an answer: the answers (as
    numbers, ``COLUMN_BITS``) of the statements from number ``first`` of the table on, one a
    statement in the table's order (an answer's points next to each other), and the same
    numbers sorted (with the statement of each) to find an answer's statements."""

    __slots__ = (
        "_columns",
        "_distinct",
        "_first",
        "_order",
        "_responses",
        "_sorted",
        "_statements",
        "_statements_of",
    )

    def __init__(
        self,
        codes: array[int],
        first: int,
        statements: StatementTable,
        responses: ResponseColumns,
        columns: Sequence[str],
    ) -> None:
        self._first = first
        self._statements = statements
        self._responses = responses
        self._columns = columns
        self._order = codes  # the answer of statement ``first + k``
        ranks = sorted(range(len(codes)), key=codes.__getitem__)  # stable: points in order
        self._sorted = array("q", (codes[k] for k in ranks))
        self._statements_of = array("i", ranks)
        self._distinct = sum(1 for k, c in enumerate(codes) if not k or codes[k - 1] != c)

    def _code(self, answer: object) -> int | None:
        return answer_code(answer, self._responses.ids, self._columns)

    def _find(self, answer: object) -> int | None:
        code = self._code(answer)
        if code is None:
            return None
        k = bisect_left(self._sorted, code)
        if k < len(self._sorted) and self._sorted[k] == code:
            return self._statements_of[k]
        return None

    def __getitem__(self, answer: Answer) -> str:
        k = self._find(answer)
        if k is None:
            raise KeyError(answer)
        return self._statements.ids[self._first + k]

    def statements(self, answer: Answer) -> list[str]:
        """The ids of the answer's statements, one a point, in the answer's order (none:
        the answer is no statement of its own)."""
        code = self._code(answer)
        if code is None:
            return []
        lo = bisect_left(self._sorted, code)
        hi = bisect_right(self._sorted, code, lo)
        ids, first = self._statements.ids, self._first
        return [ids[first + self._statements_of[k]] for k in range(lo, hi)]

    def __contains__(self, answer: object) -> bool:
        return self._find(answer) is not None

    def __iter__(self) -> Iterator[Answer]:
        ids, columns, order = self._responses.ids, self._columns, self._order
        return (
            (ids[c >> COLUMN_BITS], columns[c & COLUMN_MASK])
            for k, c in enumerate(order)
            if not k or order[k - 1] != c
        )

    def __len__(self) -> int:
        return self._distinct


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


def gather(
    rows: Iterable[Response | Reject],
    engine: Engine | None = None,
    least: int = ANSWER_POINTS,
) -> Consultation:
    """Group the answers of every response and build the corpus (see the module doc).

    A campaign's text is one statement a point (:mod:`forum_messages.ingest.points`), and so
    is an answer of no campaign that makes ``least`` points or more (0: never cut).

    ``engine`` works out the texts' profiles (words, shingles, MinHash keys) over batches;
    the grouping itself reads them in input order, so every engine gives the same groups.
    """
    # the texts in a temporary file as they come: the finder and the statements hold their
    # numbers there, not the strings (see ``ingest/spill.py``)
    texts = Texts()
    # an answer is a number (its response's position and its column's number: COLUMN_BITS)
    finder: CampaignFinder[int] = CampaignFinder(texts)
    rejects: list[Reject] = []
    # the accepted responses as columns: no record a response (see ``ingest/responses.py``)
    kept = ResponseColumns()
    columns: list[str] = []  # the answer columns, each once, in the order first seen
    answers = 0
    empty: list[str] = []
    for row, profs in _profiled(rows, engine or LocalEngine()):
        if isinstance(row, Reject):
            rejects.append(row)
            continue
        position = kept.add(row.id, row.meta, row.file, row.row) << COLUMN_BITS
        if not row.answers:
            empty.append(row.id)
        for j, (column, text) in enumerate(row.answers):
            if column not in columns:
                if len(columns) > COLUMN_MASK:
                    raise InputError(f"{row.file}: over {COLUMN_MASK + 1} answer columns")
                columns.append(column)
            key = position | columns.index(column)
            finder.add(key, text, profs[j] if profs is not None else None)
            answers += 1
    ids = kept.ids

    heads: list[Session] = []
    codes: set[str] = set()  # the campaigns' codes
    statements = StatementTable(kept, KIND, texts)  # columns, no record a statement
    campaigns: list[Campaign] = []
    singles: list[tuple[int, int]] = []  # (answer, the number of its text in ``texts``)
    member_of = array("i", bytes(4 * len(kept)))  # each response's first campaign's number + 1
    added: set[int] = set()  # copies whose own additions become statements
    groups = finder.finish(engine)
    del finder
    groups.reverse()
    while groups:  # each group let go once its campaign or statement is made
        group = groups.pop()
        if len(group.members) == 1:
            singles.append((group.first, group.ref))
            continue
        code = f"campaign-{len(campaigns) + 1}"
        first = group.first >> COLUMN_BITS
        column = columns[group.first & COLUMN_MASK]
        heads.append(
            Session(
                code=code,
                title=f"{code} ({len(group.members)})",
                type="campaign",
                theme=kept.get(first, "theme"),
                language=kept.get(first, "language"),
                organisers=(),
                location=Location(kept.file(first), kept.row(first), column),
                responses=len(group.members),
                campaign=code,
            )
        )
        codes.add(code)
        text = group.text
        said = _points(code, text, group.ref, first, column, statements, kept, 2)
        members = Answers(array("q", group.members), ids, columns)
        refs = [(a, texts.put(extra)) for a, extra in group.additions.items()]
        extras = Additions(refs, ids, columns, texts) if refs else NO_ADDITIONS
        campaigns.append(Campaign(code, text, said[0][0], members, extras, tuple(said)))
        singles.extend(refs)
        del refs
        added.update(group.additions)
        for a in group.members:
            if not member_of[a >> COLUMN_BITS]:
                member_of[a >> COLUMN_BITS] = len(campaigns)
    # statements in input order of their responses, so ids and output do not depend on grouping
    singles.sort(key=lambda s: (s[0] >> COLUMN_BITS, columns[s[0] & COLUMN_MASK]))
    sessions = SessionTable(heads, kept)
    placed = array("q")  # the answer of each statement from here on
    start = len(statements)
    last = -1  # the last response given a session
    for a, ref in singles:
        position = a >> COLUMN_BITS
        rid = ids[position]
        if position != last and rid not in codes:
            last = position
            k = member_of[position]
            sessions.append(position, campaigns[k - 1].id if k else None)
        column = columns[a & COLUMN_MASK]
        text = texts.get(ref)
        for _said in _points(rid, text, ref, position, column, statements, kept, least, a in added):
            placed.append(a)
    del singles, member_of, added
    texts.flush()  # every text written: forked children read them from the file
    statements.done()  # no statement added any more: the index of their ids let go
    return Consultation(
        corpus=Corpus(sessions, statements),
        campaigns=tuple(campaigns),
        rejects=tuple(rejects),
        responses=len(kept) + sum(1 for r in rejects if r.row > 1),
        answers=answers,
        placed=Placed(placed, start, statements, kept, columns),
        empty=tuple(empty),
    )


def _points(
    session: str,
    text: str,
    ref: int,
    position: int,
    column: str,
    out: StatementTable,
    responses: ResponseColumns,
    least: int,
    addition: bool = False,
) -> list[tuple[str, str]]:
    """Keep the statements of an answer (``text``, number ``ref`` of the table's texts; a
    campaign copy's ``addition``): one a point when it makes ``least`` points or more
    (:mod:`forum_messages.ingest.points`), else the whole answer; (id, text) of each, in the
    answer's order."""
    found = [text] if least < 2 else points.split(text, _language(responses, position), least)
    if len(found) == 1:
        return [(_statement(session, text, ref, position, column, out, addition), text)]
    return [
        (_statement(session, p, out.keep(p), position, column, out, addition), p) for p in found
    ]


def _language(responses: ResponseColumns, position: int) -> str | None:
    given = responses.get(position, "language")
    return normalise_language(given) if given else None


def _statement(
    session: str,
    text: str,
    ref: int,
    position: int,
    column: str,
    out: StatementTable,
    addition: bool = False,
) -> str:
    """Keep the statement of response ``position``'s answer in ``column`` (its text is
    number ``ref`` of the table's texts); its id."""
    occurrence = 0
    while out.has(ident := statement_id(session, KIND, text, occurrence)):
        occurrence += 1
    out.add_kept(ident, session, ref, position, column, addition)
    return ident


def answer_points(value: object, where: str) -> int:
    """An ``answer_points`` setting checked: 0 (never cut) or 2 and more."""
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise InputError(f"{where}: give a whole number, 0 (answers kept whole) or 2 or more")
    try:
        n = int(value)
    except ValueError:
        raise InputError(
            f"{where}: '{value}' is not a whole number; give 0 (answers kept whole) or 2 or more"
        ) from None
    if n < 0 or n == 1:
        raise InputError(f"{where}: {n} cannot be used; give 0 (answers kept whole) or 2 or more")
    return n


def load_consultation(
    paths: Sequence[str | Path],
    spec: str | None,
    consultation: Mapping[str, object],
    engine: Engine | None = None,
    least: int | None = None,
) -> Consultation:
    """Read every export (folders: their exports, sorted) with the column map given on the
    command line (``spec``) or else in the edition file (``consultation``), and group them.
    ``least``: answers of that many points or more are cut (:data:`ANSWER_POINTS`); given
    here (the command line) it wins over the edition's ``answer_points``."""
    consultation = dict(consultation)
    given = consultation.pop("answer_points", None)
    if least is None:
        least = ANSWER_POINTS if given is None else answer_points(given, "answer_points")
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
    return gather((row for f in files for row in read_responses(f, columns)), engine, least)
