"""The exact text printed on each sample label (samples/texts/*.txt) parses to the hand-checked values in
samples/expected.csv. This isolates the parser from OCR: the image tests measure OCR on the same labels."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from auditor import audit_text

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
ROWS = {r["product"]: r for r in csv.DictReader((SAMPLES / "expected.csv").open(encoding="utf-8")) if r["kind"] == "clean"}


@pytest.mark.parametrize("product", sorted(ROWS))
def test_sample_text(product):
    exp = ROWS[product]
    text = (SAMPLES / "texts" / f"{product}.txt").read_text(encoding="utf-8")
    r = audit_text(text)
    assert r.status.value == exp["status"]
    if exp["status"] != "ok":
        return
    forms = {f.value for s in r.facts.sources for f in (s.forms or (s.form,))}
    assert forms == set(exp["forms"].split(";"))
    if exp["elemental_mg"]:
        lo, hi = float(exp["elemental_mg_low"]), float(exp["elemental_mg_high"])
        assert lo * 0.98 <= r.elemental_mg <= hi * 1.02
    if exp["percent_dv"]:
        assert r.percent_dv == int(exp["percent_dv"])
    if exp["serving_count"]:
        assert r.facts.serving.count == float(exp["serving_count"])
        assert r.facts.serving.unit == exp["serving_unit"]
    if exp["servings_per_container"]:
        assert r.facts.serving.servings_per_container == int(exp["servings_per_container"])


def test_samples_are_many_and_documented():
    rows = list(csv.DictReader((SAMPLES / "expected.csv").open(encoding="utf-8")))
    assert len(rows) >= 30
    readme = (SAMPLES / "README.md").read_text(encoding="utf-8")
    for r in rows:
        assert (SAMPLES / r["file"]).is_file(), r["file"]
        assert Path(r["file"]).name in readme, r["file"]
