"""Readings of a statement's claim beyond its subject, measured on the source check's pairs
(docs/quality.md, step 34).

Reads the files ``claim_dump.py`` wrote (one per report file) and, for each message of two
sources or more, each pair of its core and another source in one language: whether the editor
gives the two one point, the wrong sources' class read one by one (``CLASSES``: *A* another
claim on the message's subject, *B* the same action for another beneficiary or object; the
other wrong sources *other*), and these readings, each larger for "two points":

- ``pair``, ``check``: one less the shipped pair model's / the check's model's probability
  (the check's: the core model in messages of two, the large model in larger ones);
- ``unshared``: ``TermEvidence.unshared``, the lesser of the two statements' shares of
  rarity-weighted term weight in words the other does not use (the words outside the
  subject the two share); ``unshared_core``, ``unshared_src`` each side alone;
- ``ask``: both calls (``ask.read``) whose spans share no stem +1, share one -1, else 0;
- ``words``: the same with each word matched by meaning instead of by stem: each content
  word of one statement is embedded alone (the real encoder) and counts, by its rarity, with
  its best cosine among the other statement's words; one less the better covered of the two
  (``words_mean``: one less their mean). Sees "docentes" in "profesores";
- ``beneficiary``: the groups of people, bodies and actors (``ask.actor_groups``) named
  anywhere in each statement: both name some and none in common +1, one in common -1, else 0.

Prints the AUC of each reading per file (A/B against the right pairs of the same messages,
against every right pair, every wrong pair against every right pair), and how many wrong (A/B
+ other) and right pairs a bar on ``unshared`` takes out, alone and inside the pair model's
unsure band of messages of two.

    cd bench && ../.venv/bin/python claim_dump.py /tmp/claims '' $(ls \\
        ../src/forum_messages/editions/evaluation/reports/*.yaml \\
        | grep -v -e global -e samark -e port-louis -e valparaiso -e tallinn -e tangier \\
            -e vladivostok -e yerevan -e colon -e tromso -e doha -e bata -e nouadhibou)
    cd bench && ../.venv/bin/python claim_contrast.py /tmp/claims
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from common import entry
from sklearn.metrics import roc_auc_score

from forum_messages.nlp.base import Embedder, memo_for
from forum_messages.nlp.keyphrases import stopwords
from forum_messages.nlp.segment import words
from forum_messages.nlp.use import USEEmbedder
from forum_messages.synth import ask
from forum_messages.synth.evidence import STEM, TermEvidence, _arabic_stem

#: The wrong sources of the readable report files read one by one (statement ids without
#: "st-"): A another claim on the message's subject, B the same action for another
#: beneficiary or object (main at 3b26efa, the defaults).
CLASSES = {
    **dict.fromkeys(
        (
            "24f28b87bdbb",
            "2c58709755e2",
            "7d250b35fc2e",
            "e79ab3cab75b",
            "289a8e668184",
            "18e9d58b7f48",
            "6ee6e6bef271",
            "1e42bb80fd29",
            "56707ebc1dec",
            "eeb02e5584bf",
            "e64dcefe21a5",
            "6eb788a898a7",
            "74e78d98ea68",
            "494eeaaaeb0e",
            "548f77c6b95b",
            "e56924808cf9",
            "a50cd9258fee",
            "956155733b73",
            "5a496ea91d1b",
            "982aff652733",
            "9701039df1a8",
            "1de3d6ba4f5b",
            "248b62fb5978",
            "59fbf96fc289",
            "fa648a68128c",
        ),
        "A",
    ),
    **dict.fromkeys(
        (
            "22e256a3ba8a",
            "91aa5725d9f8",
            "cfa628a2a17c",
            "bf1486f721dd",
            "4b90e1f8e8a8",
            "e7933c0726c0",
            "1f2b95879681",
        ),
        "B",
    ),
}

READINGS = (
    "pair",
    "check",
    "unshared",
    "unshared_core",
    "unshared_src",
    "words",
    "words_mean",
    "ask",
    "beneficiary",
)


def auc(two: Sequence[bool], scores: Sequence[float]) -> float:
    """The ROC AUC of ``scores`` for telling ``two`` (two points) pairs; NaN with one class."""
    if not 0 < sum(two) < len(two):
        return float("nan")
    return float(roc_auc_score(list(two), list(scores)))


def _sign(a: frozenset[str], b: frozenset[str]) -> int:
    if not (a and b):
        return 0
    return -1 if a & b else 1


def _lacks(ev: TermEvidence, row: int, both: frozenset[tuple[str, str]]) -> float:
    """The share of ``row``'s rarity-weighted term weight outside ``both``."""
    mine = ev.terms[row]
    return round(ev._mass(mine - both) / ev._mass(mine), 6) if mine else 0.0


def _words(text: str, lang: str) -> dict[str, str]:
    """The content words of ``text`` by their stem (as ``evidence.content_terms`` cuts them),
    each with its first form in the text."""
    stop = stopwords(lang)
    out: dict[str, str] = {}
    for w in words(text, lang):
        if w in stop or len(w) < 2 or w.isdigit():
            continue
        stem = _arabic_stem(w) if lang == "ar" else w
        if lang != "zh" and stem.isalpha() and len(stem) > STEM:
            stem = stem[:STEM]
        out.setdefault(stem, w)
    return out


def _covered(
    ev: TermEvidence, lang: str, a: dict[str, str], b: dict[str, str], embedder: Embedder
) -> tuple[float, float]:
    """How well each side's words are matched by meaning in the other's, weighted by rarity."""
    if not a or not b:
        return 0.0, 0.0
    va, vb = embedder.embed(list(a.values())), embedder.embed(list(b.values()))
    sim = np.round(va @ vb.T, 6)
    wa = np.asarray([ev.idf.get((lang, t), 1.0) for t in a])
    wb = np.asarray([ev.idf.get((lang, t), 1.0) for t in b])
    return (
        float((wa * sim.max(axis=1)).sum() / wa.sum()),
        float((wb * sim.max(axis=0)).sum() / wb.sum()),
    )


def judged(
    points: dict[str, Any], g: dict[str, Any], core: str, sid: str, impure: bool
) -> dict[str, Any]:
    """What every reader of the dump records of a (core, source) pair of a dumped message
    ``g``: one point or two by the editor's ``points`` (a description never makes one), the
    wrong pair's class (``CLASSES``), the message's size, whether it is impure, and the pair
    model's probability (``pair_p``) and its distance (``pair``)."""
    pc, pm = points[core]["point"], points[sid]["point"]
    same = pc == pm and pc != "(descriptive)"
    cls = CLASSES.get(sid[3:]) or CLASSES.get(core[3:]) or "other"
    return {
        "same": same,
        "cls": "" if same else cls,
        "size": len(g["members"]),
        "impure": impure,
        "pair_p": g["pair"][sid],
        "pair": round(1 - g["pair"][sid], 6),
    }


def pairs(folder: str, embedder: Embedder | None = None) -> list[dict[str, Any]]:
    """Every (core, source) pair in one language of every dumped message, with its readings
    (``words`` and ``words_mean`` 0 without an ``embedder``)."""
    out: list[dict[str, Any]] = []
    for path in sorted(Path(folder).glob("*.json")):
        data = json.loads(path.read_text("utf-8"))
        points = data["points"]
        for g in data["groups"]:
            theme = g["theme"]
            ev = TermEvidence([t for _, t, _ in theme], [lang for _, _, lang in theme])
            at = {sid: k for k, (sid, _, _) in enumerate(theme)}
            members = {m["id"]: m for m in g["members"]}
            c = g["core"]
            impure = "|".join(sorted(members)) in data["impure"]
            for sid, m in members.items():
                if sid == c or m["lang"] != members[c]["lang"]:
                    continue
                lang = m["lang"]
                a, b = at[c], at[sid]
                both = ev.terms[a] & ev.terms[b]

                ra, rb = ask.read(members[c]["text"], lang), ask.read(m["text"], lang)
                overlap = ask.overlap(ra, rb)
                groups = [
                    ask.actor_groups(words(t, lang), lang) for t in (members[c]["text"], m["text"])
                ]
                cover = (
                    _covered(
                        ev,
                        lang,
                        _words(members[c]["text"], lang),
                        _words(m["text"], lang),
                        embedder,
                    )
                    if embedder is not None
                    else (1.0, 1.0)
                )
                out.append(
                    {
                        "file": path.stem,
                        "texts": (members[c]["text"], m["text"]),
                        **judged(points, g, c, sid, impure),
                        "check": round(1 - g["check"][sid], 6),
                        "unshared": ev.unshared(a, b) or 0.0,
                        "unshared_core": _lacks(ev, a, both),
                        "unshared_src": _lacks(ev, b, both),
                        "words": round(1 - max(cover), 6),
                        "words_mean": round(1 - sum(cover) / 2, 6),
                        "ask": 0 if overlap is None else (1 if overlap == 0 else -1),
                        "beneficiary": _sign(*groups),
                    }
                )
    return out


def _row(label: str, files: list[str], cell: Callable[[list[str] | None], str]) -> None:
    print(label.ljust(40) + cell(None).rjust(10) + "".join(cell([f]).rjust(10) for f in files))


Row = Callable[[str, list[str], Callable[[list[str] | None], str]], None]
Pick = Callable[[dict[str, Any]], bool]


#: The sets of pairs each reading's AUC is measured on.
SETS: dict[str, Pick] = {
    "A/B against right pairs of the same messages": lambda r: (
        r["impure"] and r["cls"] in ("", "A", "B")
    ),
    "A/B against every right pair": lambda r: r["cls"] in ("", "A", "B"),
    "every wrong pair against every right pair": lambda r: True,
    "the same, messages of two": lambda r: r["size"] == 2,
}


def _among(rows: list[dict[str, Any]], pick: Pick, only: list[str] | None) -> list[Any]:
    return [r for r in rows if pick(r) and (only is None or r["file"] in only)]


def print_aucs(
    rows: list[dict[str, Any]],
    files: list[str],
    sets: dict[str, Pick],
    readings: Sequence[str],
    row: Row,
    width: int = 40,
) -> None:
    """The AUC of each reading per file (``row``: how a line is printed) on each set of pairs,
    with how many wrong and right pairs each set holds."""
    print("".ljust(width) + "all".rjust(10) + "".join(f[:9].rjust(10) for f in files))
    for title, pick in sets.items():
        print(f"\nAUC, {title}")
        for key in readings:

            def cell(only: list[str] | None, key: str = key, pick: Any = pick) -> str:
                sub = _among(rows, pick, only)
                return f"{auc([not r['same'] for r in sub], [r[key] for r in sub]):.3f}"

            row(key, files, cell)

        def count(only: list[str] | None, pick: Any = pick) -> str:
            sub = _among(rows, pick, only)
            return f"{sum(not r['same'] for r in sub)}/{sum(r['same'] for r in sub)}"

        row("pairs, wrong/right", files, count)


def taken_by(rows: list[dict[str, Any]], pick: Pick) -> Callable[[list[str] | None], str]:
    """A cell of the pairs ``pick`` takes out: wrong (A/B + other) / right."""

    def cell(only: list[str] | None) -> str:
        hit = _among(rows, pick, only)
        ab = sum(r["cls"] in ("A", "B") for r in hit)
        other = sum(r["cls"] == "other" for r in hit)
        return f"{ab}+{other}/{sum(r['same'] for r in hit)}"

    return cell


def main(folder: str) -> int:
    rows = pairs(folder, memo_for(USEEmbedder()))
    files = sorted({r["file"] for r in rows})

    sets = SETS
    print("the wrong pairs: class, pair model, unshared, words; the core / the source")
    for r in sorted(rows, key=lambda r: (r["cls"], r["file"])):
        if not r["same"]:
            print(
                f"{r['cls']:5} {r['file'][:16]:16} {r['pair_p']:.2f} {r['unshared']:.2f} "
                f"{r['words']:.2f}  {r['texts'][0][:70]} / {r['texts'][1][:70]}"
            )
    print()
    print_aucs(rows, files, sets, READINGS, _row)

    def taken(pick: Callable[[dict[str, Any]], bool]) -> Callable[[list[str] | None], str]:
        return taken_by(rows, pick)

    print("\nwrong pairs (A/B + other) / right pairs a bar takes out")
    for bar in (0.7, 0.8, 0.85, 0.9):
        _row(f"unshared >= {bar}", files, taken(lambda r, b=bar: r["unshared"] >= b))
    for lo, hi in ((0.4, 0.6), (0.4, 0.7), (0.5, 0.7)):
        for bar in (0.0, 0.75, 0.8, 0.85):
            _row(
                f"two, pair in [{lo}, {hi}), unshared >= {bar}",
                files,
                taken(
                    lambda r, lo=lo, hi=hi, b=bar: (
                        r["size"] == 2 and lo <= r["pair_p"] < hi and r["unshared"] >= b
                    )
                ),
            )
    for lo, hi in ((0.4, 0.7), (0.4, 0.8)):
        for key, bar in (
            ("words", 0.4),
            ("words", 0.45),
            ("words_mean", 0.4),
            ("words_mean", 0.45),
        ):
            _row(
                f"two, pair in [{lo}, {hi}), {key} >= {bar}",
                files,
                taken(
                    lambda r, lo=lo, hi=hi, k=key, b=bar: (
                        r["size"] == 2 and lo <= r["pair_p"] < hi and r[k] >= b
                    )
                ),
            )
    return 0


if __name__ == "__main__":
    entry(main, __doc__, fixed=1, rest=None)
