"""Descriptions of a meeting's course that neither ``kind_narration`` nor ``kind_bodies`` reads
(``synth.kind_model``).

Three shapes, each read by its grammar rather than by the words of one kind of meeting:

- *a heading with no verb*: a line that names a part of the meeting and nothing else ("Second
  session: the tram depot and the closure of Mill Road", "Visite de deux fermes ...",
  "Вопросы родителей и закрытие заседания", "الجلسة الثانية: ...", "居民提问环节及会议闭幕"):
  a noun of a meeting's part (a session, a visit, questions, the opening or close) among its
  first words, no final full stop, no auxiliary verb;
- *one person telling the course*: a person named by a title ("Ms Adeyemi", "Mme Aubrac",
  "Г-н Ершов", "السيد الخطيب", "林女士") or by the role they hold at the meeting ("the chair",
  "le directeur", "el ingeniero", "председатель", "الرئيسة", "主席") as the subject of a verb of
  the meeting's course (opened, welcomed, recalled the agenda, gave the floor, took the
  members through ..., closed);
- *travel or a visit*: the meeting's people, or its volunteers, visitors or party, as the
  subject of a verb of travelling to or visiting a site ("les bénévoles se sont rendus",
  "добровольцы выехали", "توجه المتطوعون", "一行人走访了").

Each holds only when the statement makes no claim of its own (``kind_narration.makes_claim``:
"The chair warned that ...", "The visit showed that ..." are points). The model reads it only
for a statement open to it that its regression gives more than ``kind_model.COURSE_ABOVE``
(``kind_model.COURSE``); docs/quality.md, "a forty-third round", gives what it was measured to
do.
"""

from __future__ import annotations

import re
from functools import cache

from forum_messages.nlp.segment import arabic_plain
from forum_messages.synth.kind_bodies import _STANCE
from forum_messages.synth.kind_narration import _SUBJECT, _VERB, makes_claim

# ---------------------------------------------------------------- a heading with no verb
#: a noun of a meeting's part: the meeting itself, a session, a visit, questions, the opening,
#: the close, a break
_PART = {
    "en": r"\b(?:meeting|session|sitting|visit|site visit|field visit|tour|trip|excursion|"
    r"assembly|plenary|workshop|hearing|opening|closing|close|welcome|questions|question time|"
    r"break|lunch|adjournment|round table|panel discussion|briefing|walk|walkabout|"
    r"presentation|discussion|item)\b",
    "fr": r"\b(?:réunion|séance|session|visite|excursion|sortie|tournée|assemblée|plénière|"
    r"atelier|audience|ouverture|clôture|accueil|questions|pause|déjeuner|table ronde|"
    r"présentation|débat)\b",
    "es": r"\b(?:reunión|sesión|visita|recorrido|excursión|salida|asamblea|plenaria|plenario|"
    r"taller|audiencia|apertura|cierre|clausura|bienvenida|preguntas|turno de preguntas|"
    r"pausa|almuerzo|mesa redonda|presentación|debate)\b",
    "ru": r"(?:^|[^\w])(?:заседани|собрани|сесси|визит|выезд|экскурси|поездк|пленар|семинар|"
    r"слушани|открыти|закрыти|приветстви|вопрос|перерыв|обед|круглый стол|презентаци|"
    r"обсуждени|встреч)\w*",
    "zh": r"(?:会议|全会|第[一二三四五六七八九十\d]+场|分会场|专题会|参观|考察|走访|开幕|闭幕|"
    r"环节|提问|问答|茶歇|午餐|圆桌|座谈|研讨|议程)",
    "ar": r"(?<!\w)(?:و|ف)?(?:ل|ب)?(?:ال)?(?:اجتماع|جلسة|زيارة|جولة|رحلة|جمعية|ورشة|"
    r"افتتاح|اختتام|ترحيب|أسئلة|استراحة|غداء|طاولة|عرض|نقاش|بند|لقاء)(?!\w)",
}
#: how many words into the line the noun of a meeting's part may stand (Chinese: characters)
_PART_WORDS = {"ar": 2, "zh": 12}
_PART_WORDS_DEFAULT = 3
#: auxiliary and copular verbs: a line holding one is a sentence, not a heading
_AUXILIARY = {
    "en": r"\b(?:is|are|was|were|be|been|has|have|had|will|shall|do|does|did)\b",
    "fr": r"\b(?:est|sont|était|étaient|sera|seront|a|ont|avait|avaient|fut)\b",
    "es": r"\b(?:es|son|era|eran|fue|fueron|será|serán|ha|han|había|habían|está|están)\b",
    "ru": r"(?:^|[^\w])(?:является|являются|был|была|были|было|будет|будут|есть)(?!\w)",
    "zh": r"(?:是|了|将|已|在于)",
    "ar": r"(?<!\w)(?:كان|كانت|كانوا|يكون|تكون|سيكون|ستكون|هو|هي|هم)(?!\w)",
}
#: the longest heading read (words; Chinese: characters)
_HEADING_LONGEST = {"zh": 45}
_HEADING_LONGEST_DEFAULT = 30

# ---------------------------------------------------------------- one person telling the course
#: a person by a title before a name, or by the role held at the meeting
_PERSON = {
    "en": r"\b(?:Ms|Mr|Mrs|Dr|Prof|Professor|Dame|Sir)\.?\s+[A-Z][\w'’-]+|"
    r"(?i:\b(?:the|its|our)\s+(?:[\w'’-]+\s+){0,2}?(?:chair|chairwoman|chairman|chairperson|"
    r"president|director|engineer|curator|rapporteur|moderator|facilitator|secretary|"
    r"treasurer|mayor|minister|host|coordinator|manager|convenor|convener)\b)",
    "fr": r"\b(?:M\.|Mme|Mlle|Dr|Pr)\s+[A-ZÉÈ][\w'’-]+|"
    r"(?i:\b(?:le|la|l['’])\s*(?:\w+\s+)?(?:président|présidente|directeur|directrice|rapporteur|"
    r"rapporteuse|animateur|animatrice|secrétaire|trésorier|trésorière|maire|ministre|préfet|"
    r"préfète|ingénieur|ingénieure|modérateur|modératrice|coordinateur|coordinatrice|"
    r"responsable)\b)",
    "es": r"\b(?:señor|señora|doctor|doctora|Sr\.|Sra\.|Dr\.|Dra\.)\s+[A-ZÁÉÍÓÚÑ][\w-]+|"
    r"(?i:\b(?:el|la)\s+(?:presidente|presidenta|director|directora|ingeniero|ingeniera|relator|"
    r"relatora|moderador|moderadora|secretario|secretaria|alcalde|alcaldesa|ministro|ministra|"
    r"conservador|conservadora|coordinador|coordinadora|responsable)\b)",
    "ru": r"(?:Г-н|Г-жа|Господин|Госпожа|Д-р)\s+[А-ЯЁ][\w-]+|"
    r"(?:^|[^\w])(?:председатель|директор|докладчик|докладчица|модератор|секретарь|мэр|"
    r"министр|инженер|координатор|руководитель)(?!\w)",
    "zh": r"(?:[\u4e00-\u9fff]{1,3}(?:女士|先生|博士|教授)|主席|主任|院长|局长|主持人|工程师|"
    r"负责人|馆长|市长|部长|秘书长|协调员)",
    "ar": r"(?<!\w)(?:و|ف)?(?:ل|ب)?(?:(?:السيد|السيدة|الدكتور|الدكتورة|الأستاذ|الأستاذة) \w+|"
    r"(?:ال)?(?:رئيس|رئيسة|مدير|مديرة|مقرر|مقررة|ميسر|ميسرة|أمين|وزير|وزيرة|مهندس|مهندسة|"
    r"عمدة|منسق|منسقة))(?!\w)",
}
#: verbs of the meeting's course a person's act tells, beside ``kind_narration``'s
_COURSE_VERB = {
    "en": r"\b(?:recalled the (?:agenda|programme|program|rules|purpose|objectives)|"
    r"gave the floor|handed (?:over )?the floor|invited|took (?:the )?[\w'’ -]{1,30}? through|"
    r"went through|read out|walked (?:the )?[\w'’ -]{1,30}? through)\b",
    "fr": r"\b(?:a|ont) (?:ensuite |d['’]abord |également )?(?:clos|donné la parole|"
    r"passé la parole|invité|salué|accueilli|lu|repris la parole|rappelé l['’]ordre du jour|"
    r"rappelé le programme)\b",
    "es": r"\b(?:dio la palabra|pasó la palabra|repasó|saludó|invitó|recordó el orden del día|"
    r"recordó el programa|leyó)\b",
    "ru": r"(?:^|[^\w])(?:предоставил\w* слово|передал\w* слово|напомнил\w* (?:повестк|программ|"
    r"регламент)|пригласил|зачитал)\w*",
    "zh": r"(?:宣布会议开始|宣布开幕|宣布闭幕|请[^，。]{1,14}发言|回顾了|感谢了|欢迎|介绍了|"
    r"讲解了|宣读了)",
    "ar": r"(?<!\w)(?:و|ف)?(?:ذكر|ذكرت|أعطى|أعطت|منح|منحت|رحب|رحبت|قدم|قدمت|عرض|عرضت|دعا|"
    r"تلا|تلت)(?!\w)",
}

#: verbs a person's act may take that present or announce content (a finding presented, a
#: decision announced, time spent): not the meeting's course when one person is the subject
_NOT_COURSE = {
    "en": r"presented|outlined|briefed|spent|declared|gave|took|ran|broke|split|held|received",
    "fr": r"(?:a|ont) (?:\w+ )?(?:été )?(?:présenté|présentée|présentés|présentées|vu|reçu)",
    "es": r"presentó|sostuvo|mantuvo|conoció|conocieron|recibió",
    "ru": r"представил\w*|прошл\w*|ознакомил\w*|принял\w*",
    "zh": r"宣布|通报了|进行了|开展了|围绕",
    "ar": r"(?:و|ف)?(?:عرض|عرضت|قدم|قدمت|طرح|طرحت|تناول|تناولت)",
}
#: how far before its verb one person may stand (characters): the verb right after the name
_PERSON_GAP = {"zh": 10}
_PERSON_GAP_DEFAULT = 40
#: a clause of reported speech opened by a participle ("closed the week by saying that ...")
_EN_ING_THAT = re.compile(r"\b\w+ing that\b", re.IGNORECASE)

# ---------------------------------------------------------------- travel or a visit
#: the meeting's people beside ``kind_narration``'s subjects: its volunteers, visitors, party
_PARTY = {
    "en": r"\b(?:volunteers|visitors|party|the group|delegation|everyone|all present)\b",
    "fr": r"\b(?:bénévoles|visiteurs|visiteuses|volontaires|groupe|délégation)\b",
    "es": r"\b(?:voluntarios|voluntarias|visitantes|grupo|delegación)\b",
    "ru": r"(?:^|[^\w])(?:добровол|волонт|гост|групп|делегаци)\w*",
    "zh": r"(?:一行人|一行|志愿者|考察组|参观者|代表团)",
    "ar": r"(?<!\w)(?:و|ف)?(?:المتطوعون|المتطوعين|المتطوعات|الزوار|الوفد)(?!\w)",
}
#: verbs of travelling to or visiting a site, in the past
_TRAVEL = {
    "en": r"\b(?:travel+ed|went|walked|visited|toured|drove|rode|boarded|crossed|climbed|"
    r"inspected|were shown round|were taken to|made their way|set off|returned)\b",
    "fr": r"\b(?:se sont rendus|se sont rendues|s['’]est rendue?|(?:a|ont) (?:visité|parcouru|"
    r"rejoint|inspecté)|sont (?:allés|allées|montés|montées|descendus|partis|parties|"
    r"arrivés|arrivées|retournés)|ont été conduits|ont été conduites)\b",
    "es": r"\b(?:se trasladaron|se trasladó|se desplazaron|se desplazó|visitaron|visitó|"
    r"recorrieron|recorrió|viajaron|viajó|fueron a|acudieron|llegaron|subieron|bajaron|"
    r"inspeccionaron)\b",
    "ru": r"(?:^|[^\w])(?:выехал|съездил|посетил|побывал|отправил|осмотрел|объехал|прибыл|"
    r"приехал|прошли по|поднял|спустил|вернул)\w*",
    "zh": r"(?:前往|走访|参观|考察|来到|抵达|步行|乘车|乘大巴|赴)",
    "ar": r"(?<!\w)(?:و|ف)?(?:توجه|توجهوا|توجهت|زار|زاروا|زارت|انتقل|انتقلوا|تجول|تجولوا|جال|"
    r"وصل|وصلوا|عاد|عادوا|قاموا بزيارة|قام بزيارة)(?!\w)",
}

#: how far apart a subject and its verb may stand (characters), and after the verb in the
#: languages whose subject may follow it
_GAP = {"zh": 16}
_GAP_DEFAULT = 70
_AFTER = {"ar": 40, "es": 30, "ru": 30}
#: how far into the statement the verb may stand
_REACH = {"zh": 40}
_REACH_DEFAULT = 110


@cache
def _compiled(lang: str) -> dict[str, re.Pattern[str]] | None:
    if lang not in _PART:
        return None
    flags = re.IGNORECASE
    return {
        "part": re.compile(_PART[lang], flags),
        "aux": re.compile(_AUXILIARY[lang], flags),
        # the title before a name is read case-sensitively (a capital opens the name), a role
        # whatever its case
        "person": re.compile(_PERSON[lang], 0 if lang in {"en", "fr", "es"} else flags),
        "person_i": re.compile(_PERSON[lang], flags),
        "course": re.compile(f"(?:{_COURSE_VERB[lang]})|(?:{_VERB[lang]})", flags),
        "party": re.compile(f"(?:{_PARTY[lang]})|(?:{_SUBJECT[lang]})", flags),
        "travel": re.compile(_TRAVEL[lang], flags),
        "verb": re.compile(_VERB[lang], flags),
    }


def _plain(text: str, lang: str) -> str:
    return (arabic_plain(text) if lang == "ar" else text).strip()


def heading(text: str, lang: str) -> bool:
    """Whether ``text`` is a heading naming a part of its meeting: a noun of a meeting's part
    among its first words (or closing what comes before a colon), no final stop, no auxiliary
    verb, no verb of meeting life, no claim of its own."""
    patterns = _compiled(lang)
    if patterns is None:
        return False
    plain = _plain(text, lang)
    if not plain or plain[-1] in ".。!！?？؟" or makes_claim(plain, lang):
        return False
    if patterns["aux"].search(plain) or patterns["verb"].search(plain):
        return False
    if lang == "zh":
        if len(plain) > _HEADING_LONGEST["zh"]:
            return False
        head = re.split(r"[：:]", plain, maxsplit=1)[0]
        opening = plain[: _PART_WORDS["zh"]]
        return bool(patterns["part"].search(opening) or patterns["part"].search(head[-4:]))
    words = plain.split()
    if len(words) > _HEADING_LONGEST_DEFAULT:
        return False
    opening = " ".join(words[: _PART_WORDS.get(lang, _PART_WORDS_DEFAULT)])
    if patterns["part"].search(opening):
        return True
    head, colon, _ = plain.partition(":")
    if not colon:
        return False
    last = " ".join(head.split()[-2:])
    return bool(patterns["part"].search(last))


def _subject_before(
    plain: str,
    lang: str,
    subject: re.Pattern[str],
    verbs: list[re.Match[str]],
    gap: int,
) -> bool:
    """A subject ``subject`` at most ``gap`` characters before (or, in Arabic, Spanish and
    Russian, just after) one of ``verbs`` standing within the reach of a main verb."""
    reach = _REACH.get(lang, _REACH_DEFAULT)
    for v in verbs:
        if v.start() > reach:
            break
        if any(0 <= v.start() - s.end() <= gap for s in subject.finditer(plain[: v.start()])):
            return True
        if lang in _AFTER:
            head = plain[: v.start()].strip()
            if subject.search(plain[v.end() : v.end() + _AFTER[lang]]) and (
                lang != "ar" or len(head) <= 2
            ):
                return True
    return False


def person_tells(text: str, lang: str) -> bool:
    """Whether ``text`` has one person (a title and a name, or a role at the meeting) as the
    subject of a verb of the meeting's course, and makes no claim of its own."""
    patterns = _compiled(lang)
    if patterns is None:
        return False
    plain = _plain(text, lang)
    if makes_claim(plain, lang) or re.search(_STANCE[lang], plain, re.IGNORECASE):
        return False
    if lang == "en" and _EN_ING_THAT.search(plain):
        return False
    not_course = re.compile(f"(?:{_NOT_COURSE[lang]})", re.IGNORECASE)
    verbs = [
        v for v in patterns["course"].finditer(plain) if not not_course.fullmatch(v.group().strip())
    ]
    return _subject_before(
        plain, lang, patterns["person"], verbs, _PERSON_GAP.get(lang, _PERSON_GAP_DEFAULT)
    )


def travels(text: str, lang: str) -> bool:
    """Whether ``text`` has the meeting's people (or its volunteers, visitors, party) as the
    subject of a verb of travelling to or visiting a site, and makes no claim of its own."""
    patterns = _compiled(lang)
    if patterns is None:
        return False
    plain = _plain(text, lang)
    if makes_claim(plain, lang):
        return False
    verbs = list(patterns["travel"].finditer(plain))
    return _subject_before(plain, lang, patterns["party"], verbs, _GAP.get(lang, _GAP_DEFAULT))


def course_of(text: str, lang: str) -> str | None:
    """Which reading holds for ``text``: ``heading``, ``person``, ``travel`` or None."""
    if heading(text, lang):
        return "heading"
    if person_tells(text, lang):
        return "person"
    if travels(text, lang):
        return "travel"
    return None


def tells_course(text: str, lang: str) -> bool:
    """Any of the three readings."""
    return course_of(text, lang) is not None
