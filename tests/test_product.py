"""One product from several photos or texts (issue 12): merged facts with provenance, conflicts shown, one audit.

Label texts written here (a front naming the form, a panel with the amount, a back saying "buffered"), the real
three photos of one Polish product in ../shared/realdata read by the real OCR, and `scan --product` / `batch
--products` end to end. Values checked by hand in the comments.
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from auditor.audit import audit_path, audit_text
from auditor.errors import ExitCode
from auditor.models import MagnesiumForm
from auditor.product import audit_product, audit_product_files, from_contract, to_dict

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "realdata" / "supplement"

FRONT = "NIGHTWELL\nMAGNESIUM GLYCINATE\nSupports restful sleep*\n120 CAPSULES\n"
PANEL = """Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
Amount Per Serving  % Daily Value
Magnesium  200 mg  48%
Other ingredients: Hypromellose (capsule), rice flour.
"""
BACK = "Magnesium glycinate, buffered.\nSuggested use: Take 2 capsules daily at bedtime.\n"
PANEL_250 = """Supplement Facts
Serving Size 2 Capsules
Amount Per Serving  % Daily Value
Magnesium (as magnesium glycinate)  250 mg  60%
"""


def run_cli(*args: str, db: Path, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8", COLUMNS="200", AUDITOR_DB=str(db))
    return subprocess.run([sys.executable, "-m", "auditor", *args], capture_output=True, text=True, env=env, timeout=300, cwd=cwd)


def texts(**named: str):
    return [audit_text(t, input_name=f"{n}.txt") for n, t in named.items()]


def test_the_panel_alone_cannot_tell_the_form_and_never_learns_it_is_buffered():
    # "Magnesium 200 mg 48%" is the element (200 / 420 = 47.6% → 48%), but names no form: the band is the widest class
    (panel,) = texts(panel=PANEL)
    assert panel.elemental_mg == 200.0 and panel.facts.sources[0].form is MagnesiumForm.UNKNOWN
    assert "not_buffered" not in {c.id for c in panel.checks}


def test_front_names_the_form_panel_gives_the_amount_back_says_buffered():
    p = audit_product(texts(front=FRONT, panel=PANEL, back=BACK))
    r = p.result
    # the amount and %DV from the panel, the form from the front (and the back agrees), the serving from the panel
    # and the directions from the back, read against the panel's serving: 2 capsules daily = 1 serving of 2
    s = r.facts.sources[0]
    assert (s.form, s.declared.mg, s.basis.value, s.percent_dv) == (MagnesiumForm.GLYCINATE, 200.0, "elemental", 48)
    assert (r.elemental_mg, r.elemental_mg_per_day, r.facts.serving.count, r.facts.serving.daily_servings) == (200.0, 200.0, 2.0, 1.0)
    # 200 mg of a soluble salt at once: 41.8 × 200 / (72 + 200) + 0.07 × 200 = 44.7 mg, band × 0.6–1.4 = 26.8–62.6
    assert (r.absorbed_mg.low, r.absorbed_mg.estimate, r.absorbed_mg.high) == (26.8, 44.7, 62.6)
    prov = {(x.field, x.value): x.names for x in p.provenance}
    assert prov[("amount", "200 mg")] == ("panel.txt",)
    assert prov[("percent_dv", "48%")] == ("panel.txt",)
    assert prov[("form", "glycinate")] == ("front.txt", "back.txt")
    assert prov[("buffered", "buffered")] == ("back.txt",)
    assert prov[("serving", "2 Capsules")] == ("panel.txt",)
    assert prov[("directions", "1 a day")] == ("back.txt",)
    # the back's "buffered" is a fact of the product: the check fails, and the conflict with the panel is shown
    assert {c.id: c.ok for c in r.checks}["not_buffered"] is False
    assert r.verdict.level.value == "caution"
    [conflict] = p.conflicts
    assert conflict.field == "buffered" and conflict.used == "back.txt"
    assert conflict.message == ("back.txt says the magnesium is buffered (partly a cheaper, richer salt such as oxide), but "
                                "panel.txt names only glycinate; the audit treats the product as buffered.")
    assert conflict.message in r.warnings  # every front end that shows warnings shows it
    # without the back the same product passes: the verdict changed because of what the back photo says
    assert audit_product(texts(front=FRONT, panel=PANEL)).result.verdict.level.value == "suitable"


def test_two_different_amounts_are_a_conflict_and_the_first_panel_is_used():
    p = audit_product(texts(panel=PANEL, other=PANEL_250))
    assert p.result.elemental_mg == 200.0  # A before B: the first panel given
    [c] = p.conflicts
    assert c.field == "amount" and c.values == (("200 mg", "panel.txt"), ("250 mg", "other.txt")) and c.used == "panel.txt"
    assert c.message.startswith("other.txt gives 250 mg of magnesium per serving but panel.txt gives 200 mg")
    # the other order uses the other panel
    assert audit_product(texts(other=PANEL_250, panel=PANEL)).result.elemental_mg == 250.0


def test_an_unreadable_input_is_a_conflict_not_the_end_of_the_product():
    p = audit_product_files([(PANEL.encode(), "panel.txt"), (b"", "empty.txt"), (FRONT.encode(), "front.txt")])
    assert p.names == ("panel.txt", "empty.txt", "front.txt")
    assert p.inputs[1].status.value == "error" and p.result.elemental_mg == 200.0
    [c] = [c for c in p.conflicts if c.field == "input"]
    assert c.message == "empty.txt could not be read (the text is empty; there is no label to read); the product is judged without it."


def test_contract_has_provenance_and_reads_back_the_same():
    p = audit_product(texts(front=FRONT, panel=PANEL, back=BACK), name="Nightwell")
    d = json.loads(json.dumps(to_dict(p)))
    assert d["product_name"] == "Nightwell" and [i["name"] for i in d["inputs"]] == ["front.txt", "panel.txt", "back.txt"]
    src = d["magnesium"]["sources"][0]
    assert (src["input"], src["form_input"]) == ("panel.txt", "front.txt")
    assert {"field": "buffered", "value": "buffered", "inputs": ["back.txt"], "positions": [2], "raw": "", "source_index": None} in d["provenance"]
    again = from_contract(d, texts=[r.facts.text for r in p.inputs])
    assert to_dict(again) == d
    assert again.result.facts.text == p.result.facts.text  # so the merged spans still point at their words


def test_scan_product_cli_prints_provenance_and_conflicts_and_logs_one_entry(tmp_path):
    for name, t in (("front.txt", FRONT), ("panel.txt", PANEL), ("back.txt", BACK)):
        (tmp_path / name).write_text(t, encoding="utf-8")
    db = tmp_path / "a.db"
    files = [str(tmp_path / n) for n in ("front.txt", "panel.txt", "back.txt")]
    r = run_cli("scan", "--product", *files, "--name", "Nightwell", db=db)
    assert r.returncode == 0, r.stderr
    assert "Product: Nightwell (3 inputs)" in r.stdout and "Where each value came from" in r.stdout
    assert "conflict (buffered): back.txt says the magnesium is buffered" in r.stdout
    assert "FAIL not_buffered" in r.stdout and "Sleep verdict: CAUTION" in r.stdout
    out = json.loads(run_cli("scan", "--product", *files, "--json", db=db).stdout)
    assert out["magnesium"]["elemental_mg"] == 200.0 and [c["field"] for c in out["conflicts"]] == ["buffered"]
    hist = json.loads(run_cli("history", "--json", db=db).stdout)
    assert [(h["kind"], h["inputs"]) for h in hist] == [("product", 3), ("product", 3)]
    # newest first: the run without --name is called by its files' stems (they share no common stem)
    assert hist[1]["name"] == "Nightwell" and hist[0]["name"] == "front + panel + back"
    shown = run_cli("show", str(hist[1]["id"]), db=db)
    assert shown.returncode == 0 and "conflict (buffered)" in shown.stdout and "input 3: back.txt · label text" in shown.stdout
    # --name without --product is a usage error
    assert run_cli("scan", files[0], "--name", "x", db=db).returncode == ExitCode.USAGE


def test_scan_product_with_no_readable_input_exits_with_the_inputs_error(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    r = run_cli("scan", "--product", str(tmp_path / "a.txt"), str(tmp_path / "missing.txt"), db=tmp_path / "a.db")
    assert r.returncode == ExitCode.INPUT_ERROR
    assert r.stderr.startswith("auditor: error: none of the photos or texts could be read: a.txt: the text is empty")
    assert "Traceback" not in r.stderr


def test_batch_products_one_row_per_folder_cached_on_rerun(tmp_path):
    folder = tmp_path / "labels"
    (folder / "nightwell").mkdir(parents=True)
    (folder / "two_panels").mkdir()
    for name, t in (("1_front.txt", FRONT), ("2_panel.txt", PANEL), ("3_back.txt", BACK)):
        (folder / "nightwell" / name).write_text(t, encoding="utf-8")
    (folder / "two_panels" / "a.txt").write_text(PANEL, encoding="utf-8")
    (folder / "two_panels" / "b.txt").write_text(PANEL_250, encoding="utf-8")
    (folder / "single.txt").write_text(PANEL_250, encoding="utf-8")
    db, out = tmp_path / "a.db", tmp_path / "r.csv"
    r = run_cli("batch", str(folder), "--products", "--workers", "1", "--out", str(out), db=db)
    assert r.returncode == 0, r.stderr
    with out.open(encoding="utf-8", newline="") as f:
        rows = {row["file"]: row for row in csv.DictReader(f)}
    assert list(rows) == ["nightwell/", "single.txt", "two_panels/"]
    n = rows["nightwell/"]
    assert (n["status"], n["forms"], n["elemental_mg"], n["verdict"], n["check_failures"]) == ("ok", "glycinate", "200", "caution", "not_buffered")
    assert n["inputs"] == "1_front.txt | 2_panel.txt | 3_back.txt" and n["conflicts"].startswith("3_back.txt says the magnesium is buffered")
    assert rows["two_panels/"]["elemental_mg"] == "200" and "b.txt gives 250 mg" in rows["two_panels/"]["conflicts"]
    assert rows["single.txt"]["elemental_mg"] == "250" and rows["single.txt"]["inputs"] == ""
    with sqlite3.connect(db) as con:
        kinds = sorted(k for (k,) in con.execute("SELECT kind FROM entries"))
    assert kinds == ["batch"] * 6 + ["product"] * 2  # every file audited, and each product merged, logged once
    r = run_cli("batch", str(folder), "--products", "--workers", "1", "--out", str(out), db=db)
    assert r.returncode == 0 and "3 files" in r.stdout and "3 from the store" in r.stdout, r.stdout
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM entries").fetchone()[0] == 8  # a rerun logs nothing new


# -- real photos, real OCR --------------------------------------------------------------------------------------


@pytest.mark.ocr
@pytest.mark.slow
def test_real_polish_citrate_three_photos_learn_it_is_buffered(realdata):
    # WeightWorld "Cytrynian magnezu" (realdata README): the front names the citrate, the nutrition table gives
    # 444 mg of magnesium from 1,480 mg of citrate at 118% NRV (444 / 375), the back label says "buforowany (30%)"
    photos = [REAL / f"luxaura__weightworld_cytrynian_magnezu_PL_{s}.jpg" for s in ("front", "nutrition_table", "back_label_text")]
    p = audit_product_files([(x.read_bytes(), x.name) for x in photos])
    r = p.result
    assert p.name == "luxaura__weightworld_cytrynian_magnezu_PL"
    assert (r.elemental_mg, r.percent_dv, r.facts.sources[0].form) == (444.0, 118, MagnesiumForm.CITRATE)
    assert {x.field: x.names for x in p.provenance}["buffered"] == ("luxaura__weightworld_cytrynian_magnezu_PL_back_label_text.jpg",)
    failed = {c.id for c in r.checks if c.ok is False}
    assert {"not_buffered", "elemental_feasible"} <= failed
    assert [c.field for c in p.conflicts] == ["buffered"]
    # the table alone is infeasible but says nothing of buffering; only the back photo tells
    table = audit_path(photos[1])
    assert "not_buffered" not in {c.id for c in table.checks if c.ok is False}


@pytest.mark.ocr
def test_real_front_and_panel_agree_on_the_form(realdata):
    photos = [REAL / "luxaura__pure_encapsulations_mg_glycinate_front.png",
              REAL / "buberdev__pure_encapsulations_mg_glycinate_supplement_facts.jpg"]
    p = audit_product_files([(x.read_bytes(), x.name) for x in photos])
    # the panel: "Magnesium (as magnesium glycinate) 120 mg 29%" (120 / 420 = 28.6%), 1 capsule
    assert (p.result.elemental_mg, p.result.percent_dv, p.result.facts.serving.count) == (120.0, 29, 1.0)
    prov = {x.field: x.names for x in p.provenance}
    assert prov["amount"] == (photos[1].name,) and prov["form"] == (photos[1].name, photos[0].name)
    assert p.conflicts == ()


def test_a_product_in_history_reopens_with_its_inputs_and_takes_corrections(tmp_path):
    from auditor import history
    from auditor.store import Store

    p = audit_product(texts(front=FRONT, panel=PANEL, back=BACK), name="Nightwell")
    with Store(tmp_path / "a.db") as store:
        entry = history.record_product(p, store=store)
        rec = history.get(entry.id, store=store)
        assert rec.entry.kind == "product" and rec.product.names == ("front.txt", "panel.txt", "back.txt")
        assert rec.result.elemental_mg == 200.0 and [c.field for c in rec.product.conflicts] == ["buffered"]
        assert rec.inputs[1].text == PANEL  # each input's own text, for its spans and for recomputing
        # the amount re-read from the bottle: the product is merged again from the three texts, then corrected
        rec = history.save_correction(entry.id, [{"source_index": 0, "declared_mg": 150}], store=store)
        assert rec.version == 2 and rec.result.elemental_mg == 150.0
        assert rec.product.corrections == ({"source_index": 0, "declared_mg": 150},)
        assert [c.field for c in rec.product.conflicts] == ["buffered"]  # still shown
        assert {c.id: c.ok for c in rec.result.checks}["not_buffered"] is False


def test_a_form_only_another_photo_names_is_counted_so_the_checks_see_it():
    # seen on the page: front_glycinate's panel names only glycinate (140 mg), the
    # buffered panel names "magnesium glycinate, magnesium oxide"; the oxide it adds must reach not_buffered
    p = audit_product([audit_path(ROOT / "samples" / "texts" / f"{n}.txt") for n in ("front_glycinate", "buffered_glycinate")])
    assert p.result.elemental_mg == 140.0  # the first panel's amount
    assert [c.field for c in p.conflicts] == ["amount", "form"]
    checks = {c.id: c for c in p.result.checks}
    assert checks["not_buffered"].ok is False and "magnesium oxide" in checks["not_buffered"].message
