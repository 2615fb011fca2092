"""Theme assignment: statements keep their session's theme; the others get the nearest one.

A theme's profile is the mean embedding of its title, description, issue areas and sub-topic
seeds in every language the edition gives, blended with the centroid of the statements that
were declared under it (when there are enough). Confidence is a softmax over similarities.

Statements are compared with the profiles after 0.3 of the mean of the run's statements in
their language is taken out of them (of all the run's statements, for a language with few):
what every statement of a forum shares (its register, the event's vocabulary, and in a
multilingual embedding its language) then counts less than what tells one subject from
another. A session report whose theme is not declared mostly keeps to one subject, as a
session is proposed under one theme (not an NRI's report, which covers its whole meeting,
nor a consultation's response): each of its statements' scores is mixed with the mean scores
of its session's statements, so that a statement leaning a little to another theme joins its
session's while one clearly about another keeps its own.

A theme lists several subjects (its issue areas and seeds, or, when it gives none, the items
its description names between commas), and a statement about one of them is often far from
their mean: each item is a prototype of its own, and a statement's score with a theme is 0.6
of its score with the profile and 0.4 of its score with the theme's nearest item. The words a
statement shares with a theme's own text in its language (``theme_terms``: TF-IDF over the
run's statements) are added at 0.5: a shared "data centres" or "protection des données"
says more sharply than the embedding which subject a statement names. The statements whose
session declared a theme pull its profile and items towards what was said under it only when
each theme's are nearest its own profile: where a theme's sessions read as another theme's
subject, the edition's own words are the better guide.

The weights were chosen on every realistic report file and both documents, by the smallest
margin over the nearest theme description, then the files lowered, then the languages of a
mixed file lowered, then the mean margin (docs/quality.md, themes steps 12 and 18).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from forum_messages.engine.vectors import release, vector_array
from forum_messages.model import Edition, ThemeSpec
from forum_messages.nlp.base import Embedder, Vectors, normalise_rows
from forum_messages.nlp.decide import (
    DECIMALS,
    SCORE_ROWS,
    Scores,
    best_rows,
    centroid,
    decision_scores,
)
from forum_messages.synth.theme_terms import term_scores

#: What a session's vote reads of each of its statements (``NearestThemeAssigner._voted``):
#: "point" (each statement's own reading: its point as embedded, a framed statement's point
#: without the sentences that describe the session, a description's whole text); "written"
#: (each statement as written, list numbering off: the same reading whatever the statement
#: kinds say, so that a description set aside by one more rule stays in the evidence for its
#: session's theme as it was); "unlabelled" (as written, a turn's label off: "Модератор:" is
#: no word of the subject); "turns" (a transcript turn as written after its label, whatever
#: its kind; the other statements by their points: on, it moves no row of the common
#: evaluation by itself and keeps a chair's turn of conduct set aside from moving a point's
#: theme, ``kind_turns.CONDUCT``). docs/quality.md, themes step 53.
SESSION_READING = "turns"

#: What the theme step computes from the statements in play only, leaving out the statements
#: the kinds step sets aside as descriptions (``aside`` in :meth:`NearestThemeAssigner.run`;
#: they still get a theme): "" (nothing: every statement counts, as before), "means" (each
#: language's mean taken out and the declared statements' means blended into the profiles and
#: items), "all" (those and the session vote's means: a description's vector then moves no
#: other statement's theme). docs/quality.md, step 66.
IN_PLAY = ""

#: What the theme step's figures shared by every statement read of each statement: "point"
#: (its point as embedded, as before: a framed statement's point, a description's whole
#: text), "means" (its text as written, list numbering and a turn's label off, whatever the
#: kinds step reads: each language's mean taken out, the declared statements' means blended
#: into the profiles and items, the words' document frequencies; the session vote as
#: ``SESSION_READING`` says) or "written" (those and the session vote, which then reads every
#: statement as ``SESSION_READING`` "unlabelled" does). With "written" a statement read as a
#: description or a frame by one more rule moves no other statement's theme; each
#: statement's own scores still read its point. docs/quality.md, step 67.
EVIDENCE = "point"


@dataclass(frozen=True)
class Written:
    """The statements whose text as written differs from their point as embedded, for the
    session vote (``SESSION_READING`` "written"): their rows, the vectors of their texts as
    written (in that order), and every statement's text as written."""

    rows: list[int]
    vectors: Vectors
    texts: Sequence[str]


def theme_texts(theme: ThemeSpec) -> list[str]:
    """Every text that describes a theme, in every language given."""
    texts: list[str] = []
    for lang in sorted(set(theme.title) | set(theme.description)):
        title = theme.title.get(lang, "")
        desc = theme.description.get(lang, "")
        if title or desc:
            texts.append(f"{title}. {desc}".strip(". "))
    for mapping in (theme.issue_areas, theme.seeds):
        for lang in sorted(mapping):
            texts.extend(mapping[lang])
    return [t for t in texts if t.strip()]


#: Where a description is cut into the items it lists: commas, semicolons and sentence ends in
#: the six languages' scripts.
_ITEM_BREAK = re.compile(r"[,;:.!?\u060c\u061b\u061f\u3001\uff0c\uff1b\u3002\uff01\uff1f]+\s*")


#: ``_ITEM_BREAK`` and the words that join the items of a list ("and", "such as", ", and") in
#: the six languages (``theme_items`` with ``joined``); in Chinese only 以及, as 和, 及 and 与
#: are also parts of words (和平, 普及, 参与).
_ITEM_JOIN = re.compile(
    r"[,;\u060c]?\s+(?:and|such as|including|y|como|e|et|tels? que|notamment|и|такие как|و)\s+"
    r"|以及|" + _ITEM_BREAK.pattern
)


def theme_items(theme: ThemeSpec, cut: bool = True, joined: bool = False) -> list[tuple[str, str]]:
    """The separate subjects a theme names, each with its language: each issue area, each
    seed, and each item its description lists (cut at commas and sentence ends, and with
    ``joined`` at the words that join a list's items too; with ``cut`` False, only for a
    theme that gives no issue areas or seeds)."""
    out: list[tuple[str, str]] = []
    listed = any(theme.issue_areas.values()) or any(theme.seeds.values())
    breaks = _ITEM_JOIN if joined else _ITEM_BREAK
    for lang in sorted(theme.description) if cut or not listed else ():
        for part in breaks.split(theme.description[lang]):
            part = part.strip()
            if len(part) >= 3:
                out.append((lang, part))
    for mapping in (theme.issue_areas, theme.seeds):
        for lang in sorted(mapping):
            out.extend((lang, t) for t in mapping[lang] if t.strip())
    return out


def theme_profiles(edition: Edition, embedder: Embedder) -> Vectors:
    """One unit vector per theme from its own description (in edition order)."""
    rows = []
    for theme in edition.themes:
        texts = theme_texts(theme) or [theme.key]
        rows.append(centroid(embedder.embed(texts)))
    return np.stack(rows)


@dataclass(frozen=True)
class ThemeResult:
    theme: list[str]
    confidence: list[float]
    inferred: list[bool]
    similarity: NDArray[np.float64]  # (n, themes): decision scores, statements x themes
    #: (n, themes): the scores the theme was chosen on, before the session vote (each
    #: statement's own reading; ``message_themes``)
    reading: NDArray[np.float64] = field(default_factory=lambda: np.zeros((0, 0)))


class NearestThemeAssigner:
    """Declared themes are kept; missing ones go to the most similar theme profile."""

    name = "nearest-theme-profile"

    def __init__(
        self,
        temperature: float = 0.05,
        blend: float = 0.3,
        min_declared: int = 5,
        refine: int = 0,
        center: float = 0.3,
        min_center: int = 20,
        session_vote: float = 0.7,
        items: float = 0.4,
        items_top: int = 1,
        items_language: bool = False,
        items_cut: bool = False,
        vote_agree: float = 0.0,
        terms: float = 0.5,
        own_means: bool = True,
        blend_check: bool = True,
        items_joined: bool = False,
    ):
        self.temperature = temperature
        self.blend = blend
        self.min_declared = min_declared
        self.refine = refine
        self.center = center
        self.min_center = min_center
        self.session_vote = session_vote
        self.items = items
        self.items_top = items_top
        self.items_language = items_language
        self.items_cut = items_cut
        self.vote_agree = vote_agree
        self.terms = terms
        self.own_means = own_means
        self.blend_check = blend_check
        self.items_joined = items_joined

    def params(self) -> dict[str, object]:
        return {
            "temperature": self.temperature,
            "blend": self.blend,
            "min_declared": self.min_declared,
            "refine": self.refine,
            "center": self.center,
            "min_center": self.min_center,
            "session_vote": self.session_vote,
            "items": self.items,
            "items_top": self.items_top,
            "items_language": self.items_language,
            "items_cut": self.items_cut,
            "vote_agree": self.vote_agree,
            "terms": self.terms,
            "own_means": self.own_means,
            "blend_check": self.blend_check,
        }

    def centred(
        self,
        x: Vectors,
        languages: Sequence[str] | None = None,
        use: NDArray[np.bool_] | None = None,
        source: Vectors | None = None,
    ) -> Vectors:
        """Statements with ``center`` times their common mean taken out (from ``min_center``
        statements on: the mean of a few is their subject, not a background). With
        ``languages``, a language of ``min_center`` statements or more has its own mean
        taken out of its statements; the others, the mean of all. With ``use``, the means
        and counts are those of the rows it marks (every row is centred). With ``source``
        (the same statements read otherwise, row for row), the means are those of ``source``."""
        if _counted(x, use) < self.min_center or self.center == 0:
            return x
        means, row_mean, _slot = self._means(x if source is None else source, languages, use)
        out = vector_array(*x.shape)  # many rows: kept in a file, like the vectors
        for start in range(0, len(x), SCORE_ROWS):  # bounded float64 copies of the rows
            rows = np.asarray(x[start : start + SCORE_ROWS], dtype=np.float64)
            out[start : start + SCORE_ROWS] = normalise_rows(
                rows - means[row_mean[start : start + SCORE_ROWS]]
            )
            release(out)
            release(x)
        return out

    def centred_too(
        self,
        x: Vectors,
        languages: Sequence[str] | None,
        more: Vectors,
        more_languages: Sequence[str],
        use: NDArray[np.bool_] | None = None,
    ) -> Vectors:
        """``more`` (other texts' vectors, in ``more_languages``) with the means that
        :meth:`centred` takes out of the statements ``x`` taken out of them."""
        if _counted(x, use) < self.min_center or self.center == 0 or not len(more):
            return more
        means, _row_mean, slot = self._means(x, languages, use)
        rows = np.fromiter((slot.get(g, 0) for g in more_languages), dtype=np.intp, count=len(more))
        return normalise_rows(np.asarray(more, dtype=np.float64) - means[rows])

    def _means(
        self,
        x: Vectors,
        languages: Sequence[str] | None,
        use: NDArray[np.bool_] | None = None,
    ) -> tuple[NDArray[np.float64], NDArray[np.intp], dict[str, int]]:
        """The means to take out (row 0: that of all statements), each statement's row and
        each language's row (a language not in it: row 0); with ``use``, the means and the
        languages' counts of the rows it marks only."""
        if use is None:
            counts = Counter(languages or ())
        else:
            marks = use.tolist() if languages else []
            counts = Counter(g for g, u in zip(languages or (), marks, strict=True) if u)
        own = sorted(g for g in counts if counts[g] >= self.min_center)
        if len(own) < 2:  # one language (or none of the others big enough): one mean
            if use is None:
                mean = self.center * centroid(x)
            else:
                marked = np.where(use, 0, -1).astype(np.intp)
                mean = self.center * unit_rows(slot_sums(x, marked, 1))[0]
            return mean[None, :].astype(np.float64), np.zeros(len(x), dtype=np.intp), {}
        slot = {g: n + 1 for n, g in enumerate(own)}
        row_mean = np.fromiter(
            (slot.get(g, 0) for g in languages or ()), dtype=np.intp, count=len(x)
        )
        summed = row_mean if use is None else np.where(use, row_mean, -1).astype(np.intp)
        sums = slot_sums(x, summed, len(own) + 1)
        sums[0] = sums.sum(axis=0)  # all statements
        means = (self.center * unit_rows(sums)).astype(np.float64)
        return means, row_mean, slot

    def run(
        self,
        x: Vectors,
        declared: Sequence[str | None],
        edition: Edition,
        embedder: Embedder,
        profiles: Vectors | None = None,
        languages: Sequence[str] | None = None,
        sessions: Sequence[str | None] | None = None,
        texts: Sequence[str] | None = None,
        written: Written | None = None,
        aside: Sequence[bool] | None = None,
        aside_votes_out: bool = True,
        shared: Vectors | None = None,
        shared_texts: Sequence[str] | None = None,
    ) -> ThemeResult:
        """Themes of statements; ``profiles`` replaces the edition's own theme profiles.

        ``languages`` (each statement's) centre each language on its own mean; with
        ``sessions`` (each statement's session code, None for one whose session may cover
        several subjects), a statement whose theme is not declared has its scores mixed with
        the mean scores of its session's such statements. With ``texts`` (each statement's
        point) and ``languages``, the words a statement shares with each theme's own text in
        its language add to its scores (``terms``). With ``written`` (``SESSION_READING``
        "written"), the session vote reads those statements as written. With ``aside``
        (each statement's: set aside as a description), the means, counts and votes are
        those of the other statements (the session vote's too, unless ``aside_votes_out`` is
        false); the statements marked still get a theme. With ``shared`` (each statement's
        vector as written, ``EVIDENCE`` "written"), the means taken out and the declared
        statements' means are those of ``shared``; with ``shared_texts``, the words' document
        frequencies are those of these texts.
        ``similarity`` in the result is that of the statements as given (how topical each
        one is); the choice of theme and its confidence use the centred statements.
        """
        keys = list(edition.theme_keys())
        use = None
        if aside is not None and any(aside):
            use = ~np.fromiter(aside, dtype=bool, count=len(x))
        own_langs = languages if self.own_means else None
        given, x = x, self.centred(x, own_langs, use, source=shared)
        # what the declared statements' means are taken from: the statements as centred, or
        # (``shared``) their texts as written, centred alike
        read_x = x if shared is None else self.centred(shared, own_langs, use, source=shared)
        base = theme_profiles(edition, embedder) if profiles is None else profiles
        number = {k: t for t, k in enumerate(keys)}
        slot = np.fromiter(
            (-1 if d is None else number.get(d, -2) for d in declared),  # -2: not a theme
            dtype=np.intp,
            count=len(x),
        )
        counted = slot if use is None else np.where(use, slot, -1).astype(np.intp)
        profiles = base.copy()
        # Blend in what sessions declared only when every theme has enough of it: blending
        # some themes and not others would pull undecided statements towards the former.
        means: Vectors | None = None
        if (
            len(keys)
            and (np.bincount(counted[counted >= 0], minlength=len(keys)) >= self.min_declared).all()
        ):
            means = unit_rows(slot_sums(read_x, counted, len(keys)))
            if self.blend_check and not agree(means, base):
                means = None  # what sessions declared under a theme reads as another's
            else:
                profiles = (1 - self.blend) * profiles + self.blend * means
        profiles = normalise_rows(profiles)
        # Refinement: statements without a theme pull each profile towards what was actually
        # said under it (a few rounds of seeded k-means, the description kept as an anchor).
        undecided = np.flatnonzero(slot == -1)
        for _ in range(self.refine if len(undecided) else 0):
            chosen = slot.copy()
            chosen[undecided] = best_rows(decision_scores(x, profiles))[undecided]
            if use is not None:
                chosen[~use] = -1
            sums = slot_sums(x, chosen, len(keys))
            held = (sums != 0).any(axis=1)[:, None]  # a theme nothing went to keeps its own
            profiles = normalise_rows(
                np.where(held, (1 - self.blend) * base + self.blend * unit_rows(sums), base)
            )
        sims = decision_scores(x, profiles) if len(x) else np.zeros((0, len(keys)))
        topical = decision_scores(given, profiles) if len(x) else sims
        if self.items and len(x) and len(keys):
            near = self._item_scores(x, edition, embedder, means, languages)
            sims = np.round((1 - self.items) * sims + self.items * near, DECIMALS) + 0.0
        evidence: Scores | None = None
        if written is not None and written.rows and len(keys):
            # the vote's reading: the statements whose text as written differs, scored as
            # every statement is (the terms below, of every statement's text as written)
            evidence = sims.copy()
            row_langs = [languages[i] if languages else "" for i in written.rows]
            own = languages if self.own_means else None
            more = self.centred_too(
                given if shared is None else shared, own, written.vectors, row_langs, use
            )
            read = decision_scores(more, profiles)
            if self.items:
                near = self._item_scores(more, edition, embedder, means, row_langs)
                read = np.round((1 - self.items) * read + self.items * near, DECIMALS) + 0.0
            evidence[written.rows] = read
        elif written is not None:
            evidence = sims.copy()  # the terms still read with every text as written
        if self.terms and texts is not None and languages is not None and len(x) and len(keys):
            undecided_rows = np.flatnonzero(slot == -1).tolist()
            freq = shared_texts
            found = term_scores(texts, languages, edition, undecided_rows, freq)
            if evidence is not None and written is not None:
                as_written = term_scores(written.texts, languages, edition, undecided_rows, freq)
                evidence = np.round(evidence + self.terms * as_written, DECIMALS) + 0.0
            sims = np.round(sims + self.terms * found, DECIMALS) + 0.0
        reading = np.asarray(sims, dtype=np.float64)
        if sessions is not None and self.session_vote:
            if use is not None and aside_votes_out:
                sims = self._voted_in_play(sims, declared, sessions, evidence, use)
            else:
                sims = self._voted(sims, declared, sessions, evidence)
        logits = sims / self.temperature
        logits -= logits.max(axis=1, keepdims=True) if len(x) else 0
        probs = np.exp(logits)
        probs /= probs.sum(axis=1, keepdims=True) if len(x) else 1
        nearest = best_rows(sims)
        themes: list[str] = []
        conf: list[float] = []
        inferred: list[bool] = []
        for i, d in enumerate(declared):
            if d is not None:
                themes.append(d)
                conf.append(1.0)
                inferred.append(False)
            else:
                themes.append(keys[nearest[i]])
                conf.append(round(float(probs[i, nearest[i]]), 4))
                inferred.append(True)
        return ThemeResult(themes, conf, inferred, np.asarray(topical, dtype=np.float64), reading)

    def _item_scores(
        self,
        x: Vectors,
        edition: Edition,
        embedder: Embedder,
        means: Vectors | None,
        languages: Sequence[str] | None,
    ) -> Scores:
        """Each statement's score with each theme as the mean of its ``items_top`` best
        scores with the theme's items (:func:`theme_items`, each pulled towards the theme's
        declared statements as the profile is); with ``items_language``, only the items in
        the statement's own language when every theme has enough of them."""
        found = [
            theme_items(t, self.items_cut, self.items_joined) or [("", t.key)]
            for t in edition.themes
        ]
        flat = [(t, lang, text) for t, its in enumerate(found) for lang, text in its]
        raw = np.asarray(embedder.embed([text for _t, _l, text in flat]), dtype=np.float64)
        owner = np.fromiter((t for t, _l, _x in flat), dtype=np.intp, count=len(flat))
        if means is not None:
            raw = (1 - self.blend) * raw + self.blend * np.asarray(means, np.float64)[owner]
        vec = normalise_rows(raw)
        k = len(found)
        top = self.items_top
        # each statement's columns: its language's items, or all of them
        usable: dict[str, NDArray[np.bool_]] = {}
        every = np.ones(len(flat), dtype=bool)
        if self.items_language and languages is not None:
            for lang in set(languages):
                own = np.fromiter((g == lang for _t, g, _x in flat), dtype=bool, count=len(flat))
                if (np.bincount(owner[own], minlength=k) >= top).all():
                    usable[lang] = own
        out = np.zeros((len(x), k), dtype=np.float64)
        # the items are in theme order: each theme's best item is one maximum over its columns
        first = np.searchsorted(owner, np.arange(k))
        for start in range(0, len(x), SCORE_ROWS):
            block = decision_scores(x[start : start + SCORE_ROWS], vec)
            if top == 1 and not usable:
                out[start : start + len(block)] = np.maximum.reduceat(block, first, axis=1)
                release(x)
                continue
            rows = range(start, start + len(block))
            cols = np.stack([usable.get(languages[i], every) if languages else every for i in rows])
            for t in range(k):
                part = np.where(cols & (owner == t), block, -np.inf)
                if top == 1:
                    out[start : start + len(block), t] = part.max(axis=1)
                    continue
                best = -np.sort(-part, axis=1)[:, :top]
                best = np.where(np.isfinite(best), best, np.nan)
                out[start : start + len(block), t] = np.nanmean(best, axis=1)
            release(x)
        return np.round(out, DECIMALS)

    def _voted(
        self,
        sims: Scores,
        declared: Sequence[str | None],
        sessions: Sequence[str | None],
        evidence: Scores | None = None,
    ) -> Scores:
        """The scores of each statement whose theme is not declared, ``session_vote`` of
        them the mean scores of its session's such statements (when there are two or more;
        of their ``evidence`` when given, else of their own scores), rounded as every
        decision score is."""
        every = np.ones(len(sims), dtype=np.bool_)
        return self._voted_in_play(sims, declared, sessions, evidence, every)

    def _voted_in_play(
        self,
        sims: Scores,
        declared: Sequence[str | None],
        sessions: Sequence[str | None],
        evidence: Scores | None,
        use: NDArray[np.bool_],
    ) -> Scores:
        """:meth:`_voted` with only the rows ``use`` marks as voters: a session's mean (and
        its size, and the agreement ``vote_agree`` asks for) is that of its marked
        undeclared statements; every undeclared statement of a session of two or more
        voters, marked or not, has its scores mixed with that mean."""
        read = sims if evidence is None else evidence
        number: dict[str, int] = {}
        group = np.fromiter(
            (
                number.setdefault(s, len(number)) if d is None and s is not None else -1
                for s, d in zip(sessions, declared, strict=True)
            ),
            dtype=np.intp,
            count=len(sims),
        )
        voters = np.flatnonzero((group >= 0) & use)
        vids = group[voters]
        size = np.bincount(vids, minlength=len(number))
        open_rows = np.flatnonzero(group >= 0)
        shared = open_rows[size[group[open_rows]] >= 2]
        if not len(shared):
            return sims
        means = (
            np.stack(
                [
                    np.bincount(vids, weights=read[voters, t], minlength=len(number))
                    for t in range(sims.shape[1])
                ],
                axis=1,
            )
            / np.maximum(size, 1)[:, None]
        )
        if self.vote_agree:  # a session votes only when enough of its voters agree
            own = best_rows(sims[voters])
            theirs = best_rows(means)[vids]
            agree = np.bincount(vids, weights=(own == theirs), minlength=len(number))
            trusted = agree >= self.vote_agree * size - 1e-9
            shared = shared[trusted[group[shared]]]
        ids = group[shared]
        out = sims.copy()
        w = self.session_vote
        out[shared] = np.round((1 - w) * sims[shared] + w * means[ids], DECIMALS) + 0.0
        return out


def _counted(x: Vectors, use: NDArray[np.bool_] | None) -> int:
    """How many rows the means are taken over: all, or those ``use`` marks."""
    return len(x) if use is None else int(use.sum())


def agree(means: Vectors, profiles: Vectors) -> bool:
    """Whether the mean of each theme's declared statements is nearest that theme's own
    profile (of all the themes' profiles)."""
    best = best_rows(decision_scores(means, profiles))
    return bool((best == np.arange(len(profiles))).all())


def slot_sums(x: Vectors, slot: NDArray[np.intp], k: int) -> NDArray[np.float64]:
    """The float64 sum of the rows in each of ``k`` slots (a row's slot in ``slot``; -1: in
    none), a block of ``SCORE_ROWS`` rows at a time (no copy of a slot's rows)."""
    sums = np.zeros((k, x.shape[1]), dtype=np.float64)
    for start in range(0, len(x), SCORE_ROWS):
        rows = np.asarray(x[start : start + SCORE_ROWS], dtype=np.float64)
        part = slot[start : start + SCORE_ROWS]
        for t in np.unique(part[part >= 0]).tolist():
            sums[t] += rows[part == t].sum(axis=0)
        release(x)
    return sums


def unit_rows(sums: NDArray[np.float64]) -> Vectors:
    """Rows scaled to unit length in float64, then float32, as :func:`centroid` gives a
    mean (a zero row stays zero)."""
    norms = np.sqrt((sums * sums).sum(axis=1, keepdims=True))
    norms[norms == 0] = 1.0
    return (sums / norms).astype(np.float32)
