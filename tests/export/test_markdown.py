from __future__ import annotations

import dataclasses
import html
import re

import pytest

from forum_messages.export.markdown import md, render_markdown
from forum_messages.model import Draft, NotReflected, SourceRef

from .conftest import ARABIC_CTA, HOSTILE, make_draft

markdown_it = pytest.importorskip("markdown_it")


def to_html(text: str) -> str:
    return markdown_it.MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(text)


def visible_text(rendered: str) -> str:
    """Rendered HTML without tags, entities decoded, whitespace collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", rendered)).split())


def headings(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("#")]


def test_layout_order(draft: Draft) -> None:
    out = render_markdown(draft)
    assert headings(out) == [
        "# IGF 2025 Messages — Draft",
        '## <a id="contents"></a>Contents',
        '## <a id="theme-trust"></a>Building Digital Trust and Resilience',
        '### <a id="topic-trust-t1"></a>Cyber capacity building',
        '### <a id="topic-trust-t2"></a>Platforms & \\*information\\* integrity',
        '## <a id="theme-access"></a>Building Universal Access and Digital Rights',
        '### <a id="topic-access-t3"></a>Meaningful connectivity',
        '### <a id="topic-access-t4"></a>Community networks',
        '## <a id="annex-ledger"></a>Annex: Sources and balance',
        '## <a id="annex-not-reflected"></a>Annex: Statements not reflected',
        "### Building Digital Trust and Resilience",
        "### Building Universal Access and Digital Rights",
        "### No theme",
    ]
    front = out.split("## ")[0]
    assert "**Overarching theme:** Building Digital Governance Together" in front
    assert "1. Building Digital Trust and Resilience\n2. Building Universal Access" in front
    assert "> **Disclaimer:** This is a draft" in front


def test_intro_placeholders_are_filled(draft: Draft) -> None:
    out = render_markdown(draft)
    assert (
        "The 6 sessions of the meeting in Lillestrøm, Norway (23–27 June 2025) made 13 "
        "statements, grouped under 2 themes. The draft messages are open for community review "
        "from 27 June 2025 to 14 July 2025; the comments received will inform the final "
        "version. {unknown} stays as written." in out
    )


def test_fallback_intro_when_the_edition_has_none(draft: Draft) -> None:
    edition = dataclasses.replace(draft.edition, intro={})
    out = render_markdown(dataclasses.replace(draft, edition=edition))
    assert (
        "These messages were prepared from 13 statements taken from the reports of 6 sessions"
    ) in out
    assert "The statements are key takeaways (" in out
    assert "open for community review from 27 June 2025 to 14 July 2025" in out


def test_theme_part(draft: Draft) -> None:
    out = render_markdown(draft)
    trust = out.split('<a id="theme-trust"></a>')[1].split("### ")[0]
    assert trust.index("**Theme**") < trust.index("[GDC 1, 3 - WSIS C5 - SDGs 9, 16]")
    assert "[GDC 1, 3 - WSIS C5 - SDGs 9, 16]; Cybersecurity, Information integrity\n" in trust
    assert trust.index("Information integrity\n\nTrust and resilience") < trust.index(
        "**Messages**"
    )
    access = out.split('<a id="theme-access"></a>')[1].split("### ")[0]
    assert "\n[SDGs 9]\n" in access


def test_every_message_and_its_sources(draft: Draft) -> None:
    out = render_markdown(draft)
    text = visible_text(to_html(out))
    for message in draft.messages():
        assert " ".join(message.text.split()) in text
    assert "- Cyber capacity building is essential" in out
    assert "  <sub>Sources: WS #12, Open Forum #3, KE-IGF (NRI)</sub>" in out
    assert "  <sub>Sources: LT #7, Main #1</sub>" in out


def test_message_left_in_its_language_is_marked(draft: Draft) -> None:
    out = render_markdown(draft)
    assert "- [zh] 应加强发展中国家的网络安全能力建设" in out
    assert (
        "<sub>Text left in its original language (Chinese). Rests on one session. "
        "Sources: WS #45</sub>"
    ) in out


def test_every_not_reflected_statement_is_listed(draft: Draft) -> None:
    out = render_markdown(draft)
    annex = out.split('<a id="annex-not-reflected"></a>')[1]
    text = visible_text(to_html(annex))
    assert "Statements not reflected: 4." in text
    assert (
        "Open Forum #3 Key Takeaway Not grouped with another session — Only one session said this."
        in text
    )
    assert "Quantum-safe cryptography needs a migration plan." in text
    assert HOSTILE in text  # shown literally, as written
    # a reason given once, with its explanation: the explanation above the tables
    assert "Empty: The statement has no text." in text
    assert "LT #7 Call to Action Empty Generated" in text


@pytest.mark.parametrize("marker", ["2. ", "b) ", "• ", "- "])
def test_a_not_reflected_statement_is_listed_without_its_list_marker(
    draft: Draft, marker: str
) -> None:
    said = "Quantum-safe cryptography needs a migration plan."
    statements = tuple(
        dataclasses.replace(a, text=marker + a.text) if a.id == "s10" else a
        for a in draft.statements
    )
    out = render_markdown(dataclasses.replace(draft, statements=statements))
    row = next(line for line in out.splitlines() if line.startswith("| Open Forum #3 |"))
    assert row.endswith(f"| {said} |")


def test_ledger_annex(draft: Draft) -> None:
    out = render_markdown(draft)
    annex = out.split('<a id="annex-ledger"></a>')[1].split("## ")[0]
    rows = [line for line in annex.splitlines() if line.startswith("|")]
    assert rows[0] == (
        "| Theme | Sessions | Statements | NRI inputs | Stakeholder groups | Regions | "
        "Languages | Global South share |"
    )
    assert rows[2].startswith(
        "| Building Digital Trust and Resilience | 5 | 6 | 1 | Civil Society 2"
    )
    assert rows[2].endswith("| English 5, Chinese 1 | 60% |")
    assert rows[3].endswith("| n/a |")
    assert rows[4].startswith("| All themes | 7 | 13 | 1 |")
    assert all(row.count(" | ") == 7 for row in rows)  # no pipe leaked from the data


def test_hostile_text_is_inert(draft: Draft) -> None:
    rendered = to_html(render_markdown(draft))
    assert "<script" not in rendered
    assert "<b>" not in rendered
    assert "javascript:" not in re.findall(r'href="([^"]*)"', rendered)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered
    hrefs = re.findall(r'href="([^"]*)"', rendered)
    assert all(h.startswith("#") for h in hrefs), hrefs
    assert "<em>" not in rendered and "<code>" not in rendered
    # each table keeps its columns: the pipes of the statement did not split the cells
    for table in re.findall(r"<table>.*?</table>", rendered, re.S):
        widths = {
            row.count("<td") + row.count("<th") for row in re.findall(r"<tr>.*?</tr>", table, re.S)
        }
        assert len(widths) == 1


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("# not a heading", "\\# not a heading"),
        ("1. not a list", "1\\. not a list"),
        ("- not a list", "\\- not a list"),
        ("[x] not a task", "\\[x] not a task"),
        ("[a](b) [c]: d [e][f]", "[a\\](b) [c\\]: d [e\\][f]"),
        ("snake_case _em_", "snake_case \\_em\\_"),
        ("a\n\n  b", "a b"),
        ("R&D &amp; co", "R&D \\&amp; co"),
        ("ends with #", "ends with \\#"),
        ("[GDC 1 - SDGs 9]", "[GDC 1 - SDGs 9]"),
    ],
)
def test_md_escape(raw: str, expected: str) -> None:
    assert md(raw) == expected


def test_arabic_output(draft_ar: Draft) -> None:
    out = render_markdown(draft_ar)
    assert out.startswith("# رسائل منتدى حوكمة الإنترنت 2025 — مشروع\n")
    assert "[الميثاق 1، 3 - القمة C5 - الأهداف 9، 16]" in out
    assert "**الرسائل**" in out
    assert '## <a id="annex-not-reflected"></a>المرفق: البيانات غير المدرجة في الرسائل' in out
    assert f"| LT #7 | دعوة إلى العمل | لم تُجمع مع جلسة أخرى | {ARABIC_CTA} |" in out
    assert "- [en] Governments should fund community networks." in out


def test_deterministic(draft: Draft) -> None:
    assert render_markdown(draft) == render_markdown(make_draft("en"))
    assert render_markdown(draft).endswith("</sub>\n")


def _notes(out: str) -> list[str]:
    return re.findall(r"<sub>(.*?)</sub>", out)


def test_chinese_labels_and_notes_take_no_space_after_their_punctuation() -> None:
    out = render_markdown(make_draft("zh"))
    notes = _notes(out)
    assert "仅依据一场会议。来源：WS #45" in notes  # the Chinese message, from one session
    assert "文本保留原文语言（英文）。仅依据一场会议。来源：Main #1" in notes
    assert not [n for n in notes if "： " in n or "。 " in n]
    assert "**总主题：**Building Digital Governance Together" in out


def test_latin_labels_and_notes_keep_their_space() -> None:
    assert "Rests on one session. Sources: Main #1" in _notes(render_markdown(make_draft("en")))
    french = _notes(render_markdown(make_draft("fr")))
    assert any(n.endswith(". Sources : Main #1") for n in french)


@pytest.mark.parametrize(
    ("lang", "named"),
    [
        ("es", ["Sociedad civil 2", "Grupo de Estados de África 2", "Gobierno 1"]),
        ("zh", ["民间社会 2", "非洲国家组 2", "政府 1"]),
        ("ru", ["Гражданское общество 2", "Группа африканских государств 2"]),
        ("ar", ["المجتمع المدني 2", "مجموعة الدول الأفريقية 2", "الحكومات 1"]),
    ],
)
def test_ledger_names_groups_and_regions_in_the_draft_language(lang: str, named: list[str]) -> None:
    annex = render_markdown(make_draft(lang)).split('<a id="annex-ledger"></a>')[1]
    trust = next(line for line in annex.splitlines() if "Building Digital Trust" in line)
    for name in named:
        assert name in trust
    assert "Civil Society" not in trust and "African Group" not in trust
    assert "WEOG 2" in trust  # a group no list names stays as the edition writes it


def _explained(lang: str) -> Draft:
    """The draft with two statements set aside for one reason, explained alike, a third for
    that reason with an explanation of its own, and one for a reason given once."""
    why = "The draft grouped no other session's statement with this one."
    base = make_draft(lang)
    items = (
        NotReflected("s10", "Open Forum #3", "trust", "single_session", why),
        NotReflected("s11", "WS #99", "access", "single_session", why),
        NotReflected("s13", "LT #7", "access", "single_session", "Only this talk spoke of it."),
        NotReflected("s12", "LT #7", None, "empty", "The statement has no text."),
    )
    return dataclasses.replace(base, not_reflected=items)


def test_a_reason_shared_by_several_statements_is_explained_once() -> None:
    out = render_markdown(_explained("en"))
    annex = out.split('<a id="annex-not-reflected"></a>')[1]
    why = "The draft grouped no other session's statement with this one."
    assert annex.count(why) == 1
    assert f"- **Not grouped with another session:** {why}" in annex
    rows = [line for line in annex.splitlines() if line.startswith("| ")]
    assert sum("| Not grouped with another session |" in row for row in rows) == 2
    # an explanation said of one statement, beside the reason's shared one, stays on its row
    assert any(
        "| Not grouped with another session — Only this talk spoke of it. |" in row for row in rows
    )
    # a reason given once, with the one explanation it has, is explained above the tables too
    assert "- **Empty:** The statement has no text." in annex
    assert any("| Empty |" in row for row in rows)
    assert not any("— The statement has no text." in row for row in rows)


@pytest.mark.parametrize(
    ("lang", "label"), [("zh", "未与其他会议归并"), ("es", "No agrupada con otra sesión")]
)
def test_no_english_explanation_in_another_language_annex(lang: str, label: str) -> None:
    annex = render_markdown(_explained(lang)).split('<a id="annex-not-reflected"></a>')[1]
    assert "grouped no other session" not in annex
    assert "The statement has no text" not in annex  # a reason given once: its label alone
    # an explanation no table translates, said of one statement: its label alone too
    assert "Only this talk" not in annex
    assert annex.count(f"| {label} |") == 3


def _edited(lang: str) -> Draft:
    """The draft with statements set aside as the pipeline and the editor set them aside: a
    reason whose statements have two different explanations (the editor's), and one whose
    statements share the pipeline's one."""
    from forum_messages.synth.set_aside import REASONS

    items = (
        NotReflected(
            "s10", "Open Forum #3", "trust", "editor", "An editor took it out of a message."
        ),
        NotReflected(
            "s11", "WS #99", "access", "editor", "An editor removed the message it was in."
        ),
        NotReflected("s13", "LT #7", "access", "single_session", REASONS["single_session"]),
        NotReflected("s12", "WS #99", "access", "single_session", REASONS["single_session"]),
    )
    return dataclasses.replace(make_draft(lang), not_reflected=items)


@pytest.mark.parametrize(
    ("lang", "took", "removed", "grouped"),
    [
        (
            "fr",
            "| Mise de côté par un rédacteur — Un rédacteur l'a retirée d'un message. |",
            "| Mise de côté par un rédacteur — Un rédacteur a supprimé le message dont elle "
            "faisait partie. |",
            "- **Non regroupée avec une autre session :** Le projet n'a regroupé avec elle",
        ),
        (
            "es",
            "| Apartada por un editor — Un editor la retiró de un mensaje. |",
            "| Apartada por un editor — Un editor eliminó el mensaje en el que figuraba. |",
            "- **No agrupada con otra sesión:** El borrador no agrupó con ella",
        ),
        (
            "ru",
            "| Отложено редактором — Редактор исключил его из послания. |",
            "| Отложено редактором — Редактор удалил послание, в которое оно входило. |",
            "- **Не объединено с другой сессией:** Проект не объединил с этим заявлением",
        ),
        (
            "ar",
            "| نحّاه أحد المحررين — أخرجه أحد المحررين من رسالة. |",
            "| نحّاه أحد المحررين — حذف أحد المحررين الرسالة التي كان ضمنها. |",
            "- **لم تُجمع مع جلسة أخرى:** لم تجمع المسودة مع هذا البيان",
        ),
        (
            "zh",
            "| 由编辑移出 — 编辑将其从某条信息中移出。 |",
            "| 由编辑移出 — 编辑删除了其所在的信息。 |",
            "- **未与其他会议归并：**草稿未将其他会议的任何陈述",
        ),
    ],
)
def test_explanations_are_in_the_draft_s_language(
    lang: str, took: str, removed: str, grouped: str
) -> None:
    """A reason with two explanations gives each on its row, and one its statements share
    above the tables, both in the draft's language; no English sentence is left."""
    annex = render_markdown(_edited(lang)).split('<a id="annex-not-reflected"></a>')[1]
    rows = [line for line in annex.splitlines() if line.startswith("| ")]
    assert any(took in row for row in rows)
    assert any(removed in row for row in rows)
    assert grouped in annex
    for english in ("Set aside", "An editor", "The draft grouped", "other words"):
        assert english not in annex, english
    # the English draft: the same sentences as the draft states them
    english = render_markdown(_edited("en")).split('<a id="annex-not-reflected"></a>')[1]
    assert "| Set aside by an editor — An editor took it out of a message. |" in english
    assert "- **Not grouped with another session:** The draft grouped no other" in english


@pytest.mark.parametrize(
    ("lang", "label"),
    [
        ("zh", "KE-IGF（国家和地区倡议）"),
        ("en", "KE-IGF (NRI)"),
        ("ar", "KE-IGF (مبادرة وطنية أو إقليمية)"),
    ],
)
def test_an_nri_source_is_marked_in_the_language_s_brackets(lang: str, label: str) -> None:
    notes = _notes(render_markdown(make_draft(lang)))
    assert any(label in note for note in notes)
    if lang == "zh":
        assert not [n for n in notes if " (" in n or "(国" in n]


def _arabic_sources(lang: str) -> Draft:
    """The draft whose last message rests on two sessions named in Arabic, side by side."""
    draft = make_draft(lang)
    last = draft.themes[-1].topics[-1].messages[-1]
    refs = (SourceRef("s09", "ورشة عمل 4", 0.9), SourceRef("s08", "جلسة رئيسية 2", 0.8))
    topic = dataclasses.replace(
        draft.themes[-1].topics[-1], messages=(dataclasses.replace(last, sources=refs),)
    )
    access = dataclasses.replace(draft.themes[-1], topics=(*draft.themes[-1].topics[:-1], topic))
    return dataclasses.replace(draft, themes=(*draft.themes[:-1], access))


def test_names_in_right_to_left_letters_are_isolated_in_a_left_to_right_line() -> None:
    fsi, pdi = "\u2068", "\u2069"
    notes = _notes(render_markdown(_arabic_sources("en")))
    assert f"Sources: {fsi}ورشة عمل 4{pdi}, {fsi}جلسة رئيسية 2{pdi}" in notes
    assert len([n for n in notes if fsi in n]) == 1  # Latin names as they are
    # an Arabic draft lays the line out right to left: its names need no isolate
    arabic = _notes(render_markdown(_arabic_sources("ar")))
    assert any(n.endswith("ورشة عمل 4، جلسة رئيسية 2") for n in arabic)
    assert not [n for n in arabic if fsi in n]
