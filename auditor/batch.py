"""Audit a folder: one row per file (a result, an error or a skip), in parallel processes, cached in the store.

One bad file never stops the run: every failure becomes an error row and the loop goes on.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import io
import json
import multiprocessing
import os
import signal
import sqlite3
import stat
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from concurrent.futures import FIRST_COMPLETED, BrokenExecutor, Executor, ProcessPoolExecutor, wait
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any, Protocol

from .audit import IMAGE_SUFFIXES, TEXT_SUFFIXES, audit_bytes, error_result, read_input_bytes, sha256
from .errors import AuditorError, AuditTimeoutError, InputError, InputNotFoundError, ReportWriteError
from .models import AuditResult, Status
from .report import SCHEMA_VERSION, to_dict
from .result import as_result, bases_of, failed_checks, forms_of, words_to_json
from .store import NewInput, Store, pipeline_for
from .verdict import RULES_VERSION

SKIPPED = "skipped"  # a row status beside ok / no_magnesium / error: not a label file, nothing audited
MAX_FILE_BYTES = 64 * 1024 * 1024  # larger files are not read into memory at all (photos are a few MB)
REPORT_SUFFIXES = (".csv", ".jsonl", ".json", ".md")
# errors that follow from the content alone are cached like results, so a rerun needs no worker for them;
# a missing Tesseract, an OCR timeout or a crash may be fixed before the next run, so those are retried
CACHED_ERROR_CODES = frozenset({"bad_input", "bad_image"})
WAIT_POLL_S = 0.2  # how often a run checks the store for files another live run is auditing


@dataclass(frozen=True)
class Entry:
    """One thing found in the folder. `kind`: "text" | "image" to audit, "skip" or "error" with a reason."""

    path: Path
    name: str  # path relative to the folder, "/"-separated, always valid UTF-8
    kind: str
    reason: str = ""
    error_code: str = ""
    size_bytes: int = 0


@dataclass(frozen=True)
class Row:
    """One line of the batch report."""

    file: str
    status: str
    error: str = ""
    forms: tuple[str, ...] = ()
    basis: tuple[str, ...] = ()
    elemental_mg: float | None = None
    elemental_mg_per_day: float | None = None
    absorbed_mg_low: float | None = None
    absorbed_mg_estimate: float | None = None
    absorbed_mg_high: float | None = None
    absorbed_mg_per_day_estimate: float | None = None
    percent_dv: int | None = None
    verdict: str = ""
    reasons: tuple[str, ...] = ()
    check_failures: tuple[str, ...] = ()
    rules_version: str = RULES_VERSION
    sha256: str = ""
    cached: bool = False
    # `batch --products`: a product row's files, in order, and what they disagree on (issue 12)
    inputs: tuple[str, ...] = ()
    conflicts: tuple[str, ...] = ()


COLUMNS = tuple(f.name for f in fields(Row))


@dataclass(frozen=True)
class JobResult:
    """What a worker sends back: the contract dict (report.to_dict), the audit time, and for History the label (or
    OCR) text and the OCR word boxes."""

    result: dict
    seconds: float
    sha256: str = ""  # of the content the worker audited
    text: str | None = None
    words: list | None = None  # result.words_to_json rows


@dataclass(frozen=True)
class Summary:
    total: int
    by_status: dict[str, int]
    by_verdict: dict[str, int]
    by_form: dict[str, int]
    cached: int
    errors: tuple[Row, ...]


@dataclass(frozen=True)
class BatchReport:
    folder: str
    recursive: bool
    rows: tuple[Row, ...]
    seconds: float
    run_id: int | None = None
    resumed: bool = False
    audited: int = 0  # files sent to a worker (not served from the store)
    store_error: str | None = None  # the store could not be written (disk full): the rows are complete, not all stored

    @property
    def failed(self) -> int:
        return sum(1 for r in self.rows if r.status == Status.ERROR)

    def summary(self) -> Summary:
        audited = [r for r in self.rows if r.status in (Status.OK, Status.NO_MAGNESIUM)]
        by_form: Counter[str] = Counter()
        for r in audited:
            by_form[" + ".join(r.forms) if r.forms else "none"] += 1
        return Summary(
            total=len(self.rows),
            by_status=dict(Counter(r.status for r in self.rows)),
            by_verdict=dict(Counter(r.verdict or "none" for r in audited)),
            by_form=dict(by_form.most_common()),
            cached=sum(1 for r in self.rows if r.cached),
            errors=tuple(r for r in self.rows if r.status == Status.ERROR),
        )


# -- walking the folder -----------------------------------------------------------------------------------


def display_name(name: str) -> str:
    """A file name that any report or SQLite can hold: undecodable bytes become visible \\xNN escapes."""
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def _kind_for(name: str) -> str | None:
    suffix = Path(name).suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in IMAGE_SUFFIXES:
        return "image"
    return None


def _stat_failure(de: os.DirEntry, e: OSError) -> tuple[str, str]:
    if e.errno == errno.ELOOP:
        return "not_found", "symlink loop: the link points back to itself; remove or fix it"
    if de.is_symlink():
        return "not_found", "dangling symlink: its target does not exist"
    if isinstance(e, PermissionError):
        return "bad_input", "permission denied: the file cannot be read"
    return "bad_input", f"cannot read the file ({e.strerror or e})"


def walk(folder: str | Path, *, recursive: bool = False, exclude: Iterable[str | Path] = ()) -> list[Entry]:
    """Every entry of a folder, sorted by relative name; nothing is dropped silently.

    Folder symlinks are followed once: a folder reached again (a symlink loop or a second link) is a skip row.

    Args:
        folder: the folder to list.
        recursive: descend into subfolders (otherwise each is listed as a skip row).
        exclude: paths never audited (the report being written), listed as skip rows.
    """
    root = Path(folder)
    excluded = {os.path.abspath(p) for p in exclude}
    st_root = root.stat()
    seen_dirs = {(st_root.st_dev, st_root.st_ino)}
    out: list[Entry] = []
    stack: list[tuple[Path, str]] = [(root, "")]
    while stack:
        d, rel = stack.pop()
        try:
            with os.scandir(d) as it:
                children = list(it)
        except OSError as e:
            out.append(Entry(d, display_name(rel.rstrip("/") or "."), "error", f"cannot list the folder ({e.strerror or e})", "bad_input"))
            continue
        for de in children:
            name = display_name(rel + de.name)
            path = Path(de.path)
            if os.path.abspath(path) in excluded:
                out.append(Entry(path, name, "skip", "the report this run is writing"))
                continue
            try:
                st = os.stat(path)  # follows symlinks: a link to a label is audited like the label
            except OSError as e:
                code, reason = _stat_failure(de, e)
                out.append(Entry(path, name, "error", reason, code))
                continue
            if stat.S_ISDIR(st.st_mode):
                if not recursive:
                    out.append(Entry(path, name + "/", "skip", "folder (pass --recursive to audit its files)"))
                elif (st.st_dev, st.st_ino) in seen_dirs:
                    out.append(Entry(path, name + "/", "skip", "folder already visited (symlink loop or second link); not followed"))
                else:
                    seen_dirs.add((st.st_dev, st.st_ino))
                    stack.append((path, rel + de.name + "/"))
                continue
            kind = _kind_for(de.name)
            if kind is None:
                out.append(Entry(path, name, "skip", f"not a label photo or text (suffix {Path(de.name).suffix or 'none'!r})"))
            elif not stat.S_ISREG(st.st_mode):
                # reading a FIFO would block the whole run; sockets and devices are not labels either
                out.append(Entry(path, name, "error", "not a regular file (FIFO, socket or device); cannot be read as a label", "bad_input"))
            elif st.st_size > MAX_FILE_BYTES:
                out.append(Entry(path, name, "error", f"file is {st.st_size:,} bytes; the limit is {MAX_FILE_BYTES:,}", "bad_input"))
            else:
                out.append(Entry(path, name, kind, size_bytes=st.st_size))
    out.sort(key=lambda e: e.name)
    return out


# -- rows -------------------------------------------------------------------------------------------------


def row_from_result(name: str, d: dict | AuditResult, *, cached: bool = False) -> Row:
    """A report row from an audit, or its contract dict (fresh or from the store; read back by result.from_contract)."""
    r = as_result(d)
    sha = r.content_sha256 or ""
    if r.status is Status.ERROR:
        return Row(file=name, status=Status.ERROR.value, error=f"{r.error_code}: {r.error_message}", sha256=sha, cached=cached)
    band, band_day = r.absorbed_mg, r.absorbed_mg_per_day
    v = r.verdict
    return Row(
        file=name,
        status=r.status.value,
        forms=forms_of(r),
        basis=bases_of(r),
        elemental_mg=r.elemental_mg,
        elemental_mg_per_day=r.elemental_mg_per_day,
        absorbed_mg_low=band.low if band else None,
        absorbed_mg_estimate=band.estimate if band else None,
        absorbed_mg_high=band.high if band else None,
        absorbed_mg_per_day_estimate=band_day.estimate if band_day else None,
        percent_dv=r.percent_dv,
        verdict=v.level.value if v else "",
        reasons=v.reasons if v else (),
        check_failures=failed_checks(r),
        rules_version=(v.rules_version if v else "") or RULES_VERSION,
        sha256=sha,
        cached=cached,
    )


def _entry_row(e: Entry) -> Row:
    if e.kind == "skip":
        return Row(file=e.name, status=SKIPPED, error=e.reason)
    return Row(file=e.name, status=Status.ERROR.value, error=f"{e.error_code}: {e.reason}")


# -- the worker -------------------------------------------------------------------------------------------


def die_with_parent(parent_pid: int) -> None:
    """End this process when `parent_pid` is gone, so a batch killed with kill -9 leaves no workers behind (issue 13).

    Linux: the kernel sends SIGKILL at once (prctl PR_SET_PDEATHSIG). Elsewhere, and as a backstop, a daemon
    thread checks once a second whether the process was re-parented.
    """
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            # dlopen(NULL): libc's symbols without ctypes.util.find_library, which spawns ldconfig
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # 1 = PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent_pid:
                os._exit(1)

    threading.Thread(target=watch, name="auditor-parent-watch", daemon=True).start()


def preload_ocr(engine: str = "auto") -> None:
    """Load the OCR engines once in this process (a pool worker or a Dask worker), not on its first image."""
    try:
        from . import ocr
    except ImportError:  # the OCR package could not load (e.g. Pillow missing): each image job reports it
        return
    preload = getattr(ocr, "preload", None)
    if preload is None:
        return
    try:
        preload(engine=engine)
    except Exception:  # noqa: BLE001 — a worker that cannot preload must still start: each image job then reports why
        pass


def _worker_init(parent_pid: int | None = None, engine: str = "auto", preload: bool = False) -> None:
    os.environ["OMP_THREAD_LIMIT"] = "1"
    # one process per core: RapidOCR's onnxruntime takes one thread too (auditor.ocr.rapidocr reads this)
    os.environ.setdefault("AUDITOR_OCR_THREADS", "1")
    # Ctrl-C is handled by the parent, which cancels the pool; workers printing their own tracebacks is noise
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if parent_pid is not None:
        die_with_parent(parent_pid)
    if preload:
        preload_ocr(engine)


def _audit(data: bytes, name: str, engine: str) -> AuditResult:
    # "auto" is audit_bytes' default: leave it out, so this also runs against an audit_bytes without `engine`
    if engine == "auto":
        return audit_bytes(data, name)
    return audit_bytes(data, name, engine=engine)


def _within(seconds: float | None, fn: Callable[[], AuditResult], name: str) -> AuditResult:
    """fn() with a wall-clock limit. Past it the job answers with an error and the audit is left to finish in
    its thread: OCR cannot be interrupted from outside, but its own per-pass budget ends it soon after."""
    if seconds is None:
        return fn()
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["result"] = fn()
        except BaseException as e:  # handed to the caller's thread below
            box["error"] = e

    t = threading.Thread(target=run, name=f"audit {name}", daemon=True)
    t.start()
    t.join(seconds)
    if t.is_alive():
        raise AuditTimeoutError(f"the audit took longer than {seconds:g} s (--time-limit); crop the photo to the "
                                "Supplement Facts panel, or raise the limit", path=name)
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["result"]  # type: ignore[return-value]


def audit_job(data: bytes, name: str, engine: str = "auto", time_limit_s: float | None = None) -> JobResult:
    """Audit one file's bytes in a worker. Never raises: any failure becomes an error result.

    Takes bytes so that workers on other machines (Dask) need no shared disk; `audit_path_job` reads a
    shared path instead.

    Args:
        data: the file's content.
        name: its name in the report (its suffix says text or photo).
        engine: OCR engine ("auto", or one the OCR package names).
        time_limit_s: wall-clock limit for this file; None: only the OCR's own budget.
    """
    # set here too, not only in the pool initializer, so executors we do not build get it as well
    os.environ["OMP_THREAD_LIMIT"] = "1"
    t0 = time.perf_counter()
    digest = sha256(data)
    try:
        r = _within(time_limit_s, lambda: _audit(data, name, engine), name)
    except AuditorError as e:
        r = error_result(name, e, digest)
    except Exception as e:  # the batch loop's one broad except: record the failure, keep the run going
        r = AuditResult(input=name, status=Status.ERROR, error_code="internal_error",
                        error_message=f"{type(e).__name__}: {e}", content_sha256=digest)
    return JobResult(to_dict(r), time.perf_counter() - t0, digest, text=r.facts.text if r.facts is not None else None,
                     words=words_to_json(r.ocr.words) if r.ocr is not None else None)


def audit_path_job(path: str, name: str, engine: str = "auto", time_limit_s: float | None = None) -> JobResult:
    """Audit a file that the worker reads itself (workers that share the client's paths). Never raises.

    The result carries the sha256 of what the worker read, which the client stores it under (the file may
    have changed since the client hashed it).
    """
    try:
        data = read_input_bytes(path)
    except AuditorError as e:
        return JobResult(to_dict(error_result(name, e)), 0.0, "")
    return audit_job(data, name, engine, time_limit_s)


def _cacheable(d: dict) -> bool:
    return d["status"] != Status.ERROR or (d.get("error") or {}).get("code") in CACHED_ERROR_CODES


def default_workers() -> int:
    """Cores this process may use (the affinity mask, which containers and taskset narrow), at least 1."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def make_executor(workers: int | None = None, *, engine: str = "auto", preload: bool = False) -> ProcessPoolExecutor:
    """The default executor: one process per core, started with spawn; each worker dies with this process.

    spawn, not fork: the parent runs a progress-bar thread and holds a SQLite connection, neither of which
    survives a fork safely.

    Args:
        workers: processes (default: all cores).
        engine: OCR engine the workers preload.
        preload: load the OCR engines when each worker starts (when the batch has photos).
    """
    return ProcessPoolExecutor(
        max_workers=workers or default_workers(), mp_context=multiprocessing.get_context("spawn"),
        initializer=_worker_init, initargs=(os.getpid(), engine, preload),
    )


def _stop_executor(ex: Executor) -> None:
    # on Ctrl-C, don't wait for OCR in flight (up to the OCR time budget per image): stop the workers now
    ex.shutdown(wait=False, cancel_futures=True)
    terminate = getattr(ex, "terminate_workers", None)  # Python ≥ 3.14
    if terminate is not None:
        terminate()
        return
    for p in list((getattr(ex, "_processes", None) or {}).values()):
        p.terminate()


class JobPool(Protocol):
    """Where a batch's audits run when that is not a concurrent.futures executor (Dask: `batch_dask.DaskPool`)."""

    slots: int  # audits that run at once (the submit window is twice this)
    reads_paths: bool  # workers read the file at its path (shared disk) instead of getting its bytes
    max_send_bytes: int | None  # with bytes sent: larger files are error rows, never sent

    def submit(self, fn: Callable, *args) -> Any: ...

    def wait_some(self, futures: Collection, timeout: float | None = None) -> Iterable:
        """Block until at least one of `futures` is done (or `timeout` seconds pass); return the done ones."""
        ...

    def cancel(self, futures: Collection) -> None: ...


# -- the runner -------------------------------------------------------------------------------------------

OnRow = Callable[[Row, int, int], None]


def run_batch(
    folder: str | Path,
    *,
    recursive: bool = False,
    store: Store | None = None,
    executor: Executor | None = None,
    pool: JobPool | None = None,
    workers: int | None = None,
    max_in_flight: int | None = None,
    exclude: Iterable[str | Path] = (),
    on_row: OnRow | None = None,
    engine: str = "auto",
    time_limit_s: float | None = None,
    products: bool = False,
) -> BatchReport:
    """Audit every label file of a folder.

    Args:
        folder: the folder.
        recursive: include subfolders.
        store: cache and history; each result is committed as it arrives, so a killed run resumes. None: no cache.
        executor: where audits run (any concurrent.futures.Executor); None builds a process pool with
            `workers` processes, only if something needs auditing.
        pool: a JobPool instead of an executor (Dask distributed: `batch_dask.DaskPool`).
        workers: processes of the default pool (default: all cores).
        max_in_flight: files submitted but not finished; bounds memory (default: 2 per worker).
        exclude: paths listed as skipped, never audited (the report file).
        on_row: called after each row with (row, rows done, total), in completion order.
        engine: OCR engine for photos ("auto" lets the OCR package choose).
        time_limit_s: wall-clock limit per file in the worker; None: only the OCR's own budget.
        products: each sub-folder is one product (its photos and texts merged by auditor.product, one row each,
            its files in the row's `inputs`); files directly in the folder are rows of their own. Implies recursive.

    Returns:
        The report, rows in file-name order.

    Raises:
        InputNotFoundError: the folder does not exist.
        InputError: the path is not a folder.
    """
    t0 = time.perf_counter()
    root = Path(folder)
    if not root.exists():
        raise InputNotFoundError("no such folder", path=str(root))
    if not root.is_dir():
        raise InputError("this is a file, not a folder; use `auditor scan FILE` for one file", path=str(root))
    recursive = recursive or products
    entries = walk(root, recursive=recursive, exclude=exclude)
    total = len(entries)
    has_images = any(e.kind == "image" for e in entries)
    rows: dict[int, Row] = {}
    contracts: dict[int, dict] = {}  # each file's contract, kept for --products (the merge reads them)
    store_error: str | None = None

    def store_failed(err: ReportWriteError) -> None:
        # a full disk under the store: keep auditing without it (every row still reaches the report), and say so
        nonlocal store, store_error
        if store_error is None:
            store_error = f"{err}; from row {len(rows) + 1} of {total} on, results were not stored"
        store = None

    run = None
    if store is not None:
        try:
            run = store.start_run(str(root.resolve()), recursive=recursive)
        except ReportWriteError as err:
            store_failed(err)
    own_executor = executor is None and pool is None
    in_flight_max = max_in_flight or 2 * (pool.slots if pool is not None else (workers or default_workers()))
    pending: dict[Any, tuple] = {}  # future → (index, entry, bytes, sha256, pipeline, executor it ran on)
    waiting: list[tuple[int, Entry, str, str]] = []  # claimed by another live run: (index, entry, sha256, pipeline)
    retried: set[int] = set()
    audited = 0

    def emit(i: int, row: Row, *, audit_id: int | None = None, contract: dict | None = None) -> None:
        rows[i] = row
        if products and contract is not None:
            contracts[i] = contract
        if store and run:
            try:
                store.add_item(run.id, display_name(str(entries[i].path.absolute())), sha256=row.sha256 or None,
                               status=row.status, cached=row.cached, audit_id=audit_id)
            except ReportWriteError as err:
                store_failed(err)
        if on_row:
            on_row(row, len(rows), total)

    def submit(i: int, e: Entry, data: bytes | None, digest: str, pipeline: str) -> None:
        nonlocal executor
        if pool is not None:
            if pool.reads_paths:
                fut = pool.submit(audit_path_job, str(e.path.absolute()), e.name, engine, time_limit_s)
            else:
                fut = pool.submit(audit_job, data, e.name, engine, time_limit_s)
            pending[fut] = (i, e, None, digest, pipeline, None)  # Dask retries a lost worker's tasks itself
            return
        if executor is None:
            executor = make_executor(workers, engine=engine, preload=has_images)
        pending[executor.submit(audit_job, data, e.name, engine, time_limit_s)] = (i, e, data, digest, pipeline, executor)

    def wait_some(timeout: float | None = None) -> Iterable:
        if pool is not None:
            return pool.wait_some(pending, timeout=timeout)
        return wait(pending, timeout=timeout, return_when=FIRST_COMPLETED)[0]

    def failed_row(e: Entry, digest: str, exc: BaseException) -> Row:
        return Row(file=e.name, status=Status.ERROR.value, error=f"internal_error: worker failed ({type(exc).__name__}: {exc})", sha256=digest)

    def collect(fut) -> None:
        nonlocal executor
        item = pending.pop(fut, None)
        if item is None:  # a future of an earlier, cancelled run on the same Dask pool
            return
        i, e, data, digest, pipeline, ex = item
        try:
            job: JobResult = fut.result()
        except BrokenExecutor as exc:
            # a worker died (out of memory, a crash in a C library, killed): every file it had in flight fails
            # with it. Start a fresh pool of our own and give each such file one more try.
            if own_executor and i not in retried:
                retried.add(i)
                if ex is executor:
                    executor.shutdown(wait=False, cancel_futures=True)
                    executor = make_executor(workers, engine=engine, preload=has_images)
                submit(i, e, data, digest, pipeline)
                return
            job = None
            row = failed_row(e, digest, exc)
        except Exception as exc:  # the executor could not run or return the job (e.g. Dask: KilledWorker)
            job = None
            row = failed_row(e, digest, exc)
        audit_id = None
        if store and job is not None and _cacheable(job.result):
            try:
                # under the hash of what the worker read: a file changed since the client hashed it is stored as it is now
                # logged in History as it is stored (one transaction): a batch file newly audited is a scan too
                audit_id = store.put(job.sha256 or digest, pipeline, job.result, path=display_name(str(e.path.absolute())),
                                     seconds=job.seconds, engine=engine, log=NewInput(
                                         name=e.name, kind=e.kind if e.kind == "text" else "photo",
                                         path=display_name(str(e.path.absolute())), sha256=job.sha256 or digest, text=job.text,
                                         words_json=json.dumps(job.words) if job.words is not None else None))
            except ReportWriteError as err:
                store_failed(err)
        if store and run:
            try:
                store.release(digest, pipeline, run.id)  # stored, or failed: a run waiting on it takes over
            except ReportWriteError as err:
                store_failed(err)
        emit(i, row_from_result(e.name, job.result) if job is not None else row, audit_id=audit_id,
             contract=job.result if job is not None else None)

    def make_room() -> None:
        while len(pending) >= in_flight_max:
            for fut in wait_some():
                collect(fut)

    def claimed(digest: str, pipeline: str) -> bool:
        """This run may audit the content: no other live run on the store is auditing it (issue 13)."""
        if not (store and run):
            return True
        try:
            return store.claim(digest, pipeline, run.id)
        except ReportWriteError as err:
            store_failed(err)
            return True

    def cached_row(i: int, e: Entry, digest: str, pipeline: str) -> bool:
        if not store:
            return False
        try:
            hit = store.get(digest, pipeline)
        except sqlite3.Error:  # unreadable now: audit it instead
            return False
        if hit is None:
            return False
        emit(i, row_from_result(e.name, hit.result, cached=True), audit_id=hit.id, contract=hit.result)
        return True

    def start(i: int, e: Entry) -> bool:
        """Read, hash and look up one file; submit it unless the store has it or another run is on it.

        Returns:
            True when it was sent to a worker.
        """
        try:
            data = read_input_bytes(e.path)
        except AuditorError as err:
            bad = to_dict(error_result(e.name, err))
            emit(i, row_from_result(e.name, bad), contract=bad)
            return False
        digest = sha256(data)
        pipeline = pipeline_for(e.name, store, engine=engine) if store else ""
        if cached_row(i, e, digest, pipeline):
            return False
        if not claimed(digest, pipeline):
            waiting.append((i, e, digest, pipeline))
            return False
        make_room()
        submit(i, e, None if pool is not None and pool.reads_paths else data, digest, pipeline)
        return True

    def poll_waiting() -> int:
        """Files another run was auditing: take its result from the store, or the file itself once released."""
        n = 0
        for item in list(waiting):
            i, e, digest, pipeline = item
            if cached_row(i, e, digest, pipeline):
                waiting.remove(item)
            elif claimed(digest, pipeline):
                waiting.remove(item)
                n += start(i, e)
        return n

    # biggest photos first: OCR time grows with size, and a long photo started last leaves the other
    # workers idle at the end (rows are still reported in file-name order)
    order = sorted(range(total), key=lambda i: (entries[i].kind != "image", -entries[i].size_bytes, i))
    send_cap = pool.max_send_bytes if pool is not None and not pool.reads_paths else None
    try:
        for i in order:
            e = entries[i]
            if e.kind in ("skip", "error"):
                emit(i, _entry_row(e))
                continue
            if send_cap is not None and e.size_bytes > send_cap:
                emit(i, Row(file=e.name, status=Status.ERROR.value,
                            error=f"too_large_to_send: file is {e.size_bytes:,} bytes; files sent to Dask workers are limited "
                                  f"to {send_cap:,} (--dask-max-send-mb), or let workers read a shared folder (--dask-files shared)"))
                continue
            audited += start(i, e)
        while pending or waiting:
            if waiting:
                audited += poll_waiting()
            if pending:
                for fut in wait_some(WAIT_POLL_S if waiting else None):
                    collect(fut)
            elif waiting:
                time.sleep(WAIT_POLL_S)
    except BaseException:
        if store and run:
            with contextlib.suppress(ReportWriteError):
                store.finish_run(run.id, "interrupted")
        if pool is not None:
            pool.cancel(list(pending))
        elif own_executor and executor is not None:
            _stop_executor(executor)
            executor = None
        else:
            for fut in pending:
                fut.cancel()
        raise
    finally:
        if own_executor and executor is not None:
            executor.shutdown(wait=True)
    if store and run:
        try:
            store.finish_run(run.id, "done")
        except ReportWriteError as err:
            store_failed(err)
    out_rows = tuple(rows[i] for i in range(total))
    if products:
        try:
            out_rows = product_rows(entries, out_rows, contracts, store=store, engine=engine)
        except ReportWriteError as err:
            store_failed(err)
            out_rows = product_rows(entries, out_rows, contracts, store=None, engine=engine)
    return BatchReport(
        folder=str(root), recursive=recursive, rows=out_rows, seconds=time.perf_counter() - t0,
        run_id=run.id if run else None, resumed=run.resumed if run else False, audited=audited, store_error=store_error,
    )


# -- products: a sub-folder per product (issue 12) ------------------------------------------------------------


def _input_result(e: Entry, contract: dict | None, row: Row) -> AuditResult:
    """One file of a product as an audit with its facts re-read from its text (the merge needs every fact the
    parser finds, more than the contract keeps)."""
    from .audit import audit_text, decode_text
    from .result import from_contract

    if contract is None or contract.get("status") == Status.ERROR:
        code, _, message = (row.error or "internal_error: no result").partition(": ")
        return AuditResult(input=e.name, status=Status.ERROR, error_code=code, error_message=message, content_sha256=row.sha256 or None)
    stored = from_contract(contract)
    if stored.ocr is not None:
        text = stored.ocr.text
    else:
        try:
            text = decode_text(read_input_bytes(e.path), path=e.name)
        except AuditorError as err:  # changed or removed since it was audited
            return error_result(e.name, err, stored.content_sha256)
    return audit_text(text, input_name=e.name, ocr=stored.ocr, content_sha256=stored.content_sha256)


def product_rows(entries: list[Entry], rows: tuple[Row, ...], contracts: dict[int, dict], *, store: Store | None,
                 engine: str = "auto") -> tuple[Row, ...]:
    """`batch --products`: each sub-folder's files merged into one product row (cached and logged in History as a
    product); files directly in the folder keep their own rows. Rows in name order.

    Raises:
        ReportWriteError: the store cannot be written (the caller goes on without it).
    """
    from .product import PRODUCT_RULES_VERSION, audit_product, from_contract as product_from_contract, product_sha256
    from .product import to_dict as product_dict

    groups: dict[str, list[int]] = {}
    out: list[Row] = []
    for i, e in enumerate(entries):
        top, sep, _ = e.name.partition("/")
        if sep and e.name.rstrip("/") != top:
            groups.setdefault(top, []).append(i)
        else:
            out.append(rows[i])
    for top, idx in groups.items():
        files = [i for i in idx if entries[i].kind in ("text", "image") or rows[i].status == Status.ERROR]
        if not files:
            out.append(Row(file=top + "/", status=SKIPPED, error="no label photo or text in this product folder"))
            continue
        names = [entries[i].name.partition("/")[2] for i in files]
        results = [_input_result(entries[i], contracts.get(i), rows[i]) for i in files]
        digest = product_sha256(results)
        base = pipeline_for("x.jpg" if any(entries[i].kind == "image" for i in files) else "x.txt", store, engine) if store else ""
        pipeline = f"{base}; product {PRODUCT_RULES_VERSION}"
        hit = store.get(digest, pipeline) if store else None
        if hit is not None:
            p = product_from_contract(hit.result)
            cached = True
        else:
            try:
                p = audit_product(results, name=top, names=names)
            except AuditorError as err:  # e.g. more files than a product may have
                out.append(Row(file=top + "/", status=Status.ERROR.value, error=f"{err.code}: {err.message}", inputs=tuple(names)))
                continue
            cached = False
            if store is not None and p.result.status is not Status.ERROR:
                d = product_dict(p)
                store.log(d, kind="product", name=top, pipeline=pipeline, sha256=digest, engine=engine,
                          path=display_name(str(entries[files[0]].path.parent.absolute())),
                          inputs=[NewInput(name=n, kind="text" if r.ocr is None else "photo", path=display_name(str(entries[i].path.absolute())),
                                           sha256=r.content_sha256, text=r.facts.text if r.facts else None)
                                  for n, r, i in zip(names, results, files)],
                          cache=(digest, pipeline, None))
        row = row_from_result(top + "/", p.result, cached=cached)
        out.append(replace(row, inputs=tuple(p.names), conflicts=tuple(c.message for c in p.conflicts)))
    out.sort(key=lambda r: r.file)
    return tuple(out)


# -- report files -----------------------------------------------------------------------------------------


def _row_json(r: Row) -> dict:
    d = asdict(r)
    for k, v in d.items():
        if isinstance(v, tuple):
            d[k] = list(v)
    return d


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, tuple):
        # reasons are sentences that may hold ";"
        return " | ".join(v)
    if isinstance(v, float):
        return f"{v:g}"
    return str(v)


def _md_cell(v) -> str:
    return _cell(v).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def render_report(report: BatchReport, fmt: str) -> str:
    """The report as text: fmt is "csv", "jsonl", "json" or "md"."""
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(COLUMNS)
        for r in report.rows:
            w.writerow([_cell(getattr(r, c)) for c in COLUMNS])
        return buf.getvalue()
    if fmt == "jsonl":
        return "".join(json.dumps(_row_json(r), ensure_ascii=False) + "\n" for r in report.rows)
    if fmt == "json":
        s = report.summary()
        doc = {
            "schema_version": SCHEMA_VERSION,
            "folder": report.folder,
            "recursive": report.recursive,
            "rules_version": RULES_VERSION,
            "summary": {"total": s.total, "by_status": s.by_status, "by_verdict": s.by_verdict, "by_form": s.by_form, "cached": s.cached},
            "rows": [_row_json(r) for r in report.rows],
        }
        return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    if fmt == "md":
        lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
        lines += ["| " + " | ".join(_md_cell(getattr(r, c)) for c in COLUMNS) + " |" for r in report.rows]
        return "\n".join(lines) + "\n"
    raise InputError(f"unknown report format {fmt!r}; use one of {', '.join(s.lstrip('.') for s in REPORT_SUFFIXES)}")


def report_format(path: str | Path) -> str:
    """The report format for an output path, from its suffix.

    Raises:
        InputError: the suffix is not .csv, .jsonl, .json or .md.
    """
    suffix = Path(path).suffix.lower()
    if suffix not in REPORT_SUFFIXES:
        raise InputError(f"cannot tell the report format from {suffix or 'no suffix'!r}; name it .csv, .jsonl, .json or .md", path=str(path))
    return suffix.lstrip(".")


def _umask() -> int:
    mask = os.umask(0o022)  # reading the umask means setting it; put it straight back
    os.umask(mask)
    return mask


def write_atomic(path: str | Path, text: str) -> None:
    """Write a file so readers see the old version or the new one, never half of it.

    A symlink is kept: its target is what gets replaced (issue 13). A replaced file keeps its mode; a new one
    gets the user's umask, as any file they create.

    Raises:
        ReportWriteError: the folder is full, read-only or not writable; the old file, if any, is unchanged.
    """
    target = Path(os.path.realpath(path))
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as e:
        raise ReportWriteError(f"cannot write the report ({e.strerror or e})", path=str(path)) from None
    try:
        # mkstemp creates 0600: keep the mode of the file we replace, else what the umask gives a new file
        os.fchmod(fd, target.stat().st_mode & 0o7777 if target.exists() else 0o666 & ~_umask())
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException as e:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        if isinstance(e, OSError):
            hint = "; the old report is unchanged" if target.exists() else ""
            raise ReportWriteError(f"cannot write the report ({e.strerror or e}){hint}", path=str(path)) from None
        raise


def write_report(report: BatchReport, path: str | Path) -> None:
    """Write the report atomically in the format its suffix names (.csv, .jsonl, .json, .md)."""
    write_atomic(path, render_report(report, report_format(path)))
