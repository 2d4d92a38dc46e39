"""Layout invariance of the audit (issue 9, item 3): each label's OCR-like layout variants must audit as its plain text.

    python bench/invariance.py [--per-label 24] [--seed 0] [--out invariance.json] [--limit N] [--kinds a,b]

Every label text of tests/data/label_texts*.toml and samples/texts/ is audited as printed and as each of its
seeded layout variants (tests/layout_variants.py: wrapped names, column blocks, amounts on the next line, dot
leaders, tabs, pipes, gaps, repeated headings, blank lines, heading case, combinations). A variant is invariant
when its audit equals the plain audit on the essence: status, elemental mg per serving (0.1 mg), the set of forms,
the bases of the sources, %DV, servings per container, daily servings and the verdict level. Prints the rate
overall and per transformation kind, and every exception (label id, transformation, the field that differed,
plain vs variant); --out writes them, with the variant text, to a JSON file.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from layout_variants import FIELDS, KINDS, differences, essence, load_labels, variants  # noqa: E402


def _sub(op: str) -> str:
    """A transformation with its sub-mode; prose wrap widths in three bands."""
    if op.startswith("wrap_prose:"):
        w = int(op.split(":")[1])
        return "wrap_prose:" + ("18-29" if w < 30 else "30-44" if w < 45 else "45-60")
    return op


def run(per_label: int, seed: int, limit: int | None, kinds: tuple[str, ...]) -> dict:
    labels = load_labels()[: limit or None]
    t0 = time.perf_counter()
    all_variants = {lab.id: variants(lab.id, lab.text, n=per_label, seed=seed, kinds=kinds) for lab in labels}
    gen_s = time.perf_counter() - t0
    per_kind: dict[str, Counter] = defaultdict(Counter)
    per_op: dict[str, Counter] = defaultdict(Counter)
    per_sub: dict[str, Counter] = defaultdict(Counter)
    exceptions = []
    audit_ms = []
    t1 = time.perf_counter()
    for lab in labels:
        plain = essence(lab.text)
        for v in all_variants[lab.id]:
            t = time.perf_counter()
            var = essence(v.text)
            audit_ms.append((time.perf_counter() - t) * 1000)
            diff = differences(plain, var)
            per_kind[v.kind]["n"] += 1
            per_kind[v.kind]["ok"] += not diff
            for op in {o.split(":")[0] for o in v.ops}:
                per_op[op]["n"] += 1
                per_op[op]["ok"] += not diff
            if v.kind != "combo":
                for op in v.ops:
                    per_sub[_sub(op)]["n"] += 1
                    per_sub[_sub(op)]["ok"] += not diff
            if diff:
                exceptions.append({
                    "label": lab.id, "kind": v.kind, "ops": list(v.ops), "seed": v.seed, "fields": diff,
                    "plain": {f: plain.get(f) for f in (diff if "exception" not in diff else ["exception", *FIELDS]) if f in plain},
                    "variant": {f: var.get(f) for f in (diff if "exception" not in diff else ["exception", *FIELDS]) if f in var},
                    "text": v.text,
                })
    audit_s = time.perf_counter() - t1
    n = sum(c["n"] for c in per_kind.values())
    ok = sum(c["ok"] for c in per_kind.values())
    return {
        "labels": len(labels), "variants": n, "invariant": ok, "rate": ok / n if n else 1.0,
        "per_kind": {k: dict(per_kind[k]) for k in KINDS if k in per_kind},
        "per_op": {k: dict(v) for k, v in sorted(per_op.items())},
        "per_sub_mode": {k: dict(v) for k, v in sorted(per_sub.items())},
        "field_counts": dict(Counter(f for e in exceptions for f in e["fields"]).most_common()),
        "labels_with_exceptions": len({e["label"] for e in exceptions}),
        "seconds": {"generate": round(gen_s, 2), "audit": round(audit_s, 2)},
        "audit_ms_median": round(statistics.median(audit_ms), 2) if audit_ms else None,
        "exceptions": exceptions,
    }


def _short(v) -> str:
    return json.dumps(v, ensure_ascii=False)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-label", type=int, default=24, help="variants per label (default 24)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--limit", type=int, default=None, help="only the first N labels")
    ap.add_argument("--kinds", default=",".join(KINDS), help="comma-separated kinds (default: all)")
    ap.add_argument("--out", type=Path, default=None, help="write the exceptions (with variant texts) to this JSON file")
    ap.add_argument("--quiet", action="store_true", help="do not list every exception, only the summary")
    args = ap.parse_args()
    t0 = time.perf_counter()
    res = run(args.per_label, args.seed, args.limit, tuple(args.kinds.split(",")))
    wall = time.perf_counter() - t0
    print(f"labels: {res['labels']}, variants: {res['variants']} (seed {args.seed}, {args.per_label} per label)")
    print(f"invariant: {res['invariant']}/{res['variants']} = {res['rate']:.2%}; "
          f"labels with at least one exception: {res['labels_with_exceptions']}/{res['labels']}")
    print(f"{'kind':<18}{'variants':>9}{'invariant':>10}{'rate':>9}")
    for k, c in res["per_kind"].items():
        print(f"{k:<18}{c['n']:>9}{c['ok']:>10}{c['ok'] / c['n']:>9.1%}")
    print("by transformation inside any variant (combos counted under each of their parts):")
    for k, c in res["per_op"].items():
        print(f"  {k:<16}{c['n']:>9}{c['ok']:>10}{c['ok'] / c['n']:>9.1%}")
    print("single-kind variants by sub-mode:")
    for k, c in res["per_sub_mode"].items():
        print(f"  {k:<28}{c['n']:>7}{c['ok']:>7}{c['ok'] / c['n']:>9.1%}")
    print("fields that differed:", ", ".join(f"{f} {n}" for f, n in res["field_counts"].items()) or "none")
    if not args.quiet:
        print("exceptions (label | transformation | field: plain -> variant):")
        for e in res["exceptions"]:
            fields = "; ".join(f"{f}: {_short(e['plain'].get(f))} -> {_short(e['variant'].get(f))}" for f in e["fields"])
            print(f"  {e['label']} | {'+'.join(e['ops'])} | {fields}")
    print(f"time: {wall:.1f} s wall ({res['seconds']['generate']} s generating, {res['seconds']['audit']} s auditing; "
          f"median {res['audit_ms_median']} ms per variant audit)")
    if args.out:
        out = {k: v for k, v in res.items()}
        out["seed"] = args.seed
        out["per_label"] = args.per_label
        out["wall_seconds"] = round(wall, 1)
        args.out.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
