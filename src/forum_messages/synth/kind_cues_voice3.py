"""Frames a body's or a panel's voice still leaves in a message text, in six languages
(``synth.kinds.voiced``, after ``kind_cues_voice2``; measured on ``kinds/dev15.yaml``,
docs/quality.md, "a twenty-sixth round"). Only the text changes: the kinds step reads most
of these sentences as plain points and nothing here changes what it reads.

- a recommendation without a party, by a verb's infinitive or gerund or by a noun of action
  (``VOICE3_REWRITES``): "The forum recommends strengthening X" / "recommended the creation
  of X" -> "X should be strengthened / created" (English, the verb or the noun one of a short
  list, X up to the first comma); "El Foro recomienda fortalecer X", "recomendaron la creación
  de X" -> "Hay que fortalecer / crear X"; "Le forum recommande de renforcer X", "préconise la
  création d'un X" -> "Il faut renforcer X", "Il faut créer un X"; "Форум рекомендует
  укрепить X" -> "Следует укрепить X"; "论坛建议加强X" -> "应加强X"; "أوصى المنتدى بتعزيز X",
  "اقترح الائتلاف اعتماد X" -> "ينبغي تعزيز X";
- an enumeration of recommendations ("Its recommendations are, first, that X <verb>, and
  second, that Y <verb>", "Sus recomendaciones son, en primer lugar, que ...", "Ses
  recommandations sont, d'une part, que ...", "Во-первых, ..., во-вторых, ...", "其建议有二：
  一是……，二是……") -> each item as "X should ..." (every item must be rewritten, or none is);
- frames (``VOICE3_FRAMES``): an acronym body as the subject ("The BPF found that", "El MAG
  señaló que", "Le BPF a constaté que", "ФПП установил, что", "BPF发现，", "وجد منتدى BPF أن"),
  a body that stressed or concluded, speakers who agreed or reminded ("coincidieron en que",
  "sont convenus que", "напомнили, что", "обратили внимание на то, что", "普遍认同，"), and a
  rapporteur's or moderator's summary ("summed up the discussion by saying that", "resumió el
  debate diciendo que", "a résumé le débat en disant que", "подвела итог дискуссии, сказав,
  что", "لخصت المقررة النقاش بالقول إن").

Precision first, as in ``kind_cues_voice2``: a verb or a noun outside the lists, a second
action coordinated in the object, a passive agent that would not read, gives None and the
sentence keeps its frame.
"""

from __future__ import annotations

import re

from forum_messages.synth.kind_cues_voice2 import (
    _EN_BODY,
    _EN_HOW,
    _EN_RECOMMEND,
    _EN_SUBJ,
    _ES_SUBJ,
    _FR_SUBJ,
    _RU_BODY,
    _ZH_ACTORS,
    _ZH_BODY,
    _ZH_NEXT,
    Rewrite,
    _should_subjunctive,
    ar_imperfect,
    en_should,
)


def _pairs(text: str) -> dict[str, str]:
    """ "a>b c>d" -> {"a": "b", "c": "d"} ("_" for a space inside a word's pair)."""
    out = {}
    for pair in text.split():
        key, _, value = pair.partition(">")
        out[key.replace("_", " ")] = value.replace("_", " ")
    return out


# ------------------------------------------------------------------ English

#: gerunds of verbs a recommendation asks for -> their past participles (not "making",
#: "keeping", "giving": "making X available" would give "X available should be made")
_EN_GERUND = _pairs(
    """strengthening>strengthened creating>created establishing>established
    developing>developed adopting>adopted expanding>expanded extending>extended
    improving>improved introducing>introduced launching>launched building>built
    funding>funded financing>financed supporting>supported promoting>promoted
    protecting>protected publishing>published revising>revised updating>updated
    simplifying>simplified harmonising>harmonised harmonizing>harmonized
    integrating>integrated reducing>reduced removing>removed repealing>repealed
    abolishing>abolished implementing>implemented translating>translated mapping>mapped
    monitoring>monitored lowering>lowered raising>raised opening>opened training>trained
    reviewing>reviewed designing>designed drafting>drafted appointing>appointed
    recognising>recognised recognizing>recognized standardising>standardised
    standardizing>standardized subsidising>subsidised subsidizing>subsidized
    widening>widened renewing>renewed enforcing>enforced collecting>collected
    sharing>shared"""
)
_EN_PARTICLE = _pairs("""setting_up>set_up scaling_up>scaled_up phasing_out>phased_out""")
#: nouns of action -> the past participle ("the creation of X" -> "X should be created")
_EN_NOUN = _pairs(
    """creation>created establishment>established adoption>adopted development>developed
    expansion>expanded extension>extended introduction>introduced strengthening>strengthened
    revision>revised review>reviewed publication>published integration>integrated
    harmonisation>harmonised harmonization>harmonized simplification>simplified
    reduction>reduced removal>removed repeal>repealed abolition>abolished
    implementation>implemented promotion>promoted protection>protected
    translation>translated funding>funded financing>financed launch>launched
    improvement>improved standardisation>standardised standardization>standardized
    setting_up>set_up updating>updated mapping>mapped"""
)
_EN_PEOPLE = r"(?:the )?(?:participants|speakers|panel+ists|delegates|experts|members|attendees)"
#: an acronym body: "BPF", "the DC", "NRIs", "the PNAI", "IGFSA"
_ACRONYM = r"(?-i:[A-Z][A-Za-z]?[A-Z]{1,5}s?)"
_EN_WHO = rf"(?:{_EN_SUBJ}|(?:the )?{_ACRONYM}|{_EN_PEOPLE})"
_EN_ASK = (
    r"(?:recommends|recommended|recommend|proposes|proposed|propose|suggests|suggested|"
    r"suggest|advocates|advocated|advocate|calls for|called for|call for|urges|urged|urge)"
)
_EN_NOT_OBJECT = re.compile(r"(?:that|to|on|for|with|in|whether|how|what|more|better)\b", re.I)
_END = re.compile(r"[.!?]+$")


def _en_object(body: str) -> tuple[str, str] | None:
    """(the object, what follows it from its first comma) of a gerund or a noun of action,
    or None when the object would not read as a subject: another action coordinated in it
    ("and creating", "and the adoption of"), a clause, or more than 20 words."""
    head, comma, tail = body.partition(", ")
    if _EN_NOT_OBJECT.match(head) or len(head.split()) > 20 or ";" in head:
        return None
    for action in re.finditer(r"(?:^|,|\band|\bor) (\w+ing|the \w+ of)\b", f" {head}{comma}{tail}"):
        words = action.group(1).casefold().split()
        if words[0] in _EN_GERUND or (len(words) == 3 and words[1] in _EN_NOUN):
            return None  # "strengthening X, creating Y", "X and the adoption of Y"
    return head, comma + tail


#: a phrase of time or manner ending the object, which goes after the participle ("updating
#: the map by 2027" -> "the map should be updated by 2027", not "the map by 2027 should be ...")
_EN_WHEN = re.compile(
    r" (?:by (?:the end of |the start of |mid-?)?(?:\d{4}|next year|the next [\w-]+|[A-Z]\w+ \d{4})"
    r"|before (?:the |next |\d{4})[^,;]{0,40}|within (?:the next |a |one |two |three |six |\d+ )"
    r"[^,;]{0,30}|as (?:a matter of )?(?:priority|urgency)|as soon as possible"
    r"|without (?:further )?delay|urgently|at the latest|in the coming (?:months|years|weeks)"
    r"|over the next [^,;]{1,30}"
    r"|from (?:next year|\d{4}))$"
)


def en_should_be(_m: re.Match[str], rest: str) -> str | None:
    """ "strengthening X, ..." / "the creation of X, ..." (after "recommends") -> "X should be
    strengthened / created, ..." (a passive agent "by Y" after the participle)."""
    end = _END.search(rest)
    body = rest[: end.start()] if end else rest
    words = body.split(" ")
    first = words[0].casefold()
    two = " ".join(words[:2]).casefold()
    agent = False  # "the adoption of X by Y": "by Y" after the participle
    if two in _EN_PARTICLE:
        done, obj = _EN_PARTICLE[two], " ".join(words[2:])
    elif first in _EN_GERUND:
        done, obj = _EN_GERUND[first], " ".join(words[1:])
    else:
        noun = re.match(r"the ((?:\w+ )?\w+) of ", body, re.I)
        if not noun or noun.group(1).casefold() not in _EN_NOUN:
            return None
        done, obj, agent = _EN_NOUN[noun.group(1).casefold()], body[noun.end() :], True
    found = _en_object(obj)
    if not found:
        return None
    head, tail = found
    when = _EN_WHEN.search(head)  # "X by 2027" -> "X should be updated by 2027"
    later = head[when.start() :] if when else ""
    head = head[: when.start()] if when else head
    head, by, agent_of = head.partition(" by ") if agent else (head, "", "")
    if not head.strip():
        return None
    return f"{head} should be {done}{by}{agent_of}{later}{tail}{end.group(0) if end else ''}"


def _items(split: str, rewrite: Rewrite, joiner: str) -> Rewrite:
    """The rewrite of an enumeration: the rest cut into items at ``split``, each item
    rewritten by ``rewrite``, joined by ``joiner``; None unless every item is rewritten."""

    def items(m: re.Match[str], rest: str) -> str | None:
        done = [rewrite(m, item.strip()) for item in re.split(split, rest, flags=re.I)]
        if len(done) < 2 or any(d is None for d in done):
            return None
        parts = [d.rstrip(".") for d in done if d]
        return joiner.join([parts[0], *(p[0].lower() + p[1:] for p in parts[1:])]) + "."

    return items


#: "X <verb> ..., and second, that Y <verb> ..." (after "Its recommendations are, first,
#: that") -> "X should <verb> ..., and Y should <verb> ..."
en_items = _items(
    r",? (?:and )?(?:second(?:ly)?|third(?:ly)?|finally|lastly),? that,? ", en_should, ", and "
)


# ------------------------------------------------------------------ Spanish

#: nouns of action -> the infinitive ("la creación de X" -> "crear X")
_ES_NOUN = _pairs(
    """creación>crear adopción>adoptar puesta_en_marcha>poner_en_marcha elaboración>elaborar
    ampliación>ampliar fortalecimiento>fortalecer establecimiento>establecer revisión>revisar
    reducción>reducir eliminación>eliminar publicación>publicar promoción>promover
    protección>proteger desarrollo>desarrollar implementación>implementar aprobación>aprobar
    inclusión>incluir integración>integrar financiación>financiar financiamiento>financiar
    simplificación>simplificar armonización>armonizar actualización>actualizar mejora>mejorar
    introducción>introducir derogación>derogar traducción>traducir conformación>conformar
    instalación>instalar apertura>abrir"""
)
_ES_NOT_VERB = frozenset(
    [
        "lugar",
        "hogar",
        "mujer",
        "poder",
        "deber",
        "placer",
        "bienestar",
        "militar",
        "familiar",
        "popular",
        "similar",
        "particular",
        "singular",
        "titular",
        "auxiliar",
        "escolar",
        "celular",
        "solar",
        "polar",
        "lunar",
        "altar",
        "azar",
        "dólar",
        "collar",
        "pilar",
        "par",
        "mar",
        "mayor",
        "menor",
    ]
)
_ES_PEOPLE = (
    r"(?:los|las) (?:participantes|expositores|expositoras|panelistas|oradores|oradoras|"
    r"ponentes|asistentes|expertos|expertas|delegados|delegadas|intervinientes)"
)
_ES_ASK = (
    r"(?:recomienda|recomiendan|recomendó|recomendaron|propone|proponen|propuso|propusieron|"
    r"sugiere|sugieren|sugirió|sugirieron|aconseja|aconsejan|aconsejó|aconsejaron|plantea|"
    r"plantean|planteó|plantearon)"
)
_ES_NOUNS = "|".join(sorted((re.escape(n) for n in _ES_NOUN), key=len, reverse=True))


def es_hay_que(_m: re.Match[str], rest: str) -> str | None:
    """ "fortalecer X" / "la creación de X" (after "recomienda") -> "Hay que fortalecer X",
    "Hay que crear X" (a second noun of action after "y" made an infinitive too)."""
    first = rest.split(" ", 1)[0]
    if re.fullmatch(r"\w+(?:ar|er|ir)(?:lo|la|los|las)?", first, re.I):
        if first.casefold() in _ES_NOT_VERB:
            return None
        return f"Hay que {rest}"
    noun = re.match(rf"(?:la|el) ({_ES_NOUNS}) (del?) ", rest, re.I)
    if not noun:
        return None
    obj = ("el " if noun.group(2).casefold() == "del" else "") + rest[noun.end() :]
    if re.search(r" por (?:el|la|los|las|todos|todas|cada|parte) ", obj):
        return None  # a passive agent: "la adopción de X por los operadores"
    obj = re.sub(
        rf"\by (?:la|el) ({_ES_NOUNS}) (del?) ",
        lambda m: f"y {_ES_NOUN[m.group(1).casefold()]} " + ("el " if m.group(2) == "del" else ""),
        obj,
        flags=re.I,
    )
    return f"Hay que {_ES_NOUN[noun.group(1).casefold()]} {obj}"


#: "que X <subj.> ... y, en segundo lugar, que Y <subj.> ..." -> "X debería(n) ... y Y
#: debería(n) ..."
es_items = _items(
    r",? y,? (?:en segundo|en tercer|por último|finalmente)(?: lugar)?,? que |"
    r", (?:en segundo|en tercer)(?: lugar)?, que ",
    _should_subjunctive("es"),
    " y ",
)


# ------------------------------------------------------------------ French

_FR_NOUN = _pairs(
    """création>créer mise_en_place>mettre_en_place mise_en_œuvre>mettre_en_œuvre
    mise_en_oeuvre>mettre_en_oeuvre mise_en_réseau>mettre_en_réseau mise_à_jour>mettre_à_jour
    adoption>adopter élaboration>élaborer renforcement>renforcer extension>étendre
    élargissement>élargir révision>réviser réduction>réduire suppression>supprimer
    publication>publier promotion>promouvoir protection>protéger développement>développer
    établissement>établir intégration>intégrer financement>financer simplification>simplifier
    harmonisation>harmoniser actualisation>actualiser amélioration>améliorer
    utilisation>utiliser introduction>introduire abrogation>abroger traduction>traduire
    généralisation>généraliser instauration>instaurer ouverture>ouvrir
    constitution>constituer"""
)
_FR_ART = _pairs("""du>le_ des>les_ de_la>la_ de_l'>l' de_l’>l’ d'un>un_ d’un>un_ d'une>une_
    d’une>une_ de_ces>ces_ de_leurs>leurs_ de_nos>nos_ de_ses>ses_ de_son>son_ de_sa>sa_""")
_FR_NOT_VERB = frozenset(
    [
        "autre",
        "autres",
        "notre",
        "votre",
        "manière",
        "nombre",
        "meilleure",
        "premier",
        "dernier",
        "entier",
        "sorte",
        "mesure",
        "lettre",
        "cadre",
        "centre",
        "titre",
        "ordre",
        "genre",
        "membre",
    ]
)
_FR_PEOPLE = (
    r"(?:les )?(?:participants|participantes|intervenants|intervenantes|panélistes|orateurs|"
    r"oratrices|experts|expertes|délégués|déléguées)"
)
_FR_ASK = (
    r"(?:(?:a|ont) (?:également |aussi )?(?:recommandé|préconisé|proposé|suggéré|conseillé)|"
    r"(?:recommande|recommandent|recommandons|préconise|préconisent|préconisons|propose|"
    r"proposent|proposons|suggère|suggèrent|conseille|conseillent)"
    r"(?: (?:également|aussi|donc))?)"
)
_FR_AND_DE = re.compile(r"(,| et| ou) d(?:e |['’])(?=(?:se |s['’])?\w+(?:er|ir|re|oir)\b)", re.I)
_FR_NOUNS = "|".join(sorted((re.escape(n) for n in _FR_NOUN), key=len, reverse=True))
_FR_ARTS = "|".join(sorted((re.escape(a) for a in _FR_ART), key=len, reverse=True))


def fr_il_faut(_m: re.Match[str], rest: str) -> str | None:
    """ "de renforcer X" / "la création d'un X" (after "recommande") -> "Il faut renforcer
    X", "Il faut créer un X" (a second noun of action after "et" made an infinitive too)."""
    if re.match(r"de ne pas ", rest, re.I):
        return f"Il ne faut pas {rest[10:]}"
    inf = re.match(r"d(?:e |['’])((?:se |s['’])?(\w+(?:er|ir|re|oir)))\b", rest, re.I)
    if inf:
        if inf.group(2).casefold() in _FR_NOT_VERB:
            return None
        # "de diversifier X, de multiplier Y et de disposer de Z" -> "diversifier X, multiplier Y
        # et disposer de Z"
        return "Il faut " + _FR_AND_DE.sub(r"\1 ", rest[inf.start(1) :])
    noun = re.match(rf"(?:la |le |l['’])({_FR_NOUNS}) ({_FR_ARTS})(?:(?<=['’])|\s)", rest, re.I)
    if not noun:
        return None
    art = _FR_ART[noun.group(2).casefold()]
    obj = rest[noun.end() :]
    obj = re.sub(
        rf"\bet (?:la |le |l['’])({_FR_NOUNS}) ({_FR_ARTS})(?:(?<=['’])|\s)",
        lambda m: f"et {_FR_NOUN[m.group(1).casefold()]} {_FR_ART[m.group(2).casefold()]}",
        obj,
        flags=re.I,
    )
    return f"Il faut {_FR_NOUN[noun.group(1).casefold()]} {art}{obj}"


#: "que X <subj.> ... et, d'autre part, que Y <subj.> ..." -> "X devrai(en)t ... et Y
#: devrai(en)t ..."
fr_items = _items(
    r",? et,? (?:d['’]autre part|deuxièmement|ensuite|enfin),? qu(?:e |(?=['’]))|"
    r", (?:d['’]autre part|deuxièmement), qu(?:e |(?=['’]))",
    _should_subjunctive("fr"),
    " et ",
)


# ------------------------------------------------------------------ Russian, Chinese, Arabic

_RU_INF = re.compile(r"(?:не )?[\w-]+(?:ть|ться|ти|чь)\b")
#: nouns ending as an infinitive does
_RU_NOT_VERB = frozenset(
    [
        "часть",
        "сеть",
        "власть",
        "путь",
        "нить",
        "треть",
        "четверть",
        "смерть",
        "мать",
        "дочь",
        "ночь",
        "помощь",
        "мощь",
        "речь",
        "печь",
    ]
)


def ru_sleduet(_m: re.Match[str], rest: str) -> str | None:
    """ "укрепить X" (after "Форум рекомендует") -> "Следует укрепить X"."""
    first = rest.split(" ", 1)[0].casefold()
    if not _RU_INF.match(rest) or first in _RU_NOT_VERB or first.endswith("сть"):
        return None
    return f"Следует {rest}"


def ru_items(_m: re.Match[str], rest: str) -> str | None:
    """ "X ..., во-вторых, Y ..." (after "Во-первых,") -> "X ..., Y ..."."""
    return re.sub(r",\s(?:во-вторых|в-третьих|в-четвёртых|в-четвертых),\s", ", ", rest)


#: verbs (and prepositions opening a verb phrase) after "建议": "建议加强", "建议为……开发"
_ZH_VERB = (
    r"(?:加强|建立|设立|推广|开发|制定|完善|扩大|提高|降低|减少|取消|简化|统一|公布|发布|出台|修订|"
    r"废除|引入|采用|推动|促进|支持|资助|保护|鼓励|增加|设置|组建|成立|编制|建设|将|把|为|在|对|向|"
    r"通过)"
)


def zh_ying(_m: re.Match[str], rest: str) -> str | None:
    """ "加强……" (after "论坛建议") -> "应加强……"."""
    return f"应{rest}"


def zh_items(_m: re.Match[str], rest: str) -> str | None:
    """ "运营商在……，二是监管机构降低……" (after "其建议有二：一是") -> "运营商应在……，监管机构应
    降低……" (every item a party of a list and a verb)."""
    items = re.split(r"[，,；;]\s*(?:二|三|四)是", rest)
    out = []
    for item in items:
        m = re.match(rf"(?P<who>[^，,。：:；;]{{0,12}}?{_ZH_ACTORS})(?={_ZH_NEXT})", item)
        if not m:
            return None
        out.append(f"{m.group('who')}应{item[m.end() :]}")
    return "，".join(out) if len(out) > 1 else None


def ar_masdar(_m: re.Match[str], rest: str) -> str | None:
    """ "بتعزيز X" (after "أوصى المنتدى") -> "ينبغي تعزيز X"; "اعتماد X" (after "اقترح
    الائتلاف") -> "ينبغي اعتماد X"; "بضرورة تعزيز" -> "ينبغي تعزيز"."""
    from forum_messages.nlp.segment import arabic_plain

    word, _, after = rest.partition(" ")
    plain = arabic_plain(word)
    if plain.startswith("ب") and not re.match(r"ب(?:أن|ان|ألا|الا)$", plain):
        noun = word[1:]
        if arabic_plain(noun) == "ضرورة":
            return f"ينبغي {after}" if after else None
    elif re.match(r"[اإ]\w{3,}$", plain) and not plain.startswith("ال") and plain[-1] != "ا":
        noun = word
    else:
        return None
    if len(arabic_plain(noun)) < 3 or ar_imperfect(arabic_plain(noun)) or not after:
        return None
    return f"ينبغي {noun} {after}"


# ------------------------------------------------------------------ the patterns

_ES_WHO = rf"(?:{_ES_SUBJ}|(?:el|la|los|las) {_ACRONYM}|{_ES_PEOPLE})"
_FR_WHO = rf"(?:{_FR_SUBJ}|(?:le |la |les |l['’]){_ACRONYM}|{_FR_PEOPLE})"
_RU_ACRONYM = r"(?-i:[А-ЯЁA-Z]{2,6})"
_RU_PEOPLE = (
    r"(?:участники|выступавшие|эксперты|докладчики|спикеры|делегаты|докладчица|докладчик|"
    r"модератор|ведущая|ведущий)"
)
_AR_WHO = (
    r"(?:الشبكة|المنتدى|الائتلاف|المسار|الفريق|اللجنة|المبادرة|التحالف|التقرير|المشاركون|"
    r"المتحدثون|المتدخلون|الخبراء|الورشة|الجلسة)"
)

VOICE3_REWRITES: dict[str, list[tuple[str, Rewrite]]] = {
    "en": [
        # "The PNAI recommends that public buyers publish" -> "Public buyers should publish"
        (rf"^(?:the )?{_ACRONYM} {_EN_HOW}{_EN_RECOMMEND} that,? ", en_should),
        # "The forum recommends strengthening X" -> "X should be strengthened"
        (rf"^{_EN_WHO} {_EN_HOW}{_EN_ASK} ", en_should_be),
        # "Its recommendations are, first, that X <verb>, and second, that Y <verb>"
        (
            rf"^(?:its|their|our|the (?:[\w'’-]+ ){{0,3}}?{_EN_BODY}['’]s?) (?:main |two |"
            r"three |key )?recommendations (?:are|were)(?: as follows)?[,:]? "
            r"(?:first(?:ly)?|one),? that,? ",
            en_items,
        ),
    ],
    "es": [
        # "El PNAI recomienda que los compradores publiquen" -> "Los compradores deberían
        # publicar"
        (
            rf"^(?:el|la|los|las) {_ACRONYM} (?:también |además )?(?:recomienda|recomendó|"
            r"propone|propuso|pide|pidió|exige|exigió|solicita|solicitó|sugiere|sugirió) que ",
            _should_subjunctive("es"),
        ),
        # "El Foro recomienda fortalecer X" -> "Hay que fortalecer X"
        (
            rf"^(?:{_ES_WHO} (?:también |además )?{_ES_ASK}|se (?:recomienda|recomendó|propone|"
            r"propuso|sugiere|sugirió|aconseja|aconsejó)) ",
            es_hay_que,
        ),
        (
            r"^(?:sus|nuestras|las) (?:principales |dos |tres )?recomendaciones (?:son|fueron)"
            r"(?: las siguientes)?[,:]? (?:en primer lugar|primero),? que ",
            es_items,
        ),
    ],
    "fr": [
        # "Le BPF recommande que les villes publient" -> "Les villes devraient publier"
        (
            rf"^(?:le |la |les |l['’]){_ACRONYM} (?:(?:a|ont) (?:également |aussi )?"
            r"(?:recommandé|demandé|proposé|suggéré)|(?:recommande|recommandent|demande|"
            r"demandent|propose|proposent|suggère|suggèrent)) qu(?:e |['’])",
            _should_subjunctive("fr"),
        ),
        # "Le forum recommande de renforcer X" -> "Il faut renforcer X"
        (rf"^{_FR_WHO} {_FR_ASK} ", fr_il_faut),
        (
            r"^(?:ses|leurs|nos|les) (?:principales |deux |trois )?recommandations (?:sont|"
            r"étaient)(?: les suivantes)?[,:]? (?:d['’]une part|premièrement|d['’]abord),? "
            r"qu(?:e |(?=['’]))",
            fr_items,
        ),
    ],
    "ru": [
        # "Форум рекомендует укрепить X" -> "Следует укрепить X"
        (
            rf"^(?:(?:[\w-]+ ){{0,3}}?{_RU_BODY}|{_RU_ACRONYM}|{_RU_PEOPLE})(?: также| тоже)? "
            r"(?:рекомендует|рекомендуют|рекомендовал[аио]?|рекомендовали|предлагает|предлагают|"
            r"предложил[аио]?|предложили|советует|советуют|советовал[аио]?|советовали) ",
            ru_sleduet,
        ),
        # "Во-первых, X ..., во-вторых, Y ..." -> "X ..., Y ..."
        (
            r"^(?:(?:её|его|их|наши) рекомендации (?:таковы|следующие)[:,]\s*)?во-первых,\s",
            ru_items,
        ),
    ],
    "zh": [
        # "论坛建议加强X" -> "应加强X"
        (
            rf"^(?:该|这个|本)?[^，,。：:；;由被的]{{0,20}}?(?:{_ZH_BODY}|与会者|发言者|专家|参与者)"
            rf"(?:还|也|再次|进一步|强烈)?(?:建议|提议|主张|倡议)(?={_ZH_VERB}[^，,。；;]{{2,}})",
            zh_ying,
        ),
        # "其建议有二：一是X……，二是Y……" -> "X应……，Y应……"
        (r"^(?:其|该|我们的|本)?(?:主要)?建议(?:有[二两三四]条?)?[：:]\s*一是", zh_items),
    ],
    "ar": [
        # "أوصى المنتدى بتعزيز X" -> "ينبغي تعزيز X"
        (
            r"^و?(?:أوصى|أوصت|يوصي|توصي|نوصي|اقترح|اقترحت|يقترح|تقترح|نقترح)"
            rf"(?:\s+{_AR_WHO}(?:\s+ال[^\s،,.؛:]+)?)?(?:\s+أيضا)?\s+",
            ar_masdar,
        ),
    ],
}

_EN_SAID = (
    r"(?:found|finds|concluded|concludes|observed|observes|noted|notes|stressed|stresses|"
    r"emphasi[sz]ed|highlighted|underlined|underscored|warned|cautioned|recalled|agreed|"
    r"acknowledged|recogni[sz]ed|pointed out|showed|shows|reported|reminded (?:[\w'’-]+ ){0,3}?)"
)

VOICE3_FRAMES: dict[str, list[str]] = {
    "en": [
        # "The BPF found that", "The working group stressed that"
        rf"^(?:(?:the )?{_ACRONYM}|(?:the|its) (?:[\w'’-]+ ){{0,4}}?{_EN_BODY})"
        rf"(?: (?:on|for|of) [^,.;:]{{1,60}}?)? {_EN_HOW}{_EN_SAID} that,? ",
        # "Speakers reminded the audience that"
        rf"^(?:(?:several|many|some|most) )?{_EN_PEOPLE}(?: also)? (?:reminded (?:the audience|"
        r"the room|participants|everyone|those present|delegates|us)|recalled) that,? ",
        # "The rapporteur summed up the discussion by saying that"
        r"^(?:the )?(?:rapporteur|moderator|chair|chairperson|facilitator|host)"
        r"(?: [^,.;:]{0,40}?)? (?:summed up|summarised|summarized|closed|wrapped up|concluded)"
        r"(?: the (?:discussion|debate|session|panel|exchange))? by (?:saying|stressing|noting|"
        r"observing|recalling) that,? ",
    ],
    "es": [
        # "El BPF constató que", "Los expositores coincidieron en que"
        rf"^(?:el|la|los|las) {_ACRONYM} (?:también )?(?:constató|concluyó|señaló|observó|"
        r"destacó|subrayó|advirtió|halló|comprobó|recordó|constataron|concluyeron|señalaron|"
        r"observaron|destacaron|subrayaron) que ",
        rf"^{_ES_PEOPLE}(?: también)? (?:(?:coincidieron|concordaron|convinieron|estuvieron de "
        r"acuerdo|insistieron) en que|recordaron que) ",
        r"^(?:el|la) (?:relator|relatora|moderador|moderadora|presidente|presidenta)"
        r"(?: [^,.;:]{0,40}?)? (?:resumió|cerró|concluyó)(?: el debate| la discusión| la sesión)?"
        r" (?:diciendo|señalando|recordando|destacando) que ",
    ],
    "fr": [
        # "Le BPF a constaté que", "Les panélistes sont convenus que"
        rf"^(?:le |la |les |l['’]){_ACRONYM} (?:a|ont) (?:également |aussi )?(?:constaté|conclu|"
        r"relevé|souligné|observé|noté|rappelé|averti) qu(?:e |['’])",
        rf"^{_FR_PEOPLE}(?: (?:ont|sont))? (?:tous )?(?:convenu|convenus|convenues|convinrent)"
        r" qu(?:e |['’])",
        r"^(?:le |la |l['’])(?:rapporteur|rapporteuse|modérateur|modératrice|président|"
        r"présidente|animateur|animatrice)(?: [^,.;:]{0,40}?)? a (?:résumé|conclu|clos)"
        r"(?: (?:le débat|la discussion|la séance|les échanges))? en (?:disant|soulignant|"
        r"rappelant|notant) qu(?:e |['’])",
    ],
    "ru": [
        # "ФПП установил, что", "Выступавшие напомнили, что"
        rf"^{_RU_ACRONYM} (?:также )?(?:установил[аио]?|отметил[аио]?|выяснил[аио]?|"
        r"обнаружил[аио]?|подчеркнул[аио]?|пришл[аио]? к выводу|пришёл к выводу|"
        r"констатировал[аио]?|указал[аио]?), что ",
        rf"^(?:[\w-]+ ){{0,2}}?{_RU_PEOPLE}(?: [\w-]+)? (?:напомнили|напомнил[аи]?|"
        r"обратили внимание(?: на то)?|обратил[аи]? внимание(?: на то)?|сошлись во мнении|"
        r"согласились), что ",
        rf"^{_RU_PEOPLE} (?:подв[её]л[аи]? итоги?|подытожил[аи]?|резюмировал[аи]?|завершил[аи]?)"
        r"(?: [^,.;:]{0,40}?)?, (?:сказав|отметив|подчеркнув|заявив), что ",
    ],
    "zh": [
        # "BPF发现，", "小组成员普遍认同，"
        r"^(?-i:[A-Z]{2,6})(?:还|也)?(?:发现|指出|认为|强调|得出结论|注意到|观察到|提醒说?)[，,：:]",
        r"^(?:与会者|发言者|发言人|参与者|专家|嘉宾|小组成员|各方)(?:们)?(?:普遍|一致|均|都)"
        r"(?:认同|认为|同意|表示)[，,：:]",
    ],
    "ar": [
        # "لخصت المقررة النقاش بالقول إن", "وجد منتدى BPF أن"
        r"^و?(?:لخص|لخصت|اختتم|اختتمت)\s+\S+(?:\s+\S+){0,2}?\s+(?:النقاش|الجلسة|المناقشة|"
        r"الحوار)\s+بالقول\s+(?:إن|أن)\s",
        r"^و?(?:وجد|وجدت|لاحظ|لاحظت|خلص|خلصت|أكد|أكدت|رأى|رأت|اعتبر|اعتبرت)\s+(?:\S+\s+)?"
        r"(?-i:[A-Z]{2,6})\s+(?:إلى\s+)?أن\s",
    ],
}
