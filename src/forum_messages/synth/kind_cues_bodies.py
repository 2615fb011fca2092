"""A track's, a consultation's or a meeting's own account of itself, in six languages
(``synth.kinds``).

Reports of a global forum's tracks and intersessional work describe a session in forms that
``kind_cues_tracks`` (a body as the subject of a verb of scope) leaves out; measured on
``kinds/dev13.yaml`` (docs/quality.md, "a twenty-third round"). Written as forms, not
subjects:

- a body, a consultation, a webinar or "this meeting" as the subject of a verb of presenting or
  discussing ("The coalition presented its annual report on ...", "La consulta regional abordó
  ...", "Le réseau a exposé son programme de travail ...", "Региональная консультация была
  посвящена ...", "……区域磋商讨论了……", "本次网络研讨会介绍了……", "ناقشت المشاورة الإقليمية
  ...", "عرض التحالف الدينامي ... برنامجه"), never before a clause ("that", "que", "что", "أن")
  nor with a modal;
- a head count: a body or an event that brought together, gathered or drew a number of people
  ("The Parliamentary Track, held over two days, brought together some 120 legislators",
  "Este evento del Día 0 congregó a cerca de ochenta ...", "汇聚了……约100名议员", "جمع المسار
  البرلماني ... نحو 80 برلمانيا");
- a declaration or statement read out by someone ("... was read out by two delegates", "fue
  leída por", "a été lue par", "зачитали", "由……宣读", "تلت الإعلان ...");
- legislators, ministers or regulators who shared or presented the bills, laws or strategies
  they are drafting ("Legisladoras de ... compartieron los proyectos de ley ...");
- a closing thanks ("The moderator closed by thanking ...", "Al cierre, la moderadora
  agradeció ...", "وشكرت الميسرة في الختام ...");
- verbless descriptions: a talk, a dialogue or a networking hour named with who gave it and
  what it was on, and no verb of its own ("A lightning talk by a deaf-led organisation on ...",
  "Un diálogo intergeneracional entre ... sobre ...", "……的一场代际对话，由……主持，……",
  "عرض خاطف لجمعية ... حول ...").

Near-misses stay points: a body's report that shows a figure ("The coalition's report shows
that ..."), a call to share draft bills ("Legislators should share their bills ..."), a body
that should look at something ("The coalition should also look at ..."), a dialogue that only
works when ... (a verb of its own).

``ANECDOTES`` are for the learned model's gate (``kind_model.DescriptiveModel.open_to_model``):
a speaker who tells of another person ("A student from Mosul spoke of a classmate who ...",
"تحدث الطالب ... عن زميل له ...") gives an anecdote that carries a point, never a description
of the session, whatever the model's reading of its subject.
"""

from __future__ import annotations

import re

# ------------------------------------------------------------------------------- English
_EN_BODY = (
    r"(?:consultations?|webinars?|meetings?|dynamic coalition|coalition|policy network|"
    r"network|best practice forum|bpf|track|working group|task force|leadership panel|"
    r"summit|event|hub|dialogue|hour)"
)
_EN_NUMBER = (
    r"(?:some |about |around |nearly |almost |more than |over |close to |roughly |an estimated |"
    r"at least |well over )?(?:\d[\d,.]*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety|a hundred|one hundred|two hundred|several hundred|hundreds|dozens)\b)"
)
#: words that make a verbless opening a sentence with a verb of its own (a point)
_EN_FINITE = (
    r"(?:is|are|was|were|be|been|should|must|need|needs|can|cannot|could|will|would|may|"
    r"might|has|have|had|does|do|did|only|works?|worked|helps?|helped|makes?|made|shows?|"
    r"showed|found|means?|meant|remains?|requires?|when|if|unless|because)"
)
#: a verb in the past ("followed"), not a participle before its agent ("moderated by") nor
#: the end of a compound ("deaf-led")
_EN_PAST = r"(?<![\w-])\w{2,}ed\b(?! by\b)"
_EN_PEOPLE = (
    r"(?:members of parliament|mps|legislators|lawmakers|parliamentarians|senators|deputies|"
    r"ministers|regulators|delegates|mayors|judges)"
)
_EN_HOST = r"(?:moderator|facilitator|chair|co-chairs?|host|organi[sz]ers?|rapporteur|convener)"

# ------------------------------------------------------------------------------- Spanish
_ES_BODY = (
    r"(?:consultas?(?: regional(?:es)?)?|seminarios? web|webinarios?|reuni[oó]n|coalici[oó]n|"
    r"red|foro|v[ií]a|panel|grupo de trabajo|evento|cumbre|encuentro|di[aá]logo|jornada)"
)
_ES_VERB = (
    r"(?:present[oó]|presentaron|abord[oó]|abordaron|debati[oó]|debatieron|discuti[oó]|"
    r"discutieron|expuso|expusieron|dio a conocer|dieron a conocer|compartió|compartieron|"
    r"repas[oó]|repasaron|trat[oó]|trataron|lanz[oó]|lanzaron|estuvo dedicad[oa] a)"
)
_ES_NUMBER = (
    r"(?:a )?(?:unas? |unos |cerca de |más de |alrededor de |casi |aproximadamente |"
    r"al menos |un centenar de |medio centenar de )?(?:\d[\d.,]*|veinte|treinta|cuarenta|"
    r"cincuenta|sesenta|setenta|ochenta|noventa|cien|doscientos|centenares|decenas|"
    r"un centenar|medio centenar)\b"
)
_ES_FINITE = (
    r"(?:es|son|fue|era|ser|debe|deben|debería|deberían|puede|pueden|podría|necesita|"
    r"necesitan|funciona|sirve|hay|tiene|tienen|solo|sólo|cuando|si|porque)"
)
_ES_HOST = (
    r"(?:moderador|moderadora|facilitador|facilitadora|president[ae]|anfitri[oó]n|anfitriona|"
    r"relator|relatora|coordinador|coordinadora|organizador|organizadora)(?:es|as)?"
)

# -------------------------------------------------------------------------------- French
_FR_BODY = (
    r"(?:consultations?(?: régionales?)?|webinaires?|réunion|coalition(?: dynamique)?|réseau|"
    r"forum|volet|panel|groupe de travail|événement|évènement|sommet|rencontre|dialogue|"
    r"journée)"
)
_FR_VERB = (
    r"(?:(?:a|ont) (?:présenté|abordé|exposé|discuté|débattu|dévoilé|passé en revue|lancé|"
    r"partagé)|présente(?:nt)?|aborde(?:nt)?|expose(?:nt)?)"
)
_FR_NUMBER = (
    r"(?:quelque |environ |près de |plus de |une centaine de |une cinquantaine de |"
    r"au moins )?(?:\d[\d  .,]*|vingt|trente|quarante|cinquante|soixante(?:-dix)?|"
    r"quatre-vingts?(?:-dix)?|cent|deux cents|centaines|dizaines|une centaine)\b"
)
_FR_FINITE = (
    r"(?:est|sont|était|être|doit|doivent|devrait|devraient|peut|peuvent|pourrait|faut|"
    r"n['’]a|a|ont|sert|fonctionne|suffit|quand|si|parce)"
)

# ------------------------------------------------------------------------------- Russian
_RU_BODY = (
    r"(?:консультаци[яи]|вебинар|встреча|коалиция|сеть|форум|трек|групп[аы]|саммит|"
    r"мероприятие|диалог|час)"
)
_RU_VERB = (
    r"(?:представил[аио]?|обсудил[аио]?|рассмотрел[аио]?|изложил[аио]?|познакомил[аио]?|"
    r"был[аио]? посвящен[аоы]?|представлял[аио]?|презентовал[аио]?|запустил[аио]?)"
)
_RU_NUMBER = (
    r"(?:около |почти |более |свыше |порядка |примерно |не менее |до )?(?:\d[\d  ]*|"
    r"двадцат\w*|тридцат\w*|сорок\w*|пятидесят\w*|шестидесят\w*|семидесят\w*|"
    r"восьмидесят\w*|девяност\w*|ста|сотн\w*|десятк\w*)\b"
)
#: a finite verb or a modal: a sentence of its own, not a verbless description
_RU_FINITE = (
    r"(?:\w+(?:ет|ит|ют|ят|ут|ется|ится|ются|ятся|ал|ала|али|ил|ила|или|ел|ела|ели)|"
    r"должн\w*|нужн\w*|следует|можно|нельзя|есть|был\w*)"
)

# ------------------------------------------------------------------------------- Chinese
_ZH_BODY = (
    r"(?:磋商|网络研讨会|研讨会|会议|动态联盟|联盟|政策网络|网络|论坛|轨道|小组|工作组|峰会|"
    r"活动|对话)"
)

# -------------------------------------------------------------------------------- Arabic
_AR_BODY = (
    r"(?:ال)?(?:ائتلاف|تحالف|شبكة|منتدى|مشاورة|مشاورات|ندوة|اجتماع|مسار|فريق|قمة|فعالية|"
    r"لقاء|حوار)"
)
_AR_NUMBER = r"(?:(?:نحو|قرابة|حوالي|زهاء|أكثر من|ما يزيد على|ما يقارب|أزيد من)\s+)?\d"
_AR_NUMBER_WORD = (
    r"(?:نحو|قرابة|حوالي|زهاء|أكثر من|ما يزيد على|ما يقارب|أزيد من)\s+(?:\S+\s+)?"
    r"(?:عشرين|ثلاثين|أربعين|خمسين|ستين|سبعين|ثمانين|تسعين|مئة|مائة|مئتي|مائتي|مئات|عشرات)"
)

BODIES: dict[str, list[str]] = {
    "en": [
        # "The Dynamic Coalition on X presented its annual report on ...", "The regional
        # consultation for Y addressed ...", "The coalition set out its programme of work ..."
        rf"^(?:in this (?:meeting|session|webinar),? )?(?:the|this|its) (?:[\w'’-]+ ){{0,8}}?"
        rf"{_EN_BODY}(?: (?:for|on|of|in) [^,.;:]{{1,60}}?)?(?:,[^,.;:]{{1,60}},)? (?:also )?"
        r"(?:addressed|discussed|debated|presented|introduced|launched|set out|outlined|"
        r"shared|reviewed|considered|was devoted to)\b"
        r"(?![^.]*\b(?:that|should|must|shows?|showed|found|finds)\b)",
        # a head count: "The Parliamentary Track, held over two days, brought together some 120
        # legislators", "This Day 0 event gathered around eighty regulators"
        rf"^(?:the|this|its) (?:[\w'’-]+ ){{0,8}}?{_EN_BODY}(?: (?:for|on|of|in) [^,.;:]{{1,60}}?)?"
        r"(?:,[^,.;:]{1,60},)? (?:also )?(?:brought together|gathered|drew|attracted|convened|"
        rf"welcomed|assembled|hosted|reached) {_EN_NUMBER}",
        # "The closing statement of the youth summit was read out by two delegates"
        r"^(?:the|its|this|a) (?:[\w'’-]+ ){0,8}?(?:declaration|statement|message|manifesto|"
        r"communiqu[ée]|outcome document|call to action|charter|pledge|letter)\b[^.;]{0,80}? "
        r"(?:was|were) (?:read (?:out |aloud )?|delivered |presented )by\b(?![^.]*\bthat\b)",
        # "Members of parliament from Chile, Nepal and Zambia shared the bills ... they are
        # drafting"
        rf"^{_EN_PEOPLE}(?: (?:from|of) [^.;]{{2,80}}?)? (?:shared|presented|described|outlined|"
        r"walked (?:participants|the room) through) (?:the|their) (?:[\w'’-]+ ){0,3}?"
        r"(?:bills|draft bills|draft laws|laws|legislation|strategies|policies|proposals)\b"
        r"(?![^.]*\b(?:that|should|must)\b)",
        # "The moderator closed the session by thanking ...", "In closing, the chair thanked ..."
        rf"^(?:the )?{_EN_HOST} (?:closed|ended|concluded|wrapped up)(?: the (?:session|meeting|"
        r"discussion|webinar|event|dialogue))? by thanking\b",
        rf"^(?:in closing|at the end|to close|finally|closing the session),? (?:the )?{_EN_HOST} "
        r"thanked\b",
        # verbless: "A lightning talk by a deaf-led organisation on ...", "An exchange between
        # X and Y, moderated by Z, on how ...", "A networking hour for newcomers, hosted by ..."
        r"^(?:an?|one) (?:[\w'’-]+ ){0,3}?(?:lightning talk|talk|exchange|dialogue|"
        r"conversation|roundtable|round table|networking (?:hour|session|reception)|"
        r"open forum|briefing|fireside chat|town hall|launch|screening|demonstration|"
        r"walk-through)\b (?:by|between|with|among|for|from|hosted by|led by|organi[sz]ed by|"
        rf"convened by)\b(?:(?!\b{_EN_FINITE}\b|{_EN_PAST})[^.;:])*?(?:\b(?:on|about)\b|[.!]?$)",
    ],
    "es": [
        # "La Coalición Dinámica sobre X presentó su informe sobre ...", "La consulta regional
        # de los países andinos abordó ...", "La red expuso su plan de trabajo ..."
        rf"^(?:en esta (?:reunión|sesión),? )?(?:el|la|los|las|este|esta|su) (?:[\w-]+ ){{0,2}}?"
        rf"{_ES_BODY}\b[^,.;:]{{0,80}}? {_ES_VERB}\b(?![^.]*\b(?:que (?:la|el|los|las)? ?\w+ "
        r"(?:debe|deben|es|son)|debe|deben|debería|deberían)\b)",
        # "La Vía Parlamentaria reunió durante dos días a unas 110 legisladoras ...", "Este
        # evento del Día 0 congregó a cerca de ochenta ..."
        rf"^(?:el|la|este|esta|su) (?:[\w-]+ ){{0,2}}?{_ES_BODY}\b[^,.;:]{{0,80}}? (?:reunió|"
        r"congregó|convocó|atrajo|reunieron|congregaron|contó con la participación de|"
        rf"acogió|recibió)(?: [^,.;:\d]{{1,30}}?)? {_ES_NUMBER}",
        # "La declaración final de la cumbre juvenil fue leída por dos delegadas ..."
        r"^(?:el|la|su|los|las) (?:[\w-]+ ){0,4}?(?:declaraci[oó]n|comunicado|mensaje|"
        r"manifiesto|documento final|llamamiento|carta|compromiso)\b[^.;]{0,80}? "
        r"(?:fue|fueron) (?:leíd[oa]s?|presentad[oa]s?|entregad[oa]s?)(?: en voz alta)? por\b",
        # "Legisladoras de Chile, Bolivia y El Salvador compartieron los proyectos de ley ..."
        r"^(?:legisladoras?|legisladores|parlamentari[oa]s|diputad[oa]s|senador[ae]s|"
        r"ministr[oa]s|reguladores|autoridades)(?: y (?:legisladores|parlamentarios|"
        r"diputados|senadores))?(?: de [^.;]{2,80}?)? (?:compartieron|presentaron|describieron|"
        r"expusieron|detallaron) (?:los|las|sus) (?:[\w-]+ ){0,2}?(?:proyectos de ley|leyes|"
        r"iniciativas|propuestas legislativas|estrategias|políticas|normas)\b"
        r"(?![^.]*\b(?:debe|deben|debería|deberían)\b)",
        # "Al cierre, la moderadora agradeció ...", "La facilitadora cerró agradeciendo ..."
        r"^(?:al cierre|para cerrar|al final|en el cierre|para concluir|al concluir),? "
        rf"(?:el |la )?{_ES_HOST} agradeci(?:ó|eron)\b",
        rf"^(?:el |la )?{_ES_HOST} (?:cerró|concluyó|clausuró)[^.;]{{0,40}} agradeciendo\b",
        # verbless: "Una charla relámpago de una cooperativa ... sobre ...", "Hora de encuentro
        # para recién llegados, organizada por ..."
        r"^(?:(?:un|una) (?:[\w-]+ ){0,2}?(?:charla(?: relámpago)?|diálogo(?: intergeneracional)?|"
        r"conversatorio|intercambio|mesa redonda|presentación(?: relámpago)?|sesión informativa|"
        r"hora de encuentro)|(?:hora|sesión|espacio) de (?:encuentro|networking|intercambio))\b "
        r"(?:de|entre|con|para|a cargo de|organizad[oa] por)\b"
        rf"(?:(?!\b{_ES_FINITE}\b)[^.;:])*?(?:\bsobre\b|[.!]?$)",
    ],
    "fr": [
        # "La coalition dynamique sur X a présenté son rapport sur ...", "La consultation
        # régionale pour l'Afrique centrale a abordé ...", "Le réseau a exposé son programme"
        rf"^(?:lors de cette (?:réunion|séance),? )?(?:le |la |les |l['’]|ce |cet |cette |son |sa )"
        rf"(?:[\w-]+ ){{0,2}}?{_FR_BODY}\b[^,.;:]{{0,90}}? {_FR_VERB}\b"
        r"(?![^.]*\b(?:doit|doivent|devrait|devraient|faut)\b)",
        # "Le volet parlementaire a réuni pendant deux jours quelque 90 parlementaires"
        rf"^(?:le |la |l['’]|ce |cet |cette )(?:[\w-]+ ){{0,2}}?{_FR_BODY}\b[^,.;:]{{0,90}}? "
        r"(?:a|ont) (?:réuni|rassemblé|accueilli|attiré|mobilisé)(?: [^,.;:\d]{1,30}?)? "
        rf"{_FR_NUMBER}",
        # "La déclaration finale du sommet de la jeunesse a été lue par deux délégués"
        r"^(?:le |la |l['’]|les )(?:[\w-]+ ){0,4}?(?:déclaration|communiqué|message|manifeste|"
        r"document final|appel|charte|lettre)\b[^.;]{0,80}? (?:a|ont) été (?:lue?s?|"
        r"présentée?s?|remise?s?)(?: à voix haute)? par\b",
        # "Des députés du Sénégal ... ont partagé les propositions de loi qu'ils préparent"
        r"^(?:des |les )?(?:députée?s?|parlementaires|législateurs|sénat(?:eur|rice)s?|"
        r"ministres|régulateurs)(?: (?:de|du|des|d['’])[^.;]{2,80}?)? (?:ont|a) (?:partagé|"
        r"présenté|décrit|exposé|détaillé) (?:les|leurs|ses|des) (?:[\w-]+ ){0,2}?"
        r"(?:propositions de loi|projets de loi|lois|textes|stratégies|politiques)\b"
        r"(?![^.]*\b(?:doit|doivent|devrait|devraient|faut)\b)",
        # verbless: "Une présentation éclair d'une association ... sur ...", "Heure de
        # réseautage pour les nouveaux venus, organisée par ..."
        r"^(?:(?:un|une) (?:[\w-]+ ){0,2}?(?:présentation éclair|conférence éclair|"
        r"dialogue(?: intergénérationnel)?|échange|table ronde|causerie|séance d['’]information)|"
        r"(?:heure|séance|espace) de (?:réseautage|rencontre|networking))\b"
        r"(?: (?:de|du|des|entre|avec|pour|par|organisée? par)\b|\s?d['’])"
        rf"(?:(?!\b{_FR_FINITE}\b)[^.;:])*?(?:\bsur\b|[.!]?$)",
    ],
    "ru": [
        # "Динамическая коалиция по X представила свой доклад ...", "Региональная консультация
        # ... была посвящена ...", "Сеть изложила свою программу работы ..."
        rf"^(?:на этой встрече,? )?(?:[\w-]+ ){{0,2}}?{_RU_BODY}\b[^,.;:]{{0,90}}? {_RU_VERB}\b"
        r"(?![^.]*(?:[,\s]что\s|\bдолжн|\bнужно|\bследует))",
        # "Парламентский трек за два дня собрал около 100 депутатов"
        rf"^(?:[\w-]+ ){{0,3}}?{_RU_BODY}\b[^,.;:]{{0,90}}? (?:собрал[аио]?|объединил[аио]?|"
        rf"привлёк|привлек(?:ла|ло)?|принял[аио]?)(?: [^,.;:\d]{{1,30}}?)? {_RU_NUMBER}",
        # "Итоговую декларацию молодёжного саммита зачитали две делегатки"
        r"^(?:[\w-]+ ){0,2}?(?:декларацию|заявление|обращение|послание|манифест|хартию|"
        r"итоговый документ)\b[^.;]{0,60}? (?:зачитал[аио]?|огласил[аио]?|прочитал[аио]?|"
        r"представил[аио]?)\b",
        r"^(?:[\w-]+ ){0,2}?(?:декларация|заявление|обращение|послание|манифест|хартия|"
        r"итоговый документ)\b[^.;]{0,60}? (?:был[аио]? )?(?:зачитан[аоы]?|оглашен[аоы]?|"
        r"оглашён)\b",
        # "Депутаты из Казахстана ... рассказали о законопроектах ..., которые они готовят"
        r"^(?:депутаты|парламентарии|законодатели|сенаторы|министры|регуляторы)"
        r"(?: (?:из|от) [^.;]{2,80}?)? (?:рассказали о|поделились|представили|познакомили с) "
        r"(?:своими |свои |своих )?(?:законопроект|проект\w* закон|закон|стратеги|"
        r"инициатив)\w*(?![^.]*(?:[,\s]что\s|\bдолжн|\bнужно|\bследует))",
        # verbless: "Блиц-доклад организации незрячих людей об ...", "Час знакомств для
        # новичков, организованный ..."
        r"^(?:[\w-]+ ){0,2}?(?:блиц-доклад|блиц-выступление|диалог|обмен мнениями|"
        r"круглый стол|час знакомств|час нетворкинга|презентация|лекция)\b"
        rf"(?:(?!\b{_RU_FINITE}\b)[^.;:])*?(?:\s(?:о|об|о том)\b|\s—|[.!]?$)",
    ],
    "zh": [
        # "数字无障碍动态联盟介绍了其……年度报告", "东南亚区域磋商讨论了……", "该网络介绍了下一年度
        # 的工作计划", "……论坛本次会议讨论了……"
        rf"^(?:本次|这次|该)?[^，,。：:；;]{{0,30}}?{_ZH_BODY}(?:本次会议|在本次会议上|此次|今年)?"
        r"(?:讨论|介绍|发布|提交|审议|探讨|汇报|展示|交流|推出)了(?![^。]{0,40}?(?:应当|应该|必须))",
        # "议会轨道为期两天，汇聚了……约100名议员", "本次零日活动吸引了约六十名……"
        rf"^(?:本次|这次|该)?[^。：:；;]{{0,40}}?{_ZH_BODY}[^。：:；;]{{0,20}}?(?:汇聚|汇集|聚集|"
        r"吸引|召集|迎来|集结)了(?:来自[^，。]{1,30}的)?(?:约|近|超过|逾|共|将近)?"
        r"[\d一二三四五六七八九十百千两]+(?:多|余)?(?:名|位|个|家)",
        # "青年峰会的最终宣言由……两名青年代表宣读"
        r"^[^，,。]{0,30}(?:宣言|声明|倡议|宪章|成果文件|呼吁书|公报)由[^。]{1,40}(?:宣读|朗读)",
        # "来自……的议员分享了他们正在起草的网络安全法案"
        r"^(?:来自[^，。]{1,30}的)?(?:议员|立法者|部长|监管机构|监管者)(?:们)?(?:分享|介绍|展示)了"
        r"[^。]{0,30}?(?:法案|立法|法律|草案)",
        # verbless: "……之间的一场代际对话，由……主持，主题是……", "……所作的闪电演讲，介绍……",
        # "面向新人的交流时间，由青年轨道主办，……"
        r"^[^，,。]{0,40}?(?:的)?(?:一场|一次)?(?:闪电演讲|代际对话|对话会|交流时间|交流会|"
        r"圆桌讨论|讲座|炉边谈话)[，,](?:由|主题是|主题为|介绍|围绕|聚焦)",
    ],
    "ar": [
        # "عرض الائتلاف الدينامي ... تقريره السنوي", "ناقشت المشاورة الإقليمية ...", "قدمت هذه
        # الندوة عبر الإنترنت نتائج مسح ..."
        r"^و?(?:عرض|عرضت|ناقش|ناقشت|قدم|قدمت|استعرض|استعرضت|تناول|تناولت|بحث|بحثت|أطلق|أطلقت|"
        rf"طرح|طرحت)\s+(?:هذه\s+|هذا\s+)?{_AR_BODY}\b(?![^.]*\s(?:أن|أنّ|بأن)\s)",
        # a head count: "جمع المسار البرلماني على مدى يومين نحو 80 برلمانيا", "استقطبت فعالية
        # اليوم صفر هذه نحو خمسين ..."
        r"^و?(?:جمع|جمعت|ضم|ضمت|استقطب|استقطبت|استضاف|استضافت|استقبل|استقبلت)\s+"
        rf"(?:هذه\s+|هذا\s+)?{_AR_BODY}\b[^،.؛]{{0,60}}?\s(?:{_AR_NUMBER}|{_AR_NUMBER_WORD})",
        # "تلت الإعلان الختامي لقمة الشباب مندوبتان ...", "تُلي البيان الختامي ..."
        r"^و?(?:تلا|تلت|تلى|قرأ|قرأت|تلي|تليت|قرئ|قرئت)\s+(?:ال)?(?:إعلان|بيان|رسالة|نداء|"
        r"وثيقة|ميثاق)\b",
        # "تبادل نواب من تونس والعراق ... مشاريع القوانين التي يعكفون على صياغتها"
        r"^و?(?:تبادل|تبادلت|عرض|عرضت|قدم|قدمت|استعرض|استعرضت|شارك|شاركت)\s+(?:ال)?(?:نواب|"
        r"برلمانيون|برلمانيين|برلمانيات|مشرعون|مشرعين|وزراء|نائبات)\b[^.]{0,80}?\s"
        r"(?:مشاريع|مشروعات|مقترحات|مسودات|نصوص)\s+(?:ال)?(?:قوانين|قانون|تشريعات)",
        # "وشكرت الميسرة في الختام ...", "وفي الختام، شكر الرئيس ..."
        r"^و?(?:في الختام،?\s+)?(?:شكر|شكرت)\s+(?:ال)?(?:ميسر|ميسرة|مدير|مديرة|رئيس|رئيسة|"
        r"منظم|منظمة|منظمون|منسق|منسقة|مقرر|مقررة|مضيف|مضيفة)\b",
        # verbless: "عرض خاطف لجمعية ... حول ...", "حوار بين الأجيال بين ... حول ...", "ساعة
        # تعارف للمشاركين الجدد، ..."
        r"^(?:عرض خاطف|حديث خاطف|حوار بين الأجيال|ساعة تعارف|ساعة للتعارف|جلسة تعارف|"
        r"طاولة مستديرة|جلسة إحاطة)\s*(?:ل|بين|حول|مع|عن|،)"
        r"(?![^.]*\s(?:أن|ينبغي|يجب|لا|لن|لم|يحتاج|يتطلب|يجدي|ينجح)\s)",
    ],
}

#: The finding that follows a test's or an audit's results in the same sentence ("presented an
#: audit of 300 websites, only one in ten of which ..."): the presenter's words carry a point.
FINDING_AFTER: dict[str, str] = {
    "en": r"(?:[,:;]\s*|\b(?:of )?which\s+)(?:only|just|fewer|less|more|most|half|none|nearly|"
    r"almost|barely|one in|\d[\d.,]*\s?(?:%|per ?cent))\b",
    "es": r"(?:[,:;]\s*|\bde (?:los|las) que\s+)(?:solo|sólo|apenas|menos|más|la mitad|ninguno|"
    r"ninguna|casi|uno de cada|una de cada|\d[\d.,]*\s?%)",
    "fr": r"(?:[,:;]\s*|\bdont\s+)(?:seul|seule|seulement|moins|plus|la moitié|aucun|aucune|"
    r"près|un sur|une sur|\d[\d  .,]*\s?%)",
    "ru": r"[,:;—]\s*(?:лишь|только|менее|более|больше|меньше|почти|половин\w*|треть|"
    r"ни один|ни одна|каждый|каждая|большинств\w*|\d)",
    "zh": r"[，,：:；;](?:只有|仅有|仅|不到|超过|近|半数|一半|多数|大多数|没有|\d|"
    r"[一二三四五六七八九十]+分之)",
    "ar": r"[،,:؛]\s*و?(?:لا|لم|لن|ليس|سوى|أكثر|أقل|نصف|ثلث|ربع|معظم|غالبية|أغلب|تبين|"
    r"أظهرت|يتبين|\d)",
}
_PRESENTED = {
    "en": r"\b(?:presented|shared|showed|reported)\b",
    "es": r"\b(?:presentó|compartió|mostró|expuso)\b",
    "fr": r"\b(?:a|ont) (?:présenté|partagé|montré|exposé)\b",
    "ru": r"\b(?:представил[аи]?|показал[аи]?|поделил(?:ся|ась|ись))\b",
    "zh": r"(?:介绍了|展示了|分享了|公布了)",
    "ar": r"(?:^|\s)و?(?:قدم|قدمت|عرض|عرضت|استعرض|استعرضت)\s",
}

#: An anecdote about another person told by a speaker, or a test's results presented with
#: their finding: never opened to the learned model.
ANECDOTES = re.compile(
    "|".join(rf"{_PRESENTED[code]}[^.。]*?{FINDING_AFTER[code]}" for code in _PRESENTED) + "|"
    r"^(?:an?|the|one) (?:[\w'’-]+ ){0,6}?(?:spoke|told|talked) (?:of|about|the story of) "
    r"(?:a|an|her|his|their) (?:former |young |fellow )?(?:classmate|colleague|friend|"
    r"neighbou?r|cousin|sister|brother|mother|father|daughter|son|pupil|student|patient|"
    r"client)s?\b|"
    r"^(?:un|una) (?:[\w-]+ ){0,5}?(?:habló|contó|relató) (?:de|sobre) (?:una?|su) "
    r"(?:compañer[oa]|amig[oa]|vecin[oa]|prim[oa]|herman[oa]|alumn[oa]|hij[oa])\b|"
    r"^(?:un|une) (?:[\w-]+ ){0,5}?a (?:parlé|raconté l['’]histoire) d['’](?:un|une) "
    r"(?:camarade|collègue|ami|amie|voisin|voisine|cousin|cousine|élève)\b|"
    r"^(?:[\w-]+ ){0,4}?рассказал[аи]? (?:о|об) (?:сво\w+ )?(?:подруг|друг|однокурсни|"
    r"одноклассни|коллег|сосед|родственни|ученик|ученице)\w*|"
    r"^[^，,。]{0,30}(?:讲述|讲)了(?:一位|一名|她的|他的)?(?:同学|朋友|同事|邻居|亲戚|学生)|"
    r"^و?(?:تحدث|تحدثت|روى|روت|حكى|حكت)\s+[^.]{0,60}?\s(?:عن|قصة)\s+(?:زميل|زميلة|صديق|"
    r"صديقة|جار|جارة|قريب|قريبة)\s+(?:له|لها)\b",
    re.IGNORECASE,
)
