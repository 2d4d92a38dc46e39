"""The hand-checked tables of real-shaped label texts (tests/data/label_texts*.toml): parse + audit each one.

Keys left out of an entry are not asserted (see the file's entries: each carries its hand arithmetic in `why`).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from auditor import audit_text

TABLE = [
    case
    for name in ("label_texts.toml", "label_texts_more.toml", "label_texts_third.toml", "label_texts_fourth.toml", "label_texts_fifth.toml", "label_texts_sixth.toml")
    for case in tomllib.loads((Path(__file__).parent / "data" / name).read_text(encoding="utf-8"))["label"]
]


@pytest.mark.parametrize("case", TABLE, ids=[c["id"] for c in TABLE])
def test_label_text(case):
    r = audit_text(case["text"])
    facts = r.facts
    why = case.get("why", "")
    assert r.status.value == case["status"], why
    forms = {f.value for s in facts.sources for f in (s.forms or (s.form,))} if r.status.value == "ok" else set()
    if "forms" in case:
        assert forms == set(case["forms"]), why
    if "elemental_mg" in case:
        assert r.elemental_mg is not None, why
        assert r.elemental_mg == pytest.approx(case["elemental_mg"], rel=0.02, abs=0.15), why
    if "elemental_mg_range" in case:
        lo, hi = case["elemental_mg_range"]
        got = r.elemental_mg_range
        assert got is not None, why
        assert got[0] == pytest.approx(lo, rel=0.02, abs=0.15) and got[1] == pytest.approx(hi, rel=0.02, abs=0.15), why
    if "basis" in case:
        counted = [s for s in facts.sources if s.declared is not None]
        assert counted and counted[0].basis.value == case["basis"], why
    if "percent_dv" in case:
        assert r.percent_dv == case["percent_dv"], why
    if "serving_count" in case:
        assert facts.serving.count == case["serving_count"], why
    if "serving_unit" in case:
        assert facts.serving.unit == case["serving_unit"], why
    if "servings_per_container" in case:
        assert facts.serving.servings_per_container == case["servings_per_container"], why
    if "daily_servings" in case:
        assert facts.serving.daily_servings == pytest.approx(case["daily_servings"]), why
    checks = {c.id: c.ok for c in r.checks}
    for cid in case.get("failed_checks", []):
        assert checks.get(cid) is False, f"{cid} should fail: {why} — got {checks}"
    for cid in case.get("passed_checks", []):
        assert checks.get(cid) is True, f"{cid} should pass: {why} — got {checks}"
    if "verdict" in case:
        assert r.verdict.level.value == case["verdict"], f"{why} — reasons: {r.verdict.reasons}"


def test_table_is_large_and_varied():
    assert len(TABLE) >= 60
    assert len({c["id"] for c in TABLE}) == len(TABLE)
    assert sum(c["status"] == "no_magnesium" for c in TABLE) >= 8
