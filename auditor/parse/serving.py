"""Serving size, servings per container, and the daily amount the directions give ("1 to 4 times daily",
"1 in the morning and 2 before bed", "start with ½ teaspoon and increase to 2", mL doses, maxima per 24 hours)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex as re

from ..clean import DIGIT_LOOKALIKES, Cleaned
from ..models import Serving
from ..tables import limits
from .lexicon import alt, norm_key, patterns
from .tokens import count_of


def _whole(digits: str) -> int | None:
    """A count printed as digits; None when it has more digits than any count on a label (a digit run)."""
    return int(digits) if digits.isdigit() and len(digits) <= MAX_COUNT_DIGITS else None


# Servings per container, hours between doses: no label prints a count of more than 6 digits. [J]
MAX_COUNT_DIGITS = 6
# Directions are read up to a blank line or this many characters after their heading: the longest directions
# paragraph in the label tables (tests/data) is under 300 characters. [J]
DIRECTIONS_REACH = 300


def read_serving(text: str, c: Cleaned, raw: str, headings: tuple = (), heading_span: tuple[int, int] | None = None) -> Serving:
    """The serving the label declares, and the daily amount its directions give.

    `headings` are the amount columns a facts table names (rows.column_labels), in order, on the line at
    `heading_span`; a table that declares no serving size but names columns for a number of units ("1 tableta | 2
    tablety", or "Pour 1 comprimé | Pour 3 comprimés", whose first heading only looks like a serving size) is given
    for the most units: the EU daily dose, the column its rows are read from (rows._header_column).
    """
    p = patterns()
    count = unit = None
    stext = None
    span = None
    for k, rx in enumerate(p.serving_size):
        m = rx.search(text)
        if not m:
            continue
        gd = m.groupdict()
        u = gd.get("unit") or gd.get("unit2")
        unit = p.unit_to_canonical.get(norm_key(u)) if u else None
        if unit in ("serving", "container") and not gd.get("count"):
            continue  # "Amount Per Serving" says nothing of the size; "Servings Per Container" is the pack
        if unit in ("g", "ml") and k not in (1, 2):  # not "Serving Size 5 g" or Drug Facts "(in each 15 mL …)"
            after = re.match(rf"\s*(?P<unit>{p.unit_words})(?![\p{{L}}])", text[m.end() : m.end() + 30], re.IGNORECASE)
            if after and p.unit_to_canonical.get(norm_key(after.group("unit"))) not in (None, "g", "ml", "serving"):
                # "Per 5g Scoop": one scoop (of 5 g)
                unit, gd = p.unit_to_canonical[norm_key(after.group("unit"))], {**gd, "count": None}
            elif count_of(gd.get("count") or "") == 100:
                continue  # "per 100 g": a food table's reference column, not the serving
            elif gd.get("count") and p.unit_to_canonical.get(norm_key((text[m.start() : m.start("count")].split("(")[0].split() or [""])[-1])) not in (None, "serving"):
                continue  # "pro Stick (2,3 g)": the stick's weight; the serving is the stick
        count = count_of(gd["count"]) if gd.get("count") else 1.0
        if (heading_span is not None and heading_span[0] <= m.start() < heading_span[1]
                and not p.amount.search(text, *heading_span)):  # (a heading row holds no amounts: "Each teaspoon contains 145 mg")
            more = [h for h in _unit_columns(headings) if h.unit == unit and count is not None and h.count > count]
            # the rows take a "per serving" column, else the one a serving size names ("Serving Size 1 Capsule"),
            # else the one for the most units (rows._header_column): so does the serving
            stated = any(not heading_span[0] <= s.start() < heading_span[1] for s in p.serving_size[1].finditer(text))
            if more and not stated and not any(h.unit == "serving" for h in headings):
                # "Pour 1 comprimé" heading a column beside "Pour 3 comprimés": the table's serving is its most units
                count, unit, span = None, None, None
                break
        span = c.raw_span(m.start(), m.end())
        first = next((m.start(g) for g in ("count", "unit", "unit2") if gd.get(g)), m.start())
        stext = " ".join(raw[c.index[first] : span[1]].split())
        break
    if count is None:
        units = _unit_columns(headings)
        if units:
            most = max(units, key=lambda h: h.count)
            count, unit, stext = most.count, most.unit, most.text or None
    per = None
    m2 = p.servings_per_container.search(text)
    if m2:
        per = _whole((m2.group("n") or m2.group("n2")).translate(DIGIT_LOOKALIKES))
    dr = _daily_servings(text, count, unit)
    daily, stated, directions = dr.servings, dr.stated, dr.span
    if directions is not None:
        a, b = directions
        directions_text = " ".join(raw[c.index[a] : c.index[b - 1] + 1].split()) if b > a else None
    else:
        directions_text = None
    bedtime = bool(p.bedtime.search(text))
    return Serving(
        text=stext,
        count=count,
        unit=unit,
        servings_per_container=per,
        daily_servings=daily,
        daily_servings_stated=stated,
        directions=directions_text,
        bedtime=bedtime,
        span=span,
        daily_servings_range=dr.range,
        titration=dr.titration,
        split=dr.split,
        max_per_day_text=dr.max_text,
        dose_g_range=dr.grams_per_dose,
    )


def _unit_columns(headings: tuple) -> list:
    """The columns of a table heading given for a number of units (tablets, capsules), not for a reference weight,
    a volume, a serving or a day."""
    return [h for h in headings if not h.reference and h.unit not in ("g", "ml", "serving", "day")]


# a line break inside a sentence: the next line goes on in lower case or with a number, and the line before it
# does not end a sentence ("Take 1 capsule twice\ndaily", "1 in the morning and\n2 before bed")
_RE_WRAP = re.compile(r"(?<![.;:!?])[ \t]*\n(?=[ \t]*[\p{Ll}\d½])")


def _unwrap(window: str) -> str:
    """Directions printed over several lines, read as the sentences they are (same length, so offsets hold)."""
    return _RE_WRAP.sub(lambda m: " " * len(m.group(0)), window)


@dataclass(frozen=True)
class _Directions:
    """What the directions say about the daily dose, in servings: the target, its range and how it was read."""

    servings: float
    stated: bool
    span: tuple[int, int] | None
    range: tuple[float, float] | None = None
    titration: bool = False
    split: bool = False
    max_text: str | None = None
    grams_per_dose: tuple[float, float] | None = None  # a dose in grams when no serving size is given


_LIQUID_UNITS = ("ml", "g", "fl_oz", "teaspoon", "tablespoon")  # measured doses may exceed 20 units ("30 mL to 60 mL")


def _daily_servings(text: str, count: float | None, unit: str | None) -> _Directions:
    """Servings a day from the directions ('Take 2 capsules twice daily' with serving 2 capsules → 2).

    The target is the full directed dose: the top of "1 to 2 capsules" or "30 mL to 60 mL", the sum of split
    doses ("1 in the morning and 2 at bedtime"), the end of a titration ("start with 1, increase to 3"), capped by
    a stated maximum per 24 hours. The range runs from the least to the most the directions allow.
    """
    p = patterns()
    grams: tuple[float, float] | None = None
    for h in p.directions_heading.finditer(text):
        end = text.find("\n\n", h.end(), h.end() + DIRECTIONS_REACH)
        window = _unwrap(text[h.start() : h.end() + DIRECTIONS_REACH if end == -1 else end])
        for d in p.directions_dose.finditer(window):
            u = p.unit_to_canonical.get(norm_key(d.group("unit")))
            volume = limits()["otc"]["volume_ml"]
            both_volumes = u in volume and unit in volume and u != unit  # "2 to 4 tablespoonfuls" of a 15 mL serving
            if u in (None, "ml", "g") and u != unit and not both_volumes:
                if u == "g" and unit is None and grams is None:
                    # "dissolve 10 to 20 g in water" with no serving size: kept as a dose in grams (Epsom salt)
                    lo_g, hi_g = count_of(d.group("n")), count_of(d.group("n2") or d.group("n"))
                    if lo_g and hi_g:
                        grams = (lo_g, hi_g)
                continue
            n = count_of(d.group("n2") or d.group("n"))
            n_lo = count_of(d.group("n")) or n
            if n is None or n <= 0 or (n > 20 and u not in _LIQUID_UNITS):
                continue
            dose_end = d.end()
            # "30 mL to 60 mL", "6.5 fl oz to 10 fl oz": a range with the unit on both ends
            rm = _dose_to(window, dose_end, u)
            if rm is not None:
                n, dose_end = rm
            split_total = _split_doses(window, d, u)
            titration = _titration_target(window, d, u)
            times = _times_a_day(window, dose_end)
            times_lo = _times_low(window, dose_end) or times
            if split_total is not None:
                units_per_day, lo_units = split_total, split_total
            elif titration is not None:
                target_units, target_times = titration
                units_per_day, lo_units = target_units * target_times, n_lo * times_lo
            else:
                units_per_day, lo_units = n * times, n_lo * times_lo
            cap = _RE_UP_TO_PER_DAY.search(window)
            if cap and p.unit_to_canonical.get(norm_key(cap.group("unit"))) == u:
                units_per_day = max(units_per_day, count_of(cap.group("n")) or 0)  # "1 tablet with each meal (up to 3 tablets per day)"
            hi_units = units_per_day
            max_text = None
            mx = _max_per_day(window, u)
            if mx is not None:
                kind, value, max_text = mx
                if kind == "units":
                    units_per_day = min(units_per_day, value)
                    hi_units = value if titration is None and split_total is None else min(hi_units, value)
                    lo_units = min(lo_units, units_per_day)
                else:  # "not more than 2 doses in 24 hours": the most a day is that many doses
                    hi_units = max(hi_units, value * n)
            if u == "serving":
                per = 1.0
            elif both_volumes:
                per = (count or 1.0) * volume[unit] / volume[u]  # the serving in the dose's unit
            elif count and (unit is None or u == unit or unit == "serving"):
                per = count
            else:
                per = 1.0
            servings = units_per_day / per
            rng = (min(lo_units, units_per_day) / per, max(hi_units, units_per_day) / per)
            stop = min(len(window), d.end() + 60)
            nl = window.find("\n", d.end())
            stop = nl if 0 <= nl < stop else stop
            return _Directions(servings, True, (h.start(), h.start() + stop), rng, titration is not None, split_total is not None, max_text)
    return _Directions(1.0, False, None, grams_per_dose=grams)


_TIME_OF_DAY = r"(?:morning|afternoon|evening|night|nighttime|bed|bedtime|lunch|dinner|breakfast|supper|noon|midday|sleep|am|pm|a\.m\.|p\.m\.)"
_RE_AT_TIME = re.compile(rf"\s*(?:\w+\s+){{0,3}}?(?:in\s+the\s+|at\s+|before\s+|after\s+|with\s+|upon\s+|during\s+)?(?:\w+\s+){{0,2}}?{_TIME_OF_DAY}(?![\p{{L}}])", re.IGNORECASE)
_RE_TITRATION_START = re.compile(r"(?:start(?:ing)?|begin(?:ning)?)\s+(?:with|at|by\s+taking)|initially|for\s+the\s+first\s+(?:few\s+days|week|days)|week\s*1", re.IGNORECASE)
_RE_TITRATION_UP = re.compile(r"(?:increase|increasing|work\s+up|build\s+up|titrate|go\s+up|then)[^.\n;]{0,40}?(?:to|until)\s+|\bthen\s+(?:take\s+)?(?=\S)", re.IGNORECASE)
# "Take 1 capsule daily for the first week, then …": the start named right after the first dose
_RE_TITRATION_AFTER = re.compile(
    r"[^.\n;]{0,30}?(?:for\s+the\s+first\s+(?:few\s+days|week|\d+\s+days|days)|for\s+(?:\d+|one|two|three)\s+(?:days|weeks?)|at\s+first)"
    # "…daily; may increase to 1 scoop", "…, gradually increasing to 3": an increase offered after the first dose
    r"|[^.\n]{0,40}?(?<!not\s)(?:may|can|gradually|slowly)\s+(?:be\s+)?increas",
    re.IGNORECASE,
)


@cache
def _direction_patterns() -> dict[str, re.Pattern]:
    """The directions regexes built from the lexicon (number words, units), compiled once."""
    p = patterns()
    numbers = alt(p.number_words, boundary=False)
    per_day = r"(?:per\s+day|a\s+day|daily|each\s+day|in\s+(?:a\s+|any\s+)?24[\s-]*hours?(?:\s+period)?)"
    lead = r"(?:(?:do\s+)?not\s+(?:take\s+)?more\s+than|no\s+more\s+than|do\s+not\s+exceed|not\s+to\s+exceed|limit(?:\s+(?:of|to))?|maximum(?:\s+of)?|max\.?)"
    return {
        # "… and 3 capsules before bed", ", 1 with lunch": the next dose of a split day
        "split_next": re.compile(
            # (an "or" in between is another way to take the same dose, not another dose)
            rf"(?:(?!\bor\b)[^.;\n]){{0,40}}?(?:\band\b|\bplus\b|\bthen\b|,)\s*(?:take\s+)?(?P<n>\d+(?:[.,]\d+)?|{numbers})(?:\s*{p.adj}(?P<unit>{p.unit_words}))?"
            # ("2 capsules 2 hours before bedtime": a few words may come before the time)
            rf"(?=[\s,]+(?:\w+\s+){{0,3}}?(?:in\s+the\s+|at\s+|before\s+|after\s+|with\s+|upon\s+|during\s+)(?:\w+\s+){{0,2}}?{_TIME_OF_DAY})",
            re.IGNORECASE,
        ),
        "max_doses": re.compile(rf"{lead}\s+(?P<n>\d+|{numbers})\s+doses?\s+{per_day}", re.IGNORECASE),
        "max_units": re.compile(rf"{lead}\s+(?P<n>\d+(?:[.,]\d+)?|{numbers})\s*{p.adj}(?P<unit>{p.unit_words})\s+{per_day}", re.IGNORECASE),
    }


_RE_RANGE_JOIN = re.compile(r"\s*(?:\([^)]{0,20}\)\s*)?(?:-|–|to|or|bis|do)\s*", re.IGNORECASE)


def _dose_to(window: str, start: int, unit: str | None) -> tuple[float, int] | None:
    """'… to 60 mL' right after a dose of the same unit: (the top of the range, where it ends)."""
    p = patterns()
    m = _RE_RANGE_JOIN.match(window, start)
    if not m:
        return None
    d = p.directions_dose.match(window, m.end())
    if d and p.unit_to_canonical.get(norm_key(d.group("unit"))) == unit:
        n = count_of(d.group("n2") or d.group("n"))
        if n:
            return n, d.end()
    return None


def _split_doses(window: str, d: re.Match, unit: str | None) -> float | None:
    """'1 capsule in the morning and 3 capsules before bed': the sum of the doses of one day, or None."""
    p = patterns()
    if not _RE_AT_TIME.match(window, d.end()):
        return None
    total = count_of(d.group("n2") or d.group("n")) or 0
    pos = d.end()
    found = False
    clause_end = _RE_CLAUSE_END.search(window, pos)
    limit = clause_end.start() if clause_end else len(window)
    rx = _direction_patterns()["split_next"]
    while True:
        m = rx.match(window, pos, limit)
        if not m:
            break
        if m.group("unit") and p.unit_to_canonical.get(norm_key(m.group("unit"))) != unit:
            break
        n = count_of(m.group("n"))
        if not n or n > 20:
            break
        total += n
        found = True
        pos = m.end()
    return total if found else None


def _titration_target(window: str, d: re.Match, unit: str | None) -> tuple[float, float] | None:
    """'Start with 1 capsule … increase to 3 capsules daily': (target units, times a day), or None."""
    p = patterns()
    before = window[max(0, d.start() - 40) : d.start()]
    if not _RE_TITRATION_START.search(before) and not _RE_TITRATION_AFTER.match(window, d.end()):
        return None
    up = _RE_TITRATION_UP.search(window, d.end())
    if up:
        t = p.directions_dose.match(window, up.end())
        if t and p.unit_to_canonical.get(norm_key(t.group("unit"))) == unit:
            n = count_of(t.group("n2") or t.group("n"))
            if n:
                return n, _times_a_day(window, t.end())
    # "Week 1: 1 capsule daily. Week 2: 2 capsules daily. Week 3 on: 3 capsules daily": the largest daily dose
    best = None
    for t in p.directions_dose.finditer(window, d.end()):
        if p.unit_to_canonical.get(norm_key(t.group("unit"))) != unit:
            continue
        n = count_of(t.group("n2") or t.group("n"))
        if n and n <= 20:
            times = _times_a_day(window, t.end())
            if best is None or n * times > best[0] * best[1]:
                best = (n, times)
    return best


_RE_TIMES_LOW = re.compile(
    r"(?P<lo>\d+|one|once|two|three)\s*(?:-|to|or)\s*(?:\d+|two|three|four|five|six|twice|thrice)\s*(?:x|×|times)?(?![\p{L}])",
    re.IGNORECASE,
)


def _times_low(window: str, start: int) -> float | None:
    """The least intakes a day of '1 to 4 times daily' / 'once or twice daily' (None when not a range)."""
    end = min(len(window), start + 60)
    stop = _RE_CLAUSE_END.search(window, start, end)
    end = stop.start() if stop else end
    nxt = patterns().directions_dose.search(window, start, end)
    end = nxt.start() if nxt else end
    if re.search(r"\bup\s+to\b[^.;\n]{0,12}?(?:times|x\b|×)", window[start:end], re.IGNORECASE):
        return 1.0  # "as needed, up to 4 times a day": the least is one intake
    m = _RE_TIMES_LOW.search(window, start, end)
    if not m or not re.search(r"times|x\b|×|daily|a day|per day|twice", window[m.start() : end], re.IGNORECASE):
        return None
    lo = m.group("lo").lower()
    return {"once": 1.0, "one": 1.0, "two": 2.0, "three": 3.0}.get(lo) or count_of(lo)


def _max_per_day(window: str, unit: str | None) -> tuple[str, float, str] | None:
    """A stated maximum per day: ("units", n, text) for 'not more than 2 tablets in 24 hours', ("doses", n, text)
    for 'do not take more than 2 doses per day'; None when none is stated."""
    p = patterns()
    rx = _direction_patterns()
    m = rx["max_doses"].search(window)
    if m:
        return "doses", count_of(m.group("n")) or 1.0, m.group(0)
    m = rx["max_units"].search(window)
    if m and p.unit_to_canonical.get(norm_key(m.group("unit"))) == unit:
        return "units", count_of(m.group("n")) or 1.0, m.group(0)
    return None


_RE_TIMES = re.compile(
    r"(?:(?:up\s+to|bis\s+zu|jusqu'a|hasta)\s+)?(?:(?:\d+|one|two|three)\s*(?:-|to|or|bis|a)\s*)?(?P<times>\d+|one|two|three|four|five|six|deux|trois|quatre|zwei|drei|vier|dos|tres|cuatro|due|tre|quattro|dwa|trzy|cztery)"
    r"\s*(?:x|×|times|fois|mal|veces|volte|razy)(?![\p{L}])",
    re.IGNORECASE,
)
_RE_EVERY_HOURS = re.compile(r"every\s+(?P<h>\d+)\s*(?:hours|hrs|h)\b|alle\s+(?P<h2>\d+)\s*stunden|co\s+(?P<h3>\d+)\s*godzin", re.IGNORECASE)


_RE_UP_TO_PER_DAY = re.compile(
    r"up\s+to\s+(?P<n>\d+|two|three|four|five|six)\s+(?P<unit>[\p{L}]+)\s+(?:per\s+day|a\s+day|daily|each\s+day)", re.IGNORECASE
)
_RE_MORNING_EVENING = re.compile(
    r"(?P<before>[^.\n;]{0,40}?)(?:morning|matin|morgens|rano|manana|mattina)[^.\n;]{0,40}?(?:evening|night|bedtime|soir|abends|wieczorem|noche|sera)",
    re.IGNORECASE,
)
_RE_CLAUSE_END = re.compile(r"\n|;|\.\s")
# a third intake between the morning's and the evening's ("1 gélule matin, midi et soir")
_RE_MIDDAY = re.compile(r"(?<![\p{L}])(?:midday|noon|lunch|midi|mittags|mittag|mezzogiorno|pranzo|mediod[ií]a|almuerzo|po[lł]udnie|obiad)(?![\p{L}])", re.IGNORECASE)


def _times_a_day(window: str, start: int) -> float:
    """Intakes a day stated right after a dose: 'twice daily' 2, 'up to 4 times daily' 4, 'every 12 hours' 2."""
    p = patterns()
    end = min(len(window), start + 60)
    # the frequency belongs to this dose only up to the end of its clause ("3 capsules daily, or 1 capsule …")
    stop = _RE_CLAUSE_END.search(window, start, end)
    end = stop.start() if stop else end
    me = _RE_MORNING_EVENING.match(window, start)
    if me and not re.search(r"(?<![\p{L}])or(?![\p{L}])", me.group(0), re.IGNORECASE) and not re.search(r"\d", me.group("before")):
        # "1 capsule in the morning and 1 capsule in the evening", "1 comprimé matin et soir"; not "at night, or
        # split into 1 in the morning and 1 at night" (the same dose another way), nor "3 capsules daily, 1 in the
        # morning and 2 in the evening" (the day's dose, then how to split it)
        return 3 if _RE_MIDDAY.search(me.group(0)) else 2
    nxt = p.directions_dose.search(window, start, end)
    end = nxt.start() if nxt else end
    part = window[start:end]
    t = _RE_TIMES.search(part)
    if t:
        n = count_of(t.group("times"))
        if n:
            return n
    h = _RE_EVERY_HOURS.search(part)
    if h:
        hours = _whole(h.group("h") or h.group("h2") or h.group("h3"))
        if hours is not None and 0 < hours <= 24:
            return 24 / hours
    f = p.frequency.search(part)
    return p.frequency_map[norm_key(f.group(0))] if f else 1
