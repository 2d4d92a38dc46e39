"""One product from several photos or texts: each read alone, their declared facts merged with provenance, the
conflicts between them kept, then dose, checks and verdict computed once over the merged facts (issue 12).

A real bottle often needs three photos: the front names the form, the panel gives the amount, the back says
"buffered". Judged alone, the panel's verdict never learns the product is buffered; merged, it does.

Merging rules (each input is a label as the parser read it; inputs keep the order given, A before B):
- The amount rows come from the first input with a facts panel (else the first with a front-of-pack amount); any
  other input whose amount disagrees (beyond 3% or 1 mg, per serving or per unit) is a conflict.
- A panel row without a form ("Magnesium 200 mg") takes the one form the other inputs name; several forms named
  elsewhere are a conflict, and the row keeps no form.
- A form another input names that the panel does not list, and "buffered" on any input, join the facts (so the
  `not_buffered` check sees them) and are shown as conflicts with the panel.
- Serving size from the amount's input; directions (servings a day) from the first input that states them.
- Product kind and population from the first input that declares one; co-ingredients from every input.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path, PurePath
from typing import Any

from .audit import (
    audit_bytes,
    audit_facts,
    audit_text,
    correct,
    error_result,
    read_input_bytes,
)
from .errors import AuditorError, InputError
from .models import (
    Amount,
    AuditResult,
    CoIngredient,
    FormMention,
    LabelFacts,
    MagnesiumForm,
    MagnesiumSource,
    Profile,
    Span,
    Status,
)
from .report import to_dict as result_dict
from .result import forms_of
from .result import from_contract as result_from_contract

PRODUCT_RULES_VERSION = "1"  # the merge rules below; part of a cached product's key, so a change re-merges
MAX_INPUTS = 12  # a bottle has a few sides; more is a batch, not a product
# two amounts agree within the label's own rounding and the USP assay tolerance the feasibility check also uses
AGREE_FRACTION = 0.03
AGREE_MG = 1.0
# salts that make a glycinate "buffered" (checks.py names the same ones)
_BUFFER_FORMS = frozenset({MagnesiumForm.OXIDE, MagnesiumForm.CARBONATE, MagnesiumForm.HYDROXIDE})
_HEADER = "=== {name} ===\n"  # between the inputs' texts in the merged text; spans are shifted past it


@dataclass(frozen=True)
class Provenance:
    """Where one value of the merged facts was read: which inputs (positions from 0) and the text it came from."""

    field: str  # "amount" | "form" | "percent_dv" | "serving" | "directions" | "buffered" | "kind" | "population" | "co_ingredient"
    value: str
    inputs: tuple[int, ...]
    names: tuple[str, ...]
    raw: str = ""
    source_index: int | None = None  # the merged magnesium source it belongs to (amount, form, percent_dv)


@dataclass(frozen=True)
class Conflict:
    """Two inputs that disagree, or a fact one input adds that another contradicts. Shown, never hidden."""

    field: str  # "amount" | "form" | "buffered" | "serving" | "directions" | "kind" | "population" | "input"
    message: str
    values: tuple[tuple[str, str], ...]  # (value, input name), in input order
    used: str | None  # the input whose value the audit used; None when none was used


@dataclass(frozen=True)
class ProductResult:
    """A product audited from several inputs: each input's own audit, and the audit of their merged facts."""

    name: str
    names: tuple[str, ...]  # the inputs' names, in the order given
    inputs: tuple[AuditResult, ...]  # each input's own audit (an unreadable one is an error result)
    result: AuditResult  # dose, checks and verdict over the merged facts; its warnings include every conflict
    provenance: tuple[Provenance, ...]
    conflicts: tuple[Conflict, ...]
    sha256: str  # of the inputs' sha256s in order: the product's identity
    corrections: tuple[dict, ...] = ()


# -- merging ---------------------------------------------------------------------------------------------------


def _shift_span(sp: Span | None, k: int) -> Span | None:
    return None if sp is None else (sp[0] + k, sp[1] + k)


def _shift_amount(a: Amount | None, k: int) -> Amount | None:
    return None if a is None else replace(a, span=_shift_span(a.span, k))


def _shift_source(s: MagnesiumSource, k: int) -> MagnesiumSource:
    return replace(s, declared=_shift_amount(s.declared, k), compound_declared=_shift_amount(s.compound_declared, k),
                   span=_shift_span(s.span, k), form_spans=tuple(_shift_span(x, k) for x in s.form_spans))


def _shift_co(c: CoIngredient, k: int) -> CoIngredient:
    return replace(c, amount=_shift_amount(c.amount, k), span=_shift_span(c.span, k))


def _shift_mention(m: FormMention, k: int) -> FormMention:
    return replace(m, span=_shift_span(m.span, k))


def _agree(x: float, y: float) -> bool:
    return abs(x - y) <= max(AGREE_MG, AGREE_FRACTION * max(abs(x), abs(y)))


def _named_forms(f: LabelFacts) -> list[tuple[MagnesiumForm, str]]:
    """Forms an input names (its rows, then its ingredient list), with the text naming each."""
    out: dict[MagnesiumForm, str] = {}
    for s in f.sources:
        for x in s.forms or (s.form,):
            if x is not MagnesiumForm.UNKNOWN:
                out.setdefault(x, s.label_text)
    for m in f.ingredient_forms:
        if not m.excipient and m.form is not MagnesiumForm.UNKNOWN:
            out.setdefault(m.form, m.label_text)
    return list(out.items())


def _mg(v: float) -> str:
    return f"{v:,.1f}".rstrip("0").rstrip(".") + " mg"


def _amount_inputs(facts: Sequence[LabelFacts | None]) -> tuple[list[int], list[int]]:
    """Inputs with panel amounts, and inputs with front-of-pack amounts only."""
    panel, claims = [], []
    for i, f in enumerate(facts):
        if f is None:
            continue
        declared = [s for s in f.sources if s.declared is not None]
        if any(not s.front_claim for s in declared):
            panel.append(i)
        elif declared:
            claims.append(i)
    # a facts panel in view first: a front's "444 mg W PORCJI" is read as a row too, but the panel has its %DV
    panel.sort(key=lambda i: not facts[i].has_panel)
    return panel, claims


def merge(results: Sequence[AuditResult], names: Sequence[str]) -> tuple[LabelFacts | None, tuple[Provenance, ...], tuple[Conflict, ...]]:
    """The facts of one product from its inputs' facts, with where each value came from and what disagrees.

    Args:
        results: each input's audit (errors and inputs without magnesium included; they add what they have).
        names: the inputs' names, same order.

    Returns:
        (merged facts, or None when no input could be read; provenance; conflicts).
    """
    facts = [r.facts if r.status is not Status.ERROR else None for r in results]
    prov: list[Provenance] = []
    conflicts: list[Conflict] = []

    def P(field, value, inputs, raw="", source_index=None):  # short: called for every value read
        inputs = tuple(inputs)
        prov.append(Provenance(field, value, inputs, tuple(names[i] for i in inputs), raw, source_index))

    for i, r in enumerate(results):
        if r.status is Status.ERROR:
            conflicts.append(Conflict("input", f"{names[i]} could not be read ({r.error_message}); the product is judged without it.",
                                      ((r.error_code or "error", names[i]),), None))
    readable = [i for i, f in enumerate(facts) if f is not None]
    if not readable:
        return None, tuple(prov), tuple(conflicts)

    # the merged text: each input's text under a header, so every span still points at the words it was read from
    text_parts, offsets = [], {}
    pos = 0
    for i in readable:
        head = _HEADER.format(name=names[i])
        offsets[i] = pos + len(head)
        part = head + facts[i].text + ("" if facts[i].text.endswith("\n") else "\n")
        text_parts.append(part)
        pos += len(part)
    text = "".join(text_parts)

    panel, claims = _amount_inputs(facts)
    with_sources = [i for i in readable if facts[i].sources]
    main = (panel or claims or with_sources or readable)[0]
    mf = facts[main]
    sources = [_shift_source(s, offsets[main]) for s in mf.sources]

    # amounts: the main input's rows; every other input with an amount agrees or is a conflict
    main_r = results[main]
    agreeing = [main]
    per_unit = None
    if main_r.elemental_mg is not None and mf.serving.count:
        per_unit = main_r.elemental_mg / mf.serving.count
    for j in panel + claims:
        if j == main:
            continue
        other = results[j]
        if other.elemental_mg is None or main_r.elemental_mg is None:
            continue
        if _agree(other.elemental_mg, main_r.elemental_mg):
            agreeing.append(j)
        elif j in claims and per_unit is not None and _agree(other.elemental_mg, per_unit):
            # a front claim per capsule beside a panel per serving of several: the same product
            P("amount", f"{_mg(other.elemental_mg)} per unit", [j], next((s.raw for s in facts[j].sources if s.declared), ""))
        else:
            conflicts.append(Conflict(
                "amount",
                f"{names[j]} gives {_mg(other.elemental_mg)} of magnesium per serving but {names[main]} gives "
                f"{_mg(main_r.elemental_mg)}; the audit uses {names[main]}'s"
                + (" (its facts panel)" if main in panel else "") + ". Check which label is right.",
                ((_mg(main_r.elemental_mg), names[main]), (_mg(other.elemental_mg), names[j])), names[main]))
    for k, s in enumerate(sources):
        if s.declared is not None:
            P("amount", s.declared.raw or _mg(s.declared.mg), agreeing, s.raw, k)
        if s.percent_dv is not None:
            P("percent_dv", f"{s.percent_dv}%", [main], s.percent_dv_raw or "", k)

    # forms: fill a row without one from the one form named elsewhere; forms the main input does not list conflict
    named_main = {x for x, _ in _named_forms(mf)}
    named_elsewhere: dict[MagnesiumForm, list[int]] = {}
    texts_elsewhere: dict[MagnesiumForm, str] = {}
    for j in readable:
        if j == main:
            continue
        for x, t in _named_forms(facts[j]):
            named_elsewhere.setdefault(x, []).append(j)
            texts_elsewhere.setdefault(x, t)
    filled: set[MagnesiumForm] = set()
    merged_facts = replace(mf, sources=tuple(sources))
    for k, s in enumerate(sources):
        if s.form is not MagnesiumForm.UNKNOWN or (s.forms and any(f is not MagnesiumForm.UNKNOWN for f in s.forms)):
            fs = s.forms or (s.form,)
            # the row's input, and every other input that names the same form (a front label agreeing with the panel)
            also = sorted({j for f in fs for j in named_elsewhere.get(f, ())})
            P("form", " + ".join(f.value for f in fs), [main, *also], s.label_text, k)
            continue
        candidates = [x for x in named_elsewhere if x not in named_main]
        if len(candidates) == 1 and s.declared is not None:
            x = candidates[0]
            merged_facts = correct(merged_facts, source_index=k, form=x)
            fixed = merged_facts.sources[k]
            merged_facts = _set_source(merged_facts, k, replace(
                fixed, basis_reason=f"{s.basis_reason}; form from {', '.join(names[j] for j in named_elsewhere[x])}".lstrip("; ")))
            filled.add(x)
            P("form", x.value, named_elsewhere[x], texts_elsewhere[x], k)
        elif len(candidates) > 1:
            conflicts.append(Conflict(
                "form",
                f"{names[main]} gives the amount without its form, and the other photos name several: "
                + ", ".join(f"{x.value} ({', '.join(names[j] for j in named_elsewhere[x])})" for x in candidates)
                + "; the audit cannot tell which, so the form stays unknown.",
                tuple((x.value, names[named_elsewhere[x][0]]) for x in candidates), None))
    if named_main:
        for x, js in named_elsewhere.items():
            if x in named_main or x in filled:
                continue
            conflicts.append(Conflict(
                "form",
                f"{', '.join(names[j] for j in js)} names magnesium {x.value}, which {names[main]} does not list beside "
                f"{', '.join(sorted(f.value for f in named_main))}; the audit counts it as part of the product.",
                ((" + ".join(sorted(f.value for f in named_main)), names[main]), (x.value, names[js[0]])), None))

    # "buffered" on any input: a fact of the product, and a conflict with a panel that names no richer salt
    buffered_at = [j for j in readable if facts[j].buffered or any(s.buffered for s in facts[j].sources)]
    if buffered_at:
        P("buffered", "buffered", buffered_at)
        all_forms = named_main | set(named_elsewhere)
        if not (all_forms & _BUFFER_FORMS) and any(j != main for j in buffered_at):
            rows_forms = {f for s in merged_facts.sources for f in (s.forms or (s.form,)) if f is not MagnesiumForm.UNKNOWN}
            listed = ", ".join(sorted(f.value for f in named_main | rows_forms)) or "no form"
            conflicts.append(Conflict(
                "buffered",
                f"{', '.join(names[j] for j in buffered_at)} says the magnesium is buffered (partly a cheaper, richer salt "
                f"such as oxide), but {names[main]} names only {listed}; the audit treats the product as buffered.",
                ((listed, names[main]), ("buffered", names[buffered_at[0]])), names[buffered_at[0]]))

    # serving and directions: the parser reads every input's text at once, so "take 2 capsules daily" on the back is
    # read against the panel's "Serving Size 2 Capsules" (one serving), not as two servings
    whole = audit_text(text).facts.serving
    serving = whole if (whole.text or whole.count) else replace(mf.serving, span=_shift_span(mf.serving.span, offsets[main]))
    if not whole.daily_servings_stated and mf.serving.daily_servings_stated:
        serving = replace(mf.serving, span=_shift_span(mf.serving.span, offsets[main]))
    elif whole.daily_servings_stated and not serving.daily_servings_stated:
        serving = replace(serving, daily_servings=whole.daily_servings, daily_servings_stated=True, directions=whole.directions,
                          bedtime=whole.bedtime, daily_servings_range=whole.daily_servings_range, titration=whole.titration,
                          split=whole.split, max_per_day_text=whole.max_per_day_text, dose_g_range=whole.dose_g_range)

    def input_at(pos: int | None) -> int | None:
        if pos is None or pos < 0:
            return None
        return max((j for j in readable if offsets[j] <= pos), default=None)

    serving_from = input_at(serving.span[0]) if serving.span else (main if (mf.serving.text or mf.serving.count) else None)
    if serving_from is not None and (serving.text or serving.count):
        P("serving", serving.text or f"{serving.count:g}", [serving_from], serving.text or "")
    if serving.daily_servings_stated:
        d = input_at(text.find(serving.directions)) if serving.directions else None
        P("directions", f"{serving.daily_servings:g} a day", [d] if d is not None else [], serving.directions or "")
    counts = [(j, facts[j].serving.count) for j in readable if facts[j].serving.count]
    if len({c for _, c in counts}) > 1:
        conflicts.append(Conflict("serving", "The photos give different serving sizes: "
                                  + ", ".join(f"{c:g} ({names[j]})" for j, c in counts)
                                  + (f"; the audit uses {names[serving_from]}'s." if serving_from is not None else "."),
                                  tuple((f"{c:g}", names[j]) for j, c in counts), names[serving_from] if serving_from is not None else None))
    # directions compared only between inputs that also print their own serving size (alone, "take 2 capsules" on a
    # back label cannot tell one serving of two from two servings of one)
    stated = [j for j in readable if facts[j].serving.daily_servings_stated and facts[j].serving.count]
    if len({facts[j].serving.daily_servings for j in stated}) > 1:
        conflicts.append(Conflict("directions", "The photos' directions differ: "
                                  + ", ".join(f"{facts[j].serving.daily_servings:g} a day ({names[j]})" for j in stated)
                                  + f"; the audit uses {serving.daily_servings:g} a day.",
                                  tuple((f"{facts[j].serving.daily_servings:g} a day", names[j]) for j in stated), None))

    # kind and population: the first input that declares one (a Drug Facts back label makes the product a drug)
    kind, purposes, evidence = mf.kind, mf.drug_purposes, mf.kind_evidence
    kinds = [(j, facts[j].kind) for j in readable if facts[j].kind != "supplement"]
    if kinds:
        j = kinds[0][0]
        kind, purposes, evidence = facts[j].kind, facts[j].drug_purposes, facts[j].kind_evidence
        P("kind", kind, [j for j, k in kinds if k == kind], "; ".join(evidence))
        if len({k for _, k in kinds}) > 1:
            conflicts.append(Conflict("kind", "The photos declare different kinds of product: "
                                      + ", ".join(f"{k} ({names[j]})" for j, k in kinds) + f"; the audit uses {names[j]}'s.",
                                      tuple((k, names[i]) for i, k in kinds), names[j]))
    population = mf.population
    pops = [(j, facts[j].population) for j in readable if facts[j].population != "adult"]
    if pops:
        j = pops[0][0]
        population = pops[0][1]
        P("population", population, [i for i, p in pops if p == population])
        if len({p for _, p in pops}) > 1:
            conflicts.append(Conflict("population", "The photos name different populations: "
                                      + ", ".join(f"{p} ({names[i]})" for i, p in pops) + f"; the audit uses {names[j]}'s.",
                                      tuple((p, names[i]) for i, p in pops), names[j]))

    # everything else every input adds: co-ingredients, the ingredient list's forms, front claims
    co: list[CoIngredient] = []
    seen: set[tuple[str, str]] = set()
    for j in readable:
        for c in facts[j].co_ingredients:
            key = (c.kind, c.name.casefold())
            if key not in seen:
                seen.add(key)
                co.append(_shift_co(c, offsets[j]))
                P("co_ingredient", c.name, [j], c.raw)
    mentions = [_shift_mention(m, offsets[j]) for j in readable for m in facts[j].ingredient_forms]
    # a form another photo names beside the panel's (the conflict above says it is counted): counted as the product's
    # ingredient, so `not_buffered` sees an oxide named on another photo's row as it sees one in an ingredient list
    listed = {m.form for m in mentions if not m.excipient}
    for x, js in named_elsewhere.items():
        if named_main and x not in named_main and x not in filled and x not in listed:
            j = js[0]
            src = next((s for s in facts[j].sources if x in (s.forms or (s.form,))), None)
            span = _shift_span(src.form_spans[0], offsets[j]) if src is not None and src.form_spans else (offsets[j], offsets[j])
            mentions.append(FormMention(x, texts_elsewhere[x], span))
    front = [_shift_source(s, offsets[j]) for j in readable for s in (facts[j].front_claims if j == main else
                                                                     facts[j].front_claims + tuple(x for x in facts[j].sources if x.declared is not None))]
    merged = replace(
        merged_facts,
        text=text,
        serving=serving,
        ingredient_forms=tuple(mentions),
        co_ingredients=tuple(co),
        magnesium_mentioned=any(facts[j].magnesium_mentioned for j in readable),
        buffered=bool(buffered_at),
        has_panel=any(facts[j].has_panel for j in readable),
        unit_fixes=tuple(dict.fromkeys(x for j in readable for x in facts[j].unit_fixes)),
        front_claims=tuple(front),
        warnings=tuple(f"{names[j]}: {w}" for j in readable for w in facts[j].warnings),
        kind=kind,
        drug_purposes=purposes,
        kind_evidence=evidence,
        population=population,
    )
    return merged, tuple(prov), tuple(conflicts)


def _set_source(facts: LabelFacts, k: int, s: MagnesiumSource) -> LabelFacts:
    sources = list(facts.sources)
    sources[k] = s
    return replace(facts, sources=tuple(sources))


def product_sha256(results: Sequence[AuditResult]) -> str:
    """The product's identity: sha256 over its inputs' content hashes, in order."""
    return hashlib.sha256("\n".join(r.content_sha256 or "" for r in results).encode()).hexdigest()


def _default_name(names: Sequence[str]) -> str:
    """What the photos' names share ("brand_product_front.jpg", "brand_product_back.jpg" → "brand_product"),
    else their stems joined."""
    import os

    stems = [PurePath(n).stem for n in names]
    common = os.path.commonprefix(stems).rstrip(" _-.") if len(stems) > 1 else ""
    if len(common) >= 4:
        return common
    return " + ".join(stems) if len(stems) <= 3 else f"{' + '.join(stems[:3])} + {len(stems) - 3} more"


def audit_product(inputs: Sequence[AuditResult], *, name: str | None = None, names: Sequence[str] | None = None,
                  profile: Profile | None = None, corrections: Sequence[Mapping] = ()) -> ProductResult:
    """Merge the audits of one product's photos or texts and audit the merged facts once.

    Args:
        inputs: each input's audit, in the order given (A before B); error results are kept and reported.
        name: what to call the product (default: the inputs' names joined with "+").
        names: the inputs' names (default: the file name of each input).
        profile: the person to judge for (None: the label's population, else an adult).
        corrections: `auditor.audit.correct` keyword arguments applied to the merged facts, in order.

    Returns:
        The ProductResult; its `result` has status error only when no input could be read.

    Raises:
        InputError: no inputs, more than MAX_INPUTS, or a correction that does not apply.
    """
    if not inputs:
        raise InputError("a product needs at least one photo or label text")
    if len(inputs) > MAX_INPUTS:
        raise InputError(f"a product is at most {MAX_INPUTS} photos or texts (got {len(inputs)}); use `auditor batch` for more")
    names = tuple(names) if names is not None else tuple(PurePath(r.input).name or r.input for r in inputs)
    name = name or _default_name(names)
    digest = product_sha256(inputs)
    facts, prov, conflicts = merge(inputs, names)
    if facts is None:
        err = inputs[0]
        result = replace(err, input=name, content_sha256=digest,
                         error_message="none of the photos or texts could be read: " + "; ".join(f"{n}: {r.error_message}" for n, r in zip(names, inputs)))
    else:
        for c in corrections:
            facts = correct(facts, **c)
        result = audit_facts(facts, input_name=name, content_sha256=digest, profile=profile)
        result = replace(result, warnings=(*result.warnings, *(c.message for c in conflicts)))
    return ProductResult(name, names, tuple(inputs), result, prov, conflicts, digest, tuple(dict(c) for c in corrections))


def audit_product_files(files: Sequence[tuple[bytes, str]], *, engine: str = "auto", name: str | None = None,
                        profile: Profile | None = None) -> ProductResult:
    """`audit_product` of uploaded files: each (bytes, name) is audited (photo or .txt by its name) first.

    An input that cannot be read becomes an error input of the product (listed as a conflict), not an exception.
    """
    results = []
    for data, n in files:
        try:
            results.append(audit_bytes(data, n, engine=engine))
        except AuditorError as e:
            results.append(error_result(n, e))
    return audit_product(results, name=name, names=[PurePath(n).name for n in (n for _, n in files)], profile=profile)


def audit_product_paths(paths: Sequence[str | Path], *, engine: str = "auto", name: str | None = None,
                        profile: Profile | None = None) -> tuple[ProductResult, list[bytes | None]]:
    """`audit_product` of files on disk. Returns the product and each file's bytes (None if unreadable)."""
    results, datas = [], []
    for p in paths:
        try:
            data = read_input_bytes(p)
            datas.append(data)
            results.append(audit_bytes(data, str(p), engine=engine))
        except AuditorError as e:
            datas.append(None)
            results.append(error_result(str(p), e))
    return audit_product(results, name=name, names=[PurePath(str(p)).name for p in paths], profile=profile), datas


# -- the contract -----------------------------------------------------------------------------------------------


def to_dict(p: ProductResult) -> dict:
    """The merged audit's contract plus the product's parts: `inputs` (each input's own contract, in order),
    `provenance`, `conflicts`, `product_name`; each merged source also names the input of its amount (`input`)
    and of its form (`form_input`)."""
    d = result_dict(p.result)
    mg = d.get("magnesium")
    if mg:
        for k, s in enumerate(mg["sources"]):
            s["input"] = next((pr.names[0] for pr in p.provenance if pr.field == "amount" and pr.source_index == k), None)
            s["form_input"] = next((pr.names[0] for pr in p.provenance if pr.field == "form" and pr.source_index == k), None)
    d["product_name"] = p.name
    d["inputs"] = [dict(result_dict(r), name=n) for n, r in zip(p.names, p.inputs)]
    d["provenance"] = [{"field": x.field, "value": x.value, "inputs": list(x.names), "positions": list(x.inputs), "raw": x.raw,
                        "source_index": x.source_index} for x in p.provenance]
    d["conflicts"] = [{"field": c.field, "message": c.message, "values": [{"value": v, "input": n} for v, n in c.values],
                       "used": c.used} for c in p.conflicts]
    d["corrections"] = [dict(c) for c in p.corrections]
    return d


def is_product(d: Mapping[str, Any]) -> bool:
    return "inputs" in d and "provenance" in d


def from_contract(d: Mapping[str, Any], *, texts: Sequence[str | None] = (), words: Sequence = ()) -> ProductResult:
    """A ProductResult from its contract (`to_dict`), each input read back with `result.from_contract`.

    Args:
        texts, words: each input's label/OCR text and OCR words, in order (the store keeps them), for spans and boxes.
    """
    names, inputs = [], []
    for i, sub in enumerate(d.get("inputs") or ()):
        names.append(sub.get("name") or sub.get("input") or f"input {i + 1}")
        inputs.append(result_from_contract(sub, text=texts[i] if i < len(texts) else None, words=words[i] if i < len(words) else ()))
    merged_text = "".join(_HEADER.format(name=n) + t + ("" if t.endswith("\n") else "\n")
                          for n, t, r in zip(names, texts, inputs) if t is not None and r.status is not Status.ERROR)
    result = result_from_contract(d, text=merged_text or None)
    positions = {n: i for i, n in enumerate(names)}
    prov = tuple(Provenance(x["field"], x["value"], tuple(x.get("positions") or (positions.get(n, -1) for n in x["inputs"])),
                            tuple(x["inputs"]), x.get("raw") or "", x.get("source_index")) for x in d.get("provenance") or ())
    conflicts = tuple(Conflict(c["field"], c["message"], tuple((v["value"], v["input"]) for v in c.get("values") or ()), c.get("used"))
                      for c in d.get("conflicts") or ())
    return ProductResult(d.get("product_name") or result.input, tuple(names), tuple(inputs), result, prov, conflicts,
                         d.get("sha256") or "", tuple(d.get("corrections") or ()))


def summary_forms(p: ProductResult) -> tuple[str, ...]:
    return forms_of(p.result)
