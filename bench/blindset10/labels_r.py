# Label sources, part R (blind set 10): US Supplement Facts panels (single salts, threonate, orotate, taurate, buffered
# chelate, compound-only, per-2/per-4 columns, a gummy), multivitamins (incl. a prenatal and a UK multi), a Nutrition Facts
# powder, a liquid, a children's chewable, OTC Drug Facts, UK / Canada / Australia / New Zealand, two topicals and the
# English negatives. EU labels are in labels_s.py (which imports add/L from here).
# Same format as bench/blindset9/labels_p.py: table cells are separated by " | "; a line ending in " |" is a table row whose
# remaining cells are empty (used for names wrapped over lines). Keys starting with "_" are private to the checker
# (check_set.py) and are not written to expected.jsonl:
#   _dvb = the DV base the printed %DV was computed from (default 420 for en, 375 for EU languages; UK sets 375,
#          the prenatal 400).
L = []
def add(id, lang, kind, note, text, status="ok", el=None, tol=2, forms=(), dv=None, sc=None, **extra):
    d = dict(id=id, lang=lang, kind=kind, source_note=note, status=status, elemental_mg=el,
             elemental_tol_pct=tol, forms=list(forms), percent_dv=dv, serving_count=sc, _text=text)
    d.update(extra); L.append(d)

# ===================================================================== US Supplement Facts
add("us10_mercola_threonate_elemental_then_magtein_row", "en", "us_supplement",
 "Modelled on Dr. Mercola Magnesium L-Threonate capsules (Magtein; as remembered, amounts approximate): the elemental row comes first, the compound row after it: 'Magnesium (as magnesium L-threonate) 144 mg 34%' and 'Magnesium L-Threonate (Magtein) 2,000 mg'. 144/420 = 34.3 -> 34%; 2,000 x 0.072 = 144 (inside 7.2-8.25 %). Serving Size 3 Capsules, 90 capsules -> 30 (printed).",
"""Dr. Mercola®
Magnesium L-Threonate
Featuring Magtein® | Dietary Supplement | 90 Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium L-threonate) | 144 mg | 34%
Magnesium L-Threonate (Magtein®) | 2,000 mg | †
† Daily Value not established.
Other Ingredients: Hypromellose (capsule), microcrystalline cellulose.
Suggested Use: Take three (3) capsules daily: one in the morning and two about an hour before bedtime.
*These statements have not been evaluated by the Food and Drug Administration.""",
 el=144, forms=["threonate"], dv=34, sc=30)

add("us10_heb_oxide250_dv_column_no_percent", "en", "us_supplement",
 "Modelled on H-E-B Magnesium 250 mg tablets (store brand; as remembered, may not match a current SKU), re-set so that the %DV column carries its % sign only in the header ('% Daily Value') and the cell is a bare '60' (250/420 = 59.5 -> 60). 100 tablets, 1 a day, Servings Per Container 100 (printed).",
"""H-E-B®
Magnesium 250 mg
Bone & Muscle Health* | Dietary Supplement | 100 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 100
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium oxide) | 250 mg | 60
Other Ingredients: Microcrystalline Cellulose, Croscarmellose Sodium, Stearic Acid, Magnesium Stearate, Silicon Dioxide, Pharmaceutical Glaze.
Directions: For adults, take one (1) tablet daily with a meal.
*These statements have not been evaluated by the Food and Drug Administration.""",
 el=250, forms=["oxide"], dv=60, sc=100)

add("us10_natureslife_citrate_wrapped_amount_on_line2", "en", "us_supplement",
 "Modelled on Nature's Life Magnesium Citrate tablets (as remembered; amounts approximate), the 'as' parenthesis wrapped so that the amount and %DV stand on the SECOND line with 'citrate)': 3 tablets = 300 mg, 300/420 = 71.4 -> 71%. 90 tablets / 3 = 30 (printed).",
"""NATURE'S LIFE®
Magnesium Citrate
Dietary Supplement | 90 Tablets
Supplement Facts
Serving Size 3 Tablets
Servings Per Container 30
 | Amount Per Serving | % DV
Magnesium (as magnesium |
citrate) | 300 mg | 71%
Other Ingredients: Cellulose, stearic acid, vegetable magnesium stearate, silica, vegetable coating.
Suggested Use: Take 3 tablets daily with meals, preferably in divided doses.""",
 el=300, forms=["citrate"], dv=71, sc=30)

add("us10_arg_orotate_dihydrate_from1000_orotic_row", "en", "us_supplement",
 "Modelled on Allergy Research Group Magnesium Orotate capsules (as remembered; amounts approximate, may not match a current SKU): 'Magnesium (from 1,000 mg magnesium orotate dihydrate) 66 mg 16%' (1,000 x 0.066 = 66, the dihydrate figure of magnesium.md; 66/420 = 15.7 -> 16%) above an 'Orotic Acid 840 mg' row that is not Mg (approx. the orotate share of the salt). 90 capsules / 2 = 45 (printed).",
"""ALLERGY RESEARCH GROUP®
Magnesium Orotate
Dietary Supplement | 90 Vegetarian Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 45
 | Amount Per Serving | % Daily Value
Magnesium (from 1,000 mg magnesium orotate dihydrate) | 66 mg | 16%
Orotic Acid (from magnesium orotate dihydrate) | 840 mg | †
† Daily Value not established.
Other Ingredients: Hypromellose (capsule), L-leucine.
Suggested Use: As a dietary supplement, take 2 capsules daily with a meal, or as directed by a healthcare practitioner.""",
 el=66, forms=["orotate"], dv=16, sc=45)

add("us10_arazo_taurate_front1400_taurine_row", "en", "us_supplement",
 "Modelled on Arazo Nutrition Magnesium Taurate capsules (as remembered; amounts approximate): front 'Magnesium Taurate 1,400 mg', panel 'Magnesium (as magnesium taurate) 125 mg 30%' (1,400 x 0.089 = 124.6; 125/420 = 29.8 -> 30%) and a 'Taurine (from magnesium taurate) 1,275 mg' row that is not Mg. 60 capsules / 2 = 30 (printed).",
"""ARAZO NUTRITION
Magnesium Taurate 1,400 mg
Heart & Calm Support* | Dietary Supplement | 60 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium taurate) | 125 mg | 30%
Taurine (from magnesium taurate) | 1,275 mg | †
† Daily Value not established.
Other Ingredients: Vegetable cellulose (capsule), rice flour.
Suggested Use: Take 2 capsules daily with water, or as directed by your healthcare professional.""",
 el=125, forms=["taurate"], dv=30, sc=30)

add("us10_nutrigold_buffered_chelate_oxide_named_wrapped", "en", "us_supplement",
 "Modelled on Nutrigold Magnesium Glycinate Gold capsules (Albion TRAACS; as remembered, amounts approximate): a buffered chelate whose buffer is named, wrapped over two lines: 'Magnesium (as TRAACS magnesium bisglycinate chelate buffered with magnesium oxide) 200 mg 48%' (200/420 = 47.6 -> 48%); forms glycinate + oxide (magnesium.md: buffered glycinate is a glycinate/MgO blend). 120 capsules / 2 = 60 (printed).",
"""NUTRIGOLD®
Magnesium Glycinate Gold
Albion® TRAACS® Buffered Chelate | Dietary Supplement | 120 Vegetarian Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Magnesium (as TRAACS® magnesium bisglycinate | 200 mg | 48%
chelate buffered with magnesium oxide) |
Other Ingredients: Vegetable capsule (hypromellose), organic rice hull concentrate.
Suggested Use: Take 2 capsules daily with food, or as directed by your healthcare practitioner.""",
 el=200, forms=["glycinate", "oxide"], dv=48, sc=60)

add("us10_elmrye_citrate_gummies3_sugar_alcohol", "en", "us_supplement",
 "Modelled on Elm & Rye Magnesium gummies (as remembered; amounts approximate): Serving Size 3 Gummies with calorie, carbohydrate, added-sugar and sugar-alcohol rows above the Mg row: 'Magnesium (as magnesium citrate) 100 mg 24%' (100/420 = 23.8 -> 24%). 90 gummies / 3 = 30 (printed).",
"""ELM & RYE
Magnesium Gummies
Raspberry | Dietary Supplement | 90 Gummies
Supplement Facts
Serving Size 3 Gummies
Servings Per Container 30
Amount Per Serving | % Daily Value
Calories | 20 |
Total Carbohydrate | 5 g | 2%*
Total Sugars | 2 g | †
Includes 2 g Added Sugars | | 4%*
Sugar Alcohol | 2 g | †
Magnesium (as magnesium citrate) | 100 mg | 24%
* Percent Daily Values are based on a 2,000 calorie diet. † Daily Value not established.
Other Ingredients: Tapioca syrup, maltitol, water, pectin, citric acid, natural raspberry flavor, sodium citrate, purple carrot juice concentrate (color).
Directions: Adults chew three (3) gummies daily. Do not exceed the recommended serving.""",
 el=100, forms=["citrate"], dv=24, sc=30)

add("us10_healthyorigins_per2_per4_columns_serving4", "en", "us_supplement",
 "Modelled on Healthy Origins Magnesium (bisglycinate chelate) capsules (as remembered; re-set with two amount columns): 'Serving Size 4 Capsules' and columns 'Per 2 Capsules | %DV | Per 4 Capsules | %DV': the serving column (4 capsules) is the value, 360 mg, 360/420 = 85.7 -> 86%; per 2 capsules 180 mg (43%) in elemental_alt_mg. 120 capsules / 4 = 30 (printed).",
"""HEALTHY ORIGINS®
Magnesium Bisglycinate Chelate
Gentle & Non-Laxative | Dietary Supplement | 120 Veggie Caps
Supplement Facts
Serving Size 4 Capsules
Servings Per Container 30
 | Per 2 Capsules | %DV | Per 4 Capsules | %DV
Magnesium (as magnesium bisglycinate chelate) | 180 mg | 43% | 360 mg | 86%
Other Ingredients: Cellulose (capsule), magnesium stearate (vegetable source).
Suggested Use: Take 2 capsules twice daily with food, or as recommended by your healthcare professional.""",
 el=360, forms=["glycinate"], dv=86, sc=30, elemental_alt_mg=180)

add("us10_metabolicmaintenance_elemental_rowname_two_salts", "en", "us_supplement",
 "Modelled on Metabolic Maintenance magnesium capsules (as remembered; amounts approximate), the row named 'Elemental Magnesium (from magnesium citrate and magnesium malate)' 200 mg 48% (200/420 = 47.6). 90 capsules / 2 = 45 (printed).",
"""METABOLIC MAINTENANCE®
Magnesium Citrate/Malate
Dietary Supplement | 90 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 45
 | Amount Per Serving | % Daily Value
Elemental Magnesium (from magnesium citrate and magnesium malate) | 200 mg | 48%
Other Ingredients: Gelatin capsule.
Suggested Use: 2 capsules daily, or as directed by a healthcare professional.""",
 el=200, forms=["citrate", "malate"], dv=48, sc=45)

add("us10_signaturecare_total_then_from_subrows", "en", "us_supplement",
 "Modelled on Signature Care (Albertsons/Safeway store brand) magnesium tablets (as remembered; re-set): a total row 'Magnesium 300 mg 71%' (300/420 = 71.4) followed by two indented sub-rows 'from magnesium glycinate 150 mg' and 'from magnesium oxide 150 mg' that add up to it (the total is the value, not a part). 60 tablets / 2 = 30 (printed).",
"""signature CARE
Magnesium 300 mg
Glycinate & Oxide | Dietary Supplement | 60 Tablets
Supplement Facts
Serving Size 2 Tablets
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium | 300 mg | 71%
from magnesium glycinate | 150 mg |
from magnesium oxide | 150 mg |
Other Ingredients: Microcrystalline cellulose, croscarmellose sodium, hypromellose, magnesium stearate, silicon dioxide.
Directions: Adults, take two (2) tablets daily with food.""",
 el=300, forms=["glycinate", "oxide"], dv=71, sc=30)

add("us10_nusapure_malate_compound_only_range", "en", "us_supplement",
 "Modelled on NusaPure Magnesium Malate 1,250 mg capsules (as remembered; re-set compound-only): 'Magnesium Malate | 1,250 mg | **' per 2 capsules, no elemental row and no %DV. Elemental computed over the whole malate range of magnesium.md (11.6 % trihydrate .. 15.5 % anhydrous: 145-193.75 mg): expected 1,250 x 0.1355 (middle) = 169.4 with tol 15 (accepts 144.0-194.8). 200 capsules / 2 = 100 (printed).",
"""NusaPure
Magnesium Malate 1,250 mg
Per Serving | Dietary Supplement | 200 Veggie Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 100
Amount Per Serving | % Daily Value
Magnesium Malate | 1,250 mg | **
** Daily Value not established.
Other Ingredients: Vegetable cellulose (capsule), rice flour.
Directions: As a dietary supplement, take 2 capsules daily with water.""",
 el=169.4, tol=15, forms=["malate"], dv=None, sc=100)

# ===================================================================== multivitamins
add("mv10_naturelo_one_daily_men_glycinate25", "en", "multivitamin",
 "Modelled on NATURELO One Daily Multivitamin for Men capsules (as remembered; amounts approximate): 24 rows, 'Magnesium (as magnesium glycinate) 25 mg 6%' (25/420 = 5.95 -> 6%) between Iodine and Zinc; calcium and zinc rows are not Mg. 1 capsule, 60 capsules (printed).",
"""NATURELO®
One Daily Multivitamin for Men
Whole Food Multi | Dietary Supplement | 60 Vegetarian Capsules
Supplement Facts
Serving Size 1 Capsule
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Vitamin A (as beta-carotene) | 900 mcg | 100%
Vitamin C (as ascorbic acid) | 150 mg | 167%
Vitamin D3 (as cholecalciferol) | 25 mcg (1,000 IU) | 125%
Vitamin E (as d-alpha tocopheryl succinate) | 15 mg | 100%
Vitamin K (as K1 and K2) | 120 mcg | 100%
Thiamin (as thiamine HCl) | 10 mg | 833%
Riboflavin (as riboflavin-5-phosphate) | 10 mg | 769%
Niacin (as niacinamide) | 20 mg | 125%
Vitamin B6 (as pyridoxal-5-phosphate) | 10 mg | 588%
Folate (as L-methylfolate) | 680 mcg DFE | 170%
Vitamin B12 (as methylcobalamin) | 50 mcg | 2,083%
Biotin | 150 mcg | 500%
Pantothenic Acid (as d-calcium pantothenate) | 20 mg | 400%
Calcium (from marine algae) | 40 mg | 3%
Iodine (from kelp) | 150 mcg | 100%
Magnesium (as magnesium glycinate) | 25 mg | 6%
Zinc (as zinc glycinate) | 11 mg | 100%
Selenium (as L-selenomethionine) | 70 mcg | 127%
Copper (as copper glycinate) | 0.9 mg | 100%
Manganese (as manganese glycinate) | 2.3 mg | 100%
Chromium (as chromium picolinate) | 35 mcg | 100%
Molybdenum (as molybdenum glycinate) | 45 mcg | 100%
Boron (as boron glycinate) | 1 mg | *
Organic Whole Food Blend (broccoli, spinach, kale, tomato, beet) | 50 mg | *
* Daily Value not established.
Other Ingredients: Vegetable cellulose (capsule), rice hull concentrate.
Suggested Use: Take 1 capsule daily with a meal.""",
 el=25, forms=["glycinate"], dv=6, sc=60)

add("mv10_fullwell_prenatal_8caps_dv_pregnant", "en", "multivitamin",
 "Modelled on FullWell Prenatal Multivitamin capsules (as remembered; amounts approximate): Serving Size 8 Capsules, %DV column headed 'for Pregnant and Lactating Women' (DV 400 mg for Mg): 'Magnesium (as magnesium bisglycinate chelate) 300 mg 75%' (300/400 = 75; against 420 it would be 71). 240 capsules / 8 = 30 (printed).",
"""FULLWELL
Prenatal Multivitamin
For Preconception, Pregnancy & Lactation | 240 Capsules
Supplement Facts
Serving Size 8 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value for Pregnant and Lactating Women
Vitamin A (as beta-carotene) | 1,200 mcg | 92%
Vitamin C (as ascorbic acid) | 200 mg | 167%
Vitamin D3 (as cholecalciferol) | 100 mcg (4,000 IU) | 667%
Vitamin E (as d-alpha tocopherol) | 15 mg | 79%
Vitamin K (as K1 and K2) | 90 mcg | 100%
Thiamin | 3 mg | 214%
Riboflavin | 3 mg | 188%
Niacin | 20 mg | 111%
Vitamin B6 (as pyridoxal-5-phosphate) | 10 mg | 500%
Folate (as L-5-methyltetrahydrofolate) | 1,360 mcg DFE | 227%
Vitamin B12 (as methylcobalamin) | 100 mcg | 3,571%
Biotin | 300 mcg | 857%
Pantothenic Acid | 10 mg | 143%
Choline (as choline bitartrate) | 300 mg | 55%
Calcium (as calcium citrate) | 200 mg | 15%
Iodine (as potassium iodide) | 150 mcg | 52%
Magnesium (as magnesium bisglycinate chelate) | 300 mg | 75%
Zinc (as zinc bisglycinate chelate) | 15 mg | 115%
Selenium (as L-selenomethionine) | 75 mcg | 107%
Copper (as copper bisglycinate chelate) | 1 mg | 77%
Manganese (as manganese bisglycinate chelate) | 1 mg | 38%
Chromium (as chromium picolinate) | 50 mcg | 111%
Molybdenum (as molybdenum glycinate chelate) | 50 mcg | 100%
Potassium (as potassium chloride) | 50 mg | 1%
Inositol | 100 mg | †
† Daily Value not established.
Other Ingredients: Hypromellose (capsule), microcrystalline cellulose.
Suggested Use: Take 8 capsules daily in divided doses with food (e.g. 4 with breakfast and 4 with lunch).""",
 el=300, forms=["glycinate"], dv=75, sc=30, _dvb=400)

add("mv10_vitabiotics_wellman_uk_per_tablet_nrv", "en", "multivitamin",
 "Modelled on Vitabiotics Wellman Original tablets (UK; as remembered, amounts approximate): 'Typical Values | Per Tablet | %NRV*' with 'Magnesium 100mg 27%' (100/375 = 26.7) as one row among 19; magnesium hydroxide in the ingredients. 30 tablets, one a day -> 30 (implied).",
"""Vitabiotics
Wellman® Original
Multivitamin for Men | Food Supplement | 30 Tablets | One-a-day
Typical Values | Per Tablet | %NRV*
Vitamin D | 20µg | 400%
Vitamin E | 20mg | 167%
Vitamin C | 120mg | 150%
Thiamin (Vitamin B1) | 10mg | 909%
Riboflavin (Vitamin B2) | 5mg | 357%
Niacin (Vitamin B3) | 20mg | 125%
Vitamin B6 | 9mg | 643%
Folic Acid | 500µg | 250%
Vitamin B12 | 9µg | 360%
Biotin | 45µg | 90%
Pantothenic Acid | 10mg | 167%
Magnesium | 100mg | 27%
Iron | 6mg | 43%
Zinc | 15mg | 150%
Copper | 1000µg | 100%
Manganese | 0.5mg | 25%
Selenium | 100µg | 182%
Chromium | 50µg | 125%
Iodine | 150µg | 100%
*NRV = Nutrient Reference Value
Ingredients: Magnesium Hydroxide, Bulking Agent (Microcrystalline Cellulose), Vitamin C, Zinc Sulphate, Nicotinamide, Vitamin E, Ferrous Fumarate, Calcium Pantothenate, Thiamin Mononitrate, Pyridoxine Hydrochloride, Riboflavin, Copper Sulphate, Folic Acid, Chromium Picolinate, Potassium Iodide, Sodium Selenate, Biotin, Vitamin D3, Vitamin B12, Anti-caking Agents (Magnesium Stearate, Silicon Dioxide).
Directions: One tablet a day with your main meal. Do not exceed the recommended intake.""",
 el=100, forms=["hydroxide"], dv=27, sc=30, _dvb=375)

# ===================================================================== powder (Nutrition Facts), liquid
add("pw10_skratch_exercise_mix_nutrition_facts_45", "en", "powder",
 "Modelled on Skratch Labs Exercise Hydration Mix (allseasonscyclist.com 2012 review consulted: per 16-oz serving 80 calories, 20 g carbohydrate, 60 mg calcium, 45 mg magnesium, 310 mg sodium, 40 mg potassium; the Mg salt is not named there, 'magnesium lactate' is set here as remembered). A NUTRITION FACTS panel (food), so %DV of minerals follows the food rounding steps (magnesium.md section 4): 45/420 = 10.7 % -> 10% (nearest 5 % between 10 and 50). 'About 20 servings per container' -> 20.",
"""skratch LABS
Exercise Hydration Mix
Lemons & Limes | 440 g (15.5 oz) | Makes 20 Servings
Nutrition Facts
About 20 servings per container
Serving size | 1 scoop (22 g)
Calories | 80 |
 | | % Daily Value*
Total Fat | 0g | 0%
Sodium | 310mg | 13%
Total Carbohydrate | 20g | 7%
Total Sugars | 19g |
Includes 19g Added Sugars | | 38%
Protein | 0g |
Vitamin C | 30mg | 35%
Calcium | 60mg | 4%
Magnesium | 45mg | 10%
Potassium | 40mg | 0%
*The % Daily Value tells you how much a nutrient in a serving of food contributes to a daily diet. 2,000 calories a day is used for general nutrition advice.
Ingredients: Cane sugar, dextrose, sodium citrate, lemon and lime juice powder, calcium lactate, magnesium lactate, potassium citrate, ascorbic acid.
Directions: Mix 1 scoop (22 g) into 16 oz (500 mL) of water. Drink during exercise.""",
 el=45, forms=["lactate"], dv=10, sc=20)

add("lq10_wellesse_calmag_2tbsp_serving", "en", "liquid",
 "Modelled on Wellesse Calcium & Magnesium liquid (as remembered; amounts approximate): Serving Size 2 Tablespoons (30 mL) although the directions also allow 1 tablespoon twice daily: 'Magnesium (as magnesium citrate) 250 mg 60%' (250/420 = 59.5 -> 60%), Calcium 1,000 mg 77% and vitamin D rows are not Mg. 16 fl oz (480 mL) / 30 mL = 16 servings (printed).",
"""Wellesse®
Calcium & Magnesium + D3
Liquid Supplement | Natural Citrus Flavor | 16 fl oz (480 mL)
Supplement Facts
Serving Size 2 Tablespoons (30 mL)
Servings Per Container 16
 | Amount Per Serving | % Daily Value
Calories | 10 |
Vitamin D3 (as cholecalciferol) | 20 mcg (800 IU) | 100%
Calcium (as calcium citrate) | 1,000 mg | 77%
Magnesium (as magnesium citrate) | 250 mg | 60%
Other Ingredients: Purified water, glycerin, citric acid, natural flavors, xanthan gum, potassium sorbate, sucralose.
Directions: Shake well. Take 2 tablespoons (30 mL) once daily, or 1 tablespoon (15 mL) twice daily. Refrigerate after opening.""",
 el=250, forms=["citrate"], dv=60, sc=16)

# ===================================================================== children
add("ch10_flintstones_complete_two_dv_columns", "en", "children",
 "Modelled on Flintstones Complete children's chewable multivitamin (as remembered; amounts approximate; set 1 only named 'Flintstones-type' as a style): 'Amount Per Tablet | % DV for Children 2 & 3 Years of Age | % DV for Adults & Children 4 Years & Older': Magnesium (as magnesium oxide) 20 mg | 25% (20/80) | 5% (20/420 = 4.8). The expected %DV is the adults-and-4+ column (DV 420, the default population; see README judgement calls). 60 tablets, 1 per day -> 60 (printed).",
"""Flintstones™
Complete Chewable Multivitamin
Children's Multivitamin/Multimineral | Ages 2+ | 60 Chewable Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 60
 | Amount Per Tablet | % DV for Children 2 & 3 Years of Age | % DV for Adults & Children 4 Years & Older
Vitamin A (as beta-carotene and vitamin A acetate) | 750 mcg | 250% | 83%
Vitamin C (as sodium ascorbate) | 60 mg | 400% | 67%
Vitamin D3 (as cholecalciferol) | 15 mcg (600 IU) | 100% | 75%
Vitamin E (as dl-alpha tocopheryl acetate) | 10 mg | 167% | 67%
Thiamin | 1.5 mg | 300% | 125%
Riboflavin | 1.7 mg | 340% | 131%
Niacin | 15 mg | 250% | 94%
Vitamin B6 | 2 mg | 400% | 118%
Folate | 300 mcg DFE (180 mcg folic acid) | 200% | 75%
Vitamin B12 | 6 mcg | 667% | 250%
Biotin | 40 mcg | 500% | 133%
Pantothenic Acid | 10 mg | 500% | 200%
Calcium (as calcium phosphate) | 100 mg | 14% | 8%
Iron (as ferrous fumarate) | 18 mg | 257% | 100%
Iodine | 150 mcg | 167% | 100%
Magnesium (as magnesium oxide) | 20 mg | 25% | 5%
Zinc (as zinc oxide) | 12 mg | 400% | 109%
Copper (as cupric oxide) | 2 mg | 667% | 222%
Other Ingredients: Sorbitol, dextrose, natural and artificial flavors, gelatin, stearic acid, magnesium stearate, colors.
Directions: Children 2 and 3 years of age: chew one-half tablet daily with food. Adults and children 4 years of age and older: chew one tablet daily with food.
WARNING: Accidental overdose of iron-containing products is a leading cause of fatal poisoning in children under 6.""",
 el=20, forms=["oxide"], dv=5, sc=60)

# ===================================================================== Drug Facts
add("df10_aurohealth_mom_tablespoon_calcium_first_500", "en", "drug_facts",
 "Transcribed in part from the Aurohealth Milk of Magnesia Drug Facts (DailyMed setid b9216c44-7103-44c8-81a1-8c2ea19e9cdb, consulted): 'Active ingredient (in each 15 mL Tablespoon) Magnesium hydroxide USP 1200 mg', dose table in mL and TBSP, 'each tablespoon (15 mL) contains: calcium 20 mg, magnesium 500 mg, and sodium 1.43 mg' (the calcium figure comes first). Stated 500 per 15 mL (1,200 x 0.417 = 500.4). A sister Aurohealth listing (setid 7f7f66eb...) prints 'magnesium 535 mg' for the same 1,200 mg, outside the chemistry, and was not used. Drug Facts -> serving_count null.",
"""MILK OF MAGNESIA
Magnesium Hydroxide Oral Suspension USP | Saline Laxative | 16 FL OZ (473 mL)
Drug Facts
Active ingredient (in each 15 mL Tablespoon) | Purpose
Magnesium hydroxide USP 1200 mg | Saline laxative
Use relieves occasional constipation (irregularity). This product usually produces bowel movement in ½ to 6 hours.
Warnings
Ask a doctor before use if you have kidney disease; a magnesium-restricted diet; stomach pain, nausea, or vomiting; a sudden change in bowel habits that lasts over 14 days
Ask a doctor or pharmacist before use if you are taking a prescription drug. This product may interact with certain prescription drugs.
Directions: do not exceed the maximum recommended daily dose in a 24 hour period. Shake well before use. Dose may be taken once a day preferably at bedtime, in divided doses, or as directed by a doctor. Drink a full glass (8 oz) of liquid with each dose. TBSP = Tablespoon, mL = milliliter
age | dose
adults and children 12 years and older | 30 mL (2 TBSP) to 60 mL (4 TBSP)
children 6 to 11 years | 15 mL (1 TBSP) to 30 mL (2 TBSP)
children under 6 years | ask a doctor
Other information: each tablespoon (15 mL) contains: calcium 20 mg, magnesium 500 mg, and sodium 1.43 mg. Store at 20-25°C (68-77°F). Avoid freezing.
Inactive ingredients: D&C Red No. 28, flavor, glycerin, purified water, saccharin sodium, xanthan gum""",
 el=500, forms=["hydroxide"], dv=None, sc=None)

add("df10_miacid_regular_5ml_magnesium85", "en", "drug_facts",
 "Transcribed in part from the Mi-Acid Regular Strength Drug Facts (DailyMed setid a17a800a-6baa-4a83-996b-403a9975930b, consulted): 'Active ingredients (in each 5 mL teaspoonful) Aluminum hydroxide 200 mg (equivalent to dried gel, USP), Magnesium hydroxide 200 mg, Simethicone 20 mg', 'each 5 mL teaspoonful contains: magnesium 85 mg, sodium 1 mg'; the end of the inactive-ingredient list (cut off on the page) is approximate. Stated 85 per 5 mL (200 x 0.417 = 83.4, +1.9 %); aluminum hydroxide is not Mg. Drug Facts -> serving_count null.",
"""MI-ACID™
Regular Strength Liquid | Antacid / Antigas | Aluminum Hydroxide, Magnesium Hydroxide, Simethicone | 12 FL OZ (355 mL)
Drug Facts
Active ingredients (in each 5 mL teaspoonful) | Purposes
Aluminum hydroxide 200 mg (equivalent to dried gel, USP) | Antacid
Magnesium hydroxide 200 mg | Antacid
Simethicone 20 mg | Antigas
Uses relieves heartburn, sour stomach, acid indigestion, the symptoms referred to as gas
Warnings
Ask a doctor before use if you have kidney disease; a magnesium-restricted diet
Ask a doctor or pharmacist before use if you are taking a prescription drug. Antacids may interact with certain prescription drugs.
Stop use and ask a doctor if symptoms last more than 2 weeks
Directions: shake well before use. Adults and children 12 years and older: take 2 to 4 teaspoonfuls between meals, at bedtime, or as directed by a doctor. Do not take more than 24 teaspoonfuls in 24 hours or use the maximum dosage for more than 2 weeks. Children under 12 years: ask a doctor
Other information: each 5 mL teaspoonful contains: magnesium 85 mg, sodium 1 mg. Store at room temperature; protect from freezing; keep tightly closed.
Inactive ingredients: benzyl alcohol, butylparaben, carboxymethylcellulose sodium, flavor (contains alcohol), hypromellose, microcrystalline cellulose, propylparaben, purified water, saccharin sodium, sorbitol""",
 el=85, forms=["hydroxide"], dv=None, sc=None)

add("df10_gericare_citrate_280_per_floz_bottle_fractions", "en", "drug_facts",
 "Transcribed in part from the Geri-Care Magnesium Citrate oral solution Drug Facts (DailyMed setid 99eb67ca-301c-dfdb-e053-2a95a90aff6f, consulted; a different product from set 8's Geri-Care milk of magnesia): 'Magnesium citrate 1.745g per fl. oz.', doses as fractions of the bottle ('1/2 bottle to 1 bottle (10 fl oz)'), 'each fluid ounce contains: magnesium 280 mg, sodium 37 mg'; the inactive-ingredient list after 'anhydrous citric acid' (cut off on the page) is approximate. Stated 280 per fl oz (1,745 x 0.162 = 282.7). Drug Facts -> serving_count null.",
"""GERI-CARE®
Magnesium Citrate Oral Solution | Saline Laxative | 10 FL OZ (296 mL)
Drug Facts
Active ingredient | Purpose
Magnesium citrate 1.745g per fl. oz. | Saline laxative
Uses relieves occasional constipation (irregularity); generally produces bowel movement in 1/2 to 6 hours
Warnings
Do not use laxative products for longer than 1 week unless directed by a doctor.
Ask a doctor before use if you have kidney disease; a magnesium restricted diet; a sodium restricted diet; stomach pain, nausea, or vomiting; noticed a sudden change in bowel habits that lasts more than 1 week
Directions: drink a full glass (8 ounces) of liquid with each dose; may be taken as a single daily dose or in divided doses
adults and children 12 years of age and over | 1/2 bottle to 1 bottle (10 fl oz)
children 6 to 11 years of age | 1/3 bottle to 1/2 bottle
children under 6 years of age | consult a doctor
Other information: each fluid ounce contains: magnesium 280 mg, sodium 37 mg. Store between 46-86°F (8-30°C). Do not refrigerate. Discard unused product within 24 hours of opening bottle.
Inactive ingredients: anhydrous citric acid, flavor, purified water, sodium bicarbonate, sodium saccharin""",
 el=280, forms=["citrate"], dv=None, sc=None)

add("df10_ptc_calcium_antacid_statement_magnesium5", "en", "drug_facts",
 "Transcribed in part from a calcium carbonate antacid Drug Facts (Physicians Total Care repackaging, NDC 54868-2399, ndclist.com copy consulted; a different product from set 7's Physicians Total Care Maalox): the only active is 'Calcium carbonate USP 500mg', but 'Other information' states 'each tablet contains: calcium 215 mg and magnesium 5 mg'. No Mg compound is named (talc in the inactive list is a magnesium silicate excipient), so forms are empty; the stated 5 mg per tablet is the value (tol 2). Drug Facts -> serving_count null.",
"""CALCIUM ANTACID TABLETS
Regular Strength | Antacid/Calcium Supplement | Calcium Carbonate 500 mg | Assorted Fruit | Bottle of 60 Chewable Tablets
Drug Facts
Active ingredient (in each tablet) | Purpose
Calcium carbonate USP 500mg | Antacid
Uses relieves heartburn, sour stomach, acid indigestion, upset stomach associated with these symptoms
Warnings
Ask a doctor before use if you have kidney stones; a calcium-restricted diet
Ask a doctor or pharmacist before use if you are now taking a prescription drug. Antacids may interact with certain prescription drugs.
When using this product do not take more than 15 tablets in 24 hours; do not use the maximum dosage for more than 2 weeks
Directions: chew 2 - 4 tablets as symptoms occur, or as directed by a doctor
Other information: each tablet contains: calcium 215 mg and magnesium 5 mg. Store at 20-25°C (68-77°F).
Inactive ingredients: adipic acid, blue #1 aluminum lake, dextrose, flavors, maltodextrin, mineral oil, polyethylene glycol, powdered cellulose, red #40 aluminum lake, talc, yellow #5 aluminum lake (tartrazine), yellow #6 aluminum lake""",
 el=5, forms=[], dv=None, sc=None)

# ===================================================================== UK / Canada / Australia / New Zealand
add("uk10_nutravita_citrate_1480_providing_240", "en", "intl",
 "Modelled on Nutravita Magnesium Citrate tablets (UK; as remembered, amounts approximate): 'Typical Values | Per 2 Tablets | %NRV*' with 'Magnesium Citrate 1480mg' and a sub-row 'providing Magnesium 240mg 64%' (1,480 x 0.162 = 239.8; 240/375 = 64). 180 tablets / 2 = 90 (implied).",
"""Nutravita
Magnesium Citrate 1480mg
High Strength | Food Supplement | 180 Vegan Tablets
Typical Values | Per 2 Tablets | %NRV*
Magnesium Citrate | 1480mg | **
providing Magnesium | 240mg | 64%
*NRV = Nutrient Reference Value. **No NRV established.
Ingredients: Magnesium Citrate, Bulking Agent (Microcrystalline Cellulose), Anti-caking Agents (Silicon Dioxide, Vegetable Magnesium Stearate), Glazing Agent (Hydroxypropyl Methylcellulose).
Directions: Take 2 tablets daily with water, preferably with a meal. Do not exceed the recommended daily dose.""",
 el=240, forms=["citrate"], dv=64, sc=90, _dvb=375)

add("uk10_together_marine_hydroxide_per2_nrv", "en", "intl",
 "Modelled on Together Health Marine Magnesium capsules (UK; as remembered, amounts approximate): 'Nutrition Information | Per 2 Capsules | %NRV*' Magnesium 150mg 40% (150/375); the source is seawater magnesium, named in the ingredients as magnesium hydroxide -> form hydroxide. 60 capsules / 2 = 30 (implied).",
"""together
Marine Magnesium
Seawater Magnesium | Food Supplement | 60 Capsules
Nutrition Information | Per 2 Capsules | %NRV*
Magnesium | 150mg | 40%
*NRV = Nutrient Reference Value
Ingredients: Seawater Magnesium (Magnesium Hydroxide), Capsule Shell (Hydroxypropyl Methylcellulose), Organic Rice Concentrate.
Directions: Take 2 capsules daily with food or water. Do not exceed the recommended daily dose.""",
 el=150, forms=["hydroxide"], dv=40, sc=30, _dvb=375)

add("uk10_bisodol_light_carbonate_computed", "en", "intl",
 "Modelled on Bisodol Indigestion Relief Tablets (UK pharmacy medicine; amounts as remembered: calcium carbonate 522 mg, light magnesium carbonate 64 mg, sodium bicarbonate 64 mg per tablet). No Mg statement: computed per tablet over the carbonate range of magnesium.md (basic 25 % .. MgCO3 28.8 %: 16.0-18.4 mg): expected 64 x 0.269 (middle) = 17.2, tol 8 (accepts 15.8-18.6). As-needed dosing (1-2 tablets) -> per tablet, serving_count null, no %NRV.",
"""Bisodol®
Indigestion Relief Tablets
Original | Fast Relief from Heartburn & Indigestion | 30 Chewable Tablets
Each tablet contains:
Calcium Carbonate | 522 mg
Light Magnesium Carbonate | 64 mg
Sodium Bicarbonate | 64 mg
Also contains: sucrose, maize starch, magnesium stearate, peppermint oil.
Dosage: Adults, the elderly and children over 12 years: chew or suck 1 to 2 tablets as required. Do not take more than 16 tablets in 24 hours.
If symptoms persist, consult your doctor or pharmacist. Always read the label.""",
 el=17.2, tol=8, forms=["carbonate"], dv=None, sc=None)

add("ca10_organika_threonate_from667_each_capsule", "en", "intl",
 "Modelled on Organika Magnesium L-Threonate vegetable capsules (Canada; puravida-nutrition.ca listing consulted for the product, NPN 80074437 and the 'Helps to maintain normal electrolyte balance' claim; amounts as remembered): 'Medicinal Ingredients (each vegetable capsule contains): Magnesium (from 667 mg Magnesium L-threonate) 48 mg' (667 x 0.072 = 48.0); dose 1-3 capsules daily -> per capsule, no %DV, serving_count null.",
"""ORGANIKA®
Magnesium L-Threonate
90 Vegetable Capsules | NPN 80074437
Medicinal Ingredients (each vegetable capsule contains):
Magnesium (from 667 mg Magnesium L-threonate) | 48 mg
Non-Medicinal Ingredients: Hypromellose (capsule), microcrystalline cellulose.
Recommended Dose: Adults: Take 1-3 capsules daily, or as directed by a health care practitioner. Take a few hours before or after taking other medications.
Recommended Use: Helps to maintain normal electrolyte balance. Source of magnesium for the maintenance of good health.""",
 el=48, forms=["threonate"], dv=None, sc=None)

add("au10_nutralife_three_equiv_lines_total260", "en", "intl",
 "Modelled on Nutra-Life Magnesium Complete tablets (Australia/New Zealand; AUST L placeholder; as remembered, amounts approximate): three salts each with an '(equiv. magnesium ...)' line (amino acid chelate 500 mg -> 100 mg; citrate 400 mg -> 60 mg, 15 %; heavy oxide 165.8 mg -> 100 mg, 60.3 %) and a printed 'Total magnesium 260 mg' (100 + 60 + 100). Per tablet (1 tablet twice daily), no %, serving_count null.",
"""Nutra-Life
Magnesium Complete
Muscle Relaxation & Recovery | 60 Tablets | AUST L 000000
Each tablet contains:
Magnesium amino acid chelate | 500 mg
(equiv. magnesium 100 mg) |
Magnesium citrate | 400 mg
(equiv. magnesium 60 mg) |
Magnesium oxide - heavy | 165.8 mg
(equiv. magnesium 100 mg) |
Total magnesium | 260 mg
Pyridoxine hydrochloride | 25 mg
(equiv. pyridoxine 20.6 mg) |
Directions: Adults: take 1 tablet twice daily with meals, or as directed by your healthcare professional.
Vitamins and minerals can only be of assistance if dietary intake is inadequate.""",
 el=260, forms=["amino_acid_chelate", "citrate", "oxide"], dv=None, sc=None)

add("nz10_sanderson_fx1000_four_salts_one_equiv", "en", "intl",
 "Modelled on Sanderson Magnesium FX tablets (New Zealand; hibiscushealthshop.co.nz page consulted for the four salts citrate, aspartate, orotate and amino acid chelate plus B6, D and selenium, and the 'no magnesium oxide' claim; amounts as remembered): one sentence listing the four compounds (500 + 200 + 100 + 200 = 1,000 mg, hence 'FX 1000') 'equivalent to elemental magnesium 140 mg'. Per tablet (1-2 tablets daily), serving_count null; the 1000 in the name is compound weight.",
"""SANDERSON
Magnesium FX 1000
High Absorption Organic Magnesium | 60 Tablets
Each tablet contains:
Magnesium citrate 500 mg, magnesium aspartate 200 mg, magnesium orotate 100 mg, magnesium amino acid chelate 200 mg, equivalent to elemental magnesium 140 mg
Pyridoxine hydrochloride 10 mg
Colecalciferol (vitamin D3) 5 µg
Selenomethionine equiv. selenium 25 µg
Dosage: Adults: 1 to 2 tablets daily with food, or as directed by your healthcare professional.
Contains no inorganic magnesium oxide or phosphate.""",
 el=140, forms=["citrate", "aspartate", "orotate", "amino_acid_chelate"], dv=None, sc=None)

# ===================================================================== topical
add("tp10_elektra_flakes_per100g_scoop_3000", "en", "topical",
 "Modelled on Elektra Magnesium Flakes (UK, Zechstein magnesium chloride; as remembered, amounts approximate): 'Magnesium Content: approx. 12 g per 100 g; 1 scoop (25 g) provides approx. 3,000 mg magnesium' (25 g hexahydrate x 0.120 = 3,000). Per stated unit (scoop) 3,000 mg; the per-100 g figure and the 4-scoop bath are not the unit. No %DV, serving_count null.",
"""ELEKTRA
Magnesium Flakes
Zechstein Magnesium Chloride | Bath & Foot Soak | 1.5 kg | For External Use Only
Typical Analysis: Magnesium Chloride Hexahydrate (MgCl2·6H2O) 99%
Magnesium Content: approx. 12 g per 100 g; 1 scoop (25 g) provides approx. 3,000 mg magnesium
Directions: Foot soak: dissolve 1 scoop in a bowl of warm water and soak for 20 minutes. Full bath: dissolve 4 scoops (100 g) in a warm bath and soak for at least 20 minutes.
Not for internal use. Keep out of reach of children. Avoid contact with eyes.""",
 el=3000, forms=["chloride"], dv=None, sc=None)

add("tp10_asutra_oil_spray_per_spray_14", "en", "topical",
 "Modelled on Asutra Magnesium Oil Spray (US; asutra.com page consulted for the product: Zechstein magnesium chloride in water; the per-spray figure is as remembered/approximate): 'each spray (approx. 0.13 mL) provides approx. 14 mg magnesium'. Per spray 14 mg; 5-10 sprays in the directions are not the unit. No %DV, serving_count null.",
"""ASUTRA
Magnesium Oil Spray
Pure Zechstein Magnesium Chloride | 4 fl oz (118 mL) | For External Use Only
Magnesium Content: each spray (approx. 0.13 mL) provides approx. 14 mg magnesium
Ingredients: Magnesium Chloride (from the Zechstein Sea), Purified Water.
Directions: Spray 5-10 times onto arms, legs, shoulders or stomach and massage into the skin. A tingling sensation may occur during the first applications. Leave on, or rinse off after 20 minutes.""",
 el=14, forms=["chloride"], dv=None, sc=None)

# ===================================================================== negatives
add("neg10_senokot_drugfacts_stearate", "en", "negative",
 "Transcribed in part from the Senokot tablets Drug Facts (Purdue copy on drugs-base.com, consulted): 'Sennosides 8.6 mg', laxative dosing table, 'Inactive ingredients: Corn starch, magnesium stearate, microcrystalline cellulose'. A laxative without any magnesium active; magnesium only as the stearate excipient -> no_magnesium. Drug Facts negative -> serving_count null.",
"""SENOKOT®
Natural Vegetable Laxative | Standardized Senna Concentrate | Sennosides 8.6 mg | 100 Tablets
Drug Facts
Active ingredient (in each tablet) | Purpose
Sennosides 8.6 mg | Laxative
Uses relieves occasional constipation (irregularity); generally produces a bowel movement in 6-12 hours
Warnings
Do not use laxative products for longer than 1 week unless directed by a doctor
Ask a doctor before use if you have stomach pain; nausea; vomiting; noticed a sudden change in bowel habits that continues over a period of 2 weeks
Directions: take preferably at bedtime or as directed by a doctor
age | starting dosage | maximum dosage
adults and children 12 years of age and over | 2 tablets once a day | 4 tablets twice a day
children 6 to under 12 years | 1 tablet once a day | 2 tablets twice a day
children 2 to under 6 years | 1/2 tablet once a day | 1 tablet twice a day
children under 2 years | ask a doctor | ask a doctor
Other information: store at 25°C (77°F); excursions permitted between 15-30°C (59-86°F)
Inactive ingredients: corn starch, magnesium stearate, microcrystalline cellulose""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=None)

add("neg10_nutricost_theanine_sleep_stearate", "en", "negative",
 "Modelled on Nutricost L-Theanine 200 mg capsules (a different product from the Nutricost magnesium products of earlier sets; as remembered): a calm/sleep product with L-theanine only; magnesium only as 'Magnesium Stearate' in the other ingredients -> no_magnesium. Servings Per Container 120 (printed).",
"""NUTRICOST®
L-Theanine 200mg
Calm & Focus* | Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size 1 Capsule
Servings Per Container 120
 | Amount Per Serving | % Daily Value
L-Theanine | 200 mg | †
† Daily Value not established.
Other Ingredients: Rice Flour, Gelatin (capsule), Magnesium Stearate.
Suggested Use: As a dietary supplement, take 1 capsule daily, for example in the evening.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=120)

add("neg10_renavite_renal_magnesium_free_statement", "en", "negative",
 "Modelled on Rena-Vite renal B-complex with C tablets for dialysis patients (as remembered; amounts approximate; the 'Magnesium-free, potassium-free and phosphorus-free formula' line is set here in the way renal vitamins advertise the absence of minerals, it is not a transcription): vitamins only; the word magnesium appears only in 'Magnesium-free' -> no_magnesium. Servings Per Container 100 (printed).",
"""Rena-Vite®
B-Complex with C and Folic Acid | For Dialysis Patients | 100 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 100
 | Amount Per Serving | % Daily Value
Vitamin C (as ascorbic acid) | 60 mg | 67%
Thiamin (as thiamine mononitrate) | 1.5 mg | 125%
Riboflavin | 1.7 mg | 131%
Niacin (as niacinamide) | 20 mg | 125%
Vitamin B6 (as pyridoxine HCl) | 10 mg | 588%
Folate | 1,700 mcg DFE (1,000 mcg folic acid) | 425%
Vitamin B12 (as cyanocobalamin) | 6 mcg | 250%
Biotin | 300 mcg | 1,000%
Pantothenic Acid (as d-calcium pantothenate) | 10 mg | 200%
Magnesium-free, potassium-free and phosphorus-free formula. Contains no vitamin A.
Other Ingredients: Microcrystalline cellulose, croscarmellose sodium, hypromellose, stearic acid, silica, color.
Directions: Take one tablet daily after dialysis, or as directed by a physician.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=100)

add("neg10_healtheries_vitc_zinc_stearate_nz", "en", "negative",
 "Modelled on Healtheries Vitamin C 1000mg + Zinc chewable tablets (New Zealand; as remembered, amounts approximate): vitamin C and zinc amino acid chelate with '(equiv. ...)' lines like a magnesium label; magnesium only as 'magnesium stearate' among the excipients -> no_magnesium. NZ per-tablet layout -> serving_count null.",
"""healtheries
Vitamin C 1000mg + Zinc
Chewable Tablets | Orange Flavour | 60 Tablets
Each tablet contains:
Ascorbic acid | 500 mg
Sodium ascorbate | 562.4 mg
(equiv. vitamin C 1000 mg total) |
Zinc amino acid chelate | 20 mg
(equiv. zinc 4 mg) |
Directions: Adults: chew 1 tablet daily.
Also contains: sucrose, magnesium stearate, flavour, colour (beet red).""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=None)
