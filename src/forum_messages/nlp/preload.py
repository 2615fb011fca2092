"""Load the models in threads while the command reads its inputs.

A cold draft spends its first seconds importing the pipeline, reading the reports and
loading the sentence encoder's weights and the language model. The loading reads and
unpacks arrays (numpy, zlib and lzma let other threads run meanwhile), so it overlaps the
rest; each model loads in a thread of its own, so that one model's unpacking overlaps the
other's interpreted work too.

While a model loads, the interpreter hands its lock over quickly (``use.quick_handoff``):
a loading thread lets go of the lock for each read from a file and each large numpy
operation, and with the main thread busy importing and reading, it would otherwise wait up
to 5 ms to get it back every time (the encoder's loading took 0.6 s instead of 0.3 s).
"""

from __future__ import annotations

import threading
from typing import Protocol


class Loadable(Protocol):
    def load(self) -> None: ...


class Preload:
    """Calls ``load()`` on each model in a background thread of its own; :meth:`wait` joins
    them and raises what a loading raised (the first model's error first), in the caller's
    thread."""

    def __init__(self, *models: object) -> None:
        self._models = [m for m in models if callable(getattr(m, "load", None))]
        self._errors: list[BaseException | None] = [None] * len(self._models)
        self._threads = [
            threading.Thread(target=self._run, args=(i,), name=f"model-load-{i}", daemon=True)
            for i in range(len(self._models))
        ]
        for thread in self._threads:
            thread.start()

    def _run(self, index: int) -> None:
        from forum_messages.nlp.use import quick_handoff

        try:
            with quick_handoff():  # scheduling only: the models are the same
                self._models[index].load()  # type: ignore[attr-defined]
        except BaseException as exc:  # re-raised by wait(), in the caller's thread
            self._errors[index] = exc

    def loading(self) -> bool:
        """Whether a model is still loading."""
        return any(thread.is_alive() for thread in self._threads)

    def wait(self) -> None:
        for thread in self._threads:
            thread.join()
        for error in self._errors:
            if error is not None:
                raise error
