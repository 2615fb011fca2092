"""Each check finds the error planted in a small document, and the clean evaluation pair
raises only the differences its five known edits cause."""

from __future__ import annotations

from pathlib import Path

import pytest

from forum_messages.documents.importer import import_messages, parse_messages
from forum_messages.documents.model import MessagesDocument
from forum_messages.translation.checks import Finding, check_translation
from forum_messages.translation.glossary import parse_glossary

EVALUATION = Path(__file__).resolve().parents[2] / "src/forum_messages/editions/evaluation"

ZH = """# 2025年互联网治理论坛信息

## [构建] 数字信任与韧性

[全球数字契约 3、4 - 信息社会世界峰会 C5、C9 - 可持续发展目标 9、16]；网络安全

本主题探讨网络安全。

### 网络安全能力

1. {b1}
2. {b2}

## [构建] 数字合作

[全球数字契约 1、5 - 信息社会世界峰会 C1、C11 - 可持续发展目标 16、17]；多利益攸关方治理

本主题关注合作。

### 多利益攸关方参与

1. {b3}
2. {b4}
"""

EN = """# IGF 2025 Messages

## Building Digital Trust and Resilience

[GDC 3, 4 - WSIS C5, C9 - SDGs 9, 16]; cybersecurity

This theme addresses cybersecurity.

### Cybersecurity capacity

- {b1}
- {b2}

## Building Digital Cooperation

[GDC 1, 5 - WSIS C1, C11 - SDGs 16, 17]; multistakeholder governance

This theme addresses cooperation.

### Multistakeholder participation

- {b3}
- {b4}
"""

EN_BULLETS = {
    "b1": "Regional CERT networks help smaller teams during major incidents.",
    "b2": "About 30 countries still lack a national strategy.",
    "b3": "The meeting took place on 23 June 2025 in Lillestrøm.",
    "b4": "The Internet Governance Forum should support SDG 16.",
}
ZH_BULLETS = {
    "b1": "区域计算机应急响应小组网络在重大事件中帮助规模较小的团队。",
    "b2": "约有30个国家仍缺少国家战略。",
    "b3": "会议于2025年6月23日在利勒斯特罗姆举行。",
    "b4": "互联网治理论坛应支持可持续发展目标16。",
}


def doc(template: str, **bullets: str) -> tuple[MessagesDocument, list[str]]:
    base = ZH_BULLETS if template is ZH else EN_BULLETS
    text = template.format(**{**base, **bullets})
    return parse_messages(text, "markdown", "doc.md"), text.splitlines()


def run(
    target: tuple[MessagesDocument, list[str]],
    source: tuple[MessagesDocument, list[str]] | None = None,
    glossary: str | None = None,
) -> list[Finding]:
    g = None
    if glossary:
        import yaml

        g = parse_glossary(yaml.safe_load(glossary), "g.yaml", "en", "zh")
    return check_translation(target[0], source[0] if source else None, g, target[1])


def kinds(findings: list[Finding]) -> list[tuple[str, str]]:
    return [(f.kind, f.location) for f in findings]


def only(findings: list[Finding], kind: str) -> Finding:
    found = [f for f in findings if f.kind == kind]
    assert len(found) == 1, findings
    assert found[0].suggestion
    return found[0]


# --------------------------------------------------------------------------- clean documents


def test_planted_templates_are_clean() -> None:
    assert run(doc(ZH), doc(EN)) == []
    assert run(doc(ZH)) == []
    assert run(doc(EN)) == []


def test_clean_evaluation_pair_reports_only_the_five_known_edits() -> None:
    en = import_messages(EVALUATION / "eval-en.md")
    zh = import_messages(EVALUATION / "eval-zh.md")
    lines = (EVALUATION / "eval-zh.md").read_text(encoding="utf-8").splitlines()
    found = kinds(check_translation(zh, en, None, lines))
    # 1.3.4 moved to 3.1.5, 2.2.4 moved to 2.4.5, 3.3.4 dropped, 4.4.5 added; 1.2 renamed
    # (a sub-topic title: no finding)
    assert sorted(found) == sorted(
        [
            ("dropped", "1.3.4"),
            ("dropped", "2.2.4"),
            ("dropped", "3.3.4"),
            ("extra", "2.4.5"),
            ("extra", "3.1.5"),
            ("extra", "4.4.5"),
        ]
    )


@pytest.mark.parametrize("name", ["eval-zh.md", "eval-en.md"])
def test_clean_evaluation_documents_alone_raise_nothing(name: str) -> None:
    path = EVALUATION / name
    lines = path.read_text(encoding="utf-8").splitlines()
    assert check_translation(import_messages(path), None, None, lines) == []


# --------------------------------------------------------------------------- with a source


def test_glossary_missing_approved_translation() -> None:
    glossary = """
pairs:
  en-zh:
    - term: Internet Governance Forum
      translation: 互联网治理论坛
      forbidden: [因特网治理论坛]
      note: official UN name
"""
    found = run(doc(ZH, b4="因特网管理论坛应支持可持续发展目标16。"), doc(EN), glossary)
    f = only(found, "glossary")
    assert f.location == "2.1.2" and "互联网治理论坛" in f.suggestion


def test_glossary_forbidden_variant_without_source() -> None:
    glossary = """
pairs:
  en-zh:
    - term: Internet Governance Forum
      translation: 互联网治理论坛
      forbidden: [因特网治理论坛]
"""
    found = run(doc(ZH, b4="因特网治理论坛应支持可持续发展目标16。"), None, glossary)
    f = only(found, "glossary")
    assert f.location == "2.1.2" and "因特网治理论坛" in f.evidence
    assert f.suggestion == "write '互联网治理论坛'"


def test_untranslated_segment() -> None:
    found = run(doc(ZH, b2=EN_BULLETS["b2"]), doc(EN))
    f = only(found, "untranslated")
    assert f.location == "1.1.2"


def test_dropped_segment() -> None:
    target = doc(ZH)
    text = "\n".join(target[1]).replace("2. " + ZH_BULLETS["b2"] + "\n", "")
    found = run((parse_messages(text, "markdown"), text.splitlines()), doc(EN))
    f = only(found, "dropped")
    assert f.location == "1.1.2" and "About 30 countries" in f.evidence


def test_number_differs() -> None:
    f = only(run(doc(ZH, b2="约有40个国家仍缺少国家战略。"), doc(EN)), "number")
    assert f.location == "1.1.2" and "30" in f.evidence and "40" in f.evidence


def test_acronym_missing() -> None:
    f = only(run(doc(ZH, b1="区域网络在重大事件中帮助规模较小的团队。"), doc(EN)), "acronym")
    assert f.location == "1.1.1" and "CERT" in f.evidence


def test_framework_reference_differs() -> None:
    f = only(run(doc(ZH, b4="互联网治理论坛应支持可持续发展目标17。"), doc(EN)), "framework")
    assert f.location == "2.1.2" and "SDG 16" in f.suggestion


def test_theme_framework_line_differs() -> None:
    target = doc(ZH)
    text = "\n".join(target[1]).replace("可持续发展目标 9、16]", "可持续发展目标 9、15]")
    f = only(run((parse_messages(text, "markdown"), text.splitlines()), doc(EN)), "framework")
    assert f.location == "theme 1" and "SDG 9 16" in f.suggestion


def test_date_differs() -> None:
    f = only(run(doc(ZH, b3="会议于2025年6月24日在利勒斯特罗姆举行。"), doc(EN)), "date")
    assert f.location == "2.1.1" and "2025-06-23" in f.suggestion


# --------------------------------------------------------------------------- one document


def test_chinese_name_spelled_two_ways() -> None:
    found = run(doc(ZH, b4="利勒斯特洛姆的与会者支持可持续发展目标16。"))
    f = only(found, "name_spelling")
    assert "利勒斯特罗姆" in f.evidence and "利勒斯特洛姆" in f.evidence
    assert f.location.startswith("line ")


def test_latin_name_spelled_two_ways() -> None:
    found = run(
        doc(
            EN,
            b1="Delegates from Kinshasa met in Lillestrom to discuss CERT networks.",
            b3="The meeting took place on 23 June 2025 in Lillestrom.",
            b4="Hosts in Lilestrom said the Internet Governance Forum should support SDG 16.",
        )
    )
    f = only(found, "name_spelling")
    assert f.location == "line 23" and "'Lilestrom'" in f.evidence
    assert "Lillestrom" in f.suggestion


def test_bracketed_label_varies() -> None:
    target = doc(ZH)
    text = "\n".join(target[1]).replace("## [构建] 数字合作", "## 【建设】 数字合作")
    f = only(run((parse_messages(text, "markdown"), text.splitlines())), "label")
    assert f.location == "line 14" and f.suggestion == "write [构建]"


@pytest.mark.parametrize(
    ("bullet", "word"),
    [("各方应加强合作合作。", "合作"), ("各方应加强合作、合作。", "合作")],
)
def test_chinese_word_repeated(bullet: str, word: str) -> None:
    f = only(run(doc(ZH, b2=bullet)), "repeated_word")
    assert f.location == "line 12" and f.suggestion == f"write '{word}' once"


def test_page_break_repaired_by_the_importer() -> None:
    text = ZH.format(
        **{
            **ZH_BULLETS,
            "b1": "许多发展中国家仍缺少人员齐备的国家计算机应急响应\n\n"
            "小组，在重大事件中帮助规模较小的团队。",
        }
    )
    target = parse_messages(text, "markdown")
    f = only(check_translation(target, None, None, text.splitlines()), "page_break")
    assert f.location == "line 11" and "line 13" in f.evidence


def test_english_word_repeated() -> None:
    f = only(
        run(doc(EN, b2="About 30 countries still lack a a national strategy.")), "repeated_word"
    )
    assert f.location == "line 12" and f.suggestion == "write 'a' once"


def test_sentence_broken_across_bullets() -> None:
    found = run(
        doc(EN, b1="Regional CERT networks help smaller", b2="teams during major incidents.")
    )
    f = only(found, "page_break")
    assert f.location == "1.1.1" and "join 1.1.1 and 1.1.2" in f.suggestion


def test_sentence_broken_by_page_break_in_chinese() -> None:
    # the half after the blank line is read as a bullet of its own
    text = ZH.format(
        **{**ZH_BULLETS, "b1": "区域计算机应急响应\n\n小组网络在重大事件中帮助规模较小的团队。"}
    )
    target = parse_messages(text, "markdown")
    f = only(check_translation(target, None, None, text.splitlines()), "page_break")
    assert f.location == "1.1.1" and "1.1.2" in f.evidence and "join" in f.suggestion


def test_heading_numbering_skips() -> None:
    text = "\n".join(doc(EN)[1])
    text = text.replace("## Building Digital Trust", "## 1. Building Digital Trust").replace(
        "## Building Digital Cooperation", "## 3. Building Digital Cooperation"
    )
    f = only(run((parse_messages(text, "markdown"), text.splitlines())), "heading_numbering")
    assert f.location == "line 14" and f.suggestion == "number it 2"


def test_heading_level_jumps() -> None:
    text = "\n".join(doc(ZH)[1]).replace("### 多利益攸关方参与", "#### 多利益攸关方参与")
    f = only(run((parse_messages(text, "markdown"), text.splitlines())), "heading_level")
    assert f.location == "line 20" and "###" in f.suggestion


def test_list_numbering_skips() -> None:
    text = "\n".join(doc(ZH)[1]).replace("2. " + ZH_BULLETS["b4"], "4. " + ZH_BULLETS["b4"])
    f = only(run((parse_messages(text, "markdown"), text.splitlines())), "list_numbering")
    assert f.location == "line 23" and f.suggestion == "number it 2"


@pytest.mark.slow
def test_aligned_by_meaning_a_moved_bullet_is_one_finding(use_embedder) -> None:  # type: ignore[no-untyped-def]
    en = import_messages(EVALUATION / "eval-en.md")
    zh = import_messages(EVALUATION / "eval-zh.md")
    lines = (EVALUATION / "eval-zh.md").read_text(encoding="utf-8").splitlines()
    found = kinds(check_translation(zh, en, None, lines, use_embedder))
    # the same planted edits as by position, but each move is one finding where it landed
    assert sorted(found) == sorted(
        [("dropped", "3.3.4"), ("extra", "4.4.5"), ("moved", "2.4.5"), ("moved", "3.1.5")]
    )
    # a document against itself: every bullet paired in place (only "identical to the source")
    assert {f.kind for f in check_translation(en, en, None, None, use_embedder)} == {"untranslated"}
