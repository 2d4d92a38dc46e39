# Label sources, part US (blind set 19): US Supplement Facts panels, multivitamins, a Supplement Facts powder, a liquid
# supplement, OTC Drug Facts, Australia / Canada / UK, an English topical and the two English negatives. The EU labels and the
# Spanish, Swedish and Romanian negatives are in labels_eu.py, which imports add/L from here.
# Same format as bench/blindset18/labels_us.py: table cells are separated by " | "; a line ending in " |" is a table row whose
# remaining cells are empty. Keys starting with "_" are private to the checker (check_set.py) and are not written to
# expected.jsonl:
#   _dvb = the DV base the printed %DV was computed from (default 420 for en, 375 for EU languages; the UK label sets 375, the
#          prenatal 400).
L = []
def add(id, lang, kind, note, text, status="ok", el=None, tol=2, forms=(), dv=None, sc=None, **extra):
    d = dict(id=id, lang=lang, kind=kind, source_note=note, status=status, elemental_mg=el,
             elemental_tol_pct=tol, forms=list(forms), percent_dv=dv, serving_count=sc, _text=text)
    d.update(extra); L.append(d)

# ===================================================================== US Supplement Facts
add("us19_purelyoptimal_compound_and_elemental_columns_threonate_144", "en", "us_supplement",
 "Modelled on a Purely Optimal magnesium L-threonate capsule (US; the product and panel set here, may not exist in this form): the COMPOUND AND THE ELEMENT IN SEPARATE COLUMNS, ' | Compound | Elemental Magnesium | % DV', 'Magnesium L-Threonate (Magtein\u00ae) | 2,000 mg | 144 mg | 34%' (2,000 x 0.072 = 144; 144/420 = 34.3). The value is the elemental column (144 mg); 2,000 mg is the compound. 90 capsules / 3 = 30 (printed).",
"""PURELY OPTIMAL
Magnesium L-Threonate 2,000 mg
Magtein® | Dietary Supplement | 90 Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 30
 | Compound | Elemental Magnesium | % DV
Magnesium L-Threonate (Magtein®) | 2,000 mg | 144 mg | 34%
Other Ingredients: Hypromellose (vegetable capsule), rice flour.
Suggested Use: Take 3 capsules daily, 1 in the morning and 2 in the evening, or as directed by your healthcare practitioner.""",
 el=144, forms=["threonate"], dv=34, sc=30)

add("us19_leslabs_unit_in_header_mg_bare_amounts_bisglycinate_200", "en", "us_supplement",
 "Modelled on a LES Labs magnesium capsule (US; the product and panel set here, may not exist in this form): the UNIT IN THE COLUMN HEADER, ' | Amount Per Serving (mg) | % Daily Value', and BARE NUMBERS in the rows, 'Magnesium (as magnesium bisglycinate chelate) | 200 | 48%' (200/420 = 47.6) and 'Vitamin B6 (as pyridoxal 5\u2019-phosphate) | 5 | 294%' (5/1.7). The B6 'phosphate' is not a magnesium form. 120 capsules / 2 = 60 (printed).",
"""LES LABS
Magnesium Bisglycinate + P5P
Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
 | Amount Per Serving (mg) | % Daily Value
Magnesium (as magnesium bisglycinate chelate) | 200 | 48%
Vitamin B6 (as pyridoxal 5'-phosphate) | 5 | 294%
Other Ingredients: Hypromellose (capsule), microcrystalline cellulose.
Suggested Use: Take 2 capsules daily with a meal.""",
 el=200, forms=["glycinate"], dv=48, sc=60)

add("us19_schiff_dv_with_double_star_marks_oxide_250", "en", "us_supplement",
 "Modelled on a Schiff magnesium tablet (US; the product and panel set here, may not match a current SKU): each %DV carries a DOUBLE-STAR MARK, '% Daily Value**' and 'Magnesium (as magnesium oxide) | 250 mg | 60%**' (250/420 = 59.5), 'Zinc (as zinc oxide) | 5 mg | 45%**' (5/11 = 45.5 -> 45), '** Percent Daily Values are based on a 2,000 calorie diet.' The zinc oxide is not a magnesium form. 90 tablets, 1 a day, 90 servings (printed).",
"""SCHIFF®
Magnesium 250 mg with Zinc
Dietary Supplement | 90 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 90
 | Amount Per Serving | % Daily Value**
Magnesium (as magnesium oxide) | 250 mg | 60%**
Zinc (as zinc oxide) | 5 mg | 45%**
** Percent Daily Values are based on a 2,000 calorie diet.
Other Ingredients: Cellulose, croscarmellose sodium, stearic acid, silica, hypromellose coating.
Suggested Use: Adults take one tablet daily with a meal.""",
 el=250, forms=["oxide"], dv=60, sc=90)

add("us19_ancientnutrition_source_clause_on_line_beneath_row_300", "en", "us_supplement",
 "Modelled on an Ancient Nutrition magnesium capsule (US; the product and panel set here, may not exist in this form): the magnesium row names NO SOURCE, 'Magnesium | 300 mg | 71%' (300/420 = 71.4), and the conjunction-joined source list stands on the LINE BENEATH it, 'as magnesium citrate and magnesium malate'; two herbal rows follow with '\u2020'. Forms citrate, malate. 90 capsules / 3 = 30 (printed).",
"""ANCIENT NUTRITION
Magnesium Complex + Adaptogens
Dietary Supplement | 90 Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium | 300 mg | 71%
as magnesium citrate and magnesium malate
Organic Ashwagandha (root) | 250 mg | †
Fermented Ginger (root) | 100 mg | †
† Daily Value not established.
Other Ingredients: Pullulan (capsule), rice hull concentrate.
Suggested Use: Take 3 capsules daily with or without food.""",
 el=300, forms=["citrate", "malate"], dv=71, sc=30)

add("us19_naturalstacks_double_dagger_footnote_sources_150", "en", "us_supplement",
 "Modelled on Natural Stacks MagTech\u00ae (US; the amounts and panel set here, may not match the current label): a DOUBLE-DAGGER MARK on the nutrient name, 'Magnesium\u2021 | 150 mg | 36%' (150/420 = 35.7), with the sources in the FOOTNOTE, '\u2021 from magnesium L-threonate (Magtein\u00ae), magnesium glycinate and magnesium taurate'. Forms threonate, glycinate, taurate. 90 capsules / 3 = 30 (printed).",
"""NATURAL STACKS
MagTech® | Magnesium Complex
Dietary Supplement | 90 Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium‡ | 150 mg | 36%
‡ from magnesium L-threonate (Magtein®), magnesium glycinate and magnesium taurate
Other Ingredients: Vegetable cellulose (capsule), organic rice hull.
Suggested Use: Take 3 capsules daily, preferably 1 hour before bedtime.""",
 el=150, forms=["threonate", "glycinate", "taurate"], dv=36, sc=30)

add("us19_onnit_acetyl_taurate_from_1470mg_compound_100", "en", "us_supplement",
 "Modelled on an Onnit magnesium capsule (US; the acetyl-taurate product and panel are set here and may not exist in this form): 'Magnesium (from 1,470 mg magnesium acetyl taurate [ATA Mg\u00ae]) | 100 mg | 24%' (1,470 x 0.068 = 100.0; 100/420 = 23.8). 1,470 mg is the compound. First acetyl taurate of these recent sets. 60 capsules / 2 = 30 (printed).",
"""ONNIT
Magnesium ATA
Acetyl Taurate | Dietary Supplement | 60 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium (from 1,470 mg magnesium acetyl taurate [ATA Mg®]) | 100 mg | 24%
Other Ingredients: Hypromellose (capsule), microcrystalline cellulose.
Suggested Use: Take 2 capsules daily, in the evening.""",
 el=100, forms=["acetyl_taurate"], dv=24, sc=30)

add("us19_kaged_orotate_compound_inside_source_parens_per_3_capsules_100", "en", "us_supplement",
 "Modelled on a Kaged magnesium capsule (US; the orotate product and panel are set here and may not exist in this form): the compound weight INSIDE the source parentheses, 'Magnesium (as magnesium orotate 1,500 mg) | 100 mg | 24%' (1,500 x 0.066-0.073 = 99-110; 100/420 = 23.8), header 'Amount Per 3 Capsules'. 1,500 mg is the compound. 90 capsules / 3 = 30 (printed).",
"""KAGED
Magnesium Orotate
Dietary Supplement | 90 Veggie Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 30
 | Amount Per 3 Capsules | % DV
Magnesium (as magnesium orotate 1,500 mg) | 100 mg | 24%
Other Ingredients: Hypromellose, rice flour.
Directions: Take 3 capsules daily with water.""",
 el=100, forms=["orotate"], dv=24, sc=30)

add("us19_amymyers_lactate_dihydrate_two_caplets_168", "en", "us_supplement",
 "Modelled on an Amy Myers MD magnesium product (US; the lactate caplet and panel are set here and may not exist in this form): 'Serving Size 2 Caplets', 'Magnesium (as magnesium L-lactate dihydrate) | 168 mg | 40%' (168/420 = 40.0); directions 'twice daily' do not redefine the serving. 90 caplets / 2 = 45 (printed).",
"""AMY MYERS MD®
Magnesium Lactate SR
Extended Release | Dietary Supplement | 90 Caplets
Supplement Facts
Serving Size 2 Caplets
Servings Per Container 45
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium L-lactate dihydrate) | 168 mg | 40%
Other Ingredients: Hypromellose, microcrystalline cellulose, vegetable stearic acid.
Suggested Use: Take 2 caplets twice daily with meals, or as directed by your healthcare professional.""",
 el=168, forms=["lactate"], dv=40, sc=45)

add("us19_eunatural_calcium_first_chloride_hexahydrate_128", "en", "us_supplement",
 "Modelled on an Eu Natural magnesium tablet (US; the product and panel set here, may not exist in this form; the chloride + calcium pairing as on slow-release chloride tablets): CALCIUM FIRST, 'Calcium (as calcium carbonate) | 212 mg | 16%' (212/1,300), then 'Magnesium (as magnesium chloride hexahydrate) | 128 mg | 30%' (2 x 535 mg x 0.12 = 128.4; 128/420 = 30.5 -> 30). Form chloride; calcium carbonate is not a magnesium form. 60 tablets / 2 = 30 (printed).",
"""EU NATURAL
Magnesium Chloride + Calcium
Slow Release | Dietary Supplement | 60 Tablets
Supplement Facts
Serving Size 2 Tablets
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Calcium (as calcium carbonate) | 212 mg | 16%
Magnesium (as magnesium chloride hexahydrate) | 128 mg | 30%
Other Ingredients: Hypromellose, microcrystalline cellulose, carnauba wax.
Suggested Use: Take 2 tablets daily with food. Swallow whole; do not crush or chew.""",
 el=128, forms=["chloride"], dv=30, sc=30)

add("us19_wellah_dimagnesium_phosphate_phosphorus_row_100", "en", "us_supplement",
 "Modelled on a Wellah magnesium product (US; the phosphate capsule and panel are set here and may not exist in this form): 'Magnesium (as dimagnesium phosphate) | 100 mg | 24%' (100/420 = 23.8) and a second row from the SAME COMPOUND, 'Phosphorus (as dimagnesium phosphate) | 127 mg | 10%' (100 x 30.97/24.31 = 127; 127/1,250 = 10.2). The phosphorus figure is not the value. First phosphate of these recent sets. 60 capsules / 2 = 30 (printed).",
"""WELLAH
Magnesium Phosphate
Dietary Supplement | 60 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium (as dimagnesium phosphate) | 100 mg | 24%
Phosphorus (as dimagnesium phosphate) | 127 mg | 10%
Other Ingredients: Hypromellose (capsule), rice flour.
Suggested Use: Take 2 capsules daily with food.""",
 el=100, forms=["phosphate"], dv=24, sc=30)

add("us19_lunakai_amount_per_2_gummies_sugar_rows_citrate_90", "en", "us_supplement",
 "Modelled on a Lunakai sleep gummy (US; the magnesium gummy and panel are set here and may not exist in this form): 'Serving Size 2 Gummies', header 'Amount per 2 gummies', calorie and sugar rows first ('Includes 3 g Added Sugars | | 6%*'), then 'Magnesium (as magnesium citrate) | 90 mg | 21%' (90/420 = 21.4) and 'Melatonin | 1 mg | \u2020'. 60 gummies / 2 = 30 (printed).",
"""LUNAKAI
Sleep Gummies | Magnesium + Melatonin
Berry | Dietary Supplement | 60 Gummies
Supplement Facts
Serving Size 2 Gummies
Servings Per Container 30
 | Amount per 2 gummies | % Daily Value
Calories | 15 |
Total Carbohydrate | 4 g | 1%*
Total Sugars | 3 g |
Includes 3 g Added Sugars | | 6%*
Magnesium (as magnesium citrate) | 90 mg | 21%
Melatonin | 1 mg | †
* Percent Daily Values are based on a 2,000 calorie diet. † Daily Value not established.
Other Ingredients: Tapioca syrup, cane sugar, water, pectin, citric acid, natural flavors, vegetable juice (color).
Suggested Use: Chew 2 gummies 30 minutes before bedtime.""",
 el=90, forms=["citrate"], dv=21, sc=30)

add("us19_nutriflair_abbreviated_header_buffered_glycinate_oxide_200", "en", "us_supplement",
 "Modelled on a Nutriflair magnesium glycinate capsule (US; the panel set here, may not match a current SKU): an ABBREVIATED header ' | Amt Per Serving | %DV' and a BUFFERED source, 'Magnesium (as magnesium bisglycinate chelate, buffered with magnesium oxide) | 200 mg | 48%' (200/420 = 47.6). Forms glycinate and oxide (the label names the oxide). 120 capsules / 2 = 60 (printed).",
"""NUTRIFLAIR
Magnesium Glycinate 200 mg
Buffered | Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
 | Amt Per Serving | %DV
Magnesium (as magnesium bisglycinate chelate, buffered with magnesium oxide) | 200 mg | 48%
Other Ingredients: Vegetable cellulose (capsule), rice flour.
Suggested Use: Take 2 capsules per day with water.""",
 el=200, forms=["glycinate", "oxide"], dv=48, sc=60)

add("us19_enzymedica_amount_and_dv_in_one_cell_4_capsules_300", "en", "us_supplement",
 "Modelled on an Enzymedica magnesium product (US; the 4-capsule glycinate panel is set here and may not exist in this form): the AMOUNT AND THE %DV IN ONE CELL, header ' | Amount Per Serving (% DV)', 'Magnesium (as magnesium glycinate) | 300 mg (71%)' (300/420 = 71.4) and 'Vitamin B6 (as pyridoxine HCl) | 2 mg (118%)' (2/1.7). 'Serving Size 4 Capsules', 120 capsules / 4 = 30 (printed).",
"""ENZYMEDICA®
Magnesium Glycinate
Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size 4 Capsules
Servings Per Container 30
 | Amount Per Serving (% DV)
Magnesium (as magnesium glycinate) | 300 mg (71%)
Vitamin B6 (as pyridoxine HCl) | 2 mg (118%)
Other Ingredients: Hypromellose, water.
Suggested Use: Take 4 capsules daily, two with dinner and two before bed.""",
 el=300, forms=["glycinate"], dv=71, sc=30)

add("us19_gaiaherbs_proprietary_blend_row_below_magnesium_40", "en", "us_supplement",
 "Modelled on a Gaia Herbs sleep formula (US; the magnesium row, blend and amounts are set here and may not match a current SKU): a small magnesium row, 'Magnesium (as magnesium citrate) | 40 mg | 10%' (40/420 = 9.5), above a 'Proprietary Blend | 400 mg | \u2020' whose herbs are listed on the following lines without amounts. 'Serving Size 2 Liquid Phyto-Caps\u00ae'. 60 / 2 = 30 (printed).",
"""GAIA HERBS®
SleepThru® with Magnesium
Dietary Supplement | 60 Vegan Liquid Phyto-Caps®
Supplement Facts
Serving Size 2 Liquid Phyto-Caps®
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium citrate) | 40 mg | 10%
Proprietary Blend | 400 mg | †
Ashwagandha root, Magnolia bark, Passionflower herb, Jujube seed, Wild oats milky seed
† Daily Value not established.
Other Ingredients: Vegan capsule (hypromellose), organic extra virgin olive oil.
Suggested Use: Take 2 capsules 30 minutes before bedtime.""",
 el=40, forms=["citrate"], dv=10, sc=30)

add("us19_legion_total_magnesium_then_two_from_rows_350", "en", "us_supplement",
 "Modelled on a Legion Athletics magnesium capsule (US; the product and panel set here, may not exist in this form): a TOTAL row then two 'from' PART rows without %DV, 'Total Magnesium | 350 mg | 83%' (350/420 = 83.3), 'from Magnesium Glycinate | 200 mg |', 'from Magnesium Malate | 150 mg |'. The parts make up the total and are not added to it (PARTS). Forms glycinate, malate. 90 capsules / 3 = 30 (printed).",
"""LEGION
Magnesium Glycinate + Malate
Dietary Supplement | 90 Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Total Magnesium | 350 mg | 83%
from Magnesium Glycinate | 200 mg |
from Magnesium Malate | 150 mg |
Other Ingredients: Hypromellose (capsule), rice flour.
Suggested Use: Take 3 capsules daily, with or without food.""",
 el=350, forms=["glycinate", "malate"], dv=83, sc=30)

# ===================================================================== multivitamins
add("mv19_21stcentury_senior_multi_oxide_50_potassium_chloride", "en", "multivitamin",
 "Modelled on a 21st Century senior multivitamin (US; the panel is set here and shortened, may not match a current SKU): many rows, 'Calcium (as calcium carbonate) 220 mg 17%', 'Magnesium (as magnesium oxide) 50 mg 12%' (50/420 = 11.9), 'Zinc (as zinc oxide) 11 mg 100%', 'Potassium (as potassium chloride) 80 mg 2%'; magnesium stearate among the other ingredients. Form oxide only (zinc oxide, potassium chloride and the stearate are not magnesium sources). 125 tablets, 125 servings (printed).",
"""21st Century®
Sentry® Senior Multivitamin/Multimineral
Adults 50+ | Dietary Supplement | 125 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 125
 | Amount Per Serving | % Daily Value
Vitamin A (as retinyl acetate and beta-carotene) | 750 mcg | 83%
Vitamin C (as ascorbic acid) | 90 mg | 100%
Vitamin D3 (as cholecalciferol) | 25 mcg (1,000 IU) | 125%
Vitamin B12 (as cyanocobalamin) | 25 mcg | 1,042%
Calcium (as calcium carbonate) | 220 mg | 17%
Magnesium (as magnesium oxide) | 50 mg | 12%
Zinc (as zinc oxide) | 11 mg | 100%
Potassium (as potassium chloride) | 80 mg | 2%
Other Ingredients: Microcrystalline cellulose, croscarmellose sodium, hypromellose, magnesium stearate, silicon dioxide.
Suggested Use: Adults take one tablet daily with food.""",
 el=50, forms=["oxide"], dv=12, sc=125)

add("mv19_hims_multi_two_capsules_citrate_25", "en", "multivitamin",
 "Modelled on a hims multivitamin (US; the product and panel set here, may not exist in this form): a small magnesium row in a two-capsule multi, 'Magnesium (as magnesium citrate) | 25 mg | 6%' (25/420 = 6.0), beside zinc citrate and selenium rows. Zinc citrate is not a magnesium form. 60 capsules / 2 = 30 (printed).",
"""hims
Daily Multivitamin for Men
Dietary Supplement | 60 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Vitamin D3 (as cholecalciferol) | 50 mcg (2,000 IU) | 250%
Vitamin K2 (as menaquinone-7) | 90 mcg | 75%
Folate | 400 mcg DFE | 100%
Magnesium (as magnesium citrate) | 25 mg | 6%
Zinc (as zinc citrate) | 11 mg | 100%
Selenium (as L-selenomethionine) | 55 mcg | 100%
Other Ingredients: Hypromellose (capsule), microcrystalline cellulose.
Suggested Use: Take 2 capsules daily with a meal.""",
 el=25, forms=["citrate"], dv=6, sc=30)

add("mv19_drformulated_prenatal_pregnant_lactating_header_citrate_100", "en", "multivitamin",
 "Modelled on a Dr. Formulated prenatal (Garden of Life; the panel is set here and shortened, may not match a current SKU): the %DV header names PREGNANT AND LACTATING WOMEN ('% Daily Value for Pregnant and Lactating Women'), so DV base 400: 'Magnesium (as magnesium citrate) | 100 mg | 25%' (100/400 = 25.0; on 420 it would be 24). Ferrous bisglycinate is iron, not a magnesium form. 90 tablets / 3 = 30 (printed).",
"""Dr. Formulated
Prenatal Multi
Whole Food Multivitamin | Dietary Supplement | 90 Tablets
Supplement Facts
Serving Size 3 Tablets
Servings Per Container 30
 | Amount Per Serving | % Daily Value for Pregnant and Lactating Women
Folate | 1,360 mcg DFE (800 mcg folic acid) | 227%
Iodine (as potassium iodide) | 150 mcg | 52%
Iron (as ferrous bisglycinate) | 27 mg | 100%
Magnesium (as magnesium citrate) | 100 mg | 25%
Other Ingredients: Organic fruit and vegetable blend, cellulose, silica.
Suggested Use: Take 3 tablets daily with food. Tablets may be taken at the same time or throughout the day.""",
 el=100, forms=["citrate"], dv=25, sc=30, _dvb=400)

# ===================================================================== powder / liquid
add("pw19_perfectketo_stick_pack_dimagnesium_malate_sodium_chloride_200", "en", "powder",
 "Modelled on a Perfect Keto electrolyte powder (US; the flavour, panel and amounts are set here and may not match a current SKU): 'Serving Size 1 Stick Pack (5 g)', 'Servings Per Container 20', 'Sodium (as sodium chloride) | 100 mg | 4%', 'Potassium (as potassium citrate) | 200 mg | 4%', 'Magnesium (as di-magnesium malate) | 200 mg | 48%' (200/420 = 47.6). Form malate; sodium chloride and potassium citrate are not magnesium forms.",
"""PERFECT KETO
Electrolytes + Magnesium Drink Mix
Raspberry Lemonade | Dietary Supplement | 20 Stick Packs
Supplement Facts
Serving Size 1 Stick Pack (5 g)
Servings Per Container 20
 | Amount Per Serving | % Daily Value
Calories | 5 |
Sodium (as sodium chloride) | 100 mg | 4%
Potassium (as potassium citrate) | 200 mg | 4%
Magnesium (as di-magnesium malate) | 200 mg | 48%
Other Ingredients: Citric acid, natural flavors, stevia leaf extract, beet root powder (color).
Directions: Mix 1 stick pack with 12-16 oz of water. Use 1-2 times daily.""",
 el=200, forms=["malate"], dv=48, sc=20)

add("lq19_globalhealing_liquid_per_tablespoon_about_32_citrate_300", "en", "liquid",
 "Modelled on a Global Healing liquid magnesium (US; the product and panel set here, may not exist in this form): 'Serving Size 1 Tablespoon (15 mL)', 'Servings Per Container About 32' (473 mL / 15 = 31.5, rounded), 'Magnesium (as magnesium citrate) | 300 mg | 71%' (300/420 = 71.4). 'About 32' -> 32.",
"""GLOBAL HEALING
Magnesium Citrate Liquid
Orange | Dietary Supplement | 16 fl oz (473 mL)
Supplement Facts
Serving Size 1 Tablespoon (15 mL)
Servings Per Container About 32
 | Amount Per Serving | % Daily Value
Calories | 10 |
Total Carbohydrate | 2 g | <1%*
Magnesium (as magnesium citrate) | 300 mg | 71%
* Percent Daily Values are based on a 2,000 calorie diet.
Other Ingredients: Purified water, citric acid, glycerin, natural orange flavor, potassium sorbate.
Suggested Use: Shake well. Take 1 tablespoon daily, mixed in water or juice. Refrigerate after opening.""",
 el=300, forms=["citrate"], dv=71, sc=32)

# ===================================================================== Drug Facts
add("df19_foodcity_milk_of_magnesia_15ml_statement_500_sodium_6", "en", "drug_facts",
 "Modelled on the milk of magnesia Drug Facts on DailyMed and its copies (Geri-Care cherry, https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=31a6e88e-765b-75bf-e063-6294a90a5888&version=1: 'Active ingredient (in each 15 mL tablespoonful) Magnesium hydroxide 1200 mg', 'each 15 mL tablespoonful contains: magnesium 500 mg, sodium 6 mg'; dose table as on the Family Dollar copy, https://otclabels.com/lib/otc/otc-meds/milk-of-magnesia-33/), re-set under the Food City (K-VA-T) store brand (may not exist in this form). Per 15 mL the STATED 500 mg (1,200 x 0.417 = 500.4); sodium 6 mg and the 30-60 mL dose are not the value. Drug Facts -> serving_count null.",
"""FOOD CITY
Milk of Magnesia | Saline Laxative | Cherry | 12 FL OZ (355 mL)
Drug Facts
Active ingredient (in each 15 mL tablespoonful) | Purpose
Magnesium hydroxide 1200 mg | Saline laxative
Uses • relieves occasional constipation (irregularity) • generally produces bowel movement in 1/2 to 6 hours
Warnings
Ask a doctor before use if you have • kidney disease • a magnesium-restricted diet • stomach pain, nausea, or vomiting • a sudden change in bowel habits that lasts over 14 days
Ask a doctor or pharmacist before use if you are taking a prescription drug. This product may interact with certain prescription drugs.
Stop use and ask a doctor if • you have rectal bleeding or no bowel movement after using this product • you need to use a laxative for more than 1 week
Keep out of reach of children.
Directions • shake well before use • do not exceed the maximum recommended daily dose in a 24 hour period • drink a full glass (8 oz) of liquid with each dose
age | dose
adults and children 12 years and older | 30 mL to 60 mL
children 6 to 11 years | 15 mL to 30 mL
children under 6 years | ask a doctor
Other information • each 15 mL tablespoonful contains: magnesium 500 mg, sodium 6 mg • store at room temperature and avoid freezing
Inactive ingredients carboxymethylcellulose sodium, citric acid, D&C red no. 28, flavor, glycerin, microcrystalline cellulose, purified water, sodium citrate, sodium hypochlorite, sucrose, xanthan gum""",
 el=500, forms=["hydroxide"], dv=None, sc=None)

add("df19_pricechopper_famotidine_calcium_carbonate_mg_hydroxide_computed", "en", "drug_facts",
 "Modelled on the famotidine 10 mg / calcium carbonate 800 mg / magnesium hydroxide 165 mg chewable on DailyMed (Rite Aid, https://dailymed-beta.nlm.nih.gov/dailymed/drugInfo.cfm?setid=5490abe2-11f0-45a8-aefa-f70263ff1da8; Pepcid Complete, https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=e874118f-b4fe-4c80-aece-99ea20e7e805), re-set under the Price Chopper store brand (may not exist in this form). THREE actives, magnesium LAST; no magnesium statement is printed (the excerpts seen show none), so COMPUTED per chewable tablet: 165 x 0.417 = 68.8 mg, tol 5. The famotidine and calcium figures and '2 tablets in 24 hours' are not the value. Drug Facts -> serving_count null.",
"""PRICE CHOPPER
Acid Reducer + Antacid | Famotidine, Calcium Carbonate and Magnesium Hydroxide Chewable Tablets | Mint | 25 Chewable Tablets
Drug Facts
Active ingredients (in each chewable tablet) | Purposes
Famotidine 10 mg | Acid reducer
Calcium carbonate 800 mg | Antacid
Magnesium hydroxide 165 mg | Antacid
Use relieves heartburn associated with acid indigestion and sour stomach
Warnings
Allergy alert: Do not use if you are allergic to famotidine or other acid reducers
Do not use • if you have trouble or pain swallowing food, vomiting with blood, or bloody or black stools • with other acid reducers
Ask a doctor before use if you have • had heartburn over 3 months • frequent chest pain • kidney disease
Ask a doctor or pharmacist before use if you are taking a prescription drug. Antacids may interact with certain prescription drugs.
Keep out of reach of children.
Directions • adults and children 12 years and over: do not swallow tablet whole; chew completely • to relieve symptoms, chew 1 tablet before swallowing • do not use more than 2 chewable tablets in 24 hours • children under 12 years: ask a doctor
Other information • read the directions and warnings before use • store at 20-25°C (68-77°F) • protect from moisture
Inactive ingredients cellulose acetate, corn starch, dextrates, flavor, hypromellose, magnesium stearate, maltodextrin, sugar""",
 el=68.8, tol=5, forms=["hydroxide"], dv=None, sc=None)

add("df19_marcs_magnesium_oxide_400_elemental_241_3_in_parentheses", "en", "drug_facts",
 "Modelled on the magnesium oxide 400 mg antacid tablet on DailyMed (Spirit, https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=395601f7-a8e8-48d8-b1e0-7fad496ef461&audience=consumer: 'Magnesium Oxide 400mg (241.3mg elemental magnesium)', 'take 1 tablet twice a day', 'Magnesium content per tablet: 241.3mg'; also Method, https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=f98cac25-63f2-478e-b785-20cba1c56565), re-set under the Marc's store brand (may not exist in this form). The elemental figure with a DECIMAL, 241.3 mg per tablet (400 x 0.603 = 241.2), given in the active's parentheses and again as 'Magnesium content per tablet'. Drug Facts -> serving_count null.",
"""MARC'S
Magnesium Oxide 400 mg | Antacid | 120 Tablets
Drug Facts
Active ingredient (in each tablet) | Purpose
Magnesium Oxide 400 mg (241.3 mg Elemental Magnesium) | Antacid
Uses relieves • acid indigestion • upset stomach
Warnings
Ask a doctor before use if you have kidney disease
Ask a doctor or pharmacist before use if you are taking a prescription drug. Antacids may interact with certain prescription drugs.
Do not take more than 2 tablets in a 24 hour period or use the maximum dosage of this product for more than two weeks, except under the advice and supervision of a physician. May have a laxative effect.
Keep out of reach of children.
Directions • take 1 tablet twice a day or as directed by a physician
Other information • Magnesium content per tablet: 241.3 mg • store at room temperature 59°-86°F (15°-30°C)
Inactive ingredients colloidal silicon dioxide, croscarmellose sodium, microcrystalline cellulose, stearic acid""",
 el=241.3, forms=["oxide"], dv=None, sc=None)

add("df19_ingles_milk_of_magnesia_calcium_20_and_magnesium_535", "en", "drug_facts",
 "Modelled on the milk of magnesia on DailyMed (Aurohealth, https://dailymed.nlm.nih.gov/dailymed/fda/fdaDrugXsl.cfm?setid=7f7f66eb-71b6-4002-84c8-48d687044664&type=display: 'Active ingredient (in each 15 mL Tablespoon) Magnesium hydroxide USP 1200 mg', '30 mL (2 TBSP) to 60 mL (4 TBSP)', 'each tablespoon (15 mL) contains : calcium 20 mg and magnesium 535 mg'), re-set under the Ingles store brand (may not exist in this form). The statement names CALCIUM FIRST; the value is the STATED magnesium 535 mg per tablespoon, kept as printed although 1,200 mg hydroxide gives 500 mg (FRACTION_EXCEPTIONS, as the real label prints it). Calcium 20 mg is not the value. Drug Facts -> serving_count null.",
"""INGLES
Milk of Magnesia | Original | Saline Laxative | 26 FL OZ (769 mL)
Drug Facts
Active ingredient (in each 15 mL Tablespoon) | Purpose
Magnesium hydroxide USP 1200 mg | Saline laxative
Use relieves occasional constipation (irregularity). This product usually produces bowel movement in ½ to 6 hours.
Warnings
Ask a doctor before use if you have • kidney disease • a magnesium-restricted diet • stomach pain, nausea, or vomiting • a sudden change in bowel habits that lasts over 14 days
Ask a doctor or pharmacist before use if you are taking a prescription drug. This product may interact with certain prescription drugs.
Keep out of reach of children.
Directions • do not exceed the maximum recommended daily dose in a 24 hour period • shake well before use • for accurate dosing, only use the dosing cup provided • TBSP = Tablespoon, mL = milliliter
age | dose
adults and children 12 years and older | 30 mL (2 TBSP) to 60 mL (4 TBSP)
children 6 to 11 years | 15 mL (1 TBSP) to 30 mL (2 TBSP)
children under 6 years | ask a doctor
Other information • each tablespoon (15 mL) contains : calcium 20 mg and magnesium 535 mg • store at 20-25°C (68-77°F) • avoid freezing
Inactive ingredients purified water""",
 el=535, forms=["hydroxide"], dv=None, sc=None)

add("df19_soundbody_mom_antacid_laxative_400_per_5ml_computed", "en", "drug_facts",
 "Modelled on the magnesium hydroxide 400 mg in 5 mL liquid with laxative AND antacid directions (Rebel Distributors copy, https://medic.hrt.org/dm/drug/magnesium-hydroxide-liquid-rebel-distributors-corp: 'MAGNESIUM HYDROXIDE 400 mg in 5 mL', laxative 2 to 4 tablespoons, antacid 1 to 3 teaspoons up to 4 times daily, 'do not take more than 12 teaspoons in 24 hours'), re-set under the Sound Body (Big Lots) brand (may not exist in this form). Two purposes and two dose units (tablespoons, teaspoons); no magnesium statement is printed here, so COMPUTED per the active's unit (5 mL): 400 x 0.417 = 166.8 mg, tol 5. Drug Facts -> serving_count null.",
"""SOUND BODY
Milk of Magnesia | Saline Laxative / Antacid | Original | 12 FL OZ (355 mL)
Drug Facts
Active ingredient (in each 5 mL teaspoon) | Purposes
Magnesium hydroxide 400 mg | Saline laxative / Antacid
Uses • relieves occasional constipation (irregularity) • relieves acid indigestion, sour stomach and heartburn
Warnings
Ask a doctor before use if you have • kidney disease • a magnesium-restricted diet • stomach pain, nausea or vomiting
Ask a doctor or pharmacist before use if you are taking any other drug. Antacids may interact with certain prescription drugs. Laxatives may affect how other drugs work, so take this product 2 or more hours before or after other drugs.
When using this product as an antacid, it may have a laxative effect.
Keep out of reach of children.
Directions • shake well before using
Laxative: adults and children 12 years and older | 2 to 4 tablespoons
children 6 to under 12 years | 1 to 2 tablespoons
Antacid: adults and children 12 years and older | 1 to 3 teaspoons with water, up to 4 times daily
• do not take more than 12 teaspoons in 24 hours • do not use the maximum dosage for more than 2 weeks
Other information • store at room temperature • do not freeze
Inactive ingredients purified water, sodium hypochlorite""",
 el=166.8, tol=5, forms=["hydroxide"], dv=None, sc=None)

# ===================================================================== Australia / Canada / UK
add("au19_henryblooms_two_equiv_lines_no_total_300", "en", "intl",
 "Modelled on a Henry Blooms magnesium tablet (Australia; the formula set here, may not match a current SKU; AUST L a placeholder): an ingredient list with TWO 'equiv. magnesium' figures in parentheses and NO TOTAL, 'Magnesium citrate 1.25 g (equiv. magnesium 200 mg)', 'Magnesium oxide - heavy 166 mg (equiv. magnesium 100 mg)' (1,250 x 0.12-0.162 = 150-203; 166 x 0.603 = 100.1); the two parts are summed: 300 mg per tablet (SUMMED, PARTS; the convention of set 15's Wagner label). No %, serving_count null (Australian convention).",
"""Henry Blooms
Magnesium 300
Muscle Cramps & Spasms | 60 Tablets | AUST L 000000
Each tablet contains:
Magnesium citrate 1.25 g (equiv. magnesium 200 mg)
Magnesium oxide - heavy 166 mg (equiv. magnesium 100 mg)
Pyridoxine hydrochloride 10 mg (equiv. pyridoxine 8.2 mg)
Directions: Adults – take 1 tablet daily with food, or as professionally prescribed.
Always read the label and follow the directions for use.""",
 el=300, forms=["citrate", "oxide"], dv=None, sc=None)

add("ca19_personnelle_bilingual_same_line_slash_citrate_150", "en", "intl",
 "Modelled on a Personnelle (Jean Coutu) magnesium tablet (Canada; the composition set here, may not match the current label; NPN a placeholder): English and French ON THE SAME LINE, separated by ' / ', 'Magnesium (magnesium citrate) / Magn\u00e9sium (citrate de magn\u00e9sium) | 150 mg', vitamin D3 row below; 'Recommended dose: 1 tablet 2 times per day'. Per the stated unit (tablet) 150 mg; no %DV, serving_count null (Canadian convention); language en.",
"""PERSONNELLE
Magnesium 150 mg / Magnésium 150 mg
Supplement / Supplément | 90 Tablets / Comprimés | NPN 80000000
Medicinal Ingredients / Ingrédients médicinaux
Each tablet contains / Chaque comprimé contient :
Magnesium (magnesium citrate) / Magnésium (citrate de magnésium) | 150 mg
Vitamin D3 (cholecalciferol) / Vitamine D3 (cholécalciférol) | 10 mcg (400 IU/UI)
Non-Medicinal Ingredients / Ingrédients non médicinaux : microcrystalline cellulose / cellulose microcristalline, croscarmellose sodium / croscarmellose sodique, magnesium stearate / stéarate de magnésium.
Recommended dose: Adults: 1 tablet 2 times per day with food. / Dose recommandée : Adultes : 1 comprimé 2 fois par jour avec des aliments.""",
 el=150, forms=["citrate"], dv=None, sc=None)

add("uk19_terranova_powder_per_100g_6000mg_and_per_5g_300", "en", "intl",
 "Modelled on a Terranova magnesium powder (UK; the powder, panel and amounts are set here and may not exist in this form): a PER-100 g COLUMN beside the serving, 'Nutrition Information | per 100 g | per 5 g serving | %NRV*', 'Magnesium | 6000 mg | 300 mg | 80%' (6,000 x 5/100 = 300; 300/375 = 80). The per-100 g figure is a trap (PER100). Forms glycinate, citrate (ingredients). 150 g / 5 g = 30 (IMPLIED_SC).",
"""TERRANOVA
Magnesium Bisglycinate & Citrate Powder
Food Supplement | 150 g
Nutrition Information | per 100 g | per 5 g serving | %NRV*
Magnesium | 6000 mg | 300 mg | 80%
*NRV = Nutrient Reference Value
Ingredients: Magnesium bisglycinate, magnesium citrate, natural lemon flavour, acid: citric acid.
Directions: Dissolve one 5 g scoop in water once a day. Do not exceed the stated recommended daily intake.""",
 el=300, forms=["glycinate", "citrate"], dv=80, sc=30, _dvb=375)

# ===================================================================== topical
add("tp19_purebodynaturals_magnesium_oil_per_1ml_112", "en", "topical",
 "Modelled on a Pure Body Naturals magnesium oil spray (US; the content line and amounts are set here and may not match the current label): 'Magnesium Content: each 1 mL (about 10 sprays) provides approx. 112 mg of elemental magnesium', a magnesium chloride hexahydrate brine; '8 fl oz' and 'spray 5-15 times' are not the value. Per the stated unit (1 mL) 112 mg; topical -> no %, serving_count null.",
"""PURE BODY NATURALS
Magnesium Oil Spray
Magnesium Chloride | For external use only | 8 fl oz (236 mL)
Magnesium Content: each 1 mL (about 10 sprays) provides approx. 112 mg of elemental magnesium.
Ingredients: Purified water, magnesium chloride hexahydrate.
Directions: Shake well. Spray 5-15 times onto clean skin (arms, legs, stomach) and rub in. Leave on for 20 minutes, then rinse if desired. A tingling sensation is normal. Avoid eyes, mucous membranes and broken skin. Keep out of reach of children.""",
 el=112, forms=["chloride"], dv=None, sc=None)

# ===================================================================== negatives (English)
add("ng19_renewlife_probiotic_capsule_magnesium_stearate", "en", "negative",
 "Modelled on a Renew Life probiotic capsule (US; the panel set here, may not match a current SKU): a probiotic blend in CFU with no mineral row; magnesium only as 'magnesium stearate' among the other ingredients -> no_magnesium. Servings Per Container 30 (printed).",
"""RENEW LIFE®
Ultimate Flora Daily Probiotic | 25 Billion
Dietary Supplement | 30 Vegetable Capsules
Supplement Facts
Serving Size 1 Capsule
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Probiotic Blend (12 strains) | 25 Billion CFU | †
† Daily Value not established.
Other Ingredients: Vegetable capsule (hypromellose), microcrystalline cellulose, magnesium stearate, silicon dioxide.
Suggested Use: Take 1 capsule daily. Refrigeration not required.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=30)

add("ng19_bimart_senna_laxative_drug_facts_magnesium_stearate", "en", "negative",
 "Modelled on the usual sennosides 8.6 mg laxative tablet (as remembered, no page consulted), under the Bi-Mart store brand (may not exist in this form): a LAXATIVE Drug Facts, so the product class of the magnesium laxatives, whose only active is sennosides and whose inactive ingredients name 'magnesium stearate' -> no_magnesium. Drug Facts negative -> serving_count null.",
"""BI-MART
Senna Laxative | Sennosides 8.6 mg | Natural Vegetable Laxative | 100 Tablets
Drug Facts
Active ingredient (in each tablet) | Purpose
Sennosides 8.6 mg | Laxative
Uses • relieves occasional constipation (irregularity) • generally produces bowel movement in 6 to 12 hours
Warnings
Do not use laxative products for longer than 1 week unless told to do so by a doctor
Ask a doctor before use if you have • stomach pain, nausea or vomiting • noticed a sudden change in bowel habits that lasts over 2 weeks
Stop use and ask a doctor if you have rectal bleeding or fail to have a bowel movement after use of a laxative.
Keep out of reach of children.
Directions • take preferably at bedtime or as directed by a doctor
age | starting dosage | maximum dosage
adults and children 12 years and over | 2 tablets once a day | 4 tablets twice a day
children 6 to under 12 years | 1 tablet once a day | 2 tablets twice a day
children under 6 years | ask a doctor | ask a doctor
Other information • each tablet contains: calcium 25 mg • store at 20-25°C (68-77°F)
Inactive ingredients croscarmellose sodium, dicalcium phosphate, hypromellose, magnesium stearate, microcrystalline cellulose, mineral oil""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=None)
