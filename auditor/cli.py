"""The `auditor` command: argument parsing, output formatting, and the one place errors become exit codes."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__
from .audit import audit_path
from .errors import AuditorError, ExitCode
from .models import AuditResult, Level, Status
from .report import to_dict

LEVEL_STYLE = {
    Level.SUITABLE: ("green", "SUITABLE"),
    Level.CAUTION: ("yellow", "CAUTION"),
    Level.UNSUITABLE: ("red", "UNSUITABLE"),
    Level.UNKNOWN: ("cyan", "UNKNOWN"),
}


def _console(stderr: bool = False):
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=False)


def _print_json(obj) -> None:
    sys.stdout.write(json.dumps(obj, indent=2, ensure_ascii=False) + "\n")


def render_result(r: AuditResult, console) -> None:
    """Human-readable summary of one audit (rich)."""
    from rich.table import Table

    console.print(f"[bold]{r.input}[/bold]")
    if r.status is Status.ERROR:
        console.print(f"[red]error[/red] ({r.error_code}): {r.error_message}")
        return
    f = r.facts
    sv = f.serving
    serving = sv.text or "not stated"
    per = f", {sv.servings_per_container} per container" if sv.servings_per_container else ""
    daily = f"{sv.daily_servings:g} a day" + ("" if sv.daily_servings_stated else " (assumed: no directions found)")
    console.print(f"Serving: {serving}{per}; {daily}")
    if r.status is Status.NO_MAGNESIUM:
        console.print("[cyan]No magnesium source found on this label.[/cyan]")
    else:
        t = Table(title="Magnesium sources", show_lines=False)
        for col in ("form", "label text", "declared", "basis", "elemental mg", "%DV"):
            t.add_column(col)
        for s in f.sources:
            declared = s.declared.raw if s.declared else "–"
            if s.elemental_mg is not None:
                el = f"{s.elemental_mg:.1f}"
                if s.elemental_mg_range and abs(s.elemental_mg_range[1] - s.elemental_mg_range[0]) > 0.05:
                    el += f" ({s.elemental_mg_range[0]:.1f}–{s.elemental_mg_range[1]:.1f})"
            elif s.elemental_mg_range:
                el = f"{s.elemental_mg_range[0]:.1f}–{s.elemental_mg_range[1]:.1f}"
            else:
                el = "?"
            forms = ", ".join(x.value for x in (s.forms or (s.form,)))
            t.add_row(forms, s.label_text, declared, s.basis.value, el, f"{s.percent_dv}%" if s.percent_dv is not None else "–")
        console.print(t)
        if r.elemental_mg is not None:
            console.print(f"Elemental magnesium: [bold]{r.elemental_mg:.1f} mg[/bold] per serving, {r.elemental_mg_per_day:.1f} mg a day")
        if r.absorbed_mg is not None:
            a, d = r.absorbed_mg, r.absorbed_mg_per_day
            console.print(
                f"Estimated absorbed: {a.low:.0f}–{a.high:.0f} mg per serving (central {a.estimate:.0f} mg); "
                f"{d.low:.0f}–{d.high:.0f} mg a day"
            )
        for c in r.checks:
            mark = "[green]ok[/green]  " if c.ok else "[red]FAIL[/red]"
            console.print(f"  {mark} {c.id}: {c.message}")
    if r.verdict:
        style, word = LEVEL_STYLE[r.verdict.level]
        console.print(f"Sleep verdict: [bold {style}]{word}[/bold {style}]")
        for reason in r.verdict.reasons:
            console.print(f"  - {reason}")
        for note in r.verdict.notes:
            console.print(f"  [dim]note: {note}[/dim]")
    for w in r.warnings:
        console.print(f"[yellow]warning:[/yellow] {w}")
    if r.ocr is not None:
        console.print(f"[dim]OCR: {r.ocr.engine} {r.ocr.engine_version}, {len(r.ocr.passes)} pass(es), {r.ocr.seconds:.2f} s[/dim]")


def cmd_scan(args) -> int:
    from .cli_batch import open_store

    results = []
    code = ExitCode.OK
    store = open_store(args)  # every audit is saved, so `history`, `show` and `compare HASH` find it
    for path in args.paths:
        try:
            r = audit_path(path)
        except AuditorError as e:
            if not args.json:
                raise
            from .audit import error_result

            r = error_result(str(path), e)
            code = max(code, e.exit_code)
        if store is not None:
            store.save_result(r, path=str(Path(path).absolute()))
        results.append(r)
    if store is not None:
        store.close()
    if args.json:
        dicts = [to_dict(r) for r in results]
        _print_json(dicts[0] if len(dicts) == 1 else dicts)
    else:
        con = _console()
        for i, r in enumerate(results):
            if i:
                con.print()
            render_result(r, con)
    return int(code)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="auditor",
        description="Read a magnesium supplement label (photo or text) and audit it: elemental magnesium, "
        "absorbed band, label checks and a sleep verdict.",
    )
    parser.add_argument("--version", action="version", version=f"auditor {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="show tracebacks of errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("scan", help="audit label photos or label text files", description="Audit one or more label photos (JPEG, PNG, WebP, TIFF, BMP, HEIC) or .txt label texts.")
    p.add_argument("paths", nargs="+", metavar="FILE", help="label photo or .txt file")
    p.add_argument("--json", action="store_true", help="print the JSON output contract (schema_version 1)")
    from .cli_batch import store_options

    store_options(p)
    p.set_defaults(func=cmd_scan)

    for register in _extra_commands():
        register(sub)
    return parser


def _extra_commands():
    """Subcommands defined in other modules of the CLI: batch/compare/history/show, and ui."""
    from . import cli_batch, cli_ui

    return [*cli_batch.REGISTER, *cli_ui.REGISTER]


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # argparse exits 2 on usage errors, 0 on --help
        return int(e.code or 0)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return int(ExitCode.USAGE)
    try:
        return args.func(args)
    except AuditorError as e:
        if args.verbose:
            import traceback

            traceback.print_exc()
        sys.stderr.write(f"auditor: error: {e}\n")
        return int(e.exit_code)
    except KeyboardInterrupt:
        sys.stderr.write("auditor: interrupted\n")
        return int(ExitCode.INTERRUPTED)
    except BrokenPipeError:
        return int(ExitCode.OK)


if __name__ == "__main__":
    sys.exit(main())
