# Label sources, part N (blind set 8): US Supplement Facts panels (single salts, blends, compound-only, a gummy, a children's
# gummy with children/adult columns, multivitamins, powders, liquids), OTC Drug Facts, UK / Canada / Australia / New Zealand,
# a topical spray and the English negatives. EU labels are in labels_o.py (which imports add/L from here).
# Same format as bench/blindset7/labels_l.py: table cells are separated by " | "; a line ending in " |" is a table row whose
# remaining cells are empty (used for names wrapped over two lines). Keys starting with "_" are private to the checker
# (check_set.py) and are not written to expected.jsonl:
#   _dvb = the DV base the printed %DV was computed from (default 420 for en, 375 for EU languages; UK sets 375).
L = []
def add(id, lang, kind, note, text, status="ok", el=None, tol=2, forms=(), dv=None, sc=None, **extra):
    d = dict(id=id, lang=lang, kind=kind, source_note=note, status=status, elemental_mg=el,
             elemental_tol_pct=tol, forms=list(forms), percent_dv=dv, serving_count=sc, _text=text)
    d.update(extra); L.append(d)

# =====================================================================================================
# US Supplement Facts: single products and blends
# =====================================================================================================
add("us8_naturesbounty_glycinate_as_wrapped", "en", "us_supplement",
 "Modelled on Nature's Bounty Magnesium Glycinate capsules (a different product from the Nature's Bounty oxide 500 mg of set 1 and the gummies of set 3; amounts approximate), with the 'as' parenthesis wrapped onto a second line whose other cells are empty: Serving Size 2 Capsules = 200 mg, 200/420 = 47.6 -> 48%. 90 capsules / 2 = 45 (printed).",
"""NATURE'S BOUNTY®
Magnesium Glycinate
Muscle & Nerve Support* | Dietary Supplement | 90 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 45
Amount Per Serving | % Daily Value
Magnesium (as magnesium | 200 mg | 48%
bisglycinate chelate) | |
Other Ingredients: Gelatin, Microcrystalline Cellulose, Vegetable Magnesium Stearate, Silicon Dioxide.
Suggested Use: For adults, take two (2) capsules daily, preferably with a meal.
*These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or prevent any disease.""",
 el=200, forms=["glycinate"], dv=48, sc=45)

add("us8_gnc_oxide500_caplet_calcium_row", "en", "us_supplement",
 "Modelled on GNC Magnesium 500 mg caplets (a different product from the GNC Mega Men multi of set 4; amounts as remembered): 1 caplet = 500 mg as magnesium oxide, 500/420 = 119.0 -> 119%; a 'Calcium (as dicalcium phosphate) 40 mg 3%' row above it is not Mg. 120 caplets = 120 servings (printed).",
"""GNC
Magnesium 500 mg
Supports Muscle & Nerve Function* | 120 Caplets
Supplement Facts
Serving Size 1 Caplet
Servings Per Container 120
 | Amount Per Serving | % DV
Calcium (as dicalcium phosphate) | 40 mg | 3%
Magnesium (as magnesium oxide) | 500 mg | 119%
Other Ingredients: Cellulose, Vegetable Acetoglycerides, Titanium Dioxide (Color), Magnesium Stearate.
Directions: As a dietary supplement for adults, take one caplet daily with food.
Not manufactured with yeast, wheat, gluten, soy, dairy or artificial colors.""",
 el=500, forms=["oxide"], dv=119, sc=120)

add("us8_horbaach_glycinate_compound_only_1000", "en", "us_supplement",
 "Modelled on Horbaach Magnesium Glycinate capsules (a different product from Horbaach's citrate of set 4; re-set as compound-only): 'Magnesium Glycinate | 1,000 mg | †' per 2 capsules, no elemental row and no %DV: computed 1,000 x 0.10 = 100.0 (low end of the commercial glycinate range, tol 20). 120 capsules / 2 = 60 (printed).",
"""Horbaach®
Magnesium Glycinate
1000 mg per serving | 120 Quick Release Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
Amount Per Serving | % Daily Value
Magnesium Glycinate | 1,000 mg | †
† Daily Value not established.
Other Ingredients: Gelatin (Capsule), Rice Flour, Vegetable Magnesium Stearate, Silicon Dioxide.
Directions: For adults, take 2 capsules daily, preferably with a meal.""",
 el=100.0, tol=20, forms=["glycinate"], dv=None, sc=60)

add("us8_springvalley_oxide_citrate_two_salts", "en", "us_supplement",
 "Modelled on Spring Valley (Walmart) Magnesium 400 mg tablets (a different product from set 3's legacy oxide and set 5's citrate gummy; forms and amounts approximate): Serving Size 2 Tablets, Magnesium (as magnesium oxide and magnesium citrate) 400 mg, 400/420 = 95.2 -> 95%. 100 tablets / 2 = 50 (printed).",
"""SPRING VALLEY
Magnesium 400 mg
Per Serving | Dietary Supplement | 100 Tablets
Supplement Facts
Serving Size 2 Tablets
Servings Per Container 50
Amount Per Serving | %DV
Magnesium (as magnesium oxide and magnesium citrate) | 400 mg | 95%
Other Ingredients: Microcrystalline Cellulose, Croscarmellose Sodium, Stearic Acid, Magnesium Stearate, Silicon Dioxide, Hypromellose, Polyethylene Glycol.
Suggested Use: Take 2 tablets daily with a meal. Do not exceed suggested use.
Keep out of reach of children.""",
 el=400, forms=["oxide", "citrate"], dv=95, sc=50)

add("us8_naturestruth_citrate_1to2_bedtime", "en", "us_supplement",
 "Modelled on Nature's Truth Magnesium Citrate tablets (amounts approximate): Serving Size 2 Tablets = 250 mg, 250/420 = 59.5 -> 60%. Directions 'Adults: 1 to 2 tablets at bedtime' do not change the 2-tablet serving. 120 tablets / 2 = 60 (printed).",
"""Nature's Truth®
Magnesium Citrate
High Absorption | 120 Coated Tablets
Supplement Facts
Serving Size 2 Coated Tablets
Servings Per Container 60
Amount Per Serving | % Daily Value
Magnesium (as Magnesium Citrate) | 250 mg | 60%
Other Ingredients: Microcrystalline Cellulose, Croscarmellose Sodium, Vegetable Magnesium Stearate, Silica, Vegetable Cellulose, Glycerin.
Directions: Adults: 1 to 2 tablets at bedtime, with water.
Free of gluten, wheat, yeast, milk, lactose, soy, artificial flavor, sweetener, preservatives.""",
 el=250, forms=["citrate"], dv=60, sc=60)

add("us8_swanson_taurate_compound_row_then_providing", "en", "us_supplement",
 "Modelled on Swanson Magnesium Taurate capsules (a different product from Swanson's triple complex and Albion chelate of earlier sets; amounts approximate): compound row 'Magnesium Taurate 1,000 mg' with a 'providing Magnesium 89 mg 21%' row under it (1,000 x 0.089 = 89); 89/420 = 21.2 -> 21%. Serving 2 capsules, 60 capsules -> 30 (printed).",
"""SWANSON®
Magnesium Taurate
Heart Health* | 60 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 30
Amount Per Serving | % Daily Value
Magnesium Taurate | 1,000 mg | *
providing Magnesium | 89 mg | 21%
* Daily Value not established.
Other Ingredients: Gelatin, Rice Flour, Magnesium Stearate.
Suggested Use: As a dietary supplement, take two capsules per day with water.""",
 el=89, forms=["taurate"], dv=21, sc=30)

add("us8_momentous_magtein_compound_first", "en", "us_supplement",
 "Modelled on Momentous Magnesium L-Threonate (Magtein) capsules (amounts as commonly marketed: 2,000 mg Magtein -> 144 mg Mg), with the compound row FIRST and the elemental row second: 144 mg, 144/420 = 34.3 -> 34%. Serving 3 capsules, 90 capsules -> 30 (printed).",
"""MOMENTOUS
Magnesium L-Threonate
Magtein® | 90 Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magtein® Magnesium L-Threonate | 2,000 mg | **
Magnesium (elemental) | 144 mg | 34%
** Daily Value not established.
Other Ingredients: Hypromellose (capsule).
Suggested Use: Take 3 capsules daily, 1-2 hours before bedtime.""",
 el=144, forms=["threonate"], dv=34, sc=30)

add("us8_carlyle_malate_front1250_panel190", "en", "us_supplement",
 "Modelled on Carlyle Magnesium Malate capsules (a different Carlyle product from set 6's citrate; amounts approximate): front '1250 mg per serving' is the compound weight; the panel's 'Magnesium (as Magnesium Malate) 190 mg 45%' is the elemental figure (1,250 x 0.116-0.155 = 145-194). 190/420 = 45.2 -> 45%. Serving 3 capsules, 180 capsules -> 60 (printed).",
"""CARLYLE
Magnesium Malate
1250 mg per serving | 180 Quick Release Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 60
Amount Per Serving | % Daily Value
Magnesium (as Magnesium Malate 1,250 mg) | 190 mg | 45%
Other Ingredients: Gelatin (Bovine) Capsule, Rice Flour, Magnesium Stearate (Vegetable Source), Silicon Dioxide.
Directions: For adults, take three (3) capsules daily with water and a meal.""",
 el=190, forms=["malate"], dv=45, sc=60)

add("us8_seekinghealth_three_salts_wrapped3", "en", "us_supplement",
 "Modelled on Seeking Health Optimal Magnesium capsules (forms and amounts approximate): Serving Size 2 Capsules, Magnesium 300 mg (300/420 = 71.4 -> 71%), the 'as' list wrapped over three lines (bisglycinate chelate, malate, citrate). 100 capsules / 2 = 50 (printed).",
"""SEEKING HEALTH®
Optimal Magnesium
Three Forms of Magnesium | 100 Vegetarian Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 50
Amount Per Serving | %Daily Value
Magnesium (as magnesium | 300 mg | 71%
bisglycinate chelate, magnesium malate, | |
magnesium citrate) | |
Other Ingredients: Hypromellose (vegetarian capsule), microcrystalline cellulose, silicon dioxide.
Suggested Use: Take 1 capsule with food, twice daily, or as directed by your healthcare professional.""",
 el=300, forms=["glycinate", "malate", "citrate"], dv=71, sc=50)

add("us8_nutrachamps_complex_blend_first_elemental_after", "en", "us_supplement",
 "Modelled on NutraChamps Magnesium Complex capsules (an Amazon brand; forms and amounts approximate): a proprietary 'Magnesium Complex' row naming five salts (1,500 mg blend weight, not the dose) comes first; the elemental 'Magnesium 250 mg 60%' row comes after it. 250/420 = 59.5 -> 60%. Serving 3 capsules, 120 capsules -> 40 (printed).",
"""NutraChamps
Magnesium Complex
Glycinate • Citrate • Malate • Taurate • Oxide | 120 Vegan Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 40
Amount Per Serving | % Daily Value*
Magnesium Complex (Magnesium Glycinate, Magnesium Citrate, | 1,500 mg | †
Magnesium Malate, Magnesium Taurate, Magnesium Oxide) | |
Magnesium | 250 mg | 60%
*Percent Daily Values are based on a 2,000 calorie diet. †Daily Value not established.
Other Ingredients: Vegan Capsule (Hydroxypropyl Methylcellulose), Rice Flour.
Directions: Take 3 capsules once a day with water, or as directed by your healthcare professional.""",
 el=250, forms=["glycinate", "citrate", "malate", "taurate", "oxide"], dv=60, sc=40)

add("us8_bodybio_carbonate_one_tablet", "en", "us_supplement",
 "Modelled on BodyBio Magnesium Carbonate tablets (shop.bodybio.com page consulted for the wording 'Take one or more tablets a day'; panel amounts approximate): 1 tablet = Magnesium (as magnesium carbonate) 100 mg, 100/420 = 23.8 -> 24%. 'One or more tablets' does not change the 1-tablet serving. 100 tablets = 100 servings (printed).",
"""BodyBio®
Magnesium Carbonate
Dietary Supplement | 100 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 100
Amount Per Serving | % DV
Magnesium (as magnesium carbonate) | 100 mg | 24%
Other Ingredients: Microcrystalline cellulose, stearic acid, croscarmellose sodium, silica.
Suggested Use: Take one or more tablets a day with or without food, or as directed by your healthcare provider.
Caution: Contraindicated in renal failure. Laxation may occur at higher doses.""",
 el=100, forms=["carbonate"], dv=24, sc=100)

add("us8_upandup_citrate_gummies_3", "en", "us_supplement",
 "Modelled on up&up (Target) Magnesium Citrate gummies (a different product from set 5's up&up oxide tablets; product details as remembered; amounts approximate): Serving Size 3 Gummies with calorie/sugar rows before Mg; Magnesium (as magnesium citrate) 150 mg, 150/420 = 35.7 -> 36%. 90 gummies / 3 = 30 (printed).",
"""up&up™
Magnesium Gummies
Calm & Relax* | Raspberry | 90 Gummies
Supplement Facts
Serving Size 3 Gummies
Servings Per Container 30
Amount Per Serving | %Daily Value*
Calories | 15 |
Total Carbohydrate | 4 g | 1%
Total Sugars | 3 g | †
Includes 3 g Added Sugars | | 6%
Magnesium (as magnesium citrate) | 150 mg | 36%
Sodium | 10 mg | <1%
*Percent Daily Values are based on a 2,000 calorie diet. †Daily Value not established.
Other Ingredients: Tapioca Syrup, Cane Sugar, Water, Pectin, Citric Acid, Natural Flavor, Fruit and Vegetable Juice (Color).
Directions: Adults, chew 3 gummies daily.""",
 el=150, forms=["citrate"], dv=36, sc=30)

# =====================================================================================================
# Children (columns for children 4-8 and for ages 9+ / adults)
# =====================================================================================================
add("ch8_nordic_kids_gummies_child_adult_columns", "en", "children",
 "Modelled on Nordic Naturals-style kids' magnesium gummies (product details as remembered; amounts approximate), re-set with two columns '1 Gummy' (children 4-8) and '2 Gummies' (ages 9+ and adults) under 'Serving Size 2 Gummies (Children 4-8 Years: 1 Gummy)': the serving (2 gummies) is expected, 100 mg, 100/420 = 23.8 -> 24%; 1 gummy 50 mg (12%) in elemental_alt_mg. 60 gummies / 2 = 30 (printed).",
"""NORDIC NATURALS®
Nordic Kids Magnesium
Berry Flavor | For Ages 4+ | 60 Gummies
Supplement Facts
Serving Size 2 Gummies (Children 4-8 Years: 1 Gummy)
Servings Per Container 30
 | 1 Gummy | % DV | 2 Gummies | % DV
Calories | 5 | | 10 |
Total Sugars | 1 g | † | 2 g | †
Includes Added Sugars | 1 g | 2% | 2 g | 4%
Magnesium (as magnesium citrate) | 50 mg | 12% | 100 mg | 24%
† Daily Value not established.
Other Ingredients: Glucose syrup, sugar, water, pectin, citric acid, natural flavors, black carrot concentrate (color).
Suggested Use: Children 4-8 years: 1 gummy daily. Ages 9 and older: 2 gummies daily. Chew thoroughly.""",
 el=100, forms=["citrate"], dv=24, sc=30, elemental_alt_mg=50)

# =====================================================================================================
# Multivitamins, Cal-Mag
# =====================================================================================================
add("mv8_gnc_womens_ultramega_2caplets", "en", "multivitamin",
 "Modelled on GNC Women's Ultra Mega multivitamin caplets (a different product from set 4's Mega Men; amounts approximate): Serving Size 2 Caplets, Magnesium (as magnesium oxide) 50 mg among 24 rows, 50/420 = 11.9 -> 12%. Zinc oxide, cupric sulfate, calcium carbonate are other minerals' salts. 180 caplets / 2 = 90 (printed).",
"""GNC WOMEN'S
Ultra Mega®
Multivitamin | 180 Caplets
Supplement Facts
Serving Size 2 Caplets
Servings Per Container 90
Amount Per Serving | % DV
Vitamin A (as beta-carotene and retinyl acetate) | 1,500 mcg | 167%
Vitamin C (as ascorbic acid) | 200 mg | 222%
Vitamin D (as cholecalciferol) | 25 mcg (1,000 IU) | 125%
Vitamin E (as d-alpha tocopheryl succinate) | 40 mg | 267%
Vitamin K (as phytonadione) | 80 mcg | 67%
Thiamin (as thiamin mononitrate) | 25 mg | 2083%
Riboflavin | 25 mg | 1923%
Niacin (as niacinamide) | 25 mg | 156%
Vitamin B6 (as pyridoxine hydrochloride) | 25 mg | 1471%
Folate | 680 mcg DFE (400 mcg folic acid) | 170%
Vitamin B12 (as cyanocobalamin) | 50 mcg | 2083%
Biotin | 300 mcg | 1000%
Pantothenic Acid (as d-calcium pantothenate) | 25 mg | 500%
Calcium (as calcium carbonate) | 500 mg | 38%
Iron (as ferrous fumarate) | 9 mg | 50%
Iodine (as potassium iodide) | 150 mcg | 100%
Magnesium (as magnesium oxide) | 50 mg | 12%
Zinc (as zinc oxide) | 15 mg | 136%
Selenium (as sodium selenate) | 70 mcg | 127%
Copper (as cupric sulfate) | 1 mg | 111%
Manganese (as manganese sulfate) | 2 mg | 87%
Chromium (as chromium chloride) | 120 mcg | 343%
Molybdenum (as sodium molybdate) | 75 mcg | 167%
Lutein (as lutein esters) | 3 mg | †
† Daily Value not established.
Other Ingredients: Cellulose, Croscarmellose Sodium, Titanium Dioxide (Color), Magnesium Stearate, Silica.
Directions: As a dietary supplement for adult women, take two caplets daily with a meal.""",
 el=50, forms=["oxide"], dv=12, sc=90)

add("mv8_alive_womens_once_daily_citrate_oxide", "en", "multivitamin",
 "Modelled on Nature's Way Alive! Once Daily Women's multivitamin tablets (a different product from set 3's Alive! Max3; amounts approximate): Magnesium (as magnesium citrate, magnesium oxide) 25 mg among ~25 rows, 25/420 = 6.0 -> 6%. 60 tablets = 60 servings (printed).",
"""Nature's Way®
Alive!® Once Daily Women's
Ultra Potency Multivitamin | 60 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 60
Amount Per Serving | % Daily Value
Vitamin A (60% as beta-carotene, 40% as retinyl acetate) | 1,050 mcg | 117%
Vitamin C (as ascorbic acid) | 250 mg | 278%
Vitamin D3 (as cholecalciferol) | 25 mcg (1,000 IU) | 125%
Vitamin E (as d-alpha tocopheryl succinate) | 33.5 mg | 223%
Vitamin K (as phylloquinone and menaquinone-7) | 80 mcg | 67%
Thiamin (as thiamin mononitrate) | 20 mg | 1667%
Riboflavin | 20 mg | 1538%
Niacin (as niacinamide) | 40 mg | 250%
Vitamin B6 (as pyridoxine HCl) | 20 mg | 1176%
Folate (as L-methylfolate calcium) | 680 mcg DFE | 170%
Vitamin B12 (as methylcobalamin) | 100 mcg | 4167%
Biotin | 300 mcg | 1000%
Pantothenic Acid (as d-calcium pantothenate) | 20 mg | 400%
Calcium (as calcium carbonate) | 100 mg | 8%
Iron (as ferrous fumarate) | 18 mg | 100%
Iodine (as potassium iodide) | 150 mcg | 100%
Magnesium (as magnesium citrate, magnesium oxide) | 25 mg | 6%
Zinc (as zinc citrate) | 8 mg | 73%
Selenium (as L-selenomethionine) | 55 mcg | 100%
Copper (as copper citrate) | 0.9 mg | 100%
Manganese (as manganese citrate) | 2 mg | 87%
Chromium (as chromium picolinate) | 120 mcg | 343%
Molybdenum (as sodium molybdate) | 45 mcg | 100%
Orchard Fruits & Garden Veggies Powder Blend | 200 mg | †
† Daily Value not established.
Other Ingredients: Microcrystalline cellulose, hypromellose, stearic acid, croscarmellose sodium, magnesium stearate, silica.
Suggested Use: Take 1 tablet daily with food.""",
 el=25, forms=["citrate", "oxide"], dv=6, sc=60)

add("mv8_countrylife_calmagk_perserving_perday", "en", "multivitamin",
 "Modelled on Country Life Calcium-Magnesium-Potassium tablets (a different product from Country Life's chelate of set 1 and K-Mg aspartate of set 5; amounts approximate) with 'Per 3 Tablets | %DV | Per 6 Tablets (Daily) | %DV' columns: Serving Size 3 Tablets = 250 mg (250/420 = 59.5 -> 60%); per day 500 mg (119%) in elemental_alt_mg. Potassium aspartate/citrate are not Mg. 180 tablets / 3 = 60 (printed).",
"""COUNTRY LIFE®
Calcium Magnesium Potassium
Bone & Muscle Support* | 180 Tablets
Supplement Facts
Serving Size 3 Tablets
Servings Per Container 60
 | Per 3 Tablets | %DV | Per 6 Tablets (Daily) | %DV
Vitamin D (as cholecalciferol) | 5 mcg (200 IU) | 25% | 10 mcg (400 IU) | 50%
Calcium (as calcium carbonate, calcium citrate) | 500 mg | 38% | 1,000 mg | 77%
Magnesium (as magnesium oxide, magnesium aspartate) | 250 mg | 60% | 500 mg | 119%
Potassium (as potassium aspartate, potassium citrate) | 49 mg | 1% | 98 mg | 2%
Other Ingredients: Cellulose, vegetable stearic acid, silica, vegetable magnesium stearate, vegetable coating.
Suggested Use: Take 3 tablets twice daily, preferably with meals.""",
 el=250, forms=["oxide", "aspartate"], dv=60, sc=60, elemental_alt_mg=500)

# =====================================================================================================
# Powders and liquids
# =====================================================================================================
add("pw8_pureencaps_glycinate_powder_scoop_8oz", "en", "powder",
 "Modelled on Pure Encapsulations Magnesium Glycinate Powder (a different product from the capsules of set 1 and the liquid/gummy of later sets; amounts approximate): Serving Size 1 Scoop (3.4 g), 'Mix 1 scoop in 8 oz water'; Magnesium (as magnesium glycinate) 240 mg, 240/420 = 57.1 -> 57%. 'Servings Per Container About 60' -> 60.",
"""PURE ENCAPSULATIONS®
Magnesium Glycinate Powder
Unflavored | Net Wt 204 g (7.2 oz)
Supplement Facts
Serving Size 1 Scoop (3.4 g)
Servings Per Container About 60
Amount Per Serving | % Daily Value
Calories | 5 |
Magnesium (as magnesium glycinate) | 240 mg | 57%
Other Ingredients: None.
Directions: Mix 1 scoop in 8 oz water or juice, once daily, with or between meals.
Scoop included. Contents sold by weight; some settling may occur.""",
 el=240, forms=["glycinate"], dv=57, sc=60)

add("pw8_keynutrients_electrolyte_scoop_two_salts", "en", "powder",
 "Modelled on Key Nutrients Electrolyte Recovery Plus powder (amounts approximate): Serving Size 1 Scoop (3.5 g); sodium, potassium and chloride rows around 'Magnesium (as magnesium citrate, magnesium glycinate) 50 mg 12%' (50/420 = 11.9). Potassium citrate and sodium chloride are not Mg sources. 90 servings (printed).",
"""KEY NUTRIENTS
Electrolyte Recovery Plus
Zero Sugar | Raspberry Lemonade | 90 Servings
Supplement Facts
Serving Size 1 Scoop (3.5 g)
Servings Per Container 90
Amount Per Serving | % Daily Value
Calories | 0 |
Vitamin C (as ascorbic acid) | 60 mg | 67%
Zinc (as zinc citrate) | 2 mg | 18%
Sodium (as sodium chloride) | 250 mg | 11%
Potassium (as potassium citrate) | 400 mg | 9%
Magnesium (as magnesium citrate, magnesium glycinate) | 50 mg | 12%
Chloride (as sodium chloride) | 380 mg | 17%
Other Ingredients: Citric Acid, Natural Flavors, Stevia Leaf Extract, Beet Juice Powder (Color), Silicon Dioxide.
Directions: Mix 1 scoop with 16-20 oz of cold water. Use 1-3 times daily.""",
 el=50, forms=["citrate", "glycinate"], dv=12, sc=90)

add("lq8_lifetime_liquid_calmag_tbsp", "en", "liquid",
 "Modelled on LifeTime Liquid Calcium Magnesium Citrate (amounts approximate): Serving Size 1 Tablespoon (15 mL); Calcium 600 mg (calcium citrate) above Magnesium (as magnesium citrate) 300 mg, 300/420 = 71.4 -> 71%. 16 fl oz (473 mL), 'Servings Per Container 32'.",
"""LifeTime®
Liquid Calcium Magnesium Citrate
Plus Vitamin D3 | Natural Orange Flavor | 16 FL OZ (473 mL)
Supplement Facts
Serving Size 1 Tablespoon (15 mL)
Servings Per Container 32
Amount Per Serving | % Daily Value
Calories | 20 |
Total Carbohydrate | 5 g | 2%*
Total Sugars | 4 g | †
Includes 4 g Added Sugars | | 8%*
Vitamin D3 (as cholecalciferol) | 10 mcg (400 IU) | 50%
Calcium (as calcium citrate) | 600 mg | 46%
Magnesium (as magnesium citrate) | 300 mg | 71%
*Percent Daily Values are based on a 2,000 calorie diet. †Daily Value not established.
Other Ingredients: Purified water, fructose, glycerin, citric acid, natural orange flavor, xanthan gum, potassium sorbate.
Suggested Use: Shake well. Take 1 tablespoon daily, or as directed by your healthcare professional. Refrigerate after opening.""",
 el=300, forms=["citrate"], dv=71, sc=32)

add("lq8_goodstate_ionic_halftsp_chloride_row", "en", "liquid",
 "Modelled on Good State Liquid Ionic Magnesium concentrate (amounts approximate): Serving Size 1/2 teaspoon (2.5 mL); Magnesium (from magnesium chloride) 200 mg, 200/420 = 47.6 -> 48%, with a Chloride row (590 mg, 26%) that is not Mg. 4 fl oz (118 mL), 'Servings Per Container about 47'.",
"""GOOD STATE®
Liquid Ionic Magnesium
Concentrate | 4 FL OZ (118 mL)
Supplement Facts
Serving Size 1/2 teaspoon (2.5 mL)
Servings Per Container about 47
Amount Per Serving | % Daily Value
Magnesium (from magnesium chloride) | 200 mg | 48%
Chloride (from magnesium chloride) | 590 mg | 26%
Sodium | 5 mg | <1%
Other Ingredients: Purified water.
Directions: Add 1/2 teaspoon to 8 oz of water or juice once daily. Start with 1/4 teaspoon. Do not take undiluted.""",
 el=200, forms=["chloride"], dv=48, sc=47)

# =====================================================================================================
# Drug Facts
# =====================================================================================================
add("df8_gericare_mom_cherry_tablespoonful", "en", "drug_facts",
 "Transcribed in part from the Geri-Care Milk of Magnesia Cherry Drug Facts (DailyMed 31a6e88e-765b-75bf-e063-6294a90a5888 / otclabels.com, consulted): 'Active ingredient (in each 15 mL tablespoonful) Magnesium hydroxide 1200 mg'; dose table in tablespoonfuls; 'each 15 mL tablespoonful contains: magnesium 500 mg, sodium 6 mg'. Stated figure used (tol 2), per 15 mL.",
"""GERI-CARE®
Milk of Magnesia
Cherry | Saline Laxative | 12 FL OZ (355 mL)
Drug Facts
Active ingredient (in each 15 mL tablespoonful) | Purpose
Magnesium hydroxide 1200 mg | Saline laxative
Uses • relieves occasional constipation (irregularity) • generally produces bowel movement in 1/2 to 6 hours
Warnings
Ask a doctor before use if you have • kidney disease • a magnesium-restricted diet • stomach pain, nausea, or vomiting • a sudden change in bowel habits that lasts over 14 days
Ask a doctor or pharmacist before use if you are taking a prescription drug. This product may interact with certain prescription drugs.
Stop use and ask a doctor if • you have rectal bleeding or no bowel movement after using this product • you need to use a laxative for more than 1 week
Keep out of reach of children.
Directions • shake well before use • dose may be taken once a day preferably at bedtime, in divided doses, or as directed by a doctor • follow each dose with a full glass (8 oz) of liquid
age | dose
adults and children 12 years and older | 2 to 4 tablespoonfuls
children 6 to 11 years | 1 to 2 tablespoonfuls
children under 6 years | ask a doctor
Other information • each 15 mL tablespoonful contains: magnesium 500 mg, sodium 6 mg • store at room temperature and avoid freezing
Inactive ingredients carboxymethylcellulose sodium, citric acid, D&C red no. 28, flavor, glycerin, microcrystalline cellulose, purified water, sodium citrate, sodium hypochlorite, sucrose, xanthan gum""",
 el=500, forms=["hydroxide"], dv=None, sc=None)

add("df8_discountdrugmart_citrate_content_290", "en", "drug_facts",
 "Transcribed in part from the Discount Drug Mart 'Citrate of Magnesia' Drug Facts (DailyMed f45d7caa-43e1-4d2e-9b1a-fc5afd5e7b2b, consulted): 'Magnesium citrate 1.745g per fl oz'; 'magnesium content 290 mg per 1 fl oz (30 mL)', 'sodium content 45mg per 1 fl oz'; dose ranges in fl oz. Stated figure used (tol 2) per fl oz (1,745 x 0.162 = 282.7, +2.6 %). A different product from set 6's Citroma and set 7's CVS solution.",
"""DISCOUNT DRUG MART
Citrate of Magnesia
Saline Laxative | Lemon Flavor | 10 FL OZ (296 mL)
Drug Facts
Active ingredient | Purpose
Magnesium citrate 1.745g per fl oz | Saline laxative
Use for relief of occasional constipation (irregularity). Generally produces bowel movement in 1/2 to 6 hours
Warnings For this product
Do not use if you are on a low salt diet
Ask a doctor before use if you have • kidney disease • a magnesium or sodium restricted diet • abdominal pain, nausea, or vomiting • noticed a sudden change in bowel habits that persists over a period of 2 weeks • already used a laxative for a period longer than 1 week
Keep out of reach of children. In case of overdose, get medical help or contact a Poison Control Center right away.
Directions • drink a full glass (8 ounces) of liquid with each dose • may be taken as a single daily dose or in divided doses
adults and children 12 years of age and over | 6.5 to 10 fl oz maximum 10 fl oz in 24 hours
children 6 to under 12 years of age | 3 to 7 fl oz maximum 7 fl oz in 24 hours
children 2 to under 6 years of age | 2 to 3 fl oz maximum 3 fl oz in 24 hours
children under 2 years of age | ask a doctor
Other information • magnesium content 290 mg per 1 fl oz (30 mL) • sodium content 45mg per 1 fl oz (30 mL) • discard unused product within 24 hours of opening bottle
Inactive ingredients citric acid, lemon oil, polyethylene glycol, purified water, sodium bicarbonate, sodium saccharin, sucrose""",
 el=290, forms=["citrate"], dv=None, sc=None)

add("df8_walgreens_heartburn_alhydroxide_mgcarbonate_31", "en", "drug_facts",
 "Transcribed in part from Walgreens Fast Acting Heartburn Relief chewable tablets (ndclist.com NDC 0363-1155 label, consulted): 'Active Ingredients (In Each Tablet) Aluminum hydroxide 160 mg, Magnesium carbonate 105 mg'; 'each tablet contains: magnesium 31 mg, sodium 19 mg'; 'chew 2 to 4 tablets four times a day'. Stated 31 mg per tablet used (tol 2; 105 x 0.288 = 30.2, +2.6 %). A different product from set 7's Walgreens suspension.",
"""Walgreens
Heartburn Relief
Fast Acting | Aluminum Hydroxide / Magnesium Carbonate | Antacid | 100 Chewable Tablets
Drug Facts
Active ingredients (in each tablet) | Purpose
Aluminum hydroxide 160 mg | Antacid
Magnesium carbonate 105 mg | Antacid
Uses relieves • acid indigestion • heartburn • sour stomach • upset stomach associated with these symptoms
Warnings
Ask a doctor or pharmacist before use if you are • taking a prescription drug. Antacids may interact with certain prescription drugs. • on a sodium-restricted diet
When using this product • do not take more than 16 tablets in 24 hours • do not use the maximum dosage for more than 2 weeks
Keep out of reach of children.
Directions • chew 2 to 4 tablets four times a day or as directed by a doctor • take after meals and at bedtime or as needed • for best results follow by a half glass of water or other liquid • DO NOT SWALLOW WHOLE
Other information • each tablet contains: magnesium 31 mg, sodium 19 mg • store at room temperature
Inactive ingredients alginic acid, calcium stearate, compressible sugar, flavor, sodium bicarbonate, starch (corn), sucrose""",
 el=31, forms=["carbonate"], dv=None, sc=None)

add("df8_doans_salicylate_tetrahydrate_computed", "en", "drug_facts",
 "Transcribed in part from Doan's Extra Strength Drug Facts (DailyMed d98ee9c8-40e2-4abb-b5c1-45e73e7dd23b, Dr. Reddy's; consulted): 'Active ingredient (in each caplet) Magnesium salicylate tetrahydrate 580 mg (NSAID) (equivalent to 467.2 mg of anhydrous magnesium salicylate)'. An analgesic whose active ingredient is a magnesium salt; the label states no magnesium figure. Computed per caplet: Mg(C7H5O3)2.4H2O, Mg fraction 24.305/370.59 = 0.0656; 580 x 0.0656 = 38.0 (same from 467.2 mg anhydrous x 24.305/298.53) (tol 20). Directions wording approximate.",
"""Doan's®
Extra Strength
Backache Pain Reliever | Magnesium Salicylate Tetrahydrate | 24 Caplets
Drug Facts
Active ingredient (in each caplet) | Purpose
Magnesium salicylate tetrahydrate 580 mg (NSAID)* | Pain reliever
(equivalent to 467.2 mg of anhydrous magnesium salicylate) |
*nonsteroidal anti-inflammatory drug
Use for the temporary relief of minor backache pain
Warnings
Reye's syndrome: Children and teenagers who have or are recovering from chicken pox or flu-like symptoms should not use this product.
Allergy alert: Magnesium salicylate may cause a severe allergic reaction, which may include: • hives • facial swelling • asthma (wheezing) • shock
Stomach bleeding warning: This product contains an NSAID, which may cause severe stomach bleeding.
Do not use if you are allergic to salicylates (including aspirin) or any other pain reliever/fever reducer.
Ask a doctor before use if • you have high blood pressure, heart disease, liver cirrhosis, or kidney disease • you are taking a diuretic
Directions • do not take more than directed • adults and children 12 years and over: take 2 caplets with water every 6 hours while symptoms persist; do not exceed 8 caplets in 24 hours • children under 12 years: ask a doctor
Other information • store at room temperature
Inactive ingredients cellulose, hypromellose, magnesium stearate, polyethylene glycol, stearic acid, titanium dioxide""",
 el=38.0, tol=20, forms=["salicylate"], dv=None, sc=None)

# =====================================================================================================
# UK / Canada / Australia / New Zealand
# =====================================================================================================
add("uk8_bulk_citrate_decimal_1875", "en", "intl",
 "Modelled on Bulk (bulk.com, UK) Magnesium Citrate tablets (amounts approximate), re-set with a decimal elemental figure: 'Typical Values | Per serving (2 tablets) | NRV*': 'Magnesium Citrate 1,250mg' and 'of which Magnesium 187.5mg 50%' (1,250 x 0.15 = 187.5; 187.5/375 = 50). 90 tablets / 2 = 45.",
"""bulk™
Magnesium Citrate
Food Supplement | 90 Tablets
Typical Values | Per serving (2 tablets) | NRV*
Magnesium Citrate | 1,250mg | **
of which Magnesium | 187.5mg | 50%
*NRV = Nutrient Reference Value. **No NRV established.
Ingredients: Magnesium Citrate, Bulking Agent (Microcrystalline Cellulose), Anti-caking Agents (Magnesium Salts of Fatty Acids, Silicon Dioxide), Glazing Agent (Hydroxypropyl Methylcellulose).
Directions: Take 2 tablets daily with water. Do not exceed the recommended daily dose.
Food supplements should not be used as a substitute for a varied diet and a healthy lifestyle. Keep out of reach of young children.""",
 el=187.5, forms=["citrate"], dv=50, sc=45, _dvb=375)

add("uk8_naturesaid_bisglycinate_sentence_1to3", "en", "intl",
 "Modelled on Nature's Aid (UK) Magnesium Bisglycinate capsules (amounts approximate) with the content in one sentence: 'Each capsule provides: Magnesium 100mg (27% NRV) from Magnesium Bisglycinate 700mg' (700 x 0.141 = 98.7; 100/375 = 26.7 -> 27). Dose 'Take 1-3 capsules daily': per capsule, serving_count null.",
"""Nature's Aid
Magnesium Bisglycinate
Gentle Chelated Form | Food Supplement | 90 Vegan Capsules
Each capsule provides: Magnesium 100mg (27% NRV) from Magnesium Bisglycinate 700mg.
NRV = Nutrient Reference Value
Ingredients: Magnesium Bisglycinate, Capsule Shell (Hydroxypropyl Methylcellulose), Anti-caking Agent (Magnesium Stearate).
Directions: Adults take 1-3 capsules daily with food or as professionally directed. Do not exceed the recommended intake.
Food supplements should not be used as a substitute for a varied diet. Keep out of the reach of children.""",
 el=100, forms=["glycinate"], dv=27, sc=None, _dvb=375)

add("ca8_lifebrand_oxide_each_tablet", "en", "intl",
 "Modelled on Life Brand (Shoppers Drug Mart, Canada) Magnesium 250 mg tablets (amounts and wording approximate): 'Medicinal Ingredients: Each tablet contains: Magnesium (magnesium oxide) 250 mg'; no %DV; 'Adults: 1 tablet daily'. Per tablet, serving_count null (Canada convention). NPN a placeholder.",
"""LIFE BRAND
Magnesium 250 mg
Mineral Supplement | 90 Tablets | NPN 80000001
Medicinal Ingredients:
Each tablet contains: | |
Magnesium (magnesium oxide) | 250 mg |
Non-Medicinal Ingredients: Microcrystalline cellulose, croscarmellose sodium, magnesium stearate, hypromellose, polyethylene glycol.
Recommended Use: Helps in the development and maintenance of bones and teeth. Helps to maintain proper muscle function. Helps in energy metabolism and tissue formation.
Recommended Dose: Adults: Take 1 tablet daily with food, or as directed by a health care practitioner. Take a few hours before or after other medications or natural health products.""",
 el=250, forms=["oxide"], dv=None, sc=None)

add("au8_thompsons_two_equiv_lines_no_total", "en", "intl",
 "Modelled on Thompson's (Australia) Magnesium tablets (forms and amounts approximate), re-set with two compound rows each with its own 'equiv. magnesium' line and NO printed total: 100 mg from magnesium amino acid chelate + 100 mg from magnesium oxide-heavy 166 mg (166 x 0.603 = 100.1) = 200 mg per tablet (summed). Per tablet, serving_count null; AUST L a placeholder.",
"""Thompson's®
Magnesium Complex
Muscle Cramps & Spasms | 60 Tablets | AUST L 000000
Each tablet contains:
Magnesium amino acid chelate | 500 mg |
equiv. magnesium | 100 mg |
Magnesium oxide-heavy | 166 mg |
equiv. magnesium | 100 mg |
Pyridoxine hydrochloride (vitamin B6) | 25 mg |
equiv. pyridoxine | 20.6 mg |
Directions for use: Adults: Take 1 tablet twice a day with meals, or as directed by your healthcare professional.
Always read the label and follow the directions for use. If symptoms persist, talk to your health professional.""",
 el=200, forms=["amino_acid_chelate", "oxide"], dv=None, sc=None)

add("nz8_clinicians_glycinate_each_capsule_provides", "en", "intl",
 "Modelled on Clinicians (New Zealand) magnesium capsules (product details as remembered; amounts approximate): 'Each capsule provides: Magnesium (as magnesium bisglycinate) 120 mg'; 'Take 1-2 capsules twice daily': per capsule, serving_count null; no %RDI printed.",
"""Clinicians
Magnesium Glycinate
Dietary Supplement | 60 Capsules
Each capsule provides: | |
Magnesium (as magnesium bisglycinate) | 120 mg |
Other ingredients: Hypromellose (capsule), microcrystalline cellulose, silica.
Recommended use: Adults take 1-2 capsules twice daily with food, or as directed by your healthcare professional.
This is a dietary supplement and should not replace a balanced diet. Keep out of reach of children.""",
 el=120, forms=["glycinate"], dv=None, sc=None)

# =====================================================================================================
# Topical
# =====================================================================================================
add("tp8_naturalcalm_spray_per_ml", "en", "topical",
 "Transcribed in part from Natural Calm Canada Magnesium Chloride Liquid Spray (naturalcalm.ca product page, consulted): 'Each 1ml of spray contains 225mg of magnesium chloride, equivalent to 60mg of elemental magnesium'; non-medicinal ingredient distilled water. Per 1 mL, 60 mg stated (tol 2; 225 mg as anhydrous MgCl2 x 0.255 = 57.4, +4.5 %, kept as printed). No servings printed -> null.",
"""Natural Calm Canada
Magnesium Chloride Liquid Spray
Topical Magnesium | For External Use Only | 120 mL
Ingredients: Magnesium chloride. Each 1ml of spray contains 225mg of magnesium chloride, equivalent to 60mg of elemental magnesium.
Non-medicinal ingredients: Distilled water. Contains no fragrance.
Suggested Use: Spray directly onto skin anywhere on the face or body, avoiding the eyes. Product should be fully dried before bathing or washing the skin. For restless legs, spray on legs before sleep.
Cautions and Warnings: For external use only. Keep away from the eyes. Should you experience redness, rash or irritation, further dilute the product by adding water.""",
 el=60, forms=["chloride"], dv=None, sc=None)

# =====================================================================================================
# Negatives (English)
# =====================================================================================================
add("neg8_relora_magnolia_bark_stearate", "en", "negative",
 "Modelled on a Relora (magnolia bark + phellodendron) capsule (product details approximate): 'Magnolia' in the product and row names, 'magnesium stearate' only among Other Ingredients; no magnesium source.",
"""NOW®
Relora®
Magnolia Bark & Phellodendron | 300 mg | 120 Veg Capsules
Supplement Facts
Serving Size 1 Veg Capsule
Servings Per Container 120
Amount Per Serving | % Daily Value
Relora® Proprietary Blend | 300 mg | *
Magnolia officinalis (Bark) Extract and Phellodendron amurense (Bark) Extract | |
* Daily Value not established.
Other Ingredients: Rice Flour, Hypromellose (cellulose capsule), Magnesium Stearate (vegetable source) and Silica.
Suggested Use: As a dietary supplement, take 1 veg capsule 2 to 3 times daily.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=120)

add("neg8_naturesbounty_b12_sublingual_stearate", "en", "negative",
 "Modelled on Nature's Bounty Vitamin B12 1000 mcg quick-dissolve tablets: B12 and folic acid only; 'Magnesium Stearate' is an excipient, so no magnesium source.",
"""NATURE'S BOUNTY®
Vitamin B12 1000 mcg
Quick Dissolve | Cherry Flavor | 100 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 100
Amount Per Serving | % Daily Value
Folate | 680 mcg DFE (400 mcg folic acid) | 170%
Vitamin B12 (as cyanocobalamin) | 1,000 mcg | 41,667%
Other Ingredients: Mannitol, Cellulose, Natural Flavor, Vegetable Magnesium Stearate, Silicon Dioxide, Stearic Acid.
Suggested Use: For adults, place one (1) tablet on tongue and allow to dissolve, daily.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=100)

add("neg8_pepto_bismol_liquid_mg_al_silicate", "en", "negative",
 "Modelled on Pepto-Bismol Original Liquid Drug Facts (bismuth subsalicylate 525 mg per 30 mL; wording approximate): a salicylate stomach remedy; 'magnesium aluminum silicate' appears only among inactive ingredients (a thickener), so no magnesium source.",
"""Pepto Bismol®
Original Liquid
Bismuth Subsalicylate | Upset Stomach Reliever/Antidiarrheal | 8 FL OZ (236 mL)
Drug Facts
Active ingredient (in each 30 mL dose cup) | Purpose
Bismuth subsalicylate 525 mg | Upset stomach reliever and antidiarrheal
Uses relieves • travelers' diarrhea • diarrhea • upset stomach due to overindulgence in food and drink, including: heartburn, indigestion, nausea, gas, belching, fullness
Warnings Reye's syndrome: Children and teenagers who have or are recovering from chicken pox or flu-like symptoms should not use this product.
Allergy alert: Contains salicylate. Do not take if you are allergic to salicylates (including aspirin).
Directions • shake well before use • adults and children 12 years and over: 1 dose (30 mL) every 1/2 hour or 2 doses (60 mL) every hour as needed • do not exceed 8 doses (240 mL) in 24 hours
Other information • each 30 mL contains: salicylate 236 mg, sodium 6 mg • low sodium
Inactive ingredients benzoic acid, D&C red no. 22, D&C red no. 28, flavor, magnesium aluminum silicate, methylcellulose, saccharin sodium, salicylic acid, sodium salicylate, sorbic acid, water""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=None)
