"""Rows: the cleaned lines → one row per magnesium statement (its head mention up to the next head or other
nutrient), and the values each row declares: amount, compound weight, %DV, markers, side-by-side columns.
Rows whose amount sits elsewhere (wrapped to the next line, a column block read after the names, a
per-serving column beside a per-unit one) take it from there."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from itertools import accumulate

import regex as re

from ..clean import DIGIT_LOOKALIKES, Cleaned, fold
from ..models import (
    Amount,
    DeclaredColumn,
    DeclaredRow,
    FormMention,
    MagnesiumForm,
    Serving,
)
from .lexicon import norm_key, patterns
from .tokens import _RE_BRACKET, Mention, ParenDepths, amount_of, count_of, form_of_stem, unit_amount, variant_of

_RE_DIGIT = re.compile(r"\d")
_RE_PERCENT_CELL_END = re.compile(r"%\s?\p{L}{0,4}\*?\s?$")  # "% VNR* " right before a heading: it names the %DV column
_RE_CELL_START = re.compile(r"(?:^|\s{2,}|\|\s*)$")  # a cell begins here: the line's start, a column gap or a rule
_RE_WORD = re.compile(r"\p{L}{2,}")  # a word of another nutrient's name
_RE_NAME_WORD = re.compile(r"\p{L}{3}")  # a line that names something
_RE_VALUE_END = re.compile(r"\d\s?%|\d\s?(?:mg|mcg|g)\b")  # where another nutrient's amount or percent ends
_RE_LEADER = re.compile(r"[\s.·…:_•▪●-]*")  # dot leaders, bullets and spacing before a value
_RE_PERCENT_NEXT = re.compile(r"[\s.·…:_|-]*(?P<pct>\d{1,4})\s?%")  # the %DV right after an amount
# a %DV alone on its line: "48%", "(52 % VNR*)" (a reference's 2-4 letter abbreviation may follow)
_RE_PERCENT_LINE = re.compile(r"[\s(.·…:_|-]*(?P<pct>\d{1,4})\s?%(?:\s*\p{Lu}{2,4})?[\s*†‡)]*")
_RE_NO_PERCENT = re.compile(r"[\s*†‡-]*[*†‡][\s*†‡-]*")
# a line of values only: amounts, each with its %DV or not ("200 mg 48%", "100 mg  24%  200 mg  48%")
_RE_VALUES_LINE = re.compile(r"(?:[\s.·…:_|*†‡-]*\d[\d.,]*\s?(?:mg|mcg|g)\b(?:[\s.·…:_|-]*\d{1,4}\s?%)?)+[\s*†‡]*", re.IGNORECASE)


@dataclass
class _Segment:
    start: int
    end: int
    head: Mention
    mentions: list[Mention]
    line_end: int


def _introduced(text: str, start: int, at: int) -> bool:
    """Whether an intro word ("as", "from", "aus") ends right before offset `at` (looking back no further than
    the longest intro word, and not before `start`)."""
    p = patterns()
    return p.intro.search(text, max(start, at - p.intro_reach), at) is not None


def _segments(text: str, mentions: list[Mention]) -> list[_Segment]:
    """Split each line into magnesium row segments: a head mention up to the next head or other nutrient."""
    p = patterns()
    depth = ParenDepths(text)
    segs: list[_Segment] = []
    line_start = 0
    kept = [m for m in mentions if m.kind != "excipient"]  # mentions are in text order
    kept_starts = [m.start for m in kept]
    # only the lines that hold a mention can hold a row
    last = text.find("\n", kept[-1].end) if kept else 0
    for line in text[: len(text) if last == -1 else last].split("\n"):
        line_end = line_start + len(line)
        in_line = kept[bisect_left(kept_starts, line_start) : bisect_left(kept_starts, line_end)]
        in_starts = [m.start for m in in_line]
        heads = []
        prev = None  # the mention before, whether it heads a row or belongs to one
        for m in in_line:
            listed = prev is not None and p.list_gap.fullmatch(text, prev.end, m.start) is not None
            prev = m
            if depth[m.start] and heads:
                continue  # inside "( … )" of the row before it
            if depth[m.start] and not heads:
                # "Malic Acid (from magnesium malate) 800 mg", "Vitamin C (as magnesium ascorbate)": the row is
                # another nutrient's; the magnesium salt is only its source
                opened = text.rfind("(", line_start, m.start)
                lead = text[line_start:opened] if opened != -1 else ""
                if _RE_WORD.search(lead) and not p.mg_word.search(lead):
                    continue
            before = text[max(line_start, m.start - patterns().intro_reach) : m.start]
            if heads and _introduced(text, line_start, m.start) and not p.elemental_marker.search(before):
                continue  # "… from magnesium citrate" belongs to the head before it
            if heads and listed and not p.elemental_marker.search(before):
                continue  # "(…) 200 mg as magnesium citrate and magnesium malate": one list, the row's before it
            heads.append(m)
        # nutrient names outside parentheses and outside mentions end a segment (two-column panels)
        stops = []
        for n in p.nutrient.finditer(text, line_start, line_end):
            k = bisect_right(in_starts, n.start())  # the mention starting at or before it, if it covers it
            if depth[n.start()] == 0 and not (k and n.start() < in_line[k - 1].end):
                stops.append(n.start())
        # an elemental statement after a compound row on the same line starts at its marker:
        # "Magnesiumcitrat 1480 mg, davon Magnesium 240 mg" → two segments split at "davon"
        starts = [h.start for h in heads]
        for i in range(1, len(heads)):
            mk = p.elemental_marker.search(text, heads[i - 1].end, heads[i].start)
            if mk:
                starts[i] = mk.start()
        for i, h in enumerate(heads):
            nxt = starts[i + 1] if i + 1 < len(heads) else line_end
            k = bisect_left(stops, h.end)
            end = stops[k] if k < len(stops) and stops[k] < nxt else nxt
            if end != nxt:
                # "… 300 mg de magnesio (80 %) y 1,4 mg de vitamina B6": the amount before the next nutrient is its
                other = p.amount_before.search(text, h.end, end)
                end = other.start() if other else end
            # the text before the first head belongs to it ("providing 444 mg elemental magnesium")
            k = bisect_left(stops, h.start)
            prev_stop = max(stops[k - 1], line_start) if k else line_start
            start = starts[i]
            if i == 0:
                lo = max(line_start, prev_stop)
                if prev_stop > line_start and prev_stop < h.start:
                    # a stop before the head: start after the other nutrient's amount/percent
                    tail = text[prev_stop:h.start]
                    mm = list(_RE_VALUE_END.finditer(tail))
                    lo = prev_stop + (mm[-1].end() if mm else len(tail))
                if not p.nutrient.search(text[lo : h.start]):
                    start = lo
            segs.append(_Segment(start, end, h, in_line[bisect_left(in_starts, start) : bisect_left(in_starts, end)], line_end))
        line_start = line_end + 1
    return segs


# ---------------------------------------------------------------- reading one segment


@dataclass
class _Row:
    seg: _Segment
    forms: list[tuple[MagnesiumForm, str | None, int, int]]  # form, variant, start, end (cleaned)
    declared: Amount | None
    compound: Amount | None
    percent: int | None
    percent_raw: str | None
    marker: bool
    head_is_form: bool
    # amount + %DV pairs side by side ("100 mg 24%   200 mg 48%": per tablet, per serving)
    columns: tuple[tuple[Amount, int | None, str | None], ...] = ()
    rules: tuple[str, ...] = ()


def _read_segment(seg: _Segment, c: Cleaned, raw: str) -> _Row:
    p = patterns()
    text = c.text
    s, e = seg.start, seg.end
    body = text[s:e]
    depth = ParenDepths(body)
    forms_found: list[tuple[MagnesiumForm, str | None, int, int]] = []
    for m in seg.mentions:
        if m.kind == "form":
            forms_found.append((m.form, m.variant, m.start, m.end))
    # "(as bisglycinate chelate)", "from citrate": a stem after the head without a second magnesium word
    for m in p.form_bare.finditer(body):
        a, b = s + m.start(), s + m.end()
        if any(fa <= a < fb for _, _, fa, fb in forms_found) or a < seg.head.end:
            continue
        if not _introduced(text, s, a) and not depth[m.start()]:
            continue
        f = form_of_stem(m.group("stem"))
        if f is MagnesiumForm.AMINO_ACID_CHELATE and any(ff is not f for ff, _, _, _ in forms_found):
            continue  # "Glycinate/Lysinate Chelate": the chelate of a named amino acid
        forms_found.append((f, variant_of(f, text[max(s, a - 3) : a] + m.group(0), text[b : b + 20]), a, b))
    forms_found.sort(key=lambda x: x[2])

    declared = compound = None
    rules: list[str] = []
    loose: list[re.Match] = []  # amounts that are not a compound weight, in order
    # "more than 250 mg of magnesium a day may have a laxative effect": a limit the label states, not an amount;
    # "Magnesium Content: 1 level scoop (25 g) provides …": the weight of the units the row is for, not an amount
    amounts = [m for m in p.amount.finditer(body)
               if p.threshold.search(text, max(s, s + m.start() - p.threshold_reach), s + m.start()) is None
               and not _weighs_units(text, s, s + m.start())]
    for m in amounts:
        a = s + m.start()
        after = fold(text[s + m.end() : s + m.end() + 40])
        # "2,000 mg magnesium lysinate glycinate chelate" / "(from 1480 mg citrate)": a compound weight
        names_form = any(0 <= fa - (s + m.end()) <= 4 for _, _, fa, _ in forms_found) or (
            p.compound_follows.match(text, s + m.end()) is not None
            and any(fa > a for _, _, fa, _ in forms_found)
        )
        in_from = bool(depth[m.start()]) and _introduced(text, s, a)
        # (an amount with its %DV right after it is the declared amount: a compound weight has no %DV)
        has_percent = _RE_PERCENT_NEXT.match(text, s + m.end()) is not None
        if compound is None and (names_form or in_from) and not has_percent and (loose or seg.head.kind == "bare"):
            compound = amount_of(m, c, raw, s)
            rules.append("compound.names_form" if names_form else "compound.from_paren")
        else:
            loose.append(m)
    # the declared amount: the first one outside parentheses, else the first one at all
    # after the name first ("200 g … Magnesium (oxide) 200 mg" is not 200 g of magnesium), then before it
    after_head = [m for m in loose if s + m.start() >= seg.head.end]
    chosen = next((m for m in after_head if not depth[m.start()]), None) or next(
        (m for m in loose if not depth[m.start()]), loose[0] if loose else None
    )
    names_compound = False
    if seg.head.kind == "bare" and compound is None:
        # "aportan 300 mg de magnesio", "400 mg Magnesium pro Tagesportion": an amount right before the element's
        # name (in the row, not another nutrient's) is the element's
        before = p.amount_before.search(text, s, seg.head.start)
        if before:
            lead = next((m for m in loose if s + m.start() == before.start()), None)
            if lead is not None and lead is not chosen:
                chosen = lead
                rules.append("amount.before_name")
    if seg.head.kind == "form" and compound is None:
        line_start = text.rfind("\n", 0, seg.head.start) + 1
        before = p.amount_before.search(text, line_start, seg.head.start)
        if before:
            lead = amount_of(before, c, raw)
            if chosen is not None and s + chosen.start() == before.start() and len(loose) == 1:
                # "Each serving provides 1330 mg of magnesium citrate": the amount weighs the compound it names,
                # whatever marker comes before it
                names_compound = True
                rules.append("amount.names_compound")
            elif chosen is not None and p.elemental_marker.search(body):
                compound = lead  # "175 mg magnesium aspartate (equivalent to 11.8 mg magnesium)"
                rules.append("compound.before_name")
                loose = [m for m in loose if s + m.start() != before.start()]  # the element is one of the others
                chosen = next((m for m in loose if not depth[m.start()]), loose[0] if loose else None)
            elif chosen is None:
                return _Row(seg, forms_found, lead, None, None, None, False, True, rules=("amount.names_compound",))
    # "2 compresse apportano: magnesio bisglicinato 1400 mg": a marker before a salt's name announces the statement;
    # the amount after the name weighs the salt (the element follows, "di cui magnesio 196 mg")
    mk = None if names_compound else p.elemental_marker.search(body, seg.head.start - s if seg.head.kind == "form" else 0)
    if compound is None and seg.head.kind == "form" and mk and chosen is not None:
        # "Citrate de magnésium 1800 mg, apportant 270 mg de magnésium" and "Magnesium Glycinate (providing
        # 100 mg elemental magnesium) 700 mg": the amount after the marker is the element, the other the compound
        after = next((m for m in loose if m.start() >= mk.end()), None)
        if after is not None and after is not chosen:
            compound = amount_of(chosen, c, raw, s)
            chosen = after
            rules.append("amount.after_marker")
    if chosen is not None:
        declared = amount_of(chosen, c, raw, s)
        rules.append("amount.in_row")
    percent = percent_raw = None
    if declared is not None:
        # first % after the declared amount, within the segment
        dpos = chosen.end()
        for pm in p.percent.finditer(body, dpos):
            percent = int(pm.group("pct"))
            sp = c.raw_span(s + pm.start(), s + pm.end())
            percent_raw = raw[sp[0] : sp[1]]
            break
        if percent is None:
            # "Magnez   100 %   375 mg": a %DV column printed before the amount column
            pm = p.percent.search(body, seg.head.end - s, chosen.start()) if seg.head.end - s < chosen.start() else None
            if pm:
                percent = int(pm.group("pct"))
                sp = c.raw_span(s + pm.start(), s + pm.end())
                percent_raw = raw[sp[0] : sp[1]]
        if percent is None:
            rest = text[s + dpos : seg.line_end]
            bm = p.bare_percent.match(rest)
            if bm:
                percent = int(bm.group("pct").translate(DIGIT_LOOKALIKES))
                sp = c.raw_span(s + dpos + bm.start("pct"), s + dpos + bm.end("pct"))
                percent_raw = raw[sp[0] : sp[1]]
    # "Magnesium Malate 1250mg providing": a marker after the amount announces the next row, not this one
    marker = bool(mk) and chosen is not None and (mk.start() < chosen.start() or depth[mk.start()] > 0 and depth[mk.start()] == depth[chosen.start()])
    columns = [_column(m, body, c, raw, s) for m in loose if not depth[m.start()]]
    if marker:
        rules.append("marker.elemental")
    # "magnesium citrate) 250 mg": a bracket closed but never opened on the line; its opener, and the element name
    # before it, were lost (a shadow, a wrap), so the salt is the source clause of an element row
    in_lost_bracket = seg.head.kind == "form" and _closes_unopened(body, seg.head.end - s, chosen.start() if chosen else len(body))
    if in_lost_bracket:
        rules.append("head.source_in_lost_bracket")
    return _Row(seg, forms_found, declared, compound, percent, percent_raw, marker,
                seg.head.kind == "form" and not seg.head.names_source and not in_lost_bracket,
                columns=tuple(columns), rules=tuple(rules))


def _weighs_units(text: str, start: int, at: int) -> bool:
    """Whether the amount at `at` opens a bracket right after a count of discrete units ("1 level scoop (25 g)",
    "2 tablets (1.6 g)"): it weighs those units. After a measure ("per 20 ml (300 mg)") it may be the nutrient."""
    u = patterns().unit_weight.search(text, start, at)
    return u is not None and patterns().unit_to_canonical.get(norm_key(u.group("unit"))) not in (None, "g", "ml", "fl_oz")


def _closes_unopened(body: str, frm: int, to: int) -> bool:
    """Whether a closing bracket in body[frm:to] has no opening one before it in body."""
    depth = 0
    for m in _RE_BRACKET.finditer(body, 0, max(0, to)):
        if m.group() in "([":
            depth += 1
        elif depth:
            depth -= 1
        elif m.start() >= frm:
            return True
    return False




class Lines:
    """The cleaned text's lines and how a table read column by column pairs them, computed once per text.

    Each line is a name (a nutrient or magnesium name with no amount), values (amounts and %DV only), a
    percent alone, blank, or other. OCR that reads a table one column at a time delivers a run of k names and a
    run of k value lines (after the names, or before them), sometimes followed by a run of k percents; the i-th
    name takes the i-th value line, and the i-th value line the i-th percent.
    """

    def __init__(self, text: str) -> None:
        self.lines = text.split("\n")
        self.starts = list(accumulate((len(line) + 1 for line in self.lines[:-1]), initial=0))
        self.kinds = [_line_kind(line) for line in self.lines]
        self.value_of: dict[int, int] = {}  # name line → its value line
        self.percent_of: dict[int, int] = {}  # value line (or a row's own line) → its percent line
        self._pair_blocks()
        self.header: dict[int, tuple[_Column, ...]] = {}  # line → the column headings of the table it is in
        self.header_line: dict[int, int] = {}  # line → the line that holds those headings
        self.unit: dict[int, str] = {}  # line → the unit its table's heading gives bare numbers ("Amount (mg)")
        current: tuple[_Column, ...] = ()
        current_line = -1
        unit: str | None = None
        p = patterns()
        for i, line in enumerate(self.lines):
            if self.kinds[i] == "blank":
                current, unit = (), None
                continue
            if unit:
                self.unit[i] = unit
            heading_unit = p.unit_heading.search(line)
            if heading_unit and not p.amount.search(line):
                unit = heading_unit.group("unit")
            nxt = next((n for n in self.lines[i + 1 :] if n.strip()), "")
            labels = column_labels(line, nxt)
            if len(labels) >= 2:
                current, current_line = labels, i
            elif current:
                self.header[i] = current
                self.header_line[i] = current_line

    def first_headings(self) -> tuple[_Column, ...]:
        """The column headings of the first table that has them."""
        return next(iter(self.header.values()), ())

    def first_heading_span(self) -> tuple[int, int] | None:
        """Where the line of `first_headings` is in the text."""
        k = next(iter(self.header_line.values()), None)
        return None if k is None else (self.starts[k], self.starts[k] + len(self.lines[k]))

    def index(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1

    def _pair_blocks(self) -> None:
        runs: list[tuple[str, list[int]]] = []  # (kind, line indices), blank lines skipped
        for i, kind in enumerate(self.kinds):
            if kind == "blank":
                continue
            if runs and runs[-1][0] == kind:
                runs[-1][1].append(i)
            else:
                runs.append((kind, [i]))
        claimed: set[int] = set()

        def fits(r: int, v: int) -> bool:
            return 0 <= v < len(runs) and runs[v][0] == "values" and v not in claimed and len(runs[v][1]) == len(runs[r][1])

        # names before their amounts, or after them; where a name run could take either, the order the label
        # uses elsewhere (its first name run that fits only one way) decides
        name_runs = [r for r, (kind, _) in enumerate(runs) if kind == "name"]
        amounts_first = next((fits(r, r - 1) for r in name_runs if fits(r, r - 1) != fits(r, r + 1)), False)
        for r in name_runs:
            options = [v for v in ((r - 1, r + 1) if amounts_first else (r + 1, r - 1)) if fits(r, v)]
            if not options:
                continue
            v = options[0]
            claimed.add(v)
            values = runs[v][1]
            self.value_of.update(zip(runs[r][1], values))
            after = max(r, v) + 1  # "… names, amounts, percents" or "amounts, names, percents"
            if after < len(runs) and runs[after][0] == "percent" and len(runs[after][1]) == len(values):
                claimed.add(after)
                self.percent_of.update(zip(values, runs[after][1]))
        # a percent alone on the line after a row's amount ("Magnesium (as citrate) 200 mg\n48%") is that row's
        for r, (kind, pcts) in enumerate(runs):
            if kind == "percent" and r not in claimed and r > 0 and len(pcts) == 1 and runs[r - 1][0] in ("values", "other"):
                self.percent_of.setdefault(runs[r - 1][1][-1], pcts[0])


@dataclass(frozen=True)
class _Column:
    """A column heading of a facts table: the units it is given for ("pro Tagesdosis (2 Kapseln)": 2), or a
    reference quantity ("per 100 g")."""

    count: float
    unit: str
    reference: bool
    text: str = ""  # as the heading prints it ("Pour 3 comprimés")


def column_labels(line: str, next_line: str | None = None) -> tuple[_Column, ...]:
    """The amount columns a table's heading row names, in order. After a first heading with its column word
    ("Zawartość w 1 tabletce"), a count and unit alone is the next column's ("2 tabletkach (dzienna porcja)"); a
    heading right after a "%" names the %DV column ("% VNR* pour 2 gélules"), not an amount column."""
    p = patterns()
    depth = ParenDepths(line)
    found = list(p.column_label.finditer(line))
    if found:
        taken = [(m.start(), m.end()) for m in found]
        found += [m for m in p.count_unit.finditer(line, found[0].end())
                  if not any(a <= m.start() < b for a, b in taken)]
        # beside a serving's column, one for the whole day ("Amount Per Serving   %DV   Amount Per Day   %DV")
        found += [m for m in p.day_column.finditer(line) if not any(a <= m.start() < b for a, b in taken)]
        found.sort(key=lambda m: m.start())
    elif next_line is not None and not p.amount.search(line):
        # a heading row of bare counts, each a cell of its own ("Obsah   1 tableta   2 tablety   % RHP"): two or
        # more counts of units, each after a column gap or right after another (OCR may keep one space between
        # cells), on a line that holds no amount, over a row with an amount in each of those columns
        units = list(p.count_unit.finditer(line))
        found = [m for k, m in enumerate(units) if _RE_CELL_START.search(line, 0, m.start())
                 or (k and not line[units[k - 1].end() : m.start()].strip())]
        if len(found) < 2 or len(p.amount.findall(next_line)) < len(found):
            found = []
    out = []
    prev_end = 0
    for m in found:
        day = m.re is p.day_column
        count = 0.0 if day else count_of(m.group("count")) if m.group("count") else 1.0
        unit = "day" if day else p.unit_to_canonical.get(norm_key(m.group("unit")))
        # ("%DV Amount Per Day", "%DV Amount Per Day (2 Tablets)": a day's column names its own amounts, whatever
        # stands before it)
        day_heading = day or p.day_column.match(line, m.start()) is not None
        # a %DV is given for the serving of the amounts before it: a heading right after a "%" cell that repeats a
        # column's units (or precedes every column) is the %DV column's own; new units head a column of amounts
        # ("Per 3 Tablets %DV Per 6 Tablets (Daily) %DV"); a bare "per dose" there names no new units, so it is the
        # %DV of the dose column before it ("per dose (16 g)   %VNR* per dose")
        percent_heading = (not day_heading and _RE_PERCENT_CELL_END.search(line, prev_end, m.start()) is not None
                           and (not out or any((c.count, c.unit) == (count, unit) for c in out)
                                or (unit == "serving" and not m.group("count") and any(not c.reference for c in out))))
        # a bilingual heading gives each column in both languages, the second after a slash ("per 100 g / pour
        # 100 g   per zakje / par sachet (7,5 g)"): the same units again are the same column
        translation = bool(out) and (count, unit) == (out[-1].count, out[-1].unit) and line[prev_end : m.start()].strip() == "/"
        prev_end = m.end()
        if count is None or unit is None or depth[m.start()] or percent_heading or translation:
            continue  # (a heading's own parenthesis, "per dose (1 sachet in 500 ml)", is not another column)
        # a food table's reference column ("per 100 g"), or the whole pack's ("Per Bottle (237 mL)")
        out.append(_Column(count, unit, (unit in ("g", "ml") and count == 100) or unit == "container", " ".join(m.group(0).split())))
    return tuple(out)


def _line_kind(line: str) -> str:
    p = patterns()
    if not line.strip():
        return "blank"
    if _RE_VALUES_LINE.fullmatch(line):
        return "values"
    if _RE_PERCENT_LINE.fullmatch(line) or _RE_NO_PERCENT.fullmatch(line):
        return "percent"  # (a "†" or "*" alone is the %DV cell of a nutrient that has none)
    names = (p.nutrient, p.mg_word, p.form_mg_first, p.form_stem_first, p.standalone)
    depth = ParenDepths(line)
    outside = not any(depth[m.start()] == 0 for m in p.amount.finditer(line))  # "(from 1,000 mg …)" may be in a name
    if (_RE_NAME_WORD.search(line) and outside and any(n.search(line) for n in names)
            and not any(h.search(line) for h in (p.ingredient_heading, p.directions_heading, p.panel_heading))):
        return "name"  # (an ingredient list, directions or a heading that names magnesium is not a table's name cell)
    return "other"


def _percent_at(c: Cleaned, raw: str, lines: Lines, k: int) -> tuple[int | None, str | None]:
    """The %DV of line k: printed on it after its amount, or on the percent line paired with it."""
    p = patterns()
    line, start = lines.lines[k], lines.starts[k]
    pm = p.percent.search(line)
    if pm is None and k in lines.percent_of:
        k = lines.percent_of[k]
        line, start = lines.lines[k], lines.starts[k]
        pm = _RE_PERCENT_LINE.fullmatch(line)
        if pm is None:
            return None, None  # "†": no %DV for this row
        sp = c.raw_span(start + pm.start("pct"), start + pm.end())
        return int(pm.group("pct")), raw[sp[0] : sp[1]]
    if pm is None:
        return None, None
    sp = c.raw_span(start + pm.start(), start + pm.end())
    return int(pm.group("pct")), raw[sp[0] : sp[1]]


def _column(m, text: str, c: Cleaned, raw: str, off: int) -> tuple[Amount, int | None, str | None]:
    """One column of a row: the amount `m` found in `text` (at offset `off` of the cleaned text) with the %DV
    printed right after it."""
    pm = _RE_PERCENT_NEXT.match(text, m.end())
    return amount_of(m, c, raw, off), int(pm.group("pct")) if pm else None, pm.group(0).strip() if pm else None


def _column_block_amount(row: _Row, c: Cleaned, raw: str, lines: Lines) -> _Row:
    """OCR that read a table column by column: the row's name line takes the value line paired with it
    ("Calcium …\nMagnesium …\n500 mg 38%\n250 mg 60%", or the amounts first)."""
    p = patterns()
    here = lines.index(row.seg.start)
    k = lines.value_of.get(here)
    if k is None:
        return row
    found = list(p.amount.finditer(lines.lines[k]))
    declared = amount_of(found[0], c, raw, lines.starts[k])
    columns = tuple((amount_of(m, c, raw, lines.starts[k]), None, None) for m in found)
    percent, percent_raw = _percent_at(c, raw, lines, k)
    return replace(row, declared=declared, percent=percent, percent_raw=percent_raw, columns=columns,
                   marker=_marks(row, c), rules=row.rules + ("amount.column_block",))


def _percent_next_line(row: _Row, c: Cleaned, raw: str, lines: Lines) -> _Row:
    """A row whose amount ends its line and whose %DV sits alone on the next ('… 200 mg\n48%')."""
    if row.declared is None or row.percent is not None or row.seg.end != row.seg.line_end:
        return row
    here = lines.index(row.seg.start)
    if here not in lines.percent_of or patterns().percent.search(lines.lines[here]):
        return row
    percent, percent_raw = _percent_at(c, raw, lines, here)
    return replace(row, percent=percent, percent_raw=percent_raw, rules=row.rules + ("percent.next_line",))


def _unit_heading_amount(row: _Row, c: Cleaned, raw: str, lines: Lines) -> _Row:
    """'Magnesium (as magnesium bisglycinate chelate)   200   48%' under 'Amount Per Serving (mg)   % Daily Value':
    the heading gives the unit once, so the row's first bare number after its name is the amount in that unit."""
    unit = lines.unit.get(lines.index(row.seg.start))
    if row.declared is not None or unit is None:
        return row
    p = patterns()
    text = c.text
    depth = ParenDepths(text[row.seg.start : row.seg.end])
    m = next((m for m in p.bare_amount.finditer(text, row.seg.head.end, row.seg.end) if not depth[m.start() - row.seg.start]), None)
    if m is None:
        return row
    declared = unit_amount(m.group("num"), unit, c, raw, m.start(), m.end())
    percent = percent_raw = None
    pm = p.percent.search(text, m.end(), row.seg.end)
    if pm:
        percent = int(pm.group("pct"))
        psp = c.raw_span(pm.start(), pm.end())
        percent_raw = raw[psp[0] : psp[1]]
    return replace(row, declared=declared, percent=percent, percent_raw=percent_raw, rules=row.rules + ("amount.unit_heading",))


def _header_column(row: _Row, lines: Lines, serving: Serving, declared_count: float | None) -> _Row:
    """Amounts side by side under column headings ("pro 100 g | pro Stick", "Pour 1 comprimé | Pour 3 comprimés"):
    the reference column is not the product's; of the others, a "per serving" column is the serving, else the
    one for the most units (an EU table's daily dose). Without headings, the column that is the serving size
    times the first."""
    labels = lines.header.get(lines.index(row.seg.start), ())
    if len(row.columns) >= 2 and len(labels) == len(row.columns):
        kept = [i for i, lab in enumerate(labels) if not lab.reference]
        kept = [i for i in kept if labels[i].unit != "day"] or kept  # the day's column sums the servings of a day
        # a column for a number of units (a pump, a scoop, 3 tablets) over one for a quantity ("Per Bottle (237 mL)")
        kept = [i for i in kept if labels[i].unit not in ("g", "ml")] or kept
        if kept and (len(kept) < len(labels) or len({labels[i].count for i in kept}) > 1):
            # a "per serving" column; else the column for the serving size the label declares ("Serving Size 1
            # Capsule" over "1 Capsule | 3 Capsules"); else the one for the most units
            chosen = ([k for k in kept if labels[k].unit == "serving"] or [k for k in kept if labels[k].count == declared_count]
                      or [max(kept, key=lambda k: labels[k].count)])[0]
            amount, pct, pct_raw = row.columns[chosen]
            if row.declared is not None and amount.span == row.declared.span:
                return row  # the amount read in the row is that column's, with its own %DV
            return replace(row, declared=amount, percent=pct, percent_raw=pct_raw, rules=row.rules + ("amount.column_heading",))
    return _serving_column(row, serving)


def _serving_column(row: _Row, serving: Serving) -> _Row:
    """Per-unit and per-serving columns side by side: take the column that is the serving size times the first."""
    if len(row.columns) < 2:
        return row
    first, second = row.columns[0], row.columns[1]
    if serving.count and serving.count > 1 and abs(second[0].mg - first[0].mg * serving.count) <= 0.02 * second[0].mg:
        rules = row.rules + ("amount.serving_column",)
        if second[1] is None:  # "pro Kapsel 100 mg   pro Tagesdosis (3 Kapseln) 300 mg   80 %": the one %DV is the serving's
            return replace(row, declared=second[0], rules=rules)
        return replace(row, declared=second[0], percent=second[1], percent_raw=second[2], rules=rules)
    return row


def _states_something(line: str) -> bool:
    """Whether a line names a nutrient, magnesium or a heading, or holds an amount or a percent: a line a row's
    values cannot reach past."""
    p = patterns()
    return any(rx.search(line) for rx in (p.amount, p.percent, p.nutrient, p.mg_word, p.panel_heading,
                                          p.ingredient_heading, p.directions_heading))


def _wrapped_amount(row: _Row, c: Cleaned, raw: str, lines: Lines) -> _Row:
    """A row whose amount wrapped to the next line: 'Magnesium (as citrate)\\n200 mg 48%'."""
    p = patterns()
    text = c.text
    if row.declared is not None or row.seg.end != row.seg.line_end:
        return row
    here = lines.index(row.seg.start)
    if lines.value_of.get(here, here + 1) != here + 1:
        return _column_block_amount(row, c, raw, lines)  # a name in a column block: its place decides, not the next line
    off = row.seg.line_end + 1
    head_line_start = text.rfind("\n", 0, row.seg.head.start) + 1
    if row.seg.head.end > row.seg.line_end and not text[head_line_start : row.seg.head.start].strip(" \t•*-"):
        # the name itself wraps, alone on its lines ("MAGNESIUM" over "GLYCINATE" over "500 MG", a front label's
        # stacked title): the amount follows where the name ends, on its line or alone on the next (a name that ends
        # a sentence's line, "… apportano: magnesio" over "bisglicinato 1400 mg, di cui …", is prose: that line's
        # amounts are its own rows')
        name_line_end = text.find("\n", row.seg.head.end)
        name_line_end = len(text) if name_line_end == -1 else name_line_end
        off = row.seg.head.end if text[row.seg.head.end : name_line_end].strip() else name_line_end + 1
    while True:
        nxt_end = text.find("\n", off)
        nxt_end = len(text) if nxt_end == -1 else nxt_end
        nxt = text[off:nxt_end]
        m = p.grade.match(nxt) or _RE_LEADER.match(nxt)  # ("Magnesium hydroxide" over "USP 200 mg")
        am = p.amount.match(nxt, m.end())
        if am or not nxt.rstrip().endswith(":") or nxt_end == len(text) or _states_something(nxt):
            break
        # a caption that announces the values below ("Magnesium (gesamt)" / "Tagesbedarfsdeckung 2.0:" /
        # "• 400mg = 106.7% NRV"): the values under it are still the name's (a line of words that announces
        # nothing, "Proszek" / "Suplement diety" over a pack's "200 g", is not passed)
        off = nxt_end + 1
    if not am or (off > row.seg.line_end + 1 and p.nutrient.search(nxt, am.end())):
        return _column_block_amount(row, c, raw, lines)
    declared = amount_of(am, c, raw, off)
    percent = percent_raw = None
    pm = p.percent.search(nxt, am.end())
    bm = None if pm else p.bare_percent.match(nxt[am.end() :])
    if pm and not p.nutrient.search(nxt[am.end() : pm.start()]):
        percent = int(pm.group("pct"))
        sp = c.raw_span(off + pm.start(), off + pm.end())
        percent_raw = raw[sp[0] : sp[1]]
    elif bm:  # "444 mg 118": a %DV column printed without its sign
        percent = int(bm.group("pct").translate(DIGIT_LOOKALIKES))
        sp = c.raw_span(off + am.end() + bm.start("pct"), off + am.end() + bm.end("pct"))
        percent_raw = raw[sp[0] : sp[1]]
    elif not nxt[am.end() :].strip():
        # "200 mg" and "48%" each on a line of their own (OCR of a table): the percent line paired with it
        percent, percent_raw = _percent_at(c, raw, lines, lines.index(off))
    # the values line may hold the row's columns ("Magnesium" over "19,0 g   400 mg   107 %" under "pro 100 g |
    # pro Stick"): each amount with the %DV right after it, for the column headings to choose from
    columns = [_column(cm, nxt, c, raw, off) for cm in p.amount.finditer(nxt, am.start())]
    return replace(row, declared=declared, percent=percent, percent_raw=percent_raw, marker=_marks(row, c),
                   columns=tuple(columns) if len(columns) >= 2 else row.columns, rules=row.rules + ("amount.next_line",))


def _marks(row: _Row, c: Cleaned) -> bool:
    """Whether an elemental marker governs an amount found after the row's own text ("davon Magnesium" over
    its amount on another line): any marker in the row does."""
    return row.marker or patterns().elemental_marker.search(c.text, row.seg.start, row.seg.end) is not None


# The reading rules that place a row's values, by id (the ids appear in DeclaredRow.rules, in the basis reason
# shown to users, and in tests/test_parse_stages.py).
RULES = {
    "amount.in_row": "the declared amount is the row's first amount outside parentheses, after its name",
    "amount.after_marker": "after an elemental marker the amount is the element, the one before it the compound",
    "amount.unit_heading": "a table whose heading gives the unit ('Amount Per Serving (mg)'): a row's first bare number after its name",
    "amount.next_line": "a row with no amount takes the amount that starts the next line (a wrapped row)",
    "amount.column_block": "names read as one block and amounts as another (either first): the amount at the same position",
    "percent.next_line": "a %DV alone on the line after a row's amount is that row's",
    "amount.serving_column": "per-unit and per-serving columns: the column that is the serving size times the first",
    "amount.percent_column": "amounts side by side, headings lost: the column whose amount the row's %DV is the "
                             "percentage of (set by auditor.dose, which knows the Daily Values)",
    "amount.element_column": "a compound row's amounts side by side: a lighter column the row's %DV is the percentage of "
                             "is the magnesium, the first the salt's weight (set by auditor.dose)",
    "forms.footnote": "a row whose name carries a footnote mark takes the salts named in the note that starts with it",
    "head.source_in_lost_bracket": "a salt before a bracket closed but never opened is an element row's source clause",
    "amount.column_heading": "amounts under column headings: not the 'per 100 g' column; the column for the most units",
    "compound.names_form": "an amount followed by a compound name is that compound's weight",
    "compound.from_paren": "an amount inside '(from … )' is the compound's weight",
    "amount.before_name": "an amount right before the element's name ('300 mg de magnesio') is the element's",
    "amount.names_compound": "an amount right before the compound it names ('1330 mg of magnesium citrate') is its weight",
    "compound.before_name": "an amount before a compound name, in a row that states the element too, is the compound",
    "marker.elemental": "an elemental marker ('elemental', 'providing', 'davon') governs the declared amount",
}


def _declare(row: _Row, c: Cleaned, raw: str) -> DeclaredRow:
    """The row in raw-text coordinates, as a typed record."""
    p = patterns()
    forms = []
    for f, v, a, b in row.forms:
        sp = c.raw_span(a, b)
        forms.append(FormMention(f, raw[sp[0] : sp[1]], sp, v))
    span = c.raw_span(row.seg.start, row.seg.end)
    head = c.raw_span(row.seg.head.start, row.seg.head.end)
    label = forms[0].label_text if forms else raw[head[0] : head[1]]
    body = c.text[row.seg.start : row.seg.end]
    first_digit = _RE_DIGIT.search(c.text, row.seg.head.end, row.seg.end)
    blend = p.blend.search(c.text, row.seg.head.end, first_digit.start() if first_digit else row.seg.end)
    return DeclaredRow(
        per_unit=_per_unit(c.text, row),
        forms=tuple(forms),
        head="form" if row.head_is_form else "blend" if blend else "element",
        declared=row.declared,
        compound=row.compound,
        percent_dv=row.percent,
        percent_dv_raw=row.percent_raw,
        marker=row.marker,
        total=bool(p.total.search(body)),
        subrow=p.subrow.match(c.text, row.seg.start) is not None or _led_by_intro(c.text, row),
        restates=p.restates.match(c.text, row.seg.start) is not None,
        columns=tuple(DeclaredColumn(a, pct, pct_raw) for a, pct, pct_raw in row.columns),
        label_text=" ".join(label.split()),
        raw=raw[span[0] : span[1]].strip(),
        span=span,
        rules=row.rules,
    )


def _led_by_intro(text: str, row: _Row) -> bool:
    """A row whose line starts with a word that introduces its name ("from magnesium glycinate 150 mg", indented
    under "Magnesium 300 mg"), or with a name whose ending says so (Finnish "Magnesiumsitraatista 100 mg"): it
    names a source of the row above or below, not a nutrient of its own."""
    if row.seg.head.from_ending and not text[row.seg.start : row.seg.head.start].strip(" \t•*-–"):
        return True
    intro = patterns().intro.search(text, row.seg.start, row.seg.head.start)
    return intro is not None and not text[row.seg.start : intro.start()].strip(" \t•*-–")


def _per_unit(text: str, row: _Row) -> str | None:
    """The unit a row's amount is for when its line says one ("Each tablet contains 535 mg …", "Per capsule: …")."""
    if row.declared is None:
        return None
    p = patterns()
    line_start = text.rfind("\n", 0, row.seg.start) + 1
    stop = row.seg.start if row.seg.start > line_start else row.seg.head.end
    counts = [(sc.start(), sc.end()) for sc in p.servings_per_container.finditer(text, line_start, stop)]
    # the nearest heading before the row ("… Amount Per Serving: Magnesium …" is per serving), other than the
    # words of a servings count ("Servings Per Container: 60; Magnesium …")
    found = [m for m in p.column_label.finditer(text, line_start, stop) if not any(a <= m.start() < b for a, b in counts)]
    if not found and not text[line_start : row.seg.start].strip(" \t•*-–") and line_start:
        # the statement wrapped after its heading: "each tablespoonful (15 mL) contains:" ending the line above
        # (a line that ends in a colon introduces the next; its last clause, after any bullet, is the heading)
        above = text.rfind("\n", 0, line_start - 1) + 1
        if text[above : line_start - 1].rstrip().endswith(":"):
            clause = max(above, text.rfind("•", above, line_start - 1) + 1)
            found = list(p.column_label.finditer(text, clause, line_start - 1))
    if not found:
        return None
    m = found[-1]
    unit = p.unit_to_canonical.get(norm_key(m.group("unit")))
    return unit if unit not in (None, "g", "ml", "serving") and count_of(m.group("count") or "1") == 1 else None


def read_rows(c: Cleaned, raw: str, mentions: list[Mention], serving: Serving, skip, lines: Lines) -> tuple[DeclaredRow, ...]:
    """Every magnesium row of the cleaned text whose head `skip(offset)` does not exclude (the ingredient list)."""
    out = []
    # "Serving Size 1 Capsule", "Porcja: 2 kapsułki"; not a dose in the directions ("Zalecana dzienna porcja: 1
    # tabletka 2 razy dziennie" is one tablet a time, twice a day: the table's daily column stays the value)
    p = patterns()
    size = next((m for m in p.serving_size[1].finditer(c.text)
                 if not p.directions_heading.search(c.text, c.text.rfind("\n", 0, m.start()) + 1, m.start("count"))), None)
    declared_count = count_of(size.group("count")) if size else None
    for seg in _segments(c.text, mentions):
        if skip(seg.head.start):
            continue
        row = _unit_heading_amount(_read_segment(seg, c, raw), c, raw, lines)
        row = _header_column(_percent_next_line(_wrapped_amount(row, c, raw, lines), c, raw, lines), lines, serving, declared_count)
        out.append(_declare(row, c, raw))
    return _footnote_forms(tuple(out), raw)


# footnote marks a panel sets after a nutrient's name and again before its note (21 CFR 101.36(b)(2)(iii) puts a
# symbol after a dietary ingredient and the note below the panel)
_NOTE_MARKS = "*†‡§¶¹²³⁴⁵⁶⁷⁸⁹"
_RE_NOTE_MARK = re.compile(f"[{re.escape(_NOTE_MARKS)}]+")


def _footnote_forms(rows: tuple[DeclaredRow, ...], raw: str) -> tuple[DeclaredRow, ...]:
    """'Magnesium¹ 200 mg 48%' with '¹ as magnesium citrate and magnesium malate' below: the salts the note its mark
    points to names are the row's (and not a front-of-pack name's, 'Magnesium Citrate Malate'). A note that weighs
    its salt ('‡ As magnesium L-threonate (Magtein®), from 2 g per serving') is a compound row of its own here; the
    element row keeps where its note is (`footnote`), for the dose stage to pair the two."""
    out = list(rows)
    for i, r in enumerate(rows):
        if r.declared is None or r.forms:
            continue
        mark = _RE_NOTE_MARK.search(raw, r.span[0], r.declared.span[0])
        if mark is None:
            continue
        for note in re.finditer(r"(?m)^[ \t]*" + re.escape(mark.group()) + f"(?![{re.escape(_NOTE_MARKS)}])" + r"[^\n]*", raw[r.span[1] :]):
            a, b = r.span[1] + note.start(), r.span[1] + note.end()
            forms = tuple(f for x in rows if x.declared is None and a <= x.span[0] < b for f in x.forms)
            if forms:
                out[i] = replace(r, forms=forms, rules=r.rules + ("forms.footnote",))
                break
            if r.head == "element" and any(x.declared is not None and x.forms and a <= x.span[0] < b for x in rows):
                out[i] = replace(r, footnote=(a, b))
                break
    return tuple(out)
