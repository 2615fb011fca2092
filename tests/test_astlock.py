"""ast.parse is serialised across threads (CPython 3.11's shared AST depth counter)."""

from __future__ import annotations

import ast
import subprocess
import sys

import forum_messages
from forum_messages import astlock

# Four threads parse numpy-style array headers while garbage collections run finalisers and
# the interpreter switches threads as often as it can: on CPython 3.11 without the lock this
# fails within a few hundred parses ("AST constructor recursion depth mismatch").
RACE = """
import sys, threading, gc
{prelude}
import ast
sys.setswitchinterval(1e-6)
gc.set_threshold(5, 2, 2)

class Finalised:
    def __del__(self):
        sum(range(50))

errors = []

def work():
    try:
        for _ in range(300):
            junk = [Finalised() for _ in range(20)]
            for _ in range(5):
                cycle = [Finalised()]
                cycle.append(cycle)
            del junk
            ast.literal_eval(
                "{{'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), "
                "'more': [[1, (2, 3)], {{'a': 1}}]}}"
            )
    except Exception as exc:
        errors.append(repr(exc))

threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(errors), errors[:1])
"""


def _race(prelude: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", RACE.format(prelude=prelude)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout.strip()


def test_threads_parse_without_clashing_once_the_package_is_imported() -> None:
    for _ in range(3):
        assert _race("import forum_messages") == "0 []"


def test_the_lock_is_installed_once_and_parses_as_before() -> None:
    assert forum_messages.__version__
    assert astlock.installed()
    wrapped = ast.parse
    astlock.install()
    assert ast.parse is wrapped
    assert ast.literal_eval("{'shape': (3, 4)}") == {"shape": (3, 4)}
    assert isinstance(ast.parse("x = 1"), ast.Module)
