"""The call shapes the forty-sixth and forty-eighth rounds left, read for a message's text
(docs/quality.md, "Statement kinds: a forty-ninth round, the call shapes left"); only the
text changes, never a statement's kind or the point it is read and grouped by:

- a Spanish or French party joined by "y la" / "et la" or holding a relative clause
  (``PARTIES``): "Pidieron que el ministerio y la agencia que regula el transporte publiquen
  X" -> "El ministerio y la agencia que regula el transporte deberían publicar X", "qu'el
  ministère et la société qui gère les bus publient" -> "... devraient publier";
- the calls read only in English in Spanish and French, the list by ordinals in Chinese too
  (``CALLS_OTHER``; "其建议是：第一，V；第二，V" -> "V；V"): "La declaración
  final compromete a los municipios a mantener X" -> "Los municipios deberían mantener X",
  "La déclaration finale engage les communes à garder X" -> "Les communes devraient garder
  X"; "Sus recomendaciones son, primero, V; segundo, V; y tercero, V" -> "V; V; y V", "Ses
  recommandations sont, premièrement, de V ; deuxièmement, de V" -> "V ; V";
- an Arabic call whose verb reads as a verbal noun too (``AR_FORM``): "أوصى المشاركون بأن
  تراجع الوزارة ..." -> "ينبغي أن تراجع الوزارة ..." (after a verb of recommending and "بأن",
  a word of the shape "تفاعل" with a definite word after it is read as the verb).

Each setting off gives the text back as before.
"""

from __future__ import annotations

import re

#: a party joined by "y la" / "et la" or holding a relative clause (off: as before)
PARTIES = True
#: "commits X to V" and "its recommendations are, first, ..." in Spanish and French
CALLS_OTHER = True
#: an Arabic verb of the shape of a verbal noun after "بأن" read as the verb
AR_FORM = True

_I = re.IGNORECASE


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: words after which an article is no clitic ("y la agencia", "de la red", "et les")
_JOINS = {
    "es": _set("y e o u de del a al con para por en entre sin"),
    "fr": _set("et ou de du des à au aux avec pour par en sur entre sans"),
}
_ARTICLES = {
    "es": _set("la las lo los"),
    "fr": _set("le la les l' l’"),
}
_RELATIVE = {"es": frozenset({"que", "quien", "quienes"}), "fr": frozenset({"qui", "que"})}
_MAX_PARTY = 18
#: words a complementiser's clause opens on, never a relative clause's verb ("lamentaron que
#: el registro siga", "pidió que cada ministerio publique", "en que nadie use")
_SUBJECTS = {
    "es": _set("""el la los las un una unos unas cada nadie ningún ninguna todo toda todos todas
        su sus este esta estos estas ese esa esos esas se no ya ellos ellas él ella"""),
    "fr": _set("""le la les un une des du chaque personne aucun aucune tous toutes tout ce cet cette
        ces ses son sa leur leurs il ils elle elles on ne n' n’"""),
}
_CLITIC_AFTER = {"es": "se|le|les|lo|la|los|las", "fr": "se|s'|s’|le|la|les|l'|l’|leur|lui|y|en"}


def _second_verb(after: str, lang: str, forms: dict[str, str]) -> str | None:
    """What follows the first verb with a second subjunctive after "y" given as an infinitive
    ("... y les reserven frecuencias" -> "... y reservarles frecuencias"); None when a second
    clause of the call follows ("..., y que se pueda ...": the sentence stays as written) or a
    second verb cannot be given so."""
    if re.search(r"\b(?:y|e|et|o|ou)\s+qu(?:e\b|['’])", after, _I):
        return None
    joins = "y|e" if lang == "es" else "et"
    pattern = re.compile(rf"\b({joins})\s+(?:({_CLITIC_AFTER[lang]})\s+)?(\w+)\b", _I)
    if any(m.group(2) and lang != "es" for m in pattern.finditer(after) if m.group(3) in forms):
        return None  # "et leur réservent": no infinitive kept short

    def infinitive(m: re.Match[str]) -> str:
        if m.group(3) not in forms:
            return m.group(0)
        return f"{m.group(1)} {forms[m.group(3)]}{(m.group(2) or '').casefold()}"

    return pattern.sub(infinitive, after)


def wide_subjunctive(
    rest: str, lang: str, forms: dict[str, str], det: str, clitics: frozenset[str]
) -> tuple[str, str, str] | None:
    """(the party, the subjunctive form, what follows) in "<party> <verb> ..." where the party
    holds an article after "y" / "et" / "de" or a relative clause (``PARTIES``); None when
    the party holds neither (the older reading is the one to use) or a clitic before a verb."""
    if not PARTIES or lang not in _JOINS:
        return None
    if not re.match(rf"{det}(?:\s|(?<=['’]))", rest, re.I):
        return None
    words = rest.split(" ")
    wide = False
    relative = False
    for i in range(1, min(len(words), _MAX_PARTY + 1)):
        word, before = words[i], words[i - 1]
        low, prev = word.casefold(), before.casefold()
        if low.startswith(("l'", "l’")) and prev in _RELATIVE[lang]:
            return None  # "que l'usa": a clitic
        if i == 1 and not re.match(r"l['’]\w", words[0]):
            continue
        if re.search(r"[,;:()]", before):
            return None
        if word in forms:
            party = " ".join(words[:i])
            if not wide or prev in _RELATIVE[lang] or prev in clitics:
                return None
            after = _second_verb(" ".join(words[i + 1 :]), lang, forms)
            return (party, word, after) if after is not None else None
        if prev in clitics:
            if (
                prev in _RELATIVE[lang]
                and i > 1
                and low not in clitics
                and low not in _SUBJECTS[lang]
                and not word[:1].isupper()
            ):
                relative = wide = True  # "que regula", "qui gère"
                continue
            if prev in _ARTICLES[lang] and (
                words[i - 2].casefold() in _JOINS[lang] or (relative and i > 2)
            ):
                wide = True  # "y la agencia", "de la red", "qui gère les bus"
                continue
            return None
    return None


# ------------------------------------------------------------------ the calls in other languages

_ES_COMMITS = re.compile(
    r"^(?:la|el|su)\s+(?:declaración|carta|hoja de ruta|documento)(?:\s+(?:final|conjunta|"
    r"de cierre|final del foro))?\s+compromete\s+a\s+(?P<x>(?:los|las)\s+[^,;:]{3,80}?)\s+a\s+"
    r"(?P<v>[a-záéíóúñ]+(?:ar|er|ir))\b(?P<rest>.{8,})$",
    _I,
)
_FR_COMMITS = re.compile(
    r"^(?:la|le|sa|son)\s+(?:déclaration|charte|feuille de route|document)(?:\s+(?:finale?|"
    r"commune|de clôture))?\s+engage\s+(?P<x>les\s+[^,;:]{3,80}?)\s+à\s+"
    r"(?P<v>[a-zàâéèêëîïôûç]+(?:er|ir|re))\b(?P<rest>.{8,})$",
    _I,
)
_ES_ORDINALS = re.compile(
    r"^(?:sus|las)(?:\s+[\w'’-]+){0,3}?\s+recomendaciones\s+(?:son|fueron),?\s+primero,\s+"
    r"(?P<items>.+)$",
    _I,
)
_ES_ORDINAL = re.compile(r";\s*(y\s+)?(segundo|tercero|cuarto|quinto|por último),\s+", _I)
_FR_ORDINALS = re.compile(
    r"^(?:ses|leurs|les)(?:\s+[\w'’-]+){0,3}?\s+recommandations\s+(?:sont|étaient),?\s+"
    r"(?:premièrement|d'abord|d’abord),\s+d(?:e\s+|['’])(?P<items>.+)$",
    _I,
)
_FR_ORDINAL = re.compile(
    r"\s*;\s*(et\s+)?(deuxièmement|troisièmement|quatrièmement|enfin),\s+d(?:e\s+|['’])", _I
)


_ZH_ORDINALS = re.compile(
    r"^(?:其|该[^，,。：:；;]{1,10}?|[^，,。：:；;]{1,10}?的)建议(?:是|为|如下)[：:]\s*第一[，,]\s*(?P<items>.+)$"
)
_ZH_ORDINAL = re.compile(r"([；;])\s*(?:第[二三四五]|最后)[，,]\s*")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def call_other(sentence: str, lang: str) -> str | None:
    """A call in a shape only English was read in, in Spanish or French, or None."""
    if not CALLS_OTHER or lang not in ("es", "fr", "zh"):
        return None
    if lang == "zh":
        m = _ZH_ORDINALS.match(sentence)
        if m and _ZH_ORDINAL.search(m.group("items")):
            return _ZH_ORDINAL.sub(r"\1", m.group("items"))
        return None
    m = (_ES_COMMITS if lang == "es" else _FR_COMMITS).match(sentence)
    if m:
        modal = "deberían" if lang == "es" else "devraient"
        return _cap(f"{m.group('x')} {modal} {m.group('v')}{m.group('rest')}")
    if lang == "es":
        m = _ES_ORDINALS.match(sentence)
        if m and _ES_ORDINAL.search(m.group("items")):
            items = _ES_ORDINAL.sub(lambda o: f"; {o.group(1) or ''}", m.group("items"))
            return _cap(re.sub(r"\s{2,}", " ", items))
        return None
    m = _FR_ORDINALS.match(sentence)
    if m and _FR_ORDINAL.search(m.group("items")):
        items = _FR_ORDINAL.sub(lambda o: f" ; {o.group(1) or ''}", m.group("items"))
        return _cap(re.sub(r"\s{2,}", " ", items))
    return None


def ar_form_verb(word: str, after: str) -> bool:
    """Whether a word of the shape of a verbal noun ("تراجع", "تتابع") after "بأن" reads as
    the verb: the setting on, five letters, "ا" third, no "ة", a definite word after it."""
    return (
        AR_FORM
        and re.fullmatch(r"[يت]\w\w\w\w", word) is not None
        and word[2] == "ا"
        and after.startswith("ال")
    )
