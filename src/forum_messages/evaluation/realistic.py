"""Score a whole draft of realistic material against the editor's answers.

Where ``benchmark`` rebuilds a published document's structure, this runs the real pipeline
(``run_pipeline``) on session reports that look like real input and asks what an editor would
ask of the draft:

- kinds:      are statements that only describe the session set aside (precision, recall)?
              are those that tell who said or presented what marked as attributions?
              (in each language too, when the statements are in more than one)
- themes:     statements whose session declared no theme: accuracy, beside the nearest theme
              description computed in the same run (in each language too, when there are
              several).
- messages:   do all of a message's sources make its point? (share of messages; share of
              sources); pairs of statements put in one message vs pairs making one point
              (precision, recall); is the visible text a description or an attribution?
              does it keep the reporting frame the editor removed (of the messages whose
              text comes from a statement with a ``framed`` answer; ``frame_kept``)?
              does a text stitched from two statements say its thing twice
              (``says_twice``)? is a text left in another language though a source in the
              draft's language makes its point?
- points:     share of the editor's points reflected in some message; the same counting a
              point only where it is the message's own point (the one most of its sources
              make; each of them on a tie), so that a wrong source reflects nothing; salient
              points made by one session only.
- sub-topics: number per theme next to the editor's; ARI of the messages' sub-topics.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

import numpy as np

from forum_messages.evaluation.benchmark import NEAREST, Evaluation, Row
from forum_messages.evaluation.frame_kept import keeps_frame
from forum_messages.evaluation.material import Answer, Material
from forum_messages.evaluation.metrics import accuracy, ari, pair_counts
from forum_messages.model import Draft, Message
from forum_messages.nlp.base import Embedder, memo_for
from forum_messages.nlp.segment import sentences
from forum_messages.synth.settings import Settings
from forum_messages.synth.text import content_share
from forum_messages.synth.themes import theme_profiles

SET_ASIDE = ("descriptive", "procedural")


def draft_material(
    material: Material, embedder: Embedder, settings: Settings | None = None
) -> Draft:
    from forum_messages.nlp.language import UNLanguageDetector
    from forum_messages.synth.pipeline import Components, run_pipeline

    settings = settings or Settings(language=material.language)
    components = Components(embedder=embedder, detector=UNLanguageDetector())
    return run_pipeline(material.corpus, material.edition, settings, components=components)


def _source_of_text(message: Message, texts: dict[str, str]) -> str:
    """The source statement the message's visible text was taken from (closest wording)."""
    best, best_ratio = message.sources[0].statement, -1.0
    for ref in message.sources:
        ratio = SequenceMatcher(None, message.text.casefold(), texts[ref.statement].casefold())
        r = ratio.ratio()
        if r > best_ratio + 1e-12:
            best, best_ratio = ref.statement, r
    return best


def text_sources(message: Message, texts: Mapping[str, str]) -> list[str]:
    """For each sentence of the message's text, the source statement it was taken from: the
    one holding most of the sentence's characters in order (the first source on a tie)."""

    def held(sent: str, source: str) -> int:
        sm = SequenceMatcher(None, sent.casefold(), source.casefold(), autojunk=False)
        return sum(b.size for b in sm.get_matching_blocks())

    out = []
    for sent in sentences(message.text, message.language):
        best, most = message.sources[0].statement, -1
        for ref in message.sources:
            n = held(sent, texts[ref.statement])
            if n > most:
                best, most = ref.statement, n
        out.append(best)
    return out


#: A stitched text says its thing twice when the part added from a second statement has at
#: least this share of its content words in the first part (``text.content_share``) ...
TWICE_SHARE = 0.5
#: ... and at least this cosine with it (docs/quality.md, step 30).
TWICE_COSINE = 0.6


def two_points(message: Message, texts: Mapping[str, str], answers: Mapping[str, Answer]) -> bool:
    """Whether the message's text is stitched from statements the editor gives different
    points (or one of them none: a description)."""
    if len(message.sources) < 2:
        return False
    whose = set(text_sources(message, texts))
    if len(whose) < 2:
        return False
    points = {answers[w].point for w in whose}
    return len(points) > 1 or None in points


def says_twice(message: Message, texts: Mapping[str, str], embedder: Embedder) -> bool:
    """Whether the message's text is stitched from two statements or more (``text_sources``)
    and what the later ones add says again what the first one says: ``TWICE_SHARE`` of its
    content words are in the first part and its cosine with it is ``TWICE_COSINE`` or more."""
    if len(message.sources) < 2:
        return False
    whose = text_sources(message, texts)
    if len(set(whose)) < 2:
        return False
    parts = sentences(message.text, message.language)
    joiner = "" if message.language == "zh" else " "
    first = joiner.join(s for s, w in zip(parts, whose, strict=True) if w == whose[0])
    added = joiner.join(s for s, w in zip(parts, whose, strict=True) if w != whose[0])
    if content_share(added, first, message.language) < TWICE_SHARE:
        return False
    x = embedder.embed([first, added])
    return round(float(np.dot(x[0], x[1])), 6) >= TWICE_COSINE


def evaluate_material(
    material: Material, embedder: Embedder, settings: Settings | None = None
) -> Evaluation:
    draft = draft_material(material, embedder, settings)
    return score_draft(material, draft, embedder)


def attribution_marks(
    material: Material,
    embedder: Embedder | None = None,
    aside: Sequence[bool] | None = None,
) -> tuple[list[str], list[bool]]:
    """Each statement's language, detected as the pipeline detects it, and whether the
    statement kinds mark it as an attribution (who said or presented what): the cues' marks
    and, with ``kind_attr_model.ON`` and an ``embedder``, the learned reading's on the
    statements not set aside (``aside``), as the pipeline reads them."""
    from forum_messages.nlp.language import UNLanguageDetector
    from forum_messages.nlp.segment import strip_numbering
    from forum_messages.synth import kind_attr_model
    from forum_messages.synth.kinds import classify
    from forum_messages.synth.pipeline import detect_languages

    statements = material.corpus.statements
    langs, _ = detect_languages(statements, UNLanguageDetector(), lambda *_: None)
    texts = [strip_numbering(st.text) for st in statements]
    kinds = [classify(t, lang) for t, lang in zip(texts, langs, strict=True)]
    if kind_attr_model.ON and embedder is not None and kinds:
        fixed = memo_for(embedder)
        x = np.asarray(fixed.embed([k.point or t for k, t in zip(kinds, texts, strict=True)]))
        kinds = kind_attr_model.read_attributions(
            x, texts, kinds, aside or [False] * len(kinds), fixed
        )
    return langs, [k.attribution and k.kind != "descriptive" for k in kinds]


def _precision_recall(
    name: str,
    said: Sequence[bool],
    truth: Sequence[bool],
    language: str = "",
    due: Sequence[bool] | None = None,
) -> list[Row]:
    """Precision of ``said`` against ``truth`` and recall, both over the statements ``due``
    (all of them when None); see ``counted``."""
    hit, marked, wanted = counted(said, truth, due)
    of = f" ({language})" if language else ""
    return [
        Row("kinds", f"{name} precision{of}", _div(hit, marked), {}),
        Row("kinds", f"{name} recall{of}", _div(hit, wanted), {}),
    ]


def counted(
    said: Sequence[bool], truth: Sequence[bool], due: Sequence[bool] | None = None
) -> tuple[int, int, int]:
    """(hits, statements said, statements wanted) over the statements ``due`` to be marked
    (all of them when None). An attribution the editor also calls a description is to be set
    aside, not marked: a statement labelled descriptive is not due, and is neither a hit nor a
    false alarm of the attribution count, in precision as in recall."""
    idx = [i for i in range(len(truth)) if due is None or due[i]]
    hit = sum(bool(truth[i] and said[i]) for i in idx)
    return hit, sum(bool(said[i]) for i in idx), sum(bool(truth[i]) for i in idx)


#: a kind's statements marked, labelled and (optionally) due to be marked
Flags = Sequence[bool]
Marks = tuple[Flags, Flags] | tuple[Flags, Flags, Flags]


def language_rows(languages: Sequence[str], kinds: Mapping[str, Marks]) -> list[Row]:
    """With statements in more than one language: the precision and recall of each kind
    (name -> statements marked, statements labelled[, statements due to be marked]) in each
    language, as ``"descriptive precision (fr)"``; a language with none marked or labelled
    among the statements due is left out (not a 0.000 made of 0 of 0)."""
    if len(set(languages)) < 2:
        return []
    rows: list[Row] = []
    for lang in sorted(set(languages)):
        idx = [i for i, g in enumerate(languages) if g == lang]
        for name, marks in kinds.items():
            s = [marks[0][i] for i in idx]
            t = [marks[1][i] for i in idx]
            d = [marks[2][i] for i in idx] if len(marks) == 3 else None
            counts = (s[i] or t[i] for i in range(len(idx)) if d is None or d[i])
            if any(counts):
                rows.extend(_precision_recall(name, s, t, lang, d))
    return rows


def score_draft(material: Material, draft: Draft, embedder: Embedder) -> Evaluation:
    answers = material.answers
    statements = material.corpus.statements
    texts = {st.id: st.text for st in statements}
    reason = {nr.statement: nr.reason for nr in draft.not_reflected}
    rows: list[Row] = []

    # kinds: descriptive statements set aside
    truth = [answers[st.id].descriptive for st in statements]
    said = [reason.get(st.id) in SET_ASIDE for st in statements]
    rows.extend(_precision_recall("descriptive", said, truth))
    langs, marked = attribution_marks(material, embedder, said)
    attributed = [answers[st.id].attribution for st in statements]
    due = [not t for t in truth]  # attributed descriptions are set aside, not marked
    rows.extend(_precision_recall("attribution", marked, attributed, due=due))
    kinds: dict[str, Marks] = {
        "descriptive": (said, truth),
        "attribution": (marked, attributed, due),
    }
    rows.extend(language_rows(langs, kinds))
    lang_of = dict(zip((st.id for st in statements), langs, strict=True))

    # themes of statements whose session declared none
    theme_of = {a.id: a.theme for a in draft.statements}
    undeclared = [st for st in statements if st.theme is None and answers[st.id].point]
    gold = [material.theme_of(st.id) for st in undeclared]
    ours = [theme_of[st.id] for st in undeclared]
    fixed = memo_for(embedder)
    keys = list(material.edition.theme_keys())
    if undeclared:
        x = embedder.embed([st.text for st in undeclared])
        near = np.argmax(x @ theme_profiles(material.edition, fixed).T, axis=1)
        nearest = [keys[int(k)] for k in near]
        rows.append(
            Row("themes", "accuracy", accuracy(ours, gold), {NEAREST: accuracy(nearest, gold)})
        )
        in_lang = [lang_of[st.id] for st in undeclared]
        for lang in sorted(set(in_lang)) if len(set(in_lang)) > 1 else []:
            idx = [i for i, g in enumerate(in_lang) if g == lang]
            rows.append(
                Row(
                    "themes",
                    f"accuracy ({lang})",
                    accuracy([ours[i] for i in idx], [gold[i] for i in idx]),
                    {NEAREST: accuracy([nearest[i] for i in idx], [gold[i] for i in idx])},
                )
            )

    # messages
    messages = [m for t in draft.themes for tp_ in t.topics for m in tp_.messages]
    label = {st.id: answers[st.id].point or "(descriptive)" for st in statements}
    whole = 0
    agree = total = 0
    bad_text = twice = stitched_two = elsewhere = 0
    framed_text = kept_frame = 0
    made: set[str] = set()  # points that are some message's own point
    for m in messages:
        points = Counter(label[r.statement] for r in m.sources)
        top = points.most_common(1)[0][1]
        made.update(p for p, n in points.items() if n == top)
        whole += len(points) == 1 and "(descriptive)" not in points
        agree += top
        total += len(m.sources)
        shown = _source_of_text(m, texts)
        rep = answers[shown]
        bad_text += rep.descriptive or rep.attribution
        kept = keeps_frame(m.text, texts[shown], rep.framed) if rep.framed else None
        if kept is not None:
            framed_text += 1
            kept_frame += kept
        twice += says_twice(m, texts, embedder)
        stitched_two += two_points(m, texts, answers)
        # left in another language though a source in the draft's makes the same point
        elsewhere += m.language != draft.language and any(
            lang_of[r.statement] == draft.language
            and rep.point is not None
            and answers[r.statement].point == rep.point
            for r in m.sources
        )
    rows.append(Row("messages", "all sources make its point", _div(whole, len(messages)), {}))
    rows.append(Row("messages", "sources making its point", _div(agree, total), {}))
    rows.append(
        Row("messages", "text from a description or attribution", _div(bad_text, len(messages)), {})
    )
    rows.append(
        Row(
            "messages",
            "text keeps a frame",
            _div(kept_frame, framed_text),
            {},
            note=f"{kept_frame} of {framed_text} texts from a framed statement",
        )
    )
    rows.append(Row("messages", "text says a thing twice", _div(twice, len(messages)), {}))
    rows.append(
        Row("messages", "text stitched from two points", _div(stitched_two, len(messages)), {})
    )
    rows.append(
        Row(
            "messages",
            "text in another language, a source in the draft's makes the point",
            _div(elsewhere, len(messages)),
            {},
        )
    )
    in_message = {r.statement: m.id for m in messages for r in m.sources}
    pointed = [st.id for st in statements if answers[st.id].point]
    pc = pair_counts(
        [in_message.get(s, f"alone:{s}") for s in pointed], [label[s] for s in pointed]
    )
    rows.append(Row("messages", "pair precision", pc.precision, {}))
    rows.append(Row("messages", "pair recall", pc.recall, {}))

    # points reflected
    reflected = {label[s] for s in in_message if answers[s].point}
    sessions_of: dict[str, set[str]] = {}
    for st in statements:
        if answers[st.id].point:
            sessions_of.setdefault(label[st.id], set()).add(st.session)
    all_points = sorted(sessions_of)
    rows.append(
        Row("points", "reflected", _div(len(reflected & set(all_points)), len(all_points)), {})
    )
    rows.append(
        Row(
            "points",
            "reflected as a message's own point",
            _div(len(made & set(all_points)), len(all_points)),
            {},
        )
    )
    single_salient = [
        p for p in all_points if len(sessions_of[p]) == 1 and material.points[p].salient
    ]
    if single_salient:
        got = sum(p in reflected for p in single_salient)
        rows.append(
            Row(
                "points", "salient one-session points reflected", _div(got, len(single_salient)), {}
            )
        )

    # sub-topics
    gold_counts = [len(material.subtopics.get(k, {})) for k in keys]
    ours_counts = [len(t.topics) for t in draft.themes]
    msg_topic, msg_sub = message_subtopics(material, draft)
    rows.append(
        Row("sub-topics", "ARI of messages", ari(msg_topic, msg_sub) if msg_sub else 0.0, {})
    )
    rows.append(
        Row(
            "sub-topics",
            "count per theme (ours | editor)",
            float(np.mean(ours_counts)) if ours_counts else 0.0,
            {"editor": float(np.mean(gold_counts)) if gold_counts else 0.0},
            note=f"ours {ours_counts}, editor {gold_counts}",
        )
    )
    counts = {
        "sessions": len(material.corpus.sessions),
        "statements": len(statements),
        "points": len(all_points),
        "messages": len(messages),
        "descriptive": sum(truth),
    }
    return Evaluation(
        document=material.name, language=material.language, counts=counts, rows=tuple(rows)
    )


def message_subtopics(material: Material, draft: Draft) -> tuple[list[str], list[str]]:
    """For each message whose majority point the editor placed: its sub-topic in the draft
    and the editor's sub-topic of that point (the pairs the sub-topic ARI is computed on)."""
    label = {k: a.point or "(descriptive)" for k, a in material.answers.items()}
    ours: list[str] = []
    editor: list[str] = []
    for t in draft.themes:
        for tp in t.topics:
            for m in tp.messages:
                top_point = Counter(label[r.statement] for r in m.sources).most_common(1)[0][0]
                if top_point in material.points:
                    editor.append(material.points[top_point].subtopic)
                    ours.append(tp.id)
    return ours, editor


#: Why a source that does not make its message's point got in (``impure_messages``), in the
#: order they are tested: a description; an attribution (who said or presented what); a
#: statement of a session already among the message's sources; the other member of a
#: message of two; another point on the same subject, next to two sources or more.
WRONG_SOURCE = ("description", "attribution", "same session", "pair", "neighbour")


@dataclass(frozen=True)
class Source:
    statement: str
    session: str
    point: str  # the editor's point, "(descriptive)" for a description
    attribution: bool
    similarity: float  # to the message's centre, as in the draft
    text: str
    shown: bool  # the message's text is taken from it


@dataclass(frozen=True)
class ImpureMessage:
    """A message with a source that does not make its point, and why each such source did not."""

    message: str
    text: str
    point: str  # the point of the source its text is taken from
    sources: tuple[Source, ...]
    why: tuple[tuple[str, str], ...]  # (statement, one of ``WRONG_SOURCE``) per wrong source


def impure_messages(material: Material, draft: Draft) -> list[ImpureMessage]:
    """The draft's messages whose sources do not all make the point of the statement their
    text is taken from, each wrong source classed by the first of ``WRONG_SOURCE`` that fits."""
    answers = material.answers
    texts = {st.id: st.text for st in material.corpus.statements}
    out: list[ImpureMessage] = []
    for t in draft.themes:
        for tp in t.topics:
            for m in tp.messages:
                shown = _source_of_text(m, texts)
                point = answers[shown].point or "(descriptive)"
                sources = tuple(
                    Source(
                        r.statement,
                        r.session,
                        answers[r.statement].point or "(descriptive)",
                        answers[r.statement].attribution,
                        r.similarity,
                        texts[r.statement],
                        r.statement == shown,
                    )
                    for r in m.sources
                )
                wrong = [s for s in sources if s.point != point or s.point == "(descriptive)"]
                if not wrong:
                    continue
                sessions = Counter(s.session for s in sources)
                why: list[tuple[str, str]] = []
                for s in wrong:
                    if answers[s.statement].descriptive:
                        reason = "description"
                    elif s.attribution:
                        reason = "attribution"
                    elif sessions[s.session] > 1:
                        reason = "same session"
                    elif len(sources) == 2:
                        reason = "pair"
                    else:
                        reason = "neighbour"
                    why.append((s.statement, reason))
                out.append(ImpureMessage(m.id, m.text, point, sources, tuple(why)))
    return out


def _div(a: float, b: float) -> float:
    return float(a) / b if b else 0.0


def kind_scores(
    predicted: Sequence[str],
    truth: Sequence[str],
    languages: Sequence[str],
    attributions: tuple[Sequence[bool], Sequence[bool]] | None = None,
    points: tuple[Sequence[bool | None], Sequence[bool | None]] | None = None,
) -> dict[str, dict[str, float]]:
    """Precision and recall of 'descriptive' per language (and 'all').

    With ``attributions`` (marked, labelled), also the precision and recall of attributions,
    both over the statements not labelled descriptive (an attributed description is to be set
    aside, not marked; see ``counted``).
    With ``points`` (for each statement whose framed point is given and that is not set
    aside, whether the point read keeps the frame, whether it is the given point; None
    otherwise), the share of each: "frame kept", "point as given" (in a language with such
    statements).
    """
    out: dict[str, dict[str, float]] = {}
    for lang in [*sorted(set(languages)), "all"]:
        idx = [i for i, g in enumerate(languages) if lang in ("all", g)]
        tp = sum(predicted[i] == truth[i] == "descriptive" for i in idx)
        said = sum(predicted[i] == "descriptive" for i in idx)
        real = sum(truth[i] == "descriptive" for i in idx)
        correct = sum(predicted[i] == truth[i] for i in idx)
        out[lang] = {
            "precision": _div(tp, said),
            "recall": _div(tp, real),
            "accuracy": _div(correct, len(idx)),
            "n": float(len(idx)),
        }
        if attributions is not None:
            marked, labelled = attributions
            hit, said_, wanted = counted(
                [marked[i] for i in idx],
                [labelled[i] for i in idx],
                [truth[i] != "descriptive" for i in idx],
            )
            out[lang]["attribution precision"] = _div(hit, said_)
            out[lang]["attribution recall"] = _div(hit, wanted)
        if points is not None:
            kept, given = points
            known = [i for i in idx if kept[i] is not None]
            if known:
                out[lang]["frame kept"] = _div(sum(bool(kept[i]) for i in known), len(known))
                out[lang]["point as given"] = _div(sum(bool(given[i]) for i in known), len(known))
    return out
