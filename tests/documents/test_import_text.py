"""Plain text as pdftotext prints a PDF: pages, running headers, wrapped lines, bullets."""

from __future__ import annotations

import pytest

from forum_messages.documents import import_messages, parse_messages
from forum_messages.errors import InputError

from .conftest import Writer

PAGE_1 = """IGF 2025 Messages

Contents

Building Digital Trust ........ 2
Cyber capacity ........ 2
Building Universal Access ........ 3

1
"""
PAGE_2 = """IGF 2025 Messages – draft

Building Digital Trust

Theme
[GDC 3 - WSIS C5 - SDGs 16]; cybersecurity, critical infrastructure resilience, information
integrity, children's safety online

Messages

Cyber capacity
• Many developing countries still lack a fully staffed national computer emergency
response team, which leaves public services exposed when incidents occur. Cyber capacity
building should be sustained over several years and designed with the institutions that

2
"""
PAGE_3 = """IGF 2025 Messages – draft

will run the teams afterwards.
•
Regional CERT networks make it possible for smaller teams to ask for help during major
incidents.

Building Universal Access
Theme
[SDGs 9]
Messages
Community networks
\uf0b7 Community networks bring connectivity to rural and remote areas that commercial
operators consider unprofitable.
- Regulators should create licence categories adapted to non-profit and community
operators, with reduced fees.

3
"""
PAGE_4 = """IGF 2025 Messages – draft

Spectrum
1. Access to spectrum remains a major obstacle for small and community operators.

Page 4 of 4
"""


def test_pdftotext_layout() -> None:
    doc = parse_messages("\f".join([PAGE_1, PAGE_2, PAGE_3, PAGE_4]), "text")
    assert doc.title == "IGF 2025 Messages"
    outline = [(th.title, [(tp.title, len(tp.bullets)) for tp in th.topics]) for th in doc.themes]
    assert outline == [
        ("Building Digital Trust", [("Cyber capacity", 2)]),
        ("Building Universal Access", [("Community networks", 2), ("Spectrum", 1)]),
    ]
    trust = doc.themes[0]
    assert trust.issue_areas == (
        "cybersecurity",
        "critical infrastructure resilience",
        "information integrity",
        "children's safety online",
    )
    assert trust.bullets()[0].text.endswith(
        "designed with the institutions that will run the teams afterwards."
    )
    assert trust.bullets()[1].text.startswith("Regional CERT networks make it possible")
    kinds = [r.kind for r in doc.repairs]
    assert kinds.count("page_artifact") == 2  # page numbers, running header
    assert "page_break_join" in kinds
    assert "table_of_contents" in kinds
    assert "generic_heading" in kinds


def test_page_break_at_a_sentence_boundary_still_continues_the_bullet() -> None:
    first = (
        "Theme A\n\n[SDGs 9]\n\n"
        "• Community networks bring connectivity to rural and remote areas that commercial\n"
        "operators consider unprofitable.\n"
    )
    second = "Regulators should create licence categories adapted to community operators.\n"
    doc = parse_messages(first + "\f" + second, "text")
    assert [b.text for b in doc.bullets()] == [
        "Community networks bring connectivity to rural and remote areas that commercial "
        "operators consider unprofitable. Regulators should create licence categories "
        "adapted to community operators."
    ]


def test_chinese_lines_are_joined_without_spaces() -> None:
    text = (
        "[构建] 数字信任\n\n[可持续发展目标 16]\n\n网络能力\n"
        "1. 许多发展中国家仍缺少人员齐备的国家计算机应急响应小组，一旦发生事件，公共服务便暴露\n"
        "在风险之中。\n"
    )
    doc = parse_messages(text, "text")
    assert doc.themes[0].label == "[构建]"
    assert [b.text for b in doc.bullets()] == [
        "许多发展中国家仍缺少人员齐备的国家计算机应急响应小组，"
        "一旦发生事件，公共服务便暴露在风险之中。"
    ]


def test_pdf_without_pdftotext_says_what_to_do(
    write: Writer, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    monkeypatch.setattr(shutil, "which", lambda name: None)
    path = write("messages.pdf", "%PDF-1.4")
    with pytest.raises(InputError, match="pdftotext"):
        import_messages(path)


def test_unknown_extension_and_missing_file(write: Writer) -> None:
    with pytest.raises(InputError, match="unknown file type"):
        import_messages(write("messages.odt", "x"))
    with pytest.raises(InputError, match="no such file"):
        import_messages(write("x.md", "").parent / "missing.md")


def test_not_utf8_is_an_input_error(write: Writer) -> None:
    path = write("latin1.txt", "")
    path.write_bytes("Théme\n".encode("latin-1"))
    with pytest.raises(InputError, match="UTF-8"):
        import_messages(path)
