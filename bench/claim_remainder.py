"""A statement's claim read by meaning outside its subject, measured on the source check's pairs
(docs/quality.md, step 36).

Reads the files ``claim_dump.py`` wrote and, for each message of two sources or more, each pair
of its core and another source in one language (the pairs and classes of ``claim_contrast.py``),
these readings, each larger for "two points" (cosines of the real encoder, rounded to 6
decimals):

- ``cos``: one less the cosine of the two statements (what the grouping decides on);
- ``rest``: the *remainder*: each statement embedded with the words whose stems the two share
  taken out (the subject), one less the cosine of the two remainders;
- ``rest_theme``: the same with the stems the theme uses most (those in a tenth of its
  statements or more) taken out too;
- ``pred``: the *predicate*: each statement embedded from its call form on (``ask``'s
  markers: "should ...", "deben ..."; a statement with no call form whole), its shared stems
  taken out; one less the cosine;
- ``diff_theme``, ``diff_near``: the *difference vectors*: one less the cosine of (core - m)
  and (source - m), m the mean of the theme's statements or of the ``NEAR`` statements of the
  theme nearest the pair's mean (the two left out): what each says beyond the local subject;
- ``diff_msg``: the same, m the mean of the message's sources (messages of three or more);
- ``second``, ``second_rest``: the *contrast*: the source's cosine with the nearest other
  message's core of the theme less its cosine with its own core (whole statements; remainders
  against the other core's, the stems each pair shares taken out);
- ``ask_rest``: (d): ``pred`` where both statements are calls, else ``rest``.

Prints each reading's AUC per file (the sets of ``claim_contrast.py``), how many wrong (A/B +
other) and right pairs bars on each reading take out, alone and inside the pair model's unsure
band of messages of two, and each reading's bar fitted leaving one file out (the lowest bar
above every right pair of the other files) with what it takes on the file left out.

    cd bench && ../.venv/bin/python claim_remainder.py /tmp/claims
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from claim_contrast import SETS, auc, judged, print_aucs, taken_by
from common import entry
from sklearn.linear_model import LogisticRegression

from forum_messages.nlp.base import Embedder, memo_for
from forum_messages.nlp.segment import words
from forum_messages.nlp.use import USEEmbedder
from forum_messages.synth import ask
from forum_messages.synth.evidence import TermEvidence, content_terms

#: How many statements of the theme nearest the pair make its local subject (``diff_near``).
NEAR = 5
#: Share of the theme's statements a stem must be in to count as the theme's subject.
COMMON = 0.1

READINGS = (
    "pair",
    "cos",
    "rest",
    "rest_theme",
    "rest_common",
    "pred",
    "diff_theme",
    "diff_near",
    "diff_msg",
    "proj_theme",
    "proj_near",
    "rank",
    "rank_mutual",
    "second",
    "second_rest",
    "ask_rest",
)


def _unit(v: np.ndarray) -> np.ndarray:
    n = float(np.linalg.norm(v))
    return v / n if n > 0 else v


def _off(v: np.ndarray, m: np.ndarray) -> np.ndarray:
    """``v`` with its component along ``m`` taken out."""
    u = _unit(m)
    return v - float(v @ u) * u


def _cos(a: np.ndarray, b: np.ndarray) -> float:
    return round(float(_unit(a) @ _unit(b)), 6)


def without(text: str, lang: str, drop: frozenset[str]) -> str:
    """``text``'s words whose stem (as ``evidence.content_terms`` cuts it) is not in ``drop``
    (stop words kept: the clause's grammar stays); the text itself when nothing is left."""
    kept = [w for w in words(text, lang) if not (content_terms(w, lang) & drop)]
    sep = "" if lang == "zh" else " "
    return sep.join(kept) if kept else text


def predicate(text: str, lang: str) -> tuple[str, bool]:
    """The part of ``text`` from its call form on (``ask._find_call``) and whether one was
    found; the whole text when none is."""
    tokens = words(text, lang)
    found = ask._find_call(tokens, lang) or ask._bare_call(text, tokens, lang)
    if found is None:
        return text, False
    sep = "" if lang == "zh" else " "
    return sep.join(tokens[found[0] :]), True


def _stems(text: str, lang: str) -> frozenset[str]:
    return frozenset(content_terms(text, lang))


def pairs(folder: str, embedder: Embedder) -> list[dict[str, Any]]:
    """Every (core, source) pair in one language of every dumped message, with its readings."""
    out: list[dict[str, Any]] = []
    for path in sorted(Path(folder).glob("*.json")):
        data = json.loads(path.read_text("utf-8"))
        points = data["points"]
        by_theme: dict[str, list[dict[str, Any]]] = {}
        for g in data["groups"]:
            by_theme.setdefault(g["theme"][0][0], []).append(g)
        for groups in by_theme.values():
            theme = groups[0]["theme"]
            ids = [sid for sid, _, _ in theme]
            at = {sid: k for k, sid in enumerate(ids)}
            x = np.asarray(embedder.embed([t for _, t, _ in theme]), dtype=np.float64)
            ev = TermEvidence([t for _, t, _ in theme], [lang for _, _, lang in theme])
            df: dict[str, int] = {}
            for terms in ev.terms:
                for _lang, t in terms:
                    df[t] = df.get(t, 0) + 1
            common = frozenset(t for t, n in df.items() if n >= max(2, COMMON * len(theme)))
            mean_theme = x.mean(axis=0)
            cores = [at[g["core"]] for g in groups]
            for g in groups:
                members = {m["id"]: m for m in g["members"]}
                c = g["core"]
                ci = at[c]
                impure = "|".join(sorted(members)) in data["impure"]
                rows = [at[s] for s in members]
                mean_msg = x[rows].mean(axis=0)
                for sid, m in members.items():
                    if sid == c or m["lang"] != members[c]["lang"]:
                        continue
                    lang = m["lang"]
                    si = at[sid]
                    tc, ts = members[c]["text"], m["text"]
                    shared = _stems(tc, lang) & _stems(ts, lang)
                    rc, rs = without(tc, lang, shared), without(ts, lang, shared)
                    wide = shared | common
                    wc, ws = without(tc, lang, wide), without(ts, lang, wide)
                    (pcx, call_c), (psx, call_s) = predicate(tc, lang), predicate(ts, lang)
                    pcx, psx = without(pcx, lang, shared), without(psx, lang, shared)
                    kc, ks = without(tc, lang, common), without(ts, lang, common)
                    e = np.asarray(
                        embedder.embed([rc, rs, wc, ws, pcx, psx, kc, ks]), dtype=np.float64
                    )
                    mid = (x[ci] + x[si]) / 2
                    others = [k for k in range(len(ids)) if k not in (ci, si)]
                    near = sorted(others, key=lambda k: (-round(float(x[k] @ mid), 6), k))[:NEAR]
                    mean_near = x[near].mean(axis=0) if near else mean_theme
                    own = _cos(x[si], x[ci])
                    outside = [k for k in others if ids[k] not in members]
                    to_c = [_cos(x[ci], x[k]) for k in outside]
                    to_s = [_cos(x[si], x[k]) for k in outside]
                    rank_c = sum(v > own for v in to_c)
                    rank_s = sum(v > own for v in to_s)
                    rival = [k for k in cores if k not in (ci, si)]
                    second = max((_cos(x[si], x[k]) for k in rival), default=own - 1) - own
                    rest = round(1 - _cos(e[0], e[1]), 6)
                    if rival:
                        best = max(rival, key=lambda k: (_cos(x[si], x[k]), -k))
                        tk = theme[best][1]
                        sk = _stems(ts, lang) & _stems(tk, lang)
                        er = np.asarray(
                            embedder.embed([without(ts, lang, sk), without(tk, lang, sk)]),
                            dtype=np.float64,
                        )
                        second_rest = round(_cos(er[0], er[1]) - (1 - rest), 6)
                    else:
                        second_rest = -1.0
                    pred = round(1 - _cos(e[4], e[5]), 6)
                    out.append(
                        {
                            "file": path.stem,
                            "ids": (c, sid),
                            "texts": (tc, ts),
                            **judged(points, g, c, sid, impure),
                            "cos": round(1 - own, 6),
                            "rest": rest,
                            "rest_theme": round(1 - _cos(e[2], e[3]), 6),
                            "rest_common": round(1 - _cos(e[6], e[7]), 6),
                            "pred": pred,
                            "proj_theme": round(
                                1 - _cos(_off(x[ci], mean_theme), _off(x[si], mean_theme)), 6
                            ),
                            "proj_near": round(
                                1 - _cos(_off(x[ci], mean_near), _off(x[si], mean_near)), 6
                            ),
                            "rank": rank_c,
                            "rank_mutual": max(rank_c, rank_s),
                            "diff_theme": round(
                                1 - _cos(x[ci] - mean_theme, x[si] - mean_theme), 6
                            ),
                            "diff_near": round(1 - _cos(x[ci] - mean_near, x[si] - mean_near), 6),
                            "diff_msg": round(1 - _cos(x[ci] - mean_msg, x[si] - mean_msg), 6)
                            if len(members) > 2
                            else 0.0,
                            "second": round(second, 6),
                            "second_rest": second_rest,
                            "ask_rest": pred if call_c and call_s else rest,
                        }
                    )
    return out


def _out_of_fold(
    rows: list[dict[str, Any]], files: list[str], keys: tuple[str, ...]
) -> list[tuple[dict[str, Any], float]]:
    """Each row with the probability of "two points" by a logistic fit on ``keys`` over the
    other files' rows (standardised; balanced classes)."""
    out: list[tuple[dict[str, Any], float]] = []
    for f in files:
        train = [r for r in rows if r["file"] != f]
        test = [r for r in rows if r["file"] == f]
        if not test:
            continue
        xt = np.asarray([[r[k] for k in keys] for r in train], dtype=np.float64)
        mu, sd = xt.mean(axis=0), xt.std(axis=0) + 1e-9
        fit = LogisticRegression(class_weight="balanced").fit(
            (xt - mu) / sd, [not r["same"] for r in train]
        )
        xs = np.asarray([[r[k] for k in keys] for r in test], dtype=np.float64)
        out.extend(
            zip(test, fit.predict_proba((xs - mu) / sd)[:, 1].round(6).tolist(), strict=True)
        )
    return out


def _row(label: str, files: list[str], cell: Callable[[list[str] | None], str]) -> None:
    print(label.ljust(44) + cell(None).rjust(10) + "".join(cell([f]).rjust(10) for f in files))


def main(folder: str) -> int:
    rows = pairs(folder, memo_for(USEEmbedder()))
    files = sorted({r["file"] for r in rows})

    sets: dict[str, Callable[[dict[str, Any]], bool]] = {
        **SETS,
        "A/B against right, two, pair in [0.4, 0.7)": lambda r: (
            r["cls"] in ("", "A", "B") and r["size"] == 2 and 0.4 <= r["pair_p"] < 0.7
        ),
    }
    print("the A/B pairs: class, pair model, rest, pred, diff_near, second; core / source")
    for r in sorted(rows, key=lambda r: (r["cls"], r["file"])):
        if r["cls"] in ("A", "B"):
            print(
                f"{r['cls']:2} {r['file'][:16]:16} {r['pair_p']:.2f} {r['rest']:.3f} "
                f"{r['pred']:.3f} {r['diff_near']:.3f} {r['second']:+.3f}  "
                f"{r['texts'][0][:60]} / {r['texts'][1][:60]}"
            )
    print()
    print_aucs(rows, files, sets, READINGS, _row, 44)

    def taken(pick: Callable[[dict[str, Any]], bool]) -> Callable[[list[str] | None], str]:
        return taken_by(rows, pick)

    def band(r: dict[str, Any]) -> bool:
        return r["size"] == 2 and 0.4 <= r["pair_p"] < 0.7

    print("\nwrong pairs (A/B + other) / right pairs a bar takes out")
    for key in READINGS[1:]:
        right = sorted(r[key] for r in rows if r["same"])
        right_band = sorted(r[key] for r in rows if r["same"] and band(r))
        for q in (0.9, 0.95, 1.0):
            bar = right[min(len(right) - 1, int(q * len(right)))]
            _row(
                f"{key} >= {bar:.3f} (right q{q})", files, taken(lambda r, b=bar, k=key: r[k] >= b)
            )
        for q in (0.75, 0.9, 1.0):
            if not right_band:
                continue
            bar = right_band[min(len(right_band) - 1, int(q * len(right_band)))]
            _row(
                f"two, band, {key} >= {bar:.3f} (q{q})",
                files,
                taken(lambda r, b=bar, k=key: band(r) and r[k] >= b),
            )

    print("\nAUC out of fold (a logistic fit on the other files): the pair model and one reading")
    print("".ljust(44) + "all".rjust(10) + "".join(f[:9].rjust(10) for f in files))
    for title, pick in list(sets.items())[1:3]:
        print(f"{title}")
        for key in READINGS[1:]:
            scored = _out_of_fold([r for r in rows if pick(r)], files, ("pair", key))

            def cell(only: list[str] | None, scored: Any = scored) -> str:
                sub = [(r, p) for r, p in scored if only is None or r["file"] in only]
                return f"{auc([not r['same'] for r, _ in sub], [p for _, p in sub]):.3f}"

            _row(f"pair + {key}", files, cell)

    print("\nleave one file out: bar above every right pair of the other files (in the band)")
    for key in READINGS[1:]:
        for scope, pick in (("any", lambda r: True), ("band", band)):

            def held(only: list[str] | None, key: str = key, pick: Any = pick) -> str:
                hit_ab = hit_other = hit_right = 0
                for f in files if only is None else only:
                    rest = [r[key] for r in rows if r["file"] != f and r["same"] and pick(r)]
                    bar = max(rest) if rest else 0.0
                    for r in rows:
                        if r["file"] == f and pick(r) and r[key] > bar:
                            hit_ab += r["cls"] in ("A", "B")
                            hit_other += r["cls"] == "other"
                            hit_right += r["same"]
                return f"{hit_ab}+{hit_other}/{hit_right}"

            _row(f"{key}, {scope}", files, held)
    return 0


if __name__ == "__main__":
    entry(main, __doc__, fixed=1, rest=None)
