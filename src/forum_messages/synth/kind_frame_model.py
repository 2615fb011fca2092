"""Where a reporting frame ends, read by a learned model (``kinds.voiced``, after every rule).

The cue lists and the frame's shape (``kind_frame_shape``) read the frames whose words or
predicates they know; a frame in other words ("The audience left convinced that X", "X, the
room kept coming back to", "X, los asistentes coincidieron, es Y") stays in the message text.
This module reads the places a frame can end at (``candidates``) and scores each with a
logistic regression fitted on the readable labelled material (``bench/kind_frame_model.py``):

- a frame before the point, up to the language's complementiser ("that", "que", "qu'", ", что",
  "أنّ"), a comma or a colon (in Chinese "，" and "："), the rest a clause of its own;
- a frame after the point, from its last comma to the end ("X, the panel noted.");
- a frame inside the point, between two commas ("X, participants agreed, is Y").

The frame part is read by features that carry across wordings and languages (``features``):
its embedding by the multilingual encoder, its skeleton's words and pairs of words
(``kind_skeleton.skeleton``, hashed), its length and place, whether its subject is the meeting,
its people or a group, whether it holds a verb of saying or knowing, and whether the rest
opens as a clause of its own. The best candidate is cut when its probability, rounded to four
places, reaches ``BAR``. It is tried only on a sentence every rule left as it was, never on a
description, one person's words, or a frame with a modal, a negation or a verb of will (a
call). Only the message text changes: the statement's kind and the point it is grouped by
do not.

The weights are shipped in half precision (``shipped.FRAME_WEIGHTS``) under a key that names
the material they were fitted on and the fit's parameters; with another key (the material
edited) the model reads nothing until they are fitted again
(``bench/kind_frame_model.py --ship``). Off by default (``ON``): docs/quality.md, "a
fifty-fourth round", has the figures.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise

import numpy as np

from forum_messages.synth import kind_frame_shape as shape
from forum_messages.synth.kind_cues_voice2 import ar_point
from forum_messages.synth.kind_skeleton import skeleton

#: Whether ``kinds.voiced`` asks the model (after every rule left the sentence as it was).
ON = False

#: The probability (rounded to four places) a candidate cut needs.
BAR = 0.95

#: The most words a frame before the point may have (a Chinese frame: characters / 2).
_MOST_LEAD = 16
#: The most words of a frame after the point or inside it.
_MOST_AFTER = 8
#: The fewest words the point left after the cut (Chinese: characters / 2).
_FEWEST_REST = 3

#: Hash buckets of the frame's skeleton unigrams and bigrams.
SKELETON_DIM = 512

_I = re.IGNORECASE
_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_HAN = re.compile(r"[\u4e00-\u9fff]")

#: Where a frame before the point may end: the complementiser, a comma, a colon.
_LEAD_CUTS: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"\s+(?P<that>that),?\s+|(?P<comma>,)\s+|(?P<colon>:)\s+", _I),
    "fr": re.compile(r"\s+(?P<that>qu)(?:e\s+|['’]\s*)|(?P<comma>,)\s+|(?P<colon>:)\s+", _I),
    "es": re.compile(r"\s+(?P<that>que)\s+|(?P<comma>,)\s+|(?P<colon>:)\s+", _I),
    "ru": re.compile(r",\s+(?P<that>что)\s+|(?P<comma>,)\s+(?!что\s)|(?P<colon>:)\s+", _I),
    "ar": re.compile(
        r"\s+(?P<that>(?:ب|على\s+|إلى\s+)?[أإ]ن)\s+|(?P<comma>[،,])\s+|(?P<colon>:)\s+"
    ),
    "zh": re.compile(r"(?P<comma>[，,])|(?P<colon>[：:])"),
}

#: A comma before a frame after the point or inside it.
_COMMA = re.compile(r"[,،，]\s*")
_END = re.compile(r"[\s.。!！?？؟;；]*$")

#: A verb of saying, knowing, feeling or concluding in the frame (any of the shape reader's
#: heads, leads or learned predicates).
_SAYING: dict[str, re.Pattern[str]] = shape.HEADS


@dataclass(frozen=True)
class Candidate:
    """One place a frame may end (or start): the frame's text, the point left, where."""

    frame: str
    point: str
    place: str  # "lead" | "trail" | "inside"
    cut: str  # "that" | "comma" | "colon"


def _size(text: str, lang: str) -> int:
    if lang == "zh":
        return len(_HAN.findall(text)) // 2 + len(_WORD.findall(_HAN.sub(" ", text)))
    return len(_WORD.findall(text))


def _capitalise(text: str) -> str:
    text = text.strip()
    return text[0].upper() + text[1:] if text and text[0].islower() else text


def _blocked(frame: str, lang: str) -> bool:
    """A frame that may not be cut: a modal or a negation (a call, a denial), a verb of will,
    one person by their role or a relative clause or a recipient ("told", "aux agriculteurs"
    after "dit": ``kind_frame_shape._NOT_GENERAL``), hearsay with no group as its subject
    ("On dit que", "Говорят, что")."""
    if shape._NOT_FRAME[lang].search(frame) or shape.WILL[lang].search(frame):
        return True
    if shape._NOT_GENERAL[lang].search(frame):
        return True
    group = shape._GROUP[lang].search(frame) or shape._MORE_GROUP[lang].search(frame)
    return bool(_HEARSAY[lang].search(frame) and not group)


#: Hearsay: the shape reader's verbs of saying with no one named, and a verb of saying with
#: a recipient ("dit aux agriculteurs", "говорят фермерам").
_HEARSAY: dict[str, re.Pattern[str]] = {
    "en": re.compile(rf"{shape._HEARSAY['en'].pattern}|\b(?:say|says|tell|tells)\b", _I),
    "fr": re.compile(rf"{shape._HEARSAY['fr'].pattern}|(?<!\w)(?:dit|disent|raconte)(?!\w)", _I),
    "es": re.compile(rf"{shape._HEARSAY['es'].pattern}|(?<!\w)(?:dice|dicen)(?!\w)", _I),
    "ru": re.compile(
        rf"{shape._HEARSAY['ru'].pattern}|(?<![\w-])(?:говорят|говорит|сказали)(?![\w-])", _I
    ),
    "zh": shape._HEARSAY["zh"],
    "ar": shape._HEARSAY["ar"],
}


def candidates(sentence: str, s: str, at: list[int], lang: str) -> list[Candidate]:
    """The places a frame may end or start in ``sentence`` (``s``: as matched, Arabic without
    vowel marks; ``at`` maps its offsets back), at most three before the point, then the
    frame after the point and those inside it."""
    if lang not in _LEAD_CUTS:
        return []
    out: list[Candidate] = []
    for m in list(_LEAD_CUTS[lang].finditer(s))[:3]:
        frame, rest = s[: m.start()], s[m.end() :]
        if _size(frame, lang) < 2 or _size(frame, lang) > _MOST_LEAD:
            continue
        if _size(rest, lang) < _FEWEST_REST or _blocked(frame, lang):
            continue
        if shape._PRONOUN[lang].match(rest):
            continue
        if lang in shape._SECOND_VERB and shape._SECOND_VERB[lang].search(rest):
            continue  # "said that X, and asked ...": the second verb would lose its subject
        found_in = m.groupdict()
        kind = "that" if found_in.get("that") else "comma" if found_in.get("comma") else "colon"
        point = sentence[at[m.end()] :]
        if lang == "ar":
            found = ar_point(s[: m.end()].rstrip(), point) if kind == "that" else point
            if not found:
                continue
            point = found
        out.append(Candidate(sentence[: at[m.end()]].strip(), _capitalise(point), "lead", kind))
    commas = list(_COMMA.finditer(s))
    end = _END.search(s)
    stop = end.start() if end else len(s)
    if commas:
        last = commas[-1]
        frame = s[last.end() : stop]
        size = _size(frame, lang)
        if (
            2 <= size <= _MOST_AFTER
            and _size(s[: last.start()], lang) >= 3
            and not _blocked(frame, lang)
        ):
            point = sentence[: at[last.start()]] + sentence[at[stop] :]
            out.append(Candidate(frame, _capitalise(point), "trail", "comma"))
    for a, b in pairwise(commas):
        frame = s[a.end() : b.start()]
        if not 2 <= _size(frame, lang) <= _MOST_AFTER or _size(s[: a.start()], lang) < 2:
            continue
        if _size(s[b.end() :], lang) < 2 or _blocked(frame, lang):
            continue
        joiner = "" if lang == "zh" else " "
        point = sentence[: at[a.start()]] + joiner + sentence[at[b.end()] :]
        out.append(Candidate(frame, _capitalise(point), "inside", "comma"))
    return out


def _bucket(gram: str) -> int:
    return zlib.crc32(gram.encode("utf-8")) % SKELETON_DIM


#: The hand-read features' names, in their order in a row (after the embedding and skeleton).
HAND = (
    "lead",
    "trail",
    "inside",
    "that",
    "comma",
    "colon",
    "frame words",
    "point words",
    "frame share",
    "group",
    "about",
    "impersonal",
    "not group",
    "saying",
    "one person",
    "point saying",
)


def _hand(c: Candidate, lang: str) -> list[float]:
    frame, point = c.frame, c.point
    fw, pw = _size(frame, lang), _size(point, lang)
    group = shape._GROUP[lang].search(frame) or shape._MORE_GROUP[lang].search(frame)
    not_general = shape._NOT_GENERAL[lang].search(frame)
    return [
        float(c.place == "lead"),
        float(c.place == "trail"),
        float(c.place == "inside"),
        float(c.cut == "that"),
        float(c.cut == "comma"),
        float(c.cut == "colon"),
        min(fw, 20) / 10.0,
        min(pw, 60) / 30.0,
        fw / max(fw + pw, 1),
        float(bool(group)),
        float(bool(shape._ABOUT[lang].search(frame))),
        float(bool(shape._IMPERSONAL[lang].search(frame))),
        float(bool(shape._NOT_GROUP[lang].search(frame))),
        float(bool(_SAYING[lang].search(frame))),
        float(bool(not_general)),
        float(bool(_SAYING[lang].search(point[:40]))),
    ]


def _skeleton_row(frame: str) -> np.ndarray:
    row = np.zeros(SKELETON_DIM)
    tokens = ["^", *skeleton(frame), "$"]
    for n in (1, 2):
        for i in range(len(tokens) - n + 1):
            row[_bucket(" ".join(tokens[i : i + n]))] = 1.0
    norm = float(np.sqrt(row.sum()))
    return row / norm if norm else row


def features(cands: Sequence[tuple[Candidate, str]], vectors: np.ndarray) -> np.ndarray:
    """One row per (candidate, language): the frame's embedding (``vectors``, one row each),
    its skeleton and the hand-read features."""
    rows = [
        np.concatenate([vectors[i], _skeleton_row(c.frame), np.asarray(_hand(c, lang))])
        for i, (c, lang) in enumerate(cands)
    ]
    return np.vstack(rows) if rows else np.zeros((0, 0))


def probabilities(x: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    """The regression's probabilities, rounded to four places (no decision on float noise)."""
    z = np.clip(x @ w + b, -30, 30)
    return np.round(1.0 / (1.0 + np.exp(-z)), 4)


def fit(
    x: np.ndarray, y: np.ndarray, steps: int = 1500, l2: float = 1e-3
) -> tuple[np.ndarray, float]:
    """A logistic regression by full-batch gradient descent (Adam), deterministic; the
    positive rows weighted to half the loss."""
    n, d = x.shape
    pos = max(int(y.sum()), 1)
    weight = np.where(y, 0.5 * n / pos, 0.5 * n / max(n - pos, 1)) / n
    w, b = np.zeros(d), 0.0
    m_w, v_w, m_b, v_b = np.zeros(d), np.zeros(d), 0.0, 0.0
    rate, beta1, beta2 = 0.05, 0.9, 0.999
    for t in range(1, steps + 1):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w + b, -30, 30)))
        err = (p - y) * weight
        g_w = x.T @ err + l2 * w
        g_b = float(err.sum())
        m_w = beta1 * m_w + (1 - beta1) * g_w
        v_w = beta2 * v_w + (1 - beta2) * g_w * g_w
        m_b = beta1 * m_b + (1 - beta1) * g_b
        v_b = beta2 * v_b + (1 - beta2) * g_b * g_b
        w = w - rate * (m_w / (1 - beta1**t)) / (np.sqrt(v_w / (1 - beta2**t)) + 1e-8)
        b = b - rate * (m_b / (1 - beta1**t)) / (np.sqrt(v_b / (1 - beta2**t)) + 1e-8)
    return w, b


# ------------------------------------------------------------------ the shipped model


@cache
def _embedder():  # type: ignore[no-untyped-def]
    from forum_messages.nlp.base import memo_for
    from forum_messages.nlp.use import USEEmbedder

    return memo_for(USEEmbedder())


@cache
def _weights() -> tuple[np.ndarray, float] | None:
    from forum_messages.synth.shipped import load_frame_weights

    return load_frame_weights(weights_key())


def weights_key() -> str:
    """The key the shipped weights must carry: the material's digest and the fit's settings."""
    from forum_messages.synth.shipped import material_digest

    names = training_names()
    return f"{material_digest(names)}|{SKELETON_DIM}|{len(HAND)}|{_MOST_LEAD}|{_MOST_AFTER}"


def training_names() -> list[str]:
    """The readable labelled files the model is fitted on (under the evaluation folder): the
    development statement sets, the spent ``test5``-``test17``, the development report files
    and the two spent ones. Never a held-out file."""
    from importlib import resources

    base = resources.files("forum_messages") / "editions/evaluation"
    kinds = sorted(
        f"kinds/{p.name}"
        for p in (base / "kinds").iterdir()
        if p.name.startswith("dev") and p.name.endswith(".yaml")
    )
    spent = [f"kinds/test{i}.yaml" for i in range(5, 18)]
    reports = sorted(
        f"reports/{p.name}"
        for p in (base / "reports").iterdir()
        if p.name.startswith("dev-") and p.name.endswith(".yaml")
    )
    return [
        *kinds,
        *spent,
        *reports,
        "reports/test-global-tracks.yaml",
        "reports/test-cartagena.yaml",
    ]


def best(
    sentence: str,
    s: str,
    at: list[int],
    lang: str,
    w: np.ndarray,
    b: float,
    embed: Callable[[Sequence[str]], object],
) -> tuple[Candidate, float] | None:
    """The candidate the regression scores highest, with its probability (None without one)."""
    cands = candidates(sentence, s, at, lang)
    if not cands:
        return None
    vectors = np.asarray(embed([c.frame for c in cands]), dtype=np.float64)
    p = probabilities(features([(c, lang) for c in cands], vectors), w, b)
    i = int(np.argmax(p))  # the first of equals: the order of ``candidates``
    return cands[i], float(p[i])


@lru_cache(maxsize=1 << 14)
def cut_point(sentence: str, s: str, lang: str) -> str | None:
    """The point of a sentence once the frame the model reads is cut, or None (no candidate
    reaches ``BAR``, or the weights do not fit the material)."""
    weights = _weights()
    if weights is None:
        return None
    at = list(range(len(sentence) + 1))
    if lang == "ar":
        from forum_messages.nlp.segment import arabic_plain_offsets

        at = arabic_plain_offsets(sentence)
    found = best(sentence, s, at, lang, weights[0], weights[1], _embedder().embed)
    if found is None or found[1] < BAR:
        return None
    return found[0].point
