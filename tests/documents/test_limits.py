"""Limits of the document readers: zip bombs, huge counts, deep JSON, and the linear
structure pass (docs/limits.md)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from forum_messages import limits
from forum_messages.cli import main
from forum_messages.documents import import_messages, structure
from forum_messages.documents.blocks import Block
from forum_messages.errors import InputError
from forum_messages.export import draft_from_json

docx = pytest.importorskip("docx")


def small_docx(path: Path, paragraphs: int = 3) -> Path:
    d = docx.Document()
    d.add_heading("[Building] Digital Trust", level=1)
    for n in range(paragraphs):
        d.add_paragraph(f"Statement number {n} about trust.", style="List Bullet")
    d.save(str(path))
    return path


def with_part(source: Path, target: Path, name: str, data: bytes) -> Path:
    """A copy of the .docx at ``source`` with one more part ``name`` holding ``data``."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    return target


def test_a_zero_filled_part_is_refused_from_the_directory(tmp_path: Path) -> None:
    base = small_docx(tmp_path / "base.docx")
    bomb = with_part(base, tmp_path / "bomb.docx", "word/media/zeros.bin", bytes(30_000_000))
    assert bomb.stat().st_size < 200_000
    with pytest.raises(InputError, match=r"bomb\.docx: part 'word/media/zeros\.bin'"):
        import_messages(bomb)


def test_a_highly_compressed_part_is_refused(tmp_path: Path) -> None:
    base = small_docx(tmp_path / "base.docx")
    bomb = with_part(base, tmp_path / "ratio.docx", "word/extra.xml", b"<a/>" * 1_000_000)
    with pytest.raises(InputError, match=r"ratio\.docx: .*compressed .* to 1"):
        import_messages(bomb)


def lie_about_size(path: Path, member: str, written: int) -> None:
    """Rewrite the sizes of ``member`` in both headers to ``written`` (a lying zip)."""
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(member)
    name = member.encode()
    # a central directory entry: its uncompressed size at offset 24, its name at 46
    central = raw.find(b"PK\x01\x02")
    while central >= 0:
        length = int.from_bytes(raw[central + 28 : central + 30], "little")
        if raw[central + 46 : central + 46 + length] == name:
            raw[central + 24 : central + 28] = written.to_bytes(4, "little")
        central = raw.find(b"PK\x01\x02", central + 4)
    local = info.header_offset
    raw[local + 22 : local + 26] = written.to_bytes(4, "little")
    path.write_bytes(bytes(raw))


def test_a_header_that_lies_about_the_size_does_not_get_through(tmp_path: Path) -> None:
    base = small_docx(tmp_path / "base.docx")
    liar = with_part(base, tmp_path / "liar.docx", "word/media/big.bin", bytes(30_000_000))
    lie_about_size(liar, "word/media/big.bin", 1000)
    with zipfile.ZipFile(liar) as archive:
        assert archive.getinfo("word/media/big.bin").file_size == 1000
    with pytest.raises(InputError, match=r"liar\.docx: "):
        import_messages(liar)


def test_too_many_parts_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_ZIP_ENTRIES", 20)
    path = small_docx(tmp_path / "parts.docx")
    with zipfile.ZipFile(path, "a") as archive:
        for n in range(20):
            archive.writestr(f"custom/part{n}.xml", b"<a/>")
    with pytest.raises(InputError, match=r"parts\.docx: the file holds \d+ parts, over 20"):
        import_messages(path)


def test_too_many_paragraphs_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from forum_messages.documents import docx_reader

    monkeypatch.setattr(docx_reader, "MAX_PARAGRAPHS", 50)
    path = small_docx(tmp_path / "long.docx", paragraphs=60)
    with pytest.raises(InputError, match=r"long\.docx: the document has 61 paragraphs"):
        import_messages(path)
    assert len(import_messages(small_docx(tmp_path / "ok.docx", 40)).bullets()) == 40


def test_a_damaged_docx_is_an_input_error(tmp_path: Path) -> None:
    path = small_docx(tmp_path / "cut.docx")
    path.write_bytes(path.read_bytes()[:-200])
    with pytest.raises(InputError, match=r"cut\.docx: not a readable Word"):
        import_messages(path)


def markdown_with_headings(n: int) -> str:
    lines = ["# Messages", "", "## Theme one", ""]
    for k in range(n):
        lines += [f"### Sub-topic {k}", "", f"- Bullet {k}.", ""]
    return "\n".join(lines)


def test_too_many_headings_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(structure, "MAX_HEADINGS", 100)
    path = tmp_path / "many.md"
    path.write_text(markdown_with_headings(120), encoding="utf-8")
    with pytest.raises(InputError, match=r"many\.md: 121 headings, over the limit of 100"):
        import_messages(path)
    path.write_text(markdown_with_headings(90), encoding="utf-8")
    assert len(import_messages(path).themes[0].topics) == 90


class _Counting(list[Block]):
    """A block list that counts the blocks each access hands out (slices copy all of theirs)."""

    touched = 0

    def __getitem__(self, key: Any) -> Any:
        found = super().__getitem__(key)
        _Counting.touched += len(found) if isinstance(key, slice) else 1
        return found


def test_finding_themes_is_linear_in_the_headings() -> None:
    for n in (500, 2000):
        blocks = _Counting([Block("heading", "Theme one", 1, 1)])
        for k in range(n):
            blocks += [Block("heading", f"Sub-topic {k}", 2 * k, 2), Block("item", "x", 2 * k + 1)]
        _Counting.touched = 0
        themes, _ = structure.find_themes(blocks, "", [])
        assert themes == {0}
        assert _Counting.touched < 10 * len(blocks), n  # a copy of the rest per heading: n²


DEEP = "[" * 100_000 + "]" * 100_000


@pytest.mark.parametrize("command", ["import-messages", "check-translation", "compare"])
def test_deep_json_is_a_clear_error_in_every_command(
    tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "deep.json"
    path.write_text(DEEP, encoding="utf-8")
    extra = [str(path), "--embedder", "hash"] if command == "compare" else []
    args = [command, str(path), *extra]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "deep.json" in err and "nested too deeply" in err
    assert "internal error" not in err


def test_json_just_over_the_depth_limit_is_refused(tmp_path: Path) -> None:
    shallow = {"format": "x"}
    data: Any = shallow
    for _ in range(limits.MAX_JSON_DEPTH):
        data = [data]
    path = tmp_path / "deep.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError, match=r"deep\.json: not usable JSON: nested too deeply"):
        import_messages(path)
    with pytest.raises(InputError, match=r"draft\.json: not usable JSON: nested too deeply"):
        draft_from_json(json.dumps(data), "draft.json")
    assert limits.json_depth(data) == limits.MAX_JSON_DEPTH + 1
    assert limits.json_depth(data[0]) == limits.MAX_JSON_DEPTH


def test_word_styles_are_looked_up_once_not_per_paragraph(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from docx.styles.styles import Styles

    lookups = []
    original = Styles._get_by_id

    def counted(self: Any, *args: Any) -> Any:
        lookups.append(args)
        return original(self, *args)

    monkeypatch.setattr(Styles, "_get_by_id", counted)
    doc = import_messages(small_docx(tmp_path / "styled.docx", paragraphs=300))
    assert len(doc.bullets()) == 300
    assert len(lookups) < 10  # a search of the styles part per paragraph: 10,000 took minutes


def fake_pdftotext(folder: Path, body: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A stand-in for poppler's pdftotext on PATH (the real one is not needed to test this)."""
    tool = folder / "pdftotext"
    tool.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    tool.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}:/usr/bin:/bin")


def test_pdf_text_is_read_within_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from forum_messages.documents import importer

    fake_pdftotext(tmp_path, "printf '[Building] Trust\\n\\n- One bullet.\\n'", monkeypatch)
    pdf = tmp_path / "m.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    assert [b.text for b in import_messages(pdf).bullets()] == ["One bullet."]
    monkeypatch.setattr(importer, "MAX_DOCUMENT_BYTES", 100_000)
    fake_pdftotext(tmp_path, "yes 'endless text from a hostile PDF'", monkeypatch)
    with pytest.raises(InputError, match=r"m\.pdf: the document is 100,000 bytes of text, over"):
        import_messages(pdf)
    fake_pdftotext(tmp_path, "echo 'Syntax Error' >&2; exit 1", monkeypatch)
    with pytest.raises(InputError, match=r"m\.pdf: pdftotext failed: Syntax Error"):
        import_messages(pdf)


def test_a_text_document_over_the_size_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from forum_messages.documents import importer

    monkeypatch.setattr(importer, "MAX_DOCUMENT_BYTES", 1000)
    path = tmp_path / "big.md"
    path.write_text(markdown_with_headings(100), encoding="utf-8")
    with pytest.raises(InputError, match=r"big\.md: the document is [\d,]+ bytes of text"):
        import_messages(path)


def test_a_long_list_after_themes_is_not_compared_with_every_heading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from forum_messages.documents import prepare

    calls = []
    original = prepare.same_title

    def counted(a: str, b: str) -> bool:
        calls.append(a)
        return original(a, b)

    monkeypatch.setattr(structure, "same_title", counted)
    n = 300
    listed = "\n".join(f"- Listed theme number {k}" for k in range(n))
    path = tmp_path / "list.md"
    path.write_text(f"# Messages\n\nThemes:\n\n{listed}\n\n{markdown_with_headings(n)}", "utf-8")
    import_messages(path)
    assert len(calls) < 10 * n  # a heading compared with each of n listed themes: n²
    path.write_text(
        "# M\n\nThemes:\n\n- Trust\n- Access\n\n## Trust\n\n- A.\n\n## Access\n\n- B.\n"
    )
    assert [t.title for t in import_messages(path).themes] == ["Trust", "Access"]


LINES = "\n".join("word and more words here" for _ in range(40_000))  # one paragraph, 1 MB


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("lines.md", f"# T\n\n## Theme\n\n- {LINES}"),
        ("lines.txt", f"Theme\n\n• {LINES}"),
        ("blank-lines.md", "# T\n\n## Theme\n\n- Start\n\n" + LINES.replace("\n", "\n\n")),
        ("one-line.md", "# T\n\n## Theme\n\n- " + "word " * 50_000),
    ],
)
def test_a_paragraph_too_long_to_join_is_refused_naming_its_line(
    tmp_path: Path, name: str, text: str
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=rf"{name}:\d+: a paragraph or list item of more than"):
        import_messages(path)


def test_a_long_word_paragraph_is_refused_naming_it(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_heading("[Building] Trust", level=1)
    d.add_paragraph("word " * 5000)  # 25,000 characters
    d.save(str(tmp_path / "long.docx"))
    with pytest.raises(InputError, match=r"long\.docx:2: a paragraph or list item of more than"):
        import_messages(tmp_path / "long.docx")
