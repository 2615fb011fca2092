"""One person's view told by a singular pronoun or by the delegate of one country, as meetings
coverage and news items write it (``synth.kinds``, added to ``SPEAKERS``):

- the opinion of "him" or "her" opening the sentence, after a sentence that named the person:
  "In his view, ...", "Selon elle, ...", "A su juicio, ...", "По его мнению, ...", "ويرى أن
  ...";
- the representative, delegate or ambassador of one country, or the head of one body, before a
  verb of speech: "Mexico's representative said ...", "the delegate of Senegal argued ...",
  "Le représentant du Mexique a jugé ...", "El embajador de Kenia explicó ...", and in Arabic
  a verb of speech before one representative, delegate or ambassador ("أعلن ممثل ..."; the
  plural is "ممثلو", "مندوبو").

A plural ("In their view", "Selon eux", "Por su parte, los delegados ...", "ويرى المشاركون")
is no one person.
"""

from __future__ import annotations

_EN_SAY = (
    r"(?:said|says|stressed|told|noted|warned|argued|explained|recalled|announced|insisted|"
    r"urged|emphasi[sz]ed|highlighted|pointed out|observed|added|described|suggested|"
    r"cautioned|reminded|underlined|acknowledged|maintained|contended|called)"
)
_FR_SAY = (
    r"(?:a|avait) (?:indiqué|souligné|déclaré|rappelé|expliqué|averti|insisté|affirmé|estimé|"
    r"jugé|considéré|plaidé|ajouté|observé|noté|précisé|relevé|fait valoir|reconnu|dit|"
    r"regretté|déploré|salué|défendu|mis en garde|annoncé)"
)
_ES_SAY = (
    r"(?:señaló|subrayó|afirmó|explicó|advirtió|recordó|anunció|insistió|destacó|dijo|"
    r"sostuvo|pidió|añadió|indicó|aseguró|planteó|reconoció|alertó|precisó|comentó|"
    r"calificó|consideró|estimó|juzgó|defendió|lamentó|celebró|criticó)"
)
# one country in English: one or two capitalised words ("Mexico", "Costa Rica", "the Sudan")
_EN_COUNTRY = r"(?:the )?(?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
_EN_ONE = r"(?:representative|delegate|ambassador|minister|envoy)"

VOICE: dict[str, list[str]] = {
    "en": [
        r"^(?:in (?:his|her) (?:view|opinion|words|experience)|according to (?:him|her)|"
        r"as (?:he|she) (?:put|sees) it),",
        rf"^(?:(?:echoing|endorsing|supporting) [^,.;]{{1,40}}, )?(?:{_EN_COUNTRY}['’]s "
        rf"{_EN_ONE}|the {_EN_ONE} (?:of|for) {_EN_COUNTRY})(?:,[^,.;]{{1,60}},)? {_EN_SAY}\b",
    ],
    "fr": [
        r"^(?:selon (?:lui|elle)|pour (?:lui|elle)|à (?:son|ses) (?:avis|yeux)|d['’]après "
        r"(?:lui|elle)),",
        r"^(?:le|la) (?:représentante?|déléguée?|ambassad(?:eur|rice)|chef(?:fe)?|directeur|"
        r"directrice|coordonnat(?:eur|rice)) (?:de la |de l['’]|du |des |de |d['’])"
        rf"[^,.;]{{1,50}}?(?:,[^,.;]{{1,60}},)? {_FR_SAY}\b",
    ],
    "es": [
        r"^(?:a su (?:juicio|entender|parecer)|en su opinión|según (?:él|ella)|para (?:él|ella)),",
        r"^(?:el|la) (?:representante|delegad[oa]|embajador(?:a)?|jef[ea]|director(?:a)?|"
        r"coordinador(?:a)?) (?:de la |del |de |de los |de las )"
        rf"[^,.;]{{1,50}}?(?:,[^,.;]{{1,60}},)? {_ES_SAY}\b",
    ],
    "ru": [
        r"^по (?:его|её|ее) (?:мнению|словам|оценке),",
    ],
    "ar": [
        r"^(?:و|ف)?(?:يرى|ترى|يعتبر|تعتبر) أن",
        r"^(?:و|ف)?(?:بحسب|حسب|وفق) (?:رأيه|رأيها|قوله|قولها)[،,]",
        r"^(?:و|ف)?(?:أعلن|أعلنت|قال|قالت|أكد|أكدت|أوضح|أوضحت|شدد|شددت|أشار|أشارت|دعا|دعت) "
        r"(?:ال)?(?:ممثل|ممثلة|مندوب|مندوبة|سفير|سفيرة)\b",
    ],
}
