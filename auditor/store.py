"""SQLite store of audits: a cache keyed by content sha256 and pipeline version, history, and batch runs to resume."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import sqlite3
import stat
import tempfile
import time
import zlib
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path, PurePath

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

# Schema 2 (issue 12): History as a log. `audits` above stays the cache (one row per content and pipeline); every
# scan is an entry here, its corrections are versions of it, and its inputs keep what reopening it needs.
SCHEMA_VERSION = 2
_SCHEMA_2 = (
    """CREATE TABLE IF NOT EXISTS entries (
        id INTEGER PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,            -- scan | product | batch
        path TEXT,
        sha256 TEXT,                   -- of the content; a product's: of its inputs' sha256 in order
        engine TEXT,
        pipeline TEXT NOT NULL,
        version INTEGER NOT NULL,      -- the newest version; the columns below are that version's
        status TEXT NOT NULL,
        forms TEXT,
        elemental_mg REAL,
        verdict TEXT,
        search_text TEXT NOT NULL      -- casefolded name, path, forms, verdict, status and label texts
    )""",
    "CREATE INDEX IF NOT EXISTS entries_sha ON entries (sha256)",
    """CREATE TABLE IF NOT EXISTS versions (
        entry_id INTEGER NOT NULL REFERENCES entries (id),
        number INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        note TEXT NOT NULL,
        corrections_json TEXT NOT NULL,  -- every correction applied to the label as read (auditor.audit.correct kwargs)
        status TEXT NOT NULL,
        verdict TEXT,
        result_zlib BLOB NOT NULL,       -- the contract's JSON, zlib-compressed (a contract is 10-15 KB of text)
        PRIMARY KEY (entry_id, number)
    )""",
    """CREATE TABLE IF NOT EXISTS inputs (
        entry_id INTEGER NOT NULL REFERENCES entries (id),
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        path TEXT,
        sha256 TEXT,
        kind TEXT NOT NULL,            -- photo | text
        text TEXT,                     -- the label text, or the photo's OCR text
        words_json TEXT,               -- OCR words with their boxes (auditor.result.words_to_json)
        photo_file TEXT,               -- the stored copy in <db>.photos/, or NULL
        photo_bytes INTEGER,
        photo_note TEXT NOT NULL,      -- why there is no copy
        PRIMARY KEY (entry_id, position)
    )""",
)
# a copy of each scanned photo is kept so History can show it again; one copy per content, shared by entries
MAX_PHOTO_BYTES = 25 * 1024 * 1024  # the page's upload limit: a larger photo is logged without a copy
MAX_PHOTOS_TOTAL_BYTES = 2 * 1024**3  # past this, new photos are logged without a copy (the note says why)


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
class HistoryEntry:
    """One line of the History log: a scan (or a product of several photos), as its newest version stands."""

    id: int
    created_at: str  # ISO 8601 UTC, when it was scanned
    updated_at: str  # when its newest version was saved
    name: str  # what History calls it (the file name until renamed)
    kind: str  # "scan" | "product" | "batch"
    path: str | None
    sha256: str | None
    engine: str | None
    pipeline: str
    version: int  # the newest version, from 1
    status: str
    forms: tuple[str, ...]
    elemental_mg: float | None
    verdict: str | None
    inputs_count: int = 1


@dataclass(frozen=True)
class HistoryVersion:
    """One version of an entry: 1 is the audit as read, each correction adds one."""

    number: int
    created_at: str
    note: str
    corrections: tuple[dict, ...]  # all corrections applied to the label as read (auditor.audit.correct kwargs)
    status: str
    verdict: str | None


@dataclass(frozen=True)
class HistoryInput:
    """One photo or label text of an entry, with what reopening it needs."""

    position: int
    name: str
    path: str | None
    sha256: str | None
    kind: str  # "photo" | "text"
    text: str | None  # the label text, or the photo's OCR text (None: stored before schema 2)
    words_json: str | None
    photo_file: Path | None  # the stored copy; None when there is none (photo_note says why)
    photo_bytes: int | None
    photo_note: str

    @property
    def has_photo(self) -> bool:
        return self.photo_file is not None

    @property
    def words(self):
        from .result import words_from_json

        return words_from_json(json.loads(self.words_json)) if self.words_json else ()

    def photo(self) -> bytes | None:
        """The stored copy's bytes; None without a copy or when the file is gone."""
        if self.photo_file is None:
            return None
        try:
            return self.photo_file.read_bytes()
        except OSError:
            return None


@dataclass(frozen=True)
class NewInput:
    """An input to log with a new entry (Store.log)."""

    name: str
    kind: str  # "photo" | "text"
    path: str | None = None
    sha256: str | None = None
    text: str | None = None
    words_json: str | None = None
    photo: bytes | None = None  # the photo's bytes, to keep a copy of


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
    """(forms joined by commas, elemental mg, verdict level) of a contract, for the list columns."""
    from .result import forms_of, from_contract, verdict_level

    if not result.get("status"):  # a bare placeholder (tests put {"status": ...} only)
        return "", None, None
    r = from_contract(result)
    return ",".join(forms_of(r)), r.elemental_mg, verdict_level(r)


MAX_NAME_CHARS = 200


def _json(result: dict) -> str:
    text = json.dumps(result, ensure_ascii=False)
    try:
        text.encode("utf-8")  # the common case: nothing to escape, no walk over the whole contract
        return text
    except UnicodeEncodeError:
        return json.dumps(_storable_json(result), ensure_ascii=False)


def _zjson(result: dict | str) -> bytes:
    # level 1: a contract shrinks about 4x already, at a fraction of level 6's time per batch row
    return zlib.compress((result if isinstance(result, str) else _json(result)).encode("utf-8"), 1)


def _search_text(name, path, forms, verdict, status, input_names, texts) -> str:
    parts = [name or "", path or "", (forms or "").replace(",", " "), verdict or "", status or "", *input_names, *(t or "" for t in texts)]
    return storable(" ".join(parts).casefold())


def _entry(r: sqlite3.Row) -> HistoryEntry:
    return HistoryEntry(
        id=r["id"], created_at=r["created_at"], updated_at=r["updated_at"], name=r["name"], kind=r["kind"], path=r["path"],
        sha256=r["sha256"], engine=r["engine"], pipeline=r["pipeline"], version=r["version"], status=r["status"],
        forms=tuple(f for f in (r["forms"] or "").split(",") if f), elemental_mg=r["elemental_mg"], verdict=r["verdict"],
        inputs_count=r["inputs_count"],
    )


def _without_profile(result):
    """The audit as read, without a person's profile: History shows it for whoever looks at it."""
    if result.profile is None or result.facts is None:
        return result
    from .audit import audit_facts

    return audit_facts(result.facts, input_name=result.input, ocr=result.ocr, content_sha256=result.content_sha256)


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
            self.conn.row_factory = sqlite3.Row
            self._create_or_migrate()
        except (OSError, sqlite3.Error) as e:
            if _is_full(e):
                raise ReportWriteError(f"cannot open the audit store ({e}); free some space, or pass --db PATH or --no-cache",
                                       path=str(self.path)) from None
            raise InputError(f"cannot open the audit store ({e}); pass --db PATH or --no-cache", path=str(self.path)) from None
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

    def put(self, sha256: str, pipeline: str, result: dict, *, path: str | None = None, seconds: float | None = None,
            log: NewInput | None = None, engine: str | None = None) -> int:
        """Save one audit (committed at once). An existing (sha256, pipeline) row is replaced, never duplicated.

        Args:
            log: also log it as a History entry of kind "batch" with this input, in the same transaction
                (no photo copy is kept for batch rows: `log.photo` is ignored).

        Returns:
            The audit's row id.
        """
        forms, elemental_mg, verdict = _summary_fields(result)
        text = _json(result)
        with self._writing(), self._transaction():
            row = self._put(sha256, pipeline, text, path, seconds, forms, elemental_mg, verdict, status=result.get("status", "ok"))
            if log is not None and result.get("status") != "error":
                note = "" if log.kind == "text" else "not kept: batch audits keep the file's path, not a copy"
                self._insert_entry(result, kind="batch", name=log.name, pipeline=pipeline, inputs=[log],
                                   kept=[(None, None, note)], path=path, sha256=sha256, engine=engine, created_at=_now(),
                                   summary=(forms, elemental_mg, verdict), contract_json=text)
        return int(row[0])

    def _put(self, sha256, pipeline, result: dict | str, path, seconds, forms, elemental_mg, verdict, *, status: str | None = None):
        return self.conn.execute(
            """INSERT INTO audits (sha256, pipeline, path, audited_at, seconds, status, forms, elemental_mg, verdict, result_json)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (sha256, pipeline) DO UPDATE SET
                 path = excluded.path, audited_at = excluded.audited_at, seconds = excluded.seconds,
                 status = excluded.status, forms = excluded.forms, elemental_mg = excluded.elemental_mg,
                 verdict = excluded.verdict, result_json = excluded.result_json
               RETURNING id""",
            (sha256, pipeline, None if path is None else storable(path), _now(), seconds,
             status or result.get("status", "ok"), forms, elemental_mg, verdict, result if isinstance(result, str) else _json(result)),
        ).fetchone()

    def save_result(self, result, *, path: str | None = None, engine: str = "auto", photo: bytes | None = None) -> int | None:
        """Save a finished audit (an AuditResult): cached under its content hash and pipeline, and logged as a
        History entry (`record`). Errors are not stored.

        Returns:
            The History entry's id, or None when there is nothing to save (an error, or no content hash).
        """
        return self.record(result, path=path, engine=engine, photo=photo)

    # -- the History log (schema 2) ----------------------------------------------------------------------

    def record(self, result, *, kind: str = "scan", photo: bytes | None = None, path: str | None = None,
               name: str | None = None, engine: str = "auto") -> int | None:
        """Log one audit as a new History entry (version 1), cache it, and keep a copy of its photo.

        Args:
            result: the AuditResult, as read (the profile, if any, is not kept: History shows it for whoever looks).
            kind: "scan" or "batch".
            photo: the photo's bytes, to keep a copy (at most MAX_PHOTO_BYTES; None for a label text).
            path: where the file was (default: the result's input name).
            name: what History calls it (default: the file name).
            engine: the OCR engine choice, part of the cache key.

        Returns:
            The entry id; None for an error result or one without a content hash (nothing to log).

        Raises:
            ReportWriteError: the store or the photo copy cannot be written (disk full, read-only).
        """
        from .models import Status
        from .report import to_dict
        from .result import words_to_json

        if result.content_sha256 is None or result.status is Status.ERROR:
            return None
        result = _without_profile(result)
        seconds = result.ocr.seconds if result.ocr is not None else None
        pipeline = pipeline_for(result.input, self, engine)
        inp = NewInput(
            name=storable(PurePath(result.input).name or result.input), kind="photo" if result.ocr is not None else "text",
            path=path or result.input, sha256=result.content_sha256, text=result.facts.text if result.facts else None,
            words_json=json.dumps(words_to_json(result.ocr.words)) if result.ocr is not None else None, photo=photo,
        )
        return self.log(to_dict(result), kind=kind, name=name or inp.name, pipeline=pipeline, inputs=[inp],
                        path=path or result.input, sha256=result.content_sha256, engine=engine,
                        cache=(result.content_sha256, pipeline, seconds))

    def log(self, contract: dict, *, kind: str, name: str, pipeline: str, inputs: list[NewInput], path: str | None = None,
            sha256: str | None = None, engine: str | None = None, cache: tuple[str, str, float | None] | None = None) -> int:
        """Write a new entry, its version 1 and its inputs in one transaction (and the cache row, when `cache`
        gives its sha256, pipeline and seconds). Photo copies are written first: a kill before the commit leaves at
        most an unreferenced copy, which `prune_photos` removes.

        Returns:
            The entry id.
        """
        kept = [self._keep_photo(i) for i in inputs]
        with self._writing(), self._transaction():
            if cache is not None and contract.get("status") != "error":
                forms, elemental_mg, verdict = _summary_fields(contract)
                self._put(cache[0], cache[1], contract, path, cache[2], forms, elemental_mg, verdict)
            return self._insert_entry(contract, kind=kind, name=name, pipeline=pipeline, inputs=inputs, kept=kept,
                                      path=path, sha256=sha256, engine=engine, created_at=_now())

    def _insert_entry(self, contract: dict, *, kind: str, name: str, pipeline: str, inputs: list[NewInput],
                      kept: list[tuple[str | None, int | None, str]], path: str | None, sha256: str | None,
                      engine: str | None, created_at: str, corrections: tuple = (), note: str = "",
                      summary: tuple | None = None, contract_json: str | None = None) -> int:
        forms, elemental_mg, verdict = summary or _summary_fields(contract)
        status = contract.get("status", "ok")
        name = storable(name)
        search = _search_text(name, path, forms, verdict, status, [i.name for i in inputs], [i.text for i in inputs])
        entry_id = self.conn.execute(
            """INSERT INTO entries (created_at, updated_at, name, kind, path, sha256, engine, pipeline, version, status,
                                    forms, elemental_mg, verdict, search_text)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?) RETURNING id""",
            (created_at, created_at, name, kind, None if path is None else storable(path), sha256, engine, pipeline, status,
             forms, elemental_mg, verdict, search),
        ).fetchone()[0]
        self.conn.execute(
            "INSERT INTO versions (entry_id, number, created_at, note, corrections_json, status, verdict, result_zlib) VALUES (?, 1, ?, ?, ?, ?, ?, ?)",
            (entry_id, created_at, note, json.dumps(list(corrections)), status, verdict, _zjson(contract_json or contract)),
        )
        for pos, (i, (photo_file, photo_bytes, photo_note)) in enumerate(zip(inputs, kept)):
            self.conn.execute(
                """INSERT INTO inputs (entry_id, position, name, path, sha256, kind, text, words_json, photo_file, photo_bytes, photo_note)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (entry_id, pos, storable(i.name), None if i.path is None else storable(i.path), i.sha256, i.kind,
                 None if i.text is None else storable(i.text), i.words_json, photo_file, photo_bytes, photo_note),
            )
        return int(entry_id)

    def photos_dir(self) -> Path:
        """Where photo copies are kept: `<db>.photos/` beside the store (0700, files 0600)."""
        return Path(f"{self.path}.photos")

    def _photos_total_bytes(self) -> int:
        return self.conn.execute(
            "SELECT COALESCE(SUM(b), 0) FROM (SELECT MAX(photo_bytes) AS b FROM inputs WHERE photo_file IS NOT NULL GROUP BY photo_file)"
        ).fetchone()[0]

    def _keep_photo(self, inp: NewInput) -> tuple[str | None, int | None, str]:
        """(file name, bytes, note) of the photo copy for one input; no copy for texts and over the caps."""
        if inp.photo is None:
            return None, None, "" if inp.kind == "text" else "no copy of the photo was given to the store"
        data = inp.photo
        if len(data) > MAX_PHOTO_BYTES:
            return None, None, (f"not kept: the photo is {len(data) / 2**20:.0f} MB, over the {MAX_PHOTO_BYTES // 2**20} MB "
                                "a copy may take")
        from .audit import IMAGE_SUFFIXES
        from .audit import sha256 as hash_bytes

        suffix = PurePath(inp.name).suffix.lower()
        fname = hash_bytes(data) + (suffix if suffix in IMAGE_SUFFIXES else ".img")
        folder = self.photos_dir()
        target = folder / fname
        try:
            if target.is_file() and target.stat().st_size == len(data):
                return fname, len(data), ""  # the same photo, already kept for another entry
            if self._photos_total_bytes() + len(data) > MAX_PHOTOS_TOTAL_BYTES:
                return None, None, (f"not kept: the store's photo copies reached their {MAX_PHOTOS_TOTAL_BYTES // 2**30} GB cap; "
                                    "delete old audits with `auditor history delete ID`")
            folder.mkdir(mode=0o700, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=".", suffix=".tmp")  # 0600
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(data)
                    f.flush()
                    os.fsync(f.fileno())
                os.replace(tmp, target)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
        except OSError as e:
            raise ReportWriteError(f"cannot keep a copy of the photo in {folder} ({e.strerror or e}); free some space, or "
                                   "pass --db PATH or --no-cache", path=str(self.path)) from None
        return fname, len(data), ""

    def entries(self, query: str = "", *, limit: int = 20, offset: int = 0) -> list[HistoryEntry]:
        """History entries, newest scan first; `query`: every word must occur in the entry's name, path, forms,
        verdict, status, input names or label/OCR text (case-insensitive, any language)."""
        where, params = [], []
        for term in query.split():
            where.append("e.search_text LIKE ? ESCAPE '\\'")
            params.append("%" + term.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        sql = ("SELECT e.*, (SELECT count(*) FROM inputs i WHERE i.entry_id = e.id) AS inputs_count FROM entries e"
               + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY e.id DESC LIMIT ? OFFSET ?")
        return [_entry(r) for r in self.conn.execute(sql, (*params, limit, offset))]

    def entry(self, entry_id: int) -> HistoryEntry:
        """Raises: StoreNotFoundError: no entry has this id."""
        row = self.conn.execute(
            "SELECT e.*, (SELECT count(*) FROM inputs i WHERE i.entry_id = e.id) AS inputs_count FROM entries e WHERE e.id = ?",
            (entry_id,),
        ).fetchone()
        if row is None:
            raise StoreNotFoundError(f"no audit has the id {entry_id}; run `auditor history` to list them")
        return _entry(row)

    def entry_versions(self, entry_id: int) -> list[HistoryVersion]:
        """The versions of an entry, oldest first."""
        return [
            HistoryVersion(r["number"], r["created_at"], r["note"], tuple(json.loads(r["corrections_json"])), r["status"], r["verdict"])
            for r in self.conn.execute(
                "SELECT number, created_at, note, corrections_json, status, verdict FROM versions WHERE entry_id = ? ORDER BY number",
                (entry_id,),
            )
        ]

    def entry_contract(self, entry_id: int, number: int | None = None) -> tuple[int, dict]:
        """(version number, contract) of one version; the newest when `number` is None.

        Raises:
            StoreNotFoundError: no such entry or version.
        """
        entry = self.entry(entry_id)
        n = entry.version if number is None else number
        row = self.conn.execute("SELECT result_zlib FROM versions WHERE entry_id = ? AND number = ?", (entry_id, n)).fetchone()
        if row is None:
            raise StoreNotFoundError(f"audit {entry_id} has no version {n}; it has versions 1 to {entry.version}")
        return n, json.loads(zlib.decompress(row[0]))

    def entry_inputs(self, entry_id: int) -> list[HistoryInput]:
        folder = self.photos_dir()
        return [
            HistoryInput(r["position"], r["name"], r["path"], r["sha256"], r["kind"], r["text"], r["words_json"],
                         folder / r["photo_file"] if r["photo_file"] else None, r["photo_bytes"], r["photo_note"])
            for r in self.conn.execute("SELECT * FROM inputs WHERE entry_id = ? ORDER BY position", (entry_id,))
        ]

    def add_version(self, entry_id: int, contract: dict, *, corrections: tuple | list = (), note: str = "") -> int:
        """Save a new version of an entry (a correction) and make it the one shown.

        Returns:
            The new version's number.
        """
        with self._writing(), self._transaction():
            entry = self.entry(entry_id)
            n = entry.version + 1
            now = _now()
            forms, elemental_mg, verdict = _summary_fields(contract)
            status = contract.get("status", "ok")
            self.conn.execute(
                "INSERT INTO versions (entry_id, number, created_at, note, corrections_json, status, verdict, result_zlib) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (entry_id, n, now, storable(note), json.dumps(list(corrections)), status, verdict, _zjson(contract)),
            )
            self.conn.execute(
                "UPDATE entries SET version = ?, updated_at = ?, status = ?, forms = ?, elemental_mg = ?, verdict = ? WHERE id = ?",
                (n, now, status, forms, elemental_mg, verdict, entry_id),
            )
            self._refresh_search(entry_id)
        return n

    def rename(self, entry_id: int, name: str) -> HistoryEntry:
        """Raises: InputError: an empty name; StoreNotFoundError: no such entry."""
        name = " ".join(name.split())
        if not name:
            raise InputError("give the audit a name that is not empty")
        if len(name) > MAX_NAME_CHARS:
            raise InputError(f"a name is at most {MAX_NAME_CHARS} characters (this one has {len(name)})")
        with self._writing(), self._transaction():
            self.entry(entry_id)
            self.conn.execute("UPDATE entries SET name = ? WHERE id = ?", (storable(name), entry_id))
            self._refresh_search(entry_id)
        return self.entry(entry_id)

    def delete_entry(self, entry_id: int) -> None:
        """Delete an entry with all its versions, its inputs and their photo copies (a copy another entry still
        uses stays), and the cached results of its contents that no other entry refers to.

        Raises:
            StoreNotFoundError: no such entry.
        """
        with self._writing(), self._transaction():
            entry = self.entry(entry_id)
            shas = {entry.sha256} | {r[0] for r in self.conn.execute("SELECT sha256 FROM inputs WHERE entry_id = ?", (entry_id,))}
            for table in ("versions", "inputs"):
                self.conn.execute(f"DELETE FROM {table} WHERE entry_id = ?", (entry_id,))
            self.conn.execute("DELETE FROM entries WHERE id = ?", (entry_id,))
            for sha in shas - {None}:
                if not self._sha_referenced(sha):
                    self.conn.execute("DELETE FROM audits WHERE sha256 = ?", (sha,))
        self.prune_photos()

    def _sha_referenced(self, sha: str) -> bool:
        return self.conn.execute(
            "SELECT EXISTS (SELECT 1 FROM entries WHERE sha256 = ?) OR EXISTS (SELECT 1 FROM inputs WHERE sha256 = ?)", (sha, sha)
        ).fetchone()[0] == 1

    def prune_photos(self) -> int:
        """Remove photo copies no entry refers to (after a delete, or left by a process killed while logging).

        Returns:
            How many files were removed.
        """
        folder = self.photos_dir()
        if not folder.is_dir():
            return 0
        used = {r[0] for r in self.conn.execute("SELECT DISTINCT photo_file FROM inputs WHERE photo_file IS NOT NULL")}
        removed = 0
        for p in folder.iterdir():
            # a ".tmp" being written by a live process is young; leave those under a minute old alone
            if p.name in used or (p.name.endswith(".tmp") and time.time() - p.stat().st_mtime < 60):
                continue
            with contextlib.suppress(OSError):
                p.unlink()
                removed += 1
        return removed

    def _refresh_search(self, entry_id: int) -> None:
        e = self.entry(entry_id)
        rows = self.conn.execute("SELECT name, text FROM inputs WHERE entry_id = ? ORDER BY position", (entry_id,)).fetchall()
        search = _search_text(e.name, e.path, ",".join(e.forms), e.verdict, e.status, [r[0] for r in rows], [r[1] for r in rows])
        self.conn.execute("UPDATE entries SET search_text = ? WHERE id = ?", (search, entry_id))

    def entry_by_sha(self, ref: str) -> HistoryEntry | None:
        """The newest entry whose content sha256 starts with `ref` (6+ hex characters); None when no entry has it.

        Raises:
            StoreNotFoundError: a prefix of several different contents.
        """
        key = ref.strip().lower()
        rows = self.conn.execute("SELECT id, sha256 FROM entries WHERE sha256 >= ? AND sha256 < ? ORDER BY id DESC",
                                 (key, key + "g")).fetchall()
        if len({r[1] for r in rows}) > 1:
            raise StoreNotFoundError(f"{key} matches {len({r[1] for r in rows})} different audits; give more characters of the hash")
        return self.entry(rows[0][0]) if rows else None

    def _create_or_migrate(self) -> None:
        """Create the tables of a new store, or bring an older one to schema 2, in one transaction (one write of
        the schema pages, which matters on a nearly full disk). Migrating: every cached audit becomes a History entry
        (version 1) with its time, file and result; nothing of the old tables is removed. Done once, by whichever
        process opens the store first; the others wait for its write lock and find it done."""
        if self.conn.execute("PRAGMA user_version").fetchone()[0] >= SCHEMA_VERSION:
            if self._columns("versions") >= {"result_zlib"}:
                return
            self._drop_unreleased_history()
        self.conn.executescript("BEGIN IMMEDIATE;\n" + _SCHEMA + ";\n".join(_SCHEMA_2) + ";")
        try:
            if self.conn.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
                self._migrate_rows()
                self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            self.conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            raise
        # the schema pages into the database file and an empty WAL, so the first audits of a batch are not the
        # ones a nearly full disk refuses; once per store, not per open
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def _columns(self, table: str) -> set[str]:
        return {r[1] for r in self.conn.execute(f"PRAGMA table_info({table})")}

    def _drop_unreleased_history(self) -> None:
        """A store made while History was being written (schema 2 without compressed versions, never released): its
        History tables are built again from the cache; the cache, runs and claims are kept."""
        with self._transaction():
            if self._columns("versions") >= {"result_zlib"}:
                return  # another process did it
            for table in ("versions", "inputs", "entries"):
                self.conn.execute(f"DROP TABLE IF EXISTS {table}")
            self.conn.execute("PRAGMA user_version = 1")

    def _migrate_rows(self) -> None:
        from_batch = {r[0] for r in self.conn.execute("SELECT DISTINCT audit_id FROM run_items WHERE audit_id IS NOT NULL")}
        for row in self.conn.execute("SELECT * FROM audits ORDER BY audited_at, id").fetchall():
            contract = json.loads(row["result_json"])
            ocr_text = (contract.get("ocr") or {}).get("text")
            name = PurePath(row["path"]).name if row["path"] else row["sha256"][:12]
            inp = NewInput(name=name, kind="photo" if "ocr" in contract else "text", path=row["path"], sha256=row["sha256"],
                           text=ocr_text)
            note = "" if inp.kind == "text" else "not kept: audited before the store kept photos"
            engine = row["pipeline"].rsplit("; engine ", 1)[1] if "; engine " in row["pipeline"] else None
            self._insert_entry(contract, kind="batch" if row["id"] in from_batch else "scan", name=name,
                               pipeline=row["pipeline"], inputs=[inp], kept=[(None, None, note)], path=row["path"],
                               sha256=row["sha256"], engine=engine, created_at=row["audited_at"])
    def history(self, limit: int = 20) -> list[StoredAudit]:
        """Most recent cached audits first (one per content and pipeline; `entries` is the log of every scan)."""
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
            if _is_full(e) or "disk I/O" in str(e):
                fix = "free some space, or pass --db PATH or --no-cache"
            elif isinstance(e, sqlite3.OperationalError) and ("no column" in str(e) or "no such" in str(e)):
                fix = "this store was made by another version of auditor; pass --db PATH for a new one"
            else:
                fix = "check that the disk is writable, or pass --db PATH or --no-cache"
            raise ReportWriteError(f"cannot write the audit store ({e}); {fix}", path=str(self.path)) from None

    def runs(self) -> list[Run]:
        return [
            Run(r["id"], r["folder"], bool(r["recursive"]), r["started"], r["finished"], r["status"])
            for r in self.conn.execute("SELECT * FROM runs ORDER BY id")
        ]
