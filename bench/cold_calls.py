"""What a user waits for, one call at a time: `auditor scan` in a fresh process against RapidOCR's own call.

    python bench/cold_calls.py [--before DIR] [--set DIR --split dev|final | IMAGE ...]

Each image is read by one fresh `python -m auditor scan --json --no-cache IMAGE` of this checkout, by one fresh
call of RapidOCR itself (import, model load, one image: `bench/ocr.py`'s `rapidocr-cold`), and, with `--before
DIR`, by the same command run in another checkout of auditor (a `git worktree` of an earlier commit), sharing
this checkout's Python. The calls are interleaved image by image, their order reversed on every other image, so
a burst of load on a shared machine falls on all of them alike; the wall-clock median, p90 and the ratio of the
medians are printed, for all images and for flat panels and photos apart. Run on an idle machine: only the ratios
compare between machines.
"""

from __future__ import annotations

import argparse
import math
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ocr import _RAPIDOCR_CALL, ROOT, load_set  # noqa: E402  (bench/ocr.py: the same call, the same images)


def wall_seconds(cmd: list[str], cwd: Path) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, capture_output=True, check=False)
    return time.perf_counter() - t0


def summary(seconds: dict[str, list[float]], idx: list[int]) -> str:
    med = {k: statistics.median(v[i] for i in idx) for k, v in seconds.items()}
    p90 = {k: sorted(v[i] for i in idx)[math.ceil(0.9 * len(idx)) - 1] for k, v in seconds.items()}  # nearest rank
    parts = [f"{k} median {med[k]:.2f} s, p90 {p90[k]:.2f} s" for k in seconds]
    ratios = [f"{k}/rapidocr {med[k] / med['rapidocr']:.2f}x" for k in seconds if k != "rapidocr"]
    return f"n={len(idx)}: " + "; ".join(parts) + " | " + ", ".join(ratios)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("images", nargs="*", type=Path)
    ap.add_argument("--set", type=Path, help="a blind set folder (expected.jsonl, images/)")
    ap.add_argument("--split", help="only this split of the set (dev, final)")
    ap.add_argument("--before", type=Path, help="another checkout of auditor to time beside this one")
    args = ap.parse_args()
    images = [p.resolve() for p in args.images] + ([c.path.resolve() for c in load_set(args.set, args.split)] if args.set else [])
    if not images:
        ap.error("no images: name some, or a --set")
    readers = {"scan": ROOT, "rapidocr": ROOT} | ({"before": args.before.resolve()} if args.before else {})
    scan = [sys.executable, "-m", "auditor", "scan", "--json", "--no-cache"]
    # One untimed call first: it writes the compiled-pattern cache, as any user's first run does once.
    subprocess.run([*scan, str(images[0])], cwd=ROOT, capture_output=True, check=False)
    seconds: dict[str, list[float]] = {k: [] for k in readers}
    for i, image in enumerate(images):
        order = list(readers.items())
        if i % 2:
            order.reverse()
        for name, cwd in order:
            cmd = [sys.executable, "-c", _RAPIDOCR_CALL, str(image)] if name == "rapidocr" else [*scan, str(image)]
            seconds[name].append(wall_seconds(cmd, cwd))
    print("all    ", summary(seconds, list(range(len(images)))))
    for kind in ("flat", "photo"):
        idx = [i for i, p in enumerate(images) if f".{kind}." in p.name]
        if idx:
            print(f"{kind:7}", summary(seconds, idx))


if __name__ == "__main__":
    main()
