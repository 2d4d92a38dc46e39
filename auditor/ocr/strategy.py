"""The reading strategy: which engine reads a photo, when the other one runs too, and which reading wins.

Engines (`--engine`):
- `rapidocr`: PP-OCR networks on onnxruntime (`ocr/rapidocr.py`), rows rebuilt from its boxes by `ocr/layout.py`;
- `tesseract`: Tesseract in-process (tesserocr) or as a program (pytesseract), with its multi-pass strategy
  (`ocr/tesseract.py`);
- `auto` (default): the strategy measured best with bench/ocr.py (README, "Reading photos"): RapidOCR first; only
  when the caller's plausibility judge rejects its reading does Tesseract run too, and the more plausible
  reading wins (ties go to RapidOCR, the more accurate engine on every measured set).

Each engine is created once per process and shared by every image.
"""

from __future__ import annotations

import re
import time
from dataclasses import replace

from collections.abc import Callable

from ..errors import OcrUnavailableError
from ..models import OcrPass, OcrText
from . import DEFAULT_ENGINE, ENGINE_CHOICES
from . import layout as _layout
from . import rapidocr as _rapid
from .image import DECODE_MAX_PIXELS, decoded_scale, load_image, page_count
from .tesseract import MAGNESIUM_HINTS, default_judge
from .tesseract import ocr_image as _tesseract_ocr_image
from .tesseract import tesseract_version

Judge = Callable[[str], tuple[bool, str]]


def check_engine(engine: str) -> str:
    """The engine name, validated.

    Raises:
        OcrUnavailableError: not one of ENGINE_CHOICES.
    """
    name = (engine or DEFAULT_ENGINE).strip().lower()
    if name not in ENGINE_CHOICES:
        raise OcrUnavailableError(f"{engine!r} is not an OCR engine; use one of {', '.join(ENGINE_CHOICES)}")
    return name


def preload(engine: str = DEFAULT_ENGINE) -> None:
    """Load the engines `engine` may use, once per process (batch workers, the page), before the first image.

    Raises:
        OcrUnavailableError: an engine that `engine` needs is not installed.
    """
    name = check_engine(engine)
    if name in ("auto", "rapidocr"):
        _rapid.preload()
    if name == "tesseract":
        tesseract_version()  # loads the in-process Tesseract, or checks the program is there
    elif name == "auto":
        try:
            tesseract_version()
        except OcrUnavailableError:
            pass  # auto reads with RapidOCR alone when Tesseract is not installed


def engine_version(engine: str = DEFAULT_ENGINE) -> str:
    """What a stored audit of a photo depends on: the engine choice and each engine's version.

    Raises:
        OcrUnavailableError: an engine that `engine` needs is not installed.
    """
    name = check_engine(engine)
    parts = [name]
    if name in ("auto", "rapidocr"):
        parts.append(f"rapidocr {_rapid.version()}")
    if name in ("auto", "tesseract"):
        parts.append(f"tesseract {tesseract_version()}")
    return "; ".join(parts)


# Pages of a multi-page file read at most (a label scanned with its box and leaflet fits in this many).
MAX_PAGES = 4
# A reading the judge rejects is tried once more this much larger (measured on the blind dev photos, bench/ocr.py).
SMALL_PRINT_SCALE = 2.0
# The first reading is of the photo with its rows made level and flat (ocr/dewarp.py); a rejected one is read again
# as the photo is (measured both ways round with bench/ocr.py --param strategy.STRAIGHTEN_FIRST=0).
STRAIGHTEN_FIRST = 1
# A rejected first reading is read again with the page's local contrast equalised too (faint print under glare;
# the judge rejects a reading that shows a table's heading but none of its rows): an extra pass, after the one as
# photographed, which equalising loses a line of now and then. Measured against equalising every reading and
# against equalising the second reading in place of the one as photographed (README, Reading photos).
EQUALISE_AFTER_REJECTION = 1
# Even a reading the judge accepts is tried larger when more than this share of the text found was illegible: a
# panel in small print beside a legible title reads like a front label ("Magnesium Bisglycinat", no amount).
ILLEGIBLE_SHARE_MAX = 0.25
# A reading accepted with no weight in it at all (a front label: the form named, no amount) is read once more at
# SMALL_PRINT_SCALE too: a facts panel in small print beside a large title reads like a front (blind set 9's dev
# half: a Czech panel at 0.48× the photo, read whole at 0.97×); the best reading by `_rank` is kept.
SMALL_PRINT_AFTER_FRONT = 1
# So is one with an amount but no salt named anywhere: a front's "Magnesium 250 mg" over a panel or an ingredient
# list in small print, where the salt is (blind set 17's dev half: a Danish photo's "magnesiumoxid, magnesiumcitrat").
_RE_WEIGHT = re.compile(r"\d\s?(?:mg|mcg|µg|g)(?![^\W\d_])", re.IGNORECASE)


def _salt_words() -> re.Pattern:
    """Any salt's name from the data tables (every language's stem: "citrat", "tlenek", "oxyde")."""
    from ..tables import forms, longest_first

    stems = longest_first(stem.lower() for info in forms().values() for stem in info.stems)
    return re.compile("|".join(map(re.escape, stems)), re.IGNORECASE)


_RE_SALT = _salt_words()


def _rank(ocr: OcrText) -> tuple[bool, int, float]:
    # plausible first; then the most magnesium-looking content; then the engine's confidence
    conf = sum(w.conf for w in ocr.words) / len(ocr.words) if ocr.words else 0.0
    return (ocr.passes[-1].plausible, len(MAGNESIUM_HINTS.findall(ocr.text)), conf)


def _rapidocr_text(data: bytes, *, name: str, judge: Judge) -> OcrText:
    """RapidOCR's reading: one pass at the measured scale; further passes only while the judge rejects it.

    Each line comes back in its own reading direction, so the layout orders a turned page right in one pass; but
    PP-OCR misreads more lines of a turned page, so a rejected reading of a turned page is read again turned
    upright (by the lines' dominant direction). The scale is measured on the text the detector sees first, mostly
    titles and body text; a panel's small print beside them can be too small for it, so a reading still rejected,
    or one that left much of the text it found illegible, is read once more at `SMALL_PRINT_SCALE` times that
    scale. The best reading by `_rank` is kept.
    """
    started = time.perf_counter()
    image = load_image(data, name=name, max_pixels=DECODE_MAX_PIXELS)
    sx, sy = decoded_scale(image)
    photo_size = (round(image.width * sx), round(image.height * sy))
    readings: list[OcrText] = []
    passes: list[OcrPass] = []
    # (turn, scale multiple, straighten rows, equalise contrast)
    steps: list[tuple[int, float, bool, bool]] = [(0, 1.0, bool(STRAIGHTEN_FIRST), False)]
    probes: dict[int, tuple] = {}  # turn → the scale probe of the photo so turned (measured once per turn)
    while steps:
        rotation, mult, straighten, equalise = steps.pop(0)
        reading = _rapid.read(image, name=name, rotation_deg=rotation, scale_mult=mult, straighten=straighten,
                              equalise=equalise, probed=probes.get(rotation))
        probes[rotation] = reading.probed
        if reading.frame_boxes is not None and reading.frame_to_photo is not None:
            # rows grouped on the straightened page, where they are level; words drawn on the photo
            onto = reading.frame_to_photo
            page = _layout.layout(reading.frame_boxes, photo_size,
                                  to_photo=lambda b: _layout.scaled_boxes([onto(b)], sx, sy)[0])
        else:
            page = _layout.layout(_layout.scaled_boxes(reading.boxes, sx, sy), photo_size)
        ok, reason = judge(page.text)
        label = (f"rapidocr{f' rotate{rotation}' if rotation else ''}{' straightened' if reading.straightened else ''}"
                 f"{' equalised' if reading.equalised else ''} x{reading.scale:g}")
        passes.append(OcrPass(name=label, seconds=reading.seconds, plausible=ok, reason=reason))
        readings.append(OcrText(text=page.text, words=page.words, passes=(passes[-1],)))
        front = ok and SMALL_PRINT_AFTER_FRONT and not (_RE_WEIGHT.search(page.text) and _RE_SALT.search(page.text))
        # (a front accepted on a later pass still gets the small-print pass already planned)
        small_print_due = front and any(m > 1.0 for _, m, _, _ in steps)
        if ok and not small_print_due and (len(passes) > 1 or (reading.illegible_share <= ILLEGIBLE_SHARE_MAX and not front)):
            break
        turn = round(page.angle_deg / 90) * 90 % 360 if reading.boxes else 0
        if len(passes) == 1:
            if not turn and not ok and (reading.straightened or not STRAIGHTEN_FIRST):
                steps.append((0, 1.0, not STRAIGHTEN_FIRST, False))  # read again the other way: rows straightened or not
            if not turn and not ok and EQUALISE_AFTER_REJECTION:
                steps.append((0, 1.0, False, True))  # and with faint print brought up
            if turn and not ok:
                steps.append((turn, 1.0, False, False))
            steps.append((turn, SMALL_PRINT_SCALE, False, False))
        elif turn and not rotation and not ok and all(r != turn for r, _, _, _ in steps) and not any(
                p.name.startswith(f"rapidocr rotate{turn} ") for p in passes):
            # the direction classifier's verdicts differ a little between two resamplings of a page upside down:
            # the second reading of it may be the one whose lines say so; the page is then read turned
            steps.insert(0, (turn, 1.0, False, False))
    best = max(readings, key=_rank)  # max() keeps the first of equals
    return OcrText(
        text=best.text, words=best.words, engine=_rapid.ENGINE, engine_version=_rapid.version(), passes=tuple(passes),
        seconds=round(time.perf_counter() - started, 3), image_size=photo_size,
    )


def _best_page(data: bytes, pages: int, *, name: str, engine: str, judge: Judge, timeout_s: float, max_passes: int) -> OcrText:
    """A multi-page file (a scanner's TIFF): each page is read, up to MAX_PAGES, and the most plausible kept.

    The label may be on any page; the others are a cover, the back, a scan of the box. Reading stops at the first
    page the judge accepts.
    """
    import io

    readings: list[OcrText] = []
    for index in range(min(pages, MAX_PAGES)):
        im = load_image(data, name=name, page=index)
        buf = io.BytesIO()
        im.save(buf, format="PNG")  # one page as a file of its own, for engines that decode their input
        ocr = ocr_image(buf.getvalue(), name=name, engine=engine, is_plausible=judge, timeout_s=timeout_s, max_passes=max_passes)
        passes = tuple(OcrPass(f"page {index + 1}: {p.name}", p.seconds, p.plausible, p.reason) for p in ocr.passes)
        readings.append(replace(ocr, passes=passes, page=index + 1, pages=pages))
        if any(p.plausible for p in ocr.passes):
            break
    best = max(readings, key=lambda r: (any(p.plausible for p in r.passes), *_rank(r)[1:]))
    return replace(best, passes=tuple(p for r in readings for p in r.passes),
                   seconds=round(sum(r.seconds for r in readings), 3))


def ocr_image(
    data: bytes,
    *,
    name: str = "<image>",
    engine: str = DEFAULT_ENGINE,
    is_plausible: Judge | None = None,
    timeout_s: float = 20.0,
    max_passes: int = 4,
) -> OcrText:
    """Read the text of a label photo.

    Args:
        data: the image file's bytes.
        name: shown in error messages.
        engine: "auto", "rapidocr" or "tesseract" (see the module docstring).
        is_plausible: judges a reading (e.g. `auditor.audit.plausibility`); the strategy tries further passes or
            the other engine only while it says no.
        timeout_s: limit for each Tesseract run.
        max_passes: at most this many Tesseract runs.

    Returns:
        OcrText with the chosen reading, its words (boxes on the decoded photo) and one OcrPass per run.

    Raises:
        ImageReadError: the bytes are not a readable image.
        OcrUnavailableError: the engine asked for is not installed.
        OcrFailedError: the engine failed or timed out.
    """
    name_ = check_engine(engine)
    judge = is_plausible or default_judge
    pages = page_count(data)
    if pages > 1:
        return _best_page(data, pages, name=name, engine=name_, judge=judge, timeout_s=timeout_s, max_passes=max_passes)
    if name_ == "tesseract":
        return _tesseract_ocr_image(data, name=name, is_plausible=judge, timeout_s=timeout_s, max_passes=max_passes)
    rapid = _rapidocr_text(data, name=name, judge=judge)
    if name_ == "rapidocr" or any(p.plausible for p in rapid.passes):
        return rapid
    started = time.perf_counter()
    try:
        tess = _tesseract_ocr_image(data, name=name, is_plausible=judge, timeout_s=timeout_s, max_passes=max_passes)
    except OcrUnavailableError:
        return rapid  # auto without Tesseract installed: RapidOCR's reading stands
    tess_ok = any(p.plausible for p in tess.passes)
    best = tess if tess_ok else rapid
    passes = rapid.passes + tuple(OcrPass(f"tesseract {p.name}", p.seconds, p.plausible, p.reason) for p in tess.passes)
    return OcrText(
        text=best.text, words=best.words, engine=best.engine, engine_version=best.engine_version,
        passes=passes, seconds=round(rapid.seconds + time.perf_counter() - started, 3), image_size=best.image_size,
    )
