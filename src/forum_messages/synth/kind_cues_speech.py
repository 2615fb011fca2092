"""Attributions told by the grammar of reported speech (``synth.kinds``, added to the
attribution cues family by family, each behind its own setting; docs/quality.md, "a
seventy-second round"). Each family crosses a lexicon of reporting verbs of a language with a
phrase naming one speaker (a name, a title and a name, a role, an occupation, a named body or a
delegation) and a position:

- ``MIDDLE``: the speaker and the verb set between commas inside the point ("The problem, the
  ombudsman noted, is ...", "Le problème, a souligné le médiateur, n'est pas ...", "المشكلة،
  كما أوضح وسيط المدينة، ليست ...", "Проблема, подчеркнул омбудсмен, не в ..."), and "selon /
  según / بحسب / по словам <one>" there;
- ``AFTER``: the verb and its speaker after the point or the quotation ("..., said a
  spokesperson for ...", "« ... », a reconnu la conseillère Diop.", "...، قال بيار مندي.",
  "...، على حد قول رئيس ...", "...، كما قالت مديرة ...");
- ``NOMINAL``: the passive and the noun of saying ("It was noted by the deputy mayor that",
  "Il a été rappelé par l'adjoint au maire que", "Ms Sow's remark that", "La remarque de Mme
  Sow selon laquelle", "The engineer's warning was blunt:", "Le constat de l'ingénieure est sans
  appel :", "نُقل عن", "ملاحظة السيدة ..."), the speaker after a dash ("— a point the treasurer
  made", "— le trésorier l'a répété") and before a colon ("X put it this way:", "X l'a dit
  ainsi :");
- ``LEAD`` (French) and ``LEAD_EN`` (English): the verb of a lexicon that the other cues
  lack, after one speaker ("The finance officer of Kolda believes that", "La délégation du
  Bénin a décrit comment"); in Arabic ``LEAD_AR``, the verb first in the past or the present
  ("دعت رابطة ... إلى", "عرض وفد تونس كيف", "ويشير المهندس ... إلى أن", "تقول ياسمين ...، ...
  إن"), ``OFFICE_AR``, one office before a verb in the present ("والي الولاية يرى أن"), and
  ``SOURCE_AR``, "وفقاً ل<name> من ...", "من وجهة نظر <one>", "حسب ما أفاد به <one>".

What stays a point: a plural or a group as the speaker ("Several participants warned",
"Youth delegates argued", "حذّر عدد من المشاركين", "يقول الصيادون إن": the earlier sets label
these frames without an attribution, or points), a document, a law, a census or studies ("the
council's own audit noted", "Les études montrent", "تُظهر الدراسات", "وفقاً لتعداد"), an
addressee ("The ministry should say ...", "على الوزارة أن تقول"), a title with a colon.
"""

from __future__ import annotations

#: the speaker and the verb between commas inside the point
MIDDLE = True
#: the verb and its speaker after the point or the quotation
AFTER = False
#: the passive, the noun of saying, the dash and the colon
NOMINAL = True
#: the verbs of a lexicon the other cues lack after one speaker, in French
LEAD = True
#: the same in English: off, as ``kind_cues_presenters.SUBJECT_FIRST_EN`` (the same shape,
#: held off since the thirty-ninth round), which it would read a second time
LEAD_EN = False
#: the Arabic verb of a lexicon first, before one speaker and its clause
LEAD_AR = False
#: one Arabic office before a verb of saying in the present ("والي الولاية يرى أن")
OFFICE_AR = True
#: "وفقاً ل<name> من", "من وجهة نظر <one>", "حسب ما أفاد به <one>"
SOURCE_AR = True

# ---------------------------------------------------------------- English
_EN_VERB = (
    r"(?:said|says|noted|notes|warned|warns|recalled|recalls|insisted|insists|argued|argues|"
    r"explained|explains|told [\w ]{2,30}?|acknowledged|acknowledges|cautioned|cautions|"
    r"admitted|admits|observed|observes|pointed out|points out|stressed|stresses|recounted|"
    r"remarked|remarks|added|adds|believes|believed|contended|contends|maintained|maintains|"
    r"conceded|concedes|emphasi[sz]ed|emphasi[sz]es|underlined|commented|stated|declared|"
    r"confirmed|replied|answered|suggested|reminded [\w ]{2,30}?|claimed|asserted|thinks|"
    r"feels|estimated|reckons|reckoned|objected|complained|lamented|conceded)"
)
#: a word that names one person by a role or an occupation (a singular, never a document)
_EN_ROLE = (
    r"(?:mayor|minister|councillor|councilor|director|chair|chairperson|president|secretary|"
    r"coordinator|researcher|representative|delegate|planner|engineer|officer|head|lead|"
    r"manager|spokesperson|spokesman|spokeswoman|moderator|expert|specialist|ombudsman|"
    r"ombudsperson|adviser|advisor|founder|professor|governor|ambassador|teacher|activist|"
    r"journalist|economist|lawyer|commissioner|senator|trader|treasurer|clerk|"
    r"hydrologist|plumber|fisherman|fisherwoman|farmer|nurse|doctor|host|chief|deputy|"
    r"auditor|inspector|registrar|vendor|resident|student|mother|father|official|envoy|"
    r"executive|analyst|architect|technician|mechanic|driver|midwife|pharmacist|judge|"
    r"(?-i:[a-z]{3,}(?:ian|ist)))"
)
#: a title before a name
_EN_TITLE = (
    r"(?-i:(?:Mr|Mrs|Ms|Dr|Prof|Professor|Councillor|Minister|Mayor|Senator|Judge|Chief)\.?)"
)
_EN_NAME = r"(?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})"
#: one speaker: a role after "the/a/an/one" (with a name after it or not), or a name with or
#: without its title
_EN_ONE = (
    rf"(?:(?:the|a|an|one) (?:[\w'’-]+ ){{0,3}}?{_EN_ROLE}(?: (?:of|for|from|at|with) "
    rf"(?:the )?[\w'’-]+(?: [\w'’-]+){{0,3}}?)?(?: {_EN_NAME})?|(?:{_EN_TITLE} )?{_EN_NAME})"
)
#: what is no speaker's name at the head of a clause
_EN_NOT_ONE = (
    r"(?!(?:he|she|it|they|we|i|you|this|that|these|those|there|here|studies|research|data|"
    r"evidence|experience|the (?:report|study|survey|census|law|act|plan|audit|data|"
    r"evidence|paper|document|figures))\b)"
)

# ---------------------------------------------------------------- French
_FR_VERB = (
    r"(?:dit|souligné|rappelé|estimé|expliqué|raconté|reconnu|admis|averti|mis en garde|"
    r"observé|fait observer|fait valoir|fait remarquer|relevé|insisté|noté|précisé|"
    r"affirmé|soutenu|confié|déclaré|indiqué|ajouté|constaté|signalé|déploré|regretté|"
    r"plaidé|prévenu|martelé|répondu|résumé|décrit|jugé|considéré|assuré|concédé|avoué|"
    r"témoigné|lancé|tranché|nuancé|insisté)"
)
#: the verb in the present ("explique", "affirme", "résume")
_FR_PRESENT = (
    r"(?:dit|souligne|rappelle|estime|explique|raconte|reconnaît|admet|avertit|met en garde|"
    r"observe|fait observer|fait valoir|relève|insiste|note|précise|affirme|soutient|confie|"
    r"déclare|indique|ajoute|constate|signale|déplore|regrette|plaide|prévient|martèle|"
    r"répond|résume|décrit|juge|considère|assure|concède|avoue|témoigne|tranche|nuance)"
)
_FR_ROLE = (
    r"(?:maire|ministre|conseill[eè]re?|directeur|directrice|président|présidente|"
    r"secrétaire|coordinat(?:eur|rice)|chercheu(?:r|se)|représentant|représentante|délégué|"
    r"déléguée|urbaniste|ingénieure?|responsable|chef(?:fe)?|porte-parole|modérat(?:eur|rice)|"
    r"experte?|spécialiste|médiat(?:eur|rice)|conseiller|fondat(?:eur|rice)|professeure?|"
    r"gouverneur|ambassadeur|ambassadrice|enseignante?|militante?|journaliste|économiste|"
    r"avocate?|commissaire|sénat(?:eur|rice)|commerçante?|trésori(?:er|ère)|"
    r"receveur|receveuse|technicienne?|adjointe?|mareyeuse|mareyeur|pêcheu(?:r|se)|"
    r"plombi(?:er|ère)|agricult(?:eur|rice)|infirmi(?:er|ère)|médecin|animat(?:eur|rice)|"
    r"délégation|élue?|préfète?|préfet|inspect(?:eur|rice)|sage-femme|juge|habitante?|"
    r"(?!(?:secteur|moteur|facteur|vecteur|intérieur|extérieur|valeur|erreur|hauteur|"
    r"longueur|ampleur|inventaire|questionnaire|commentaire|dictionnaire)\b)"
    r"(?-i:[a-zéèêç]{3,}(?:aire|iste|ienne|ien|eur|euse|rice)))"
)
_FR_NAME = r"(?-i:[A-ZÉ][\wéèëïô'’-]+(?: [A-ZÉ][\wéèëïô'’-]+){0,2})"
#: a pronoun or a determiner is no name ("On a fait remarquer que", "Je rappelle que")
_FR_NOT_NAME = (
    r"(?!(?:on|il|elle|ils|elles|je|nous|vous|ce|cela|ceci|celui|celle|chacun|chacune|"
    r"certains|certaines|plusieurs|tous|toutes|les|des|ces|leur|leurs)\b)"
)
_FR_ONE = (
    rf"(?:(?:le|la|l['’]|un|une|son|sa)\s?(?:[\wéèêàç'’-]+ ){{0,2}}?{_FR_ROLE}"
    r"(?: (?-i:[a-zéèêàç-]{4,})){0,2}?"
    rf"(?: (?:de|du|d['’]|des|à|au) ?(?:la |l['’])?[\wéèêàç'’-]+(?: [\wéèêàç'’-]+){{0,3}}?)?"
    rf"(?: {_FR_NAME})?|(?:(?-i:M\.|Mme|Me|Dr|Pr) )?{_FR_NOT_NAME}{_FR_NAME})"
)

# ---------------------------------------------------------------- Spanish, Russian
_ES_VERB = (
    r"(?:dijo|subrayó|recordó|explicó|contó|reconoció|advirtió|señaló|sostuvo|insistió|"
    r"afirmó|aseguró|observó|apuntó|precisó|añadió|lamentó|admitió|destacó|relató|opinó)"
)
_ES_ONE = (
    r"(?:(?:el|la|un|una) (?:[\wáéíóúñ-]+ ){0,2}?(?:[\wáéíóúñ-]+(?:or|ora|ista|ero|era|ente|"
    r"enta|ante|ólogo|óloga|ico|ica)|alcalde|alcaldesa|ministro|ministra|jefe|jefa|concejal|"
    r"concejala|defensor|defensora|delegado|delegada|abogado|abogada|experto|experta)\b"
    r"(?: (?-i:[A-ZÁÉÍÓÚ][\wáéíóúñ-]+(?: [A-ZÁÉÍÓÚ][\wáéíóúñ-]+){0,2}))?"
    r"(?: (?:de|del) [\wáéíóúñ ]{2,40}?)?"
    r"|(?-i:[A-ZÁÉÍÓÚ][\wáéíóúñ-]+(?: [A-ZÁÉÍÓÚ][\wáéíóúñ-]+){0,2}))"
)
_RU_VERB = (
    r"(?:подчеркнул|подчеркнула|отметил|отметила|сказал|сказала|пояснил|пояснила|"
    r"напомнил|напомнила|признал|признала|предупредил|предупредила|заметил|заметила|"
    r"считает|уверен|уверена|добавил|добавила|рассказал|рассказала|заявил|заявила)"
)

_RU_ROLE = (
    r"(?:омбудсмен|министр|директор|мэр|глава|председатель|председательница|инженер|"
    r"экономист|юрист|депутат|губернатор|представитель|представительница|рыбак|учитель|"
    r"учительница|врач|журналист|журналистка|эксперт|руководитель|руководительница|"
    r"(?-i:[А-ЯЁ][а-яё-]+ [А-ЯЁ][а-яё-]+))"
)

# ---------------------------------------------------------------- Arabic
#: reporting verbs, past (masculine, feminine) and present
_AR_VERB = (
    r"(?:قال|قالت|ذكر|ذكرت|أوضح|أوضحت|أكد|أكدت|أكّد|أكّدت|أفاد|أفادت|روى|روت|أشار|أشارت|"
    r"لفت|لفتت|اعتبر|اعتبرت|رأى|رأت|شدد|شددت|شدّد|شدّدت|حذر|حذرت|حذّر|حذّرت|نبه|نبهت|نبّه|"
    r"نبّهت|اعترف|اعترفت|أقر|أقرت|أقرّ|أقرّت|دعا|دعت|طالب|طالبت|عرض|عرضت|ذكّر|ذكّرت|بيّن|"
    r"بيّنت|بين|بينت|كشف|كشفت|أضاف|أضافت|لاحظ|لاحظت|نوّه|نوّهت|نوه|نوهت|أبرز|أبرزت|"
    r"استعرض|استعرضت|وصف|وصفت|أعرب|أعربت|اقترح|اقترحت|انتقد|انتقدت|تساءل|تساءلت|"
    r"يقول|تقول|يشير|تشير|يرى|ترى|يؤكد|تؤكد|يعتبر|تعتبر|يوضح|توضح|يلفت|تلفت|يحذر|تحذر|"
    r"يذكر|تذكر|يضيف|تضيف|يقر|تقر|يدعو|تدعو|يعترف|تعترف)"
)
#: a first word that is no one speaker: a plural (-ون, -ين, -ات), a word of many, a document
_AR_NOT_ONE = (
    r"(?!\S*(?:ون|ين|ات)(?:\s|$|،))"
    r"(?!(?:ال)?(?:عدد|عدة|بعض|كثير|أغلب|معظم|جميع|كل|ضيوف|شباب|طلاب|أعضاء|خبراء|سكان|"
    r"أهالي|نساء|رجال|تقرير|دراسة|دراسات|قانون|بيانات|إحصاءات|أرقام|تعداد|وثيقة|ورقة|"
    r"خطة|نتائج|تجربة|جلسة|ورشة|اجتماع|منتدى|مؤتمر|نقاش|حوار|مشاركون|متحدثون|الصيادون)"
    r"(?:\s|$|،))"
)
#: one speaker after the verb: a title, a role, an occupation, a body, a delegation, a name
#: a name: a first word with no article, then a family name with it, that is no plural
#: ("ياسمين القاسمي", "عمر ولد أحمد" is read by the roles' cues of its title)
_AR_NAME = (
    r"(?!ال)(?!(?:عدد|عدة|بعض|كثير|أغلب|معظم|جميع|كل|ممثلو|ممثلي|مندوبو|مندوبي|أعضاء)\s)"
    r"[\u0621-\u064a]{3,} (?:(?:بن|بنت|ولد) )?ال[\u0621-\u064a]{2,}(?<!ون)(?<!ين)(?<!ات)"
    r"(?![\u0621-\u064a])"
)
_AR_ONE = (
    rf"(?:{_AR_NOT_ONE}(?:ال|و|ل)?(?:سيد|سيدة|دكتور|دكتورة|مهندس|مهندسة|أستاذ|أستاذة|وزير|وزيرة|"
    r"رئيس|رئيسة|مدير|مديرة|ممثل|ممثلة|منسق|منسقة|مستشار|مستشارة|كاتب|كاتبة|"
    r"أمين|أمينة|وسيط|وسيطة|والي|عمدة|نائب|نائبة|خبير|خبيرة|باحث|باحثة|صياد|صيادة|"
    r"بائع|بائعة|سبّاك|سباك|مزارع|مزارعة|ممرضة|طبيب|طبيبة|معلم|معلمة|مقدم|مقدمة|"
    r"رابطة|منظمة|اتحاد|نقابة|مؤسسة|وفد|ناطق|ناطقة)(?![\u0621-\u064a]))"
)

#: the families' settings, by name
NAMES = ("MIDDLE", "AFTER", "NOMINAL", "LEAD", "LEAD_EN", "LEAD_AR", "OFFICE_AR", "SOURCE_AR")
#: the patterns of each family, by language
FAMILIES: dict[str, dict[str, list[str]]] = {name: {} for name in NAMES}


def attributions(lang: str) -> list[str]:
    """The patterns of the families whose setting is on, for a language."""
    return [p for name in NAMES if globals()[name] for p in FAMILIES[name].get(lang, [])]


def _add(family: str, lang: str, *patterns: str) -> None:
    FAMILIES[family].setdefault(lang, []).extend(patterns)


# ---------------------------------------------------------------- MIDDLE
_add(
    "MIDDLE",
    "en",
    # "The problem, the ombudsman noted, is ..."; "Registers, the planner X remarked, only"
    rf"^[^,;:]{{3,90}}, {_EN_NOT_ONE}{_EN_ONE},? {_EN_VERB}, (?-i:[a-z])",
    # "The problem, noted the ombudsman, is ..."
    rf"^[^,;:]{{3,90}}, {_EN_VERB} {_EN_ONE}, (?-i:[a-z])",
)
_add(
    "MIDDLE",
    "fr",
    # "Le problème, a souligné le médiateur, n'est pas ..."
    rf"^[^,;:]{{3,90}}, (?:a|avait) {_FR_VERB} {_FR_ONE}, (?-i:[a-zéèà])",
    rf"^[^,;:]{{3,90}}, (?:selon|d['’]après|pour) {_FR_ONE}, (?-i:[a-zéèà])",
    rf"^[^,;:]{{3,90}}, {_FR_ONE},? {_FR_PRESENT}, (?-i:[a-zéèà])",
)
_add(
    "MIDDLE",
    "es",
    rf"^[^,;:]{{3,90}}, {_ES_VERB} {_ES_ONE}, (?-i:[a-záéíóúñ])",
    rf"^[^,;:]{{3,90}}, (?:según|a juicio de|en palabras de) {_ES_ONE}, (?-i:[a-záéíóúñ])",
)
_add(
    "MIDDLE",
    "ru",
    # "Проблема, подчеркнул городской омбудсмен, не в программе"
    rf"^[^,;:]{{3,90}}, {_RU_VERB} (?:[а-яё-]+ ){{0,2}}?{_RU_ROLE}[^,;:.]{{0,50}}, "
    r"(?-i:[а-яё])",
)
_add(
    "MIDDLE",
    "ar",
    # "المشكلة، كما أوضح وسيط المدينة، ليست ..."; "الرسوم، بحسب أمينة صندوق التعاونية، ..."
    rf"^[^،,؛:]{{3,90}}[،,] ?(?:كما |على حد تعبير |على حد قول )?{_AR_VERB} {_AR_ONE}"
    r"[^،,]{0,50}[،,]",
    rf"^[^،,؛:]{{3,90}}[،,] ?(?:بحسب|حسب|وفق|وفقاً ل|وفقا ل|على حد قول|في رأي) ?{_AR_ONE}"
    r"[^،,]{0,50}[،,]",
)

# ---------------------------------------------------------------- AFTER
_add(
    "AFTER",
    "en",
    # "..., said a spokesperson for the fisheries federation."
    rf"[^,]{{20,}}, {_EN_VERB} (?:the|a|an|one) (?:[\w'’-]+ ){{0,3}}?{_EN_ROLE}\b[^,;]{{0,60}}"
    r"(?:, [^,;]{2,60})?[.!]?$",
)
_add(
    "AFTER",
    "fr",
    # "« ... », a reconnu la conseillère Diop."; "..., a précisé le président de ..."
    rf"[^,]{{20,}}[»”\"]?\s?, (?:a|avait) {_FR_VERB} {_FR_ONE}(?:, [^,;]{{2,60}})?[.!]?$",
    rf"[^,]{{20,}}[»”\"]?\s?, {_FR_PRESENT} {_FR_ONE}(?:, [^,;]{{2,60}})?[.!]?$",
)
_add(
    "AFTER",
    "ar",
    # "«...»، هكذا اعترفت المستشارة ديوب."; "...، قال بيار مندي، الفني في ..."
    rf"[^،,]{{20,}}[»”\"]?\s?[،,] ?(?:(?:هكذا |كما |وفق ما |حسب ما )?{_AR_VERB}(?:ه|ته)? "
    rf"|على حد (?:قول|تعبير) ){_AR_ONE}[^،,]{{0,60}}(?:[،,][^،,]{{2,60}})?[.!]?$",
)

# ---------------------------------------------------------------- NOMINAL
_add(
    "NOMINAL",
    "en",
    # "It was noted by the deputy mayor that"
    rf"^it (?:was|has been|had been) {_EN_VERB} by {_EN_ONE} that\b",
    # "Ms Sow's remark that"; "The engineer's warning was blunt:"
    rf"^{_EN_NOT_ONE}(?:(?:the|a|an|one) (?:[\w'’-]+ ){{0,3}}?{_EN_ROLE}|"
    rf"(?:{_EN_TITLE} )?{_EN_NAME})['’]s? (?:remark|warning|point|view|argument|observation|"
    r"reminder|comment|claim|message|answer|reply|verdict|advice|conclusion|admission)"
    r"(?: that\b| (?:was|is) [\w ]{2,30}?:)",
    # "... — a point the city treasurer made twice."
    rf"^[^—–]{{10,200}}?\s[—–-] (?:a|the) (?:point|remark|warning|view|argument) {_EN_ONE} "
    r"(?:made|raised|stressed|repeated|pressed)\b",
    # "The town clerk of Ziguinchor put it this way:"
    rf"^{_EN_NOT_ONE}{_EN_ONE} put it (?:this way|like this|plainly|bluntly|simply):",
)
_add(
    "NOMINAL",
    "fr",
    # "Il a été rappelé par l'adjoint au maire que"
    rf"^il a été {_FR_VERB} par {_FR_ONE} que\b",
    # "La remarque de Mme Sow selon laquelle"; "Le constat de l'ingénieure est sans appel :"
    rf"^(?:la|le|l['’]) ?(?:remarque|constat|mise en garde|avertissement|observation|"
    rf"message|avis|verdict|conseil|réponse|propos|argument) (?:de |du |d['’])(?!(?:la |l['’])?"
    r"(?:étude|rapport|enquête|recensement|loi|audit|données)\b)"
    rf"{_FR_ONE} (?:selon lequel|selon laquelle|est [\w ]{{2,30}}? ?:|que\b)",
    # "... — le trésorier l'a répété deux fois."
    rf"^[^—–]{{10,200}}?\s[—–-] {_FR_ONE} l['’]a (?:{_FR_VERB}|répété|redit)\b",
    # "Le secrétaire municipal de Ziguinchor l'a dit ainsi :"
    rf"^{_FR_ONE} l['’]a (?:dit|résumé|formulé) (?:ainsi|en ces termes|sans détour) ?:",
)
_add(
    "NOMINAL",
    "ar",
    # "نُقل عن نائب رئيس البلدية أن"
    rf"^(?:و)?(?:نُقل|نقل|يُنقل) عن {_AR_ONE}",
    # "لقيت ملاحظة السيدة سو بأن"
    r"^[^.،,]{0,30}?(?:ملاحظة|تحذير|تنبيه|تعليق|رأي|قول|كلام) (?:ال)?(?:سيد|سيدة|دكتور|"
    r"دكتورة|مهندس|مهندسة|وزير|وزيرة|مدير|مديرة|رئيس|رئيسة|مستشار|مستشارة)\S*"
    r"(?: [^،,.]{2,40}?)? (?:بأن|أن|إن)",
)

# ---------------------------------------------------------------- LEAD
_add(
    "LEAD_EN",
    "en",
    # "The finance officer of Kolda believes that"; "The city's chief information officer
    # explained that"
    rf"^{_EN_NOT_ONE}(?:the|a|an|one) (?:[\w'’-]+ ){{0,3}}?{_EN_ROLE}(?: (?:of|for|from|at) "
    rf"(?:the )?[\w'’-]+(?: [\w'’-]+){{0,2}}?)? {_EN_VERB} (?:that|how)\b",
)
_add(
    "LEAD",
    "fr",
    # "Le receveur municipal de Kolda affirme que"; "La délégation du Bénin a décrit comment"
    rf"^{_FR_ONE} (?:{_FR_PRESENT}|(?:a|avait) {_FR_VERB}) (?:que|qu['’]|comment)",
)
_add(
    "LEAD_AR",
    "ar",
    # "دعت رابطة المدن الساحلية إلى"; "عرض وفد تونس كيف";
    # "ويشير المهندس ... إلى أن"; "تقول ياسمين القاسمي، ...، إن"
    rf"^(?:[^.،,]{{2,40}}[،,] ?)?(?:و|ف)?{_AR_VERB} (?:{_AR_ONE}|{_AR_NAME}(?=[،,]))"
    r"[^.،,]{0,60}?(?:[،,][^.،,]{2,60}[،,])? ?"
    r"(?:إلى أن|إلى أنّ|إلى|بأن|بأنّ|أن|أنّ|إن|إنّ|من أن|كيف|على أن|بضرورة)\s",
)
_add(
    "OFFICE_AR",
    "ar",
    # "والي الولاية يرى أن"
    r"^(?:و)?(?:ال)?(?:والي|مدير|مديرة|رئيس|رئيسة|وزير|وزيرة|ممثل|ممثلة|مسؤول|مسؤولة|"
    r"مهندس|مهندسة|خبير|خبيرة|عمدة) [^.،,]{2,40}? "
    r"(?:يرى|ترى|يقول|تقول|يؤكد|تؤكد|يعتبر|تعتبر|يشير|تشير) (?:إلى )?(?:أن|إن|بأن)\s",
)
_add(
    "SOURCE_AR",
    "ar",
    # "وفقاً لفاطمة كامارا من تعاونية ..." (a census or a report is no name)
    r"^(?:و)?(?:وفقا|وفقاً|طبقا|طبقاً|تبعا|تبعاً) ل(?!ل)(?!(?:بيانات|تقرير|تعداد|دراسة|إحصاءات|"
    r"أرقام|قانون|نتائج|مسح|خطة|وثيقة|مصادر|معطيات|تقديرات)\s)[\u0621-\u064a]{3,} "
    r"[\u0621-\u064a]{3,} (?:من|عن|في) ",
    # "ومن وجهة نظر نائب العمدة،"; "حسب ما أفاد به أمين المال البلدي،"
    rf"^(?:و)?(?:من )?وجهة نظر {_AR_ONE}",
    rf"^(?:و)?(?:حسب|بحسب|وفق) ما {_AR_VERB} به {_AR_ONE}",
)
