"""Markdown reports: front matter, section headings in six languages, items and paragraphs."""

from __future__ import annotations

import pytest

from forum_messages.ingest import load_reports
from forum_messages.ingest.markdown import section_of
from forum_messages.model import Corpus

from .conftest import Writer

FRONT = "---\nsession: WS 1\n---\n"


def load(write: Writer, body: str, front: str = FRONT) -> Corpus:
    return load_reports([write("r.md", front + body)])


def texts(corpus: Corpus, kind: str | None = None) -> list[str]:
    return [s.text for s in corpus.statements if kind is None or s.kind == kind]


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        ("Key Takeaways", "key_takeaways"),
        ("KEY TAKEAWAYS:", "key_takeaways"),
        ("Key takeaway", "key_takeaways"),
        ("Takeaways", "key_takeaways"),
        ("Calls to Action", "calls_to_action"),
        ("Call-to-action", "calls_to_action"),
        ("Principaux enseignements", "key_takeaways"),
        ("Points clés à retenir", "key_takeaways"),
        ("Points cles a retenir", "key_takeaways"),
        ("Appels à l'action", "calls_to_action"),
        ("Appels à l’action :", "calls_to_action"),
        ("Conclusiones clave", "key_takeaways"),
        ("Principales conclusiones", "key_takeaways"),
        ("Llamados a la acción", "calls_to_action"),
        ("Llamamientos a la acción", "calls_to_action"),
        ("Ключевые выводы", "key_takeaways"),
        ("Призывы к действию", "calls_to_action"),
        ("主要收获", "key_takeaways"),
        ("关键要点", "key_takeaways"),
        ("行动呼吁", "calls_to_action"),
        ("النقاط الرئيسية", "key_takeaways"),
        ("الاستنتاجات الرئيسية", "key_takeaways"),
        ("دعوات إلى العمل", "calls_to_action"),
        ("الدعوات إلى العمل", "calls_to_action"),
        ("دعوات الى العمل", "calls_to_action"),
        ("Messages", "messages"),
        ("Mensajes", "messages"),
        ("Послания", "messages"),
        ("主要信息", "messages"),
        ("الرسائل", "messages"),
        ("1. Key Takeaways", "key_takeaways"),
        ("Summary", None),
        ("Key Takeaways and Calls to Action", None),
        ("Participants", None),
    ],
)
def test_section_names(heading: str, section: str | None) -> None:
    assert section_of(heading) == section


@pytest.mark.parametrize("level", ["#", "##", "###", "####"])
def test_heading_levels(write: Writer, level: str) -> None:
    corpus = load(write, f"{level} Key Takeaways\n- A\n{level} Calls to Action\n- B\n")
    assert texts(corpus, "key_takeaway") == ["A"] and texts(corpus, "call_to_action") == ["B"]


@pytest.mark.parametrize(
    "body",
    [
        "Key Takeaways\n=============\n- A\n\nCalls to Action\n---------------\n- B\n",
        "**Key Takeaways**\n- A\n\n**Calls to Action:**\n- B\n",
        "Key Takeaways:\n\n- A\n\nCalls to Action\n\n- B\n",
        "## Key Takeaways ##\n* A\n## Calls to Action\n+ B\n",
    ],
    ids=["setext", "bold", "plain line", "closing hashes"],
)
def test_other_heading_styles(write: Writer, body: str) -> None:
    corpus = load(write, body)
    assert texts(corpus, "key_takeaway") == ["A"] and texts(corpus, "call_to_action") == ["B"]


def test_items_continuations_and_lines(write: Writer) -> None:
    body = (
        "# The Title\n"  # line 4
        "\n"
        "## Key Takeaways\n"  # 6
        "\n"
        "1. First item that\n"  # 8
        "   wraps onto a second line.\n"
        "2) Second item\n"  # 10
        "lazily continued.\n"
        "- Third item\n"  # 12
        "\n"
        "  with an indented paragraph.\n"
        "• Fourth item\n"  # 15
        "    - nested item\n"  # 16
        "\n"
        "A paragraph after the list.\n"  # 18
        "\n"
        "## Participation\n"
        "- not a statement\n"
        "## Calls to Action\n"  # 22
        "Paragraph one\n"  # 23
        "continues.\n"
        "\n"
        "Paragraph two with **bold** and __strong__ words.\n"  # 26
        "<!-- a comment\n"
        "- hidden item -->\n"
        "\n"
        "---\n"
        "\n"
        "Paragraph three.\n"  # 32
    )
    corpus = load(write, body)
    assert corpus.sessions[0].title == "The Title"
    assert [(s.text, s.location.line) for s in corpus.statements] == [
        ("First item that wraps onto a second line.", 8),
        ("Second item lazily continued.", 10),
        ("Third item with an indented paragraph.", 12),
        ("Fourth item", 15),
        ("nested item", 16),
        ("A paragraph after the list.", 18),
        ("Paragraph one continues.", 23),
        ("Paragraph two with bold and strong words.", 26),
        ("Paragraph three.", 32),
    ]
    assert [s.index for s in corpus.statements] == [0, 1, 2, 3, 4, 5, 0, 1, 2]


def test_subheadings_inside_a_section_keep_the_section(write: Writer) -> None:
    body = (
        "## Key Takeaways\n### On trust\n- A\n### On access\n- B\n"
        "## Next steps\n- ignored\n# Calls to Action\n## Short term\n- C\n"
    )
    corpus = load(write, body)
    assert texts(corpus, "key_takeaway") == ["A", "B"]
    assert texts(corpus, "call_to_action") == ["C"]


def test_front_matter_title_wins_and_fields(write: Writer) -> None:
    front = (
        "---\nsession: 'WS #7'\ntitle: From front matter\ntype: Workshop\nlanguage: es\n"
        "organisers:\n  - name: Ana\n    stakeholder_group: Civil Society\n---\n"
    )
    corpus = load(write, "# Body title\n## Conclusiones clave\n- Uno\n- Dos\n", front)
    [session] = corpus.sessions
    assert (session.code, session.title, session.language) == ("WS #7", "From front matter", "es")
    assert texts(corpus) == ["Uno", "Dos"]


def test_language_stays_none_when_not_given(write: Writer) -> None:
    corpus = load(write, "## 主要收获\n- 数字信任至关重要。\n## 行动呼吁\n- 各国政府应当行动。\n")
    assert corpus.sessions[0].language is None
    assert texts(corpus, "call_to_action") == ["各国政府应当行动。"]


def test_statements_in_front_matter(write: Writer) -> None:
    front = "---\nsession: WS 1\nkey_takeaways:\n  - From front matter\n---\n"
    corpus = load(write, "## Calls to Action\n- From body\n", front)
    assert [(s.kind, s.text, s.location.line) for s in corpus.statements] == [
        ("key_takeaway", "From front matter", 4),
        ("call_to_action", "From body", 7),
    ]


def test_nri_report_in_arabic(write: Writer) -> None:
    front = "---\nnri: المنتدى العربي لحوكمة الإنترنت\nkind: regional\nlanguage: العربية\n---\n"
    corpus = load(
        write, "## الرسائل الرئيسية\n- الوصول الشامل أولوية.\n- يجب إشراك الشباب.\n", front
    )
    [nri] = corpus.sessions
    assert (nri.kind, nri.nri_kind, nri.language, nri.type) == (
        "nri",
        "regional",
        "ar",
        "NRI report",
    )
    assert texts(corpus, "nri_message") == ["الوصول الشامل أولوية.", "يجب إشراك الشباب."]
