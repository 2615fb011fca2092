"""Descriptions that are not told by the meeting's own people (``synth.kind_model``).

``kind_narration`` reads a description whose subject is the meeting, its members or its
organisers. Many descriptions of a meeting have another shape:

- *the record's housekeeping*: a quorum reached and the shares represented, the minutes
  approved, apologies received, a map or slides put on the screen, an item deferred, a line of
  the budget put to the vote with the figures of the vote, the next meeting's date, slides or a
  recording shared ("Quorum reached with 212 of 340
  shares represented", "Le procès-verbal a été approuvé", "Se proyectó un mapa", "Рассмотрение
  ... перенесено на следующее заседание", "下次会议定于3月14日", "أُرجئ النظر في ...");
- *a body as the subject*: a noun phrase standing for a body, named by the head noun of its
  class whatever its name ("The Users' Group", "L'Office", "El Consejo Rector", "Управление",
  "合作社理事会", "مجلس المستخدمين"), before a verb of meeting life in the past
  (``kind_narration``'s verbs) or a verb of publishing in the future (an output to be
  published after the meeting).

Either reading holds only when the statement makes no claim of its own (``kind_narration``'s
words of a claim and its clauses of reported speech: "The operator should publish ...", "The
agency found that ..." are points). The model reads it only for a statement open to it that its
regression gives more than ``kind_model.HOUSEKEEPING_ABOVE`` (the housekeeping) or
``kind_model.BODIES_ABOVE`` (a body; ``kind_model.BODIES``, on); docs/quality.md, "a fortieth
round", gives what it was measured to do.
"""

from __future__ import annotations

import re
from functools import cache

from forum_messages.nlp.segment import arabic_plain
from forum_messages.synth.kind_narration import SUBJECT_GAP, SUBJECT_GAP_DEFAULT, makes_claim

# ---------------------------------------------------------------- the record's housekeeping
#: each a predicate of the record, not of the world, by its name: a quorum reached, the minutes
#: approved, apologies, an item of the agenda put off, a vote with its figures, the next
#: meeting's date, material shown on the screen or shared after the meeting
_HOUSEKEEPING: dict[str, dict[str, str]] = {
    "quorum": {
        "en": r"\bquorum\b[^.;]{0,30}\b(?:reached|met|present|achieved|confirmed|established)\b|"
        r"\b(?:reached|met|had|confirmed) (?:a |the )?quorum\b",
        "fr": r"\bquorum (?:étant |est |a été )?(?:atteint|constaté|réuni)\b",
        "es": r"\bquórum (?:alcanzado|reunido|suficiente)\b|"
        r"\b(?:se alcanzó|alcanzó|hubo|existe|se constató) (?:el )?quórum\b",
        "ru": r"(?:^|[^\w])кворум\w* (?:имеется|есть|собран|достигнут|обеспечен)",
        "zh": r"达到法定人数|法定人数已足|符合法定人数",
        "ar": r"(?<!\w)(?:و|ف)?(?:اكتمل النصاب|توفر النصاب|النصاب (?:القانوني )?(?:مكتمل|متوفر))",
    },
    "minutes": {
        "en": r"\bminutes\b[^.;]{0,60}\b(?:were|was) (?:approved|adopted|agreed|signed)\b|"
        r"\b(?:approved|adopted|signed) the minutes\b",
        "fr": r"\b(?:procès-verbal|compte rendu)\b[^.;]{0,60}\b(?:approuvé|adopté)\b",
        "es": r"\bacta\b[^.;]{0,60}\b(?:aprobad|firmad|se aprob)\w*|"
        r"\baprob\w+[^.;]{0,30}\bel acta\b",
        "ru": r"(?:^|[^\w])протокол\w*[^.;]{0,60}утвержд\w*",
        "zh": r"(?:纪要|会议记录)[^。；]{0,20}(?:通过|确认|批准|发给|分发)|"
        r"(?:通过|确认|批准)了[^。；]{0,12}(?:纪要|会议记录)",
        "ar": r"(?<!\w)(?:و|ف)?محضر (?:الجلسة|الاجتماع|جلسة|اجتماع)",
    },
    "apologies": {
        "en": r"\bapologies\b[^.;]{0,20}\b(?:were|was) (?:received|given|noted)\b|"
        r"\bapologies for absence\b",
        "fr": r"\bse sont excusé(?:e)?s\b|\bs['’]est excusé(?:e)?\b|\bexcusé(?:e)?s? :",
        "es": r"\bexcus(?:ó|aron) su (?:asistencia|ausencia)\b",
        "ru": r"(?:^|[^\w])по уважительной причине",
        "zh": r"请假|因故缺席",
        "ar": r"(?<!\w)(?:و|ف)?اعتذر(?:ت)? عن (?:عدم )?الحضور",
    },
    "deferred": {
        "en": r"\b(?:item|point|discussion|question|matter|decision|vote|motion)\b[^.;]{0,60}"
        r"\b(?:was|were|is|has been) (?:deferred|postponed|carried over|held over)\b|"
        r"\b(?:deferred|postponed|carried over|held over) (?:to|until) the next "
        r"(?:meeting|session|sitting)\b",
        "fr": r"\b(?:point|examen|question|débat|vote|décision)\b[^.;]{0,60}"
        r"\b(?:reporté|ajourné)e?s?\b|\breporté\w* à la (?:prochaine|session|séance)\b",
        "es": r"\b(?:punto|debate|votación|examen|asunto|discusión)\b[^.;]{0,60}"
        r"\b(?:aplazad|pospuest)[oa]s?\b|\b(?:se aplazó|se pospuso)\b[^.;]{0,40}"
        r"\bhasta la próxima\b",
        "ru": r"(?:^|[^\w])(?:вопрос|рассмотрени|обсуждени|голосовани|пункт)\w*[^.;]{0,60}"
        r"(?:перенесен|перенесён|отложен)\w*",
        "zh": r"(?:议题|议程|讨论|表决|审议)[^。；]{0,20}(?:推迟|延期|暂缓)|推迟至下次会议",
        "ar": r"(?<!\w)(?:و|ف)?(?:أرجئ|ارجئ|أجل|أجلت|تأجيل) (?:النظر|البت|مناقشة|التصويت)",
    },
    "vote": {
        "en": r"\bput to (?:the|a) vote\b|\bby \d+ votes to \d+\b|\b\d+ abstentions?\b",
        "fr": r"\bmise?s? aux voix\b|\b\d+ pour, \d+ contre\b|\b\d+ abstentions?\b",
        "es": r"\b(?:se sometió|se sometieron|sometid[oa]s?) a votación\b|\b\d+ votos a favor\b|"
        r"\b\d+ abstenciones\b",
        "ru": r"(?:^|[^\w])(?:(?:поставлен|вынесен)\w* на голосование|за\s+[—–-]\s+\d+|"
        r"воздержал\w*\s+[—–-]\s+\d+)",
        "zh": r"付诸表决|提交表决|\d+票赞成|\d+票弃权",
        "ar": r"(?<!\w)(?:و|ف)?(?:طرح|طرحت|عرض|عرضت)(?:\s+\S+){0,6}\s+للتصويت|"
        r"\d+ (?:صوتا|أصوات) (?:مؤيد|معارض)",
    },
    "next": {
        "en": r"\bnext (?:meeting|session|sitting|hearing|assembly)\b[^.;]{0,40}"
        r"\b(?:will|is to|is scheduled|is set|is planned)\b",
        "fr": r"\bprochaine (?:séance|réunion|session|assemblée)\b[^.;]{0,40}"
        r"\b(?:aura lieu|se tiendra|est fixée|fixée|prévue)\b",
        "es": r"\bpróxim[oa] (?:reunión|sesión|asamblea|pleno|encuentro)\b[^.;]{0,40}"
        r"\b(?:tendrá lugar|se celebrará|está prevista|queda fijada|se fijó)\b",
        "ru": r"(?:^|[^\w])следующ\w+ (?:заседани|встреч|собрани|сесси)\w*[^.;]{0,40}"
        r"(?:назначен|состоится|пройд|запланирован)\w*",
        "zh": r"(?:下次|下一次)会议[^。；，]{0,10}(?:定于|将于)",
        "ar": r"(?<!\w)(?:و|ف)?(?:(?:سيعقد|ستعقد|موعد) (?:الجلسة|الاجتماع)|(?:الجلسة|الاجتماع) "
        r"(?:المقبلة?|القادمة?) (?:المقررة?|في \d|يوم))",
    },
    "shown": {
        "en": r"\b(?:was|were) (?:put on the screen|projected)\b",
        "fr": r"\b(?:a|ont) été projetée?s?\b",
        "es": r"\bse (?:proyectó|proyectaron)\b",
        "ru": r"(?:^|[^\w])(?:(?:выведен|показан)\w* на экран|на экран (?:был\w* )?"
        r"(?:выведен|показан)\w*)",
        "zh": r"会上(?:展示|分发)了",
        "ar": r"(?<!\w)(?:و|ف)?(?:عرضت|وزعت) (?:خريطة|خرائط|شرائح|صور)",
    },
    "published": {
        "en": r"(?<!which )(?<!that )\b(?:will be|are to be|is to be) (?:published|circulated|"
        r"posted|sent|made available|shared|uploaded)\b",
        "fr": r"(?<!qui )\b(?:sera|seront) (?:publiée?s?|diffusée?s?|mise?s? en ligne|transmise?s?|"
        r"envoyée?s?|communiquée?s?)\b",
        "es": r"(?<!que )\bse (?:publicará|publicarán|difundirá|difundirán|enviará|enviarán|"
        r"remitirá|remitirán)\b|(?<!que )\b(?:será|serán) (?:publicad|difundid|enviad|remitid)"
        r"[oa]s?\b",
        "ru": r"(?<!котор)(?<!которы)(?<!которое)(?<!которая)(?<!которые)(?:^|[^\w])будут? "
        r"(?:опубликован|размещен|размещён|разослан|направлен)\w*",
        "zh": r"(?:将|会)(?:在|于)[^，。]{1,15}(?:网站|平台|公告栏|网页|官网)上?(?:公布|发布|公开)"
        r"(?![^，。]{0,6}的)",
        "ar": r"(?<!التي )(?<!الذي )(?<!\w)(?:و|ف)?(?:ستنشر|ستتاح|سيتاح|سترسل|ستعمم|سيعمم)(?!\w)",
    },
    "shared": {
        "en": r"\b(?:slides|recording|recordings|presentations|minutes|papers)\b[^.;]{0,50}"
        r"\b(?:(?:have|has) been|were|was|are|will be) (?:shared|circulated|posted|sent|"
        r"uploaded|made available|available)\b",
        "fr": r"\b(?:diapositives|supports(?: de présentation)?|enregistrements?|présentations)\b"
        r"[^.;]{0,50}\b(?:sont|seront|ont été) (?:disponibles|mise?s? en ligne|"
        r"transmise?s?|envoyée?s?|diffusée?s?|communiquée?s?)\b",
        "es": r"\b(?:diapositivas|grabación|grabaciones|presentaciones)\b[^.;]{0,50}"
        r"\b(?:se han enviado|se enviaron|se compartieron|están disponibles|estarán disponibles|"
        r"se publicarán|se publicaron|se han publicado|se han compartido)\b",
        "ru": r"(?:^|[^\w])(?:презентаци|видеозапис|слайд)\w*[^.;]{0,50}(?:размещен|размещён|"
        r"разослан|доступн|опубликован|направлен)\w*",
        "zh": r"(?:幻灯片|录音|录像|演示文稿|会议材料)[^。；]{0,20}(?:发给|分享|上传|公布|分发)",
        "ar": r"(?<!\w)(?:و|ف)?(?:العروض التقديمية|شرائح العرض|تسجيل الاجتماع|تسجيل الجلسة)",
    },
}

# ---------------------------------------------------------------- a body as the subject
#: the head noun of a body's class (its name's last or first word, whatever the body is called)
_BODY = {
    "en": r"\b(?:council|board|office|authority|union|association|federation|ministry|agency|"
    r"syndicate|group|cooperative|co-operative|inspectorate|trust|society|institute|"
    r"commission|committee|department|directorate|service|company|operator|secretariat|"
    r"chamber|league|network|alliance|bureau|fund|foundation|partnership|forum|assembly)\b",
    "fr": r"\b(?:conseil|comité|office|agence|autorité|syndicat|union|association|"
    r"fédération|ministère|direction|service|coopérative|inspection|société|institut|"
    r"observatoire|chambre|caisse|régie|commission|secrétariat|réseau|alliance|bureau|fonds|"
    r"fondation|assemblée|groupe|collectif)\b",
    "es": r"\b(?:consejo|comité|oficina|agencia|autoridad|sindicato|unión|asociación|"
    r"federación|ministerio|dirección|servicio|cooperativa|inspección|sociedad|instituto|"
    r"observatorio|cámara|defensoría|naviera|comisión|secretaría|red|alianza|fondo|fundación|"
    r"asamblea|grupo|junta|mancomunidad|colectivo)\b",
    "ru": r"(?:^|[^\w])(?:совет|управлени|агентств|ассоциаци|союз|федераци|министерств|"
    r"ведомств|служб|инспекци|кооператив|товариществ|объединени|палат|фонд|департамент|"
    r"комитет|комисси|секретариат|сеть|альянс|бюро|институт|обществ|групп|собрани)\w*",
    "zh": r"(?:局|署|处|办公室|协会|联合会|工会|合作社|委员会|理事会|公司|部|厅|中心|联盟|"
    r"基金会|研究所|学会|商会|小组|秘书处|论坛|大会)(?![长员])",
    "ar": r"(?<!\w)(?:و|ف)?(?:ل|ب)?(?:ال)?(?:مكتب|وكالة|هيئة|اتحاد|جمعية|نقابة|وزارة|إدارة|"
    r"مديرية|سلطة|تعاونية|مجلس|شركة|مصلحة|دائرة|لجنة|أمانة|شبكة|تحالف|صندوق|مؤسسة|معهد|"
    r"غرفة|فريق|منتدى)(?!\w)",
}

#: a body by its name's form: a determiner and capitalised words opening the statement, the
#: capitals going on after "of" / "de" ("The Customer Council", "The Friends of the Lake Trust",
#: "La Oficina del Defensor", "Le Syndicat des Irrigants"), read case-sensitively; a language whose
#: every noun or sentence opens with a capital gives no such sign
_NAMED = {
    "en": r"^(?:The|Our|Its)\s+(?:[A-Z][\w'’.-]*\s+)*?[A-Z][\w'’-]*"
    r"(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?",
    "fr": r"^(?:Le|La|Les|L['’])\s*[A-ZÉÈ][\w'’-]*(?:\s+[a-zéèêàç]+)?"
    r"(?:\s+(?:de|des|du|de la|d['’]|de l['’])\s*[A-ZÉÈ][\w'’-]*(?:\s+[A-ZÉÈ][\w'’-]*)*)?",
    "es": r"^(?:El|La|Los|Las)\s+[A-ZÁÉÍÓÚÑ][\w-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w-]*)*"
    r"(?:\s+(?:de|del|de la|de los|de las)\s+[A-ZÁÉÍÓÚÑ][\w-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w-]*)*)?",
}

#: a verb of publishing or sending in the future: what a body will do with the record
_WILL_PUBLISH = {
    "en": r"\bwill (?:publish|circulate|send|post|share|make available|issue|report back)\b",
    "fr": r"\b(?:publiera|publieront|diffusera|diffuseront|transmettra|transmettront|"
    r"enverra|enverront|mettra en ligne|communiquera)\b",
    "es": r"\b(?:publicará|publicarán|difundirá|difundirán|enviará|enviarán|remitirá|"
    r"remitirán|compartirá|colgará)\b",
    "ru": r"(?:^|[^\w])(?:опубликует|опубликуют|разошлёт|разошлет|разошлют|направит|"
    r"направят|разместит|разместят|представит отч)\w*",
    "zh": r"将(?:于[^，。]{1,12})?(?:在[^，。]{1,12})?(?:公布|发布|印发|分发|上传|发给)",
    "ar": r"(?<!\w)(?:و|ف)?(?:سينشر|ستنشر|سيرسل|سترسل|سيعمم|ستعمم|سيتيح|ستتيح)(?!\w)",
}

#: verbs of meeting life in the past that ``kind_narration`` does not hold, read only after a body
_MORE_VERBS = {
    "ar": r"(?<!\w)(?:و|ف)?(?:اعتمد|اعتمدت|صادق|صادقت)(?!\w)",
}

#: words that make a body's act a stance (a view presented, a point argued while presenting)
_STANCE = {
    "en": r"\b(?:arguing|warning|stressing|insisting|noting|suggesting|perspective|view|views|"
    r"opinion|hope)\b",
    "fr": r"\b(?:estimant|soulignant|avis|opinion|point de vue|perspective|vision|espoir)\b",
    "es": r"\b(?:perspectiva|visión|opinión|advirtiendo|subrayando|señalando|esperanza)\b",
    "ru": r"(?:^|[^\w])(?:мнени|точк\w* зрени|взгляд|подчеркнув|отметив|надежд)\w*",
    "zh": r"(?:看法|观点|视角|希望)",
    "ar": r"(?<!\w)(?:و|ف)?(?:رؤية|وجهة نظر|رأي|الأمل)(?!\w)",
}
#: a clause's opening before the body: the body is then the subject of a clause within a
#: point ("the hope that the authority will publish", "l'espoir que l'autorité publiera")
_CLAUSE_BEFORE = {
    "en": r"\bthat\b",
    "fr": r"\bqu(?:e\b|['’])",
    "es": r"\bque\b",
    "ru": r"(?:^|[^\w])что(?!\w)",
    "ar": r"(?<!\w)(?:أن|بأن|إن)(?!\w)",
}
#: a body named after "of" / "de" (a person's affiliation: "Ms X of the Y Network") is no
#: subject
_OF_BEFORE = re.compile(
    r"(?:\bof|\bfrom|\bde|\bdel|\bdu|\bdes)\s+(?:the\s+|la\s+|l['’]|le\s+|les\s+|el\s+|"
    r"los\s+|las\s+)?(?:[A-ZÁÉÍÓÚÑÈ][\w'’-]*\s+)*$"
)

#: Chinese verbs of meeting life that end another word ("接听了" answered calls, "打听了")
_ZH_INSIDE = re.compile(r"[接打收探]听了")

#: a month's name "May" beside a day's number is no modal ("on 14 May", "May 3")
_EN_MAY = re.compile(r"\b(?:\d{1,2} May|May \d{1,2})\b")


@cache
def _compiled(
    lang: str,
) -> tuple[dict[str, re.Pattern[str]], re.Pattern[str], re.Pattern[str]] | None:
    if lang not in _BODY:
        return None
    return (
        {name: re.compile(by[lang], re.IGNORECASE) for name, by in _HOUSEKEEPING.items()},
        re.compile(_BODY[lang], re.IGNORECASE),
        re.compile(_WILL_PUBLISH[lang], re.IGNORECASE),
    )


def _plain(text: str, lang: str) -> str:
    plain = (arabic_plain(text) if lang == "ar" else text).strip()
    if lang == "en":
        plain = _EN_MAY.sub("14", plain)
    return plain


def housekeeping_of(text: str, lang: str) -> str | None:
    """The name of the record's housekeeping ``text`` tells of (``quorum``, ``minutes``,
    ``apologies``, ``deferred``, ``vote``, ``next``, ``shown``, ``shared``), None when it tells of
    none or makes a claim of its own."""
    patterns = _compiled(lang)
    if patterns is None:
        return None
    plain = _plain(text, lang)
    if makes_claim(plain, lang):
        return None
    return next((name for name, one in patterns[0].items() if one.search(plain)), None)


def housekeeping(text: str, lang: str) -> bool:
    """Whether ``text`` tells of the record's housekeeping and makes no claim of its own."""
    return housekeeping_of(text, lang) is not None


def body_tells(text: str, lang: str) -> bool:
    """Whether ``text`` has a body (by its class's head noun) as the subject of a verb of
    meeting life in the past or of publishing in the future, and makes no claim."""
    patterns = _compiled(lang)
    if patterns is None:
        return False
    from forum_messages.synth.kind_narration import verb_of_meeting

    plain = _plain(text, lang)
    if makes_claim(plain, lang) or re.search(_STANCE[lang], plain, re.IGNORECASE):
        return False
    _, body, publish = patterns
    named = _NAMED.get(lang)
    clause = _CLAUSE_BEFORE.get(lang)
    subjects = [
        b
        for b in body.finditer(plain)
        if not _OF_BEFORE.search(plain[: b.start()])
        and not (clause and re.search(clause, plain[: b.start()], re.IGNORECASE))
    ]
    if named is not None:
        subjects += [n for n in re.finditer(named, plain) if " " in n.group().strip()]
    gap = SUBJECT_GAP.get(lang, SUBJECT_GAP_DEFAULT)
    verbs = [
        v
        for v in verb_of_meeting(plain, lang)
        if not (lang == "zh" and v.start() and _ZH_INSIDE.match(plain, v.start() - 1))
    ]
    verbs += list(publish.finditer(plain))
    if lang in _MORE_VERBS:
        verbs += list(re.finditer(_MORE_VERBS[lang], plain))
    for v in verbs:
        if any(0 <= v.start() - s.end() <= gap for s in subjects):
            return True
        if lang in {"ar", "es", "ru"} and body.search(plain[v.end() : v.end() + 30]):
            # the verb first ("اعتمد مجلس المستخدمين", "Publicará la Oficina ...")
            head = plain[: v.start()].strip()
            if lang != "ar" or len(head) <= 2:
                return True
    return False


def tells_record(text: str, lang: str) -> bool:
    """Either reading: the record's housekeeping, or a body telling what it did or will
    publish; never with a claim of its own."""
    return housekeeping(text, lang) or body_tells(text, lang)


def reading_of(text: str, lang: str) -> str | None:
    """Which reading ``tells_record`` makes of ``text``: the housekeeping's name, ``body``, or
    None (for counting what a reading finds without reading the statements)."""
    name = housekeeping_of(text, lang)
    if name is not None:
        return name
    return "body" if body_tells(text, lang) else None
