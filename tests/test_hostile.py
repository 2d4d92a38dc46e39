"""Hostile input and faults (issue 13), each caused for real: a FIFO, a 1 GB sparse file, /dev/zero, a name that
is not UTF-8, kill -9 of the batch parent, two batches on one store, a full disk through RLIMIT_FSIZE, a
symlinked report, a served page, and the store's file modes. Nothing is mocked.
"""

from __future__ import annotations

import csv
import json
import os
import resource
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from auditor.audit import decode_text
from auditor.batch import run_batch, write_report
from auditor.errors import ExitCode, ReportWriteError
from auditor.store import Store

from hostile import corpus  # tests/hostile/, on the path as the test folder is
from hostile.procs import MEASURE_CHILD, alive, children

ROOT = Path(__file__).resolve().parent.parent
TEXTS = ROOT / "samples" / "texts"
IMAGES = ROOT / "samples" / "images"
LINUX = sys.platform.startswith("linux")


def _env(db: Path) -> dict:
    return dict(os.environ, PYTHONIOENCODING="utf-8", COLUMNS="200", AUDITOR_DB=str(db))


def run_cli(*args: str, db: Path, fsize: int | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """`python -m auditor ARGS`; with `fsize`, no file it writes may grow past that many bytes (RLIMIT_FSIZE):
    the disk is full as far as it knows (writes fail with EFBIG; Python ignores SIGXFSZ)."""
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    return subprocess.run([sys.executable, "-m", "auditor", *args], capture_output=True, text=True, env=_env(db),
                          timeout=timeout, preexec_fn=limit if fsize else None, check=False)




def run_measured(*args: str, db: Path) -> tuple[int, float, float, str, str]:
    """Exit code, wall seconds and peak RSS (MB) of one `auditor` process, its stdout and its stderr."""
    out = db.parent / "measured.out"
    r = subprocess.run([sys.executable, "-c", MEASURE_CHILD, str(out), *args], capture_output=True, text=True, env=_env(db),
                       timeout=300, check=False)
    code, seconds, rss_mb = json.loads(r.stdout)
    return code, seconds, rss_mb, out.read_text(encoding="utf-8"), r.stderr


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> tuple[Path, dict[str, corpus.Expect]]:
    folder = tmp_path_factory.mktemp("hostile")
    return folder, corpus.build(folder)


# -- the corpus through batch and scan ----------------------------------------------------------------------


def test_hostile_corpus_batch_gives_every_file_a_clear_row(hostile, tmp_path):
    folder, expected = hostile
    out = tmp_path / "r.csv"
    t0 = time.monotonic()
    r = run_cli("batch", str(folder), "--workers", "1", "--engine", "tesseract", "--out", str(out), db=tmp_path / "a.db")
    assert time.monotonic() - t0 < 60
    assert r.returncode == ExitCode.ROWS_FAILED and "Traceback" not in r.stderr, r.stderr
    with out.open(encoding="utf-8", newline="") as f:
        rows = {row["file"]: row for row in csv.DictReader(f)}
    assert set(rows) == {corpus.report_name(n) for n in expected}
    for name, exp in expected.items():
        row = rows[corpus.report_name(name)]
        if exp.status == "any":
            assert row["status"] in ("ok", "no_magnesium") or (row["status"] == "error" and ": " in row["error"]), (name, row)
        else:
            assert row["status"] == exp.status, (name, row)
            assert row["error"].startswith(exp.error), (name, row["error"])


def test_hostile_corpus_scan_answers_every_file_within_bounds(hostile, tmp_path):
    folder, expected = hostile
    names = sorted(n for n in expected if not n.endswith("/"))
    args = ["scan", "--json", "--engine", "tesseract", *(str(folder / n) for n in names)]
    code, seconds, rss_mb, out, err = run_measured(*args, db=tmp_path / "a.db")
    assert seconds < 60 and rss_mb < 1500, (seconds, rss_mb)
    assert code == ExitCode.INPUT_ERROR and "Traceback" not in err, err
    results = json.loads(out)
    assert len(results) == len(names)
    for name, res in zip(names, results):
        exp = expected[name]
        if exp.status in ("ok", "no_magnesium"):
            assert res["status"] == exp.status, (name, res.get("error"))
        elif exp.status == "error":
            assert res["status"] == "error" and res["error"]["code"] == exp.error.split(":")[0], (name, res["error"])


@pytest.mark.parametrize("name", ["fifo.jpg", "sparse_1gb.jpg", "dev_zero.jpg"])
def test_scan_of_a_fifo_a_sparse_1gb_file_or_dev_zero_answers_fast_and_small(hostile, name, tmp_path):
    folder, _ = hostile
    code, seconds, rss_mb, _, err = run_measured("scan", str(folder / name), db=tmp_path / "a.db")
    assert code == ExitCode.INPUT_ERROR, err
    assert seconds < 2 and rss_mb < 150, (seconds, rss_mb)
    assert err.count("\n") == 1 and err.startswith(f"auditor: error: {folder / name}: ")


def test_scan_of_a_name_that_is_not_utf8_exits_0_and_is_stored(tmp_path):
    p = Path(os.fsdecode(os.fsencode(str(tmp_path)) + b"/caf\xff.txt"))
    shutil.copy(TEXTS / "citrate.txt", p)
    db = tmp_path / "a.db"
    r = run_cli("scan", str(p), db=db)
    assert r.returncode == ExitCode.OK, r.stderr
    assert "caf\\xff.txt" in r.stdout and "Traceback" not in r.stderr
    r = run_cli("history", "--json", db=db)
    assert json.loads(r.stdout)[0]["path"].endswith("caf\\xff.txt")


def test_scan_of_several_files_prints_every_result_and_the_worst_exit_code(tmp_path):
    (tmp_path / "zero.jpg").write_bytes(b"")
    r = run_cli("scan", str(TEXTS / "citrate.txt"), str(tmp_path / "zero.jpg"), str(TEXTS / "oxide.txt"), db=tmp_path / "a.db")
    assert r.returncode == ExitCode.INPUT_ERROR
    assert "citrate.txt" in r.stdout and "oxide.txt" in r.stdout  # the good results are not lost
    assert "Elemental magnesium: 300.0 mg" in r.stdout and "Elemental magnesium: 400.0 mg" in r.stdout
    assert r.stderr.startswith(f"auditor: error: {tmp_path / 'zero.jpg'}: ") and r.stderr.count("\n") == 1


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_read_as_text(codec):
    text = (TEXTS / "polish_citrate.txt").read_text(encoding="utf-8")  # Polish letters: not only Latin-1
    assert decode_text(text.encode(codec)) == text


@pytest.mark.parametrize("data", [b"\x00" * 64, b"ab\x00\x01" * 50, bytes(range(256)), b"M\x00g\x00\x01\x00"])
def test_binary_is_still_binary(data):
    with pytest.raises(ValueError, match="binary file"):
        decode_text(data)


# -- reports ------------------------------------------------------------------------------------------------


def test_out_pointing_at_a_folder_is_exit_2_before_any_work(tmp_path):
    (tmp_path / "out.csv").mkdir()
    db = tmp_path / "a.db"
    r = run_cli("batch", str(TEXTS), "--out", str(tmp_path / "out.csv"), db=db)
    assert r.returncode == ExitCode.USAGE
    assert "is a folder; name a report file inside it" in r.stderr and "Traceback" not in r.stderr
    assert not db.exists()  # nothing was audited or stored


def test_report_through_a_symlink_keeps_the_link_and_new_reports_follow_the_umask(tmp_path):
    shutil.copy(TEXTS / "citrate.txt", tmp_path / "citrate.txt")
    report = run_batch(tmp_path, workers=1)
    target = tmp_path / "real.csv"
    target.write_text("old")
    target.chmod(0o600)
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    write_report(report, link)
    assert link.is_symlink() and target.read_text(encoding="utf-8").startswith("file,status,")
    assert target.stat().st_mode & 0o777 == 0o600  # the replaced file's mode is kept
    old = os.umask(0o027)
    try:
        write_report(report, tmp_path / "new.csv")
    finally:
        os.umask(old)
    assert (tmp_path / "new.csv").stat().st_mode & 0o777 == 0o640


def test_report_on_a_full_disk_is_exit_8_and_the_old_report_stays(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(TEXTS, folder)
    out = tmp_path / "r.csv"
    out.write_text("old report\n")
    r = run_cli("batch", str(folder), "--no-cache", "--workers", "1", "--out", str(out), db=tmp_path / "a.db", fsize=2000)
    assert r.returncode == ExitCode.WRITE_FAILED, r.stderr
    assert r.stderr.splitlines()[-1] == f"auditor: error: {out}: cannot write the report (File too large); the old report is unchanged"
    assert "Traceback" not in r.stderr
    assert out.read_text() == "old report\n" and sorted(p.name for p in tmp_path.iterdir()) == ["in", "r.csv"]  # no temp file left
    with pytest.raises(ReportWriteError):
        write_report(run_batch(folder, workers=1), tmp_path / "missing" / "r.csv")


# -- the store ----------------------------------------------------------------------------------------------


def test_store_on_a_full_disk_keeps_the_batch_going_then_exit_8(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    texts = sorted(TEXTS.glob("*.txt"))
    for i in range(2):  # distinct contents: every row is a new audit to store
        for p in texts:
            (folder / f"{i}_{p.name}").write_text(p.read_text(encoding="utf-8") + f"\nlot {i}\n", encoding="utf-8")
    n = len(texts) * 2
    db, out = tmp_path / "a.db", tmp_path / "r.csv"
    r = run_cli("batch", str(folder), "--workers", "2", "--out", str(out), db=db, fsize=150_000)
    assert r.returncode == ExitCode.WRITE_FAILED, r.stderr
    last = r.stderr.splitlines()[-1]
    assert last.startswith(f"auditor: error: {db}: cannot write the audit store (") and "results were not stored" in last
    assert "Traceback" not in r.stderr
    with out.open(encoding="utf-8", newline="") as f:
        assert len(list(csv.DictReader(f))) == n  # the report is complete
    with sqlite3.connect(db) as con:
        stored = con.execute("SELECT count(*) FROM audits").fetchone()[0]
    assert 0 < stored < n
    r = run_cli("batch", str(folder), "--workers", "2", "--out", str(out), db=db)  # space again: the rest is stored
    assert r.returncode == ExitCode.OK and f"{stored} from the store" in r.stdout, r.stdout


def test_a_new_store_is_private(tmp_path, monkeypatch):
    with Store(tmp_path / "new" / "a.db") as s:  # a folder created for it
        s.put("ab" * 32, "p", {"status": "ok"})
        wal = Path(f"{s.path}-wal")
        assert wal.exists() and wal.stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "new").stat().st_mode & 0o777 == 0o700
    assert (tmp_path / "new" / "a.db").stat().st_mode & 0o777 == 0o600

    monkeypatch.delenv("AUDITOR_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    (tmp_path / "xdg" / "auditor").mkdir(parents=True, mode=0o755)  # made by an older version
    old = tmp_path / "xdg" / "auditor" / "audits.db"
    sqlite3.connect(old).close()
    old.chmod(0o644)
    Store().close()
    assert (tmp_path / "xdg" / "auditor").stat().st_mode & 0o777 == 0o700
    assert old.stat().st_mode & 0o777 == 0o600


def test_two_batches_on_one_store_share_the_work(tmp_path):
    folder = tmp_path / "labels"
    folder.mkdir()
    for name in ("bisglycinate_clean.png", "oxide_clean.png", "citrate_rot90.jpg", "chloride_clean.png"):
        shutil.copy(IMAGES / name, folder / name)
    for p in sorted(TEXTS.glob("*.txt"))[:4]:
        shutil.copy(p, folder / p.name)
    n = len(list(folder.iterdir()))
    db = tmp_path / "a.db"
    b_has_a_row = threading.Event()
    reports: dict[str, object] = {}

    def a_waits_for_b(row, done, total):
        # A holds its claims (files in flight) until B has got going: B must meet them
        if done == 1:
            assert b_has_a_row.wait(60)

    def run(key: str, on_row) -> None:
        with Store(db) as store:
            reports[key] = run_batch(folder, store=store, workers=1, engine="tesseract", on_row=on_row)

    a = threading.Thread(target=run, args=("a", a_waits_for_b))
    a.start()
    deadline = time.monotonic() + 60
    while True:  # A has claimed its first files
        assert time.monotonic() < deadline
        try:
            with sqlite3.connect(db, timeout=1) as con:
                if con.execute("SELECT count(*) FROM claims").fetchone()[0]:
                    break
        except sqlite3.OperationalError:
            pass
        time.sleep(0.02)
    b = threading.Thread(target=run, args=("b", lambda row, done, total: b_has_a_row.set()))
    b.start()
    a.join(120)
    b.join(120)
    ra, rb = reports["a"], reports["b"]
    assert ra.run_id != rb.run_id  # two runs, not one joined by both
    key = [(r.file, r.status, r.elemental_mg, r.verdict) for r in ra.rows]
    assert key == [(r.file, r.status, r.elemental_mg, r.verdict) for r in rb.rows] and len(key) == n
    # every file audited once in all: what one run audited, the other took from the store
    assert ra.audited + rb.audited == n
    assert sum(not r.cached for r in ra.rows) + sum(not r.cached for r in rb.rows) == n
    assert sum(r.cached for r in rb.rows) >= 1  # B met A's claims and waited for its results
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM audits").fetchone()[0] == n
        assert con.execute("SELECT count(*) FROM claims").fetchone()[0] == 0
        assert con.execute("SELECT status FROM runs ORDER BY id").fetchall() == [("done",), ("done",)]


# -- processes ----------------------------------------------------------------------------------------------


@pytest.mark.skipif(not LINUX, reason="reads /proc")
def test_kill_9_of_the_batch_parent_takes_its_workers_with_it(tmp_path):
    folder = tmp_path / "labels"
    folder.mkdir()
    for name in ("citrate_rot90.jpg", "oxide_rot180.jpg", "mixture_noise.jpg", "multivitamin_shadow.jpg"):
        shutil.copy(IMAGES / name, folder / name)
    proc = subprocess.Popen([sys.executable, "-m", "auditor", "batch", str(folder), "--workers", "2", "--no-cache",
                             "--engine", "tesseract"],
                            env=_env(tmp_path / "a.db"), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while len(children(proc.pid)) < 2:  # the 2 workers (and multiprocessing's resource tracker)
            assert time.monotonic() < deadline and proc.poll() is None
            time.sleep(0.02)
        time.sleep(0.5)  # the workers are past their start-up and into the first photos
        kids = children(proc.pid)
        assert len(kids) >= 2 and proc.poll() is None
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        deadline = time.monotonic() + 5
        while any(alive(k) for k in kids) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert [k for k in kids if alive(k)] == []
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def _listening(port: int) -> list[str]:
    """Local addresses (hex, as /proc/net/tcp{,6} print them) of sockets listening on `port`."""
    out = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            addr, p = local.rsplit(":", 1)
            if state == "0A" and int(p, 16) == port:
                out.append(addr)
    return out


@pytest.mark.skipif(not LINUX, reason="reads /proc/net")
def test_ui_without_address_listens_on_loopback_only(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "auditor", "ui", "--port", str(port)], env=_env(tmp_path / "a.db"),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while not _listening(port):
            assert time.monotonic() < deadline and proc.poll() is None, "the page did not start"
            time.sleep(0.1)
        time.sleep(0.3)  # every socket it opens is open
        loopback = {"0100007F", "00000000000000000000000001000000"}  # 127.0.0.1, ::1
        assert set(_listening(port)) <= loopback, _listening(port)
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
