"""What the Markdown and HTML renderers share: title, intro, lookups, anchors, ledger cells.

Everything here returns plain (unescaped) text; each renderer escapes it for its format.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from forum_messages import __version__, localise, taxonomy
from forum_messages.export.intro import (
    GENERATOR,
    counts,
    fill,
    full_title,
    intro,
    intro_values,
    state_label,
    title,
)
from forum_messages.export.strings import (
    base_language,
    count,
    explanation,
    group_name,
    kind_label,
    language_name,
    reason_label,
    t,
)
from forum_messages.ingest.responses import by_code
from forum_messages.model import (
    Assignment,
    Draft,
    DraftTheme,
    Ledger,
    Message,
    NotReflected,
    Session,
    TopicLevel,
    Writing,
    pick,
)
from forum_messages.nlp.segment import strip_numbering
from forum_messages.synth.assignments import ById

VERSION = __version__

#: Between a theme's framework line and its issue areas.
_AREAS_SEP = {"zh": "；", "ar": "؛ "}


def framework_line(theme: DraftTheme, lang: str) -> str:
    """``[GDC 1, 2 - WSIS C2, C4 - SDGs 4, 9]`` in ``lang`` ('' when the theme has no tags)."""
    return theme.frameworks.line(
        taxonomy.framework_labels(base_language(lang)), t("list_sep", lang)
    )


def theme_line(theme: DraftTheme, lang: str) -> str:
    """The framework line followed by ``; issue area, issue area`` when there are any."""
    line = framework_line(theme, lang)
    areas = t("list_sep", lang).join(a for a in theme.issue_areas if a)
    if line and areas:
        return f"{line}{_AREAS_SEP.get(base_language(lang), '; ')}{areas}"
    return line or areas


def overarching_theme(draft: Draft) -> str:
    return pick(draft.edition.overarching_theme, draft.language)


def disclaimer(draft: Draft) -> str:
    return pick(draft.edition.disclaimer, draft.language)


def credit_lines(lines: Iterable[str]) -> tuple[str, ...]:
    """Credit lines to show: whitespace collapsed, blank lines dropped, each once."""
    return tuple(dict.fromkeys(line for line in (" ".join(x.split()) for x in lines) if line))


def slug(text: str, prefix: str) -> str:
    """An ASCII anchor: ``theme-trust``; non-ASCII keys become a stable hex form."""
    clean = re.sub(r"[^a-z0-9_-]+", "-", text.lower()).strip("-")
    if not clean or clean != text.lower():
        clean = (clean + "-" if clean else "") + text.encode("utf-8").hex()[:16]
    return f"{prefix}-{clean}"


def _unique(base: str, used: set[str]) -> str:
    anchor, n = base, 1
    while anchor in used:
        n += 1
        anchor = f"{base}-{n}"
    used.add(anchor)
    return anchor


@dataclass(frozen=True)
class Index:
    """Lookups over a draft, built once per render."""

    sessions: Mapping[str, Session]
    statements: Mapping[str, Assignment]  # by id, each record made when asked for
    theme_anchor: dict[str, str]
    topic_anchor: dict[tuple[str, str], str]
    message_anchor: dict[str, str]
    theme_title: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, draft: Draft) -> Index:
        used = {"contents", "annex-ledger", "annex-not-reflected"}
        themes: dict[str, str] = {}
        topics: dict[tuple[str, str], str] = {}
        messages: dict[str, str] = {}
        for th in draft.themes:
            themes[th.key] = _unique(slug(th.key, "theme"), used)
            for tp in th.topics:
                for level in tp.parents:  # the topics above a sub-topic (large drafts)
                    if (th.key, level.id) not in topics:
                        anchor = _unique(slug(f"{th.key}-{level.id}", "topic"), used)
                        topics[(th.key, level.id)] = anchor
                topics[(th.key, tp.id)] = _unique(slug(f"{th.key}-{tp.id}", "topic"), used)
                for m in tp.messages:
                    messages.setdefault(m.id, _unique(slug(m.id, "message"), used))
        titles = {spec.key: pick(spec.title, draft.language) for spec in draft.edition.themes}
        titles.update({th.key: th.title for th in draft.themes})
        return cls(
            sessions=by_code(draft.sessions),
            statements=ById(draft.statements),
            theme_anchor=themes,
            topic_anchor=topics,
            message_anchor=messages,
            theme_title=titles,
        )

    def theme_name(self, key: str | None, lang: str) -> str:
        if key is None:
            return t("no_theme", lang)
        return self.theme_title.get(key, key)

    def is_nri(self, code: str) -> bool:
        session = self.sessions.get(code)
        return session is not None and session.kind == "nri"

    def source_label(
        self, code: str, lang: str, nri: bool = True, message: Message | None = None
    ) -> str:
        """A source session's code, with "(NRI)" (if ``nri``), "(machine-drafted from the
        transcript)" (in ``message``: when one of its statements there is not confirmed by the
        session's organisers) or, for a consultation campaign, its number of responses."""
        session = self.sessions.get(code)
        if session is not None and session.kind == "nri" and nri:
            return code + bracketed(t("nri", lang), lang)
        if session is not None and session.source == "transcript":
            refs = [r.statement for r in message.sources if r.session == code] if message else []
            if not refs or any(session.drafted(sid) for sid in refs):
                return code + bracketed(t("from_transcript", lang), lang)
            return code
        if session is not None and session.campaign == code:  # a consultation campaign
            return code + bracketed(count(session.responses, "response", lang), lang)
        return code

    def source_sessions(self, message: Message) -> list[str]:
        """Session codes behind a message, once each, in the order of its sources."""
        return list(dict.fromkeys(ref.session for ref in message.sources))


def bracketed(text: str, lang: str) -> str:
    """``text`` in brackets after a name, as the language writes them: " (NRI)", a Chinese
    draft's full-width "（国家和地区倡议）" with no space before."""
    return f"（{text}）" if base_language(lang) == "zh" else f" ({text})"


def sources_count(message: Message, index: Index, lang: str) -> str:
    """How many source statements a message lists, and from how many sessions when fewer
    ("3 sources (2 sessions)", "3个来源（2场会议）"): the sessions named after it are then
    fewer than the count."""
    n = len(message.sources)
    sessions = len(index.source_sessions(message))
    text = count(n, "source", lang)
    return text if sessions == n else text + bracketed(count(sessions, "session", lang), lang)


def is_foreign(message: Message, lang: str) -> bool:
    """True when the message text is left in a language other than the output's."""
    return base_language(message.language) != base_language(lang)


def tally(values: Mapping[str, int]) -> list[tuple[str, int]]:
    """Counts, largest first, then by name: deterministic whatever the mapping order."""
    return sorted(values.items(), key=lambda kv: (-kv[1], kv[0]))


def number(n: int, lang: str) -> str:
    """A count with the language's separators (``1,234``, ``1 234``), as the site writes it."""
    return localise.format_number(n, lang)


def isolated(text: str, lang: str) -> str:
    """In a right-to-left document, ``text`` isolated from its neighbours, so that a name in
    Latin letters and its count keep their order inside an Arabic list (no ``،2 Government``)."""
    return localise.isolate(text) if base_language(lang) == "ar" else text


def _in_right_to_left_letters(name: str, lang: str) -> bool:
    """Whether ``name`` has right-to-left letters and stands in a left-to-right draft."""
    return base_language(lang) != "ar" and any(
        unicodedata.bidirectional(ch) in ("R", "AL") for ch in name
    )


def name_in_line(name: str, lang: str) -> str:
    """A source's name as a line of a left-to-right draft lists it: isolated when written in
    right-to-left letters, so that two such names in a row ("ورشة عمل 4, المنتدى المغربي")
    do not run together as one right-to-left run and swap places."""
    return localise.isolate(name) if _in_right_to_left_letters(name, lang) else name


#: Left-to-right mark: ends a right-to-left name in a left-to-right line of the PDF and Word
#: files.
LRM = "\u200e"


def name_in_print_line(name: str, lang: str) -> str:
    """A source's name as a line of the PDF or Word file lists it: in a left-to-right draft, a
    name in right-to-left letters is followed by a left-to-right mark, so that the comma or
    dash after it belongs to the line and two such names keep their order. A mark rather than
    the isolates of ``name_in_line``: WeasyPrint lays out either alike, and every version of
    Word honours the mark."""
    return name + LRM if _in_right_to_left_letters(name, lang) else name


#: Right-to-left mark: a list of isolated items still reads right to left as a whole.
RLM = "\u200f"


def tally_text(values: Mapping[str, int], lang: str) -> str:
    """``Civil Society 2, Government 1``. In a right-to-left document each item is isolated
    and the list starts with a right-to-left mark, so the items run right to left whatever
    script their names are in (a renderer that guesses a cell's direction from its first
    letter would skip the isolates and lay the list out left to right)."""
    items = [isolated(f"{name} {number(n, lang)}", lang) for name, n in tally(values)]
    text = t("list_sep", lang).join(items)
    return RLM + text if items and base_language(lang) == "ar" else text


def group_tally(values: Mapping[str, int], lang: str) -> dict[str, int]:
    """Stakeholder groups or regional groups named in ``lang`` (``strings.group_name``): a
    Spanish draft counts "Sociedad civil 5", not "Civil Society 5"."""
    out: dict[str, int] = {}
    for name, n in values.items():
        shown = group_name(name, lang)
        out[shown] = out.get(shown, 0) + n
    return out


#: What ends a CJK label or note ("来源：", "仅依据一场会议。"): no space follows it.
_FULL_WIDTH_END = "：。；，）」』！？、"


def gap(before: str) -> str:
    """What separates ``before`` from the text that follows it: a space, none after a
    full-width colon or stop ("来源：WS #1", never "来源： WS #1")."""
    return "" if before.endswith(tuple(_FULL_WIDTH_END)) else " "


def spaced_all(parts: Iterable[str]) -> str:
    """The non-empty ``parts`` as one run of text, ``spaced`` one after another."""
    out = ""
    for part in parts:
        out = spaced(out, part) if part else out
    return out


def spaced(before: str, after: str) -> str:
    """``before`` and ``after`` as one run of text, ``gap`` between them ("仅依据一场会议。来源：
    WS #1", "Rests on one session. Sources: WS #1")."""
    if not before or not after:
        return before + after
    return before + gap(before) + after


def language_tally(values: Mapping[str, int], lang: str) -> dict[str, int]:
    """Language codes replaced by their names in ``lang`` (counts of equal names added)."""
    out: dict[str, int] = {}
    for code, n in values.items():
        name = language_name(code, lang)
        out[name] = out.get(name, 0) + n
    return out


def label(key: str, lang: str) -> str:
    """A fixed word followed by a colon, as the language writes it ("Sources :" in French)."""
    return label_of(t(key, lang), lang)


def label_of(text: str, lang: str) -> str:
    """``text`` followed by the language's colon ("2 sources :", "2个来源：")."""
    return t("colon", lang).format(label=text)


def percent(share: float | None, lang: str) -> str:
    if share is None:
        return t("not_available", lang)
    return localise.format_share(share, lang)


def one_session(message: Message, index: Index, lang: str) -> str:
    """A note for a message that rests on a single session (kept for its salience), or ""."""
    return t("one_session", lang) if len(index.source_sessions(message)) == 1 else ""


def model_written(message: Message, lang: str) -> str:
    """A note for a text written by a language model (and kept by the grounding gate), or "";
    another when the editors changed the model's text since."""
    return writing_note(message.writing, lang)


def writing_note(w: Writing | None, lang: str) -> str:
    """The note for a message's ``writing`` record ("" for none or a fallback)."""
    if w is None or w.status == "fallback":
        return ""
    return t("model_edited" if w.edited else "model_written", lang).format(name=w.model)


def theme_summary(theme: DraftTheme) -> str:
    """The theme's summary, when one was asked of a language model (else "")."""
    return " ".join(theme.summary.split()) if theme.summary_writing is not None else ""


def theme_notes(theme: DraftTheme, lang: str) -> list[str]:
    """Notes on what a language model wrote in a theme: its summary, its sub-topic titles."""
    titled = [tp.title_writing for tp in theme.topics if tp.title_writing is not None]
    return writing_notes(theme.summary, theme.summary_writing, titled, lang)


def writing_notes(
    summary: str, summary_writing: Writing | None, titles: Iterable[Writing], lang: str
) -> list[str]:
    """The notes of ``theme_notes`` from a theme's summary, its record and its sub-topics'
    title records."""
    notes = []
    w = summary_writing
    if w is not None and w.status != "fallback" and summary.strip():
        key = "summary_edited" if w.edited else "summary_written"
        notes.append(t(key, lang).format(name=w.model))
    written = [w for w in titles if w.status == "written"]
    if written:
        key = "titles_edited" if any(w.edited for w in written) else "titles_written"
        notes.append(t(key, lang).format(name=written[0].model))
    return notes


#: Below this many sessions a Global South share says what it was computed from.
FEW_SESSIONS = 5


def south_share(ledger: Ledger, lang: str) -> str:
    """The Global South share; computed from few sessions, it says from how many organisers
    and sessions ("100% (3 organisers, 1 session)"), so a reader does not take it for a trend."""
    text = percent(ledger.global_south_share, lang)
    if ledger.global_south_share is None or ledger.sessions >= FEW_SESSIONS:
        return text
    known = sum(n for region, n in ledger.regions.items() if region != "unknown")
    sep = "、" if lang == "zh" else "، " if lang == "ar" else ", "
    basis = f"{count(known, 'organiser', lang)}{sep}{count(ledger.sessions, 'session', lang)}"
    return f"{text} ({basis})" if lang != "zh" else f"{text}（{basis}）"


def ledger_rows(draft: Draft) -> list[tuple[str, Ledger]]:
    """(label, ledger) per theme, then the whole draft."""
    rows = [(th.title, th.ledger) for th in draft.themes]
    rows.append((t("all_themes", draft.language), draft.ledger))
    return rows


def not_reflected_groups(
    draft: Draft, index: Index
) -> list[tuple[str | None, str, list[NotReflected]]]:
    """Not-reflected statements grouped by theme: draft themes first, then others, then none."""
    groups: dict[str | None, list[NotReflected]] = {}
    for item in draft.not_reflected:
        groups.setdefault(item.theme, []).append(item)
    order = [th.key for th in draft.themes]

    def rank(key: str | None) -> tuple[int, int, str]:
        if key is None:
            return (2, 0, "")
        if key in order:
            return (0, order.index(key), "")
        return (1, 0, key)

    keys = sorted(groups, key=rank)
    return [(k, index.theme_name(k, draft.language), groups[k]) for k in keys]


def ledger_table(draft: Draft) -> tuple[list[str], list[list[str]], set[int]]:
    """Header, rows (one per theme, then all themes) and numeric columns of the ledger annex."""
    lang = draft.language
    keys = ("theme", "sessions", "statements", "nri_inputs", "stakeholder_groups", "regions")
    ledgers = ledger_rows(draft)
    south = shows_south(draft)
    header = [t(k, lang) for k in (*keys, "languages", *(["global_south_share"] * south))]
    rows = [
        [
            name,
            number(lg.sessions, lang),
            number(lg.statements, lang),
            number(lg.nri_inputs, lang),
            tally_text(group_tally(lg.stakeholder_groups, lang), lang),
            tally_text(group_tally(lg.regions, lang), lang),
            tally_text(language_tally(lg.languages, lang), lang),
            *([south_share(lg, lang)] * south),
        ]
        for name, lg in ledgers
    ]
    return header, rows, {1, 2, 3, 7} if south else {1, 2, 3}


def shows_south(draft: Draft) -> bool:
    """Whether the draft shows a Global South share: not when no share is known for the whole
    draft (the edition names no Global South, or no organiser's region is known), where a
    column or a row of "n/a" on every theme would tell a reader nothing."""
    return draft.ledger.global_south_share is not None


def _explanations(draft: Draft) -> dict[tuple[str, str], int]:
    """The (reason, detail) pairs that say what a reason means, as the draft explains it,
    rather than something said of one statement: a detail the not-reflected statements share
    (two or more), or the one detail every statement given that reason has (a reason given
    once, with the explanation it always has, is explained above the tables too, not in
    English on its row)."""
    seen = Counter((item.reason, item.detail) for item in draft.not_reflected if item.detail)
    given = Counter(item.reason for item in draft.not_reflected)
    return {pair: n for pair, n in sorted(seen.items()) if n > 1 or n == given[pair[0]]}


def reason_notes(draft: Draft) -> list[tuple[str, str]]:
    """The reasons of the not-reflected annex with what each means (``_explanations``), as
    (label, explanation), in the order first given: said once above the tables, in the
    draft's language (``strings.explanation``). A reason whose explanation is known in
    English only gives its label alone in another language's draft (no English sentence in a
    Chinese annex)."""
    lang = draft.language
    first: dict[tuple[str, str], int] = {}
    for k, item in enumerate(draft.not_reflected):
        first.setdefault((item.reason, item.detail), k)
    pairs = sorted(_explanations(draft), key=lambda pair: first[pair])
    notes = [(reason_label(reason, lang), explanation(detail, lang)) for reason, detail in pairs]
    return [(name, text) for name, text in notes if text]


def not_reflected_tables(
    draft: Draft, index: Index
) -> tuple[list[str], list[tuple[str, list[list[str]]]]]:
    """Header and, per theme, the rows (session, kind, reason, text) of the not-reflected annex;
    a statement is given without the list marker its report numbered it with ("2.", "a)",
    "•"), as a message's text is."""
    lang = draft.language
    header = [t("session", lang), t("kind", lang), t("reason", lang), t("statement", lang)]
    explained = set(_explanations(draft))
    groups = []
    for _key, name, items in not_reflected_groups(draft, index):
        rows = []
        for item in items:
            found = index.statements.get(item.statement)
            reason = reason_label(item.reason, lang)
            # a reason's explanation, shared by several statements, is given once above the
            # tables (``reason_notes``), not on every row; one said of one statement stays
            if item.detail and (item.reason, item.detail) not in explained:
                said = explanation(item.detail, lang)  # in the draft's language, or none
                reason += f" — {said}" if said else ""
            kind = kind_label(found.kind, lang) if found else ""
            text = strip_numbering(found.text) if found else item.statement
            rows.append([item.session, kind, reason, text])
        groups.append((name, rows))
    return header, groups


__all__ = [
    "GENERATOR",
    "VERSION",
    "Index",
    "counts",
    "fill",
    "full_title",
    "intro",
    "intro_values",
    "state_label",
    "title",
]


def levels_begun(
    before: tuple[TopicLevel, ...], parents: tuple[TopicLevel, ...]
) -> list[tuple[int, TopicLevel]]:
    """The topics (depth from 0, topic) that begin at a sub-topic whose ``parents`` follow
    those of the sub-topic before it (large drafts only: most sub-topics have none)."""
    return [
        (depth, level)
        for depth, level in enumerate(parents)
        if before[: depth + 1] != parents[: depth + 1]
    ]
