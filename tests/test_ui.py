"""The Streamlit pages, run headless with AppTest, and the display data of auditor.view they render."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from auditor import view
from auditor.audit import audit_text, sha256
from auditor.cli import build_parser
from auditor.cli_ui import APP, streamlit_command
from auditor.errors import InputError
from auditor.models import Level

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "ui"
TEXTS = ROOT / "samples" / "texts"
IMAGES = ROOT / "samples" / "images"

# 500 mg magnesium glycinate is a compound weight: 500 × 0.1410 = 70.5 mg of magnesium (anhydrous salt)
COMPOUND_TEXT = (TEXTS / "glycinate_compound.txt").read_text(encoding="utf-8")
ELEMENTAL_TEXT = (TEXTS / "bisglycinate.txt").read_text(encoding="utf-8")


def _app(page: str):
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(UI / page), default_timeout=120)
    at.run()
    assert not at.exception
    return at


def _paste(at, key: str, text: str):
    at.radio(key=f"{key}_mode").set_value("Paste text").run()
    at.text_area(key=f"{key}_text").input(text).run()
    return at


def _texts(elements) -> list[str]:
    return [e.value for e in elements]


def _shown(at) -> str:
    """Every alert, markdown and metric text on the page, joined (for 'does it say X' checks)."""
    parts = []
    for kind in (at.success, at.warning, at.error, at.info, at.markdown, at.caption):
        parts += _texts(kind)
    parts += [m.value for m in at.metric]
    return "\n".join(parts)


# -- pages (AppTest) ----------------------------------------------------------------------------------------


@pytest.mark.ui
def test_scan_pasted_text_shows_verdict_and_elemental_mg():
    at = _paste(_app("pages/scan.py"), "scan", COMPOUND_TEXT)
    assert not at.exception
    assert "⚠️ Caution" in _shown(at)
    assert [m.value for m in at.metric][:2] == ["70.5 mg", "70.5 mg"]
    assert len(at.data_editor) == 2  # serving + sources
    assert at.data_editor[1].value["declared_mg"].tolist() == [500.0]
    labels = [b.label for b in at.get("download_button")]
    assert labels == ["Download audit (JSON)", "Download audit (CSV)"]


@pytest.mark.ui
def test_scan_suitable_label_says_so_in_words():
    at = _paste(_app("pages/scan.py"), "scan", ELEMENTAL_TEXT)
    assert "✅ Suitable for sleep" in _texts(at.success)[0]
    assert at.metric[0].value == "200.0 mg"


@pytest.mark.ui
def test_scan_edit_declared_mg_recomputes_elemental():
    at = _paste(_app("pages/scan.py"), "scan", COMPOUND_TEXT)
    key = f"sources_{sha256(COMPOUND_TEXT.encode('utf-8'))[:16]}"
    # the user corrects 500 mg to 1000 mg of magnesium glycinate: 1000 × 0.1410 = 141.0 mg of magnesium
    at.session_state[key] = {"edited_rows": {0: {"declared_mg": 1000}}, "added_rows": [], "deleted_rows": []}
    at.run()
    assert not at.exception
    assert at.metric[0].value == "141.0 mg"
    assert "Showing the audit with your corrections." in _texts(at.info)


@pytest.mark.ui
def test_scan_edit_basis_to_elemental_uses_the_amount_as_printed():
    at = _paste(_app("pages/scan.py"), "scan", COMPOUND_TEXT)
    key = f"sources_{sha256(COMPOUND_TEXT.encode('utf-8'))[:16]}"
    at.session_state[key] = {"edited_rows": {0: {"basis": "elemental"}}, "added_rows": [], "deleted_rows": []}
    at.run()
    assert at.metric[0].value == "500.0 mg"


@pytest.mark.ui
def test_scan_edit_servings_a_day_scales_the_daily_amount():
    at = _paste(_app("pages/scan.py"), "scan", ELEMENTAL_TEXT)
    key = f"serving_{sha256(ELEMENTAL_TEXT.encode('utf-8'))[:16]}"
    at.session_state[key] = {"edited_rows": {0: {"daily_servings": 2}}, "added_rows": [], "deleted_rows": []}
    at.run()
    assert [m.value for m in at.metric][:2] == ["200.0 mg", "400.0 mg"]


@pytest.mark.ui
def test_scan_sample_text_through_the_selector():
    at = _app("pages/scan.py")
    at.radio(key="scan_mode").set_value("Sample").run()
    sample = next(s for s in at.selectbox(key="scan_sample").options if "oxide.txt" in s)
    at.selectbox(key="scan_sample").set_value(next(s for s in view.list_samples(ROOT / "samples") if s.label == sample)).run()
    assert not at.exception
    assert at.metric[0].value == "400.0 mg"


@pytest.mark.ui
@pytest.mark.ocr
@pytest.mark.slow
def test_scan_sample_photo_upload(tesseract):
    data = (IMAGES / "bisglycinate_clean.png").read_bytes()
    at = _app("pages/scan.py")
    at.file_uploader(key="scan_file").set_value(("bisglycinate_clean.png", data, "image/png"))
    at.run()
    assert not at.exception
    assert not _texts(at.error)
    assert "✅ Suitable for sleep" in _texts(at.success)[0]
    assert at.metric[0].value == "200.0 mg"
    assert len(at.get("image")) == 1  # the photo with its boxes
    assert any(c.startswith("Boxes: red: amount") for c in _texts(at.caption))


@pytest.mark.ui
def test_scan_corrupt_upload_shows_a_message_not_a_traceback():
    at = _app("pages/scan.py")
    at.file_uploader(key="scan_file").set_value(("label.jpg", b"\xff\xd8\xff\xe0 this is not really a JPEG", "image/jpeg"))
    at.run()
    assert not at.exception
    errors = _texts(at.error)
    assert len(errors) == 1
    assert errors[0].startswith("**label.jpg**: ")
    assert "Traceback" not in errors[0]
    assert "photo" in errors[0].lower()  # says what to do next
    assert not at.metric


@pytest.mark.ui
def test_scan_binary_text_file_is_a_clear_error():
    at = _app("pages/scan.py")
    at.file_uploader(key="scan_file").set_value(("label.txt", b"\x00\x01binary", "text/plain"))
    at.run()
    assert not at.exception
    assert "binary file, not label text" in _texts(at.error)[0]


@pytest.mark.ui
def test_compare_two_pasted_texts_gives_a_conclusion():
    at = _app("pages/compare.py")
    _paste(at, "cmp_a", COMPOUND_TEXT)
    _paste(at, "cmp_b", ELEMENTAL_TEXT)
    assert not at.exception
    expected = view.compare_audits(
        audit_text(COMPOUND_TEXT, input_name="Product A (pasted).txt"), audit_text(ELEMENTAL_TEXT, input_name="Product B (pasted).txt")
    ).conclusion
    assert expected.startswith("Product B (pasted).txt suits sleep better")  # B is suitable, A is caution
    assert [t for t in _texts(at.success) if "suits sleep better" in t] == [f"**{expected}**"]
    table = at.table[0].value
    assert list(table.columns) == ["fact", "Product A (pasted).txt", "Product B (pasted).txt ✔"]


@pytest.mark.ui
def test_compare_with_prices_shows_cost_per_absorbed_mg():
    at = _app("pages/compare.py")
    _paste(at, "cmp_a", COMPOUND_TEXT)
    _paste(at, "cmp_b", ELEMENTAL_TEXT)
    for k, price in (("a", 20.0), ("b", 30.0)):
        at.number_input(key=f"cmp_{k}_price").set_value(price).run()
        at.number_input(key=f"cmp_{k}_count").set_value(120).run()
    table = at.table[0].value.set_index("fact")
    # A: $20 / 60 servings = $0.333 a serving; 25.6 mg absorbed a serving → $0.0130 per absorbed mg
    assert table.loc["Cost per absorbed mg"].tolist() == ["$0.0130", "$0.0112"]


@pytest.mark.ui
def test_batch_page_rows_errors_and_csv():
    at = _app("pages/batch.py")
    at.file_uploader(key="batch_files").set_value(
        [("a.txt", COMPOUND_TEXT.encode(), "text/plain"), ("broken.txt", b"", "text/plain"), ("b.txt", ELEMENTAL_TEXT.encode(), "text/plain")]
    )
    at.run()
    assert not at.exception
    table = at.dataframe[0].value
    assert table["file"].tolist() == ["a.txt", "broken.txt", "b.txt"]
    assert table["status"].tolist() == ["ok", "error", "ok"]
    assert table["error"][1].startswith("bad_input: the file is empty")
    assert [b.label for b in at.get("download_button")] == ["Download report (CSV)"]


@pytest.mark.ui
def test_multipage_entry_runs_scan_by_default_and_shows_the_disclaimer_once(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDITOR_DB", str(tmp_path / "audits.db"))
    at = _app("app.py")
    assert at.title[0].value == "🔍 Scan a magnesium label"
    notes = [t for t in _texts(at.sidebar.info) if "not medical advice" in t]
    assert notes == [view_disclaimer()]
    at.switch_page("pages/compare.py").run()
    assert not at.exception
    assert at.title[0].value == "⚖️ Compare two labels"
    at.switch_page("pages/batch.py").run()
    assert at.title[0].value == "🗂️ Batch audit"
    at.switch_page("pages/history.py").run()
    assert not at.exception
    assert at.title[0].value == "🕘 History"


def view_disclaimer() -> str:
    import sys

    sys.path.insert(0, str(UI))
    import uikit

    return uikit.DISCLAIMER


# -- auditor.view (no Streamlit) ----------------------------------------------------------------------------


def test_verdict_card_has_words_and_icon_for_every_level():
    for level in Level:
        icon, title, kind = view._CARD_STYLE[level]
        assert icon and title and kind in ("success", "warning", "error", "info")
    card = view.verdict_card(audit_text(ELEMENTAL_TEXT))
    assert (card.icon, card.title, card.kind) == ("✅", "Suitable for sleep", "success")


def test_apply_edits_without_changes_returns_the_same_result():
    r = audit_text(COMPOUND_TEXT)
    rows = view.source_rows(r)
    assert view.apply_edits(r, rows, [dict(x) for x in rows], view.serving_row(r), view.serving_row(r)) is r


def test_apply_edits_ignores_emptied_cells():
    r = audit_text(COMPOUND_TEXT)
    rows = view.source_rows(r)
    assert view.apply_edits(r, rows, [dict(rows[0], declared_mg=float("nan"), percent_dv=None)]) is r


def test_apply_edits_declared_mg_and_percent_dv():
    r = audit_text(ELEMENTAL_TEXT)
    rows = view.source_rows(r)
    out = view.apply_edits(r, rows, [dict(rows[0], declared_mg=300.0, percent_dv=71.0)])
    assert out.elemental_mg == 300.0
    assert out.facts.sources[0].percent_dv == 71
    assert out.content_sha256 == r.content_sha256


def test_apply_edits_negative_amount_is_an_input_error():
    r = audit_text(ELEMENTAL_TEXT)
    rows = view.source_rows(r)
    with pytest.raises(InputError, match="cannot be negative"):
        view.apply_edits(r, rows, [dict(rows[0], declared_mg=-1.0)])


def test_band_rows_elemental_and_absorbed_a_day():
    rows = view.band_rows(audit_text(COMPOUND_TEXT), "A")
    assert [r["measure"] for r in rows] == ["Elemental (label)", "Absorbed (estimate)"]
    assert (rows[0]["low"], rows[0]["estimate"], rows[0]["high"]) == (58.3, 70.5, 70.5)
    assert rows[1]["low"] <= rows[1]["estimate"] <= rows[1]["high"] <= rows[0]["estimate"]


def test_band_rows_empty_without_magnesium():
    assert view.band_rows(audit_text((TEXTS / "d3k2_control.txt").read_text(encoding="utf-8"))) == []


def test_check_rows_say_pass_and_fail_in_words():
    rows = view.check_rows(audit_text(COMPOUND_TEXT))
    assert {"result": "❌ fail", "check": "elemental declared"}.items() <= next(r for r in rows if r["check"] == "elemental declared").items()


def test_provenance_rows_keep_raw_text_and_where():
    rows = view.provenance_rows(audit_text(COMPOUND_TEXT))
    amount = next(r for r in rows if r["fact"] == "source 1 amount")
    assert amount["raw text"] == "500 mg"
    assert amount["where"].startswith("line 5, characters ")


def test_report_row_csv_matches_the_batch_columns():
    from auditor.batch import COLUMNS

    text = view.rows_csv([view.report_row(audit_text(COMPOUND_TEXT, input_name="a.txt"))])
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == COLUMNS
    assert (rows[0]["file"], rows[0]["elemental_mg"], rows[0]["verdict"]) == ("a.txt", "70.5", "caution")


def test_list_samples_has_photos_then_texts():
    samples = view.list_samples(ROOT / "samples")
    with (ROOT / "samples" / "expected.csv").open(encoding="utf-8") as fh:
        n_images = sum(1 for _ in csv.DictReader(fh))
    assert len(samples) == n_images + len(list(TEXTS.glob("*.txt")))
    assert samples[0].path.name == "bisglycinate_clean.png" and samples[0].label.startswith("📷 ")
    assert samples[-1].label.startswith("📝 ")
    assert view.list_samples(ROOT / "no such folder") == []


def test_check_upload_limits():
    view.check_upload(b"x", "a.txt")
    with pytest.raises(InputError, match="empty"):
        view.check_upload(b"", "a.jpg")
    with pytest.raises(InputError, match=f"the limit is {view.MAX_UPLOAD_MB} MB"):
        view.check_upload(b"\0" * (view.MAX_UPLOAD_MB * 1024 * 1024 + 1), "big.jpg")


def test_load_photo_rejects_non_images():
    from auditor.errors import ImageReadError

    with pytest.raises(ImageReadError, match="cannot be opened as an image"):
        view.load_photo(b"not an image", "x.jpg")


@pytest.mark.ocr
@pytest.mark.slow
def test_annotated_photo_exif6_boxes_on_the_upright_photo(tesseract):
    """polish_citrate_exif6.jpg stores its pixels rotated; boxes must land on the upright photo."""
    from auditor.audit import audit_bytes

    data = (IMAGES / "polish_citrate_exif6.jpg").read_bytes()
    r = audit_bytes(data, "polish_citrate_exif6.jpg")
    img = view.annotated_photo(data, r)
    assert img.size == view.load_photo(data).size
    assert img.size[0] > img.size[1]  # upright: landscape label
    assert img.tobytes() != view.load_photo(data).tobytes()  # boxes were drawn
    assert [k for k, _ in view.box_legend(r)][:1] == ["amount"]


def test_compare_audits_uses_price_only_with_a_count():
    a, b = audit_text(COMPOUND_TEXT, input_name="a.txt"), audit_text(ELEMENTAL_TEXT, input_name="b.txt")
    c = view.compare_audits(a, b, price_a=20.0, count_a=None, price_b=30.0, count_b=120)
    assert c.a.cost_per_absorbed_mg_usd is None and c.b.cost_per_absorbed_mg_usd == 0.0112
    rows = {r["fact"]: r for r in view.compare_rows(c)}
    assert rows["Verdict"] == {"fact": "Verdict", "a.txt": "⚠️ Caution", "b.txt ✔": "✅ Suitable for sleep"}


def test_download_name_and_json_contract():
    r = audit_text(COMPOUND_TEXT, input_name="/x/label one.txt")
    assert view.download_name(r, "json") == "label one.audit.json"
    assert view.download_name(audit_text(COMPOUND_TEXT), "csv") == "label.audit.csv"
    from auditor.report import to_dict

    assert json.loads(json.dumps(to_dict(r)))["schema_version"] == 2


# -- auditor ui ---------------------------------------------------------------------------------------------


def test_ui_command_is_registered_with_port():
    args = build_parser().parse_args(["ui", "--port", "8600"])
    assert args.port == 8600 and args.func.__name__ == "cmd_ui"


def test_ui_command_line_is_headless_limited_and_private():
    cmd = streamlit_command(port=8600)
    assert cmd[1:5] == ["-m", "streamlit", "run", str(APP)]
    flags = dict(zip(cmd[5::2], cmd[6::2]))
    assert flags["--server.headless"] == "true"
    assert flags["--server.maxUploadSize"] == str(view.MAX_UPLOAD_MB)
    assert flags["--browser.gatherUsageStats"] == "false"
    assert flags["--server.port"] == "8600"
    assert APP.is_file()


def test_ui_config_file_matches_the_flags():
    import tomllib

    cfg = tomllib.loads((UI / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert cfg["server"]["maxUploadSize"] == view.MAX_UPLOAD_MB
    assert cfg["browser"]["gatherUsageStats"] is False


def test_pages_hold_no_logic():
    """STYLE.md: pages call the library and render; no regexes, no pytesseract, no arithmetic on mg."""
    for p in [UI / "app.py", UI / "uikit.py", UI / "profilekit.py", *sorted((UI / "pages").glob("*.py"))]:
        src = p.read_text(encoding="utf-8")
        for banned in ("import re\n", "import regex", "pytesseract", "ImageDraw", "elemental_fraction"):
            assert banned not in src, f"{p.name} contains {banned!r}"


@pytest.mark.ui
def test_history_page_lists_and_reopens_stored_audits(tmp_path, monkeypatch):
    from auditor.report import to_dict
    from auditor.store import Store, pipeline_version

    monkeypatch.setenv("AUDITOR_DB", str(tmp_path / "audits.db"))
    at = _app("pages/history.py")
    assert "No stored audits yet" in _texts(at.info)[0]
    r = audit_text(ELEMENTAL_TEXT, input_name="bisglycinate.txt", content_sha256=sha256(ELEMENTAL_TEXT.encode()))
    with Store() as store:
        store.put(r.content_sha256, pipeline_version(), to_dict(r), path="/labels/bisglycinate.txt")
    at.run()
    assert not at.exception
    assert at.dataframe[0].value["file"].tolist() == ["bisglycinate.txt"]
    assert "✅ Suitable for sleep" in _texts(at.success)[0]
    facts = at.table[0].value.set_index("fact")["value"]
    assert facts["Elemental mg per serving"] == "200.0"


def test_history_rows_words_for_errors_and_verdicts():
    from auditor.store import StoredAudit

    ok = StoredAudit(1, "ab" * 32, "p", "/x/a.png", "2026-01-02T03:04:05.678+00:00", 1.0, "ok", ("glycinate",), 200.0, "suitable", {})
    bad = StoredAudit(2, "cd" * 32, "p", None, "2026-01-02T03:04:05.678+00:00", None, "error", (), None, None, {})
    rows = view.history_rows([ok, bad])
    assert rows[0] == {"audited": "2026-01-02 03:04:05", "file": "a.png", "verdict": "✅ Suitable for sleep", "forms": "glycinate", "elemental_mg": 200.0, "sha256": "abababababab"}
    assert rows[1]["verdict"] == "❗ Error"


# -- issue 10: profile form, personal section, references beside the claims ----------------------------------


@pytest.mark.ui
def test_scan_with_a_session_profile_shows_personal_limits_and_references():
    from auditor.models import Profile

    at = _app("pages/scan.py")
    at.session_state["profile"] = Profile(age_years=6.0, medicines=("ciprofloxacin",))
    _paste(at, "scan", ELEMENTAL_TEXT)
    assert not at.exception
    # 200 mg a day for a 6-year-old: UL 110 (IOM 1997) -> caution, not the adult "suitable"
    assert "⚠️ Caution" in _shown(at)
    frames = [d.value for d in at.dataframe]
    personal = next(f for f in frames if "fact" in f.columns and "Judged for" in f["fact"].tolist())
    values = dict(zip(personal["fact"], personal["value"]))
    assert values["Upper limit from supplements"] == "110 mg a day"
    assert "6 hours after" in values["Medicine: ciprofloxacin"]
    refs = next(f for f in frames if "#" in f.columns)
    assert refs["#"].tolist() == list(range(1, len(refs) + 1)) and any("Fine" in c for c in refs["source"])
    assert "[1" in _texts(at.warning)[0]  # the verdict card's reasons carry their reference numbers


@pytest.mark.ui
def test_sidebar_profile_form_is_there_and_defaults_are_said(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDITOR_DB", str(tmp_path / "audits.db"))
    at = _app("app.py")
    assert any("No profile" in c for c in _texts(at.sidebar.caption))
    assert at.sidebar.number_input(key="profile_age") is not None


def _profile_form_app():
    # AppTest runs this function's source as a script of its own: ui/ comes from the environment
    import os
    import sys

    sys.path.insert(0, os.environ["AUDITOR_UI_DIR"])
    import profilekit
    import streamlit as st

    profilekit.profile_form()
    st.write(repr(profilekit.current_profile()))


@pytest.mark.ui
def test_sidebar_profile_form_submits_a_profile_kept_in_the_session(monkeypatch):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("AUDITOR_UI_DIR", str(UI))
    at = AppTest.from_function(_profile_form_app, default_timeout=60)
    at.run()
    assert [m.value for m in at.markdown] == ["None"]
    at.number_input(key="profile_age").set_value(6.0)
    at.multiselect(key="profile_meds").set_value(["ciprofloxacin"])
    at.button[0].click().run()
    assert not at.exception
    shown = at.markdown[0].value
    assert "age_years=6.0" in shown and "medicines=('ciprofloxacin',)" in shown
    at.run()  # a rerun keeps it for the session
    assert "age_years=6.0" in at.markdown[0].value


def test_profile_from_form_empty_is_none_and_values_are_checked():
    assert view.profile_from_form() is None
    p = view.profile_from_form(age=30, sex="female", medicines=["levothyroxine"], other_mg=100)
    assert (p.age_years, p.sex, p.medicines, p.other_magnesium_mg) == (30.0, "female", ("levothyroxine",), 100.0)
    with pytest.raises(InputError):
        view.profile_from_form(age=200)


def test_topical_product_has_no_band_and_says_why():
    r = audit_text("Magnesium Oil Spray\nEach spray provides 16 mg of magnesium (as magnesium chloride).\nFor external use only.\n")
    assert view.band_rows(r)[1:] == []  # only the elemental row: nothing absorbed is charted
    assert "not taken by mouth" in view.band_caption(r) and view.kind_caption(r).startswith("Topical")
    assert view.verdict_card(r).level is Level.UNSUITABLE


@pytest.mark.ui
def test_engine_choice_in_the_sidebar_reads_the_photo_with_that_engine(tmp_path, monkeypatch, tesseract):
    """The sidebar's OCR engine choice is kept for the session and used for the next photo."""
    monkeypatch.setenv("AUDITOR_DB", str(tmp_path / "audits.db"))
    at = _app("app.py")
    choice = at.selectbox(key="ocr_engine")
    assert choice.index == 0 and list(choice.options) == [
        "Automatic (RapidOCR, then Tesseract if needed)", "RapidOCR (PP-OCR)", "Tesseract"]
    data = (IMAGES / "bisglycinate_clean.png").read_bytes()
    choice.select_index(2).run()  # Tesseract
    at.file_uploader(key="scan_file").set_value(("bisglycinate_clean.png", data, "image/png"))
    at.run()
    assert not at.exception
    assert at.metric[0].value == "200.0 mg"  # samples/expected.csv: 200 mg of magnesium
    assert any(c.startswith("OCR text (tesserocr") for c in _texts(at.caption)), _texts(at.caption)
    # the same photo with RapidOCR chosen (AppTest drops the sidebar from its tree after a rerun: set the state)
    at.session_state["ocr_engine"] = "RapidOCR (PP-OCR)"
    at.run()
    assert not at.exception
    assert at.metric[0].value == "200.0 mg"
    assert any(c.startswith("OCR text (rapidocr") for c in _texts(at.caption)), _texts(at.caption)
