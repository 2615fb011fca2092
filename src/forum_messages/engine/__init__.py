"""Where the heavy stages run: in this process (``local``) or over partitions on Dask.

An engine maps a pure function over partitions and gives the results back in partition
order. The stages that use one (language detection, campaign profiles, embedding, the
clustering inside k-means partitions) cut their input into the same partitions on every
engine and combine the results in the same order, so the same input and seed give the same
draft whichever engine ran them (see docs/scale.md).
"""

from __future__ import annotations

import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol, TypeVar

from forum_messages.errors import ConfigError

R = TypeVar("R")

ENGINES = ("local", "dask")


class Engine(Protocol):
    name: str

    def map(self, fn: Callable[..., R], parts: Iterable[tuple[Any, ...]]) -> Iterator[R]:
        """``fn(*part)`` for every part, in order (lazily: parts are read as results are
        taken, with a bounded number in flight)."""
        ...

    def ship(self, component: Any) -> Any:
        """``component`` as it should be passed to ``map``'s function."""
        ...

    def close(self) -> None: ...


class LocalEngine:
    """Everything in this process, one partition after the other."""

    name = "local"
    workers = 1

    def map(self, fn: Callable[..., R], parts: Iterable[tuple[Any, ...]]) -> Iterator[R]:
        for part in parts:
            yield fn(*part)

    def ship(self, component: Any) -> Any:
        return component

    def close(self) -> None:
        return None


class DaskEngine:
    """Partitions run as tasks on a ``dask.distributed`` cluster.

    ``scheduler`` is the address of a running scheduler (``tcp://host:8786``); without one a
    LocalCluster of ``workers`` processes with one task at a time each is started on this
    machine and stopped by :meth:`close`. By default there are as many workers as the cores
    hold encoders: the encoder runs on ``FORUM_MESSAGES_THREADS`` threads (default: one per
    core, at most 4), the same number in the workers as here.
    """

    name = "dask"

    def __init__(
        self, scheduler: str | None = None, workers: int | None = None, background: bool = False
    ) -> None:
        try:
            from distributed import Client  # noqa: F401 - needed below, here for its error
        except ImportError as exc:  # pragma: no cover - dask is a pinned dependency
            raise ConfigError(f"--engine dask needs the distributed package ({exc})") from exc
        self._cluster: Any = None
        self._client: Any = None
        self._workers = 1
        self._failed: BaseException | None = None
        self._starting: threading.Thread | None = None
        if workers is not None and workers < 1:
            raise ConfigError("--workers must be 1 or more")
        if scheduler and workers is not None:
            raise ConfigError(
                "--workers starts a local cluster; with --scheduler the cluster's own "
                "workers are used"
            )
        if background and not scheduler:  # the cluster starts while the driver reads
            self._starting = threading.Thread(
                target=self._start_in_background, args=(workers,), name="dask-start", daemon=True
            )
            self._starting.start()
        else:
            self._start(scheduler, workers)

    def _start(self, scheduler: str | None, workers: int | None) -> None:
        from distributed import Client, LocalCluster

        try:
            if scheduler:
                self._client = Client(scheduler, timeout="30s")
            else:
                import dask

                with dask.config.set(QUIET_CLUSTER):
                    self._cluster = LocalCluster(
                        n_workers=workers or default_workers(),
                        threads_per_worker=1,
                        processes=True,
                        dashboard_address=None,
                        # no dashboard, and the scheduler's small web server (health and
                        # metrics routes) on a free port of this machine only, not on 8787
                        scheduler_kwargs={"dashboard": False, "dashboard_address": "127.0.0.1:0"},
                        silence_logs=40,  # errors only: the draft's own output stays readable
                    )
                    self._client = Client(self._cluster)
        except (OSError, TimeoutError) as exc:
            self._stop()
            where = f"reach the scheduler {scheduler}" if scheduler else "start a local cluster"
            raise ConfigError(f"cannot {where}: {exc}") from exc
        self._workers = max(1, len(self._client.scheduler_info().get("workers", {})))

    def _start_in_background(self, workers: int | None) -> None:
        try:
            self._start(None, workers)
        except BaseException as exc:  # raised in the caller's thread on first use
            self._failed = exc

    def ready(self) -> bool:
        """Whether the cluster is up (or failed to start): using it would not wait."""
        return self._starting is None or not self._starting.is_alive()

    def _wait(self) -> None:
        if self._starting is not None:
            self._starting.join()
            self._starting = None
        if self._failed is not None:
            raise self._failed

    @property
    def client(self) -> Any:
        self._wait()
        return self._client

    @property
    def workers(self) -> int:
        self._wait()
        return self._workers

    def map(self, fn: Callable[..., R], parts: Iterable[tuple[Any, ...]]) -> Iterator[R]:
        window = 2 * self.workers + 1  # enough to keep every worker busy, bounded memory
        pending: deque[Any] = deque()
        for part in parts:
            args = [self._large(arg) for arg in part]
            pending.append(self.client.submit(fn, *args, pure=False))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()

    def _large(self, arg: Any) -> Any:
        """A large argument sent to the workers on its own (``scatter``) rather than inside
        the task graph, which the scheduler would have to hold and forward.

        It goes as one piece of data: ``scatter`` of a list (or tuple, dict, set) sends each
        item as data of its own, a key with its own records in the scheduler and the client
        for each of a batch's thousands of texts, which the task then names one by one."""
        if _size(arg) < SCATTER_BYTES:
            return arg
        (future,) = self.client.scatter([arg], hash=False)
        return future

    def ship(self, component: Any) -> Any:
        from forum_messages.engine.tasks import Shipped

        return Shipped(component)

    def close(self) -> None:
        if self._starting is not None:  # a cluster still starting is stopped once up
            self._starting.join()
            self._starting = None
        self._stop()

    def _stop(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None


#: Settings of a local cluster: no sampling profiler in the workers (a stack sample every
#: 10 ms of every task), and the event loops' and monitors' clocks slowed down. They serve
#: dashboards and diagnostics, which a draft does not show, and took CPU time from the work
#: on the cores the cluster shares with the driver (docs/benchmarks.md).
QUIET_CLUSTER: dict[str, object] = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
}

#: Arguments of a task at least this large go to the workers apart from the task graph.
SCATTER_BYTES = 1 << 20


def _size(arg: Any) -> int:
    """About how many bytes ``arg`` takes to send (arrays and text lists; 0 otherwise)."""
    nbytes = getattr(arg, "nbytes", None)
    if isinstance(nbytes, int):
        return nbytes
    if isinstance(arg, (list, tuple)) and arg and isinstance(arg[0], str):
        return sum(len(x) for x in arg if isinstance(x, str))
    return 0


def default_workers() -> int:
    """Workers of a local cluster: the cores divided by the encoder's threads."""
    from forum_messages.nlp.use import threads_from_env

    cores = os.cpu_count() or 1
    return max(1, cores // (threads_from_env() or min(cores, 4)))


def make_engine(
    name: str, scheduler: str | None = None, workers: int | None = None, background: bool = False
) -> Engine:
    """The engine called ``name`` (``local`` or ``dask``); with ``background``, a local
    cluster starts in a thread while the caller goes on (:meth:`DaskEngine.ready`)."""
    if name == "local":
        if scheduler or workers is not None:
            raise ConfigError("--scheduler and --workers need --engine dask")
        return LocalEngine()
    if name == "dask":
        return DaskEngine(scheduler, workers, background)
    raise ConfigError(f"--engine must be one of {', '.join(ENGINES)}, not {name!r}")


def chunks(n: int, size: int) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of consecutive ranges of ``size`` covering ``range(n)``."""
    for start in range(0, n, size):
        yield start, min(start + size, n)


def tapered(n: int, size: int, per_part: int, workers: int) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of partitions covering ``range(n)``: ``per_part`` chunks of ``size``
    each, except the last ``workers * per_part`` chunks, one a partition, so that the workers
    finish together (a partition is a chunk or a run of whole chunks: the chunks themselves,
    and so what is computed from each, are those of :func:`chunks`)."""
    cuts = [start for start, _end in chunks(n, size)]
    tail = min(len(cuts), workers * per_part) if workers > 1 and per_part > 1 else 0
    head = len(cuts) - tail
    starts = cuts[:head:per_part] + cuts[head:]
    for k, start in enumerate(starts):
        yield start, starts[k + 1] if k + 1 < len(starts) else n
