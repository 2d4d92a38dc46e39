"""What every subcommand of the CLI shares: options defined once, the console, JSON output, small formatters.

cli.py, cli_batch.py and cli_history.py import from here and from cli_render.py, never from each other (cli.py
only registers the others' subcommands).
"""

from __future__ import annotations

import argparse
import json
import sys

from .errors import ExitCode
from .models import Level, Profile

LEVEL_STYLE = {
    Level.SUITABLE: ("green", "SUITABLE"),
    Level.CAUTION: ("yellow", "CAUTION"),
    Level.UNSUITABLE: ("red", "UNSUITABLE"),
    Level.UNKNOWN: ("cyan", "UNKNOWN"),
}


def console(stderr: bool = False):
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=False)


def print_json(obj) -> None:
    sys.stdout.write(json.dumps(obj, indent=2, ensure_ascii=False) + "\n")


def usage_error(message: str) -> int:
    sys.stderr.write(f"auditor: error: {message}\n")
    return int(ExitCode.USAGE)


def esc(text: str | None) -> str:
    """File names and label text may hold "[...]", which Rich would read as markup."""
    from rich.markup import escape

    return escape(text or "")


def num(v, fmt: str = "{:.1f}") -> str:
    return "–" if v is None else fmt.format(v)


def level_text(level: str | Level | None) -> str:
    """A verdict level in capitals and its colour ("" for none)."""
    if not level:
        return ""
    try:
        style, word = LEVEL_STYLE[Level(level)]
    except ValueError:
        return esc(str(level))
    return f"[{style}]{word}[/{style}]"


# -- argument types ----------------------------------------------------------------------------------------


def positive_int(s: str) -> int:
    try:
        n = int(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{s!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return n


def positive_float(s: str) -> float:
    try:
        x = float(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{s!r} is not a number") from None
    if not x > 0 or x == float("inf"):
        raise argparse.ArgumentTypeError("must be more than 0")
    return x


# -- shared options (defined once, like sqlite-utils' output_options) -------------------------------------------


def json_option(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument("--json", action="store_true", help=f"print {what} as JSON")


def store_options(p: argparse.ArgumentParser, *, no_cache: bool = True, nested: bool = False) -> None:
    """`--db` (and `--no-cache`). `nested`: on a sub-subcommand, whose default must not undo the parent's --db."""
    p.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS if nested else None,
                   help="audit store (default: $AUDITOR_DB, else $XDG_DATA_HOME/auditor/audits.db)")
    if no_cache:
        p.add_argument("--no-cache", action="store_true", help="do not read or write the audit store")


def open_store(args):
    """The store the options ask for, or None with --no-cache."""
    if getattr(args, "no_cache", False):
        return None
    from .store import Store

    return Store(args.db)


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
    from .profile import load_profile, profile_from_mapping

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
