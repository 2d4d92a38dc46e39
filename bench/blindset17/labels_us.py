# Label sources, part US (blind set 17): US Supplement Facts panels, multivitamins, a Supplement Facts powder, a Nutrition
# Facts mineral water, OTC Drug Facts, Australia / Canada / UK, an English topical and the two English negatives. The EU labels
# and the German, French and Spanish negatives are in labels_eu.py, which imports add/L from here.
# Same format as bench/blindset16/labels_us.py: table cells are separated by " | "; a line ending in " |" is a table row whose
# remaining cells are empty. Keys starting with "_" are private to the checker (check_set.py) and are not written to
# expected.jsonl:
#   _dvb = the DV base the printed %DV was computed from (default 420 for en, 375 for EU languages; the UK label sets 375,
#          the toddler powder whose %DV header names children 1-3 years sets 80, the prenatal whose header names pregnant and
#          lactating women sets 400).
L = []
def add(id, lang, kind, note, text, status="ok", el=None, tol=2, forms=(), dv=None, sc=None, **extra):
    d = dict(id=id, lang=lang, kind=kind, source_note=note, status=status, elemental_mg=el,
             elemental_tol_pct=tol, forms=list(forms), percent_dv=dv, serving_count=sc, _text=text)
    d.update(extra); L.append(d)

# ===================================================================== US Supplement Facts
add("us17_bioemblem_triple_complex_source_in_dagger_footnote", "en", "us_supplement",
 "Modelled on BioEmblem Triple Magnesium Complex capsules (US; as remembered, the panel set here, may not match a current SKU): the source clause is NOT in the row but in a DAGGER FOOTNOTE, 'Magnesium\u2020 300 mg 71%' with '\u2020 from magnesium bisglycinate chelate, magnesium malate and magnesium citrate' (300/420 = 71.4); a second symbol '\u2021' marks 'Daily Value not established'. Forms glycinate, malate, citrate. 90 capsules / 2 = 45 (printed).",
"""BIOEMBLEM
Triple Magnesium Complex
Glycinate · Malate · Citrate | Dietary Supplement | 90 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 45
 | Amount Per Serving | % Daily Value
Magnesium† | 300 mg | 71%
Vitamin B6 (as pyridoxine HCl) | 2 mg | 118%
BioPerine® black pepper extract | 5 mg | ‡
† from magnesium bisglycinate chelate, magnesium malate and magnesium citrate.
‡ Daily Value not established.
Other Ingredients: Hypromellose (capsule), rice flour.
Suggested Use: Take 2 capsules daily with water, preferably in the evening.""",
 el=300, forms=["glycinate", "malate", "citrate"], dv=71, sc=45)

add("us17_jigsaw_magsrt_dimagnesium_malate_4_tablets_500_119pct", "en", "us_supplement",
 "Modelled on Jigsaw Health Magnesium w/SRT\u00ae sustained-release tablets (US; as remembered, amounts set here, may not match the current formula): a 4-TABLET serving above 100 %, 'Magnesium (as dimagnesium malate) 500 mg 119%' (500/420 = 119.05), B-vitamin rows before it, directions 'Take 2 tablets twice daily' (not a new serving). 240 tablets / 4 = 60 (printed).",
"""JIGSAW HEALTH
Magnesium w/SRT®
Sustained Release | Dietary Supplement | 240 Tablets
Supplement Facts
Serving Size 4 Tablets
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Vitamin B6 (as pyridoxal-5-phosphate) | 2 mg | 118%
Folate (as L-5-MTHF) | 340 mcg DFE | 85%
Vitamin B12 (as methylcobalamin) | 10 mcg | 417%
Magnesium (as dimagnesium malate) | 500 mg | 119%
Other Ingredients: Hypromellose, microcrystalline cellulose, stearic acid, silicon dioxide.
Directions: Take 2 tablets twice daily with food. Swallow whole; the tablets release magnesium over about 8 hours.""",
 el=500, forms=["malate"], dv=119, sc=60)

add("us17_remag_liquid_serving_1_ml_60mg_tsp_trap_300", "en", "us_supplement",
 "Modelled on ReMag\u00ae liquid magnesium (RnA ReSet, US; as remembered, the panel set here, may not match a current SKU): a liquid whose serving is ONE MILLILITRE, 'Serving Size 1 mL', 'Servings Per Container 240', 'Magnesium (as magnesium chloride) 60 mg 14%' (60/420 = 14.3); the directions give a larger 'providing' figure per teaspoon, '(1 tsp, 5 mL, provides 300 mg of magnesium)', which is not the serving. Per 1 mL 60 mg; 240 servings (printed).",
"""ReMag®
Liquid Magnesium
Stabilized Ionic Magnesium | Dietary Supplement | 8 fl oz (240 mL)
Supplement Facts
Serving Size 1 mL
Servings Per Container 240
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium chloride) | 60 mg | 14%
Other Ingredients: Purified water.
Suggested Use: Start with ¼ tsp a day in a liter of water and sip through the day; increase slowly as tolerated (1 tsp, 5 mL, provides 300 mg of magnesium). Shake before use.""",
 el=60, forms=["chloride"], dv=14, sc=240)

add("us17_futurebiotics_compound_weight_inside_parentheses_1420", "en", "us_supplement",
 "Modelled on a Futurebiotics magnesium glycinate tablet (US; the panel set here, may not match a current SKU): the COMPOUND WEIGHT written INSIDE the source parentheses, before the salt's name, 'Magnesium (from 1,420 mg magnesium bisglycinate chelate) 200 mg 48%' (1,420 x 0.141 = 200.2; 200/420 = 47.6). The 1,420 mg is never the elemental value. 120 tablets / 2 = 60 (printed).",
"""FUTUREBIOTICS®
Magnesium Glycinate
Highly Absorbable | Dietary Supplement | 120 Tablets
Supplement Facts
Serving Size 2 Tablets
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Magnesium (from 1,420 mg magnesium bisglycinate chelate) | 200 mg | 48%
Other Ingredients: Microcrystalline cellulose, croscarmellose sodium, vegetable stearic acid, silica, pharmaceutical glaze.
Suggested Use: As a dietary supplement, take 2 tablets daily with a meal.""",
 el=200, forms=["glycinate"], dv=48, sc=60)

add("us17_havasu_threonate_elemental_magnesium_row_below_compound_108", "en", "us_supplement",
 "Modelled on a Havasu Nutrition magnesium L-threonate capsule (US; the product and panel set here, may not match a current SKU): the compound row FIRST, 'Magnesium L-Threonate (Magtein\u00ae) 1,500 mg **', and the element on a row named 'Elemental Magnesium 108 mg 26%' (1,500 x 0.072 = 108; 108/420 = 25.7); directions split the 3-capsule serving, '1 capsule in the morning and 2 capsules 1-2 hours before bedtime'. 90 capsules / 3 = 30 (printed).",
"""HAVASU NUTRITION
Magnesium L-Threonate
Brain & Sleep Support | Dietary Supplement | 90 Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium L-Threonate (Magtein®) | 1,500 mg | **
Elemental Magnesium | 108 mg | 26%
** Daily Value not established.
Other Ingredients: Hypromellose (vegetable capsule).
Suggested Use: Take 1 capsule in the morning and 2 capsules 1-2 hours before bedtime.""",
 el=108, forms=["threonate"], dv=26, sc=30)

add("us17_standardprocess_lactate_in_proprietary_blend_40mg", "en", "us_supplement",
 "Modelled on Standard Process Magnesium Lactate tablets (US; as remembered, the panel set here, may not match the current label): a small element row, 'Magnesium 40 mg 10%' (40/420 = 9.5), followed by a PROPRIETARY BLEND row with its own weight that names 'magnesium lactate' first among whole-food ingredients ('Proprietary Blend 300 mg \u2020'). The blend weight is not the value. 80 tablets / 2 = 40 (printed).",
"""STANDARD PROCESS®
Magnesium Lactate
Whole Food Supplement | 80 Tablets
Supplement Facts
Serving Size 2 Tablets
Servings Per Container 40
 | Amount Per Serving | %DV
Calories | 2 |
Magnesium | 40 mg | 10%
Proprietary Blend: magnesium lactate, nutritional yeast, carrot (root), bovine liver | 300 mg | †
† Daily Value not established.
Other Ingredients: Calcium stearate, cellulose.
Suggested Use: Two tablets per day, or as directed.""",
 el=40, forms=["lactate"], dv=10, sc=40)

add("us17_renzos_kids_melts_adults_and_children_4_plus_header", "en", "us_supplement",
 "Modelled on a Renzo's children's dissolvable tablet (US; the magnesium melt, its panel and amounts are set here and may not exist in this form): a children's product whose %DV header names the ADULT population, '% DV for Adults and Children 4 Years and Older' (DV 420, magnesium.md section 4), 'Magnesium (as magnesium citrate) 50 mg 12%' (50/420 = 11.9), and age-graded directions ('4-8 years: 1 tablet; 9 years and older: 2 tablets') that do not redefine the 1-tablet serving. 60 tablets, 60 servings (printed).",
"""RENZO'S
Magnesium Calm Melts
Kids | Sugar Free | Grape | Dietary Supplement | 60 Dissolvable Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 60
 | Amount Per Serving | % DV for Adults and Children 4 Years and Older
Magnesium (as magnesium citrate) | 50 mg | 12%
Other Ingredients: Xylitol, erythritol, natural grape flavor, citric acid, monk fruit extract, silica.
Directions: Children 4-8 years: dissolve 1 tablet on the tongue daily. Children 9 years and older and adults: 2 tablets daily.""",
 el=50, forms=["citrate"], dv=12, sc=60)

add("us17_mommysbliss_toddler_powder_scoop_dv_children_1_3", "en", "us_supplement",
 "Modelled on a Mommy's Bliss children's product (US; the toddler magnesium powder, its panel and amounts are set here and may not exist in this form): a powder with a SCOOP serving and a %DV header written with a hyphen, '% Daily Value for Children 1-3 Years of Age' (DV 80, magnesium.md section 4), 'Magnesium (as magnesium citrate) 40 mg 50%' (40/80 = 50; 420 would give 10). 'Serving Size 1 Scoop (1.5 g)', 'Servings Per Container 30' (45 g).",
"""MOMMY'S BLISS®
Kids Magnesium Calm Powder
Toddler | Unflavored | Dietary Supplement | Net Wt 45 g (1.59 oz)
Supplement Facts
Serving Size 1 Scoop (1.5 g)
Servings Per Container 30
 | Amount Per Serving | % Daily Value for Children 1-3 Years of Age
Magnesium (as magnesium citrate) | 40 mg | 50%
Other Ingredients: Organic tapioca maltodextrin.
Directions: Children 1-3 years: mix 1 level scoop into 2-4 oz of milk, juice or water once daily, in the evening. Use only the enclosed scoop.""",
 el=40, forms=["citrate"], dv=50, sc=30, _dvb=80)

add("us17_vimergy_powder_level_scoop_about_80_servings", "en", "us_supplement",
 "Modelled on a Vimergy magnesium powder (US; the product and panel set here, may not match a current SKU): 'Serving Size 1 Level Scoop (2.5 g)', 'Servings Per Container About 80' (200 g / 2.5 g), 'Magnesium (as magnesium bisglycinate) 250 mg 60%' (250/420 = 59.5); directions allow 'up to 2 scoops' (not the serving). 'About 80' -> 80.",
"""VIMERGY®
Magnesium Glycinate Powder
Unflavored | Dietary Supplement | Net Wt 200 g (7.05 oz)
Supplement Facts
Serving Size 1 Level Scoop (2.5 g)
Servings Per Container About 80
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium bisglycinate) | 250 mg | 60%
Other Ingredients: None.
Suggested Use: Mix 1 level scoop in 8 oz of water or juice daily, up to 2 scoops, or as directed by your healthcare practitioner. Scoop included.""",
 el=250, forms=["glycinate"], dv=60, sc=80)

add("us17_drberg_total_200_three_compound_rows_no_per_salt_element", "en", "us_supplement",
 "Modelled on a Dr. Berg's magnesium complex capsule (US; the product and panel set here, may not exist in this form): a total element row, 'Magnesium 200 mg 48%' (200/420 = 47.6), followed by THREE indented COMPOUND rows with weights and no per-salt element, 'Magnesium Glycinate 800 mg', 'Magnesium Malate 500 mg', 'Magnesium Taurate 250 mg' (800 x 0.10-0.141 + 500 x 0.116-0.155 + 250 x 0.089 = 160-213, which covers 200). Forms glycinate, malate, taurate. 60 capsules / 2 = 30 (printed).",
"""DR. BERG'S
Magnesium Complex
Glycinate · Malate · Taurate | Dietary Supplement | 60 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium | 200 mg | 48%
   Magnesium Glycinate | 800 mg | *
   Magnesium Malate | 500 mg | *
   Magnesium Taurate | 250 mg | *
* Daily Value not established.
Other Ingredients: Hypromellose (capsule).
Suggested Use: Take 2 capsules daily with a meal.""",
 el=200, forms=["glycinate", "malate", "taurate"], dv=48, sc=30)

add("us17_naturestrove_orotate_dihydrate_from_1000mg_66", "en", "us_supplement",
 "Modelled on a Nature's Trove magnesium product (US; the orotate capsule and its panel are set here and may not exist in this form): an OROTATE with the compound weight in the source, 'Magnesium (from 1,000 mg magnesium orotate dihydrate) 66 mg 16%' (1,000 x 0.066 = 66; 66/420 = 15.7); the title's '1000 mg' is the salt. 120 capsules / 2 = 60 (printed).",
"""NATURE'S TROVE
Magnesium Orotate 1000 mg
Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Magnesium (from 1,000 mg magnesium orotate dihydrate) | 66 mg | 16%
Other Ingredients: Gelatin (capsule), rice flour.
Suggested Use: Take 2 capsules daily, with or without food.""",
 el=66, forms=["orotate"], dv=16, sc=60)

add("us17_hum_gummies_sugar_alcohol_and_lt1g_rows_90mg", "en", "us_supplement",
 "Modelled on a HUM Nutrition gummy (US; the magnesium gummy, its panel and amounts are set here and may not exist in this form): 'Serving Size 2 Gummies (6 g)', calorie, carbohydrate ('1%*'), 'Total Sugars <1 g', 'Includes 0 g Added Sugars 0%*' and sugar-alcohol rows before 'Magnesium (as magnesium citrate) 90 mg 21%' (90/420 = 21.4). 60 gummies / 2 = 30 (printed).",
"""HUM NUTRITION
Magnesium Gummies
Mixed Berry | Low Sugar | Dietary Supplement | 60 Gummies
Supplement Facts
Serving Size 2 Gummies (6 g)
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Calories | 10 |
Total Carbohydrate | 3 g | 1%*
Total Sugars | <1 g | †
Includes 0 g Added Sugars | | 0%*
Sugar Alcohol | 2 g | †
Magnesium (as magnesium citrate) | 90 mg | 21%
* Percent Daily Values are based on a 2,000 calorie diet. † Daily Value not established.
Other Ingredients: Maltitol syrup, pectin, citric acid, natural flavors, vegetable juice (color), sunflower oil, carnauba wax.
Suggested Use: Chew 2 gummies daily.""",
 el=90, forms=["citrate"], dv=21, sc=30)

add("us17_nutrivein_one_capsule_serving_take_1_to_3_daily", "en", "us_supplement",
 "Modelled on a Nutrivein magnesium glycinate capsule (US; the panel set here, may not match a current SKU): a 1-CAPSULE serving with a RANGE in the directions, 'Take 1 to 3 capsules daily', 'Magnesium (as magnesium glycinate) 133 mg 32%' (133/420 = 31.7). The range does not redefine the serving. 120 capsules, 120 servings (printed).",
"""NUTRIVEIN
Magnesium Glycinate 133 mg
Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size 1 Capsule
Servings Per Container 120
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium glycinate) | 133 mg | 32%
Other Ingredients: Vegetable cellulose (capsule), rice flour.
Suggested Use: Take 1 to 3 capsules daily, preferably with meals. Do not exceed 3 capsules in 24 hours.""",
 el=133, forms=["glycinate"], dv=32, sc=120)

add("us17_traderjoes_cal_mag_zinc_amount_per_3_tablets_400", "en", "us_supplement",
 "Modelled on a Trader Joe's calcium magnesium zinc tablet (US; as remembered, the panel set here, may not match a current SKU): the column header names the serving, 'Amount Per 3 Tablets', calcium FIRST and larger ('1,000 mg 77%'), then 'Magnesium (as magnesium oxide and magnesium citrate) 400 mg 95%' (400/420 = 95.2), zinc and D3 rows; '1 tablet three times daily'. 300 tablets / 3 = 100 (printed).",
"""TRADER JOE'S
Calcium Magnesium Zinc with D3
Dietary Supplement | 300 Tablets
Supplement Facts
Serving Size 3 Tablets
Servings Per Container 100
 | Amount Per 3 Tablets | % Daily Value
Vitamin D3 (as cholecalciferol) | 10 mcg (400 IU) | 50%
Calcium (as calcium carbonate and calcium citrate) | 1,000 mg | 77%
Magnesium (as magnesium oxide and magnesium citrate) | 400 mg | 95%
Zinc (as zinc oxide) | 15 mg | 136%
Other Ingredients: Microcrystalline cellulose, croscarmellose sodium, stearic acid, magnesium stearate, hypromellose.
Directions: Take 1 tablet three times daily with meals.""",
 el=400, forms=["oxide", "citrate"], dv=95, sc=100)

add("us17_wholesomestory_elemental_buffered_glycinate_front_500mg", "en", "us_supplement",
 "Modelled on a Wholesome Story magnesium glycinate capsule (US; the panel set here, may not match a current SKU): the front says 'Magnesium Glycinate 500 mg' (compound per capsule), the row says 'Magnesium (elemental) (from 1,000 mg magnesium bisglycinate chelate buffered with magnesium oxide) 140 mg 33%' (140/420 = 33.3). A BUFFERED glycinate names magnesium oxide, so both forms count. 120 capsules / 2 = 60 (printed).",
"""WHOLESOME STORY
Magnesium Glycinate 500 mg
Per Capsule | Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Magnesium (elemental) (from 1,000 mg magnesium bisglycinate chelate buffered with magnesium oxide) | 140 mg | 33%
Other Ingredients: Vegetable cellulose (capsule).
Suggested Use: Take 2 capsules daily with water.""",
 el=140, forms=["glycinate", "oxide"], dv=33, sc=60)

# ===================================================================== multivitamins
add("mv17_newchapter_every_womans_one_daily_fermented_blends_mg_25", "en", "multivitamin",
 "Modelled on New Chapter\u00ae Every Woman's One Daily (as remembered; amounts set here, may not match a current formula): a 1-tablet multi with SMALL magnesium, 'Magnesium (as magnesium citrate) 25 mg 6%' (25/420 = 5.95), between fermented-nutrient rows and two herbal/probiotic blend rows with their own weights (traps). 72 tablets, 1 a day (printed).",
"""NEW CHAPTER®
Every Woman's One Daily
Fermented Multivitamin | Dietary Supplement | 72 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 72
 | Amount Per Serving | % Daily Value
Vitamin A (as beta-carotene) | 750 mcg | 83%
Vitamin C (as ascorbic acid) | 60 mg | 67%
Vitamin D3 (as cholecalciferol) | 25 mcg (1,000 IU) | 125%
Vitamin E (as d-alpha tocopheryl succinate) | 15 mg | 100%
Folate | 680 mcg DFE | 170%
Vitamin B12 (as methylcobalamin) | 25 mcg | 1,042%
Iron (as ferrous bisglycinate) | 9 mg | 50%
Magnesium (as magnesium citrate) | 25 mg | 6%
Zinc (as zinc citrate) | 5 mg | 45%
Fermented Whole-Food Complex (organic kale, broccoli, ginger) | 65 mg | †
Probiotic & Enzyme Blend (Lactobacillus, Saccharomyces) | 20 mg | †
† Daily Value not established.
Other Ingredients: Cellulose, organic gum acacia, silica.
Suggested Use: Take 1 tablet daily, any time, even on an empty stomach.""",
 el=25, forms=["citrate"], dv=6, sc=72)

add("mv17_premama_prenatal_dv_pregnant_lactating_mg_100_25pct", "en", "multivitamin",
 "Modelled on a Premama prenatal (US; the capsule product and its panel are set here and may not exist in this form): the %DV header names the population, '% Daily Value for Pregnant and Lactating Women' (DV 400, magnesium.md section 4), 'Magnesium (as magnesium bisglycinate) 100 mg 25%' (100/400 = 25; 420 would give 24). 60 capsules / 2 = 30 (printed).",
"""PREMAMA
Prenatal + Magnesium
Multivitamin for Pregnancy | Dietary Supplement | 60 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value for Pregnant and Lactating Women
Vitamin D3 (as cholecalciferol) | 25 mcg (1,000 IU) | 167%
Folate (as L-methylfolate) | 1,000 mcg DFE | 167%
Vitamin B12 (as methylcobalamin) | 8 mcg | 286%
Choline (as choline bitartrate) | 110 mg | 20%
Iodine (as potassium iodide) | 150 mcg | 52%
Magnesium (as magnesium bisglycinate) | 100 mg | 25%
Zinc (as zinc bisglycinate) | 8 mg | 62%
Other Ingredients: Hypromellose (capsule), microcrystalline cellulose.
Suggested Use: Take 2 capsules daily with food, before, during and after pregnancy.""",
 el=100, forms=["glycinate"], dv=25, sc=30, _dvb=400)

add("mv17_bariatricfusion_four_capsules_minerals_first_mg_100", "en", "multivitamin",
 "Modelled on a Bariatric Fusion multivitamin capsule (US; amounts set here, may not match a current formula): a 4-CAPSULE serving, MINERALS LISTED BEFORE vitamins, 'Magnesium (as magnesium citrate) 100 mg 24%' (100/420 = 23.8) after a large calcium row ('1,200 mg 92%'); directions split into '2 capsules twice daily'. 120 capsules / 4 = 30 (printed).",
"""BARIATRIC FUSION®
Complete Multivitamin with Calcium
Weight Loss Surgery Formula | Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size 4 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Calcium (as calcium citrate) | 1,200 mg | 92%
Iron (as ferrous bisglycinate chelate) | 45 mg | 250%
Magnesium (as magnesium citrate) | 100 mg | 24%
Zinc (as zinc citrate) | 15 mg | 136%
Vitamin D3 (as cholecalciferol) | 75 mcg (3,000 IU) | 375%
Vitamin B12 (as methylcobalamin) | 350 mcg | 14,583%
Thiamin (as thiamine HCl) | 12 mg | 1,000%
Other Ingredients: Gelatin (capsule), magnesium stearate.
Directions: Take 2 capsules twice daily, at least 2 hours apart from iron-free calcium doses.
WARNING: Accidental overdose of iron-containing products is a leading cause of fatal poisoning in children under 6. Keep this product out of reach of children.""",
 el=100, forms=["citrate"], dv=24, sc=30)

# ===================================================================== powder / drink
add("pw17_relyte_electrolyte_mix_scoop_mg_60_chloride_1250", "en", "powder",
 "Modelled on Redmond Re-Lyte\u00ae Electrolyte Drink Mix (US; as remembered, amounts set here, may not match the current formula): a Supplement Facts powder, 'Serving Size 1 Scoop (6.5 g)', 'Servings Per Container 30', sodium (810 mg) and CHLORIDE (1,250 mg) rows far larger than 'Magnesium (as magnesium citrate) 60 mg 14%' (60/420 = 14.3); 'up to 3 scoops daily' is not the serving.",
"""REDMOND
Re-Lyte® Electrolyte Drink Mix
Unflavored | Dietary Supplement | Net Wt 195 g
Supplement Facts
Serving Size 1 Scoop (6.5 g)
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Calories | 0 |
Calcium (as calcium citrate) | 50 mg | 4%
Magnesium (as magnesium citrate) | 60 mg | 14%
Sodium (from Redmond Real Salt®) | 810 mg | 35%
Potassium (as potassium chloride) | 400 mg | 9%
Chloride (from Redmond Real Salt® and potassium chloride) | 1,250 mg | 54%
Other Ingredients: Coconut water powder, citric acid, silica.
Directions: Mix 1 scoop in 16-32 oz of water. Use up to 3 scoops daily.""",
 el=60, forms=["citrate"], dv=14, sc=30)

add("lq17_gerolsteiner_nf_bottle_55mg_15pct_per_litre_analysis", "en", "liquid",
 "Modelled on Gerolsteiner sparkling natural mineral water, 16.9 fl oz (Germany, US label; the magnesium figure of about 108 mg/L is as remembered, the panel set here and may not match the current label): a Nutrition Facts panel for ONE BOTTLE, 'Magnesium 55mg 15%' (55/420 = 13.1 -> 15 % in the food rounding steps, magnesium.md section 4), beside a MINERAL ANALYSIS PER LITRE ('Magnesium 108 mg/L'; 108 x 0.5 = 54, declared 55). Per bottle 55 mg, 15 %; '1 serving per container' -> 1. No compound named (NO_FORMS).",
"""GEROLSTEINER
Sparkling Natural Mineral Water
Imported from Germany | 16.9 fl oz (500 mL)
Nutrition Facts
1 serving per container
Serving size 1 bottle (500 mL)
Calories | 0
 | % Daily Value*
Total Fat | 0g | 0%
Sodium | 60mg | 3%
Total Carbohydrate | 0g | 0%
Protein | 0g |
Calcium | 170mg | 15%
Magnesium | 55mg | 15%
Potassium | 5mg | 0%
*The % Daily Value (DV) tells you how much a nutrient in a serving of food contributes to a daily diet. 2,000 calories a day is used for general nutrition advice.
Typical mineral analysis (mg/L): Calcium 348 · Magnesium 108 · Sodium 118 · Potassium 11 · Bicarbonate 1,816 · Chloride 40 · Sulfate 38
Ingredients: Natural mineral water, carbon dioxide.""",
 el=55, forms=[], dv=15, sc=1)

# ===================================================================== Drug Facts
add("df17_hannaford_mom_chewable_311mg_no_statement_computed", "en", "drug_facts",
 "Modelled on the Phillips'\u00ae chewable tablets Drug Facts as shown on drugs.com (https://www.drugs.com/drp/phillips-chewable-tablets.html: 'Active Ingredient (in each tablet): Magnesium hydroxide 311 mg \u2026 Saline laxative/antacid', laxative 'chew 8 tablets', antacid 'chew 2 to 4 tablets'; no magnesium statement in that text), re-set under the Hannaford store brand (may not exist in this form). No statement: COMPUTED per tablet, 311 x 0.417 = 129.7 mg (hydroxide fraction fixed, magnesium.md section 1), tol 5. The dose table's tablet counts are not the value. Drug Facts -> serving_count null.",
"""HANNAFORD
Milk of Magnesia Chewable Tablets | Saline Laxative / Antacid | Mint | 100 Tablets
Drug Facts
Active ingredient (in each tablet) | Purposes
Magnesium hydroxide 311 mg | Saline laxative/antacid
Uses • laxative: relieves occasional constipation (irregularity); generally produces bowel movement in ½ to 6 hours • antacid: relieves heartburn, acid indigestion, sour stomach and upset stomach associated with these symptoms
Warnings
Ask a doctor before use if you have • kidney disease • stomach pain, nausea, or vomiting • a sudden change in bowel habits that lasts over 14 days
Ask a doctor or pharmacist before use if you are taking a prescription drug. Antacids may interact with certain prescription drugs.
When using this product as an antacid, it may have a laxative effect.
Keep out of reach of children.
Directions • do not exceed the maximum recommended daily dose in a 24 hour period
age | laxative dose | antacid dose
adults and children 12 years and older | chew 8 tablets | chew 2 to 4 tablets, up to 4 times a day
children 6 to 11 years | chew 4 tablets | ask a doctor
children 3 to 5 years | chew 2 tablets | ask a doctor
children under 3 years | ask a doctor | ask a doctor
Other information • store at room temperature
Inactive ingredients dextrose, flavor, magnesium stearate, sucrose""",
 el=129.7, tol=5, forms=["hydroxide"], dv=None, sc=None)

add("df17_shoprite_acid_reducer_antacid_famotidine_ca_mg_hydroxide_165", "en", "drug_facts",
 "Modelled on the acid reducer + antacid chewable on DailyMed (https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=f138349b-65f1-4486-b771-edd2f0caadd4: 'Active ingredients (in each chewable tablet) Famotidine 10 mg, Calcium carbonate 800 mg, Magnesium hydroxide 165 mg'; purposes acid reducer / antacid; not more than 2 tablets in 24 hours), re-set under the ShopRite store brand (may not exist in this form). THREE actives, magnesium LAST; no magnesium statement: COMPUTED per tablet, 165 x 0.417 = 68.8 mg, tol 5. Drug Facts -> serving_count null.",
"""ShopRite
Acid Reducer + Antacid | Famotidine 10 mg, Calcium Carbonate 800 mg, Magnesium Hydroxide 165 mg | Berry | 25 Chewable Tablets
Drug Facts
Active ingredients (in each chewable tablet) | Purposes
Famotidine 10 mg | Acid reducer
Calcium carbonate 800 mg | Antacid
Magnesium hydroxide 165 mg | Antacid
Use relieves heartburn associated with acid indigestion and sour stomach
Warnings
Allergy alert: Do not use if you are allergic to famotidine or other acid reducers
Do not use • if you have trouble or pain swallowing food, vomiting with blood, or bloody or black stools • with other acid reducers
Ask a doctor before use if you have • had heartburn over 3 months • kidney disease • frequent chest pain
Stop use and ask a doctor if • your heartburn continues or worsens • you need to take this product for more than 14 days
Keep out of reach of children.
Directions • adults and children 12 years and over: do not swallow tablet whole: chew completely • to relieve symptoms, chew 1 tablet before swallowing • do not use more than 2 chewable tablets in 24 hours • children under 12 years: ask a doctor
Other information • read the directions and warnings before use • store at 20-25°C (68-77°F)
Inactive ingredients cellulose acetate, corn starch, dextrates, flavor, hypromellose, magnesium stearate, sucralose""",
 el=68.8, tol=5, forms=["hydroxide"], dv=None, sc=None)

add("df17_harmon_oxide_400_240_elemental_display_says_420mg", "en", "drug_facts",
 "Modelled on the PAR magnesium oxide tablet Drug Facts on DailyMed (https://dailymed.nlm.nih.gov/dailymed/fda/fdaDrugXsl.cfm?setid=d3c5b01b-f0d6-4503-ab18-b1a72386e2c6&type=display: 'Magnesium Oxide 400mg (240mg Elemental Magnesium)', SEPARATE 'Antacid Directions' and 'Magnesium Supplement Directions', 'Magnesium content per tablet: 240 mg', and a display panel reading 'Magnesium Oxide Tablets 420mg'), re-set under the Harmon store brand (may not exist in this form). Per tablet 240 mg (stated twice; 400 x 0.603 = 241.2); the title's 420mg and the active's 400mg are compound weights. Drug Facts -> serving_count null.",
"""HARMON®
Magnesium Oxide Tablets 420mg | Antacid | 120 Tablets
Drug Facts
Active ingredient (in each tablet) | Purpose
Magnesium Oxide 400mg (240mg Elemental Magnesium) | Antacid
Uses relieves: • acid indigestion • upset stomach
Warnings
Ask a doctor if you have kidney disease.
Ask a doctor or pharmacist before use if you are taking a prescription drug. Antacids may interact with certain prescription drugs.
Do not take more than 2 tablets in a 24 hour period or use the maximum dosage of this product for more than two weeks, except under the advice and supervision of a physician. May have a laxative effect.
If pregnant or breast-feeding, ask a health professional before use. Keep out of reach of children.
Directions
Antacid Directions: • take 1 tablet twice a day or as directed by a physician
Magnesium Supplement Directions: • take 1 to 2 tablets daily or as directed by a physician
Other information • store at controlled room temperature 59°-86°F (15°-30°C) • do not use if imprinted safety seal under cap is broken or missing • Magnesium content per tablet: 240 mg
Inactive ingredients colloidal silicon dioxide, croscarmellose sodium, microcrystalline cellulose, stearic acid""",
 el=240, forms=["oxide"], dv=None, sc=None)

add("df17_kinney_citrate_cherry_sodium_only_statement_computed", "en", "drug_facts",
 "Modelled on the cherry magnesium citrate oral solution on DailyMed (Good Neighbor Pharmacy, https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=6a1790ce-cb49-4100-88dd-1b66b282938c: 'Magnesium Citrate 1.745g per fl oz', 'each fluid ounce contains: sodium 36 mg', doses as '1/2 to 1 bottle (10 fl oz)' in the CVS/Aaron version), re-set under the Kinney Drugs store brand (may not exist in this form). The only content statement is SODIUM: no magnesium statement, so COMPUTED per fl oz, 1,745 x 0.141 (middle of the citrate range 0.12-0.162, magnesium.md section 1) = 246.0 mg, tol 15 (covers 209.4-282.7). The sodium 36 mg and the bottle doses are not the value. Drug Facts -> serving_count null.",
"""KINNEY DRUGS
Magnesium Citrate Oral Solution | Saline Laxative | Cherry Flavor | Sucrose Free | 10 fl oz (296 mL)
Drug Facts
Active ingredient | Purpose
Magnesium Citrate 1.745g per fl oz | saline laxative
Uses • relieves occasional constipation (irregularity) • generally produces bowel movement in 1/2 to 6 hours
Warnings
Ask a doctor before use if you have • kidney disease • a magnesium restricted diet • a sodium restricted diet • stomach pain, nausea or vomiting
Ask a doctor or pharmacist before use if you are presently taking a prescription drug
When using this product do not exceed the maximum recommended daily dosage in a 24 hour period
Stop use and ask a doctor if you have rectal bleeding or no bowel movement after use. You need to use a laxative more than one week.
Keep this and all drugs out of the reach of children.
Directions
adults and children 12 years of age and older | 1/2 to 1 bottle (10 fl oz). Drink a full 8 oz glass of liquid with each dose.
children 6 to under 12 years of age | 1/3 to 1/2 bottle with a full 8 oz glass of liquid
children under 6 years of age | consult a doctor
Other information • each fluid ounce contains: sodium 36 mg • store at controlled room temperature • protect from excessive heat and freezing • discard unused product within 24 hours of opening bottle
Inactive ingredients blue 1, citric acid, flavors, purified water, red 40, saccharin sodium, sodium bicarbonate""",
 el=246.0, tol=15, forms=["citrate"], dv=None, sc=None)

add("df17_duanereade_mom_15ml_statement_with_sodium_500", "en", "drug_facts",
 "Modelled on the milk of magnesia cherry Drug Facts on DailyMed (Chain Drug Marketing Association, https://dailymed.nlm.nih.gov/dailymed/fda/fdaDrugXsl.cfm?setid=12361478-d178-4950-9458-4e2e56565599: a 30-60 mL adult dose, 'each 15 mL contains: magnesium 500 mg, sodium 6 mg'; the active 'Magnesium hydroxide 1200 mg' in each 15 mL as on the Family Dollar copy at https://otclabels.com/lib/otc/otc-meds/milk-of-magnesia-33/), re-set under the Duane Reade store brand (may not exist in this form). The magnesium and SODIUM figures share one statement; per 15 mL 500 mg (stated; 1,200 x 0.417 = 500.4). Doses in mL and the 1200 mg active are not the value. Drug Facts -> serving_count null.",
"""DUANE READE
Milk of Magnesia | Saline Laxative | Cherry | 12 FL OZ (355 mL)
Drug Facts
Active ingredient (in each 15 mL) | Purpose
Magnesium hydroxide 1200 mg | Saline laxative
Uses • relieves occasional constipation (irregularity) • generally produces bowel movement in 1/2 to 6 hours
Warnings
Ask a doctor before use if you have • kidney disease • a magnesium-restricted diet • stomach pain, nausea, or vomiting • a sudden change in bowel habits that lasts over 14 days
Ask a doctor or pharmacist before use if you are presently taking a prescription drug. This product may interact with certain prescription drugs.
Stop use and ask a doctor if • you have rectal bleeding or failure to have a bowel movement after using this product • you need to use a laxative for more than 1 week
Keep out of reach of children.
Directions • shake well before use • do not exceed the maximum recommended daily dose in a 24 hour period • dose may be taken once a day preferably at bedtime, in divided doses, or as directed by a doctor • follow each dosage with a full glass (8 oz) of liquid
age | dose
adults and children 12 years and over | 30 mL to 60 mL
children 6 to 11 years | 15 mL to 30 mL
children under 6 years | ask a doctor
Other information • each 15 mL contains: magnesium 500 mg, sodium 6 mg • store at room temperature and avoid freezing • close cap tightly after use
Inactive ingredients carboxymethylcellulose sodium, citric acid, D&C red no. 28, flavor, glycerin, microcrystalline cellulose, purified water, sodium citrate, sucrose, xanthan gum""",
 el=500, forms=["hydroxide"], dv=None, sc=None)

# ===================================================================== Australia / Canada / UK
add("au17_herbsofgold_powder_5g_dose_two_equiv_lines_no_total", "en", "intl",
 "Modelled on a Herbs of Gold magnesium powder (Australia; the product and composition set here, may not match a current SKU; AUST L a placeholder): 'Each 5 g dose contains:' with TWO compound lines, each carrying its own '(equiv. magnesium \u2026)' figure, and NO total: 'Magnesium glycinate dihydrate (equiv. magnesium 150 mg) 1.25 g', 'Magnesium citrate (equiv. magnesium 100 mg) 625 mg' (1,250 x 0.117 = 146; 625 x 0.16 = 100). The value is the SUM per 5 g dose, 250 mg (not printed; SUMMED). Australian per-dose convention: no %, serving_count null. The glycine and taurine lines are not magnesium.",
"""Herbs of Gold
Magnesium Powder
Natural Orange | 150 g | AUST L 000000
Each 5 g dose contains:
Magnesium glycinate dihydrate (equiv. magnesium 150 mg) | 1.25 g
Magnesium citrate (equiv. magnesium 100 mg) | 625 mg
Glycine | 500 mg
Taurine | 250 mg
Directions: Adults – dissolve one 5 g dose (1 level scoop) in 200 mL of water once daily, or as professionally prescribed.
Always read the label and follow the directions for use.""",
 el=250, forms=["glycinate", "citrate"], dv=None, sc=None)

add("ca17_pharmasave_bilingual_two_column_medicinal_ingredients_250", "en", "intl",
 "Modelled on a Pharmasave store-brand magnesium tablet (Canada; the product and panel set here, may not match a current SKU; NPN a placeholder): a TWO-COLUMN BILINGUAL panel, English in the left cells and French in the right, 'Each tablet contains: | Chaque comprim\u00e9 contient :', 'Magnesium (magnesium oxide, magnesium citrate) 250 mg | Magn\u00e9sium (oxyde de magn\u00e9sium, citrate de magn\u00e9sium) 250 mg'; dose '1 tablet 1-2 times daily'. Per the stated unit (tablet) 250 mg; no %DV, serving_count null (Canadian convention); language en.",
"""PHARMASAVE
Magnesium 250 mg | Magnésium 250 mg
Tablets / Comprimés | 100 | NPN 80000000
Medicinal Ingredients | Ingrédients médicinaux
Each tablet contains: | Chaque comprimé contient :
Magnesium (magnesium oxide, magnesium citrate) 250 mg | Magnésium (oxyde de magnésium, citrate de magnésium) 250 mg
Non-Medicinal Ingredients: microcrystalline cellulose, croscarmellose sodium, magnesium stearate. | Ingrédients non médicinaux : cellulose microcristalline, croscarmellose sodique, stéarate de magnésium.
Recommended Dose: Adults: 1 tablet 1-2 times daily with food. | Dose recommandée : Adultes : 1 comprimé 1 à 2 fois par jour avec de la nourriture.
Recommended Use: A factor in the maintenance of good health. | Usage recommandé : Facteur du maintien d'une bonne santé.""",
 el=250, forms=["oxide", "citrate"], dv=None, sc=None)

add("uk17_viridian_per_2_vegicaps_nrv_b6_714pct", "en", "intl",
 "Modelled on a Viridian magnesium citrate vegicap (UK; the product and panel set here, may not match a current SKU): 'Nutrition Information | Per 2 Vegicaps | %NRV*', 'Magnesium (from magnesium citrate) 150mg 40%' (150/375 = 40) and a large B6 percent, 'Vitamin B6 (pyridoxal-5-phosphate) 10mg 714%'. %NRV on 375; 60 vegicaps / 2 = 30 (IMPLIED_SC).",
"""VIRIDIAN
Magnesium Citrate with Vitamin B6
Food Supplement | 60 Vegicaps
Nutrition Information | Per 2 Vegicaps | %NRV*
Magnesium (from magnesium citrate) | 150mg | 40%
Vitamin B6 (pyridoxal-5-phosphate) | 10mg | 714%
*NRV = Nutrient Reference Value
Ingredients: Magnesium citrate, vegetable capsule (hydroxypropyl methylcellulose), pyridoxal-5-phosphate.
Directions: Take 2 vegicaps daily with food. Do not exceed the recommended daily dose. Food supplements should not be used as a substitute for a varied diet and a healthy lifestyle.""",
 el=150, forms=["citrate"], dv=40, sc=30, _dvb=375)

# ===================================================================== topical
add("tp17_ancientminerals_lotion_half_tsp_125mg", "en", "topical",
 "Modelled on Ancient Minerals\u00ae Magnesium Lotion (US; the content line set here, may not match the current label): 'Magnesium Content: each \u00bd tsp (2.5 mL) provides approximately 125 mg of elemental magnesium', a magnesium chloride brine in a lotion base; the 8 fl oz size and 'up to 1 tsp twice daily' are not the value. Per the stated unit (\u00bd tsp) 125 mg; topical -> no %, serving_count null.",
"""ANCIENT MINERALS®
Magnesium Lotion
Genuine Zechstein™ Magnesium Chloride | For external use only | 8 fl oz (237 mL)
Magnesium Content: each ½ tsp (2.5 mL) provides approximately 125 mg of elemental magnesium.
Ingredients: Genuine Zechstein magnesium chloride brine, purified water, coconut oil, cocoa butter, beeswax, shea butter, glyceryl stearate.
Directions: Apply ½ to 1 tsp to arms, legs or abdomen up to twice daily and massage in. Avoid broken or irritated skin. Keep out of reach of children.""",
 el=125, forms=["chloride"], dv=None, sc=None)

# ===================================================================== negatives (English)
add("neg17_nutricology_magnolia_bark_magn_word_magnesium_stearate", "en", "negative",
 "Modelled on a NutriCology supplement (US; the magnolia bark product and panel are set here and may not exist in this form): a SLEEP product whose botanical starts with 'Magn-', 'Magnolia Bark Extract (Magnolia officinalis) 250 mg \u2020', and magnesium only as 'magnesium stearate' among the other ingredients -> no_magnesium. Servings Per Container 60 (printed).",
"""NUTRICOLOGY®
Magnolia Bark Extract
Calm & Restful Sleep | Dietary Supplement | 60 Vegetarian Capsules
Supplement Facts
Serving Size 1 Capsule
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Magnolia Bark Extract (Magnolia officinalis) (standardized to 90% honokiol and magnolol) | 250 mg | †
† Daily Value not established.
Other Ingredients: Hypromellose (capsule), microcrystalline cellulose, magnesium stearate.
Suggested Use: Take 1 capsule at bedtime, or as directed by a healthcare practitioner.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=60)

add("neg17_schnucks_senna_laxative_magnesium_stearate", "en", "negative",
 "Modelled on a store-brand senna laxative tablet (sennosides 8.6 mg, the usual OTC monograph product; as remembered, the inactive list set here), under the Schnucks store brand (may not exist in this form): a LAXATIVE Drug Facts whose only active is 'Sennosides 8.6 mg' and magnesium only as 'magnesium stearate' in the inactive ingredients -> no_magnesium. Drug Facts negative -> serving_count null.",
"""Schnucks
Senna Laxative | Sennosides 8.6 mg | Natural Vegetable Laxative | 100 Tablets
Drug Facts
Active ingredient (in each tablet) | Purpose
Sennosides 8.6 mg | Stimulant laxative
Uses • relieves occasional constipation (irregularity) • generally produces bowel movement in 6 to 12 hours
Warnings
Do not use laxative products for longer than 1 week unless told to do so by a doctor.
Ask a doctor before use if you have • stomach pain, nausea, or vomiting • noticed a sudden change in bowel habits that continues over a period of 2 weeks
Keep out of reach of children.
Directions • take preferably at bedtime or as directed by a doctor
adults and children 12 years and over | 2 tablets once a day; maximum 4 tablets twice a day
children 6 to under 12 years | 1 tablet once a day; maximum 2 tablets twice a day
children under 6 years | ask a doctor
Other information • store at 25°C (77°F)
Inactive ingredients croscarmellose sodium, dicalcium phosphate, hypromellose, magnesium stearate, microcrystalline cellulose, mineral oil""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=None)
