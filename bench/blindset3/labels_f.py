# Label sources, part F (blind set 3): Drug Facts (laxatives, antacids, Epsom salt), topical products,
# UK / Canada / Australia labels, negatives.
from labels_e import add, L

# =====================================================================================================
# Drug Facts
# =====================================================================================================
add("df_phillips_chewable_311", "en", "drug_facts",
 "Modelled on Phillips' Chewable Tablets (DailyMed setid 0965c4e1-492d-1ffe-e054-00144ff88e88 / drugs.com): magnesium hydroxide 311 mg per tablet; no elemental statement on this label. Computed 311 x 0.417 = 129.7 mg per tablet; tol 20.",
"""Phillips'®
Chewable Tablets | Mint
Saline Laxative / Antacid | 100 Chewable Tablets
Drug Facts
Active ingredient (in each tablet) | Purposes
Magnesium hydroxide 311 mg | Saline laxative/antacid
Uses Laxative: relieves occasional constipation (irregularity); this product usually causes bowel movement in ½ to 6 hours. Antacid: relieves heartburn, sour stomach, acid indigestion, upset stomach associated with these symptoms.
Warnings
Ask a doctor before use if you have kidney disease; a magnesium-restricted diet; stomach pain, nausea, or vomiting; a sudden change in bowel habits that lasts over 14 days.
Ask a doctor or pharmacist before use if you are presently taking a prescription drug. Antacids may interact with certain prescription drugs.
When using this product as an antacid, it may have a laxative effect.
Keep out of reach of children. In case of overdose, get medical help or contact a Poison Control Center right away.
Directions
do not exceed the maximum recommended daily dose in a 24 hour period. Laxative: drink a full glass (8 oz) of liquid with each dose.
age | laxative | antacid
adults and children 12 years and older | chew 8 tablets | chew 2 to 4 tablets up to 4 times a day
children 6 to 11 years | chew 4 tablets | ask a doctor
children 3 to 5 years | chew 2 tablets | ask a doctor
children under 3 years | ask a doctor | ask a doctor
Other information store at room temperature.
Inactive ingredients dextrose, flavor, magnesium stearate, starch, sucrose""",
 el=129.7, tol=20, forms=["hydroxide"], dv=None, sc=None)

add("df_pedialax_chewable_400", "en", "drug_facts",
 "Modelled on Pedia-Lax Saline Laxative chewable tablets for children (Fleet): magnesium hydroxide 400 mg per tablet; Other information states 'magnesium 165 mg' (400 x 0.417 = 166.8), stated figure used (tol 2).",
"""Pedia-Lax®
Saline Laxative | Chewable Tablets
For Children Ages 2-11 | Watermelon Flavor | 30 Tablets
Drug Facts
Active ingredient (in each tablet) | Purpose
Magnesium hydroxide 400 mg | Saline laxative
Use relieves occasional constipation. Generally produces bowel movement in ½ to 6 hours.
Warnings
Ask a doctor before use if your child has kidney disease, a magnesium-restricted diet, stomach pain, nausea or vomiting, or a sudden change in bowel habits that lasts over 2 weeks.
Stop use and ask a doctor if your child has rectal bleeding or no bowel movement after use.
Keep out of reach of children.
Directions
chew tablets thoroughly; give a full glass (8 oz) of liquid with each dose
children 6 to under 12 years | 3 to 6 tablets per day
children 2 to under 6 years | 1 to 3 tablets per day
children under 2 years | ask a doctor
Other information each tablet contains: magnesium 165 mg. Store at 20-25°C (68-77°F).
Inactive ingredients citric acid, flavor, magnesium stearate, mannitol, sucralose, D&C red #27 aluminum lake""",
 el=165, forms=["hydroxide"], dv=None, sc=None)

add("df_phillips_caplets_oxide500", "en", "drug_facts",
 "Modelled on Phillips' Laxative Caplets (magnesium oxide): magnesium oxide 500 mg per caplet; Other information 'each caplet contains: magnesium 300 mg' (500 x 0.603 = 301.5); stated figure used.",
"""Phillips'®
Laxative Caplets
Gentle, Dependable Relief | Cramp Free | 24 Caplets
Drug Facts
Active ingredient (in each caplet) | Purpose
Magnesium oxide 500 mg | Saline laxative
Use for relief of occasional constipation (irregularity). This product generally produces bowel movement in ½ to 6 hours.
Warnings
Ask a doctor before use if you have kidney disease; a magnesium-restricted diet; abdominal pain, nausea, or vomiting; noticed a sudden change in bowel habits that persists over a period of 2 weeks.
Stop use and ask a doctor if you have rectal bleeding or fail to have a bowel movement after use of a laxative.
Directions
take with a full glass (8 oz) of liquid
adults and children 12 years and older | take 2 to 4 caplets once daily
children under 12 years | ask a doctor
Other information each caplet contains: magnesium 300 mg. Store at room temperature.
Inactive ingredients crospovidone, hypromellose, magnesium stearate, microcrystalline cellulose, polyethylene glycol, sodium lauryl sulfate, titanium dioxide""",
 el=300, forms=["oxide"], dv=None, sc=None)

add("df_mgcitrate_bottle_10floz", "en", "drug_facts",
 "Modelled on store-brand magnesium citrate oral solution labelled per bottle (cf. DailyMed Citrate of Magnesia labels: 1.745 g per fl oz, magnesium 290 mg per fl oz): here 'in each 10 fl oz bottle' 17.45 g and 'each bottle contains: magnesium 2,900 mg' (10 x 290); unit = bottle, stated figure used.",
"""Citrate of Magnesia
Oral Solution | Saline Laxative | Cherry Flavor
10 FL OZ (296 mL)
Drug Facts
Active ingredient (in each 10 fl oz bottle) | Purpose
Magnesium citrate 17.45 g | Saline laxative
Use for relief of occasional constipation (irregularity). Generally produces bowel movement in ½ to 6 hours.
Warnings
Do not use if you are on a low salt diet.
Ask a doctor before use if you have kidney disease, a magnesium or sodium-restricted diet, abdominal pain, nausea, or vomiting.
Directions
drink a full glass (8 ounces) of liquid with each dose; may be taken as a single daily dose or in divided doses
adults and children 12 years and older | 6.5 to 10 fl oz, maximum 10 fl oz in 24 hours
children 6 to under 12 years | 3 to 7 fl oz, maximum 7 fl oz in 24 hours
children 2 to under 6 years | 2 to 3 fl oz, maximum 3 fl oz in 24 hours
children under 2 years | ask a doctor
Other information each bottle contains: magnesium 2,900 mg, sodium 450 mg. Refrigerate after opening; discard unused product within 24 hours of opening.
Inactive ingredients citric acid, flavor, polyethylene glycol, purified water, red 40, sodium bicarbonate, sodium saccharin""",
 el=2900, forms=["citrate"], dv=None, sc=None)

add("df_mgcitrate_300ml_computed", "en", "drug_facts",
 "Modelled on a 300 mL magnesium citrate oral solution (European/Canadian bottle size, e.g., Citro-Mag style, laid out as Drug Facts): 'in each 300 mL' magnesium citrate 17.7 g; no elemental statement. Computed 17,700 x 0.162 = 2,867 mg per bottle; tol 20.",
"""Magnesium Citrate
Oral Solution | Lemon | Bowel Preparation & Laxative
300 mL
Drug Facts
Active ingredient (in each 300 mL) | Purpose
Magnesium citrate 17.7 g | Saline laxative
Use for relief of occasional constipation and for bowel cleansing when directed by a doctor.
Warnings
Ask a doctor before use if you have kidney disease, heart disease, or a magnesium-restricted diet.
Ask a doctor or pharmacist before use if you are taking any other drug. Take this product 2 or more hours before or after other drugs.
Directions
adults and children 12 years and older | ½ to 1 bottle (150 to 300 mL) in 24 hours
children 6 to 11 years | ask a doctor
Drink at least 2 full glasses of water after each dose. Chill for better taste.
Other information sodium 100 mg per bottle. Store at 15-30°C.
Inactive ingredients citric acid, potassium bicarbonate, purified water, lemon flavor, sodium saccharin""",
 el=2867.4, tol=20, forms=["citrate"], dv=None, sc=None)

add("df_pepcid_complete", "en", "drug_facts",
 "Transcribed in part from the Pepcid Complete Drug Facts (DailyMed setid e874118f-b4fe-4c80-aece-99ea20e7e805): per chewable tablet famotidine 10 mg, calcium carbonate 800 mg, magnesium hydroxide 165 mg; no elemental statement. Computed 165 x 0.417 = 68.8 mg; tol 20. Calcium carbonate is not a Mg form.",
"""PEPCID® COMPLETE
Acid Reducer + Antacid
Famotidine, Calcium Carbonate and Magnesium Hydroxide Chewable Tablets
Berry Flavor | 50 Chewable Tablets
Drug Facts
Active ingredients (in each chewable tablet) | Purposes
Famotidine 10 mg | Acid reducer
Calcium carbonate 800 mg | Antacid
Magnesium hydroxide 165 mg | Antacid
Use relieves heartburn associated with acid indigestion and sour stomach
Warnings
Allergy alert: Do not use if you are allergic to famotidine or other acid reducers.
Ask a doctor before use if you have had heartburn over 3 months; frequent chest pain; stomach pain; kidney disease.
Stop use and ask a doctor if your heartburn continues or worsens, or you need to take this product for more than 14 days.
Directions
adults and children 12 years and over: do not swallow tablet whole, chew completely. To relieve symptoms, chew 1 tablet before swallowing. Do not use more than 2 chewable tablets in 24 hours.
children under 12 years: ask a doctor
Other information each tablet contains: calcium 320 mg. Store at 20-25°C (68-77°F). Protect from moisture.
Inactive ingredients cellulose acetate, corn starch, dextrates, flavors, hypromellose, magnesium stearate, mannitol, red no. 40 aluminum lake, sugar""",
 el=68.8, tol=20, forms=["hydroxide"], dv=None, sc=None)

add("df_rolaids_ultra_strength", "en", "drug_facts",
 "Modelled on Rolaids Ultra Strength chewable tablets: calcium carbonate 1000 mg + magnesium hydroxide 200 mg per tablet; Other information states 'magnesium 83 mg' (200 x 0.417 = 83.4); stated figure used.",
"""ROLAIDS®
Ultra Strength | Mixed Berry
Antacid | 72 Chewable Tablets
Drug Facts
Active ingredients (in each tablet) | Purpose
Calcium carbonate USP 1000 mg | Antacid
Magnesium hydroxide USP 200 mg | Antacid
Uses relieves heartburn, acid indigestion, sour stomach, upset stomach associated with these symptoms
Warnings
Ask a doctor or pharmacist before use if you are taking a prescription drug. Antacids may interact with certain prescription drugs.
When using this product do not take more than 7 tablets in 24 hours; do not use the maximum dosage for more than 2 weeks.
Keep out of reach of children.
Directions
adults and children 12 years and over: chew 2-3 tablets as symptoms occur, or as directed by a doctor
Other information each tablet contains: calcium 400 mg, magnesium 83 mg. Do not use if printed seal under cap is torn or missing.
Inactive ingredients dextrose, flavors, magnesium stearate, pregelatinized starch, sucralose, sucrose, red 27 lake""",
 el=83, forms=["hydroxide"], dv=None, sc=None)

add("df_mylanta_max_liquid", "en", "drug_facts",
 "Modelled on Mylanta Maximum Strength liquid: per 5 mL aluminum hydroxide 400 mg, magnesium hydroxide 400 mg, simethicone 40 mg; no elemental statement. Computed 400 x 0.417 = 166.8 mg per 5 mL; tol 20.",
"""MYLANTA®
Maximum Strength
Antacid / Anti-Gas Liquid | Classic Flavor
12 FL OZ (355 mL)
Drug Facts
Active ingredients (in each 5 mL teaspoon) | Purposes
Aluminum hydroxide 400 mg | Antacid
Magnesium hydroxide 400 mg | Antacid
Simethicone 40 mg | Antigas
Uses for the relief of acid indigestion, heartburn, sour stomach, upset stomach associated with these symptoms, pressure and bloating commonly referred to as gas
Warnings
Ask a doctor before use if you have kidney disease or a magnesium-restricted diet.
Ask a doctor or pharmacist before use if you are taking a prescription drug. Antacids may interact with certain prescription drugs.
Stop use and ask a doctor if symptoms last more than 2 weeks.
Directions
shake well before use; only use the enclosed dosing cup
adults and children 12 years and older | 10-20 mL between meals, at bedtime, or as directed by a doctor; do not take more than 60 mL in 24 hours
children under 12 years | ask a doctor
Other information each 5 mL teaspoon contains: sodium 3 mg. Do not freeze.
Inactive ingredients butylparaben, carboxymethylcellulose sodium, flavor, hydroxypropyl cellulose, microcrystalline cellulose, propylparaben, purified water, sorbitol""",
 el=166.8, tol=20, forms=["hydroxide"], dv=None, sc=None)

add("df_gaviscon_es_chewable", "en", "drug_facts",
 "Modelled on Gaviscon Extra Strength chewable tablets (drugs.com NDC 0135-0098): aluminum hydroxide 160 mg + magnesium carbonate 105 mg per tablet; no elemental statement. Computed 105 x 0.288 = 30.2 mg; tol 20 (basic carbonate at ~25 % would give 26 mg, inside).",
"""GAVISCON®
Extra Strength
Antacid | Cool Mint | 100 Chewable Tablets
Drug Facts
Active ingredients (in each tablet) | Purposes
Aluminum hydroxide 160 mg | Antacid
Magnesium carbonate 105 mg | Antacid
Uses relieves acid indigestion, heartburn, sour stomach, upset stomach associated with these symptoms
Warnings
Ask a doctor or pharmacist before use if you are taking a prescription drug, or if you are on a sodium-restricted diet.
When using this product do not take more than 16 tablets in 24 hours; do not use the maximum dosage for more than 2 weeks.
Directions
chew 2-4 tablets four times a day or as directed by a doctor; take after meals and at bedtime or as needed; for best results follow by a half glass of water. DO NOT SWALLOW WHOLE.
Other information each tablet contains: sodium 29.9 mg. Store at controlled room temperature in a dry place.
Inactive ingredients alginic acid, calcium stearate, flavor, sodium bicarbonate, stearic acid, sucrose""",
 el=30.2, tol=20, forms=["carbonate"], dv=None, sc=None)

add("df_epsom_humco_tsp490", "en", "drug_facts",
 "Modelled on Humco / Walgreens Epsom Salt Drug Facts (cf. DailyMed 1845ea0c...): magnesium sulfate heptahydrate USP; Other information 'each level teaspoon (about 5 g) contains: magnesium 490 mg' (5 g x 0.0986 = 493); per the Epsom convention the stated per-level-teaspoon figure is used.",
"""HUMCO®
Epsom Salt
Magnesium Sulfate USP | Saline Laxative
Net Wt 1 lb (454 g)
Drug Facts
Active ingredient | Purpose
Magnesium sulfate heptahydrate USP 100% | Saline laxative
Use for relief of occasional constipation. This product generally produces bowel movement in ½ to 6 hours.
Warnings
For oral use as a laxative only. Ask a doctor before use if you have kidney disease, a magnesium-restricted diet, or abdominal pain, nausea or vomiting.
Stop use and ask a doctor if you have rectal bleeding or no bowel movement after use.
Directions
dissolve dose in 8 ounces of water; the dose may be taken once a day or in divided doses. Do not exceed 2 doses in 24 hours.
adults and children 12 years and over | 2 to 4 level teaspoons
children 6 to under 12 years | 1 to 2 level teaspoons
children under 6 years | ask a doctor
Other information each level teaspoon (about 5 g) contains: magnesium 490 mg. Store at room temperature in a tightly closed container.
Soaking aid: dissolve 2 cups per gallon of warm water.""",
 el=490, forms=["sulfate"], dv=None, sc=None)

add("df_epsom_per_tsp_compound", "en", "drug_facts",
 "Modelled on an Epsom salt Drug Facts that names the unit in 'Active ingredient (in each level teaspoon)' with a compound weight and no magnesium statement (e.g., Sky Organics / Epsoak USP-style). Computed 4.8 g x 0.0986 (heptahydrate) = 473 mg per level teaspoon; tol 20.",
"""Epsoak®
Epsom Salt USP
Magnesium Sulfate | Laxative & Soaking Aid
4 lb (1.81 kg) Resealable Bag
Drug Facts
Active ingredient (in each level teaspoon) | Purpose
Magnesium sulfate heptahydrate 4.8 g | Saline laxative
Use relieves occasional constipation. Generally produces bowel movement in ½ to 6 hours.
Warnings
Ask a doctor before use if you have kidney disease, a magnesium-restricted diet, stomach pain, nausea or vomiting, or a sudden change in bowel habits lasting more than 2 weeks.
Keep out of reach of children.
Directions
dissolve in a full glass (8 oz) of water and drink
adults and children 12 years and older | 2 to 6 level teaspoons daily
children 6 to 11 years | 1 to 2 level teaspoons daily
children under 6 years | ask a doctor
External use: add 2 cups to a warm bath and soak for 12 minutes.
Other information store in a cool, dry place.""",
 el=473, tol=20, forms=["sulfate"], dv=None, sc=None)

add("df_mom_concentrated_2400", "en", "drug_facts",
 "Modelled on Phillips' Concentrated Milk of Magnesia (DailyMed setid 0a80bfdc-2657-50f8-e054-00144ff8d46c: magnesium hydroxide 2400 mg per 15 mL); the Other information line here states 'magnesium 1000 mg' per 15 mL (2400 x 0.417 = 1000.8); stated figure used.",
"""Phillips'®
Milk of Magnesia | CONCENTRATED
Fresh Strawberry | Saline Laxative
8 FL OZ (236 mL)
Drug Facts
Active ingredient (in each 15 mL) | Purpose
Magnesium hydroxide 2400 mg | Saline laxative
Use relieves occasional constipation (irregularity). This product usually produces bowel movement in ½ to 6 hours.
Warnings
Ask a doctor before use if you have kidney disease; a magnesium-restricted diet; stomach pain, nausea, or vomiting.
Stop use and ask a doctor if you have rectal bleeding or no bowel movement after using this product, or you need to use a laxative for more than 1 week.
Directions
shake well before use; only use the dosing cup provided
adults and children 12 years and older | 15 mL to 30 mL
children 6 to 11 years | 7.5 mL to 15 mL
children under 6 years | ask a doctor
Other information each 15 mL contains: magnesium 1000 mg. Avoid freezing.
Inactive ingredients citric acid, D&C red #28, flavor, glycerin, purified water, sodium hypochlorite, sorbitol, sugar, xanthan gum""",
 el=1000, forms=["hydroxide"], dv=None, sc=None)

add("df_mom_unitdose_30ml", "en", "drug_facts",
 "Modelled on hospital unit-dose Milk of Magnesia cups (e.g., Precision Dose / Major 30 mL cups): 'in each 30 mL' magnesium hydroxide 2400 mg; no elemental statement. Computed 2400 x 0.417 = 1000.8 mg; tol 20.",
"""Milk of Magnesia
Unit Dose Cup | 30 mL | Rx Only Packaging for Institutional Use
Saline Laxative
Drug Facts
Active ingredient (in each 30 mL) | Purpose
Magnesium hydroxide 2400 mg | Saline laxative
Use relieves occasional constipation (irregularity).
Warnings
Ask a doctor before use if you have kidney disease or a magnesium-restricted diet.
Directions
adults and children 12 years and older | 30 mL to 60 mL once daily at bedtime
children under 12 years | ask a doctor
Other information store at 20-25°C (68-77°F). Do not freeze. Peel lid to open.
Inactive ingredients purified water""",
 el=1000.8, tol=20, forms=["hydroxide"], dv=None, sc=None)

# =====================================================================================================
# Topical products (status ok only because an amount per serving is declared)
# =====================================================================================================
add("tp_ancient_minerals_oil_spray", "en", "topical",
 "Modelled on Ancient Minerals Magnesium Oil Ultra Pure spray (magnesium chloride brine; amounts approximate): a per-serving amount is declared: 4 sprays (0.5 mL) = 56 mg elemental; per-bottle figure is a trap. 'About 470 servings per bottle' printed -> 470.",
"""ANCIENT MINERALS®
Magnesium Oil Ultra Pure
Genuine Zechstein™ Magnesium Chloride | Topical Spray
8 fl oz (237 mL)
Elemental Magnesium Content | Per Serving (4 sprays, 0.5 mL) | Per Bottle
Magnesium (from magnesium chloride) | 56 mg | 26,500 mg
Servings per bottle: about 470.
Ingredients: Magnesium chloride (from the Zechstein Sea), purified water.
Directions: Spray 4 to 8 times onto arms, legs and stomach and massage thoroughly into skin. Leave on for at least 20 minutes, then rinse if desired.
Caution: For external use only. Avoid contact with eyes and mucous membranes. A temporary tingling sensation may occur. Do not apply to broken skin.""",
 el=56, forms=["chloride"], dv=None, sc=470)

add("tp_betteryou_uk_spray", "en", "topical",
 "Modelled on BetterYou Magnesium Oil Original Spray (UK): per spray 15 mg and per 10 sprays (recommended daily use) 150 mg; by analogy with the EU per-unit / per-daily-dose rule the daily use (10 sprays) is the serving: 150 mg; per spray -> elemental_alt_mg. 'Approx. 100 daily applications' printed -> 100.",
"""BetterYou™
Magnesium Oil
Original Spray | Transdermal Magnesium
100 ml
Elemental Magnesium Content | Per spray | Per 10 sprays (daily use)
Magnesium | 15 mg | 150 mg
Approx. 100 daily applications per bottle.
Ingredients: Aqua (Purified Water), Magnesium Chloride.
Directions: Apply 10 sprays daily to the arms, legs and torso and massage in well. Use after a bath or shower for best results. Children: 5 sprays daily.
Caution: For external use only. Do not use on broken or sensitive skin. Keep out of reach of children.""",
 el=150, forms=["chloride"], dv=None, sc=100, elemental_alt_mg=15)

add("tp_bath_flakes_chloride", "en", "topical",
 "Modelled on magnesium chloride bath flakes (Ancient Minerals Bath Flakes / Westlab-style): the label declares a serving (1 full bath = 2 cups, approx. 400 g) providing approx. 48,000 mg elemental magnesium (400 g x 0.12 hexahydrate = 48 g). 'About 4 baths per bag' printed -> 4.",
"""Magnesium Bath Flakes
Pure Magnesium Chloride Hexahydrate | Unscented
Muscle Soak | 1.65 kg (3.6 lb)
Elemental Magnesium Content | Per Serving (1 full bath = 2 cups, approx. 400 g)
Magnesium (from magnesium chloride hexahydrate) | approx. 48,000 mg
About 4 baths per bag.
Ingredients: Magnesium chloride hexahydrate.
Directions: Dissolve 2 cups of flakes in a warm bath and soak for at least 20 minutes. For a foot soak, dissolve ½ cup in a basin of warm water.
Caution: For external use only. Not for internal consumption. Keep out of reach of children. Do not use on broken skin.""",
 el=48000, forms=["chloride"], dv=None, sc=4)

# =====================================================================================================
# UK / Canada / Australia
# =====================================================================================================
add("uk_hollandbarrett_citrate", "en", "intl",
 "Modelled on Holland & Barrett Magnesium Citrate tablets (UK, NRV): per 2 tablets 300 mg, 300/375 = 80 % NRV. 120 tablets / 2 = 60.",
"""Holland & Barrett
Magnesium Citrate
Food Supplement | 120 Tablets | 60 Days
Nutritional Information | Per 2 Tablets | %NRV*
Magnesium | 300mg | 80%
*NRV = Nutrient Reference Value
Ingredients: Magnesium Citrate, Bulking Agent (Microcrystalline Cellulose), Anti-caking Agents (Magnesium Stearate, Silicon Dioxide), Coating (Hydroxypropyl Methylcellulose).
Directions: Adults take 2 tablets daily with water, with or after a meal.
Do not exceed the recommended daily intake. Food supplements must not be used as a substitute for a varied and balanced diet and a healthy lifestyle. Keep out of reach of children.""",
 el=300, forms=["citrate"], dv=80, sc=60, _dvb=375)

add("uk_naturesbest_bisgly_ofwhich", "en", "intl",
 "Modelled on Nature's Best / Healthspan Magnesium Bisglycinate capsules (UK): per 2 capsules bisglycinate 1,500mg of which magnesium 210mg (1500 x 0.141 = 211.5); 210/375 = 56 % NRV. 60 capsules / 2 = 30.",
"""Nature's Best
Magnesium Bisglycinate
Gentle | Highly Absorbable | 60 Capsules
Food Supplement
Nutrition Information | Per 2 Capsules | %NRV
Magnesium Bisglycinate | 1,500mg | †
of which Magnesium | 210mg | 56%
NRV = Nutrient Reference Value. † No NRV established.
Ingredients: Magnesium Bisglycinate, Capsule Shell (Hydroxypropyl Methylcellulose).
Directions: Take 2 capsules a day with water, ideally in the evening.
Do not exceed the recommended daily intake. Keep out of sight and reach of children.""",
 el=210, forms=["glycinate"], dv=56, sc=30, _dvb=375)

add("ca_naturalfactors_citrate_each", "en", "intl",
 "Modelled on Natural Factors Magnesium Citrate 150 mg capsules (Canada NHP format): 'Each capsule contains: Magnesium (magnesium citrate) 150 mg'. Dose range 1-3 capsules, so no serving is defined: serving_count null (follows the previous set's Canadian convention).",
"""NATURAL FACTORS®
Magnesium Citrate
150 mg | 90 Capsules
Medicinal Ingredients
Each capsule contains:
Magnesium (magnesium citrate) | 150 mg
Non-medicinal ingredients: microcrystalline cellulose, magnesium stearate, silicon dioxide; capsule: gelatin, purified water.
Recommended Dose (Adults): Take 1-3 capsules daily with food or as directed by a health care practitioner. Take a few hours before or after taking other medications or natural health products.
Cautions and Warnings: Consult a health care practitioner prior to use if you have kidney disease. Keep out of reach of children.""",
 el=150, forms=["citrate"], dv=None, sc=None)

add("ca_canprev_bisgly_each2", "en", "intl",
 "Modelled on CanPrev Magnesium Bis-Glycinate 200 Gentle (Canada): 'Each 2 vegicaps contain: Magnesium (Magnesium bisglycinate) 200 mg' -> 200 mg per 2-capsule serving; 120 vegicaps / 2 = 60 implied servings (serving defined by the panel, unlike the 'each capsule' Canadian labels).",
"""CanPrev®
Magnesium Bis-Glycinate 200 Gentle
Muscle Function & Relaxation | 120 Vegicaps
Medicinal Ingredients
Each 2 vegicaps contain:
Magnesium (Magnesium bisglycinate) | 200 mg
Non-Medicinal Ingredients: Hypromellose (capsule), microcrystalline cellulose.
Recommended Dose: Adults: Take 2 capsules 1-2 times per day with food. Take at least 2 hours before or after other medications.
Risk Information: Consult a health care practitioner prior to use if you are pregnant or breastfeeding. Hypersensitivity (e.g. allergy) has been known to occur, in which case discontinue use.""",
 el=200, forms=["glycinate"], dv=None, sc=60)

add("au_blackmores_bio_magnesium", "en", "intl",
 "Modelled on Blackmores Bio Magnesium (Australia; amounts re-computed): each tablet lists compound weights and 'equiv. magnesium 141 mg' (200 mg MgO x 0.603 = 120.6 + 100 mg Mg3(PO4)2.5H2O x 0.207 = 20.7 -> 141.3). Stated equivalent used (tol 2). Other 'equiv.' lines (manganese, pyridoxine) are not Mg. 'Each tablet' with dose 1 tablet twice a day: serving_count null (Canada/Australia 'each unit' convention).",
"""BLACKMORES®
Bio Magnesium
Muscle Cramps & Spasms | 50 Tablets
Each tablet contains:
Magnesium oxide-heavy | 200 mg
Magnesium phosphate pentahydrate | 100 mg
Equiv. magnesium | 141 mg
Colecalciferol (Vitamin D3 50 IU) | 1.25 microgram
Manganese amino acid chelate | 5 mg
Equiv. manganese | 500 microgram
Pyridoxine hydrochloride (vitamin B6) | 50 mg
Equiv. pyridoxine | 41.1 mg
Directions for use: Adults - Take 1 tablet twice a day with meals, or as professionally prescribed.
Always read the label and follow the directions for use. Vitamin supplements should not replace a balanced diet. Contains no added gluten, wheat, milk, artificial colours or flavours.""",
 el=141, forms=["oxide", "phosphate"], dv=None, sc=None)

add("au_ethical_nutrients_powder", "en", "intl",
 "Modelled on Ethical Nutrients Mega Magnesium powder (Australia; amounts approximate): 'Each 6.5 g dose contains' compound weights and 'Equiv. magnesium 300 mg'; stated equivalent used. 'Contains approx. 30 doses' printed -> 30.",
"""ETHICAL NUTRIENTS
Mega Magnesium
Powder | Citrus Flavour | 200 g
Each 6.5 g dose contains:
Magnesium citrate | 1.5 g
Magnesium amino acid chelate | 1.0 g
Equiv. magnesium | 300 mg
Potassium citrate | 250 mg
Equiv. potassium | 95 mg
Pyridoxal 5-phosphate monohydrate | 10 mg
Contains approx. 30 doses.
Directions for use: Adults: Dissolve 1 level scoop (6.5 g) in 200 mL of water once daily, or as professionally prescribed.
Always read the label and follow the directions for use. If symptoms persist, talk to your health professional.""",
 el=300, forms=["citrate", "amino_acid_chelate"], dv=None, sc=30)

# =====================================================================================================
# Negatives (no magnesium source)
# =====================================================================================================
add("neg_melatonin_stearate", "en", "negative",
 "Modelled on Natrol / Nature Made Melatonin 5 mg tablets (a sleep product); the only magnesium is magnesium stearate (excipient).",
"""Natrol®
Melatonin 5 mg
Sleep Support* | Fast Dissolve | Strawberry
90 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 90
Amount Per Serving | % Daily Value
Calcium | 15 mg | 1%
Melatonin | 5 mg | *
*Daily Value not established.
Other Ingredients: Xylitol, Microcrystalline Cellulose, Dicalcium Phosphate, Crospovidone, Natural Strawberry Flavor, Magnesium Stearate, Silica, Stearic Acid.
Suggested Use: Adults take 1 tablet 20 minutes before bedtime. Do not take more than 1 tablet in 24 hours.
Caution: Do not drive or operate machinery after taking. Not for use by pregnant or nursing women.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=90)

add("neg_caltrate_600d3", "en", "negative",
 "Modelled on Caltrate 600+D3 (calcium-only product): calcium carbonate 600 mg + D3; magnesium appears only as magnesium stearate.",
"""Caltrate®
600+D3
Calcium Carbonate | Vitamin D3 Supplement
120 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 120
Amount Per Serving | % Daily Value
Vitamin D3 (as cholecalciferol) | 20 mcg (800 IU) | 100%
Calcium (as calcium carbonate) | 600 mg | 46%
Sodium | 5 mg | <1%
Ingredients: Calcium Carbonate, Maltodextrin, Mineral Oil, Hypromellose, Glycerin, Cholecalciferol (Vit. D3), Crospovidone, Magnesium Stearate, Titanium Dioxide, Soy Lecithin, dl-Alpha Tocopherol.
Suggested Use: Take one tablet twice daily with food. Do not exceed suggested use.
Keep out of reach of children.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=120)

add("neg_manganese_citrate", "en", "negative",
 "Modelled on a manganese-only supplement (e.g., Solaray / NOW Manganese 10 mg): Manganese (Mn) must not be read as magnesium; no magnesium at all.",
"""SOLARAY®
Manganese 10 mg
Bone & Connective Tissue Support* | 100 VegCaps
Supplement Facts
Serving Size 1 VegCap
Servings Per Container 100
Amount Per Serving | % Daily Value
Manganese (as manganese citrate) | 10 mg | 435%
Other Ingredients: Vegetable cellulose capsule, cellulose, stearic acid.
Recommended Use: Take one VegCap daily with a meal or glass of water.
Warning: Do not exceed 11 mg of manganese per day from all sources.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=100)

add("neg_tums_calcium_drugfacts", "en", "negative",
 "Modelled on Tums Extra Strength 750 Drug Facts (calcium carbonate antacid); no magnesium at all.",
"""TUMS®
Extra Strength 750
Antacid | Assorted Berries | 96 Chewable Tablets
Drug Facts
Active ingredient (in each tablet) | Purpose
Calcium carbonate USP 750 mg | Antacid
Uses relieves heartburn, sour stomach, acid indigestion, upset stomach associated with these symptoms
Warnings
Ask a doctor or pharmacist before use if you are presently taking a prescription drug. Antacids may interact with certain prescription drugs.
When using this product do not take more than 10 tablets in 24 hours; if pregnant do not take more than 6 tablets in 24 hours.
Directions
adults and children 12 years of age and older: chew 2-4 tablets as symptoms occur or as directed by a doctor
Other information each tablet contains: elemental calcium 300 mg. Store below 30°C (86°F).
Inactive ingredients sucrose, corn starch, talc, mineral oil, natural and artificial flavors, adipic acid, sodium polyphosphate, red 40 lake, blue 1 lake""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=None)

add("neg_glycine_powder", "en", "negative",
 "Modelled on NOW Glycine powder (3 g serving); 'glycine' alone is not a magnesium glycinate source; no magnesium at all.",
"""NOW®
Glycine Pure Powder
Calming Neurotransmitter* | Net Wt 1 lb (454 g)
Supplement Facts
Serving Size 1 Level Teaspoon (3 g)
Servings Per Container about 151
Amount Per Serving | % Daily Value
Glycine (free-form) | 3 g | *
*Daily Value not established.
Other Ingredients: None.
Suggested Use: As a dietary supplement, take 1 level teaspoon daily with a beverage, preferably before bedtime.
Caution: For adults only. Consult physician if pregnant/nursing or taking medication.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=151)

add("neg_de_calcium_brause", "de", "negative",
 "Modelled on a German Calcium 500 + D3 Brausetabletten label (e.g., Mivolis / Doppelherz Calcium); calcium only, no magnesium at all.",
"""Calcium 500 + D3
Brausetabletten | Zitronen-Geschmack | 20 Stück
Nahrungsergänzungsmittel
Nährwertangaben | pro Brausetablette | % NRV*
Calcium | 500 mg | 63 %
Vitamin D | 10 µg | 200 %
* Nährstoffbezugswerte
Zutaten: Säuerungsmittel Citronensäure, Calciumcarbonat, Säureregulator Natriumhydrogencarbonat, Füllstoff Sorbit, Aroma, Süßungsmittel Sucralose, Cholecalciferol.
Verzehrempfehlung: Täglich 1 Brausetablette in einem Glas Wasser auflösen und trinken.
Die empfohlene tägliche Verzehrmenge nicht überschreiten. Außerhalb der Reichweite von kleinen Kindern aufbewahren.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=20)
