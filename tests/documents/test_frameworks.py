"""Framework lines in the six UN languages, with every separator and numeral style."""

from __future__ import annotations

import pytest

from forum_messages.documents.frameworks import parse_framework_line
from forum_messages.model import Frameworks

FULL = Frameworks(gdc=("1", "2"), wsis=("C2", "C4"), sdg=("4", "9"))


@pytest.mark.parametrize(
    ("line", "areas"),
    [
        ("[GDC 1, 2 - WSIS C2, C4 - SDGs 4, 9]; cybersecurity, online harms",
         ("cybersecurity", "online harms")),
        ("[PNM 1, 2 – SMSI C2, C4 – ODD 4, 9] ; cybersécurité, préjudices en ligne",
         ("cybersécurité", "préjudices en ligne")),
        ("[PDM 1; 2 — CMSI C2; C4 — ODS 4; 9]; ciberseguridad, daños en línea",
         ("ciberseguridad", "daños en línea")),
        ("[الميثاق الرقمي العالمي ١، ٢ - القمة العالمية لمجتمع المعلومات C2، C4 - "
         "أهداف التنمية المستدامة ٤، ٩]؛ الأمن السيبراني، الأضرار على الإنترنت",
         ("الأمن السيبراني", "الأضرار على الإنترنت")),
        ("[ГЦД 1, 2 – ВВУИО С2, С4 – ЦУР 4, 9]; кибербезопасность, вред в интернете",
         ("кибербезопасность", "вред в интернете")),
        ("[全球数字契约 1、2 - 信息社会世界峰会 C2、C4 - 可持续发展目标 4、9]；网络安全、网络危害",
         ("网络安全", "网络危害")),
    ],
)  # fmt: skip
def test_six_languages(line: str, areas: tuple[str, ...]) -> None:
    found = parse_framework_line(line)
    assert found is not None
    assert found.frameworks == FULL
    assert found.issue_areas == areas
    assert found.unknown == ()


@pytest.mark.parametrize(
    "line",
    [
        "GDC 1, 2 - WSIS C2, C4 - SDGs 4, 9",  # no brackets
        "[GDC 1,2-WSIS C2,C4-SDGs 4,9]",  # no spaces
        "[GDC 1, 2 WSIS C2, C4 SDGs 4, 9]",  # no group separator
        "［GDC １、２ — WSIS Ｃ２、Ｃ４ — SDG ４、９］",  # full-width brackets and digits
        # Chinese numerals
        "【全球数字契约 一、二 — 信息社会世界峰会 C2、C4 — 可持续发展目标 四、九】",
        "[GDC 1 and 2 - WSIS C2 and C4 - SDGs 4 and 9]",
        "[Global Digital Compact 1, 2 - WSIS action lines C2, C4 - SDG 4, 9]",
        "[SDGs 9, 4 - WSIS C4, C2 - GDC 2, 1]",  # any order: items come out in framework order
        "[GDC 1, 2, 2 - WSIS C2, C4 - SDGs 4, 9, 9]",  # duplicates dropped
        "[GDC 1–2 - WSIS C2, C4 - SDGs 4, 9]",  # a range
    ],
)
def test_variants(line: str) -> None:
    found = parse_framework_line(line)
    assert found is not None
    assert found.frameworks == FULL


def test_ranges_expand() -> None:
    found = parse_framework_line("[GDC 1-3 - SDGs 15-17]")
    assert found is not None
    assert found.frameworks == Frameworks(gdc=("1", "2", "3"), sdg=("15", "16", "17"))


def test_unknown_items_are_reported_not_kept() -> None:
    found = parse_framework_line("[GDC 7 - WSIS C12 - SDGs 4, 18]")
    assert found is not None
    assert found.frameworks == Frameworks(sdg=("4",))
    assert found.unknown == ("GDC 7", "WSIS C12", "SDGs 18")


def test_issue_areas_without_brackets_need_a_separator() -> None:
    found = parse_framework_line("GDC 1 - SDGs 4; education, skills.")
    assert found is not None
    assert found.issue_areas == ("education", "skills")


@pytest.mark.parametrize(
    "text",
    [
        "SDG 4 is central to education policy.",
        "The SDGs matter to everyone.",
        "[Building] Digital Trust",
        "[GDC] without any item",
        "Governments should act (GDC 1).",
        "",
    ],
)
def test_not_a_framework_line(text: str) -> None:
    assert parse_framework_line(text) is None
