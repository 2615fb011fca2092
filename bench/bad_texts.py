"""Every message text the editor calls a description or an attribution, with its sources
(docs/quality.md, "Themes, messages and sub-topics, step by step", step 60).

Drafts each readable report file as ``evaluate`` does (held-out files are skipped) and, for
each message whose text's source (``realistic._source_of_text``, as the evaluation row counts
it) the editor calls a description or an attribution, lists every source: the editor's
``descriptive`` and ``attribution``, whether the text's choice read it as marked (``avoid``),
its ``text_soft`` penalty, its language and whether it was the text.

    R=../src/forum_messages/editions/evaluation/reports
    cd bench && ../.venv/bin/python bad_texts.py $R/*.yaml
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from common import entry, file_name
from grouping_terms import replaced
from held_out import readable

from forum_messages.evaluation.material import load_material
from forum_messages.evaluation.realistic import _source_of_text, draft_material
from forum_messages.nlp.base import memo_for
from forum_messages.nlp.use import USEEmbedder
from forum_messages.synth import text as text_mod

Row = tuple[bool, float, str, bool]  # marked, soft penalty, language, chosen


def one_file(path: str, embedder: Any) -> None:
    material = load_material(path)
    raw = {st.id: st.text for st in material.corpus.statements}
    by_text: dict[str, str] = {}
    for st in material.corpus.statements:
        by_text.setdefault(st.text, st.id)
    seen: dict[str, Row] = {}
    plain = text_mod.ExtractiveWriter.write_all

    def write_all(
        self: text_mod.ExtractiveWriter,
        groups: Sequence[Sequence[int]],
        x: Any,
        texts: Sequence[str],
        langs: Sequence[str],
        out: str,
        emb: Any,
        avoid: Sequence[bool] | None = None,
        written: Sequence[str] | None = None,
        soft: Sequence[float] | None = None,
    ) -> Any:
        made = plain(self, groups, x, texts, langs, out, emb, avoid, written, soft)
        if written is not None:
            for g in groups:
                rep = self.representative(g, x, texts, langs, out, avoid, None, soft)
                for r in g:
                    seen[by_text.get(written[r], "?")] = (
                        bool(avoid[r]) if avoid else False,
                        float(soft[r]) if soft else 0.0,
                        langs[r],
                        r == rep,
                    )
        return made

    with replaced(text_mod.ExtractiveWriter, "write_all", write_all):
        draft = draft_material(material, embedder)
    answers = material.answers
    messages = draft.messages()
    lines = []
    bad = 0
    for m in messages:
        shown = _source_of_text(m, raw)
        if not (answers[shown].descriptive or answers[shown].attribution):
            continue
        bad += 1
        lines.append(f"  {m.id} sources={len(m.sources)} {m.text[:140]!r}")
        for ref in m.sources:
            a = answers[ref.statement]
            marked, soft, lang, chosen = seen.get(ref.statement, (False, 0.0, "?", False))
            lines.append(
                f"    {'*' if ref.statement == shown else ' '} d={int(a.descriptive)}"
                f" a={int(a.attribution)} marked={int(marked)} soft={soft:.3f} {lang}"
                f" chosen={int(chosen)} {ref.session[:24]!r} {raw[ref.statement][:100]!r}"
            )
    print(f"== {file_name(path)}: {bad} of {len(messages)}")
    print("\n".join(lines), flush=True)


def main(paths: list[str]) -> int:
    embedder = memo_for(USEEmbedder())
    for path in readable(paths):
        one_file(path, embedder)
    return 0


if __name__ == "__main__":
    entry(main, __doc__)
