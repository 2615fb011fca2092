"""The same-point check's core and large models refitted to read a pair in two languages
(docs/quality.md, step 44).

The check's core and large models (``synth/same_point.py``) read the cosine, the shared
content terms and whether the two statements are in one language; two languages share no
term and the one-language weight is negative, so they put every source in another language
than its core at 0.95 or more (step 42). Here they are refitted with readings that hold
across languages: the cosine of a pair in two languages (``two_cosine``, 0 in one language:
the interaction of the cosine and "two languages"), the same less the theme's mean cosine
between the two languages (``two_relative``: what the encoder gives any two statements of
those languages in that theme), the cosine as a share of the one the encoder gives a
translation in those two languages (``two_translated``; ``TRANSLATIONS``, four statements
written in the six languages) and whether the two share a number, an acronym or a word in
Latin letters (``two_anchors``: +1 one shared, -1 both hold some and share none, 0 else).

Drafts each readable report file with the real pipeline (the shipped settings; the
held-out files of ``held_out.REPORT_FILES`` are skipped, never drafted) and reads every
(core, source) pair of every message of two or more the check is given
(``grouping_terms.before_check``; the core as ``point_check.core`` finds it): *off* when the
editor gives the source another point than the core (a description is off). The models are
fitted on the development files (``DEVELOPMENT``: the dev files and the two spent ones) and
scored out of fold by file there (each by the model fitted on the others); the older
readable test files are scored by the models fitted on all development files, never fitted
on. Prints:

- per file: the pairs read, and those in two languages (off of all);
- per model: the area under the ROC curve (an off source lower), in two languages and in
  one, on the development files (out of fold) and the older ones, and its lowest value,
  tenth percentile and median for off and right sources in two languages;
- the sources in two languages a bar takes (off / right, messages of two and larger ones,
  development / older files), by each model alone and with the pair model below
  ``PAIR_BAR`` as well;
- how many pairs in two languages share an anchor (``two_anchors``), off and right, how many
  are in messages of two and in larger ones, the right pairs' mean cosine by pair of
  languages, and how many the policy topics part (``topic_vocab.topics_found``: topics of
  the vocabulary found in both, none in both, whatever the language, as step 41 reads them),
  alone and with the pair model below a bar;
- the twelve pairs in two languages of the lowest cosine, and each model's weights fitted
  on all development files.

    cd bench && ../.venv/bin/python across_refit.py \\
        ../src/forum_messages/editions/evaluation/reports/*.yaml
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from itertools import combinations
from typing import Any

import numpy as np
from across_sources import spread
from common import entry, file_name, row
from held_out import readable  # type: ignore[import-not-found]

#: The files the refitted models are fitted on (and scored out of fold).
DEVELOPMENT = (
    "dev-en-summaries",
    "dev-es",
    "dev-fr",
    "dev-ru-mid",
    "test-cartagena",
    "test-global-tracks",
)
#: The readings across languages added to the check's features.
ACROSS = ("two_cosine", "two_relative", "two_anchors", "two_translated")
#: Each model: its features (``same_point.FEATURES`` names and ``ACROSS``).
MODELS: dict[str, tuple[str, ...]] = {
    "core, refitted": ("cosine", "terms", "one_language"),
    "core + two_cosine": ("cosine", "terms", "one_language", "two_cosine"),
    "core + two_cosine, two_relative": (
        "cosine",
        "terms",
        "one_language",
        "two_cosine",
        "two_relative",
    ),
    "core + two_cosine, two_anchors": (
        "cosine",
        "terms",
        "one_language",
        "two_cosine",
        "two_anchors",
    ),
    "core + two_cosine, two_translated": (
        "cosine",
        "terms",
        "one_language",
        "two_cosine",
        "two_translated",
    ),
    "large + two_cosine": ("cosine", "terms", "one_language", "shared", "two_cosine"),
}
#: The shipped models' readings, as recorded.
SHIPPED = ("pair", "core_model", "large_model", "cosine", "two_translated")
#: Bars the refitted models are read at, and the pair model's bar beside them.
BARS = (0.5, 0.6, 0.7, 0.8)
PAIR_BAR = 0.55

#: Four statements written in the six languages, each a translation of the others: what
#: the encoder gives a translation in each pair of languages (``translation_cosines``).
TRANSLATIONS: dict[str, tuple[str, ...]] = {
    "en": (
        "Rural schools need a reliable connection before they can teach digital skills.",
        "Governments should publish every request to remove online content.",
        "Small operators share towers to bring mobile coverage to mountain villages.",
        "Young people want a real vote on the national organising committee.",
    ),
    "fr": (
        "Les écoles rurales ont besoin d'une connexion fiable avant de pouvoir enseigner le"
        " numérique.",
        "Les gouvernements devraient publier chaque demande de retrait de contenu en ligne.",
        "Les petits opérateurs partagent des pylônes pour couvrir les villages de montagne.",
        "Les jeunes veulent une vraie voix au comité national d'organisation.",
    ),
    "es": (
        "Las escuelas rurales necesitan una conexión fiable antes de poder enseñar habilidades"
        " digitales.",
        "Los gobiernos deberían publicar cada solicitud de retirar contenidos en línea.",
        "Los operadores pequeños comparten torres para llevar cobertura móvil a los pueblos de"
        " montaña.",
        "Los jóvenes quieren un voto real en el comité organizador nacional.",
    ),
    "ru": (
        "Сельским школам нужно надёжное подключение, прежде чем учить цифровым навыкам.",
        "Правительствам следует публиковать каждый запрос на удаление контента в сети.",
        "Небольшие операторы совместно используют вышки, чтобы обеспечить связью горные сёла.",
        "Молодёжь хочет иметь настоящий голос в национальном организационном комитете.",
    ),
    "zh": (
        "农村学校要先有可靠的网络连接，才能教授数字技能。",
        "各国政府应公布每一项删除网上内容的请求。",
        "小型运营商共用铁塔，把移动信号带到山区村庄。",
        "年轻人希望在国家组委会中拥有真正的表决权。",
    ),
    "ar": (
        "تحتاج المدارس الريفية إلى اتصال موثوق قبل أن تتمكن من تعليم المهارات الرقمية.",
        "ينبغي للحكومات أن تنشر كل طلب لإزالة محتوى على الإنترنت.",
        "يتقاسم المشغلون الصغار الأبراج لإيصال التغطية المتنقلة إلى القرى الجبلية.",
        "يريد الشباب صوتاً حقيقياً في اللجنة التنظيمية الوطنية.",
    ),
}


def translation_cosines(vectors: dict[str, np.ndarray]) -> dict[str, float]:
    """The mean cosine of a statement and its translation for each pair of languages
    (``vectors``: each language's unit rows of ``TRANSLATIONS``, in one order), keyed by the
    two languages in alphabetical order joined by "-"; rounded."""
    out: dict[str, float] = {}
    for a, b in combinations(sorted(vectors), 2):
        dots = np.einsum("ij,ij->i", vectors[a], vectors[b])
        out[f"{a}-{b}"] = round(float(dots.mean()), 3)
    return out


def pair_key(one: str, other: str) -> str:
    """Two languages as ``translation_cosines`` keys them."""
    return "-".join(sorted((one, other)))


_TOKEN = re.compile(r"[A-Za-z0-9]+")


def anchors(text: str, language: str) -> frozenset[str]:
    """What a statement can share with one in another language word for word: its numbers,
    its codes and acronyms in Latin letters (a digit or two capitals), and in an Arabic,
    Russian or Chinese text every word in Latin letters; lower-cased."""
    out: set[str] = set()
    for token in _TOKEN.findall(text):
        coded = any(c.isdigit() for c in token) or sum(c.isupper() for c in token) >= 2
        if coded or language in ("ar", "ru", "zh"):
            out.add(token.lower())
    return frozenset(out)


def across_readings(
    cosine: float,
    two: bool,
    cross_mean: float,
    mine: frozenset[str],
    theirs: frozenset[str],
    translated: float = 1.0,
) -> dict[str, float]:
    """The ``ACROSS`` readings of a pair (``translated``: the cosine the encoder gives a
    translation in its two languages): all 0 in one language."""
    if not two:
        return dict.fromkeys(ACROSS, 0.0)
    shared = 1.0 if mine & theirs else (-1.0 if mine and theirs else 0.0)
    return {
        "two_cosine": cosine,
        "two_relative": round(cosine - cross_mean, 6),
        "two_anchors": shared,
        "two_translated": round(cosine / translated, 6),
    }


def fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """A logistic regression on the standardised columns of ``x`` (``y``: the pair makes one
    point): the columns' mean and scale, the weights and the bias."""
    from sklearn.linear_model import LogisticRegression

    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    lr = LogisticRegression(C=1.0, max_iter=2000).fit((x - mean) / scale, y)
    return mean, scale, lr.coef_[0], float(lr.intercept_[0])


def predict(model: tuple[np.ndarray, np.ndarray, np.ndarray, float], x: np.ndarray) -> np.ndarray:
    """The probability that each row of ``x`` makes one point, rounded."""
    mean, scale, weights, bias = model
    return np.round(1.0 / (1.0 + np.exp(-(((x - mean) / scale) @ weights + bias))), 6)


def out_of_fold(
    rows: Sequence[dict[str, Any]], names: Sequence[str], development: Iterable[str]
) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray, np.ndarray, float]]:
    """Each row's probability by a model over ``names`` that never saw its file: a
    development file's by the model fitted on the other development files, any other file's
    by the model fitted on all of them (returned too)."""
    x = np.asarray([[r[n] for n in names] for r in rows], dtype=np.float64)
    y = np.asarray([not r["off"] for r in rows])
    files = np.asarray([r["file"] for r in rows])
    dev = np.isin(files, list(development))
    out = np.zeros(len(rows))
    for name in sorted(set(files[dev].tolist())):
        here = files == name
        out[here] = predict(fit(x[dev & ~here], y[dev & ~here]), x[here])
    full = fit(x[dev], y[dev])
    out[~dev] = predict(full, x[~dev])
    return out, full


def auc(rows: Sequence[dict[str, Any]], scores: Sequence[float]) -> str:
    """The area under the ROC curve of ``scores`` (a right source higher), "-" without both
    classes."""
    from sklearn.metrics import roc_auc_score

    y = [not r["off"] for r in rows]
    return f"{roc_auc_score(y, list(scores)):.3f}" if 0 < sum(y) < len(y) else "-"


def taken(rows: Sequence[dict[str, Any]], test: Callable[[dict[str, Any]], bool]) -> str:
    """How many of ``rows`` ``test`` takes, as "off/right"."""
    hit = [r for r in rows if test(r)]
    off = sum(r["off"] for r in hit)
    return f"{off}/{len(hit) - off}"


def _record(material: Any, embedder: Any, translated: dict[str, float]) -> list[dict[str, Any]]:
    """Every (core, source) pair of the messages the check is given in one file's draft."""
    from grouping_terms import before_check, each_theme, pair_features

    from forum_messages.synth.point_check import core
    from forum_messages.synth.same_point import FEATURES, shipped_model
    from forum_messages.synth.topic_match import prepare
    from forum_messages.synth.topic_vocab import topics_found

    models = {
        "pair": shipped_model(),
        "core_model": shipped_model(core=True),
        "large_model": shipped_model(large=True),
    }
    point = {k: a.point for k, a in material.answers.items()}
    out: list[dict[str, Any]] = []

    def look(part: Any, ids: list[str], x: Any, sessions: Any, result: Any) -> None:
        groups = [g for g in before_check(result) if len(g) >= 2]
        if not groups:
            return
        feats = pair_features(part, x)
        found = [frozenset(topics_found(prepare(t))) for t in part.texts]
        unit = np.asarray(x, dtype=np.float64)
        sim = np.round(unit @ unit.T, 6)
        langs = np.asarray(part.langs)
        for g in groups:
            c = core(x, g)
            pairs = [(c, r) for r in g if r != c]
            f = feats.pairs(pairs)
            probs = {k: m.probability(f).tolist() for k, m in models.items()}
            for k, (_, r) in enumerate(pairs):
                two = bool(langs[c] != langs[r])
                block = sim[np.ix_(langs == langs[c], langs == langs[r])]
                rec: dict[str, Any] = dict(zip(FEATURES, f[k].tolist(), strict=True))
                rec |= {key: v[k] for key, v in probs.items()}
                rec |= across_readings(
                    rec["cosine"],
                    two,
                    float(block.mean()),
                    anchors(part.texts[c], str(langs[c])),
                    anchors(part.texts[r], str(langs[r])),
                    translated.get(pair_key(str(langs[c]), str(langs[r])), 1.0),
                )
                rec["topics_apart"] = bool(found[c] and found[r] and not found[c] & found[r])
                rec |= {
                    "id": ids[r],
                    "core_id": ids[c],
                    "off": point[ids[r]] is None or point[ids[r]] != point[ids[c]],
                    "two": two,
                    "size": len(g),
                    "text": part.texts[r],
                    "core_text": part.texts[c],
                    "langs": f"{langs[c]}-{langs[r]}",
                }
                out.append(rec)

    each_theme(material, embedder, {}, look)
    return out


def main(paths: list[str]) -> int:
    from forum_messages.evaluation.material import load_material
    from forum_messages.nlp.base import memo_for
    from forum_messages.nlp.use import USEEmbedder

    embedder = memo_for(USEEmbedder())
    vectors = {k: np.asarray(embedder.embed(v), dtype=np.float64) for k, v in TRANSLATIONS.items()}
    translated = translation_cosines(vectors)
    print("a translation's cosine:", ", ".join(f"{k} {v:.3f}" for k, v in translated.items()))
    rows: list[dict[str, Any]] = []
    for path in readable(paths):
        name = file_name(path)
        got = _record(load_material(path), embedder, translated)
        for r in got:
            r["file"] = name
        rows.extend(got)
        two = [r for r in got if r["two"]]
        print(
            f"{name}: {len(got)} pairs read, in two languages {len(two)}"
            f" ({sum(r['off'] for r in two)} off)"
        )
    scores: dict[str, np.ndarray] = {k: np.asarray([r[k] for r in rows]) for k in SHIPPED}
    fitted: dict[str, Any] = {}
    for label, names in MODELS.items():
        scores[label], fitted[label] = out_of_fold(rows, names, DEVELOPMENT)
    dev = np.asarray([r["file"] in DEVELOPMENT for r in rows])
    two = np.asarray([r["two"] for r in rows])
    off = np.asarray([r["off"] for r in rows])
    size2 = np.asarray([r["size"] == 2 for r in rows])

    def part(mask: np.ndarray) -> list[dict[str, Any]]:
        return [r for r, m in zip(rows, mask, strict=True) if m]

    print("\nAUC (development files out of fold / older files) and, in two languages,")
    print("low / tenth / median of off and right sources")
    row("model", ["two, dev", "two, older", "one, dev", "one, older", "off", "right"], 34, 19)
    for label, s in scores.items():
        cells = [
            auc(part(two & dev), s[two & dev]),
            auc(part(two & ~dev), s[two & ~dev]),
            auc(part(~two & dev), s[~two & dev]),
            auc(part(~two & ~dev), s[~two & ~dev]),
            spread(s[two & off].tolist()),
            spread(s[two & ~off].tolist()),
        ]
        row(label, cells, 34, 19)
    print(f"\nsources in two languages taken below the bar, off/right (pair model < {PAIR_BAR}:")
    print("with the pair model below its bar as well), development / older files")
    row("model, bar", ["two, dev", "two, older", "larger, dev", "larger, older"], 44, 14)
    for label in MODELS:
        for bar in BARS:
            for with_pair in (False, True):
                below = two & (scores[label] < bar)
                if with_pair:
                    below &= scores["pair"] < PAIR_BAR
                cells = [
                    taken(part(below & size2 & dev), lambda r: True),
                    taken(part(below & size2 & ~dev), lambda r: True),
                    taken(part(below & ~size2 & dev), lambda r: True),
                    taken(part(below & ~size2 & ~dev), lambda r: True),
                ]
                tag = f"{label} < {bar}" + (", pair too" if with_pair else "")
                row(tag, cells, 44, 14)
    across = part(two)
    shared = taken(across, lambda r: r["two_anchors"] > 0)
    apart = taken(across, lambda r: r["two_anchors"] < 0)
    print(
        "\npairs in two languages, off/right: sharing a number, acronym or Latin word"
        f" {shared}, both holding some and sharing none {apart},"
        f" of all {taken(across, lambda r: True)}"
    )
    print(
        "pairs in two languages, off/right: in messages of two"
        f" {taken(part(two & size2), lambda r: True)}, in larger ones"
        f" {taken(part(two & ~size2), lambda r: True)}"
    )
    print("pairs in two languages whose policy topics are found in both and share none,")
    print("off/right, development / older files, and with the pair model below a bar:")
    for bar in (1.01, 0.75, 0.6, 0.5):
        apart = two & np.asarray([r["topics_apart"] for r in rows]) & (scores["pair"] < bar)
        where = "" if bar > 1 else f", pair < {bar}"
        print(
            f"  topics apart{where}: {taken(part(apart & dev), lambda r: True)}"
            f" / {taken(part(apart & ~dev), lambda r: True)}"
        )
    by_pair: dict[str, list[float]] = {}
    for r in across:
        if not r["off"]:
            by_pair.setdefault(pair_key(*r["langs"].split("-")), []).append(r["cosine"])
    means = ", ".join(f"{k} {np.mean(v):.3f} ({len(v)})" for k, v in sorted(by_pair.items()))
    print(f"right pairs' mean cosine by pair of languages (how many): {means}")
    print("\nthe twelve pairs in two languages of the lowest cosine")
    lowest = sorted((r for r in rows if r["two"]), key=lambda r: (r["cosine"], r["id"]))[:12]
    for r in lowest:
        print(
            f"  {'off  ' if r['off'] else 'right'} {r['file'][:18]:18} {r['langs']} size"
            f" {r['size']} cosine {r['cosine']:.2f} pair {r['pair']:.2f}"
            f" | {r['core_text'][:60]} | {r['text'][:60]}"
        )
    print("\nweights fitted on all development files (standardised features)")
    for label, names in MODELS.items():
        _mean, _scale, weights, bias = fitted[label]
        terms = ", ".join(f"{n} {w:+.2f}" for n, w in zip(names, weights.tolist(), strict=True))
        print(f"  {label}: {terms}; bias {bias:+.2f}")
    return 0


if __name__ == "__main__":
    entry(main, __doc__)
