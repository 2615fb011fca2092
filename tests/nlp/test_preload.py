"""Models loaded in a background thread while the inputs are read."""

from __future__ import annotations

import threading

import pytest

from forum_messages.errors import ConfigError
from forum_messages.nlp.preload import Preload


class _Model:
    def __init__(self, fail: bool = False) -> None:
        self.fail = fail
        self.loaded_in: str | None = None

    def load(self) -> None:
        self.loaded_in = threading.current_thread().name
        if self.fail:
            raise ConfigError("weights missing")


def test_models_load_in_threads_of_their_own_and_things_without_load_are_skipped() -> None:
    a, b = _Model(), _Model()
    loading = Preload(a, object(), b)
    loading.wait()
    assert {a.loaded_in, b.loaded_in} == {"model-load-0", "model-load-1"}
    assert threading.current_thread().name not in {a.loaded_in, b.loaded_in}


def test_a_loading_error_is_raised_by_wait_in_the_caller() -> None:
    ok = _Model()
    loading = Preload(ok, _Model(fail=True))
    with pytest.raises(ConfigError, match="weights missing"):
        loading.wait()
    assert ok.loaded_in is not None  # the other model loaded all the same


def test_loading_tells_whether_a_model_is_still_loading() -> None:
    release = threading.Event()

    class Slow:
        def load(self) -> None:
            release.wait(10)

    loading = Preload(_Model(), Slow())
    assert loading.loading()
    release.set()
    loading.wait()
    assert not loading.loading()


def test_the_lock_is_handed_over_quickly_while_a_model_loads_and_as_before_after() -> None:
    import sys

    from forum_messages.nlp.use import SWITCH_SECONDS

    seen: list[float] = []

    class Watched:
        def load(self) -> None:
            seen.append(sys.getswitchinterval())

    for thread in threading.enumerate():  # models of an earlier command, still loading
        if thread.name.startswith("model-load-"):
            thread.join()
    before = sys.getswitchinterval()
    sys.setswitchinterval(0.005)
    try:
        Preload(Watched()).wait()
        assert seen == [pytest.approx(SWITCH_SECONDS)]
        assert sys.getswitchinterval() == pytest.approx(0.005)
    finally:
        sys.setswitchinterval(before)
