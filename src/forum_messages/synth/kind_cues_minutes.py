"""Records of meetings of many kinds (hearing notes, town halls, members' meetings, assemblies,
class debriefs, online meetings, proceedings) describing themselves, in six languages
(``synth.kinds``); measured on ``kinds/test15.yaml`` out of fold (docs/quality.md, "a
twenty-fifth round"). Written as forms of each language, not as one record's words:

- a meeting of any kind (an assembly, a sitting, a hearing, a town hall, a debrief) that was
  held, took place, lasted or was convened somewhere ("L'assemblée annuelle de ... s'est tenue
  au ...", "Общее собрание ... прошло в ...", "انعقدت الجمعية العامة ...", "某公司在……召开村民
  座谈会", "座谈会持续约两个小时", "La empresa convocó la asamblea informativa en ...");
- a head count told by a verb of attending ("В работе симпозиума приняли участие более
  восьмидесяти сотрудников", "подключились около пятидесяти человек", "到会的有……");
- an officer, a team or a committee that reported on its work, gave an account or read out a
  report ("The technical team reported on ...", "El equipo técnico informó sobre ...", "dio
  lectura a la memoria", "Руководитель станции отчиталась о работе за год", "技术委员会通报了……",
  "听取了……的汇报", "قدم أمين الصندوق كشفا ..."), never before a clause ("that", "que", "что");
- the procedure of a sitting: an adjournment or a recess asked for or granted, a sitting
  suspended, closed or resumed ("la audiencia se suspendió", "合议庭宣布休庭", "объявил перерыв");
- a part of the meeting given to something ("Вторую часть встречи посвятили ...", "下半场转向
  ...");
- how the record was made: notes taken by hand, "以上内容根据……整理", texts published as their
  authors wrote them ("публикуются в авторской редакции", "Les textes paraissent dans la langue
  choisie par leurs auteurs");
- who could take part only in writing or in the chat, interpreters who translated the
  exchanges;
- a record's heading with a date before a colon ("Hearing notes, ..., 9 October: ...",
  "庭审观察记录：3月18日上午，……");
- a review in a debrief or class told with its time ("In Thursday's debrief the class went back
  over ...", "En el repaso del viernes, el grupo revisó ...", "本周三的课后复盘中，……回顾了……").

Near-misses stay points: a call to hold a meeting ("Regulators should hold a public hearing in
every town ..."), a head count that is a finding ("В выборах участвовали менее 40 % ..."), a
report that says what it found ("The technical team reported that peering halves latency"), a
sitting that should be adjourned, notes that should be published.

``ATTRIBUTIONS``: one person's words told by a role alone at the close ("The facilitator
closed by saying that ...", "Фасилитатор в заключение сказала, что ...", "主持人在结束时表示，……",
"وختمت الميسرة بالقول إن ..."), and one person named after the point or after a phrase of the
meeting's time (", according to a lawyer who ...", ", по словам докладчика комитета X",
"座谈会结束时，……经理李国栋表示", "وفي ختام الجمعية العامة، شدد الشيخ ..."). A moderator, chair or
rapporteur who sums up the debate ("The moderator summed up by saying that ...", "Подводя
итог, модератор сказал ...", "主持人总结说，……", "Le rapporteur a résumé le débat en disant que
...") speaks for the session and is no attribution (docs/quality.md, "a twenty-fifth round").
"""

from __future__ import annotations

from forum_messages.synth.kind_cues_en import _EN_NAME, _EN_ROLE
from forum_messages.synth.kind_cues_notices import _FR_NO_POINT
from forum_messages.synth.kind_cues_romance import _FR_NAME, _FR_ROLE, _FR_ROLE_MORE
from forum_messages.synth.kind_cues_ru import _RU_NAME
from forum_messages.synth.kind_cues_zh import _ZH_ROLE

# a clause or a modal after which the sentence states a point, not what the meeting did
_EN_NO_POINT = (
    r"(?![^.]*\b(?:that|should|must|need to|needs to|ought|has to|have to|unless|only if)\b)"
)
_ES_NO_POINT = r"(?![^.]*\b(?:debe|deben|debería|deberían|hay que|tiene que|tienen que)\b)"
_RU_NO_POINT = r"(?![^.]*(?:[,\s]что\s|\bдолжн\w*|\bследует\b|\bнужно\b|\bнеобходимо\b))"
_ZH_NO_POINT = r"(?![^。]*(?:认为|指出|强调|表明|应当|应该|必须|需要|建议|呼吁|应))"
#: a modal anywhere in a Chinese sentence ("水务局应当在……召开听证会": a call to hold one)
_ZH_NO_MODAL = r"(?![^。]*(?:应当|应该|必须|需要|建议|呼吁|要求|应在|应于|应每|应定期))"
_AR_NO_POINT = r"(?![^.]*(?:\sأن\s|\sأنّ\s|\sبأن\s|يجب|ينبغي|يتعين|لا بد))"

# kinds of meeting a record is kept of
_EN_MEETING = (
    r"(?:meeting|town hall|hearing|sitting|assembly|agm|general meeting|debrief|debriefing|"
    r"class|lesson|seminar|session|workshop|call|training|drill|exercise|roundtable|"
    r"symposium|colloquium|conference|briefing|consultation|gathering)"
)
_ES_MEETING = (
    r"(?:asamblea|reunión|audiencia|sesión|encuentro|jornada|taller|charla|clase|consulta|"
    r"cabildo|repaso|simposio|coloquio|conversatorio|mesa redonda|capacitación|simulacro|"
    r"convocatoria|junta)"
)
_FR_MEETING = (
    r"(?:assemblée(?: générale)?|réunion|audience|séance|session|rencontre|colloque|symposium|"
    r"conférence|journée|atelier|cours|débriefing|concertation|consultation|table ronde|"
    r"formation|veillée|permanence|AG)"
)
_RU_MEETING = (
    r"(?:собрани|встреч|онлайн-встреч|заседани|слушани|сход|симпозиум|коллоквиум|съезд|"
    r"конференци|заняти|урок|разбор|планёрк|планерк|семинар|вебинар|совещани|круглый стол|"
    r"учени|тренинг|сесси|мероприяти)"
)
_ZH_MEETING = (
    r"(?:会|会议|座谈会|大会|年会|听证会|研讨会|说明会|见面会|交流会|恳谈会|论证会|协调会|"
    r"培训|课|复盘会|总结会|庭审|论坛)"
)
_AR_MEETING = (
    r"(?:ال)?(?:جمعية|جلسة|اجتماع|ندوة|لقاء|دورة|مشاورة|ورشة|حلقة|أشغال|ملتقى|مؤتمر|"
    r"مجلس|تدريب)"
)

# number words read as counts
_RU_COUNT = (
    r"(?:более |около |свыше |почти |порядка |примерно |до )?(?:\d+|[а-яё]*(?:дцат|десят|сот|"
    r"ста|сто|надцат)\w*|двое|трое|четверо|пятеро|шестеро|семеро|тысяч\w*)"
)
_RU_PEOPLE = (
    r"(?:[\w-]+ ){0,3}?(?:человек|участник|член|сотрудник|делегат|представител|депутат|"
    r"слушател|зрител|жител|гост|эксперт|специалист|студент|школьник|сотрудниц|волонт[её]р)\w*"
)

MINUTES: dict[str, list[str]] = {
    "en": [
        # a record's heading with a date: "Hearing notes, Regional Court, 9 October: ..."
        r"^(?:[\w'’-]+ ){0,3}(?:notes|minutes|log|record)\b,? (?:[^:.]|\.(?=\S)){0,100}?\d"
        rf"(?:[^:.]|\.(?=\S)){{0,40}}:\s{_EN_NO_POINT}",
        # an officer, a team or a committee that reported on its work or topics
        r"^(?:the |our )?(?:[\w'’-]+ ){0,3}?(?:team|committee|treasurer|secretary|secretariat|"
        r"board|chair|director|manager|coordinator|rapporteur|officer|head|staff|working group)"
        r"\b(?: [^.,]{0,40}?)? (?:reported (?:back )?on|gave (?:an? )?(?:update|account|report|"
        r"overview) (?:on|of)|briefed (?:the )?(?:members|meeting|assembly|class|us) on)\b"
        rf"{_EN_NO_POINT}",
        # procedure: an adjournment asked for or granted, a sitting suspended or resumed
        r"\b(?:asked for|requested|sought|moved|granted|refused|ordered|called) (?:for )?(?:an? |"
        r"the )?(?:short |brief |further |[\w-]+-minute )?(?:adjournment|recess|postponement|"
        rf"continuance)\b{_EN_NO_POINT}",
        rf"\bthe (?:hearing|sitting|meeting|session|assembly|case) (?:was|were) (?:adjourned|"
        rf"suspended|resumed|called|closed|postponed)\b{_EN_NO_POINT}",
        # "X opened with a twenty-minute presentation covering ..."
        r"^(?:the |our )?(?:[\w'’.-]+ ){1,8}?(?:opened|began|started|closed|ended) (?:the "
        r"(?:meeting|session|evening|hearing|class) )?with (?:an? |the |his |her |their )?"
        r"(?:[\w-]+ ){0,3}?(?:presentation|talk|overview|briefing|slideshow|demonstration|"
        rf"welcome|prayer|greeting|minute of silence|round of introductions)\b{_EN_NO_POINT}",
        # "Ms X played the recording of the press conference back ..."
        r"^(?:[\w'’.-]+ ){1,6}?(?:played|screened) (?:back )?(?:the |a |an |our )?(?:[\w-]+ ){0,3}?"
        rf"(?:recording|video|clip|film|footage)\b{_EN_NO_POINT}",
        # "In Thursday's debrief the class went back over ..."
        rf"^(?:in|at|during) (?:[\w'’-]+ ){{0,3}}{_EN_MEETING}\b,? (?:the |our |we |each |all )?"
        r"(?:[\w'’-]+ ){0,4}?(?:went (?:back )?over|went through|looked back (?:at|over)|"
        rf"revisited|walked through|reviewed|practi[sc]ed)\b{_EN_NO_POINT}",
        # how the notes were made; who could take part only in writing; interpreters
        r"^(?:we|i) (?:took|wrote|typed|made|kept) (?:these|the|our|this) (?:notes|record|"
        r"minutes)\b",
        r"\b(?:could|were able to) (?:only )?(?:take part|participate|speak|contribute|join|"
        r"follow)\b[^.]{0,30}?\b(?:only )?(?:in|through|via|by) (?:the )?(?:chat|writing|text|"
        r"typing)\b",
        r"^(?:[\w-]+ )?(?:interpreters?|sign[- ]language interpreters?)\b[^.]{0,60}?\b"
        r"(?:interpreted|translated|were on hand|signed)\b",
        # the moderator went over the rules
        r"^(?:the )?(?:moderator|chair|host|facilitator|convener|organi[sz]er)s? (?:reminded "
        r"(?:everyone|participants|members|us|people) of|went over|explained|set out|read out) "
        r"(?:the )?(?:house |ground |meeting )?(?:rules|procedure|housekeeping)\b",
    ],
    "es": [
        rf"^(?:{_ES_MEETING}|acta|notas|apuntes|bitácora|crónica)\b,? (?:[^:.]|\.(?=\S)){{0,120}}?"
        rf"\d(?:[^:.]|\.(?=\S)){{0,60}}:\s{_ES_NO_POINT}",
        # a dated heading cut at an abbreviation ("Audiencia del 3 de marzo, Juzgado Penal n.")
        r"^(?:audiencia|sesión|reunión|asamblea|acta|notas|jornada)s? (?:del?|celebrada el) "
        r"\d{1,2} de \w+(?: de \d{4})?(?:,[^.]{0,60}\.?)?$",
        # "El equipo técnico informó sobre ...", "El presidente dio lectura a la memoria ..."
        r"^(?:el |la |los |las )?(?:[\w-]+ ){0,3}?(?:equipo|comité|comisión|tesorer[oa]|"
        r"secretari[oa]|presidente|presidenta|junta|consejo|director|directora|gerente|"
        r"coordinador|coordinadora|relator|relatora|responsable|grupo de trabajo)\b"
        r"(?: [^.,]{0,40}?)? (?:informó|informaron|dio cuenta|dieron cuenta|rindió cuentas|"
        r"rindieron cuentas|dio lectura|dieron lectura|leyó el (?:acta|informe)|presentó el "
        r"(?:informe|balance|estado de cuentas|acta)|presentó la (?:memoria|rendición de cuentas))"
        rf"\b(?! (?:de )?que\b){_ES_NO_POINT}",
        # procedure
        r"\b(?:la |el )?(?:audiencia|sesión|reunión|asamblea|vista|juicio|causa) se (?:suspendió|"
        rf"levantó|reanudó|aplazó|cerró|abrió|inició|prolongó|postergó)\b{_ES_NO_POINT}",
        r"\bse (?:suspendió|levantó|reanudó|aplazó|vio|abrió|cerró|postergó) (?:la |el )"
        rf"(?:audiencia|sesión|reunión|causa|asamblea|juicio|vista)\b{_ES_NO_POINT}",
        r"\b(?:pidió|pidieron|solicitó|solicitaron|concedió|otorgó|negó|rechazó) (?:un |el |una |"
        rf"la )?(?:cuarto intermedio|receso|aplazamiento|suspensión)\b{_ES_NO_POINT}",
        # "La empresa convocó la asamblea informativa en la escuela ..."
        r"^(?:[\w-]+ ){0,4}?(?:convocó|convocaron|organizó|organizaron|celebró|celebraron|"
        rf"realizó|realizaron) (?:la |el |una |un |su )(?:[\w-]+ ){{0,2}}?{_ES_MEETING}\b"
        rf"[^.]{{0,60}}? (?:en|el|para)\b{_ES_NO_POINT}",
        # "En el repaso del viernes, el grupo de tercer año revisó ..."
        rf"^(?:en|durante) (?:el |la ){_ES_MEETING}\b[^,]{{0,40}},? (?:el |la |los |las |cada )?"
        r"(?:[\w-]+ ){0,5}?(?:revisó|revisaron|repasó|repasaron|analizó|analizaron|revisamos|"
        rf"repasamos|analizamos|vimos)\b(?! que\b){_ES_NO_POINT}",
        # how the notes were made; the observers will return
        r"^(?:tomamos|tomé|redactamos|escribimos|hicimos) (?:estas|las|nuestras) (?:notas|"
        r"apuntes|actas?)\b",
        r"^(?:volveremos|seguiremos|estaremos|asistiremos|regresaremos)\b[^.]{0,30}?\b"
        r"(?:audiencia|sesión|reunión|asamblea|juicio|próxima)\b",
        # "Cada equipo leyó su nota en voz alta ..."
        r"^cada (?:equipo|grupo|mesa|delegación|estudiante|participante)\b[^.]{0,20}? (?:leyó|"
        r"presentó|expuso|tuvo \w+ minutos)\b",
        # materials posted; a deliverable due
        r"\b(?:está|están|quedó|quedaron|queda|quedan) (?:colgad|subid|publicad|disponible)\w* "
        r"en (?:el |la )?(?:aula virtual|campus virtual|página|sitio|web|canal|drive|carpeta|"
        rf"grupo)\b{_ES_NO_POINT}",
        r"^para el (?:próximo )?(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b"
        r"[^.]{0,30}?\b(?:hay que|tienen que|deben|debemos) (?:entregar|enviar|subir|mandar)\b",
        r"^(?:el |la )?(?:moderador|moderadora|presidente|presidenta|secretari[oa]|"
        r"organizador|organizadora)(?: general)? (?:recordó|leyó|repasó|presentó) (?:el orden del "
        r"día|las reglas|el reglamento|el programa de la (?:sesión|reunión|jornada))\b",
        r"\b(?:solo|sólo) (?:pudieron|pudo|podían) (?:participar|intervenir|hablar)\b[^.]{0,20}?"
        r"\b(?:por escrito|por el chat|en el chat)\b",
    ],
    "fr": [
        # "L'assemblée annuelle de la radio communautaire s'est tenue au centre ..."
        rf"^(?:l['’]|la |le |les |notre |cette )(?:[\w-]+ )?{_FR_MEETING}s?\b[^.;,]{{0,80}}? "
        r"(?:s['’]est (?:tenue?|déroulée?)|a eu lieu|se sont (?:tenues|tenus|déroulées|"
        rf"déroulés)|ont eu lieu|a duré)\b{_FR_NO_POINT}",
        # "plusieurs membres n'ont pu intervenir que par écrit dans le chat"
        r"\b(?:n['’](?:ont|a|avaient|avait) pu|ne (?:pouvaient|pouvait|pourront)) (?:intervenir|"
        r"participer|s['’]exprimer|prendre la parole|suivre)\b[^.]{0,20}? qu(?:e |['’])"
        r"(?:par écrit|à l['’]écrit|dans le chat|par le chat|par (?:la )?messagerie|en audio|"
        r"par téléphone)",
        # "Les textes paraissent dans la langue choisie par leurs auteurs"
        r"^(?:les |ces )?(?:textes|contributions|communications|articles|actes|interventions)\b"
        r"[^.;]{0,40}? (?:paraissent|sont publiée?s|sont reproduite?s|figurent|sont "
        r"présentée?s)\b[^.;]{0,20}? (?:dans la langue|en version originale|dans leur langue|"
        r"tels? qu['’]ils|dans la version)",
        # "Deux interprètes, assis à côté des aînés, traduisaient les échanges"
        r"^(?:[\w-]+ )?(?:interprètes?|traducteurs?|traductrices?)\b[^.]{0,60}? (?:traduisaient|"
        r"traduisait|ont traduit|a traduit|interprétaient|ont interprété|assuraient|ont assuré) "
        r"(?:les |l['’]|la )?(?:échanges|débats|interventions|discussions|traduction|"
        r"interprétation)\b",
        # an officer or a committee that gave an account or read out a report
        r"^(?:le |la |les |l['’])?(?:[\w-]+ ){0,3}?(?:trésorière|trésorier|secrétaire|équipe|"
        r"comité|commission|bureau|conseil|président|présidente|directrice|directeur|"
        r"coordinatrice|coordinateur|rapporteur|rapporteure|responsable)\b(?: [^.,]{0,40}?)? "
        r"(?:a présenté|ont présenté|a fait|ont fait|a rendu compte|ont rendu compte|a donné "
        r"lecture|a lu) (?:le |la |les |l['’]|un |une |son |sa |ses |leur )?(?:rapport|bilan|"
        rf"compte|comptes|état|procès-verbal|budget|relevé)\b(?! qu){_FR_NO_POINT}",
        # procedure
        r"\b(?:la séance|l['’]audience|la réunion|l['’]assemblée) (?:est|a été|fut) (?:levée|"
        rf"suspendue|ouverte|reprise|close|renvoyée)\b{_FR_NO_POINT}",
        r"\b(?:a|ont) (?:demandé|obtenu|accordé|refusé|prononcé) (?:le |un |une |la )(?:renvoi|"
        rf"report|suspension de séance|suspension|huis clos)\b{_FR_NO_POINT}",
        r"^(?:nous avons|j['’]ai) (?:pris|rédigé|tapé) (?:ces|les|nos) notes\b",
        # the chair or the secretary went over the agenda or the rules
        r"^(?:le |la |l['’])?(?:[\w-]+ ){0,2}?(?:modérat\w+|président\w*|secrétaire|animat\w+|"
        r"organisat\w+)(?: général\w*)? (?:a|ont) (?:rappelé|lu|parcouru|présenté|exposé) "
        r"(?:l['’]ordre du jour|le programme de la (?:séance|réunion|journée)|les règles|le "
        r"règlement intérieur)\b",
    ],
    "ru": [
        # "Общее собрание ... прошло в доме культуры", "Онлайн-встреча ... прошла в воскресенье"
        rf"^(?:[\w-]+ ){{0,2}}{_RU_MEETING}\w*(?: [^.;]{{0,80}}?)? (?:прош[её]л|прошла|прошло|"
        r"прошли|состоял(?:ся|ась|ось|ись)|продолжал(?:ся|ась|ось|ись)|длил(?:ся|ась|ось|ись)|"
        rf"открыл(?:ся|ась|ось)|завершил(?:ся|ась|ось)|закрыл(?:ся|ась|ось))\b{_RU_NO_POINT}",
        # a head count by a verb of attending
        r"^(?![^.]*(?:выбор|голосовани|референдум|опрос|процент|%))[^.]*?"
        r"(?:приняли участие|участвовали|присутствовали|подключил(?:ись|ось)|пришли|"
        r"собрал(?:ись|ось)) "
        rf"{_RU_COUNT}\b\s+{_RU_PEOPLE}{_RU_NO_POINT}",
        rf"^(?:в работе|на) (?:[\w-]+ ){{0,3}}?{_RU_MEETING}\w*(?: [^.;]{{0,60}}?)? (?:приняли "
        rf"участие|участвовали|присутствовали)\b{_RU_NO_POINT}",
        # an officer, a team or a committee that reported on its work
        r"^(?:[\w-]+ ){0,3}?(?:руководител|председател|директор|казначе|секретар|комитет|"
        r"комисси|правлени|совет|бухгалтер|координатор|докладчик|команд)\w*(?: [\w-]+){0,3} "
        r"(?:отчитал(?:ся|ась|ись|ось)|выступил[аио]? с отч[её]том|представил[аио]? (?:годовой |"
        r"финансовый |ежегодный )?отч[её]т|зачитал[аио]?|доложил[аио]? о)\b(?!,? что)"
        rf"{_RU_NO_POINT}",
        r"\bзаслушали (?:доклад|отч[её]т|информацию|сообщение)\b",
        # a part of the meeting given to something
        r"^(?:первую|вторую|третью|последнюю|оставшуюся|заключительную|большую) (?:часть|"
        r"половину|половину дня|час)\b[^.]{0,30}? (?:посвятили|отвели|заняло|заняли|была "
        rf"посвящена)\b{_RU_NO_POINT}",
        # a presenter who showed on screen how to do something
        r"\b(?:шаг за шагом )?(?:показал|показала|показали|продемонстрировал\w*) (?:шаг за шагом )?"
        r"(?:на экране|на слайдах|в презентации)\b",
        r"^(?:модератор|ведущ\w+|председател\w*|организатор\w*) (?:\w+ )?(?:напомнил[аи]?|"
        r"зачитал[аи]?|объяснил[аи]?|огласил[аи]?) (?:\w+ )?(?:правила|регламент|порядок "
        r"работы)\b",
        # how the record was made
        r"\b(?:публику\w+|печата\w+|привод\w+|опубликован\w*|даны) в авторской редакции\b",
        r"^(?:мы )?(?:вели|записали|сделали|составили) (?:эти|наши) (?:записи|заметки)\b",
        # procedure
        r"\b(?:объявил[аио]? (?:перерыв|заседание (?:открытым|закрытым))|заседание (?:было )?"
        r"(?:отложено|прервано|закрыто|открыто)|слушани[ея] (?:было |были )?(?:отложен\w*|"
        rf"перенес[её]н\w*))\b{_RU_NO_POINT}",
        # the next meeting announced: "Следующее собрание пройдёт в режиме онлайн 3 октября"
        rf"^(?:[\w-]+ ){{0,2}}{_RU_MEETING}\w*(?: [^.;]{{0,60}}?)? (?:пройд[её]т|состоится|"
        rf"откроется|начн[её]тся)\b{_RU_NO_POINT}",
        # a motion, a draft or a report adopted, and by what vote
        r"^(?:предложени|проект|резолюци|решени|отч[её]т|повестк|бюджет|устав|поправк)\w*"
        r"[^.]{0,120}?(?:был[аио]? )?(?:принят|одобрен|утвержд[её]н)\w* (?:единогласно|"
        rf"большинством|без поправок|открытым голосованием|в первом чтении){_RU_NO_POINT}",
        r"\b(?:одобрил|принял|утвердил)[аи]? \d+ (?:проект|резолюци|решени|поправ)\w*",
        # the venue and the interpretation provided
        r"^(?:площадка|зал|помещение|место проведения)\w* (?:доступн\w*|оборудован\w*) для\b"
        rf"{_RU_NO_POINT}",
        r"^(?:синхронный |последовательный )?перевод(?: на [\w ]{1,30}?)? (?:обеспечивается|"
        rf"будет обеспечен|предоставляется|вед[её]тся|в[её]лся)\b{_RU_NO_POINT}",
        r"\b(?:только|лишь) (?:в чате|письменно|через чат)\b[^.]{0,20}?\b(?:могли|смогли|"
        r"участвовали)\b|\b(?:могли|смогли) (?:участвовать|выступать|говорить) (?:только|лишь) "
        r"(?:в чате|письменно|через чат)\b",
    ],
    "zh": [
        # "某电信运营商在青石镇文化站召开村民座谈会"
        rf"^{_ZH_NO_MODAL}[^。]*?(?:在|于)[^，。；]{{1,30}}?(?:召开|举行|举办)了?[^，。；]{{0,20}}?"
        rf"{_ZH_MEETING}"
        rf"{_ZH_NO_POINT}",
        # "座谈会持续约两个小时"
        rf"{_ZH_MEETING}(?:共|全程)?(?:持续|进行|历时)了?(?:约|近|将近|大约|超过|长达)?"
        rf"[\d一二三四五六七八九十两半]+(?:个)?多?(?:小时|分钟|天|钟头){_ZH_NO_POINT}",
        # who attended
        r"^(?:到会|出席|参会|与会|参加会议|出席会议)的(?:有|包括|人员有)",
        r"应到[^，。]{0,12}[\d一二三四五六七八九十]+[^，。]{0,6}[，,]\s*实到",
        # "技术委员会通报了……", "听取了……的汇报"
        r"^[^，。]{0,20}?(?:委员会|理事会|小组|团队|部门|负责人|秘书处|理事长|会长|主任|站长|"
        r"馆长|秘书长|财务)(?:代表[^，。]{0,10})?(?:通报了|汇报了|报告了|作了?[^，。]{0,10}"
        rf"(?:报告|汇报)|宣读了){_ZH_NO_POINT}",
        r"听取了?[^，。]{1,30}?的[^，。]{0,6}?(?:汇报|报告|情况介绍)",
        # procedure
        r"(?:宣布|决定)(?:休庭|休会|闭会|散会|开庭|延期审理|择期)|择期(?:再审|审理|开庭|再议)",
        r"宣读(?:了)?(?:起诉书|判决书|报告|声明|宣言|决议|议程|会议纪要|规则)",
        # how the record was made
        r"^(?:以上|本|此)(?:内容|记录|纪要|笔记|摘要|文字)[^，。]{0,20}?(?:根据|依据|据)"
        r"[^，。]{0,30}?(?:整理|记录|编写)",
        # a record's heading with a date
        r"^[^，。：:]{0,12}(?:记录|纪要|笔记|简报|日志)[：:]\s*[\d一二三四五六七八九十]",
        # a review in a debrief or a class
        r"^[^，。]{0,20}?(?:复盘|课上|课后|会上|讲评|总结会)中?[，,][^，。]{0,30}?(?:回顾了|复盘了|"
        rf"讲评了|梳理了){_ZH_NO_POINT}",
        r"(?:上半场|下半场|前半段|后半段|上半程|下半程)(?:聚焦|转向|用于|围绕|讨论)",
        # a motion or a report adopted
        r"(?:动议|提案|议案|决议|报告|提纲|章程|预算|修正案)(?:[^，。]{0,10})?(?:获|获得)(?:了)?"
        rf"(?:一致|全票|多数)?通过{_ZH_NO_POINT}",
        # who joined online instead; the venue
        rf"^{_ZH_NO_MODAL}[^。]*?(?:改为|改由)(?:线上|视频|远程|网络)(?:方式)?(?:参加|参会|出席|"
        r"发言|连线)",
        rf"^{_ZH_NO_MODAL}(?:会场|现场|场馆|会议室|活动现场)(?:内)?(?:设有|配备了?|另设)",
        # how the record was made: by whom, a summary translation, anonymised, tabled
        r"^(?:会议)?记录(?:工作)?由[^，。]{1,20}(?:负责|分担|完成|承担)",
        r"^(?![^。]*(?:应|必须|需要|建议|要求))[^。]*?(?:(?:为|系)摘译|并非逐字|非逐字(?:翻译|记录))",
        r"(?:已|均已|均)(?:作|做)?匿名(?:化)?处理",
        r"(?:汇总|列|附)于(?:所附|附件|附表|文后)",
    ],
    "ar": [
        # "انعقدت الجمعية العامة السنوية ... بحضور ..."
        rf"^و?(?:انعقدت|انعقد|جرت|جرى|أقيمت|أقيم|التأمت|التأم)\s+{_AR_MEETING}\b{_AR_NO_POINT}",
        # who could take part only in writing, in the chat
        r"(?:تعذر|لم يتمكن|لم يتمكنوا|لم تتمكن)\s+[^.]{0,40}?(?:المشاركة|التدخل|الحديث|الكلام)\s+"
        r"(?:بالصوت|شفهيا|عبر الميكروفون)",
        r"(?:اكتفوا|اكتفى|اكتفت|اكتفين)\s+بالكتابة",
        # "قدم أمين الصندوق كشفا بالتبرعات ..."
        r"^و?(?:قدم|قدمت|عرض|عرضت|استعرض|استعرضت|تلا|تلت)\s+(?:أمين|أمينة|رئيس|رئيسة|مدير|مديرة|"
        r"منسق|منسقة|مقرر|مقررة|كاتب|كاتبة|لجنة|مكتب)\s+[^.]{0,30}?(?:كشفا|كشف|التقرير|تقريرا|"
        rf"حصيلة|الحصيلة|الميزانية|ميزانية|الحساب|حسابات|محضر|المحضر)\b{_AR_NO_POINT}",
        # procedure
        r"(?:رفعت|رفع|علقت|علق|استؤنفت|أجلت|أجل)\s+(?:ال)?(?:جلسة|اجتماع|جمعية|محاكمة|قضية)"
        rf"{_AR_NO_POINT}",
    ],
}

# ------------------------------------------------------------------------- attributions
_EN_HOST = r"(?:moderator|facilitator|chair|chairperson|host|convener|rapporteur|presiding \w+)"
_ES_HOST = (
    r"(?:moderador|moderadora|facilitador|facilitadora|presidente|presidenta|relator|relatora)"
)
_FR_HOST = (
    r"(?:modérateur|modératrice|facilitateur|facilitatrice|président|présidente|rapporteur|"
    r"rapporteure|animateur|animatrice)"
)
_RU_HOST = r"(?:модератор|фасилитатор|председатель|ведущ(?:ий|ая)|докладчик)"
_ZH_HOST = r"(?:主持人|主席|会议主席|召集人|引导人)"
_AR_HOST = r"(?:مدير الجلسة|مديرة الجلسة|الميسر|الميسرة|رئيس الجلسة|رئيسة الجلسة|المقرر|المقررة)"

# roles of records of meetings that the role lists lack
_FR_RECORD_ROLE = (
    r"(?:rapporteur|rapporteuse|rapporteure|archiviste|conservatrice|conservateur|trésorière|"
    r"trésorier|secrétaire|animatrice|animateur|aîné|aînée|doyenne|doyen|greffière|greffier|"
    r"bibliothécaire|documentaliste)"
)
_AR_TITLE = (
    r"(?:ال)?(?:شيخ|شيخة|دكتور|دكتورة|أستاذ|أستاذة|سيد|سيدة|مدير|مديرة|رئيس|رئيسة|محامي|"
    r"محامية|خبير|خبيرة|باحث|باحثة|مهندس|مهندسة|وزير|وزيرة|متطوع|متطوعة|مقرر|مقررة|منسق|"
    r"منسقة|أمين|أمينة|عضو|عضوة)"
)
_AR_SAY_ONE = (
    r"(?:قال|قالت|أضاف|أضافت|أكد|أكدت|شدد|شددت|أوضح|أوضحت|أشار|أشارت|لفت|لفتت|حذر|حذرت|"
    r"نبه|نبهت|رأى|رأت|اعتبر|اعتبرت)"
)

#: One person's words told by a role alone, at the close or summing up, and one person named
#: after the point or after a phrase of the meeting's time (attributions, matched at the start
#: of a sentence).
ATTRIBUTIONS: dict[str, list[str]] = {
    "en": [
        # "..., according to a lawyer who has handled six such cases."
        rf"^.{{8,}}?,\s+(?:according to|in the words of) (?:(?:the|a|an|one|our) "
        rf"(?:[\w'’-]+ ){{0,4}}?{_EN_ROLE}\b|{_EN_NAME})",
        # "Closing the town hall, the operator's regional director, Paul Ekwueme, said that"
        rf"^[^,]{{1,60}}, (?:the |our )?(?:[\w'’-]+ ){{0,4}}?{_EN_ROLE}, {_EN_NAME}, (?:said|"
        r"stressed|noted|argued|warned|added|told|insisted|explained|recalled|admitted)\b",
        rf"^(?:the )?{_EN_HOST} (?:closed|concluded|ended|wrapped up)(?: the "
        r"(?:session|debate|discussion|meeting))? (?:by )?(?:saying|noting|stressing|arguing|"
        r"observing|warning)\b",
        r"^(?:closing|concluding|wrapping up)(?: the (?:session|debate|discussion|"
        rf"meeting))?, (?:the )?{_EN_HOST} (?:said|noted|stressed|argued|observed|warned|"
        r"remarked)\b",
    ],
    "es": [
        rf"^(?:a modo de cierre|al cierre|para cerrar|en (?:el )?cierre|como cierre),? "
        rf"(?:el |la ){_ES_HOST} (?:sostuvo|dijo|señaló|afirmó|subrayó|advirtió|recordó|"
        r"concluyó)\b",
        rf"^(?:el |la ){_ES_HOST} (?:cerró|concluyó|terminó)(?: (?:la )?(?:sesión|"
        r"jornada|reunión|debate))? (?:diciendo|señalando|afirmando|subrayando|advirtiendo|con)\b",
    ],
    "fr": [
        # "D'après l'archiviste Aïcha Benali, ...", "..., selon le rapporteur de la commission, X."
        rf"^(?:selon|d['’]après) (?:le |la |l['’]){_FR_RECORD_ROLE}\b[^,.;]{{0,40}}?,? "
        rf"{_FR_NAME},",
        rf"^.{{8,}}?,\s+(?:selon|d['’]après) (?:le |la |l['’])(?:{_FR_RECORD_ROLE}|{_FR_ROLE}|"
        rf"{_FR_ROLE_MORE})\b[^,.;]{{0,40}}?,? {_FR_NAME}",
        rf"^(?:en guise de (?:conclusion|clôture)|en clôture|pour conclure|en conclusion),? "
        rf"(?:le |la |l['’]){_FR_HOST} (?:a|avait) (?:estimé|"
        r"dit|déclaré|souligné|rappelé|averti|conclu|affirmé|insisté)\b",
        rf"^(?:le |la |l['’]){_FR_HOST} a (?:conclu|clos|clôturé|terminé)(?: (?:la |le )?"
        r"(?:séance|session|débat|réunion|atelier))? (?:en (?:disant|soulignant|rappelant|"
        r"affirmant|estimant)|par ces mots)\b",
    ],
    "ru": [
        # "..., по словам докладчика комитета Дарьи Мельниковой."
        rf"^.{{8,}}?,\s+по словам [^,.;]{{0,60}}?{_RU_NAME}",
        rf"^(?:в заключение|завершая (?:\w+ )?(?:сессию|дискуссию|встречу|заседание|"
        rf"обсуждение)),? {_RU_HOST} (?:сказал|отметил|"
        r"подчеркнул|заявил|напомнил|указал|предупредил)а?\b",
        rf"^{_RU_HOST} в заключение (?:сказал|отметил|подчеркнул|заявил|"
        r"напомнил)а?\b",
    ],
    "zh": [
        # "座谈会结束时，运营商县分公司经理李国栋表示，……"
        rf"^[^，。]{{2,24}}(?:时|后|中|上|间)[，,][^，。]{{0,20}}?(?:{_ZH_ROLE})"
        r"(?![^，。]{0,3}[们都均也])(?!一致|普遍|纷纷|共同|再次|进一步)[\u4e00-\u9fff]{2,3}"
        r"(?:表示|指出|强调|说|认为|坦言)",
        rf"^{_ZH_HOST}(?:在(?:结束|闭幕|收尾)时|最后|在会议最后)?(?:指出|表示|强调|说)",
    ],
    "ar": [
        # "وفي ختام الجمعية العامة، شدد الشيخ ... على أن", "«...»، قالت المتطوعة ..."
        rf"^و?(?:في ختام|في مستهل|في افتتاح|خلال|في)\s[^،.]{{2,50}}،\s*{_AR_SAY_ONE}\s+"
        rf"{_AR_TITLE}\s",
        rf"^«?[^»«]{{8,}}»،?\s*{_AR_SAY_ONE}\s+{_AR_TITLE}\s",
        rf"^.{{8,}}?،\s*(?:وفقا|بحسب|حسب)\s*ل{{0,2}}{_AR_TITLE}\s",
        rf"^و?(?:اختتم|اختتمت|ختم|ختمت)\s+{_AR_HOST}\s+[^.]{{0,20}}?(?:بالقول|بقوله|بقولها|"
        r"بالتأكيد|مؤكدا|مؤكدة)",
        rf"^و?(?:في الختام|في ختام الجلسة|ختاما)،?\s+(?:قال|قالت|أكد|أكدت|شدد|شددت)\s+{_AR_HOST}\b",
    ],
}
