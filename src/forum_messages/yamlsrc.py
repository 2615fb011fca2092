"""YAML loading that remembers line numbers, so errors can name file, line and field."""

from __future__ import annotations

import datetime as _dt
from typing import Any

import yaml


class LineDict(dict[str, Any]):
    """A dict built from a YAML mapping; ``line`` is where it starts, ``lines[key]`` each key."""

    line: int = 0
    lines: dict[str, int]


class LineList(list[Any]):
    """A list built from a YAML sequence; ``lines[i]`` is where item i starts."""

    line: int = 0
    lines: list[int]


class _Loader(yaml.SafeLoader):
    pass


class _Budget:
    """Aliases (``*name``) may repeat a block (merge keys ``<<: *base`` are fine), but nested
    repeats multiply: a few lines can stand for billions of values. Refuse a document whose
    values outnumber its written nodes more than tenfold."""

    def __init__(self) -> None:
        self.seen: set[int] = set()
        self.open: set[int] = set()  # blocks being built: meeting one again is a loop
        self.built = 0

    def spend(self, node: yaml.Node) -> None:
        self.built += 1
        self.seen.add(id(node))
        if id(node) in self.open:
            raise _refuse(node, "an alias (*name) refers to the block it is in")
        if self.built > 10 * len(self.seen) + 10_000:
            raise _refuse(node, "aliases (*name) repeat this block too many times over")


def _refuse(node: yaml.Node, problem: str) -> yaml.YAMLError:
    return yaml.constructor.ConstructorError(
        None, None, f"{problem}: write the values out", node.start_mark
    )


def _construct(loader: yaml.SafeLoader, node: yaml.Node, budget: _Budget | None = None) -> Any:
    budget = _Budget() if budget is None else budget
    budget.spend(node)
    if isinstance(node, yaml.MappingNode | yaml.SequenceNode):
        budget.open.add(id(node))
        try:
            return _collection(loader, node, budget)
        finally:
            budget.open.discard(id(node))
    value = _scalar(loader, node)
    if isinstance(value, _dt.datetime | _dt.date):
        return value.isoformat()
    return value


def _scalar(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    """The value of a scalar; a date that does not exist (``2025-13-40``, ``2025-02-30``),
    which PyYAML fails on with a ValueError, is its text, for the reader of the field to
    judge (a title may be any text; a date field refuses it naming its line)."""
    try:
        return loader.construct_object(node, deep=True)
    except ValueError:
        if node.tag == "tag:yaml.org,2002:timestamp" and isinstance(node.value, str):
            return node.value
        raise


def _collection(loader: yaml.SafeLoader, node: yaml.Node, budget: _Budget) -> Any:
    if isinstance(node, yaml.MappingNode):
        out = LineDict()
        out.line = node.start_mark.line + 1
        out.lines = {}
        loader.flatten_mapping(node)
        for key_node, value_node in node.value:
            key = _scalar(loader, key_node)
            key = str(key)
            out[key] = _construct(loader, value_node, budget)
            out.lines[key] = key_node.start_mark.line + 1
        return out
    if isinstance(node, yaml.SequenceNode):
        seq = LineList()
        seq.line = node.start_mark.line + 1
        seq.lines = []
        for item in node.value:
            seq.append(_construct(loader, item, budget))
            seq.lines.append(item.start_mark.line + 1)
        return seq
    raise TypeError(f"not a collection: {node!r}")


def load_yaml(text: str) -> Any:
    """Parse one YAML document; mappings become LineDict, sequences LineList.

    Raises ``yaml.YAMLError`` (with a ``problem_mark``) on malformed text; a character YAML
    refuses (a control character written as such) is marked on its own line too.
    """
    try:
        loader = _Loader(text)
    except yaml.reader.ReaderError as exc:  # PyYAML marks it by its place in the text alone
        raise refused_character(exc, text) from None
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        return _construct(loader, node)
    except RecursionError:
        raise yaml.YAMLError(
            "nested too deeply, or a merge (<<: *name) that includes itself"
        ) from None
    finally:
        loader.dispose()


def refused_character(exc: yaml.reader.ReaderError, text: str) -> yaml.MarkedYAMLError:
    """A refused character's error (PyYAML marks it by its place in ``text`` alone) with the
    line and column it is on."""
    at = min(max(exc.position, 0), len(text))
    line = text.count("\n", 0, at)
    column = at - (text.rfind("\n", 0, at) + 1)
    mark = yaml.Mark("<text>", at, line, column, None, 0)  # no buffer: no snippet
    return yaml.MarkedYAMLError(problem=str(exc).split("\n")[0], problem_mark=mark)


#: libyaml's safe loader when PyYAML has it (the same data, ten times faster), else PyYAML's.
_FAST = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_bundled(text: str) -> Any:
    """One YAML document shipped with the package (no line numbers kept: its errors are
    ours, found by the tests), read by libyaml when there is one: plain dicts and lists,
    dates as ISO text as ``load_yaml`` gives them."""
    return _iso_dates(yaml.load(text, Loader=_FAST))  # a safe loader


def _iso_dates(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _iso_dates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_iso_dates(v) for v in value]
    if isinstance(value, _dt.datetime | _dt.date):
        return value.isoformat()
    return value


def line_of(container: Any, key: str | int | None = None) -> int:
    """Best-known line of ``container[key]`` (or of the container itself)."""
    if key is not None:
        lines = getattr(container, "lines", None)
        if isinstance(lines, dict) and key in lines:
            return int(lines[key])
        if isinstance(lines, list) and isinstance(key, int) and 0 <= key < len(lines):
            return int(lines[key])
    return int(getattr(container, "line", 0))
