"""The printed document as plain data, built once and laid out by ``pdf.py`` and ``docx.py``.

::

    PrintDoc      title page (edition name, "Messages", place and dates, overarching theme,
                  credit lines), intro, theme list, disclaimer, contents entries
      themes[]    PrintTheme -> topics[] PrintTopic -> messages[] PrintMessage
      annexes     sources (when ``PrintOptions.sources == "annex"``), ledger, not reflected

Every text here is plain (unescaped) and already in the output language; each renderer
escapes it for its format. ``direction`` gives the base direction of a text (first strong
character, as the Unicode bidi algorithm's rule P2) so a French message in an Arabic
document is laid out left to right inside the right-to-left page.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from dataclasses import dataclass
from typing import Any, Literal

from forum_messages.export import common
from forum_messages.export.common import Index, label
from forum_messages.export.dates import format_range
from forum_messages.export.strings import base_language, language_name, t
from forum_messages.model import Draft, DraftTheme, Message, pick
from forum_messages.textsafe import printable as printable_text

SourcesMode = Literal["footnotes", "annex", "none"]
Direction = Literal["ltr", "rtl"]
RTL_LANGUAGES = ("ar", "fa", "he", "ur")

ANNEX_SOURCES = "annex-sources"
ANNEX_LEDGER = "annex-ledger"
ANNEX_NOT_REFLECTED = "annex-not-reflected"


@dataclass(frozen=True)
class PrintOptions:
    """What goes into a PDF or DOCX besides the messages.

    ``credit`` is a credit line of a translation ("Translated by ..."), printed on the title
    page after the draft's own (``Draft.credit``); ``sources`` puts each message's sessions in
    a footnote, in a numbered annex, or nowhere; the two annexes are those of the Markdown and
    HTML outputs. ``arabic_marks`` keeps Arabic short-vowel marks (tashkil) in the PDF: off by
    default, because WeasyPrint maps a letter drawn with a mark to the wrong text, so the PDF's
    text (search, copy, screen readers) would lose that letter everywhere (see
    docs/print-exports.md). DOCX keeps them.
    """

    credit: str | None = None
    sources: SourcesMode = "footnotes"
    ledger_annex: bool = True
    not_reflected_annex: bool = True
    arabic_marks: bool = False


@dataclass(frozen=True)
class PrintMessage:
    text: str
    direction: Direction
    lang: str | None  # the message's language when it is left untranslated, else None
    tag: str  # "[fr]" before a message left in its original language, else ""
    note: str  # "Text left in its original language (French)." or ""
    sources: str  # "Sources: WS #12, KE-IGF (NRI)"
    ref: int  # 1-based number of the message in the sources annex


@dataclass(frozen=True)
class PrintTopic:
    title: str
    anchor: str
    messages: tuple[PrintMessage, ...]


@dataclass(frozen=True)
class PrintTheme:
    title: str
    anchor: str
    line: str  # framework line and issue areas ('' when none)
    description: str
    topics: tuple[PrintTopic, ...]
    summary: str = ""  # a summary asked of a language model (--llm-summaries)
    notes: tuple[str, ...] = ()  # what a language model wrote in the theme


@dataclass(frozen=True)
class SourceRow:
    ref: int
    anchor: str
    excerpt: str  # the start of the message, so the annex can be read on its own
    sessions: tuple[str, ...]  # "WS #12 — Cyber capacity in the Global South"


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: frozenset[int]


@dataclass(frozen=True)
class TocEntry:
    level: int  # 1 theme or annex, 2 sub-topic
    title: str
    anchor: str


@dataclass(frozen=True)
class PrintDoc:
    lang: str
    direction: Direction
    title: str  # "IGF 2025 Messages — Final text", the document title and page header
    state: str  # "Final text", "Translation of the draft", ... big on the title page
    edition_name: str
    messages_word: str  # "Messages", big on the title page
    place_dates: str  # "Lillestrøm, Norway · 23–27 June 2025"
    overarching_label: str
    overarching: str
    credit_label: str
    credit: tuple[str, ...]  # one paragraph each: the draft's lines, then PrintOptions.credit
    intro: str
    themes_label: str
    disclaimer_label: str
    disclaimer: str
    contents: str
    toc: tuple[TocEntry, ...]
    themes: tuple[PrintTheme, ...]
    theme_part: str  # "Theme"
    messages_part: str  # "Messages"
    no_messages: str
    sources_mode: SourcesMode
    sources_title: str
    sources: tuple[SourceRow, ...]
    ledger_title: str
    ledger: Table | None
    not_reflected_title: str
    not_reflected_intro: tuple[str, ...]
    not_reflected: tuple[tuple[str, Table], ...] | None
    generated: str
    date: str  # ISO date for the file metadata: review opening, meeting end, or 1 January


def direction(text: str, default: Direction = "ltr") -> Direction:
    """The base direction of ``text``: that of its first strong character."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return default


def language_direction(lang: str) -> Direction:
    return "rtl" if base_language(lang) in RTL_LANGUAGES else "ltr"


def document_date(draft: Draft) -> str:
    """A fixed date for the file metadata, so the same draft gives the same bytes: the day a
    final text was published, the review's opening, the meeting's end, or 1 January."""
    ed = draft.edition
    if draft.state.stage == "final" and draft.state.published:
        return draft.state.published
    if ed.review:
        return ed.review[0]
    if ed.dates:
        return ed.dates[1]
    return f"{ed.year:04d}-01-01"


def _excerpt(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(",;:") + "…"


def _message(message: Message, ref: int, index: Index, lang: str) -> PrintMessage:
    foreign = common.is_foreign(message, lang)
    codes = [
        common.name_in_print_line(code, lang)
        + index.source_label(code, lang, message=message)[len(code) :]
        for code in index.source_sessions(message)
    ]
    text = " ".join(message.text.split())
    return PrintMessage(
        text=text,
        direction=direction(text, language_direction(lang)),
        lang=message.language if foreign else None,
        tag=f"[{message.language}]" if foreign else "",
        note=common.spaced_all(
            part
            for part in (
                t("original_language", lang).format(language=language_name(message.language, lang))
                if foreign
                else "",
                common.model_written(message, lang),
                common.one_session(message, index, lang),
            )
            if part
        ),
        sources=common.spaced(label("sources", lang), t("list_sep", lang).join(codes)),
        ref=ref,
    )


def _theme(theme: DraftTheme, index: Index, lang: str, start: int) -> PrintTheme:
    topics = []
    ref = start
    for topic in theme.topics:
        messages = []
        for message in topic.messages:
            messages.append(_message(message, ref, index, lang))
            ref += 1
        anchor = index.topic_anchor[(theme.key, topic.id)]
        topics.append(PrintTopic(" ".join(topic.title.split()), anchor, tuple(messages)))
    return PrintTheme(
        title=theme.title,
        anchor=index.theme_anchor[theme.key],
        line=common.theme_line(theme, lang),
        description=" ".join(theme.description.split()),
        topics=tuple(topics),
        summary=common.theme_summary(theme),
        notes=tuple(common.theme_notes(theme, lang)),
    )


def _source_rows(draft: Draft, index: Index) -> tuple[SourceRow, ...]:
    rows = []
    lang = draft.language
    for ref, message in enumerate(draft.messages(), 1):
        sessions = []
        for code in index.source_sessions(message):
            session = index.sessions.get(code)
            title = session.title if session is not None and session.title != code else ""
            named = common.name_in_print_line(code, lang)
            sessions.append(
                f"{named} — {common.name_in_print_line(title, lang)}" if title else named
            )
        rows.append(SourceRow(ref, f"source-{ref}", _excerpt(message.text), tuple(sessions)))
    return tuple(rows)


def _table(header: list[str], rows: list[list[str]], numeric: set[int]) -> Table:
    return Table(tuple(header), tuple(tuple(r) for r in rows), frozenset(numeric))


def _place_dates(draft: Draft) -> str:
    lang = draft.language
    ed = draft.edition
    place = pick(ed.place, lang)
    dates = format_range(*ed.dates, lang) if ed.dates else ""
    sep = "，" if base_language(lang) == "zh" else t("list_sep", lang)
    return sep.join(part for part in (place, dates) if part)


def _toc(doc_themes: tuple[PrintTheme, ...], options: PrintOptions, lang: str) -> list[TocEntry]:
    toc = []
    for th in doc_themes:
        toc.append(TocEntry(1, th.title, th.anchor))
        toc += [TocEntry(2, tp.title, tp.anchor) for tp in th.topics]
    if options.sources == "annex":
        toc.append(TocEntry(1, t("annex_sources", lang), ANNEX_SOURCES))
    if options.ledger_annex:
        toc.append(TocEntry(1, t("annex_ledger", lang), ANNEX_LEDGER))
    if options.not_reflected_annex:
        toc.append(TocEntry(1, t("annex_not_reflected", lang), ANNEX_NOT_REFLECTED))
    return toc


def printable(value: Any) -> Any:
    """``value`` (a text, or a tuple or print dataclass holding texts) without the characters
    no output may carry (``textsafe.UNPRINTABLE``). A draft can hold them where no reader
    cleaned the text (a ``messages.json`` edited by hand, a PO file, the site's translation
    editor)."""
    if isinstance(value, str):
        return printable_text(value)
    if isinstance(value, tuple):
        return tuple(printable(item) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: printable(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return dataclasses.replace(value, **changes)
    return value


def build(draft: Draft, options: PrintOptions | None = None) -> PrintDoc:
    """The printed document of ``draft`` in ``draft.language``, every text printable (see
    ``printable``)."""
    doc: PrintDoc = printable(_build(draft, options))
    return doc


def _build(draft: Draft, options: PrintOptions | None) -> PrintDoc:
    options = options or PrintOptions()
    lang = draft.language
    index = Index.of(draft)
    themes = []
    ref = 1
    for theme in draft.themes:
        themes.append(_theme(theme, index, lang, ref))
        ref += sum(len(tp.messages) for tp in theme.topics)
    doc_themes = tuple(themes)
    not_reflected = None
    intro_lines: tuple[str, ...] = ()
    if options.not_reflected_annex:
        header, groups = common.not_reflected_tables(draft, index)
        not_reflected = tuple((name, _table(header, rows, set())) for name, rows in groups)
        if draft.not_reflected:
            count = t("not_reflected_count", lang).format(n=len(draft.not_reflected))
            notes = tuple(
                common.spaced(common.label_of(name, lang), text)
                for name, text in common.reason_notes(draft)
            )
            intro_lines = (t("not_reflected_intro", lang), count, *notes)
        else:
            intro_lines = (t("not_reflected_none", lang),)
    return PrintDoc(
        lang=lang,
        direction=language_direction(lang),
        title=common.full_title(draft),
        state=common.state_label(draft),
        edition_name=pick(draft.edition.name, lang),
        messages_word=t("messages", lang),
        place_dates=_place_dates(draft),
        overarching_label=label("overarching_theme", lang),
        overarching=common.overarching_theme(draft),
        credit_label=label("translation", lang),
        credit=common.credit_lines((*draft.credit, options.credit or "")),
        intro=common.intro(draft),
        themes_label=label("themes", lang),
        disclaimer_label=label("disclaimer", lang),
        disclaimer=common.disclaimer(draft),
        contents=t("contents", lang),
        toc=tuple(_toc(doc_themes, options, lang)),
        themes=doc_themes,
        theme_part=t("theme", lang),
        messages_part=t("messages", lang),
        no_messages=t("no_messages", lang),
        sources_mode=options.sources,
        sources_title=t("annex_sources", lang),
        sources=_source_rows(draft, index) if options.sources == "annex" else (),
        ledger_title=t("annex_ledger", lang),
        ledger=_table(*common.ledger_table(draft)) if options.ledger_annex else None,
        not_reflected_title=t("annex_not_reflected", lang),
        not_reflected_intro=intro_lines,
        not_reflected=not_reflected,
        generated=t("generated_by", lang).format(
            generator=common.GENERATOR, version=common.VERSION
        ),
        date=document_date(draft),
    )
