"""Names the grounding gate must find in a source, in scripts without capital letters.

Three ways to find a name in a sentence:

- known entities: countries and territories (their names in the six UN languages, from the CLDR
  data that Babel ships) and the international organisations a forum speaks of (``ORGANISATIONS``);
  each has a key, so "肯尼亚" in a sentence is found in a source that says "Kenya";
- Chinese: the proper nouns jieba tags (person ``nr``/``nrt``/``nrfg``, place ``ns``,
  organisation ``nt``; not ``nz``, which tags common terms such as 网络安全), runs of them
  joined and an organisation word after them kept ("瓦尔孔研究所");
- Arabic: the word after an organisation's or a person's title ("معهد فاركون", "الدكتور سالم"),
  compared without vowel marks, tatweel, alef and yaa variants or clitic prefixes (و ف ب ل ك ال).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache

import rjieba
from babel import Locale

from forum_messages.nlp.segment import arabic_plain

LANGUAGES = ("en", "fr", "es", "ru", "zh", "ar")

#: International organisations, by key: their names and acronyms in the six languages.
ORGANISATIONS: dict[str, tuple[str, ...]] = {
    "UNESCO": ("UNESCO", "ЮНЕСКО", "联合国教科文组织", "教科文组织", "اليونسكو", "يونسكو"),
    "ITU": (
        "ITU",
        "International Telecommunication Union",
        "UIT",
        "Union internationale des télécommunications",
        "Unión Internacional de Telecomunicaciones",
        "МСЭ",
        "Международный союз электросвязи",
        "国际电信联盟",
        "国际电联",
        "الاتحاد الدولي للاتصالات",
    ),
    "WHO": (
        "WHO",
        "World Health Organization",
        "OMS",
        "Organisation mondiale de la santé",
        "Organización Mundial de la Salud",
        "ВОЗ",
        "Всемирная организация здравоохранения",
        "世界卫生组织",
        "世卫组织",
        "منظمة الصحة العالمية",
    ),
    "UNDP": (
        "UNDP",
        "PNUD",
        "ПРООН",
        "联合国开发计划署",
        "开发署",
        "برنامج الأمم المتحدة الإنمائي",
    ),
    "UNICEF": ("UNICEF", "ЮНИСЕФ", "联合国儿童基金会", "儿基会", "اليونيسف", "يونيسف"),
    "WORLD BANK": (
        "World Bank",
        "Banque mondiale",
        "Banco Mundial",
        "Всемирный банк",
        "世界银行",
        "世行",
        "البنك الدولي",
    ),
    "IMF": ("IMF", "FMI", "МВФ", "国际货币基金组织", "صندوق النقد الدولي"),
    "OECD": (
        "OECD",
        "OCDE",
        "ОЭСР",
        "经济合作与发展组织",
        "经合组织",
        "منظمة التعاون الاقتصادي والتنمية",
    ),
    "AU": (
        "African Union",
        "Union africaine",
        "Unión Africana",
        "Африканский союз",
        "非洲联盟",
        "非盟",
        "الاتحاد الأفريقي",
        "الاتحاد الافريقي",
    ),
    "ASEAN": (
        "ASEAN",
        "ANASE",
        "АСЕАН",
        "东盟",
        "东南亚国家联盟",
        "آسيان",
        "رابطة أمم جنوب شرق آسيا",
    ),
    "ARAB LEAGUE": (
        "League of Arab States",
        "Arab League",
        "Ligue arabe",
        "Liga Árabe",
        "Лига арабских государств",
        "阿拉伯国家联盟",
        "阿盟",
        "جامعة الدول العربية",
    ),
    "ICANN": ("ICANN", "互联网名称与数字地址分配机构", "آيكان"),
    "IETF": ("IETF", "互联网工程任务组"),
    "ISOC": ("ISOC", "Internet Society", "互联网协会", "جمعية الإنترنت"),
    "W3C": ("W3C", "万维网联盟"),
    "WIPO": (
        "WIPO",
        "OMPI",
        "ВОИС",
        "世界知识产权组织",
        "产权组织",
        "المنظمة العالمية للملكية الفكرية",
    ),
    "WTO": ("WTO", "OMC", "ВТО", "世界贸易组织", "世贸组织", "منظمة التجارة العالمية"),
    "UNCTAD": ("UNCTAD", "CNUCED", "ЮНКТАД", "联合国贸易和发展会议", "贸发会议", "الأونكتاد"),
    "OHCHR": (
        "OHCHR",
        "HCDH",
        "ACNUDH",
        "УВКПЧ",
        "人权高专办",
        "联合国人权事务高级专员办事处",
        "مفوضية الأمم المتحدة السامية لحقوق الإنسان",
    ),
    "UN WOMEN": (
        "UN Women",
        "ONU Femmes",
        "ONU Mujeres",
        "ООН-женщины",
        "妇女署",
        "هيئة الأمم المتحدة للمرأة",
    ),
    "G20": ("G20", "Группа двадцати", "二十国集团", "مجموعة العشرين"),
    "G7": ("G7", "Группа семи", "七国集团", "مجموعة السبع"),
    "BRICS": ("BRICS", "БРИКС", "金砖国家", "بريكس"),
    "IGF": (
        "IGF",
        "Internet Governance Forum",
        "FGI",
        "Forum sur la gouvernance de l'Internet",
        "Foro para la Gobernanza de Internet",
        "ФУИ",
        "Форум по управлению интернетом",
        "互联网治理论坛",
        "منتدى حوكمة الإنترنت",
    ),
}

#: Territory codes of CLDR that are not countries or places a sentence names.
_NOT_PLACES = frozenset({"EZ", "QO", "ZZ", "XA", "XB"})

#: Chinese proper-noun tags of jieba, and the organisation words that end a name.
ZH_PROPER = frozenset({"nr", "nrt", "nrfg", "ns", "nt"})
ZH_ORG_WORDS = re.compile(
    r"(研究所|研究院|研究中心|协会|学会|基金会|组织|联盟|委员会|大学|学院|公司|集团|银行|"
    r"中心|实验室|理事会|部|署|局|网络)$"
)

#: Arabic words after which comes a name (kept without marks, alef and final yaa/taa unified).
AR_TITLES = frozenset(
    {
        "معهد",
        "منظمه",
        "مؤسسه",
        "جامعه",
        "شركه",
        "وزاره",
        "اتحاد",
        "بنك",
        "مركز",
        "هيئه",
        "وكاله",
        "مجلس",
        "لجنه",
        "جمعيه",
        "صندوق",
        "مكتب",
        "مبادره",
        "مختبر",
        "اكاديميه",
        "تحالف",
        "السيد",
        "السيده",
        "الدكتور",
        "الدكتوره",
        "البروفيسور",
        "الاستاذ",
        "الاستاذه",
        "الرئيس",
        "الوزير",
        "الوزيره",
    }
)
_AR_FUNCTION = frozenset(
    {"في", "من", "علي", "الي", "عن", "مع", "و", "او", "ان", "الذي", "التي", "هذا", "هذه"}
)
_AR_PREFIXES = ("وبال", "وال", "بال", "فال", "كال", "ولل", "لل", "ال", "و", "ف", "ب", "ل", "ك")
_AR_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+")


def fold(text: str) -> str:
    """Text compared as a reader would: NFKC, case folded, Arabic without vowel marks and
    tatweel, its alef forms one letter, final yaa and taa marbuta unified."""
    text = arabic_plain(unicodedata.normalize("NFKC", text)).casefold()
    return text.translate(str.maketrans("أإآٱىة", "اااايه"))


def arabic_variants(word: str) -> set[str]:
    """An Arabic word (folded) and the same without each clitic prefix it may carry."""
    out = {word}
    for p in _AR_PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= 2:
            rest = word[len(p) :]
            out.add(rest)
            if p in {"لل", "ولل"}:  # "للمغرب": li + al-maghrib
                out.add("ال" + rest)
    return out


def _forms() -> dict[str, str]:
    """Every known name, folded, to its key."""
    out: dict[str, str] = {}
    for lang in LANGUAGES:
        for code, name in Locale(lang).territories.items():
            if len(code) != 2 or code in _NOT_PLACES:
                continue
            for form in {name, re.sub(r"\s*[(（].*?[)）]\s*", "", name).strip()}:
                if len(form) > 1:
                    out.setdefault(fold(form), code)
    for key, names in ORGANISATIONS.items():
        for name in names:
            out[fold(name)] = key
    return out


_CASED_WORD = re.compile(r"\w+")
MAX_WORDS = 8  # the longest known name, in words ("Forum sur la gouvernance de l'Internet")


@cache
def _index() -> tuple[dict[str, str], dict[tuple[str, ...], str], dict[str, list[tuple[str, ...]]]]:
    """(form -> key, cased forms as word tuples -> key, Arabic forms by first word)."""
    forms = _forms()
    cased: dict[tuple[str, ...], str] = {}
    for f, key in forms.items():
        if not _is_han(f) and not _AR_WORD.search(f):
            words = tuple(_CASED_WORD.findall(f))
            if words and len(words) <= MAX_WORDS:
                cased.setdefault(words, key)
    arabic: dict[str, list[tuple[str, ...]]] = {}
    for f in forms:
        if _AR_WORD.search(f):
            parts = tuple(_AR_WORD.findall(f))
            arabic.setdefault(parts[0], []).append(parts)
    for starts in arabic.values():
        starts.sort(key=len, reverse=True)
    return forms, cased, arabic


def _cased_entities(norm: str, cased: dict[tuple[str, ...], str]) -> dict[str, str]:
    """Known names in Latin or Cyrillic script, the longest first at each word."""
    spans = list(_CASED_WORD.finditer(norm))
    keys = [fold(m.group(0)) for m in spans]
    found: dict[str, str] = {}
    i = 0
    while i < len(spans):
        for n in range(min(MAX_WORDS, len(spans) - i), 0, -1):
            key = cased.get(tuple(keys[i : i + n]))
            if key is not None:
                found[norm[spans[i].start() : spans[i + n - 1].end()]] = key
                i += n - 1
                break
        i += 1
    return found


def _is_han(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _arabic_entities(
    folded: str, forms: dict[str, str], arabic: dict[str, list[tuple[str, ...]]]
) -> dict[str, str]:
    tokens = _AR_WORD.findall(folded)
    found: dict[str, str] = {}
    for i, token in enumerate(tokens):
        for first in arabic_variants(token):
            for parts in arabic.get(first, ()):
                if tuple(tokens[i + 1 : i + len(parts)]) == parts[1:]:
                    surface = " ".join(parts)
                    found[surface] = forms[surface]
                    break
    return found


def _han_entities(text: str, forms: dict[str, str]) -> dict[str, str]:
    tokens = [t for t in rjieba.cut(text)]
    found: dict[str, str] = {}
    for i in range(len(tokens)):
        for n in (4, 3, 2, 1):
            span = "".join(tokens[i : i + n])
            if len(tokens[i : i + n]) == n and span in forms:
                found[span] = forms[span]
                break
    return found


def entities(text: str) -> dict[str, str]:
    """Known countries and organisations named in ``text`` (any script): surface -> key."""
    return dict(_entities(text))


@lru_cache(maxsize=4096)
def _entities(text: str) -> tuple[tuple[str, str], ...]:
    forms, cased, arabic = _index()
    norm = unicodedata.normalize("NFKC", text)
    found = _cased_entities(norm, cased)
    if _is_han(norm):
        found |= _han_entities(norm, forms)
    if _AR_WORD.search(norm):
        found |= _arabic_entities(fold(norm), forms, arabic)
    return tuple(found.items())


def han_names(text: str) -> set[str]:
    """Chinese proper nouns (jieba's tags), runs joined, a following organisation word kept."""
    out: set[str] = set()
    run: list[str] = []
    for word, tag in [*rjieba.tag(unicodedata.normalize("NFKC", text)), ("", "x")]:
        if tag in ZH_PROPER and _is_han(word):
            run.append(word)
            continue
        if run:
            name = "".join(run)
            if _is_han(word) and ZH_ORG_WORDS.search(word):
                name += word
            out.add(name)
            run = []
    return out


def arabic_names(text: str) -> dict[str, str]:
    """Arabic words after an organisation's or a person's title: "معهد فاركون" (as written,
    without marks) -> the name's word folded ("فاركون")."""
    plain = _AR_WORD.findall(arabic_plain(unicodedata.normalize("NFKC", text)))
    tokens = [fold(t) for t in plain]
    out = {}
    for i, token in enumerate(tokens[:-1]):
        if not AR_TITLES & arabic_variants(token):
            continue
        following = tokens[i + 1]
        if following in _AR_FUNCTION or AR_TITLES & arabic_variants(following):
            continue
        out[f"{plain[i]} {plain[i + 1]}"] = following
    return out


def arabic_words(texts: Iterable[str]) -> set[str]:
    """Every Arabic word of ``texts`` (folded) with its forms without clitic prefixes."""
    out: set[str] = set()
    for text in texts:
        for token in _AR_WORD.findall(fold(text)):
            out |= arabic_variants(token)
    return out


def key_of(name: str) -> str | None:
    """The key of a known country or organisation written ``name``, or None."""
    return _index()[0].get(fold(name))
