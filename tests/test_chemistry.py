"""Chemistry: Mg fractions computed from formulas agree with published figures; conversions are consistent."""

from __future__ import annotations

import pytest

from auditor import chemistry
from auditor.errors import UnknownFormError
from auditor.models import MagnesiumForm as F
from auditor.tables import form_info, forms

# Published Mg mass fractions (%), from the project's reference (Molecules 2020 Table 3; Jungbunzlauer; EFSA; SmPC).
PUBLISHED = [
    (F.OXIDE, None, 60.3),
    (F.CITRATE, None, 16.2),  # trimagnesium dicitrate, anhydrous
    (F.GLYCINATE, None, 14.1),  # bisglycinate
    (F.THREONATE, None, 8.25),  # EFSA: 3000 mg ≈ 250 mg
    (F.HYDROXIDE, None, 41.7),
    (F.CARBONATE, None, 28.8),
    (F.CHLORIDE, None, 12.0),  # the hexahydrate: supplements use it (Slow-Mag: 535 mg = 64 mg Mg) — issue 10
    (F.CHLORIDE, "anhydrous", 25.5),
    (F.SULFATE, None, 20.2),
    (F.LACTATE, None, 12.0),  # SmPC 404.85 mg lactate = 48.62 mg Mg
    (F.TAURATE, None, 8.9),
    (F.ACETYL_TAURATE, None, 6.8),  # Mg(C4H8NO4S)2, computed only (reference: no published figure) — issue 10
    (F.MALATE, "dimagnesium", 22.6),  # DMM, applicant's formula Mg2(OH)2C4H4O5 (EFSA 2018) — issue 10
    (F.MALATE, None, 15.5),
    (F.OROTATE, None, 7.3),
    (F.ASPARTATE, None, 8.4),
]


@pytest.mark.parametrize("form,variant,percent", PUBLISHED, ids=[f"{f.value}-{v}" if v else f.value for f, v, _ in PUBLISHED])
def test_fraction_matches_published(form, variant, percent):
    assert chemistry.mg_fraction(form, variant) * 100 == pytest.approx(percent, abs=0.06)


def test_hydrates_lower_the_fraction():
    # citrate nonahydrate 11.9% (Jungbunzlauer "12%"), chloride hexahydrate 12.0%, Epsom salt 9.9%
    assert [round(h.mg_fraction * 100, 1) for h in form_info(F.CITRATE).hydrates][:2] == [16.2, 11.9]
    assert round(form_info(F.CHLORIDE).hydrates[0].mg_fraction * 100, 1) == 12.0  # the default
    assert round(form_info(F.CHLORIDE).hydrates[1].mg_fraction * 100, 1) == 25.5
    assert round(form_info(F.SULFATE).hydrates[2].mg_fraction * 100, 1) == 9.9


def test_lysinate_glycinate_variant():
    # Mg(C6H13N2O2)(C2H4NO2): 24.305 / 243.54 = 9.98%; 2,000 mg → 199.6 mg, which is why labels say "200 mg from 2,000 mg"
    assert chemistry.elemental_from_compound(2000, F.GLYCINATE, "lysinate") == pytest.approx(199.6, abs=0.2)


def test_glycinate_500mg_is_about_70mg():
    # the reference: 500 mg of pure glycinate gives 70.5 mg Mg
    assert chemistry.elemental_from_compound(500, F.GLYCINATE) == pytest.approx(70.5, abs=0.1)
    lo, hi = chemistry.elemental_range(500, (F.GLYCINATE,))
    assert (round(lo, 1), round(hi, 1)) == (58.3, 70.5)  # dihydrate 11.66% … anhydrous 14.10%


def test_oxide_500mg_is_about_300mg():
    assert chemistry.elemental_from_compound(500, F.OXIDE) == pytest.approx(301.5, abs=0.2)


def test_citrate_1480mg_cannot_hold_444mg():
    # the Polish label: 1480 mg citrate "providing 444 mg" — at most 16.2% → 239 mg
    assert chemistry.max_elemental(1480, (F.CITRATE,)) == pytest.approx(239.2, abs=0.3)


def test_mixture_range_spans_both_forms():
    lo, hi = chemistry.elemental_range(1000, (F.OXIDE, F.GLYCINATE))
    assert lo == pytest.approx(116.6, abs=0.2)  # all glycinate dihydrate
    assert hi == pytest.approx(603.0, abs=0.2)  # all oxide


def test_round_trip():
    for form in forms():
        if form_info(form).default is None:
            continue
        comp = chemistry.compound_from_elemental(100, form)
        assert chemistry.elemental_from_compound(comp, form) == pytest.approx(100)


def test_undefined_forms_give_none():
    assert chemistry.mg_fraction(F.AMINO_ACID_CHELATE) is None
    assert chemistry.elemental_from_compound(500, F.UNKNOWN) is None
    assert chemistry.elemental_range(500, (F.AMINO_ACID_CHELATE,)) is None


def test_unknown_form_id_raises_typed_error():
    with pytest.raises(UnknownFormError) as e:
        form_info("kryptonite")
    assert isinstance(e.value, ValueError) and "kryptonite" in str(e.value)


def test_every_form_has_a_source_and_synonyms_match_the_generated_regex():
    from auditor.clean import fold
    from auditor.parse import find_mentions

    for form, info in forms().items():
        assert info.source.strip(), form
        for name in info.synonyms:
            found = [m for m in find_mentions(fold(name)) if m.kind == "form"]
            assert found and found[0].form is form, (form, name)
