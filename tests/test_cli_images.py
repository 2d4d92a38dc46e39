"""`auditor scan` on photos through the real Tesseract: the contract with boxes, and bad images as exit codes."""

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

from auditor.errors import ExitCode

pytestmark = pytest.mark.ocr
SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "images"


def run(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8", COLUMNS="120")
    return subprocess.run([sys.executable, "-m", "auditor", *args], capture_output=True, text=True, env=env, timeout=300)


def test_scan_photo_json_has_ocr_details_and_boxes(tesseract):
    r = run("scan", str(SAMPLES / "bisglycinate_clean.png"), "--json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    # hand-checked in samples/expected.csv: Magnesium (as magnesium bisglycinate chelate) 200 mg 48%, 2 capsules
    assert out["status"] == "ok" and out["magnesium"]["elemental_mg"] == 200.0 and out["magnesium"]["percent_dv"] == 48
    assert out["serving"]["count"] == 2 and out["serving"]["unit"] == "capsule"
    src = out["magnesium"]["sources"][0]
    assert src["form"] == "glycinate"
    fields = {b["field"] for b in src["boxes"]}
    assert {"amount", "form"} <= fields
    width, height = out["ocr"]["image_size"]
    for b in src["boxes"]:
        assert 0 <= b["left"] < width and 0 <= b["top"] < height and b["width"] > 0 and b["height"] > 0
    assert out["ocr"]["engine"] and out["ocr"]["passes"] and out["ocr"]["seconds"] > 0


def _png_header(width: int, height: int) -> bytes:
    """A tiny PNG whose header declares width × height (the pixels are not there): a decompression bomb."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 16)) + chunk(b"IEND", b"")


def _truncated_jpeg() -> bytes:
    data = (SAMPLES / "citrate_rot90.jpg").read_bytes()
    return data[: len(data) // 3]


@pytest.mark.parametrize(
    "name,make,message",
    [
        ("zero.jpg", lambda p: p.write_bytes(b""), "empty"),
        ("truncated.jpg", lambda p: p.write_bytes(_truncated_jpeg()), "truncated"),
        ("notes.jpg", lambda p: p.write_text("Magnesium 200 mg, but this is text", encoding="utf-8"), "not an image"),
        ("bomb.png", lambda p: p.write_bytes(_png_header(30000, 30000)), "pixels"),
        ("huge.jpg", lambda p: p.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * (80 * 1024 * 1024)), "MB"),
    ],
    ids=["zero-bytes", "truncated-jpeg", "text-named-jpg", "30000x30000", "80MB"],
)
def test_bad_image_exit_code_and_message(tmp_path, tesseract, name, make, message):
    p = tmp_path / name
    make(p)
    r = run("scan", str(p))
    assert r.returncode == ExitCode.INPUT_ERROR, r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"auditor: error: {p}: ") and message.lower() in lines[0].lower(), r.stderr
    assert "Traceback" not in r.stderr and r.stdout == ""


def test_tesseract_missing_exit_code(tmp_path):
    # a real fault: PATH without the tesseract binary, on the engine that runs it as a program
    env = dict(os.environ, PATH=str(tmp_path), AUDITOR_OCR_ENGINE="pytesseract")
    r = subprocess.run([sys.executable, "-m", "auditor", "scan", "--engine", "tesseract", str(SAMPLES / "citrate_clean.png")],
                       capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == ExitCode.OCR_UNAVAILABLE, r.stderr
    assert "apt-get install tesseract-ocr" in r.stderr and "Traceback" not in r.stderr


def test_auto_without_tesseract_reads_with_rapidocr(tmp_path):
    # the same fault under the default engine: RapidOCR reads the photo, Tesseract is not needed
    env = dict(os.environ, PATH=str(tmp_path), AUDITOR_OCR_ENGINE="pytesseract")
    r = subprocess.run([sys.executable, "-m", "auditor", "scan", "--json", "--no-cache", str(SAMPLES / "citrate_clean.png")],
                       capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == ExitCode.OK, r.stderr
    d = json.loads(r.stdout)
    assert d["status"] == "ok" and d["magnesium"]["elemental_mg"] == 300.0  # samples/expected.csv: citrate 300 mg
