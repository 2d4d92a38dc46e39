"""Benchmark: naive whole-image Tesseract vs the auditor OCR pipeline, on samples/ and the scored real photos.

Usage:
    python bench/ocr.py [--limit N] [--no-realdata] [--json FILE] [--methods naive,pipeline,strategy] [-v]

Methods (run in the order given, in this one process; run one method per process for comparable peak RSS):
    strategy  auditor.ocr.ocr_image(..., is_plausible=auditor.audit.plausibility) -> audit_text
              (what audit_bytes does once it passes its plausibility judge to the OCR strategy), default engine
    strategy-tesserocr, strategy-pytesseract
              the same with AUDITOR_OCR_ENGINE set: Tesseract in-process (tesserocr, its bundled libtesseract)
              or one `tesseract` process per pass (pytesseract, the system binary)
    pipeline  auditor.audit.audit_bytes(data, name), exactly as the CLI and UI call it
    naive     `tesseract IMAGE stdout` (default settings, OMP_THREAD_LIMIT=1) on the whole file -> audit_text

A row is right when the status matches, the elemental mg (if one is expected) is within
[elemental_mg_low - 2 %, elemental_mg_high + 2 %], and the form read is among the expected forms.
Seconds are wall time per image including parsing. Peak RSS: for naive, the largest Tesseract child (os.wait4);
for the other methods the process-wide getrusage maxima (self, children) at the end of that method; they are
cumulative, so a later method's figure is an upper bound. Linux keeps a process's RSS high-water mark across
fork+exec, so a child's figure is never below the Python parent's at the moment it was spawned.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
REALDATA = ROOT.parent / "shared" / "realdata" / "supplement"

sys.path.insert(0, str(ROOT))

from auditor.audit import audit_bytes, audit_text, plausibility  # noqa: E402
from auditor.errors import AuditorError  # noqa: E402
from auditor.models import AuditResult  # noqa: E402

# Expected values of the scored real photos, from the table in /work/shared/realdata/README.md.
# (file, status, elemental mg or None when not graded, accepted forms)
REALDATA_EXPECTED: list[tuple[str, str, float | None, tuple[str, ...]]] = [
    ("luxaura__pure_encapsulations_mg_glycinate_front.png", "ok", None, ("glycinate",)),
    ("luxaura__weightworld_cytrynian_magnezu_PL_back_label_text.jpg", "ok", 444, ("citrate",)),
    ("luxaura__weightworld_cytrynian_magnezu_PL_front.jpg", "ok", None, ("citrate",)),
    ("luxaura__weightworld_cytrynian_magnezu_PL_nutrition_table.jpg", "ok", 444, ("citrate",)),
    ("melroser__supplement_facts_panel_example.jpg", "no_magnesium", None, ()),
    ("melroser__walgreens_womens_multi_photo.jpg", "ok", 100, ("oxide", "unknown")),
    ("off_21901768__prenatal_supplement_facts_lowres_photo.jpg", "no_magnesium", None, ()),
    ("off_4058172309250__mivolis_magnesium_front_lowres.jpg", "ok", None, ("unknown",)),
    ("pure_encapsulations_d3k2_panel.jpg", "no_magnesium", None, ()),
    ("pure_encapsulations_mg_glycinate_tile.jpg", "ok", None, ("glycinate",)),
]

GROUPS = ("clean", "degraded", "realdata")


@dataclass(frozen=True)
class Case:
    path: Path
    group: str
    status: str
    elemental_low_mg: float | None
    elemental_high_mg: float | None
    forms: tuple[str, ...]


@dataclass
class Outcome:
    status: str
    elemental_mg: float | None
    form: str | None
    seconds: float
    passes: str = ""
    error: str = ""
    engine: str = ""  # "tesserocr 5.5.4" / "pytesseract 5.3.0": which Tesseract read the photo


@dataclass
class Tally:
    rows: list[tuple[Case, Outcome]] = field(default_factory=list)


def load_cases(*, limit: int | None, realdata: bool) -> list[Case]:
    cases: list[Case] = []
    with open(SAMPLES / "expected.csv", newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            path = SAMPLES / r["file"]
            if not path.exists():
                continue
            low = r.get("elemental_mg_low") or r.get("elemental_mg")
            high = r.get("elemental_mg_high") or r.get("elemental_mg")
            cases.append(Case(
                path=path,
                group="clean" if r["kind"] == "clean" else "degraded",
                status=r["status"],
                elemental_low_mg=float(low) if low else None,
                elemental_high_mg=float(high) if high else None,
                forms=tuple(x for x in (r.get("forms") or r.get("form") or "").split(";") if x),
            ))
    if realdata and REALDATA.is_dir():
        for name, status, mg, forms in REALDATA_EXPECTED:
            if (REALDATA / name).exists():
                cases.append(Case(REALDATA / name, "realdata", status, mg, mg, forms))
    if limit is not None:
        per_group: dict[str, int] = {}
        kept = []
        for c in cases:
            per_group[c.group] = per_group.get(c.group, 0) + 1
            if per_group[c.group] <= limit:
                kept.append(c)
        cases = kept
    return cases


def primary_form(result: AuditResult) -> str | None:
    """The form of the first magnesium source with an amount (else the first source)."""
    if result.facts is None or not result.facts.sources:
        return None
    with_amount = [s for s in result.facts.sources if s.declared is not None]
    return (with_amount or list(result.facts.sources))[0].form.value


def outcome_of(result: AuditResult, seconds: float) -> Outcome:
    passes = ""
    if result.ocr is not None and result.ocr.passes:
        passes = " > ".join(f"{p.name}{'+' if p.plausible else '-'}" for p in result.ocr.passes)
    engine = f"{result.ocr.engine} {result.ocr.engine_version}" if result.ocr is not None else ""
    return Outcome(result.status.value, result.elemental_mg, primary_form(result), seconds, passes, engine=engine)


def run_naive(case: Case, child_peak_kb: list[int]) -> Outcome:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    t0 = time.perf_counter()
    proc = subprocess.Popen(["tesseract", str(case.path), "stdout"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    out = proc.stdout.read() if proc.stdout else b""
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    child_peak_kb.append(usage.ru_maxrss)
    text = out.decode("utf-8", "replace")
    if proc.returncode != 0 or not text.strip():
        return Outcome("error", None, None, time.perf_counter() - t0, error=f"tesseract exit {proc.returncode}")
    result = audit_text(text, input_name=case.path.name)
    return outcome_of(result, time.perf_counter() - t0)


def run_pipeline(case: Case) -> Outcome:
    data = case.path.read_bytes()
    t0 = time.perf_counter()
    try:
        result = audit_bytes(data, case.path.name)
    except AuditorError as e:
        return Outcome("error", None, None, time.perf_counter() - t0, error=str(e))
    return outcome_of(result, time.perf_counter() - t0)


def run_strategy(case: Case, engine: str | None = None) -> Outcome:
    from auditor.ocr import ENGINE_ENV, ocr_image

    if engine:
        os.environ[ENGINE_ENV] = engine
    else:
        os.environ.pop(ENGINE_ENV, None)
    data = case.path.read_bytes()
    t0 = time.perf_counter()
    try:
        ocr = ocr_image(data, name=case.path.name, is_plausible=plausibility)
        result = audit_text(ocr.text, input_name=case.path.name, ocr=ocr)
    except AuditorError as e:
        return Outcome("error", None, None, time.perf_counter() - t0, error=str(e))
    return outcome_of(result, time.perf_counter() - t0)


def judge(case: Case, got: Outcome) -> dict[str, bool | None]:
    status_ok = got.status == case.status
    mg_ok: bool | None = None
    if case.elemental_low_mg is not None:
        lo, hi = case.elemental_low_mg * 0.98, (case.elemental_high_mg or case.elemental_low_mg) * 1.02
        mg_ok = got.elemental_mg is not None and lo <= got.elemental_mg <= hi
    form_ok: bool | None = None
    if case.forms:
        form_ok = got.form in case.forms
    row_ok = status_ok and mg_ok is not False and form_ok is not False
    return {"status": status_ok, "mg": mg_ok, "form": form_ok, "row": row_ok}


def pct(values: list[bool | None]) -> str:
    graded = [v for v in values if v is not None]
    return f"{sum(graded)}/{len(graded)}" if graded else "-"


def quantile(xs: list[float], q: float) -> float:
    if not xs:
        return float("nan")
    xs = sorted(xs)
    k = min(len(xs) - 1, max(0, round(q * (len(xs) - 1))))
    return xs[k]


def rss_mb() -> tuple[float, float]:
    """(self, largest child) peak RSS in MB (Linux reports kB)."""
    return (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="at most N images per group")
    ap.add_argument("--no-realdata", action="store_true", help="skip ../shared/realdata/supplement")
    ap.add_argument("--json", metavar="FILE", help="also write the figures (and per-image rows) as JSON")
    ap.add_argument("--methods", default="strategy,pipeline,naive", help="comma-separated: strategy,strategy-tesserocr,strategy-pytesseract,pipeline,naive")
    ap.add_argument("-v", "--verbose", action="store_true", help="print one line per image and method")
    args = ap.parse_args(argv)

    cases = load_cases(limit=args.limit, realdata=not args.no_realdata)
    methods = [m.strip() for m in args.methods.split(",") if m.strip()]
    summary: dict = {"images": len(cases), "methods": {}}
    per_image: list[dict] = []
    table: list[tuple] = []
    for method in methods:
        child_peak_kb: list[int] = []
        outcomes: list[tuple[Case, Outcome]] = []
        for case in cases:
            if method == "naive":
                got = run_naive(case, child_peak_kb)
            elif method == "pipeline":
                got = run_pipeline(case)
            elif method == "strategy":
                got = run_strategy(case)
            elif method in ("strategy-tesserocr", "strategy-pytesseract"):
                got = run_strategy(case, method.removeprefix("strategy-"))
            else:
                ap.error(f"unknown method {method!r}")
            outcomes.append((case, got))
            marks = judge(case, got)
            per_image.append({"method": method, "file": case.path.name, "group": case.group, **marks,
                              "status": got.status, "elemental_mg": got.elemental_mg, "form": got.form,
                              "seconds": round(got.seconds, 3), "passes": got.passes, "error": got.error,
                              "engine": got.engine})
            if args.verbose:
                flag = "ok " if marks["row"] else "BAD"
                print(f"{flag} {method:20s} {case.path.name[:44]:44s} {got.seconds:5.2f}s {got.status:12s} "
                      f"{got.elemental_mg!s:>6s} {got.form or '-':18s} {got.passes}{got.error}", file=sys.stderr)
        self_mb, children_mb = rss_mb()
        if method == "naive":
            children_mb = max(child_peak_kb, default=0) / 1024
        summary["methods"][method] = {"engine": sorted({o.engine for _, o in outcomes if o.engine})}
        for group in (*GROUPS, "all"):
            rows = [(c, o) for c, o in outcomes if group == "all" or c.group == group]
            if not rows:
                continue
            marks = [judge(c, o) for c, o in rows]
            secs = [o.seconds for _, o in rows]
            fig = {
                "n": len(rows),
                "right": pct([m["row"] for m in marks]),
                "elemental": pct([m["mg"] for m in marks]),
                "form": pct([m["form"] for m in marks]),
                "status": pct([m["status"] for m in marks]),
                "median_s": round(statistics.median(secs), 3),
                "p90_s": round(quantile(secs, 0.9), 3),
                "peak_rss_self_mb": round(self_mb),
                "peak_rss_children_mb": round(children_mb),
            }
            summary["methods"][method][group] = fig
            table.append((method, group, fig))

    header = f"{'method':20s} {'group':9s} {'n':>3s} {'right':>6s} {'elem mg':>8s} {'form':>6s} {'status':>7s} {'med s':>6s} {'p90 s':>6s} {'RSS self/child MB':>18s}"
    print(header)
    print("-" * len(header))
    for method, figs in summary["methods"].items():
        if figs["engine"]:
            print(f"{method}: {', '.join(figs['engine'])}")
    for method, group, fig in table:
        print(f"{method:20s} {group:9s} {fig['n']:3d} {fig['right']:>6s} {fig['elemental']:>8s} {fig['form']:>6s} {fig['status']:>7s} "
              f"{fig['median_s']:6.2f} {fig['p90_s']:6.2f} {fig['peak_rss_self_mb']:>8d}/{fig['peak_rss_children_mb']:<9d}")
    if args.json:
        summary["rows"] = per_image
        Path(args.json).write_text(json.dumps(summary, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
