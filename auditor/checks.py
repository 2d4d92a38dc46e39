"""Label-audit checks: does the label agree with itself and with chemistry? Each check has a stable id."""

from __future__ import annotations

import re

from . import chemistry
from .models import Basis, Check, LabelFacts, MagnesiumForm, MagnesiumSource
from .dose import dv_matches, population_dv
from .tables import form_info, limits

# One short phrase per check, for verdict reasons (the full message stays on the check).
TITLES = {
    "dv_consistent": "the printed %DV does not match the amount",
    "units_consistent": "a unit on the label looks misread",
    "elemental_feasible": "the label claims more magnesium than its compound can hold",
    "not_buffered": "part of the magnesium is a cheaper salt such as oxide (buffered)",
    "chelate_ligand_named": "'chelate' with no named amino acid, so the magnesium content is unknown",
    "elemental_declared": "only the compound weight is given, not the magnesium in it",
    "dose_plausible": "an implausibly high amount (probably a misread)",
}

_RE_CHELATE = re.compile(r"chelat|quelat", re.IGNORECASE)
_BUFFERS = {MagnesiumForm.OXIDE, MagnesiumForm.CARBONATE, MagnesiumForm.HYDROXIDE}


def _fmt(mg: float) -> str:
    return f"{mg:,.0f} mg" if mg >= 10 else f"{mg:.1f} mg"


_DV_WORDS = {"infant": "infants 7-12 months", "child_1_3": "children 1-3 years", "pregnancy": "pregnant and lactating women"}


def check_dv(sources: tuple[MagnesiumSource, ...], population: str = "adult") -> Check | None:
    """The printed %DV agrees with the amount: the DV of the population the %DV header names (80 mg for children
    1-3, 400 mg in pregnancy, 75 mg for infants), else DV 420 mg, legacy 400 mg or EU NRV 375 mg."""
    rows = [s for s in sources if s.percent_dv is not None and s.elemental_mg is not None]
    if not rows:
        return None
    srcs = tuple(limits()["daily_value"]["sources"]) + (tuple(limits()["daily_value"]["population"]["sources"]) if population in _DV_WORDS else ())
    srcs = tuple(dict.fromkeys(srcs))
    bad = []
    for s in rows:
        if dv_matches(s.elemental_mg, s.percent_dv, population) is None:
            ref = population_dv(population) or limits()["daily_value"]["current_mg"]
            bad.append(f"the label prints {s.percent_dv}% but {_fmt(s.elemental_mg)} magnesium is {s.elemental_mg / ref * 100:.0f}% of the {ref} mg Daily Value")
    if bad:
        return Check("dv_consistent", False, "; ".join(bad).capitalize() + ". One of the two numbers is wrong or misread.", srcs)
    s = rows[0]
    ref = dv_matches(s.elemental_mg, s.percent_dv, population)
    whose = f", the Daily Value for {_DV_WORDS[population]}" if ref == population_dv(population) else ""
    return Check("dv_consistent", True, f"{s.percent_dv}% matches {_fmt(s.elemental_mg)} of magnesium (reference {ref} mg{whose}).", srcs)


def check_feasible(sources: tuple[MagnesiumSource, ...]) -> Check | None:
    """A declared elemental amount must fit in the declared compound weight."""
    rows = [s for s in sources if s.compound_declared is not None and s.basis is Basis.ELEMENTAL and s.declared]
    evaluated = None
    for s in rows:
        most = chemistry.max_elemental(s.compound_declared.mg, s.forms or (s.form,), s.variant)
        if most is None:
            continue
        evaluated = evaluated or s
        # the USP assay allows citrate up to 16.4% Mg (16.16% computed) and labels round (limits.toml [tolerance])
        if s.declared.mg > most * (1 + limits()["tolerance"]["feasibility_margin"]):
            pct = s.declared.mg / s.compound_declared.mg * 100
            return Check(
                "elemental_feasible",
                False,
                f"{_fmt(s.compound_declared.mg)} of magnesium {s.form.value} can hold at most {_fmt(most)} of magnesium, "
                f"but the label claims {_fmt(s.declared.mg)} ({pct:.0f}% of the compound). Either it is blended with a "
                f"richer salt such as oxide ('buffered') or a figure is wrong.",
                _form_sources(s),
            )
    if evaluated is None:
        return None
    return Check("elemental_feasible", True, f"{_fmt(evaluated.declared.mg)} of magnesium fits in {_fmt(evaluated.compound_declared.mg)} of {evaluated.form.value}.", _form_sources(evaluated))


def _form_sources(s: MagnesiumSource) -> tuple[str, ...]:
    out: list[str] = []
    for f in s.forms or (s.form,):
        if f is not MagnesiumForm.UNKNOWN:
            out += form_info(f).sources
    return tuple(dict.fromkeys(out or ["molmass"]))


def check_buffered(facts: LabelFacts) -> Check | None:
    """'Buffered' glycinate, or oxide/carbonate/hydroxide hidden beside a glycinate."""
    forms = {f for s in facts.sources for f in (s.forms or (s.form,))} | {m.form for m in facts.ingredient_forms}
    if MagnesiumForm.GLYCINATE not in forms and not facts.buffered:
        return None
    hidden = sorted(f.value for f in forms & _BUFFERS)
    if facts.buffered or (MagnesiumForm.GLYCINATE in forms and hidden):
        what = f"magnesium {' and '.join(hidden)}" if hidden else "a cheaper, richer salt (usually oxide)"
        named = sorted(f.value for f in forms - _BUFFERS - {MagnesiumForm.UNKNOWN})
        overstates = f" The {' and '.join(named)} name overstates what you get." if named else ""
        return Check(
            "not_buffered",
            False,
            f"The product is buffered: part of the magnesium comes from {what}, which is poorly absorbed and "
            f"laxative.{overstates}",
            ("molmass", "firoz2001", "lindberg1990"),
        )
    return Check("not_buffered", True, "No sign of buffering: no oxide, carbonate or hydroxide beside the glycinate.", ("molmass",))


def check_chelate(facts: LabelFacts) -> Check | None:
    """'Chelate' with no named amino acid: the magnesium fraction is unknown."""
    vague = facts.chelate_without_ligand or any(MagnesiumForm.AMINO_ACID_CHELATE in (s.forms or (s.form,)) for s in facts.sources)
    if not vague:
        if facts.sources and _RE_CHELATE.search(facts.text):
            return Check("chelate_ligand_named", True, "The chelate names its amino acid, so its magnesium content is known.", ("molmass",))
        return None
    return Check(
        "chelate_ligand_named",
        False,
        "The label says 'chelate' without naming the amino acid, so how much of the weight is magnesium cannot be computed.",
        ("molmass",),
    )


def check_elemental_declared(sources: tuple[MagnesiumSource, ...], kind: str = "supplement") -> Check | None:
    """The label states the magnesium itself, not only a compound weight (21 CFR 101.36). Drug Facts give the
    active ingredient's weight by rule, so a compound weight there is no label problem."""
    rows = [s for s in sources if s.declared is not None]
    if not rows or kind == "topical":  # no Supplement Facts rule governs a product for the skin
        return None
    if kind == "otc_drug":
        return Check("elemental_declared", True, "Drug Facts give the weight of the active ingredient (the compound), as the rule requires; the magnesium in it is computed.",
                     tuple(limits()["otc"]["laxative_sources"]))
    compound_only = [s for s in rows if s.basis is not Basis.ELEMENTAL]
    if compound_only:
        s = compound_only[0]
        if s.elemental_mg_range:
            lo, hi = s.elemental_mg_range
            how = f"chemistry puts it at {_fmt(lo)}–{_fmt(hi)} of magnesium"
        else:
            how = "the magnesium in it cannot be computed"
        return Check(
            "elemental_declared",
            False,
            f"'{s.label_text} {s.declared.raw}' is the weight of the whole compound, not of magnesium; {how}.",
            ("cfr101_36",) + _form_sources(s),
        )
    return Check("elemental_declared", True, "The label states the amount of magnesium itself.", ("cfr101_36",))


def check_plausible(sources: tuple[MagnesiumSource, ...], kind: str = "supplement") -> Check | None:
    """More than 1000 mg magnesium per serving is more likely a misread than a supplement; an OTC laxative dose
    may hold up to about 3 g (a 10 fl oz citrate bottle). 0 mg is not a dose."""
    rows = [s for s in sources if s.elemental_mg is not None]
    if not rows:
        return None
    table = limits()["plausibility"]["otc"] if kind == "otc_drug" else limits()["plausibility"]
    limit, srcs = table["max_elemental_per_serving_mg"], tuple(table["sources"])
    total = sum(s.elemental_mg for s in rows)
    if total <= 0:
        # "Magnesium 0 mg": a misread or a placeholder, not a dose
        return Check("dose_plausible", False, "the label's magnesium amount reads as 0 mg; check the reading.", srcs)
    if total > limit:
        return Check("dose_plausible", False, f"{_fmt(total)} of magnesium per serving is implausibly high (over {limit} mg); check the label.", srcs)
    return Check("dose_plausible", True, f"{_fmt(total)} per serving is a plausible amount.", srcs)


def check_units(facts: LabelFacts) -> Check | None:
    """An amount whose unit the %DV shows was misread (mcg for mg)."""
    if not facts.unit_fixes:
        return None
    return Check("units_consistent", False, "; ".join(facts.unit_fixes).capitalize() + ".", ("fda_dv2016",))


def run_checks(facts: LabelFacts) -> tuple[Check, ...]:
    """All checks that apply to this label, in a stable order."""
    found = (
        check_dv(facts.sources, facts.population),
        check_units(facts),
        check_feasible(facts.sources),
        check_buffered(facts),
        check_chelate(facts),
        check_elemental_declared(facts.sources, facts.kind),
        check_plausible(facts.sources, facts.kind),
    )
    return tuple(c for c in found if c is not None)
