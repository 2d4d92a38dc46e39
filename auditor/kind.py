"""Label text → what kind of product it declares (supplement, OTC drug, topical) and who it is for.

Only what the label says: the words come from data/kinds.toml and each decision keeps the words that made it.
The verdict decides what a kind means (auditor.verdict).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex as re

from .clean import fold
from .tables import longest_first, product_kinds


@dataclass(frozen=True)
class KindReading:
    """The kind, the Drug Facts purposes and the population a label declares, with the words found."""

    kind: str  # "supplement" | "otc_drug" | "topical"
    purposes: tuple[str, ...]  # "laxative", "antacid", "analgesic"
    population: str  # "adult" | "infant" | "child_1_3" | "child_4_8" | "pregnancy"
    evidence: tuple[str, ...]


def _rx(words: list[str]) -> re.Pattern:
    body = "|".join(re.escape(fold(w).lower()).replace(r"\ ", r"[\s\-]+") for w in longest_first(words))
    return re.compile(rf"(?<![\p{{L}}\d])(?:{body})(?![\p{{L}}])", re.IGNORECASE)


@cache
def _patterns() -> dict[str, re.Pattern]:
    k = product_kinds()
    out = {
        "topical": _rx(k["kind"]["topical"]["markers"]),
        "oral": _rx(k["kind"]["topical"]["oral_markers"]),
        "drug": _rx(k["kind"]["otc_drug"]["markers"]),
        "laxative": _rx(k["kind"]["otc_drug"]["laxative"]),
        "antacid": _rx(k["kind"]["otc_drug"]["antacid"]),
        "analgesic": _rx(k["kind"]["otc_drug"]["analgesic"]),
    }
    for pop, row in k["population"].items():
        out[f"pop_{pop}"] = _rx(row["markers"])
    return out


_RE_AGE = re.compile(
    r"(?<![\p{L}])(?P<who>children|child|kids|ages?|for\s+ages?|toddlers?)\s*(?:of\s+)?(?:age\s+)?(?P<n>\d{1,2})\s*"
    r"(?:\+|years?|yrs?|y\b|(?:and|&)\s*(?:up|older|over|above|\d)|to\s+\d|-\s*\d|–\s*\d|through\s+\d)",
    re.IGNORECASE,
)
_RE_AGE_WARNING = re.compile(r"(?:under|below|younger\s+than|not\s+(?:for|intended\s+for|recommended\s+for)|out\s+of\s+(?:the\s+)?reach\s+of)\s*(?:\w+\s+){0,2}$", re.IGNORECASE)


def _youngest_age(t: str) -> tuple[float, str] | None:
    """The youngest age an age direction names ("Children 4 years and older" → 4), not a warning ("under 4")."""
    best = None
    for m in _RE_AGE.finditer(t):
        if _RE_AGE_WARNING.search(t[max(0, m.start() - 40) : m.start()]):
            continue
        n = float(m.group("n"))
        if n < 1:
            continue
        if best is None or n < best[0]:
            best = (n, " ".join(m.group(0).split()))
    return best


_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-"})

# infants first: the strictest population named on a label decides
_POPULATION_ORDER = ("infant", "child_1_3", "child_4_8", "pregnancy")


def read_kind(text: str) -> KindReading:
    """Kind, purposes and population declared by a label text.

    Args:
        text: the label text (raw or cleaned); accents are folded here.

    Returns:
        KindReading; a plain supplement for adults when no marker is found.
    """
    p = _patterns()
    t = fold(text).translate(_DASHES)  # "Children 1–3 Years" as "1-3"
    evidence: list[str] = []

    def found(key: str) -> list[str]:
        m = p[key].search(t)  # the first marker is the evidence; one is enough
        return [m.group(0)] if m else []

    drug = found("drug")
    laxative, antacid, analgesic = found("laxative"), found("antacid"), found("analgesic")
    purposes: list[str] = []
    kind = "supplement"
    # a Drug Facts panel, or an "Active ingredient … Purpose: saline laxative" label whose heading OCR lost
    active = re.search(r"active\s+ingredient", t, re.IGNORECASE)
    if drug or (active and (laxative or antacid)):
        kind = "otc_drug"
        evidence.append(drug[0] if drug else active.group(0))
        if laxative:
            purposes.append("laxative")
            evidence.append(laxative[0])
        if antacid:
            purposes.append("antacid")
            evidence.append(antacid[0])
        if analgesic:
            purposes.append("analgesic")
            evidence.append(analgesic[0])
    topical = found("topical")
    oral = found("oral")
    if topical and not drug and not oral:
        kind = "topical"
        evidence.append(topical[0])
    population = "adult"
    if kind == "supplement":
        for pop in _POPULATION_ORDER:
            hit = found(f"pop_{pop}")
            if hit:
                population = pop
                evidence.append(hit[0])
                break
        # "Adults: 2 tablets. Children 4-12: 1 tablet": an adult product with a children's line; the directed
        # (adult) dose is judged for adults
        # ("Adults and children 4 years and older: 2 gummies" is one dose for both: the children's limit applies)
        separate_adult = re.search(r"(?<![\p{L}])adults?(?![\p{L}])(?!\s*(?:and|&|or)\s*(?:children|kids))", t, re.IGNORECASE)
        ages = None if separate_adult else _youngest_age(t)
        if ages is not None:
            age, words = ages
            by_age = "child_1_3" if age < 4 else "child_4_8" if age < 9 else None
            # a younger age than the markers said wins ("Kids" + "ages 2 and up" → 1-3); pregnancy and infants stay
            stricter = (population == "adult" and by_age is not None) or (population == "child_4_8" and by_age == "child_1_3")
            if stricter:
                population = by_age
                evidence.append(words)
    return KindReading(kind, tuple(purposes), population, tuple(" ".join(e.split()) for e in evidence))
