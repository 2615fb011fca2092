"""The evaluation material held out from tuning, in one place for every bench.

A held-out file is scored by the common evaluation (``forum-messages evaluate``, figures only)
and never read, drafted or trained on by a bench: the benches that walk the report files skip
``REPORT_FILES``, the statement-kind benches refuse ``KIND_SETS``. docs/quality.md's
statement-set table says when each set was written and when it was spent.
"""

from __future__ import annotations

from collections.abc import Iterable

#: held-out report files (``reports/``)
#: (test-global-tracks and test-cartagena are spent: development material since the
#: forty-sixth round of statement kinds, docs/quality.md "Two held-out files spent";
#: test-tallinn and test-tangier likewise since the fifty-fifth round, "Two more held-out
#: files spent"; test-colon since the fifty-eighth, "A held-out file spent: test-colon";
#: test-samarkand since the sixty-first, "A held-out file spent: test-samarkand";
#: test-tromso since the sixty-sixth, "A held-out file spent: test-tromso"; test-doha since
#: the seventieth, "A held-out file spent: test-doha")
REPORT_FILES = (
    "test-port-louis.yaml",
    "test-valparaiso.yaml",
    "test-vladivostok.yaml",
    "test-yerevan.yaml",
    "test-bata.yaml",
    "test-nouadhibou.yaml",
)
#: the same, as named under the evaluation folder
REPORTS = tuple(f"reports/{name}" for name in REPORT_FILES)
#: held-out statement-kind sets (``kinds/``; test5 ... test18 are spent: their looks are used)
KIND_SETS = tuple(f"kinds/test{n}.yaml" for n in ("", 2, 3, 4, 19, 20, 21, 22, 23, 24, 25, 26))


def is_held_out(path: object) -> bool:
    """Whether a report file's path (any form: a name, a relative or absolute path) is held out."""
    text = str(path).replace("\\", "/")
    return any(text == name or text.endswith("/" + name) for name in REPORT_FILES)


def readable(paths: Iterable[str]) -> list[str]:
    """The paths that are not held-out report files, in the order given."""
    return [p for p in paths if not is_held_out(p)]
