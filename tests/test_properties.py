"""Property tests: the parser never raises, and amounts keep their order (absorbed ≤ elemental ≤ compound)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor import audit_text, parse_label
from auditor.absorption import absorbed_band, absorbed_curve_mg
from auditor.models import MagnesiumForm
from auditor.tables import forms

FORMS_WITH_FORMULA = [f for f, info in forms().items() if info.default is not None]
LABEL_WORDS = st.sampled_from(
    ["Magnesium", "magnesium", "Magnesiurn", "(as", "citrate)", "glycinate", "oxide", "chelate", "200", "2O0", "mg",
     "mcg", "g", "48%", "%", "\n", "Serving", "Size", "2", "Capsules", "from", "1,480", "providing", "elemental",
     "Ingredients:", "stearate", "(", ")", ",", "Take", "twice", "daily", "Zinc", "50", "Supplement Facts", "Cytrynian",
     "magnezu", "davon", "†", "....", "1,5"]
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text())
def test_parser_never_raises_on_any_text(text):
    facts = parse_label(text)
    for s in facts.sources:
        assert 0 <= s.span[0] <= s.span[1] <= len(text)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(LABEL_WORDS, max_size=40).map(" ".join))
def test_label_like_text_keeps_invariants(text):
    r = audit_text(text)
    for s in r.facts.sources:
        # raw text is the original text at the span
        assert text[s.span[0] : s.span[1]].strip() == s.raw
        if s.elemental_mg is not None and s.compound_mg is not None:
            assert s.elemental_mg <= s.compound_mg + 1e-6
    if r.absorbed_mg is not None:
        b = r.absorbed_mg
        assert 0 <= b.low <= b.estimate <= b.high <= r.elemental_mg + 0.05


@given(st.floats(min_value=0.1, max_value=5000), st.sampled_from(FORMS_WITH_FORMULA))
def test_absorbed_within_elemental_within_compound(compound_mg, form):
    from auditor import chemistry

    elemental = chemistry.elemental_from_compound(compound_mg, form)
    assert 0 < elemental <= compound_mg
    band = absorbed_band([(form, elemental)])
    assert band is not None
    assert 0 <= band.low <= band.estimate <= band.high <= elemental + 0.05


@given(st.floats(min_value=1, max_value=2000), st.floats(min_value=1, max_value=2000), st.sampled_from(list(MagnesiumForm)))
def test_absorbed_is_monotonic_in_dose(a, b, form):
    lo, hi = sorted((a, b))
    b1, b2 = absorbed_band([(form, lo)]), absorbed_band([(form, hi)])
    assert b1.low <= b2.low and b1.estimate <= b2.estimate and b1.high <= b2.high


@given(st.floats(min_value=1, max_value=2000), st.floats(min_value=1, max_value=2000))
def test_fraction_absorbed_falls_with_dose(a, b):
    lo, hi = sorted((a, b))
    assert absorbed_curve_mg(hi) / hi <= absorbed_curve_mg(lo) / lo + 1e-9
