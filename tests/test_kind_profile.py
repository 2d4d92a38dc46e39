"""Product kinds and populations a label declares (auditor.kind), and the person's limits (auditor.profile):
near-miss tables, values from the project's reference (sections 5-7)."""

from __future__ import annotations

import pytest

from auditor.kind import read_kind
from auditor.profile import ProfileError, assess, load_profile, match_medicine, profile_from_mapping, rda_for, ul_for_age

KINDS = [
    # (label text, kind, purposes, population)
    ("Drug Facts\nActive ingredient (in each tablet)\nMagnesium oxide 400 mg ..... Antacid", "otc_drug", ("antacid",), "adult"),
    ("Drug Facts\nMagnesium hydroxide 1200 mg ... Saline laxative/antacid", "otc_drug", ("laxative", "antacid"), "adult"),
    ("Active ingredient: Magnesium sulfate 100%\nPurpose: Saline laxative", "otc_drug", ("laxative",), "adult"),
    ("Magnesium citrate 200 mg. May have a laxative effect.\nSupplement Facts", "supplement", (), "adult"),
    ("Magnesium Oil Spray\nFor external use only.", "topical", (), "adult"),
    ("Magnesium Oil Spray. Absorbs fast with no laxative effect. Spray onto skin.", "topical", (), "adult"),
    ("Nutrition declaration per bar\nMagnesium 75 mg\nIngredients: oat flakes, magnesium citrate", "supplement", (), "adult"),
    ("Magnesium Oral Spray\nSupplement Facts\nSpray into the mouth.", "supplement", (), "adult"),
    ("Supplement Facts\nMagnesium 100 mg\nLemon balm 100 mg", "supplement", (), "adult"),
    ("Supplement Facts\nMagnesium 100 mg\nKeep out of reach of children. If pregnant or nursing, consult a doctor.", "supplement", (), "adult"),
    ("Supplement Facts\nMagnesium 100 mg\nNot for children under 4 years.", "supplement", (), "adult"),
    ("Supplement Facts\nMagnesium 250 mg\nAdults: 2 tablets daily. Children 4-12: 1 tablet daily.", "supplement", (), "adult"),
    ("Supplement Facts\nMagnesium 200 mg\nAdults and children 4 years and older: chew 2 gummies daily.", "supplement", (), "child_4_8"),
    ("Supplement Facts\nMagnesium 200 mg\nAdults and children 12 years and older: take 2 capsules daily.", "supplement", (), "adult"),
    ("Kids Magnesium Gummies\nSupplement Facts\nMagnesium 50 mg", "supplement", (), "child_4_8"),
    ("Kids Magnesium Gummies\nSupplement Facts\nMagnesium 50 mg\nAges 3+: chew 1 gummy.", "supplement", (), "child_1_3"),
    ("Supplement Facts\n% Daily Value for Children 1 through 3 Years of Age\nMagnesium 40 mg 50%", "supplement", (), "child_1_3"),
    ("Supplement Facts\n% Daily Value for Infants 7-12 Months\nMagnesium 15 mg 20%", "supplement", (), "infant"),
    ("Supplement Facts\n% Daily Value for Children 1–3 Years\nMagnesium 40 mg 50%", "supplement", (), "child_1_3"),
    ("Prenatal Multi\nSupplement Facts\nMagnesium 50 mg", "supplement", (), "pregnancy"),
    ("Supplement Facts\n% Daily Value for Pregnant and Lactating Women\nMagnesium 100 mg 25%", "supplement", (), "pregnancy"),
    # Drug Facts children's lines are dosing, not the product's population
    ("Drug Facts\nMagnesium hydroxide 1200 mg ... Saline laxative\nchildren 6 to 11 years: 15 mL to 30 mL", "otc_drug", ("laxative",), "adult"),
]


@pytest.mark.parametrize("text,kind,purposes,population", KINDS, ids=[f"{i}-{k[1]}-{k[3]}" for i, k in enumerate(KINDS)])
def test_read_kind(text, kind, purposes, population):
    k = read_kind(text)
    assert (k.kind, k.purposes, k.population) == (kind, purposes, population)
    assert k.evidence or (kind, population) == ("supplement", "adult")


@pytest.mark.parametrize("age,ul", [(0.5, None), (0.99, None), (1, 65), (3.9, 65), (4, 110), (8.9, 110), (9, 350), (70, 350)])
def test_ul_by_age(age, ul):
    # IOM 1997: no UL for infants, 65 mg at 1-3 y, 110 mg at 4-8 y, 350 mg from 9 y (supplements only)
    assert ul_for_age(age) == ul


@pytest.mark.parametrize("age,sex,pregnant,breastfeeding,low,high,kind", [
    (0.3, None, False, False, 30, 30, "AI"),
    (0.8, None, False, False, 75, 75, "AI"),
    (2, None, False, False, 80, 80, "RDA"),
    (6, None, False, False, 130, 130, "RDA"),
    (12, None, False, False, 240, 240, "RDA"),
    (16, "male", False, False, 410, 410, "RDA"),
    (16, "female", False, False, 360, 360, "RDA"),
    (25, "female", False, False, 310, 310, "RDA"),
    (25, None, False, False, 310, 400, "RDA"),
    (40, "male", False, False, 420, 420, "RDA"),
    (17, "female", True, False, 400, 400, "RDA"),
    (28, "female", True, False, 350, 350, "RDA"),
    (35, "female", True, False, 360, 360, "RDA"),
    (17, "female", False, True, 360, 360, "RDA"),
    (35, "female", False, True, 320, 320, "RDA"),
])
def test_rda_by_age_sex_and_stage(age, sex, pregnant, breastfeeding, low, high, kind):
    # NASEM DRI table (reference section 6)
    assert rda_for(age, sex, pregnant, breastfeeding) == (low, high, kind)


@pytest.mark.parametrize("name,mid", [
    ("Cipro", "ciprofloxacin"), ("ciprofloxacin 500 mg", "ciprofloxacin"), ("Levaquin", "levofloxacin"),
    ("doxycycline", "tetracycline"), ("Minocycline", "tetracycline"), ("FOSAMAX", "alendronate"), ("Boniva", "ibandronate"),
    ("Synthroid", "levothyroxine"), ("Tivicay", "dolutegravir"), ("Biktarvy", "bictegravir"), ("Isentress", "raltegravir"),
    ("Neurontin", "gabapentin"), ("omeprazole", "ppi"), ("Lasix", "loop_diuretic"), ("HCTZ", "thiazide"),
    ("spironolactone", "potassium_sparing"), ("Ambien", "sleep_medicine"), ("penicillamine", "penicillamine"),
])
def test_medicine_names_select_their_label_rows(name, mid):
    assert match_medicine(name)[0] == mid


@pytest.mark.parametrize("name", ["metformin", "aspirin", "pro", ""])
def test_unknown_medicines_match_nothing(name):
    assert match_medicine(name) is None


def test_interaction_lines_keep_the_order_and_the_unlisted():
    p = profile_from_mapping({"age": 50, "medicines": ["metformin", "moxifloxacin"]})
    personal = assess(p, "adult", 200.0)
    assert [i.id for i in personal.interactions] == ["unlisted", "moxifloxacin"]
    assert "4 hours before or 8 hours after" in personal.interactions[1].advice


def test_assess_totals_and_shares():
    # 200 mg product + 150 mg elsewhere = 350 = 100% of the 350 mg UL; woman of 25: RDA 310 -> 113%
    personal = assess(profile_from_mapping({"age": 25, "sex": "F", "other_magnesium_mg": 150}), "adult", 200.0)
    assert (personal.total_mg_per_day, personal.ul_percent, personal.rda_mg, personal.rda_percent) == (350.0, 100, 310.0, 113)
    assert not personal.defaults_used


def test_assess_without_profile_uses_the_label_population_then_adults():
    assert assess(None, "child_1_3", 50.0).ul_mg == 65 and assess(None, "child_1_3", 50.0).defaults_used
    adult = assess(None, "adult", 50.0)
    assert adult.ul_mg == 350 and adult.rda_range_mg == (310.0, 420.0) and adult.defaults_used


def test_kidney_from_egfr():
    assert assess(profile_from_mapping({"age": 70, "egfr": 29}), "adult", 100.0).kidney_disease
    assert not assess(profile_from_mapping({"age": 70, "egfr": 30}), "adult", 100.0).kidney_disease


def test_profile_file_errors(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("age = \n", encoding="utf-8")
    with pytest.raises(ProfileError, match="not valid TOML"):
        load_profile(bad)
    with pytest.raises(ProfileError, match="no such profile file"):
        load_profile(tmp_path / "missing.toml")
    with pytest.raises(ProfileError, match="unknown profile key"):
        profile_from_mapping({"weight": 70})
    with pytest.raises(ProfileError, match="sex must be"):
        profile_from_mapping({"sex": "other"})
    with pytest.raises(ProfileError, match="out of range"):
        profile_from_mapping({"age": 200})
    good = tmp_path / "me.toml"
    good.write_text('[profile]\nage = 40\nsex = "male"\nmedicines = "Cipro"\n', encoding="utf-8")
    p = load_profile(good)
    assert (p.age_years, p.sex, p.medicines) == (40.0, "male", ("Cipro",))
