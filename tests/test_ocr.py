"""OCR tests with the real Tesseract: decoding, errors, strategy, word boxes and an accuracy floor.

Fixture images are drawn here with Pillow (DejaVu fonts) or taken from samples/images (listed in
samples/expected.csv). Where Tesseract is missing these tests FAIL (CI must have it) unless
AUDITOR_ALLOW_NO_OCR=1, which turns them into skips for a quick local loop. Tests run with the default engine
(tesserocr) unless they set AUDITOR_OCR_ENGINE; the `engine` fixture runs a test with each engine.
"""

from __future__ import annotations

import csv
import difflib
import importlib.util
import io
import os
import re
import shutil
import struct
import zlib
from pathlib import Path

import pytest
import pytesseract
from PIL import Image, ImageDraw, ImageFont

from auditor.ocr import tesseract as ocr_module
from auditor.errors import ExitCode, ImageReadError, OcrFailedError, OcrUnavailableError
from auditor.ocr import ENGINE_ENV, ENGINES, load_image, ocr_engine, tesseract_version
from auditor.ocr.tesseract import ocr_image  # the Tesseract engine and its multi-pass strategy

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
# tesserocr is a dependency where it has wheels (Linux, Windows); elsewhere the pytesseract path is the default.
HAS_TESSEROCR = importlib.util.find_spec("tesserocr") is not None

pytestmark = pytest.mark.ocr


@pytest.fixture(autouse=True, scope="module")
def _require_tesseract():
    if shutil.which(str(pytesseract.pytesseract.tesseract_cmd)) is None:
        msg = ("Tesseract is not installed, so the OCR tests cannot run. Install it (sudo apt-get install "
               "tesseract-ocr / brew install tesseract), or set AUDITOR_ALLOW_NO_OCR=1 to skip them locally.")
        if os.environ.get("AUDITOR_ALLOW_NO_OCR") == "1":
            pytest.skip(msg)
        pytest.fail(msg, pytrace=False)


@pytest.fixture(params=ENGINES)
def engine(request, monkeypatch) -> str:
    """Run the test with AUDITOR_OCR_ENGINE set to each engine in turn."""
    if request.param == "tesserocr" and not HAS_TESSEROCR:
        pytest.skip("tesserocr is not installed (no wheel for this platform)")
    monkeypatch.setenv(ENGINE_ENV, request.param)
    return request.param


def _judge():
    # The lead's plausibility judge when it is importable; the OCR module must not depend on it.
    from auditor.audit import plausibility

    return plausibility


# --- fixture images ---------------------------------------------------------------------------------------------
PANEL_LINES = [
    ("Supplement Facts", "DejaVuSans-Bold.ttf", 1.8),
    ("Serving Size 2 Capsules", "DejaVuSans.ttf", 1.0),
    ("Servings Per Container 60", "DejaVuSans.ttf", 1.0),
    ("Amount Per Serving      % Daily Value", "DejaVuSans-Bold.ttf", 1.0),
    ("Magnesium (as magnesium glycinate)   200 mg   48%", "DejaVuSans.ttf", 1.0),
    ("Other ingredients: hypromellose, rice flour.", "DejaVuSans.ttf", 1.0),
]


def make_panel(font_px: int = 26, margin_px: int = 40) -> Image.Image:
    """A plain Supplement Facts panel, black on white."""
    fonts = {f: ImageFont.truetype(str(FONT_DIR / f), round(font_px * k)) for _, f, k in PANEL_LINES}
    sizes = [fonts[f].getbbox(t) for t, f, _ in PANEL_LINES]
    width = max(b[2] for b in sizes) + 2 * margin_px
    line_gap = round(font_px * 0.6)
    height = sum(b[3] for b in sizes) + line_gap * len(sizes) + 2 * margin_px
    im = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(im)
    y = margin_px
    for (text, font, _), bbox in zip(PANEL_LINES, sizes):
        draw.text((margin_px, y), text, fill="black", font=fonts[font])
        y += bbox[3] + line_gap
    return im


def encode(im: Image.Image, fmt: str, **kw) -> bytes:
    buf = io.BytesIO()
    im.save(buf, format=fmt, **kw)
    return buf.getvalue()


@pytest.fixture(scope="module")
def panel() -> Image.Image:
    return make_panel()


@pytest.fixture(scope="module")
def panel_png(panel) -> bytes:
    return encode(panel, "PNG")


def assert_reads_magnesium(text: str) -> None:
    flat = " ".join(text.split())
    assert "Magnesium" in flat, text
    assert re.search(r"200 ?mg", flat), text


# --- decoding -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "WEBP", "TIFF", "BMP", "GIF"])
def test_load_image_formats(panel, fmt):
    im = load_image(encode(panel, fmt), name=f"panel.{fmt.lower()}")
    assert im.size == panel.size
    assert im.mode in ("RGB", "L")


def test_load_image_animated_gif_uses_first_frame(panel):
    second = Image.new("RGB", panel.size, "black")
    data = encode(panel, "GIF", save_all=True, append_images=[second])
    im = load_image(data, name="anim.gif")
    assert im.getpixel((5, 5)) in ((255, 255, 255), 255)  # the white first frame, not the black second one


def test_load_image_transparent_png_goes_on_white():
    im = Image.new("RGBA", (50, 20), (0, 0, 0, 0))
    out = load_image(encode(im, "PNG"), name="clear.png")
    assert out.mode == "RGB" and out.getpixel((1, 1)) == (255, 255, 255)


def test_clean_panel_read(panel_png, monkeypatch):
    monkeypatch.delenv(ENGINE_ENV, raising=False)  # the default engine
    ocr = ocr_image(panel_png, name="panel.png", is_plausible=_judge())
    assert_reads_magnesium(ocr.text)
    assert ocr.engine == ocr_engine() == ("tesserocr" if HAS_TESSEROCR else "pytesseract")
    assert ocr.engine_version == tesseract_version()
    assert ocr.image_size == make_panel().size
    assert len(ocr.passes) == 1 and ocr.passes[0].plausible
    assert ocr.seconds > 0


def test_exif_rotated_jpeg(panel):
    # The camera stored the pixels turned 90° and EXIF orientation 6 ("rotate 90 CW to display").
    stored = panel.transpose(Image.Transpose.ROTATE_90)
    exif = Image.Exif()
    exif[0x0112] = 6
    data = encode(stored, "JPEG", quality=92, exif=exif.tobytes())
    assert load_image(data, name="exif.jpg").size == panel.size
    ocr = ocr_image(data, name="exif.jpg", is_plausible=_judge())
    assert_reads_magnesium(ocr.text)
    assert ocr.passes[0].name.startswith("upright")


def test_rotated_90_image(panel):
    data = encode(panel.transpose(Image.Transpose.ROTATE_90), "PNG")
    ocr = ocr_image(data, name="rot90.png", is_plausible=_judge())
    assert_reads_magnesium(ocr.text)
    assert any("rotate" in p.name for p in ocr.passes)


def test_heic(panel):
    pytest.importorskip("pillow_heif")
    data = encode(panel, "HEIF", quality=90)
    assert load_image(data, name="panel.heic").size == panel.size
    assert_reads_magnesium(ocr_image(data, name="panel.heic").text)


# --- bad input --------------------------------------------------------------------------------------------------
def png_declaring(width: int, height: int) -> bytes:
    """A tiny PNG whose header declares width x height (a decompression-bomb shape)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


@pytest.mark.parametrize(
    ("name", "make", "expect"),
    [
        ("empty.jpg", lambda p: b"", "empty"),
        ("truncated.jpg", lambda p: encode(p, "JPEG")[: len(encode(p, "JPEG")) // 2], "truncated"),
        ("notes.jpg", lambda p: b"Magnesium 200 mg\nthis is a text file\n", "not an image Pillow can read"),
        ("bomb.png", lambda p: png_declaring(30000, 30000), "limit is 250 M pixels"),
        ("huge.jpg", lambda p: bytes(80 * 1024 * 1024), "is 80 MB; the limit is 64 MB"),
    ],
)
def test_bad_images(panel, name, make, expect):
    data = make(panel)
    with pytest.raises(ImageReadError) as info:
        ocr_image(data, name=name)
    err = info.value
    assert expect in str(err)
    assert str(err).startswith(f"{name}: ")
    assert err.exit_code == ExitCode.INPUT_ERROR
    # The message tells the user what to do next.
    assert any(w in str(err) for w in ("upload", "Re-export", "re-take", "Resize", "smaller"))


def test_bomb_guard_in_load_image():
    with pytest.raises(ImageReadError, match="900 M pixels; the limit is 250 M pixels"):
        load_image(png_declaring(30000, 30000))


def test_pytesseract_engine_reads_panel(panel_png, monkeypatch):
    monkeypatch.setenv(ENGINE_ENV, "pytesseract")
    ocr = ocr_image(panel_png, name="panel.png", is_plausible=_judge())
    assert_reads_magnesium(ocr.text)
    assert ocr.engine == "pytesseract"
    assert ocr.engine_version == tesseract_version() == str(pytesseract.get_tesseract_version())


@pytest.mark.skipif(not HAS_TESSEROCR, reason="tesserocr is not installed (no wheel for this platform)")
def test_engines_read_alike(panel_png, monkeypatch):
    # Same rows, same assembly: only the Tesseract version differs (tesserocr bundles its own library).
    texts = {}
    for name in ENGINES:
        monkeypatch.setenv(ENGINE_ENV, name)
        texts[name] = ocr_image(panel_png, name="panel.png").text
    assert difflib.SequenceMatcher(None, *texts.values()).ratio() > 0.95, texts


def test_unknown_engine(panel_png, monkeypatch):
    monkeypatch.setenv(ENGINE_ENV, "easyocr")
    with pytest.raises(OcrUnavailableError, match="set it to one of tesserocr, pytesseract") as info:
        ocr_image(panel_png, name="panel.png")
    assert info.value.exit_code == ExitCode.OCR_UNAVAILABLE


def test_tesseract_missing(panel_png, monkeypatch):
    # A real fault: the configured binary does not exist.
    monkeypatch.setenv(ENGINE_ENV, "pytesseract")
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/bin/tesseract")
    with pytest.raises(OcrUnavailableError) as info:
        ocr_image(panel_png, name="panel.png")
    assert "sudo apt-get install tesseract-ocr" in str(info.value)
    assert "brew install tesseract" in str(info.value)
    assert info.value.exit_code == ExitCode.OCR_UNAVAILABLE


@pytest.mark.skipif(not HAS_TESSEROCR, reason="tesserocr is not installed (no wheel for this platform)")
def test_tesserocr_without_traineddata(panel_png, monkeypatch, tmp_path):
    # A real fault: no eng.traineddata anywhere tesserocr is pointed at (a fresh API is built for this test).
    monkeypatch.setenv(ENGINE_ENV, "tesserocr")
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/bin/tesseract")
    monkeypatch.setattr(ocr_module, "KNOWN_TESSDATA_DIRS", ())
    monkeypatch.setattr(ocr_module, "_api", None)
    with pytest.raises(OcrUnavailableError) as info:
        ocr_image(panel_png, name="panel.png")
    assert "no eng.traineddata found (set TESSDATA_PREFIX" in str(info.value)
    assert "sudo apt-get install tesseract-ocr" in str(info.value)
    assert info.value.exit_code == ExitCode.OCR_UNAVAILABLE


def test_parse_tsv_like_image_to_data():
    tsv = ("1\t1\t0\t0\t0\t0\t0\t0\t640\t480\t-1\t\n"
           "5\t1\t1\t1\t1\t1\t36\t92\t60\t24\t96.5\tMagnesium\n"
           "5\t1\t1\t1\t1\t2\t100\t92\t40\t24\t91\t200 mg\n")
    data = ocr_module._parse_tsv(tsv)
    assert data["text"] == ["", "Magnesium", "200 mg"]
    assert data["level"] == [1, 5, 5] and data["left"] == [0, 36, 100] and data["conf"] == [-1.0, 96.5, 91.0]


def test_timeout(panel_png, engine):
    with pytest.raises(OcrFailedError) as info:
        ocr_image(panel_png, name="panel.png", timeout_s=0.001)
    assert "longer than" in str(info.value)
    assert info.value.exit_code == ExitCode.OCR_FAILED


# --- words and boxes --------------------------------------------------------------------------------------------
def test_word_spans_and_boxes(panel_png, panel, engine):
    ocr = ocr_image(panel_png, name="panel.png")
    assert ocr.engine == engine
    assert_reads_magnesium(ocr.text)
    assert ocr.words
    w, h = panel.size
    for word in ocr.words:
        start, end = word.span
        assert ocr.text[start:end] == word.text
        b = word.box
        assert 0 <= b.left and 0 <= b.top and b.width > 0 and b.height > 0
        assert b.left + b.width <= w and b.top + b.height <= h


def _iou(a, b) -> float:
    ax0, ay0, ax1, ay1 = a
    bx0, by0, bx1, by1 = b
    ix = max(0, min(ax1, bx1) - max(ax0, bx0))
    iy = max(0, min(ay1, by1) - max(ay0, by0))
    inter = ix * iy
    return inter / ((ax1 - ax0) * (ay1 - ay0) + (bx1 - bx0) * (by1 - by0) - inter)


def _word_box(ocr, text: str):
    word = next(w for w in ocr.words if w.text.strip(":,.").lower() == text.lower())
    return (word.box.left, word.box.top, word.box.left + word.box.width, word.box.top + word.box.height)


def test_boxes_map_back_after_downscale():
    # A 12 MP "photo" with big print: the pipeline shrinks it before OCR; boxes must land on the original word.
    font = ImageFont.truetype(str(FONT_DIR / "DejaVuSans.ttf"), 90)
    im = Image.new("L", (4000, 3000), 235)
    draw = ImageDraw.Draw(im)
    lines = ["Supplement Facts", "Serving Size 1 Tablet", "Magnesium (as oxide) 400 mg 95%", "Zinc 8 mg 73%"]
    expected = None
    for i, line in enumerate(lines):
        xy = (700, 800 + i * 160)
        draw.text(xy, line, fill=20, font=font)
        if line.startswith("Magnesium"):
            x0, y0, x1, y1 = draw.textbbox(xy, "Magnesium", font=font)
            expected = (x0, y0, x1, y1)
    ocr = ocr_image(encode(im, "JPEG", quality=90), name="big.jpg")
    assert ocr.image_size == (4000, 3000)
    got = _word_box(ocr, "Magnesium")
    assert _iou(got, expected) > 0.6, (got, expected)


def test_boxes_map_back_after_rotation(panel):
    # Stored turned 90°: OCR runs on an un-rotated copy, boxes must come back onto the stored pixels.
    stored = panel.transpose(Image.Transpose.ROTATE_90)
    ocr = ocr_image(encode(stored, "PNG"), name="rot.png", is_plausible=_judge())
    up = ocr_image(encode(panel, "PNG"), name="up.png")
    x0, y0, x1, y1 = _word_box(up, "Magnesium")
    # ROTATE_90 (counter-clockwise) maps (x, y) on the panel to (y, W - x) on the stored image.
    w = panel.width
    expected = (y0, w - x1, y1, w - x0)
    assert _iou(_word_box(ocr, "Magnesium"), expected) > 0.6


# --- accuracy floor on a fixed set of samples --------------------------------------------------------------------
FLOOR_SET = [
    "images/bisglycinate_clean.png",
    "images/citrate_clean.png",
    "images/threonate_clean.png",
    "images/d3k2_control_clean.png",
    "images/bisglycinate_rot5.jpg",
    "images/citrate_rot90.jpg",
    "images/oxide_rot180.jpg",
    "images/malate_blur.jpg",
    "images/buffered_glycinate_lowres.jpg",
    "images/polish_citrate_exif6.jpg",
]


def test_accuracy_floor_on_samples():
    from auditor.audit import audit_text

    expected_csv = SAMPLES / "expected.csv"
    assert expected_csv.exists(), "samples/expected.csv is missing; run samples/generate.py"
    rows = {r["file"]: r for r in csv.DictReader(expected_csv.open(encoding="utf-8"))}
    right, misses = 0, []
    for file in FLOOR_SET:
        row = rows[file]
        ocr = ocr_image((SAMPLES / file).read_bytes(), name=file, is_plausible=_judge())
        result = audit_text(ocr.text, input_name=file, ocr=ocr)
        ok = result.status.value == row["status"]
        if ok and row["elemental_mg"]:
            lo, hi = float(row["elemental_mg_low"]) * 0.98, float(row["elemental_mg_high"]) * 1.02
            ok = result.elemental_mg is not None and lo <= result.elemental_mg <= hi
        right += ok
        if not ok:
            misses.append(f"{file}: {result.status.value} {result.elemental_mg}")
    # Tolerant to Tesseract version differences; 10/10 with Tesseract 5.3.0.
    assert right >= 8, misses
