#!/usr/bin/env python3
"""Consistency checks for the blind-set label sources (labels_us.py + labels_eu.py; set 24: adapted from
bench/blindset23/check_set.py, itself adapted from bench/blindset22/check_set.py).
Prints problems; exit 1 if any.

Checks, per label:
  * printed %DV vs elemental_mg / DV base (420 US adult, 375 EU/UK; `_dvb` overrides, 375 for the UK label) within +-1.5,
    and exactly the rounded value (Nutrition Facts labels in NF_ROUND: the food rounding steps of magnesium.md section 4);
    set 14: the prenatal sets `_dvb` 400 (its footnote names pregnant and lactating women); set 15: the prenatal's %DV header
    names pregnant and lactating women (`_dvb` 400), the Irish label sets 375; set 16: the toddler label's %DV header names
    children 1 through 3 years (`_dvb` 80), the UK label sets 375; a %RWS printed with one decimal (DV_DECIMAL) must equal the
    computed percent rounded to one decimal; set 17: the toddler powder's header names children 1-3 years (`_dvb` 80), the
    prenatal's header names pregnant and lactating women (`_dvb` 400), the UK label sets 375; set 18: the UK label sets 375,
    a %DV printed as a bare number (DV_BARE) and a %RWS with one decimal (DV_DECIMAL) are used again; set 19: the UK label
    sets 375, the prenatal's header names pregnant and lactating women (`_dvb` 400), a bare %NRV (DV_BARE) is used again
  * for tol-2 labels: the elemental figure appears in the text (any of 200 / 187,5 / 1,000 / 1.000 / 1 000 / 0,4 g spellings)
  * serving_count appears in the text as a number (or, for EU/UK daily doses, unit count / units per dose: IMPLIED_SC);
    set 14: where a 'servings per container' line is printed, serving_count is one of that line's numbers
  * every expected form has a matching word in the text (set 17: in a list item that also names magnesium); negatives have no forms/elemental; an ok label without forms
    must be listed in NO_FORMS
  * the panel keyword of make_set.py is found (so the title block is split off), ids carry a 20 (set 19: 19) in their prefix and do not
    collide with the earlier blind sets (a/b/c, d/e/f, g/h, i, j/k, l/m, n/o, p/q, r/s, t/u, v/w, x/y, set 14's p/q, set 15's z/eu,
    set 16's us/eu, set 17's and set 18's 17- and 18-prefixed ids)
  * set 15: a label whose text names pregnant and lactating women has `_dvb` 400, and a label with `_dvb` 400 names them;
    set 16: likewise 'children 1 through 3' and `_dvb` 80 (set 17: also 'children 1-3')
  * set 17: a printed millimole figure ('12,3 mmol') must equal elemental / 24.305 rounded to one decimal (MMOL); a per-litre
    analysis beside a per-bottle panel must agree with the bottle volume within the 5 mg food rounding (PER_LITRE)
  * set 18: TWO_PANELS (two products' Supplement Facts on one label): exactly one panel declares a magnesium row, and the
    value, the printed %DV and the serving count all stand in that panel; DF_STATEMENT: a Drug Facts value with tol 2 must
    be the figure of a printed 'contains: magnesium N mg' statement, and a computed Drug Facts value is allowed only when no
    magnesium statement is printed; WRAPPED: a wrapped name cell (continuation lines that are rows with only a name cell)
    is joined before the form check, and its amount stands on exactly one line of the group
  * set 19: DF_STATEMENT also reads '(N mg Elemental Magnesium)', 'Magnesium content per tablet: N mg' and a statement that
    names calcium first ('contains : calcium 20 mg and magnesium 535 mg'), decimals included; SPLIT_COLS (compound and
    element in separate columns): the value stands in the element column of the data row and the compound in the compound
    column; SOURCE_BELOW: the magnesium row names no source and the line beneath it names every form with a magnesium word;
    FOOTMARK: the magnesium row's name carries a mark and the footnote line opened by that mark names every form;
    UNIT_HEADER: a header with '(mg)' and the magnesium row's amount printed as a bare number
  * set 20: DF_STATEMENT also reads 'magnesium content 290 mg per 1 fl oz'; LINEAR (a run-in Supplement Facts line): the
    value and '(N% DV)' stand on the 'Supplement Facts' line itself; UNIT_CELL: the amount is bare and the next cell is 'mg';
    DUAL_US (US per-serving | per-day columns): the value and %DV stand in the per-serving columns, elemental_alt_mg in the
    per-day column; EQUIV_ROW: a compound row directly above an element row ('soit magnésium', 'providing Magnesium'), the
    compound weight in the first and the value in the second; SAME_SALT_ROW: a co-nutrient row from the same salt (taurine,
    malic acid) names the salt and its amount is not the value; DOT_LEADER: the value ends a dot-leader line in each language
    block; CAPS: the panel is printed in capitals; FRONT_TRAP: the title block prints a compound weight that is not the value;
    NO_MG_WORD: a negative that never names magnesium must name a look-alike ('mangan'); an oxide form is not matched
    inside a hydroxide word ('magnesiumhydroxid', 'hydroxyde', 'hidroxid'); the id prefix carries 20 and the
    earlier ids include set 19's
  * set 21: the id prefix carries 21 and the earlier ids include set 20's; DUAL_US names the VALUE column and the ALT column
    and the 'Serving Size' phrase (a per-capsule column first, the per-serving column second); EQUIV_ROW accepts a compound
    printed in grams ('2 g'); DOT_LEADER counts only lines that open with a magnesium word and allows a bracket after the amount
    ('300 mg (80% VNR*)'); NO_MG_WORD names the look-alike per label ('magnolia'); SIDE_ROW: a neighbouring row (chloride of
    the same salt, a blend, calcium, potassium, zinc) keeps its printed amount, which is not the value, and a magnesium row
    carries the value; RUN_IN: a run-in sentence ('Pour 2 comprimés : magnésium 300 mg (80 % des VNR*) …') carries value and %
    and the panel has no table; BILINGUAL: a name cell in two languages ('Magnesium / Magnésium') carries the value in its row;
    the oxide words include Greek 'οξείδ' and Estonian 'oksiid'; the magnesium words include Greek 'μαγνησ' and Bulgarian
    'магнези'; a taurate form is not matched inside 'acetyl taurate'; WRAPPED wants the amount on the group's last line;
    SUMMED: the value and %DV are the sums of the (at least two) printed magnesium rows
  * set 22: the id prefix carries 22 and the earlier ids include set 21's; FOOTMARK names the marked word per label
    ('Magnesium‡', 'Magnésium¹'); SIDE_ROW does not ask a SUMMED label for a single row carrying the value; new checks:
    SENTENCE_BELOW (the element restated in a sentence below the table, 'Each capsule provides 250 mg of elemental
    magnesium …', after the magnesium row and outside the table); EU_UNIT_DOSE (per-unit column first, daily-dose column
    second: the value in the dose column, elemental_alt_mg in the unit column, the % right after the dose column); GRAMS
    (the magnesium row prints the value only in grams, '0.4 g', '0,3 g'); ALT_FACTOR also takes 1/n for a US per-serving |
    per-day table (elemental_mg = per day / n)
  * set 23: the id prefix carries 23 and the earlier ids include set 22's; Lithuanian 'magnis' is a magnesium word and Greek
    'ανθρακικ' a carbonate word; new checks: TOTAL_LAST (a 'Total Magnesium' row printed after its source rows carries value
    and %, the source rows carry no % and add up to it); SOURCE_COL (the source in its own last column); EQUIV_SUM (several
    'equiv. magnesium N mg' parts and no total: the value is their unprinted sum; such labels skip the 'value in text'
    check); COMPOUND_PER_UNIT (a compound weight printed per unit over a several-unit serving: compound x units x fraction)
  * set 24: the id prefix carries 24 and the earlier ids include set 23's; DF_STATEMENT also reads 'Magnesium content: 495 mg
    per teaspoon' (colon); new checks: TOTAL_FIRST (a total row first, then 'from' / 'davon aus' sub-rows without % that add
    up to it); SWAPPED_COLS (the % column before the amount column); COMPOUND_BELOW (the element row first, the compound row
    directly below it, without %); WRAPPED_FIRST (a wrapped name with the amount on its first line); AMOUNT_PCT_CELL
    ('200 mg (48%)' in one cell); ONE_LINE_SERVING (serving size and servings per container on one cell-free line);
    SUMMED_APART (the summed magnesium rows are not adjacent); DOT_BOTH (leaders before the amount and before the percent);
    SECTION_HEAD (a 'Minerals |' header row directly above the magnesium row)
  * set 16: DERIVED labels (a Drug Facts statement per 15 mL under an active per 30 mL cup): elemental = stated x factor,
    the stated figure printed
  * fraction arithmetic (COMPOUND), parts adding up to a printed total (PARTS), per-100 g/ml traps (PER100),
    elemental_alt_mg factors (ALT_FACTOR)
  * as in set 9: a computed (tol != 2) value is the compound x the MIDDLE of the fraction range, and its tolerance must
    accept the whole range compound x [lo, hi]
"""
import glob, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import labels_eu  # noqa: F401,E402
from labels_us import L
import make_set  # noqa: E402  (re-writes texts/ and expected.jsonl only when run as a script; harmless)

FORM_WORDS = {
    "glycinate": ["glycin", "glicin", "glicyn", "glycinát", "glysin"],   # set 11: Finnish
    "citrate": ["citrat", "citrate", "citrato", "cytrynian", "citraat", "citrát", "dicitrat", "sitraat", "tsitraat", "citrāt", "цитрат",
                "sitrat", "κιτρικ"],   # set 11: Finnish; set 12: Estonian, Latvian, Bulgarian; set 18: Norwegian 'sitrat', Greek 'κιτρικό'
    "malate": ["malat", "malate", "malato", "malaat", "malát", "jabłczan"],
    "taurate": ["taurat", "taurate", "taurinate", "taurato", "tauraat", "taurát", "taurynian"],
    "threonate": ["threonat", "threonaat", "treonato", "treonian", "magtein"],
    "orotate": ["orotat", "orotate", "orotát"],
    "oxide": ["oxid", "oxyde", "ossido", "óxido", "tlenek", "oxide", "oksid", "oksīd",   # set 11: Croatian/Finnish; set 12: Latvian
              "οξείδ", "oksiid"],   # set 21: Greek 'οξείδιο', Estonian 'magneesiumoksiid'

    "chloride": ["chlorid", "chlorure", "cloruro", "chlorek", "klorid"],   # set 12: Hungarian
    "lactate": ["lactat", "lactate", "lattato", "lactato", "mleczan", "laktát", "lactaat", "laktāt", "laktat"],   # set 12: Latvian; set 17: Slovenian
    "aspartate": ["aspart", "asparaginian", "asporotate"],
    "salicylate": ["salicylat"],
    "gluconate": ["gluconat", "gluconate", "glukonian", "gluconaat", "gluconato"],
    "carbonate": ["carbonat", "carbonate", "carbonato", "węglan", "carbonaat", "uhličitan", "karbonat",
                  "ανθρακικ"],   # set 11: Croatian; set 23: Greek 'ανθρακικό μαγνήσιο'
    "pidolate": ["pidolat", "pidolate", "pidolato"],
    "sulfate": ["sulfat", "sulfate", "sulphate", "solfato"],   # set 14: Italian
    "acetyl_taurate": ["acetyl taur"],   # set 16: first use
    "amino_acid_chelate": ["amino acid chelate", "chelat aminokwasowy"],
    "hydroxide": ["hydroxide", "hydroxid", "hydroxyde", "hidroxid", "hidroksid"],   # set 10: French 'hydroxyde'; set 11: ro/hr
    "trisilicate": ["trisilicate"],
    "phosphate": ["phosphate"],
}

def spellings(x):
    out = set()
    if x is None:
        return out
    if float(x).is_integer():
        n = int(x)
        out |= {str(n), f"{n:,}", f"{n:,}".replace(",", "."), f"{n:,}".replace(",", " ")}
        if n % 10 == 0:   # gram spellings (set 7: also below 1,000 mg, e.g. "0,4 g", "0,3 g")
            g = n / 1000
            out |= {f"{g:g} g", f"{g:g} g".replace(".", ","), f"{g:.1f} g".replace(".", ",")}
    else:
        s = f"{x:g}"
        out |= {s, s.replace(".", ",")}
    return out

def dv_base(d):
    if "_dvb" in d:
        return d["_dvb"]
    return 420 if d["lang"] == "en" else 375

def nf_round(p):
    """Nutrition Facts %DV of a vitamin/mineral (magnesium.md section 4): steps of 2 below 10 %, of 5 from 10 to 50 %,
    of 10 above 50 %."""
    step = 2 if p < 10 else (5 if p <= 50 else 10)
    return int(step * round(p / step))

# Labels whose serving_count is implied (unit count printed / units per serving), verified here by hand-entered
# (unit count, units per serving); the unit count must appear in the text.
IMPLIED_SC = {
    "uk24_naturesaid_citrate_1000_row_then_providing_magnesium_row_150": (90, 1),
    "de24_meavita_total_row_first_then_davon_aus_citrat_bisglycinat_300": (90, 3),
    "de24_apozen_at_nrv_column_before_amount_oxid_citrat_250": (60, 1),
    "fr24_lehning_magnesium_marin_oxyde_pour_2_comprimes_300": (60, 2),
    "it24_angelini_bustina_450_mg_120_pct_citrato_gluconato_potassio_row": (20, 1),
    "es24_cantabrialabs_bisglicinato_citrato_y_malato_2_capsulas_225": (60, 2),
    "pl24_polpharma_w_1_tabletce_and_w_3_tabletkach_columns_cytrynian_300": (90, 3),
    "nl24_naturalis_be_bilingual_nl_fr_rows_citraat_oxide_200": (60, 1),
    "cs24_valosun_laktat_2_000_mg_then_odpovida_horciku_204": (60, 2),
    "pt24_farmoz_comprimido_375_mg_100_pct_carbonato_oxido": (30, 1),
    "sv24_midsona_kalk_magnesium_calcium_row_first_citrat_oxid_350": (60, 2),
    "da24_naturdrogeriet_indhold_pr_kapsel_bisglycinat_120": (90, 1),
    "hu24_drchen_dot_leaders_before_amount_and_before_percent_citrat_250": (30, 1),
    "ro24_terapia_lactat_de_magneziu_doza_zilnica_2_comprimate_100": (60, 2),
    "hr24_pliva_vrecica_magnezijev_citrat_300": (20, 1),
    "el24_medochemie_kitriko_magnisio_2_kapsoules_150": (60, 2),
    "ng24_cs_topvet_mangan_zinek_stearan_horecnaty_only": (60, 1),
    "ng24_it_pharmanostra_magnolia_melissa_no_magnesium_word": (60, 2),
}
# Labels with two Mg rows (or lines) and no printed total: elemental and %DV are sums, so they are not printed as such.
SUMMED = {"us24_mindlab_two_magnesium_rows_apart_zinc_between_summed_150"}   # set 24: bisglycinate 100 + threonate 50, a zinc row between
# %DV/%NRV printed as a bare number in a column whose header carries the % sign.
DV_BARE = set()   # set 24: none
# Set 16: %RWS printed with one decimal: percent_dv is that decimal and must equal round(computed, 1).
DV_DECIMAL = set()   # set 24: none
# Nutrition Facts panels (food): %DV of minerals follows the food rounding steps.
NF_ROUND = set()   # set 24: none
# ok labels that name no magnesium compound (the value is a printed magnesium figure).
NO_FORMS = set()   # set 24: none
# Medicine / Drug Facts / Canada / Australia / New Zealand / topical labels: per unit, serving_count null.
SC_NULL_PREFIXES = ("df24", "ca24", "au24", "tp24")
SC_NULL_IDS = {"ng24_woodmans_calcium_carbonate_antacid_drug_facts_magnesium_stearate"}   # Drug Facts negative
# Set 16: the elemental value is a printed statement times a factor: id -> (stated, factor)
DERIVED = {}   # set 24: none
# Set 17: labels printing millimoles beside the amount: id -> printed mmol (must be elemental / 24.305, one decimal)
MMOL = {}   # set 24: none
# Set 17: per-litre mineral analysis beside a per-bottle panel: id -> (mg per litre as printed, bottle litres)
PER_LITRE = {}   # set 24: none
# Set 18: two products' Supplement Facts panels on one label; the value comes from the panel that declares magnesium.
TWO_PANELS = set()   # set 24: none
# Set 18: wrapped name cells (continuation lines are rows with only a name cell): id -> number of lines in the Mg row group
WRAPPED = {}   # set 24: none with the amount on the last line (see WRAPPED_FIRST)
# Set 19: compound and element in separate columns: id -> (header word of the compound column, header word of the element
# column, compound mg)
SPLIT_COLS = {}   # set 24: none
# Set 19: the magnesium row names no source; the line beneath it gives the sources: id -> first cell of the magnesium row
SOURCE_BELOW = {}   # set 24: none
# Set 19: a mark on the magnesium name and the sources in the footnote opened by that mark: id -> (name, mark)
FOOTMARK = {}   # set 24: none
# Set 19: the unit stands in the header ('(mg)') and the amounts are bare numbers: id -> first cell of the magnesium row
UNIT_HEADER = {}   # set 24: none
# Set 20: a run-in (linear) Supplement Facts line carrying the value and '(N% DV)'
LINEAR = set()   # set 24: none
# Set 20: the unit in its own cell after a bare amount: id -> first cell of the magnesium row
UNIT_CELL = {}   # set 24: none
# Set 20/21: two amount columns on a US panel: id -> (first cell of the Mg row, header of the VALUE column, header of the
# elemental_alt_mg column, the 'Serving Size' phrase that makes the value column the serving)
DUAL_US = {"pw24_nakednutrition_per_1_scoop_and_per_2_scoops_columns_glycinate_150":
           ("Magnesium (as magnesium glycinate)", "Amount Per 1 Scoop", "Amount Per 2 Scoops", "Serving Size 1 Scoop")}
# Set 20: a compound row directly above an element row: id -> (compound row's first cell, element row's first cell, compound mg)
EQUIV_ROW = {"uk24_naturesaid_citrate_1000_row_then_providing_magnesium_row_150":
             ("Magnesium Citrate", "providing Magnesium", 1000),
             "cs24_valosun_laktat_2_000_mg_then_odpovida_horciku_204": ("Laktát hořečnatý dihydrát", "odpovídá hořčíku", 2000)}
# Set 20: a co-nutrient row from the same salt: id -> (first cell, its amount in mg)
SAME_SALT_ROW = {"us24_beyondraw_dimagnesium_malate_with_malic_acid_460_row_200": ("Malic Acid (from di-magnesium malate)", 460)}
# Set 21: a row beside the magnesium row whose amount is not the value (another nutrient, an ion of the same salt, a blend):
# id -> (first cell, amount as printed in its cell)
SIDE_ROW = {"us24_mindbodygreen_bisglycinate_row_then_sleep_blend_450_row_120": ("Sleep Support+ Blend", "450 mg"),
            "us24_jackedfactory_zma_aspartate_450_mg_107_pct_zinc_b6_rows": ("Zinc (as zinc monomethionine aspartate)", "30 mg"),
            "us24_hyperbiotics_probiotic_cfu_blend_row_above_citrate_100": ("Probiotic Blend", "5 Billion CFU"),
            "us24_sunwarrior_aquamin_seawater_hydroxide_with_algae_calcium_row_100":
            ("Calcium (from Aquamin® F, Lithothamnion sp. red algae)", "90 mg"),
            "us24_mindlab_two_magnesium_rows_apart_zinc_between_summed_150": ("Zinc (as zinc picolinate)", "10 mg"),
            "lq24_upgradedformulas_half_teaspoon_chloride_with_chloride_row_120": ("Chloride (from magnesium chloride)", "350 mg"),
            "mv24_animalpak_pack_of_11_tablets_oxide_aspartate_400": ("Calcium (as calcium carbonate)", "1,000 mg"),
            "mv24_procarehealth_once_daily_as_oxide_without_salt_name_25": ("Manganese (as gluconate)", "2 mg"),
            "mv24_nutrafuse_liquid_multi_per_2_tablespoons_citrate_60": ("Molybdenum (as sodium molybdate)", "45 mcg"),
            "it24_angelini_bustina_450_mg_120_pct_citrato_gluconato_potassio_row": ("Potassio (da potassio citrato)", "300 mg"),
            "sv24_midsona_kalk_magnesium_calcium_row_first_citrat_oxid_350": ("Kalcium (som kalciumkarbonat)", "400 mg")}
# Set 20: dot-leader lines ('Magnesium (magnesium bisglycinate) .......... 100 mg'): id -> number of such magnesium lines
DOT_LEADER = {}   # set 24: none ending in the amount (see DOT_BOTH)
# Set 20: the panel printed in capitals (from the panel keyword line to the end)
CAPS = set()   # set 24: none
# Set 20: the title block prints a compound weight that is not the value: id -> compound mg on the front
FRONT_TRAP = {"us24_primalharvest_front_citrate_1_000_mg_panel_150": 1000,
              "uk24_naturesaid_citrate_1000_row_then_providing_magnesium_row_150": 1000}
# Set 20: negatives that never name magnesium (must name a look-alike word instead): id -> look-alike (set 21: a dict)
NO_MG_WORD = {"ng24_liftmode_honokiol_magnolia_bark_no_magnesium_word": "magnolia",
              "ng24_it_pharmanostra_magnolia_melissa_no_magnesium_word": "magnolia"}
# Set 21: a run-in sentence instead of a table: id -> start of the line that must carry the value and the %
RUN_IN = {}   # set 24: none
# Set 21: bilingual name cells ('Magnesium / Magnésium'): id -> first cell of the magnesium row (must hold ' / ')
BILINGUAL = {"nl24_naturalis_be_bilingual_nl_fr_rows_citraat_oxide_200": "Magnesium / Magnésium"}
# Set 22: the elemental figure restated in a sentence below the table: id -> start of that sentence
SENTENCE_BELOW = {}   # set 24: none
# Set 22: an EU panel with a per-unit column first and the daily-dose column second: id -> (first cell of the Mg row,
# header of the per-unit column, header of the daily-dose column)
EU_UNIT_DOSE = {"pl24_polpharma_w_1_tabletce_and_w_3_tabletkach_columns_cytrynian_300":
                ("Magnez (cytrynian magnezu)", "w 1 tabletce", "w 3 tabletkach (porcja dzienna)")}
# Set 22: an amount printed in grams: id -> the gram string as printed in the magnesium row
GRAMS = {}   # set 24: none
# Set 23: a total row printed AFTER its source rows: id -> first cell of the total row
TOTAL_LAST = {}   # set 24: none (see TOTAL_FIRST)
# Set 23: the source in its own last column: id -> (first cell of the Mg row, header of the source column)
SOURCE_COL = {}   # set 24: none
# Set 23: several compounds each with its own 'equiv. magnesium N mg' and no total: the value is the sum (not printed)
EQUIV_SUM = set()   # set 24: none
# Set 23: a compound weight printed PER UNIT while the panel's serving is several units
COMPOUND_PER_UNIT = {}   # set 24: none
# Set 24: a TOTAL row printed FIRST, then sub-rows opened by a word ('from', 'davon aus') without %: id -> (first cell of the
# total row, the sub-rows' opening word); the total carries value and %, the sub-rows add up to it
TOTAL_FIRST = {"us24_hugesupplements_total_row_first_then_two_from_subrows_300": ("Magnesium", "from "),
               "de24_meavita_total_row_first_then_davon_aus_citrat_bisglycinat_300": ("Magnesium", "davon aus ")}
# Set 24: the %DV column BEFORE the amount column: id -> (first cell of the Mg row, % header, amount header)
SWAPPED_COLS = {"us24_purityproducts_dv_column_before_amount_column_150":
                ("Magnesium (as magnesium glycinate, magnesium citrate)", "% Daily Value", "Amount Per Serving"),
                "de24_apozen_at_nrv_column_before_amount_oxid_citrat_250": ("Magnesium", "% NRV*", "pro Tagesdosis (1 Kapsel)")}
# Set 24: the element row FIRST and the compound row directly BELOW it: id -> (element row's first cell, compound row's first
# cell, compound mg); the compound row carries no %
COMPOUND_BELOW = {"us24_terraorigin_element_row_then_magtein_2000_compound_row_below_144":
                  ("Magnesium (as Magtein® magnesium L-threonate)", "Magtein® Magnesium L-Threonate", 2000)}
# Set 24: a wrapped name whose amount stands on the FIRST line; the next line is a name-only continuation: id -> start of the row
WRAPPED_FIRST = {"us24_countryfarms_wrapped_name_amount_on_first_line_250": "Magnesium (as magnesium citrate,"}
# Set 24: one value cell holding amount and %DV ('200 mg (48%)') under a single header: id -> first cell of the Mg row
AMOUNT_PCT_CELL = {"us24_enviromedica_amount_and_dv_in_one_cell_glycinate_200": "Magnesium (as magnesium glycinate)"}
# Set 24: 'Serving Size …' and 'Servings Per Container …' on one line without table cells
ONE_LINE_SERVING = {"us24_microbeformulas_serving_size_and_servings_on_one_line_300"}
# Set 24: a SUMMED label whose magnesium rows are NOT adjacent (another row stands between them)
SUMMED_APART = {"us24_mindlab_two_magnesium_rows_apart_zinc_between_summed_150"}
# Set 24: dot leaders before the amount AND before the percent ('Magnézium (…) .......... 250 mg .......... 67%*'):
# id -> number of such magnesium lines
DOT_BOTH = {"hu24_drchen_dot_leaders_before_amount_and_before_percent_citrat_250": 1}
# Set 24: section header rows (a name cell only, 'Minerals |') inside the panel; the magnesium row follows its header:
# id -> header cell directly above the magnesium row
SECTION_HEAD = {"us24_integrativepro_vitamins_minerals_section_header_rows_malate_200": "Minerals"}
# Words by which a negative must mention magnesium (set 11: also Polish 'magnez-'; set 12: Spanish 'magnesio'; set 14:
# Portuguese 'magnésio' and the homeopathic 'magnesia'; set 15: Slovenian 'magnezij'; set 16: Czech 'hořeč-', Hungarian 'magnéz-').
MG_WORDS = ("magnesium", "magnésium", "magnez", "magnesio", "magnésio", "magnesia", "magnezij", "hořeč", "magnéz",
            "hořčík", "horčík", "horeč", "magnio", "magnij", "μαγνήσι",
            "magnees",   # set 19: Estonian 'magneesium'   # set 18: Czech/Slovak 'hořčík'/'horčík'/'horeč-', Lithuanian 'magnio', Latvian 'magnija', Greek 'μαγνήσιο'
            "μαγνησ", "магнези",   # set 21: Greek genitive 'μαγνησίου', Bulgarian 'магнезий', 'магнезиев'
            "magnis")   # set 23: Lithuanian nominative 'magnis'

prev_ids = set()
for sub in ("blindset", "blindset3", "blindset4", "blindset5", "blindset6", "blindset7", "blindset8", "blindset9", "blindset10", "blindset11",
            "blindset12", "blindset13", "blindset14", "blindset15", "blindset16", "blindset17", "blindset18",
            "blindset19", "blindset20", "blindset21", "blindset22", "blindset23"):   # set 24: set 23's ids too   # set 20: set 19's ids too; set 21: set 20's ids too; set 22: set 21's
    for f in glob.glob(os.path.join(HERE, "..", sub, "labels_*.py")):
        prev_ids |= set(re.findall(r'add\("([^"]+)"', open(f).read()))

OTHER_MINERALS = ("calcium", "potassium", "zinc", "sodium", "iron", "ferrous", "potasio", "calcio", "zinco", "kalium", "zink")

def is_cont(line):
    """set 18: a continuation line of a wrapped name cell: a table row with only its name cell ('chelate, magnesium citrate |')."""
    return line.rstrip().endswith(" |") and line.count("|") == 1

def unwrap(text):
    """set 18: join each wrapped name cell's lines (a continuation line with its neighbouring table rows) into one line."""
    lines = text.split("\n")
    out = []
    for j, l in enumerate(lines):
        isrow = " | " in l or l.rstrip().endswith(" |")
        prev = lines[j - 1] if j else ""
        if out and isrow and (is_cont(prev) or (is_cont(l) and (" | " in prev or prev.rstrip().endswith(" |")))):
            out[-1] += " " + l
        else:
            out.append(l)
    return "\n".join(out)

problems = []
print(len(prev_ids), "earlier ids")
if not all("24" in i.split("_")[0] for i in [d["id"] for d in L]):   # set 24: the prefix carries 24
    problems.append("an id lacks the 24 prefix")
ids = [d["id"] for d in L]
if len(ids) != len(set(ids)):
    problems.append("duplicate ids")
for i in sorted(set(ids) & prev_ids):
    problems.append(f"{i}: id collides with a previous blind set")
for name, s in (("IMPLIED_SC", IMPLIED_SC), ("DV_BARE", DV_BARE), ("NF_ROUND", NF_ROUND), ("NO_FORMS", NO_FORMS),
                ("SC_NULL_IDS", SC_NULL_IDS), ("SUMMED", SUMMED), ("DV_DECIMAL", DV_DECIMAL), ("DERIVED", DERIVED),
                ("MMOL", MMOL), ("PER_LITRE", PER_LITRE), ("TWO_PANELS", TWO_PANELS), ("WRAPPED", WRAPPED),
                ("SPLIT_COLS", SPLIT_COLS), ("SOURCE_BELOW", SOURCE_BELOW), ("FOOTMARK", FOOTMARK), ("UNIT_HEADER", UNIT_HEADER),
                ("LINEAR", LINEAR), ("UNIT_CELL", UNIT_CELL), ("DUAL_US", DUAL_US), ("EQUIV_ROW", EQUIV_ROW),
                ("SAME_SALT_ROW", SAME_SALT_ROW), ("DOT_LEADER", DOT_LEADER), ("CAPS", CAPS), ("FRONT_TRAP", FRONT_TRAP),
                ("NO_MG_WORD", NO_MG_WORD), ("SIDE_ROW", SIDE_ROW), ("RUN_IN", RUN_IN), ("BILINGUAL", BILINGUAL),
                ("SENTENCE_BELOW", SENTENCE_BELOW), ("EU_UNIT_DOSE", EU_UNIT_DOSE), ("GRAMS", GRAMS),
                ("TOTAL_LAST", TOTAL_LAST), ("SOURCE_COL", SOURCE_COL), ("EQUIV_SUM", EQUIV_SUM),
                ("COMPOUND_PER_UNIT", COMPOUND_PER_UNIT), ("TOTAL_FIRST", TOTAL_FIRST), ("SWAPPED_COLS", SWAPPED_COLS),
                ("COMPOUND_BELOW", COMPOUND_BELOW), ("WRAPPED_FIRST", WRAPPED_FIRST), ("AMOUNT_PCT_CELL", AMOUNT_PCT_CELL),
                ("ONE_LINE_SERVING", ONE_LINE_SERVING), ("SUMMED_APART", SUMMED_APART), ("DOT_BOTH", DOT_BOTH),
                ("SECTION_HEAD", SECTION_HEAD)):
    for i in s:
        if i not in ids:
            problems.append(f"{name}: unknown id {i}")

for d in L:
    t, lid = d["_text"], d["id"]
    tl = t.lower()
    if " |" in t and not any(" | " in l or l.rstrip().endswith(" |") for l in t.splitlines()):
        problems.append(f"{lid}: odd table syntax")
    lines = t.strip("\n").split("\n")
    k = next((j for j, l in enumerate(lines) if make_set.KW.search(l)), None)
    if k is None or k == 0 or k > 6:
        problems.append(f"{lid}: panel keyword line index {k}")
    if lid.startswith(SC_NULL_PREFIXES) or lid in SC_NULL_IDS:
        if d["serving_count"] is not None:
            problems.append(f"{lid}: medicine / Drug Facts / Canada / Australia / NZ / topical label with a serving_count")
        if d["percent_dv"] is not None:
            problems.append(f"{lid}: medicine / Drug Facts / Canada / Australia / NZ / topical label with a %DV")
    if d["status"] == "no_magnesium":
        if d["elemental_mg"] is not None or d["forms"] or d["percent_dv"] is not None:
            problems.append(f"{lid}: negative with values")
        if lid in NO_MG_WORD:   # set 20: a negative that never names magnesium must name a look-alike (set 21: its own word)
            if any(w in tl for w in MG_WORDS) or NO_MG_WORD[lid] not in tl:
                problems.append(f"{lid}: NO_MG_WORD negative names magnesium or no look-alike")
        elif not any(w in tl for w in MG_WORDS):
            problems.append(f"{lid}: negative that never mentions magnesium")
        continue
    el, dv = d["elemental_mg"], d["percent_dv"]
    if el is None:
        problems.append(f"{lid}: ok without elemental")
        continue
    if not d["forms"] and lid not in NO_FORMS:
        problems.append(f"{lid}: ok label without forms (not in NO_FORMS)")
    if lid in DERIVED:
        st, fac = DERIVED[lid]
        if abs(st * fac - el) > 1e-6 or not any(s in t for s in spellings(st)):
            problems.append(f"{lid}: derived {st} x {fac} != {el} or {st} not in text")
    elif d["elemental_tol_pct"] == 2 and lid not in SUMMED and lid not in EQUIV_SUM:   # set 23: EQUIV_SUM sums are not printed
        if not any(s in t for s in spellings(el)):
            problems.append(f"{lid}: elemental {el} not found in text")
    if dv is not None:
        calc = el / dv_base(d) * 100
        want = nf_round(calc) if lid in NF_ROUND else (round(calc, 1) if lid in DV_DECIMAL else round(calc + 1e-9))
        if lid not in NF_ROUND and abs(calc - dv) > 1.5:
            problems.append(f"{lid}: dv {dv} vs computed {calc:.1f} (base {dv_base(d)})")
        elif want != dv:
            problems.append(f"{lid}: dv {dv} is not the rounded {calc:.2f} -> {want} (base {dv_base(d)})")
        dvs = str(dv).replace(".", "[.,]")   # set 16: a decimal percent may be printed with a comma
        pat = rf"(?<![\d,.]){dvs}(?![\d,.%])" if lid in DV_BARE else rf"(?<![\d,.]){dvs}\s?%"
        if lid not in SUMMED and not re.search(pat, t):
            problems.append(f"{lid}: printed dv {dv}{'' if lid in DV_BARE else '%'} not found")
    if "elemental_alt_mg" in d and not any(s in t for s in spellings(d["elemental_alt_mg"])):
        problems.append(f"{lid}: alt {d['elemental_alt_mg']} not found")
    if lid in IMPLIED_SC:
        n, per = IMPLIED_SC[lid]
        if n / per != d["serving_count"] or not re.search(rf"(?<![\d,.]){n}(?![\d,.]\d)", t):
            problems.append(f"{lid}: implied serving_count {n}/{per} != {d['serving_count']} or {n} not in text")
    elif d["serving_count"] is not None and not re.search(rf"(?<![\d,.]){d['serving_count']}(?![\d,.]\d)", t):
        problems.append(f"{lid}: serving_count {d['serving_count']} not in text")
    for f in d["forms"]:
        # set 20: the oxide words ('oxid', 'oksid') also occur inside the hydroxide words ('magnesiumhydroxid'); for the oxide
        # check the hydroxide words are blanked first, so that a hydroxide label cannot carry an oxide form
        tl = re.sub(r"h[iy]dro(?:x|ks)[iy]d", "#", d["_text"].lower()) if f == "oxide" else d["_text"].lower()
        if f == "taurate":   # set 21: likewise the taurate words are not matched inside 'acetyl taurate'
            tl = tl.replace("acetyl taur", "#")
        if not any(w in tl for w in FORM_WORDS[f]):
            problems.append(f"{lid}: form {f} has no matching word")
        # set 17: the form word must stand in a list item (split at , ; and line ends) that also names magnesium, so that
        # another mineral's salt ('citrato de potasio', 'zinc citrate') cannot carry a magnesium form
        # set 18: items are also split at '/' and '|' (a title 'Calcium Carbonate / Magnesium Hydroxide' must not give
        # magnesium the calcium salt); a parenthesised source list opened by a magnesium word ('(as magnesium citrate, bisglycinate, …)') counts as
        # one item when it names no other mineral
        elif not any(any(w in it for w in FORM_WORDS[f]) and any(m in it for m in MG_WORDS)
                     for it in re.split(r"[,;/|\n]", unwrap(tl)) + [g for g in re.findall(r"\(([^()]*)\)", unwrap(tl))
                                                                 if not any(o in g for o in OTHER_MINERALS)]):
            problems.append(f"{lid}: form {f} is named only in an item without a magnesium word")
for d in L:   # set 14: where a 'servings per container' line is printed, serving_count must be one of its numbers
    if d["serving_count"] is None:
        continue
    sl = [l for l in d["_text"].splitlines() if re.search(r"servings? per container", l, re.I)]
    if sl and not any(float(x.replace(",", "")) == d["serving_count"] for l in sl for x in re.findall(r"\d[\d,]*", l)):
        problems.append(f"{d['id']}: serving_count {d['serving_count']} is not a number of its 'servings per container' line")
for d in L:   # set 15: the pregnancy DV base goes with a text that names pregnant and lactating women, and only with it
    names = bool(re.search(r"pregnant and lactating", d["_text"], re.I))
    if names != (d.get("_dvb") == 400):
        problems.append(f"{d['id']}: _dvb {d.get('_dvb')} vs pregnant/lactating wording {names}")
for d in L:   # set 16: the toddler DV base (80) goes with a text that names children 1 through 3 years, and only with it
    names = bool(re.search(r"children 1 through 3|children 1[-–]3", d["_text"], re.I))   # set 17: also '1-3'
    if names != (d.get("_dvb") == 80):
        problems.append(f"{d['id']}: _dvb {d.get('_dvb')} vs 'children 1 through 3' wording {names}")
for lid, mm in MMOL.items():   # set 17: millimoles printed beside the amount
    d = next((x for x in L if x["id"] == lid), None)
    if d is None:
        continue
    if abs(d["elemental_mg"] / 24.305 - mm) > 0.05 or not re.search(rf"{str(mm).replace('.', '[.,]')} ?mmol", d["_text"]):
        problems.append(f"{lid}: mmol {mm} does not match {d['elemental_mg']} mg / 24.305 or is not printed")
for lid, (per_l, litres) in PER_LITRE.items():   # set 17: per-litre analysis vs the per-bottle value (food rounding to 5 mg)
    d = next((x for x in L if x["id"] == lid), None)
    if d is None:
        continue
    if abs(per_l * litres - d["elemental_mg"]) > 2.5 or not re.search(rf"Magnesium {per_l}\b", d["_text"]):
        problems.append(f"{lid}: per-litre {per_l} x {litres} does not round to {d['elemental_mg']} or is not printed")
for d in L:   # negatives: serving_count as printed/implied as well
    if d["status"] == "no_magnesium" and d["id"] in IMPLIED_SC:   # set 20: an implied count on a negative is verified too
        n, per = IMPLIED_SC[d["id"]]
        if n / per != d["serving_count"] or not re.search(rf"(?<![\d,.]){n}(?![\d,.]\d)", d["_text"]):
            problems.append(f"{d['id']}: implied serving_count {n}/{per} != {d['serving_count']} or {n} not in text")
    if d["status"] == "no_magnesium" and d["serving_count"] is not None and d["id"] not in IMPLIED_SC:
        if not re.search(rf"(?<![\d,.]){d['serving_count']}(?![\d,.]\d)", d["_text"]):
            problems.append(f"{d['id']}: serving_count {d['serving_count']} not in text")

for lid in TWO_PANELS:   # set 18: two products' panels; the Mg panel carries the value, the %DV and the serving count
    d = next((x for x in L if x["id"] == lid), None)
    if d is None:
        continue
    panels = re.split(r"\n(?=[^\n]*Supplement Facts)", d["_text"])[1:]
    mgp = [p for p in panels if re.search(r"^Magnesium\b[^\n]*\|", p, re.M)]
    if len(panels) != 2 or len(mgp) != 1:
        problems.append(f"{lid}: {len(panels)} panels, {len(mgp)} with a magnesium row (want 2 and 1)")
    else:
        p = mgp[0]
        row = next(l for l in p.splitlines() if re.match(r"Magnesium\b.*\|", l))
        if not any(s in row for s in spellings(d["elemental_mg"])) or not re.search(rf"(?<![\d,.]){d['percent_dv']}\s?%", row):
            problems.append(f"{lid}: value {d['elemental_mg']} / {d['percent_dv']}% not on the Mg panel's magnesium row")
        if not re.search(rf"Servings Per Container {d['serving_count']}\b", p):
            problems.append(f"{lid}: serving_count {d['serving_count']} is not the Mg panel's")
for d in L:   # set 18: Drug Facts statements
    if d["kind"] != "drug_facts" or d["status"] != "ok":
        continue
    # set 19: also '(241.3 mg Elemental Magnesium)', 'Magnesium content per tablet: 241.3 mg', and a statement naming calcium
    # first ('contains : calcium 20 mg and magnesium 535 mg'); decimals kept
    t = d["_text"]
    st = [float(x) for x in re.findall(r"contains ?:?(?: calcium \d+ mg and)? magnesium (\d+(?:\.\d+)?) ?mg", t, re.I)]
    st += [float(x) for x in re.findall(r"\((\d+(?:\.\d+)?) ?mg elemental magnesium\)", t, re.I)]
    st += [float(x) for x in re.findall(r"magnesium content per \w+: ?(\d+(?:\.\d+)?) ?mg", t, re.I)]
    st += [float(x) for x in re.findall(r"magnesium content:? (\d+(?:\.\d+)?) ?mg per", t, re.I)]   # set 20; set 24: 'Magnesium content: 495 mg per teaspoon'
    if d["elemental_tol_pct"] == 2 and d["elemental_mg"] not in st:
        problems.append(f"{d['id']}: stated Drug Facts value {d['elemental_mg']} is not a printed 'contains: magnesium N mg' figure {st}")
    if d["elemental_tol_pct"] != 2 and st:
        problems.append(f"{d['id']}: computed although a magnesium statement {st} is printed")
for lid, n in WRAPPED.items():   # set 18: wrapped name cells
    d = next((x for x in L if x["id"] == lid), None)
    if d is None:
        continue
    lines = d["_text"].splitlines()
    j = next(k for k, l in enumerate(lines) if l.startswith("Magnesium ("))
    grp = [lines[j]]
    for l in lines[j + 1:]:
        if is_cont(l) or (is_cont(grp[-1]) and " | " in l):
            grp.append(l)
        else:
            break
    amt = [l for l in grp if any(re.search(rf"\| {re.escape(s)} ?mg", l) for s in spellings(d["elemental_mg"]))]
    if len(grp) != n or len(amt) != 1 or sum(not is_cont(l) for l in grp) != 1 or amt[0] != grp[-1]:   # set 21: on the last line
        problems.append(f"{lid}: wrapped group of {len(grp)} lines (want {n}) with the amount on {len(amt)} line(s), not the last")

def cells(line):
    return [c.strip() for c in line.split("|")]

byid0 = {d["id"]: d for d in L}

for lid, (chead, ehead, cmg) in SPLIT_COLS.items():   # set 19: compound and element in separate columns
    d = next((x for x in L if x["id"] == lid), None)
    if d is None:
        continue
    lines = d["_text"].splitlines()
    hi = next((k for k, l in enumerate(lines) if chead in cells(l) and ehead in cells(l)), None)
    if hi is None or hi + 1 >= len(lines):
        problems.append(f"{lid}: no header with columns {chead!r} and {ehead!r}")
        continue
    h, row = cells(lines[hi]), cells(lines[hi + 1])
    ci, ei = h.index(chead), h.index(ehead)
    if len(row) != len(h) or not any(re.fullmatch(rf"{re.escape(x)} ?mg", row[ei]) for x in spellings(d["elemental_mg"])) \
            or not any(re.fullmatch(rf"{re.escape(x)} ?mg", row[ci]) for x in spellings(cmg)):
        problems.append(f"{lid}: element {d['elemental_mg']} / compound {cmg} not in their columns of {row}")
for lid, first in SOURCE_BELOW.items():   # set 19: the source clause on the line beneath the magnesium row
    d = next((x for x in L if x["id"] == lid), None)
    if d is None:
        continue
    lines = d["_text"].splitlines()
    j = next((k for k, l in enumerate(lines) if cells(l)[0] == first and " | " in l), None)
    if j is None or j + 1 >= len(lines):
        problems.append(f"{lid}: no magnesium row {first!r}")
        continue
    below = lines[j + 1].lower()
    if any(any(w in lines[j].lower() for w in FORM_WORDS[f]) for f in d["forms"]) or " | " in lines[j + 1] \
            or not all(any(w in below for w in FORM_WORDS[f]) for f in d["forms"]) or not any(m in below for m in MG_WORDS):
        problems.append(f"{lid}: the row names a source or the line beneath does not name every form")
    if not any(re.search(rf"\| {re.escape(x)} ?mg", lines[j]) for x in spellings(d["elemental_mg"])):
        problems.append(f"{lid}: value {d['elemental_mg']} not on the magnesium row")
for lid, (name, mark) in FOOTMARK.items():   # set 19: a marked magnesium name, the sources in the footnote of that mark
    d = next((x for x in L if x["id"] == lid), None)   # set 22: the name per label ('Magnésium¹')
    if d is None:
        continue
    lines = d["_text"].splitlines()
    rows = [l for l in lines if l.startswith(f"{name}{mark} |")]
    foot = [l.lower() for l in lines if l.startswith(mark + " ")]
    if len(rows) != 1 or len(foot) != 1 or not all(any(w in foot[0] for w in FORM_WORDS[f]) for f in d["forms"]) \
            or any(any(w in rows[0].lower() for w in FORM_WORDS[f]) for f in d["forms"]):
        problems.append(f"{lid}: marked row {len(rows)}, footnote {len(foot)}, or the footnote does not name every form")
for lid, first in UNIT_HEADER.items():   # set 19: '(mg)' in the header, bare amounts in the rows
    d = next((x for x in L if x["id"] == lid), None)
    if d is None:
        continue
    lines = d["_text"].splitlines()
    hdr = [l for l in lines if "(mg)" in l and " | " in l]
    row = next((l for l in lines if cells(l)[0] == first and " | " in l), "")
    vals = cells(row)[1:]
    if len(hdr) != 1 or not any(v in spellings(d["elemental_mg"]) for v in vals) or "mg" in row.split("|", 1)[-1]:
        problems.append(f"{lid}: header '(mg)' {len(hdr)}, or the amount {d['elemental_mg']} is not bare in {row!r}")

def row_of(lines, first):
    return next((l for l in lines if " | " in l and cells(l)[0] == first), None)

for lid in LINEAR:   # set 20: run-in Supplement Facts line
    d = byid0[lid]
    sf = [l for l in d["_text"].splitlines() if l.startswith("Supplement Facts")]
    if len(sf) != 1 or " | " in sf[0] or not any(re.search(rf"(?<![\d,.]){re.escape(s)} ?mg \({d['percent_dv']}% DV\)", sf[0])
                                                 for s in spellings(d["elemental_mg"])) \
            or not re.search(rf"Servings Per Container {d['serving_count']}\b", sf[0]):
        problems.append(f"{lid}: the linear Supplement Facts line does not carry value, '(N% DV)' and servings")
for lid, first in UNIT_CELL.items():   # set 20: bare amount, unit in the next cell
    d = byid0[lid]
    lines = d["_text"].splitlines()
    r = row_of(lines, first)
    c = cells(r) if r else []
    hdr = [l for l in lines if " | " in l and "Unit" in cells(l)]
    if len(c) != 4 or c[1] not in spellings(d["elemental_mg"]) or c[2] != "mg" or c[3] != f"{d['percent_dv']}%" \
            or len(hdr) != 1 or cells(hdr[0]).index("Unit") != 2:
        problems.append(f"{lid}: the amount is not bare with 'mg' in its own cell under 'Unit': {c}")
for lid, (first, hv, ha, serving) in DUAL_US.items():   # set 20/21: two amount columns; value column vs alt column
    d = byid0[lid]
    lines = d["_text"].splitlines()
    hdr = next((l for l in lines if hv in cells(l) and ha in cells(l)), None)
    r = row_of(lines, first)
    if hdr is None or r is None:
        problems.append(f"{lid}: no dual header or magnesium row")
        continue
    h, c = cells(hdr), cells(r)
    i, j = h.index(hv), h.index(ha)
    ok = len(c) == len(h) and any(c[i] == f"{s} mg" for s in spellings(d["elemental_mg"])) \
        and c[i + 1] == f"{d['percent_dv']}%" and any(c[j] == f"{s} mg" for s in spellings(d.get("elemental_alt_mg")))
    if not ok or serving not in d["_text"]:
        problems.append(f"{lid}: value / %DV not in the serving's columns or alt not in the other column: {c}")
for lid, (cfirst, efirst, cmg) in EQUIV_ROW.items():   # set 20: compound row, then the element row
    d = byid0[lid]
    lines = d["_text"].splitlines()
    k = next((n for n, l in enumerate(lines) if " | " in l and cells(l)[0] == cfirst), None)
    if k is None or k + 1 >= len(lines) or cells(lines[k + 1])[0] != efirst:
        problems.append(f"{lid}: the element row {efirst!r} does not follow the compound row {cfirst!r}")
        continue
    cc, ec = cells(lines[k]), cells(lines[k + 1])
    cspell = {f"{x} mg" for x in spellings(cmg)} | {x for x in spellings(cmg) if x.endswith(" g")}   # set 21: '2 g'
    if cc[1] not in cspell or not any(ec[1] == f"{s} mg" for s in spellings(d["elemental_mg"])) \
            or "%" in lines[k] or not re.search(rf"(?<![\d,.]){d['percent_dv']}\s?%", lines[k + 1]):
        problems.append(f"{lid}: compound {cmg} / element {d['elemental_mg']} / %DV not on their rows: {cc} {ec}")
for lid, (first, amt) in SAME_SALT_ROW.items():   # set 20: co-nutrient from the same salt
    d = byid0[lid]
    r = row_of(d["_text"].splitlines(), first)
    c = cells(r) if r else []
    salt_named = any(any(w in first.lower() for w in FORM_WORDS[f]) for f in d["forms"])
    if not c or not salt_named or not any(c[1] == f"{s} mg" for s in spellings(amt)) or amt == d["elemental_mg"] or "%" in r:
        problems.append(f"{lid}: same-salt row {first!r} missing, names no form, carries a %, or equals the value")
for lid, n in DOT_LEADER.items():   # set 20: dot leaders, one line per language block
    d = byid0[lid]
    dl = [l for l in d["_text"].splitlines() if re.search(r"\.{5,}", l) and l.lower().startswith(MG_WORDS)]   # set 21: Mg lines only
    if len(dl) != n or any(" | " in l for l in dl) or \
            not all(any(re.search(rf"\.{{5,}} {re.escape(s)} ?mg(?: \([^)]*\))?$", l) for s in spellings(d["elemental_mg"]))
                    for l in dl):
        problems.append(f"{lid}: {len(dl)} dot-leader lines (want {n}) ending in the value")
for lid in CAPS:   # set 20: the panel in capitals
    d = byid0[lid]
    lines = d["_text"].splitlines()
    k = next(j for j, l in enumerate(lines) if make_set.KW.search(l))
    if any(l != l.upper() for l in lines[k:]):
        problems.append(f"{lid}: panel not in capitals")
for lid, cmg in FRONT_TRAP.items():   # set 20: a compound weight on the front that is not the value
    d = byid0[lid]
    lines = d["_text"].splitlines()
    k = next(j for j, l in enumerate(lines) if make_set.KW.search(l))
    title = " ".join(lines[:k])
    if not any(re.search(rf"(?<![\d,.]){re.escape(s)} ?mg", title) for s in spellings(cmg)) or cmg == d["elemental_mg"] \
            or any(re.search(rf"(?<![\d,.]){re.escape(s)} ?mg", title) for s in spellings(d["elemental_mg"])):
        problems.append(f"{lid}: the front does not print the compound {cmg} mg (or prints the value)")

for lid in SUMMED:   # set 21: the summed value and %DV are the sums of the printed magnesium rows (at least two)
    d = byid0[lid]
    rows = [cells(l) for l in d["_text"].splitlines() if " | " in l and l.startswith("Magnesium")]
    amts = [float(m.group(1).replace(",", "")) for c in rows for m in [re.fullmatch(r"(\d[\d,]*(?:\.\d+)?) ?mg", c[1])] if m]
    pcts = [float(m.group(1)) for c in rows for m in [re.fullmatch(r"(\d+(?:\.\d+)?)\s?%", c[2])] if m]
    if len(rows) < 2 or len(amts) != len(rows) or sum(amts) != d["elemental_mg"] or sum(pcts) != d["percent_dv"]:
        problems.append(f"{lid}: summed value {d['elemental_mg']} / {d['percent_dv']}% is not the sum of the magnesium rows {amts} / {pcts}")
for lid, (first, amt) in SIDE_ROW.items():   # set 21: a neighbouring row whose amount is not the value
    d = byid0[lid]
    lines = d["_text"].splitlines()
    r = row_of(lines, first)
    if r is None or cells(r)[1] != amt or any(cells(r)[1] == f"{s} mg" for s in spellings(d["elemental_mg"])):
        problems.append(f"{lid}: side row {first!r} missing, not {amt!r}, or equal to the value")
    mgrows = [l for l in lines if " | " in l and l.lower().startswith(MG_WORDS) and "|" in l]
    if lid not in SUMMED and not any(any(re.search(rf"\| {re.escape(s)} ?mg", l) for s in spellings(d["elemental_mg"])) for l in mgrows):   # set 22: a SUMMED label's rows carry the parts
        problems.append(f"{lid}: no magnesium row carries the value beside the side row")
for lid, start in RUN_IN.items():   # set 21: a run-in sentence carries value and %; no table at all
    d = byid0[lid]
    lines = d["_text"].splitlines()
    ln = [l for l in lines if l.startswith(start)]
    k = next(j for j, l in enumerate(lines) if make_set.KW.search(l))   # ' | ' before the panel only separates title lines
    if len(ln) != 1 or any(" | " in l or l.rstrip().endswith(" |") for l in lines[k:]) \
            or not any(re.search(rf"(?<![\d,.]){re.escape(s)} ?mg", ln[0]) for s in spellings(d["elemental_mg"])) \
            or not re.search(rf"(?<![\d,.]){d['percent_dv']}\s?%", ln[0]):
        problems.append(f"{lid}: the run-in line {start!r} does not carry value and %, or a table is present")
for lid, first in BILINGUAL.items():   # set 21: bilingual name cell; the value in the same row
    d = byid0[lid]
    r = row_of(d["_text"].splitlines(), first)
    if r is None or " / " not in first or not any(cells(r)[1] == f"{s} mg" for s in spellings(d["elemental_mg"])):
        problems.append(f"{lid}: bilingual row {first!r} missing, not bilingual, or without the value")

for lid, start in SENTENCE_BELOW.items():   # set 22: the element restated in a sentence below the table
    d = byid0[lid]
    lines = d["_text"].splitlines()
    k = next((j for j, l in enumerate(lines) if l.startswith(start)), None)
    r = next((j for j, l in enumerate(lines) if " | " in l and l.lower().startswith(MG_WORDS)), None)
    if k is None or r is None or k < r or " | " in lines[k] \
            or not any(re.search(rf"(?<![\d,.]){re.escape(s)} ?mg of elemental magnesium", lines[k]) for s in spellings(d["elemental_mg"])):
        problems.append(f"{lid}: no sentence {start!r} below the magnesium row restating {d['elemental_mg']} mg of elemental magnesium")
for lid, (first, hu, hd) in EU_UNIT_DOSE.items():   # set 22: per unit | per daily dose | %: value in the dose column
    d = byid0[lid]
    lines = d["_text"].splitlines()
    hdr = next((l for l in lines if hu in cells(l) and hd in cells(l)), None)
    r = row_of(lines, first)
    if hdr is None or r is None:
        problems.append(f"{lid}: no per-unit / per-dose header or magnesium row")
        continue
    h, c = cells(hdr), cells(r)
    i, j = h.index(hu), h.index(hd)
    if not (i < j and len(c) == len(h) and any(c[j] == f"{s} mg" for s in spellings(d["elemental_mg"]))
            and any(c[i] == f"{s} mg" for s in spellings(d.get("elemental_alt_mg")))
            and re.fullmatch(rf"{d['percent_dv']}\s?%", c[j + 1])):
        problems.append(f"{lid}: value / alt / % not in the per-dose, per-unit and % columns: {c}")
for lid, g in GRAMS.items():   # set 22: the value printed in grams in the magnesium row
    d = byid0[lid]
    rows = [l for l in d["_text"].splitlines() if " | " in l and l.lower().startswith(MG_WORDS)]
    if len(rows) != 1 or cells(rows[0])[1] != g or g not in spellings(d["elemental_mg"]) or re.search(r"\d ?mg", rows[0]):
        problems.append(f"{lid}: the magnesium row does not print the value as {g!r} (and only in grams)")

# ---- arithmetic behind the expected values (as in set 9) ------------------------------------------------------------
# Mg fractions (magnesium.md section 1); ranges where commercial material varies. A stated elemental figure must lie within
# [lo*0.97, hi*1.03] of compound x fraction; a computed (tol != 2) figure must equal round(compound x middle, 1) and its
# tolerance must cover compound x [lo, hi].
FRACTION = {"oxide": (0.603, 0.603), "hydroxide": (0.417, 0.417), "chloride": (0.120, 0.120), "citrate": (0.12, 0.162),
            "glycinate": (0.10, 0.141), "malate": (0.116, 0.155), "pidolate": (0.087, 0.087), "threonate": (0.072, 0.0825),
            "carbonate": (0.25, 0.288), "lactate": (0.102, 0.120), "taurate": (0.089, 0.089), "orotate": (0.066, 0.073),
            "gluconate": (0.054, 0.059), "aspartate": (0.067, 0.099),
            "sulfate": (0.0986, 0.0986),   # set 14: Epsom salt MgSO4.7H2O (magnesium.md section 1)
            "acetyl_taurate": (0.068, 0.068)}   # set 16: computed 1:2 N-acetyltaurinate (magnesium.md section 1)
# id -> (compound mg per serving/unit as printed, form); the compound weight must appear in the text
COMPOUND = {
    "us24_primalharvest_front_citrate_1_000_mg_panel_150": (1000, "citrate"),                  # on the front
    "us24_terraorigin_element_row_then_magtein_2000_compound_row_below_144": (2000, "threonate"),   # row BELOW the element
    "df24_haggen_mom_chewable_311_mg_tablet_no_statement_computed": (311, "hydroxide"),       # computed, no statement
    "df24_shaws_citrate_lemon_magnesium_content_290_per_1_fl_oz": (1745, "citrate"),           # '1.745 g'
    "df24_fareway_aluminum_magnesium_hydroxide_simethicone_per_30_ml_510": (1200, "hydroxide"),
    "uk24_naturesaid_citrate_1000_row_then_providing_magnesium_row_150": (1000, "citrate"),
    "cs24_valosun_laktat_2_000_mg_then_odpovida_horciku_204": (2000, "lactate"),              # '2 000 mg' dihydrate
}
# Labels whose total is split into parts (compound mg where printed, form, elemental part); the parts sum to the total
# (set 24: both print the total FIRST, see TOTAL_FIRST).
PARTS = {
    "us24_hugesupplements_total_row_first_then_two_from_subrows_300": [(None, "glycinate", 200), (None, "taurate", 100)],
    "de24_meavita_total_row_first_then_davon_aus_citrat_bisglycinat_300": [(None, "citrate", 150), (None, "glycinate", 150)],
}
# Set 12: a printed total over several compounds without per-compound elemental figures: the total must lie within
# the sum of compound x [lo, hi] (widened by 3 %).
TOTAL_RANGE = {"au24_chemistwarehouse_aspartate_oxide_then_one_equivalent_line_158": [(500, "aspartate"), (200, "oxide")]}
# Stated figures that the real label prints outside the stoichiometric range (kept as printed, see README).
FRACTION_EXCEPTIONS = {}   # set 24: none
# id -> (per-100 g/ml figure in mg, portion g or ml): per-100 trap must be consistent with the portion value
PER100 = {}   # set 24: none
# id -> factor with elemental_mg == elemental_alt_mg * factor (per-unit alt: units per serving; per-day alt: 1 / servings a day)
ALT_FACTOR = {"pw24_nakednutrition_per_1_scoop_and_per_2_scoops_columns_glycinate_150": 1 / 2,   # 1 scoop | 2 scoops
              "pl24_polpharma_w_1_tabletce_and_w_3_tabletkach_columns_cytrynian_300": 3}         # per tablet | 3 tablets
byid = {d["id"]: d for d in L}
for name, s in (("COMPOUND", COMPOUND), ("PARTS", PARTS), ("TOTAL_RANGE", TOTAL_RANGE), ("PER100", PER100),
                ("ALT_FACTOR", ALT_FACTOR), ("FRACTION_EXCEPTIONS", FRACTION_EXCEPTIONS)):   # set 12: these tables are checked for unknown ids too
    for i in s:
        if i not in byid:
            problems.append(f"{name}: unknown id {i}")
for lid, spec in COMPOUND.items():
    mg, form = spec[0], spec[1]
    d = byid[lid]; el = d["elemental_mg"]; lo, hi = FRACTION[form]
    if not any(s in d["_text"] for s in spellings(mg) | {f"{mg/1000:g} g", f"{mg/1000:g} g".replace(".", ","), f"{mg:g}"}):
        problems.append(f"{lid}: compound {mg} not in text")
    if form not in d["forms"]:
        problems.append(f"{lid}: fraction form {form} not among forms")
    if d["elemental_tol_pct"] != 2:
        fr = (lo + hi) / 2
        tol = d["elemental_tol_pct"] / 100
        if abs(round(mg * fr, 1) - el) > 0.05:
            problems.append(f"{lid}: computed {mg} x {fr:.4f} = {mg*fr:.2f} != {el}")
        if not (el * (1 - tol) <= mg * lo + 1e-9 and el * (1 + tol) >= mg * hi - 1e-9):
            problems.append(f"{lid}: tol {d['elemental_tol_pct']} % around {el} does not cover {mg*lo:.2f}-{mg*hi:.2f}")
    elif not (mg * lo * 0.97 <= el <= mg * hi * 1.03):
        problems.append(f"{lid}: stated {el} outside {mg} x [{lo}, {hi}] = {mg*lo:.1f}-{mg*hi:.1f}")
for lid, parts in PARTS.items():
    d = byid[lid]
    if abs(sum(p[2] for p in parts) - d["elemental_mg"]) > 1e-6:
        problems.append(f"{lid}: parts {[p[2] for p in parts]} do not sum to {d['elemental_mg']}")
    for mg, form, part in parts:
        if form not in d["forms"]:
            problems.append(f"{lid}: part form {form} not among forms")
        if not any(s in d["_text"] for s in spellings(part)):
            problems.append(f"{lid}: part {part} not in text")
        # set 16: the part must stand on a line that names its own salt (Kruidvat's 'waarvan uit …' rows)
        if not any(any(w in l.lower() for w in FORM_WORDS[form]) and any(re.search(rf"(?<![\d,.]){re.escape(s)}(?![\d,.]\d)", l)
                                                                      for s in spellings(part))
                   for l in d["_text"].splitlines()):
            problems.append(f"{lid}: part {part} not on a line naming {form}")
        if mg is not None:
            lo, hi = FRACTION[form]
            if not (mg * lo * 0.97 <= part <= mg * hi * 1.03):
                problems.append(f"{lid}: part {part} outside {mg} x [{lo}, {hi}]")
FR_EXTRA = {"orotate_dihydrate": (0.066, 0.066)}
for lid, comps in TOTAL_RANGE.items():
    d = byid[lid]
    lo = sum(mg * {**FRACTION, **FR_EXTRA}[f][0] for mg, f in comps)
    hi = sum(mg * {**FRACTION, **FR_EXTRA}[f][1] for mg, f in comps)
    if not (lo * 0.97 <= d["elemental_mg"] <= hi * 1.03):
        problems.append(f"{lid}: total {d['elemental_mg']} outside {lo:.1f}-{hi:.1f}")
    for mg, f in comps:
        if not any(s in d["_text"] for s in spellings(mg)):
            problems.append(f"{lid}: compound {mg} not in text")
        if f.split("_")[0] not in d["forms"]:
            problems.append(f"{lid}: form {f} not among forms")
for lid, (mg, form) in FRACTION_EXCEPTIONS.items():   # set 18/19: one Drug Facts label
    d = byid[lid]
    assert d["elemental_tol_pct"] == 2 and form in d["forms"]
    if not any(s in d["_text"] for s in spellings(mg)):
        problems.append(f"{lid}: compound {mg} not in text")
for d in L:  # every computed label must be covered by a fraction check
    if d["status"] == "ok" and d["elemental_tol_pct"] != 2 and d["id"] not in COMPOUND:
        problems.append(f"{d['id']}: tol {d['elemental_tol_pct']} without a fraction check")
for lid, (per100, portion) in PER100.items():
    el = byid[lid]["elemental_mg"]
    if abs(per100 * portion / 100 - el) > 0.01 * el:
        problems.append(f"{lid}: per-100 {per100} x {portion}/100 != {el}")
for d in L:
    if "elemental_alt_mg" in d:
        f = ALT_FACTOR.get(d["id"])
        if f is None or abs(d["elemental_alt_mg"] * f - d["elemental_mg"]) > 1e-6:
            problems.append(f"{d['id']}: alt {d['elemental_alt_mg']} x {f} != {d['elemental_mg']}")

# ---- set 23 checks ----------------------------------------------------------------------------------------------------
for lid, first in TOTAL_LAST.items():   # set 23: the total row after its source rows
    d = byid[lid]
    lines = d["_text"].splitlines()
    k = next((n for n, l in enumerate(lines) if " | " in l and cells(l)[0] == first), None)
    parts = [n for n, l in enumerate(lines) if " | " in l and "magnesium" in cells(l)[0].lower() and cells(l)[0] != first]
    if k is None or len(parts) < 2 or max(parts) > k:
        problems.append(f"{lid}: no total row {first!r} after at least two magnesium source rows")
        continue
    c = cells(lines[k])
    amts = [m for n in parts for m in [re.fullmatch(r"(\d[\d,]*) ?mg", cells(lines[n])[1])] if m]
    if not any(c[1] == f"{s} mg" for s in spellings(d["elemental_mg"])) or not re.fullmatch(rf"{d['percent_dv']}\s?%", c[2]) \
            or any("%" in lines[n] for n in parts) or len(amts) != len(parts) \
            or sum(float(m.group(1).replace(",", "")) for m in amts) != d["elemental_mg"]:
        problems.append(f"{lid}: total row {c} does not carry value and %, or the source rows carry a % or do not add up")
for lid, (first, head) in SOURCE_COL.items():   # set 23: the source in its own last column
    d = byid[lid]
    lines = d["_text"].splitlines()
    hdr = next((l for l in lines if " | " in l and cells(l)[-1] == head), None)
    r = row_of(lines, first)
    if hdr is None or r is None:
        problems.append(f"{lid}: no header ending in {head!r} or no row {first!r}")
        continue
    h, c = cells(hdr), cells(r)
    src = c[-1].lower()
    if len(c) != len(h) or not any(c[1] == f"{s} mg" for s in spellings(d["elemental_mg"])) \
            or not re.fullmatch(rf"{d['percent_dv']}\s?%", c[2]) or not any(m in src for m in MG_WORDS) \
            or not all(any(w in src for w in FORM_WORDS[f]) for f in d["forms"]) \
            or any(any(w in c[0].lower() for w in FORM_WORDS[f]) for f in d["forms"]):
        problems.append(f"{lid}: value / % / source not in their columns: {c}")
for lid in EQUIV_SUM:   # set 23: 'equiv. magnesium N mg' parts, no total; the value is their sum and is not printed
    d = byid[lid]
    eq = [float(x) for x in re.findall(r"equiv\. magnesium (\d+(?:\.\d+)?) ?mg", d["_text"])]
    if len(eq) < 2 or abs(sum(eq) - d["elemental_mg"]) > 1e-6 \
            or any(re.search(rf"(?<![\d,.]){re.escape(s)} ?mg", d["_text"]) for s in spellings(d["elemental_mg"])):
        problems.append(f"{lid}: the equiv. figures {eq} do not sum to {d['elemental_mg']}, or the sum is printed")
for lid, (mg, n, form) in COMPOUND_PER_UNIT.items():   # set 23: compound per unit, several units per serving
    d = byid[lid]; lo, hi = FRACTION[form]
    if not any(re.search(rf"(?<![\d,.]){re.escape(s)} ?mg", d["_text"]) for s in spellings(mg)) or form not in d["forms"] \
            or not (mg * n * lo * 0.97 <= d["elemental_mg"] <= mg * n * hi * 1.03) \
            or not re.search(rf"Serving Size {n} ", d["_text"]):
        problems.append(f"{lid}: {mg} mg x {n} units x [{lo}, {hi}] does not cover {d['elemental_mg']} (or not printed)")

# ---- set 24 checks ----------------------------------------------------------------------------------------------------
for lid, (first, opener) in TOTAL_FIRST.items():   # set 24: the total row first, then sub-rows opened by 'from' / 'davon aus'
    d = byid[lid]
    lines = d["_text"].splitlines()
    k = next((n for n, l in enumerate(lines) if " | " in l and cells(l)[0] == first), None)
    subs = []
    for l in lines[(k + 1) if k is not None else len(lines):]:
        if " | " in l and cells(l)[0].startswith(opener):
            subs.append(l)
        else:
            break
    if k is None or len(subs) < 2:
        problems.append(f"{lid}: no total row {first!r} followed by at least two {opener!r} sub-rows")
        continue
    c = cells(lines[k])
    amts = [m for l in subs for m in [re.fullmatch(r"(\d[\d,]*) ?mg", cells(l)[1])] if m]
    if not any(c[1] == f"{s} mg" for s in spellings(d["elemental_mg"])) or not re.fullmatch(rf"{d['percent_dv']}\s?%", c[2]) \
            or any("%" in l for l in subs) or len(amts) != len(subs) \
            or sum(float(m.group(1).replace(",", "")) for m in amts) != d["elemental_mg"] \
            or not all(any(m in cells(l)[0].lower() for m in MG_WORDS) for l in subs):
        problems.append(f"{lid}: total row {c} does not carry value and %, or the sub-rows carry a %, name no magnesium or do not add up")
for lid, (first, hp, ha) in SWAPPED_COLS.items():   # set 24: the % column before the amount column
    d = byid[lid]
    lines = d["_text"].splitlines()
    hdr = next((l for l in lines if hp in cells(l) and ha in cells(l)), None)
    r = row_of(lines, first)
    if hdr is None or r is None:
        problems.append(f"{lid}: no swapped header or magnesium row")
        continue
    h, c = cells(hdr), cells(r)
    i, j = h.index(hp), h.index(ha)
    if not (i < j and len(c) == len(h) and re.fullmatch(rf"{d['percent_dv']}\s?%", c[i])
            and any(c[j] == f"{s} mg" for s in spellings(d["elemental_mg"]))):
        problems.append(f"{lid}: % not before the amount, or not in their columns: {c}")
for lid, (efirst, cfirst, cmg) in COMPOUND_BELOW.items():   # set 24: element row, then the compound row below it
    d = byid[lid]
    lines = d["_text"].splitlines()
    k = next((n for n, l in enumerate(lines) if " | " in l and cells(l)[0] == efirst), None)
    if k is None or k + 1 >= len(lines) or cells(lines[k + 1])[0] != cfirst:
        problems.append(f"{lid}: the compound row {cfirst!r} does not follow the element row {efirst!r}")
        continue
    ec, cc = cells(lines[k]), cells(lines[k + 1])
    if not any(ec[1] == f"{s} mg" for s in spellings(d["elemental_mg"])) or not re.fullmatch(rf"{d['percent_dv']}\s?%", ec[2]) \
            or cc[1] not in {f"{x} mg" for x in spellings(cmg)} or "%" in lines[k + 1]:
        problems.append(f"{lid}: element / compound / % not on their rows: {ec} {cc}")
for lid, start in WRAPPED_FIRST.items():   # set 24: the amount on the first line of a wrapped name
    d = byid[lid]
    lines = d["_text"].splitlines()
    k = next((n for n, l in enumerate(lines) if l.startswith(start) and " | " in l), None)
    if k is None or k + 1 >= len(lines) or not is_cont(lines[k + 1]):
        problems.append(f"{lid}: no row {start!r} followed by a name-only continuation line")
        continue
    c = cells(lines[k])
    if not any(c[1] == f"{s} mg" for s in spellings(d["elemental_mg"])) or not re.fullmatch(rf"{d['percent_dv']}\s?%", c[2]) \
            or any(re.search(r"\d ?mg", l) for l in lines[k + 1:k + 2]):
        problems.append(f"{lid}: value / % not on the first line of the wrapped name, or an amount on the continuation: {c}")
for lid, first in AMOUNT_PCT_CELL.items():   # set 24: '200 mg (48%)' in one cell
    d = byid[lid]
    lines = d["_text"].splitlines()
    r = row_of(lines, first)
    c = cells(r) if r else []
    if len(c) != 2 or not any(c[1] == f"{s} mg ({d['percent_dv']}%)" for s in spellings(d["elemental_mg"])) \
            or not any(" | " in l and cells(l)[-1] == "Amount Per Serving (% DV)" for l in lines):
        problems.append(f"{lid}: the magnesium row is not 'name | N mg (P%)' under 'Amount Per Serving (% DV)': {c}")
for lid in ONE_LINE_SERVING:   # set 24: serving size and servings per container on one line, no cells
    d = byid[lid]
    sl = [l for l in d["_text"].splitlines() if "Serving Size" in l]
    if len(sl) != 1 or "Servings Per Container" not in sl[0] or "|" in sl[0] \
            or not re.search(rf"Servings Per Container:? {d['serving_count']}\b", sl[0]):
        problems.append(f"{lid}: serving size and servings per container not on one cell-free line")
for lid in SUMMED_APART:   # set 24: the summed magnesium rows are not adjacent
    d = byid[lid]
    lines = d["_text"].splitlines()
    idx = [n for n, l in enumerate(lines) if " | " in l and l.startswith("Magnesium")]
    if lid not in SUMMED or len(idx) < 2 or any(b - a == 1 for a, b in zip(idx, idx[1:])):
        problems.append(f"{lid}: magnesium rows {idx} are adjacent or the label is not SUMMED")
for lid, n in DOT_BOTH.items():   # set 24: leaders before the amount and before the percent
    d = byid[lid]
    dl = [l for l in d["_text"].splitlines() if re.search(r"\.{5,}", l) and l.lower().startswith(MG_WORDS)]
    if len(dl) != n or any("|" in l for l in dl) or not all(
            any(re.search(rf"\.{{5,}} {re.escape(s)} ?mg \.{{5,}} {d['percent_dv']} ?%\*?$", l) for s in spellings(d["elemental_mg"]))
            for l in dl):
        problems.append(f"{lid}: {len(dl)} lines (want {n}) with leaders before the amount and before the percent")
for lid, head in SECTION_HEAD.items():   # set 24: a section header row directly above the magnesium row
    d = byid[lid]
    lines = d["_text"].splitlines()
    k = next((n for n, l in enumerate(lines) if " | " in l and l.startswith("Magnesium")), None)
    if k is None or lines[k - 1].strip() != f"{head} |" or not is_cont(lines[k - 1]) \
            or not any(cells(lines[k])[1] == f"{s} mg" for s in spellings(d["elemental_mg"])):
        problems.append(f"{lid}: no section header {head!r} directly above a magnesium row carrying the value")

for p in problems:
    print("PROBLEM", p)
print(len(L), "labels checked;", len(problems), "problems")
sys.exit(1 if problems else 0)
