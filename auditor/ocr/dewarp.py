"""Straighten a photo's text rows before reading it again: a tilted, curved bottle's lines made level and flat.

PP-OCR recognises a detected line from a straight crop. On a curved bottle a long line bows inside its box, and
the recogniser reads its ends through the line above or below (measured on the blind photos: ingredient lists
became "magnesi ctrao,maesiocaroao"). The rows' own geometry says how to undo it: `layout.row_field` gives the
dominant angle and the slope field the rows follow (a + b·u + c·v + d·u·v, in the deskewed frame). Integrating
the slope along x from the field's centre gives how far each row has risen at each x:

    rise(u, v) = a·u + b·u²/2 + c·v·u + d·v·u²/2

(within the lines the field was fitted to; beyond them a row goes on at the slope it has at their edge)

so the output pixel (X, Y) is the source pixel on the same row at that x: turned back by the angle from
(X + ox, Y + oy + rise). One remap does both the turn and the flattening; `to_source` maps the boxes found on the
straightened image back to the photo, so provenance boxes still land on the photo.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PIL import Image

from ..models import TextBox
from .layout import SlopeField, quad_height, row_field

# A plan that moves no point of the image by more than this many pixels is not worth a resample.
MIN_SHIFT_PX = 1.0
# The straightened page keeps this many (median) line heights around the text the boxes show: the small print the
# scale probe did not find lies between and just beyond the lines it did (a panel's footnotes, an ingredient list).
TEXT_MARGIN_LINES = 4.0


@dataclass(frozen=True)
class Dewarp:
    """The straightening of one image: turn by `angle_deg`, then shift each row by the field's rise."""

    angle_deg: float
    field: SlopeField
    ox: float  # deskewed-frame coordinates of the output's top-left pixel
    oy: float
    width: int
    height: int

    def _rise(self, xd, yd):
        """How far the row through the field's centre column has risen at xd (scalars or numpy arrays): the
        integral of the slope, which beyond the fitted lines keeps its edge value (SlopeField)."""
        import numpy as np

        f = self.field
        u = np.asarray(xd - f.x0, dtype=np.float64)
        v = np.clip(np.asarray(yd - f.y0, dtype=np.float64), f.v_lo, f.v_hi)
        uc = np.clip(u, f.u_lo, f.u_hi)
        inside = f.a * uc + f.b * uc * uc / 2 + f.c * v * uc + f.d * v * uc * uc / 2
        edge_slope = f.a + f.b * uc + f.c * v + f.d * uc * v
        out = inside + edge_slope * (u - uc)
        return float(out) if out.ndim == 0 else out

    def to_source(self, x: float, y: float) -> tuple[float, float]:
        """An output pixel's place on the source image."""
        t = math.radians(self.angle_deg)
        xd, yo = x + self.ox, y + self.oy
        yd = yo + self._rise(xd, yo)
        return xd * math.cos(t) - yd * math.sin(t), xd * math.sin(t) + yd * math.cos(t)

    def apply(self, image: Image.Image) -> Image.Image:
        import cv2
        import numpy as np

        t = math.radians(self.angle_deg)
        xd = (np.arange(self.width, dtype=np.float32) + np.float32(self.ox))[None, :]
        yo = (np.arange(self.height, dtype=np.float32) + np.float32(self.oy))[:, None]
        yd = yo + self._rise(xd, yo).astype(np.float32)
        map_x = (xd * math.cos(t) - yd * math.sin(t)).astype(np.float32)
        map_y = (xd * math.sin(t) + yd * math.cos(t)).astype(np.float32)
        arr = np.asarray(image.convert("RGB"))
        out = cv2.remap(arr, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=(255, 255, 255))
        return Image.fromarray(out)

    def box_to_source(self, box: TextBox) -> TextBox:
        return TextBox(box.text, tuple(self.to_source(x, y) for x, y in box.quad), box.conf)  # type: ignore[arg-type]


def plan(boxes: list[TextBox] | tuple[TextBox, ...], size: tuple[int, int]) -> Dewarp | None:
    """The straightening that the rows of `boxes` (found on an image of `size`) call for; None when they are
    already level and flat (nothing to gain from a resample)."""
    angle, field = row_field(boxes)
    w, h = size
    t = math.radians(angle)
    cos, sin = math.cos(t), math.sin(t)
    corners = [(x * cos + y * sin, -x * sin + y * cos) for x, y in ((0, 0), (w, 0), (w, h), (0, h))]
    ox, oy = min(c[0] for c in corners), min(c[1] for c in corners)
    x1, y1 = max(c[0] for c in corners), max(c[1] for c in corners)
    # The page is cut to the text the boxes show, with a margin: a photo's background (a table, a hand, other
    # packs) costs the detector time and brings it clutter, and the turn's empty corners would add more.
    text = [(x * cos + y * sin, -x * sin + y * cos) for b in boxes if b.text.strip() for x, y in b.quad]
    if text:
        heights = sorted(quad_height(b.quad) for b in boxes if b.text.strip())
        margin = TEXT_MARGIN_LINES * heights[len(heights) // 2]
        ox, oy = max(ox, min(p[0] for p in text) - margin), max(oy, min(p[1] for p in text) - margin)
        x1, y1 = min(x1, max(p[0] for p in text) + margin), min(y1, max(p[1] for p in text) + margin)
    width, height = max(1, math.ceil(x1 - ox)), max(1, math.ceil(y1 - oy))
    d = Dewarp(angle, field, ox, oy, width, height)
    # rows already level and flat: the turn and the largest rise across the image move nothing by a pixel
    edges = [(x, y) for x in (0, width / 2, width) for y in (0, height / 2, height)]
    turn_px = abs(math.radians(angle)) * max(width, height)
    bend_px = max(abs(d._rise(x + ox, y + oy)) for x, y in edges)
    return d if max(turn_px, bend_px) > MIN_SHIFT_PX else None
