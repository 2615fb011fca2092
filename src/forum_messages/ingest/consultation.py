"""Consultation exports: one row a response, several free-text answer columns.

CSV/TSV (read a row at a time with the csv module), JSON Lines (a line at a time) and XLSX
(openpyxl in read-only mode, a row at a time): no file is ever held whole in memory. Which
column holds what comes from a :class:`ColumnMap`, written on the command line as
``id=ResponseID,text=Q1,Q2,group=RespondentType`` or in the edition file under
``consultation:``. Bad rows (no id, an id used twice, an answer too long, a row that cannot
be read) become :class:`Reject` records; the rest become :class:`Response` records.
"""

from __future__ import annotations

import csv
from collections import deque
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from forum_messages.errors import InputError
from forum_messages.ingest.base import SourceProblem
from forum_messages.ingest.csvfile import (
    RowStarts,
    csv_problem,
    header_name,
    open_quote,
    sniff,
    unclosed_quote,
)
from forum_messages.ingest.fields import MAX_CODE_CHARS, MAX_STATEMENT_CHARS
from forum_messages.ingest.text import (
    check_utf8,
    clean_text,
    decode_lines,
    without_surrogates,
)
from forum_messages.limits import JsonTooDeep, file_size, load_json, xlsx_problem

#: Single-value roles a column may play, besides ``id`` and the answer columns (``text``).
ROLES = ("group", "organisation", "region", "country", "language", "theme")
EXTENSIONS = (".csv", ".tsv", ".jsonl", ".ndjson", ".xlsx")


@dataclass(frozen=True)
class ColumnMap:
    id: str
    texts: tuple[str, ...]
    roles: Mapping[str, str]  # role -> column


@dataclass(frozen=True)
class Response:
    id: str
    answers: tuple[tuple[str, str], ...]  # (answer column, text), empty answers left out
    meta: Mapping[str, str]  # role -> value (group, organisation, region ...)
    file: str
    row: int


@dataclass(frozen=True)
class Reject:
    file: str
    row: int
    field: str
    reason: str
    id: str = ""

    def as_dict(self) -> dict[str, object]:
        return {
            "file": self.file,
            "row": self.row,
            "field": self.field,
            "reason": self.reason,
            "id": self.id,
        }


def parse_columns(spec: str) -> ColumnMap:
    """``id=ResponseID,text=Q1,Q2,group=RespondentType``: a name without ``role=`` is one
    more answer column (after ``text=``)."""
    pairs: dict[str, object] = {}
    texts: list[str] = []
    last = ""
    for part in (p.strip() for p in spec.split(",")):
        if not part:
            continue
        role, eq, column = part.partition("=")
        if not eq:
            if last != "text":
                raise InputError(
                    f"--columns: '{part}' has no role; write role=Column "
                    f"(roles: id, text, {', '.join(ROLES)})"
                )
            texts.append(part)
            continue
        last = role.strip().casefold()
        if last == "text":
            texts.append(column.strip())
        else:
            pairs[last] = column.strip()
    pairs["text"] = texts
    return column_map(pairs, "--columns")


def column_map(data: Mapping[str, object], where: str) -> ColumnMap:
    """The map from a mapping (role -> column; ``text`` -> a column or a list of them)."""
    unknown = sorted(set(data) - {"id", "text", *ROLES})
    if unknown:
        raise InputError(
            f"{where}: unknown role '{unknown[0]}' (roles: id, text, {', '.join(ROLES)})"
        )
    ident = data.get("id")
    raw_texts = data.get("text")
    texts = [raw_texts] if isinstance(raw_texts, str) else list(raw_texts or [])  # type: ignore[call-overload]
    if not isinstance(ident, str) or not ident:
        raise InputError(f"{where}: name the response id column (id=Column)")
    if not texts or not all(isinstance(t, str) and t for t in texts):
        raise InputError(f"{where}: name at least one answer column (text=Column)")
    roles = {r: str(data[r]) for r in ROLES if data.get(r)}
    return ColumnMap(ident, tuple(texts), roles)


def read_responses(path: Path, columns: ColumnMap) -> Iterator[Response | Reject]:
    """Responses and rejects of one export, in row order, read a row at a time."""
    file = str(path)
    suffix = path.suffix.lower()
    try:
        file_size(path)
        if suffix == ".xlsx":
            rows = _xlsx_rows(path)
        elif suffix in (".jsonl", ".ndjson"):
            rows = _jsonl_rows(path)
        elif suffix in (".csv", ".tsv"):
            rows = _csv_rows(path, columns)
        else:
            yield Reject(
                file, 0, "", f"unsupported file type '{suffix}': use one of {', '.join(EXTENSIONS)}"
            )
            return
        yield from _responses(rows, columns, file)
    except SourceProblem as exc:
        yield Reject(file, exc.line, exc.field, exc.message)
    except OSError as exc:
        yield Reject(file, 0, "", f"cannot read the file: {exc.strerror or exc}")


class Unreadable(NamedTuple):
    """A row that cannot be read: the column the problem is in (when known) and why."""

    field: str
    reason: str
    id: str = ""  # the response's id, when it can be read


Row = tuple[int, dict[str, str] | str | Unreadable]  # (row number, cells, or why unreadable)


def _responses(rows: Iterator[Row], columns: ColumnMap, file: str) -> Iterator[Response | Reject]:
    seen: dict[str, int] = {}
    checked = False
    for number, cells in rows:
        if isinstance(cells, str):
            yield Reject(file, number, "", cells)
            continue
        if isinstance(cells, Unreadable):
            yield Reject(file, number, cells.field, cells.reason, cells.id)
            continue
        if not checked:
            columns = _resolve(cells, columns)
            _check_columns(cells, columns)
            checked = True
        if not any(v.strip() for v in cells.values()):
            continue
        ident = cells.get(columns.id, "").strip()
        if not ident:
            yield Reject(file, number, columns.id, "the response has no id")
            continue
        if len(ident) > MAX_CODE_CHARS:
            yield Reject(file, number, columns.id, f"the id is over {MAX_CODE_CHARS} characters")
            continue
        if ident in seen:
            yield Reject(
                file, number, columns.id, f"id '{ident}' already used on row {seen[ident]}", ident
            )
            continue
        seen[ident] = number
        answers = [(c, clean_text(cells.get(c, ""))) for c in columns.texts]
        long = next((c for c, t in answers if len(t) > MAX_STATEMENT_CHARS), None)
        if long is not None:
            yield Reject(
                file, number, long, f"the answer is over {MAX_STATEMENT_CHARS} characters", ident
            )
            continue
        meta = {r: cells.get(c, "").strip() for r, c in columns.roles.items()}
        yield Response(
            ident,
            tuple((c, t) for c, t in answers if t),
            {k: v for k, v in meta.items() if v},
            file,
            number,
        )


def _check_columns(cells: Mapping[str, str], columns: ColumnMap) -> None:
    """Refuse the file (a problem on its header, row 1) when a mapped column is missing."""
    wanted = [columns.id, *columns.texts, *columns.roles.values()]
    missing = [c for c in wanted if c not in cells]
    if missing:
        have = ", ".join(list(cells)[:12])
        raise SourceProblem(1, f"no column '{missing[0]}' (the file has: {have})", missing[0])


def _resolve(cells: Mapping[str, str], columns: ColumnMap) -> ColumnMap:
    """The map with each column named as the file spells it (matched ignoring case, spaces
    and punctuation)."""
    actual = {header_name(k): k for k in cells}

    def name(c: str) -> str:
        return actual.get(header_name(c), c)

    return ColumnMap(
        name(columns.id),
        tuple(name(c) for c in columns.texts),
        {r: name(c) for r, c in columns.roles.items()},
    )


def _csv_rows(path: Path, columns: ColumnMap) -> Iterator[Row]:
    with path.open("rb") as fh:
        check_utf8(fh)  # refused whole, not read up to a bad byte and no further
        numbered = decode_lines(fh)
        first = next(numbered, None)
        if first is None:
            return
        delimiter = sniff(first[1], str(path))
        pending: deque[tuple[int, str]] = deque([first])  # lines to be read (again)
        taken: list[tuple[int, str]] = []  # the lines of the row being read

        def lines() -> Iterator[str]:
            while True:
                item = pending.popleft() if pending else next(numbered, None)
                if item is None:
                    return
                taken.append(item)
                yield item[1] + "\n"

        def unclosed(header: list[str], starts: RowStarts) -> Row:
            """The row that a quote left open took in the lines after it: one reject naming
            the line and column where it opened; reading goes on from the next line that
            looks like a row (put back to be read again)."""
            number, line = taken[0]
            cell = open_quote(line, delimiter)
            field = header[cell] if cell is not None and cell < len(header) else ""
            ident = ""
            if cell is not None and cell > starts.key >= 0:  # its id is whole: learn its shape
                cells = next(csv.reader([line], delimiter=delimiter))
                starts.saw(cells)
                ident = cells[starts.key].strip()[:MAX_CODE_CHARS]
            again = next((i for i in range(1, len(taken)) if starts.starts_row(taken[i][1])), 0)
            if again:
                pending.extendleft(reversed(taken[again:]))
                return number, Unreadable(
                    field, unclosed_quote(field, number, taken[again][0], 0), ident
                )
            last = taken[-1][0]
            while (item := pending.popleft() if pending else next(numbered, None)) is not None:
                if starts.starts_row(item[1]):
                    pending.appendleft(item)
                    return number, Unreadable(
                        field, unclosed_quote(field, number, item[0], 0), ident
                    )
                last = item[0]
            return number, Unreadable(field, unclosed_quote(field, number, None, last), ident)

        reader = csv.reader(lines(), delimiter=delimiter, strict=True)
        header: list[str] | None = None
        starts = RowStarts(delimiter, 0, -1)
        while True:
            taken.clear()
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                if header is None or len(taken) < 2:
                    yield (taken[0][0] if taken else 1), csv_problem(exc)
                    continue
                yield unclosed(header, starts)
                reader = csv.reader(lines(), delimiter=delimiter, strict=True)
                continue
            number = taken[0][0]
            if not row:  # a blank line (before the header too): no row, no header
                continue
            if header is None:
                header = [h.strip() for h in row]
                key = header_name(columns.id)
                starts = RowStarts(
                    delimiter,
                    len(header),
                    next((i for i, h in enumerate(header) if header_name(h) == key), -1),
                )
                continue
            starts.saw(row)  # the shape of its own id, the first row's too
            if len(taken) > 1 and any(starts.starts_row(line) for _, line in taken[1:]):
                yield unclosed(header, starts)
                reader = csv.reader(lines(), delimiter=delimiter, strict=True)
                continue
            if len(row) > len(header) and any(c.strip() for c in row[len(header) :]):
                yield number, f"the row has {len(row)} cells but the header has {len(header)}"
                continue
            yield number, dict(zip(header, row, strict=False))


def _jsonl_rows(path: Path) -> Iterator[Row]:
    with path.open("rb") as fh:
        check_utf8(fh)
        for number, line in decode_lines(fh):
            if not line.strip():
                continue
            try:
                data: Any = load_json(line)  # a nesting limit: no RecursionError
            except JsonTooDeep as exc:
                yield number, f"not usable JSON: {exc}"
                continue
            except ValueError as exc:
                yield number, f"not valid JSON: {exc}"
                continue
            if not isinstance(data, dict):
                yield number, "the line is not a JSON object"
                continue
            yield (
                number,
                {without_surrogates(str(k)): without_surrogates(_cell(v)) for k, v in data.items()},
            )


def _xlsx_rows(path: Path) -> Iterator[Row]:
    import openpyxl

    unsafe = xlsx_problem(path)
    if unsafe is not None:
        raise SourceProblem(0, f"{unsafe}; the workbook is refused as unsafe to open")
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise SourceProblem(0, f"not a readable XLSX workbook ({type(exc).__name__})") from exc
    try:
        sheet = book.worksheets[0]
        first = next(sheet.iter_rows(max_row=1, values_only=True), None)
        if first is None:
            return
        header = [_cell(v) for v in first]
        while header and not header[-1].strip():
            header.pop()  # a cell far to the right made every row as wide (XFD: 16,384)
        rows = sheet.iter_rows(min_row=2, max_col=max(len(header), 1), values_only=True)
        for number, values in enumerate(rows, start=2):
            yield number, dict(zip(header, (_cell(v) for v in values), strict=False))
    finally:
        book.close()


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
