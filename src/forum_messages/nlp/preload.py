"""Load the models in a thread while the command reads its inputs.

A cold draft spends its first seconds importing the pipeline, reading the reports and
loading the sentence encoder's weights and the language model. The loading reads and
unpacks arrays (numpy and zlib let other threads run meanwhile), so it overlaps the rest.
"""

from __future__ import annotations

import threading
from typing import Protocol


class Loadable(Protocol):
    def load(self) -> None: ...


class Preload:
    """Calls ``load()`` on each model in a background thread; :meth:`wait` joins it and
    raises what the loading raised, in the caller's thread."""

    def __init__(self, *models: object) -> None:
        self._models = [m for m in models if callable(getattr(m, "load", None))]
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="model-load", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            for model in self._models:
                model.load()  # type: ignore[attr-defined]
        except BaseException as exc:  # re-raised by wait(), in the caller's thread
            self._error = exc

    def wait(self) -> None:
        self._thread.join()
        if self._error is not None:
            raise self._error
