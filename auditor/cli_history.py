"""Subcommands over the History log (registered by auditor.cli): history (list, search, rename, delete), show."""

from __future__ import annotations

import argparse
import os

from .cli_common import (
    console,
    esc,
    json_option,
    open_store,
    positive_int,
    print_json,
    store_options,
)
from .cli_render import history_table, render_product, render_result
from .errors import ExitCode


def _entry_json(e) -> dict:
    return {"id": e.id, "created_at": e.created_at, "updated_at": e.updated_at, "name": e.name, "kind": e.kind,
            "path": e.path, "sha256": e.sha256, "engine": e.engine, "pipeline": e.pipeline, "status": e.status,
            "forms": list(e.forms), "elemental_mg": e.elemental_mg, "verdict": e.verdict, "version": e.version,
            "inputs": e.inputs_count,
            "audited_at": e.created_at}  # the name of this field before History was a log


def cmd_history(args) -> int:
    from .history import search

    store = open_store(args)
    try:
        entries = search(args.search or "", limit=args.limit, store=store)
        path = store.path
    finally:
        store.close()
    if args.json:
        print_json([_entry_json(e) for e in entries])
        return int(ExitCode.OK)
    what = f"matching {args.search!r}" if args.search else "audits"
    history_table(entries, console(), title=f"Last {len(entries)} {esc(what)} in {esc(str(path))}")
    return int(ExitCode.OK)


def cmd_rename(args) -> int:
    from .history import rename

    store = open_store(args)
    try:
        e = rename(args.id, args.new_name, store=store)
    finally:
        store.close()
    console().print(f"audit {e.id} is now called {esc(e.name)!r}", markup=False)
    return int(ExitCode.OK)


def cmd_delete(args) -> int:
    from .history import delete

    store = open_store(args)
    try:
        name = store.entry(args.id).name
        delete(args.id, store=store)
    finally:
        store.close()
    console().print(f"deleted audit {args.id} ({name}): its versions, inputs and photo copies", markup=False)
    return int(ExitCode.OK)


def cmd_show(args) -> int:
    from .audit import read_input_bytes, sha256
    from .history import find
    from .result import from_contract

    store = open_store(args)
    try:
        ref = args.ref
        rec = stored = None
        if os.path.exists(ref) and not ref.isdigit():
            digest = sha256(read_input_bytes(ref))
            entry = store.entry_by_sha(digest)
            if entry is not None:
                rec = find(str(entry.id), version=args.version, store=store)
            else:  # only in the cache (a batch run before History kept a log): the stored audit itself
                stored = store.find_content(digest, path=ref)
        else:
            rec = find(ref, version=args.version, store=store)
    finally:
        store.close()
    if rec is None:
        if args.json:
            print_json(stored.result)
            return int(ExitCode.OK)
        con = console()
        con.print(f"[dim]stored {stored.audited_at} · {esc(stored.pipeline)} · sha256 {stored.sha256}[/dim]")
        render_result(from_contract(stored.result), con)
        return int(ExitCode.OK)
    if args.json:
        print_json(rec.contract)
        return int(ExitCode.OK)
    con = console()
    e = rec.entry
    versions = f"version {rec.version} of {len(rec.versions)}" + ("" if rec.version == e.version else " (not the newest)")
    # header lines unwrapped: one line each, whatever the terminal's width (scripts cut them off by line)
    con.print(f"[dim]audit {e.id} · {esc(e.name)} · {e.kind} · scanned {e.created_at[:19].replace('T', ' ')} UTC · {versions} · "
              f"sha256 {e.sha256}[/dim]", soft_wrap=True)
    v = rec.versions[rec.version - 1]
    if v.corrections:
        con.print(f"[dim]corrections: {esc('; '.join(_correction_text(c) for c in v.corrections))}"
                  + (f" ({esc(v.note)})" if v.note else "") + "[/dim]", soft_wrap=True)
    for i in rec.inputs:
        kept = f"photo kept ({i.photo_bytes:,} bytes)" if i.has_photo else (i.photo_note or "label text")
        con.print(f"[dim]input {i.position + 1}: {esc(i.name)} · {esc(kept)}[/dim]", soft_wrap=True)
    if rec.product is not None:
        render_product(rec.product, con)
    else:
        render_result(rec.result, con)
    return int(ExitCode.OK)


def _correction_text(c: dict) -> str:
    where = f"source {c['source_index'] + 1}: " if "source_index" in c else ""
    return where + ", ".join(f"{k} = {v}" for k, v in c.items() if k != "source_index")


def _entry_id(s: str) -> int:
    try:
        n = int(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{s!r} is not an audit id (the number in the first column of `auditor history`)") from None
    if n < 1:
        raise argparse.ArgumentTypeError("audit ids start at 1")
    return n


def register_history(sub) -> None:
    p = sub.add_parser(
        "history", help="list, search, rename or delete past audits",
        description="The log of past audits, newest first: every scan, product and newly audited batch file is an "
        "entry; corrections are new versions of it. `auditor history rename ID NAME` and `auditor history delete ID` "
        "change it; `auditor show ID` prints one.",
    )
    p.add_argument("--search", "-s", metavar="QUERY",
                   help="only entries where every word occurs in the name, path, form, verdict, status or label text")
    p.add_argument("--limit", "-n", type=positive_int, default=20, metavar="N", help="how many (default 20)")
    json_option(p, "the list")
    store_options(p, no_cache=False)
    p.set_defaults(func=cmd_history)
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    r = actions.add_parser("rename", help="give an audit a new name", description="Give an audit a new name (what History lists it as).")
    r.add_argument("id", type=_entry_id, metavar="ID", help="the audit's id (first column of `auditor history`)")
    r.add_argument("new_name", metavar="NAME", help="the new name")
    store_options(r, no_cache=False, nested=True)
    r.set_defaults(func=cmd_rename)
    d = actions.add_parser("delete", help="delete an audit with its versions and photo copies",
                           description="Delete an audit: every version, its inputs, its photo copies (unless another audit "
                           "uses the same photo) and its cached result.")
    d.add_argument("id", type=_entry_id, metavar="ID", help="the audit's id (first column of `auditor history`)")
    store_options(d, no_cache=False, nested=True)
    d.set_defaults(func=cmd_delete)


def register_show(sub) -> None:
    p = sub.add_parser(
        "show", help="print one stored audit",
        description="Print one stored audit: by its id from `auditor history`, by sha256 (a prefix of 6+ characters), "
        "or by file (hashed and looked up). The newest version unless --version says otherwise.",
    )
    p.add_argument("ref", metavar="ID|HASH|FILE", help="audit id, sha256 prefix (6+ hex characters), or a file that was audited")
    p.add_argument("--version", type=positive_int, metavar="N", help="show version N (1 is the audit as read; each correction adds one)")
    json_option(p, "the stored audit (its JSON contract)")
    store_options(p, no_cache=False)
    p.set_defaults(func=cmd_show)


REGISTER: list = [register_history, register_show]
