"""Large photos (issue 12): an 8000 x 8000 PNG is read, not refused; big images are shrunk as soon as they are
decoded; the decompression-bomb guard still refuses a header that claims more than the limit. Real images, real OCR."""

from __future__ import annotations

import io
import json
import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageFilter

from auditor.errors import ExitCode, ImageReadError
from auditor.ocr.image import MAX_IMAGE_PIXELS, decoded_scale, load_image

ROOT = Path(__file__).resolve().parent.parent
PANEL = ROOT / "samples" / "images" / "bisglycinate_clean.png"  # "Magnesium (as magnesium bisglycinate chelate) 200 mg 48%"
TWELVE_MP = 12_000_000  # what the OCR decodes photos to (ocr.strategy.DECODE_MAX_PIXELS)

_MEASURE = """
import json, os, sys, time
t0 = time.monotonic()
pid = os.fork()
if pid == 0:
    os.dup2(os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT | os.O_TRUNC), 1)
    os.dup2(os.open(sys.argv[2], os.O_WRONLY | os.O_CREAT | os.O_TRUNC), 2)
    os.execv(sys.executable, [sys.executable, "-m", "auditor", *sys.argv[3:]])
_, status, usage = os.wait4(pid, 0)
print(json.dumps([os.waitstatus_to_exitcode(status), time.monotonic() - t0, usage.ru_maxrss / 1024]))
"""


def run_measured(*args: str, tmp: Path) -> tuple[int, float, float, str, str]:
    """Exit code, seconds, peak RSS in MB of one `auditor` process (not of pytest), its stdout and stderr."""
    out, err = tmp / "out.txt", tmp / "err.txt"
    r = subprocess.run([sys.executable, "-c", _MEASURE, str(out), str(err), *args], capture_output=True, text=True, timeout=600,
                       env=dict(os.environ, AUDITOR_DB=str(tmp / "a.db")))
    code, seconds, rss_mb = json.loads(r.stdout)
    return code, seconds, rss_mb, out.read_text(encoding="utf-8"), err.read_text(encoding="utf-8")


def label_photo(w: int, h: int) -> Image.Image:
    """The sample panel enlarged to 60% of the width, on grey (a label filling part of a photo)."""
    panel = Image.open(PANEL).convert("RGB")
    k = 0.6 * w / panel.width
    panel = panel.resize((round(panel.width * k), round(panel.height * k)), Image.Resampling.BICUBIC).filter(ImageFilter.GaussianBlur(2))
    photo = Image.new("RGB", (w, h), (150, 146, 140))
    photo.paste(panel, ((w - panel.width) // 2, (h - panel.height) // 2))
    return photo


def png_declaring(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims width x height (the pixels are not there)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


@pytest.mark.ocr
@pytest.mark.slow
def test_an_8000x8000_png_is_read_with_its_boxes_on_the_photo(tmp_path):
    path = tmp_path / "label_8000.png"
    label_photo(8000, 8000).save(path, "PNG", compress_level=1)
    code, _, rss_mb, out, err = run_measured("scan", "--json", "--no-cache", "--engine", "rapidocr", str(path), tmp=tmp_path)
    assert code == ExitCode.OK, err
    d = json.loads(out)
    assert d["magnesium"]["elemental_mg"] == 200.0 and d["magnesium"]["percent_dv"] == 48
    assert d["ocr"]["image_size"] == [8000, 8000]
    # the panel spans x 1600–6400 of the photo (60% of 8000, centred): the amount's box is in the photo's own pixels
    [amount] = [b for b in d["magnesium"]["sources"][0]["boxes"] if b["field"] == "amount"]
    assert 1600 < amount["left"] < amount["left"] + amount["width"] < 6400 and amount["height"] > 50
    # as much as the same label at 12 MP costs (about 0.9 GB here, almost all of it the OCR): bounded, not 64 M x 3 bytes more
    assert rss_mb < 1500, rss_mb


def test_a_header_claiming_more_than_the_limit_is_refused_before_decoding(tmp_path):
    # 16000 x 16000 = 256 M pixels > 250 M: a decompression bomb, refused from its header, fast and small
    assert MAX_IMAGE_PIXELS == 250_000_000
    with pytest.raises(ImageReadError, match=r"the image is 256 M pixels; the limit is 250 M pixels\. Resize the photo and retry"):
        load_image(png_declaring(16000, 16000), name="bomb.png")
    (tmp_path / "bomb.png").write_bytes(png_declaring(16000, 16000))
    code, seconds, rss_mb, _, err = run_measured("scan", "--no-cache", str(tmp_path / "bomb.png"), tmp=tmp_path)
    assert code == ExitCode.INPUT_ERROR and err.startswith(f"auditor: error: {tmp_path / 'bomb.png'}: the image is 256 M pixels")
    assert seconds < 10 and rss_mb < 200, (seconds, rss_mb)


def test_big_images_are_shrunk_to_12_mp_as_they_are_decoded():
    # 6000 x 6000 JPEG = 36 M: libjpeg's 1/2 scale would give 9 M < 12 M, so it is decoded whole, then shrunk by
    # sqrt(36 / 12) = 1.732 to 3464 x 3464 (6000 / 1.732 = 3464.1)
    buf = io.BytesIO()
    label_photo(6000, 6000).save(buf, "JPEG", quality=85)
    im = load_image(buf.getvalue(), max_pixels=TWELVE_MP)
    assert im.size == (3464, 3464) and decoded_scale(im) == pytest.approx((6000 / 3464, 6000 / 3464))
    # under twice the limit an image is left as it is: a 16 M PNG stays 16 M
    buf = io.BytesIO()
    label_photo(4000, 4000).save(buf, "PNG", compress_level=1)
    im = load_image(buf.getvalue(), max_pixels=TWELVE_MP)
    assert im.size == (4000, 4000) and decoded_scale(im) == (1.0, 1.0)
    # without a limit (Tesseract's path) the image keeps its size
    assert load_image(buf.getvalue()).size == (4000, 4000)


def test_a_shrunk_photo_is_still_turned_upright_by_its_exif():
    # 7000 x 5000 = 35 M with EXIF orientation 6 (turned 90°): shrunk by sqrt(35 / 12) = 1.708 to 4099 x 2928
    # (7000 / 1.7078 = 4098.8, 5000 / 1.7078 = 2927.7), then turned: 2928 x 4099, the scale factors swapped with it
    exif = Image.Exif()
    exif[0x0112] = 6
    buf = io.BytesIO()
    Image.new("L", (7000, 5000), 255).save(buf, "PNG", exif=exif.tobytes(), compress_level=1)
    im = load_image(buf.getvalue(), max_pixels=TWELVE_MP)
    assert im.size == (2928, 4099)
    sx, sy = decoded_scale(im)
    assert (round(im.width * sx), round(im.height * sy)) == (5000, 7000)  # back to the upright photo's own pixels
