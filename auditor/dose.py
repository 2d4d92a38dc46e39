"""Dose defaults the label leaves to convention (science, no text reading): the hydrate a compound weight meant,
and Epsom salt sold by the teaspoon. Every constant comes from the data tables with its source."""

from __future__ import annotations

from dataclasses import replace

from .models import Amount, Basis, LabelFacts, MagnesiumForm, MagnesiumSource
from .parse import compute_source
from .tables import form_info, limits


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
