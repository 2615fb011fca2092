"""One person's words told in forms of reported speech the other attribution cues do not read
(``synth.kinds``, added to ``SPEAKERS``):

- a question and its answer: "Asked what worries her most, engineer X said ...", "Interrogée
  sur ..., X a répondu que ...", "Quand on lui demande ..., X répond : ...", "Consultada
  sobre ..., la ingeniera X respondió ...", "На вопрос ..., инженер X ответила ...",
  "وردا على سؤال ...، قالت ...", "问她……，X回答：……";
- a name, an apposition and a verb of speech, in the past or the present of reportage: "X, one
  of the students at our hub, said ...", "X, membre de la liste, rappelle que ...", "X,
  miembro de la lista, recuerda que ...", "قال X، أحد طلاب ...، إن ...";
- an occupation or a title before a name, after an opening phrase: "On the podcast, engineer
  X argued ...", "Au micro, le professeur X a soutenu ...", "Ante el micrófono, el profesor X
  sostuvo ...", "В подкасте инженер X утверждал ...";
- a singular pronoun before a verb of speech, the person named in an earlier sentence: "She
  noted that ...", "Elle a ajouté que ...", "Añadió que ...", "Она отметила, что ...",
  "她指出，……", "وأضافت أن ...";
- one person's view after a colon ("...: selon elle, ...", "...: a su juicio, ...",
  "……：她认为，……"), the words a document quotes ("the briefing note quotes the minister as
  saying ...", "приводятся слова министра", "تنقل ... عن الوزير قوله إن") and a week or a talk
  closed "by saying that" ("словами о том, что", "بقولها إن");
- a promise or an announcement by one person ("a promis", "prometió", "承诺", "أعلن وزير").

A plural ("participants said", "ils ont répondu", "они отметили", "与会者们表示") is no one
person, and a verb of speech without one person before it stays a point.
"""

from __future__ import annotations

from forum_messages.synth.kind_cues_romance import _FR_ROLE, _FR_ROLE_MORE
from forum_messages.synth.kind_cues_ru import _RU_PERSON
from forum_messages.synth.kind_cues_zh import _ZH_MANY, _ZH_ROLE

# a person's name: two capitalised words or more (one alone may open any sentence)
_NAME_LATIN = (
    r"(?-i:[A-ZÀ-Þ][\w'’.-]+(?: (?:de |da |van |von |del |la |le )?[A-ZÀ-Þ][\w'’.-]+){1,3})"
)
_NAME_RU = r"(?-i:[А-ЯЁ][а-яё-]+(?: [А-ЯЁ][а-яё-]+){1,2})"
# an opening phrase before the speaker ("On the podcast, ", "Au micro, ", "Ante el micrófono, ")
_OPEN = r"(?:[^,.;:]{1,40}, )?"
# lower-case words before a name: an occupation or a title ("engineer", "le professeur")
_LOWER = r"(?-i:(?:[a-zà-ÿ][\w'’-]* ){1,3})"

_EN_SAY = (
    r"(?:said|says|stressed|told|noted|warned|argued|explained|recalled|announced|insisted|"
    r"urged|emphasi[sz]ed|highlighted|pointed out|observed|added|suggested|cautioned|"
    r"reminded|underlined|acknowledged|admitted|maintained|contended|replied|answered|"
    r"responded|promised|pledged|countered|conceded|agreed)"
)
_FR_SAY = (
    r"(?:indiqué|souligné|déclaré|rappelé|expliqué|averti|insisté|affirmé|estimé|jugé|"
    r"considéré|plaidé|ajouté|observé|noté|précisé|relevé|fait valoir|reconnu|dit|regretté|"
    r"déploré|défendu|mis en garde|annoncé|promis|répondu|soutenu|assuré|prévenu|confié|"
    r"rétorqué|admis|martelé|mis en avant|alerté|appelé|résumé|lancé|exhorté|dénoncé|salué|"
    r"suggéré|réclamé|mis l['’]accent|tenu à (?:rappeler|souligner|préciser|dire)|"
    r"interpellé|fustigé)"
)
_FR_NOW = (
    r"(?:souligne|déclare|rappelle|explique|avertit|insiste|affirme|estime|ajoute|indique|"
    r"observe|note|précise|relève|reconnaît|dit|assure|plaide|regrette|confie|répond|"
    r"rétorque|prévient|soutient|annonce|promet|juge|admet|martèle|alerte|appelle|dénonce|"
    r"salue|suggère|réclame|met en avant|met en garde|met l['’]accent|résume|"
    r"tient à (?:rappeler|souligner|préciser|dire))"
)
_ES_SAY = (
    r"(?:señaló|subrayó|afirmó|explicó|advirtió|recordó|anunció|insistió|destacó|dijo|"
    r"sostuvo|pidió|añadió|agregó|indicó|aseguró|planteó|reconoció|alertó|precisó|comentó|"
    r"consideró|estimó|defendió|lamentó|declaró|prometió|respondió|contestó|replicó|admitió|"
    r"opinó|manifestó|expresó|apuntó|abogó|calificó|reclamó|propuso|valoró|criticó|cuestionó|"
    r"reiteró|exhortó|resaltó|enfatizó|recalcó|remarcó|resumió|llamó|instó|denunció|"
    r"celebró|saludó|sugirió|exigió|mencionó|puso (?:el acento|el énfasis)|hizo hincapié|"
    r"quiso (?:recordar|subrayar|destacar|dejar claro)|puntualizó|sentenció|hizo notar|"
    r"agradeció)"
)
_ES_NOW = (
    r"(?:señala|subraya|afirma|explica|advierte|recuerda|anuncia|insiste|destaca|dice|"
    r"sostiene|añade|agrega|indica|asegura|plantea|reconoce|alerta|precisa|comenta|considera|"
    r"estima|defiende|lamenta|declara|promete|responde|contesta|replica|admite|opina|aboga|"
    r"califica|reclama|propone|valora|critica|cuestiona|reitera|exhorta|resalta|enfatiza|"
    r"cree|piensa|recalca|remarca|resume|llama|insta|denuncia|celebra|pone (?:el acento|el "
    r"énfasis)|hace hincapié|quiere (?:recordar|subrayar|destacar|dejar claro))"
)
_RU_SAY = (
    r"(?:сказал|подчеркнул|отметил|заявил|напомнил|предупредил|рассказал|пояснил|объяснил|"
    r"сообщил|добавил|указал|признал|настаивал|утверждал|доказывал|ответил|пообещал|обещал|"
    r"объявил|возразил|уточнил|заметил|высказал|выразил)(?:а)?"
)
_ZH_VERB = r"(?:表示|指出|认为|强调|提醒|坦言|称|说|警告|宣布|承诺|补充说|补充道|回答|答道|直言)"
_AR_VERB = (
    r"(?:قال|قالت|أضاف|أضافت|أكد|أكدت|شدد|شددت|أوضح|أوضحت|أشار|أشارت|لفت|لفتت|رأى|رأت|"
    r"اعتبر|اعتبرت|حذر|حذرت|ذكر|ذكرت|أجاب|أجابت|أعلن|أعلنت|وعد|وعدت|دافع|دافعت|أخبر|أخبرت)"
)

ATTRIBUTED: dict[str, list[str]] = {
    "en": [
        # "Asked by the host what worries her most, engineer X said that ..."
        rf"^asked\b[^.]{{0,140}}?, (?:[^,.;]{{0,40}}? )?{_NAME_LATIN}(?:,[^,.;]{{1,60}},)? "
        rf"(?:\w+ )?{_EN_SAY}\b",
        # "X Y, one of the students at our hub, said ..."; "Brazil, speaking for ..., said"
        rf"^{_NAME_LATIN}(?:, [^,.;]{{2,80}},| \([^()]{{2,60}}\)) {_EN_SAY}\b",
        rf"^(?-i:[A-Z][\w'’-]+), (?:a|an|the) [^,.;]{{2,80}}, {_EN_SAY}\b",
        r"^(?-i:[A-Z][\w'’-]+), (?:speaking (?:for|on behalf of)|on behalf of) [^,.;]{2,80}, "
        rf"{_EN_SAY}\b",
        # "On the podcast, engineer X argued ..."; "The head of the agency, Dr X, warned ..."
        rf"^{_OPEN}{_LOWER}{_NAME_LATIN} {_EN_SAY}\b",
        r"^(?:the|one of the|our|a|an) [^,.;]{1,60}, "
        rf"(?:(?:dr\.?|mr|ms|mrs|prof\.|professor|hon\.) )?{_NAME_LATIN}, {_EN_SAY}\b",
        # "She noted that ...", "He added: ..."
        rf"^(?:he|she) (?:also |then |later )?{_EN_SAY}(?: that\b|:|,)",
        # "..., Dr X, closed the week by saying that ..."; "the note quotes the minister as saying"
        rf"^[^.]{{0,80}}?{_NAME_LATIN}[^.]{{0,80}}? by (?:saying|stressing|noting|arguing|"
        r"recalling|warning|reminding [\w ]{1,30}?) that\b",
        r"^[^.]{0,80}?\b(?:quot(?:es|ed|ing)|records?|recorded) (?:the |a |an |her |his )?"
        r"[^.;]{1,60}? as (?:saying|stating|telling|stressing|noting|arguing|warning)\b",
        # "The consumer federation's delegate argued that ..."
        r"^the (?-i:[a-z])[^,.;]{1,40}['’]s (?:delegate|representative|spokes(?:person|woman|man)|"
        rf"chair|director|head|president) {_EN_SAY}\b",
    ],
    "fr": [
        # "Interrogée sur ..., l'ingénieure X a répondu que ..."; "Quand on lui demande ..., X
        # répond : ..."
        r"^(?:interrogée?|questionnée?|(?:quand|lorsqu['’]|lorsque) on lui (?:demande|pose)|"
        r"à la question)\b[^.]{0,140}?, [^.]{0,60}? (?:(?:a|avait) (?:\w+ )?(?:répondu|"
        r"rétorqué|affirmé|expliqué|dit|résumé)|répond|rétorque|affirme|explique|dit|(?:le |l['’])?"
        r"résume)\b",
        # "Selon la Médiatrice, X Y, ..."; "X Y a présenté la révision comme ..."
        rf"^(?:selon|d['’]après|pour) (?:le |la |l['’])[^,.;]{{1,40}}, {_NAME_LATIN},",
        rf"^{_OPEN}(?:le |la |l['’])?{_LOWER}?{_NAME_LATIN} (?:a|avait) présenté [^.]{{1,80}}? "
        r"comme\b",
        # "X Y, membre de la liste, rappelle que ..."; "X Y a promis que ..."
        rf"^{_NAME_LATIN}(?:, [^,.;]{{2,80}},)? (?:(?:a|avait) (?:\w+ )?{_FR_SAY}|{_FR_NOW})\b",
        # "Au micro, le professeur X a soutenu ..."; "La ministre de la Jeunesse a promis ..."
        rf"^{_OPEN}(?:le |la |l['’])?{_LOWER}?{_NAME_LATIN} (?:a|avait) (?:\w+ )?{_FR_SAY}\b",
        rf"^{_OPEN}(?:le |la |l['’])(?:[\w'’-]+ ){{0,3}}?(?:{_FR_ROLE}|{_FR_ROLE_MORE})\b"
        r"(?! [^,.;]{0,40}\bet (?:le|la|les|l['’]|des)\b)"
        rf"[^,.;]{{0,60}}?(?:, {_NAME_LATIN},)? (?:a|avait) (?:\w+ )?{_FR_SAY}\b",
        # "Awa Ndiaye s'est inquiétée de ...", "L'ambassadeur du Canada s'est félicité de ..."
        rf"^{_OPEN}(?:(?:le |la |l['’])?{_LOWER}?{_NAME_LATIN}|"
        rf"(?:le |la |l['’])(?:[\w'’-]+ ){{0,3}}?(?:{_FR_ROLE}|{_FR_ROLE_MORE})\b"
        r"(?! [^,.;]{0,40}\bet (?:le|la|les|l['’]|des)\b)[^,.;]{0,60}?) s['’](?:est|était) "
        r"(?:inquiétée?|félicitée?|réjouie?|prononcée?|élevée?|insurgée?|alarmée?|indignée?|"
        r"montrée? (?:favorable|confiante?|prudente?|sceptique|optimiste))\b",
        # "Comme l'a rappelé Sophie Martin, ..."; "Comme l'a souligné la ministre, ..."
        r"^comme l['’](?:a|avait) (?:\w+ )?(?:rappelé|souligné|dit|expliqué|indiqué|noté|relevé|"
        r"résumé|fait remarquer|fait observer|averti|déclaré|affirmé|précisé) "
        rf"(?:(?:le |la |l['’])?{_LOWER}?{_NAME_LATIN}|(?:le |la |l['’])(?:[\w'’-]+ ){{0,3}}?"
        rf"(?:{_FR_ROLE}|{_FR_ROLE_MORE})\b(?! [^,.;]{{0,40}}\bet\b)[^,.;]{{0,60}}),",
        # "Marc Lefèvre (Association des fournisseurs) juge que ..."; "La professeure Anne
        # Vidal estime que ..."
        rf"^{_NAME_LATIN} \([^()]{{2,60}}\) (?:(?:a|avait) (?:\w+ )?{_FR_SAY}|{_FR_NOW})\b",
        rf"^{_OPEN}(?:le |la |l['’])?{_LOWER}{_NAME_LATIN} {_FR_NOW}\b",
        # "La vice-présidente du conseil s'est dite convaincue que ..."
        rf"^{_OPEN}(?:(?:le |la |l['’])?{_LOWER}?{_NAME_LATIN}|"
        rf"(?:le |la |l['’])(?:[\w'’-]+ ){{0,3}}?(?:vice-|co-)?(?:{_FR_ROLE}|{_FR_ROLE_MORE})\b"
        r"[^,.;]{0,60}?) s['’](?:est|était) dite? "
        r"(?:convaincue?|persuadée?|préoccupée?|inquiète|inquiet|favorable|opposée?|confiante?|"
        r"certaine?|sceptique|optimiste|pessimiste)\b",
        # "Elle a ajouté que ..."
        rf"^(?:il|elle) (?:a|avait) (?:aussi |également |encore |ensuite )?{_FR_SAY}"
        r"(?: que\b| qu['’]|\s?:)",
        # "Elle a également mis en garde contre ...", "Il a plaidé pour ..."
        r"^(?:il|elle) (?:a|avait) (?:aussi |également |encore |ensuite |enfin )?(?:mis en garde "
        r"contre|alerté sur|plaidé pour|appelé à|appelé les|insisté sur|exhorté|dénoncé|salué|"
        r"regretté|déploré|défendu|réclamé|mis l['’]accent sur|mis en avant)\b",
        # "...: selon elle, ..."
        r"^[^.]{0,140}?[:;] (?:selon (?:lui|elle)|pour (?:lui|elle)|à (?:son|ses) (?:avis|yeux)|"
        r"d['’]après (?:lui|elle)),",
    ],
    "es": [
        r"^(?:consultad[oa]|preguntad[oa]|interrogad[oa]|cuando (?:se )?le pregunt\w+|"
        r"al (?:ser )?preguntad[oa]|ante la pregunta|a la pregunta)\b[^.]{0,140}?, [^.]{0,60}?"
        r"(?:respondió|responde|contestó|contesta|replicó|dijo|dice|afirmó|afirma|explicó|"
        r"(?:lo )?resume|(?:lo )?resumió)\b",
        rf"^(?:según|para|de acuerdo con) (?:el |la )[^,.;]{{1,40}}, {_NAME_LATIN},",
        rf"^{_OPEN}(?:el |la )?{_LOWER}?{_NAME_LATIN} presentó [^.]{{1,80}}? como\b",
        rf"^{_NAME_LATIN}(?:, [^,.;]{{2,80}},)? (?:{_ES_SAY}|{_ES_NOW})\b",
        rf"^{_OPEN}(?:el |la )?{_LOWER}?{_NAME_LATIN} {_ES_SAY}\b",
        # "Javier Castro (Cámara de Proveedores) considera que ..."; "La profesora Marta Gil
        # opina que ..."
        rf"^{_NAME_LATIN} \([^()]{{2,60}}\) (?:{_ES_SAY}|{_ES_NOW})\b",
        rf"^{_OPEN}(?:el |la )?{_LOWER}{_NAME_LATIN} {_ES_NOW}\b",
        # "La vicepresidenta del consejo se mostró convencida de que ..."
        rf"^{_OPEN}(?:(?:el |la )?{_LOWER}?{_NAME_LATIN}|(?:el|la) (?:[\w-]+ ){{0,4}}?"
        r"(?:ministr[oa]|president[ea]|vicepresident[ea]|delegad[oa]|representante|"
        r"embajador(?:a)?|director(?:a)?|profesor(?:a)?|ingenier[oa]|secretari[oa]|"
        r"coordinador(?:a)?|relator(?:a)?)\b(?! [^,.;]{0,40}\by\b)[^,.;]{0,60}?) se "
        r"(?:mostró|declaró|manifestó|dijo) (?:convencid[oa]|preocupad[oa]|partidari[oa]|"
        r"favorable|optimista|pesimista|escéptic[oa]|contrari[oa]|confiad[oa]|segur[oa])\b",
        r"^(?:[^,.;:]{1,40}, )?(?:el|la) (?:[\w-]+ ){0,4}?(?:ministr[oa]|president[ea]|"
        r"delegad[oa]|representante|embajador(?:a)?|director(?:a)?|profesor(?:a)?|"
        r"ingenier[oa]|secretari[oa]|alcalde(?:sa)?|viceministr[oa]|coordinador(?:a)?|"
        r"investigador(?:a)?|abogad[oa]|senador(?:a)?|diputad[oa]|gobernador(?:a)?|"
        r"rector(?:a)?|vocer[oa]|relator(?:a)?|portavoz)\b(?! [^,.;]{0,40}\by (?:el|la|los|las)\b)"
        rf"[^,.;]{{0,60}}?(?:, {_NAME_LATIN},)? {_ES_SAY}\b",
        # "Añadió que ...", "Ella subrayó que ..."
        rf"^(?:él |ella )?(?:también |luego |además )?{_ES_SAY} (?:que\b|:)",
        # "También advirtió contra ...", "Ella abogó por ..."
        r"^(?:él |ella )?(?:también |luego |además |finalmente )?(?:advirtió (?:contra|sobre)|"
        r"alertó (?:sobre|de|contra)|abogó por|llamó a|instó a|insistió en|hizo hincapié en|"
        r"puso (?:el acento|el énfasis) en|denunció|celebró|lamentó|reclamó|defendió)\b",
        r"^[^.]{0,140}?[:;] (?:a su (?:juicio|entender|parecer)|en su opinión|según (?:él|ella)|"
        r"para (?:él|ella)),",
    ],
    "ru": [
        r"^на вопрос\b[^.]{0,140}?, [^.]{0,60}?(?:ответил|ответила|сказал|сказала)\b",
        rf"^(?:[^,.;:]{{1,40}},? )?(?:{_RU_PERSON}[а-яё]*|(?-i:[а-яё-]+)) (?:[а-яё-]+ ){{0,2}}?"
        rf"{_NAME_RU}(?: в [а-яё]+)?(?: [а-яё]+о)? {_RU_SAY}\b",
        rf"^(?:он|она) (?:также |затем |ещё )?{_RU_SAY},? (?:что\b|:)",
        rf"^[^.]{{0,60}}?{_NAME_RU}[^.]{{0,80}}? словами о том, что",
        rf"^по словам [^,.;]{{0,80}}?{_NAME_RU},",
        rf"^как {_RU_SAY}(?: [а-яё ]{{1,30}}?)? {_RU_PERSON}[а-яё]*,",
        r"^[^.]{0,80}?\b(?:приводятся|приводит|приведены|цитирует|цитируются) (?:слова|"
        r"высказывание)\b",
        rf"^(?-i:[А-ЯЁ][а-яё-]+), выступая от имени [^.]{{2,80}}?, {_RU_SAY}\b",
        rf"^(?:[^,.;:]{{1,40}}, )?(?:вице-премьер|премьер-министр|министр|президент|губернатор|"
        rf"мэр|ректор|посол)(?: [а-яё-]+){{0,3}} {_RU_SAY}\b",
    ],
    "zh": [
        rf"^(?:问(?:她|他)(?!们)|(?:当|在)?被问(?:及|到)|在回答[^。，,]{{1,20}}时)[^。]{{0,40}}?[，,]"
        rf"[^。，,：:]{{1,20}}?(?:回答|答道|回应|概括|总结|{_ZH_VERB})",
        rf"^(?:她|他)(?:也|还|则|随后|进一步)?{_ZH_VERB}[，,：:]",
        r"^[^。]{0,80}?[：:，,](?:她|他)(?:认为|指出|表示|说)[，,]?",
        rf"^{_ZH_MANY}[^。，,：:]{{0,20}}?(?:{_ZH_ROLE}|副总理|总理|协调员)(?!们)"
        rf"在(?![^。，,：:]*总结)[^。，,：:]{{1,20}}?(?:中|上|时|面前){_ZH_VERB}",
        rf"^{_ZH_MANY}[^。，,：:]{{0,20}}?成员[\u4e00-\u9fff]{{2,3}}{_ZH_VERB}",
        r"^[^。，,：:]{1,10}代表[^。，,：:]{1,20}发言(?:时)?(?:说|指出|表示)",
    ],
    "ar": [
        r"^(?:و)?(?:ردا|رداً|رد) على سؤال[^.]{0,140}?[،,] ?(?:قال|قالت|أجاب|أجابت|أكد|أكدت)\b",
        # "قال يوسف البناء، أحد طلاب مركزنا، إن ..."
        r"^(?:و)?(?:قال|قالت|أكد|أكدت|أوضح|أوضحت|أضاف|أضافت) [^،,.]{2,40}[،,] "
        r"[^،,.]{2,60}[،,] (?:إن|أن)",
        r"^(?:و)?(?:قال|قالت) (?!(?:ال)?(?:مشاركون|مشاركين|متحدثون|متحدثين|خبراء|حاضرون|"
        r"بعض|كثير|عدة|أغلب|معظم|جميع|كل)\b)[^،,.]{2,50}? (?:إن|أن)\b",
        r"^(?:و)?(?:أضاف|أضافت|أكد|أكدت|أوضح|أوضحت|تابع|تابعت) (?:أن|أنه|أنها|قائلا|قائلة)\b",
        r"^[^.]{0,160}? (?:(?:بقوله|بقولها) (?:إن|أن)|بالتأكيد على أن)",
        r"^(?:و)?(?:يسجل|سجل|يذكر|ذكر|يشير|أشار) (?:ال)?(?:محضر|تقرير|بيان)\S* أن (?:ال)?"
        r"(?:رئيس|رئيسة|وزير|وزيرة|مدير|مديرة|ممثل|ممثلة|مندوب|مندوبة|السيد|السيدة|الدكتور|"
        r"الدكتورة)\b",
        r"^[^.]{0,120}? عن [^.]{1,60}? (?:قوله|قولها) (?:إن|أن)",
        r"^(?:و)?(?:أعلن|أعلنت|وعد|وعدت|دافع|دافعت) (?:ال)?(?:وزير|وزيرة|نائب|نائبة|رئيس|رئيسة|"
        r"مندوب|مندوبة|ممثل|ممثلة|سفير|سفيرة|"
        r"السيد|السيدة|الدكتور|الدكتورة|المهندس|المهندسة|مدير|مديرة)\b",
        r"^(?:و)?(?:أخبر|أخبرت) (?!(?:ال)?(?:مشاركون|مشاركين|خبراء|حاضرون)\b)\S+",
    ],
}
