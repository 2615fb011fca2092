"""Descriptions told by their form, in the six languages (``synth.kinds``): a heading of the
meeting's frame before a colon, what a session set out to do, thanks, and questions left open.

- **Headings**: a programme or a note lists the meeting's roles and particulars as "label:
  value" ("- Moderator: ...", "• Durée : 90 min • Format : table ronde", "发言人：……",
  "• المدة: 90 دقيقة"). The label names a role or a particular of the meeting (who moderated,
  spoke or took notes; its length, format, languages, place, groups, a photo's credit), never
  its content: "Outcome: public agencies should ..." is no heading of this kind.
- **The aim of the session**: "The aim of the session was to ...", "La séance avait pour
  objectif de ...", "本场会议的目的是……": what it set out to do, in the past, about the event
  (a point may say what regulation should aim at).
- **Thanks and credits**: "Special thanks go to ...", "Un grand merci aux ...", "特别感谢……"
  ("Thanks to community networks, ..." is a cause, not thanks).
- **Questions left open**: "Questions that remained open included ...", "Открытыми остались
  вопросы ...": questions named without an answer.
"""

from __future__ import annotations

# the start of a programme line: bullets, dashes and spaces
_START = r"^[\s•·*\-–—]*"
_LABEL_EN = (
    r"(?:moderators?|moderated by|chairs?|co-chairs?|chaired by|facilitators?|rapporteurs?|"
    r"note-?takers?|speakers|panel+ists?|presenters|discussants|organi[sz]ers?|"
    r"co-organi[sz]ers?|hosts?|hosted by|duration|format|languages?|venue|room|date|time|"
    r"interpretation|breakout groups?|working groups?|session type|track|photo|credits?|"
    r"keynote(?: speaker)?|opening remarks|closing remarks|respondents to the panel)"
)
_LABEL_FR = (
    r"(?:modérat(?:eur|rice)s?|modération|animat(?:eur|rice)s?|animation|présidence|"
    r"président(?:e)?|rapporteu(?:r|se)s?|rapporteur général|intervenant(?:e)?s?|"
    r"panélistes?|orat(?:eur|rice)s?|organisat(?:eur|rice)s?|co-?organisat(?:eur|rice)s?|"
    r"durée|format|formule|langues?|lieu|salle|date|horaire|interprétation|"
    r"groupes? de travail|ateliers? parallèles|photo|crédits?|au programme)"
)
_LABEL_ES = (
    r"(?:moderador(?:a|es|as)?|moderación|presidencia|presidente|relator(?:a|es|as)?|"
    r"relatoría|ponentes?|panelistas?|oradores?|organizador(?:a|es|as)?|"
    r"coorganizador(?:a|es|as)?|duración|formato|idiomas?|lugar|sede|sala|fecha|horario|"
    r"interpretación|grupos de trabajo|mesas de trabajo|foto|crédito|créditos)"
)
_LABEL_RU = (
    r"(?:модератор(?:ы)?|модерация|ведущ(?:ий|ая|ие)|председатель|докладчик(?:и)?|"
    r"спикер(?:ы)?|выступающие|эксперты|участники дискуссии|организатор(?:ы)?|"
    r"соорганизатор(?:ы)?|продолжительность|длительность|формат|язык(?:и)?|"
    r"рабочие языки|место(?: проведения)?|зал|дата|время|синхронный перевод|перевод|"
    r"рабочие группы|фото|на фото)"
)
_LABEL_ZH = (
    r"(?:主持人|主持|主席|报告员|记录员|发言人|发言嘉宾|嘉宾|演讲人|主讲人|与谈人|"
    r"主办方|主办单位|承办单位|协办单位|联合主办|时长|时间|日期|地点|会场|形式|语言|"
    r"工作语言|同声传译|分组|摄影|图片来源)"
)
_LABEL_AR = (
    r"(?:الميسر|الميسرة|مدير الجلسة|مديرة الجلسة|رئيس الجلسة|رئيسة الجلسة|المقرر|المقررة|"
    r"المتحدثون|المتحدثين|المتحدثات|المشاركون في النقاش|المنظمون|الجهة المنظمة|الجهات المنظمة|"
    r"المدة|الصيغة|الشكل|اللغات|اللغة|المكان|القاعة|التاريخ|التوقيت|الترجمة الفورية|"
    r"مجموعات العمل|الصورة|تصوير)"
)


def _heading(label: str) -> str:
    """A heading of the meeting's frame before a colon, not followed by a call."""
    return (
        rf"{_START}{label}\s*[:：]\s*(?![^.。]*(?:should|must|need to|devrai|doit|doivent|deben|"
        r"debe|deberían|должн|нужно|необходимо|应当|应该|必须|需要|يجب|ينبغي))"
    )


_EN_EVENT = (
    r"(?:session|workshop|panel|meeting|discussion|dialogue|forum|roundtable|event|exercise)"
)

LABELS: dict[str, list[str]] = {
    "en": [
        _heading(_LABEL_EN),
        rf"^(?:the )?(?:main |overall |stated )?(?:aim|goal|purpose|objective)s? of "
        rf"(?:the|this|our) {_EN_EVENT} (?:was|were)\b",
        rf"^(?:the|this) {_EN_EVENT} (?:aimed|sought|set out|was designed|was meant) to\b",
        r"^(?:special|many|sincere|warm|our|heartfelt) thanks (?:go |are due )?to\b",
        r"^(?:thanks|gratitude) (?:go|goes|are due|is due) to\b",
        r"^(?:the )?(?:questions|issues) (?:that )?(?:remained|were left|left) (?:open|"
        r"unanswered|unresolved)\b",
        r"^(?:open|unanswered|unresolved) questions (?:included|were|remained)\b",
    ],
    "fr": [
        _heading(_LABEL_FR),
        r"^(?:la séance|l['’]atelier|le panel|la réunion|la discussion|le débat|la table ronde)"
        r" (?:avait|visait|cherchait) (?:pour (?:objectif|but|ambition) )?(?:de|à)\b",
        r"^(?:l['’]objectif|le but|la finalité) (?:de la séance|de l['’]atelier|du panel|de la "
        r"réunion|de la discussion|du débat|de la table ronde) (?:était|consistait)\b",
        r"^(?:un grand |tous nos |nos vifs |nos sincères )?(?:merci|remerciements) (?:à|aux)\b",
        r"^parmi les questions (?:restées|laissées) (?:ouvertes|sans réponse)\b",
        r"^(?:les )?questions (?:restées|laissées) (?:ouvertes|sans réponse)\b",
    ],
    "es": [
        _heading(_LABEL_ES),
        r"^(?:el|la) (?:objetivo|propósito|finalidad|meta) de(?:l| la) (?:sesión|taller|panel|"
        r"reunión|diálogo|conversatorio|mesa redonda|foro) (?:era|fue|consistía)\b",
        r"^(?:la sesión|el taller|el panel|la reunión|el diálogo|el conversatorio) "
        r"(?:buscaba|pretendía|tenía como (?:objetivo|propósito))\b",
        r"^(?:un )?(?:agradecimiento|agradecimientos) (?:especial(?:es)? )?(?:a|al|a la|a los|"
        r"a las)\b",
        r"^(?:quedaron|quedan) (?:abiertas|pendientes|sin respuesta) (?:las |varias |algunas )?"
        r"preguntas\b",
        r"^(?:entre )?las preguntas que quedaron (?:abiertas|sin respuesta|pendientes)\b",
    ],
    "ru": [
        _heading(_LABEL_RU),
        r"^цель(?:ю)? (?:сессии|семинара|встречи|дискуссии|панели|заседания|круглого стола) "
        r"(?:была|было|состояла|заключалась)\b",
        r"^(?:сессия|семинар|встреча|дискуссия|заседание) (?:была призвана|был призван|"
        r"ставила целью|ставил целью|имела целью|имел целью)\b",
        r"^(?:отдельная |особая |сердечная |искренняя )?благодарность\b",
        r"^(?:мы )?(?:благодарим|выражаем благодарность)\b",
        r"^(?:открытыми|без ответа|нерешёнными|нерешенными) остались вопросы\b",
    ],
    "zh": [
        _heading(_LABEL_ZH),
        r"^(?:本|该|这|此)?(?:场|次)?(?:会议|研讨会|讨论|对话|论坛|活动|工作坊)的(?:目的|目标|宗旨)"
        r"(?:是|在于)",
        r"^(?:特别|衷心|诚挚)?感谢",
        r"^(?:会上)?(?:提出但)?(?:尚未|未能|没有)(?:解决|回答|得到解答)的问题(?:包括|有)",
    ],
    "ar": [
        _heading(_LABEL_AR),
        r"^(?:كان|كانت) (?:ال)?(?:هدف|غاية|الغرض) (?:من )?(?:الجلسة|الورشة|اللقاء|النقاش|الحوار|"
        r"الاجتماع|حلقة النقاش)\b",
        r"^(?:هدفت|سعت) (?:الجلسة|الورشة|حلقة النقاش|الاجتماع) إلى\b",
        r"^(?:شكر خاص|الشكر الخاص|شكر|نشكر|نتوجه بالشكر)\b",
        r"^(?:من )?(?:ال)?أسئلة (?:التي )?(?:بقيت|ظلت) (?:مفتوحة|دون إجابة|بلا إجابة)\b",
    ],
}
