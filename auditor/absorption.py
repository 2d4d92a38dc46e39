"""Estimated absorbed magnesium as a band {low, estimate, high}, from the documented model in data/absorption.toml.

The curve is Fine 1991's: a saturable process plus a small linear one, so the fraction absorbed falls as the
dose taken at one time rises. Forms differ only by solubility class, as far as human evidence goes
(soluble salts > oxide tablets; no proven edge for glycinate or threonate). Never a single marketing figure.
"""

from __future__ import annotations

from .models import Band, MagnesiumForm
from .tables import absorption_model, form_info


def absorbed_curve_mg(dose_mg: float) -> float:
    """Central estimate of mg absorbed from `dose_mg` of a soluble salt taken at one time (Fine 1991)."""
    if dose_mg <= 0:
        return 0.0
    c = absorption_model()["dose_curve"]
    absorbed = c["vmax_mg"] * dose_mg / (c["km_mg"] + dose_mg) + c["linear_fraction"] * dose_mg
    return min(absorbed, c["max_fraction"] * dose_mg)


def _solubility(form: MagnesiumForm) -> str:
    if form is MagnesiumForm.UNKNOWN:
        return "unknown"
    return form_info(form).solubility


def absorbed_band(parts: list[tuple[MagnesiumForm, float]]) -> Band | None:
    """Absorbed mg from one intake made of (form, elemental mg) parts.

    Args:
        parts: each source's form and elemental mg in one intake. The dose curve applies to their total,
            each part's solubility class scales its share.

    Returns:
        Band with 0 ≤ low ≤ estimate ≤ high ≤ total elemental mg, or None when there is no amount.
    """
    total = sum(mg for _, mg in parts if mg and mg > 0)
    if total <= 0:
        return None
    model = absorption_model()
    curve = absorbed_curve_mg(total)
    cap = model["dose_curve"]["max_fraction"] * total
    rel = {"low": 0.0, "estimate": 0.0, "high": 0.0}
    for form, mg in parts:
        if not mg or mg <= 0:
            continue
        cls = model["solubility"][_solubility(form)]
        for k in rel:
            rel[k] += mg / total * cls[k]
    spread = model["spread"]
    estimate = curve * rel["estimate"]
    low = min(curve * rel["low"] * spread["low"], estimate)
    high = max(min(curve * rel["high"] * spread["high"], cap), estimate)
    return Band(round(low, 1), round(estimate, 1), round(high, 1))


def scale_band(band: Band | None, factor: float) -> Band | None:
    """The band for `factor` separate intakes (e.g. servings a day)."""
    if band is None:
        return None
    return Band(round(band.low * factor, 1), round(band.estimate * factor, 1), round(band.high * factor, 1))


def band_caveat() -> tuple[str, tuple[str, ...]]:
    """What an absorbed band rests on and its caveat, with source ids (absorption.toml [caveat])."""
    c = absorption_model()["caveat"]
    return c["text"], tuple(c["sources"])
