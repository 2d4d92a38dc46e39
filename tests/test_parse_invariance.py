"""Layout invariance (issue 9, item 3): a label laid out the way OCR engines deliver it audits as its plain text.

A seeded subset of bench/invariance.py: about a quarter of the labels (chosen by a hash of their id, so a new
table adds labels without reshuffling the old ones), one variant per transformation kind each
(tests/layout_variants.py, whose docstring lists the fairness rules). Kinds the parser already survives must
stay at 100%; each test failure prints the variant text and the fields that differed. Kinds it does not survive
yet keep their test with the rate reached as a floor (FLOORS): a regression below it fails, and raising a floor is
how progress is recorded. The failures themselves are listed by `python bench/invariance.py --out FILE`.
"""

from __future__ import annotations

import zlib
from functools import cache

import pytest
from layout_variants import KINDS, differences, essence, load_labels, make_variant

# kinds at 100% on this subset: every variant must audit as its plain text (dot leaders joined when the parser
# came to read them as gaps)
STRICT = ("tabs", "pipes", "spacing", "tight", "repeat_headers", "heading_case", "dot_leaders")
# kinds below 100%: (variants invariant / variants) must not fall below the rate recorded. Before the issue 9
# restructuring: amount_next_line 0.990, blank_lines 0.973, wrap_names 0.842, wrap_prose 0.889, names_first 0.794,
# column_blocks 0.677, amounts_first 0.088, combo 0.702; raised to the rates the stages reach now.
FLOORS = {
    "amount_next_line": 0.990,
    "blank_lines": 0.991,
    "wrap_names": 0.865,
    "wrap_prose": 0.983,
    "names_first": 0.872,
    "column_blocks": 0.881,
    "amounts_first": 0.843,
    "combo": 0.855,
}
assert set(STRICT) | set(FLOORS) == set(KINDS), "every transformation kind has a test"

LABELS = [lab for lab in load_labels() if zlib.crc32(lab.id.encode()) % 4 == 0]


@cache
def _plain(label_id: str, text: str) -> dict:
    return essence(text)


def _results(kind: str) -> tuple[int, list[str]]:
    """(variants made, failure descriptions) for one kind over the subset."""
    n, failures = 0, []
    for lab in LABELS:
        v = make_variant(lab.id, lab.text, kind, f"inv-test:{lab.id}:{kind}")
        if v is None:
            continue
        n += 1
        plain, var = _plain(lab.id, lab.text), essence(v.text)
        diff = differences(plain, var)
        if diff:
            fields = "; ".join(f"{f}: {plain.get(f)!r} -> {var.get(f)!r}" for f in diff)
            failures.append(f"{lab.id} [{'+'.join(v.ops)}] {fields}\n--- variant text ---\n{v.text}\n--- end ---")
    return n, failures


@pytest.mark.parametrize("kind", STRICT)
def test_layout_kind_is_invariant(kind):
    n, failures = _results(kind)
    assert n >= 20, f"only {n} {kind} variants were made: the generator no longer applies to the tables"
    assert not failures, f"{len(failures)}/{n} {kind} variants audit differently from their plain text:\n" + "\n".join(failures[:3])


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_layout_kind_does_not_regress(kind):
    n, failures = _results(kind)
    assert n >= 20, f"only {n} {kind} variants were made: the generator no longer applies to the tables"
    rate = 1 - len(failures) / n
    assert rate >= FLOORS[kind], (
        f"{kind}: {rate:.1%} of {n} variants invariant, below the floor {FLOORS[kind]:.1%} recorded; "
        f"first failures:\n" + "\n".join(failures[:3])
    )


def test_variants_are_fair_and_seeded():
    """Every variant keeps the plain text's numbers and words, and a seed always gives the same text."""
    lab = next(lab for lab in LABELS if "Supplement Facts" in lab.text and "%" in lab.text)
    for kind in KINDS:
        a = make_variant(lab.id, lab.text, kind, "fair")  # make_variant raises on an unfair variant
        b = make_variant(lab.id, lab.text, kind, "fair")
        assert (a and a.text) == (b and b.text), kind
