"""Boxes → rows: the reading order of a label rebuilt from the geometry of its text boxes, whatever engine found them.

An engine gives pieces of text with their quadrilaterals (a detected line, or a word). A label's facts live in rows
("Magnesium (as magnesium glycinate) … 200 mg 48%") whose pieces an engine often finds apart: the name, a leader,
the amount and the %DV are separate boxes, a photo is tilted, a bottle curves the rows, a long name wraps onto a
second line. The parser reads text, so this stage writes one line per row, in reading order:

1. **Dominant angle**: the median direction of the boxes' baselines; every point is turned by it, so rows run
   left to right even in a tilted photo.
2. **Rows by following baselines**, not horizontal bands: boxes are taken left to right, and each joins the row
   whose last box's baseline, extended towards it, passes within `ROW_TOLERANCE` line heights of its centre. The
   extension follows a slope field fitted to every long box's midline (the line through its left-middle and
   right-middle points), so a curved bottle's bowed rows and a tilted photo's slanted ones are followed.
3. **Wrapped names**: a row whose fact continues on the row right under it (an open parenthesis, a name going
   on in lower case, a name cut after a word that introduces the rest, or the values set alone on the next line)
   is joined with it, name part before the values.
   A row of text cells each wrapped onto the line below (a tile of short captions) is read cell by cell.
4. **Text**: pieces joined by one space, or two across a column gap (the parser reads two spaces as a column
   break, as in Tesseract's own layout); dot leaders become a column gap; a blank line where the vertical gap
   between rows is larger than a line (a new block: the parser uses it to end lists).

Every word keeps its box in the original photo's coordinates (the provenance the page draws).
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import regex as re

from ..clean import fold
from ..models import Box, TextBox, Word
from ..tables import forms, lexicon, longest_first

# A box joins a row when its centre lies within this many line heights of the row's extended midline. Rows are one
# line height apart, so half of that separates neighbours; 0.6 leaves room for a baseline bent by a curved bottle
# (the figure the photo-reading issue measured; bench/ocr.py).
ROW_TOLERANCE = 0.6
# Pieces of one row may overlap where an engine's boxes are padded: PP-OCR's detector grows each text core by
# D = area × r / perimeter (DB's unclip, r = 1.6 in RapidOCR's config), about r/2 core heights a side, so the box
# is (1 + r) cores tall and two neighbours with no space between their cores overlap by r / (1 + r) = 0.62 box
# heights. (Measured on blind sets 13 and 15's flat panels: same-row neighbours overlapped by up to 0.59; a
# narrower allowance, 0.5, split "Amount Per Serving" from "%DV Amount Per Day" on a header row.)
ROW_OVERLAP = 0.62
# Two spaces mark a column gap: wider than this many line heights between two pieces of a row.
COLUMN_GAP = 1.5
# A new block (blank line) starts where the space between two rows exceeds this many line heights; lines of
# one paragraph sit 0.2–0.6 line heights apart.
BLOCK_GAP = 1.0
# The two lines of one wrapped cell are at most this many line heights apart (tighter than a new block).
WRAP_GAP = 0.6 * BLOCK_GAP
# A continuation line of a wrapped name starts at most this far (in line heights) right of its first line.
WRAP_INDENT_MAX = 4.0
# Lines whose directions differ by at most this much belong to one orientation of the page (tilts of a hand-held
# photo and a curved bottle's rows stay within it; a quarter turn does not).
ANGLE_CLUSTER_DEG = 25.0
# A box at least this many line heights long shows the slope of its row (shorter ones: mostly noise).
RELIABLE_LENGTH = 3.0
# Text more than this many times taller or shorter than the median box is not body text (titles, clutter).
BODY_HEIGHT_RATIO = 1.5
# Slopes steeper than this (in a row's own frame, after the dominant angle) are a box's noise, not the row's curve.
MAX_LOCAL_SLOPE = 0.35
# A box's centre sits within about this many line heights of its row's midline, whatever its glyphs (a box of
# digits and "mg" leans: its tall digits and its descender pull its edges, while its centre stays within 1-2 px of
# a 42 px line, measured on PP-OCR's boxes of blind photos): the uncertainty of a slope measured between two boxes'
# centres, which is what lets two boxes far apart on one row tell the slope better than either.
CENTRE_NOISE = 0.1
# The slopes two boxes' centres can show are voted on in steps this fine (a pixel over 500).
SLOPE_STEP = 0.002
# The slope most pairs of boxes show is the rows' only with at least this many times the votes of any other: a
# sparse panel's few pairs line up by chance too (a title's centred lines with the names below them, six pairs
# at a slope of -0.077 on a flat German panel, against five on its rows).
PAIR_VOTE_MARGIN = 2.0

_RE_LEADER = re.compile(r"\s*(?:[.·…_]{3,}|(?:[.·] ){2,}[.·])\s*")
# A value cell: an amount with its unit, or a percentage (what makes a row a fact row rather than a name).
_RE_VALUE = re.compile(r"[<>≤]?\d+(?:[.,]\d+)*\s*(?:mg|mcg|µg|ug|g|iu|ie|kcal|kj|ml|%)(?![\p{L}])", re.IGNORECASE)


@dataclass(frozen=True)
class _Piece:
    """A box in the deskewed frame."""

    box: TextBox
    text: str
    x0: float
    x1: float
    yc: float
    height: float
    slope: float  # dy/dx of its midline in the deskewed frame

    @property
    def xc(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass
class _Row:
    pieces: list[_Piece]

    @property
    def last(self) -> _Piece:
        return self.pieces[-1]

    @property
    def top(self) -> float:
        return min(p.yc - p.height / 2 for p in self.pieces)

    @property
    def bottom(self) -> float:
        return max(p.yc + p.height / 2 for p in self.pieces)

    @property
    def yc(self) -> float:
        return statistics.fmean(p.yc for p in self.pieces)

    @property
    def height(self) -> float:
        return statistics.median(p.height for p in self.pieces)

    @property
    def x0(self) -> float:
        return self.pieces[0].x0

    @property
    def text(self) -> str:
        return " ".join(p.text for p in self.pieces)


@dataclass(frozen=True)
class Layout:
    """The reading of a page: text in reading order and the words with their boxes."""

    text: str
    words: tuple[Word, ...]
    angle_deg: float
    rows: int


def _baseline_angle_deg(box: TextBox) -> float:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = box.quad
    # the mean of the top and bottom edges' directions
    dx, dy = (x1 - x0) + (x2 - x3), (y1 - y0) + (y2 - y3)
    return math.degrees(math.atan2(dy, dx))


def quad_length(quad) -> float:
    """Length of a quadrilateral's top edge (corners in reading order)."""
    (x0, y0), (x1, y1), _, _ = quad
    return math.hypot(x1 - x0, y1 - y0)


def quad_height(quad) -> float:
    """Mean length of a quadrilateral's left and right edges: its text's height."""
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = quad
    return (math.hypot(x3 - x0, y3 - y0) + math.hypot(x2 - x1, y2 - y1)) / 2


def scaled_boxes(boxes, sx: float, sy: float) -> list[TextBox]:
    """The boxes with every corner multiplied by (sx, sy): from one image's pixels to another's."""
    if (sx, sy) == (1.0, 1.0):
        return list(boxes)
    return [TextBox(b.text, tuple((x * sx, y * sy) for x, y in b.quad), b.conf) for b in boxes]  # type: ignore[arg-type]


def _box_length(box: TextBox) -> float:
    return quad_length(box.quad)


def _box_height(box: TextBox) -> float:
    return quad_height(box.quad)


def _angle_diff(a: float, b: float) -> float:
    return (a - b + 180.0) % 360.0 - 180.0


def dominant_angle_deg(boxes: list[TextBox] | tuple[TextBox, ...]) -> float:
    """The direction most text runs in, in degrees clockwise on screen (y down), from the longer boxes' baselines.

    Angles live on a circle (an upside-down line is at 180° or -180°): the direction with the most text within
    `ANGLE_CLUSTER_DEG` of it wins, weighted by length (a line says more than a lone digit), and its cluster's
    mean is returned; 0 when there is nothing to measure.
    """
    samples = [(_baseline_angle_deg(b), _box_length(b)) for b in boxes if _box_length(b) >= 2 * _box_height(b) > 0]
    if not samples:
        return 0.0

    def support(center: float) -> float:
        return sum(w for a, w in samples if abs(_angle_diff(a, center)) <= ANGLE_CLUSTER_DEG)

    center = max((a for a, _ in samples), key=support)
    near = [(_angle_diff(a, center), w) for a, w in samples if abs(_angle_diff(a, center)) <= ANGLE_CLUSTER_DEG]
    mean = center + sum(d * w for d, w in near) / sum(w for _, w in near)
    return _angle_diff(mean, 0.0)


def _deskew(box: TextBox, cos: float, sin: float) -> _Piece:
    # turn every point by -angle: the text's baseline becomes horizontal
    pts = [(x * cos + y * sin, -x * sin + y * cos) for x, y in box.quad]
    (ax, ay), (bx, by), (cx, cy), (dx, dy) = pts
    left_mid = ((ax + dx) / 2, (ay + dy) / 2)
    right_mid = ((bx + cx) / 2, (by + cy) / 2)
    run = right_mid[0] - left_mid[0]
    slope = (right_mid[1] - left_mid[1]) / run if run > 1 else 0.0
    slope = max(-MAX_LOCAL_SLOPE, min(MAX_LOCAL_SLOPE, slope))
    xs = [p[0] for p in pts]
    return _Piece(
        box=box, text=box.text.strip(), x0=min(xs), x1=max(xs), yc=(left_mid[1] + right_mid[1]) / 2,
        height=max(1.0, _box_height(box)), slope=slope,
    )


@dataclass(frozen=True)
class SlopeField:
    """How steep the rows run at each point of the page: slope = a + b·x + c·y + d·x·y (deskewed frame).

    Fitted by least squares to the midline slopes of the longer boxes and to the lines between boxes of one row
    (_PairLines), each weighted by its length squared (a slope's inverse variance). A short box's own
    slope is mostly noise (a pixel over 80 px is 0.0125, which over 900 px is a whole line), while the field
    pools every line's evidence: a flat page gives 0, a tilt left over gives a, a bottle's curve (rows bowed into
    parabolas, flatter at the top or bottom) gives b and d, perspective gives c. Between two points the row then
    rises by the field's slope at the midpoint times the run — exact where the slope is linear in x.

    Outside the fitted lines the field keeps the slope it has at their edge: a polynomial extrapolated is not
    evidence, and a value column far right of the names (a 1,300 px leader on a flat panel) was sent a whole row
    up by a curvature term fitted to noise.
    """

    a: float = 0.0
    b: float = 0.0
    c: float = 0.0
    d: float = 0.0
    x0: float = 0.0  # centre of the fitted points (keeps the products well scaled)
    y0: float = 0.0
    u_lo: float = -math.inf  # the fitted lines' centres span x0 + [u_lo, u_hi] and y0 + [v_lo, v_hi]
    u_hi: float = math.inf
    v_lo: float = -math.inf
    v_hi: float = math.inf

    def clamped(self, x: float, y: float) -> tuple[float, float]:
        """(u, v) of a point, held within the fitted lines' extent."""
        return min(max(x - self.x0, self.u_lo), self.u_hi), min(max(y - self.y0, self.v_lo), self.v_hi)

    def slope(self, x: float, y: float) -> float:
        u, v = self.clamped(x, y)
        return self.a + self.b * u + self.c * v + self.d * u * v

    def rise(self, xa: float, ya: float, xb: float, yb: float) -> float:
        return self.slope((xa + xb) / 2, (ya + yb) / 2) * (xb - xa)


def slope_field(pieces: list[_Piece]) -> SlopeField:
    """The slope field of the body text's long lines (see SlopeField). Residuals below a box's pixel noise are no
    evidence for a curve: the layout pairs a name with an amount 2,000 px away on this field, and its pairing is
    final; and the straightening (`row_field`) fitted without that sheared a flat panel's value column a row up
    against its names (a flat Australian panel read 340 mg for 250 mg once the probe saw more of its lines)."""
    body_h = statistics.median(p.height for p in pieces) if pieces else 0.0
    # lines of the body text only: a title or a word on the background (a photo's clutter, another label) lies
    # on another surface, often at another slant
    body = [p for p in pieces if body_h / BODY_HEIGHT_RATIO <= p.height <= body_h * BODY_HEIGHT_RATIO]
    # (x, y, slope, length): each long box's own midline
    points = [(p.xc, p.yc, p.slope, p.x1 - p.x0) for p in body if p.x1 - p.x0 >= RELIABLE_LENGTH * p.height]
    # the lines between boxes of one row pin its slope better than the boxes' own (_PairLines): the pairs on the
    # slope most pairs agree on, then every pair the field fitted with them agrees with (a bow's slope is local)
    pairs = _PairLines(body) if len(body) >= 2 else None
    inliers = pairs.mode_inliers() if pairs is not None and len(pairs) else None
    if inliers is None:
        return _fit(points) if points else SlopeField()
    field = _fit(points + pairs.samples(inliers))
    return _fit(points + pairs.samples(pairs.field_inliers(field)))


def _fit(points: list[tuple[float, float, float, float]]) -> SlopeField:
    """The slope field fitted to (x, y, slope, length) samples. A slope read over a
    length is uncertain by about a pixel over it, so each sample weighs its inverse variance, length²: a 1,600 px
    ingredient line shows its row's slope far better than a dozen 150 px cells (their glyphs lean them)."""
    lengths = [pt[3] for pt in points]
    w = [length * length for length in lengths]
    x0 = sum(wi * pt[0] for wi, pt in zip(w, points)) / sum(w)
    y0 = sum(wi * pt[1] for wi, pt in zip(w, points)) / sum(w)
    rows = [(1.0, pt[0] - x0, pt[1] - y0, (pt[0] - x0) * (pt[1] - y0)) for pt in points]
    ys = [pt[2] for pt in points]
    # a model with more terms than the evidence supports is noise: a constant under 4 samples, a plane under 8,
    # and of those the evidence allows, the one the Bayesian information criterion prefers (a flat panel's slopes
    # scatter by a pixel over a box; fitted as a bow, that scatter bent a far column a row off)
    n = len(points)
    total_w = sum(w)
    # a slope read off a box is uncertain by about a pixel over its length: the length-weighted mean of (1 px / length)²
    noise = sum(1 / length for length in lengths) / sum(lengths)
    best: tuple[float, list[float]] | None = None
    for terms in (1, 3, 4):
        if terms > 1 and n < (4 if terms == 3 else 8):
            break
        fit = _weighted_lstsq([r[:terms] for r in rows], ys, w)
        rss = sum(wi * (y - sum(cf * x for cf, x in zip(fit, r))) ** 2 for r, y, wi in zip(rows, ys, w)) / total_w
        bic = n * math.log(rss + noise) + terms * math.log(n)
        if best is None or bic < best[0]:
            best = (bic, fit)
    coef = [float(c) for c in best[1]] + [0.0] * (4 - len(best[1]))
    us, vs = [pt[0] - x0 for pt in points], [pt[1] - y0 for pt in points]
    return SlopeField(*coef, x0=x0, y0=y0, u_lo=min(us), u_hi=max(us), v_lo=min(vs), v_hi=max(vs))


class _PairLines:
    """Every pair of body boxes that could share a row, the left one's centre to the right one's, far enough apart
    (`RELIABLE_LENGTH` line heights) that their line tells the row's slope better than either box does: to within
    `CENTRE_NOISE` line heights over their distance (a short box's own slope is biased by its glyphs: the tall
    digits and the "g" of "60 mg" lean it)."""

    def __init__(self, pieces: list[_Piece]) -> None:
        import numpy as np

        ps = sorted(pieces, key=lambda q: q.xc)
        xc = np.array([q.xc for q in ps])
        yc = np.array([q.yc for q in ps])
        x0 = np.array([q.x0 for q in ps])
        x1 = np.array([q.x1 for q in ps])
        h = np.array([q.height for q in ps])
        found_i, found_j = [], []
        for a in range(len(ps) - 1):  # one box at a time: memory grows with the pairs kept, not with n²
            j = np.arange(a + 1, len(ps))
            line_h = np.minimum(h[a], h[j])
            dx = xc[j] - xc[a]
            keep = (dx >= RELIABLE_LENGTH * line_h) & (x0[j] >= x1[a] - ROW_OVERLAP * line_h)
            keep &= np.maximum(h[a], h[j]) <= BODY_HEIGHT_RATIO * line_h
            keep &= np.abs(yc[j] - yc[a]) <= MAX_LOCAL_SLOPE * dx
            found_j.append(j[keep])
            found_i.append(np.full(int(keep.sum()), a))
        i = np.concatenate(found_i) if found_i else np.zeros(0, dtype=int)
        j = np.concatenate(found_j) if found_j else np.zeros(0, dtype=int)
        self.i, self.dx = i, xc[j] - xc[i]
        self.slope = (yc[j] - yc[i]) / np.where(self.dx > 0, self.dx, 1.0)
        self.tol = CENTRE_NOISE * np.minimum(h[i], h[j]) / np.where(self.dx > 0, self.dx, 1.0)
        self.x = (xc[i] + xc[j]) / 2
        self.y = (yc[i] + yc[j]) / 2
        self.order = np.argsort(self.dx, kind="stable")

    def __len__(self) -> int:
        return len(self.i)

    def mode_inliers(self):
        """The pairs agreeing with the slope most pairs show, or None when another slope is as popular. Boxes of
        one row all show the row's slope; a box paired with another row's shows it plus a row spacing over their
        distance, which differs with the distance, so those votes scatter (a value column 4,000 px right of its
        names, followed by the boxes' own slopes, came out a row off). A slope that only ties another is no
        evidence: names in one column beside a sparse value column far right show the right rows and the rows
        one off equally often; it must win by `PAIR_VOTE_MARGIN`."""
        import numpy as np

        n_bins = int(2 * MAX_LOCAL_SLOPE / SLOPE_STEP) + 1
        lo = np.clip(np.floor((self.slope - self.tol + MAX_LOCAL_SLOPE) / SLOPE_STEP), 0, n_bins - 1).astype(int)
        hi = np.clip(np.floor((self.slope + self.tol + MAX_LOCAL_SLOPE) / SLOPE_STEP), 0, n_bins - 1).astype(int)
        votes = np.zeros(n_bins + 1)
        np.add.at(votes, lo, 1.0)
        np.add.at(votes, hi + 1, -1.0)
        votes = np.cumsum(votes)[:n_bins]
        best = int(np.argmax(votes))
        mode = (best + 0.5) * SLOPE_STEP - MAX_LOCAL_SLOPE
        agree = np.abs(self.slope - mode) <= self.tol + SLOPE_STEP
        # a rival is a slope the agreeing pairs, as precisely as most of them measure, tell apart from the mode
        spread = int(np.ceil(2 * np.median(self.tol[agree]) / SLOPE_STEP))
        rival = np.concatenate([votes[: max(0, best - spread)], votes[best + spread + 1:]])
        if rival.size and PAIR_VOTE_MARGIN * rival.max() > votes[best]:
            return None
        return agree

    def field_inliers(self, field: SlopeField):
        """The pairs whose slope the field shows at their midpoint (a bottle's bowed rows: a slope only local)."""
        import numpy as np

        u = np.clip(self.x - field.x0, field.u_lo, field.u_hi)
        v = np.clip(self.y - field.y0, field.v_lo, field.v_hi)
        return np.abs(self.slope - (field.a + field.b * u + field.c * v + field.d * u * v)) <= self.tol + SLOPE_STEP

    def samples(self, inliers) -> list[tuple[float, float, float, float]]:
        """(x, y, slope, length) of the inlying pairs, each box with its nearest inlying partner to the right."""
        out: list[tuple[float, float, float, float]] = []
        taken: set[int] = set()
        for k in self.order[inliers[self.order]]:
            left = int(self.i[k])
            if left not in taken:
                taken.add(left)
                out.append((float(self.x[k]), float(self.y[k]), float(self.slope[k]), float(self.dx[k])))
        return out


def _weighted_lstsq(rows: list[tuple[float, ...]], ys: list[float], ws: list[float]) -> list[float]:
    """Solve the weighted normal equations (tiny: at most 4 unknowns) by Gaussian elimination."""
    n = len(rows[0])
    ata = [[sum(w * r[i] * r[j] for r, w in zip(rows, ws)) for j in range(n)] for i in range(n)]
    atb = [sum(w * r[i] * y for r, y, w in zip(rows, ys, ws)) for i in range(n)]
    for i in range(n):
        ata[i][i] += 1e-9 * (ata[0][0] or 1.0)  # ridge: a degenerate spread (all boxes in one column) stays solvable
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(ata[r][col]))
        ata[col], ata[piv] = ata[piv], ata[col]
        atb[col], atb[piv] = atb[piv], atb[col]
        if abs(ata[col][col]) < 1e-12:
            return [0.0] * n
        for r in range(n):
            if r != col:
                f = ata[r][col] / ata[col][col]
                ata[r] = [a - f * b for a, b in zip(ata[r], ata[col])]
                atb[r] -= f * atb[col]
    return [atb[i] / ata[i][i] for i in range(n)]


def _deskewed(boxes: list[TextBox] | tuple[TextBox, ...]) -> tuple[float, list[_Piece]]:
    """The dominant angle of the boxes that hold text, and those boxes turned by it (rows run left to right)."""
    boxes = [b for b in boxes if b.text.strip()]
    angle = dominant_angle_deg(boxes)
    t = math.radians(angle)
    return angle, [_deskew(b, math.cos(t), math.sin(t)) for b in boxes]


def row_field(boxes: list[TextBox] | tuple[TextBox, ...]) -> tuple[float, SlopeField]:
    """The dominant angle of `boxes` and the slope field their rows follow in the frame turned by it."""
    angle, pieces = _deskewed(boxes)
    return angle, slope_field(pieces)


def _rows(pieces: list[_Piece]) -> list[_Row]:
    """Group pieces into rows by following each row's baseline from left to right."""
    field = slope_field(pieces)
    rows: list[_Row] = []
    for p in sorted(pieces, key=lambda q: (q.x0, q.yc)):
        best: tuple[float, _Row] | None = None
        for row in rows:
            last = row.last
            line_h = min(last.height, p.height)
            if p.x0 < last.x1 - ROW_OVERLAP * line_h:
                continue  # overlaps the row's last piece: another row
            off = abs((p.yc - last.yc) - field.rise(last.xc, last.yc, p.xc, p.yc))
            if off <= ROW_TOLERANCE * line_h and (best is None or off < best[0]):
                best = (off, row)
        if best is None:
            rows.append(_Row([p]))
        else:
            best[1].pieces.append(p)
    # rows in the order their baselines cross one vertical, the page's left edge: a row's mean height is not its
    # place when it spans a wide panel whose lines still slope after deskewing (a "200 mg" 2,100 px right of its
    # name lay 47 px lower, and put the row under the name's next line)
    x_left = min((p.x0 for p in pieces), default=0.0)
    rows.sort(key=lambda r: (statistics.fmean(p.yc - field.rise(x_left, p.yc, p.xc, p.yc) for p in r.pieces), r.x0))
    return rows


def _has_value(text: str) -> bool:
    return _RE_VALUE.search(text) is not None


def _name_part(row: _Row) -> tuple[list[_Piece], list[_Piece]]:
    """Split a row into its name pieces and its value pieces (from the first piece that starts with a value)."""
    for i, p in enumerate(row.pieces):
        # a bare number counts as a value only after a name ("5-HTP" may start a name; "240 mg" never does)
        if _RE_VALUE.match(p.text.lstrip(" .·…_:")) or (i and p.text[:1].isdigit()):
            return row.pieces[:i], row.pieces[i:]
    return list(row.pieces), []


def _alternation(words) -> str:
    """The folded words as one alternation, longest first, a space in a word matching any run of spaces."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in longest_first(fold(w).lower() for w in words))


@cache
def _re_open_end() -> re.Pattern:
    """A name line cut after a word that introduces what follows ("davon aus", "Magnesium (as", "of which"): the
    label's linking, introducing and sub-row words (lexicon.toml)."""
    lex = lexicon()
    body = _alternation(w for key in ("linking_words", "intro_words", "subrow_words") for w in lex[key])
    return re.compile(rf"(?<![\p{{L}}])(?:{body})\s*$", re.IGNORECASE)


@cache
def _re_mineral_then_salt() -> tuple[re.Pattern, re.Pattern]:
    """A name line ending in the mineral's name ("Magnesium") and one starting with a salt's ("L-Threonate",
    "Bisglycinate Chelate"): the magnesium words of lexicon.toml and the salt stems of forms.toml."""
    mineral = re.compile(rf"(?<![\p{{L}}])(?:{_alternation(lexicon()['magnesium_words'])})\s*$", re.IGNORECASE)
    salt = re.compile(rf"^(?:(?:l|d|dl|di|tri)-\s?)?(?:{_alternation(s for info in forms().values() for s in info.stems)})", re.IGNORECASE)
    return mineral, salt


def _continues(upper: _Row, lower: _Row) -> bool:
    """Is `lower` the rest of the fact row begun in `upper` (one cell printed on two lines)?

    Three typographic signs, each general: a parenthesis left open in the name; a name continued in lower case;
    or the values alone on the next line, to the right of a name that has none.
    """
    line_h = min(upper.height, lower.height)
    if lower.top - upper.bottom > WRAP_GAP * line_h:
        return False
    names_up, values_up = _name_part(upper)
    names_low, values_low = _name_part(lower)
    if not names_up:
        return False
    if not names_low:
        # "Magnesio" over "240 mg  64 %": the amounts were set on the line below the name
        return not values_up and values_low[0].x0 > names_up[-1].x0
    indent = lower.x0 - upper.x0
    if not (-0.5 * line_h <= indent <= WRAP_INDENT_MAX * line_h):
        return False
    up, low = " ".join(p.text for p in names_up), names_low[0].text
    low_names = " ".join(p.text for p in names_low)
    closes = re.match(r"[^()]*\)", low_names) is not None  # the lower line closes a parenthesis before opening one
    if up.count("(") > up.count(")") and closes:
        # a parenthesis left open is closed on the next line, whatever the values' rows ("Magnesium (as | 20 mg"
        # over "magnesium citrate) | 25%": one fact row whose amount and %DV sit on its two lines); a line that
        # opens its own first ("Vitamin A (as retinyl acetate and" over "Vitamin C (as …)") is the next row
        return True
    if not values_up and values_low and _re_open_end().search(fold(up)):
        # "davon aus" over "Magnesiumcitrat  120 mg": a name cut after a word that introduces the rest of it
        return True
    mineral, salt = _re_mineral_then_salt()
    if not values_up and mineral.search(fold(up)) and salt.match(fold(low_names)):
        # "Magnesium" over "L-Threonate" or "Bisglycinate Chelate  200 mg": a title-case name cut between the
        # mineral and its salt
        return True
    if values_up and values_low:
        return False  # two fact rows, each with its values
    if values_up:
        return False  # a complete fact row; what follows is the next row
    # a name continued in lower case ("Magnesium bisglycinate" over "chelate 1,000 mg") or by its parenthesis
    # ("Magnesium" over "(as magnesium chloride) 128 mg"), not after a sentence
    return (low[:1].islower() or low[:1] in "()],&") and not up.rstrip().endswith((".", ":"))


def _cells(row: _Row) -> list[list[_Piece]]:
    """The row's pieces in cells: a new cell after each column gap (the gap the text marks with two spaces)."""
    out: list[list[_Piece]] = []
    for p in row.pieces:
        if out and p.x0 - out[-1][-1].x1 <= COLUMN_GAP * row.height:
            out[-1].append(p)
        else:
            out.append([p])
    return out


def _wrapped_cells(upper: _Row, lower: _Row) -> list[list[_Piece]] | None:
    """The cells of a row of text cells each printed on two lines, read cell by cell; None if `lower` is not that.

    A grid of short texts (a "free from" tile: "Unnecessary Binders," over "Fillers & Preservatives", beside
    "Magnesium" over "Stearate") reads row by row as words of different cells side by side. It is one when the two
    lines are as close as one cell's lines, have as many cells, each under its own (overlapping it and no other),
    hold no values (a table's rows carry them), and at least one cell shows it goes on: its first line ends in a
    joining sign or its second starts in lower case. Cells typeset together wrap together, so every cell joins.
    """
    line_h = min(upper.height, lower.height)
    if lower.top - upper.bottom > WRAP_GAP * line_h or any(_has_value(p.text) for p in upper.pieces + lower.pieces):
        return None
    ups, lows = _cells(upper), _cells(lower)
    if len(ups) < 2 or len(ups) != len(lows):
        return None

    def span(cell: list[_Piece]) -> tuple[float, float]:
        return cell[0].x0, cell[-1].x1

    for i, low in enumerate(lows):
        lo0, lo1 = span(low)
        under = [j for j, up in enumerate(ups) if min(lo1, span(up)[1]) > max(lo0, span(up)[0])]
        if under != [i]:
            return None
    goes_on = any(" ".join(p.text for p in up).rstrip().endswith((",", "&", "+", "-", "/"))
                  or low[0].text[:1].islower() for up, low in zip(ups, lows))
    return [up + low for up, low in zip(ups, lows)] if goes_on else None


def _joined(upper: _Row, lower: _Row) -> _Row:
    names_up, values_up = _name_part(upper)
    names_low, values_low = _name_part(lower)
    return _Row(names_up + names_low + values_up + values_low)


def _closing_run(rows: list[_Row], k: int) -> int:
    """How many rows after rows[k] finish the parenthesis rows[k] leaves open, when the name wraps over several
    lines ("Magnesium (as" / "Magnesium" / "Bisglycinate" / "Chelate) 350 mg 83%"): name lines with no values,
    each close under the one before and none opening a parenthesis of its own, up to the one that closes it.
    0 when no such line closes it (an OCR that lost the ")" must not swallow the rows below)."""
    names, values = _name_part(rows[k])
    text = " ".join(p.text for p in names)
    if values or text.count("(") <= text.count(")"):
        return 0
    for j in range(k + 1, len(rows)):
        upper, lower = rows[j - 1], rows[j]
        line_h = min(upper.height, lower.height)
        names_low, values_low = _name_part(lower)
        low = " ".join(p.text for p in names_low)
        if (not names_low or lower.top - upper.bottom > WRAP_GAP * line_h
                or not (-0.5 * line_h <= lower.x0 - rows[k].x0 <= WRAP_INDENT_MAX * line_h)):
            return 0
        if re.match(r"[^()]*\)", low):
            return j - k
        if "(" in low or values_low:
            return 0
    return 0


def _join_wrapped(rows: list[_Row]) -> list[_Row]:
    out: list[_Row] = []
    k = 0
    while k < len(rows):
        run = _closing_run(rows, k)
        if run > 1:
            # a name wrapped over several lines inside its parenthesis: one row
            row = rows[k]
            for lower in rows[k + 1 : k + run + 1]:
                row = _joined(row, lower)
            out.append(row)
            k += run + 1
            continue
        row = rows[k]
        cells = _wrapped_cells(out[-1], row) if out else None
        if cells is not None:
            out[-1] = _Row([p for cell in cells for p in cell])
        elif out and _continues(out[-1], row):
            out[-1] = _joined(out[-1], row)
        else:
            out.append(row)
        k += 1
    return out


def layout(boxes: list[TextBox] | tuple[TextBox, ...], image_size: tuple[int, int],
           to_photo: Callable[[TextBox], TextBox] | None = None) -> Layout:
    """Rows of text in reading order from an engine's boxes.

    Args:
        boxes: text pieces with their quadrilaterals in the original photo's coordinates.
        image_size: (width, height) of that photo; word boxes are clipped to it.
        to_photo: when `boxes` are on a straightened copy of the photo (ocr/dewarp.py), maps one onto the photo:
            rows are grouped where they are level, and each word's box is drawn where it is on the photo.

    Returns:
        The text the parser reads and each word's span in it and box on the photo.
    """
    angle, pieces = _deskewed(boxes)
    rows = _join_wrapped(_rows(pieces))
    line_h = statistics.median(r.height for r in rows) if rows else 0.0
    parts: list[str] = []
    words: list[Word] = []
    pos = 0
    prev: _Row | None = None
    for row in rows:
        if prev is not None:
            sep = "\n\n" if row.top - prev.bottom > BLOCK_GAP * min(line_h, row.height, prev.height) else "\n"
            parts.append(sep)
            pos += len(sep)
        prev = row
        last_x1: float | None = None
        leader = False  # a piece that was only a dot leader: the next piece is in another column
        for p in row.pieces:
            text = _RE_LEADER.sub("  ", p.text).strip()
            if not text:
                leader = True
                continue
            if last_x1 is not None:
                sep = "  " if (leader or p.x0 - last_x1 > COLUMN_GAP * row.height) else " "
                parts.append(sep)
                pos += len(sep)
            leader = False
            parts.append(text)
            on_photo = to_photo(p.box) if to_photo is not None else p.box
            words.append(Word(text=text, span=(pos, pos + len(text)), box=_bounding_box(on_photo, image_size), conf=p.box.conf))
            pos += len(text)
            last_x1 = p.x1
    return Layout(text="".join(parts), words=tuple(words), angle_deg=round(angle, 1), rows=len(rows))


def _bounding_box(box: TextBox, image_size: tuple[int, int]) -> Box:
    w, h = image_size
    xs = [min(max(x, 0.0), w) for x, _ in box.quad]
    ys = [min(max(y, 0.0), h) for _, y in box.quad]
    x0, y0 = math.floor(min(xs)), math.floor(min(ys))
    return Box(left=x0, top=y0, width=max(0, math.ceil(max(xs)) - x0), height=max(0, math.ceil(max(ys)) - y0))
