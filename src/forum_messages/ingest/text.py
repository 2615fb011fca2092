"""Bytes to text (accepted encodings) and the text normalisation every field goes through."""

from __future__ import annotations

import codecs
import itertools
import re
import unicodedata
from collections.abc import Iterator
from typing import BinaryIO

from forum_messages.ingest.base import SourceProblem

#: Control characters removed from text: C0/C1 controls except tab, newline and carriage
#: return (which count as whitespace), lone surrogates, the byte-order mark, the zero-width
#: space and word joiner, the bidirectional embedding/override/isolate controls (used to
#: disguise text) and the noncharacters U+FFFE and U+FFFF (XML 1.0 forbids them: a Word
#: output refused them). The zero-width (non-)joiners, which some scripts need, are kept.
_DROP = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u2060\u202a-\u202e\u2066-\u2069\ufeff"
    "\ud800-\udfff\ufffe\uffff]"
)
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
_SAVE_AS = "save the file as UTF-8 (in most editors: 'Save as...' > encoding 'UTF-8')"
_NUL = (
    "the file contains NUL characters: it is binary, or UTF-16 without a byte-order mark; "
    + _SAVE_AS
)
_ZIP = (
    "the file is a zip archive (an Excel workbook or a Word document under another name?), "
    "not text: export it as CSV (UTF-8) or give it its own extension (.xlsx, .docx)"
)


def _nul(head: bytes) -> str:
    """Why a file holding NUL characters cannot be read: a zip archive (an .xlsx renamed
    .csv) is named as such."""
    return _ZIP if head.startswith(b"PK\x03\x04") else _NUL


def decode(raw: bytes) -> str:
    """Decode a file: UTF-8 (BOM optional) or UTF-16 with a BOM; newlines become ``\\n``.

    Raises :class:`SourceProblem` naming the line of the first byte that cannot be decoded.
    """
    if raw.startswith(_UTF32_BOMS):
        raise SourceProblem(1, f"the file is UTF-32, which is not supported; {_SAVE_AS}")
    encoding = "utf-16" if raw.startswith(_UTF16_BOMS) else "utf-8-sig"
    if encoding == "utf-8-sig" and b"\x00" in raw:
        raise SourceProblem(raw.count(b"\n", 0, raw.index(b"\x00")) + 1, _nul(raw))
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        line = _line_of_byte(raw, exc.start, encoding)
        name = "UTF-16" if encoding == "utf-16" else "UTF-8"
        bad = raw[exc.start : exc.start + 1].hex().upper()
        raise SourceProblem(
            line, f"the file is not valid {name} (byte 0x{bad} on this line); {_SAVE_AS}"
        ) from exc
    if text.startswith("\ufeff"):
        text = text[1:]
    nul = text.find("\x00")
    if nul >= 0:
        raise SourceProblem(text.count("\n", 0, nul) + 1, _NUL)
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def decode_lines(stream: BinaryIO) -> Iterator[tuple[int, str]]:
    """The lines of a file as :func:`decode` would give them, numbered from 1, read one at a
    time so the whole text is never held (a UTF-16 file is decoded whole).

    Raises :class:`SourceProblem` at the first line that cannot be decoded.
    """
    first = stream.readline()
    if first.startswith(_UTF16_BOMS) or first.startswith(_UTF32_BOMS):
        text = decode(first + stream.read())
        yield from enumerate(text.split("\n"), 1)
        return
    if first.startswith(b"\xef\xbb\xbf"):
        first = first[3:]
    number, ended = 0, False
    for raw in itertools.chain([first], stream):
        if b"\x00" in raw:
            raise SourceProblem(number + 1, _nul(raw) if number == 0 else _NUL)
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            bad = raw[exc.start : exc.start + 1].hex().upper()
            raise SourceProblem(
                number + 1, f"the file is not valid UTF-8 (byte 0x{bad} on this line); {_SAVE_AS}"
            ) from exc
        ended = line.endswith("\n")
        line = line[: -2 if line.endswith("\r\n") else -1] if ended else line
        for part in line.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
            number += 1
            yield number, part
    if ended:  # a final newline: the whole text's last line is empty
        yield number + 1, ""


def check_utf8(stream: BinaryIO, chunk: int = 1 << 20) -> None:
    """Read ``stream`` through once (a chunk at a time) and go back to where it was; raise
    :class:`SourceProblem` on line 0 (the whole file) when :func:`decode_lines` would stop
    part way, the message naming the line: a reader that takes rows one at a time calls this
    first, so that a file in another encoding is refused whole instead of being read up to its
    first accented letter and silently no further. A file with a UTF-16 or UTF-32 byte-order
    mark is decoded whole by :func:`decode_lines` before its first line, so it is left to it.
    """
    start = stream.tell()
    head = stream.read(4)
    stream.seek(start)
    if head.startswith(_UTF16_BOMS) or head.startswith(_UTF32_BOMS):
        return
    decoder = codecs.getincrementaldecoder("utf-8")()
    lines = 0
    try:
        while True:
            data = stream.read(chunk)
            nul = data.find(b"\x00")
            if nul >= 0:
                line = lines + data.count(b"\n", 0, nul) + 1
                where = f"NUL characters (line {line}):"
                if head.startswith(b"PK\x03\x04"):
                    raise SourceProblem(0, _ZIP + "; none of its rows is read")
                raise SourceProblem(
                    0, _NUL.replace("NUL characters:", where) + "; none of its rows is read"
                )
            try:
                decoder.decode(data, final=not data)
            except UnicodeDecodeError as exc:
                # the decoder may hold back up to 3 bytes of the chunk before: look at both
                at = max(0, exc.start - len(exc.object) + len(data))
                line = lines + data.count(b"\n", 0, at) + 1
                bad = exc.object[exc.start : exc.start + 1].hex().upper()
                raise SourceProblem(
                    0,
                    f"the file is not valid UTF-8 (byte 0x{bad} on line {line}); {_SAVE_AS}; "
                    "none of its rows is read",
                ) from exc
            if not data:
                return
            lines += data.count(b"\n")
    finally:
        stream.seek(start)


def _line_of_byte(raw: bytes, pos: int, encoding: str) -> int:
    if encoding == "utf-16":
        return raw[:pos].decode("utf-16", errors="replace").count("\n") + 1
    return raw.count(b"\n", 0, pos) + 1


def clean_text(value: str) -> str:
    """Normalise one text: controls removed, NFC, whitespace runs collapsed, stripped."""
    value = _DROP.sub("", value)
    value = unicodedata.normalize("NFC", value)
    return " ".join(value.split())


#: a lone surrogate: what a JSON or YAML ``\ud800`` escape without its pair reads as; no
#: file can hold it as text (writing it as UTF-8, or storing it, fails)
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """``text`` without lone surrogates, for values passed on as they were read (a
    consultation export's ids and metadata, a sidecar's fields); ``clean_text`` drops them
    with the other controls."""
    return text if text.isascii() else _LONE_SURROGATE.sub("", text)


#: What a terminal must not be sent as it is: controls (escape sequences, carriage return,
#: bell), direction controls, zero-width characters and lone surrogates. Tab and newline stay.
_UNSEEN = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ud800-\udfff]"
)


def visible(value: str) -> str:
    """``value`` safe to print on a terminal: the characters above written as escapes
    (``\\x1b``, ``\\u202e``), so they show instead of acting."""
    return _UNSEEN.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), value)


def fold(value: str) -> str:
    """A matching key: accents and case removed, punctuation to spaces, '&' to 'and'.

    ``fold("Asia-Pacific Group") == "asia pacific group"``, ``fold("Español") == "espanol"``;
    Arabic hamza forms and vowel marks are folded too (they are combining marks in NFD).
    """
    value = unicodedata.normalize("NFD", clean_text(value).replace("&", " and "))
    value = "".join(ch for ch in value if unicodedata.category(ch) != "Mn")
    value = value.casefold().replace("’", "'")
    value = re.sub(r"[\W_]+", " ", value)
    return " ".join(value.split())
