"""Descriptions of a meeting told by their construction, in the six languages (``synth.kinds``).

Each pattern is a grammatical frame that describes the meeting whatever its subject matter:
views that differed without saying which (the question behind them may hold a modal verb),
the notes themselves and how they were made, the time given to a part, how long the event lasted
and how many came, who sat at the table, a film or video that opened it, and challenges and
opportunities named in the passive without being said.
"""

from __future__ import annotations

_EN_DOC = r"(?:write-?up|summary|report|record|account|synthesis|note|notes|overview|digest)"
_EN_NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|ten|fifteen|twenty|thirty|forty|sixty)"
MEETING_EN = [
    r"^(?:each|every|all)(?: of the)? (?:speaker|panel+ist|participant|presenter|expert|"
    r"discussant)s? (?:answered|responded to|addressed|was asked|were asked|had)\b"
    r"(?![^.]*\bthat\b)",
    r"^(?:the )?(?:speakers|panel+ists|participants|discussants|experts|contributors|"
    r"attendees|presenters)(?: \w+){0,2} (?:offered|expressed|voiced|shared|gave|held|had) "
    r"(?:contrasting|differing|diverging|divergent|different|diverse|various|mixed|opposing|"
    r"varied) (?:views|opinions|positions|perspectives|answers)\b",
    rf"^(?:this|the|these|our) {_EN_DOC} (?:is|are|was|were|has been|have been) (?:based on|"
    r"drawn from|prepared|compiled|written|drawn up|put together)\b",
    rf"^(?:the )?(?:first|last|final|remaining|closing|opening) {_EN_NUM} minutes\b",
    r"^(?:about |roughly |around |nearly |almost )?(?:half|a third|a quarter|most|much) of "
    r"the (?:time|hour|session)\b",
    r"\b(?:took place|ran|lasted|was held) (?:over|for|across) (?:\d+|one|two|three|four|five) "
    r"(?:days|half-days|hours|sessions)\b",
    r"^[^.]{0,80}\b(?:sat|were seated) (?:on|at|around) the (?:panel|table|podium|stage)\b",
    r"^(?:a|an|the) (?:\w+ ){0,2}(?:film|video|clip|documentary|animation|slideshow)\b[^.]{0,100}"
    r"\b(?:opened|introduced|launched|kicked off|started) the (?:session|discussion|workshop|"
    r"panel|debate|conversation|meeting)\b",
    r"^(?:several|various|a number of|many|some|multiple) (?:key )?(?:challenges|issues|"
    r"opportunities|concerns)(?: and (?:opportunities|challenges|concerns|solutions))? (?:were|"
    r"have been) (?:identified|raised|noted|mentioned|discussed|highlighted)\b[^.;:]{0,60}[.!]?$",
]
MEETING_FR = [
    r"^(?:les |des )?(?:intervenants|panélistes|participants|experts|orateurs)(?: \w+){0,2} ont "
    r"(?:exprimé|fait valoir|partagé|présenté|donné) des (?:avis|points de vue|opinions|"
    r"positions|réponses) (?:divergents|divergentes|contrastés|contrastées|différents|"
    r"différentes|variés|variées|partagés|opposés)\b",
    r"^(?:cette|ce|le présent|la présente) (?:synthèse|compte rendu|résumé|rapport|document|"
    r"note|relevé)s? (?:a été|est) (?:établie?|rédigée?|préparée?|élaborée?|fondée?|basée?)\b",
    r"^(?:les |la |le )?(?:premières?|dernières?|vingt|dix|quinze|trente) (?:\w+ )?minutes\b",
    r"^(?:près de |environ )?(?:la moitié|un tiers|un quart|l['’]essentiel) du temps\b",
    r"^(?:un|une|le|la) (?:\w+ ){0,2}(?:film|vidéo|documentaire|clip)\b[^.]{0,100}\b(?:a "
    r"(?:lancé|ouvert|introduit)|ouvrait) (?:la|le|les) (?:discussion|séance|atelier|débat|"
    r"échanges|session)\b",
    r"^(?:plusieurs|divers|de nombreux|certains|quelques) (?:défis|enjeux|problèmes|"
    r"opportunités)(?: et (?:opportunités|défis|enjeux))? ont été (?:recensés|identifiés|"
    r"soulevés|évoqués|relevés|mentionnés)\b[^.;:]{0,60}[.!]?$",
    r"\b(?:a duré|s['’]est (?:tenu|tenue|déroulé|déroulée) (?:sur|pendant)) (?:\d+|deux|trois|"
    r"quatre|cinq) jours\b",
]
MEETING_ES = [
    r"^(?:los |las )?(?:oradores|oradoras|panelistas|participantes|expertos|expertas|"
    r"ponentes)(?: \w+){0,2} (?:expresaron|manifestaron|compartieron|dieron|ofrecieron) "
    r"(?:opiniones|visiones|posiciones|puntos de vista|respuestas) (?:diversas|diversos|"
    r"distintas|distintos|divergentes|encontradas|encontrados|contrapuestas|diferentes|"
    r"variadas)\b",
    r"^(?:esta|este|la presente|el presente) (?:relatoría|informe|resumen|síntesis|reseña|"
    r"documento|nota|acta) (?:se (?:elaboró|preparó|redactó|basa)|fue (?:elaborad|preparad|"
    r"redactad)[oa])\b",
    r"^(?:los |las )?(?:primeros|últimos|primeras|últimas) (?:\d+|diez|quince|veinte|treinta) "
    r"minutos\b",
    r"^(?:cerca de |casi )?(?:la mitad|un tercio|un cuarto|buena parte|la mayor parte) del "
    r"tiempo\b",
    r"\b(?:duró|se extendió (?:durante|por)) (?:\d+|dos|tres|cuatro|cinco) días\b",
    r"^en la mesa (?:se sentaron|estuvieron|participaron)\b",
    r"^(?:un|una|el|la) (?:\w+ ){0,2}(?:video|vídeo|documental|película|cortometraje)\b[^.]{0,100}"
    r"\b(?:dio inicio|abrió|introdujo) (?:al|a la|el|la) (?:diálogo|debate|sesión|taller|"
    r"conversación|panel)\b",
    r"^(?:en el transcurso|a lo largo|durante el desarrollo) del? (?:\w+),? se (?:identificaron|"
    r"señalaron|plantearon|mencionaron) (?:varios|diversos|algunos|numerosos) (?:retos|"
    r"desafíos|problemas|temas)\b[^.;:]{0,60}[.!]?$",
]
MEETING_RU = [
    r"^(?:участники|выступающие|докладчики|спикеры|эксперты|панелисты)(?: \w+){0,2} "
    r"(?:высказали|выразили|представили|изложили) (?:разные|различные|противоположные|"
    r"несовпадающие|расходящиеся|неодинаковые) (?:точки зрения|мнения|позиции|взгляды)\b",
    r"^(?:настоящ|данн|эт)\w* (?:резюме|отч[её]т|обзор|текст|документ|записк\w*|справк\w*|"
    r"протокол) (?:подготовлен|составлен|основан|написан)\w*\b",
    r"^(?:первые|последние|оставшиеся) (?:\d+|десять|пятнадцать|двадцать|тридцать|сорок) "
    r"минут\b",
    r"^(?:примерно |около |почти )?(?:половина|треть|четверть|большая часть) (?:всего )?"
    r"времени\b",
    r"\bпроходил\w* (?:\d+|два|три|четыре|пять) дн",
    r"^за (?:столом|круглым столом) (?:собрались|сидели|встретились)\b",
    r"^(?:мероприятие|сессия|встреча|форум|семинар|заседание|дискуссия) прош\w* в "
    r"(?:гибридном|смешанном|онлайн|очном|дистанционном)",
    r"^(?:разговор|обсуждение|дискуссия|беседа) (?:охватывал|охватывала|охватывало|касался|"
    r"касалась|касалось)\w* (?:самых |самые )?(?:разн|различн|широк)",
    r"^речь шла (?:главным образом |прежде всего |в основном |преимущественно )?(?:о|об)\b",
]
MEETING_ZH = [
    r"^(?:嘉宾|与会者|发言者|专家|代表|发言人)(?:们)?(?:就|对|围绕)[^。]{2,50}(?:发表|表达|提出|"
    r"给出)了?(?:不同|各自的|多种|多元|不一样的|相左的)(?:意见|看法|观点|见解)[。！]?$",
    r"^本(?:摘要|纪要|记录|文|报告|综述|简报|总结)(?:根据|依据|基于|由)",
    r"^(?:最后|最初|开始的|前|后)(?:\d+|十|十五|二十|三十|四十)分钟",
    r"^(?:约|大约|近|将近)?(?:一半|三分之一|大部分|多数)的?时间(?:用于|用来|花在|留给|被用于)",
    r"为期(?:\d+|一|两|二|三|四|五)天",
    r"^(?:(?:随后|接着|之后|然后|最后|首先)[，,]?)?[^。，,]{2,12}(?:女士|先生|博士|教授)?(?:就|围绕)[^。]{2,40}(?:作了|做了|进行了)(?:简要|详细)?"
    r"(?:介绍|发言|演讲|报告|分享)[。！]?$",
    r"^(?:对话|讨论|交流)(?:内容)?(?:十分|非常|相当)?(?:广泛|丰富)",
    r"(?:远程|线上)(?:分)?会场[^。]{0,20}(?:连线|交流)",
]
MEETING_AR = [
    r"^(?:أجاب|رد|ردّ)(?: \S+){0,2} (?:كل|جميع) (?:ال)?(?:متحدث|متحدثين|مشارك|مشاركين|خبير)",
    r"^(?:أُعد|أعد|أُعدّ|أعدّ|كُتب|كتب|صيغ|صِيغ) (?:هذا|هذه) (?:ال)?(?:ملخص|تقرير|محضر|ورقة|نص|"
    r"مذكرة)",
    r"^(?:يستند|يعتمد|استند|اعتمد) (?:هذا|هذه) (?:ال)?(?:ملخص|تقرير|محضر|ورقة|نص)",
    r"^(?:حُدد|حدد|رُصد|رصد|طُرح|طرح)(?: \S+){0,3} (?:عدد|جملة|مجموعة|بعض) من (?:ال)?"
    r"(?:تحديات|فرص|قضايا|مسائل)\b[^.؛:]{0,40}[.!]?$",
    r"^(?:خصص|خُصص|خُصّص)(?: \S+){0,2} (?:نصف|ثلث|ربع|معظم|أغلب|جزء)",
]
MEETING = {
    "en": MEETING_EN,
    "fr": MEETING_FR,
    "es": MEETING_ES,
    "ru": MEETING_RU,
    "zh": MEETING_ZH,
    "ar": MEETING_AR,
}
