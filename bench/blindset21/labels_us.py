# Label sources, part US (blind set 21): US Supplement Facts panels, multivitamins, a Supplement Facts powder, a liquid
# supplement, OTC Drug Facts, Australia / Canada / UK, an English topical and the three English negatives. The EU labels and the
# Finnish and Slovak negatives are in labels_eu.py, which imports add/L from here.
# Same format as bench/blindset20/labels_us.py: table cells are separated by " | "; a line ending in " |" is a table row whose
# remaining cells are empty. Keys starting with "_" are private to the checker (check_set.py) and are not written to
# expected.jsonl:
#   _dvb = the DV base the printed %DV was computed from (default 420 for en, 375 for EU languages; the UK label sets 375, the
#          children's multivitamin 80).
L = []
def add(id, lang, kind, note, text, status="ok", el=None, tol=2, forms=(), dv=None, sc=None, **extra):
    d = dict(id=id, lang=lang, kind=kind, source_note=note, status=status, elemental_mg=el,
             elemental_tol_pct=tol, forms=list(forms), percent_dv=dv, serving_count=sc, _text=text)
    d.update(extra); L.append(d)

# ===================================================================== US Supplement Facts
add("us21_sanarnaturals_from_1000mg_bisglycinate_in_parenthesis_140", "en", "us_supplement",
 "Modelled on a Sanar Naturals magnesium glycinate capsule (US; the panel and amounts are set here and may not match a current SKU): the COMPOUND WEIGHT INSIDE THE SOURCE PARENTHESIS, 'Magnesium (from 1,000 mg magnesium bisglycinate chelate) | 140 mg | 33%' (1,000 x 0.10-0.141 = 100-141; 140/420 = 33.3). 1,000 mg is the compound, not the value. 120 capsules / 2 = 60 (printed).",
"""SANAR NATURALS
Magnesium Glycinate
Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Magnesium (from 1,000 mg magnesium bisglycinate chelate) | 140 mg | 33%
Other Ingredients: Hypromellose (vegetable capsule), rice flour.
Suggested Use: Take 2 capsules daily, preferably in the evening.""",
 el=140, forms=["glycinate"], dv=33, sc=60)

add("us21_drtobias_per_capsule_and_per_serving_columns_200", "en", "us_supplement",
 "Modelled on a Dr. Tobias magnesium capsule (US; the product and panel set here, may not match a current SKU): TWO AMOUNT COLUMNS, the PER-CAPSULE column FIRST, ' | Per Capsule | %DV* | Per Serving (2 Capsules) | %DV*', 'Magnesium (as magnesium bisglycinate and magnesium citrate) | 100 mg | 24% | 200 mg | 48%' (200/420 = 47.6; 100/420 = 23.8). The serving is 2 capsules: the value is the per-serving column (200 mg, 48%), per capsule in elemental_alt_mg (100). 120 capsules / 2 = 60 (printed).",
"""DR. TOBIAS
Magnesium Glycinate + Citrate
Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
 | Per Capsule | %DV* | Per Serving (2 Capsules) | %DV*
Magnesium (as magnesium bisglycinate and magnesium citrate) | 100 mg | 24% | 200 mg | 48%
* Percent Daily Values are based on a 2,000 calorie diet.
Other Ingredients: Hypromellose (capsule), microcrystalline cellulose.
Suggested Use: Take 2 capsules daily with water.""",
 el=200, forms=["glycinate", "citrate"], dv=48, sc=60, elemental_alt_mg=100)

add("us21_biofinest_wrapped_four_salt_name_three_lines_250", "en", "us_supplement",
 "Modelled on a Biofinest magnesium complex capsule (US; the product and panel set here, may not match a current SKU): a LONG NAME CELL WRAPPED OVER THREE LINES, 'Magnesium (as magnesium bisglycinate chelate, / magnesium malate, magnesium taurate and / magnesium L-threonate) | 250 mg | 60%' (250/420 = 59.5); the amount stands on the last line only. Forms glycinate, malate, taurate, threonate. 90 capsules / 3 = 30 (printed).",
"""BIOFINEST
Magnesium Complex
4 Forms | Dietary Supplement | 90 Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium bisglycinate chelate, |
magnesium malate, magnesium taurate and |
magnesium L-threonate) | 250 mg | 60%
Other Ingredients: Hypromellose (capsule), rice flour.
Suggested Use: Take 3 capsules daily with food.""",
 el=250, forms=["glycinate", "malate", "taurate", "threonate"], dv=60, sc=30)

add("us21_muscletech_zma_aspartate_450_over_100pct", "en", "us_supplement",
 "Modelled on a MuscleTech ZMA capsule (US; the panel set here after the usual ZMA formula, may not match a current SKU): magnesium in the MIDDLE of three rows with %DV OVER 100, 'Magnesium (as magnesium aspartate) | 450 mg | 107%' (450/420 = 107.1), between vitamin B6 618% and 'Zinc (as zinc monomethionine and zinc aspartate) | 30 mg | 273%'. Directions 'women take 2 capsules' do not redefine the serving (3 capsules). Form aspartate. 90 capsules / 3 = 30 (printed).",
"""MUSCLETECH®
ZMA
Zinc, Magnesium & Vitamin B6 | Dietary Supplement | 90 Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Vitamin B6 (as pyridoxine hydrochloride) | 10.5 mg | 618%
Magnesium (as magnesium aspartate) | 450 mg | 107%
Zinc (as zinc monomethionine and zinc aspartate) | 30 mg | 273%
Other Ingredients: Gelatin (capsule), rice flour, magnesium stearate.
Suggested Use: Men take 3 capsules, women take 2 capsules, 30-60 minutes before bedtime on an empty stomach.""",
 el=450, forms=["aspartate"], dv=107, sc=30)

add("us21_naturosciences_two_magnesium_rows_summed_250", "en", "us_supplement",
 "Modelled on a Naturo Sciences magnesium capsule (US; the product and panel set here, may not exist in this form): TWO MAGNESIUM ROWS from different sources and NO printed total, 'Magnesium (as magnesium citrate) | 150 mg | 36%' and 'Magnesium (as magnesium bisglycinate chelate) | 100 mg | 24%'. Value and %DV are the SUMS, 250 mg and 60% (250/420 = 59.5), as in the first blind set's 'us_two_rows'. 120 capsules / 2 = 60 (printed).",
"""NATURO SCIENCES
Magnesium Duo
Citrate + Glycinate | Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium citrate) | 150 mg | 36%
Magnesium (as magnesium bisglycinate chelate) | 100 mg | 24%
Other Ingredients: Hypromellose (capsule), microcrystalline cellulose, silica.
Suggested Use: Take 2 capsules daily with a meal.""",
 el=250, forms=["citrate", "glycinate"], dv=60, sc=60)

add("us21_savesta_source_in_superscript_footnote_300", "en", "us_supplement",
 "Modelled on a Savesta magnesium capsule (US; the product and panel set here, may not exist in this form): the row carries a SUPERSCRIPT MARK and no source, 'Magnesium\u00b9 | 300 mg | 71%' (300/420 = 71.4); the footnote opened by the mark names the sources, '\u00b9 As magnesium malate and magnesium bisglycinate chelate.' (FOOTMARK). Forms malate, glycinate. 120 capsules / 4 = 30 (printed).",
"""SAVESTA
Magnesium Malate & Glycinate
Dietary Supplement | 120 Vegetable Capsules
Supplement Facts
Serving Size 4 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium¹ | 300 mg | 71%
¹ As magnesium malate and magnesium bisglycinate chelate.
Other Ingredients: Hypromellose (capsule), organic rice hull concentrate.
Suggested Use: Take 4 capsules daily, 2 in the morning and 2 in the evening.""",
 el=300, forms=["malate", "glycinate"], dv=71, sc=30)

add("us21_gundrymd_compound_and_elemental_columns_threonate_144", "en", "us_supplement",
 "Modelled on a Gundry MD magnesium L-threonate capsule (US; the product and panel set here, may not exist in this form): the COMPOUND and the ELEMENT IN SEPARATE COLUMNS, ' | Compound | Elemental Magnesium | % DV', 'Magnesium L-Threonate (Magtein\u00ae) | 2,000 mg | 144 mg | 34%' (2,000 x 0.072 = 144; 144/420 = 34.3; SPLIT_COLS). 2,000 mg is the compound. 90 capsules / 3 = 30 (printed).",
"""GUNDRY MD®
Magnesium L-Threonate
Dietary Supplement | 90 Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 30
 | Compound | Elemental Magnesium | % DV
Magnesium L-Threonate (Magtein®) | 2,000 mg | 144 mg | 34%
Other Ingredients: Hypromellose (capsule), microcrystalline cellulose.
Suggested Use: Take 3 capsules daily, 1 in the morning and 2 two hours before bedtime.""",
 el=144, forms=["threonate"], dv=34, sc=30)

add("us21_paleovalley_acetyl_taurate_star_and_double_star_100", "en", "us_supplement",
 "Modelled on a Paleovalley magnesium capsule (US; the acetyl taurate product and panel are set here and may not exist in this form): %DV WITH SYMBOLS, 'Magnesium (as magnesium acetyl taurate) | 100 mg | 24%*' (100/420 = 23.8) with '*' opening the calorie-diet footnote and 'Glycine | 500 mg | **' with '** Daily Value not established.'. Form acetyl_taurate. 60 capsules / 2 = 30 (printed).",
"""PALEOVALLEY
Magnesium Acetyl Taurate
Dietary Supplement | 60 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium acetyl taurate) | 100 mg | 24%*
Glycine | 500 mg | **
* Percent Daily Values are based on a 2,000 calorie diet.
** Daily Value not established.
Other Ingredients: Hypromellose (capsule).
Suggested Use: Take 2 capsules daily, in the evening.""",
 el=100, forms=["acetyl_taurate"], dv=24, sc=30)

add("us21_nutritionnow_calcium_magnesium_chew_less_than_1pct_50", "en", "us_supplement",
 "Modelled on a Nutrition Now calcium + magnesium soft chew (US; the magnesium row and panel are set here and may not match a current SKU): calorie, fat and sugar rows, 'Sodium | 10 mg | less than 1%*' (10/2,300 = 0.4), CALCIUM FIRST, then 'Magnesium (as magnesium oxide) | 50 mg | 12%' (50/420 = 11.9). Calcium carbonate is not a magnesium form. 60 chews / 2 = 30 (printed).",
"""NUTRITION NOW®
Calcium + Magnesium Soft Chews
Chocolate | Dietary Supplement | 60 Soft Chews
Supplement Facts
Serving Size 2 Soft Chews
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Calories | 40 |
Total Fat | 1.5 g | 2%*
Sodium | 10 mg | less than 1%*
Total Carbohydrate | 6 g | 2%*
Total Sugars | 4 g | †
Includes 4 g Added Sugars | | 8%*
Vitamin D3 (as cholecalciferol) | 20 mcg (800 IU) | 100%
Calcium (as calcium carbonate) | 500 mg | 38%
Magnesium (as magnesium oxide) | 50 mg | 12%
* Percent Daily Values are based on a 2,000 calorie diet. † Daily Value not established.
Other Ingredients: Sugar, corn syrup, cocoa butter, nonfat milk, cocoa powder, soy lecithin, natural flavors.
Suggested Use: Chew 2 soft chews daily.""",
 el=50, forms=["oxide"], dv=12, sc=30)

add("us21_naturalbalance_front_citrate_1000mg_row_160", "en", "us_supplement",
 "Modelled on a Natural Balance magnesium citrate tablet (US; the product and panel set here, may not match a current SKU): the FRONT OF PACK prints the COMPOUND WEIGHT per serving, 'Magnesium Citrate 1,000 mg', while the panel row gives the element, 'Magnesium (as magnesium citrate) | 160 mg | 38%' (1,000 x 0.12-0.162 = 120-162; 160/420 = 38.1). 1,000 mg is the compound. 120 tablets / 2 = 60 (printed).",
"""NATURAL BALANCE®
Magnesium Citrate 1,000 mg
Dietary Supplement | 120 Tablets
Supplement Facts
Serving Size 2 Tablets
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium citrate) | 160 mg | 38%
Other Ingredients: Microcrystalline cellulose, stearic acid, croscarmellose sodium, silica.
Suggested Use: Take 2 tablets daily with a meal.""",
 el=160, forms=["citrate"], dv=38, sc=60)

add("us21_oraorganic_relaxation_blend_below_magnesium_120", "en", "us_supplement",
 "Modelled on an Ora Organic relaxation capsule (US; the product and panel set here, may not exist in this form): 'Magnesium (as magnesium bisglycinate chelate) | 120 mg | 29%' (120/420 = 28.6) above a PROPRIETARY BLEND row 'Relaxation Blend | 450 mg | \u2020' whose parts are listed on the next line. The blend weight is not the value. 60 capsules / 2 = 30 (printed).",
"""ORA ORGANIC
Calm Capsules
Magnesium + Botanicals | Dietary Supplement | 60 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium bisglycinate chelate) | 120 mg | 29%
Relaxation Blend | 450 mg | †
L-theanine, organic lemon balm leaf extract, organic chamomile flower extract, GABA.
† Daily Value not established.
Other Ingredients: Pullulan (capsule).
Suggested Use: Take 2 capsules 30 minutes before bedtime.""",
 el=120, forms=["glycinate"], dv=29, sc=30)

add("us21_plexus_am_and_pm_panels_pm_magnesium_200", "en", "us_supplement",
 "Modelled on a Plexus day/night duo (US; the kit and both panels are set here and may not exist in this form): TWO PANELS on one label, 'AM Formula Supplement Facts' (vitamin B12, green tea; no magnesium; 30 servings) and 'PM Formula Supplement Facts' ('Serving Size 2 Capsules', 'Servings Per Container 15', 'Magnesium (as magnesium glycinate) | 200 mg | 48%'; 200/420 = 47.6). Value, %DV and serving count come from the PM panel (TWO_PANELS).",
"""PLEXUS®
Day & Night Duo
Dietary Supplement | 30 AM Tablets | 30 PM Capsules
AM Formula Supplement Facts
Serving Size 1 Tablet
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Vitamin B12 (as methylcobalamin) | 500 mcg | 20833%
Green Tea Extract (leaf) | 250 mg | †
PM Formula Supplement Facts
Serving Size 2 Capsules
Servings Per Container 15
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium glycinate) | 200 mg | 48%
Melatonin | 3 mg | †
† Daily Value not established.
Other Ingredients: Microcrystalline cellulose, hypromellose (capsule), silica.
Suggested Use: Take 1 AM tablet with breakfast and 2 PM capsules 30 minutes before bedtime.""",
 el=200, forms=["glycinate"], dv=48, sc=15)

add("us21_kion_from_1_67_g_chloride_hexahydrate_with_chloride_row_200", "en", "us_supplement",
 "Modelled on a Kion magnesium capsule (US; the chloride product and panel are set here and may not exist in this form): the compound IN GRAMS WITH A DECIMAL inside the source, 'Magnesium (from 1.67 g magnesium chloride hexahydrate) | 200 mg | 48%' (1,670 x 0.120 = 200.4; 200/420 = 47.6), and a 'Chloride | 580 mg | 25%' row from the same salt (580/2,300 = 25.2). Neither 1.67 g nor 580 mg is the value. 120 capsules / 4 = 30 (printed).",
"""KION
Magnesium Chloride
Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size 4 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium (from 1.67 g magnesium chloride hexahydrate) | 200 mg | 48%
Chloride | 580 mg | 25%
Other Ingredients: Hypromellose (capsule).
Suggested Use: Take 4 capsules daily with food.""",
 el=200, forms=["chloride"], dv=48, sc=30)

add("us21_jocko_amount_in_grams_0_35_g_three_salts_350", "en", "us_supplement",
 "Modelled on a Jocko Fuel magnesium capsule (US; the product and panel set here, may not exist in this form): the ELEMENTAL AMOUNT PRINTED IN GRAMS, 'Magnesium (as magnesium glycinate, magnesium malate and magnesium citrate) | 0.35 g | 83%' (350/420 = 83.3). Value 350 mg. Forms glycinate, malate, citrate. 150 capsules / 5 = 30 (printed).",
"""JOCKO FUEL
Magnesium
Dietary Supplement | 150 Capsules
Supplement Facts
Serving Size 5 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium glycinate, magnesium malate and magnesium citrate) | 0.35 g | 83%
Other Ingredients: Hypromellose (capsule), rice flour.
Suggested Use: Take 5 capsules daily, divided between meals.""",
 el=350, forms=["glycinate", "malate", "citrate"], dv=83, sc=30)

add("us21_dymatize_bare_magnesium_row_sources_in_other_ingredients_250", "en", "us_supplement",
 "Modelled on a Dymatize magnesium tablet (US; the product and panel set here, may not exist in this form): the row NAMES NO SOURCE, 'Magnesium | 250 mg | 60%' (250/420 = 59.5); the sources stand ONLY IN OTHER INGREDIENTS ('Magnesium oxide, magnesium citrate, ...', as 21 CFR 101.36 allows), beside 'vegetable magnesium stearate' (an excipient). Forms oxide, citrate. 100 tablets, 100 servings (printed).",
"""DYMATIZE®
Magnesium 250
Dietary Supplement | 100 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 100
 | Amount Per Serving | % Daily Value
Magnesium | 250 mg | 60%
Other Ingredients: Magnesium oxide, magnesium citrate, microcrystalline cellulose, croscarmellose sodium, vegetable magnesium stearate.
Suggested Use: Take 1 tablet daily with a meal.""",
 el=250, forms=["oxide", "citrate"], dv=60, sc=100)

# ===================================================================== multivitamins
add("mv21_heronutritionals_yummibears_children_1_through_3_dv80_20", "en", "multivitamin",
 "Modelled on Hero Nutritionals Yummi Bears multivitamin gummies (US; the panel is set here and shortened, may not match a current SKU): the %DV header names CHILDREN 1 THROUGH 3 YEARS, so DV base 80: 'Magnesium (as magnesium citrate) | 20 mg | 25%' (20/80 = 25; on 420 it would be 5). Zinc citrate is not a magnesium form. 200 gummy bears / 2 = 100 (printed).",
"""HERO NUTRITIONALS
Yummi Bears® Multi-Vitamin & Mineral
Dietary Supplement | 200 Gummy Bears
Supplement Facts
Serving Size 2 Gummy Bears
Servings Per Container 100
 | Amount Per Serving | % Daily Value for Children 1 through 3 Years of Age
Calories | 10 |
Total Carbohydrate | 2 g | †
Total Sugars | 2 g | †
Includes 2 g Added Sugars | | †
Vitamin A (as beta-carotene) | 150 mcg RAE | 50%
Vitamin C (as ascorbic acid) | 15 mg | 100%
Vitamin D3 (as cholecalciferol) | 10 mcg (400 IU) | 67%
Magnesium (as magnesium citrate) | 20 mg | 25%
Zinc (as zinc citrate) | 1.5 mg | 50%
† Daily Value not established.
Other Ingredients: Organic tapioca syrup, organic cane sugar, pectin, citric acid, natural flavors, colors (from fruit and vegetable juices).
Suggested Use: Children 2 years and older: chew 2 gummy bears daily.""",
 el=20, forms=["citrate"], dv=25, sc=100, _dvb=80)

add("mv21_arbonne_multi_dimagnesium_phosphate_and_oxide_100", "en", "multivitamin",
 "Modelled on an Arbonne daily multivitamin (US; the panel is set here and shortened, may not match a current SKU): 'Magnesium (as dimagnesium phosphate, magnesium oxide) | 100 mg | 24%' (100/420 = 23.8) below a 'Phosphorus (as dicalcium phosphate, dimagnesium phosphate)' row and above 'Zinc (as zinc oxide)' and 'Manganese (as manganese sulfate)'. Forms phosphate, oxide (zinc oxide and manganese sulfate are not magnesium forms). 60 tablets / 2 = 30 (printed).",
"""ARBONNE
Daily Multivitamin
Dietary Supplement | 60 Tablets
Supplement Facts
Serving Size 2 Tablets
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Vitamin C (as ascorbic acid) | 90 mg | 100%
Vitamin D3 (as cholecalciferol) | 20 mcg (800 IU) | 100%
Vitamin B12 (as cyanocobalamin) | 2.4 mcg | 100%
Calcium (as dicalcium phosphate) | 120 mg | 9%
Phosphorus (as dicalcium phosphate, dimagnesium phosphate) | 100 mg | 8%
Magnesium (as dimagnesium phosphate, magnesium oxide) | 100 mg | 24%
Zinc (as zinc oxide) | 11 mg | 100%
Manganese (as manganese sulfate) | 2.3 mg | 100%
Other Ingredients: Microcrystalline cellulose, croscarmellose sodium, hypromellose, vegetable stearic acid.
Suggested Use: Take 2 tablets daily with food.""",
 el=100, forms=["phosphate", "oxide"], dv=24, sc=30)

add("mv21_melaleuca_vitality_women_citrate_oxide_beside_manganese_citrate_150", "en", "multivitamin",
 "Modelled on a Melaleuca Vitality multivitamin for women (US; the panel is set here and shortened, may not match a current SKU): 'Magnesium (as magnesium citrate, magnesium oxide) | 150 mg | 36%' (150/420 = 35.7) after 'Calcium (as calcium carbonate, calcium citrate)' and before 'Manganese (as manganese citrate)' and 'Molybdenum (as sodium molybdate)'. Forms citrate, oxide. 60 tablets / 2 = 30 (printed).",
"""MELALEUCA
Vitality Multivitamin & Mineral for Women
Dietary Supplement | 60 Tablets
Supplement Facts
Serving Size 2 Tablets
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Vitamin A (as beta-carotene) | 900 mcg RAE | 100%
Vitamin C (as ascorbic acid) | 120 mg | 133%
Vitamin D3 (as cholecalciferol) | 25 mcg (1,000 IU) | 125%
Folate | 680 mcg DFE (400 mcg folic acid) | 170%
Calcium (as calcium carbonate, calcium citrate) | 250 mg | 19%
Iron (as ferrous bisglycinate) | 18 mg | 100%
Magnesium (as magnesium citrate, magnesium oxide) | 150 mg | 36%
Manganese (as manganese citrate) | 1.8 mg | 78%
Molybdenum (as sodium molybdate) | 45 mcg | 100%
Other Ingredients: Microcrystalline cellulose, croscarmellose sodium, stearic acid, hypromellose, silica.
Suggested Use: Take 1 tablet twice daily with meals.""",
 el=150, forms=["citrate", "oxide"], dv=36, sc=30)

# ===================================================================== powder / liquid
add("pw21_mossnutrition_citrate_2_g_row_then_providing_320", "en", "powder",
 "Modelled on a Moss Nutrition magnesium citrate powder (US; the product and panel set here, may not exist in this form): 'Serving Size 1 Level Scoop (2.4 g)', the COMPOUND ROW IN GRAMS first, 'Magnesium Citrate | 2 g |', then 'providing Magnesium | 320 mg | 76%' (2,000 x 0.12-0.162 = 240-324; 320/420 = 76.2). 2 g is the compound. 240 g / 2.4 g = 100 servings (printed).",
"""MOSS NUTRITION
Magnesium Citrate Powder
Unflavored | Dietary Supplement | 240 g (8.5 oz)
Supplement Facts
Serving Size 1 Level Scoop (2.4 g)
Servings Per Container 100
 | Amount Per Serving | % Daily Value
Magnesium Citrate | 2 g |
providing Magnesium | 320 mg | 76%
Other Ingredients: Citric acid.
Suggested Use: Mix 1 level scoop in 6-8 oz of water or juice once daily.""",
 el=320, forms=["citrate"], dv=76, sc=100)

add("lq21_barleans_2_tbsp_30_ml_citrate_chloride_with_potassium_row_300", "en", "liquid",
 "Modelled on a Barlean's liquid magnesium (US; the product and panel set here, may not exist in this form): 'Serving Size 2 Tbsp (30 mL)', 'Servings Per Container About 16' (16 fl oz), 'Magnesium (as magnesium citrate and magnesium chloride) | 300 mg | 71%' (300/420 = 71.4) above a 'Potassium (as potassium citrate) | 99 mg | 2%' row. Forms citrate, chloride.",
"""BARLEAN'S
Liquid Magnesium
Orange Cream | Dietary Supplement | 16 fl oz (473 mL)
Supplement Facts
Serving Size 2 Tbsp (30 mL)
Servings Per Container About 16
 | Amount Per Serving | % Daily Value
Calories | 10 |
Total Carbohydrate | 2 g | 1%*
Magnesium (as magnesium citrate and magnesium chloride) | 300 mg | 71%
Potassium (as potassium citrate) | 99 mg | 2%
* Percent Daily Values are based on a 2,000 calorie diet.
Other Ingredients: Purified water, xylitol, natural orange cream flavor, citric acid, potassium sorbate.
Suggested Use: Shake well. Take 2 tablespoons daily. Refrigerate after opening and use within 60 days.""",
 el=300, forms=["citrate", "chloride"], dv=71, sc=16)

# ===================================================================== Drug Facts
add("df21_selectbrand_epsom_salt_level_teaspoon_statement_495", "en", "drug_facts",
 "Modelled on the Epsom salt Drug Facts on DailyMed (Safeway/Signature Care copy, https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=947ae6fe-05d9-4bcf-be73-b3e1a2c60227&audience=consumer: 'Magnesium sulfate USP (heptahydrate) 100%', '2-4 level teaspoons dissolved in a full glass (8oz) of water', 'each teaspoon contains: magnesium 495 mg'; the per-teaspoon active '(in each teaspoon) Magnesium Sulfate (Epsom Salt) 5 g' as on https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=30ce5cbd-cc7a-0b2d-e063-6394a90a8520), re-set under the Select Brand store brand (may not exist in this form). Laxative and soaking aid; the value is the STATED 495 mg per level teaspoon (5,000 x 0.0986 = 493). The 2-4 teaspoon dose and the 2-cup soak are not the value. Form sulfate. Drug Facts -> serving_count null.",
"""SELECT BRAND
Epsom Salt | Magnesium Sulfate USP | Saline Laxative / Soaking Aid | 4 LB (1.81 kg)
Drug Facts
Active ingredient (in each level teaspoon) | Purposes
Magnesium sulfate USP (heptahydrate) 5 g | Saline laxative / soaking aid
Uses • for relief of occasional constipation (irregularity); generally produces bowel movement in 1/2 to 6 hours • for external use as a soaking aid for minor sprains and bruises
Warnings
Ask a doctor before use if you have • kidney disease • a magnesium-restricted diet • stomach pain, nausea or vomiting • noticed a sudden change in bowel habits that lasts more than 2 weeks
Ask a doctor or pharmacist before use if you are presently taking a prescription drug.
Keep out of reach of children.
Directions • do not exceed more than 2 doses per day; if necessary repeat dosage in 4 hours • drink a full glass (8 oz) of liquid with each dose
adults and children 12 years and older | 2 to 4 level teaspoons dissolved in a full glass (8 oz) of water
children 6 to 11 years | 1 to 2 level teaspoons dissolved in a full glass (8 oz) of water
children under 6 years | ask a doctor
Soaking aid: dissolve 2 cups of Epsom salt per gallon of warm water.
Other information • each level teaspoon contains: magnesium 495 mg • store at room temperature, keep tightly closed
Inactive ingredients none""",
 el=495, forms=["sulfate"], dv=None, sc=None)

add("df21_navarro_mom_15_ml_laxative_antacid_columns_statement_500", "en", "drug_facts",
 "Modelled on the milk of magnesia Drug Facts of the Family Dollar copy (https://otclabels.com/lib/otc/otc-meds/milk-of-magnesia-33/: 'Active ingredient (in each 15 mL) Magnesium hydroxide 1200 mg', 'each 15 mL contains: magnesium 500 mg', laxative 30-60 mL) with the antacid use and doses of the Cardinal Health copy (https://www.dailymed.nlm.nih.gov/dailymed/fda/fdaDrugXsl.cfm?setid=144c7242-4ff9-404a-86bf-48e2871eb0cd&type=display: antacid '5 to 15 mL (1 to 3 teaspoonfuls)'; its own statement 'each teaspoonful (5 mL) contains: magnesium 400 mg' was NOT used), re-set under the Navarro store brand (may not exist in this form). Laxative and antacid dose COLUMNS; the value is the STATED 500 mg per 15 mL (1,200 x 0.417 = 500.4). Drug Facts -> serving_count null.",
"""NAVARRO
Milk of Magnesia | Saline Laxative / Antacid | Original | 12 FL OZ (355 mL)
Drug Facts
Active ingredient (in each 15 mL tablespoon) | Purpose
Magnesium hydroxide 1200 mg | Saline laxative / antacid
Uses as a laxative • relieves occasional constipation (irregularity) • generally produces bowel movement in 1/2 to 6 hours
as an antacid relieves • heartburn • sour stomach • acid indigestion
Warnings
Ask a doctor before use if you have • kidney disease • a magnesium-restricted diet • stomach pain, nausea, or vomiting • a sudden change in bowel habits that lasts over 14 days
Ask a doctor or pharmacist before use if you are taking a prescription drug. This product may interact with certain prescription drugs.
Keep out of reach of children.
Directions • shake well before use • do not exceed the maximum recommended daily dose in a 24 hour period • drink a full glass (8 oz) of liquid with each laxative dose
 | Laxative | Antacid
adults and children 12 years and older | 30 mL (2 TBSP) to 60 mL (4 TBSP) | 5 mL to 15 mL (1 to 3 teaspoonfuls)
children 6 to 11 years | 15 mL (1 TBSP) to 30 mL (2 TBSP) | ask a doctor
children under 6 years | ask a doctor | ask a doctor
Other information • each 15 mL contains: magnesium 500 mg • do not freeze • store at room temperature tightly closed
Inactive ingredients purified water""",
 el=500, forms=["hydroxide"], dv=None, sc=None)

add("df21_medifirst_mg_oxide_400_elemental_241_3_in_active", "en", "drug_facts",
 "Modelled on the magnesium oxide 400 mg antacid tablet on DailyMed (https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=2ea68874-8c20-4284-bd0a-f07768057b83: 'Magnesium Oxide 400mg (241.3mg elemental magnesium)', antacid and magnesium supplement directions, 'Magnesium content per tablet: 241.3mg'), re-set under the Medi-First brand (may not exist in this form). The front 'Magnesium Oxide 400 mg' is the compound (FRONT_TRAP); the value is the STATED 241.3 mg per tablet (400 x 0.603 = 241.2). '2 tablets in a 24 hour period' is not the value. Drug Facts -> serving_count null.",
"""MEDI-FIRST®
Magnesium Oxide 400 mg | Antacid | 100 Tablets
Drug Facts
Active ingredient (in each tablet) | Purpose
Magnesium oxide 400 mg (241.3 mg elemental magnesium) | Antacid
Uses relieves • acid indigestion • upset stomach
Warnings
Ask a doctor if you have kidney disease
Ask a doctor or pharmacist before use if you are taking a prescription drug. Antacids may interact with certain prescription drugs.
Do not take more than 2 tablets in a 24 hour period or use the maximum dosage of this product for more than two weeks, except under the advice and supervision of a physician. May have a laxative effect.
Keep out of reach of children.
Directions Antacid directions: • take 1 tablet twice a day or as directed by a physician
Magnesium supplement directions: • take 1 to 2 tablets daily or as directed by a physician
Other information • magnesium content per tablet: 241.3 mg • store at room temperature 59°-86°F (15°-30°C)
Inactive ingredients colloidal silicon dioxide, croscarmellose sodium, microcrystalline cellulose, stearic acid""",
 el=241.3, forms=["oxide"], dv=None, sc=None)

add("df21_shopko_al_hydroxide_mg_carbonate_15_ml_statement_105", "en", "drug_facts",
 "Modelled on the Acid Gone antacid liquid on DailyMed (https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=3d353a92-92f1-4304-8895-31d39dccd88c: 'Active ingredient (in each 15mL tablespoonful) Aluminum hydroxide 95mg Magnesium carbonate 358mg', 'do not take more than 8 tablespoonfuls in 24 hours', 'each 15 mL tablespoonful contains: magnesium 105mg, sodium 39mg'; the end of the inactive list is set here), re-set under the Shopko store brand (may not exist in this form). TWO actives, ALUMINUM FIRST; the value is the STATED 105 mg per 15 mL (358 x 0.25-0.288 = 89.5-103.1; within 3 %). Aluminum 95 mg, sodium 39 mg and '8 tablespoonfuls' are not the value. Form carbonate (aluminum hydroxide is not a magnesium form). Drug Facts -> serving_count null.",
"""SHOPKO
Heartburn Relief Liquid | Aluminum Hydroxide / Magnesium Carbonate | Regular Strength | Mint | 12 FL OZ (355 mL)
Drug Facts
Active ingredients (in each 15 mL tablespoonful) | Purpose
Aluminum hydroxide 95 mg | Antacid
Magnesium carbonate 358 mg | Antacid
Uses relieves • heartburn • acid indigestion • sour stomach • upset stomach associated with these symptoms
Warnings
Ask a doctor before use if you have • kidney disease • a magnesium-restricted diet • a sodium-restricted diet
Ask a doctor or pharmacist before use if you are taking a prescription drug. Antacids may interact with certain prescription drugs.
When using this product • do not take more than 8 tablespoonfuls in 24 hours • do not use the maximum dosage for more than 2 weeks • laxative effect may occur
Keep out of reach of children.
Directions • shake well before use • adults and children 12 years and older: take 1 to 2 tablespoonfuls four times a day or as directed by a doctor • children under 12 years: ask a doctor • take after meals and at bedtime
Other information • each 15 mL tablespoonful contains: magnesium 105 mg, sodium 39 mg • store at up to 25°C (77°F) • avoid freezing • keep tightly closed
Inactive ingredients benzyl alcohol, D&C yellow no. 10, edetate disodium, FD&C blue no. 1, flavor, glycerin, purified water, saccharin sodium, sodium alginate, sorbitol solution""",
 el=105, forms=["carbonate"], dv=None, sc=None)

add("df21_thriftywhite_citrate_solution_no_mg_statement_computed_246", "en", "drug_facts",
 "Modelled on the cherry magnesium citrate oral solution of the CVS / Aaron Industries copy (https://www.drugs-library.com/drugs/magnesium-citrate_cfef38bd.html; the same text as the Good Neighbor copy on DailyMed, https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=6a1790ce-cb49-4100-88dd-1b66b282938c: 'Magnesium Citrate 1.745g per fl oz', '1/2 to 1 bottle (10 fl oz)', 'each fluid ounce contains: sodium 36 mg', NO magnesium statement), re-set under the Thrifty White store brand (may not exist in this form). No magnesium statement is printed, so COMPUTED per fl oz: 1,745 x 0.141 (the middle of the citrate range 0.12-0.162) = 246.0 mg, tol 15 (covers 209.4-282.7). Sodium 36 mg and the bottle dose are not the value. Drug Facts -> serving_count null.",
"""THRIFTY WHITE
Magnesium Citrate Oral Solution | Cherry Flavor | Saline Laxative | 10 FL OZ (296 mL)
Drug Facts
Active ingredient (in each fl oz) | Purpose
Magnesium citrate 1.745 g | Saline laxative
Uses • relieves occasional constipation (irregularity) • generally produces bowel movement in 1/2 to 6 hours
Warnings
Ask a doctor before use if you have • kidney disease • a magnesium-restricted diet • a sodium-restricted diet • stomach pain, nausea or vomiting • noticed a sudden change in bowel habits that lasts more than one week
Ask a doctor or pharmacist before use if you are presently taking a prescription drug
When using this product do not exceed the maximum recommended daily dosage in a 24 hour period
Keep this and all drugs out of the reach of children.
Directions
adults and children 12 years of age and older | 1/2 to 1 bottle (10 fl oz); drink a full 8 oz glass of liquid with each dose
children 6 to under 12 years of age | 1/3 to 1/2 bottle with a full 8 oz glass of liquid
children under 6 years of age | consult a doctor
Other information • each fluid ounce contains: sodium 36 mg • store at controlled room temperature • protect from excessive heat and freezing • discard unused product within 24 hours of opening bottle
Inactive ingredients blue 1, citric acid, flavors, purified water, red 40, saccharin sodium, sodium bicarbonate""",
 el=246.0, tol=15, forms=["citrate"], dv=None, sc=None)

# ===================================================================== Australia / Canada / UK
add("au21_australiannaturalcare_three_salts_one_equivalent_total_250", "en", "intl",
 "Modelled on an Australian NaturalCare magnesium tablet (Australia; the formula set here, may not match a current SKU; AUST L a placeholder): THREE COMPOUNDS WITHOUT per-compound figures and ONE 'Equivalent to magnesium 250 mg' line (orotate dihydrate 400 x 0.066 = 26.4; oxide-heavy 250 x 0.603 = 150.8; glycinate 500 x 0.10-0.141 = 50-70.5; sum 227.2-247.7, TOTAL_RANGE). The value is the stated total, 250 mg per tablet. No %, serving_count null (Australian convention).",
"""Australian NaturalCare
Magnesium Forte 250
Muscle & Nerve Support | 100 Tablets | AUST L 000000
Each tablet contains:
Magnesium orotate dihydrate 400 mg
Magnesium oxide - heavy 250 mg
Magnesium glycinate 500 mg
Equivalent to magnesium 250 mg
Directions: Adults – take 1 tablet daily with food, or as professionally prescribed.
Always read the label and follow the directions for use. If symptoms persist, talk to your health professional.""",
 el=250, forms=["orotate", "oxide", "glycinate"], dv=None, sc=None)

add("ca21_nulife_bilingual_cells_english_french_citrate_150", "en", "intl",
 "Modelled on a Nu-Life magnesium citrate tablet (Canada; the composition set here, may not match the current label; NPN a placeholder): a BILINGUAL TABLE, each cell in English and French, 'Medicinal Ingredients / Ingr\u00e9dients m\u00e9dicinaux | Each tablet / Chaque comprim\u00e9', 'Magnesium (magnesium citrate) / Magn\u00e9sium (citrate de magn\u00e9sium) | 150 mg'; 'Recommended dose: 1 tablet 2 times daily'. Per the stated unit (tablet) 150 mg; no %DV, serving_count null (Canadian convention); language en.",
"""NU-LIFE®
Magnesium Citrate 150 mg
Natural Health Product / Produit de santé naturel | 90 Tablets / Comprimés | NPN 80000000
Medicinal Ingredients / Ingrédients médicinaux | Each tablet / Chaque comprimé
Magnesium (magnesium citrate) / Magnésium (citrate de magnésium) | 150 mg
Non-medicinal ingredients / Ingrédients non médicinaux: microcrystalline cellulose / cellulose microcristalline; vegetable magnesium stearate / stéarate de magnésium végétal.
Recommended dose: Adults: 1 tablet 2 times daily with food. / Dose recommandée : Adultes : 1 comprimé 2 fois par jour avec des aliments.
Use / Usage: Helps in energy metabolism and tissue formation. / Aide au métabolisme énergétique et à la formation des tissus.""",
 el=150, forms=["citrate"], dv=None, sc=None)

add("uk21_cytoplan_mmol_and_of_which_from_rows_300", "en", "intl",
 "Modelled on a Cytoplan magnesium capsule (UK; the panel and amounts are set here and may not match a current SKU): MILLIMOLES beside the amount and two 'OF WHICH FROM' rows, 'Nutritional Information | Per 2 Capsules | %NRV*', 'Magnesium | 300 mg (12.3 mmol) | 80%' (300/375 = 80; 300/24.305 = 12.3), 'of which from magnesium citrate | 200 mg |', 'of which from magnesium bisglycinate | 100 mg |' (PARTS; not added to the total). Forms citrate, glycinate. 60 capsules / 2 = 30 (IMPLIED_SC).",
"""CYTOPLAN
Magnesium Citrate & Bisglycinate
Food Supplement | 60 Capsules
Nutritional Information | Per 2 Capsules | %NRV*
Magnesium | 300 mg (12.3 mmol) | 80%
of which from magnesium citrate | 200 mg |
of which from magnesium bisglycinate | 100 mg |
*NRV = Nutrient Reference Value
Ingredients: Magnesium citrate, magnesium bisglycinate, capsule shell (hydroxypropyl methylcellulose).
Directions: Take 2 capsules daily with food. Do not exceed the recommended daily intake.""",
 el=300, forms=["citrate", "glycinate"], dv=80, sc=30, _dvb=375)

# ===================================================================== topical
add("tp21_handcraft_magnesium_oil_spray_per_spray_13", "en", "topical",
 "Modelled on a Handcraft magnesium oil spray (US; the content line and amounts are set here and may not match the current label): 'Magnesium Content: approx. 13 mg of elemental magnesium per spray (0.13 mL)' (a chloride brine of about 100 mg Mg per mL); the '10-20 sprays' direction and the 8 fl oz bottle are not the value. Per the stated unit (1 spray) 13 mg; topical -> no %, serving_count null.",
"""HANDCRAFT
Magnesium Oil Spray
Pure Magnesium Chloride Brine | For external use only | 8 fl oz (236 mL)
Magnesium Content: approx. 13 mg of elemental magnesium per spray (0.13 mL).
Ingredients: Magnesium chloride hexahydrate, purified water.
Directions: Spray 10-20 times onto arms, legs and abdomen and massage into the skin. A tingling sensation may occur. Rinse off after 20-30 minutes if desired. Avoid eyes and broken skin. Do not ingest. Keep out of reach of children.""",
 el=13, forms=["chloride"], dv=None, sc=None)

# ===================================================================== negatives (English)
add("ng21_herbpharm_magnolia_bark_extract_no_magnesium_word", "en", "negative",
 "Modelled on a Herb Pharm liquid herbal extract (US; the blend and panel set here, may not exist in this form): a SLEEP product with the LOOK-ALIKE WORD 'Magnolia' ('Magnolia (Magnolia officinalis) bark' in a proprietary extract blend); the label NEVER NAMES MAGNESIUM -> no_magnesium. 'Servings Per Container approx. 43' (30 mL / 0.7 mL) printed.",
"""HERB PHARM®
Relaxed Sleep
Magnolia Bark & Passionflower | Liquid Herbal Extract | 1 fl oz (30 mL)
Supplement Facts
Serving Size 0.7 mL (approx. 28 drops)
Servings Per Container approx. 43
 | Amount Per Serving |
Proprietary Extract Blend | 0.7 mL | †
Magnolia (Magnolia officinalis) bark, passionflower (Passiflora incarnata) flowering herb, skullcap (Scutellaria lateriflora) flowering herb.
† Daily Value not established.
Other Ingredients: Certified organic cane alcohol (55-65 %), distilled water, vegetable glycerin.
Suggested Use: Shake well. Add 0.7 mL to a little water, 30 minutes before bedtime.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=43)

add("ng21_bigy_docusate_sennosides_laxative_magnesium_stearate", "en", "negative",
 "Modelled on the usual docusate sodium 50 mg / sennosides 8.6 mg stool softener plus stimulant laxative tablet (Drug Facts as remembered; no page consulted), re-set under the Big Y store brand (may not exist in this form): a LAXATIVE Drug Facts, the magnesium laxatives' class, with no magnesium active; magnesium only as 'magnesium stearate' in the inactive ingredients -> no_magnesium. Drug Facts negative -> serving_count null.",
"""BIG Y
Stool Softener Plus Stimulant Laxative | Docusate Sodium 50 mg / Sennosides 8.6 mg | 60 Tablets
Drug Facts
Active ingredients (in each tablet) | Purposes
Docusate sodium 50 mg | Stool softener
Sennosides 8.6 mg | Stimulant laxative
Uses • relieves occasional constipation (irregularity) • generally produces bowel movement in 6 to 12 hours
Warnings
Do not use • laxative products for longer than 1 week unless told to by a doctor • if you are presently taking mineral oil, unless told to by a doctor
Ask a doctor before use if you have • stomach pain • nausea • vomiting • noticed a sudden change in bowel habits that lasts over 2 weeks
Keep out of reach of children.
Directions • take preferably at bedtime or as directed by a doctor
adults and children 12 years of age and older | take 2-4 tablets once a day
children 6 to under 12 years | take 1-2 tablets once a day
children 2 to under 6 years | take up to 1 tablet once a day
children under 2 years | ask a doctor
Other information • store at room temperature
Inactive ingredients colloidal silicon dioxide, croscarmellose sodium, dicalcium phosphate, hypromellose, magnesium stearate, microcrystalline cellulose, polyethylene glycol, sodium benzoate, titanium dioxide""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=None)

add("ng21_ostelin_au_calcium_carbonate_vitamin_d_magnesium_stearate", "en", "negative",
 "Modelled on an Ostelin calcium + vitamin D3 tablet (Australia; the formula set here, may not match a current SKU; AUST L a placeholder): ANOTHER MINERAL'S 'equivalent to' line, 'Calcium carbonate 1.5 g (equivalent to calcium 600 mg)', and colecalciferol; magnesium only as the excipient 'magnesium stearate' -> no_magnesium. Australian convention: serving_count null.",
"""Ostelin
Calcium & Vitamin D3
Bone Health | 60 Tablets | AUST L 000000
Each tablet contains:
Colecalciferol (vitamin D3) 25 micrograms (1000 IU)
Calcium carbonate 1.5 g (equivalent to calcium 600 mg)
Excipients: microcrystalline cellulose, croscarmellose sodium, magnesium stearate, hypromellose.
Directions: Adults – take 1 tablet daily with food, or as directed by your healthcare professional.
Always read the label and follow the directions for use.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=None)
