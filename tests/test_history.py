"""History as a log (issue 12): every scan an entry, corrections as versions, a reopened audit with its photo,
boxes, checks and references; search, rename, delete; an old store migrated. Real SQLite files and real OCR."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from auditor import history
from auditor.audit import audit_path, audit_text, sha256
from auditor.errors import ExitCode, InputError, StoreNotFoundError
from auditor.report import references, source_boxes, to_dict
from auditor.store import NewInput, Store

ROOT = Path(__file__).resolve().parent.parent
TEXTS = ROOT / "samples" / "texts"
IMAGES = ROOT / "samples" / "images"


def run_cli(*args: str, db: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8", COLUMNS="200", AUDITOR_DB=str(db))
    return subprocess.run([sys.executable, "-m", "auditor", *args], capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "a.db") as s:
        yield s


def _scan(name: str, store: Store, **kw):
    r = audit_path(TEXTS / name)
    return history.record_scan(r, path=str(TEXTS / name), store=store, **kw)


def test_every_scan_is_an_entry_even_of_the_same_file(tmp_path):
    db = tmp_path / "a.db"
    for _ in range(2):
        assert run_cli("scan", str(TEXTS / "bisglycinate.txt"), db=db).returncode == 0
    hist = json.loads(run_cli("history", "--json", db=db).stdout)
    assert [h["id"] for h in hist] == [2, 1]  # newest first
    for h in hist:
        assert (h["name"], h["kind"], h["status"], h["verdict"], h["engine"], h["version"]) == (
            "bisglycinate.txt", "scan", "ok", "suitable", "auto", 1)
        assert h["sha256"] == sha256((TEXTS / "bisglycinate.txt").read_bytes()) and h["created_at"].endswith("+00:00")
    assert hist[0]["created_at"] > hist[1]["created_at"]
    with sqlite3.connect(db) as con:  # the cache still holds one result per content and pipeline
        assert con.execute("SELECT count(*) FROM audits").fetchone()[0] == 1


def test_a_correction_is_a_new_version_and_the_chain_is_kept(store):
    entry = _scan("bisglycinate.txt", store)
    # the user says the amount is 100 mg: version 2, recomputed (100 mg at once: 41.8 × 100 / 172 + 7 = 31.3 mg)
    rec = history.save_correction(entry.id, [{"source_index": 0, "declared_mg": 100}], note="misread", store=store)
    assert rec.version == 2 and rec.entry.version == 2 and rec.result.elemental_mg == 100.0
    assert rec.result.absorbed_mg.estimate == 31.3
    # then two servings a day: version 3 keeps the first correction (the chain), 2 × 100 = 200 mg a day
    rec = history.save_correction(entry.id, [{"daily_servings": 2}], store=store)
    assert rec.version == 3 and (rec.result.elemental_mg, rec.result.elemental_mg_per_day) == (100.0, 200.0)
    assert [v.corrections for v in rec.versions] == [
        (), ({"source_index": 0, "declared_mg": 100},), ({"source_index": 0, "declared_mg": 100}, {"daily_servings": 2})]
    assert [v.note for v in rec.versions] == ["", "misread", ""]
    # the newest is shown by default, every older one stays readable
    assert history.get(entry.id, store=store).result.elemental_mg_per_day == 200.0
    assert history.get(entry.id, version=1, store=store).result.elemental_mg == 200.0
    assert history.search("", store=store)[0].elemental_mg == 100.0  # the list shows the newest version
    with pytest.raises(StoreNotFoundError, match="has no version 4; it has versions 1 to 3"):
        history.get(entry.id, version=4, store=store)
    with pytest.raises(InputError, match="cannot correct colour"):
        history.save_correction(entry.id, [{"colour": "red"}], store=store)
    with pytest.raises(InputError, match="there is no magnesium source number 3"):
        history.save_correction(entry.id, [{"source_index": 2, "declared_mg": 5}], store=store)
    assert history.get(entry.id, store=store).version == 3  # a refused correction saves nothing


@pytest.mark.ocr
def test_a_reopened_photo_has_its_photo_boxes_checks_and_references(tmp_path):
    db = tmp_path / "a.db"
    photo = IMAGES / "citrate_rot90.jpg"
    assert run_cli("scan", str(photo), "--engine", "rapidocr", db=db).returncode == 0
    fresh = json.loads(run_cli("scan", str(photo), "--engine", "rapidocr", "--json", "--no-cache", db=db).stdout)
    [h] = json.loads(run_cli("history", "--json", db=db).stdout)
    rec = history.get(h["id"], store=Store(db))
    assert rec.photo(0) == photo.read_bytes()  # the photo itself, byte for byte
    assert rec.inputs[0].kind == "photo" and rec.inputs[0].photo_file.stat().st_mode & 0o777 == 0o600
    assert rec.result.ocr is not None and len(rec.result.ocr.words) > 5
    # the boxes drawn again from the stored words are the boxes of the fresh scan
    boxes = [[{"field": f, "left": b.left, "top": b.top, "width": b.width, "height": b.height} for f, b in source_boxes(rec.result, s)]
             for s in rec.result.facts.sources]
    assert boxes == [s["boxes"] for s in fresh["magnesium"]["sources"]] and boxes[0]
    assert [(c.id, c.ok, c.message) for c in rec.result.checks] == [(c["id"], c["ok"], c["message"]) for c in fresh["magnesium"]["checks"]]
    assert references(rec.result) == fresh["sources"]
    fresh.pop("ocr"), rec.contract.pop("ocr")  # timings differ between two runs
    assert rec.contract == fresh


def test_search_by_name_form_verdict_and_text_in_any_language(store):
    for name in ("bisglycinate.txt", "oxide.txt", "polish_citrate.txt", "german_citrate.txt"):
        _scan(name, store)

    def names(q):
        return [e.name for e in history.search(q, store=store)]

    assert names("glycinate") == ["bisglycinate.txt"]
    assert names("caution") == ["polish_citrate.txt", "oxide.txt"]  # the verdict (newest first)
    assert names("citrate caution") == ["polish_citrate.txt"]  # every word must match
    assert names("KAPSUŁKI") == ["polish_citrate.txt"]  # label text, casefolded beyond ASCII
    assert names("50%") == []  # % is a character here, not a wildcard
    assert len(names("")) == 4 and len(history.search("", limit=2, store=store)) == 2


def test_rename_then_delete_removes_versions_and_the_photo_copy_unless_shared(tmp_path):
    db = tmp_path / "a.db"
    with Store(db) as store:
        r = audit_text((TEXTS / "citrate.txt").read_text(encoding="utf-8"), input_name="label.jpg",
                       content_sha256="ab" * 32)
        photo = b"not decoded by the store, only kept" * 100
        inp = NewInput(name="label.jpg", kind="photo", sha256="ab" * 32, text=r.facts.text, photo=photo)
        first = store.log(to_dict(r), kind="scan", name="label.jpg", pipeline="p", inputs=[inp], sha256="ab" * 32, cache=("ab" * 32, "p", None))
        second = store.log(to_dict(r), kind="scan", name="again.jpg", pipeline="p", inputs=[inp], sha256="ab" * 32)
        [copy] = list(store.photos_dir().iterdir())
        assert copy.read_bytes() == photo and store.photos_dir().stat().st_mode & 0o777 == 0o700
    assert run_cli("history", "rename", str(first), "My citrate", db=db).returncode == 0
    hist = json.loads(run_cli("history", "--search", "my citrate", "--json", db=db).stdout)
    assert [h["id"] for h in hist] == [first]
    r = run_cli("history", "rename", str(first), "  ", db=db)
    assert r.returncode == ExitCode.INPUT_ERROR and r.stderr == "auditor: error: give the audit a name that is not empty\n"
    assert run_cli("history", "rename", "x", "y", db=db).returncode == ExitCode.USAGE
    r = run_cli("history", "delete", str(second), db=db)
    assert r.returncode == 0 and f"deleted audit {second}" in r.stdout
    assert copy.exists()  # the first entry still shows this photo
    with Store(db) as store:
        assert store.get("ab" * 32, "p") is not None  # and its cached result stays
    r = run_cli("history", "delete", str(first), db=db)
    assert r.returncode == 0 and not copy.exists()
    with sqlite3.connect(db) as con:
        for table in ("entries", "versions", "inputs", "audits"):
            assert con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    r = run_cli("history", "delete", str(first), db=db)
    assert r.returncode == ExitCode.NOT_FOUND and r.stderr == f"auditor: error: no audit has the id {first}; run `auditor history` to list them\n"


def test_photo_copies_are_capped(tmp_path, monkeypatch):
    from auditor import store as store_module

    with Store(tmp_path / "a.db") as store:
        big = NewInput(name="big.jpg", kind="photo", photo=b"x" * (store_module.MAX_PHOTO_BYTES + 1))
        entry = store.log({"status": "ok"}, kind="scan", name="big.jpg", pipeline="p", inputs=[big])
        [inp] = store.entry_inputs(entry)
        assert inp.photo_file is None and inp.photo_note == "not kept: the photo is 25 MB, over the 25 MB a copy may take"
        monkeypatch.setattr(store_module, "MAX_PHOTOS_TOTAL_BYTES", 1000)
        ok = store.log({"status": "ok"}, kind="scan", name="a.jpg", pipeline="p", inputs=[NewInput(name="a.jpg", kind="photo", photo=b"a" * 600)])
        over = store.log({"status": "ok"}, kind="scan", name="b.jpg", pipeline="p", inputs=[NewInput(name="b.jpg", kind="photo", photo=b"b" * 600)])
        assert store.entry_inputs(ok)[0].has_photo
        assert store.entry_inputs(over)[0].photo_note.startswith("not kept: the store's photo copies reached their")


def test_show_by_id_and_version_and_json(tmp_path):
    db = tmp_path / "a.db"
    assert run_cli("scan", str(TEXTS / "oxide.txt"), db=db).returncode == 0
    with Store(db) as store:
        history.save_correction(1, [{"source_index": 0, "declared_mg": 250}], note="checked the bottle", store=store)
    r = run_cli("show", "1", db=db)
    assert r.returncode == 0, r.stderr
    assert "version 2 of 2" in r.stdout and "corrections: source 1: declared_mg = 250 (checked the bottle)" in r.stdout
    assert "Elemental magnesium: 250.0 mg per serving" in r.stdout
    old = json.loads(run_cli("show", "1", "--version", "1", "--json", db=db).stdout)
    assert old["magnesium"]["elemental_mg"] == 400.0
    assert run_cli("show", "1", "--version", "3", db=db).returncode == ExitCode.NOT_FOUND
    by_hash = json.loads(run_cli("show", old["sha256"][:8], "--json", db=db).stdout)
    assert by_hash["magnesium"]["elemental_mg"] == 250.0  # by content: the newest version of its newest entry


# -- schema migration -------------------------------------------------------------------------------------------

# the store as the previous release created it (schema 1: no user_version, no History tables)
OLD_SCHEMA = """
CREATE TABLE audits (id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL, pipeline TEXT NOT NULL, path TEXT,
    audited_at TEXT NOT NULL, seconds REAL, status TEXT NOT NULL, forms TEXT, elemental_mg REAL, verdict TEXT,
    result_json TEXT NOT NULL, UNIQUE (sha256, pipeline));
CREATE INDEX audits_time ON audits (audited_at);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE runs (id INTEGER PRIMARY KEY, folder TEXT NOT NULL, recursive INTEGER NOT NULL, started TEXT NOT NULL,
    finished TEXT, status TEXT NOT NULL);
CREATE TABLE claims (sha256 TEXT NOT NULL, pipeline TEXT NOT NULL, run_id INTEGER NOT NULL, claimed_at TEXT NOT NULL,
    PRIMARY KEY (sha256, pipeline));
CREATE TABLE run_items (run_id INTEGER NOT NULL REFERENCES runs (id), path TEXT NOT NULL, sha256 TEXT, status TEXT NOT NULL,
    cached INTEGER NOT NULL, audit_id INTEGER REFERENCES audits (id), PRIMARY KEY (run_id, path));
"""


def _old_store(path: Path) -> list[dict]:
    con = sqlite3.connect(path)
    con.executescript(OLD_SCHEMA)
    results = []
    for i, (name, when) in enumerate((("bisglycinate.txt", "2026-01-02T03:04:05.000+00:00"), ("oxide.txt", "2026-01-03T03:04:05.000+00:00"))):
        d = to_dict(audit_path(TEXTS / name))
        results.append(d)
        con.execute("INSERT INTO audits (sha256, pipeline, path, audited_at, status, forms, elemental_mg, verdict, result_json) "
                    "VALUES (?, 'auditor 0.1.0; rules old', ?, ?, 'ok', '', 0, '', ?)", (d["sha256"], f"/labels/{name}", when, json.dumps(d)))
    con.execute("INSERT INTO runs (folder, recursive, started, status) VALUES ('/labels', 0, '2026-01-03', 'done')")
    con.execute("INSERT INTO run_items VALUES (1, '/labels/oxide.txt', ?, 'ok', 0, 2)", (results[1]["sha256"],))
    con.commit()
    con.close()
    return results


def test_an_old_store_opens_keeps_its_rows_and_lists_them_in_history(tmp_path):
    db = tmp_path / "old.db"
    old = _old_store(db)
    r = run_cli("history", "--json", db=db)
    assert r.returncode == 0, r.stderr
    hist = json.loads(r.stdout)
    assert [(h["name"], h["kind"], h["created_at"], h["verdict"]) for h in hist] == [
        ("oxide.txt", "batch", "2026-01-03T03:04:05.000+00:00", "caution"),  # it was in a batch run
        ("bisglycinate.txt", "scan", "2026-01-02T03:04:05.000+00:00", "suitable"),
    ]
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM audits").fetchone()[0] == 2  # nothing of the old tables removed
        assert con.execute("SELECT count(*) FROM run_items").fetchone()[0] == 1
        assert con.execute("PRAGMA user_version").fetchone()[0] == 2
    assert json.loads(run_cli("show", str(hist[1]["id"]), "--json", db=db).stdout) == old[0]
    # a label text stored before the store kept texts cannot be recomputed: said so, nothing saved
    with Store(db) as store, pytest.raises(InputError, match="stored before the store kept label texts"):
        history.save_correction(hist[1]["id"], [{"daily_servings": 2}], store=store)
    assert run_cli("history", "--json", db=db).stdout == r.stdout  # opening again migrates nothing twice


def test_two_processes_opening_an_old_store_migrate_it_once(tmp_path):
    db = tmp_path / "old.db"
    _old_store(db)
    code = f"from auditor.store import Store; Store({str(db)!r}).close()"
    procs = [subprocess.Popen([sys.executable, "-c", code]) for _ in range(3)]
    assert [p.wait(timeout=60) for p in procs] == [0, 0, 0]
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*), count(DISTINCT sha256) FROM entries").fetchone() == (2, 2)


# -- the store's guarantees, kept -------------------------------------------------------------------------------


def test_full_disk_while_keeping_the_photo_prints_the_result_and_exits_8(tmp_path):
    import resource

    db = tmp_path / "a.db"
    photo = IMAGES / "d3k2_control_scene.jpg"  # 246 KB: more than the 200 KB any file may grow to here

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, 200_000))

    env = dict(os.environ, PYTHONIOENCODING="utf-8", COLUMNS="200", AUDITOR_DB=str(db))
    r = subprocess.run([sys.executable, "-m", "auditor", "scan", str(photo), "--engine", "tesseract"], capture_output=True,
                       text=True, env=env, timeout=120, preexec_fn=limit)
    assert r.returncode == ExitCode.WRITE_FAILED, r.stderr
    assert "Sleep verdict:" in r.stdout  # the audit is still printed
    assert r.stderr.startswith(f"auditor: error: {db}: cannot keep a copy of the photo in {db}.photos (File too large)")
    assert r.stderr.endswith("the results above were printed but not kept in History\n") and "Traceback" not in r.stderr
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM entries").fetchone()[0] == 0  # nothing half-logged
    assert [p.name for p in Path(f"{db}.photos").iterdir()] == []  # and no partial copy left behind


def test_a_store_from_before_compressed_versions_rebuilds_its_history_from_the_cache(tmp_path):
    # a store made while History was in development: user_version 2, a versions table with result_json
    db = tmp_path / "dev.db"
    _old_store(db)
    con = sqlite3.connect(db)
    con.executescript("""
        CREATE TABLE entries (id INTEGER PRIMARY KEY, name TEXT);
        CREATE TABLE versions (entry_id INTEGER, number INTEGER, result_json TEXT NOT NULL);
        CREATE TABLE inputs (entry_id INTEGER, position INTEGER);
        PRAGMA user_version = 2;
    """)
    con.close()
    with Store(db) as store:
        assert [e.name for e in store.entries()] == ["oxide.txt", "bisglycinate.txt"]
        entry = _scan("citrate.txt", store)  # and it can be written again
        assert history.get(entry.id, store=store).result.elemental_mg == 300.0
