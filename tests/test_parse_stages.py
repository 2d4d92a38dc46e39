"""Each parser stage on its own, with near misses: input → that stage's output, and a line saying why.

Stages: lexicon (words from data) → tokens (numbers, amounts, mentions) → rows (values placed by named rules) →
sections / serving → dose (the basis rules, in the science layer). End-to-end label cases live in
test_label_texts.py; these pin each stage so a change to one shows where it broke.
"""

from __future__ import annotations

import math
import random

import pytest

from auditor import parse_label
from auditor.clean import clean_ocr_text
from auditor.dose import BASIS_RULES, decide_basis, dv_matches
from auditor.models import Amount, Basis, DeclaredRow, FormMention, MagnesiumForm
from auditor.parse import RULES, find_mentions, parse_number, patterns, read_label
from auditor.parse.lexicon import norm_key
from auditor.parse.sections import ingredient_sections
from auditor.parse.rows import column_labels
from auditor.parse.tokens import ParenDepths, count_of

H = "Supplement Facts\nServing Size 2 Capsules\nAmount Per Serving  % Daily Value\n"

# ---------------------------------------------------------------- lexicon


@pytest.mark.parametrize("a, b, same, why", [
    ("l-threonate", "lthreonate", True, "the alternations let hyphens and spaces go; the lookup key must too"),
    ("L Threonate", "l-threonate", True, "case and the joiner do not matter"),
    ("fl oz", "floz", True, "a unit spelled with or without its space"),
    ("citrate", "citrat", False, "two spellings are two keys (each is listed in the data)"),
])
def test_lookup_keys(a, b, same, why):
    assert (norm_key(a) == norm_key(b)) is same, why


@pytest.mark.parametrize("raw, cleaned, why", [
    ("Chiorure de magnésium 1000 mg", "Chlorure de magnesium 1000 mg", "'i' read for 'l', repaired to a form word"),
    ("Magnesiumchiorid 500 mg", "Magnesiumchlorid 500 mg", "only the confused 'i' changes; the element's own 'i' stays"),
    ("Lagnesium (as citrate) 85 mg", "Magnesium (as citrate) 85 mg", "the clipped first letter read as another"),
    ("Kindness and silica", "Kindness and silica", "near miss: words the parser does not know stay as printed"),
    ("Chili flavour", "Chili flavour", "near miss: 'Chlli' is no label word, so 'Chili' stays"),
    ("Magnesium hydruxide 400 mg", "Magnesium hydroxide 400 mg", "one letter of a long known word"),
    ("Informacion nutriclonal", "Informacion nutricional", "a panel heading's word"),
    ("Magnesium sulfatx", "Magnesium sulfatx", "near miss: one letter from two known words (sulfate, sulfato): "
     "which one cannot be told, so it stays"),
    ("Magnesium oxidx", "Magnesium oxidx", "near miss: a short word has too many neighbours to repair"),
    ("Magnesium (magnesium axide) 140mg", "Magnesium (magnesium oxide) 140mg",
     "right after the element only a salt is expected: one salt one letter away is that salt"),
    ("Magnesium (as malat) 100 mg", "Magnesium (as malat) 100 mg", "near miss: a salt's stem as printed stays"),
    ("magnesium total 100 mg", "magnesium total 100 mg", "near miss: a word no salt is one letter from stays"),
    ("Vitamin (axide) 140mg", "Vitamin (axide) 140mg", "near miss: not after the element's name: left as read"),
    ("Magnesia", "Magnesia", "near miss: 'magnesia' (milk of magnesia) is not a misread element"),
    ("(providing elemental magnesium)  150ng", "(providing elemental magnesium)  150mg",
     "'ng' after a number is 'mg' whose first stroke was lost: a supplement label never states nanograms"),
    ("Dosierung und Anwendung", "Dosierung und Anwendung", "near miss: 'ng' ending a word is not a unit"),
    ("provides approx. 3,000 mgof elemental magnesium", "provides approx. 3,000 mg of elemental magnesium",
     "a unit run into the word after it (OCR lost the space): a link, a marker or the element's name"),
    ("5 mgdi magnesio", "5 mg di magnesio", "the same in Italian (the link from the data tables)"),
    ("take 2 mgoodies", "take 2 mgoodies", "near miss: a word no unit is followed by stays as read"),
    ("Μαγνήσιο 300 mg", "Magnisio 300 mg",
     "near miss: a Greek word transliterated is a known word, not the Spanish 'magnesio' misread"),
    ("Dosologio", "Dosologio", "near miss: one letter from Greek 'δοσολογία' transliterated: a Latin word is repaired "
     "only to a Latin word"),
    ("Posologia: 2 comprimidos", "Posologia: 2 comprimidos",
     "near miss: a known word (Spanish, Italian), one letter from French 'posologie' and from Greek 'δοσολογία' transliterated"),
])
def test_ocr_letter_confusions(raw, cleaned, why):
    assert clean_ocr_text(raw).text == cleaned, why


@pytest.mark.parametrize("text, found, why", [
    ("more than 250 mg", True, "the EU laxative warning's threshold"),
    ("mehr als 250 mg", True, "German"),
    ("powyżej 250 mg", True, "Polish, with its diacritic folded"),
    ("Magnesium 250 mg", False, "a row's own amount has no threshold before it"),
    ("moreover 250 mg", False, "a word that only ends like 'over' is not the threshold word"),
])
def test_threshold_words(text, found, why):
    p = patterns()
    c = clean_ocr_text(text).text
    at = c.index("250")
    assert (p.threshold.search(c, max(0, at - p.threshold_reach), at) is not None) is found, why


# ---------------------------------------------------------------- tokens


@pytest.mark.parametrize("raw, unit, value, why", [
    ("2,000", "mg", 2000.0, "a comma between thousands"),
    ("1.480", "mg", 1480.0, "a point between thousands (EU)"),
    ("1,5", "mg", 1.5, "a decimal comma"),
    ("0,480", "mg", 0.48, "a leading zero is never a thousands group"),
    ("1.745", "g", 1.745, "grams are never thousands"),
    ("1 000", "mg", 1000.0, "a space between thousands (French, Italian, Czech labels)"),
])
def test_parse_number(raw, unit, value, why):
    assert parse_number(raw, unit) == pytest.approx(value), why


@pytest.mark.parametrize("raw", ["0.000.0", "1..2", ""])
def test_parse_number_never_raises(raw):
    assert math.isnan(parse_number(raw))  # a number no label could mean: reported by dose, never used


@pytest.mark.parametrize("raw, n, why", [
    ("½", 0.5, "the half sign"),
    ("1/2", 0.5, "a fraction"),
    ("3/0", None, "a zero denominator is no count"),
    ("two", 2.0, "a number word from the lexicon"),
    ("l", 1.0, "OCR's l for 1 ('l tablet')"),
    ("x", None, "not a count"),
])
def test_count_of(raw, n, why):
    assert count_of(raw) == n, why


@pytest.mark.parametrize("text, kinds, why", [
    ("Magnesium (as magnesium citrate)", ["bare", "form"], "the element word, then the named form"),
    ("magnesium stearate", ["excipient"], "an excipient, not a source"),
    ("Magnesium-free formula", [], "'magnesium-free' names no ingredient"),
    ("Magnesiumcitrat", ["form"], "a German compound word is a form"),
    ("Magnesium lthreonate", ["form"], "OCR lost the hyphen of l-threonate"),
])
def test_find_mentions(text, kinds, why):
    assert [m.kind for m in find_mentions(clean_ocr_text(text).text)] == kinds, why


def test_paren_depths_match_a_character_scan():
    """The binary-searched depth equals a plain scan: an opening bracket counts at its offset, a closing one after
    it, never below zero."""
    rng = random.Random(5)
    for _ in range(200):
        text = "".join(rng.choice("ab()[] ") for _ in range(rng.randint(0, 40)))
        depths, d = [], 0
        for ch in text:
            if ch in "([":
                d += 1
                depths.append(d)
            elif ch in ")]":
                depths.append(d)
                d = max(d - 1, 0)
            else:
                depths.append(d)
        pd = ParenDepths(text)
        assert [pd[i] for i in range(len(text))] == depths, text


# ---------------------------------------------------------------- rows: each reading rule, with its near miss


def _row(text: str) -> DeclaredRow:
    rows = [r for r in read_label(text).rows if r.declared is not None]
    assert len(rows) == 1, rows
    return rows[0]


@pytest.mark.parametrize("text, rule, declared_mg, percent, why", [
    (H + "Magnesium (as magnesium citrate) 200 mg 48%\n", "amount.in_row", 200, 48, "name and amount on one line"),
    (H + "Magnesium (as magnesium citrate)\n200 mg 48%\n", "amount.next_line", 200, 48, "the amount wrapped to the next line"),
    (H + "Magnesium (as magnesium citrate)\nZinc (as zinc gluconate)\n200 mg 48%\n10 mg 91%\n", "amount.column_block", 200, 48,
     "names as one block, amounts as another: the first name takes the first amount"),
    (H + "200 mg 48%\n10 mg 91%\nMagnesium (as magnesium citrate)\nZinc (as zinc gluconate)\n", "amount.column_block", 200, 48,
     "the same with the amounts first"),
    (H + "Magnesium (as magnesium citrate)\nZinc (as zinc gluconate)\n200 mg\n10 mg\n48%\n91%\n", "amount.column_block", 200, 48,
     "and the %DV column as a third block"),
    (H + "Magnesium (as magnesium citrate) 200 mg\n48%\n", "percent.next_line", 200, 48, "a %DV alone on the next line"),
    ("Nährwerte   pro 100 g   pro Stick (2 g)   % NRV*\nMagnesium   19,0 g   400 mg   107 %\n", "amount.column_heading", 400, 107,
     "the 'per 100 g' column is a reference, not the product's"),
    ("Valeurs nutritionnelles   Pour 1 comprimé   Pour 3 comprimés   % VNR*\nMagnésium   100 mg   300 mg   80 %\n",
     "amount.column_heading", 300, 80, "EU tables declare the daily dose: the column for the most units"),
    (H.replace("Amount Per Serving  % Daily Value", "Amount Per  Serving  %DV  Per Day (6 Capsules)  %DV")
     + "Magnesium (as magnesium citrate)   40 mg   10%   120 mg   29%\n", "amount.in_row", 40, 10,
     "a 'Per Serving' column is the serving, even beside a per-day column for more units"),
    ("Zawartość w   1 tabletce   2 tabletkach (dzienna porcja)   % RWS*\nMagnez   100 mg   200 mg   53 %\n",
     "amount.column_heading", 200, 53, "a count and unit alone after the first heading is the next column's"),
    ("Teneurs   Pour 1 gélule   Pour 2 gélules   % VNR* pour 2 gélules\nMagnésium   75 mg   150 mg   40 %\n",
     "amount.column_heading", 150, 40, "a heading right after '% VNR*' names the %DV column, not a third amount column"),
    ("Serving Size 1 Capsule\nAmount Per   1 Capsule   %DV   3 Capsules   %DV\nMagnesium (as magnesium citrate)   100 mg   24%   300 mg   71%\n",
     "amount.in_row", 100, 24, "the column for the serving size the label declares, not the one for the most units"),
    ("Each serving provides 1330 mg of magnesium citrate.\n", "amount.names_compound", 1330, None,
     "an amount right before the compound it names weighs the compound, despite 'provides'"),
    ("Por dosis diaria: 2 comprimidos aportan 300 mg de magnesio (80 % VRN*) y 1,4 mg de B6 (100 % VRN*).\n",
     "amount.before_name", 300, 80, "the amount before the element's name; the one before 'B6' (no nutrient word, so "
     "still in the row) is the vitamin's"),
    ("Zawartość   % RWS*   w dziennej porcji (2 tabletki)\nMagnez   100 %   375 mg\n", "amount.in_row", 375, 100,
     "a %DV column printed before the amount column"),
    ("Obsah   1 tableta   2 tablety   % RHP*\nHořčík   150 mg   300 mg   80 %\n", "amount.column_heading", 300, 80,
     "a heading row of bare counts, with no column word, still names the columns"),
    ("Obsah\n1 tableta 2 tablety % RHP*\nHořčík 150 mg 300 mg 80%\n", "amount.column_heading", 300, 80,
     "the same as OCR sets it: one space between cells, the heading's first word on a line of its own"),
    ("Nährwerte   pro 100 g   pro Stick (2,1 g)   NRV*\nMagnesium\n19,0 g   400 mg   107 %\n", "amount.column_heading", 400, 107,
     "values set on the line under their name keep their columns: the reference column is still not taken"),
    ("Composition   Pour 2 gélules   Unité   % VNR*\nMagnésium   225   mg   60 %\n", "amount.in_row", 225, 60,
     "a unit printed in a column of its own still belongs to its number"),
    ("Active ingredients (in each tablet)   Purpose\nMagnesium hydroxide\nUSP 200 mg   Antacid\n", "amount.next_line", 200, None,
     "a name wrapped before its pharmacopoeia grade: the grade and the amount start the next line"),
    (H + "Magnesium\n(as magnesium chloride hexahydrate 128 mg   30%\n", "amount.in_row", 128, 30,
     "a parenthesis whose closing one OCR lost ends before the number: the amount is the row's, not in brackets"),
])
def test_reading_rules(text, rule, declared_mg, percent, why):
    row = _row(text)
    assert rule in row.rules, (why, row.rules)
    assert row.declared.mg == pytest.approx(declared_mg), why
    assert row.percent_dv == percent, why


@pytest.mark.parametrize("line, next_line, counts, why", [
    ("Obsah   1 tableta   2 tablety   % RHP*", "Hořčík   150 mg   300 mg   80 %", (1.0, 2.0), "bare counts over two amounts"),
    ("60 tablets 2 tablets daily", "Magnesium 200 mg", (), "two counts over one amount: a front line, not a heading"),
    ("Take 1 tablet  2 times daily", "Magnesium   150 mg   300 mg", (), "'2 times' is no unit: one count is no heading"),
    ("Obsah   1 tableta   2 tablety", "Hořčík   150 mg   300 mg", (1.0, 2.0), "without a %DV column too"),
])
def test_bare_count_headings(line, next_line, counts, why):
    from auditor.parse.rows import column_labels

    assert tuple(c.count for c in column_labels(line, next_line)) == counts, why


def test_bare_count_heading_sets_the_serving():
    """A table that declares no serving size but heads its columns '1 tableta | 2 tablety' is given for 2 tablets:
    the directions' '2 tablety denně' is then one serving a day (not 2 × 300 mg)."""
    facts = parse_label("Obsah   1 tableta   2 tablety   % RHP*\nHořčík   150 mg   300 mg   80 %\n"
                        "Doporučené dávkování: 2 tablety denně.\n")
    assert (facts.serving.count, facts.serving.unit, facts.serving.daily_servings) == (2.0, "tablet", 1.0)


@pytest.mark.parametrize("stated, count, daily, why", [
    ("", 3.0, 1.0, "'Pour 1 comprimé' heads the first column, not the serving: the table is given for its most units, "
     "the column its rows are read from, so '3 comprimés par jour' is one serving a day"),
    ("Portion : 1 comprimé\n", 1.0, 3.0, "near miss: a serving size stated outside the heading is the serving"),
])
def test_a_column_heading_is_not_the_serving_size(stated, count, daily, why):
    facts = parse_label(stated + "Valeurs nutritionnelles   Pour 1 comprimé   Pour 3 comprimés   % VNR*\n"
                        "Magnésium   100 mg   300 mg   80 %\nConseils d'utilisation : 3 comprimés par jour.\n")
    assert (facts.serving.count, facts.serving.daily_servings) == (count, daily), why


@pytest.mark.parametrize("sentence, total, why", [
    ("Each tablet contains 535 mg magnesium chloride hexahydrate (elemental magnesium 64 mg).", 128,
     "64 mg per tablet × 2 tablets is the panel row said again per unit: one source"),
    ("Each tablet contains 535 mg magnesium chloride hexahydrate (elemental magnesium 50 mg).", 178,
     "50 mg per tablet is not the panel row per unit: a second statement, added"),
])
def test_per_unit_restatement(sentence, total, why):
    text = ("Supplement Facts\nServing Size 2 Tablets\nAmount Per Serving  % Daily Value\n"
            "Magnesium (as magnesium chloride hexahydrate)   128 mg   30%\n" + sentence + "\n")
    facts = parse_label(text)
    assert sum(s.elemental_mg for s in facts.sources) == pytest.approx(total), why


@pytest.mark.parametrize("heading, row, declared_mg, why", [
    ("Amount Per Serving   %DV   Amount Per Day   %DV", "Magnesium (as magnesium glycinate)   125 mg   30%   250 mg   60%",
     125, "a day's column beside the serving's is the day's total, not the serving"),
    ("Amount Per Serving   %DV", "Magnesium (as magnesium glycinate)   125 mg   30%   250 mg   60%",
     250, "near miss: no day heading, and 250 is the serving (2) times 125: the serving column rule holds"),
    ("Amount Per Serving   Amount Per Day", "Magnesium (as magnesium glycinate)   125 mg   250 mg",
     125, "without %DV columns too"),
])
def test_day_column(heading, row, declared_mg, why):
    facts = parse_label("Supplement Facts\nServing Size 2 Capsules\n" + heading + "\n" + row + "\n"
                        "Directions: take 2 capsules twice daily.\n")
    assert [s.declared.mg for s in facts.sources] == [declared_mg], why


@pytest.mark.parametrize("line, per_unit, why", [
    ("Each spray contains approximately 52 mg of elemental magnesium.", "spray", "a unit's statement"),
    ("Each bottle contains approximately 12 grams of elemental magnesium (12,000 mg).", "container", "the pack's"),
    ("Servings Per Container: 232; Magnesium (as magnesium chloride) 52 mg", None,
     "a servings count before the row is no per-container heading"),
    ("Servings Per Container: 30. Amount Per Serving: Magnesium (as citrate) 120 mg", None,
     "the nearest heading before the row decides: per serving"),
])
def test_per_unit_of_a_row(line, per_unit, why):
    rows = [r for r in read_label(line + "\n").rows if r.declared is not None]
    assert [r.per_unit for r in rows] == [per_unit], why


@pytest.mark.parametrize("servings, sources_mg, why", [
    ("approximate yield 232 servings.", [52.0], "a pack of 232 servings: its 12,000 mg total is not a dose"),
    ("", [52.0, 12000.0], "near miss: no servings count, so the bottle may be one dose; both are kept"),
])
def test_pack_total_is_not_a_dose(servings, sources_mg, why):
    text = ("Topical Magnesium Spray\nEach spray contains approximately 52 mg of elemental magnesium.\n"
            "Each bottle contains approximately 12 grams of elemental magnesium (12,000 mg); " + servings + "\n")
    facts = parse_label(text)
    assert sorted(s.elemental_mg for s in facts.sources) == sources_mg, why
    assert any("whole pack" in w for w in facts.warnings) == bool(servings), why


@pytest.mark.parametrize("head, sources, why", [
    ("Drug Facts\nActive ingredients (in each chewable tablet)   Purpose\n", [("hydroxide", 65.0, 165.0)],
     "Drug Facts: 'Other information' states the magnesium of the active ingredient above it, blocks apart"),
    ("Supplement Facts\nServing Size 1 Tablet\n", [("hydroxide", 68.8, None), ("unknown", 65.0, None)],
     "near miss: on a supplement, a statement in another block is not paired with the row"),
])
def test_drug_facts_element_statement_pairs_across_blocks(head, sources, why):
    text = head + "Magnesium hydroxide 165 mg   Antacid\n\nUse relieves heartburn\n\nOther information each tablet contains: magnesium 65 mg\n"
    assert _sources_with_compound(text) == sources, why


@pytest.mark.parametrize("rows, sources, why", [
    ("Magnesium L-Threonate (Magtein®) 2,000 mg †\n\nproviding 144 mg elemental magnesium 34%\n",
     [("threonate", 144.0, 2000.0)], "a line opened by 'providing' states the row above's magnesium, a blank line "
     "between (OCR leaves one where printed lines are far apart)"),
    ("Citrate de magnésium 1800 mg\n\nsoit 270 mg de magnésium\n", [("citrate", 270.0, 1800.0)],
     "the same in French: 'soit' opens the statement"),
    ("Magnesium L-Threonate (Magtein®) 2,000 mg †\n\nMagnesium 144 mg 34%\n",
     [("threonate", 165.1, None), ("unknown", 144.0, None)],
     "near miss: a row opened by the element's name is a row of its own in its own block (2,000 mg × 24.305 / "
     "294.50 = 165.1 mg)"),
    ("Magnesium L-Threonate (Magtein®) 2,000 mg †\nZinc 10 mg 91%\n\nproviding 144 mg elemental magnesium 34%\n",
     [("threonate", 165.1, None), ("unknown", 144.0, None)],
     "near miss: another row between them, so the statement is not the threonate's"),
])
def test_a_restating_line_belongs_to_its_row_across_a_blank_line(rows, sources, why):
    assert _sources_with_compound("Supplement Facts\nServing Size 3 Capsules\n" + rows) == sources, why


@pytest.mark.parametrize("line, restates", [
    ("providing 144 mg elemental magnesium 34%", True),
    ("- soit 270 mg de magnésium", True),
    ("davon Magnesium 240 mg", True),
    ("Equivalent to magnesium 250 mg", True),
    ("Elemental Magnesium 400 mg 95%", False),  # near miss: a marker that is an adjective opens a row of its own
    ("Magnesium 144 mg", False),
])
def test_rows_opened_by_a_restating_word(line, restates):
    assert [r.restates for r in read_label(line + "\n").rows] == [restates]


def _sources_with_compound(text: str) -> list[tuple[str, float, float | None]]:
    """Each source as (form, elemental mg to 0.1, the compound weight paired with it or None)."""
    return [(s.form.value, round(s.elemental_mg, 1), s.compound_declared.mg if s.compound_declared else None)
            for s in parse_label(text).sources]


@pytest.mark.parametrize("row, elemental_mg, why", [
    ("Magnesium 187,5 mg 375 mg 100 %", 375, "headings lost: 100 % of the NRV is the second column's 375 mg"),
    ("Magneziu (din lactat de magneziu)  150 mg  75 mg  40 %", 150, "near miss: the %DV printed after the per-tablet "
     "column is still the first column's (40 % of 375 is 150 mg)"),
    ("Magnesium 100 mg 200 mg 10 %", 100, "near miss: the %DV fits neither column, so the first stays"),
    ("Magnesium (as magnesium citrate)   100 mg   24%   300 mg   71%", 100, "near miss: the %DV read is the first "
     "column's own and fits it"),
])
def test_the_column_a_percent_dv_is_the_percentage_of(row, elemental_mg, why):
    (src,) = parse_label("Nährwerte\n" + row + "\n").sources
    assert src.elemental_mg == elemental_mg, why


@pytest.mark.parametrize("statement, sources, why", [
    ("each tablet contains: magnesium 50 mg and sodium 32 mg", [("carbonate", 50.0, 105.0)],
     "a statement naming no salt restates the active above it, though the inactive list names magnesium oxide"),
    ("each tablet contains: magnesium (as magnesium oxide) 50 mg", [("carbonate", 30.3, None), ("oxide", 50.0, None)],
     "near miss: a statement that names another salt itself is that salt's magnesium"),
])
def test_a_statement_takes_no_salt_from_the_inactive_ingredients(statement, sources, why):
    text = ("Drug Facts\nActive ingredients (in each tablet)   Purpose\nMagnesium carbonate, 105 mg   Antacid\n"
            f"Other information • {statement} • store at 20-25°C\n"
            "Inactive ingredients alginic acid, magnesium oxide, mannitol, sucrose\n")
    assert _sources_with_compound(text) == sources, why


@pytest.mark.parametrize("mark, forms, why", [
    ("¹", ["citrate", "malate"], "the note that starts with the row's mark names its salts"),
    ("²", ["glycinate"], "the other mark points to the other note"),
    ("", ["citrate", "malate", "glycinate"], "near miss: a row with no mark takes every salt the panel names without "
     "an amount"),
])
def test_a_rows_footnote_mark_points_to_its_salts(mark, forms, why):
    text = ("Magnesium Citrate Malate\nSupplement Facts\nServing Size 2 Tablets\n"
            f"Magnesium{mark}   200 mg   48%\n¹ as magnesium citrate and magnesium malate\n² as magnesium glycinate\n")
    (src,) = parse_label(text).sources
    assert [f.value for f in src.forms] == forms, why


@pytest.mark.parametrize("heading, rows, sources, why", [
    ("Amount Per Serving (mg)   % Daily Value", "Magnesium (as magnesium bisglycinate chelate)   200   48%\n",
     [(200.0, 48)], "the heading gives the unit once: the row's bare number is milligrams, its %DV after it"),
    ("Amount Per Serving [mcg]   % Daily Value", "Magnesium   200000   48%\n", [(200.0, 48)],
     "another unit in the heading converts the bare number"),
    ("Amount Per Serving   % Daily Value", "Magnesium (as magnesium bisglycinate chelate)   200   48%\n", [],
     "near miss: a bare number under a heading that names no unit is no amount"),
    ("Amount Per Serving (mg)   % Daily Value", "\nMagnesium (as magnesium bisglycinate chelate)   200   48%\n", [],
     "near miss: the heading's unit ends with its table (a blank line)"),
])
def test_a_unit_given_by_the_tables_heading(heading, rows, sources, why):
    text = f"Supplement Facts\nServing Size 2 Capsules\n{heading}\n{rows}Other Ingredients: cellulose.\n"
    got = [(s.elemental_mg, s.percent_dv) for s in parse_label(text).sources if s.elemental_mg is not None]
    assert got == sources, why


@pytest.mark.parametrize("row, elemental_mg, compound_mg, why", [
    ("Magnesium L-Threonate (Magtein)   2,000 mg   144 mg   34%", 144.0, 2000.0,
     "the lighter column the %DV is the percentage of is the magnesium; the first is the salt's weight"),
    ("Magnesium Citrate   1,000 mg   500 mg   38%", 161.6, 1000.0,
     "near miss: a lighter column the %DV does not fit is another column of the salt, not its magnesium"),
    ("Magnesium L-Threonate (Magtein)   2,000 mg   144 mg", 165.1, 2000.0,
     "near miss: with no %DV nothing says which column is the magnesium: the salt's weight, computed"),
])
def test_a_compound_rows_element_column(row, elemental_mg, compound_mg, why):
    text = f"Supplement Facts\nServing Size 3 Capsules\nCompound   Elemental   % DV\n{row}\nOther Ingredients: rice flour.\n"
    (src,) = parse_label(text).sources
    assert (round(src.elemental_mg, 1), src.compound_mg) == (elemental_mg, compound_mg), why


@pytest.mark.parametrize("below, forms, why", [
    ("  as magnesium citrate and magnesium malate", [["citrate", "malate"]],
     "salts joined by 'and' under the row are one source list: both are the row's"),
    ("  as magnesium citrate & magnesium malate", [["citrate", "malate"]], "'&' joins them as 'and' does"),
    ("  aus Magnesiumcitrat und Magnesiumoxid", [["citrate", "oxide"]], "the joiner in the label's language"),
    ("  as magnesium citrate 100 mg and magnesium malate 100 mg", [["unknown"], ["citrate"], ["malate"]],
     "near miss: an amount between the salts makes the second a row of its own"),
])
def test_a_source_list_joined_by_a_conjunction(below, forms, why):
    text = ("Supplement Facts\nServing Size 2 Tablets\nAmount Per Serving   % Daily Value\nMagnesium   200 mg   48%\n"
            + below + "\nOther Ingredients: cellulose.\n")
    sources = sorted(parse_label(text).sources, key=lambda s: s.span[0])
    assert [[f.value for f in s.forms] for s in sources] == forms, why


@pytest.mark.parametrize("panel, forms, why", [
    ("Supplement Facts\nServing Size 2 Tablets\n", ["citrate", "malate"], "the salts the panel names come before the "
     "front's product name"),
    ("", ["citrate_malate", "citrate", "malate"], "near miss: with no panel heading there is no front to set apart"),
])
def test_the_panels_salts_before_the_fronts_name(panel, forms, why):
    text = f"Magnesium Citrate Malate\n{panel}Magnesium   200 mg   48%\n\nContains magnesium citrate, magnesium malate\n"
    (src,) = parse_label(text).sources
    assert [f.value for f in src.forms] == forms, why


@pytest.mark.parametrize("total_mg, sources, why", [
    (148, [148.0], "the two 'di cui' statements add up to the total: the total is all of it, counted once"),
    (160, [98.0, 50.0, 160.0], "near miss: statements that do not add up to the 'total' are not its parts"),
])
def test_total_under_compound_rows_with_their_statements(total_mg, sources, why):
    text = ("Tenori per dose giornaliera   2 capsule   % VNR*\nMagnesio bisglicinato   700 mg\ndi cui magnesio   98 mg\n"
            f"Magnesio taurato   560 mg\ndi cui magnesio   50 mg\nMagnesio totale   {total_mg} mg   39 %\n")
    facts = parse_label(text)
    assert sorted(s.elemental_mg for s in facts.sources) == sorted(sources), why


@pytest.mark.parametrize("total_mg, sources, why", [
    (230, [230.0], "each salt's magnesium stated on its own line, in parentheses: the statements add up to the "
     "printed total, so the total is all of it, counted once"),
    (300, [80.0, 150.0, 300.0], "near miss: statements that do not add up to the 'total' are not its parts"),
])
def test_total_under_compound_rows_with_their_statements_on_one_line(total_mg, sources, why):
    text = ("Each tablet contains:\nMagnesium glycinate 1.1 g (equivalent to magnesium 150 mg)\n"
            f"Magnesium citrate 500 mg (equivalent to magnesium 80 mg)\nTotal magnesium {total_mg} mg\n"
            "Directions: Adults - take 1 tablet daily with food.\n")
    facts = parse_label(text)
    assert sorted(s.elemental_mg for s in facts.sources) == sorted(sources), why


@pytest.mark.parametrize("row, note, sources, why", [
    ("Magnesium‡   144 mg   34%", "‡ As", [(144.0, 2000.0)], "the note the row's mark opens weighs its salt: the row's "
     "source and its compound weight, not a second source (though 2 g of the salt computes to 165 mg)"),
    ("Magnesium   144 mg   34%", "‡ As", [(144.0, None), (165.1, 2000.0)], "near miss: a row with no mark has no "
     "note; the weighed salt below is read as a row of its own"),
    ("Magnesium   144 mg   34%", "As", [(144.0, 2000.0)], "one salt introduced under the row ('As …', the mark lost "
     "by OCR) is its source when it can hold the row's magnesium, even below the formula's share (the label's 7.2%)"),
    ("Magnesium   50 mg   12%", "As", [(50.0, None), (165.1, 2000.0)], "near miss: a salt holding more than twice "
     "the row's magnesium is not that row's (a digit lost?): its own source"),
])
def test_a_salt_weighed_under_an_element_row(row, note, sources, why):
    text = H + row + f"\n{note} magnesium L-threonate (Magtein®), from 2 g per serving.\nOther Ingredients: cellulose.\n"
    got = sorted((round(s.elemental_mg, 1), s.compound_mg) for s in parse_label(text).sources)
    assert got == sources, why


@pytest.mark.parametrize("footnote, sources, why", [
    ("† from 1,000 mg magnesium citrate", [150.0],
     "a salt's weight whose magnesium range (hydrate to anhydrous) holds the element row's amount is that row's salt"),
    ("† from 500 mg magnesium citrate", [80.8, 150.0], "near miss: a salt that cannot hold the row's magnesium is another source"),
])
def test_an_element_row_and_its_salt_in_a_footnote(footnote, sources, why):
    text = ("Supplement Facts\nServing Size 2 Capsules\nAmount Per Serving   % Daily Value\nMagnesium†   150 mg   36%\n"
            + footnote + "\nOther Ingredients: Vegetable cellulose (capsule), rice flour.\n")
    assert sorted(round(s.elemental_mg, 1) for s in parse_label(text).sources) == sources, why


@pytest.mark.parametrize("rows, sources, why", [
    ("Magnesium amino acid chelate   500 mg\nequiv. magnesium   100 mg\nMagnesium oxide-heavy   166 mg\n"
     "equiv. magnesium   100 mg\n", [100.0, 100.0],
     "a statement naming no form under each salt in turn is that salt's magnesium, even when the two are equal"),
    ("Magnesium amino acid chelate   500 mg\nMagnesium oxide-heavy   166 mg\nequiv. magnesium   200 mg\n", [200.0],
     "near miss: one statement under both salts is the magnesium of both"),
])
def test_a_statement_under_each_salt(rows, sources, why):
    facts = parse_label("Each tablet contains:\n" + rows)
    assert sorted(s.elemental_mg for s in facts.sources) == sources, why


@pytest.mark.parametrize("sentence, elemental, why", [
    ("1 tabletka zawiera 618,43 mg magnezu cytrynianu, co odpowiada 100 mg jonów magnezu (Mg2+), oraz 10 mg "
     "pirydoksyny chlorowodorku.", 100.0, "'100 mg jonów magnezu': the amount before the element's ions is its"),
    ("1 tabletka zawiera 618,43 mg magnezu cytrynianu, co odpowiada 100 mg magnezu, oraz 10 mg pirydoksyny "
     "chlorowodorku.", 100.0, "the same without 'jonów'"),
])
def test_amount_of_the_elements_ions(sentence, elemental, why):
    facts = parse_label(sentence + "\n")
    assert [s.elemental_mg for s in facts.sources] == [elemental], why


def test_czech_dose_heading_declensions():
    """'v 1 dávce (60 ml)' names the serving's column beside 've 100 ml', which is the food table's reference."""
    facts = parse_label("Výživové údaje   ve 100 ml   v 1 dávce (60 ml)   % RHP*\nHořčík   625 mg   375 mg   100 %\n")
    assert [s.declared.mg for s in facts.sources] == [375.0]


def test_unclosed_bracket_closes_before_the_next_number():
    pd = ParenDepths("Magnesium (as magnesium citrate 200 mg")
    text = "Magnesium (as magnesium citrate 200 mg"
    assert pd[text.index("citrate")] == 1 and pd[text.index("200")] == 0
    closed = "Magnesium (from 1,000 mg magnesium citrate) 200 mg"
    pd = ParenDepths(closed)
    assert pd[closed.index("1,000")] == 1, "a bracket that is closed keeps its numbers inside"


@pytest.mark.parametrize("row, basis, elemental_mg, why", [
    ("magnesium citrate) 250 mg", Basis.ELEMENTAL, 250, "closed but never opened: the element name before the lost "
     "'(' declared 250 mg, its salt is the source clause"),
    ("magnesium oxide] 250 mg", Basis.ELEMENTAL, 250, "a square bracket lost its opener the same way"),
    ("Magnesium citrate 250 mg", Basis.COMPOUND, 40.4, "near miss: no bracket, the salt's own weight"),
    ("Magnesium citrate (Albion) 250 mg", Basis.COMPOUND, 40.4, "near miss: a bracket opened and closed after the "
     "salt is a trade name, still the salt's weight"),
    ("Magnesium citrate 250 mg)", Basis.COMPOUND, 40.4, "near miss: a stray bracket after the amount says nothing "
     "about the name before it"),
])
def test_a_salt_in_a_bracket_whose_opener_was_lost(row, basis, elemental_mg, why):
    facts = parse_label("Medicinal Ingredients\nEach tablet contains:\n" + row + "\n")
    (src,) = facts.sources
    assert (src.basis, round(src.elemental_mg, 1)) == (basis, elemental_mg), why


def test_next_line_is_not_taken_from_another_row():
    """Near miss of amount.next_line: the next line is a row of its own, so it keeps its amount."""
    rows = read_label(H + "Magnesium (as magnesium citrate)\nZinc 10 mg 91%\n").rows
    mg_row = next(r for r in rows if "itrate" in r.label_text or r.label_text.lower().startswith("magnesium"))
    assert mg_row.declared is None


def test_next_nutrients_amount_stays_with_it():
    """Near miss of amount.before_name: in a two-column row the amount before 'Magnesium' is calcium's."""
    row = _row(H + "Calcium 500 mg 38%   Magnesium 250 mg 60%\n")
    assert (row.declared.mg, row.percent_dv) == (250, 60)


def test_blend_row_is_the_weight_of_the_element_rows_salts():
    text = H + "Magnesium (as magnesium glycinate, magnesium malate) 270 mg 64%\nMagnesium Complex Blend 1,500 mg **\n"
    assert [r.head for r in read_label(text).rows if r.declared] == ["element", "blend"]
    (src,) = parse_label(text).sources
    assert (src.elemental_mg, src.compound_declared.mg) == (270, 1500)


@pytest.mark.parametrize("first, last, elemental_mg, why", [
    ("Magnesium Complex   3,000 mg   †", "Elemental Magnesium   400 mg   95%", 400.0,
     "a magnesium row with no %DV over the marked element row with one: the first is the salts' weight"),
    ("Magnesium Complex   3,000 mg   714%", "Elemental Magnesium   400 mg   95%", 3400.0,
     "near miss: the first row prints a %DV of its own, so it is magnesium too"),
    ("Magnesium Complex   300 mg   †", "Elemental Magnesium   400 mg   95%", 700.0,
     "near miss: a row holding less than the element row cannot be its salts' weight"),
])
def test_salts_weight_over_the_element_row(first, last, elemental_mg, why):
    text = H + f"{first}\n(magnesium glycinate, magnesium malate, magnesium taurate)\n{last}\n"
    assert sum(s.elemental_mg for s in parse_label(text).sources) == pytest.approx(elemental_mg), why


def test_subrows_by_salt_are_parts_of_the_element_row():
    """'w tym z cytrynianu … 150 mg' and 'w tym z tlenku … 100 mg' under 'Magnez 250 mg' split it by salt; a near
    miss: sub-rows that add up to more than the row are not its parts."""
    head = "Składniki   2 tabletki   % RWS*\nMagnez   250 mg   67 %\n"
    parts = head + "w tym z cytrynianu magnezu   150 mg   –\nw tym z tlenku magnezu   100 mg   –\n"
    (src,) = parse_label(parts).sources
    assert (src.elemental_mg, set(src.forms)) == (250, {MagnesiumForm.CITRATE, MagnesiumForm.OXIDE})
    more = head + "w tym z cytrynianu magnezu   200 mg   –\nw tym z tlenku magnezu   100 mg   –\n"
    assert len(parse_label(more).sources) > 1


@pytest.mark.parametrize("rows, elemental_mg, n_sources, why", [
    ("from magnesium glycinate   150 mg\nfrom magnesium oxide   150 mg\n", 300, 1,
     "'from' sub-rows whose amounts add up to the row above state the magnesium from each salt"),
    ("from magnesium glycinate   1420 mg\nfrom magnesium oxide   166 mg\n", 300, 1,
     "'from' sub-rows whose salts hold the row's magnesium (200 + 100 mg at 14.1% and 60.3%) weigh each salt"),
    ("from magnesium glycinate   150 mg\nfrom magnesium oxide   400 mg\n", None, 3,
     "near miss: sub-rows that add up to the row neither way are not its parts"),
])
def test_from_subrows_are_parts_of_the_element_row(rows, elemental_mg, n_sources, why):
    text = H + "Magnesium   300 mg   71%\n" + rows
    src = parse_label(text).sources
    assert len(src) == n_sources, why
    if elemental_mg is not None:
        assert src[0].elemental_mg == elemental_mg and set(src[0].forms) == {MagnesiumForm.GLYCINATE, MagnesiumForm.OXIDE}, why


@pytest.mark.parametrize("warning, amounts, why", [
    ("Bei Nahrungsergänzungsmitteln mit mehr ais 250 mg Magnesium pro Tagesverzehrmenge kann es zu abführender Wirkung kommen.",
     [400], "a long limit phrase with one letter misread ('mehr ais') still states a limit"),
    ("Bei Nahrungsergänzungsmitteln mit mhr als 250 mg Magnesium pro Tagesverzehrmenge kann es zu abführender Wirkung kommen.",
     [400], "a long limit phrase with one letter lost ('mhr als') still states a limit"),
    ("Mehr 250 mg Magnesium pro Tagesverzehrmenge.", [400, 250], "near miss: no limit phrase, no limit"),
])
def test_a_limit_phrase_misread_by_one_letter(warning, amounts, why):
    text = "Nährwertangaben   pro Tablette   % NRV*\nMagnesium   400 mg   107 %\n" + warning + "\n"
    assert [r.declared.mg for r in read_label(text).rows if r.declared] == amounts, why


@pytest.mark.parametrize("heading, elemental_mg, why", [
    ("Amount Per Serving %DV Amount Per Day %DV", 125.0,
     "a day's column right after a %DV cell (OCR kept one space) is still the day's, not the %DV column's heading"),
    ("Amount Per Serving  %DV  Amount Per Day  %DV", 125.0, "the same heading with its column gaps"),
])
def test_a_days_column_after_a_percent_cell(heading, elemental_mg, why):
    """(The near miss, a count right after a %-cell naming the %-column's serving, "% VNR* pour 2 gélules", is a
    case of test_reading_rules above.)"""
    text = "Supplement Facts\nServing Size 2 Capsules\n" + heading + "\nMagnesium (as magnesium bisglycinate chelate)  125 mg 30%  250 mg 60%\n"
    assert [s.elemental_mg for s in parse_label(text).sources] == [elemental_mg], why


@pytest.mark.parametrize("heading, elemental_mg, why", [
    ("Amount Per Serving %DV Amount Per Day (2 Tablets) %DV", 200.0,
     "a day's column that counts its units, right after a %DV cell (one space), is the day's column too"),
    ("Amount Per Serving  %DV  Amount Per Day (2 Tablets)  %DV", 200.0, "the same heading with its column gaps"),
])
def test_a_days_column_counting_its_units_after_a_percent_cell(heading, elemental_mg, why):
    text = ("Supplement Facts\nServing Size 1 Tablet\n" + heading
            + "\nMagnesium (as magnesium oxide, magnesium citrate)  200 mg 48%  400 mg 95%\n")
    assert [s.elemental_mg for s in parse_label(text).sources] == [elemental_mg], why


@pytest.mark.parametrize("heading, columns, why", [
    ("Per 3 Tablets %DV Per 6 Tablets %DV", [(3.0, "tablet"), (6.0, "tablet")],
     "after a %DV cell, a heading for other units is a column of amounts (OCR kept one space between the cells)"),
    ("Pour 2 gelules % VNR* pour 2 gelules", [(2.0, "capsule")],  # (the parser reads accents folded)
     "near miss: a heading after a %-cell repeating the column's units is the %-column's own"),
    ("% AR* pro Tagesdosis (2 Kapseln)", [],
     "near miss: a heading after a %-cell before any column of amounts is the %-column's own"),
])
def test_a_heading_after_a_percent_cell(heading, columns, why):
    assert [(c.count, c.unit) for c in column_labels(heading)] == columns, why


@pytest.mark.parametrize("heading, columns, why", [
    ("Voedingswaarde / Valeurs nutritionnelles   per 100 g / pour 100 g   per zakje / par sachet (7,5 g)   % RI* / % AR*",
     [(100.0, "g"), (1.0, "packet")], "each column named in two languages, the second after a slash, is one column"),
    ("Nährwerte   pro 100 g / pro Kapsel   % NRV*", [(100.0, "g"), (1.0, "capsule")],
     "near miss: other units after the slash are a column of their own"),
    ("Nutrition   per 100 g   per 100 g   % RI", [(100.0, "g"), (100.0, "g")],
     "near miss: the same units again across a column gap (no slash) stay two columns"),
])
def test_a_bilingual_heading_names_each_column_twice(heading, columns, why):
    from auditor.clean import fold

    assert [(c.count, c.unit) for c in column_labels(fold(heading))] == columns, why


def test_a_bilingual_table_reads_the_sachets_column():
    text = ("Voedingswaarde / Valeurs nutritionnelles   per 100 g / pour 100 g   per zakje / par sachet (7,5 g)   % RI* / % AR*\n"
            "Magnesium / Magnésium   2000 mg   150 mg   40 %\nKalium / Potassium   8000 mg   600 mg   30 %\n"
            "Gebruik: 1 zakje per dag oplossen in 150 ml water.\n")
    assert [s.elemental_mg for s in parse_label(text).sources] == [150.0]


def test_stated_limit_is_not_an_amount():
    text = H + "Magnesium (as magnesium citrate) 200 mg 48%\nWarning: more than 250 mg of magnesium a day may have a laxative effect.\n"
    assert [r.declared.mg for r in read_label(text).rows if r.declared] == [200]
    assert parse_label(text).sources[0].elemental_mg == 200


@pytest.mark.parametrize("line, declared_mg, why", [
    ("Magnesium Content: 1 level scoop (25 g) provides approx. 3,000 mg of elemental magnesium.", [3000],
     "the bracket after '1 level scoop' weighs the scoop; the magnesium is stated after it"),
    ("Magnesium: 2 tablets (1.6 g) providing 400 mg of elemental magnesium", [400], "two tablets' weight, in grams"),
    ("Magnesium: 2 tablets (1,600 mg) providing 400 mg of elemental magnesium", [400], "the same weight in mg"),
    ("Magnesium per 20 ml (300 mg)", [300], "after a measure (20 ml) the bracketed amount may be the nutrient's"),
    ("Magnesium (from 1 scoop) 300 mg", [300], "a count in the bracket, no weight: the row's amount stands"),
    ("Magnesium (25 g) 300 mg", [300], "a bracket with no count and unit before it is not a units' weight"),
])
def test_the_weight_of_the_units_is_not_an_amount(line, declared_mg, why):
    assert [r.declared.mg for r in read_label(line + "\n").rows if r.declared] == declared_mg, why


@pytest.mark.parametrize("line, elemental_mg, basis, why", [
    ("2 comprimés apportent : bisglycinate de magnésium 1400 mg, dont magnésium 196 mg (52 % VNR)", 196, "elemental",
     "the marker before the salt's name announces the statement; 1400 mg weighs the salt, 'dont' gives the element"),
    ("Each serving supplies: magnesium citrate 1,000 mg", None, "compound",
     "a marker before the salt's name: the amount after the name is the salt's weight"),
    ("Magnesium citrate, providing 200 mg of magnesium", 200, "elemental", "near miss: the marker after the name governs"),
    ("Citrate de magnésium 1800 mg, apportant 270 mg de magnésium", 270, "elemental", "near miss: the amount after the marker"),
    ("Providing 444 mg elemental magnesium", 444, "elemental", "near miss: an element row keeps the marker before it"),
])
def test_marker_before_a_salts_name_does_not_govern_its_weight(line, elemental_mg, basis, why):
    sources = [s for s in parse_label(line + "\n").sources if s.declared is not None]
    assert len(sources) == 1, why
    assert sources[0].basis == Basis(basis), why
    if elemental_mg is not None:
        assert sources[0].elemental_mg == elemental_mg, why
    else:
        assert sources[0].declared.mg == 1000, why


def test_marker_governs_an_amount_found_on_another_line():
    text = "Nährwerte pro Tagesdosis (1 Tablette)   %NRV*\nMagnesiumoxid\ndavon Magnesium\n500 mg\n300 mg  80 %\n"
    rows = [r for r in read_label(text).rows if r.declared]
    assert [(r.head, r.declared.mg, r.marker) for r in rows] == [("form", 500, False), ("element", 300, True)]


def test_every_reading_rule_is_tested_here():
    tested = {"amount.in_row", "amount.next_line", "amount.column_block", "percent.next_line", "amount.column_heading",
              "amount.names_compound", "amount.before_name"}
    # the rest are exercised by the cases below through their effect on the row
    covered_elsewhere = {"amount.after_marker", "amount.serving_column", "compound.names_form",
                         "compound.from_paren", "compound.before_name", "marker.elemental", "head.source_in_lost_bracket",
                         "forms.footnote", "amount.percent_column",
                         "amount.element_column", "amount.unit_heading"}
    assert set(RULES) == tested | covered_elsewhere


@pytest.mark.parametrize("text, rule, declared_mg, compound_mg, why", [
    ("400 mg magnesium oxide\n", "amount.names_compound", 400, None, "an amount before a compound name with nothing else"),
    ("Citrate de magnésium 1800 mg, apportant 270 mg de magnésium\n", "amount.after_marker", 270, 1800,
     "after the marker the element; before it the compound"),
    ("Pro Kapsel   100 mg\nMagnesium (as citrate)   100 mg   300 mg   80 %\nServing Size 3 Capsules\n", "amount.serving_column", 300, None,
     "no headings over the columns: the one that is the serving size times the first"),
    (H + "Magnesium 144 mg (as 2,000 mg magnesium L-threonate) 34%\n", "compound.names_form", 144, 2000,
     "an amount followed by a compound name is that compound's weight"),
    (H + "Magnesium 160 mg (from 1,000 mg) 38%\n", "compound.from_paren", 160, 1000, "'(from 1,000 mg)' with no name after it"),
    ("175 mg magnesium aspartate (equivalent to 11.8 mg magnesium)\n", "compound.before_name", 11.8, 175,
     "the amount before the name is the compound when the row states the element too"),
    (H + "Magnesium Glycinate (providing 100 mg elemental magnesium) 700 mg\n", "marker.elemental", 100, 700,
     "the marker governs the amount it introduces"),
])
def test_compound_and_marker_rules(text, rule, declared_mg, compound_mg, why):
    row = next(r for r in read_label(text).rows if r.declared is not None)
    assert rule in row.rules, (why, row.rules)
    assert row.declared.mg == pytest.approx(declared_mg), why
    assert (row.compound.mg if row.compound else None) == compound_mg, why


# ---------------------------------------------------------------- sections


@pytest.mark.parametrize("text, is_list, why", [
    ("Składniki: chlorek magnezu, celuloza.\n", True, "a heading with a colon and a list"),
    ("Składniki        w 2 tabletkach      % RWS*\nMagnez   128 mg   34 %\n", False, "a table's heading row: column labels follow"),
    ("Other ingredients: hypromellose, rice flour.\n", True, "US list"),
    ("Made with domestic and imported ingredients.\n", False, "a sentence that says 'ingredients'"),
])
def test_ingredient_sections(text, is_list, why):
    c = clean_ocr_text(text).text
    assert bool(ingredient_sections(c)) is is_list, why


# ---------------------------------------------------------------- serving


@pytest.mark.parametrize("directions, daily, why", [
    ("Take 1 capsule twice daily.", 1.0, "1 capsule twice a day of a 2-capsule serving"),
    ("Take 1 capsule twice\ndaily.", 1.0, "the same sentence wrapped over two lines"),
    ("Take 2 capsules daily.\nChildren: 1 capsule daily.", 1.0, "a new sentence on the next line is not a continuation"),
    ("Take 1 capsule in the morning and\n3 capsules before bed.", 2.0, "a split dose wrapped after 'and'"),
    ("Take 2 capsules daily, 1 in the morning and 1 in the evening.", 1.0,
     "the day's dose, then how to split it: one serving a day, not the day's dose morning and evening"),
    ("Take 2 capsules in the morning and evening.", 2.0, "near miss: a dose taken morning and evening is taken twice"),
    ("Take 1 capsule morning, noon and evening.", 1.5, "morning, noon and evening are three intakes"),
])
def test_daily_servings(directions, daily, why):
    facts = parse_label(H + "Magnesium (as magnesium citrate) 200 mg 48%\nSuggested use: " + directions + "\n")
    assert facts.serving.daily_servings == pytest.approx(daily), why


# ---------------------------------------------------------------- dose: the basis rules, each with its id


def _declared(mg: float, *, head: str = "form", pct: int | None = None, marker: bool = False, compound: float | None = None,
              form: MagnesiumForm = MagnesiumForm.CITRATE) -> tuple[DeclaredRow, MagnesiumForm]:
    amount = Amount(mg, "mg", mg, f"{mg:g} mg", (0, 1))
    comp = Amount(compound, "mg", compound, f"{compound:g} mg", (2, 3)) if compound else None
    fm = FormMention(form, form.value, (4, 5))
    return DeclaredRow(forms=(fm,), head=head, declared=amount, compound=comp, percent_dv=pct, marker=marker), form


@pytest.mark.parametrize("kw, rule, basis, why", [
    (dict(mg=100, marker=True), "basis.marker", Basis.ELEMENTAL, "an elemental marker governs it"),
    (dict(mg=100, head="element", compound=600), "basis.element_row_with_compound", Basis.ELEMENTAL, "element row + compound"),
    (dict(mg=100, head="element"), "basis.element_row", Basis.ELEMENTAL, "'Magnesium (as …) 100 mg' declares the element"),
    (dict(mg=200, pct=48), "basis.dv_fits_element", Basis.ELEMENTAL, "200/420 = 48%: the %DV fits the element"),
    (dict(mg=1250, pct=48), "basis.dv_fits_compound", Basis.COMPOUND, "1250 mg citrate × 16.2% = 202 mg = 48%"),
    (dict(mg=1000, pct=10), "basis.dv_fits_neither", Basis.COMPOUND, "neither 1000 mg nor 162 mg is 10% of a DV"),
    (dict(mg=500, form=MagnesiumForm.AMINO_ACID_CHELATE), "basis.unnamed_chelate", Basis.COMPOUND, "a chelate of no named acid"),
    (dict(mg=500), "basis.compound_name", Basis.COMPOUND, "a compound name with an amount, nothing else"),
])
def test_basis_rules(kw, rule, basis, why):
    row, form = _declared(**kw)
    got_basis, reason, got_rule = decide_basis(row, form, (form,), None)
    assert (got_basis, got_rule) == (basis, rule), why
    assert f"(rule {rule})" in reason  # the id is shown to the user with the reason


def test_every_basis_rule_is_tested_here():
    assert [r.id for r in BASIS_RULES] == ["basis.marker", "basis.element_row_with_compound", "basis.element_row",
                                          "basis.dv_fits_element", "basis.dv_fits_compound", "basis.dv_fits_neither",
                                          "basis.unnamed_chelate", "basis.compound_name"]


@pytest.mark.parametrize("mg, pct, population, ref, why", [
    (200, 48, "adult", 420, "200/420 = 47.6 → 48"),
    (200, 50, "adult", 400, "the legacy 400 mg DV"),
    (80, 100, "child_1_3", 80, "the 1-3 years DV"),
    (300, 80, "adult", 375, "EU NRV 375: 300/375 = 80"),
    (200, 60, "adult", None, "60% fits no reference"),
])
def test_dv_matches(mg, pct, population, ref, why):
    assert dv_matches(mg, pct, population) == ref, why


@pytest.mark.parametrize("text, elemental, warned, why", [
    ("Magnesium 999999999999 mg", None, True, "more magnesium than any product holds: a warning, no amount"),
    ("Magnesium " + "9" * 500 + " mg", None, True, "a digit run is not a number a label means"),
    ("0.000.0 mg magnesium", None, True, "digits and points that make no number"),
    ("Magnesium 400 mg", 400, False, "a plausible amount stays"),
])
def test_impossible_amounts(text, elemental, warned, why):
    facts = parse_label(text)
    assert facts.sources[0].elemental_mg == elemental, why
    assert any("not" in w for w in facts.warnings) is warned, why


def test_reading_stops_at_the_mention_cap():
    cap = 500  # limits.toml [parse] max_magnesium_mentions
    facts = parse_label("Magnesium (as citrate) 200 mg 48%\n" * (cap + 50))
    assert facts.sources and facts.sources[0].elemental_mg == 200
    assert any("more than 500 times" in w for w in facts.warnings)


# ---------------------------------------------------------------- held-out round 8: a unit's composition heading, rates,
# directions' arithmetic, hydrate states


@pytest.mark.parametrize("line, heads, why", [
    ("1 Tablette enthält: Wirkstoff: 500 mg Magnesiumorotat", True, "a count, the unit and the verb of containing (German medicine)"),
    ("Composition : un comprimé enrobé contient :", True, "'un' stands for the count (French)"),
    ("1 tabletka zawiera:", True, "Polish"),
    ("Each bottle contains 60 capsules", True, "'each' as before"),
    ("Magnesium 200 mg contains no sugar", False, "a count with no unit of serving after it is an amount, not a heading"),
    ("Magnesium is a mineral that the body contains", False, "'a' is not one of the heading's words"),
])
def test_a_units_composition_heads_the_panel(line, heads, why):
    assert (patterns().panel_heading.search(clean_ocr_text(line).text) is not None) is heads, why


@pytest.mark.parametrize("text, amounts, why", [
    ("Enfants : 10 à 30 mg/kg/jour de magnésium", [], "a dose per kilogram of body weight is a rate, not an amount held"),
    ("30 mg / kg", [], "spaced the same"),
    ("300 mg/jour de magnésium", ["300 mg"], "a dose per day is an amount"),
    ("60 mg/kgs", ["60 mg"], "only 'kg' as a word makes the rate"),
])
def test_a_rate_per_kilogram_is_not_an_amount(text, amounts, why):
    assert [m.group(0) for m in patterns().amount.finditer(clean_ocr_text(text).text)] == amounts, why


MAGNEROT = """magnerot CLASSIC N
Magnesiumorotat Dihydrat 500 mg
1 Tablette enthält: Wirkstoff: 500 mg Magnesiumorotat Dihydrat (entsprechend 32,8 mg Magnesium).
Dosierung: Eine Woche lang 3-mal 2 Tabletten (entsprechend 196,8 mg Magnesium). Anschließend 2-3 Tabletten täglich (98,4 mg Magnesium).
"""


def test_an_amount_on_the_directions_line_is_their_arithmetic_not_a_source():
    """The panel's 32.8 mg per tablet counts; the title's compound weight is a front claim; the directions' "(98,4 mg
    Magnesium)" is three tablets worked out, set apart. The near miss: a label whose only statement is on its
    directions line keeps it."""
    facts = parse_label(MAGNEROT)
    assert [s.declared.mg for s in facts.sources] == [32.8], facts.sources
    assert sorted(s.declared.mg for s in facts.front_claims) == [98.4, 500.0]
    alone = parse_label("Magnesium citrate capsules\nDirections: take 2 capsules daily, providing 200 mg magnesium.\n")
    assert [s.declared.mg for s in alone.sources] == [200.0] and not alone.front_claims


def test_a_hydrate_named_in_the_labels_language():
    """'Dihydrat' (German) is the dihydrate formula: 500 mg orotate dihydrate × 6.56 % = 32.8 mg, not the 36.3 mg of
    the anhydrous salt; with no hydrate named, the range over both stays."""
    named = parse_label("Supplement Facts\nMagnesiumorotat Dihydrat 500 mg\n").sources[0]
    assert named.variant == "dihydrate" and named.elemental_mg == pytest.approx(500 * 24.305 / 370.51, abs=0.1)
    bare = parse_label("Supplement Facts\nMagnesiumorotat 500 mg\n").sources[0]
    assert bare.variant is None


def test_one_salt_weighed_at_two_hydrate_states_is_one_source():
    """Doan's Drug Facts: 580 mg of the tetrahydrate 'equivalent to 467.2 mg of anhydrous magnesium salicylate' is
    one ingredient (24.305 / 370.59 × 580 = 38.0 mg magnesium), not two. The near miss: two rows of one salt at
    one state and different weights stay two ingredients."""
    df = ("Drug Facts\nActive ingredient (in each caplet)   Purpose\n"
          "Magnesium salicylate tetrahydrate 580 mg (NSAID)*   Pain reliever\n"
          "(equivalent to 467.2 mg of anhydrous magnesium salicylate)\n")
    facts = parse_label(df)
    assert len(facts.sources) == 1 and facts.sources[0].elemental_mg == pytest.approx(38.0, abs=0.1), facts.sources
    assert "analgesic" in facts.drug_purposes
    from auditor import audit_text

    verdict = audit_text(df).verdict
    assert verdict.level.value == "unsuitable" and any("pain-relief drug" in r for r in verdict.reasons), verdict
    two = parse_label("Supplement Facts\nMagnesium citrate 500 mg\nMagnesium citrate 300 mg\n")
    assert len(two.sources) == 2


@pytest.mark.parametrize("text, declared, why", [
    ("Herbiotics\nMAGNESIUM\nGLYCINATE\n500 MG\n60 TABLETS\n", 500.0, "a stacked title: the name over two lines, its amount alone on the next"),
    ("MAGNESIUM\nGLYCINATE 500 MG\n", 500.0, "the amount on the line where the name ends"),
    ("MAGNESIUM\nGLYCINATE\nSUPPORTS SLEEP\n60 TABLETS\n", None, "near miss: no amount after the name (60 tablets is a count, not a weight)"),
    ("Contenuti medi: 2 compresse apportano: magnesio\nbisglicinato 1400 mg, di cui magnesio 196 mg (52 %\nVNR*).\n", None,
     "near miss: a name ending a line of prose; the next line's amounts are that line's own rows (196 mg in all)"),
])
def test_a_name_stacked_over_lines_takes_the_amount_after_it(text, declared, why):
    rows = [r for r in read_label(text).rows if r.forms]
    assert rows and rows[0].forms[0].form is MagnesiumForm.GLYCINATE, why
    assert (rows[0].declared.mg if rows[0].declared else None) == declared, why


@pytest.mark.parametrize("text, declared, why", [
    ("Magnesium (gesamt)\nTagesbedarfsdeckung 2.0:\n• 400mg = 106.7% NRV\n", 400.0,
     "a caption ending in a colon announces the bulleted values under it (an infographic's panel)"),
    ("Magnez Cytrynian\nProszek\nSuplement diety\n200 g\n", None,
     "near miss: lines that announce nothing (product type) are not passed to reach a pack's net weight"),
    ("Magnesium (gesamt)\nZink:\n10 mg\n", None, "near miss: a caption naming another nutrient stops the search"),
])
def test_values_announced_by_a_caption_under_the_name(text, declared, why):
    rows = [r for r in read_label(text).rows if r.forms or r.head == "element"]
    assert rows, why
    assert (rows[0].declared.mg if rows[0].declared else None) == declared, why


def test_magnesium_trisilicate_is_an_antacids_active_ingredient():
    """Gaviscon Regular Strength: 'Magnesium trisilicate 14.2 mg' per tablet (DailyMed) holds 14.2 × 13.85 % to
    14.2 × 18.63 % magnesium over its hydrates (Mg2Si3O8·5H2O to Mg2Si3O8: 1.97 to 2.65 mg). The near miss: magnesium
    silicate in an ingredient list is still an excipient."""
    df = ("Drug Facts\nActive ingredients (in each tablet)   Purpose\nDried aluminum hydroxide gel 80 mg   Antacid\n"
          "Magnesium trisilicate 14.2 mg   Antacid\n")
    src = parse_label(df).sources
    assert [s.form for s in src] == [MagnesiumForm.TRISILICATE]
    lo, hi = src[0].elemental_mg_range
    assert lo == pytest.approx(1.97, abs=0.02) and hi == pytest.approx(2.65, abs=0.02)
    neg = parse_label("Vitamin D3 1000 IU\nIngredients: microcrystalline cellulose, magnesium silicate.\n")
    assert not neg.sources


@pytest.mark.parametrize("text, elemental_mg, compound_mg, why", [
    ("Denní dávka 2 kapsle obsahuje 200 mg hořčíku (53 % RHP*) ve formě bisglycinátu hořečnatého.\n", 200.0, None,
     "the element's word declined ('hořčíku') is the element whole, not 'hořčík' followed by a compound's word"),
    ("Tagesdosis: 500 mg Magnesiumcitrat\n", None, 500.0,
     "near miss: the element's word glued to a salt's name ('Magnesiumcitrat') is the compound the amount weighs"),
    ("Each serving provides 1330 mg of magnesium citrate\n", None, 1330.0,
     "near miss: 'mg of magnesium citrate' still weighs the compound"),
])
def test_an_amount_before_the_elements_declined_word(text, elemental_mg, compound_mg, why):
    src = parse_label(text).sources
    assert len(src) == 1, why
    if elemental_mg is not None:
        assert src[0].basis is Basis.ELEMENTAL and src[0].elemental_mg == pytest.approx(elemental_mg), why
    else:
        assert src[0].compound_mg == pytest.approx(compound_mg), why


@pytest.mark.parametrize("text, forms, elemental_mg, why", [
    ("1 tableta obsahuje:\nMagnesii lactas dihydricus   500 mg\n", ["lactate"], 51.0,
     "the Pharmacopoeia's Latin name weighs the salt, at the hydrate it names (dihydrate: 10.2 % magnesium)"),
    ("1 tableta obsahuje:\nMagnesii lactas   500 mg\n", ["lactate"], 60.0,
     "near miss: the Latin name with no hydrate is the anhydrous salt (12.0 %)"),
    ("Zloženie: vitamín C 500 mg, mikrokryštalická celulóza, magnesii stearas.\n", [], None,
     "near miss: the Latin stearate is an excipient, not a source"),
    ("Magnezij   375 mg   100 %\nSastojci: magnezijev karbonat, magnezijev oksid.\n", ["carbonate", "oxide"], 375.0,
     "the Croatian adjective before a salt ('magnezijev oksid') names the salts of the row above"),
    ("Hořčík   250 mg   67 %\nSložení: citrát hořečnatý, bisglycinát hořečnatý.\n", ["citrate", "glycinate"], 250.0,
     "the Czech adjective after a salt ('citrát hořečnatý') names the salts of the row above"),
])
def test_salts_named_in_latin_and_in_adjectives(text, forms, elemental_mg, why):
    src = parse_label(text).sources
    assert sorted(f.value for s in src for f in s.forms if f is not MagnesiumForm.UNKNOWN) == forms, why
    assert [round(s.elemental_mg, 1) for s in src if s.elemental_mg is not None] == ([elemental_mg] if elemental_mg else []), why


@pytest.mark.parametrize("header, elemental_mg, why", [
    ("Valores medios   Por 100 g   Por 2 gominolas (5 g)   %VRN*\n", 75.0,
     "gummies named in the label's language head a serving column beside the per-100 g reference column"),
    ("Valores medios   Por 100 g   Por 2 comprimidos (5 g)   %VRN*\n", 75.0,
     "the same table with tablets: the column for units is the serving's, whatever the unit"),
])
def test_a_per_100_g_column_is_a_reference_not_the_serving(header, elemental_mg, why):
    text = header + "Azúcares   45 g   2,3 g\nMagnesio   1,5 g   75 mg   20 %\n"
    src = parse_label(text).sources
    assert [s.elemental_mg for s in src] == [pytest.approx(elemental_mg)], why


@pytest.mark.parametrize("text, form, from_ending, why", [
    ("Magnesiumsitraatti", MagnesiumForm.CITRATE, False, "a Finnish salt's name in the nominative: the stem and '-ti'"),
    ("Magnesiumsitraatista", MagnesiumForm.CITRATE, True, "the elative, '-tista', says 'from magnesium citrate'"),
    ("magnesiumoksidia", MagnesiumForm.OXIDE, False, "a stem not ending in '-aat' takes its ending directly"),
    ("Magnesiumsitraattijauhe", None, False, "near miss: a longer compound word is another word, not the salt's name"),
])
def test_finnish_case_endings_on_a_salts_name(text, form, from_ending, why):
    found = [m for m in find_mentions(clean_ocr_text(text).text) if m.kind == "form"]
    assert [m.form for m in found] == ([form] if form else []), why
    assert all(m.from_ending is from_ending for m in found), why


FINNISH_PARTS = ("Päiväannos (2 kapselia) sisältää:   % VS*\nMagnesiumsitraatista   100 mg\n"
                 "Magnesiumbisglysinaatista   100 mg\n{last}\n")


@pytest.mark.parametrize("last, elemental_mg, forms, why", [
    ("Magnesium yhteensä   200 mg   53 %", 200.0, ["citrate", "glycinate"],
     "parts 'from' each salt, then their printed total ('yhteensä'): the total, once, with both salts"),
])
def test_finnish_parts_from_each_salt_and_their_total(last, elemental_mg, forms, why):
    facts = parse_label(FINNISH_PARTS.format(last=last))
    assert sum(s.elemental_mg for s in facts.sources if s.elemental_mg) == pytest.approx(elemental_mg), why
    assert sorted({f.value for s in facts.sources for f in s.forms}) == forms, why
    english = parse_label("Daily dose (2 capsules) contains:   % RI*\nfrom magnesium citrate   100 mg\n"
                          "from magnesium bisglycinate   100 mg\nMagnesium total   200 mg   53 %\n")
    assert [(s.elemental_mg, s.forms) for s in facts.sources] == [(s.elemental_mg, s.forms) for s in english.sources], (
        "the elative reads as the English 'from' does")


def test_a_finnish_salt_in_the_nominative_is_weighed_as_a_compound():
    """Near miss of the elative: "Magnesiumsitraatti 1000 mg" is the salt's weight (16.2 % magnesium at most)."""
    src = parse_label("Päiväannos (2 kapselia) sisältää:\nMagnesiumsitraatti   1000 mg\n").sources
    assert [(s.basis, round(s.elemental_mg, 1)) for s in src] == [(Basis.COMPOUND, 161.6)]


@pytest.mark.parametrize("raw, folded, why", [
    ("oksīds tabletėje conține", "oksids tableteje contine", "Latvian, Lithuanian and Romanian marks fold like French ones"),
    ("magnézium-biszglicinát", "magnezium-biszglicinat", "Hungarian double acute and acute"),
    ("Größe", "Große", "near miss: ß has no base letter plus a mark, so it stays (the text keeps its length)"),
    ("Μαγνήσιο (ως οξείδιο του μαγνησίου)", "Magnisio (os oxeidio toy magnisioy)",
     "Greek transliterated one letter for one, accents dropped, μ inside a Greek word an m"),
    ("Магнезий (като магнезиев цитрат)", "Magnezij (kato magneziev citrat)", "Bulgarian Cyrillic after ISO 9, marks dropped"),
    ("Biotin 50 μg", "Biotin 50 ug", "near miss: a Greek mu beside no Greek letter is the micro sign"),
])
def test_every_latin_letter_with_a_mark_folds_to_its_base_letter(raw, folded, why):
    from auditor.clean import fold
    assert fold(raw) == folded and len(fold(raw)) == len(raw), why


@pytest.mark.parametrize("text, forms, elemental_mg, why", [
    ("Sudėtis   1 tabletėje   RMV %*\nMagnis   375 mg   100 %\nSudedamosios dalys: magnio oksidas, magnio citratas.\n",
     ["citrate", "oxide"], 375.0, "Lithuanian: the element 'magnis', its salts in the genitive and nominative '-as'"),
    ("Uzturvērtība   1 tabletē   2 tabletēs   % URV*\nMagnijs   100 mg   200 mg   53 %\n"
     "Sastāvdaļas: magnija laktāts, magnija oksīds.\n", ["lactate", "oxide"], 200.0,
     "Latvian: declined tablets head the columns; the column for the most tablets is the daily dose"),
    ("Toitainete sisaldus   päevane annus (3 kapslit)   % TVV*\nMagneesium   375 mg   100 %\n"
     "Koostisosad: magneesiumtsitraat, kapsli kest.\n", ["citrate"], 375.0,
     "Estonian: 'magneesium' and its compound salt 'magneesiumtsitraat'"),
    ("Magnéziumtartalom: 5 fújás kb. 60 mg magnéziumot tartalmaz.\nÖsszetevők: Aqua, Magnesium Chloride.\n",
     ["chloride"], 60.0, "Hungarian: the element in the accusative after its amount"),
    ("Sudėtis   1 tabletėje\nMagnis   375 mg\nSudedamosios dalys: magnio stearatas.\n", [], 375.0,
     "near miss: a declined stearate is still an excipient, not the row's source"),
    # the salt names of Directive 2002/46/EC Annex II that are no stem of another language's
    ("Obsah látek   v 1 tabletě   % RHP*\nHořčík   100 mg   27 %\nSložení: uhličitan hořečnatý; plnidlo: celulóza.\n",
     ["carbonate"], 100.0, "Czech: 'uhličitan hořečnatý' (Annex II) is magnesium carbonate"),
    ("Obsah v 1 tablete\nHorčík   100 mg\nZloženie: síran horečnatý, mliečnan horečnatý.\n", ["lactate", "sulfate"], 100.0,
     "Slovak: 'síran' (sulfate) and 'mliečnan' (lactate) with the element's adjective after them"),
    ("Tápérték   1 tablettában\nMagnézium   100 mg\nÖsszetevők: magnézium-szulfát, magnézium-hidroxid.\n",
     ["hydroxide", "sulfate"], 100.0, "Hungarian: 'szulfát' and 'hidroxid' joined to the element by a hyphen"),
    ("Conținut   per tabletă\nMagneziu   100 mg\nIngrediente: clorură de magneziu.\n", ["chloride"], 100.0,
     "Romanian: 'clorură de magneziu'"),
    ("Sastāvs   1 tabletē\nMagnijs   100 mg\nSastāvdaļas: magnija hlorīds, magnija glikonāts.\n", ["chloride", "gluconate"],
     100.0, "Latvian: 'hlorīds' and 'glikonāts' in the nominative"),
    ("Obsah látek   v 1 tabletě\nHořčík   100 mg\nSložení: uhličitan vápenatý, oxid hořečnatý.\n", ["oxide"], 100.0,
     "near miss: calcium's carbonate ('uhličitan vápenatý') is not a magnesium source"),
])
def test_the_element_and_its_salts_in_other_eu_languages(text, forms, elemental_mg, why):
    src = parse_label(text).sources
    assert sorted({f.value for s in src for f in s.forms if f is not MagnesiumForm.UNKNOWN}) == forms, why
    assert [s.elemental_mg for s in src] == [pytest.approx(elemental_mg)], why


@pytest.mark.parametrize("heading, expected, why", [
    ("Uzturvērtība   1 tabletē   2 tabletēs   % URV*", [(1.0, "tablet"), (2.0, "tablet")],
     "Latvian locatives: a stem and its case ending are a unit"),
    ("Obsah   1 tabletėje   2 tabletėse   RMV %", [(1.0, "tablet"), (2.0, "tablet")], "Lithuanian locatives"),
    ("Hatóanyag   1 kapszulában   2 kapszulában   NRV%", [(1.0, "capsule"), (2.0, "capsule")], "Hungarian inessive"),
    ("Obsah   1 tabletopper   2 tabletopperful   %", [], "near miss: a stem with a longer tail is another word"),
])
def test_declined_units_head_table_columns(heading, expected, why):
    from auditor.clean import fold
    cols = column_labels(fold(heading), "Magnesium   100 mg   200 mg   53 %")
    assert [(c.count, c.unit) for c in cols] == expected, why


@pytest.mark.parametrize("heading, expected, why", [
    ("Valori medi   per 100 g   per dose (16 g)   %VNR* per dose", [(100.0, "g", True), (16.0, "g", False)],
     "a bare 'per dose' after the %VNR names that column's dose, not a third column of amounts"),
    ("Valori medi   per 100 g   per dose (16 g)   %VNR*", [(100.0, "g", True), (16.0, "g", False)],
     "the same table without it"),
    ("Per 3 Tablets   %DV   Per 6 Tablets   %DV", [(3.0, "tablet", False), (6.0, "tablet", False)],
     "near miss: new units after a %DV head a new column"),
])
def test_a_percent_columns_own_per_dose_is_not_a_column(heading, expected, why):
    assert [(c.count, c.unit, c.reference) for c in column_labels(heading)] == expected, why
    text = heading + "\nMagnesio   375 mg   60 mg   16 %\n"
    if expected[0][2]:
        assert [s.elemental_mg for s in parse_label(text).sources] == [pytest.approx(60.0)], why


@pytest.mark.parametrize("below, elemental_mg, forms, compound, why", [
    ("(from 1.5 g Magtein® magnesium L-threonate)", 108.0, ["threonate"], 1500.0,
     "a source in parentheses beneath its row, with the compound's weight in grams: the row's source, not a row"),
    ("(as magnesium citrate)", 108.0, ["citrate"], None, "the same without a weight"),
    ("Magnesium citrate   1.5 g", 108.0 + 242.4, ["citrate", "unknown"], None,
     "near miss: a row of its own beneath, not in parentheses, is another row"),
])
def test_a_source_in_parentheses_beneath_its_row(below, elemental_mg, forms, compound, why):
    text = ("Supplement Facts\nServing Size 2 Capsules\nAmount Per Serving   % Daily Value\n"
            f"Magnesium   108 mg   26%\n{below}\nOther Ingredients: cellulose.\n")
    src = parse_label(text).sources
    assert sum(s.elemental_mg for s in src) == pytest.approx(elemental_mg, rel=0.01), why
    assert sorted(f.value for s in src for f in s.forms) == forms, why
    assert [s.compound_declared.mg if s.compound_declared else None for s in src][:1] == [compound], why


@pytest.mark.parametrize("rows, elemental_mg, why", [
    ("Magnesium\n(elemental) (as magnesium citrate)   300 mg   71%", 300.0,
     "a name whose '(elemental)' wrapped to the line with the amount: one row"),
    ("Magnesium\n(elemental)   300 mg   71%", 300.0, "the same with no source named"),
    ("Magnesium   108 mg   26%\n(Elemental Zinc)   15 mg   136%", 108.0,
     "near miss: beneath a row with its amount, a parenthesis naming another nutrient stays that nutrient's"),
    ("Magnesium pidolate\n1,5 g per sachet\n(providing 130 mg of elemental magnesium)", 130.0,
     "near miss: beneath a line with its amount, the statement stays one of its own (the element stated)"),
])
def test_a_parenthesised_elemental_marker_beneath_its_name(rows, elemental_mg, why):
    text = f"Supplement Facts\nServing Size 2 Capsules\nAmount Per Serving   % Daily Value\n{rows}\nOther Ingredients: gelatin.\n"
    (src,) = parse_label(text).sources
    assert (src.elemental_mg, src.basis) == (elemental_mg, Basis.ELEMENTAL), why


@pytest.mark.parametrize("text, elemental_mg, why", [
    ("Nutrition Facts\nMagnesium   100mg   25%\nIngredients: Water, sugar, magnesium phosphate, calcium phosphate.\n",
     100.0, "magnesium phosphate in a shake's ingredients is the row's source"),
    ("Supplement Facts\nMagnesium Phosphate   1000 mg\n", 277.4,
     "a compound row: 1000 mg of tribasic Mg3(PO4)2, 27.74 % magnesium (72.915 / 262.855)"),
    ("Nutrition Facts\nCalcium   300mg   25%\nIngredients: Water, sugar, calcium phosphate, dicalcium phosphate.\n",
     None, "near miss: calcium's phosphate is not magnesium's"),
])
def test_magnesium_phosphate(text, elemental_mg, why):
    src = parse_label(text).sources
    if elemental_mg is None:
        assert src == (), why
    else:
        assert [f.value for s in src for f in s.forms] == ["phosphate"], why
        assert src[0].elemental_mg == pytest.approx(elemental_mg, rel=0.001), why


@pytest.mark.parametrize("tail, status, why", [
    ("Did you know? Magnesium is needed to convert vitamin D into its active form.", "no_magnesium",
     "the element in a sentence about it declares nothing"),
    ("For complete support, pair with a magnesium supplement.", "no_magnesium", "nor in advice to buy it"),
    ("MAGNESIUM", "ok", "near miss: the element alone on a line is a product's name"),
    ("Magnesium for Sleep & Relaxation", "ok", "near miss: a short front claim without a full stop is a name too"),
])
def test_magnesium_named_only_in_running_text(tail, status, why):
    text = ("Supplement Facts\nServing Size 1 Softgel\nVitamin D3 (as cholecalciferol)   125 mcg   625%\n"
            "Other Ingredients: coconut oil, softgel.\n" + tail + "\n")
    from auditor import audit_text
    assert audit_text(text).status.value == status, why


@pytest.mark.parametrize("raw, lines, why", [
    ("Calcium (calcium carbonate,\ndicalcium phosphate)  500 mg  38%\nIron (ferrous fumarate)  18 mg", 2,
     "a name wrapped inside its parenthesis is one line"),
    ("Vitamin A (beta-carotene.\nvitamin A  900 mcg 100%\nVitamin C (ascorbic acid) 90 mg\nIron (fumarate) 18 mg", 3,
     "near miss: a parenthesis whose next one opens before it closes was a stray: only the lower-case "
     "continuation joins its line, the rows under it stay rows"),
])
def test_rows_wrapped_inside_a_parenthesis(raw, lines, why):
    assert len(clean_ocr_text(raw).text.split("\n")) == lines, why


@pytest.mark.parametrize("row, elemental_mg, why", [
    # MgSO4·7H2O 246.47 g/mol, Mg 24.305: 9.861 %; 5 g → 493.1 mg
    ("Magnesium Sulfate (Epsom Salt) 5 g", 493.1, "'Epsom salt' names the heptahydrate"),
    ("Epsom Salt (Magnesium Sulfate) 5 g", 493.1, "the same with the names the other way round"),
    # MgSO4 120.37 g/mol: 20.19 %; 5 g → 1009.6 mg
    ("Magnesium Sulfate 5 g", 1009.6, "near miss: magnesium sulfate with no hydrate named is the anhydrous salt"),
])
def test_epsom_salt_is_the_heptahydrate(row, elemental_mg, why):
    text = f"Drug Facts\nActive ingredient (in each teaspoon)\n{row}\nPurpose\nSaline laxative\n"
    src = parse_label(text).sources
    assert [s.elemental_mg for s in src] == [pytest.approx(elemental_mg, abs=0.2)], why


@pytest.mark.parametrize("text, elemental_mg, why", [
    ("Supplement Facts\nServing Size 1 Tablet\nMg (as magnesium L-lactate dihydrate)   84 mg   20%\n", 84.0,
     "the element's symbol names the row, its source in parentheses"),
    ("Supplement Facts\nMg   100 mg   24%\n", 100.0, "the symbol alone in the name column"),
    ("Supplement Facts\nServings Per Container 30\nMg (as magnesium L-lactate dihydrate)  84 mg 20%\n", 84.0,
     "the count ending the line above is no amount: the symbol after a line break still names the row"),
    ("Supplement Facts\nZinc   15\tMg (as zinc citrate)\n", None,
     "near miss: a tab between a number and 'Mg' on one line keeps it the unit"),
    ("Supplement Facts\nZinc   15 Mg\nCalcium   200 Mg (as calcium carbonate)\n", None,
     "near miss: 'Mg' after a number is the unit, even before a parenthesis"),
    ("Supplement Facts\nVitamin C   60 mg\nmg (as magnesium oxide)\n", None,
     "near miss: the symbol is written with a capital M; a lower-case 'mg' is the unit"),
])
def test_the_elements_symbol_as_a_rows_name(text, elemental_mg, why):
    src = parse_label(text).sources
    assert [s.elemental_mg for s in src if s.elemental_mg is not None] == ([elemental_mg] if elemental_mg else []), why


@pytest.mark.parametrize("heading, elemental_mg, why", [
    ("Wartość odżywcza   w 100 g   w 1 saszetce (4 g)   % RWS*", 200.0, "the sachet column, per 100 g beside it"),
    ("Wartość odżywcza   w 100 g   w1 saszetce (4 g)   % RWS*", 200.0,
     "OCR dropped the space between the column word and its count: still the sachet's column"),
    ("Wartość odżywcza   w 100 g   w1saszetce (4 g)   % RWS*", 200.0, "and the space after the count too"),
])
def test_a_column_word_glued_to_its_count(heading, elemental_mg, why):
    text = (f"{heading}\nMagnez   5000 mg   200 mg   53 %\nSkładniki: cytrynian magnezu, maltodekstryna.\n"
            "Sposób użycia: 1 saszetkę dziennie rozpuścić w wodzie.\n")
    assert [s.elemental_mg for s in parse_label(text).sources] == [pytest.approx(elemental_mg)], why


def test_a_packs_weight_beside_the_epsom_salt_name_is_no_serving():
    """Named as the heptahydrate, 100 g of Epsom salt holds 9.9 g of magnesium, just under the ceiling of what any
    product holds (10 g); as the anhydrous salt it would hold 20 g. A compound weight is judged at its form's
    richest formula, so the pack's net weight is not read as a serving. The near miss: 5 g per teaspoon is."""
    pack = ("MAGNESIUM SULPHATE IP (EPSOM SALT) 100 g\nComposition: Magnesium Sulphate IP 100% w/w\n"
            "Dose: As a laxative: 1 to 3 teaspoonfuls (5 g to 15 g) dissolved in a glass of water.\n")
    assert [s.elemental_mg for s in parse_label(pack).sources] == [None]
    dose = "Drug Facts\nActive ingredient (in each teaspoon)\nMagnesium Sulfate (Epsom Salt) 5 g\nPurpose\nSaline laxative\n"
    assert [s.elemental_mg for s in parse_label(dose).sources] == [pytest.approx(493.1, abs=0.2)]


@pytest.mark.parametrize("dose, elemental_mg, why", [
    ("(in each 30 mL cup)", 1000.0,
     "the magnesium statement is per tablespoon (15 mL), the dose a 30 mL cup: twice it (2,400 mg Mg(OH)2 × 41.7% agrees)"),
    ("(in each 15 mL)", 500.0, "near miss: a 15 mL dose is one tablespoon, the statement as printed"),
    ("(in each tablespoon)", 500.0, "near miss: the dose in the statement's own measure"),
])
@pytest.mark.parametrize("statement", [
    "each tablespoonful (15 mL) contains: magnesium 500 mg •",
    "each tablespoonful (15 mL) contains:\nmagnesium 500 mg •",  # wrapped after its heading
])
def test_a_statement_per_measure_scaled_to_the_dose(dose, elemental_mg, why, statement):
    grams = {"(in each 30 mL cup)": 2400, "(in each 15 mL)": 1200, "(in each tablespoon)": 1200}[dose]
    text = (f"Drug Facts\nActive ingredient {dose}   Purpose\nMagnesium hydroxide USP {grams} mg   Saline laxative\n"
            f"Other information • {statement} store at room temperature\n")
    assert [s.elemental_mg for s in parse_label(text).sources] == [pytest.approx(elemental_mg)], why


@pytest.mark.parametrize("text, per_unit, why", [
    ("Each tablet contains:\nMagnesium (as oxide)   250 mg\n", "tablet", "a heading ending the line above in a colon"),
    ("Each tablet contains: vitamin C\nMagnesium (as oxide)   250 mg\n", None,
     "near miss: the line above goes on after its colon, so it heads nothing below"),
    ("Each tablet contains:\nVitamin C 80 mg   Magnesium (as oxide)   250 mg\n", None,
     "near miss: the row does not start its line"),
])
def test_a_statements_unit_from_the_heading_above(text, per_unit, why):
    assert [r.per_unit for r in read_label(text).rows if r.declared] == [per_unit], why


def test_the_patterns_compile_once_when_a_thread_starts_them(monkeypatch):
    """`compile_in_background` starts the compilation while a photo is read; the parser asking for the patterns
    meanwhile waits for it rather than compiling them a second time (the point is the time saved)."""
    import threading

    from auditor.parse import lexicon as lx

    compiled = []
    real = lx.lexicon

    def counted():
        compiled.append(threading.current_thread().name)
        return real()

    monkeypatch.setattr(lx, "lexicon", counted)
    monkeypatch.setenv("AUDITOR_CACHE_DIR", "")  # compiled here, not read from a previous process's cache
    lx._compile.cache_clear()
    try:
        lx.compile_in_background()
        first = lx.patterns()
        assert lx.patterns() is first
        assert len(compiled) == 1, compiled
    finally:
        monkeypatch.undo()
        lx._compile.cache_clear()


@pytest.mark.parametrize("raw, cleaned, why", [
    ("Citrate de magnésium 1800 mg, apportant 270 mg de\nmagnésium (72 % des VNR)",
     "Citrate de magnesium 1800 mg, apportant 270 mg de magnesium (72 % des VNR)",
     "a line ending in a link waits for its noun: the next line is the rest of the row, numbers or not"),
    ("Magnesium 200 mg 48%\nmagnesium stearate 5 mg", "Magnesium 200 mg 48%\nmagnesium stearate 5 mg",
     "near miss: a row that ends in its %DV is whole; a lower-case line with a number under it is its own"),
    ("Magnesium   500 mg  †\nGlycinate", "Magnesium Glycinate   500 mg  †",
     "the element alone before its amount, its salt alone beneath: one name, the salt moved before the amount"),
    ("Cytrynian   1000 mg\nmagnezu\nw tym magnez   160 mg", "Cytrynian magnezu   1000 mg\nw tym magnez   160 mg",
     "a salt alone before its amount, the element it is a salt of beneath in lower case"),
    ("Bisglycinate   1400 mg\nde magnésium", "Bisglycinate de magnesium   1400 mg", "the same with a link (French)"),
    ("Glycinate   1,000 mg   †\nMagnesium\nMalate   500 mg   †", "Glycinate   1,000 mg   †\nMagnesium\nMalate   500 mg   †",
     "near miss: a capital 'Magnesium' under a salt's line starts a name of its own"),
    ("Magnesium   200 mg\nZinc", "Magnesium   200 mg\nZinc", "near miss: a nutrient beneath is no salt"),
    ("Magnesium   200 mg\nCitrate 100 mg", "Magnesium   200 mg\nCitrate 100 mg",
     "near miss: a line with an amount of its own is a row of its own"),
    ("Magnesium citrate   200 mg\nGlycinate", "Magnesium citrate   200 mg\nGlycinate",
     "near miss: a whole name before the amount is not half of one"),
])
def test_rows_cut_around_their_amount_are_joined(raw, cleaned, why):
    assert clean_ocr_text(raw).text == cleaned, why


def test_a_moved_half_keeps_its_place_in_the_raw_text():
    """The salt's half moved before the amount still points at its own characters, and so does the amount."""
    raw = "Pour 2 gélules :\nCytrynian   1000 mg\nmagnezu\nw tym magnez elementarny   160 mg   43%"
    c = clean_ocr_text(raw)
    for word in ("magnezu", "1000 mg", "160 mg"):
        at = c.text.index(word)
        start, end = c.raw_span(at, at + len(word))
        assert raw[start:end] == word
    facts = parse_label(raw)
    assert [(s.form, s.elemental_mg) for s in facts.sources] == [(MagnesiumForm.CITRATE, 160.0)]
