"""The theme step taken apart: each part switched off or changed alone, on every file.

    .venv/bin/python bench/theme_ablation.py [--json out.json] [--grid]
    .venv/bin/python bench/theme_ablation.py --step 18 [--grid]
    .venv/bin/python bench/theme_ablation.py --step 20 [--grid]

For each realistic report file (``editions/evaluation/reports/*.yaml``) the pipeline is run
once with a theme step that records what it is given (the statements' vectors, the themes
their sessions declared); every configuration is then applied to those same inputs and
scored as ``forum-messages evaluate`` scores themes: the statements whose session declared no
theme and that make a point, against the editor's theme, overall and in each language, next
to the nearest theme description. On the two documents (``eval-en.md``, ``eval-zh.md``) the
configurations are applied to the bullets as ``evaluate`` does (no sessions, no declared
themes). Prints one table: configuration x file, accuracy minus baseline in statements.
Without ``--step`` the configurations of themes step 12 (docs/quality.md); with ``--step 18``
those of step 18 (each item a theme names its own prototype, the words a statement shares
with each theme's text, declared statements blended in only when they read as their theme, a
vote only for sessions whose statements agree), each from step 12's choice; with ``--step 20``
those of step 20 (a description's items cut at the words that join them too, and the items'
and shared words' weights around step 18's choice), each from step 18's; ``--grid`` ranks
every combination of the step's parameters by ``rule``; ``--grid --held-out`` leaves each file
out in turn and scores on it what the rule chooses on the others.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from common import write_json
from held_out import is_held_out

from forum_messages.documents.importer import import_messages
from forum_messages.documents.model import located_bullets
from forum_messages.evaluation.benchmark import document_edition, enriched_profiles
from forum_messages.evaluation.material import load_material
from forum_messages.model import Edition
from forum_messages.nlp.base import Embedder, Vectors, memo_for
from forum_messages.nlp.decide import best_rows, decision_scores
from forum_messages.nlp.language import UNLanguageDetector
from forum_messages.synth.pipeline import Components, run_pipeline
from forum_messages.synth.settings import Settings
from forum_messages.synth.themes import NearestThemeAssigner, ThemeResult, theme_profiles

ROOT = Path(__file__).resolve().parents[1] / "src/forum_messages/editions/evaluation"


@dataclass(frozen=True)
class Config:
    name: str
    params: dict[str, object] = field(default_factory=dict)


#: The theme step before step 12: half the mean of all statements taken out, declared
#: statements blended in at 0.5, no session vote (and none of step 18's parts).
BEFORE: dict[str, object] = {
    "center": 0.5,
    "blend": 0.5,
    "refine": 0,
    "session_vote": 0.0,
    "by_language": False,
    "items": 0.0,
    "terms": 0.0,
    "blend_check": False,
}
#: The configuration step 12 chose by the rule (``rule``) over ``grid``.
NOW: dict[str, object] = {
    "center": 0.3,
    "blend": 0.3,
    "refine": 0,
    "session_vote": 0.7,
    "by_language": True,
}
#: The configuration step 18 chose by the rule over ``grid18``: each item of a theme its own
#: prototype, the best one at 0.4; shared words at 0.5; the declared statements blended in
#: only when each theme's are nearest its own profile.
NOW18: dict[str, object] = {
    **NOW,
    "items": 0.4,
    "items_top": 1,
    "items_cut": False,
    "terms": 0.5,
    "blend_check": True,
}

#: Each part of the theme step switched off or changed alone (from ``BEFORE``), then the
#: chosen configuration and its neighbours.
CONFIGS = (
    Config("before (centre 0.5 of all, blend 0.5)"),
    Config("no centring", {"center": 0.0}),
    Config("centre 0.3", {"center": 0.3}),
    Config("centre 0.7", {"center": 0.7}),
    Config("centre each language's mean", {"by_language": True}),
    Config("no blend of declared statements", {"blend": 0.0}),
    Config("blend 0.3", {"blend": 0.3}),
    Config("refine 1 round", {"refine": 1}),
    Config("session vote 0.3", {"session_vote": 0.3}),
    Config("session vote 0.5", {"session_vote": 0.5}),
    Config("no centring, no blend", {"center": 0.0, "blend": 0.0}),
    Config("session vote 0.7", {"session_vote": 0.7}),
    Config("session vote 1 (one theme a session report)", {"session_vote": 1.0}),
    Config("now: centre 0.3 by language, blend 0.3, session vote 0.7", NOW),
    Config("now, no session vote", {**NOW, "session_vote": 0.0}),
    Config("now, session vote 0.5", {**NOW, "session_vote": 0.5}),
    Config("now, session vote 1", {**NOW, "session_vote": 1.0}),
    Config("now, one mean for all languages", {**NOW, "by_language": False}),
    Config("now, session vote 1, one mean", {**NOW, "session_vote": 1.0, "by_language": False}),
    Config("now, refine 1 round", {**NOW, "refine": 1}),
    Config("now, centre 0.5", {**NOW, "center": 0.5}),
    Config("now, blend 0.5", {**NOW, "blend": 0.5}),
    Config("now, NRI reports vote too", {**NOW, "nri_vote": True}),
)


#: Step 18: each new part alone (from step 12's choice), then the choice and its neighbours.
CONFIGS18 = (
    Config("step 12 (centre 0.3 by language, blend 0.3, session vote 0.7)", NOW),
    Config(
        "items 0.5, best 2, description cut even with issue areas",
        {**NOW, "items": 0.5, "items_top": 2, "items_cut": True},
    ),
    Config("items 0.5, best 2", {**NOW, "items": 0.5, "items_top": 2, "items_cut": False}),
    Config("items 0.4, best one", {**NOW, "items": 0.4, "items_top": 1, "items_cut": False}),
    Config(
        "items 0.5, best 2, in the statement's language",
        {**NOW, "items": 0.5, "items_top": 2, "items_cut": False, "items_language": True},
    ),
    Config("terms 0.2", {**NOW, "terms": 0.2}),
    Config("terms 0.5", {**NOW, "terms": 0.5}),
    Config(
        "declared statements blended in only when each theme's are nearest its own profile",
        {**NOW, "blend_check": True},
    ),
    Config("a session votes when half its statements agree", {**NOW, "vote_agree": 0.5}),
    Config("a session votes when two thirds agree", {**NOW, "vote_agree": 0.67}),
    Config("now: items 0.4 best one, terms 0.5, blend checked", NOW18),
    Config("now, items 0.3", {**NOW18, "items": 0.3}),
    Config("now, items 0.5", {**NOW18, "items": 0.5}),
    Config("now, best 2 items", {**NOW18, "items_top": 2}),
    Config("now, description cut even with issue areas", {**NOW18, "items_cut": True}),
    Config("now, terms 0.3", {**NOW18, "terms": 0.3}),
    Config("now, terms 0.4", {**NOW18, "terms": 0.4}),
    Config("now, session vote 0.5", {**NOW18, "session_vote": 0.5}),
    Config("now, no session vote", {**NOW18, "session_vote": 0.0}),
    Config("now, no centring", {**NOW18, "center": 0.0}),
    Config("now, no blend", {**NOW18, "blend": 0.0}),
    Config("now, declared statements blended in as in step 12", {**NOW18, "blend_check": False}),
)

#: Round 20: the items a description lists cut at the words that join them too ("and", "such
#: as"), from step 18's choice, with the items' weights around it.
CONFIGS20 = (
    Config("step 18 (items 0.4 best one, terms 0.5, blend checked)", NOW18),
    Config("items cut at joining words too", {**NOW18, "items_joined": True}),
    Config("joined, items 0.5", {**NOW18, "items_joined": True, "items": 0.5}),
    Config("joined, items 0.6", {**NOW18, "items_joined": True, "items": 0.6}),
    Config("joined, items 0.7", {**NOW18, "items_joined": True, "items": 0.7}),
    Config("joined, terms 0.7", {**NOW18, "items_joined": True, "terms": 0.7}),
    Config("items 0.7", {**NOW18, "items": 0.7}),
    Config("terms 1", {**NOW18, "terms": 1.0}),
)

Seen = tuple[Vectors, list[str | None], Edition, list[str], list[str | None], list[str]]


class Recording(NearestThemeAssigner):
    """The pipeline's theme step, keeping what it was given."""

    seen: Seen | None = None

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
    ) -> ThemeResult:
        assert languages is not None and sessions is not None and texts is not None
        seen = (np.array(x), list(declared), edition, list(languages), list(sessions), list(texts))
        self.seen = seen
        return super().run(x, declared, edition, embedder, profiles, languages, sessions, texts)


def assign(
    x: Vectors,
    declared: Sequence[str | None],
    edition: Edition,
    fixed: Embedder,
    langs: Sequence[str],
    sessions: Sequence[str | None],
    params: dict[str, object],
    profiles: Vectors | None = None,
    every_session: Sequence[str] | None = None,
    texts: Sequence[str] | None = None,
) -> list[str]:
    """Themes of the statements under one configuration (``by_language``: each language
    centred on its own mean; ``nri_vote``: NRI reports' statements vote as sessions', by
    ``every_session``; the others are the assigner's parameters; ``texts`` for the shared
    words)."""
    p = {**BEFORE, **params}
    by_language = bool(p.pop("by_language"))
    if p.pop("nri_vote", False) and every_session is not None:
        sessions = every_session
    a = NearestThemeAssigner(**p)  # type: ignore[arg-type]
    a.own_means = by_language  # the languages are still given, for the shared words
    return a.run(x, declared, edition, fixed, profiles, langs, sessions, texts).theme


@dataclass
class Scored:
    total: int = 0
    ours: int = 0
    nearest: int = 0
    by_lang: dict[str, list[int]] = field(default_factory=dict)  # lang -> [n, ours, nearest]


def report_files(embedder: Embedder) -> dict[str, Callable[[dict[str, object]], Scored]]:
    detector = UNLanguageDetector()
    fixed = memo_for(embedder)
    out: dict[str, Callable[[dict[str, object]], Scored]] = {}
    for path in sorted((ROOT / "reports").glob("*.yaml")):
        if is_held_out(path):
            continue
        material = load_material(path)
        rec = Recording()
        comps = Components(embedder=embedder, detector=detector, themes=rec)
        run_pipeline(
            material.corpus,
            material.edition,
            Settings(language=material.language),
            components=comps,
        )
        assert rec.seen is not None
        x, declared, edition, langs, sessions, texts = rec.seen
        statements = material.corpus.statements
        every = [st.session for st in statements]
        scored = [
            i
            for i, st in enumerate(statements)
            if st.theme is None and material.answers[st.id].point
        ]
        gold = [material.theme_of(statements[i].id) for i in scored]
        keys = list(edition.theme_keys())
        raw = embedder.embed([statements[i].text for i in scored])
        near = [keys[k] for k in best_rows(decision_scores(raw, theme_profiles(edition, fixed)))]

        def score(
            params: dict[str, object],
            x: Vectors = x,
            declared: list[str | None] = declared,
            edition: Edition = edition,
            langs: list[str] = langs,
            sessions: list[str | None] = sessions,
            every: list[str] = every,
            texts: list[str] = texts,
            scored: list[int] = scored,
            gold: list[str | None] = gold,
            near: list[str] = near,
        ) -> Scored:
            themes = assign(
                x, declared, edition, fixed, langs, sessions, params, None, every, texts
            )
            s = Scored()
            for j, i in enumerate(scored):
                hit, base = themes[i] == gold[j], near[j] == gold[j]
                s.total += 1
                s.ours += hit
                s.nearest += base
                row = s.by_lang.setdefault(langs[i], [0, 0, 0])
                row[0] += 1
                row[1] += hit
                row[2] += base
            if len(s.by_lang) < 2:
                s.by_lang = {}
            return s

        out[path.stem] = score
    return out


def documents(embedder: Embedder) -> dict[str, Callable[[dict[str, object]], Scored]]:
    fixed = memo_for(embedder)
    out: dict[str, Callable[[dict[str, object]], Scored]] = {}
    for name in ("eval-en", "eval-zh"):
        doc = import_messages(ROOT / f"{name}.md")
        bullets = located_bullets(doc)
        said = [b.text for b in bullets]
        lang = doc.language or "en"
        x = embedder.embed(said)
        edition = document_edition(doc)
        keys = list(edition.theme_keys())
        truth = [keys[b.theme] for b in bullets]
        profiles = enriched_profiles(doc, fixed)
        near = [keys[k] for k in best_rows(decision_scores(x, theme_profiles(edition, fixed)))]
        n = len(bullets)

        def score(
            params: dict[str, object],
            x: Vectors = x,
            edition: Edition = edition,
            truth: list[str] = truth,
            profiles: Vectors = profiles,
            near: list[str] = near,
            n: int = n,
            said: list[str] = said,
            lang: str = lang,
        ) -> Scored:
            # as ``evaluate`` runs it: one round of refinement, its blend 0.3 (no declared
            # statements, no sessions: those parts do nothing here)
            p = {**params, "refine": 1, "blend": 0.3}
            themes = assign(
                x,
                [None] * n,
                edition,
                fixed,
                [lang] * n,
                [str(i) for i in range(n)],
                p,
                profiles,
                None,
                said,
            )
            s = Scored(total=n)
            s.ours = sum(a == b for a, b in zip(themes, truth, strict=True))
            s.nearest = sum(a == b for a, b in zip(near, truth, strict=True))
            return s

        out[name] = score
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", help="write every figure here")
    parser.add_argument(
        "--grid", action="store_true", help="every combination, best 15 by the rule"
    )
    parser.add_argument("--step", type=int, default=12, choices=(12, 18, 20), help="whose table")
    parser.add_argument(
        "--held-out",
        action="store_true",
        help="with --grid: each file left out, the rule's choice on the others scored on it",
    )
    args = parser.parse_args()
    from forum_messages.nlp.use import USEEmbedder

    embedder = USEEmbedder()
    files = {**report_files(embedder), **documents(embedder)}
    configs = {12: CONFIGS, 18: CONFIGS18, 20: CONFIGS20}[args.step]
    results: dict[str, dict[str, dict[str, object]]] = {}
    if args.grid:
        grids = {12: grid, 18: grid18, 20: grid20}
        chosen = [*configs[:1], *grids[args.step]()]
    else:
        chosen = list(configs)
    for cfg in chosen:
        results[cfg.name] = {}
        for name, score in files.items():
            s = score(cfg.params)
            results[cfg.name][name] = {
                "n": s.total,
                "ours": s.ours,
                "nearest": s.nearest,
                "by_lang": s.by_lang,
            }
    if args.json:
        write_json(args.json, results)
    if args.grid:
        before = results[configs[0].name]
        languages = args.step in (18, 20)

        def order(c: str) -> tuple[bool, float | int, int | float, int | float, float]:
            return rule(c, results[c], before, languages)

        if args.held_out:
            held_out(results, configs[0].name, languages)
            return
        ranked = sorted(results, key=order, reverse=True)
        results = {c: results[c] for c in ranked[:15]}
    print_table(results)


def held_out(results: dict[str, dict[str, dict[str, object]]], base: str, languages: bool) -> None:
    """For each file, the configuration the rule chooses on all the other files, and what it
    does to the file left out (statements placed as the editor did, against ``base``)."""
    total = 0
    for name in results[base]:
        others = {c: {f: r for f, r in files.items() if f != name} for c, files in results.items()}

        def order(c: str, others: dict[str, dict[str, dict[str, object]]] = others) -> object:
            return rule(c, others[c], others[base], languages)

        chosen = max(results, key=order)  # type: ignore[arg-type]
        was, now = int(results[base][name]["ours"]), int(results[chosen][name]["ours"])  # type: ignore[call-overload]
        total += now - was
        print(f"{name}: {was} -> {now} ({now - was:+d}) of {results[base][name]['n']}; {chosen}")
    print(f"all files left out in turn: {total:+d} statements")


def grid18() -> list[Config]:
    """Step 18's combinations, from step 12's choice: the items' weight, how many of a
    theme's best items count, whether a description is cut when the theme lists issue areas,
    the shared words' weight, the session vote, whether declared statements are blended in
    only when each theme's are nearest its own profile."""
    out = []
    for items in (0.0, 0.3, 0.4, 0.5, 0.6, 0.7):
        for cut in (False, True) if items else (False,):
            for top in (1, 2) if items else (1,):
                for terms in (0.0, 0.2, 0.3, 0.4, 0.5):
                    for vote in (0.5, 0.7):
                        for check in (False, True):
                            p: dict[str, object] = {
                                **NOW,
                                "items": items,
                                "items_cut": cut,
                                "items_top": top,
                                "terms": terms,
                                "session_vote": vote,
                                "blend_check": check,
                            }
                            out.append(Config(json.dumps(p), p))
    return out


def grid20() -> list[Config]:
    """Round 20's combinations, from step 18's choice: the shared words' weight (up to 1),
    the items' weight, the items cut at joining words or not, the session vote."""
    out = []
    for terms in (0.4, 0.5, 0.6, 0.7, 0.8, 1.0):
        for items in (0.3, 0.4, 0.5, 0.6):
            for joined in (False, True):
                for vote in (0.6, 0.7, 0.8):
                    p: dict[str, object] = {
                        **NOW18,
                        "terms": terms,
                        "items": items,
                        "items_joined": joined,
                        "session_vote": vote,
                    }
                    out.append(Config(json.dumps(p), p))
    return out


def grid() -> list[Config]:
    out = []
    for center in (0.0, 0.3, 0.5, 0.7):
        for by_language in (False, True) if center else (False,):
            for blend in (0.0, 0.3, 0.5):
                for vote in (0.0, 0.3, 0.5, 0.7, 1.0):
                    for refine in (0, 1):
                        p: dict[str, object] = {
                            "center": center,
                            "blend": blend,
                            "refine": refine,
                            "session_vote": vote,
                            "by_language": by_language,
                        }
                        out.append(Config(json.dumps(p), p))
    return out


def rule(
    name: str,
    files: dict[str, dict[str, object]],
    before: dict[str, dict[str, object]],
    languages: bool = False,
) -> tuple[bool, float | int, int | float, int | float, float]:
    """The order configurations are chosen in (higher first): a statement clearly about
    another theme than its session's keeps its own (a session vote below 1: the pipeline's
    ``test_missing_theme_is_inferred_and_flagged``); the smallest margin over every file and
    language; fewer files whose accuracy falls below ``before``'s; the mean margin over files
    (margins rounded to three places). With ``languages`` (step 18) nothing may fall first:
    fewer files below ``before``'s, then fewer languages of a mixed file below its, then the
    smallest margin, then the mean margin."""
    params = json.loads(name) if name.startswith("{") else {}
    own = float(params.get("session_vote", 0.0)) < 1.0  # type: ignore[arg-type]
    low = [min(margins(r)) for r in files.values()]
    lowered = sum(int(r["ours"]) < int(before[n]["ours"]) for n, r in files.items())  # type: ignore[call-overload]
    fewer = 0
    for n, r in files.items() if languages else ():
        was = before[n]["by_lang"] or {}
        for g, (_n, o, _b) in (r["by_lang"] or {}).items():  # type: ignore[attr-defined]
            fewer += o < was[g][1]  # type: ignore[index]
    mean = round(float(np.mean([margins(r)[0] for r in files.values()])), 3)
    if languages:
        return own, -lowered, -fewer, min(low), mean
    return own, min(low), -lowered, -fewer, mean


def margins(r: dict[str, object]) -> list[float]:
    """Accuracy minus the nearest description's, over the file and (a mixed file) each of
    its languages, rounded to three places."""
    out = [round((int(r["ours"]) - int(r["nearest"])) / int(r["n"]), 3)]  # type: ignore[call-overload]
    for n, o, b in (r["by_lang"] or {}).values():  # type: ignore[attr-defined]
        out.append(round((o - b) / n, 3))
    return out


def print_table(results: dict[str, dict[str, dict[str, object]]]) -> None:
    """Per file: accuracy, and its margin over the nearest description in statements (the
    languages' margins of a mixed file after it); then the rule: the smallest margin in
    accuracy over every file and language, then the mean margin over files."""
    for cfg, files in results.items():
        cells = []
        low = []
        mean = []
        for name, r in files.items():
            m = margins(r)
            low.append(min(m))
            mean.append(m[0])
            d = int(r["ours"]) - int(r["nearest"])  # type: ignore[call-overload]
            langs = r["by_lang"] or {}
            per = " ".join(f"{g} {o - b:+d}" for g, (_n, o, b) in sorted(langs.items()))  # type: ignore[attr-defined]
            acc = int(r["ours"]) / int(r["n"])  # type: ignore[call-overload]
            cells.append(f"{name} {acc:.2f} {d:+d}" + (f" [{per}]" if per else ""))
        print(f"{cfg}: min {min(low):+.3f} mean {round(float(np.mean(mean)), 3):+.3f}")
        print("   " + " | ".join(cells))


if __name__ == "__main__":
    main()
