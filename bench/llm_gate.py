"""The grounding gate's precision and recall on planted cases built from the evaluation material.

For every point of every evaluation file with at least two statements, the sources are the
point's statements and the written sentences are:

- good, own: the first sentence of one of the sources (must pass);
- good, held out: the first sentence of a statement of the same point that is left out of the
  sources (same point in other words; passes unless it holds a fact the others lack);
- bad: that sentence with an invented number, an invented organisation, an invented SDG, its
  claim reversed (a negation added to its verb), or a sentence from another theme's point; in
  Chinese and Arabic also an invented organisation, person and country in that script.

The hand-written name cases of ``bench/llm_pairs.yaml`` (Chinese and Arabic, good and bad) are
counted too.

Precision = planted bad among the rejected sentences; recall = rejected among the planted bad.
Usage: python bench/llm_gate.py [files...] [--json bench/out/llm-gate.json]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

import yaml
from common import write_json
from held_out import is_held_out

from forum_messages.evaluation.material import load_material
from forum_messages.nlp.segment import sentences
from forum_messages.nlp.use import USEEmbedder
from forum_messages.synth.llm.gate import check_texts, fact_problems

ROOT = Path(__file__).resolve().parents[1]
PAIRS = ROOT / "bench" / "llm_pairs.yaml"
MATERIAL = sorted(
    p
    for p in (ROOT / "src/forum_messages/editions/evaluation/reports").glob("*.yaml")
    if not is_held_out(p)
)

NUMBER = {
    "en": "In 37 countries, {s}",
    "fr": "Dans 37 pays, {s}",
    "es": "En 37 países, {s}",
    "ru": "В 37 странах {s}",
    "zh": "在37个国家，{s}",
    "ar": "في 37 دولة، {s}",
}
NAME = {
    "en": "According to the Varkon Institute, {s}",
    "fr": "Selon l'Institut Varkon, {s}",
    "es": "Según el Instituto Varkon, {s}",
    "ru": "По данным Института Варкона, {s}",
    "zh": "据Varkon研究所，{s}",
    "ar": "وفقاً لمعهد Varkon، {s}",
}
SDG = {
    "en": "{s} (SDG 14)",
    "fr": "{s} (ODD 14)",
    "es": "{s} (ODS 14)",
    "ru": "{s} (ЦУР 14)",
    "zh": "{s}（可持续发展目标14）",
    "ar": "{s} (هدف التنمية المستدامة 14)",
}
# names without capital letters: an organisation, a person and a country none of the sources name
SCRIPT_NAMES = {
    "bad: organisation in Han or Arabic script": {
        "zh": "据瓦尔孔研究所，{s}",
        "ar": "وفقاً لمعهد فاركون، {s}",
    },
    "bad: person in Han or Arabic script": {"zh": "张伟指出，{s}", "ar": "قال الدكتور سالم إن {s}"},
    "bad: country in Han or Arabic script": {"zh": "在冰岛，{s}", "ar": "في آيسلندا، {s}"},
}
# (pattern, replacement) tried in order: the first that matches reverses the claim
NEGATE = {
    "en": [
        (r"\b(should|must|can|will|would|could)\b", r"\1 not"),
        (r"\b(is|are)\b", r"\1 not"),
        (r"\b(needs?)\b", r"does not need"),
    ],
    "fr": [(r"\b(doit|doivent|peut|peuvent|est|sont)\b", r"ne \1 pas")],
    "es": [(r"\b(debe|deben|puede|pueden|es|son|necesita|necesitan|requiere)\b", r"no \1")],
    "ru": [
        (r"\b(должны|должен|должна|должно|следует|нужно|необходимо|может|могут)\b", r"не \1"),
        (r"\b(\w+(?:ет|ют|ит|ят|ется|ются|ится|ятся))\b", r"не \1"),
    ],
    "zh": [(r"(应当|应该|必须|需要|可以|能够)", r"不\1"), (r"应", r"不应")],
    "ar": [
        (r"(يجب|ينبغي|يمكن|تحتاج|يحتاج|يتطلب|تتطلب|تساعد|يساعد|تستطيع|يستطيع)", r"لا \1"),
        (r"(?<!\S)(ي|ت)(\w{3,})", r"لا \1\2"),
    ],
}


def _negate(sentence: str, lang: str) -> str | None:
    for pattern, repl in NEGATE.get(lang, []):
        out, n = re.subn(pattern, repl, sentence, count=1)
        if n:
            return out
    return None


def _first(text: str, lang: str) -> str:
    parts = sentences(text, lang)
    return parts[0] if parts else text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", default=[str(p) for p in MATERIAL])
    parser.add_argument("--json", help="write the figures here as JSON")
    args = parser.parse_args(argv)
    embedder = USEEmbedder()
    start = time.perf_counter()
    # class -> [planted, rejected]; per language too
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_lang: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    reasons: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for path in args.files:
        material = load_material(path)
        stmts = {s.id: s for s in material.corpus.statements}
        points: dict[str, list[str]] = defaultdict(list)
        for sid, answer in material.answers.items():
            if answer.point and not answer.descriptive:
                points[answer.point].append(sid)
        keys = sorted(k for k, ids in points.items() if len(ids) >= 2)
        for k, key in enumerate(keys):
            ids = points[key]
            lang = stmts[ids[0]].language or material.language
            sources = [(i, stmts[i].text, stmts[i].language or lang) for i in ids]
            own = _first(stmts[ids[0]].text, lang)
            theme = material.points[key].theme
            other = next(
                (
                    keys[(k + j) % len(keys)]
                    for j in range(1, len(keys))
                    if material.points[keys[(k + j) % len(keys)]].theme != theme
                ),
                None,
            )
            cases = [("good: own sentence", own)]
            cases += [
                (c, t.format(s=own))
                for c, t in (
                    ("bad: number", NUMBER[lang]),
                    ("bad: name", NAME[lang]),
                    ("bad: framework", SDG[lang]),
                )
            ]
            for cls, planted in SCRIPT_NAMES.items():
                if lang in planted:
                    cases.append((cls, planted[lang].format(s=own)))
            flipped = _negate(own, lang)
            if flipped:
                cases.append(("bad: reversed claim", flipped))
            if other:
                cases.append(("bad: off-topic", _first(stmts[points[other][0]].text, lang)))
            checks = check_texts([t for _, t in cases], lang, sources, embedder)
            if len(ids) >= 3:
                held = _first(stmts[ids[-1]].text, lang)
                checks += check_texts([held], lang, sources[:-1], embedder)
                cases.append(("good: held-out statement", held))
            for (cls, _), check in zip(cases, checks, strict=True):
                rejected = not check.kept
                for t in (tally[cls], by_lang[lang][cls]):
                    t[0] += 1
                    t[1] += int(rejected)
                for p in check.problems:
                    reasons[cls][p.split(":")[0]] += 1
        print(f"{Path(path).name}: {len(keys)} points", file=sys.stderr)
    # the hand-written name cases of llm_pairs.yaml (names without capital letters)
    for lang, sentence, source, bad in yaml.safe_load(PAIRS.read_text(encoding="utf-8"))["names"]:
        cls = "bad: name, hand-written" if bad else "good: name, hand-written"
        problems = [p for p in fact_problems(sentence, lang, [source]) if p.startswith("name:")]
        for t in (tally[cls], by_lang[lang][cls]):
            t[0] += 1
            t[1] += int(bool(problems))
        reasons[cls]["name"] += len(problems)
    bad = [v for c, v in tally.items() if c.startswith("bad")]
    good = [v for c, v in tally.items() if c.startswith("good")]
    tp = sum(v[1] for v in bad)
    fp = sum(v[1] for v in good)
    result = {
        "precision": round(tp / (tp + fp), 3) if tp + fp else None,
        "precision_own_sentences": round(tp / (tp + tally["good: own sentence"][1]), 3)
        if tp
        else None,
        "recall": round(tp / sum(v[0] for v in bad), 3) if bad else None,
        "classes": {c: {"cases": v[0], "rejected": v[1]} for c, v in sorted(tally.items())},
        "languages": {
            lang: {c: {"cases": v[0], "rejected": v[1]} for c, v in sorted(t.items())}
            for lang, t in sorted(by_lang.items())
        },
        "reasons": {c: dict(sorted(r.items())) for c, r in sorted(reasons.items())},
        "seconds": round(time.perf_counter() - start, 1),
    }
    print(
        f"precision {result['precision']} (own sentences as the only good cases: "
        f"{result['precision_own_sentences']}), recall {result['recall']}"
    )
    for c, v in sorted(tally.items()):
        print(f"  {c:28} {v[1]:4}/{v[0]:<4} rejected ({100 * v[1] / v[0]:.0f}%)")
    if args.json:
        write_json(args.json, result, ascii_only=False, end="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
