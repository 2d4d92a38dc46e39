# Label sources, part P (blind set 14): US Supplement Facts panels (a compound-named row with the element inside the name cell,
# a Magtein trademark footnote, a buffered chelate, an all-capitals store-brand panel, 'from' wording, two serving-size columns,
# a sleep formula, a gummy, a ZMA, a glycinate, an algae calcium without a named Mg salt, two calcium-first 'plus minerals'
# products, an 'elemental' source clause), multivitamins, two powders, two drinks, OTC Drug Facts, UK / Canada / New Zealand,
# an English topical and the English negatives. EU labels are in labels_q.py (which imports add/L from here).
# Same format as bench/blindset13/labels_x.py: table cells are separated by " | "; a line ending in " |" is a table row whose
# remaining cells are empty (used for names wrapped over lines). Keys starting with "_" are private to the checker
# (check_set.py) and are not written to expected.jsonl:
#   _dvb = the DV base the printed %DV was computed from (default 420 for en, 375 for EU languages; the UK label sets 375,
#          the prenatal sets 400).
L = []
def add(id, lang, kind, note, text, status="ok", el=None, tol=2, forms=(), dv=None, sc=None, **extra):
    d = dict(id=id, lang=lang, kind=kind, source_note=note, status=status, elemental_mg=el,
             elemental_tol_pct=tol, forms=list(forms), percent_dv=dv, serving_count=sc, _text=text)
    d.update(extra); L.append(d)

# ===================================================================== US Supplement Facts
add("us14_natureslab_bisglycinate_1700_yielding_240_in_name_cell", "en", "us_supplement",
 "Modelled on Nature's Lab magnesium glycinate capsules (US; natureslab.com magnesium collection page consulted for the product family only; panel, amounts and wording set here, as remembered, may not match a current SKU): the panel row names the COMPOUND, wraps over two lines and carries the element inside the name cell, 'Magnesium Bisglycinate Chelate / (yielding 240 mg elemental magnesium) 1,700 mg 57%'; the amount column holds the compound weight, the %DV belongs to the element (240/420 = 57.1). 1,700 x 0.141 = 240; the 1,700 mg is never the elemental value. 120 capsules / 2 = 60 (printed).",
"""NATURE'S LAB
Magnesium Glycinate
Chelated for Gentle Absorption | Dietary Supplement | 120 Veggie Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Magnesium Bisglycinate Chelate |
(yielding 240 mg elemental magnesium) | 1,700 mg | 57%
Other Ingredients: Hypromellose (vegetable capsule), rice flour, silicon dioxide.
Suggested Use: Take 2 capsules daily with water, or as directed by your healthcare practitioner.
Gluten Free • Non-GMO • Third-Party Tested""",
 el=240, forms=["glycinate"], dv=57, sc=60)

add("us14_pureencaps_cognimag_magtein_2000mg_title_double_dagger", "en", "us_supplement",
 "Modelled on Pure Encapsulations CogniMag capsules (Magtein magnesium L-threonate; as remembered, amounts approximate, may not match a current SKU): the compound weight stands only in the TITLE block, '2,000 mg per serving', the row carries a double-dagger marker after the nutrient name, 'Magnesium\u2021 (as Magtein\u00ae magnesium L-threonate) 144 mg 34%' (2,000 x 0.072 = 144; 144/420 = 34.3), and the footnote is a trademark note, not a source. 90 capsules / 3 = 30 (printed).",
"""PURE ENCAPSULATIONS®
CogniMag®
Magtein® Magnesium L-Threonate | 2,000 mg per serving | Hypoallergenic Dietary Supplement | 90 Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 30
 | Amount Per Serving | % DV
Magnesium‡ (as Magtein® magnesium L-threonate) | 144 mg | 34%
‡ Magtein® is a registered trademark of AIDP, Inc.
Other Ingredients: Hypromellose (vegetarian capsule), microcrystalline cellulose.
Suggested Use: 3 capsules daily, in divided doses, with meals.""",
 el=144, forms=["threonate"], dv=34, sc=30)

add("us14_solgar_chelated_magnesium_bisglycinate_oxide_wrapped", "en", "us_supplement",
 "Modelled on Solgar Chelated Magnesium tablets (as remembered; the salts named and the amount may not match a current SKU; earlier sets used other Solgar products): a BUFFERED chelate whose source names both salts and wraps after 'and', 'Magnesium (as magnesium bisglycinate chelate and / magnesium oxide) 400 mg 95%' (400/420 = 95.2). Forms glycinate + oxide. A 'Free Of' line follows the other ingredients. 100 tablets / 2 = 50 (printed).",
"""SOLGAR®
Chelated Magnesium
Supports Bone Health & Muscle Function* | Dietary Supplement | 100 Tablets
Supplement Facts
Serving Size 2 Tablets
Servings Per Container 50
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium bisglycinate chelate and |
magnesium oxide) | 400 mg | 95%
Other Ingredients: Microcrystalline cellulose, vegetable cellulose, vegetable stearic acid, silica, vegetable magnesium stearate, vegetable glycerin.
Free Of: Gluten, wheat, dairy, soy, yeast, sugar, sodium, artificial flavor, sweetener, preservatives and color.
Suggested Use: As a dietary supplement for adults, take two (2) tablets daily, preferably at mealtime.
*These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or prevent any disease.""",
 el=400, forms=["glycinate", "oxide"], dv=95, sc=50)

add("us14_welby_aldi_oxide250_all_capitals_serving_size_in_words", "en", "us_supplement",
 "Modelled on a welby\u00ae (ALDI US house brand) Magnesium 250 mg tablet (as remembered; may not match a current SKU): the whole panel is printed in CAPITALS, 'SUPPLEMENT FACTS', 'SERVING SIZE: ONE TABLET', 'MAGNESIUM (AS MAGNESIUM OXIDE) 250 MG 60%' (250/420 = 59.5). 200 tablets, 1 a day -> 200 (printed).",
"""welby®
Magnesium 250 mg
Dietary Supplement | Bone & Muscle Health* | 200 Tablets
SUPPLEMENT FACTS
SERVING SIZE: ONE TABLET
SERVINGS PER CONTAINER: 200
 | AMOUNT PER SERVING | % DAILY VALUE
MAGNESIUM (AS MAGNESIUM OXIDE) | 250 MG | 60%
OTHER INGREDIENTS: MICROCRYSTALLINE CELLULOSE, CROSCARMELLOSE SODIUM, STEARIC ACID, MAGNESIUM STEARATE, SILICON DIOXIDE, HYPROMELLOSE, POLYETHYLENE GLYCOL.
SUGGESTED USE: ADULTS, TAKE ONE (1) TABLET DAILY WITH A MEAL.
*THESE STATEMENTS HAVE NOT BEEN EVALUATED BY THE FOOD AND DRUG ADMINISTRATION.
DISTRIBUTED BY ALDI INC., BATAVIA, IL 60510""",
 el=250, forms=["oxide"], dv=60, sc=200)

add("us14_wegmans_citrate_from_wording_two_caplets", "en", "us_supplement",
 "Modelled on a Wegmans (US grocery chain house brand) Magnesium Citrate caplet (as remembered; may not match a current SKU): the source clause uses 'from' instead of 'as', 'Magnesium (from magnesium citrate) 200 mg 48%' (200/420 = 47.6), and the front says '200 mg per serving'. 120 caplets / 2 = 60 (printed).",
"""Wegmans
Magnesium Citrate
200 mg per serving | Dietary Supplement | 120 Caplets
Supplement Facts
Serving Size 2 Caplets
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Magnesium (from magnesium citrate) | 200 mg | 48%
Other Ingredients: Cellulose, croscarmellose sodium, vegetable stearic acid, hypromellose, silica, vegetable magnesium stearate, glycerin.
Directions: Adults take 2 caplets daily with food. Do not exceed recommended dose.
Distributed by Wegmans Food Markets, Inc., Rochester, NY 14603""",
 el=200, forms=["citrate"], dv=48, sc=60)

add("us14_doublewood_malate_two_serving_size_columns_1_and_3", "en", "us_supplement",
 "Modelled on Double Wood Supplements Magnesium Malate capsules (as remembered; amounts approximate; earlier sets used a Double Wood threonate): a dual-column panel with TWO SERVING SIZES, 'Serving Size | 1 Capsule | 3 Capsules', 'Servings Per Container | 120 | 40', 'Amount Per 1 Capsule | % DV | Amount Per 3 Capsules | % DV': 'Magnesium (as magnesium malate) 75 mg 18% 225 mg 54%' (225/420 = 53.6). The directions give 1 capsule three times daily, so the 3-capsule column is the daily dose and the value (225 mg, 54 %, 40 servings); per capsule 75 mg in elemental_alt_mg.",
"""DOUBLE WOOD SUPPLEMENTS
Magnesium Malate
Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size | 1 Capsule | 3 Capsules
Servings Per Container | 120 | 40
 | Amount Per 1 Capsule | % DV | Amount Per 3 Capsules | % DV
Magnesium (as magnesium malate) | 75 mg | 18% | 225 mg | 54%
Other Ingredients: Hypromellose (capsule), rice flour.
Suggested Use: Take 1 capsule three times daily with meals, or as directed by a healthcare professional.""",
 el=225, forms=["malate"], dv=54, sc=40, elemental_alt_mg=75)

add("us14_momentous_sleep_magtein_apigenin_theanine_two_caps", "en", "us_supplement",
 "Modelled on Momentous Sleep capsules (Magtein + apigenin + L-theanine; as remembered, amounts approximate, may not match a current formula; earlier sets used a different Momentous product): a sleep formula whose magnesium row is modest, 'Magnesium (as Magtein\u00ae magnesium L-threonate) 72 mg 17%' (72/420 = 17.1), above L-theanine and apigenin rows marked '\u2020'. 60 capsules / 2 = 30 (printed).",
"""MOMENTOUS
Sleep
Magtein® + Apigenin + L-Theanine | Caffeine Free | Dietary Supplement | 60 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium (as Magtein® magnesium L-threonate) | 72 mg | 17%
L-Theanine (Suntheanine®) | 200 mg | †
Apigenin (from chamomile flower extract) | 50 mg | †
† Daily Value not established.
Other Ingredients: Hypromellose (capsule), microcrystalline cellulose.
Suggested Use: Take 2 capsules 30-60 minutes before bed. Not for use by children or by pregnant or nursing women. Do not drive or operate machinery after use.""",
 el=72, forms=["threonate"], dv=17, sc=30)

add("us14_microingredients_citrate_gummies_two_added_sugars", "en", "us_supplement",
 "Modelled on Micro Ingredients magnesium gummies (as remembered; amounts and the salt approximate, may not match a current SKU; earlier sets used other Micro Ingredients products): a gummy panel with a gram weight in the serving size, 'Serving Size 2 Gummies (5 g)', calorie / carbohydrate / added-sugar rows with '*' %DVs, and 'Magnesium (as magnesium citrate) 100 mg 24%' (100/420 = 23.8). 60 gummies / 2 = 30 (printed).",
"""Micro Ingredients
Magnesium Gummies
Natural Mixed Berry | Vegan | Dietary Supplement | 60 Gummies
Supplement Facts
Serving Size 2 Gummies (5 g)
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Calories | 15 |
Total Carbohydrate | 4 g | 1%*
Total Sugars | 3 g | †
Includes 3 g Added Sugars | | 6%*
Magnesium (as magnesium citrate) | 100 mg | 24%
* Percent Daily Values are based on a 2,000 calorie diet. † Daily Value not established.
Other Ingredients: Organic tapioca syrup, organic cane sugar, water, pectin, citric acid, natural berry flavor, sodium citrate, black carrot juice concentrate (color), organic sunflower oil, carnauba wax.
Suggested Use: Chew 2 gummies daily. Keep out of reach of children.""",
 el=100, forms=["citrate"], dv=24, sc=30)

add("us14_jarrow_zma_aspartate_women_take_two", "en", "us_supplement",
 "Modelled on Jarrow Formulas ZMA\u00ae capsules (as remembered; amounts approximate, may not match a current SKU): a zinc-magnesium-B6 sports formula, 'Serving Size 3 Capsules', 'Magnesium (as magnesium aspartate) 450 mg 107%' (450/420 = 107.1) between B6 and zinc rows; the directions say 'Men: take 3 capsules ... Women: take 2 capsules'. US directions never redefine the serving: 450 mg per the printed 3-capsule serving. 90 capsules / 3 = 30 (printed).",
"""JARROW FORMULAS®
ZMA®
Zinc, Magnesium Aspartate & Vitamin B6 | Sports Recovery | Dietary Supplement | 90 Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 30
 | Amount Per Serving | % DV
Vitamin B6 (as pyridoxine HCl) | 10.5 mg | 618%
Magnesium (as magnesium aspartate) | 450 mg | 107%
Zinc (as zinc monomethionine and zinc aspartate) | 30 mg | 273%
Other Ingredients: Gelatin (capsule), magnesium stearate, silicon dioxide.
Suggested Use: Men: take 3 capsules daily on an empty stomach 30-60 minutes before bedtime. Women: take 2 capsules daily. Avoid taking with calcium-containing foods or supplements.
ZMA® is a registered trademark of SNAC Nutrition.""",
 el=450, forms=["aspartate"], dv=107, sc=30)

add("us14_kal_glycinate350_three_tablets_one_thrice_daily", "en", "us_supplement",
 "Modelled on KAL\u00ae Magnesium Glycinate 350 tablets (as remembered; may not match a current SKU; earlier sets used KAL citrate and taurate): 'Serving Size 3 Tablets' with the directions '1 tablet three times daily', 'Magnesium (as magnesium bisglycinate chelate) 350 mg 83%' (350/420 = 83.3); the front number '350' is the per-serving element. 90 tablets / 3 = 30 (printed).",
"""KAL®
Magnesium Glycinate 350
Chelated Magnesium | Dietary Supplement | 90 Tablets
Supplement Facts
Serving Size 3 Tablets
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium bisglycinate chelate) | 350 mg | 83%
Other Ingredients: Cellulose, vegetable stearic acid, croscarmellose sodium, silica, vegetable magnesium stearate, vegetable glaze.
Suggested Use: Take 1 tablet three times daily with meals.""",
 el=350, forms=["glycinate"], dv=83, sc=30)

add("us14_gardenoflife_mykind_plant_calcium_algae_mg_no_salt", "en", "us_supplement",
 "Modelled on Garden of Life mykind Organics Plant Calcium tablets (as remembered; amounts approximate, may not match a current formula; earlier sets used other Garden of Life products): calcium FIRST, and both minerals come 'from organic algae, Lithothamnion sp.' with NO magnesium compound named anywhere: 'Magnesium (from organic algae, Lithothamnion sp.) 70 mg 17%' (70/420 = 16.7). ok, forms empty (NO_FORMS; a whole-food source without a compound name). 90 tablets / 3 = 30 (printed).",
"""GARDEN OF LIFE®
mykind Organics Plant Calcium
Whole Food Calcium with Magnesium, D3 & K2 | USDA Organic | Dietary Supplement | 90 Vegan Tablets
Supplement Facts
Serving Size 3 Tablets
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Vitamin D3 (as cholecalciferol from lichen) | 20 mcg (800 IU) | 100%
Vitamin K (as K2 menaquinone-7 and K1 phylloquinone) | 120 mcg | 100%
Calcium (from organic algae, Lithothamnion sp.) | 800 mg | 62%
Magnesium (from organic algae, Lithothamnion sp.) | 70 mg | 17%
Organic Fruit & Vegetable Blend | 50 mg | †
(amla, apple, beet, broccoli, carrot, cherry, spinach, tomato) |
† Daily Value not established.
Other Ingredients: Organic acacia gum, organic rice extract blend, organic rice hull concentrate.
Suggested Use: Take 3 tablets daily with or without food. Tablets may be broken in half for easier swallowing.""",
 el=70, forms=[], dv=17, sc=30)

add("us14_caltrate_600_d3_plus_minerals_mg50_one_tablet_twice_daily", "en", "us_supplement",
 "Modelled on Caltrate\u00ae 600+D3 PLUS Minerals tablets (Haleon; as remembered, amounts approximate; earlier sets used plain Caltrate 600+D3 as a negative, this product adds minerals): a calcium product that DOES carry magnesium, 'Magnesium (as magnesium oxide) 50 mg 12%' (50/420 = 11.9) below vitamin D3 and calcium, with zinc, copper, manganese and boron rows; header 'Amount Per Tablet'. Directions 'one tablet twice daily' do not redefine the 1-tablet serving. Servings Per Container 120 (printed).",
"""Caltrate®
600+D3 PLUS Minerals
Calcium & Vitamin D3 Supplement | Bone Health* | 120 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 120
 | Amount Per Tablet | % Daily Value
Vitamin D3 | 20 mcg (800 IU) | 100%
Calcium (as calcium carbonate) | 600 mg | 46%
Magnesium (as magnesium oxide) | 50 mg | 12%
Zinc (as zinc oxide) | 7.5 mg | 68%
Copper (as cupric sulfate) | 1 mg | 111%
Manganese (as manganese sulfate) | 1.8 mg | 78%
Boron (as sodium borate) | 250 mcg | **
** Daily Value not established.
Other Ingredients: Maltodextrin, crospovidone, hypromellose, mineral oil, titanium dioxide (color), sodium lauryl sulfate, polyethylene glycol, magnesium stearate, FD&C yellow no. 6 aluminum lake.
Directions: Take one tablet twice daily with food.""",
 el=50, forms=["oxide"], dv=12, sc=120)

add("us14_citracal_maximum_plus_calcium_citrate_first_two_caplets", "en", "us_supplement",
 "Modelled on Citracal\u00ae Maximum Plus caplets (Bayer; calcium citrate + D3 with magnesium and trace minerals; as remembered, amounts approximate; earlier sets used a Citracal-type plain calcium as a negative style): a 2-caplet serving with CALCIUM IN THE FIRST ROW and magnesium third, 'Magnesium (as magnesium oxide) 80 mg 19%' (80/420 = 19.0). Directions '2 caplets once daily or 1 caplet twice daily'. 120 caplets / 2 = 60 (printed).",
"""Citracal®
Maximum Plus
Calcium Citrate + D3 with Magnesium, Zinc, Copper, Manganese & Boron | 120 Caplets
Supplement Facts
Serving Size 2 Caplets
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Calcium (as calcium citrate) | 630 mg | 48%
Vitamin D3 (as cholecalciferol) | 25 mcg (1,000 IU) | 125%
Magnesium (as magnesium oxide) | 80 mg | 19%
Zinc (as zinc oxide) | 7.5 mg | 68%
Copper (as cupric oxide) | 0.5 mg | 56%
Manganese (as manganese sulfate) | 1.8 mg | 78%
Boron (as boron citrate) | 250 mcg | †
† Daily Value not established.
Other Ingredients: Polyethylene glycol, hypromellose, croscarmellose sodium, magnesium silicate, titanium dioxide (color), mineral oil, sodium lauryl sulfate, FD&C red no. 40 aluminum lake.
Suggested Use: Take 2 caplets once daily or 1 caplet twice daily with meals.""",
 el=80, forms=["oxide"], dv=19, sc=60)

add("us14_vitacost_citrate_elemental_in_source_clause_two_caps", "en", "us_supplement",
 "Modelled on a vitacost\u00ae Magnesium Citrate capsule (Vitacost house brand; as remembered, may not match a current SKU; earlier sets used Vitacost buffered oxide and malate): the word ELEMENTAL in its own parentheses before the source, 'Magnesium (elemental) (as magnesium citrate) 300 mg 71%' (300/420 = 71.4), and the front '300 mg Elemental Magnesium per serving'. 240 capsules / 2 = 120 (printed).",
"""vitacost®
Magnesium Citrate
300 mg Elemental Magnesium per serving | Dietary Supplement | 240 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 120
 | Amount Per Serving | % Daily Value
Magnesium (elemental) (as magnesium citrate) | 300 mg | 71%
Other Ingredients: Gelatin (capsule), magnesium stearate, silicon dioxide.
Suggested Use: Take 2 capsules daily with a meal, or as directed by a healthcare professional.""",
 el=300, forms=["citrate"], dv=71, sc=120)

# ===================================================================== multivitamins
add("mv14_herbalife_formula2_multivitamin_three_tablets_wrapped_salts", "en", "multivitamin",
 "Modelled on Herbalife Formula 2 Multivitamin Complex tablets (as remembered; nutrient amounts and salts approximate, may not match a current formula): a 20-row multivitamin panel for 3 tablets where the magnesium source names two salts and WRAPS, 'Magnesium (as magnesium oxide and / magnesium citrate) 150 mg 36%' (150/420 = 35.7); calcium (dicalcium phosphate, calcium carbonate), zinc and copper rows are other minerals. Directions '1 tablet three times daily'. 90 tablets / 3 = 30 (printed).",
"""HERBALIFE NUTRITION
Formula 2 Multivitamin Complex
Dietary Supplement | 90 Tablets
Supplement Facts
Serving Size 3 Tablets
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Vitamin A (as beta-carotene and retinyl acetate) | 900 mcg | 100%
Vitamin C (as ascorbic acid) | 180 mg | 200%
Vitamin D3 (as cholecalciferol) | 20 mcg (800 IU) | 100%
Vitamin E (as d-alpha tocopheryl succinate) | 30 mg | 200%
Thiamin (as thiamine mononitrate) | 2.4 mg | 200%
Riboflavin | 2.6 mg | 200%
Niacin (as niacinamide) | 32 mg | 200%
Vitamin B6 (as pyridoxine hydrochloride) | 3.4 mg | 200%
Folate | 680 mcg DFE (400 mcg folic acid) | 170%
Vitamin B12 (as cyanocobalamin) | 12 mcg | 500%
Biotin | 60 mcg | 200%
Pantothenic Acid (as d-calcium pantothenate) | 10 mg | 200%
Calcium (as dicalcium phosphate and calcium carbonate) | 300 mg | 23%
Iron (as ferrous fumarate) | 9 mg | 50%
Magnesium (as magnesium oxide and |
magnesium citrate) | 150 mg | 36%
Zinc (as zinc oxide) | 11 mg | 100%
Selenium (as L-selenomethionine) | 55 mcg | 100%
Copper (as copper gluconate) | 0.9 mg | 100%
Manganese (as manganese sulfate) | 2.3 mg | 100%
Chromium (as chromium picolinate) | 35 mcg | 100%
Other Ingredients: Microcrystalline cellulose, croscarmellose sodium, stearic acid, hypromellose, silicon dioxide, magnesium stearate, alfalfa leaf powder, glycerin.
Suggested Use: Take 1 tablet three times daily with meals.""",
 el=150, forms=["oxide", "citrate"], dv=36, sc=30)

add("mv14_megafood_multi_women40_two_tablets_goodness_blend", "en", "multivitamin",
 "Modelled on MegaFood Multi for Women 40+ tablets (as remembered; nutrient amounts and the Mg salt approximate, may not match a current formula; an earlier set used a MegaFood magnesium): a 2-tablet women's multi with food blends below the nutrients ('MegaFood Goodness Blend 100 mg', an herbal blend) and a small 'Magnesium (as magnesium citrate) 50 mg 12%' (50/420 = 11.9). 60 tablets / 2 = 30 (printed).",
"""MEGAFOOD®
Multi for Women 40+
Made with Real Food | Dietary Supplement | 60 Tablets
Supplement Facts
Serving Size 2 Tablets
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Vitamin A (as beta-carotene) | 450 mcg | 50%
Vitamin C (as ascorbic acid) | 90 mg | 100%
Vitamin D3 (as cholecalciferol) | 25 mcg (1,000 IU) | 125%
Vitamin E (as d-alpha tocopherol) | 15 mg | 100%
Vitamin K1 (as phylloquinone) | 60 mcg | 50%
Thiamin | 1.2 mg | 100%
Riboflavin | 1.3 mg | 100%
Niacin (as niacinamide) | 16 mg | 100%
Vitamin B6 (as pyridoxal-5-phosphate) | 1.7 mg | 100%
Folate | 680 mcg DFE (400 mcg methylfolate) | 170%
Vitamin B12 (as methylcobalamin) | 10 mcg | 417%
Biotin | 30 mcg | 100%
Iodine (as potassium iodide) | 75 mcg | 50%
Magnesium (as magnesium citrate) | 50 mg | 12%
Zinc (as zinc citrate) | 8 mg | 73%
Selenium (as L-selenomethionine) | 55 mcg | 100%
Copper (as copper citrate) | 0.9 mg | 100%
Chromium (as chromium picolinate) | 35 mcg | 100%
MegaFood Goodness Blend | 100 mg | †
(organic oranges, organic carrots, organic broccoli, organic kale, organic beets) |
Women's Herbal Blend | 50 mg | †
(organic ashwagandha root, organic turmeric root, organic ginger root) |
† Daily Value not established.
Other Ingredients: Organic brown rice, cellulose, silica, vegetable lubricant.
Suggested Use: Take 2 tablets daily with food. May be taken with a glass of water or juice.""",
 el=50, forms=["citrate"], dv=12, sc=30)

add("mv14_needed_prenatal_multi_8caps_dv_base_named_in_footnote", "en", "multivitamin",
 "Modelled on Needed. Prenatal Multi capsules (as remembered; nutrient amounts approximate, may not match a current formula): an 8-capsule prenatal whose column header is only '% DV*' and whose FOOTNOTE names the population, '*Percent Daily Values are based on the Daily Values for pregnant and lactating women.' 'Magnesium (as magnesium bisglycinate chelate) 100 mg 25%' on the pregnancy base (100/400 = 25; on 420 it would be 24). 240 capsules / 8 = 30 (printed).",
"""NEEDED.
Prenatal Multi
For Pre-Conception, Pregnancy & Postpartum | Dietary Supplement | 240 Capsules
Supplement Facts
Serving Size 8 Capsules
Servings Per Container 30
 | Amount Per Serving | % DV*
Vitamin A (as beta-carotene and retinyl palmitate) | 1,000 mcg RAE | 77%
Vitamin C (as calcium ascorbate) | 150 mg | 125%
Vitamin D3 (as cholecalciferol from lichen) | 100 mcg (4,000 IU) | 667%
Vitamin E (as d-alpha tocopherol) | 15 mg | 79%
Vitamin B6 (as pyridoxal-5'-phosphate) | 10 mg | 500%
Folate (as L-5-MTHF calcium salt) | 1,360 mcg DFE (800 mcg L-5-MTHF) | 227%
Vitamin B12 (as methylcobalamin and adenosylcobalamin) | 100 mcg | 3,571%
Choline (as choline bitartrate) | 400 mg | 73%
Iodine (as potassium iodide) | 150 mcg | 52%
Magnesium (as magnesium bisglycinate chelate) | 100 mg | 25%
Zinc (as zinc bisglycinate chelate) | 15 mg | 115%
Selenium (as L-selenomethionine) | 70 mcg | 100%
*Percent Daily Values are based on the Daily Values for pregnant and lactating women.
Other Ingredients: Hypromellose (capsule), microcrystalline cellulose, silica.
Suggested Use: Take 8 capsules daily with food, in divided doses (for example 4 with breakfast and 4 with lunch).""",
 el=100, forms=["glycinate"], dv=25, sc=30, _dvb=400)

# ===================================================================== powders
add("pw14_huel_powder_nutrition_facts_two_scoops_nf_round_20", "en", "powder",
 "Modelled on Huel\u00ae Powder v3.0 (US bag; as remembered, the serving and amounts approximate, may not match a current SKU): a NUTRITION FACTS panel ('About 43 servings per container', 'Serving size 2 scoops (40g)') with vitamin/mineral rows in the food rounding steps of magnesium.md section 4, 'Magnesium 92mg 20%' (92/420 = 21.9 -> 20 % in steps of 5). The directions offer 5 scoops (100 g) for a 400-kcal meal; directions do not redefine the serving. The added Mg salt is 'Magnesium Oxide' in the micronutrient blend (calcium carbonate and potassium chloride are other minerals). serving_count 43 from the printed 'About 43'.",
"""Huel®
Powder v3.0
Nutritionally Complete Food | Vanilla | Net Wt 3.8 lb (1.73 kg)
Nutrition Facts
About 43 servings per container
Serving size | 2 scoops (40g)
Calories | 160 |
 | | % Daily Value*
Total Fat | 5g | 6%
Saturated Fat | 1g | 5%
Trans Fat | 0g |
Cholesterol | 0mg | 0%
Sodium | 140mg | 6%
Total Carbohydrate | 15g | 5%
Dietary Fiber | 3g | 11%
Total Sugars | 2g |
Includes 2g Added Sugars | | 4%
Protein | 12g | 24%
Vitamin D | 2mcg | 10%
Calcium | 260mg | 20%
Iron | 3.6mg | 20%
Potassium | 620mg | 15%
Vitamin A | 160mcg | 20%
Vitamin C | 24mg | 25%
Phosphorus | 300mg | 25%
Iodine | 30mcg | 20%
Magnesium | 92mg | 20%
Zinc | 2.4mg | 20%
*The % Daily Value (DV) tells you how much a nutrient in a serving of food contributes to a daily diet. 2,000 calories a day is used for general nutrition advice.
Ingredients: Oats, Pea Protein, Flaxseed, Brown Rice Protein, Natural Flavors, Tapioca Starch, Medium-Chain Triglyceride Powder (from Coconut), Micronutrient Blend (Potassium Chloride, Calcium Carbonate, Magnesium Oxide, Vitamin C, Zinc Gluconate, Vitamin E, Niacin, Vitamin A, Vitamin D2, Potassium Iodide, Vitamin B12), Sucralose, Stevia.
Directions: Add 2 scoops (40g) to 8 fl oz of cold water and shake well. For a full 400-calorie meal, use 5 scoops (100g) with 16 fl oz of water.""",
 el=92, forms=["oxide"], dv=20, sc=43)

add("pw14_emergenc_1000mg_packet_mg60_among_electrolytes", "en", "powder",
 "Modelled on Emergen-C\u00ae 1000 mg Vitamin C Super Orange fizzy drink mix packets (Haleon; as remembered, the salts and amounts approximate, may not match a current formula): a Supplement Facts panel for 1 packet (9.1 g) with calorie and added-sugar rows, a huge vitamin C row ('1,000 mg 1,111%', a trap), B-vitamins, and among the minerals 'Magnesium (as magnesium carbonate) 60 mg 14%' (60/420 = 14.3); calcium carbonate, sodium and potassium bicarbonate are other minerals' salts. 30 packets (printed).",
"""Emergen-C®
1000 mg Vitamin C
Super Orange | Fizzy Drink Mix | Dietary Supplement | 30 Packets | Net Wt 9.6 oz (273 g)
Supplement Facts
Serving Size 1 Packet (9.1 g)
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Calories | 35 |
Total Carbohydrate | 9 g | 3%*
Total Sugars | 6 g | †
Includes 6 g Added Sugars | | 12%*
Vitamin C (as ascorbic acid, sodium ascorbate, calcium ascorbate) | 1,000 mg | 1,111%
Thiamin (as thiamine hydrochloride) | 0.38 mg | 32%
Riboflavin | 0.43 mg | 33%
Niacin (as niacinamide) | 5 mg | 31%
Vitamin B6 (as pyridoxine hydrochloride) | 10 mg | 588%
Folate | 100 mcg DFE (60 mcg folic acid) | 25%
Vitamin B12 (as cyanocobalamin) | 25 mcg | 1,042%
Pantothenic Acid (as calcium pantothenate) | 2.5 mg | 50%
Calcium (as calcium carbonate) | 50 mg | 4%
Magnesium (as magnesium carbonate) | 60 mg | 14%
Zinc (as zinc sulfate) | 2 mg | 18%
Manganese (as manganese sulfate) | 0.5 mg | 22%
Chromium (as chromium chloride) | 10 mcg | 29%
Sodium (as sodium bicarbonate) | 65 mg | 3%
Potassium (as potassium bicarbonate) | 200 mg | 4%
* Percent Daily Values are based on a 2,000 calorie diet. † Daily Value not established.
Other Ingredients: Fructose, citric acid, maltodextrin, natural orange flavor, silica.
Directions: Dissolve 1 packet in 4-6 oz of water. Stir and drink once fizzing is reduced. Adults and children 15 years and older: 1 packet daily.""",
 el=60, forms=["carbonate"], dv=14, sc=30)

# ===================================================================== drinks
add("lq14_soylent_original_bottle_nf_84mg_20pct_every_row", "en", "liquid",
 "Modelled on Soylent\u00ae Original complete nutrition shake, 14 fl oz bottle (as remembered; amounts approximate): a NUTRITION FACTS panel in which nearly every vitamin and mineral row reads 20 %, 'Magnesium 84mg 20%' (84/420 = 20.0, step of 5). The added salt is 'magnesium phosphate' in the vitamin & mineral blend (calcium phosphate and potassium citrate are other minerals). '1 serving per container' (printed).",
"""soylent®
Complete Nutrition Shake | Original | 20 g Plant Protein | 14 FL OZ (414 mL)
Nutrition Facts
1 serving per container
Serving size | 1 bottle (414 mL)
Calories | 400 |
 | | % Daily Value*
Total Fat | 24g | 31%
Saturated Fat | 2g | 10%
Trans Fat | 0g |
Cholesterol | 0mg | 0%
Sodium | 300mg | 13%
Total Carbohydrate | 36g | 13%
Dietary Fiber | 3g | 11%
Total Sugars | 14g |
Includes 14g Added Sugars | | 28%
Protein | 20g | 40%
Vitamin D | 4mcg | 20%
Calcium | 260mg | 20%
Iron | 3.6mg | 20%
Potassium | 700mg | 15%
Vitamin A | 180mcg | 20%
Vitamin C | 18mg | 20%
Vitamin E | 3mg | 20%
Vitamin K | 24mcg | 20%
Thiamin | 0.24mg | 20%
Riboflavin | 0.26mg | 20%
Niacin | 3.2mg | 20%
Vitamin B6 | 0.34mg | 20%
Folate | 80mcg DFE | 20%
Vitamin B12 | 0.48mcg | 20%
Biotin | 6mcg | 20%
Pantothenic Acid | 1mg | 20%
Phosphorus | 250mg | 20%
Iodine | 30mcg | 20%
Magnesium | 84mg | 20%
Zinc | 2.2mg | 20%
Selenium | 11mcg | 20%
Copper | 0.18mg | 20%
Manganese | 0.46mg | 20%
Chromium | 7mcg | 20%
Molybdenum | 9mcg | 20%
Chloride | 460mg | 20%
Choline | 110mg | 20%
*The % Daily Value (DV) tells you how much a nutrient in a serving of food contributes to a daily diet. 2,000 calories a day is used for general nutrition advice.
Ingredients: Water, soy protein isolate, isomaltulose, high oleic sunflower oil, canola oil, soluble corn fiber, modified food starch, vitamin & mineral blend (potassium citrate, calcium phosphate, magnesium phosphate, sodium chloride, choline bitartrate, ascorbic acid, ferric pyrophosphate, zinc sulfate, dl-alpha-tocopheryl acetate, niacinamide, calcium pantothenate, vitamin D2, potassium iodide, cyanocobalamin), salt, natural and artificial flavors, cellulose gum, gellan gum, sucralose.
Shake well. Refrigerate after opening.""",
 el=84, forms=["phosphate"], dv=20, sc=1)

add("lq14_lyteshow_electrolyte_concentrate_1_tsp_chloride_120", "en", "liquid",
 "Modelled on LyteShow electrolyte concentrate drops (as remembered; serving and amounts approximate, may not match a current SKU): a Supplement Facts panel for 'Serving Size 1 tsp (5 mL)' of an 8 fl oz bottle, magnesium FIRST, 'Magnesium (as magnesium chloride) 120 mg 29%' (120/420 = 28.6), with zinc, chloride (from magnesium and potassium chloride) and potassium rows. The directions allow 'up to 4 tsp spread through the day'; directions do not redefine the serving. Servings Per Container 48 (printed).",
"""LYTE SHOW
Electrolyte Concentrate
Sugar Free • Keto Friendly • Zero Calories | Unflavored | Dietary Supplement | 8 FL OZ (240 mL)
Supplement Facts
Serving Size 1 tsp (5 mL)
Servings Per Container 48
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium chloride) | 120 mg | 29%
Zinc (as zinc sulfate) | 4 mg | 36%
Chloride (as magnesium chloride and potassium chloride) | 450 mg | 20%
Potassium (as potassium citrate and potassium chloride) | 250 mg | 5%
Other Ingredients: Purified water.
Suggested Use: Add 1 tsp (5 mL) to 32 oz of water or your favorite beverage and shake well. For intense activity or heat, use up to 4 tsp spread through the day.""",
 el=120, forms=["chloride"], dv=29, sc=48)

# ===================================================================== Drug Facts
add("df14_method_mgo400_elemental_2413_on_its_own_line", "en", "drug_facts",
 "Transcribed in part from Method Pharmaceuticals Magnesium Oxide 400 mg antacid tablets (DailyMed setid 0af63651-f9d9-43b9-b6f0-4878466a82e6, and the Bryant Ranch relabel on ndclist.com 63629-1126, consulted): the active line 'Magnesium Oxide 400 mg' with '(241.3 mg Elemental Magnesium)' on its OWN line below, Purpose 'Antacid', 'Do not take more than 2 tablets in a 24 hour period', directions 'take one or two antacid tablets daily', and the display panel '241.3 Elemental Magnesium'; warnings lightly shortened. Stated 241.3 mg per tablet (400 x 0.603 = 241.2); the 400 mg compound weight and the 2-tablet maximum are not the value. Drug Facts -> serving_count null.",
"""METHOD PHARMACEUTICALS
Magnesium Oxide 400 mg | 241.3 Elemental Magnesium | Antacid | 120 Tablets
Drug Facts
Active ingredient | Purpose
Magnesium Oxide 400 mg | Antacid
(241.3 mg Elemental Magnesium) |
Use relieves: • acid indigestion • upset stomach
Warnings
Ask a doctor before use if • you have kidney disease • you are taking a prescription drug (antacids may interact with certain prescription drugs) • you are pregnant or breast feeding.
Do not take more than 2 tablets in a 24 hour period. • May have a laxative effect.
Keep out of reach of children.
Directions • take one or two antacid tablets daily. Do not exceed two tablets unless directed by a physician.
Other information • Store at controlled room temperature 15° to 30°C (59° to 86°F). • Tamper evident, do not use if imprinted safety seal under cap is broken or missing.
Inactive ingredients Croscarmellose Sodium, Microcrystalline Cellulose, Silicon Dioxide, and Stearic Acid.
Questions? Call Method at 1-877-250-3427 or FDA at 1-800-FDA-1088""",
 el=241.3, forms=["oxide"], dv=None, sc=None)

add("df14_bestchoice_citrate_per_fl_oz_280_sodium37_lemon", "en", "drug_facts",
 "Modelled on Best Choice\u00ae Magnesium Citrate Oral Solution, lemon, 10 fl oz (Valu Merchandisers Co.; DailyMed setid d26703e5-3b84-4ead-9cb8-b1286c29a4bf consulted for the active line 'Magnesium citrate 1.745g per fl. oz.', the warnings, the bottle doses and the inactive ingredients; its 'Other information' was empty in the copy consulted, so the statement 'each fluid ounce contains: magnesium 280 mg, sodium 37 mg' is taken from the closely matching DailyMed listing be58b829-8e72-4057-8762-6b40c7616214). The active header names no unit in a separate cell; the unit is in the amount ('per fl. oz.'). Stated 280 per fl oz (1,745 x 0.162 = 282.7); the bottle doses are not the unit. Drug Facts -> serving_count null.",
"""BEST CHOICE®
Magnesium Citrate Oral Solution | Saline Laxative | Dye-Free | Sugar-Free | Lemon Flavor | 10 FL OZ (296 mL)
Drug Facts
Active ingredient | Purpose
Magnesium citrate 1.745g per fl. oz. | Saline laxative
Uses • relieves occasional constipation (irregularity) • generally produces bowel movement in 1/2 to 6 hours
Warnings
Do not use laxative products for longer than 1 week unless directed by a doctor.
Ask a doctor before use if you have • kidney disease • a magnesium restricted diet • a sodium restricted diet • stomach pain, nausea, or vomiting • noticed a sudden change in bowel habits that lasts more than 1 week
Ask a doctor or pharmacist before use if you are presently taking a prescription drug.
When using this product do not exceed the maximum recommended daily dosage in a 24 hour period
Stop use and ask a doctor if you have rectal bleeding or no bowel movement after use. These could be signs of a serious condition.
Keep out of reach of children. In case of overdose, get medical help or contact a Poison Control Center (1-800-222-1222) right away.
Directions • drink a full glass (8 ounces) of liquid with each dose • may be taken as a single daily dose or in divided doses
adults and children 12 years of age and over | 1/2 bottle to 1 bottle (10 fl oz)
children 6 to 11 years of age | 1/3 bottle to 1/2 bottle
children under 6 years of age | consult a doctor
Other information • each fluid ounce contains: magnesium 280 mg, sodium 37 mg • store between 46-86°F (8-30°C); do not refrigerate • discard unused product within 24 hours of opening bottle
Inactive ingredients citric acid, flavors, purified water, saccharin sodium, sodium bicarbonate
Questions or comments? Call 1-877-753-3935 Monday-Friday 9AM-5PM EST
Proudly distributed by: Valu Merchandisers Co., Kansas City, KS 66106""",
 el=280, forms=["citrate"], dv=None, sc=None)

add("df14_preferred_mom_original_tablespoonful_500_under_how_supplied", "en", "drug_facts",
 "Transcribed in part from MILK OF MAGNESIA ORIGINAL relabeled by Preferred Pharmaceuticals, Inc. (drugs-library.com copy of the SPL consulted): 'Active ingredient (in each 15 mL tablespoonful) Magnesium hydroxide 1200 mg', doses in TABLESPOONFULS ('2 to 4 tablespoonfuls'), and the magnesium statement placed under a 'How Supplied' heading with the NDC, 'each 15 mL tablespoonful contains: magnesium 500 mg' (1,200 x 0.417 = 500.4); inactive 'purified water, sodium hypochlorite'; display panel as remembered. Per 15 mL, 500 mg. Drug Facts -> serving_count null.",
"""MILK OF MAGNESIA ORIGINAL
Magnesium Hydroxide | Saline Laxative | 12 FL OZ (355 mL) | Relabeled by Preferred Pharmaceuticals, Inc.
Drug Facts
Active ingredient (in each 15 mL tablespoonful) | Purpose
Magnesium hydroxide 1200 mg | Saline laxative
Uses • relieves occasional constipation (irregularity) • generally produces bowel movement in 1/2 to 6 hours
Warnings
Ask a doctor before use if you have • kidney disease • a magnesium-restricted diet • stomach pain, nausea, or vomiting • a sudden change in bowel habits that lasts over 14 days
Ask a doctor or pharmacist before use if you are taking a prescription drug. This product may interact with certain prescription drugs.
Stop use and ask a doctor if • you have rectal bleeding or no bowel movement after using this product. These could be signs of a serious condition. • you need to use a laxative for more than 1 week
If pregnant or breast-feeding, ask a health professional before use.
Keep out of reach of children. In case of overdose, get medical help or contact a Poison Control Center right away.
Directions • shake well before use • do not exceed the maximum recommended daily dose in a 24 hour period • dose may be taken once a day preferably at bedtime, in divided doses, or as directed by a doctor • drink a full glass (8 oz) of liquid with each dose
adults and children 12 years and older | 2 to 4 tablespoonfuls
children 6 to 11 years | 1 to 2 tablespoonfuls
children under 6 years | ask a doctor
How Supplied • each 15 mL tablespoonful contains: magnesium 500 mg • 12 oz – NDC 68788-9771-4 • store at room temperature and avoid freezing • close cap tightly after use • TAMPER-EVIDENT: Do not use if imprinted neckband is missing or broken.
Inactive ingredients purified water, sodium hypochlorite""",
 el=500, forms=["hydroxide"], dv=None, sc=None)

add("df14_antacid_gas_relief_per_10ml_dose_165_twelve_doses", "en", "drug_facts",
 "Transcribed in part from a regular-strength 'Antacid and Gas Relief' aluminum hydroxide / magnesium hydroxide / simethicone suspension (DailyMed setid a951fa64-7775-470e-e053-2995a90aefc4, consulted; store-brand display panel not shown in the copy, title line set here): 'Active ingredients (in each 10 mL dose)' Al(OH)3 400 mg, Mg(OH)2 400 mg, simethicone 40 mg; directions '10 mL to 20 mL (1 to 2 doses)', 'do not exceed 120 mL (12 doses) in a 24 hour period'; 'each 10 mL dose contains: magnesium 165 mg, sodium 6 mg' (400 x 0.417 = 166.8). Per the stated 10 mL dose, 165 mg; aluminum hydroxide and the sodium figure are not Mg. Drug Facts -> serving_count null.",
"""Antacid & Gas Relief
Regular Strength | Aluminum Hydroxide • Magnesium Hydroxide • Simethicone | Original Flavor | 12 FL OZ (355 mL)
Drug Facts
Active ingredients (in each 10 mL dose) | Purposes
Aluminum hydroxide 400 mg (equivalent to dried gel, USP) | Antacid
Magnesium hydroxide 400 mg | Antacid
Simethicone 40 mg | Antigas
Uses relieves • heartburn • sour stomach • acid indigestion • the symptoms referred to as gas
Warnings
Ask a doctor before use if you have • kidney disease • a magnesium-restricted diet
Ask a doctor or pharmacist before use if you are taking a prescription drug. Antacids may interact with certain prescription drugs.
Stop use and ask a doctor if symptoms last more than 2 weeks
If pregnant or breast-feeding, ask a health professional before use.
Keep out of reach of children.
Directions • shake well before use • adults and children 12 years of age and older: take 10 mL to 20 mL (1 to 2 doses) between meals as needed, at bedtime, or as directed by a doctor • do not exceed 120 mL (12 doses) in a 24 hour period or use the maximum dosage for more than 2 weeks • children under 12 years of age: ask a doctor
Other information • each 10 mL dose contains: magnesium 165 mg, sodium 6 mg • store at room temperature • keep tightly closed • protect from freezing
Inactive ingredients benzyl alcohol, butylparaben, flavor (contains alcohol), hydroxyethylcellulose, propylparaben, purified water, saccharin sodium, sorbitol solution""",
 el=165, forms=["hydroxide"], dv=None, sc=None)

add("df14_epsom_granule_teaspoon_5g_dot_leader_purposes_computed", "en", "drug_facts",
 "Transcribed in part from an Epsom Salt granule OTC listing (DailyMed setid 30ce5cbd-cc7a-0b2d-e063-6394a90a8520, consulted; labeler not shown in the copy, display panel set here): 'Active ingredient (in each teaspoon) Magnesium Sulfate (Epsom Salt) 5 g', the two purposes on DOT-LEADER lines ('External Use .... Soaking Solution', 'Internal Use .... Saline Laxative'), separate soaking-solution and laxative warnings and directions. No magnesium statement: computed per teaspoon from the heptahydrate ('Epsom Salt' is MgSO4.7H2O, magnesium.md section 1, 9.86 %), 5,000 x 0.0986 = 493.0 mg, tol 3. The 2-4 teaspoon laxative dose and the 2 cups per bath are not the unit. Drug Facts -> serving_count null.",
"""EPSOM SALT
Magnesium Sulfate USP | Soaking Solution • Saline Laxative | Unscented | Net Wt 3 lb (1.36 kg)
Drug Facts
Active ingredient (in each teaspoon)
Magnesium Sulfate (Epsom Salt) 5 g
Purpose
External Use .............................................. Soaking Solution
Internal Use ................................................ Saline Laxative
Uses External • temporarily relieves minor sprains and bruises. Internal • relieves occasional constipation (irregularity) • generally produces bowel movement in 1/2 to 6 hours
Warnings
As a laxative • Do not give to children under six years of age except under the advice and supervision of a physician. • For occasional use only. Serious side effects from prolonged use or overdose may occur.
Ask a doctor before use if you have: As a soaking solution • redness or swelling present • evidence of an infection • diabetes - hot and warm soaks should not be used by individuals with diabetes except on advice of a physician. As a laxative • kidney disease • a magnesium-restricted diet • abdominal pain, nausea or vomiting
Ask a doctor or pharmacist before use if you are: As a laxative • taking prescription medication
When using this product • do not use more than directed
Stop use and ask a doctor if: As a soaking solution • you experience redness, irritation, swelling or infection. As a laxative • you have no bowel movement within six hours or experience rectal bleeding
Keep out of reach of children. In case of accidental ingestion or overdose, seek medical attention or contact a Poison Control Center immediately.
Directions
As a soaking solution: Pour 2 cups of Epsom Salt under warm, running bath water. Soak for 20 minutes to relieve sore, tired muscles. As a warm compress: dissolve 1 cup in 1 gallon of warm water, soak a towel and apply to the affected area.
As a laxative: adults and children 12 years and over: dissolve 2 to 4 teaspoons (10-20 g) in 8 oz of water. Children 6 to 11 years: dissolve 1 to 2 teaspoons (5-10 g) in 8 oz of water. Do not exceed 2 doses per day.
Other information • store in a cool, dry place • keep bag tightly closed after opening
Inactive ingredients none""",
 el=493.0, tol=3, forms=["sulfate"], dv=None, sc=None)

# ===================================================================== UK / Canada / New Zealand
add("uk14_nutriadvanced_megamag_calm_night_each_5g_serving", "en", "intl",
 "Modelled on Nutri Advanced MegaMag\u00ae Calm Night magnesium powder (UK practitioner brand; as remembered, the composition re-set here, may not match the current formula): a UK powder whose panel heading is a sentence, 'Each 5g serving provides: | | %NRV*', with 'Magnesium (as citrate, glycinate) 300mg 80%' (300/375 = 80), vitamin B6, and glycine / L-theanine rows with '**' (no NRV). The salts are named without repeating 'magnesium' in the row; the ingredient list names magnesium citrate and magnesium bisglycinate. One 5 g scoop a day from a 150g tub: serving_count 150 / 5 = 30 (IMPLIED_SC).",
"""NUTRI ADVANCED
MegaMag® Calm Night
Magnesium Powder with Glycine & L-Theanine | Food Supplement | Berry Flavour | 150g
Each 5g serving provides: | | %NRV*
Magnesium (as citrate, glycinate) | 300mg | 80%
Vitamin B6 | 2mg | 143%
Glycine | 1000mg | **
L-Theanine | 100mg | **
*NRV = Nutrient Reference Value. **No NRV established.
Ingredients: Magnesium Citrate, Glycine, Magnesium Bisglycinate, Natural Berry Flavouring, L-Theanine, Acid (Citric Acid), Sweetener (Steviol Glycosides), Pyridoxal-5-Phosphate.
Directions: Adults: mix one 5g scoop into 200ml of water and drink 30 minutes before bed. Do not exceed the recommended daily intake. Food supplements should not be used as a substitute for a varied diet and a healthy lifestyle. Keep out of reach of children.""",
 el=300, forms=["citrate", "glycinate"], dv=80, sc=30, _dvb=375)

add("ca14_purelab_glycinate_bilingual_blocks_en_then_fr_120", "en", "intl",
 "Modelled on Pure Lab Vitamins Magnesium Glycinate capsules (Canada; as remembered, amounts approximate; NPN placeholder): a Canadian NHP label in two full language BLOCKS, the English block first ('Medicinal Ingredients: Each vegetarian capsule contains: Magnesium (Magnesium bisglycinate) 120 mg') and then the whole French block ('Ingr\u00e9dients m\u00e9dicinaux : Chaque capsule v\u00e9g\u00e9tarienne contient : Magn\u00e9sium (bisglycinate de magn\u00e9sium) 120 mg'). Dose '1-3 capsules per day' -> per capsule 120 mg, no %DV, serving_count null (Canadian per-unit convention); language en (English first).",
"""PURE LAB VITAMINS
Magnesium Glycinate / Glycinate de magnésium
Muscle & Bone Health / Santé des muscles et des os | 120 Vegetarian Capsules / Capsules végétariennes | NPN 80000000
Medicinal Ingredients: Each vegetarian capsule contains: Magnesium (Magnesium bisglycinate) 120 mg
Non-Medicinal Ingredients: Microcrystalline cellulose, hypromellose (capsule), magnesium stearate.
Recommended Dose: Adults: Take 1-3 capsules per day, with food. Take a few hours before or after other medications or natural health products.
Recommended Use: Helps to maintain proper muscle function. Helps in the development and maintenance of bones and teeth.
Ingrédients médicinaux : Chaque capsule végétarienne contient : Magnésium (bisglycinate de magnésium) 120 mg
Ingrédients non médicinaux : Cellulose microcristalline, hypromellose (capsule), stéarate de magnésium.
Dose recommandée : Adultes : Prendre 1 à 3 capsules par jour, avec de la nourriture. Prendre quelques heures avant ou après d'autres médicaments ou produits de santé naturels.
Usage recommandé : Aide à maintenir une fonction musculaire normale. Aide au développement et au maintien des os et des dents.""",
 el=120, forms=["glycinate"], dv=None, sc=None)

add("nz14_healtheries_each_tablet_two_salts_dot_leaders_total_230", "en", "intl",
 "Modelled on a Healtheries (New Zealand) magnesium tablet (as remembered; the composition is set here and may not match a current SKU; earlier sets used a Healtheries vitamin C product as a negative): an 'Each tablet contains:' list with DOT LEADERS, two compound weights ('Magnesium oxide ..... 330 mg', 'Magnesium citrate ..... 200 mg') and a printed total line 'providing total elemental magnesium ..... 230 mg' (330 x 0.603 + 200 x 0.12-0.162 = 223-231). The total is the value; the compound weights are never elemental. Per tablet, no %, serving_count null (NZ per-unit convention).",
"""Healtheries
Magnesium Plus
Supports Muscle Function & Energy | Dietary Supplement | 60 Tablets
Each tablet contains:
Magnesium oxide .............................................. 330 mg
Magnesium citrate ............................................ 200 mg
providing total elemental magnesium .............. 230 mg
Vitamin B6 (pyridoxine hydrochloride) ............... 10 mg
Dosage: Adults – take 1 tablet daily with food, or as directed by your healthcare professional.
Always read the label and use as directed. Supplementary to a balanced diet. Not suitable for children under 12 years. If symptoms persist see your healthcare professional.
Healtheries, Auckland, New Zealand.""",
 el=230, forms=["oxide", "citrate"], dv=None, sc=None)

# ===================================================================== topical
add("tp14_zechsal_magnesium_oil_spray_per_4_sprays_providing_50", "en", "topical",
 "Modelled on Zechsal\u00ae Magnesium Oil spray (Dutch maker of Zechstein magnesium chloride products, English-language label; as remembered, the analysis line set here): 'Typical Analysis (4 sprays, approx. 0.5 ml): providing approx. 50 mg magnesium'; ingredients 'Aqua, Magnesium Chloride (31%)'. Per the stated unit (4 sprays) 50 mg; the '4-8 sprays' of the directions and the 31 % chloride figure are not the value. Topical -> no %, serving_count null.",
"""ZECHSAL®
Magnesium Oil Spray
Pure Zechstein® Magnesium Chloride | For external use only | 100 ml
Typical Analysis (4 sprays, approx. 0.5 ml): providing approx. 50 mg magnesium
Ingredients: Aqua, Magnesium Chloride (31%).
Directions: Spray 4-8 times onto clean skin (arms, legs, abdomen) and massage in. Leave on for at least 20 minutes, then rinse off or leave on. A mild tingling is normal.
Warning: Do not spray on broken or irritated skin, mucous membranes or near the eyes. Keep out of reach of children.
Made in the Netherlands.""",
 el=50, forms=["chloride"], dv=None, sc=None)

# ===================================================================== negatives (English)
add("neg14_hylands_leg_cramps_homeopathic_magnesia_phosphorica", "en", "negative",
 "Modelled on Hyland's\u00ae Leg Cramps quick-dissolving tablets (homeopathic OTC drug; as remembered, the list of HPUS ingredients approximate): a Drug Facts panel whose only magnesium is the homeopathic 'Magnesia phosphorica 6X HPUS' (a 1:10^6 dilution of magnesium phosphate, no amount) -> no_magnesium. A homeopathic Drug Facts label -> serving_count null.",
"""Hyland's®
Leg Cramps
Homeopathic | Quick Dissolving Tablets | 50 Tablets
Drug Facts
Active ingredients** | Purpose
Cinchona officinalis 3X HPUS | relieves cramps associated with fatigue
Colocynthis 3X HPUS | relieves cramps with sharp pain
Gnaphalium polycephalum 3X HPUS | relieves cramps with numbness
Ledum palustre 3X HPUS | relieves cramps in feet and legs
Magnesia phosphorica 6X HPUS | relieves cramps and muscle spasms
Rhus toxicodendron 6X HPUS | relieves stiffness and soreness
Sulphur 6X HPUS | relieves cramps at night
**"HPUS" indicates the active ingredients are officially included in the Homeopathic Pharmacopoeia of the United States.
Uses temporarily relieves the symptoms of cramps and pains in the lower back and legs, often worse at night.
Warnings Stop use and ask a doctor if symptoms persist for more than 7 days or worsen. If pregnant or breast-feeding, ask a health professional before use. Keep out of reach of children.
Directions adults and children 12 years and over: dissolve 2 to 3 tablets under the tongue every 4 hours or as needed. Children 6 to 11 years: dissolve 1 to 2 tablets under the tongue every 4 hours or as needed.
Other information store at room temperature
Inactive ingredients Lactose N.F.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=None)

add("neg14_slowfe_iron_45mg_magnesium_stearate_only", "en", "negative",
 "Modelled on Slow Fe\u00ae 45 mg slow-release iron tablets (as remembered; excipients approximate, may not match a current SKU): iron only; magnesium appears only as 'magnesium stearate' among the other ingredients -> no_magnesium. Servings Per Container 60 (printed).",
"""SLOW FE®
Slow Release Iron
45 mg Iron | Dietary Supplement | 60 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 60
 | Amount Per Tablet | % Daily Value
Iron (as dried ferrous sulfate) | 45 mg | 250%
Other Ingredients: Hypromellose, lactose monohydrate, cetostearyl alcohol, magnesium stearate, hydroxypropyl cellulose, polyethylene glycol, titanium dioxide, talc, FD&C blue no. 2 aluminum lake.
Directions: Adults and children 12 years and older: swallow 1 tablet daily with water or as directed by a doctor. Do not crush or chew.
WARNING: Accidental overdose of iron-containing products is a leading cause of fatal poisoning in children under 6. Keep this product out of reach of children. In case of accidental overdose, call a doctor or poison control center immediately.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=60)

add("neg14_thorne_zinc_picolinate_free_of_magnesium_stearate_claim", "en", "negative",
 "Modelled on Thorne\u00ae Zinc Picolinate 30 mg capsules (as remembered; the 'Free of' line set here, may not match a current SKU): zinc only; magnesium appears only in a FREE-FROM CLAIM, 'Free of: ... and magnesium stearate' -> no_magnesium. Servings Per Container 60 (printed).",
"""THORNE®
Zinc Picolinate 30 mg
Highly Absorbable Zinc | NSF Certified for Sport® | Dietary Supplement | 60 Capsules
Supplement Facts
Serving Size 1 Capsule
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Zinc (as zinc picolinate) | 30 mg | 273%
Other Ingredients: Hypromellose (derived from cellulose) capsule, leucine, microcrystalline cellulose, silicon dioxide.
Suggested Use: 1 capsule daily or as recommended by a healthcare professional.
Free of: gluten, dairy, soy, artificial colors and flavors, and magnesium stearate.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=60)

add("neg14_sominex_diphenhydramine_sleep_aid_magnesium_stearate", "en", "negative",
 "Modelled on Sominex\u00ae Original Formula nighttime sleep-aid tablets (diphenhydramine HCl 25 mg; as remembered, the inactive list approximate): a Drug Facts sleep aid whose only magnesium is 'magnesium stearate' among the inactive ingredients -> no_magnesium. Drug Facts negative -> serving_count null.",
"""Sominex®
Nighttime Sleep-Aid | Original Formula | Diphenhydramine HCl 25 mg | 32 Tablets
Drug Facts
Active ingredient (in each tablet) | Purpose
Diphenhydramine HCl 25 mg | Nighttime sleep-aid
Use for relief of occasional sleeplessness
Warnings
Do not use • for children under 12 years of age • with any other product containing diphenhydramine, even one used on skin
Ask a doctor before use if you have • a breathing problem such as emphysema or chronic bronchitis • glaucoma • trouble urinating due to an enlarged prostate gland
Ask a doctor or pharmacist before use if you are taking sedatives or tranquilizers
When using this product avoid alcoholic drinks
Stop use and ask a doctor if sleeplessness persists continuously for more than 2 weeks. Insomnia may be a symptom of serious underlying medical illness.
Keep out of reach of children. In case of overdose, get medical help or contact a Poison Control Center right away.
Directions adults and children 12 years of age and over: take 2 tablets at bedtime if needed, or as directed by a doctor
Other information • store at 20-25°C (68-77°F)
Inactive ingredients anhydrous lactose, colloidal silicon dioxide, corn starch, dibasic calcium phosphate, magnesium stearate, microcrystalline cellulose""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=None)
