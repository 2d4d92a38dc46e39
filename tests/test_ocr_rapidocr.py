"""The RapidOCR engine and the `auto` strategy, run for real on real images (samples/ and ../shared/realdata).

Expected values come from samples/expected.csv and the realdata README's table, both checked by hand. These tests
fail (never skip) when RapidOCR or its models are missing: CI must have them.
"""

from __future__ import annotations

import io
import math
import re
import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from auditor.audit import audit_bytes, plausibility
from auditor.errors import ExitCode, OcrUnavailableError
from auditor.ocr import ocr_image, preload
from auditor.ocr import rapidocr as rapid
from auditor.ocr.layout import dominant_angle_deg

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "images"
REALDATA = ROOT.parent / "shared" / "realdata" / "supplement"

pytestmark = pytest.mark.ocr


def audit_image(name: str, engine: str = "rapidocr"):
    path = SAMPLES / name
    return audit_bytes(path.read_bytes(), path.name, engine=engine)


# (file, elemental mg, form) from samples/expected.csv
SAMPLE_CASES = [
    ("bisglycinate_clean.png", 200.0, "glycinate"),
    ("german_citrate_glare_rot3.jpg", 200.0, "citrate"),
    ("taurate_perspective.jpg", 125.0, "taurate"),
    ("glycinate_compound_cylinder.jpg", 70.5, "glycinate"),  # 500 mg of the compound × 14.10 %
    ("polish_citrate_exif6.jpg", 444.0, "citrate"),
]


@pytest.mark.parametrize("name,elemental_mg,form", SAMPLE_CASES, ids=[c[0] for c in SAMPLE_CASES])
def test_rapidocr_reads_samples(name, elemental_mg, form):
    r = audit_image(name)
    assert r.status.value == "ok"
    assert r.elemental_mg == pytest.approx(elemental_mg, abs=0.1)
    assert r.facts.sources[0].form.value == form
    assert r.ocr.engine == "rapidocr"


@pytest.mark.parametrize("name,elemental_mg", [("citrate_rot90.jpg", 300.0), ("oxide_rot180.jpg", 400.0)])
def test_turned_pages(name, elemental_mg):
    """A page turned a quarter or upside down: each line's direction comes back, and the page is read upright."""
    r = audit_image(name)
    assert r.elemental_mg == pytest.approx(elemental_mg)


def test_word_boxes_on_the_original_photo():
    """Provenance boxes are in the decoded photo's pixels, whatever scale the detector ran at."""
    data = (SAMPLES / "zinc_zma_photo_12mp.jpg").read_bytes()
    ocr = ocr_image(data, name="zma.jpg", engine="rapidocr", is_plausible=plausibility)
    w, h = Image.open(io.BytesIO(data)).size
    assert ocr.image_size == (w, h) and max(w, h) >= 4000
    assert len(ocr.words) > 10
    for word in ocr.words:
        assert 0 <= word.box.left and word.box.left + word.box.width <= w
        assert 0 <= word.box.top and word.box.top + word.box.height <= h
        assert ocr.text[word.span[0]:word.span[1]] == word.text
    # the magnesium row's words sit on one line of the photo: the amount's box is level with the name's
    mg = next(wd for wd in ocr.words if wd.text.lower().startswith("magnesium"))
    line = ocr.text[:mg.span[0]].count("\n")
    same_line = [wd for wd in ocr.words if ocr.text[:wd.span[0]].count("\n") == line]
    centres = [wd.box.top + wd.box.height / 2 for wd in same_line]
    assert max(centres) - min(centres) < 2 * mg.box.height


def test_reading_direction_of_turned_lines():
    """The boxes of a page turned 180° come back pointing left (their reading direction), so rows reverse."""
    im = Image.open(SAMPLES / "bisglycinate_clean.png").convert("RGB")
    upright = rapid.read(im)
    turned = rapid.read(im.rotate(180, expand=True))
    assert abs(dominant_angle_deg(list(upright.boxes))) < 5
    assert abs(abs(dominant_angle_deg(list(turned.boxes))) - 180) < 5


def test_engine_created_once():
    preload("rapidocr")
    first = rapid._engine()
    audit_image("bisglycinate_clean.png")
    assert rapid._engine() is first
    assert rapid._engine.cache_info().misses <= 1


_COUNT_YAML_PARSES = """
import collections, json
from omegaconf import OmegaConf
parse = OmegaConf.load
seen = collections.Counter()
def counted(path):
    seen[str(path).rsplit('/', 1)[-1]] += 1
    return parse(path)
OmegaConf.load = staticmethod(counted)
mine = OmegaConf.__dict__['load']
from auditor.ocr import rapidocr
rapidocr.preload()
from rapidocr.inference_engine.base import InferSession
from rapidocr.utils import model_resolver
table = model_resolver._MODEL_CONFIG
print(json.dumps({'seen': seen, 'restored': OmegaConf.__dict__['load'] is mine,
                  'shared': InferSession.model_info is table, 'plain': type(table).__name__,
                  'routes': sorted(model_resolver.MODEL_ROUTES)}))
"""


def test_rapidocr_import_reads_its_model_table_once_as_plain_data_and_leaves_omegaconf_as_it_was():
    """A fresh process (RapidOCR not yet imported): two of its modules read default_models.yaml; it is read once,
    as plain data (OmegaConf's nodes were most of the 0.2 s a parse took), both hold the one table, its model
    routes are there, and OmegaConf.load is the caller's own afterwards (a leaked patch would share every later
    config). The config RapidOCR runs with is still parsed by OmegaConf."""
    proc = subprocess.run([sys.executable, "-c", _COUNT_YAML_PARSES], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr[-800:]
    got = json.loads(proc.stdout.strip().splitlines()[-1])
    assert got["seen"].get("default_models.yaml", 0) == 0 and got["seen"].get("config.yaml") == 1, got["seen"]
    assert got["shared"] is True and got["plain"] == "dict"
    assert "PP-OCRv6" in got["routes"] or any(r.startswith("PP-OCR") for r in got["routes"]), got["routes"]
    assert got["restored"] is True


def test_every_network_runs_with_its_arena_shrunk_after_the_run():
    """Each of the three networks runs on onnxruntime's memory arena (faster than one malloc per tensor) and asks
    for the arena back after every run, so one big page does not keep the process big; they still read."""
    preload("rapidocr")
    eng = rapid._engine()
    for model in (eng._load_det_model(), eng._load_cls_model(), eng._load_rec_model()):
        session = model.session.session
        assert session._session.get_session_options().enable_cpu_mem_arena
        assert session._options.get_run_config_entry("memory.enable_memory_arena_shrinkage") == "cpu:0"
    assert audit_image("citrate_clean.png").elemental_mg == pytest.approx(300.0)


def test_missing_model_file_is_a_clear_error(monkeypatch, tmp_path):
    """A model file gone from the wheel: a one-line error naming the fix, and no attempt to download it."""
    monkeypatch.setattr(rapid, "models_dir", lambda: tmp_path)
    rapid._engine.cache_clear()
    try:
        with pytest.raises(OcrUnavailableError) as e:
            audit_image("bisglycinate_clean.png")
        assert "model file missing" in str(e.value) and "pip install" in str(e.value)
        assert e.value.exit_code == ExitCode.OCR_UNAVAILABLE
    finally:
        rapid._engine.cache_clear()


def test_models_load_and_read_without_network(monkeypatch):
    """Nothing is fetched at run time: with every socket refused, a fresh engine loads its bundled models and reads."""

    def refuse(*args, **kwargs):
        raise OSError("network is off in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    rapid._engine.cache_clear()
    try:
        r = audit_image("citrate_clean.png")
        assert r.elemental_mg == pytest.approx(300.0)
    finally:
        rapid._engine.cache_clear()


def test_auto_asks_tesseract_when_rapidocr_reading_is_rejected():
    """auto runs Tesseract only after every RapidOCR reading was rejected; with nothing plausible, RapidOCR's stands."""
    data = (SAMPLES / "bisglycinate_clean.png").read_bytes()
    seen: list[str] = []

    def refuse_all(text: str):
        seen.append(text)
        return False, "refused by this test"

    ocr = ocr_image(data, name="b.png", engine="auto", is_plausible=refuse_all)
    names = [p.name for p in ocr.passes]
    first_tesseract = next(i for i, n in enumerate(names) if n.startswith("tesseract"))
    assert first_tesseract >= 1 and all(n.startswith("rapidocr") for n in names[:first_tesseract])
    assert ocr.engine == "rapidocr"  # Tesseract's readings were rejected too
    assert len(seen) == len(names)  # every pass was judged


def test_auto_stops_at_a_plausible_rapidocr_reading():
    ocr = ocr_image((SAMPLES / "bisglycinate_clean.png").read_bytes(), name="b.png", engine="auto", is_plausible=plausibility)
    assert [p.name.split()[0] for p in ocr.passes] == ["rapidocr"] and ocr.engine == "rapidocr"


def test_unknown_engine():
    with pytest.raises(OcrUnavailableError, match="not an OCR engine"):
        ocr_image(b"", name="x.png", engine="easyocr")


@pytest.mark.parametrize("engine", ["rapidocr", "tesseract", "auto"])
def test_cli_engine_option(engine, tmp_path):
    r = subprocess.run([sys.executable, "-m", "auditor", "scan", "--json", "--engine", engine, "--db", str(tmp_path / "a.db"),
                        str(SAMPLES / "chloride_clean.png")], capture_output=True, text=True, timeout=180)
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert d["magnesium"]["elemental_mg"] == 120.0  # samples/expected.csv: chloride 120 mg


def test_cli_rejects_unknown_engine():
    r = subprocess.run([sys.executable, "-m", "auditor", "scan", "--engine", "easyocr", str(SAMPLES / "chloride_clean.png")],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == ExitCode.USAGE and "invalid choice" in r.stderr


REAL_CASES = [
    # (file, elemental mg) from ../shared/realdata/README.md
    ("buberdev__pure_encapsulations_mg_glycinate_supplement_facts.jpg", 120.0),
    ("markbacho3242__ceracare_label_strip_supplement_facts.jpg", 125.0),
    ("tinnlo__sonnesee_water_balance_DE_label_panel.webp", 180.0),
    ("sammozaffari__swisse_ultiboost_magnesium_citrate_front.jpg", 150.0),
]


@pytest.mark.parametrize("name,elemental_mg", REAL_CASES, ids=[c[0][:40] for c in REAL_CASES])
def test_real_photos(name, elemental_mg):
    path = REALDATA / name
    assert path.exists(), f"{path} is missing: ../shared/realdata must sit beside the project"
    r = audit_bytes(path.read_bytes(), path.name)
    assert r.elemental_mg == pytest.approx(elemental_mg)


# -- hostile images (the image rows of the bad-input issue) -------------------------------------------------------


def _png(size: tuple[int, int]) -> bytes:
    buf = io.BytesIO()
    Image.new("L", size, 255).save(buf, format="PNG")
    return buf.getvalue()


@pytest.mark.parametrize("size", [(50_000_000 // 1000, 1), (1, 40_000), (12_000, 500)], ids=["50000x1", "1x40000", "24:1"])
def test_impossible_shapes_are_refused_before_scaling(size):
    """A 50,000×1 PNG is a few KB; scaled for OCR it would need gigabytes. Refused with a clear message instead."""
    from auditor.errors import ImageReadError

    with pytest.raises(ImageReadError, match="no label photo has that shape"):
        audit_bytes(_png(size), "strip.png")


def test_cli_impossible_shape_exit_code(tmp_path):
    p = tmp_path / "line.png"
    p.write_bytes(_png((40_000, 1)))
    r = subprocess.run([sys.executable, "-m", "auditor", "scan", "--no-cache", str(p)], capture_output=True, text=True, timeout=60)
    assert r.returncode == ExitCode.INPUT_ERROR and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "40,000×1 pixels" in r.stderr


def test_multipage_tiff_label_on_page_two():
    """A scanner's TIFF whose first page is blank: the label on page 2 is read, and the result says so."""
    blank = Image.new("RGB", (600, 400), "white")
    label = Image.open(SAMPLES / "citrate_clean.png").convert("RGB")
    buf = io.BytesIO()
    blank.save(buf, format="TIFF", save_all=True, append_images=[label])
    r = audit_bytes(buf.getvalue(), "scan.tiff", engine="rapidocr")
    assert r.elemental_mg == pytest.approx(300.0)  # samples/expected.csv: citrate 300 mg
    assert r.ocr.page == 2 and r.ocr.pages == 2
    assert any("2 pages; page 2 was read" in w for w in r.warnings)


def test_tesseract_scan_spawns_no_library_lookup(monkeypatch):
    """ctypes.util.find_library runs ldconfig, gcc and ld in child processes (~22 ms a scan); the wheel's bundled
    Leptonica is found without it."""
    import ctypes.util

    from auditor.ocr import tesseract as tess

    calls: list[str] = []
    real = ctypes.util.find_library
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: calls.append(name) or real(name))
    monkeypatch.setattr(tess, "_api", None)  # a fresh in-process Tesseract, as in a new process
    if tess.ocr_engine() != "tesserocr" and sys.platform != "linux":
        pytest.skip("tesserocr has no wheel for this platform")  # on Linux (CI) it is a dependency: never skipped
    audit_image("citrate_clean.png", engine="tesseract")
    assert calls == []


def _tilted_on_a_table(name: str, angle_deg: float) -> bytes:
    """A sample panel turned by angle_deg and set off-centre on a larger page, as a phone photo frames it."""
    panel = Image.open(SAMPLES / name).convert("RGB").rotate(angle_deg, expand=True, fillcolor=(255, 255, 255))
    page = Image.new("RGB", (panel.width + 500, panel.height + 400), (250, 250, 250))
    page.paste(panel, (420, 330))
    buf = io.BytesIO()
    page.save(buf, format="PNG")
    return buf.getvalue()


@pytest.mark.parametrize("name, data", [
    ("glycinate_compound_cylinder.jpg", None),
    ("bisglycinate_clean.png tilted 11°", _tilted_on_a_table("bisglycinate_clean.png", 11.0)),
])
def test_straightened_reading_keeps_boxes_on_the_photo(name, data):
    """A curved or tilted photo is read with its rows straightened first (ocr/dewarp.py); the words' boxes are
    still where the words are on the photo: the crop of the photo under the amount's box reads as that amount."""
    data = data or (SAMPLES / name).read_bytes()
    ocr = ocr_image(data, name=name, engine="rapidocr", is_plausible=plausibility)
    assert "straightened" in ocr.passes[0].name, ocr.passes
    photo = Image.open(io.BytesIO(data)).convert("RGB")
    amount = next(wd for wd in ocr.words if re.fullmatch(r"\d[\d,.]*\s?mg", wd.text))
    b = amount.box
    pad = b.height // 2
    crop = photo.crop((b.left - pad, b.top - pad, b.left + b.width + pad, b.top + b.height + pad))
    again = " ".join(x.text for x in rapid.read(crop).boxes)
    assert amount.text.split()[0].rstrip("mg") in again.replace(" ", ""), (amount.text, again)


def _faint_panel(ink: int) -> Image.Image:
    """A bold title over two rows printed in `ink` grey on a 200 grey panel, under a glare blob (+50 at its centre):
    the faint print of a tinted panel photographed in glare."""
    import numpy as np
    from PIL import ImageDraw, ImageFont

    font_path = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    w, h = 900, 300
    im = Image.new("L", (w, h), 200)
    draw = ImageDraw.Draw(im)
    draw.text((40, 40), "Supplement Facts", fill=20, font=ImageFont.truetype(font_path, 40))
    body = ImageFont.truetype(font_path, 22)
    draw.text((40, 120), "Magnesium (as magnesium citrate)   200 mg   48%", fill=ink, font=body)
    draw.text((40, 180), "Other ingredients: cellulose, silica.", fill=ink, font=body)
    yy, xx = np.mgrid[0:h, 0:w]
    glare = 50 * np.exp(-(((xx - 600) / 250) ** 2 + ((yy - 150) / 120) ** 2))
    return Image.fromarray(np.clip(np.asarray(im, dtype=float) + glare, 0, 255).astype(np.uint8)).convert("RGB")


def test_faint_print_under_glare_is_detected():
    """Print 12 grey levels from its panel is found once the page's local contrast is equalised; as photographed,
    the detector sees only the title (the near miss that shows the equalising is what reads it)."""
    faint = _faint_panel(ink=188)
    read = rapid.read(faint, equalise=True)
    assert read.equalised and "200 mg" in " ".join(b.text for b in read.boxes)
    assert "200 mg" not in " ".join(b.text for b in rapid.read(faint).boxes)


def test_auto_reads_faint_print_on_its_second_pass():
    """The strategy: the first reading (title only, a panel heading in view) is rejected, and the page read
    again with its contrast equalised gives the row."""
    buf = io.BytesIO()
    _faint_panel(ink=188).save(buf, format="PNG")
    ocr = ocr_image(buf.getvalue(), name="faint.png", engine="rapidocr", is_plausible=plausibility)
    assert not ocr.passes[0].plausible and "equalised" in ocr.passes[1].name and ocr.passes[1].plausible
    assert "200 mg" in ocr.text


def test_the_scale_probe_runs_once_per_turn_of_the_photo(monkeypatch):
    """Every pass over the same photo at the same turn reads at the scale one probe measured: the second pass (the
    equalised one) does not detect again to measure it (a detection costs 0.1-0.3 s a pass on a phone photo); the
    readings are those of the passes probing each time."""
    calls = []
    real_probe = rapid.probe

    def counted(image):
        calls.append(image.size)
        return real_probe(image)

    monkeypatch.setattr(rapid, "probe", counted)
    buf = io.BytesIO()
    _faint_panel(ink=188).save(buf, format="PNG")
    ocr = ocr_image(buf.getvalue(), name="faint.png", engine="rapidocr", is_plausible=plausibility)
    assert len(ocr.passes) == 2 and len(calls) == 1, (ocr.passes, calls)
    assert "200 mg" in ocr.text


def _title_over_small_print(small_px: int, size: tuple[int, int] = (1800, 1350),
                            title: str = "Magnesium Bisglycinate") -> bytes:
    """A front's four title lines at 64 px over a facts panel printed at `small_px` (the title sets the scale), on a
    4:3 page unless `size` says otherwise."""
    from PIL import ImageDraw, ImageFont

    font_path = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    im = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(im)
    big = ImageFont.truetype(font_path, 64)
    for k, line in enumerate(["NORDVITA", title, "Dietary Supplement", "60 Capsules"]):
        draw.text((300, 40 + k * 90), line, fill="black", font=big)
    small = ImageFont.truetype(font_path, small_px)
    for k, line in enumerate(["Supplement Facts", "Serving Size 2 Capsules",
                              "Magnesium (as magnesium bisglycinate)   200 mg   48%", "Other ingredients: cellulose."]):
        draw.text((300, 430 + k * (small_px + 6)), line, fill="black", font=small)
    buf = io.BytesIO()
    im.save(buf, format="PNG")
    return buf.getvalue()


def test_a_front_label_reading_is_read_again_for_small_print(monkeypatch):
    """Read at the title's scale, a 9 px panel is invisible and the reading is a front (the form, no amount), which
    the judge accepts; the small-print pass reads the panel's row and is kept. The near miss: without that pass the
    answer is the front, with no amount."""
    from auditor.ocr import strategy

    data = _title_over_small_print(9)
    ocr = ocr_image(data, name="front.png", engine="rapidocr", is_plausible=plausibility)
    assert ocr.passes[0].reason.startswith("a front label") and len(ocr.passes) == 2, ocr.passes
    assert "200 mg" in ocr.text
    monkeypatch.setattr(strategy, "SMALL_PRINT_AFTER_FRONT", 0)
    front = ocr_image(data, name="front.png", engine="rapidocr", is_plausible=plausibility)
    assert len(front.passes) == 1 and "200 mg" not in front.text


@pytest.mark.parametrize("title, passes, why", [
    ("Magnesium 200 mg", 2, "a front's amount with no salt named: the salt is in the small print, read at twice the scale"),
    ("Magnesium Bisglycinate 200 mg", 1, "near miss: a front that names its salt and amount is accepted as read"),
])
def test_a_front_amount_without_its_salt_is_read_again_for_small_print(title, passes, why):
    ocr = ocr_image(_title_over_small_print(8, title=title), name="front.png", engine="rapidocr", is_plausible=plausibility)
    assert len(ocr.passes) == passes and all(p.plausible for p in ocr.passes), (why, ocr.passes)
    assert "bisglycinate" in ocr.text.lower(), why


def test_the_scale_probe_of_a_wide_page_sees_its_small_print(monkeypatch):
    """The probe sees a copy of a fixed area, not of a fixed long side: on a page 1800 × 700 it sees the 9 px panel,
    sets the scale by it and the first reading has the row. The near miss: probed at the area the long side gave
    (1024 × 398 px), it saw only the title, and the first reading was a front."""
    data = _title_over_small_print(9, size=(1800, 700))
    ocr = ocr_image(data, name="wide.png", engine="rapidocr", is_plausible=plausibility)
    assert ocr.passes[0].plausible and "200 mg" in ocr.text, ocr.passes
    monkeypatch.setattr(rapid, "PROBE_PIXELS", 1024 * 398)
    old = ocr_image(data, name="wide.png", engine="rapidocr", is_plausible=plausibility)
    assert old.passes[0].reason.startswith("a front label"), old.passes


def test_a_front_accepted_on_a_later_pass_still_gets_the_small_print_pass():
    """The first reading is rejected (here by the judge, as glare would); the next reads the title alone, a front
    the judge accepts. The small-print pass planned after the rejection still runs and reads the panel's row."""
    calls = []

    def judge(text):
        calls.append(text)
        return (False, "rejected first") if len(calls) == 1 else plausibility(text)

    ocr = ocr_image(_title_over_small_print(9), name="front.png", engine="rapidocr", is_plausible=judge)
    assert not ocr.passes[0].plausible and ocr.passes[1].reason.startswith("a front label"), ocr.passes
    assert "200 mg" in ocr.text, ocr.passes


@pytest.mark.parametrize("char, kept", [
    ("m", True), ("ł", True), ("ő", True), ("ř", True), ("ș", True), ("µ", True), ("°", True), ("–", True),
    ("®", True), ("™", True), ("€", True), ("≤", True),
    ("时", False), ("ｍ", False), ("１", False), ("😀", False), ("→", False),
    ("blank", True), (" ", True), ("mg", False),
])
def test_the_label_script(char, kept):
    assert rapid.in_label_script(char) is kept


def test_the_detector_input_is_rapidocrs_own_in_float32():
    """The detector is fed exactly the numbers RapidOCR's own preprocessing makes (every byte value in every
    channel, through its resize), in its layout (1 × channels × height × width) and type, without its float64
    copies. A wrong mean, scale or channel order changes values and fails here."""
    import numpy as np
    from rapidocr.ch_ppocr_det.utils import DetPreProcess

    det = rapid._engine().text_det
    ramp = np.arange(256, dtype=np.uint8)
    img = np.stack([np.tile(ramp, (64, 1)), np.tile(ramp[::-1], (64, 1)), np.tile(np.roll(ramp, 77), (64, 1))], axis=2)
    ours = det.get_preprocess()(img)
    theirs = DetPreProcess(det.limit_side_len, det.limit_type, det.mean, det.std)(img)
    assert ours.dtype == theirs.dtype == np.float32 and ours.shape == theirs.shape == (1, 3, 64, 256)
    assert np.array_equal(ours, theirs)
    assert len(np.unique(ours[0, 0])) == 256  # every byte value went through, none collapsed


def test_the_recogniser_decodes_only_the_label_script():
    """At a step where a CJK ideograph is likeliest and "m" next (a blurred "196 mg" read "1%6时"), the decoder
    gives "m"; RapidOCR's own decoder gives the ideograph. The near miss: where "m" is likeliest, both give it."""
    import numpy as np

    decoder = rapid._engine()._load_rec_model().postprocess_op
    chars = decoder._base.character
    han, m = chars.index("时"), chars.index("m")
    preds = np.zeros((1, 3, len(chars)), dtype=np.float32)
    preds[0, :, 0] = 1.0  # blank before and after
    preds[0, 1, 0] = 0.0
    preds[0, 1, han], preds[0, 1, m] = 0.6, 0.3
    assert decoder(preds)[0][0][0] == "m"
    assert decoder._base(preds)[0][0][0] == "时"
    preds[0, 1, han], preds[0, 1, m] = 0.3, 0.6
    assert decoder(preds)[0][0][0] == decoder._base(preds)[0][0][0] == "m"


def _rows_page(rows: list[str], *, line_px: int = 30, gap_px: int = 18) -> Image.Image:
    """Black rows of DejaVu Sans on white, `line_px` tall with `gap_px` between them."""
    from PIL import ImageDraw, ImageFont

    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", line_px)
    im = Image.new("RGB", (1400, 60 + len(rows) * (line_px + gap_px)), "white")
    draw = ImageDraw.Draw(im)
    for k, row in enumerate(rows):
        draw.text((40, 30 + k * (line_px + gap_px)), row, fill="black", font=font)
    return im


def test_a_big_small_print_page_is_detected_in_strips_and_every_line_is_read_once(monkeypatch):
    """A page over the strip size, read for small print, is detected in overlapping strips: every row is read, once,
    as when the page is detected whole (strips of 0.2 MP here put a strip edge across every few rows). The near
    miss: the same page not read for small print is detected whole."""
    rows = [f"Row {k}: Magnesium citrate {100 + 10 * k} mg" for k in range(24)]
    page = _rows_page(rows)
    monkeypatch.setattr(rapid, "DETECT_TILE_PIXELS", 200_000)
    calls = []
    real = rapid._detect_in_strips
    monkeypatch.setattr(rapid, "_detect_in_strips", lambda eng, img: calls.append(img.shape) or real(eng, img))
    whole, _ = rapid._run(page, name="page")
    assert not calls
    strips, _ = rapid._run(page, name="page", strips=True)
    assert len(calls) == 1
    read = [b.text for b in strips if b.text.startswith("Row")]
    assert len(read) == len(rows) and len(set(read)) == len(rows), read
    assert sorted(read) == sorted(b.text for b in whole if b.text.startswith("Row"))


def _short_cells_page(px: int = 18) -> Image.Image:
    """Short cells in DejaVu Sans at `px`: at 18 px the direction classifier, judging each line alone, calls
    "90%" and "Oxyde de" upside down (0.99 and 0.96), and read that way they come out as "%06" and "xx dde"."""
    from PIL import ImageDraw, ImageFont

    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", px)
    rows = [("Vitamin C", "81 mg", "90%"), ("Oxyde de", "", ""), ("magnésium", "415 mg", "90%"), ("Zinc", "10 mg", "91%")]
    im = Image.new("RGB", (600, 40 + len(rows) * 2 * px), "white")
    draw = ImageDraw.Draw(im)
    for k, row in enumerate(rows):
        for x, cell in zip((20, 300, 460), row):
            draw.text((x, 20 + k * 2 * px), cell, fill="black", font=font)
    return im


def test_the_page_settles_which_way_its_short_lines_read():
    """Every line of an upright page is read upright, whatever the classifier says of a short one alone; the same
    page turned half round is read the other way, every line (the page's direction, not a fixed one)."""
    want = ["Vitamin C", "81 mg", "90%", "Oxyde de", "magnésium", "415 mg", "90%", "Zinc", "10 mg", "91%"]
    page = _short_cells_page()
    assert [b.text for b in rapid._run(page, name="page")[0]] == want
    turned, _ = rapid._run(page.rotate(180), name="page")
    assert sorted(b.text for b in turned) == sorted(want)


@pytest.mark.parametrize("verdicts, turned, want, why", [
    ([("0", 0.99), ("180", 0.96), ("0", 0.98)], [False] * 3, [False] * 3, "a lone upside-down verdict is overruled"),
    ([("180", 0.99), ("0", 0.96), ("180", 0.98)], [False] * 3, [True] * 3, "near miss: the page itself is upside down"),
    ([("0", 0.99), ("180", 0.96), ("0", 0.98)], [False, True, False], [False, True, False],
     "a line standing across the page keeps its own verdict"),
    ([("0", 0.99), ("180", 0.80), ("180", 0.85)], [False] * 3, [False] * 3,
     "near miss: verdicts under the classifier's threshold are no vote for upside down"),
])
def test_page_direction(verdicts, turned, want, why):
    assert rapid._page_direction(verdicts, turned, cls_thresh=0.9) == want, why


def _tilted_lines_page(n_lines: int, angle_deg: float, *, width: int = 2800) -> "np.ndarray":
    """A BGR page of long lines of DejaVu Sans turned by `angle_deg`: each line rises more than a strip's overlap."""
    import numpy as np
    from PIL import ImageDraw, ImageFont

    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 30)
    im = Image.new("RGB", (width, 160 + n_lines * 70), "white")
    draw = ImageDraw.Draw(im)
    words = "microcrystalline cellulose, croscarmellose sodium, magnesium stearate, hypromellose, silica"
    for i in range(n_lines):
        draw.text((60, 80 + i * 70), f"{i + 1}. {words}", fill="black", font=font)
    im = im.rotate(angle_deg, expand=True, fillcolor="white", resample=Image.Resampling.BICUBIC)
    return np.ascontiguousarray(np.asarray(im)[:, :, ::-1])


@pytest.mark.parametrize("angle_deg, why", [
    (6.0, "each line rises ~290 px over its length, more than a strip's overlap: found whole in one strip, cut in "
          "the next, and the cut part must go"),
    (0.0, "near miss: level lines, each in one strip's core, none dropped"),
])
def test_a_line_cut_by_a_strips_edge_is_read_once(angle_deg, why):
    import numpy as np

    page = _tilted_lines_page(14, angle_deg)
    assert page.shape[0] * page.shape[1] > 2 * rapid.DETECT_TILE_PIXELS
    boxes = rapid._detect_in_strips(rapid._engine(), page)
    assert boxes is not None
    quads = [np.asarray(b, dtype=np.float32) for b in boxes]
    for i, a in enumerate(quads):
        for j, b in enumerate(quads):
            if i != j:
                assert rapid._shared_area(a, b) < 0.5 * rapid._area(a), (why, i, j)
    longest = max(np.ptp(q[:, 0]) for q in quads)
    whole = [q for q in quads if np.ptp(q[:, 0]) > 0.8 * longest]
    assert len(whole) >= 12, (why, len(whole), len(quads))  # the lines are still found, whole


def _bent_rows(sag_px: int, body_px: int = 22) -> Image.Image:
    """Rows of `body_px` print on a page bent like a bottle seen from the side: each row an arc sagging `sag_px`."""
    import numpy as np
    from PIL import ImageDraw, ImageFont

    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", body_px)
    page = Image.new("L", (620, 560), 255)
    draw = ImageDraw.Draw(page)
    for i, row in enumerate(["Magnesium (as magnesium citrate) 200 mg 48%", "Serving Size 2 Capsules, 60 servings",
                             "Other ingredients: cellulose, rice flour", "Directions: take two capsules daily",
                             "Keep out of reach of children. Store cool.", "Magnesium (as bisglycinate) 100 mg 24%"]):
        draw.text((20, 40 + i * 3 * body_px), row, fill=0, font=font)
    arr = np.asarray(page)
    bent = np.full((arr.shape[0] + sag_px, arr.shape[1]), 255, np.uint8)
    for x in range(arr.shape[1]):
        dy = round(sag_px * (1 - ((2 * x / (arr.shape[1] - 1)) - 1) ** 2))
        bent[dy:dy + arr.shape[0], x] = arr[:, x]
    return Image.fromarray(bent).convert("RGB")


def test_the_scale_probe_measures_bent_rows_by_their_band_not_their_box(monkeypatch):
    """A row bent into an arc fills a box as tall as its print plus the arc's sag; the probe measures its band (area
    over perimeter), which a bend inflates far less, so bent rows are shrunk much less than their boxes would have
    them, and never enlarged past the straight rows. Near miss: by the boxes alone (BAND_TO_BOX_HEIGHT 0) the same
    rows are shrunk to half the straight rows' scale. Straight rows scale the same either way."""
    straight, bent = rapid.scale_for(_bent_rows(0)), rapid.scale_for(_bent_rows(40))
    monkeypatch.setattr(rapid, "BAND_TO_BOX_HEIGHT", 0)
    straight_by_box, bent_by_box = rapid.scale_for(_bent_rows(0)), rapid.scale_for(_bent_rows(40))
    assert straight == straight_by_box
    assert bent_by_box < 0.55 * straight, (bent_by_box, straight)
    assert 1.2 * bent_by_box < bent <= straight, (bent_by_box, bent, straight)


# two lines tilted 12°, each cut by the edge between strips 4 and 5 (the detector's boxes on a blind photo's page)
_LINE_A = ([[844, 1020], [1748, 825], [1762, 891], [858, 1055]], [[593, 1078], [1700, 864], [1713, 898], [606, 1140]])
_LINE_B = ([[1098, 1020], [2530, 711], [2544, 777], [1113, 1055]], [[622, 1128], [1966, 864], [1979, 898], [635, 1190]])


def test_the_cut_parts_of_a_tilted_line_are_joined_into_one_box():
    """Each line's two parts, from two strips, overlap (by 0.3-0.6 of the smaller) and make a box as tall as
    either: one box spanning both. Before, one line's parts each covered half the other and both were dropped,
    the other's covered less and both were read ("llus acidophilus (LA-5) 12.5 billion CFU" and "Lactobacillus
    acidophilus (LA-5) 12."). Near miss: a part of line A and a part of line B overlap too (a sliver), and make
    a box twice as tall: never joined."""
    import numpy as np

    post = rapid._engine().text_det.postprocess_op
    boxes = [np.array(q, dtype=np.float32) for q in (*_LINE_A, *_LINE_B)]
    out = rapid._join_cut_parts(boxes, [True] * 4, [4, 5, 4, 5], post.get_mini_boxes)
    spans = sorted((float(q[:, 0].min()), float(q[:, 0].max())) for q in out)
    assert len(spans) == 2 and all(abs(a - b) <= 2 for got, want in zip(spans, [(593, 1762), (622, 2544)])
                                   for a, b in zip(got, want)), spans
    assert rapid._shared_area(boxes[1], boxes[2]) > 0  # the near miss is real: lines A and B touch
