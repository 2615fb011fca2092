"""The HTML that WeasyPrint lays out into the PDF: the print model plus ``templates/print.css``.

Not the HTML output (``html.py`` is a web page); this one is made for paged media: a title
page, a table of contents whose page numbers come from ``target-counter()``, footnotes
(``float: footnote``), running headers and page numbers in margin boxes. Arabic gets
``dir="rtl"`` on the root and the margin boxes mirrored; each message, footnote and table cell
carries its own ``dir`` so a Latin-script text keeps its order inside a right-to-left page.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from html import escape
from importlib import resources

from forum_messages.export import common
from forum_messages.export.print_fonts import body_stack, css_stack, heading_stack
from forum_messages.export.print_model import (
    ANNEX_LEDGER,
    ANNEX_NOT_REFLECTED,
    ANNEX_SOURCES,
    PrintDoc,
    PrintMessage,
    PrintTheme,
    Table,
    direction,
)

#: A run of more than this many characters with no place to break a line (no space; CJK and
#: fullwidth characters break anywhere) gets a zero-width space every ``_STEP`` characters.
_RUN = 80
_STEP = 40
_LONG = re.compile(
    r"[^\s\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]" + f"{{{_RUN + 1},}}"
)
_JOINERS = frozenset("\u200c\u200d\u034f")


def _break_run(match: re.Match[str]) -> str:
    out: list[str] = []
    since = 0
    previous = ""
    for ch in match.group():
        # never between a letter and its combining marks, nor at a joiner
        if (
            since >= _STEP
            and ch not in _JOINERS
            and previous not in _JOINERS
            and unicodedata.category(ch)[0] != "M"
        ):
            out.append("\u200b")
            since = 0
        out.append(ch)
        since += 1
        previous = ch
    return "".join(out)


def breakable(text: str) -> str:
    """``text`` with places to break inside runs too long for a line. ``overflow-wrap:
    break-word`` alone breaks them too, but WeasyPrint lays out the rest of the paragraph again
    at each break: 20,000 letters took 17 s, and with 5,000 combining marks after them, 4
    minutes; with these breaks, under 3 s."""
    return _LONG.sub(_break_run, text) if len(text) > _RUN else text


def e(text: str) -> str:
    """Escaped text for the page's content (attribute values and the metadata: ``plain``)."""
    return escape(breakable(text), quote=True)


def plain(text: str) -> str:
    """Escaped text with no break places added: attribute values, the title, the metadata."""
    return escape(text, quote=True)


def css_string(text: str) -> str:
    """``text`` as a CSS string literal (quotes, backslashes and newlines escaped), safe
    inside a ``<style>`` element: ``<`` is written ``\\3c `` so a ``</style>`` in the text
    cannot end the element and start HTML of its own."""
    out = " ".join(text.split()).replace("\\", "\\\\").replace('"', '\\"')
    return '"' + out.replace("<", "\\3c ") + '"'


@cache
def base_css() -> str:
    return (resources.files("forum_messages.export") / "templates" / "print.css").read_text(
        encoding="utf-8"
    )


def page_css(doc: PrintDoc) -> str:
    """Fonts by language and the margin boxes, mirrored for a right-to-left document."""
    start, end = ("right", "left") if doc.direction == "rtl" else ("left", "right")
    return (
        f"html {{ font-family: {css_stack(body_stack(doc.lang))}; }}\n"
        f"h1, h2, h3, .toc li.toc-1 {{ font-family: {css_stack(heading_stack(doc.lang))}; }}\n"
        # A message left in its own language gets that language's fonts (a French apostrophe
        # in a Chinese document is not drawn full-width by the CJK font).
        f"body [lang]:lang(en), body [lang]:lang(fr), body [lang]:lang(es), "
        f"body [lang]:lang(ru) {{ font-family: {css_stack(body_stack('en'))}; }}\n"
        f"body [lang]:lang(zh) {{ font-family: {css_stack(body_stack('zh'))}; }}\n"
        f"body [lang]:lang(ar) {{ font-family: {css_stack(body_stack('ar'))}; }}\n"
        "@page {\n"
        f"  @top-{start} {{ content: {css_string(doc.title)}; font-size: 8pt; color: #595959;"
        f" font-family: {css_stack(body_stack(doc.lang))}; }}\n"
        f"  @top-{end} {{ content: string(theme); font-size: 8pt; color: #595959;"
        f" font-family: {css_stack(body_stack(doc.lang))}; }}\n"
        "  @bottom-center { content: counter(page); font-size: 9pt; color: #595959; }\n"
        "}\n"
        ".theme h2, .annex h2 { string-set: theme content(); }\n"
        '.toc h2, .front { string-set: theme ""; }\n'
    )


def _dir(text: str, doc: PrintDoc) -> str:
    return direction(text, doc.direction)


def txt(text: str, doc: PrintDoc) -> str:
    """Escaped ``text``, embedded in its own direction when it differs from the page's: an
    English title in an Arabic document keeps its full stop at its end, and the heading keeps
    the page's alignment. (WeasyPrint honours ``dir`` on a span, not ``<bdi>``.)"""
    own = _dir(text, doc)
    if own == doc.direction:
        return e(text)
    return f'<span dir="{own}">{e(text)}</span>'


def _cover(doc: PrintDoc) -> list[str]:
    out = [
        '<section class="cover">',
        f'<p class="edition">{txt(doc.edition_name, doc)}</p>',
        f"<h1>{e(doc.messages_word)}</h1>",
        f'<p class="state">{txt(doc.state, doc)}</p>',
    ]
    if doc.place_dates:
        out.append(f'<p class="place-dates">{txt(doc.place_dates, doc)}</p>')
    if doc.overarching:
        out.append(
            f'<p class="overarching"><span class="label">{e(doc.overarching_label)}</span>'
            f'<span class="value">{txt(doc.overarching, doc)}</span></p>'
        )
    credit_label = f"<strong>{e(doc.credit_label)}</strong>{common.gap(doc.credit_label)}"
    out += [
        f'<p class="credit">{credit_label if i == 0 else ""}{txt(line, doc)}</p>'
        for i, line in enumerate(doc.credit)
    ]
    out += ['<div class="spacer"></div>', f'<p class="generated">{e(doc.generated)}</p>']
    return [*out, "</section>"]


def _front(doc: PrintDoc) -> list[str]:
    out = ['<section class="front">', f'<p class="intro">{txt(doc.intro, doc)}</p>']
    if doc.themes:
        out.append(f'<p class="label">{e(doc.themes_label)}</p>')
        out.append('<ol class="theme-list">')
        out += [f"<li>{txt(th.title, doc)}</li>" for th in doc.themes]
        out.append("</ol>")
    if doc.disclaimer:
        out.append(
            f'<aside class="disclaimer"><strong>{e(doc.disclaimer_label)}</strong>'
            f"{common.gap(doc.disclaimer_label)}"
            f"{txt(doc.disclaimer, doc)}</aside>"
        )
    return [*out, "</section>"]


def _toc(doc: PrintDoc) -> list[str]:
    out = ['<nav class="toc" id="contents">', f"<h2>{e(doc.contents)}</h2>", "<ul>"]
    out += [
        f'<li class="toc-{entry.level}"><a href="#{entry.anchor}">{txt(entry.title, doc)}</a></li>'
        for entry in doc.toc
    ]
    return [*out, "</ul>", "</nav>"]


def _message(message: PrintMessage, doc: PrintDoc) -> str:
    lang = f' lang="{plain(message.lang)}"' if message.lang else ""
    tag = f'<span class="tag">{e(message.tag)}</span> ' if message.tag else ""
    ref = ""
    if doc.sources_mode == "footnotes":
        ref = (
            f'<span class="fn" dir="{_dir(message.sources, doc)}" lang="{plain(doc.lang)}">'
            f"{e(message.sources)}</span>"
        )
    elif doc.sources_mode == "annex":
        ref = f'<a class="ref" href="#source-{message.ref}">[{message.ref}]</a>'
    note = ""
    if message.note:
        attrs = f'lang="{plain(doc.lang)}" dir="{doc.direction}"'
        note = f'<span class="note" {attrs}>{e(message.note)}</span>'
    return f'<li dir="{message.direction}"{lang}>{tag}{e(message.text)}{ref}{note}</li>'


def _theme(theme: PrintTheme, doc: PrintDoc) -> list[str]:
    out = [
        f'<section class="theme" id="{theme.anchor}">',
        f"<h2>{txt(theme.title, doc)}</h2>",
        f'<p class="part">{e(doc.theme_part)}</p>',
    ]
    if theme.line:
        out.append(f'<p class="frameworks">{txt(theme.line, doc)}</p>')
    if theme.description:
        out.append(f'<p class="description">{txt(theme.description, doc)}</p>')
    if theme.summary:
        out.append(f'<p class="description">{txt(theme.summary, doc)}</p>')
    out += [f'<p class="description"><em>{txt(n, doc)}</em></p>' for n in theme.notes]
    out.append(f'<p class="part">{e(doc.messages_part)}</p>')
    if not theme.topics:
        out.append(f'<p class="no-messages">{e(doc.no_messages)}</p>')
    for topic in theme.topics:
        out += [f'<h3 id="{topic.anchor}">{txt(topic.title, doc)}</h3>', '<ul class="messages">']
        out += [_message(m, doc) for m in topic.messages]
        out.append("</ul>")
    return [*out, "</section>"]


def _table(table: Table, doc: PrintDoc) -> list[str]:
    def cell(tag: str, i: int, text: str) -> str:
        if i in table.numeric:
            return f'<{tag} class="num">{e(text)}</{tag}>'
        return f'<{tag} dir="{_dir(text, doc)}">{e(text)}</{tag}>'

    out = ["<table>", "<thead><tr>"]
    out.append("".join(cell("th", i, h) for i, h in enumerate(table.header)))
    out.append("</tr></thead><tbody>")
    out += [
        "<tr>" + "".join(cell("td", i, c) for i, c in enumerate(row)) + "</tr>"
        for row in table.rows
    ]
    return [*out, "</tbody></table>"]


def _annexes(doc: PrintDoc) -> list[str]:
    out: list[str] = []
    if doc.sources_mode == "annex":
        out += [f'<section class="annex" id="{ANNEX_SOURCES}">', f"<h2>{e(doc.sources_title)}</h2>"]
        for row in doc.sources:
            sessions = "; ".join(row.sessions)
            out.append(
                f'<p class="source" id="{row.anchor}"><span class="num">[{row.ref}]</span> '
                f'<span class="excerpt" dir="{_dir(row.excerpt, doc)}">{e(row.excerpt)}</span>'
                f'<span class="sessions" dir="{_dir(sessions, doc)}">{e(sessions)}</span></p>'
            )
        out.append("</section>")
    if doc.ledger is not None:
        out += [f'<section class="annex" id="{ANNEX_LEDGER}">', f"<h2>{e(doc.ledger_title)}</h2>"]
        out += [*_table(doc.ledger, doc), "</section>"]
    if doc.not_reflected is not None:
        out += [
            f'<section class="annex" id="{ANNEX_NOT_REFLECTED}">',
            f"<h2>{e(doc.not_reflected_title)}</h2>",
        ]
        out += [f"<p>{e(line)}</p>" for line in doc.not_reflected_intro]
        for name, table in doc.not_reflected:
            out += [f"<h3>{txt(name, doc)}</h3>", *_table(table, doc)]
        out.append("</section>")
    return out


def print_html(doc: PrintDoc) -> str:
    """The whole document as one HTML page for WeasyPrint (no external resource)."""
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{plain(doc.lang)}" dir="{doc.direction}">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{plain(doc.title)}</title>",
        f'<meta name="generator" content="{plain(common.GENERATOR)} {plain(common.VERSION)}">',
        f'<meta name="dcterms.created" content="{plain(doc.date)}">',
        f'<meta name="dcterms.modified" content="{plain(doc.date)}">',
        f"<style>\n{base_css()}\n{page_css(doc)}</style>",
        "</head>",
        "<body>",
        *_cover(doc),
        *_front(doc),
        *_toc(doc),
    ]
    for theme in doc.themes:
        out += _theme(theme, doc)
    out += _annexes(doc)
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"
