"""Compound weight ↔ elemental magnesium, from the molar masses in the forms table. Pure functions, no I/O."""

from __future__ import annotations

from .models import MagnesiumForm
from .tables import form_info


def mg_fraction(form: MagnesiumForm, variant: str | None = None) -> float | None:
    """Mg mass fraction of the default formula (or of a named variant); None when it cannot be computed."""
    if form is MagnesiumForm.UNKNOWN:
        return None
    info = form_info(form)
    named = _named(info, variant)
    if named is not None:
        return named.mg_fraction
    return info.default.mg_fraction if info.default else None


def _named(info, variant: str | None):
    """The formula a label names: a ligand variant ('lysinate') or a hydrate ('dihydrate', 'anhydrous')."""
    if not variant:
        return None
    for match, hydrate in info.variants:
        if match == variant:
            return hydrate
    for hydrate in info.hydrates:
        if variant in hydrate.name:
            return hydrate
    return None


def fraction_range(forms: tuple[MagnesiumForm, ...] | list[MagnesiumForm], variant: str | None = None) -> tuple[float, float] | None:
    """(lowest, highest) Mg fraction over every hydrate of every form; None if any form has no formula."""
    lows, highs = [], []
    for form in forms:
        if form is MagnesiumForm.UNKNOWN:
            return None
        info = form_info(form)
        named = _named(info, variant)
        if named is not None:
            lows.append(named.mg_fraction)
            highs.append(named.mg_fraction)
            continue
        rng = info.fraction_range
        if rng is None:
            return None
        # the variant formulas (e.g. lysinate glycinate) only apply when the label names them
        hyd = [h.mg_fraction for h in info.hydrates]
        lows.append(min(hyd))
        highs.append(max(hyd))
    if not lows:
        return None
    return min(lows), max(highs)


def elemental_from_compound(compound_mg: float, form: MagnesiumForm, variant: str | None = None) -> float | None:
    """Elemental Mg in `compound_mg` of the default formula of `form`.

    Args:
        compound_mg: weight of the whole compound in mg.
        form: canonical form.
        variant: a variant keyword of forms.toml (e.g. "lysinate").

    Returns:
        mg of magnesium, or None when the form has no defined formula (unknown, amino acid chelate).
    """
    f = mg_fraction(form, variant)
    return None if f is None else compound_mg * f


def compound_from_elemental(elemental_mg: float, form: MagnesiumForm, variant: str | None = None) -> float | None:
    """Compound weight (default formula) that carries `elemental_mg` of magnesium; None when undefined."""
    f = mg_fraction(form, variant)
    return None if not f else elemental_mg / f


def elemental_range(compound_mg: float, forms: tuple[MagnesiumForm, ...], variant: str | None = None) -> tuple[float, float] | None:
    """Elemental mg over every hydrate (and every form of an unsplit mixture)."""
    rng = fraction_range(forms, variant)
    return None if rng is None else (compound_mg * rng[0], compound_mg * rng[1])


def compound_range(elemental_mg: float, forms: tuple[MagnesiumForm, ...], variant: str | None = None) -> tuple[float, float] | None:
    """Compound weight range that carries `elemental_mg`, over every hydrate and form."""
    rng = fraction_range(forms, variant)
    return None if rng is None else (elemental_mg / rng[1], elemental_mg / rng[0])


def max_elemental(compound_mg: float, forms: tuple[MagnesiumForm, ...], variant: str | None = None) -> float | None:
    """The most magnesium `compound_mg` of these forms can hold (highest fraction of any hydrate)."""
    rng = fraction_range(forms, variant)
    return None if rng is None else compound_mg * rng[1]
