"""Subcommands of the auditor CLI (registered by auditor.cli): batch and compare."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from dataclasses import asdict
from pathlib import Path

from .audit import IMAGE_SUFFIXES
from .cli_common import (
    console as _console,
)
from .cli_common import (
    engine_option,
    json_option,
    open_store,
    print_json,
    store_options,
)
from .cli_common import (
    esc as _esc,
)
from .cli_common import (
    level_text as _level_text,
)
from .cli_common import (
    num as _num,
)
from .cli_common import (
    positive_float as _positive_float,
)
from .cli_common import (
    positive_int as _positive_int,
)
from .cli_common import (
    usage_error as _usage_error,
)
from .cli_render import compare_table
from .errors import ExitCode

DEFAULT_TIME_LIMIT_S = 120.0  # a photo takes about 1 s; the OCR's own budget per pass is 20 s


def _dask_target(s: str):
    from .batch_dask import parse_target

    try:
        return parse_target(s)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def _report_path(s: str) -> Path:
    from .batch import REPORT_SUFFIXES

    p = Path(s)
    if p.suffix.lower() not in REPORT_SUFFIXES:
        raise argparse.ArgumentTypeError(f"name the report .csv, .jsonl, .json or .md (got {p.suffix or 'no suffix'!r})")
    if p.is_dir():  # found before any work, not after the whole batch (issue 13)
        raise argparse.ArgumentTypeError(f"{s!r} is a folder; name a report file inside it, e.g. {str(p / 'report.csv')!r}")
    if not p.parent.is_dir():
        raise argparse.ArgumentTypeError(f"folder {str(p.parent)!r} does not exist")
    if not os.access(p.parent, os.W_OK | os.X_OK):
        raise argparse.ArgumentTypeError(f"cannot write in folder {str(p.parent)!r} (permission denied)")
    return p


# -- batch --------------------------------------------------------------------------------------------------


class _Progress:
    """Rows as they finish: a Rich bar with rate and ETA on a terminal, plain lines otherwise (logs, CI)."""

    def __init__(self, console) -> None:
        self.console = console
        self.bar = None
        self.task = None
        self.t0 = time.monotonic()
        self.images = 0  # photos audited (not from the store): the rate that matters for OCR throughput

    def __enter__(self) -> _Progress:
        if self.console.is_terminal:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self.bar = Progress(
                TextColumn("[bold]auditing[/bold]"), BarColumn(), MofNCompleteColumn(),
                TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                TextColumn("{task.fields[last]}", style="dim"),
                console=self.console, transient=True,
            )
            self.bar.__enter__()
            self.task = self.bar.add_task("batch", total=None, rate="", last="")
        return self

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)

    def __call__(self, row, done: int, total: int) -> None:
        if not row.cached and Path(row.file).suffix.lower() in IMAGE_SUFFIXES:
            self.images += 1
        if self.bar is not None:
            speed = self.bar.tasks[0].speed
            rate = f"{speed:.1f} files/s" if speed else ""
            if self.images:
                rate += f", {self.images / max(time.monotonic() - self.t0, 1e-3):.2f} images/s"
            self.bar.update(self.task, completed=done, total=total, rate=rate, last=row.file[-40:])
        else:
            what = row.verdict or row.error
            self.console.print(f"[{done}/{total}] {row.file}: {row.status}" + (f" ({what})" if what else ""), markup=False, soft_wrap=True)


def cmd_batch(args) -> int:
    from .batch import run_batch, write_report

    if args.dask and args.workers:
        return _usage_error("--workers sizes the local process pool; with --dask give local:N, or start more `dask worker`s")
    store = open_store(args)
    err = _console(stderr=True)
    try:
        with contextlib.ExitStack() as stack:
            pool = None
            if args.dask:
                from .batch_dask import dask_pool

                # connect (or start the local cluster) before any work: an unreachable scheduler is exit 7 at once
                pool = stack.enter_context(dask_pool(
                    args.dask, files=args.dask_files, max_send_mb=args.dask_max_send_mb,
                    engine=args.engine, connect_timeout_s=args.dask_timeout,
                ))
            progress = stack.enter_context(_Progress(err))
            report = run_batch(
                args.folder, recursive=args.recursive, store=store, workers=args.workers, pool=pool,
                exclude=[args.out] if args.out else (), on_row=progress,
                engine=args.engine, time_limit_s=args.time_limit, products=args.products,
            )
    finally:
        if store is not None:
            store.close()
    if args.out:
        write_report(report, args.out)
    out = _console()
    if not args.out:
        _batch_table(report, out)
    _batch_summary(report, out)
    if report.store_error:  # every row is in the report; the store missed some (disk full)
        sys.stderr.write(f"auditor: error: {report.store_error}\n")
        return int(ExitCode.WRITE_FAILED)
    return int(ExitCode.ROWS_FAILED if report.failed else ExitCode.OK)


def _batch_table(report, console) -> None:
    from rich.table import Table

    t = Table(title=f"{report.folder}")
    for col in ("file", "status", "forms", "elemental mg/day", "absorbed mg/day", "verdict", "failed checks / error / conflicts"):
        t.add_column(col, overflow="fold")
    for r in report.rows:
        name = r.file + (f" ({' + '.join(r.inputs)})" if r.inputs else "")
        problems = _esc(r.error) or ", ".join(r.check_failures)
        if r.conflicts:
            problems += ("\n" if problems else "") + "\n".join(f"conflict: {_esc(c)}" for c in r.conflicts)
        t.add_row(
            _esc(name), r.status, ", ".join(r.forms), _num(r.elemental_mg_per_day), _num(r.absorbed_mg_per_day_estimate),
            _level_text(r.verdict) if r.verdict else "", problems,
        )
    console.print(t)


def _batch_summary(report, console) -> None:
    s = report.summary()
    status = ", ".join(f"{n} {k}" for k, n in sorted(s.by_status.items()))
    console.print(f"[bold]{s.total} files[/bold] in {report.seconds:.1f} s: {status}; {s.cached} from the store"
                  + (" (resumed an unfinished run)" if report.resumed else ""))
    if s.by_verdict:
        console.print("Verdicts: " + ", ".join(f"{_level_text(k)} {n}" for k, n in s.by_verdict.items()))
    if s.by_form:
        console.print("Forms: " + ", ".join(f"{k} {n}" for k, n in s.by_form.items()))
    for r in s.errors:
        console.print(f"[red]error[/red] {_esc(r.file)}: {_esc(r.error)}", soft_wrap=True)


# -- compare ------------------------------------------------------------------------------------------------


def cmd_compare(args) -> int:
    from .compare import compare, load_result

    for side in ("a", "b"):
        price, count = getattr(args, f"price_{side}"), getattr(args, f"count_{side}")
        if (price is None) != (count is None):
            return _usage_error(f"give both --price-{side} and --count-{side} (the bottle price and its units), or neither")
    store = open_store(args)
    try:
        ra = load_result(args.a, store=store, engine=args.engine)
        rb = load_result(args.b, store=store, engine=args.engine)
    finally:
        if store is not None:
            store.close()
    c = compare(ra, rb, price_a=args.price_a, count_a=args.count_a, price_b=args.price_b, count_b=args.count_b)
    if args.json:
        print_json(asdict(c))  # a before b, as given
        return int(ExitCode.OK)
    compare_table(c, _console())
    return int(ExitCode.OK)


# -- registration -------------------------------------------------------------------------------------------


def register_batch(sub) -> None:
    p = sub.add_parser(
        "batch", help="audit every label photo and text in a folder",
        description="Audit every label photo and .txt label text in a folder, in parallel, one report row per file. "
        "Results are kept in the audit store, so a rerun (or a run resumed after a crash) only audits new or changed files. "
        "Exit code 1 when some rows are errors (all rows are still written).",
    )
    p.add_argument("folder", metavar="DIR", help="folder of label photos and .txt label texts")
    p.add_argument("--recursive", "-r", action="store_true", help="include subfolders")
    p.add_argument("--products", action="store_true",
                   help="each subfolder holds the photos (or texts) of ONE product: they are merged into one row, with "
                        "their file names in `inputs` and any disagreement in `conflicts`; files directly in DIR stay rows "
                        "of their own")
    engine_option(p)
    p.add_argument("--out", "-o", type=_report_path, metavar="REPORT", help="write the report: .csv, .jsonl, .json or .md (written atomically)")
    p.add_argument("--workers", "-j", type=_positive_int, metavar="N", help="parallel processes (default: all cores)")
    p.add_argument("--time-limit", type=_positive_float, default=DEFAULT_TIME_LIMIT_S, metavar="SECONDS",
                   help=f"give up on one file after this long; it becomes an error row (default {DEFAULT_TIME_LIMIT_S:g})")
    d = p.add_argument_group("Dask distributed (pip install 'auditor[dask]'; see README, Scaling out)")
    d.add_argument("--dask", type=_dask_target, metavar="ADDRESS",
                   help="run the audits on a Dask cluster: tcp://HOST:PORT of a running `dask scheduler`, "
                        "or local / local:N to start N worker processes here (default 2)")
    d.add_argument("--dask-files", choices=("auto", "shared", "send"), default="auto",
                   help="shared: workers read each file at its path (same disk or mount); send: the client sends the "
                        "bytes; auto (default): shared for local, send for a remote scheduler")
    d.add_argument("--dask-max-send-mb", type=_positive_float, default=32, metavar="MB",
                   help="with sent bytes, larger files become error rows (default 32)")
    d.add_argument("--dask-timeout", type=_positive_float, default=10, metavar="SECONDS",
                   help="how long to try the scheduler and wait for a worker before exit 7 (default 10)")
    store_options(p)
    p.set_defaults(func=cmd_batch)


def register_compare(sub) -> None:
    p = sub.add_parser(
        "compare", help="compare two products for sleep",
        description="Compare two products side by side (photos, label texts, audit ids from `auditor history`, or sha256 "
        "prefixes of stored audits) and say which suits sleep better, or that there is no clear difference (absorbed "
        "bands that share more than half of the narrower one). A is always listed first.",
    )
    p.add_argument("a", metavar="A", help="photo, .txt label text, audit id, or stored sha256 prefix")
    p.add_argument("b", metavar="B", help="photo, .txt label text, audit id, or stored sha256 prefix")
    for side in ("a", "b"):
        p.add_argument(f"--price-{side}", type=_positive_float, metavar="USD", help=f"price of bottle {side.upper()}")
        p.add_argument(f"--count-{side}", type=_positive_float, metavar="N", help=f"units (capsules, tablets, scoops) in bottle {side.upper()}")
    json_option(p, "the comparison")
    engine_option(p)
    store_options(p)
    p.set_defaults(func=cmd_compare)


REGISTER: list = [register_batch, register_compare]
