"""Cues that bound the learned description model (see ``synth.kind_model.DescriptiveModel``).

The model reads embeddings, which carry the subject of a statement more than its grammar; these
word lists keep it to statements that could be descriptions at all. ``POLICY_CUES`` are words
that make a statement a point whatever surrounds them (modal verbs and the like): the model
never sets such a statement aside. ``EVENT_CUES`` are words of the event and its people, its
programme and its material (session, speakers, the floor, topics covered, a presentation): a
description of a session speaks of these, so a statement with none of them is a point whatever
the model says of it.
"""

from __future__ import annotations

import re
from functools import cache

from forum_messages.synth.kind_cues_zh import ZH_BARE_CALL

_I = re.IGNORECASE

#: The modals and calls read since the first rounds (``POLICY_CUES`` when ``WRITTEN_CALLS`` is off).
_POLICY_MODALS = re.compile(
    r"\b(?:should|must|need(?:s|ed)? to|the need for|ought|have to|has to|call(?:s|ed)? on|"
    # a call for issues, proposals or papers is how a meeting gathers its programme, no call
    r"call(?:s|ed)? for(?! (?:(?:session |workshop )?proposals|issues|papers|submissions|abstracts|"
    r"inputs?|contributions|applications|nominations|comments|expressions of interest)\b)|"
    r"doi(?:t|vent)|devr(?:ait|aient|ions)|faut|nécessaire|debe(?:n|ría|rían)?|necesario|"
    r"hay que|es preciso)\b|"
    # a Russian modal before "ли" asks a question ("обсудили, нужно ли ..."): no call
    r"\b(?:должн\w*|следует|необходимо|нужно|надо)\b(?!\s+ли\b)|"
    # a Chinese modal after 是否 asks a question ("是否应当 ..."), and 应 in a word that is no
    # modal (应用 application, 供应 supply, 回应 reply, 相应, 适应, 反应, 效应, 应急, 应邀 ...)
    r"(?<!是否)(?:应当|应该|必须|需要|亟需)|呼吁|"
    r"(?<![供回响相适反效感对呼答顺否])应(?![用急邀届变聘试征运声])|"
    r"(?:يجب|ينبغي|يتعين|لا بد|ضرورة)",
    _I,
)

#: The obligations and calls as writers write them beyond the modals above (docs/quality.md,
#: "a sixtieth round"): an Arabic obligation at the head of a sentence ("على الحكومات أن ...",
#: "على وزارات التربية إدراج ..."; not an adverbial "على الرغم", "على مدى", "على هامش" nor a
#: source "على لسان") and a call in the first person plural ("ندعو", not an invitation to attend);
#: a Spanish call in the subjunctive at the head ("Que los reguladores ..."), "tienen que" (not
#: "tienen que ver"), "pedimos", "instamos", "recomienda que", "es indispensable que"; the French
#: "il convient de", "il est urgent de", "sont invités à" (not to bring a phone or to take part),
#: "demandons"; the English "recommends that", "we ask ... to", "urges", "there is a need for",
#: "it is essential that" (not "urged participants to register"); the Russian "нужны" (not
#: "нужна ли", "какие ... нужны"), "призывает", "обязаны", "нельзя" (not "не требуется");
#: the Chinese 务必, 有必要 (not 是否有必要), 亟待, 不得 (not 不得不); and, in every language,
#: the equivalents of "it is essential that". By language (the key names the language of the
#: form; the statement's own language is not read).
_WRITTEN = {
    "ar": (
        r"(?:^|[.؛:!؟]\s*)[«\"]?و?على (?!(?:ال)?(?:رغم|هامش|مدى|مدار|مستوى|صعيد|سبيل|غرار|امتداد|"
        r"خلاف|عكس|نقيض|ضوء|أساس|إثر|أثر|طول|حد|ذم|ذمة|ذمّة|لسان|يد|رأس|وقع|وجه|فور|أقل|أي|أن)"
        r"(?!\w))\w|"
        r"(?<!\w)[وف]?(?:ندعو|نطالب|نحث|نناشد)(?!\w)"
        r"(?!(?:كم)?(?: \S+){0,3} (?:إلى|الى) (?:حضور|المشاركة|معرض|التسجيل|زيارة|الانضمام))|"
        r"من (?:الضروري|الواجب|اللازم)"
    ),
    "es": (
        r"^\s*[«\"]?Que (?:el|la|los|las|ningún|ninguna|cada|todo|toda|todos|todas|se|nuestros?|"
        r"nuestras?|este|esta|estos|estas)\b|"
        r"\b(?:tiene|tienen|tendría|tendrían|tenemos|tendremos) que\b(?! ver\b)|"
        r"\b(?:pedimos|instamos|exhortamos|exigimos|urgimos)\b"
        r"(?! (?:disculpas|perdón|paciencia)\b)|"
        r"\bpiden? a\b|\brecomienda(?:n|mos)? que\b|\bse requiere\b|\burge (?:que|a)\b|"
        r"\bes (?:urgente|indispensable|imprescindible|esencial|fundamental) "
        r"(?:que\b|[a-záéí]+(?:ar|er|ir)\b)"
    ),
    "fr": (
        r"\bil (?:convient|importe) d|"
        r"\bil est (?:urgent|essentiel|indispensable|impératif|crucial|primordial|temps) "
        r"(?:de |d['’]|que )|"
        r"\b(?:demandons|exhortons|appelons (?:à|les|tous|toutes|l['’]ensemble))\b|"
        r"\b(?:sont|est) (?:invité|invitée|invités|invitées|appelé|appelés|appelée|appelées) à "
        r"(?!(?:apporter|participer|assister|rejoindre|s['’]inscrire|prendre|poser|se présenter|"
        r"venir|visiter|consulter|remplir)\b)"
    ),
    "en": (
        r"\b(?:recommend(?:s|ed)? that|we ask (?!(?:whether|if|why|how|what)\b)|we urge|urges|"
        r"urged(?! (?:participants|attendees|everyone|delegates|the audience|those present) to "
        r"(?:register|join|attend|sign|submit|visit|fill|complete|stay|take))|"
        r"there is an? (?:urgent |pressing |clear |real )?need (?:for|to)|"
        r"it is (?:essential|vital|critical|crucial|imperative|urgent) (?:that|to))\b"
    ),
    "ru": (
        r"^(?![\s\S]*\bкак(?:ие|ая|ой|ое)\s+(?:\w+\s+){0,2}нужн)[\s\S]*?\bнужн(?:а|ы)\b(?!\s+ли\b)|"
        r"\bпризыва\w*|\bпризвал\w*|"
        r"\bобязаны?\b|\bобязана\b|\bнельзя\b|(?<!не )\bтребуется\b|\bважно,? чтобы\b"
    ),
    "zh": (r"务必|(?<!是否)有必要|亟待|(?<!不)不得(?!不)"),
}
#: The forms of ``_WRITTEN`` that ``POLICY_CUES`` also reads, by the key of their language
#: (docs/quality.md, "a sixtieth round"); empty: the modals alone, as before that round.
WRITTEN_CALLS: frozenset[str] = frozenset()


@cache
def _written(keys: frozenset[str]) -> re.Pattern[str] | None:
    """The forms of the languages named, as one pattern (none when no language is)."""
    if not keys:
        return None
    return re.compile("|".join(_WRITTEN[k] for k in sorted(keys)), _I)


class _PolicyCues:
    """``POLICY_CUES``: the modals (``_POLICY_MODALS``), and in ``search`` the obligations and
    calls as writers write them of the languages ``WRITTEN_CALLS`` names (``_WRITTEN``); the
    setting is read at each call, so the modules that imported the name follow it."""

    @property
    def pattern(self) -> str:
        extra = _written(WRITTEN_CALLS)
        return (
            _POLICY_MODALS.pattern if extra is None else f"{_POLICY_MODALS.pattern}|{extra.pattern}"
        )

    def search(self, text: str) -> re.Match[str] | None:
        found = _POLICY_MODALS.search(text)
        extra = _written(WRITTEN_CALLS)
        if found is None and extra is not None:
            found = extra.search(text)
        return found

    def match(self, text: str) -> re.Match[str] | None:
        """The modals alone: the grammar skeleton (``kind_skeleton``) keeps the words that match
        here, and its fitted weights were fitted on these."""
        return _POLICY_MODALS.match(text)


POLICY_CUES = _PolicyCues()

_EN = (
    r"session|workshop|panel|speaker|participant|moderat|organi[sz]er|organi[sz]ed|presenter|"
    r"presented|presentation|round ?table|audience|attendee|q&a|transcript|agenda|"
    r"lightning talk|open forum|(?:the|this) (?:discussion|debate|conversation|exchange|forum)|"
    r"chair(?:ed|ing)?|hosted|keynote|rapporteur|room|(?:the|our) (?:meeting|programme|program)|"
    r"attention (?:shifted|turned|moved)|"
    # the people, the material and the programme of a meeting (words of a meeting, not of a
    # policy): contributors, delegations, topics covered, views shared, what followed
    r"contributor|discussant|delegation|expert|the floor|breakout|"
    r"(?:topics?|issues?|themes?|questions?|areas?) (?:covered|raised|discussed|addressed|"
    r"examined|explored|tackled|touched)|(?:perspectives|views|viewpoints|experiences|insights|"
    r"ideas|examples) (?:were|was) |(?:followed|ensued)\b|(?:was|were) (?:launched|unveiled|"
    r"showcased|introduced|presented|shared|discussed|examined|explored|addressed|covered)|"
    r"overview|walked (?:the|participants|attendees)|took the floor|closing|opening|welcom|"
    r"thanked|(?:the|this|our|their) (?:report|summary|notes|toolkit|guide)|hour|minutes"
)
_FR = (
    r"séance|atelier|table ronde|intervenant|panéliste|panel|modérat|organisat(?:eur|rice)|"
    r"organisé|présenté|les échanges|la discussion|le débat|présid|accueilli|rapporteur|"
    r"programme comprenait|les travaux|la rencontre|l['’]attention|thèmes ont été|forum|"
    r"la parole|la salle|participant|expert|réuni|s['’]est (?:tenu|déroulé|ouvert|achevé|"
    r"clôturé)|thèmes? abordés?|ont partagé|ont été (?:présenté|abordé|examiné|évoqué|"
    r"formulé)|compte rendu|le présent|tour de table"
)
_ES = (
    r"sesión|taller|mesa redonda|ponente|panel|participante|moderad|organizad|presentó|"
    r"expositor|relatoría|la discusión|el debate|la conversación|el intercambio|presidi|"
    r"acogid|relator|el encuentro|el programa|la atención|temas como|foro|plenaria|apertura|"
    r"bloque|mesas? de trabajo|participaron|asistentes|público|orador|experto|"
    r"temas tratados|se (?:abordaron|abordó|trataron|realizaron|realizó|generó|compartieron|"
    r"presentó|presentaron|discutieron|analizaron|examinaron)|intercambio|este informe|"
    r"este espacio|ronda"
)
_RU = (
    r"сесси|секци|дискусси|панел|семинар|круглый стол|докладчик|спикер|участник|модератор|"
    r"организатор|выступающ|представил|стенограм|председательств|принимающ|выступавш|"
    r"повестк|заседани|внимание|ведущ|встреч|форум|мероприяти|эксперт|слово|доклад|"
    r"презентаци|блок|ниже|излож|поделил|обсуждал(?:ись|ся|ась|ось)|рассмотрен|затронут|"
    r"отч[её]т|обсуждени|тем[аыой]? (?:обсуждения|дискуссии)|вопрос\w* из зала|состоял|"
    # what was done at a meeting, told in the past: spoke, organised, held, dedicated to,
    # discussed, reviewed, touched on; its audience
    r"выступил|выступлени|организова|проведен|проходил|посвящ|обсудили|рассмотрели|"
    r"затронул|модерировал|слушател|аудитори"
)
_ZH = (
    r"会议|研讨会|论坛|讨论|环节|嘉宾|发言|与会|主持|主办|承办|现场|线上|提问|问答|演讲|"
    r"议程|东道主|记录员|话题|会上|纪要|专家|代表|介绍了|分享了|回顾了|发布了|圆桌|"
    r"活动|报告|主席|参与者|参会|"
    # the other names of a meeting and its parts, its audience, and what was done there, told
    # with the aspect marker (探讨了, 交流了 ...)
    r"工作坊|座谈|交流会|分享会|发布会|分会|场次|本场|本次|此次|议题|听众|观众|主讲|与谈|"
    r"出席|组织者|组织方|辩论|直播|致辞|开幕|闭幕|探讨了|交流了|讲述了|展示了|阐述了|梳理了"
)
_AR = (
    r"الجلسة|جلسة|ورشة|حلقة النقاش|النقاش|المناقشة|ندوة|المتحدث|المشارك|أدار|نظّم|المنظم|"
    r"الحضور|الأسئلة|المضيفة|اللقاء|جدول الأعمال|الاهتمام|المداخلات|المقرر|مقرر|المحاور|"
    r"المطروحة|المنتدى|منتدى|عرض|استعرض|الحاضرون|الحاضرين|الخبراء|التقرير|افتتح|اختتم|"
    r"الحديث|خصص|خُصص"
)
EVENT_CUES = re.compile(
    rf"\b(?:{_EN}|{_FR}|{_ES}|{_RU})|(?:{_ZH})|(?:{_AR})",
    _I,
)

#: More words of a meeting, for the model's gate only (``DescriptiveModel.decide``; the grammar
#: skeleton keeps ``EVENT_CUES`` alone, so the fitted weights do not depend on these): a
#: committee's proceedings (draft resolutions, recorded votes, adopted without a vote, the
#: general debate) and the other forms of a meeting (a webinar, a podcast, a gathering, the
#: speaking queue and the chat), in the six languages.
GATE_CUES = re.compile(
    r"\b(?:committee|gathering|draft resolution|recorded vote|without a vote|webinar|podcast|"
    r"newcomer|speaking queue|the chat|"
    r"comité|questions posées|sans vote|projets? de résolution|webinaire|débat général|"
    r"sin votación|proyectos? de resolución|seminario web|debate general|"
    r"комитет|без голосовани|проект\w* резолюц|вебинар|общих прени)|"
    r"研讨|委员会|决议草案|一般性辩论|"
    r"نوقشت|لجنة|اللجنة|مشاريع القرارات|مشروع قرار|دون تصويت|المناقشة العامة",
    _I,
)

#: The grammar of a proposal or a recommendation ("It was proposed to create ...", "Se propuso
#: crear ...", "建议设立 ...") and a Russian call written as an infinitive ("Проводить
#: кампании ..."), and a Chinese call written with no subject ("支持……"): a point, however
#: close its subject is to a description's. Only the learned model reads these (the patterns
#: do not; ``ask.read`` reads the Chinese one, and an Arabic verbal noun, as calls).
CALL_CUES = re.compile(
    r"\b(?:it was proposed|propos(?:e|es|ed|ing) (?:to|that)|recommend(?:s|ed|ing)?|"
    # a suggestion is a proposal ("suggested clearer tagging of sessions", "sugirió crear ...")
    r"suggest(?:s|ed|ing)?|sugg[èé]r(?:e|ent|é|ée|és|ées|ons)|sugi(?:ere|eren|rió|rieron)|"
    r"propose(?:nt|ons)?|recommand(?:e|é|ée|és|ées|ent|ons)|propus(?:o|ieron)|"
    r"propon(?:e|en|emos)|recom(?:ienda|iendan|endó|endaron|endamos)|предложено|"
    r"предлож(?:ить|ено)|рекомендова(?:но|ть)|рекоменду(?:ет|ют|ется))\b|"
    r"^\s*(?:建议|提议)|(?<!\w)[وف]?(?:اقترح|يقترح|أوصى|يوصي|توصي)(?!\w)|"
    r"^\s*[А-ЯЁ][а-яё]+[аяиеу](?:ть|ться)\b|"
    # a Chinese call with no subject nor modal ("支持……", "推动……"): ``kind_cues_zh``. The Arabic
    # verbal noun at a message's head (``kind_cues_ar.AR_BARE_CALL``) is not here (quality.md)
    rf"{ZH_BARE_CALL.pattern}",
    _I,
)


#: Calls the wide regression (``kind_model.WIDE_TRAINING``, read only in the register of a record)
#: may not set aside: a call with its caller ("urged organisers to reserve ...", "instó a los
#: organizadores a ...", "призвал ..."), and a Spanish or French call written as an infinitive at
#: the head of the statement ("Incluir en cada proyecto ...", "Renouveler le mandat ..."), which
#: the records' agenda lines and verbless descriptions draw it to (docs/quality.md, "a
#: thirty-fifth round"). The infinitive is read by its ending, its first word capitalised, with
#: the common words of those endings that open a description left out.
WIDE_CALLS = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|inst(?:a|an|ó|aron)\s+a|exhort\w*|призвал\w*|призыва\w*)\b",
    _I,
)
WIDE_INFINITIVE = {
    "es": re.compile(r"^\s*(?!Ayer\b)[A-ZÁÉÍÓÚ][a-záéíóúñ]+(?:ar|er|ir)(?:se|lo|la|los|las)?\b"),
    "fr": re.compile(
        r"^\s*(?!(?:Hier|Premier|Dernier|Notre|Votre|Entre|Contre|Outre|Atelier|Quatre|Autre|"
        r"Cadre|Titre|Ordre|Centre|Membre|Lettre|Semestre|Trimestre|Registre|Chiffre)\b)"
        r"[A-ZÉÀ][a-zéèêàâîôûç]+(?:er|ir|re)\b"
    ),
}


def wide_call(text: str, lang: str) -> bool:
    """Whether the wide regression must leave the statement alone (``WIDE_CALLS``,
    ``WIDE_INFINITIVE``)."""
    head = WIDE_INFINITIVE.get(lang)
    return bool(WIDE_CALLS.search(text)) or (head is not None and bool(head.search(text)))
