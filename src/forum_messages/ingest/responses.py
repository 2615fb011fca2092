"""Consultation responses kept as columns, and their sessions made when read.

A consultation of a million responses has about as many sessions (one a response outside
campaigns), each a :class:`Session` with its :class:`Organiser` and :class:`Location`: about
400 bytes a response, for records that say little more than the response's row and the
values of its role columns (group, organisation, region ...), which few responses do not
share with many others. Here a response is its id, its file (a number), its row and one
shared tuple of role values; :class:`SessionTable` makes a response's session when it is
read, equal to the one made before.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterator, Mapping, Sequence

from forum_messages.ingest.strcolumn import StrColumn
from forum_messages.model import Location, Organiser, Session
from forum_messages.tables import RecordTable

#: The role values a response's session and statements are made from, in this order.
META = ("organisation", "group", "region", "country", "theme", "language")
Meta = tuple[str | None, ...]


class ResponseColumns:
    """The accepted responses of a consultation, in input order: id, file, row and role
    values, each role-value tuple and file name stored once however many responses share it.
    The ids are a :class:`StrColumn` (bytes end to end, no string object each) with an index
    of their values: :meth:`position` finds a response by its id."""

    __slots__ = ("_file_of", "_files", "_meta", "_metas", "_rows", "ids")

    def __init__(self) -> None:
        self.ids = StrColumn(indexed=True)
        self._files: list[str] = []
        self._file_of = array("l")
        self._rows = array("q")
        self._meta: list[Meta] = []
        self._metas: dict[Meta, Meta] = {}  # one tuple for all responses sharing the values

    def add(self, ident: str, meta: Mapping[str, str], file: str, row: int) -> int:
        """Keep one response; its position. An id seen before (in another export) keeps its
        first position and takes the new response's file, row and values."""
        if not self._files or self._files[-1] != file:
            self._files.append(file)
        values = tuple(meta.get(k) or None for k in META)
        values = self._metas.setdefault(values, values)
        at = self.ids.find(ident)
        if at is not None:
            self._meta[at] = values
            self._file_of[at] = len(self._files) - 1
            self._rows[at] = row
            return at
        self._meta.append(values)
        self._file_of.append(len(self._files) - 1)
        self._rows.append(row)
        return self.ids.append(ident)

    def position(self, ident: str) -> int:
        """The position of the response whose id is ``ident`` (KeyError: none)."""
        at = self.ids.find(ident)
        if at is None:
            raise KeyError(ident)
        return at

    def __len__(self) -> int:
        return len(self.ids)

    def file(self, i: int) -> str:
        return self._files[self._file_of[i]]

    def row(self, i: int) -> int:
        return self._rows[i]

    def get(self, i: int, role: str) -> str | None:
        """The response's value of ``role`` (None when not given)."""
        return self._meta[i][META.index(role)]

    def session(self, i: int, campaign: str | None) -> Session:
        """The session of response ``i`` (a copy of ``campaign`` when it is one)."""
        who, group, region, country, theme, language = self._meta[i]
        ident = self.ids[i]
        organisers: tuple[Organiser, ...] = ()
        if who or group or region or country:
            organisers = (Organiser(who or ident, group, region, country),)
        return Session(
            code=ident,
            title=who or ident,
            type=group or "response",
            theme=theme,
            language=language,
            organisers=organisers,
            location=Location(self.file(i), self.row(i)),
            responses=1,
            campaign=campaign,
        )


class SessionTable(RecordTable[Session]):
    """The sessions of a consultation's corpus: its campaigns' sessions (records), then one
    session a response outside campaigns, made from the response's columns when read."""

    __slots__ = ("_campaigns", "_head", "_positions", "_responses")

    def __init__(self, head: Sequence[Session], responses: ResponseColumns) -> None:
        self._head = tuple(head)
        self._responses = responses
        self._positions = array("q")  # the response of each session after the head
        self._campaigns: list[str | None] = []  # the campaign each of those is a copy of

    def append(self, position: int, campaign: str | None) -> None:
        """One more session: that of response ``position`` (after those appended before)."""
        if self._positions and position <= self._positions[-1]:
            raise ValueError("the sessions of responses are appended in the responses' order")
        self._positions.append(position)
        self._campaigns.append(campaign)

    def __len__(self) -> int:
        return len(self._head) + len(self._positions)

    def __iter__(self) -> Iterator[Session]:
        yield from self._head
        for k in range(len(self._positions)):
            yield self._responses.session(self._positions[k], self._campaigns[k])

    def _at(self, i: int) -> Session:
        head = len(self._head)
        if i < head:
            return self._head[i]
        k = i - head
        return self._responses.session(self._positions[k], self._campaigns[k])

    def by_code(self) -> Mapping[str, Session]:
        """The sessions by code, each made when looked up."""
        return _ByCode(self)

    def codes(self) -> Iterator[str]:
        yield from (s.code for s in self._head)
        ids = self._responses.ids
        yield from (ids[p] for p in self._positions)


class _ByCode(Mapping[str, Session]):
    """The sessions by code: a response's session found through the index of the response
    ids and the (increasing) positions of the sessions made for responses, a campaign's in a
    dictionary of the few campaign codes; no entry a session."""

    __slots__ = ("_head", "_table")

    def __init__(self, table: SessionTable) -> None:
        self._table = table
        self._head = {s.code: i for i, s in enumerate(table._head)}

    def _index(self, code: str) -> int | None:
        table = self._table
        at = table._responses.ids.find(code)
        if at is not None:
            positions = table._positions
            k = bisect_left(positions, at)
            if k < len(positions) and positions[k] == at:
                return len(table._head) + k
        return self._head.get(code)

    def __getitem__(self, code: str) -> Session:
        i = self._index(code)
        if i is None:
            raise KeyError(code)
        return self._table._at(i)

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and self._index(code) is not None

    def __iter__(self) -> Iterator[str]:
        return self._table.codes()

    def __len__(self) -> int:
        return len(self._table)


def by_code(sessions: Sequence[Session]) -> Mapping[str, Session]:
    """Sessions by code: a table's own index, or a dict of the records."""
    if isinstance(sessions, SessionTable):
        return sessions.by_code()
    return {s.code: s for s in sessions}
