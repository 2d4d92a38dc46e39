"""SQLite store of audits: a cache keyed by content sha256 and pipeline version, history, and batch runs to resume."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import sqlite3
import stat
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from . import __version__
from .errors import InputError, ReportWriteError, StoreNotFoundError
from .verdict import RULES_VERSION

try:
    import fcntl  # advisory locks: which batch runs are alive (POSIX)
except ImportError:  # Windows
    fcntl = None

MIN_PREFIX_CHARS = 6

_SCHEMA = """
CREATE TABLE IF NOT EXISTS audits (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL,
    pipeline TEXT NOT NULL,
    path TEXT,
    audited_at TEXT NOT NULL,
    seconds REAL,
    status TEXT NOT NULL,
    forms TEXT,
    elemental_mg REAL,
    verdict TEXT,
    result_json TEXT NOT NULL,
    UNIQUE (sha256, pipeline)
);
CREATE INDEX IF NOT EXISTS audits_time ON audits (audited_at);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    folder TEXT NOT NULL,
    recursive INTEGER NOT NULL,
    started TEXT NOT NULL,
    finished TEXT,
    status TEXT NOT NULL  -- running | interrupted | done
);
-- a file being audited by a live batch run, so a second run on the same store waits for its result instead of
-- auditing it again (issue 13); released when the result is stored, and taken over when its run is dead
CREATE TABLE IF NOT EXISTS claims (
    sha256 TEXT NOT NULL,
    pipeline TEXT NOT NULL,
    run_id INTEGER NOT NULL,
    claimed_at TEXT NOT NULL,
    PRIMARY KEY (sha256, pipeline)
);
CREATE TABLE IF NOT EXISTS run_items (
    run_id INTEGER NOT NULL REFERENCES runs (id),
    path TEXT NOT NULL,
    sha256 TEXT,
    status TEXT NOT NULL,
    cached INTEGER NOT NULL,
    audit_id INTEGER REFERENCES audits (id),
    PRIMARY KEY (run_id, path)
);
"""


def default_db_path() -> Path:
    """`$AUDITOR_DB`, else `$XDG_DATA_HOME/auditor/audits.db`, else `~/.local/share/auditor/audits.db`."""
    env = os.environ.get("AUDITOR_DB")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "auditor" / "audits.db"


def pipeline_version(*, ocr_engine_version: str | None = None) -> str:
    """The cache key's second half: a result is reused only when code, rules and (for photos) Tesseract match.

    Args:
        ocr_engine_version: Tesseract version for photos; None for label texts (no OCR involved).
    """
    base = f"auditor {__version__}; rules {RULES_VERSION}"
    return base if ocr_engine_version is None else f"{base}; tesseract {ocr_engine_version}"


def pipeline_for(name: str, store: Store | None = None, engine: str = "auto") -> str:
    """The pipeline version an input of this name is audited with (by suffix: label text or photo).

    A photo's key names the OCR engine choice and includes the Tesseract version, and RapidOCR's with its models
    when the choice may run it; with Tesseract missing it says so (such audits fail, and those errors are never
    stored, so that key never matches anything).
    """
    from .audit import TEXT_SUFFIXES

    if Path(name).suffix.lower() in TEXT_SUFFIXES:
        return pipeline_version()
    version = store.ocr_engine_version() if store is not None else _probe_tesseract()
    key = pipeline_version(ocr_engine_version=version)
    if engine != "tesseract":
        from .ocr.rapidocr import version as rapidocr_version

        key += f"; rapidocr {rapidocr_version()}"
    return f"{key}; engine {engine}"


def _probe_tesseract() -> str:
    from .errors import OcrUnavailableError
    from .ocr import tesseract_version

    try:
        return tesseract_version()
    except OcrUnavailableError:
        return "missing"


def storable(text: str) -> str:
    """Text SQLite can hold: a file name's undecodable bytes (surrogate escapes from os.fsdecode) become
    visible \\xNN escapes instead of failing the write (issue 13: a name with the byte \\xff)."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        try:
            raw = text.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:  # a lone surrogate that is not an escaped byte
            raw = text.encode("utf-8", "backslashreplace")
        return raw.decode("utf-8", "backslashreplace")


def _storable_json(v):
    if isinstance(v, str):
        return storable(v)
    if isinstance(v, dict):
        return {storable(k) if isinstance(k, str) else k: _storable_json(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_storable_json(x) for x in v]
    return v


def _is_full(e: BaseException) -> bool:
    return isinstance(e, sqlite3.OperationalError) and "full" in str(e) or getattr(e, "errno", None) in (errno.ENOSPC, errno.EFBIG)


def _private_file(path: Path, *, own_folder: bool) -> None:
    """Create the store readable by its owner only (issue 13: audits hold file paths and label text).

    The database is created 0600 (SQLite gives its -wal and -shm files the same mode); an existing one that
    others can read is narrowed to 0600. A folder created here is 0700, and so is the default folder
    (`.../auditor`, ours alone); a folder the user chose with --db is left as it is.
    """
    folder = path.parent
    if not folder.is_dir():
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    elif own_folder and (folder.stat().st_mode & 0o077) and folder.stat().st_uid == os.geteuid():
        folder.chmod(0o700)
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            try:
                st = p.stat()
            except FileNotFoundError:
                continue
            if stat.S_ISREG(st.st_mode) and st.st_mode & 0o077 and st.st_uid == os.geteuid():
                p.chmod(st.st_mode & 0o700)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


@dataclass(frozen=True)
class StoredAudit:
    """One row of the audits table; `result` is the schema_version 1 contract (report.to_dict)."""

    id: int
    sha256: str
    pipeline: str
    path: str | None
    audited_at: str
    seconds: float | None
    status: str
    forms: tuple[str, ...]
    elemental_mg: float | None
    verdict: str | None
    result: dict


@dataclass(frozen=True)
class Run:
    id: int
    folder: str
    recursive: bool
    started: str
    finished: str | None
    status: str
    resumed: bool = False  # True when an unfinished run of the same folder was picked up again


def _summary_fields(result: dict) -> tuple[str, float | None, str | None]:
    mg = result.get("magnesium") or {}
    forms: list[str] = []
    for s in mg.get("sources") or []:
        for f in s.get("forms") or [s.get("form")]:
            if f and f not in forms:
                forms.append(f)
    verdict = (result.get("verdict") or {}).get("level")
    return ",".join(forms), mg.get("elemental_mg"), verdict


class Store:
    """An audits database. One connection, used from one thread (the batch runner's main process).

    Every write commits at once, so a run killed at any point loses at most the audit in flight.
    """

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_db_path()
        try:
            _private_file(self.path, own_folder=path is None and not os.environ.get("AUDITOR_DB"))
            # isolation_level=None: autocommit; each statement is its own transaction unless we open one
            self.conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self.conn.execute("PRAGMA journal_mode=WAL")
            # NORMAL is durable across a process kill in WAL mode (only a power cut can drop the last commits)
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as e:
            if _is_full(e):
                raise ReportWriteError(f"cannot open the audit store ({e}); free some space, or pass --db PATH or --no-cache",
                                       path=str(self.path)) from None
            raise InputError(f"cannot open the audit store ({e}); pass --db PATH or --no-cache", path=str(self.path)) from None
        self.conn.row_factory = sqlite3.Row
        self._run_locks: dict[int, int] = {}  # run id → fd holding that run's lock (this process owns the run)
        self.hits = 0
        self.misses = 0
        self._engine_version: str | None = None

    def close(self) -> None:
        for run_id in list(self._run_locks):
            self._unlock_run(run_id)
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- audits -------------------------------------------------------------------------------------------

    def get(self, sha256: str, pipeline: str) -> StoredAudit | None:
        """The cached audit of this content under this pipeline, counting hits and misses."""
        row = self.conn.execute("SELECT * FROM audits WHERE sha256 = ? AND pipeline = ?", (sha256, pipeline)).fetchone()
        if row is None:
            self.misses += 1
            return None
        self.hits += 1
        return self._stored(row)

    def put(self, sha256: str, pipeline: str, result: dict, *, path: str | None = None, seconds: float | None = None) -> int:
        """Save one audit (committed at once). An existing (sha256, pipeline) row is replaced, never duplicated.

        Returns:
            The audit's row id.
        """
        forms, elemental_mg, verdict = _summary_fields(result)
        with self._writing():
            row = self._put(sha256, pipeline, result, path, seconds, forms, elemental_mg, verdict)
        return int(row[0])

    def _put(self, sha256, pipeline, result, path, seconds, forms, elemental_mg, verdict):
        return self.conn.execute(
            """INSERT INTO audits (sha256, pipeline, path, audited_at, seconds, status, forms, elemental_mg, verdict, result_json)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (sha256, pipeline) DO UPDATE SET
                 path = excluded.path, audited_at = excluded.audited_at, seconds = excluded.seconds,
                 status = excluded.status, forms = excluded.forms, elemental_mg = excluded.elemental_mg,
                 verdict = excluded.verdict, result_json = excluded.result_json
               RETURNING id""",
            (sha256, pipeline, None if path is None else storable(path), _now(), seconds, result.get("status", "ok"), forms,
             elemental_mg, verdict, json.dumps(_storable_json(result), ensure_ascii=False)),
        ).fetchone()

    def save_result(self, result, *, path: str | None = None, engine: str = "auto") -> int | None:
        """Save a finished audit (an AuditResult) under its content hash and pipeline; errors are not stored.

        Returns:
            The row id, or None when there is nothing to save (an error, or no content hash).
        """
        from .models import Status
        from .report import to_dict

        if result.content_sha256 is None or result.status is Status.ERROR:
            return None
        seconds = result.ocr.seconds if result.ocr is not None else None
        return self.put(result.content_sha256, pipeline_for(result.input, self, engine), to_dict(result),
                        path=path or result.input, seconds=seconds)

    def history(self, limit: int = 20) -> list[StoredAudit]:
        """Most recent audits first."""
        rows = self.conn.execute("SELECT * FROM audits ORDER BY audited_at DESC, id DESC LIMIT ?", (limit,)).fetchall()
        return [self._stored(r) for r in rows]

    def find(self, ref: str) -> StoredAudit:
        """The latest audit of a content hash (a prefix of ≥ 6 hex characters is enough).

        Raises:
            StoreNotFoundError: too short, not hex, no audit, or a prefix matching several contents.
        """
        key = ref.strip().lower()
        if len(key) < MIN_PREFIX_CHARS or any(c not in "0123456789abcdef" for c in key):
            raise StoreNotFoundError(
                f"{ref!r} is neither a file nor a sha256 prefix of at least {MIN_PREFIX_CHARS} hex characters; "
                "run `auditor history` to see stored hashes"
            )
        # the prefix range keeps the lookup on the sha256 index instead of a LIKE scan
        rows = self.conn.execute(
            "SELECT * FROM audits WHERE sha256 >= ? AND sha256 < ? ORDER BY audited_at DESC, id DESC",
            (key, key + "g"),
        ).fetchall()
        if not rows:
            raise StoreNotFoundError(f"no stored audit has a sha256 starting with {key}; run `auditor history` to list them")
        distinct = {r["sha256"] for r in rows}
        if len(distinct) > 1:
            raise StoreNotFoundError(f"{key} matches {len(distinct)} different audits; give more characters of the hash")
        return self._stored(rows[0])

    def find_content(self, sha256: str, *, path: str | None = None) -> StoredAudit:
        """The latest audit of exactly this content, under any pipeline.

        Raises:
            StoreNotFoundError: the content was never audited.
        """
        row = self.conn.execute("SELECT * FROM audits WHERE sha256 = ? ORDER BY audited_at DESC, id DESC LIMIT 1", (sha256,)).fetchone()
        if row is None:
            raise StoreNotFoundError("this file's content was never audited; run `auditor scan` or `auditor batch` on it first", path=path)
        return self._stored(row)

    def count_duplicates(self) -> int:
        """(sha256, pipeline) pairs stored more than once; 0 by construction (used by tests)."""
        return self.conn.execute(
            "SELECT count(*) FROM (SELECT 1 FROM audits GROUP BY sha256, pipeline HAVING count(*) > 1)"
        ).fetchone()[0]

    @staticmethod
    def _stored(r: sqlite3.Row) -> StoredAudit:
        return StoredAudit(
            id=r["id"], sha256=r["sha256"], pipeline=r["pipeline"], path=r["path"], audited_at=r["audited_at"],
            seconds=r["seconds"], status=r["status"], forms=tuple(f for f in (r["forms"] or "").split(",") if f),
            elemental_mg=r["elemental_mg"], verdict=r["verdict"], result=json.loads(r["result_json"]),
        )

    def ocr_engine_version(self) -> str:
        """The Tesseract version OCR runs with, remembered per engine (tesserocr release, or the binary's path,
        size and mtime) so cached reruns skip the probe.

        Asking Tesseract costs ~1 s here (pytesseract imports pandas when it is installed); an upgraded
        binary has a new size or mtime, so it is asked again.
        """
        if self._engine_version is not None:
            return self._engine_version
        from .errors import OcrUnavailableError
        from .ocr import ocr_engine

        try:
            engine = ocr_engine()
        except OcrUnavailableError:  # a bad AUDITOR_OCR_ENGINE: such audits fail and are never stored
            self._engine_version = "missing"
            return self._engine_version
        if engine == "tesserocr":
            import tesserocr  # its wheel pins the bundled libtesseract, so its version identifies the engine

            key = f"tesseract_version:tesserocr:{tesserocr.__version__}"
        else:
            exe = shutil.which("tesseract")
            if exe is None:
                self._engine_version = "missing"
                return self._engine_version
            real = os.path.realpath(exe)
            st = os.stat(real)
            key = f"tesseract_version:pytesseract:{real}:{st.st_size}:{st.st_mtime_ns}"
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        if row is not None:
            self._engine_version = row[0]
        else:
            self._engine_version = _probe_tesseract()
            if self._engine_version != "missing":
                self.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, self._engine_version))
        return self._engine_version

    # -- batch runs ---------------------------------------------------------------------------------------

    def start_run(self, folder: str, *, recursive: bool) -> Run:
        """Resume the latest unfinished run of this folder whose process is gone (killed or interrupted), or start
        a new one. A run another live process is working on is never joined (issue 13): each process holds its
        run's lock file (`<db>.locks/run-N.lock`) until the run ends, and the kernel drops it if it dies.

        Raises:
            ReportWriteError: the store cannot be written (disk full, read-only).
        """
        with self._writing(), self._transaction():
            rows = self.conn.execute(
                "SELECT * FROM runs WHERE folder = ? AND recursive = ? AND status != 'done' ORDER BY id DESC",
                (folder, int(recursive)),
            ).fetchall()
            for row in rows:
                if self._lock_run(row["id"]):
                    self.conn.execute("UPDATE runs SET status = 'running', finished = NULL WHERE id = ?", (row["id"],))
                    return Run(row["id"], folder, recursive, row["started"], None, "running", resumed=True)
            started = _now()
            cur = self.conn.execute(
                "INSERT INTO runs (folder, recursive, started, status) VALUES (?, ?, ?, 'running')", (folder, int(recursive), started)
            )
            run_id = int(cur.lastrowid)
            self._lock_run(run_id)  # inside the transaction: no other process can see the run unlocked
            return Run(run_id, folder, recursive, started, None, "running")

    def done_items(self, run_id: int) -> dict[str, str | None]:
        """path → sha256 of the items a run already recorded (what a resumed run has done)."""
        return {r["path"]: r["sha256"] for r in self.conn.execute("SELECT path, sha256 FROM run_items WHERE run_id = ?", (run_id,))}

    def add_item(self, run_id: int, path: str, *, sha256: str | None, status: str, cached: bool, audit_id: int | None) -> None:
        """Record one file of a run; a resumed run overwrites its earlier row for the same path."""
        with self._writing():
            self.conn.execute(
                "INSERT OR REPLACE INTO run_items (run_id, path, sha256, status, cached, audit_id) VALUES (?, ?, ?, ?, ?, ?)",
                (run_id, storable(path), sha256, status, int(cached), audit_id),
            )

    def finish_run(self, run_id: int, status: str) -> None:
        """Mark a run done or interrupted, drop its claims and its lock."""
        try:
            with self._writing():
                self.conn.execute("UPDATE runs SET status = ?, finished = ? WHERE id = ?", (status, _now(), run_id))
                self.conn.execute("DELETE FROM claims WHERE run_id = ?", (run_id,))
        finally:
            self._unlock_run(run_id)

    # -- claims: two runs on one store share the work ------------------------------------------------------

    def claim(self, sha256: str, pipeline: str, run_id: int) -> bool:
        """Take this content for `run_id` unless a live run has it. A dead run's claim is taken over.

        Returns:
            True: audit it (and `release` it once stored). False: another live run is auditing it; wait for its
            result in the store.
        """
        with self._writing(), self._transaction():
            row = self.conn.execute("SELECT run_id FROM claims WHERE sha256 = ? AND pipeline = ?", (sha256, pipeline)).fetchone()
            if row is not None and row[0] != run_id and self.run_alive(row[0]):
                return False
            self.conn.execute("INSERT OR REPLACE INTO claims (sha256, pipeline, run_id, claimed_at) VALUES (?, ?, ?, ?)",
                              (sha256, pipeline, run_id, _now()))
            return True

    def release(self, sha256: str, pipeline: str, run_id: int) -> None:
        """Drop a claim (the result is stored, or the audit failed and another run may try)."""
        with self._writing():
            self.conn.execute("DELETE FROM claims WHERE sha256 = ? AND pipeline = ? AND run_id = ?", (sha256, pipeline, run_id))

    def run_alive(self, run_id: int) -> bool:
        """Whether a process (this one or another) is working on the run: its lock is held."""
        if run_id in self._run_locks:
            return True
        if fcntl is None:  # no advisory locks (Windows): assume the other run is alive and wait for it
            return True
        try:
            fd = os.open(self._lock_path(run_id), os.O_RDWR)
        except OSError:  # no lock file (the run ended, or predates locks), or not ours to open
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        except OSError:  # a file system without locks: cannot tell, so behave as before locks (not alive)
            return False
        finally:
            os.close(fd)  # closing also releases the lock we may just have taken
        return False

    def _lock_path(self, run_id: int) -> Path:
        return Path(f"{self.path}.locks") / f"run-{run_id}.lock"

    def _lock_run(self, run_id: int) -> bool:
        """Hold the run's lock for this process; False when another live process holds it."""
        if fcntl is None:
            self._run_locks[run_id] = -1
            return True
        path = self._lock_path(run_id)
        path.parent.mkdir(mode=0o700, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:  # another live process holds it
            os.close(fd)
            return False
        except OSError:
            pass  # a file system without locks (some network mounts): run unlocked, as before locks existed
        self._run_locks[run_id] = fd
        return True

    def _unlock_run(self, run_id: int) -> None:
        fd = self._run_locks.pop(run_id, None)
        if fd is None or fd < 0:
            return
        try:
            self._lock_path(run_id).unlink()
        except OSError:
            pass
        os.close(fd)

    @contextlib.contextmanager
    def _transaction(self):
        # BEGIN IMMEDIATE takes SQLite's write lock at once: a read-then-write cannot interleave with another process's
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    @contextlib.contextmanager
    def _writing(self):
        """SQLite write failures as one typed error: a full disk is a message and exit 8, not a traceback."""
        try:
            yield
        except ReportWriteError:
            raise
        except (sqlite3.Error, OSError) as e:  # OSError: the run lock files beside the store
            if self.conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
            raise ReportWriteError(f"cannot write the audit store ({e}); free some space, or pass --db PATH or --no-cache",
                                   path=str(self.path)) from None

    def runs(self) -> list[Run]:
        return [
            Run(r["id"], r["folder"], bool(r["recursive"]), r["started"], r["finished"], r["status"])
            for r in self.conn.execute("SELECT * FROM runs ORDER BY id")
        ]
