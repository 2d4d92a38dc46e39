"""Tokens: numbers, amounts with their units, serving counts, and magnesium mentions (the element word, a named
form, an excipient), each with its span in the cleaned text."""

from __future__ import annotations

import math
from bisect import bisect_right
from dataclasses import dataclass

import regex as re

from ..clean import Cleaned
from ..models import Amount, MagnesiumForm
from ..tables import forms
from .lexicon import norm_key, patterns

_RE_GROUPED = re.compile(r"(\d{1,3})((?:[,.]\d{3})+)([.,]\d+)?")  # "2,000", "1.480", "1,000.5"
_RE_GROUP = re.compile(r"\d{3}")
_RE_FRACTION = re.compile(r"(\d+)\s?/\s?(\d+)")  # "1/2 teaspoon"
_RE_JOINERS = re.compile(r"[\s\-]+")
_RE_CHELATE_AFTER = re.compile(r"[\s\-]*(?:chelate|chelat|quelato)(?![\p{L}])", re.IGNORECASE)


def parse_number(raw: str, unit: str | None = None) -> float:
    """'2,000' → 2000; '1.480' → 1480; '1,5' → 1.5; '0,480' → 0.48; '1.745' g → 1.745 (grams are never thousands)."""
    s = raw.strip().replace(" ", "")
    m = _RE_GROUPED.fullmatch(s)
    if m and not s.startswith("0") and not (unit == "g" and len(m.group(2)) == 4 and not m.group(3)):
        groups = _RE_GROUP.findall(m.group(2))
        whole = m.group(1) + "".join(groups)
        frac = m.group(3)[1:] if m.group(3) else ""
        return float(f"{whole}.{frac}" if frac else whole)
    try:
        return float(s.replace(",", "."))
    except ValueError:
        return math.nan  # "0.000.0": digits and separators that make no number; dose reports it, never uses it


UNIT_TO_MG = {"mg": 1.0, "mcg": 0.001, "g": 1000.0}


def amount_of(m: re.Match, cleaned: Cleaned, raw_text: str, offset: int = 0) -> Amount:
    return unit_amount(m.group("num"), m.group("unit"), cleaned, raw_text, m.start() + offset, m.end() + offset)


def unit_amount(num: str, unit: str, cleaned: Cleaned, raw_text: str, start: int, end: int) -> Amount:
    """The amount `num` in `unit` ("mg", "mcg", "g", "milligrams"), printed at cleaned[start:end]."""
    unit = unit.lower()
    unit = "mg" if unit.startswith("milligram") else unit
    value = parse_number(num, unit)
    span = cleaned.raw_span(start, end)
    return Amount(value=value, unit=unit, mg=value * UNIT_TO_MG[unit], raw=raw_text[span[0] : span[1]], span=span)


def count_of(raw: str) -> float | None:
    p = patterns()
    raw = raw.strip().lower()
    if raw == "½":
        return 0.5
    frac = _RE_FRACTION.fullmatch(raw)
    if frac:
        num, den = float(frac.group(1)), float(frac.group(2))
        return num / den if den and math.isfinite(num / den) else None
    if raw in ("l", "i"):
        return 1.0  # OCR: "l tablet"
    if raw in p.number_words:
        return float(p.number_words[raw])
    n = parse_number(raw)
    return n if math.isfinite(n) else None


@dataclass(frozen=True)
class Mention:
    start: int  # in cleaned text
    end: int
    kind: str  # "form" | "bare" | "excipient"
    form: MagnesiumForm | None = None
    variant: str | None = None
    chelate_without_ligand: bool = False
    names_source: bool = False  # "Magnesium (citrate de magnésium)": an element row naming its source
    # a salt whose ending says "from", as an intro word would (Finnish "Magnesiumsitraatista 100 mg": from magnesium
    # citrate): the row names a source of a magnesium row, as "from magnesium citrate 100 mg" does
    from_ending: bool = False


_RE_NOT_INGREDIENT = re.compile(
    r"\s?-\s?(?:free|frei|rich|restricted|reich|arm|deficiency|levels?|status|containing)\b|\s+(?:deficiency|levels?|status|restricted)\b",
    re.IGNORECASE,
)


def form_of_stem(stem: str) -> MagnesiumForm:
    return patterns().stem_to_form[norm_key(stem)]


# "dihydrate", "Dihydrat", "dihydraté", "diidrato", "tetrahydrate", the Pharmacopoeia's Latin "dihydricus",
# "anhydricus": the hydrate named right after a compound, in the label's language (the formulas' names in forms.toml
# are English: "dihydrate")
_RE_HYDRATE = re.compile(
    r"^[\s,(-]*(?:(?P<anhydrous>anhydrous|anhydric(?:us|um))|(?P<n>mono|di|tri|tetra|penta|hexa|hepta|nona)[\s-]?"
    r"(?:hydrat|idrat|hydric)(?:e|é|o|ado|us|um)?)(?![\p{L}])",
    re.IGNORECASE)


def variant_of(form: MagnesiumForm, text: str, after: str = "") -> str | None:
    """A ligand variant named in the mention ('lysinate glycinate') or a hydrate right after it ('dihydrate')."""
    info = forms()[form]
    low = text.lower()
    squeezed = _RE_JOINERS.sub("", low)  # "di-magnesium", "acetyl-taurate" → "dimagnesium", "acetyltaurate"
    for match, _ in info.variants:
        if match in low or match in squeezed:
            return match
    h = _RE_HYDRATE.match(after)
    name = h and ("anhydrous" if h.group("anhydrous") else f"{h.group('n').lower()}hydrate")
    if name and any(name in x.name for x in info.hydrates):
        return name
    return None


def find_mentions(text: str) -> list[Mention]:
    """Magnesium words, named forms and excipients in cleaned text , without overlaps (forms win)."""
    p = patterns()
    found: list[Mention] = []
    taken = _Taken()
    free = taken.free

    for m in p.excipient.finditer(text):
        found.append(Mention(m.start(), m.end(), "excipient"))
        taken.add(m.start(), m.end())
    for rx in (p.form_mg_first, p.form_stem_first):
        for m in rx.finditer(text, overlapped=False):
            if not free(m.start(), m.end()):
                continue
            form = form_of_stem(m.group("stem"))
            # "magnesium bisglycinate chelate": the ligand is named; "magnesium chelate" alone: it is not
            end = m.end()
            if form is not MagnesiumForm.AMINO_ACID_CHELATE:
                ch = _RE_CHELATE_AFTER.match(text, end)
                if ch:
                    end = ch.end()
            variant = variant_of(form, text[max(0, m.start() - 3) : m.start()] + m.group(0), text[end : end + 20])
            from_ending = rx is p.form_mg_first and norm_key(m.group("ending") or "") in p.source_endings
            found.append(
                Mention(m.start(), end, "form", form, variant,
                         form is MagnesiumForm.AMINO_ACID_CHELATE and "amino" not in m.group(0).lower(),
                         names_source=rx is p.form_mg_first and "(" in m.group(0), from_ending=from_ending)
            )
            taken.add(m.start(), end)
    for m in p.standalone.finditer(text):
        if free(m.start(), m.end()):
            form = p.standalone_to_form[norm_key(m.group(0))]
            found.append(Mention(m.start(), m.end(), "form", form, variant_of(form, m.group(0))))
            taken.add(m.start(), m.end())
    for m in p.mg_word.finditer(text):
        # "magnesium-free", "magnesium-rich snack", "magnesium-restricted diet": not an ingredient
        if free(m.start(), m.end()) and not _RE_NOT_INGREDIENT.match(text, m.end()):
            found.append(Mention(m.start(), m.end(), "bare"))
    found.sort(key=lambda x: x.start)
    return found


# ---------------------------------------------------------------- segments (one per magnesium row)



_RE_BRACKET = re.compile(r"[()\[\]]")


_RE_DIGIT_AT = re.compile(r"\d")


class ParenDepths:
    """Bracket depth at any offset of a text (an opening bracket counts at its own offset, a closing one after
    it; a stray closing bracket never takes the depth below 0). Built once from the bracket positions; each
    lookup is a binary search."""

    def __init__(self, text: str) -> None:
        events: list[tuple[float, bool]] = [(m.start(), m.group() not in "([") for m in _RE_BRACKET.finditer(text)]
        # A bracket never closed lost its closing one to OCR ("Magnesium (as magnesium chloride 128 mg"): it is
        # taken as closed before the first number after it, where a name in brackets ends and its values begin.
        unclosed: list[int] = []
        for pos, closing in events:
            if not closing:
                unclosed.append(int(pos))
            elif unclosed:
                unclosed.pop()
        for pos in unclosed:
            digit = _RE_DIGIT_AT.search(text, pos + 1)
            if digit:
                events.append((digit.start() - 0.5, True))  # between the name and its number
        events.sort()
        self.positions: list[float] = []
        self.closing: list[bool] = []
        self.after = [0]  # depth after the first k brackets
        for pos, closing in events:
            self.positions.append(pos)
            self.closing.append(closing)
            self.after.append(max(self.after[-1] - 1, 0) if closing else self.after[-1] + 1)

    def __getitem__(self, i: int) -> int:
        k = bisect_right(self.positions, i)
        if k and self.positions[k - 1] == i and self.closing[k - 1]:
            return self.after[k - 1]  # a closing bracket counts only after itself
        return self.after[k]


class _Taken:
    """Non-overlapping spans already claimed by a mention, with an overlap test by binary search."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def free(self, s: int, e: int) -> bool:
        k = bisect_right(self.starts, s)
        if k and self.ends[k - 1] > s:
            return False
        return k == len(self.starts) or self.starts[k] >= e

    def add(self, s: int, e: int) -> None:
        k = bisect_right(self.starts, s)
        self.starts.insert(k, s)
        self.ends.insert(k, e)
