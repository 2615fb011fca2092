"""Spoken frames and fillers, as rapporteurs write summaries from live captions (``synth.kinds``).

A summary taken down from captions keeps the way people speak: an opening word ("So, ...",
"Ну, ...", "那么，……", "Pues, ..."), a spoken frame ("what we heard, and this was a hard
session, is that ...", "ce qu'on a entendu, c'est que ...", "мы пришли к тому, что ...",
"我们听到的是……"), fillers ("um", "you know", "euh", "este", "ну", "嗯") and asides between
commas ("and this came up again and again"). Such a statement is a framed point: the frame
and the fillers go, the point stays.

- ``SPOKEN``: the spoken frames of each language, anchored at the start (added to the
  reporting frames by ``kinds``);
- ``unspoken(sentence, lang)``: the sentence without its fillers, asides and opening words.

Fillers are removed only where they stand as fillers: set off by commas, at the start, or
words that are never anything else ("um", "euh", "嗯"); "so" or "this" inside a sentence are
left alone.
"""

from __future__ import annotations

import re
from functools import cache

_I = re.IGNORECASE

# ---------------------------------------------------------------------------------- fillers
#: Words that are never anything but a filler, removed wherever they stand.
_ALWAYS: dict[str, str] = {
    "en": r"(?:u+m+|u+h+|e+r+m+|hm+|mm+)",
    "fr": r"(?:eu+h+|heu+|hm+|bah)",
    "es": r"(?:e+h+m*|mm+|ehm)",
    "ru": r"(?:э+-?э+|э+м+|м-?м+|гм)",
    "ar": r"(?:إ+م+|آ+ه+)",
    "zh": r"(?:嗯|呃)",
}
#: Fillers removed when set off by commas, or opening the sentence before a comma.
_BETWEEN: dict[str, str] = {
    "en": r"(?:you know|i mean|like|sort of|kind of|basically|honestly|you see|right|okay|ok|"
    r"let's say|if you will|as it were)",
    "fr": r"(?:tu vois|vous voyez|tu sais|vous savez|genre|quoi|en gros|disons|bon|ben|"
    r"voilà|je veux dire|comment dire)",
    "es": r"(?:este|o sea|digamos|bueno|pues|vamos|mira|mire|sabes|sabe|¿no\?|no\?|"
    r"como que|a ver)",
    "ru": r"(?:ну|вот|как бы|так сказать|знаете|понимаете|скажем|значит|короче|в общем|"
    r"типа|собственно|это самое)",
    "ar": r"(?:يعني|طيب|إذن|اذن|شوف|بصراحة|في الواقع يعني)",
    "zh": r"(?:那个|这个|就是|就是说|然后呢|对吧|是吧|怎么说呢|那么|所以说|其实呢)",
}
#: Opening words of a spoken sentence, followed by a comma ("So, ...", "Alors, ...").
_OPENING: dict[str, str] = {
    "en": r"(?:so|well|and so|now|anyway|right|okay|ok|yeah|yes)",
    "fr": r"(?:donc|alors|bon|bref|eh bien|et donc|ben|bah)",
    "es": r"(?:pues|bueno|entonces|y bueno|bien|vale|o sea)",
    "ru": r"(?:ну|итак|так вот|так|вот|короче|в общем|значит|по сути|по большому сч[её]ту)",
    "ar": r"(?:إذن|اذن|طيب|حسنا|حسنًا|فـ?إذن|يعني)",
    "zh": r"(?:那么|所以|好|好的|嗯|然后|总之|其实)",
}
#: Asides between commas: the speaker's remark on the session, not the point
#: (", and this came up again and again,", ", et ça a beaucoup été dit,").
_ASIDE: dict[str, str] = {
    "en": r"(?:and|but) (?:this|that|it) (?:was|came up|kept coming up|has come up|came back)"
    r"(?: [\w'’-]+){0,5}",
    "fr": r"et (?:ça|cela|c['’]) ?(?:était|a été|revenait|est revenu)(?: [\w'’-]+){0,5}",
    "es": r"y (?:esto|eso) (?:fue|salió|volvió a salir|se repitió)(?: [\wáéíóúñ'’-]+){0,5}",
    "ru": r"и (?:это|что) (?:было|звучало|прозвучало|повторялось)(?: [\w-]+){0,4}",
    "ar": r"(?:و)?(?:هذا|هذه) (?:كان|كانت|تكرر|تكررت)(?: [\u0600-\u06ff]+){0,4}",
    "zh": r"(?:这一点|这个问题|这)(?:反复|一再|多次|也)?(?:被)?(?:提到|出现|讨论)(?:了)?",
}

# ------------------------------------------------------------------------------- frames
_EN_HEARD = (
    r"(?:heard|learned|learnt|took away|saw|came away with|found|got out of (?:this|the) "
    r"(?:session|discussion))"
)
_FR_HEARD = r"(?:entendu|retenu|compris|appris|vu)"
_ES_HEARD = r"(?:escuchamos|oímos|hemos escuchado|hemos oído|aprendimos|vimos|nos llevamos)"
_RU_HEARD = r"(?:услышали|слышали|поняли|увидели|вынесли)"

SPOKEN: dict[str, list[str]] = {
    "en": [
        # "What we heard, (aside,) is that ...", "What I heard today was that ..."
        rf"^(?:i think |i'd say |i would say )?what (?:we|i|people) (?:really |mostly |kept )?"
        rf"{_EN_HEARD}(?: [^,]{{1,30}}?)?,? (?:[^,]{{1,60}}, )?(?:is|was) that,? ",
        # "We heard (again and again) that ...", "We came to the conclusion that ..."
        r"^(?:i think )?we (?:kept )?(?:heard|learned|learnt)(?: [^,]{1,30}?)?,? that,? ",
        r"^we (?:came to|reached|arrived at) (?:the|a) (?:conclusion|consensus|point|view) that,? ",
        # "The main takeaway (for us) is that ...", "The thing we kept coming back to is that ..."
        r"^(?:and |i think |i'd say |i would say )?the (?:big|main|key|biggest|real|first|one) "
        r"(?:thing|takeaway|message|point|"
        r"lesson)(?: [^,]{1,40}?)? (?:is|was) that,? ",
    ],
    "fr": [
        # "Ce qu'on a entendu, c'est que ...", "Ce que nous avons retenu, c'est que ..."
        rf"^ce (?:qu['’] ?on a|que nous avons|que j['’]ai) (?:surtout |vraiment )?{_FR_HEARD}"
        r"(?: [^,]{1,30}?)?,? (?:c['’]est|c['’]était) (?:que|qu['’]) ?",
        rf"^(?:on a|nous avons) (?:surtout |beaucoup )?{_FR_HEARD}(?: [^,]{{1,30}}?)? "
        r"(?:que|qu['’]) ?",
        r"^ce qui (?:est|en est) (?:ressorti|sorti)(?: [^,]{1,30}?)?,? c['’]est (?:que|qu['’]) ?",
    ],
    "es": [
        # "Lo que escuchamos es que ...", "Lo que salió de la sesión fue que ..."
        rf"^lo que (?:más |sobre todo )?{_ES_HEARD}(?: [^,]{{1,30}}?)?,? (?:es|fue) que ",
        r"^lo que (?:salió|quedó claro|se escuchó|se dijo)(?: [^,]{1,30}?)?,? (?:es|fue) que ",
        rf"^{_ES_HEARD}(?: [^,]{{1,30}}?)? que ",
        r"^llegamos a la conclusión de que ",
    ],
    "ru": [
        # "Мы пришли к тому, что ...", "Мы услышали, что ...", "То, что мы услышали, — это ..."
        r"^(?:мы )?(?:пришли|приходим) к (?:тому|выводу|пониманию|мнению),? что ",
        rf"^(?:мы )?{_RU_HEARD}(?: [^,]{{1,30}}?)?,? что ",
        # (the dash, "это" or a colon: "То, что мы услышали от министерства, было обещанием"
        # is a subject, its clause the sentence's own, not a frame)
        rf"^(?:то|вс[её]),? что мы {_RU_HEARD}(?: [^,]{{1,30}}?)?(?:,? [—–-] (?:это )?|,? это |"
        r"\s?: )(?:то,? что )?",
        # not "Главный вывод круглого стола: ...", whose head goes on (``kind_cues_framing``)
        r"^(?:главное|главный вывод|основной вывод|главная мысль)(?:,? [—–-] |,? это |,? что |"
        r",\s?|\s?:\s)(?:(?:это )?то,? что )?",
    ],
    "zh": [
        # "我们听到的是，……", "我们听到最多的是……", "我们得出的结论是……"
        r"^(?:我觉得|我想)?(?:我们|大家|我)(?:今天)?(?:听到|学到|看到|得到|得出|收获)的"
        r"(?:最多的|主要|最重要的)?(?:结论|东西|一点)?(?:就)?是[，,：:]?",
        r"^(?:我们|大家)(?:最后|最终)?(?:达成|得出)(?:了)?(?:一个)?(?:共识|结论)(?:就)?是?[，,：:]",
    ],
    "ar": [
        # "ما سمعناه هو أن ..." (Arabic keeps a frame ending in أن: see ``kinds``)
        r"^(?:ما|الذي) (?:سمعناه|تعلمناه|خرجنا به)(?: [^،,]{1,30}?)?[،,]? (?:هو|كان) (?:أن|أنّ) ",
    ],
}


#: Words that soften what follows an opening word ("So basically ...", "Donc en fait ...").
_SOFT: dict[str, str] = {
    "en": r"(?:basically|actually|really|essentially)",
    "fr": r"(?:en fait|en gros|finalement)",
    "es": r"(?:básicamente|en realidad|realmente)",
    "ru": r"(?:собственно|в принципе|по сути)",
    "ar": r"(?:في الواقع|في الحقيقة)",
    "zh": r"(?:其实|基本上)",
}
#: An opening word without its comma, before a spoken frame ("So what we heard ...") or a
#: description ("So basically the session looked at ...").
_OPENED = {
    lang: re.compile(
        f"^{words}(?:\\s*{_SOFT[lang]})?" + ("" if lang == "zh" else r"(?![\w-])") + r"\s*(?=\S)",
        _I,
    )
    for lang, words in _OPENING.items()
}


def opened(sentence: str, lang: str) -> str:
    """``sentence`` without an opening word that has no comma ("So basically the session
    looked at ..." -> "the session looked at ..."); unchanged without one."""
    pattern = _OPENED.get(lang)
    return pattern.sub("", sentence) if pattern else sentence


def _padded(word: str) -> str:
    """``word`` as a whole word (Chinese has no spaces: as it stands)."""
    return rf"(?<![\w-]){word}(?![\w-])"


@cache
def _compiled(lang: str) -> tuple[re.Pattern[str], ...]:
    """(opening words and fillers at the start, fillers between commas, asides between
    commas, fillers that are nothing else, spoken frames)."""
    always, between, opening, aside = _ALWAYS[lang], _BETWEEN[lang], _OPENING[lang], _ASIDE[lang]
    frames = re.compile("|".join(f"(?:{p})" for p in SPOKEN[lang]), _I)
    if lang == "zh":
        return (
            re.compile(
                rf"^(?:(?:{opening}|{between}|{aside})[，,、]\s*|{always}[，,、]?\s*)+(?=\S)"
            ),
            re.compile(rf"[，,]\s*(?:(?:{between}|{always})\s*[，,]\s*)+"),
            re.compile(rf"[，,]\s*(?:{aside}\s*[，,]\s*)+"),
            re.compile(always),
            frames,
        )
    comma = r"[,،]"
    pad_between, pad_always = _padded(between), _padded(always)
    return (
        re.compile(
            rf"^(?:(?:{_padded(opening)}|{pad_between}|{pad_always}|{aside})\s*{comma}\s*)+", _I
        ),
        re.compile(rf"\s*{comma}\s*(?:(?:{pad_between}|{pad_always})\s*{comma}\s*)+", _I),
        re.compile(rf"\s*{comma}\s*(?:{aside}\s*{comma}\s*)+", _I),
        re.compile(rf"\s*{pad_always}\s*{comma}?(?=\s|$)", _I),
        frames,
    )


def unspoken(sentence: str, lang: str) -> str:
    """``sentence`` without fillers, spoken opening words and, in a sentence that is spoken
    (one of those, or a spoken frame), asides between commas (an unchanged sentence is
    returned as it is)."""
    if lang not in _ALWAYS:
        return sentence
    start, between, aside, always, frames = _compiled(lang)
    joiner = "，" if lang == "zh" else ", "
    text = start.sub("", sentence.strip())
    # a filler set off by commas goes with its commas ("networks, you know, need" ->
    # "networks need"); an aside leaves one comma ("fell, and this came up, where")
    text = always.sub("", between.sub("" if lang == "zh" else " ", text))
    bare = _OPENED[lang].sub("", text)
    if frames.match(bare) and not frames.match(text):
        text = bare  # "So what we heard is that ..."
    if text != sentence.strip() or frames.match(text):
        text = aside.sub(joiner, text)
    text = start.sub("", text.strip())
    text = text.strip()
    if text == sentence.strip() or len(text) < 2:
        return sentence
    if lang != "zh":  # where a filler was removed, no space is left before a comma
        text = re.sub(r"(?<=\S)\s+(?=[,،])", "", text)
    if sentence.strip()[:1].isupper() and text[0].islower():
        text = text[0].upper() + text[1:]
    return text
