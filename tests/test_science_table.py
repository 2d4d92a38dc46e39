"""The review table of science cases (tests/data/science_cases.toml, issue 10): product kinds, populations,
hydrates, directions, profiles, interactions and printed statements, each with its hand calculation.

Also: every reason, check and note of every case cites sources that exist in data/sources.toml.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from auditor import audit_text
from auditor.models import Level
from auditor.profile import profile_from_mapping
from auditor.report import to_dict
from auditor.tables import knowledge_sources

TABLE = tomllib.loads((Path(__file__).parent / "data" / "science_cases.toml").read_text(encoding="utf-8"))["case"]

def _audit(case):
    profile = profile_from_mapping(case["profile"]) if "profile" in case else None
    return audit_text(case["text"], profile=profile)


def _said(r) -> str:
    parts = list(r.verdict.reasons) + list(r.verdict.notes)
    if r.personal is not None:
        parts += [i.advice for i in r.personal.interactions]
    return " | ".join(parts).lower()


@pytest.mark.parametrize("case", TABLE, ids=[c["id"] for c in TABLE])
def test_science_case(case):
    r = _audit(case)
    why = case["why"]
    assert r.status.value == case.get("status", "ok"), why
    f = r.facts
    if "kind" in case:
        assert f.kind == case["kind"], why
    if "population" in case:
        assert f.population == case["population"], why
    if "elemental_mg" in case:
        assert r.elemental_mg == pytest.approx(case["elemental_mg"], abs=0.15), why
    if "elemental_mg_per_day" in case:
        assert r.elemental_mg_per_day == pytest.approx(case["elemental_mg_per_day"], abs=0.5), why
    if "per_day_range" in case:
        lo, hi = case["per_day_range"]
        assert r.elemental_mg_per_day_range == (pytest.approx(lo, abs=0.5), pytest.approx(hi, abs=0.5)), why
    if "daily_servings" in case:
        assert f.serving.daily_servings == pytest.approx(case["daily_servings"]), why
    if "absorbed" in case:
        assert (r.absorbed_mg is not None) == case["absorbed"], why
    if "verdict" in case:
        assert r.verdict.level.value == case["verdict"], f"{why} — reasons: {r.verdict.reasons}"
    checks = {c.id: c.ok for c in r.checks}
    for cid in case.get("failed_checks", []):
        assert checks.get(cid) is False, f"{cid} should fail: {why} — got {checks}"
    for cid in case.get("passed_checks", []):
        assert checks.get(cid) is True, f"{cid} should pass: {why} — got {checks}"
    reasons = " | ".join(r.verdict.reasons).lower()
    for words in case.get("reason_contains", []):
        assert words.lower() in reasons, f"{words!r} not in reasons: {why} — {r.verdict.reasons}"
    said = _said(r)
    for words in case.get("said_contains", []):
        assert words.lower() in said, f"{words!r} not said: {why} — {said}"
    said_and_warned = said + " | " + " | ".join(r.warnings).lower()
    for words in case.get("said_absent", []):
        assert words.lower() not in said_and_warned, f"{words!r} should not be said: {why}"
    for words in case.get("warning_contains", []):
        assert any(words.lower() in w.lower() for w in r.warnings), f"{words!r} not in warnings: {why} — {r.warnings}"
    if "ul_mg" in case:
        assert (r.personal.ul_mg or 0) == case["ul_mg"], why
    if "rda_mg" in case:
        assert r.personal.rda_mg == case["rda_mg"], why
    if "interactions" in case:
        assert [i.id for i in r.personal.interactions] == case["interactions"], why


@pytest.mark.parametrize("case", TABLE, ids=[c["id"] for c in TABLE])
def test_every_claim_is_sourced(case):
    r = _audit(case)
    known = knowledge_sources()
    v = r.verdict
    assert len(v.reason_sources) == len(v.reasons) and len(v.note_sources) == len(v.notes)
    for text, ids in zip((*v.reasons, *v.notes), (*v.reason_sources, *v.note_sources)):
        assert ids and all(i in known for i in ids), f"unsourced claim: {text} {ids}"
    for c in r.checks:
        assert c.sources and all(i in known for i in c.sources), f"unsourced check {c.id}"
    d = to_dict(r)
    listed = {s["id"] for s in d["sources"]}
    cited = {i for ids in d["verdict"]["reason_sources"] + d["verdict"]["note_sources"] for i in ids}
    assert cited <= listed
    assert [s["n"] for s in d["sources"]] == list(range(1, len(d["sources"]) + 1))
    if r.absorbed_mg is not None:
        assert "fine1991" in d["magnesium"]["absorbed_basis"]["sources"] and "Fine 1991" in d["magnesium"]["absorbed_basis"]["text"]


def test_table_is_large_and_covers_every_area():
    assert len(TABLE) >= 60
    assert len({c["id"] for c in TABLE}) == len(TABLE)
    areas = {c["area"] for c in TABLE}
    assert areas == {"hydrates", "kinds", "populations", "directions", "profiles", "interactions", "statements"}
    assert all(c.get("why") for c in TABLE)


def test_levels_are_known():
    assert {c["verdict"] for c in TABLE if "verdict" in c} <= {lv.value for lv in Level}


@pytest.mark.parametrize("text", [
    "Supplement Facts\nVitamin D3 25 mcg\nZinc 10 mg",  # no magnesium: the unknown verdict is sourced too
    "Magnesium glycinate",  # a form and no amount
    "Supplement Facts\nMagnesium (as citrate) 200 mg 48%\nMelatonin 3 mg\nTake 1 capsule at bedtime.",
])
def test_claims_of_edge_labels_are_sourced(text):
    r = audit_text(text)
    known = knowledge_sources()
    v = r.verdict
    for claim, ids in zip((*v.reasons, *v.notes), (*v.reason_sources, *v.note_sources)):
        assert ids and all(i in known for i in ids), claim
