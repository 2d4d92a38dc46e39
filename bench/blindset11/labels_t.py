# Label sources, part T (blind set 11): US Supplement Facts panels (incl. a gummy, a bilingual panel, two Mg rows without a
# total, per-capsule/per-day columns, a dagger footnote), multivitamins, a Nutrition Facts drink mix, a liquid, OTC Drug Facts,
# UK / Canada / Australia / New Zealand, an English topical and the English negatives. EU labels are in labels_u.py (which
# imports add/L from here).
# Same format as bench/blindset10/labels_r.py: table cells are separated by " | "; a line ending in " |" is a table row whose
# remaining cells are empty (used for names wrapped over lines). Keys starting with "_" are private to the checker
# (check_set.py) and are not written to expected.jsonl:
#   _dvb = the DV base the printed %DV was computed from (default 420 for en, 375 for EU languages; UK sets 375).
L = []
def add(id, lang, kind, note, text, status="ok", el=None, tol=2, forms=(), dv=None, sc=None, **extra):
    d = dict(id=id, lang=lang, kind=kind, source_note=note, status=status, elemental_mg=el,
             elemental_tol_pct=tol, forms=list(forms), percent_dv=dv, serving_count=sc, _text=text)
    d.update(extra); L.append(d)

# ===================================================================== US Supplement Facts
add("us11_naturebell_glycinate_from_line_below_no_amount", "en", "us_supplement",
 "Modelled on NatureBell Magnesium Glycinate capsules (as remembered; amounts approximate, may not match a current SKU), re-set so that the Mg row carries only 'Magnesium 200 mg 48%' and the source stands on the NEXT line without an amount: '(from 1,430 mg magnesium bisglycinate chelate)'. 1,430 x 0.14 = 200.2; 200/420 = 47.6 -> 48%. 120 capsules / 2 = 60 (printed).",
"""NATUREBELL
Magnesium Glycinate
Chelated for Absorption* | Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Magnesium | 200 mg | 48%
(from 1,430 mg magnesium bisglycinate chelate) |
Other Ingredients: Hypromellose (vegetable capsule), rice flour.
Suggested Use: As a dietary supplement, adults take 2 capsules daily with food. Do not exceed 4 capsules per day unless advised by a healthcare professional.
*These statements have not been evaluated by the Food and Drug Administration.""",
 el=200, forms=["glycinate"], dv=48, sc=60)

add("us11_vitamatic_citrate_dagger_footnote_from1000", "en", "us_supplement",
 "Modelled on Vitamatic Magnesium Citrate capsules (as remembered; re-set): the row name carries only a dagger, 'Magnesium\u2020 150 mg 36%', and the source is in a footnote under the panel: '\u2020 from 1,000 mg magnesium citrate' (1,000 x 0.15 = 150; 150/420 = 35.7 -> 36%). The front's '1000 mg' is compound weight. 120 capsules / 2 = 60 (printed).",
"""VITAMATIC
Magnesium Citrate 1000 mg
Per Serving | Dietary Supplement | 120 Veggie Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Magnesium\u2020 | 150 mg | 36%
\u2020 from 1,000 mg magnesium citrate
Other Ingredients: Vegetable cellulose (capsule), rice flour, silicon dioxide.
Suggested Use: Take 2 capsules daily with meals, or 1 capsule twice a day.""",
 el=150, forms=["citrate"], dv=36, sc=60)

add("us11_nutrilite_calmagd_calcium_first_4tabs", "en", "us_supplement",
 "Modelled on Nutrilite Cal Mag D tablets (Amway; as remembered, amounts approximate): calcium, vitamin D and zinc rows around 'Magnesium (as magnesium oxide) 400 mg 95%' (400/420 = 95.2); Serving Size 4 Tablets while the directions say 2 tablets twice daily (the serving is 4). 180 tablets / 4 = 45 (printed).",
"""NUTRILITE\u2122
Cal Mag D
Calcium, Magnesium & Vitamin D | Dietary Supplement | 180 Tablets
Supplement Facts
Serving Size 4 Tablets
Servings Per Container 45
 | Amount Per Serving | % Daily Value
Vitamin D (as cholecalciferol) | 20 mcg (800 IU) | 100%
Calcium (as calcium carbonate) | 1,000 mg | 77%
Magnesium (as magnesium oxide) | 400 mg | 95%
Zinc (as zinc oxide) | 5 mg | 45%
Other Ingredients: Microcrystalline cellulose, croscarmellose sodium, acerola cherry concentrate, alfalfa, magnesium stearate, hypromellose, silicon dioxide.
Directions: Take 2 tablets twice daily with meals.""",
 el=400, forms=["oxide"], dv=95, sc=45)

add("us11_publix_oxide500_amount_per_tablet_calcium_row", "en", "us_supplement",
 "Modelled on Publix Magnesium 500 mg tablets (store brand; as remembered, may not match a current SKU): 'Amount Per Tablet | %DV' with a small calcium row from the dicalcium phosphate filler above 'Magnesium (as magnesium oxide) 500 mg 119%' (500/420 = 119.05). 100 tablets, 1 a day, Servings Per Container 100 (printed).",
"""publix
Magnesium 500 mg
High Potency | Dietary Supplement | 100 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 100
 | Amount Per Tablet | %DV
Calcium (as dicalcium phosphate) | 40 mg | 3%
Magnesium (as magnesium oxide) | 500 mg | 119%
Other Ingredients: Dicalcium phosphate, cellulose, croscarmellose sodium, stearic acid, magnesium stearate, silica, pharmaceutical glaze.
Suggested Use: For adults, take one (1) tablet daily with a meal.""",
 el=500, forms=["oxide"], dv=119, sc=100)

add("us11_careof_two_mg_rows_no_total_summed", "en", "us_supplement",
 "Modelled on Care/of Magnesium capsules (daily-pack brand; as remembered, re-set): two Mg rows and no total: 'Magnesium (as magnesium bisglycinate chelate) 100 mg 24%' and 'Magnesium (as magnesium citrate) 50 mg 12%'. Expected: the sum 150 mg and 36% (150/420 = 35.7; also 24 + 12), not printed as such (SUMMED). 60 capsules / 2 = 30 (printed).",
"""care/of
Magnesium
Muscle & Relaxation* | Dietary Supplement | 60 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium bisglycinate chelate) | 100 mg | 24%
Magnesium (as magnesium citrate) | 50 mg | 12%
Other Ingredients: Hypromellose (vegetarian capsule), rice extract blend.
Suggested Use: Take 2 capsules daily with water.""",
 el=150, forms=["glycinate", "citrate"], dv=36, sc=30)

add("us11_naturemade_wellblends_sleep_melatonin4_theanine", "en", "us_supplement",
 "Modelled on Nature Made Wellblends Sleep Longer bilayer tablets (a different product from the Nature Made magnesium products of earlier sets; as remembered, amounts approximate): a sleep product with 'Magnesium (as magnesium oxide) 100 mg 24%' (100/420 = 23.8) above L-theanine 200 mg and melatonin 4 mg rows (not Mg). Directions with '30-60 minutes' and '2 months'. 36 tablets, 1 per night -> 36 (printed).",
"""Nature Made\u00ae
Wellblends\u2122 Sleep Longer
Melatonin, L-Theanine & Magnesium | Dietary Supplement | 36 Bilayer Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 36
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium oxide) | 100 mg | 24%
L-Theanine | 200 mg | \u2020
Melatonin | 4 mg | \u2020
\u2020 Daily Value not established.
Other Ingredients: Microcrystalline cellulose, dicalcium phosphate, hypromellose, croscarmellose sodium, magnesium stearate, silicon dioxide.
Suggested Use: Adults, take 1 tablet 30-60 minutes before bedtime. Do not use for more than 2 months without consulting your doctor.""",
 el=100, forms=["oxide"], dv=24, sc=36)

add("us11_leader_oxide250_bilingual_en_es", "en", "us_supplement",
 "Modelled on Leader (Cardinal Health store brand) Magnesium 250 mg tablets (as remembered; re-set as an English/Spanish bilingual panel as US retail labels often are): 'Magnesium / Magnesio (as magnesium oxide / como \u00f3xido de magnesio) 250 mg 60%' (250/420 = 59.5). 100 tablets, 1 a day -> 100 (printed).",
"""LEADER\u2122
Magnesium 250 mg
Dietary Supplement / Suplemento diet\u00e9tico | 100 Tablets / Tabletas
Supplement Facts / Informaci\u00f3n del Suplemento
Serving Size 1 Tablet / Tama\u00f1o por porci\u00f3n 1 tableta
Servings Per Container 100 / Porciones por envase 100
 | Amount Per Serving / Cantidad por porci\u00f3n | % Daily Value / % Valor diario
Magnesium / Magnesio (as magnesium oxide / como \u00f3xido de magnesio) | 250 mg | 60%
Other Ingredients / Otros ingredientes: Microcrystalline cellulose, croscarmellose sodium, magnesium stearate, silicon dioxide. / Celulosa microcristalina, croscarmelosa s\u00f3dica, estearato de magnesio, di\u00f3xido de silicio.
Directions: Adults, take 1 tablet daily with a meal. / Instrucciones: Adultos, tomar 1 tableta al d\u00eda con una comida.""",
 el=250, forms=["oxide"], dv=60, sc=100)

add("us11_liveconscious_magwell_complex_3000_elemental_last", "en", "us_supplement",
 "Modelled on Live Conscious MagWell magnesium complex capsules (as remembered; forms and amounts approximate, re-set): a compound row 'Magnesium Complex 3,000 mg' with its three salts on a wrapped line (glycinate, malate, taurate), then 'Elemental Magnesium 400 mg 95%' as the LAST row (400/420 = 95.2). The 3,000 mg (front and row) is compound weight. 120 capsules / 4 = 30 (printed).",
"""LIVE CONSCIOUS
MagWell\u2122 Magnesium Complex 3000 mg
Glycinate, Malate & Taurate | Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size 4 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium Complex | 3,000 mg | \u2020
(magnesium glycinate, magnesium malate, magnesium taurate) |
Elemental Magnesium | 400 mg | 95%
\u2020 Daily Value not established.
Other Ingredients: Hypromellose (capsule), rice flour.
Suggested Use: Take 4 capsules daily, 2 in the morning and 2 in the evening, with water.""",
 el=400, forms=["glycinate", "malate", "taurate"], dv=95, sc=30)

add("us11_protocol_percap_per3_dv_column_named", "en", "us_supplement",
 "Modelled on Protocol For Life Balance Magnesium Citrate capsules (as remembered; re-set with two amount columns): 'Serving Size 3 Capsules', columns 'Per Capsule | Per 3 Capsules | %DV (3 Capsules)': the serving column (3 capsules) is the value, 300 mg, 300/420 = 71.4 -> 71%; per capsule 100 mg in elemental_alt_mg. Directions '1 capsule 3 times daily'. 120 capsules / 3 = 40 (printed).",
"""PROTOCOL FOR LIFE BALANCE\u00ae
Magnesium Citrate
Dietary Supplement | 120 Veg Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 40
 | Per Capsule | Per 3 Capsules | %DV (3 Capsules)
Magnesium (as magnesium citrate) | 100 mg | 300 mg | 71%
Other Ingredients: Hypromellose (cellulose capsule), rice flour, magnesium stearate (vegetable source).
Suggested Use: Take 1 capsule 3 times daily with meals.""",
 el=300, forms=["citrate"], dv=71, sc=40, elemental_alt_mg=100)

add("us11_maryruths_citrate_gummies_age_directions", "en", "us_supplement",
 "Modelled on MaryRuth's magnesium gummies (a different product from the MaryRuth's liquids of sets 4 and 7; as remembered, amounts approximate): Serving Size 2 Gummies with calorie/carbohydrate/sugar rows and a sodium row; 'Magnesium (as magnesium citrate) 125 mg 30%' (125/420 = 29.8). Directions give 2 gummies for adults and 1 for children 4-11 (the serving stays 2). 60 gummies / 2 = 30 (printed).",
"""MaryRuth's
Magnesium Citrate Gummies
Mixed Berry | Vegan | Dietary Supplement | 60 Gummies
Supplement Facts
Serving Size 2 Gummies
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Calories | 15 |
Total Carbohydrate | 4 g | 1%*
Total Sugars | 3 g | \u2020
Includes 3 g Added Sugars | | 6%*
Magnesium (as magnesium citrate) | 125 mg | 30%
Sodium | 10 mg | <1%
* Percent Daily Values are based on a 2,000 calorie diet. \u2020 Daily Value not established.
Other Ingredients: Glucose syrup, sugar, water, pectin, citric acid, sodium citrate, natural flavors, colors (purple carrot and blueberry juice concentrate), coconut oil, carnauba wax.
Directions: Adults and children 12 years and older: chew 2 gummies daily. Children 4 to 11 years: chew 1 gummy daily.""",
 el=125, forms=["citrate"], dv=30, sc=30)

# ===================================================================== multivitamins
add("mv11_naturemade_multicomplete_oxide100", "en", "multivitamin",
 "Modelled on Nature Made Multi Complete tablets (a different product from the Nature Made products of earlier sets; as remembered, amounts approximate): 22 rows, 'Magnesium (as magnesium oxide) 100 mg 24%' (100/420 = 23.8) between Phosphorus and Zinc; calcium, phosphorus and zinc rows are not Mg. 1 tablet, 130 tablets (printed).",
"""Nature Made\u00ae
Multi Complete
Multivitamin/Multimineral | Dietary Supplement | 130 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 130
 | Amount Per Serving | % Daily Value
Vitamin A (as beta-carotene and retinyl acetate) | 750 mcg | 83%
Vitamin C (as ascorbic acid) | 180 mg | 200%
Vitamin D3 (as cholecalciferol) | 25 mcg (1,000 IU) | 125%
Vitamin E (as dl-alpha tocopheryl acetate) | 22.5 mg | 150%
Vitamin K (as phytonadione) | 80 mcg | 67%
Thiamin (as thiamine mononitrate) | 1.5 mg | 125%
Riboflavin | 1.7 mg | 131%
Niacin (as niacinamide) | 20 mg | 125%
Vitamin B6 (as pyridoxine hydrochloride) | 3 mg | 176%
Folate | 665 mcg DFE (400 mcg folic acid) | 166%
Vitamin B12 (as cyanocobalamin) | 12 mcg | 500%
Biotin | 30 mcg | 100%
Pantothenic Acid (as d-calcium pantothenate) | 10 mg | 200%
Calcium (as calcium carbonate) | 200 mg | 15%
Iron (as ferrous fumarate) | 18 mg | 100%
Phosphorus (as dicalcium phosphate) | 20 mg | 2%
Iodine (as potassium iodide) | 150 mcg | 100%
Magnesium (as magnesium oxide) | 100 mg | 24%
Zinc (as zinc oxide) | 11 mg | 100%
Selenium (as sodium selenate) | 55 mcg | 100%
Copper (as cupric oxide) | 0.9 mg | 100%
Manganese (as manganese sulfate) | 2.3 mg | 100%
Other Ingredients: Microcrystalline cellulose, crospovidone, hypromellose, magnesium stearate, polyethylene glycol, titanium dioxide.
Directions: Take one tablet daily with water and a meal.""",
 el=100, forms=["oxide"], dv=24, sc=130)

add("mv11_vitamincode_men_mg_row_no_source", "en", "multivitamin",
 "Modelled on Garden of Life Vitamin Code Men capsules (a different product from set 5's Garden of Life powder; as remembered, amounts approximate): whole-food ('RAW Food-Created') nutrients whose rows name no source: 'Magnesium 50 mg 12%' (50/420 = 11.9). No Mg compound is named anywhere (the nutrients are 'food-created'), so forms are empty (NO_FORMS). Serving Size 4 Capsules, 120 capsules -> 30 (printed).",
"""GARDEN OF LIFE\u00ae
Vitamin Code\u00ae Men
Whole Food Multivitamin | Dietary Supplement | 120 Vegetarian Capsules
Supplement Facts
Serving Size 4 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Vitamin A | 1,050 mcg | 117%
Vitamin C | 125 mg | 139%
Vitamin D3 | 50 mcg (2,000 IU) | 250%
Vitamin E | 13.4 mg | 89%
Vitamin K | 120 mcg | 100%
Thiamin | 1.8 mg | 150%
Riboflavin | 1.8 mg | 138%
Niacin | 20 mg | 125%
Vitamin B6 | 2.5 mg | 147%
Folate | 680 mcg DFE | 170%
Vitamin B12 | 100 mcg | 4,167%
Biotin | 325 mcg | 1,083%
Pantothenic Acid | 10 mg | 200%
Magnesium | 50 mg | 12%
Zinc | 15 mg | 136%
Selenium | 110 mcg | 200%
Chromium | 100 mcg | 286%
RAW Food-Created Nutrients (yeast culture fermented with the vitamins and minerals above) | 1,272 mg | \u2020
\u2020 Daily Value not established.
Other Ingredients: Plant cellulose (capsule).
Suggested Use: Take 4 capsules daily, with or without food.""",
 el=50, forms=[], dv=12, sc=30)

# ===================================================================== powder (Nutrition Facts), liquid
add("pw11_tailwind_endurance_nutrition_facts_14", "en", "powder",
 "Modelled on Tailwind Endurance Fuel drink mix (reviews on edu2k.net and ricebowlrunner.blogspot.com consulted: per scoop 303 mg sodium, 88 mg potassium, 26 mg calcium, 14 mg magnesium, 25 g carbohydrate, 100 calories; the Mg salt is not named there, 'magnesium citrate' is set here as remembered; bag size and scoop weight approximate). A NUTRITION FACTS panel (food): mineral %DV in the food rounding steps (magnesium.md section 4): 14/420 = 3.3 % -> 4% (nearest 2 % below 10). The directions' '2 scoops or 1 stick pack' does not redefine the serving. 30 servings per container (printed).",
"""Tailwind NUTRITION
Endurance Fuel
Mandarin Orange | 810 g (1.8 lb) | 30 Servings | All-in-one Fuel + Electrolytes
Nutrition Facts
30 servings per container
Serving size | 1 scoop (27g)
Calories | 100 |
 | | % Daily Value*
Total Fat | 0g | 0%
Sodium | 303mg | 13%
Total Carbohydrate | 25g | 9%
Total Sugars | 25g |
Includes 25g Added Sugars | | 50%
Protein | 0g |
Calcium | 26mg | 2%
Magnesium | 14mg | 4%
Potassium | 88mg | 2%
*The % Daily Value tells you how much a nutrient in a serving of food contributes to a daily diet. 2,000 calories a day is used for general nutrition advice.
Ingredients: Dextrose, sucrose, sodium citrate, potassium chloride, citric acid, magnesium citrate, calcium carbonate, natural mandarin orange flavor.
Directions: Mix 1 scoop (100 calories) with 8-12 oz of water. For 200 calories per hour use 2 scoops (or 1 stick pack) in 24 oz of water.""",
 el=14, forms=["citrate"], dv=4, sc=30)

add("lq11_drananaria_citrate_teaspoon_225", "en", "liquid",
 "Modelled on Dr. Ana Maria Liquid Magnesium (shop.dranamaria.com consulted: 'Serving size 1 teaspoon (5 ml)', 'Magnesium (from magnesium citrate) 225 mg', other ingredients purified water, natural glycerin, natural pomegranate flavor, xanthan gum, citric acid, potassium sorbate); the %DV, bottle size and directions are set here: 225/420 = 53.6 -> 54%; 8 fl oz (237 mL) / 5 mL -> 'About 47' servings (printed).",
"""Dr. Ana Maria
Liquid Magnesium
Pomegranate Flavor | Dietary Supplement | 8 fl oz (237 mL)
Supplement Facts
Serving Size 1 Teaspoon (5 mL)
Servings Per Container About 47
 | Amount Per Serving | % Daily Value
Magnesium (from magnesium citrate) | 225 mg | 54%
Other Ingredients: Purified water, natural glycerin, natural pomegranate flavor, xanthan gum, citric acid, potassium sorbate.
Suggested Use: Shake well. Take 1 teaspoon (5 mL) daily in water or juice; may be increased to 2 teaspoons daily under the direction of a healthcare professional. Refrigerate after opening.""",
 el=225, forms=["citrate"], dv=54, sc=47)

# ===================================================================== Drug Facts
add("df11_mom_5ml_laxative_antacid_sections_computed", "en", "drug_facts",
 "Transcribed in part from a milk of magnesia label on DailyMed (setid 772b7d2e-7fe4-4e4b-8bfb-0f56d084a4af, consulted): 'Active Ingredient (in each 5 mL = 1 teaspoonful) Magnesium Hydroxide....400 mg', separate 'FOR USE AS A LAXATIVE' and 'FOR USE AS AN ANTACID' sections, laxative dose 30-60 mL, inactive ingredients; the antacid directions (cut off on the page) are approximate. No magnesium statement: computed per 5 mL, 400 x 0.417 = 166.8, tol 3 (one fraction). Drug Facts -> serving_count null. The 30-60 mL dose is not the unit.",
"""MILK OF MAGNESIA
Magnesium Hydroxide Suspension | Saline Laxative/Antacid | 12 FL OZ (355 mL)
Drug Facts
Active Ingredient (in each 5 mL = 1 teaspoonful) | Purpose
Magnesium Hydroxide 400 mg | Saline laxative/antacid
Inactive Ingredients: anhydrous citric acid, benzyl alcohol, methylparaben, propylene glycol, propylparaben, purified water.
FOR USE AS A LAXATIVE
Uses: for relief of occasional constipation (irregularity). This product generally produces bowel movement in 1/2 to 6 hours.
Warnings: Ask a doctor before use if you have kidney disease; a magnesium-restricted diet; stomach pain, nausea, or vomiting; a sudden change in bowel habits that lasts more than 2 weeks.
Directions: shake well before use. Drink a full glass (8 oz) of liquid with each dose. mL = milliliter
Adults and children 12 years of age and older | 30 mL to 60 mL
Children 6 to 11 years of age | 15 mL to 30 mL
Children under 6 years of age | Consult a physician
The dose may be taken as a single daily dose or in divided doses.
FOR USE AS AN ANTACID
Uses: for the relief of acid indigestion, sour stomach and heartburn.
Directions: shake well before use. Adults and children 12 years of age and older: 5 mL to 15 mL with a little water, up to 4 times a day, or as directed by a physician. Do not take more than 60 mL in a 24-hour period.""",
 el=166.8, tol=3, forms=["hydroxide"], dv=None, sc=None)

add("df11_mintox_maxstrength_5ml_magnesium165", "en", "drug_facts",
 "Transcribed in part from the Mintox Maximum Strength Drug Facts (Major Pharmaceuticals; DailyMed setid 5b1f4c78-d42e-32c7-e053-2991aa0a1985, consulted): 'Active ingredients (in each 5 mL teaspoonful) Aluminum hydroxide 400 mg (equivalent to dried gel, USP), Magnesium hydroxide 400 mg, Simethicone 40 mg', '2 to 4 teaspoonfuls two times a day', 'do not take more than 8 teaspoonfuls in 24 hours', 'each 5 mL teaspoonful contains: magnesium 165 mg, sodium 1 mg'; the end of the inactive list (cut off on the page) is approximate. Stated 165 per 5 mL (400 x 0.417 = 166.8, -1.1 %); aluminum hydroxide is not Mg. Drug Facts -> serving_count null.",
"""MINTOX\u00ae
Maximum Strength | Antacid/Anti-Gas | Aluminum Hydroxide, Magnesium Hydroxide, Simethicone Oral Suspension | Smooth Cherry | 12 FL OZ (355 mL)
Drug Facts
Active ingredients (in each 5 mL teaspoonful) | Purposes
Aluminum hydroxide 400 mg (equivalent to dried gel, USP) | Antacid
Magnesium hydroxide 400 mg | Antacid
Simethicone 40 mg | Antigas
Uses relieves heartburn, sour stomach, acid indigestion, the symptoms referred to as gas
Warnings
Ask a doctor before use if you have kidney disease; a magnesium-restricted diet
Ask a doctor or pharmacist before use if you are taking a prescription drug. Antacids may interact with certain prescription drugs.
Stop use and ask a doctor if symptoms last more than 2 weeks
Directions: shake well before use. Do not take more than 8 teaspoonfuls in 24 hours or use the maximum dosage for more than 2 weeks. Adults and children 12 years and older: take 2 to 4 teaspoonfuls two times a day, or as directed by a doctor. Children under 12 years: ask a doctor
Other information: each 5 mL teaspoonful contains: magnesium 165 mg, sodium 1 mg. Store at room temperature; protect from freezing; keep tightly closed.
Inactive ingredients: benzyl alcohol, butylparaben, caramel color, carboxymethylcellulose sodium, D&C yellow no. 10, flavor, hypromellose, microcrystalline cellulose, propylparaben, purified water, saccharin sodium, sorbitol""",
 el=165, forms=["hydroxide"], dv=None, sc=None)

add("df11_alumox_chewable_per_tablet_magnesium85", "en", "drug_facts",
 "Transcribed in part from the Alumox chewable tablets Drug Facts (DailyMed setid 43b1de44-32f2-4793-bf60-321c81bb2e3b, consulted): 'Active ingredients (in each tablet) Aluminum hydroxide (equiv. to dried gel, USP) 200 mg, Magnesium hydroxide 200 mg, Simethicone 25 mg', 'chew 1 to 4 tablets 4 times a day', 'not more than 16 tablets in a 24-hour period', 'each tablet contains: magnesium 85 mg', inactive ingredients with magnesium stearate. Stated 85 per tablet (200 x 0.417 = 83.4, +1.9 %). Drug Facts -> serving_count null.",
"""ALUMOX
Antacid & Anti-Gas | Aluminum Hydroxide, Magnesium Hydroxide, Simethicone | 100 Chewable Tablets | Cherry
Drug Facts
Active ingredients (in each tablet) | Purpose
Aluminum hydroxide (equiv. to dried gel, USP) 200 mg | Antacid
Magnesium hydroxide 200 mg | Antacid
Simethicone 25 mg | Antigas
Uses relieves: acid indigestion; heartburn; sour stomach; upset stomach & gas associated with these symptoms
Warnings
Ask a doctor before use if you have kidney disease; a magnesium-restricted diet
Ask a doctor or pharmacist before use if you are presently taking a prescription drug. Antacids may interact with certain prescription drugs.
Do not take more than 16 tablets in a 24-hour period, or use the maximum dosage of this product for more than 2 weeks, except under the advice and supervision of a doctor.
Directions: chew 1 to 4 tablets 4 times a day or as directed by a doctor.
Other information: each tablet contains: magnesium 85 mg. Do not use if seal under cap is torn or missing. Store at room temperature; keep tightly closed and dry.
Inactive ingredients: citric acid anhydrous, corn starch, D&C red 30 lake, D&C yellow 10 lake, dextrose, flavor, glycerin, magnesium stearate, maltodextrin, mannitol, pregelatinized starch, saccharin sodium, sorbitol, sugar""",
 el=85, forms=["hydroxide"], dv=None, sc=None)

add("df11_harristeeter_citrate_per_296ml_computed_range", "en", "drug_facts",
 "Modelled on the Harris Teeter magnesium citrate oral solution (lemon; medic.hrt.org copy of the DailyMed listing consulted: 'MAGNESIUM CITRATE 1.745 g in 29.6 mL', 296 mL glass bottle, directions '1/2 to 1 bottle (10 fl. oz.)', inactive ingredients anhydrous citric acid, sodium bicarbonate, water, saccharin sodium). The page did not show the 'Other information' text; here it carries no magnesium statement. Computed per fl oz over the citrate range of magnesium.md (12 % .. 16.2 %: 209.4-282.7 mg): expected 1,745 x 0.141 (middle) = 246.0, tol 15 (accepts 209.1-282.9). Drug Facts -> serving_count null.",
"""HARRIS TEETER
Magnesium Citrate Oral Solution | Saline Laxative | Lemon | 10 FL OZ (296 mL)
Drug Facts
Active ingredient (in each fl oz / 29.6 mL) | Purpose
Magnesium citrate 1.745 g | Saline laxative
Uses relieves occasional constipation (irregularity); generally produces bowel movement in 1/2 to 6 hours
Warnings
Ask a doctor before use if you have kidney disease; a magnesium restricted diet; a sodium restricted diet; stomach pain, nausea, or vomiting; noticed a sudden change in bowel habits that last more than 1 week
Directions
adults and children 12 years of age and older | 1/2 to 1 bottle (10 fl. oz.). Drink a full 8 oz. glass of liquid with each dose.
children 6 to 11 years of age | 1/3 to 1/2 bottle with a full 8 oz. glass of liquid
children under 6 years of age | consult a doctor
The dose may be taken as a single daily dose or in divided doses.
Other information: store at 46-86\u00b0F (8-30\u00b0C); discard unused product within 24 hours of opening bottle.
Inactive ingredients: anhydrous citric acid, sodium bicarbonate, water, saccharin sodium""",
 el=246.0, tol=15, forms=["citrate"], dv=None, sc=None)

# ===================================================================== UK / Canada / Australia / New Zealand
add("uk11_magnaspartate_sachet_243_10mmol", "en", "intl",
 "Modelled on Magnaspartate 243 mg powder for oral solution (UK medicine; composition as remembered: each 6.5 g sachet contains magnesium aspartate dihydrate 3,243 mg, equivalent to 243 mg / 10 mmol magnesium; excipients and dosing approximate). Stated 243 mg per sachet (3,243 x 0.075 = 243.2, aspartate dihydrate of magnesium.md). Medicine -> per sachet, no %NRV, serving_count null; '10 mmol' and '6.5 g' are not mg of Mg.",
"""Magnaspartate\u00ae 243 mg
Powder for Oral Solution | Magnesium Aspartate Dihydrate | Pharmacy Medicine | 10 Sachets
Each sachet contains:
6.5 g of powder containing Magnesium aspartate dihydrate | 3,243 mg
(equivalent to 243 mg or 10 mmol of magnesium) |
Also contains: sucrose (2.9 g per sachet), citric acid, apricot flavour, silica.
Uses: treatment and prevention of magnesium deficiency as diagnosed by a doctor.
Dosage: Adults and children over 12 years: 1 to 2 sachets daily, each dissolved in 50 to 200 mL of water, tea or orange juice. Not for children under 6 years. Read the enclosed leaflet.
Do not take if you have severe kidney problems.""",
 el=243, forms=["aspartate"], dv=None, sc=None)

add("uk11_wildnutrition_foodgrown_per2_nrv_noform", "en", "intl",
 "Modelled on Wild Nutrition Food-Grown Magnesium capsules (UK; as remembered, amounts approximate): 'Nutritional Information | Per 2 Capsules | %NRV*' Magnesium 100mg 27% (100/375 = 26.7); the source is only 'Food-Grown\u00ae Magnesium' (a yeast culture), no Mg compound is named, so forms are empty (NO_FORMS). 60 capsules / 2 = 30 (implied).",
"""WILD NUTRITION
Food-Grown\u00ae Magnesium
Food Supplement | 60 Capsules
Nutritional Information | Per 2 Capsules | %NRV*
Magnesium | 100mg | 27%
*NRV = Nutrient Reference Value
Ingredients: Food-Grown\u00ae Magnesium (cultured in a nutritional yeast, Saccharomyces cerevisiae), Capsule Shell (Hydroxypropyl Methylcellulose).
Directions: Take 2 capsules daily with food. Do not exceed the recommended daily intake.""",
 el=100, forms=[], dv=27, sc=30, _dvb=375)

add("ca11_naka_bisglycinate_each_capsule_bare_paren", "en", "intl",
 "Modelled on Naka Platinum Magnesium Bisglycinate capsules (Canada; as remembered, amounts approximate; NPN placeholder): Canadian style without 'as'/'from': 'Magnesium (Magnesium bisglycinate) 100 mg' per capsule; dose '2 capsules 1-2 times daily' -> per capsule, no %DV, serving_count null.",
"""NAKA\u00ae PLATINUM
Magnesium Bisglycinate
Gentle on the stomach | 120 Vegetable Capsules | NPN 80000000
Medicinal Ingredients: Each Vegetable Capsule Contains:
Magnesium (Magnesium bisglycinate) | 100 mg
Non-Medicinal Ingredients: Hypromellose, microcrystalline cellulose, magnesium stearate.
Recommended Dose: Adults: Take 2 capsules 1-2 times daily with food, or as directed by a health care practitioner. Take a few hours before or after other medications.
Recommended Use: A factor in the maintenance of good health. Helps to maintain proper muscle function.""",
 el=100, forms=["glycinate"], dv=None, sc=None)

add("au11_orthoplex_powder_two_equiv_lines_no_total_potassium", "en", "intl",
 "Modelled on Orthoplex White Magnesium powder (Australia; practitioner brand; AUST L placeholder; composition re-set from memory): 'Each 7 g dose contains:' magnesium bisglycinate 2.5 g (equiv. magnesium 275 mg; 11 %) and magnesium citrate 500 mg (equiv. magnesium 75 mg; 15 %), no printed total, plus taurine and potassium citrate '(equiv. potassium 115 mg)' that are not Mg. Expected: the sum 350 mg per dose (SUMMED), per dose, no %, serving_count null.",
"""Orthoplex White
Magnesium
Powder | Citrus | 210 g | AUST L 000000
Each 7 g dose contains:
Magnesium bisglycinate | 2.5 g
(equiv. magnesium 275 mg) |
Magnesium citrate | 500 mg
(equiv. magnesium 75 mg) |
Taurine | 500 mg
Potassium citrate | 300 mg
(equiv. potassium 115 mg) |
Directions: Adults: mix 1 level scoop (7 g) in 200 mL of water once daily, or as directed by your healthcare professional.
Vitamins and minerals can only be of assistance if dietary intake is inadequate.""",
 el=350, forms=["glycinate", "citrate"], dv=None, sc=None)

add("nz11_gohealthy_oxide530_equivalent320_capsule", "en", "intl",
 "Modelled on Go Healthy Magnesium 1-A-Day capsules (New Zealand; as remembered, amounts approximate): 'Each capsule contains: Magnesium oxide-heavy 530 mg, equivalent to magnesium 320 mg' (530 x 0.603 = 319.6) with a B6 row. Per capsule, serving_count null.",
"""GO HEALTHY
Magnesium 1-A-Day
Muscle Relax | 60 Vege Capsules
Each capsule contains:
Magnesium oxide-heavy 530 mg, equivalent to magnesium 320 mg
Pyridoxine hydrochloride (vitamin B6) 10 mg
Dosage: Adults: take 1 capsule daily with food, or as directed by your healthcare professional.
Also contains: hypromellose (capsule), magnesium stearate.""",
 el=320, forms=["oxide"], dv=None, sc=None)

# ===================================================================== topical
add("tp11_healthwisdom_gel_half_teaspoon_280", "en", "topical",
 "Modelled on Health and Wisdom Magnesium Gel (US; magnesium chloride brine gel; as remembered, amounts approximate): 'Magnesium Content: 1/2 teaspoon (2.5 mL) of gel provides approx. 280 mg elemental magnesium'. Per stated unit (1/2 teaspoon) 280 mg; the '1/2 to 1 teaspoon up to 3 times a day' directions are not the unit. No %DV, serving_count null.",
"""HEALTH AND WISDOM
Magnesium Gel
Magnesium Chloride Brine Gel | 8 fl oz (237 mL) | For External Use Only
Magnesium Content: 1/2 teaspoon (2.5 mL) of gel provides approx. 280 mg elemental magnesium
Ingredients: Magnesium chloride brine (magnesium chloride, water), aloe vera gel, xanthan gum.
Directions: Apply 1/2 to 1 teaspoon to the skin and massage in, up to 3 times a day. May tingle on first use. Rinse off after 20 minutes if desired.""",
 el=280, forms=["chloride"], dv=None, sc=None)

# ===================================================================== negatives
add("neg11_exlax_maxstrength_pill_calcium50_stearate", "en", "negative",
 "Transcribed in part from the Ex-Lax Maximum Strength pills Drug Facts (GSK version, DailyMed setid 800366b2-e974-4791-9a0d-c341c80ac859, consulted): 'Sennosides, USP, 25 mg', '2 pills once or twice daily', 'each pill contains: calcium 50 mg', 'sodium free', inactive ingredients with magnesium stearate (end of the list approximate). A stimulant laxative without any magnesium active or statement; magnesium only as the stearate excipient -> no_magnesium. Drug Facts negative -> serving_count null.",
"""ex-lax\u00ae
Maximum Strength | Stimulant Laxative | Sennosides | 24 Pills
Drug Facts
Active ingredient (in each pill) | Purpose
Sennosides, USP, 25 mg | Stimulant laxative
Uses relieves occasional constipation (irregularity); generally produces bowel movement in 6 to 12 hours
Warnings
Do not use laxative products when abdominal pain, nausea, or vomiting are present unless directed by a doctor
Ask a doctor or pharmacist before use if you are taking any other drug. Laxatives may affect how other drugs work. Take this product 2 or more hours before or after other drugs.
When using this product do not use for a period longer than 1 week
Directions: swallow pill(s) with a glass of water; swallow pill(s) whole, do not crush, break or chew
adults and children 12 years of age and older | 2 pills once or twice daily
children 6 to under 12 years of age | 1 pill once or twice daily
children under 6 years of age | ask a doctor
Other information: each pill contains: calcium 50 mg; sodium free; store at controlled room temperature 20-25\u00b0C (68-77\u00b0F). Protect from moisture.
Inactive ingredients: acacia, alginic acid, carnauba wax, colloidal silicon dioxide, dibasic calcium phosphate, FD&C blue no. 1 aluminum lake, iron oxide black, magnesium stearate, microcrystalline cellulose, sodium lauryl sulfate, stearic acid, sucrose, talc, titanium dioxide""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=None)

add("neg11_natrol_5htp_supplementfacts_stearate", "en", "negative",
 "Modelled on Natrol 5-HTP 100 mg capsules (a different product from set 3's Natrol melatonin; as remembered): a mood/sleep product with 5-HTP from Griffonia seed and a calcium row; magnesium only as 'magnesium stearate' in the other ingredients -> no_magnesium. Servings Per Container 30 (printed).",
"""Natrol\u00ae
5-HTP 100 mg
Mood & Stress* | Dietary Supplement | 30 Capsules
Supplement Facts
Serving Size 1 Capsule
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Calcium (as dicalcium phosphate) | 45 mg | 3%
5-HTP (5-Hydroxytryptophan) (from Griffonia simplicifolia seed extract) | 100 mg | \u2020
\u2020 Daily Value not established.
Other Ingredients: Dicalcium phosphate, gelatin (capsule), magnesium stearate, silica.
Suggested Use: Take 1 capsule daily, preferably at bedtime.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=30)

add("neg11_kalms_night_uk_valerian_stearate", "en", "negative",
 "Modelled on Kalms Night One-A-Night tablets (UK traditional herbal medicine, valerian root extract; as remembered, amounts approximate): 'Each tablet contains 96 mg of extract (as dry extract) from Valerian root'; magnesium only as 'magnesium stearate' among the excipients -> no_magnesium. Medicine with one tablet an hour before bedtime -> serving_count null (as the UK/EU medicines of set 10).",
"""Kalms Night
One-A-Night
Valerian Root Extract 96 mg | Traditional Herbal Medicinal Product | 21 Tablets
Each tablet contains:
Extract (as dry extract) from Valerian root (Valeriana officinalis L.) (3-6:1) | 96 mg
Also contains: lactose, microcrystalline cellulose, croscarmellose sodium, magnesium stearate, hypromellose, titanium dioxide.
Traditional herbal medicinal product used for the temporary relief of sleep disturbances due to symptoms of mild anxiety, based on traditional use only.
Dosage: Adults and the elderly: take 1 tablet one hour before bedtime. Do not take more than 1 tablet in 24 hours. Not for children under 18 years.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=None)
