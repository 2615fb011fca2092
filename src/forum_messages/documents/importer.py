"""``import_messages(path)``: a published Messages document (Markdown, text from a PDF, Word,
or our own JSON) read into a :class:`MessagesDocument`, with the repairs it needed."""

from __future__ import annotations

import json
import resource
import shutil
import subprocess
import tempfile
from pathlib import Path

from forum_messages.documents.blocks import BlockTooLong
from forum_messages.documents.docx_reader import read_docx
from forum_messages.documents.md_reader import read_markdown
from forum_messages.documents.model import (
    DOCUMENT_FORMAT,
    MessagesDocument,
    document_from_dict,
    from_messages_json,
)
from forum_messages.documents.structure import build_document
from forum_messages.documents.text_reader import read_text
from forum_messages.errors import InputError
from forum_messages.export.jsonread import draft_from_data
from forum_messages.ingest.base import SourceProblem
from forum_messages.ingest.text import decode
from forum_messages.limits import InputTooLarge, file_size, is_pipe, load_json, read_input

#: File name endings and the format they are read as.
FORMATS: dict[str, str] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".text": "text",
    ".docx": "docx",
    ".json": "json",
    ".pdf": "pdf",
}


#: Largest Markdown, text or JSON document, and largest text pdftotext may give for a PDF.
MAX_DOCUMENT_BYTES = 50_000_000


def _too_large(path: Path, size: int) -> InputError:
    return InputError(
        f"{path}: the document is {size:,} bytes of text, over the limit of "
        f"{MAX_DOCUMENT_BYTES:,} (see docs/limits.md)"
    )


def _read(path: Path) -> str:
    """The text of a Markdown, text or JSON document: a file, or a pipe (read to its end)."""
    try:
        raw = read_input(path, MAX_DOCUMENT_BYTES)
    except InputTooLarge as exc:
        raise InputError(
            f"{path}: the document is {exc.size_text} of text, over the limit of "
            f"{MAX_DOCUMENT_BYTES:,} (see docs/limits.md)"
        ) from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read the file: {exc.strerror}") from exc
    try:
        return decode(raw)
    except SourceProblem as exc:
        raise InputError(f"{path}:{exc.line}: {exc.message}") from exc


def _limit_output() -> None:
    """In the pdftotext process: no file it writes may grow past the limit."""
    resource.setrlimit(resource.RLIMIT_FSIZE, (MAX_DOCUMENT_BYTES, MAX_DOCUMENT_BYTES))


def _pdf_text(path: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        raise InputError(
            f"{path}: PDF files are read through pdftotext (poppler-utils), which is not "
            f"installed; run 'pdftotext {path.name} out.txt' elsewhere and import out.txt"
        )
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as errors:
        try:
            done = subprocess.run(
                [tool, "-enc", "UTF-8", str(path), "-"],
                stdout=out,
                stderr=errors,
                check=False,
                timeout=300,
                preexec_fn=_limit_output,  # the text cannot grow past the limit, even on disk
            )
        except subprocess.TimeoutExpired:
            raise InputError(f"{path}: pdftotext did not finish within 300 s") from None
        size = out.tell()
        if size >= MAX_DOCUMENT_BYTES:
            raise _too_large(path, size)
        out.seek(0)
        raw = out.read()
        errors.seek(0)
        message = errors.read(2000).decode("utf-8", "replace").strip()
    if done.returncode != 0:
        raise InputError(f"{path}: pdftotext failed: {message}")
    return raw.decode("utf-8", "replace").replace("\r\n", "\n")


def parse_messages(text: str, fmt: str = "markdown", source: str = "") -> MessagesDocument:
    """A document from text in ``fmt`` (``markdown`` or ``text``)."""
    try:
        return _parse(text, fmt, source)
    except BlockTooLong as exc:
        raise InputError(f"{source or 'text'}:{exc.line}: {exc}") from None


def _parse(text: str, fmt: str, source: str) -> MessagesDocument:
    if fmt == "markdown":
        return build_document(read_markdown(text), source=source, fmt=fmt)
    if fmt == "text":
        blocks, repairs = read_text(text)
        return build_document(blocks, source=source, fmt=fmt, repairs=repairs)
    raise InputError(f"{source or 'text'}: unknown format '{fmt}' (markdown or text)")


def _json(path: Path) -> MessagesDocument:
    try:
        data = load_json(_read(path))
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}:{exc.lineno}: not valid JSON: {exc.msg}") from exc
    except ValueError as exc:
        raise InputError(f"{path}: not usable JSON: {exc}") from None
    if isinstance(data, dict) and data.get("format") == DOCUMENT_FORMAT:
        return document_from_dict(data, str(path))
    if isinstance(data, dict) and "schema_version" in data and "themes" in data:
        draft_from_data(data, str(path))  # every field checked, with its path in errors
        return from_messages_json(data, str(path))
    raise InputError(
        f"{path}: a JSON input must be a forum-messages messages.json or the output of "
        "'forum-messages import-messages'"
    )


def import_messages(path: str | Path, fmt: str | None = None) -> MessagesDocument:
    """Read a Messages document; ``fmt`` (markdown, text, docx, json, pdf) overrides the
    file name's ending. Raises :class:`InputError` when the file cannot be read."""
    path = Path(path)
    fmt = fmt or FORMATS.get(path.suffix.lower())
    if fmt is None:
        known = ", ".join(sorted(FORMATS))
        raise InputError(f"{path}: unknown file type '{path.suffix}' (known: {known})")
    if not path.exists():
        raise InputError(f"{path}: no such file")
    try:
        if is_pipe(path):  # read to its end by the text readers; a Word or PDF file is opened
            if fmt in ("docx", "pdf"):
                raise InputError(
                    f"{path}: cannot read the file: it is a named pipe; a "
                    f"{'Word (.docx)' if fmt == 'docx' else 'PDF'} document is read from a "
                    "file, not a pipe: save it to a file and give that"
                )
        else:
            file_size(path)
    except OSError as exc:
        raise InputError(f"{path}: cannot read the file: {exc.strerror}") from exc
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a file")
    if fmt == "json":
        return _json(path)
    if fmt == "docx":
        try:
            return build_document(read_docx(path), source=str(path), fmt="docx")
        except BlockTooLong as exc:
            raise InputError(f"{path}:{exc.line}: {exc}") from None
    if fmt == "pdf":
        return parse_messages(_pdf_text(path), "text", str(path))
    return parse_messages(_read(path), fmt, str(path))
