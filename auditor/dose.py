"""Interpretation of what a label declares (science, no text reading): whether each amount is the element or
the compound (a table of named rules), %DV matching, unit fixes, compound → elemental, pairing a compound row
with its elemental statement, totals, merging repeats, plausibility, and the doses a label leaves to convention
(the hydrate a compound weight meant, Epsom salt by the teaspoon). Every constant comes from the data tables
with its source. Input: auditor.models.DeclaredLabel (from auditor.parse); output: LabelFacts."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Callable

from . import chemistry
from .models import (
    Amount,
    Basis,
    DeclaredLabel,
    DeclaredRow,
    FormMention,
    LabelFacts,
    MagnesiumForm,
    MagnesiumSource,
)
from .tables import form_info, limits


def population_dv(population: str) -> int | None:
    """The DV a %DV column header names for its population (80 mg at 1-3 y, 400 mg pregnancy, 75 mg infants)."""
    pop = limits()["daily_value"]["population"]
    return {"infant": pop["infant_mg"], "child_1_3": pop["child_1_3_mg"], "pregnancy": pop["pregnancy_lactation_mg"]}.get(population)


def dv_matches(elemental_mg: float, percent: int, population: str = "adult") -> int | None:
    """The reference under which `elemental_mg` prints as `percent` (±1 point), else None: the label population's
    DV first (80 mg for "Children 1 through 3 Years", 400 mg for "Pregnant and Lactating Women"), then 420, 400, 375."""
    dv = limits()["daily_value"]
    tol = dv["tolerance_points"]
    first = population_dv(population)
    for ref in ((first,) if first else ()) + (dv["current_mg"], dv["legacy_mg"], dv["eu_nrv_mg"]):
        if abs(elemental_mg / ref * 100 - percent) <= tol + 0.5:
            return ref
    return None


# ---------------------------------------------------------------- mentions



# ---------------------------------------------------------------- basis: element or compound, by named rules


@dataclass(frozen=True)
class BasisRule:
    """One rule of the basis decision: when `applies`, the declared amount is `basis`, for the reason given."""

    id: str
    basis: Basis
    applies: Callable[["_RowView"], bool]
    reason: Callable[["_RowView"], str]


@dataclass(frozen=True)
class _RowView:
    """A row with what the rules look at: its declared amount, the forms named for it and the label population."""

    row: DeclaredRow
    form: MagnesiumForm
    forms: tuple[MagnesiumForm, ...]
    variant: str | None
    population: str

    @property
    def mg(self) -> float:
        return self.row.declared.mg if self.row.declared else 0.0

    @property
    def pct(self) -> int | None:
        p = self.row.percent_dv
        return p if p is not None and p > 0 else None

    def elemental_if_compound(self) -> float | None:
        if len(self.forms) != 1:
            return None
        return chemistry.elemental_from_compound(self.mg, self.form, self.variant)


def _dv_fits_compound(v: _RowView) -> bool:
    el = v.elemental_if_compound()
    return v.pct is not None and el is not None and dv_matches(el, v.pct, v.population) is not None


# In order: the first rule that applies decides. A compound name with an amount is the compound's weight unless
# the label says otherwise (an elemental marker, or a %DV that only the element fits) — 21 CFR 101.36(b)(3)
# declares the element in a Supplement Facts row; the compound's weight may be given in the row's name.
BASIS_RULES: tuple[BasisRule, ...] = (
    BasisRule("basis.marker", Basis.ELEMENTAL, lambda v: v.row.marker, lambda v: "marked elemental on the label"),
    BasisRule("basis.element_row_with_compound", Basis.ELEMENTAL,
              lambda v: v.row.head == "element" and v.row.compound is not None,
              lambda v: "element row with its compound weight beside it"),
    BasisRule("basis.element_row", Basis.ELEMENTAL, lambda v: v.row.head == "element",
              lambda v: "an element row ('Magnesium …') declares magnesium itself (21 CFR 101.36)"),
    BasisRule("basis.dv_fits_element", Basis.ELEMENTAL,
              lambda v: v.pct is not None and dv_matches(v.mg, v.pct, v.population) is not None,
              lambda v: f"the printed {v.pct}% DV matches {v.mg:g} mg as magnesium"),
    BasisRule("basis.dv_fits_compound", Basis.COMPOUND, _dv_fits_compound,
              lambda v: f"the printed {v.pct}% DV matches {v.elemental_if_compound():.0f} mg magnesium in {v.mg:g} mg compound"),
    BasisRule("basis.dv_fits_neither", Basis.COMPOUND, lambda v: v.pct is not None,
              lambda v: "a compound name with an amount is the compound weight (the %DV does not match either reading)"),
    BasisRule("basis.unnamed_chelate", Basis.COMPOUND, lambda v: v.form is MagnesiumForm.AMINO_ACID_CHELATE,
              lambda v: "a chelate weight with no named amino acid: the magnesium in it cannot be computed"),
    BasisRule("basis.compound_name", Basis.COMPOUND, lambda v: True,
              lambda v: "a compound name with an amount and no element row is the compound weight"),
)


def decide_basis(row: DeclaredRow, form: MagnesiumForm, forms: tuple[MagnesiumForm, ...], variant: str | None,
                 population: str = "adult") -> tuple[Basis, str, str]:
    """(basis, the reason in words, the rule id) for a row with a declared amount."""
    v = _RowView(row, form, forms, variant, population)
    rule = next(r for r in BASIS_RULES if r.applies(v))
    return rule.basis, f"{rule.reason(v)} (rule {rule.id})", rule.id


def fix_units(row: DeclaredRow, population: str = "adult") -> tuple[DeclaredRow, str | None]:
    """'Magnesium 200 mcg 48%': the %DV shows mcg was misread for mg (or g for mg)."""
    d = row.declared
    if d is None or row.percent_dv is None or d.unit == "mg":
        return row, None
    if dv_matches(d.value, row.percent_dv, population) and not dv_matches(d.mg, row.percent_dv, population):
        fixed = Amount(d.value, "mg", d.value, d.raw, d.span)
        return replace(row, declared=fixed), f"'{d.raw}' read as {d.value:g} mg: the printed {row.percent_dv}% DV only fits milligrams"
    return row, None


def fix_column(row: DeclaredRow, population: str = "adult") -> DeclaredRow:
    """'Magnesium 187,5 mg 375 mg 100 %' with the headings lost ("pro Tablette | pro Tagesdosis"): the row's %DV is the
    label's own arithmetic, so the column whose amount it is the percentage of is the declared one, wherever the %DV
    stands ('150 mg 75 mg 40 %' under "2 comprimate | 1 comprimat | %VNR (2 comprimate)" is 150 mg).

    A compound row's columns can be the salt's weight and its magnesium ("Magnesium L-Threonate 2,000 mg 144 mg 34%"
    under "Compound | Elemental Magnesium | % DV"): a lighter column the %DV is the percentage of is the magnesium
    declared, and the first amount is the salt's weight."""
    d = row.declared
    if d is None or row.percent_dv is None or len(row.columns) < 2 or row.head not in ("element", "form"):
        return row
    if dv_matches(d.mg, row.percent_dv, population) is not None:
        return row
    fits = [c for c in row.columns if c.amount.span != d.span and dv_matches(c.amount.mg, row.percent_dv, population)
            and (row.head == "element" or c.amount.mg < d.mg)]
    if len(fits) != 1:
        return row
    if row.head == "form":
        return replace(row, declared=fits[0].amount, compound=d, rules=row.rules + ("amount.element_column",))
    return replace(row, declared=fits[0].amount, rules=row.rules + ("amount.percent_column",))


def to_source(row: DeclaredRow, ingredient_forms: tuple[FormMention, ...], population: str = "adult") -> MagnesiumSource:
    """A declared row as a magnesium source: its forms (from the ingredient list when the row names none), the
    basis of its amount, and the chemistry."""
    mentions = row.forms or ingredient_forms
    forms_list = tuple(dict.fromkeys(m.form for m in mentions)) or (MagnesiumForm.UNKNOWN,)
    variant = next((m.variant for m in row.forms if m.variant), None)
    common = dict(
        form=forms_list[0], forms=forms_list, variant=variant, label_text=row.label_text, raw=row.raw, span=row.span,
        form_spans=tuple(m.span for m in mentions), percent_dv=row.percent_dv, percent_dv_raw=row.percent_dv_raw,
        front_claim=False,
    )
    if row.declared is None:
        return MagnesiumSource(declared=None, basis=Basis.UNKNOWN, basis_reason="no amount on the label", **common)
    basis, why, _ = decide_basis(row, forms_list[0], forms_list, variant, population)
    return compute_source(MagnesiumSource(declared=row.declared, basis=basis, basis_reason=why, compound_declared=row.compound, **common))


def compute_source(src: MagnesiumSource) -> MagnesiumSource:
    """Fill elemental/compound mg (and their ranges) of a source from its declared amount and basis."""
    d = src.declared
    if d is None:
        return replace(src, elemental_mg=None, elemental_mg_range=None, compound_mg=None, compound_mg_range=None)
    fs = src.forms or (src.form,)
    single = len(fs) == 1
    if src.basis is Basis.ELEMENTAL:
        el = d.mg
        if src.compound_declared is not None and src.compound_declared.mg < el:
            src = replace(src, compound_declared=None)  # a "compound weight" lighter than its magnesium is another number
        comp = src.compound_declared.mg if src.compound_declared else (
            chemistry.compound_from_elemental(el, src.form, src.variant) if single else None
        )
        comp_rng = (comp, comp) if src.compound_declared else chemistry.compound_range(el, fs, src.variant)
        return replace(src, elemental_mg=el, elemental_mg_range=(el, el), compound_mg=comp, compound_mg_range=comp_rng)
    if src.basis is Basis.COMPOUND:
        comp = d.mg
        el = chemistry.elemental_from_compound(comp, src.form, src.variant) if single else None
        rng = chemistry.elemental_range(comp, fs, src.variant)
        return replace(src, elemental_mg=el, elemental_mg_range=rng, compound_mg=comp, compound_mg_range=(comp, comp))
    return replace(src, elemental_mg=None, elemental_mg_range=None, compound_mg=None, compound_mg_range=None)



def _pair(items: list[tuple[MagnesiumSource, str | None]], text: str, kind: str = "supplement",
          restating: frozenset[tuple[int, int]] = frozenset()) -> list[MagnesiumSource]:
    """Join a compound row with the elemental statement that follows it ('Magnesium Citrate 1480 mg' +
    'providing 444 mg elemental magnesium'), and drop a repeated statement of the same amount. `items` are the
    sources in reading order, each with what sums rows above it: "total" (a "Total magnesium" row), "statement" (an
    elemental statement naming no form) or None. Both must be in one block of
    the panel, except on Drug Facts, whose 'Other information' section states the magnesium of the active
    ingredient sections below it ("each tablet contains: magnesium 65 mg"; 21 CFR 201.66(c)(7)), and except a
    statement that opens with a restating word (`restating`, the spans of such rows: "providing 144 mg elemental
    magnesium"), which names no nutrient of its own: only blank lines and marks may stand between it and its row,
    since OCR leaves a blank line wherever two printed lines are further apart than a line."""
    out: list[MagnesiumSource] = []

    def one_block(a: int, b: int, restates: bool = False) -> bool:
        if kind == "otc_drug" or "\n\n" not in text[a:b]:
            return True
        return restates and not any(ch.isalnum() for ch in text[a:b])

    # a title line that repeats a compound row word for word ("Magnesium Malate 1250mg") is that row
    items = [(s, total) for i, (s, total) in enumerate(items) if not (
        s.basis is Basis.COMPOUND and s.declared is not None and any(
            t.basis is Basis.COMPOUND and t.declared is not None and t.declared.mg == s.declared.mg and t.forms == s.forms
            for t, _ in items[i + 1 :]))]
    for s in _absorb_totals(items, text):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.declared is not None
            and s.declared is not None
            and (prev.basis is Basis.COMPOUND or _weight_over_element(prev, s))
            and s.basis is Basis.ELEMENTAL
            and s.compound_declared is None
            and (set(s.forms) <= set(prev.forms) or s.forms == (MagnesiumForm.UNKNOWN,) or _forms_borrowed(s))
            and one_block(prev.span[1], s.span[0], s.span in restating)
        ):
            if prev.declared.mg == s.declared.mg:
                # "HOŘČÍK CITRÁT 300 mg" (a title) over "Hořčík 300 mg 80 %": the same magnesium, not a compound weight
                named = replace(s, form=prev.form, forms=prev.forms, variant=prev.variant, form_spans=prev.form_spans,
                                label_text=prev.label_text) if s.form is MagnesiumForm.UNKNOWN else s
                out[-1] = compute_source(named)
                continue
            merged = replace(
                prev,
                declared=s.declared,
                basis=Basis.ELEMENTAL,
                basis_reason="elemental amount stated under the compound row",
                compound_declared=prev.declared,
                percent_dv=s.percent_dv if s.percent_dv is not None else prev.percent_dv,
                percent_dv_raw=s.percent_dv_raw if s.percent_dv is not None else prev.percent_dv_raw,
                raw=text[prev.span[0] : s.span[1]].strip(),
                span=(prev.span[0], s.span[1]),
            )
            out[-1] = compute_source(merged)
            continue
        if (
            prev is not None
            and prev.basis is Basis.ELEMENTAL
            and prev.compound_declared is None
            and prev.declared is not None
            and s.declared is not None
            and s.percent_dv is None
            # a compound row, or a second element row for the same salts holding more than the first with no %DV
            # of its own ("Magnesium Complex (glycinate, malate …) 1,600 mg †" under "Magnesium (as …) 200 mg 48%")
            and (s.basis is Basis.COMPOUND or (s.basis is Basis.ELEMENTAL and prev.percent_dv is not None
                                                and s.declared.mg > prev.declared.mg and s.compound_declared is None))
            and (set(s.forms) == set(prev.forms) != {MagnesiumForm.UNKNOWN} or s.forms == (MagnesiumForm.UNKNOWN,))
            and "\n\n" not in text[prev.span[1] : s.span[0]]
        ):
            # "Magnesium (as magnesium L-threonate) 144 mg 34%" over "Magnesium L-Threonate 2,000 mg **" (or over
            # "Magnesium Complex Blend 1,500 mg"): the row under an element row, naming the same salt or none, with no
            # %DV of its own, is that salt's weight
            out[-1] = compute_source(replace(
                prev, compound_declared=s.declared, raw=text[prev.span[0] : s.span[1]].strip(), span=(prev.span[0], s.span[1]),
                basis_reason=f"{prev.basis_reason}; the compound's weight is on the next row"))
            continue
        out.append(s)
    # A compound weight and an element amount of the same form that chemistry says are the same magnesium
    # (Drug Facts "Magnesium citrate 1.745 g" … "each fl oz contains: magnesium 282 mg"; "Magnesium (as oxide)
    # 241.3 mg" … "Each tablet contains 400 mg magnesium oxide"; a front "500 mg" and a panel row) are one source.
    deduped: list[MagnesiumSource] = []
    for s in out:
        dup = next((d for d in deduped if _same_magnesium(d, s)), None)
        if dup is None:
            deduped.append(s)
            continue
        deduped[deduped.index(dup)] = _merge_same(dup, s)
    return deduped



def _forms_borrowed(s: MagnesiumSource) -> bool:
    """A statement that names no salt took its forms from the ingredient list ("each tablet contains: magnesium 50
    mg" over "Inactive ingredients … magnesium oxide"): they say nothing about which row it restates."""
    return bool(s.form_spans) and not any(s.span[0] <= a < s.span[1] for a, _ in s.form_spans)


def _weight_over_element(prev: MagnesiumSource, s: MagnesiumSource) -> bool:
    """An element row with no %DV over one with a %DV that holds less: the first is the salts' weight ("Magnesium
    Complex 3,000 mg †" over "Elemental Magnesium 400 mg 95%"). Magnesium has a Daily Value (21 CFR 101.9(c)(8)(iv)),
    so a row that is magnesium itself prints one; the mirror of an element row with the weight on the row under it."""
    return (prev.basis is Basis.ELEMENTAL and prev.percent_dv is None and prev.compound_declared is None
            and s.percent_dv is not None and s.declared.mg < prev.declared.mg)


def _same_magnesium(a: MagnesiumSource, b: MagnesiumSource) -> bool:
    if a.elemental_mg is None or b.elemental_mg is None:
        return False
    fa, fb = set(a.forms or (a.form,)), set(b.forms or (b.form,))
    if not (fa & fb or MagnesiumForm.UNKNOWN in fa | fb):
        return False
    tol = max(0.5, 0.02 * max(a.elemental_mg, b.elemental_mg))
    if a.basis is Basis.COMPOUND and b.basis is Basis.COMPOUND:
        # two compound rows are two ingredients, unless one repeats the other word for word (a title line), or
        # weighs the same salt at another hydrate state and so holds the same magnesium ("salicylate tetrahydrate
        # 580 mg (equivalent to 467.2 mg of anhydrous magnesium salicylate)")
        if a.declared is None or b.declared is None or fa != fb:
            return False
        return a.declared.mg == b.declared.mg or (a.variant != b.variant and abs(a.elemental_mg - b.elemental_mg) <= tol)
    if {a.basis, b.basis} == {Basis.COMPOUND, Basis.ELEMENTAL}:
        # a compound weight and the label's own "magnesium X mg": the label's figure may differ from the anhydrous
        # arithmetic by a few percent (Drug Facts citrate: 1.745 g = 282 mg computed, "each fl oz contains:
        # magnesium 290 mg" printed; "1330 mg of magnesium citrate" = 215 mg computed, 210 mg printed)
        frac = limits()["tolerance"]["label_vs_computed_fraction"]
        tol = max(tol, frac * max(a.elemental_mg, b.elemental_mg))
        # or anywhere in the salt's range over its hydrate states ("Magnesium† 150 mg" and "† from 1,000 mg magnesium
        # citrate": 120–162 mg as the hydrate or the anhydrous salt)
        compound, element = (a, b) if a.basis is Basis.COMPOUND else (b, a)
        rng = compound.elemental_mg_range
        if rng is not None and rng[0] * (1 - frac) <= element.elemental_mg <= rng[1] * (1 + frac):
            return True
    return abs(a.elemental_mg - b.elemental_mg) <= tol


def _can_hold(salt: MagnesiumSource, element_mg: float) -> bool:
    """Can this weighed salt hold `element_mg` of magnesium: at most its richest hydrate's share of its weight,
    `feasibility_margin` over? No lower bound here: a label's own figure for its salt may be below the formula's
    (Magtein's 7.2% against 8.25%)."""
    most = chemistry.max_elemental(salt.declared.mg, salt.forms or (salt.form,), salt.variant) if salt.declared else None
    return most is not None and element_mg <= most * (1 + limits()["tolerance"]["feasibility_margin"])


def _footnote_salts(items: list[tuple[MagnesiumSource, str | None]],
                    notes: list[tuple[tuple[int, int], tuple[int, int]]]) -> list[tuple[MagnesiumSource, str | None]]:
    """'Magnesium‡ 144 mg 34%' and, in the note its mark opens, '‡ As magnesium L-threonate (Magtein®), from 2 g':
    the note's salt is the row's source when it can hold the row's magnesium (`_can_hold`), so one source with its compound weight; a salt that cannot hold it is another source."""
    out = list(items)
    for span, (a, b) in notes:  # (the marked row's span, its note's)
        el = next((k for k, (s, _) in enumerate(out) if s.span == span and s.basis is Basis.ELEMENTAL
                   and s.declared is not None and s.compound_declared is None), None)
        salt = next((k for k, (s, _) in enumerate(out) if s.basis is Basis.COMPOUND and s.declared is not None
                     and a <= s.span[0] < b), None)
        if el is None or salt is None:
            continue
        row, note = out[el][0], out[salt][0]
        if _can_hold(note, row.declared.mg):
            out[el] = (_merge_same(row, note), out[el][1])
            del out[salt]
    return out


def _merge_same(a: MagnesiumSource, b: MagnesiumSource) -> MagnesiumSource:
    """Keep the declared element amount; attach the compound weight and a known form from the other."""
    el, other = (a, b) if (a.basis is Basis.ELEMENTAL, a.percent_dv is not None) >= (b.basis is Basis.ELEMENTAL, b.percent_dv is not None) else (b, a)
    changes: dict = {}
    if el.basis is Basis.ELEMENTAL and el.compound_declared is None and other.basis is Basis.COMPOUND and other.declared:
        changes["compound_declared"] = other.declared
    if el.form is MagnesiumForm.UNKNOWN and other.form is not MagnesiumForm.UNKNOWN:
        changes.update(form=other.form, forms=other.forms, variant=other.variant, form_spans=other.form_spans, label_text=other.label_text)
    if el.percent_dv is None and other.percent_dv is not None:
        changes.update(percent_dv=other.percent_dv, percent_dv_raw=other.percent_dv_raw)
    return compute_source(replace(el, **changes)) if changes else el



def _parts_of(total_mg: float, parts: list[MagnesiumSource]) -> bool:
    """Do the sub-rows split an element row of `total_mg` by salt? Elemental sub-rows ("w tym z cytrynianu 150 mg")
    when they add up to no more than it; sub-rows read as compound weights ("from magnesium glycinate 150 mg")
    when their amounts add up to it as stated (the magnesium from each salt), or their salts' magnesium does (the
    weight of each salt; one salt alone: when it can hold the row's magnesium)."""
    tol = limits()["tolerance"]["label_vs_computed_fraction"]
    if all(p.basis is Basis.ELEMENTAL for p in parts):
        return sum(p.elemental_mg or 0 for p in parts) <= total_mg * (1 + tol)
    if any(p.basis is not Basis.COMPOUND or p.declared is None for p in parts):
        return False
    if abs(sum(p.declared.mg for p in parts) - total_mg) <= tol * total_mg:
        return True
    ranges = [p.elemental_mg_range for p in parts]
    if any(rg is None for rg in ranges):
        return False
    lo, hi = sum(rg[0] for rg in ranges), sum(rg[1] for rg in ranges)  # type: ignore[index]
    if len(parts) == 1:
        # one salt introduced under the row ("As magnesium L-threonate (Magtein®), from 2 g"): the row's source when it
        # can hold the row's magnesium (`_can_hold`), not below the share that means a digit was lost
        share = limits()["plausibility"]["reading_elemental_below_compound_share"]
        return lo * share <= total_mg and _can_hold(parts[0], total_mg)
    return lo * (1 - tol) <= total_mg <= hi * (1 + tol)


def _absorb_parts(items: list[tuple[MagnesiumSource, DeclaredRow]], text: str) -> list[tuple[MagnesiumSource, DeclaredRow]]:
    """'Magnez 250 mg' over 'w tym z cytrynianu magnezu 150 mg' and 'w tym z tlenku magnezu 100 mg', or 'Magnesium
    300 mg' over 'from magnesium glycinate 150 mg' and 'from magnesium oxide 150 mg': sub-rows ("w tym", "davon",
    "of which", "from") of an element row that add up to it (`_parts_of`) are its parts by salt, so the element
    row stands for all of them and takes their forms."""
    out: list[tuple[MagnesiumSource, DeclaredRow]] = []
    i = 0
    while i < len(items):
        s, r = items[i]
        parts = []
        j = i + 1
        while (j < len(items) and items[j][1].subrow and items[j][0].basis in (Basis.ELEMENTAL, Basis.COMPOUND)
               and "\n\n" not in text[items[j - 1][0].span[1] : items[j][0].span[0]]):
            parts.append(items[j][0])
            j += 1
        if parts and s.basis is Basis.ELEMENTAL and not r.subrow and s.elemental_mg is not None and _parts_of(s.elemental_mg, parts):
            forms = tuple(dict.fromkeys(f for x in parts for f in (x.forms or (x.form,)) if f is not MagnesiumForm.UNKNOWN))
            if forms:
                # (one salt's weight under the row is the row's compound weight)
                weight = parts[0].declared if len(parts) == 1 and parts[0].basis is Basis.COMPOUND and s.compound_declared is None else s.compound_declared
                s = compute_source(replace(s, form=forms[0], forms=forms, form_spans=tuple(sp for x in parts for sp in x.form_spans),
                                           compound_declared=weight, basis_reason=f"{s.basis_reason}; the rows under it give its salts"))
            out.append((s, r))
            i = j
            continue
        out.append((s, r))
        i += 1
    return out


def _parts_above(out: list[MagnesiumSource], total: MagnesiumSource, block, printed_total: bool) -> tuple[list[MagnesiumSource], list[MagnesiumSource]]:
    """The compound rows right above a total in its block, taken off `out`, and everything taken for them. Above a
    printed total ("Magnesio totale"), a compound row with its own statement under it ("Magnesio bisglicinato 700 mg
    / di cui magnesio 98 mg", or on one line: "… glycinate 1.1 g (equivalent to magnesium 150 mg)") is a part too,
    statement and all, when the statements add up to the total: otherwise
    the statement is no part of it. Above a statement naming no form, a compound row with a statement of its own is
    not: "… chelate 500 mg / equiv. magnesium 100 mg / … oxide 166 mg / equiv. magnesium 100 mg" states each salt's
    magnesium in turn."""
    tol = limits()["tolerance"]["label_vs_computed_fraction"]
    for with_statements in (True, False) if printed_total else (False,):
        parts: list[MagnesiumSource] = []
        taken: list[MagnesiumSource] = []
        said = 0.0
        while out and block(out[-1], total):
            if out[-1].basis is Basis.COMPOUND:
                parts.insert(0, out.pop())
                taken.insert(0, parts[0])
            elif (with_statements and len(out) > 1 and out[-1].basis is Basis.ELEMENTAL and out[-1].compound_declared is None
                  and out[-1].declared is not None and out[-2].basis is Basis.COMPOUND and block(out[-2], out[-1])):
                said += out[-1].declared.mg
                taken[:0] = out[-2:]
                out[-2:] = []
                parts.insert(0, taken[0])
            elif (with_statements and out[-1].basis is Basis.ELEMENTAL and out[-1].compound_declared is not None
                  and out[-1].declared is not None):
                # the same on one line: "Magnesium glycinate 1.1 g (equivalent to magnesium 150 mg)"
                said += out[-1].declared.mg
                taken.insert(0, out.pop())
                parts.insert(0, taken[0])
            else:
                break
        if not said or abs(said - total.declared.mg) <= tol * total.declared.mg:
            return parts, taken
        out.extend(taken)
    return [], []


def _absorb_totals(items: list[tuple[MagnesiumSource, str | None]], text: str) -> list[MagnesiumSource]:
    """'Total (equivalent) magnesium 237 mg' or 'Equiv. magnesium 141 mg' after several compound rows is the
    magnesium of all of them: the compound rows of the same block (no blank line between) are its parts. A total
    printed above its parts ("Magnesium (gesamt) 400 mg" over four salts) takes the compound rows right after it.
    One compound row beside it is left to the pairing of a compound row with its elemental statement."""

    def block(a: MagnesiumSource, b: MagnesiumSource) -> bool:
        return "\n\n" not in text[min(a.span[1], b.span[1]) : max(a.span[0], b.span[0])]

    def absorb(s: MagnesiumSource, parts: list[MagnesiumSource], where: str) -> MagnesiumSource:
        forms = tuple(dict.fromkeys(f for x in parts for f in (x.forms or (x.form,))))
        span = (min(s.span[0], parts[0].span[0]), max(s.span[1], parts[-1].span[1]))
        return compute_source(replace(
            s, form=forms[0], forms=forms, label_text=" + ".join(x.label_text for x in parts),
            form_spans=tuple(sp for x in parts for sp in x.form_spans), span=span,
            raw=text[span[0] : span[1]].strip(), basis_reason=f"total magnesium stated for the compounds {where}",
        ))

    out: list[MagnesiumSource] = []
    pending: MagnesiumSource | None = None  # a total with no compound rows above it, waiting for those below
    below: list[MagnesiumSource] = []
    for s, total in items:
        if pending is not None:
            if s.basis is Basis.COMPOUND and not total and block(pending, s):
                below.append(s)
                continue
            out.extend([absorb(pending, below, "below")] if len(below) > 1 else [pending, *below])
            pending, below = None, []
        if total and s.basis is Basis.ELEMENTAL:
            parts, taken = _parts_above(out, s, block, printed_total=total == "total")
            if len(parts) > 1:
                s = absorb(s, parts, "above")
            else:
                out.extend(taken)
                if not parts:
                    pending = s
                    continue
        out.append(s)
    if pending is not None:
        out.extend([absorb(pending, below, "below")] if len(below) > 1 else [pending, *below])
    return out


def _amountless_source(m: FormMention, reason: str, form_spans: tuple | None = None) -> MagnesiumSource:
    """A magnesium source named on the label with no amount (front of pack, ingredient list)."""
    return MagnesiumSource(
        form=m.form, forms=(m.form,), variant=m.variant, label_text=" ".join(m.label_text.split()), declared=None,
        basis=Basis.UNKNOWN, basis_reason=reason, raw=m.label_text.strip(), span=m.span,
        form_spans=(m.span,) if form_spans is None else form_spans,
    )


def _impossible(s: MagnesiumSource, kind: str) -> str | None:
    """Why a source's amount is one no product could hold (more magnesium per serving than the data table's
    ceiling for the product's kind, or not a finite number), else None."""
    table = limits()["plausibility"]
    ceiling = table["topical"]["impossible_elemental_per_serving_mg"] if kind == "topical" else table["impossible_elemental_per_serving_mg"]
    for v in (s.elemental_mg, s.compound_mg, s.declared.mg if s.declared else None, s.compound_declared.mg if s.compound_declared else None):
        if v is not None and not math.isfinite(v):
            return f"'{s.declared.raw if s.declared else s.raw}' is not a number a label could mean"
    if s.elemental_mg is not None and s.elemental_mg > ceiling:
        return f"{s.elemental_mg:g} mg of magnesium per serving is more than any product holds ({ceiling:g} mg); the amount '{s.declared.raw}' was not used"
    # a compound weight is judged at its form's richest formula, whatever hydrate the label names: a pack's net
    # weight beside the name ("MAGNESIUM SULPHATE IP (EPSOM SALT) 100 g") is no serving because the salt it names
    # is the heavier heptahydrate (9.9 g of magnesium) rather than the anhydrous salt (20 g)
    compound = s.compound_declared or (s.declared if s.basis is Basis.COMPOUND else None)
    if compound is not None and s.elemental_mg is not None:
        richest = chemistry.max_elemental(compound.mg, s.forms or (s.form,))
        if richest is not None and richest > ceiling:
            return f"'{compound.raw}' of {s.label_text or 'the compound'} could hold {richest:g} mg of magnesium, more than any product holds ({ceiling:g} mg); it was not used"
    return None


def _per_unit_restatements(items: list[tuple[MagnesiumSource, DeclaredRow]], serving) -> list[tuple[MagnesiumSource, DeclaredRow]]:
    """'Each tablet contains … (elemental magnesium 64 mg)' under a panel row of 128 mg for a serving of 2 tablets:
    a statement for one unit whose amount times the serving's units is another row of the same magnesium says
    that row again, per unit; it is not a second source."""
    n = serving.count or 1.0
    if n <= 1:
        return items
    out = list(items)
    for s, r in items:
        if r.per_unit is None or r.per_unit != serving.unit or s.elemental_mg is None:
            continue
        whole = replace(s, elemental_mg=s.elemental_mg * n)
        kept = next((k for k, (t, tr) in enumerate(out) if tr.per_unit is None and _same_magnesium(t, whole)), None)
        if kept is not None:
            t, tr = out[kept]
            out[kept] = (replace(t, basis_reason=f"{t.basis_reason}; '{s.raw}' gives it per {r.per_unit}"), tr)
            out.remove((s, r))
    return out


def _per_volume_statements(items: list[tuple[MagnesiumSource, DeclaredRow]], serving, warnings: list[str]) -> list[tuple[MagnesiumSource, DeclaredRow]]:
    """'each tablespoonful (15 mL) contains: magnesium 500 mg' on a dose measured in another volume ('in each 30 mL
    cup'): the statement is for its own measure, so the dose holds it that many times over (30 / 15 = 2, 1,000 mg;
    the cup's 2,400 mg magnesium hydroxide × 41.7% agrees), and the warning says so. Measures in mL from
    limits.toml [otc] volume_ml."""
    volume = limits()["otc"]["volume_ml"]
    if serving.unit not in volume or not serving.count:
        return items
    dose_ml = serving.count * volume[serving.unit]
    out = []
    for s, r in items:
        if r.per_unit in volume and r.per_unit != serving.unit and s.declared is not None and s.basis is Basis.ELEMENTAL:
            times = dose_ml / volume[r.per_unit]
            d = s.declared
            s = compute_source(replace(s, declared=Amount(d.value * times, d.unit, d.mg * times, d.raw, d.span)))
            warnings.append(f"'{s.raw}' is per {r.per_unit} ({volume[r.per_unit]:g} mL) and the dose is {dose_ml:g} mL: "
                            f"{d.mg:g} mg × {times:g} = {d.mg * times:g} mg magnesium per dose")
        out.append((s, r))
    return out


def _pack_totals(items: list[tuple[MagnesiumSource, DeclaredRow]], serving, warnings: list[str]) -> list[tuple[MagnesiumSource, DeclaredRow]]:
    """'Each bottle contains … 12,000 mg' on a pack of several servings ('approximate yield 232 servings') is the
    pack's total, not a dose: set aside, and said. A one-dose bottle ('Serving Size 1 bottle') is its serving."""
    if serving.unit == "container" or not (serving.servings_per_container and serving.servings_per_container > 1):
        return items
    out = []
    for s, r in items:
        if r.per_unit == "container":
            warnings.append(f"'{s.raw}' is the whole pack's magnesium ({serving.servings_per_container} servings), not a dose; it was not used")
        else:
            out.append((s, r))
    return out


def interpret(d: DeclaredLabel) -> LabelFacts:
    """What the label declares → LabelFacts: each row's basis and chemistry, front-of-pack claims set apart,
    compound and elemental rows paired, totals and repeats merged, forms named elsewhere filled in, and amounts
    no product could hold turned into warnings."""
    warnings: list[str] = []
    unit_fixes: list[str] = []
    rows = []
    for r in d.rows:
        r, fix = fix_units(fix_column(r, d.population), d.population)
        if fix:
            unit_fixes.append(fix)
        rows.append(r)
    # a "Total magnesium" row, or an elemental statement naming no form ("Equiv. magnesium", "di cui magnesio"),
    # sums the compound rows right above it
    declared = _absorb_parts([(to_source(r, d.ingredient_forms, d.population), r) for r in rows if r.declared is not None], d.text)
    declared = _pack_totals(_per_volume_statements(_per_unit_restatements(declared, d.serving), d.serving, warnings), d.serving, warnings)
    # a printed total ("Magnesio totale"), or a statement naming no form ("Equiv. magnesium"), may sum rows above it
    items = [(s, "total" if r.total else "statement" if r.marker and not r.forms else None) for s, r in declared]
    # a row read before the panel heading with no %DV is a front-of-pack claim when the panel has rows too
    front_claims: list[MagnesiumSource] = []
    if d.panel_start is not None and any(s.span[0] >= d.panel_start for s, _ in items):
        front_claims = [s for s, _ in items if s.span[0] < d.panel_start and s.percent_dv is None]
        items = [(s, t) for s, t in items if s not in front_claims]
    # an amount on the directions' line is a dose they work out ("2-3 Tabletten täglich (98,4 mg Magnesium)"),
    # not a content, when the label declares its magnesium elsewhere too
    in_directions = [s for s, _ in items if s.percent_dv is None and any(a <= s.span[0] < b for a, b in d.directions)]
    if in_directions and len(in_directions) < len(items):
        front_claims += in_directions
        items = [(s, t) for s, t in items if s not in in_directions]
    items = _footnote_salts(items, [(s.span, r.footnote) for s, r in declared if r.footnote is not None])
    sources = _pair(items, d.text, d.kind, frozenset(s.span for s, r in declared if r.restates))
    # named forms with no amount (front of pack, marketing text) fill in a row without a form; those the panel
    # names ("as magnesium citrate and magnesium malate" under it) before the front's product name ("Magnesium
    # Citrate Malate"), as the panel's amounts come before the front's
    named = [m for r in rows if r.declared is None for m in r.forms]
    if d.panel_start is not None:
        named = [m for m in named if m.span[0] >= d.panel_start] or named
    if sources:
        filled = []
        for s in sources:
            if s.form is MagnesiumForm.UNKNOWN and named:
                fs = tuple(dict.fromkeys(n.form for n in named))
                s = compute_source(replace(s, form=fs[0], forms=fs, form_spans=tuple(n.span for n in named), variant=named[0].variant))
            filled.append(s)
        sources = filled
    else:
        seen: set[MagnesiumForm] = set()
        for n in named:
            if n.form not in seen:
                seen.add(n.form)
                sources.append(_amountless_source(n, "the label names the form but gives no amount"))
        if not sources:
            # a magnesium compound only in the ingredient list: a source with no amount
            for fm in d.ingredient_forms:
                if fm.form not in seen:
                    seen.add(fm.form)
                    sources.append(_amountless_source(fm, "named in the ingredients with no amount"))
        if not sources and d.bare_mention is not None:
            sources.append(_amountless_source(d.bare_mention, "magnesium named with no form and no amount", form_spans=()))
    checked = []
    for s in sources:
        why = _impossible(s, d.kind)
        if why:
            warnings.append(why)
            finite = s.declared is not None and math.isfinite(s.declared.mg)
            s = compute_source(replace(
                s, basis=Basis.UNKNOWN, basis_reason=why, declared=s.declared if finite else None,
                compound_declared=s.compound_declared if s.compound_declared and math.isfinite(s.compound_declared.mg) else None))
        checked.append(s)
    sources = checked
    limit = limits()["plausibility"]["max_elemental_per_serving_mg"]
    for s in sources:
        if s.elemental_mg is not None and s.elemental_mg > limit:
            warnings.append(f"{s.elemental_mg:g} mg magnesium per serving is implausibly high; check the reading of '{s.raw}'")
    if d.read_up_to is not None:
        cap = limits()["parse"]["max_magnesium_mentions"]
        warnings.append(f"the text names magnesium more than {cap:,} times, more than any label; it was read up to "
                        f"character {d.read_up_to:,} of {len(d.text):,}")
    if d.excipient_named and not sources:
        warnings.append("magnesium appears only as an excipient (e.g. magnesium stearate), which is not a source")
    return LabelFacts(
        text=d.text,
        serving=d.serving,
        sources=tuple(sources),
        ingredient_forms=d.ingredient_forms,
        co_ingredients=d.co_ingredients,
        magnesium_mentioned=bool(sources),
        buffered=d.buffered,
        chelate_without_ligand=d.chelate_without_ligand,
        has_panel=d.panel_start is not None,
        unit_fixes=tuple(unit_fixes),
        front_claims=tuple(front_claims),
        warnings=tuple(warnings),
        kind=d.kind,
        drug_purposes=d.drug_purposes,
        population=d.population,
        kind_evidence=d.kind_evidence,
    )


def formula_used(form: MagnesiumForm, variant: str | None) -> str | None:
    """The name of the formula chemistry used for a compound weight ('hexahydrate', 'bisglycinate, anhydrous')."""
    if form is MagnesiumForm.UNKNOWN:
        return None
    info = form_info(form)
    if variant:
        for match, h in info.variants:
            if match == variant:
                return h.name
        for h in info.hydrates:
            if variant in h.name:
                return h.name
    return info.default.name if info.default else None


def epsom_by_teaspoon(facts: LabelFacts) -> LabelFacts:
    """Epsom salt with no amount per teaspoon ("Magnesium sulfate 100%", "2 to 4 level teaspoons"): one level
    teaspoon is taken as 5.0 g of the heptahydrate (a label's 495 mg magnesium per teaspoon ÷ 9.86%).

    Returns:
        The facts with that sulfate source given its compound weight per teaspoon; unchanged otherwise.
    """
    sv = facts.serving
    unit = sv.unit or ("teaspoon" if sv.directions and "teaspoon" in sv.directions.lower() else None)
    if unit != "teaspoon":
        return _epsom_by_grams(facts)
    count = sv.count or 1.0
    grams = limits()["otc"]["epsom_teaspoon_g"] * count
    out = []
    changed = False
    for s in facts.sources:
        if s.declared is None and MagnesiumForm.SULFATE in (s.forms or (s.form,)) and len(s.forms or (s.form,)) == 1:
            amount = Amount(grams, "g", grams * 1000, f"{count:g} level teaspoon(s) ≈ {grams:g} g (assumed)", s.span or (0, 0))
            s = compute_source(replace(
                s, declared=amount, basis=Basis.COMPOUND, variant="heptahydrate",
                basis_reason=f"Epsom salt by the teaspoon: 1 level teaspoon taken as {limits()['otc']['epsom_teaspoon_g']:g} g of the heptahydrate (a label's 495 mg magnesium per teaspoon)",
            ))
            changed = True
        out.append(s)
    return replace(facts, sources=tuple(out)) if changed else facts


def sources_of_form(s: MagnesiumSource) -> tuple[str, ...]:
    """Source ids behind a source's chemistry (its forms' formulas and published fractions)."""
    out: list[str] = []
    for f in s.forms or (s.form,):
        if f is not MagnesiumForm.UNKNOWN:
            out += form_info(f).sources
    return tuple(dict.fromkeys(out))


def _epsom_by_grams(facts: LabelFacts) -> LabelFacts:
    """Epsom salt dosed in grams with no serving size ("dissolve 10 to 20 g in water"): a serving is taken as 1 g
    of the heptahydrate, so the directed grams are the servings a day."""
    sv = facts.serving
    targets = [s for s in facts.sources if s.declared is None and (s.forms or (s.form,)) == (MagnesiumForm.SULFATE,)]
    if sv.dose_g_range is None or not targets:
        return facts
    lo, hi = sv.dose_g_range
    out = []
    for s in facts.sources:
        if s in targets:
            amount = Amount(1.0, "g", 1000.0, "1 g (the directions' dose is in grams)", s.span or (0, 0))
            s = compute_source(replace(s, declared=amount, basis=Basis.COMPOUND, variant="heptahydrate",
                                       basis_reason="Epsom salt dosed in grams: counted per gram of the heptahydrate"))
        out.append(s)
    serving = replace(sv, count=1.0, unit="g", daily_servings=hi, daily_servings_range=(lo, hi), daily_servings_stated=True)
    return replace(facts, sources=tuple(out), serving=serving)
