"""Audit a folder: one row per file (a result, an error or a skip), in parallel processes, cached in the store.

One bad file never stops the run: every failure becomes an error row and the loop goes on.
"""

from __future__ import annotations

import csv
import errno
import io
import json
import multiprocessing
import os
import signal
import stat
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, BrokenExecutor, Executor, Future, ProcessPoolExecutor, wait
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from .audit import IMAGE_SUFFIXES, TEXT_SUFFIXES, audit_bytes, error_result, read_input_bytes, sha256
from .errors import AuditorError, InputError, InputNotFoundError
from .models import AuditResult, Status
from .report import SCHEMA_VERSION, to_dict
from .store import Store, pipeline_for
from .verdict import RULES_VERSION

SKIPPED = "skipped"  # a row status beside ok / no_magnesium / error: not a label file, nothing audited
MAX_FILE_BYTES = 64 * 1024 * 1024  # larger files are not read into memory at all (photos are a few MB)
REPORT_SUFFIXES = (".csv", ".jsonl", ".json", ".md")
# errors that follow from the content alone are cached like results, so a rerun needs no worker for them;
# a missing Tesseract, an OCR timeout or a crash may be fixed before the next run, so those are retried
CACHED_ERROR_CODES = frozenset({"bad_input", "bad_image"})


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


COLUMNS = tuple(f.name for f in fields(Row))


@dataclass(frozen=True)
class JobResult:
    """What a worker sends back: the contract dict (report.to_dict) and the audit time."""

    result: dict
    seconds: float


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


def row_from_result(name: str, d: dict, *, cached: bool = False) -> Row:
    """A report row from a schema_version 1 contract dict (fresh or from the store)."""
    sha = d.get("sha256") or ""
    if d["status"] == Status.ERROR:
        err = d.get("error") or {}
        return Row(file=name, status=Status.ERROR.value, error=f"{err.get('code')}: {err.get('message')}", sha256=sha, cached=cached)
    mg = d.get("magnesium") or {}
    sources = mg.get("sources") or []
    forms: list[str] = []
    basis: list[str] = []
    for s in sources:
        for f in s.get("forms") or [s["form"]]:
            if f not in forms:
                forms.append(f)
        if s["basis"] not in basis:
            basis.append(s["basis"])
    band = mg.get("absorbed_mg") or {}
    band_day = mg.get("absorbed_mg_per_day") or {}
    v = d.get("verdict") or {}
    checks = mg.get("checks") or d.get("checks") or []
    return Row(
        file=name,
        status=d["status"],
        forms=tuple(forms),
        basis=tuple(basis),
        elemental_mg=mg.get("elemental_mg"),
        elemental_mg_per_day=mg.get("elemental_mg_per_day"),
        absorbed_mg_low=band.get("low"),
        absorbed_mg_estimate=band.get("estimate"),
        absorbed_mg_high=band.get("high"),
        absorbed_mg_per_day_estimate=band_day.get("estimate"),
        percent_dv=mg.get("percent_dv"),
        verdict=v.get("level") or "",
        reasons=tuple(v.get("reasons") or ()),
        check_failures=tuple(c["id"] for c in checks if c.get("ok") is False),
        rules_version=v.get("rules_version") or RULES_VERSION,
        sha256=sha,
        cached=cached,
    )


def _entry_row(e: Entry) -> Row:
    if e.kind == "skip":
        return Row(file=e.name, status=SKIPPED, error=e.reason)
    return Row(file=e.name, status=Status.ERROR.value, error=f"{e.error_code}: {e.reason}")


# -- the worker -------------------------------------------------------------------------------------------


def _worker_init() -> None:
    os.environ["OMP_THREAD_LIMIT"] = "1"
    # Ctrl-C is handled by the parent, which cancels the pool; workers printing their own tracebacks is noise
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def audit_job(data: bytes, name: str) -> JobResult:
    """Audit one file's bytes in a worker. Never raises: any failure becomes an error result.

    Takes bytes rather than a path so that workers on other machines (a Dask executor) need no shared disk.
    """
    # set here too, not only in the pool initializer, so executors we do not build get it as well
    os.environ["OMP_THREAD_LIMIT"] = "1"
    t0 = time.perf_counter()
    digest = sha256(data)
    try:
        r = audit_bytes(data, name)
    except AuditorError as e:
        r = error_result(name, e, digest)
    except Exception as e:  # the batch loop's one broad except: record the failure, keep the run going
        r = AuditResult(input=name, status=Status.ERROR, error_code="internal_error",
                        error_message=f"{type(e).__name__}: {e}", content_sha256=digest)
    return JobResult(to_dict(r), time.perf_counter() - t0)


def _cacheable(d: dict) -> bool:
    return d["status"] != Status.ERROR or (d.get("error") or {}).get("code") in CACHED_ERROR_CODES


def default_workers() -> int:
    """Cores this process may use (the affinity mask, which containers and taskset narrow), at least 1."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def make_executor(workers: int | None = None) -> ProcessPoolExecutor:
    """The default executor: one process per core, started with spawn.

    spawn, not fork: the parent runs a progress-bar thread and holds a SQLite connection, neither of which
    survives a fork safely.
    """
    return ProcessPoolExecutor(
        max_workers=workers or default_workers(), mp_context=multiprocessing.get_context("spawn"), initializer=_worker_init
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


# -- the runner -------------------------------------------------------------------------------------------

OnRow = Callable[[Row, int, int], None]


def run_batch(
    folder: str | Path,
    *,
    recursive: bool = False,
    store: Store | None = None,
    executor: Executor | None = None,
    workers: int | None = None,
    max_in_flight: int | None = None,
    exclude: Iterable[str | Path] = (),
    on_row: OnRow | None = None,
) -> BatchReport:
    """Audit every label file of a folder.

    Args:
        folder: the folder.
        recursive: include subfolders.
        store: cache and history; each result is committed as it arrives, so a killed run resumes. None: no cache.
        executor: where audits run (any concurrent.futures.Executor, e.g. Dask's `Client.get_executor()`);
            None builds a process pool with `workers` processes, only if something needs auditing.
        workers: processes of the default pool (default: all cores).
        max_in_flight: files submitted but not finished; bounds memory (default: 2 per worker).
        exclude: paths listed as skipped, never audited (the report file).
        on_row: called after each row with (row, rows done, total), in completion order.

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
    entries = walk(root, recursive=recursive, exclude=exclude)
    total = len(entries)
    rows: dict[int, Row] = {}
    run = store.start_run(str(root.resolve()), recursive=recursive) if store else None
    own_executor = executor is None
    in_flight_max = max_in_flight or 2 * (workers or default_workers())
    pending: dict[Future, tuple] = {}  # future → (index, entry, bytes, sha256, pipeline, executor it ran on)
    retried: set[int] = set()
    audited = 0

    def emit(i: int, row: Row, *, audit_id: int | None = None) -> None:
        rows[i] = row
        if store and run:
            store.add_item(run.id, display_name(str(entries[i].path.absolute())), sha256=row.sha256 or None, status=row.status,
                           cached=row.cached, audit_id=audit_id)
        if on_row:
            on_row(row, len(rows), total)

    def submit(i: int, e: Entry, data: bytes, digest: str, pipeline: str) -> None:
        nonlocal executor
        if executor is None:
            executor = make_executor(workers)
        pending[executor.submit(audit_job, data, e.name)] = (i, e, data, digest, pipeline, executor)

    def collect(fut: Future) -> None:
        nonlocal executor
        i, e, data, digest, pipeline, ex = pending.pop(fut)
        try:
            job: JobResult = fut.result()
        except BrokenExecutor as exc:
            # a worker died (out of memory, a crash in a C library, killed): every file it had in flight fails
            # with it. Start a fresh pool of our own and give each such file one more try.
            if own_executor and i not in retried:
                retried.add(i)
                if ex is executor:
                    executor.shutdown(wait=False, cancel_futures=True)
                    executor = make_executor(workers)
                submit(i, e, data, digest, pipeline)
                return
            emit(i, Row(file=e.name, status=Status.ERROR.value, error=f"internal_error: worker failed ({type(exc).__name__}: {exc})", sha256=digest))
            return
        except Exception as exc:  # the executor could not run or return the job (e.g. a remote worker lost)
            emit(i, Row(file=e.name, status=Status.ERROR.value, error=f"internal_error: worker failed ({type(exc).__name__}: {exc})", sha256=digest))
            return
        audit_id = None
        if store and _cacheable(job.result):
            audit_id = store.put(digest, pipeline, job.result, path=display_name(str(e.path.absolute())), seconds=job.seconds)
        emit(i, row_from_result(e.name, job.result), audit_id=audit_id)

    # biggest photos first: OCR time grows with size, and a long photo started last leaves the other
    # workers idle at the end (rows are still reported in file-name order)
    order = sorted(range(total), key=lambda i: (entries[i].kind != "image", -entries[i].size_bytes, i))
    try:
        for i in order:
            e = entries[i]
            if e.kind in ("skip", "error"):
                emit(i, _entry_row(e))
                continue
            try:
                data = read_input_bytes(e.path)
            except AuditorError as err:
                emit(i, row_from_result(e.name, to_dict(error_result(e.name, err))))
                continue
            digest = sha256(data)
            pipeline = pipeline_for(e.name, store) if store else ""
            hit = store.get(digest, pipeline) if store else None
            if hit is not None:
                emit(i, row_from_result(e.name, hit.result, cached=True), audit_id=hit.id)
                continue
            while len(pending) >= in_flight_max:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for fut in done:
                    collect(fut)
            submit(i, e, data, digest, pipeline)
            audited += 1
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                collect(fut)
    except BaseException:
        if store and run:
            store.finish_run(run.id, "interrupted")
        if own_executor and executor is not None:
            _stop_executor(executor)
            executor = None
        raise
    finally:
        if own_executor and executor is not None:
            executor.shutdown(wait=True)
    if store and run:
        store.finish_run(run.id, "done")
    return BatchReport(
        folder=str(root), recursive=recursive, rows=tuple(rows[i] for i in range(total)), seconds=time.perf_counter() - t0,
        run_id=run.id if run else None, resumed=run.resumed if run else False, audited=audited,
    )


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


def write_atomic(path: str | Path, text: str) -> None:
    """Write a file so readers see the old version or the new one, never half of it."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        # mkstemp creates 0600; keep the mode of the file we replace, else the usual 0644
        os.fchmod(fd, target.stat().st_mode & 0o777 if target.exists() else 0o644)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def write_report(report: BatchReport, path: str | Path) -> None:
    """Write the report atomically in the format its suffix names (.csv, .jsonl, .json, .md)."""
    write_atomic(path, render_report(report, report_format(path)))
