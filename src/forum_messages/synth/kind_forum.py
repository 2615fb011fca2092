"""Descriptions in the forum's own register, shapes that ``kind_narration``, ``kind_bodies``,
``kind_course`` and ``kind_notes`` do not read (``synth.kind_model``).

Three shapes, each read by its grammar, with no claim of its own
(``kind_narration.makes_claim``):

- *the rapporteur telling the session's course in the first person*: "I opened the session by
  asking ...", "Abrí la sesión ...", "J'ai ouvert l'atelier ...", "Я открыла сессию ...",
  "我在会议开始时请……", "افتتحت الجلسة ...";
- *the session's people looking at a subject*: the speakers, panellists or participants as the
  subject of a verb of examining in the past ("Panellists examined three strategies ...", "Los
  ponentes analizaron ...", "Докладчики проанализировали ...", "与会嘉宾探讨了……",
  "استعرض المتحدثون ..."), not followed by what they found ("examined ... and found that");
- *who took part*: a group taking part in the session, the sentence ending there or going on
  with how ("Young people from five countries took part, some of them online", "participaron
  jóvenes de ...", "ont pris part au débat", "участвовали в обсуждении", "参加了本场讨论",
  "شارك في الجلسة").

The model reads them only for a statement open to it that its regression gives more than
``kind_model.FORUM_ABOVE`` when ``kind_model.FORUM`` is on (off as shipped); docs/quality.md,
"a fiftieth round", gives what they were measured to do.
"""

from __future__ import annotations

import re
from functools import cache

from forum_messages.nlp.segment import arabic_plain
from forum_messages.synth.kind_narration import makes_claim

#: a part of the forum's programme, as the object of the rapporteur's verb
_SESSION = {
    "en": r"(?:the|this|our) (?:session|workshop|panel|discussion|debate|round table|"
    r"roundtable|meeting|open forum|town hall|fishbowl|lightning talk)",
    "es": r"(?:la sesión|el taller|el panel|el debate|la mesa redonda|la reunión|el foro "
    r"abierto|el conversatorio|la discusión)",
    "fr": r"(?:la session|l['’]atelier|le panel|le débat|la table ronde|la réunion|le forum "
    r"ouvert|la discussion|les échanges)",
    "ru": r"(?:сессию|семинар|дискуссию|круглый стол|заседание|обсуждение|встречу|панель)",
    "zh": r"(?:会议|本场会议|研讨会|讨论|圆桌会议|本场讨论|工作坊|分论坛)",
    "ar": r"(?:الجلسة|الورشة|ورشة العمل|النقاش|الحوار|المائدة المستديرة|الاجتماع)",
}
#: the rapporteur (or the organisers speaking as "we") opening, moderating or closing
_FIRST_PERSON = {
    "en": r"^(?:i|we) (?:then |also |briefly )?(?:opened|closed|moderated|chaired|began|started|"
    r"introduced|wrapped up|concluded|ended|kicked off|framed) {session}\b",
    "es": r"^(?:yo )?(?:abrí|cerré|moderé|inicié|comencé|presenté|concluí|clausuré|di inicio a|"
    r"dimos inicio a|abrimos|cerramos|moderamos) {session}\b",
    "fr": r"^(?:j['’]ai|nous avons) (?:ouvert|clos|clôturé|modéré|animé|introduit|lancé|"
    r"conclu|présidé) {session}",
    "ru": r"^я (?:открыл|открыла|закрыл|закрыла|модерировал|модерировала|начал|начала|вёл|вела|"
    r"вел|завершил|завершила) {session}",
    # "我请……" only after a time of the session: "我们请组委会……" is a call
    "zh": r"^我(?:在(?:会议|讨论|研讨会)?(?:开始|开场|开头|结束)时|首先|随后|最后)(?:请|邀请)|"
    r"^我(?:们)?(?:在(?:会议|讨论|研讨会)?(?:开始|开场|开头|结束)时)?(?:主持了|宣布{session}"
    r"(?:开始|结束))",
    "ar": r"^(?:و|ف)?(?:افتتحت|اختتمت|أدرت|ادرت|بدأت|استهللت|قدمت|افتتحنا|اختتمنا|أدرنا) "
    r"{session}",
}
#: the rapporteur asking the speakers something: what follows is a question, not a claim
_ASKING = {
    "en": r"\b(?:by|after|with) (?:asking|inviting|putting)\b",
    "es": r"\b(?:preguntando|pidiendo|invitando|planteando)\b",
    "fr": r"\b(?:en (?:demandant|invitant|posant))\b",
    "ru": r"(?:^|[^\w])(?:попросив|спросив|предложив|задав)(?!\w)",
    "zh": r"(?:请|邀请)",
    "ar": r"(?:بسؤال|بدعوة|بطرح)",
}
#: the session's people
_PEOPLE = {
    "en": r"\b(?:the )?(?:panell?ists|speakers|participants|discussants|presenters|the panel|"
    r"contributors|respondents|experts)\b",
    "es": r"\b(?:los|las) (?:panelistas|ponentes|participantes|oradores|oradoras|expertos|"
    r"expertas|intervinientes)\b",
    "fr": r"\b(?:les|des) (?:intervenants|intervenantes|panélistes|participants|participantes|"
    r"orateurs|oratrices|experts|expertes)\b",
    "ru": r"(?:^|[^\w])(?:докладчики|выступающие|участники|участницы|эксперты|спикеры|"
    r"панелисты)(?!\w)",
    "zh": r"(?:与会者|与会嘉宾|发言嘉宾|嘉宾|发言人|专家|讲者)(?:们)?",
    "ar": r"(?:المتحدثون|المتحدثين|المتحدثات|المشاركون|المشاركين|المشاركات|الخبراء|المحاورون)",
}
#: verbs of examining a subject, in the past
_EXAMINE = {
    "en": r"\b(?:examined|looked at|explored|analy[sz]ed|reviewed|discussed|considered|"
    r"compared|went through|surveyed|mapped|unpacked|reflected on|delved into)\b",
    "es": r"\b(?:examinaron|analizaron|exploraron|repasaron|revisaron|debatieron|compararon|"
    r"abordaron|estudiaron|discutieron|reflexionaron sobre|pasaron revista a)\b",
    "fr": r"\b(?:ont|avaient) (?:examiné|analysé|exploré|passé en revue|comparé|abordé|étudié|"
    r"débattu|discuté|évoqué|réfléchi)\b",
    "ru": r"(?:^|[^\w])(?:рассмотрели|проанализировали|обсудили|изучили|сравнили|разобрали|"
    r"обсуждали|рассматривали|проанализировал[иа])(?!\w)",
    "zh": r"(?:共同|分别|一起)?(?:探讨|讨论|分析|审视|比较|回顾|剖析|梳理)了",
    "ar": r"(?:ناقش|ناقشوا|تناول|تناولوا|استعرض|استعرضوا|حلل|حللوا|بحث|بحثوا|قارن|قارنوا)",
}
#: how far (in characters) the verb may stand from the people
_REACH = {"zh": 6}
_REACH_DEFAULT = 40
#: what the people found or concluded, said in the same sentence: a point, not a description
_FOUND = {
    "en": r"\b(?:and|before they) (?:found|concluded|agreed|showed|warned|argued|noted|said)\b",
    "es": r"\b(?:y|antes de) (?:concluyeron|coincidieron|advirtieron|señalaron|afirmaron|"
    r"mostraron|encontraron)\b",
    "fr": r"\bet (?:ont )?(?:conclu|constaté|estimé|averti|souligné|affirmé|montré)\b",
    "ru": r"\bи (?:пришли к выводу|сошлись|предупредили|отметили|заявили|показали)\b",
    "zh": r"(?:并|后)(?:认为|指出|得出|发现|警告|强调)",
    "ar": r"(?:ورأوا|وخلصوا|واتفقوا|وأكدوا|وحذروا|ورأى|وخلص|وأكد|وحذر)",
}
#: a group taking part, the sentence ending there or going on with how or where
_TOOK_PART = {
    "en": r"\b(?:took part|participated|joined)(?: (?:in|at) {session})?(?: (?:online|remotely|"
    r"in person|on site))?\s*(?:[,;:(]|[.!]?$)",
    "es": r"^(?:en (?:la sesión|el taller|el debate|el panel) )?(?:participaron|tomaron parte|"
    r"intervinieron)\b|\b(?:participaron|tomaron parte)(?: en {session})?\s*(?:[,;:(]|[.!]?$)",
    "fr": r"^(?:ont participé|ont pris part)\b|\b(?:ont participé|ont pris part)(?: (?:à|au) "
    r"(?:la session|l['’]atelier|débat|panel|la table ronde|la discussion))?\s*(?:[,;:(]|[.!]?$)",
    "ru": r"(?:^|[^\w])(?:участвовал[иа]?|приняли участие)(?: в (?:сессии|семинаре|дискуссии|"
    r"обсуждении|заседании|круглом столе))?\s*(?:[,;:(]|[.!]?$)",
    "zh": r"(?:参加了|参与了|出席了)(?:本场|本次|这场|此次)?(?:会议|讨论|研讨会|对话|工作坊)"
    r"(?:[，,；;（(]|[。！]?$)",
    "ar": r"^(?:و|ف)?(?:شارك|شاركت) في (?:الجلسة|الورشة|ورشة العمل|النقاش|الحوار|المائدة "
    r"المستديرة) |(?:شارك|شاركت|شاركوا) في (?:الجلسة|الورشة|ورشة العمل|النقاش|الحوار|المائدة "
    r"المستديرة)(?:\s*[،,؛(]|\s*[.!]?$)",
}


@cache
def _compiled(lang: str) -> tuple[re.Pattern[str], ...] | None:
    if lang not in _SESSION:
        return None
    session = _SESSION[lang]
    return (
        re.compile(_FIRST_PERSON[lang].replace("{session}", session), re.IGNORECASE),
        re.compile(_PEOPLE[lang], re.IGNORECASE),
        re.compile(_EXAMINE[lang], re.IGNORECASE),
        re.compile(_FOUND[lang], re.IGNORECASE),
        re.compile(_TOOK_PART[lang].replace("{session}", session), re.IGNORECASE),
        re.compile(_ASKING[lang], re.IGNORECASE),
    )


def _plain(text: str, lang: str) -> str:
    return (arabic_plain(text) if lang == "ar" else text).strip()


def rapporteur(text: str, lang: str) -> bool:
    """Whether ``text`` is the rapporteur telling the session's course in the first person (a
    question put to the speakers after it is no claim)."""
    patterns = _compiled(lang)
    if patterns is None:
        return False
    plain = _plain(text, lang)
    told = patterns[0].search(plain)
    if told is None:
        return False
    # a question put to the speakers is no claim ("by asking each panellist what ...")
    asked = patterns[5].search(plain, told.end())
    return not makes_claim(plain[: asked.start()] if asked else plain, lang)


def examined(text: str, lang: str) -> bool:
    """Whether ``text`` has the session's people examining a subject, and no finding."""
    patterns = _compiled(lang)
    if patterns is None:
        return False
    plain = _plain(text, lang)
    reach = _REACH.get(lang, _REACH_DEFAULT)
    for people in patterns[1].finditer(plain):
        if people.start() > reach:
            break
        verb = patterns[2].search(plain)
        if lang == "ar":  # the verb comes first, its subject after it
            near = verb is not None and abs(people.start() - verb.end()) <= reach
        else:
            near = verb is not None and 0 <= verb.start() - people.end() <= reach
        if near:
            return not patterns[3].search(plain) and not makes_claim(plain, lang)
    return False


def took_part(text: str, lang: str) -> bool:
    """Whether ``text`` tells who took part in the session."""
    patterns = _compiled(lang)
    if patterns is None:
        return False
    plain = _plain(text, lang)
    return bool(patterns[4].search(plain)) and not makes_claim(plain, lang)


def forum_of(text: str, lang: str) -> str | None:
    """The shape ``text`` is read as (``rapporteur``, ``examined``, ``took part``), or None."""
    if rapporteur(text, lang):
        return "rapporteur"
    if examined(text, lang):
        return "examined"
    if took_part(text, lang):
        return "took part"
    return None


def tells_forum(text: str, lang: str) -> bool:
    """Whether ``text`` is a description in the forum's own register that the other readings
    leave."""
    return forum_of(text, lang) is not None
