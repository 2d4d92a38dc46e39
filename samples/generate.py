#!/usr/bin/env python3
"""Deterministic generator of supplement-label sample images with hand-checked expected values.

Run from anywhere:  python samples/generate.py
Writes samples/images/*, samples/texts/<product>.txt and samples/expected.csv.

Only Pillow (and pillow-heif for the one HEIC file) is used.  Every random choice comes
from random.Random(<fixed seed>), so a rerun writes the same bytes for the same Pillow /
libjpeg / zlib / libheif build.

Every expected number below is written by hand with its arithmetic in a comment; nothing
here imports or calls the `auditor` package.

Mg mass fractions used in the comments (reference section 1, molmass):
  glycinate Mg(C2H4NO2)2 0.1410 (.H2O 0.1276, .2H2O 0.1166)
  citrate Mg3(C6H5O7)2 0.1616 (.9H2O 0.1189)     oxide MgO 0.6030
  threonate 0.0825   taurate 0.0892   malate 0.1554 (.3H2O 0.1155)
  chloride 0.2553 (.6H2O 0.1196)
US %DV: magnesium DV 420 mg.  EU %NRV: magnesium NRV 375 mg.
"""

from __future__ import annotations

import csv
import io
import math
import os
import random
import sys
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont, ImageOps

HERE = Path(__file__).resolve().parent
IMG_DIR = HERE / "images"
TXT_DIR = HERE / "texts"
FONT_ROOT = Path("/usr/share/fonts/truetype")
APT_HINT = (
    "apt-get install fonts-dejavu-core fonts-liberation fonts-freefont-ttf"
    " (DejaVu Sans Condensed comes from fonts-dejavu-extra)"
)

# ---------------------------------------------------------------------------------------
# Fonts
# ---------------------------------------------------------------------------------------

FAMILIES = {
    "dejavu_sans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "dejavu_serif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "dejavu_cond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "liberation_sans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
    "liberation_narrow": (
        "liberation/LiberationSansNarrow-Regular.ttf",
        "liberation/LiberationSansNarrow-Bold.ttf",
    ),
    "liberation_serif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    "freesans": ("freefont/FreeSans.ttf", "freefont/FreeSansBold.ttf"),
    "freeserif": ("freefont/FreeSerif.ttf", "freefont/FreeSerifBold.ttf"),
}


def check_fonts() -> None:
    missing = [
        str(FONT_ROOT / rel) for pair in FAMILIES.values() for rel in pair if not (FONT_ROOT / rel).is_file()
    ]
    if missing:
        sys.exit(
            "samples/generate.py: missing font file(s):\n  "
            + "\n  ".join(missing)
            + f"\nInstall them with:  {APT_HINT}"
        )


_FONT_CACHE: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}


def load_font(rel: str, size: int) -> ImageFont.FreeTypeFont:
    key = (rel, size)
    if key not in _FONT_CACHE:
        _FONT_CACHE[key] = ImageFont.truetype(str(FONT_ROOT / rel), size)
    return _FONT_CACHE[key]


# ---------------------------------------------------------------------------------------
# Colours
# ---------------------------------------------------------------------------------------

WHITE = (255, 255, 255)
PALE_YELLOW = (255, 247, 212)
PALE_BLUE = (224, 237, 250)
PALE_GREEN = (226, 243, 224)
BLACK = (0, 0, 0)
NAVY = (18, 30, 66)
DARK_BROWN = (48, 32, 20)
DARK_GREEN = (16, 52, 30)


# ---------------------------------------------------------------------------------------
# Panel renderer
# ---------------------------------------------------------------------------------------


class Panel:
    """Draws one label panel top to bottom and records every printed line."""

    def __init__(self, width, family, fg=BLACK, bg=WHITE, body=30, title=68, small=24, margin=40, pad=16):
        self.W = width
        self.fg = fg
        self.bg = bg
        self.reg_path, self.bold_path = FAMILIES[family]
        self.sz = {"body": body, "title": title, "small": small, "head": max(small, body - 4)}
        self.margin = margin
        self.pad = pad
        self.img = Image.new("RGB", (width, 5000), bg)
        self.d = ImageDraw.Draw(self.img)
        self.y = margin
        self.lines: list[str] = []
        self.box_top: int | None = None
        self.x0 = margin  # box outer left
        self.x1 = width - margin  # box outer right
        self.ix0 = self.x0 + pad  # inner left
        self.ix1 = self.x1 - pad  # inner right

    # -- fonts --------------------------------------------------------------------------
    def font(self, kind="body", bold=False, size=None):
        return load_font(self.bold_path if bold else self.reg_path, size or self.sz[kind])

    @staticmethod
    def lh(f):
        a, d = f.getmetrics()
        return int(round((a + d) * 1.18))

    # -- primitives -----------------------------------------------------------------------
    def runs(self, x, baseline, runs):
        for text, f in runs:
            self.d.text((x, baseline), text, font=f, fill=self.fg, anchor="ls")
            x += self.d.textlength(text, font=f)
        return x

    def wrap_words(self, words, maxw):
        """words: list of (word, font). Returns list of lines (list of (word, font))."""
        lines, cur, curw = [], [], 0.0
        for w, f in words:
            ww = self.d.textlength(w, font=f)
            sp = self.d.textlength(" ", font=f) if cur else 0
            if cur and curw + sp + ww > maxw:
                lines.append(cur)
                cur, curw = [], 0.0
                sp = 0
            cur.append((w, f))
            curw += sp + ww
        if cur:
            lines.append(cur)
        return lines

    def emit_wrapped(self, x, maxw, words, line_h, align="left"):
        for line in self.wrap_words(words, maxw):
            runs = []
            for i, (w, f) in enumerate(line):
                runs.append(((" " if i else "") + w, f))
            text = "".join(t for t, _ in runs)
            width = sum(self.d.textlength(t, font=f) for t, f in runs)
            a, _ = line[0][1].getmetrics()
            xx = x if align == "left" else x + (maxw - width) / 2
            self.runs(xx, self.y + a, runs)
            self.lines.append(text)
            self.y += line_h

    # -- items ----------------------------------------------------------------------------
    def box_start(self):
        self.y += 4
        self.box_top = self.y
        self.y += self.pad // 2 + 4

    def box_end(self):
        self.y += self.pad // 2
        self.d.rectangle([self.x0, self.box_top, self.x1, self.y], outline=self.fg, width=4)
        self.box_top = None
        self.y += 18

    def title(self, text, size=None, align="left"):
        f = self.font("title", True, size)
        a, dsc = f.getmetrics()
        w = self.d.textlength(text, font=f)
        x = self.ix0 if align == "left" else (self.W - w) / 2
        self.d.text((x, self.y + a), text, font=f, fill=self.fg, anchor="ls")
        self.lines.append(text)
        self.y += a + dsc + 6

    def text(self, text, bold_prefix="", kind="body", bold=False, align="left", size=None, color=None):
        """One or more lines of running text (wrapped to the inner width)."""
        fb = self.font(kind, True, size)
        fr = self.font(kind, bold, size)
        words = [(w, fb) for w in bold_prefix.split()] + [(w, fr) for w in text.split()]
        old = self.fg
        if color:
            self.fg = color
        self.emit_wrapped(self.ix0, self.ix1 - self.ix0, words, self.lh(fr), align)
        self.fg = old

    def rule(self, kind="thin"):
        t = {"thick": 12, "medium": 6, "thin": 2}[kind]
        gap = {"thick": 6, "medium": 5, "thin": 4}[kind]
        self.y += gap
        self.d.rectangle([self.ix0, self.y, self.ix1, self.y + t - 1], fill=self.fg)
        self.y += t + gap

    def head(self, left, right, x0=None, x1=None, record=True):
        f = self.font("head", True)
        a, dsc = f.getmetrics()
        x0 = self.ix0 if x0 is None else x0
        x1 = self.ix1 if x1 is None else x1
        self.d.text((x0, self.y + a), left, font=f, fill=self.fg, anchor="ls")
        self.d.text((x1, self.y + a), right, font=f, fill=self.fg, anchor="rs")
        if record:
            self.lines.append(f"{left}  {right}")
        self.y += self.lh(f)

    def _columns(self, rows, x0, x1, f):
        dvw = max([self.d.textlength(r[2], font=f) for r in rows] + [self.d.textlength("100%", font=f)])
        dv_right = x1
        amt_right = x1 - dvw - 34
        amtw = max([self.d.textlength(r[1], font=f) for r in rows] + [0])
        name_max = amt_right - amtw - 26 - x0
        return dv_right, amt_right, name_max

    def nutrient_rows(self, rows, x0=None, x1=None, dots=False, sink=None):
        """rows: (name, amount, dv[, indent]) tuples.  Thin rule under each row unless dots."""
        x0 = self.ix0 if x0 is None else x0
        x1 = self.ix1 if x1 is None else x1
        sink = self.lines if sink is None else sink
        f = self.font("body")
        a, dsc = f.getmetrics()
        lh = self.lh(f)
        dv_right, amt_right, name_max = self._columns(rows, x0, x1, f)
        for r in rows:
            name, amt, dv = r[0], r[1], r[2]
            indent = r[3] if len(r) > 3 else 0
            nx = x0 + indent
            wrapped = self.wrap_words([(w, f) for w in name.split()], name_max - indent)
            for i, line in enumerate(wrapped):
                text = " ".join(w for w, _ in line)
                base = self.y + a + 4
                self.d.text((nx + (0 if i == 0 else 14), base), text, font=f, fill=self.fg, anchor="ls")
                cells = [text]
                if i == 0:
                    if dots:
                        start = nx + self.d.textlength(text + " ", font=f)
                        amt_left = amt_right - self.d.textlength(amt, font=f) - 12
                        dotw = self.d.textlength(".", font=f)
                        n = max(3, int((amt_left - start) / dotw))
                        dstr = "." * n
                        self.d.text((start, base), dstr, font=f, fill=self.fg, anchor="ls")
                        cells = [text + " " + dstr]
                    if amt:
                        self.d.text((amt_right, base), amt, font=f, fill=self.fg, anchor="rs")
                        cells.append(amt)
                    if dv:
                        self.d.text((dv_right, base), dv, font=f, fill=self.fg, anchor="rs")
                        cells.append(dv)
                sink.append("  ".join(cells))
                self.y += lh
            if not dots:
                self.d.rectangle([x0, self.y + 2, x1, self.y + 3], fill=self.fg)
                self.y += 8
            else:
                self.y += 4

    def two_columns(self, left_rows, right_rows, head=("Amount Per Serving", "% DV")):
        """Two nutrient columns side by side (multivitamin style).  Lines are recorded
        left column first, then right column."""
        mid = (self.ix0 + self.ix1) // 2
        top = self.y
        left_lines, right_lines = [], []
        # left
        self.y = top
        self.head(head[0], head[1], self.ix0, mid - 18, record=False)
        left_lines.append(f"{head[0]}  {head[1]}")
        self.d.rectangle([self.ix0, self.y, mid - 18, self.y + 3], fill=self.fg)
        self.y += 8
        self.nutrient_rows(left_rows, self.ix0, mid - 18, sink=left_lines)
        yl = self.y
        # right
        self.y = top
        self.head(head[0], head[1], mid + 18, self.ix1, record=False)
        right_lines.append(f"{head[0]}  {head[1]}")
        self.d.rectangle([mid + 18, self.y, self.ix1, self.y + 3], fill=self.fg)
        self.y += 8
        self.nutrient_rows(right_rows, mid + 18, self.ix1, sink=right_lines)
        yr = self.y
        self.y = max(yl, yr)
        self.d.rectangle([mid - 1, top, mid + 1, self.y], fill=self.fg)
        self.lines += left_lines + right_lines

    def table(self, rows, fracs, header_rows=1):
        """EU-style grid table; cells joined with two spaces in the text record."""
        f = self.font("body")
        fb = self.font("body", True)
        a, dsc = f.getmetrics()
        cp = 12
        x = self.ix0
        xs = [x]
        for fr in fracs:
            x += (self.ix1 - self.ix0) * fr
            xs.append(x)
        xs[-1] = self.ix1
        top = self.y
        ys = [top]
        for ri, row in enumerate(rows):
            ff = fb if ri < header_rows else f
            rh = self.lh(ff) + 2 * cp
            base = self.y + cp + a + 2
            cells = []
            for ci, cell in enumerate(row):
                if not cell:
                    continue
                if self.d.textlength(cell, font=ff) > xs[ci + 1] - xs[ci] - 2 * cp:
                    raise ValueError(f"table cell too wide for its column: {cell!r}")
                if ci == 0:
                    self.d.text((xs[0] + cp, base), cell, font=ff, fill=self.fg, anchor="ls")
                else:
                    self.d.text((xs[ci + 1] - cp, base), cell, font=ff, fill=self.fg, anchor="rs")
                cells.append(cell)
            self.lines.append("  ".join(cells))
            self.y += rh
            ys.append(self.y)
        for yy in ys:
            self.d.line([(self.ix0, yy), (self.ix1, yy)], fill=self.fg, width=2 if yy not in (ys[0], ys[-1]) else 3)
        for xx in xs:
            self.d.line([(xx, top), (xx, self.y)], fill=self.fg, width=2)
        self.y += 14

    def space(self, px):
        self.y += px

    def crop(self):
        return self.img.crop((0, 0, self.W, self.y + self.margin))


def render(spec):
    """spec: dict(width, family, fg, bg, sizes..., items=[(op, *args), ...])."""
    p = Panel(
        spec["width"],
        spec["family"],
        spec.get("fg", BLACK),
        spec.get("bg", WHITE),
        body=spec.get("body", 30),
        title=spec.get("title", 68),
        small=spec.get("small", 24),
        margin=spec.get("margin", 40),
    )
    for item in spec["items"]:
        op, args = item[0], item[1:]
        kw = {}
        if args and isinstance(args[-1], dict):
            kw, args = args[-1], args[:-1]
        getattr(p, op)(*args, **kw)
    return p.crop(), p.lines


def us_panel(serving, per_container, rows, foot=(), below=(), head=("Amount Per Serving", "% Daily Value"),
             dots=False, extra_top=()):
    """Standard US "Supplement Facts" box followed by text below the box."""
    items = [("box_start",), ("title", "Supplement Facts"), ("text", serving), ("text", per_container)]
    items += [("rule", "thick")]
    items += list(extra_top)
    items += [("head", head[0], head[1]), ("rule", "medium")]
    items += [("nutrient_rows", rows, {"dots": dots})]
    items += [("rule", "thick")]
    for ft in foot:
        items.append(("text", ft, {"kind": "small"}))
    items.append(("box_end",))
    for prefix, txt in below:
        items.append(("text", txt, {"bold_prefix": prefix, "kind": "small"}))
        items.append(("space", 6))
    return items


# ---------------------------------------------------------------------------------------
# Products.  Each has a render spec and hand-computed expected values.
# ---------------------------------------------------------------------------------------

OTHER_CAPS = "Hypromellose (vegetarian capsule), microcrystalline cellulose, silicon dioxide."
KEEP_AWAY = "Keep out of reach of children. Consult your healthcare professional if pregnant, nursing or taking medication."

PRODUCTS = {}


def product(name, spec, **expected):
    PRODUCTS[name] = {"spec": spec, "exp": expected}


# 1. Bisglycinate, elemental declared.  200 mg printed; %DV 200/420 = 47.6 -> 48%.
product(
    "bisglycinate",
    dict(width=1200, family="dejavu_sans", items=us_panel(
        "Serving Size 2 Capsules", "Servings Per Container 60",
        [("Magnesium (as magnesium bisglycinate chelate)", "200 mg", "48%")],
        below=[("Other ingredients:", OTHER_CAPS),
               ("Suggested use:", "Take 2 capsules daily, preferably 30 to 60 minutes before bedtime, "
                                  "or as directed by a healthcare professional."),
               ("Warning:", KEEP_AWAY)])),
    status="ok", form="glycinate", forms="glycinate", elemental_mg=200, low=200, high=200, basis="elemental",
    percent_dv=48, serving_count=2, serving_unit="capsule", spc=60,
    notes="elemental row declared; 'bisglycinate chelate' = glycinate",
)

# 2. Citrate, dot leaders, pale yellow.  300 mg printed; 300/420 = 71.4 -> 71%.
#    B6 2 mg / 1.7 mg DV = 117.6 -> 118%.
product(
    "citrate",
    dict(width=1150, family="liberation_sans", bg=PALE_YELLOW, fg=DARK_BROWN, body=31, items=us_panel(
        "Serving Size 3 Capsules", "Servings Per Container 40",
        [("Vitamin B6 (as pyridoxine HCl)", "2 mg", "118%"),
         ("Magnesium (as magnesium citrate)", "300 mg", "71%")],
        head=("Amount Per Serving", "% DV"), dots=True,
        below=[("Other ingredients:", "Gelatin capsule, rice flour, magnesium stearate."),
               ("Suggested use:", "Take 3 capsules daily with a glass of water."),
               ("Warning:", KEEP_AWAY)])),
    status="ok", form="citrate", forms="citrate", elemental_mg=300, low=300, high=300, basis="elemental",
    percent_dv=71, serving_count=3, serving_unit="capsule", spc=40,
    notes="dot leaders; magnesium stearate in other ingredients is an excipient",
)

# 3. Oxide tablet.  400 mg printed; 400/420 = 95.2 -> 95%.
product(
    "oxide",
    dict(width=1050, family="freesans", body=32, items=us_panel(
        "Serving Size 1 Tablet", "Servings Per Container 100",
        [("Magnesium (as magnesium oxide)", "400 mg", "95%")],
        below=[("Other ingredients:", "Microcrystalline cellulose, croscarmellose sodium, stearic acid, "
                                      "silica, pharmaceutical glaze."),
               ("Suggested use:", "Take 1 tablet daily with a meal."),
               ("Warning:", "Do not exceed the recommended dose. Excess magnesium may have a laxative effect. "
                            + KEEP_AWAY)])),
    status="ok", form="oxide", forms="oxide", elemental_mg=400, low=400, high=400, basis="elemental",
    percent_dv=95, serving_count=1, serving_unit="tablet", spc=100,
    notes="above the 350 mg US UL",
)

# 4. L-threonate, compound row + "providing" elemental line.  Printed elemental 144 mg;
#    144/420 = 34.3 -> 34%.  Chemistry: 2,000 mg x 0.0825 = 165 mg; the label's 144 mg (7.2%)
#    is the marketing figure, graded on the printed 144.
product(
    "threonate",
    dict(width=1150, family="dejavu_cond", bg=PALE_BLUE, fg=NAVY, items=us_panel(
        "Serving Size 3 Capsules", "Servings Per Container 30",
        [("Magnesium L-Threonate (Magtein®)", "2,000 mg", "†"),
         ("providing 144 mg elemental magnesium", "", "34%", 30)],
        foot=["† Daily Value not established."],
        below=[("Other ingredients:", "Hypromellose (capsule), magnesium stearate, silicon dioxide."),
               ("Suggested use:", "Take 3 capsules daily: 1 capsule in the afternoon and 2 capsules "
                                  "within two hours of bedtime."),
               ("Warning:", KEEP_AWAY)])),
    status="ok", form="threonate", forms="threonate", elemental_mg=144, low=144, high=144, basis="elemental",
    percent_dv=34, serving_count=3, serving_unit="capsule", spc=30,
    notes="compound row 2,000 mg + 'providing 144 mg elemental magnesium'; 2000 x 0.0825 = 165 disagrees, graded on printed 144",
)

# 5. Taurate, serif.  125 mg printed; 125/420 = 29.8 -> 30%.  B6 5 mg / 1.7 = 294.1 -> 294%.
product(
    "taurate",
    dict(width=1150, family="dejavu_serif", body=29, items=us_panel(
        "Serving Size 2 Capsules", "Servings Per Container 60",
        [("Vitamin B6 (as pyridoxal 5'-phosphate)", "5 mg", "294%"),
         ("Magnesium (as magnesium taurate)", "125 mg", "30%")],
        below=[("Other ingredients:", "Hypromellose, microcrystalline cellulose."),
               ("Suggested use:", "Take 2 capsules daily with food."),
               ("Warning:", KEEP_AWAY)])),
    status="ok", form="taurate", forms="taurate", elemental_mg=125, low=125, high=125, basis="elemental",
    percent_dv=30, serving_count=2, serving_unit="capsule", spc=60, notes="",
)

# 6. Malate, pale green, serif.  180 mg printed; 180/420 = 42.9 -> 43%.
product(
    "malate",
    dict(width=1100, family="liberation_serif", bg=PALE_GREEN, fg=DARK_GREEN, body=32, items=us_panel(
        "Serving Size 3 Tablets", "Servings Per Container 60",
        [("Magnesium (as magnesium malate)", "180 mg", "43%"),
         ("Malic Acid (from magnesium malate)", "800 mg", "†")],
        foot=["† Daily Value not established."],
        below=[("Other ingredients:", "Cellulose, stearic acid, vegetable magnesium stearate, "
                                      "croscarmellose sodium, silica, vegetable coating."),
               ("Suggested use:", "Take 3 tablets daily with meals."),
               ("Warning:", KEEP_AWAY)])),
    status="ok", form="malate", forms="malate", elemental_mg=180, low=180, high=180, basis="elemental",
    percent_dv=43, serving_count=3, serving_unit="tablet", spc=60, notes="malic acid row is not magnesium",
)

# 7. Chloride (slow release) with calcium.  120 mg printed; 120/420 = 28.6 -> 29%.
#    Calcium 200 mg / 1300 mg DV = 15.4 -> 15%.
product(
    "chloride",
    dict(width=1100, family="freeserif", body=33, title=72, small=26, items=[
        ("title", "SLOW-RELEASE MAGNESIUM", {"size": 44}),
        ("text", "with Calcium  ·  Dietary Supplement  ·  60 Tablets"),
    ] + us_panel(
        "Serving Size 2 Tablets", "Servings Per Container 30",
        [("Calcium (as calcium carbonate)", "200 mg", "15%"),
         ("Magnesium (as magnesium chloride)", "120 mg", "29%")],
        below=[("Other ingredients:", "Hypromellose, microcrystalline cellulose, carnauba wax, "
                                      "polyethylene glycol, titanium dioxide."),
               ("Suggested use:", "Take 2 tablets daily with food. Do not crush or chew."),
               ("Warning:", KEEP_AWAY)])),
    status="ok", form="chloride", forms="chloride", elemental_mg=120, low=120, high=120, basis="elemental",
    percent_dv=29, serving_count=2, serving_unit="tablet", spc=30, notes="also calcium 200 mg",
)

# 8. Buffered glycinate (glycinate + oxide).  200 mg printed; 200/420 = 47.6 -> 48%.
product(
    "buffered_glycinate",
    dict(width=1000, family="liberation_narrow", bg=PALE_BLUE, fg=NAVY, body=32, items=us_panel(
        "Serving Size 2 Capsules", "Servings Per Container 90",
        [("Magnesium (as magnesium glycinate, magnesium oxide)", "200 mg", "48%")],
        below=[("Other ingredients:", "Vegetable cellulose (capsule), rice flour."),
               ("Suggested use:", "Take 2 capsules daily with food or as directed by your "
                                  "healthcare practitioner."),
               ("Warning:", KEEP_AWAY)])),
    status="ok", form="glycinate", forms="glycinate;oxide", elemental_mg=200, low=200, high=200,
    basis="elemental", percent_dv=48, serving_count=2, serving_unit="capsule", spc=90,
    notes="buffered: glycinate listed with oxide",
)

# 9. Compound-only row: "Magnesium Glycinate 500 mg" with no element row.
#    elemental = 500 x 0.1410 = 70.5 mg (anhydrous); low = 500 x 0.1166 (.2H2O) = 58.3 mg;
#    high = 500 x 0.1410 = 70.5 mg.  No %DV printed (†).
product(
    "glycinate_compound",
    dict(width=1000, family="freesans", body=32, items=us_panel(
        "Serving Size 2 Capsules", "Servings Per Container 60",
        [("Magnesium Glycinate", "500 mg", "†")],
        foot=["† Daily Value not established."],
        below=[("Other ingredients:", "Gelatin, rice flour, magnesium stearate."),
               ("Suggested use:", "Take 2 capsules before bed."),
               ("Warning:", KEEP_AWAY)])),
    status="ok", form="glycinate", forms="glycinate", elemental_mg=70.5, low=58.3, high=70.5,
    basis="compound", percent_dv="", serving_count=2, serving_unit="capsule", spc=60,
    notes="compound weight only: 500 x 0.1410 = 70.5; low 500 x 0.1166 = 58.3",
)

# 10. Mixture oxide + citrate; the magnesium row wraps onto two printed lines.
#     250 mg printed; 250/420 = 59.5 -> 60%.
product(
    "mixture",
    dict(width=900, family="liberation_sans", body=31, items=us_panel(
        "Serving Size 2 Tablets", "Servings Per Container 60",
        [("Magnesium (as magnesium oxide, magnesium citrate)", "250 mg", "60%")],
        below=[("Other ingredients:", "Microcrystalline cellulose, stearic acid, croscarmellose sodium, "
                                      "magnesium stearate, hypromellose."),
               ("Suggested use:", "Take 2 tablets daily with a meal."),
               ("Warning:", KEEP_AWAY)])),
    status="ok", form="oxide", forms="oxide;citrate", elemental_mg=250, low=250, high=250, basis="elemental",
    percent_dv=60, serving_count=2, serving_unit="tablet", spc=60,
    notes="Mg row wraps: '(as magnesium oxide,' / 'magnesium citrate)' on the next line",
)

# 11. Multivitamin, two nutrient columns.  Magnesium 100 mg, no source in the row;
#     100/420 = 23.8 -> 24%.  Form only from the ingredient list (Magnesium Oxide);
#     Magnesium Stearate there is an excipient.  Calcium 260/1300 = 20%; potassium 80/4700 = 1.7 -> 2%.
MULTI_LEFT = [
    ("Vitamin A", "900 mcg", "100%"), ("Vitamin C", "90 mg", "100%"), ("Vitamin D3", "20 mcg", "100%"),
    ("Vitamin E", "15 mg", "100%"), ("Vitamin K", "120 mcg", "100%"), ("Thiamin", "1.2 mg", "100%"),
    ("Riboflavin", "1.3 mg", "100%"), ("Niacin", "16 mg", "100%"), ("Vitamin B6", "1.7 mg", "100%"),
    ("Folate", "400 mcg DFE", "100%"), ("Vitamin B12", "2.4 mcg", "100%"), ("Biotin", "30 mcg", "100%"),
    ("Pantothenic Acid", "5 mg", "100%"),
]
MULTI_RIGHT = [
    ("Calcium", "260 mg", "20%"), ("Iron", "18 mg", "100%"), ("Iodine", "150 mcg", "100%"),
    ("Magnesium", "100 mg", "24%"), ("Zinc", "11 mg", "100%"), ("Selenium", "55 mcg", "100%"),
    ("Copper", "0.9 mg", "100%"), ("Manganese", "2.3 mg", "100%"), ("Chromium", "35 mcg", "100%"),
    ("Molybdenum", "45 mcg", "100%"), ("Potassium", "80 mg", "2%"),
]
product(
    "multivitamin",
    dict(width=1400, family="dejavu_cond", body=28, small=23, items=[
        ("box_start",), ("title", "Supplement Facts"), ("text", "Serving Size 2 Tablets"),
        ("text", "Servings Per Container 60"), ("rule", "thick"),
        ("two_columns", MULTI_LEFT, MULTI_RIGHT), ("rule", "thick"), ("box_end",),
        ("text", "Calcium Carbonate, Magnesium Oxide, Ascorbic Acid, Microcrystalline Cellulose, Potassium "
                 "Chloride, Ferrous Fumarate, Zinc Oxide, dl-Alpha Tocopheryl Acetate, Niacinamide, Manganese "
                 "Sulfate, Cupric Sulfate, Calcium Pantothenate, Pyridoxine Hydrochloride, Riboflavin, Thiamine "
                 "Mononitrate, Vitamin A Acetate, Beta-Carotene, Folic Acid, Chromium Picolinate, Potassium "
                 "Iodide, Sodium Selenate, Sodium Molybdate, Phytonadione, Biotin, Cholecalciferol, "
                 "Cyanocobalamin, Magnesium Stearate.", {"bold_prefix": "Ingredients:", "kind": "small"}),
        ("space", 6),
        ("text", "Take 2 tablets daily with food.", {"bold_prefix": "Suggested use:", "kind": "small"}),
        ("space", 6),
        ("text", "Accidental overdose of iron-containing products is a leading cause of fatal poisoning in "
                 "children under 6. Keep this product out of reach of children.",
         {"bold_prefix": "WARNING:", "kind": "small"}),
    ]),
    status="ok", form="oxide", forms="oxide", elemental_mg=100, low=100, high=100, basis="elemental",
    percent_dv=24, serving_count=2, serving_unit="tablet", spc=60,
    notes="two-column panel; Mg row has no source, form from ingredient list (Magnesium Oxide); stearate excipient",
)

# 12. Stimulant: caffeine + green tea extract.  Mg 50 mg printed; 50/420 = 11.9 -> 12%.
#     B12 500 mcg / 2.4 mcg = 20,833%.
product(
    "energy_stimulant",
    dict(width=1250, family="liberation_sans", bg=PALE_YELLOW, fg=BLACK, body=30, items=[
        ("title", "ENERGY + FOCUS", {"size": 54}),
        ("text", "Dietary Supplement with Caffeine from Green Tea"),
    ] + us_panel(
        "Serving Size 2 Capsules", "Servings Per Container 30",
        [("Vitamin B12 (as methylcobalamin)", "500 mcg", "20,833%"),
         ("Magnesium (as magnesium citrate)", "50 mg", "12%"),
         ("Caffeine (from green tea extract)", "150 mg", "†"),
         ("Green Tea Extract (Camellia sinensis leaf)", "400 mg", "†"),
         ("L-Theanine", "100 mg", "†")],
        foot=["† Daily Value not established."],
        below=[("Other ingredients:", "Hypromellose (capsule), rice flour, silicon dioxide."),
               ("Suggested use:", "Take 2 capsules in the morning. Do not take within 6 hours of bedtime."),
               ("Warning:", "Contains 150 mg caffeine per serving. Not for children or pregnant or nursing "
                            "women. Do not combine with other caffeine-containing products.")])),
    status="ok", form="citrate", forms="citrate", elemental_mg=50, low=50, high=50, basis="elemental",
    percent_dv=12, serving_count=2, serving_unit="capsule", spc=30,
    notes="stimulant: caffeine 150 mg + green tea extract",
)

# 13. ZMA-style: zinc 50 mg, magnesium aspartate, dot leaders.  Mg 450 mg printed;
#     450/420 = 107.1 -> 107%.  Zinc 50/11 = 454.5 -> 455%.  B6 10.5/1.7 = 617.6 -> 618%.
product(
    "zinc_zma",
    dict(width=1250, family="freesans", body=31, items=us_panel(
        "Serving Size 3 Capsules", "Servings Per Container 30",
        [("Zinc (as zinc monomethionine aspartate)", "50 mg", "455%"),
         ("Magnesium (as magnesium aspartate)", "450 mg", "107%"),
         ("Vitamin B6 (as pyridoxine hydrochloride)", "10.5 mg", "618%")],
        dots=True,
        below=[("Other ingredients:", "Gelatin (capsule), magnesium stearate, silicon dioxide."),
               ("Suggested use:", "Take 3 capsules on an empty stomach 30 to 60 minutes before bedtime. "
                                  "Avoid taking with calcium-rich foods."),
               ("Warning:", KEEP_AWAY)])),
    status="ok", form="aspartate", forms="aspartate", elemental_mg=450, low=450, high=450, basis="elemental",
    percent_dv=107, serving_count=3, serving_unit="capsule", spc=30,
    notes="zinc 50 mg (above 40 mg UL); Mg above 350 mg UL",
)

# 14. Control without magnesium: vitamin D3 + K2 softgel.  The word never appears.
#     D3 125/20 = 625%; K2 100/120 = 83.3 -> 83%.
product(
    "d3k2_control",
    dict(width=1100, family="dejavu_serif", bg=PALE_GREEN, fg=DARK_GREEN, body=29, items=us_panel(
        "Serving Size 1 Softgel", "Servings Per Container 60",
        [("Vitamin D3 (as cholecalciferol)", "125 mcg", "625%"),
         ("Vitamin K2 (as menaquinone-7)", "100 mcg", "83%")],
        below=[("Other ingredients:", "Extra virgin olive oil, softgel (bovine gelatin, glycerin, "
                                      "purified water)."),
               ("Suggested use:", "Take 1 softgel daily with a meal."),
               ("Warning:", "If you take anticoagulant medication, consult your physician before use. "
                            + KEEP_AWAY)])),
    status="no_magnesium", form="", forms="", elemental_mg="", low="", high="", basis="",
    percent_dv="", serving_count=1, serving_unit="softgel", spc=60,
    notes="control: no magnesium anywhere on the label",
)

# 15. Melatonin tablet; magnesium only as the stearate excipient.  B6 1/1.7 = 58.8 -> 59%.
product(
    "melatonin_stearate",
    dict(width=1050, family="liberation_serif", bg=PALE_BLUE, fg=NAVY, body=33, items=us_panel(
        "Serving Size 1 Tablet", "Servings Per Container 120",
        [("Vitamin B6 (as pyridoxine HCl)", "1 mg", "59%"),
         ("Melatonin", "3 mg", "†")],
        foot=["† Daily Value not established."],
        below=[("Other ingredients:", "Microcrystalline cellulose, dicalcium phosphate, magnesium stearate, "
                                      "silicon dioxide."),
               ("Suggested use:", "Take 1 tablet 20 minutes before bedtime."),
               ("Warning:", "May cause drowsiness. Do not drive or operate machinery after use. " + KEEP_AWAY)])),
    status="no_magnesium", form="", forms="", elemental_mg="", low="", high="", basis="",
    percent_dv="", serving_count=1, serving_unit="tablet", spc=120,
    notes="magnesium stearate excipient only",
)

# 16. Polish/EU table.  Printed elemental 444 mg; 444/375 = 118.4 -> 118% RWS.
#     Chemistry: 1480 x 0.1616 = 239 mg, disagrees; graded on printed 444.
#     B6 1,4 mg / 1,4 mg NRV = 100%.
product(
    "polish_citrate",
    dict(width=1150, family="dejavu_sans", body=29, small=24, items=[
        ("title", "MAGNEZ CYTRYNIAN", {"size": 52}),
        ("text", "Suplement diety"),
        ("space", 10),
        ("text", "2 kapsułki", {"bold_prefix": "Porcja:"}),
        ("text", "60 kapsułek (30 porcji)", {"bold_prefix": "Opakowanie zawiera:"}),
        ("space", 12),
        ("table", [["Składnik", "w porcji (2 kapsułki)", "%RWS*"],
                   ["Cytrynian magnezu", "1480 mg", "–"],
                   ["w tym magnez elementarny", "444 mg", "118%"],
                   ["Witamina B6", "1,4 mg", "100%"]], [0.42, 0.40, 0.18]),
        ("text", "* RWS – Referencyjna Wartość Spożycia", {"kind": "small"}),
        ("space", 8),
        ("text", "cytrynian magnezu, otoczka kapsułki (żelatyna), chlorowodorek pirydoksyny, "
                 "substancja przeciwzbrylająca: sole magnezowe kwasów tłuszczowych.",
         {"bold_prefix": "Składniki:", "kind": "small"}),
        ("space", 6),
        ("text", "2 kapsułki dziennie, popijając wodą. Nie przekraczać zalecanej porcji do spożycia "
                 "w ciągu dnia.", {"bold_prefix": "Sposób użycia:", "kind": "small"}),
    ]),
    status="ok", form="citrate", forms="citrate", elemental_mg=444, low=444, high=444, basis="elemental",
    percent_dv=118, serving_count=2, serving_unit="capsule", spc=30,
    notes="EU/Polish; 1480 x 0.1616 = 239 disagrees with printed 444, graded on 444; NRV 375",
)

# 17. German table.  "davon Magnesium 200 mg"; 200/375 = 53.3 -> 53% NRV.
#     Check: 1250 x 0.1616 = 202 mg, consistent.
product(
    "german_citrate",
    dict(width=1150, family="liberation_sans", bg=PALE_YELLOW, fg=BLACK, body=31, small=25, items=[
        ("title", "Magnesiumcitrat Kapseln", {"size": 54}),
        ("text", "Nahrungsergänzungsmittel mit Magnesium"),
        ("space", 10),
        ("text", "2 Kapseln", {"bold_prefix": "Tagesdosis:"}),
        ("text", "60 Kapseln (30 Tagesdosen)", {"bold_prefix": "Packungsinhalt:"}),
        ("space", 12),
        ("table", [["Nährstoff", "pro Tagesdosis", "% NRV*"],
                   ["Magnesiumcitrat", "1250 mg", ""],
                   ["davon Magnesium", "200 mg", "53%"]], [0.48, 0.32, 0.20]),
        ("text", "* Nährstoffbezugswert nach VO (EU) 1169/2011", {"kind": "small"}),
        ("space", 8),
        ("text", "Magnesiumcitrat, Hydroxypropylmethylcellulose (Kapselhülle), Trennmittel: "
                 "Magnesiumsalze der Speisefettsäuren.", {"bold_prefix": "Zutaten:", "kind": "small"}),
        ("space", 6),
        ("text", "Täglich 2 Kapseln mit ausreichend Flüssigkeit verzehren. Die angegebene empfohlene "
                 "tägliche Verzehrmenge darf nicht überschritten werden.",
         {"bold_prefix": "Verzehrempfehlung:", "kind": "small"}),
    ]),
    status="ok", form="citrate", forms="citrate", elemental_mg=200, low=200, high=200, basis="elemental",
    percent_dv=53, serving_count=2, serving_unit="capsule", spc=30,
    notes="German; 'davon Magnesium' elemental row; NRV 375",
)

# 18. Front-of-pack + facts panel on one wrap-around label.  Front says
#     "MAGNESIUM GLYCINATE 500 mg" (compound, per capsule).  Panel: 2 capsules = 1,000 mg
#     glycinate x 0.1410 = 141 mg, printed as 140 mg; 140/420 = 33.3 -> 33%.  Graded on the panel.
FRONT = dict(width=600, family="freesans", bg=PALE_GREEN, fg=DARK_GREEN, body=30, small=22, margin=30, items=[
    ("space", 30),
    ("title", "NIGHTWELL", {"size": 64, "align": "center"}),
    ("text", "nutrition", {"align": "center"}),
    ("space", 60),
    ("title", "MAGNESIUM", {"size": 76, "align": "center"}),
    ("title", "GLYCINATE", {"size": 76, "align": "center"}),
    ("title", "500 mg", {"size": 92, "align": "center"}),
    ("space", 30),
    ("text", "Supports restful sleep*", {"align": "center", "size": 38}),
    ("text", "Gentle on the stomach", {"align": "center", "size": 30}),
    ("space", 40),
    ("text", "DIETARY SUPPLEMENT", {"align": "center", "bold": True, "size": 28}),
    ("text", "120 CAPSULES", {"align": "center", "bold": True, "size": 28}),
    ("space", 30),
    ("text", "*These statements have not been evaluated by the Food and Drug Administration. This product "
             "is not intended to diagnose, treat, cure, or prevent any disease.", {"kind": "small"}),
])
FRONT_PANEL = dict(width=800, family="dejavu_sans", bg=PALE_GREEN, fg=DARK_GREEN, body=24, title=52, small=20,
                   margin=30, items=us_panel(
    "Serving Size 2 Capsules", "Servings Per Container 60",
    [("Magnesium (as magnesium glycinate)", "140 mg", "33%")],
    below=[("Other ingredients:", "Hypromellose (capsule), microcrystalline cellulose, silicon dioxide."),
           ("Suggested use:", "Take 2 capsules 30 minutes before bedtime."),
           ("Warning:", KEEP_AWAY)]))
product(
    "front_glycinate",
    {"compose": [FRONT, FRONT_PANEL], "width": 1400, "bg": PALE_GREEN},
    status="ok", form="glycinate", forms="glycinate", elemental_mg=140, low=140, high=140, basis="elemental",
    percent_dv=33, serving_count=2, serving_unit="capsule", spc=60,
    notes="front claim 'MAGNESIUM GLYCINATE 500 mg' is compound per capsule; panel 140 mg elemental is graded",
)

# 19. Powder, scoop, carbonate.  350 mg printed; 350/420 = 83.3 -> 83%.
product(
    "powder_carbonate",
    dict(width=1100, family="dejavu_sans", bg=PALE_BLUE, fg=NAVY, body=29, items=us_panel(
        "Serving Size 1 Scoop (4 g)", "Servings Per Container 56",
        [("Calories", "5", ""),
         ("Magnesium (as magnesium carbonate)", "350 mg", "83%")],
        below=[("Other ingredients:", "Citric acid, natural raspberry-lemon flavor, organic stevia leaf extract."),
               ("Suggested use:", "Start with 1/2 scoop and gradually increase to 1 scoop (4 g) daily. "
                                  "Mix into 6 to 8 oz of hot or cold water. Enjoy in the evening."),
               ("Warning:", "Excess magnesium may have a laxative effect. " + KEEP_AWAY)])),
    status="ok", form="carbonate", forms="carbonate", elemental_mg=350, low=350, high=350, basis="elemental",
    percent_dv=83, serving_count=1, serving_unit="scoop", spc=56, notes="powder",
)

# 20. Stick packet, amino acid chelate.  150 mg printed; 150/420 = 35.7 -> 36%.
#     Total carbohydrate 3 g / 275 g = 1.1 -> 1%.
product(
    "packet_chelate",
    dict(width=1050, family="dejavu_cond", body=30, items=us_panel(
        "Serving Size 1 Packet (5 g)", "Servings Per Container 30",
        [("Calories", "10", ""),
         ("Total Carbohydrate", "3 g", "1%**"),
         ("Magnesium (as magnesium amino acid chelate)", "150 mg", "36%"),
         ("L-Theanine", "200 mg", "†")],
        foot=["** Percent Daily Values are based on a 2,000 calorie diet.", "† Daily Value not established."],
        below=[("Other ingredients:", "Dextrose, citric acid, natural berry flavor, beet juice powder (color)."),
               ("Suggested use:", "Empty 1 packet into 8 oz of water, stir and drink 1 hour before bedtime."),
               ("Warning:", KEEP_AWAY)])),
    status="ok", form="amino_acid_chelate", forms="amino_acid_chelate", elemental_mg=150, low=150, high=150,
    basis="elemental", percent_dv=36, serving_count=1, serving_unit="packet", spc=30,
    notes="'amino acid chelate' has no defined formula; elemental is printed",
)


def render_product(spec):
    if "compose" in spec:
        parts = [render(s) for s in spec["compose"]]
        h = max(im.height for im, _ in parts)
        canvas = Image.new("RGB", (spec["width"], h), spec["bg"])
        x = 0
        lines = []
        for im, ls in parts:
            canvas.paste(im, (x, 0))
            x += im.width
            lines += ls
        d = ImageDraw.Draw(canvas)
        # a faint fold line between the front and the side panel
        d.line([(parts[0][0].width, 20), (parts[0][0].width, h - 20)], fill=(190, 210, 190), width=2)
        return canvas, lines
    return render(spec)


# ---------------------------------------------------------------------------------------
# Degradations (all deterministic)
# ---------------------------------------------------------------------------------------


def noise_layer(size, seed, amp, blur=0.0, grain=1):
    """Zero-centred (128) grey noise image; approx. Gaussian (mean of 3 uniforms)."""
    rng = random.Random(seed)
    w, h = max(1, size[0] // grain), max(1, size[1] // grain)
    layers = [Image.frombytes("L", (w, h), rng.randbytes(w * h)) for _ in range(3)]
    n = Image.blend(Image.blend(layers[0], layers[1], 0.5), layers[2], 1 / 3)
    if grain > 1:
        n = n.resize(size, Image.Resampling.BICUBIC)
    if blur:
        n = n.filter(ImageFilter.GaussianBlur(blur))
    k = amp / 40.0  # mean of 3 uniforms has sd ~ 42
    return n.point(lambda v: max(0, min(255, int(round(128 + (v - 128) * k)))))


def add_noise(img, seed, amp=18, grain=1, blur=0.0):
    n = noise_layer(img.size, seed, amp, blur, grain).convert("RGB")
    return ImageChops.add(img, n, 1.0, -128)


def fit_long_side(img, long_side):
    w, h = img.size
    s = long_side / max(w, h)
    if s >= 1:
        return img
    return img.resize((round(w * s), round(h * s)), Image.Resampling.LANCZOS)


def rotate(img, deg, fill):
    return img.rotate(deg, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=fill)


def solve(a, b):
    """Gaussian elimination for a small dense system."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c:
                f = m[r][c] / m[c][c]
                for k in range(c, n + 1):
                    m[r][k] -= f * m[c][k]
    return [m[i][n] / m[i][i] for i in range(n)]


def perspective_coeffs(dst, src):
    """Coefficients mapping output (dst) points to input (src) points for Image.transform."""
    a, b = [], []
    for (x, y), (u, v) in zip(dst, src):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        b.append(u)
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b.append(v)
    return solve(a, b)


def perspective(img, corners, out_size, fill):
    """corners: where the image's TL, TR, BR, BL corners land in the output."""
    w, h = img.size
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    c = perspective_coeffs(corners, src)
    return img.transform(out_size, Image.Transform.PERSPECTIVE, c, Image.Resampling.BICUBIC, fillcolor=fill)


def cylinder(img, theta_max=1.15, sag=28, bg=(70, 72, 78), seed=0):
    """Wrap the label round a vertical cylinder seen from the front: columns are compressed
    towards the edges (x = R sin(theta)), lines sag slightly, and the sides are shaded."""
    w, h = img.size
    r = w / (2 * theta_max)
    wo = int(2 * r * math.sin(theta_max))
    pad_y = sag + 40
    out_w, out_h = wo + 120, h + 2 * pad_y
    mesh = []
    step = 6
    for x0 in range(0, wo, step):
        x1 = min(wo, x0 + step)

        def src_x(x):
            t = math.asin(max(-1.0, min(1.0, (x - wo / 2) / r)))
            return r * t + w / 2, t

        s0, t0 = src_x(x0)
        s1, t1 = src_x(x1)
        dy0 = sag * (1 - math.cos(t0))
        dy1 = sag * (1 - math.cos(t1))
        box = (x0 + 60, pad_y - sag, x1 + 60, pad_y + h + sag)
        # source quad: UL, LL, LR, UR
        quad = (s0, -sag - dy0, s0, h + sag - dy0, s1, h + sag - dy1, s1, -sag - dy1)
        mesh.append((box, quad))
    warped = img.transform((out_w, out_h), Image.Transform.MESH, mesh, Image.Resampling.BICUBIC, fillcolor=bg)
    # mask of the label area (same mesh on a white image)
    mask = Image.new("L", img.size, 255).transform((out_w, out_h), Image.Transform.MESH, mesh,
                                                   Image.Resampling.BILINEAR, fillcolor=0)
    # shading across the cylinder: darker towards both edges, a soft specular band left of centre
    shade_row = []
    for x in range(out_w):
        u = (x - 60 - wo / 2) / r
        u = max(-1.0, min(1.0, u))
        t = math.asin(u)
        lam = 0.50 + 0.50 * math.cos(t) ** 0.8
        shade_row.append(max(0, min(255, int(255 * lam))))
    shade = Image.new("L", (out_w, 1))
    shade.putdata(shade_row)
    shade = shade.resize((out_w, out_h)).convert("RGB")
    lit = ImageChops.multiply(warped, shade)
    spec_row = []
    for x in range(out_w):
        u = (x - 60 - wo / 2) / r + 0.35
        spec_row.append(int(70 * math.exp(-(u / 0.12) ** 2)))
    spec = Image.new("L", (out_w, 1))
    spec.putdata(spec_row)
    spec = spec.resize((out_w, out_h))
    lit = Image.composite(Image.new("RGB", lit.size, (255, 255, 255)), lit, spec)
    background = Image.new("RGB", (out_w, out_h), bg)
    return Image.composite(lit, background, mask)


def glare(img, center, axes, strength=0.72):
    """A bright elliptical highlight washing out part of the panel."""
    g = ImageOps.invert(Image.radial_gradient("L"))  # 255 at centre -> 0 at radius 128
    g = g.point(lambda v: int(255 * strength * min(1.0, (v / 255) * 1.9) ** 1.3))
    g = g.resize((axes[0] * 2, axes[1] * 2), Image.Resampling.BICUBIC)
    mask = Image.new("L", img.size, 0)
    mask.paste(g, (center[0] - axes[0], center[1] - axes[1]))
    mask = mask.filter(ImageFilter.GaussianBlur(6))
    return Image.composite(Image.new("RGB", img.size, (255, 255, 252)), img, mask)


def uneven_light(img, angle=30, lo=120, blob=None):
    """Multiply by a linear light gradient (255 -> lo along direction `angle` degrees) and
    optionally a soft dark shadow blob (cx, cy, rx, ry, depth)."""
    n = 64
    ca, sa = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    proj = [(x / (n - 1) - 0.5) * ca + (y / (n - 1) - 0.5) * sa for y in range(n) for x in range(n)]
    pmin, pmax = min(proj), max(proj)
    g = Image.new("L", (n, n))
    g.putdata([int(round(255 - (255 - lo) * (p - pmin) / (pmax - pmin))) for p in proj])
    g = g.resize(img.size, Image.Resampling.BICUBIC)
    if blob:
        (cx, cy, rx, ry, depth) = blob
        m = Image.new("L", img.size, 255)
        ImageDraw.Draw(m).ellipse([cx - rx, cy - ry, cx + rx, cy + ry], fill=255 - depth)
        m = m.filter(ImageFilter.GaussianBlur(max(rx, ry) // 4))
        g = ImageChops.multiply(g, m)
    return ImageChops.multiply(img, g.convert("RGB"))


def wood_background(size, seed, base=(140, 100, 66)):
    rng = random.Random(seed)
    w, h = size
    sw, sh = max(8, w // 8), max(8, h // 8)
    small = Image.new("RGB", (sw, sh))
    d = ImageDraw.Draw(small)
    phase = rng.random() * 6.28
    for y in range(sh):
        v = 0.88 + 0.05 * math.sin(y * 0.21 + phase) + 0.03 * math.sin(y * 0.9) + 0.06 * (rng.random() - 0.5)
        d.line([(0, y), (sw, y)], fill=tuple(int(c * v) for c in base))
    big = small.resize(size, Image.Resampling.BICUBIC)
    return add_noise(big, seed + 1, amp=10, grain=4, blur=1.5)


def paste_with_shadow(scene, panel, pos, shadow_offset=(18, 22), blur=16):
    x, y = pos
    sh = Image.new("L", scene.size, 0)
    ImageDraw.Draw(sh).rectangle(
        [x + shadow_offset[0], y + shadow_offset[1], x + panel.width + shadow_offset[0],
         y + panel.height + shadow_offset[1]], fill=150)
    sh = sh.filter(ImageFilter.GaussianBlur(blur))
    scene = Image.composite(Image.new("RGB", scene.size, (20, 14, 10)), scene, sh)
    scene.paste(panel, (x, y))
    return scene


def in_scene(panel, scene_size, seed, angle=0.0, panel_h_frac=0.8, light=True):
    """Paste the (optionally rotated) panel onto a wooden table photo."""
    scene = wood_background(scene_size, seed)
    s = panel_h_frac * scene_size[1] / panel.height
    s = min(s, 0.85 * scene_size[0] / panel.width)
    p = panel.resize((round(panel.width * s), round(panel.height * s)), Image.Resampling.LANCZOS)
    if angle:
        mask = Image.new("L", p.size, 255)
        p = p.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(0, 0, 0))
        mask = mask.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=0)
    else:
        mask = Image.new("L", p.size, 255)
    rng = random.Random(seed)
    x = (scene_size[0] - p.width) // 2 + rng.randint(-30, 30)
    y = (scene_size[1] - p.height) // 2 + rng.randint(-20, 20)
    sh = Image.new("L", scene_size, 0)
    sh.paste(mask.point(lambda v: v * 150 // 255), (x + 16, y + 20))
    sh = sh.filter(ImageFilter.GaussianBlur(14))
    scene = Image.composite(Image.new("RGB", scene_size, (20, 14, 10)), scene, sh)
    scene.paste(p, (x, y), mask)
    if light:
        scene = uneven_light(scene, angle=20, lo=170)
    return scene


# ---------------------------------------------------------------------------------------
# Degraded variants: (file, product, degradation label, builder)
# ---------------------------------------------------------------------------------------


def jpeg_bytes(img, quality, exif=None):
    buf = io.BytesIO()
    kw = {"quality": quality, "optimize": False, "progressive": False}
    if exif is not None:
        kw["exif"] = exif
    img.save(buf, "JPEG", **kw)
    return buf.getvalue()


def build_degraded(clean):
    """clean: {product: Image}.  Returns list of (file, product, degradation, bytes, notes)."""
    out = []

    def add(fname, prod, label, img, quality=85, note=""):
        out.append((fname, prod, label, jpeg_bytes(img, quality), note))

    bg_grey = (235, 235, 232)

    # 1 small rotation 5 deg
    im = rotate(clean["bisglycinate"], 5, WHITE)
    add("bisglycinate_rot5.jpg", "bisglycinate", "rotate_5deg", fit_long_side(im, 1600))

    # 2 HEIC (handled separately below, lossy phone format) -> product german_citrate, slight rotation
    # 3 rotate 90 (pixels turned counter-clockwise, no EXIF tag)
    im = clean["citrate"].transpose(Image.Transpose.ROTATE_90)
    add("citrate_rot90.jpg", "citrate", "rotate_90ccw", fit_long_side(im, 1600))

    # 4 rotate 180
    im = clean["oxide"].transpose(Image.Transpose.ROTATE_180)
    add("oxide_rot180.jpg", "oxide", "rotate_180", fit_long_side(im, 1600))

    # 5 perspective warp
    src = clean["taurate"]
    w, h = src.size
    corners = [(70, 40), (w - 10, 110), (w - 45, h + 35), (25, h - 20)]
    im = perspective(src, corners, (w + 40, h + 90), (96, 90, 84))
    add("taurate_perspective.jpg", "taurate", "perspective", fit_long_side(im, 1600))

    # 6 cylinder (compound-only glycinate bottle)
    im = cylinder(clean["glycinate_compound"], theta_max=1.05, sag=24)
    add("glycinate_compound_cylinder.jpg", "glycinate_compound", "cylinder", fit_long_side(im, 1600))

    # 7 gaussian blur
    im = clean["malate"].filter(ImageFilter.GaussianBlur(1.8))
    add("malate_blur.jpg", "malate", "gaussian_blur_1.8", fit_long_side(im, 1600))

    # 8 glare over the top-right of the panel (the magnesium row stays readable)
    src = clean["threonate"]
    w, h = src.size
    im = glare(src, (int(w * 0.66), int(h * 0.30)), (int(w * 0.34), int(h * 0.22)), strength=0.86)
    add("threonate_glare.jpg", "threonate", "glare", fit_long_side(im, 1600))

    # 9 very low JPEG quality
    add("chloride_jpeg_q12.jpg", "chloride", "jpeg_quality_12", clean["chloride"], quality=12)

    # 10 low resolution: small print (24-26 px) down to ~9 px
    src = clean["buffered_glycinate"]
    s = 0.37
    im = src.resize((round(src.width * s), round(src.height * s)), Image.Resampling.LANCZOS)
    add("buffered_glycinate_lowres.jpg", "buffered_glycinate", "low_resolution_x0.37", im, quality=90)

    # 11 noise
    im = add_noise(clean["mixture"], 1101, amp=34)
    add("mixture_noise.jpg", "mixture", "noise", im, quality=88)

    # 12 uneven lighting + shadow blob
    src = clean["multivitamin"]
    w, h = src.size
    im = uneven_light(src, angle=35, lo=110, blob=(int(w * 0.8), int(h * 0.8), int(w * 0.25), int(h * 0.2), 90))
    add("multivitamin_shadow.jpg", "multivitamin", "uneven_lighting_shadow", fit_long_side(im, 1600))

    # 13 photo scene with a small tilt
    im = in_scene(clean["energy_stimulant"], (1600, 1200), 1301, angle=3.0, panel_h_frac=0.9)
    im = add_noise(im, 1302, amp=8)
    add("energy_stimulant_scene.jpg", "energy_stimulant", "photo_scene_rotate_3deg", im)

    # 14 12-megapixel photo (4000x3000)
    src = clean["zinc_zma"]
    im = in_scene(src, (4000, 3000), 1401, angle=-4.0, panel_h_frac=0.85)
    w, h = im.size
    im = perspective(im, [(60, 0), (w - 20, 50), (w, h), (0, h - 40)], (w, h), (90, 64, 42))
    im = add_noise(im, 1402, amp=10, grain=2)
    add("zinc_zma_photo_12mp.jpg", "zinc_zma", "photo_12mp_perspective", im, quality=85,
        note="4000x3000")

    # 15 EXIF orientation 6: pixels stored rotated 90 deg CCW; viewers rotate 90 deg CW
    src = fit_long_side(clean["polish_citrate"], 1600)
    stored = src.transpose(Image.Transpose.ROTATE_90)
    exif = Image.Exif()
    exif[0x0112] = 6
    out.append(("polish_citrate_exif6.jpg", "polish_citrate", "exif_orientation_6",
                jpeg_bytes(stored, 88, exif=exif.tobytes()),
                "pixels stored rotated; apply EXIF Orientation 6 (rotate 90 CW) to view upright"))

    # 16 cylinder: the wrap-around front + panel label on a bottle
    im = cylinder(clean["front_glycinate"], theta_max=1.0, sag=30, bg=(40, 44, 40))
    im = uneven_light(im, angle=-20, lo=190)
    add("front_glycinate_bottle.jpg", "front_glycinate", "cylinder", fit_long_side(im, 1600))

    # 17 control in a photo scene
    im = in_scene(clean["d3k2_control"], (1600, 1200), 1701, angle=-2.0, panel_h_frac=0.9)
    add("d3k2_control_scene.jpg", "d3k2_control", "photo_scene_rotate_-2deg", im)

    # 18 melatonin: low res + noise
    src = clean["melatonin_stearate"]
    s = 0.45
    im = src.resize((round(src.width * s), round(src.height * s)), Image.Resampling.LANCZOS)
    im = add_noise(im, 1801, amp=16)
    add("melatonin_stearate_lowres_noise.jpg", "melatonin_stearate", "low_resolution_x0.45_noise", im, quality=85)

    # 19 powder: shadow + mild blur
    src = clean["powder_carbonate"]
    w, h = src.size
    im = uneven_light(src, angle=-60, lo=140, blob=(int(w * 0.15), int(h * 0.15), int(w * 0.3), int(h * 0.2), 80))
    im = im.filter(ImageFilter.GaussianBlur(1.0))
    add("powder_carbonate_shadow_blur.jpg", "powder_carbonate", "uneven_lighting_blur_1.0", fit_long_side(im, 1600))

    # 20 packet: rotate 8 deg + perspective
    src = rotate(clean["packet_chelate"], -8, bg_grey)
    w, h = src.size
    im = perspective(src, [(0, 30), (w - 40, 0), (w, h), (30, h - 10)], (w, h), bg_grey)
    add("packet_chelate_rot8_perspective.jpg", "packet_chelate", "rotate_-8deg_perspective", fit_long_side(im, 1600))

    # 21 german: glare + mild rotation, low-ish quality
    src = rotate(clean["german_citrate"], 3, (250, 250, 245))
    w, h = src.size
    im = glare(src, (int(w * 0.3), int(h * 0.2)), (int(w * 0.25), int(h * 0.12)), strength=0.65)
    add("german_citrate_glare_rot3.jpg", "german_citrate", "glare_rotate_3deg_jpeg_q45",
        fit_long_side(im, 1600), quality=45)

    return out


def heic_bytes(img):
    import pillow_heif

    pillow_heif.register_heif_opener()
    buf = io.BytesIO()
    img.save(buf, format="HEIF", quality=75)
    return buf.getvalue()


# ---------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------

CSV_COLUMNS = [
    "file", "product", "kind", "degradation", "status", "form", "forms", "elemental_mg", "elemental_mg_low",
    "elemental_mg_high", "basis", "percent_dv", "serving_count", "serving_unit", "servings_per_container",
    "notes",
]


def csv_row(fname, prod, kind, degradation, extra_note=""):
    e = PRODUCTS[prod]["exp"]
    notes = "; ".join(n for n in (e["notes"], extra_note) if n)
    return {
        "file": f"images/{fname}", "product": prod, "kind": kind, "degradation": degradation,
        "status": e["status"], "form": e["form"], "forms": e["forms"], "elemental_mg": e["elemental_mg"],
        "elemental_mg_low": e["low"], "elemental_mg_high": e["high"], "basis": e["basis"],
        "percent_dv": e["percent_dv"], "serving_count": e["serving_count"], "serving_unit": e["serving_unit"],
        "servings_per_container": e["spc"], "notes": notes,
    }


def write_bytes(path: Path, data: bytes):
    path.write_bytes(data)


def self_check(name, lines):
    """Cheap consistency check between the hand-written expectations and the rendered text
    (no chemistry here): the printed elemental amount and %DV must appear on the label, and
    a no-magnesium control must not mention magnesium except as the stearate excipient."""
    e = PRODUCTS[name]["exp"]
    text = "\n".join(lines)
    low = text.lower()
    if e["status"] == "no_magnesium":
        rest = low.replace("magnesium stearate", "")
        assert "magnes" not in rest, f"{name}: control mentions magnesium"
        return
    if e["basis"] == "elemental":
        assert f"{e['elemental_mg']:g} mg" in text, f"{name}: elemental {e['elemental_mg']} mg not printed"
    if e["percent_dv"] != "":
        assert f"{e['percent_dv']}%" in text, f"{name}: {e['percent_dv']}% not printed"
    unit_words = {"capsule": "Capsule", "tablet": "Tablet", "softgel": "Softgel", "scoop": "Scoop",
                  "packet": "Packet"}
    if "Serving Size" in text:
        assert f"Serving Size {e['serving_count']} {unit_words[e['serving_unit']]}" in text, name
        assert f"Servings Per Container {e['spc']}" in text, name


def main():
    check_fonts()
    IMG_DIR.mkdir(parents=True, exist_ok=True)
    TXT_DIR.mkdir(parents=True, exist_ok=True)
    for old in list(IMG_DIR.iterdir()) + list(TXT_DIR.iterdir()):
        if old.is_file():
            old.unlink()

    rows = []
    clean = {}
    for name, p in PRODUCTS.items():
        img, lines = render_product(p["spec"])
        clean[name] = img
        self_check(name, lines)
        buf = io.BytesIO()
        img.save(buf, "PNG", optimize=True)
        write_bytes(IMG_DIR / f"{name}_clean.png", buf.getvalue())
        (TXT_DIR / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        rows.append(csv_row(f"{name}_clean.png", name, "clean", "none"))

    for fname, prod, label, data, note in build_degraded(clean):
        write_bytes(IMG_DIR / fname, data)
        rows.append(csv_row(fname, prod, "degraded", label, note))

    # HEIC: bisglycinate panel, slight tilt, phone-like size
    im = fit_long_side(rotate(clean["bisglycinate"], -3, WHITE), 1400)
    write_bytes(IMG_DIR / "bisglycinate_phone.heic", heic_bytes(im))
    rows.append(csv_row("bisglycinate_phone.heic", "bisglycinate", "degraded", "heic_rotate_-3deg",
                        "HEIC; needs pillow_heif.register_heif_opener()"))

    with open(HERE / "expected.csv", "w", newline="", encoding="utf-8") as fh:
        wr = csv.DictWriter(fh, fieldnames=CSV_COLUMNS, lineterminator="\n")
        wr.writeheader()
        wr.writerows(rows)
    n_clean = sum(r["kind"] == "clean" for r in rows)
    print(f"wrote {len(rows)} images ({n_clean} clean, {len(rows) - n_clean} degraded), "
          f"{len(PRODUCTS)} label texts, expected.csv")


if __name__ == "__main__":
    main()
