"""Subcommands of the auditor CLI (registered by auditor.cli): batch, history, show, compare."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from dataclasses import asdict
from pathlib import Path

from .audit import IMAGE_SUFFIXES
from .errors import ExitCode
from .models import Level

# -- shared options (defined once, like sqlite-utils' output_options) ---------------------------------------


def store_options(p: argparse.ArgumentParser, *, no_cache: bool = True) -> None:
    p.add_argument("--db", metavar="PATH", help="audit store (default: $AUDITOR_DB, else $XDG_DATA_HOME/auditor/audits.db)")
    if no_cache:
        p.add_argument("--no-cache", action="store_true", help="do not read or write the audit store")


def _json_option(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument("--json", action="store_true", help=f"print {what} as JSON")


def _positive_int(s: str) -> int:
    try:
        n = int(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{s!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return n


def _positive_float(s: str) -> float:
    try:
        x = float(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{s!r} is not a number") from None
    if not x > 0 or x == float("inf"):
        raise argparse.ArgumentTypeError("must be more than 0")
    return x


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


def open_store(args):
    """The store the options ask for, or None with --no-cache."""
    if getattr(args, "no_cache", False):
        return None
    from .store import Store

    return Store(args.db)


def _usage_error(message: str) -> int:
    sys.stderr.write(f"auditor: error: {message}\n")
    return int(ExitCode.USAGE)


def _level_text(level: str) -> str:
    from .cli import LEVEL_STYLE

    try:
        style, word = LEVEL_STYLE[Level(level)]
    except ValueError:
        return level or "–"
    return f"[{style}]{word}[/{style}]"


def _esc(text: str) -> str:
    """File names and label text may hold "[...]", which Rich would read as markup."""
    from rich.markup import escape

    return escape(text)


def _num(v, fmt: str = "{:.1f}") -> str:
    return "–" if v is None else fmt.format(v)


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
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

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
                engine=args.engine, time_limit_s=args.time_limit,
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


def _console(stderr: bool = False):
    from .cli import _console as make

    return make(stderr)


def _batch_table(report, console) -> None:
    from rich.table import Table

    t = Table(title=f"{report.folder}")
    for col in ("file", "status", "forms", "elemental mg/day", "absorbed mg/day", "verdict", "failed checks / error"):
        t.add_column(col, overflow="fold")
    for r in report.rows:
        t.add_row(
            _esc(r.file), r.status, ", ".join(r.forms), _num(r.elemental_mg_per_day), _num(r.absorbed_mg_per_day_estimate),
            _level_text(r.verdict) if r.verdict else "", _esc(r.error) or ", ".join(r.check_failures),
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


# -- history / show -----------------------------------------------------------------------------------------


def cmd_history(args) -> int:
    from .cli import _print_json

    store = open_store(args)
    try:
        audits = store.history(args.limit)
    finally:
        store.close()
    if args.json:
        _print_json([
            {"audited_at": a.audited_at, "path": a.path, "sha256": a.sha256, "status": a.status, "forms": list(a.forms),
             "elemental_mg": a.elemental_mg, "verdict": a.verdict, "pipeline": a.pipeline}
            for a in audits
        ])
        return int(ExitCode.OK)
    from rich.table import Table

    t = Table(title=f"Last {len(audits)} audits in {store.path}")
    for col in ("time (UTC)", "file", "sha256", "status", "form", "elemental mg", "verdict"):
        t.add_column(col, overflow="fold", no_wrap=col in ("time (UTC)", "sha256"))
    for a in audits:
        t.add_row(a.audited_at[:19].replace("T", " "), _esc(a.path or ""), a.sha256[:10], a.status, ", ".join(a.forms),
                  _num(a.elemental_mg), _level_text(a.verdict) if a.verdict else "")
    _console().print(t)
    return int(ExitCode.OK)


def cmd_show(args) -> int:
    from .audit import read_input_bytes, sha256
    from .cli import _print_json

    store = open_store(args)
    try:
        ref = args.ref
        if os.path.exists(ref):
            stored = store.find_content(sha256(read_input_bytes(ref)), path=ref)
        else:
            stored = store.find(ref)
    finally:
        store.close()
    if args.json:
        _print_json(stored.result)
        return int(ExitCode.OK)
    con = _console()
    con.print(f"[dim]stored {stored.audited_at} · {stored.pipeline} · sha256 {stored.sha256}[/dim]")
    render_contract(stored.result, con)
    return int(ExitCode.OK)


def render_contract(d: dict, console) -> None:
    """Human-readable summary of a contract dict (a stored audit has no AuditResult behind it)."""
    console.print(f"[bold]{_esc(d.get('input') or '')}[/bold]")
    if d["status"] == "error":
        console.print(f"[red]error[/red] ({d['error']['code']}): {_esc(d['error']['message'])}")
        return
    mg = d.get("magnesium")
    if not mg:
        console.print("[cyan]No magnesium source found on this label.[/cyan]")
    else:
        forms = ", ".join(dict.fromkeys(f for s in mg["sources"] for f in s["forms"]))
        console.print(f"Form: {forms}")
        console.print(f"Elemental magnesium: [bold]{_num(mg['elemental_mg'])} mg[/bold] per serving, {_num(mg['elemental_mg_per_day'])} mg a day")
        if mg.get("absorbed_mg"):
            a, day = mg["absorbed_mg"], mg["absorbed_mg_per_day"]
            console.print(f"Estimated absorbed: {a['low']:.0f}–{a['high']:.0f} mg per serving (central {a['estimate']:.0f} mg); "
                          f"{day['low']:.0f}–{day['high']:.0f} mg a day")
        for c in mg.get("checks") or []:
            mark = "[green]ok[/green]  " if c["ok"] else ("[red]FAIL[/red]" if c["ok"] is False else "[dim]n/a[/dim] ")
            console.print(f"  {mark} {c['id']}: {_esc(c['message'])}")
    v = d.get("verdict")
    if v:
        console.print(f"Sleep verdict: [bold]{_level_text(v['level'])}[/bold]")
        for reason in v["reasons"]:
            console.print(f"  - {_esc(reason)}")
    for w in d.get("warnings") or []:
        console.print(f"[yellow]warning:[/yellow] {_esc(w)}")


# -- compare ------------------------------------------------------------------------------------------------


def cmd_compare(args) -> int:
    from .cli import _print_json
    from .compare import compare, load_contract

    for side in ("a", "b"):
        price, count = getattr(args, f"price_{side}"), getattr(args, f"count_{side}")
        if (price is None) != (count is None):
            return _usage_error(f"give both --price-{side} and --count-{side} (the bottle price and its units), or neither")
    store = open_store(args)
    try:
        da = load_contract(args.a, store=store, engine=args.engine)
        db = load_contract(args.b, store=store, engine=args.engine)
    finally:
        if store is not None:
            store.close()
    c = compare(da, db, price_a=args.price_a, count_a=args.count_a, price_b=args.price_b, count_b=args.count_b)
    if args.json:
        _print_json(_jsonable(asdict(c)))
        return int(ExitCode.OK)
    _compare_table(c, _console())
    return int(ExitCode.OK)


def _jsonable(v):
    if isinstance(v, dict):
        return {k: _jsonable(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_jsonable(x) for x in v]
    return v


def _compare_table(c, console) -> None:
    from rich.table import Table

    def band(b) -> str:
        return "–" if b is None else f"{b.estimate:.0f} ({b.low:.0f}–{b.high:.0f})"

    def money(x, fmt="${:.2f}") -> str:
        return "–" if x is None else fmt.format(x)

    t = Table(title="Comparison for sleep")
    t.add_column("")
    for s, letter in ((c.a, "A"), (c.b, "B")):
        mark = " ★" if c.better == letter.lower() else ""
        t.add_column(f"{letter}: {_esc(s.name)}{mark}", overflow="fold")
    rows = [
        ("form", lambda s: ", ".join(s.forms) or "–"),
        ("elemental mg / serving", lambda s: _num(s.elemental_mg_per_serving)),
        ("elemental mg / day", lambda s: _num(s.elemental_mg_per_day)),
        ("absorbed mg / serving", lambda s: band(s.absorbed_mg_per_serving)),
        ("absorbed mg / day", lambda s: band(s.absorbed_mg_per_day)),
        ("servings for 200 mg", lambda s: _num(s.servings_for_200_mg, "{:.2f}")),
        ("servings for 400 mg", lambda s: _num(s.servings_for_400_mg, "{:.2f}")),
        ("verdict", lambda s: _level_text(s.verdict_level.value)),
        ("reasons", lambda s: "\n".join(f"- {_esc(r)}" for r in s.reasons) or "–"),
        ("failed checks", lambda s: ", ".join(s.failed_checks) or "none"),
        ("cost / serving", lambda s: money(s.cost_per_serving_usd, "${:.3f}")),
        ("cost / 100 mg elemental", lambda s: money(s.cost_per_100_mg_elemental_usd, "${:.3f}")),
        ("cost / absorbed mg", lambda s: money(s.cost_per_absorbed_mg_usd, "${:.4f}")),
    ]
    for label, get in rows:
        t.add_row(label, get(c.a), get(c.b))
    console.print(t)
    for s in (c.a, c.b):
        if s.cost_note:
            console.print(f"[yellow]note:[/yellow] {_esc(s.name)}: {s.cost_note}")
    console.print(f"[bold]{_esc(c.conclusion)}[/bold]")


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
    _engine_option(p)
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


def register_history(sub) -> None:
    p = sub.add_parser("history", help="list past audits from the store", description="List past audits, most recent first.")
    p.add_argument("--limit", "-n", type=_positive_int, default=20, metavar="N", help="how many (default 20)")
    _json_option(p, "the list")
    store_options(p, no_cache=False)
    p.set_defaults(func=cmd_history)


def register_show(sub) -> None:
    p = sub.add_parser(
        "show", help="print one stored audit", description="Print one stored audit, by sha256 (a prefix of 6+ characters) or by file (hashed and looked up)."
    )
    p.add_argument("ref", metavar="HASH|FILE", help="sha256 prefix (6+ hex characters) or a file that was audited")
    _json_option(p, "the stored audit (schema_version 1 contract)")
    store_options(p, no_cache=False)
    p.set_defaults(func=cmd_show)


def _engine_option(p) -> None:
    from .cli import engine_option  # defined once, with scan

    engine_option(p)


def register_compare(sub) -> None:
    p = sub.add_parser(
        "compare", help="compare two products for sleep",
        description="Compare two products side by side (photos, label texts, or sha256 prefixes of stored audits) and say which suits sleep better.",
    )
    p.add_argument("a", metavar="A", help="photo, .txt label text, or stored sha256 prefix")
    p.add_argument("b", metavar="B", help="photo, .txt label text, or stored sha256 prefix")
    for side in ("a", "b"):
        p.add_argument(f"--price-{side}", type=_positive_float, metavar="USD", help=f"price of bottle {side.upper()}")
        p.add_argument(f"--count-{side}", type=_positive_float, metavar="N", help=f"units (capsules, tablets, scoops) in bottle {side.upper()}")
    _json_option(p, "the comparison")
    _engine_option(p)
    store_options(p)
    p.set_defaults(func=cmd_compare)


REGISTER: list = [register_batch, register_history, register_show, register_compare]
