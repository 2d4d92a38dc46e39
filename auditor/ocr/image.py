"""Image decoding and the geometry every OCR engine shares: size limits, EXIF orientation, affine maps back to the photo.

Every transform an engine applies (scale, rotation, crop) is an affine matrix, so word boxes go back to the coordinates of
the decoded photo (after EXIF orientation: what a browser shows).
"""

from __future__ import annotations

import io
import math
import re
import struct
import warnings
from dataclasses import dataclass

import pillow_heif
from PIL import Image, ImageOps, UnidentifiedImageError

from ..errors import ImageReadError

pillow_heif.register_heif_opener()

# --- limits --------------------------------------------------------------------------------------------------
MAX_INPUT_BYTES = 64 * 1024 * 1024  # the largest phone JPEGs (200 MP, high quality) are 30-60 MB; the same cap as any input file
# Phones shoot 12, 48, 50, 108 and 200 M pixels (a 200 MP sensor: 16320 x 12240 = 199.8 M), and a scanner's or an
# editor's PNG of a label can be 8000 x 8000 = 64 M (issue 12). Beyond 250 M a "photo" is almost surely a
# decompression bomb (a few KB of PNG declaring 30000 x 30000 = 900 M would need 2.7 GB of RAM): refused from the
# header, before any pixel is decoded.
MAX_IMAGE_PIXELS = 250_000_000
# Photos above this are decoded smaller (JPEG DCT scaling) by both engines: the detector never needs more (it
# reads at most rapidocr.MAX_DETECT_PIXELS), and a 48 MP photo then stays within the memory of a small machine.
DECODE_MAX_PIXELS = 12_000_000
Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS

READABLE_FORMATS = "JPEG, PNG, WebP, TIFF, BMP, GIF, HEIC"
# Shapes no label photo has: text needs a few pixels, and the longest wrap-around label strip seen is about 3:1.
# A 50,000,000 × 1 PNG is 48 KB and would need gigabytes once scaled; refuse it before any scaling.
MIN_SIDE_PX = 16
MAX_ASPECT_RATIO = 20


# --- decoding ------------------------------------------------------------------------------------------------
def _not_an_image(name: str, detail: str = "") -> ImageReadError:
    extra = f" ({detail})" if detail else ""
    return ImageReadError(
        f"not an image Pillow can read{extra}; supported: {READABLE_FORMATS}. Re-export or re-take the photo",
        path=name,
    )


def page_count(data: bytes) -> int:
    """How many pages a multi-page TIFF holds; 1 for every other file (and when unreadable).

    Only TIFF pages are pages: a phone's JPEG often carries a second frame (MPO: a depth map or a preview), and an
    animation's frames are not sides of a label.
    """
    try:
        with warnings.catch_warnings():
            # a header over the pixel limit: load_image refuses it with our message; no Pillow warning on stderr
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as im:
                return max(1, int(getattr(im, "n_frames", 1) or 1)) if im.format == "TIFF" else 1
    except Exception:  # load_image reports what is wrong with the file
        return 1


def load_image(data: bytes, *, name: str = "<image>", max_pixels: int | None = None, page: int = 0) -> Image.Image:
    """Decode image bytes: EXIF orientation applied, first frame of animations/multi-page files, mode RGB or L.

    Args:
        data: the file's bytes.
        name: shown in error messages.
        max_pixels: a JPEG larger than this is decoded at 1/2, 1/4 or 1/8 of its size (libjpeg's DCT scaling, the
            smallest that keeps at least this many pixels): a 48 MP photo then costs 36 MB instead of 144 MB and
            a third of the time. Any image still larger than REDUCE_ABOVE times this (a PNG, WebP, TIFF or HEIC,
            which have no reduced decoding, or a JPEG between DCT scales) is shrunk to this many pixels as soon as
            it is decoded. `decoded_scale(im)` gives the factor back to the photo's own pixels. None: the image at
            its own size.
        page: which page (frame) of a multi-page file, from 0.

    Raises:
        ImageReadError: empty, larger than 64 MB, more than MAX_IMAGE_PIXELS (250 M) pixels, truncated, or not an image.
    """
    if not data:
        raise ImageReadError("the file is empty (0 bytes); upload the photo again", path=name)
    if len(data) > MAX_INPUT_BYTES:
        raise ImageReadError(
            f"the file is {len(data) / 2**20:.0f} MB; the limit is {MAX_INPUT_BYTES // 2**20} MB. "
            "Send a smaller photo (a 12 MP JPEG is 2–5 MB)",
            path=name,
        )
    try:
        with warnings.catch_warnings():
            # Pillow only warns between 1x and 2x MAX_IMAGE_PIXELS; treat that as the error it is for us.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data))
            w, h = im.size
            if w * h > MAX_IMAGE_PIXELS:  # Pillow only checks some formats at open(); check them all
                raise Image.DecompressionBombError(f"Image size ({w * h} pixels) exceeds limit")
            im.seek(min(page, max(0, int(getattr(im, "n_frames", 1) or 1) - 1)))
            w, h = im.size
            if min(w, h) < MIN_SIDE_PX or max(w, h) > MAX_ASPECT_RATIO * min(w, h):
                raise ImageReadError(
                    f"the image is {w:,}×{h:,} pixels; no label photo has that shape (at least {MIN_SIDE_PX} px a "
                    f"side, at most {MAX_ASPECT_RATIO}:1). Take a photo of the label",
                    path=name,
                )
            if max_pixels and w * h > max_pixels and im.format == "JPEG":
                k = math.sqrt(w * h / max_pixels)
                im.draft(im.mode if im.mode in ("RGB", "L") else "RGB", (math.ceil(w / k), math.ceil(h / k)))
            im.load()
            if max_pixels and im.width * im.height > REDUCE_ABOVE * max_pixels:
                im = _reduced(im, max_pixels)
            sx, sy = w / im.width, h / im.height
            orientation = im.getexif().get(0x0112, 1)
            im = ImageOps.exif_transpose(im) or im
            im = _to_rgb_or_l(im)
            if orientation in (5, 6, 7, 8):  # a quarter turn: the axes swap
                sx, sy = sy, sx
            if (sx, sy) != (1.0, 1.0):
                im.info[DECODED_SCALE_KEY] = (sx, sy)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as e:
        # Pillow's message is "Image size (N pixels) exceeds limit ..."; we say it in megapixels.
        found = re.search(r"\((\d+) pixels\)", str(e))
        dims = f"{int(found.group(1)) / 1e6:,.0f} M pixels" if found else str(e)
        raise ImageReadError(
            f"the image is {dims}; the limit is {MAX_IMAGE_PIXELS // 1_000_000} M pixels. Resize the photo and retry",
            path=name,
        ) from None
    except UnidentifiedImageError:
        raise _not_an_image(name) from None
    except ImageReadError:
        raise  # ours, already clear
    except (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError, struct.error) as e:
        # Truncated or corrupt files surface as any of these depending on the codec.
        msg = str(e) or type(e).__name__
        if "truncated" in msg.lower() or isinstance(e, EOFError):
            raise ImageReadError(
                "the image file is truncated (incomplete download or copy); upload the full photo again", path=name
            ) from None
        raise _not_an_image(name, f"the file is damaged: {msg[:80]}") from None
    return im


DECODED_SCALE_KEY = "auditor_decoded_scale"


# Decoded images above this many times `max_pixels` are shrunk to `max_pixels`: what the OCR holds grows with the
# pixels it is given (RapidOCR on a 25 M image peaked at 756 MB, on 12 M at about 460 MB; bench/large_photos.py),
# while a 12 M image still leaves body text tens of pixels tall for the detector, which reads at most 5 M.
REDUCE_ABOVE = 2.0


def _reduced(im: Image.Image, max_pixels: int) -> Image.Image:
    """`im` shrunk to about `max_pixels` (an 8000 x 8000 PNG → 3464 x 3464 for 12 M), so the full-size decode is freed
    at once; keeps the info (EXIF orientation) of the original."""
    k = math.sqrt(im.width * im.height / max_pixels)
    size = (max(1, round(im.width / k)), max(1, round(im.height / k)))
    try:
        # a box reduce() by the whole factor first (fast, in C, and its output small: a 200 MP decode shrinks by 4
        # to 12.5 M, not by 2 to 50 M as resize's reducing_gap would), then Lanczos for the rest
        out = im.reduce(math.floor(k)) if k >= 2 else im
        out = out.resize(size, Image.Resampling.LANCZOS)
    except ValueError:  # modes reduce() or Lanczos do not take (palette, bilevel): the nearest pixel
        out = im.resize(size, Image.Resampling.NEAREST)
    out.info.update(im.info)
    if hasattr(im, "getexif"):
        exif = im.getexif()
        if exif:
            out.info["exif"] = exif.tobytes()
    return out


def decoded_scale(im: Image.Image) -> tuple[float, float]:
    """(x, y) factors from the decoded image's pixels to the photo's own (1, 1 unless decoded smaller)."""
    return im.info.get(DECODED_SCALE_KEY, (1.0, 1.0))


def _to_rgb_or_l(im: Image.Image) -> Image.Image:
    """Flatten any Pillow mode to RGB or L; transparency goes on white (labels are dark ink on light)."""
    if im.mode in ("RGB", "L"):
        return im
    if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
        rgba = im.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    if im.mode in ("I", "I;16", "I;16B", "I;16L", "F"):
        lo, hi = im.getextrema()
        scale = 255.0 / (hi - lo) if hi > lo else 1.0
        return im.point(lambda v: (v - lo) * scale).convert("L")
    if im.mode == "1":
        return im.convert("L")
    return im.convert("RGB")


# --- geometry: every transform is an affine matrix so boxes can go back to the photo -------------------------
Affine = tuple[float, float, float, float, float, float]  # x' = a x + b y + c ; y' = d x + e y + f
IDENTITY: Affine = (1.0, 0.0, 0.0, 0.0, 1.0, 0.0)


def compose(second: Affine, first: Affine) -> Affine:
    a, b, c, d, e, f = second
    A, B, C, D, E, F = first
    return (a * A + b * D, a * B + b * E, a * C + b * F + c, d * A + e * D, d * B + e * E, d * C + e * F + f)


def invert(m: Affine) -> Affine:
    a, b, c, d, e, f = m
    det = a * e - b * d
    ia, ib, id_, ie = e / det, -b / det, -d / det, a / det
    return (ia, ib, -(ia * c + ib * f), id_, ie, -(id_ * c + ie * f))


def apply_affine(m: Affine, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return a * x + b * y + c, d * x + e * y + f


@dataclass(frozen=True)
class Prepared:
    """A preprocessed image and the affine map from original-photo coordinates to its coordinates."""

    image: Image.Image
    to_prepared: Affine


def rotate(im: Image.Image, m: Affine, angle_deg: float) -> tuple[Image.Image, Affine]:
    """Rotate counter-clockwise (as Pillow does), expanding the canvas; returns the image and updated map."""
    if angle_deg % 360 == 0:
        return im, m
    w, h = im.size
    quarter = {90: Image.Transpose.ROTATE_90, 180: Image.Transpose.ROTATE_180, 270: Image.Transpose.ROTATE_270}
    if angle_deg % 90 == 0:
        out = im.transpose(quarter[int(angle_deg) % 360])
    else:
        # White fill: a black wedge would make Tesseract see a dark block and lines at the borders.
        fill = 255 if im.mode == "L" else (255, 255, 255)
        out = im.rotate(angle_deg, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=fill)
    nw, nh = out.size
    t = math.radians(angle_deg)
    cos, sin = math.cos(t), math.sin(t)
    # Around the centres: q - c' = R (p - c), with y pointing down, so a CCW turn on screen is this matrix.
    rot: Affine = (cos, sin, nw / 2 - cos * w / 2 - sin * h / 2, -sin, cos, nh / 2 + sin * w / 2 - cos * h / 2)
    return out, compose(rot, m)


def resized(im: Image.Image, factor: float) -> Image.Image:
    """The image scaled by `factor` (unchanged within 3%: not worth a resample)."""
    if abs(factor - 1.0) < 0.03:
        return im
    nw, nh = max(1, round(im.width * factor)), max(1, round(im.height * factor))
    # LANCZOS when shrinking keeps strokes crisp; BICUBIC when enlarging avoids ringing halos around glyphs.
    method = Image.Resampling.LANCZOS if factor < 1 else Image.Resampling.BICUBIC
    return im.resize((nw, nh), method, reducing_gap=3.0 if factor < 0.5 else None)


def equalised(im: Image.Image, clip: float) -> Image.Image:
    """Local contrast equalised (CLAHE on the lightness, tiles of an eighth of each side): faint print under glare
    or on a tinted panel stands out as much as the rest, so the detector sees its rows. Colours are kept."""
    import cv2
    import numpy as np

    if clip <= 0:
        return im
    clahe = cv2.createCLAHE(clipLimit=clip, tileGridSize=(8, 8))
    if im.mode == "L":
        return Image.fromarray(clahe.apply(np.asarray(im)))
    lab = cv2.cvtColor(np.asarray(im.convert("RGB")), cv2.COLOR_RGB2LAB)
    lab[:, :, 0] = clahe.apply(lab[:, :, 0])
    return Image.fromarray(cv2.cvtColor(lab, cv2.COLOR_LAB2RGB))


def scale(im: Image.Image, m: Affine, factor: float) -> tuple[Image.Image, Affine]:
    out = resized(im, factor)
    if out is im:
        return im, m
    sx, sy = out.width / im.width, out.height / im.height
    return out, compose((sx, 0.0, 0.0, 0.0, sy, 0.0), m)


def crop(im: Image.Image, m: Affine, box: tuple[int, int, int, int]) -> tuple[Image.Image, Affine]:
    left, top, right, bottom = box
    return im.crop(box), compose((1.0, 0.0, -left, 0.0, 1.0, -top), m)


