"""The Streamlit pages, run headless with AppTest, and the display data of ui/viewmodel.py they render."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest

from auditor.audit import audit_text, sha256
from auditor.cli import build_parser
from auditor.cli_ui import APP, streamlit_command
from auditor.errors import InputError
from auditor.models import Level

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "ui"
TEXTS = ROOT / "samples" / "texts"
IMAGES = ROOT / "samples" / "images"

sys.path.insert(0, str(UI))  # the pages import viewmodel and uikit from ui/, as `streamlit run ui/app.py` does
import viewmodel as vm  # noqa: E402

# 500 mg magnesium glycinate is a compound weight: 500 × 0.1410 = 70.5 mg of magnesium (anhydrous salt)
COMPOUND_TEXT = (TEXTS / "glycinate_compound.txt").read_text(encoding="utf-8")
ELEMENTAL_TEXT = (TEXTS / "bisglycinate.txt").read_text(encoding="utf-8")
# 444 mg of magnesium claimed from 1,480 mg of citrate, which holds at most 239 mg (README, "Why")
POLISH_TEXT = (TEXTS / "polish_citrate.txt").read_text(encoding="utf-8")
# 200 mg of magnesium as citrate: the same dose, verdict and absorbed band as bisglycinate.txt
GERMAN_TEXT = (TEXTS / "german_citrate.txt").read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def _own_store(tmp_path, monkeypatch):
    # every page saves what it audits: never into the developer's own store
    monkeypatch.setenv("AUDITOR_DB", str(tmp_path / "audits.db"))


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
    """Every alert, markdown, caption, metric and table text on the page, joined (for 'does it say X' checks)."""
    parts = []
    for kind in (at.success, at.warning, at.error, at.info, at.markdown, at.caption):
        parts += _texts(kind)
    parts += [m.value for m in at.metric] + [m.label for m in at.metric]
    parts += [t.value.to_csv() for t in at.table] + [d.value.to_csv() for d in at.dataframe]
    return "\n".join(parts)


# -- Scan page (AppTest) --------------------------------------------------------------------------------------


@pytest.mark.ui
def test_scan_pasted_text_shows_verdict_and_elemental_mg():
    at = _paste(_app("views/scan.py"), "scan", COMPOUND_TEXT)
    assert not at.exception
    assert at.warning[0].value.startswith("#### ⚠️ Caution")
    assert [m.value for m in at.metric][:2] == ["70.5 mg", "70.5 mg"]
    assert len(at.data_editor) == 2  # serving + sources
    assert at.data_editor[1].value["declared_mg"].tolist() == [500.0]
    labels = [b.label for b in at.get("download_button")]
    assert labels == ["Download audit (JSON)", "Download audit (CSV)"]


@pytest.mark.ui
def test_scan_headline_labels_are_short_enough_for_two_on_a_phone():
    # two metrics share a 358 px row at 390 px; a label over ~16 characters is cut there (issue 12)
    at = _paste(_app("views/scan.py"), "scan", POLISH_TEXT)
    assert [(m.label, m.value) for m in at.metric] == [
        ("Mg per serving", "444 mg"), ("Mg a day", "444 mg"), ("Absorbed a day", "≈ 67 mg"), ("%DV (label)", "118%")]
    assert all(len(m.label) <= 16 and len(m.value) <= 9 for m in at.metric)


@pytest.mark.ui
def test_scan_says_not_medical_advice_once_in_the_main_column():
    at = _paste(_app("views/scan.py"), "scan", ELEMENTAL_TEXT)
    assert [c for c in _texts(at.main.caption) if "Not medical advice" in c] == [f"🩺 {vm.DISCLAIMER}"]
    assert "not medical advice" not in "\n".join(_texts(at.sidebar.info) + _texts(at.sidebar.caption)).lower()


@pytest.mark.ui
def test_scan_shows_each_reason_with_its_references_and_the_band_source():
    at = _paste(_app("views/scan.py"), "scan", POLISH_TEXT)
    why = next(t for t in _texts(at.markdown) if t.startswith("**Why**"))
    # the upper-limit reason carries IOM 1997 and SCF 2001 beside it, linked
    assert "\\[1\\] [Institute of Medicine 1997](http://books.nap.edu/" in why
    assert "[SCF 2001" in why
    band = next(c for c in _texts(at.caption) if c.startswith("Estimate from Fine 1991"))
    assert "[Fine KD et al. 1991](https://www.ncbi.nlm.nih.gov/pmc/articles/PMC295344/)" in band
    checks = next(t for t in _texts(at.markdown) if "Elemental feasible" in t)
    assert checks.startswith("- ❌ fail · **Elemental feasible**: 1,480 mg of magnesium citrate can hold at most 239 mg")
    assert "[Molecules 2020;25:3172]" in checks


@pytest.mark.ui
def test_scan_never_shows_none():
    at = _paste(_app("views/scan.py"), "scan", POLISH_TEXT)  # no %DV for the citrate row, no serving count in it
    shown = _shown(at)
    assert "None" not in shown and "nan" not in shown.split()


@pytest.mark.ui
def test_scan_suitable_label_says_so_in_words():
    at = _paste(_app("views/scan.py"), "scan", ELEMENTAL_TEXT)
    assert "✅ Suitable for sleep" in _texts(at.success)[0]
    assert at.metric[0].value == "200 mg"


@pytest.mark.ui
def test_scan_edit_declared_mg_recomputes_elemental():
    at = _paste(_app("views/scan.py"), "scan", COMPOUND_TEXT)
    key = f"sources_{sha256(COMPOUND_TEXT.encode('utf-8'))[:16]}"
    # the user corrects 500 mg to 1000 mg of magnesium glycinate: 1000 × 0.1410 = 141.0 mg of magnesium
    at.session_state[key] = {"edited_rows": {0: {"declared_mg": 1000}}, "added_rows": [], "deleted_rows": []}
    at.run()
    assert not at.exception
    assert at.metric[0].value == "141 mg"
    assert "Showing the audit with your corrections." in _texts(at.info)


@pytest.mark.ui
def test_scan_edit_basis_to_elemental_uses_the_amount_as_printed():
    at = _paste(_app("views/scan.py"), "scan", COMPOUND_TEXT)
    key = f"sources_{sha256(COMPOUND_TEXT.encode('utf-8'))[:16]}"
    at.session_state[key] = {"edited_rows": {0: {"basis": "elemental"}}, "added_rows": [], "deleted_rows": []}
    at.run()
    assert at.metric[0].value == "500 mg"


@pytest.mark.ui
def test_scan_edit_servings_a_day_scales_the_daily_amount():
    at = _paste(_app("views/scan.py"), "scan", ELEMENTAL_TEXT)
    key = f"serving_{sha256(ELEMENTAL_TEXT.encode('utf-8'))[:16]}"
    at.session_state[key] = {"edited_rows": {0: {"daily_servings": 2}}, "added_rows": [], "deleted_rows": []}
    at.run()
    assert [m.value for m in at.metric][:2] == ["200 mg", "400 mg"]


@pytest.mark.ui
def test_scan_sample_text_through_the_selector():
    at = _app("views/scan.py")
    at.radio(key="scan_mode").set_value("Sample").run()
    sample = next(s for s in at.selectbox(key="scan_sample").options if "oxide.txt" in s)
    at.selectbox(key="scan_sample").set_value(next(s for s in vm.list_samples(ROOT / "samples") if s.label == sample)).run()
    assert not at.exception
    assert at.metric[0].value == "400 mg"


@pytest.mark.ui
@pytest.mark.ocr
@pytest.mark.slow
def test_scan_sample_photo_upload(tesseract):
    data = (IMAGES / "bisglycinate_clean.png").read_bytes()
    at = _app("views/scan.py")
    at.file_uploader(key="scan_file").set_value(("bisglycinate_clean.png", data, "image/png"))
    at.run()
    assert not at.exception
    assert not _texts(at.error)
    assert "✅ Suitable for sleep" in _texts(at.success)[0]
    assert at.metric[0].value == "200 mg"
    assert len(at.get("image")) == 1  # the photo with its boxes
    assert any(c.startswith("Boxes: red: amount") for c in _texts(at.caption))


@pytest.mark.ui
def test_scan_corrupt_upload_shows_a_message_not_a_traceback():
    at = _app("views/scan.py")
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
    at = _app("views/scan.py")
    at.file_uploader(key="scan_file").set_value(("label.txt", b"\x00\x01binary", "text/plain"))
    at.run()
    assert not at.exception
    assert "binary file, not label text" in _texts(at.error)[0]


# -- Compare page (AppTest) -----------------------------------------------------------------------------------


def _compare(text_a: str, text_b: str, prices=None):
    at = _app("views/compare.py")
    _paste(at, "cmp_a", text_a)
    _paste(at, "cmp_b", text_b)
    for k, (price, count) in zip("ab", prices or ()):
        at.number_input(key=f"cmp_{k}_price").set_value(price).run()
        at.number_input(key=f"cmp_{k}_count").set_value(count).run()
    assert not at.exception
    return at


@pytest.mark.ui
def test_compare_two_pasted_texts_gives_a_conclusion_a_before_b():
    at = _compare(COMPOUND_TEXT, ELEMENTAL_TEXT)
    expected = vm.compare_audits(
        audit_text(COMPOUND_TEXT, input_name="Product A (pasted).txt"), audit_text(ELEMENTAL_TEXT, input_name="Product B (pasted).txt")
    ).conclusion
    assert expected.startswith("Product B (pasted).txt suits sleep better")  # B is suitable, A is caution
    assert [t for t in _texts(at.success) if "suits sleep better" in t] == [f"**{vm.md_text(expected)}**"]
    table = at.table[0].value
    assert list(table.columns) == ["Fact", "A: Product A (pasted).txt", "B: Product B (pasted).txt ✔"]
    assert "None" not in _shown(at)


@pytest.mark.ui
def test_compare_same_dose_and_band_says_no_clear_difference():
    at = _compare(ELEMENTAL_TEXT, GERMAN_TEXT)
    [said] = _texts(at.info)[-1:]
    assert said.startswith("**No clear difference for sleep")
    assert "--price" not in said
    assert "Give both prices and bottle counts to compare the cost per absorbed mg." in _texts(at.caption)
    assert not [t for t in _texts(at.success) if "suits sleep better" in t]
    assert not any(c.endswith(" ✔") for c in at.table[0].value.columns)


@pytest.mark.ui
def test_compare_with_prices_shows_cost_per_absorbed_mg():
    at = _compare(COMPOUND_TEXT, ELEMENTAL_TEXT, prices=((20.0, 120), (30.0, 120)))
    table = at.table[0].value.set_index("Fact")
    # A: $20 / 60 servings = $0.333 a serving; 25.6 mg absorbed a serving → $0.0130 per absorbed mg
    assert table.loc["Cost per absorbed mg"].tolist() == [vm.md_text("$0.0130"), vm.md_text("$0.0112")]  # st.table cells are markdown


@pytest.mark.ui
def test_compare_withholds_cost_per_absorbed_mg_of_an_impossible_claim():
    at = _compare(POLISH_TEXT, ELEMENTAL_TEXT, prices=((20.0, 60), (20.0, 60)))
    table = at.table[0].value.set_index("Fact")
    assert table.loc["Cost per absorbed mg"].tolist() == ["withheld (see the cost note)", vm.md_text("$0.0149")]
    assert "more magnesium than its compound can hold" in table.loc["Cost note"].iloc[0]


# -- Batch page (AppTest) -------------------------------------------------------------------------------------


@pytest.mark.ui
def test_batch_page_rows_errors_counts_and_four_downloads():
    at = _app("views/batch.py")
    at.file_uploader(key="batch_files").set_value(
        [("a.txt", COMPOUND_TEXT.encode(), "text/plain"), ("broken.txt", b"", "text/plain"), ("b.txt", ELEMENTAL_TEXT.encode(), "text/plain")]
    )
    at.run()
    assert not at.exception
    table = at.dataframe[0].value
    assert list(table.columns[:3]) == ["File", "Sleep verdict", "Status"]  # the verdict right after the file
    assert all("_" not in c for c in table.columns)  # human headers, no snake_case
    assert table["File"].tolist() == ["a.txt", "broken.txt", "b.txt"]
    assert table["Sleep verdict"].tolist() == ["⚠️ Caution", "", "✅ Suitable"]
    assert table["Problem"][1].startswith("bad_input: the file is empty")
    assert "None" not in table.to_csv()
    assert "**3 file(s): 2 ok, 1 error. Verdicts: ✅ Suitable for sleep 1, ⚠️ Caution 1.**" in _texts(at.markdown)
    assert [b.label for b in at.get("download_button")] == [
        "Download report (CSV)", "Download report (JSON Lines)", "Download report (JSON)", "Download report (Markdown)"]


# -- the app ---------------------------------------------------------------------------------------------------


@pytest.mark.ui
def test_multipage_entry_runs_scan_by_default_and_every_page_says_the_disclaimer_once():
    at = _app("app.py")
    assert at.title[0].value == "🔍 Scan a magnesium label"
    assert [c for c in _texts(at.main.caption) if "Not medical advice" in c] == [f"🩺 {vm.DISCLAIMER}"]
    for page, title in (("views/compare.py", "⚖️ Compare two labels"), ("views/batch.py", "🗂️ Batch audit"), ("views/history.py", "🕘 History")):
        at.switch_page(page).run()
        assert not at.exception
        assert at.title[0].value == title
        assert [c for c in _texts(at.main.caption) if "Not medical advice" in c] == [f"🩺 {vm.DISCLAIMER}"], page


def test_pages_are_not_in_a_folder_streamlit_serves_on_its_own():
    # a deep link such as /history on a fresh server would run ui/pages/history.py bare, without app.py (issue 12)
    assert not (UI / "pages").exists()
    assert (UI / "views" / "scan.py").is_file()


# -- ui/viewmodel.py (no Streamlit) ----------------------------------------------------------------------------


def test_verdict_card_has_words_and_icon_for_every_level():
    for level in Level:
        icon, title, kind = vm._CARD_STYLE[level]
        assert icon and title and kind in ("success", "warning", "error", "info")
    card = vm.verdict_card(audit_text(ELEMENTAL_TEXT))
    assert (card.icon, card.title, card.kind) == ("✅", "Suitable for sleep", "success")
    assert card.subtitle == "For sleep use; judged for adult 19-50 (no profile given)"


def test_every_reason_and_note_carries_the_references_the_verdict_names():
    r = audit_text(POLISH_TEXT)
    card = vm.verdict_card(r)
    numbered = vm.numbered_refs(r)
    for claim, ids in zip(card.reasons + card.notes, r.verdict.reason_sources + r.verdict.note_sources):
        assert [x.n for x in claim.refs] == sorted(numbered[i].n for i in set(ids))
    assert card.reasons[0].refs[0].short == "Institute of Medicine 1997"


@pytest.mark.parametrize(
    ("citation", "short"),
    [
        ("Fine KD et al. 1991, J Clin Invest 88:396: magnesium acetate", "Fine KD et al. 1991"),
        ("Firoz M, Graber M 2001, Magnes Res 14:257: urinary increment", "Firoz M, Graber M 2001"),
        ("Molecules 2020;25:3172, Table 3: magnesium content of common salts", "Molecules 2020;25:3172"),
        ("Ciprofloxacin (CIPRO) label section 2.4: take at least 2 hours before", "Ciprofloxacin (CIPRO) label section 2.4"),
        ("Magnaspartate SmPC (MHRA 2016): contraindicated at GFR < 30", "Magnaspartate SmPC (MHRA 2016)"),
        ("SCF 2001 opinion on the tolerable upper intake level of magnesium: 250 mg", "SCF 2001 opinion on the tolerable upper intake…"),
        ("Hausenblas HA et al. 2024, Sleep Med X: 1 g", "Hausenblas HA et al. 2024"),
        ("NIH ODS magnesium fact sheet: take tetracycline", "NIH ODS magnesium fact sheet"),
    ],
)
def test_short_citation_keeps_author_and_year(citation, short):
    assert vm.short_citation(citation) == short
    assert len(vm.short_citation(citation)) <= vm.SHORT_CITATION_CHARS


def test_band_evidence_names_fine_1991_with_its_link():
    ev = vm.band_evidence(audit_text(POLISH_TEXT))
    assert ev.text.startswith("Estimate from Fine 1991")
    fine = next(x for x in ev.refs if x.id == "fine1991")
    assert (fine.short, fine.url) == ("Fine KD et al. 1991", "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC295344/")
    assert vm.band_caption(audit_text(POLISH_TEXT)).endswith("]")


def test_markdown_of_claims_is_literal():
    # "$" would start LaTeX and "*" emphasis in st.markdown
    assert vm.md_text("costs $0.0130 per *absorbed* mg") == "costs \\$0.0130 per \\*absorbed\\* mg"
    assert vm.Claim("~23% by isotope").markdown == "\\~23% by isotope"


def test_metrics_short_labels_and_whole_values():
    ms = vm.metrics(audit_text(POLISH_TEXT))
    assert [(m.label, m.value) for m in ms] == [("Mg per serving", "444 mg"), ("Mg a day", "444 mg"), ("Absorbed a day", "≈ 67 mg"), ("%DV (label)", "118%")]
    assert "40–94 mg" in ms[2].help and "Fine 1991" in ms[2].help


@pytest.mark.parametrize(("mg", "text"), [(444.0, "444 mg"), (70.5, "70.5 mg"), (200.0, "200 mg"), (1480.0, "1,480 mg"), (None, "not printed"), (8.25, "8.2 mg")])
def test_mg_text(mg, text):
    assert vm.mg_text(mg) == text


def test_band_rows_elemental_and_absorbed_a_day():
    rows = vm.band_rows(audit_text(COMPOUND_TEXT))
    assert [r["measure"] for r in rows] == ["Elemental (label)", "Absorbed (estimate)"]
    assert (rows[0]["low"], rows[0]["estimate"], rows[0]["high"]) == (58.3, 70.5, 70.5)
    assert rows[1]["low"] <= rows[1]["estimate"] <= rows[1]["high"] <= rows[0]["estimate"]


def test_band_rows_empty_without_magnesium():
    assert vm.band_rows(audit_text((TEXTS / "d3k2_control.txt").read_text(encoding="utf-8"))) == []


def test_chart_axis_covers_every_value_shown_issue_12():
    """The 444 mg product's bar was off a chart whose axis stopped at 250."""
    import uikit

    rows = vm.band_rows(audit_text(POLISH_TEXT), "A") + vm.band_rows(audit_text(ELEMENTAL_TEXT), "B")
    spec = uikit.band_chart_spec(rows).to_dict()
    domain = spec["layer"][0]["encoding"]["x"]["scale"]["domain"]
    assert domain[0] == 0 and domain[1] >= 444 * vm.CHART_HEADROOM
    # A's rows come before B's on the chart
    assert spec["layer"][0]["encoding"]["y"]["sort"] == [
        "A: Elemental (label)", "A: Absorbed (estimate)", "B: Elemental (label)", "B: Absorbed (estimate)"]
    assert vm.chart_max_mg([{"high": 1000.0, "estimate": 1000.0}]) >= 1000 * vm.CHART_HEADROOM


def test_check_claims_failed_first_with_whole_messages_and_references():
    items = vm.check_claims(audit_text(POLISH_TEXT))
    mark, name, claim = items[0]
    assert (mark, name) == ("❌ fail", "Elemental feasible")
    assert claim.text.endswith("or a figure is wrong.")  # not cut
    assert [x.short for x in claim.refs][:1] == ["Molecules 2020;25:3172"]
    assert vm.check_name("dv_consistent") == "%DV consistent"


def test_check_rows_say_pass_and_fail_in_words():
    rows = vm.check_rows(audit_text(COMPOUND_TEXT))
    assert {"result": "❌ fail", "check": "elemental declared"}.items() <= next(r for r in rows if r["check"] == "elemental declared").items()


def test_computed_rows_a_short_table_per_source_for_a_phone():
    [(title, rows)] = vm.computed_rows(audit_text(COMPOUND_TEXT))
    facts = {r["Fact"]: r["Value"] for r in rows}
    assert title == "Source 1" and all(list(r) == ["Fact", "Value"] for r in rows)
    assert facts["Declared"] == "500 mg (compound)" and facts["Elemental"] == "70.5 mg"
    mixture = vm.computed_rows(audit_text((TEXTS / "mixture.txt").read_text(encoding="utf-8")))
    assert all(len(r) == 2 for _, rows in mixture for r in rows)  # two columns, however many sources


def test_no_display_row_of_any_sample_says_none():
    for path in sorted(TEXTS.glob("*.txt")):
        r = audit_text(path.read_text(encoding="utf-8"), input_name=path.name)
        shown = [vm.metrics(r), vm.personal_rows(r), vm.computed_rows(r), vm.provenance_rows(r), vm.check_rows(r),
                 vm.serving_row(r), vm.table_row(vm.report_row(r)), vm.kind_caption(r), vm.band_caption(r)]
        assert "None" not in repr(shown).replace("'None'", ""), path.name
        for row in [vm.serving_row(r), vm.table_row(vm.report_row(r)), *(x for _, rows in vm.computed_rows(r) for x in rows), *vm.personal_rows(r)]:
            assert None not in row.values(), (path.name, row)


def test_corrections_and_apply_edits():
    r = audit_text(COMPOUND_TEXT)
    rows = vm.source_rows(r)
    assert vm.apply_edits(r, rows, [dict(x) for x in rows], vm.serving_row(r), vm.serving_row(r)) is r
    assert vm.apply_edits(r, rows, [dict(rows[0], declared_mg=float("nan"), percent_dv=None)]) is r
    changes = vm.corrections(rows, [dict(rows[0], declared_mg=1000.0)], vm.serving_row(r), dict(vm.serving_row(r), daily_servings=2))
    assert changes == [{"source_index": 0, "declared_mg": 1000.0}, {"daily_servings": 2.0}]
    # two servings of 1000 mg glycinate at 14.1 % magnesium
    assert vm.apply_corrections(r, changes).elemental_mg_per_day == pytest.approx(282.0, abs=0.2)


def test_apply_edits_declared_mg_and_percent_dv():
    r = audit_text(ELEMENTAL_TEXT)
    rows = vm.source_rows(r)
    out = vm.apply_edits(r, rows, [dict(rows[0], declared_mg=300.0, percent_dv=71.0)])
    assert out.elemental_mg == 300.0
    assert out.facts.sources[0].percent_dv == 71
    assert out.content_sha256 == r.content_sha256


def test_apply_edits_negative_amount_is_an_input_error():
    r = audit_text(ELEMENTAL_TEXT)
    rows = vm.source_rows(r)
    with pytest.raises(InputError, match="cannot be negative"):
        vm.apply_edits(r, rows, [dict(rows[0], declared_mg=-1.0)])


def test_provenance_rows_keep_raw_text_and_where():
    r = audit_text(COMPOUND_TEXT)
    amount = next(x for x in vm.provenance_rows(r) if x["fact"] == "source 1 amount")
    assert amount["raw text"] == "500 mg"
    assert amount["where"].startswith("line 5, characters ")
    assert "- **source 1 amount**: 500 mg (compound) — read as “500 mg” :small[(line 5, characters " in vm.provenance_markdown(r)


def test_batch_table_row_human_headers_verdict_second_and_blanks():
    from auditor.batch import COLUMNS

    assert set(vm.TABLE_HEADERS) == set(COLUMNS)  # every report column has a header
    ok = vm.table_row(vm.report_row(audit_text(POLISH_TEXT, input_name="pl.txt")))
    assert list(ok)[:3] == ["File", "Sleep verdict", "Status"]
    assert (ok["Sleep verdict"], ok["Mg per serving"], ok["Absorbed a day (est.)"], ok["Problem"]) == ("⚠️ Caution", "444 mg", "≈ 67 mg", "")
    none = vm.table_row(vm.report_row(audit_text((TEXTS / "d3k2_control.txt").read_text(encoding="utf-8"), input_name="d3.txt")))
    assert (none["Mg per serving"], none["%DV"], none["Status"]) == ("", "", "no magnesium")


def test_batch_summary_counts_by_status_and_verdict():
    from auditor.audit import error_result

    rows = [vm.report_row(audit_text(t, input_name=n)) for n, t in (("a", POLISH_TEXT), ("b", ELEMENTAL_TEXT), ("c", GERMAN_TEXT))]
    rows.append(vm.report_row(error_result("d.jpg", InputError("the file is empty"))))
    s = vm.batch_summary(rows)
    assert s.by_status == (("ok", 3), ("error", 1))
    assert s.by_verdict == (("suitable", 2), ("caution", 1))
    assert s.sentence == "4 file(s): 3 ok, 1 error. Verdicts: ✅ Suitable for sleep 2, ⚠️ Caution 1."


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "json", "md"])
def test_batch_downloads_in_every_report_format(fmt):
    from auditor.batch import COLUMNS

    rows = [vm.report_row(audit_text(COMPOUND_TEXT, input_name="a.txt")), vm.report_row(audit_text(ELEMENTAL_TEXT, input_name="b.txt"))]
    text = vm.render_rows(rows, fmt)
    if fmt == "csv":
        got = list(csv.DictReader(io.StringIO(text)))
        assert tuple(got[0]) == COLUMNS and (got[0]["file"], got[0]["elemental_mg"], got[0]["verdict"]) == ("a.txt", "70.5", "caution")
    elif fmt == "jsonl":
        assert [json.loads(x)["file"] for x in text.splitlines()] == ["a.txt", "b.txt"]
    elif fmt == "json":
        assert json.loads(text)["summary"]["by_verdict"] == {"caution": 1, "suitable": 1}
    else:
        assert text.splitlines()[0].startswith("| file | status |") and len(text.splitlines()) == 4
    assert fmt in {f for f, _, _ in vm.REPORT_FORMATS}


def test_list_samples_has_photos_then_texts():
    samples = vm.list_samples(ROOT / "samples")
    with (ROOT / "samples" / "expected.csv").open(encoding="utf-8") as fh:
        n_images = sum(1 for _ in csv.DictReader(fh))
    assert len(samples) == n_images + len(list(TEXTS.glob("*.txt")))
    assert samples[0].path.name == "bisglycinate_clean.png" and samples[0].label.startswith("📷 ")
    assert samples[-1].label.startswith("📝 ")
    assert vm.list_samples(ROOT / "no such folder") == []


def test_check_upload_limits():
    vm.check_upload(b"x", "a.txt")
    with pytest.raises(InputError, match="empty"):
        vm.check_upload(b"", "a.jpg")
    with pytest.raises(InputError, match=f"the limit is {vm.MAX_UPLOAD_MB} MB"):
        vm.check_upload(b"\0" * (vm.MAX_UPLOAD_MB * 1024 * 1024 + 1), "big.jpg")


def test_load_photo_rejects_non_images():
    from auditor.errors import ImageReadError

    with pytest.raises(ImageReadError, match="cannot be opened as an image"):
        vm.load_photo(b"not an image", "x.jpg")


@pytest.mark.ocr
@pytest.mark.slow
def test_annotated_photo_exif6_boxes_on_the_upright_photo(tesseract):
    """polish_citrate_exif6.jpg stores its pixels rotated; boxes must land on the upright photo."""
    from auditor.audit import audit_bytes

    data = (IMAGES / "polish_citrate_exif6.jpg").read_bytes()
    r = audit_bytes(data, "polish_citrate_exif6.jpg")
    img = vm.annotated_photo(data, r)
    assert img.size == vm.load_photo(data).size
    assert img.size[0] > img.size[1]  # upright: landscape label
    assert img.tobytes() != vm.load_photo(data).tobytes()  # boxes were drawn
    assert [k for k, _ in vm.box_legend(r)][:1] == ["amount"]


def test_compare_rows_a_before_b_and_headline():
    a, b = audit_text(COMPOUND_TEXT, input_name="a.txt"), audit_text(ELEMENTAL_TEXT, input_name="b.txt")
    c = vm.compare_audits(a, b, price_a=20.0, count_a=None, price_b=30.0, count_b=120)
    assert c.a.cost_per_absorbed_mg_usd is None and c.b.cost_per_absorbed_mg_usd == 0.0112
    rows = {r["Fact"]: r for r in vm.compare_rows(c)}
    assert rows["Verdict"] == {"Fact": "Verdict", "A: a.txt": "⚠️ Caution", "B: b.txt ✔": "✅ Suitable for sleep"}
    assert vm.compare_headline(c).kind == "success"
    same = vm.compare_audits(audit_text(ELEMENTAL_TEXT, input_name="x.txt"), audit_text(GERMAN_TEXT, input_name="y.txt"))
    h = vm.compare_headline(same)
    assert (h.kind, h.no_clear_difference) == ("info", True) and h.text.startswith("No clear difference")
    assert h.hint.startswith("Give both prices") and vm.compare_headline(c).hint == ""


def test_download_name_and_json_contract():
    r = audit_text(COMPOUND_TEXT, input_name="/x/label one.txt")
    assert vm.download_name(r, "json") == "label one.audit.json"
    assert vm.download_name(audit_text(COMPOUND_TEXT), "csv") == "label.audit.csv"
    from auditor.report import to_dict

    assert json.loads(json.dumps(to_dict(r)))["schema_version"] == 2


def test_library_holds_no_display_logic():
    """Issue 12: the view model moved out of the library into ui/viewmodel.py."""
    import auditor

    lib = Path(auditor.__file__).parent
    assert not (lib / "view.py").exists()
    for p in lib.rglob("*.py"):
        src = p.read_text(encoding="utf-8")
        assert "ImageDraw" not in src and "import streamlit" not in src, p


# -- auditor ui ---------------------------------------------------------------------------------------------


def test_ui_command_is_registered_with_port():
    args = build_parser().parse_args(["ui", "--port", "8600"])
    assert args.port == 8600 and args.func.__name__ == "cmd_ui"


def test_ui_command_line_is_headless_limited_and_private():
    cmd = streamlit_command(port=8600)
    assert cmd[1:5] == ["-m", "streamlit", "run", str(APP)]
    flags = dict(zip(cmd[5::2], cmd[6::2]))
    assert flags["--server.headless"] == "true"
    assert flags["--server.maxUploadSize"] == str(vm.MAX_UPLOAD_MB)  # the served limit is the one the pages check
    assert flags["--browser.gatherUsageStats"] == "false"
    assert flags["--server.port"] == "8600"
    assert APP.is_file()


def test_ui_config_file_matches_the_flags():
    import tomllib

    cfg = tomllib.loads((UI / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert cfg["server"]["maxUploadSize"] == vm.MAX_UPLOAD_MB
    assert cfg["browser"]["gatherUsageStats"] is False


def test_pages_hold_no_logic():
    """STYLE.md: pages call the library and the view model and render; no regexes, no pytesseract, no mg arithmetic."""
    for p in [UI / "app.py", UI / "uikit.py", UI / "profilekit.py", *sorted((UI / "views").glob("*.py"))]:
        src = p.read_text(encoding="utf-8")
        for banned in ("import re\n", "import regex", "pytesseract", "ImageDraw", "elemental_fraction", "from auditor import view"):
            assert banned not in src, f"{p.name} contains {banned!r}"


# -- issue 10: profile form, personal section, references beside the claims ----------------------------------


@pytest.mark.ui
def test_scan_with_a_session_profile_shows_personal_limits_and_references():
    from auditor.models import Profile

    at = _app("views/scan.py")
    at.session_state["profile"] = Profile(age_years=6.0, medicines=("ciprofloxacin",))
    _paste(at, "scan", ELEMENTAL_TEXT)
    assert not at.exception
    # 200 mg a day for a 6-year-old: UL 110 (IOM 1997) -> caution, not the adult "suitable"
    assert at.warning[0].value.startswith("#### ⚠️ Caution\nFor sleep use; judged for age 6")
    personal = next(t.value for t in at.table if "Judged for" in t.value.iloc[:, 0].tolist())
    values = dict(zip(personal.iloc[:, 0], personal.iloc[:, 1]))
    assert values["Upper limit from supplements"] == "110 mg a day"
    assert "6 hours after" in values["Medicine: ciprofloxacin"]
    assert any(e.label.startswith("References (") for e in at.expander)
    assert "Fine KD et al. 1991" in _shown(at)
    why = next(t for t in _texts(at.markdown) if t.startswith("**Why**"))
    assert "\\[1\\]" in why  # the verdict's reasons carry their reference numbers


@pytest.mark.ui
def test_sidebar_profile_form_is_there_and_defaults_are_said():
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
    assert vm.profile_from_form() is None
    p = vm.profile_from_form(age=30, sex="female", medicines=["levothyroxine"], other_mg=100)
    assert (p.age_years, p.sex, p.medicines, p.other_magnesium_mg) == (30.0, "female", ("levothyroxine",), 100.0)
    with pytest.raises(InputError):
        vm.profile_from_form(age=200)


def test_topical_product_has_no_band_and_says_why():
    r = audit_text("Magnesium Oil Spray\nEach spray provides 16 mg of magnesium (as magnesium chloride).\nFor external use only.\n")
    assert vm.band_rows(r)[1:] == []  # only the elemental row: nothing absorbed is charted
    assert "not taken by mouth" in vm.band_caption(r) and vm.kind_caption(r).startswith("Topical")
    assert vm.verdict_card(r).level is Level.UNSUITABLE


@pytest.mark.ui
def test_engine_choice_in_the_sidebar_reads_the_photo_with_that_engine(tesseract):
    """The sidebar's OCR engine choice is kept for the session and used for the next photo."""
    at = _app("app.py")
    choice = at.selectbox(key="ocr_engine")
    assert choice.index == 0 and list(choice.options) == ["Automatic", "RapidOCR (PP-OCR)", "Tesseract"]
    data = (IMAGES / "bisglycinate_clean.png").read_bytes()
    choice.select_index(2).run()  # Tesseract
    at.file_uploader(key="scan_file").set_value(("bisglycinate_clean.png", data, "image/png"))
    at.run()
    assert not at.exception
    assert at.metric[0].value == "200 mg"  # samples/expected.csv: 200 mg of magnesium
    assert any(c.startswith("OCR text (tesserocr") for c in _texts(at.caption)), _texts(at.caption)
    # the same photo with RapidOCR chosen (AppTest drops the sidebar from its tree after a rerun: set the state)
    at.session_state["ocr_engine"] = "RapidOCR (PP-OCR)"
    at.run()
    assert not at.exception
    assert at.metric[0].value == "200 mg"
    assert any(c.startswith("OCR text (rapidocr") for c in _texts(at.caption)), _texts(at.caption)


# -- History as a log, corrections as versions, one product from several inputs (issue 12) ---------------------


def _scan_text(text: str, name: str = "label.txt"):
    at = _app("views/scan.py")
    at.file_uploader(key="scan_file").set_value([(name, text.encode("utf-8"), "text/plain")])
    at.run()
    assert not at.exception
    return at


@pytest.mark.ui
def test_every_scan_is_a_history_entry_once_per_session():
    from auditor import history

    at = _scan_text(POLISH_TEXT, "polish.txt")
    at.run()  # a rerun (any widget) logs nothing new
    _scan_text(POLISH_TEXT, "polish.txt")  # scanning again in another session is another entry of the log
    entries = history.search("")
    assert [(e.name, e.verdict, e.kind) for e in entries] == [("polish.txt", "caution", "scan")] * 2


@pytest.mark.ui
def test_history_log_lists_entries_and_reopens_one_with_checks_references_and_json():
    from auditor import history

    _scan_text(POLISH_TEXT, "polish.txt")
    _scan_text(ELEMENTAL_TEXT, "bisglycinate.txt")
    at = _app("views/history.py")
    lines = [t for t in _texts(at.markdown) if t.startswith("**")]
    assert lines[0].startswith("**bisglycinate.txt · ✅ Suitable for sleep**") and lines[1].startswith("**polish.txt · ⚠️ Caution**")
    [polish] = history.search("polish")
    at.button(key=f"open_{polish.id}").click().run()
    assert not at.exception
    assert at.subheader[0].value == "polish.txt"
    assert at.warning[0].value.startswith("#### ⚠️ Caution")
    assert [m.value for m in at.metric] == ["444 mg", "444 mg", "≈ 67 mg", "118%"]
    assert any(t.startswith("- ❌ fail · **Elemental feasible**") for t in _texts(at.markdown))
    assert any(e.label.startswith("References (") for e in at.expander)
    assert "Fine KD et al. 1991" in _shown(at)
    [doc] = at.get("json")
    assert json.loads(doc.proto.body)["magnesium"]["elemental_mg"] == 444.0 and doc.proto.max_expand_depth == 2
    assert [b.label for b in at.get("download_button")] == ["Download audit (JSON)"]
    assert [c for c in _texts(at.main.caption) if "Not medical advice" in c] == [f"🩺 {vm.DISCLAIMER}"]
    assert "None" not in _shown(at)


@pytest.mark.ui
def test_history_search_rename_and_delete():
    from auditor import history

    _scan_text(POLISH_TEXT, "polish.txt")
    _scan_text(ELEMENTAL_TEXT, "bisglycinate.txt")
    at = _app("views/history.py")
    at.text_input(key="history_query").input("citrate").run()  # the label text of polish.txt says "citrate"
    assert [t.split(" · ")[0] for t in _texts(at.markdown) if t.startswith("**")] == ["**polish.txt"]
    at.text_input(key="history_query").input("no such words").run()
    assert _texts(at.info) == ["No match. Clear the search to see every entry."]
    [polish] = history.search("polish")
    at.text_input(key="history_query").input("").run()
    at.button(key=f"open_{polish.id}").click().run()
    at.text_input(key=f"name_{polish.id}").input("WeightWorld citrate")  # inside a form: sent with the submit
    next(b for b in at.button if b.label == "Rename").click().run()
    assert not at.exception
    assert [e.name for e in history.search("")] == ["bisglycinate.txt", "WeightWorld citrate"]
    at.button(key=f"delete_{polish.id}").click().run()
    assert not at.exception
    assert [e.name for e in history.search("")] == ["bisglycinate.txt"]
    assert [t.split(" · ")[0] for t in _texts(at.markdown) if t.startswith("**")] == ["**bisglycinate.txt"]  # back on the log


@pytest.mark.ui
def test_scan_correction_is_saved_as_a_new_version_and_history_shows_both():
    from auditor import history

    at = _scan_text(COMPOUND_TEXT, "compound.txt")
    key = sha256(COMPOUND_TEXT.encode("utf-8"))[:16]
    at.session_state[f"sources_{key}"] = {"edited_rows": {0: {"declared_mg": 1000}}, "added_rows": [], "deleted_rows": []}
    at.run()
    at.text_input(key=f"note_{key}").input("amount misread")
    next(b for b in at.button if b.label == "Save as version 2").click().run()
    assert not at.exception
    assert any(t.startswith("Saved in History as version 2: source 1 declared mg → 1000") for t in _texts(at.success))
    [entry] = history.search("")
    rec = history.get(entry.id)
    assert (rec.version, rec.result.elemental_mg) == (2, pytest.approx(141.0, abs=0.1))
    assert history.get(entry.id, version=1).result.elemental_mg == pytest.approx(70.5, abs=0.1)  # the chain is kept

    h = _app("views/history.py")
    assert "version 2 (corrected)" in next(t for t in _texts(h.markdown) if t.startswith("**compound.txt"))
    h.button(key=f"open_{entry.id}").click().run()
    assert h.metric[0].value == "141 mg"
    assert any("declared mg → 1000" in c for c in _texts(h.caption))
    h.selectbox(key=f"version_{entry.id}").set_value(1).run()
    assert not h.exception
    assert h.metric[0].value == "70.5 mg"
    assert "Corrections go on the newest version (2)." in _texts(h.caption)


@pytest.mark.ui
def test_scan_several_texts_as_one_product_with_provenance_and_conflicts():
    from auditor import history

    texts = [("front.txt", "front_glycinate"), ("panel.txt", "bisglycinate"), ("back.txt", "buffered_glycinate")]
    at = _app("views/scan.py")
    at.file_uploader(key="scan_file").set_value([(n, (TEXTS / f"{t}.txt").read_bytes(), "text/plain") for n, t in texts])
    at.run()
    assert not at.exception
    assert "**One product from 3 texts: front.txt, panel.txt, back.txt**" in _texts(at.markdown)
    where = next(t for t in _texts(at.markdown) if t.startswith("Where each value came from"))
    assert "- **Amount**: 140 mg — from text 1: front.txt" in where
    conflicts = [w for w in _texts(at.warning) if "gives 200 mg" in w]
    assert len(conflicts) == 2  # panel and back disagree with the front's 140 mg: shown, not hidden
    assert at.metric[0].value == "140 mg"
    [entry] = history.search("")
    assert (entry.kind, entry.inputs_count) == ("product", 3)  # one entry for the product, none per text


def test_log_line_version_label_and_correction_words():
    from auditor.store import HistoryEntry, HistoryVersion

    e = HistoryEntry(7, "2026-11-30T04:05:06.789+00:00", "2026-11-30T04:06:00.000+00:00", "front + panel", "product", None, "ab" * 32,
                     "auto", "p", 2, "ok", ("glycinate", "oxide"), 140.0, "caution", 3)
    line = vm.log_line(e)
    assert line.title == "front + panel · ⚠️ Caution"
    assert line.details == "2026-11-30 04:05 UTC · glycinate + oxide · 140 mg per serving · 3 photos, one product · version 2 (corrected)"
    v = HistoryVersion(2, "2026-11-30T04:06:00.000+00:00", "amount misread", ({"source_index": 0, "declared_mg": 250.0}, {"daily_servings": 2.0}), "ok", "suitable")
    assert vm.version_label(v) == "2 · 2026-11-30 04:06 UTC · corrected: amount misread"
    assert vm.correction_words(v.corrections) == "source 1 declared mg → 250; daily servings → 2"


@pytest.mark.ui
@pytest.mark.ocr
@pytest.mark.slow
def test_history_reopens_a_photo_with_its_boxes(tesseract):
    from auditor import history
    from auditor.audit import audit_bytes

    data = (IMAGES / "bisglycinate_clean.png").read_bytes()
    entry = history.record_scan(audit_bytes(data, "bisglycinate_clean.png", engine="tesseract"), photo=data, engine="tesseract")
    at = _app("views/history.py")
    at.button(key=f"open_{entry.id}").click().run()
    assert not at.exception
    assert len(at.get("image")) == 1
    assert any(c.startswith("Boxes: red: amount") for c in _texts(at.caption))


@pytest.mark.ui
def test_history_correction_saved_on_the_page_shows_the_new_version():
    from auditor import history

    _scan_text(COMPOUND_TEXT, "compound.txt")
    [entry] = history.search("")
    history.save_correction(entry.id, [{"source_index": 0, "declared_mg": 1000.0}])  # version 2
    at = _app("views/history.py")
    at.button(key=f"open_{entry.id}").click().run()
    assert at.selectbox(key=f"version_{entry.id}").value == 2 and at.metric[0].value == "141 mg"
    key = f"h{entry.id}v2"
    at.session_state[f"serving_{key}"] = {"edited_rows": {0: {"daily_servings": 2}}, "added_rows": [], "deleted_rows": []}
    at.run()
    next(b for b in at.button if b.label == "Save as version 3").click().run()
    assert not at.exception
    # the page now shows version 3 (not the version picked before), and says what was saved
    assert at.selectbox(key=f"version_{entry.id}").value == 3
    assert [m.value for m in at.metric][:2] == ["141 mg", "282 mg"]
    assert "Saved in History as version 3: daily servings → 2." in _texts(at.success)
    assert history.get(entry.id).version == 3
