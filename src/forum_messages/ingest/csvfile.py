"""CSV/TSV reports: a header row, then one row a report (session or NRI).

Columns (header names are matched case-insensitively; spaces and hyphens count as '_'):

- ``session`` or ``nri``, ``title``, ``type``, ``theme``, ``language``; NRI rows: ``kind``,
  ``country``, ``region``.
- organisers: one ``organisers`` cell, one organiser a line (or separated by ';'), each
  ``Name | Stakeholder group | Region | Country`` (trailing parts may be left out); or numbered
  columns ``organiser_1_name``, ``organiser_1_stakeholder_group``, ``organiser_1_region``,
  ``organiser_1_country``, ``organiser_2_name`` ...
- statements: multi-line cells ``key_takeaways``, ``calls_to_action``, ``messages`` (one statement
  a line; or items starting with '- ', '* ', '• ', '– ', continuation lines joined); or numbered
  columns ``key_takeaway_1``, ``call_to_action_1``, ``message_1`` ... (empty cells ignored).

The delimiter is ',' ';' or tab, whichever the header line uses most (.tsv: tab).
"""

from __future__ import annotations

import csv
import io
import re
from typing import Any

from forum_messages.ingest.base import EMPTY, RawRecord, Sink
from forum_messages.ingest.fields import (
    KNOWN_FIELDS,
    MAX_STATEMENT_CHARS,
    ORGANISER_FIELDS,
    canonical_key,
    suggest,
)
from forum_messages.yamlsrc import LineDict, LineList

_NUMBERED_STATEMENT = re.compile(
    r"^(key_takeaways?|calls?_to_actions?|messages?|nri_messages?)_?(\d{1,3})$"
)
_NUMBERED_ORGANISER = re.compile(
    r"^organi[sz]ers?_?(\d{1,3})_(name|stakeholder_group|region|regional_group|country)$"
)
_MARKER = re.compile(r"^\s*[-*•–]\s+")
_PLAIN = set(KNOWN_FIELDS) - {"organisers", "key_takeaways", "calls_to_action", "messages"}
_LIST_FIELDS = ("key_takeaways", "calls_to_action", "messages")


def _statement_field(stem: str) -> str:
    if stem.startswith("key"):
        return "key_takeaways"
    if stem.startswith("call"):
        return "calls_to_action"
    return "messages"


def header_name(cell: str) -> str:
    return canonical_key(re.sub(r"[^\w]+", "_", cell.strip()).strip("_"))


def csv_problem(exc: csv.Error) -> str:
    """What a csv module error on a row means to the person who made the file."""
    if "field larger than field limit" in str(exc):
        return (
            f"a cell of more than {csv.field_size_limit():,} characters starts on this row "
            f"(a statement may be at most {MAX_STATEMENT_CHARS:,}); if it should not, a quote "
            "on this row is not closed"
        )
    return f"not valid CSV: {exc} (check the quotes on this row)"


def open_quote(line: str, delimiter: str) -> int | None:
    """The index of the cell whose quote is still open at the end of ``line`` (read on its
    own), or None when every quote on it is closed."""
    cell, quoted, start = 0, False, True
    i = 0
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"':
                if line[i + 1 : i + 2] == '"':
                    i += 1
                else:
                    quoted = False
        elif ch == delimiter:
            cell, start = cell + 1, True
            i += 1
            continue
        elif ch == '"' and start:
            quoted = True
        start = False
        i += 1
    return cell if quoted else None


def id_shape(value: str) -> str:
    """What an id looks like: letters as 'a', digits as '9', runs collapsed (``R-0012`` and
    ``r-7`` are both ``a-9``), so a line of an answer is not taken for a row by chance."""
    shape = re.sub(r"[^\W\d_]+", "a", value.strip().casefold())
    return re.sub(r"\d+", "9", shape)


class RowStarts:
    """Tells whether a line, read on its own, looks like a whole row of the file: every
    quote on it closed, as many cells as the header (or more, all empty), and in the key
    column (the response id or session code) a value shaped like the keys met so far."""

    def __init__(self, delimiter: str, width: int, key: int) -> None:
        self.delimiter, self.width, self.key = delimiter, width, key
        self.shapes: set[str] = set()
        self.seen = 0

    def saw(self, row: list[str]) -> None:
        """Learn the shape of a row's key (from the first 500 rows: enough to know them)."""
        if self.seen < 500 and 0 <= self.key < len(row) and row[self.key].strip():
            self.seen += 1
            self.shapes.add(id_shape(row[self.key]))

    def starts_row(self, line: str) -> bool:
        if self.key < 0 or line.count(self.delimiter) < self.width - 1:
            return False  # too few cells: the usual line of a cell over several lines
        if '"' in line and open_quote(line, self.delimiter) is not None:
            return False
        try:
            cells = next(csv.reader([line], delimiter=self.delimiter, strict=True), [])
        except csv.Error:
            return False
        if len(cells) < self.width or any(c.strip() for c in cells[self.width :]):
            return False
        key = cells[self.key].strip()
        return bool(key) and len(key) <= 200 and (not self.shapes or id_shape(key) in self.shapes)


def unclosed_quote(field: str, first: int, resume: int | None, last: int) -> str:
    """The problem of a quote opened in ``field`` on line ``first`` that is not closed: the
    lines up to ``resume`` (the next line that looks like a row; None: none to the end of
    the file, ``last``) are set aside."""
    column = f" in column '{field}'" if field else ""
    if resume is None:
        return (
            f"the quote opened{column} on this line is not closed: the cell runs to the end "
            f"of the file; lines {first}-{last} are set aside (no line after it looks like a "
            'row); close the quote (a quote inside a cell is written "")'
        )
    setaside = f"line {first} is" if resume == first + 1 else f"lines {first}-{resume - 1} are"
    return (
        f"the quote opened{column} on this line is not closed (the cell runs on over the "
        f"lines after it); {setaside} set aside and reading goes on at line {resume}, the "
        'next line that looks like a row; close the quote (a quote inside a cell is written "")'
    )


def sniff(text: str, file: str) -> str:
    """The delimiter used most in the header line (outside quotes); ',' when in doubt."""
    if file.lower().endswith(".tsv"):
        return "\t"
    header = text.split("\n", 1)[0]
    unquoted = re.sub(r'"[^"]*"', "", header)
    counts = {d: unquoted.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def split_items(cell: str) -> list[str]:
    """Statements of a multi-line cell: one a line, or marker items with continuations."""
    lines = [line for line in cell.split("\n") if line.strip()]
    if not any(_MARKER.match(line) for line in lines):
        return [line.strip() for line in lines]
    items: list[str] = []
    current: list[str] | None = None
    for line in lines:
        if _MARKER.match(line):
            current = [_MARKER.sub("", line, count=1)]
            items.append("")
        elif current is None:
            current = [line]
            items.append("")
        else:
            current.append(line)
        items[-1] = " ".join(part.strip() for part in current)
    return items


def split_organisers(cell: str) -> list[list[str]]:
    """``Name | group | region | country`` entries, one a line or separated by ';'."""
    entries = [e for e in re.split(r"[;\n]", cell) if e.strip()]
    return [[part.strip() for part in _MARKER.sub("", e).split("|")] for e in entries]


#: Most columns in a report file's header (its fields, numbered statements and organisers
#: come to a few dozen): a header of a million columns took minutes to check.
MAX_COLUMNS = 10_000
#: Unknown columns warned of one by one; the others in one warning (a header of a million
#: columns printed a million lines, for minutes).
_UNKNOWN_NAMED = 20


class _Columns:
    """What each header column feeds."""

    def __init__(self, header: list[str], file: str, sink: Sink):
        self.plain: dict[int, str] = {}
        self.lists: dict[int, str] = {}
        self.numbered: dict[int, tuple[str, int]] = {}
        self.organiser: dict[int, tuple[int, str]] = {}
        self.ignored: set[int] = set()
        self.unnamed: set[int] = set()
        self.unknown: list[str] = []
        self.headers = [cell.strip() or f"column {i + 1}" for i, cell in enumerate(header)]
        seen: dict[str, str] = {}
        for i, cell in enumerate(header):
            name = header_name(cell)
            shown = self.headers[i]
            if name in seen:
                sink.error(file, 1, shown, f"column given twice (also as '{seen[name]}')")
                continue
            seen[name] = cell.strip()
            if name in _PLAIN:
                self.plain[i] = name
            elif name in _LIST_FIELDS or name == "organisers":
                self.lists[i] = name
            elif m := _NUMBERED_STATEMENT.match(name):
                self.numbered[i] = (_statement_field(m.group(1)), int(m.group(2)))
            elif m := _NUMBERED_ORGANISER.match(name):
                sub = "region" if m.group(2) == "regional_group" else m.group(2)
                self.organiser[i] = (int(m.group(1)), sub)
            elif not name:
                self.unnamed.add(i)  # data under an empty header is reported per row
            elif guess := suggest(name, KNOWN_FIELDS):
                sink.error(file, 1, shown, f"unknown column '{shown}'; did you mean '{guess}'?")
                self.ignored.add(i)
            else:
                if len(self.unknown) < _UNKNOWN_NAMED:
                    sink.warn(file, 1, shown, "unknown column; ignored")
                self.unknown.append(shown)
                self.ignored.add(i)
        if len(self.unknown) > _UNKNOWN_NAMED:
            more = self.unknown[_UNKNOWN_NAMED:]
            sink.warn(
                file,
                1,
                "",
                f"{len(more):,} more unknown columns ('{more[0]}' to '{more[-1]}'); ignored",
            )
        if "session" not in seen and "nri" not in seen:
            sink.error(
                file,
                1,
                "",
                "the header row needs a 'session' column (or 'nri' for NRI "
                "reports); the first row of a CSV file must name the columns",
            )


def read(text: str, file: str, sink: Sink) -> list[RawRecord]:
    end = 0
    excel = re.match(r"sep=(.)\n", text)  # Excel's "sep=;" first line names the delimiter
    if excel:
        delimiter, text, end = excel.group(1), text[excel.end() :], 1
    else:
        delimiter = sniff(text, file)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[int, list[str]]] = []
    ends: list[int] = []  # the last line of each row
    shift = 1 if excel else 0
    try:
        for row in reader:
            rows.append((end + 1, row))
            end = reader.line_num + shift
            ends.append(end)
    except csv.Error as exc:
        last = reader.line_num + shift
        if last > end + 1 and rows:
            column = _quoted_column(text, end + 1 - shift, delimiter, rows[0][1])
            sink.error(file, end + 1, column, _runs_on(end + 1, last))
        else:
            sink.error(file, end + 1, "", csv_problem(exc))
        return []
    if not rows:
        sink.warn(file, 0, "", EMPTY)
        return []
    header = rows[0][1]
    if len(header) > MAX_COLUMNS:
        sink.error(
            file,
            1,
            "",
            f"the header row has {len(header):,} columns; a report file may have at most "
            f"{MAX_COLUMNS:,} (is this a report file, and is its delimiter right?)",
        )
        return []
    errors = len(sink.errors)
    columns = _Columns(header, file, sink)
    if len(sink.errors) > errors:
        return []
    if _swallowed(text, rows, ends, shift, delimiter, file, sink):
        return []
    out: list[RawRecord] = []
    for line, row in rows[1:]:
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header) and any(c.strip() for c in row[len(header) :]):
            sink.error(
                file,
                line,
                "",
                f"the row has {len(row)} cells but the header has "
                f"{len(header)} columns (quote cells that contain the delimiter)",
            )
            continue
        record = _record(row, line, columns, file, sink)
        if record is not None:
            out.append(record)
    return out


def _runs_on(first: int, last: int) -> str:
    return (
        f"the quote opened on this line is not closed (the cell runs on to line {last}); "
        'close the quote (a quote inside a cell is written ""); nothing of the file is read'
    )


def _quoted_column(text: str, line: int, delimiter: str, header: list[str]) -> str:
    """The header name of the cell whose quote is left open on ``line`` of ``text``."""
    lines = text.split("\n", line)
    cell = open_quote(lines[line - 1], delimiter) if line <= len(lines) else None
    return header[cell].strip() if cell is not None and cell < len(header) else ""


def _swallowed(
    text: str,
    rows: list[tuple[int, list[str]]],
    ends: list[int],
    shift: int,
    delimiter: str,
    file: str,
    sink: Sink,
) -> bool:
    """Report a row whose quoted cell takes in lines that look like rows of their own (a
    quote left open that a quote further down closed): those reports would be read as
    statements of this one."""
    header = rows[0][1]
    keys = [i for i, h in enumerate(header) if header_name(h) in ("session", "nri")]
    starts = RowStarts(delimiter, len(header), keys[0] if keys else -1)
    lines: list[str] | None = None
    for (first, row), last in zip(rows[1:], ends[1:], strict=True):
        starts.saw(row)  # the shape of its own code, the first row's too
        if last > first:
            lines = text.split("\n") if lines is None else lines
            inside = [
                n for n in range(first + 1, last + 1) if starts.starts_row(lines[n - 1 - shift])
            ]
            if inside:
                column = _quoted_column(text, first - shift, delimiter, header)
                sink.error(
                    file,
                    first,
                    column,
                    f"the quote opened on this line is not closed: the cell runs on to line "
                    f"{last} and takes in line {inside[0]}, which looks like a row of its own; "
                    'close the quote (a quote inside a cell is written "")',
                )
                return True
    return False


def _record(row: list[str], line: int, cols: _Columns, file: str, sink: Sink) -> RawRecord | None:
    data = LineDict()
    data.line, data.lines = line, {}
    names: dict[str, str] = {}
    numbered: dict[str, list[tuple[int, str, str]]] = {}
    organisers: dict[int, dict[str, str]] = {}
    organiser_cols: dict[int, dict[str, str]] = {}
    cell_organisers: list[dict[str, str]] = []
    for i, raw in enumerate(row):
        if not raw.strip() or i in cols.ignored:
            continue
        if i in cols.unnamed:
            sink.error(file, line, cols.headers[i], "this cell has no column name in the header")
            return None
        if i in cols.plain:
            data[cols.plain[i]] = raw
        elif cols.lists.get(i) == "organisers":
            for parts in split_organisers(raw):
                if len(parts) > 4:
                    sink.error(
                        file,
                        line,
                        "organisers",
                        f"'{' | '.join(parts)}' has more than "
                        "4 parts: write 'Name | Stakeholder group | Region | Country'",
                    )
                    return None
                cell_organisers.append(dict(zip(ORGANISER_FIELDS, parts, strict=False)))
        elif i in cols.lists:
            data[cols.lists[i]] = _list(split_items(raw), line)
        elif i in cols.numbered:
            field, number = cols.numbered[i]
            numbered.setdefault(field, []).append((number, raw, cols.headers[i]))
        elif i in cols.organiser:
            number, sub = cols.organiser[i]
            organisers.setdefault(number, {})[sub] = raw
            organiser_cols.setdefault(number, {})[sub] = cols.headers[i]
    for field, items in numbered.items():
        target = data.setdefault(field, _list([], line))
        for _number, raw, column in sorted(items):
            names[f"{field}.{len(target)}"] = column
            target.append(raw)
            target.lines.append(line)
    all_organisers: list[dict[str, Any]] = [o for o in cell_organisers if any(o.values())]
    for number in sorted(organisers):
        for sub, column in organiser_cols[number].items():
            names[f"organisers.{len(all_organisers)}.{sub}"] = column
        all_organisers.append(organisers[number])
    if all_organisers:
        data["organisers"] = _list(all_organisers, line)
    for key in data:
        data.lines[key] = line
    return RawRecord(data, file, line, names)


def _list(items: list[Any], line: int) -> LineList:
    out = LineList(items)
    out.line, out.lines = line, [line] * len(items)
    return out
