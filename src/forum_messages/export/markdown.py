"""The draft as a Markdown document laid out like the IGF Messages document.

Layout: title, intro, overarching theme, a translation's credit lines, themes, disclaimer,
contents; per theme a ``## title`` with a "Theme" part (framework line, description) and a
"Messages" part (``### topic`` and one bullet per message, its sources on an indented
``<sub>`` line); then two annexes: the ledger per theme and every statement not reflected in
a message.

All text from the draft is treated as plain text: Markdown and HTML specials are escaped,
so a statement can neither inject HTML nor break a list or a table.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from forum_messages.export import common
from forum_messages.export.common import Index, label
from forum_messages.export.strings import language_name, t
from forum_messages.model import Draft, DraftTheme, Message, TopicLevel

# Always escaped: backslash, code, emphasis, HTML, table cells, strikethrough, math.
_SPECIAL = re.compile(r"([\\`*<>|~$])")
# ``_`` only where it could open or close emphasis (not inside snake_case or between letters).
_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")
# ``]`` only where it could end a link, image, reference or footnote: ``](``, ``][``, ``]:``.
_LINK_END = re.compile(r"\](?=[(\[:])")
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_ORDERED = re.compile(r"^(\d+)([.)])")
_CLOSING = re.compile(r"(\s)(#+)$")
_TASK = re.compile(r"\[[ xX]\]")  # a GFM task-list checkbox at the start of an item
# GFM's extended autolinks: a URL scheme's colon, ``www.``, the ``@`` of an e-mail address.
_SCHEME = re.compile(r"(?i)\b(https?|ftp|mailto|xmpp):")
_WWW = re.compile(r"(?i)\b(www)\.")
_EMAIL_AT = re.compile(r"(?<=[\w.+-])@(?=[\w-])")
# A bare domain (``example.org``, ``un.int``, ``пример.рф``): GFM leaves it text, but other
# renderers (chat and wiki tools, linkify) link a name ending in a known top-level domain.
# The dot before any two-letter ending (the country codes) or a common generic one is
# escaped; ``e.g.``, ``U.S.`` and ``3.5`` are left alone, and an escape in the rendered
# text shows nothing.
_GENERIC_TLDS = (
    "com|org|net|int|edu|gov|mil|info|biz|name|pro|app|dev|online|site|xyz|top|shop|blog|"
    "news|tech|asia|africa|arab|ngo|ong|museum|coop|aero|travel|mobi|tel|jobs|post|cat|"
    "global|world|club|live|link|cloud|email|website|store|media|network|foundation|"
    "institute|academy|agency|center|digital|solutions|services|systems|technology"
)
_DOMAIN_DOT = re.compile(r"(?i)(?<=[^\W_])\.(?=(?:[^\W\d_]{2}|" + _GENERIC_TLDS + r")(?![\w-]))")


def md(text: str) -> str:
    """``text`` as one line of inert Markdown: whitespace collapsed, specials escaped.

    Escapes are kept to what CommonMark and GFM could act on, so the raw file stays readable
    (``[GDC 1 - SDGs 9]`` and ``snake_case`` are left alone). GFM would make a bare URL,
    ``www.`` name or e-mail address a live link: ``https\\://``, ``www\\.`` and ``\\@``
    keep them text (the escape splits what its autolinker looks for); other renderers link
    a bare domain too, so the dot before its ending is escaped (``example\\.org``).
    """
    out = " ".join(text.split())
    out = _SPECIAL.sub(r"\\\1", out)
    out = _UNDERSCORE.sub(r"\\_", out)
    out = _LINK_END.sub(r"\\]", out)
    out = _ENTITY.sub(r"\\&", out)
    out = _SCHEME.sub(r"\1\\:", out)
    out = _WWW.sub(r"\1\\.", out)
    out = _DOMAIN_DOT.sub(r"\\.", out)
    out = _EMAIL_AT.sub(r"\\@", out)
    if out.startswith(("#", "+", "-", "=")) or _TASK.match(out):
        out = "\\" + out
    out = _ORDERED.sub(r"\1\\\2", out)
    return _CLOSING.sub(r"\1\\\2", out)


def _table(header: list[str], rows: list[list[str]], numeric: set[int]) -> list[str]:
    align = ["---:" if i in numeric else "---" for i in range(len(header))]
    lines = ["| " + " | ".join(md(h) for h in header) + " |", "| " + " | ".join(align) + " |"]
    lines += ["| " + " | ".join(md(c) for c in row) + " |" for row in rows]
    return lines


def _sources(message: Message, index: Index, lang: str) -> str:
    codes = [
        common.name_in_line(code, lang)
        + index.source_label(code, lang, message=message)[len(code) :]
        for code in index.source_sessions(message)
    ]
    return common.spaced(label("sources", lang), t("list_sep", lang).join(codes))


def _message(message: Message, index: Index, lang: str) -> list[str]:
    text = md(message.text)
    note = _sources(message, index, lang)
    single = common.one_session(message, index, lang)
    if single:
        note = common.spaced(single, note)
    written = common.model_written(message, lang)
    if written:
        note = common.spaced(written, note)
    if common.is_foreign(message, lang):
        text = md(f"[{message.language}]") + " " + text
        language = language_name(message.language, lang)
        note = common.spaced(t("original_language", lang).format(language=language), note)
    return [f"- {text}", f"  <sub>{md(note)}</sub>"]


def _theme(theme: DraftTheme, index: Index, lang: str) -> Iterator[str]:
    """A theme's lines, a message's at a time."""
    anchor = index.theme_anchor[theme.key]
    out = [f'## <a id="{anchor}"></a>{md(theme.title)}', "", f"**{md(t('theme', lang))}**", ""]
    line = common.theme_line(theme, lang)
    if line:
        out += [md(line), ""]
    if theme.description.strip():
        out += [md(theme.description), ""]
    if common.theme_summary(theme):
        out += [md(common.theme_summary(theme)), ""]
    for note in common.theme_notes(theme, lang):
        out += [f"<sub>{md(note)}</sub>", ""]
    out += [f"**{md(t('messages', lang))}**", ""]
    if not theme.topics:
        out += [md(t("no_messages", lang)), ""]
    above: tuple[TopicLevel, ...] = ()
    for topic in theme.topics:
        # the topics above the sub-topic (large drafts): a heading where one begins
        for depth, level in common.levels_begun(above, topic.parents):
            anchor = index.topic_anchor[(theme.key, level.id)]
            out += [f'{"#" * (3 + depth)} <a id="{anchor}"></a>{md(level.title)}', ""]
        above = topic.parents
        heading = "#" * (3 + len(topic.parents))
        anchor = index.topic_anchor[(theme.key, topic.id)]
        out += [f'{heading} <a id="{anchor}"></a>{md(topic.title)}']
        out.append("")
        yield from out
        out = []
        for message in topic.messages:
            yield from _message(message, index, lang)
        out.append("")
    yield from out


def _labelled(name: str, text: str) -> str:
    """A bold label and its text ("**Sources:** ...", "**总主题：**共同构建数字治理")."""
    return f"**{md(name)}**{common.gap(name)}{md(text)}"


def _front(draft: Draft, index: Index) -> list[str]:
    lang = draft.language
    out = [f"# {md(common.full_title(draft))}", "", md(common.intro(draft)), ""]
    overarching = common.overarching_theme(draft)
    if overarching:
        out += [_labelled(label("overarching_theme", lang), overarching), ""]
    for i, line in enumerate(common.credit_lines(draft.credit)):  # the label once, first
        out += [_labelled(label("translation", lang), line) if i == 0 else md(line), ""]
    if draft.themes:
        out += [f"**{md(label('themes', lang))}**", ""]
        out += [f"{i}. {md(th.title)}" for i, th in enumerate(draft.themes, 1)]
        out.append("")
    disclaimer = common.disclaimer(draft)
    if disclaimer:
        out += ["> " + _labelled(label("disclaimer", lang), disclaimer), ""]
    out += [f'## <a id="contents"></a>{md(t("contents", lang))}', ""]
    for th in draft.themes:
        out.append(f"- [{md(th.title)}](#{index.theme_anchor[th.key]})")
        for tp in th.topics:
            out.append(f"  - [{md(tp.title)}](#{index.topic_anchor[(th.key, tp.id)]})")
    out.append(f"- [{md(t('annex_ledger', lang))}](#annex-ledger)")
    out.append(f"- [{md(t('annex_not_reflected', lang))}](#annex-not-reflected)")
    return [*out, ""]


def _ledger_annex(draft: Draft) -> list[str]:
    header, rows, numeric = common.ledger_table(draft)
    title = f'## <a id="annex-ledger"></a>{md(t("annex_ledger", draft.language))}'
    return [title, "", *_table(header, rows, numeric), ""]


def _not_reflected_annex(draft: Draft, index: Index) -> list[str]:
    lang = draft.language
    out = [f'## <a id="annex-not-reflected"></a>{md(t("annex_not_reflected", lang))}', ""]
    if not draft.not_reflected:
        return [*out, md(t("not_reflected_none", lang)), ""]
    out += [md(t("not_reflected_intro", lang)), ""]
    out += [md(t("not_reflected_count", lang).format(n=len(draft.not_reflected))), ""]
    notes = common.reason_notes(draft)
    if notes:  # what each reason means, once, not on every row
        out += [f"- {_labelled(common.label_of(name, lang), text)}" for name, text in notes]
        out.append("")
    header, groups = common.not_reflected_tables(draft, index)
    for name, rows in groups:
        out += [f"### {md(name)}", "", *_table(header, rows, set()), ""]
    return out


def iter_markdown(draft: Draft) -> Iterator[str]:
    """The text of :func:`render_markdown` in pieces (a line each, with its newline), made as
    they are written: a message's lines at a time, never the document whole."""
    index = Index.of(draft)
    for line in _lines(draft, index):
        yield line + "\n"


def _lines(draft: Draft, index: Index) -> Iterator[str]:
    lang = draft.language
    yield from _front(draft, index)
    for theme in draft.themes:
        yield from _theme(theme, index, lang)
    yield from _ledger_annex(draft)
    yield from _not_reflected_annex(draft, index)
    generated = t("generated_by", lang).format(generator=common.GENERATOR, version=common.VERSION)
    yield from ["---", "", f"<sub>{md(generated)}</sub>"]


def render_markdown(draft: Draft) -> str:
    """The draft as Markdown in ``draft.language``; same draft, same text."""
    return "".join(iter_markdown(draft))
