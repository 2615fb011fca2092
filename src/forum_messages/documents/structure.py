"""Blocks to a :class:`MessagesDocument`: which headings are themes, which are sub-topics,
which are generic ("Theme", "Messages", the meeting's name), and what is front matter.

A heading is a theme when the document says so: it is in the front matter's theme list, it
carries a bracketed label (``[Building]``), or it is followed by a "Theme"/"Messages" part
heading or by a framework line. Heading levels are used only when nothing else tells, so a
sub-topic written at the level of the themes is still read as a sub-topic.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from forum_messages.documents import vocab
from forum_messages.documents.blocks import Block
from forum_messages.documents.frameworks import FrameworkLine, parse_framework_line
from forum_messages.documents.model import DocBullet, DocTheme, DocTopic, MessagesDocument, Repair
from forum_messages.documents.prepare import (
    clean_title,
    drop_toc,
    join_broken,
    mark_headings,
    same_title,
    theme_list,
)
from forum_messages.errors import InputError
from forum_messages.ingest.text import fold
from forum_messages.nlp.language import UNLanguageDetector

#: Most blocks (headings, paragraphs, list items) and headings in one document. A long
#: Messages document has a few thousand blocks and a few hundred headings.
MAX_BLOCKS = 200_000
MAX_HEADINGS = 20_000

# One detector for every document: its model (1.5 s to load) is loaded on first use only.
_DETECTOR = UNLanguageDetector()

# Our own Markdown marks a message left in another language with its code: "[zh] ...".
_LANGUAGE_TAG = re.compile(r"^\[(?:en|fr|es|ar|ru|zh)\]\s+")
_LABEL = re.compile(r"^\s*([\[［【〔〖]?)\s*([^\]］】〕〗\[［【〔〖\d]{1,30}?)\s*([\]］】〕〗])\s*")


@dataclass
class _Topic:
    title: str | None
    line: int
    level: int | None
    bullets: list[DocBullet] = field(default_factory=list)


@dataclass
class _Theme:
    title: str
    line: int
    level: int | None
    label: tuple[str, str, str] | None  # (opening bracket, inner text, closing bracket)
    part: str | None = None  # "theme" | "messages" after a generic part heading
    line_: FrameworkLine | None = None
    description: list[str] = field(default_factory=list)
    topics: list[_Topic] = field(default_factory=list)


def split_label(title: str) -> tuple[str, tuple[str, str, str] | None]:
    """``"[Building] Digital Trust"`` -> ``("Digital Trust", ("[", "Building", "]"))``."""
    m = _LABEL.match(title)
    if not m or parse_framework_line(m.group(0)) is not None or not title[m.end() :].strip():
        return title.strip(), None
    return title[m.end() :].strip(), (m.group(1), " ".join(m.group(2).split()), m.group(3))


def _evidence(blocks: list[Block], i: int, listed: list[str], generic: set[str]) -> bool:
    b = blocks[i]
    if any(same_title(b.text, t) for t in listed) or split_label(b.text)[1] is not None:
        return True
    for j in range(i + 1, len(blocks)):  # indices, not a slice: no copy of the rest
        c = blocks[j]
        if c.kind == "break" or (c.kind == "heading" and fold(c.text) in generic):
            continue
        if c.kind == "heading":
            return vocab.marker(c.text) is not None
        return c.kind == "para" and parse_framework_line(c.text) is not None
    return False


def _bare(blocks: list[Block], i: int) -> bool:
    """The heading at ``i`` is followed by another heading or a framework line, not text."""
    for j in range(i + 1, len(blocks)):
        c = blocks[j]
        if c.kind != "break":
            return c.kind == "heading" or parse_framework_line(c.text) is not None
    return True


def _candidates(blocks: list[Block], title: str) -> tuple[list[int], set[str]]:
    """Headings that may be themes or sub-topics, and the folded texts of generic headings."""
    counts: Counter[str] = Counter()
    bare: Counter[str] = Counter()  # occurrences with no text of their own under them
    for i, b in enumerate(blocks):
        if b.kind == "heading":
            counts[fold(b.text)] += 1
            bare[fold(b.text)] += _bare(blocks, i)
    # A heading repeated under every theme with nothing of its own (the meeting's name) is
    # generic; a sub-topic title that recurs ("Capacity building") has bullets under it.
    generic = {k for k, n in counts.items() if n >= 3 and bare[k] == n}
    generic |= {fold(title)} if title else set()
    found = [
        i
        for i, b in enumerate(blocks)
        if b.kind == "heading"
        and vocab.marker(b.text) is None
        and fold(b.text) not in generic
        and not vocab.is_annex(b.text)
    ]
    return found, generic


def find_themes(blocks: list[Block], title: str, listed: list[str]) -> tuple[set[int], set[str]]:
    candidates, generic = _candidates(blocks, title)
    themes = {i for i in candidates if _evidence(blocks, i, listed, generic)}
    if not themes:
        levels = [blocks[i].level for i in candidates if blocks[i].level is not None]
        if levels:
            top = min(lv for lv in levels if lv is not None)
            themes = {i for i in candidates if blocks[i].level == top}
    return themes, generic


def _take_title(blocks: list[Block]) -> tuple[str, list[Block]]:
    for i, b in enumerate(blocks):
        if b.kind == "break":
            continue
        if b.kind == "heading" and b.level in (1, None) and not _evidence(blocks, i, [], set()):
            return b.text, blocks[:i] + blocks[i + 1 :]
        return "", blocks
    return "", blocks


def _canonical_labels(themes: list[_Theme], repairs: list[Repair]) -> dict[int, str]:
    spellings: dict[str, Counter[tuple[str, str, str]]] = {}
    for th in themes:
        if th.label:
            spellings.setdefault(fold(th.label[1]), Counter())[th.label] += 1
    out: dict[int, str] = {}
    for n, th in enumerate(themes):
        if not th.label:
            continue
        best = spellings[fold(th.label[1])].most_common(1)[0][0]
        canonical = f"{best[0] or '['}{best[1]}{best[2]}"
        out[n] = canonical
        written = "".join(th.label)
        if th.label != best:
            repairs.append(
                Repair("label_spelling", th.line, f"label '{written}' read as '{canonical}'")
            )
    return out


def _finish(th: _Theme, label: str | None, repairs: list[Repair]) -> DocTheme:
    topics = []
    for tp in th.topics:
        if tp.title is not None and not tp.bullets:
            repairs.append(Repair("empty_topic", tp.line, f"sub-topic '{tp.title}' has no bullets"))
            continue
        if tp.title is None:
            repairs.append(
                Repair(
                    "bullets_before_topic",
                    tp.line,
                    f"{len(tp.bullets)} bullet(s) before the first sub-topic heading of "
                    f"'{th.title}' kept without a sub-topic",
                )
            )
        topics.append(DocTopic(tp.title, tuple(tp.bullets), tp.line))
    fl = th.line_
    return DocTheme(
        title=th.title,
        label=label,
        frameworks=fl.frameworks if fl else None,
        issue_areas=fl.issue_areas if fl else (),
        description=" ".join(th.description),
        topics=tuple(topics),
        line=th.line,
        framework_line=fl.text if fl else "",
    )


def _heading(th: _Theme, b: Block, generic: set[str], repairs: list[Repair]) -> None:
    """A heading inside a theme: a part heading ("Theme", "Messages", ...) or a sub-topic."""
    part = vocab.marker(b.text)
    if part or fold(b.text) in generic:
        th.part = part or th.part
        detail = f"'{b.text}' is a part heading, not a sub-topic"
        repairs.append(Repair("generic_heading", b.line, detail))
        return
    th.topics.append(_Topic(clean_title(b.text), b.line, b.level))
    th.part = "messages"
    if b.level is not None and th.level is not None and b.level <= th.level:
        detail = (
            f"'{b.text}' has the heading level of a theme (level {b.level}) "
            f"but is a sub-topic of '{th.title}'"
        )
        repairs.append(Repair("heading_level", b.line, detail))


def _text(th: _Theme, b: Block, uses_items: bool, repairs: list[Repair]) -> None:
    """A paragraph or list item inside a theme: framework line, description or bullet."""
    opening = th.part != "messages" and not th.topics
    found = parse_framework_line(b.text) if b.kind == "para" and opening else None
    if found and th.line_ is None:
        th.line_ = found
        for unknown in found.unknown:
            detail = f"'{unknown}' is not a known item"
            repairs.append(Repair("unknown_framework_id", b.line, detail))
        return
    if b.kind == "para" and (
        th.part == "theme" or (th.part is None and opening and (uses_items or not th.description))
    ):
        th.description.append(b.text)
        return
    if not th.topics:
        th.topics.append(_Topic(None, b.line, None))
    text = _LANGUAGE_TAG.sub("", b.text).strip()
    if text:
        th.topics[-1].bullets.append(DocBullet(text, b.line))


def _prepare(blocks: list[Block], repairs: list[Repair]) -> tuple[str, list[Block], list[str]]:
    """Clean-up passes: the title, the blocks without contents, the front matter's theme list."""
    blocks = [b for b in blocks if b.kind == "break" or b.text.strip()]
    blocks, toc = drop_toc(blocks, repairs)
    mark_headings(blocks, {fold(e.text) for e in toc})
    title, blocks = _take_title(blocks)
    blocks = join_broken(blocks, repairs)
    listed_at = set(theme_list(blocks))
    listed = [clean_title(blocks[i].text) for i in sorted(listed_at)]
    for i, b in enumerate(blocks):  # a numbered theme heading written as a list item
        if b.kind == "item" and i not in listed_at and any(same_title(b.text, t) for t in listed):
            b.kind, b.level = "heading", None
    return title, blocks, listed


def _check_count(found: list[Block], source: str, what: str, limit: int) -> None:
    if len(found) > limit:
        raise InputError(
            f"{source or 'the document'}: {len(found):,} {what}, over the limit of {limit:,}; "
            "is this a Messages document? (see docs/limits.md)"
        )


def build_document(
    blocks: list[Block], *, source: str = "", fmt: str = "", repairs: list[Repair] | None = None
) -> MessagesDocument:
    """Read the structure of a Messages document from its blocks."""
    repairs = list(repairs or [])
    _check_count(blocks, source, "blocks (headings, paragraphs and list items)", MAX_BLOCKS)
    title, blocks, listed = _prepare(blocks, repairs)
    headings = [b for b in blocks if b.kind == "heading"]
    _check_count(headings, source, "headings", MAX_HEADINGS)
    theme_at, generic = find_themes(blocks, title, listed)
    body = blocks[min(theme_at, default=0) :]
    items = sum(1 for b in body if b.kind == "item")
    uses_items = items * 3 >= sum(1 for b in body if b.kind in ("item", "para"))
    themes: list[_Theme] = []
    front: list[Block] = []
    if not theme_at:
        repairs.append(Repair("no_theme", 0, "no theme heading found: one untitled theme"))
        themes.append(_Theme("", 0, None, None))
    for i, b in enumerate(blocks):
        if i in theme_at:
            text, label = split_label(b.text)
            themes.append(_Theme(clean_title(text), b.line, b.level, label))
        elif b.kind in ("break", "toc"):
            continue
        elif not themes:
            front.append(b)
        elif b.kind == "heading" and vocab.is_annex(b.text):
            rest = sum(1 for c in blocks[i:] if c.kind != "break")
            detail = f"skipped '{b.text}' and what follows ({rest} blocks)"
            repairs.append(Repair("annex", b.line, detail))
            break
        elif b.kind == "heading":
            _heading(themes[-1], b, generic, repairs)
        else:
            _text(themes[-1], b, uses_items, repairs)
    if front:
        detail = (
            f"skipped {len(front)} block(s) before the first theme "
            "(intro, theme list, disclaimer, ...)"
        )
        repairs.append(Repair("front_matter", front[0].line, detail))
    labels = _canonical_labels(themes, repairs)
    doc_themes = tuple(_finish(th, labels.get(n), repairs) for n, th in enumerate(themes))
    sample = " ".join(b.text for th in doc_themes for b in th.bullets()[:20])[:4000]
    language = _DETECTOR.detect(sample or title)[0] if (sample or title) else ""
    repairs.sort(key=lambda r: (r.line, r.kind))
    return MessagesDocument(title, language, doc_themes, tuple(repairs), source, fmt)
