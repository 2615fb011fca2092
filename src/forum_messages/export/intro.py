"""The document's title and intro, which say what the document is.

A document is a draft, the draft published for community review, or the final text
(``Draft.state``), and possibly a translation of one of them (``state.translated_from``).
The title gets the state ("IGF 2025 Messages — Final text"), and the intro a sentence about
it (``{status}``): the review window that was actually set (``Edition.review``), the date a
final text was published, or that a draft is unpublished.

The edition's intro template keeps working as written: a sentence of it that speaks of the
review dates (``{review_opens}``, ``{review_closes}``) is replaced by the state sentence, so
an older edition file never calls a final text "open for review", nor prints dates nobody set.
A template without ``{status}`` gets the sentence at its end.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

from forum_messages import localise
from forum_messages.export.dates import format_date, format_range
from forum_messages.export.strings import INPUTS, base_language, count, t
from forum_messages.model import STATEMENT_KINDS, Draft, pick

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_DOUBLE_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")
#: A sentence: up to a full stop, question or exclamation mark followed by a space or the end
#: ("20.ª" and "2025 г." inside a sentence do not end it), or up to a Chinese full stop.
_SENTENCE = re.compile(r".*?(?:[.!?](?=\s|$)|[。！？]|$)\s*", re.S)
_REVIEW_KEYS = ("{review_opens}", "{review_closes}")
GENERATOR = "forum-messages"


def is_translation(draft: Draft) -> bool:
    """True for a translation of a draft (``translation.segments.apply`` says so); a draft
    made directly in another language than the edition's is not one."""
    return draft.state.translated_from is not None


def state_label(draft: Draft) -> str:
    """ "Draft", "Draft for community review", "Final text", "Translation of the final text"..."""
    key = f"state_{draft.state.stage}" + ("_translation" if is_translation(draft) else "")
    return t(key, draft.language)


def title(draft: Draft) -> str:
    """The document's name without its state: "Internet Governance Forum 2025 Messages"."""
    name = pick(draft.edition.name, draft.language) or GENERATOR
    return t("title", draft.language).format(name=name)


def full_title(draft: Draft) -> str:
    """The title and what the document is: "… Messages — Final text", "…信息（最终文本）"."""
    return t("title_state", draft.language).format(title=title(draft), state=state_label(draft))


def counts(draft: Draft) -> dict[str, int]:
    # one pass over the sessions (a consultation's are made as they are read)
    nri = sum(1 for s in draft.sessions if s.kind == "nri")
    return {
        "sessions": len(draft.sessions) - nri,
        "nri": nri,
        "statements": len(draft.statements),
        "messages": len(draft.messages()),
        "themes": len(draft.themes),
    }


def inputs(draft: Draft) -> str:
    """What the statements are, most frequent first, each with its number: "key takeaways
    (96), calls to action (44) and messages from NRI reports (12)"."""
    lang = base_language(draft.language)
    kinds = Counter(a.kind for a in draft.statements)
    order = {k: i for i, k in enumerate(STATEMENT_KINDS)}
    ranked = sorted(kinds.items(), key=lambda kv: (-kv[1], order.get(kv[0], len(order)), kv[0]))
    brackets = "（{n}）" if lang == "zh" else " ({n})"
    parts = []
    for kind, n in ranked:
        row = INPUTS.get(kind)
        noun = (row.get(lang) or row["en"]) if row else kind.replace("_", " ")
        parts.append(noun + brackets.format(n=localise.format_number(n, lang)))
    if len(parts) < 2:
        return "".join(parts)
    # Arabic joins every item with "wa" ("A wa-B wa-C"), the others "A, B and C".
    sep = t("and", lang) if lang == "ar" else t("list_sep", lang)
    return sep.join(parts[:-1]) + t("and", lang) + parts[-1]


def _review(draft: Draft) -> tuple[str, str]:
    review = draft.edition.review
    if not review:
        return "", ""
    return format_date(review[0], draft.language), format_date(review[1], draft.language)


def status(draft: Draft) -> str:
    """The intro's sentence about what the document is (see the module's docstring)."""
    lang = draft.language
    opens, closes = _review(draft)
    dates = {"review_opens": opens, "review_closes": closes}
    stage = draft.state.stage
    if stage == "final":
        published = draft.state.published
        first = (
            fill(t("status_final", lang), {"published": format_date(published, lang)})
            if published
            else t("status_final_undated", lang)
        )
        if not opens:
            return first
        sep = "" if base_language(lang) == "zh" else " "
        return first + sep + fill(t("status_final_review", lang), dates)
    if opens:
        return fill(t("status_review", lang), dates)
    if stage == "review":
        return t("status_review_unknown", lang)
    return t("status_draft", lang)


def intro_values(draft: Draft) -> dict[str, str]:
    """The values of the intro placeholders ({sessions}, {dates}, {inputs}, {status}, ...)."""
    lang = draft.language
    ed = draft.edition
    n = counts(draft)
    values = {key: localise.format_number(v, lang) for key, v in n.items()}
    opens, closes = _review(draft)
    values.update(
        name=pick(ed.name, lang),
        year=str(ed.year),
        place=pick(ed.place, lang),
        dates=format_range(*ed.dates, lang) if ed.dates else "",
        meeting_dates=_meeting_dates(pick(ed.name, lang), ed.dates, lang),
        review_opens=opens,
        review_closes=closes,
        overarching_theme=pick(ed.overarching_theme, lang),
        theme_list=t("list_sep", lang).join(th.title for th in draft.themes),
        inputs=inputs(draft),
        status=status(draft),
    )
    values.update(
        statements_n=count(n["statements"], "statement", lang),
        sessions_n=count(n["sessions"], "session", lang),
        nri_n=count(n["nri"], "nri_report", lang),
        messages_n=count(n["messages"], "message", lang),
        themes_n=count(n["themes"], "theme", lang),
    )
    return values


def _meeting_dates(name: str, dates: tuple[str, str] | None, lang: str) -> str:
    """The meeting's dates as the fallback intro gives them beside its name: without their
    year when the name gives it ("... 2026": "22–24 September"), not said twice."""
    if not dates:
        return ""
    year = dates[0][:4]
    shown = not (year.isdigit() and re.search(rf"(?<!\d){year}(?!\d)", name))
    return format_range(*dates, lang, year=shown)


def fill(template: str, values: Mapping[str, str]) -> str:
    """Replace the known ``{placeholders}``; leave any other brace text as written."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def _with_status(template: str, zh: bool) -> str:
    """``template`` with its review-dates sentence replaced by ``{status}``, or ``{status}``
    added at its end, unless it places ``{status}`` itself."""
    if "{status}" in template:
        return template
    sentences = [s for s in _SENTENCE.findall(template) if s]
    out, placed = [], False
    for sentence in sentences:
        if any(key in sentence for key in _REVIEW_KEYS):
            if not placed:
                trail = sentence[len(sentence.rstrip()) :]
                out.append("{status}" + trail)
                placed = True
            continue
        out.append(sentence)
    text = "".join(out)
    if placed:
        return text
    text = text.rstrip()
    return text + ("" if zh or not text else " ") + "{status}"


def _counts_key(draft: Draft) -> str:
    """The fallback intro's sentence of counts: sessions and NRI reports, or only the one
    of them there is (no "0 NRI reports")."""
    n = counts(draft)
    if n["nri"] == 0 and n["sessions"] > 0:
        return "intro_counts_sessions"
    if n["sessions"] == 0 and n["nri"] > 0:
        return "intro_counts_nri"
    return "intro_counts"


#: In an edition's own intro, the words that bring in the NRI reports' count, in the six
#: languages ("and from {nri_n} (national and regional IGF initiatives)", "; докладов НРИ:
#: {nri}"): taken out when there is none, so that no "0 NRI reports" is printed.
_NRI_CLAUSE = re.compile(
    r"\s*\b(?:and|et|y)(?:\s+(?:from|of|in|dans|de|des|en|de\s+los))?\s+\{nri_n\}(?:\s*\([^)]*\))?"
    r"|[和及与]\{nri_n\}(?:（[^）]*）)?"
    r"|\s*[;؛]\s*[^;؛:{}]*:\s*\{nri\}"
)


def _without_zero_nri(template: str, draft: Draft) -> str:
    """``template`` without its clause counting the NRI reports when there are none."""
    if counts(draft)["nri"]:
        return template
    return _NRI_CLAUSE.sub("", template)


def intro(draft: Draft) -> str:
    """The edition's intro in the output language with its placeholders filled; when the
    edition gives none in that language, one written from the counts (strings.py)."""
    values = intro_values(draft)
    lang = draft.language
    zh = base_language(lang) == "zh"
    template = draft.edition.intro.get(lang, "")
    if template.strip():
        template = _without_zero_nri(template, draft)
        return _DOUBLE_STOP.sub(".", fill(_with_status(template, zh), values))
    parts = []
    if values["name"] and values["place"] and values["dates"]:
        parts.append(fill(t("intro_meeting", lang), values))
    parts.append(fill(t(_counts_key(draft), lang), values))
    if values["inputs"]:
        parts.append(fill(t("intro_inputs", lang), values))
    parts.append(t("intro_method", lang))
    parts.append(values["status"])
    # "2025 г." ends with a full stop already: no "г.." at the end of a sentence.
    return _DOUBLE_STOP.sub(".", ("" if zh else " ").join(parts))
