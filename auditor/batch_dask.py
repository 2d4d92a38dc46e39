"""Dask distributed as a batch executor: connect to a scheduler (or start a LocalCluster), load OCR once per worker,
submit in a bounded window and collect through `distributed.as_completed`.

Only the client process writes the store; workers audit and send back the contract dict. Needs the `dask`
extra (`pip install 'auditor[dask]'`); nothing here is imported unless `auditor batch --dask` is used.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import signal
import threading
import time
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from .errors import ClusterUnavailableError

INSTALL_HINT = "install it with `pip install 'auditor[dask]'` (or `pip install distributed`)"
DEFAULT_CONNECT_TIMEOUT_S = 10.0
DEFAULT_MAX_SEND_MB = 32  # photos are a few MB; a larger payload belongs on a shared disk, not in the task graph
_LOCAL = re.compile(r"^local(?::(?P<workers>[1-9][0-9]*))?$")
_REMOTE = re.compile(r"^(?P<scheme>tcp|tls|ws|wss|inproc)://(?P<host>\[[^\]]+\]|[^:/\[\]]+)(?::(?P<port>[0-9]{1,5}))?$")


@dataclass(frozen=True)
class DaskTarget:
    """What `--dask ADDRESS` asks for: a LocalCluster of `local_workers` processes, or a scheduler's address."""

    address: str | None = None
    local_workers: int | None = None

    @property
    def is_local(self) -> bool:
        return self.address is None


def parse_target(text: str, *, default_workers: int = 2) -> DaskTarget:
    """`local`, `local:N` or `tcp://HOST:PORT` (also tls://, ws://, wss://).

    Raises:
        ValueError: anything else, with what is accepted.
    """
    s = text.strip()
    m = _LOCAL.match(s)
    if m:
        return DaskTarget(local_workers=int(m["workers"]) if m["workers"] else default_workers)
    m = _REMOTE.match(s)
    if m and (m["port"] is None or 0 < int(m["port"]) < 65536):
        return DaskTarget(address=s if m["port"] else f"{s}:8786")
    raise ValueError(f"{text!r} is not a Dask scheduler; give tcp://HOST:PORT, local or local:N")


def _distributed():
    try:
        import distributed
    except ImportError:
        raise ClusterUnavailableError(f"`--dask` needs Dask distributed, which is not installed; {INSTALL_HINT}") from None
    return distributed


def _plugin_class():
    distributed = _distributed()

    class AuditorWorkerPlugin(distributed.WorkerPlugin):
        """Runs once in each worker as it joins: one OCR thread per process and the OCR engines loaded, so no
        image pays for loading them. (A LocalCluster's workers already die with the client: Dask's nanny
        processes watch their parent.)"""

        idempotent = False  # a new batch's settings (engine) replace an older one's

        def __init__(self, engine: str = "auto", preload: bool = True) -> None:
            self.engine = engine
            self.preload = preload

        def setup(self, worker) -> None:
            from .batch import preload_ocr

            os.environ["OMP_THREAD_LIMIT"] = "1"
            if self.preload:
                preload_ocr(self.engine)

    return AuditorWorkerPlugin


def worker_plugin(engine: str = "auto", *, preload: bool = True):
    """The WorkerPlugin that prepares each worker (defined lazily: `distributed` is an optional dependency).

    Dask sends the class itself (cloudpickle); its setup imports auditor, which the workers need installed to
    audit at all.
    """
    return _plugin_class()(engine, preload)


class DaskPool:
    """A `batch.JobPool` on a Dask client: tasks go to the cluster, finished ones come back through `as_completed`.

    Args:
        connect: returns the connected `distributed.Client`; called on the first submit, so a batch served
            entirely from the store starts no local cluster.
        slots: audits that run at once (the worker threads).
        reads_paths: workers read each file at the client's path (they share the disk); else its bytes are sent.
        max_send_bytes: with bytes sent, the largest file sent (larger files become error rows).
    """

    def __init__(self, connect: Callable[[], Any], *, slots: int, reads_paths: bool,
                 max_send_bytes: int | None = DEFAULT_MAX_SEND_MB * 1024 * 1024) -> None:
        self._connect = connect
        self._client = None
        self._completed = None
        # set by dask_pool's SIGINT handler: a KeyboardInterrupt that lands in one of Dask's finalizers or
        # callbacks is swallowed there ("Exception ignored in …"), so the pool raises it again at its next step
        self.interrupted = threading.Event()
        self.slots = max(1, slots)
        self.reads_paths = reads_paths
        self.max_send_bytes = None if reads_paths else max_send_bytes

    def _check(self) -> None:
        if self.interrupted.is_set():
            raise KeyboardInterrupt

    @property
    def client(self):
        if self._client is None:
            self._check()
            self._client = self._connect()
            self._completed = _distributed().as_completed(loop=self._client.loop)
        self._check()
        return self._client

    def submit(self, fn: Callable, *args) -> Any:
        # pure=False: two files with the same bytes and name in one run are still two rows (and two tasks)
        fut = self.client.submit(fn, *args, pure=False)
        self._completed.add(fut)
        return fut

    def wait_some(self, futures: Collection, timeout: float | None = None) -> Iterable:
        deadline = None if timeout is None else time.monotonic() + timeout
        while not self._completed.has_ready():
            self._check()
            if deadline is not None and time.monotonic() >= deadline:
                return []
            time.sleep(0.01)
        return self._completed.next_batch(block=False)

    def cancel(self, futures: Collection) -> None:
        if self._client is None:
            return
        if futures:
            with contextlib.suppress(Exception):  # the scheduler may be gone already
                self._client.cancel(list(futures), force=True)
        self._completed.clear()


@contextlib.contextmanager
def dask_pool(
    target: DaskTarget,
    *,
    files: str = "auto",
    max_send_mb: float = DEFAULT_MAX_SEND_MB,
    engine: str = "auto",
    preload: bool = True,
    connect_timeout_s: float = DEFAULT_CONNECT_TIMEOUT_S,
) -> Iterator[DaskPool]:
    """A DaskPool on a scheduler (or on a LocalCluster started at the first audit and stopped on exit), its workers
    prepared by `worker_plugin`.

    Args:
        target: from `parse_target`.
        files: "shared" (workers read the paths), "send" (the client sends each file's bytes) or "auto"
            (shared for a LocalCluster, send for a remote scheduler).
        max_send_mb: with "send", larger files are error rows instead of task-graph payloads.
        engine: OCR engine the workers preload and use.
        preload: load the OCR engines in each worker as it starts.
        connect_timeout_s: how long to try the scheduler, and to wait for its first worker.

    Raises:
        ClusterUnavailableError: Dask is missing, the scheduler cannot be reached, or no worker joins in time
            (a remote scheduler is tried here, before any work).
    """
    distributed = _distributed()
    import dask

    if files not in ("auto", "shared", "send"):
        raise ValueError(f"files must be auto, shared or send, not {files!r}")
    reads_paths = files == "shared" or (files == "auto" and target.is_local)
    with contextlib.ExitStack() as stack:
        pools: list[DaskPool] = []
        if threading.current_thread() is threading.main_thread():
            def on_sigint(signum, frame):
                for pool in pools:
                    pool.interrupted.set()
                raise KeyboardInterrupt

            previous = signal.signal(signal.SIGINT, on_sigint)
            stack.callback(signal.signal, signal.SIGINT, previous)
        # a label photo is a few MB; Dask warns above 10 MB per graph, which only max_send_mb's largest files reach
        stack.enter_context(dask.config.set({"distributed.admin.large-graph-warning-threshold": f"{max(64, max_send_mb * 2)}MB"}))

        def prepare(client, where: str):
            try:
                client.wait_for_workers(1, timeout=connect_timeout_s)
            except (OSError, TimeoutError):
                raise ClusterUnavailableError(
                    f"no Dask worker joined {where} within {connect_timeout_s:g} s; "
                    f"start one with `dask worker {target.address or 'ADDRESS'}`"
                ) from None
            plugin = worker_plugin(engine, preload=preload)
            try:
                client.register_plugin(plugin, name="auditor")
            except ModuleNotFoundError as e:
                raise ClusterUnavailableError(f"the Dask workers cannot import {e.name!r}: install auditor in the workers' "
                                              "environment (`pip install 'auditor[dask]'`)") from None
            return client

        if target.is_local:
            def connect():
                cluster = stack.enter_context(distributed.LocalCluster(
                    n_workers=target.local_workers, threads_per_worker=1, processes=True,
                    # the scheduler's HTTP endpoints otherwise listen on every interface, port 8787
                    dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR,
                ))
                client = stack.enter_context(distributed.Client(cluster, set_as_default=False))
                return prepare(client, f"a local cluster of {target.local_workers} worker process(es)")

            pools.append(DaskPool(connect, slots=target.local_workers or 1, reads_paths=reads_paths,
                                  max_send_bytes=int(max_send_mb * 1024 * 1024)))
            yield pools[0]
            return
        try:
            client = distributed.Client(target.address, timeout=connect_timeout_s, set_as_default=False)
        except (OSError, TimeoutError) as e:
            raise ClusterUnavailableError(
                f"cannot reach the Dask scheduler at {target.address} within {connect_timeout_s:g} s ({type(e).__name__}); "
                "start one with `dask scheduler` and workers with `dask worker ADDRESS`, or use --dask local"
            ) from None
        stack.enter_context(client)
        prepare(client, f"the scheduler at {target.address}")
        pools.append(DaskPool(lambda: client, slots=sum(client.nthreads().values()), reads_paths=reads_paths,
                              max_send_bytes=int(max_send_mb * 1024 * 1024)))
        yield pools[0]
