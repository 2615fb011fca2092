"""Each messy case of a published Messages document, on its own, in a small input."""

from __future__ import annotations

import pytest

from forum_messages.documents import MessagesDocument, parse_messages
from forum_messages.model import Frameworks


def kinds(doc: MessagesDocument) -> list[str]:
    return [r.kind for r in doc.repairs]


def outline(doc: MessagesDocument) -> list[tuple[str, list[tuple[str | None, int]]]]:
    return [(th.title, [(tp.title, len(tp.bullets)) for tp in th.topics]) for th in doc.themes]


BULLET_A = "Governments should fund national CERTs over several years."
BULLET_B = "Regional CERT networks help small teams during major incidents."
BULLET_C = "Community networks need licences adapted to non-profit operators."


def test_clean_document() -> None:
    doc = parse_messages(
        f"""# Messages

## Building Digital Trust

[GDC 3 - WSIS C5 - SDGs 16]; cybersecurity

This theme is about trust.

### Cyber capacity

- {BULLET_A}
- {BULLET_B}

## Building Universal Access

[GDC 1 - SDGs 9]

### Community networks

- {BULLET_C}
"""
    )
    assert doc.title == "Messages"
    assert doc.language == "en"
    assert outline(doc) == [
        ("Building Digital Trust", [("Cyber capacity", 2)]),
        ("Building Universal Access", [("Community networks", 1)]),
    ]
    trust = doc.themes[0]
    assert trust.frameworks == Frameworks(gdc=("3",), wsis=("C5",), sdg=("16",))
    assert trust.issue_areas == ("cybersecurity",)
    assert trust.description == "This theme is about trust."
    assert [b.text for b in trust.bullets()] == [BULLET_A, BULLET_B]
    assert trust.bullets()[0].line == 11
    assert doc.repairs == ()


def test_sub_topic_with_the_heading_level_of_a_theme() -> None:
    doc = parse_messages(
        f"""## Building Digital Trust

[GDC 3 - SDGs 16]

## Cyber capacity

- {BULLET_A}

## Incident response

- {BULLET_B}

## Building Universal Access

[SDGs 9]

### Community networks

- {BULLET_C}
"""
    )
    assert outline(doc) == [
        ("Building Digital Trust", [("Cyber capacity", 1), ("Incident response", 1)]),
        ("Building Universal Access", [("Community networks", 1)]),
    ]
    assert kinds(doc).count("heading_level") == 2


def test_themes_told_by_the_theme_list_when_there_is_no_framework_line() -> None:
    doc = parse_messages(
        f"""# Messages

Themes:

1. Building Digital Trust
2. Building Universal Access

## 1. Building Digital Trust

## Cyber capacity

- {BULLET_A}

## 2. Building Universal Access

## Community networks

- {BULLET_C}
"""
    )
    assert outline(doc) == [
        ("Building Digital Trust", [("Cyber capacity", 1)]),
        ("Building Universal Access", [("Community networks", 1)]),
    ]


def test_themes_told_by_theme_and_messages_part_headings() -> None:
    doc = parse_messages(
        f"""## Building Digital Trust

### Theme

This theme is about trust.

### Messages

### Cyber capacity

- {BULLET_A}

## Building Universal Access

### Theme

This theme is about access.

### Messages

## Community networks

- {BULLET_C}
"""
    )
    assert outline(doc) == [
        ("Building Digital Trust", [("Cyber capacity", 1)]),
        ("Building Universal Access", [("Community networks", 1)]),
    ]
    assert doc.themes[1].description == "This theme is about access."
    assert kinds(doc).count("generic_heading") == 4
    assert kinds(doc).count("heading_level") == 1


def test_bracketed_label_spelled_two_ways() -> None:
    doc = parse_messages(
        f"""## [Building] Digital Trust

### Cyber capacity

- {BULLET_A}

## 【Building】 Universal Access

### Community networks

- {BULLET_C}

## [ Building ]Digital Cooperation

### Forums

- {BULLET_B}
"""
    )
    assert [th.title for th in doc.themes] == [
        "Digital Trust",
        "Universal Access",
        "Digital Cooperation",
    ]
    assert [th.label for th in doc.themes] == ["[Building]"] * 3
    labels = [r for r in doc.repairs if r.kind == "label_spelling"]
    assert len(labels) == 1 and "【Building】" in labels[0].detail


def test_generic_headings_repeated_under_every_theme() -> None:
    themes = []
    for title, topic, bullet in (
        ("Building Digital Trust", "Cyber capacity", BULLET_A),
        ("Building Universal Access", "Community networks", BULLET_C),
        ("Building Digital Cooperation", "Forums", BULLET_B),
    ):
        themes.append(
            f"## {title}\n\n### IGF 2025 Lillestrøm\n\n**Theme**\n\n[SDGs 9]\n\n"
            f"**Messages**\n\n#### {topic}\n\n- {bullet}\n"
        )
    doc = parse_messages("# IGF 2025 Messages\n\n" + "\n".join(themes))
    assert outline(doc) == [
        ("Building Digital Trust", [("Cyber capacity", 1)]),
        ("Building Universal Access", [("Community networks", 1)]),
        ("Building Digital Cooperation", [("Forums", 1)]),
    ]
    generic = [r.detail for r in doc.repairs if r.kind == "generic_heading"]
    assert len(generic) == 9
    assert sum("IGF 2025 Lillestrøm" in d for d in generic) == 3


def test_meeting_name_heading_equal_to_the_title_is_generic() -> None:
    doc = parse_messages(
        f"# IGF 2025\n\n## Building Digital Trust\n\n## IGF 2025\n\n[SDGs 9]\n\n"
        f"### Cyber capacity\n\n- {BULLET_A}\n"
    )
    assert outline(doc) == [("Building Digital Trust", [("Cyber capacity", 1)])]


def test_table_of_contents_with_page_numbers_and_front_matter() -> None:
    doc = parse_messages(
        f"""# IGF 2025 Messages

The 20th annual meeting of the IGF took place in June 2025. These messages summarise it.

> **Disclaimer:** These messages are not negotiated outcomes.

## Contents

Building Digital Trust .......... 3
Cyber capacity .......... 3
Building Universal Access 4
Community networks 4

## Building Digital Trust

[SDGs 16]

### Cyber capacity

- {BULLET_A}

## Building Universal Access

[SDGs 9]

### Community networks

- {BULLET_C}
"""
    )
    assert outline(doc) == [
        ("Building Digital Trust", [("Cyber capacity", 1)]),
        ("Building Universal Access", [("Community networks", 1)]),
    ]
    toc = [r for r in doc.repairs if r.kind == "table_of_contents"]
    assert len(toc) == 1 and "4 entries" in toc[0].detail
    front = [r for r in doc.repairs if r.kind == "front_matter"]
    assert len(front) == 1 and front[0].line == 3


def test_contents_as_links_and_dot_leaders_without_heading() -> None:
    doc = parse_messages(
        f"""Building Digital Trust ........ 2
Cyber capacity ........ 2

## Building Digital Trust

[SDGs 16]

### Cyber capacity

- {BULLET_A}
"""
    )
    assert outline(doc) == [("Building Digital Trust", [("Cyber capacity", 1)])]
    assert "table_of_contents" in kinds(doc)


def test_bullet_broken_by_a_page_break_is_joined() -> None:
    doc = parse_messages(
        """## Building Digital Trust

[SDGs 16]

### Cyber capacity

- Governments should fund national CERTs over several

years, and train their staff.
- Regional CERT networks help small teams during major incidents.
"""
    )
    bullets = [b.text for b in doc.bullets()]
    assert bullets == [
        "Governments should fund national CERTs over several years, and train their staff.",
        "Regional CERT networks help small teams during major incidents.",
    ]
    joined = [r for r in doc.repairs if r.kind == "page_break_join"]
    assert len(joined) == 1 and joined[0].line == 7


def test_broken_chinese_bullet_is_joined() -> None:
    doc = parse_messages(
        """## [构建] 数字信任

[可持续发展目标 16]

### 网络能力

1. 许多发展中国家仍缺少人员齐备的国家计算机应急响应小组，网络能力建设应

持续多年，并与日后负责运营这些小组的机构共同设计。
2. 区域网络使规模较小的团队能够在重大事件中寻求援助。
"""
    )
    assert [b.text for b in doc.bullets()] == [
        "许多发展中国家仍缺少人员齐备的国家计算机应急响应小组，网络能力建设应"
        "持续多年，并与日后负责运营这些小组的机构共同设计。",
        "区域网络使规模较小的团队能够在重大事件中寻求援助。",
    ]
    assert doc.language == "zh"
    assert "page_break_join" in kinds(doc)


def test_a_finished_bullet_and_a_new_paragraph_are_not_joined() -> None:
    doc = parse_messages(
        f"""## Building Digital Trust

[SDGs 16]

### Cyber capacity

{BULLET_A}

{BULLET_B}
"""
    )
    assert [b.text for b in doc.bullets()] == [BULLET_A, BULLET_B]
    assert "page_break_join" not in kinds(doc)


def test_bullets_before_the_first_sub_topic() -> None:
    doc = parse_messages(
        f"""## Building Digital Trust

[SDGs 16]

Description of the theme.

- {BULLET_A}

### Incident response

- {BULLET_B}
"""
    )
    assert outline(doc) == [("Building Digital Trust", [(None, 1), ("Incident response", 1)])]
    assert doc.themes[0].description == "Description of the theme."
    assert doc.counts() == {"themes": 1, "sub_topics": 1, "bullets": 2}
    assert "bullets_before_topic" in kinds(doc)


def test_plain_paragraph_bullets() -> None:
    doc = parse_messages(
        f"""## Building Digital Trust

[SDGs 16]

### Messages

### Cyber capacity

{BULLET_A}

{BULLET_B}
"""
    )
    assert [b.text for b in doc.bullets()] == [BULLET_A, BULLET_B]


def test_annex_is_skipped_and_empty_topics_reported() -> None:
    doc = parse_messages(
        f"""## Building Digital Trust

[SDGs 16]

### Cyber capacity

### Incident response

- {BULLET_A}

## Annex: Sources and balance

- Not a message.
"""
    )
    assert outline(doc) == [("Building Digital Trust", [("Incident response", 1)])]
    assert "annex" in kinds(doc)
    assert "empty_topic" in kinds(doc)


def test_without_any_theme_heading_one_untitled_theme() -> None:
    doc = parse_messages(f"{BULLET_A}\n\n{BULLET_B}\n")
    assert len(doc.themes) == 1 and doc.themes[0].title == ""
    assert "no_theme" in kinds(doc)


def test_unknown_framework_items_are_reported() -> None:
    doc = parse_messages(f"## Building Digital Trust\n\n[GDC 9 - SDGs 16]\n\n- {BULLET_A}\n")
    assert doc.themes[0].frameworks == Frameworks(sdg=("16",))
    assert "unknown_framework_id" in kinds(doc)


def test_markdown_markup_is_removed_and_escapes_undone() -> None:
    doc = parse_messages(
        "## Building Digital Trust\n\n[SDGs 16]\n\n"
        "- **Governments** should read [the report](https://example.org) and \\*act\\*.\n"
        "  <sub>Sources: WS #1</sub>\n"
    )
    assert [b.text for b in doc.bullets()] == ["Governments should read the report and *act*."]


@pytest.mark.parametrize(
    ("lang", "theme", "messages", "bullet"),
    [
        ("fr", "Thème", "Messages", "Les gouvernements devraient financer les CERT nationales."),
        ("es", "Tema", "Mensajes", "Los gobiernos deberían financiar los CERT nacionales."),
        ("ru", "Тема", "Послания", "Правительствам следует финансировать национальные CERT."),
        ("ar", "الموضوع", "الرسائل", "ينبغي للحكومات أن تمول فرق الاستجابة الوطنية."),
        ("zh", "主题", "信息", "各国政府应为国家计算机应急响应小组提供资金。"),
    ],
)
def test_part_headings_in_other_languages(
    lang: str, theme: str, messages: str, bullet: str
) -> None:
    parts = [
        f"## Theme {n}\n\n**{theme}**\n\nDescription {n}.\n\n**{messages}**\n\n"
        f"## Topic {n}\n\n- {bullet}\n"
        for n in (1, 2)
    ]
    doc = parse_messages("\n".join(parts))
    assert outline(doc) == [("Theme 1", [("Topic 1", 1)]), ("Theme 2", [("Topic 2", 1)])]
    assert doc.themes[1].description == "Description 2."
    assert doc.language == lang


def test_a_sub_topic_title_used_under_every_theme_is_not_generic() -> None:
    parts = [
        f"## Theme {n}\n\n[SDGs 9]\n\n### Capacity building\n\n- {BULLET_A}\n\n"
        f"### Topic {n}\n\n- {BULLET_B}\n"
        for n in (1, 2, 3)
    ]
    doc = parse_messages("\n".join(parts))
    assert [[tp.title for tp in th.topics] for th in doc.themes] == [
        ["Capacity building", f"Topic {n}"] for n in (1, 2, 3)
    ]
    assert "generic_heading" not in kinds(doc)
