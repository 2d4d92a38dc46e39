"""Speed and accuracy of text → audit (parse + chemistry + checks + verdict), no OCR.

    python bench/parse.py [--repeat N]

Runs every label text of tests/data/label_texts.toml and samples/texts/ (hand-checked values) and prints the
share read right (elemental mg within 2% or inside the hydrate range, and form) and milliseconds per label.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from auditor import audit_text  # noqa: E402
from auditor.parse import patterns  # noqa: E402


def cases() -> list[dict]:
    out = []
    table = [c for name in ("label_texts.toml", "label_texts_more.toml", "label_texts_third.toml", "label_texts_fourth.toml", "label_texts_fifth.toml", "label_texts_sixth.toml")
             for c in tomllib.loads((ROOT / "tests/data" / name).read_text(encoding="utf-8"))["label"]]
    for c in table:
        out.append({"id": c["id"], "text": c["text"], "status": c["status"], "forms": set(c.get("forms", [])),
                    "elemental": c.get("elemental_mg"), "range": c.get("elemental_mg_range")})
    for r in csv.DictReader((ROOT / "samples/expected.csv").open(encoding="utf-8")):
        if r["kind"] != "clean":
            continue
        out.append({"id": "sample:" + r["product"], "text": (ROOT / "samples/texts" / f"{r['product']}.txt").read_text(encoding="utf-8"),
                    "status": r["status"], "forms": set(filter(None, r["forms"].split(";"))),
                    "elemental": float(r["elemental_mg"]) if r["elemental_mg"] else None,
                    "range": [float(r["elemental_mg_low"]), float(r["elemental_mg_high"])] if r["elemental_mg"] else None})
    return out


def right(case: dict, r) -> tuple[bool, bool]:
    forms = {f.value for s in r.facts.sources for f in (s.forms or (s.form,))} if r.status.value == "ok" else set()
    form_ok = r.status.value == case["status"] and forms == case["forms"]
    if case["elemental"] is None:
        return form_ok, r.status.value == case["status"]
    lo, hi = case["range"] or (case["elemental"], case["elemental"])
    mg_ok = r.elemental_mg is not None and lo * 0.98 <= r.elemental_mg <= hi * 1.02
    return form_ok, mg_ok


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=20, help="timed runs per label (median is reported)")
    args = ap.parse_args()
    from auditor.parse import lexicon, pattern_cache

    t0 = time.perf_counter()
    built = lexicon._build()  # compiling the generated regexes: once per process, or once per version with the cache
    compile_ms = (time.perf_counter() - t0) * 1000
    pattern_cache.save(built)
    t0 = time.perf_counter()
    read_back = pattern_cache.load(lexicon.Patterns)  # what a later process does instead
    load_ms = (time.perf_counter() - t0) * 1000
    patterns()
    data = cases()
    n_form = n_mg = 0
    for case in data:
        r = audit_text(case["text"])
        f_ok, m_ok = right(case, r)
        n_form += f_ok
        n_mg += m_ok
    # rounds over all labels, so a burst of load on a shared machine lands on one run of many labels, not on
    # every run of one label; each label's median over the rounds is reported
    runs: list[list[float]] = [[] for _ in data]
    for _ in range(args.repeat):
        for k, case in enumerate(data):
            t = time.perf_counter()
            audit_text(case["text"])
            runs[k].append((time.perf_counter() - t) * 1000)
    per_label_ms = [statistics.median(r) for r in runs]
    per_label_ms.sort()
    n = len(data)
    print(f"labels: {n} (hand-checked: tests/data/label_texts*.toml + samples/texts)")
    print(f"form right:          {n_form}/{n} = {n_form / n:.1%}")
    print(f"elemental mg right:  {n_mg}/{n} = {n_mg / n:.1%}  (within 2%, or inside the hydrate range)")
    print(f"ms per label (parse + chemistry + checks + verdict): median {statistics.median(per_label_ms):.2f}, "
          f"p90 {per_label_ms[int(0.9 * (n - 1))]:.2f}, max {per_label_ms[-1]:.2f}")
    print(f"one-time regex compile: {compile_ms:.0f} ms; read back from the pattern cache: "
          + (f"{load_ms:.0f} ms" if read_back is not None else "no cache folder"))


if __name__ == "__main__":
    main()
