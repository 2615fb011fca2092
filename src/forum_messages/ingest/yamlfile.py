"""YAML reports: the same shapes as JSON (a list, one record, or sessions/nri_reports)."""

from __future__ import annotations

import re
from typing import Any

import yaml

from forum_messages.ingest.base import RawRecord, Sink, SourceProblem
from forum_messages.ingest.fields import MAX_STATEMENT_CHARS
from forum_messages.ingest.records import records_from_document
from forum_messages.yamlsrc import load_yaml, refused_character

#: Alias expansion ("billion laughs") guard: the most nodes a document may expand to.
MAX_NODES = 2_000_000
#: The longest line of a YAML report, and the most characters of one, checked before it is
#: parsed (PyYAML's scanner, which gives the line numbers, takes about a second a megabyte,
#: and far longer on one long plain value). The longest line of the shipped reports is under
#: 1,000 characters; a flow list of 200 statements of the longest kind (5,000 characters)
#: fits on one line; a forum's every report fits in a few megabytes.
MAX_LINE_CHARS = 1_000_000
MAX_CHARS = 20_000_000
_JSONL = "save the reports as JSON Lines (.jsonl), which are read a line at a time"


def read(text: str, file: str, sink: Sink) -> list[RawRecord]:
    try:
        data = parse(text)
    except SourceProblem as exc:
        sink.error(file, exc.line, exc.field, exc.message)
        return []
    return records_from_document(data, file, sink)


def parse(text: str) -> Any:
    """Parse YAML into LineDict/LineList; raise SourceProblem with the line of a syntax error."""
    check_size(text)
    try:
        if ("&" in text and "*" in text) or " #" in text:
            _check(text)
        return load_yaml(text)
    except yaml.reader.ReaderError as exc:  # a character YAML refuses, marked on its line
        marked = refused_character(exc, text)
        line = marked.problem_mark.line + 1 if marked.problem_mark else 1
        raise SourceProblem(line, f"not valid YAML: {marked.problem}") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).split("\n")[0]
        if "another document" in problem:
            problem += " (one YAML document a file: list the reports instead of using '---')"
        raise SourceProblem(mark.line + 1 if mark else 1, f"not valid YAML: {problem}") from exc
    except RecursionError as exc:
        raise SourceProblem(1, "not usable YAML: nested too deeply") from exc


def check_size(text: str) -> None:
    """Refuse, before parsing, a text over :data:`MAX_CHARS` or with a line over
    :data:`MAX_LINE_CHARS` (raise SourceProblem naming the line)."""
    if len(text) > MAX_LINE_CHARS:
        _check_lines(text)
    if len(text) > MAX_CHARS:
        raise SourceProblem(
            0,
            f"the YAML text is {len(text):,} characters long; a YAML report file may hold at "
            f"most {MAX_CHARS:,}: split it into several files, or {_JSONL}",
        )


def _check_lines(text: str) -> None:
    start, number = 0, 1
    while True:
        end = text.find("\n", start)
        stop = len(text) if end < 0 else end
        if stop - start > MAX_LINE_CHARS:
            raise SourceProblem(
                number,
                f"the line is {stop - start:,} characters long; a line of a YAML report may "
                f"be at most {MAX_LINE_CHARS:,} (a statement at most {MAX_STATEMENT_CHARS:,}): "
                f"write one statement a line, or {_JSONL}",
            )
        if end < 0:
            return
        start, number = end + 1, number + 1


def _check(text: str) -> None:
    """Refuse documents whose aliases expand to huge or endless structures, and unquoted
    values cut short by a comment (``session: WS #12`` reads as ``WS``)."""
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    lines = text.split("\n")
    sizes: dict[int, int] = {}
    active: set[int] = set()

    def size(n: yaml.Node, key: str = "") -> int:
        if id(n) in sizes:
            return sizes[id(n)]
        if id(n) in active:
            raise SourceProblem(n.start_mark.line + 1, "not usable YAML: an alias refers to itself")
        active.add(id(n))
        total = 1
        if isinstance(n, yaml.ScalarNode) and n.style is None:
            _check_cut(n, lines, key)
        elif isinstance(n, yaml.SequenceNode):
            total += sum(size(child, key) for child in n.value)
        elif isinstance(n, yaml.MappingNode):
            total += sum(size(k) + size(v, str(k.value)) for k, v in n.value)
        active.discard(id(n))
        sizes[id(n)] = total
        if total > MAX_NODES:
            raise SourceProblem(
                n.start_mark.line + 1, "not usable YAML: aliases expand to too many values"
            )
        return total

    if node is not None:
        size(node)


_CUT = re.compile(r"^[ \t]+#\d")


def _check_cut(node: yaml.ScalarNode, lines: list[str], key: str) -> None:
    end = node.end_mark
    rest = lines[end.line][end.column :] if end.line < len(lines) else ""
    if node.value and _CUT.match(rest):
        full = node.value + rest.rstrip()
        raise SourceProblem(
            end.line + 1,
            f"YAML reads ' #' as the start of a comment, so this value is cut to "
            f"'{node.value}': put it in quotes, e.g. \"{full.strip()}\"",
            key,
        )
