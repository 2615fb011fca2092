"""The models' unpacked copies for the cold-draft benchmarks (``cold.py``, ``stages.py``).

A draft reads the encoder's and the language model's weights from uncompressed copies that
the first run writes (``nlp/unpacked.py``), and only the two most recently used copies of
each model are kept in the shared cache folder. Where several installs of the package take
turns (several virtual environments on one machine), each run of one install finds its
copies removed by the others and writes them again: 1-2.5 s of CPU and 150 MB written that
a user with one install pays only on the first run. The benchmarks therefore keep their own
folder, one per interpreter, and fill it before the timed runs, so that they time what a
user's second and later runs cost. ``FORUM_MESSAGES_CACHE`` set by the caller is kept.

For the same reason the package's modules are compiled to bytecode first (``compileall``,
into the source tree's ``__pycache__`` folders), as an install or a user's first run does:
with ``PYTHONDONTWRITEBYTECODE`` set (as in some shells and containers) and a source tree on
``PYTHONPATH`` or installed in editable mode, every timed run would otherwise compile the
package's 250 modules again, about 0.1 s of CPU and 0.3 s of wall time at the start of
a cold draft.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import MutableMapping
from pathlib import Path

CACHE_ENV = "FORUM_MESSAGES_CACHE"

_LOAD = (
    "import compileall, os, forum_messages\n"
    "compileall.compile_dir(os.path.dirname(forum_messages.__file__), quiet=1)\n"
    "from forum_messages.nlp.use import USEEmbedder\n"
    "from forum_messages.nlp.language import UNLanguageDetector\n"
    "USEEmbedder(threads=1).load()\n"
    "UNLanguageDetector().load()\n"
)


def own_cache(env: MutableMapping[str, str]) -> str:
    """Sets ``env``'s cache folder to this interpreter's own (unless one is set); returns it."""
    if not env.get(CACHE_ENV, "").strip():
        env[CACHE_ENV] = str(Path(sys.prefix) / "forum-messages-bench-cache")
    return env[CACHE_ENV]


def warm(env: MutableMapping[str, str], source: Path | None = None) -> None:
    """Loads both models once in a child process with ``env`` (and the package from
    ``source``, a src folder, when given), which writes any copy that is missing, after
    compiling the package's modules."""
    run_env = dict(env)
    if source is not None:
        run_env["PYTHONPATH"] = str(source)
    subprocess.run([sys.executable, "-c", _LOAD], env=run_env, check=True)


def prepare(source: Path | None = None) -> str:
    """This process's environment given its own cache folder, filled; returns the folder."""
    folder = own_cache(os.environ)
    warm(os.environ, source)
    return folder
