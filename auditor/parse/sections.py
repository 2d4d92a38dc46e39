"""Sections of a label: where the ingredient list runs, and the co-ingredients that matter to the verdict
(stimulants, zinc, calcium, sleep aids)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import regex as re

from ..clean import Cleaned, fold
from ..models import CoIngredient
from .lexicon import display_name, patterns
from .rows import Lines, column_labels
from .tokens import amount_of


_RE_NEWLINE = re.compile(r"\n")
_RE_LIST_SEPARATOR = re.compile(r"[,;]|\.\s")


def ingredient_sections(text: str) -> list[tuple[int, int]]:
    p = patterns()
    out = []
    for m in p.ingredient_heading.finditer(text):
        # "Active ingredients" (Drug Facts) and "Medicinal ingredients" (Canada) head the panel, not a list
        before = fold(text[max(0, m.start() - 12) : m.start()]).lower()
        if re.search(r"(?<!non-)(?<!non )(?:active|medicinal)\s*$", before) or re.match(r"\s*medicinaux", text[m.end() : m.end() + 12], re.I):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        if text[line_start : m.start()].strip(" \t•■*-|") and ":" not in m.group(0) and not text[m.end() : m.end() + 2].lstrip().startswith(":"):
            continue  # "made with domestic and imported ingredients": a sentence, not the list
        line_end = text.find("\n", m.end())
        rest = text[m.end() : len(text) if line_end == -1 else line_end]
        rest = rest[: _RE_LIST_SEPARATOR.search(rest + ",").start()]  # a heading row has no list separator before its labels
        headings = len(column_labels(rest)) or int(patterns().count_unit.search(rest) is not None)
        if not rest.lstrip().startswith(":") and headings + ("%" in rest) >= 2:
            continue  # "Składniki   w 2 tabletkach   % RWS": the heading row of a table, not the list
        end = text.find("\n\n", m.end())
        end = len(text) if end == -1 else end
        # a list that ends its line with a full stop is over (the panel may follow with no blank line)
        period = re.search(r"\.[ \t]*\n", text[m.end() : end])
        end = m.end() + period.end() - 1 if period else end
        stop = p.directions_heading.search(text, m.end(), end)
        w = re.search(r"(?i)\b(?:warning|caution|store|ostrzezenie|warnhinweis|hinweis|distributed|manufactured)", text[m.end() : end])
        cut = min([x for x in (stop.start() if stop and stop.start() > m.end() + 3 else None, m.end() + w.start() if w else None) if x] + [end])
        out.append((m.start(), cut))
    return out



# A product's name or a front claim is a few words ("Magnesium for Sleep & Relaxation": five); a sentence of running
# text that names the element ("Magnesium is needed to convert vitamin D into its active form.") is longer and ends
# in a full stop.
PROSE_MIN_WORDS = 6
_RE_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_RE_PROSE_WORD = re.compile(r"\p{L}+")


def in_prose(text: str, pos: int) -> bool:
    """Whether offset `pos` lies in a sentence of running text on its line: one that ends in a full stop, a "!" or
    a "?" and holds at least PROSE_MIN_WORDS words and no amount. Magnesium named there is talked about ("pair with
    a magnesium supplement"), not declared."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end == -1 else line_end
    ends = [m.end() for m in _RE_SENTENCE_END.finditer(text, line_start, line_end)]
    end = next((e for e in ends if e > pos), None)
    if end is None:
        return False  # a title or a name, not a sentence
    start = max((e for e in ends if e <= pos), default=line_start)
    sentence = text[start:end]
    return len(_RE_PROSE_WORD.findall(sentence)) >= PROSE_MIN_WORDS and not patterns().amount.search(sentence)


_RE_HEADING_END = re.compile(r"[ \t]*(?:[:•.\-–]|$)", re.MULTILINE)


def directions_sections(text: str) -> list[tuple[int, int]]:
    """The lines the directions run on: from a directions heading that starts its line and ends in a colon, a
    bullet or the line's end ("Dosierung: …", "Directions • …", "Suggested Use"), to the end of that line.

    An amount there ("2-3 Tabletten täglich (98,4 mg Magnesium)") is a dose the directions work out, not a
    content the panel declares; a verb heading inside a sentence ("… then take 2") does not start a section.
    """
    out = []
    for m in patterns().directions_heading.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if text[line_start : m.start()].strip(" \t•■*-|") or not _RE_HEADING_END.match(text, m.end()):
            continue
        end = text.find("\n", m.end())
        out.append((line_start, len(text) if end == -1 else end))
    return out



def co_ingredients(text: str, c: Cleaned, raw: str, lines: Lines) -> tuple[CoIngredient, ...]:
    """Zinc, calcium, stimulants and sleep aids named on the label, each with the amount of its row (on its line,
    or the value line a column block pairs with it)."""
    p = patterns()
    out = []
    # where other nutrients, magnesium words and amounts start, found once: each co-ingredient's row runs to the
    # next of them on its line (binary searches, so a long line of many rows stays linear)
    nutrient_starts = [m.start() for m in p.nutrient.finditer(text)]
    mg_starts = [m.start() for m in p.mg_word.finditer(text)]
    amounts = list(p.amount.finditer(text))
    amount_starts = [m.start() for m in amounts]
    newlines = [m.start() for m in _RE_NEWLINE.finditer(text)] + [len(text)]

    def first_at(starts: list[int], pos: int, end: int) -> int:
        k = bisect_left(starts, pos)
        return starts[k] if k < len(starts) and starts[k] < end else end

    for kind, rx, neg in p.coingredients:
        negated = [(m.start(), m.end()) for m in neg.finditer(text)] if neg else []
        neg_starts = [a for a, _ in negated]
        for m in rx.finditer(text):
            k = bisect_right(neg_starts, m.start())
            if k and m.start() < negated[k - 1][1]:
                continue
            # "magnesium-free caffeine"? no: an amount must follow on the same row for zinc/calcium
            line_end = newlines[bisect_left(newlines, m.end())]
            stop = min(first_at(nutrient_starts, m.end() + 1, line_end), first_at(mg_starts, m.end(), line_end))
            k = bisect_left(amount_starts, m.end())
            am = amounts[k] if k < len(amounts) and amounts[k].end() <= stop else None
            # "Calcium (as calcium carbonate)" inside a magnesium row's parentheses is not a calcium row
            amount = amount_of(am, c, raw) if am else None
            here = lines.index(m.start())
            if amount is None and here in lines.value_of:
                k = lines.value_of[here]
                am = p.amount.search(lines.lines[k])
                amount = amount_of(am, c, raw, lines.starts[k]) if am else None
            sp = c.raw_span(m.start(), m.end())
            out.append(CoIngredient(name=display_name(m.group(0)), kind=kind, amount=amount, raw=raw[sp[0] : sp[1]], span=sp))
    return tuple(out)


# ---------------------------------------------------------------- the parser


