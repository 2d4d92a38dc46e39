"""The `auditor` command: argument parsing, output formatting, and the one place errors become exit codes."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__
from .audit import audit_path, personalise
from .errors import AuditorError, ExitCode
from .models import AuditResult, Level, Profile, Status
from .profile import load_profile, profile_from_mapping
from .absorption import band_caveat
from .report import references, to_dict

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
    refs = {ref["id"]: ref["n"] for ref in references(r)}
    kind = _KIND_WORDS.get(f.kind, f.kind)
    if f.drug_purposes:
        kind += " (" + ", ".join(f.drug_purposes) + ")"
    who = _POPULATION_WORDS.get(f.population)
    console.print(f"Product: {kind}" + (f"; for {who}" if who else "") + (f"  [dim](label says: {'; '.join(repr(e) for e in f.kind_evidence)})[/dim]" if f.kind_evidence else ""))
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
            rng = r.elemental_mg_per_day_range
            span = f" (directions allow {rng[0]:.1f}–{rng[1]:.1f} mg a day)" if rng and rng[1] - rng[0] > 0.05 else ""
            applied = " applied to the skin" if f.kind == "topical" else ""
            console.print(f"Elemental magnesium: [bold]{r.elemental_mg:.1f} mg[/bold] per serving, {r.elemental_mg_per_day:.1f} mg a day{applied}{span}")
        if r.absorbed_mg is not None:
            a, d = r.absorbed_mg, r.absorbed_mg_per_day
            console.print(
                f"Estimated absorbed: {a.low:.0f}–{a.high:.0f} mg per serving (central {a.estimate:.0f} mg); "
                f"{d.low:.0f}–{d.high:.0f} mg a day {_refs(refs, band_caveat()[1])}"
            )
            console.print(f"  [dim]{band_caveat()[0]}[/dim]")
        elif f.kind == "topical" and r.elemental_mg is not None:
            console.print("Estimated absorbed: none estimated: a topical product is not taken by mouth.")
        for c in r.checks:
            mark = "[green]ok[/green]  " if c.ok else "[red]FAIL[/red]"
            console.print(f"  {mark} {c.id}: {c.message} {_refs(refs, c.sources)}".rstrip())
    if r.verdict:
        style, word = LEVEL_STYLE[r.verdict.level]
        console.print(f"Sleep verdict: [bold {style}]{word}[/bold {style}]")
        for i, reason in enumerate(r.verdict.reasons):
            ids = r.verdict.reason_sources[i] if i < len(r.verdict.reason_sources) else ()
            console.print(f"  - {reason} {_refs(refs, ids)}".rstrip())
        for i, note in enumerate(r.verdict.notes):
            ids = r.verdict.note_sources[i] if i < len(r.verdict.note_sources) else ()
            console.print(f"  [dim]note: {f'{note} {_refs(refs, ids)}'.rstrip()}[/dim]")
        _render_personal(r, console, refs)
        if refs:
            console.print("References:")
            for ref in references(r):
                url = f" {ref['url']}" if ref["url"] else ""
                judgement = " (judgement)" if ref["tag"] == "J" else " (source named, text not checked)" if ref["tag"] == "K" else ""
                console.print(f"  [dim]\\[{ref['n']}] {ref['citation']}{judgement}.{url}[/dim]")
    for w in r.warnings:
        console.print(f"[yellow]warning:[/yellow] {w}")
    if r.ocr is not None:
        console.print(f"[dim]OCR: {r.ocr.engine} {r.ocr.engine_version}, {len(r.ocr.passes)} pass(es), {r.ocr.seconds:.2f} s[/dim]")


_KIND_WORDS = {"supplement": "dietary supplement", "otc_drug": "OTC drug (Drug Facts)", "topical": "topical (for the skin)"}
_POPULATION_WORDS = {"infant": "infants", "child_1_3": "children 1-3 years", "child_4_8": "children 4 years and up", "pregnancy": "pregnancy and breastfeeding"}


def _refs(numbers: dict[str, int], ids) -> str:
    """'[1, 3]' for the references of one claim ('' when it cites none); rich markup escaped."""
    ns = sorted({numbers[i] for i in ids if i in numbers})
    return ("\\[" + ", ".join(str(n) for n in ns) + "]") if ns else ""


def _render_personal(r: AuditResult, console, refs: dict[str, int]) -> None:
    p = r.personal
    if p is None or r.status is not Status.OK:
        return
    lo, hi = p.rda_range_mg or (None, None)
    rda = "–" if lo is None else (f"{lo:.0f} mg" if lo == hi else f"{lo:.0f}–{hi:.0f} mg")
    ul = "none set (infants)" if p.ul_mg is None else f"{p.ul_mg:.0f} mg/day from supplements"
    head = "For you" if not p.defaults_used else "For"
    console.print(f"{head}: {p.population}; {p.rda_kind} {rda} (food included); upper limit {ul} {_refs(refs, p.sources)}".rstrip())
    if p.total_mg_per_day is not None:
        other = f" + {p.other_mg_per_day:.0f} mg from other products" if p.other_mg_per_day else ""
        share = f", {p.ul_percent}% of the upper limit" if p.ul_percent is not None else ""
        console.print(f"  total from supplements: {p.total_mg_per_day:.0f} mg a day{other}{share}")


def cmd_scan(args) -> int:
    from dataclasses import replace

    from .cli_batch import open_store
    from .store import storable

    results = []
    code = ExitCode.OK
    profile = profile_from_args(args)  # before any work: a bad profile file stops the command (exit 3)
    store = open_store(args)  # every audit is saved, so `history`, `show` and `compare HASH` find it
    for path in args.paths:
        try:
            r = audit_path(path, engine=args.engine)
        except AuditorError as e:
            if not args.json and len(args.paths) == 1:
                raise
            from .audit import error_result

            # several files: one that fails is an error block among the others, never the end of them (issue 13)
            r = error_result(str(path), e)
            code = max(code, e.exit_code)
            if not args.json:
                sys.stderr.write(f"auditor: error: {e}\n")
        if r.input != storable(r.input):  # a name with bytes that are not UTF-8: printable escapes (issue 13)
            r = replace(r, input=storable(r.input))
        if store is not None:
            store.save_result(r, path=str(Path(path).absolute()), engine=args.engine)
        results.append(personalise(r, profile))  # the store keeps the audit without the profile (batch reuses it)
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


def engine_option(p: argparse.ArgumentParser) -> None:
    """`--engine`, shared by every command that reads photos."""
    from .ocr import DEFAULT_ENGINE, ENGINE_CHOICES

    p.add_argument(
        "--engine", choices=ENGINE_CHOICES, default=DEFAULT_ENGINE,
        help="OCR engine for photos: auto (RapidOCR, then Tesseract when its reading is implausible), rapidocr, "
        "or tesseract (default: %(default)s)",
    )


def profile_options(p: argparse.ArgumentParser) -> None:
    """The person the audit is for: a profile file and flags that override its fields."""
    g = p.add_argument_group("profile", "judge the product for a person (default: the label's population, else an adult 19-50)")
    g.add_argument("--profile", metavar="FILE.toml", help="profile file: age, sex, pregnant, breastfeeding, kidney_disease, egfr, medicines, other_magnesium_mg")
    g.add_argument("--age", type=float, metavar="YEARS", help="age in years")
    g.add_argument("--sex", choices=("female", "male"), help="sex, for the RDA")
    g.add_argument("--pregnant", action="store_true", default=None, help="pregnant")
    g.add_argument("--breastfeeding", action="store_true", default=None, help="breastfeeding")
    g.add_argument("--kidney", action="store_true", default=None, help="kidney disease (or eGFR under 30)")
    g.add_argument("--med", action="append", metavar="NAME", help="a medicine you take (repeatable): e.g. ciprofloxacin, levothyroxine, omeprazole")
    g.add_argument("--also", type=float, metavar="MG", help="elemental magnesium a day from other supplements or medicines")


def profile_from_args(args) -> Profile | None:
    """The profile of `--profile FILE` with the flags laid over it; None when neither is given.

    Raises:
        ProfileError: a bad file or value (exit code 3).
    """
    fields = {"age": args.age, "sex": args.sex, "pregnant": args.pregnant, "breastfeeding": args.breastfeeding,
              "kidney_disease": args.kidney, "medicines": args.med, "other_magnesium_mg": args.also}
    given = {k: v for k, v in fields.items() if v is not None}
    if args.profile is None and not given:
        return None
    base = load_profile(args.profile) if args.profile else Profile()
    merged = {"age": base.age_years, "sex": base.sex, "pregnant": base.pregnant, "breastfeeding": base.breastfeeding,
              "kidney_disease": base.kidney_disease, "egfr": base.egfr, "medicines": list(base.medicines),
              "other_magnesium_mg": base.other_magnesium_mg}
    if "medicines" in given:
        given["medicines"] = merged["medicines"] + list(given["medicines"])
    merged.update(given)
    return profile_from_mapping(merged, path=args.profile)


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
    p.add_argument("--json", action="store_true", help="print the JSON output contract (schema_version 2)")
    profile_options(p)
    engine_option(p)
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
