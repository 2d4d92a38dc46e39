# Label sources, part P (blind set 9): US Supplement Facts panels (single salts, blends, compound-only, a gummy, a children's
# gummy, multivitamins, a powder, a liquid), OTC Drug Facts, UK / Canada / Australia / New Zealand, a topical spray and the
# English negatives. EU labels are in labels_q.py (which imports add/L from here).
# Same format as bench/blindset8/labels_n.py: table cells are separated by " | "; a line ending in " |" is a table row whose
# remaining cells are empty (used for names wrapped over lines). Keys starting with "_" are private to the checker
# (check_set.py) and are not written to expected.jsonl:
#   _dvb = the DV base the printed %DV was computed from (default 420 for en, 375 for EU languages; UK sets 375).
L = []
def add(id, lang, kind, note, text, status="ok", el=None, tol=2, forms=(), dv=None, sc=None, **extra):
    d = dict(id=id, lang=lang, kind=kind, source_note=note, status=status, elemental_mg=el,
             elemental_tol_pct=tol, forms=list(forms), percent_dv=dv, serving_count=sc, _text=text)
    d.update(extra); L.append(d)

# ===================================================================== US Supplement Facts
add("us9_naturesanswer_glycinate_as_wrapped_4caps", "en", "us_supplement",
 "Modelled on Nature's Answer Magnesium Glycinate capsules (as remembered, amounts approximate), 'as' parenthesis wrapped onto a second line: Serving Size 4 Capsules = 350 mg, 350/420 = 83.3 -> 83%. 120 capsules / 4 = 30 (printed).",
"""Nature's Answer®
Magnesium Glycinate
Calm & Relax* | Dietary Supplement | 120 Vegetarian Capsules
Supplement Facts
Serving Size 4 Capsules
Servings Per Container 30
Amount Per Serving | % Daily Value
Magnesium (as magnesium | 350 mg | 83%
glycinate) | |
Other Ingredients: Vegetable cellulose capsule, microcrystalline cellulose, vegetable magnesium stearate.
Suggested Use: Take 4 capsules daily, or as directed by your healthcare professional.
*These statements have not been evaluated by the Food and Drug Administration.""",
 el=350, forms=["glycinate"], dv=83, sc=30)

add("us9_zhou_three_salts_wrapped3", "en", "us_supplement",
 "Modelled on Zhou Nutrition-style 'Magnesium Complex' capsules (as remembered; amounts approximate), three salts in an 'as' parenthesis wrapped over three lines: 2 capsules = 300 mg, 300/420 = 71.4 -> 71%. 60 capsules / 2 = 30 (printed).",
"""ZHOU
Magnesium Complex
Glycinate • Malate • Citrate | 60 Veggie Capsules
Supplement Facts
Serving Size 2 Veggie Capsules
Servings Per Container 30
 | Amount Per Serving | %DV
Magnesium (as Magnesium | 300 mg | 71%
Bisglycinate Chelate, Magnesium |
Malate, Magnesium Citrate) |
Other Ingredients: Hypromellose (capsule), Rice Flour, Magnesium Stearate.
Suggested Use: Take two (2) capsules once a day with water.""",
 el=300, forms=["glycinate", "malate", "citrate"], dv=71, sc=30)

add("us9_youtheory_glycinate_compound_only_range", "en", "us_supplement",
 "Modelled on Youtheory Magnesium Glycinate-style capsules (as remembered; re-set as compound-only): 'Magnesium Glycinate | 1,000 mg | **' per 2 capsules, no elemental row, no %DV. Elemental computed over the whole glycinate range of magnesium.md (10-14.1 %: 100-141 mg): expected 1,000 x 0.1205 = 120.5 with tol 18 (accepts 98.8-142.2). 120 capsules / 2 = 60 (printed).",
"""youtheory®
Magnesium Glycinate 1000 mg
Gentle on the stomach | 120 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
Amount Per Serving | % Daily Value
Magnesium Glycinate | 1,000 mg | **
** Daily Value not established.
Other Ingredients: Gelatin, Rice Flour, Magnesium Stearate, Silicon Dioxide.
Directions: Take 2 capsules daily with food.""",
 el=120.5, tol=18, forms=["glycinate"], dv=None, sc=60)

add("us9_codeage_five_salts_complex_3caps", "en", "us_supplement",
 "Modelled on Codeage-style multi-form magnesium capsules (as remembered; amounts approximate): one row with five salts, Serving Size 3 Capsules = 400 mg, 400/420 = 95.2 -> 95%. 90 capsules / 3 = 30 (printed).",
"""CODEAGE
Magnesium Complex | 5 Forms
Dietary Supplement | 90 Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 30
Amount Per Serving | % Daily Value
Magnesium (as magnesium glycinate, magnesium citrate, magnesium malate, magnesium taurate, magnesium oxide) | 400 mg | 95%
Other Ingredients: Pullulan (capsule), Rice Hull Concentrate.
Suggested Use: Adults take 3 capsules daily. May be taken with or without food.""",
 el=400, forms=["glycinate", "citrate", "malate", "taurate", "oxide"], dv=95, sc=30)

add("us9_sundown_citrate_gummies_2", "en", "us_supplement",
 "Modelled on Sundown Magnesium gummies (a different product from set 7's Sundown oxide 500; as remembered): serving 2 gummies, calories/carbohydrate/sugar rows with %DV footnote symbols around the Mg row: 150 mg as magnesium citrate, 150/420 = 35.7 -> 36%. 60 gummies / 2 = 30 (printed).",
"""Sundown®
Magnesium Gummies
Mixed Berry | 60 Gummies
Supplement Facts
Serving Size 2 Gummies
Servings Per Container 30
Amount Per Serving | % Daily Value
Calories | 15 |
Total Carbohydrate | 4 g | 1%*
Total Sugars | 3 g | †
Includes 3 g Added Sugars | | 6%*
Magnesium (as magnesium citrate) | 150 mg | 36%
Sodium | 10 mg | <1%
* Percent Daily Values are based on a 2,000 calorie diet. † Daily Value not established.
Other Ingredients: Glucose Syrup, Sugar, Water, Pectin, Citric Acid, Natural Flavors, Sodium Citrate, Colors (from vegetable juice).
Directions: Adults, chew two (2) gummies daily.""",
 el=150, forms=["citrate"], dv=36, sc=30)

add("us9_naturesway_glycinate_percap_per2_cols", "en", "us_supplement",
 "Modelled on Nature's Way Magnesium Glycinate capsules (a different product from set 8's Alive! multi; as remembered), re-set with two serving columns under 'Serving Size 2 Capsules': per 2 capsules 200 mg (48%) is the serving; per capsule 100 mg (24%) in elemental_alt_mg. 120 capsules / 2 = 60 (printed).",
"""Nature's Way®
Magnesium Glycinate
Highly Absorbable | 120 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
 | 1 Capsule | %DV | 2 Capsules | %DV
Magnesium (as magnesium bisglycinate chelate) | 100 mg | 24% | 200 mg | 48%
Other Ingredients: Hypromellose (capsule), magnesium stearate.
Recommended Use: Take 1 to 2 capsules daily with water.""",
 el=200, forms=["glycinate"], dv=48, sc=60, elemental_alt_mg=100)

add("us9_meijer_sleep_glycinate_propblend", "en", "us_supplement",
 "Modelled on a store-brand 'Magnesium Sleep Support' capsule (Meijer-style; as remembered): Magnesium (as magnesium glycinate) 250 mg 60% (250/420 = 59.5) above a 'Proprietary Relaxation Blend 350 mg' row (L-theanine, lemon balm, chamomile) that is not Mg. 60 capsules / 2 = 30 (printed).",
"""meijer
Magnesium Sleep Support
with L-Theanine & Lemon Balm | 60 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 30
 | Amount Per Serving | %DV
Magnesium (as magnesium glycinate) | 250 mg | 60%
Proprietary Relaxation Blend | 350 mg | †
L-Theanine, Lemon Balm (Melissa officinalis) (leaf) extract, Chamomile (flower) powder |
† Daily Value not established.
Other Ingredients: Gelatin, Cellulose, Magnesium Stearate, Silica.
Directions: Adults take 2 capsules 30 minutes before bedtime.""",
 el=250, forms=["glycinate"], dv=60, sc=30)

add("us9_vitacost_malate_from2500", "en", "us_supplement",
 "Modelled on Vitacost Magnesium Malate tablets (a different product from set 4's Vitacost buffered oxide; as remembered): 'Magnesium (from 2,500 mg Magnesium Malate) 375 mg 89%' (375/420 = 89.3; 2,500 x 0.15 = 375, inside 11.6-15.5 %). 3 tablets, 180 tablets -> 60 (printed).",
"""vitacost®
Magnesium Malate
Dietary Supplement | 180 Tablets
Supplement Facts
Serving Size 3 Tablets
Servings Per Container 60
Amount Per Serving | % Daily Value
Magnesium (from 2,500 mg Magnesium Malate) | 375 mg | 89%
Other Ingredients: Microcrystalline cellulose, croscarmellose sodium, stearic acid, magnesium stearate, silica, coating.
Suggested Use: Take 3 tablets daily in divided doses with meals.""",
 el=375, forms=["malate"], dv=89, sc=60)

add("us9_riteaid_perserving_perday_two_salts", "en", "us_supplement",
 "Modelled on Rite Aid Magnesium tablets (as remembered; amounts approximate), re-set with 'Amount Per Serving | %DV | Amount Per Day (2 Tablets) | %DV' under 'Serving Size 1 Tablet': per serving 200 mg (200/420 = 47.6 -> 48%) is the value, per day 400 mg (95%) in elemental_alt_mg. 100 tablets = 100 servings (printed).",
"""RITE AID
Magnesium 200 mg
Oxide & Citrate | Dietary Supplement | 100 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 100
 | Amount Per Serving | %DV | Amount Per Day (2 Tablets) | %DV
Magnesium (as magnesium oxide, magnesium citrate) | 200 mg | 48% | 400 mg | 95%
Other Ingredients: Microcrystalline cellulose, croscarmellose sodium, stearic acid, magnesium stearate, hypromellose.
Directions: Adults, take one tablet twice daily with meals.""",
 el=200, forms=["oxide", "citrate"], dv=48, sc=100, elemental_alt_mg=400)

add("us9_kroger_citrate_compound_in_paren_1500", "en", "us_supplement",
 "Modelled on Kroger Magnesium Citrate caplets (as remembered; amounts approximate), compound weight inside the parenthesis: 'Magnesium (as 1,500 mg magnesium citrate) 240 mg 57%' (1,500 x 0.16 = 240; 240/420 = 57.1). 3 caplets, 90 caplets -> 30 (printed).",
"""Kroger®
Magnesium Citrate
Dietary Supplement | 90 Caplets
Supplement Facts
Serving Size 3 Caplets
Servings Per Container 30
Amount Per Serving | % Daily Value
Magnesium (as 1,500 mg magnesium citrate) | 240 mg | 57%
Other Ingredients: Cellulose, Croscarmellose Sodium, Vegetable Magnesium Stearate, Silicon Dioxide, Coating.
Suggested Use: Adults, take three (3) caplets daily, preferably with a meal.""",
 el=240, forms=["citrate"], dv=57, sc=30)

add("ch9_hellobello_kids_magnesium_gummies", "en", "children",
 "Modelled on Hello Bello-style kids' magnesium gummies for ages 4+ (as remembered): 2 gummies = 50 mg as magnesium citrate, %DV for ages 4+ uses 420: 50/420 = 11.9 -> 12%. 60 gummies / 2 = 30 (printed).",
"""hello bello
Kids Magnesium Gummies
Calm Berry | Ages 4+ | 60 Gummies
Supplement Facts
Serving Size 2 Gummies
Servings Per Container 30
Amount Per Serving | %DV
Calories | 10 |
Total Sugars | 2 g | †
Includes 2 g Added Sugars | | 4%
Magnesium (as magnesium citrate) | 50 mg | 12%
† Daily Value not established.
Directions: Children 4 years and older: chew 2 gummies daily. Adult supervision required.""",
 el=50, forms=["citrate"], dv=12, sc=30)

# ===================================================================== multivitamins
add("mv9_21stcentury_sentry_senior_oxide50", "en", "multivitamin",
 "Modelled on 21st Century Sentry Senior multivitamin tablets (as remembered; amounts approximate): 24 rows, Magnesium (as magnesium oxide) 50 mg 12% (50/420 = 11.9); calcium, zinc oxide and cupric sulfate are not Mg sources. 1 tablet, 125 tablets (printed).",
"""21st CENTURY®
SENTRY® SENIOR
Multivitamin & Multimineral Supplement | Adults 50+ | 125 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 125
 | Amount Per Serving | % Daily Value
Vitamin A (as retinyl acetate and 29% as beta-carotene) | 1,050 mcg | 117%
Vitamin C (as ascorbic acid) | 100 mg | 111%
Vitamin D3 (as cholecalciferol) | 25 mcg (1,000 IU) | 125%
Vitamin E (as dl-alpha tocopheryl acetate) | 22.5 mg | 150%
Vitamin K (as phytonadione) | 30 mcg | 25%
Thiamin (as thiamine mononitrate) | 1.5 mg | 125%
Riboflavin | 1.7 mg | 131%
Niacin (as niacinamide) | 20 mg | 125%
Vitamin B6 (as pyridoxine hydrochloride) | 3 mg | 176%
Folate | 400 mcg DFE | 100%
Vitamin B12 (as cyanocobalamin) | 25 mcg | 1,042%
Biotin | 30 mcg | 100%
Pantothenic Acid (as d-calcium pantothenate) | 10 mg | 200%
Calcium (as calcium carbonate) | 200 mg | 15%
Iodine (as potassium iodide) | 150 mcg | 100%
Magnesium (as magnesium oxide) | 50 mg | 12%
Zinc (as zinc oxide) | 11 mg | 100%
Selenium (as sodium selenate) | 55 mcg | 100%
Copper (as cupric sulfate) | 0.9 mg | 100%
Manganese (as manganese sulfate) | 2.3 mg | 100%
Chromium (as chromium chloride) | 45 mcg | 129%
Molybdenum (as sodium molybdate) | 45 mcg | 100%
Potassium (as potassium chloride) | 80 mg | 2%
Lutein | 250 mcg | *
* Daily Value not established.
Other Ingredients: Microcrystalline Cellulose, Croscarmellose Sodium, Hypromellose, Magnesium Stearate, Titanium Dioxide.
Directions: Adults, take one (1) tablet daily with food.""",
 el=50, forms=["oxide"], dv=12, sc=125)

add("mv9_springvalley_mens_multi_oxide100", "en", "multivitamin",
 "Modelled on Spring Valley Men's Multivitamin tablets (a different product from Spring Valley items in sets 3, 5, 8; as remembered): 21 rows, Magnesium (as magnesium oxide) 100 mg 24% (100/420 = 23.8). 1 tablet, 100 tablets (printed).",
"""SPRING VALLEY
Men's Multivitamin/Multimineral
Complete from A to Zinc | 100 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 100
 | Amount Per Serving | %DV
Vitamin A | 900 mcg | 100%
Vitamin C | 90 mg | 100%
Vitamin D | 25 mcg | 125%
Vitamin E | 15 mg | 100%
Vitamin K | 120 mcg | 100%
Thiamin | 1.2 mg | 100%
Riboflavin | 1.3 mg | 100%
Niacin | 16 mg | 100%
Vitamin B6 | 2 mg | 118%
Folate | 400 mcg DFE (240 mcg folic acid) | 100%
Vitamin B12 | 6 mcg | 250%
Biotin | 30 mcg | 100%
Pantothenic Acid | 10 mg | 200%
Calcium (as calcium carbonate) | 210 mg | 16%
Iodine | 150 mcg | 100%
Magnesium (as magnesium oxide) | 100 mg | 24%
Zinc | 11 mg | 100%
Selenium | 55 mcg | 100%
Copper | 0.9 mg | 100%
Manganese | 2.3 mg | 100%
Chromium | 35 mcg | 100%
Other Ingredients: Cellulose, Dicalcium Phosphate, Croscarmellose Sodium, Magnesium Stearate, Hypromellose.
Suggested Use: Adult men, take one tablet daily with food.""",
 el=100, forms=["oxide"], dv=24, sc=100)

# ===================================================================== powder, liquid
add("pw9_biosteel_hydration_stick_citrate", "en", "powder",
 "Modelled on BioSteel Hydration Mix sticks (as remembered; amounts approximate): per stick (7 g) Sodium 100 mg 4%, Potassium 100 mg 2%, Magnesium (as magnesium citrate) 50 mg 12% (50/420 = 11.9), Calcium row. Mix 1 stick in 500 mL water. 20 sticks (printed).",
"""BioSteel®
Hydration Mix
Mixed Berry | Zero Sugar | 20 Single Serving Sticks
Supplement Facts
Serving Size 1 Stick (7 g)
Servings Per Container 20
Amount Per Serving | % Daily Value
Calories | 5 |
Total Carbohydrate | 2 g | <1%*
Calcium (as calcium citrate) | 30 mg | 2%
Magnesium (as magnesium citrate) | 50 mg | 12%
Sodium (as sodium citrate) | 100 mg | 4%
Potassium (as potassium citrate) | 100 mg | 2%
* Percent Daily Values are based on a 2,000 calorie diet.
Other Ingredients: Citric Acid, Natural Flavors, Stevia Leaf Extract, Beet Juice Powder (color).
Directions: Mix 1 stick with 500 mL (16.9 fl oz) of cold water.""",
 el=50, forms=["citrate"], dv=12, sc=20)

add("lq9_quicksilver_liposomal_teaspoon", "en", "liquid",
 "Modelled on Quicksilver Scientific Liposomal Magnesium liquid (as remembered; amounts approximate): Serving Size 1 tsp (5 mL), Magnesium (as magnesium chloride) 100 mg 24% (100/420 = 23.8); 100 mL bottle, Servings Per Container 20 (printed).",
"""QUICKSILVER SCIENTIFIC®
Liposomal Magnesium
Dietary Supplement | 3.38 fl oz (100 mL)
Supplement Facts
Serving Size 1 tsp (5 mL)
Servings Per Container 20
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium chloride) | 100 mg | 24%
Other Ingredients: Purified water, glycerin, phosphatidylcholine (from sunflower lecithin), natural flavors, potassium sorbate.
Suggested Use: Hold 1 teaspoon in mouth for 30 seconds before swallowing, 1 to 2 times daily. Shake well.""",
 el=100, forms=["chloride"], dv=24, sc=20)

# ===================================================================== Drug Facts
add("df9_gaviscon_regular_trisilicate_computed", "en", "drug_facts",
 "Transcribed in part from the Gaviscon Regular Strength chewable tablets Drug Facts (DailyMed setid 7f367927-c366-465c-a059-e2cfb337d562 as shown on trial.medpath.com, consulted): 'Active ingredients (in each tablet) Dried aluminum hydroxide gel 80mg, Magnesium trisilicate 14.2mg'. Directions consistent with drugsdose.com / minclinic.eu ('Chew 2-4 tablets ... not to exceed 16 tablets/day'); the sodium line and inactive ingredients are approximate (partly after the PDR Extra Strength monograph on carloanibaldi.com). A magnesium antacid of a kind not used before (trisilicate; earlier Gaviscon sets used the Extra Strength / liquid Mg carbonate products). No Mg statement: computed per tablet over the hydrate range (trisilicate not in magnesium.md; Mg2Si3O8 anhydrous 18.6 % .. pentahydrate 13.9 %, computed: 14.2 mg -> 1.97-2.65 mg): expected 14.2 x 0.1624 = 2.3, tol 16. Drug Facts -> serving_count null.",
"""GAVISCON®
REGULAR STRENGTH
Alumina & Magnesium Trisilicate Tablets / Antacid | Original Flavor | 100 Chewable Tablets
Drug Facts
Active ingredients (in each tablet) | Purpose
Dried aluminum hydroxide gel 80 mg | Antacid
Magnesium trisilicate 14.2 mg | Antacid
Uses temporarily relieves symptoms of: heartburn and acid indigestion due to acid reflux
Warnings
Do not use for peptic ulcers; if you have trouble swallowing
Ask a doctor before use if you have kidney disease; a sodium restricted diet
Ask a doctor or pharmacist if you are taking a prescription drug. Antacids may interact with certain prescription drugs.
Directions: chew 2-4 tablets four times a day or as directed by a doctor. Do not swallow whole. Follow with a half glass of water. Do not take more than 16 tablets in 24 hours.
Other information: each tablet contains: sodium 19 mg
Inactive ingredients: alginic acid, calcium stearate, flavor, sodium bicarbonate, starch, sucrose""",
 el=2.3, tol=16, forms=["trisilicate"], dv=None, sc=None)

add("df9_mom_5ml_teaspoonful_computed", "en", "drug_facts",
 "Modelled on the milk of magnesia Drug Facts at DailyMed setid 772b7d2e-7fe4-4e4b-8bfb-0f56d084a4af (consulted): 'Active Ingredient (in each 5 mL = 1 teaspoonful) Magnesium Hydroxide 400 mg', laxative 30-60 mL; no magnesium statement. Per 5 mL computed: 400 x 0.417 = 166.8 (single fraction; tol 5). serving_count null.",
"""MILK OF MAGNESIA
Magnesium Hydroxide Oral Suspension USP | Saline Laxative / Antacid | Original | 12 FL OZ (355 mL)
Drug Facts
Active ingredient (in each 5 mL = 1 teaspoonful) | Purpose
Magnesium hydroxide 400 mg | Saline laxative/antacid
Uses: relieves occasional constipation (irregularity); this product generally produces bowel movement in 1/2 to 6 hours. Relieves acid indigestion, sour stomach, heartburn.
Warnings
Ask a doctor before use if you have kidney disease; a magnesium-restricted diet; stomach pain, nausea, or vomiting
Directions: shake well before use. Laxative: adults and children 12 years of age and older 30 mL to 60 mL; children 6 to 11 years of age 15 mL to 30 mL. Antacid: adults 5 mL to 15 mL with water, up to four times a day. Drink a full glass (8 oz) of liquid with each dose.
Inactive ingredients: anhydrous citric acid, benzyl alcohol, methylparaben, propylene glycol, propylparaben, purified water""",
 el=166.8, tol=5, forms=["hydroxide"], dv=None, sc=None)

add("df9_sunmark_citrate_content_290", "en", "drug_facts",
 "Modelled on Sunmark (McKesson) Magnesium Citrate oral solution (drugs.com/otc/115480 and pharmaguru.com McKesson copy, consulted): 'Magnesium citrate 1.745 g per fl oz', 'magnesium content 290 mg per 1 fl oz (30 mL)', fl-oz dose ranges with maxima; the page's potassium line is left out. Stated 290 per fl oz (tol 2; 1.745 g x 0.162 = 282.7, +2.6 %). serving_count null.",
"""sunmark®
Magnesium Citrate Oral Solution
Saline Laxative | Lemon Flavor | 10 FL OZ (296 mL)
Drug Facts
Active ingredient | Purpose
Magnesium citrate 1.745 g per fl oz | Saline laxative
Use for relief of occasional constipation (irregularity). Generally produces bowel movement in 1/2 to 6 hours
Warnings
Ask a doctor before use if you have kidney disease; a magnesium or potassium-restricted diet; abdominal pain, nausea, or vomiting
Directions: drink a full glass (8 ounces) of liquid with each dose; may be taken as a single daily dose or in divided doses
adults and children 12 years of age and over - 6.5 to 10 fl oz maximum 10 fl oz in 24 hours
children 6 to under 12 years of age - 3 to 7 fl oz maximum 7 fl oz in 24 hours
children 2 to under 6 years of age - 2 to 3 fl oz maximum 3 fl oz in 24 hours
Other information: magnesium content 290 mg per 1 fl oz (30 mL); discard unused product within 24 hours of opening bottle
Inactive ingredients: citric acid, lemon flavor, potassium bicarbonate, purified water, sodium saccharin""",
 el=290, forms=["citrate"], dv=None, sc=None)

# ===================================================================== UK / Canada / Australia / New Zealand
add("uk9_myprotein_citrate_typical_values_of_which", "en", "intl",
 "Modelled on Myprotein Magnesium Citrate capsules (as remembered; amounts approximate): 'Typical Values | Per 3 Capsules | %NRV*' with 'Magnesium Citrate 2000mg' and 'of which Magnesium 300mg 80%' (300/375 = 80; 2,000 x 0.15 = 300). 90 capsules / 3 = 30 (implied).",
"""Myprotein
Magnesium Citrate
Food Supplement | 90 Capsules
Typical Values | Per 3 Capsules | %NRV*
Magnesium Citrate | 2000mg | **
of which Magnesium | 300mg | 80%
*NRV = Nutrient Reference Value. **No NRV established.
Ingredients: Magnesium Citrate, Capsule Shell (Hydroxypropyl Methylcellulose).
Directions: Take 3 capsules per day with water. Do not exceed the recommended daily dose.""",
 el=300, forms=["citrate"], dv=80, sc=30, _dvb=375)

add("uk9_superdrug_oxide_375_one_a_day", "en", "intl",
 "Modelled on Superdrug Magnesium 375mg tablets (as remembered): 'Nutritional Information | Per Tablet | %NRV*' Magnesium 375mg 100% from magnesium oxide; 1 tablet a day, 60 tablets -> 60 (implied).",
"""Superdrug
Magnesium 375mg
Food Supplement | 60 Tablets | One-a-day
Nutritional Information | Per Tablet | %NRV*
Magnesium | 375mg | 100%
*NRV = Nutrient Reference Value
Ingredients: Magnesium Oxide, Bulking Agent (Microcrystalline Cellulose), Anti-caking Agents (Magnesium Salts of Fatty Acids, Silicon Dioxide), Coating.
Directions: Adults take one tablet a day with water.""",
 el=375, forms=["oxide"], dv=100, sc=60, _dvb=375)

add("ca9_aor_bisglycinate_each_capsule", "en", "intl",
 "Modelled on AOR Magnesium Bisglycinate capsules (Canada, NPN placeholder; as remembered): 'Medicinal Ingredients (each capsule contains): Magnesium (Magnesium bisglycinate) 100 mg'; dose 1-4 capsules daily: per capsule 100 mg, no %DV, serving_count null (Canadian convention).",
"""AOR™
Magnesium Bisglycinate
Advanced Orthomolecular Research | 90 Vegi-Caps | NPN 80000000
Medicinal Ingredients (each capsule contains):
Magnesium (Magnesium bisglycinate) | 100 mg
Non-Medicinal Ingredients: Hypromellose, microcrystalline cellulose, magnesium stearate.
Recommended Dose: Adults: Take 1-4 capsules daily with food, or as directed by a health care practitioner.
Recommended Use: Helps to maintain proper muscle function. Source of magnesium for the maintenance of good health.""",
 el=100, forms=["glycinate"], dv=None, sc=None)

add("au9_healthycare_oxide_equiv250_each_tablet", "en", "intl",
 "Modelled on Healthy Care Super Magnesium tablets (Australia; AUST L placeholder; as remembered): 'Each tablet contains: Magnesium oxide 414 mg (equiv. magnesium 250 mg)' (414 x 0.603 = 249.6); 1 tablet 1-2 times daily: per tablet 250 mg, serving_count null.",
"""Healthy Care
Super Magnesium 500
Muscle Cramps Relief | 100 Tablets | AUST L 000000
Each tablet contains:
Magnesium oxide | 414 mg
(equiv. magnesium 250 mg) |
Contains sugars (as lactose).
Directions: Adults: take 1 tablet one to two times daily with meals, or as directed by your healthcare professional.
Vitamins and minerals can only be of assistance if dietary intake is inadequate.""",
 el=250, forms=["oxide"], dv=None, sc=None)

add("nz9_goodhealth_chloride_hexahydrate_equiv100", "en", "intl",
 "Modelled on Good Health Magnesium tablets (New Zealand; as remembered; the earlier sets only contain 'good health' as a phrase): 'Each tablet provides: Magnesium chloride hexahydrate 833 mg equiv. magnesium 100 mg' (833 x 0.120 = 100.0); 1-3 tablets daily: per tablet, serving_count null.",
"""GOOD HEALTH
Magnesium Chloride
Natural Health Supplement | 90 Tablets
Each tablet provides:
Magnesium chloride hexahydrate 833 mg equiv. magnesium 100 mg
Directions: Adults take 1-3 tablets daily with food.
Other ingredients: microcrystalline cellulose, croscarmellose sodium, magnesium stearate.
This is a natural health supplement; if symptoms persist see your healthcare professional.""",
 el=100, forms=["chloride"], dv=None, sc=None)

# ===================================================================== topical
add("tp9_sevenminerals_oil_spray_per_ml", "en", "topical",
 "Modelled on Seven Minerals Magnesium Oil spray (as remembered; amount approximate): 'Magnesium Content: each 1 mL (approx. 8 sprays) contains 100 mg elemental magnesium' from magnesium chloride brine. Per mL 100 mg (stated), no %DV, serving_count null.",
"""SEVEN MINERALS
Pure Magnesium Oil Spray
From the Zechstein Seabed | 12 fl oz (355 mL) | For External Use Only
Magnesium Content: each 1 mL (approx. 8 sprays) contains 100 mg elemental magnesium
Ingredients: Magnesium Chloride Brine (magnesium chloride, water).
Directions: Spray 8-20 times onto arms, legs and stomach and massage into the skin. A tingling sensation may occur on first use. Rinse off after 20 minutes if desired.
Keep away from eyes and broken skin.""",
 el=100, forms=["chloride"], dv=None, sc=None)

# ===================================================================== negatives
add("neg9_maalox_advanced_calcium_simethicone_df", "en", "negative",
 "Modelled on Maalox Advanced Maximum Strength chewable tablets (Drug Facts; as remembered; a different product from the Maalox liquids of earlier sets): calcium carbonate 1000 mg + simethicone 60 mg; magnesium only as 'magnesium stearate' in the inactive ingredients -> no_magnesium.",
"""MAALOX®
Advanced Maximum Strength
Antacid + Anti-Gas | Wild Berry | 35 Chewable Tablets
Drug Facts
Active ingredients (in each tablet) | Purposes
Calcium carbonate 1000 mg | Antacid
Simethicone 60 mg | Antigas
Uses relieves heartburn, acid indigestion, sour stomach, upset stomach, and bloating and pressure commonly referred to as gas
Directions: chew 1-2 tablets as symptoms occur or as directed by a doctor. Do not take more than 8 tablets in 24 hours.
Other information: each tablet contains: calcium 400 mg
Inactive ingredients: dextrose, flavors, magnesium stearate, maltodextrin, D&C red no. 27 aluminum lake, sucralose""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=None)

add("neg9_doctorsbest_glucosamine_msm_stearate", "en", "negative",
 "Modelled on Doctor's Best Glucosamine Chondroitin MSM capsules (a different product from the Doctor's Best magnesium products of sets 1 and 7; as remembered): no magnesium row; 'MSM' (methylsulfonylmethane) and magnesium stearate are not Mg sources -> no_magnesium. Servings Per Container 60 (printed).",
"""Doctor's Best
Glucosamine Chondroitin MSM
Joint Support | 240 Veggie Caps
Supplement Facts
Serving Size 4 Veggie Caps
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Glucosamine Sulfate (as glucosamine sulfate 2KCl) | 1,500 mg | †
Chondroitin Sulfate (as sodium chondroitin sulfate) | 1,200 mg | †
MSM (methylsulfonylmethane) | 1,000 mg | †
† Daily Value not established.
Other Ingredients: Modified cellulose (vegetarian capsule), magnesium stearate, silicon dioxide.
Suggested Use: Take 4 veggie caps daily, preferably with food.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=60)

add("neg9_boots_vitd_magnesium_silicate_uk", "en", "negative",
 "Modelled on Boots Vitamin D 25µg tablets (UK; a different product from set 4's Boots magnesium; as remembered): vitamin D only; magnesium only as the anti-caking agents 'Magnesium Silicate' and 'Magnesium Stearate' -> no_magnesium. 90 tablets, one a day -> serving_count 90 (implied, as set 8's Portuguese negative).",
"""Boots
Vitamin D 25µg
Food Supplement | 90 Tablets | One-a-day
Nutritional Information | Per Tablet | %NRV*
Vitamin D | 25µg | 500%
*NRV = Nutrient Reference Value
Ingredients: Bulking Agent: Microcrystalline Cellulose; Dicalcium Phosphate, Anti-caking Agents: Magnesium Silicate, Magnesium Stearate; Cholecalciferol.
Directions: Adults take one tablet a day with water. Do not exceed the recommended daily dose.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=90)
