"""Image decoding, Pillow preprocessing and the one place in auditor that calls Tesseract (tesserocr or pytesseract).

The strategy (chosen by measurement with `bench/ocr.py`, see the notes at each step):

1. decode: any format Pillow (+ pillow-heif) reads, EXIF orientation applied, first frame, RGB/L;
2. analyse a small grey copy: skew angle by projection profile, text line height, horizontal vs vertical text;
3. pass 1 ("upright"): grey, scaled so word boxes are ~25 px tall (big photos shrunk, small print enlarged),
   straightened only if tilted more than 6°, Tesseract --psm 3 (no binarisation of ours: Tesseract's own
   Otsu did as well on glare, blur and shadow samples, and a filter only runs as a later pass);
4. only if the caller's `is_plausible(text)` rejects it: further passes chosen from what pass 1 read
   (--psm 6 for a confident reading in the wrong layout; 180°/90°/270° for garbled or vertical text;
   --psm 11 and 2x for sparse packshot text; a shadow-flattening filter), stopping at the first plausible one
   and keeping the most confident otherwise. At most `max_passes` runs and ~8 s per image.

Engines (`AUDITOR_OCR_ENGINE=tesserocr|pytesseract`; default tesserocr when it is installed): tesserocr keeps
one Tesseract in the process, so a pass does not pay ~0.1 s to start a process and reload the LSTM model as a
pytesseract pass does. Both give the same TSV rows and so the same text assembly (measured with bench/ocr.py).

Word boxes are mapped back through every crop/scale/rotation to the coordinates of the decoded photo
(the image `load_image` returns, i.e. after EXIF orientation: what a browser shows).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import glob
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from PIL import Image, ImageChops, ImageFilter, ImageOps

from ..errors import OcrFailedError, OcrUnavailableError
from ..models import Box, OcrPass, OcrText, Word
from .image import DECODE_MAX_PIXELS, IDENTITY, Affine, Prepared, apply_affine, decoded_scale, invert, load_image, rotate, scale

ANALYSIS_LONG_SIDE_PX = 800  # skew/line-height analysis runs on a copy this size: ~10 ms instead of ~200 ms
SKEW_MAX_DEG = 12.0  # labels photographed by hand are rarely tilted more; beyond, the profile gets ambiguous
# Measured (bench/ocr.py, 51 images): tilts up to 8° read the same with or without deskewing, and the rotation
# costs time; so only steeper tilts, where Tesseract's line finding starts to break lines apart, are straightened.
SKEW_MIN_DEG = 6.0
TARGET_LINE_HEIGHT_PX = 10  # height of the inky core of a text line (x-height and a bit); Tesseract then sees word boxes ~25 px tall. Measured: 8..18 equal on clean samples, 10 fastest with fewest misses
MIN_SCALE, MAX_SCALE = 0.25, 4.0
MAX_OCR_PIXELS = 6_000_000  # Tesseract time grows with area; a 12 MP photo is shrunk to this at most
VERTICAL_RATIO = 1.5
MIN_DOWNSCALED_PIXELS = 2_500_000  # never shrink below this: the line-height estimate is unsure on scene photos
TOTAL_BUDGET_S = 8.0  # no further pass starts after this much time on one image

_DEFAULT_CONFIG = "--oem 1"


# --- errors from Tesseract -----------------------------------------------------------------------------------
INSTALL_HINT = (
    "Tesseract OCR is not installed or not on PATH. Install it "
    "(Debian/Ubuntu: `sudo apt-get install tesseract-ocr`; macOS: `brew install tesseract`; "
    "Windows: `choco install tesseract`), or pass the label as text with --text FILE."
)

# --- engines: the only code that runs Tesseract ----------------------------------------------------------------
ENGINE_ENV = "AUDITOR_OCR_ENGINE"
ENGINES = ("tesserocr", "pytesseract")
OCR_LANG = "eng"
# Where distributions put traineddata, tried after $TESSDATA_PREFIX and after asking `tesseract --list-langs`.
KNOWN_TESSDATA_DIRS = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
    "/opt/homebrew/share/tessdata",
    "/usr/local/share/tesseract-ocr/tessdata",
    r"C:\Program Files\Tesseract-OCR\tessdata",
)


def _ensure_single_thread() -> None:
    # Debian's Tesseract is built with OpenMP; with its default thread pool each image takes about twice the
    # CPU time (threads spin on tiny work items). One thread per process is both faster and fairer in batch runs.
    # Set before tesserocr is imported: an OpenMP runtime reads it once, when it is loaded.
    os.environ["OMP_THREAD_LIMIT"] = "1"



def _pytesseract():
    """pytesseract, imported on first use: it imports pandas when that is installed (~0.4 s), which runs on the
    in-process engine and cached batch reruns never need."""
    import pytesseract

    return pytesseract


def _tesseract_cmd() -> str:
    """The `tesseract` program's name or path: pytesseract's setting once it is in use, else "tesseract" (looking
    for the in-process engine's traineddata must not import pytesseract, and pandas with it)."""
    loaded = sys.modules.get("pytesseract")
    return str(loaded.pytesseract.tesseract_cmd) if loaded is not None else "tesseract"


def ocr_engine() -> str:
    """The engine OCR runs with: `$AUDITOR_OCR_ENGINE`, else tesserocr when it is installed, else pytesseract.

    Raises:
        OcrUnavailableError: the variable names an unknown engine, or tesserocr is asked for but not installed.
    """
    wanted = os.environ.get(ENGINE_ENV, "").strip().lower()
    if wanted and wanted not in ENGINES:
        raise OcrUnavailableError(f"{ENGINE_ENV}={wanted!r} is not an OCR engine; set it to one of {', '.join(ENGINES)}")
    if wanted == "pytesseract":
        return "pytesseract"
    if _tesserocr_module() is not None:
        return "tesserocr"
    if wanted == "tesserocr":
        raise OcrUnavailableError(f"{ENGINE_ENV}=tesserocr but tesserocr is not installed; `pip install tesserocr` or unset {ENGINE_ENV}")
    return "pytesseract"


@lru_cache(maxsize=1)
def _tesserocr_module():
    _ensure_single_thread()
    try:
        import tesserocr
    except ImportError:  # also a wheel whose bundled libtesseract cannot load
        return None
    return tesserocr


@lru_cache(maxsize=4)
def _version_for(cmd: str) -> str:
    try:
        return str(_pytesseract().get_tesseract_version())
    except _pytesseract().TesseractNotFoundError:
        raise OcrUnavailableError(INSTALL_HINT) from None
    except SystemExit as e:  # pytesseract exits on a version it cannot parse or that is too old
        raise OcrUnavailableError(f"unusable Tesseract ({e}); install Tesseract 4 or newer") from None


def tesseract_version() -> str:
    """The version of the Tesseract that OCR runs with, e.g. "5.3.0" (tesserocr bundles its own library).

    Raises:
        OcrUnavailableError: Tesseract (or, for tesserocr, its eng traineddata) is not installed; the message
            names the install command.
    """
    if ocr_engine() == "tesserocr":
        _tesserocr_api()  # a version is only useful if the engine can run: check the traineddata too
        found = re.search(r"\d+\.\d+(\.\d+)?", _tesserocr_module().tesseract_version())
        return found.group(0) if found else "unknown"
    return _version_for(str(_pytesseract().pytesseract.tesseract_cmd))


def _has_lang(folder: str | os.PathLike) -> bool:
    return os.path.isfile(os.path.join(folder, f"{OCR_LANG}.traineddata"))


def _tessdata_dir() -> str | None:
    """The folder holding eng.traineddata: $TESSDATA_PREFIX, what the tesseract binary reports, known paths.

    tesserocr's wheel bundles libtesseract but no models and looks in "./"; we point it at the system's.
    """
    prefix = os.environ.get("TESSDATA_PREFIX")
    if prefix:
        for folder in (prefix, os.path.join(prefix, "tessdata")):
            if _has_lang(folder):
                return folder
    exe = shutil.which(_tesseract_cmd())
    if exe:
        try:
            out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=10).stdout
        except (OSError, subprocess.SubprocessError):
            out = ""
        # 'List of available languages in "/usr/share/tesseract-ocr/5/tessdata/" (2):'
        found = re.search(r'"([^"]+)"', out)
        if found and _has_lang(found.group(1)):
            return found.group(1)
    return next((d for d in KNOWN_TESSDATA_DIRS if _has_lang(d)), None)


_api = None
# One Tesseract per process, shared by every pass and image; Streamlit runs sessions in threads, so passes queue
# here rather than each thread loading its own model (~60 MB and ~0.1 s each).
_api_lock = threading.Lock()


def _tesserocr_api():
    """The process's PyTessBaseAPI, created on first use (tesserocr must be importable)."""
    global _api
    if _api is not None:
        return _api
    tesserocr = _tesserocr_module()
    with _api_lock:
        if _api is None:
            folder = _tessdata_dir()
            if folder is None:
                raise OcrUnavailableError(f"no {OCR_LANG}.traineddata found (set TESSDATA_PREFIX to its folder). {INSTALL_HINT}")
            try:
                # LSTM only, as `--oem 1` on the pytesseract path.
                api = tesserocr.PyTessBaseAPI(path=folder.rstrip("/") + "/", lang=OCR_LANG, oem=tesserocr.OEM.LSTM_ONLY)
            except RuntimeError as e:
                raise OcrUnavailableError(f"Tesseract could not load {OCR_LANG} from {folder} ({e}). {INSTALL_HINT}") from None
            _quiet(api, tesserocr)
            _api = api
    return _api


def _quiet(api, tesserocr) -> None:
    """Keep Tesseract's and Leptonica's diagnostics off our stderr, as pytesseract does by capturing the child's.

    Without this, a few photos print "Error in pixScanForForeground: invalid box" in the middle of CLI output:
    Leptonica's harmless complaint about an empty region, not an error of ours.
    """
    api.SetVariable("debug_file", os.devnull)
    bundled = os.path.join(os.path.dirname(tesserocr.__file__), os.pardir, "tesserocr.libs")
    # find_library runs ldconfig (and gcc, ld) in child processes, ~22 ms a scan: only when the wheel bundles none
    candidates = glob.glob(os.path.join(bundled, "*leptonica*")) or [
        found for found in (ctypes.util.find_library("leptonica"), ctypes.util.find_library("lept")) if found
    ]
    L_SEVERITY_NONE = 6
    for lib in candidates[:1]:
        try:
            ctypes.CDLL(lib).setMsgSeverity(L_SEVERITY_NONE)
        except (OSError, AttributeError):  # another build of Leptonica: its messages stay, nothing else changes
            pass


TSV_FIELDS = ("level", "page_num", "block_num", "par_num", "line_num", "word_num", "left", "top", "width", "height", "conf", "text")


def _parse_tsv(tsv: str) -> dict:
    """Tesseract's TSV rows as the column dict pytesseract's image_to_data(output_type=DICT) returns."""
    data: dict[str, list] = {k: [] for k in TSV_FIELDS}
    for line in tsv.splitlines():
        cells = line.split("\t", len(TSV_FIELDS) - 1)
        if len(cells) < len(TSV_FIELDS) - 1 or cells[0] == "level":
            continue
        cells += [""] * (len(TSV_FIELDS) - len(cells))  # a row with an empty text has no trailing tab
        for k, v in zip(TSV_FIELDS, cells):
            data[k].append(v if k == "text" else float(v) if k == "conf" else int(v))
    return data


def _tesserocr_data(image: Image.Image, *, psm: int, timeout_s: float, name: str) -> dict:
    api = _tesserocr_api()
    with _api_lock:
        api.SetPageSegMode(psm)
        api.SetImage(image)  # tesserocr hands Pillow's BMP encoding to Leptonica, as pytesseract's temp file does
        t0 = time.perf_counter()
        # Tesseract checks this deadline between words only: layout analysis before the first word is not
        # interrupted (no process to kill here). The strategy's TOTAL_BUDGET_S still bounds the passes per image.
        ok = api.Recognize(timeout=max(1, round(timeout_s * 1000)))
        elapsed_s = time.perf_counter() - t0
        tsv = api.GetTSVText(0) if ok else None
        api.Clear()  # drop this image's results; the model stays loaded
    if not ok:
        if elapsed_s >= timeout_s:
            raise OcrFailedError(
                f"Tesseract took longer than {timeout_s:g} s; crop the photo to the Supplement Facts panel and retry",
                path=name,
            )
        raise OcrFailedError("Tesseract failed on this image; try another photo or pass the label as text", path=name)
    return _parse_tsv(tsv or "")


def _pytesseract_data(image: Image.Image, *, psm: int, timeout_s: float, name: str) -> dict:
    # BMP: pytesseract writes the image to a temp file; PNG compression of a 5 MP page costs ~150 ms, BMP ~5 ms.
    image.format = "BMP"
    try:
        return _pytesseract().image_to_data(
            image, config=f"{_DEFAULT_CONFIG} --psm {psm}", output_type=_pytesseract().Output.DICT, timeout=timeout_s
        )
    except _pytesseract().TesseractNotFoundError:
        raise OcrUnavailableError(INSTALL_HINT, path=name) from None
    except _pytesseract().TesseractError as e:
        raise OcrFailedError(f"Tesseract failed ({e.message or e.status}); try another photo or pass the label as text", path=name) from None
    except RuntimeError as e:
        if "timeout" in str(e).lower():
            raise OcrFailedError(
                f"Tesseract took longer than {timeout_s:g} s; crop the photo to the Supplement Facts panel and retry",
                path=name,
            ) from None
        raise


def _tesseract_data(image: Image.Image, *, engine: str, psm: int, timeout_s: float, name: str) -> dict:
    """Run Tesseract once with `engine`; rows as pytesseract's image_to_data dict. The only Tesseract call for OCR.

    Keys: level, page_num, block_num, par_num, line_num, word_num, left, top, width, height, conf, text.
    """
    _ensure_single_thread()
    run = _tesserocr_data if engine == "tesserocr" else _pytesseract_data
    return run(image, psm=psm, timeout_s=timeout_s, name=name)


# --- analysis on a small copy ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Analysis:
    skew_deg: float  # counter-clockwise angle that makes text lines horizontal
    line_height_px: float | None  # median text-line height, in original-photo pixels
    vertical: bool  # text runs top-to-bottom (a 90/270 rotation), judged by the projection profiles


def _ink(small: Image.Image) -> Image.Image:
    """Text as white on black (mode L), from a small grey image: local contrast so shadows do not count as ink."""
    blurred = small.filter(ImageFilter.BoxBlur(max(4, small.width // 40)))
    # Dark on light: ink where the pixel is clearly darker than its neighbourhood.
    return ImageChops.subtract(blurred, small).point(lambda v: 255 if v > 18 else 0)


def _column(ink: Image.Image) -> list[int]:
    """Mean of each row (BOX-resize to one column is a C loop; ~1 ms for an 800 px image)."""
    col = ink.resize((1, ink.height), Image.Resampling.BOX)
    flat = getattr(col, "get_flattened_data", None)  # Pillow 12.1+; getdata is deprecated there
    return list(flat() if flat else col.getdata())


def _profile_score(ink: Image.Image) -> float:
    """Variance of row sums: high when rows alternate between text lines and gaps (text is horizontal)."""
    rows = _column(ink)
    mean = sum(rows) / len(rows)
    return sum((r - mean) ** 2 for r in rows) / len(rows)


def _analyse(gray: Image.Image) -> _Analysis:
    factor = min(1.0, ANALYSIS_LONG_SIDE_PX / max(gray.size))
    small = gray.resize((max(1, round(gray.width * factor)), max(1, round(gray.height * factor))), Image.Resampling.BOX) if factor < 1 else gray
    ink = _ink(small)
    # Coarse then fine search of the angle that maximises the row-profile variance.
    best = max(range(-int(SKEW_MAX_DEG), int(SKEW_MAX_DEG) + 1), key=lambda a: _profile_score(ink.rotate(a, expand=False)))
    fine = [best + d / 5 for d in range(-5, 6)]
    skew = max(fine, key=lambda a: _profile_score(ink.rotate(a, expand=False)))
    upright = ink.rotate(skew, expand=False) if skew else ink
    horizontal_score = _profile_score(upright)
    vertical_score = _profile_score(ink.transpose(Image.Transpose.ROTATE_90))
    # Scene clutter (plants, wood grain) adds profile in both directions; demand a clear win for "vertical".
    vertical = vertical_score > VERTICAL_RATIO * horizontal_score
    line_h = _line_height(upright) if not vertical else _line_height(ink.transpose(Image.Transpose.ROTATE_90))
    return _Analysis(skew_deg=round(skew, 1), line_height_px=(line_h / factor) if line_h else None, vertical=vertical)


def _line_height(ink: Image.Image) -> float | None:
    """Median height of runs of 'inky' rows: the height of a text line in this image's pixels."""
    rows = _column(ink)
    if not rows:
        return None
    peak = max(rows)
    if peak < 8:
        return None
    thresh = max(4, peak * 0.12)
    runs, run = [], 0
    for v in rows:
        if v > thresh:
            run += 1
        elif run:
            runs.append(run)
            run = 0
    if run:
        runs.append(run)
    runs = [r for r in runs if r >= 3]
    return float(statistics.median(runs)) if runs else None


# --- text assembly ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Reading:
    text: str
    words: tuple[Word, ...]
    mean_conf: float
    raw_words: int = 0  # words Tesseract returned before noise filtering (an upside-down page is all "noise")
    raw_mean_conf: float = 0.0


def _assemble(data: dict, prepared: Prepared, original_size: tuple[int, int]) -> _Reading:
    """Build the text line by line from image_to_data rows, with word spans into that text and original boxes."""
    back = invert(prepared.to_prepared)
    ow, oh = original_size
    lines: dict[tuple[int, int, int], list[int]] = {}
    order: list[tuple[int, int, int]] = []
    raw_confs: list[float] = []
    for i, raw in enumerate(data["text"]):
        if int(data["level"][i]) != 5 or not str(raw).strip():
            continue
        raw_confs.append(max(0.0, float(data["conf"][i])))
        if _is_noise(str(raw).strip(), float(data["conf"][i])):
            continue
        key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        if key not in lines:
            lines[key] = []
            order.append(key)
        lines[key].append(i)
    parts: list[str] = []
    words: list[Word] = []
    confs: list[float] = []
    pos = 0
    prev_key: tuple[int, int, int] | None = None
    for key in order:
        idx = sorted(lines[key], key=lambda i: int(data["left"][i]))
        if prev_key is not None:
            # A blank line between paragraphs, as Tesseract's own text output has; the parser relies on it.
            sep = "\n" if prev_key[:2] == key[:2] else "\n\n"
            parts.append(sep)
            pos += len(sep)
        prev_key = key
        line_h = statistics.median(int(data["height"][i]) for i in idx)
        prev_right = None
        for i in idx:
            text = str(data["text"][i]).strip()
            left, top, width, height = (int(data[k][i]) for k in ("left", "top", "width", "height"))
            if prev_right is not None:
                # Two spaces mark a wide gap (a column break in a two-column panel, or a name/amount gap).
                sep = "  " if left - prev_right > 1.5 * line_h else " "
                parts.append(sep)
                pos += len(sep)
            parts.append(text)
            conf = float(data["conf"][i])
            words.append(Word(text=text, span=(pos, pos + len(text)), box=_box_back(back, left, top, width, height, ow, oh), conf=conf))
            pos += len(text)
            prev_right = left + width
            if conf >= 0:
                confs.append(conf)
    return _Reading(
        text="".join(parts),
        words=tuple(words),
        mean_conf=(sum(confs) / len(confs)) if confs else 0.0,
        raw_words=len(raw_confs),
        raw_mean_conf=(sum(raw_confs) / len(raw_confs)) if raw_confs else 0.0,
    )


NOISE_MAX_CONF = 30  # below this a "word" is texture (wood grain, leaves, a bottle's edge), not print
# A lone letter is the usual guess at a bottle's edge or a leaf; Tesseract 5.5 gives such guesses ~30 where 5.3
# gave <30 ("MAGNESIUM f (GLYCINATE)" on the Pure Encapsulations front). Real lone letters are rare on a panel.
NOISE_LONE_LETTER_MAX_CONF = 40


def _is_noise(text: str, conf: float) -> bool:
    """Tesseract's guesses at scene clutter: they split a label's words apart ("MAGNESIUM jl / (GLYCINATE)")."""
    if 0 <= conf < NOISE_MAX_CONF and not any(ch.isdigit() for ch in text):  # a faint "444" is still an amount
        return True
    if len(text) == 1 and text.isalpha() and 0 <= conf < NOISE_LONE_LETTER_MAX_CONF:
        return True
    alnum = sum(ch.isalnum() for ch in text)
    return alnum == 0 and conf < 60 and text not in ("%", "&", "*", "†")


def _box_back(back: Affine, left: int, top: int, width: int, height: int, ow: int, oh: int) -> Box:
    corners = [apply_affine(back, x, y) for x in (left, left + width) for y in (top, top + height)]
    xs = [min(max(x, 0.0), ow) for x, _ in corners]
    ys = [min(max(y, 0.0), oh) for _, y in corners]
    x0, y0 = math.floor(min(xs)), math.floor(min(ys))
    x1, y1 = math.ceil(max(xs)), math.ceil(max(ys))
    return Box(left=x0, top=y0, width=max(0, min(x1, ow) - x0), height=max(0, min(y1, oh) - y0))


# --- strategy --------------------------------------------------------------------------------------------------
def default_judge(text: str) -> tuple[bool, str]:
    """Used when the caller gives no judge: any non-trivial reading is accepted (one pass)."""
    if len(text.strip()) < 10:
        return False, "almost no text read"
    return True, "text read (no plausibility judge given)"


def _prepare(gray: Image.Image, analysis: _Analysis, *, rotation_deg: int = 0, scale_mult: float = 1.0,
             contrast: str = "none") -> Prepared:
    im, m = gray, IDENTITY
    if rotation_deg:
        im, m = rotate(im, m, rotation_deg)
    factor = 1.0
    if analysis.line_height_px:
        factor = TARGET_LINE_HEIGHT_PX / analysis.line_height_px
    factor *= scale_mult
    factor = min(max(factor, MIN_SCALE), MAX_SCALE)
    area_px = im.width * im.height
    if factor < 1:
        # Shrinking only saves time on big photos; on a 1 MP packshot a wrong estimate would lose the text.
        factor = min(1.0, max(factor, math.sqrt(MIN_DOWNSCALED_PIXELS / area_px)))
    factor = min(factor, math.sqrt(MAX_OCR_PIXELS / area_px))
    # Scale before deskewing: rotating a 12 MP photo costs ~300 ms, rotating the scaled copy a tenth of that.
    im, m = scale(im, m, factor)
    if abs(analysis.skew_deg) >= SKEW_MIN_DEG and rotation_deg in (0, 180):
        im, m = rotate(im, m, analysis.skew_deg)
    if contrast == "flatten":
        # Divide by a heavy blur: removes shadows and glare gradients, keeps strokes.
        bg = im.filter(ImageFilter.GaussianBlur(max(8, im.width // 60)))
        im = ImageOps.autocontrast(ImageChops.invert(ImageChops.subtract(bg, im, scale=1.0)), cutoff=1)
    return Prepared(im, m)


@dataclass
class _Candidate:
    name: str
    settings: dict
    psm: int
    reading: _Reading
    plausible: bool
    reason: str

    @property
    def confident_words(self) -> int:
        return sum(1 for w in self.reading.words if w.conf >= 60)

    @property
    def score(self) -> tuple[bool, int, int]:
        # Prefer readings the judge accepts; then the most magnesium-looking content (measured: ranking by
        # confident words alone picked a clean-looking psm 11 pass that had lost "(GLYCINATE)" on packshots);
        # then more confident words (a rotated or garbled pass has few). Ties keep the earlier pass.
        return (self.plausible, len(MAGNESIUM_HINTS.findall(self.reading.text)), self.confident_words)


# Words that show a pass read the part of the label that matters; only to rank passes, the parser decides.
def _hints() -> re.Pattern:
    """Magnesium-looking content, for ranking readings: the first five letters of the element's names and of every
    form stem in the data tables (a prefix survives OCR damage at a word's end: "Magnesiurn"), and "N mg"."""
    from ..tables import forms, lexicon, longest_first

    words = list(lexicon()["magnesium_words"]) + [stem for info in forms().values() for stem in info.stems]
    prefixes = longest_first(w.lower().replace(" ", "").replace("-", "")[:5] for w in words if len(w) >= 5)
    return re.compile("|".join(map(re.escape, prefixes)) + r"|\d\s?mg\b", re.IGNORECASE)


MAGNESIUM_HINTS = _hints()


def ocr_image(
    data: bytes,
    *,
    name: str = "<image>",
    is_plausible: Callable[[str], tuple[bool, str]] | None = None,
    timeout_s: float = 20.0,
    max_passes: int = 4,
) -> OcrText:
    """Read the text of a label photo.

    Args:
        data: the image file's bytes.
        name: shown in error messages.
        is_plausible: judges a reading (e.g. `auditor.audit.plausibility`); further passes run only while it says no.
            Without it a single pass is made (any non-empty reading is accepted).
        timeout_s: limit for each Tesseract run (tesserocr: checked between words, so layout analysis can overrun it).
        max_passes: at most this many Tesseract runs.

    Returns:
        OcrText with the best reading, its words (boxes on the decoded photo) and one OcrPass per run;
        `engine` is "tesserocr" or "pytesseract" and `engine_version` the Tesseract version that ran.

    Raises:
        ImageReadError: the bytes are not a readable image.
        OcrUnavailableError: Tesseract or its English traineddata is not installed.
        OcrFailedError: Tesseract failed or timed out.
    """
    started = time.perf_counter()
    judge = is_plausible or default_judge
    image = load_image(data, name=name, max_pixels=DECODE_MAX_PIXELS)
    sx, sy = decoded_scale(image)
    engine = ocr_engine()
    version = tesseract_version()
    gray = image.convert("L") if image.mode != "L" else image
    analysis = _analyse(gray)

    passes: list[OcrPass] = []
    candidates: list[_Candidate] = []
    while len(passes) < max(1, max_passes):
        if passes and time.perf_counter() - started > TOTAL_BUDGET_S:
            break
        step = _next_pass(analysis, candidates)
        if step is None:
            break
        pass_name, settings, psm = step
        t0 = time.perf_counter()
        prepared = _prepare(gray, analysis, **settings)
        raw = _tesseract_data(prepared.image, engine=engine, psm=psm, timeout_s=timeout_s, name=name)
        reading = _assemble(raw, prepared, image.size)
        ok, reason = judge(reading.text)
        passes.append(OcrPass(name=pass_name, seconds=round(time.perf_counter() - t0, 3), plausible=ok, reason=reason))
        candidates.append(_Candidate(pass_name, settings, psm, reading, ok, reason))
        if ok:
            break
    best = max(candidates, key=lambda c: c.score)  # max() keeps the first of equals
    words = best.reading.words
    if (sx, sy) != (1.0, 1.0):  # decoded smaller: boxes back in the photo's own pixels
        words = tuple(replace(w, box=Box(round(w.box.left * sx), round(w.box.top * sy), round(w.box.width * sx),
                                         round(w.box.height * sy))) for w in words)
    return OcrText(
        text=best.reading.text,
        words=words,
        engine=engine,
        engine_version=version,
        passes=tuple(passes),
        seconds=round(time.perf_counter() - started, 3),
        image_size=(round(image.width * sx), round(image.height * sy)),
    )


CONFIDENT_MEAN_CONF = 75  # a pass this confident over enough words read the text; other passes will not add
CONFIDENT_MIN_WORDS = 20
SPARSE_MAX_WORDS = 15  # fewer words than this: a packshot or front label, where --psm 11 finds scattered text


def _next_pass(analysis: _Analysis, tried: list[_Candidate]) -> tuple[str, dict, int] | None:
    """The next pass to try, from what earlier passes read; None when nothing else is worth its time."""
    done = {c.name for c in tried}

    def step(name: str, settings: dict, psm: int) -> tuple[str, dict, int] | None:
        return None if name in done else (name, settings, psm)

    if not tried:
        # Always upright first, even when the profile says "vertical": on scene photos (plants, people) that
        # signal is often wrong, and a wrong quarter turn costs a whole pass (measured on realdata).
        return step("upright psm3", {}, 3)
    best = max(tried, key=lambda c: c.score)
    last = tried[-1]
    rot = best.settings.get("rotation_deg", 0)
    orient = {0: "upright", 90: "rotate90", 180: "rotate180", 270: "rotate270"}[rot]
    confident = best.reading.mean_conf >= CONFIDENT_MEAN_CONF and len(best.reading.words) >= CONFIDENT_MIN_WORDS
    options: list[tuple[str, dict, int] | None] = []
    if confident:
        # The text was read well but the judge wants more: only the layout may be wrong (two-column panels,
        # wrapped rows); --psm 6 reads the panel as one block. Rotations or filters would not help.
        options.append(step(f"{orient} psm6", {"rotation_deg": rot}, 6))
        return next((o for o in options if o), None)
    poor = last.reading.raw_mean_conf < 50 or len(last.reading.words) < SPARSE_MAX_WORDS
    if analysis.vertical and poor:
        options += [step("rotate90 psm3", {"rotation_deg": 90}, 3), step("rotate270 psm3", {"rotation_deg": 270}, 3)]
    elif last.reading.raw_mean_conf < 50 and last.reading.raw_words >= SPARSE_MAX_WORDS:
        # Many words, all garbled: typically the photo is upside down.
        options.append(step("rotate180 psm3", {"rotation_deg": 180}, 3))
    if len(best.reading.words) < SPARSE_MAX_WORDS:
        options.append(step(f"{orient} psm11", {"rotation_deg": rot}, 11))
        if len(best.reading.words) < 3:
            # Nothing legible upright: a thumbnail with the name running up the side (effervescent tubes).
            options += [step("rotate270 x2 psm11", {"rotation_deg": 270, "scale_mult": 2.0}, 11),
                        step("rotate90 x2 psm11", {"rotation_deg": 90, "scale_mult": 2.0}, 11)]
        options.append(step(f"{orient} x2 psm11", {"rotation_deg": rot, "scale_mult": 2.0}, 11))
    options += [
        step(f"{orient} psm6", {"rotation_deg": rot}, 6),
        step(f"{orient} flatten psm3", {"rotation_deg": rot, "contrast": "flatten"}, 3),
        step(f"{orient} x2 psm3", {"rotation_deg": rot, "scale_mult": 2.0}, 3),
        step("rotate180 psm3", {"rotation_deg": 180}, 3),
    ]
    return next((o for o in options if o), None)
