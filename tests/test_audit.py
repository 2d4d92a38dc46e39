"""audit.py composition: corrections, front-of-pack claims, checks and verdict reasons, provenance boxes."""

from __future__ import annotations

import pytest

from auditor import audit_facts, audit_text, correct
from auditor.errors import InputError
from auditor.models import Basis, Box, Level, MagnesiumForm, OcrText, Word
from auditor.report import source_boxes, to_dict

COMPOUND_ONLY = """Supplement Facts
Serving Size 2 Capsules
Magnesium Glycinate 500 mg †
Suggested use: take 2 capsules at bedtime.
"""


def test_correcting_the_amount_recomputes_everything():
    r = audit_text(COMPOUND_ONLY)
    assert r.facts.sources[0].basis is Basis.COMPOUND
    assert r.elemental_mg == pytest.approx(70.5, abs=0.1)  # 500 × 14.10%
    # the user says the label meant 500 mg of glycinate = elemental 200 mg: they edit basis and amount
    fixed = audit_facts(correct(r.facts, source_index=0, declared_mg=200, basis="elemental"))
    assert fixed.elemental_mg == 200.0
    assert fixed.facts.sources[0].compound_mg == pytest.approx(1418.8, abs=0.5)  # 200 / 0.14096
    assert fixed.verdict.level is Level.SUITABLE
    assert fixed.absorbed_mg.estimate > r.absorbed_mg.estimate


def test_correcting_the_form_changes_the_chemistry():
    r = audit_text(COMPOUND_ONLY)
    oxide = audit_facts(correct(r.facts, source_index=0, form="oxide"))
    assert oxide.elemental_mg == pytest.approx(301.5, abs=0.2)  # 500 × 60.30%
    assert oxide.verdict.level is Level.CAUTION
    assert any("oxide" in reason.lower() for reason in oxide.verdict.reasons)


def test_correcting_servings_a_day():
    r = audit_text(COMPOUND_ONLY)
    twice = audit_facts(correct(r.facts, daily_servings=2))
    assert twice.elemental_mg_per_day == pytest.approx(2 * 70.5, abs=0.2)
    assert twice.absorbed_mg_per_day.estimate == pytest.approx(2 * twice.absorbed_mg.estimate, abs=0.2)


@pytest.mark.parametrize("kwargs,msg", [({"source_index": 3, "declared_mg": 1}, "no magnesium source number 4"),
                                        ({"source_index": 0, "declared_mg": -5}, "negative"),
                                        ({"daily_servings": 0}, "more than zero")])
def test_bad_corrections_raise_typed_errors(kwargs, msg):
    r = audit_text(COMPOUND_ONLY)
    with pytest.raises(InputError, match=msg):
        correct(r.facts, **kwargs)


def test_front_of_pack_claim_is_not_added_to_the_panel():
    text = "MAGNESIUM GLYCINATE 500 mg\nSupplement Facts\nServing Size 2 Capsules\nMagnesium (as magnesium glycinate) 140 mg 33%\n"
    r = audit_text(text)
    assert r.elemental_mg == 140.0  # not 140 + 70.5
    assert len(r.facts.front_claims) == 1 and r.facts.front_claims[0].declared.mg == 500


def test_stimulant_makes_it_unsuitable_and_caffeine_free_does_not():
    base = "Supplement Facts\nServing Size 1 Scoop\nMagnesium (as magnesium citrate) 200 mg 48%\n"
    assert audit_text(base + "Caffeine (from green coffee bean) 100 mg\n").verdict.level is Level.UNSUITABLE
    assert audit_text(base + "Caffeine-free formula.\n").verdict.level is Level.SUITABLE


def test_high_zinc_is_a_caution():
    r = audit_text("Serving Size 1 Capsule\nMagnesium (as magnesium glycinate) 200 mg 48%\nZinc (as zinc citrate) 60 mg 545%\n")
    assert r.verdict.level is Level.CAUTION and any("zinc" in x for x in r.verdict.reasons)


def test_excipient_only_label_has_no_magnesium():
    r = audit_text("Supplement Facts\nVitamin D3 25 mcg 125%\nOther ingredients: rice flour, magnesium stearate.\n")
    assert r.status.value == "no_magnesium" and r.facts.sources == ()


def test_standing_notes_on_every_verdict():
    r = audit_text("Magnesium (as magnesium citrate) 200 mg 48%")
    notes = " ".join(r.verdict.notes)
    assert "Kidney" in notes and "antibiotic" in notes and "bisphosphonate" in notes
    assert r.verdict.rules_version


def test_boxes_point_at_the_words_of_each_value():
    text = "Magnesium (as magnesium citrate) 200 mg 48%"
    words, pos = [], 0
    for i, w in enumerate(text.split(" ")):
        start = text.index(w, pos)
        words.append(Word(w, (start, start + len(w)), Box(10 + 50 * i, 20, 40, 12), 95.0))
        pos = start + len(w)
    ocr = OcrText(text=text, words=tuple(words))
    r = audit_text(text, ocr=ocr)
    boxes = source_boxes(r, r.facts.sources[0])
    fields = {f for f, _ in boxes}
    assert {"amount", "form", "percent_dv"} <= fields
    amount_lefts = sorted(b.left for f, b in boxes if f == "amount")
    assert amount_lefts == [10 + 50 * 4, 10 + 50 * 5]  # the words "200" and "mg"
    assert to_dict(r)["magnesium"]["sources"][0]["boxes"]


def test_mixture_gives_compound_range_and_forms():
    r = audit_text("Magnesium (as magnesium oxide, magnesium glycinate) 300 mg 71%")
    s = r.facts.sources[0]
    assert s.forms == (MagnesiumForm.OXIDE, MagnesiumForm.GLYCINATE)
    lo, hi = s.compound_mg_range
    assert lo == pytest.approx(300 / 0.6030, rel=0.002) and hi == pytest.approx(300 / 0.1166, rel=0.002)
    assert {c.id: c.ok for c in r.checks}["not_buffered"] is False
