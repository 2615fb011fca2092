"""Frames read by a closed class of heads, where the cue lists before had one wording at a time
(``synth.kinds.voiced``, after ``kind_cues_voice5``; docs/quality.md, "a forty-first round").
Only the message text changes, never a statement's kind or the point it is grouped by.

- a frame *inside* the point or after it, read by its shape: a comma, then a group or no one
  and a verb of saying from a closed class, then a comma or the end ("Water kiosks, it was
  argued, should ...", "X, as several speakers noted, Y", "X, said several participants.",
  "Les kiosques, a-t-on fait valoir, devraient ...", "Los quioscos, se argumentó, deberían
  ...", "X, dijeron varios participantes.", "Киосками, как утверждалось, должны ...",
  "X，几位与会者说。", "X، كما قال عدد من المشاركين.") -> the point without it. The group is
  plural or the meeting (never one person: "X, the chair said" stays, as does a point in the
  first person in English);
- a noun phrase of need or importance after a frame of agreement, a theme or attention
  ("There was broad agreement on the need for X", "A recurring theme was the importance of
  X", "Hubo consenso en torno a la necesidad de X", "Un thème récurrent a été la nécessité de
  X") -> "X is needed / important", as ``kind_cues_voice4`` states them;
- a call whose object is an action, not a party ("Прозвучал призыв создать X" -> "Следует
  создать X", "会议最后呼吁用……公布……" -> "应用……公布……", "ودعا المتحدثون إلى إنشاء X" ->
  "ينبغي إنشاء X"), and a warning against an action ("Speakers from the private sector
  cautioned against charging X" -> "Charging X should be avoided.").

Precision first: what the patterns cannot read gives None and the sentence stays as written.
"""

from __future__ import annotations

import re

from forum_messages.nlp.segment import arabic_plain
from forum_messages.synth.kind_cues_voice2 import Rewrite
from forum_messages.synth.kind_cues_voice4 import (
    en_important,
    en_needed,
    es_important,
    es_needed,
    fr_important,
    fr_needed,
)

#: Whether ``kinds.voiced`` reads these frames (off: as before).
ON = True

_I = re.IGNORECASE

# ------------------------------------------------------------------ a frame inside or after

_EN_SAY = (
    r"(?:argued|noted|said|stressed|observed|pointed out|felt|agreed|warned|claimed|added|"
    r"emphasi[sz]ed|explained|recalled|acknowledged|conceded|maintained|insisted|remarked|"
    r"underlined|suggested|concluded|believed|contended|reported|mentioned|highlighted|"
    r"cautioned|held|thought|put it|heard|recognised|recognized)"
)
_EN_GROUP = (
    r"(?:(?:several|many|some|most|other|numerous|a few|a number of|the|both|all|various)\s+"
    r"(?:of (?:the )?)?)?(?:(?!(?:and|but|or|so|as|while|which|who|when|because|if|though|yet)\b)"
    r"[\w-]+\s+){0,2}?(?:participants|speakers|panel(?:l)?ists|delegates|"
    r"experts|members|attendees|respondents|discussants|contributors|presenters|panel|room|"
    r"audience|group|others)"
)
_ES_SAY = (
    r"(?:argument|señal|destac|subray|afirm|indic|observ|dij|sostuv|advirti|recalc|insisti|"
    r"explic|apunt|record|not|coincidi|añadi|agreg|concluy|reconoci|mencion|opin|consider|"
    r"estim|cre|plante|resalt|enfatiz)(?:ó|aron|ió|ieron|eron|o|yó|yeron)(?!\w)"
)
_ES_GROUP = (
    r"(?:(?:varios|varias|algunos|algunas|muchos|muchas|los|las|numerosos|numerosas|otros|"
    r"otras|la mayoría de (?:los|las))\s+)?(?:(?!(?:y|e|pero|o|u|que|como|si)\b)[\w-]+\s+){0,2}?"
    r"(?:participantes|ponentes|"
    r"panelistas|oradores|oradoras|expertos|expertas|delegados|delegadas|asistentes|miembros|"
    r"expositores|expositoras)"
)
_FR_SAY = (
    r"(?:fait valoir|souligné|relevé|noté|dit|rappelé|estimé|affirmé|observé|ajouté|expliqué|"
    r"insisté|fait remarquer|fait observer|constaté|averti|reconnu|jugé|considéré|signalé|"
    r"indiqué|conclu|soutenu|fait savoir)"
)
_FR_GROUP = (
    r"(?:(?:plusieurs|certains|certaines|de nombreux|de nombreuses|nombre d['’]|les|des|"
    r"la plupart des|d['’]autres)\s*)?(?:(?!(?:et|mais|ou|que|comme|si)\b)[\w-]+\s+){0,2}?"
    r"(?:participant(?:e)?s|"
    r"intervenant(?:e)?s|panélistes|orat(?:eurs|rices)|expert(?:e)?s|délégué(?:e)?s|membres)"
)
_RU_SAID = (
    r"(?:утверждалось|отмечалось|говорилось|подч[её]ркивалось|указывалось|звучало|"
    r"признавалось|считалось|было (?:отмечено|сказано|подч[её]ркнуто|указано|заявлено))"
)
_RU_SAY = (
    r"(?:считают|считали|полагают|полагали|отметил[аи]?|сказал[аи]?|подчеркнул[аи]?|"
    r"заявил[аи]?|признал[аи]?|утверждал[аи]?|указал[аи]?|говорил[аи]?|заметил[аи]?|"
    r"пояснил[аи]?|напомнил[аи]?)"
)
_RU_GROUP = (
    r"(?:(?:несколько|многие|некоторые|большинство|ряд)\s+)?(?:(?!(?:и|а|но|или|что|как)(?![\w-]))"
    r"[\w-]+\s+){0,2}?"
    r"(?:участники|участников|выступавшие|выступавших|эксперты|экспертов|делегаты|делегатов|"
    r"докладчики|спикеры|панелисты|собравшиеся)"
)

#: the frame between commas or after the last one (a group or no one, a verb of saying)
_ASIDE: dict[str, str] = {
    "en": (
        rf"(?:as\s+)?(?:it\s+(?:was|has\s+been|had\s+been|is)\s+(?:also\s+|often\s+|widely\s+|"
        rf"repeatedly\s+|rightly\s+)?(?!said\b){_EN_SAY}|{_EN_GROUP}\s+(?:also\s+|rightly\s+|"
        rf"repeatedly\s+)?{_EN_SAY}|{_EN_SAY}\s+{_EN_GROUP}|according\s+to\s+{_EN_GROUP}|"
        rf"in\s+the\s+view\s+of\s+{_EN_GROUP})"
    ),
    "es": (
        rf"(?:(?:como|según)\s+)?(?:se\s+(?:lo\s+)?(?!dij)(?!dec){_ES_SAY}|{_ES_SAY}\s+{_ES_GROUP}|"
        rf"{_ES_GROUP}\s+{_ES_SAY})|según\s+{_ES_GROUP}|a\s+juicio\s+de\s+{_ES_GROUP}"
    ),
    "fr": (
        rf"(?:(?:a|avait)-t-(?:on|il été)\s+(?:également\s+|aussi\s+)?(?!dit\b){_FR_SAY}|"
        rf"(?:comme\s+l['’])?(?:ont|avaient)\s+(?:également\s+|aussi\s+)?{_FR_SAY}\s+{_FR_GROUP}|"
        rf"selon\s+{_FR_GROUP}|de\s+l['’]avis\s+d(?:e|es)\s+{_FR_GROUP}|"
        rf"comme\s+l['’]ont\s+{_FR_SAY}\s+{_FR_GROUP})"
    ),
    "ru": (
        rf"(?:как\s+{_RU_SAID}|как\s+{_RU_SAY}\s+{_RU_GROUP}|по\s+мнению\s+{_RU_GROUP}|"
        rf"по\s+словам\s+{_RU_GROUP}|{_RU_SAY}\s+{_RU_GROUP})"
    ),
}
_EN_FIRST_PERSON = re.compile(r"\b(?:I|we|our|us|my|me)\b", _I)
_ZH_AFTER = re.compile(
    r"^(?P<point>[^，,]{4,}?(?:[，,][^，,]{2,}?)*?)[，,](?:有|几位|多位|多名|一些|不少|部分|"
    r"许多|很多|大多数|多数)?(?:与会者|发言者|发言人|专家|代表|嘉宾|参会者)(?:们)?(?:也|都)?"
    r"(?:说|表示|指出|认为|强调)(?:道)?(?P<end>[。！]?)$"
)
_AR_AFTER = re.compile(
    r"^(?P<point>.{12,}?)،\s*(?:كما|حسبما|وفق ما|بحسب ما)\s+(?:قال|أشار|أكد|ذكر|رأى|أوضح|"
    r"لاحظ|شدد)(?:ت|وا)?\s+(?:عدد من|بعض|معظم|كثير من|العديد من)\s+ال\S+\s*(?P<end>[.!]?)$"
)


def _aside(lang: str) -> Rewrite:
    inner = re.compile(rf",\s+(?:{_ASIDE[lang]}),\s+", _I) if lang in _ASIDE else None
    last = re.compile(rf",\s+(?:{_ASIDE[lang]})\s*(?P<end>[.!]?)$", _I) if lang in _ASIDE else None

    def rewrite(_m: re.Match[str], rest: str) -> str | None:
        """ "X, it was argued, Y." -> "X Y."; "X, several participants said." -> "X." (the
        sentence whole in ``rest``)."""
        text = rest.strip()
        if lang == "zh":
            m = _ZH_AFTER.match(text)
            return m.group("point") + (m.group("end") or "。") if m else None
        if lang == "ar":
            m = _AR_AFTER.match(arabic_plain(text))
            if not m:
                return None
            cut = text.rfind("،")
            return text[:cut].rstrip() + (m.group("end") or ".") if cut > 0 else None
        assert inner is not None and last is not None
        m = last.search(text)
        if m and len(text[: m.start()].split()) >= 3:
            point = text[: m.start()]
            if lang == "en" and _EN_FIRST_PERSON.search(point):
                return None
            return point + (m.group("end") or ".")
        m = inner.search(text)
        if m:
            before, after = text[: m.start()], text[m.end() :]
            if len(before.split()) < 1 or len(after.split()) < 2:
                return None
            if lang == "en" and _EN_FIRST_PERSON.search(before + " " + after):
                return None
            if after[:1].isupper() and not before.endswith(("that", "que", "что")):
                return None  # a new clause after the frame: the sentence is two
            return f"{before} {after}"
        return None

    return rewrite


#: the sentence read whole (a lookahead: the frame is inside it or at its end)
_WHOLE = r"^(?=.{4,}[,，،])"

# ------------------------------------------------------------------ a noun phrase after a frame

_EN_AGREEMENT = (
    r"^(?:there (?:was|were|is) (?:a |an )?(?:broad |general |wide |strong |clear |firm |"
    r"near-unanimous |unanimous |widespread |shared )?(?:agreement|consensus|support|"
    r"recognition|acknowledgement|acknowledgment) (?:on|about|around|for|of|regarding)|"
    r"(?:a|the|one) (?:recurring |common |central |key |main |major |dominant |shared |"
    r"constant )?(?:theme|thread|message|concern) (?:of [^,]{1,40} )?(?:was|were|is)|"
    r"attention was (?:also )?(?:drawn|called) to) the "
)
_ES_AGREEMENT = (
    r"^(?:(?:hubo|existió|se registró) (?:un )?(?:amplio |gran |pleno |claro )?(?:consenso|"
    r"acuerdo) (?:en torno a|sobre|acerca de|en|respecto a)|un tema (?:recurrente |central |"
    r"común )?(?:fue|era)|se llamó la atención sobre) la "
)
_FR_AGREEMENT = (
    r"^(?:un (?:thème|fil conducteur|message) (?:récurrent |central |commun )?(?:a été|était|"
    r"fut)|un (?:large |vaste |net )?consensus s['’]est dégagé (?:sur|autour de)|l['’]attention "
    r"a été attirée sur) "
)

# ------------------------------------------------------------------ calls and warnings

_RU_INFINITIVE = re.compile(r"^[а-яё-]+(?:ть|ти|чь)(?:ся|сь)?\s", _I)


def ru_call(_m: re.Match[str], rest: str) -> str | None:
    """ "создать общий каталог ..." (after "Прозвучал призыв") -> "Следует создать общий
    каталог ..." (an infinitive first: the call's object is an action)."""
    return f"Следует {rest}" if _RU_INFINITIVE.match(rest) else None


#: what a Chinese call's object opens on when it is an action, not a party: a preposition or
#: a verb of doing
_ZH_ACTION = re.compile(
    r"^(?:为|用|对|在|向|把|将|以|通过|与|加强|建立|制定|设立|推动|提高|增加|扩大|保障|确保|完善|"
    r"公布|发布|开放|保留|减少|取消|简化|降低|支持|重视|尽快|尽早)"
)


def zh_call(_m: re.Match[str], rest: str) -> str | None:
    """ "用当地语言公布公交时刻表。" (after "会议最后呼吁") -> "应用当地语言公布公交时刻表。"."""
    return f"应{rest}" if _ZH_ACTION.match(rest) and len(rest) >= 6 else None


#: "各方就X达成了共识": the agreement's object is the point
_ZH_AGREED = re.compile(
    r"^(?P<x>[^，,。；;]{6,}?)达成了?(?:广泛|普遍|高度)?(?:的)?(?:一致|共识)(?:意见)?(?P<end>[。！]?)$"
)


def zh_agreed(_m: re.Match[str], rest: str) -> str | None:
    """ "太阳能水泵比柴油水泵更耐用达成了共识。" (after "各方就") -> "太阳能水泵比柴油水泵
    更耐用。"."""
    m = _ZH_AGREED.match(rest.strip())
    return m.group("x") + (m.group("end") or "。") if m else None


def ar_call(_m: re.Match[str], rest: str) -> str | None:
    """ "إنشاء فهرس موحد ..." (after "ودعا المتحدثون إلى") -> "ينبغي إنشاء فهرس موحد ..." (an
    indefinite verbal noun first: the call's object is an action, not "الحكومات")."""
    first = arabic_plain(rest).split(maxsplit=1)[0] if rest.strip() else ""
    if not first or first.startswith(("ال", "أن", "ضرورة")) or len(first) < 4:
        return None
    if first.endswith(("ها", "هم", "هن", "كم", "نا")):  # a pronoun: "دعاهم", "إليها"
        return None
    return f"ينبغي {rest}"


#: "charging kiosk users by the litre." (after "cautioned against") -> "Charging kiosk users
#: by the litre should be avoided." (a gerund's clause with no comma)
_EN_GERUND_CLAUSE = re.compile(r"^(?P<x>[a-z]+ing\b[^,;:]{3,120}?)(?P<end>[.!]?)$", _I)


def en_avoid(_m: re.Match[str], rest: str) -> str | None:
    m = _EN_GERUND_CLAUSE.match(rest.strip())
    if not m or m.group("x").split()[0].casefold() in {"thing", "nothing", "something", "king"}:
        return None
    return f"{m.group('x')} should be avoided{m.group('end') or '.'}"


#: "X were said to build Y" -> "X build Y": the frame in the verb, its subject the point's
_EN_SAID_TO = re.compile(
    r"^(?P<x>\S.{3,}?)\s(?P<be>was|were)\s(?:also\s|widely\s|often\s|generally\s)?(?:said|"
    r"thought|felt|believed|considered|reported|seen|understood)\sto\s(?P<v>[a-z]+)\b"
    r"(?P<y>.*)$",
    _I | re.S,
)
#: a subject that ends in a relative pronoun or a clause ("the ferry that was said to"), or is
#: a pronoun or the meeting: the verb is not the point's
_EN_NOT_SAID_SUBJECT = re.compile(
    r"(?:\b(?:that|which|who|whom|whose|what|where|when|because|if|although|while|it|this|"
    r"they|he|she)|\b(?:session|workshop|meeting|panel|discussion|debate))\s*$",
    _I,
)
_EN_NOT_VERB = frozenset({"not", "never", "also", "be", "have", "the", "a", "an"})


def _en_third(verb: str) -> str:
    """The present of ``verb`` after a singular subject ("build" -> "builds")."""
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if len(verb) > 2 and verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def en_said_to(_m: re.Match[str], rest: str) -> str | None:
    """ "Joint exercises were said to build more trust." -> "Joint exercises build more
    trust."; "was said to be" -> "is", "were said to have" -> "have" (the sentence whole)."""
    m = _EN_SAID_TO.match(rest.strip())
    if not m or _EN_NOT_SAID_SUBJECT.search(m.group("x")) or len(m.group("x").split()) < 2:
        return None
    verb, plural = m.group("v"), m.group("be").casefold() == "were"
    if verb.casefold() == "be":
        verb = "are" if plural else "is"
    elif verb.casefold() == "have":
        verb = "have" if plural else "has"
    elif verb.casefold() in _EN_NOT_VERB or verb.endswith(("ed", "ing", "ly")):
        return None
    elif not plural:
        verb = _en_third(verb)
    return f"{m.group('x')} {verb}{m.group('y')}"


#: "Learners in rural programmes said they could not afford X" -> "Learners in rural
#: programmes could not afford X": a plural subject, "they" standing for it
_EN_SAID_THEY = re.compile(
    r"^(?P<x>[^,;]{3,80}?)\s(?:also\s)?(?:said|stressed|noted|argued|felt|explained|reported|"
    r"complained|warned|agreed|acknowledged|admitted|insisted)\s(?:that\s)?they\s(?P<y>\S.+)$",
    _I | re.S,
)
_EN_PLURAL_END = re.compile(r"(?:[a-z]{2,}s|people|children|police|staff|youth|women|men)$", _I)


def en_said_they(_m: re.Match[str], rest: str) -> str | None:
    m = _EN_SAID_THEY.match(rest.strip())
    if not m or not _EN_PLURAL_END.search(m.group("x")) or _EN_FIRST_PERSON.search(rest):
        return None
    if re.search(r"\b(?:who|which|that|and|or)\b", m.group("x"), _I):
        return None
    if m.group("y").split()[0].casefold() in {"were", "was", "had", "would", "feared", "hoped"}:
        return None  # "said they were confident ...", "said they had": other rules, or stays
    return f"{m.group('x')} {m.group('y')}"


_EN_WHO6 = (
    r"(?:(?:several|many|some|most|other|a few|a number of|the|both|all)\s+(?:of the\s+)?)?"
    r"(?:[\w-]+\s+){0,2}?(?:participants|speakers|panel(?:l)?ists|delegates|experts|members|"
    r"representatives|attendees|discussants|contributors)(?:\s+(?:from|of)\s+[^,;]{2,40}?)?"
)

VOICE6_REWRITES: dict[str, list[tuple[str, Rewrite]]] = {
    "en": [
        (_WHOLE, _aside("en")),
        (rf"{_EN_AGREEMENT}(?:urgent |pressing |clear )?need for ", en_needed),
        (rf"{_EN_AGREEMENT}(?:great |particular |critical |vital )?importance of ", en_important),
        (rf"^{_EN_WHO6}\s+(?:also\s+)?(?:warned|cautioned)\s+against\s+", en_avoid),
        (
            r"^(?=\S.{3,}?\s(?:was|were)\s(?:also\s|widely\s|often\s|generally\s)?(?:said|"
            r"thought|felt|believed|considered|reported|seen|understood)\sto\s)",
            en_said_to,
        ),
        (r"^(?=[^,;]{3,80}?\s(?:also\s)?\w+\s(?:that\s)?they\s)", en_said_they),
    ],
    "es": [
        (_WHOLE, _aside("es")),
        (rf"{_ES_AGREEMENT}(?:urgente )?necesidad de ", es_needed),
        (rf"{_ES_AGREEMENT}(?:gran |especial )?importancia ", es_important),
    ],
    "fr": [
        (_WHOLE, _aside("fr")),
        (rf"{_FR_AGREEMENT}la (?:nécessité|besoin) ", fr_needed),
        (rf"{_FR_AGREEMENT}l['’](?:importance|intérêt) ", fr_important),
    ],
    "ru": [
        (_WHOLE, _aside("ru")),
        (
            r"^(?:(?:в ходе|во время) [\w ]{3,30}?\s+)?(?:также\s+)?(?:прозвучал[иа]?|был[аи]? "
            r"высказан[ыа]?|звучал[иа]?)\s+(?:также\s+)?(?:призыв|призывы|предложение|"
            r"предложения)\s+",
            ru_call,
        ),
    ],
    "zh": [
        (_WHOLE, _aside("zh")),
        (
            r"^(?:会议|会上|与会者|与会各方|与会代表|发言者|专家们|代表们|各方|大家)(?:们)?"
            r"(?:最后|还|也|一致|共同|普遍|同时|再次)*呼吁",
            zh_call,
        ),
        (
            r"^(?:会议|会上|与会者|与会各方|与会代表|发言者|专家们|代表们|各方|大家)(?:们)?"
            r"(?:一致)?就",
            zh_agreed,
        ),
    ],
    "ar": [
        (_WHOLE, _aside("ar")),
        (
            r"^و?(?:دعا|دعت|دعوا)\s+(?:ال\S+|عدد من ال\S+|معظم ال\S+|بعض ال\S+)(?:\s+ال\S+)?"
            r"(?:\s+أيضا)?\s+إلى\s+",
            ar_call,
        ),
    ],
}
