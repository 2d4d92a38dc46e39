"""Reading a label photo: decode (`image`), run an OCR engine (`rapidocr`, `tesseract`), rebuild rows from boxes
(`layout`); `strategy` chooses the engine.

Engines (`--engine`):
- `rapidocr`: PP-OCR networks on onnxruntime, rows rebuilt from its boxes by the layout stage;
- `tesseract`: Tesseract in-process (tesserocr) or as a program (pytesseract), with its multi-pass strategy;
- `auto` (default): RapidOCR first; Tesseract too only when the caller's judge rejects RapidOCR's reading, and the
  more plausible reading wins (README, "Reading photos", has the figures that chose it).

The names below load on first use, so importing this package (the CLI does, for `--engine`) costs nothing until a
photo is read.
"""

from __future__ import annotations

import importlib

ENGINE_CHOICES = ("auto", "rapidocr", "tesseract")
DEFAULT_ENGINE = "auto"

_LAZY = {
    "ocr_image": "strategy", "preload": "strategy", "engine_version": "strategy", "check_engine": "strategy",
    "load_image": "image", "MAX_IMAGE_PIXELS": "image", "MAX_INPUT_BYTES": "image", "READABLE_FORMATS": "image",
    "ENGINE_ENV": "tesseract", "ENGINES": "tesseract", "ocr_engine": "tesseract", "tesseract_version": "tesseract",
}

__all__ = ["DEFAULT_ENGINE", "ENGINE_CHOICES", *_LAZY]


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
