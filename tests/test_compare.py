"""compare.py on sample label texts, numbers checked by hand; and `auditor compare` from files and hashes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from auditor.compare import compare, load_contract
from auditor.errors import ExitCode, InputError, StoreNotFoundError
from auditor.models import Level
from auditor.store import Store

TEXTS = Path(__file__).resolve().parent.parent / "samples" / "texts"


def run_cli(*args: str, db: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8", COLUMNS="200", AUDITOR_DB=str(db))
    return subprocess.run([sys.executable, "-m", "auditor", *args], capture_output=True, text=True, env=env, timeout=60)


def contract(name: str) -> dict:
    return load_contract(str(TEXTS / name))


def test_bisglycinate_vs_glycinate_compound_by_hand():
    # A: "Magnesium (as magnesium bisglycinate chelate) 200 mg", 2 capsules a serving, one serving a day.
    # B: "Magnesium Glycinate 500 mg" is the compound weight. Mg(C2H4NO2)2: 24.305 + 2 × 74.059 = 172.423 g/mol,
    #    so 500 × 24.305 / 172.423 = 70.48 → 70.5 mg of magnesium a serving, one serving a day.
    # Servings for 200 / 400 mg: A 200/200 = 1.00, 400/200 = 2.00; B 200/70.5 = 2.84, 400/70.5 = 5.67.
    # Cost, $20 for 120 capsules vs $15 for 120: both 120 / 2 = 60 servings.
    #   A: 20/60 = $0.3333 a serving; per 100 mg 0.3333/200×100 = $0.1667; per absorbed mg 0.3333/44.7 = $0.0075.
    #   B: 15/60 = $0.25 a serving; per 100 mg 0.25/70.5×100 = $0.3546; per absorbed mg 0.25/25.6 = $0.0098.
    c = compare(contract("bisglycinate.txt"), contract("glycinate_compound.txt"), price_a=20, count_a=120, price_b=15, count_b=120)
    a, b = c.a, c.b
    assert a.forms == ("glycinate",) and b.forms == ("glycinate",)
    assert (a.elemental_mg_per_serving, a.elemental_mg_per_day) == (200.0, 200.0)
    assert (b.elemental_mg_per_serving, b.elemental_mg_per_day) == (70.5, 70.5)
    assert a.absorbed_mg_per_day.estimate == 44.7 and b.absorbed_mg_per_day.estimate == 25.6
    assert (a.servings_for_200_mg, a.servings_for_400_mg) == (1.0, 2.0)
    assert (b.servings_for_200_mg, b.servings_for_400_mg) == (2.84, 5.67)
    assert a.servings_per_bottle == b.servings_per_bottle == 60
    assert a.cost_per_100_mg_elemental_usd == pytest.approx(0.1667, abs=1e-4)
    assert b.cost_per_100_mg_elemental_usd == pytest.approx(0.3546, abs=1e-4)
    assert a.cost_per_absorbed_mg_usd == pytest.approx(0.0075, abs=1e-4)
    assert b.cost_per_absorbed_mg_usd == pytest.approx(0.0098, abs=1e-4)
    assert (a.verdict_level, b.verdict_level) == (Level.SUITABLE, Level.CAUTION)
    assert b.failed_checks == ("elemental_declared",) and a.failed_checks == ()
    assert c.better == "a" and c.decided_by == "verdict"
    assert c.conclusion.startswith("bisglycinate.txt suits sleep better: its verdict is suitable, the other's is caution")


def test_same_verdict_and_overlapping_bands_is_no_clear_difference():
    # issue 12: both suitable, chloride 120 mg a day, bisglycinate 200 mg, both under the 250–350 mg window. Their
    # absorbed bands a day: chloride 20.7–48.3 (width 27.6), bisglycinate 26.8–62.6. They share 48.3 − 26.8 = 21.5 mg,
    # 21.5 / 27.6 = 78% of the narrower band: more than half, so the 34.5 vs 44.7 mg point estimates name no winner.
    c = compare(contract("chloride.txt"), contract("bisglycinate.txt"))
    assert (c.better, c.decided_by) == (None, "no_clear_difference")
    assert c.absorbed_overlap == pytest.approx(21.5 / 27.6, abs=1e-3)
    assert c.conclusion.startswith(
        "No clear difference for sleep between chloride.txt and bisglycinate.txt: same verdict (suitable), and their absorbed "
        "bands overlap (20.7–48.3 vs 26.8–62.6 mg a day; 78% of the narrower band is shared)."
    )
    assert c.prices_missing and "--price" not in c.conclusion  # the front end says how to give prices, not the record
    # citrate 300 mg is inside 250–350, bisglycinate 200 mg is not: the window still decides
    c = compare(contract("citrate.txt"), contract("bisglycinate.txt"))
    assert (c.better, c.decided_by) == ("a", "dose")
    assert "300 mg a day is within the 250–350 mg sleep window (this tool's judgement from the sleep trials), 200 mg is not" in c.conclusion


CITRATE_COMPOUND = """Supplement Facts
Serving Size 1 Tablet
Amount Per Serving
Magnesium Citrate 1500 mg
Suggested use: Take 1 tablet daily.
"""


def test_bands_sharing_less_than_half_decide_by_dose(tmp_path):
    # both caution (each declares only the compound). B: 1,500 mg trimagnesium dicitrate × 16.16% (3 × 24.305 / 451.1)
    # = 242.5 mg of magnesium, under the window like A's 70.5 mg. Absorbed (Fine 1991 curve, absorption.toml):
    # 41.8 × 242.5 / (72 + 242.5) + 0.07 × 242.5 = 49.2 mg, band × 0.6–1.4 = 29.5–68.9. A: 15.4–35.9 (width 20.5).
    # Shared: 35.9 − 29.5 = 6.4 mg = 31% of the narrower band, under half: B absorbs clearly more.
    p = tmp_path / "citrate_compound.txt"
    p.write_text(CITRATE_COMPOUND, encoding="utf-8")
    c = compare(contract("glycinate_compound.txt"), load_contract(str(p)))
    assert c.b.absorbed_mg_per_day.estimate == 49.2 and (c.b.absorbed_mg_per_day.low, c.b.absorbed_mg_per_day.high) == (29.5, 68.9)
    assert (c.better, c.decided_by) == ("b", "dose")
    assert c.absorbed_overlap == pytest.approx(6.4 / 20.5, abs=1e-3)
    assert ("both are caution; an estimated 49.2 mg absorbed a day (29.5–68.9) vs 25.6 mg (15.4–35.9); the bands share "
            "only 31% of the narrower one") in c.conclusion


def test_cost_is_shown_beside_the_winner_and_withheld_for_an_infeasible_claim():
    # A: bisglycinate, $20 for 120 capsules, 2 a serving → 60 servings, $0.3333 a serving / 44.7 mg absorbed = $0.0075.
    # B: the Polish citrate claims 444 mg from 1,480 mg of citrate (at most 239 mg): elemental_feasible fails, so no
    # cost per mg is computed from its 444 mg, whatever its price.
    c = compare(contract("bisglycinate.txt"), contract("polish_citrate.txt"), price_a=20, count_a=120, price_b=15, count_b=60)
    assert c.better == "a" and c.decided_by == "verdict"
    assert c.b.claim_infeasible and c.b.cost_per_absorbed_mg_usd is None and c.b.cost_per_100_mg_elemental_usd is None
    assert c.b.cost_per_serving_usd == pytest.approx(0.5)  # 60 capsules / 2 = 30 servings; $15 / 30: still true
    assert c.b.cost_note.startswith("cost per mg withheld: the label claims more magnesium than its compound can hold")
    assert c.conclusion.endswith("Cost: $0.0075 per absorbed mg.")
    # the infeasible product winning (over an unsuitable one) says why its cost is not shown
    c = compare(contract("polish_citrate.txt"), contract("energy_stimulant.txt"), price_a=15, count_a=60, price_b=10, count_b=60)
    assert c.better == "a" and c.conclusion.endswith("Its cost per mg withheld: the label claims more magnesium than its "
                                                     "compound can hold (check elemental_feasible), so a price per mg of it means nothing.")


def test_a_stays_before_b_whichever_wins():
    ab = compare(contract("glycinate_compound.txt"), contract("bisglycinate.txt"))
    ba = compare(contract("bisglycinate.txt"), contract("glycinate_compound.txt"))
    assert (ab.a.name, ab.b.name, ab.better) == ("glycinate_compound.txt", "bisglycinate.txt", "b")
    assert (ba.a.name, ba.b.name, ba.better) == ("bisglycinate.txt", "glycinate_compound.txt", "a")


@pytest.mark.parametrize("x,y,share", [
    ((10, 20, 30), (25, 30, 35), 0.5),   # shared 25–30 = 5 of the narrower width 10
    ((10, 20, 30), (31, 35, 40), 0.0),   # apart
    ((10, 20, 30), (0, 20, 100), 1.0),   # one inside the other
    ((20, 20, 20), (10, 15, 30), 1.0),   # a point inside a band
    ((40, 40, 40), (10, 15, 30), 0.0),   # a point outside it
])
def test_band_overlap_by_hand(x, y, share):
    from auditor.compare import band_overlap
    from auditor.models import Band

    assert band_overlap(Band(*x), Band(*y)) == pytest.approx(share)
    assert band_overlap(Band(*y), Band(*x)) == pytest.approx(share)


def test_same_product_is_equivalent_unless_prices_differ():
    d = contract("bisglycinate.txt")
    c = compare(d, d)
    assert c.better is None and c.decided_by == "no_clear_difference"
    assert c.conclusion.startswith("No clear difference for sleep between A (bisglycinate.txt) and B (bisglycinate.txt): same verdict (suitable)")
    # same label at half the price: $10 / 60 servings / 44.7 mg = $0.0037 vs $0.0075 per absorbed mg
    c = compare(d, d, price_a=20, count_a=120, price_b=10, count_b=120)
    assert (c.better, c.decided_by) == ("b", "cost") and "$0.0037 per absorbed mg vs $0.0075" in c.conclusion


def test_bad_prices_are_input_errors():
    d = contract("bisglycinate.txt")
    with pytest.raises(InputError, match="positive"):
        compare(d, d, price_a=-1, count_a=10)


def test_load_contract_from_store_hash(tmp_path):
    with Store(tmp_path / "a.db") as store:
        d = load_contract(str(TEXTS / "oxide.txt"), store=store)
        assert store.misses == 1
        assert load_contract(str(TEXTS / "oxide.txt"), store=store) == d and store.hits == 1
        assert load_contract(d["sha256"][:8], store=store) == d
        with pytest.raises(StoreNotFoundError):
            load_contract("feedface99", store=store)
    with pytest.raises(StoreNotFoundError, match="--no-cache"):
        load_contract("feedface99")


def test_compare_cli_json_table_and_usage(tmp_path):
    db = tmp_path / "a.db"
    a = tmp_path / "a.txt"
    shutil.copy(TEXTS / "bisglycinate.txt", a)
    r = run_cli("compare", str(a), str(TEXTS / "glycinate_compound.txt"), "--price-a", "20", "--count-a", "120", "--json", db=db)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["better"] == "a" and out["a"]["elemental_mg_per_day"] == 200.0 and out["b"]["elemental_mg_per_serving"] == 70.5
    assert out["a"]["absorbed_mg_per_day"] == {"low": 26.8, "estimate": 44.7, "high": 62.6}
    assert out["b"]["cost_per_absorbed_mg_usd"] is None
    # B by hash prefix from the store, as a rich table
    sha_b = out["b"]["sha256"]
    r = run_cli("compare", str(a), sha_b[:10], db=db)
    assert r.returncode == 0, r.stderr
    assert "servings for 400 mg" in r.stdout and "5.67" in r.stdout and "a.txt suits sleep better" in r.stdout
    r = run_cli("compare", str(a), str(a), "--price-a", "20", db=db)
    assert r.returncode == ExitCode.USAGE and "give both --price-a and --count-a" in r.stderr
    r = run_cli("compare", str(a), "0123456789", db=db)
    assert r.returncode == ExitCode.NOT_FOUND
