"""The draft as one self-contained HTML page: inline CSS, no script, no external request.

Same structure as the Markdown output. Each message carries a ``<details>`` element listing
its source statements in full (session code and title, kind, language, similarity); each
theme has its ledger and a balance chart of CSS bars (stakeholder groups, regions, Global
South share). Arabic output gets ``dir="rtl"``; every text from the draft is HTML-escaped
and user text carries ``dir="auto"`` so mixed scripts display correctly.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from html import escape

from forum_messages.export import common
from forum_messages.export.common import Index, label, label_of
from forum_messages.export.htmlstyle import CSS
from forum_messages.export.strings import base_language, kind_label, language_name, t
from forum_messages.model import Draft, DraftTheme, Ledger, Message, SourceRef, TopicLevel
from forum_messages.nlp.segment import strip_numbering

RTL_LANGUAGES = ("ar", "fa", "he", "ur")


def e(text: str) -> str:
    """Escape text for HTML content and attribute values."""
    return escape(text, quote=True)


def direction(lang: str) -> str:
    return "rtl" if base_language(lang) in RTL_LANGUAGES else "ltr"


def _source(ref: SourceRef, index: Index, lang: str) -> str:
    session = index.sessions.get(ref.session)
    found = index.statements.get(ref.statement)
    # each name in its own direction (``dir`` isolates it): an Arabic code beside an Arabic
    # title in a left-to-right line would otherwise run together and swap places
    meta = [f'<span class="code" dir="auto">{e(ref.session)}</span>']
    # an NRI report's title is its name, its code too: said once
    if session is not None and " ".join(session.title.split()) != ref.session:
        meta.append(f'<span class="stitle" dir="auto">{e(session.title)}</span>')
    if found is not None:
        meta.append(e(kind_label(found.kind, lang)))
        meta.append(e(language_name(found.language, lang)))
    meta.append(f"{e(t('similarity', lang))} {ref.similarity:.2f}")
    # as the annex gives it: without the list marker its report numbered it with ("a)", "2.")
    text = strip_numbering(found.text) if found is not None else ref.statement
    known = found.language if found is not None else ""
    text_lang = f' lang="{e(known)}"' if known else ""
    # the direction of the statement's language when known: an Arabic statement that opens
    # with a Latin name ("IGF ...") still reads right to left
    way = direction(known) if known else "auto"
    return (
        f'<li><p class="meta">{" · ".join(meta)}</p>'
        f'<blockquote{text_lang} dir="{way}">{e(text)}</blockquote></li>'
    )


def _message(message: Message, index: Index, lang: str) -> Iterator[str]:
    """A message's lines, its sources one a line as they are made."""
    anchor = index.message_anchor[message.id]
    foreign = common.is_foreign(message, lang)
    attrs = f' lang="{e(message.language)}"' if foreign else ""
    tag = f'<span class="lang-tag" dir="ltr">[{e(message.language)}]</span> ' if foreign else ""
    # a text left in another language takes that language's direction: "dir=auto" would
    # read the Latin tag "[ar]" first and lay an Arabic text out left to right
    way = direction(message.language) if foreign else "auto"
    out = [
        f'<li class="message" id="{anchor}">',
        f'<p class="text"{attrs} dir="{way}">{tag}{e(message.text)}</p>',
    ]
    if foreign:
        note = t("original_language", lang).format(language=language_name(message.language, lang))
        out.append(f'<p class="note">{e(note)}</p>')
    for note in (common.model_written(message, lang), common.one_session(message, index, lang)):
        if note:
            out.append(f'<p class="note">{e(note)}</p>')
    # each session's name isolated (``<bdi>``): two Arabic names in a row in a left-to-right
    # list would run together as one right-to-left run, the second shown first
    codes = e(t("list_sep", lang)).join(
        f"<bdi>{e(c)}</bdi>{e(index.source_label(c, lang, nri=False, message=message)[len(c) :])}"
        for c in index.source_sessions(message)
    )
    head = label_of(common.sources_count(message, index, lang), lang)
    summary = f"{e(head)}{common.gap(head)}{codes}"
    out.append(f'<details class="sources"><summary>{summary}</summary><ol>')
    yield from out
    for ref in message.sources:
        yield _source(ref, index, lang)
    yield "</ol></details>"
    yield "</li>"


def _bars(caption: str, values: Mapping[str, int], lang: str) -> list[str]:
    total = sum(values.values())
    if not total:
        return []
    out = [f'<figure class="bars"><figcaption>{e(caption)}</figcaption>']
    for name, n in common.tally(common.group_tally(values, lang)):
        share = n / total
        value = f"{common.number(n, lang)} ({common.percent(share, lang)})"
        out.append(
            f'<div class="bar-row"><span class="bar-label" dir="auto">{e(name)}</span>'
            f'<span class="bar"><span class="fill" style="width:{share * 100:.1f}%"></span></span>'
            f'<span class="bar-value">{e(value)}</span></div>'
        )
    return [*out, "</figure>"]


def _south_bar(ledger: Ledger, lang: str) -> list[str]:
    share = ledger.global_south_share
    if share is None:
        return []
    width = max(0.0, min(1.0, share)) * 100
    return [
        f'<figure class="bars south"><figcaption>{e(t("global_south_share", lang))}</figcaption>',
        f'<div class="bar-row"><span class="bar-label">{e(t("global_south_share", lang))}</span>'
        f'<span class="bar"><span class="fill" style="width:{width:.1f}%"></span></span>'
        f'<span class="bar-value">{e(common.south_share(ledger, lang))}</span></div>',
        "</figure>",
    ]


def _balance(ledger: Ledger, lang: str, south: bool = True) -> list[str]:
    rows = [
        ("sessions", common.number(ledger.sessions, lang)),
        ("statements", common.number(ledger.statements, lang)),
        ("nri_inputs", common.number(ledger.nri_inputs, lang)),
        ("languages", common.tally_text(common.language_tally(ledger.languages, lang), lang)),
    ]
    if south:
        rows.append(("global_south_share", common.south_share(ledger, lang)))
    out = ['<div class="balance">', f"<h3>{e(t('balance', lang))}</h3>", "<table>"]
    out += [f"<tr><th>{e(t(key, lang))}</th><td>{e(value)}</td></tr>" for key, value in rows]
    out.append("</table>")
    out += _bars(t("stakeholder_groups", lang), ledger.stakeholder_groups, lang)
    out += _bars(t("regions", lang), ledger.regions, lang)
    out += _south_bar(ledger, lang)
    return [*out, "</div>"]


def _theme(theme: DraftTheme, index: Index, lang: str, south: bool = True) -> Iterator[str]:
    """A theme's lines, made as they are written."""
    out = [
        f'<section class="theme" id="{index.theme_anchor[theme.key]}">',
        f"<h2>{e(theme.title)}</h2>",
        f'<p class="part">{e(t("theme", lang))}</p>',
    ]
    line = common.theme_line(theme, lang)
    if line:
        out.append(f'<p class="frameworks">{e(line)}</p>')
    if theme.description.strip():
        out.append(f'<p class="description">{e(theme.description)}</p>')
    if common.theme_summary(theme):
        out.append(f'<p class="summary" dir="auto">{e(common.theme_summary(theme))}</p>')
    out += [f'<p class="note">{e(note)}</p>' for note in common.theme_notes(theme, lang)]
    out.append(f'<p class="part">{e(t("messages", lang))}</p>')
    if not theme.topics:
        out.append(f"<p>{e(t('no_messages', lang))}</p>")
    above: tuple[TopicLevel, ...] = ()
    for topic in theme.topics:
        # the topics above the sub-topic (large drafts): a heading where one begins
        for depth, level in common.levels_begun(above, topic.parents):
            h = f"h{min(6, 3 + depth)}"
            out.append(
                f'<{h} id="{index.topic_anchor[(theme.key, level.id)]}">{e(level.title)}</{h}>'
            )
        above = topic.parents
        anchor = index.topic_anchor[(theme.key, topic.id)]
        h = f"h{min(6, 3 + len(topic.parents))}"
        out += [f'<{h} id="{anchor}">{e(topic.title)}</{h}>', '<ul class="messages">']
        yield from out
        out = []
        for message in topic.messages:
            yield from _message(message, index, lang)
        out.append("</ul>")
    out += _balance(theme.ledger, lang, south)
    yield from out
    yield "</section>"


def _labelled(name: str) -> str:
    """A bold label and the gap before its text (none after a full-width colon)."""
    return f"<strong>{e(name)}</strong>{common.gap(name)}"


def _front(draft: Draft, index: Index) -> list[str]:
    lang = draft.language
    out = [
        '<header class="front">',
        f"<h1>{e(common.full_title(draft))}</h1>",
        f'<p class="intro">{e(common.intro(draft))}</p>',
    ]
    overarching = common.overarching_theme(draft)
    if overarching:
        out.append(f"<p>{_labelled(label('overarching_theme', lang))}{e(overarching)}</p>")
    credit_label = _labelled(label("translation", lang))
    out += [
        f'<p class="credit">{credit_label if i == 0 else ""}<span dir="auto">{e(line)}</span></p>'
        for i, line in enumerate(common.credit_lines(draft.credit))
    ]
    if draft.themes:
        out.append(f"<p><strong>{e(label('themes', lang))}</strong></p>")
        out.append('<ol class="theme-list">')
        out += [f"<li>{e(th.title)}</li>" for th in draft.themes]
        out.append("</ol>")
    disclaimer = common.disclaimer(draft)
    if disclaimer:
        out.append(
            f'<aside class="disclaimer">{_labelled(label("disclaimer", lang))}'
            f"{e(disclaimer)}</aside>"
        )
    out += ["</header>", f'<nav class="toc" id="contents"><h2>{e(t("contents", lang))}</h2><ol>']
    for th in draft.themes:
        out.append(f'<li><a href="#{index.theme_anchor[th.key]}">{e(th.title)}</a>')
        if th.topics:
            out.append("<ol>")
            out += [
                f'<li><a href="#{index.topic_anchor[(th.key, tp.id)]}">{e(tp.title)}</a></li>'
                for tp in th.topics
            ]
            out.append("</ol>")
        out.append("</li>")
    out.append(f'<li><a href="#annex-ledger">{e(t("annex_ledger", lang))}</a></li>')
    out.append(f'<li><a href="#annex-not-reflected">{e(t("annex_not_reflected", lang))}</a></li>')
    return [*out, "</ol></nav>"]


def _table(header: list[str], rows: list[list[str]], numeric: set[int]) -> list[str]:
    def cell(tag: str, i: int, text: str) -> str:
        cls = ' class="num"' if i in numeric else ' dir="auto"'
        return f"<{tag}{cls}>{e(text)}</{tag}>"

    out = ['<div class="scroll"><table>', "<thead><tr>"]
    out.append("".join(cell("th", i, h) for i, h in enumerate(header)) + "</tr></thead><tbody>")
    out += ["<tr>" + "".join(cell("td", i, c) for i, c in enumerate(r)) + "</tr>" for r in rows]
    return [*out, "</tbody></table></div>"]


def _ledger_annex(draft: Draft) -> list[str]:
    lang = draft.language
    out = ['<section id="annex-ledger">', f"<h2>{e(t('annex_ledger', lang))}</h2>"]
    out += _table(*common.ledger_table(draft))
    out += _bars(t("stakeholder_groups", lang), draft.ledger.stakeholder_groups, lang)
    out += _bars(t("regions", lang), draft.ledger.regions, lang)
    out += _south_bar(draft.ledger, lang)
    return [*out, "</section>"]


def _not_reflected_annex(draft: Draft, index: Index) -> list[str]:
    lang = draft.language
    out = ['<section id="annex-not-reflected">', f"<h2>{e(t('annex_not_reflected', lang))}</h2>"]
    if not draft.not_reflected:
        return [*out, f"<p>{e(t('not_reflected_none', lang))}</p>", "</section>"]
    out.append(f"<p>{e(t('not_reflected_intro', lang))}</p>")
    out.append(f"<p>{e(t('not_reflected_count', lang).format(n=len(draft.not_reflected)))}</p>")
    notes = common.reason_notes(draft)
    if notes:  # what each reason means, once, not on every row
        out.append('<ul class="reasons">')
        out += [
            f"<li>{_labelled(common.label_of(name, lang))}{e(text)}</li>" for name, text in notes
        ]
        out.append("</ul>")
    header, groups = common.not_reflected_tables(draft, index)
    for name, rows in groups:
        out += [f"<h3>{e(name)}</h3>", *_table(header, rows, set())]
    return [*out, "</section>"]


def iter_html(draft: Draft) -> Iterator[str]:
    """The text of :func:`render_html` in pieces (a line each, with its newline), made as
    they are written: a message's sources are made one at a time, never the page whole."""
    index = Index.of(draft)
    lang = draft.language
    generated = t("generated_by", lang).format(generator=common.GENERATOR, version=common.VERSION)
    head = [
        "<!DOCTYPE html>",
        f'<html lang="{e(lang)}" dir="{direction(lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="{e(common.GENERATOR)} {e(common.VERSION)}">',
        f"<title>{e(common.full_title(draft))}</title>",
        f"<style>\n{CSS}</style>",
        "</head>",
        "<body>",
        *_front(draft, index),
        "<main>",
    ]
    for line in _lines(draft, index, head, generated):
        yield line + "\n"


def _lines(draft: Draft, index: Index, head: list[str], generated: str) -> Iterator[str]:
    yield from head
    for theme in draft.themes:
        yield from _theme(theme, index, draft.language, common.shows_south(draft))
    yield from _ledger_annex(draft)
    yield from _not_reflected_annex(draft, index)
    yield from ["</main>", f"<footer><p>{e(generated)}</p></footer>", "</body>", "</html>"]


def render_html(draft: Draft) -> str:
    """The draft as one self-contained HTML page in ``draft.language``."""
    return "".join(iter_html(draft))
