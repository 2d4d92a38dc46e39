"""The judge of an OCR reading (auditor.audit.plausibility): when is a reading good enough to stop, and when must
the strategy read the photo again? Each case with its near miss; the texts are what OCR delivers on photos."""

from __future__ import annotations

import pytest

from auditor.audit import plausibility

DRUG_FACTS = ("Drug Facts\nActive ingredient (in each chew)\nPurpose\nMagnesium hydroxide USP\n600 mg\nSaline laxative\n"
              "Other information · each chew contains: {mg_line}, sodium 1 mg\n")


@pytest.mark.parametrize("text, ok, why", [
    (DRUG_FACTS.format(mg_line="magnesiur 50 mg"), False,
     "600 mg of hydroxide holds 250 mg of magnesium: '50 mg' lost a digit, read again"),
    (DRUG_FACTS.format(mg_line="magnesium 250 mg"), True, "near miss: the stated magnesium is what the compound holds"),
    (DRUG_FACTS.format(mg_line="magnesium 200 mg"), True,
     "near miss: 80% of what the compound holds is the label's own figure, not a misreading"),
])
def test_stated_magnesium_far_below_its_compound(text, ok, why):
    assert plausibility(text)[0] is ok, why


@pytest.mark.parametrize("text, ok, why", [
    ("PROVIFORM\nMagnesium Tauraat\nVoedingssupplement\n90 capsules\n", True,
     "a front label: the form named, no panel in view"),
    ("PROVIFORM\nMagnesium Tauraat\nVoedingssupplement\n90 capsules\nPer 3 capsules % RI*\n\n150 mg 40%\n", False,
     "a table's heading row is in view but no magnesium row was read: the panel's small print was missed"),
    ("INTEGRALIA\nCarbonato de Magnesio\nPolvo\nComplemento alimenticio 200 g (aprox. 166 dosis)\nInformación nutriclonal\n"
     "Por 100 g  %VRN*\n", False,
     "the panel's title misspelled by OCR, its heading row still says a table is there"),
    ("Magnesium Glycinate\nPer capsule: gentle on the stomach\n120 capsules\n", True,
     "near miss: a column word and a unit with no %-column is marketing, not a table heading"),
])
def test_table_heading_in_view_is_not_a_front_label(text, ok, why):
    assert plausibility(text)[0] is ok, why


@pytest.mark.parametrize("text, ok, why", [
    ("Wartość odżywcza\nMagnez  W 100 g w porcji (2 g) % RWS\n*RWS - referencyjna wartość spożycia  15,0g  300 mg\n"
     "Składniki: jabłczan magnezu 100%.\n", False,
     "the only amount read with the element is the 100 g of a food table's heading, refused as more than any "
     "product holds: no amount was read"),
    ("Supplement Facts\nServing Size 1 capsule\nMagnesium (as magnesium chelate) 500 mg\n", True,
     "near miss: a chelate's weight with no ligand gives no magnesium figure, but an amount was read"),
])
def test_refused_amount_is_no_amount(text, ok, why):
    assert plausibility(text)[0] is ok, why


@pytest.mark.parametrize("text, ok, why", [
    ("DIETPHARM\nMagnezij 375 + B6\nHranjiva vrijednost  1 šumeća tableta %PU*\nMagnezij  375 mg 100 %\n"
     "Vitamin B6  1.4 mg 100 %\n", False,
     "a Croatian panel heading: the panel is in view, its amount read but the salt not (the ingredients were lost)"),
    ("DIETPHARM\nMagnezij 375 + B6\nHranjiva vrijednost  1 šumeća tableta %PU*\nMagnezij  375 mg 100 %\n"
     "Sastojci: magnezijev karbonat, magnezijev oksid.\n", True, "near miss: the panel with its salts read"),
])
def test_a_panel_in_its_own_language_asks_for_the_salt(text, ok, why):
    assert plausibility(text)[0] is ok, why


NO_MAGNESIUM_PANEL = ("Supplement Facts\nServing Size 1 Capsule\nAmount Per Serving %DV\nVitamin C 60 mg 67%\n"
                      "Vitamin B6 2 mg 118%\n{row}\n5-HTP 100 mg\nOther ingredients: gelatin, {excipient}, rice flour.\n")


@pytest.mark.parametrize("text, ok, why", [
    (NO_MAGNESIUM_PANEL.format(row="Calcium 20 mg 2%", excipient="magnesium stearate"), True,
     "the panel read, magnesium only as an excipient: a product without magnesium, nothing more to read"),
    (NO_MAGNESIUM_PANEL.format(row="Calcium 20 mg 2%", excipient="Magnesiumstearat, stéarate de magnésium"), True,
     "the same with the excipient in German and French"),
    (NO_MAGNESIUM_PANEL.format(row="Magnesiurn 20 mg 5%", excipient="magnesium stearate"), False,
     "near miss: a magnesium row misread beside the excipient is a row, not an excipient"),
    (NO_MAGNESIUM_PANEL.format(row="Magnesium", excipient="magnesium stearate"), False,
     "near miss: the element's name with its amount lost: read again"),
    ("Supplement Facts\nVitamin C 60 mg\nMagnesium stearate\nZinc 11 mg\n", False,
     "near miss: fewer than four amounts read is not a whole panel"),
])
def test_magnesium_only_as_an_excipient(text, ok, why):
    assert plausibility(text)[0] is ok, why


SHORT_PANEL = ("Natrol\n5-HTP 100 mg\nDietary Supplement\nSupplement Facts\nServing Size 1 Capsule\n"
               "Calcium (as dicalcium phosphate) 45 mg  3%\n5-HTP (5-Hydroxytryptophan) 100 mg\n{ingredients}")


@pytest.mark.parametrize("text, ok, why", [
    (SHORT_PANEL.format(ingredients="Other Ingredients: gelatin (capsule), magnesium stearate, silica.\n"), True,
     "a short panel (three amounts) with its heading and the ingredient list under it: read whole, no magnesium row"),
    (SHORT_PANEL.format(ingredients=""), False,
     "near miss: the heading without the list under it: the panel's rows may have been lost"),
    (SHORT_PANEL.format(ingredients="Other Ingredients: gelatin (capsule), magnesium citrate, silica.\n"), False,
     "near miss: a magnesium salt in the list: its row was missed"),
    (SHORT_PANEL.format(ingredients="Other Ingredients: gelatin (capsule), rice flour, silica.\n"), False,
     "near miss: the list read but magnesium named nowhere: a line lost in between may have held its statement"),
    ("Drug Facts\nActive ingredient (in each pill)  Purpose\nSennosides, USP, 25 mg  Stimulant laxative\n"
     "Other information: each pill contains: calcium 50 mg\nInactive ingredients: acacia, magnesium stearate, talc\n", True,
     "Drug Facts with a calcium statement and magnesium stearate among the inactive ingredients"),
])
def test_a_short_panel_read_down_to_its_ingredients(text, ok, why):
    assert plausibility(text)[0] is ok, why


@pytest.mark.parametrize("row, ok, why", [
    ("Calcium 20 mg 2%", True, "every row with its name: the panel read whole, no magnesium row"),
    ("140 mg 33%", False, "an amount and its %DV with no name: a row whose name was lost, maybe magnesium's"),
    ("Calcium (calcium carbonate)", False, "a nutrient's name with no amount: its amount went to another row"),
    ("Calcium 20 mg 2%\nZinc 11 mg 100%", True, "near miss: more named rows are still a whole panel"),
    ("Calories 200\nCalcium 20 mg 2%", True,
     "near miss: a name with a number of no unit (a food panel's calories) kept what it prints"),
])
def test_a_panel_with_rows_whose_names_or_amounts_were_lost_is_not_whole(row, ok, why):
    assert plausibility(NO_MAGNESIUM_PANEL.format(row=row, excipient="rice flour"))[0] is ok, why


def test_names_and_amounts_in_column_blocks_are_whole():
    """Near miss: OCR that read the table column by column gives names, then their amounts; they pair up."""
    text = ("Supplement Facts\nServing Size 1 Capsule\nVitamin C\nVitamin B6\nCalcium\nZinc\n"
            "60 mg 67%\n2 mg 118%\n20 mg 2%\n11 mg 100%\nOther ingredients: gelatin, rice flour.\n")
    assert plausibility(text)[0] is True


NHP = ("Magnesium Bisglycinate 120 mg\nNatural Health Product\nMedicinal Ingredients: Each capsule contains:\n"
       "Magnesium (magnesium bisglycinate) {row}\nNon-medicinal ingredients: hypromellose.\n")


@pytest.mark.parametrize("text, ok, why", [
    (NHP.format(row="12"), False, "the panel's row ends in a number with no unit: its amount was cut short ('120 mg' "
     "read '12'), though the front's amount was read; read again"),
    (NHP.format(row="120 mg"), True, "near miss: the row's amount read whole"),
    ("Magnesium 250\nFood supplement\nNutrition information   per tablet   % NRV\nMagnesium   250 mg   67%\n"
     "Ingredients: magnesium oxide.\n", True,
     "near miss: a product name ending in a number above the panel is no cut amount"),
    ("Supplement Facts\nAmount Per Serving (mg)   % DV\nMagnesium (as magnesium citrate)   200   48%\n", True,
     "near miss: a table whose heading gives the unit prints bare numbers"),
])
def test_a_rows_amount_cut_short(text, ok, why):
    assert plausibility(text)[0] is ok, why


PROBIOTIC = ("Everyday Probiotic\nEach capsule contains:\nLactobacillus acidophilus (LA-5) 12.5 billion CFU\n"
             "{list}microcrystalline cellulose, hypromellose, magnesium stearate.\nDirections: take 1 capsule daily.\n")


@pytest.mark.parametrize("text, ok, why", [
    (PROBIOTIC.format(list="Excipients: "), True, "an Australian label's excipient list ('Excipients:', lexicon.toml) "
     "names magnesium only as stearate: the panel was read and holds no magnesium row"),
    (PROBIOTIC.format(list=""), False, "near miss: without its heading the line is not a list of ingredients, and "
     "a row may have been lost"),
])
def test_an_excipient_list_heading(text, ok, why):
    assert plausibility(text)[0] is ok, why
