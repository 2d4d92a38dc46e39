"""Peak memory and time of `auditor scan` on very large photos (issue 12: 48–200 MP phones, 8000 x 8000 PNGs).

Makes phone-sized label photos from a bundled sample (the panel enlarged onto a grey background, as a label fills
part of a photo), JPEG and PNG, then runs one `auditor scan --no-cache` per file in a fresh process and reports its
peak RSS (the kernel's ru_maxrss of that process alone), wall time and what it read.

    python bench/large_photos.py                      # 8000x8000 PNG, 100 MP and 200 MP, JPEG and PNG
    python bench/large_photos.py --sizes 100 --formats jpeg --engine rapidocr
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageFilter

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from hostile.procs import MEASURE_CHILD  # noqa: E402  (the same measuring child the tests use)
SAMPLE = ROOT / "samples" / "images" / "bisglycinate_clean.png"  # "Magnesium (as magnesium bisglycinate chelate) 200 mg 48%"
SHAPES = {  # name → (width, height)
    "8000x8000": (8000, 8000),
    "100": (11547, 8660),  # 100.0 M pixels at 4:3
    "200": (16320, 12240),  # a 200 MP phone sensor (199.8 M)
}



def make_photo(shape: tuple[int, int], fmt: str, out: Path) -> Path:
    """The sample panel enlarged to 60% of the photo's width on a grey, slightly blurred background."""
    w, h = shape
    panel = Image.open(SAMPLE).convert("RGB")
    k = 0.6 * w / panel.width
    panel = panel.resize((round(panel.width * k), round(panel.height * k)), Image.Resampling.BICUBIC)
    panel = panel.filter(ImageFilter.GaussianBlur(radius=max(1.0, k / 4)))  # an enlarged panel's edges, not pixel steps
    photo = Image.new("RGB", (w, h), (150, 146, 140))
    photo.paste(panel, ((w - panel.width) // 2, (h - panel.height) // 2))
    del panel
    path = out / f"label_{w}x{h}.{'jpg' if fmt == 'jpeg' else 'png'}"
    if fmt == "jpeg":
        photo.save(path, "JPEG", quality=90)
    else:
        photo.save(path, "PNG", compress_level=6)
    return path


def measure(path: Path, engine: str, db: Path) -> dict:
    out = db.parent / "scan.json"
    r = subprocess.run([sys.executable, "-c", MEASURE_CHILD, str(out), "scan", "--json", "--no-cache", "--engine", engine, str(path)],
                       capture_output=True, text=True, timeout=900, env=dict(os.environ, AUDITOR_DB=str(db)))
    code, seconds, rss_mb = json.loads(r.stdout)
    res = json.loads(out.read_text(encoding="utf-8")) if code == 0 else {}
    mg = res.get("magnesium") or {}
    return {"exit": code, "seconds": round(seconds, 1), "peak_rss_mb": round(rss_mb), "elemental_mg": mg.get("elemental_mg"),
            "forms": [s["form"] for s in mg.get("sources") or []], "error": (res.get("error") or {}).get("message") or r.stderr.strip()[-200:]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", nargs="+", default=list(SHAPES), choices=list(SHAPES))
    ap.add_argument("--formats", nargs="+", default=["jpeg", "png"], choices=["jpeg", "png"])
    ap.add_argument("--engine", default="auto")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        for size in args.sizes:
            for fmt in args.formats:
                if size == "8000x8000" and fmt == "jpeg":
                    continue  # the case is the PNG
                path = make_photo(SHAPES[size], fmt, tmp_path)
                w, h = SHAPES[size]
                row = measure(path, args.engine, tmp_path / "a.db")
                print(json.dumps({"photo": f"{w}x{h} {fmt}", "megapixels": round(w * h / 1e6, 1),
                                  "file_mb": round(path.stat().st_size / 2**20, 1), **row}, ensure_ascii=False), flush=True)
                path.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
