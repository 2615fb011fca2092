"""Message text, extractive: one representative statement, or two complementary ones.

The representative is the statement closest to the group's centre, preferring the output
language (and a source in the output language making its point to a text left in another
one). A sentence from another statement is added when it says something the first does not
(low similarity to it) while staying on the group's point, and never when it only says the
first again (most of its content words the first's, and near it in meaning), nor from a
statement the same-point pair model puts on another point than the first's. Two calls lend
each other a sentence only when they share the rare words of what they ask: the form of a
call ("Governments should ...") brings two calls near in meaning whatever they ask. Reporting
lead-ins ("The session highlighted that ...") and list numbering are removed, sentences are
never repeated.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from forum_messages.engine.vectors import take_rows
from forum_messages.model import Writing
from forum_messages.nlp.base import Embedder, Vectors
from forum_messages.nlp.decide import beats, centroid, decision_scores, ranking
from forum_messages.nlp.keyphrases import stopwords
from forum_messages.nlp.segment import sentences, strip_numbering, words
from forum_messages.synth import ask
from forum_messages.synth.evidence import TermEvidence, content_terms, terms_of
from forum_messages.synth.kind_cues_voice8 import without_courtesies
from forum_messages.synth.kind_cues_voice16 import without_label
from forum_messages.synth.kinds import frame_left, sentence_reading, voiced
from forum_messages.synth.same_point import (
    NEIGHBOURS,
    PairFeatures,
    PointModel,
    shipped_model,
)
from forum_messages.synth.text_clause import reported, told_case

#: A companion lends the representative a sentence only when the same-point pair model (the
#: grouping's, ``same_point.shipped_model``, on the two statements' features over the
#: writer's statements) gives the two this probability or more of making one point; 0: off
#: (any companion at ``companion_above``). Measured in docs/quality.md, step 68.
COMPANION_POINT = 0.65
#: The pair model reads a theme: its mean (``centred``) and each row's ``NEIGHBOURS`` nearest
#: rows (``csls``). A writer given fewer statements than this (a few messages rewritten
#: alone) does not ask it: every companion at ``companion_above`` lends as before.
COMPANION_POINT_ROWS = NEIGHBOURS + 1
#: How a companion below ``COMPANION_POINT`` is refused: "none" (when the sentence the writer
#: chooses is its, no sentence is added: a text only ever loses a sentence) or "filter" (it
#: is no companion; another one may lend a sentence, one the writer did not choose first).
COMPANION_GATE = "none"

_TERMINAL = {"zh": "。"}
_ENDS = (".", "!", "?", "。", "！", "？", "؟", "…")
_CLOSERS = "”’\"'»)]）」』"
#: What a list leaves at the end of an item: its separator, never a sentence's end.
_RESIDUE = ",;:，；：、،؛ "

#: A field's label before the text ("Language: ...", "Tema: ...", "Язык: ...", "主题：……"):
#: the name of a field of a form or a report, not the point. A label of the record's
#: particulars (language, topic, title) with a short value is no sentence at all.
_META_LABEL = (
    r"language|langue|idioma|язык|语言|语种|اللغة|topic|theme|subject|title|sub-?theme|"
    r"tema|tópico|título|subtema|thème|sujet|titre|sous-thème|тема|подтема|название|"
    r"主题|议题|标题|子主题|الموضوع|العنوان|المحور"
)
_CONTENT_LABEL = (
    r"key takeaways?|takeaways?|key messages?|messages? clés?|mensajes? clave|"
    r"ключевые (?:выводы|идеи|сообщения)|主要观点|要点|الرسائل الرئيسية|summary|résumé|resumen|"
    r"резюме|摘要|ملخص|outcomes?|résultats?|resultados?|итоги|成果|نتائج|recommendations?|"
    r"recommandations?|recomendaci(?:ón|ones)|рекомендаци[яи]|建议|التوصيات|توصية|"
    r"calls? to action|appels? à l['’]action|llamados? a la acción|призывы? к действию|"
    r"行动呼吁|دعوات? إلى العمل"
)
_FIELD_LABEL = re.compile(
    rf"^(?:(?P<meta>{_META_LABEL})|{_CONTENT_LABEL})\s*[:：]\s*(?=\S)", re.IGNORECASE
)


def _unlabelled(text: str, language: str) -> str:
    """``text`` without a field's label at the start; "" when it was a particular of the
    record ("Language: English", "Tema: Conectividad significativa", "语言：中文")."""
    m = _FIELD_LABEL.match(text)
    if not m:
        return text
    value = text[m.end() :]
    if m["meta"] and _size(value, language) < (3 if language == "zh" else 4):
        return ""
    return value


#: A list item's number inside a text ("1.", "2)", "（3）", "④"), after a space, a separator
#: or the start (a number in brackets also after a Chinese character: "建议（1）");
#: never a decimal ("1.5 GHz").
_ITEM = re.compile(
    r"(?:(?:^|(?<=[\s;；。:：,，.]))(?:(?P<n>\d{1,2})(?:[.)．、](?!\d)|）)|(?P<c>[①②③④⑤⑥⑦⑧⑨⑩]))|"
    r"(?:^|(?<=[\s;；。:：,，.\u3400-\u9fff]))[（(](?P<p>\d{1,2})[)）])\s*"
)
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


def list_items(text: str) -> list[str]:
    """A text's list split into its items: when the text numbers two items or more in order
    (1, 2, ...), the heading before the first number ("关于网络诈骗治理的建议：",
    "Recommendations:") is dropped and each item given alone."""
    text = " ".join(text.split())
    marks = list(_ITEM.finditer(text))
    numbers = [
        int(m["n"] or m["p"]) if (m["n"] or m["p"]) else _CIRCLED.index(m["c"]) + 1 for m in marks
    ]
    if len(marks) < 2 or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return [text]
    head = text[: marks[0].start()].strip()
    items = [
        text[m.end() : (marks[j + 1].start() if j + 1 < len(marks) else len(text))].strip()
        for j, m in enumerate(marks)
    ]
    if head and not head.endswith((":", "：", *_ENDS)) and not items[0][:1].isupper():
        # numbers inside one sentence ("recommends (1) that ...; (2) that ...; and (3) that
        # ..."): the items are its clauses, not sentences; the sentence is kept whole, unnumbered
        return [_ITEM.sub("", text).strip()]
    # a heading that introduces the list (ends with a colon) is no point; any other text
    # before the first number is kept as a sentence of its own
    kept = [] if not head or head.endswith((":", "：")) else [head]
    return [t for t in (*kept, *items) if t.strip(_RESIDUE)]


#: a lead-in kept whole when its second verb or a call would be left without a subject, or
#: a modal before no verb (off: taken off as the kinds step reads it)
SECOND_VERB = True
#: a body's lead-in kept whole when the point says "it" of the body (off: taken off)
REFERS_BACK = True

#: After a reporting frame is taken off ("Ministers stressed that X, and called for Y"), the
#: frame's second verb, whose subject went with it: "X, and called for Y" reads as if X had
#: called. Such a sentence is kept as written (``_second_verb_left``).
_FRAME_TAIL = {
    "en": re.compile(
        r"(?:,\s*|\s+)and\s+(?:also\s+|further\s+)?(?:called|urged|stressed|noted|"
        r"highlighted|emphasi[sz]ed|underlined|underscored|recommended|proposed|suggested|"
        r"encouraged|invited|warned|cautioned|pointed out|agreed|expressed|welcomed|recalled|"
        r"asked|appealed|insisted|advocated|reaffirmed)\b"
    ),
    "es": re.compile(
        r",?\s+y\s+(?:también\s+|además\s+)?(?:pidi(?:ó|eron)|inst(?:ó|aron)|llam(?:ó|aron)|"
        r"exhort(?:ó|aron)|subray(?:ó|aron)|destac(?:ó|aron)|señal(?:ó|aron)|"
        r"recomend(?:ó|aron)|propus(?:o|ieron)|advirti(?:ó|eron)|abog(?:ó|aron)|"
        r"reclam(?:ó|aron)|solicit(?:ó|aron)|insisti(?:ó|eron))\b"
    ),
    "fr": re.compile(
        r",?\s+et\s+(?:ont|a)\s+(?:également\s+|aussi\s+)?(?:appelé|exhorté|souligné|"
        r"insisté|recommandé|proposé|invité|encouragé|demandé|plaidé|averti|mis en garde|"
        r"noté|relevé|rappelé)\b"
    ),
    "ru": re.compile(
        r",?\s+и\s+(?:также\s+)?(?:призвал|подчеркнул|отметил|рекомендовал|предложил|"
        r"предупредил|настаивал|потребовал|выступил)(?:а|и)?(?!\w)"
    ),
    "zh": re.compile(r"[，,]\s*(?:并|同时|并且)(?:呼吁|建议|强调|指出|提出|倡议|敦促)"),
    "ar": re.compile(
        r"[،,]?\s+و(?:دعوا|دعا|دعت|طالبوا|طالب|طالبت|أوصوا|أوصى|أوصت|شددوا|شدد|شددت|حثوا|حث|"
        r"حثت|اقترحوا|اقترح|اقترحت|حذروا|حذر|حذرت)(?:\s|$)"
    ),
}
_MODAL_NO_VERB = {
    "en": re.compile(r"\b(?:should|must)\s+(?:the|a|an|to|of|on|in|for|and|with)\b", re.I)
}


#: After a body's lead-in is taken off ("The network found that X ... in the countries it
#: surveyed"), the body's own work said of "it": "it" then has nothing to refer to. Such a
#: sentence is kept as written too.
_REFERS_BACK = {
    "en": re.compile(
        r"\b(?:it|they) (?:surveyed|tested|studied|reviewed|examined|interviewed|"
        r"analy[sz]ed|mapped|assessed|consulted|measured|monitored|tracked|visited|"
        r"collected|sampled|audited)\b"
    )
}


#: a call rewritten in its modal that left its second clause in the subjunctive ("Les
#: régulateurs devraient publier des cartes et que les opérateurs partagent ...") is kept as
#: written (off: the rewrite is shown)
ORPHAN_CLAUSE = True

#: A clause joined to the one before by "and that" ("y que", "et que", "и чтобы", "وأن"):
#: it needs a "that" before it to hang on. When taking a frame off or rewriting a call in its
#: modal ("La red pide que los reguladores publiquen X y que los operadores compartan Y" ->
#: "Los reguladores deberían publicar X y que los operadores compartan Y") took the first
#: "that" away, the second is left with nothing to hang on (``_orphan_clause``).
_JOINED_CLAUSE = {
    "en": re.compile(r"(?:,\s*|\s+)(?:and|or)\s+that\s", re.I),
    "es": re.compile(r"(?:,\s*|\s+)(?:y|e|o|ni)\s+que\s", re.I),
    "fr": re.compile(r"(?:,\s*|\s+)(?:et|ou)\s+qu(?:e\s|['’])", re.I),
    "ru": re.compile(r"(?:,\s*|\s+)(?:и|а также)\s+(?:чтобы|что)(?!\w)", re.I),
    "ar": re.compile(r"\sوأن(?=\s)"),
}
#: The "that" a joined clause hangs on, somewhere before it.
_GOVERNOR = {
    "en": re.compile(r"\bthat\b", re.I),
    "es": re.compile(r"\bque\b", re.I),
    "fr": re.compile(r"\bqu(?:e\b|['’])", re.I),
    "ru": re.compile(r"(?<!\w)(?:чтобы|что)(?!\w)", re.I),
    "ar": re.compile(r"(?:^|\s)(?:[بل]?أن|ب?أنه|ب?أنها)(?=\s)"),
}


def _orphan_clause(text: str, language: str) -> bool:
    """Whether ``text`` has a clause joined by "and that" (``_JOINED_CLAUSE``) with no "that"
    before it (``_GOVERNOR``): "Los reguladores deberían publicar mapas y que los operadores
    compartan sus datos"."""
    joined = _JOINED_CLAUSE.get(language) if ORPHAN_CLAUSE else None
    m = joined.search(text) if joined is not None else None
    return m is not None and m.start() > 0 and not _GOVERNOR[language].search(text[: m.start()])


#: a sentence in the first person is not added to a text that is not in it (off: added)
ONE_VOICE = True

#: What a source in the first person (``_FIRST_PERSON``) loses in the choice of a message's
#: text (0, off: nothing). At 0.1 (docs/quality.md, step 56) it takes a frame out of two
#: texts and sends one of test-global-tracks' texts into another language: a setting.
VOICE_PENALTY = 0.0

#: Whether a source the kinds step marks as telling who said what (``avoid``), or one the
#: learned readings weigh down (``soft`` above 0: ``text_soft``), is never the text of a
#: message that has a source that is neither: a rule rather than the penalties alone, which
#: a source much nearer the centre can outweigh. Off (as before, byte for byte): on, it moves
#: no row of the common evaluation; the texts it aims at rest on accounts or on one source
#: (docs/quality.md, step 60).
PLAIN_FIRST = False

#: A sentence telling who said what given as what was said (``text_clause.reported``): "off"
#: (as before), "asked" (on: a sentence opening on the question its speaker was asked: "Asked
#: about X, the director said that P" -> "P") or "said" (also any sentence the kinds step reads
#: as one person's words). Measured (docs/quality.md, step 63): no row of the common evaluation
#: moves, one text of the readable files changes ("said": the same one).
REPORTED_CLAUSE = "asked"
#: In a message every source of which tells who said what (marked, ``avoid``, or weighed down
#: by the learned readings, ``soft``), its text given as the case the speaker told ("...,
#: who described an elderly widow who walked ..." -> "An elderly widow walked ...",
#: ``text_clause.told_case``). On: no row moves, one text of the readable files changes
#: (docs/quality.md, step 63); off: as before.
ACCOUNT_CASE = True

#: A speaker's own voice: first-person pronouns and possessives ("us" in lower case only: not
#: the country; Chinese "我国", a report's formal "our country", and "自我", "self", are not a
#: speaker's).
_FIRST_PERSON = {
    "en": re.compile(
        r"\b(?:[Ww]e|[Oo]urs?|us|[Mm]y|me)\b|(?:^|[,;:“\"(]\s*|\b(?i:and|but|that|as|when|if|so)\s+)"
        r"I(?:\s+(?=[a-z])|['’](?:m|ve|d|ll)\b)"
    ),
    "fr": re.compile(r"\b(?:[Nn]ous|[Nn]otre|[Nn]os|[Jj]e|[Jj]['’]|[Mm]on|[Mm]a|[Mm]es|moi)\b"),
    "es": re.compile(
        r"\b(?:[Yy]o|[Nn]osotr[oa]s|[Nn]uestr[oa]s?|[Mm]is?|me|nos|[Ss]oy|[Ss]omos)\b"
    ),
    "ru": re.compile(r"(?<!\w)(?:я|мы|нас|нам|нами|наш\w*|мой|моя|моё|мои|мне|меня)(?!\w)", re.I),
    "ar": re.compile(r"(?:^|\s)(?:نحن|أنا|لدينا|لنا|إننا|إنني)(?=\s|$)"),
    "zh": re.compile(r"(?<!自)我(?!国)"),
}


def _first_person(text: str, language: str) -> bool:
    pattern = _FIRST_PERSON.get(language)
    return pattern is not None and pattern.search(text) is not None


def _changes_voice(own: Sequence[str], added: str, language: str) -> bool:
    """Whether ``added`` speaks in the first person (``_FIRST_PERSON``) and the sentences
    ``own`` it would follow do not: "Recommendation algorithms ... push the region's own genres
    off the playlists" and "We want to find our own music ..."."""
    if not ONE_VOICE or not _first_person(added, language):
        return False
    return not any(_first_person(sent, language) for sent in own)


def _wants_its_subject(text: str, language: str) -> bool:
    """Whether ``text`` (what is left once a lead-in is taken off) goes on with the lead-in's
    second verb (``_FRAME_TAIL``: "X, and called for Y") or says "it" of the body the lead-in
    named (``_REFERS_BACK``: "the devices it tested")."""
    tail = _FRAME_TAIL.get(language) if SECOND_VERB else None
    m = tail.search(text) if tail is not None else None
    if m is not None and m.start() > 0:
        return True
    back = _REFERS_BACK.get(language) if REFERS_BACK else None
    return back is not None and back.search(text) is not None


def _second_verb_left(before: str, after: str, language: str) -> bool:
    """Whether taking the lead-in off ``before`` left ``after`` wanting the lead-in's subject
    (``_wants_its_subject``): "Ministers stressed that X, and called for Y" -> "X, and called
    for Y"; "The network found that X in the countries it surveyed" -> "X in the countries it
    surveyed"."""
    return after != before and _wants_its_subject(after, language)


def _broken(point: str, language: str) -> bool:
    """Whether a sentence of ``point`` (a statement's point, its frame taken off when read)
    wants the subject it no longer has (``_wants_its_subject``), has a modal before no
    verb, or a clause joined by "and that" with no "that" before it (``_orphan_clause``)."""
    modal = _MODAL_NO_VERB.get(language) if SECOND_VERB else None
    for sent in sentences(point, language):
        if _wants_its_subject(sent, language) or (modal is not None and modal.search(sent)):
            return True
        if _orphan_clause(sent, language):
            return True
    return False


def clean_sentence(text: str, language: str) -> str:
    """Numbering, a field's label and reporting frame removed (``kinds.sentence_reading``), a
    body's own voice taken off (``kinds.voiced``), capitalised, ending with the language's
    full stop where a list separator (";", ":", "；") or nothing ends it (a closing quote
    after a full stop ends it: no "Together.”."). A lead-in is not taken off when its second
    verb would be left without a subject (``_FRAME_TAIL``), nor when what is left has a modal
    before no verb (``_MODAL_NO_VERB``), nor when the frame or the call's rewrite took away
    the "that" a clause joined by "and that" hangs on (``_orphan_clause``): the sentence is
    kept as written."""
    text = strip_numbering(_unlabelled(" ".join(text.split()), language))
    if not text:
        return text
    before = text
    kind, point, attribution, cut = sentence_reading(text, language)
    if kind == "framed":
        text = point
    elif REPORTED_CLAUSE != "off":
        # what a speaker was reported to say, the speaker and the question asked dropped
        text = reported(text, language, attribution, REPORTED_CLAUSE) or text
    if kind != "descriptive":
        # "The coalition recommends that X do" -> "X should do", the frame cut before the
        # point read with it
        text = voiced(text, language, cut if kind == "framed" else "")
    broken = _MODAL_NO_VERB.get(language) if SECOND_VERB else None
    if broken is not None and broken.search(text) and not broken.search(before):
        text = before  # the frame or voice read wrong: the sentence as written
    if _second_verb_left(before, text, language):
        text = before  # the lead-in's second verb would lose its subject: as written
    if text != before and _orphan_clause(text, language) and not _orphan_clause(before, language):
        text = before  # a clause joined by "and that" lost the "that" it hangs on: as written
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    if text and not text.rstrip(_CLOSERS).endswith(_ENDS):
        text = text.rstrip(_RESIDUE) + _TERMINAL.get(language, ".")
    return text


def _size(text: str, language: str) -> int:
    """Length in words (Chinese: characters / 1.8, about one word)."""
    if language == "zh":
        return int(len(text) / 1.8)
    return len(words(text, language))


def content_words(text: str, language: str) -> set[str]:
    """The text's content words: no stop word, none without a letter, cut to their first five
    letters ("funded", "funding" -> "funde"; Chinese: words of two characters or more, whole)."""
    stop = stopwords(language)
    out = set()
    for w in words(text, language):
        if w in stop or not any(c.isalpha() for c in w):
            continue
        if language == "zh":
            if len(w) >= 2:
                out.add(w)
        elif len(w) >= 3:
            out.add(w[:5])
    return out


def content_share(added: str, first: str, language: str) -> float:
    """The share of ``added``'s content words (``content_words``) that ``first`` has too (0
    when ``added`` has none)."""
    mine = content_words(added, language)
    if not mine:
        return 0.0
    return round(len(mine & content_words(first, language)) / len(mine), 6)


class _Terms:
    """The content terms of a writer's statements, read once and only when first asked, and
    whether each statement is a call with the terms of what it asks, read once a statement."""

    def __init__(self) -> None:
        self.evidence: TermEvidence | None = None
        self.asked: dict[int, frozenset[str] | None] = {}
        self.whole: dict[int, frozenset[str]] = {}

    def get(self, texts: Sequence[str], langs: Sequence[str]) -> TermEvidence:
        if self.evidence is None:
            self.evidence = TermEvidence(texts, langs)
        return self.evidence

    def asked_terms(
        self, row: int, texts: Sequence[str], langs: Sequence[str]
    ) -> frozenset[str] | None:
        """The content terms of what statement ``row`` asks (``ask.asked_words``); None when
        it is no call."""
        if row not in self.asked:
            words_asked = ask.asked_words(texts[row], langs[row])
            self.asked[row] = None if words_asked is None else terms_of(words_asked, langs[row])
        return self.asked[row]

    def is_call(self, row: int, texts: Sequence[str], langs: Sequence[str]) -> bool:
        return self.asked_terms(row, texts, langs) is not None

    def content(self, row: int, texts: Sequence[str], langs: Sequence[str]) -> frozenset[str]:
        found = self.whole.get(row)
        if found is None:
            found = self.whole[row] = content_terms(texts[row], langs[row])
        return found


#: Pairs read by the pair model at once (each row's nearest rows are searched over the theme).
_PAIR_BATCH = 256


class _PairGate:
    """Which companions the same-point pair model puts on another point than the
    representative's: a probability below ``bar`` (``COMPANION_POINT``) of making one point,
    the pair's features read over the writer's statements (``same_point.PairFeatures``, as
    the grouping reads them over a theme's), each pair once. ``bar`` 0, or fewer statements
    than ``COMPANION_POINT_ROWS``: none."""

    def __init__(
        self,
        bar: float,
        x: Vectors,
        texts: Sequence[str],
        langs: Sequence[str],
        terms: _Terms,
        kinds: Sequence[str] | None,
        avoid: Sequence[bool] | None,
    ) -> None:
        self.bar = bar
        self.x, self.texts, self.langs, self.terms = x, texts, langs, terms
        self.kinds, self.avoid = kinds, avoid
        self.features: PairFeatures | None = None
        self.model: PointModel | None = None
        self.probs: dict[tuple[int, int], float] = {}

    def asks(self) -> bool:
        return self.bar > 0 and len(self.texts) >= COMPANION_POINT_ROWS

    def read(self, pairs: Sequence[tuple[int, int]]) -> None:
        """The probability of each pair (representative, companion) not yet read, in one
        batch."""
        new = list(dict.fromkeys(p for p in pairs if p not in self.probs))
        if not new or not self.asks():
            return
        if self.features is None or self.model is None:
            evidence = self.terms.get(self.texts, self.langs)
            self.features = PairFeatures(self.x, evidence, self.kinds, self.avoid)
            self.model = shipped_model()
        for at in range(0, len(new), _PAIR_BATCH):  # a block of a theme's rows at a time
            block = new[at : at + _PAIR_BATCH]
            probs = self.model.probability(self.features.pairs(block, self.model.names))
            self.probs.update(zip(block, probs.tolist(), strict=True))

    def below(self, rep: int, rows: Sequence[int]) -> frozenset[int]:
        """The ``rows`` whose probability of making ``rep``'s point is below the bar."""
        if not rows or not self.asks():
            return frozenset()
        self.read([(rep, r) for r in rows])
        return frozenset(r for r in rows if self.probs[(rep, r)] < self.bar)


@dataclass(frozen=True)
class Written:
    text: str
    language: str
    translated: bool  # the text is in the output language
    representative: int  # row of the main statement
    writing: Writing | None = None  # how a model wrote it (source ids still row numbers)


class TextWriter(Protocol):
    """Writes the text of every message group (``ExtractiveWriter``, ``llm.LLMWriter``)."""

    name: str

    def params(self) -> dict[str, object]: ...

    def write_all(
        self,
        groups: Sequence[Sequence[int]],
        x: Vectors,
        texts: Sequence[str],
        langs: Sequence[str],
        out: str,
        embedder: Embedder,
        avoid: Sequence[bool] | None = None,
        written: Sequence[str] | None = None,
        soft: Sequence[float] | None = None,
        kinds: Sequence[str] | None = None,
    ) -> list[Written]: ...


def _barred(
    rows: Sequence[int],
    avoid: Sequence[bool] | None,
    soft: Sequence[float] | None,
    langs: Sequence[str],
    out: str,
) -> frozenset[int]:
    """The rows never chosen as the text of a message of ``rows`` (``PLAIN_FIRST``): those
    marked as telling who said what or weighed down by the learned readings, when a row that
    is neither is there, in the output language ``out`` if a row is in it (the rule never
    sends a text into another language); none when off."""
    if not PLAIN_FIRST or len(rows) < 2:
        return frozenset()
    barred = frozenset(r for r in rows if (avoid and avoid[r]) or (soft and soft[r] > 0))
    plain = [r for r in rows if r not in barred]
    if any(langs[r] == out for r in rows):
        plain = [r for r in plain if langs[r] == out]
    return barred if plain else frozenset()


def _accounts_only(
    rows: Sequence[int], avoid: Sequence[bool] | None, soft: Sequence[float] | None
) -> bool:
    """Whether every row of a message tells who said what: marked (``avoid``) or weighed
    down by the learned readings (``soft`` above 0)."""
    return all((avoid is not None and avoid[r]) or (soft is not None and soft[r] > 0) for r in rows)


def _as_told(own: list[str], lang: str) -> list[str]:
    """An account's sentences ``own`` as the case its speaker told, the speaker dropped
    (``ACCOUNT_CASE``), read over the sentences joined (a title's full stop, "Ms. Achieng
    Otieno, who described ...", may have split one); as they are when it reads none."""
    told = told_case(("" if lang == "zh" else " ").join(own), lang)
    return [told] if told else own


class ExtractiveWriter:
    name = "extractive"

    def __init__(
        self,
        language_bonus: float = 0.12,
        max_words: int = 90,
        novelty_below: float = 0.72,
        relevance_above: float = 0.55,
        max_sentences_from: int = 2,
        companion_above: float = 0.5,
        attribution_penalty: float = 0.3,
        restate_share: float = 0.5,
        restate_cosine: float = 0.6,
        language_same_point: float = 0.5,
        calls_terms_above: float = 0.15,
        frame_penalty: float = 0.0,
        companion_point: float | None = None,
    ) -> None:
        self.companion_point = COMPANION_POINT if companion_point is None else companion_point
        self.frame_penalty = frame_penalty
        self.calls_terms_above = calls_terms_above
        self.language_same_point = language_same_point
        self.attribution_penalty = attribution_penalty
        self.restate_share = restate_share
        self.restate_cosine = restate_cosine
        self.companion_above = companion_above
        self.max_sentences_from = max_sentences_from
        self.language_bonus = language_bonus
        self.max_words = max_words
        self.novelty_below = novelty_below
        self.relevance_above = relevance_above

    def params(self) -> dict[str, object]:
        return {
            "language_bonus": self.language_bonus,
            "max_words": self.max_words,
            "novelty_below": self.novelty_below,
            "relevance_above": self.relevance_above,
            "max_sentences_from": self.max_sentences_from,
            "companion_above": self.companion_above,
            "attribution_penalty": self.attribution_penalty,
            "restate_share": self.restate_share,
            "restate_cosine": self.restate_cosine,
            "language_same_point": self.language_same_point,
            "calls_terms_above": self.calls_terms_above,
            "frame_penalty": self.frame_penalty,
            "companion_point": self.companion_point,
        }

    def representative(
        self,
        rows: Sequence[int],
        x: Vectors,
        texts: Sequence[str],
        langs: Sequence[str],
        out: str,
        avoid: Sequence[bool] | None = None,
        framed: Sequence[bool] | None = None,
        soft: Sequence[float] | None = None,
    ) -> int:
        """The statement closest to the centre, in the output language if it can, of a
        readable length, and not one that tells who said what (``avoid``) if another will do,
        nor (by ``frame_penalty``) one whose text keeps a frame (``framed``); ``soft``: what
        each row's score loses for the learned readings below the kinds step's bars
        (``text_soft.penalties``)."""
        own = take_rows(x, list(rows))  # a block at a time (a file when large): no 2 copies
        sims = decision_scores(own, centroid(own))
        del own
        best, best_score = rows[0], -9.0
        barred = _barred(rows, avoid, soft, langs, out)
        scores = []
        for r, sim in zip(rows, sims.tolist(), strict=True):
            size = _size(texts[r], langs[r])
            score = sim - (self.attribution_penalty if avoid and avoid[r] else 0.0)
            score -= self.frame_penalty if framed and framed[r] else 0.0
            score -= soft[r] if soft else 0.0
            if VOICE_PENALTY > 0 and len(rows) > 1 and _first_person(texts[r], langs[r]):
                score -= VOICE_PENALTY  # a text in a speaker's first person, if another will do
            score += self.language_bonus if langs[r] == out else 0.0
            score -= 0.05 if size < 8 or size > 70 else 0.0
            scores.append(score)
            if r not in barred and beats(score, best_score):
                best, best_score = r, score
        if langs[best] == out or not any(langs[r] == out for r in rows):
            return best
        # a statement in the output language making the same point (as near the one chosen
        # as a companion must be) is shown rather than a text left in another language,
        # unless it tells who said what and the one chosen does not
        near = decision_scores(take_rows(x, list(rows)), x[best]).tolist()
        said = avoid[best] if avoid else False
        alt, alt_score = best, -9.0
        for r, score, to_best in zip(rows, scores, near, strict=True):
            if langs[r] != out or to_best < self.language_same_point or r in barred:
                continue
            if avoid and avoid[r] and not said:
                continue
            if beats(score, alt_score):
                alt, alt_score = r, score
        return alt

    def _sentences(self, text: str, lang: str) -> list[str]:
        # the courtesies of a spoken turn before its point ("Thank you, Chair.") left out, and
        # a finding's number alone before it ("Finding 3.": ``kind_cues_voice16.LABEL``)
        raw = [s for item in list_items(text) for s in sentences(item, lang)]
        raw = without_label(without_courtesies(raw, lang), lang)
        own = [clean_sentence(s, lang) for s in raw]
        return list(dict.fromkeys(s for s in own if s)) or [clean_sentence(text, lang)]

    def _point_sentences(
        self, row: int, texts: Sequence[str], langs: Sequence[str], written: Sequence[str] | None
    ) -> list[str]:
        """The sentences of statement ``row``'s point; of the statement as written when the
        reading that took its frame off left a sentence broken ("X, and urged Y to act", the
        subject of "urged" gone with "Participants agreed that"; "X and on Y should the
        process to include ..."), each of its sentences then cleaned as ``clean_sentence``
        does, which keeps a lead-in it cannot take off whole."""
        text, lang = texts[row], langs[row]
        if written is not None and written[row] != text and _broken(text, lang):
            return self._sentences(written[row], lang)
        return self._sentences(text, lang)

    def _restates(
        self, sent: str, v: Vectors, own: Sequence[str], whole: Vectors, lang: str
    ) -> bool:
        """Whether ``sent`` (vector ``v``) says again what the representative's sentences
        ``own`` (their statement's vector ``whole``) say: ``restate_share`` of its content
        words are theirs and its cosine with the statement is ``restate_cosine`` or more
        ("... should be opened to small operators and community networks" after "...
        should be opened to community networks and other small operators")."""
        joiner = "" if lang == "zh" else " "
        if content_share(sent, joiner.join(own), lang) < self.restate_share:
            return False
        return float(decision_scores(v, whole)) >= self.restate_cosine

    def _calls_apart(
        self, a: int, b: int, texts: Sequence[str], langs: Sequence[str], terms: _Terms
    ) -> bool:
        """Whether statements ``a`` and ``b`` are both calls that ask two things: their
        rarity-weighted shared terms (``TermEvidence.cosine`` over ``texts``) stay below
        ``calls_terms_above`` ("Governments should refrain from mandating measures that
        undermine end-to-end encryption" / "Governments should update criminal law to cover
        AI-generated intimate imagery", 0.56 in meaning, 0.09 in words), or what each asks
        (the words after its call form, ``ask.asked_words``) shares no term with the other
        statement, whatever names the two share before it: two calls on the same regulators
        of the same countries ("Les autorités de régulation du Niger, du Tchad ... devraient
        publier des cartes de couverture ..." / "Les régulateurs du Tchad, du Niger ...
        devraient adopter un régime d'autorisation ...") share rare names, not an ask (the
        term cosine, read over a theme's statements, moves when one leaves the theme).
        ``calls_terms_above`` 0 turns both off."""
        if self.calls_terms_above <= 0:
            return False
        if not (terms.is_call(a, texts, langs) and terms.is_call(b, texts, langs)):
            return False
        if terms.get(texts, langs).cosine(a, b) < self.calls_terms_above:
            return True
        asked_a = terms.asked_terms(a, texts, langs)
        asked_b = terms.asked_terms(b, texts, langs)
        if not (asked_a and asked_b):
            return False
        return not (
            asked_a & terms.content(b, texts, langs) or asked_b & terms.content(a, texts, langs)
        )

    def _best_extra(
        self,
        group: Sequence[int],
        rep: int,
        mine: Sequence[int],
        x: Vectors,
        split: dict[int, list[str]],
        sent_vecs: dict[int, Vectors],
    ) -> tuple[str | None, Vectors, int]:
        """The sentence of a companion in ``mine`` that best adds to the representative's
        (most relevant to the group's centre, least like the representative's sentences,
        within ``novelty_below`` and ``relevance_above``), its vector and its statement's row;
        None, ``rep``'s vector and ``rep`` when none does."""
        centre = centroid(take_rows(x, list(group)))
        own, own_v = split[rep], sent_vecs[rep]
        best_extra, best_score, best_v, best_from = None, -1.0, x[rep], rep
        for r in mine:
            for sent, v in zip(split[r], sent_vecs[r], strict=True):
                if not sent or sent in own:
                    continue
                novelty = float(decision_scores(own_v, v).max())
                relevance = float(decision_scores(v, centre))
                if novelty < self.novelty_below and relevance > self.relevance_above:
                    score = relevance - novelty
                    if beats(score, best_score):
                        best_extra, best_score, best_v, best_from = sent, score, v, r
        return best_extra, best_v, best_from

    def write_all(
        self,
        groups: Sequence[Sequence[int]],
        x: Vectors,
        texts: Sequence[str],
        langs: Sequence[str],
        out: str,
        embedder: Embedder,
        avoid: Sequence[bool] | None = None,
        written: Sequence[str] | None = None,
        soft: Sequence[float] | None = None,
        kinds: Sequence[str] | None = None,
    ) -> list[Written]:
        """Each group's text. ``written``: the statements as written, by row (``texts`` are
        their points, reporting frames taken off): a point whose frame went with the subject
        of a second verb or left a modal before no verb is read again from its statement
        (``_point_sentences``). ``soft``: each row's penalty in the choice of the text's
        source (``representative``), nothing else. ``kinds``: each row's statement kind, as
        the same-point pair model reads it (``COMPANION_POINT``; None: every pair read as of
        two kinds)."""
        framed: list[bool] | None = None
        if self.frame_penalty > 0:
            # a text that would keep a frame loses out to one that states the point plainly
            framed = [False] * len(texts)
            for r in {r for g in groups if len(g) > 1 for r in g}:
                framed[r] = any(
                    frame_left(s, langs[r]) for s in self._sentences(texts[r], langs[r])
                )
        reps = [self.representative(g, x, texts, langs, out, avoid, framed, soft) for g in groups]
        # Who may lend a sentence to the representative: a companion makes the same point
        # (not merely the same message group), so that the two sentences read as one message,
        # does not tell who said what (``avoid``): its sentence would name the speaker, and
        # is not a call asking another thing than a representative that is a call.
        companions: list[list[int]] = []
        terms = _Terms()
        pairs = _PairGate(self.companion_point, x, texts, langs, terms, kinds, avoid)
        off_point = pairs.below
        for g, rep in zip(groups, reps, strict=True):
            mine: list[int] = []
            if self.max_sentences_from > 1:
                scores = decision_scores(take_rows(x, list(g)), x[rep]).tolist()
                to_rep = dict(zip(g, scores, strict=True))
                mine = [
                    r
                    for r in g
                    if r != rep
                    and langs[r] == langs[rep]
                    and to_rep[r] >= self.companion_above
                    and not (avoid and avoid[r])
                    and not self._calls_apart(rep, r, texts, langs, terms)
                ]
                mine = [mine[j] for j in ranking([to_rep[r] for r in mine], mine)]
                if COMPANION_GATE == "filter":  # one of another point is no companion
                    mine = [r for r in mine if r not in off_point(rep, mine)]
            companions.append(mine[:3])
        # Sentences of every row involved; a one-sentence statement reuses its own vector,
        # only the sentences of longer statements are embedded (once, in one batch).
        split: dict[int, list[str]] = {}
        for g, rep, mine in zip(groups, reps, companions, strict=True):
            for r in (rep, *mine):
                if r not in split:
                    split[r] = self._point_sentences(r, texts, langs, written)
            if ACCOUNT_CASE and _accounts_only(g, avoid, soft):
                split[rep] = _as_told(split[rep], langs[rep])
        multi = [r for r in sorted(split) if len(split[r]) > 1 and self.max_sentences_from > 1]
        flat = [s for r in multi for s in split[r]]
        vecs = embedder.embed(flat) if flat else np.zeros((0, x.shape[1]), dtype=np.float32)
        sent_vecs: dict[int, Vectors] = {}
        at = 0
        for r in multi:
            sent_vecs[r] = vecs[at : at + len(split[r])]
            at += len(split[r])
        for r in split:
            if r not in sent_vecs:
                sent_vecs[r] = x[r : r + 1]
        picks = [
            self._best_extra(g, rep, mine, x, split, sent_vecs)
            for g, rep, mine in zip(groups, reps, companions, strict=True)
        ]
        if COMPANION_GATE == "none":  # every pair the model is asked of, in one batch
            pairs.read([(rep, p[2]) for rep, p in zip(reps, picks, strict=True) if p[0]])
        results: list[Written] = []
        for rep, (best_extra, best_v, best_from) in zip(reps, picks, strict=True):
            lang = langs[rep]
            own = split[rep]
            chosen = list(own)
            # the sentence that would be added is of a companion the same-point pair model
            # puts on another point than the representative's ("Судам и самолётам нужна
            # резервная навигация ..." / "Помехи спутниковой навигации ... должен фиксироваться
            # и публиковаться"): none is added (``COMPANION_GATE`` "none")
            if best_extra is not None and COMPANION_GATE == "none" and off_point(rep, [best_from]):
                best_extra = None
            # the sentence that would be added says again what the text says: none is added
            # (the next best would be one further from the point, not a better complement)
            if best_extra is not None and self._restates(best_extra, best_v, own, x[rep], lang):
                best_extra = None
            # a sentence in a speaker's own voice ("We want to find our own music ...", "У нас
            # в трёх сёлах ...") after a text that is not: the text would change voice
            # halfway; none is added
            if best_extra is not None and _changes_voice(own, best_extra, lang):
                best_extra = None
            # a sentence asking again what the representative asks, in other words ("Member
            # States should renew the IGF mandate on a permanent basis ..." / "... calls for
            # the IGF mandate to be made permanent ..."): none is added either
            joiner = "" if lang == "zh" else " "
            if best_extra is not None and ask.asked_again(joiner.join(own), best_extra, lang):
                best_extra = None
            if best_extra is not None:
                total = sum(_size(s, lang) for s in chosen) + _size(best_extra, lang)
                if total <= self.max_words:
                    chosen.append(best_extra)
            results.append(Written(joiner.join(chosen), lang, lang == out, rep))
        return results
