"""Rows a second the audit store commits per batch file, with and without the History entry (issue 12).

Each row is what `run_batch` writes for a newly audited file: look-up, claim, result (and, with the log, its History
entry in the same transaction), release, run item, each committed. Three runs of each, interleaved.

    python bench/store_log.py [--rows 1000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from auditor.batch import audit_job
from auditor.store import NewInput, Store, pipeline_for

ROOT = Path(__file__).resolve().parent.parent


def rate(n: int, log: bool, job, pipeline: str) -> float:
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "rate.db") as store:
        run = store.start_run(tmp, recursive=False)
        t0 = time.perf_counter()
        for i in range(n):
            digest = f"{i:064x}"
            store.get(digest, pipeline)
            store.claim(digest, pipeline, run.id)
            entry = NewInput(name=f"{i:06d}.txt", kind="text", text=job.text) if log else None
            audit_id = store.put(digest, pipeline, job.result, path=f"/labels/{i:06d}.txt", seconds=0.5, log=entry)
            store.release(digest, pipeline, run.id)
            store.add_item(run.id, f"/labels/{i:06d}.txt", sha256=digest, status="ok", cached=False, audit_id=audit_id)
        seconds = time.perf_counter() - t0
        store.finish_run(run.id, "done")
        return n / seconds


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    job = audit_job((ROOT / "samples" / "texts" / "citrate.txt").read_bytes(), "citrate.txt")
    pipeline = pipeline_for("citrate.txt")
    for _ in range(args.repeat):
        print(f"cache only {rate(args.rows, False, job, pipeline):,.0f} rows/s; "
              f"cache + History entry {rate(args.rows, True, job, pipeline):,.0f} rows/s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
