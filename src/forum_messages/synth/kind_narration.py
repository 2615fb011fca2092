"""A description read by its grammar, whatever kind of meeting it tells of (``synth.kind_model``).

A statement narrates its meeting when three things hold together:

- its subject is the meeting, its members or participants, or its organisers ("the board",
  "members of the committee", "les délégués", "la comisión", "присяжные", "与会者", "اللجنة");
- its verb tells what happened at or to the meeting, in the past: it met, travelled, visited,
  heard, reviewed, opened, closed, adopted, elected, was chaired by ... (a closed class of verbs
  of meeting life, not the words of any one kind of meeting);
- it makes no claim of its own about the world: no modal or normative verb ("should", "doit",
  "debe", "должны", "应当", "يجب"), no verb of stance or clause of reported speech ("that", "que",
  "что", "أنّ", "认为"), no word of evaluation.

The verbs of stance ("argued", "warned", "stressed") are left out of the verbs of meeting life on
purpose: a subject that is the meeting's people with one of those verbs is a frame around a
point, not a description. The model reads it only for a statement open to it that its regression
gives more than ``kind_model.NARRATION_ABOVE`` (``kind_model.NARRATION``, on); docs/quality.md,
"a thirty-seventh round", gives what it was measured to do.
"""

from __future__ import annotations

import re
from functools import cache

from forum_messages.nlp.segment import arabic_plain

# ---------------------------------------------------------------- subjects
_SUBJECT = {
    "en": r"\b(?:meeting|session|sitting|board|committee|commission|panel|jury|jurors|members|"
    r"delegates|delegation|participants|attendees|congress|conference|forum|council|assembly|"
    r"plenary|workshop|hearing|summit|round table|chair|chairs|chairperson|co-chairs|secretariat|"
    r"organi[sz]ers|hosts|visit|group|trustees|mps|deputies|councillors|residents|speakers|"
    r"consultation|retreat|gathering|judges|event)\b",
    "fr": r"\b(?:réunion|séance|session|conseil|comité|commission|jury|jurés|membres|délégués|"
    r"déléguées|délégation|participants|participantes|congrès|conférence|forum|assemblée|"
    r"plénière|atelier|audience|sommet|table ronde|président|présidente|secrétariat|"
    r"organisateurs|visite|groupe|élus|habitants|intervenants|consultation|rencontre|juges|"
    r"événement)\b",
    "es": r"\b(?:reunión|sesión|junta|consejo|comité|comisión|jurado|miembros|integrantes|"
    r"delegados|delegadas|delegación|participantes|asistentes|congreso|conferencia|foro|"
    r"asamblea|plenaria|plenario|taller|audiencia|cumbre|mesa redonda|presidente|presidenta|"
    r"secretaría|organizadores|visita|grupo|diputados|diputadas|vecinos|ponentes|consulta|"
    r"encuentro|jueces|evento)\b",
    "ru": r"(?:^|[^\w])(?:заседани|совещани|сесси|совет|комитет|комисси|жюри|присяжн|член|"
    r"делегат|делегаци|участник|участниц|съезд|конференци|форум|собрани|пленар|семинар|"
    r"слушани|саммит|круглый стол|председател|секретариат|организатор|визит|групп|депутат|"
    r"жител|выступающ|консультаци|встреч|судьи|мероприяти)\w*",
    "zh": r"(?:会议|本次会|会上|委员会|委员|理事会|理事|评审团|陪审团|评委|成员|代表团|代表|与会者|"
    r"与会|参会者|大会|论坛|研讨会|座谈会|工作坊|听证会|峰会|圆桌|主席|主持人|秘书处|主办方|"
    r"组织者|考察团|小组|议员|居民|嘉宾|陪审员|活动)",
    "ar": r"(?<!\w)(?:و|ف)?(?:ل|ب)?(?:الاجتماع|الجلسة|جلسة|المجلس|مجلس|اللجنة|لجنة|"
    r"هيئة المحلفين|المحلفون|المحلفين|"
    r"الأعضاء|أعضاء|المندوبون|المندوبين|مندوبو|الوفد|وفد|المشاركون|المشاركين|المشاركات|"
    r"الحاضرون|الحضور|المؤتمر|مؤتمر|المنتدى|الجمعية|الورشة|ورشة|جلسة الاستماع|القمة|"
    r"الطاولة المستديرة|الرئيس|رئيس|رئيسة|الأمانة|المنظمون|المنظمين|الزيارة|الفريق|النواب|"
    r"السكان|المتحدثون|المتحدثين|المشاورة|اللقاء|الحكام|الفعالية)(?!\w)",
}

# ---------------------------------------------------------------- verbs of meeting life, past
#: Whether the Russian verb "прошла/прошло/прошли" (took place) is read only as a verb, not in
#: the adjective "прошлый" ("в прошлом году": last year), which made a speaker's words about
#: last year read as a narrated meeting: on, since on the common evaluation it raised a report
#: file's descriptive precision and moved no other row (docs/quality.md, "a forty-seventh
#: round")
PAST_NOT_LAST = True
_RU_PASSED = r"прошл(?=[аои](?!\w))" if PAST_NOT_LAST else r"прошл"
_VERB = {
    "en": r"\b(?:met|convened|gathered|reconvened|travel+ed|visited|toured|went|walked|"
    r"heard|listened|watched|reviewed|examined|considered|discussed|deliberated|opened|closed|"
    r"began|started|ended|finished|resumed|adjourned|continued|adopted|approved|elected|"
    r"voted|presented|held|chaired|co-chaired|hosted|moderated|attended|received|welcomed|"
    r"thanked|introduced|briefed|outlined|questioned|interviewed|spent|split|broke|sat|"
    r"took note|took part|was held|were held|was chaired|was opened|was closed|were shown|"
    r"was shown|were taken|was taken|were presented|was presented|were reviewed|was reviewed|"
    r"was adopted|were adopted|was approved|were approved|was elected|were elected|lasted|ran|"
    r"asked for|was attended|were received|was received|were elected|declared|left the room|"
    r"went into|heard from|called to order|took|gave|took place|withdrew|retired|co-hosted|"
    r"was hosted|was co-hosted|was organi[sz]ed|exchanged|awarded)\b",
    "fr": r"\b(?:s['’]est (?:réuni|réunie|tenu|tenue|déroulé|déroulée|achevé|achevée|ouvert|"
    r"ouverte|clos|close|terminé|terminée|poursuivi|poursuivie|rendu|rendue|retiré|retirée)|se "
    r"sont (?:réunis|réunies|rendus|rendues|succédé|retrouvés|retirés|retirées)|(?:a|"
    r"ont) (?:ensuite |d['’]abord |également |"
    r"aussi )?(?:été )?(?:réuni|rencontré|visité|parcouru|voyagé|entendu|écouté|examiné|"
    r"discuté|débattu|ouvert|ouverte|ouverts|clos|clôturé|clôturée|levé|levée|adopté|adoptée|"
    r"adoptés|adoptées|approuvé|approuvée|approuvés|élu|élue|élus|voté|présenté|présentée|"
    r"présentés|présentées|tenu|tenue|présidé|présidée|assisté|participé|accueilli|accueillie|"
    r"commencé|terminé|achevé|poursuivi|suspendu|suspendue|repris|reprise|duré|siégé|"
    r"délibéré|consacré|réuni|réunis|mis aux voix|mises aux voix|remercié|interrogé|vu|retiré|"
    r"retirés|"
    r"échangé|reçu|décerné|remis|"
    r"regardé|fait le point|pris connaissance|pris acte)|a été (?:ouverte?|close?|levée?|"
    r"présidée?|tenue?|adoptée?|suspendue?))\b",
    "es": r"\b(?:se (?:reunió|reunieron|celebró|celebraron|trasladó|trasladaron|inauguró|"
    r"clausuró|abrió|cerró|levantó|aprobó|aprobaron|presentó|presentaron|aplazó|suspendió|"
    r"reanudó|desarrolló|realizó)|reunió|visitó|visitaron|recorrió|recorrieron|viajó|"
    r"viajaron|escuchó|escucharon|oyó|oyeron|examinó|examinaron|revisó|revisaron|"
    r"analizó|analizaron|discutió|discutieron|debatió|debatieron|deliberó|deliberaron|abrió|"
    r"cerró|clausuró|inauguró|aprobó|aprobaron|adoptó|adoptaron|eligió|eligieron|votó|"
    r"votaron|presentó|presentaron|celebró|celebraron|presidió|asistió|asistieron|recibió|"
    r"recibieron|comenzó|empezó|terminó|concluyó|duró|sesionó|sesionaron|agradeció|"
    r"agradecieron|sostuvo|sostuvieron|mantuvo|mantuvieron|conocieron|conoció|participó|"
    r"participaron|dio la palabra|cedió la palabra|fijó|fijaron|dedicó|dedicaron|se retiró|"
    r"se retiraron|intercambiaron|otorgó|otorgaron|entregó|entregaron|"
    r"fue (?:inaugurad|clausurad|presidid|aprobad|elegid|presentad)[oa]s?|"
    r"fueron (?:aprobad|elegid|presentad|recibid)[oa]s)\b",
    "ru": r"(?:^|[^\w])(?:встретил|собрал|посетил|побывал|выехал|съездил|приехал|прибыл|"
    r"заслушал|выслушал|рассмотрел|обсудил|открыл|закрыл|завершил|начал|провел|провёл|"
    rf"{_RU_PASSED}|прошёл|прошла|состоял|председательствовал|присутствовал|утвердил|принял|"
    r"избрал|проголосовал|представил|ознакомил|осмотрел|продолжил|продолжал|длил|"
    r"поблагодарил|приветствовал|работал|заседал|выслушал|посмотрел|осмотрел|собирал|совещал|"
    r"удалил|объявил|вручил|присудил|обменял|"
    r"был(?:а|и|о)? (?:открыт|закрыт|избран|утвержд|принят|представлен|вынесен|заслушан|"
    r"рассмотрен|проведен|проведён))\w*",
    "zh": r"(?:举行|召开|举办|出席|参加|列席|听取|审议|审阅|参观|考察|访问|走访|前往|抵达|来到|"
    r"开幕|闭幕|结束|主持|介绍了|通报了|会见|会晤|选举|表决|投票|讨论了|回顾了|查看|观看|"
    r"听了|聆听|通过了|批准了|宣布|致辞|致开幕辞|致闭幕辞|进行了|开展了|围绕|交流了|领取了|"
    r"颁发|授予)",
    "ar": r"(?<!\w)(?:و|ف)?(?:عقد|عقدت|عقدوا|اجتمع|اجتمعت|اجتمعوا|زار|زارت|زاروا|استمع|استمعت|"
    r"استمعوا|"
    r"ناقش|ناقشت|ناقشوا|عرض|عرضت|قدم|قدمت|افتتح|افتتحت|اختتم|اختتمت|ترأس|ترأست|"
    r"حضر|حضرت|حضره|حضرها|شارك|شاركت|شاركوا|أقر|أقرت|انتخب|انتخبت|صوت|صوتوا|استعرض|"
    r"استعرضت|بحث|بحثت|تناول|تناولت|تجول|جال|توجه|توجهوا|انتقل|انتقلوا|استمر|استمرت|دام|"
    r"بدأ|بدأت|انتهى|انتهت|التقى|التقت|التقوا|استقبل|استقبلت|اطلع|اطلعوا|شاهد|شاهدوا|"
    r"طرح|طرحت|شكر|شكرت|جرت|جرى|انسحب|انسحبت|تبادل|تبادلوا|تلقى|تلقوا|حصل|حصلوا|منح|منحت)"
    r"(?!\w)",
}

# ---------------------------------------------------------------- a claim of its own
_CLAIM = {
    "en": r"\b(?:should|must|ought|need|needs|needed|have to|has to|had to|cannot|can't|can|"
    r"could|would|might|may|whether|argued|warned|stressed|urged|insisted|agreed|"
    r"concluded|believed|felt|said|stated|noted|called|recommended|proposed|suggested|"
    r"important|crucial|essential|key|vital|too|failed|fails|lack|lacks|because|why|usually|"
    r"often|always|mostly|never|if|unless)\b",
    "fr": r"\b(?:doit|doivent|devrait|devraient|faut|fallait|faudrait|peut|peuvent|pourrait|"
    r"pourraient|nécessaire|indispensable|essentiel|essentielle|important|importante|"
    r"estimé|souligné|insisté|rappelé|affirmé|averti|déploré|regretté|"
    r"recommandé|proposé|appelé|demandé|trop|parce|car|si|sinon)\b",
    "es": r"\b(?:debe|deben|debería|deberían|hay que|tiene que|tienen que|puede|pueden|"
    r"podría|podrían|necesario|necesaria|imprescindible|esencial|importante|sostuvo que|"
    r"advirtió|subrayó|destacó|insistió|recordó|afirmó|lamentó|recomendó|propuso|pidió|"
    r"instó|demasiado|porque|si)\b",
    "ru": r"(?:^|[^\w])(?:должн|нужн|необходим|следует|надо|может|могут|мог|нельзя|что(?!бы)|"
    r"считал|считают|заявил|подчеркнул|отметил|предупредил|настаивал|призвал|рекомендовал|"
    r"предложил|потребовал|важн|слишком|потому|поскольку|если)\w*|(?:^|[^\w])ли(?!\w)",
    "zh": r"(?:应当|应该|(?<![响适反对供相])应(?!用)|需要|必须|要求|认为|表示|指出|"
    r"强调|呼吁|建议|主张|担心|不能|无法|"
    r"可以|能够|重要|关键|太|因为|是否|希望|结论|说(?!明)|大多|往往|通常|总是|如果|若|假如)",
    "ar": r"(?<!\w)(?:و|ف)?(?:يجب|ينبغي|لا بد|لابد|يمكن|يتعين|ضرورة|ضروري|أن|أنه|أنها|بأن|إن|"
    r"لأن|أكد|"
    r"أكدت|خلص|خلصوا|خلصت|إذا|لو|شدد|شددت|دعا|دعت|أوصى|أوصت|رأى|رأت|اعتبر|حذر|حذرت|مهم|هام|"
    r"جدا)(?!\w)",
}


#: "que" after a verb or a word that opens a clause of its own (a complementiser: "ont estimé
#: que", "coincidieron en que", "il est clair que"); after a noun it is a relative pronoun ("onze
#: équipes que", "los equipos que presentaron"), which makes no claim
_THAT = {
    "fr": re.compile(
        r"(?:\b(?:\w+(?:é|ée|és|ées|it|is|u|ait|aient|ent|e)|en|de|clair|évident|ressorti|"
        r"est|était|sorte|afin|pour|bien|ainsi|tandis|alors|parce|lors|dès|puisque|si|"
        r"montré|rappelé|noté|constaté)\s+qu(?:e\b|['’]))",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:\w+ed|said|say|says|felt|feel|feels|thought|think|thinks|believe|believes|knew|"
        r"know|found|find|finds|heard|learned|learnt|told|argue|argues|is|was|are|were|be|been|"
        r"so|such|clear|sure|concern|view|fact|idea|hope|fear|way|point|warning|reminder|now|"
        r"given)\s+that\b",
        re.IGNORECASE,
    ),
    "es": re.compile(
        r"\b(?:\w+(?:ó|aron|ieron|ía|ían|aba|aban|a|an|e|en)|en|de|claro|evidente|cuenta|"
        r"consenso|acuerdo|idea|hecho|es|era|fue|así|para|ya|porque)\s+que\b",
        re.IGNORECASE,
    ),
}


#: Arabic "أن" after a word of time or order ("قبل أن", "بعد أن", "على أن يعقد"): no claim
_AR_TIME_THAT = re.compile(r"(?<!\w)(?:قبل|بعد|على|منذ|ريثما) أن(?!\w)")


@cache
def _compiled(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    if lang not in _VERB:
        return None
    return (
        re.compile(_SUBJECT[lang], re.IGNORECASE),
        re.compile(_VERB[lang], re.IGNORECASE),
        re.compile(_CLAIM[lang], re.IGNORECASE),
    )


#: how far into the statement its main verb may stand (characters; Chinese counts a character
#: as a word, hence its own reach) and how far before it the subject may end
VERB_REACH = {"zh": 40}
VERB_REACH_DEFAULT = 110
SUBJECT_GAP = {"zh": 16}
SUBJECT_GAP_DEFAULT = 70
#: the languages whose subject may follow its verb, and how far after it (characters)
AFTER = {"ar": 40, "es": 30, "ru": 30}


def makes_claim(plain: str, lang: str) -> bool:
    """Whether ``plain`` (a statement's text, Arabic without its marks) makes a claim of its own:
    a modal, normative or evaluative word, a verb of stance, a clause of reported speech."""
    patterns = _compiled(lang)
    if patterns is None:
        return False
    if lang == "ar":
        plain = _AR_TIME_THAT.sub(" ", plain)
    if patterns[2].search(plain):
        return True
    that = _THAT.get(lang)
    return that is not None and bool(that.search(plain))


def verb_of_meeting(plain: str, lang: str) -> list[re.Match[str]]:
    """The verbs of meeting life in the past in ``plain``, within the reach of a main verb."""
    patterns = _compiled(lang)
    if patterns is None:
        return []
    reach = VERB_REACH.get(lang, VERB_REACH_DEFAULT)
    return [v for v in patterns[1].finditer(plain) if v.start() <= reach]


def narrates(text: str, lang: str) -> bool:
    """Whether ``text`` (in ``lang``) narrates its meeting: the meeting or its people as the
    subject of a verb of meeting life in the past, and no claim of its own."""
    patterns = _compiled(lang)
    if patterns is None:
        return False
    subject, verb, claim = patterns
    plain = arabic_plain(text) if lang == "ar" else text
    plain = plain.strip()
    if lang == "ar":
        plain = _AR_TIME_THAT.sub(" ", plain)
    if claim.search(plain):
        return False
    that = _THAT.get(lang)
    if that is not None and that.search(plain):
        return False
    reach = VERB_REACH.get(lang, VERB_REACH_DEFAULT)
    gap = SUBJECT_GAP.get(lang, SUBJECT_GAP_DEFAULT)
    for v in verb.finditer(plain):
        if v.start() > reach:
            break
        before = [s for s in subject.finditer(plain[: v.start()]) if v.start() - s.end() <= gap]
        if before:
            return True
        if lang in AFTER:
            # the verb first, its subject after it (وزار المشاركون ..., "Se reunió la
            # comisión ...", "В Петрозаводске прошла конференция ...")
            head = plain[: v.start()].strip()
            after = subject.search(plain[v.end() : v.end() + AFTER[lang]])
            if after and (lang != "ar" or len(head) <= 2):
                return True
    return False
