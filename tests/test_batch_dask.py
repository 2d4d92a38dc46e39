"""`auditor batch --dask` (issue 11): a real LocalCluster of 2 worker processes, real `dask scheduler` and
`dask worker` processes, a worker killed for real mid-batch, the client killed with kill -9 and resumed.

Nothing is mocked: the faults are SIGKILLs of real processes and a port nothing listens on.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

try:
    import distributed
except ImportError:  # fail, not skip: CI installs the dask extra, and a broken install must show
    pytest.fail("Dask distributed is not installed: run scripts/setup.sh (it installs .[test,dask])", pytrace=False)

from auditor.batch import run_batch
from auditor.batch_dask import DaskPool, DaskTarget, dask_pool, parse_target
from auditor.errors import ClusterUnavailableError, ExitCode
from auditor.store import Store
from hostile.procs import alive, children

ROOT = Path(__file__).resolve().parent.parent
TEXTS = ROOT / "samples" / "texts"
IMAGES = ROOT / "samples" / "images"
PHOTOS = ("bisglycinate_clean.png", "oxide_clean.png", "citrate_rot90.jpg")
# Tesseract alone: the batch machinery under test does not depend on the engine, and it is the quickest one
ENGINE = "tesseract"
DASK = Path(sys.executable).parent / "dask"


def _fields(report) -> list[tuple]:
    return [(r.file, r.status, r.forms, r.elemental_mg, r.elemental_mg_per_day, r.verdict, r.check_failures) for r in report.rows]


@pytest.fixture(scope="module")
def labels(tmp_path_factory) -> Path:
    """Label texts and photos, a skip and an error: every kind of row."""
    d = tmp_path_factory.mktemp("labels")
    for p in sorted(TEXTS.iterdir())[:10]:
        shutil.copy(p, d / p.name)
    for name in PHOTOS:
        shutil.copy(IMAGES / name, d / name)
    (d / "empty.txt").write_bytes(b"")
    (d / "notes.csv").write_text("a,b\n")
    return d


@pytest.fixture(scope="module")
def pool_report(labels):
    return run_batch(labels, workers=2, engine=ENGINE)


@pytest.fixture(scope="module")
def local_pool():
    """One LocalCluster of 2 worker processes (1 thread each) for the module: starting one takes ~2 s."""
    with dask_pool(DaskTarget(local_workers=2), engine=ENGINE) as pool:
        _ = pool.client  # start it now, not inside the first test's timing
        yield pool


@pytest.mark.parametrize(("text", "expected"), [
    ("local", DaskTarget(local_workers=2)),
    ("local:3", DaskTarget(local_workers=3)),
    ("tcp://10.0.0.5:8786", DaskTarget(address="tcp://10.0.0.5:8786")),
    ("tcp://scheduler.lan", DaskTarget(address="tcp://scheduler.lan:8786")),  # Dask's default port
    ("tls://[::1]:9000", DaskTarget(address="tls://[::1]:9000")),
])
def test_parse_target(text, expected):
    assert parse_target(text) == expected


@pytest.mark.parametrize("text", ["", "local:0", "local:x", "10.0.0.5:8786", "http://h:1", "tcp://h:70000", "tcp://h:1/x"])
def test_parse_target_rejects(text):
    with pytest.raises(ValueError, match="tcp://HOST:PORT, local or local:N"):
        parse_target(text)


def test_local_cluster_gives_the_same_rows_as_the_process_pool(labels, pool_report, local_pool, tmp_path):
    assert local_pool.reads_paths  # a LocalCluster shares the disk: workers read the files themselves
    with Store(tmp_path / "a.db") as store:
        report = run_batch(labels, store=store, pool=local_pool, engine=ENGINE)
        assert _fields(report) == _fields(pool_report)
        assert {r.status for r in report.rows} == {"ok", "no_magnesium", "error", "skipped"}
        assert report.audited == 14 and store.count_duplicates() == 0
        rerun = run_batch(labels, store=store, pool=local_pool, engine=ENGINE)  # served from the store, nothing sent
    assert rerun.audited == 0 and _fields(rerun) == _fields(pool_report)
    assert sum(r.cached for r in rerun.rows) == 14  # 13 labels and the empty text (a cached bad_input)


def test_sent_bytes_match_and_the_size_cap_is_an_error_row(labels, pool_report, local_pool):
    send = DaskPool(lambda: local_pool.client, slots=2, reads_paths=False, max_send_bytes=100_000)
    report = run_batch(labels, pool=send, engine=ENGINE)
    by_file = {r.file: r for r in report.rows}
    big = [p for p in PHOTOS if (labels / p).stat().st_size > 100_000]
    assert big  # the cap must bite for this test to mean anything
    for name in big:
        assert by_file[name].status == "error" and by_file[name].error.startswith("too_large_to_send:")
    assert [f for f in _fields(report) if f[0] not in big] == [f for f in _fields(pool_report) if f[0] not in big]


def test_time_limit_per_file_is_an_error_row_not_a_hang(tmp_path, local_pool):
    (tmp_path / "in").mkdir()
    shutil.copy(IMAGES / "citrate_rot90.jpg", tmp_path / "in" / "slow.jpg")  # three OCR passes: far more than 1 ms
    with Store(tmp_path / "a.db") as store:
        report = run_batch(tmp_path / "in", store=store, pool=local_pool, time_limit_s=0.001, engine=ENGINE)
        (row,) = report.rows
        assert row.status == "error" and row.error.startswith("timed_out: the audit took longer than 0.001 s")
        assert store.history() == []  # a time-out may pass next time: never cached


def test_a_worker_killed_mid_batch_has_its_files_retried_elsewhere(labels, pool_report, local_pool, tmp_path):
    client = local_pool.client
    pids = client.run(os.getpid)  # worker address → pid
    killed: list[tuple[str, int]] = []

    def kill_a_busy_worker(row, done, total):
        if killed:
            return
        busy = {w: keys for w, keys in client.processing().items() if keys}
        if busy:
            worker, keys = max(busy.items(), key=lambda kv: len(kv[1]))
            os.kill(pids[worker], signal.SIGKILL)
            killed.append((worker, len(keys)))

    with Store(tmp_path / "a.db") as store:
        report = run_batch(labels, store=store, pool=local_pool, on_row=kill_a_busy_worker, engine=ENGINE)
        assert killed and killed[0][1] >= 1  # a worker died holding at least one file
        assert _fields(report) == _fields(pool_report)  # each file exactly one row, the same results
        assert store.count_duplicates() == 0
        n_audits = store.conn.execute("SELECT count(*) FROM audits").fetchone()[0]
        assert n_audits == 14
    client.wait_for_workers(2, timeout=30)  # the nanny restarts it for the next test


def test_ctrl_c_cancels_outstanding_futures_and_marks_the_run_interrupted(labels, local_pool, tmp_path):
    client = local_pool.client

    def ctrl_c(row, done, total):
        if done == 1:
            signal.raise_signal(signal.SIGINT)  # a real SIGINT, through the handler dask_pool installed

    try:
        with Store(tmp_path / "a.db") as store, pytest.raises(KeyboardInterrupt):
            run_batch(labels, store=store, pool=local_pool, on_row=ctrl_c, engine=ENGINE)
        with sqlite3.connect(tmp_path / "a.db") as con:
            assert con.execute("SELECT status FROM runs").fetchall() == [("interrupted",)]
            assert con.execute("SELECT count(*) FROM claims").fetchone()[0] == 0
        deadline = time.monotonic() + 2
        while client.futures:  # the outstanding futures were cancelled, not left to run
            assert time.monotonic() < deadline, client.futures
            time.sleep(0.05)
    finally:
        local_pool.interrupted.clear()


def test_an_unreachable_scheduler_is_exit_7_before_any_work(tmp_path):
    with socket.socket() as s:  # a port that nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    db = tmp_path / "a.db"
    t0 = time.monotonic()
    r = _cli("batch", str(TEXTS), "--dask", f"tcp://127.0.0.1:{port}", "--dask-timeout", "1", "--out", str(tmp_path / "r.csv"), db=db)
    assert r.returncode == ExitCode.CLUSTER_UNAVAILABLE, r.stderr
    assert r.stderr.startswith(f"auditor: error: cannot reach the Dask scheduler at tcp://127.0.0.1:{port} within 1 s")
    assert "Traceback" not in r.stderr and time.monotonic() - t0 < 15
    assert not (tmp_path / "r.csv").exists()
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM runs").fetchone()[0] == 0  # no run was started
    r = _cli("batch", str(TEXTS), "--dask", "local:2", "--workers", "4", db=db)
    assert r.returncode == ExitCode.USAGE and "with --dask give local:N" in r.stderr
    with pytest.raises(ClusterUnavailableError, match="no Dask worker joined"):
        # a scheduler with no worker: the same exit code, also before any work
        with distributed.LocalCluster(n_workers=0, processes=False, dashboard_address="127.0.0.1:0") as cluster:
            with dask_pool(DaskTarget(address=cluster.scheduler_address), connect_timeout_s=0.5):
                pass


def test_without_dask_installed_the_message_names_the_extra(tmp_path):
    # the one fault not caused for real: Dask is installed here, so the import is made to fail
    code = ("import sys; sys.modules['distributed'] = None; from auditor.cli import main; "
            f"sys.exit(main(['batch', {str(TEXTS)!r}, '--dask', 'local']))")
    env = dict(os.environ, AUDITOR_DB=str(tmp_path / "a.db"))
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60, check=False)
    assert r.returncode == ExitCode.CLUSTER_UNAVAILABLE
    assert r.stderr == ("auditor: error: `--dask` needs Dask distributed, which is not installed; install it with "
                        "`pip install 'auditor[dask]'` (or `pip install distributed`)\n")


def _cli(*args: str, db: Path, timeout: float = 120) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8", COLUMNS="200", AUDITOR_DB=str(db))
    return subprocess.run([sys.executable, "-m", "auditor", *args], capture_output=True, text=True, env=env, timeout=timeout, check=False)


def _csv_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _key(rows: list[dict]) -> list[tuple]:
    return [(r["file"], r["status"], r["forms"], r["elemental_mg"], r["elemental_mg_per_day"], r["verdict"]) for r in rows]


@pytest.fixture()
def scheduler(tmp_path):
    """A real `dask scheduler` and `dask worker --nworkers 2` on 127.0.0.1, from the project's environment."""
    sched_file = tmp_path / "scheduler.json"
    procs = [subprocess.Popen([str(DASK), "scheduler", "--host", "127.0.0.1", "--port", "0", "--dashboard-address", "127.0.0.1:0",
                               "--scheduler-file", str(sched_file)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)]
    try:
        deadline = time.monotonic() + 30
        while not sched_file.exists() or not sched_file.read_text().strip():
            assert time.monotonic() < deadline, "dask scheduler did not start"
            time.sleep(0.05)
        time.sleep(0.1)  # the file is written in one go, but give the writer time to close it
        address = json.loads(sched_file.read_text())["address"]
        procs.append(subprocess.Popen([str(DASK), "worker", address, "--nworkers", "2", "--nthreads", "1", "--no-dashboard"],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True))
        with distributed.Client(address, timeout=30) as c:
            c.wait_for_workers(2, timeout=60)
        yield address
    finally:
        for p in reversed(procs):
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            p.wait(timeout=10)


def test_real_scheduler_and_workers_same_rows_as_the_process_pool_and_rerun_from_store(labels, pool_report, scheduler, tmp_path):
    with dask_pool(parse_target(scheduler), engine=ENGINE) as pool, Store(tmp_path / "a.db") as store:
        assert not pool.reads_paths and pool.slots == 2  # a remote scheduler: bytes are sent, two worker threads
        report = run_batch(labels, store=store, pool=pool, engine=ENGINE)
        assert _fields(report) == _fields(pool_report)  # one row per file, same statuses and values
        rerun = run_batch(labels, store=store, pool=pool, engine=ENGINE)
        assert rerun.audited == 0 and sum(r.cached for r in rerun.rows) == 14 and _fields(rerun) == _fields(pool_report)

    # the command line on the same cluster: a report, exit codes, and a rerun served from the store
    texts = tmp_path / "texts"
    shutil.copytree(TEXTS, texts)
    db, out = tmp_path / "cli.db", tmp_path / "dask.csv"
    r = _cli("batch", str(texts), "--dask", scheduler, "--out", str(out), db=db)
    assert r.returncode == ExitCode.OK, r.stderr
    n = len(list(texts.iterdir()))
    assert f"{n} files" in r.stdout and "0 from the store" in r.stdout
    first = _csv_rows(out)
    assert [row["file"] for row in first] == sorted(p.name for p in texts.iterdir())
    assert all(row["status"] in ("ok", "no_magnesium") and row["cached"] == "false" for row in first)


def _wait_gone(pids: list[int], timeout_s: float = 10) -> list[int]:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        left = [p for p in pids if alive(p)]
        if not left:
            return []
        time.sleep(0.05)
    return [p for p in pids if alive(p)]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_client_killed_mid_batch_takes_its_local_workers_with_it_and_resumes(tmp_path, local_pool):
    folder = tmp_path / "labels"
    folder.mkdir()
    for p in sorted(TEXTS.iterdir())[:8]:
        shutil.copy(p, folder / p.name)
    for name in ("citrate_rot90.jpg", "oxide_clean.png"):
        shutil.copy(IMAGES / name, folder / name)
    total = 10
    db = tmp_path / "a.db"
    env = dict(os.environ, AUDITOR_DB=str(db), PYTHONIOENCODING="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "auditor", "batch", str(folder), "--dask", "local:2", "--engine", ENGINE],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while True:  # kill once the first photo is stored and work is still in flight
            assert time.monotonic() < deadline and proc.poll() is None, "the batch ended before it could be killed"
            if db.exists():
                try:
                    with sqlite3.connect(db, timeout=1) as con:
                        if con.execute("SELECT count(*) FROM run_items").fetchone()[0] >= 1:
                            break
                except sqlite3.OperationalError:
                    pass
            time.sleep(0.02)
        workers = children(proc.pid)
        assert len(workers) >= 2  # the two worker processes (and multiprocessing's resource tracker)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        assert _wait_gone(workers) == []  # workers die with the client (issue 13)
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    with sqlite3.connect(db) as con:
        done_before = con.execute("SELECT count(*) FROM run_items").fetchone()[0]
    assert 1 <= done_before < total
    with Store(db) as store:  # the rerun, on this module's cluster (the command line is the same call)
        report = run_batch(folder, store=store, pool=local_pool, engine=ENGINE)
    assert report.resumed and not report.failed
    assert [r.file for r in report.rows] == sorted(p.name for p in folder.iterdir())
    assert sum(r.cached for r in report.rows) >= done_before  # nothing done before was redone
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM (SELECT 1 FROM audits GROUP BY sha256, pipeline HAVING count(*) > 1)").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM audits").fetchone()[0] == total
        assert con.execute("SELECT count(*), count(DISTINCT path) FROM run_items").fetchone() == (total, total)
