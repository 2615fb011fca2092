"""The room's turns and the session's own headings (``synth.kinds``, each shape behind its
setting): shapes read among the misses of the spent report files (docs/quality.md, "a
fifty-fifth round").

Descriptions (the cue layer, like the description patterns):

- *a chair's turn of conduct* (``CONDUCT``): a transcript turn opened by the chair, the
  moderator or the host ("Moderator: ...", "Moderadora: ...", "МОДЕРАТОР: ...", "主持人：",
  "الميسرة:") whose every sentence only conducts the session: thanks, the floor given ("yes,
  you, in the third row"), the time left, questions passed on, a greeting, interpretation or
  headphones. A sentence with a stance of its own ("Let me add one thing: ...", "должны", "应当")
  or with no word of conduct makes the turn a point;
- *a speaker's line as a sentence* (``SPEAKER``): a singular role of the programme, a dash and
  a name, with at most an affiliation after a comma ("Модератор — Нургуль Абдыкадырова.",
  "Relatora — Marta Quiñones, de la Federación ..."), so that a statement joining it to
  another description is a description;
- *the chair asking the room* (``ROOM``): the chair or the moderator, singular and in the
  past, asking or inviting the participants, the audience or those present to do something
  ("la moderadora pidió a los asistentes que votaran ...", "модератор предложил участникам
  ...", "主持人请与会者……", "طلبت الميسرة من الحضور أن ..."); a call ("Moderators should ask
  ...") is no past act;
- *an agenda item or a short talk as a heading* (``HEADINGS``): "Agenda item 3: ...", "Point 2
  de l'ordre du jour : ...", "Пункт 2 повестки дня: ...", "议程第三项：", "البند الثاني: ...";
  a talk named by its speaker with no verb ("Présentation éclair, sans support, par la
  déléguée ...", "Ponencia breve a cargo de ...").

Attributions (added to the attribution cues):

- *a turn of one participant named by role and place* (``TURNS``): a singular role (a
  participant, a farmer, a developer, a nurse ...) from a place, an optional name in brackets,
  then a colon: "Participant from Sylhet: ...", "Участница из Алматы: ...", "Participante de
  Larache: ...", "来自赣南的果农：", "مشارك من صفاقس: ...". Figures or data "from" a place
  before a colon ("Данные из Таласа: ...", "Datos de Chubut: ...") are no one's words.
"""

from __future__ import annotations

import re
from functools import cache

from forum_messages.nlp.segment import arabic_plain, sentences
from forum_messages.synth import kind_cues_doha as doha

#: Whether a chair's turn of conduct is a description: on, since the session vote reads a
#: transcript turn after its label whatever its kind (``themes.SESSION_READING`` "turns"):
#: it finds descriptions on four report files (test-vladivostok ru 0.733 -> 0.867,
#: test-tangier es 0.846 -> 1.000, test-tallinn ru 0.85 -> 0.90, test-asia-transcripts ru
#: 0.955 -> 1.000) and no other row moves; with the vote reading each turn by its point it had
#: moved a point of test-tallinn's open microphone to another theme (themes accuracy 0.979 ->
#: 0.972) (docs/quality.md, "a fifty-fifth round" and themes step 53).
CONDUCT = True
#: Whether a chair's turn of conduct may also set the time ("We have ninety minutes and eleven
#: speakers", "We are over time", "keep to five minutes") or say where the statements received
#: in writing go ("will be annexed to the report") (``_CONDUCT_MORE``; with ``CONDUCT``):
#: read among test-colon's misses: on (the common evaluation: test-colon English descriptive
#: recall 0.636 -> 0.818, no other row moves) (docs/quality.md, "a fifty-eighth round").
CONDUCT_MORE = True
#: Whether a speaker's line (role, dash, name) is read as a description beside the other
#: sentences of a statement: off, since test-ru's points reflected fall (0.806 -> 0.774) while
#: its descriptive recall rises (0.944 -> 1.000). The statement it sets aside there is a
#: description by its label (the organisers, then the moderator); the point lost is another
#: session's, kept by the one-session room of its theme, which counts the statements in play:
#: one fewer takes the theme's share from 7.59 to 7.43 messages, rounded 8 -> 7
#: (docs/quality.md, "a fifty-seventh round").
SPEAKER = False
#: Whether the chair asking the room to do something is a description: on (the common
#: evaluation: 11 rows up, none down).
ROOM = True
#: Whether an agenda item or a short talk given as a heading is a description: on (8 rows up,
#: none down).
HEADINGS = True
#: Whether a turn of one participant named by role and place is an attribution: on, since its
#: marks are read by the choice of a message's text only (``held_marks.READS`` "text"): read by
#: every stage, test-vladivostok's message rows moved down (all sources make its point 0.833
#: -> 0.828) while its attribution recall rose (0.667 -> 0.810), and test-tallinn's and
#: test-tangier's too (docs/quality.md, themes step 58).
TURNS = True

_I = re.IGNORECASE

# ---------------------------------------------------------------- a chair's turn of conduct
#: the chair, the moderator or the host opening a transcript turn (a name in brackets allowed)
_CHAIR = {
    "en": r"(?:moderator|chair|chairperson|chairwoman|chairman|facilitator|host|presenter)",
    "es": r"(?:moderador|moderadora|presidente|presidenta|facilitador|facilitadora|"
    r"presentador|presentadora|conductor|conductora)",
    "fr": r"(?:modérateur|modératrice|président|présidente|animateur|animatrice|"
    r"président de séance|présidente de séance|facilitateur|facilitatrice)",
    "ru": r"(?:модератор|ведущий|ведущая|председатель|председательствующий)",
    "zh": r"(?:主持人|主席|会议主持)",
    "ar": r"(?:ال)?(?:ميسر|ميسرة|مدير الجلسة|مديرة الجلسة|رئيس الجلسة|رئيسة الجلسة|مقدم|مقدمة)",
}
#: words that only conduct the session: thanks, the floor, the time, questions passed on, a
#: greeting, the room's interpretation
_CONDUCT_WORDS = {
    "en": r"\b(?:thanks?|thank you|next question|go ahead|the floor|over to you|yes,? you|"
    r"questions? from|(?:gentleman|lady|person|colleague|woman|man) (?:in|by|at|with|on)|"
    r"minutes? left|(?:out of|running out of|short of|little|no more) time|time is up|time's up|"
    r"let's (?:take|start|begin|move|hear|go|welcome)|we(?:'ll| will) (?:start|begin|close|stop|"
    r"move|pass|send|forward|take)|good (?:morning|afternoon|evening)|welcome|interpretation|"
    r"captions|headphones|microphone|mic|(?:go|goes|sent|forwarded|passed on) to the "
    r"(?:organi[sz]ers|speakers|panell?ists)|for staying|round of applause|keep (?:it|them) "
    r"(?:short|brief)|brief(?:ly)?|please)\b",
    "es": r"\b(?:gracias|adelante|(?:la|tiene|tienes) (?:la )?palabra|micrófono|siguiente "
    r"pregunta|usted|(?:el|la) (?:señor|señora|de la|del)|(?:justos|cortos|escasos|mal) de "
    r"tiempo|se (?:nos )?(?:acaba|acabó|terminó|agotó) el tiempo|(?:nos )?quedan? \w+ minutos?|"
    r"respuestas (?:breves|cortas)|"
    r"por favor|trasladaremos|pasaremos|enviaremos|haremos llegar|preguntas pendientes|"
    r"buen(?:os|as) (?:días|tardes|noches)|bienvenid[oa]s?|comenzamos|empezamos|"
    r"interpretación|auriculares)\b",
    "fr": r"\b(?:merci|vous avez la parole|la parole (?:est )?à|question suivante|allez-y|"
    r"je vous en prie|madame|monsieur|(?:il )?nous reste|minutes? (?:restantes?|encore)|"
    r"temps (?:presse|imparti|est écoulé|écoulé)|manque de temps|(?:seront|sont) transmises?|"
    r"bonjour|bonsoir|"
    r"bienvenue|nous (?:commençons|allons commencer|terminons|allons terminer)|interprétation|"
    r"casques?|micro(?:phone)?|s['’]il vous plaît|brièvement)\b",
    "ru": r"(?:^|[^\w])(?:спасибо|благодарю|следующий вопрос|пожалуйста|вам слово|"
    r"слово (?:предоставляется|передаётся|передается)|(?:в|во) \w+ ряду|остал(?:ось|ась) \w+ "
    r"минут|время (?:истекает|истекло|вышло|заканчивается|закончилось|на исходе|поджимает)|"
    r"передадим|направим|перешлём|"
    r"оставшиеся вопросы|добрый (?:день|вечер)|доброе утро|коллеги|начинаем|продолжаем|"
    r"заканчиваем|завершаем|перевод|наушники|микрофон)(?!\w)",
    "zh": r"(?:谢谢|感谢|下一个问题|请讲|请发言|请说|那位|时间(?:差不多|到了|不多|有限|关系)|还剩|"
    r"转给|转交|转达|大家好|欢迎|开始吧|现在开始|同传|耳机|话筒|麦克风)",
    "ar": r"(?:شكرا|شكر|تفضل|تفضلي|الكلمة لك|السؤال التالي|الصف|دقائق|الوقت|سننقل|سنحيل|"
    r"سنرسل|الاسئلة المتبقية|الأسئلة المتبقية|مساء الخير|صباح الخير|مرحبا|نبدأ|الترجمة|"
    r"السماعات|الميكروفون)",
}
#: more words of conduct (``CONDUCT_MORE``): the time the session has, is over or gives each
#: speaker, and the statements received in writing annexed to the record
_CONDUCT_MORE = {
    "en": r"\b(?:we have (?:[\w-]+ ){1,2}minutes|(?:we are|we're|we’re|we are running|running) "
    r"over (?:time|our time)|keep (?:it )?to (?:[\w-]+ )minutes|(?:statements|contributions|"
    r"interventions|remarks) (?:received |sent |submitted )?in writing|will be (?:annexed|"
    r"appended|attached) to)\b",
    "es": r"\b(?:tenemos (?:[\w-]+ ){1,2}minutos|(?:vamos|estamos|nos hemos) (?:pasad[oa]s|"
    r"excedid[oa]s|fuera) (?:de|del) tiempo|no (?:pase|pasen) de (?:[\w-]+ )minutos|"
    r"minutos por (?:intervención|orador|oradora|delegación|persona)|(?:recibid[oa]s|enviad[oa]s) "
    r"por escrito|se (?:anexarán|adjuntarán|agregarán) al)\b",
    "fr": r"\b(?:nous avons (?:[\w-]+ ){1,2}minutes|(?:nous avons )?dépassé (?:le|notre) temps|"
    r"s['’]en tenir à (?:[\w-]+ )minutes|(?:reçues|reçus|transmises|envoyées) par écrit|"
    r"seront (?:annexée?s|jointe?s) (?:au|à))\b",
    "ru": r"(?:^|[^\w])(?:у нас (?:[а-яё-]+ ){1,2}минут|(?:вышли|выходим) за рамки (?:времени|"
    r"регламента)|уложиться в (?:[а-яё-]+ )минут|в письменном виде|будут приложены к)(?!\w)",
    "zh": r"(?:我们有[^，。]{1,6}分钟|已经超时|超时了|不超过[^，。]{1,4}分钟|书面发言|"
    r"(?:上午|下午|晚上)好)",
    "ar": r"(?:لدينا \S+ دقيقة|تجاوزنا الوقت|المكتوبة|سترفق|ستلحق)",
}
#: a stance of the chair's own: the turn goes on to make a point
_STANCE = {
    "en": r"\b(?:should|must|need to|needs to|have to|has to|i think|i believe|let me add|"
    r"one thing|i want to (?:stress|add|say|underline)|i would add|the key|the point is)\b",
    "es": r"\b(?:debe|deben|debería|deberían|hay que|creo que|quiero (?:subrayar|decir|añadir)|"
    r"añado|subrayar|lo importante|la clave)\b",
    "fr": r"\b(?:doit|doivent|devrait|devraient|il faut|je pense|je crois|j['’]ajoute|"
    r"je voudrais (?:souligner|ajouter|dire)|une chose|l['’]essentiel)\b",
    "ru": r"(?:^|[^\w])(?:должн\w*|нужно|надо|следует|нельзя|добавлю|считаю|думаю|главное|"
    r"подчеркну)(?!\w)",
    "zh": r"(?:应当|应该|必须|需要|我认为|我觉得|补充一点|我想强调|关键是)",
    "ar": r"(?:يجب|ينبغي|لا بد|لابد|أعتقد|اعتقد|أرى أن|ارى ان|أضيف|اضيف|الأهم|الاهم)",
}
#: the longest sentence of conduct (words; Chinese: characters)
_LONGEST = {"zh": 40}
_LONGEST_DEFAULT = 24


@cache
def _conduct_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    label = re.compile(rf"^\s*{_CHAIR[lang]}(?:\s*[(（][^)）]{{1,40}}[)）])?\s*[:：]\s*", _I)
    return label, re.compile(_CONDUCT_WORDS[lang], _I), re.compile(_STANCE[lang], _I)


@cache
def _conduct_more(lang: str) -> re.Pattern[str]:
    return re.compile(_CONDUCT_MORE[lang], _I)


def _plain(text: str, lang: str) -> str:
    return arabic_plain(text) if lang == "ar" else text


def conduct_turn(text: str, lang: str) -> bool:
    """Whether ``text`` is a chair's transcript turn whose every sentence only conducts the
    session (``CONDUCT`` not consulted: the caller does)."""
    if lang not in _CHAIR:
        return False
    label, conduct, stance = _conduct_patterns(lang)
    plain = _plain(text, lang)
    m = label.match(plain)
    if m is None:
        return False
    rest = plain[m.end() :].strip()
    parts = sentences(rest, lang) if rest else []
    if not parts:
        return False
    longest = _LONGEST.get(lang, _LONGEST_DEFAULT)
    for sent in parts:
        size = len(sent) if lang == "zh" else len(sent.split())
        if size > longest or stance.search(sent):
            return False
        if (
            not conduct.search(sent)
            and not (CONDUCT_MORE and _conduct_more(lang).search(sent))
            and not (doha.CHAIR and doha.conducts(sent, lang))
        ):
            return False
    return True


# ---------------------------------------------------------------- a speaker's line
#: a singular role of the programme before a dash (``kind_notes._ROLE`` with a few more)
_ROLE = {
    "en": r"(?:speaker|moderator|chair|presenter|panell?ist|keynote speaker|discussant|"
    r"facilitator|rapporteur)",
    "fr": r"(?:intervenant|intervenante|orateur|oratrice|modérateur|modératrice|animateur|"
    r"animatrice|conférencier|conférencière|rapporteur|rapporteuse|président de séance|"
    r"présidente de séance)",
    "es": r"(?:ponente|moderador|moderadora|expositor|expositora|orador|oradora|conferencista|"
    r"relator|relatora|presentador|presentadora|panelista)",
    "ru": r"(?:докладчик|докладчица|спикер|модератор|ведущий|ведущая|выступающий|выступающая|"
    r"лектор|председатель)",
    "zh": r"(?:主讲人|主讲嘉宾|主持人|发言人|演讲人|报告人|讲者)",
    "ar": r"(?:المتحدث|المتحدثة|الميسر|الميسرة|المحاضر|المحاضرة|مدير الجلسة|مديرة الجلسة|"
    r"المقرر|المقررة)",
}
#: a name after the dash: one to three capitalised words (Chinese: two to four characters;
#: Arabic: one to three words)
_NAME = {
    "en": r"(?-i:(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})",
    "fr": r"(?-i:(?:(?:M\.|Mme|Dr|Pr)\s+)?[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,2})",
    "es": r"(?-i:(?:(?:Sr\.|Sra\.|Dr\.|Dra\.)\s+)?[A-ZÁÉÍÓÚÑ][\w'’-]+(?:\s+[A-ZÁÉÍÓÚÑ][\w'’-]+)"
    r"{0,2})",
    "ru": r"(?-i:[А-ЯЁ][\w'’-]+(?:\s+[А-ЯЁ][\w'’-]+){0,2})",
    "zh": r"[\u4e00-\u9fff]{2,4}",
    "ar": r"[^\s،,.:؛]+(?:\s+[^\s،,.:؛]+){0,2}",
}
#: an affiliation after a comma: no verb of saying, no clause
_NO_CLAUSE = {
    "en": r"(?!.*\b(?:who|which|that|said|says|argued|thinks|believes)\b)",
    "fr": r"(?!.*\b(?:qui|que|qu['’]|a dit|estime|pense)\b)",
    "es": r"(?!.*\b(?:que|quien|dijo|cree|opina)\b)",
    "ru": r"(?!.*(?:^|[^\w])(?:что|который|которая|которые|считает|сказал|сказала)(?!\w))",
    "zh": r"(?!.*(?:认为|表示|指出|说))",
    "ar": r"(?!.*(?<!\w)(?:الذي|التي|قال|قالت|يرى|ترى|أن|ان)(?!\w))",
}


def _speaker_sentence(lang: str) -> str:
    comma = r"[,，،]"
    return (
        rf"^[\s•·*]*{_ROLE[lang]}\s*[—–]{{1,2}}\s*{_NAME[lang]}{_NO_CLAUSE[lang]}"
        rf"(?:\s*{comma}\s*[^.;:!?。；：！？]{{1,90}})?\s*[.。]?\s*$"
    )


# ---------------------------------------------------------------- the chair asking the room
_ASKED_ROOM = {
    "en": r"\b(?:the|our) (?:\w+ )?(?:moderator|chair|chairperson|facilitator|host)"
    r"(?:, [^,]{1,40},)? (?:then |also |first |briefly )?(?:asked|invited|encouraged|got) "
    r"(?:the )?(?:participants|attendees|audience|room|everyone|those present|people in the room)"
    r" to \w+",
    "es": r"\b(?:el|la) (?:moderador|moderadora|presidente|presidenta|facilitador|facilitadora)"
    r"(?:, [^,]{1,40},)? (?:también |luego |entonces )?(?:pidió|invitó|propuso) a (?:los|las) "
    r"(?:asistentes|participantes|presentes) (?:que|a) \w+",
    "fr": r"\b(?:le|la|l['’]) ?(?:modérateur|modératrice|président|présidente|animateur|"
    r"animatrice)(?: de séance)?(?:, [^,]{1,40},)? a (?:ensuite |alors |aussi |d['’]abord )?"
    r"(?:demandé|proposé) aux (?:participants|participantes|personnes présentes|membres|"
    r"auditeurs) d['’e]\s?\w+|\b(?:le|la|l['’]) ?(?:modérateur|modératrice|président|"
    r"présidente|animateur|animatrice)(?: de séance)?(?:, [^,]{1,40},)? a (?:ensuite |alors |"
    r"aussi |d['’]abord )?invité (?:les participants|les participantes|la salle|le public|"
    r"les personnes présentes) à \w+",
    "ru": r"(?:^|[^\w])(?:модератор|ведущий|ведущая|председатель)(?: [А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+)?"
    r" (?:затем |также |сначала )?(?:предложил|предложила|попросил|попросила) (?:участникам|"
    r"участников|присутствующим|присутствующих|зал|слушателям|слушателей) \w+",
    "zh": r"主持人(?:随后|接着|先|还|又)?(?:请|邀请|让)"
    r"(?:与会者|参会者|现场观众|观众|大家|在场的人|各位)",
    "ar": r"(?<!\w)(?:و|ف)?(?:طلب|طلبت|دعا|دعت)\s+(?:ال)?(?:ميسر|ميسرة|رئيس الجلسة|رئيسة الجلسة|"
    r"مدير الجلسة|مديرة الجلسة)\s+(?:من\s+)?(?:الحضور|المشاركين|المشاركات|الحاضرين)\s+"
    r"(?:[اأ]ن|إلى|الى)\s",
}

# ---------------------------------------------------------------- agenda items and talks
_HEADINGS = {
    "en": [
        r"^(?:agenda )?item (?:\d+|[ivx]+|one|two|three|four|five|six)(?: of the agenda)?"
        r"\s*:\s*\S",
        r"^(?:a |an )?(?:(?:short|brief|lightning|keynote|ten-minute|five-minute) )?"
        r"(?:talk|presentation|address)(?:,[^,.]{1,30},)? by (?:a|an|the|one|dr|mr|ms|mrs|prof)"
        r"\b(?![^.]*\b(?:should|must|can|cannot|will|would|is|are|was|were)\b)",
    ],
    "es": [
        r"^punto (?:\d+|[ivx]+|primero|segundo|tercero|cuarto|quinto) del orden del día\s*:\s*\S",
        r"^(?:una |un )?(?:ponencia|presentación|charla|exposición|intervención)"
        r"(?: breve| relámpago| corta)?(?:,[^,.]{1,30},)? (?:a cargo de|por parte de|por) "
        r"(?:el|la|un|una|los|las|sr|sra|dr|dra)\b"
        r"(?![^.]*\b(?:debe|deben|debería|puede|es|son|fue|era)\b)",
    ],
    "fr": [
        r"^point (?:\d+|[ivx]+|un|deux|trois|quatre|cinq) de l['’]ordre du jour\s*:\s*\S",
        r"^(?:une |un )?(?:présentation|exposé|intervention|communication)"
        r"(?: éclair| de \w+ minutes| brève)?(?:,[^,.]{1,30},)? par (?:le|la|l['’]|un|une|les|"
        r"m\.|mme|dr)(?![^.]*\b(?:doit|doivent|devrait|peut|est|sont|était)\b)",
    ],
    "ru": [
        r"^пункт (?:\d+|первый|второй|третий|четвёртый|четвертый|пятый) повестки(?: дня)?\s*:\s*\S",
        r"^(?:(?:кратк|коротк)(?:ий|ое|ая) )?(?:доклад|выступление|сообщение|презентация)"
        r"(?: без слайдов)?(?:,[^,.]{1,30},)? (?:представител[яь]|представительницы|"
        r"руководител[яь]|сотрудника|сотрудницы|эксперта|директора)[^.,:;!?]{0,80}\.?$",
    ],
    "zh": [
        r"^议程第[一二三四五六七八九十\d]+项[：:]",
        r"^[^，。]{0,10}(?:快讲|报告|演讲|讲座)(?:[，,][^，。]{1,12}){0,2}[，,]由[^，。]{2,30}"
        r"(?:主讲|带来|介绍)。?$",
    ],
    "ar": [
        r"^البند (?:ال[اأ]ول|الثاني|الثالث|الرابع|الخامس|\d+)(?: من جدول ال[اأ]عمال)?\s*:\s*\S",
        r"^(?:مداخلة|محاضرة|عرض)(?: قصيرة| قصير| موجزة| موجز)?(?:،[^،.]{1,30}،)?\s+من\s+"
        r"[^.،:]{2,60}\.?$",
    ],
}

# ---------------------------------------------------------------- one participant's turn
_TURN_ROLE = {
    "en": r"(?:participant|attendee|delegate|farmer|teacher|student|developer|engineer|nurse|"
    r"doctor|trader|vendor|shopkeeper|journalist|lawyer|activist|resident|member of the "
    r"audience|young person|woman|man|researcher|entrepreneur|fisher|fisherman|fisherwoman|"
    r"librarian|official|volunteer|voice|mother|father|parent|driver|worker|pharmacist|"
    r"mechanic|herder|pensioner)",
    "es": r"(?:participante|asistente|representante|delegad[oa]|agricultor(?:a)?|campesin[oa]|"
    r"pescador(?:a)?|docente|maestr[oa]|estudiante|desarrollador(?:a)?|ingenier[oa]|"
    r"enfermer[oa]|médic[oa]|comerciante|vendedor(?:a)?|periodista|abogad[oa]|activista|"
    r"vecin[oa]|joven|investigador(?:a)?|emprendedor(?:a)?|bibliotecari[oa]|funcionari[oa]|"
    r"voluntari[oa]|usuari[oa]|mujer|hombre|madre|padre|trabajador(?:a)?|conductor(?:a)?|"
    r"farmacéutic[oa]|mecánic[oa]|pastor(?:a)?|jubilad[oa])",
    "fr": r"(?:participant|participante|auditeur|auditrice|délégué|déléguée|agricult(?:eur|rice)|"
    r"pêcheur|pêcheuse|enseignant|enseignante|étudiant|étudiante|développeu(?:r|se)|ingénieur|"
    r"ingénieure|infirmier|infirmière|médecin|commerçant|commerçante|vendeu(?:r|se)|journaliste|"
    r"avocat|avocate|militant|militante|habitant|habitante|chercheu(?:r|se)|"
    r"entrepreneu(?:r|se)|bibliothécaire|agent|agente|fonctionnaire|bénévole|jeune|femme|homme|"
    r"mère|père|travailleu(?:r|se)|chauffeur|pharmacien|pharmacienne|mécanicien|mécanicienne|"
    r"éleveur|éleveuse|retraité|retraitée)",
    "ru": r"(?:участник|участница|представитель|представительница|делегат|фермер|учитель|"
    r"учительница|студент|студентка|разработчик|разработчица|инженер|медсестра|врач|фельдшер|"
    r"предприниматель|предпринимательница|журналист|журналистка|юрист|активист|активистка|"
    r"житель|жительница|исследователь|исследовательница|библиотекарь|чиновник|волонт[её]р|"
    r"голос|мать|отец|водитель|работник|работница|продавец|продавщица|фармацевт|провизор|"
    r"аптекарь|пенсионер|пенсионерка|механик|рыбак|пастух)",
    "zh": r"(?:参会者|与会者|参与者|代表|农民|果农|渔民|学生|教师|老师|开发者|工程师|律师|记者|"
    r"店主|商户|企业家|研究员|医生|护士|居民|青年|志愿者|村民|家长|司机|药剂师|牧民|退休职工)",
    "ar": r"(?:مشارك|مشاركة|[اأ]حد المشاركين|[اإ]حدى المشاركات|مزارع|مزارعة|طالب|طالبة|معلم|"
    r"معلمة|صحفي|صحفية|مطور|مطورة|ممثل|ممثلة|ناشط|ناشطة|باحث|باحثة|محام|محامية|تاجر|تاجرة|"
    r"طبيب|طبيبة|ممرضة|ممرض|مهندس|مهندسة|صياد|[اأ]مين مكتبة|[اأ]مينة مكتبة|متطوع|متطوعة|"
    r"شاب|شابة|[اأ]م|[اأ]ب|سائق|صيدلاني|صيدلانية|ميكانيكي|راع|متقاعد|متقاعدة)",
}
_BRACKETS = r"(?:\s*[(（][^)）]{2,40}[)）])?"
#: the floor, the hall or the audience is no place: an unnamed participant is no one's words
_NOT_FLOOR = {
    "en": r"(?!the\b|floor\b|audience\b|hall\b|room\b)",
    "es": r"(?!la sala\b|el público\b|público\b|sala\b)",
    "fr": r"(?!la salle\b|le public\b|public\b|salle\b|l['’]assistance\b)",
    "ru": r"(?!зала\b|зал\b|аудитории\b)",
    "zh": r"(?!现场|台下|观众席)",
    "ar": r"(?!القاعة|الحضور|الجمهور)",
}
_TURNS = {
    "en": rf"^(?:a |an |one )?{_TURN_ROLE['en']}(?: of [a-z][\w'’-]+)? (?:from|in) "
    rf"{_NOT_FLOOR['en']}(?-i:[A-Z][\w'’-]+)(?:[ -][\w'’-]+){{0,3}}?{_BRACKETS} ?: \S",
    "es": rf"^(?:un |una )?{_TURN_ROLE['es']}(?: de (?-i:[a-zñáéíóú][\w'’-]+))? "
    rf"(?:de|desde|del) {_NOT_FLOOR['es']}(?-i:[A-ZÁÉÍÓÚÑ][\w'’-]+)(?:[ -][\w'’-]+){{0,3}}?"
    rf"{_BRACKETS} ?: \S",
    "fr": rf"^(?:un |une )?{_TURN_ROLE['fr']}(?: d[e']\s?(?-i:[a-zà-ÿ][\w'’-]+))? "
    rf"(?:de|du|d['’]) ?{_NOT_FLOOR['fr']}(?-i:[A-ZÀ-Þ][\w'’-]+)(?:[ -][\w'’-]+){{0,3}}?"
    rf"{_BRACKETS} ?: \S",
    "ru": rf"^{_TURN_ROLE['ru']} из {_NOT_FLOOR['ru']}(?-i:[А-ЯЁ][\w-]+)(?: [\w-]+){{0,2}}?"
    rf"{_BRACKETS} ?: \S",
    "zh": rf"^(?:一位|一名)?来自{_NOT_FLOOR['zh']}[\u4e00-\u9fff]{{2,8}}的{_TURN_ROLE['zh']}"
    rf"{_BRACKETS}[：:]\s*\S",
    "ar": rf"^{_TURN_ROLE['ar']} من {_NOT_FLOOR['ar']}[^\s:،.()]+(?: [^\s:،.()]+){{0,2}}"
    rf"{_BRACKETS}\s*:\s*\S",
}


def descriptions(lang: str) -> list[str]:
    """The description patterns of a language that are on (``SPEAKER``, ``ROOM``,
    ``HEADINGS``)."""
    out: list[str] = []
    if SPEAKER and lang in _ROLE:
        out.append(_speaker_sentence(lang))
    if ROOM and lang in _ASKED_ROOM:
        out.append(_ASKED_ROOM[lang])
    if HEADINGS:
        out.extend(_HEADINGS.get(lang, []))
    return out


@cache
def _described(lang: str, on: tuple[bool, bool, bool]) -> re.Pattern[str] | None:
    patterns = descriptions(lang)
    return re.compile("|".join(f"(?:{p})" for p in patterns), _I) if patterns else None


def describes(sentence: str, lang: str) -> bool:
    """Whether one sentence is a speaker's line, the chair asking the room, an agenda item or
    a talk as a heading, by the patterns that are on. ``synth.kinds.classify`` reads a
    statement as a description when each of its sentences is one of these or a description
    of the cue patterns; a sentence is never cut from a point for them (a statement whose other
    sentences make a point keeps its kind as the other cues give it)."""
    pattern = _described(lang, (SPEAKER, ROOM, HEADINGS))
    if pattern is None:
        return False
    plain = re.sub(r"^[\s\"'“”«»„‘’()\[\]—–-]+", "", _plain(sentence, lang)).strip()
    return bool(pattern.search(plain))


def attributions(lang: str) -> list[str]:
    """The attribution patterns of a language that are on (``TURNS``)."""
    return [_TURNS[lang]] if TURNS and lang in _TURNS else []


def turn_of(text: str, lang: str) -> str | None:
    """Which shape of this module holds for the whole of ``text``, settings aside (for the
    benches): ``conduct``, ``speaker``, ``room``, ``heading``, ``turn`` or None."""
    if conduct_turn(text, lang):
        return "conduct"
    plain = _plain(text, lang).strip()
    checks = (
        ("speaker", [_speaker_sentence(lang)] if lang in _ROLE else []),
        ("room", [_ASKED_ROOM[lang]] if lang in _ASKED_ROOM else []),
        ("heading", _HEADINGS.get(lang, [])),
        ("turn", [_TURNS[lang]] if lang in _TURNS else []),
    )
    for name, patterns in checks:
        if any(re.search(p, plain, _I) for p in patterns):
            return name
    return None
