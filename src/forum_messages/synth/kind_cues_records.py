"""Descriptions of how a meeting was recorded and attended, by their form, in the six languages
(``synth.kinds``):

- **Breakdowns**: who came or answered, by group, in shares ("Respondents by stakeholder group:
  38% civil society, 24% private sector, ..."): a heading that says how the figures are split,
  then at least three percentages. A point may give figures, but not as a list under such a
  heading.
- **Registration**: when it opened or closed and how fast it filled ("Registration opened in
  May ...", "فُتح باب التسجيل ...").
- **The record on itself**: notes that say they are incomplete or bind no one, a memo that
  says what it summarises ("The rapporteur's notes for the afternoon are incomplete ...",
  "تلخص هذه المذكرة المداولات ...").
- **Introductions**: a round of introductions ("We opened with a round of introductions",
  "大家轮流自我介绍").
- **A named forum held, or gathering people** ("The Belize IGF was held in Belmopan ...", "El
  Youth IGF Colombia reunió a 180 jóvenes ..."), and who attended a day ("A la jornada
  asistieron representantes de ...").
- **Topics named, not discussed** ("征求意见涉及的问题包括……", "Panelists from four countries
  compared how ...").

Each says something about the meeting or its record, nothing about the world.
"""

from __future__ import annotations

_PCT = r"\d+(?:[.,]\d+)?\s?[%％]"
#: A heading that says how the figures are split ("by stakeholder group", "par région", "按……划分").
_SPLIT = (
    r"(?:\bby\b|\bper\b|\bpar\b|\bpor\b|\bпо\b|按|حسب|breakdown|répartition|distribución|"
    r"распределение|分布|构成|توزيع)"
)
#: "Heading: a 38%, b 24%, c 21% ..." - three shares or more after a heading that splits.
_BREAKDOWN = (
    rf"^(?=[^:：。]{{2,60}}[:：])(?=[^:：]{{0,60}}{_SPLIT})[^:：。]{{2,60}}[:：]\s*"
    rf"(?:[^:：;；。%％\d]{{0,40}}?{_PCT}[^:：;；。%％\d]{{0,40}}?){{3,}}[.。]?$"
)
_EN_RECORD = r"(?:notes|minutes|record|records|summary|report|transcript|write-up|memo)"
_FR_RECORD = r"(?:notes|compte rendu|procès-verbal|relevé|synthèse|résumé|note)"
_ES_RECORD = r"(?:notas|acta|relatoría|síntesis|resumen|minuta|memoria|nota)"
_RU_RECORD = r"(?:записи|протокол|заметки|резюме|отч[её]т|стенограмма|записка|конспект)"

RECORDS: dict[str, list[str]] = {
    "en": [
        # the record on itself: what it recaps, and that it is not exhaustive
        r"^(?:in )?(?:this|the following|the present|our) (?:[\w-]+ )?(?:post|note|blog|article|"
        r"summary|report|write-up|recap|record)\b[^.]{0,40}? (?:we |i )?(?:recap|summari[sz]e|go "
        r"over|look back|set out|relate|reproduce|capture)\b",
        r"\b(?:does not|do not|doesn't) claim to be (?:exhaustive|complete)\b|\bwithout claiming "
        r"(?:to be )?(?:exhaustive|completeness)\b",
        r"^(?:a|an|the) (?:short |quick |brief )?(?:role[- ]play|snap poll|quick poll|live poll|"
        r"online poll)\b(?![^.]*\b(?:should|must)\b)",
        _BREAKDOWN,
        r"^registration (?:opened|closed|was (?:opened|closed|full)|filled|for the \w+ (?:opened|"
        r"closed))\b",
        rf"^(?:the|these|this|our|my) (?:[\w'’-]+ ){{0,3}}{_EN_RECORD}(?: [\w'’-]+){{0,5}} "
        r"(?:is|are|was|were) (?:incomplete|partial|not (?:complete|exhaustive|verbatim|binding|"
        r"an official))\b",
        r"\bround of (?:self-)?introductions\b|\bintroduced (?:themselves|ourselves)\b",
        r"^(?:the )?(?:(?-i:[A-Z][\w'’-]*) ){0,4}(?-i:IGF|Youth IGF)(?: \d{4})?,? (?:was held|"
        r"took place|was convened|was hosted|gathered|brought together|convened)\b",
        r"^(?:the )?(?:panel+ists|speakers|participants|presenters|experts)(?: from [^.;]{2,80}?)? "
        r"(?:compared|contrasted) (?:how|whether|what|why|where)\b",
    ],
    "fr": [
        r"^(?:le|la|ce|cette|le présent|la présente) (?:[\w-]+ )?(?:compte rendu|synthèse|note|"
        r"relevé|résumé|procès-verbal)(?: ci-dessous| suivante?)? (?:reprend|rend compte|retrace|"
        r"restitue|présente|rassemble|résume|synthétise)\b",
        r"\bsans prétendre à l['’]exhaustivité\b|\bne prétend pas à l['’]exhaustivité\b",
        r"^(?:un|une|le|la) (?:court |petit |bref |rapide )?(?:jeu de rôles?|sondage(?: éclair| en "
        r"direct)?|tour de parole)\b(?![^.]*\b(?:doit|doivent|devrait|devraient)\b)",
        _BREAKDOWN,
        r"^les inscriptions (?:ont été (?:ouvertes|closes)|se sont (?:ouvertes|closes)|étaient "
        r"(?:ouvertes|closes)|ont ouvert|ont fermé)\b",
        rf"^(?:ces|les|nos|mes|le|la|ce|cette|notre) (?:[\w'’-]+ ){{0,2}}{_FR_RECORD}"
        r"(?: [\w'’-]+){0,5} (?:est|sont|reste|restent) (?:incomplète?s?|partielle?s?)\b",
        r"\bun tour de table de présentation\b|\bse sont présentés à tour de rôle\b",
        r"^(?:à|a) (?:la|cette|l['’]) ?(?:journée|séance|rencontre|table ronde|atelier|réunion)"
        r"\b[^.,]{0,40},? (?:ont assisté|ont participé|étaient présents)\b",
    ],
    "es": [
        r"^(?:en )?(?:esta|este|la presente|el presente|la siguiente) (?:nota|crónica|relatoría|"
        r"síntesis|resumen|documento|informe|acta)\b[^.]{0,30}? (?:repasamos|recogemos|resumimos|"
        r"presentamos|recoge|resume|sintetiza|repasa|reúne|presenta)\b",
        r"^acta (?:levantada|elaborada|redactada) por\b",
        r"\bsin pretender ser exhaustiv|\bno pretende ser exhaustiv",
        r"^(?:un|una|el|la) (?:breve |corto |rápido |rápida )?(?:juego de roles|"
        r"sondeo(?: rápido| en "
        r"vivo)?|encuesta (?:rápida|en vivo))\b(?![^.]*\b(?:debe|deben|debería|deberían)\b)",
        _BREAKDOWN,
        r"^(?:las )?inscripciones (?:se abrieron|se cerraron|abrieron|cerraron|estuvieron "
        r"abiertas)\b",
        rf"^(?:estas|las|nuestras|mis|el|este|la|esta|nuestra) (?:[\w-]+ ){{0,2}}{_ES_RECORD}"
        r"(?: [\w-]+){0,5} (?:es|son|está|están|quedó|quedaron) (?:incomplet|parcial)\w*",
        r"\bronda de presentaciones\b",
        r"^(?:el |la )?(?:(?-i:[A-Z][\w-]*) ){0,3}(?-i:IGF|FGI)(?: (?-i:[A-Z][\w-]*)| \d{4}){0,3} "
        r"(?:reunió|se celebró|se realizó|tuvo lugar|congregó|convocó)\b",
        r"^(?:a|en) (?:la|el|esta|este) (?:jornada|sesión|mesa|encuentro|taller|reunión|foro|"
        r"panel|conversatorio)\b[^.,]{0,40},? (?:asistieron|participaron|intervinieron)\b",
        # topics named without a point: "se identificaron diversos retos y oportunidades para ..."
        r"\bse (?:identificaron|señalaron|plantearon|discutieron|abordaron|mencionaron|"
        r"analizaron) (?:diversos|diversas|varios|varias|distintos|distintas|múltiples|"
        r"numerosos|numerosas|una serie de|algunos|algunas)(?: \w+)? (?:retos|desafíos|"
        r"oportunidades|temas|aspectos|cuestiones|problemas)(?: y (?:\w+ )?(?:retos|desafíos|"
        r"oportunidades))?\b(?![^.]*\b(?:que|como)\b)[^.;:]{0,90}[.]?$",
    ],
    "ru": [
        r"\b(?:приведённ|приведенн|настоящ|данн|этот|этом|следующ)\w* (?:ниже )?(?:отч[её]т|резюме|"
        r"обзор|протокол|записк)\w* (?:переда|излага|обобща|пересказыва|отража)",
        r"\bне претендует на (?:полноту|исчерпывающ)",
        r"^(?:(?:короткая|небольшая|быстрая) ролевая игра|блиц-опрос|онлайн-опрос)\b"
        r"(?![^.]*\b(?:должн|следует|нужно)\w*)",
        _BREAKDOWN,
        r"^регистрация (?:открылась|закрылась|была (?:открыта|закрыта)|началась|завершилась)\b",
        rf"^(?:эти |наши |мои |данные )?{_RU_RECORD}(?: [\w-]+){{0,6}} (?:неполн|частичн)\w*",
        r"\bпредставлени[ея] участников\b|\bпо очереди представились\b",
    ],
    "zh": [
        r"^(?:以下|下面的?)(?:纪要|记录|摘要|综述|报道)|^(?:本文|本篇|这篇)[^。]{0,10}(?:回顾|梳理|盘点)",
        r"^(?:通过)?(?:一个|一场|一次)(?:简短的|简短|小)?(?:角色扮演|现场投票|快速投票)|"
        r"^通过(?:简短的)?角色扮演|^现场投票",
        _BREAKDOWN,
        r"^报名(?:通道)?(?:于|在)[^。]{0,12}(?:开启|开放|截止|结束)",
        r"^[^。]{0,20}(?:记录|纪要|笔记|摘要)[^。]{0,10}(?:不完整|并不完整|不全|不具(?:有)?约束力)",
        r"自我介绍",
        r"^[^。，,]{0,20}(?:涉及|讨论|探讨|触及|谈及)的(?:问题|议题|话题|内容|方面)(?:包括|有|涵盖)",
    ],
    "ar": [
        r"لا (?:يدعي|تدعي) (?:الاحاط[ةه]|الإحاط[ةه]|الشمول)",
        _BREAKDOWN,
        r"^(?:تم )?(?:فتح|فتحت|اغلق|أغلق|اغلاق|إغلاق) باب التسجيل",
        r"^(?:ت|ي)(?:لخص|عرض|وجز|ستعرض|جمل) (?:هذه|هذا) (?:المذكر[ةه]|الوثيق[ةه]|الورق[ةه]|"
        r"التقرير|المحضر|الملخص) ",
        r"جول[ةه] (?:تعارف|للتعارف)",
    ],
}
