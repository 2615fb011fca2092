"""Lists of comments (and campaigns) a page at a time from a key, not an offset.

A page numbered with ``OFFSET`` makes the database step over every row before it: the last
page of 130,000 comments reads them all. Here a page starts just after (or ends just before)
the row a link names: its key, the values of the list's order (the last one unique, so no
two rows tie). The database goes straight to it through the index of that order, whether the
page is the first or the thousandth. Links carry the key (``after=``, ``before=``) beside
the list's filters and search, and a row deleted or moved meanwhile does not shift the next
page: nothing is skipped or shown twice, as it would be when rows before an offset change.

A list may be made of segments shown one after the other (the answers queue: the comments
of campaigns, by campaign, then the others): each has its own order, and a key names its
segment.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.db import connection
from django.db.models import Q, QuerySet

SEP = "~"
MAX_KEY = 200


@dataclass(frozen=True)
class Segment:
    """Rows in one order: ``fields`` (a ``-`` before a name: descending), the last unique."""

    qs: QuerySet[Any]
    fields: tuple[str, ...]

    def _names(self) -> list[str]:
        return [f.lstrip("-") for f in self.fields]

    def key(self, obj: Any) -> list[Any]:
        return [getattr(obj, n) for n in self._names()]

    def ordered(self, backwards: bool = False) -> QuerySet[Any]:
        flip = {True: "", False: "-"} if backwards else {True: "-", False: ""}
        return self.qs.order_by(
            *(flip[f.startswith("-")] + n for f, n in zip(self.fields, self._names(), strict=True))
        )

    def beyond(self, values: Sequence[Any], backwards: bool = False) -> QuerySet[Any]:
        """The rows after ``values`` in this order (before them, ``backwards``)."""
        names, downs = self._names(), [f.startswith("-") for f in self.fields]
        qs = self.ordered(backwards)
        if len(set(downs)) == 1:  # one direction: a row comparison, which the index serves
            meta = self.qs.model._meta
            table = connection.ops.quote_name(meta.db_table)
            cols = [f"{table}.{connection.ops.quote_name(meta.get_field(n).column)}" for n in names]
            op = ">" if downs[0] == backwards else "<"
            marks = ", ".join(["%s"] * len(cols))
            return qs.extra(
                where=[f"({', '.join(cols)}) {op} ({marks})"],
                params=[_db_value(v) for v in values],
            )
        cond = Q()  # directions mixed: spelled out, field by field (small lists only)
        for i in reversed(range(len(names))):
            up = downs[i] == backwards
            step = Q(**{f"{names[i]}__{'gt' if up else 'lt'}": values[i]})
            cond = step if i == len(names) - 1 else step | (Q(**{names[i]: values[i]}) & cond)
        return qs.filter(cond)

    def decode(self, parts: Sequence[str]) -> list[Any] | None:
        model = self.qs.model
        if len(parts) != len(self.fields):
            return None
        try:
            return [
                model._meta.get_field(n).to_python(p)
                for n, p in zip(self._names(), parts, strict=True)
            ]
        except (ValidationError, ValueError, TypeError):
            return None


def _db_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return connection.ops.adapt_datetimefield_value(value)
    return value


def _text(value: Any) -> str:
    return value.isoformat() if isinstance(value, datetime) else str(value)


@dataclass
class KeysetPage:
    """One page: its rows, and the query (``after=...`` or ``before=...``) of the pages
    around it (empty when there is none)."""

    items: list[Any]
    previous: str = ""
    next: str = ""

    def __iter__(self) -> Iterator[Any]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __bool__(self) -> bool:
        return bool(self.items)

    @property
    def has_other_pages(self) -> bool:
        return bool(self.previous or self.next)


class Keyset:
    """A list of one or more segments, read a page at a time from a key."""

    def __init__(self, segments: Sequence[Segment], per_page: int) -> None:
        self.segments = list(segments)
        self.per_page = per_page

    def cursor(self, seg: int, obj: Any) -> str:
        values = self.segments[seg].key(obj)
        return SEP.join([str(seg), *(_text(v) for v in values)])

    def _parse(self, text: str) -> tuple[int, list[Any]] | None:
        parts = text[:MAX_KEY].split(SEP)
        if len(parts) < 2 or not parts[0].isdigit() or int(parts[0]) >= len(self.segments):
            return None
        seg = int(parts[0])
        values = self.segments[seg].decode(parts[1:])
        return None if values is None else (seg, values)

    def _read(
        self, start: tuple[int, list[Any]] | None, backwards: bool, limit: int
    ) -> list[tuple[int, Any]]:
        """Up to ``limit`` rows from ``start`` (not included; None: from the very first, or
        the very last ``backwards``), in reading order."""
        order = range(len(self.segments))
        seqs = list(reversed(order)) if backwards else list(order)
        if start is not None:
            seqs = seqs[seqs.index(start[0]) :]
        got: list[tuple[int, Any]] = []
        for k in seqs:
            seg = self.segments[k]
            if start is not None and k == start[0]:
                qs = seg.beyond(start[1], backwards)
            else:
                qs = seg.ordered(backwards)
            got += [(k, obj) for obj in qs[: limit - len(got)]]
            if len(got) >= limit:
                break
        return got

    def page(self, get: Mapping[str, Any]) -> KeysetPage:
        """The page a query asks for: ``after=KEY``, ``before=KEY``, ``last=1`` or the first.
        A key that cannot be read gives the first page."""
        n = self.per_page
        after = self._parse(str(get.get("after", ""))) if get.get("after") else None
        before = self._parse(str(get.get("before", ""))) if get.get("before") else None
        if before is not None or get.get("last"):
            rows = self._read(before, True, n + 1)
            more_before, rows = len(rows) > n, list(reversed(rows[:n]))
            more_after = (
                before is not None
                and bool(rows)
                and bool(self._read(self._key(rows[-1]), False, 1))
            )
            if not rows and before is not None:  # nothing before: the first page
                return self.page({})
        else:
            rows = self._read(after, False, n + 1)
            more_after, rows = len(rows) > n, rows[:n]
            if not rows and after is not None:  # the end was passed: the last page
                return self.page({"last": "1"})
            more_before = (
                after is not None and bool(rows) and bool(self._read(self._key(rows[0]), True, 1))
            )
        return KeysetPage(
            [obj for _k, obj in rows],
            previous=urlencode({"before": self.cursor(*rows[0])}) if more_before else "",
            next=urlencode({"after": self.cursor(*rows[-1])}) if more_after else "",
        )

    def _key(self, row: tuple[int, Any]) -> tuple[int, list[Any]]:
        return row[0], self.segments[row[0]].key(row[1])

    def cursor_at(self, position: int) -> str:
        """The key of the row at ``position`` (0: the first) counted with an offset: for
        tests and benchmarks that need a page deep in the list without following links."""
        for k, seg in enumerate(self.segments):
            size = seg.qs.count()
            if position < size:
                return self.cursor(k, seg.ordered()[position])
            position -= size
        raise IndexError(position)
