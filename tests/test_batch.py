"""`auditor batch`: every file accounted for, exit codes, report formats, cache hits, kill -9 and resume.

Real files, real SQLite, real worker processes; faults are made for real (FIFO, dangling and looping
symlinks, truncated JPEG), since chmod 000 does not block reads when tests run as root.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from auditor.batch import COLUMNS, run_batch, walk, write_report
from auditor.errors import ExitCode, InputNotFoundError
from auditor.store import Store

ROOT = Path(__file__).resolve().parent.parent
TEXTS = ROOT / "samples" / "texts"
IMAGES = ROOT / "samples" / "images"
NON_UTF8 = os.fsdecode(b"caf\xe9.txt")  # a Latin-1 name on a UTF-8 system: not decodable


def run_cli(*args: str, db: Path, timeout: float = 120) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8", COLUMNS="200", AUDITOR_DB=str(db))
    return subprocess.run([sys.executable, "-m", "auditor", *args], capture_output=True, text=True, env=env, timeout=timeout)


@pytest.fixture()
def messy(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A folder with one of every kind of trouble, and the status each file must get."""
    d = tmp_path / "labels"
    (d / "nested" / "deeper").mkdir(parents=True)
    expected: dict[str, str] = {}

    def text(name: str, sample: str, status: str = "ok") -> None:
        shutil.copy(TEXTS / sample, d / name)
        expected[name] = status

    text("bisglycinate.txt", "bisglycinate.txt")
    text("nested/deeper/oxide.txt", "oxide.txt")
    text("магний ü.txt", "citrate.txt")  # unicode name
    text("d3k2.txt", "d3k2_control.txt", "no_magnesium")
    shutil.copy(TEXTS / "taurate.txt", os.path.join(d, NON_UTF8))
    expected["caf\\xe9.txt"] = "ok"  # undecodable byte shown as an escape, never dropped
    shutil.copy(IMAGES / "bisglycinate_clean.png", d / "good.png")
    expected["good.png"] = "ok"
    (d / "zero.jpg").write_bytes(b"")
    expected["zero.jpg"] = "error"
    (d / "zero.txt").write_bytes(b"")
    expected["zero.txt"] = "error"
    (d / "truncated.jpg").write_bytes((IMAGES / "bisglycinate_rot5.jpg").read_bytes()[:3000])
    expected["truncated.jpg"] = "error"
    (d / "not_an_image.jpg").write_text("this is not a JPEG\n")
    expected["not_an_image.jpg"] = "error"
    os.mkfifo(d / "fifo.jpg")  # unreadable even as root; reading it would block the run
    expected["fifo.jpg"] = "error"
    (d / "dangling.png").symlink_to(d / "nowhere.png")
    expected["dangling.png"] = "error"
    (d / "selfloop.jpg").symlink_to(d / "selfloop.jpg")  # ELOOP
    expected["selfloop.jpg"] = "error"
    (d / "nested" / "up").symlink_to(d)  # a folder symlink loop
    expected["nested/up/"] = "skipped"
    (d / "notes.csv").write_text("a,b\n")
    expected["notes.csv"] = "skipped"
    if os.geteuid() != 0:  # as root chmod 000 does not stop a read; the FIFO above covers that case
        p = d / "locked.txt"
        shutil.copy(TEXTS / "chloride.txt", p)
        p.chmod(0)
        expected["locked.txt"] = "error"
    return d, expected


def test_messy_folder_every_file_accounted_for(messy, tmp_path):
    folder, expected = messy
    db = tmp_path / "audits.db"
    out = tmp_path / "report.csv"
    r = run_cli("batch", str(folder), "--recursive", "--workers", "2", "--out", str(out), db=db)
    assert r.returncode == ExitCode.ROWS_FAILED, r.stderr
    with out.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert tuple(rows[0].keys()) == COLUMNS
    got = {row["file"]: row["status"] for row in rows}
    assert got == expected
    by_file = {row["file"]: row for row in rows}
    assert by_file["good.png"]["forms"] == "glycinate" and float(by_file["good.png"]["elemental_mg"]) == 200
    assert by_file["bisglycinate.txt"]["verdict"] == "suitable" and by_file["bisglycinate.txt"]["rules_version"]
    assert by_file["zero.jpg"]["error"].startswith("bad_image:")
    assert by_file["fifo.jpg"]["error"].startswith("bad_input: not a regular file")
    assert "symlink loop" in by_file["selfloop.jpg"]["error"]
    assert "dangling symlink" in by_file["dangling.png"]["error"]
    # the summary names every error row, and progress went to stderr as plain lines (not a terminal)
    for name, status in expected.items():
        if status == "error":
            assert f"error {name}:" in r.stdout
    assert f"[{len(expected)}/{len(expected)}]" in r.stderr

    # the other formats, from the store this time (no worker needed): parse each one back
    for suffix in (".jsonl", ".json", ".md"):
        out2 = tmp_path / f"report{suffix}"
        r2 = run_cli("batch", str(folder), "-r", "--out", str(out2), db=db)
        assert r2.returncode == ExitCode.ROWS_FAILED, r2.stderr
        text = out2.read_text(encoding="utf-8")
        if suffix == ".jsonl":
            parsed = [json.loads(line) for line in text.splitlines()]
        elif suffix == ".json":
            doc = json.loads(text)
            assert doc["schema_version"] == 2 and doc["summary"]["total"] == len(expected)  # the contract version (issue 10: 2)
            parsed = doc["rows"]
        else:
            lines = text.splitlines()
            assert lines[0].startswith("| file | status |") and set(lines[1]) == {"|", "-"}
            parsed = [{"file": cells[0].replace("\\|", "|"), "status": cells[1]}
                      for cells in ([c.strip() for c in ln.strip("|").split(" | ")] for ln in lines[2:])]
        assert {p["file"].replace("\\\\", "\\"): p["status"] for p in parsed} == expected, suffix
    assert not list(tmp_path.glob(".report*"))  # atomic writes left no temp file


def test_nested_folder_is_a_skip_row_without_recursive(tmp_path):
    (tmp_path / "sub").mkdir()
    shutil.copy(TEXTS / "citrate.txt", tmp_path / "sub" / "citrate.txt")
    shutil.copy(TEXTS / "oxide.txt", tmp_path / "oxide.txt")
    entries = walk(tmp_path)
    assert [(e.name, e.kind) for e in entries] == [("oxide.txt", "text"), ("sub/", "skip")]
    assert "--recursive" in entries[1].reason


def test_clean_folder_exits_0_and_usage_errors_exit_2(tmp_path):
    folder = tmp_path / "ok"
    folder.mkdir()
    for name in ("bisglycinate.txt", "d3k2_control.txt"):
        shutil.copy(TEXTS / name, folder / name)
    db = tmp_path / "a.db"
    r = run_cli("batch", str(folder), "--workers", "1", "--out", str(tmp_path / "r.json"), db=db)
    assert r.returncode == ExitCode.OK, r.stderr
    assert "2 files" in r.stdout and "1 no_magnesium, 1 ok" in r.stdout
    r = run_cli("batch", str(folder), "--out", str(tmp_path / "r.xlsx"), db=db)
    assert r.returncode == ExitCode.USAGE and "name the report .csv, .jsonl, .json or .md" in r.stderr
    r = run_cli("batch", str(folder), "--workers", "0", db=db)
    assert r.returncode == ExitCode.USAGE
    r = run_cli("batch", str(tmp_path / "missing"), db=db)
    assert r.returncode == ExitCode.INPUT_ERROR and r.stderr.strip().endswith("missing: no such folder")
    with pytest.raises(InputNotFoundError):
        run_batch(tmp_path / "missing")


def test_rerun_takes_results_from_the_store_and_reaudits_changed_files(tmp_path):
    folder = tmp_path / "texts"
    shutil.copytree(TEXTS, folder)
    n = len(list(folder.iterdir()))
    with Store(tmp_path / "a.db") as store:
        first = run_batch(folder, store=store, workers=2)
        assert first.audited == n and not any(r.cached for r in first.rows)
    (folder / "oxide.txt").write_text((TEXTS / "citrate.txt").read_text() + "\n")  # changed content, new hash
    with Store(tmp_path / "a.db") as store:
        second = run_batch(folder, store=store, workers=2)
        # no OCR or parsing happened for the unchanged files: they came from the store
        assert store.hits == n - 1 and second.audited == 1
    cached = {r.file: r.cached for r in second.rows}
    assert cached.pop("oxide.txt") is False and all(cached.values())
    assert [r.status for r in second.rows] == [r.status for r in first.rows]
    assert next(r for r in second.rows if r.file == "oxide.txt").forms == ("citrate",)


def test_any_executor_can_run_the_audits(tmp_path):
    """The runner takes any concurrent.futures.Executor (a Dask client's get_executor() fits the same slot)."""
    for name in ("bisglycinate.txt", "chloride.txt", "malate.txt"):
        shutil.copy(TEXTS / name, tmp_path / name)
    with ThreadPoolExecutor(2) as ex:
        report = run_batch(tmp_path, executor=ex)
        assert not ex._shutdown  # the runner does not shut down an executor it was given
    assert [(r.file, r.status) for r in report.rows] == [("bisglycinate.txt", "ok"), ("chloride.txt", "ok"), ("malate.txt", "ok")]


def test_a_worker_killed_mid_run_does_not_stop_the_run(tmp_path):
    """A worker dying (OOM killer, a crash in a C decoder) breaks the pool; the files it took are retried."""
    import multiprocessing

    shutil.copy(IMAGES / "oxide_clean.png", tmp_path / "oxide.png")
    for name in ("bisglycinate.txt", "chloride.txt", "citrate.txt", "malate.txt", "taurate.txt"):
        shutil.copy(TEXTS / name, tmp_path / name)
    killed = []

    def kill_workers_once(row, done, total):
        if not killed:
            for p in multiprocessing.active_children():  # the pool's worker processes
                os.kill(p.pid, signal.SIGKILL)
                killed.append(p.pid)

    report = run_batch(tmp_path, workers=2, max_in_flight=6, on_row=kill_workers_once)
    assert killed
    assert [(r.file, r.status) for r in report.rows] == [
        ("bisglycinate.txt", "ok"), ("chloride.txt", "ok"), ("citrate.txt", "ok"), ("malate.txt", "ok"),
        ("oxide.png", "ok"), ("taurate.txt", "ok"),
    ]


def test_write_report_is_atomic_and_keeps_mode(tmp_path):
    shutil.copy(TEXTS / "citrate.txt", tmp_path / "citrate.txt")
    report = run_batch(tmp_path, workers=1)
    out = tmp_path / "out" / "r.csv"
    out.parent.mkdir()
    out.write_text("old")
    out.chmod(0o640)
    write_report(report, out)
    assert out.read_text(encoding="utf-8").startswith("file,status,") and (out.stat().st_mode & 0o777) == 0o640
    assert [p.name for p in out.parent.iterdir()] == ["r.csv"]


def _poll(db: Path, sql: str, until, timeout_s: float = 60):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if db.exists():
            try:
                con = sqlite3.connect(db, timeout=1)
                try:
                    value = con.execute(sql).fetchone()[0]
                finally:
                    con.close()
                if until(value):
                    return value
            except sqlite3.OperationalError:
                pass  # tables not created yet
        time.sleep(0.02)
    raise AssertionError(f"timed out waiting on {sql}")


def test_kill_9_then_rerun_resumes_with_no_lost_and_no_duplicate_rows(tmp_path):
    folder = tmp_path / "labels"
    folder.mkdir()
    texts = sorted(TEXTS.iterdir())[:12]
    for p in texts:
        shutil.copy(p, folder / p.name)
    # photos are audited first (largest first), so the kill lands while work is still queued
    for name in ("chloride_clean.png", "taurate_clean.png"):
        shutil.copy(IMAGES / name, folder / name)
    total = len(texts) + 2
    db = tmp_path / "audits.db"
    env = dict(os.environ, AUDITOR_DB=str(db), PYTHONIOENCODING="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "auditor", "batch", str(folder), "--workers", "1", "--out", str(tmp_path / "r.csv")],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    try:
        committed = _poll(db, "SELECT count(*) FROM run_items", lambda n: n >= 1)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        try:  # the orphaned pool worker of the killed run
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    assert proc.returncode == -signal.SIGKILL
    assert not (tmp_path / "r.csv").exists()  # never a half-written report
    con = sqlite3.connect(db)
    done_before = con.execute("SELECT count(*) FROM run_items").fetchone()[0]
    assert con.execute("SELECT status FROM runs").fetchall() == [("running",)]  # killed mid-run
    assert committed <= done_before < total
    con.close()

    r = run_cli("batch", str(folder), "--workers", "1", "--out", str(tmp_path / "r.csv"), db=db)
    assert r.returncode == ExitCode.OK, r.stderr
    assert "resumed an unfinished run" in r.stdout
    with (tmp_path / "r.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert sorted(row["file"] for row in rows) == sorted(p.name for p in folder.iterdir())  # each exactly once
    assert sum(row["cached"] == "true" for row in rows) >= done_before  # nothing done before was redone
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM (SELECT 1 FROM audits GROUP BY sha256, pipeline HAVING count(*) > 1)").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM audits").fetchone()[0] == total
    # History logs each file once: with its cache row, in one transaction, so the kill left no half and no double
    assert con.execute("SELECT count(*), count(DISTINCT sha256) FROM entries").fetchone() == (total, total)
    assert con.execute("SELECT count(*), count(DISTINCT path) FROM run_items").fetchone() == (total, total)
    assert con.execute("SELECT status FROM runs").fetchall() == [("done",)]  # the same run, finished
    con.close()
