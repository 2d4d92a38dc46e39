"""The one place in auditor that runs RapidOCR (PP-OCR detection + recognition networks on onnxruntime, offline).

The `rapidocr` wheel ships its default models (PP-OCRv6 small det and rec, multilingual Latin script with the
diacritics of the EU languages, and the PP-OCR text-direction classifier); we load them from the package by path,
so nothing is ever downloaded: a missing model file is an `OcrUnavailableError` naming the reinstall command.

One engine per process, created on first use and shared by every image (a page serving sessions in threads takes
turns on a lock: RapidOCR keeps per-call settings on the object).

Scale (measured with bench/ocr.py on the blind renders): the detector reads best when body text is about
`TARGET_TEXT_HEIGHT_PX` tall in the image it is given. A detection (no recognition) on a copy of
`PROBE_PIXELS` measures the text height; the image is then scaled so the median box is that
tall, within the `MAX_DETECT_PIXELS` the detector is given (big flat panels and 12–48 MP photos shrink, small print
grows), and read once.
"""

from __future__ import annotations

import math
import os
import statistics
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image

from ..errors import OcrFailedError, OcrUnavailableError
from ..models import TextBox
from . import dewarp as _dewarp
from .image import equalised, resized
from .layout import quad_height, quad_length, scaled_boxes

ENGINE = "rapidocr"
# The wheel's defaults (rapidocr/default_models.yaml, "PP-OCRv6 small"; cls from PP-OCRv4 mobile).
MODEL_FILES = {
    "det": "PP-OCRv6_det_small.onnx",
    "rec": "PP-OCRv6_rec_small.onnx",
    "cls": "ch_ppocr_mobile_v2.0_cls_mobile.onnx",
}
REINSTALL_HINT = "reinstall it with `pip install --force-reinstall 'rapidocr>=3.10' onnxruntime`"

TARGET_TEXT_HEIGHT_PX = 32  # median detected box height the detector is fed (see bench/ocr.py --scale-sweep)
# The scale probe (detection only) runs on a copy of this many pixels: a 4:3 photo 1,024 px on its long side. An
# area, not only a side: a wide panel photographed whole (6,400 × 1,200 px) probed at 1,024 px across left its table's
# print 2 px high; the probe found only the title's two lines and chose a scale that read the table a row off.
PROBE_PIXELS = 1024 * 768
MAX_UPSCALE = 4.0  # small print is enlarged at most this much
# Never hand the detector more pixels than this: its time and memory grow with the area. An area, not a side: a
# long narrow label (a bottle's unrolled wrap) can be enlarged as much as a square one.
MAX_DETECT_PIXELS = 5_000_000
# The detector's activations grow with the area it is given: about 235 MB at 1 MP, 280 at 1.5 MP and 815 at 4 MP
# over the loaded engine (onnxruntime on the det model alone); a 48 MP photo whose panel was read again at 2×
# peaked at 1,170 MB. A small-print page bigger than this is therefore detected in strips of about this many pixels,
# overlapping by enough to hold whole a line three times the body text's target height. Only the small-print pass:
# strips move a box by a pixel here and there, which changes a hard line's reading: on the first passes that
# measured 2 readings of 61 worse (blind sets 7 and 8, dev halves), none better; on the small-print pass, 1 of 141
# dev images (sets 7-9) worse, none better, a price paid for the memory (a 48 MP photo whose panel is read again:
# 557 MB instead of 1,172; a 64 MP front read again for small print: 528 MB instead of 983; README, Measured).
DETECT_TILE_PIXELS = 1_000_000
DETECT_TILE_OVERLAP_PX = 3 * TARGET_TEXT_HEIGHT_PX
# A box cut by its strip's edge and a box of another strip are one line when they share at least this share of the
# smaller one's area and the box around both is at most CUT_LINE_HEIGHT times as tall as the taller of them (a
# line's parts make a box as tall as the line). Measured on a page of lines tilted 12° across strips 192 px apart:
# parts of one line shared 0.27-0.80 and joined 1.0-1.15× as tall; neighbouring lines shared 0-0.13 and joined
# 1.2-1.9× as tall.
CUT_PART_SHARED = 0.2
CUT_LINE_HEIGHT = 1.3
# A detected box is as tall as its line's print only when the line is straight. Its region's band height (twice the
# area over the perimeter) is not inflated by a bend; the two agree to within this factor on flat print (box height /
# band height on the flat panels of blind set 20 and the samples: median 1.13, 95th percentile 1.22, highest 1.28),
# so a probe's median box taller than this many band heights is a bent line's box, and the band height (times
# this) is the print's (0 turns the check off). Photos of set 21 ran to 2.45.
BAND_TO_BOX_HEIGHT = 1.2
RAPIDOCR_SIDE_LIMIT = 16_000  # RapidOCR's own resize guards, set out of the way of ours
MIN_SIDE_PX = 64
# A reading asked for equalised contrast sees the page with its local contrast equalised at this clip limit (0:
# as photographed): faint print under glare or on a tinted panel is otherwise never detected. 3.0 amplified noise
# (blind set 6 photos with every reading equalised: 85.3% at 2.0, 76.5% at 3.0; bench/ocr.py --param
# rapidocr.EQUALISE_CLIP=…).
EQUALISE_CLIP = 2.0
TEXT_SCORE_MIN = 0.5  # recognitions below this are dropped (RapidOCR's own default)
# The characters a label in the languages this tool reads can print (Unicode blocks): Basic Latin, Latin-1 (µ, °,
# ®, ½), Latin Extended-A and -B (ł, ő, ř, ș, ț), general punctuation (– — ‘ ’ “ ” † ‡ • …), the euro sign, ™ and
# the comparison signs ≤ ≥. The recogniser's dictionary also holds CJK, kana, fullwidth forms and emoji, which
# on a blurred Latin label are only ever misreadings.
LABEL_SCRIPT_RANGES = ((0x20, 0x7E), (0xA0, 0xFF), (0x100, 0x24F), (0x2010, 0x2027), (0x2030, 0x2033),
                       (0x20AC, 0x20AC), (0x2122, 0x2122), (0x2264, 0x2265))


@dataclass(frozen=True)
class Reading:
    """What one RapidOCR run found: boxes in original-photo pixels, and the scale the detector ran at."""

    boxes: tuple[TextBox, ...]
    scale: float
    seconds: float
    illegible: int = 0  # text the detector found but the recogniser could not read (below TEXT_SCORE_MIN)
    straightened: bool = False  # read with its rows made level and flat first (ocr/dewarp.py)
    equalised: bool = False  # read with the page's local contrast equalised first
    # when straightened: the boxes as found, on the straightened page (at the photo's scale), where rows are level
    # and the layout groups them best; `frame_to_photo` maps one back onto `image`
    frame_boxes: tuple[TextBox, ...] | None = None
    frame_to_photo: Callable[[TextBox], TextBox] | None = None
    # the scale probe of the (turned) photo this reading measured: a later pass over the same photo and turn passes
    # it back to `read` instead of detecting again (`probe` is deterministic: same pixels, same answer)
    probed: tuple[float, tuple[TextBox, ...]] | None = None

    @property
    def illegible_share(self) -> float:
        found = len(self.boxes) + self.illegible
        return self.illegible / found if found else 0.0


def models_dir() -> Path:
    """The folder of the wheel's bundled models."""
    import rapidocr

    return Path(rapidocr.__file__).resolve().parent / "models"


def version() -> str:
    """RapidOCR's version and the models it runs, e.g. "3.10.0 (PP-OCRv6 small; onnxruntime 1.32.0)"."""
    try:
        from importlib.metadata import version as dist_version

        return f"{dist_version('rapidocr')} (PP-OCRv6 small; onnxruntime {dist_version('onnxruntime')})"
    except Exception:  # metadata missing in an unusual install: the engine still runs
        return "unknown"


def _threads() -> int:
    # Batch workers run one process per core: one thread each. The page and `scan` use every core they may.
    wanted = os.environ.get("AUDITOR_OCR_THREADS", "").strip()
    if wanted.isdigit() and int(wanted) > 0:
        return int(wanted)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


_lock = threading.Lock()
_import_lock = threading.Lock()


def _import_rapidocr():
    """RapidOCR's class, imported with its model table read once, as plain data.

    Two of its modules parse the same 1,600-line model table (default_models.yaml) with OmegaConf at import, about
    0.17 s each on this project's machines; a `scan` is one import, so the second parse was a tenth of a photo's
    time (measured: import 0.61 s → 0.42 s). Both copies are only read, so they can be one object; and most of a
    parse is OmegaConf building its nodes (0.18 s of 0.20 s; libyaml reads the file in 0.016 s), while both modules
    only look keys up (`.get`, `[]`), which a dict does as well. (The table's other reader is RapidOCR's download of
    a missing model, which this tool never starts: a missing model file is an error first, see `_engine`.) Its
    run-time configuration (config.yaml) is still OmegaConf's.
    """
    import yaml
    from omegaconf import OmegaConf

    with _import_lock:  # (a second thread patching meanwhile could leave the patch in place)
        parse, original = OmegaConf.load, OmegaConf.__dict__["load"]  # the function, and its staticmethod
        parsed: dict[str, object] = {}

        def parse_once(path):
            if not isinstance(path, (str, os.PathLike)):  # an open file: nothing to share
                return parse(path)
            key = os.fspath(path)
            if key not in parsed:
                if os.path.basename(key) == "default_models.yaml":
                    with open(key, encoding="utf-8") as f:
                        parsed[key] = yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
                else:
                    parsed[key] = parse(path)
            return parsed[key]

        OmegaConf.load = parse_once  # only while RapidOCR's modules are first imported
        try:
            from rapidocr import RapidOCR
        finally:
            OmegaConf.load = original
    return RapidOCR


@lru_cache(maxsize=1)
def _engine():
    """The process's RapidOCR object, created once.

    Raises:
        OcrUnavailableError: rapidocr or onnxruntime is not installed, or a bundled model file is missing.
    """
    try:
        import onnxruntime  # noqa: F401  (RapidOCR's engine; check it before RapidOCR tries another backend)

        RapidOCR = _import_rapidocr()
    except ImportError as e:
        raise OcrUnavailableError(f"RapidOCR is not installed ({e}); {REINSTALL_HINT}, or use --engine tesseract") from None
    folder = models_dir()
    paths = {task: folder / name for task, name in MODEL_FILES.items()}
    missing = [str(p) for p in paths.values() if not p.is_file()]
    if missing:
        # RapidOCR would try to download it; this tool never downloads at run time
        raise OcrUnavailableError(f"RapidOCR model file missing: {', '.join(missing)}; {REINSTALL_HINT}")
    threads = _threads()
    params = {
        "Global.log_level": "error",
        "Global.text_score": TEXT_SCORE_MIN,
        # we scale the image ourselves (see the module docstring); RapidOCR only guards the extremes
        "Global.max_side_len": RAPIDOCR_SIDE_LIMIT,
        "Global.min_side_len": MIN_SIDE_PX,
        "Det.model_path": str(paths["det"]),
        "Rec.model_path": str(paths["rec"]),
        "Cls.model_path": str(paths["cls"]),
        # the detector's own resize: leave the size we chose (limit_type "max" with our cap = no upscale)
        "Det.limit_type": "max",
        "Det.limit_side_len": RAPIDOCR_SIDE_LIMIT,
        # one line per recognition call: a batch is padded to its longest line, and on a 48 MP photo that padding
        # took peak memory from 530 to 760 MB for no gain in speed (measured; module docstring)
        "Rec.rec_batch_num": 1,
        "EngineConfig.onnxruntime.intra_op_num_threads": threads,
        "EngineConfig.onnxruntime.inter_op_num_threads": 1,
        # onnxruntime's memory arena: a run's tensors come from blocks it keeps rather than one malloc each (a 1.2 MP
        # page's detection: 0.28 s without, 0.18 s with; a 4.4 MP page: 1.3 s and 0.7 s), and each run gives them back
        # when it ends (`_ShrinkingSession`), so one big page does not keep the process big (measured; README)
        "EngineConfig.onnxruntime.enable_cpu_mem_arena": True,
    }
    try:
        eng = RapidOCR(params=params)
        rec = eng._load_rec_model()
        for model in (eng._load_det_model(), eng._load_cls_model(), rec):
            model.session.session = _ShrinkingSession(model.session.session)
    except Exception as e:  # onnxruntime refusing a damaged model file, an unusable CPU, …
        raise OcrUnavailableError(f"RapidOCR could not load its models ({type(e).__name__}: {e}); {REINSTALL_HINT}") from None
    rec.postprocess_op = _LabelScriptDecode(rec.postprocess_op)
    det = eng.text_det
    det.get_preprocess = lambda: _Float32DetPreProcess(det.limit_side_len, det.limit_type, det.mean, det.std)
    return eng


class _Float32DetPreProcess:
    """RapidOCR's detector input, the same numbers made in float32 and written straight into the network's layout.

    Its own normalisation subtracts a float64 mean, so a 5 MP page passes through float64 copies of 120 MB each and
    is copied again into channels first: 0.33 s and some 350 MB at its peak. Channel by channel in float32 it takes
    0.03 s and the one 60 MB array the network reads, and every value is identical (each of the 256 byte values is
    checked against RapidOCR's own in tests/test_ocr_rapidocr.py).
    """

    def __init__(self, limit_side_len, limit_type, mean, std) -> None:
        import numpy as np
        from rapidocr.ch_ppocr_det.utils import DetPreProcess

        self._base = DetPreProcess(limit_side_len, limit_type, mean, std)
        self._scale = np.float32(self._base.scale)
        self._mean = self._base.mean.astype(np.float32)
        self._std = self._base.std.astype(np.float32)

    def __call__(self, img):
        import numpy as np

        resized = self._base.resize(img)
        if resized is None:
            return None
        out = np.empty((1, resized.shape[2], *resized.shape[:2]), np.float32)
        for ch in range(resized.shape[2]):
            plane = out[0, ch]
            np.multiply(resized[:, :, ch], self._scale, out=plane, dtype=np.float32)
            plane -= self._mean[ch]
            plane /= self._std[ch]
        return out


class _ShrinkingSession:
    """An onnxruntime session whose every run returns its arena's memory when it ends (a run option RapidOCR's own
    calls do not pass); everything else is the session's own."""

    def __init__(self, session) -> None:
        import onnxruntime

        self._session = session
        self._options = onnxruntime.RunOptions()
        self._options.add_run_config_entry("memory.enable_memory_arena_shrinkage", "cpu:0")

    def run(self, output_names, input_feed, run_options=None):
        return self._session.run(output_names, input_feed, run_options or self._options)

    def __getattr__(self, name):
        return getattr(self._session, name)


_LABEL_SCRIPT = frozenset(chr(c) for lo, hi in LABEL_SCRIPT_RANGES for c in range(lo, hi + 1))


def in_label_script(char: str) -> bool:
    """Whether a character of the recogniser's dictionary can be printed on a label this tool reads
    (`LABEL_SCRIPT_RANGES`); the CTC blank and the space are kept."""
    return char == "blank" or char in _LABEL_SCRIPT


class _LabelScriptDecode:
    """RapidOCR's CTC decoding restricted to the label script: each step takes the likeliest character a label
    can hold, never a CJK ideograph or an emoji (blind set 10: a blurred "196 mg" read "1%6时")."""

    def __init__(self, base) -> None:
        import numpy as np

        self._base = base
        self._kept = np.array([i for i, ch in enumerate(base.character) if in_label_script(ch)], dtype=np.int64)

    def __call__(self, preds, return_word_box: bool = False, **kwargs):
        sub = preds[:, :, self._kept]  # (a few thousand of the dictionary's 18,710 columns: cheap to copy)
        index = self._kept[sub.argmax(axis=2)]
        return self._base.decode(index, sub.max(axis=2), return_word_box, kwargs.get("wh_ratio_list", (1.0,)),
                                 kwargs.get("max_wh_ratio", 1.0), remove_duplicate=True)


def preload() -> None:
    """Load the models now (batch workers and the page do it once, before the first image)."""
    _engine()


# RapidOCR turns a crop a quarter before recognition when it is this much taller than long (utils/process_img.py).
_UPRIGHT_CROP_RATIO = 1.5


def _reading_quad(quad: tuple, turned: bool, flipped: bool) -> tuple:
    """The detector's box (clockwise from the top-left corner of the image) as (top-left, top-right, bottom-right,
    bottom-left) of the text itself, from what RapidOCR did to the crop before reading it.

    A crop much taller than long is turned a quarter counter-clockwise (its text then runs from p0 towards p3, its
    top towards p1); the direction classifier then turns a crop it finds upside down by a half. Knowing each line's
    own direction, the layout orders a page turned any way in one pass.
    """
    p0, p1, p2, p3 = quad
    q = (p1, p2, p3, p0) if turned else (p0, p1, p2, p3)
    return (q[2], q[3], q[0], q[1]) if flipped else q


def _detect_in_strips(eng, img):
    """The detector's boxes on `img` (a BGR array bigger than `DETECT_TILE_PIXELS`), found strip by strip.

    The page is first brought to the size the detector would give it whole (each side a multiple of 32), so each
    strip, a multiple of 32 tall, sees the pixels the whole page would; a strip keeps the boxes whose centre lies in
    its core and reaches `DETECT_TILE_OVERLAP_PX` beyond it on both sides, so a line that a strip's edge would cut
    is found whole by the strip whose core holds it.

    Returns:
        The boxes (n × 4 × 2, RapidOCR's order) in `img`'s pixels, or None when there are none.
    """
    import cv2
    import numpy as np

    det_model = eng._load_det_model()
    height, width = img.shape[:2]
    # RapidOCR's DetPreProcess.resize under our limit (no downscale): each side rounded to a multiple of 32
    side_h, side_w = max(32, round(height / 32) * 32), max(32, round(width / 32) * 32)
    page = cv2.resize(img, (side_w, side_h)) if (side_h, side_w) != (height, width) else img
    overlap = DETECT_TILE_OVERLAP_PX // 32 * 32
    tile_h = max(DETECT_TILE_PIXELS // side_w // 32 * 32, 4 * overlap)
    core_h = tile_h - 2 * overlap
    kept, cut, strip_of = [], [], []
    for index, top in enumerate(range(0, side_h, core_h)):
        bottom = min(side_h, top + core_h)
        y0, y1 = max(0, top - overlap), min(side_h, bottom + overlap)
        det = det_model(np.ascontiguousarray(page[y0:y1]))
        _release_memory()  # each strip's activations, before the next strip's
        for box in det.boxes if det.boxes is not None else ():
            box = np.asarray(box, dtype=np.float32) + np.array([0.0, y0], dtype=np.float32)
            if top <= float(box[:, 1].mean()) < bottom:
                kept.append(box)
                strip_of.append(index)
                # (a line tilted across more than the overlap reaches past its strip: the strip sees part of it)
                cut.append((y0 > 0 and box[:, 1].min() <= y0 + 1) or (y1 < side_h and box[:, 1].max() >= y1 - 1))
    kept = _join_cut_parts(kept, cut, strip_of, det_model.postprocess_op.get_mini_boxes)
    if not kept:
        return None
    boxes = np.stack(kept) * np.array([width / side_w, height / side_h], dtype=np.float32)
    return det_model.sorted_boxes(boxes)


def _join_cut_parts(boxes: list, cut: list[bool], strip_of: list[int], mini_box) -> list:
    """The boxes of the strips with each line found once. A part of a line cut by its strip's edge is one line with
    the boxes of other strips it overlaps (`CUT_PART_SHARED`) when together they make a box no taller than the
    tallest of them (`CUT_LINE_HEIGHT`): the line is then one box spanning them all, read once whole (a curved bottle's ingredient
    line, tilted across two strips, was read once whole and once from its middle, "magnesium stearte", a second
    magnesium name; a line tilted 12° across three strips was read as two overlapping halves, "Lactobacillus
    acidophilus (LA-5) 12." and "llus acidophilus (LA-5) 12.5 billion CFU"). Two lines of a page share at most a
    sliver (the detector's unclip margins), and together make a box twice as tall."""
    import numpy as np

    groups = list(range(len(boxes)))

    def root(i: int) -> int:
        while groups[i] != i:
            groups[i] = groups[groups[i]]
            i = groups[i]
        return i

    def short_side(points) -> float:
        return float(min(np.linalg.norm(points[1] - points[0]), np.linalg.norm(points[3] - points[0])))

    for i, box in enumerate(boxes):
        if not cut[i]:
            continue
        for j, other in enumerate(boxes):
            if strip_of[j] == strip_of[i] or root(i) == root(j):
                continue
            if _shared_area(box, other) < CUT_PART_SHARED * min(_area(box), _area(other)):
                continue
            joined, _ = mini_box(np.concatenate([box, other]).astype(np.float32))
            if short_side(joined) <= CUT_LINE_HEIGHT * max(short_side(box), short_side(other)):
                groups[root(j)] = root(i)
    out = []
    for r in dict.fromkeys(root(i) for i in range(len(boxes))):
        members = [boxes[i] for i in range(len(boxes)) if root(i) == r]
        out.append(members[0] if len(members) == 1 else mini_box(np.concatenate(members).astype(np.float32))[0].astype(np.float32))
    return out


def _area(quad) -> float:
    import cv2

    return float(abs(cv2.contourArea(quad)))


def _shared_area(a, b) -> float:
    """The area two convex quads (float32, 4 × 2) have in common."""
    import cv2

    area, _ = cv2.intersectConvexConvex(a, b)
    return float(area)


def _run(image: Image.Image, *, name: str, strips: bool = False) -> tuple[list[TextBox], int]:
    """One detection + classification + recognition over `image`.

    Returns:
        The legible boxes in `image`'s pixels, each in its reading direction, and how many detected boxes were
        not legible.
    """
    import numpy as np
    from rapidocr.utils.process_img import map_boxes_to_original

    arr = np.ascontiguousarray(np.asarray(image.convert("RGB"))[:, :, ::-1])  # RapidOCR takes OpenCV's BGR order
    eng = _engine()
    with _lock:
        try:
            # RapidOCR's own __call__ (detect_and_crop, cls_and_rotate, recognize_txt), step by step: the page, not
            # each line alone, settles which way its lines read (`_page_direction`)
            img, op_record = eng.preprocess_img(arr)
            padded = eng.cfg.Global.use_vertical_padding and (
                img.shape[0] <= eng.min_height or img.shape[1] / img.shape[0] > eng.width_height_ratio)
            from rapidocr.main import RapidOCRError

            try:
                if strips and img.shape[0] * img.shape[1] > DETECT_TILE_PIXELS and not padded:
                    # the detection in strips
                    op_record["padding_1"] = {"top": 0, "left": 0}
                    boxes = _detect_in_strips(eng, img)
                    regions = eng.crop_text_regions(img, boxes) if boxes is not None else []
                else:
                    regions, det = eng.detect_and_crop(img, op_record)
                    boxes = det.boxes
                if boxes is None or len(boxes) == 0:
                    return [], 0
                det_quads = [np.asarray(q, dtype=float) for q in boxes]
                turned = [_turned(d) for d in det_quads]
                _, cls = eng.cls_and_rotate(regions)
                flips = _page_direction(list(cls.cls_res or ()), turned, float(eng.cfg.Cls.cls_thresh))
                rec = eng.recognize_txt([np.ascontiguousarray(np.rot90(c, 2)) if f else c for c, f in zip(regions, flips)])
            except RapidOCRError:  # nothing found, or nothing legible (RapidOCR's own steps return no text then)
                return [], 0
            quads = map_boxes_to_original(boxes, op_record, arr.shape[0], arr.shape[1])
        except Exception as e:  # onnxruntime errors on odd shapes: this image fails, the engine stays usable
            raise OcrFailedError(f"RapidOCR failed on this image ({type(e).__name__}); try another photo or --engine tesseract", path=name) from None
    found: list[TextBox] = []
    illegible = 0
    for k, (quad, text, score) in enumerate(zip(quads, rec.txts, rec.scores)):
        if not str(text).strip() or float(score) < TEXT_SCORE_MIN:
            illegible += 1
            continue
        pts = tuple((float(x), float(y)) for x, y in quad[:4])
        found.append(TextBox(text=str(text), quad=_reading_quad(pts, turned[k], flips[k]), conf=round(float(score) * 100, 1)))
    return found, illegible


def _turned(det_quad) -> bool:
    """Whether RapidOCR turns this detected line a quarter before reading it (a crop much taller than long)."""
    import numpy as np

    long_ = max(np.linalg.norm(det_quad[0] - det_quad[1]), np.linalg.norm(det_quad[2] - det_quad[3]))
    tall = max(np.linalg.norm(det_quad[0] - det_quad[3]), np.linalg.norm(det_quad[1] - det_quad[2]))
    return int(tall) / max(1, int(long_)) >= _UPRIGHT_CROP_RATIO


def _page_direction(verdicts: list, turned: list[bool], cls_thresh: float) -> list[bool]:
    """Which lines to read half turned: the page's lines all run one way, so the direction most of its lines
    are classified in is every line's (a turned line, standing across the page, keeps its own verdict).

    The direction classifier judges each line alone, and on short lines it is often wrong: on blind sets 14 and 15
    it turned 26 of 2,868 lines upside down, and in none of the 26 was the page's direction the worse reading
    (22 read better: "Oxyde de" for "oxxddde", "10 mg" for "10 m5", "113%" for "13%"; the rest as well or
    illegible either way).
    """
    own = [k < len(verdicts) and "180" in str(verdicts[k][0]) and float(verdicts[k][1]) > cls_thresh
           for k in range(len(turned))]
    across = [f for f, t in zip(own, turned) if not t]
    page_flipped = 2 * sum(across) > len(across)
    return [f if t else page_flipped for f, t in zip(own, turned)]


@lru_cache(maxsize=1)
def _libc():
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6")
        return libc if hasattr(libc, "malloc_trim") else None
    except OSError:  # not glibc (macOS, Windows, musl): nothing to trim
        return None


def _release_memory() -> None:
    """Give the buffers onnxruntime freed back to the system.

    glibc keeps them in its heaps, so a process reading photo after photo grew from 270 to 580 MB over 14 photos;
    trimmed after each, it stays at about 175 MB (measured; a batch worker reads thousands).
    """
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)


def _text_height(quads, bands: list[float]) -> float | None:
    """Median height of the boxes that are longer than tall (lines of text, not lone characters), or
    `BAND_TO_BOX_HEIGHT` times the median band height of the same lines (`_band_heights`) when that is lower."""
    heights = [quad_height(q) for q in quads if quad_length(q) >= quad_height(q) > 0]
    if not heights:
        return None
    boxed = statistics.median(heights)
    if not bands or BAND_TO_BOX_HEIGHT <= 0:
        return boxed
    return min(boxed, BAND_TO_BOX_HEIGHT * statistics.median(bands))


def _band_heights(det, preds, scale: float) -> list[float]:
    """The band height of each line the detector keeps (its own score and size filters; boxes longer than tall),
    in the probed image's pixels times `scale`: twice its region's area over its perimeter, which for a strip of print
    is its height however the strip bends (the box around an arc is as tall as the print plus the arc's sag), grown
    by the margin the detector adds around every region (its unclip ratio) as it does for its boxes."""
    import cv2
    import numpy as np

    post = det.postprocess_op
    pred = preds[0, 0]
    mask = (pred > post.thresh).astype(np.uint8)
    if post.dilation_kernel is not None:
        mask = cv2.dilate(mask, post.dilation_kernel)
    contours, _ = cv2.findContours(mask * 255, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    bands = []
    for contour in contours[: post.max_candidates]:
        points, short_side = post.get_mini_boxes(contour)
        if short_side < post.min_size or post.box_score_fast(pred, points.reshape(-1, 2)) < post.box_thresh:
            continue
        box, short_side = post.get_mini_boxes(post.unclip(points))
        quad = tuple((float(x), float(y)) for x, y in box)
        perimeter = cv2.arcLength(contour, True)
        if short_side >= post.min_size + 2 and quad_length(quad) >= quad_height(quad) > 0 and perimeter > 0:
            bands.append(2 * cv2.contourArea(contour) / perimeter * (1 + post.unclip_ratio) * scale)
    return bands


def _probe_quads(image: Image.Image) -> tuple[list[tuple], list[float]]:
    """The text lines the detector finds on `image` (detection alone, no recognition: a fraction of a full run), and
    their band heights (`_band_heights`) in `image`'s pixels."""
    import numpy as np

    arr = np.ascontiguousarray(np.asarray(image.convert("RGB"))[:, :, ::-1])
    eng = _engine()
    with _lock:
        try:
            det = eng._load_det_model()
            net_input = det.get_preprocess()(arr)
            if net_input is None:
                return [], []
            preds = det.session(net_input)
            found, _ = det.postprocess_op(preds, arr.shape[:2])
            found = det.sorted_boxes(found) if len(found) else []
            bands = _band_heights(det, preds, arr.shape[0] / preds.shape[2])
        except Exception:  # the probe only chooses a scale; the full run reports errors
            return [], []
        finally:
            _release_memory()
    return [tuple((float(x), float(y)) for x, y in q[:4]) for q in found], bands


def _area_cap(image: Image.Image) -> float:
    return math.sqrt(MAX_DETECT_PIXELS / max(1, image.width * image.height))


def probe(image: Image.Image) -> tuple[float, tuple[TextBox, ...]]:
    """The factor that brings the photo's text to TARGET_TEXT_HEIGHT_PX, within the detector's size limits, and
    the lines the probe found (in `image`'s pixels; their text is not read)."""
    # (never smaller than the long side's 1,024 px: a photo squarer than 4:3 is probed as before)
    probe_factor = min(1.0, max(math.sqrt(PROBE_PIXELS / max(1, image.width * image.height)),
                                math.sqrt(PROBE_PIXELS * 4 / 3) / max(image.size)))
    quads, bands = _probe_quads(resized(image, probe_factor))
    boxes = tuple(TextBox("?", tuple((x / probe_factor, y / probe_factor) for x, y in q), 0.0) for q in quads)  # type: ignore[arg-type]
    height = _text_height([b.quad for b in boxes], [b / probe_factor for b in bands])
    cap = _area_cap(image)
    if not height:
        return min(1.0, cap), boxes
    return max(min(TARGET_TEXT_HEIGHT_PX / height, cap, MAX_UPSCALE), 1e-3), boxes


def scale_for(image: Image.Image) -> float:
    """The factor that brings the photo's text to TARGET_TEXT_HEIGHT_PX, within the detector's size limits."""
    return probe(image)[0]


def read(image: Image.Image, *, name: str = "<image>", rotation_deg: int = 0, scale_mult: float = 1.0,
         straighten: bool = False, equalise: bool = False,
         probed: tuple[float, tuple[TextBox, ...]] | None = None) -> Reading:
    """Detect and recognise the text of a decoded photo.

    Args:
        image: the decoded photo (RGB or L), as `image.load_image` returns it.
        name: shown in error messages.
        rotation_deg: turn the photo counter-clockwise first (90, 180, 270); boxes still come back in the
            coordinates of `image`.
        scale_mult: read at this multiple of the measured best scale (small print beside large titles), within
            MAX_DETECT_PIXELS and MAX_UPSCALE.
        straighten: make the rows the probe found level and flat first (ocr/dewarp.py); the boxes still come
            back in `image`'s coordinates.
        equalise: equalise the page's local contrast first (`EQUALISE_CLIP`), for faint print.
        probed: the `Reading.probed` of an earlier reading of the same `image` at the same `rotation_deg`.

    Returns:
        The boxes RapidOCR found, in `image`'s pixels and each in its reading direction, with text and confidence.

    Raises:
        OcrUnavailableError: RapidOCR or a model file is missing.
        OcrFailedError: the engine failed on this image.
    """
    t0 = time.perf_counter()
    src = image.rotate(rotation_deg, expand=True) if rotation_deg else image
    factor, lines = probed if probed is not None else probe(src)
    measured = (factor, lines)
    if scale_mult != 1.0:
        factor = min(factor * scale_mult, _area_cap(src), MAX_UPSCALE)
    page = resized(src, factor)
    if equalise:
        page = equalised(page, EQUALISE_CLIP)
    warp = None
    if straighten and not rotation_deg:
        warp = _dewarp.plan(scaled_boxes(lines, factor, factor), page.size)
        if warp is not None:
            page = warp.apply(page)
    try:
        found, illegible = _run(page, name=name, strips=scale_mult > 1.0)
    finally:
        _release_memory()
    boxes = scaled_boxes(found, 1 / factor, 1 / factor)
    frame = to_photo = None
    if warp is not None:

        def to_photo(box: TextBox, warp=warp, factor=factor) -> TextBox:
            return scaled_boxes([warp.box_to_source(scaled_boxes([box], factor, factor)[0])], 1 / factor, 1 / factor)[0]

        frame, boxes = tuple(boxes), [to_photo(b) for b in boxes]
    if rotation_deg:
        boxes = [_unrotate(b, rotation_deg, image.size) for b in boxes]
    return Reading(boxes=tuple(boxes), scale=round(factor, 3), seconds=round(time.perf_counter() - t0, 3), illegible=illegible,
                   straightened=warp is not None, frame_boxes=frame, frame_to_photo=to_photo,
                   equalised=equalise and EQUALISE_CLIP > 0, probed=measured)


def _unrotate(box: TextBox, rotation_deg: int, size: tuple[int, int]) -> TextBox:
    """Map a box found on the photo turned by `rotation_deg` (CCW, expanded) back to the photo."""
    w, h = size

    def back(x: float, y: float) -> tuple[float, float]:
        if rotation_deg == 90:  # (x, y) on the turned image came from (w - y, x)
            return w - y, x
        if rotation_deg == 180:
            return w - x, h - y
        if rotation_deg == 270:
            return y, h - x
        return x, y

    return TextBox(text=box.text, quad=tuple(back(x, y) for x, y in box.quad), conf=box.conf)  # type: ignore[arg-type]
