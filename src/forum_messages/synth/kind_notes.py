"""Descriptions told by a note, a speaker's line or a text handed to or read out to the meeting,
shapes that ``kind_narration``, ``kind_bodies`` and ``kind_course`` do not read
(``synth.kind_model``).

Three shapes, each read by its grammar:

- *a note or a notice* about the record or the meeting's arrangements: a label that opens the
  statement, one of its sentences or a clause after a comma ("Organisers' note:", "Note:",
  "N.B.:", "Nota de la organización:", "un aviso:", "Note du rapporteur :", "Примечание:",
  "编者注：", "ملاحظة:"), followed by words of the record or the arrangements (the recordings,
  the slides, the summary, interpretation and its channels, a link that failed, a contribution
  shared in writing, names left out, a late start). A label naming the note's author (the
  organisers, the editor, the rapporteur) holds whatever the note says; a bare "Note:" holds
  only when what follows makes no claim of its own (``kind_narration.makes_claim``). "Note
  that ...", "A note of caution: ..." are no label;
- *a speaker's line*: a singular role of the programme (speaker, moderator, ponente,
  intervenante, докладчик, 主讲人, المتحدث) and a dash before a name ("Докладчик — Нурлан
  ...", "Speaker — Amina Oduya, manager of ..."); the label with a colon is
  ``kind_cues_labels``';
- *a text handed out or read out*: the meeting's people receiving a guide, a leaflet, a
  certificate ("участники получили памятки", "تسلّم المشاركون دليلاً") with no negation (not
  a warning or equipment received outside the meeting), or a text read
  out at the meeting in the passive ("was read out by", "fue leída por ... al cierre", "a été
  lue par ... à la clôture", "была зачитана ... при закрытии", "由……宣读", "تُلي ... في ختام"),
  not a text read by someone *as* something ("read by two ministries as a threat").

The model reads them only for a statement open to it that its regression gives more than
``kind_model.NOTES_ABOVE`` when ``kind_model.NOTES`` is on (off as shipped); docs/quality.md, "a
forty-seventh round", gives what they were measured to do.
"""

from __future__ import annotations

import re
from functools import cache

from forum_messages.nlp.segment import arabic_plain
from forum_messages.synth.kind_course import _PART, _PARTY
from forum_messages.synth.kind_narration import _SUBJECT, makes_claim

# ---------------------------------------------------------------- a note or a notice
#: a label naming the note's author: what follows is the record's, whatever it says
_AUTHORED = {
    "en": r"(?:organi[sz]ers['’]?|organi[sz]ing team['’]s|editor['’]s|editors['’]|"
    r"rapporteur['’]s|secretariat['’]s|moderator['’]s)\s+(?:note|notice)|"
    r"(?:note|notice) (?:from|by) the (?:organi[sz]ers|editors?|rapporteur|secretariat)",
    "fr": r"(?:note|avis|précision) (?:des organisat(?:eurs|rices)|de l['’]organisation|"
    r"du rapporteur|de la rapporteuse|de la rédaction|du secrétariat|de l['’]éditeur)",
    "es": r"(?:nota|aviso|aclaración) (?:de la organización|de los organizadores|de las "
    r"organizadoras|de la relatoría|del relator|de la relatora|de la redacción|de la secretaría|"
    r"del editor|de la editora)",
    "ru": r"(?:примечание|пояснение) (?:организаторов|оргкомитета|редакции|докладчика|"
    r"секретариата|составителя|модератора)",
    "zh": r"(?:主办方|组织方|会务组|编者|编辑|秘书处|记录人|报告员)(?:说明|注|按|提示)",
    "ar": r"(?:ملاحظة|تنويه|توضيح) (?:من )?(?:المنظمين|الجهة المنظمة|المقرر|المقررة|التحرير|"
    r"المحرر|الأمانة)",
}
#: a bare label: what follows must name the record or the arrangements and make no claim
_BARE = {
    "en": r"(?:note|notice|n\.?\s?b\.?|announcement|please note)",
    "fr": r"(?:note|n\.?\s?b\.?|nota bene|avis|annonce|précision)",
    "es": r"(?:nota|n\.?\s?b\.?|aviso|anuncio|aclaración)",
    "ru": r"(?:примечание|nb|n\.b\.|объявление|справочно|к сведению)",
    "zh": r"(?:注|备注|说明|附注|提示|通知一下|先通知一下|通知)",
    "ar": r"(?:ملاحظة|تنبيه|تنويه|للعلم|إعلان)",
}
#: words of the record or of the meeting's arrangements a note is about
_RECORD = {
    "en": r"\b(?:recordings?|recorded|video|slides?|material|materials|summary|report|minutes|"
    r"transcript|interpretation|interpreters?|channels?|headsets?|captions?|link|connection|"
    r"contribution|intervention|in writing|names?|late|delayed|postponed|cancelled|canceled|"
    r"on request|website|posted|circulated|programme|program|room|hall|session|panel|"
    r"livestream|stream|call|video call|photos?)\b",
    "fr": r"\b(?:enregistrements?|enregistré|vidéo|diapositives|supports?|documents?|compte "
    r"rendu|synthèse|rapport|procès-verbal|interprétation|interprètes?|canal|canaux|casques?|"
    r"sous-titres|liaison|connexion|intervention|contribution|par écrit|noms?|retard|reporté|"
    r"reportée|annulé|annulée|site|en ligne|programme|salle|séance|table ronde|photos?|"
    r"visioconférence|transmission|appel)\b",
    "es": r"\b(?:grabaci(?:ón|ones)|grabad[oa]|video|vídeo|diapositivas|material|materiales|"
    r"resumen|informe|relatoría|acta|interpretación|intérpretes?|canal|canales|receptores|"
    r"auriculares|subtítulos|enlace|conexión|intervención|ponencia|por escrito|nombres?|"
    r"retraso|aplazad[oa]|cancelad[oa]|web|en línea|programa|sala|sesión|panel|fotos?|"
    r"videollamada|llamada|transmisión)\b",
    "ru": r"(?:^|[^\w])(?:запис|видео|слайд|материал|отчёт|отчет|протокол|стенограм|перевод|"
    r"переводчик|канал|наушник|субтитр|связь|связи|подключени|выступлени|в письменном виде|"
    r"имен|имён|имя|опоздани|перенес|перенесен|перенесён|отмен|сайт|программ|зал|заседани|"
    r"дискусси|фото|видеосвяз|трансляци)\w*",
    "zh": r"(?:录音|录像|视频|幻灯片|课件|材料|纪要|报告|记录|传译|翻译|频道|耳机|字幕|连线|"
    r"连接|发言|书面|姓名|名字|推迟|延迟|取消|网站|网上|议程|会场|会议室|讨论|照片|直播|视频会议)",
    "ar": r"(?<!\w)(?:و|ف|ب|ل)?(?:ال)?(?:تسجيل|تسجيلات|فيديو|شرائح|مواد|المواد|ملخص|تقرير|"
    r"محضر|ترجمة|الترجمة|مترجم|القناة|قناة|سماعات|السماعات|ترجمة نصية|الاتصال|اتصال|الربط|"
    r"مداخلة|مداخلته|مداخلتها|كتابة|كتابيا|أسماء|أسمائهم|اسميهما|اسمه|اسمها|متأخرة|متأخرا|"
    r"تأخر|تأخرت|تأجيل|أرجئ|ألغي|موقع|الموقع|برنامج|القاعة|قاعة|جلسة|الجلسة|صور|البث|"
    r"مكالمة)(?!\w)",
}
#: where a label may stand: the start, the start of a sentence, after a comma (a transcript's
#: "Before we begin, a notice: ...") with an article or "one" before it
_OPENS = r"(?:^|(?<=[.!?。！？…])\s*|(?<=[,，،])\s*(?:a|an|one|un|una|une|одно|وهنا)?\s*)"
#: what a transcript may say before the label, in the same sentence ("Перед началом
#: объявление: ...", "开始之前先通知一下：")
_LEAD = {
    "en": r"(?:before we (?:begin|start),?\s+(?:a|an|one)?\s*)?",
    "fr": r"(?:avant de commencer,?\s+(?:une?)?\s*)?",
    "es": r"(?:antes de empezar,?\s+(?:una?)?\s*)?",
    "ru": r"(?:(?:перед началом|прежде всего|сначала),?\s+)?",
    "zh": r"(?:(?:开始之前|会议开始前|开始前)先?)?",
    "ar": r"(?:قبل أن نبدأ،?\s+)?",
}
_COLON = r"\s*[:：]\s*"
#: a request about the record that a note tells ("asked that their names be left out",
#: "pidieron que sus nombres no figuren"): no claim of the note's own
_ASKED = {
    "en": r"\basked (?:that|not|for|to)\b",
    "fr": r"\b(?:a|ont) demandé (?:que|de|à ne)\b",
    "es": r"\b(?:pidió|pidieron|solicitó|solicitaron) (?:que|no)\b",
    "ru": r"(?:^|[^\w])попросил\w*",
    "zh": r"要求",
    "ar": r"(?<!\w)(?:و|ف)?(?:طلب|طلبت|طلبوا)(?!\w)",
}


@cache
def _note_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    flags = re.IGNORECASE
    return (
        re.compile(rf"{_OPENS}{_LEAD[lang]}(?:{_AUTHORED[lang]}){_COLON}", flags),
        re.compile(rf"{_OPENS}{_LEAD[lang]}(?:{_BARE[lang]}){_COLON}", flags),
        re.compile(_RECORD[lang], flags),
    )


def _plain(text: str, lang: str) -> str:
    return (arabic_plain(text) if lang == "ar" else text).strip()


def note(text: str, lang: str) -> bool:
    """Whether ``text`` is a note or a notice about the record or the meeting's arrangements:
    a label naming its author, or a bare label whose note makes no claim, before words of the
    record (recordings, slides, interpretation, a failed link, names left out, a late start)."""
    if lang not in _AUTHORED:
        return False
    authored, bare, record = _note_patterns(lang)
    plain = _plain(text, lang)
    m = authored.search(plain)
    if m and record.search(plain[m.end() :]):
        return True
    m = bare.search(plain)
    if m is None:
        return False
    rest = plain[m.end() :]
    if not record.search(rest):
        return False
    return not makes_claim(re.sub(_ASKED[lang], " ", rest, flags=re.IGNORECASE), lang)


# ---------------------------------------------------------------- a speaker's line
#: a singular role of the programme before a dash
_ROLE = {
    "en": r"(?:speaker|moderator|chair|presenter|panellist|panelist|keynote speaker|"
    r"discussant|facilitator|rapporteur)",
    "fr": r"(?:intervenant|intervenante|orateur|oratrice|modérateur|modératrice|animateur|"
    r"animatrice|conférencier|conférencière|rapporteur|rapporteuse|président de séance|"
    r"présidente de séance)",
    "es": r"(?:ponente|moderador|moderadora|expositor|expositora|orador|oradora|conferencista|"
    r"relator|relatora|presentador|presentadora|panelista)",
    "ru": r"(?:докладчик|докладчица|спикер|модератор|ведущий|ведущая|выступающий|выступающая|"
    r"лектор|председатель)",
    "zh": r"(?:主讲人|主讲嘉宾|主持人|发言人|演讲人|报告人|讲者|嘉宾)",
    "ar": r"(?:المتحدث|المتحدثة|الميسر|الميسرة|المحاضر|المحاضرة|مدير الجلسة|مديرة الجلسة|"
    r"المقرر|المقررة)",
}
#: a name after the dash: a capital (Chinese and Arabic: any word)
_NAME = {
    "en": r"(?-i:(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][\w'’-]+)",
    "fr": r"(?-i:(?:(?:M\.|Mme|Dr|Pr)\s+)?[A-ZÀ-Þ][\w'’-]+)",
    "es": r"(?-i:(?:(?:Sr\.|Sra\.|Dr\.|Dra\.|don|doña)\s+)?[A-ZÁÉÍÓÚÑ][\w'’-]+)",
    "ru": r"(?-i:(?:(?:г-н|г-жа|д-р)\s+)?[А-ЯЁ][\w'’-]+)",
    "zh": r"[\u4e00-\u9fff]{2,}",
    "ar": r"\w{2,}",
}


@cache
def _speaker_pattern(lang: str) -> re.Pattern[str]:
    return re.compile(
        rf"^[\s•·*]*{_ROLE[lang]}\s*[—–]{{1,2}}\s*{_NAME[lang]}",
        0 if lang in ("zh", "ar") else re.I,
    )


def speaker_line(text: str, lang: str) -> bool:
    """Whether ``text`` is a speaker's line: a singular role of the programme, a dash and a
    name ("Докладчик — Нурлан Абдыкалыков, ...")."""
    if lang not in _ROLE:
        return False
    return bool(_speaker_pattern(lang).search(_plain(text, lang)))


# ---------------------------------------------------------------- a text handed or read out
#: verbs of the meeting's people receiving something (past), beside ``kind_narration``'s
_RECEIVED = {
    "en": r"\b(?:received|were given|were handed|got|took home|collected)\b",
    "fr": r"\b(?:ont reçu|ont obtenu|se sont vu remettre|ont emporté|ont été remis)\b",
    "es": r"\b(?:recibieron|obtuvieron|se llevaron|les entregaron|se les entregó)\b",
    "ru": r"(?:^|[^\w])(?:получил|получила|получили|унесли|раздали|вручили)(?!\w)",
    "zh": r"(?:领取了|获得了|收到了|拿到了|获赠)",
    "ar": r"(?<!\w)(?:و|ف)?(?:تسلم|تسلمت|تسلموا|استلم|استلمت|استلموا|حصل|حصلوا|تلقى|تلقوا|"
    r"وزعت عليهم|وزع عليهم)(?!\w)",
}
#: what the meeting hands its people: a guide, a leaflet, a certificate, a copy, a kit
_HANDOUT = {
    "en": r"\b(?:guides?|leaflets?|brochures?|handouts?|certificates?|kits?|cop(?:y|ies)|"
    r"materials?|packs?|packets?|booklets?|toolkits?|badges?|manuals?|checklists?|memos?)\b",
    "fr": r"\b(?:guides?|brochures?|dépliants?|certificats?|attestations?|kits?|exemplaires?|"
    r"documentation|livrets?|manuels?|fiches?|mémentos?|pochettes?)\b",
    "es": r"\b(?:guías?|folletos?|certificados?|constancias?|kits?|copias?|materiales|"
    r"material|cuadernillos?|manual(?:es)?|cartillas?|fichas?|carpetas?)\b",
    "ru": r"(?:^|[^\w])(?:памятк|руководств|брошюр|сертификат|буклет|материал|комплект|"
    r"методичк|раздаточн|справочник|свидетельств|диплом|экземпляр)\w*",
    "zh": r"(?:指南|手册|证书|资料|材料|宣传册|折页|纪念品|结业证|工具包)",
    "ar": r"(?<!\w)(?:و|ف|ب|ل)?(?:ال)?(?:دليل|دليلا|كتيب|كتيبا|شهادة|شهادات|مواد|نسخة|نسخا|"
    r"حقيبة|مطويات|مطوية|كراسة|كراسات)(?!\w)",
}
#: how far after the verb of receiving the handout may stand (characters)
_HANDOUT_REACH = {"zh": 20}
_HANDOUT_REACH_DEFAULT = 50
#: a negation: "received no reply", "не получили ответа"
_NEGATION = {
    "en": r"\b(?:no|not|never|nothing|none|neither|without)\b",
    "fr": r"\b(?:ne|n['’]|aucun|aucune|jamais|rien|sans)\b",
    "es": r"\b(?:no|ningún|ninguna|ninguno|nunca|nada|sin)\b",
    "ru": r"(?:^|[^\w])(?:не|ни|никак\w*|без)(?!\w)",
    "zh": r"(?:没有|未|没|无)",
    "ar": r"(?<!\w)(?:لم|لا|لن|ما|دون|بدون)(?!\w)",
}
#: a text read out at the meeting, in the passive
_READ_OUT = {
    "en": r"\b(?:was|were) (?:\w+ )?read out\b|\b(?:was|were) read aloud\b",
    "fr": r"\b(?:a|ont) été (?:\w+ )?lue?s?\b",
    "es": r"\b(?:fue|fueron) (?:\w+ )?leíd[oa]s?\b",
    "ru": r"(?:^|[^\w])(?:был|была|было|были) (?:\w+ )?(?:зачитан|оглашен|оглашён|прочитан)\w*",
    "zh": r"由[^，。]{1,20}宣读|宣读了",
    "ar": r"(?<!\w)(?:و|ف)?(?:تلي|تليت|قرئ|قرئت)(?!\w)",
}
#: "read ... as a threat": a reading of the text, not the text read out
_READ_AS = {
    "en": r"\bas (?:a|an|the)\b",
    "fr": r"\bcomme (?:une?|le|la|les)\b",
    "es": r"\bcomo (?:una?|el|la|los|las)\b",
    "ru": r"(?:^|[^\w])как (?:угроз|вызов|сигнал|призыв|знак)\w*",
    "zh": r"解读为|视为|看作",
    "ar": r"(?<!\w)على أنه(?:ا)?(?!\w)",
}


#: the members of an association, beside the meeting's people of ``kind_narration`` and
#: ``kind_course``
_MEMBERS = {
    "en": r"\b(?:members|participants|attendees|trainees)\b",
    "fr": r"\b(?:adhérents|adhérentes|sociétaires|stagiaires)\b",
    "es": r"\b(?:socios|socias|afiliados|afiliadas|cursillistas)\b",
    "ru": r"(?:^|[^\w])(?:слушател|курсант)\w*",
    "zh": r"(?:会员|学员)",
    "ar": r"(?<!\w)(?:و|ف)?(?:ال)?(?:منتسبون|منتسبين|متدربون|متدربين)(?!\w)",
}


@cache
def _handed_patterns(lang: str) -> dict[str, re.Pattern[str]]:
    flags = re.IGNORECASE
    return {
        "people": re.compile(
            f"(?:{_PARTY[lang]})|(?:{_SUBJECT[lang]})|(?:{_MEMBERS[lang]})", flags
        ),
        "received": re.compile(_RECEIVED[lang], flags),
        "handout": re.compile(_HANDOUT[lang], flags),
        "negation": re.compile(_NEGATION[lang], flags),
        "read": re.compile(_READ_OUT[lang], flags),
        "read_as": re.compile(_READ_AS[lang], flags),
        "part": re.compile(_PART[lang], flags),
    }


#: how far apart the meeting's people and the verb of receiving may stand (characters)
_GAP = {"zh": 16}
_GAP_DEFAULT = 60


def handed(text: str, lang: str) -> bool:
    """Whether ``text`` tells of the meeting's people receiving a handout (no negation), or
    of a text read out at the meeting (the passive, with the meeting or its people named, not
    read "as" something), and makes no claim of its own."""
    if lang not in _RECEIVED:
        return False
    p = _handed_patterns(lang)
    plain = _plain(text, lang)
    if makes_claim(plain, lang) or p["negation"].search(plain):
        return False
    gap = _GAP.get(lang, _GAP_DEFAULT)
    reach = _HANDOUT_REACH.get(lang, _HANDOUT_REACH_DEFAULT)
    for v in p["received"].finditer(plain):
        if not p["handout"].search(plain[v.end() : v.end() + reach]):
            continue
        if any(0 <= v.start() - s.end() <= gap for s in p["people"].finditer(plain[: v.start()])):
            return True
        if lang in ("ar", "es", "ru") and p["people"].search(plain[v.end() : v.end() + 30]):
            return True
    if p["read"].search(plain) and not p["read_as"].search(plain):
        return bool(p["part"].search(plain) or p["people"].search(plain))
    return False


#: Whether ``tells_notes`` reads a text handed or read out too (``handed``): off (docs/quality.md,
#: "a forty-seventh round": on the common evaluation it moved two message rows of a
#: development report file down)
HANDED = False


def notes_of(text: str, lang: str) -> str | None:
    """Which reading holds for ``text``: ``note``, ``speaker``, ``handed`` or None."""
    if note(text, lang):
        return "note"
    if speaker_line(text, lang):
        return "speaker"
    if handed(text, lang):
        return "handed"
    return None


def tells_notes(text: str, lang: str) -> bool:
    """A note or a speaker's line, or, with ``HANDED``, a text handed or read out."""
    read = notes_of(text, lang)
    return read is not None and (HANDED or read != "handed")
