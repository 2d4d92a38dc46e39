"""Two audits → a side-by-side comparison record for sleep use, with a one-line conclusion (no formatting).

Works on `AuditResult`s (a stored contract is read back by `result.from_contract`), so a fresh audit and a stored
one are handled alike. A is always first: in the record, in the conclusion and in every table built from it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from .audit import audit_bytes, read_input_bytes, sha256
from .batch import display_name
from .errors import InputError, StoreNotFoundError
from .models import AuditResult, Band, Level, Status
from .report import to_dict
from .result import as_result, failed_checks, forms_of, from_contract
from .store import Store, pipeline_for
from .tables import limits

# the elemental mg a day the verdict rules take from the sleep trials (a judgement; data/limits.toml [sleep])
SLEEP_WINDOW_MG = (float(limits()["sleep"]["window_low_mg"]), float(limits()["sleep"]["window_high_mg"]))
TARGETS_MG = (200.0, 400.0)  # round doses for the "servings for 200 mg / 400 mg" columns: arithmetic, not advice
LEVEL_ORDER = (Level.SUITABLE, Level.CAUTION, Level.UNSUITABLE, Level.UNKNOWN)  # best first
# issue 12: two absorbed bands that share more than half of the narrower one are no evidence either product gives
# more; the band is the model's honest uncertainty (absorption.toml), so a gap between point estimates inside it
# is noise
CLEAR_DIFFERENCE_MAX_OVERLAP = 0.5
COST_TIE_FRACTION = 0.05
# the claim a cost per mg rests on: when it fails, the label's magnesium amount is impossible and so is any price per mg
INFEASIBLE_CHECK = "elemental_feasible"


@dataclass(frozen=True)
class ProductSide:
    """One product of a comparison. Costs are None unless a price and a unit count were given, and the costs per
    mg also when the label's amount is infeasible (`cost_note` says why)."""

    input: str
    sha256: str | None
    status: str
    forms: tuple[str, ...]
    elemental_mg_per_serving: float | None
    elemental_mg_per_day: float | None
    absorbed_mg_per_serving: Band | None
    absorbed_mg_per_day: Band | None
    daily_servings: float
    servings_for_200_mg: float | None
    servings_for_400_mg: float | None
    verdict_level: Level
    reasons: tuple[str, ...]
    failed_checks: tuple[str, ...]
    price_usd: float | None = None
    units_per_bottle: float | None = None
    units_per_serving: float | None = None
    servings_per_bottle: float | None = None
    cost_per_serving_usd: float | None = None
    cost_per_100_mg_elemental_usd: float | None = None
    cost_per_absorbed_mg_usd: float | None = None
    cost_note: str = ""

    @property
    def in_window(self) -> bool | None:
        mg = self.elemental_mg_per_day
        return None if mg is None else SLEEP_WINDOW_MG[0] <= mg <= SLEEP_WINDOW_MG[1]

    @property
    def name(self) -> str:
        return Path(self.input).name if self.input else (self.sha256 or "?")[:12]

    @property
    def claim_infeasible(self) -> bool:
        return INFEASIBLE_CHECK in self.failed_checks


@dataclass(frozen=True)
class Comparison:
    """A and B in the order given; `better` "a", "b" or None (no clear difference)."""

    a: ProductSide
    b: ProductSide
    better: str | None
    decided_by: str  # "verdict" | "dose" | "cost" | "no_clear_difference"
    conclusion: str
    # share of the narrower absorbed-a-day band that the other band covers (0–1); None without two bands
    absorbed_overlap: float | None = None
    prices_missing: bool = False  # a side has no price and count: cost could not be compared (front ends say how to)


def _servings_for(target_mg: float, per_serving_mg: float | None) -> float | None:
    return None if not per_serving_mg else round(target_mg / per_serving_mg, 2)


def band_overlap(x: Band, y: Band) -> float:
    """How much of the narrower band the other covers, 0–1 (a band of zero width: 1 inside the other, else 0)."""
    narrow = min(x.high - x.low, y.high - y.low)
    lo, hi = max(x.low, y.low), min(x.high, y.high)
    if narrow <= 0:
        return 1.0 if lo <= hi else 0.0
    return max(0.0, hi - lo) / narrow


def side_from_result(r: AuditResult, *, price_usd: float | None = None, units_per_bottle: float | None = None) -> ProductSide:
    """A ProductSide from an audit, with costs when price and units per bottle are given.

    Args:
        r: the audit (fresh, or `result.from_contract` of a stored one).
        price_usd: bottle price.
        units_per_bottle: capsules, tablets or scoops in the bottle; servings = units / units per serving.

    Raises:
        InputError: a negative or zero price or count.
    """
    for label, v in (("price", price_usd), ("count", units_per_bottle)):
        if v is not None and not (v > 0 and math.isfinite(v)):
            raise InputError(f"the {label} must be a positive number, not {v:g}")
    serving = r.facts.serving if r.facts is not None else None
    per_serving = r.elemental_mg
    side = ProductSide(
        input=r.input,
        sha256=r.content_sha256,
        status=r.status.value,
        forms=forms_of(r),
        elemental_mg_per_serving=per_serving,
        elemental_mg_per_day=r.elemental_mg_per_day,
        absorbed_mg_per_serving=r.absorbed_mg,
        absorbed_mg_per_day=r.absorbed_mg_per_day,
        daily_servings=serving.daily_servings if serving is not None else 1.0,
        servings_for_200_mg=_servings_for(TARGETS_MG[0], per_serving),
        servings_for_400_mg=_servings_for(TARGETS_MG[1], per_serving),
        verdict_level=r.verdict.level if r.verdict is not None else Level.UNKNOWN,
        reasons=r.verdict.reasons if r.verdict is not None else (),
        failed_checks=failed_checks(r),
    )
    if price_usd is None or units_per_bottle is None:
        return side
    units_per_serving = serving.count if serving is not None else None
    side = replace(side, price_usd=price_usd, units_per_bottle=units_per_bottle, units_per_serving=units_per_serving)
    if not units_per_serving:
        return replace(side, cost_note="serving size not read from the label, so the cost per serving is unknown")
    servings = units_per_bottle / units_per_serving
    per_serving_usd = price_usd / servings
    side = replace(side, servings_per_bottle=round(servings, 2), cost_per_serving_usd=round(per_serving_usd, 4))
    if side.claim_infeasible:
        return replace(side, cost_note="cost per mg withheld: the label claims more magnesium than its compound can "
                                       "hold (check elemental_feasible), so a price per mg of it means nothing")
    if not per_serving:
        return replace(side, cost_note="no magnesium amount read, so there is no cost per mg")
    side = replace(side, cost_per_100_mg_elemental_usd=round(per_serving_usd / per_serving * 100, 4))
    if r.absorbed_mg and r.absorbed_mg.estimate > 0:
        side = replace(side, cost_per_absorbed_mg_usd=round(per_serving_usd / r.absorbed_mg.estimate, 4))
    return side


def side_from_contract(d: Mapping, *, price_usd: float | None = None, units_per_bottle: float | None = None) -> ProductSide:
    """`side_from_result` of a contract dict (kept for callers that hold dicts)."""
    return side_from_result(from_contract(d), price_usd=price_usd, units_per_bottle=units_per_bottle)


def _differ(x: float, y: float, fraction: float) -> bool:
    return abs(x - y) > fraction * max(abs(x), abs(y))


def _dose_winner(a: ProductSide, b: ProductSide) -> tuple[ProductSide, str] | None:
    """Which side's daily dose suits sleep better, and why; None when there is no clear difference or it cannot be told."""
    if a.elemental_mg_per_day is None or b.elemental_mg_per_day is None or a.absorbed_mg_per_day is None or b.absorbed_mg_per_day is None:
        return None
    lo, hi = SLEEP_WINDOW_MG
    if a.in_window != b.in_window:
        w, o = (a, b) if a.in_window else (b, a)
        return w, f"{w.elemental_mg_per_day:g} mg a day is within the {lo:g}–{hi:g} mg sleep window (this tool's judgement from the sleep trials), {o.elemental_mg_per_day:g} mg is not"
    above_a, above_b = a.elemental_mg_per_day > hi, b.elemental_mg_per_day > hi
    if not a.in_window and (above_a or above_b):
        # outside the window on the high side more is not better: the one nearer the window wins
        dist = lambda s: max(lo - s.elemental_mg_per_day, s.elemental_mg_per_day - hi)  # noqa: E731
        if dist(a) == dist(b):
            return None
        w, o = (a, b) if dist(a) < dist(b) else (b, a)
        return w, f"{w.elemental_mg_per_day:g} mg a day is nearer the {lo:g}–{hi:g} mg sleep window (this tool's judgement from the sleep trials) than {o.elemental_mg_per_day:g} mg"
    ba, bb = a.absorbed_mg_per_day, b.absorbed_mg_per_day
    if band_overlap(ba, bb) > CLEAR_DIFFERENCE_MAX_OVERLAP:
        return None
    w, o = (a, b) if ba.estimate > bb.estimate else (b, a)
    return w, (
        f"an estimated {w.absorbed_mg_per_day.estimate:g} mg absorbed a day ({w.absorbed_mg_per_day.low:g}–{w.absorbed_mg_per_day.high:g}) "
        f"vs {o.absorbed_mg_per_day.estimate:g} mg ({o.absorbed_mg_per_day.low:g}–{o.absorbed_mg_per_day.high:g}); the bands share "
        f"only {band_overlap(ba, bb):.0%} of the narrower one"
    )


def compare(a: AuditResult | Mapping, b: AuditResult | Mapping, *, price_a: float | None = None, count_a: float | None = None,
            price_b: float | None = None, count_b: float | None = None) -> Comparison:
    """Compare two audits for sleep use, A first.

    Decided by verdict level first (suitable > caution > unsuitable > unknown), then by the daily dose (inside
    the sleep-trial window of data/limits.toml, then the absorbed band a day, only when the two bands share at
    most half of the narrower one), then by cost per absorbed mg (never from a label whose amount is infeasible);
    otherwise there is no clear difference. The winner's cost per absorbed mg, or why it is withheld, ends the
    conclusion.

    Args:
        a, b: audits (AuditResult, or contract dicts, read back with `result.from_contract`).
        price_a, count_a, price_b, count_b: bottle price in USD and units per bottle, for costs.
    """
    sa = side_from_result(as_result(a), price_usd=price_a, units_per_bottle=count_a)
    sb = side_from_result(as_result(b), price_usd=price_b, units_per_bottle=count_b)
    if sa.name == sb.name:  # two files of the same name in different folders: fall back to A / B
        sa = replace(sa, input=f"A ({sa.name})")
        sb = replace(sb, input=f"B ({sb.name})")
    overlap = band_overlap(sa.absorbed_mg_per_day, sb.absorbed_mg_per_day) if sa.absorbed_mg_per_day and sb.absorbed_mg_per_day else None
    ra, rb = LEVEL_ORDER.index(sa.verdict_level), LEVEL_ORDER.index(sb.verdict_level)
    if ra != rb:
        w, o = (sa, sb) if ra < rb else (sb, sa)
        why = f"its verdict is {w.verdict_level.value}, the other's is {o.verdict_level.value}"
        if o.reasons:  # the other's first reason is what holds it back
            why += f" ({o.reasons[0].rstrip('.')})"
        return _result(sa, sb, w, "verdict", why, overlap)
    dose = _dose_winner(sa, sb)
    if dose is not None:
        w, why = dose
        return _result(sa, sb, w, "dose", f"both are {sa.verdict_level.value}; {why}", overlap)
    ca, cb = sa.cost_per_absorbed_mg_usd, sb.cost_per_absorbed_mg_usd
    if ca is not None and cb is not None and _differ(ca, cb, COST_TIE_FRACTION):
        w, o = (sa, sb) if ca < cb else (sb, sa)
        why = (f"same verdict and no clear difference in dose, and it costs ${w.cost_per_absorbed_mg_usd:.4f} per absorbed mg "
               f"vs ${o.cost_per_absorbed_mg_usd:.4f}")
        return Comparison(sa, sb, "a" if w is sa else "b", "cost", f"{w.name} suits sleep better: {why}.", overlap, False)
    conclusion = f"No clear difference for sleep between {sa.name} and {sb.name}: same verdict ({sa.verdict_level.value})"
    if overlap is not None:
        x, y = sa.absorbed_mg_per_day, sb.absorbed_mg_per_day
        conclusion += (f", and their absorbed bands overlap ({x.low:g}–{x.high:g} vs {y.low:g}–{y.high:g} mg a day; "
                       f"{overlap:.0%} of the narrower band is shared)")
    notes = [f"{s.name}: {s.cost_note}" for s in (sa, sb) if s.cost_note]
    if notes:
        conclusion += "; " + "; ".join(notes)
    return Comparison(sa, sb, None, "no_clear_difference", conclusion + ".", overlap, _prices_missing(sa, sb))


def _prices_missing(a: ProductSide, b: ProductSide) -> bool:
    return a.price_usd is None or b.price_usd is None


def _result(a: ProductSide, b: ProductSide, winner: ProductSide, decided_by: str, why: str, overlap: float | None) -> Comparison:
    text = f"{winner.name} suits sleep better: {why}."
    if winner.cost_per_absorbed_mg_usd is not None:
        other = b if winner is a else a
        vs = f" vs ${other.cost_per_absorbed_mg_usd:.4f} for {other.name}" if other.cost_per_absorbed_mg_usd is not None else ""
        text += f" Cost: ${winner.cost_per_absorbed_mg_usd:.4f} per absorbed mg{vs}."
    elif winner.cost_note and winner.price_usd is not None:
        text += f" Its {winner.cost_note}."
    return Comparison(a, b, "a" if winner is a else "b", decided_by, text, overlap, _prices_missing(a, b))


def load_result(ref: str, *, store: Store | None = None, engine: str = "auto") -> AuditResult:
    """The audit of a photo, a label text, a History entry id, or a stored audit's sha256 (prefix ≥ 6 hex characters).

    A file is taken from the store when its content was audited under the current pipeline; otherwise it is
    audited now (and cached, when a store is given). An entry id gives its newest version.

    Raises:
        AuditorError: the file cannot be audited (InputError, OcrUnavailableError …).
        StoreNotFoundError: not a file, and no stored audit has that id or hash.
    """
    p = Path(ref)
    if p.exists():
        data = read_input_bytes(p)
        digest = sha256(data)
        if store is not None:
            pipeline = pipeline_for(p.name, store, engine)
            hit = store.get(digest, pipeline)
            if hit is not None:
                return from_contract(hit.result)
        result = audit_bytes(data, display_name(str(p)), engine=engine)
        if store is not None and result.status is not Status.ERROR:
            store.put(digest, pipeline, to_dict(result), path=display_name(str(p.absolute())))
        return result
    if store is None:
        raise StoreNotFoundError(f"{ref!r} is not a file, and --no-cache leaves no store to look audits up in")
    from .history import find

    try:
        return find(ref, store=store).result
    except StoreNotFoundError:
        if ref.strip().isdigit() and len(ref.strip()) < 6:
            raise
    return from_contract(store.find(ref).result)  # cached without an entry (a compare, or a cached batch row)


def load_contract(ref: str, *, store: Store | None = None, engine: str = "auto") -> dict:
    """`load_result` as the contract dict."""
    return to_dict(load_result(ref, store=store, engine=engine))
