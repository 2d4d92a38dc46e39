# Label sources, part V (blind set 12): US Supplement Facts panels (incl. a linear small-package panel, a legacy 400 mg DV, a
# sleep gummy whose serving is 1 gummy, split unit cells, a buffered glycinate, a threonate), multivitamins (a prenatal with the
# pregnancy DV, a wrapped source), a Nutrition Facts drink mix with powder/prepared columns, a Nutrition Facts bottle, OTC Drug
# Facts, UK / Canada / Australia / India, an English topical and the English negatives. EU labels are in labels_w.py (which
# imports add/L from here).
# Same format as bench/blindset11/labels_t.py: table cells are separated by " | "; a line ending in " |" is a table row whose
# remaining cells are empty (used for names wrapped over lines). Keys starting with "_" are private to the checker
# (check_set.py) and are not written to expected.jsonl:
#   _dvb = the DV base the printed %DV was computed from (default 420 for en, 375 for EU languages; UK sets 375; the legacy
#          US label and the prenatal set 400).
L = []
def add(id, lang, kind, note, text, status="ok", el=None, tol=2, forms=(), dv=None, sc=None, **extra):
    d = dict(id=id, lang=lang, kind=kind, source_note=note, status=status, elemental_mg=el,
             elemental_tol_pct=tol, forms=list(forms), percent_dv=dv, serving_count=sc, _text=text)
    d.update(extra); L.append(d)

# ===================================================================== US Supplement Facts
add("us12_goodneighbor_linear_smallpack_citrate100", "en", "us_supplement",
 "Modelled on a Good Neighbor Pharmacy (AmerisourceBergen store brand) magnesium citrate travel-size bottle (as remembered; may not match a current SKU), set in the LINEAR Supplement Facts format that small packages may use: the whole panel runs on one line, 'Supplement Facts Serving Size: 1 Capsule Servings Per Container: 30 Amount Per Serving: Magnesium (as magnesium citrate) 100 mg (24% DV)'. 100/420 = 23.8 -> 24%. 30 capsules, 1 a day -> 30 (printed).",
"""GOOD NEIGHBOR PHARMACY
Magnesium Citrate 100 mg
Dietary Supplement | Travel Size | 30 Capsules
Supplement Facts Serving Size: 1 Capsule Servings Per Container: 30 Amount Per Serving: Magnesium (as magnesium citrate) 100 mg (24% DV)
Other Ingredients: Gelatin (capsule), rice flour, magnesium stearate.
Suggested Use: Adults take 1 capsule daily with a meal. Keep out of reach of children.""",
 el=100, forms=["citrate"], dv=24, sc=30)

add("us12_calgold_bisglycinate_compound_row_providing_line", "en", "us_supplement",
 "Modelled on California Gold Nutrition Magnesium Bisglycinate Chelate capsules (iHerb house brand; as remembered, amounts approximate, re-set): the only row is the COMPOUND 'Magnesium Bisglycinate Chelate (TRAACS\u00ae) 1,000 mg **', and the elemental amount and %DV stand on the next line in parentheses: '(providing 140 mg elemental magnesium, 33% DV)'. 1,000 x 0.14 = 140; 140/420 = 33.3 -> 33%. 60 capsules / 2 = 30 (printed).",
"""CALIFORNIA GOLD NUTRITION
Magnesium Bisglycinate Chelate
TRAACS\u00ae | Dietary Supplement | 60 Veggie Capsules
Supplement Facts
Serving Size 2 Veggie Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium Bisglycinate Chelate (TRAACS\u00ae) | 1,000 mg | **
(providing 140 mg elemental magnesium, 33% DV) |
** Daily Value not established.
Other Ingredients: Hypromellose (vegetable capsule), microcrystalline cellulose, magnesium stearate (vegetable source).
Suggested Use: Take 2 veggie capsules daily, with or without food. Consult your healthcare professional before use if you are pregnant, nursing or taking medication.""",
 el=140, forms=["glycinate"], dv=33, sc=30)

add("us12_naturesblend_oxide250_legacy_dv400_no_spc", "en", "us_supplement",
 "Modelled on a Nature's Blend Magnesium 250 mg tablet bottle (US budget brand; as remembered, may not match a current SKU) printed before the 2016 DV rule: '% Daily Value' computed on the legacy DV of 400 mg (magnesium.md section 4: 'Legacy labels may still use 400'): 250/400 = 62.5 -> 63% (on 420 it would be 60%). No 'Servings Per Container' line; the net quantity '100 Tablets' with 1 tablet a serving gives 100 (IMPLIED_SC).",
"""Nature's Blend
Magnesium 250 mg
Dietary Supplement | 100 Tablets
Supplement Facts
Serving Size 1 Tablet
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium oxide) | 250 mg | 63%
Other Ingredients: Dicalcium phosphate, microcrystalline cellulose, stearic acid, croscarmellose sodium, magnesium stearate, silica.
Directions: As a dietary supplement, take one (1) tablet daily, preferably with a meal.""",
 el=250, forms=["oxide"], dv=63, sc=100, _dvb=400)

add("us12_freeda_citrate_front_per_tablet_serving3_each_meal", "en", "us_supplement",
 "Modelled on Freeda Vitamins Magnesium Citrate tablets (kosher US brand; as remembered, amounts approximate): the front claims '100 mg per tablet' while the panel's serving is 3 tablets, 'Amount Per 3 Tablets': Magnesium (as magnesium citrate) 300 mg 71% (300/420 = 71.4). Directions 'take 1 tablet with each meal' (3 a day). 90 tablets / 3 = 30 (printed).",
"""FREEDA
Magnesium Citrate
100 mg per tablet | Kosher Parve | Dietary Supplement | 90 Tablets
Supplement Facts
Serving Size 3 Tablets
Servings Per Container 30
 | Amount Per 3 Tablets | % Daily Value
Magnesium (as magnesium citrate) | 300 mg | 71%
Other Ingredients: Microcrystalline cellulose, vegetable stearic acid, vegetable magnesium stearate, silica.
Directions: Take 1 tablet with each meal, or as directed by your health care practitioner.""",
 el=300, forms=["citrate"], dv=71, sc=30)

add("us12_physicianschoice_sleep_mg_row_blend_melatonin", "en", "us_supplement",
 "Modelled on a Physician's Choice sleep-support capsule (as remembered; forms and amounts approximate, may not match a current SKU): 'Magnesium (as magnesium bisglycinate chelate) 120 mg 29%' (120/420 = 28.6) above a 'Sleep Blend 610 mg' whose ingredients (ashwagandha, L-theanine, lemon balm, chamomile) are on a wrapped line, and 'Melatonin 5 mg'. The blend weight is not Mg. 60 capsules / 2 = 30 (printed).",
"""Physician's CHOICE
Sleep Support
Magnesium + Ashwagandha + Melatonin | Dietary Supplement | 60 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium bisglycinate chelate) | 120 mg | 29%
Sleep Blend | 610 mg | \u2020
(KSM-66\u00ae ashwagandha root extract, L-theanine, lemon balm leaf extract, chamomile flower powder) |
Melatonin | 5 mg | \u2020
\u2020 Daily Value not established.
Other Ingredients: Hypromellose (capsule), rice flour, silicon dioxide.
Suggested Use: Take 2 capsules 30-60 minutes before bedtime. Do not drive or operate machinery after use.""",
 el=120, forms=["glycinate"], dv=29, sc=30)

add("us12_sugarbear_sleep_gummy_serving1_directions2", "en", "us_supplement",
 "Modelled on Sugarbear Sleep vegan gummies (as remembered; amounts approximate, may not match a current SKU): the panel's serving is ONE gummy, 'Magnesium (as magnesium citrate) 25 mg 6%' (25/420 = 5.95), with melatonin and L-theanine rows and calorie/sugar rows, while the directions say 'chew 2 gummies'. Directions do not redefine the serving: 25 mg (a reader doubling to 50 mg would differ). 60 gummies, Servings Per Container 60 (printed).",
"""SUGARBEAR
Sleep
Vegan Sleep Gummies | Dietary Supplement | 60 Gummies
Supplement Facts
Serving Size 1 Gummy
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Calories | 10 |
Total Carbohydrate | 2 g | <1%*
Total Sugars | 2 g | \u2020
Includes 2 g Added Sugars | | 4%*
Magnesium (as magnesium citrate) | 25 mg | 6%
Melatonin | 1.5 mg | \u2020
L-Theanine | 50 mg | \u2020
* Percent Daily Values are based on a 2,000 calorie diet. \u2020 Daily Value not established.
Other Ingredients: Glucose syrup, cane sugar, water, pectin, citric acid, sodium citrate, natural flavors, black carrot juice concentrate, coconut oil, carnauba wax.
Suggested Use: Adults, chew 2 gummies 30 minutes before bedtime. Not for use by children or pregnant or nursing women.""",
 el=25, forms=["citrate"], dv=6, sc=60)

add("us12_hyvee_amount_unit_split_cells_oxide500", "en", "us_supplement",
 "Modelled on Hy-Vee HealthMarket High Potency Magnesium 500 mg tablets (Midwest US store brand; as remembered, may not match a current SKU), re-set so that the number and its unit stand in separate cells, 'Magnesium (as magnesium oxide) | 500 | mg | 119%' (500/420 = 119.05), with a zinc row in the same style. 120 tablets, 1 a day -> 120 (printed).",
"""Hy-Vee HealthMarket
High Potency Magnesium 500 mg
Dietary Supplement | 120 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 120
 | Amount Per Serving | | % DV
Magnesium (as magnesium oxide) | 500 | mg | 119%
Zinc (as zinc oxide) | 5 | mg | 45%
Other Ingredients: Microcrystalline cellulose, croscarmellose sodium, stearic acid, magnesium stearate, silicon dioxide, hypromellose.
Directions: For adults, take one tablet daily with food.""",
 el=500, forms=["oxide"], dv=119, sc=120)

add("us12_trunature_magtein_threonate_split_dose", "en", "us_supplement",
 "Modelled on a trunature (Costco house brand) Magnesium L-Threonate capsule (as remembered; product details may not match a current SKU): 'Magnesium (from Magtein\u00ae magnesium L-threonate) 144 mg 34%' (144/420 = 34.3) and a compound row 'Magtein\u00ae Magnesium L-Threonate 2,000 mg \u2020' (2,000 x 0.072 = 144; the 2,000 mg is never the elemental value). Serving Size 3 Capsules taken as 1 in the afternoon and 2 before bed. 90 capsules / 3 = 30 (printed).",
"""trunature\u00ae
Brain Health Magnesium L-Threonate
Magtein\u00ae | Dietary Supplement | 90 Vegetarian Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium (from Magtein\u00ae magnesium L-threonate) | 144 mg | 34%
Magtein\u00ae Magnesium L-Threonate | 2,000 mg | \u2020
\u2020 Daily Value not established.
Other Ingredients: Hypromellose (vegetarian capsule), microcrystalline cellulose, silicon dioxide.
Directions: Adults, take 1 capsule in the afternoon and 2 capsules about 1 hour before bedtime.""",
 el=144, forms=["threonate"], dv=34, sc=30)

add("us12_sprouts_glycinate_buffered_oxide_wrapped", "en", "us_supplement",
 "Modelled on a Sprouts Farmers Market Magnesium Glycinate capsule (store brand; as remembered, may not match a current SKU): the source runs over two lines, 'Magnesium (as magnesium bisglycinate chelate, / buffered with magnesium oxide) 200 mg 48%' (200/420 = 47.6). Forms glycinate + oxide (the 'buffered with magnesium oxide' convention of set 10). 120 capsules / 2 = 60 (printed).",
"""SPROUTS
Magnesium Glycinate
Gentle on the Stomach | Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium bisglycinate chelate, |
buffered with magnesium oxide) | 200 mg | 48%
Other Ingredients: Hypromellose (capsule), microcrystalline cellulose, vegetable magnesium stearate.
Suggested Use: Take 2 capsules daily with water, or as directed by your healthcare practitioner.""",
 el=200, forms=["glycinate", "oxide"], dv=48, sc=60)

add("us12_masonnatural_potassium_magnesium_aspartate", "en", "us_supplement",
 "Modelled on Mason Natural Potassium & Magnesium Aspartate tablets (as remembered; amounts approximate, may not match a current SKU): 'Magnesium (as magnesium aspartate) 42 mg 10%' (42/420 = 10.0) beside 'Potassium (as potassium aspartate) 99 mg 2%' (99/4,700 = 2.1). No compound weight printed. 100 tablets, 1 a day -> 100 (printed).",
"""MASON NATURAL\u00ae
Potassium & Magnesium Aspartate
Dietary Supplement | 100 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 100
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium aspartate) | 42 mg | 10%
Potassium (as potassium aspartate) | 99 mg | 2%
Other Ingredients: Dicalcium phosphate, microcrystalline cellulose, stearic acid, croscarmellose sodium, magnesium stearate, silicon dioxide.
Suggested Use: Adults take one tablet daily with a meal.""",
 el=42, forms=["aspartate"], dv=10, sc=100)

# ===================================================================== multivitamins
add("mv12_bestnest_mamabird_prenatal_dv_pregnant_400", "en", "multivitamin",
 "Modelled on Best Nest Wellness Mama Bird Prenatal Multi+ capsules (as remembered; amounts approximate, re-set): the %DV header names the population, '% Daily Value for Pregnant and Lactating Women', so magnesium's DV is 400 mg (magnesium.md section 4): 'Magnesium (as magnesium citrate) 100 mg 25%' (100/400 = 25; on 420 it would be 24%). Other rows use the pregnancy DVs (iron 27 mg = 100%, iodine 150/290 = 52%, calcium 100/1,300 = 8%). 60 capsules / 2 = 30 (printed).",
"""Best Nest Wellness
Mama Bird Prenatal Multi+
Methylfolate & Methylcobalamin | Dietary Supplement | 60 Vegetarian Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value for Pregnant and Lactating Women
Vitamin C (as ascorbic acid) | 85 mg | 71%
Vitamin D3 (as cholecalciferol) | 25 mcg (1,000 IU) | 167%
Folate (as L-5-methyltetrahydrofolate) | 1,000 mcg DFE | 167%
Vitamin B12 (as methylcobalamin) | 8 mcg | 286%
Choline (as choline bitartrate) | 55 mg | 10%
Calcium (as calcium citrate) | 100 mg | 8%
Iron (as ferrous bisglycinate chelate) | 27 mg | 100%
Iodine (as potassium iodide) | 150 mcg | 52%
Magnesium (as magnesium citrate) | 100 mg | 25%
Zinc (as zinc citrate) | 15 mg | 115%
Other Ingredients: Hypromellose (vegetarian capsule), rice flour, organic ginger root powder.
Suggested Use: Take 2 capsules daily with food, or as directed by your healthcare provider.""",
 el=100, forms=["citrate"], dv=25, sc=30, _dvb=400)

add("mv12_deva_vegan_multi_oxide_aac_wrapped_name", "en", "multivitamin",
 "Modelled on Deva Vegan Multivitamin & Mineral tablets (as remembered; amounts approximate): a long panel whose Mg row wraps its source over two lines, 'Magnesium (as magnesium oxide and / magnesium amino acid chelate) 40 mg 10%' (40/420 = 9.5). Forms oxide + amino_acid_chelate (the chelate has no fraction; the printed 40 mg is used). 90 tablets, 1 a day -> 90 (printed).",
"""DEVA
Vegan Multivitamin & Mineral
Iron Free option | Dietary Supplement | 90 Coated Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 90
 | Amount Per Serving | % Daily Value
Vitamin A (as beta-carotene) | 900 mcg RAE | 100%
Vitamin C (as ascorbic acid) | 150 mg | 167%
Vitamin D2 (as ergocalciferol) | 10 mcg (400 IU) | 50%
Vitamin E (as d-alpha tocopheryl succinate) | 20 mg | 133%
Thiamin (as thiamine mononitrate) | 3 mg | 250%
Riboflavin | 3.4 mg | 262%
Niacin (as niacinamide) | 20 mg NE | 125%
Vitamin B6 (as pyridoxine HCl) | 4 mg | 235%
Folate | 680 mcg DFE (400 mcg folic acid) | 170%
Vitamin B12 (as cyanocobalamin) | 100 mcg | 4,167%
Calcium (as calcium carbonate) | 100 mg | 8%
Iodine (from kelp) | 150 mcg | 100%
Magnesium (as magnesium oxide and |
magnesium amino acid chelate) | 40 mg | 10%
Zinc (as zinc gluconate) | 15 mg | 136%
Selenium (as L-selenomethionine) | 70 mcg | 127%
Copper (as copper gluconate) | 2 mg | 222%
Other Ingredients: Microcrystalline cellulose, vegetable stearic acid, croscarmellose sodium, vegetable magnesium stearate, vegetable coating.
Suggested Use: Take 1 tablet daily with a meal.""",
 el=40, forms=["oxide", "amino_acid_chelate"], dv=10, sc=90)

# ===================================================================== powder (Nutrition Facts), liquid (Nutrition Facts)
add("pw12_carnation_breakfast_essentials_powder_vs_prepared", "en", "powder",
 "Modelled on Carnation Breakfast Essentials powder envelopes (Nestle; as remembered, amounts approximate, the Mg salt set here): a NUTRITION FACTS panel with two columns, 'Powder' and 'Prepared with 1 cup fat free milk'. The product as sold is the powder column: 'Magnesium 80mg 20%' (80/420 = 19.0 -> 20% in the food rounding steps of magnesium.md section 4); the prepared column (105mg 25%) adds the milk's magnesium. 10 envelopes -> '10 servings per container' (printed).",
"""Carnation BREAKFAST ESSENTIALS\u00ae
Nutritional Drink Mix | Rich Milk Chocolate | 10 Envelopes | Net Wt 12.6 oz (360 g)
Nutrition Facts
10 servings per container
Serving size | 1 envelope (36g)
 | Powder | Prepared with 1 cup fat free milk
Calories | 130 | 220
 | % DV* | % DV*
Total Fat | 1g 1% | 1g 1%
Sodium | 100mg 4% | 230mg 10%
Total Carbohydrate | 27g 10% | 39g 14%
Total Sugars | 17g | 29g
Protein | 5g | 13g
Calcium | 250mg 20% | 550mg 40%
Potassium | 350mg 8% | 730mg 15%
Magnesium | 80mg 20% | 105mg 25%
Zinc | 3mg 25% | 4mg 35%
*The % Daily Value (DV) tells you how much a nutrient in a serving of food contributes to a daily diet. 2,000 calories a day is used for general nutrition advice.
Ingredients: Nonfat milk, sugar, cocoa processed with alkali, milk protein concentrate, magnesium oxide, sodium ascorbate, natural and artificial flavor, zinc sulfate, carrageenan.
Directions: Empty 1 envelope into a glass, add 1 cup (8 fl oz) of cold fat free milk and stir briskly.""",
 el=80, forms=["oxide"], dv=20, sc=10)

add("lq12_gatorlyte_bottle_nutrition_facts_105", "en", "liquid",
 "Modelled on Gatorade Gatorlyte rapid rehydration 20 fl oz bottle (camphikelivecalifornia.com consulted: ingredient list with magnesium oxide and calcium lactate, 178 mg Mg per litre; ntro.it.com consulted: per 20 fl oz bottle sodium 490 mg, potassium 350 mg, chloride 1040 mg, magnesium 105 mg, calcium 120 mg, 12 g sugar, 50 calories; %DVs and layout set here): a NUTRITION FACTS panel for a single-serving bottle, 'Magnesium 105mg 25%' (105/420 = 25.0, food rounding steps of 5 above 10 %). Calcium lactate is calcium's salt, not a Mg form. '1 serving per container' (printed).",
"""Gatorade\u00ae GATORLYTE\u00ae
Rapid Rehydration Electrolyte Beverage | Strawberry Kiwi | 20 FL OZ (591 mL)
Nutrition Facts
1 serving per container
Serving size | 1 bottle (591 mL)
Calories | 50 |
 | | % Daily Value*
Total Fat | 0g | 0%
Sodium | 490mg | 21%
Total Carbohydrate | 12g | 4%
Total Sugars | 12g |
Includes 12g Added Sugars | | 24%
Protein | 0g |
Calcium | 120mg | 10%
Potassium | 350mg | 8%
Magnesium | 105mg | 25%
Chloride | 1040mg | 45%
*The % Daily Value (DV) tells you how much a nutrient in a serving of food contributes to a daily diet. 2,000 calories a day is used for general nutrition advice.
Ingredients: Water, sugar, citric acid, sodium chloride, calcium lactate, natural flavor, potassium chloride, magnesium oxide, modified food starch, purified stevia leaf extract, glycerol ester of rosin, red 40.""",
 el=105, forms=["oxide"], dv=25, sc=1)

# ===================================================================== Drug Facts
add("df12_par_mgoxide_pdp420_active400_elemental240", "en", "drug_facts",
 "Transcribed in part from the Par Pharmaceuticals magnesium oxide tablets label on DailyMed (setid d3c5b01b-f0d6-4503-ab18-b1a72386e2c6, consulted): 'Magnesium Oxide 400mg (240mg Elemental Magnesium)' per tablet, Purpose Antacid, separate 'Antacid Directions' (1 tablet twice a day) and 'Magnesium Supplement Directions' (1 to 2 tablets daily), 'Magnesium content per tablet: 240 mg', inactive ingredients; the principal display panel there reads 'Magnesium Oxide Tablets 420mg' (a trap kept in the title). Stated 240 per tablet (400 x 0.603 = 241.2). Drug Facts -> serving_count null.",
"""MAGNESIUM OXIDE TABLETS 420mg
Antacid | Magnesium Supplement | 100 Tablets | Par Pharmaceutical
Drug Facts
ACTIVE INGREDIENT (In each tablet) | Purpose
Magnesium Oxide 400mg (240mg Elemental Magnesium) | Antacid
USES Relieves: acid indigestion; upset stomach
WARNINGS
Ask a doctor if you have: kidney disease
Ask a doctor or pharmacist before use if you are: taking a prescription drug. Antacids may interact with certain prescription drugs.
Do not take more than 2 tablets in a 24 hour period or use the maximum dosage of this product for more than two weeks, except under the advice and supervision of a physician. May have a laxative effect.
If pregnant or breast-feeding, ask a health professional before use. Keep Out of Reach of Children.
DIRECTIONS
Antacid Directions: take 1 tablet twice a day or as directed by a physician
Magnesium Supplement Directions: take 1 to 2 tablets daily or as directed by a physician
OTHER INFORMATION: store at controlled room temperature 59\u00b0-86\u00b0F (15\u00b0-30\u00b0C); do not use if imprinted safety seal under cap is broken or missing; Magnesium content per tablet: 240 mg
INACTIVE INGREDIENTS: colloidal silicon dioxide, croscarmellose sodium, microcrystalline cellulose, stearic acid""",
 el=240, forms=["oxide"], dv=None, sc=None)

add("df12_premiervalue_mom_mint_no_unit_header_tablespoon501", "en", "drug_facts",
 "Transcribed in part from Premier Value Milk of Magnesia Mint (Chain Drug Consortium; DailyMed setid 0a3d4464-786e-4505-8073-fb3b0aff1f03, consulted): the 'Active Ingredients' header names NO unit ('Magnesium hydroxide 1200 mg'); the unit appears only in 'Other information': 'each tablespoon contains: magnesium 501 mg'; doses '2-4 tablespoons (30-60 mL)'; inactive ingredients flavor, mineral oil, purified water, saccharin sodium. Stated 501 per tablespoon (15 mL; 1,200 x 0.417 = 500.4). Drug Facts -> serving_count null.",
"""Premier Value\u00ae
Milk of Magnesia | Mint | Regular Strength Laxative | Sugar Free | 12 FL OZ (355 mL)
Drug Facts
Active Ingredients | Purpose
Magnesium hydroxide 1200 mg | Saline laxative
Uses relieves occasional constipation (irregularity); generally produces bowel movement in 1/2 to 6 hours
Warnings
Ask a doctor before use if you have kidney disease; a magnesium restricted diet; stomach pain, nausea or vomiting; a sudden change in bowel habits that lasts more than 2 weeks
Ask a doctor or pharmacist before use if you are presently taking a prescription drug. This product may interact with certain prescription drugs.
Stop use and ask a doctor if you have rectal bleeding or failure to have a bowel movement after using this product; you need to use a laxative for more than 1 week
Directions: shake well before use; do not exceed the maximum recommended daily dose in a 24 hour period; dose may be taken once a day preferably at bedtime, in divided doses, or as directed by a doctor; follow each dosage with a full glass (8oz) of fluid
adults and children 12 years and over | 2-4 tablespoons (30-60 mL)
children 6 years to 11 years | 1-2 tablespoons (15-30 mL)
children under 6 years | ask a doctor
Other information: do not freeze; each tablespoon contains: magnesium 501 mg; store at room temperature tightly closed
Inactive Ingredients: flavor, mineral oil, purified water, saccharin sodium""",
 el=501, forms=["hydroxide"], dv=None, sc=None)

add("df12_relief_epsom_teaspoon_grams_495", "en", "drug_facts",
 "Transcribed in part from Relief Epsom Salt (Blue Cross Laboratories; drugs-library.com copy of the label consulted): 'Magnesium Sulfate [heptahydrate] 100%' with Purpose 'Saline Laxative', doses '2 to 4 level teaspoons (10 to 20 grams) daily', 'Magnesium content: 495 mg per teaspoon'. Per the stated unit (1 teaspoon = about 5 g; 5 g x 0.0986 = 493 mg) 495 mg; the dose in teaspoons/grams is not the unit. Warnings shortened. Drug Facts -> serving_count null.",
"""Relief
Epsom Salt | Magnesium Sulfate | Use as a saline laxative | A soaking aid for minor sprains & bruises | NET WT 16 Oz (1 LB) 454 g
Drug Facts
Active Ingredients | Purpose
Magnesium Sulfate [heptahydrate] 100% | Saline Laxative
Uses For relief of occasional constipation (irregularity); this product generally produces bowel movement in 1/2 to 6 hours
Warnings
Ask a doctor if you have kidney disease; a magnesium restricted diet; abdominal pain, nausea, or vomiting; noticed a sudden change in bowel habits that persists over a period of 2 weeks; already used a laxative for a period longer than 1 week
Ask a doctor or pharmacist before use if you are taking any other drug. Take this product 2 or more hours before or after other drugs. Laxatives may affect how other drugs work.
Directions: do not exceed more than 2 doses per day; drink a full glass (8 ounces) of liquid with each dose; dissolve the dose in 8 ounces of water. Lemon juice may be added to improve the taste.
adults and children 12 years and over | 2 to 4 level teaspoons (10 to 20 grams) daily
children 6 to under 12 years | 1 to 2 level teaspoons (5 to 10 grams) daily
children under 6 years | consult a doctor
Other information: Magnesium content: 495 mg per teaspoon""",
 el=495, forms=["sulfate"], dv=None, sc=None)

add("df12_qualitychoice_mom_chewable311_laxative_antacid_columns_computed", "en", "drug_facts",
 "Modelled on a store-brand milk of magnesia chewable tablet (Quality Choice, Chain Drug Marketing Association; as remembered) with the side-by-side 'Laxative | Antacid' directions table seen on the drugs.com copy of a chewable magnesium hydroxide label (consulted): 'Magnesium hydroxide 311 mg' per tablet, 'chew 8 tablets' (laxative) vs 'chew 2 to 4 tablets' (antacid). No magnesium statement: computed per tablet, 311 x 0.417 = 129.7, tol 3 (one fraction). Neither dose is the unit. Drug Facts -> serving_count null.",
"""Quality Choice
Milk of Magnesia | Chewable Tablets | Mint | Saline Laxative/Antacid | 100 Tablets
Drug Facts
Active ingredient (in each tablet) | Purposes
Magnesium hydroxide 311 mg | Saline laxative/antacid
Uses Laxative: relieves occasional constipation (irregularity); this product usually causes bowel movement in 1/2 to 6 hours. Antacid: relieves heartburn, acid indigestion, sour stomach and upset stomach associated with these symptoms
Warnings
Ask a doctor before use if you have kidney disease; stomach pain, nausea, or vomiting; a sudden change in bowel habits that lasts over 14 days
Ask a doctor or pharmacist before use if you are taking a prescription drug. Antacids may interact with certain prescription drugs.
When using this product as an antacid, it may have a laxative effect.
Directions: do not exceed the maximum recommended daily dose in a 24 hour period
 | Laxative | Antacid
 | dose may be taken once in a 24 hour period preferably at bedtime, in divided doses, or as directed by a doctor; drink a full glass (8 oz) of liquid with each laxative dose | take every 4 hours up to 4 times in a 24 hour period or as directed by a doctor
adults and children 12 years and older | chew 8 tablets | chew 2 to 4 tablets
children 6 to 11 years | chew 4 tablets | ask a doctor
children 3 to 5 years | chew 2 tablets | ask a doctor
children under 3 years | ask a doctor | ask a doctor
Other information: store at room temperature
Inactive ingredients: dextrose, flavor, magnesium stearate, microcrystalline cellulose, sucrose""",
 el=129.7, tol=3, forms=["hydroxide"], dv=None, sc=None)

# ===================================================================== UK / Canada / Australia / India
add("uk12_mucogel_comagaldrox_5ml_computed", "en", "intl",
 "Modelled on Mucogel Suspension (co-magaldrox 195/220; UK pharmacy medicine; composition as remembered: each 5 ml contains magnesium hydroxide 195 mg and dried aluminium hydroxide gel 220 mg; excipients and dosing approximate). No magnesium statement: computed per 5 ml, 195 x 0.417 = 81.3, tol 3 (one fraction). Aluminium hydroxide is not Mg. Medicine -> per unit, no %NRV, serving_count null; the 10-20 ml dose is not the unit.",
"""Mucogel\u00ae
Suspension | Co-magaldrox 195/220 | Antacid | Pharmacy Medicine | 500 ml
Each 5 ml contains:
Magnesium hydroxide | 195 mg
Dried aluminium hydroxide gel | 220 mg
Also contains: sorbitol, saccharin sodium, methyl and propyl parahydroxybenzoates (E218, E216), peppermint flavour, purified water.
Uses: for the relief of indigestion, heartburn, excess stomach acid and gastritis.
Dosage: Adults and children over 12 years: 10 to 20 ml three times a day, 20 to 60 minutes after meals, and at bedtime, or as required. Shake the bottle before use. Not recommended for children under 12 years.
Do not take if you have severe kidney problems. Do not take other medicines within 2 hours of this medicine.""",
 el=81.3, tol=3, forms=["hydroxide"], dv=None, sc=None)

add("uk12_highernature_each_tablet_provides_sentence_1to3", "en", "intl",
 "Modelled on Higher Nature Magnesium Citrate tablets (UK; as remembered, amounts approximate): no table, one sentence 'Each tablet provides: Magnesium 100mg (27% NRV*) from Magnesium Citrate 670mg.' (670 x 0.149 = 100; 100/375 = 26.7 -> 27). Directions '1-3 tablets daily': per tablet (the unit of the panel), serving_count = 90 tablets (IMPLIED_SC 90/1), as set 11 for EU per-unit panels with a range.",
"""HIGHER NATURE
Magnesium Citrate 100 mg
Food Supplement | 90 Tablets
Each tablet provides: Magnesium 100mg (27% NRV*) from Magnesium Citrate 670mg.
*NRV = Nutrient Reference Value
Ingredients: Magnesium Citrate, Bulking Agent (Microcrystalline Cellulose), Anti-caking Agents (Magnesium Salts of Fatty Acids, Silicon Dioxide), Coating (Hydroxypropyl Methylcellulose).
Directions: Take 1-3 tablets daily with food. Do not exceed the stated dose. Food supplements should not be used as a substitute for a varied and balanced diet.""",
 el=100, forms=["citrate"], dv=27, sc=90, _dvb=375)

add("ca12_newroots_bilingual_en_fr_each_capsule_150", "en", "intl",
 "Modelled on New Roots Herbal Magnesium Bisglycinate capsules (Canada; as remembered, amounts approximate; NPN placeholder): an English/French bilingual Canadian panel, 'Medicinal Ingredients / Ingr\u00e9dients m\u00e9dicinaux: Each capsule contains / Chaque capsule contient: Magnesium / Magn\u00e9sium (Magnesium bisglycinate / Bisglycinate de magn\u00e9sium) 150 mg'. Dose '1 capsule 1-3 times daily' -> per capsule, no %DV, serving_count null.",
"""NEW ROOTS HERBAL
Magnesium Bisglycinate | Bisglycinate de magn\u00e9sium | 120 Capsules | NPN 80000000
Medicinal Ingredients / Ingr\u00e9dients m\u00e9dicinaux: Each capsule contains / Chaque capsule contient:
Magnesium / Magn\u00e9sium (Magnesium bisglycinate / Bisglycinate de magn\u00e9sium) | 150 mg
Non-medicinal Ingredients / Ingr\u00e9dients non m\u00e9dicinaux: Hypromellose, microcrystalline cellulose / Hypromellose, cellulose microcristalline.
Recommended Dose / Dose recommand\u00e9e: Adults: Take 1 capsule 1-3 times daily with food. / Adultes: Prendre 1 capsule 1 \u00e0 3 fois par jour avec de la nourriture.
Recommended Use / Usage recommand\u00e9: Helps to maintain proper muscle function. / Aide \u00e0 maintenir une fonction musculaire ad\u00e9quate.""",
 el=150, forms=["glycinate"], dv=None, sc=None)

add("au12_carusos_night_three_salts_total_equiv_last", "en", "intl",
 "Modelled on Caruso's Magnesium Night tablets (Australia; as remembered, composition re-set, AUST L placeholder): 'Each tablet contains:' three salts with compound weights only (magnesium oxide-heavy 250 mg, magnesium citrate 400 mg, magnesium orotate dihydrate 200 mg), then ONE line 'Total equiv. magnesium 219 mg', and a passionflower row. The salts give 150.8 + 48.0-64.8 + 13.2 = 212-229 mg (magnesium.md fractions), so 219 is consistent. Per tablet, no %, serving_count null.",
"""Caruso's
Magnesium Night
Sleep Support | 60 Tablets | AUST L 000000
Each tablet contains:
Magnesium oxide - heavy | 250 mg
Magnesium citrate | 400 mg
Magnesium orotate dihydrate | 200 mg
Total equiv. magnesium | 219 mg
Passiflora incarnata (Passionflower) herb top flowering dry | 500 mg
Also contains: microcrystalline cellulose, croscarmellose sodium, magnesium stearate, hypromellose.
Directions: Adults: Take 1 tablet 1 hour before bed, or as directed by your healthcare professional.
Vitamins and minerals can only be of assistance if dietary intake is inadequate.""",
 el=219, forms=["oxide", "citrate", "orotate"], dv=None, sc=None)

add("in12_carbamideforte_glycinate_per2_elemental_subrow", "en", "intl",
 "Modelled on Carbamide Forte Magnesium Glycinate tablets (India; as remembered, amounts approximate; FSSAI licence placeholder): 'Nutritional Information | Per Serving (2 Tablets)' with the compound row 'Magnesium Glycinate 1000 mg' and a sub-row 'Elemental Magnesium 140 mg' (1,000 x 0.14); no %RDA column (no Indian reference base is used here). Per serving (2 tablets), 60 tablets / 2 = 30 (IMPLIED_SC).",
"""Carbamide Forte
Magnesium Glycinate 1000 mg
Food Supplement | 60 Tablets | FSSAI Lic. No. 00000000000000
Nutritional Information | Per Serving (2 Tablets)
Magnesium Glycinate | 1000 mg
Elemental Magnesium | 140 mg
Other Ingredients: Microcrystalline Cellulose, Dicalcium Phosphate, Croscarmellose Sodium, Magnesium Stearate, Silicon Dioxide, Film Coating Agent.
Directions for use: Take 1 tablet twice daily after meals or as directed by your healthcare professional.
Not for medicinal use. Store in a cool and dry place.""",
 el=140, forms=["glycinate"], dv=None, sc=30)

# ===================================================================== topical
add("tp12_mg12_sleep_lotion_per_pump_35", "en", "topical",
 "Modelled on an Mg12 magnesium lotion (UK; magnesium chloride; as remembered, product details and amounts approximate): 'Magnesium Content: Each pump (approx. 1.5 ml) provides approx. 35 mg of magnesium.' Per stated unit (1 pump) 35 mg; the '2-3 pumps' directions are not the unit. No %NRV, serving_count null.",
"""Mg12
Magnesium Sleep Lotion
with Lavender & Chamomile | 200 ml | For external use only
Magnesium Content: Each pump (approx. 1.5 ml) provides approx. 35 mg of magnesium.
Ingredients: Aqua, Magnesium Chloride, Cetearyl Alcohol, Glycerin, Caprylic/Capric Triglyceride, Lavandula Angustifolia Oil, Chamomilla Recutita Flower Extract, Phenoxyethanol, Ethylhexylglycerin.
Directions: Massage 2-3 pumps into arms, legs or tummy before bedtime. Do not apply to broken skin. Patch test before first use.""",
 el=35, forms=["chloride"], dv=None, sc=None)

# ===================================================================== negatives
add("neg12_unisom_sleeptabs_doxylamine_stearate", "en", "negative",
 "Transcribed in part from Unisom SleepTabs Drug Facts (Chattem; DailyMed setid f591d52f-5610-4517-a96f-1ed63deb00bc, consulted): 'Doxylamine succinate 25 mg', Purpose 'Nighttime sleep-aid', 'take one tablet 30 minutes before going to bed'; the end of the inactive list (cut off on the page) is approximate and carries magnesium stearate. A sleep aid without magnesium content -> no_magnesium. Drug Facts negative -> serving_count null.",
"""Unisom\u00ae SleepTabs\u00ae
Doxylamine succinate tablets | Nighttime Sleep-Aid | 32 Tablets
Drug Facts
Active ingredient (in each tablet) | Purpose
Doxylamine succinate 25 mg | Nighttime sleep-aid
Uses helps to reduce difficulty in falling asleep
Warnings
Do not use in children under 12 years of age; with any other product containing doxylamine; unless you have time for a full night's sleep
Ask a doctor before use if you have a breathing problem such as emphysema or chronic bronchitis; glaucoma; trouble urinating due to an enlarged prostate gland
When using this product avoid alcoholic beverages; do not drive a motor vehicle or operate machinery; take only at bedtime
Directions: adults and children 12 years of age and over: take one tablet 30 minutes before going to bed; take once daily or as directed by a doctor. Children under 12 years of age: do not use
Other information: store at 68\u00ba to 77\u00baF (20\u00ba to 25\u00baC); retain in carton until time of use
Inactive ingredients: anhydrous dibasic calcium phosphate, dibasic calcium phosphate dihydrate, FD&C blue no. 1 aluminum lake, magnesium stearate, microcrystalline cellulose, sodium starch glycolate""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=None)

add("neg12_zzzquil_purezzzs_melatonin_botanicals_stearate", "en", "negative",
 "Modelled on ZzzQuil PURE Zzzs melatonin tablets (Procter & Gamble; as remembered, amounts approximate): melatonin and a botanical blend (chamomile, lavender, lemon balm, valerian) with a calcium row from the dicalcium phosphate filler; magnesium only as 'magnesium stearate' in the other ingredients -> no_magnesium. Servings Per Container 24 (printed).",
"""ZzzQuil\u2122 PURE Zzzs\u2122
Melatonin Sleep Aid + Botanicals
Dietary Supplement | 48 Tablets
Supplement Facts
Serving Size 2 Tablets
Servings Per Container 24
 | Amount Per Serving | % Daily Value
Calcium (as dicalcium phosphate) | 75 mg | 6%
Melatonin | 1 mg | \u2020
Botanical Blend | 85 mg | \u2020
(chamomile flower, lavender flower, lemon balm leaf, valerian root) |
\u2020 Daily Value not established.
Other Ingredients: Dicalcium phosphate, microcrystalline cellulose, croscarmellose sodium, magnesium stearate, silicon dioxide, hypromellose, natural flavor.
Suggested Use: Adults take 2 tablets 30 minutes before bedtime. Do not exceed 2 tablets in 24 hours.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=24)

add("neg12_uk_nytol_oneanight_diphenhydramine_stearate", "en", "negative",
 "Modelled on Nytol One-A-Night 50 mg tablets (UK pharmacy medicine; as remembered, excipients approximate): 'Each tablet contains Diphenhydramine Hydrochloride 50 mg'; magnesium only as 'magnesium stearate' among the excipients -> no_magnesium. Medicine -> serving_count null.",
"""Nytol\u00ae One-A-Night
50 mg Tablets | Diphenhydramine Hydrochloride | Pharmacy Medicine | 20 Tablets
Each tablet contains:
Diphenhydramine Hydrochloride | 50 mg
Also contains: lactose, microcrystalline cellulose, maize starch, croscarmellose sodium, colloidal anhydrous silica, magnesium stearate, quinoline yellow (E104), indigo carmine (E132).
Uses: aids the relief of temporary sleep disturbances.
Dosage: Adults and children aged 16 years and over: take 1 tablet 20 minutes before going to bed. Do not take for more than 2 weeks without consulting your doctor. Do not drink alcohol while taking this medicine.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=None)
