"""What many benches do alike: take their command line, name a report file, write their
figures, read this process's memory, find the evaluation material, draft a corpus.

Standard library only at import time (a bench that never drafts does not load the pipeline).
The benches import it by name (``from common import entry``): run from ``bench/`` or as
``python bench/<name>.py``, the script's folder is on the path.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    from forum_messages.model import Corpus, Draft, Edition
    from forum_messages.nlp.base import Embedder


def entry(
    main: Callable[..., int | None],
    doc: str | None,
    *,
    fixed: int = 0,
    rest: int | None = 1,
    flags: Sequence[str] = (),
    argv: Sequence[str] | None = None,
) -> NoReturn:
    """Run ``main`` from the command line (``argv``: ``sys.argv[1:]``) and exit with what it
    returns: the first ``fixed`` arguments one by one, then the others as one list of at least
    ``rest`` (``rest=None``: exactly ``fixed`` arguments, no list), then, for each of
    ``flags``, whether it was given (anywhere; it is not passed on as an argument). Too few
    arguments (or, with ``rest=None``, any other number): ``doc`` and exit status 2."""
    given = list(sys.argv[1:] if argv is None else argv)
    args = [a for a in given if a not in flags]
    if len(args) < fixed + (rest or 0) or (rest is None and len(args) != fixed):
        print(doc)
        raise SystemExit(2)
    lead = args[:fixed] if rest is None else [*args[:fixed], args[fixed:]]
    raise SystemExit(main(*lead, *(f in given for f in flags)))


def file_name(path: str | Path) -> str:
    """A report file's name as the benches print it: no folder, no ``.yaml``."""
    return str(path).rsplit("/", 1)[-1].removesuffix(".yaml")


def row(label: str, cells: Iterable[object], width: int, cell: int) -> None:
    """One line of a table: its label, then each cell right-aligned."""
    print(label.ljust(width) + "".join(str(c).rjust(cell) for c in cells))


def counts_table(
    title: str,
    table: Mapping[str, Mapping[str, int]],
    rows: Iterable[str],
    width: int,
    cell: int,
) -> None:
    """Counts by row and file (``table``: each file's counts by row): the files' names (cut to
    two less than a cell) under ``title``, a line for each of ``rows``, then the files'
    totals (of every row they count); each line ends with the sum across files."""
    names = list(table)
    print(title.ljust(width) + "".join(n[: cell - 2].rjust(cell) for n in names) + "all".rjust(6))
    for label in rows:
        counts = [table[n].get(label, 0) for n in names]
        print(label.ljust(width) + "".join(str(v).rjust(cell) for v in counts), end="")
        print(str(sum(counts)).rjust(6))
    total = [sum(table[n].values()) for n in names]
    print(
        "all".ljust(width) + "".join(str(v).rjust(cell) for v in total) + str(sum(total)).rjust(6)
    )


def write_json(path: str | Path, data: Any, *, ascii_only: bool = True, end: str = "") -> None:
    """A bench's figures as JSON (an indent of one) in ``path``, its folder made if missing;
    ``end`` after the text."""
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, indent=1, ensure_ascii=ascii_only) + end
    out.write_text(text, encoding="utf-8")


def status_kb(field: str) -> int:
    """A field of this process's ``/proc/self/status`` in kB (``VmRSS``, ``RssAnon``, ...);
    0 where there is none (not Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        return 0
    return 0


def rounds_corpus(n: int, rounds: int, doc: str | None = None) -> tuple[argparse.Namespace, Corpus]:
    """The command line of a bench that times a step over a synthetic edition in rounds
    (``--n``: about that many statements; ``--rounds``), and that edition's corpus
    (``synthetic.py``, seed 0)."""
    from synthetic import build_corpus, generate_reports

    ap = argparse.ArgumentParser(description=doc.split("\n")[0] if doc else None)
    ap.add_argument("--n", type=int, default=n, help="statements (about)")
    ap.add_argument("--rounds", type=int, default=rounds)
    args = ap.parse_args()
    return args, build_corpus(generate_reports(args.n, seed=0))


def runs_ms(runs: Sequence[float], scale: float = 1.0, unit: str = "ms") -> str:
    """Timed runs (seconds) as the benches print them: the best, times ``scale`` and named
    ``unit`` (``ms per 10k`` with a scale to that size), then each run in ms as measured."""
    shown = " ".join(f"{1000 * s:.0f}" for s in runs)
    return f"best {1000 * min(runs) * scale:.0f} {unit}  runs {shown} ms"


def evaluation_base() -> Path:
    """The folder of the evaluation material shipped with the package (its ``reports/``,
    ``kinds/`` and the evaluation documents)."""
    return Path(str(resources.files("forum_messages") / "editions" / "evaluation"))


def draft_of(corpus: Corpus, edition: Edition, language: str, embedder: Embedder) -> Draft:
    """The draft of ``corpus`` by the real pipeline with its default settings in
    ``language``, embedded by ``embedder``."""
    from forum_messages.nlp.language import UNLanguageDetector
    from forum_messages.synth.pipeline import Components, run_pipeline
    from forum_messages.synth.settings import Settings

    components = Components(embedder=embedder, detector=UNLanguageDetector())
    return run_pipeline(corpus, edition, Settings(language=language), components=components)
