"""Frames the readable files still keep (docs/quality.md, "Statement kinds: a seventy-first
round, frames the readable files keep"); only the message text changes, never a statement's
kind or the point it is read and grouped by.

Seven shapes the older rules leave, each a setting:

- *a finding's or a conclusion's number before the point* (``LABEL``): "Finding 2. X",
  "Conclusion 3: X", "Hallazgo 1. X", "Constat 3. X", "Вывод 2. X", "النتيجة 2. X", "发现二：X"
  -> X (a sentence that is only the label is left out before the point, as a courtesy is);
  "Finding 2 of the audit ..." (the label as the subject) stays;
- *what was said again and again* (``REPEATED``): "It was repeated in several sessions that X,
  and that Y", "Se repitió en varias sesiones que X, y que Y", "На нескольких сессиях
  повторялось, что X, и что Y", "تكرر في جلسات عدة وبأكثر من لغة أن X، وأن Y" -> "X, and Y";
  "The same fault was repeated in several boats" stays;
- *the forum's recommendation governing two clauses or a verb the older list lacks*
  (``RECOMMENDS``): "The forum recommends that A <verb>, and that B <verb>" (and "Le Forum
  recommande que A <subj.>, et que B <subj.>", "El Foro recomienda que A <subj.>, y que B
  <subj.>") -> each clause read as the older rules read one ("A should ..., and B should
  ..."); "The Forum recommends that emergency calls reach X" -> "Emergency calls should reach
  X" (a plural party before a bare verb);
- *the group's agreement or the discussion's conclusion after the point* (``AFTER_SUMMARY``):
  "X, and this is what the speakers agreed on.", "X; that was the conclusion of the
  discussion.", "X; esa fue la conclusión del debate.", "X : telle a été la conclusion du
  débat.", "X — таков был вывод дискуссии.", "X، وهذا ما أجمع عليه المتحدثون.", "X؛ تلك كانت
  خلاصة النقاش في هذا المحور.", "X，这是本场讨论的结论。" -> "X.";
- *a panel named with its subject, or the room's repetition, in the middle of the point*
  (``MID_BODY``): "X, the panel on cold chains concluded, Y", "X, concluyó la mesa sobre
  pagos, Y", "X, se repitió varias veces en la sala, Y", "X, a conclu la table ronde sur Z,
  Y", "X, заключили участники круглого стола о Z, Y" -> "X Y";
- *a call for a noun of action by a verb of asking* (``NOUN_CALL``): "Les participants ont
  plaidé pour la mise en place d'un X" -> "Il faut mettre en place un X", "Los participantes
  reclamaron la creación de un X" -> "Hay que crear un X" (read as the older rules read "ont
  recommandé", "recomendaron"), "Un appel à la création de X." -> "Il faut créer X.", "توصية
  المنتدى بإخضاع X" -> "ينبغي إخضاع X";
- *the group's own call before a verb* (``WE_CALL``): "Nous appelons à interdire X" -> "Il
  faut interdire X", "Pedimos prohibir X" -> "Hay que prohibir X", "Мы призываем запретить X"
  -> "Необходимо запретить X", "ندعو إلى حظر X" -> "ينبغي حظر X", "我们呼吁禁止X" -> "应禁止X";
  "Nous appelons cela ...", "Pedimos prestado ...", "Мы призываем волонтёров ...", "我们呼吁了三年"
  stay.

Each rewrite is taken only where the older rules left the sentence as written (or, for the
two shapes read first, left it whole or cut it at a conjunction), and only when the rest
stands as a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from forum_messages.nlp.segment import arabic_plain, arabic_plain_offsets
from forum_messages.synth.kind_cues_tracks import _EN_NUMBER, _ES_NUMBER, _FR_NUMBER
from forum_messages.synth.kind_cues_voice2 import _EN_VERBS as _EN_KNOWN
from forum_messages.synth.kind_cues_voice2 import _en_party

#: a finding's or conclusion's number before the point left out
LABEL = True
#: an impersonal frame of what was said again and again taken off
REPEATED = True
#: the forum's recommendation of two clauses, or of a verb the older list lacks, read clause
#: by clause
RECOMMENDS = True
#: the group's agreement or the discussion's conclusion after the point taken off
AFTER_SUMMARY = True
#: a panel named with its subject, or the room's repetition, in the middle of the point
MID_BODY = True
#: a call for a noun of action by a verb of asking made a necessity
NOUN_CALL = True
#: the group's own call before a verb made a necessity
WE_CALL = True
#: the settings above by name
SETTINGS = (
    "LABEL",
    "REPEATED",
    "RECOMMENDS",
    "AFTER_SUMMARY",
    "MID_BODY",
    "NOUN_CALL",
    "WE_CALL",
)

_I = re.IGNORECASE
Reread = Callable[[str], str]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _stop(text: str, code: str) -> str:
    """The text ending as a sentence does."""
    text = text.rstrip(" ,;:،؛，；")
    end = "。" if code == "zh" else "."
    return text if text.endswith((".", "!", "?", "。", "！", "？")) else text + end


# ------------------------------------------------------------------ a finding's number

_ZH_N = r"[一二三四五六七八九十\d]{1,3}"
_LABEL_WORDS = {
    "en": rf"(?:key\s+)?(?:finding|conclusion|observation|lesson|takeaway)\s+{_EN_NUMBER}",
    "es": rf"(?:hallazgo|conclusión|constatación|observación|lección)\s+{_ES_NUMBER}",
    "fr": rf"(?:constat|conclusion|observation|enseignement)\s+{_FR_NUMBER}",
    "ru": r"(?:вывод|наблюдение|заключение|урок)\s+(?:\d{1,2}|[IVX]{1,4})",
    "ar": r"(?:النتيجة|الخلاصة|الاستنتاج|الملاحظة|الدرس)\s+(?:\d{1,2}|[٠-٩]{1,2})",
    "zh": rf"(?:发现|结论|观察|启示){_ZH_N}",
}
#: a sentence that is only the label
_LABEL_ALONE = {
    code: re.compile(rf"^\s*{words}\s*[.:：。]?\s*$", _I) for code, words in _LABEL_WORDS.items()
}
#: the label before the point, after a colon, a full stop or a dash
_LABEL_BEFORE = {
    code: re.compile(rf"^\s*{words}\s*(?:[:：]|\.(?=\s)|\s[–—])\s*(?=\S)", _I)
    for code, words in _LABEL_WORDS.items()
}


def label_alone(sentence: str, code: str) -> bool:
    """Whether a sentence is only a finding's number ("Finding 2.", "Вывод 2.")."""
    pattern = _LABEL_ALONE.get(code)
    return bool(LABEL and pattern and pattern.match(sentence))


def without_label(sentences: list[str], code: str) -> list[str]:
    """The sentences without a finding's number standing alone before the first other one."""
    if len(sentences) > 1 and label_alone(sentences[0], code):
        return sentences[1:]
    return sentences


def label(sentence: str, code: str, reread: Reread) -> str | None:
    """ "Finding 2: X" -> X read again (None when there is no label or too little after it)."""
    pattern = _LABEL_BEFORE.get(code)
    m = pattern.match(sentence) if LABEL and pattern else None
    if not m or len(sentence) - m.end() < 12:
        return None
    return reread(_cap(sentence[m.end() :]))


# ------------------------------------------------------------------ said again and again

_REPEATED = {
    "en": re.compile(
        r"^It\s+was\s+(?:repeated|said|stressed|heard|pointed\s+out|noted)"
        r"(?:\s+(?:again\s+and\s+again|more\s+than\s+once|several\s+times|repeatedly))?"
        r"(?:\s+(?:in|across|at)\s+(?:several|many|most|different|the)\s+[\w\s-]{2,30}?)?"
        r",?\s+that\s+(?P<rest>.+)$"
    ),
    "es": re.compile(
        r"^Se\s+(?:repitió|reiteró|escuchó|oyó)"
        r"(?:\s+(?:varias|muchas)\s+veces)?"
        r"(?:\s+en\s+(?:varias|muchas|distintas|todas\s+las)\s+(?:sesiones|mesas|intervenciones))?"
        r",?\s+que\s+(?P<rest>.+)$"
    ),
    # (without the sessions before it, "Не раз звучало, что" is the older rules':
    # ``kind_cues_voice11.AGAIN``)
    "ru": re.compile(
        r"^(?:На|В)\s+(?:нескольких|многих|разных|всех)\s+(?:сессиях|секциях|выступлениях|"
        r"заседаниях)\s+(?:не\s+раз\s+|неоднократно\s+)?(?:повторялось|звучало|говорилось)"
        r"(?:\s+(?:не\s+раз|неоднократно))?,\s+что\s+(?P<rest>.+)$",
        _I,
    ),
    "ar": re.compile(r"^و?(?:تكرر|تردد)\s+في\s+[^،؛.]{2,60}?\s+أن\s+(?P<rest>.+)$"),
    # "讨论中，几位嘉宾从不同角度反复回到同一个问题：X" (a group, never one person)
    "zh": re.compile(
        r"^(?:讨论中[，,])?(?:(?:几位|多位|不少|许多)[^，,：:。]{0,6}?|[^，,：:。]{1,6}?们|与会者|"
        r"发言者)?(?:从不同角度)?(?:反复|一再|多次)(?:回到|提到|强调|谈到)(?:同一个问题|"
        r"同一件事|这一点)?[：:]\s*(?P<rest>.+)$"
    ),
}
#: the frame must say that the words came again and again ("It was said that X" is a report,
#: not a repetition: it stays)
_AGAIN = re.compile(
    r"repeat|again|more\s+than\s+once|several|many|most|different|repit|reiter|varias|muchas|"
    r"distintas|todas|повтор|неоднократно|не\s+раз|нескольких|многих|разных|всех|تكرر|تردد|"
    r"反复|一再|多次",
    _I,
)
#: a second "that" clause after the first, its conjunction kept
_AND_THAT = {
    "en": (re.compile(r",\s+and\s+that\s+"), ", and "),
    "es": (re.compile(r",?\s+y\s+que\s+"), ", y "),
    "ru": (re.compile(r",\s+и\s+что\s+"), ", и "),
    "ar": (re.compile(r"،\s*وأن\s+(?!\S*ين\s)"), "، و"),
}
#: a clause that opens on what the frame's "that" took (a verb, a pronoun left alone)
_NOT_SUBJECT = {
    "en": re.compile(r"^(?:is|are|was|were|has|have|had|will|would|can|could|should|must)\b"),
    "es": re.compile(r"^(?:es|son|era|eran|ha|han|había|habían|se|no)\b"),
    "ru": re.compile(r"^(?:это|они|он|она|оно)\b"),
    "ar": re.compile(r"^(?:هم|هو|هي|ه|ها)\b"),
    "zh": re.compile(r"^(?:他|她|它)(?!们)"),
}


def repeated(sentence: str, older: str, code: str) -> str | None:
    """ "It was repeated in several sessions that X, and that Y" -> "X, and Y" (None when
    the shape is not there, or the older rules read the sentence otherwise)."""
    pattern = _REPEATED.get(code)
    if not REPEATED or pattern is None:
        return None
    s = arabic_plain(sentence) if code == "ar" else sentence
    m = pattern.match(s.strip())
    if not m or not _AGAIN.search(s.strip()[: m.start("rest")]):
        return None
    if older.strip() != sentence.strip() and not re.match(r"(?:And|Y|И|و)\s", older.strip()):
        return None  # the older rules read it
    rest = m.group("rest")
    if len(rest) < (8 if code == "zh" else 20) or _NOT_SUBJECT[code].match(rest):
        return None
    if code == "ar":
        if rest.split()[0].endswith("ين"):
            return None  # an accusative that would not stand as a subject
        rest = sentence.strip()[arabic_plain_offsets(sentence.strip())[m.start("rest")] :]
    if code == "zh":
        return rest
    and_that, joiner = _AND_THAT[code]
    rest = and_that.sub(joiner, rest)
    return _cap(rest)


# ------------------------------------------------------------------ the forum recommends

_RECOMMENDS = {
    "en": re.compile(
        r"^(?P<frame>(?:The|This|Our)\s+(?:[\w-]+\s+){0,3}?(?:forum|Forum|meeting|session|"
        r"workshop|panel|network|coalition|group|IGF)\s+(?:therefore\s+|also\s+)?recommends\s+"
        r"that)\s+(?P<rest>.+)$"
    ),
    "fr": re.compile(
        r"^(?P<frame>(?:Le|La|L['’])\s*(?:[\w-]+\s+){0,3}?(?:forum|Forum|FGI|atelier|réseau|"
        r"coalition|groupe)\s+(?:[\w-]+\s+){0,2}?recommande\s+qu(?:e\s+|(?=['’])))(?P<rest>.+)$"
    ),
    "es": re.compile(
        r"^(?P<frame>(?:El|La)\s+(?:[\w-]+\s+){0,3}?(?:foro|Foro|IGF|taller|red|coalición|"
        r"grupo)\s+(?:[\w-]+\s+){0,2}?recomienda\s+que)\s+(?P<rest>.+)$"
    ),
}
#: the second clause's head, after a comma (without one, or after a semicolon, the older
#: rules' lists read it: ``kind_cues_voice9.CALLS_LEFT``)
_SECOND_THAT = {
    "en": re.compile(r",\s+and\s+that\s+"),
    "fr": re.compile(r",\s+et\s+qu(?:e\s+|(?=['’]))"),
    "es": re.compile(r",\s+y\s+que\s+"),
}
_JOIN = {"en": ", and ", "fr": ", et ", "es": ", y "}
_EN_NOT_VERB = frozenset(
    [
        "with",
        "in",
        "on",
        "at",
        "for",
        "from",
        "of",
        "to",
        "by",
        "that",
        "which",
        "who",
        "whose",
        "and",
        "or",
        "but",
        "than",
        "as",
        "without",
        "across",
        "under",
        "over",
        "near",
        "like",
        "about",
        "into",
        "onto",
        "per",
        "via",
        "within",
        "after",
        "before",
        "during",
        "since",
        "until",
        "there",
        "here",
        "also",
        "only",
        "not",
        "never",
        "always",
    ]
)


def _en_bare(rest: str) -> str | None:
    """ "emergency calls reach X" -> "Emergency calls should reach X": a plural party (as the
    older rules read one) before a word that reads as a bare verb; None otherwise."""
    if re.search(r"\bthat\b|;", rest, re.I):
        return None  # a second clause the older rules' lists read, or none should
    words = rest.split(" ")
    for i, word in enumerate(words[1:7], start=1):
        w = word.casefold()
        if not re.fullmatch(r"[a-z]{2,}", word) or w in _EN_NOT_VERB:
            return None
        if w.endswith(("s", "ed", "ing", "ly")):
            continue
        if _en_party(words[:i], w) and words[i - 1].casefold().endswith("s"):
            return _cap(" ".join([*words[:i], "should", *words[i:]]))
        return None
    return None


#: verbs a recommendation's clause asks for beside the older list
_EN_MORE = frozenset(
    [
        "show",
        "list",
        "carry",
        "reach",
        "receive",
        "run",
        "open",
        "check",
        "post",
        "tell",
        "label",
        "display",
        "state",
        "name",
        "explain",
        "warn",
        "notify",
        "sign",
        "test",
        "answer",
    ]
)
#: words that may follow a bare verb (a determiner, a pronoun, a particle)
_EN_AFTER_VERB = frozenset(
    [
        "the",
        "a",
        "an",
        "its",
        "their",
        "our",
        "his",
        "her",
        "all",
        "every",
        "each",
        "any",
        "no",
        "some",
        "only",
        "not",
        "more",
        "less",
        "at",
        "to",
        "in",
        "on",
        "for",
        "from",
        "by",
        "with",
        "up",
        "out",
        "back",
        "them",
        "it",
        "this",
        "these",
        "those",
        "both",
    ]
)


def _en_singular(clause: str) -> str | None:
    """ "the district pay X" (a clause of a recommendation) -> "The district should pay X": a
    singular party before a bare verb the older rules know is a subjunctive (the word after
    the verb no verb of that list: "every loan offer show the cost" reads "show"); None
    otherwise."""
    words = clause.split(" ")
    if len(words) < 4 or words[0] not in ("the", "every", "each", "its", "their", "our", "a"):
        return None
    for i in range(2, 5):
        if i + 1 >= len(words) or not re.fullmatch(r"[a-z-]+", words[i - 1]):
            return None
        verb, after = words[i], words[i + 1].casefold().strip(",.;")
        if (verb in _EN_KNOWN or verb in _EN_MORE) and after in _EN_AFTER_VERB:
            return _cap(" ".join([*words[:i], "should", *words[i:]]))
    return None


def recommends(sentence: str, older: str, code: str, reread: Reread) -> str | None:
    """The forum's recommendation of two clauses read clause by clause with the older rules
    ("A should ..., and B should ..."), or of a verb the older list lacks (English); None when
    the shape is not there or a clause is not read."""
    pattern = _RECOMMENDS.get(code)
    if not RECOMMENDS or pattern is None:
        return None
    m = pattern.match(sentence.strip())
    if not m:
        return None
    frame, rest = m.group("frame").rstrip(), m.group("rest")
    parts = _SECOND_THAT[code].split(rest)
    if len(parts) > 2:
        return None
    whole = older.strip() == sentence.strip()
    if len(parts) == 1:
        return _en_bare(rest) if code == "en" and whole else None
    second_left = _SECOND_THAT[code].search(older) and older.rstrip(" .").endswith(
        parts[1].rstrip(" .")
    )
    if not (whole or second_left):
        return None  # the older rules read the sentence otherwise
    said = []
    for part in parts:
        clause = part.rstrip(" .")
        one = f"{frame} {clause}." if not frame.endswith(("'", "’")) else f"{frame}{clause}."
        # English: read here alone (the older rules read "every loan offer show" as "every
        # loan should offer show")
        out = (_en_bare(clause) or _en_singular(clause) or "") if code == "en" else reread(one)
        out = out.strip()
        if not out or out == one or "recommend" in out.casefold() or len(out) < len(clause) * 0.8:
            return None
        said.append(out.rstrip("."))
    second = said[1]
    first_word = parts[1].split(" ", 1)[0]
    if first_word[:1].islower() and second.split(" ", 1)[0].casefold() == first_word.casefold():
        second = first_word + second[len(first_word) :]  # the case the source gave the word
    return _stop(said[0] + _JOIN[code] + second, code)


# ------------------------------------------------------------------ a conclusion after the point

_AFTER = {
    "en": re.compile(
        r"(?:,\s*and|;|\s[—–])\s+(?:this|that)\s+(?:is|was)\s+(?:what\s+(?:the\s+|all\s+the\s+)?"
        r"(?:speakers|participants|panell?ists|delegates|room|session|workshop|panel)\s+"
        r"(?:agreed\s+on|agreed\s+upon|agreed|concluded|kept\s+coming\s+back\s+to)|the\s+"
        r"(?:main\s+)?(?:conclusion|message|upshot)\s+of\s+the\s+(?:discussion|debate|session|"
        r"panel|exchange|workshop)(?:\s+on\s+this\s+(?:point|topic|track|theme))?)\s*\.?\s*$",
        _I,
    ),
    "es": re.compile(
        r"(?:;|:|,\s*y|\s[—–])\s+(?:(?:esa|esta|ésa|ésta)\s+fue\s+la\s+(?:principal\s+)?"
        r"(?:conclusión|idea|mensaje)\s+(?:principal\s+)?del?\s+(?:la\s+)?(?:debate|panel|"
        r"taller|diálogo|intercambio|sesión|mesa)(?:\s+en\s+este\s+punto)?|en\s+(?:eso|esto)\s+"
        r"coincidieron\s+(?:todos\s+|todas\s+)?(?:los|las)\s+(?:ponentes|participantes|"
        r"panelistas|asistentes))\s*\.?\s*$",
        _I,
    ),
    "fr": re.compile(
        r"\s*(?::|;|,\s*et|\s[—–])\s+(?:(?:telle\s+a\s+été|ce\s+fut|c['’]est|voilà)\s+la\s+"
        r"conclusion\s+(?:du|de\s+la|de\s+l['’])\s*(?:débat|discussion|atelier|table\s+ronde|"
        r"séance|échange)(?:\s+sur\s+ce\s+point)?|c['’]est\s+sur\s+ce\s+point\s+que\s+(?:les\s+)?"
        r"(?:intervenants|participants|panélistes)\s+se\s+sont\s+accordés)\s*\.?\s*$",
        _I,
    ),
    "ru": re.compile(
        r"\s*(?:[—–]|;|,\s*и)\s+(?:(?:таков|таким)\s+(?:был\s+|стал\s+)?(?:общий\s+)?(?:вывод|итог)"
        r"\s+(?:дискуссии|обсуждения|сессии|панели|семинара)|в\s+этом\s+сошлись\s+(?:все\s+)?"
        r"(?:выступающие|участники|спикеры))\s*\.?\s*$",
        _I,
    ),
    "ar": re.compile(
        r"\s*(?:،\s*|؛\s*)(?:و?(?:هذا|ذلك)\s+ما\s+(?:أجمع|اتفق)\s+عليه\s+(?:ال)?"
        r"(?:متحدثون|مشاركون|حاضرون|خبراء|متدخلون)|(?:تلك|هذه)\s+كانت\s+(?:خلاصة|نتيجة)\s+"
        r"(?:النقاش|الجلسة|الحوار|الورشة)(?:\s+في\s+هذا\s+المحور)?)\s*\.?\s*$"
    ),
    "zh": re.compile(
        r"[，,；;]\s*这(?:是|就是)(?:本场|本次|本节|这场|这次)?(?:讨论|会议|研讨会|论坛|对话)的"
        r"(?:结论|共识)[。.]?\s*$"
    ),
}


def after_summary(sentence: str, code: str) -> str | None:
    """ "X, and this is what the speakers agreed on." -> "X." (None when the shape is not
    there or too little stands before it)."""
    pattern = _AFTER.get(code)
    if not AFTER_SUMMARY or pattern is None:
        return None
    s = arabic_plain(sentence) if code == "ar" else sentence
    m = pattern.search(s)
    if not m or m.start() < (8 if code == "zh" else 20):
        return None
    at = arabic_plain_offsets(sentence)[m.start()] if code == "ar" else m.start()
    return _stop(sentence[:at], code)


# ------------------------------------------------------------------ a panel in the middle

_MID = {
    "en": re.compile(
        r",\s+(?:the\s+(?:panel|round\s+table|workshop|session|working\s+group|breakout\s+group)"
        r"\s+(?:on|about)\s+[^,]{2,40}?\s+(?:concluded|agreed|found|warned)|it\s+was\s+"
        r"(?:repeated|said|stressed)\s+(?:again\s+and\s+again|more\s+than\s+once|several\s+times)"
        r"(?:\s+in\s+the\s+room)?),\s+(?=[a-z])"
    ),
    "es": re.compile(
        r",\s+(?:(?:concluyó|coincidió|advirtió|subrayó)\s+(?:la|el)\s+(?:mesa|panel|taller|"
        r"grupo\s+de\s+trabajo|sesión)(?:\s+(?:sobre|de)\s+[^,]{2,40}?)?|se\s+(?:repitió|dijo|"
        r"insistió)\s+(?:varias|muchas)\s+veces(?:\s+en\s+la\s+sala)?),\s+(?=[a-zñáéíóú])"
    ),
    "fr": re.compile(
        r",\s+(?:a\s+(?:conclu|estimé|souligné)\s+(?:la|le|l['’])\s*(?:table\s+ronde|atelier|"
        r"panel|groupe\s+de\s+travail|séance)(?:\s+(?:sur|consacrée?\s+à)\s+[^,]{2,40}?)?|"
        r"a-t-on\s+répété(?:\s+plusieurs\s+fois)?(?:\s+dans\s+la\s+salle)?),\s+"
        r"(?=[a-zàâçéèêëîïôûù])"
    ),
    "ru": re.compile(
        r",\s+(?:(?:заключили|отметили|подчеркнули|согласились)\s+участники\s+(?:круглого\s+"
        r"стола|секции|панели|сессии|семинара)(?:\s+[^,]{2,40}?)?|(?:не\s+раз|неоднократно)\s+"
        r"(?:повторялось|звучало)\s+в\s+зале),\s+(?=[а-яё])"
    ),
}


def mid_body(sentence: str, code: str) -> str | None:
    """ "X, the panel on cold chains concluded, Y" -> "X Y" (None when the shape is not
    there)."""
    pattern = _MID.get(code)
    if not MID_BODY or pattern is None:
        return None
    m = pattern.search(sentence)
    if not m or m.start() < 8:
        return None
    return sentence[: m.start()] + " " + sentence[m.end() :]


# ------------------------------------------------------------------ a call for a noun

_NOUN_CALL = {
    "fr": re.compile(
        r"^(?P<g>(?:Les|Des|Plusieurs|De\s+nombreux|De\s+nombreuses|Certains|Certaines)\s+"
        r"[^,;:]{2,40}?)\s+ont\s+(?:aussi\s+|également\s+)?(?:plaidé\s+pour|appelé\s+à|réclamé|"
        r"demandé|préconisé)\s+(?P<rest>(?:la|le|l['’])\s*.+)$"
    ),
    "es": re.compile(
        r"^(?P<g>(?:Los|Las|Varios|Varias|Muchos|Muchas|Algunos|Algunas)\s+[^,;:]{2,40}?)\s+"
        r"(?:también\s+)?(?:reclamaron|pidieron|exigieron|solicitaron|abogaron\s+por|se\s+"
        r"pronunciaron\s+a\s+favor\s+de)\s+(?P<rest>(?:la|el)\s+.+)$"
    ),
}
_NOUN_CALL_AS = {"fr": "Les participants ont recommandé ", "es": "Los participantes recomendaron "}
_FR_APPEAL = re.compile(r"^Un\s+appel\s+à\s+(?P<rest>(?:la|le|l['’])\s*.+)$")
#: a verb whose subject is the recommendation itself ("توصية المنتدى بإنشاء X لم تحصل على تمويل")
_AR_OWN_VERB = re.compile(
    r"(?:^|\s)(?:لم|لن|قد|كانت|ظلت|بقيت|أصبحت|لاقت|حظيت|نالت|وجدت|تحتاج|تتطلب|تبقى|جاءت|صدرت)(?=\s|$)"
)
_AR_RECOMMENDATION = re.compile(
    r"^(?:توصية|دعوة|مطالبة)\s+(?:المنتدى|المشاركين|الجلسة|الورشة|المتحدثين)\s+"
    r"(?:إلى\s+|ب)(?P<rest>[^\sا]\S+\s.+)$"
)
_NEED = {"fr": "Il faut ", "es": "Hay que "}


def noun_call(sentence: str, code: str, reread: Reread) -> str | None:
    """A call for a noun of action read as the older rules read a recommendation of one
    ("Il faut créer X", "Hay que crear X", "ينبغي إخضاع X"); None otherwise."""
    if not NOUN_CALL:
        return None
    if code == "ar":
        if arabic_plain(sentence) != sentence:
            return None
        m = _AR_RECOMMENDATION.match(sentence.strip())
        if not m or _AR_OWN_VERB.search(m.group("rest")):
            return None
        return "ينبغي " + m.group("rest")
    pattern = _NOUN_CALL.get(code)
    m = pattern.match(sentence.strip()) if pattern else None
    if not m and code == "fr":
        m = _FR_APPEAL.match(sentence.strip())
    if not m:
        return None
    one = _NOUN_CALL_AS[code] + m.group("rest")
    out = reread(one).strip()
    return out if out.startswith(_NEED[code]) else None


# ------------------------------------------------------------------ the group's own call

_ES_NOT_INFINITIVE = frozenset(
    [
        "lugar",
        "hogar",
        "mar",
        "par",
        "bienestar",
        "militar",
        "familiar",
        "particular",
        "popular",
        "regular",
        "similar",
        "escolar",
        "solar",
        "nuclear",
        "celular",
        "titular",
        "mujer",
        "taller",
        "alquiler",
        "carácter",
        "cáncer",
        "placer",
        "mayor",
        "menor",
        "mejor",
        "peor",
        "exterior",
        "interior",
        "anterior",
        "posterior",
        "superior",
        "inferior",
    ]
)
_RU_NOT_INFINITIVE = frozenset(["сеть", "треть", "печать", "тетрадь", "медь", "нить", "плеть"])
_ZH_VERBS = (
    "禁止|设立|建立|取消|加强|推动|制定|保障|提供|开放|降低|减免|纳入|确保|允许|增加|扩大|设置|"
    "推广|改善|完善|建设|成立|出台|修订|简化|统一|免除|恢复|延长|公开"
)
_WE_CALL = {
    "fr": re.compile(
        r"^Nous\s+(?:appelons|invitons)\s+à\s+(?P<rest>(?P<inf>\w+(?:er|ir|re))\s.+)$"
    ),
    "es": re.compile(
        r"^(?:Pedimos|Exigimos|Reclamamos|Proponemos|Solicitamos)\s+"
        r"(?P<rest>(?P<inf>\w+(?:ar|er|ir))\s.+)$"
    ),
    "ru": re.compile(
        r"^Мы\s+(?:призываем|просим|предлагаем|требуем)\s+(?P<rest>(?P<inf>\w+(?:ть|ти|чь)(?:ся)?)"
        r"\s.+)$"
    ),
    "ar": re.compile(r"^(?:ندعو\s+إلى|نطالب\s+ب)\s*(?P<rest>(?P<inf>[^\sا][^\s]+)\s.+)$"),
    "zh": re.compile(rf"^我们(?:呼吁|建议|要求|主张)(?P<rest>(?P<inf>{_ZH_VERBS}).+)$"),
}
_WE_NEED = {"fr": "Il faut ", "es": "Hay que ", "ru": "Необходимо ", "ar": "ينبغي ", "zh": "应"}


def we_call(sentence: str, code: str) -> str | None:
    """ "Nous appelons à interdire X" -> "Il faut interdire X" (None when the shape is not
    there or the word after the call is no verb)."""
    pattern = _WE_CALL.get(code)
    if not WE_CALL or pattern is None:
        return None
    if code == "ar" and arabic_plain(sentence) != sentence:
        return None
    m = pattern.match(sentence.strip())
    if not m:
        return None
    inf = m.group("inf").casefold()
    if (code == "es" and inf in _ES_NOT_INFINITIVE) or (
        code == "ru" and (inf in _RU_NOT_INFINITIVE or inf.endswith("сть"))
    ):
        return None
    if code == "ar" and re.match(r"(?:ال|إلى|على|أن|من|في)", m.group("inf")):
        return None
    rest = m.group("rest")
    return _WE_NEED[code] + (rest if code in ("ar", "zh") else rest[:1].lower() + rest[1:])


# ------------------------------------------------------------------ the two doors


def first(sentence: str, older: str, code: str, reread: Reread) -> str | None:
    """The shapes read before the older rules' text is taken (``older``: that text): what was
    said again and again, the forum's recommendation clause by clause."""
    return repeated(sentence, older, code) or recommends(sentence, older, code, reread)


def mend(sentence: str, out: str, code: str, reread: Reread) -> str:
    """A sentence's message text (``out``, as the older rules write it) with this round's
    shapes read, where the older rules left the sentence as written."""
    if out.strip() != sentence.strip():
        return out
    for found in (
        label(sentence, code, reread),
        after_summary(sentence, code),
        mid_body(sentence, code),
        noun_call(sentence, code, reread),
        we_call(sentence, code),
    ):
        if found and found.strip() != sentence.strip():
            return found
    return out
