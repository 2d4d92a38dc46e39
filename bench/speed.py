"""Speed of text → audit (issue 9, item 5): per label, and against size, with the growth exponent of each curve.

    python bench/speed.py [--repeat 10] [--quick] [--only labels,rows,other_rows,digits,digits_mg,magnesium,oneline,other_oneline,parens] [--json FILE]

1. Every label text of tests/data/label_texts*.toml and samples/texts: `audit_text` (parse, chemistry, checks,
   verdict) timed in rounds over all labels (a burst of load on a shared machine lands on one round, not on one
   label); each label's median over the rounds, then the median, p90 and max over labels. Bar: median ≤ 2 ms.
2. Time against size, each size once after a warm-up (the large sizes take seconds to minutes today):
   - rows: a label whose table row is repeated to 1 KB, 10 KB, 100 KB and 1 MB (bar: 1 MB ≤ 1 s); other_rows: one
     magnesium row, then a zinc row repeated to the same sizes (stays under a cap on magnesium mentions, if any);
   - digits: a label with a line of N digits, N = 1,000, 4,000, 16,000, 50,000; digits_mg: "Magnesium <N digits>
     mg" (an exception, today a NaN band from a float overflow, is reported with the time it took to raise);
   - magnesium: 'magnesium ' * N, N = 1,000, 10,000, 30,000, 100,000;
   - oneline: a label on one line (no newline), repeated to 10 KB, 100 KB, 1 MB; other_oneline: a magnesium row,
     then one line of a zinc row repeated to the same sizes;
   - parens: "Magnesium (((…200 mg)))" with N = 1,000, 10,000, 50,000 brackets each side.
   For each curve the log-log slope between neighbouring sizes and over the curve (least squares on the points
   above 5 ms) is printed: 1 is linear, 2 is quadratic. Timings on a machine other jobs share are noisy.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from layout_variants import load_labels  # noqa: E402

from auditor import audit_text  # noqa: E402

ROW = "Magnesium (as magnesium citrate) 200 mg 48%\n"
HEAD = "Supplement Facts\nServing Size 2 Capsules\nServings Per Container 60\nAmount Per Serving  % Daily Value\n"
OTHER_ROW = "Zinc (as zinc citrate) 10 mg 91%\n"
TAIL = "Other ingredients: gelatin (capsule).\nSuggested use: Take 2 capsules daily.\n"


def fill(unit: str, size: int, head: str = "", tail: str = "") -> str:
    """head + unit repeated + tail, cut to `size` characters (all ASCII here, so bytes too)."""
    body = unit * (max(0, size - len(head) - len(tail)) // len(unit) + 1)
    return (head + body)[: max(0, size - len(tail))] + tail


def curves(quick: bool) -> dict[str, list[tuple[int, str]]]:
    label = (ROOT / "samples" / "texts" / "citrate.txt").read_text(encoding="utf-8")
    one_line = label.replace("\n", " ") + " "
    k = 10 if quick else 1  # --quick: every size divided by 10
    return {
        "rows": [(n // k, fill(ROW, n // k, HEAD, TAIL)) for n in (1_000, 10_000, 100_000, 1_000_000)],
        # one magnesium row, then another nutrient's row repeated: below any cap on magnesium mentions
        "other_rows": [(n // k, fill(OTHER_ROW, n // k, HEAD + ROW, TAIL)) for n in (1_000, 10_000, 100_000, 1_000_000)],
        # a digit run on a line of its own (a lot number, a barcode read as text), then as the amount itself
        "digits": [(n // k, HEAD + ROW + "7" * (n // k) + "\n" + TAIL) for n in (1_000, 4_000, 16_000, 50_000)],
        "digits_mg": [(n // k, "Magnesium " + "7" * (n // k) + " mg") for n in (1_000, 4_000, 16_000, 50_000)],
        "magnesium": [(10 * n // k, "magnesium " * (n // k)) for n in (1_000, 10_000, 30_000, 100_000)],
        "oneline": [(n // k, fill(one_line, n // k)) for n in (10_000, 100_000, 1_000_000)],
        # a magnesium row, then one line (no newline) of another nutrient's row repeated
        "other_oneline": [(n // k, fill(OTHER_ROW.replace("\n", " "), n // k, HEAD + ROW, TAIL)) for n in (10_000, 100_000, 1_000_000)],
        "parens": [(2 * n // k, "Magnesium " + "(" * (n // k) + "200 mg" + ")" * (n // k)) for n in (1_000, 10_000, 50_000)],
    }


def time_one(text: str) -> tuple[float, str]:
    """Best of up to 7 runs (runs stop once 0.3 s are spent): the least noisy figure on a shared machine."""
    best, spent, err = math.inf, 0.0, ""
    for _ in range(7):
        t0 = time.perf_counter()
        try:
            audit_text(text)
        except Exception as e:  # noqa: BLE001 - reported beside the time
            err = f"{type(e).__name__}: {str(e)[:70]}"
        dt = time.perf_counter() - t0
        best, spent = min(best, dt), spent + dt
        if spent > 0.3:
            break
    return best, err


def slope(points: list[tuple[int, float]]) -> float | None:
    pts = [(math.log(n), math.log(t)) for n, t in points if t > 0.005]
    if len(pts) < 2:
        return None
    mx, my = statistics.fmean(x for x, _ in pts), statistics.fmean(y for _, y in pts)
    sxx = sum((x - mx) ** 2 for x, _ in pts)
    return sum((x - mx) * (y - my) for x, y in pts) / sxx if sxx else None


def per_label(repeat: int) -> dict:
    labels = load_labels()
    for lab in labels:  # warm-up: regex compilation and table loading happen once per process
        audit_text(lab.text)
    runs: list[list[float]] = [[] for _ in labels]
    for _ in range(repeat):
        for i, lab in enumerate(labels):
            t = time.perf_counter()
            audit_text(lab.text)
            runs[i].append((time.perf_counter() - t) * 1000)
    med = sorted((statistics.median(r), lab.id) for r, lab in zip(runs, labels))
    ms = [m for m, _ in med]
    return {"labels": len(labels), "median_ms": statistics.median(ms), "p90_ms": ms[int(0.9 * (len(ms) - 1))],
            "max_ms": ms[-1], "slowest": [(lab_id, round(m, 2)) for m, lab_id in med[-5:][::-1]]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=10, help="rounds over the labels (default 10)")
    ap.add_argument("--quick", action="store_true", help="every size / 10 (a minute or two today, not tens of minutes)")
    ap.add_argument("--only", default="labels,rows,other_rows,digits,digits_mg,magnesium,oneline,other_oneline,parens", help="comma-separated parts")
    ap.add_argument("--json", type=Path, default=None, help="write the figures to this JSON file")
    args = ap.parse_args()
    only = set(args.only.split(","))
    out: dict = {}
    if "labels" in only:
        r = per_label(args.repeat)
        out["labels"] = r
        print(f"per label ({r['labels']} label texts, median of {args.repeat} rounds each): median {r['median_ms']:.2f} ms, "
              f"p90 {r['p90_ms']:.2f} ms, max {r['max_ms']:.2f} ms (bar: median <= 2 ms)")
        print("  slowest: " + ", ".join(f"{i} {m} ms" for i, m in r["slowest"]))
    audit_text(HEAD + ROW + TAIL)
    for name, sizes in curves(args.quick).items():
        if name not in only:
            continue
        pts, rows = [], []
        for size, text in sizes:
            secs, err = time_one(text)
            pts.append((size, secs))
            rows.append({"size": size, "chars": len(text), "seconds": round(secs, 4), "error": err})
            print(f"  {name:<10}{len(text):>10,} chars {secs:>9.3f} s  {err}", flush=True)
        steps = [round(math.log(t2 / t1) / math.log(n2 / n1), 2) if t1 > 0 and t2 > 0 else None
                 for (n1, t1), (n2, t2) in pairwise(pts)]
        s = slope(pts)
        out[name] = {"points": rows, "step_exponents": steps, "exponent": None if s is None else round(s, 2)}
        print(f"{name}: growth exponent {'n/a' if s is None else f'{s:.2f}'} (step by step: {steps}; 1 = linear, 2 = quadratic)")
    if args.json:
        args.json.write_text(json.dumps(out, indent=1), encoding="utf-8")
        print(f"wrote {args.json}")


if __name__ == "__main__":
    main()
