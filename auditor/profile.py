"""The person an audit is for: reference intakes (RDA/AI), the supplemental UL, and medicine interactions.

Pure functions over `Profile` and the label's declared population; every number comes from data/limits.toml and
every interaction line from data/medicines.toml (each with its sources). Without a profile the label's own
population decides (a toddler label → ages 1-3), else an adult of 19-50 is assumed and the output says so.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from .errors import InputError
from .models import Interaction, Personal, Profile
from .tables import limits, medicines

_POP_AGE = {"infant": 0.75, "child_1_3": 2.0, "child_4_8": 6.0}
"""A representative age for a label population (its band is what matters: 7-12 mo, 1-3 y, 4-8 y)."""

_POP_WORDS = {
    "infant": "infants 7-12 months",
    "child_1_3": "children 1-3 years",
    "child_4_8": "children 4-8 years",
    "pregnancy": "pregnancy or breastfeeding",
    "adult": "adults 19-50",
}


class ProfileError(InputError):
    """A profile file or flag that cannot be used (bad TOML, unknown key, impossible value)."""

    code = "bad_profile"


_KEYS = {"age", "sex", "pregnant", "breastfeeding", "kidney_disease", "kidney", "egfr", "medicines", "meds", "other_magnesium_mg", "also_mg"}


def profile_from_mapping(d: dict, *, path: str | None = None) -> Profile:
    """A Profile from a dict with the keys of a profile file (see README, "Profile").

    Raises:
        ProfileError: an unknown key or a value of the wrong type or out of range.
    """
    unknown = sorted(set(d) - _KEYS)
    if unknown:
        raise ProfileError(f"unknown profile key(s) {', '.join(unknown)}; use {', '.join(sorted(_KEYS - {'kidney', 'meds', 'also_mg'}))}", path=path)
    meds = d.get("medicines", d.get("meds", ()))
    if isinstance(meds, str):
        meds = [meds]
    try:
        sex = d.get("sex")
        sex = None if sex in (None, "") else str(sex).strip().lower()
        sex = {"f": "female", "woman": "female", "m": "male", "man": "male"}.get(sex, sex)
        return Profile(
            age_years=None if d.get("age") is None else float(d["age"]),
            sex=sex,
            pregnant=bool(d.get("pregnant", False)),
            breastfeeding=bool(d.get("breastfeeding", False)),
            kidney_disease=bool(d.get("kidney_disease", d.get("kidney", False))),
            egfr=None if d.get("egfr") is None else float(d["egfr"]),
            medicines=tuple(str(m).strip() for m in meds if str(m).strip()),
            other_magnesium_mg=float(d.get("other_magnesium_mg", d.get("also_mg", 0.0)) or 0.0),
        )
    except (TypeError, ValueError) as e:
        raise ProfileError(f"bad profile value: {e}", path=path) from None


def load_profile(path: str | Path) -> Profile:
    """Read a profile TOML file (age, sex, pregnant, breastfeeding, kidney_disease, egfr, medicines, other_magnesium_mg).

    Raises:
        ProfileError: missing file, bad TOML or bad values.
    """
    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ProfileError("no such profile file", path=str(p)) from None
    except (OSError, UnicodeDecodeError) as e:
        raise ProfileError(f"cannot read the profile ({e})", path=str(p)) from None
    except tomllib.TOMLDecodeError as e:
        raise ProfileError(f"the profile is not valid TOML ({e})", path=str(p)) from None
    return profile_from_mapping(data.get("profile", data), path=str(p))


def ul_for_age(age_years: float) -> float | None:
    """US supplemental UL (mg/day) at an age; None for infants (no UL is set)."""
    rows = limits()["upper_limit"]["by_age"]["rows"]
    ul = None
    for start, mg in rows:
        if age_years >= start:
            ul = mg
    return None if not ul else float(ul)


def rda_for(age_years: float, sex: str | None, pregnant: bool = False, breastfeeding: bool = False) -> tuple[float, float, str]:
    """(low, high, "RDA" | "AI") at an age: one value when the sex or life stage is known, else the range over sexes."""
    t = limits()["rda"]
    for lo, hi, male, female, preg, lact in t["rows"]:
        if lo <= age_years < hi:
            kind = "AI" if age_years < t["ai_below_years"] else "RDA"
            if pregnant and preg:
                return float(preg), float(preg), kind
            if breastfeeding and lact:
                return float(lact), float(lact), kind
            if sex == "male":
                return float(male), float(male), kind
            if sex == "female" or pregnant or breastfeeding:
                return float(female), float(female), kind
            return float(min(male, female)), float(max(male, female)), kind
    raise ValueError(f"no RDA row for age {age_years}")


def match_medicine(name: str) -> tuple[str, dict] | None:
    """The medicines.toml row a user's medicine name selects ('Cipro 500' → ciprofloxacin), or None."""
    key = " ".join(name.lower().replace("-", " ").split())
    table = medicines()["medicine"]
    for mid, row in table.items():  # exact names first, then a name inside what was typed ("cipro 500 mg")
        if key in (n.replace("-", " ") for n in row["names"]):
            return mid, row
    for mid, row in table.items():
        for n in row["names"]:
            n = n.replace("-", " ")
            if f" {n} " in f" {key} ":
                return mid, row
    return None


def interactions(profile: Profile | None) -> tuple[Interaction, ...]:
    """The interaction lines for the profile's medicines (one per medicine named, in order)."""
    if profile is None:
        return ()
    out = []
    for name in profile.medicines:
        hit = match_medicine(name)
        if hit is None:
            out.append(Interaction(name, "unlisted", "unlisted",
                                   f"{name}: not in this tool's interaction table; the UK magnesium SmPC advises taking other medicines 2-3 hours apart from magnesium. Ask a pharmacist.",
                                   ("smpc_aspartate",)))
            continue
        mid, row = hit
        out.append(Interaction(name, mid, row["kind"], row["advice"], tuple(row["sources"])))
    return tuple(out)


def _rda_range(ages: tuple[float, ...], sex: str | None, pregnant: bool = False, breastfeeding: bool = False) -> tuple[float, float, str]:
    lows, highs, kinds = [], [], set()
    for a in ages:
        lo, hi, kind = rda_for(a, sex, pregnant, breastfeeding)
        lows.append(lo)
        highs.append(hi)
        kinds.add(kind)
    return min(lows), max(highs), "AI" if kinds == {"AI"} else "RDA"


_ADULT_AGES = (19.0, 31.0)
_PREGNANCY_AGES = (14.0, 19.0, 31.0)


def pregnancy_rda_range() -> tuple[float, float]:
    """The RDA over pregnancy and lactation at every age (310-400 mg)."""
    lo_p, hi_p, _ = _rda_range(_PREGNANCY_AGES, "female", pregnant=True)
    lo_l, hi_l, _ = _rda_range(_PREGNANCY_AGES, "female", breastfeeding=True)
    return min(lo_p, lo_l), max(hi_p, hi_l)


def assess(profile: Profile | None, label_population: str, product_mg_per_day: float | None) -> Personal:
    """The audit against one person: RDA/AI, the UL used, the total a day with other products, interactions.

    Args:
        profile: the person; None → the label's population, else an adult (said so in `defaults_used`).
        label_population: what the label declares ("adult", "child_1_3", "child_4_8", "infant", "pregnancy").
        product_mg_per_day: elemental mg a day from this product at its directed use (None when unknown).

    Returns:
        Personal, with the source ids behind its numbers.
    """
    src = ["nasem_dri", "iom1997"]
    p = profile or Profile()
    defaults = False
    if p.age_years is not None:
        age = p.age_years
        stage = ", pregnant" if p.pregnant else ", breastfeeding" if p.breastfeeding else ""
        words = f"age {age:g}" + (f", {p.sex}" if p.sex else "") + stage
        rda = _rda_range((age,), p.sex, p.pregnant, p.breastfeeding)
    elif p.pregnant or p.breastfeeding:
        age = float(limits()["defaults"]["age_years"])
        words = ("pregnant" if p.pregnant else "breastfeeding") + " (age not given: 19-50 assumed)"
        rda = _rda_range(_ADULT_AGES, "female", p.pregnant, p.breastfeeding)
    elif label_population in _POP_AGE and p.sex is None:
        age = _POP_AGE[label_population]
        words = _POP_WORDS[label_population] + " (the label's population)"
        rda = _rda_range((age,), None)
        src.append("ul_children")
        defaults = profile is None
    elif label_population == "pregnancy" and p.sex != "male":
        age = float(limits()["defaults"]["age_years"])
        words = "pregnancy and breastfeeding (the label's population; age not given)"
        lo, hi = pregnancy_rda_range()
        rda = (lo, hi, "RDA")
        defaults = profile is None
    else:
        age = float(limits()["defaults"]["age_years"])
        words = "adult 19-50" + (f", {p.sex}" if p.sex else "") + (" (no profile given)" if profile is None else " (age not given)")
        rda = _rda_range(_ADULT_AGES, p.sex)
        defaults = profile is None
    if p.age_years is not None and p.age_years < 9 or label_population in _POP_AGE and p.age_years is None and p.sex is None:
        src.append("ul_children")
    rda_lo, rda_hi, kind = rda
    ul = ul_for_age(age)
    other = p.other_magnesium_mg
    total = None if product_mg_per_day is None else round(product_mg_per_day + other, 1)
    rda_single = rda_lo if rda_lo == rda_hi else None
    return Personal(
        population=words,
        defaults_used=defaults,
        rda_mg=rda_single,
        rda_kind=kind,
        ul_mg=ul,
        product_mg_per_day=product_mg_per_day,
        other_mg_per_day=other,
        total_mg_per_day=total,
        rda_percent=None if total is None or rda_single is None else round(total / rda_single * 100),
        ul_percent=None if total is None or not ul else round(total / ul * 100),
        interactions=interactions(profile),
        sources=tuple(dict.fromkeys(src)),
        rda_range_mg=(rda_lo, rda_hi),
        kidney_disease=p.kidney_disease or (p.egfr is not None and p.egfr < limits()["kidney"]["egfr_contraindicated"]),
    )
