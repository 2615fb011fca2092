from __future__ import annotations

import dataclasses
import re
from html.parser import HTMLParser

import pytest

from forum_messages.export.html import render_html
from forum_messages.model import Draft, SourceRef

from .conftest import ARABIC, ARABIC_CTA, HOSTILE, make_draft

VOID = {"meta", "br", "hr", "img", "input", "link"}


class Page(HTMLParser):
    """Collects elements (tag, attrs, text inside) and checks that tags are balanced."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str], list[str]]] = []
        self.elements: list[tuple[str, dict[str, str], list[str]]] = []
        self.errors: list[str] = []
        self.feed(text)
        self.close()
        if self.stack:
            self.errors.append(f"unclosed: {[s[0] for s in self.stack]}")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element: tuple[str, dict[str, str], list[str]] = (tag, {k: v or "" for k, v in attrs}, [])
        self.elements.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"unexpected </{tag}>")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        for element in self.stack:
            element[2].append(data)

    def find(self, tag: str, cls: str | None = None) -> list[tuple[str, dict[str, str], str]]:
        return [
            (t, a, " ".join("".join(txt).split()))
            for t, a, txt in self.elements
            if t == tag and (cls is None or cls in a.get("class", "").split())
        ]


@pytest.fixture
def page(draft: Draft) -> Page:
    return Page(render_html(draft))


def test_well_formed_and_self_contained(draft: Draft, page: Page) -> None:
    out = render_html(draft)
    assert out.startswith("<!DOCTYPE html>\n")
    assert not page.errors
    tags = {t for t, _a, _txt in page.elements}
    assert not tags & {"script", "link", "img", "iframe", "object", "embed", "form"}
    for _t, attrs, _txt in page.elements:
        assert not any(k.startswith("on") for k in attrs)
        for key in ("href", "src", "action"):
            assert attrs.get(key, "#").startswith("#"), attrs
    style = page.find("style")[0][2]
    assert "url(" not in style and "@import" not in style
    assert page.find("meta", None)[1][1] == {
        "name": "viewport",
        "content": "width=device-width, initial-scale=1",
    }


def test_language_and_direction(draft: Draft, draft_ar: Draft) -> None:
    assert '<html lang="en" dir="ltr">' in render_html(draft)
    ar = render_html(draft_ar)
    assert '<html lang="ar" dir="rtl">' in ar
    assert "<h1>رسائل منتدى حوكمة الإنترنت 2025 — مشروع</h1>" in ar
    assert not Page(ar).errors


def test_hostile_text_is_escaped(draft: Draft, page: Page) -> None:
    out = render_html(draft)
    assert "<script" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "<b>" not in out
    assert "Platforms &amp; &lt;b&gt;dark patterns&lt;/b&gt;" in out
    quotes = [txt for _t, _a, txt in page.find("blockquote")]
    assert " ".join(HOSTILE.split()) in quotes


def test_structure(page: Page) -> None:
    assert [txt for _t, _a, txt in page.find("h2")] == [
        "Contents",
        "Building Digital Trust and Resilience",
        "Building Universal Access and Digital Rights",
        "Annex: Sources and balance",
        "Annex: Statements not reflected",
    ]
    assert [txt for _t, _a, txt in page.find("p", "frameworks")] == [
        "[GDC 1, 3 - WSIS C5 - SDGs 9, 16]; Cybersecurity, Information integrity",
        "[SDGs 9]",
    ]
    links = [a["href"] for _t, a, _txt in page.find("a")]
    ids = {a["id"] for _t, a, _txt in page.elements if "id" in a}
    assert links and all(h[1:] in ids for h in links)


def test_every_message_has_its_sources(draft: Draft, page: Page) -> None:
    items = page.find("li", "message")
    assert len(items) == len(draft.messages())
    texts = [txt for _t, _a, txt in page.find("p", "text")]
    for message, text in zip(draft.messages(), texts, strict=True):
        assert " ".join(message.text.split()) in text
    summaries = [txt for _t, _a, txt in page.find("summary")]
    assert summaries == [
        "3 sources: WS #12, Open Forum #3, KE-IGF",
        "1 source: WS #45",
        "2 sources: WS #99, WS #12",
        "2 sources: LT #7, Main #1",
        "1 source: Main #1",
    ]
    metas = [txt for _t, _a, txt in page.find("p", "meta")]
    assert metas[0] == (
        "WS #12 · Cyber capacity in the Global South · Key Takeaway · English · Similarity 0.81"
    )
    assert len(metas) == sum(len(m.sources) for m in draft.messages())
    quotes = [txt for _t, _a, txt in page.find("blockquote")]
    assert ARABIC in quotes
    arabic = next(a for _t, a, txt in page.find("blockquote") if txt == ARABIC)
    # the statement's language gives its direction, whatever letter it opens with
    assert arabic == {"lang": "ar", "dir": "rtl"}
    quotes = page.find("blockquote")
    english = next(a for _t, a, txt in quotes if txt.startswith("Cyber capacity building"))
    assert english["dir"] == "ltr"


def test_message_left_in_its_language(page: Page) -> None:
    marked = [(a, txt) for _t, a, txt in page.find("p", "text") if a.get("lang")]
    assert marked == [({"class": "text", "lang": "zh", "dir": "ltr"}, marked[0][1])]
    assert marked[0][1].startswith("[zh] 应加强")
    assert "Text left in its original language (Chinese)." in [
        txt for _t, _a, txt in page.find("p", "note")
    ]


def test_ledgers_and_balance_chart(draft: Draft, page: Page) -> None:
    out = render_html(draft)
    assert len(page.find("div", "balance")) == 2
    trust = out.split('id="theme-trust"')[1].split("</section>")[0]
    assert "<tr><th>Global South share</th><td>60%</td></tr>" in trust
    assert '<span class="bar-label" dir="auto">Civil Society</span>' in trust
    assert '<span class="fill" style="width:40.0%"></span>' in trust
    assert '<span class="bar-value">2 (40%)</span>' in trust
    access = out.split('id="theme-access"')[1].split("</section>")[0]
    assert "<td>n/a</td>" in access
    assert "bars south" not in access  # no share known, no bar
    annex = out.split('id="annex-ledger"')[1].split("</section>")[0]
    assert annex.count("<tr>") == 1 + len(draft.themes) + 1
    assert "All themes" in annex


def test_every_not_reflected_statement_is_listed(draft: Draft) -> None:
    out = render_html(draft)
    annex = Page(out.split('<section id="annex-not-reflected">')[1].split("</section>")[0])
    cells = [txt for _t, _a, txt in annex.find("td")]
    for item in draft.not_reflected:
        text = next(a.text for a in draft.statements if a.id == item.statement)
        assert " ".join(text.split()) in cells
        assert item.session in cells
    assert ARABIC_CTA in cells
    assert "Not grouped with another session — Only one session said this." in cells
    assert [txt for _t, _a, txt in annex.find("h3")] == [
        "Building Digital Trust and Resilience",
        "Building Universal Access and Digital Rights",
        "No theme",
    ]


def test_deterministic(draft: Draft) -> None:
    assert render_html(draft) == render_html(make_draft("en"))
    assert not re.search(r"\d{4}-\d{2}-\d{2}T", render_html(draft))


def _with_last_message(draft: Draft, text: str, language: str) -> Draft:
    """``draft`` with its last message's text left in ``language``."""
    access = draft.themes[-1]
    topic = access.topics[-1]
    message = dataclasses.replace(topic.messages[0], text=text, language=language)
    topic = dataclasses.replace(topic, messages=(message,))
    access = dataclasses.replace(access, topics=(*access.topics[:-1], topic))
    return dataclasses.replace(draft, themes=(*draft.themes[:-1], access))


def test_a_text_left_in_a_right_to_left_language_reads_right_to_left(draft: Draft) -> None:
    # "dir=auto" would read the tag "[ar]" first and lay the Arabic text out left to right
    page = Page(render_html(_with_last_message(draft, ARABIC_CTA, "ar")))
    arabic = [(a, txt) for _t, a, txt in page.find("p", "text") if a.get("lang") == "ar"]
    assert arabic == [({"class": "text", "lang": "ar", "dir": "rtl"}, f"[ar] {ARABIC_CTA}")]
    tags = [a for _t, a, _txt in page.find("span", "lang-tag")]
    assert {"class": "lang-tag", "dir": "ltr"} in tags


def test_an_english_text_in_an_arabic_draft_reads_left_to_right(draft_ar: Draft) -> None:
    page = Page(render_html(draft_ar))
    english = [a for _t, a, _txt in page.find("p", "text") if a.get("lang") == "en"]
    assert english and all(a["dir"] == "ltr" for a in english)


@pytest.mark.parametrize(
    ("lang", "first"),
    [
        ("zh", "3个来源：WS #12、Open Forum #3、KE-IGF"),
        ("fr", "3 sources : WS #12, Open Forum #3, KE-IGF"),
        ("ar", "3 مصادر: WS #12، Open Forum #3، KE-IGF"),
    ],
)
def test_sources_summary_takes_the_language_colon(lang: str, first: str) -> None:
    page = Page(render_html(make_draft(lang)))
    assert next(txt for _t, _a, txt in page.find("summary")) == first


def test_balance_bars_name_groups_in_the_draft_language() -> None:
    out = render_html(make_draft("es"))
    trust = out.split('id="theme-trust"')[1].split("</section>")[0]
    assert '<span class="bar-label" dir="auto">Sociedad civil</span>' in trust
    assert '<span class="bar-label" dir="auto">Grupo de Estados de África</span>' in trust
    assert '<span class="bar-label" dir="auto">WEOG</span>' in trust  # as the edition writes it
    assert "Civil Society" not in trust


def test_chinese_front_labels_take_no_space() -> None:
    out = render_html(make_draft("zh"))
    assert "<strong>总主题：</strong>Building Digital Governance Together" in out


def test_no_global_south_share_is_shown_when_none_is_known_for_the_draft(draft: Draft) -> None:
    from dataclasses import replace as replaced

    from forum_messages.export.markdown import render_markdown

    # one theme with no share known beside one with a share: "n/a" on that theme's row
    assert "Global South share" in render_markdown(draft)
    themes = [
        replaced(th, ledger=replaced(th.ledger, global_south_share=None)) for th in draft.themes
    ]
    unknown = replaced(draft, themes=themes, ledger=replaced(draft.ledger, global_south_share=None))
    for out in (render_html(unknown), render_markdown(unknown)):
        assert "Global South share" not in out
        assert "n/a" not in out
    annex = render_html(unknown).split('id="annex-ledger"')[1].split("</section>")[0]
    # theme, sessions, statements, NRI inputs, groups, regions, languages
    assert len(re.findall(r"<th[ >]", annex)) == 7
    assert "All themes" in annex


def _two_from_one_session(draft: Draft) -> Draft:
    """The draft whose last message rests on two statements of one session (Main #1), the
    second numbered as its report listed it ("b) ..."), and whose NRI report is titled with
    its own name."""
    last = draft.themes[-1].topics[-1].messages[-1]
    refs = (SourceRef("s08", "Main #1", 0.9), SourceRef("s09", "Main #1", 0.8))
    two = dataclasses.replace(last, sources=refs)
    topic = dataclasses.replace(draft.themes[-1].topics[-1], messages=(two,))
    access = dataclasses.replace(draft.themes[-1], topics=(*draft.themes[-1].topics[:-1], topic))
    statements = tuple(
        dataclasses.replace(s, text="b) " + s.text) if s.id == "s09" else s
        for s in draft.statements
    )
    sessions = tuple(
        dataclasses.replace(s, title=s.code) if s.kind == "nri" else s for s in draft.sessions
    )
    return dataclasses.replace(
        draft,
        themes=(*draft.themes[:-1], access),
        statements=statements,
        sessions=sessions,
    )


@pytest.mark.parametrize(
    ("lang", "summary"),
    [
        ("en", "2 sources (1 session): Main #1"),
        ("fr", "2 sources (1 session) : Main #1"),
        ("ru", "2 источника (1 сессия): Main #1"),
        ("zh", "2个来源（1场会议）：Main #1"),
        ("ar", "مصدران (جلسة واحدة): Main #1"),
    ],
)
def test_a_summary_says_how_many_sessions_when_fewer_than_its_sources(
    lang: str, summary: str
) -> None:
    page = Page(render_html(_two_from_one_session(make_draft(lang))))
    summaries = [txt for _t, _a, txt in page.find("summary")]
    assert summaries[-1] == summary
    # as many sessions as sources: the count alone, as before
    assert summaries[0].split("：")[0].split(":")[0].strip() in {
        "3 sources",
        "3 источника",
        "3个来源",
        "3 مصادر",
    }


def test_a_source_is_quoted_without_its_list_marker_and_named_once() -> None:
    page = Page(render_html(_two_from_one_session(make_draft("en"))))
    quotes = [txt for _t, _a, txt in page.find("blockquote")]
    assert "Governments should fund community networks." in quotes
    assert not [q for q in quotes if q.startswith("b)")]
    metas = [txt for _t, _a, txt in page.find("p", "meta")]
    # an NRI report titled with its name: "KE-IGF · KE-IGF · ..." would say it twice
    assert "KE-IGF · NRI message · English · Similarity 0.65" in metas
    # a session's title differs from its code: both are given
    assert any(m.startswith("Main #1 · Universal access · ") for m in metas)


def test_each_source_name_keeps_its_own_direction(draft: Draft) -> None:
    # two Arabic names side by side in a left-to-right line would run together as one
    # right-to-left run and swap places: each is isolated
    out = render_html(draft)
    assert (
        "<summary>3 sources: <bdi>WS #12</bdi>, <bdi>Open Forum #3</bdi>, <bdi>KE-IGF</bdi>" in out
    )
    assert '<span class="stitle" dir="auto">ربط المناطق الريفية</span>' in out
    assert '<span class="code" dir="auto">LT #7</span>' in out
    arabic = render_html(make_draft("ar"))
    assert (
        "<summary>3 مصادر: <bdi>WS #12</bdi>، <bdi>Open Forum #3</bdi>، <bdi>KE-IGF</bdi>" in arabic
    )
