"""Markdown reports: one file a report.

YAML front matter between ``---`` lines gives the fields (session, title, type, theme, language,
organisers; or nri, kind, country, region ...). Sections whose heading (``#`` to ``######``, an
underlined heading, or a line that is only the bold name, e.g. ``**Key Takeaways**``) is
"Key Takeaways", "Calls to Action" or, for NRI reports, "Messages" -- in any of the six UN
languages -- hold the statements: each list item (``-``, ``*``, ``+``, ``•``, ``1.``, ``1)``) is one
statement, its wrapped lines joined; without list items each paragraph is one statement.
Other sections are ignored. Bold markers (``**`` / ``__``) and HTML comments are removed.
"""

from __future__ import annotations

import re

from forum_messages.ingest.base import RawRecord, Sink, SourceProblem
from forum_messages.ingest.fields import canonical_key
from forum_messages.ingest.text import fold
from forum_messages.ingest.yamlfile import parse as parse_yaml
from forum_messages.yamlsrc import LineDict, LineList, line_of

# fmt: off
SECTION_NAMES: dict[str, tuple[str, ...]] = {
    "key_takeaways": (
        "key takeaways", "key takeaway", "takeaways", "main takeaways",
        "principaux enseignements", "points clés à retenir", "points clés", "points à retenir",
        "enseignements clés", "principaux points à retenir", "conclusions clés",
        "conclusiones clave", "principales conclusiones", "conclusiones principales",
        "puntos clave", "ключевые выводы", "основные выводы", "主要收获", "关键要点", "主要要点",
        "关键收获", "النقاط الرئيسية", "الاستنتاجات الرئيسية", "أهم النقاط", "النتائج الرئيسية",
    ),
    "calls_to_action": (
        "calls to action", "call to action", "calls for action", "appels à l'action",
        "appel à l'action", "appels à agir", "llamados a la acción", "llamamientos a la acción",
        "llamado a la acción", "llamamiento a la acción", "llamadas a la acción",
        "призывы к действию", "призыв к действию", "行动呼吁", "行动倡议", "呼吁采取行动",
        "دعوات إلى العمل", "الدعوات إلى العمل", "دعوات للعمل", "الدعوة إلى العمل",
    ),
    "messages": (
        "messages", "key messages", "nri messages", "messages clés", "principaux messages",
        "mensajes", "mensajes clave", "mensajes principales", "послания", "ключевые послания",
        "основные послания", "сообщения", "信息", "主要信息", "关键信息", "الرسائل",
        "الرسائل الرئيسية", "رسائل",
    ),
}
# fmt: on
_SECTIONS = {fold(name): key for key, names in SECTION_NAMES.items() for name in names}
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-{2,})[ \t]*$")
_PSEUDO = re.compile(r"^\s*(?:\*\*|__)(.+?)(?:\*\*|__)\s*:?\s*$|^\s*([^\s*_#].{0,60}?)\s*:?\s*$")
_ITEM = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])(?:\s+(.*)|\s*)$")
_RULE = re.compile(r"^\s*([-*_])(?:\s*\1){2,}\s*$")
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_COMMENT = re.compile(r"<!--.*?-->", re.S)


def section_of(heading: str) -> str | None:
    """'key_takeaways' / 'calls_to_action' / 'messages' for a known heading, else None."""
    folded = re.sub(r"^(?:\d+|[ivx]+)\s+", "", fold(heading))
    return _SECTIONS.get(folded)


def read(text: str, file: str, sink: Sink) -> list[RawRecord]:
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        sink.error(
            file,
            1,
            "",
            "a Markdown report starts with front matter between '---' lines "
            "(session: ..., title: ...), then '## Key Takeaways' / '## Calls to Action'",
        )
        return []
    end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
    if end is None:
        sink.error(file, 1, "", "the front matter is not closed: add a '---' line after it")
        return []
    try:
        data = parse_yaml("\n" + "\n".join(lines[1:end]))  # keeps file line numbers
    except SourceProblem as exc:
        sink.error(file, exc.line, exc.field, f"front matter: {exc.message}")
        return []
    if not isinstance(data, LineDict):
        sink.error(file, 2, "", "the front matter must be a mapping (session: ..., title: ...)")
        return []
    body = _COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), "\n".join(lines[end + 1 :]))
    sections, h1 = _sections(body.split("\n"), first_line=end + 2)
    given = {canonical_key(k): k for k in data}
    if h1 and "title" not in given:
        data["title"], data.lines["title"] = h1
    for key, (heading_line, block) in sections.items():
        if key in given:
            sink.error(
                file,
                heading_line,
                key,
                f"statements given both in the front matter "
                f"(line {line_of(data, given[key])}) and as a section",
            )
            return []
        items = _items(block)
        seq = LineList(text for _, text in items)
        seq.line, seq.lines = heading_line, [n for n, _ in items]
        data[key], data.lines[key] = seq, heading_line
    return [RawRecord(data, file, 1)]


def _sections(
    lines: list[str], first_line: int
) -> tuple[dict[str, tuple[int, list[tuple[int, str]]]], tuple[str, int] | None]:
    """Lines under each known section, and the first level-1 heading (title, line)."""
    found: dict[str, tuple[int, list[tuple[int, str]]]] = {}
    current: str | None = None
    level = 0
    h1: tuple[str, int] | None = None
    previous = ""
    pseudo = False
    for offset, line in enumerate(lines):
        number = first_line + offset
        heading: tuple[int, str] | None = None
        if pseudo and _SETEXT.match(line):  # "Key Takeaways" underlined: already a heading
            level, pseudo = (1 if line.strip()[0] == "=" else 2), False
            continue
        pseudo = False
        if m := _ATX.match(line):
            heading = (len(m.group(1)), m.group(2) or "")
        elif _SETEXT.match(line) and previous.strip() and not _ITEM.match(previous):
            heading = (1 if line.strip()[0] == "=" else 2, previous)
            if current is not None and found[current][1]:
                found[current][1].pop()  # the underlined line was a heading, not text
        elif (
            not _ITEM.match(line)
            and (m := _PSEUDO.match(line))
            and section_of(m.group(1) or m.group(2) or "")
        ):
            heading = (7, m.group(1) or m.group(2))
            pseudo = True
        previous = line
        if heading is None:
            if current is not None:
                found[current][1].append((number, line))
            continue
        depth, title = heading
        key = section_of(title)
        if depth == 1 and h1 is None and key is None:
            h1 = (title.strip(), number)
        if key is not None:
            current, level = key, depth
            found.setdefault(key, (number, []))[1].append((number, ""))
        elif current is not None and depth <= level:
            current = None
        previous = ""
    return found, h1


def _items(block: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """List items (continuations joined), or paragraphs when there are no list markers."""
    block = [(n, "" if _RULE.match(text) else text) for n, text in block]
    markers = any(_ITEM.match(text) for _, text in block)
    out: list[tuple[int, list[str]]] = []
    current: tuple[int, list[str]] | None = None
    blank = True
    for number, text in block:
        if not text.strip():
            blank = True
            if not markers:
                current = None
            continue
        if m := _ITEM.match(text):
            current = (number, [m.group(1) or ""])
            out.append(current)
        elif current is not None and (not blank or text[:1] in (" ", "\t")):
            current[1].append(text)
        else:
            current = (number, [text])
            out.append(current)
        blank = False
    return [(n, _BOLD.sub(r"\2", " ".join(p.strip() for p in parts))) for n, parts in out]
