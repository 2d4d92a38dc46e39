"""Layout variants of a label text: the same label as OCR engines deliver it (issue 9, item 3).

`variants(label_id, text)` takes one label text of the project's tables (tests/data/label_texts*.toml, samples/texts)
and returns seeded variants of its lines: name cells wrapped onto 2-3 lines, prose wrapped at a random width, name
and amount columns as separate blocks (names first, amounts first, or each column its own block, which is how a
per-serving and a per-day column come out of a column-wise reader), amounts on the next line, dot leaders, tabs
and pipes as column separators, wider, narrower or missing gaps between columns, headings repeated, blank lines
inserted or removed, stray case changes in headings, and random combinations of these. The audit of every variant
must equal the audit of the plain text (bench/invariance.py, tests/test_parse_invariance.py).

Fairness rules (a variant must say what the plain text says to a human reader, or it measures nothing):
- No number is dropped, invented or changed: the multiset of digit runs is the plain text's (checked for every
  variant by `fair`); a repeated heading only repeats digits the plain text already has. Words are kept too: the
  multiset of case-folded words is the plain text's, except for repeated headings.
- Two digit runs are never joined and one is never split: a line break never falls after a token holding a digit
  ("1,480 mg", "2 capsules", "1 480 mg" and OCR's "1OO rng" stay on one line), nor inside "% Daily Value"; a gap
  before a digit is removed only after a unit or a closing bracket ("200 mg48%", "citrate)300 mg"), never after a
  word ("BP300 g" would read as a code) or a number, and two letters never meet.
- A pipe separator never touches a digit ("|120 mg" reads as a misread "1120 mg"): it keeps a space on the
  digit's side. Dot leaders may touch both cells ("Magnesium Citrate.......200 mg"), as printed panels do.
- Only table rows are re-laid out: a row is a line whose first cell is a name (it has a letter, and any number in
  it sits inside parentheses or inside a word: "Magnesium (from 1,000 mg magnesium citrate)", "Vitamin B6")
  followed only by amount cells ("200 mg", "48%", "107 %", "**", "†"), at least one with a unit or a percent. Side-by-side panels ("Vitamin A
  750 mcg 83%   Biotin 30 mcg 100%"), sentences with amounts in the middle and "400 mg (equiv. magnesium 64.6 mg)"
  cells are left as printed, because moving their pieces could change what a reader pairs with what.
- Column blocks keep the row order, and every row of a block has a name and an amount. A block of one column per
  amount ("each column") is made only when every row of the run has the same number of amount cells; otherwise a
  row's amounts stay together on one line, so a reader can still pair the i-th name with the i-th amount line.
- Wrapped names are not combined with column blocks of more than one row (a reader could no longer tell which
  name lines make one name), and wrap breaks only at spaces (no hyphenation).
- Case changes touch headings only (panel titles, column headers, "Serving Size", footnote keys, and the
  "Directions:" style prefix before a colon), never names, amounts or units.
- Headings repeated are panel titles and column headers, never a row with an amount; repeated after the table,
  they go after every line of the panel that holds an amount (never between "Magnesium L-threonate 2,000 mg"
  and its "providing 144 mg" line).
- Blank lines are inserted or removed only between the plain text's lines, never inside a wrapped name nor after
  a hyphenated break ("Magne-" / "sium"), whose second half is never treated as a row either; nor is a line that
  carries the unit of a number left on the line above ("... Chelate) 200" / "mg 48%").
"""

from __future__ import annotations

import random
import re
import tomllib
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLES = sorted((ROOT / "tests" / "data").glob("label_texts*.toml"))
SAMPLE_TEXTS = ROOT / "samples" / "texts"

# every kind of transformation, in the order reports list them; "combo" applies 2-4 compatible ones
KINDS = (
    "wrap_names", "wrap_prose", "amount_next_line", "names_first", "amounts_first", "column_blocks",
    "dot_leaders", "tabs", "pipes", "spacing", "tight", "repeat_headers", "blank_lines", "heading_case", "combo",
)
VARIANTS_PER_LABEL = 24

# --- the pieces of a line --------------------------------------------------------------------------------------
# one amount cell: a number with a unit or a percent sign, or a footnote mark; a bare number is not an amount
_NUM = r"[<>≤≥]?\s?\d[\d.,]*"
_UNIT = r"(?:mg|mcg|µg|μg|g|IU|I\.U\.|mL|ml|kcal|kJ|%)"
AMOUNT = rf"(?:{_NUM}\s?{_UNIT}[*†‡]*|[*†‡]{{1,3}})"
AMOUNT_RUN = re.compile(rf"{AMOUNT}(?:\s+{AMOUNT})*")
AMOUNT_TOKEN = re.compile(AMOUNT)
HAS_UNIT = re.compile(rf"\d\s?{_UNIT}")
# gaps that already separate columns: tabs, pipes, two or more spaces, dot leaders
GAP = re.compile(r"\s*[\t|]\s*|\s{2,}|\s*(?:\.{3,}|…+|·{2,})\s*")
# a row whose amounts follow the name after a single space: "Magnesium (as citrate) 200 mg 48%"
TAIL = re.compile(rf"^(?P<name>.*?\S)\s(?P<amounts>{AMOUNT}(?:\s+{AMOUNT})*)$")

HEADING = re.compile(
    r"(?i)supplement\s+facts|nutrition\s+facts|drug\s+facts|amount\s+per|per\s+serving|daily\s+value|%\s?dv\b|"
    r"serving\s+size|servings\s+per|nutritional\s+information|typical\s+values|\bper\s+(?:capsule|tablet|softgel|"
    r"gumm|scoop|stick|sachet|day|daily|dose|\d)|nährwert|\bpro\s+(?:tagesdosis|kapsel|tablette|portion|brause|"
    r"\d)|%\s?nrv|\bnrv\b|valeurs\s+nutritionnelles|\bpar\s+(?:dose|jour|gélule|comprimé|\d)|%\s?vnr|\bvnr\b|"
    r"informazioni\s+nutrizionali|tenori\s+medi|información\s+nutricional|\bpor\s+(?:dosis|cápsula|\d)|"
    r"wartość\s+odżywcza|w\s+dziennej\s+porcji|%\s?rws|voedingswaarde|\bper\s+dagdosis|%\s?ri\b|"
    r"výživové\s+údaje|v\s+denní\s+dávce"
)
# headings a panel repeats: titles and column headers (not serving-size lines, not footnotes)
REPEATABLE = re.compile(
    r"(?i)^(?:supplement\s+facts|nutrition\s+facts|amount\s+per|%\s?daily\s+value|nutritional\s+information|"
    r"nährwert|valeurs\s+nutritionnelles|informazioni\s+nutrizionali|tenori\s+medi|información\s+nutricional|"
    r"wartość\s+odżywcza|voedingswaarde|výživové\s+údaje|per\s|pro\s|par\s|por\s)"
)
PREFIX = re.compile(r"^(?P<head>[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,3}):(?=\s)")
WORD = re.compile(r"[^\W\d_]+")
DIGITS = re.compile(r"\d+")


@dataclass
class Line:
    """One line of the plain text: its kind ('blank', 'row', 'heading', 'text'), indent and cells."""

    raw: str
    kind: str
    indent: str = ""
    name: str = ""
    amounts: list[str] = field(default_factory=list)
    cells: list[str] = field(default_factory=list)  # heading cells (split on the printed gaps)


@dataclass(frozen=True)
class Label:
    id: str
    text: str
    source: str


@dataclass(frozen=True)
class Variant:
    label_id: str
    kind: str  # one of KINDS
    ops: tuple[str, ...]  # the transformations applied, with their sub-mode ("wrap_names:bottom")
    seed: str
    text: str


def load_labels(include_samples: bool = True) -> list[Label]:
    """Every label text of tests/data/label_texts*.toml (key `label`, field `text`), then samples/texts/*.txt."""
    out = []
    for path in TABLES:
        for case in tomllib.loads(path.read_text(encoding="utf-8"))["label"]:
            out.append(Label(case["id"], case["text"], path.name))
    if include_samples:
        for path in sorted(SAMPLE_TEXTS.glob("*.txt")):
            out.append(Label("sample:" + path.stem, path.read_text(encoding="utf-8"), "samples/texts"))
    return out


# --- reading the plain text into lines --------------------------------------------------------------------------
def _name_ok(name: str) -> bool:
    """A name cell: has a letter, and any amount in it sits inside parentheses."""
    if not re.search(r"[^\W\d_]", name):
        return False
    outside = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", " ", name)
    # a number of its own outside brackets ("... 200 meg", "Omega 3") could be the amount: not a plain name
    return not re.search(r"(?<![^\W\d_])\d", outside) and "(" not in outside and ")" not in outside


def classify(raw: str) -> Line:
    """Classify one line of the plain text."""
    stripped = raw.strip()
    indent = raw[: len(raw) - len(raw.lstrip())]
    if not stripped:
        return Line(raw, "blank")
    coarse = [c for c in GAP.split(stripped) if c]
    # amount cells from the right: each coarse cell that is entirely amounts, then the name's own tail
    amounts: list[str] = []
    k = len(coarse)
    while k > 1 and AMOUNT_RUN.fullmatch(coarse[k - 1]):
        amounts = AMOUNT_TOKEN.findall(coarse[k - 1]) + amounts
        k -= 1
    if k == 1:
        name = coarse[0]
        m = TAIL.match(name)
        if m and not re.search(r"\d$", m["name"]):  # never split "1 480 mg" into "1" and "480 mg"
            amounts = AMOUNT_TOKEN.findall(m["amounts"]) + amounts
            name = m["name"]
        # the cells must also rebuild the line's words and numbers exactly (no token lost between the regexes)
        if (amounts and _name_ok(name) and any(HAS_UNIT.search(a) for a in amounts) and not AMOUNT_RUN.fullmatch(name)
                and _tokens(" ".join([name, *amounts])) == _tokens(stripped)):
            return Line(raw, "row", indent, name=name, amounts=amounts)
    if HEADING.search(stripped) and not HAS_UNIT.search(stripped) and len(stripped.split()) <= 10:
        return Line(raw, "heading", indent, cells=coarse)
    return Line(raw, "text", indent)


def _tokens(s: str) -> list[str]:
    return [t for t in re.split(r"[\s.…·|\t]+", s) if t]


def read_lines(text: str) -> list[Line]:
    """The plain text's lines, classified; a line after a hyphenated break ("Magne-" / "sium (as ...)") or after a
    line ending in a number ("... 200" / "mg 48%") continues that line, and is never a row of its own."""
    lines = [classify(raw) for raw in text.split("\n")]
    for prev, ln in pairwise(lines):
        # the rest of a hyphenated word, or the unit of a number the line above ends with ("200" / "mg 48%")
        if re.search(r"[-\d]$", prev.raw.rstrip()) and ln.kind == "row":
            ln.kind, ln.name, ln.amounts, ln.cells = "text", "", [], []
    return lines


# --- fairness ---------------------------------------------------------------------------------------------------
def numbers(text: str) -> Counter:
    return Counter(DIGITS.findall(text))


def _fold(w: str) -> str:
    """Case- and accent-blind form of a word, so a heading upper-cased in Turkish ('Şekli' → 'ŞEKLI') is still one word."""
    w = unicodedata.normalize("NFKD", w.casefold().replace("ı", "i"))
    return "".join(c for c in w if not unicodedata.combining(c))


def words(text: str) -> Counter:
    return Counter(_fold(w) for w in WORD.findall(_fold(text)))


def fair(plain: str, variant: str, repeats: bool = False) -> bool:
    """The variant keeps every number and word of the plain text (a repeated heading only repeats them)."""
    if repeats:
        return set(numbers(plain)) == set(numbers(variant)) and set(words(plain)) == set(words(variant))
    return numbers(plain) == numbers(variant) and words(plain) == words(variant)


# --- rendering a row --------------------------------------------------------------------------------------------
@dataclass
class Style:
    """How the gaps between the cells of a row or heading are printed."""

    kind: str = "plain"  # plain | tabs | pipes | leaders | spacing | tight
    rng: random.Random | None = None
    frame: bool = False  # pipes: "| a | b |"
    leader_space: tuple[str, str] = (" ", " ")  # leaders: spaces before and after the dots ("" = glued)

    def gap(self, left: str, right: str, first: bool) -> str:
        r = self.rng
        if self.kind == "tabs":
            return "\t" * (1 if r.random() < 0.8 else 2)
        if self.kind == "pipes":
            # a pipe touching a digit reads as a misread 1 ("|120 mg" = "1120 mg"?): keep a space on a digit's side
            g = r.choice([" | ", "|", " |", "| ", "  |  "])
            if right[:1].isdigit() and not g.endswith(" "):
                g += " "
            if left[-1:].isdigit() and not g.startswith(" "):
                g = " " + g
            return g
        if self.kind == "leaders" and first:
            dots = r.choice(".·") * r.randint(3, 40) if r.random() < 0.85 else "…" * r.randint(1, 6)
            return self.leader_space[0] + dots + self.leader_space[1]
        if self.kind == "spacing":
            return " " * r.choice([1, 1, 2, 3, 4, 6, 8, 12, 20, 35])
        if self.kind == "tight" and _may_glue(left, right):
            return ""
        return " " if self.kind == "tight" else "  "

    def join(self, cells: list[str], whole: bool = True) -> str:
        """Cells joined by this style's gaps; `whole`: a whole row (pipes may frame it), not a row's amounts only."""
        out = cells[0]
        for i in range(1, len(cells)):
            out += self.gap(cells[i - 1], cells[i], whole and i == 1) + cells[i]
        if self.kind == "pipes" and self.frame and whole:
            out = "| " + out + " |"
        return out


def _may_glue(left: str, right: str) -> bool:
    """May the gap between two cells vanish? Only where a reader still sees two cells.

    Before a digit only a unit ("200 mg48%") or a closing bracket or colon ("citrate)300 mg") may touch it, never a
    word ("BP300 g" reads as a code) or another number; elsewhere two letters never meet (words stay words).
    """
    if not left or not right:
        return False
    if right[0].isdigit():
        return left[-1] in ")]:" or re.fullmatch(r"(?:mg|mcg|µg|μg|g|IU|mL|ml)[*†‡]*", left.split()[-1]) is not None
    return not (left[-1].isalnum() and right[0].isalnum())


# --- the transformations ----------------------------------------------------------------------------------------
def _breakable(tokens: list[str], i: int) -> bool:
    """May a line break fall before tokens[i]? Never after a token with a digit (keeps '1,000 mg', '2 capsules',
    and OCR's '1OO rng' together), nor inside '% Daily Value', nor before a closing bracket or a percent."""
    return (i > 0 and not re.search(r"\d", tokens[i - 1]) and tokens[i - 1] != "%"
            and not tokens[i].startswith(("%", ")")))


def wrap_words(s: str, width: int, max_lines: int | None = None) -> list[str]:
    """Greedy wrap of s at `width` characters, breaking only where `_breakable` allows."""
    toks = s.split()
    lines: list[list[str]] = [[]]
    for i, t in enumerate(toks):
        cur = lines[-1]
        if cur and len(" ".join(cur + [t])) > width and _breakable(toks, i):
            lines.append([t])
        else:
            cur.append(t)
    out = [" ".join(x) for x in lines if x]
    if max_lines and len(out) > max_lines:
        out = out[: max_lines - 1] + [" ".join(out[max_lines - 1 :])]
    return out


def _wrap_name(name: str, rng: random.Random) -> list[str] | None:
    """The name on 2-3 lines at a random width, or None when it cannot be broken fairly."""
    if len(name.split()) < 2:
        return None
    for _ in range(6):
        width = rng.randint(max(6, len(name) // 3), max(7, len(name) - 1))
        parts = wrap_words(name, width, max_lines=3)
        if 2 <= len(parts) <= 3:
            return parts
    return None


def _runs(lines: list[Line]) -> list[tuple[int, int]]:
    """(start, end) of every run of consecutive table rows."""
    out, i = [], 0
    while i < len(lines):
        if lines[i].kind == "row":
            j = i
            while j < len(lines) and lines[j].kind == "row":
                j += 1
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


class Builder:
    """Applies a list of transformations to the lines of one plain text and renders the variant."""

    def __init__(self, text: str, rng: random.Random):
        self.text = text
        self.rng = rng
        self.lines = read_lines(text)
        self.style = Style("plain", rng)
        self.ops: list[str] = []
        # per line: the output lines that replace it (None: print the plain line unchanged)
        self.out: list[list[str] | None] = [None] * len(self.lines)
        self.blocked: set[int] = set()  # rows already laid out by a block transformation
        self.extra_after: dict[int, list[str]] = {}
        self.repeats = False

    # row and heading text under the current style
    def _row(self, ln: Line) -> str:
        return ln.indent + self.style.join([ln.name, *ln.amounts]) if self.style.kind != "plain" else ln.raw

    def _amounts(self, ln: Line) -> str:
        return self.style.join(ln.amounts, whole=False) if self.style.kind != "plain" else "  ".join(ln.amounts)

    def rows(self) -> list[int]:
        return [i for i, ln in enumerate(self.lines) if ln.kind == "row"]

    # --- separators: tabs, pipes, leaders, spacing, tight ---
    def separators(self, kind: str) -> bool:
        rows = self.rows()
        # a heading continued on an indented line below is aligned by position: left as printed
        heads = [i for i, ln in enumerate(self.lines) if ln.kind == "heading" and len(ln.cells) > 1
                 and not (i + 1 < len(self.lines) and re.match(r" {4,}\S", self.lines[i + 1].raw))]
        if not rows:
            return False
        self.style = Style(kind, self.rng, frame=kind == "pipes" and self.rng.random() < 0.4,
                           leader_space=(self.rng.choice([" ", ""]), self.rng.choice([" ", ""])))
        if kind == "pipes":
            self.ops.append(f"pipes:{'frame' if self.style.frame else 'inner'}")
        elif kind == "leaders":
            self.ops.append("leaders:" + ("spaced" if self.style.leader_space == (" ", " ") else "glued"))
        else:
            self.ops.append(kind)
        if kind in ("tabs", "pipes", "spacing"):
            for i in heads:
                self.out[i] = [self.lines[i].indent + self.style.join(self.lines[i].cells)]
        for i in rows:
            if i not in self.blocked:
                self.out[i] = [self._row(self.lines[i])]
        return True

    # --- row layouts ---
    def wrap_names(self) -> bool:
        rows = [i for i in self.rows() if i not in self.blocked]
        done = False
        align = self.rng.choice(["top", "bottom", "middle"])
        for i in rows:
            if self.rng.random() < 0.35 and done:
                continue
            ln = self.lines[i]
            parts = _wrap_name(ln.name, self.rng)
            if not parts:
                continue
            at = {"top": 0, "bottom": len(parts) - 1, "middle": len(parts) // 2}[align]
            amounts = self._amounts(ln)
            gap = self.style.gap(parts[at], ln.amounts[0], True) if self.style.kind != "plain" else "   "
            out = [ln.indent + p for p in parts]
            out[at] = out[at] + gap + amounts
            self.out[i] = out
            self.blocked.add(i)
            done = True
        if done:
            self.ops.append(f"wrap_names:{align}")
        return done

    def amount_next_line(self) -> bool:
        rows = [i for i in self.rows() if i not in self.blocked]
        if not rows:
            return False
        each = self.rng.random() < 0.3
        for i in rows:
            ln = self.lines[i]
            amounts = ln.amounts if each else [self._amounts(ln)]
            self.out[i] = [ln.indent + ln.name, *amounts]
            self.blocked.add(i)
        self.ops.append("amount_next_line:" + ("each" if each else "joined"))
        return True

    def blocks(self, order: str) -> bool:
        """Name and amount columns as separate blocks: names_first, amounts_first or column_blocks."""
        runs = [(a, b) for a, b in _runs(self.lines) if not any(i in self.blocked for i in range(a, b))]
        if order == "column_blocks":
            runs = [(a, b) for a, b in runs if len({len(self.lines[i].amounts) for i in range(a, b)}) == 1
                    and (b - a > 1 or len(self.lines[a].amounts) > 1)]
        if not runs:
            return False
        for a, b in runs:
            rows = [self.lines[i] for i in range(a, b)]
            names = [ln.name for ln in rows]
            if order == "column_blocks":
                cols = [[ln.amounts[c] for ln in rows] for c in range(len(rows[0].amounts))]
                block = names + [x for col in cols for x in col]
            elif order == "names_first":
                block = names + [self._amounts(ln) for ln in rows]
            else:
                block = [self._amounts(ln) for ln in rows] + names
            self.out[a] = block
            for i in range(a + 1, b):
                self.out[i] = []
            self.blocked.update(range(a, b))
        self.ops.append(order)
        return True

    # --- headings and blank lines ---
    def repeat_headers(self) -> bool:
        heads = [i for i, ln in enumerate(self.lines) if ln.kind == "heading" and REPEATABLE.search(ln.raw.strip())]
        if not heads:
            return False
        mode = self.rng.choice(["adjacent", "after_table"])
        runs = _runs(self.lines)
        for i in heads:
            copy = self.lines[i].raw.strip()
            if mode == "after_table" and runs:
                end = next((b for a, b in runs if a > i), runs[-1][1])
                # past every line of the panel that still holds an amount ("providing 144 mg ...")
                while end < len(self.lines) and (self.lines[end].kind == "row" or HAS_UNIT.search(self.lines[end].raw)):
                    end += 1
                self.extra_after.setdefault(end - 1, []).append(copy)
            else:
                self.extra_after.setdefault(i, []).append(copy)
        self.repeats = True
        self.ops.append(f"repeat_headers:{mode}")
        return True

    def heading_case(self) -> bool:
        changed = False
        for i, ln in enumerate(self.lines):
            if self.out[i] is not None or self.rng.random() < 0.35:
                continue
            how = self.rng.choice([str.upper, str.lower, str.title, str.capitalize])
            if ln.kind == "heading":
                new = ln.indent + how(ln.raw.strip())
            elif ln.kind in ("text", "row") and (m := PREFIX.match(ln.raw.strip())):
                s = ln.raw.strip()
                new = ln.indent + how(m["head"]) + s[m.end("head") :]
            else:
                continue
            if new != ln.raw:
                self.out[i] = [new]
                changed = True
        if changed:
            self.ops.append("heading_case")
        return changed

    def blank_lines(self) -> bool:
        mode = self.rng.choice(["insert", "insert", "remove", "whitespace"])
        blanks = [i for i, ln in enumerate(self.lines) if ln.kind == "blank" and 0 < i < len(self.lines) - 1]
        if mode == "remove":
            if not blanks:
                mode = "insert"
            else:
                for i in blanks:
                    self.out[i] = []
        if mode in ("insert", "whitespace"):
            filler = "" if mode == "insert" else " " * self.rng.randint(1, 6)
            for i in range(len(self.lines) - 1):
                if self.lines[i].raw.rstrip().endswith("-"):  # never between the halves of a hyphenated word
                    continue
                if self.rng.random() < 0.3:
                    self.extra_after.setdefault(i, []).append(filler)
                    if self.rng.random() < 0.3:
                        self.extra_after[i].append(filler)
        self.ops.append(f"blank_lines:{mode}")
        return True

    def wrap_prose(self) -> bool:
        width = self.rng.randint(18, 60)
        changed = False
        for i, ln in enumerate(self.lines):
            if self.out[i] is not None or ln.kind not in ("text", "heading") or len(ln.raw.strip()) <= width:
                continue
            parts = wrap_words(ln.raw.strip(), width)
            if len(parts) > 1:
                self.out[i] = [ln.indent + parts[0], *parts[1:]]
                changed = True
        if changed:
            self.ops.append(f"wrap_prose:{width}")
        return changed

    def render(self) -> str:
        out: list[str] = []
        for i, ln in enumerate(self.lines):
            out += [ln.raw] if self.out[i] is None else self.out[i]
            out += self.extra_after.get(i, [])
        return "\n".join(out)


SEPARATORS = {"dot_leaders": "leaders", "tabs": "tabs", "pipes": "pipes", "spacing": "spacing", "tight": "tight"}
LAYOUTS = ("wrap_names", "amount_next_line", "names_first", "amounts_first", "column_blocks")


def _apply(b: Builder, kind: str) -> bool:
    if kind in SEPARATORS:
        return b.separators(SEPARATORS[kind])
    if kind == "wrap_names":
        return b.wrap_names()
    if kind == "amount_next_line":
        return b.amount_next_line()
    if kind in ("names_first", "amounts_first", "column_blocks"):
        return b.blocks(kind)
    return getattr(b, kind)()


def make_variant(label_id: str, text: str, kind: str, seed: str) -> Variant | None:
    """One variant of `text` of the given kind, or None when the kind does not apply to this label."""
    rng = random.Random(seed)
    b = Builder(text, rng)
    if kind == "combo":
        # separators first (they set how rows are printed), then at most one row layout, then the rest
        steps = []
        sep = rng.choice([None, *SEPARATORS])
        if sep:
            steps.append(sep)
        layout = rng.choice([None, *LAYOUTS])
        if layout:
            steps.append(layout)
        steps += [k for k in ("repeat_headers", "heading_case", "blank_lines", "wrap_prose") if rng.random() < 0.4]
        if len(steps) < 2:
            steps += rng.sample(["heading_case", "blank_lines", "wrap_prose"], 2 - len(steps))
        applied = 0
        for k in steps:
            if k in ("names_first", "amounts_first", "column_blocks") and "wrap_names" in steps:
                continue
            applied += _apply(b, k)
        if applied < 2:
            return None
    elif not _apply(b, kind):
        return None
    out = b.render()
    if out == text:
        return None
    if not fair(text, out, repeats=b.repeats):
        raise AssertionError(f"unfair variant {kind} of {label_id} (seed {seed!r}): a number or word changed\n{out}")
    return Variant(label_id, kind, tuple(b.ops), seed, out)


def variants(label_id: str, text: str, n: int = VARIANTS_PER_LABEL, seed: int = 0, kinds: tuple[str, ...] = KINDS) -> list[Variant]:
    """At least `n` distinct seeded variants of one label (fewer only when few kinds apply to it).

    Every applicable kind other than combo gets one variant; then kinds are drawn in turn (combos twice as often)
    until n distinct variants exist or 6n attempts are spent.
    """
    out: list[Variant] = []
    seen = {text}
    singles = [k for k in kinds if k != "combo"]
    attempt = 0

    def add(kind: str) -> None:
        nonlocal attempt
        v = make_variant(label_id, text, kind, f"{seed}:{label_id}:{kind}:{attempt}")
        attempt += 1
        if v is not None and v.text not in seen:
            seen.add(v.text)
            out.append(v)

    for k in singles:
        add(k)
    pool = [k for k in singles if any(v.kind == k for v in out)] + (["combo", "combo"] if "combo" in kinds else [])
    rng = random.Random(f"{seed}:{label_id}:pool")
    while len(out) < n and attempt < 6 * n and pool:
        add(rng.choice(pool))
    return out


# --- comparing audits --------------------------------------------------------------------------------------------
FIELDS = ("status", "elemental_mg", "forms", "basis", "percent_dv", "servings_per_container", "daily_servings", "verdict")


def essence(text: str) -> dict:
    """What a reader takes from the audit of `text` (via the JSON contract), the fields layout must not change.

    An exception is a result too: {"exception": "Type: message"}.
    """
    from auditor import audit_text, to_dict

    try:
        d = to_dict(audit_text(text))
    except Exception as e:  # noqa: BLE001 - reported as a difference, not a crash of the comparison
        return {"exception": f"{type(e).__name__}: {e}"[:300]}
    mg = d.get("magnesium") or {}
    sources = mg.get("sources") or []
    sv = d.get("serving") or {}
    el = mg.get("elemental_mg")
    return {
        "status": d.get("status"),
        "elemental_mg": None if el is None else round(el, 1),
        "forms": sorted({f for s in sources for f in (s.get("forms") or [s.get("form")])}),
        "basis": sorted({s.get("basis") for s in sources}),
        "percent_dv": mg.get("percent_dv"),
        "servings_per_container": sv.get("servings_per_container"),
        "daily_servings": sv.get("daily_servings"),
        "verdict": (d.get("verdict") or {}).get("level"),
    }


def differences(plain: dict, variant: dict) -> list[str]:
    """The essence fields that differ ('exception' when either audit raised and they differ)."""
    if "exception" in plain or "exception" in variant:
        return [] if plain == variant else ["exception"]
    return [f for f in FIELDS if plain[f] != variant[f]]
