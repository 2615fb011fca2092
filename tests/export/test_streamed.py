"""The text formats are written in pieces as they are made: a message's sources (HTML), a
message's lines (Markdown) and a theme's messages and their sources (JSON) are made when the
writer reaches them, so a consultation draft whose messages rest on hundreds of thousands of
statements is never held whole, and the pieces give the same text as before."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from forum_messages.export import html, jsondoc, markdown, write_outputs
from forum_messages.export.jsondoc import LazyList, _data, iter_json
from forum_messages.export.jsontext import iter_indented
from forum_messages.model import Draft

STANDARD = json.JSONEncoder(ensure_ascii=False, indent=2, sort_keys=True, allow_nan=False)


def _counting(
    monkeypatch: pytest.MonkeyPatch, module: Any, name: str
) -> list[int]:  # calls of ``module.name`` so far, one item a call
    calls: list[int] = []
    real: Callable[..., Any] = getattr(module, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def _until(pieces: Iterator[str], mark: str) -> str:
    """The pieces up to and including the first that holds ``mark``."""
    text = ""
    for piece in pieces:
        text += piece
        if mark in piece:
            return text
    raise AssertionError(f"{mark!r} never written")


def test_html_makes_each_source_as_it_is_written(
    draft: Draft, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = _counting(monkeypatch, html, "_source")
    pieces = html.iter_html(draft)
    _until(pieces, "<blockquote")
    assert len(made) == 1  # the first source only, not its message's other sources
    rest = "".join(pieces)
    assert len(made) == sum(len(m.sources) for th in draft.themes for tp in th.topics
                            for m in tp.messages)  # fmt: skip
    assert rest.endswith("</html>\n")


def test_markdown_makes_each_message_as_it_is_written(
    draft: Draft, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = _counting(monkeypatch, markdown, "_message")
    pieces = markdown.iter_markdown(draft)
    first = draft.themes[0].topics[0].messages[0]
    _until(pieces, markdown.md(first.text))
    assert len(made) == 1  # not the theme's other messages
    "".join(pieces)
    assert len(made) == sum(len(tp.messages) for th in draft.themes for tp in th.topics)


@pytest.mark.parametrize("fmt", ["md", "html", "json"])
def test_streamed_pieces_are_the_rendered_text(draft_ar: Draft, fmt: str, tmp_path: Any) -> None:
    # each piece is a whole line (Markdown; HTML: its style sheet holds several) and the
    # file is the rendered text
    (path,) = write_outputs(draft_ar, tmp_path, [fmt])
    text = path.read_text(encoding="utf-8")
    pieces = list({"md": markdown.iter_markdown, "html": html.iter_html, "json": iter_json}[fmt](
        draft_ar
    ))  # fmt: skip
    assert "".join(pieces) == text
    if fmt != "json":
        assert all(p.endswith("\n") for p in pieces)
    if fmt == "md":
        assert len(pieces) == text.count("\n")


def test_json_makes_each_message_and_source_as_it_is_written(
    draft: Draft, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = _counting(monkeypatch, jsondoc, "_source")
    messages = _counting(monkeypatch, jsondoc, "_message")
    pieces = iter_json(draft)
    text = _until(pieces, '"similarity"')
    assert len(messages) == 1 and len(sources) == 1
    text += "".join(pieces)
    assert len(sources) == sum(len(m.sources) for th in draft.themes for tp in th.topics
                               for m in tp.messages)  # fmt: skip
    assert text == STANDARD.encode(_data(draft, lazy=False)) + "\n"


def test_lazy_lists_deep_inside_are_handed_on_an_item_at_a_time() -> None:
    made: list[int] = []

    def convert(i: int) -> dict[str, Any]:
        made.append(i)
        return {"n": i, "deeper": LazyList(range(2), lambda j: {"m": j})}

    def topic(k: int) -> dict[str, Any]:
        return {"k": k, "messages": LazyList(range(2 * k, 2 * k + 2), convert), "x": [1.5]}

    doc = {"themes": [{"topics": LazyList(range(2), topic), "t": "é"}], "z": [1, {"y": []}]}
    pieces = iter_indented(doc)
    text = _until(pieces, '"n": ')
    assert made == [0]  # not the other messages of its topic, nor the other topic's
    text += "".join(pieces)
    assert made == [0, 1, 2, 3]
    assert text == STANDARD.encode(json.loads(text))
    assert json.loads(text)["themes"][0]["topics"][1]["messages"][1]["deeper"][1] == {"m": 1}
