"""Straightening rows (ocr/dewarp.py) on drawn images: tilted and bowed rows come out level and flat, and every
output pixel maps back to the photo pixel it was taken from (the provenance boxes the page draws)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PIL import Image, ImageDraw

from auditor.models import TextBox
from auditor.ocr.dewarp import plan

W, H = 1000, 700
ROWS_Y = (180, 260, 340, 420, 500)
LINE_H = 20.0


def _row_y(x: float, y0: float, tilt_deg: float, bow: float) -> float:
    """A row of a label turned by tilt_deg and wrapped round a bottle (bowed into a parabola)."""
    return y0 + math.tan(math.radians(tilt_deg)) * (x - W / 2) + bow * (x - W / 2) ** 2


def _page(tilt_deg: float, bow: float) -> tuple[Image.Image, list[TextBox]]:
    """Dark rows drawn on a white page, and the boxes an engine would report for them (pieces 120 px long)."""
    im = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(im)
    boxes = []
    for y0 in ROWS_Y:
        pts = [(x, _row_y(x, y0, tilt_deg, bow)) for x in range(150, 851, 5)]
        d.line(pts, fill="black", width=4)
        for x in range(150, 850, 130):
            xa, xb = x, x + 120
            ya, yb = _row_y(xa, y0, tilt_deg, bow), _row_y(xb, y0, tilt_deg, bow)
            h = LINE_H / 2
            boxes.append(TextBox("text", ((xa, ya - h), (xb, yb - h), (xb, yb + h), (xa, ya + h)), 95.0))
    return im, boxes


def _line_spreads(im: Image.Image) -> list[float]:
    """For each drawn row in `im`: how far its centre line rises and falls across the middle 70% of its length, px."""
    a = np.asarray(im.convert("L")) < 128
    dark_cols = np.flatnonzero(a.any(axis=0))
    lo, hi = dark_cols.min(), dark_cols.max()
    margin = int(0.15 * (hi - lo))

    def centres(x: int) -> list[float]:
        ys = np.flatnonzero(a[:, x])
        return [float(r.mean()) for r in np.split(ys, np.flatnonzero(np.diff(ys) > 3) + 1) if r.size] if ys.size else []

    mid = (lo + hi) // 2
    tracks = [[c] for c in centres(mid)]
    for cols in (range(mid + 10, hi - margin, 10), range(mid - 10, lo + margin, -10)):
        last = [t[0] for t in tracks]
        for x in cols:
            found = centres(x)
            for k, t in enumerate(tracks):  # follow each row to the nearest centre in this column
                if found:
                    last[k] = min(found, key=lambda c: abs(c - last[k]))
                    t.append(last[k])
    return [max(t) - min(t) for t in tracks]


@pytest.mark.parametrize("tilt_deg, bow", [(8.0, 0.0), (-12.0, 0.0), (0.0, 0.0004), (6.0, -0.0003)])
def test_rows_come_out_level_and_flat(tilt_deg, bow):
    im, boxes = _page(tilt_deg, bow)
    before = _line_spreads(im)
    assert max(before) > 15, "the drawn rows must be tilted or bowed for this test to mean anything"
    warp = plan(boxes, im.size)
    assert warp is not None
    after = _line_spreads(warp.apply(im))
    assert len(after) == len(ROWS_Y)
    assert max(after) <= 3.0, (before, after)


def test_level_flat_rows_are_left_alone():
    im, boxes = _page(0.0, 0.0)
    assert plan(boxes, im.size) is None, "nothing to straighten: no resample"


def test_output_pixels_map_back_to_where_they_came_from():
    """A dark pixel of the straightened image maps (to_source) onto a dark pixel of the photo: the boxes found
    on the straightened image land on the photo's text."""
    im, boxes = _page(9.0, 0.0002)
    warp = plan(boxes, im.size)
    out = np.asarray(warp.apply(im).convert("L")) < 128
    src = np.asarray(im.convert("L")) < 128
    ys, xs = np.nonzero(out)
    pick = np.linspace(0, len(xs) - 1, 200).astype(int)
    hits = 0
    for k in pick:
        x, y = warp.to_source(float(xs[k]), float(ys[k]))
        xi, yi = int(round(x)), int(round(y))
        window = src[max(0, yi - 2) : yi + 3, max(0, xi - 2) : xi + 3]
        hits += bool(window.any())
    assert hits >= 195, hits


def test_boxes_map_back_with_their_text():
    im, boxes = _page(5.0, 0.0)
    warp = plan(boxes, im.size)
    box = TextBox("Magnesium 200 mg", ((100.0, 100.0), (300.0, 100.0), (300.0, 120.0), (100.0, 120.0)), 90.0)
    back = warp.box_to_source(box)
    assert back.text == box.text and back.conf == box.conf
    assert back.quad[0] == pytest.approx(warp.to_source(100.0, 100.0))
