"""A body's own voice kept around a point, in six languages: the recommendation in the
subjunctive rewritten with "should", the first person plural's call, a frame in the middle of
the sentence, a hedged view, Arabic frames taken off where the rest stands (``synth.kinds``;
measured on ``kinds/dev14.yaml``, docs/quality.md, "a twenty-fourth round").

- rewrites (``VOICE_REWRITES``): a function of the match and of the rest of the sentence that
  gives the point, or None to leave the sentence to the frames:

  - "<the body> recommends that X <verb>" -> "X should <verb>" (English, the verb a base form
    of a short list, X a plural or an actor); "recommande que X <subjonctif>" -> "X
    devrai(en)t <infinitif>", "recomienda que X <subjuntivo>" -> "X debería(n) <infinitivo>",
    the verb one of a short list of subjunctive forms (any other verb leaves the frame);
  - a body or "we" that invites, asks or urges a party to act: "It invites parliaments to
    hold" -> "Parliaments should hold", "Nous demandons aux États de publier" -> "Les États
    devraient publier", "Nous appelons les universités à garder", "Pedimos a los gobiernos que
    publiquen", "Instamos a las universidades a mantener", "Сеть рекомендует регуляторам
    публиковать" -> "Регуляторам следует публиковать", "Мы призываем правительства публиковать"
    -> "Правительства должны публиковать", "我们呼吁各国政府公布" -> "各国政府应公布",
    "ندعو الحكومات إلى نشر" -> "يجب على الحكومات نشر", "أوصت الشبكة بأن تنشر الهيئات" ->
    "ينبغي أن تنشر الهيئات";
  - a frame in the middle: "Community networks, the network observed, cannot ..." ->
    "Community networks cannot ...", "..., observó la red, ...", "..., a constaté la
    coalition, ...", "..., отметила сеть, ...";
  - a view offered on a subject: "On X, the network's view, offered with caution, is that they
    ..." -> "X ...".
- frames (``VOICE_FRAMES``, taken off as the others): a body's finding or warning with a
  hedge between commas ("It also found, though the evidence is thinner, that", "También
  constató, aunque con menos datos, que", "Она также установила, хотя ..., что", "كما وجدت
  الشبكة، وإن ...، أن"), "The coalition warned that", "Коалиция предупредила, что",
  "联盟警告说，", "该网络审慎地认为，", "По мнению сети, высказанному ..., ...".
- Arabic (``ar_point``): after "أنّ" the subject is in the accusative, so a frame is
  taken off only where the case does not show in writing: the rest opens on a definite noun
  or a quantifier, and none of its first two words ends in "ين" or "ا" (a sound plural, a
  dual or an indefinite accusative would have to change); otherwise Arabic keeps its frame.

Precision first: a rewrite that would guess (a verb not in the lists, a comma inside the
party, a second "that" clause, a party that is the audience) gives None and the sentence keeps
its frame, as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from forum_messages.nlp.segment import arabic_plain

Rewrite = Callable[[re.Match[str], str], str | None]


def _set(words: str) -> frozenset[str]:
    """The words of a list written as text."""
    return frozenset(words.split())


_EN_BODY = (
    r"(?:policy network|best practice forum|bpf|dynamic coalition|coalition|network|track|"
    r"working group|task force|panel|forum|igf|alliance|initiative|partnership|committee|"
    r"council|secretariat|report|study|declaration|charter|statement|paper)"
)
_EN_SUBJ = (
    rf"(?:(?:the|its|this|our) (?:[\w'’-]+ ){{0,6}}?{_EN_BODY}(?: (?:on|for|of) [^,.;:]{{1,60}}?)?"
    r"|it|we(?:,? [^,.;:]{2,80}?,)?)"
)
#: base forms of verbs a recommendation asks for (no noun that also reads as one: "report",
#: "review", "map", "budget" are left out, and "fund" is read only after a plural or an actor)
_EN_VERBS = _set(
    """adopt allocate allow apply avoid ban be become build cap close collect commit consider
    consult cooperate coordinate create cut deliver develop disclose drop earmark
    empower enable end engage ensure establish expand extend fund give grant guarantee
    have help hire hold improve include introduce invest involve keep launch let limit
    lower make measure meet monitor offer pay phase prioritise prioritize promote
    protect provide publish put raise recognise recognize reduce refrain release remove
    repeal require reserve respect respond restore scrap seek set share simplify stop
    strengthen subsidise subsidize support take teach train translate treat renew update
    use waive work"""
)
_EN_ACTORS = _set(
    """government ministry regulator parliament state platform operator donor city school
    company authority body commission union community fund agency bank university
    library industry sector igf forum secretariat un unesco itu icann council
    administration municipality county province region country everyone nobody"""
)
_EN_NOT_PLURAL = _set("""its this his has was is as us does across always perhaps less""")
_EN_NO_PARTY = _set(
    """participants attendees audience speakers panellists panelists everyone delegates us them
    you readers members colleagues"""
)
_EN_DETERMINERS = _set(
    """the a an its their our this these those all every each any no some of to in on for"""
)
_EN_MODALS = _set("""should must shall""")
_EN_FINITE = _set(
    """is are was were has had will would can could may might do does did been being"""
)


def _en_party(words: list[str], verb: str) -> bool:
    """Whether ``words`` read as the party a recommendation is addressed to."""
    if not words or len(words) > 10 or any(not re.fullmatch(r"[\w'’-]+", w) for w in words):
        return False
    last = words[-1].casefold()
    if last in _EN_DETERMINERS or any(w.casefold() in _EN_FINITE for w in words):
        return False
    if words[0].casefold() in _EN_NO_PARTY:
        return False
    plural = (
        len(last) >= 4 and last.endswith("s") and not last.endswith(("ss", "us", "is"))
    ) and last not in _EN_NOT_PLURAL
    return plural or last in _EN_ACTORS or verb == "be"


def en_should(_m: re.Match[str], rest: str) -> str | None:
    """ "X publish ..." (after "recommends that") -> "X should publish ..."; None unless the
    verb is a base form of ``_EN_VERBS`` after a party (or "should", "must": kept as is)."""
    if re.search(r"\band that\b|;", rest, re.I):
        return None
    words = rest.split(" ")
    for i, word in enumerate(words[:12]):
        w = word.casefold()
        if w in _EN_MODALS:
            return rest if _en_party(words[:i], "be") else None
        neg = w == "not" and i + 1 < len(words)
        at = i + 1 if neg else i
        verb = words[at].casefold()
        if verb in _EN_VERBS and _en_party(words[:i], verb):
            after = words[at + 1 :]
            if after and after[0].casefold() == "been":
                return None
            head = " ".join(words[:i])
            return " ".join([head, "should", *(["not"] if neg else []), *words[at:]])
        if w in _EN_FINITE:
            return None
    return None


def en_to_should(m: re.Match[str], rest: str) -> str | None:
    """ "<we|it|the body> invites X to <verb>" -> "X should <verb>" (the verb of
    ``_EN_VERBS``, X not the audience)."""
    who = m.group("who")
    first = rest.split(" ", 1)[0].casefold()
    if first not in _EN_VERBS or not _en_party(who.split(" "), first):
        return None
    return f"{who} should {rest}"


def _head_and_rest(m: re.Match[str], rest: str) -> str | None:
    """A frame in the middle of a sentence taken off: the words before it, then the rest."""
    return f"{m.group('head')} {rest}"


def _subject_for_pronoun(m: re.Match[str], rest: str) -> str | None:
    """ "On X, <the body's view ...> is that they ..." -> "X ..." (the pronoun stands for X);
    the rest as is when it does not open on "they" or "it"."""
    subject = m.group("on")
    pronoun = re.match(r"(?:they|it)\s", rest, re.I)
    if subject and pronoun:
        return f"{subject} {rest[pronoun.end() :]}"
    return rest


# ------------------------------------------------------------------ Spanish and French verbs


def _es_forms() -> dict[str, str]:
    """Third-person subjunctive forms (singular and plural) -> the infinitive."""
    regular = _set(
        """publicar financiar garantizar adoptar crear destinar eliminar consultar apoyar
    revisar asignar celebrar integrar impulsar fomentar respetar coordinar facilitar
    reservar regular limitar informar presentar dotar capacitar contratar pagar
    subvencionar bajar derogar reformar modificar aplicar implementar desarrollar
    diseñar elaborar recopilar incorporar tomar usar adaptar dedicar tratar
    involucrar escuchar habilitar instalar conectar actualizar priorizar utilizar
    realizar reforzar considerar asegurar garantizar eximir permitir compartir abrir
    cumplir difundir suprimir recoger responder establecer ofrecer fortalecer
    reconocer proteger exigir incluir construir distribuir contribuir reducir
    traducir producir consagrar mantener publicar prestar velar dejar"""
    )
    irregular = {
        "tener": "tenga", "mantener": "mantenga", "obtener": "obtenga", "hacer": "haga",
        "poner": "ponga", "disponer": "disponga", "promover": "promueva",
        "invertir": "invierta", "resolver": "resuelva", "devolver": "devuelva",
        "medir": "mida", "pedir": "pida", "elegir": "elija", "corregir": "corrija",
        "seguir": "siga", "ser": "sea", "dar": "dé", "estar": "esté", "haber": "haya",
        "ampliar": "amplíe", "evaluar": "evalúe", "aprobar": "apruebe", "probar": "pruebe",
        "mostrar": "muestre", "cerrar": "cierre", "empezar": "empiece",
        "comenzar": "comience", "extender": "extienda", "prohibir": "prohíba",
        "rendir": "rinda", "contar": "cuente", "volver": "vuelva",
    }  # fmt: skip
    out: dict[str, str] = {}
    for inf in sorted(regular):
        if inf in irregular:
            continue
        stem, end = inf[:-2], inf[-2:]
        if end == "ar":
            stem = re.sub(r"c$", "qu", stem)
            stem = re.sub(r"g$", "gu", stem)
            stem = re.sub(r"z$", "c", stem)
            sg = stem + "e"
        else:
            if inf.endswith("uir"):
                stem += "y"
            elif stem.endswith("g"):
                stem = stem[:-1] + "j"
            elif re.search(r"[aeiou]c$", stem):
                stem = stem[:-1] + "zc"
            sg = stem + "a"
        out[sg], out[sg + "n"] = inf, inf
    for inf, sg in irregular.items():
        out[sg] = inf
        out[sg.replace("é", "e") + "n" if sg.endswith("é") else sg + "n"] = inf
    return out


def _fr_forms() -> dict[str, str]:
    """Third-person subjunctive forms (singular and plural) -> the infinitive."""
    first = _set(
        """publier financer adopter créer consacrer supprimer consulter réserver intégrer
    associer accorder allouer évaluer respecter limiter mesurer réviser exiger
    encourager protéger imposer former recruter baisser abaisser lever abroger
    modifier appliquer développer élaborer collecter incorporer utiliser adapter
    traiter impliquer écouter installer connecter actualiser prioriser privilégier
    renforcer considérer informer présenter doter indemniser subventionner partager
    veiller assurer garder cesser arrêter accélérer intégrer dédier destiner
    consulter inscrire"""
    )
    second = _set("""garantir établir investir fournir définir élargir réunir remplir""")
    irregular = {
        "faire": ("fasse", "fassent"), "être": ("soit", "soient"), "avoir": ("ait", "aient"),
        "prévoir": ("prévoie", "prévoient"), "inclure": ("inclue", "incluent"),
        "mettre": ("mette", "mettent"), "permettre": ("permette", "permettent"),
        "prendre": ("prenne", "prennent"), "traduire": ("traduise", "traduisent"),
        "réduire": ("réduise", "réduisent"), "reconnaître": ("reconnaisse", "reconnaissent"),
        "soutenir": ("soutienne", "soutiennent"), "tenir": ("tienne", "tiennent"),
        "maintenir": ("maintienne", "maintiennent"), "offrir": ("offre", "offrent"),
        "ouvrir": ("ouvre", "ouvrent"), "rendre": ("rende", "rendent"),
        "répondre": ("réponde", "répondent"), "étendre": ("étende", "étendent"),
        "interdire": ("interdise", "interdisent"), "payer": ("paie", "paient"),
        "inscrire": ("inscrive", "inscrivent"),
    }  # fmt: skip
    out: dict[str, str] = {}
    for inf in sorted(first):
        if inf in irregular:
            continue
        stem = re.sub(r"é([^aeiouyé]+)$", r"è\1", inf[:-2])
        out[stem + "e"], out[stem + "ent"] = inf, inf
    for inf in sorted(second):
        out[inf[:-2] + "isse"], out[inf[:-2] + "issent"] = inf, inf
    for inf, (sg, pl) in irregular.items():
        out[sg], out[pl] = inf, inf
    return out


ES_SUBJUNCTIVE = _es_forms()
FR_SUBJUNCTIVE = _fr_forms()
_ES_DET = (
    r"(?:el|la|los|las|cada|todo|toda|todos|todas|un|una|unos|unas|sus|nuestros|nuestras|"
    r"nuestro|nuestra|estos|estas)"
)
_FR_DET = (
    r"(?:le|la|les|l['’]|chaque|tout|toute|tous|toutes|des|un|une|ces|leurs|nos|ses|aucun|aucune)"
)
_OUR = {"nuestros": "los", "nuestras": "las", "nuestro": "el", "nuestra": "la", "nos": "les"}


def _plain_party(who: str) -> str | None:
    """The party with "our" made "the" (None for "notre": its gender is not known)."""
    first, _, tail = who.partition(" ")
    if first.casefold() == "notre":
        return None
    if first.casefold() in _OUR:
        return f"{_OUR[first.casefold()]} {tail}"
    return who


_CLITICS = {
    "es": _set("""se le les lo la los las me nos te no que quien"""),
    "fr": _set("""se s' s’ le la les l' l’ leur lui y en ne n' n’ qui que"""),
}


def _subjunctive(
    rest: str, lang: str, more: dict[str, str] | None = None
) -> tuple[str, str, str] | None:
    """(the party, the verb's subjunctive form, what follows) in "<party> <verb> ...": the
    party opens on a determiner, holds no comma and no clitic before the verb (the forms of
    ``ES_SUBJUNCTIVE`` / ``FR_SUBJUNCTIVE``, and ``more``)."""
    det, forms = (_ES_DET, ES_SUBJUNCTIVE) if lang == "es" else (_FR_DET, FR_SUBJUNCTIVE)
    forms = {**forms, **more} if more else forms
    found = _strict_subjunctive(rest, lang, forms, det)
    if found is None:  # a party joined by "y la" or holding a relative clause
        from forum_messages.synth import kind_cues_voice10 as voice10

        found = voice10.wide_subjunctive(rest, lang, forms, det, _CLITICS[lang])
    return found


def _strict_subjunctive(
    rest: str, lang: str, forms: dict[str, str], det: str
) -> tuple[str, str, str] | None:
    """``_subjunctive``'s party with no clitic and no comma, at most ten words."""
    if not re.match(rf"{det}(?:\s|(?<=['’]))", rest, re.I):
        return None
    words = rest.split(" ")
    for i in range(1, min(len(words), 11)):
        w = words[i]
        if i == 1 and not re.match(r"l['’]\w", words[0]):
            continue  # a determiner alone is no party ("la forme ...")
        if re.search(r"[,;:()]", words[i - 1]) or words[i - 1].casefold() in _CLITICS[lang]:
            return None
        if w in forms:
            return " ".join(words[:i]), w, " ".join(words[i + 1 :])
    return None


def _modal(lang: str, form: str) -> str:
    """ "should" agreeing with the subjunctive form's number."""
    plural = form.endswith("n") if lang == "es" else form.endswith("ent")
    return {"es": ("debería", "deberían"), "fr": ("devrait", "devraient")}[lang][plural]


def _should_subjunctive(lang: str) -> Rewrite:
    def rewrite(_m: re.Match[str], rest: str) -> str | None:
        """ "<party> <subjunctive> ..." -> "<party> debería(n) / devrai(en)t <infinitive> ..."."""
        found = _subjunctive(rest, lang)
        party = found and _plain_party(found[0])
        if not found or not party:
            return None
        forms = ES_SUBJUNCTIVE if lang == "es" else FR_SUBJUNCTIVE
        _, form, after = found
        return f"{party} {_modal(lang, form)} {forms[form]} {after}".rstrip()

    return rewrite


def es_party_subjunctive(m: re.Match[str], rest: str) -> str | None:
    """ "Pedimos a los gobiernos que publiquen ..." -> "Los gobiernos deberían publicar ..."."""
    first, _, after = rest.partition(" ")
    party = _plain_party(m.group("who"))
    if first not in ES_SUBJUNCTIVE or not party or not after:
        return None
    return f"{party} {_modal('es', first)} {ES_SUBJUNCTIVE[first]} {after}"


_INFINITIVE = {
    "es": re.compile(r"\w+(?:ar|er|ir)(?:se|lo|la|los|las)?\b"),
    "fr": re.compile(r"(?:ne pas |n['’]|se |s['’])?\w+(?:er|ir|re|oir)\b"),
}
_PLURAL = {
    "es": re.compile(r"(?:los|las|todos|todas|nuestros|nuestras|unos|unas|estos|estas)\s", re.I),
    "fr": re.compile(r"(?:les|tous les|toutes les|nos|des|ces|leurs)\s", re.I),
}
_AND_TO = re.compile(r"\b(et|ou|y|o) (?:à|de|d['’]|a) (?=(?:se |s['’])?\w+(?:er|ir|re|oir|ar)\b)")
_FR_TO = {"aux": "les ", "au": "le ", "à la": "la ", "à l'": "l'", "à l’": "l’"}


def _party_infinitive(lang: str) -> Rewrite:
    def rewrite(m: re.Match[str], rest: str) -> str | None:
        """ "<calls> <party> a / à / de <infinitive> ..." -> "<party> debería(n) / devrai(en)t
        <infinitive> ..."."""
        if not _INFINITIVE[lang].match(rest):
            return None
        to = m.groupdict().get("to")
        if to:  # "aux États de", "au gouvernement de", "al gobierno a"
            who = m.groupdict().get("who2") or m.group("who")
            party = ("el " if to == "al" else _FR_TO[to.casefold()]) + who
            plural = to.casefold() == "aux"
        else:
            party = _plain_party(m.group("who")) or ""
            plural = bool(_PLURAL[lang].match(party + " "))
        if not party or re.search(r"[,;:]", party):
            return None
        modal = {"es": ("debería", "deberían"), "fr": ("devrait", "devraient")}[lang][plural]
        # "... à former X et à introduire Y" -> "... devraient former X et introduire Y"
        rest = _AND_TO.sub(r"\1 ", rest)
        return f"{party} {modal} {rest}"

    return rewrite


# ------------------------------------------------------------------ Russian, Chinese, Arabic

_RU_INF = re.compile(r"(?:[\w-]+о )?(?:не )?[\w-]+(?:ть|ться|ти|чь)\b")
_RU_NEUTER = _set(
    """правительства государства министерства ведомства агентства сообщества предприятия
    учреждения объединения"""
)


def ru_dative(m: re.Match[str], rest: str) -> str | None:
    """ "Сеть рекомендует регуляторам публиковать ..." -> "Регуляторам следует публиковать ..."
    (a noun in the genitive may follow the party: "министерствам образования")."""
    who = m.group("who")
    of = re.match(r"[\w-]+(?:а|я|ов|ев|ей|ий|ия|и|ы) (?=\S)", rest)
    if not _RU_INF.match(rest) and of and _RU_INF.match(rest[of.end() :]):
        who, rest = who + " " + of.group(0).strip(), rest[of.end() :]
    return f"{who} следует {rest}" if _RU_INF.match(rest) else None


def ru_accusative(m: re.Match[str], rest: str) -> str | None:
    """ "Мы призываем правительства публиковать ..." -> "Правительства должны публиковать ..."
    (the party in the plural of a thing, whose accusative is its nominative)."""
    who = m.group("who")
    last = who.rsplit(" ", 1)[-1].casefold()
    if not _RU_INF.match(rest) or not (last in _RU_NEUTER or re.search(r"[ыи]$", last)):
        return None
    return f"{who} должны {rest}"


def ru_so_that(_m: re.Match[str], rest: str) -> str | None:
    """ "Мы требуем, чтобы платформы отвечали ..." -> "Платформы должны отвечать ..."."""
    words = rest.split(" ")
    for i in range(1, min(len(words), 7)):
        if re.search(r"[,;:]", words[i - 1]) or words[i - 1].casefold() in ("не", "бы"):
            return None
        verb = re.sub(
            r"(?<=[аеиоуыяю])ли(сь)?$", lambda v: "ться" if v.group(1) else "ть", words[i]
        )
        if verb != words[i]:
            return " ".join([*words[:i], "должны", verb, *words[i + 1 :]])
    return None


def zh_should(m: re.Match[str], rest: str) -> str | None:
    """ "我们呼吁各国政府公布……" -> "各国政府应公布……"."""
    return f"{m.group('who')}应{rest}"


def ar_imperfect(word: str) -> bool:
    """Whether a word (without vowel marks) reads as a verb in the imperfect ("تنشر",
    "يخفض"), not a verbal noun ("تمويل", "تعاون", "تكلفة")."""
    if not re.fullmatch(r"[يت]\w{2,5}", word) or word.endswith(("ة", "ات")):
        return False
    return not ((len(word) == 5 and word[3] == "ي") or word[2] == "ا")


def ar_should_that(_m: re.Match[str], rest: str) -> str | None:
    """ "أوصت الشبكة بأن تنشر الهيئات ..." -> "ينبغي أن تنشر الهيئات ..." (the word after
    "أن" a verb in the imperfect, not a verbal noun: "تمويل", "تعاون", "تكلفة"; one of the
    shape of a verbal noun with a definite word after it, ``kind_cues_voice10.AR_FORM``)."""
    from forum_messages.synth import kind_cues_voice10 as voice10

    first, _, after = rest.partition(" ")
    word = arabic_plain(first)
    if not ar_imperfect(word) and not voice10.ar_form_verb(word, arabic_plain(after)):
        return None
    return f"ينبغي أن {rest}"


def ar_must_on(m: re.Match[str], rest: str) -> str | None:
    """ "ندعو الحكومات إلى نشر ..." -> "يجب على الحكومات نشر ..."."""
    return f"يجب على {m.group('who')} {rest}"


#: Words after "أنّ" that read alike in the nominative: a quantifier or "there is".
_AR_OPENERS = _set("""معظم أغلب غالبية كل بعض جميع عدد نصف ثلث ربع أكثر هناك ثمة""")


#: Words ending in "ين" or "ا" that are no accusative: "بين" (between), "حين" (when), "لدينا",
#: "لا", "ما" (not).
_AR_PARTICLES = _set("""بين حين لدينا لا ما""")


#: a modal a later "وأن <verb>" goes with ("يجب أن تكون ...، وأن تُبنى ..."): part of the point
_AR_MODAL = re.compile(r"(?:يجب|ينبغي|يمكن|يتعين|لا بد|من الضروري|من المهم)\s+(?:أن|ألا)\s")
_AR_AND_THAT = re.compile(r"(?:^|\s)و(أن[\u064b-\u0652]*)\s+")


#: the second word of a clause after "أنّ" read for the subject's case only where it may agree
#: with it (``_ar_agrees``; docs/quality.md, "a thirty-eighth round"); off: as before
AGREEMENT = True
#: quantifiers that head a construct: the noun after them is in the genitive with or without
#: "أنّ" ("معظم الناخبين"); "هناك" and "ثمة" are followed by the subject itself
_AR_CONSTRUCT_OPENERS = _AR_OPENERS - _set("""هناك ثمة""")


def _ar_agrees(words: list[str]) -> bool:
    """Whether the second word of a clause after "أنّ" may carry the subject's case: not when
    it is the definite genitive of a construct ("معظم الناخبين", "تعاونيات الصيادين": the same
    without "أنّ"), nor, ending in "ا", after a definite subject, which takes no "ًا" and whose
    adjective is definite too ("الحكومات وحدها", "المكتبات أيضا")."""
    first, second = words[0], words[1]
    if second.startswith("ال") and not first.startswith("ال"):
        # a construct (the opener or its first noun, checked by the caller): not after "هناك"
        return first in _AR_OPENERS and first not in _AR_CONSTRUCT_OPENERS
    return not (first.startswith("ال") and second.endswith("ا") and not second.endswith("ين"))


def _ar_stands(words: list[str]) -> bool:
    """Whether a clause after "أنّ" reads the same without it: it opens on a definite noun, a
    quantifier or the first noun of a construct ("رسوم الطيف"), and neither of its first two
    words ends in "ين" or "ا" (an accusative that would show in writing); the second word's
    ending counts only where it may agree with the subject (``_ar_agrees``)."""
    if len(words) < 2:
        return False
    construct = any(w.startswith("ال") for w in words[1:3]) and not words[0].endswith(("ي", "و"))
    if not (words[0].startswith("ال") or words[0] in _AR_OPENERS or construct):
        return False
    first = words[:2] if not AGREEMENT or _ar_agrees(words) else words[:1]
    return not any(w.endswith(("ين", "ا")) for w in first if w not in _AR_OPENERS | _AR_PARTICLES)


def _ar_second_clauses(rest: str) -> str | None:
    """The rest with each second clause of the frame's ("، وأنّ البيانات ...") made part of the
    point ("، والبيانات ...") where its subject stands without "أنّ"; a "وأن <verb>" after a
    modal ("يجب أن ...، وأن تُبنى") is the point's own and stays; any other gives None."""
    out = rest
    for m in reversed(list(_AR_AND_THAT.finditer(rest))):
        after = arabic_plain(rest[m.end() :]).split()
        if after and ar_imperfect(after[0]) and _AR_MODAL.search(arabic_plain(rest[: m.start()])):
            continue
        if not _ar_stands(after):
            return None
        out = out[: m.start(1)] + out[m.end() :]
    return out


#: a participle that agreed with the frame's subject before a second clause: "، مشيرين إلى أن",
#: "، مؤكدات أن", "، معتبرا أن", "، لافتين إلى أن" (vowel marks allowed between the letters)
_AR_PARTICIPLE = re.compile(
    "،\\s*(?:"
    + "|".join(
        "[\u064b-\u0652]*".join(stem)
        for stem in ("مشير", "مؤكد", "معتبر", "موضح", "لافت", "منبه", "محذر")
    )
    + ")[\u064b-\u0652]*(?:ين|ات|ا|ة|تين|ان)?[\u064b-\u0652]*\\s+(?:إلى\\s+|على\\s+|من\\s+)?"
    "(?=[أإ]ن[\u064b-\u0652]*\\s)"
)


def _ar_participles(rest: str) -> str:
    """ "X، مشيرين إلى أن Y" -> "X، وأن Y": the participle's second clause made a second
    clause of the frame's, which ``_ar_second_clauses`` keeps where its subject stands."""
    return _AR_PARTICIPLE.sub("، و", rest)


def ar_point(frame: str, rest: str) -> str | None:
    """The Arabic point once ``frame`` is taken off, or None where it would not stand: a label
    ("المبدأ الرابع:"), or "أنّ" / "إنّ" (ending the frame or opening the rest) before a
    clause that stands without it (``_ar_stands``), its second clauses too
    (``_ar_second_clauses``)."""
    frame = arabic_plain(frame).strip()
    if frame.endswith((":", "：")):
        label = re.match(r"و?(?:المبدأ|التوصية|الالتزام|الأولوية|المطلب)\s", frame)
        return rest if label else None
    if not re.search(r"(?:^|\s|ب)[أإ]ن$", frame):
        # "أكد المشاركون" then "أنّ ..." in the rest
        that = re.match(r"(?:ب|على |إلى |من )?[أإ]ن[\u064b-\u0652]*\s+", rest)
        if not that:
            return None
        rest = rest[that.end() :]
    rest = _ar_participles(rest)
    plain = arabic_plain(rest)
    # a second clause of the frame's with a preposition ("وبأن ...", "فأن"), or a participle
    # that agreed with its subject ("مشيرين إلى أن ...") with no comma before it (after a comma
    # it is a second clause, ``_ar_participles``): the rest would not stand alone
    if re.search(r"(?:^|\s)(?:ف(?:ب|إلى )?|و(?:ب|إلى ))أن\s|إلى أن\s|(?:^|\s)مشير", plain):
        return None
    if not _ar_stands(plain.split()):
        return None
    return _ar_second_clauses(rest)


# ------------------------------------------------------------------ the patterns

_EN_RECOMMEND = (
    r"(?:recommends|recommended|recommend|proposes|proposed|propose|suggests|suggested|"
    r"suggest|demands|demanded|demand|insists|insisted|insist|requests|requested|request|"
    r"asks|asked|ask|urges|urged|urge)"
)
_EN_INVITE = (
    r"(?:invites|invited|invite|urges|urged|urge|asks|asked|ask|encourages|encouraged|"
    r"encourage|calls on|called on|call on|calls upon|called upon|call upon|appeals to|"
    r"appealed to|appeal to|requests|requested|request|recommends|recommended|recommend)"
)
_EN_HOW = r"(?:also |further |therefore |strongly |firmly |again |jointly )?"
_EN_FIND = (
    r"(?:found|finds|concluded|concludes|observed|observes|noted|notes|warned|warns|"
    r"cautioned|cautions|established|showed|shows|believes|believed|considers|considered|"
    r"argues|argued|stressed|stresses|recommends|recommended|suggests|suggested|reported|"
    r"reports|pointed out|points out)"
)
_ES_BODY = (
    r"(?:red(?: de políticas)?|foro(?: de (?:mejores|buenas) prácticas)?|coalición(?: dinámica)?|"
    r"vía|grupo de trabajo|panel|alianza|iniciativa|comité|consejo|secretaría|informe|estudio|"
    r"declaración)"
)
_ES_SUBJ = (
    rf"(?:(?:el|la|su|nuestra|nuestro|este|esta) (?:[\w-]+ ){{0,3}}?{_ES_BODY}\b"
    r"(?: (?:de|del|sobre|para|en) [^,.;:]{1,60}?)?)"
)
_ES_WE = r"(?:(?:nosotr[oa]s,? )?(?:[^,.;:]{2,80}?,\s)?)"
_FR_BODY = (
    r"(?:réseau(?: politique)?|forum(?: sur les bonnes pratiques)?|coalition(?: dynamique)?|"
    r"volet|groupe de travail|panel|alliance|initiative|comité|conseil|secrétariat|rapport|"
    r"étude|déclaration)"
)
_FR_SUBJ = (
    rf"(?:(?:le |la |l['’]|son |sa |notre |ce |cette )(?:[\w-]+ ){{0,3}}?{_FR_BODY}\b"
    r"(?: (?:de|du|des|sur|pour|en) [^,.;:]{1,60}?)?|il|elle|nous(?:, [^,.;:]{2,80},)?)"
)
_RU_BODY = (
    r"(?:сеть|форум\w*|коалиция|трек|рабочая группа|группа|альянс|инициатива|комитет|совет|"
    r"секретариат|доклад|исследование|декларация)"
)
_ZH_BODY = r"(?:网络|联盟|论坛|小组|工作组|轨道|代表|青年|我们|报告|宣言)"
_ZH_ACTORS = (
    r"(?:各国政府|地方政府|政府|各国|国家|监管机构|监管部门|教育部门|主管部门|部门|议会|立法机构|"
    r"平台企业|平台|企业|公司|运营商|捐助方|捐助者|捐助国|大学|高校|学校|合同|城市|国际组织|"
    r"联合国|媒体|图书馆|开发者|银行|社区|各方)"
)
#: what may follow the party in Chinese: a preposition, an adverb of time or manner, a verb
_ZH_NEXT = (
    r"(?:在|为|向|用|将|就|对|把|从|按|以|与其|每年|定期|尽快|立即|继续|进一步|共同|全面|切实|"
    r"不再|不要|不得|公布|发布|举行|提供|开放|保留|写|采取|建立|制定|确保|加强|支持|投资|减少|"
    r"停止|取消|承认|保护|尊重|落实|考虑|优先|推动|促进|设立|纳入|允许|禁止|资助|培训|翻译|"
    r"降低|简化|保障|增加|扩大|分享|共享|答复|回应|编列|投入|修订|废除)"
)
_AR_BODY = (
    r"(?:الشبكة|المنتدى|الائتلاف|المسار|الفريق|اللجنة|المبادرة|التحالف|التقرير|المشاركون|"
    r"المتحدثون)"
)
_AR_PARTY = r"(?P<who>(?:جميع |كل )?ال[^\s،,.؛:]+(?: ال[^\s،,.؛:]+){0,2})"

VOICE_REWRITES: dict[str, list[tuple[str, Rewrite]]] = {
    "en": [
        # "The coalition recommends that regulators publish" -> "Regulators should publish"
        (
            rf"^(?:{_EN_SUBJ}|(?:the )?(?:participants|speakers|panel+ists|delegates|experts|"
            rf"members)) {_EN_HOW}{_EN_RECOMMEND} that,? ",
            en_should,
        ),
        # "It invites parliaments to hold" -> "Parliaments should hold"
        (
            rf"^{_EN_SUBJ} {_EN_HOW}{_EN_INVITE} (?:our |all )?(?P<who>[^,.;:]{{2,60}}?) to ",
            en_to_should,
        ),
        # "Community networks, the network observed, cannot ..." -> "Community networks cannot"
        (
            r"^(?P<head>(?-i:[A-Z])[^,;:]{2,80}?), (?:as )?(?:(?:the|its|our) (?:[\w'’-]+ ){0,3}?"
            rf"{_EN_BODY}|it|they) {_EN_HOW}{_EN_FIND}, ",
            _head_and_rest,
        ),
        # "On X, the network's view, offered with caution, is that they ..." -> "X ..."
        (
            r"^(?:on (?P<on>[^,]{2,60}), )?(?:the|its|our) (?:[\w'’-]+ ){0,4}?"
            rf"{_EN_BODY}['’]s? (?:view|conclusion|finding|assessment|position|verdict|"
            r"reading|judge?ment)(?:, [^,]{2,100},)? is that,? ",
            _subject_for_pronoun,
        ),
    ],
    "es": [
        # "La red recomienda que los reguladores publiquen" -> "Los reguladores deberían publicar"
        (
            rf"^(?:{_ES_SUBJ} (?:también |además )?(?:recomienda|recomendó|recomiendan|"
            r"recomendaron|propone|propuso|pide|pidió|exige|exigió|solicita|solicitó|sugiere|"
            rf"sugirió)|{_ES_WE}(?:recomendamos|proponemos|exigimos|solicitamos|reclamamos)|"
            r"se (?:recomienda|recomendó|propone|propuso|sugiere|sugirió|pide|pidió|solicita|"
            r"solicitó)) que ",
            _should_subjunctive("es"),
        ),
        # "Pedimos a los gobiernos que publiquen" -> "Los gobiernos deberían publicar"
        (
            rf"^(?:{_ES_SUBJ} (?:también |además )?(?:pide|pidió|solicita|solicitó|exige|exigió|"
            rf"recomienda|recomendó)|{_ES_WE}(?:pedimos|solicitamos|exigimos|recomendamos)) a "
            r"(?P<who>(?:los|las|el|la|nuestros|nuestras|nuestro|nuestra|todos los|todas las) "
            r"[^,.;:]{2,60}?) que ",
            es_party_subjunctive,
        ),
        # "Instamos a las universidades a mantener" -> "Las universidades deberían mantener"
        (
            rf"^(?:{_ES_SUBJ} (?:también |además )?(?:insta|instó|invita|invitó|exhorta|exhortó|"
            rf"anima|animó|alienta|alentó|llama|llamó)|{_ES_WE}(?:instamos|invitamos|exhortamos|"
            r"animamos|alentamos|llamamos)) (?:a (?P<who>(?:los|las|el|la|nuestros|nuestras|"
            r"todos los|todas las) [^,.;:]{2,60}?)|(?P<to>al) (?P<who2>[^,.;:]{2,60}?)) a ",
            _party_infinitive("es"),
        ),
        # "Las redes comunitarias, observó la red, no pueden ..."
        (
            r"^(?P<head>(?-i:[A-ZÁÉÍÓÚÑ])[^,;:]{2,80}?), (?:como )?(?:observó|constató|señaló|"
            r"advirtió|concluyó|halló|comprobó|subrayó|recomienda|recomendó|sostiene|considera)"
            rf" (?:el|la) (?:[\w-]+ ){{0,3}}?{_ES_BODY}\b, ",
            _head_and_rest,
        ),
    ],
    "fr": [
        # "La coalition recommande que les ministères financent" -> "Les ministères devraient
        # financer"
        (
            rf"^{_FR_SUBJ} (?:(?:a|ont) (?:également |aussi )?(?:recommandé|demandé|proposé|"
            r"exigé|suggéré)|(?:recommande|recommandons|demande|demandons|propose|proposons|"
            r"exige|exigeons|suggère|suggérons)(?: (?:également|aussi|donc))?) qu(?:e |['’])",
            _should_subjunctive("fr"),
        ),
        # "Nous demandons aux États de publier" -> "Les États devraient publier"
        (
            rf"^{_FR_SUBJ} (?:(?:a|ont) (?:également |aussi )?(?:recommandé|demandé|proposé|"
            r"suggéré|conseillé)|(?:recommande|recommandons|demande|demandons|propose|"
            r"proposons|suggère|suggérons|conseille|conseillons)(?: (?:également|aussi|donc))?)"
            r" (?P<to>aux|au|à la|à l['’])\s?(?P<who>[^,.;:]{2,60}?) d(?:e |['’])",
            _party_infinitive("fr"),
        ),
        # "Nous appelons les universités à garder" -> "Les universités devraient garder"
        (
            rf"^{_FR_SUBJ} (?:(?:a|ont) (?:également |aussi )?(?:invité|appelé|exhorté|encouragé|"
            r"engagé|incité)|(?:invite|invitons|appelle|appelons|exhorte|exhortons|encourage|"
            r"encourageons|engage|engageons|incite|incitons)(?: (?:également|aussi|donc))?) "
            rf"(?P<who>(?:les|le|la|l['’]|tous les|toutes les|nos) ?[^,.;:]{{2,60}}?) à ",
            _party_infinitive("fr"),
        ),
        # "Les réseaux communautaires, a observé le réseau, ne peuvent ..."
        (
            r"^(?P<head>(?-i:[A-ZÀ-Ý])[^,;:]{2,80}?), (?:comme )?(?:a|l['’]a) (?:observé|"
            r"constaté|relevé|souligné|averti|conclu|noté|montré|recommandé) (?:le |la |l['’])"
            rf"(?:[\w-]+ ){{0,3}}?{_FR_BODY}\b, ",
            _head_and_rest,
        ),
    ],
    "ru": [
        # "Сеть рекомендует регуляторам публиковать" -> "Регуляторам следует публиковать"
        (
            rf"^(?:[\w-]+ ){{0,3}}?(?:{_RU_BODY}|она|он|мы)(?: также| тоже)? (?:рекомендует|"
            r"рекомендовал[аио]?|рекомендуем|предлагает|предложил[аио]?|предлагаем|советует|"
            r"советуем) (?P<who>(?:[\w-]+ ){0,3}?[\w-]+(?:ам|ям)) ",
            ru_dative,
        ),
        # "Мы призываем правительства публиковать" -> "Правительства должны публиковать"
        (
            rf"^(?:мы,? (?:[^,.;:]{{2,80}},\s)?|(?:[\w-]+ ){{0,3}}?{_RU_BODY} )(?:также |тоже )?"
            r"(?:призываем|призывает|призвал[аио]?|призываю) (?P<who>(?:[\w-]+ ){0,3}?[\w-]+) ",
            ru_accusative,
        ),
        # "Мы требуем, чтобы платформы отвечали" -> "Платформы должны отвечать"
        (
            rf"^(?:мы,? (?:[^,.;:]{{2,80}},\s)?|(?:[\w-]+ ){{0,3}}?{_RU_BODY} )(?:также |тоже )?"
            r"(?:требуем|требует|потребовал[аио]?|настаиваем|настаивает|рекомендуем|"
            r"рекомендует|предлагаем|предлагает|просим|просит)(?: на том)?, чтобы ",
            ru_so_that,
        ),
        # "Общественные сети, отметила сеть, не могут ..."
        (
            r"^(?P<head>(?-i:[А-ЯЁ])[^,;:]{2,80}?), (?:как )?(?:(?:отметил[аио]?|установил[аио]?|"
            r"выяснил[аио]?|подчеркнул[аио]?|заключил[аио]?|указал[аио]?|предупредил[аио]?)"
            rf" (?:[\w-]+ ){{0,2}}?{_RU_BODY}\w*|(?:[\w-]+ ){{0,2}}?{_RU_BODY}\w* (?:отметил[аио]?|"
            r"установил[аио]?|выяснил[аио]?|подчеркнул[аио]?|заключил[аио]?|указал[аио]?|"
            r"предупредил[аио]?)), ",
            _head_and_rest,
        ),
    ],
    "zh": [
        # "我们呼吁各国政府公布" -> "各国政府应公布",
        # "该网络建议监管机构每年公布" -> "监管机构应每年公布"
        (
            rf"^(?:该|这个|本)?[^，,。：:；;]{{0,20}}?{_ZH_BODY}(?:还|也|再次|进一步|强烈)?"
            rf"(?:建议|呼吁|敦促|要求|促请|吁请|请求)(?P<who>[^，,。：:；;]{{0,12}}?{_ZH_ACTORS})"
            rf"(?![和与及、的])(?={_ZH_NEXT})",
            zh_should,
        ),
    ],
    "ar": [
        # "أوصت الشبكة بأن تنشر الهيئات" -> "ينبغي أن تنشر الهيئات"
        (
            r"^و?(?:أوصى|أوصت|يوصي|توصي|نوصي|اقترح|اقترحت|يقترح|تقترح|نقترح|طالب|طالبت|يطالب|"
            rf"تطالب|نطالب)(?:\s+{_AR_BODY})?(?:\s+أيضا)?\s+ب?أن\s+",
            ar_should_that,
        ),
        # "ندعو الحكومات إلى نشر" -> "يجب على الحكومات نشر"
        (
            r"^(?:نحن\s+[^،,.؛:]{2,60}?\s+)?و?(?:(?:ندعو|نحث|نناشد)\s+|(?:تدعو|يدعو|دعا|دعت|"
            rf"تحث|يحث|حث|حثت)\s+{_AR_BODY}\s+)(?:أيضا\s+)?{_AR_PARTY}\s+(?:إلى|على)\s+",
            ar_must_on,
        ),
        # "نطالب الحكومات بتخصيص" -> "يجب على الحكومات تخصيص"
        (
            r"^(?:نحن\s+[^،,.؛:]{2,60}?\s+)?و?(?:نطالب\s+|(?:تطالب|يطالب|طالب|طالبت)\s+"
            rf"{_AR_BODY}\s+)(?:أيضا\s+)?{_AR_PARTY}\s+ب(?=[^\s]{{3,}})",
            ar_must_on,
        ),
    ],
}

VOICE_FRAMES: dict[str, list[str]] = {
    "en": [
        # "It also found, though the evidence is thinner, that", "The coalition warned that"
        rf"^(?:it|they|(?:the|its) (?:[\w'’-]+ ){{0,4}}?{_EN_BODY}"
        rf"(?: (?:on|for|of) [^,.;:]{{1,60}}?)?) {_EN_HOW}{_EN_FIND}, [^,]{{2,100}}, that,? ",
        rf"^(?:the|its) (?:[\w'’-]+ ){{0,4}}?{_EN_BODY}(?: (?:on|for|of) [^,.;:]{{1,60}}?)? "
        r"(?:also |further )?(?:warned|warns|cautioned|cautions|observed|observes|noted|notes)"
        r" that,? ",
    ],
    "es": [
        # "También constató, aunque con menos datos, que", "La coalición advirtió que"
        r"^(?:también|además|asimismo),? (?:constató|concluyó|comprobó|halló|encontró|observó|"
        r"advirtió|determinó), [^,]{2,100}, que ",
        rf"^{_ES_SUBJ} (?:también |además )?(?:constató|concluyó|comprobó|halló|observó|"
        r"advirtió|determinó|señaló)(?:, [^,]{2,100},)? que ",
    ],
    "fr": [
        # "Il a également constaté, même si ..., que", "La coalition a averti que"
        r"^(?:il|elle) a (?:également |aussi |en outre |par ailleurs |de plus )?(?:constaté|"
        r"conclu|observé|relevé|établi|montré|averti), [^,]{2,100}, qu['’e] ?",
        rf"^(?:le |la |l['’])(?:[\w-]+ ){{0,3}}?{_FR_BODY}\b(?: (?:de|du|des|sur|pour|en) "
        r"[^,.;:]{1,60}?)? a (?:également |"
        r"aussi )?(?:averti|constaté|observé|relevé|conclu|souligné)(?:, [^,]{2,100},)? "
        r"qu['’e] ?",
        # "Selon le réseau, dont l'avis reste prudent ..., ..."
        rf"^selon (?:le |la |l['’])(?:[\w-]+ ){{0,3}}?{_FR_BODY}\b, [^,]{{2,100}}, ",
    ],
    "ru": [
        # "Коалиция предупредила, что", "Она также установила, хотя ..., что"
        rf"^(?:[\w-]+ ){{0,2}}?{_RU_BODY}(?: также| тоже)? (?:установил[аио]?|"
        r"выяснил[аио]?|обнаружил[аио]?|предупредил[аио]?|отметил[аио]?|подчеркнул[аио]?|"
        r"пришл[аио]? к выводу|пришёл к выводу)(?:, [^,]{2,100})?, что ",
        # a pronoun for the body: only its findings, with a hedge ("Она отметила, что" is
        # one person's words)
        r"^(?:она|оно|они)(?: также| тоже)? (?:установил[аио]?|выяснил[аио]?|обнаружил[аио]?|"
        r"пришл[аио]? к выводу), [^,]{2,100}, что ",
        # "По мнению сети, высказанному с осторожностью ..., ..."
        r"^по мнению (?:[\w-]+ ){0,2}?(?:сети|коалиции|форума|группы|трека)"
        r"(?:, [^,]{2,100})?, ",
        # "Вывод сети состоит в том, что"
        r"^(?:главный |основной )?вывод (?:[\w-]+ ){0,2}?(?:сети|коалиции|форума|группы|трека)"
        r" (?:состоит в том|заключается в том), что ",
    ],
    "zh": [
        # "联盟警告说，", "该网络审慎地认为，", "联盟观察到，"
        rf"^(?:该|这个|本)?[^，,。：:；;]{{0,20}}?{_ZH_BODY}(?:还|也)?(?:[^，,。]{{1,4}}地)?"
        r"(?:警告说|警告|观察到|注意到|指出|认为|强调)[，,：:]",
    ],
    "ar": [
        # "كما وجدت الشبكة، وإن كانت الأدلة أقل، أن"
        r"^(?:و?كما\s+)?(?:وجدت?|خلصت?|توصلت?|لاحظت?|رأت?|حذرت?)\s+"
        rf"{_AR_BODY}،\s*[^،]{{2,80}}،\s*(?:(?:إلى|من)\s+)?أن\s",
        # "حذر الائتلاف من أن"
        rf"^و?(?:حذر|حذرت|نبه|نبهت)\s+{_AR_BODY}\s+من\s+أن\s",
    ],
}
