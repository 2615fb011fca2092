"""Who said it, told by the grammar of each language rather than by one set's words
(``synth.kinds``, attributions; measured on ``kinds/dev16.yaml`` and the report files,
docs/quality.md, "a twenty-eighth round"):

- a transcript's turn: a person's name, a body in brackets and a colon, then words in the
  first person ("X (Y): we lose two days ...", "X (Y) : chez nous ...", "X (Y): у нас ...",
  "王建华（……）：我们……", "سلمى الحداد (...): ... عندنا"); a heading with a year in its
  brackets, or words without a first person, stay points;
- one person told by a role alone, the singular of its article or its verb saying it is one:
  "A harbour pilot on the panel argued that ...", "The rapporteur of the youth track
  stressed ...", "Une infirmière de Kaolack a raconté ...", "Un comerciante de Ciudad del
  Este explicó ...", "Медсестра из Кызылорды рассказала ...", "Один из участников, владелец
  пекарни, признался ...", "ذكرت ممرضة من إربد أنها ...", "أفاد صاحب مخبز بأنه ..."; a plural
  ("Participants argued", "Les participants ont souligné", "Участники рассказали", "أوضح
  المشاركون"), a document or a meeting ("A study ... found", "Le rapport a souligné",
  "Исследование показало", "ذكر التقرير", "أكدت الورشة") is no one person;
- a person who testifies, tells of or presents a case from their own life ("testified about",
  "a témoigné de", "relató cómo", "a présenté le cas de");
- a pronoun that takes up a person named before ("Elle a ensuite raconté que ...", "Luego
  contó que ...", "In his own words, ...", and in Arabic a verb of saying with no subject of
  its own after a clause: "..., وقال إن ...": the plural would be "وقالوا");
- "according to" a person, not a census or a survey ("وفقاً للمهندسة ...", "据工程师……介绍" is
  read by ``kind_cues_zh``).
"""

from __future__ import annotations

from forum_messages.synth.kind_cues_en import _EN_ROLE
from forum_messages.synth.kind_cues_romance import _ES_ROLE, _FR_ROLE, _FR_ROLE_MORE
from forum_messages.synth.kind_cues_zh import _ZH_MANY, _ZH_ROLE

# ------------------------------------------------------------------ a transcript's turn
# a person's name: two or three capitalised words, each with lower-case letters (not an acronym)
_TURN_LATIN = (
    r"(?-i:[A-ZÀ-Þ][a-zà-ÿ'’-]+(?: (?:de |da |van |von |del |la |le |al-)?"
    r"[A-ZÀ-Þ][a-zà-ÿ'’-]+){1,2})"
)
_TURN_RU = r"(?-i:[А-ЯЁ][а-яё-]+(?: [А-ЯЁ][а-яё-]+){1,2})"
# a body in brackets: words, no figure (a heading's brackets hold a year or a number)
_BODY = r" ?\((?=[^()]* )[^()\d]{3,80}\) ?: "
# a turn's words: a first person, or a reply of a word or two ("Agreed.", "Согласен.")
_REPLY = r"[^\s.!?]+(?: [^\s.!?]+)?[.!]$"
_FIRST_EN = r"\b(?:i|we|our|us|my|me)\b"
_FIRST_FR = r"\b(?:je|j['’]|nous|notre|nos|moi|mon|ma|mes)\b"
_FIRST_ES = r"\b(?:yo|nosotros|nosotras|nuestro|nuestra|nuestros|nuestras|nos|mi|mis|me)\b"
_FIRST_RU = r"(?<![\w-])(?:я|мы|у нас|нас|наш|наша|наше|наши|нам|мне|меня|мой|моя|моё)\b"

# up to two words before a role ("a retired teacher", "une jeune infirmière"), none of them a
# preposition ("a report by the rapporteur" is a document)
_LEAD_EN = r"(?:(?!(?:of|by|from|for|with|in|on|at)\b)[\w'’-]+ ){0,2}?"
_LEAD_FR = r"(?:(?!(?:de|du|des|d|par|pour|avec|en|sur)\b)[\w'’-]+ ){0,2}?"
_LEAD_ES = r"(?:(?!(?:de|del|por|para|con|en|sobre)\b)[\w-]+ ){0,2}?"
# an adjective after a role in French and Spanish ("una maestra rural", "un agriculteur retraité")
_AFTER = r"(?: (?!(?:de|del|du|des|en|a|avait)\b)(?-i:[a-zà-ÿ]+))?"

# ------------------------------------------------------------------ English
# a verb of saying before the clause it reports ("argued that", "said her ...", "warned:"),
# or a verb that tells of an experience on its own ("testified", "told of")
_EN_SAY = (
    r"(?:(?:said|says|stressed|told|noted|warned|argued|explained|recalled|insisted|urged|"
    r"emphasi[sz]ed|highlighted|pointed out|observed|added|suggested|cautioned|admitted|"
    r"acknowledged|maintained|contended|complained|reported|believed)"
    r"(?: that\b|:|,| (?:her|his|how)\b)|"
    r"described how|told (?:of|the story of)|spoke of|testified|recounted|"
    r"shared (?:her|his) (?:own )?(?:experience|story))"
)
# one person by a role: an agent noun (-er, -or, -ist, -ian, -ent but not -ment, ...) or a
# role the other cues know; a word that is no person ("number", "paper", "report") is not one
_EN_AGENT = (
    r"(?![a-z-]*(?:number|paper|letter|poster|charter|register|cluster|order|matter|chapter|"
    r"computer|server|provider|sector|factor|monitor|indicator|regulator|operator|committee|"
    r"majority|minority|study|report|survey)\b)"
    r"(?:[a-z-]+(?:er|or|ist|ian|(?<!m)ent|ant|ee)|" + _EN_ROLE + r"|pilot|nurse|judge|"
    r"mother|father|pupil|clerk|chief|poet|guide|midwife)"
)
_EN_TESTIFY = r"(?:testified|told (?:of|the story of)|recounted|spoke of|described how)"

# ------------------------------------------------------------------ French
_FR_SAY = (
    r"(?:(?:indiqué|souligné|déclaré|rappelé|expliqué|averti|insisté|affirmé|estimé|ajouté|"
    r"observé|noté|précisé|relevé|fait valoir|reconnu|dit|regretté|déploré|répondu|soutenu|"
    r"assuré|confié|admis|raconté)(?: que\b| qu['’]|\s?:| comment\b)|témoigné|raconté|"
    r"décrit comment|évoqué (?:le cas|l['’]histoire|son|sa|ses)\b|"
    r"partagé (?:son|sa) (?:propre )?(?:expérience|histoire)|présenté (?:le cas|l['’]exemple|"
    r"l['’]histoire|son expérience|sa propre expérience)|parlé d['’](?:un|une)\b|"
    r"fait part (?:de son|de sa|de ses)\b)"
)
# a person by an agent noun's ending (-eur, -euse, -rice, -iste, -ier, -ière, -ien, -ienne,
# -ant(e), -ent(e) but not -ment) or a role the other cues know
_FR_AGENT = (
    r"(?!(?:secteur|facteur|moteur|serveur|ordinateur|capteur|gouvernement|parlement|"
    r"document|rapport|projet|centre|réseau|comité|conseil)\b)"
    r"(?:[a-zà-ÿ-]+(?:eur|euse|rice|iste|ier|ière|ien|ienne|ante?|(?<!m)ente?|ogue|aire)|"
    + _FR_ROLE
    + "|"
    + _FR_ROLE_MORE
    + r"|juge|élève|linguiste|infirmière|mère|père)"
)

# ------------------------------------------------------------------ Spanish
_ES_SAY = (
    r"(?:(?:señaló|subrayó|afirmó|explicó|advirtió|recordó|insistió|destacó|dijo|sostuvo|"
    r"añadió|agregó|indicó|aseguró|planteó|reconoció|alertó|precisó|comentó|lamentó|"
    r"declaró|admitió|contó|relató|narró|confesó|opinó|consideró|estimó)(?: que\b|:| cómo\b)|"
    r"(?:contó|relató|narró) (?:el caso|la historia|su)\b|describió cómo|testimonió|"
    r"presentó el caso|compartió su (?:propia )?(?:experiencia|historia))"
)
_ES_AGENT = (
    r"(?!(?:sector|factor|motor|servidor|gobierno|informe|documento|estudio|proyecto|"
    r"centro|comité|consejo)\b)"
    r"(?:[a-záéíóúñ-]+(?:dor|dora|tor|tora|ista|ero|era|ante|ente|ario|aria|ico|ica|ólog[oa])|"
    + _ES_ROLE
    + r"|juez|jueza|partera|docente)"
)

# ------------------------------------------------------------------ Russian
_RU_SAID = (
    r"(?:(?:сказал|подчеркнул|отметил|заявил|напомнил|предупредил|рассказал|пояснил|объяснил|"
    r"сообщил|добавил|указал|признал|посчитал|считал|вспомнил|описал|пожаловал|"
    r"посетовал|уточнил|заметил)(?:а|ся|ась)?(?:,? (?:что|как|чем)\b|:| об?\b)|"
    r"поделил(?:ся|ась) (?:опытом|историей|тем)\b)"
)
# a person by the ending of a noun of agent (-чик, -щик, -ник, -тель, -ист, -ёр, -ер, and
# their feminines -чица, -щица, -ница, -тельница, -истка, -ша)
_RU_AGENT = (
    r"(?:[а-яё-]+(?:чик|чица|щик|щица|ник|ница|тель|тельница|ист|истка|ёр|ер|ерша|ор|ант|"
    r"антка|ентка|янка|анка|ерка|арь))"
)
_RU_NOT_PERSON = (
    r"(?!(?:практика|политика|статистика|методика|проверка|оценка|книжка|справка|"
    r"разработка|поддержка|записка|сводка|выставка|площадка|ссылка|рамка|рубрика|"
    r"группа|секция|комиссия|сессия|исследование|программа|декларация|ведомость|"
    r"сектор|центр|совет|фактор|монитор|регулятор|оператор|провайдер|источник|"
    r"документ|доклад|итог|пример|опрос|анализ)\b)"
)

# a gerund's clause before the speaker ("Отвечая на вопрос о сроках, "), not one that sums up
# (a summing up speaks for the session: ``kind_cues_minutes``)
_RU_GERUND = (
    r"(?:(?!подводя|резюмируя|обобщая|заканчивая)[а-яё]+(?:ая|яя|ив|ав|вшись) [^,.;]{1,60}, )?"
)

# ------------------------------------------------------------------ Arabic
_AR_SAY = (
    r"(?:قال|قالت|ذكر|ذكرت|أوضح|أوضحت|أكد|أكدت|أفاد|أفادت|روى|روت|أشار|أشارت|لفت|لفتت|"
    r"اعتبر|اعتبرت|رأى|رأت|شدد|شددت|حذر|حذرت|أضاف|أضافت|كشف|كشفت|اشتكى|اشتكت)"
)
# a noun that is no one person: a plural (-ون, -ين, -ات), a group, a document, a meeting, a body
_AR_NOT_PERSON = (
    r"(?!\S*(?:ون|ين|ات)\b)"
    r"(?!(?:ال)?(?:ضيوف|شباب|طلاب|طلبة|أعضاء|نشطاء|علماء|وزراء|سفراء|زملاء|أطفال|نساء|"
    r"رجال|شركاء|قادة|أهالي|سكان|ممثلو|ممثلي|مندوبو|مندوبي|"
    r"خبراء|حضور|بعض|كثير|عدد|عدة|أغلب|معظم|جميع|كل|تقرير|دراسة|بيان|مسح|"
    r"وثيقة|ورقة|محضر|ورشة|جلسة|اجتماع|منتدى|مؤتمر|لجنة|وزارة|حكومة|منظمة|شبكة|هيئة|"
    r"مجلس|مركز|مرصد|مبادرة|مشروع|برنامج|نقاش|حوار|فريق|إعلان|استطلاع|تحليل|تجربة|"
    r"نتائج|أرقام|بيانات|إحصاءات|مؤشر|جمعية|شركة|مؤسسة|جامعة|أمانة)\b)"
)
_AR_PERSON = (
    r"(?:سيد|سيدة|دكتور|دكتورة|مهندس|مهندسة|أستاذ|أستاذة|وزير|وزيرة|محامي|محامية|خبير|"
    r"خبيرة|باحث|باحثة|مقرر|مقررة|رئيس|رئيسة|مدير|مديرة|ممثل|ممثلة|منسق|منسقة|ناشط|ناشطة)"
)

SAYERS: dict[str, list[str]] = {
    "en": [
        # "Tomasz Wierzbicki (Baltic Cable Users' Group): Honestly, we lose two days ..."
        rf"^{_TURN_LATIN}{_BODY}(?=.*{_FIRST_EN}|{_REPLY})",
        # "A harbour pilot on the panel argued that ..."; "One of the nurses, who ..., said"
        rf"^(?:a|an) {_LEAD_EN}{_EN_AGENT}(?: (?:on|from|in|at|of|with) "
        rf"[^,.;]{{1,50}}?)?(?:, [^,.;]{{2,80}},)? {_EN_SAY}\b",
        rf"^one of the [\w'’-]+(?: [\w'’-]+)?, [^.;]{{2,100}}?, {_EN_SAY}\b",
        # "The rapporteur of the youth track stressed that ..." (a rapporteur who sums up the
        # debate speaks for the session: ``kind_cues_minutes``)
        rf"^the (?:[\w'’-]+ )?(?:rapporteur|facilitator|moderator|host|chair(?:person)?)"
        rf"(?: of [^,.;]{{1,50}}?)?(?:, [^,;]{{2,60}},)? (?:{_EN_SAY})\b",
        # "Ms Ilona Varga testified about ..."; "In his own words, the farmer ..."
        rf"^(?:(?:mr|ms|mrs|dr|prof)\.? )?(?-i:[A-Z][\w'’-]+ [A-Z][\w'’-]+) {_EN_TESTIFY}\b",
        r"^in (?:his|her) (?:own )?words,",
    ],
    "fr": [
        rf"^{_TURN_LATIN}{_BODY}(?=.*{_FIRST_FR}|{_REPLY})",
        # "Une infirmière de Kaolack a raconté ..."; "La rapporteuse de l'atelier a souligné"
        rf"^(?:un|une|le|la|l['’]) ?{_LEAD_FR}{_FR_AGENT}{_AFTER}(?: (?:de|du|d['’]|des|à|"
        rf"au) ?[^,.;]{{1,50}}?)?(?:, [^,;]{{2,80}},)? (?:a|avait) (?:\w+ )?{_FR_SAY}\b",
        # "L'une des intervenantes, enseignante ..., a expliqué que ..."
        rf"^l['’]une? des [\w'’-]+(?: [\w'’-]+)?, [^.;]{{2,100}}?, (?:a|avait) (?:\w+ )?"
        rf"{_FR_SAY}\b",
        # "Le pêcheur Ibrahima Ndour a témoigné de ..."
        rf"^(?:le |la |l['’])?(?:[\w'’-]+ )?(?-i:[A-ZÀ-Þ][\w'’-]+ [A-ZÀ-Þ][\w'’-]+) (?:a|avait) "
        rf"(?:\w+ )?{_FR_SAY}\b",
        # "Elle a ensuite raconté que ..."
        r"^(?:il|elle) (?:a|avait) (?:aussi |également |ensuite |encore |enfin )?(?:raconté|"
        r"témoigné|décrit|évoqué|confié)\b",
    ],
    "es": [
        rf"^{_TURN_LATIN}{_BODY}(?=.*{_FIRST_ES}|{_REPLY})",
        # "Un comerciante de Ciudad del Este explicó que ..."; "El pescador Anselmo Rivas relató"
        rf"^(?:un|una|el|la) {_LEAD_ES}{_ES_AGENT}{_AFTER}(?: (?:de|del|en) [^,.;]{{1,50}}?)?"
        rf"(?:, [^,;]{{2,80}},)? {_ES_SAY}\b",
        rf"^(?:el|la) (?:[\w-]+ )?{_ES_AGENT} (?-i:[A-ZÁÉÍÓÚÑ][\w-]+ [A-ZÁÉÍÓÚÑ][\w-]+) "
        rf"{_ES_SAY}\b",
        rf"^(?:uno|una) de (?:los|las) [\w-]+(?: [\w-]+)?, [^.;]{{2,100}}?, {_ES_SAY}\b",
        # "Luego contó que ..."
        r"^(?:él |ella )?(?:también |luego |además |después |finalmente )?(?:contó|relató|"
        r"narró|confesó) (?:que|cómo)\b",
    ],
    "ru": [
        rf"^{_TURN_RU}{_BODY}(?=.*{_FIRST_RU}|{_REPLY})",
        # "Одна из выступавших, учительница из Оша, пожаловалась, что ..."
        rf"^(?:один|одна) из [а-яё-]+(?: [а-яё-]+)?, [^.;]{{2,120}}?, {_RU_SAID}",
        # "Медсестра из Кызылорды рассказала ...", "Докладчица секции ... подчеркнула ..."
        rf"^{_RU_GERUND}(?:[а-яё-]+ )?{_RU_NOT_PERSON}{_RU_AGENT}(?: [^,.;]{{1,60}}?)?"
        rf"(?:, [^.;]{{2,100}}?,)? {_RU_SAID}",
    ],
    "zh": [
        # "李明（西北网络安全应急中心）：我们发现，……"
        r"^[\u4e00-\u9fff·]{2,8}（[^（）\d]{3,30}）[：:](?=.*我)",
        # "实验室主任乌兰教授表示，……": a role, a name, a title
        rf"^{_ZH_MANY}[^。，,：:]{{0,20}}?(?:{_ZH_ROLE})[\u4e00-\u9fff]{{1,3}}"
        r"(?:教授|博士|女士|先生|老师|研究员)(?:也|还)?(?:表示|指出|认为|强调|说|介绍)",
        # "参议员托马斯·布伦南主张，……": a foreign name, its middle dot, a verb of view
        rf"^{_ZH_MANY}[^。，,：:]{{0,20}}?[\u4e00-\u9fff]{{1,6}}·[\u4e00-\u9fff]{{1,8}}(?:也|还)?"
        r"(?:主张|表示|指出|认为|强调|呼吁|坦言|提醒|警告)",
    ],
    "ar": [
        # "سلمى الحداد (جمعية المكتبات الريفية): ... عندنا ..."
        r"^\S+ \S+(?: \S+)? \([^()\d]{3,80}\) ?: (?=.*(?:نحن|عندنا|لدينا|لنا|إننا|أنا|\S+نا\b))",
        # "ذكرت ممرضة من إربد أنها ..."; "أوضحت المقررة أن ..."; "أفاد صاحب مخبز بأنه ..."
        rf"^(?:و)?{_AR_SAY} {_AR_NOT_PERSON}\S+(?: [^،,.]{{0,60}}?)?"
        r"(?<!قبل)(?<!بعد)(?<!منذ) (?:إن|أن|أنه|أنها|بأن|بأنه|بأنها)\b",
        # "ردا على سؤال ...، أوضحت المتحدثة أن ..."
        rf"^(?:و)?(?:ردا|رد) على سؤال[^.]{{0,140}}?[،,] ?(?:و)?{_AR_SAY}\b",
        # "يعمل صياد ...، وقال إن ...": a verb with no subject of its own is one person
        rf"^[^.]{{10,}}?[،,] ?و{_AR_SAY} (?:إن|أن|أنه|أنها)\b",
        # "وفقاً للمهندسة ريم العبيدي، ..."
        rf"^(?:و)?(?:وفقا|طبقا|بحسب|حسب) (?:لل|ال){_AR_PERSON}\b",
    ],
}
