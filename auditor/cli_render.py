"""The CLI's text output, over typed records only: one audit (fresh or stored), a product of several photos, a
comparison, the History list. Stored contracts are read back with `result.from_contract` before they get here.
"""

from __future__ import annotations

from .absorption import band_caveat
from .cli_common import LEVEL_STYLE, esc, level_text, num
from .models import AuditResult, Status
from .report import references

_KIND_WORDS = {"supplement": "dietary supplement", "otc_drug": "OTC drug (Drug Facts)", "topical": "topical (for the skin)"}
_POPULATION_WORDS = {"infant": "infants", "child_1_3": "children 1-3 years", "child_4_8": "children 4 years and up", "pregnancy": "pregnancy and breastfeeding"}


def _refs(numbers: dict[str, int], ids) -> str:
    """'[1, 3]' for the references of one claim ('' when it cites none); rich markup escaped."""
    ns = sorted({numbers[i] for i in ids if i in numbers})
    return ("\\[" + ", ".join(str(n) for n in ns) + "]") if ns else ""


def _declared(s) -> str:
    """The amount as printed; a corrected amount as the value used, with what the label said beside it."""
    import re

    if s.declared is None:
        return "–"
    found = re.search(r"\d[\d,]*(?:\.\d+)?", s.declared.raw or "")
    printed = float(found.group().replace(",", "")) if found else None
    if printed is not None and abs(printed - s.declared.value) < 1e-9:
        return s.declared.raw
    return f"{s.declared.value:g} {s.declared.unit}" + (f" (label: {s.declared.raw})" if s.declared.raw else "")


def render_result(r: AuditResult, console, *, title: str | None = None) -> None:
    """Human-readable summary of one audit (rich): facts, amounts, band, checks, verdict, person, references.

    Args:
        r: the audit, fresh or read back from the store.
        title: the first line (default: the input's name).
    """
    from rich.table import Table

    console.print(f"[bold]{esc(title if title is not None else r.input)}[/bold]")
    if r.status is Status.ERROR:
        console.print(f"[red]error[/red] ({esc(r.error_code)}): {esc(r.error_message)}")
        return
    f = r.facts
    sv = f.serving
    serving = sv.text or "not stated"
    per = f", {sv.servings_per_container} per container" if sv.servings_per_container else ""
    daily = f"{sv.daily_servings:g} a day" + ("" if sv.daily_servings_stated else " (assumed: no directions found)")
    console.print(f"Serving: {esc(serving)}{per}; {daily}")
    refs = {ref["id"]: ref["n"] for ref in references(r)}
    kind = _KIND_WORDS.get(f.kind, f.kind)
    if f.drug_purposes:
        kind += " (" + ", ".join(f.drug_purposes) + ")"
    who = _POPULATION_WORDS.get(f.population)
    evidence = f"  [dim](label says: {esc('; '.join(repr(e) for e in f.kind_evidence))})[/dim]" if f.kind_evidence else ""
    console.print(f"Product: {kind}" + (f"; for {who}" if who else "") + evidence)
    if r.status is Status.NO_MAGNESIUM:
        console.print("[cyan]No magnesium source found on this label.[/cyan]")
    else:
        t = Table(title="Magnesium sources", show_lines=False)
        for col in ("form", "label text", "declared", "basis", "elemental mg", "%DV"):
            t.add_column(col)
        for s in f.sources:
            declared = _declared(s)
            if s.elemental_mg is not None:
                el = f"{s.elemental_mg:.1f}"
                if s.elemental_mg_range and abs(s.elemental_mg_range[1] - s.elemental_mg_range[0]) > 0.05:
                    el += f" ({s.elemental_mg_range[0]:.1f}–{s.elemental_mg_range[1]:.1f})"
            elif s.elemental_mg_range:
                el = f"{s.elemental_mg_range[0]:.1f}–{s.elemental_mg_range[1]:.1f}"
            else:
                el = "?"
            forms = ", ".join(x.value for x in (s.forms or (s.form,)))
            t.add_row(forms, esc(s.label_text), esc(declared), s.basis.value, el, f"{s.percent_dv}%" if s.percent_dv is not None else "–")
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
            console.print(f"  [dim]{esc(band_caveat()[0])}[/dim]")
        elif f.kind == "topical" and r.elemental_mg is not None:
            console.print("Estimated absorbed: none estimated: a topical product is not taken by mouth.")
        for c in r.checks:
            mark = "[green]ok[/green]  " if c.ok else ("[red]FAIL[/red]" if c.ok is False else "[dim]n/a[/dim] ")
            console.print(f"  {mark} {c.id}: {esc(c.message)} {_refs(refs, c.sources)}".rstrip())
    if r.verdict:
        style, word = LEVEL_STYLE[r.verdict.level]
        console.print(f"Sleep verdict: [bold {style}]{word}[/bold {style}]")
        for i, reason in enumerate(r.verdict.reasons):
            ids = r.verdict.reason_sources[i] if i < len(r.verdict.reason_sources) else ()
            console.print(f"  - {esc(reason)} {_refs(refs, ids)}".rstrip())
        for i, note in enumerate(r.verdict.notes):
            ids = r.verdict.note_sources[i] if i < len(r.verdict.note_sources) else ()
            console.print(f"  [dim]note: {f'{esc(note)} {_refs(refs, ids)}'.rstrip()}[/dim]")
        _render_personal(r, console, refs)
        if refs:
            console.print("References:")
            for ref in references(r):
                url = f" {ref['url']}" if ref["url"] else ""
                judgement = " (judgement)" if ref["tag"] == "J" else " (source named, text not checked)" if ref["tag"] == "K" else ""
                console.print(f"  [dim]\\[{ref['n']}] {esc(ref['citation'])}{judgement}.{esc(url)}[/dim]")
    for w in r.warnings:
        console.print(f"[yellow]warning:[/yellow] {esc(w)}")
    if r.ocr is not None:
        console.print(f"[dim]OCR: {esc(r.ocr.engine)} {esc(r.ocr.engine_version)}, {len(r.ocr.passes)} pass(es), {r.ocr.seconds:.2f} s[/dim]")


def _render_personal(r: AuditResult, console, refs: dict[str, int]) -> None:
    p = r.personal
    if p is None or r.status is not Status.OK:
        return
    lo, hi = p.rda_range_mg or (None, None)
    rda = "–" if lo is None else (f"{lo:.0f} mg" if lo == hi else f"{lo:.0f}–{hi:.0f} mg")
    ul = "none set (infants)" if p.ul_mg is None else f"{p.ul_mg:.0f} mg/day from supplements"
    head = "For you" if not p.defaults_used else "For"
    console.print(f"{head}: {esc(p.population)}; {p.rda_kind} {rda} (food included); upper limit {ul} {_refs(refs, p.sources)}".rstrip())
    if p.total_mg_per_day is not None:
        other = f" + {p.other_mg_per_day:.0f} mg from other products" if p.other_mg_per_day else ""
        share = f", {p.ul_percent}% of the upper limit" if p.ul_percent is not None else ""
        console.print(f"  total from supplements: {p.total_mg_per_day:.0f} mg a day{other}{share}")


def render_product(p, console) -> None:
    """A product of several photos: each input in a line, where each merged value came from, the conflicts, then
    the audit of the merged facts (whose warnings repeat the conflicts)."""
    from rich.table import Table

    console.print(f"[bold]Product: {esc(p.name)}[/bold] ({len(p.inputs)} inputs)")
    for i, (n, r) in enumerate(zip(p.names, p.inputs), start=1):
        if r.status is Status.ERROR:
            what = f"[red]error[/red]: {esc(r.error_message)}"
        elif r.status is Status.NO_MAGNESIUM:
            what = "no magnesium on it"
        else:
            forms = ", ".join(dict.fromkeys(f.value for s in r.facts.sources for f in (s.forms or (s.form,))))
            what = f"{forms or 'magnesium'}" + (f", {r.elemental_mg:.1f} mg per serving" if r.elemental_mg is not None else ", no amount")
        console.print(f"  {i}. {esc(n)}: {what}")
    if p.provenance:
        t = Table(title="Where each value came from")
        for col in ("value", "read", "from"):
            t.add_column(col, overflow="fold")
        for x in p.provenance:
            t.add_row(x.field.replace("_", " "), esc(x.value), esc(", ".join(x.names)))
        console.print(t)
    for c in p.conflicts:
        console.print(f"[yellow]conflict ({c.field}):[/yellow] {esc(c.message)}")
    console.print()
    render_result(p.result, console, title=f"{p.name} (merged)")


def compare_table(c, console) -> None:
    """A comparison, A's column before B's, then the cost notes and the conclusion."""
    from rich.table import Table

    def band(b) -> str:
        return "–" if b is None else f"{b.estimate:.0f} ({b.low:.0f}–{b.high:.0f})"

    def money(x, fmt="${:.2f}") -> str:
        return "–" if x is None else fmt.format(x)

    t = Table(title="Comparison for sleep")
    t.add_column("")
    for s, letter in ((c.a, "A"), (c.b, "B")):
        mark = " ★" if c.better == letter.lower() else ""
        t.add_column(f"{letter}: {esc(s.name)}{mark}", overflow="fold")
    rows = [
        ("form", lambda s: ", ".join(s.forms) or "–"),
        ("elemental mg / serving", lambda s: num(s.elemental_mg_per_serving)),
        ("elemental mg / day", lambda s: num(s.elemental_mg_per_day)),
        ("absorbed mg / serving", lambda s: band(s.absorbed_mg_per_serving)),
        ("absorbed mg / day", lambda s: band(s.absorbed_mg_per_day)),
        ("servings for 200 mg", lambda s: num(s.servings_for_200_mg, "{:.2f}")),
        ("servings for 400 mg", lambda s: num(s.servings_for_400_mg, "{:.2f}")),
        ("verdict", lambda s: level_text(s.verdict_level.value)),
        ("reasons", lambda s: "\n".join(f"- {esc(r)}" for r in s.reasons) or "–"),
        ("failed checks", lambda s: ", ".join(s.failed_checks) or "none"),
        ("cost / serving", lambda s: money(s.cost_per_serving_usd, "${:.3f}")),
        ("cost / 100 mg elemental", lambda s: money(s.cost_per_100_mg_elemental_usd, "${:.3f}")),
        ("cost / absorbed mg", lambda s: money(s.cost_per_absorbed_mg_usd, "${:.4f}")),
    ]
    for label, get in rows:
        t.add_row(label, get(c.a), get(c.b))
    console.print(t)
    if c.absorbed_overlap is not None:
        console.print(f"[dim]absorbed bands a day share {c.absorbed_overlap:.0%} of the narrower one "
                      "(more than half: no clear difference)[/dim]")
    for s in (c.a, c.b):
        if s.cost_note:
            console.print(f"[yellow]note:[/yellow] {esc(s.name)}: {esc(s.cost_note)}")
    console.print(f"[bold]{esc(c.conclusion)}[/bold]")
    if c.prices_missing and c.better is None:
        console.print("[dim]give --price-a/--count-a and --price-b/--count-b to compare cost[/dim]")


def history_table(entries, console, *, title: str) -> None:
    """The History list: id, time, name, kind, status, form, mg, verdict, version, sha256."""
    from rich.table import Table

    t = Table(title=title)
    for col in ("id", "time (UTC)", "name", "kind", "status", "form", "elemental mg", "verdict", "v", "sha256"):
        t.add_column(col, overflow="fold", no_wrap=col in ("id", "time (UTC)", "sha256"))
    for e in entries:
        t.add_row(str(e.id), e.created_at[:19].replace("T", " "), esc(e.name), e.kind, e.status, ", ".join(e.forms),
                  num(e.elemental_mg), level_text(e.verdict), str(e.version), (e.sha256 or "")[:10])
    console.print(t)
