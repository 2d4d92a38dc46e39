"""Two audits → a side-by-side comparison record for sleep use, with a one-line conclusion (no formatting).

Works from the schema_version 1 contract (report.to_dict), so a fresh audit and a stored one are handled alike.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from .audit import audit_bytes, read_input_bytes, sha256
from .batch import display_name
from .errors import InputError, StoreNotFoundError
from .models import Band, Level, Status
from .report import to_dict
from .store import Store, pipeline_for
from .tables import limits

# the elemental mg a day the verdict rules take from the sleep trials (a judgement; data/limits.toml [sleep])
SLEEP_WINDOW_MG = (float(limits()["sleep"]["window_low_mg"]), float(limits()["sleep"]["window_high_mg"]))
TARGETS_MG = (200.0, 400.0)  # round doses for the "servings for 200 mg / 400 mg" columns: arithmetic, not advice
LEVEL_ORDER = (Level.SUITABLE, Level.CAUTION, Level.UNSUITABLE, Level.UNKNOWN)  # best first
ABSORBED_TIE_FRACTION = 0.10  # absorbed estimates within 10 % are the same: the band is far wider than that
COST_TIE_FRACTION = 0.05


@dataclass(frozen=True)
class ProductSide:
    """One product of a comparison. Costs are None unless a price and a unit count were given."""

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


@dataclass(frozen=True)
class Comparison:
    a: ProductSide
    b: ProductSide
    better: str | None  # "a", "b", or None when equivalent
    decided_by: str  # "verdict" | "dose" | "cost" | "equivalent"
    conclusion: str


def _band(d: dict | None) -> Band | None:
    return None if not d else Band(d["low"], d["estimate"], d["high"])


def _servings_for(target_mg: float, per_serving_mg: float | None) -> float | None:
    return None if not per_serving_mg else round(target_mg / per_serving_mg, 2)


def side_from_contract(d: dict, *, price_usd: float | None = None, units_per_bottle: float | None = None) -> ProductSide:
    """A ProductSide from a contract dict, with costs when price and units per bottle are given.

    Args:
        d: report.to_dict output (fresh or from the store).
        price_usd: bottle price.
        units_per_bottle: capsules, tablets or scoops in the bottle; servings = units / units per serving.

    Raises:
        InputError: a negative or zero price or count.
    """
    for label, v in (("price", price_usd), ("count", units_per_bottle)):
        if v is not None and not (v > 0 and math.isfinite(v)):
            raise InputError(f"the {label} must be a positive number, not {v:g}")
    mg = d.get("magnesium") or {}
    forms: list[str] = []
    for s in mg.get("sources") or []:
        for f in s.get("forms") or [s["form"]]:
            if f not in forms:
                forms.append(f)
    v = d.get("verdict") or {}
    checks = mg.get("checks") or d.get("checks") or []
    serving = d.get("serving") or {}
    per_serving = mg.get("elemental_mg")
    absorbed = _band(mg.get("absorbed_mg"))
    side = dict(
        input=d.get("input") or "",
        sha256=d.get("sha256"),
        status=d["status"],
        forms=tuple(forms),
        elemental_mg_per_serving=per_serving,
        elemental_mg_per_day=mg.get("elemental_mg_per_day"),
        absorbed_mg_per_serving=absorbed,
        absorbed_mg_per_day=_band(mg.get("absorbed_mg_per_day")),
        daily_servings=serving.get("daily_servings") or 1.0,
        servings_for_200_mg=_servings_for(TARGETS_MG[0], per_serving),
        servings_for_400_mg=_servings_for(TARGETS_MG[1], per_serving),
        verdict_level=Level(v.get("level") or Level.UNKNOWN),
        reasons=tuple(v.get("reasons") or ()),
        failed_checks=tuple(c["id"] for c in checks if c.get("ok") is False),
    )
    if price_usd is None or units_per_bottle is None:
        return ProductSide(**side)
    units_per_serving = serving.get("count")
    cost = dict(price_usd=price_usd, units_per_bottle=units_per_bottle, units_per_serving=units_per_serving)
    if not units_per_serving:
        cost["cost_note"] = "serving size not read from the label, so the cost per serving is unknown"
        return ProductSide(**side, **cost)
    servings = units_per_bottle / units_per_serving
    per_serving_usd = price_usd / servings
    cost.update(servings_per_bottle=round(servings, 2), cost_per_serving_usd=round(per_serving_usd, 4))
    if per_serving:
        cost["cost_per_100_mg_elemental_usd"] = round(per_serving_usd / per_serving * 100, 4)
    if absorbed and absorbed.estimate > 0:
        cost["cost_per_absorbed_mg_usd"] = round(per_serving_usd / absorbed.estimate, 4)
    if "cost_per_100_mg_elemental_usd" not in cost:
        cost["cost_note"] = "no magnesium amount read, so there is no cost per mg"
    return ProductSide(**side, **cost)


def _differ(x: float, y: float, fraction: float) -> bool:
    return abs(x - y) > fraction * max(abs(x), abs(y))


def _dose_winner(a: ProductSide, b: ProductSide) -> tuple[str, str] | None:
    """Which side's daily dose suits sleep better, and why; None when they are alike or cannot be told."""
    if a.elemental_mg_per_day is None or b.elemental_mg_per_day is None or a.absorbed_mg_per_day is None or b.absorbed_mg_per_day is None:
        return None
    lo, hi = SLEEP_WINDOW_MG
    if a.in_window != b.in_window:
        w, o = (a, b) if a.in_window else (b, a)
        return w.name, f"{w.elemental_mg_per_day:g} mg a day is within the {lo:g}–{hi:g} mg sleep window (this tool's judgement from the sleep trials), {o.elemental_mg_per_day:g} mg is not"
    above_a, above_b = a.elemental_mg_per_day > hi, b.elemental_mg_per_day > hi
    if not a.in_window and (above_a or above_b):
        # outside the window on the high side more is not better: the one nearer the window wins
        dist = lambda s: max(lo - s.elemental_mg_per_day, s.elemental_mg_per_day - hi)  # noqa: E731
        if dist(a) == dist(b):
            return None
        w, o = (a, b) if dist(a) < dist(b) else (b, a)
        return w.name, f"{w.elemental_mg_per_day:g} mg a day is nearer the {lo:g}–{hi:g} mg sleep window (this tool's judgement from the sleep trials) than {o.elemental_mg_per_day:g} mg"
    ea, eb = a.absorbed_mg_per_day.estimate, b.absorbed_mg_per_day.estimate
    if not _differ(ea, eb, ABSORBED_TIE_FRACTION):
        return None
    w, o = (a, b) if ea > eb else (b, a)
    return w.name, (
        f"an estimated {w.absorbed_mg_per_day.estimate:g} mg absorbed a day vs {o.absorbed_mg_per_day.estimate:g} mg"
    )


def compare(a: dict, b: dict, *, price_a: float | None = None, count_a: float | None = None,
            price_b: float | None = None, count_b: float | None = None) -> Comparison:
    """Compare two audits for sleep use.

    Decided by verdict level first (suitable > caution > unsuitable > unknown), then by the daily dose
    (inside the sleep-trial window of data/limits.toml, then the higher absorbed estimate a day), then by cost per
    absorbed mg; otherwise the two are equivalent.

    Args:
        a, b: contract dicts (report.to_dict output or `Store.find(...).result`).
        price_a, count_a, price_b, count_b: bottle price in USD and units per bottle, for costs.
    """
    sa = side_from_contract(a, price_usd=price_a, units_per_bottle=count_a)
    sb = side_from_contract(b, price_usd=price_b, units_per_bottle=count_b)
    if sa.name == sb.name:  # two files of the same name in different folders: fall back to A / B
        sa = _renamed(sa, "A")
        sb = _renamed(sb, "B")
    ra, rb = LEVEL_ORDER.index(sa.verdict_level), LEVEL_ORDER.index(sb.verdict_level)
    if ra != rb:
        w, o = (sa, sb) if ra < rb else (sb, sa)
        why = f"its verdict is {w.verdict_level.value}, the other's is {o.verdict_level.value}"
        if o.reasons:  # the other's first reason is what holds it back
            why += f" ({o.reasons[0].rstrip('.')})"
        return _result(sa, sb, w, "verdict", why)
    dose = _dose_winner(sa, sb)
    if dose is not None:
        name, why = dose
        return _result(sa, sb, sa if name == sa.name else sb, "dose", f"both are {sa.verdict_level.value}; {why}")
    ca, cb = sa.cost_per_absorbed_mg_usd, sb.cost_per_absorbed_mg_usd
    if ca is not None and cb is not None and _differ(ca, cb, COST_TIE_FRACTION):
        w, o = (sa, sb) if ca < cb else (sb, sa)
        why = (f"same verdict and a similar dose, and it costs ${w.cost_per_absorbed_mg_usd:.4f} per absorbed mg "
               f"vs ${o.cost_per_absorbed_mg_usd:.4f}")
        return _result(sa, sb, w, "cost", why)
    conclusion = f"{sa.name} and {sb.name} are equivalent for sleep: same verdict ({sa.verdict_level.value})"
    if sa.absorbed_mg_per_day and sb.absorbed_mg_per_day:
        conclusion += f" and a similar absorbed estimate ({sa.absorbed_mg_per_day.estimate:g} vs {sb.absorbed_mg_per_day.estimate:g} mg a day)"
    if ca is None or cb is None:
        conclusion += "; give --price-a/--count-a and --price-b/--count-b to compare cost"
    return Comparison(sa, sb, None, "equivalent", conclusion + ".")


def _renamed(s: ProductSide, letter: str) -> ProductSide:
    from dataclasses import replace

    return replace(s, input=f"{letter} ({s.name})")


def _result(a: ProductSide, b: ProductSide, winner: ProductSide, decided_by: str, why: str) -> Comparison:
    return Comparison(a, b, "a" if winner is a else "b", decided_by, f"{winner.name} suits sleep better: {why}.")


def load_contract(ref: str, *, store: Store | None = None, engine: str = "auto") -> dict:
    """The contract dict of a photo, a label text, or a stored audit's sha256 (prefix ≥ 6 hex characters).

    A file is taken from the store when its content was audited under the current pipeline; otherwise it is
    audited now (and saved, when a store is given).

    Raises:
        AuditorError: the file cannot be audited (InputError, OcrUnavailableError …).
        StoreNotFoundError: not a file, and no stored audit has that hash.
    """
    p = Path(ref)
    if p.exists():
        data = read_input_bytes(p)
        digest = sha256(data)
        if store is not None:
            pipeline = pipeline_for(p.name, store, engine)
            hit = store.get(digest, pipeline)
            if hit is not None:
                return hit.result
        result = to_dict(audit_bytes(data, display_name(str(p)), engine=engine))
        if store is not None and result["status"] != Status.ERROR:
            store.put(digest, pipeline, result, path=display_name(str(p.absolute())))
        return result
    if store is None:
        raise StoreNotFoundError(f"{ref!r} is not a file, and --no-cache leaves no store to look hashes up in")
    return store.find(ref).result
