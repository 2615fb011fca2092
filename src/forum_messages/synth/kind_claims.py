"""Points that speak the event's vocabulary (``synth.kinds``, behind ``ON``): a sentence that a
description cue reads, but that makes a claim of its own, is no description (docs/quality.md,
"a sixty-eighth round").

The description cues key on the words of the meeting (the questions from the floor, a poll, the
session, its speakers and participants); the same words begin points ("Questions from the floor
about licence fees must be answered by the regulator.", "Вопросы из зала касались платы ..., и
министерство обязано на них ответить.", "现场投票显示，多数参会者希望……"). Four shapes make
the claim, in the six languages:

- *the questions from the floor, a question-and-answer segment, a part of the session or a poll
  as the subject of a modal of obligation or of a finding* ("... must be answered", "... should
  take up half of every session", "A live poll showed that ...", "Las preguntas del público
  ... deben responderse", "Un sondage a montré que ...", "Вопросы слушателей ... заслуживают
  ответа", "问答环节应当……", "أسئلة الحضور ... تستحق ..."), with no verb of a description
  before it ("Questions from the floor focused on what the ministry should do" stays one) and
  a question after the finding ("Блиц-опрос в начале показал, какие темы волнуют зал." stays
  one);
- *a clause that draws a finding or a harm from the session* (", which shows that ...", ",
  which shut out ...", ", lo que dejó fuera ...", ", ce qui a exclu ...", ", что исключило
  ...", "، مما أقصى ...");
- *a second clause with a modal of obligation* ("..., but such meetings must become regular",
  "..., and that has to change"), no question word before the modal;
- *people telling their experiences and then calling for something* ("... shared their
  experiences and called on the ministry to ...", "... y exigieron que ...", "... et ont
  demandé ...").

``claims`` reads one sentence (the whole of it, as ``kinds`` matches its cues); ``kinds`` asks it
only of a sentence that a description pattern reads, and then does not set the sentence aside.
"""

from __future__ import annotations

import re
from functools import cache

from forum_messages.nlp.segment import arabic_plain

#: Whether a sentence in the event's vocabulary that makes a claim of its own stays a point
#: (the sixty-eighth round, docs/quality.md).
ON = True

_I = re.IGNORECASE

#: a modal of obligation, or a verb saying what something needs or deserves
_MODAL = {
    "en": r"\b(?:must|should|shall|ought to|need to|needs to|have to|has to|will have to|deserves?|"
    r"requires?|cannot|can't|may not|(?:is|are) (?:no substitute|no replacement|not enough))\b",
    "es": r"\b(?:debe|deben|debería|deberían|tiene que|tienen que|hay que|merece|merecen|"
    r"requiere|requieren|necesita|necesitan|no puede|no pueden|exige|exigen)\b",
    "fr": r"\b(?:doit|doivent|devrait|devraient|il faut|mérite|méritent|exige|exigent|"
    r"nécessite|nécessitent|ne peut|ne peuvent)\b",
    "ru": r"(?<!\w)(?:должн\w*|обязан\w*|следует|нужно|надо|необходимо|нельзя|требу(?:ет|ют)|"
    r"заслужива(?:ет|ют)|нужда(?:ется|ются)|не мо(?:жет|гут))(?!\w)",
    "zh": r"(?:应当|应该|必须|需要|不能|不得|值得|理应|须)",
    "ar": r"(?<!\w)(?:يجب|ينبغي|لا بد|لابد|تستحق|يستحق|تتطلب|يتطلب|تحتاج|يحتاج|لا يمكن)(?!\w)",
}
#: a finding drawn from it
_FINDING = {
    "en": r"\b(?:made clear|make clear|makes clear|showed|show|shows|revealed|reveals?|"
    r"demonstrated|demonstrates?|proved|proves?|confirmed|confirms?|suggested|suggests?) that\b",
    "es": r"\b(?:mostró|muestra|muestran|mostraron|reveló|revela|revelan|demostró|demuestra|"
    r"demuestran|evidenció|evidencia|dejó claro|indicó|indica|confirmó|confirma) que\b",
    "fr": r"\b(?:a montré|ont montré|montre|montrent|a révélé|révèle|révèlent|a démontré|"
    r"démontre|démontrent|prouve|a prouvé|a confirmé|confirme|indique|a indiqué) qu(?:e\b|['’])",
    "ru": r"(?<!\w)(?:показал\w*|показыва(?:ет|ют)|выявил\w*|продемонстрировал\w*|"
    r"доказ(?:ал|ыва)\w*|свидетельству(?:ет|ют)(?: о том)?|подтвердил\w*),? что(?!\w)",
    "zh": r"(?:显示|表明|说明|证明|发现|反映出)(?![^。]*(?:哪些|什么|如何|是否|怎样|多少))",
    "ar": r"(?<!\w)(?:أظهر|اظهر|أظهرت|اظهرت|كشف|كشفت|أثبت|اثبت|أثبتت|بين|بينت)(?:ت)?(?!\w)",
}
#: the questions from the floor, a question-and-answer segment, a part of the session, a poll
_SUBJECT = {
    "en": r"^(?:the |a |an |all |any |future |these |such )?(?:(?:short |quick |brief |live |"
    r"online |snap )*(?:poll|survey|show of hands)|q ?& ?a(?: \w+)?|"
    r"question(?:s)?[- ]and[- ]answers?(?: \w+)?|open floor(?: \w+)?|audience questions|"
    r"questions(?: and comments)? (?:from|by|of) "
    r"the (?:floor|audience|room|public|participants)|(?:first|second|third|final|last|next) "
    r"(?:part|segment|half|round|block|section) of (?:the|this|each|every) (?:session|workshop|"
    r"panel|discussion))\b",
    "es": r"^(?:las |los |la |el |una |un )?(?:(?:preguntas|intervenciones|comentarios)(?: y "
    r"comentarios)? (?:del público|de la audiencia|de la sala|de los asistentes|de los "
    r"participantes)|(?:ronda|sesión|turno) de preguntas(?: y respuestas)?|(?:breve |rápida |"
    r"rápido )?(?:encuesta|sondeo|votación)(?: en vivo| rápida| rápido| en línea)?)\b",
    "fr": r"^(?:les |la |le |une |un )?(?:(?:questions|interventions)(?: et remarques)? (?:du "
    r"public|de la salle|des participants|de l['’]assistance)|(?:séance|session|séquence|temps) "
    r"de questions(?:-réponses)?|(?:court |petit |bref |rapide )?(?:sondage|vote|questionnaire)"
    r"(?: en direct| en ligne| éclair)?)\b",
    "ru": r"^(?:(?:вопросы|реплики) (?:из зала|слушателей|участников|аудитории|от аудитории|"
    r"зрителей)|(?:онлайн-|блиц-)?(?:опрос|голосование))(?!\w)",
    "zh": r"^(?:(?:现场|听众|观众|与会者的?|参会者的?)(?:提问|问题)|(?:问答|互动|提问)环节|"
    r"(?:通过)?(?:一次|一个|一场)?(?:简短的?|小)?(?:现场|快速|在线)(?:投票|调查|问卷调查))",
    "ar": r"^(?:و)?(?:(?:أسئلة|اسئلة|مداخلات|تساؤلات) (?:الحضور|الجمهور|القاعة|المشاركين)|"
    r"(?:فقرة|جلسة) (?:الأسئلة|الاسئلة)|(?:استطلاع|تصويت|استبيان)(?: فوري| سريع)?)(?!\w)",
}
#: what may stand between that subject and the modal: no verb of a description and no question
#: word (then the modal is inside what was asked or looked at)
_GAP = {
    "en": r"(?:(?!\b(?:whether|how|what|why|which|who|whom|where|when|if|that|was|were|is|are|"
    r"focused|focussed|centred|centered|concerned|dealt|turned|touched|addressed|discussed|"
    r"explored|examined|looked|considered|covered|raised|asked|ranged|revolved)\b)[^.;:!?])*?",
    "es": r"(?:(?!\b(?:cómo|qué|si|cuál|cuáles|quién|quiénes|dónde|cuándo|que|fue|fueron|era|"
    r"eran|se centr\w*|trat\w*|abord\w*|gir\w*|vers\w*|se refiri\w*|se concentr\w*)\b)[^.;:!?])*?",
    "fr": r"(?:(?!\b(?:comment|si|pourquoi|quel|quelle|quels|quelles|qui|que|qu|ont porté|a porté|"
    r"portaient|portait|se sont|concern\w*|étaient|était|sont|est)\b)[^.;:!?])*?",
    "ru": r"(?:(?!(?<!\w)(?:как|что|ли|почему|какие|какой|какая|кто|где|когда|касал\w*|каса\w*|"
    r"были|был|была|посвящен\w*|затрагивал\w*|сосредоточил\w*)(?!\w))[^.;:!?])*?",
    "zh": r"(?:(?!集中|聚焦|围绕|涉及|讨论|探讨|如何|是否|怎样|哪些|什么|为何)[^。；;！？])*?",
    "ar": r"(?:(?!(?<!\w)(?:كيف|هل|ما إذا|لماذا|ماذا|تركزت|دارت|تمحورت|انصبت)(?!\w))[^.؛;:!؟?])*?",
}
#: a clause drawing a finding or a harm from what the session was or did
_DRAWN = {
    "en": r", which (?:shows?|showed|suggests?|suggested|proves?|proved|means|meant|confirms?|"
    r"confirmed|demonstrates?|demonstrated) that\b|, which (?:excluded|excludes|shut out|shuts "
    r"out|left out|leaves out|kept away|keeps away|kept out|keeps out)\b",
    "es": r", lo que (?:muestra|mostró|demuestra|demostró|revela|reveló|confirma|confirmó|"
    r"dejó fuera|deja fuera|excluyó|excluye|impidió|impide)\b",
    "fr": r", ce qui (?:montre|a montré|démontre|a démontré|prouve|a prouvé|révèle|a révélé|"
    r"confirme|a confirmé|a exclu|exclut|a laissé de côté|laisse de côté|a tenu à l['’]écart|"
    r"a privé|prive)\b",
    "ru": r", (?:что|это) (?:показывает|показало|доказывает|доказало|подтверждает|подтвердило|"
    r"свидетельствует|исключило|исключает|оставило за бортом|лишило|лишает)(?!\w)",
    "zh": r"[，,](?:这|此举|这一点)(?:也)?(?:说明|表明|证明|显示)",
    "ar": r"[،,] ?(?:مما|ما) (?:أقصى|اقصى|استبعد|حرم|أظهر|اظهر|يظهر|يدل|دل|يثبت|أثبت|اثبت|"
    r"يؤكد|أكد|اكد)(?!\w)",
}
#: a second clause with a modal of obligation
#: (not after a semicolon: a notice's housekeeping, "...; badges must be worn at all times", is
#: a description; Chinese joins its clauses with a comma, a conjunction or not)
_SECOND = {
    "en": r", (?:but|yet|and|so) (?:(?:that|this|it) )?",
    "es": r", (?:pero|y|aunque|sin embargo|así que) ",
    "fr": r", (?:mais|et|or|pourtant|donc) ",
    "ru": r", (?:и|но|а|однако|поэтому) ",
    "zh": r"[，,](?:但|但是|而|并且|所以|因此)?",
    "ar": r"[،,] ?(?:لكن|ولكن|غير أن|إلا أن|الا ان|و)",
}
#: people telling their experiences, then calling for something
_CALLED = {
    "en": r"\band (?:then |also )?(?:called (?:on|for|upon)|urged|demanded|insisted|pressed for|"
    r"appealed|asked (?:that|for))\b",
    "es": r"\by (?:luego |también )?(?:exigieron|pidieron|reclamaron|instaron|exhortaron|"
    r"urgieron|demandaron)\b",
    "fr": r"\bet (?:ont |a )?(?:aussi |ensuite )?(?:demandé|exigé|réclamé|appelé|plaidé|insisté|"
    r"exhorté)\b",
    "ru": r"(?<!\w)и (?:затем |также )?(?:призвал\w*|потребовал\w*|попросил\w*|настаивал\w*|"
    r"предложил\w*)(?!\w)",
    "zh": r"(?:并|并且|同时)(?:呼吁|要求|敦促|建议)",
    "ar": r"(?<!\w)و(?:طالبوا|طالب|طالبت|حثوا|حث|حثت)(?!\w)",
}


@cache
def _claim(lang: str) -> re.Pattern[str]:
    code = lang if lang in _MODAL else "en"
    gap, modal, finding = _GAP[code], _MODAL[code], _FINDING[code]
    shapes = (
        rf"{_SUBJECT[code]}{gap}(?:{modal}|{finding})",
        _DRAWN[code],
        rf"(?:{_SECOND[code]}){gap}{modal}",
        _CALLED[code],
    )
    return re.compile("|".join(f"(?:{s})" for s in shapes), _I)


def claims(sentence: str, lang: str) -> bool:
    """Whether one sentence in the event's vocabulary makes a claim of its own (one of the four
    shapes), settings aside."""
    plain = arabic_plain(sentence) if lang == "ar" else sentence
    plain = re.sub(r"^[\s\"'“”«»„‘’()\[\]—–-]+", "", plain).strip()
    return bool(_claim(lang).search(plain))
