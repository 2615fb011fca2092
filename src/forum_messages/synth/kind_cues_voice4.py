"""Frames still left in message texts after ``kind_cues_voice3``: a noun phrase that carries the
point, a narrative preamble before the speaker (``synth.kinds.voiced``; measured on
``kinds/dev17.yaml``, docs/quality.md, "a twenty-ninth round"). Only the text changes.

- a noun phrase turned into a clause (``VOICE4_REWRITES``), only where the grammar is safe:
  English "<speakers> highlighted the importance of X" -> "X is / are important", "underlined
  the role of X in Y" -> "X has / have a role in Y" (X a plain noun phrase: no clause, no
  gerund, no second "the need" or "the importance" coordinated in it; its number read from
  its head); Spanish "destacaron la importancia de las X" -> "Las X son importantes", "la
  necesidad de un X" -> "Se necesita un X", "el papel de las X en Y" -> "Las X tienen un papel
  en Y" (the article gives the number; a bare noun after "de" only for "la necesidad");
  French "ont insisté sur la nécessité d'un X" -> "Il faut un X", "l'importance du X" -> "Le X
  est important" (only "du" and "de la": "des" and "de l'" give no gender), "le rôle des X
  dans Y" -> "Les X jouent un rôle dans Y", "ont mis en garde contre les X, qui Y" -> "Les X
  Y"; Russian "подчеркнули необходимость <infinitive>" -> "Необходимо <infinitive>";
  Chinese "强调了X的重要性" (or "了X的重要性" once the kinds step took the speaker off) ->
  "X很重要", "X在Y中的作用" -> "X在Y中发挥作用"; Arabic "شدد ... على ضرورة <masdar>" ->
  "ينبغي <masdar>"; a spoken aside "And this came up again and again in the questions, X" -> "X";
- a narrative preamble (``PREAMBLES``): "Opening the session, ", "In her intervention, ",
  "Speaking for the youth caucus, ", "Al abrir la sesión, ", "En su intervención, ", "En
  ouvrant la séance, ", "Dans son intervention, ", "Открывая заседание, ", "В своём
  выступлении ", "在开幕致辞中，", "وفي كلمته، ": taken off only when what follows is a frame
  the kinds step or the voice rewrites take off ("the chair recalled that X" -> "X"); "In its
  first decade, the network connected forty villages" stays as written;
- a speaker's occasion inside a Chinese frame (``VOICE4_FRAMES``): "协调员在介绍中解释说，",
  "主席在开幕时回顾说，".

Precision first: a noun phrase whose number or gender cannot be read, a clause in it, a
relative clause on it after its comma ("the importance of X, without which ..."), a preamble
before a sentence that is no frame, gives None and the sentence stays as written.
"""

from __future__ import annotations

import re

from forum_messages.nlp.segment import arabic_plain
from forum_messages.synth.kind_cues_voice2 import Rewrite, ar_imperfect
from forum_messages.synth.kind_cues_voice3 import (
    _EN_WHO,
    _ES_NOT_VERB,
    _FR_NOT_VERB,
    _RU_INF,
    _RU_NOT_VERB,
)

_END = re.compile(r"[.!?。！？]+$")


def _split_end(rest: str) -> tuple[str, str]:
    end = _END.search(rest)
    return (rest[: end.start()], end.group(0)) if end else (rest, "")


# ------------------------------------------------------------------ English

#: words that end a noun phrase's head ("offline backups for land registries": "backups")
_EN_PREP = (
    r"(?:of|for|in|on|to|with|at|by|from|among|across|within|without|under|between|about|"
    r"against|through|into|as|during|beyond)"
)
_EN_NOT_PLAIN = re.compile(
    r"\b(?:that|whether|how|what|which|who|where|when|why|if|because|so|while|being|"
    r"should|must|can|could|would|will|is|are|was|were|has|have|had)\b|"
    r"\band (?:the |an? )?(?:need|importance|role|necessity)\b",
    re.I,
)
_EN_SINGULAR_S = frozenset(
    [
        "news",
        "data",
        "analysis",
        "basis",
        "crisis",
        "status",
        "campus",
        "bus",
        "process",
        "access",
        "progress",
        "business",
        "address",
        "success",
        "economics",
        "politics",
        "ethics",
        "physics",
        "mathematics",
        "series",
        "species",
        "means",
        "gas",
        "lens",
        "census",
        "consensus",
    ]
)
_EN_PLURAL = frozenset(["people", "children", "women", "men", "police", "media"])


#: what follows X's comma when it is a relative clause on X ("the importance of X, without which
#: ...", "the role of X in Y, most of whom ..."): once X is the subject of "is important" or "has a
#: role", the relative dangles, and the sentence stays as written
_EN_RELATIVE = re.compile(r"^(?:[\w-]+ ){0,2}?(?:which|whom|whose|who|where)\b", re.I)
#: "without which Y" after X's comma: said again with a pronoun for X ("X is important:
#: without it, Y")
_EN_PREP_WHICH = re.compile(r"^(without|with|through|by) which ", re.I)


def _en_plain(np: str) -> bool:
    """Whether ``np`` reads as a plain noun phrase: no clause, no gerund or infinitive
    opening it, no second "the need" or "the importance" coordinated in it, up to 15 words."""
    words = np.split()
    if not words or len(words) > 15 or _EN_NOT_PLAIN.search(np) or ";" in np:
        return False
    return not (words[0].casefold().endswith("ing") or words[0].casefold() == "to")


#: gerunds that open a clause, not a compound noun ("involving children", "ensuring that ..."
#: where "training centres", "funding mechanisms", "reporting requirements" are nouns): the
#: phrase they open is the subject, singular
_EN_CLAUSE_GERUND = frozenset(
    re.findall(
        r"\w+",
        """involving ensuring engaging empowering enabling including consulting listening
        protecting respecting upholding bridging closing addressing tackling equipping reaching
        connecting investing giving making keeping bringing putting allowing helping preventing
        avoiding combating combatting fighting raising recognising recognizing reducing
        designing creating establishing strengthening integrating adopting expanding improving
        using aligning coordinating simplifying maintaining preserving securing safeguarding""",
    )
)
#: "by" and who before the full stop of a passive frame ("was underlined by several speakers")
_EN_BY = (
    r"(?: by (?:(?:several|many|some|most|all|other|a few|both|numerous) )?(?:of )?(?:the )?"
    r"(?:participants|speakers|panel+ists|delegates|experts|members|attendees|discussants|"
    r"presenters|contributors|chair|chairperson|moderator|rapporteur|panel|minister|session|"
    r"discussion|meeting|forum|workshop))?"
)
_EN_PASSIVE_SAY = (
    r"(?:also |further |repeatedly |again |strongly )?(?:highlighted|stressed|emphasi[sz]ed|"
    r"underlined|underscored|reiterated|recalled|noted|acknowledged|recogni[sz]ed|affirmed|"
    r"reaffirmed|pointed out|raised)"
)
#: the rest of "The importance of X was underlined by several speakers." after "The importance
#: of ": X, then the frame
_EN_PASSIVE = re.compile(
    rf"^(?P<x>[^,;:]+?) (?:was|has been|had been) {_EN_PASSIVE_SAY}{_EN_BY}(?P<end>[.!?]*)$",
    re.I,
)


def _en_gerund(np: str) -> bool:
    """Whether ``np`` is a clause opened by a gerund that opens clauses (``_EN_CLAUSE_GERUND``:
    "involving children in the design of ...", "ensuring that rural clinics can work
    offline"): no comma, semicolon or colon in it, no second "the need" or "the importance"
    coordinated in it, up to 20 words; it reads as a singular subject."""
    words = np.split()
    if not words or len(words) > 20 or re.search(r"[,;:]", np):
        return False
    if re.search(r"\band (?:the |an? )?(?:need|importance|role|necessity)\b", np, re.I):
        return False
    return words[0].casefold() in _EN_CLAUSE_GERUND and len(words) > 1


def _en_noun_ing(np: str) -> bool:
    """Whether ``np`` is a plain noun phrase whose head is one word ending in "-ing" ("funding
    for community networks", "mapping of flood zones"): singular; a longer head ("training
    centres", "training librarians") may be a compound noun or a gerund and its object."""
    words = np.split()
    if not words or not words[0].casefold().endswith("ing") or len(words[0]) < 6:
        return False
    head = re.split(rf" {_EN_PREP} ", np, maxsplit=1, flags=re.I)[0]
    rest = np[len(words[0]) :]
    return len(head.split()) == 1 and len(words) > 2 and _en_plain("x" + rest)


def _en_plural(np: str) -> bool:
    """Whether a plain noun phrase is plural: its head (the words before the first
    preposition) ends in a plural noun or coordinates two nouns ("X and Y")."""
    head = re.split(rf" {_EN_PREP} ", np, maxsplit=1, flags=re.I)[0]
    if re.search(r"\b(?:and|both)\b", head, re.I):
        return True
    last = re.sub(r"[^\w-]", "", head.split()[-1]).casefold().split("-")[-1]
    if last in _EN_PLURAL:
        return True
    if last in _EN_SINGULAR_S or last.endswith(("ss", "us", "is")):
        return False
    return last.endswith("s") and len(last) > 3


def _en_is(adjective: str) -> Rewrite:
    """The rewrite of a noun phrase X (up to its first comma) as "X is / are <adjective>"."""

    def rewrite(_m: re.Match[str], rest: str) -> str | None:
        body, end = _split_end(rest)
        if _en_gerund(body):  # "involving children in ..." -> "Involving children ... is"
            return f"{body} is {adjective}{end}"
        head, comma, tail = body.partition(", ")
        if _en_noun_ing(head):  # "funding for community networks" -> "Funding ... is"
            plural = False
        elif not _en_plain(head):
            return None
        else:
            plural = _en_plural(head)
        verb = "are" if plural else "is"
        without = _EN_PREP_WHICH.match(tail)
        if without:  # "X, without which Y" -> "X is important: without it, Y"
            pronoun = "them" if plural else "it"
            rest = tail[without.end() :]
            return f"{head} {verb} {adjective}: {without.group(1)} {pronoun}, {rest}{end}"
        if _EN_RELATIVE.match(tail):
            return None
        return f"{head} {verb} {adjective}{comma}{tail}{end}"

    return rewrite


#: "offline backups for land registries." (after "highlighted the importance of") -> "Offline
#: backups for land registries are important." (what follows a comma kept)
en_important = _en_is("important")
#: "a single register of bus routes." (after "The chair stressed the need for") -> "A single
#: register of bus routes is needed."
en_needed = _en_is("needed")
#: "a tide register." (after "stressed the urgency of") -> "A tide register is urgent."
en_urgent = _en_is("urgent")
#: "harbour logs." (after "underlined the value of") -> "Harbour logs are valuable."
en_valuable = _en_is("valuable")


def _en_is_passive(adjective: str) -> Rewrite:
    """The rewrite of "X was underlined (by several speakers)." (after "The importance of" or
    "The need for") as "X is / are <adjective>."; None when anything follows the frame or X
    is no plain noun phrase nor a gerund's clause."""
    said = _en_is(adjective)

    def rewrite(m: re.Match[str], rest: str) -> str | None:
        found = _EN_PASSIVE.match(rest)
        if not found:
            return None
        return said(m, found["x"] + (found["end"] or ""))

    return rewrite


#: "paper backups for voter rolls was underlined by several speakers." (after "The importance
#: of") -> "Paper backups for voter rolls are important."
en_important_passive = _en_is_passive("important")
#: "a common format for price messages was stressed." (after "The need for") -> "A common
#: format for price messages is needed."
en_needed_passive = _en_is_passive("needed")


def en_role(_m: re.Match[str], rest: str) -> str | None:
    """ "community radio in wildfire alerts." (after "underlined the role of") -> "Community
    radio has a role in wildfire alerts." (X a plain noun phrase before " in ")."""
    body, end = _split_end(rest)
    head, comma, tail = body.partition(", ")
    x, found, y = head.partition(" in ")
    if not found or not y.strip() or not _en_plain(x) or len(y.split()) > 12:
        return None
    if _EN_RELATIVE.match(tail):
        return None
    verb = "have" if _en_plural(x) else "has"
    return f"{x} {verb} a role in {y}{comma}{tail}{end}"


def en_warned_against(_m: re.Match[str], rest: str) -> str | None:
    """ "the X, which Y." (after "warned against") -> "The X Y." (X a plain noun phrase
    with an article, the relative clause its predicate)."""
    m = re.match(r"((?:the|such) [^,;]{2,120}?), (?:which|that) (\w+)\b(.*)$", rest, re.I | re.S)
    if not m or not _en_plain(m.group(1)) or m.group(2).casefold() in {"is", "are", "was"}:
        return None
    return f"{m.group(1)} {m.group(2)}{m.group(3)}"


#: "X was described as Y" / "X were seen as Y": the frame in the verb, after the subject
_EN_DESCRIBED = re.compile(
    r"^(?P<x>.+?)\s(?P<be>was|were)\s(?:also\s|often\s|widely\s)?(?:described|seen|regarded|"
    r"mentioned|cited|identified|presented|characteri[sz]ed|singled out)\sas\s(?P<y>\S.*)$",
    re.I | re.S,
)
#: a subject that ends in a relative pronoun or a clause ("The plan that was described as ...",
#: "what was described as"): the verb is not the sentence's own
_EN_NOT_SUBJECT = re.compile(
    r"\b(?:that|which|who|whom|whose|what|where|when|because|if|although|while)\s*$",
    re.I,
)


_EN_MEETING = re.compile(
    r"^(?:the|this|that|our|its|their)\s(?:[\w-]+\s){0,2}?(?:session|workshop|meeting|panel|"
    r"discussion|debate|forum|event|conference|dialogue|round ?table)s?$",
    re.I,
)


def en_described(_m: re.Match[str], rest: str) -> str | None:
    """ "Peer support between CERTs was described as the most effective form of help." ->
    "Peer support between CERTs is the most effective form of help." (a noun phrase after "as";
    the subject before the verb with no clause or "that" ending it, up to 40 words)."""
    m = _EN_DESCRIBED.match(rest)
    if not m or _EN_NOT_SUBJECT.search(m["x"]) or len(m["x"].split()) > 40:
        return None
    if re.match(r"(?:having|being|if|when|a result|part|such|well|soon|long|far)\b", m["y"], re.I):
        return None  # "was described as having ...", "as well as": no noun phrase
    if re.search(r"\b(?:he|she|they|it|we|i)\s*$", m["x"], re.I) or m["x"][:1].islower():
        return None
    if _EN_MEETING.match(m["x"]):
        return None  # "The session was described as lively": the meeting, no point
    verb = "is" if m["be"].casefold() == "was" else "are"
    return f"{m['x']} {verb} {m['y']}"


#: a group's frame opening a sentence's second clause ("X, and the panel argued that Y", "X,
#: but participants cautioned that Y and that Z")
_EN_MID_FRAME = re.compile(
    r"^(?P<a>[^;:]{12,}?,?\s(?:and|but|yet)\s)(?:the\s)?(?:participants|speakers|panel+ists|"
    r"delegates|experts|attendees|discussants|panel|session|room|group)\s(?:also\s)?(?:argued|"
    r"noted|stressed|cautioned|warned|pointed out|agreed|felt|observed|added|emphasi[sz]ed|"
    r"underlined|concluded)\sthat\s(?P<b>\S.*)$",
    re.I | re.S,
)
_EN_AND_THAT = re.compile(r"(,?\s+(?:and|but|or)\s+)that\s+(?!(?:is|was|are|were)\b)", re.I)


def en_mid_frame(_m: re.Match[str], rest: str) -> str | None:
    """ "X, and the panel argued that Y." -> "X, and Y." (a group's frame, the first clause
    with no frame of its own; "and that Z" after it -> "and Z")."""
    m = _EN_MID_FRAME.match(rest)
    if not m or re.search(r"\b(?:that|said|says)\s*$", m["a"], re.I):
        return None
    return m["a"] + _EN_AND_THAT.sub(r"\1", m["b"])


def _en_keep(_m: re.Match[str], rest: str) -> str | None:
    """What follows a spoken aside, as it stands."""
    return rest


# ------------------------------------------------------------------ Spanish

_ES_ART = {"de las ": "las ", "de los ": "los ", "de la ": "la ", "del ": "el "}
_ES_NOT_PLAIN = re.compile(r"\b(?:que|cuando|donde|si|porque|cual|cuales)\b", re.I)
#: a relative clause on the noun phrase after its comma ("sin los cuales", "cuyo", "que"): it
#: would dangle after "son importantes" or "tienen un papel"
_ES_RELATIVE = re.compile(
    r"^(?:[\w-]+ ){0,2}?(?:(?:el|la|los|las|lo) )?(?:que|cual|cuales|quien|quienes|cuy[oa]s?|"
    r"donde)\b",
    re.I,
)


def _es_np(rest: str) -> tuple[str, bool, str, str] | None:
    """(the noun phrase with its article, plural, what follows a comma, the end) after "de
    las", "de los", "de la", "del"; None otherwise or when the phrase holds a clause."""
    body, end = _split_end(rest)
    for de, art in _ES_ART.items():
        if body.casefold().startswith(de):
            head, comma, tail = body[len(de) :].partition(", ")
            if _ES_NOT_PLAIN.search(head) or len(head.split()) > 15 or not head.strip():
                return None
            if _ES_RELATIVE.match(tail):
                return None
            return art + head, art in ("las ", "los "), comma + tail, end
    return None


def es_important(_m: re.Match[str], rest: str) -> str | None:
    """ "de las copias de respaldo ..." (after "destacaron la importancia") -> "Las copias
    de respaldo ... son importantes"."""
    inf = re.match(r"de\s+(\w+(?:ar|er|ir)(?:lo|la|los|las|se)?)\b", rest, re.I)
    if inf and inf.group(1).casefold() not in _ES_NOT_VERB:
        # "de capacitar a los jueces ..." -> "Es importante capacitar a los jueces ..."
        return f"Es importante {rest[inf.start(1) :]}"
    np = _es_np(rest)
    if not np:
        return None
    head, plural, tail, end = np
    return f"{head} {'son importantes' if plural else 'es importante'}{tail}{end}"


def es_needed(_m: re.Match[str], rest: str) -> str | None:
    """ "un registro único ..." / "normas claras ..." (after "la necesidad de") -> "Se
    necesita un registro único ...", "Se necesitan normas claras ..."."""
    first = rest.split(" ", 1)[0].casefold()
    if first in ("un", "una"):
        return f"Se necesita {rest}"
    if first in ("unos", "unas"):
        return f"Se necesitan {rest}"
    if re.fullmatch(r"\w+(?:ar|er|ir)(?:lo|la|los|las|se)?", first) and first not in _ES_NOT_VERB:
        return f"Es necesario {rest}"  # "capacitar a fiscales" -> "Es necesario capacitar ..."
    if first in ("la", "el", "las", "los", "que", "lo"):
        return None  # a definite article or a clause: not as an editor would put it
    return f"Se necesitan {rest}" if first.endswith("s") else None


def es_role(_m: re.Match[str], rest: str) -> str | None:
    """ "de las radios comunitarias en las alertas" (after "el papel") -> "Las radios
    comunitarias tienen un papel en las alertas"."""
    np = _es_np(rest)
    if not np:
        return None
    head, plural, tail, end = np
    x, found, y = head.partition(" en ")
    if not found or not y.strip():
        return None
    return f"{x} {'tienen' if plural else 'tiene'} un papel en {y}{tail}{end}"


# ------------------------------------------------------------------ French

_FR_NOT_PLAIN = re.compile(r"\b(?:que|qu['’]|qui|dont|lorsque|quand|si|parce)\b", re.I)
#: a relative clause on the noun phrase after its comma ("sans lequel", "dont", "qui"): it
#: would dangle after "est important" or "jouent un rôle"
_FR_RELATIVE = re.compile(
    r"^(?:[\w-]+ ){0,2}?(?:qui|dont|où|lequel|laquelle|lesquels|lesquelles|auquel|"
    r"auxquels|auxquelles|duquel|desquels|desquelles)\b",
    re.I,
)


#: verbs in "-ure" (a noun otherwise: "infrastructure", "procédure")
_FR_URE = frozenset(["conclure", "exclure", "inclure"])


def fr_needed(_m: re.Match[str], rest: str) -> str | None:
    """ "d'un registre unique ..." / "de normes ouvertes ..." (after "la nécessité") -> "Il
    faut un registre unique ...", "Il faut des normes ouvertes ..."."""
    inf = re.match(r"d(?:e |['’])((?:se |s['’])?(\w+(?:er|ir|re|oir)))\b", rest, re.I)
    word = inf.group(2).casefold() if inf else ""
    if inf and word not in _FR_NOT_VERB and (not word.endswith("ure") or word in _FR_URE):
        return f"Il faut {rest[inf.start(1) :]}"  # "de former les enseignants"
    m = re.match(r"d['’](un|une) |de (\w+) ", rest, re.I)
    if not m:
        return None
    if m.group(1):
        return f"Il faut {m.group(1)} {rest[m.end() :]}"
    word = m.group(2).casefold()
    if word in ("la", "le", "les", "l", "ce", "cette", "ces", "ne", "se", "leur", "leurs"):
        return None
    return f"Il faut des {rest[3:]}" if word.endswith(("s", "x")) else None


def fr_important(_m: re.Match[str], rest: str) -> str | None:
    """ "du relais ..." / "de la cartographie ..." (after "l'importance") -> "Le relais ...
    est important", "La cartographie ... est importante" ("des", "de l'": no gender)."""
    inf = re.match(r"d(?:e |['’])((?:se |s['’])?(\w+(?:er|ir|re|oir)))\b", rest, re.I)
    word = inf.group(2).casefold() if inf else ""
    if inf and word not in _FR_NOT_VERB and (not word.endswith("ure") or word in _FR_URE):
        # "d'impliquer les parents ..." -> "Il est important d'impliquer les parents ..."
        return f"Il est important {rest[: inf.start(1)]}{rest[inf.start(1) :]}"
    body, end = _split_end(rest)
    m = re.match(r"(du|de la) ", body, re.I)
    if not m:
        return None
    head, comma, tail = body[m.end() :].partition(", ")
    if _FR_NOT_PLAIN.search(head) or len(head.split()) > 15 or _FR_RELATIVE.match(tail):
        return None
    art, adj = ("le", "important") if m.group(1).casefold() == "du" else ("la", "importante")
    return f"{art} {head} est {adj}{comma}{tail}{end}"


def fr_role(_m: re.Match[str], rest: str) -> str | None:
    """ "des radios communautaires dans les alertes" (after "le rôle") -> "Les radios
    communautaires jouent un rôle dans les alertes"."""
    body, end = _split_end(rest)
    m = re.match(r"(du |de la |des |de l['’])", body, re.I)
    if not m:
        return None
    art = {"du ": "le ", "de la ": "la ", "des ": "les "}.get(m.group(1).casefold(), "l’")
    if art == "l’":
        art = "l" + m.group(1)[-1]
    head, comma, tail = body[m.end() :].partition(", ")
    x, found, y = head.partition(" dans ")
    if not found or not y.strip() or _FR_NOT_PLAIN.search(x) or len(x.split()) > 12:
        return None
    if _FR_RELATIVE.match(tail):
        return None
    verb = "jouent" if art == "les " else "joue"
    return f"{art}{x} {verb} un rôle dans {y}{comma}{tail}{end}"


def fr_warned_against(_m: re.Match[str], rest: str) -> str | None:
    """ "les obligations de ..., qui font ..." (after "ont mis en garde contre") -> "Les
    obligations de ... font ..."."""
    m = re.match(r"((?:les|le|la|l['’]) ?[^,;]{2,120}?), qui (\w+)\b(.*)$", rest, re.I | re.S)
    if not m or _FR_NOT_PLAIN.search(m.group(1)) or m.group(2).casefold() in {"est", "sont"}:
        return None
    return f"{m.group(1)} {m.group(2)}{m.group(3)}"


# ------------------------------------------------------------------ Russian, Chinese, Arabic


def ru_needed(_m: re.Match[str], rest: str) -> str | None:
    """ "создать единый реестр ..." (after "подчеркнули необходимость") -> "Необходимо
    создать единый реестр ..." (an infinitive only; a noun in the genitive stays)."""
    first = rest.split(" ", 1)[0].casefold()
    if not _RU_INF.match(rest) or first in _RU_NOT_VERB or first.endswith("сть"):
        return None
    return f"Необходимо {rest}"


def zh_important(m: re.Match[str], rest: str) -> str | None:
    """ "离线备份对土地登记的重要性。" -> "离线备份对土地登记很重要。" (the whole sentence: X
    with no "的" and no comma)."""
    x = re.fullmatch(r"([^，,。；;的]{2,30})的(重要性|必要性)([。！]?)", rest)
    if not x:
        return None
    return f"{x.group(1)}{'很重要' if x.group(2) == '重要性' else '很有必要'}{x.group(3) or '。'}"


def zh_role(m: re.Match[str], rest: str) -> str | None:
    """ "社区广播在火灾预警中的作用。" -> "社区广播在火灾预警中发挥作用。"."""
    x = re.fullmatch(
        r"([^，,。；;的在]{2,20})在([^，,。；;的]{2,20})中的(?:重要)?作用([。！]?)", rest
    )
    if not x:
        return None
    return f"{x.group(1)}在{x.group(2)}中发挥作用{x.group(3) or '。'}"


def ar_needed(_m: re.Match[str], rest: str) -> str | None:
    """ "إنشاء سجل موحد ..." (after "شدد المتحدثون على ضرورة") -> "ينبغي إنشاء سجل موحد
    ..." (a verbal noun, not a definite noun or a verb in the imperfect)."""
    word, _, after = rest.partition(" ")
    plain = arabic_plain(word)
    if len(plain) < 3 or plain.startswith(("ال", "و", "ب")) or ar_imperfect(plain) or not after:
        return None
    if plain.endswith(("ين", "ا")):
        return None
    return f"ينبغي {rest}"


# ------------------------------------------------------------------ the patterns

_EN_SAY = (
    r"(?:had |have |has )?(?:also |further |repeatedly |again |strongly )?(?:highlighted|"
    r"stressed|emphasi[sz]ed|underlined|underscored|reiterated|recalled|noted|pointed to|"
    r"acknowledged|recogni[sz]ed|affirmed|reaffirmed|insisted on|drew attention to)"
)
_EN_WHO4 = (
    rf"(?:{_EN_WHO}|(?:several|many|some|most|all|other|a few|both) (?:of the )?[\w-]+|"
    r"(?:the )?(?:chair|chairperson|moderator|rapporteur|facilitator|panel|minister|keynote "
    r"speaker|host|leaders)|(?:discussants|presenters|contributors)|(?:the )?(?:session|"
    r"discussion|debate|workshop|dialogue|round ?table|meeting))"
)
_ES_WHO4 = (
    r"(?:(?:el|la|los|las|varios|varias|algunos|algunas|muchos|muchas) )?(?:[\w-]+ ){0,3}?"
    r"(?:participantes|ponentes|expositor(?:es|as)?|panelistas|orador(?:es|as)?|expert[oa]s|"
    r"delegad[oa]s|asistentes|panel|moderador(?:a)?|relator(?:a)?|president[ea]|ministr[oa]|"
    r"foro|red|coalición|debate|sesión|discusión|taller|diálogo)"
)
#: the same noun phrases after an impersonal "se" ("Se destacó la importancia de las X")
_ES_SE = (
    r"se (?:también )?(?:destacó|subrayó|resaltó|recalcó|enfatizó|señaló|puso de relieve|"
    r"reconoció|recordó|insistió en)"
)
_ES_SAY = (
    r"(?:(?:habían|había|han|ha) (?:también )?(?:destacado|subrayado|resaltado|recalcado|"
    r"enfatizado|señalado|puesto de relieve|insistido en|reconocido|recordado)|"
    r"(?:también )?(?:destacaron|destacó|subrayaron|subrayó|resaltaron|resaltó|recalcaron|"
    r"recalcó|enfatizaron|enfatizó|señalaron|señaló|pusieron de relieve|puso de relieve|"
    r"insistieron en|insistió en|reconocieron|reconoció|recordaron|recordó))"
)
_FR_WHO4 = (
    r"(?:(?:le|la|les|l['’]|plusieurs|certains|certaines|de nombreux|nombre d['’]) ?)?"
    r"(?:[\w-]+ ){0,3}?(?:participants?|participantes?|intervenants?|intervenantes?|"
    r"panélistes?|orat(?:eurs?|rices?)|experts?|expertes?|délégués?|déléguées?|panel|"
    r"modérat(?:eur|rice)|rapport(?:eur|euse)|président(?:e)?|ministre|forum|réseau)"
)
_FR_SAY = (
    r"(?:a|ont|avait|avaient) (?:également |aussi |par ailleurs )?(?:souligné|insisté sur|rappelé|"
    r"mis l['’]accent sur|relevé|mis en avant|mis en exergue|mis en évidence|réaffirmé|"
    r"reconnu)"
)

VOICE4_REWRITES: dict[str, list[tuple[str, Rewrite]]] = {
    "en": [
        (
            rf"^{_EN_WHO4} {_EN_SAY} the (?:great |particular |critical |vital )?importance of ",
            en_important,
        ),
        (rf"^{_EN_WHO4} {_EN_SAY} the (?:urgent |pressing |clear )?need for ", en_needed),
        (
            rf"^{_EN_WHO4} {_EN_SAY} the (?:key |important |central |crucial |vital )?role "
            r"(?:played by|of) ",
            en_role,
        ),
        (rf"^{_EN_WHO4} (?:also |further )?(?:warned|cautioned) against ", en_warned_against),
        # "The importance of X was underlined by several speakers." -> "X is important."
        (r"^the (?:great |particular |critical |vital )?importance of ", en_important_passive),
        (r"^the (?:urgent |pressing |clear )?need for ", en_needed_passive),
        # "X was described as Y." -> "X is Y." (the sentence read whole: the pattern is empty)
        (
            r"^(?=.{12,}?\s(?:was|were)\s(?:also\s|often\s|widely\s)?(?:described|seen|regarded|"
            r"mentioned|cited|identified|presented|characteri[sz]ed|singled out)\sas\s)",
            en_described,
        ),
        # "X, and the panel argued that Y." -> "X, and Y." (the sentence read whole)
        (
            r"^(?=[^;:]{12,}?,?\s(?:and|but|yet)\s(?:the\s)?(?:participants|speakers|panel+ists|"
            r"delegates|experts|attendees|discussants|panel|session|room|group)\s)",
            en_mid_frame,
        ),
        # "Emphasis was placed on the importance of X" -> "X is important."
        (
            r"^(?:(?:particular|special|strong) )?emphasis was (?:also )?(?:placed|put|laid) on "
            r"the (?:great |particular |critical |vital )?importance of ",
            en_important,
        ),
        (
            r"^(?:(?:particular|special|strong) )?emphasis was (?:also )?(?:placed|put|laid) on "
            r"the (?:urgent |pressing |clear )?need for ",
            en_needed,
        ),
        # "Speakers stressed the urgency of X" -> "X is urgent."
        (rf"^{_EN_WHO4} {_EN_SAY} the urgency of ", en_urgent),
        (rf"^{_EN_WHO4} {_EN_SAY} the (?:great )?value of ", en_valuable),
        # "And this came up again and again in the questions, X" -> "X"
        (
            r"^(?:and |but )?(?:this|that|it) (?:came up|was raised|was mentioned|was said|"
            r"was repeated|kept coming up)(?: [^,]{0,60})?, ",
            _en_keep,
        ),
    ],
    "es": [
        (rf"^{_ES_WHO4} {_ES_SAY} la (?:gran |especial )?importancia ", es_important),
        (rf"^{_ES_WHO4} {_ES_SAY} la (?:urgente )?necesidad de ", es_needed),
        (rf"^{_ES_WHO4} {_ES_SAY} el (?:importante |papel importante )?papel ", es_role),
        (rf"^{_ES_SE} la (?:gran |especial )?importancia ", es_important),
        (rf"^{_ES_SE} la (?:urgente )?necesidad de ", es_needed),
    ],
    "fr": [
        (rf"^{_FR_WHO4} {_FR_SAY} la (?:nécessité|besoin) ", fr_needed),
        (rf"^{_FR_WHO4} {_FR_SAY} le besoin ", fr_needed),
        (rf"^{_FR_WHO4} {_FR_SAY} l['’](?:importance|intérêt) ", fr_important),
        (rf"^{_FR_WHO4} {_FR_SAY} le rôle ", fr_role),
        (rf"^{_FR_WHO4} (?:a|ont) (?:également |aussi )?mis en garde contre ", fr_warned_against),
    ],
    "ru": [
        (
            r"^(?:[\w-]+ ){1,4}?(?:также |особо |вновь )?(?:подчеркнул[аи]?|отметил[аи]?|"
            r"указал[аи]? на|заявил[аи]? о|говорил[аи]? о|напомнил[аи]? о) (?:острую |"
            r"настоятельную )?необходимость ",
            ru_needed,
        ),
    ],
    "zh": [
        (
            r"^(?:[^，,。：:；;]{0,12}?(?:强调|指出|突出|重申|提到)了?|了(?!解|结|却|不起))(?=[^，,。；;]{4,})",
            zh_important,
        ),
        (
            r"^(?:[^，,。：:；;]{0,12}?(?:强调|指出|突出|重申|提到)了?|了(?!解|结|却|不起))(?=[^，,。；;]{4,})",
            zh_role,
        ),
    ],
    "ar": [
        (
            r"^و?(?:شدد|شددت|أكد|أكدت|دعا|دعت|أبرز|أبرزت)\s+\S+(?:\s+ال\S+)?(?:\s+أيضا)?\s+"
            r"(?:على\s+|إلى\s+)?ضرورة\s+",
            ar_needed,
        ),
    ],
}

#: a narrative preamble before a frame: taken off only when what follows is one
PREAMBLES: dict[str, str] = {
    "en": (
        r"^(?:(?:opening|closing|concluding|wrapping up|introducing|chairing|moderating|"
        r"launching|kicking off) (?:the |this |that |her |his |their |today['’]s )?(?:session|"
        r"debate|discussion|panel|meeting|forum|day|workshop|event|dialogue|exchange|"
        r"conference|proceedings)[^,;.]{0,40}|in (?:his|her|their|its) (?:opening |closing |"
        r"concluding |keynote |final |brief |welcoming )?(?:intervention|remarks|statement|"
        r"address|presentation|speech|keynote|contribution|comments|reply|response)"
        r"[^,;.]{0,40}|speaking (?:for|on behalf of|as) [^,;.]{1,60}|echoing [^,;.]{1,60}|"
        r"responding to [^,;.]{1,60}), "
    ),
    "es": (
        r"^(?:al (?:abrir|cerrar|inaugurar|clausurar|concluir|presentar|moderar|iniciar) "
        r"(?:la |el |este |esta |su )?(?:sesión|debate|foro|panel|reunión|jornada|taller|"
        r"diálogo|encuentro|discusión|conferencia)[^,;.]{0,40}|en (?:su|sus) (?:intervención|"
        r"intervenciones|palabras(?: de (?:apertura|clausura|cierre|bienvenida))?|discurso"
        r"(?: de (?:apertura|clausura))?|presentación|exposición|ponencia|declaración|"
        r"respuesta)[^,;.]{0,40}|hablando en nombre de [^,;.]{1,60}|haciéndose eco de "
        r"[^,;.]{1,60}|en respuesta a [^,;.]{1,60}), "
    ),
    "fr": (
        r"^(?:en (?:ouvrant|clôturant|inaugurant|concluant|introduisant|présentant|animant|"
        r"lançant) (?:la |le |l['’]|cette |ce |sa |son )?(?:séance|débat|forum|panel|réunion|"
        r"journée|atelier|dialogue|session|discussion|échanges|conférence)[^,;.]{0,40}|"
        r"(?:dans|lors de) (?:son|sa|ses|leur|leurs) (?:intervention|interventions|remarques"
        r"(?: de clôture| liminaires| finales)?|discours(?: d['’]ouverture| de clôture)?|"
        r"exposé|présentation|déclaration|allocution|mot de (?:bienvenue|clôture)|réponse)"
        r"[^,;.]{0,40}|s['’]exprimant au nom (?:de |du |des |d['’])[^,;.]{1,60}|faisant écho "
        r"(?:à |aux )[^,;.]{1,60}|en réponse (?:à |aux )[^,;.]{1,60}), "
    ),
    "ru": (
        r"^(?:(?:открывая|закрывая|подводя итоги|завершая|начиная|резюмируя) [^,;.]{1,50}, |"
        r"выступая от имени [^,;.]{1,60}, |"
        r"(?:в|во) (?:своём |своем |своей |своих |её |его |их )?(?:выступлении|докладе|"
        r"заключительном слове|вступительном слове|приветственном слове|презентации|ответе|"
        r"речи),? (?=\S+ )|в ходе (?:своей |своего |её |его )?(?:презентации|"
        r"выступления|доклада),? (?=\S+ )|вслед за (?:предыдущими|другими) (?:ораторами|"
        r"выступающими|участниками|спикерами),? )"
    ),
    "zh": (
        r"^(?:在)?[^，,。：:；;]{0,12}?(?:致辞|发言|讲话|介绍|总结|开幕|闭幕|报告|演讲|回应)"
        r"[^，,。：:；;]{0,6}?(?:中|时)[，,]"
    ),
    "ar": (
        r"^و?(?:في|خلال)\s+(?:كلمته|كلمتها|كلمتهم|مداخلته|مداخلتها|مداخلتهم|عرضه|عرضها|"
        r"افتتاح\s+\S+|ختام\s+\S+|اختتام\s+\S+)(?:\s+(?:الختامية|الافتتاحية|الترحيبية))?"
        r"[،,]\s*"
    ),
}

#: a speaker's occasion inside a Chinese frame: "协调员在介绍中解释说，"
VOICE4_FRAMES: dict[str, list[str]] = {
    "en": [],
    "es": [],
    "fr": [],
    "ru": [],
    "zh": [
        r"^[^，,。：:；;在]{1,12}在[^，,。：:；;]{1,10}(?:中|时)(?:指出|表示|强调|认为|提醒|"
        r"回顾说|解释说|说|提到|回顾|坦言|警告)[，,：:]",
    ],
    "ar": [],
}

#: one person by their role, after a preamble only ("Opening the session, the chair recalled
#: that X"): the kinds step reads one person's words as a point, the message text states X
PREAMBLE_FRAMES: dict[str, str] = {
    "en": (
        r"^(?:the|a|one|our) (?:[\w-]+ ){0,2}?(?:chair|chairperson|moderator|rapporteur|"
        r"minister|panel+ist|delegate|speaker|coordinator|director|mayor|host|facilitator|"
        r"president|representative|ambassador)(?: [^,;.]{0,40}?)? (?:also )?(?:said|noted|"
        r"recalled|observed|warned|stressed|argued|pointed out|explained|added|emphasi[sz]ed|"
        r"underlined|insisted|cautioned|affirmed|declared|reminded (?:[\w'’-]+ ){1,3}?)"
        r" that,? "
    ),
    "es": (
        r"^(?:el|la) (?:[\w-]+ ){0,2}?(?:president[ea]|moderador(?:a)?|relator(?:a)?|"
        r"ministr[oa]|panelista|delegad[oa]|coordinador(?:a)?|director(?:a)?|alcalde(?:sa)?|"
        r"representante|oradora?|ponente)(?: [^,;.]{0,40}?)? (?:también )?(?:recordó|señaló|"
        r"afirmó|advirtió|observó|explicó|subrayó|destacó|dijo|indicó|insistió en|sostuvo|"
        r"declaró|aseguró) que "
    ),
    "fr": (
        r"^(?:le |la |l['’])(?:président(?:e)?|modérat(?:eur|rice)|rapport(?:eur|euse)|ministre|"
        r"panéliste|délégué(?:e)?|coordinat(?:eur|rice)|direct(?:eur|rice)|maire|"
        r"représentant(?:e)?|orat(?:eur|rice)|intervenant(?:e)?)(?: [^,;.]{0,40}?)? a (?:aussi "
        r"|également )?(?:rappelé|noté|observé|averti|affirmé|déclaré|souligné|expliqué|dit|"
        r"indiqué|précisé|estimé|relevé) qu(?:e |['’])"
    ),
    "ru": (
        r"^(?:[\w-]+ ){0,2}?(?:председатель|модератор|докладчица|докладчик|министр|делегат|"
        r"участница|участник|координатор|руководитель|директор|мэр|представитель|спикер|"
        r"ведущая|ведущий)(?: [^,;.]{0,30}?)? (?:также )?(?:напомнил[аи]?|отметил[аи]?|"
        r"заметил[аи]?|предупредил[аи]?|заявил[аи]?|пояснил[аи]?|подчеркнул[аи]?|сказал[аи]?|"
        r"указал[аи]?|сообщил[аи]?), что "
    ),
    "zh": r"^$^",
    "ar": r"^$^",
}
