"""The checks behind ``check-translation``: each one a small function returning findings.

With a source document, bullets are aligned by position (same theme, sub-topic and bullet
index; documents whose themes or sub-topics do not line up fall back to document order) and
compared: untranslated, dropped and extra segments, numbers, acronyms, framework references
and dates, glossary terms. Without one, the target is checked on its own: a name spelled two
ways, bracketed labels that vary across theme headings, a word repeated back to back, a
sentence broken by a page break, heading and list numbering or levels.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from forum_messages.documents.frameworks import VARIANTS
from forum_messages.documents.model import LocatedBullet, MessagesDocument, located_bullets
from forum_messages.translation.glossary import Glossary, contains

if TYPE_CHECKING:
    from forum_messages.nlp.base import Embedder


@dataclass(frozen=True)
class Finding:
    kind: str
    location: str  # "theme.topic.bullet" (1-based), "theme N", or "line N"
    evidence: str
    suggestion: str

    def to_dict(self) -> dict[str, str]:
        return asdict(self)


#: Every kind of finding, in the order they are reported (documented in docs/translation-checks.md).
KINDS: tuple[str, ...] = (
    "glossary",
    "untranslated",
    "dropped",
    "extra",
    "moved",
    "number",
    "acronym",
    "framework",
    "date",
    "name_spelling",
    "label",
    "repeated_word",
    "page_break",
    "heading_numbering",
    "heading_level",
    "list_numbering",
)

#: Acronyms a translation may spell out instead of keeping (besides the glossary's entries).
EXPANSIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "zh": {
        "AI": ("人工智能",),
        "CERT": ("计算机应急响应小组", "计算机应急响应团队"),
        "CSIRT": ("计算机安全事件响应小组",),
        "IGF": ("互联网治理论坛",),
        "WSIS": ("信息社会世界峰会",),
        "GDC": ("全球数字契约",),
        "SDG": ("可持续发展目标",),
        "SDGS": ("可持续发展目标",),
        "MAG": ("多利益攸关方咨询小组",),
        "UN": ("联合国",),
        "NRI": ("国家和区域倡议", "国家和区域互联网治理论坛倡议"),
        "NRIS": ("国家和区域倡议", "国家和区域互联网治理论坛倡议"),
        "ITU": ("国际电信联盟", "国际电联"),
        "UNESCO": ("联合国教科文组织",),
        "SIDS": ("小岛屿发展中国家",),
        "ICANN": ("互联网名称与数字地址分配机构",),
    },
    # UN usage: an acronym is localised (FGI, SMSI, ODD) or spelled out
    "fr": {
        "IGF": ("FGI", "Forum sur la gouvernance de l'Internet"),
        "WSIS": ("SMSI", "Sommet mondial sur la société de l'information"),
        "SDG": ("ODD", "objectif de développement durable", "objectifs de développement durable"),
        "GDC": ("PNM", "Pacte numérique mondial"),
        "AI": ("IA", "intelligence artificielle"),
        "UN": ("ONU", "Nations Unies"),
        "ITU": ("UIT", "Union internationale des télécommunications"),
        "SIDS": ("PEID", "petits États insulaires en développement"),
        "NRI": ("initiatives nationales et régionales",),
        "MAG": ("Groupe consultatif multipartite",),
    },
    "es": {
        "IGF": ("FGI", "Foro para la Gobernanza de Internet"),
        "WSIS": ("CMSI", "Cumbre Mundial sobre la Sociedad de la Información"),
        "SDG": ("ODS", "Objetivo de Desarrollo Sostenible", "Objetivos de Desarrollo Sostenible"),
        "GDC": ("PDM", "Pacto Digital Mundial"),
        "AI": ("IA", "inteligencia artificial"),
        "UN": ("ONU", "Naciones Unidas"),
        "ITU": ("UIT", "Unión Internacional de Telecomunicaciones"),
        "SIDS": ("PEID", "pequeños Estados insulares en desarrollo"),
        "NRI": ("iniciativas nacionales y regionales",),
        "MAG": ("Grupo Asesor Multipartito",),
    },
    "ru": {
        "IGF": ("ФУИ", "Форум по вопросам управления Интернетом", "Форума по вопросам управления"),
        "WSIS": ("ВВУИО", "Всемирной встречи на высшем уровне по вопросам информационного"),
        "SDG": ("ЦУР", "цели в области устойчивого развития"),
        "GDC": ("ГЦД", "Глобальный цифровой договор", "Глобального цифрового договора"),
        "AI": ("ИИ", "искусственный интеллект"),
        "UN": ("ООН", "Организации Объединенных Наций"),
        "ITU": ("МСЭ", "Международный союз электросвязи"),
        "SIDS": ("МОРАГ", "малые островные развивающиеся государства"),
    },
    "ar": {
        "IGF": ("منتدى إدارة الإنترنت", "منتدى حوكمة الإنترنت"),
        "WSIS": ("القمة العالمية لمجتمع المعلومات",),
        "SDG": ("أهداف التنمية المستدامة", "هدف التنمية المستدامة"),
        "GDC": ("الميثاق الرقمي العالمي",),
        "AI": ("الذكاء الاصطناعي",),
        "UN": ("الأمم المتحدة",),
        "ITU": ("الاتحاد الدولي للاتصالات",),
        "SIDS": ("الدول الجزرية الصغيرة النامية",),
    },
}

_FINAL = ".!?。！？;；:：…\"'”’」』)）]】"
_HAN = r"\u3400-\u4dbf\u4e00-\u9fff"
#: Characters used to transliterate foreign names into Chinese.
_TRANSLIT = set(
    "阿埃艾爱安奥巴拜班邦鲍贝本比彼毕波伯博布查达戴丹道德迪蒂丁东杜敦多厄恩尔法菲费芬丰弗"
    "福盖冈戈格哥圭哈海汉豪赫亨胡霍基吉加贾杰金卡凯坎康柯科克肯库奎拉莱兰朗劳勒雷蕾里利莉"
    "丽列林琳隆卢鲁伦罗洛马迈麦曼芒梅蒙米明莫墨姆穆纳奈南内尼涅纽努诺帕潘佩彭皮珀普奇齐乔"
    "切钦琼萨塞桑瑟森沙莎舍什施舒斯松苏索塔泰坦汤特提廷图托瓦万旺威韦维温沃乌西希锡夏谢辛"
    "雅亚扬耶伊因尤约赞扎泽詹兹佐"
)
#: Month names (and their declined or unaccented forms) in the six languages -> 1..12.
_MONTH_NAMES: tuple[tuple[str, ...], ...] = (
    ("january", "janvier", "enero", "января", "январь", "يناير", "كانون الثاني"),
    ("february", "février", "fevrier", "febrero", "февраля", "февраль", "فبراير", "شباط"),
    ("march", "mars", "marzo", "марта", "март", "مارس", "آذار"),
    ("april", "avril", "abril", "апреля", "апрель", "أبريل", "ابريل", "نيسان"),
    ("may", "mai", "mayo", "мая", "май", "مايو", "أيار"),
    ("june", "juin", "junio", "июня", "июнь", "يونيو", "حزيران"),
    ("july", "juillet", "julio", "июля", "июль", "يوليو", "تموز"),
    ("august", "août", "aout", "agosto", "августа", "август", "أغسطس", "آب"),
    ("september", "septembre", "septiembre", "setiembre", "сентября", "сентябрь", "سبتمبر",
     "أيلول"),
    ("october", "octobre", "octubre", "октября", "октябрь", "أكتوبر", "تشرين الأول"),
    ("november", "novembre", "noviembre", "ноября", "ноябрь", "نوفمبر", "تشرين الثاني"),
    ("december", "décembre", "decembre", "diciembre", "декабря", "декабрь", "ديسمبر",
     "كانون الأول"),
)  # fmt: skip
_MONTHS = {name: i + 1 for i, names in enumerate(_MONTH_NAMES) for name in names}
_MONTH = "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True))
#: "to" between two days of one month, in the six languages.
_TO = r"(?:to|and|-|–|au|et|al|a|y|по|-|و|إلى|الى)"
#: 23 June 2025, 23-27 June 2025, 1er juillet 2025, 23 de junio de 2025, 23 июня 2025 г.
_DAY_MONTH_YEAR = re.compile(
    rf"\b(\d{{1,2}})(?:er)?(?:\s*{_TO}\s*(\d{{1,2}}))?\s+(?:de\s+)?({_MONTH})\s*,?\s*"
    rf"(?:de\s+)?(\d{{4}})\b",
    re.IGNORECASE,
)
#: June 23, 2025 and June 23-27, 2025
_MONTH_DAY_YEAR = re.compile(
    rf"\b({_MONTH})\s+(\d{{1,2}})(?:\s*[-–]\s*(\d{{1,2}}))?,?\s+(\d{{4}})\b", re.IGNORECASE
)
#: June 2025, juin 2025, junio de 2025, июнь 2025
_MONTH_YEAR = re.compile(rf"\b({_MONTH})\s+(?:de\s+)?(\d{{4}})\b", re.IGNORECASE)
_HAN_DIGITS = "零一二三四五六七八九"
_ZH_DATE = re.compile(r"(\d{4})年(\d{1,2})月(?:(\d{1,2})日(?:\s*[至到\-–]\s*(\d{1,2})日)?)?")


# --------------------------------------------------------------------------- text helpers


#: Letters of each script (the main Unicode blocks; enough to tell the six languages apart).
_SCRIPTS = {
    "latin": re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]"),
    "han": re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"),
    "cyrillic": re.compile(r"[\u0400-\u04ff\u0500-\u052f]"),
    "arabic": re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]"),
}
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")
_DIGIT = re.compile(r"[0-9]")
_YEAR = re.compile(r"(?<![0-9])[0-9]{4}(?![0-9])")


def script(text: str) -> str:
    """The dominant script of ``text``: latin, han, cyrillic, arabic, or "" (no letters)."""
    counts = {name: len(rx.findall(text)) for name, rx in _SCRIPTS.items()}
    top = max(counts, key=lambda name: counts[name])
    return top if counts[top] else ""


def _norm_digits(text: str) -> str:
    """Arabic-Indic and other decimal digits as ASCII digits."""
    if text.isascii():
        return text
    return _OTHER_DIGIT.sub(lambda m: str(unicodedata.decimal(m.group(0))), text)


def _han_number(text: str) -> int | None:
    """``二十``, ``十五``, ``三`` -> int (1 to 99); None otherwise."""
    if text == "十":
        return 10
    if "十" in text:
        head, _, tail = text.partition("十")
        tens = _HAN_DIGITS.index(head) if head else 1
        ones = _HAN_DIGITS.index(tail) if tail else 0
        return tens * 10 + ones
    if len(text) == 1 and text in _HAN_DIGITS:
        return _HAN_DIGITS.index(text)
    return None


def dates(text: str) -> set[str]:
    """Dates written in ``text`` (any of the six languages), as ``YYYY-MM-DD`` / ``YYYY-MM``."""
    text = _norm_digits(text)
    found: set[str] = set()
    if not _YEAR.search(text):  # every date form has a year: skip the long patterns
        return found
    for m in _DAY_MONTH_YEAR.finditer(text):
        mo = _MONTHS[m.group(3).lower()]
        for day in filter(None, (m.group(1), m.group(2))):
            found.add(f"{m.group(4)}-{mo:02d}-{int(day):02d}")
    for m in _MONTH_DAY_YEAR.finditer(text):
        mo = _MONTHS[m.group(1).lower()]
        for day in filter(None, (m.group(2), m.group(3))):
            found.add(f"{m.group(4)}-{mo:02d}-{int(day):02d}")
    for m in _MONTH_YEAR.finditer(text):
        found.add(f"{m.group(2)}-{_MONTHS[m.group(1).lower()]:02d}")
    for m in _ZH_DATE.finditer(text):
        if m.group(3):
            for day in filter(None, (m.group(3), m.group(4))):
                found.add(f"{m.group(1)}-{int(m.group(2)):02d}-{int(day):02d}")
        else:
            found.add(f"{m.group(1)}-{int(m.group(2)):02d}")
    for m in re.finditer(r"\b(\d{4})-(\d{2})-(\d{2})\b", text):
        found.add(f"{m.group(1)}-{m.group(2)}-{m.group(3)}")
    # a month written alone on one side is also reported by the year/month form
    for d in list(found):
        found.add(d[:7])
    return found


def numbers(text: str, han: bool = False) -> set[int]:
    """Numbers written in digits (and, with ``han``, in Chinese numerals)."""
    text = _norm_digits(text)
    found = {int(n.replace(",", "")) for n in re.findall(r"\d+(?:,\d{3})*", text)}
    if han:
        for run in re.findall(rf"[{_HAN_DIGITS[1:]}十]+", text):
            value = _han_number(run)
            if value is not None:
                found.add(value)
    return found


def acronyms(text: str) -> set[str]:
    """Latin capitals such as WSIS, CERT, AI (two or more letters)."""
    return set(re.findall(r"(?<![A-Za-z])[A-Z][A-Z]+s?(?![A-Za-z])", text))


def _framework_pattern() -> re.Pattern[str]:
    labels = sorted({v for vs in VARIANTS.values() for v in vs}, key=lambda v: -len(v))
    alt = "|".join(re.escape(v) for v in labels)
    return re.compile(
        rf"({alt})\s*(?:目标|行动方针|action lines?|goals?)?\s*((?:[CcСс]?\s?\d{{1,2}}"
        rf"(?:\s*(?:,|、|，|and|和|与|及)\s*)?)+)",
        re.IGNORECASE,
    )


_FRAMEWORK = _framework_pattern()
_LABEL_OF = {v.casefold(): fw for fw, vs in VARIANTS.items() for v in vs}
_FW_NAME = {"gdc": "GDC", "wsis": "WSIS", "sdg": "SDG"}


def framework_refs(text: str) -> set[str]:
    """References such as ``GDC 3``, ``WSIS C5``, ``SDG 16`` (in any language) normalised."""
    found: set[str] = set()
    text = _norm_digits(text)
    if not _DIGIT.search(text):  # every reference has a number: skip the long pattern
        return found
    for m in _FRAMEWORK.finditer(text):
        fw = _LABEL_OF.get(m.group(1).casefold())
        if fw is None:
            continue
        for n in re.findall(r"\d{1,2}", m.group(2)):
            found.add(f"{_FW_NAME[fw]} {'C' if fw == 'wsis' else ''}{int(n)}")
    return found


def _short(text: str, width: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


# --------------------------------------------------------------------------- alignment


def align(
    source: MessagesDocument, target: MessagesDocument
) -> tuple[list[tuple[LocatedBullet, LocatedBullet]], list[Finding]]:
    """Bullet pairs by position, and a finding for each bullet only one side has."""
    src, tgt = located_bullets(source), located_bullets(target)
    same_shape = len(source.themes) == len(target.themes) and all(
        len(a.topics) == len(b.topics) for a, b in zip(source.themes, target.themes, strict=True)
    )
    pairs: list[tuple[LocatedBullet, LocatedBullet]] = []
    findings: list[Finding] = []
    if same_shape:
        by_pos = {(b.theme, b.topic, b.index): b for b in tgt}
        src_pos = {(b.theme, b.topic, b.index) for b in src}
        for b in src:
            t = by_pos.get((b.theme, b.topic, b.index))
            if t is None:
                findings.append(_dropped(b))
            else:
                pairs.append((b, t))
        findings += [_extra(t) for t in tgt if (t.theme, t.topic, t.index) not in src_pos]
    else:
        findings.append(
            Finding(
                "dropped" if len(src) > len(tgt) else "extra",
                "document",
                f"themes/sub-topics differ: source {source.counts()}, target {target.counts()}",
                "restore the source's theme and sub-topic structure; bullets are compared in "
                "document order",
            )
        )
        pairs = list(zip(src, tgt, strict=False))
        findings += [_dropped(b) for b in src[len(tgt) :]]
        findings += [_extra(t) for t in tgt[len(src) :]]
    return pairs, findings


def align_by_meaning(
    source: MessagesDocument, target: MessagesDocument, embedder: Embedder
) -> tuple[list[tuple[LocatedBullet, LocatedBullet]], list[Finding]]:
    """Bullet pairs by meaning (``compare``'s one-to-one alignment across languages): a bullet
    the translation put elsewhere is one ``moved`` finding, not a dropped and an extra one."""
    from forum_messages.documents.compare import compare

    found = compare(source, target, embedder)
    pairs = [(p.a, p.b) for p in found.pairs]
    findings = [_dropped(b) for b in found.missing_in_b]
    findings += [_extra(t) for t in found.missing_in_a]
    for p in found.moved():
        where = "another theme" if p.moved == "theme" else "another sub-topic"
        findings.append(
            Finding(
                "moved",
                p.b.ref,
                f"source bullet {p.a.ref} is at {p.b.ref}, under {where}: {_short(p.b.text)}",
                f"move it back to {p.a.ref} ({_short(p.a.topic_title or p.a.theme_title, 40)})",
            )
        )
    return pairs, findings


def _dropped(b: LocatedBullet) -> Finding:
    return Finding(
        "dropped",
        b.ref,
        f"source bullet {b.ref} has no translation: {_short(b.text)}",
        f"translate it as bullet {b.ref}",
    )


def _extra(t: LocatedBullet) -> Finding:
    return Finding(
        "extra",
        t.ref,
        f"target bullet {t.ref} has no source bullet: {_short(t.text)}",
        "remove it, or check that it was not moved from elsewhere",
    )


# --------------------------------------------------------------------------- source checks

Pair = tuple[LocatedBullet, LocatedBullet]


def check_untranslated(pairs: list[Pair], src_script: str, tgt_script: str) -> list[Finding]:
    out = []
    for s, t in pairs:
        same = " ".join(s.text.split()) == " ".join(t.text.split())
        foreign = src_script != tgt_script and script(t.text) == src_script
        if same or foreign:
            why = "identical to the source"
            if not same:
                why = f"written in the source's script ({src_script})"
            out.append(
                Finding("untranslated", t.ref, f"{why}: {_short(t.text)}", "translate this bullet")
            )
    return out


def check_numbers(pairs: list[Pair], target_lang: str) -> list[Finding]:
    out = []
    han = target_lang.startswith("zh")
    for s, t in pairs:
        s_text = _strip_dates(s.text)
        t_text = _strip_dates(t.text)
        s_num = numbers(s_text)
        t_all = numbers(t_text, han=han)
        missing = sorted(s_num - t_all)
        added = sorted(numbers(t_text) - numbers(s_text, han=han))
        if missing or added:
            parts = []
            if missing:
                parts.append(f"source has {', '.join(map(str, missing))}")
            if added:
                parts.append(f"target has {', '.join(map(str, added))}")
            out.append(
                Finding(
                    "number",
                    t.ref,
                    f"{'; '.join(parts)} — target: {_short(t.text)}",
                    f"use the source's numbers: {', '.join(map(str, sorted(s_num))) or 'none'}",
                )
            )
    return out


def _strip_dates(text: str) -> str:
    """``text`` without its dates and framework references (their numbers are checked by
    their own checks)."""
    text = _norm_digits(text)
    if not _DIGIT.search(text):
        return text
    if _YEAR.search(text):
        text = _DAY_MONTH_YEAR.sub(" ", text)
        text = _MONTH_DAY_YEAR.sub(" ", text)
        text = _ZH_DATE.sub(" ", text)
    return _FRAMEWORK.sub(" ", text)


def _expansions(acr: str, target_lang: str, glossary: Glossary | None) -> tuple[str, ...]:
    table = EXPANSIONS.get(target_lang.split("-")[0], {})
    found = list(table.get(acr.upper(), ()) + table.get(acr.upper().rstrip("S"), ()))
    if glossary:
        for e in glossary.entries:
            if e.term.upper() in (acr.upper(), acr.upper().rstrip("S")):
                found += e.translations
    return tuple(found)


def check_acronyms(pairs: list[Pair], target_lang: str, glossary: Glossary | None) -> list[Finding]:
    out = []
    for s, t in pairs:
        # framework references (GDC 3, ODD 16, SMSI C5) are the framework check's business
        s_text, t_text = _FRAMEWORK.sub(" ", s.text), _FRAMEWORK.sub(" ", t.text)
        s_acr, t_acr = acronyms(s_text), acronyms(t_text)
        missing = [
            a
            for a in sorted(s_acr - t_acr)
            if not any(x in t_text for x in _expansions(a, target_lang, glossary))
            and a.rstrip("s") not in t_acr
        ]
        localised = {x for a in s_acr for x in _expansions(a, target_lang, glossary)}
        added = [
            a
            for a in sorted(t_acr - s_acr)
            if a.rstrip("s") not in s_acr and a + "s" not in s_acr and a not in localised
        ]
        for a in missing:
            spelled = _expansions(a, target_lang, glossary)
            out.append(
                Finding(
                    "acronym",
                    t.ref,
                    f"source has {a}, target has neither it nor its expansion: {_short(t.text)}",
                    f"keep {a}" + (f" or write {spelled[0]}" if spelled else ""),
                )
            )
        for a in added:
            out.append(
                Finding(
                    "acronym",
                    t.ref,
                    f"target has {a}, which the source does not: {_short(t.text)}",
                    f"check {a} against the source: {_short(s.text, 60)}",
                )
            )
    return out


def check_frameworks(
    pairs: list[Pair], source: MessagesDocument, target: MessagesDocument
) -> list[Finding]:
    out = []
    for i, (a, b) in enumerate(zip(source.themes, target.themes, strict=False)):
        if a.frameworks is not None and b.frameworks is not None and a.frameworks != b.frameworks:
            out.append(
                Finding(
                    "framework",
                    f"theme {i + 1}",
                    f"framework line: source {a.framework_line!r}, target {b.framework_line!r}",
                    "use the source's items: "
                    + ", ".join(
                        f"{_FW_NAME[fw]} {' '.join(getattr(a.frameworks, fw))}"
                        for fw in ("gdc", "wsis", "sdg")
                        if getattr(a.frameworks, fw)
                    ),
                )
            )
    for s, t in pairs:
        s_ref, t_ref = framework_refs(s.text), framework_refs(t.text)
        if s_ref != t_ref:
            out.append(
                Finding(
                    "framework",
                    t.ref,
                    f"source cites {', '.join(sorted(s_ref)) or 'nothing'}, target cites "
                    f"{', '.join(sorted(t_ref)) or 'nothing'}",
                    f"cite {', '.join(sorted(s_ref)) or 'no framework item'} as the source does",
                )
            )
    return out


def check_dates(pairs: list[Pair]) -> list[Finding]:
    out = []
    for s, t in pairs:
        s_d, t_d = dates(s.text), dates(t.text)
        if s_d != t_d:
            out.append(
                Finding(
                    "date",
                    t.ref,
                    f"source dates {', '.join(sorted(s_d)) or 'none'}, target dates "
                    f"{', '.join(sorted(t_d)) or 'none'}: {_short(t.text)}",
                    f"write the source's dates: {', '.join(_days(s_d)) or 'none'}",
                )
            )
    return out


def _days(found: set[str]) -> list[str]:
    return sorted(d for d in found if len(d) == 10) or sorted(found)


def check_glossary(
    glossary: Glossary, target: MessagesDocument, pairs: list[Pair] | None
) -> list[Finding]:
    out = []
    for t in located_bullets(target):
        for e in glossary.entries:
            for bad in e.forbidden:
                if contains(t.text, bad):
                    out.append(
                        Finding(
                            "glossary",
                            t.ref,
                            f"forbidden variant '{bad}' of '{e.term}': {_short(t.text)}",
                            f"write '{e.translations[0]}'"
                            if e.translations
                            else f"avoid '{bad}'" + (f" ({e.note})" if e.note else ""),
                        )
                    )
    for s, t in pairs or []:
        for e in glossary.entries:
            if not e.translations or not contains(s.text, e.term):
                continue
            if not any(contains(t.text, tr) for tr in e.translations):
                note = f" ({e.note})" if e.note else ""
                out.append(
                    Finding(
                        "glossary",
                        t.ref,
                        f"source has '{e.term}', target lacks '{e.translations[0]}': "
                        f"{_short(t.text)}",
                        f"translate '{e.term}' as '{e.translations[0]}'{note}",
                    )
                )
    return out


# --------------------------------------------------------------------------- one document


def _doc_texts(doc: MessagesDocument) -> list[tuple[str, str]]:
    """(location, text) for every title, description and bullet."""
    out: list[tuple[str, str]] = []
    for i, th in enumerate(doc.themes):
        out.append((f"theme {i + 1}", th.title))
        if th.description:
            out.append((f"theme {i + 1}", th.description))
        for j, tp in enumerate(th.topics):
            if tp.title:
                out.append((f"{i + 1}.{j + 1}", tp.title))
    out += [(b.ref, b.text) for b in located_bullets(doc)]
    return out


def _texts(doc: MessagesDocument, lines: list[str] | None) -> list[tuple[str, str]]:
    if lines is None:
        return _doc_texts(doc)
    return [(f"line {n}", line) for n, line in enumerate(lines, 1) if line.strip()]


def _distance(a: str, b: str, limit: int = 2) -> int:
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def check_name_spelling(texts: list[tuple[str, str]]) -> list[Finding]:
    """Chinese transliterations differing by one character, Latin names 1-2 edits apart."""
    where: dict[str, str] = {}
    counts: Counter[str] = Counter()
    lower: set[str] = set()
    for loc, text in texts:
        runs = [r for r in re.findall(rf"[{_HAN}]+", text)]
        for run in runs:
            for m in re.finditer(r"[" + "".join(sorted(_TRANSLIT)) + r"]{3,}", run):
                counts[m.group(0)] += 1
                where.setdefault(m.group(0), loc)
        body = re.sub(r"^\s*(?:#{1,6}\s*|[-*+]\s+|\d{1,3}[.)]\s+|>\s*)*", "", text)
        lower.update(w.casefold() for w in re.findall(r"(?<![\w])[a-zà-ÿ]{4,}", body))
        for m in re.finditer(r"(?<![\w])[A-Z][a-zà-ÿ]{3,}(?:[-'][A-Z]?[a-zà-ÿ]+)?", body):
            if m.start() > 0 and re.search(r"[.!?:;(\[*]\s*$", body[: m.start()]) is None:
                counts[m.group(0)] += 1
                where.setdefault(m.group(0), loc)
    out = []
    names = sorted(counts)
    seen: set[tuple[str, str]] = set()
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            if a.isascii() != b.isascii() and not (a[0].isalpha() and b[0].isalpha()):
                continue
            latin = a[0].isascii() or "LATIN" in unicodedata.name(a[0], "")
            if latin:
                if min(len(a), len(b)) < 5 or counts[a] + counts[b] < 3:
                    continue
                if a.lower() == b.lower() or _plural(a, b):
                    continue
                if a.casefold() in lower or b.casefold() in lower:
                    continue  # a common word, capitalised in a title
                close = 1 <= _distance(a.lower(), b.lower()) <= 2
            else:
                close = len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1
            if close and (a, b) not in seen:
                seen.add((a, b))
                keep, other = (a, b) if counts[a] >= counts[b] else (b, a)
                out.append(
                    Finding(
                        "name_spelling",
                        where[other],
                        f"'{other}' ({counts[other]}x, first at {where[other]}) and '{keep}' "
                        f"({counts[keep]}x, first at {where[keep]})",
                        f"spell it one way throughout, e.g. '{keep}'",
                    )
                )
    return out


def _plural(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return long in (short + "s", short + "es", short + "'s") or long[:-1] == short[:-1] + "ie"


_LABEL = re.compile(r"^\s*(?:#{1,6}\s*)?([\[［【](.+?)[\]］】])")


def check_labels(doc: MessagesDocument, lines: list[str] | None) -> list[Finding]:
    """A bracketed label such as ``[构建]`` spelled differently across theme headings."""
    found: list[tuple[str, str]] = []
    for i, th in enumerate(doc.themes):
        heading = lines[th.line - 1] if lines and 0 < th.line <= len(lines) else ""
        m = _LABEL.match(heading)
        if m:
            found.append((f"line {th.line}", m.group(1)))
        elif th.label:
            found.append((f"theme {i + 1}", th.label))
    out = []
    if len(found) >= 2:
        common = Counter(lbl for _, lbl in found).most_common(1)[0][0]
        out += [
            Finding(
                "label",
                loc,
                f"theme heading label {lbl} differs from {common} on the other headings",
                f"write {common}",
            )
            for loc, lbl in found
            if lbl != common
        ]
    if lines is None:
        out += [
            Finding("label", f"line {r.line}", r.detail, "use one spelling of the label")
            for r in doc.repairs
            if r.kind == "label_spelling"
        ]
    return out


_REPEAT_LATIN = re.compile(r"(?<![\w-])(\w+)(?:\s*,\s*|\s+)(\1)(?!\w)", re.IGNORECASE)
_REPEAT_HAN = re.compile(rf"([{_HAN}]{{2,}}?)\1|([{_HAN}]{{2,}})[、，,\s]\2(?![{_HAN}])")


def check_repeated(texts: list[tuple[str, str]]) -> list[Finding]:
    out = []
    for loc, text in texts:
        for m in _REPEAT_LATIN.finditer(text):
            if m.group(1).isdigit():
                continue
            out.append(
                Finding(
                    "repeated_word",
                    loc,
                    f"'{m.group(0)}' in: {_short(text)}",
                    f"write '{m.group(1)}' once",
                )
            )
        for m in _REPEAT_HAN.finditer(text):
            if m.group(2) and re.search(rf"(?:^|[、，,])[{_HAN}]$", text[: m.start()]):
                continue  # "次区域、区域": a one-character prefix makes a different list item
            out.append(
                Finding(
                    "repeated_word",
                    loc,
                    f"'{m.group(0)}' in: {_short(text)}",
                    f"write '{m.group(1) or m.group(2)}' once",
                )
            )
    return out


def check_page_breaks(doc: MessagesDocument) -> list[Finding]:
    """A bullet ending mid-sentence followed by one that starts mid-sentence."""
    out = [
        Finding(
            "page_break",
            f"line {r.line}",
            r.detail,
            "join the two halves of the sentence in the document",
        )
        for r in doc.repairs
        if r.kind == "page_break_join" and doc.format != "text"  # PDF text: layout, not the author
    ]
    bullets = located_bullets(doc)
    for a, b in itertools.pairwise(bullets):
        if (a.theme, a.topic) != (b.theme, b.topic):
            continue
        end = a.text.rstrip()[-1:]
        if not end or end in _FINAL:
            continue
        start = b.text.lstrip()[:1]
        han = script(a.text) == "han"
        if han or start.islower() or (start and not start.isalnum() and start not in "“\"'‘(（"):
            out.append(
                Finding(
                    "page_break",
                    a.ref,
                    f"bullet {a.ref} ends without final punctuation "
                    f"('…{a.text.rstrip()[-20:]}') and {b.ref} continues it "
                    f"('{b.text.lstrip()[:20]}…')",
                    f"join {a.ref} and {b.ref} into one bullet",
                )
            )
    return out


_ATX = re.compile(r"^ {0,3}(#{1,6})\s+(.*)$")
_HEAD_NUM = re.compile(r"^(?:[\[［【].+?[\]］】]\s*)?(\d{1,2})[.、)]\s")
_HAN_HEAD_NUM = re.compile(r"^([一二三四五六七八九十]+)、")
_ITEM_NUM = re.compile(r"^\s{0,3}(\d{1,3})[.)、]\s")


def check_headings(lines: list[str]) -> list[Finding]:
    """Level jumps, and numbered headings or list items that skip or repeat a number."""
    out = []
    prev_level = 0
    last_num: dict[int, tuple[int, int]] = {}  # level -> (number, line)
    item_prev: int | None = None
    fence = False
    for n, line in enumerate(lines, 1):
        if line.lstrip().startswith(("```", "~~~")):
            fence = not fence
        if fence:
            continue
        m = _ATX.match(line)
        if m:
            level, title = len(m.group(1)), m.group(2).strip()
            item_prev = None
            if prev_level and level > prev_level + 1:
                out.append(
                    Finding(
                        "heading_level",
                        f"line {n}",
                        f"level {level} heading after a level {prev_level} heading: {_short(line)}",
                        f"make it a level {prev_level + 1} heading ({'#' * (prev_level + 1)})",
                    )
                )
            prev_level = level
            for deeper in [k for k in last_num if k > level]:
                del last_num[deeper]
            num_m = _HEAD_NUM.match(title) or _HAN_HEAD_NUM.match(title)
            if num_m:
                raw = num_m.group(1)
                value = int(raw) if raw.isdigit() else (_han_number(raw) or 0)
                before = last_num.get(level)
                expected = before[0] + 1 if before else 1
                if before and value != expected:
                    out.append(
                        Finding(
                            "heading_numbering",
                            f"line {n}",
                            f"heading numbered {raw} after {before[0]} (line {before[1]}): "
                            f"{_short(title)}",
                            f"number it {expected}",
                        )
                    )
                last_num[level] = (value, n)
            continue
        im = _ITEM_NUM.match(line)
        if im:
            value = int(im.group(1))
            if item_prev is not None and value not in (1, item_prev + 1):
                out.append(
                    Finding(
                        "list_numbering",
                        f"line {n}",
                        f"item numbered {value} after {item_prev}: {_short(line)}",
                        f"number it {item_prev + 1}",
                    )
                )
            item_prev = value
        elif item_prev is not None and re.match(r"^\s*[-*+]\s", line):
            item_prev = None
    return out


# --------------------------------------------------------------------------- all checks


def check_translation(
    target: MessagesDocument,
    source: MessagesDocument | None = None,
    glossary: Glossary | None = None,
    target_lines: list[str] | None = None,
    embedder: Embedder | None = None,
) -> list[Finding]:
    """Every finding for ``target``; ``target_lines`` is its raw text when it has one. With an
    ``embedder``, bullets are aligned to the source by meaning, otherwise by position."""
    findings: list[Finding] = []
    pairs: list[Pair] | None = None
    if source is not None:
        if embedder is not None:
            pairs, structural = align_by_meaning(source, target, embedder)
        else:
            pairs, structural = align(source, target)
        src_script = script(" ".join(b.text for b in source.bullets()))
        tgt_script = script(" ".join(b.text for b in target.bullets()))
        lang = target.language or tgt_script
        if tgt_script == "han" and not lang.startswith("zh"):
            lang = "zh"
        findings += structural
        findings += check_untranslated(pairs, src_script, tgt_script)
        findings += check_numbers(pairs, lang)
        findings += check_acronyms(pairs, lang, glossary)
        findings += check_frameworks(pairs, source, target)
        findings += check_dates(pairs)
    if glossary is not None:
        findings += check_glossary(glossary, target, pairs)
    texts = _texts(target, target_lines)
    findings += check_name_spelling(texts)
    findings += check_labels(target, target_lines)
    findings += check_repeated(texts)
    findings += check_page_breaks(target)
    if target_lines is not None:
        findings += check_headings(target_lines)
    order = {k: i for i, k in enumerate(KINDS)}
    return sorted(dict.fromkeys(findings), key=lambda f: order.get(f.kind, len(order)))


CHECKS: dict[str, Callable[..., Iterable[Finding]]] = {
    "untranslated": check_untranslated,
    "numbers": check_numbers,
    "acronyms": check_acronyms,
    "frameworks": check_frameworks,
    "dates": check_dates,
    "glossary": check_glossary,
    "name_spelling": check_name_spelling,
    "labels": check_labels,
    "repeated": check_repeated,
    "page_breaks": check_page_breaks,
    "headings": check_headings,
}
