from labels_a import add, L

# ---------------- multivitamins ----------------
add("mv_centrum_adults", "en", "multivitamin",
 "Modelled on Centrum Adults multivitamin/multimineral: 1 tablet, magnesium (oxide) 50 mg 12% (50/420=11.9); zinc oxide, calcium carbonate rows must not be confused.",
"""Centrum® Adults
Multivitamin/Multimineral Supplement
200 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 200
Amount Per Serving | % Daily Value
Vitamin A (as beta-carotene and retinyl acetate) | 1,050 mcg | 117%
Vitamin C (as ascorbic acid) | 120 mg | 133%
Vitamin D3 (as cholecalciferol) | 25 mcg (1,000 IU) | 125%
Vitamin E (as dl-alpha tocopheryl acetate) | 22.5 mg | 150%
Thiamin (as thiamine mononitrate) | 1.2 mg | 100%
Riboflavin | 1.3 mg | 100%
Niacin (as niacinamide) | 16 mg NE | 100%
Vitamin B6 (as pyridoxine hydrochloride) | 2 mg | 118%
Folate | 400 mcg DFE (240 mcg folic acid) | 100%
Vitamin B12 (as cyanocobalamin) | 6 mcg | 250%
Biotin | 30 mcg | 100%
Calcium (as calcium carbonate) | 200 mg | 15%
Iron (as ferrous fumarate) | 8 mg | 44%
Phosphorus (as dibasic calcium phosphate) | 20 mg | 2%
Iodine (as potassium iodide) | 150 mcg | 100%
Magnesium (as magnesium oxide) | 50 mg | 12%
Zinc (as zinc oxide) | 11 mg | 100%
Selenium (as sodium selenate) | 55 mcg | 100%
Copper (as cupric oxide) | 0.5 mg | 56%
Manganese (as manganese sulfate) | 2.3 mg | 100%
Chromium (as chromium chloride) | 35 mcg | 100%
Potassium (as potassium chloride) | 80 mg | 2%
Other Ingredients: Microcrystalline Cellulose, Gelatin, Crospovidone, Modified Food Starch, Magnesium Stearate, Hypromellose, Silicon Dioxide, Titanium Dioxide.
Suggested Use: Adults - Take one tablet daily with food. Not formulated for use in children.
WARNING: Accidental overdose of iron-containing products is a leading cause of fatal poisoning in children under 6. Keep this product out of reach of children. In case of accidental overdose, call a doctor or poison control center immediately.""",
 el=50, forms=["oxide"], dv=12, sc=200)

add("mv_oneaday_men", "en", "multivitamin",
 "Modelled on One A Day Men's Health Formula: magnesium (oxide) 110 mg 26% (110/420=26.2); zinc oxide and calcium carbonate rows present.",
"""ONE A DAY® MEN'S
Health Formula Multivitamin
100 Tablets
Supplement Facts
Serving Size 1 Tablet
Amount Per Serving | % Daily Value
Vitamin A | 900 mcg | 100%
Vitamin C | 90 mg | 100%
Vitamin D | 25 mcg | 125%
Vitamin E | 15 mg | 100%
Vitamin K | 20 mcg | 17%
Vitamin B12 | 6 mcg | 250%
Calcium (as calcium carbonate) | 210 mg | 16%
Magnesium (as magnesium oxide) | 110 mg | 26%
Zinc (as zinc oxide) | 11 mg | 100%
Selenium | 70 mcg | 127%
Copper | 0.9 mg | 100%
Ingredients: Calcium Carbonate, Magnesium Oxide, Microcrystalline Cellulose, Ascorbic Acid, Zinc Oxide, Croscarmellose Sodium, Gelatin, Magnesium Stearate, dl-Alpha Tocopheryl Acetate, Cyanocobalamin.
Directions: Adult men, take one tablet daily with food.
WARNING: Keep out of reach of children.""",
 el=110, forms=["oxide"], dv=26, sc=100)

add("mv_prenatal_dv400", "en", "multivitamin",
 "Modelled on a prenatal multi (e.g. Nature Made Prenatal) with the pregnant/lactating %DV header: Mg (oxide) 50 mg 13% (50/400=12.5, DV 400).",
"""Prenatal Multi + DHA
Dietary Supplement | 90 Softgels
Supplement Facts
Serving Size 1 Softgel
Servings Per Container 90
Amount Per Serving | % Daily Value for Pregnant and Lactating Women
Vitamin D3 | 25 mcg (1000 IU) | 167%
Folate | 1,333 mcg DFE (800 mcg folic acid) | 222%
Vitamin B12 | 5.2 mcg | 186%
Calcium (as calcium carbonate) | 150 mg | 12%
Iron (as ferrous fumarate) | 27 mg | 100%
Iodine (as potassium iodide) | 150 mcg | 52%
Magnesium (as magnesium oxide) | 50 mg | 13%
Zinc (as zinc oxide) | 10 mg | 77%
DHA (Docosahexaenoic Acid) | 200 mg | **
** Daily Value not established.
Other Ingredients: Fish oil, gelatin, glycerin, soybean oil, yellow beeswax, soy lecithin.
Directions: Take 1 softgel daily with water and a meal.
WARNING: Accidental overdose of iron-containing products is a leading cause of fatal poisoning in children under 6.""",
 el=50, forms=["oxide"], dv=13, sc=90)

add("mv_calmagzinc", "en", "multivitamin",
 "Modelled on Nature's Bounty Calcium Magnesium Zinc: 3 caplets = Ca 1000 mg 77%, Mg (oxide) 400 mg 95% (400/420=95.2), Zn 15 mg.",
"""Calcium Magnesium Zinc
with Vitamin D3 | 100 Coated Caplets
Supplement Facts
Serving Size 3 Coated Caplets
Servings Per Container 33
Amount Per Serving | % Daily Value
Vitamin D3 (as cholecalciferol) | 10 mcg (400 IU) | 50%
Calcium (as calcium carbonate, calcium citrate) | 1,000 mg | 77%
Magnesium (as magnesium oxide) | 400 mg | 95%
Zinc (as zinc oxide, zinc citrate) | 15 mg | 136%
Other Ingredients: Croscarmellose, vegetable cellulose, vegetable magnesium stearate, silica.
Suggested Use: For adults, take three (3) caplets daily, preferably with a meal.
Keep out of reach of children.""",
 el=400, forms=["oxide"], dv=95, sc=33)

add("mv_thorne_basic", "en", "multivitamin",
 "Modelled on Thorne Basic Nutrients 2/Day: 2 capsules, magnesium (bisglycinate chelate) 30 mg 7% (30/420=7.1); zinc bisglycinate row present.",
"""THORNE
Basic Nutrients 2/Day
60 Capsules | NSF Certified for Sport
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 30
Amount Per Serving | % Daily Value
Vitamin C (as Ascorbic Acid) | 250 mg | 278%
Vitamin D (as Vitamin D3) | 25 mcg (1000 IU) | 125%
Thiamin (as Thiamin HCl) | 20 mg | 1,667%
Calcium (as Calcium Citrate Malate) | 40 mg | 3%
Magnesium (as Magnesium Bisglycinate Chelate) | 30 mg | 7%
Zinc (as Zinc Bisglycinate) | 15 mg | 136%
Selenium (as L-Selenomethionine) | 100 mcg | 182%
Other Ingredients: Hypromellose (derived from cellulose) capsule, Microcrystalline Cellulose.
Suggested Use: Take 2 capsules daily or as recommended by a healthcare professional.
Warning: If pregnant, consult your health-care practitioner before using this product.""",
 el=30, forms=["glycinate"], dv=7, sc=30)

add("mv_senior_twocol", "en", "multivitamin",
 "Modelled on a two-column multi ('Per Serving' | 'Per Day') e.g. 'Women 50+' packs: per serving (1 tablet) Mg 60 mg 14% (60/420=14.3); per day (2 tablets) 120 mg 29%. Expected = per serving; alt = per day.",
"""Women's 50+ Daily Multi
Two-a-Day Formula | 120 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 120
Amount Per | Serving | %DV | Per Day (2 tablets) | %DV
Vitamin D3 | 15 mcg | 75% | 30 mcg | 150%
Calcium (as calcium carbonate) | 150 mg | 12% | 300 mg | 23%
Magnesium (as magnesium oxide, magnesium citrate) | 60 mg | 14% | 120 mg | 29%
Zinc (as zinc citrate) | 4 mg | 36% | 8 mg | 73%
Other ingredients: Cellulose, croscarmellose sodium, stearic acid, magnesium stearate, silica, hypromellose.
Directions: Take 1 tablet twice daily with meals.""",
 el=60, forms=["oxide", "citrate"], dv=14, sc=120, elemental_alt_mg=120)

# ---------------- powders ----------------
add("pw_calm_powder", "en", "powder",
 "Modelled on Natural Vitality Calm magnesium powder (magnesium carbonate + citric acid -> citrate): 2 tsp (4 g) = 325 mg 77% (325/420=77.4).",
"""natural vitality
CALM®
The Anti-Stress Drink Mix | Magnesium Citrate Powder | Raspberry Lemon
NET WT 16 OZ (453 g)
Supplement Facts
Serving Size 2 tsp (4 g)
Servings Per Container about 113
Amount Per Serving | % Daily Value
Calories | 5
Total Carbohydrate | 1 g | <1%*
Magnesium (as ionic magnesium citrate from magnesium carbonate and citric acid) | 325 mg | 77%
*Percent Daily Values are based on a 2,000 calorie diet.
Other Ingredients: Organic natural raspberry-lemon flavors, organic stevia.
Directions: Start with 1/2 teaspoon daily and gradually increase to 2 teaspoons daily as needed. Mix with 2-3 oz of hot water, let fizz, then fill with cool water.
Warning: If pregnant or nursing, taking medications, or have kidney disease, consult a healthcare professional before use.""",
 el=325, forms=["citrate", "carbonate"], dv=77, sc=113)

add("pw_thorne_bisgly_scoop", "en", "powder",
 "Modelled on Thorne Magnesium Bisglycinate powder: 1 scoop (3.95 g) = 200 mg 48% (200/420=47.6), 60 servings.",
"""THORNE
Magnesium Bisglycinate
Powder | Net Wt 8.36 oz (237 g)
Supplement Facts
Serving Size 1 Scoop (3.95 g)
Servings Per Container 60
Amount Per Serving | % Daily Value
Calories | 5
Magnesium (as Magnesium Bisglycinate) | 200 mg | 48%
Other Ingredients: Citric Acid, Monk Fruit Extract.
Suggested Use: Mix 1 scoop with 8 oz of water before bed or as recommended by your health-care professional.
Keep out of reach of children.""",
 el=200, forms=["glycinate"], dv=48, sc=60)

add("pw_electrolyte_stick", "en", "powder",
 "Modelled on LMNT-style electrolyte stick (6 g): sodium 1000 mg, potassium 200 mg, magnesium (malate) 60 mg 14% (60/420=14.3).",
"""LMNT
Electrolyte Drink Mix | Citrus Salt
30 Stick Packs | Net Wt 6.3 oz (180 g)
Supplement Facts
Serving Size 1 Stick Pack (6 g)
Servings Per Container 30
Amount Per Serving | % Daily Value
Calories | 10
Total Carbohydrate | 2 g | 1%*
Sodium (as sodium chloride) | 1000 mg | 43%
Potassium (as potassium chloride) | 200 mg | 4%
Magnesium (as magnesium malate) | 60 mg | 14%
*Percent Daily Values are based on a 2,000 calorie diet.
Other Ingredients: Citric acid, natural flavors, stevia leaf extract.
Directions: Mix one stick with 16-32 oz of water.""",
 el=60, forms=["malate"], dv=14, sc=30)

add("pw_dmm_5g", "en", "powder",
 "Modelled on a 'Magnesium Malate Powder' (di-magnesium malate) with 5 g scoop: 400 mg 95% (400/420=95.2).",
"""Magnesium Malate Powder
Unflavored | 500 g
Supplement Facts
Serving Size 1 Scoop (5 g)
Servings Per Container 100
Amount Per Serving | % Daily Value
Magnesium (as di-magnesium malate) | 400 mg | 95%
Other Ingredients: None.
Suggested Use: Mix 1 level scoop (5 g) in 8 oz of water or juice once daily. A 5 g scoop is enclosed.
Caution: Exceeding the serving may have a laxative effect.""",
 el=400, forms=["malate"], dv=95, sc=100)

add("pw_phosphate_sport", "en", "powder",
 "Modelled on a sport hydration powder using magnesium phosphate: 1 scoop (22 g) = 40 mg 10% (40/420=9.5).",
"""HYDRO+ Sport Hydration
Lemon Lime | 20 Servings
Supplement Facts
Serving Size 1 Scoop (22 g)
Servings Per Container 20
Amount Per Serving | % Daily Value
Calories | 80
Total Carbohydrate | 20 g | 7%*
Total Sugars | 19 g | **
Calcium (as tricalcium phosphate) | 50 mg | 4%
Magnesium (as magnesium phosphate) | 40 mg | 10%
Sodium (as sodium citrate) | 300 mg | 13%
Potassium (as potassium citrate) | 150 mg | 3%
* Percent Daily Values are based on a 2,000 calorie diet. ** Daily Value not established.
Other Ingredients: Cane sugar, dextrose, citric acid, natural flavors.
Directions: Mix 1 scoop with 16 fl oz of cold water.""",
 el=40, forms=["phosphate"], dv=10, sc=20)

# ---------------- liquids ----------------
add("lq_concentrace", "en", "liquid",
 "Modelled on Trace Minerals ConcenTrace drops (magnesium chloride brine): 1/2 tsp (2.5 mL) = Mg 250 mg 60% (250/420=59.5); chloride row 650 mg is the anion nutrient, not Mg.",
"""TRACE MINERALS
ConcenTrace® Trace Mineral Drops
2 fl oz (59 mL)
Supplement Facts
Serving Size 1/2 tsp (2.5 mL)
Servings Per Container 24
Amount Per Serving | % Daily Value
Magnesium (from magnesium chloride) | 250 mg | 60%
Chloride | 650 mg | 28%
Sodium | 5 mg | <1%
Potassium | 5 mg | <1%
Sulfate | 20 mg | *
Boron | 1 mg | *
*Daily Value not established.
Ingredients: Concentrated sea water from the Great Salt Lake.
Suggested Use: Add 1/4 tsp to water or juice twice daily with meals. Start with a small amount and increase gradually.
Caution: Do not take undiluted. If pregnant or nursing, consult your physician.""",
 el=250, forms=["chloride"], dv=60, sc=24)

add("lq_genestra_tbsp", "en", "liquid",
 "Transcribed from the Genestra Magnesium Glycinate Liquid page (unytii.com): 'Each tablespoon (15 ml) contains: Magnesium (magnesium glycinate) 250 mg'. Canadian format, no %DV.",
"""Genestra Brands
Magnesium Glycinate Formula
Liquid | 450 mL
Medicinal Ingredients
Each tablespoon (15 ml) contains:
Magnesium (magnesium glycinate) | 250 mg
Nonmedicinal ingredients: Purified water, glycerin, xylitol, DL-malic acid, concentrated apple juice, natural flavor, potassium sorbate, rebaudioside A (stevia leaf extract).
Adults: Take one tablespoon once or twice a day or as directed by your healthcare professional.
Shake well. Refrigerate after opening.""",
 el=250, forms=["glycinate"], dv=None, sc=30)

add("lq_ionic_dropper", "en", "liquid",
 "Modelled on ionic magnesium drops with a 1 mL dropper serving: 100 mg 24% (100/420=23.8), 60 servings (2 fl oz).",
"""Ionic Liquid Magnesium
Concentrated Drops | 2 fl oz (60 mL)
Supplement Facts
Serving Size 1 mL (1 full dropper)
Servings Per Container 60
Amount Per Serving | % Daily Value
Magnesium (as magnesium chloride) | 100 mg | 24%
Chloride | 290 mg | 13%
Other ingredients: Purified water.
Directions: Add 1 full dropper (1 mL) to 8 oz of water or juice, 1 to 3 times daily.
Warning: Do not exceed 3 mL per day unless directed by a healthcare professional.""",
 el=100, forms=["chloride"], dv=24, sc=60)

add("lq_citrate_tbsp", "en", "liquid",
 "Modelled on a liquid magnesium citrate supplement (e.g. 'Liquid Magnesium Citrate', 16 fl oz): 1 Tbsp (15 mL) = 300 mg 71% (300/420=71.4).",
"""Liquid Magnesium
Citrate Formula | Natural Berry Flavor
16 fl oz (473 mL)
Supplement Facts
Serving Size 1 Tablespoon (15 mL)
Servings Per Container about 31
Amount Per Serving | % Daily Value
Calories | 10
Total Carbohydrate | 2 g | <1%*
Magnesium (as magnesium citrate) | 300 mg | 71%
* Percent Daily Values are based on a 2,000 calorie diet.
Other ingredients: Purified water, glycerin, citric acid, natural berry flavor, potassium sorbate (preservative).
Directions: Adults take 1 tablespoon daily with food. Shake well. Refrigerate after opening.""",
 el=300, forms=["citrate"], dv=71, sc=31)

# ---------------- drug facts ----------------
add("df_phillips_15ml", "en", "drug_facts",
 "Transcribed from DailyMed Phillips' Original Milk of Magnesia (setid 0a57bb45-d4f7-443b-e054-00144ff8d46c): magnesium hydroxide 1200 mg per 15 mL; 'each (15 mL) contains: magnesium 500 mg' (1200x0.417=500). Elemental stated -> 500.",
"""Phillips'®
Milk of Magnesia | Original
Saline Laxative | 12 FL OZ (355 mL)
Drug Facts
Active ingredient (in each 15 mL) | Purpose
Magnesium hydroxide 1200 mg | Saline laxative
Use relieves occasional constipation (irregularity). This product usually produces bowel movement in 1/2 to 6 hours.
Warnings
Ask a doctor before use if you have: kidney disease; a magnesium-restricted diet; stomach pain, nausea, or vomiting; a sudden change in bowel habits that lasts over 14 days.
Ask a doctor or pharmacist before use if you are taking a prescription drug. This product may interact with certain prescription drugs.
Stop use and ask a doctor if you have rectal bleeding or no bowel movement after using this product, or you need to use a laxative for more than 1 week.
Keep out of reach of children. In case of overdose, get medical help or contact a Poison Control Center right away.
Directions
do not exceed the maximum recommended daily dose in a 24 hour period. shake well before use.
adults and children 12 years and older | 30 mL to 60 mL
children 6 to 11 years | 15 mL to 30 mL
children under 6 years | ask a doctor
Other information
each (15 mL) contains: magnesium 500 mg
store at room temperature. Avoid freezing.
Inactive ingredients purified water, sodium hypochlorite""",
 el=500, forms=["hydroxide"], dv=None, sc=None)

add("df_mom_5ml_generic", "en", "drug_facts",
 "Modelled on generic Milk of Magnesia (drugs.com Phillips' original/cherry/mint text): magnesium hydroxide 400 mg per 5 mL tsp, no elemental statement. Computed 400 x 0.417 = 166.8 mg; tol 20%.",
"""Milk of Magnesia
Saline Laxative / Antacid | Cherry
26 FL OZ (769 mL)
Drug Facts
Active ingredient (in each 5 mL tsp) | Purposes
Magnesium hydroxide 400 mg | Saline laxative/antacid
Uses: relieves occasional constipation (irregularity); relieves heartburn, acid indigestion, sour stomach.
Warnings
Ask a doctor before use if you have kidney disease or a magnesium-restricted diet.
When using this product as an antacid, it may have a laxative effect.
Stop use and ask a doctor if you have taken the maximum dose for 2 weeks.
Directions: do not exceed the maximum recommended daily dose in a 24 hour period. Shake well before use.
adults and children 12 years and older | laxative: 2 to 4 tablespoonsful | antacid: 1 to 3 teaspoonsful up to 4 times a day
children 6 to 11 years | 1 to 2 tablespoonsful | ask a doctor
children under 2 years | ask a doctor | ask a doctor
Inactive ingredients: carboxymethylcellulose sodium, citric acid, D&C red #28, flavor, glycerin, microcrystalline cellulose, propylene glycol, purified water, sorbitol, sugar, xanthan gum""",
 el=166.8, tol=20, forms=["hydroxide"], dv=None, sc=None)

add("df_mg_citrate_solution", "en", "drug_facts",
 "Modelled on OTC magnesium citrate oral solution (api.fda.gov Mg citrate label per magnesium.md): 1.745 g per fl oz; 'each fl oz contains: magnesium 290 mg'. Elemental stated -> 290.",
"""Magnesium Citrate
Oral Solution | Saline Laxative | Lemon Flavor
10 FL OZ (296 mL)
Drug Facts
Active ingredient (in each fl oz) | Purpose
Magnesium citrate 1.745 g | Saline laxative
Use for relief of occasional constipation. This product generally produces a bowel movement in 1/2 to 6 hours.
Warnings: Ask a doctor before use if you have kidney disease, a magnesium-restricted diet, or a sudden change in bowel habits that lasts over 2 weeks.
Directions: do not exceed the maximum recommended daily dose in a 24 hour period. Drink a full glass (8 oz) of liquid with each dose.
adults and children 12 years and older | 1/2 to 1 bottle (5 to 10 fl oz) in 24 hours
children 6 to 11 years | 1/3 to 1/2 bottle (3 to 5 fl oz)
children under 6 years | ask a doctor
Other information: each fl oz contains: magnesium 290 mg, potassium 4 mg. Refrigerate after opening.
Inactive ingredients: citric acid, flavor, polyethylene glycol, potassium bicarbonate, purified water, sodium saccharin.""",
 el=290, forms=["citrate"], dv=None, sc=None)

add("df_magox400", "en", "drug_facts",
 "Modelled on Mag-Ox 400 (api.fda.gov MgO antacid label): 'Magnesium oxide 400 mg (241.3 mg Elemental Magnesium)' per tablet.",
"""MAG-OX® 400
Magnesium Oxide Tablets USP
Antacid / Magnesium Supplement | 120 Tablets
Drug Facts
Active ingredient (in each tablet) | Purpose
Magnesium oxide 400 mg (241.3 mg Elemental Magnesium) | Antacid
Uses relieves heartburn, sour stomach, acid indigestion and upset stomach associated with these symptoms.
Warnings: Ask a doctor before use if you have kidney disease. Ask a doctor or pharmacist before use if you are presently taking a prescription drug; antacids may interact with certain prescription drugs.
Do not take more than 2 tablets in a 24 hour period, or use the maximum dosage for more than 2 weeks.
Directions: adults and children 12 years and older: take 1 or 2 tablets daily with water or as directed by a physician.
Inactive ingredients: microcrystalline cellulose, magnesium stearate, sodium starch glycolate, croscarmellose sodium, hypromellose, polyethylene glycol.""",
 el=241.3, forms=["oxide"], dv=None, sc=None)

add("df_alumag_antacid", "en", "drug_facts",
 "Modelled on a Maalox/Mylanta-type liquid: per 5 mL aluminum hydroxide 200 mg, magnesium hydroxide 200 mg, simethicone 20 mg. Computed 200 x 0.417 = 83.4 mg Mg; tol 20%.",
"""Antacid Liquid
Maximum Strength | Mint | 12 FL OZ (355 mL)
Drug Facts
Active ingredients (in each 5 mL teaspoon) | Purposes
Aluminum hydroxide (equivalent to dried gel, USP) 200 mg | Antacid
Magnesium hydroxide 200 mg | Antacid
Simethicone 20 mg | Antigas
Uses relieves: acid indigestion, heartburn, sour stomach, upset stomach, pressure and bloating commonly referred to as gas.
Warnings: Ask a doctor before use if you have kidney disease or a magnesium-restricted diet.
Directions: shake well before using. adults/children 12 years and older: take 2-4 teaspoonfuls between meals, at bedtime, or as directed by a doctor. Do not take more than 24 teaspoonfuls in 24 hours.
Other information: each teaspoon contains: sodium 1 mg.
Inactive ingredients: butylparaben, carboxymethylcellulose sodium, flavor, hypromellose, microcrystalline cellulose, propylparaben, purified water, saccharin sodium, sorbitol.""",
 el=83.4, tol=20, forms=["hydroxide"], dv=None, sc=None)

add("df_rolaids_tablet", "en", "drug_facts",
 "Modelled on Rolaids Regular Strength: per tablet calcium carbonate 550 mg + magnesium hydroxide 110 mg; label states 'magnesium 45 mg' per tablet (check: 110 x 0.417 = 45.9).",
"""ROLAIDS®
Regular Strength Antacid | Original Peppermint
150 Chewable Tablets
Drug Facts
Active ingredients (in each tablet) | Purpose
Calcium carbonate USP 550 mg | Antacid
Magnesium hydroxide USP 110 mg | Antacid
Uses relieves heartburn, acid indigestion, sour stomach, upset stomach associated with these symptoms.
Warnings: Ask a doctor or pharmacist before use if you are taking a prescription drug. Do not take more than 12 tablets in 24 hours or use the maximum dosage for more than 2 weeks.
Directions: chew 2-4 tablets as symptoms occur, or as directed by a doctor.
Other information: each tablet contains: calcium 220 mg, magnesium 45 mg.
Inactive ingredients: dextrose, flavors, magnesium stearate, pregelatinized starch, sucrose.""",
 el=45, forms=["hydroxide"], dv=None, sc=None)

add("df_epsom_salt", "en", "drug_facts",
 "Modelled on Epsom salt Drug Facts (DailyMed 1845ea0c..., magnesium.md): magnesium sulfate USP (heptahydrate); 'each level teaspoon contains: magnesium 495 mg'. Expected = per level teaspoon as stated.",
"""EPSOM SALT
Magnesium Sulfate USP | Saline Laxative
Soaking Aid | 4 LB (1.81 kg)
Drug Facts
Active ingredient | Purpose
Magnesium sulfate (heptahydrate) 100% | Saline laxative
Use for relief of occasional constipation. This product generally produces bowel movement in 1/2 to 6 hours.
Warnings: For oral use as a laxative only. Ask a doctor before use if you have kidney disease, a magnesium-restricted diet, or abdominal pain, nausea or vomiting.
Directions: dissolve the dose in 8 ounces of water. Do not exceed 2 doses in 24 hours.
adults and children 12 years and older | 2 to 4 level teaspoons
children 6 to under 12 years | 1 to 2 level teaspoons
children under 6 years | ask a doctor
Other information: each level teaspoon contains: magnesium 495 mg.
Soaking aid: dissolve 2 cups in a warm bath.""",
 el=495, forms=["sulfate"], dv=None, sc=None)

# ---------------- children ----------------
add("ch_kids_gummy", "en", "children",
 "Modelled on Calm Kids / Zarbee's-style children's magnesium gummies (ages 4+): 2 gummies = 40 mg 10% (40/420=9.5).",
"""Kids Magnesium Gummies
Calming Support* | Ages 4+ | Natural Cherry
60 Gummies
Supplement Facts
Serving Size 2 Gummies
Servings Per Container 30
Amount Per Serving | % Daily Value
Calories | 15
Total Carbohydrate | 4 g | 1%†
Total Sugars | 3 g | *
Includes 3 g Added Sugars | | 6%†
Magnesium (as magnesium citrate) | 40 mg | 10%
† Percent Daily Values are based on a 2,000 calorie diet. * Daily Value not established.
Other Ingredients: Cane sugar, tapioca syrup, pectin, citric acid, natural cherry flavor, vegetable juice (color).
Directions: Children 4 years and older: chew 2 gummies daily. Adult supervision recommended.
Warning: Choking hazard. Chew thoroughly before swallowing. Keep out of reach of children.""",
 el=40, forms=["citrate"], dv=10, sc=30)

add("ch_toddler_drops", "en", "children",
 "Modelled on toddler liquid drops with the 'Children 1 through 3 Years' %DV header: 1 mL = 20 mg, 25% (20/80=25, DV 80).",
"""Little Ones Magnesium Drops
For Toddlers 1-3 Years | 1 fl oz (30 mL)
Supplement Facts
Serving Size 1 mL
Servings Per Container 30
Amount Per Serving | % Daily Value for Children 1 through 3 Years of Age
Magnesium (as magnesium citrate) | 20 mg | 25%
Other Ingredients: Purified water, vegetable glycerin, natural orange flavor, citric acid, potassium sorbate.
Directions: Children 1-3 years: give 1 mL daily using the dropper provided, mixed into juice or food.
Warning: Do not exceed recommended dose. Consult your pediatrician before use.""",
 el=20, forms=["citrate"], dv=25, sc=30)

add("ch_kids_chewable_multi", "en", "children",
 "Modelled on Flintstones-type children's chewable multivitamin: 1 tablet (ages 4+) magnesium (oxide) 20 mg 5% (20/420=4.8); zinc oxide, calcium carbonate rows present.",
"""Kids Complete Chewables
Multivitamin with Iron | Fruit Flavors
120 Chewable Tablets
Supplement Facts
Serving Size 1 Chewable Tablet
Servings Per Container 120
Amount Per Serving | % Daily Value for Children 4 Years of Age and Older
Vitamin A | 300 mcg | 33%
Vitamin C (as ascorbic acid) | 60 mg | 67%
Vitamin D3 | 15 mcg (600 IU) | 75%
Calcium (as calcium carbonate) | 100 mg | 8%
Iron (as ferrous fumarate) | 9 mg | 50%
Magnesium (as magnesium oxide) | 20 mg | 5%
Zinc (as zinc oxide) | 6 mg | 55%
Copper (as cupric oxide) | 0.5 mg | 56%
Other Ingredients: Sorbitol, gelatin, natural and artificial flavors, stearic acid, magnesium stearate, sucralose.
Directions: Children 4 years and older: chew one tablet daily with food. Adult supervision required.
WARNING: Accidental overdose of iron-containing products is a leading cause of fatal poisoning in children under 6.""",
 el=20, forms=["oxide"], dv=5, sc=120)

add("ch_calm_kids_powder", "en", "children",
 "Modelled on Natural Vitality Calm Kids powder (ages 4+): 1 tsp (2 g) = 100 mg, 24% (100/420=23.8). Panel names only citrate; magnesium carbonate appears only in Other Ingredients (reactant), so forms = [citrate].",
"""CALM KIDS
Magnesium Citrate Drink Mix | Mixed Berry
Ages 4+ | Net Wt 4 oz (113 g)
Supplement Facts
Serving Size 1 tsp (2 g)
Servings Per Container about 56
Amount Per Serving | % Daily Value
Magnesium (as magnesium citrate) | 100 mg | 24%
Other Ingredients: Citric acid, magnesium carbonate, organic natural mixed berry flavors, organic stevia.
Directions: Children 4 years and older: mix 1 teaspoon with 4 oz of warm water, let fizz, then add cool water or juice. Use once daily.
Warning: Consult your pediatrician before use if your child has kidney disease.""",
 el=100, forms=["citrate"], dv=24, sc=56)

# ---------------- negatives ----------------
add("neg_zinc_citrate", "en", "negative",
 "Modelled on a zinc-only supplement (zinc citrate 30 mg, 273%); magnesium appears only as magnesium stearate excipient.",
"""Zinc Citrate 30 mg
Immune Support* | 120 Capsules
Supplement Facts
Serving Size 1 Capsule
Servings Per Container 120
Amount Per Serving | % Daily Value
Zinc (as zinc citrate) | 30 mg | 273%
Other Ingredients: Microcrystalline cellulose, hypromellose (capsule), magnesium stearate, silicon dioxide.
Suggested Use: Take 1 capsule daily with a meal.
Warning: Long-term intake of zinc above 40 mg per day may interfere with copper absorption.""",
 status="no_magnesium", el=None, tol=2, forms=[], dv=None, sc=120)

add("neg_vitd3", "en", "negative",
 "Modelled on a vitamin D3 5000 IU softgel label; no magnesium at all.",
"""Vitamin D3 5000 IU
High Potency | 240 Softgels
Supplement Facts
Serving Size 1 Softgel
Servings Per Container 240
Amount Per Serving | % Daily Value
Vitamin D3 (as cholecalciferol) | 125 mcg (5000 IU) | 625%
Other Ingredients: Extra virgin olive oil, softgel (gelatin, glycerin, purified water).
Suggested Use: Take 1 softgel daily with a meal, or as directed by your healthcare professional.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=240)

add("neg_calcium_citrate_d", "en", "negative",
 "Modelled on Citracal-type calcium citrate + D3 caplets; magnesium only as excipients (magnesium stearate, magnesium silicate).",
"""Calcium Citrate + D3
Petites | 200 Coated Caplets
Supplement Facts
Serving Size 2 Caplets
Servings Per Container 100
Amount Per Serving | % Daily Value
Vitamin D3 (as cholecalciferol) | 12.5 mcg (500 IU) | 63%
Calcium (as calcium citrate) | 400 mg | 31%
Other Ingredients: Calcium citrate, hypromellose, magnesium silicate, croscarmellose sodium, magnesium stearate, polyethylene glycol, titanium dioxide.
Directions: Take 2 caplets up to twice daily with or without food.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=100)

add("neg_iron_bisglycinate", "en", "negative",
 "Modelled on a Gentle Iron (ferrous bisglycinate chelate) label: bisglycinate present but iron only; magnesium stearate excipient.",
"""Gentle Iron 25 mg
Iron Bisglycinate Chelate | 90 Vegetarian Capsules
Supplement Facts
Serving Size 1 Capsule
Servings Per Container 90
Amount Per Serving | % Daily Value
Iron (as ferrous bisglycinate chelate) | 25 mg | 139%
Other Ingredients: Hypromellose, microcrystalline cellulose, magnesium stearate (vegetable source).
WARNING: Accidental overdose of iron-containing products is a leading cause of fatal poisoning in children under 6. Keep this product out of reach of children.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=90)

add("neg_potassium_citrate", "en", "negative",
 "Modelled on a potassium citrate 99 mg capsule label; magnesium only as magnesium stearate.",
"""Potassium Citrate 99 mg
Electrolyte Support | 180 Veg Capsules
Supplement Facts
Serving Size 1 Capsule
Servings Per Container 180
Amount Per Serving | % Daily Value
Potassium (as potassium citrate) | 99 mg | 2%
Other Ingredients: Cellulose (capsule), rice flour, magnesium stearate, silica.
Suggested Use: As a dietary supplement, take 1 capsule daily with food.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=180)
