"""Each message's sources read by their language against the core's (docs/quality.md, step 42).

Drafts each readable report file with the real pipeline (its message grouper given the
parameters on the command line as JSON, as ``grouping_terms.py``; none: the defaults; the
held-out files of ``held_out.REPORT_FILES`` are skipped, never drafted) and reads every source
but the core (``point_check.core``) of every message of two sources or more the grouper
returns: whether the editor gives it another point than the core (*off*), whether it is in
the core's language, whether another source shares its language, and what three models put
it at: the shipped pair model with the core (``pair``) and on its mean with every other
source (``mean``), the core model (``core``) and the large model (``large``) with the core.
Prints:

- for sources in the core's language and in another, off and right: each model's lowest
  value, tenth percentile and median (the check's two models read shared terms and one
  language, which two languages never have);
- the off / right sources a rule would take, per file: a message of two in two languages
  below a bar of the pair model (``grouping.ACROSS_BAR``), a source of a larger message in
  another language than the core below the bar with the core and on its mean
  (``ACROSS_LARGER``), and the same readings in the core's language for comparison;
- with ``--list``, every off source in another language than its core, with the core's
  text and the pair model's figures.

    cd bench && ../.venv/bin/python across_sources.py '' \\
        ../src/forum_messages/editions/evaluation/reports/*.yaml [--list]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from common import entry, file_name, row
from held_out import readable  # type: ignore[import-not-found]

#: Bars of the pair model the rules are read at.
BARS = (0.45, 0.5, 0.55, 0.6, 0.62, 0.65, 0.7)
#: The models read, as ``readings`` names them.
MODELS = ("pair", "mean", "core", "large")


def readings(
    groups: Iterable[tuple[list[str], str, dict[str, Any]]],
    point: Callable[[str], str | None],
    language: Callable[[str], str],
) -> list[dict[str, Any]]:
    """Every source but the core of each message (``groups``: its statements' ids, its core
    and the models' probabilities of each ordered pair, ``pair``, ``core`` and ``large``,
    keyed ``(a, b)``), read against the core: ``off`` (``point``: the editor's point, None for
    a description, which is off whatever the core's), ``across`` (another language than the
    core's), ``alone`` (no other source in its language), ``size``, and the four readings of
    ``MODELS`` (``mean``: the pair model with every other source, either order)."""
    out: list[dict[str, Any]] = []
    for ids, centre, probs in groups:
        pair = probs["pair"]

        def p(a: str, b: str, pair: dict[tuple[str, str], float] = pair) -> float:
            return pair[(a, b)] if (a, b) in pair else pair[(b, a)]

        for sid in ids:
            if sid == centre:
                continue
            others = [o for o in ids if o != sid]
            mine = point(sid)
            out.append(
                {
                    "id": sid,
                    "core_id": centre,
                    "off": mine is None or mine != point(centre),
                    "across": language(sid) != language(centre),
                    "alone": all(language(o) != language(sid) for o in others),
                    "size": len(ids),
                    "pair": round(p(centre, sid), 6),
                    "mean": round(sum(p(sid, o) for o in others) / len(others), 6),
                    "core": round(probs["core"][(centre, sid)], 6),
                    "large": round(probs["large"][(centre, sid)], 6),
                }
            )
    return out


def spread(values: Iterable[float]) -> str:
    """The lowest value, the tenth percentile (the value a tenth of the way up) and the median
    (the middle value, the lower of two) of ``values``, as "low / tenth / median"; "-" for
    none."""
    ordered = sorted(values)
    if not ordered:
        return "-"
    n = len(ordered)
    return f"{ordered[0]:.2f} / {ordered[n // 10]:.2f} / {ordered[(n - 1) // 2]:.2f}"


def taken(rows: Iterable[dict[str, Any]], test: Callable[[dict[str, Any]], bool]) -> str:
    """How many of ``rows`` ``test`` takes, as "off/right"."""
    hit = [r for r in rows if test(r)]
    off = sum(r["off"] for r in hit)
    return f"{off}/{len(hit) - off}"


def two_across(bar: float) -> Callable[[dict[str, Any]], bool]:
    """The rule for messages of two: two languages, the pair model below ``bar``."""
    return lambda r: r["size"] == 2 and r["across"] and r["pair"] < bar


def larger_across(bar: float) -> Callable[[dict[str, Any]], bool]:
    """The rule for larger messages: another language than the core, below ``bar`` with the
    core and on its mean with the other sources."""
    return lambda r: r["size"] > 2 and r["across"] and r["pair"] < bar and r["mean"] < bar


def _record(material: Any, embedder: Any, params: dict[str, Any]) -> list[dict[str, Any]]:
    """The readings of one report file's draft, each with its text and its core's."""
    from off_point_sources import record

    seen = record(material, embedder, params)
    seen.pop("__draft__")  # type: ignore[call-overload]
    langs: dict[str, str] = {}
    groups = []
    for ids, info in seen.items():
        langs.update(info["lang"])
        probs = {"pair": info["pair"], "core": info["core_model"], "large": info["large"]}
        groups.append((sorted(ids), info["core"], probs))
    answers = material.answers
    rows = readings(groups, lambda s: answers[s].point, langs.__getitem__)
    texts = {st.id: st.text for st in material.corpus.statements}
    for r in rows:
        r["text"], r["core_text"] = texts[r["id"]], texts[r["core_id"]]
        r["lang"], r["core_lang"] = langs[r["id"]], langs[r["core_id"]]
    return rows


def main(spec: str, paths: list[str], listing: bool) -> int:
    from grouping_terms import grouper_params

    from forum_messages.evaluation.material import load_material
    from forum_messages.nlp.base import memo_for
    from forum_messages.nlp.use import USEEmbedder

    params = grouper_params(spec)
    embedder = memo_for(USEEmbedder())
    rows: dict[str, list[dict[str, Any]]] = {}
    for path in readable(paths):
        name = file_name(path)
        rows[name] = read = _record(load_material(path), embedder, params)
        off = [r for r in read if r["off"]]
        across = [r for r in read if r["across"]]
        print(
            f"== {name}: {len(off)} off of {len(read)} sources read; in another language than"
            f" the core: {sum(r['off'] for r in across)} off of {len(across)}"
        )
        for r in off if listing else ():
            if r["across"]:
                print(
                    f"  size {r['size']} pair {r['pair']:.2f} mean {r['mean']:.2f} "
                    f"[{r['core_lang']}] {r['core_text'][:140]}\n"
                    f"    [{r['lang']}] {r['text'][:140]}"
                )
    every = [r for got in rows.values() for r in got]
    print("\nmodel: low / tenth / median, by the core's language or another, off and right")
    for model in MODELS:
        for across in (False, True):
            for off in (True, False):
                got = [r[model] for r in every if r["across"] == across and r["off"] == off]
                where = "another language" if across else "its language"
                kind = "off" if off else "right"
                print(f"  {model:6} {where:17} {kind:5} {len(got):4}  {spread(got)}")
    names = list(rows)
    cell = 12
    print()
    row("rule, off / right taken", [n[:10] for n in names] + ["all"], 40, cell)
    for bar in BARS:
        rules = (
            (f"two, two languages, pair < {bar}", two_across(bar)),
            (f"larger, another language, < {bar}", larger_across(bar)),
            (
                f"two, one language, pair < {bar}",
                lambda r, b=bar: r["size"] == 2 and not r["across"] and r["pair"] < b,
            ),
        )
        for label, test in rules:
            row(label, [taken(rows[n], test) for n in names] + [taken(every, test)], 40, cell)
    row(
        "another language, of all read",
        [taken(rows[n], lambda r: r["across"]) for n in names]
        + [taken(every, lambda r: r["across"])],
        40,
        cell,
    )
    return 0


if __name__ == "__main__":
    entry(main, __doc__, fixed=1, flags=("--list",))
