"""Shared fixtures: the real embedder is loaded once per test run; forked children checked
for what they leave behind; the bench scripts loaded as modules."""

from __future__ import annotations

import importlib.util
import os
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from types import ModuleType

import pytest

from forum_messages.edition import parse_edition
from forum_messages.model import Edition


@pytest.fixture(scope="session")
def use_embedder():  # type: ignore[no-untyped-def]
    from forum_messages.nlp.use import USEEmbedder

    emb = USEEmbedder()
    emb.load()
    return emb


BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture(scope="session")
def bench_module() -> Callable[[str], ModuleType]:
    """Load ``bench/<name>.py`` as the module ``bench_<name>`` (each once a test run); the
    bench folder is put at the end of the import path, as the scripts import their shared
    neighbours (``common.py``, ``grouping_terms.py``) by name."""
    loaded: dict[str, ModuleType] = {}
    if str(BENCH) not in sys.path:
        sys.path.append(str(BENCH))

    def load(name: str) -> ModuleType:
        if name not in loaded:
            spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
            assert spec is not None and spec.loader is not None
            module = importlib.util.module_from_spec(spec)
            sys.modules[spec.name] = module  # dataclasses look their module up when defined
            spec.loader.exec_module(module)
            loaded[name] = module
        return loaded[name]

    return load


@pytest.fixture(scope="session")
def small_edition() -> Edition:
    return parse_edition(
        {
            "name": "Test Forum 2025",
            "year": 2025,
            "language": "en",
            "themes": [
                {
                    "key": "trust",
                    "title": {"en": "Digital Trust", "zh": "数字信任"},
                    "description": "Cybersecurity, online safety, incident response and trust.",
                },
                {
                    "key": "access",
                    "title": {"en": "Universal Access", "zh": "普遍接入"},
                    "description": "Affordable connectivity, community networks, inclusion.",
                },
            ],
            "global_south": {"regions": ["African Group", "Asia-Pacific Group"]},
        }
    )


def blas_threads() -> list[int]:
    """The thread count of each BLAS numpy and scipy loaded."""
    from threadpoolctl import threadpool_info

    return [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]


NothingLeft = Callable[..., AbstractContextManager[list[int]]]


@pytest.fixture
def nothing_left(monkeypatch: pytest.MonkeyPatch) -> NothingLeft:
    """``with nothing_left(seconds) as pids``: the pids of the children ``nlp.forked`` forks
    in the block; once it is left, each of them reaped (no zombie, nothing still running),
    every open file of this process as before (no pipe left open), nothing shared
    (``forked._SHARING``) and BLAS's threads as they were. A block still waiting for a child
    after ``seconds`` fails, instead of hanging the tests. Linux only (``/proc``)."""
    from forum_messages.nlp import forked

    if not hasattr(os, "fork") or not os.path.isdir("/proc/self/fd"):
        pytest.skip("forks, and open files listed in /proc")

    def open_fds() -> set[int]:
        return {int(fd) for fd in os.listdir("/proc/self/fd")}

    @contextmanager
    def watched(seconds: int = 60) -> Iterator[list[int]]:
        pids: list[int] = []
        spawn = forked._spawn

        def recorded(make: Callable[[], object]) -> tuple[int, int] | None:
            child = spawn(make)
            if child is not None:
                pids.append(child[0])
            return child

        def ring(*_: object) -> None:
            raise TimeoutError("still waiting for a child")

        monkeypatch.setattr(forked, "_spawn", recorded)
        fds, blas = open_fds(), blas_threads()
        old = signal.signal(signal.SIGALRM, ring)
        signal.alarm(seconds)
        left: list[int] = []
        try:
            yield pids
        finally:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, old)
            monkeypatch.setattr(forked, "_spawn", spawn)
            for pid in pids:  # not reaped (a zombie or still running): killed, the test fails
                try:
                    os.waitpid(pid, os.WNOHANG)
                except ChildProcessError:
                    continue
                left.append(pid)
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
        assert left == []
        assert open_fds() == fds and not forked._SHARING and blas_threads() == blas

    return watched
