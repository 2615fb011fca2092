"""Message texts the editor calls a description or an attribution, and the soft evidence the
kinds step leaves below its bars (figures in docs/quality.md, "Themes, messages and
sub-topics, step by step", step 43).

Drafts each report file as ``evaluate`` does, ``single_points.DESCRIBED`` set to the first
argument ('' for as shipped, ``main`` or ``all``), and reads two sets of statements:

* the statement each message's visible text is taken from (``realistic._source_of_text``),
  "bad" when the editor calls it a description or an attribution;
* the one-session candidates of one statement salience chose among
  (``single_points.salient``, cut as ``salience.apart`` cuts them), "bad" likewise, and
  those of them it kept as messages.

For each set, per file, how many bad statements and how many others each reading of
``soft_kinds.Reading`` holds for ("bad/others"); with ``--list``, every bad text and every
candidate kept, with its readings.

    R=../src/forum_messages/editions/evaluation/reports
    cd bench && ../.venv/bin/python text_kinds.py '' $R/dev-*.yaml --list
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from common import entry, file_name
from grouping_terms import replaced

from forum_messages.evaluation.material import Answer, Material, load_material
from forum_messages.evaluation.realistic import _source_of_text, draft_material
from forum_messages.model import Draft
from forum_messages.nlp.base import Embedder, memo_for
from forum_messages.nlp.use import USEEmbedder
from forum_messages.synth import pipeline, single_points, soft_kinds
from forum_messages.synth.salience import apart

READINGS = soft_kinds.READINGS
PARTS = ("texts", "candidates", "kept")


@dataclass
class Seen:
    """What the hooks record of one draft: each statement's point text and soft reading (by
    row), and the one-session candidates salience chose among (statement ids, kept)."""

    texts: list[str] = field(default_factory=list)
    read: list[soft_kinds.Reading] = field(default_factory=list)
    candidates: list[tuple[list[str], bool]] = field(default_factory=list)


def record(material: Material, embedder: Embedder) -> tuple[Draft, Seen]:
    """The material's draft, and what ``Seen`` holds of it."""
    seen = Seen()
    plain_read = pipeline.read_and_embed_all
    plain_salient = single_points.salient

    def read_all(statements: Any, c: Any, progress: Any, out_lang: str) -> Any:
        langs, conf, kinds, texts, x = plain_read(statements, c, progress, out_lang)
        seen.texts = list(texts)
        seen.read = soft_kinds.readings(
            np.array(x), seen.texts, langs, statements, material.corpus.sessions, embedder
        )
        return langs, conf, kinds, texts, x

    def salient(run: Any, candidates: Any, groups: Any, size: Any = None) -> Any:
        out = plain_salient(run, candidates, groups, size)
        if run.target is not None and not _in_carried():
            kept = {tuple(sorted(g)) for g in out}
            for g in apart(candidates, lambda i: run.statements[i].kind):
                seen.candidates.append(
                    ([run.statements[i].id for i in g], tuple(sorted(g)) in kept)
                )
        return out

    with (
        replaced(pipeline, "read_and_embed_all", read_all),
        replaced(single_points, "salient", salient),
    ):
        draft = draft_material(material, embedder)
    return draft, seen


def _in_carried() -> bool:
    """Whether salience is asked again for the sub-topics of the groups as they were before
    the same-point check (``_Run._carried``): not the choice of the draft's messages."""
    frame = sys._getframe(2)
    while frame is not None:
        if frame.f_code.co_name == "_carried":
            return True
        frame = frame.f_back  # type: ignore[assignment]
    return False


def tally(read: Sequence[soft_kinds.Reading], bad: Sequence[bool]) -> dict[str, tuple[int, int]]:
    """For each reading: (bad statements it holds for, other statements it holds for)."""
    out = {}
    for name in READINGS:
        hit = [bool(getattr(r, name)) for r in read]
        out[name] = (
            sum(h and b for h, b in zip(hit, bad, strict=True)),
            sum(h and not b for h, b in zip(hit, bad, strict=True)),
        )
    return out


def one_file(
    material: Material, embedder: Embedder, listing: bool
) -> dict[str, dict[str, tuple[int, int]]]:
    """The three tallies of one report file (``PARTS``), listed when asked."""
    draft, seen = record(material, embedder)
    answers = material.answers
    rows = {st.id: k for k, st in enumerate(material.corpus.statements)}
    raw = {st.id: st.text for st in material.corpus.statements}

    def bad(i: str) -> bool:
        return answers[i].descriptive or answers[i].attribution

    shown = [_source_of_text(m, raw) for m in draft.messages()]
    one = [(ids[0], kept) for ids, kept in seen.candidates if len(ids) == 1]
    kept = [i for i, k in one if k]
    if listing:
        print(f"== {file_name(material.path)}: {sum(map(bad, shown))} of {len(shown)} texts bad")
        for i in shown:
            if bad(i):
                _show("text", seen.read[rows[i]], answers[i], raw[i])
        for i in kept:
            _show(f"kept {'BAD' if bad(i) else 'ok '}", seen.read[rows[i]], answers[i], raw[i])
    return {
        part: tally([seen.read[rows[i]] for i in ids], [bad(i) for i in ids])
        for part, ids in zip(PARTS, (shown, [i for i, _ in one], kept), strict=True)
    }


def _show(what: str, r: soft_kinds.Reading, a: Answer, text: str) -> None:
    on = " ".join(n for n in READINGS if n != "all" and getattr(r, n))
    print(
        f"  {what} d={int(a.descriptive)} a={int(a.attribution)} p={r.probability:.2f}"
        f" m={r.mixed_probability:.2f} w={r.wide_probability:.2f} [{on}] {text[:120]}"
    )


def main(described: str, paths: list[str], listing: bool) -> int:
    single_points.DESCRIBED = described
    embedder = memo_for(USEEmbedder())
    tables = {file_name(p): one_file(load_material(p), embedder, listing) for p in paths}
    for part in PARTS:
        print(f"\n{part}: bad / other statements each reading holds for")
        print("file".ljust(22) + "".join(n[:10].rjust(11) for n in READINGS))
        sums = {n: [0, 0] for n in READINGS}
        for name, table in tables.items():
            cells = []
            for n in READINGS:
                a, b = table[part][n]
                sums[n][0] += a
                sums[n][1] += b
                cells.append(f"{a}/{b}")
            print(name.ljust(22) + "".join(c.rjust(11) for c in cells))
        print("all".ljust(22) + "".join(f"{a}/{b}".rjust(11) for a, b in sums.values()))
    return 0


if __name__ == "__main__":
    entry(main, __doc__, fixed=1, flags=("--list",))
