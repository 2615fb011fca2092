"""A frame's second part mended once the frame's rewrite has taken off its first (docs/quality.md,
"Statement kinds: a sixty-third round, rewrites that break a sentence"); only the message text
changes, never a statement's kind or the point it is read and grouped by.

A frame can govern two coordinated parts: "شدد المشاركون على ضرورة X، وعلى ضرورة Y", "اتفق
المشاركون على أن X، وعلى أن Y", "Se coincidió en que X, y en que Y", "We call on X to A and to
B". The older rules rewrite the first part ("ينبغي X", "X", "X should A") and leave the second
with the head the frame gave it ("، وعلى ضرورة Y", ", y en que Y", "and to B"), a sentence no
longer whole. ``second_heads`` writes the second part as the first was written, only where the
first head is gone from the text and stood in the sentence:

- Arabic "، وعلى ضرورة Y" / "، وإلى ضرورة Y" -> "، وينبغي Y" (a necessity: the verbal noun
  after "ضرورة" stands after "ينبغي"), "، وعلى أن <verb>" -> "، وينبغي أن <verb>" (the verb
  in the imperfect; before a noun "أن" opens a clause of report: the sentence is kept as
  written);
- Spanish ", y en que Y" / ", y de que Y" / ", y a que Y" -> ", y Y" (the preposition the
  frame's verb put before "que", as ``kinds._and_that`` takes it off on the frames it reads);
- French "Il faut A et de B" / "X devraient A et à B" (after "la nécessité de A et de B",
  "appelle X à A et à B") -> "... et B", Spanish "Es necesario A y de B" -> "... y B": a second
  infinitive that kept the preposition its first lost;
- Russian "X, и в том, что Y" / "X, и с тем, что Y" (after "сошлись в том, что X",
  "согласились с тем, что X") -> "X, и Y";
- Russian "Участники призвали создать X" / "подчеркнули необходимость обновить X", whose
  frame the kinds step cuts before the bare infinitive ("Создать X") -> "Необходимо создать
  X", "рекомендовали учредить X" -> "Следует учредить X" (``RU_INFINITIVE``, read by the
  kinds step: the point changes with the text);
- English "X should A ... and to B" -> "X should A ... and B" (the kinds step's "should" in
  place of a call's "to A", its second "to" left; "to" before a determiner or a pronoun, a
  place, is left, as is a second "to" that has a first: "should be able to A and to B").
"""

from __future__ import annotations

import re

from forum_messages.nlp.segment import arabic_plain
from forum_messages.synth import kind_cues_voice2 as voice2
from forum_messages.synth import kind_cues_voice11 as voice11

#: a frame's second part mended as its first was rewritten (off: as before)
SECOND_HEADS = True
#: a Russian call or necessity the kinds step cut before a bare infinitive given its modal
#: (off: as before, "Участники призвали создать X" -> "Создать X")
RU_INFINITIVE = True
#: the settings above by name
SETTINGS = ("SECOND_HEADS", "RU_INFINITIVE")

_I = re.IGNORECASE
_at = voice11._at

# ------------------------------------------------------------------ Arabic

#: a frame's head before its first part: "على ضرورة", "إلى ضرورة", "على أن", "إلى أن"
_AR_HEAD = re.compile(r"(?:^|\s)(?:على|إلى)\s+(?:ضرورة|أن)\s")
#: the same head before a second part: "، وعلى ضرورة", " و على أن", "، وإلى ضرورة"
_AR_SECOND = re.compile(r"(،\s*|\s)و\s?(?:على|إلى)\s+(?:(ضرورة)|(أن))\s+")


def _ar(sentence: str, out: str) -> str:
    plain = arabic_plain(out)
    if not _AR_HEAD.search(arabic_plain(sentence)):
        return out
    for m in reversed(list(_AR_SECOND.finditer(plain))):
        if _AR_HEAD.search(plain[: m.start()] + " "):
            continue  # the first head is still in the text: the part is the text's own
        if m.group(3):
            after = plain[m.end() :].split()
            if not after or not voice2.ar_imperfect(after[0]):
                # "وعلى أن <noun>": a clause of report, which no "ينبغي" takes: the
                # sentence as written
                return sentence
        comma = "، " if "،" in m.group(1) else " "
        word = "وينبغي أن " if m.group(3) else "وينبغي "
        out = out[: _at(out, m.start())] + comma + word + out[_at(out, m.end()) :]
        plain = arabic_plain(out)
    return out


# ------------------------------------------------------------------ Spanish

_ES_SECOND = re.compile(r"(,?\s+(?:y|e|pero)\s+)(en|de|a)\s+que\s+(?=\w)", _I)


def _es(sentence: str, out: str) -> str:
    for m in reversed(list(_ES_SECOND.finditer(out))):
        head = re.compile(rf"(?<!\w){m.group(2)}\s+que(?!\w)", _I)
        if head.search(out[: m.start()]):
            continue  # the first head is still in the text
        first = head.search(sentence)
        if not first or first.start() >= sentence.find(m.group(0)):
            continue  # the sentence had no such head before its second part
        out = out[: m.start()] + m.group(1) + out[m.end() :]
    return out


#: the first infinitive after the modal a call's or necessity's rewrite wrote, then a second
#: infinitive that kept the preposition the frame gave it: "Es necesario reparar X y de
#: iluminarlos" -> "... y iluminarlos"
_ES_MODAL_INF = re.compile(
    r"\b(?:es necesario|es preciso|hay que|deber(?:ía|ían|á|án)|debe|deben)\s+(\w+(?:ar|er|ir))"
    r"\b",
    _I,
)
_ES_SECOND_INF = re.compile(
    r"(\s+(?:y|e|o)\s+)(?:de|a)\s+(?=\w+(?:ar|er|ir)(?:lo|la|los|las|le|les|se)?\b)", _I
)


def _es_inf(sentence: str, out: str) -> str:
    m = _ES_MODAL_INF.search(out)
    if not m:
        return out
    inf = re.escape(m.group(1))
    if not re.search(rf"\b(?:de|a)\s+{inf}\b", sentence, _I):
        return out  # the first infinitive had no preposition in the sentence
    tail = _ES_SECOND_INF.sub(r"\1", out[m.end() :], count=1)
    return out[: m.end()] + tail


# ------------------------------------------------------------------ French

_FR_MODAL_INF = re.compile(
    r"\b(?:il faut|devr(?:ait|aient|a|ont)|doi(?:t|vent))\s+(?:(?:les|la|le|leur|y|en|se)\s+|"
    r"[ls]['’])?(\w+(?:er|ir|re))\b",
    _I,
)
_FR_SECOND_INF = re.compile(
    r"(\s+(?:et|ou)\s+)(?:de\s+|d['’]|à\s+)(?=(?:(?:les|la|le|leur|y|en|se)\s+|[ls]['’])?"
    r"\w+(?:er|ir|re)\b)",
    _I,
)


def _fr(sentence: str, out: str) -> str:
    """ "Il faut réparer X et de les éclairer" -> "Il faut réparer X et les éclairer", "X
    devraient réparer Y et à les éclairer" -> "... et les éclairer": the first infinitive
    stood after "de" or "à" in the sentence (the frame's "la nécessité de", "appelle X à")."""
    m = _FR_MODAL_INF.search(out)
    if not m:
        return out
    inf = re.escape(m.group(1))
    if not re.search(
        rf"(?:\b(?:de|à)\s+|\bd['’])(?:(?:les|la|le|leur|y|en|se)\s+|[ls]['’])?{inf}\b",
        sentence,
        _I,
    ):
        return out
    tail = _FR_SECOND_INF.sub(r"\1", out[m.end() :], count=1)
    return out[: m.end()] + tail


# ------------------------------------------------------------------ Russian

#: "..., и в том, что Y" after a frame "сошлись в том, что X" / "согласились с тем, что X"
_RU_SECOND = re.compile(r"(,?\s+(?:и|а также)\s+)(?:в|с|о|на)\s+т(?:ом|ем),?\s+что\s+", _I)


def _ru(sentence: str, out: str) -> str:
    for m in reversed(list(_RU_SECOND.finditer(out))):
        head = re.compile(r"(?<![\w-])(?:в|с|о|на)\s+т(?:ом|ем),?\s+что(?![\w-])", _I)
        if head.search(out[: m.start()]):
            continue  # the first head is still in the text
        if not head.search(sentence):
            continue
        out = out[: m.start()] + m.group(1) + out[m.end() :]
    return out


# ------------------------------------------------------------------ English

_EN_SECOND = re.compile(r"\b(?:should|must)\s+(\w+)\b[^,;:.]*?\s+and(\s+)to\s+(?=(\w+))", _I)
#: words after "to" that make it a preposition, not an infinitive's
_EN_NOT_VERB = re.compile(
    r"(?:the|a|an|their|its|our|his|her|my|your|all|every|each|those|these|this|that|them|"
    r"us|him|me|people|what|which|whom|\d+)",
    _I,
)


def _en(sentence: str, out: str) -> str:
    m = _EN_SECOND.search(out)
    if not m or _EN_NOT_VERB.fullmatch(m.group(3)):
        return out
    if re.search(r"\bto\b", out[m.start() : m.end(2) - len(m.group(2))], _I):
        return out  # "should be able to A and to B": the second "to" has a first
    return out[: m.end(2) - len(m.group(2))] + " " + out[m.end() :]


_MENDS = {"ar": _ar, "es": lambda s, o: _es_inf(s, _es(s, o)), "en": _en, "fr": _fr, "ru": _ru}


# ------------------------------------------------------------------ Russian

#: the end of a kinds-step frame of calling, recommending or necessity ("Участники призвали",
#: "подчеркнули необходимость", "рекомендовали", "предложили"), with the modal its point takes
_RU_CALL_END = re.compile(r"(?:(призвал)|(необходимость)|(рекомендовал|предложил))\w*\s*$", _I)
#: an infinitive opening the rest: "создать", "обучить", "провести" (not a noun in "-ти":
#: "сети", "власти", "части")
_RU_BARE = re.compile(
    r"^(?:не )?(?:[\w-]{2,}(?:ть|ться|чь)|(?:про|в|пере|при|вне|раз|из|у|до|за|на|под)?"
    r"(?:вести|нести|везти|йти))(?![\w-])",
    _I,
)


def ru_infinitive(frame: str, kept: str) -> str:
    """The kinds step's point once a Russian frame of calling or necessity is cut before a
    bare infinitive, given the modal the frame held (``RU_INFINITIVE``): "Участники призвали
    создать X" -> "Необходимо создать X", "... подчеркнули необходимость обновить X" ->
    "Необходимо обновить X", "... рекомендовали учредить X" -> "Следует учредить X"; any other
    point as it is."""
    m = _RU_CALL_END.search(frame) if RU_INFINITIVE else None
    if not m or not _RU_BARE.match(kept):
        return kept
    modal = "Следует" if m.group(3) else "Необходимо"
    return f"{modal} {kept[:1].lower()}{kept[1:]}"


def second_heads(sentence: str, out: str, lang: str) -> str:
    """``out`` (the message text of ``sentence``) with a frame's second part written as its
    first was (``SECOND_HEADS``); ``out`` as it is where nothing is to mend."""
    mend = _MENDS.get(lang)
    if not SECOND_HEADS or mend is None:
        return out
    return mend(sentence, out)
