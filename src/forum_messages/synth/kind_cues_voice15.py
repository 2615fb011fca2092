"""Frames in the group's own voice and second reported clauses (docs/quality.md, "Statement
kinds: a sixty-seventh round, frames in the group's own voice"); only the message text changes,
never a statement's kind or the point it is read and grouped by.

Four shapes the older rules leave, each a setting:

- *a second reported clause* (``SECOND_CLAUSE``): a group's frame that governs two clauses,
  "Participants recalled that X, and asked that Y", loses its first frame to the older rules
  and keeps the second verb without a subject ("X, and asked that Y", "X, et ont demandé que
  Y", "X, y pidieron que Y", "X, и попросили Y", "X، وطالبوا بـY", "X，并呼吁Y"). The second
  clause is read again with the group before its verb ("Participants asked that Y") and, where
  the older rules take that frame off, kept as a sentence of its own: "X. The council should
  Y." The second verb must agree with the frame's (French "ont"/"a", Spanish "-ron", Russian
  "-ли", Arabic a plural verb after a frame of the group); where the second frame stays, the
  text is as before;
- *a frame whose subject is the group's pronoun* (``GROUP_PRONOUN``): "Señalaron que X" (a
  plural verb with no subject), "Ils ont insisté sur la nécessité de X", "وأكدوا أن X",
  "وطالبوا بـX", "Они призвали ...", "They called for X": read again with the group named
  ("Los participantes señalaron que X") and kept as the older rules then write it (a call
  only where they give it a modal: "Insistieron en que X <subjuntivo>" stays). A pronoun
  whose verb frames nothing ("They cleared the road themselves", "Señalaron el camino ...")
  reads as before, and so does a pronoun inside the point ("Bus operators cut the routes; they
  must restore them");
- *the group's pronoun as the point's subject* (``POINT_PRONOUN``): "Several fish traders said
  they lose X" -> "Several fish traders lose X", "Les chauffeurs ont indiqué qu'ils terminent
  X" -> "Les chauffeurs terminent X", "Los conductores explicaron que (ellos) terminan X" ->
  "Los conductores terminan X", "أكد تجار السمك أنهم يخسرون X" -> "تجار السمك يخسرون X", "Водители
  отметили, что они заканчивают X" -> "Водители заканчивают X" (the older rules left "Они
  заканчивают X"), "司机们说，他们要X" -> "司机们要X". The group is the frame's own subject, as
  written; a second "and that they" / "، وأنهم" clause follows it ("، وهم");
- *a call for a noun* (``NOUN_CALL``): a Chinese group's call or support before a verb phrase
  opening on a preposition given its modal ("多数发言人支持在X中赋予Y" -> "应在X中赋予Y"), and
  an English second clause's "asked for a/more N" -> "There should be ... N".

The frame the kinds step cut before a point travels with it (``kinds.sentence_reading``,
``Kind.cuts``) and is given here as ``cut``, so that a text read from the point alone knows that
its frame was taken off and what it was (a second verb must agree with it). Nothing is kept
between calls: two editions drafted in one process read each point with its own frame.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from forum_messages.nlp.segment import arabic_plain

#: a group's frame that governs a second clause: the second read again as a sentence of its own
SECOND_CLAUSE = True
#: a frame whose subject is the group's pronoun (or a plural verb with no subject) read again
#: with the group named
GROUP_PRONOUN = True
#: the group's pronoun as the point's subject after the group's frame given the group
POINT_PRONOUN = True
#: a Chinese call or support of the group before a verb phrase opening on a preposition given
#: its modal ("多数发言人支持在X中赋予Y" -> "应在X中赋予Y"), and an English second clause's
#: call for a noun ("..., and asked for a visible link" -> "There should be a visible link")
NOUN_CALL = True
#: the settings above by name
SETTINGS = ("SECOND_CLAUSE", "GROUP_PRONOUN", "POINT_PRONOUN", "NOUN_CALL")

_I = re.IGNORECASE

#: the group a frame is read again with, as the older rules know it
_GROUP = {
    "en": "Participants",
    "es": "Los participantes",
    "fr": "Les participants",
    "ru": "Участники",
    "ar": "المشاركون",
    "zh": "与会者",
}

# ------------------------------------------------------------------ a second reported clause

_EN_VERBS = (
    r"asked|called|urged|recommended|proposed|suggested|demanded|requested|insisted|stressed|"
    r"noted|said|added|warned|argued|pointed\s+out|recalled|underlined|emphasi[sz]ed|"
    r"highlighted|cautioned|appealed"
)
_FR_VERBS = (
    r"demandé|appelé|recommandé|proposé|souligné|rappelé|insisté|estimé|ajouté|indiqué|"
    r"exhorté|plaidé|averti|noté|relevé|précisé|réclamé|suggéré|invité|mis\s+en\s+garde"
)
_ES_VERBS = (
    r"pid|solicit|reclam|exig|recomend|propus|inst|llam|señal|destac|subray|advirt|"
    r"añad|insist|record|indic|plante|abog|sugir|urg"
)
_RU_VERBS = (
    r"призвал|предложил|попросил|рекомендовал|потребовал|подчеркнул|отметил|добавил|"
    r"напомнил|указал|заявил|предупредил|настаивал|высказал"
)
#: a second clause's head: the conjunction and a verb of saying or asking with no subject
_SECOND = {
    "en": re.compile(rf",\s+and\s+(?:also\s+)?(?=(?:{_EN_VERBS})\b)", _I),
    "fr": re.compile(
        rf",?\s+et\s+(?P<aux>ont|a)\s+(?:aussi\s+|également\s+)?(?=(?:{_FR_VERBS})\b)"
    ),
    "es": re.compile(rf",?\s+y\s+(?:también\s+)?(?=(?:{_ES_VERBS})\w*(?P<end>ron|ó)\b)"),
    "ru": re.compile(rf",?\s+и\s+(?:также\s+)?(?=(?:{_RU_VERBS})(?P<end>и|а)?\b)"),
    "ar": re.compile(
        r"(?:،\s*|\s)و(?=(?:طالبوا|دعوا|أوصوا|اقترحوا|أكدوا|شددوا|أشاروا|لفتوا|حذروا|أضافوا|نبهوا)\s)"
    ),
    "zh": re.compile(
        r"[，,]\s*(?:并且|并|还|同时)(?=(?:呼吁|建议|提出|强调|指出|表示|要求|提议|主张))"
    ),
}
#: a second clause's verb of asking (its point, read again, must keep a modal) ...
_CALL = {
    "en": re.compile(
        r"(?:asked|called|urged|recommended|proposed|suggested|demanded|requested|appealed)\b", _I
    ),
    "fr": re.compile(
        r"(?:ont\s+|a\s+)?(?:demandé|appelé|recommandé|proposé|exhorté|plaidé|réclamé|suggéré|invité)"
    ),
    "es": re.compile(
        r"(?:pid|solicit|reclam|exig|recomend|propus|inst|llam|abog|sugir|urg|insist)", _I
    ),
    "ru": re.compile(r"(?:призвал|предложил|попросил|рекомендовал|потребовал)"),
    "ar": re.compile(r"(?:طالبوا|دعوا|أوصوا|اقترحوا)"),
    "zh": re.compile(r"(?:呼吁|建议|要求|提议|主张)"),
}
_CALL["ar"] = re.compile(r"و?(?:طالب|دعا|دعوا|أوصى|أوصوا|اقترح)")
#: ... one of these
_MODAL = {
    "en": re.compile(r"\b(?:should|must|need|needs|needed|ought|call\s+for)\b", _I),
    "fr": re.compile(r"\b(?:devr\w*|doi\w*|doiv\w*|faut|nécessaire|faudrait)\b", _I),
    "es": re.compile(r"\b(?:deb\w*|hay\s+que|necesari\w*|preciso)\b", _I),
    "ru": re.compile(r"(?:необходимо|следует|должн\w*|нужно|надо)", _I),
    "ar": re.compile(r"(?:ينبغي|يجب|لا\s+بد|ضرورة|على\s)"),
    "zh": re.compile(r"(?:应|需要|必须|须)"),
}
#: a plural verb of Arabic written in the singular before its subject
_AR_SINGULAR = {
    "طالبوا": "طالب",
    "دعوا": "دعا",
    "أوصوا": "أوصى",
    "اقترحوا": "اقترح",
    "أكدوا": "أكد",
    "شددوا": "شدد",
    "أشاروا": "أشار",
    "لفتوا": "لفت",
    "حذروا": "حذر",
    "أضافوا": "أضاف",
    "نبهوا": "نبه",
    "أوضحوا": "أوضح",
    "أجمعوا": "أجمع",
    "اتفقوا": "اتفق",
    "شدّدوا": "شدد",
}
_STOP = {"zh": "。"}


def _frame_before(sentence: str, out: str, code: str) -> str | None:
    """The words the older rules took off before the text's first clause (None when the text
    does not open on the sentence's own words)."""
    s = arabic_plain(sentence) if code == "ar" else sentence
    o = arabic_plain(out) if code == "ar" else out
    probe = o[:24].casefold()
    at = s.casefold().find(probe)
    return s[:at] if at > 0 else None


def _agrees(code: str, m: re.Match[str], frame: str, rest: str) -> bool:
    """Whether the second verb agrees with the frame's (the same subject governs both)."""
    if code == "fr":
        return re.search(rf"\b{m.group('aux')}\b", frame) is not None
    if code == "es":
        end = m.group("end")
        return any(w.endswith(end) for w in re.findall(r"\w+", frame))
    if code == "ru":
        plural = rest.split(maxsplit=1)[0].endswith("ли")
        return plural == bool(re.search(r"\w+ли\b", frame))
    if code == "ar":
        # a frame of the group: a verb and a plural noun, or a plural verb
        return bool(re.search(r"(?:ون|ين)\b|وا\b", frame))
    return True


def second_clause(
    sentence: str,
    out: str,
    code: str,
    reread: Callable[[str], str],
    frame: str | None = None,
    cut: str = "",
) -> str | None:
    """The text with its second reported clause read again as a sentence of its own (None
    when there is none, or the second frame stays). ``frame``: the frame the caller took off;
    ``cut``: the frame the kinds step took off before ``sentence`` ("" when none)."""
    pattern = _SECOND.get(code)
    if not SECOND_CLAUSE or pattern is None:
        return None
    m = pattern.search(out)
    if not m or m.start() < 8:
        return None
    if frame:
        pass  # the frame the caller took off
    elif out.strip() == sentence.strip():
        frame = cut  # the kinds step took the frame off
    else:
        frame = _frame_before(sentence, out, code)
    if not frame or m.group(0).strip() not in sentence:
        return None
    rest = out[m.end() :].strip()
    if not _agrees(code, m, frame, rest):
        return None
    if code == "ar":
        verb, _, after = rest.partition(" ")
        rebuilt = f"{_AR_SINGULAR.get(arabic_plain(verb), verb)} {_GROUP['ar']} {after}"
    elif code == "zh":
        rebuilt = f"{_GROUP['zh']}{rest}"
    else:
        if code == "fr":
            rest = "ont " + rest
        elif code == "es" and m.group("end") == "ó":
            return None  # a singular verb: the group's plural would not agree
        elif code == "ru" and not rest.split(maxsplit=1)[0].endswith("ли"):
            return None
        rebuilt = f"{_GROUP[code]} {rest}"
    said = reread(rebuilt).strip()
    if not said or said == rebuilt.strip() or _GROUP[code].casefold() in said.casefold():
        said = _en_noun_call(rest) if code == "en" else ""
        if not said:
            return None
    if _CALL[code].match(rest) and not _MODAL[code].search(said):
        return None  # a call written as a fact, or a party left before a bare infinitive
    head = out[: m.start()].rstrip(" ,،，;")
    return head + _STOP.get(code, ". ") + said


_EN_NOUN_CALL = re.compile(
    r"asked\s+for\s+(?=(?:a|an|more|better|clearer|stronger|regular|new)\s)(?P<noun>.+)$", _I
)


def _en_noun_call(rest: str) -> str:
    """ "asked for a visible link between X and Y." -> "There should be a visible link between
    X and Y." ("" for any other clause, or a noun with an infinitive after it: "asked for a
    council to fund ...")."""
    m = _EN_NOUN_CALL.match(rest)
    if not NOUN_CALL or not m or re.search(r"\bto\s+(?!the\b|a\b|an\b)\w+", m.group("noun")):
        return ""
    return f"There should be {m.group('noun')}"


#: a Chinese group's call or support before a verb phrase opening on a preposition
_ZH_CALL = re.compile(
    r"(?:[^，,。：:]{0,8}?(?:人|者|们|代表|方)|他们|她们)?(?:支持|赞成|呼吁|主张)(?=[在将把对为向让使由])"
)


def zh_call(sentence: str, out: str, cut: str = "") -> str | None:
    """ "多数发言人支持在X中赋予Y" -> "应在X中赋予Y", where the older rules kept the sentence or
    took the frame off without a modal (None otherwise; ``cut``: the frame the kinds step
    took off before ``sentence``)."""
    whole = cut + sentence  # the frame the kinds step took off
    m = _ZH_CALL.match(whole) if NOUN_CALL else None
    if not m or len(whole) - m.end() < 6:
        return None
    rest = whole[m.end() :]
    if out.strip() not in (whole.strip(), rest.strip()):
        return None
    return "应" + rest


# ------------------------------------------------------------------ the group's pronoun frame

_PRONOUN_FRAME = {
    "en": re.compile(r"They\s+(?=\w+ed\b|said\b|told\b)"),
    "fr": re.compile(r"(?:Ils|Elles)\s+(?=ont\s)"),
    # a plural verb of saying or asking with no subject, or the pronoun before it
    "es": re.compile(
        rf"(?:(?:Ellos|Ellas)\s+)?(?=(?:{_ES_VERBS}|coincid|explic|dij|afirm|"
        r"manifest|expres|mencion|apunt|recalc|reconoc|alert|consider)\w*(?:aron|ieron|eron)\s)",
        _I,
    ),
    "ar": re.compile(r"و?(?=(?:" + "|".join(_AR_SINGULAR) + r")\s)"),
    "ru": re.compile(r"Они\s+(?=\w+ли\b)"),
    "zh": re.compile(r"(?:他们|她们)(?=(?:呼吁|建议|要求|提出|主张|指出|强调|表示|认为))"),
}


def group_pronoun(sentence: str, code: str, reread: Callable[[str], str]) -> str | None:
    """A frame whose subject is the group's pronoun read again with the group named (None
    when there is none, or the frame is none the older rules know)."""
    pattern = _PRONOUN_FRAME.get(code)
    if not GROUP_PRONOUN or pattern is None:
        return None
    s = arabic_plain(sentence) if code == "ar" else sentence
    m = pattern.match(s)
    if not m:
        return None
    if code == "ar":
        rest = s[m.end() :]
        verb, _, after = rest.partition(" ")
        rebuilt = f"{_AR_SINGULAR[verb]} {_GROUP['ar']} {after}"
    else:
        rest = sentence[m.end() :]
        if code == "es":
            rebuilt = f"{_GROUP[code]} {rest[0].lower()}{rest[1:]}"
        elif code == "zh":
            rebuilt = f"{_GROUP[code]}{rest}"
        else:
            rebuilt = f"{_GROUP[code]} {rest}"
    said = reread(rebuilt).strip()
    if not said or said == rebuilt.strip() or _GROUP[code].casefold() in said.casefold():
        return None
    if _CALL[code].match(rest) and not _MODAL[code].search(said):
        return None  # a call written as a fact
    return said


# ------------------------------------------------------------ the group's pronoun in the point

_EN_GROUP = (
    r"(?:(?:Several|Many|Most|Some|Few|All|Both|The)\s+(?:of\s+the\s+)?)?"
    r"(?:[a-z-]+\s+){0,2}?[a-z-]+s"
)
_EN_SAID = (
    r"said|explained|reported|noted|stressed|complained|admitted|acknowledged|warned|"
    r"told\s+the\s+(?:session|workshop|panel|room|forum)"
)
_POINT = {
    "en": re.compile(rf"(?P<g>{_EN_GROUP})\s+(?:{_EN_SAID})(?:\s+that)?\s+they\s+(?P<rest>.+)$"),
    "fr": re.compile(
        r"(?P<g>(?:Plusieurs|Les|Des|De nombreux|De nombreuses|Certains|Certaines|"
        r"La plupart des)\s+"
        r"[^,;:]{2,40}?)\s+ont\s+(?:expliqué|indiqué|dit|souligné|affirmé|déclaré|reconnu|"
        r"précisé|fait\s+valoir|signalé|raconté|relevé|noté|rappelé)\s+qu['’](?:ils|elles)\s+"
        r"(?P<rest>.+)$"
    ),
    "es": re.compile(
        r"(?P<g>(?:Varios|Varias|Muchos|Muchas|Algunos|Algunas|Los|Las|La\s+mayoría\s+de(?:\s+los|\s+las)?)"
        r"\s+[^,;:]{2,40}?)\s+\w+(?:aron|ieron|eron)\s+que\s+(?P<pro>(?:ellos|ellas)\s+)?(?P<rest>.+)$"
    ),
    "ru": re.compile(r"(?P<g>[А-ЯЁ][^,;:]{2,40}?)\s+\w+ли,\s+что\s+они\s+(?P<rest>.+)$"),
    "zh": re.compile(
        r"(?P<g>[^，,：:。]{1,10}?[们者])(?:表示|说|指出|强调|提到|介绍|反映|坦言)[，,：:]\s*(?:他们|她们)(?P<rest>.+)$"
    ),
    "ar": re.compile(
        r"و?(?:أكد|أوضح|أشار|قال|ذكر|لفت|بين|شدد|اعترف|أفاد|رأى|اعتبر)\s+"
        r"(?P<g>(?:\S+\s+){0,2}?\S+)\s+(?:(?:إلى|على)\s+)?أنهم\s+(?P<rest>.+)$"
    ),
}
#: a Spanish word that opens a clause with no subject of its own: a plural verb, or a negation
#: or clitic before it
_ES_VERB = re.compile(
    r"(?:(?:no|ya|nunca|también|se|les|lo|la|los|las|nos)\s+)*\w{2,}(?:an|en|ron|ían|rán|rían)\b"
)
_ES_NOT_VERB = frozenset(
    {"el", "en", "un", "van", "bien", "joven", "imagen", "origen", "plan", "examen", "orden"}
)
#: an Arabic word that opens a clause with no subject of its own
_AR_OPENS = re.compile(r"(?:لم|لن|لا|قد|ما|كانوا|باتوا|أصبحوا|ظلوا|ما\s+زالوا|[يت]\S{2,})\s")


def point_pronoun(sentence: str, code: str) -> str | None:
    """The group's frame before a point whose subject is the group's pronoun, the group given
    as the point's subject (None when the shape is not there)."""
    pattern = _POINT.get(code)
    if not POINT_PRONOUN or pattern is None:
        return None
    s = arabic_plain(sentence) if code == "ar" else sentence
    m = pattern.match(s.strip())
    if not m:
        return None
    group, rest = m.group("g").strip(), m.group("rest")
    if code == "en":
        if re.match(r"(?:Participants|Speakers|They)\b", group):
            return None  # the older rules' own frames
        rest = re.sub(r",\s+and\s+that\s+they\s+", ", and ", rest)
        rest = re.sub(r",\s+and\s+that\s+", ", and ", rest)
        return f"{group} {rest}"
    if code == "fr":
        rest = re.sub(r",?\s+et\s+qu['’](?:ils|elles)\s+", " et ", rest)
        return f"{group} {rest}"
    if code == "es":
        first = rest.split(maxsplit=1)[0].casefold()
        if not m.group("pro") and (not _ES_VERB.match(rest.casefold()) or first in _ES_NOT_VERB):
            return None
        return f"{group} {rest}"
    if code == "ru":
        return f"{group} {rest}"
    if code == "zh":
        return f"{group}{rest}"
    # Arabic: the group as the subject before its verb, a plural in the nominative
    if not _AR_OPENS.match(rest + " "):
        return None
    words = group.split()
    if words[0] in ("بعض", "عدد", "أحد", "إحدى") or words[0].endswith("ين"):
        return None  # a part of a group or an oblique case: left as written
    if len(words) == 1 and not words[0].startswith("ال"):
        words[0] = "ال" + words[0]
    rest = re.sub(r"،\s*وأنهم\s+", "، وهم ", rest)
    if arabic_plain(sentence) != sentence:
        return None  # vowel marks: the sentence is kept as written
    return " ".join(words) + " " + rest


def told(
    sentence: str, older: str, code: str, reread: Callable[[str], str], cut: str = ""
) -> str | None:
    """The group's pronoun as the point's subject given its group (``point_pronoun``), where
    the older rules' text (``older``) left the sentence whole, the pronoun or verb without its
    group ("Они X", "Pierden X") or the group with a word of the point lost; its second
    reported clause kept as a sentence of its own. None when the shape is not there or the
    older rules read another frame ("were confident that X" -> "X"). ``cut``: the frame the
    kinds step took off before ``sentence``."""
    frame = cut
    whole = sentence
    if frame:  # the sentence as written, its frame before the point the kinds step kept
        joiner = "" if code == "zh" or frame.endswith((" ", "，", ",", "：", ":")) else " "
        low = sentence if code in ("zh", "ar") else sentence[:1].lower() + sentence[1:]
        whole = frame + joiner + low
    found = point_pronoun(whole, code)
    if not found:
        return None
    plain = arabic_plain(whole) if code == "ar" else whole
    m = _POINT[code].match(plain.strip())
    assert m is not None
    group, rest = m.group("g").strip(), m.group("rest")
    was = " ".join(older.casefold().split())
    dangling = was.endswith(" ".join(rest.casefold().split())) and len(was) <= len(rest) + 12
    if not (older.strip() == sentence.strip() or dangling or older.startswith(group)):
        return None
    return second_clause(whole, found, code, reread, frame=plain[: m.start("rest")]) or found


def mend(sentence: str, out: str, code: str, reread: Callable[[str], str], cut: str = "") -> str:
    """A sentence's message text (``out``, as the older rules write it) with a frame whose
    subject is the group's pronoun read with the group named, and a second reported clause
    kept as a sentence of its own (``cut``: the frame the kinds step took off before
    ``sentence``, "" when none)."""
    if code == "zh":
        should = zh_call(sentence, out, cut)
        if should:
            return should
    if out.strip() == sentence.strip() and not cut:
        named = group_pronoun(sentence, code, reread)
        if named:
            return named
    return second_clause(sentence, out, code, reread, cut=cut) or out
