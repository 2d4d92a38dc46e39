"""SQLite store of audits: a cache keyed by content sha256 and pipeline version, history, and batch runs to resume."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from . import __version__
from .errors import InputError, StoreNotFoundError
from .verdict import RULES_VERSION

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


def pipeline_for(name: str, store: Store | None = None) -> str:
    """The pipeline version an input of this name is audited with (by suffix: label text or photo).

    A photo's key includes the Tesseract version; with Tesseract missing it says so (such audits fail, and
    those errors are never stored, so that key never matches anything).
    """
    from .audit import TEXT_SUFFIXES

    if Path(name).suffix.lower() in TEXT_SUFFIXES:
        return pipeline_version()
    version = store.ocr_engine_version() if store is not None else _probe_tesseract()
    return pipeline_version(ocr_engine_version=version)


def _probe_tesseract() -> str:
    from .errors import OcrUnavailableError
    from .ocr import tesseract_version

    try:
        return tesseract_version()
    except OcrUnavailableError:
        return "missing"


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
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # isolation_level=None: autocommit; each statement is its own transaction unless we open one
            self.conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self.conn.execute("PRAGMA journal_mode=WAL")
            # NORMAL is durable across a process kill in WAL mode (only a power cut can drop the last commits)
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as e:
            raise InputError(f"cannot open the audit store ({e}); pass --db PATH or --no-cache", path=str(self.path)) from None
        self.conn.row_factory = sqlite3.Row
        self.hits = 0
        self.misses = 0
        self._engine_version: str | None = None

    def close(self) -> None:
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
        row = self.conn.execute(
            """INSERT INTO audits (sha256, pipeline, path, audited_at, seconds, status, forms, elemental_mg, verdict, result_json)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (sha256, pipeline) DO UPDATE SET
                 path = excluded.path, audited_at = excluded.audited_at, seconds = excluded.seconds,
                 status = excluded.status, forms = excluded.forms, elemental_mg = excluded.elemental_mg,
                 verdict = excluded.verdict, result_json = excluded.result_json
               RETURNING id""",
            (sha256, pipeline, path, _now(), seconds, result.get("status", "ok"), forms, elemental_mg, verdict,
             json.dumps(result, ensure_ascii=False)),
        ).fetchone()
        return int(row[0])

    def save_result(self, result, *, path: str | None = None) -> int | None:
        """Save a finished audit (an AuditResult) under its content hash and pipeline; errors are not stored.

        Returns:
            The row id, or None when there is nothing to save (an error, or no content hash).
        """
        from .models import Status
        from .report import to_dict

        if result.content_sha256 is None or result.status is Status.ERROR:
            return None
        seconds = result.ocr.seconds if result.ocr is not None else None
        return self.put(result.content_sha256, pipeline_for(result.input, self), to_dict(result),
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
        """Resume the latest unfinished run of this folder (killed or interrupted), or start a new one."""
        row = self.conn.execute(
            "SELECT * FROM runs WHERE folder = ? AND recursive = ? AND status != 'done' ORDER BY id DESC LIMIT 1",
            (folder, int(recursive)),
        ).fetchone()
        if row is not None:
            self.conn.execute("UPDATE runs SET status = 'running', finished = NULL WHERE id = ?", (row["id"],))
            return Run(row["id"], folder, recursive, row["started"], None, "running", resumed=True)
        started = _now()
        cur = self.conn.execute(
            "INSERT INTO runs (folder, recursive, started, status) VALUES (?, ?, ?, 'running')", (folder, int(recursive), started)
        )
        return Run(int(cur.lastrowid), folder, recursive, started, None, "running")

    def done_items(self, run_id: int) -> dict[str, str | None]:
        """path → sha256 of the items a run already recorded (what a resumed run has done)."""
        return {r["path"]: r["sha256"] for r in self.conn.execute("SELECT path, sha256 FROM run_items WHERE run_id = ?", (run_id,))}

    def add_item(self, run_id: int, path: str, *, sha256: str | None, status: str, cached: bool, audit_id: int | None) -> None:
        """Record one file of a run; a resumed run overwrites its earlier row for the same path."""
        self.conn.execute(
            "INSERT OR REPLACE INTO run_items (run_id, path, sha256, status, cached, audit_id) VALUES (?, ?, ?, ?, ?, ?)",
            (run_id, path, sha256, status, int(cached), audit_id),
        )

    def finish_run(self, run_id: int, status: str) -> None:
        self.conn.execute("UPDATE runs SET status = ?, finished = ? WHERE id = ?", (status, _now(), run_id))

    def runs(self) -> list[Run]:
        return [
            Run(r["id"], r["folder"], bool(r["recursive"]), r["started"], r["finished"], r["status"])
            for r in self.conn.execute("SELECT * FROM runs ORDER BY id")
        ]
