# Label sources, part X (blind set 13): US Supplement Facts panels (a source named only in a footnote, a serving size in words,
# a source named only in the ingredient list, a Cal-Mag-Zinc, a compound inside "from …", a Magtein dose in grams, a taurate with
# a taurine row, a chloride with per-tablet and per-serving columns, a three-salt blend, a gummy, a sleep formula, an electrolyte
# capsule, a migraine formula), multivitamins, two powders (Supplement Facts), two Nutrition Facts drinks, OTC Drug Facts, UK /
# Canada / Australia, an English topical and the English negatives. EU labels are in labels_y.py (which imports add/L from here).
# Same format as bench/blindset12/labels_v.py: table cells are separated by " | "; a line ending in " |" is a table row whose
# remaining cells are empty (used for names wrapped over lines). Keys starting with "_" are private to the checker
# (check_set.py) and are not written to expected.jsonl:
#   _dvb = the DV base the printed %DV was computed from (default 420 for en, 375 for EU languages; the UK label sets 375).
L = []
def add(id, lang, kind, note, text, status="ok", el=None, tol=2, forms=(), dv=None, sc=None, **extra):
    d = dict(id=id, lang=lang, kind=kind, source_note=note, status=status, elemental_mg=el,
             elemental_tol_pct=tol, forms=list(forms), percent_dv=dv, serving_count=sc, _text=text)
    d.update(extra); L.append(d)

# ===================================================================== US Supplement Facts
add("us13_transparentlabs_bisglycinate_source_in_dagger_footnote", "en", "us_supplement",
 "Modelled on Transparent Labs Magnesium Bisglycinate capsules (as remembered; amounts approximate, may not match a current SKU), re-set so that the row reads only 'Magnesium\u2021 200 mg 48%' and the source is named in a FOOTNOTE: '\u2021 From 1,400 mg of magnesium bisglycinate chelate (TRAACS\u00ae by Albion\u00ae Minerals)'. 1,400 x 0.143 = 200; the 1,400 mg compound weight is never the elemental value. 200/420 = 47.6 -> 48%. 120 capsules / 2 = 60 (printed).",
"""TRANSPARENT LABS
Magnesium Bisglycinate
Albion\u00ae Minerals | Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Magnesium\u2021 | 200 mg | 48%
\u2021 From 1,400 mg of magnesium bisglycinate chelate (TRAACS\u00ae by Albion\u00ae Minerals).
Other Ingredients: Hypromellose (vegetable capsule), rice flour.
Suggested Use: Take 2 capsules daily with water, preferably in the evening.
Albion\u00ae and TRAACS\u00ae are registered trademarks of Balchem Corporation.""",
 el=200, forms=["glycinate"], dv=48, sc=60)

add("us13_naturalgrocers_citrate_serving_size_in_words", "en", "us_supplement",
 "Modelled on a Natural Grocers\u00ae brand Magnesium Citrate capsule (US grocery chain's house brand; as remembered, may not match a current SKU): the serving size is written out in WORDS, 'Serving Size: Two (2) Vegetarian Capsules', the header is '%DV', and 'Magnesium (as magnesium citrate) 300 mg 71%' (300/420 = 71.4). Directions 'two (2) capsules daily'. 180 capsules / 2 = 90 (printed).",
"""NATURAL GROCERS\u00ae
Magnesium Citrate
Natural Grocers\u00ae Brand | Dietary Supplement | 180 Vegetarian Capsules
Supplement Facts
Serving Size: Two (2) Vegetarian Capsules
Servings Per Container: 90
 | Amount Per Serving | %DV
Magnesium (as magnesium citrate) | 300 mg | 71%
Other ingredients: Hypromellose (vegetarian capsule), cellulose, silica.
Suggested use: Adults take two (2) capsules daily with food, or as directed by a healthcare professional.
Warning: If you are pregnant, nursing, taking any medications or have a medical condition, consult your healthcare professional before use.""",
 el=300, forms=["citrate"], dv=71, sc=90)

add("us13_topcare_oxide250_source_only_in_ingredients", "en", "us_supplement",
 "Modelled on a TopCare\u00ae health Magnesium 250 mg tablet (Topco store brand; as remembered, may not match a current SKU), re-set so that the panel row carries NO source ('Magnesium 250 mg 60%'; 250/420 = 59.5) and the salt appears only in the ingredient statement ('Ingredients: Magnesium oxide, ...'), which 21 CFR 101.36 allows. Form oxide from the ingredient list; magnesium stearate there is an excipient. 100 tablets, 1 a day -> 100 (printed).",
"""TopCare\u00ae health
Magnesium 250 mg
Dietary Supplement | Supports Bone, Heart, Nerve & Muscle Health* | 100 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 100
 | Amount Per Serving | % Daily Value
Magnesium | 250 mg | 60%
Ingredients: Magnesium oxide, microcrystalline cellulose, croscarmellose sodium, stearic acid, magnesium stearate, silicon dioxide, hypromellose, polyethylene glycol.
Directions: For adults, take one (1) tablet daily with a meal.
*These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or prevent any disease.""",
 el=250, forms=["oxide"], dv=60, sc=100)

add("us13_dghealth_calmagzinc_d3_three_caplets", "en", "us_supplement",
 "Modelled on a DG health (Dollar General store brand) Calcium Magnesium Zinc with D3 caplet (as remembered; amounts approximate): a 3-caplet serving with calcium FIRST and larger than magnesium: 'Calcium (as calcium carbonate) 1,000 mg 77%', 'Magnesium (as magnesium oxide) 400 mg 95%' (400/420 = 95.2), zinc, copper, manganese and D3 rows. Calcium carbonate and zinc oxide are not Mg forms. 100 caplets -> 'Servings Per Container 33' (printed).",
"""DG health
Calcium Magnesium Zinc + D3
Supports Bone Health* | Dietary Supplement | 100 Caplets
Supplement Facts
Serving Size 3 Caplets
Servings Per Container 33
 | Amount Per Serving | % Daily Value
Vitamin D3 (as cholecalciferol) | 10 mcg (400 IU) | 50%
Calcium (as calcium carbonate) | 1,000 mg | 77%
Magnesium (as magnesium oxide) | 400 mg | 95%
Zinc (as zinc oxide) | 15 mg | 136%
Copper (as cupric oxide) | 1 mg | 111%
Manganese (as manganese sulfate) | 2 mg | 87%
Other Ingredients: Microcrystalline cellulose, croscarmellose sodium, hypromellose, magnesium stearate, silicon dioxide, polyethylene glycol, titanium dioxide (color).
Directions: Adults, take three (3) caplets daily, one with each meal.""",
 el=400, forms=["oxide"], dv=95, sc=33)

add("us13_swanson_malate_compound_inside_from_clause", "en", "us_supplement",
 "Modelled on a Swanson Magnesium Malate capsule (as remembered; may not match a current SKU), re-set so that the compound weight stands INSIDE the source clause: 'Magnesium (from 1,000 mg magnesium malate) 150 mg 36%' (1,000 x 0.15 = 150; 150/420 = 35.7). The 1,000 mg is never the elemental value. 120 capsules / 2 = 60 (printed).",
"""SWANSON\u00ae
Magnesium Malate
Premium Brand | Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
 | Amount Per Serving | % DV
Magnesium (from 1,000 mg magnesium malate) | 150 mg | 36%
Other Ingredients: Gelatin, rice flour, magnesium stearate.
Suggested Use: As a dietary supplement, take two capsules daily with water.""",
 el=150, forms=["malate"], dv=36, sc=60)

add("us13_vitaminshoppe_magtein_grams_source_line_below", "en", "us_supplement",
 "Modelled on The Vitamin Shoppe\u00ae Magnesium L-Threonate (Magtein\u00ae) capsules (as remembered; amounts approximate, re-set): the row 'Magnesium 108 mg 26%' (108/420 = 25.7) with its source on the NEXT line and the compound in GRAMS, '(from 1.5 g Magtein\u00ae magnesium L-threonate)' (1,500 x 0.072 = 108). 90 capsules / 2 = 45 (printed).",
"""the vitamin shoppe\u00ae
Magnesium L-Threonate
Magtein\u00ae | Cognitive Support* | Dietary Supplement | 90 Vegetarian Capsules
Supplement Facts
Serving Size 2 Vegetarian Capsules
Servings Per Container 45
 | Amount Per Serving | % Daily Value
Magnesium | 108 mg | 26%
(from 1.5 g Magtein\u00ae magnesium L-threonate) |
Other Ingredients: Cellulose (vegetarian capsule), silica.
Suggested Use: Take 2 capsules daily, preferably in the evening.
*These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or prevent any disease.
Magtein\u00ae is a registered trademark of AIDP, Inc.""",
 el=108, forms=["threonate"], dv=26, sc=45)

add("us13_kal_taurate_plus_taurine_row_b6", "en", "us_supplement",
 "Modelled on KAL\u00ae Magnesium Taurate+ tablets (as remembered; amounts approximate, may not match a current SKU): 'Magnesium (as magnesium taurate) 125 mg 30%' (125/420 = 29.8) below a B6 row and above a TAURINE row 'Taurine (from magnesium taurate) 1.3 g \u2020' (the taurine weight is not Mg). 90 tablets / 2 = 45 (printed).",
"""KAL\u00ae
Magnesium Taurate+
with Vitamin B-6 | Dietary Supplement | 90 Tablets
Supplement Facts
Serving Size 2 Tablets
Servings Per Container 45
 | Amount Per Serving | % Daily Value
Vitamin B6 (as pyridoxine HCl) | 10 mg | 588%
Magnesium (as magnesium taurate) | 125 mg | 30%
Taurine (from magnesium taurate) | 1.3 g | \u2020
\u2020 Daily Value not established.
Other Ingredients: Cellulose, vegetable stearic acid, vegetable magnesium stearate, silica, vegetable glaze.
Suggested Use: Take 2 tablets daily with a meal.""",
 el=125, forms=["taurate"], dv=30, sc=45)

add("us13_major_magdelay_chloride_per_tablet_per_serving", "en", "us_supplement",
 "Modelled on Major\u00ae Mag-Delay magnesium chloride delayed-release tablets (Major Pharmaceuticals; as remembered, amounts approximate, re-set): TWO amount columns, each with its own %DV, 'Per Tablet | % DV | Per Serving | % DV' under 'Serving Size 2 Tablets': 'Magnesium (as magnesium chloride hexahydrate) 64 mg 15% 128 mg 30%' (128/420 = 30.5), and a calcium row (calcium carbonate, not Mg) in the same style. The serving column is the value (128 mg, 30%); per tablet 64 mg in elemental_alt_mg. 60 tablets / 2 = 30 (printed).",
"""MAJOR\u00ae
Mag-Delay
Magnesium Chloride | Delayed Release Tablets | Dietary Supplement | 60 Tablets
Supplement Facts
Serving Size 2 Tablets
Servings Per Container 30
 | Per Tablet | % DV | Per Serving | % DV
Magnesium (as magnesium chloride hexahydrate) | 64 mg | 15% | 128 mg | 30%
Calcium (as calcium carbonate) | 106 mg | 8% | 212 mg | 16%
Other Ingredients: Microcrystalline cellulose, hypromellose phthalate, polyethylene glycol, titanium dioxide, carnauba wax.
Directions: Adults take 2 tablets daily, with or without food, or as directed by a physician. Swallow whole; do not crush or chew.""",
 el=128, forms=["chloride"], dv=30, sc=30, elemental_alt_mg=64)

add("us13_biotics_mgzyme_three_salts_wrapped_source", "en", "us_supplement",
 "Modelled on Biotics Research\u00ae Mg-Zyme\u2122 tablets (practitioner brand; as remembered, the salts and amounts are set here and may not match the current formula): the source names three salts and WRAPS over two lines, 'Magnesium (as magnesium glycinate, magnesium | malate and magnesium taurinate) 100 mg 24%' (100/420 = 23.8). Forms glycinate + malate + taurate ('taurinate'). 100 tablets, 1 a day -> 100 (printed).",
"""BIOTICS RESEARCH\u00ae
Mg-Zyme\u2122
Magnesium Complex | Dietary Supplement | 100 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 100
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium glycinate, magnesium |
malate and magnesium taurinate) | 100 mg | 24%
Other Ingredients: Cellulose, stearic acid, silicon dioxide, pharmaceutical glaze.
Suggested Use: One (1) tablet daily with a meal, or as directed by your healthcare professional.
For professional use only.""",
 el=100, forms=["glycinate", "malate", "taurate"], dv=24, sc=100)

add("us13_horbaach_citrate_gummies_three_per_serving", "en", "us_supplement",
 "Modelled on Horbaach\u00ae magnesium gummies (as remembered; amounts approximate, may not match a current SKU; earlier sets used Horbaach capsules, not these gummies): a gummy panel with calorie, carbohydrate and added-sugar rows (their %DVs marked '*' on the 2,000-calorie basis) and 'Magnesium (as magnesium citrate) 150 mg 36%' (150/420 = 35.7) for a 3-gummy serving. 60 gummies / 3 = 20 (printed).",
"""Horbaach\u00ae
Magnesium Gummies
Mixed Berry Flavor | Vegan | Dietary Supplement | 60 Gummies
Supplement Facts
Serving Size 3 Gummies
Servings Per Container 20
 | Amount Per Serving | % Daily Value
Calories | 25 |
Total Carbohydrate | 6 g | 2%*
Total Sugars | 4 g | \u2020
Includes 4 g Added Sugars | | 8%*
Magnesium (as magnesium citrate) | 150 mg | 36%
* Percent Daily Values are based on a 2,000 calorie diet. \u2020 Daily Value not established.
Other Ingredients: Tapioca syrup, cane sugar, water, pectin, citric acid, natural berry flavors, purple carrot juice concentrate (color), coconut oil, carnauba wax.
Suggested Use: For adults, chew 3 gummies daily. Do not exceed recommended serving.""",
 el=150, forms=["citrate"], dv=36, sc=20)

add("us13_qunol_sleep_glycinate_theanine_gaba_melatonin", "en", "us_supplement",
 "Modelled on a Qunol\u00ae sleep formula capsule (as remembered; the ingredient amounts are set here and may not match a current SKU; earlier sets used a different Qunol product): 'Magnesium (as magnesium bisglycinate chelate) 90 mg 21%' (90/420 = 21.4) above L-theanine, GABA and melatonin rows whose %DV is '**' (Daily Value not established). 60 capsules / 2 = 30 (printed).",
"""Qunol\u00ae
Sleep Formula
Magnesium + L-Theanine + Melatonin | Dietary Supplement | 60 Vegetarian Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium bisglycinate chelate) | 90 mg | 21%
L-Theanine | 200 mg | **
GABA (gamma-aminobutyric acid) | 100 mg | **
Melatonin | 3 mg | **
** Daily Value not established.
Other Ingredients: Hypromellose (vegetarian capsule), microcrystalline cellulose, magnesium stearate.
Suggested Use: Adults take 2 capsules 30 minutes before bedtime. Do not drive or operate machinery after use. Not for use by children, or by pregnant or nursing women.""",
 el=90, forms=["glycinate"], dv=21, sc=30)

add("us13_saltstick_caps_electrolytes_mg11", "en", "us_supplement",
 "Modelled on SaltStick\u00ae Electrolyte Capsules (as remembered; amounts approximate): an electrolyte capsule whose magnesium row is small, 'Magnesium (as magnesium chloride) 11 mg 3%' (11/420 = 2.6), among larger sodium, potassium and calcium rows (sodium chloride/citrate, potassium chloride, calcium carbonate are other minerals' salts). Directions per hour of exercise do not redefine the serving (1 capsule). 100 capsules -> 100 (printed).",
"""SaltStick\u00ae
Electrolyte Capsules
Dietary Supplement | For Athletes | 100 Capsules
Supplement Facts
Serving Size 1 Capsule
Servings Per Container 100
 | Amount Per Serving | % Daily Value
Vitamin D (as cholecalciferol) | 2.5 mcg (100 IU) | 13%
Calcium (as calcium carbonate) | 22 mg | 2%
Magnesium (as magnesium chloride) | 11 mg | 3%
Sodium (as sodium chloride, sodium citrate) | 215 mg | 9%
Potassium (as potassium chloride) | 63 mg | 1%
Other Ingredients: Gelatin (capsule), microcrystalline cellulose.
Suggested Use: Take 1 capsule for every 30 to 60 minutes of activity, or as needed in hot conditions. Increase intake with heavy sweating. Drink plenty of fluids.""",
 el=11, forms=["chloride"], dv=3, sc=100)

add("us13_migrelief_riboflavin_puracinate_citrate_oxide", "en", "us_supplement",
 "Modelled on MigreLief\u00ae Original Triple Therapy caplets (Quadrant Health; as remembered, amounts approximate): a migraine formula with a huge riboflavin row ('400 mg 30,769%', a trap), 'Magnesium (as Puracinate\u00ae, a proprietary dual-buffered blend / of magnesium citrate and magnesium oxide) 360 mg 86%' wrapped over two lines (360/420 = 85.7), and feverfew. Forms citrate + oxide. Directions 1 caplet twice daily = the 2-caplet serving. 60 caplets / 2 = 30 (printed).",
"""MigreLief\u00ae
Original Triple Therapy with Puracinate\u00ae
Nutritional Support for Migraine Sufferers* | Dietary Supplement | 60 Caplets
Supplement Facts
Serving Size 2 Caplets
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Riboflavin (vitamin B2) | 400 mg | 30,769%
Magnesium (as Puracinate\u00ae, a proprietary dual-buffered blend |
of magnesium citrate and magnesium oxide) | 360 mg | 86%
Feverfew (Tanacetum parthenium) (leaf) | 100 mg | \u2020
\u2020 Daily Value not established.
Other Ingredients: Microcrystalline cellulose, croscarmellose sodium, stearic acid, silicon dioxide, hypromellose, glycerin.
Suggested Use: Adults take 1 caplet twice daily with food. Riboflavin may turn urine bright yellow; this is harmless.""",
 el=360, forms=["citrate", "oxide"], dv=86, sc=30)

add("us13_naturesway_complex_as_oxide_citrate_aspartate", "en", "us_supplement",
 "Modelled on a Nature's Way\u00ae Magnesium Complex capsule (as remembered; may not match a current SKU; earlier sets used other Nature's Way products): the source names the salts WITHOUT repeating 'magnesium', 'Magnesium (as oxide, citrate, aspartate) 500 mg 119%' (500/420 = 119.05). Forms oxide + citrate + aspartate. 100 capsules / 2 = 50 (printed).",
"""Nature's Way\u00ae
Magnesium Complex
500 mg per serving | Dietary Supplement | 100 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 50
 | Amount Per Serving | % Daily Value
Magnesium (as oxide, citrate, aspartate) | 500 mg | 119%
Other Ingredients: Gelatin (capsule), magnesium stearate.
Recommended Use: Take 2 capsules daily with a meal.""",
 el=500, forms=["oxide", "citrate", "aspartate"], dv=119, sc=50)

# ===================================================================== multivitamins
add("mv13_shaklee_vitalea_women_source_without_as", "en", "multivitamin",
 "Modelled on Shaklee Vita-Lea\u00ae Women multivitamin tablets (as remembered; amounts approximate, re-set): a long 2-tablet panel in which the sources stand in parentheses WITHOUT 'as', e.g. 'Magnesium (magnesium oxide) 140 mg 33%' (140/420 = 33.3); calcium (calcium carbonate, dicalcium phosphate), phosphorus and zinc rows are other minerals. 120 tablets / 2 = 60 (printed).",
"""SHAKLEE
Vita-Lea\u00ae Women
Multivitamin & Multimineral with Iron | Dietary Supplement | 120 Tablets
Supplement Facts
Serving Size 2 Tablets
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Vitamin A (beta-carotene, vitamin A acetate) | 900 mcg | 100%
Vitamin C (ascorbic acid) | 90 mg | 100%
Vitamin D3 (cholecalciferol) | 25 mcg (1,000 IU) | 125%
Vitamin E (d-alpha tocopheryl succinate) | 15 mg | 100%
Thiamin (thiamine mononitrate) | 1.2 mg | 100%
Riboflavin | 1.3 mg | 100%
Niacin (niacinamide) | 16 mg | 100%
Vitamin B6 (pyridoxine hydrochloride) | 1.7 mg | 100%
Folate | 680 mcg DFE (400 mcg folic acid) | 170%
Vitamin B12 (cyanocobalamin) | 6 mcg | 250%
Calcium (calcium carbonate, dicalcium phosphate) | 500 mg | 38%
Iron (ferrous fumarate) | 18 mg | 100%
Phosphorus (dicalcium phosphate) | 100 mg | 8%
Iodine (potassium iodide) | 150 mcg | 100%
Magnesium (magnesium oxide) | 140 mg | 33%
Zinc (zinc oxide) | 11 mg | 100%
Selenium (sodium selenate) | 55 mcg | 100%
Copper (copper gluconate) | 0.9 mg | 100%
Manganese (manganese sulfate) | 2.3 mg | 100%
Other Ingredients: Microcrystalline cellulose, croscarmellose sodium, stearic acid, alfalfa leaf powder, magnesium stearate, hypromellose, carnauba wax.
Recommended Use: Take 2 tablets daily, preferably with meals.""",
 el=140, forms=["oxide"], dv=33, sc=60)

add("mv13_usana_core_minerals_four_tablets_am_pm", "en", "multivitamin",
 "Modelled on USANA\u00ae CellSentials\u00ae Core Minerals tablets (as remembered; amounts and salts approximate, re-set): the header reads 'Amount Per Serving (4 Tablets)' and the directions split the serving, '2 tablets in the morning and 2 in the evening'. 'Magnesium (as magnesium citrate, magnesium oxide and magnesium amino acid chelate) 300 mg 71%' (300/420 = 71.4). Forms citrate + oxide + amino_acid_chelate. 112 tablets / 4 = 28 (printed).",
"""USANA\u00ae
CellSentials\u00ae Core Minerals
Dietary Supplement | 112 Tablets
Supplement Facts
Serving Size 4 Tablets
Servings Per Container 28
 | Amount Per Serving (4 Tablets) | % Daily Value
Calcium (as calcium citrate, calcium carbonate, calcium ascorbate) | 450 mg | 35%
Iodine (as potassium iodide) | 200 mcg | 133%
Magnesium (as magnesium citrate, magnesium oxide |
and magnesium amino acid chelate) | 300 mg | 71%
Zinc (as zinc citrate) | 20 mg | 182%
Selenium (as sodium selenite, L-selenomethionine) | 200 mcg | 364%
Copper (as copper gluconate) | 2 mg | 222%
Manganese (as manganese gluconate) | 3 mg | 130%
Chromium (as chromium polynicotinate) | 300 mcg | 857%
Molybdenum (as sodium molybdate) | 50 mcg | 111%
Potassium (as potassium citrate) | 40 mg | 1%
Silicon (as sodium metasilicate) | 6 mg | \u2020
Boron (as boron citrate) | 3 mg | \u2020
\u2020 Daily Value not established.
Other Ingredients: Microcrystalline cellulose, croscarmellose sodium, magnesium stearate, silicon dioxide, hypromellose.
Directions: Take 2 tablets in the morning and 2 in the evening with food.""",
 el=300, forms=["citrate", "oxide", "amino_acid_chelate"], dv=71, sc=28)

add("mv13_ritual_essential_men_capsules_origin_notes", "en", "multivitamin",
 "Modelled on Ritual Essential for Men 18+ capsules (as remembered; nutrient amounts approximate, may not match a current formula): a short two-capsule multivitamin panel with 'Magnesium (as magnesium citrate) 30 mg 7%' (30/420 = 7.1) among vitamins A, D, E, K, folate, B12, zinc, boron and omega-3 DHA, followed by 'traceable' origin notes naming where each ingredient is made (the line 'Magnesium citrate: Germany' is not an amount). 60 capsules / 2 = 30 (printed).",
"""RITUAL
Essential for Men 18+
Multivitamin | Dietary Supplement | 60 Delayed-Release Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Vitamin A (as beta-carotene) | 600 mcg RAE | 67%
Vitamin D (as vitamin D3 from lichen) | 50 mcg (2,000 IU) | 250%
Vitamin E (as d-alpha tocopherol) | 6.7 mg | 45%
Vitamin K (as menaquinone-7) | 90 mcg | 75%
Folate (as L-methylfolate magnesium) | 1,000 mcg DFE | 250%
Vitamin B12 (as methylcobalamin) | 8 mcg | 333%
Magnesium (as magnesium citrate) | 30 mg | 7%
Zinc (as zinc picolinate) | 2.4 mg | 22%
Boron (as boron glycinate) | 1 mg | \u2020
Omega-3 DHA (from microalgae oil) | 330 mg | \u2020
\u2020 Daily Value not established.
Other Ingredients: Hypromellose (delayed-release capsule), microcrystalline cellulose, silica, mint essence.
Traceable ingredients: Vitamin D3: UK; Vitamin K2: Norway; Folate: Italy; Magnesium citrate: Germany; Zinc picolinate: USA; DHA: USA.
Suggested Use: Take 2 capsules daily, with or without food.""",
 el=30, forms=["citrate"], dv=7, sc=30)

# ===================================================================== powders (Supplement Facts)
add("pw13_ag1_superfood_powder_blend_weights_mg26", "en", "powder",
 "Modelled on AG1\u00ae (Athletic Greens) foundational nutrition powder (as remembered; amounts approximate, the Mg salt as remembered): a long Supplement Facts panel with macronutrient rows, about 25 vitamin/mineral rows and four proprietary BLEND rows with gram weights (7,388 mg, 2,732 mg, 2,070 mg, probiotics in CFU) that are not Mg. 'Magnesium (as magnesium glycinate) 26 mg 6%' (26/420 = 6.2) per 1-scoop (12 g) serving. 30 servings (printed).",
"""AG1\u00ae
by Athletic Greens
Foundational Nutrition | Powder | 30 Servings | Net Wt 12.7 oz (360 g)
Supplement Facts
Serving Size 1 Scoop (12 g)
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Calories | 50 |
Total Carbohydrate | 6 g | 2%*
Dietary Fiber | 2 g | 7%*
Total Sugars | <1 g | \u2020
Protein | 2 g | 4%*
Vitamin A (as beta-carotene) | 555 mcg | 62%
Vitamin C (as ascorbic acid) | 420 mg | 467%
Vitamin E (as d-alpha tocopheryl succinate) | 83 mg | 553%
Thiamin (as thiamine HCl) | 3 mg | 250%
Riboflavin (as riboflavin 5'-phosphate sodium) | 2 mg | 154%
Niacin (as niacinamide) | 20 mg | 125%
Vitamin B6 (as pyridoxal 5'-phosphate) | 3 mg | 176%
Folate (as 5-methyltetrahydrofolate) | 680 mcg DFE | 170%
Vitamin B12 (as methylcobalamin) | 22 mcg | 917%
Biotin | 330 mcg | 1,100%
Pantothenic Acid (as calcium D-pantothenate) | 4 mg | 80%
Calcium | 116 mg | 9%
Phosphorus | 130 mg | 10%
Magnesium (as magnesium glycinate) | 26 mg | 6%
Zinc (as zinc citrate) | 15 mg | 136%
Selenium (as selenomethionine) | 20 mcg | 36%
Copper (as copper gluconate) | 195 mcg | 22%
Manganese (as manganese gluconate) | 400 mcg | 17%
Chromium (as chromium picolinate) | 25 mcg | 71%
Sodium | 45 mg | 2%
Potassium | 300 mg | 6%
Alkaline, Nutrient-Dense Raw Superfood Complex | 7,388 mg | \u2020
(organic spirulina, lecithin, apple powder, inulin, organic wheat grass juice powder, organic alfalfa powder, organic chlorella powder, organic barley leaf powder, acerola, broccoli, papaya, pineapple, bilberry, beetroot, rose hip, carrot, spinach, cocoa, kelp) |
Nutrient-Dense Extracts, Herbs & Antioxidants | 2,732 mg | \u2020
(rhodiola, eleuthero, milk thistle, dandelion, ashwagandha, hawthorn berry, grape seed, green tea, licorice root, citrus bioflavonoids, ginger, beta-glucans, coenzyme Q10) |
Digestive Enzyme & Super Mushroom Complex | 2,070 mg | \u2020
(astragalus, burdock, reishi, shiitake, bromelain) |
Dairy-Free Probiotics | 7.2 Billion CFU | \u2020
(Lactobacillus acidophilus, Bifidobacterium bifidum) |
* Percent Daily Values are based on a 2,000 calorie diet. \u2020 Daily Value not established.
Other Ingredients: Natural flavors, pineapple flavor, vanilla flavor, stevia leaf extract.
Directions: Mix 1 scoop (12 g) with 8-10 oz of cold water. Take once a day, ideally in the morning on an empty stomach.""",
 el=26, forms=["glycinate"], dv=6, sc=30)

add("pw13_beam_dream_cocoa_sleep_powder_directions_2_scoops", "en", "powder",
 "Modelled on Beam Dream 'healthy hot cocoa' sleep powder (as remembered; amounts approximate, the Mg salt set here): a Supplement Facts panel for 1 scoop (7 g) with 'Magnesium (as magnesium citrate) 45 mg 11%' (45/420 = 10.7) above reishi, L-theanine, hemp extract and melatonin rows. The directions offer '2 scoops' for a richer cup: directions do not redefine the serving (1 scoop). 30 servings (printed).",
"""BEAM
Dream
Healthy Hot Cocoa for Sleep | Chocolate Peanut Butter | Dietary Supplement | 30 Servings | Net Wt 7.4 oz (210 g)
Supplement Facts
Serving Size 1 Scoop (7 g)
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Calories | 20 |
Total Carbohydrate | 3 g | 1%*
Dietary Fiber | 1 g | 4%*
Total Sugars | 0 g | \u2020
Magnesium (as magnesium citrate) | 45 mg | 11%
Reishi Mushroom Extract (Ganoderma lucidum) (fruiting body) | 300 mg | \u2020
L-Theanine | 100 mg | \u2020
Broad Spectrum Hemp Extract | 20 mg | \u2020
Melatonin | 3 mg | \u2020
* Percent Daily Values are based on a 2,000 calorie diet. \u2020 Daily Value not established.
Other Ingredients: Organic cocoa powder, coconut milk powder, natural flavors, monk fruit extract, sea salt.
Directions: Mix 1 scoop with 8 oz of hot milk or water about 30 minutes before bed. For a richer cup, use 2 scoops. Not for use by children or pregnant or nursing women.""",
 el=45, forms=["citrate"], dv=11, sc=30)

# ===================================================================== liquids (Nutrition Facts)
add("lq13_ensure_original_bottle_nf_round_100mg_25pct", "en", "liquid",
 "Modelled on Ensure\u00ae Original Nutrition Shake 8 fl oz bottle (Abbott; as remembered, amounts approximate): a NUTRITION FACTS panel with some 30 vitamin/mineral rows in the food rounding steps of magnesium.md section 4; 'Magnesium 100mg 25%' (100/420 = 23.8 -> 25% in steps of 5). The Mg source in the ingredient list is 'magnesium phosphate' (calcium and potassium phosphates are other minerals). '1 serving per container' (printed).",
"""Ensure\u00ae ORIGINAL
Nutrition Shake | Milk Chocolate | 9 g Protein | 8 FL OZ (237 mL)
Nutrition Facts
1 serving per container
Serving size | 1 bottle (237 mL)
Calories | 220 |
 | | % Daily Value*
Total Fat | 6g | 8%
Saturated Fat | 0.5g | 3%
Cholesterol | <5mg | 1%
Sodium | 200mg | 9%
Total Carbohydrate | 33g | 12%
Dietary Fiber | 1g | 4%
Total Sugars | 15g |
Includes 14g Added Sugars | | 28%
Protein | 9g | 18%
Vitamin D | 5mcg | 25%
Calcium | 300mg | 25%
Iron | 4mg | 20%
Potassium | 420mg | 8%
Vitamin A | 250mcg | 30%
Vitamin C | 27mg | 30%
Vitamin E | 4mg | 25%
Vitamin K | 20mcg | 15%
Thiamin | 0.3mg | 25%
Riboflavin | 0.4mg | 30%
Niacin | 4mg | 25%
Vitamin B6 | 0.5mg | 30%
Folate | 100mcg DFE | 25%
Vitamin B12 | 1.5mcg | 60%
Biotin | 6mcg | 20%
Pantothenic Acid | 2.5mg | 50%
Phosphorus | 300mg | 25%
Iodine | 30mcg | 20%
Magnesium | 100mg | 25%
Zinc | 3mg | 25%
Selenium | 14mcg | 25%
Copper | 0.2mg | 20%
Manganese | 0.5mg | 20%
Chromium | 9mcg | 25%
Molybdenum | 9mcg | 20%
Chloride | 360mg | 15%
Choline | 55mg | 10%
*The % Daily Value (DV) tells you how much a nutrient in a serving of food contributes to a daily diet. 2,000 calories a day is used for general nutrition advice.
Ingredients: Water, sugar, corn maltodextrin, milk protein concentrate, canola oil, soy protein isolate, corn oil, short-chain fructooligosaccharides, cocoa powder (processed with alkali), magnesium phosphate, potassium citrate, sodium citrate, calcium phosphate, salt, soy lecithin, choline chloride, ascorbic acid, potassium chloride, calcium carbonate, carrageenan, ferrous sulfate, zinc sulfate, dl-alpha-tocopheryl acetate, niacinamide, vitamin D3, vitamin B12.""",
 el=100, forms=["phosphate"], dv=25, sc=1)

add("lq13_pedialyte_sport_1l_about_3_servings", "en", "liquid",
 "Modelled on Pedialyte\u00ae Sport electrolyte drink, 1 L bottle (Abbott; as remembered, amounts approximate): a NUTRITION FACTS panel 'About 3 servings per container', 'Serving size 12 fl oz (360 mL)', 'Magnesium 30mg 8%' (30/420 = 7.1 -> 8% in the steps of 2 below 10 %); the Mg salt is magnesium chloride in the ingredient list (potassium phosphate is potassium's salt). serving_count 3 from the printed 'About 3'.",
"""Pedialyte\u00ae SPORT
Electrolyte Drink | Fast Hydration | Lemon Lime | 33.8 FL OZ (1 L)
Nutrition Facts
About 3 servings per container
Serving size | 12 fl oz (360 mL)
Calories | 30 |
 | | % Daily Value*
Total Fat | 0g | 0%
Sodium | 490mg | 21%
Total Carbohydrate | 8g | 3%
Total Sugars | 8g |
Includes 8g Added Sugars | | 16%
Protein | 0g |
Potassium | 350mg | 8%
Magnesium | 30mg | 8%
Phosphorus | 80mg | 6%
Chloride | 590mg | 25%
*The % Daily Value (DV) tells you how much a nutrient in a serving of food contributes to a daily diet. 2,000 calories a day is used for general nutrition advice.
Ingredients: Water, dextrose, citric acid, sodium citrate, potassium phosphate, salt, magnesium chloride, natural & artificial flavors, sucralose, acesulfame potassium, yellow 5.
Use: Shake well. Drink before, during or after exercise. Once opened, refrigerate and use within 48 hours.""",
 el=30, forms=["chloride"], dv=8, sc=3)

# ===================================================================== Drug Facts
add("df13_walmart_gentle_laxative_mom_15ml_500_sodium6", "en", "drug_facts",
 "Transcribed in part from Walmart's 'Gentle Laxative' magnesium hydroxide liquid (DailyMed setid 26b9f247-c242-2925-e063-6394a90a68dd, consulted): a milk of magnesia whose name does not say 'magnesia', 'Active ingredient (in each 15 mL) Magnesium hydroxide USP 1200 mg', Purpose 'Saline laxative', doses '30 mL to 60 mL', 'each 15 mL contains: magnesium 500 mg, sodium 6 mg' (1,200 x 0.417 = 500.4), the inactive ingredients; the brand line (equate) and the display panel are as remembered, warnings shortened. Stated 500 per 15 mL; the sodium figure is not Mg. Drug Facts -> serving_count null.",
"""equate
Gentle Laxative | Magnesium Hydroxide Oral Suspension | Saline Laxative | Stimulant Free | Wild Cherry | 12 FL OZ (355 mL)
Drug Facts
Active ingredient (in each 15 mL) | Purpose
Magnesium hydroxide USP 1200 mg | Saline laxative
Use relieves occasional constipation (irregularity); generally produces bowel movement in 1/2 to 6 hours
Warnings
Ask a doctor before use if you have kidney disease; a magnesium-restricted diet; stomach pain, nausea, or vomiting; a sudden change in bowel habits that lasts over 14 days
Ask a doctor or pharmacist before use if you are taking a prescription drug. This product may interact with certain prescription drugs.
Stop use and ask a doctor if you have rectal bleeding or no bowel movement after using this product; you need to use a laxative for more than 1 week
Directions: shake well before use; do not exceed the maximum recommended daily dose in a 24 hour period; dose may be taken once a day preferably at bedtime, in divided doses, or as directed by a doctor; follow each dosage with a full glass (8 oz) of liquid
age | dose
adults and children 12 years and older | 30 mL to 60 mL
children 6 to 11 years | 15 mL to 30 mL
children under 6 years | ask a doctor
Other information: each 15 mL contains: magnesium 500 mg, sodium 6 mg; store at room temperature tightly closed; do not freeze
Inactive ingredients: carboxymethylcellulose sodium, citric acid, D&C red no. 28, flavor, glycerin, microcrystalline cellulose, purified water, sodium citrate, sodium hypochlorite, sucrose, xanthan gum""",
 el=500, forms=["hydroxide"], dv=None, sc=None)

add("df13_dghealth_citrate_solution_per_fl_oz_290", "en", "drug_facts",
 "Modelled on a DG health (Dollar General) magnesium citrate oral solution, lemon, 10 fl oz (as remembered; layout per the OTC monograph style, amounts per magnesium.md section 1): 'Active ingredient (in each fl oz) Magnesium citrate 1.745 g', doses in bottles and fluid ounces ('1/2 to 1 bottle (5 to 10 fl oz)'), 'each fl oz contains: magnesium 290 mg, potassium 5 mg, sodium 5 mg'. 1,745 x 0.162 = 282.7 (the 290 printed lies within 3 %, as the label magnesium.md cites). Per the stated unit (fl oz) 290; the bottle dose is not the unit. Drug Facts -> serving_count null.",
"""DG health
Magnesium Citrate Oral Solution | Saline Laxative | Lemon Flavor | Low Sodium | 10 FL OZ (296 mL)
Drug Facts
Active ingredient (in each fl oz) | Purpose
Magnesium citrate 1.745 g | Saline laxative
Use for relief of occasional constipation (irregularity); generally produces bowel movement in 1/2 to 6 hours
Warnings
Ask a doctor before use if you have kidney disease; a magnesium-restricted diet; stomach pain, nausea or vomiting; a sudden change in bowel habits that lasts over 2 weeks
Ask a doctor or pharmacist before use if you are taking any other drug. Take this product 2 or more hours before or after other drugs. Laxatives may affect how other drugs work.
Stop use and ask a doctor if you have rectal bleeding or no bowel movement after use; you need to use a laxative for more than 1 week
Directions: shake well; drink a full glass (8 oz) of liquid with each dose; may be taken as a single daily dose or in divided doses
adults and children 12 years and over | 1/2 to 1 bottle (5 to 10 fl oz) maximum 10 fl oz in 24 hours
children 6 to under 12 years | 1/3 to 1/2 bottle (3 to 5 fl oz) maximum 5 fl oz in 24 hours
children 2 to under 6 years | ask a doctor
Other information: each fl oz contains: magnesium 290 mg, potassium 5 mg, sodium 5 mg; store at 20-25\u00b0C (68-77\u00b0F); refrigerate after opening and use within 24 hours
Inactive ingredients: citric acid, flavor, potassium bicarbonate, purified water, sodium saccharin""",
 el=290, forms=["citrate"], dv=None, sc=None)

add("df13_goodsense_laxative_caplets_mgo500_computed", "en", "drug_facts",
 "Modelled on a GoodSense\u00ae (Perrigo store brand) saline laxative caplet with magnesium oxide 500 mg per caplet (as remembered; layout after the OTC saline-laxative Drug Facts; may not match a current SKU): 'Active ingredient (in each caplet) Magnesium oxide 500 mg', doses '2 to 4 caplets'. No magnesium statement: computed per caplet, 500 x 0.603 = 301.5, tol 3 (one fraction). The 2-4 caplet dose is not the unit. Drug Facts -> serving_count null.",
"""GoodSense\u00ae
Laxative Caplets | Magnesium Oxide 500 mg | Saline Laxative | Stimulant Free | 40 Caplets
Drug Facts
Active ingredient (in each caplet) | Purpose
Magnesium oxide 500 mg | Saline laxative
Use for relief of occasional constipation (irregularity); generally produces bowel movement in 1/2 to 6 hours
Warnings
Ask a doctor before use if you have kidney disease; a magnesium-restricted diet; stomach pain, nausea, or vomiting; a sudden change in bowel habits that lasts over 14 days
Ask a doctor or pharmacist before use if you are taking a prescription drug. This product may interact with certain prescription drugs.
Stop use and ask a doctor if you have rectal bleeding or no bowel movement after using this product; you need to use a laxative for more than 1 week
Directions: do not exceed the maximum recommended daily dose in a 24 hour period; take with a full glass (8 oz) of liquid; dose may be taken once a day preferably at bedtime, in divided doses, or as directed by a doctor
adults and children 12 years and older | take 2 to 4 caplets daily
children under 12 years | ask a doctor
Other information: store at 20-25\u00b0C (68-77\u00b0F); protect from moisture
Inactive ingredients: croscarmellose sodium, hypromellose, microcrystalline cellulose, polyethylene glycol, sodium lauryl sulfate, stearic acid""",
 el=301.5, tol=3, forms=["oxide"], dv=None, sc=None)

add("df13_asmed_magal_liquid_5ml_83_unit_dose_cup_30ml", "en", "drug_facts",
 "Transcribed in part from MAG-AL LIQUID (aluminum hydroxide and magnesium hydroxide suspension; A-S Medication Solutions; DailyMed setid 5fe0fe0b-db08-40a4-9bbf-90b919374320 via fda.report, consulted): 'Active ingredients (in each 5 mL = 1 teaspoonful)' aluminum hydroxide (equiv. to dried gel, USP) 200 mg and magnesium hydroxide 200 mg, both 'Antacid'; 'each 5 mL contains: magnesium 83 mg, sodium 1.34 mg' (200 x 0.417 = 83.4); supplied as a 30 mL unit dose cup. Per the stated unit (5 mL) 83 mg; the 30 mL cup and the 2-4 teaspoonful dose are not the unit; aluminum hydroxide is not Mg. Inactive list shortened. Drug Facts -> serving_count null.",
"""MAG-AL LIQUID
Aluminum Hydroxide and Magnesium Hydroxide Suspension | Antacid | Peppermint | 30 mL Unit Dose Cup | A-S Medication Solutions
Drug Facts
Active ingredients (in each 5 mL = 1 teaspoonful) | Purpose
Aluminum hydroxide (equiv. to dried gel, USP) 200 mg | Antacid
Magnesium hydroxide 200 mg | Antacid
Uses for the relief of: acid indigestion; heartburn; sour stomach; upset stomach due to these symptoms
Warnings
Do not take more than 16 teaspoonfuls in a 24-hour period or use the maximum dosage for more than 2 weeks except under the advice and supervision of a physician.
Ask a doctor before use if you have kidney disease; a magnesium-restricted diet
Ask a doctor or pharmacist before use if you are presently taking a prescription drug. Antacids may interact with certain prescription drugs.
Stop use and ask a doctor if symptoms last more than 2 weeks.
Directions: shake well before using; do not take more than 16 teaspoonfuls in 24 hours or use the maximum dosage for more than 2 weeks
adults and children 12 years and older | take 2 to 4 teaspoonfuls four times a day or as directed by a physician
children under 12 years | consult a physician
Other information: each 5 mL contains: magnesium 83 mg, sodium 1.34 mg; store at controlled room temperature 20\u00b0-25\u00b0C (68\u00b0-77\u00b0F); protect from freezing
Inactive ingredients: antifoam AF emulsion, butylparaben, hydroxypropyl methylcellulose, flavoring, propylparaben, purified water, saccharin sodium, sorbitol""",
 el=83, forms=["hydroxide"], dv=None, sc=None)

add("df13_winco_epsom_internal_external_teaspoon_495", "en", "drug_facts",
 "Modelled on WinCo Foods Epsom Salt (funfoxmeds.com copy of the DailyMed label consulted: 'Magnesium Sulfate USP 100%', Purpose 'Saline laxative', 'For External Use as a Soaking Solution For Minor Sprains & Bruises', '2-4 level teaspoons dissolved in a full glass (8oz) of water', 'do not exceed more than 2 doses per day'): the directions are re-set in two blocks, 'For internal use (laxative)' and 'For external use (soaking solution)'; the magnesium statement 'each level teaspoon (approx. 5 g) contains: magnesium 495 mg' is the usual Epsom wording (magnesium.md section 1) and was not visible on the consulted copy. Per the stated teaspoon 495 mg (5 g x 0.0986 = 493). Drug Facts -> serving_count null.",
"""WINCO FOODS
Epsom Salt | Magnesium Sulfate USP | Saline Laxative | Soaking Solution for Minor Sprains & Bruises | Net Wt 64 oz (4 lb) 1.81 kg
Drug Facts
Active ingredient | Purpose
Magnesium sulfate USP 100% | Saline laxative
Uses relieves occasional constipation (irregularity); generally produces bowel movement in 1/2 to 6 hours. For external use as a soaking solution for minor sprains and bruises.
Warnings
Ask a doctor before use if you have kidney disease; a magnesium restricted diet; stomach pain, nausea or vomiting; noticed a sudden change in bowel habits that lasts more than 2 weeks
Ask a doctor or pharmacist before use if you are presently taking a prescription drug.
Stop use and ask a doctor if you have rectal bleeding or failure to have a bowel movement after use; you need to use a laxative for more than 1 week
Directions
For internal use (laxative): do not exceed more than 2 doses per day; if necessary repeat dosage in 4 hours
adults and children 12 years and older | 2-4 level teaspoons dissolved in a full glass (8 oz) of water
children 6 to 11 years | 1-2 level teaspoons dissolved in a full glass (8 oz) of water
children under 6 years | not recommended
For external use (soaking solution): dissolve 2 cups of Epsom salt per gallon of warm water; soak the affected area. Hot or warm soaks should not be used by individuals with diabetes except on the advice of a doctor.
Other information: each level teaspoon (approx. 5 g) contains: magnesium 495 mg; store in a cool, dry place; tamper evident: do not use if heat sealed pouch is improperly sealed
Inactive ingredients: none""",
 el=495, forms=["sulfate"], dv=None, sc=None)

# ===================================================================== UK / Canada / Australia
add("uk13_simplysupplements_citrate_dot_leaders_providing", "en", "intl",
 "Modelled on Simply Supplements Magnesium Citrate 200mg tablets (UK mail-order brand; as remembered, amounts approximate, re-set): no table, two DOT-LEADER lines under 'Typical Values per tablet:', 'Magnesium Citrate ........ 1333mg' and 'providing Magnesium ........ 200mg (53% NRV*)' (1,333 x 0.15 = 200; 200/375 = 53.3). The compound weight is never the elemental value. One tablet a day: per tablet, serving_count = 180 tablets (IMPLIED_SC 180/1).",
"""Simply Supplements
Magnesium Citrate 200mg
Food Supplement | 180 Tablets | 6 Months' Supply
Typical Values per tablet:
Magnesium Citrate ...................................... 1333mg
providing Magnesium .................................... 200mg (53% NRV*)
*NRV = Nutrient Reference Value
Ingredients: Magnesium Citrate, Bulking Agent (Microcrystalline Cellulose), Anti-caking Agents (Silicon Dioxide, Magnesium Stearate), Tablet Coating (Hydroxypropyl Methylcellulose, Glycerin).
Directions: Take one tablet a day with water, preferably with a meal. Do not exceed the recommended daily intake. Food supplements should not be used as a substitute for a varied and balanced diet and a healthy lifestyle.""",
 el=200, forms=["citrate"], dv=53, sc=180, _dvb=375)

add("ca13_prairienaturals_bisglycinate_714_yielding_100", "en", "intl",
 "Modelled on Prairie Naturals\u00ae Magnesium Bis-Glycinate vegetarian capsules (Canada; as remembered, amounts approximate; NPN placeholder): an English Canadian NHP panel with the compound and the element in ONE line, 'Magnesium bisglycinate 714 mg (yielding 100 mg elemental magnesium)' (714 x 0.14 = 100). Dose '1-4 capsules daily' -> per capsule 100 mg, no %DV, serving_count null; the 714 mg compound weight is never the value.",
"""PRAIRIE NATURALS\u00ae
Magnesium Bis-Glycinate
Chelated Magnesium | 120 Vegetarian Capsules | NPN 80000000
Medicinal Ingredients (per capsule):
Magnesium bisglycinate 714 mg (yielding 100 mg elemental magnesium)
Non-Medicinal Ingredients: Vegetable capsule (hypromellose), microcrystalline cellulose, magnesium stearate (vegetable source).
Recommended Dose: Adults: Take 1-4 capsules daily with food, or as directed by a health care practitioner. Take a few hours before or after other medications or natural health products.
Recommended Use: A factor in the maintenance of good health. Helps to maintain proper muscle function.""",
 el=100, forms=["glycinate"], dv=None, sc=None)

add("au13_elevit_pregnancy_each_tablet_equiv_magnesium100", "en", "intl",
 "Modelled on Elevit Pregnancy Multivitamin tablets (Bayer, Australia; as remembered, composition approximate, AUST L placeholder): an Australian 'Each tablet contains:' list in which every mineral is a compound with an '(equiv. ...)' element, e.g. 'Magnesium oxide - heavy 166 mg (equiv. magnesium 100 mg)' (166 x 0.603 = 100.1), 'Calcium hydrogen phosphate 424 mg (equiv. calcium 125 mg)', 'Ferrous fumarate 182 mg (equiv. iron 60 mg)'. Per tablet 100 mg, no %, serving_count null (Australian per-unit convention).",
"""Elevit
Pregnancy Multivitamin
Women's Health | 100 Tablets | AUST L 000000 | Bayer
Each tablet contains:
Betacarotene | 4.2 mg
Thiamine nitrate | 1.6 mg
Riboflavin | 1.8 mg
Nicotinamide | 19 mg
Calcium pantothenate | 10 mg
Pyridoxine hydrochloride | 2.6 mg
Folic acid | 800 microgram
Cyanocobalamin | 4 microgram
Biotin | 200 microgram
Ascorbic acid | 100 mg
Colecalciferol | 12.5 microgram (500 IU)
d-alpha-Tocopheryl acid succinate | 12.4 mg
Calcium hydrogen phosphate | 424 mg (equiv. calcium 125 mg)
Magnesium oxide - heavy | 166 mg (equiv. magnesium 100 mg)
Ferrous fumarate | 182 mg (equiv. iron 60 mg)
Zinc sulfate monohydrate | 30 mg (equiv. zinc 11 mg)
Potassium iodide | 288 microgram (equiv. iodine 220 microgram)
Copper sulfate pentahydrate | 3.9 mg (equiv. copper 1 mg)
Manganese sulfate monohydrate | 3.1 mg (equiv. manganese 1 mg)
Directions: Adults: Take 1 tablet daily with a meal, ideally from one month before conception, during pregnancy and while breastfeeding.
Contains iron, which can be harmful to young children. Keep out of reach of children. Always read the label and follow the directions for use. Vitamin and mineral supplements should not replace a balanced diet.""",
 el=100, forms=["oxide"], dv=None, sc=None)

# ===================================================================== topical
add("tp13_amazingoils_magnesium_oil_spray_per_spray_13", "en", "topical",
 "Modelled on Amazing Oils Magnesium Oil Spray (UK; Zechstein magnesium chloride; as remembered, amounts approximate): 'Typical Analysis: each spray (approx. 0.13 ml) provides approx. 13 mg of elemental magnesium.' Per stated unit (1 spray) 13 mg; the '10-20 sprays' directions are not the unit. Topical -> no %NRV, serving_count null.",
"""AMAZING OILS
Magnesium Oil Spray
Zechstein Magnesium Chloride | 100 ml | For external use only
Typical Analysis: each spray (approx. 0.13 ml) provides approx. 13 mg of elemental magnesium.
Ingredients: Magnesium Chloride, Aqua.
Directions: Spray 10-20 times onto arms, legs and stomach and massage in well. A tingling sensation is normal for the first few uses. Leave on the skin for at least 20 minutes before rinsing off.
Caution: Do not apply to broken or irritated skin or after shaving. Avoid contact with eyes. Keep out of reach of children.""",
 el=13, forms=["chloride"], dv=None, sc=None)

# ===================================================================== negatives
add("neg13_oscal_calcium_d3_magnesium_stearate_only", "en", "negative",
 "Modelled on Os-Cal\u00ae Calcium + D3 caplets (as remembered; excipients approximate, may not match a current SKU): calcium carbonate and vitamin D3 only; magnesium appears only as 'magnesium stearate' among the other ingredients -> no_magnesium. Directions 'one caplet twice daily' for a 1-caplet serving. Servings Per Container 75 (printed).",
"""Os-Cal\u00ae
Calcium + D3
Extra D3 | 500 mg Calcium per Caplet | Dietary Supplement | 75 Caplets
Supplement Facts
Serving Size 1 Caplet
Servings Per Container 75
 | Amount Per Serving | % Daily Value
Vitamin D3 (as cholecalciferol) | 20 mcg (800 IU) | 100%
Calcium (as calcium carbonate) | 500 mg | 38%
Other Ingredients: Maltodextrin, corn starch, microcrystalline cellulose, hypromellose, mineral oil, crospovidone, magnesium stearate, sodium lauryl sulfate, titanium dioxide (color), polyethylene glycol, FD&C yellow no. 6 aluminum lake, carnauba wax.
Directions: Take one caplet twice daily with food.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=75)

add("neg13_sportsresearch_d3_k2_magnesium_only_in_claim", "en", "negative",
 "Modelled on Sports Research\u00ae Vitamin D3 + K2 vegan softgels (as remembered; the 'Did you know?' magnesium sentence is set here): vitamin D3 and K2 only; magnesium appears only in a CLAIM ('Magnesium is needed to convert vitamin D into its active form ... pair with a magnesium supplement') -> no_magnesium. Servings Per Container 60 (printed).",
"""SPORTS RESEARCH\u00ae
Vitamin D3 + K2
with Organic Coconut Oil | 5000 IU D3 + 100 mcg K2 | Dietary Supplement | 60 Veggie Softgels
Supplement Facts
Serving Size 1 Softgel
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Vitamin D3 (as cholecalciferol from lichen) | 125 mcg (5,000 IU) | 625%
Vitamin K2 (as menaquinone-7) | 100 mcg | 83%
Other Ingredients: Organic virgin coconut oil, vegan softgel (modified tapioca starch, carrageenan, glycerin, purified water).
Suggested Use: Take 1 softgel daily with a meal.
Did you know? Magnesium is needed to convert vitamin D into its active form. For complete support, pair with a magnesium supplement.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=60)

add("neg13_naturesbounty_sleep3_melatonin_theanine_stearate", "en", "negative",
 "Modelled on Nature's Bounty\u00ae Sleep3\u2122 Maximum Strength tri-layer tablets (as remembered; amounts approximate; earlier sets used other Nature's Bounty products): melatonin, L-theanine and a botanical blend; magnesium only as 'vegetable magnesium stearate' among the other ingredients -> no_magnesium. Servings Per Container 28 (printed).",
"""Nature's Bounty\u00ae
Sleep3\u2122
Maximum Strength 10 mg Melatonin | Tri-Layer Tablets | Dietary Supplement | 28 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 28
 | Amount Per Serving | % Daily Value
Melatonin | 10 mg | \u2020
L-Theanine | 200 mg | \u2020
Sleep Blend | 60 mg | \u2020
(chamomile flower extract, lavender flower extract, lemon balm leaf extract) |
\u2020 Daily Value not established.
Other Ingredients: Dicalcium phosphate, cellulose, vegetable cellulose, croscarmellose, silica, vegetable magnesium stearate, titanium dioxide (color), FD&C blue no. 2 aluminum lake.
Suggested Use: For adults, take one (1) tablet 30 minutes before bedtime. Do not drive or operate machinery after use.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=28)
