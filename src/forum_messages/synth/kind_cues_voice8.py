"""Frames read on two spent report files' message texts, in shapes that hold in six languages
(``synth.kinds.voiced``; docs/quality.md, "a forty-sixth round"). Only the message text
changes, never a statement's kind or the point it is read and grouped by.

- a group of the meeting asking that a party act, in a clause (``CALLS``): "Los participantes
  pidieron que los hospitales publiquen X" -> "Los hospitales deberían publicar X", "ont
  insisté pour que les hôpitaux publient" -> "Les hôpitaux devraient publier", "Участники
  потребовали, чтобы больницы публиковали" -> "Больницы должны публиковать", "与会者要求医院
  公布……" -> "医院应公布……"; and a clause the kinds step left in the subjunctive once it took
  such a frame off ("Participants insisted that bus fares be capped" -> "Bus fares be capped"
  -> "Bus fares should be capped", "Las plataformas respondan" -> "Las plataformas deberían
  responder", "Les tarifs soient plafonnés" -> "Les tarifs devraient être plafonnés");
- an adverb inside a frame (``ADVERB``): "subrayaron además que", "insistieron también en
  que", "ont par ailleurs insisté pour que", "также / вновь подчеркнули, что", "还 / 也强调，",
  "وأكد المشاركون أيضا أن": the sentence read again without the adverb, taken when that
  reading takes the frame off;
- a body or "we" asking a party the lists of ``kind_cues_voice2`` did not know (``BODIES``):
  more verbs and parties ("The forum asks the ministry not to close X" -> "The ministry should
  not close X", "invites water utilities to join"), "Pedimos que X <subjuntivo>", "Le FGI du
  Sahel recommande que", "Форум рекомендует министерству открыть" (a singular dative),
  "Мы ... просим министерство нанять" -> "Министерство должно нанять", "نطالب وزارة الصحة
  بتعيين" (a party in a construct or with "و");
- a body's or a group's finding set between commas after a head that holds commas itself
  (``LIST_ASIDE``): "Rural clinics, small pharmacies and mobile units remain, the network
  observed, the only care ..." -> the sentence without ", the network observed,";
- a lead-in before a colon (``LEADS``): a group of the meeting telling a case or a pattern
  ("Speakers from three provinces described the same problem: X", "ont cité le même exemple :
  X", "describieron el mismo problema: X", "привели один и тот же пример: X", "描述了同样的问题：
  X", "ووصف متحدثون ... المشكلة نفسها: X"), or a speaker's spoken lead ("So, from the coast: X",
  "Alors, depuis la côte : X", "Так вот, с побережья: X", "I just want to say one thing: X",
  "أريد فقط أن أقول شيئاً واحداً: X") -> X;
- the courtesies of a spoken turn before the point (``COURTESY``): a sentence that only
  thanks the chair, greets the room, promises to be brief or asks whether the speaker is heard
  ("Thank you, Chair.", "Je serai brève.", "Perdón, ¿se me escucha?", "Буду краток.",
  "谢谢主持人。", "شكراً السيدة الرئيسة.") is left out of the text when a sentence follows it
  (``courtesy``; ``kinds.voiced_text`` and the message text's sentences).

Precision first: what the patterns cannot read gives None and the sentence stays as written
(a law or a code asking something, a colon inside a point, an aside in a list that reports no
one, thanks that are the point).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from forum_messages.nlp.segment import arabic_plain
from forum_messages.synth import kind_cues_voice2 as voice2
from forum_messages.synth import kind_cues_voice13 as voice13
from forum_messages.synth.kind_cues_voice6 import _ES_GROUP, _FR_GROUP, _RU_GROUP

#: a group's call in a clause, and a clause left in the subjunctive (off: as before)
CALLS = True
#: an adverb inside a frame (off: as before)
ADVERB = True
#: a body's or our own call on a party the older lists did not know (off: as before)
BODIES = True
#: a finding between commas after a head with commas (off: as before)
LIST_ASIDE = True
#: a lead-in before a colon (off: as before)
LEADS = True
#: courtesies of a spoken turn left out of the text (off: as before)
COURTESY = True

_I = re.IGNORECASE

Reread = Callable[[str], "tuple[str, bool] | None"]

# ------------------------------------------------------------------ groups of the meeting

_EN_GROUP = (
    r"(?:(?:several|many|some|most|other|a few|a number of|the|both|all|numerous)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:participants|speakers|panel(?:l)?ists|delegates|experts|members|"
    r"representatives|attendees|discussants|contributors)(?:\s+from\s+[^,:;]{2,40}?)?"
)
#: more than one person ("代表" or "发言者" alone may be one delegate: "斯里兰卡代表")
_ZH_GROUP = (
    r"(?:[^，,。：:；;]{0,10}?(?:与会者|参会者|代表们|专家们|嘉宾们|发言者们)"
    r"|(?:多位|几位|一些|许多|不少|部分|来自[^，,。：:；;]{1,10}?的)[^，,。：:；;]{0,4}?"
    r"(?:发言者|代表|专家|嘉宾)|我们[^，,。：:；;]{0,10}?)"
)
_AR_GROUP = (
    r"(?:(?:عدد|بعض|كثير|عدد كبير)\s+من\s+)?(?:ال)?(?:مشاركون|مشاركين|مشاركات|متحدثون|متحدثين|"
    r"مندوبون|مندوبين|خبراء|حاضرون|حاضرين)"
)

# ------------------------------------------------------------------ calls in a clause

#: more verbs a call asks for (English, beside ``kind_cues_voice2._EN_VERBS``)
_EN_MORE_VERBS = voice2._set(
    """align join form pass assign harmonise harmonize open address tackle clarify define
    enact amend abolish hire recruit phase audit buy procure rehire check extend keep
    inform notify consult close reopen"""
)
_EN_MORE_ACTORS = voice2._set(
    """committee board assembly legislature hospital clinic utility ministry council
    municipality school"""
)


def _es_more() -> dict[str, str]:
    """More Spanish subjunctive forms (beside ``kind_cues_voice2.ES_SUBJUNCTIVE``)."""
    out: dict[str, str] = {}
    for inf, sg in {
        "simplificar": "simplifique", "comprar": "compre", "contratar": "contrate",
        "abrir": "abra", "convertir": "convierta", "venir": "venga", "alinear": "alinee",
        "armonizar": "armonice", "evitar": "evite", "acordar": "acuerde", "cerrar": "cierre",
        "revisar": "revise", "escuchar": "escuche",
        "atender": "atienda", "entregar": "entregue", "enviar": "envíe",
    }.items():  # fmt: skip
        out[sg], out[sg + "n"] = inf, inf
    return out


def _fr_more() -> dict[str, str]:
    """More French subjunctive forms (beside ``kind_cues_voice2.FR_SUBJUNCTIVE``)."""
    out: dict[str, str] = {}
    for inf, (sg, pl) in {
        "acheter": ("achète", "achètent"), "relever": ("relève", "relèvent"),
        "ouvrir": ("ouvre", "ouvrent"), "recruter": ("recrute", "recrutent"),
        "embaucher": ("embauche", "embauchent"), "pouvoir": ("puisse", "puissent"),
        "répondre": ("réponde", "répondent"), "simplifier": ("simplifie", "simplifient"),
    }.items():  # fmt: skip
        out[sg], out[pl] = inf, inf
    return out


ES_MORE = _es_more()
FR_MORE = _fr_more()
#: subjunctive forms of French that no indicative shares: a main clause opening on one has
#: lost its "que" and its modal ("Les tarifs soient plafonnés")
_FR_ONLY_SUBJUNCTIVE = {
    "soit": "être", "soient": "être", "ait": "avoir", "aient": "avoir", "fasse": "faire",
    "fassent": "faire", "puisse": "pouvoir", "puissent": "pouvoir",
}  # fmt: skip
#: words no subject of "be" holds: a modal, a negation, "to" ("To be fair, ...")
_EN_NOT_SUBJECT = voice2._set(
    """should must shall can cannot could would will may might not to never also only"""
)
#: a word before a form that makes it a noun, not a verb ("del cierre", "un pague")
_ES_NOT_BEFORE = voice2._set(
    """de del el la los las un una unos unas al en con por para sin su sus a y o e u cada
    este esta estos estas ese esa mi mis tu tus"""
)


def _es_should(rest: str, modal_plural: bool | None = None) -> str | None:
    """ "<party> <subjuntivo> ..." -> "<party> debería(n) <infinitivo> ..." (the forms of
    ``kind_cues_voice2`` and ``ES_MORE``; no article or preposition before the form)."""
    found = voice2._subjunctive(rest, "es", ES_MORE)
    if not found:
        return None
    party, form, after = found
    if party.split(" ")[-1].casefold() in _ES_NOT_BEFORE:
        return None
    plain = voice2._plain_party(party)
    if not plain:
        return None
    forms = {**voice2.ES_SUBJUNCTIVE, **ES_MORE}
    return f"{plain} {voice2._modal('es', form)} {forms[form]} {after}".rstrip()


def _fr_should(rest: str) -> str | None:
    """ "<party> <subjonctif> ..." -> "<party> devrai(en)t <infinitif> ..."."""
    found = voice2._subjunctive(rest, "fr", FR_MORE)
    if not found:
        return None
    party, form, after = found
    plain = voice2._plain_party(party)
    if not plain:
        return None
    forms = {**voice2.FR_SUBJUNCTIVE, **FR_MORE}
    return f"{plain} {voice2._modal('fr', form)} {forms[form]} {after}".rstrip()


_ADVERBS: dict[str, str] = {
    "en": r"(?:also|further|again|moreover|once more|in turn|likewise|too)",
    "fr": r"(?:également|aussi|en outre|par ailleurs|de plus|de nouveau|à nouveau|encore|"
    r"pour leur part|de leur côté)",
    "es": r"(?:además|también|asimismo|nuevamente|de nuevo|una vez más|igualmente|"
    r"por su parte)",
    "ru": r"(?:также|тоже|вновь|снова|ещё раз|еще раз|кроме того|со своей стороны)",
    "zh": r"(?:还|也|再次|同时|另外|进一步)",
    "ar": r"(?:أيضا|كذلك|مجددا|مرة أخرى|بدورهم)",
}


def _calls(lang: str) -> list[tuple[re.Pattern[str], Callable[[re.Match[str], str], str | None]]]:
    """A group's call in a clause: the pattern (to the clause's start) and its rewrite."""
    adv = rf"(?:{_ADVERBS[lang]},?\s+)?" if lang != "zh" else ""
    table: dict[str, list[tuple[str, Callable[[re.Match[str], str], str | None]]]] = {
        "en": [
            (
                rf"^{_EN_GROUP}\s+{adv}(?:insisted|insist|demanded|demand|urged|urge|proposed|"
                rf"propose|requested|request|recommended|recommend|suggested|suggest|asked|ask)"
                rf"\s+{adv}that,?\s+",
                lambda _m, rest: _en_should_more(rest),
            ),
        ],
        "es": [
            (
                rf"^{_ES_GROUP}\s+{adv}(?:pidieron|piden|exigieron|exigen|reclamaron|reclaman|"
                r"propusieron|proponen|recomendaron|recomiendan|solicitaron|solicitan|"
                rf"sugirieron|sugieren|insistieron en|insisten en)\s+{adv}(?:en\s+)?que\s+",
                lambda _m, rest: _es_should(rest),
            ),
        ],
        "fr": [
            (
                rf"^{_FR_GROUP}\s+ont\s+{adv}(?:demandé|souhaité|exigé|proposé|recommandé|"
                rf"suggéré|réclamé|insisté pour|plaidé pour)\s+{adv}qu(?:e\s+|['’])",
                lambda _m, rest: _fr_should(rest),
            ),
        ],
        "ru": [
            (
                rf"^{_RU_GROUP}\s+{adv}(?:потребовали|требовали|предложили|предлагали|"
                r"настаивали на том|настояли на том|просили|попросили|рекомендовали|"
                r"призвали к тому|выступили за то), чтобы\s+",
                lambda _m, rest: voice2.ru_so_that(_m, rest),
            ),
        ],
        "zh": [
            (
                rf"^{_ZH_GROUP}(?:还|也|再次|进一步|一致)?(?:要求|呼吁|建议|敦促|促请)"
                rf"(?P<who>[^，,。：:；;]{{0,12}}?(?:{voice2._ZH_ACTORS}|医院|诊所|卫生部|"
                r"教育部|[^，,。：:；;]{0,6}?公司))(?![和与及、的])"
                rf"(?={voice2._ZH_NEXT}|[增招聘收购采调])",
                lambda m, rest: voice2.zh_should(m, rest),
            ),
        ],
        "ar": [],
    }
    return [(re.compile(p, _I), f) for p, f in table[lang]]


_compiled_calls = cache(_calls)


#: a group of the meeting calling on a party ("Parliamentarians called on their governments
#: to support X, noting that Y" -> "Governments should support X; Y")
_EN_CALL_ON = re.compile(
    rf"^(?:{_EN_GROUP}|(?:the\s+|many\s+|several\s+)?(?:parliamentarians|legislators|lawmakers|"
    rf"mps|members of parliament))\s+(?:{_ADVERBS['en']}\s+)?(?:called on|called upon|urged|"
    r"asked|invited|encouraged|pressed)\s+(?:their |our |all )?(?P<who>[^,.;:]{2,60}?) "
    r"(?P<neg>not )?to ",
    _I,
)
#: a participle that carried the frame's subject on to a second clause
_EN_NOTING = re.compile(r", (?:noting|adding|stressing|arguing|recalling|warning) that ", _I)


def _en_call_on(sentence: str) -> str | None:
    m = _EN_CALL_ON.match(sentence)
    if not m:
        return None
    rest, who = sentence[m.end() :], m.group("who")
    first = rest.split(" ", 1)[0].casefold()
    if first not in voice2._EN_VERBS | _EN_MORE_VERBS or not _party(who.split(" "), first):
        return None
    neg = " not" if m.group("neg") else ""
    return f"{who[:1].upper()}{who[1:]} should{neg} {_EN_NOTING.sub('; ', rest, count=1)}"


def call_in_clause(sentence: str, lang: str) -> str | None:
    """The point of a group's call in a clause, or None (``CALLS``)."""
    if not CALLS:
        return None
    if lang == "en":
        called = _en_call_on(sentence)
        if called:
            return called
    for pattern, rewrite in _compiled_calls(lang):
        m = pattern.match(sentence)
        if m and len(sentence) - m.end() >= (4 if lang == "zh" else 8):
            out = rewrite(m, sentence[m.end() :])
            if out:
                return out
    return None


def complete(text: str, lang: str) -> str | None:
    """A clause the kinds step left in the subjunctive once it took a call's frame off,
    given its modal ("Bus fares be capped" -> "Bus fares should be capped", "Las
    plataformas respondan" -> "Las plataformas deberían responder", "Les tarifs soient
    plafonnés" -> "Les tarifs devraient être plafonnés"); None for any other sentence
    (``CALLS``)."""
    if not CALLS:
        return None
    if lang == "en":
        m = re.match(r"^((?-i:[A-Z])[\w'’-]*(?: [\w'’-]+){0,8}?) be (?=\w+(?:ed|en|t)\b)", text)
        words = m.group(1).split(" ") if m else []
        if (
            m
            and not _EN_NOT_SUBJECT & {w.casefold() for w in words}
            and voice2._en_party(words, "be")
        ):
            return f"{m.group(1)} should be {text[m.end() :]}"
        return None
    if lang == "es":
        return _es_should(text)
    if lang == "fr":
        words = text.split(" ")
        for i in range(2, min(len(words), 10)):
            if re.search(r"[,;:()]", words[i - 1]) or words[i - 1].casefold() in (
                "que",
                "qui",
                "qu'",
                "qu’",
                "ne",
            ):
                return None
            form = _FR_ONLY_SUBJUNCTIVE.get(words[i])
            if form:
                if not re.match(voice2._FR_DET + r"(?:\s|(?<=['’]))", text, _I):
                    return None
                plural = words[i].endswith("ent")
                modal = "devraient" if plural else "devrait"
                return " ".join([*words[:i], modal, form, *words[i + 1 :]])
        return None
    return None


# ------------------------------------------------------------------ bodies and "we"

_EN_BODY_CALL = re.compile(
    rf"^{voice2._EN_SUBJ} {voice2._EN_HOW}{voice2._EN_INVITE} (?:our |all )?"
    r"(?P<who>[^,.;:]{2,60}?) (?P<neg>not )?to ",
    _I,
)
_EN_BODY_THAT = re.compile(
    rf"^{voice2._EN_SUBJ} {voice2._EN_HOW}{voice2._EN_RECOMMEND} that,? ",
    _I,
)
_ES_BODY = re.compile(
    rf"^(?:{voice2._ES_WE}(?:pedimos|solicitamos|exigimos|reclamamos|proponemos|"
    rf"recomendamos)|{voice2._ES_SUBJ} (?:también |además )?(?:recomienda|recomendó|pide|"
    r"pidió|propone|propuso|exige|exigió|solicita|solicitó|sugiere|sugirió)|(?:el|la) "
    r"(?:fgi|igf|foro)(?: [^,.;:]{1,40}?)? (?:recomienda|recomendó|pide|pidió|propone|"
    r"solicita)) que ",
    _I,
)
_FR_BODY = re.compile(
    r"^(?:le |la |l['’])(?:fgi|igf|forum|réseau|comité|conseil)(?: [^,.;:]{1,40}?)? "
    r"(?:recommande|demande|propose|suggère|souhaite|a recommandé|a demandé|a proposé) "
    r"qu(?:e |['’])",
    _I,
)
_RU_BODY = re.compile(
    rf"^(?:[\w-]+ ){{0,3}}?(?:{voice2._RU_BODY}|она|он|мы)(?: также| тоже)? (?:рекомендует|"
    r"рекомендовал[аио]?|рекомендуем|предлагает|предложил[аио]?|предлагаем|советует|"
    r"советуем) (?P<who>(?:[\w-]+ ){0,2}?[\w-]+(?:у|ю)) ",
    _I,
)
_RU_WE = re.compile(
    rf"^(?:мы,? (?:[^,.;:]{{2,80}},\s)?|(?:[\w-]+ ){{0,3}}?{voice2._RU_BODY} )(?:также |тоже )?"
    r"(?:просим|просит|попросили|просили|призываем|призывает) "
    r"(?P<who>(?:[\w-]+ ){0,2}?[\w-]+(?:о|е)) ",
    _I,
)
_AR_WORD = r"[^\s،,.؛:]+"
_AR_BODY = re.compile(
    r"^(?:نحن\s+[^،,.؛:]{2,60}?\s+)?و?(?:نطالب\s+|(?:تطالب|يطالب|طالب|طالبت)\s+"
    rf"{voice2._AR_BODY}\s+)(?:أيضا\s+)?(?P<who>(?:{_AR_WORD}\s+)?ال{_AR_WORD}"
    rf"(?:\s+(?:(?:و|ل|لل)?ال{_AR_WORD}|ل{_AR_WORD}|{_AR_WORD}(?=\s+ال))){{0,5}})"
    r"\s+ب(?=(?!مزيد)\S{3,})"
)


def body_call(sentence: str, lang: str) -> str | None:
    """A body's or our own call on a party the lists of ``kind_cues_voice2`` did not know,
    or None (``BODIES``)."""
    if not BODIES:
        return None
    if lang == "en":
        m = _EN_BODY_CALL.match(sentence)
        if m:
            rest = sentence[m.end() :]
            who = m.group("who")
            first = rest.split(" ", 1)[0].casefold()
            verbs = voice2._EN_VERBS | _EN_MORE_VERBS
            if first in verbs and _party(who.split(" "), first):
                neg = " not" if m.group("neg") else ""
                return f"{who} should{neg} {rest}"
        m = _EN_BODY_THAT.match(sentence)
        if m:
            return _en_should_more(sentence[m.end() :])
        return None
    if lang == "es":
        m = _ES_BODY.match(sentence)
        return _es_should(sentence[m.end() :]) if m else None
    if lang == "fr":
        m = _FR_BODY.match(sentence)
        return _fr_should(sentence[m.end() :]) if m else None
    if lang == "ru":
        m = _RU_BODY.match(sentence)
        if m:
            return voice2.ru_dative(m, sentence[m.end() :])
        m = _RU_WE.match(sentence)
        if m and voice2._RU_INF.match(sentence[m.end() :]):
            who = m.group("who")
            return f"{who} должно {sentence[m.end() :]}"
        return None
    if lang == "ar":
        plain, at = _ar_plain(sentence)
        m = _AR_BODY.match(plain)
        if m:
            who = sentence[at[m.start("who")] : at[m.end("who")]]
            return f"يجب على {who} {sentence[at[m.end()] :]}"
        return None
    return None


def _ar_plain(sentence: str) -> tuple[str, list[int]]:
    """The sentence without vowel marks, and where each of its letters stands in the sentence."""
    at = [i for i, ch in enumerate(sentence) if arabic_plain(ch)] + [len(sentence)]
    return arabic_plain(sentence), at


def _party(words: list[str], verb: str) -> bool:
    """``kind_cues_voice2._en_party`` with the parties of ``_EN_MORE_ACTORS`` too."""
    if voice2._en_party(words, verb):
        return True
    last = words[-1].casefold() if words else ""
    first = words[0].casefold() if words else ""
    return (
        last in _EN_MORE_ACTORS
        and len(words) <= 6
        and first not in voice2._EN_NO_PARTY
        and not any(w.casefold() in voice2._EN_FINITE for w in words)
        and all(re.fullmatch(r"[\w'’-]+", w) for w in words)
    )


def _en_should_more(rest: str) -> str | None:
    """ "X <verb> ..." (after "recommends that") -> "X should <verb> ..." with the verbs and
    parties of this round too."""
    if re.search(r"\band that\b|;", rest, re.I):
        return None
    words = rest.split(" ")
    verbs = voice2._EN_VERBS | _EN_MORE_VERBS
    for i, word in enumerate(words[:12]):
        w = word.casefold()
        neg = w == "not" and i + 1 < len(words)
        at = i + 1 if neg else i
        if words[at].casefold() in verbs and _party(words[:i], words[at].casefold()):
            return " ".join([*words[:i], "should", *(["not"] if neg else []), *words[at:]])
        if w in voice2._EN_FINITE or w in voice2._EN_MODALS:
            return None
    return None


# ------------------------------------------------------------------ a finding between commas

_EN_FIND = voice2._EN_FIND
_LIST_ASIDE: dict[str, str] = {
    "en": (
        rf", (?:as )?(?:(?:the|its|our) (?:[\w'’-]+ ){{0,3}}?{voice2._EN_BODY}|{_EN_GROUP}) "
        rf"{voice2._EN_HOW}{_EN_FIND}, "
    ),
    "es": (
        r", (?:como )?(?:observó|constató|señaló|advirtió|concluyó|halló|comprobó|subrayó|"
        r"observaron|constataron|señalaron|advirtieron|subrayaron) (?:(?:el|la) (?:[\w-]+ ){0,3}?"
        rf"{voice2._ES_BODY}\b|{_ES_GROUP}), "
    ),
    "fr": (
        r", (?:comme )?(?:a|ont|l['’]a|l['’]ont) (?:observé|constaté|relevé|souligné|averti|"
        r"conclu|noté|montré) (?:(?:le |la |l['’])(?:[\w-]+ ){0,3}?"
        rf"{voice2._FR_BODY}\b|{_FR_GROUP}), "
    ),
    "ru": (
        r", (?:как )?(?:отметил[аио]?|установил[аио]?|выяснил[аио]?|подчеркнул[аио]?|"
        rf"заключил[аио]?|указал[аио]?) (?:(?:[\w-]+ ){{0,2}}?{voice2._RU_BODY}\w*|{_RU_GROUP}), "
    ),
}


@cache
def _list_aside(lang: str) -> re.Pattern[str] | None:
    pattern = _LIST_ASIDE.get(lang)
    return re.compile(pattern, _I) if pattern else None


def list_aside(sentence: str, lang: str) -> str | None:
    """The sentence without a finding set between commas after a head that holds commas of
    its own ("A, B and C remain, the network observed, the only ..."), or None
    (``LIST_ASIDE``)."""
    pattern = _list_aside(lang) if LIST_ASIDE else None
    m = pattern.search(sentence) if pattern else None
    if not m:
        return None
    head, tail = sentence[: m.start()], sentence[m.end() :]
    if "," not in head or len(head.split()) < 3 or len(tail.split()) < 3:
        return None
    if not re.match(r"(?-i:[A-ZÀ-ÞА-ЯЁ])", head):
        return None
    return f"{head} {tail}"


# ------------------------------------------------------------------ lead-ins before a colon

#: a group of the meeting, the places it came from may hold commas ("Speakers from Jordan,
#: Peru and Kyrgyzstan")
_EN_GROUP_FROM = _EN_GROUP.replace(r"(?:\s+from\s+[^,:;]{2,40}?)?", r"(?:\s+from\s+[^:;]{2,60}?)?")

_LEADS: dict[str, list[str]] = {
    "en": [
        rf"^{_EN_GROUP_FROM} (?:also )?(?:described|gave|cited|offered|shared|raised|reported|told|"
        r"listed|identified|recounted|returned to|pointed to|made) (?:[\w'’-]+ ){0,5}?"
        r"(?:problem|pattern|example|story|case|experience|concern|point|picture|"
        r"observation|lesson|complaint|difficulty)s?: ",
        r"^(?:(?:so|well|okay|ok|right|now),? (?:from|in|on)|from) (?:[\w'’-]+ ){1,5}?[\w'’-]+: ",
        r"^(?:i|we) (?:just |only )?(?:want|wanted|would like) to (?:say|add|make|stress) "
        r"(?:one|a single|just one) (?:thing|point)(?: here)?: ",
        r"^(?:this|it) is (?:also )?about (?:[\w'’-]+ ){0,6}?[\w'’-]+: ",
    ],
    "fr": [
        rf"^{_FR_GROUP}(?: (?:de|d['’]|du|des) [^:]{{2,60}}?)? ont (?:aussi |également )?"
        r"(?:décrit|cité|donné|évoqué|relevé|soulevé|rapporté|partagé|mentionné|raconté) "
        r"(?:[\w'’-]+ ){0,5}?(?:problème|exemple|cas|constat|histoire|expérience|difficulté|"
        r"préoccupation|tableau)s? ?: ",
        r"^(?:(?:alors|bon|donc|eh bien),? (?:depuis|de|en|à|pour)|depuis) "
        r"(?:[\w'’-]+ ){0,5}?[\w'’-]+ ?: ",
        r"^je (?:veux|voudrais) (?:juste |seulement )?(?:dire|ajouter|souligner) une "
        r"(?:seule )?chose ?: ",
        r"^il s['’]agit (?:aussi |également )?(?:de |d['’]|du |des )"
        r"(?:[\w'’-]+ ){0,6}?[\w'’-]+ ?: ",
    ],
    "es": [
        rf"^{_ES_GROUP}(?: (?:de|del) [^:]{{2,60}}?)? (?:también )?(?:describieron|dieron|"
        r"citaron|mencionaron|plantearon|relataron|compartieron|expusieron|contaron) "
        r"(?:[\w-]+ ){0,5}?(?:problema|ejemplo|caso|patrón|historia|experiencia|dificultad|"
        r"preocupación|panorama)s?: ",
        r"^(?:(?:bueno|pues|entonces|a ver),? (?:desde|en|de|para)|desde) "
        r"(?:[\w-]+ ){0,5}?[\w-]+: ",
        r"^(?:solo |sólo )?(?:quiero|quisiera) (?:solo |sólo )?(?:decir|añadir|subrayar) una "
        r"(?:sola )?cosa: ",
    ],
    "ru": [
        rf"^{_RU_GROUP}(?: из [^:]{{2,60}}?)? (?:также )?(?:привели|описали|назвали|"
        r"рассказали о|упомянули|подняли) (?:[\w-]+ ){0,5}?(?:пример|проблем[уы]|случа[йи]|"
        r"истори[юи]|картин[уы]|ситуаци[юи])(?: [\w-]+){0,2}: ",
        r"^(?:(?:так вот|итак|ну|значит),? (?:с|из|в|у|по)|с|из) (?:[\w-]+ ){0,4}?[\w-]+: ",
        r"^(?:я )?(?:хочу|хотел[аи]? бы) (?:только |лишь )?(?:сказать|добавить|подчеркнуть) "
        r"(?:одно|одну вещь): ",
        r"^речь ид[её]т (?:и |также |тоже )?(?:о|об|обо) (?:[\w-]+ ){0,6}?[\w-]+: ",
    ],
    "zh": [
        rf"^{_ZH_GROUP}(?:还|也)?(?:描述了|举了|提到了|列举了|谈到了|讲述了|分享了)"
        r"[^，,。：:；;]{1,14}?(?:问题|例子|情况|经历|现象|案例)[：:]",
        r"^(?:(?:那么|好的|好)[，,]?(?:从|在|就)[^，,。：:；;]{1,14}?(?:来说|来看|讲)?"
        r"|从[^，,。：:；;]{1,14}?(?:来说|来看|讲))[：:]",
        r"^我(?:只)?想(?:说|补充|强调)一(?:点|句|件事)[：:]",
    ],
    "ar": [
        r"^و?(?:وصف|ضرب|ذكر|عرض|أورد|قدم|طرح)(?:ت)?\s+"
        rf"{_AR_GROUP}(?:\s+من\s+[^:،]{{1,60}}?)?\s+(?:ال)?(?:مشكلة|مثال|مثل|حالة|تجربة|صورة)"
        r"(?:\s+[^:،\s]+){0,2}\s*:\s*",
        r"^(?:أنا\s*…?\s*)?(?:أنا\s+)?(?:أريد|أود)\s+(?:فقط\s+)?أن\s+أقول\s+شيئا\s+واحدا"
        r"(?:\s+فقط)?\s*:\s*",
    ],
}


@cache
def _leads(lang: str) -> list[re.Pattern[str]]:
    return [re.compile(p, _I) for p in _LEADS.get(lang, [])]


def lead_in(sentence: str, lang: str) -> str | None:
    """What follows a lead-in before a colon, or None (``LEADS``): a clause of four words
    or more (Chinese: eight characters)."""
    if not LEADS:
        return None
    plain = arabic_plain(sentence) if lang == "ar" else sentence
    for pattern in _leads(lang):
        m = pattern.match(plain)
        if not m:
            continue
        if lang == "ar":  # the same letters without vowel marks: find the colon in the text
            colon = sentence.find(":")
            rest = sentence[colon + 1 :].strip() if colon >= 0 else ""
        else:
            rest = sentence[m.end() :].strip()
        size = len(rest) // 2 if lang == "zh" else len(rest.split())
        if size >= 4:
            return rest[:1].upper() + rest[1:] if lang not in ("zh", "ar") else rest
    return None


# ------------------------------------------------------------------ courtesies

_COURTESY: dict[str, str] = {
    "en": (
        r"^(?:(?:thank you|thanks)(?: very much| so much)?(?:,? (?:madam |mr\.? |mister )?"
        r"(?:chair|chairperson|moderator|president|everyone|all|colleagues))?"
        r"(?:,? (?:and )?(?:for|thank you for) (?:the floor|giving me the floor|having me))?"
        r"|good (?:morning|afternoon|evening)(?:,? (?:everyone|all|colleagues))?"
        r"(?:,? and thank you(?: for the floor| for giving me the floor)?)?"
        r"|hello,? (?:everyone|all)|hi,? (?:everyone|all)"
        r"|i(?:'ll| will) be (?:brief|quick|short)(?:,? [^.?!]{0,60})?"
        r"|(?:sorry|apologies|excuse me),? (?:can|could|do) you hear me(?: now)?"
        r"|(?:sorry|excuse me),? (?:may|can|could) i (?:ask a question|ask something|add something)"
        r"|yes,? (?:please|go ahead)(?:,? (?:briefly|be brief|quickly))?"
        r"|can you hear me(?: now)?)[.!?]$"
    ),
    "fr": (
        r"^(?:merci(?: beaucoup)?(?:,? (?:madame|monsieur) (?:la |le )?(?:présidente?|"
        r"modérat(?:eur|rice)))?(?:,? (?:et )?(?:de|pour) (?:la parole|me donner la parole))?"
        r"|bonjour(?: à (?:toutes et à )?tous)?(?:,? (?:et )?merci(?: de me donner la parole)?)?"
        r"|je serai (?:bref|brève|court|courte)(?:,? [^.?!]{0,60})?"
        r"|(?:pardon|excusez-moi),? (?:vous m['’]entendez|on m['’]entend|"
        r"est-ce que vous m['’]entendez) ?"
        r"|(?:pardon|excusez-moi),? (?:je peux|puis-je) (?:poser une question|"
        r"ajouter quelque chose) ?|oui,? (?:je vous en prie|allez-y)(?:,? (?:brièvement|"
        r"rapidement))?"
        r")[.!?]$"
    ),
    "es": (
        r"^(?:(?:muchas )?gracias(?:,? (?:señor |señora )?(?:presidente|presidenta|moderador|"
        r"moderadora))?(?:,? (?:y )?por (?:la palabra|darme la palabra))?"
        r"|buen(?:os días|as tardes|as noches)(?: a (?:todas y a )?todos)?"
        r"(?:,? y gracias(?: por la palabra| por darme la palabra)?)?"
        r"|seré breve(?:,? [^.?!]{0,60})?"
        r"|(?:perdón|disculpen?),? ¿(?:se me escucha|me escuchan|me oyen)"
        r"|(?:perdón|disculpe),? ¿(?:puedo|podría) (?:hacer una pregunta|preguntar|añadir algo)"
        r"|sí,? (?:por favor|adelante)(?:,? (?:breve|brevemente))?"
        r")[.!?]$"
    ),
    "ru": (
        r"^(?:(?:большое )?спасибо(?:,? (?:уважаем(?:ый|ая) )?(?:председатель|модератор|"
        r"коллеги|господин председатель|госпожа председатель))?(?:,? (?:и )?(?:спасибо )?за "
        r"(?:слово|предоставленное слово))?"
        r"|(?:добрый (?:день|вечер)|доброе утро)(?:,? (?:коллеги|все|всем))?"
        r"(?:,? (?:и )?спасибо за (?:слово|предоставленное слово))?"
        r"|(?:буду (?:краток|кратка|краткой)|я (?:буду )?(?:коротко|кратко))(?:,? [^.?!]{0,60})?"
        r"|(?:извините|простите),? (?:меня )?слышно"
        r"|(?:извините|простите),? можно (?:уточнить|спросить|добавить|вопрос)"
        r"|да,? пожалуйста(?:,? (?:коротко|кратко|покороче))?"
        r")[.!?]$"
    ),
    "zh": (
        r"^(?:(?:谢谢|感谢)(?:主持人|主席|大家)?"
        r"|大家(?:早上|上午|下午|晚上)?好(?:[，,](?:谢谢|感谢)(?:主持人|主席)?给我发言的机会)?"
        r"|我(?:简单|简短)?说(?:几句|两句|一下)"
        r"|(?:不好意思|抱歉)[，,]?(?:大家)?(?:能听到吗|听得到吗)"
        r"|(?:不好意思|抱歉)[，,]?我(?:可以|能)(?:问|补充)一(?:句|下)吗"
        r"|(?:(?:好|可以)[，,]?)?请(?:简短|简要)(?:一些|一点|些)?"
        r")[。！？!?]$"
    ),
    "ar": (
        r"^(?:شكرا(?:\s+(?:جزيلا|لكم))?(?:\s+(?:السيد|السيدة)\s+(?:الرئيس|الرئيسة|المدير|"
        r"المديرة|المنسق|المنسقة))?"
        r"|(?:صباح|مساء) الخير(?:\s+للجميع)?(?:،?\s*وشكرا\s+على\s+إعطائي\s+الكلمة)?"
        r"|سأكون موجز(?:ا|ة)?"
        r"|(?:عذرا|آسف|آسفة)،?\s*هل تسمعونني\s*"
        r"|(?:عذرا|آسف|آسفة)،?\s*هل (?:يمكنني|أستطيع) (?:أن أسأل|أن أضيف|طرح سؤال)\s*(?:شيئا\s*)?"
        r"|نعم،?\s*(?:تفضل|تفضلي)(?:،?\s*(?:باختصار))?"
        r")\s*[.!؟]$"
    ),
}


@cache
def _courtesy(lang: str) -> re.Pattern[str] | None:
    pattern = _COURTESY.get(lang)
    return re.compile(pattern, _I) if pattern else None


def courtesy(sentence: str, lang: str) -> bool:
    """Whether a sentence only thanks, greets, promises to be brief or asks whether the
    speaker is heard (``COURTESY``)."""
    pattern = _courtesy(lang) if COURTESY else None
    text = sentence.strip().strip("—–- ").strip()
    if lang == "ar":
        text = arabic_plain(text)
    return bool(pattern and pattern.match(text))


def without_courtesies(sentences: list[str], lang: str) -> list[str]:
    """The sentences without the courtesies before the first other one, when one remains (and
    without a speaker's opening sentences among them: ``kind_cues_voice13.opener``)."""
    at = 0
    while at < len(sentences) and (
        courtesy(sentences[at], lang) or voice13.opener(sentences[at], lang)
    ):
        at += 1
    return sentences[at:] if at < len(sentences) else sentences


# ------------------------------------------------------------------ an adverb in a frame


@cache
def _adverb(lang: str) -> re.Pattern[str]:
    if lang == "zh":
        return re.compile(rf"^({_ZH_GROUP}){_ADVERBS['zh']}(?=\S)")
    # the adverb after the group's verb or its auxiliary, within the first eight words
    return re.compile(rf"^((?:\S+\s+){{1,8}}?),?\s*{_ADVERBS[lang]},?\s+", _I)


def without_adverb(sentence: str, lang: str, reread: Reread) -> str | None:
    """The point of a sentence whose frame holds an adverb ("subrayaron además que X"), read
    again without it (``reread``: the kinds step and the message text, and whether the kinds
    step read one person's words; None for a description); taken when the reading no longer
    holds the words before the adverb (the frame's subject went with the frame), never for
    one person's words (``ADVERB``)."""
    if not ADVERB:
        return None
    plain, at = _ar_plain(sentence) if lang == "ar" else (sentence, list(range(len(sentence) + 1)))
    m = _adverb(lang).match(plain)
    if not m or len(at) != len(plain) + 1:
        return None
    lead = sentence[: at[m.end(1)]]
    rest = sentence[at[m.end()] :]
    reduced = lead + rest if lang == "zh" else f"{lead.rstrip()} {rest}"
    found = reread(reduced)
    if not found or found[1]:
        return None
    read = found[0]
    if read.strip() == reduced.strip():
        return None
    if read.casefold().startswith(lead.strip().casefold()):
        return None  # the frame's subject is still there: no frame was taken off
    return read
