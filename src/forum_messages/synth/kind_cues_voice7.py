"""Calls and warnings whose object is a noun phrase, and frames split by an aside
(``synth.kinds.voiced``, after ``kind_cues_voice5`` and before ``kind_cues_voice6``;
docs/quality.md, "a forty-fourth round"). Only the message text changes, never a statement's
kind or the point it is read and grouped by.

- a call on a noun phrase, not on a party nor an action (``ON``): "Delegates urged more funding
  for X" -> "More funding for X is needed", "There is a need for X to be translated" (the kinds
  step's reading of "Participants called for X to be translated") -> "X should be translated"
  ("There is a need for X" alone stays: a need as the point's own wording); "Les participants
  ont plaidé pour un registre" -> "Il faut un registre"; "Los participantes pidieron un
  registro" -> "Se necesita un registro", "más financiación" -> "Se necesita más financiación";
  "Участники призвали к созданию X" (or the kinds step's "К созданию X") -> "Необходимо создание
  X" (a verbal noun whose nominative the dative gives); "呼吁加强……" (or the kinds step's
  "加强……") -> "应加强……", "要求在……" -> "应在……";
  "ودعا المشاركون إلى مزيد من X" -> "هناك حاجة إلى مزيد من X",
  "وطالب المندوبون بزيادة X" -> "ينبغي زيادة X";
- a warning against a noun phrase (``ON``): "Several speakers warned against fees for X" ->
  "Fees for X should be avoided", "ont mis en garde contre la vente de X" -> "Il faut éviter
  la vente de X", "advirtieron contra el cobro de X" -> "Debe evitarse el cobro de X",
  "предостерегли от введения X" -> "Следует избегать введения X", "警告不要……" -> "不应……",
  "反对向……出售……" -> "不应向……出售……", "وحذر المشاركون من بيع X" -> "ينبغي تجنب بيع X";
- a feeling of no one before the clause (``ON``): "There was a general feeling in the room
  that X", "Hubo la sensación general en la sala de que X", "会场上普遍的感受是，X" -> "X";
- a frame split by an aside (``ASIDE``): "Participants agreed, after a long exchange, that
  X", "Plusieurs intervenants, dont deux maires, ont souligné que X", "Участники, в том числе
  два мэра, отметили, что X", "多位发言者，包括两位港务长，都强调，X", "وأكد عدد من المتحدثين،
  ومنهم ...، أن X" -> "X": the sentence is read again without its first aside, and taken
  only when that reading leaves the words after the aside's second comma, the frame gone.

Precision first: what the patterns cannot read gives None and the sentence stays as written
(a party called on, a call of a law or a code, people warned as the object, a noun whose
number or case cannot be read).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from forum_messages.nlp.segment import arabic_plain
from forum_messages.synth.kind_cues_voice2 import Rewrite
from forum_messages.synth.kind_cues_voice4 import _en_plain, en_needed
from forum_messages.synth.kind_cues_voice6 import _ES_GROUP, _FR_GROUP, _RU_GROUP

#: Whether ``kinds.voiced`` reads calls and warnings on a noun phrase (off: as before).
ON = True
#: Whether ``kinds.voiced`` reads a frame split by an aside (off: as before).
ASIDE = True

_I = re.IGNORECASE

# ------------------------------------------------------------------ English

_EN_WHO = (
    r"(?:(?:several|many|some|most|other|a few|a number of|the|both|all|numerous)\s+"
    r"(?:of the\s+)?)?(?:[\w-]+\s+){0,2}?(?:participants|speakers|panel(?:l)?ists|delegates|"
    r"experts|members|representatives|attendees|discussants|contributors)"
    r"(?:\s+(?:from|of)\s+[^,;]{2,40}?)?"
)
#: "urged the ministry to act": a party and an action, not a noun phrase
_EN_PARTY_TO = re.compile(
    r"^[^,;]{1,80}?\bto\s+(?!(?:the|a|an|their|its|all|every|local|public|private)\b)[a-z]+\b",
    _I,
)
#: "There is a need for the seed law to be translated ..." -> "The seed law should be ..."
_EN_TO_BE = re.compile(
    r"^(?P<x>[^,;]{3,80}?)\s+to\s+be\s+(?P<y>[a-z]+(?:ed|en|wn)\b.*)$", _I | re.S
)


def en_need_be(_m: re.Match[str], rest: str) -> str | None:
    """ "the seed law to be translated ..." (after "There is a need for", the kinds step's
    reading of "Participants called for") -> "The seed law should be translated ..." (as
    ``kind_cues_voice5`` reads "a need for X to V"; "There is a need for X" alone is a
    point's own wording and stays)."""
    be = _EN_TO_BE.match(rest.strip())
    if be and _en_plain(be.group("x")) and len(be.group("x").split()) <= 10:
        return f"{be.group('x')} should be {be.group('y')}"
    return None


def en_called(m: re.Match[str], rest: str) -> str | None:
    """ "more funding for community seed banks." (after "Delegates urged") -> "More funding
    for community seed banks is needed."; "the market rules to be posted ..." -> "The market
    rules should be posted ..."."""
    be = en_need_be(m, rest)
    if be:
        return be
    if _EN_PARTY_TO.match(rest) or "," in rest or rest.split()[0].casefold().endswith("ing"):
        return None
    return en_needed(m, rest)


_EN_NP_END = re.compile(r"^(?P<x>[^,;:]{3,140}?)(?P<end>[.!]?)$")


def en_avoid_np(_m: re.Match[str], rest: str) -> str | None:
    """ "fees for borrowing seeds." (after "Several speakers warned against") -> "Fees for
    borrowing seeds should be avoided." (a plain noun phrase; a gerund's clause is
    ``kind_cues_voice6``'s, "the X, which Y" ``kind_cues_voice4``'s)."""
    m = _EN_NP_END.match(rest.strip())
    if not m or not _en_plain(m.group("x")) or m.group("x").split()[0].casefold().endswith("ing"):
        return None
    if m.group("x").split()[0].casefold() in {"it", "them", "this", "that", "those", "such"}:
        return None
    return f"{m.group('x')} should be avoided{m.group('end') or '.'}"


# ------------------------------------------------------------------ French

#: what is asked for as a question, not called for: "ont demandé des précisions"
_FR_ASKED = frozenset(
    [
        *("précisions", "explications", "informations", "détails", "éclaircissements"),
        *("nouvelles", "renseignements", "excuses", "questions"),
    ]
)


def fr_called(_m: re.Match[str], rest: str) -> str | None:
    """ "un registre unique ..." / "des règles plus claires ..." (after "Les participants ont
    plaidé pour") -> "Il faut un registre unique ...", "Il faut des règles plus claires ..."."""
    m = re.match(r"(un|une|des)\s+([\w’'-]+)", rest, _I)
    if not m or m.group(2).casefold() in _FR_ASKED or re.search(r"\b(?:qui|que|dont)\b", rest):
        return None
    return f"Il faut {rest}"


def fr_avoid(_m: re.Match[str], rest: str) -> str | None:
    """ "la vente des terrains ..." (after "ont mis en garde contre") -> "Il faut éviter la
    vente des terrains ..." (no relative clause: "les X, qui Y" is ``kind_cues_voice4``'s)."""
    if not re.match(r"(?:la|le|les|l['’]|des|un|une)\s*\w", rest, _I):
        return None
    if re.search(r"\b(?:qui|que|qu['’]|dont)\b", rest, _I):
        return None
    return f"Il faut éviter {rest}"


# ------------------------------------------------------------------ Spanish

_ES_ASKED = frozenset(
    [
        *("disculpas", "perdón", "ayuda", "explicaciones", "aclaraciones", "detalles"),
        *("información", "informes", "palabra", "tiempo"),
    ]
)


def es_called(_m: re.Match[str], rest: str) -> str | None:
    """ "un registro único ..." / "normas más claras ..." / "más financiación ..." (after
    "Los participantes pidieron") -> "Se necesita un registro único ...", "Se necesitan
    normas ...", "Se necesita más financiación ..."."""
    words = rest.split()
    if len(words) < 2 or re.search(r"\b(?:que|quien|quienes)\b", rest, _I):
        return None
    first, second = words[0].casefold(), re.sub(r"\W", "", words[1].casefold())
    if first in _ES_ASKED or second in _ES_ASKED:
        return None
    if first in ("un", "una"):
        return f"Se necesita {rest}"
    if first in ("unos", "unas"):
        return f"Se necesitan {rest}"
    if first in ("más", "mayor", "menos", "mejor", "mejores"):
        plural = second.endswith("s") or first == "mejores"
        return f"Se necesita{'n' if plural else ''} {rest}"
    if first in ("la", "el", "las", "los", "lo", "a", "al", "de", "que", "su", "sus"):
        return None
    if first.endswith(("as", "os", "es")) and len(first) > 4:
        return f"Se necesitan {rest}"
    return None


def es_avoid(_m: re.Match[str], rest: str) -> str | None:
    """ "el cobro por el préstamo ..." (after "advirtieron contra") -> "Debe evitarse el
    cobro por el préstamo ..."; "los X" -> "Deben evitarse los X"."""
    m = re.match(r"(el|la|los|las)\s+\w", rest, _I)
    if not m or re.search(r"\b(?:que|quien|quienes|cual|cuales)\b", rest, _I):
        return None
    plural = m.group(1).casefold() in ("los", "las")
    return f"Debe{'n' if plural else ''} evitarse {rest}"


# ------------------------------------------------------------------ Russian

#: a verb in the past or present somewhere in the rest: the sentence stands as it is ("К
#: созданию реестра приступили в мае")
_RU_FINITE = re.compile(
    r"\b[а-яё]{2,}(?:ли|ла|ло|ет|ут|ют|ит|ят|ется|ются|ится|ятся|лся|лась|лись)\b", _I
)
#: the dative of a verbal noun and its nominative, with the agreement of "необходим"
_RU_DATIVE = (
    ("нию", "ние", "Необходимо"),
    ("тию", "тие", "Необходимо"),
    ("ству", "ство", "Необходимо"),
    ("ции", "ция", "Необходима"),
    ("ке", "ка", "Необходима"),
    ("мене", "мена", "Необходима"),
    ("воду", "вод", "Необходим"),
    ("смотру", "смотр", "Необходим"),
    ("монту", "монт", "Необходим"),
)


def ru_called(_m: re.Match[str], rest: str) -> str | None:
    """ "созданию единого реестра ..." (after "Участники призвали к" or the kinds step's
    "К") -> "Необходимо создание единого реестра ..." (a noun first, no finite verb after
    it)."""
    first, _, after = rest.partition(" ")
    if not after or _RU_FINITE.search(after):
        return None
    low = first.casefold()
    for dative, nominative, need in _RU_DATIVE:
        if low.endswith(dative) and len(low) > len(dative) + 1:
            return f"{need} {low[: -len(dative)]}{nominative} {after}"
    return None


def ru_avoid(_m: re.Match[str], rest: str) -> str | None:
    """ "введения платы за семена ..." (after "Участники предостерегли от") -> "Следует
    избегать введения платы за семена ..." (the genitive stays: "избегать" takes it)."""
    first = rest.split(" ", 1)[0].casefold()
    if first in {"того", "этого", "них", "него", "неё", "нее", "всего", "таких", "такого"}:
        return None
    if not re.search(r"(?:ния|тия|ции|жи|ки|ты|ды|ны|ра|ва|ла)$", first):
        return None
    return f"Следует избегать {rest}"


# ------------------------------------------------------------------ Chinese

_ZH_GROUP = (
    r"(?:有|几位|多位|多名|一些|不少|部分|许多|很多|大多数|多数|各位)?(?:与会者|发言者|"
    r"发言人|专家|代表|参会者|与会代表|嘉宾)(?:们)?(?:也|都|还|同时|一致|普遍|再次)*"
)
#: what opens an action after a call: a verb of doing or a preposition before one
_ZH_DO = (
    r"(?:加强|建立|制定|增加|设立|推动|提高|扩大|完善|简化|降低|减少|取消|保障|确保|公布|"
    r"开放|开通|改善|加快|加大|放宽|延长|恢复|将|把)"
)
#: the verbs a sentence of its own may open on only as a call's object (the kinds step took
#: the call off: "与会者呼吁加强……" -> "加强……"), never as a noun ("开放数据", "公布的数字")
_ZH_DO_BARE = (
    r"(?:加强|建立|制定|增加|设立|推动|提高|扩大|完善|简化|降低|减少|取消|确保|加快|加大|"
    r"放宽|将|把)"
)
#: a modal, a copula or a verb of result after the opening verb: the sentence has its own
#: predicate ("加强合作是关键", "设立……将导致……", "加强……比新建……更省钱")
_ZH_MODAL = re.compile(
    r"必须|应该|应当|应|需要|要|可以|可能|能够|能|会|是|有|将|比|导致|使|让|意味着|取决于"
)


def zh_should(_m: re.Match[str], rest: str) -> str | None:
    """ "加强渡轮票价的透明度。" (the kinds step's point of "与会者呼吁加强……", or after
    "要求") -> "应加强渡轮票价的透明度。" (no aspect mark: "建立了" is a fact)."""
    text = rest.strip()
    if len(text) < 6 or re.search(r"[了过着]", text[:8]) or re.search(r"[，,；;？?]", text):
        return None
    if _ZH_MODAL.search(text[2:]):
        return None
    return f"应{text}"


def zh_not(_m: re.Match[str], rest: str) -> str | None:
    """ "对借用种子收费。" (after "几位发言者警告不要") -> "不应对借用种子收费。"."""
    text = rest.strip()
    return f"不应{text}" if len(text) >= 4 and not re.search(r"[，,；;？?]", text) else None


# ------------------------------------------------------------------ Arabic

_AR_GROUP = (
    r"(?:(?:عدد من|بعض|معظم|كثير من|العديد من|غالبية)\s+)?(?:المشاركون|المشاركين|المتحدثون|"
    r"المتحدثين|المندوبون|المندوبين|الخبراء|الحاضرون|الحاضرين|الأعضاء|الممثلون|الممثلين|"
    r"الوفود|المحاورون)"
)


def _ar_masdar(word: str) -> bool:
    """Whether an indefinite word reads as a verbal noun ("تسيير", "إنشاء", "زيادة",
    "مراجعة"), not a plain noun ("قواعد", "سجل", "مجانية")."""
    if word.endswith("ية") or len(word) < 4:
        return False
    return bool(re.match(r"ت\S{3,}$|إ\S{3,}$|ا\S{4,}$", word)) or word.endswith("ة")


def ar_called(_m: re.Match[str], rest: str) -> str | None:
    """ "مزيد من الشفافية ..." / "سجل موحد ..." / "مجانية ..." (after "ودعا المشاركون إلى"):
    -> "هناك حاجة إلى ..." (the verbal nouns, "إنشاء X", stay ``kind_cues_voice6``'s)."""
    words = arabic_plain(rest).split()
    if len(words) < 2 or words[0].startswith(("ال", "أن", "ضرورة")):
        return None
    if words[0].endswith(("ها", "هم", "هن", "كم", "نا")):
        return None
    if words[0] in ("مزيد", "المزيد") or not _ar_masdar(words[0]):
        return f"هناك حاجة إلى {rest}"
    return None


def ar_demanded(_m: re.Match[str], rest: str) -> str | None:
    """ "زيادة تمويل ..." (after "وطالب المندوبون ب") -> "ينبغي زيادة تمويل ..."; "قواعد
    أوضح ..." -> "هناك حاجة إلى قواعد أوضح ..."."""
    words = arabic_plain(rest).split()
    if len(words) < 2 or words[0].startswith(("ال", "أن")) or len(words[0]) < 3:
        return None
    if words[0].endswith(("ها", "هم", "هن", "كم", "نا")):
        return None
    return f"ينبغي {rest}" if _ar_masdar(words[0]) else f"هناك حاجة إلى {rest}"


def ar_avoid(_m: re.Match[str], rest: str) -> str | None:
    """ "بيع أراضي السكن العام ..." (after "وحذر المشاركون من") -> "ينبغي تجنب بيع أراضي
    السكن العام ..."."""
    words = arabic_plain(rest).split()
    if len(words) < 2 or words[0].startswith(("أن", "إن")) or len(words[0]) < 3:
        return None
    if words[0].endswith(("ها", "هم", "هن", "كم", "نا")):
        return None
    return f"ينبغي تجنب {rest}"


def as_said(_m: re.Match[str], rest: str) -> str | None:
    """The clause after a frame of no one's feeling ("There was a general feeling in the room
    that X" -> "X"; "会场上普遍的感受是，X" -> "X"): what follows, when it is a clause of four
    words or more (six characters in Chinese)."""
    text = rest.strip()
    if len(text.split()) < 4 and not re.search(r"[\u4e00-\u9fff]{6}", text):
        return None
    return text


VOICE7_REWRITES: dict[str, list[tuple[str, Rewrite]]] = {
    "en": [
        (r"^there (?:is|was) (?:an? )?(?:urgent |pressing |clear )?need for ", en_need_be),
        (
            rf"^{_EN_WHO}\s+(?:also\s+|repeatedly\s+|strongly\s+)?(?:urged|demanded|called for|"
            r"asked for|pressed for|pleaded for|appealed for|argued for|advocated)\s+",
            en_called,
        ),
        (rf"^{_EN_WHO}\s+(?:also\s+)?(?:warned|cautioned)\s+against\s+", en_avoid_np),
        (
            r"^there (?:was|were) (?:a |an )?(?:general |widespread |shared |strong |common )?"
            r"(?:feeling|sense|impression) (?:(?:in|among|across|around) [^,;]{2,40}? )?that ",
            as_said,
        ),
    ],
    "fr": [
        (
            rf"^{_FR_GROUP}\s+(?:ont|avaient)\s+(?:également\s+|aussi\s+|surtout\s+)?(?:plaidé "
            r"pour|appelé à|demandé|réclamé|insisté pour|exigé|préconisé)\s+",
            fr_called,
        ),
        (
            rf"^{_FR_GROUP}\s+(?:ont|avaient)\s+(?:également\s+|aussi\s+)?mis en garde contre\s+",
            fr_avoid,
        ),
    ],
    "es": [
        (
            rf"^{_ES_GROUP}\s+(?:también\s+)?(?:pidieron|reclamaron|exigieron|solicitaron|"
            r"abogaron por|demandaron|propugnaron)\s+",
            es_called,
        ),
        (rf"^{_ES_GROUP}\s+(?:también\s+)?advirtieron\s+contra\s+", es_avoid),
        (
            r"^(?:hubo|había|existía|existió) (?:una |la )?(?:sensación|impresión) "
            r"(?:general |generalizada |compartida )?(?:en [^,;]{2,40}? )?de que ",
            as_said,
        ),
    ],
    "ru": [
        (r"^к\s+(?=[а-яё]+\s)", ru_called),
        (rf"^{_RU_GROUP}\s+(?:также\s+)?призвали\s+к\s+", ru_called),
        (rf"^{_RU_GROUP}\s+(?:также\s+)?предостерегли\s+от\s+", ru_avoid),
    ],
    "zh": [
        (rf"^(?={_ZH_DO_BARE})", zh_should),
        (rf"^{_ZH_GROUP}(?:呼吁|要求)(?=[在为对向用把将从]|{_ZH_DO})", zh_should),
        (rf"^{_ZH_GROUP}(?:警告|告诫|提醒)(?:说)?[，,]?不要", zh_not),
        (rf"^{_ZH_GROUP}反对(?=[向对把将在为])", zh_not),
        (r"^(?:会场上|会上|讨论中|与会者中)?(?:普遍|共同)的(?:感受|感觉|看法)是[，,]?", as_said),
    ],
    "ar": [
        (rf"^و?(?:دعا|دعت|دعوا)\s+{_AR_GROUP}(?:\s+أيضا)?\s+إلى\s+", ar_called),
        (rf"^و?(?:طالب|طالبت|طالبوا)\s+{_AR_GROUP}(?:\s+أيضا)?\s+ب", ar_demanded),
        (
            rf"^و?(?:حذر|حذرت|حذروا)\s+{_AR_GROUP}(?:\s+من\s+ال\S+(?:\s+ال\S+)?)?(?:\s+أيضا)?"
            r"\s+من\s+",
            ar_avoid,
        ),
    ],
}

# ------------------------------------------------------------------ a frame split by an aside

_COMMA = re.compile(r"\s*[,،，]\s*")
_END = re.compile(r"[.!。！]+$")


def _plain(text: str) -> str:
    return _END.sub("", arabic_plain(text).casefold()).strip()


#: the complementiser a split frame's clause opens on after the aside (in Chinese, the comma
#: after the verb of saying): without it the sentence is not read again
_CLAUSE = {
    "en": re.compile(r"\bthat\b", _I),
    "fr": re.compile(r"\bqu(?:e\b|['’])", _I),
    "es": re.compile(r"\bque\b", _I),
    "ru": re.compile(r"\bчто\b", _I),
    "zh": re.compile(r"[，,]"),
    "ar": re.compile(r"(?:^|\s)(?:على |ب)?(?:أن|إن|ان)(?:\s|$)"),
}
#: a capitalised word after the first: a name ("M. Paul Mercier, maire de ..., a expliqué")
_NAME = re.compile(r"\s(?-i:[A-ZÀ-ÞА-ЯЁ])")


def split_aside(
    sentence: str, lang: str, reread: Callable[[str], tuple[str, bool] | None]
) -> str | None:
    """The point of a sentence whose frame an aside splits ("Participants agreed, after a long
    exchange, that X" -> "X"): the sentence without its first aside read again (``reread``:
    the kinds step and the message text, and whether the kinds step read one person's words;
    None for a description), taken when the reading is the end of the words after the
    aside's second comma and leaves some of them out (the frame's end: "that", "отметили,
    что"; an aside inside the point, "que, dans les zones rurales, X", is no frame's), never
    for one person's words or a name in the frame or the aside."""
    commas = list(_COMMA.finditer(sentence))
    if len(commas) < 2:
        return None
    first, second = commas[0], commas[1]
    lead, aside, tail = (
        sentence[: first.start()],
        sentence[first.end() : second.start()],
        sentence[second.end() :],
    )
    clause = _CLAUSE.get(lang)
    if clause is None or not clause.search(arabic_plain(tail) if lang == "ar" else tail):
        return None
    if lang == "zh":
        if not 2 <= len(lead) <= 20 or not 2 <= len(aside) <= 16 or len(tail) < 6:
            return None
        reduced = lead + tail
    else:
        if not 1 <= len(lead.split()) <= 12 or not 1 <= len(aside.split()) <= 10:
            return None
        if len(tail.split()) < 4 or _NAME.search(f" {aside}") or _NAME.search(lead):
            return None
        reduced = f"{lead} {tail}"
    found = reread(reduced)
    if not found or found[1]:
        return None
    read = found[0]
    point, whole = _plain(read), _plain(tail)
    if not point or not whole.endswith(point) or len(point) >= len(whole):
        return None
    if len(point) < len(whole) // 2:
        return None
    return read
