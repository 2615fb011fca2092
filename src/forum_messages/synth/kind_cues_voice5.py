"""Frames still left in message texts after ``kind_cues_voice4``: a frame after the point, a
frame inside another, verbs of fear, hope, regret and conviction, nominal and impersonal frames,
a transcript's "what we heard is that" (``synth.kinds.voiced``; measured on ``kinds/dev18.yaml``,
docs/quality.md, "a thirty-first round"). Only the message text changes.

- a frame after the point (``VOICE5_REWRITES``, the sentence read whole): "X, the panel
  concluded." -> "X.", "X, concluyó el panel.", "X, a conclu le panel.", "X, заключила группа
  экспертов.", "X，专家组得出了这一结论。", "X، كما خلص الفريق." -> "X" (the speakers a
  group or a role, never a name; in English not when X speaks in the first person);
- a group's frame inside a reported sentence (``VOICE5_FRAMES``, ``ONE_PERSON``): "several
  speakers had stressed that X", "varios oradores habían subrayado que", "plusieurs orateurs
  avaient souligné que", "несколько выступавших подчеркнули, что", "多位发言者强调，"; the
  outer frame, one person by their role ("The rapporteur noted that", "La presidenta dijo
  que", "主席说，", "قالت الرئيسة إن"), goes only when a frame follows it (``kinds.voiced``);
- regret and conviction, which hold their clause true: "Delegates regretted that X", "said
  they were confident that X", "se mostraron convencidos de que X", "se sont dits convaincus
  que X", "выразили сожаление, что X", "对X表示遗憾", "أبدوا أسفهم لأن X" -> "X"; fear and hope
  only where the clause can be put as a possibility or a call: "said they feared that X
  <present>" -> "X" (not with "would", "might"), "expressed the hope that X will V" -> "X should
  V", "manifestaron su temor de que X <subj.>" -> "X podría(n) <inf.>", "expresaron la
  esperanza de que X <subj.>" -> "X debería(n) <inf.>", "ont dit craindre que X <subj.>" -> "X
  risque(nt) de <inf.>", "ont exprimé l'espoir que X <futur en -era>" -> "X devrai(en)t
  <inf.>", "发言者担心，X可能……" -> "X可能……", "أعربوا عن خشيتهم من أن <verb>" -> "قد <verb>",
  "أعربوا عن أملهم في أن <verb>" -> "ينبغي أن <verb>"; Russian hope and fear keep their frame
  (a perfective future reads as a fact without it);
- nominal frames: "There is a need for X to V" -> "X should V", "la necesidad / la importancia
  de que X <subj.>" -> "X debería(n) <inf.>", "la nécessité pour les X de <inf.>" -> "Les X
  doivent <inf.>", "необходимость того, чтобы X <past pl.>" -> "X должны <inf.>", "была
  отмечена необходимость <inf.>" -> "Необходимо <inf.>", "ضرورة أن <verb>" -> "ينبغي أن <verb>";
- impersonal frames with an adverb or a pronoun: "También se indicó que", "On a fait remarquer
  que", "Также было указано, что", "Прозвучало мнение, что", "وأشير إلى أن", "لوحظ أن", "وتم
  التأكيد على أن", "وساد شعور عام بأن"; a warning before a condition ("حذروا من أنه إذا ...");
- a transcript's frame: "I think what we heard today is that X", "So what I'm taking away
  from this is that X", "Creo que lo que escuchamos hoy es que X", "Je crois que ce que nous
  avons entendu, c'est que X", "Мне кажется, главное, что мы услышали, — это то, что X".

Precision first: a clause whose mood or number cannot be read, a verb outside the lists, a
subject with a clause in it, gives None and the sentence stays as written.
"""

from __future__ import annotations

import re

from forum_messages.nlp.segment import arabic_plain
from forum_messages.synth.kind_cues_voice2 import (
    _AND_TO,
    ES_SUBJUNCTIVE,
    FR_SUBJUNCTIVE,
    Rewrite,
    _plain_party,
    _subjunctive,
    ar_imperfect,
    ar_point,
    ar_should_that,
)
from forum_messages.synth.kind_cues_voice4 import (
    _ES_WHO4,
    _FR_WHO4,
    PREAMBLE_FRAMES,
    _split_end,
    ru_needed,
)

# ------------------------------------------------------------------ a frame after the point

_EN_GROUP = (
    r"(?:(?:the|several|many|some|most|other|a few|both|all) (?:of the )?)?"
    # no conjunction among the words before the group ("..., and the panel agreed" stays)
    r"(?:(?!(?:and|but|or|so|as|while|which|who|when|because|if|though)\b)[\w-]+ ){0,2}?"
    r"(?:panel|participants|speakers|experts|delegates|panel+ists|members|attendees|group|"
    r"chair|chairperson|rapporteur|moderator|respondents|organisers|organizers)"
)
_EN_AFTER = (
    r"(?:also )?(?:concluded|observed|pointed out|noted|agreed|stressed|warned|said|argued|"
    r"added|found|felt|remarked|explained|emphasi[sz]ed|cautioned|underlined|insisted)"
)
_ES_AFTER = (
    r"(?:según )?(?:concluy(?:ó|eron)|observ(?:ó|aron)|señal(?:ó|aron)|destac(?:ó|aron)|"
    r"subray(?:ó|aron)|advirti(?:ó|eron)|afirm(?:ó|aron)|indic(?:ó|aron)|coincidieron|"
    r"apunt(?:ó|aron)|recalc(?:ó|aron)|explic(?:ó|aron)|agreg(?:ó|aron)|añadi(?:ó|eron)|"
    r"constat(?:ó|aron)|insisti(?:ó|eron))"
)
_FR_AFTER = (
    r"(?:a|ont) (?:conclu|observé|relevé|noté|souligné|fait remarquer|estimé|rappelé|averti|"
    r"indiqué|constaté|affirmé|ajouté|expliqué|précisé|insisté|fait observer)"
)
_RU_AFTER = (
    r"(?:заключил[аио]?|отметил[аио]?|указал[аио]?|подчеркнул[аио]?|заявил[аио]?|"
    r"констатировал[аио]?|пришл[аио]? к выводу|предупредил[аио]?|сказал[аио]?|добавил[аио]?|"
    r"пояснил[аио]?|напомнил[аио]?|считают|полагают)"
)
_RU_GROUP = (
    r"(?:[\w-]+ ){0,2}?(?:эксперты|экспертов|участники|участников|выступавшие|выступавших|"
    r"докладчики|спикеры|группа|делегаты|делегатов|панелисты|модератор|председатель|"
    r"докладчик|докладчица|организаторы)(?: [\w-]+)?"
)
_AFTER: dict[str, re.Pattern[str]] = {
    "en": re.compile(rf"^(?P<point>.{{12,}}?), {_EN_GROUP} {_EN_AFTER}(?P<end>[.!]?)$", re.I),
    "es": re.compile(rf"^(?P<point>.{{12,}}?), {_ES_AFTER} {_ES_WHO4}(?P<end>[.!]?)$", re.I),
    "fr": re.compile(rf"^(?P<point>.{{12,}}?), {_FR_AFTER} {_FR_WHO4}(?P<end>[.!]?)$", re.I),
    "ru": re.compile(rf"^(?P<point>.{{12,}}?), {_RU_AFTER} {_RU_GROUP}(?P<end>[.!]?)$", re.I),
    "zh": re.compile(
        r"^(?P<point>[^，,]{4,}?(?:[，,][^，,]{2,}?)*?)[，,](?:这是)?[^，,。]{1,12}?"
        r"(?:得出了这一结论|得出的结论|的共同观察|的共同看法|的一致看法|如是说|这样认为)"
        r"(?P<end>[。！]?)$"
    ),
    "ar": re.compile(
        r"^(?P<point>.{12,}?)،\s*(?:كما|حسبما|وفق ما)\s+(?:خلص|لاحظ|أشار|أكد|ذكر|رأى|استنتج|"
        r"أوضح|بين)(?:ت|وا)?\s+(?:ال\S+)(?:\s+ال\S+)?\s*(?P<end>[.!]?)$"
    ),
}
#: a point in the first person ("We need more funding, participants said"): its speakers are
#: who says "we", and the sentence stays as written
_EN_FIRST_PERSON = re.compile(r"\b(?:I|we|our|us|my|me)\b", re.I)


def _after_point(lang: str) -> Rewrite:
    def rewrite(_m: re.Match[str], rest: str) -> str | None:
        """ "X, the panel concluded." -> "X." (the sentence whole in ``rest``)."""
        text = arabic_plain(rest) if lang == "ar" else rest
        m = _AFTER[lang].match(text.strip())
        if not m:
            return None
        if lang == "en" and _EN_FIRST_PERSON.search(m.group("point")):
            return None
        if lang == "ar":  # the point's words with their vowel marks
            cut = rest.rfind("،")
            return rest[:cut].rstrip() + (m.group("end") or ".") if cut > 0 else None
        stop = "。" if lang == "zh" else "."
        return m.group("point") + (m.group("end") or stop)

    return rewrite


#: the sentence read whole (a lookahead: the frame is at its end)
_WHOLE = r"^(?=.{14,}[,，،])"


# ------------------------------------------------------------------ English

_EN_WHO5 = (
    r"(?:(?:the|several|many|some|most|other|a few|both|all) (?:of the )?)?(?:[\w-]+ ){0,2}?"
    r"(?:participants|speakers|experts|delegates|panel+ists|members|attendees|leaders|"
    r"ministers|representatives|respondents|panel|group)"
)
_EN_MODAL_NOT = re.compile(r"\b(?:would|might|could)\b", re.I)


def en_as_is(_m: re.Match[str], rest: str) -> str | None:
    """What follows a frame of regret or conviction, as it stands."""
    return rest


def en_fear(_m: re.Match[str], rest: str) -> str | None:
    """ "seasonal workers are losing ..." (after "said they feared that") as it stands; None
    with "would", "might", "could" (a possibility the frame gave)."""
    return None if _EN_MODAL_NOT.search(rest) else rest


_EN_NOT_SUBJECT = re.compile(
    r"\b(?:that|which|who|whom|whose|if|whether|because|is|are|was|were|has|have|had|do|does|"
    r"did|not)\b|[,;:]",
    re.I,
)


_EN_PRONOUN = re.compile(
    r"(?:it|its|they|them|their|this|that|these|those|he|him|she|her|we|us|you|one|everyone|"
    r"everybody|someone|somebody)\b",
    re.I,
)


def en_hope(_m: re.Match[str], rest: str) -> str | None:
    """ "the port authority will publish ..." (after "expressed the hope that") -> "The port
    authority should publish ..." (a subject of up to eight words, no clause in it)."""
    subject, found, after = rest.partition(" will ")
    if not found or not after or not subject.strip() or len(subject.split()) > 8:
        return None
    if _EN_PRONOUN.match(subject):
        return None  # "it will work": the pronoun's noun is in another sentence
    if _EN_NOT_SUBJECT.search(subject) or after.split(" ", 1)[0].casefold() in ("be", "have"):
        return None  # "will be", "will have": no call to make of them
    return f"{subject} should {after}"


_EN_NOT_VERB = frozenset(
    [
        *("the", "a", "an", "this", "that", "these", "those", "their", "its", "his", "her"),
        *("our", "your", "all", "any", "some", "more", "most", "be", "being", "been", "do"),
        *("what", "which", "who", "whom", "how", "when", "where", "why"),
    ]
)


def en_need_to(_m: re.Match[str], rest: str) -> str | None:
    """ "fishing cooperatives to keep ..." (after "There is a need for") -> "Fishing
    cooperatives should keep ..." (X up to eight words, no clause; V no determiner)."""
    m = re.match(r"([^,;:]{3,80}?) to ([a-z][\w-]*)\b(.*)$", rest, re.S)
    if not m or len(m.group(1).split()) > 8 or _EN_NOT_SUBJECT.search(m.group(1)):
        return None
    if _EN_PRONOUN.match(m.group(1)):
        return None  # "a need for them to ..."
    verb = m.group(2)
    if verb in _EN_NOT_VERB or verb.endswith(("ing", "ed")):
        return None
    return f"{m.group(1)} should {verb}{m.group(3)}"


# ------------------------------------------------------------------ Spanish and French

#: subjunctive forms beyond ``kind_cues_voice2``'s, for what is feared or needed: "pierdan",
#: "desaparezcan", "lleven"; "perdent", "disparaissent", "ferment"
_MORE_SUBJUNCTIVE: dict[str, dict[str, str]] = {
    "es": {
        **{f"{stem}{end}": inf for inf, stem in (
            ("llevar", "llev"), ("quedar", "qued"), ("cobrar", "cobr"), ("faltar", "falt"),
            ("subir", "sub"), ("aumentar", "aument"), ("retrasar", "retras"),
            ("abandonar", "abandon"), ("perder", "pierd"), ("desaparecer", "desaparezc"),
            ("encarecer", "encarezc"), ("quebrar", "quiebr"), ("cerrar", "cierr"),
        ) for end in (("e", "en") if (inf.endswith("ar") and stem[-1] not in "cg") or inf in (
            "quebrar", "cerrar") else ("a", "an"))},
    },
    "fr": {
        "perde": "perdre", "perdent": "perdre", "disparaisse": "disparaître",
        "disparaissent": "disparaître", "ferme": "fermer", "ferment": "fermer",
        "augmente": "augmenter", "augmentent": "augmenter", "manque": "manquer",
        "manquent": "manquer", "quitte": "quitter", "quittent": "quitter",
        "abandonne": "abandonner", "abandonnent": "abandonner", "tienne": "tenir",
        "tiennent": "tenir", "renonce": "renoncer", "renoncent": "renoncer",
    },
}  # fmt: skip
_MODALS = {
    "may": {"es": ("podría", "podrían"), "fr": ("risque de", "risquent de")},
    "should": {"es": ("debería", "deberían"), "fr": ("devrait", "devraient")},
}


def _modal_subjunctive(lang: str, modal: str) -> Rewrite:
    def rewrite(_m: re.Match[str], rest: str) -> str | None:
        """ "<party> <subjunctive> ..." -> "<party> podría(n) / debería(n) / risque(nt) de /
        devrai(en)t <infinitive> ..." (the party with "our" made "the")."""
        more = _MORE_SUBJUNCTIVE[lang]
        rest, end = _split_end(rest)  # "... desaparezcan." : the verb without the stop
        found = _subjunctive(rest, lang, more)
        party = found and _plain_party(found[0])
        if not found or not party:
            return None
        _, form, after = found
        inf = {**(ES_SUBJUNCTIVE if lang == "es" else FR_SUBJUNCTIVE), **more}[form]
        word = _MODALS[modal][lang][form.endswith("n" if lang == "es" else "ent")]
        if word.endswith(" de") and re.match(r"[aeéèêiîoôuh]", inf, re.I):
            return f"{party} {word[:-1]}’{inf} {after}".rstrip() + end  # "risquent d’être"
        return f"{party} {word} {inf} {after}".rstrip() + end

    return rewrite


#: French futures of "-er" verbs ("publiera", "publieront"), not "sera", "fera", "ira"
_FR_FUTURE_ER = re.compile(r"(\w{3,})er(?:a|ont)$")
_FR_DET = re.compile(r"(?:le|la|les|l['’]|chaque|tous les|toutes les|ces|leurs|nos)\b", re.I)


def fr_hope(_m: re.Match[str], rest: str) -> str | None:
    """ "l'autorité portuaire publiera ..." (after "ont exprimé l'espoir que") -> "L'autorité
    portuaire devrait publier ..." (a future in "-era" / "-eront" after a party)."""
    if not _FR_DET.match(rest):
        return None
    words = rest.split(" ")
    for i in range(1, min(len(words), 9)):
        if re.search(r"[,;:()]", words[i - 1]) or words[i - 1].casefold() in (
            "ne",
            "n'",
            "se",
            "qui",
            "que",
        ):
            return None
        m = _FR_FUTURE_ER.fullmatch(words[i])
        if m and words[i].casefold() not in ("sera", "seront"):
            modal = "devraient" if words[i].endswith("ont") else "devrait"
            return " ".join([*words[:i], modal, m.group(1) + "er", *words[i + 1 :]])
    return None


def fr_must_for(_m: re.Match[str], rest: str) -> str | None:
    """ "les coopératives de pêche de tenir ..." (after "la nécessité pour") -> "Les
    coopératives de pêche doivent tenir ..." (the party's article gives the number)."""
    m = re.match(
        r"((?:les|le|la|l['’])\s?[^,;:]{2,60}?) d(?:e |['’])((?:se |s['’])?\w+(?:er|ir|re|oir))\b",
        rest,
        re.I,
    )
    if not m or re.search(r"\b(?:qui|que|dont)\b", m.group(1), re.I):
        return None
    plural = m.group(1).casefold().startswith("les ")
    # "de renforcer X et de partager Y" -> "doivent renforcer X et partager Y"
    after = _AND_TO.sub(r"\1 ", rest[m.start(2) :])
    return f"{m.group(1)} {'doivent' if plural else 'doit'} {after}"


# ------------------------------------------------------------------ Chinese, Arabic


#: past plurals whose infinitive is not "-ть" after the same stem
_RU_PAST = {"вели": "вести", "несли": "нести", "везли": "везти", "шли": "идти", "могли": "мочь",
            "пекли": "печь", "берегли": "беречь", "росли": "расти"}  # fmt: skip


def ru_must(_m: re.Match[str], rest: str) -> str | None:
    """ "рыболовецкие кооперативы вели ..." (after "необходимость того, чтобы") -> "Рыболовецкие
    кооперативы должны вести ..." (the first past plural within six words; a stem of three
    letters at least, or one of ``_RU_PAST``)."""
    words = rest.split(" ")
    for i in range(1, min(len(words), 7)):
        if re.search(r"[,;:]", words[i - 1]) or words[i - 1].casefold() in ("не", "бы"):
            return None
        core = words[i].rstrip(".,;:!?")
        inf = _RU_PAST.get(core.casefold())
        past = re.fullmatch(r"(\w{2,}?[аеиоуыяю])ли(сь)?", core)
        if inf is None and past:
            inf = past.group(1) + ("ться" if past.group(2) else "ть")
        if inf:
            return " ".join([*words[:i], "должны", inf + words[i][len(core) :], *words[i + 1 :]])
    return None


def zh_fear(_m: re.Match[str], rest: str) -> str | None:
    """ "季节工可能无法……" (after "发言者担心，") as it stands: only with a word of possibility
    ("可能", "或将", "恐") in its first clause."""
    first = re.split(r"[，,。]", rest, maxsplit=1)[0]
    return rest if re.search(r"可能|或将|或许|恐怕|恐将|有可能", first) else None


def zh_regret(_m: re.Match[str], rest: str) -> str | None:
    """ "土地登记处仍对产权副本收费表示遗憾。" (after "代表们对") -> "土地登记处仍对产权副本
    收费。"."""
    m = re.fullmatch(r"([^，,。；;]{4,40}?)表示(?:遗憾|惋惜)([。！]?)", rest)
    return f"{m.group(1)}{m.group(2) or '。'}" if m else None


def ar_that(_m: re.Match[str], rest: str) -> str | None:
    """The clause after "لأن" / "من أن" where it stands without it (``ar_point``)."""
    that = re.match(r"(?:ل|من\s+)[أإ]ن[\u064b-\u0652]*\s+", rest)
    return ar_point("أن", rest[that.end() :]) if that else None


def ar_may(_m: re.Match[str], rest: str) -> str | None:
    """ "يفقد العمال ..." (after "أعربوا عن خشيتهم من أن") -> "قد يفقد العمال ..." (a verb in
    the imperfect, not a plural whose subjunctive drops its ending: "يفقدوا")."""
    word = arabic_plain(rest.split(" ", 1)[0])
    if not ar_imperfect(word) or word.endswith(("وا", "ا")):
        return None
    return f"قد {rest}"


def ar_after_warning(_m: re.Match[str], rest: str) -> str | None:
    """The condition after "حذروا من أنه" as it stands ("إذا لم تتغير ...")."""
    return rest


# ------------------------------------------------------------------ the patterns

VOICE5_REWRITES: dict[str, list[tuple[str, Rewrite]]] = {
    "en": [
        (_WHOLE, _after_point("en")),
        (
            rf"^{_EN_WHO5} (?:also )?(?:said (?:they|she|he) (?:regretted|were confident|was "
            r"confident|were convinced|was convinced)|regretted|deplored|lamented|(?:expressed|"
            r"voiced) (?:their |her |his )?(?:regret|confidence|conviction)) that ",
            en_as_is,
        ),
        (
            rf"^{_EN_WHO5} (?:also )?(?:said (?:they|she|he) (?:feared|were afraid|was afraid)|"
            r"(?:expressed|voiced) (?:their |her |his )?fears?) that ",
            en_fear,
        ),
        (
            rf"^{_EN_WHO5} (?:also )?(?:expressed|voiced) (?:the |their |her |his )?hope that ",
            en_hope,
        ),
        (
            r"^there (?:is|was) (?:also )?(?:a |an )?(?:clear |strong |urgent |pressing )?need "
            r"for ",
            en_need_to,
        ),
        (
            r"^(?:so,? |and )?(?:I think |I guess |I'd say |I would say )?(?:what (?:I'm|I am|"
            r"I’m|we're|we’re|we are|I'll be|I will be) taking away(?: from [^,]{1,40}?)?|what "
            r"(?:I|we) (?:heard|have heard|learned|have learned|took away)(?: [^,]{1,30}?)?|the "
            r"(?:main |big |key )?(?:takeaway|message|thing) (?:I|we) (?:heard|took away|take "
            r"away)(?: [^,]{1,30}?)?),? (?:is|was) that,? ",
            en_as_is,
        ),
    ],
    "es": [
        (_WHOLE, _after_point("es")),
        (
            rf"^{_ES_WHO4} (?:manifestaron|manifestó|expresaron|expresó|mostraron|mostró) "
            r"(?:su|la) (?:temor|preocupación|inquietud) (?:de|por) que ",
            _modal_subjunctive("es", "may"),
        ),
        (
            rf"^{_ES_WHO4} (?:manifestaron|manifestó|expresaron|expresó) (?:su|la) esperanza "
            r"de que ",
            _modal_subjunctive("es", "should"),
        ),
        (
            rf"^(?:{_ES_WHO4} (?:también )?(?:subrayaron|subrayó|destacaron|destacó|"
            r"señalaron|señaló|recalcaron|recalcó|enfatizaron|enfatizó|insistieron en|"
            r"insistió en|resaltaron|resaltó)|(?:también )?se (?:subrayó|destacó|señaló|"
            r"recalcó|enfatizó|resaltó|insistió en|planteó)) la (?:urgente )?(?:necesidad|"
            r"importancia|conveniencia) de que ",
            _modal_subjunctive("es", "should"),
        ),
        (
            rf"^{_ES_WHO4} se (?:mostraron|mostró|declararon|declaró) (?:convencid[oa]s?|"
            r"confiad[oa]s?|segur[oa]s?) de que ",
            en_as_is,
        ),
        (
            r"^(?:creo que |me parece que |pienso que )?lo que (?:escuchamos|hemos escuchado|"
            r"oímos|hemos oído|aprendimos|hemos aprendido|me llevo|nos llevamos)"
            r"(?: [^,]{1,30}?)?,? (?:es|fue) que ",
            en_as_is,
        ),
    ],
    "fr": [
        (_WHOLE, _after_point("fr")),
        (
            rf"^{_FR_WHO4} (?:ont|a) (?:dit|déclaré) craindre que ",
            _modal_subjunctive("fr", "may"),
        ),
        (
            rf"^{_FR_WHO4} (?:ont|a) (?:exprimé|dit) (?:leur |sa |la )?crainte que ",
            _modal_subjunctive("fr", "may"),
        ),
        (
            rf"^{_FR_WHO4} (?:ont|a) (?:exprimé|formulé|dit) (?:l['’]|leur |son )espoir que ",
            fr_hope,
        ),
        (
            rf"^{_FR_WHO4} (?:ont|a) (?:dit|déclaré) espérer que ",
            fr_hope,
        ),
        (
            rf"^{_FR_WHO4} (?:ont|a) (?:également |aussi )?(?:souligné|rappelé|mis en avant|"
            r"insisté sur|relevé) la nécessité pour ",
            fr_must_for,
        ),
        (
            rf"^{_FR_WHO4} se (?:sont|est) (?:dit|dits|dites|dite|déclarés|déclarées|déclaré|"
            r"déclarée|montrés|montrées|montré|montrée) (?:convaincu|confiant)(?:e|s|es)? "
            r"qu(?:e |['’])",
            en_as_is,
        ),
        (
            r"^(?:je (?:crois|pense) que |il me semble que )?ce que (?:nous avons|j['’]ai|on a) "
            r"(?:entendu|retenu|appris)(?: [^,]{1,30}?)?,? c['’]est qu(?:e |['’])",
            en_as_is,
        ),
    ],
    "ru": [
        (_WHOLE, _after_point("ru")),
        # "Того, чтобы X ..." once the kinds step took "подчеркнули необходимость" off
        (r"^того, чтобы ", ru_must),
        (
            r"^(?:[\w-]+ ){1,3}?(?:также )?(?:подчеркнул[аи]?|отметил[аи]?|указал[аи]? на) "
            r"необходимость того, чтобы ",
            ru_must,
        ),
        (
            r"^(?:также |вновь )?был[аио]? (?:отмечена|подчёркнута|подчеркнута|указана|"
            r"признана) (?:острая |настоятельная )?необходимость ",
            ru_needed,
        ),
    ],
    "zh": [
        (r"^(?=[^，,。]{4,}[，,])", _after_point("zh")),
        (r"^[^，,。：:；;]{1,10}?(?:担心|担忧)[，,]", zh_fear),
        (r"^[^，,。：:；;对]{1,10}?对(?=[^，,。]{4,}表示(?:遗憾|惋惜)[。！]?$)", zh_regret),
    ],
    "ar": [
        (r"^(?=.{14,}،)", _after_point("ar")),
        (
            r"^و?(?:أعرب|أعربت|أعربوا|أبدى|أبدت|أبدوا)\s+(?:\S+\s+){0,2}?(?:عن\s+)?"
            r"(?:خشيته|خشيتها|خشيتهم|خشيتهن|خوفه|خوفها|خوفهم)\s+(?:من\s+)?أن\s+",
            ar_may,
        ),
        (
            r"^و?(?:أعرب|أعربت|أعربوا|أبدى|أبدت|أبدوا)\s+(?:\S+\s+){0,2}?(?:عن\s+)?"
            r"(?:أمله|أملها|أملهم|أملهن|الأمل)\s+(?:في\s+)?أن\s+",
            ar_should_that,
        ),
        (
            r"^و?(?:أعرب|أعربت|أعربوا|أبدى|أبدت|أبدوا)\s+(?:\S+\s+){0,2}?(?:عن\s+)?"
            r"(?:أسفه|أسفها|أسفهم|أسفهن|الأسف)\s+(?=لأن\s|من\s+أن\s)",
            ar_that,
        ),
        (
            r"^و?(?:شدد|شددت|شددوا|أكد|أكدت|أكدوا|دعا|دعت|دعوا)\s+\S+(?:\s+ال\S+)?(?:\s+أيضا)?"
            r"\s+(?:على\s+|إلى\s+)?ضرورة\s+أن\s+",
            ar_should_that,
        ),
        (
            r"^و?(?:حذر|حذرت|حذروا|نبه|نبهت|نبهوا)\s+(?:\S+\s+){0,2}?من\s+أنه\s+"
            r"(?=إذا\s|إن\s|لو\s|ما\s+لم\s)",
            ar_after_warning,
        ),
    ],
}

_EN_HAD = (
    r"(?:agreed|stressed|noted|pointed out|observed|warned|argued|insisted|emphasi[sz]ed|"
    r"underlined|concluded|found|said)"
)

#: a comma left at the start once the kinds step took a frame off before "que, ..." ("...,
#: faute d'un changement de tarif, ...")
_COMMA_LEFT = r"^,\s*"

#: frames taken off as a whole (the rest as it stands; in Arabic through ``ar_point``)
VOICE5_FRAMES: dict[str, list[str]] = {
    "en": [
        _COMMA_LEFT,
        # the inner frame of reported speech: "several speakers had stressed that"
        rf"^{_EN_WHO5} had (?:also )?{_EN_HAD} that,? ",
    ],
    "es": [
        _COMMA_LEFT,
        rf"^{_ES_WHO4} habían (?:coincidido en|subrayado|señalado|destacado|advertido|"
        r"insistido en|recordado|afirmado|observado|constatado|concluido|dicho) que ",
        r"^(?:también|asimismo|además|por otra parte),? se (?:indicó|señaló|recordó|observó|"
        r"destacó|subrayó|advirtió|afirmó|mencionó|constató|dijo|comentó|apuntó|recalcó) que ",
    ],
    "fr": [
        _COMMA_LEFT,
        rf"^{_FR_WHO4} (?:avaient (?:souligné|noté|relevé|rappelé|observé|constaté|affirmé|dit|"
        r"estimé|averti)|étaient convenu(?:e)?s?) qu(?:e |['’])",
        # not "on a dit que": what follows is often reported in the conditional ("irait")
        r"^on a (?:aussi |également )?(?:fait remarquer|fait observer|souligné|rappelé|noté|"
        r"relevé|constaté) qu(?:e |['’])",
        rf"^{_FR_WHO4} (?:se sont (?:accordés|accordées|entendus|entendues)|"
        r"s['’]accord(?:aient|ent)) (?:sur le fait |pour dire |à dire )?qu(?:e |['’])",
    ],
    "ru": [
        _COMMA_LEFT,
        r"^(?:несколько|многие|ряд|большинство|некоторые) (?:[\w-]+ )?(?:выступавших|"
        r"выступавшие|участников|участники|экспертов|эксперты|докладчиков|спикеров) (?:также )?"
        r"(?:подчеркнули|отметили|указали|заявили|напомнили|согласились), что ",
        r"^(?:также|кроме того|вместе с тем),? было (?:отмечено|указано|подчёркнуто|"
        r"подчеркнуто|сказано|заявлено|признано), что ",
        r"^(?:[\w-]+ ){1,3}?(?:также )?выразил[аи]? (?:сожаление|уверенность|убеждённость|"
        r"убежденность)(?: в том)?, что ",
        r"^(?:[\w-]+ ){1,3}?(?:также )?предупредил[аи]?, что,? ",
        r"^(?:также )?(?:прозвучало|было высказано|высказывалось) (?:мнение|соображение), что ",
        r"^(?:по итогам [^,]{1,30} )?(?:сложилось|сформировалось) (?:общее )?(?:понимание|"
        r"мнение), что ",
        r"^(?:мне кажется|я думаю|по-моему),? (?:главное|основное),? что (?:мы|я) "
        r"(?:[\w-]+ ){0,2}?(?:услышали|узнали|вынесли)[^,]{0,30},? — это то, что ",
    ],
    "zh": [
        r"^说[，,：:]",  # "发言者警告说，" once the kinds step took "发言者警告" off
        r"^(?:多位|几位|一些|部分|不少|许多|多名)(?:发言者|与会者|代表|专家|嘉宾)(?:都)?"
        r"(?:强调|指出|认为|表示|提到)[，,：:]",
    ],
    "ar": [
        r"^و?(?:كما\s+)?(?:أشير|تمت\s+الإشارة)(?:\s+(?:كذلك|أيضا))?\s+إلى\s+أن\s+",
        r"^و?(?:كما\s+)?لوحظ(?:\s+(?:كذلك|أيضا))?\s+أن\s+",
        r"^و?(?:كما\s+)?تم\s+(?:التأكيد|التشديد|التنويه)(?:\s+(?:كذلك|أيضا))?\s+(?:على\s+)?"
        r"أن\s+",
        r"^و?ساد\s+(?:شعور|رأي|انطباع|اتفاق)(?:\s+عام)?\s+(?:ب|على\s+)أن\s+",
        r"^(?:أعتقد|أظن|أرى)\s+أن\s+ما\s+(?:سمعناه|تعلمناه|خرجنا\s+به)(?:\s+\S+)?\s+(?:هو|هي)"
        r"\s+أن\s+",
    ],
}

#: one person by their role before a frame: taken off only with the frame that follows it
#: ("The rapporteur noted that several speakers had stressed that X" -> "X")
ONE_PERSON: dict[str, str] = {
    **{code: PREAMBLE_FRAMES[code] for code in ("en", "es", "fr", "ru")},
    "zh": r"^(?:会议)?(?:主席|报告员|报告人|主持人|协调员|部长)(?:最后)?(?:说|指出|表示)[，,：:]",
    "ar": (
        r"^و?(?:قال|قالت|ذكر|ذكرت|أشار|أشارت|أوضح|أوضحت)\s+(?:ال)?\S+(?:\s+ال\S+)?\s+"
        r"(?:إلى\s+)?[إأ]ن\s+(?=\S+(?:\s+\S+)?\s+(?:اتفقوا|أكدوا|رأوا|أجمعوا|شددوا|لاحظوا|"
        r"اعتبروا|أشاروا)\s)"
    ),
}

#: one person by their role as the source before a comma, ahead of a group's frame: taken off
#: only with the frame that follows it ("As the moderator noted, the discussion showed that X",
#: "Как отметил модератор, в ходе дискуссии стало ясно, что X" -> "X"; docs/quality.md, "a
#: thirty-eighth round"); before a plain point it stays (one person's words)
LEAD_PERSON: dict[str, str] = {
    "en": (
        r"^(?:as|according to) the (?:[\w-]+ ){0,2}?(?:chair|chairperson|moderator|rapporteur|"
        r"minister|facilitator|coordinator|host)(?: [^,;.]{0,40}?)?(?: (?:noted|observed|said|"
        r"recalled|summed up|summarised|summarized|pointed out|put it|reported))?, "
    ),
    "es": (
        r"^(?:como (?:señaló|indicó|observó|recordó|resumió|dijo|destacó)|según) (?:el|la) "
        r"(?:[\w-]+ ){0,2}?(?:president[ea]|moderador(?:a)?|relator(?:a)?|ministr[oa]|"
        r"coordinador(?:a)?)(?: [^,;.]{0,40}?)?, "
    ),
    "fr": (
        r"^(?:comme l['’]a (?:noté|souligné|relevé|rappelé|résumé|dit|indiqué|observé)|selon) "
        r"(?:le |la |l['’])(?:président(?:e)?|modérat(?:eur|rice)|rapport(?:eur|euse)|ministre|"
        r"coordinat(?:eur|rice))(?: [^,;.]{0,40}?)?, "
    ),
    "ru": (
        r"^(?:как (?:отметил[аи]?|заметил[аи]?|подчеркнул[аи]?|сказал[аи]?|напомнил[аи]?|"
        r"резюмировал[аи]?|пояснил[аи]?)|по словам) (?:[\w-]+ ){0,2}?(?:председател[ья]|"
        r"модератор[а]?|докладчи(?:к|ца|ка|цы)|министр[а]?|координатор[а]?|ведущ(?:ая|ий|его|"
        r"ей))(?: [^,;.]{0,30}?)?, "
    ),
    "zh": (
        r"^(?:据|正如)?(?:会议)?(?:主席|报告员|主持人|协调员)(?:所)?(?:介绍|指出|总结|说)"
        r"(?:的那样)?[，,]"
    ),
    "ar": (
        r"^و?كما\s+(?:أشار|أشارت|أوضح|أوضحت|قال|قالت|لخص|لخصت)\s+(?:ال)?(?:رئيس|مدير|منسق|"
        r"مقرر)\S*(?:\s+ال\S+)?\s*[،,]\s*"
    ),
}

#: the inner frame in Arabic once "إنّ" made its subject accusative ("المشاركين اتفقوا على أن")
AR_INNER = (
    r"^\S+(?:\s+\S+)?\s+(?:اتفقوا|أكدوا|رأوا|أجمعوا|شددوا|لاحظوا|اعتبروا|أشاروا)\s+"
    r"(?:على\s+|إلى\s+)?أن\s+"
)

#: a comma after the word that opens the clause ("warned that, unless ..."): the kinds step's
#: frames expect none
THAT_COMMA: dict[str, str] = {
    "en": r"\bthat, ",
    "es": r"\bque, ",
    "fr": r"\bque, ",
    "ru": r", что, ",
}
