"""What rapporteurs write about their session beside its points (``synth.kinds``, each shape
behind its setting): shapes read among the misses of test-colon and the spent report files
(docs/quality.md, "a fifty-eighth round").

Descriptions (read like ``kind_turns.describes``: a statement is a description when each of
its sentences is one of these or a description of the cue patterns; a sentence is never cut
from a point for them):

- *who the session gathered* (``ROSTER``): the session itself, by the name of its format, with
  at most a clause about its chair, gathering people ("The opening session, chaired by ...,
  brought together ...", "La primera sesión principal del foro, moderada por ..., reunió a
  ...", "Первая секция, которую вела ..., собрала ...", "جمعت الجلسة الأولى ..."), or taking up
  a subject with the participation of people ("... abordó X, con la participación de ...",
  "Семинар был посвящён X, при участии ...", "第二场研讨会围绕……展开，……参加了讨论"); a chair's
  summary's heading ("Chair's summary.", "Resumen de la presidencia.") beside it. A body that
  is no session ("The ministry brought together ...") and participation asked for in a claim
  ("... must be written with the participation of ...") are points;
- *a session page's announcement* (``ANNOUNCED``): the first person plural in the future,
  inside the session ("In this workshop we will look at ...", "En este taller conoceremos
  ...", "На этом семинаре мы разберём ...", "在本次研讨会上，我们将……", "سنتعرف في هذه الورشة
  ..."), and its invitation to those attending to bring or do something ("Participants are
  invited to bring ...", "Se invita a los asistentes a traer ..."). A future of need with no
  session ("In the next ten years we will need ...") and a call inviting governments are
  points.

Read among the misses of test-samarkand and the spent files (docs/quality.md, "a sixty-first
round"): *one person presenting a thing* (``PRESENTED``: "Mme X, inspectrice ..., a présenté le
guide pédagogique publié par son ministère.", "قدمت الدكتورة X خريطة ..."; with a finding, an
achievement or a claim beside it, "presented a map showing that ...", a point) and *the session
taking up a subject* with its rank or a clause about its chair or language (``SUBJECT``: "La
deuxième plénière, animée en français et en russe, a porté sur ..."; with its conclusion, a
point), descriptions; *a speaker named otherwise than by a full name* (``OTHERWISE``: "Karim,
livreur à Lyon, a raconté que ...", "Le vice-ministre a rappelé que ...", "تحدثت والدة طفل عن
...", "他举例说，……"), an attribution.

Attributions (added to the attribution cues):

- *one named person's view* (``VIEW``): "For the pharmacist Samuel Boateng, ...", "Para la
  psicóloga Valeria Montenegro, ...", "Pour la directrice d'école Mariam Sanogo, ...", "Для
  проводницы Натальи Лебедевой ...", "在接线员刘桂芳看来，……", "بالنسبة إلى المزارع خالد
  العبري، ..."; a view "for" a group or a body ("For small village pharmacies, ...", "Para las
  cooperativas pequeñas, ...") is no one person's words.
"""

from __future__ import annotations

import re
from functools import cache

from forum_messages.nlp.segment import arabic_plain
from forum_messages.synth.kind_cues_attributed import (
    _EN_SAY,
    _ES_SAY,
    _FR_ROLE,
    _FR_ROLE_MORE,
    _FR_SAY,
    _RU_SAY,
)

#: Whether a session gathering people or taking up a subject with the participation of people
#: is a description: on. On the common evaluation it finds three of test-colon's Spanish
#: descriptions (es 0.769 -> 1.000) and takes both its message texts taken from a description
#: away (0.071 -> 0.000; all sources make its point 0.821 -> 0.889), with no false alarm on any
#: readable set. Alone it took away the only message (its text a description) whose own point
#: a ransomware workshop's was; with ``single_points.AGREE`` at 0.45 that workshop's point is a
#: message of its own and the row holds. The one row that rises the wrong way is a rate of the
#: same one message: test-colon's one text in another language is 1 of 27 messages instead of
#: 1 of 28 (docs/quality.md, steps 57 and 59).
ROSTER = True
#: Whether a session page's announcement in the first person plural future, and its invitation
#: to those attending, is a description: on (the common evaluation: test-colon Spanish
#: descriptive recall 0.692 -> 0.769, no other row moves).
ANNOUNCED = True
#: Whether one named person's view given as "For the <role> <name>, ..." is an attribution: on
#: (test-colon Spanish attribution recall 0.625 -> 0.750, no other row moves).
VIEW = True

#: Whether one person presenting a thing of their own or of their body (a calendar, a guide,
#: a map, a plan, a platform, the deadlines, the history of a subject) is a description: on.
#: On the common evaluation it finds four of test-samarkand's descriptions (recall 0.922 ->
#: 0.974; ar 0.938 -> 1.000, fr 0.893 -> 0.964, ru 0.944 -> 1.000) and three of
#: test-tallinn's French ones (0.833 -> 1.000), with no false alarm on any readable set out of
#: fold and no row down. The descriptions it sets aside are labelled attributions too; since
#: attribution precision leaves the statements labelled descriptive out, as recall does, a
#: description set aside no longer lowers it (docs/quality.md, "a sixty-first round" and
#: "Attribution recall counted on the attributions that are not descriptions").
PRESENTED = True
#: Whether a session named with its rank or a clause about its chair or language, taking up a
#: subject, is a description: on (the common evaluation: test-samarkand French descriptive
#: recall 0.857 -> 0.893, test-cartagena English 0.818 -> 0.864; no row goes down).
SUBJECT = True
#: Whether a speaker named otherwise than by a full name or a listed role is an attribution
#: (a first name alone with an apposition, a title with a "vice-" or "deputy" prefix, a
#: child's parent, a pronoun giving an example): on (test-samarkand attribution recall 0.783 ->
#: 0.957, precision 0.885 -> 0.900; no row goes down).
OTHERWISE = True
#: Whether the session's arrangements as organisers' forms and reporting services write them
#: are a description: what the questions from the floor focused on, what the session's format
#: allowed its people to do, a poll run during the session (docs/quality.md, "a sixty-fifth
#: round"): on (the common evaluation moves no row; kinds/dev39.yaml descriptive recall 0.930 ->
#: 1.000, no false alarm on any readable set out of fold).
ARRANGED = True
#: Whether a terse note on the questions ("Q&A short. One question from the floor, on cost.")
#: is a description too (with ``ARRANGED``): off. It finds test-colon's English description
#: (descriptive recall en 0.818 -> 0.909) but the sub-topic ARI of its messages falls (0.717 ->
#: 0.714): the statement it sets aside leaves a message of its own behind.
TERSE = False

_I = re.IGNORECASE

# ---------------------------------------------------------------- who the session gathered
#: the session by the name of its format
_SESSION = {
    "en": r"(?:main session|plenary session|plenary|session|workshop|roundtable|round table|"
    r"panel|open forum|lightning talk|talk|seminar|meeting|dialogue|town hall|breakout|track)",
    "es": r"(?:sesión principal|sesión plenaria|sesión|plenaria|taller|mesa redonda|mesa|panel|"
    r"foro abierto|charla relámpago|charla|conversatorio|seminario|reunión|diálogo|encuentro|"
    r"conferencia)",
    "fr": r"(?:session plénière|session|séance|plénière|atelier|table ronde|panel|forum ouvert|"
    r"conférence|causerie|dialogue|réunion|rencontre)",
    "ru": r"(?:секция|сессия|пленарное заседание|заседание|семинар|круглый стол|панель|"
    r"дискуссия|мастерская|воркшоп|встреча|открытый форум)",
    "zh": r"(?:分论坛|主论坛|研讨会|工作坊|圆桌会议|圆桌论坛|圆桌|全体会议|主旨会议|"
    r"闪电演讲|座谈会|对话会|开放论坛|会议)",
    "ar": r"(?:ال)?(?:جلسة|ورشة|ورشة العمل|مائدة المستديرة|حلقة|ندوة|منتدى المفتوح|حوار|"
    r"اجتماع|لقاء)",
}
#: a clause about the session's chair or place between commas
_CLAUSE = r"(?:\s*[,،]\s*[^,،;:.]{3,90}[,،])?"
#: a modal of the session's own claim after the verb (then it is a point)
_NO_CLAIM = {
    "en": r"(?![^.]*\b(?:should|must|need to|needs to|have to|has to)\b)",
    "es": r"(?![^.]*\b(?:debe|deben|debería|deberían|hay que|tiene que|tienen que)\b)",
    "fr": r"(?![^.]*\b(?:doit|doivent|devrait|devraient|il faut)\b)",
    "ru": r"(?![^.]*(?:^|[^\w])(?:должн\w*|нужно|надо|следует|нельзя)(?!\w))",
    "zh": r"(?![^。]*(?:应当|应该|必须|需要))",
    "ar": r"(?![^.]*(?<!\w)(?:يجب|ينبغي|لا بد|لابد)(?!\w))",
}
_ROSTER = {
    "en": [
        r"^(?:the|this|our|an?) (?:[\w'’-]+ ){0,3}?{S}\b(?: of the (?:forum|day|meeting))?{C} "
        r"(?:also |then )?(?:brought together|gathered|convened|assembled|drew together)\b"
        r"(?![^.]*\b(?:that|who said|who says)\b){N}",
        r"^(?:the|this|our|an?) (?:[\w'’-]+ ){0,3}?{S}\b(?: of the (?:forum|day|meeting))?{C} "
        r"(?:took up|looked at|addressed|discussed|examined|explored|focused on|turned to|"
        r"dealt with|covered|was devoted to)\b[^.;]{3,200}?,? with the participation of\b{N}",
    ],
    "es": [
        r"^(?:el|la|este|esta|nuestr[oa]) (?:[\w-]+ ){0,2}?{S}\b(?: [\w-]+)?(?: del (?:foro|"
        r"encuentro|día))?{C} (?:también )?(?:reunió|congregó|convocó|juntó|contó con|acogió)"
        r"\b{N}",
        r"^(?:el|la|este|esta|nuestr[oa]) (?:[\w-]+ ){0,2}?{S}\b(?: [\w-]+)?(?: del (?:foro|"
        r"encuentro|día))?{C} (?:abordó|trató|examinó|analizó|discutió|debatió|exploró|"
        r"se centró en|giró en torno a|estuvo dedicad[oa] a|se dedicó a)\b[^.;]{3,200}?,? con "
        r"la participación de\b{N}",
    ],
    "fr": [
        r"^(?:le |la |l['’]|cette |ce |cet |notre )(?:[\w-]+ ){0,2}?{S}\b(?: [\w-]+)?"
        r"(?: du (?:forum|jour))?{C} a (?:aussi )?(?:réuni|rassemblé|accueilli|convié)\b{N}",
        r"^(?:le |la |l['’]|cette |ce |cet |notre )(?:[\w-]+ ){0,2}?{S}\b(?: [\w-]+)?"
        r"(?: du (?:forum|jour))?{C} (?:a porté sur|a abordé|a examiné|a traité|a exploré|"
        r"a été consacrée? à|s['’]est penchée? sur)[^.;]{3,200}?,? avec la participation d"
        r"(?:e|u|es|['’])\b{N}",
    ],
    "ru": [
        r"^(?:[а-яё-]+ ){0,2}?{S}(?: форума)?{C} (?:также )?(?:собрал[аои]?|объединил[аои]?|"
        r"свел[аои]?|свёл)(?!\w){N}",
        r"^(?:[а-яё-]+ ){0,2}?{S}(?: форума)?{C} (?:был[аои]? посвящ[её]н[аоы]?|рассмотрел[аои]?|"
        r"обсудил[аои]?)(?!\w)[^.;]{3,200}?,? (?:при участии|с участием)(?!\w){N}",
    ],
    "zh": [
        r"^(?:本次|这次|本场|这场|首场|该|此次|第[一二三四五六七八九十\d]+场)?[^，。]{0,6}?{S}"
        r"[^。]{0,40}?(?:汇聚了|汇集了|邀请了|聚集了|召集了|请来了){N}",
        r"^(?:本次|这次|本场|这场|首场|该|此次|第[一二三四五六七八九十\d]+场)?[^，。]{0,6}?{S}"
        r"(?:围绕|聚焦|探讨了|讨论了)[^。]{2,80}[，,][^。]{2,80}?参加了(?:讨论|会议|本场)?{N}",
    ],
    "ar": [
        r"^(?:و|ف)?(?:جمعت|ضمت|استضافت) {S}(?: [^\s،]+)?{C} {N}",
        r"^{S}(?: [^\s،]+)?{C} (?:جمعت|ضمت|استضافت) {N}",
        r"^(?:و|ف)?(?:تناولت|ناقشت|بحثت|استعرضت) {S}(?: [^\s،]+)?{C} [^.؛]{3,200}?[،,]? "
        r"بمشاركة {N}",
    ],
}
#: a chair's summary's heading, alone as a sentence
_SUMMARY = {
    "en": r"^(?:the )?chair(?:'s|’s|person's|person’s)? summary\.?$",
    "es": r"^resumen (?:de la presidencia|del presidente|de la presidenta)\.?$",
    "fr": r"^résumé (?:de la présidence|du président|de la présidente)\.?$",
    "ru": r"^(?:резюме|итоги) председател(?:я|ьствующего)\.?$",
    "zh": r"^主席(?:总结|摘要)。?$",
    "ar": r"^ملخص (?:الرئيس|الرئيسة|الرئاسة)\.?$",
}

# ---------------------------------------------------------------- a session page's announcement
_ANNOUNCED = {
    "en": [
        r"^(?:in|during|at) (?:this|the|our|today's) (?:[\w'’-]+ )?{S},? we (?:will|'ll|’ll|"
        r"shall) \w+",
        r"^(?:participants|attendees|those attending|everyone attending) (?:are|will be) "
        r"(?:invited|asked|welcome|encouraged) to (?:bring|register|download|install|arrive|"
        r"join|take)\b",
    ],
    "es": [
        r"^(?:en|durante) (?:este|esta|el|la|nuestr[oa]) (?:[\w-]+ )?{S},? (?:[\w-]+ ){0,1}?"
        r"[\w-]+remos\b",
        r"^se (?:invita|pide|ruega|recomienda) a (?:los|las) (?:asistentes|participantes) "
        r"(?:que )?(?:a )?(?:traer|traigan|llevar|lleven|inscribirse|se inscriban|descargar|"
        r"descarguen|llegar|lleguen|registrarse|se registren)\b",
    ],
    "fr": [
        r"^(?:dans|lors de|pendant|au cours de) (?:cet|cette|ce|la|le|l['’]|notre) ?"
        r"(?:[\w-]+ )?{S},? nous (?:[\w-]+rons|allons \w+)\b",
        r"^les (?:participants|participantes|personnes présentes) sont (?:invitée?s|priée?s) "
        r"(?:à|d['’]) ?(?:apporter|venir|s['’]inscrire|télécharger|arriver)\b",
    ],
    "ru": [
        r"^(?:на|в ходе|во время) (?:этом|этой|нашем|нашей) (?:семинаре|сессии|секции|встрече|"
        r"круглом столе|мастерской|заседании|дискуссии|воркшопе),? мы (?:[а-яё]+ )?"
        r"[а-яё]+(?:ём|ем|им|ишь)(?!\w)",
        r"^(?:участникам|слушателям) (?:предлагается|рекомендуется|следует) (?:взять|принести|"
        r"зарегистрироваться|установить|скачать)(?!\w)",
    ],
    "zh": [
        r"^(?:在)?(?:本次|这次|本场|这场)[^，。]{0,6}?{S}(?:上|中)?[，,]?我们将",
        r"^(?:欢迎|请)(?:各位)?(?:参会者|与会者|大家|观众)(?:带上|携带|提前下载|提前注册)",
    ],
    "ar": [
        r"^(?:و)?(?:سن|سوف ن)[^\s]+ (?:في|خلال) (?:هذه|هذا) {S}",
        r"^(?:و)?(?:ست|سوف ت)[^\s]+ (?:هذه|هذا) {S}",
        r"^(?:يرجى|نرجو) من (?:المشاركين|المشاركات|الحضور|الحاضرين) (?:احضار|إحضار|جلب|"
        r"التسجيل|تنزيل|تحميل)",
    ],
}

# ---------------------------------------------------------------- one named person's view
#: a word of the role that is no preposition (a group "of" a place is no one)
_ROLE_WORD = {
    "en": r"(?!(?:of|in|from|across|on|at|for|and)\b)(?-i:[a-z][\w'’-]+)",
    "es": r"(?!(?:de|del|en|por|para|con|y)\b)(?-i:[a-záéíóúñ][\w-]+)",
    "fr": r"(?!(?:de|du|des|en|à|au|aux|et)\b)(?-i:[a-zéèêàd][\w'’-]+)",
}
#: a person, by role, in the genitive after "для" (a country, a region or a group is no one)
_RU_ROLE_GEN = (
    r"(?:участника|участницы|представителя|представительницы|фермера|учителя|учительницы|"
    r"студента|студентки|разработчика|инженера|медсестры|врача|фельдшера|предпринимателя|"
    r"журналиста|журналистки|юриста|активиста|активистки|жителя|жительницы|исследователя|"
    r"исследовательницы|библиотекаря|водителя|работника|работницы|продавца|фармацевта|"
    r"провизора|пенсионера|пенсионерки|механика|рыбака|проводницы|проводника|психолога|"
    r"адвоката|эксперта|экспертки|директора|депутата|министра|художника|художницы|музыканта|"
    r"певицы|певца|писателя|писательницы|педагога|кондуктора|кондукторши|диспетчера|"
    r"переводчика|переводчицы|социолога|экономиста|профессора|доцента)"
)

_VIEW = {
    "en": r"^for (?:the )?{R_en}(?: {R_en}){0,2} "
    r"(?-i:(?:(?:Dr|Mr|Mrs|Ms|Prof)\.? )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}), \w",
    "es": r"^para (?:el|la) {R_es}(?: {R_es}){0,2} "
    r"(?-i:[A-ZÁÉÍÓÚÑ][\w'’-]+(?: (?:de |del )?[A-ZÁÉÍÓÚÑ][\w'’-]+){1,2}), \w",
    "fr": r"^pour (?:le |la |l['’]){R_fr}(?: {R_fr}){0,3} "
    r"(?-i:(?:(?:M\.|Mme|Dr|Pr) )?[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+){1,2}), \w",
    "ru": rf"^(?:для|по мнению|по словам) (?:(?-i:[а-яё-]+) ){{0,2}}?{_RU_ROLE_GEN} "
    r"(?-i:[А-ЯЁ][а-яё-]+ [А-ЯЁ][а-яё-]+),? (?-i:[а-яёa-z\d«])",
    "zh": r"^在(?:[^，。]{0,8}?)(?:接线员|医生|律师|教授|记者|心理学家|心理医生|药剂师|护士|工程师|"
    r"研究员|农民|渔民|教师|老师|主任|局长|部长|议员|艺术家|音乐人|歌手|作家|导演|创作者|"
    r"社工|志愿者|学者|专家|经济学家|法官|企业家|店主|村医)[\u4e00-\u9fff]{2,4}(?:看来|眼中|眼里)[，,]",
    "ar": r"^بالنسبة (?:إلى|الى|ل)\s*(?:ال)?(?:مزارع|مزارعة|طبيب|طبيبة|محام|محامي|محامية|"
    r"باحث|باحثة|صحفي|صحفية|معلم|معلمة|مهندس|مهندسة|ممرض|ممرضة|صيدلاني|صيدلانية|فنان|فنانة|"
    r"موسيقي|موسيقية|مغني|مغنية|كاتب|كاتبة|خبير|خبيرة|ناشط|ناشطة|اخصائي|أخصائي|اخصائية|"
    r"أخصائية|طالب|طالبة|تاجر|تاجرة|النائب|نائب|نائبة|الوزير|وزير|وزيرة)\s+[^\s،,]+\s+"
    r"[^\s،,]+(?:\s+[^\s،,]+)?\s*[،,]",
}


# ---------------------------------------------------------------- one person presenting a thing
#: what one presents that makes no point by itself: a calendar, a guide, a map, a plan, a
#: platform, the deadlines, the history of a subject
_THING = {
    "en": r"(?:calendar|schedule|timetable|timeline|guide|guidebook|handbook|manual|map|"
    r"programme|program|plan|roadmap|road map|platform|deadlines|milestones|history|strategy)",
    "es": r"(?:calendario|cronograma|guía|manual|mapa|programa|plan|hoja de ruta|plataforma|"
    r"plazos|hitos|historia|estrategia)",
    "fr": r"(?:calendrier|échéancier|guide|manuel|carte|programme|plan|feuille de route|"
    r"plateforme|échéances|étapes|histoire|historique|stratégie)",
    "ru": r"(?:календар[ьяюе]|график|расписани[еяю]|руководств[оау]|пособи[еяю]|карт[уаы]|"
    r"программ[уаы]|план|дорожн[уа]ю карт[уа]|платформ[уаы]|сроки|этапы|истори[июя]|"
    r"стратеги[июя])",
    "zh": r"(?:日程|时间表|路线图|指南|手册|地图|规划|计划|方案|平台|历史|时间节点|安排)",
    "ar": r"(?:ال)?(?:خريطة|خارطة|جدول|دليل|برنامج|خطة|منصة|تاريخ|مواعيد|مراحل|"
    r"استراتيجية)",
}
#: a finding, an achievement, a claim or a view beside it (then it is a point): "showed that",
#: "already", "more than", a modal of advice
_NOT_PRESENTED = {
    "en": r"\b(?:that|showing|showed|shows|found|already|more than|over \d|should|must|"
    r"need to|needs to|failed|fails)\b",
    "es": r"\b(?:mostró que|muestra que|demostró|ya|más de|debería|deberían|hay que|fracas\w+|"
    r"fall\w+|según (?:el|la) cual)\b",
    "fr": r"(?:\b(?:montré|montrait|montre|démontré|déjà|plus de|devrait|devraient|il faut|"
    r"selon l[ea]quel(?:le)?|échoué|échouent)\b)",
    "ru": r"(?:^|[^\w])(?:что|уже|более|свыше|больше|показал\w*|показыва\w+|должн\w*|нужно|"
    r"следует|не смогл\w*|провалил\w*)(?!\w)",
    "zh": r"(?:已经|已有|超过|表明|显示|发现|证明|认为|应当|应该|必须|需要|失败|无法)",
    "ar": r"(?<!\w)(?:أن|ان|أظهر|أظهرت|اظهر|اظهرت|تبين|بالفعل|أكثر من|اكثر من|يجب|ينبغي|"
    r"أخفق\w*|اخفق\w*|فشل\w*)(?!\w)",
}
#: the one presenting: any words, a title's full stop among them ("M.", "Dr.", "Sra.")
_WHO = r"(?:\b(?:M|Mr|Mrs|Ms|Dr|Dra|Pr|Prof|Sr|Sra|Mme)\.|[^.;:]){2,140}?"
_PRESENTED = {
    "en": r"^{P} (?:also |then |briefly )?(?:presented|introduced|unveiled|outlined|"
    r"recalled|walked (?:the room|participants|us) through) (?:the |a |an |her |his |their |"
    r"its |our )?(?:[\w'’-]+ ){0,4}?{T}\b",
    "es": r"^{P} (?:también |luego )?(?:presentó|dio a conocer|detalló|repasó|"
    r"recordó|expuso) (?:el |la |los |las |un |una |su |sus )(?:[\w-]+ ){0,3}?{T}\b",
    "fr": r"^{P} (?:a|avait) (?:aussi |également |ensuite |brièvement )?(?:présenté|"
    r"dévoilé|détaillé|retracé|rappelé|exposé) (?:le |la |les |l['’]|un |une |son |sa |ses |"
    r"leur |leurs )(?:[\w'’-]+ ){0,3}?{T}\b",
    "ru": r"^{P} (?:также )?(?:представил[аи]?|презентовал[аи]?|напомнил[аи]?|"
    r"изложил[аи]?) (?:[а-яё-]+ ){0,3}?{T}(?!\w)",
    "zh": r"^[^。，]{2,30}?(?:介绍了|展示了|发布了|回顾了)[^。，]{0,20}?{T}",
    "ar": r"^(?:و)?(?:قدم|قدمت|عرض|عرضت|استعرض|استعرضت) [^.؛]{2,120}? {T}(?!\w)",
}

# ---------------------------------------------------------------- the session taking up a subject
#: a finding or agreement of the session (then it is a point)
_NOT_SUBJECT = {
    "en": r"\b(?:found|concluded|agreed|showed|shown|revealed)\b",
    "es": r"\b(?:concluyó|constató|acordó|mostró|demostró|coincidió)\b",
    "fr": r"\b(?:a conclu|a constaté|a convenu|a montré|a démontré|s['’]est accordée?)\b",
    "ru": r"(?:^|[^\w])(?:пришл[аио]? к выводу|показал[аио]?|договорил\w+|согласил\w+)(?!\w)",
    "zh": r"(?:得出|认为|表明|达成|一致)",
    "ar": r"(?<!\w)(?:خلصت|توصلت|اتفقت|أظهرت|اظهرت)(?!\w)",
}
_SUBJECT = {
    "en": r"^(?:the|this|our|an?) (?:[\w'’-]+ ){0,3}?{S}\b(?: of the (?:forum|day|meeting))?{C} "
    r"(?:took up|looked at|addressed|discussed|examined|explored|focused on|turned to|"
    r"dealt with|covered|was devoted to)\b{N}",
    "es": r"^(?:el|la|este|esta|nuestr[oa]) (?:[\w-]+ ){0,2}?{S}\b(?: [\w-]+)?(?: del (?:foro|"
    r"encuentro|día))?{C} (?:abordó|trató|examinó|analizó|discutió|debatió|exploró|"
    r"se centró en|giró en torno a|estuvo dedicad[oa] a|se dedicó a)\b{N}",
    "fr": r"^(?:le |la |l['’]|cette |ce |cet |notre )(?:[\w-]+ ){0,2}?{S}\b(?: [\w-]+)?"
    r"(?: du (?:forum|jour))?{C} (?:a porté sur|a abordé|a examiné|a traité|a exploré|"
    r"a été consacrée? à|s['’]est penchée? sur)\b{N}",
    "ru": r"^(?:[а-яё-]+ ){0,2}?{S}(?: форума)?{C} (?:был[аои]? посвящ[её]н[аоы]?|"
    r"рассмотрел[аои]?|обсудил[аои]?)(?!\w){N}",
    "zh": r"^(?:本次|这次|本场|这场|首场|该|此次|第[一二三四五六七八九十\d]+场)?[^，。]{0,6}?{S}"
    r"[^。]{0,20}?[，,]?(?:围绕|聚焦|探讨了|讨论了|关注了)[^。]{2,}{N}",
    "ar": r"^(?:و|ف)?(?:تناولت|ناقشت|بحثت|استعرضت) {S}(?: [^\s،]+)?{C} {N}",
}

# ---------------------------------------------------------------- a speaker named otherwise
_OTHERWISE = {
    "en": [
        # "Karim, courier in Lyon for three years, said that ..."
        rf"^(?-i:[A-Z][\w'’-]+), (?-i:[a-z])[^,.;]{{2,80}}, (?:{_EN_SAY}|described|told)"
        r"(?: that\b| how\b|:)",
        # "The vice-president of the council stressed that ..."
        r"^the (?:vice|deputy|co)[- ](?:president|minister|chair|chairperson|mayor|director|"
        rf"governor|rector|dean|speaker)\b[^,.;]{{0,60}}? {_EN_SAY}\b",
        # "The mother of a ten-year-old told ..."
        r"^the (?:mother|father|parent|grandmother|grandfather|daughter|son|widow) of "
        rf"[^,.;]{{2,60}}? (?:{_EN_SAY}|described|told how|spoke (?:of|about))\b",
        # "He gave the example of ..."
        r"^(?:he|she) (?:also |then )?(?:gave|cited|took) (?:the |an )?example(?:s)? of\b",
    ],
    "fr": [
        rf"^(?-i:[A-ZÀ-Þ][\w'’-]+), (?:un |une )?(?-i:[a-zà-ÿ])[^,.;]{{2,80}}, (?:a|avait) "
        rf"(?:\w+ )?(?:{_FR_SAY}|raconté|décrit)(?: que\b| qu['’]| comment\b|\s?:)",
        rf"^(?:le |la |l['’])(?:vice|sous|co)-(?:{_FR_ROLE}|{_FR_ROLE_MORE}|présidente?|"
        r"ministre|maire|gouverneure?|rect(?:eur|rice)|doyenne?|préfète?|préfet|secrétaire)"
        r"\b[^,.;]{0,60}? (?:a|avait) "
        rf"(?:\w+ )?{_FR_SAY}\b",
        r"^(?:la|le) (?:mère|père|parent|grand-mère|grand-père|fille|fils|veuve) d['’e] "
        rf"[^,.;]{{2,60}}? (?:a|avait) (?:\w+ )?(?:{_FR_SAY}|raconté|décrit|parlé)\b",
        r"^(?:il|elle) (?:a|avait) (?:aussi |ensuite )?(?:cité|donné|pris) (?:l['’]exemple|"
        r"en exemple|pour exemple|un exemple)\b",
    ],
    "es": [
        rf"^(?-i:[A-ZÁÉÍÓÚÑ][\w'’-]+), (?:un |una )?(?-i:[a-záéíóúñ])[^,.;]{{2,80}}, "
        rf"(?:{_ES_SAY}|contó|relató|narró|describió)(?: que\b| cómo\b|:)",
        r"^(?:el|la) (?:madre|padre|abuela|abuelo|hija|hijo|viuda) de [^,.;]{2,60}? "
        rf"(?:{_ES_SAY}|contó|relató|narró|describió|habló)\b",
        r"^(?:él |ella )?(?:también |luego )?(?:puso (?:como|de|por) ejemplo|citó el ejemplo|"
        r"dio el ejemplo)\b",
    ],
    "ru": [
        rf"^(?-i:[А-ЯЁ][а-яё-]+), (?-i:[а-яё])[^,.;]{{2,80}}, (?:{_RU_SAY}|описал[аи]?)"
        r"(?:,? (?:что|как)(?!\w)|:)",
        r"^(?:мать|отец|бабушка|дедушка|дочь|сын|вдова) [^,.;]{2,60}? "
        rf"(?:{_RU_SAY}|описал[аи]?|говорил[аи]?)(?!\w)",
    ],
    "zh": [
        r"^(?:他|她)(?:还|也|则|随后)?(?:举例说|举例说明|举了(?:一个|个)?例子|以[^。，]{1,20}为例)",
        r"^[^。，]{0,12}?(?:孩子|儿童|学生)的(?:母亲|父亲|家长|妈妈|爸爸|奶奶|爷爷)"
        r"(?:讲述了|说|表示|谈到|回忆)",
    ],
    "ar": [
        r"^(?:و)?(?:تحدثت|تحدث|روت|روى|قالت|قال|حكت|حكى|أوضحت|أوضح) (?:والدة|والد|أم|أب|ابنة|"
        r"جدة|جد|أرملة) [^.؛]{2,60}? (?:عن|إن|أن|ان|كيف)(?!\w)",
        r"^(?:و)?(?:ضرب|ضربت|قدم|قدمت|أعطى|أعطت) (?:مثالا|مثلا|مثالاً|مثلاً)(?!\w)",
    ],
}


# ---------------------------------------------------------------- the session's arrangements
#: what the questions from the floor focused on (then no claim of the session's own)
_FLOOR = {
    "en": r"^(?:the )?(?:questions|comments|interventions|contributions) (?:from|by|of) the "
    r"(?:floor|audience|room|public|participants|online participants|remote participants)"
    r"(?: [^.]{0,40}?)? (?:(?:mostly|mainly|largely|chiefly) )?(?:focused on|focussed on|centred "
    r"on|centered on|concerned|dealt with|turned (?:to|on)|touched on|addressed|were "
    r"(?:mostly |mainly |largely )?about)\b{N}",
    "es": r"^(?:las )?(?:preguntas|intervenciones|consultas) (?:del público|de la audiencia|de la "
    r"sala|de los asistentes|de los participantes)(?: [^.]{0,40}?)? (?:se centraron en|giraron "
    r"en torno al?|se refirieron al?|trataron sobre|versaron sobre|se concentraron en|abordaron)"
    r"\b{N}",
    "fr": r"^(?:les )?(?:questions|interventions) (?:du public|de la salle|des participants|de "
    r"l['’]assistance)(?: [^.]{0,40}?)? (?:ont (?:surtout |notamment |principalement )?porté "
    r"sur|se sont concentrées sur|ont concerné|portaient sur)\b{N}",
    "ru": r"^(?:вопросы|реплики) (?:из зала|слушателей|участников|аудитории)(?: [^.]{0,40}?)? "
    r"(?:касались|были посвящены|затрагивали|сосредоточились на)(?!\w){N}",
    "zh": r"^(?:现场|听众|观众|与会者的?|参会者的?)(?:提问|问题)[^。，]{0,6}?(?:主要|大多|多)?"
    r"(?:集中在|聚焦于?|围绕|涉及)[^。]{2,}{N}",
    "ar": r"^(?:و)?(?:تركزت|انصبت|دارت|تمحورت) (?:أسئلة|اسئلة|مداخلات|تساؤلات) (?:الحضور|"
    r"الجمهور|القاعة|المشاركين)(?!\w){N}",
}
#: what the session's format allowed its people to do (taking part, taking the floor, following)
_FORMAT = {
    "en": r"^(?:the )?(?:hybrid|online|virtual|in-person|remote|blended) (?:format|setting|"
    r"set-up|setup|arrangement)(?: of the (?:session|workshop|meeting|forum|panel))? "
    r"(?:allowed|enabled|let|made it possible for)\b[^.]{0,120}?\b(?:to take part|to "
    r"participate|to join|to take the floor|to speak|to follow|to intervene|to contribute)\b{N}",
    "es": r"^el formato (?:híbrido|virtual|en línea|mixto)(?: de la sesión| del taller)? "
    r"(?:permitió|facilitó|hizo posible)\b[^.]{0,120}?\b(?:participar|intervenir|tomar la "
    r"palabra|seguir|conectarse)\b{N}",
    "fr": r"^le format (?:hybride|virtuel|en ligne|mixte)(?: de la session| de l['’]atelier)? a "
    r"permis\b[^.]{0,120}?\b(?:participer|intervenir|prendre la parole|suivre|se "
    r"connecter)\b{N}",
    "ru": r"^(?:гибридный|смешанный|онлайн-|дистанционный) ?формат(?: [а-яё]+){0,2} "
    r"(?:позволил|дал возможность)(?!\w)[^.]{0,120}?(?:участвовать|выступить|подключиться|"
    r"следить)(?!\w){N}",
    "zh": r"^(?:线上线下(?:相)?结合|混合|线上)的?(?:形式|模式|方式)(?:使|让|使得)[^。]{0,60}?"
    r"(?:参与|参加|发言|远程)[^。]*{N}",
    "ar": r"^(?:أتاح|اتاح|سمح|مكن) (?:الشكل|النمط|الصيغة|الطابع) (?:الهجين|المختلط|الافتراضي)"
    r"[^.]{0,120}?(?:المشاركة|التدخل|الحديث|المتابعة)(?!\w){N}",
}
#: a poll run during the session (not what it showed)
_POLL = {
    "en": r"^(?:a|an|the) (?:(?:short|quick|brief|live|online|snap|interactive|anonymous) ){0,3}"
    r"(?:poll|survey|quiz|show of hands) (?:was|were) (?:run|conducted|held|taken|launched|"
    r"carried out)\b(?![^.]*\b(?:showed|shows|found|revealed|indicated|suggested)\b)",
    "es": r"^(?:(?:durante|en) (?:la sesión|el taller)[, ]+)?se (?:realizó|hizo|lanzó|llevó a "
    r"cabo) (?:una|un) (?:(?:breve|rápida|rápido|pequeña) )?(?:encuesta|sondeo|votación)\b"
    r"(?![^.]*\b(?:mostró|reveló|indicó)\b)",
    "fr": r"^(?:un|une) (?:(?:court|bref|rapide|petit) )?(?:sondage|questionnaire|vote)(?: en "
    r"ligne| en direct)? a été (?:lancé|réalisé|organisé|mené)\b(?![^.]*\b(?:montré|"
    r"révélé)\b)",
    "ru": r"^(?:(?:во время|в ходе|в начале|в конце) (?:сессии|семинара|заседания|встречи) )?"
    r"(?:был провед[её]н|провели) (?:(?:короткий|быстрый) )?(?:онлайн-)?(?:опрос|голосование)"
    r"(?!\w)(?![^.]*(?:показал|выявил))",
    "zh": r"^(?:会上|会议期间|活动期间)?[，,]?(?:主办方|主持人)?(?:进行|开展|发起)了(?:一次|一项|"
    r"一个)?(?:现场|在线|简短的?)?(?:投票|调查|问卷调查)(?![^。]*(?:显示|表明|发现))",
    "ar": r"^(?:أجري|اجري|أطلق|اطلق|نظم)(?:ت)? (?:استطلاع|تصويت|استبيان)(?!\w)(?![^.]*(?:أظهر|"
    r"اظهر|كشف))",
}

#: a terse note on the questions: how long they were, how many came from the floor and on what
_TERSE = {
    "en": r"^(?:(?:q ?& ?a|q and a|questions and answers|questions)(?: session| time)?(?: was| "
    r"were)? (?:short|brief|limited|cut short)|(?:one|two|three|four|a few|few|no) (?:questions?|"
    r"comments?) from the (?:floor|audience|room|public)(?:[,:] (?:on|about) [^.,;]{1,60})?)\.?$",
    "es": r"^(?:(?:ronda de )?preguntas(?: y respuestas)? (?:breves?|cortas?|escasas?)|(?:una|"
    r"dos|tres|pocas|ninguna) (?:preguntas?|intervenciones?) del público(?:[,:] sobre "
    r"[^.,;]{1,60})?)\.?$",
    "fr": r"^(?:(?:séance de )?questions(?:-réponses)? (?:brèves|courtes|limitées)|(?:une|deux|"
    r"trois|quelques|aucune) (?:questions?|interventions?) (?:du public|de la salle)(?:[,:] sur "
    r"[^.,;]{1,60})?)\.?$",
    "ru": r"^(?:(?:один|два|три|несколько) вопрос(?:а|ов)? из зала(?:[,:] (?:о|об|про) "
    r"[^.,;]{1,60})?|вопросов из зала (?:было )?(?:немного|мало))\.?$",
    "zh": r"^(?:(?:问答环节|提问环节)(?:很|较)?(?:短|简短)|(?:现场)?(?:有)?(?:一|两|三|几)个"
    r"(?:现场)?提问[，,]?(?:关于[^。，]{1,30})?)。?$",
    "ar": r"^(?:(?:فقرة )?(?:الأسئلة|الاسئلة)(?: والأجوبة)? (?:قصيرة|محدودة)|(?:سؤال واحد|سؤالان|"
    r"ثلاثة أسئلة) من (?:الحضور|القاعة|الجمهور)(?:[،:] (?:حول|عن) [^.،؛]{1,60})?)\.?$",
}


def _arranged(lang: str, terse: bool = True) -> list[str]:
    tables = (_FLOOR, _FORMAT, _POLL, _TERSE) if terse else (_FLOOR, _FORMAT, _POLL)
    return [_filled(table[lang], lang) for table in tables if lang in table]


def _filled(pattern: str, lang: str) -> str:
    return (
        pattern.replace("{S}", _SESSION[lang])
        .replace("{C}", _CLAUSE)
        .replace("{N}", _NO_CLAIM[lang])
    )


def _plain(text: str, lang: str) -> str:
    return arabic_plain(text) if lang == "ar" else text


def descriptions(lang: str) -> list[str]:
    """The description patterns of a language that are on (``ROSTER``, ``ANNOUNCED``)."""
    out: list[str] = []
    if ROSTER and lang in _ROSTER:
        out.extend(_filled(p, lang) for p in _ROSTER[lang])
        out.append(_SUMMARY[lang])
    if ANNOUNCED and lang in _ANNOUNCED:
        out.extend(_filled(p, lang) for p in _ANNOUNCED[lang])
    if PRESENTED and lang in _PRESENTED:
        out.append(_presented(lang))
    if SUBJECT and lang in _SUBJECT:
        out.append(_subject(lang))
    if ARRANGED:
        out.extend(_arranged(lang, TERSE))
    return out


def _presented(lang: str) -> str:
    shape = _PRESENTED[lang].replace("{T}", _THING[lang]).replace("{P}", _WHO)
    # (every shape starts at "^": the look-ahead is anchored there too, else a search would
    # run it at every position of the sentence; the same matches)
    return rf"^(?!.*{_NOT_PRESENTED[lang]}){shape}"


def _subject(lang: str) -> str:
    return rf"^(?!.*{_NOT_SUBJECT[lang]}){_filled(_SUBJECT[lang], lang)}"


@cache
def _described(lang: str, on: tuple[bool, ...]) -> re.Pattern[str] | None:
    patterns = descriptions(lang)
    return re.compile("|".join(f"(?:{p})" for p in patterns), _I) if patterns else None


def describes(sentence: str, lang: str) -> bool:
    """Whether one sentence tells who the session gathered (or is a chair's summary's heading)
    or announces the session, by the patterns that are on (``synth.kinds.classify`` reads a
    statement as a description when each of its sentences is one of these, of
    ``kind_turns.describes`` or a description of the cue patterns)."""
    pattern = _described(lang, (ROSTER, ANNOUNCED, PRESENTED, SUBJECT, ARRANGED, TERSE))
    if pattern is None:
        return False
    plain = re.sub(r"^[\s\"'“”«»„‘’()\[\]—–-]+", "", _plain(sentence, lang)).strip()
    return bool(pattern.search(plain))


def _view(lang: str) -> str:
    pattern = _VIEW[lang]
    for one, word in _ROLE_WORD.items():
        pattern = pattern.replace("{R_" + one + "}", word)
    return pattern


def attributions(lang: str) -> list[str]:
    """The attribution patterns of a language that are on (``VIEW``, ``OTHERWISE``)."""
    out = [_view(lang)] if VIEW and lang in _VIEW else []
    if OTHERWISE:
        out.extend(_OTHERWISE.get(lang, []))
    return out


def shape_of(sentence: str, lang: str) -> str | None:
    """Which shape of this module a sentence has, settings aside (for the benches and tests):
    ``roster``, ``announced``, ``view``, ``presented``, ``subject``, ``otherwise``,
    ``arranged`` or None."""
    plain = re.sub(r"^[\s\"'“”«»„‘’()\[\]—–-]+", "", _plain(sentence, lang)).strip()
    checks = (
        ("roster", [_filled(p, lang) for p in _ROSTER.get(lang, [])] + [_SUMMARY[lang]]),
        ("announced", [_filled(p, lang) for p in _ANNOUNCED.get(lang, [])]),
        ("view", [_view(lang)] if lang in _VIEW else []),
        ("presented", [_presented(lang)] if lang in _PRESENTED else []),
        ("subject", [_subject(lang)] if lang in _SUBJECT else []),
        ("otherwise", _OTHERWISE.get(lang, [])),
        ("arranged", _arranged(lang)),
    )
    for name, patterns in checks:
        if any(re.search(p, plain, _I) for p in patterns):
            return name
    return None
