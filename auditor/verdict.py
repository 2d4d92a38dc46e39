"""Sleep-suitability verdict: versioned rules over the audited facts, each rule adding a reason a shopper can read."""

from __future__ import annotations

from .checks import TITLES
from .models import Check, CoIngredient, LabelFacts, Level, MagnesiumForm, Verdict
from .tables import form_info, limits

RULES_VERSION = "2026.11.1"

_ORDER = {Level.SUITABLE: 0, Level.CAUTION: 1, Level.UNSUITABLE: 2}

_FORM_REASONS = {
    "favourable": "{name} is well tolerated and a common choice for evening use (no human trial shows it beats other soluble forms for sleep)",
    "neutral": "{name} is a soluble form that the body absorbs reasonably well",
    "poor": "{name} is poorly absorbed (roughly half or less of soluble salts in human studies) and acts as a laxative",
    "laxative": "{name} is mainly an osmotic laxative; it is a poor choice for a nightly supplement",
    "daytime": "{name} is marketed for daytime energy and has no sleep data",
}

STANDING_NOTES = (
    "Kidney disease: do not take magnesium supplements without a doctor; poor kidney function lets magnesium build up (IOM 1997).",
    "Take quinolone or tetracycline antibiotics at least 2 hours before or 4–6 hours after magnesium, and keep 2 hours between magnesium and bisphosphonates such as alendronate.",
)


def _mg(v: float) -> str:
    return f"{v:,.0f} mg"


def decide(
    facts: LabelFacts,
    *,
    elemental_mg_per_day: float | None,
    checks: tuple[Check, ...],
) -> Verdict:
    """Apply the sleep rules.

    Args:
        facts: parsed label.
        elemental_mg_per_day: elemental magnesium per day at the directed use (None if it cannot be told).
        checks: label-audit checks; a failed one lowers the verdict to caution.

    Returns:
        Verdict whose level is the worst level any rule reached, with one reason per rule that fired.
    """
    lim = limits()
    reasons: list[tuple[Level, str]] = []
    notes: list[str] = []

    stimulants = [c for c in facts.co_ingredients if c.kind == "stimulant"]
    for c in _unique(stimulants):
        reasons.append((Level.UNSUITABLE, f"Contains {c.raw.strip()}, a stimulant that works against sleep."))

    if not facts.sources:
        return _finish(Level.UNKNOWN if not stimulants else Level.UNSUITABLE, reasons or [(Level.UNKNOWN, "No magnesium source found on this label.")], notes)

    forms = []
    for s in facts.sources:
        for f in s.forms or (s.form,):
            if f not in forms:
                forms.append(f)
    for f in forms:
        if f is MagnesiumForm.UNKNOWN:
            reasons.append((Level.CAUTION, "The label does not say which magnesium compound it uses, so absorption cannot be judged."))
            continue
        info = form_info(f)
        name = f"Magnesium {f.value.replace('_', ' ')}"
        level = {"favourable": Level.SUITABLE, "neutral": Level.SUITABLE}.get(info.sleep, Level.CAUTION)
        if f is MagnesiumForm.AMINO_ACID_CHELATE:
            reasons.append((Level.SUITABLE, "An amino acid chelate is soluble, but the label does not say which amino acid."))
            continue
        text = _FORM_REASONS[info.sleep].format(name=name)
        if info.laxative and info.sleep in ("favourable", "neutral"):
            text += "; it can loosen stools at higher doses"
        reasons.append((level, text + "."))

    window_low, window_high = lim["sleep"]["window_low_mg"], lim["sleep"]["window_high_mg"]
    us_ul, eu_ul = lim["upper_limit"]["us_supplemental_mg"], lim["upper_limit"]["eu_supplemental_mg"]
    if elemental_mg_per_day is None:
        reasons.append((Level.UNKNOWN, "The label gives no amount of magnesium that can be turned into a daily dose."))
    else:
        d = elemental_mg_per_day
        day = f"{_mg(d)} of magnesium a day"
        if not facts.serving.daily_servings_stated:
            notes.append("No directions found on the label: one serving a day is assumed.")
        if d > lim["sleep"]["excessive_mg"]:
            reasons.append((Level.UNSUITABLE, f"{day} is more than twice the US upper limit of {us_ul} mg from supplements; expect diarrhoea."))
        elif d > us_ul:
            reasons.append((Level.CAUTION, f"{day} is above the US upper limit of {us_ul} mg/day from supplements (diarrhoea risk); the EU limit is {eu_ul} mg."))
        elif d > eu_ul:
            reasons.append((Level.SUITABLE, f"{day} is within the US upper limit ({us_ul} mg) but above the EU limit of {eu_ul} mg/day."))
        threonate = forms == [MagnesiumForm.THREONATE]
        if d < lim["sleep"]["low_dose_mg"] and not threonate:
            reasons.append((Level.CAUTION, f"{day} is a low dose, well under the {window_low}–{window_high} mg used in sleep guidance."))
        elif d < lim["sleep"]["low_dose_mg"] and threonate:
            reasons.append((Level.SUITABLE, f"{day} is low, as for every threonate; the one sleep trial of threonate used about {lim['sleep']['threonate_trial_mg']} mg a day (Hausenblas 2024)."))
        elif d < window_low:
            reasons.append((Level.SUITABLE, f"{day} is below the {window_low}–{window_high} mg window used in sleep guidance."))
        elif d <= window_high and d <= us_ul:
            reasons.append((Level.SUITABLE, f"{day} is within the {window_low}–{window_high} mg window used in sleep guidance."))

    zinc_mg = _daily(facts, "zinc")
    if zinc_mg is not None and zinc_mg >= lim["zinc"]["interaction_mg"]:
        reasons.append((Level.CAUTION, f"{_mg(zinc_mg)} of zinc a day is above its {lim['zinc']['ul_mg']} mg upper limit and lowers magnesium absorption."))
    calcium_mg = _daily(facts, "calcium")
    if calcium_mg is not None and calcium_mg >= lim["calcium"]["high_mg"]:
        notes.append(f"Also gives {_mg(calcium_mg)} of calcium a day; there is no solid evidence it blocks magnesium at this dose.")
    for c in _unique([c for c in facts.co_ingredients if c.kind == "sleep_aid"]):
        notes.append(f"Also contains {c.raw.strip()}; its effect is not judged here.")
    if facts.serving.bedtime:
        notes.append("The directions say to take it in the evening or at bedtime.")

    for chk in checks:
        if chk.ok is False:
            reasons.append((Level.CAUTION, f"Label problem: {TITLES.get(chk.id, chk.id)}."))

    if elemental_mg_per_day is None and not stimulants:
        return _finish(Level.UNKNOWN, reasons, notes)
    level = max((lv for lv, _ in reasons if lv in _ORDER), key=_ORDER.get, default=Level.UNKNOWN)
    return _finish(level, reasons, notes)


def _daily(facts: LabelFacts, kind: str) -> float | None:
    amounts = [c.amount.mg for c in facts.co_ingredients if c.kind == kind and c.amount is not None]
    if not amounts:
        return None
    return max(amounts) * facts.serving.daily_servings


def _unique(items: list[CoIngredient]) -> list[CoIngredient]:
    seen, out = set(), []
    for c in items:
        if c.name not in seen:
            seen.add(c.name)
            out.append(c)
    return out


def _finish(level: Level, reasons: list[tuple[Level, str]], notes: list[str]) -> Verdict:
    # worst reasons first, so the headline explains the level
    rank = {Level.UNSUITABLE: 0, Level.CAUTION: 1, Level.UNKNOWN: 2, Level.SUITABLE: 3}
    ordered = [r for _, r in sorted(reasons, key=lambda x: rank[x[0]])]
    return Verdict(level=level, reasons=tuple(ordered), notes=tuple(notes) + STANDING_NOTES, rules_version=RULES_VERSION)
