"""Where a frame ends, read by a learned model (``synth/kind_frame_model.py``), out of fold.

Labelled examples: every readable set's statements (``kind_frame_model.training_names``: the
development statement sets, the spent ``test5``-``test17``, the development report files and
the two spent ones), never a held-out file (``held_out``). A framed statement whose editor
gives its point gives a positive candidate where the cut leaves the point (the same words but
two at most, ``near``) and negatives at every other candidate; a plain point gives negatives
only (a cut there is a false cut). Statements of one person's words are left out.

Each set is left out in turn: the regression is fitted on the others' candidates and reads
the sentences of the left-out set that every rule left as they were (``kinds.voiced`` returns
them unchanged, not a description, not one person's words). Per set and per language, for
each bar: frames removed (the text the editor's point, exactly or within two words), wrong
cuts on framed statements (the text changed, not to the point), false cuts on plain points,
and "frame kept" (``evaluation.frame_kept``) before and after.

    PYTHONPATH=src .venv/bin/python bench/kind_frame_model.py            # the tables
    PYTHONPATH=src .venv/bin/python bench/kind_frame_model.py --show 0.9 # the cuts at a bar
    PYTHONPATH=src .venv/bin/python bench/kind_frame_model.py --ship     # fit on all, ship
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher

import numpy as np
from common import evaluation_base
from held_out import KIND_SETS, is_held_out

from forum_messages.evaluation.commands import _plain
from forum_messages.evaluation.frame_kept import _tokens, keeps_frame
from forum_messages.evaluation.material import load_kind_set, load_material
from forum_messages.nlp.base import memo_for
from forum_messages.nlp.segment import arabic_plain, strip_numbering
from forum_messages.nlp.use import USEEmbedder
from forum_messages.synth import kind_frame_model as fm
from forum_messages.synth import kinds

LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")
BARS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99)


@dataclass
class Example:
    source: str
    lang: str
    text: str
    framed: bool
    point: str | None  # the editor's point (framed statements)


def near(a: str, b: str, most: int = 2) -> bool:
    """Whether two texts have the same words but ``most`` at most (commas apart)."""
    x = [t for t in _tokens(a) if t not in ",،，"]
    y = [t for t in _tokens(b) if t not in ",،，"]
    off = 0
    for op, i1, i2, j1, j2 in SequenceMatcher(None, x, y, autojunk=False).get_opcodes():
        if op != "equal":
            off += max(i2 - i1, j2 - j1)
    return off <= most


def examples() -> list[Example]:
    base = evaluation_base()
    out: list[Example] = []
    for name in fm.training_names():
        assert not is_held_out(name) and name not in KIND_SETS, name
        if name.startswith("kinds/"):
            for it in load_kind_set(base / name):
                if it.kind == "descriptive" or it.attribution or it.language not in LANGUAGES:
                    continue
                if it.kind == "framed" and not it.point:
                    continue
                out.append(Example(name, it.language, it.text, it.kind == "framed", it.point))
            continue
        material = load_material(base / name)
        for st in material.corpus.statements:
            ans = material.answers[st.id]
            lang = st.language or material.language
            if ans.descriptive or ans.attribution or lang not in LANGUAGES:
                continue
            text = strip_numbering(st.text)
            out.append(Example(name, lang, text, bool(ans.framed), ans.framed))
    return out


def _matched(sentence: str, lang: str) -> tuple[str, list[int]]:
    if lang != "ar":
        return sentence, list(range(len(sentence) + 1))
    at = [i for i, ch in enumerate(sentence) if arabic_plain(ch)] + [len(sentence)]
    return arabic_plain(sentence), at


def training_rows(
    items: list[Example],
) -> tuple[list[tuple[fm.Candidate, str]], list[int], list[bool]]:
    """Every candidate of every one-sentence statement (by item index), and its label."""
    cands: list[tuple[fm.Candidate, str]] = []
    owner: list[int] = []
    labels: list[bool] = []
    for i, ex in enumerate(items):
        parts = kinds._sentences(ex.text, ex.lang)
        if len(parts) != 1:
            continue
        s, at = _matched(parts[0], ex.lang)
        found = fm.candidates(parts[0], s, at, ex.lang)
        if ex.framed:
            assert ex.point
            right = [near(c.point, ex.point) for c in found]
            if not any(right):
                continue  # the editor rewrote more than a cut: no label
        else:
            right = [False] * len(found)
        for c, r in zip(found, right, strict=True):
            cands.append((c, ex.lang))
            owner.append(i)
            labels.append(r)
    return cands, owner, labels


def _left_plain(sentence: str, lang: str) -> bool:
    """Whether every rule leaves the sentence as it was (the hook's place in ``kinds``)."""
    kind, _point, attribution = kinds.sentence_kind(sentence, lang)
    if kind != "point" or attribution:
        return False
    if kinds.voiced(sentence, lang) != sentence:
        return False
    s, _at = _matched(sentence, lang)
    cues = kinds._cues(lang)
    return not cues.desc.search(s) and not kinds._one_speaker(s, lang, cues.attrib)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", type=float, help="print the cuts out of fold at this bar")
    ap.add_argument("--ship", action="store_true", help="fit on every readable set and ship")
    args = ap.parse_args()
    saved = fm.ON
    fm.ON = False
    kinds.clear_caches()
    items = examples()
    embedder = memo_for(USEEmbedder())
    cands, owner, labels = training_rows(items)
    vectors = np.asarray(embedder.embed([c.frame for c, _ in cands]), dtype=np.float64)
    x = fm.features(cands, vectors)
    y = np.asarray(labels, dtype=bool)
    sources = np.asarray([items[i].source for i in owner])
    print(f"{len(items)} statements, {len(cands)} candidates, {int(y.sum())} right cuts")
    if args.ship:
        w, b = fm.fit(x, y.astype(np.float64))
        from forum_messages.synth.shipped import save_frame_weights

        print(save_frame_weights(fm.weights_key(), w, b))
        return
    # the sentences every rule leaves as they are, and their candidates (scored by fold)
    shown: list[str] = []
    plain_at: list[list[tuple[int, str]]] = []
    for ex in items:
        k = kinds.classify(ex.text, ex.lang)
        shown.append(kinds.voiced_text(k.point, ex.lang, k.cuts) if k.kind != "descriptive" else "")
        parts = kinds._sentences(ex.text, ex.lang)
        plain_at.append(
            [
                (j, p)
                for j, p in enumerate(parts)
                if k.kind != "descriptive" and _left_plain(p, ex.lang)
            ]
        )
    count: Counter = Counter()
    shows: list[str] = []
    for name in dict.fromkeys(ex.source for ex in items):
        keep = sources != name
        w, b = fm.fit(x[keep], y[keep].astype(np.float64))
        w = w.astype(np.float16).astype(np.float64)
        b = float(np.float16(b))
        for i, ex in enumerate(items):
            if ex.source != name or not shown[i]:
                continue
            parts = kinds._sentences(ex.text, ex.lang)
            scored: list[tuple[int, fm.Candidate, float]] = []
            for j, sent in plain_at[i]:
                s, at = _matched(sent, ex.lang)
                found = fm.best(sent, s, at, ex.lang, w, b, embedder.embed)
                if found:
                    scored.append((j, found[0], found[1]))
            for bar in BARS:
                new = list(parts)
                for j, c, p in scored:
                    if p >= bar:
                        new[j] = c.point
                cut = new != list(parts)
                after = ("" if ex.lang == "zh" else " ").join(new) if cut else shown[i]
                for g in ("all", ex.lang, name):
                    key = (g, bar)
                    if ex.framed:
                        assert ex.point
                        count[key, "framed"] += 1
                        before_keeps = bool(keeps_frame(shown[i], ex.text, ex.point))
                        count[key, "kept before"] += before_keeps
                        if cut:
                            right = near(after, ex.point)
                            count[key, "removed" if right else "wrong cut"] += 1
                            count[key, "kept after"] += bool(keeps_frame(after, ex.text, ex.point))
                            count[key, "as given +"] += _plain(after) == _plain(
                                ex.point
                            ) and _plain(shown[i]) != _plain(ex.point)
                        else:
                            count[key, "kept after"] += before_keeps
                    else:
                        count[key, "points"] += 1
                        count[key, "false cut"] += cut
                if args.show == bar and cut:
                    mark = (
                        "FALSE"
                        if not ex.framed
                        else "RIGHT"
                        if near(after, ex.point or "")
                        else "WRONG"
                    )
                    probs = ", ".join(f"{p:.4f}" for _, _, p in scored)
                    shows.append(f"{mark} {name} {ex.lang} [{probs}]\n  {ex.text}\n  -> {after}")
                    if ex.point:
                        shows.append(f"  editor: {ex.point}")
    fm.ON = saved
    for line in shows:
        print(line)
    cols = ("framed", "removed", "wrong cut", "kept before", "kept after", "points", "false cut")
    for bar in BARS:
        print(f"\nbar {bar}")
        print("group".ljust(34) + "".join(c.rjust(12) for c in cols))
        groups = ["all", *LANGUAGES, *dict.fromkeys(ex.source for ex in items)]
        for g in groups:
            row = [count[(g, bar), c] for c in cols]
            if g.startswith(("kinds/", "reports/")) and not any(row[1:3]) and not row[6]:
                continue
            print(g.ljust(34) + "".join(str(v).rjust(12) for v in row))


if __name__ == "__main__":
    main()
