"""Read a theme's framework line, in any of the six UN languages.

``[GDC 1, 2 - WSIS C2, C4 - SDGs 4, 9]; issue area, issue area`` and its translations:
labels from the taxonomy files plus common variants (``SDG``/``SDGs``, ``ODD``/``ODS``,
``PNM``/``PDM``, ``ГЦД``, ``全球数字契约``, ...), list separators ``,`` ``、`` ``،`` ``，`` ``;``,
group separators ``-`` ``–`` ``—`` (or none), brackets ``[]`` ``［］`` ``【】`` ``()`` or none,
numbers in ASCII, full-width or Arabic-Indic digits or as Chinese numerals, ranges ``1-3``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from forum_messages.model import FRAMEWORKS, Frameworks
from forum_messages.taxonomy import load_taxonomies

# fmt: off
VARIANTS: dict[str, tuple[str, ...]] = {
    "gdc": (
        "GDC", "PNM", "PDM", "ГЦД", "全球数字契约", "全球数字盟约", "الميثاق الرقمي العالمي",
        "الميثاق الرقمي", "Global Digital Compact", "Pacte numérique mondial",
        "Pacto Digital Mundial", "Глобальный цифровой договор", "ГЦП",
    ),
    "wsis": (
        "WSIS", "SMSI", "CMSI", "ВВУИО", "信息社会世界峰会", "信息社会世界峰会行动方针",
        "信息社会峰会", "القمة العالمية لمجتمع المعلومات", "WSIS action lines", "WSIS AL",
    ),
    "sdg": (
        "SDGs", "SDG", "ODD", "ODS", "ЦУР", "可持续发展目标", "أهداف التنمية المستدامة",
        "هدف التنمية المستدامة", "Sustainable Development Goals",
        "Objectifs de développement durable", "Objetivos de Desarrollo Sostenible",
        "Цели в области устойчивого развития",
    ),
}
# fmt: on
_OPEN = "[［【〔〖(（"
_CLOSE = "]］】〕〗)）"
_HAN_NUM = "一二三四五六七八九"
_NUM = rf"(?:\d{{1,2}}|十[{_HAN_NUM}]?|[{_HAN_NUM}]十?)"
_ID = re.compile(rf"(?:[CcСсＣｃ]\s?)?({_NUM})(?!\d)")
_DASH = r"[-–—‐‑−~～]"
_RANGE = re.compile(rf"\s*{_DASH}\s*(?:[CcСсＣｃ]\s?)?({_NUM})(?!\d)")
_SKIP = re.compile(
    r"(?:[\s,、،，;；؛:：/|]|"
    + _DASH
    + rf"|\band\b|\bet\b|\by\b|\bи\b|(?:و|和|及|与)(?=\s*{_NUM}))+",
    re.IGNORECASE,
)
_FILLER = re.compile(
    r"(?:objectives?|goals?|action lines?|objectifs?|objetivos?|líneas de acción|цели|"
    r"направления|目标|行动方针|行动路线|الأهداف|خطوط العمل|n[°ºo]\.?|#)",
    re.IGNORECASE,
)
_LEAD = re.compile(r"[\s;；؛:：,，、.。\-–—]+")
_AREA_SEP = re.compile(r"\s*[,、،，;；؛]\s*")


@dataclass(frozen=True)
class FrameworkLine:
    frameworks: Frameworks
    issue_areas: tuple[str, ...]
    unknown: tuple[str, ...]  # ids not in the taxonomy, as written with their label ("GDC 7")
    text: str


def _is_letter_script(label: str) -> bool:
    """True for labels in an alphabet with word boundaries (Latin, Cyrillic)."""
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") or "CYRILLIC"
               in unicodedata.name(ch, "") for ch in label)  # fmt: skip


@cache
def _labels() -> tuple[re.Pattern[str], dict[str, str]]:
    names: dict[str, str] = {}
    for fw, tax in load_taxonomies().items():
        for text in (*tax.label.values(), *tax.name.values(), *VARIANTS[fw]):
            names[text.casefold()] = fw
    parts = []
    for text in sorted(names, key=lambda t: (-len(t), t)):
        pattern = r"\s+".join(re.escape(w) for w in text.split())
        if _is_letter_script(text):
            pattern = rf"(?<![^\W\d_]){pattern}(?![^\W\d_])"
        parts.append(pattern)
    return re.compile("|".join(parts), re.IGNORECASE), names


def _number(text: str) -> int:
    if text[0] in _HAN_NUM or text[0] == "十":
        if text == "十":
            return 10
        if text.startswith("十"):
            return 10 + _HAN_NUM.index(text[1]) + 1
        value = _HAN_NUM.index(text[0]) + 1
        return value * 10 if text.endswith("十") else value
    return int("".join(str(unicodedata.decimal(ch)) for ch in text))


def _item_id(framework: str, number: int) -> str:
    return f"C{number}" if framework == "wsis" else str(number)


def parse_framework_line(text: str) -> FrameworkLine | None:
    """The frameworks and issue areas of a framework line, or None if ``text`` is not one.

    A framework line starts with a bracket or a framework label, and names at least one item.
    """
    pattern, names = _labels()
    s = text.strip()
    pos = 0
    closing = ""
    if s[:1] and s[0] in _OPEN:
        closing = _CLOSE[_OPEN.index(s[0])]
        pos = 1
    found: dict[str, list[str]] = {fw: [] for fw in FRAMEWORKS}
    unknown: list[str] = []
    current: str | None = None
    first_label = True
    skipped = ""
    while pos < len(s):
        skipped = ""
        if m := _SKIP.match(s, pos):
            skipped = m.group(0)
            pos = m.end()
            if pos >= len(s):
                break
        if closing and s[pos] in _CLOSE:
            pos += 1
            break
        if m := pattern.match(s, pos):
            current = names[re.sub(r"\s+", " ", m.group(0)).casefold()]
            pos = m.end()
            first_label = False
            continue
        if first_label:
            return None  # text before the first label: not a framework line
        if current and (m := _ID.match(s, pos)):
            low = high = _number(m.group(1))
            pos = m.end()
            if (r := _RANGE.match(s, pos)) and not pattern.match(s, r.start(1)):
                high = _number(r.group(1))
                pos = r.end()
            for n in range(low, max(low, high) + 1) if high - low <= 20 else (low, high):
                found[current].append(_item_id(current, n))
            continue
        if current and (m := _FILLER.match(s, pos)):
            pos = m.end()
            continue
        break
    if not any(found.values()):
        return None
    taxonomies = load_taxonomies()
    ids: dict[str, tuple[str, ...]] = {}
    for fw, items in found.items():
        known = {it.id for it in taxonomies[fw].items}
        unknown += [f"{taxonomies[fw].label['en']} {i}" for i in items if i not in known]
        kept = sorted({i for i in items if i in known}, key=taxonomies[fw].order)
        ids[fw] = tuple(kept)
    if not closing and pos < len(s) and not re.search(r"[;；؛:：]", skipped):
        return None  # "SDG 4 is ...": a sentence, not a framework line
    rest = _LEAD.sub("", s[pos:], count=1) if _LEAD.match(s[pos:]) else s[pos:]
    rest = rest.strip().rstrip(".。")
    areas = tuple(a for a in _AREA_SEP.split(rest) if a) if rest else ()
    return FrameworkLine(
        Frameworks(gdc=ids["gdc"], wsis=ids["wsis"], sdg=ids["sdg"]),
        areas,
        tuple(dict.fromkeys(unknown)),
        text.strip(),
    )
