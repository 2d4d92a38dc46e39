"""The audit store: real SQLite files; cache key, prefix lookup, runs, and the history/show commands."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from auditor import __version__
from auditor.audit import audit_path
from auditor.errors import ExitCode, StoreNotFoundError
from auditor.report import to_dict
from auditor.store import Store, default_db_path, pipeline_for, pipeline_version
from auditor.verdict import RULES_VERSION

TEXTS = Path(__file__).resolve().parent.parent / "samples" / "texts"


def run_cli(*args: str, db: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8", COLUMNS="200", AUDITOR_DB=str(db))
    return subprocess.run([sys.executable, "-m", "auditor", *args], capture_output=True, text=True, env=env, timeout=60)


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "a.db") as s:
        yield s


def _result(name: str) -> dict:
    return to_dict(audit_path(TEXTS / name))


def test_default_path_follows_env(monkeypatch, tmp_path):
    monkeypatch.delenv("AUDITOR_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_db_path() == tmp_path / "xdg" / "auditor" / "audits.db"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert default_db_path() == Path.home() / ".local" / "share" / "auditor" / "audits.db"
    monkeypatch.setenv("AUDITOR_DB", str(tmp_path / "x.db"))
    assert default_db_path() == tmp_path / "x.db"


def test_wal_mode_and_pipeline_versions(store):
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert pipeline_version() == f"auditor {__version__}; rules {RULES_VERSION}"
    assert pipeline_for("label.txt", store) == pipeline_version()
    img = pipeline_for("label.jpg", store)
    assert img.startswith(pipeline_version() + "; tesseract ")  # the Tesseract version is part of a photo's key


def test_put_get_counts_hits_and_never_duplicates(store):
    d = _result("bisglycinate.txt")
    p = pipeline_version()
    assert store.get(d["sha256"], p) is None and store.misses == 1
    first = store.put(d["sha256"], p, d, path="/x/bisglycinate.txt")
    again = store.put(d["sha256"], p, d, path="/y/bisglycinate.txt")
    assert first == again and store.count_duplicates() == 0
    hit = store.get(d["sha256"], p)
    assert store.hits == 1 and hit.result == d and hit.path == "/y/bisglycinate.txt"
    assert hit.forms == ("glycinate",) and hit.elemental_mg == 200.0 and hit.verdict == "suitable"
    assert store.get(d["sha256"], p + "; other rules") is None  # a new pipeline re-audits


def test_find_by_prefix(store):
    a, b = _result("bisglycinate.txt"), _result("oxide.txt")
    for d in (a, b):
        store.put(d["sha256"], pipeline_version(), d)
    assert store.find(a["sha256"][:6]).sha256 == a["sha256"]
    assert store.find(b["sha256"].upper()).sha256 == b["sha256"]
    with pytest.raises(StoreNotFoundError, match="at least 6 hex characters"):
        store.find(a["sha256"][:5])
    with pytest.raises(StoreNotFoundError, match="no stored audit"):
        store.find("000000" if not a["sha256"].startswith("000000") else "ffffff")
    # an ambiguous prefix names the problem instead of picking one
    twin = dict(a, sha256=a["sha256"][:6] + "0" * 58)
    store.put(twin["sha256"], pipeline_version(), twin)
    with pytest.raises(StoreNotFoundError, match="matches 2 different audits"):
        store.find(a["sha256"][:6])


def test_runs_resume_only_unfinished_runs_whose_process_is_gone(store):
    run = store.start_run("/labels", recursive=False)
    store.add_item(run.id, "/labels/a.txt", sha256="ab", status="ok", cached=False, audit_id=None)
    store.add_item(run.id, "/labels/a.txt", sha256="ab", status="ok", cached=True, audit_id=None)  # replaced, not added
    with Store(store.path) as other:  # a second batch on the same store while the first is alive (issue 13)
        second = other.start_run("/labels", recursive=False)
        assert second.id != run.id and not second.resumed
        other.finish_run(second.id, "done")
    store.close()  # the first batch's process is gone: its lock goes with it
    with Store(store.path) as later:
        again = later.start_run("/labels", recursive=False)
        assert again.id == run.id and again.resumed and later.done_items(run.id) == {"/labels/a.txt": "ab"}
        assert later.start_run("/labels", recursive=True).id != run.id  # other options: another run
        later.finish_run(run.id, "done")
        assert later.start_run("/labels", recursive=False).id != run.id


def test_history_and_show_commands(tmp_path):
    db = tmp_path / "a.db"
    folder = tmp_path / "labels"
    folder.mkdir()
    for name in ("bisglycinate.txt", "oxide.txt"):
        shutil.copy(TEXTS / name, folder / name)
    assert run_cli("batch", str(folder), "--workers", "1", db=db).returncode == 0
    r = run_cli("history", "--json", db=db)
    assert r.returncode == 0, r.stderr
    hist = json.loads(r.stdout)
    assert {h["path"].rsplit("/", 1)[1] for h in hist} == {"bisglycinate.txt", "oxide.txt"}
    assert {h["verdict"] for h in hist} == {"suitable", "caution"}
    r = run_cli("history", "--limit", "1", db=db)
    assert r.returncode == 0 and "Last 1 audits" in r.stdout

    sha = next(h["sha256"] for h in hist if h["path"].endswith("oxide.txt"))
    r = run_cli("show", sha[:8], "--json", db=db)
    assert r.returncode == 0 and json.loads(r.stdout)["magnesium"]["elemental_mg"] == 400.0
    r = run_cli("show", str(folder / "bisglycinate.txt"), db=db)  # FILE: hashed and looked up
    assert r.returncode == 0 and "SUITABLE" in r.stdout and "200.0 mg" in r.stdout

    r = run_cli("show", "deadbeef", db=db)
    assert r.returncode == ExitCode.NOT_FOUND == 6
    assert r.stderr == "auditor: error: no stored audit has a sha256 starting with deadbeef; run `auditor history` to list them\n"
    unseen = tmp_path / "unseen.txt"
    unseen.write_text("Magnesium 100 mg\n")
    r = run_cli("show", str(unseen), db=db)
    assert r.returncode == 6 and "never audited" in r.stderr


def test_store_survives_a_second_connection_writing(tmp_path):
    """WAL: a reader (history in another terminal) does not block the batch writer."""
    with Store(tmp_path / "a.db") as writer:
        reader = sqlite3.connect(tmp_path / "a.db")
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM audits").fetchone()
        d = _result("citrate.txt")
        writer.put(d["sha256"], pipeline_version(), d)
        reader.rollback()
        assert reader.execute("SELECT count(*) FROM audits").fetchone()[0] == 1
        reader.close()
