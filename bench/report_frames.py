"""The framed statements of the readable report files as a message text would state them.

For every statement a report file answers with ``framed`` (the point as an editor would keep
it) and that the kinds step does not set aside, the sentence a message would show
(``kinds.voiced_text`` of its point): whether it is the editor's point (plain letters and
spaces compared, as ``evaluate`` compares "point as given" on the statement sets) and whether
it keeps the frame (``evaluation.frame_kept.keeps_frame``). No model, no draft: the cues only.
``--show`` prints the statements not as given. ``--detect`` reads each statement in the
language the pipeline detects for it (``realistic.attribution_marks``), not the language its
file gives (an English statement in a Spanish file is read as English, as a draft reads it).

``--drafts`` drafts each file with the real pipeline instead and prints every message whose
text keeps a frame as ``evaluate`` counts it (the source its text is taken from has a
``framed`` answer, ``realistic.score_draft``): the statement, the editor's point, the text
shown and why the frame stayed (``why_kept``), then the classes counted per file.

    PYTHONPATH=src .venv/bin/python bench/report_frames.py [--show] [--detect] [--drafts] [FILE ...]

FILE: names of readable report files (``dev-es.yaml``, ``test-cartagena.yaml``) to read alone.

Read: the development report files (``reports/dev-*.yaml``) and the eight spent ones
(``SPENT``, development material since the forty-sixth round of statement kinds, two more
since the fifty-fifth, test-colon since the fifty-eighth, test-samarkand since the
sixty-first, test-tromso since the sixty-sixth, test-doha since the seventieth), and the older
test files (``OLDER``: scored after every change and readable, never trained on); the held-out
files (``held_out.REPORT_FILES``) are scored by the common evaluation and never read here.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from common import evaluation_base
from held_out import is_held_out

from forum_messages.evaluation.commands import _plain
from forum_messages.evaluation.frame_kept import keeps_frame
from forum_messages.evaluation.material import Material, load_material
from forum_messages.evaluation.realistic import _source_of_text, attribution_marks
from forum_messages.model import Draft, Message
from forum_messages.nlp.segment import sentences, strip_numbering
from forum_messages.synth.kinds import classify, sentence_kind, voiced_text
from forum_messages.synth.text import ExtractiveWriter

#: once held out, spent: read as development material (docs/quality.md "Two held-out files spent",
#: "Two more held-out files spent", "A held-out file spent: test-colon", "... test-samarkand",
#: "... test-tromso", "... test-doha")
SPENT = (
    "test-global-tracks.yaml",
    "test-cartagena.yaml",
    "test-tallinn.yaml",
    "test-tangier.yaml",
    "test-colon.yaml",
    "test-samarkand.yaml",
    "test-tromso.yaml",
    "test-doha.yaml",
)

#: the older test files: readable (their statements, drafts and misses), never trained on
OLDER = (
    "test-ar.yaml",
    "test-asia-transcripts.yaml",
    "test-en-main.yaml",
    "test-es-national.yaml",
    "test-fr-ar-mixed.yaml",
    "test-ru.yaml",
    "test-zh.yaml",
)

#: why a message text keeps a frame, in the order they are tried (``why_kept``)
CLASSES = (
    "another source",  # the text is taken from another source than the framed statement
    "stitched",  # a sentence added from a companion keeps the frame
    "attribution",  # the kinds step reads one person's words: the frame is kept as said
    "not read",  # the kinds step reads a plain point: the frame's shape is not read
    "partly read",  # a frame read, another (or part of it) left in the text
)


def report_files(names: list[str] | None = None) -> list[Path]:
    """The readable report files: the development ones, the spent ones, then the older test
    ones (only those
    named, when ``names`` are given: a held-out file is refused)."""
    base = evaluation_base() / "reports"
    paths = sorted(base.glob("dev-*.yaml")) + [base / name for name in SPENT + OLDER]
    if names:
        unknown = [n for n in names if not any(p.name == n for p in paths)]
        if unknown:
            raise SystemExit(f"not a readable report file: {', '.join(unknown)}")
        paths = [p for p in paths if p.name in names]
    assert not any(is_held_out(p) for p in paths)
    return paths


def own_text(text: str, lang: str) -> str:
    """A statement's text as the extractive writer would show it alone (its sentences, each
    cleaned: ``text.ExtractiveWriter``)."""
    joiner = "" if lang == "zh" else " "
    return joiner.join(ExtractiveWriter()._sentences(text, lang))


def why_kept(material: Material, message: Message, statement: str) -> str:
    """The class (``CLASSES``) of a message text that keeps the frame of ``statement``, the
    source its text is taken from."""
    st = next(s for s in material.corpus.statements if s.id == statement)
    lang = st.language or material.language
    alone = own_text(st.text, lang)
    answer = material.answers[statement]
    if _plain(alone) not in _plain(message.text):
        return "another source"
    if not keeps_frame(alone, st.text, answer.framed):
        return "stitched"
    kinds = [sentence_kind(s, lang) for s in sentences(strip_numbering(st.text), lang)]
    if any(k[2] for k in kinds):
        return "attribution"
    if all(k[0] == "point" for k in kinds):
        return "not read"
    return "partly read"


def drafts(names: list[str]) -> None:
    from forum_messages.evaluation.realistic import draft_material
    from forum_messages.nlp.base import memo_for
    from forum_messages.nlp.use import USEEmbedder

    embedder = memo_for(USEEmbedder())
    totals: Counter[str] = Counter()
    rows: list[tuple[str, Counter[str], int]] = []
    for path in report_files(names):
        material = load_material(path)
        draft: Draft = draft_material(material, embedder)
        texts = {st.id: st.text for st in material.corpus.statements}
        lang_of = {st.id: st.language or material.language for st in material.corpus.statements}
        counts: Counter[str] = Counter()
        framed = 0
        messages = [m for t in draft.themes for tp in t.topics for m in tp.messages]
        for m in messages:
            shown = _source_of_text(m, texts)
            answer = material.answers[shown]
            if not answer.framed:
                continue
            kept = keeps_frame(m.text, texts[shown], answer.framed)
            if kept is None:
                continue
            framed += 1
            if not kept:
                continue
            why = why_kept(material, m, shown)
            counts[why] += 1
            print(f"-- {path.name} {shown} ({lang_of[shown]}) [{why}]")
            print(f"   statement: {texts[shown]}")
            print(f"   editor:    {answer.framed}")
            print(f"   text:      {m.text}")
            if why == "another source":
                for ref in m.sources:
                    if ref.statement != shown:
                        print(f"   also:      {texts[ref.statement][:200]}")
        rows.append((path.name, counts, framed))
        totals += counts
    print()
    print("file".ljust(26) + "framed".rjust(8) + "".join(c.rjust(16) for c in CLASSES))
    for name, counts, framed in rows:
        cells = "".join(str(counts[c]).rjust(16) for c in CLASSES)
        print(name.ljust(26) + str(framed).rjust(8) + cells)
    cells = "".join(str(totals[c]).rjust(16) for c in CLASSES)
    print("all".ljust(26) + str(sum(r[2] for r in rows)).rjust(8) + cells)


def main() -> None:
    args = sys.argv[1:]
    names = [a for a in args if not a.startswith("--")]
    if "--drafts" in args:
        drafts(names)
        return
    show = "--show" in args
    total = [0, 0, 0]
    for path in report_files(names):
        material = load_material(path)
        framed = given = kept = 0
        detected = attribution_marks(material)[0] if "--detect" in args else None
        for i, st in enumerate(material.corpus.statements):
            answer = material.answers[st.id]
            if not answer.framed:
                continue
            lang = detected[i] if detected else st.language or material.language
            kind = classify(strip_numbering(st.text), lang)
            if kind.kind == "descriptive":
                continue
            shown = voiced_text(kind.point, lang, kind.cuts)
            framed += 1
            same = _plain(shown) == _plain(answer.framed)
            given += same
            keeps = bool(keeps_frame(shown, st.text, answer.framed))
            kept += keeps
            if show and not same:
                mark = "KEPT " if keeps else ""
                print(f"  {mark}{path.name}: {shown}\n    editor: {answer.framed}")
        total = [total[0] + framed, total[1] + given, total[2] + kept]
        print(f"{path.name}: {framed} framed, {given} as given, {kept} keep the frame")
    print(f"all: {total[0]} framed, {total[1]} as given, {total[2]} keep the frame")


if __name__ == "__main__":
    main()
