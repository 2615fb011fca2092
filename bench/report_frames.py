"""The framed statements of the development report files as a message text would state them.

For every statement a report file answers with ``framed`` (the point as an editor would keep
it) and that the kinds step does not set aside, the sentence a message would show
(``kinds.voiced_text`` of its point): whether it is the editor's point (plain letters and
spaces compared, as ``evaluate`` compares "point as given" on the statement sets) and whether
it keeps the frame (``evaluation.frame_kept.keeps_frame``). No model, no draft: the cues only.
``--show`` prints the statements not as given.

    PYTHONPATH=src .venv/bin/python bench/report_frames.py [--show]

Only the development report files are read (``reports/dev-*.yaml``); the others are scored by
the common evaluation and never read here.
"""

from __future__ import annotations

import sys

from common import evaluation_base

from forum_messages.evaluation.commands import _plain
from forum_messages.evaluation.frame_kept import keeps_frame
from forum_messages.evaluation.material import load_material
from forum_messages.nlp.segment import strip_numbering
from forum_messages.synth.kinds import classify, voiced_text


def main() -> None:
    show = "--show" in sys.argv[1:]
    reports = sorted((evaluation_base() / "reports").glob("dev-*.yaml"))
    total = [0, 0, 0]
    for path in reports:
        material = load_material(path)
        framed = given = kept = 0
        for st in material.corpus.statements:
            answer = material.answers[st.id]
            if not answer.framed:
                continue
            lang = st.language or material.language
            kind = classify(strip_numbering(st.text), lang)
            if kind.kind == "descriptive":
                continue
            shown = voiced_text(kind.point, lang)
            framed += 1
            same = _plain(shown) == _plain(answer.framed)
            given += same
            kept += bool(keeps_frame(shown, st.text, answer.framed))
            if show and not same:
                print(f"  {path.name}: {shown}\n    editor: {answer.framed}")
        total = [total[0] + framed, total[1] + given, total[2] + kept]
        print(f"{path.name}: {framed} framed, {given} as given, {kept} keep the frame")
    print(f"all: {total[0]} framed, {total[1]} as given, {total[2]} keep the frame")


if __name__ == "__main__":
    main()
