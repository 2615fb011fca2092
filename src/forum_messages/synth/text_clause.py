"""A message text that tells who said what, given as what was said (docs/quality.md, "Themes,
messages and sub-topics, step by step", step 63).

A statement that opens on the question a speaker was asked ("Asked about the power line that
the region has waited years for, the grid operator's planning director, Halvard Moe, said that
...", "Interrogée sur le calendrier, la porte-parole a indiqué que ...") is read by the kinds
step as one person's account, its frame kept: when such a statement is a message's text (the
message's only source, or all its sources accounts), the text names the question and the
speaker before its point. ``reported`` gives the clause after the reporting verb instead, when
it stands as a sentence of its own: the speaker's part before the verb is short, the clause
says nothing of "her" or "him" (the speaker dropped, it would point at nobody), and it is long
enough to be a point. Only the visible text changes: a message keeps its sources, its
sub-topic and the source its text is counted from.
"""

from __future__ import annotations

import re

#: Which sentences ``reported`` reads (``text.REPORTED_CLAUSE``): "asked", those opening on the
#: question their speaker was asked; "said", also any the kinds step marks as one person's
#: words; "off", none.
MODES = ("off", "asked", "said")

_I = re.I | re.U

#: The question a speaker was asked, as a sentence's lead ("Asked about X, ...").
_ASKED = {
    "en": re.compile(
        r"^(?:(?:when|after\s+being|on\s+being)\s+)?(?:asked|questioned|pressed)\s+"
        r"(?:about|on|over|for|whether|why|how|what|which|when|where|if)\b|"
        r"^(?:in\s+(?:response|reply|answer)\s+to|responding\s+to|replying\s+to|answering)\s+"
        r"(?:a|an|the|one|questions?)\b",
        _I,
    ),
    "fr": re.compile(
        r"^(?:interrog|questionn)ée?s?\s+(?:sur|à\s+propos|au\s+sujet|quant)\b|"
        r"^(?:en\s+réponse|répondant)\s+à\s+(?:une|la|des)\s+questions?\b",
        _I,
    ),
    "es": re.compile(
        r"^(?:preguntad|consultad|interrogad)[oa]s?\s+(?:por|sobre|acerca|si|qué|cómo|cuándo)\b|"
        r"^(?:en\s+respuesta|respondiendo)\s+a\s+(?:una|la|las|unas)\s+preguntas?\b",
        _I,
    ),
    "ru": re.compile(r"^(?:отвечая\s+на\s+вопрос|в\s+ответ\s+на\s+вопрос|на\s+вопрос)", _I),
    "zh": re.compile(r"^在?(?:被问及|被问到|回答)"),
    "ar": re.compile(
        r"^و?(?:ردًا|ردا|رداً|ردّاً|ردًّا)\s+على\s+سؤال|"
        r"^و?(?:في|فى)\s+(?:رده|ردها|ردّه|ردّها)\s+على\s+سؤال|"
        r"^و?(?:عند|لدى)\s+(?:سؤاله|سؤالها)"
    ),
}
#: Where the lead ends: the comma before the speaker.
_COMMA = re.compile(r"[,，،]\s*")

#: A reporting verb and what it is followed by before the clause ("said that", "a indiqué que",
#: "indicó que", "сообщил, что", "表示，"); in Arabic the speaker comes after the verb and before
#: "أن" / "إن".
_VERB = {
    "en": re.compile(
        r"\b(?:said|explained|noted|argued|stressed|warned|reported|added|admitted|"
        r"acknowledged|pointed\s+out|recalled|insisted|estimated|confirmed|replied|answered|"
        r"responded|observed|conceded|claimed|maintained|cautioned|revealed|disclosed|"
        r"announced|emphasi[sz]ed|underlined|told\s+(?:the\s+\w+|participants|delegates))"
        r"\s+that\s+",
        _I,
    ),
    "fr": re.compile(
        r"\b(?:(?:a|ont)\s+(?:\w+\s+)?(?:indiqué|déclaré|expliqué|affirmé|souligné|estimé|"
        r"reconnu|rappelé|précisé|répondu|ajouté|noté|relevé|observé|signalé|assuré|admis|"
        r"averti|fait\s+valoir|fait\s+observer|fait\s+remarquer|rapporté|raconté|confié)|"
        r"(?:indique|explique|affirme|souligne|estime|rappelle|précise|répond|ajoute|note|"
        r"reconnaît|assure))\s+qu(?:e\s+|['’]\s*)",
        _I,
    ),
    "es": re.compile(
        r"\b(?:indicó|afirmó|explicó|señaló|dijo|aseguró|reconoció|respondió|subrayó|destacó|"
        r"advirtió|recordó|precisó|añadió|agregó|estimó|sostuvo|comentó|contó|relató|admitió|"
        r"observó|apuntó|informó|declaró|manifestó)\s+que\s+",
        _I,
    ),
    "ru": re.compile(
        r"(?<!\w)(?:сообщил|заявил|отметил|пояснил|рассказал|подчеркнул|признал|ответил|"
        r"напомнил|добавил|уточнил|указал|констатировал|предупредил|объяснил|сказал)"
        r"(?:а|и)?\s*,\s*что\s+",
        _I,
    ),
    "zh": re.compile(r"(?:表示|指出|介绍|强调|坦言|透露|回应|回答|说道|提到)[，,：:]\s*"),
    "ar": re.compile(
        r"(?:^|\s)و?(?:قال|قالت|أوضح|أوضحت|أكد|أكدت|أشار|أشارت|ذكر|ذكرت|أفاد|أفادت|صرح|صرحت|"
        r"أجاب|أجابت|اعترف|اعترفت|لفت|لفتت)\s+"
        r"(?P<who>(?:[^\s،,]+\s+){1,8}?)(?:إلى\s+)?(?:بأن|بأنّ|أن|أنّ|إن|إنّ)\s+"
    ),
}

#: The speaker's part before the verb at most this many words (characters in Chinese) ...
MAX_SPEAKER_WORDS = 14
MAX_SPEAKER_CHARS_ZH = 24
#: ... and the clause at least this many (a point, not a word or two).
MIN_CLAUSE_WORDS = 5
MIN_CLAUSE_CHARS_ZH = 8

#: A clause that says "she", "his", "её" of someone: with the speaker dropped, of nobody.
_SPEAKER_PRONOUN = {
    "en": re.compile(r"\b(?:she|he|her|hers|his|him|herself|himself)\b", _I),
    "fr": re.compile(r"\b(?:il|elle|son|sa|ses|lui)\b", _I),
    "es": re.compile(r"(?<!\w)(?:su|sus|suy[oa]s?|él|ella|ellos|ellas)(?!\w)", _I),
    "ru": re.compile(
        r"(?<!\w)(?:он|она|его|её|ее|ему|ей|ним|ней|сво(?:й|я|ё|е|и|его|ей|их|им|ими|ём|ем))"
        r"(?!\w)",
        _I,
    ),
    # "该协会", "该市": the body named with the speaker (not "应该", "should")
    "zh": re.compile(r"[他她其]|(?<!应)该(?![怎如])"),
    # and a word ending on "his", "her", "their" ("بلاده", "شركته", "تلاميذها"; some other
    # words too, kept as written)
    "ar": re.compile(r"(?:^|\s)(?:هو|هي|لديه|لديها|له|لها)(?=\s|$)|\w{2,}(?:ه|ها|هم)(?=[\s،,.]|$)"),
}
#: A clause whose subject the speaker was, left out as these languages may ("Usa audios de
#: mensajería ...", "Научилась записываться ...", "将继续 ..."): it opens on its verb. Spanish:
#: a clause must open on a determiner, a number or a name; Russian: not on a word ending as a
#: past or present verb does; Chinese: not on an adverb or verb of what the speaker will do.
_SUBJECT_LEFT = {
    "es": re.compile(
        r"^(?!(?:el|la|los|las|lo|un|una|unos|unas|este|esta|estos|estas|ese|esa|esos|esas|"
        r"cada|todo|toda|todos|todas|ningún|ninguna|ninguno|solo|sólo|más|menos|casi|unas?|"
        r"alrededor|cerca|hoy|ya|en|con|desde|hasta|según|muchos|muchas|pocos|pocas|varios|"
        r"varias|la\s+mayoría)\b)(?![A-ZÁÉÍÓÚÑ0-9«\"])",
    ),
    "ru": re.compile(
        r"^\w*(?:л|ла|ло|ли|лся|лась|лось|лись|ет|ёт|ит|ут|ют|ат|ят|ется|ится|утся|ются)(?!\w)",
        re.I,
    ),
    "zh": re.compile(r"^(?:将|会|已|要|也|还|并|正|曾|希望|计划|准备|打算|愿意|认为)"),
}
#: "and that" before a second clause of the same verb, its "that" taken off with the frame.
_AND_THAT = {
    "en": re.compile(
        r"(,?\s+(?:and|but)\s+)that\s+(?!(?:is|was|are|were|will|would|has|had|can|could|"
        r"should|must|may|might|means|matters|seems|remains)\b|['’])",
        _I,
    ),
    "fr": re.compile(r"(,?\s+(?:et|mais)\s+)qu(?:e\s+|['’]\s*)(?=\w)", _I),
    "es": re.compile(r"(,?\s+(?:y|e|pero)\s+)que(?:\s+|(?=,))", _I),
    "ru": re.compile(r"(,?\s+(?:и|а|но)\s+)что\s+", _I),
}


#: A sentence's end inside what comes before the verb (a title's full stop is none: "Ms.",
#: "Dr.", "M.", "Sr.", "г."): the verb is in a later sentence, the speaker unknown.
_ENDED = re.compile(
    r"(?<!\bMs)(?<!\bMr)(?<!\bDr)(?<!\bMrs)(?<!\bProf)(?<!\bSt)(?<!\bM)(?<!\bSr)(?<!\bSra)"
    r"(?<!\bг)[.!?。！？؟](?:\s|$)"
)


def _words(text: str, lang: str) -> int:
    return len(text.replace(" ", "")) if lang == "zh" else len(text.split())


def _after_lead(sentence: str, lang: str) -> str | None:
    """``sentence`` without the question its speaker was asked (None: it opens on none)."""
    lead = _ASKED.get(lang)
    if lead is None or not lead.match(sentence):
        return None
    comma = _COMMA.search(sentence)
    return sentence[comma.end() :] if comma else None


def reported(sentence: str, lang: str, attribution: bool, mode: str) -> str | None:
    """What ``sentence`` reports a speaker said, as a sentence of its own (None: it is not
    such a sentence, or the clause would not stand alone). ``attribution``: the kinds step
    reads one person's words in it (read in ``mode`` "said" only)."""
    if not mode:
        return None  # turned off as a flag is (``bench/text_changes.py --off``)
    if mode not in MODES:
        raise ValueError(f"text.REPORTED_CLAUSE must be one of {', '.join(MODES)}: {mode!r}")
    if mode == "off" or lang not in _VERB:
        return None
    rest = _after_lead(sentence, lang)
    if rest is None:
        if mode != "said" or not attribution:
            return None
        rest = sentence
    verb = _VERB[lang].search(rest)
    if verb is None:
        return None
    speaker = verb.group("who") if lang == "ar" else rest[: verb.start()]
    if not speaker.strip() or re.search(r"[;；:：]", speaker) or _ENDED.search(speaker):
        return None
    if lang == "ar" and _ENDED.search(rest[: verb.start()]):
        return None
    if lang == "zh":
        if len(speaker) > MAX_SPEAKER_CHARS_ZH or re.search(r"[，,。]", speaker):
            return None
    elif _words(speaker, lang) > MAX_SPEAKER_WORDS:
        return None
    if lang == "ar" and _words(rest[: verb.start()], lang) > 2:
        return None  # Arabic: the verb opens what follows the lead (a conjunction at most)
    clause = rest[verb.end() :].strip()
    joined = _AND_THAT.get(lang)
    if joined is not None:
        clause = re.sub(r"\s+,", ",", joined.sub(r"\1", clause))
    if lang == "zh":
        if len(clause) < MIN_CLAUSE_CHARS_ZH:
            return None
    elif _words(clause, lang) < MIN_CLAUSE_WORDS:
        return None
    if _SPEAKER_PRONOUN[lang].search(clause):
        return None
    left = _SUBJECT_LEFT.get(lang)
    if left is not None and left.match(clause):
        return None
    return clause[0].upper() + clause[1:] if clause[0].islower() else clause


#: A case a speaker told ("..., who described an elderly farmer who ...", "relató el caso de
#: una maestra que ...", "a raconté l'histoire d'une infirmière qui ..."): the telling verb, the
#: case's article and noun phrase, and the relative pronoun that makes the case the subject of
#: what follows.
_CASE = {
    "en": re.compile(
        r"\b(?:described|recounted|told\s+(?:the\s+story\s+of|of)|gave\s+the\s+example\s+of|"
        r"spoke\s+of|described\s+the\s+case\s+of)\s+(?P<art>an?|one)\s+"
        r"(?P<np>[^,;:.]{3,80}?)\s+(?:who|that)\s+(?=(?P<next>\w+))",
        _I,
    ),
    "fr": re.compile(
        r"\b(?:a|ont)\s+(?:décrit|raconté|évoqué|cité)\s+(?:le\s+cas|l['’]histoire|l['’]exemple)"
        r"\s+d['’](?P<art>un|une)\s+(?P<np>[^,;:.]{3,80}?)\s+qui\s+(?=(?P<next>\w+))",
        _I,
    ),
    "es": re.compile(
        r"\b(?:relató|describió|contó|narró|citó|mencionó)\s+(?:el\s+caso|la\s+historia|"
        r"el\s+ejemplo)\s+de\s+(?P<art>un|una)\s+(?P<np>[^,;:.]{3,80}?)\s+que\s+(?=(?P<next>\w+))",
        _I,
    ),
}
#: A word after "that" / "que" that opens a clause with its own subject: the case is then its
#: object ("a school that they built"), not its subject, and is not read.
_OWN_SUBJECT = {
    "en": frozenset(
        re.findall(
            r"\w+",
            "the a an they he she we it i you his her their its this these those our my your "
            "some many no every",
        )
    ),
    "fr": frozenset(),
    "es": frozenset(
        re.findall(
            r"\w+", "el la los las un una unos unas su sus él ella ellos ellas yo nosotros nadie"
        )
    ),
}
#: "and who" before a second thing the case did: "and" alone once the case is the subject.
_AND_WHO = {
    "en": re.compile(r"(,?\s+and\s+)(?:who|that)\s+", _I),
    "fr": re.compile(r"(,?\s+et\s+)qui\s+", _I),
    "es": re.compile(r"(,?\s+y\s+)que\s+", _I),
}


def told_case(sentence: str, lang: str) -> str | None:
    """The case a speaker told of in ``sentence``, as a sentence of its own with the speaker
    dropped ("Participants heard from a paralegal, who described an elderly widow who walked
    ..." -> "An elderly widow walked ..."); None when it tells of none the rules read, or the
    speaker's part is long or the case is too short to be a point."""
    case = _CASE.get(lang)
    m = case.search(sentence) if case is not None else None
    if m is None or _words(sentence[: m.start()], lang) > MAX_SPEAKER_WORDS:
        return None
    if re.search(r"[;；:：]", sentence[: m.start()]) or _ENDED.search(sentence[: m.start()]):
        return None
    if m.group("next").casefold() in _OWN_SUBJECT[lang]:
        return None
    if _SPEAKER_PRONOUN[lang].search(m.group("np")):
        return None  # "an algorithm used in her country": the speaker's, gone with her
    rest = _AND_WHO[lang].sub(r"\1", sentence[m.end() :])
    text = f"{m.group('art').capitalize()} {m.group('np')} {rest}".strip()
    return text if _words(text, lang) >= MIN_CLAUSE_WORDS + 2 else None
