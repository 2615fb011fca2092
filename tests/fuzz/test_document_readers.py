"""Messages documents (Markdown, plain text, Word, our JSON) and messages.json read back: any
input gives a document (or a draft) or an InputError naming the file."""

from __future__ import annotations

import html
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from export.conftest import make_draft
from forum_messages.documents import import_messages
from forum_messages.documents.model import DOCUMENT_FORMAT, MessagesDocument, document_to_json
from forum_messages.export import draft_from_json, render
from forum_messages.limits import MAX_JSON_DEPTH
from forum_messages.model import Draft

from .support import HOSTILE_CHARS, bounded, deep, dump, edits, hostile_text, json_values, mutate

docx = pytest.importorskip("docx")

EVALUATION = Path(__file__).resolve().parents[2] / "src/forum_messages/editions/evaluation"
TEXTS = sorted(p for p in EVALUATION.iterdir() if p.is_file())  # the documents, not the folders
MESSAGES_JSON = str(render(make_draft(), "json"))
DOCUMENT_JSON = document_to_json(import_messages(EVALUATION / "eval-en.md"))

# Lines a Messages document is made of: headings, items, framework lines, page furniture.
LINE_HEADS = ["# ", "## ", "### ", "- ", "* ", "1. ", "• ", "[GDC 3 - WSIS C5 - SDGs 16]; ", ""]
LINE_HEADS += ["**", "Theme", "Messages", "Contents", "Page 3", "\f", "| a | b |", "```", "> "]
lines = st.tuples(st.sampled_from(LINE_HEADS), hostile_text).map("".join)
documents = st.lists(lines, max_size=40).map("\n".join)


def check_document(path: Path, fmt: str | None = None) -> None:
    result = bounded(lambda: import_messages(path, fmt), str(path))
    assert isinstance(result, MessagesDocument | Exception)


@given(text=documents, ext=st.sampled_from([".md", ".txt"]))
@example(text="# a\n" * 3 + "## [x] b\n- c", ext=".md")
@example(text="- \n\f\f\f1\n\f1\n\f1", ext=".txt")
@example(text="## T\n\n- " + "**a [b <c ![d `e " * 900, ext=".md")  # unclosed markup, 16 KB
def test_markdown_and_text_documents(tmp_path: Path, text: str, ext: str) -> None:
    path = tmp_path / f"doc{ext}"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    check_document(path)


@given(source=st.sampled_from(TEXTS), changes=edits)
def test_mutated_documents(tmp_path: Path, source: Path, changes: list[Any]) -> None:
    path = tmp_path / source.name
    path.write_bytes(mutate(source.read_bytes()[:6000], changes))  # the first pages
    check_document(path)


@given(raw=st.binary(max_size=3000), fmt=st.sampled_from(["markdown", "text", "docx", "json"]))
def test_random_bytes_in_every_format(tmp_path: Path, raw: bytes, fmt: str) -> None:
    path = tmp_path / "doc.bin"
    path.write_bytes(raw)
    check_document(path, fmt)


def _xml_safe(text: str) -> str:
    return "".join(ch for ch in text if ch in "\t\n" or (" " <= ch < "\ud800") or ch > "\ue000")


docx_paragraphs = st.lists(
    st.tuples(
        hostile_text.map(_xml_safe),
        st.sampled_from(
            ["Normal", "Title", "Heading 1", "Heading 2", "List Bullet", "TOC Heading"]
        ),
        st.booleans(),
    ),
    max_size=12,
)


def build_docx(paragraphs: list[tuple[str, str, bool]]) -> bytes:
    d = docx.Document()
    for text, style, bold in paragraphs:
        d.add_paragraph(style=style).add_run(text).bold = bold
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


VALID_DOCX = build_docx(
    [("[Building] Trust", "Heading 1", False), ("A bullet.", "List Bullet", False)]
)


def with_body(body: str) -> bytes:
    """VALID_DOCX with ``body`` as the content of its document part's body."""
    source = zipfile.ZipFile(io.BytesIO(VALID_DOCX))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                head = data.decode().partition("<w:body>")[0]
                data = f"{head}<w:body>{body}</w:body></w:document>".encode(errors="replace")
            target.writestr(info, data)
    return out.getvalue()


def paragraph_xml(text: str, style: str, bold: bool) -> str:
    run = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return (
        f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r>{run}'
        f'<w:t xml:space="preserve">{html.escape(text)}</w:t></w:r></w:p>'
    )


@given(paragraphs=docx_paragraphs)
def test_word_documents_with_hostile_paragraphs(
    tmp_path: Path, paragraphs: list[tuple[str, str, bool]]
) -> None:
    path = tmp_path / "doc.docx"
    path.write_bytes(with_body("".join(paragraph_xml(*p) for p in paragraphs)))
    check_document(path)


@given(changes=edits)
def test_mutated_word_files(tmp_path: Path, changes: list[Any]) -> None:
    path = tmp_path / "doc.docx"
    path.write_bytes(mutate(VALID_DOCX, changes))
    check_document(path)


@given(body=st.text(HOSTILE_CHARS, max_size=300))
@example(body='<w:p><w:pPr><w:outlineLvl w:val="x"/></w:pPr><w:r><w:t>a</w:t></w:r></w:p>')
@example(body='<w:p><w:pPr><w:pStyle w:val="nope"/></w:pPr><w:r><w:t>a</w:t></w:r></w:p>')
def test_word_files_with_a_hostile_body(tmp_path: Path, body: str) -> None:
    """The document part replaced by arbitrary (often malformed) XML."""
    path = tmp_path / "doc.docx"
    path.write_bytes(with_body(body))
    check_document(path)


@given(value=json_values, own=st.booleans())
@example(value=deep(MAX_JSON_DEPTH), own=True)
@example(value={"themes": [{"topics": [{"bullets": [None]}]}]}, own=True)
@example(value={"themes": [1], "schema_version": 2}, own=False)
def test_json_documents_with_hostile_values(tmp_path: Path, value: Any, own: bool) -> None:
    data: Any = value
    if isinstance(value, dict):
        data = {**value, "format": DOCUMENT_FORMAT} if own else {"themes": [], **value}
        data.setdefault("schema_version", 1)
    path = tmp_path / "doc.json"
    path.write_text(dump(data), encoding="utf-8")
    check_document(path)


@given(source=st.sampled_from([DOCUMENT_JSON, MESSAGES_JSON]), changes=edits)
def test_mutated_json_documents(tmp_path: Path, source: str, changes: list[Any]) -> None:
    path = tmp_path / "doc.json"
    path.write_bytes(mutate(source.encode(), changes))
    check_document(path)


def _replace_somewhere(data: Any, path: list[int], value: Any) -> Any:
    """``data`` with the value reached by following ``path`` (indices mod size) replaced."""
    if not path or not isinstance(data, dict | list) or not data:
        return value
    keys = list(data) if isinstance(data, dict) else list(range(len(data)))
    key = keys[path[0] % len(keys)]
    copy = dict(data) if isinstance(data, dict) else list(data)
    copy[key] = _replace_somewhere(data[key], path[1:], value)  # type: ignore[index]
    return copy


@given(where=st.lists(st.integers(0, 50), max_size=6), value=json_values)
@example(where=[0], value=None)
@example(where=[3, 0, 5], value=deep(MAX_JSON_DEPTH))
def test_messages_json_with_a_hostile_value(where: list[int], value: Any) -> None:
    data = _replace_somewhere(json.loads(MESSAGES_JSON), where, value)
    result = bounded(lambda: draft_from_json(dump(data), "messages.json"), "messages.json")
    assert isinstance(result, Draft | Exception)


@given(changes=edits)
def test_mutated_messages_json(changes: list[Any]) -> None:
    text = mutate(MESSAGES_JSON.encode(), changes).decode("utf-8", "replace")
    result = bounded(lambda: draft_from_json(text, "messages.json"), "messages.json")
    assert isinstance(result, Draft | Exception)
