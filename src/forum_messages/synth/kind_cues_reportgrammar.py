"""Attributions in the grammar a rapporteur uses for who said what (``synth.kinds``, added to
the attribution cues when ``ON``; docs/quality.md, "a sixty-fourth round"):

- a phrase naming whose words or view follow, before one person: "Tal como lo expuso el
  director de ...", "Como bien dijo la delegada ...", "En opinión del vicealcalde, ...",
  "In Councillor X's view, ...", "The planner's point was that ...", "Tel que l'a exposé ...",
  "De l'avis de la ...", "وبحسب تعبير رئيسة ...", "在城市规划师……看来，";
- a verb of saying before its one-person subject and "que": "Recordó la concejala X que ...";
- the speaker between dashes after the point: "... —explicó la directora de ...—",
  "... — a expliqué la directrice ... —", "... — пояснила директор ... —";
- one person judging plainly before a colon: "La ministra fue clara: ...", "The deputy mayor was
  blunt: ...";
- one person giving an example: "La concejala de X puso como ejemplo ...", "The mayor gave the
  example of ...";
- a speaker's first name alone with a verb that goes on from words already given: "Andrés añadió
  que ...", "Priya added that ...";
- a body of commerce or trade as the speaker in Chinese: "西港商会警告说，".

Look-alikes left: a law or a document named after a person ("La Ley Ramírez ...", "según el
informe"), "de acuerdo con la ley", "en palabras sencillas", "tal como está redactado", a
quoted slogan, "para las niñas", "in the view of many cities", "put simply": none names one
person as the speaker.
"""

from __future__ import annotations

from forum_messages.synth.kind_cues_presenters import _AR_ONE

#: Whether these patterns mark attributions: on since "a sixty-fourth round" (docs/quality.md).
#: At the cue layer they find 15 more of kinds/dev38-attr.yaml's 45 attributions (28 to 43) and
#: move no statement of any other readable statement set or report file; the common evaluation
#: moves 2 of its 1,373 rows, both up.
ON = True

# ---------------------------------------------------------------- Spanish
#: one person by office or role, in the singular
_ES_ROLE = (
    r"(?:vice)?(?:ministr[oa]|alcalde(?:sa)?|concejal(?:a)?|president[ea]|director[a]?|"
    r"secretari[oa]|coordinador[a]?|investigador[a]?|representante|delegad[oa]|diputad[oa]|"
    r"senador[a]?|ingenier[oa]|jef[ea]|responsable|gerente|portavoz|moderador[a]?|"
    r"expert[oa]|especialista|defensor[a]?|consejer[oa]|asesor[a]?|fundador[a]?|"
    r"profesor[a]?|doctor[a]?|gobernador[a]?|embajador[a]?|bibliotecari[oa]|maestr[oa]|"
    r"activista|periodista|economista|abogad[oa]|técnic[oa])"
)
_ES_NAME = r"(?-i:[A-ZÁÉÍÓÚÑ][\wáéíóúñü'’-]+(?: [A-ZÁÉÍÓÚÑ][\wáéíóúñü'’-]+){1,2})"
#: one person: an office with what follows it ("la directora de la biblioteca"), or a full name
_ES_ONE = rf"(?:(?:el|la|un|una|del) (?:[\wáéíóúñ-]+ )?{_ES_ROLE}\b|{_ES_NAME})"
_ES_SAY = (
    r"(?:dijo|expuso|explicó|resumió|señaló|planteó|describió|expresó|recordó|subrayó|"
    r"advirtió|afirmó|sostuvo|indicó|apuntó|comentó|precisó|destacó|añadió|agregó|insistió)"
)

# ---------------------------------------------------------------- English
_EN_ROLE = (
    r"(?:(?:deputy |vice[- ])?(?:mayor|minister|councillor|councilor|director|chair|president|"
    r"secretary|coordinator|researcher|representative|delegate|planner|engineer|officer|"
    r"head|lead|manager|spokesperson|moderator|expert|specialist|ombudsman|adviser|advisor|"
    r"founder|professor|governor|ambassador|librarian|teacher|activist|journalist|economist|"
    r"lawyer|counsel|commissioner|senator|trader))"
)
_EN_NAME = r"(?-i:(?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w-]+)"
_EN_ONE_POSS = rf"(?:(?:the|a|one) (?:[\w-]+ ){{0,3}}?{_EN_ROLE}|{_EN_NAME})['’]s?"
_EN_ONE = rf"(?:the|a|one) (?:[\w'’-]+ ){{0,3}}?{_EN_ROLE}(?: of (?:the )?[\w'’-]+){{0,1}}"

#: a pronoun, a quantifier or a group in the plural is no first name ("Speakers added that")
_ES_NOT_NAME = (
    r"(?!(?:él|ella|usted|este|esta|ese|esa|otro|otra|alguien|nadie|uno|una|cada|quien|"
    r"todo|toda|cualquiera)\b)"
)
_EN_NOT_NAME = (
    r"(?!(?:he|she|it|they|we|i|you|this|that|these|those|others?|several|many|some|most|all|"
    r"both|each|everyone|someone|one|another|people|everybody|somebody)\b)"
    r"(?![a-z]+(?:ers|ists|ants|ents|ates|ives|ions|ors|ees|ies)\b)"
)

PATTERNS: dict[str, list[str]] = {
    "es": [
        # "Tal como lo expuso el director de la biblioteca municipal, ..."
        rf"^(?:tal |así )?como (?:bien |ya )?(?:lo |la )?{_ES_SAY} {_ES_ONE}",
        # "En opinión del vicealcalde, ...", "A juicio de la investigadora X, ..."
        rf"^(?:en (?:la )?opinión|a juicio|a criterio|desde el punto de vista|en el sentir) "
        rf"(?:de )?{_ES_ONE}",
        # "Recordó la concejala Marta Ibáñez que ..."
        rf"^{_ES_SAY} {_ES_ONE}[^.;:]{{0,60}}? que ",
        # "... —explicó la directora de Protección Civil de Valdemora—."
        rf"^[^—]{{12,}}\S ?—\s?{_ES_SAY} {_ES_ONE}",
        # "La ministra fue clara: ...", "La concejala de X puso como ejemplo ..."
        rf"^(?:el|la) (?:[\wáéíóúñ-]+ )?{_ES_ROLE}\b[^.;:]{{0,60}}? (?:fue (?:muy )?"
        r"(?:clar[oa]|tajante|contundente|enfátic[oa]|rotund[oa]|direct[oa]|franc[oa]):|"
        r"puso (?:como |por )ejemplo )",
        # "Andrés añadió que ...": a first name alone goes on from words given before it
        rf"^{_ES_NOT_NAME}(?-i:[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+) (?:añadió|agregó|prosiguió|matizó|"
        r"completó) que ",
    ],
    "en": [
        # "In Councillor Brandt's view, ...", "In the mayor's words, ..."
        rf"^in {_EN_ONE_POSS} (?:view|opinion|words|assessment|reading),",
        # "The planner's point was that ..."
        rf"^{_EN_ONE_POSS} (?:main |central |key )?(?:point|argument|message|warning) was that ",
        # "The deputy mayor was blunt: ...", "The mayor gave the example of ..."
        rf"^{_EN_ONE}(?:, {_EN_NAME},)? (?:was (?:blunt|clear|categorical|emphatic|frank|"
        r"candid|direct):|gave (?:the|an) example of )",
        # "Tomás Reyes walked participants through ..."
        rf"^{_EN_NAME} (?:walked|took) (?:participants|the room|the audience|delegates|"
        r"attendees) through ",
        # "Priya added that ..."
        rf"^{_EN_NOT_NAME}(?-i:[A-Z][a-z]+) (?:added|went on to say|continued) that ",
    ],
    "fr": [
        # "Tel que l'a exposé le directeur ...", "De l'avis de la chercheuse X, ..."
        r"^(?:tel(?:le)? que|ainsi que) l['’]a (?:exposé|dit|résumé|expliqué|souligné|rappelé) "
        r"(?:le|la|l['’]|un|une) ?[\w'’-]+",
        r"^(?:de l['’]avis|aux yeux|du point de vue) (?:du|de la|de l['’]|de) ?"
        r"(?:(?:vice-)?(?:ministre|maire|directeur|directrice|présidente?|chercheuse|chercheur|"
        r"représentante?|déléguée?|conseill(?:er|ère)|urbaniste|ingénieure?)\b|"
        r"(?-i:[A-ZÀ-Þ][\w'’-]+ [A-ZÀ-Þ][\w'’-]+))",
        # "... — a expliqué la directrice de la protection civile —"
        r"^[^—]{12,}\S ?—\s?a (?:expliqué|précisé|souligné|rappelé|ajouté|dit) (?:le|la|l['’]) ?",
    ],
    "ru": [
        # "... — пояснила директор гражданской защиты —"
        r"^[^—]{12,}\S,? ?—\s?(?:пояснил|пояснила|объяснил|объяснила|подчеркнул|подчеркнула|"
        r"уточнил|уточнила|добавил|добавила) [а-яё]",
    ],
    "ar": [
        # "وبحسب تعبير رئيسة بلدية المرفأ، ...", "وعلى حد تعبير ..."
        rf"^و?(?:ب?حسب|على حد) تعبير\s+{_AR_ONE}",
    ],
    "zh": [
        # "在城市规划师林晓看来，……"
        r"^在[\u4e00-\u9fff]{0,10}(?:师|家|长|员|代表|主任|教授|博士|女士|先生)"
        # (the person's name after the role: "在与会代表看来" is a group's view, a frame, and
        # "在渔船船长看来" is read by the presenters' cues)
        r"[\u4e00-\u9fff]{2,3}看来[，,]",
        # "西港商会警告说，……"
        r"^[\u4e00-\u9fff]{1,8}(?:商会|工会|行业协会)(?:警告|指出|强调|提醒|表示)说?[，,：:]",
    ],
}
