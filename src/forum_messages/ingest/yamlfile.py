"""YAML reports: the same shapes as JSON (a list, one record, or sessions/nri_reports)."""

from __future__ import annotations

import re
from typing import Any

import yaml

from forum_messages.ingest.base import RawRecord, Sink, SourceProblem
from forum_messages.ingest.records import records_from_document
from forum_messages.yamlsrc import load_yaml

#: Alias expansion ("billion laughs") guard: the most nodes a document may expand to.
MAX_NODES = 2_000_000


def read(text: str, file: str, sink: Sink) -> list[RawRecord]:
    try:
        data = parse(text)
    except SourceProblem as exc:
        sink.error(file, exc.line, exc.field, exc.message)
        return []
    return records_from_document(data, file, sink)


def parse(text: str) -> Any:
    """Parse YAML into LineDict/LineList; raise SourceProblem with the line of a syntax error."""
    try:
        if ("&" in text and "*" in text) or " #" in text:
            _check(text)
        return load_yaml(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).split("\n")[0]
        if "another document" in problem:
            problem += " (one YAML document a file: list the reports instead of using '---')"
        raise SourceProblem(mark.line + 1 if mark else 1, f"not valid YAML: {problem}") from exc
    except RecursionError as exc:
        raise SourceProblem(1, "not usable YAML: nested too deeply") from exc


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
