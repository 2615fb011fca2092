"""One person's words told by a title and a name before a verb of speech, in the languages
written with capitals (``synth.kinds``): "The Minister of ICT, Hon. Ruth Banda, told ...",
"In her intervention, Professor Linh Tran stressed ...", "Le docteur X a indiqué ...",
"El doctor X señaló ...", "В своём выступлении профессор Линь Чан подчеркнула ...", and in
Russian a first and last name before a verb of speech in the singular past ("Наталья Романова
из ... предостерегла, что ..."). The title or the name says it is one person; a group
("participants", "участники") has neither.
"""

from __future__ import annotations

from forum_messages.synth.kind_cues_attributed import ATTRIBUTED
from forum_messages.synth.kind_cues_reported import REPORTED
from forum_messages.synth.kind_cues_voice import VOICE

# an opening phrase before the speaker: "In her intervention, ", "В своём выступлении "
_LEAD = (
    r"^(?:(?!summing|summari[sz]ing|concluding|wrapping|résumant|concluant|resumiendo|"
    r"concluyendo|подводя|резюмируя|обобщая)(?:in|during|at|dans|lors de|en|durante|в|во|"
    r"[a-z]+ing|[a-zà-ÿ]+ant|[a-zà-ÿ]+(?:ando|iendo)|[а-яё]{3,}(?:я|ясь|ав|ив|вшись))\b"
    r"[^,.;:]{1,50},? )?"
)
_NAME = r"(?-i:[A-ZÀ-ÞА-ЯЁ][\w'’.-]+(?: [A-ZÀ-ÞА-ЯЁ][\w'’.-]+){0,3})"
_TITLE_EN = (
    r"(?:professor|prof\.|dr\.?|doctor|hon\.|honourable|minister|senator|ambassador|"
    r"commissioner|mayor|judge|justice|governor|president|ceo|director|chair(?:man|woman)?)"
)
_SAY_EN = (
    r"(?:said|says|stressed|told|noted|warned|argued|explained|recalled|announced|insisted|"
    r"urged|called|emphasi[sz]ed|highlighted|pointed out|observed|added|described|shared|"
    r"recounted|asked|suggested|admitted|cautioned|reminded|underlined|acknowledged|revealed)"
)
_TITLE_FR = (
    r"(?:le |la )?(?:professeure?|docteure?|ministre|sénat(?:eur|rice)|ambassad(?:eur|rice)|"
    r"maire|juge|députée?|présidente?|directrice|directeur|Pr|Dr)"
)
_SAY_FR = (
    r"(?:a|avait) (?:indiqué|souligné|déclaré|rappelé|expliqué|averti|insisté|affirmé|estimé|"
    r"raconté|annoncé|plaidé|appelé|ajouté|observé|noté|précisé|demandé|relevé|mis en garde|"
    r"fait valoir|reconnu|dit)"
)
_TITLE_ES = (
    r"(?:el |la )?(?:doctora?|profesora?|ministra|ministro|senadora?|embajadora?|alcaldesa|"
    r"alcalde|jueza?|diputada?|presidenta|presidente|directora?|Dr\.?|Dra\.?)"
)
_SAY_ES = (
    r"(?:señaló|subrayó|afirmó|explicó|advirtió|recordó|anunció|insistió|destacó|relató|contó|"
    r"dijo|sostuvo|pidió|añadió|indicó|aseguró|planteó|reconoció|alertó|precisó|comentó)"
)
_TITLE_RU = (
    r"(?:профессор|доктор|министр|посол|мэр|судья|ректор|депутат|сенатор|директор|"
    r"председатель|руководитель|заместитель министра)"
)
_SAY_RU = (
    r"(?:сказал|подчеркнул|отметил|заявил|напомнил|предупредил|рассказал|пояснил|объяснил|"
    r"призвал|сообщил|добавил|указал|обратил внимание|признал|предостерегл|предостерёг|"
    r"настаивал|утверждал)(?:а|ась)?"
)

SPEAKERS: dict[str, list[str]] = {
    "en": [
        # "[In her intervention, ][the Minister of ICT, ]Professor Linh Tran[, of ...,] stressed"
        rf"{_LEAD}(?:the )?{_TITLE_EN} {_NAME}(?:,[^,.;]{{1,60}},)? {_SAY_EN}\b",
        rf"{_LEAD}the {_TITLE_EN}(?: of [^,.;]{{1,40}})?, (?:(?:hon\.|dr\.?|mr|ms|mrs|prof\.) )?"
        rf"{_NAME}, {_SAY_EN}\b",
    ],
    "fr": [
        rf"{_LEAD}{_TITLE_FR} {_NAME}(?:,[^,.;]{{1,60}},)? {_SAY_FR}\b",
    ],
    "es": [
        rf"{_LEAD}{_TITLE_ES} {_NAME}(?:,[^,.;]{{1,60}},)? {_SAY_ES}\b",
        rf"{_LEAD}(?:el |la )?{_TITLE_ES}(?: de [^,.;]{{1,50}})?, {_NAME}, {_SAY_ES}\b",
    ],
    "ru": [
        rf"{_LEAD}{_TITLE_RU}(?: [^,.;]{{1,40}}?)? {_NAME}(?:,[^,.;]{{1,60}},)? {_SAY_RU}\b",
        # "Как отметила разработчица Динара Искакова, ..."
        rf"^как {_SAY_RU}(?: [^,.;]{{1,40}}?)? {_NAME},",
        # "Наталья Романова из ... предостерегла, что ..."
        rf"^(?-i:[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+)(?: (?:из|от) [^,.;]{{1,60}})? {_SAY_RU}\b",
    ],
}
# the reporting verb after the words, and openings that name one person's own turn
for _lang, _patterns in REPORTED.items():
    SPEAKERS.setdefault(_lang, []).extend(_patterns)
# one person's view told by a pronoun, and the delegate of one country
for _lang, _patterns in VOICE.items():
    SPEAKERS.setdefault(_lang, []).extend(_patterns)
# questions and answers, appositions, pronouns, a view after a colon, a document quoting one
for _lang, _patterns in ATTRIBUTED.items():
    SPEAKERS.setdefault(_lang, []).extend(_patterns)
