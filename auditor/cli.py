"""The `auditor` command: `scan`, the parser of every subcommand, and the one place errors become exit codes.

The other subcommands live in cli_batch.py (batch, compare), cli_history.py (history, show) and cli_ui.py (ui);
shared options and formatting in cli_common.py and cli_render.py. This module only imports them to register their
subcommands, and none of them imports this one.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from . import __version__
from .audit import audit_bytes, error_result, personalise, read_input_bytes
from .cli_common import (  # noqa: F401 (LEVEL_STYLE: still importable as auditor.cli.LEVEL_STYLE)
    LEVEL_STYLE,
    console,
    engine_option,
    json_option,
    open_store,
    print_json,
    profile_from_args,
    profile_options,
    store_options,
)
from .cli_render import render_product, render_result
from .errors import AuditorError, ExitCode, ReportWriteError
from .report import to_dict
from .store import Store, storable


class _StoreGuard:
    """Save audits while the store takes them; on a full disk, go on without it and remember the first error."""

    def __init__(self, store) -> None:
        self.store = store
        self.error: ReportWriteError | None = None

    def call(self, fn, *args, **kwargs):
        if self.store is None or self.error is not None:
            return None
        try:
            return fn(self.store, *args, **kwargs)
        except ReportWriteError as e:
            self.error = e
            return None

    def close(self) -> None:
        if self.store is not None:
            self.store.close()


def cmd_scan(args) -> int:
    profile = profile_from_args(args)  # before any work: a bad profile file stops the command (exit 3)
    if args.product:
        return _scan_product(args, profile)
    results = []
    code = ExitCode.OK
    guard = _StoreGuard(open_store(args))  # every audit is logged, so `history`, `show` and `compare` find it
    try:
        for path in args.paths:
            data = None
            try:
                data = read_input_bytes(path)
                r = audit_bytes(data, str(path), engine=args.engine)
            except AuditorError as e:
                if not args.json and len(args.paths) == 1:
                    raise
                # several files: one that fails is an error block among the others, never the end of them (issue 13)
                r = error_result(str(path), e)
                code = max(code, e.exit_code)
                if not args.json:
                    sys.stderr.write(f"auditor: error: {e}\n")
            if r.input != storable(r.input):  # a name with bytes that are not UTF-8: printable escapes (issue 13)
                r = replace(r, input=storable(r.input))
            guard.call(Store.record, r, photo=data if r.ocr is not None else None,
                       path=storable(str(Path(path).absolute())), engine=args.engine)
            results.append(personalise(r, profile))  # the store keeps the audit without the profile (batch reuses it)
    finally:
        guard.close()
    if args.json:
        dicts = [to_dict(r) for r in results]
        print_json(dicts[0] if len(dicts) == 1 else dicts)
    else:
        con = console()
        for i, r in enumerate(results):
            if i:
                con.print()
            render_result(r, con)
    return _store_exit(guard, code)


def _store_exit(guard: _StoreGuard, code: int) -> int:
    if guard.error is not None:  # the results were printed; they were not all kept
        sys.stderr.write(f"auditor: error: {guard.error}; the results above were printed but not kept in History\n")
        return int(max(code, ExitCode.WRITE_FAILED))
    return int(code)


def _scan_product(args, profile) -> int:
    from .history import record_product
    from .product import audit_product_paths
    from .product import to_dict as product_dict

    p, datas = audit_product_paths(args.paths, engine=args.engine, name=args.name, profile=profile)
    if p.result.status.value == "error":  # no input could be read: say why each failed, exit with the worst code
        sys.stderr.write(f"auditor: error: {p.result.error_message}\n")
        if args.json:
            print_json(product_dict(p))
        return int(max(_exit_for(r.error_code) for r in p.inputs))
    guard = _StoreGuard(open_store(args))
    try:
        stored = p if profile is None else _unpersonalised(p)
        photos = [d if r.ocr is not None else None for d, r in zip(datas, p.inputs)]
        paths = [storable(str(Path(x).absolute())) for x in args.paths]
        guard.call(lambda s: record_product(stored, photos=photos, paths=paths, engine=args.engine, store=s))
    finally:
        guard.close()
    if args.json:
        print_json(product_dict(p))
    else:
        render_product(p, console())
    worst = max((_exit_for(r.error_code) for r in p.inputs if r.status.value == "error"), default=ExitCode.OK)
    return _store_exit(guard, worst)


def _exit_for(error_code: str | None) -> ExitCode:
    """The exit code of an input's error, from the stable code its error result keeps."""
    from . import errors

    for cls in (errors.InputError, errors.InputNotFoundError, errors.ImageReadError, errors.OcrUnavailableError,
                errors.OcrFailedError, errors.AuditTimeoutError):
        if cls.code == error_code:
            return cls.exit_code
    return ExitCode.INPUT_ERROR


def _unpersonalised(p):
    from .product import audit_product

    return audit_product(p.inputs, name=p.name, names=p.names)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="auditor",
        description="Read a magnesium supplement label (photo or text) and audit it: elemental magnesium, "
        "absorbed band, label checks and a sleep verdict.",
    )
    parser.add_argument("--version", action="version", version=f"auditor {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="show tracebacks of errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser(
        "scan", help="audit label photos or label text files",
        description="Audit one or more label photos (JPEG, PNG, WebP, TIFF, BMP, HEIC) or .txt label texts. Each audit "
        "is logged in History (with a copy of the photo). With --product, the files are the photos of one product: "
        "their facts are merged, with where each value came from and any conflict between them, and audited once.",
    )
    p.add_argument("paths", nargs="+", metavar="FILE", help="label photo or .txt file")
    p.add_argument("--product", action="store_true",
                   help="the files are several photos (or texts) of ONE product: merge what they declare and audit it once")
    p.add_argument("--name", metavar="NAME", help="with --product: what to call the product (default: the file names)")
    json_option(p, "the JSON output contract (schema_version 2)")
    profile_options(p)
    engine_option(p)
    store_options(p)
    p.set_defaults(func=cmd_scan)

    for register in _extra_commands():
        register(sub)
    return parser


def _extra_commands():
    """Subcommands defined in other modules of the CLI: batch/compare, history/show, and ui."""
    from . import cli_batch, cli_history, cli_ui

    return [*cli_batch.REGISTER, *cli_history.REGISTER, *cli_ui.REGISTER]


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # argparse exits 2 on usage errors, 0 on --help
        return int(e.code or 0)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return int(ExitCode.USAGE)
    if getattr(args, "name", None) is not None and getattr(args, "command", None) == "scan" and not args.product:
        sys.stderr.write("auditor: error: --name names a product; give it with --product\n")
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
