# Label sources, part G (blind set 4): US Supplement Facts panels (single forms, blends, buffered, compound weight in the
# name, "providing"/"yielding" rows, per-serving/per-day columns, a footnoted elemental figure, a linear small-package
# panel, marketing numbers, two-line names, gummies, liquids per mL, powders by the scoop, children's, multivitamins)
# and OTC Drug Facts (laxatives, antacids).
# Table rows use " | " as column separator in this source; make_set.py pads them to aligned columns.
# Keys starting with "_" are private to the checker (check_set.py) and are not written to expected.jsonl:
#   _dvb = the DV base the printed %DV was computed from (default 420 for en, 375 for EU languages / UK).
L = []
def add(id, lang, kind, note, text, status="ok", el=None, tol=2, forms=(), dv=None, sc=None, **extra):
    d = dict(id=id, lang=lang, kind=kind, source_note=note, status=status, elemental_mg=el,
             elemental_tol_pct=tol, forms=list(forms), percent_dv=dv, serving_count=sc, _text=text)
    d.update(extra); L.append(d)

# =====================================================================================================
# US Supplement Facts: single forms, blends, buffered, compound rows
# =====================================================================================================
add("us4_swanson_triple_complex", "en", "us_supplement",
 "Modelled on Swanson Triple Magnesium Complex 400 mg capsules (oxide, citrate and aspartate named in one parenthesis; amounts as remembered): 1 capsule = 400 mg elemental; 400/420 = 95.2 -> 95%. 100 capsules = 100 servings (printed).",
"""SWANSON
Triple Magnesium Complex
400 mg | Bone & Muscle Health*
100 Capsules | Dietary Supplement
Supplement Facts
Serving Size 1 Capsule
Servings Per Container 100
Amount Per Serving | % Daily Value
Magnesium (as magnesium oxide, magnesium citrate, magnesium aspartate) | 400 mg | 95%
Other Ingredients: Gelatin, rice flour, magnesium stearate.
Suggested Use: As a dietary supplement, take one capsule per day with food and water.
Warning: Keep out of reach of children. Consult your healthcare practitioner before use if you are pregnant, nursing, taking medication or have a medical condition.
*These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure or prevent any disease.""",
 el=400, forms=["oxide", "citrate", "aspartate"], dv=95, sc=100)

add("us4_vitaminshoppe_citrate_200", "en", "us_supplement",
 "Modelled on The Vitamin Shoppe Magnesium Citrate 200 mg tablets (amounts simplified; two-line product name on the front): 1 tablet = 200 mg; 200/420 = 47.6 -> 48%. 120 tablets = 120 servings (printed). Directions '1 to 2 times daily' do not change the serving.",
"""the Vitamin Shoppe®
Magnesium
Citrate 200 mg
Supports Muscle & Nerve Function* | 120 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 120
Amount Per Serving | %DV
Magnesium (as magnesium citrate) | 200 mg | 48%
Other Ingredients: Cellulose, vegetable stearic acid, croscarmellose sodium, vegetable magnesium stearate, pharmaceutical glaze.
Recommended Use: Take 1 tablet 1 to 2 times daily, preferably with meals.
Caution: If you are pregnant, nursing, taking any medications or have any medical condition, consult your doctor before use.""",
 el=200, forms=["citrate"], dv=48, sc=120)

add("us4_naturemade_citrate_softgel", "en", "us_supplement",
 "Modelled on Nature Made Magnesium Citrate 250 mg softgels (amounts simplified): 2 softgels = 250 mg; 250/420 = 59.5 -> 60%. 60 softgels / 2 = 30 servings (printed). The '250 mg' on the front is per serving.",
"""Nature Made®
Magnesium Citrate
250 mg per serving | Supports Healthy Muscle Function†
60 Liquid Softgels
Supplement Facts
Serving Size 2 Softgels
Servings Per Container 30
Amount Per Serving | % Daily Value
Magnesium (as magnesium citrate) | 250 mg | 60%
Ingredients: Magnesium Citrate, Gelatin, Soybean Oil, Glycerin, Yellow Beeswax, Soy Lecithin, Water.
Suggested Use: Take 2 softgels daily with water and a meal.
Warning: Keep out of reach of children. If you are pregnant or breastfeeding, ask a health professional before use.
†These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or prevent any disease.""",
 el=250, forms=["citrate"], dv=60, sc=30)

add("us4_metagenics_mag_glycinate_1to4", "en", "us_supplement",
 "Modelled on Metagenics Mag Glycinate tablets ('1 to 4 tablets daily'; amounts as remembered): serving 1 tablet = 100 mg; 100/420 = 23.8 -> 24%. 240 tablets = 240 servings (printed). The '1 to 4' direction does not change the panel serving.",
"""metagenics®
Mag Glycinate
Highly absorbable magnesium | 240 Tablets
Supplement Facts
Serving Size: 1 Tablet
Servings Per Container: 240
Each Tablet Contains | %DV
Magnesium (as TRAACS® magnesium bisglycinate chelate) | 100 mg | 24%
Other Ingredients: Microcrystalline cellulose, hydroxypropyl methylcellulose, stearic acid, silica, magnesium stearate, and coating (hydroxypropyl methylcellulose, glycerin).
Directions: Take 1 to 4 tablets daily or as directed by your healthcare practitioner.
Keep out of reach of children. Consult your healthcare practitioner if pregnant, nursing or taking medication.""",
 el=100, forms=["glycinate"], dv=24, sc=240)

add("us4_vitacost_buffered_oxide", "en", "us_supplement",
 "Modelled on Vitacost Magnesium Glycinate (buffered, TRAACS) capsules whose panel names the oxide buffer (amounts approximate): 2 capsules = 200 mg; 200/420 = 47.6 -> 48%. Forms glycinate + oxide because the panel names both. 120 capsules / 2 = 60 (printed).",
"""vitacost®
Magnesium Glycinate
Buffered | Featuring TRAACS® | 120 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
Amount Per Serving | % Daily Value
Magnesium (as TRAACS® magnesium bisglycinate chelate buffered with magnesium oxide) | 200 mg | 48%
Other ingredients: Gelatin (capsule), microcrystalline cellulose, magnesium stearate, silicon dioxide.
Suggested use: Take 2 capsules daily with a meal.
Warning: If you are pregnant, nursing, taking medication or have a medical condition, consult a physician before use.""",
 el=200, forms=["glycinate", "oxide"], dv=48, sc=60)

add("us4_jarrow_magmind_elemental_first", "en", "us_supplement",
 "Modelled on Jarrow Formulas MagMind (Magtein magnesium L-threonate) capsules: the elemental row comes first (144 mg, 144/420 = 34.3 -> 34%) and the compound row (Magtein 2 g) follows it; elemental row used. 90 capsules / 3 = 30 (printed). Directions 1 capsule 3 times per day (serving 3).",
"""JARROW FORMULAS®
MagMind®
Magnesium L-Threonate | Supports Memory & Focus*
90 Veggie Capsules
Supplement Facts
Serving Size 3 Veggie Capsules
Servings Per Container 30
Amount Per Serving | %DV
Magnesium (from Magtein® magnesium L-threonate) | 144 mg | 34%
Magtein® Magnesium L-Threonate | 2 g | *
*Daily Value (DV) not established.
Other Ingredients: Hydroxypropyl methylcellulose (capsule), magnesium stearate (vegetable source) and silicon dioxide.
Suggested Usage: Take 1 capsule 3 times per day, or as directed by your qualified healthcare professional.
Warning: Consult your physician before use if you are pregnant or nursing.""",
 el=144, forms=["threonate"], dv=34, sc=30)

add("us4_horbaach_citrate_yielding", "en", "us_supplement",
 "Modelled on Horbaach Magnesium Citrate capsules (Amazon/Piping Rock; amounts approximate): compound row 1,000 mg and a 'yielding elemental Magnesium' row 160 mg (1000 x 0.162 = 162); elemental row used; 160/420 = 38.1 -> 38%. 120 capsules / 2 = 60 (printed).",
"""Horbäach®
Magnesium Citrate
1000 mg per serving | 120 Quick Release Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
Amount Per Serving | % Daily Value
Magnesium Citrate | 1,000 mg | †
yielding elemental Magnesium | 160 mg | 38%
† Daily Value not established.
Other Ingredients: Gelatin (capsule), rice flour, magnesium stearate.
Directions: Take two (2) capsules daily with a meal.
Warning: Do not exceed recommended dose. Pregnant or nursing mothers, children under the age of 18, and individuals with a known medical condition should consult a physician before using this or any dietary supplement.""",
 el=160, forms=["citrate"], dv=38, sc=60)

add("us4_nootropicsdepot_taurate_samecell", "en", "us_supplement",
 "Modelled on Nootropics Depot Magnesium Taurate capsules (amounts approximate): the compound weight and 'providing elemental Magnesium' are in the same name cell: 'Magnesium Taurate 1,400 mg, providing elemental Magnesium | 125 mg | 30%'. 1400 x 0.089 = 124.6 -> 125 mg; 125/420 = 29.8 -> 30%. 90 capsules / 2 = 45 (printed).",
"""NOOTROPICS DEPOT
Magnesium Taurate
Capsules | Cardiovascular & Calm Support*
90 Count
Supplement Facts
Serving Size: 2 Capsules
Servings Per Container: 45
Amount Per Serving | % Daily Value
Magnesium Taurate 1,400 mg, providing elemental Magnesium | 125 mg | 30%
Other Ingredients: Hypromellose (capsule), microcrystalline cellulose.
Suggested Use: Take 2 capsules daily, or as directed by a healthcare professional.
Warning: Not for use by pregnant or nursing women. Keep out of reach of children.""",
 el=125, forms=["taurate"], dv=30, sc=45)

add("us4_nutricost_malate_fromname", "en", "us_supplement",
 "Modelled on Nutricost Magnesium Malate 1250 mg capsules: compound weight in the name, elemental in the amount column: 'Magnesium (from 1,250 mg Magnesium Malate) 190 mg' (1250 x 0.155 = 194); 190/420 = 45.2 -> 45%. 180 capsules / 3 = 60 (printed).",
"""NUTRICOST®
Magnesium Malate
1250 mg Per Serving | 180 Capsules
Supplement Facts
Serving Size: 3 Capsules
Servings Per Container: 60
Amount Per Serving | % Daily Value
Magnesium (from 1,250 mg Magnesium Malate) | 190 mg | 45%
Other Ingredients: Gelatin (capsule).
Suggested Use: As a dietary supplement, take 3 capsules daily.
Caution: Consult a physician before use if you are pregnant, nursing, or have any medical condition.""",
 el=190, forms=["malate"], dv=45, sc=60)

add("us4_puritans_pride_legacy400", "en", "us_supplement",
 "Modelled on an older (pre-2020) Puritan's Pride Magnesium 400 mg tablet label with the legacy 400 mg DV: 400 mg printed as 100% (400/400). With the current DV it would be 95%; the printed value is kept. 250 tablets = 250 servings (printed). The '2,000 calorie' footnote is a distractor.",
"""PURITAN'S PRIDE®
Magnesium 400 mg
Supports Bone Health† | 250 Coated Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 250
Amount Per Serving | % Daily Value*
Magnesium (as magnesium oxide) | 400 mg | 100%
* Percent Daily Values are based on a 2,000 calorie diet.
Other Ingredients: Cellulose, Vegetable Cellulose, Vegetable Magnesium Stearate, Silica, Vegetable Glycerin.
Suggested Use: For adults, take one (1) tablet daily, preferably with a meal.
Warning: If you are pregnant, nursing, taking any medications or have any medical condition, consult your doctor before use.
†This statement has not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure or prevent any disease.""",
 el=400, forms=["oxide"], dv=100, sc=250, _dvb=400)

add("us4_klaire_glycinate_serving_day", "en", "us_supplement",
 "Modelled on Klaire Labs Magnesium Glycinate Complex capsules, re-set with 'Amount | Per Serving (1 Capsule) | %DV | Per Day (2 Capsules) | %DV' columns (amounts approximate): the per-serving column is used (100 mg, 100/420 = 23.8 -> 24%); per day 200 mg (48%) -> elemental_alt_mg. 100 capsules = 100 servings (printed).",
"""KLAIRE LABS®
Magnesium Glycinate Complex
100 Vegetarian Capsules
Supplement Facts
Serving Size 1 Capsule
Servings Per Container 100
Amount | Per Serving (1 Capsule) | %DV | Per Day (2 Capsules) | %DV
Magnesium (as magnesium bisglycinate chelate) | 100 mg | 24% | 200 mg | 48%
Other Ingredients: Hypromellose (capsule), microcrystalline cellulose, ascorbyl palmitate.
Recommendations: Take 1 capsule two times daily with meals, or as directed by your healthcare professional.
Caution: Keep out of reach of children.""",
 el=100, forms=["glycinate"], dv=24, sc=100, elemental_alt_mg=200)

add("us4_orthomolecular_reacted_split", "en", "us_supplement",
 "Modelled on Ortho Molecular Products Reacted Magnesium capsules (glycinate + citrate; amounts approximate), directions '2 capsules two times daily' (split dose): serving 2 capsules = 210 mg; 210/420 = 50%. 120 capsules / 2 = 60 (printed). The daily 4 capsules is not on the panel and is not the serving.",
"""ORTHO MOLECULAR PRODUCTS®
Reacted Magnesium
Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
Amount Per Serving | % Daily Value
Magnesium (as magnesium glycinate chelate and magnesium citrate) | 210 mg | 50%
Other Ingredients: Hypromellose (capsule), microcrystalline cellulose, silicon dioxide.
Directions: Take 2 capsules two times daily or as directed by your healthcare professional.
Warning: If pregnant or nursing, consult your healthcare professional before use.""",
 el=210, forms=["glycinate", "citrate"], dv=50, sc=60)

add("us4_equate_oxide_split_2tabs", "en", "us_supplement",
 "Modelled on Equate (Walmart) High Potency Magnesium tablets (oxide; amounts simplified): serving 2 tablets = 500 mg, taken one in the morning and one in the evening; 500/420 = 119.0 -> 119%. 100 tablets / 2 = 50 (printed).",
"""equate
High Potency Magnesium
500 mg per serving | 100 Tablets
Supplement Facts
Serving Size 2 Tablets
Servings Per Container 50
Amount Per Serving | % Daily Value
Magnesium (as magnesium oxide) | 500 mg | 119%
Other Ingredients: Microcrystalline Cellulose, Croscarmellose Sodium, Hypromellose, Magnesium Stearate, Titanium Dioxide (Color), Polyethylene Glycol.
Suggested Use: Adults, take one tablet in the morning and one tablet in the evening with food.
WARNING: Keep out of reach of children. Do not use if safety seal under cap is broken or missing.""",
 el=500, forms=["oxide"], dv=119, sc=50)

add("us4_marketing_complex_1500_front", "en", "us_supplement",
 "Modelled on Amazon-style 'Magnesium Complex 1500 mg' three-form capsules (e.g., Nature's Nutrition Magnesium Complex): front claims '1,500 mg', '3x better absorption' and '100% vegan'; the panel has the blend weight (1,500 mg, compound) and the elemental row 270 mg (270/420 = 64.3 -> 64%). Elemental row used. 120 capsules / 2 = 60 (printed).",
"""MAGNESIUM COMPLEX
1,500 mg | Glycinate • Malate • Citrate
Up to 3x Better Absorption* | 120 Vegan Capsules | 60 Day Supply
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
Amount Per Serving | % Daily Value
Magnesium (as magnesium glycinate, magnesium malate, magnesium citrate) | 270 mg | 64%
Magnesium Complex Blend | 1,500 mg | **
**Daily Value not established.
Other Ingredients: Vegetable cellulose (capsule), rice flour.
Suggested Use: Take 2 capsules once a day. For best results take 20-30 minutes before a meal with an 8 oz glass of water.
*Compared with magnesium oxide in a 2019 in-vitro dissolution test. These statements have not been evaluated by the Food and Drug Administration.""",
 el=270, forms=["glycinate", "malate", "citrate"], dv=64, sc=60)

add("us4_qunol_twoline_name", "en", "us_supplement",
 "Modelled on Qunol Magnesium Glycinate Complex capsules (amounts approximate); the Mg row's name wraps onto two table lines, so the first line has empty amount cells: 2 capsules = 300 mg; 300/420 = 71.4 -> 71%. Forms from both lines: glycinate, citrate, malate. 120 capsules / 2 = 60 (printed).",
"""Qunol®
Magnesium Glycinate
Complex | 3 Forms of Magnesium
120 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
Amount Per Serving | % Daily Value
Magnesium (as magnesium bisglycinate chelate, | |
magnesium citrate, magnesium malate) | 300 mg | 71%
Other Ingredients: Hypromellose (vegetable capsule), microcrystalline cellulose, magnesium stearate.
Directions: Adults take 2 capsules daily with food.
Caution: Consult your physician before use if you are pregnant, nursing, taking medication or have a medical condition.""",
 el=300, forms=["glycinate", "citrate", "malate"], dv=71, sc=60)

add("us4_naturewise_footnote_elemental", "en", "us_supplement",
 "Modelled on NatureWise Magnesium Glycinate 1000 mg capsules re-set with a compound-only row whose %DV is explained in a footnote: 'Magnesium Glycinate 1,000 mg 33%‡' and '‡ %DV is based on the 140 mg of elemental magnesium provided per serving'. Elemental from the footnote: 140 mg (1000 x 0.141 = 141); 140/420 = 33.3 -> 33%. 120 capsules / 2 = 60 (printed). Judgement call: the elemental figure is only in the footnote.",
"""NatureWise®
Magnesium Glycinate
1000 mg | Chelated for Absorption
120 Vegetarian Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
Amount Per Serving | % Daily Value
Magnesium Glycinate | 1,000 mg | 33%‡
‡ %DV is based on the 140 mg of elemental magnesium provided per serving.
Other Ingredients: Hypromellose (vegetable capsule), rice flour, magnesium stearate.
Suggested Use: Take 2 capsules daily with water, or as directed by your healthcare professional.
Caution: Keep out of reach of children. Consult a doctor if you are pregnant, nursing or taking medication.""",
 el=140, forms=["glycinate"], dv=33, sc=60)

add("us4_vitaminworld_linear_panel", "en", "us_supplement",
 "Modelled on the linear (small-package) Supplement Facts of a Vitamin World Magnesium Citrate 30-caplet travel bottle (amounts approximate): 'Amount Per Serving: Magnesium (as magnesium citrate) 120 mg (29% DV)' in running text; 120/420 = 28.6 -> 29%. 30 servings (printed).",
"""VITAMIN WORLD®
Magnesium Citrate
120 mg | 30 Caplets
Supplement Facts Serving Size: 1 Caplet. Servings Per Container: 30. Amount Per Serving: Magnesium (as magnesium citrate) 120 mg (29% DV).
Other Ingredients: Cellulose, Croscarmellose, Vegetable Stearic Acid, Silica, Vegetable Magnesium Stearate.
Suggested Use: Take 1 caplet daily with a meal.
Keep out of reach of children.""",
 el=120, forms=["citrate"], dv=29, sc=30)

add("us4_on_zma_aspartate", "en", "us_supplement",
 "Modelled on Optimum Nutrition ZMA capsules (zinc monomethionine aspartate, magnesium aspartate, B6): 3 capsules = Mg 450 mg; 450/420 = 107.1 -> 107%. 'zinc monomethionine aspartate' is a zinc source, not Mg. Directions 'men 3, women 2 capsules' do not change the serving (3). 90 capsules / 3 = 30 (printed).",
"""OPTIMUM NUTRITION
ZMA®
Zinc • Magnesium • B6 | Recovery & Sleep Support*
90 Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 30
Amount Per Serving | % Daily Value
Vitamin B6 (as pyridoxine hydrochloride) | 10.5 mg | 618%
Zinc (as zinc monomethionine aspartate) | 30 mg | 273%
Magnesium (as magnesium aspartate) | 450 mg | 107%
Other Ingredients: Gelatin, Microcrystalline Cellulose, Magnesium Stearate, Silica.
Directions: Men take 3 capsules, women take 2 capsules, on an empty stomach 30-60 minutes before bedtime. Avoid taking with foods or supplements containing calcium.
Warning: Do not exceed recommended dose. Consult a physician before use if pregnant, nursing or taking medication.""",
 el=450, forms=["aspartate"], dv=107, sc=30)

add("us4_pure_gummy_150", "en", "us_supplement",
 "Modelled on Pure Encapsulations Magnesium Gummy (one gummy, 'ages 9 and up', 150 mg per gummy; cf. nourishmeorganics.com product page; panel re-set): 1 gummy = 150 mg (as magnesium citrate); 150/420 = 35.7 -> 36%. 60 gummies = 60 servings (printed). The '46 almonds' and '2,000 calorie' numbers are distractors.",
"""PURE ENCAPSULATIONS®
Magnesium Gummy
Berry Vanilla | 150 mg per gummy | As much magnesium as 46 almonds
60 Gummies
Supplement Facts
Serving Size 1 Gummy
Servings Per Container 60
Amount Per Serving | % Daily Value
Calories | 10 |
Total Carbohydrate | 3 g | 1%**
Total Sugars | <1 g | †
Magnesium (as magnesium citrate) | 150 mg | 36%
**Percent Daily Values are based on a 2,000 calorie diet. † Daily Value not established.
Other Ingredients: Allulose, tapioca syrup, water, pectin, natural flavors, citric acid, sodium citrate, elderberry juice concentrate (color).
Suggested Use: As a dietary supplement, adults and children ages 9 and up, take 1 gummy daily, with meals.
Keep out of reach of children.""",
 el=150, forms=["citrate"], dv=36, sc=60)

# =====================================================================================================
# Multivitamins / cal-mag (Mg is one row among many)
# =====================================================================================================
add("mv4_centrum_silver_women50", "en", "multivitamin",
 "Modelled on Centrum Silver Women 50+ tablets (amounts approximate): Magnesium (as magnesium oxide) 50 mg, 50/420 = 11.9 -> 12%; zinc oxide and calcium carbonate are not Mg sources. 100 tablets = 100 servings (printed).",
"""Centrum® Silver®
Women 50+
Multivitamin / Multimineral Supplement | 100 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 100
Amount Per Tablet | % Daily Value
Vitamin A (as beta-carotene and retinyl acetate) | 750 mcg | 83%
Vitamin C (as ascorbic acid) | 100 mg | 111%
Vitamin D3 (as cholecalciferol) | 25 mcg (1,000 IU) | 125%
Vitamin E (as dl-alpha tocopheryl acetate) | 22.5 mg | 150%
Vitamin K (as phytonadione) | 50 mcg | 42%
Thiamin (as thiamin mononitrate) | 1.1 mg | 92%
Riboflavin | 1.7 mg | 131%
Niacin (as niacinamide) | 20 mg NE | 125%
Vitamin B6 (as pyridoxine hydrochloride) | 5 mg | 294%
Folate | 667 mcg DFE (400 mcg folic acid) | 167%
Vitamin B12 (as cyanocobalamin) | 50 mcg | 2083%
Biotin | 30 mcg | 100%
Pantothenic Acid (as d-calcium pantothenate) | 10 mg | 200%
Calcium (as calcium carbonate) | 500 mg | 38%
Iron (as ferrous fumarate) | 8 mg | 44%
Iodine (as potassium iodide) | 150 mcg | 100%
Magnesium (as magnesium oxide) | 50 mg | 12%
Zinc (as zinc oxide) | 8 mg | 73%
Selenium (as sodium selenate) | 55 mcg | 100%
Copper (as cupric oxide) | 0.5 mg | 56%
Manganese (as manganese sulfate) | 2.3 mg | 100%
Chromium (as chromium chloride) | 45 mcg | 129%
Molybdenum (as sodium molybdate) | 45 mcg | 100%
Potassium (as potassium chloride) | 80 mg | 2%
Lutein | 250 mcg | *
Lycopene | 300 mcg | *
* Daily Value not established.
Other Ingredients: Microcrystalline Cellulose, Crospovidone, Modified Food Starch, Hypromellose, Magnesium Stearate, Titanium Dioxide.
Suggested Use: Adults: Take one tablet daily with food.
WARNING: Accidental overdose of iron-containing products is a leading cause of fatal poisoning in children under 6. Keep this product out of reach of children.""",
 el=50, forms=["oxide"], dv=12, sc=100)

add("mv4_gnc_megamen_2caplets", "en", "multivitamin",
 "Modelled on GNC Mega Men 2-caplet multivitamin (amounts approximate): Magnesium (as magnesium oxide) 100 mg per 2 caplets; 100/420 = 23.8 -> 24%. 'zinc citrate' is a zinc source (not an Mg form). 60 caplets / 2 = 30 (printed).",
"""GNC MEGA MEN®
Multivitamin for Men | 2 Caplets Daily
60 Caplets
Supplement Facts
Serving Size 2 Caplets
Servings Per Container 30
Amount Per Serving | % DV
Vitamin A (as beta-carotene and retinyl acetate) | 1,500 mcg | 167%
Vitamin C (as ascorbic acid) | 250 mg | 278%
Vitamin D (as cholecalciferol) | 25 mcg (1,000 IU) | 125%
Vitamin E (as d-alpha tocopheryl succinate) | 67 mg | 447%
Thiamin (as thiamin mononitrate) | 25 mg | 2083%
Riboflavin | 25 mg | 1923%
Niacin (as niacinamide) | 40 mg | 250%
Vitamin B6 (as pyridoxine hydrochloride) | 25 mg | 1471%
Vitamin B12 (as cyanocobalamin) | 100 mcg | 4167%
Calcium (as calcium carbonate) | 200 mg | 15%
Magnesium (as magnesium oxide) | 100 mg | 24%
Zinc (as zinc citrate) | 15 mg | 136%
Selenium (as L-selenomethionine) | 100 mcg | 182%
Saw Palmetto Berry Extract | 120 mg | †
† Daily Value not established.
Other Ingredients: Cellulose, Titanium Dioxide (color), Vegetable Magnesium Stearate.
Directions: Take two caplets daily with a meal.
Caution: Consult your physician before use if you are taking medication or have a medical condition. Keep out of reach of children.""",
 el=100, forms=["oxide"], dv=24, sc=30)

add("mv4_newchapter_prenatal_dv400", "en", "multivitamin",
 "Modelled on New Chapter Perfect Prenatal (3 tablets) with the '% Daily Value for Pregnant and Lactating Women' header (amounts approximate): Magnesium (as magnesium citrate) 60 mg; 60/400 = 15%. 96 tablets / 3 = 32 (printed).",
"""NEW CHAPTER®
Perfect Prenatal
Fermented Multivitamin | 96 Vegetarian Tablets
Supplement Facts
Serving Size 3 Tablets
Servings Per Container 32
Amount Per Serving | % Daily Value for Pregnant and Lactating Women
Vitamin A (as beta-carotene) | 1,050 mcg | 81%
Vitamin C (as ascorbic acid) | 60 mg | 50%
Vitamin D3 (as cholecalciferol) | 25 mcg (1,000 IU) | 167%
Folate | 1,360 mcg DFE (800 mcg folic acid) | 227%
Vitamin B12 (as methylcobalamin) | 8 mcg | 286%
Calcium (as calcium carbonate) | 100 mg | 8%
Iron (as ferrous bisglycinate) | 18 mg | 67%
Iodine (as potassium iodide) | 150 mcg | 52%
Magnesium (as magnesium citrate) | 60 mg | 15%
Zinc (as zinc bisglycinate) | 11 mg | 85%
Other Ingredients: Organic brown rice, maltodextrin, cellulose, organic ginger root.
Suggested Use: Take 3 tablets daily, with or without food. May be taken as one tablet three times a day.
WARNING: Accidental overdose of iron-containing products is a leading cause of fatal poisoning in children under 6.""",
 el=60, forms=["citrate"], dv=15, sc=32, _dvb=400)

add("mv4_solgar_calmag_boron", "en", "multivitamin",
 "Modelled on Solgar Calcium Magnesium Plus Boron tablets (amounts approximate): 2 tablets = Mg (as oxide) 250 mg; 250/420 = 59.5 -> 60%. 'boron citrate' and 'calcium carbonate' are not Mg sources. 250 tablets / 2 = 125 (printed).",
"""SOLGAR®
Calcium Magnesium
Plus Boron | Bone Health* | 250 Tablets
Supplement Facts
Serving Size 2 Tablets
Servings Per Container 125
Amount Per Serving | % Daily Value
Calcium (as calcium carbonate) | 500 mg | 38%
Magnesium (as magnesium oxide) | 250 mg | 60%
Boron (as boron citrate) | 1.5 mg | *
*Daily Value not established.
Other Ingredients: Microcrystalline Cellulose, Vegetable Cellulose, Vegetable Stearic Acid, Vegetable Magnesium Stearate, Silica, Vegetable Glycerin.
Suggested Use: As a dietary supplement for adults, take two (2) tablets daily, preferably with a meal or as directed by a healthcare practitioner.""",
 el=250, forms=["oxide"], dv=60, sc=125)

# =====================================================================================================
# Powders, liquids
# =====================================================================================================
add("pw4_kirkman_citrate_soluble", "en", "powder",
 "Partly checked against the Kirkman Magnesium Citrate Soluble Powder product page (supplementfirst.com): 'Serving Size: 2.5 gm (1/2 rounded tsp) ... Magnesium (from Magnesium Citrate) 200 mg 48%'. 200/420 = 47.6 -> 48%. 'Servings Per Container about 90' (227 g / 2.5 g) is added here. Directions '1/2 to 1 teaspoon' do not change the serving.",
"""KIRKMAN®
Magnesium Citrate
Soluble Powder | Net Wt 8 oz (227 g)
Supplement Facts
Serving Size: 2.5 g (1/2 rounded tsp)
Servings Per Container: about 90
Each Serving Contains | Amount per Serving | % Daily Value
Magnesium (from Magnesium Citrate) | 200 mg | 48%
Other Ingredients: Citric acid, xylitol.
Suggested Use: 1/2 to 1 teaspoon daily or as directed by a physician. Mix into water or juice and let sit for 15 minutes before stirring again.
Warning: Magnesium supplements can cause changes in stool consistency and bowel habits. If this occurs, discontinue use and discuss this matter with your physician.""",
 el=200, forms=["citrate"], dv=48, sc=90)

add("pw4_now_citrate_pure_powder", "en", "powder",
 "Modelled on NOW Magnesium Citrate Pure Powder, 8 oz (amounts approximate): 1 level teaspoon (2.6 g) = 405 mg (2.6 g x ~15.6%); 405/420 = 96.4 -> 96%. 'about 87' servings (227 g / 2.6 g) printed -> 87.",
"""NOW®
Magnesium Citrate
Pure Powder | Net Wt 8 oz (227 g)
Supplement Facts
Serving Size 1 Level Teaspoon (2.6 g)
Servings Per Container about 87
Amount Per Serving | % Daily Value
Magnesium (from Magnesium Citrate) | 405 mg | 96%
Other Ingredients: None.
Suggested Use: As a dietary supplement, take 1 level teaspoon daily in water or juice. May be taken in divided doses.
Caution: For adults only. Consult physician if pregnant/nursing, taking medication, or have a medical condition. May cause loose stools.""",
 el=405, forms=["citrate"], dv=96, sc=87)

add("pw4_drberg_electrolyte_scoop", "en", "powder",
 "Modelled on Dr. Berg's Electrolyte Powder (1 scoop; amounts approximate): Magnesium (as magnesium citrate, magnesium malate) 210 mg; 210/420 = 50%. 'calcium lactate' and 'potassium gluconate/citrate' are not Mg sources (forms citrate + malate only). 45 servings (printed).",
"""Dr. Berg's®
Electrolyte Powder
1,000 mg Potassium | No Sugar | Lemonade
Net Wt 234 g | 45 Servings
Supplement Facts
Serving Size 1 Scoop (5.2 g)
Servings Per Container 45
Amount Per Serving | % Daily Value
Calories | 0 |
Calcium (as calcium lactate) | 50 mg | 4%
Magnesium (as magnesium citrate, magnesium malate) | 210 mg | 50%
Sodium (as sea salt) | 30 mg | 1%
Potassium (as potassium citrate, potassium bicarbonate, potassium gluconate) | 1,000 mg | 21%
Chloride (as potassium chloride) | 80 mg | 3%
Other Ingredients: Citric acid, natural lemon flavor, stevia leaf extract.
Suggested Use: Mix 1 scoop with 12-16 oz of water. Use 1 to 2 times daily.
Caution: Consult your doctor before use if you have kidney problems or take potassium-sparing medication.""",
 el=210, forms=["citrate", "malate"], dv=50, sc=45)

add("lq4_floradix_magnesium_20ml", "en", "liquid",
 "Modelled on Floradix (Salus) Magnesium liquid mineral supplement, 17 fl oz (US panel; amounts approximate): 20 mL serving = Mg 180 mg (gluconate + citrate); 180/420 = 42.9 -> 43%. 500 mL / 20 mL = 25 (printed).",
"""FLORADIX®
Magnesium
Liquid Mineral Supplement | 17 fl oz (500 mL)
Supplement Facts
Serving Size 20 mL (4 tsp)
Servings Per Container 25
Amount Per Serving | % Daily Value
Calories | 15 |
Total Carbohydrate | 3 g | 1%*
Magnesium (as magnesium gluconate and magnesium citrate) | 180 mg | 43%
*Percent Daily Values are based on a 2,000 calorie diet.
Other Ingredients: Water, pear juice concentrate, grape juice concentrate, herbal extract blend (chamomile, fennel, spinach), citric acid.
Suggested Use: Take 20 mL (4 tsp) once daily before a meal. Shake well. Refrigerate after opening and use within 4 weeks.""",
 el=180, forms=["gluconate", "citrate"], dv=43, sc=25)

add("lq4_mineralife_per_ml", "en", "liquid",
 "Modelled on Mineralife Ionic Magnesium liquid concentrate, 2 fl oz dropper bottle (amounts approximate): serving 1 mL = 60 mg (magnesium chloride); 60/420 = 14.3 -> 14%. The Chloride row (175 mg) is not Mg. 59 servings (printed).",
"""MINERALIFE
Ionic Magnesium
Liquid Concentrate | 2 fl oz (59 mL)
Supplement Facts
Serving Size 1 mL (approx. 20 drops)
Servings Per Container 59
Amount Per Serving | % Daily Value
Magnesium (as magnesium chloride) | 60 mg | 14%
Chloride | 175 mg | 8%
Other Ingredients: Purified water.
Suggested Use: Add 1 mL (20 drops) to 8 oz of water or juice once daily. Start with 5 drops and increase gradually.
Warning: Do not take undiluted. Keep out of reach of children.""",
 el=60, forms=["chloride"], dv=14, sc=59)

# =====================================================================================================
# Children's
# =====================================================================================================
add("ch4_animalparade_magnesium_4plus", "en", "children",
 "Modelled on NaturesPlus Animal Parade Magnesium children's chewables (amounts approximate) with the 'Children 4 Years of Age and Older' header (DV 420): 2 tablets = 100 mg; 100/420 = 23.8 -> 24%. 90 tablets / 2 = 45 (printed).",
"""NaturesPlus®
Animal Parade®
Magnesium | Children's Chewable | Cherry Flavor | 90 Animals
Supplement Facts
Serving Size 2 Tablets
Servings Per Container 45
Amount Per Serving | % Daily Value for Children 4 Years of Age and Older
Calories | 5 |
Total Carbohydrate | 1 g | <1%**
Magnesium (as magnesium citrate) | 100 mg | 24%
**Percent Daily Values are based on a 2,000 calorie diet.
Other Ingredients: Fructose, xylitol, natural cherry flavor, stearic acid, citric acid, silica.
Suggested Use: Children 4 years and older: chew 2 tablets daily with food. Not for children under 4 years of age.""",
 el=100, forms=["citrate"], dv=24, sc=45)

add("ch4_maryruths_toddler_dv80", "en", "children",
 "Modelled on MaryRuth's Toddler Liquid Multivitamin (ages 1-3; amounts approximate) with the 'Children 1 through 3 Years of Age' header (DV 80): 5 mL = Mg 20 mg; 20/80 = 25%. 'zinc gluconate' is not an Mg form. 236 mL / 5 mL = 47.2 -> 'about 47' (printed).",
"""MaryRuth's®
Toddler Multivitamin
Liquid | Ages 1-3 | Berry | 8 fl oz (236 mL)
Supplement Facts
Serving Size 5 mL (1 tsp)
Servings Per Container about 47
Amount Per Serving | % Daily Value for Children 1 through 3 Years of Age
Vitamin A (as retinyl palmitate) | 150 mcg | 50%
Vitamin C (as ascorbic acid) | 15 mg | 100%
Vitamin D3 (as cholecalciferol) | 10 mcg (400 IU) | 67%
Vitamin E (as d-alpha tocopherol) | 3 mg | 50%
Zinc (as zinc gluconate) | 1.5 mg | 50%
Magnesium (as magnesium citrate) | 20 mg | 25%
Other Ingredients: Purified water, vegetable glycerin, natural berry flavor, citric acid, potassium sorbate.
Suggested Use: Children 1-3 years: take 5 mL (1 tsp) once daily. Shake well. Refrigerate after opening.""",
 el=20, forms=["citrate"], dv=25, sc=47, _dvb=80)

# =====================================================================================================
# Drug Facts (laxatives, antacids)
# =====================================================================================================
add("df4_dulcolax_liquid_mom", "en", "drug_facts",
 "Modelled on Dulcolax Liquid (magnesium hydroxide 1200 mg per 15 mL) saline laxative; Other information states 'each 15 mL contains: magnesium 500 mg' (1200 x 0.417 = 500.4) -> 500 mg per the active-ingredient unit (15 mL), tol 2. Dose table 30-60 mL is not the unit.",
"""Dulcolax®
Liquid | Saline Laxative | Magnesium Hydroxide | Cherry
12 fl oz (355 mL)
Drug Facts
Active ingredient (in each 15 mL) | Purpose
Magnesium hydroxide 1200 mg | Saline laxative
Use relieves occasional constipation (irregularity). This product generally produces bowel movement in 1/2 to 6 hours.
Warnings
Ask a doctor before use if you have kidney disease; a magnesium-restricted diet; stomach pain, nausea or vomiting; noticed a sudden change in bowel habits that lasts over 2 weeks.
Ask a doctor or pharmacist before use if you are taking a prescription drug. This product may interact with certain prescription drugs.
Stop use and ask a doctor if you have rectal bleeding or no bowel movement after using this product. These could be signs of a serious condition. You need to use a laxative for more than 1 week.
Keep out of reach of children.
Directions shake well before use; drink a full glass (8 oz) of liquid with each dose; may be taken as a single daily dose or in divided doses; use dose cup provided.
age | dose
adults and children 12 years and older | 30 mL to 60 mL
children 6 to 11 years | 15 mL to 30 mL
children under 6 years | ask a doctor
Other information each 15 mL contains: magnesium 500 mg; store at 20-25°C (68-77°F); do not freeze.
Inactive ingredients carboxymethylcellulose sodium, citric acid, flavor, glycerin, microcrystalline cellulose, purified water, sodium hypochlorite, sorbitol, sucrose, xanthan gum""",
 el=500, forms=["hydroxide"], dv=None, sc=None)

add("df4_gaviscon_regular_liquid", "en", "drug_facts",
 "Modelled on Gaviscon Regular Strength Liquid antacid (aluminum hydroxide 95 mg + magnesium carbonate 358 mg in each 15 mL): no magnesium statement; computed 358 x 0.288 = 103.1 mg per 15 mL; tol 20 (basic carbonate ~25% would give 90 mg, inside tol). The sodium statement is not Mg.",
"""GAVISCON®
Regular Strength Liquid | Antacid
Cool Mint | 12 fl oz (355 mL)
Drug Facts
Active ingredients (in each 15 mL tablespoon) | Purpose
Aluminum hydroxide 95 mg | Antacid
Magnesium carbonate 358 mg | Antacid
Uses relieves heartburn, acid indigestion, sour stomach, upset stomach associated with these symptoms
Warnings
Ask a doctor before use if you have kidney disease or a sodium-restricted diet.
Ask a doctor or pharmacist before use if you are taking a prescription drug. Antacids may interact with certain prescription drugs.
Stop use and ask a doctor if symptoms last more than 2 weeks.
Keep out of reach of children.
Directions shake well; adults: take 1 to 2 tablespoonfuls four times a day or as directed by a doctor; do not take more than 8 tablespoonfuls in 24 hours or use the maximum dosage for more than 2 weeks; children under 12 years: ask a doctor
Other information each tablespoon contains: sodium 52 mg; store at room temperature; do not freeze
Inactive ingredients benzyl alcohol, D&C yellow #10, edetate disodium, FD&C blue #1, flavor, glycerin, saccharin sodium, sodium alginate, sorbitol solution, water, xanthan gum""",
 el=103.1, tol=20, forms=["carbonate"], dv=None, sc=None)

add("df4_mylanta_supreme_5ml", "en", "drug_facts",
 "Modelled on Mylanta Supreme antacid liquid (calcium carbonate 400 mg + magnesium hydroxide 135 mg in each 5 mL teaspoon): no magnesium statement (the calcium statement is not Mg); computed 135 x 0.417 = 56.3 mg per 5 mL; tol 20.",
"""MYLANTA®
Supreme | Fast-Acting Antacid
Cherry Creme | 12 fl oz
Drug Facts
Active ingredients (in each 5 mL teaspoon) | Purpose
Calcium carbonate 400 mg | Antacid
Magnesium hydroxide 135 mg | Antacid
Uses relieves acid indigestion, heartburn, sour stomach, upset stomach associated with these symptoms
Warnings
Ask a doctor before use if you have kidney disease.
Ask a doctor or pharmacist before use if you are taking a prescription drug. Antacids may interact with certain prescription drugs.
Stop use and ask a doctor if symptoms last more than 2 weeks.
Keep out of reach of children.
Directions shake well before use; adults and children 12 years and older: take 2 to 4 teaspoonfuls between meals, at bedtime or as directed by a doctor; do not take more than 18 teaspoonfuls in 24 hours; children under 12 years: ask a doctor
Other information each teaspoon contains: calcium 160 mg; store at room temperature; keep tightly closed
Inactive ingredients butylparaben, carboxymethylcellulose sodium, flavors, hypromellose, microcrystalline cellulose, propylparaben, purified water, sodium saccharin, sorbitol""",
 el=56.3, tol=20, forms=["hydroxide"], dv=None, sc=None)

add("df4_mgo420_antacid_equiv253", "en", "drug_facts",
 "Modelled on store-brand magnesium oxide 420 mg antacid tablets (openFDA lists an MgO 420 mg product with 253 mg elemental; cf. magnesium.md): 'Magnesium oxide 420 mg (equivalent to 253 mg magnesium)' in each tablet -> 253 mg stated, tol 2 (420 x 0.603 = 253.3).",
"""MAGNESIUM OXIDE
420 mg Tablets | Antacid
100 Tablets
Drug Facts
Active ingredient (in each tablet) | Purpose
Magnesium oxide 420 mg (equivalent to 253 mg magnesium) | Antacid
Uses relieves acid indigestion, heartburn, sour stomach
Warnings
Do not take more than 2 tablets in a 24 hour period or use the maximum dosage for more than 2 weeks except under the advice and supervision of a doctor.
Ask a doctor before use if you have kidney disease.
Ask a doctor or pharmacist before use if you are taking a prescription drug. Antacids may interact with certain prescription drugs.
May have laxative effect.
Keep out of reach of children.
Directions adults: take 1 tablet twice daily with food or as directed by a doctor
Other information store at 20-25°C (68-77°F) in a dry place
Inactive ingredients croscarmellose sodium, magnesium stearate, microcrystalline cellulose""",
 el=253, forms=["oxide"], dv=None, sc=None)

add("df4_digel_chewable", "en", "drug_facts",
 "Modelled on Di-Gel Advanced Formula antacid/anti-gas chewable tablets (calcium carbonate 280 mg, magnesium hydroxide 128 mg, simethicone 20 mg in each tablet): no magnesium statement; computed 128 x 0.417 = 53.4 mg per tablet; tol 20.",
"""DI-GEL®
Advanced Formula | Antacid / Anti-Gas
Mint | 64 Chewable Tablets
Drug Facts
Active ingredients (in each tablet) | Purposes
Calcium carbonate 280 mg | Antacid
Magnesium hydroxide 128 mg | Antacid
Simethicone 20 mg | Antigas
Uses relieves heartburn, acid indigestion, sour stomach, upset stomach associated with these symptoms, bloating and pressure commonly referred to as gas
Warnings
Ask a doctor before use if you have kidney disease.
Ask a doctor or pharmacist before use if you are taking a prescription drug. Antacids may interact with certain prescription drugs.
Do not take more than 12 tablets in 24 hours or use the maximum dosage for more than 2 weeks.
Keep out of reach of children.
Directions chew 2 to 4 tablets every 2 hours or after meals and at bedtime, or as directed by a doctor
Other information each tablet contains: calcium 112 mg; store at room temperature
Inactive ingredients dextrose, flavor, magnesium stearate, sorbitol, starch, sucrose, talc""",
 el=53.4, tol=20, forms=["hydroxide"], dv=None, sc=None)
