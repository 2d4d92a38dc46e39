# Label sources, part A (US supplements, multis, powders, liquids, drug facts, children, negatives).
# Table rows use " | " as column separator in this source; make_set.py pads them to aligned columns.
L = []
def add(id, lang, kind, note, text, status="ok", el=None, tol=2, forms=(), dv=None, sc=None, **extra):
    d = dict(id=id, lang=lang, kind=kind, source_note=note, status=status, elemental_mg=el,
             elemental_tol_pct=tol, forms=list(forms), percent_dv=dv, serving_count=sc, _text=text)
    d.update(extra); L.append(d)

add("us_glyc_doctorsbest", "en", "us_supplement",
 "Modelled on Doctor's Best High Absorption Magnesium (TRAACS lysinate glycinate chelate), 240 tablets, 2 tablets = 200 mg, 48% DV (200/420=47.6).",
"""Doctor's Best
High Absorption Magnesium
100% Chelated with TRAACS
Dietary Supplement | 240 Tablets
Supplement Facts
Serving Size 2 Tablets
Servings Per Container 120
Amount Per Serving | % Daily Value
Magnesium (from magnesium lysinate glycinate chelate) | 200 mg | 48%
Other ingredients: Microcrystalline cellulose, modified cellulose gum, magnesium stearate (vegetable source), hypromellose, stearic acid.
Suggested Use: Take 2 tablets twice daily with or without food, or as recommended by a nutritionally-informed physician.
Warning: If pregnant, nursing, or taking medication, consult your physician before use. Keep out of reach of children.
*These statements have not been evaluated by the Food and Drug Administration.""",
 el=200, forms=["glycinate"], dv=48, sc=120)

add("us_glyc_pureencaps", "en", "us_supplement",
 "Modelled on Pure Encapsulations Magnesium (glycinate) 180 capsules: 1 capsule = 120 mg, 29% DV (120/420=28.6).",
"""PURE ENCAPSULATIONS
Magnesium (glycinate)
Highly bioavailable magnesium chelate
180 capsules | Dietary Supplement
Supplement Facts
Serving Size 1 Capsule
Servings Per Container 180
Amount Per Serving | % Daily Value
Magnesium (as magnesium glycinate) | 120 mg | 29%
Other Ingredients: hypromellose (cellulose, water), ascorbyl palmitate.
Suggested use: 1-4 capsules daily, in divided doses, with meals.
Warnings: If pregnant or lactating, consult your health professional before using this product. Keep out of reach of children.""",
 el=120, forms=["glycinate"], dv=29, sc=180)

add("us_bisgly_buffered_named", "en", "us_supplement",
 "Modelled on Nested Naturals-style buffered 'Magnesium Glycinate Chelated 200 mg' whose label names oxide as buffer: 2 capsules = 200 mg, 48%.",
"""NESTED
Magnesium Glycinate
Chelated 200 mg | Buffered for higher potency
120 Vegan Capsules
Supplement Facts
Serving Size: 2 Capsules
Servings Per Container: 60
Amount Per Serving | %DV
Magnesium (as Magnesium Bisglycinate Chelate buffered with Magnesium Oxide) | 200 mg | 48%
Other Ingredients: Hypromellose (vegetable capsule), rice flour.
Suggested Use: As a dietary supplement, take 2 capsules daily with water, preferably in the evening.
Caution: Consult your healthcare practitioner before use if you are pregnant, nursing, taking medication, or have a medical condition. Do not exceed recommended dose.""",
 el=200, forms=["glycinate", "oxide"], dv=48, sc=60)

add("us_bisgly_buffered_unnamed", "en", "us_supplement",
 "Modelled on Amazon-style 'Magnesium Glycinate 400 mg' buffered chelate (buffer compound not named): 4 capsules = 400 mg, 95% (400/420=95.2).",
"""Magnesium Glycinate 400 mg
Buffered Chelate | Sleep & Muscle Support*
240 Capsules
Supplement Facts
Serving Size 4 Capsules
Servings Per Container 60
Amount Per Serving | % Daily Value
Magnesium (as Albion® Magnesium Bisglycinate Chelate, buffered) | 400 mg | 95%
Other Ingredients: Vegetable cellulose (capsule), magnesium stearate, silicon dioxide.
Directions: Take four (4) capsules daily with food or as directed by your healthcare professional.
Warning: Do not exceed recommended dose. Pregnant or nursing mothers, children under 18, and individuals with a known medical condition should consult a physician before using this or any dietary supplement.""",
 el=400, forms=["glycinate"], dv=95, sc=60)

add("us_citrate_now", "en", "us_supplement",
 "Modelled on NOW Magnesium Citrate Softgels: 3 softgels = 400 mg, 95% DV (400/420=95.2), 90 softgels.",
"""NOW®
MAGNESIUM CITRATE
Enzyme Function* | Nervous System Support*
90 Softgels
Supplement Facts
Serving Size 3 Softgels
Servings Per Container 30
Amount Per Serving | % Daily Value
Calories | 10
Total Fat | 1 g | 1%*
Magnesium (from Magnesium Citrate) | 400 mg | 95%
*Percent Daily Values are based on a 2,000 calorie diet.
Other ingredients: Softgel Capsule (bovine gelatin, glycerin, water), Rice Bran Oil, Beeswax and Sunflower Lecithin.
Suggested Use: As a dietary supplement, take 3 softgels daily with food.
Warning: For adults only. Consult physician if pregnant/nursing, taking medication, or have a medical condition. Keep out of reach of children.""",
 el=400, forms=["citrate"], dv=95, sc=30)

add("us_oxide_naturemade", "en", "us_supplement",
 "Modelled on Nature Made Magnesium 250 mg (oxide) tablets: 250 mg, 60% (250/420=59.5), 100 tablets.",
"""Nature Made®
MAGNESIUM 250 mg
Supports Heart, Nerve & Muscle Function*
100 Tablets | Dietary Supplement
Supplement Facts
Serving Size 1 Tablet
Amount Per Tablet | % Daily Value
Magnesium (as magnesium oxide) | 250 mg | 60%
Ingredients: Magnesium Oxide, Microcrystalline Cellulose, Croscarmellose Sodium, Maltodextrin, Magnesium Stearate, Polyvinyl Alcohol, Polyethylene Glycol.
Suggested Use: Take 1 tablet daily with water and a meal.
Keep out of reach of children. Store at room temperature.""",
 el=250, forms=["oxide"], dv=60, sc=100)

add("us_malate_sourcenat", "en", "us_supplement",
 "Modelled on Source Naturals Magnesium Malate 1250 mg: 3 tablets = Mg 425 mg (101%, 425/420=101.2) plus malic acid row.",
"""SOURCE NATURALS®
MAGNESIUM MALATE
1250 mg per serving
180 Tablets
Supplement Facts
Serving Size: 3 Tablets
Servings per Container: 60
Amount Per Serving | % Daily Value
Calcium | 40 mg | 3%
Magnesium (as magnesium malate) | 425 mg | 101%
Malic Acid (as magnesium malate) | 1.25 g | †
† Daily Value not established.
Other Ingredients: Stearic acid, modified cellulose gum, colloidal silicon dioxide, magnesium stearate.
Suggested Use: 3 tablets daily, in divided doses.
Caution: If you are pregnant, may become pregnant, or breastfeeding, consult your health care professional before using this product.""",
 el=425, forms=["malate"], dv=101, sc=60)

add("us_taurate_cardiores", "en", "us_supplement",
 "Modelled on Cardiovascular Research Magnesium Taurate: 2 tablets = 125 mg Mg, 30% (125/420=29.8).",
"""Cardiovascular Research
MAGNESIUM TAURATE
Dietary Supplement | 180 Tablets
Supplement Facts
Serving Size: 2 Tablets
Servings Per Container: 90
Amount Per Serving | % Daily Value
Magnesium (as Magnesium Taurate) | 125 mg | 30%
Taurine (as Magnesium Taurate) | 1,025 mg | *
* Daily Value not established.
Other Ingredients: Cellulose, stearic acid, magnesium stearate, silica.
Recommended Use: As a dietary supplement, adults take 2 tablets one to three times daily with meals.
Keep out of reach of children.""",
 el=125, forms=["taurate"], dv=30, sc=90)

add("us_threonate_neuromag", "en", "us_supplement",
 "Modelled on Life Extension Neuro-Mag Magnesium L-Threonate: 3 capsules = 144 mg Mg from 2000 mg Magtein, 34% (144/420=34.3).",
"""LIFE EXTENSION
Neuro-Mag®
Magnesium L-Threonate
90 Vegetarian Capsules
Supplement Facts
Serving Size 3 vegetarian capsules
Servings Per Container 30
Amount Per Serving | % Daily Value
Magnesium (as magnesium L-threonate) | 144 mg | 34%
Magnesium L-Threonate (Magtein®) | 2,000 mg | **
**Daily Value not established.
Other ingredients: vegetable cellulose (capsule), microcrystalline cellulose, silica.
Dosage and Use: Take three (3) vegetarian capsules daily, two in the evening and one in the morning, or as recommended by a healthcare practitioner.
Caution: If you are taking medication, consult your healthcare provider before using this product.""",
 el=144, forms=["threonate"], dv=34, sc=30)

add("us_chloride_slowmag", "en", "us_supplement",
 "Modelled on Slow-Mag Magnesium Chloride with Calcium: 2 tablets = Mg 143 mg 34% (143/420=34.0), calcium 238 mg 18% (calcium is a separate row).",
"""SLOW-MAG®
Magnesium Chloride with Calcium
Delayed Release | 60 Tablets
Supplement Facts
Serving Size 2 Tablets
Servings Per Container 30
Amount Per Serving | % Daily Value
Calcium (as calcium carbonate) | 238 mg | 18%
Magnesium (as magnesium chloride) | 143 mg | 34%
Other ingredients: Magnesium Chloride, Calcium Carbonate, Hypromellose, Carnauba Wax, Polyethylene Glycol, Titanium Dioxide, Talc, FD&C Blue #2.
Directions: Adults take 2 tablets daily with food, or as directed by your healthcare professional.
Warnings: If you have kidney disease, consult a physician before use. Keep out of reach of children.""",
 el=143, forms=["chloride"], dv=34, sc=30)

add("us_lactate_magtab", "en", "us_supplement",
 "Modelled on Mag-Tab SR (magnesium L-lactate dihydrate) caplets: 2 caplets = 168 mg, 40% (168/420=40.0).",
"""Mag-Tab® SR
Magnesium L-Lactate Dihydrate
Sustained Release Caplets | 60 Caplets
Supplement Facts
Serving Size 2 Caplets
Servings Per Container 30
Amount Per Serving | % Daily Value
Magnesium (as magnesium L-lactate dihydrate) | 168 mg | 40%
Other Ingredients: Hypromellose, carnauba wax, povidone, hydrogenated vegetable oil.
Recommended Use: Take 1 or 2 caplets every 12 hours or as directed by a physician.
Warning: Do not use if you have kidney disease unless directed by a physician.""",
 el=168, forms=["lactate"], dv=40, sc=30)

add("us_orotate_from", "en", "us_supplement",
 "Modelled on a Swanson-type Magnesium Orotate capsule: 'from 500 mg magnesium orotate dihydrate' = 33 mg (500x0.066=33.0), 8% (33/420=7.9).",
"""SWANSON
Magnesium Orotate
Mineral Support | 60 Capsules
Supplement Facts
Serving Size 1 Capsule
Servings Per Container 60
Amount Per Serving | % Daily Value
Magnesium (from 500 mg magnesium orotate dihydrate) | 33 mg | 8%
Other Ingredients: Gelatin, rice flour, magnesium stearate.
Suggested Use: As a dietary supplement, take one capsule per day with water.
Warning: If you are pregnant, nursing or taking any medications, consult your doctor before use.""",
 el=33, forms=["orotate"], dv=8, sc=60)

add("us_aachelate_countrylife", "en", "us_supplement",
 "Modelled on Country Life / Solgar style 'Chelated Magnesium' (amino acid chelate): 1 tablet 100 mg, 24% (100/420=23.8).",
"""Chelated Magnesium
Amino Acid Chelate | Gluten Free
250 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 250
Amount Per Serving | % Daily Value
Magnesium (as magnesium amino acid chelate) | 100 mg | 24%
Other ingredients: Microcrystalline cellulose, vegetable cellulose, vegetable stearic acid, vegetable magnesium stearate, silica, vegetable glycerin.
Suggested Use: As a dietary supplement for adults, take one (1) tablet up to four times daily, preferably at mealtimes.
If pregnant, nursing, taking any medications or have any medical condition, please consult your healthcare practitioner before taking any dietary supplement.""",
 el=100, forms=["amino_acid_chelate"], dv=24, sc=250)

add("us_triple_blend", "en", "us_supplement",
 "Modelled on BioEmblem Triple Magnesium Complex (glycinate, malate, citrate in one parenthesis): 2 capsules = 300 mg, 71% (300/420=71.4).",
"""BioEmblem
Triple Magnesium Complex
Glycinate, Malate & Citrate | 90 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 45
Amount Per Serving | % Daily Value
Magnesium (as Magnesium Glycinate, Magnesium Malate, and Magnesium Citrate) | 300 mg | 71%
Other Ingredients: Hypromellose (vegan capsule).
Suggested Use: Take 2 capsules daily with water, with or without food.
Warning: Consult with a physician before use if you are pregnant, nursing, taking medication, or have a medical condition.""",
 el=300, forms=["glycinate", "malate", "citrate"], dv=71, sc=45)

add("us_two_rows", "en", "us_supplement",
 "Modelled on older 'Magnesium Complex' labels listing two sources on two separate rows: 100 mg (citrate, 24%) + 150 mg (oxide, 36%) = 250 mg; percent_dv = 24+36 = 60.",
"""Magnesium Complex
Citrate + Oxide | 120 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 120
Amount Per Serving | % Daily Value
Magnesium (as magnesium citrate) | 100 mg | 24%
Magnesium (as magnesium oxide) | 150 mg | 36%
Other Ingredients: Cellulose, vegetable stearic acid, croscarmellose, silica, vegetable magnesium stearate, pharmaceutical glaze.
Directions: For adults, take one tablet daily with a meal.
Keep out of reach of children. Do not use if seal under cap is broken or missing.""",
 el=250, forms=["citrate", "oxide"], dv=60, sc=120)

add("us_compound_glyc", "en", "us_supplement",
 "Modelled on compound-weight-only Amazon labels ('Magnesium Glycinate 1000 mg' per 2 capsules, no elemental row). Computed 1000 x 0.141 = 141 mg; tol 20%.",
"""PURE ORIGINAL INGREDIENTS
Magnesium Glycinate
500 mg per capsule | 100 Capsules
Supplement Facts
Serving Size: 2 Capsules
Servings Per Container: 50
Amount Per Serving | % Daily Value
Magnesium Glycinate | 1000 mg | *
*Daily Value not established.
Other Ingredients: Gelatin capsule.
Directions: Take 2 capsules daily.
Warning: Consult your physician before use if pregnant or nursing. Keep out of reach of children.""",
 el=141, tol=20, forms=["glycinate"], dv=None, sc=50)

add("us_compound_citrate", "en", "us_supplement",
 "Modelled on compound-only citrate capsules ('Magnesium Citrate 1,000 mg' per 2 capsules). Computed 1000 x 0.162 = 162 mg; tol 20%.",
"""Magnesium Citrate
1,000 mg | Vegetarian Capsules
Supplement Facts
Serving Size 2 Vegetarian Capsules
Servings Per Container 60
Amount Per Serving | %DV
Magnesium Citrate | 1,000 mg | †
† Daily Value (DV) not established.
Other ingredients: vegetable cellulose capsule, rice flour.
Suggested Use: As a dietary supplement, take two capsules daily, preferably with a meal.
Do not exceed the suggested use. Keep out of reach of children.""",
 el=162, tol=20, forms=["citrate"], dv=None, sc=60)

add("us_compound_malate", "en", "us_supplement",
 "Modelled on compound-only malate labels ('Magnesium Malate 1250 mg' per 3 capsules). Computed 1250 x 0.155 = 193.75 -> 194 mg; tol 20%.",
"""Magnesium Malate
Energy & Muscle Support*
180 Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 60
Amount Per Serving | % DV
Magnesium Malate | 1250 mg | **
**Daily value not established
Other Ingredients: Gelatin (capsule), magnesium stearate.
Suggested use: Take 3 capsules per day with food.""",
 el=194, tol=20, forms=["malate"], dv=None, sc=60)

add("us_compound_taurate", "en", "us_supplement",
 "Modelled on compound-only taurate capsule ('Magnesium Taurate 400 mg'). Computed 400 x 0.089 = 35.6 mg; tol 20%.",
"""Magnesium Taurate
400 mg | 60 Veggie Caps
Supplement Facts
Serving Size 1 Capsule
Servings Per Container 60
Amount Per Serving | % Daily Value
Magnesium Taurate | 400 mg | ‡
‡ Daily Value not established.
Other Ingredients: Cellulose (capsule), L-leucine.
Suggested Use: Take 1 capsule 1 to 2 times daily.
Caution: Consult a healthcare professional prior to use if you are pregnant, nursing or have a medical condition.""",
 el=35.6, tol=20, forms=["taurate"], dv=None, sc=60)

add("us_oxide_500_bounty", "en", "us_supplement",
 "Modelled on Nature's Bounty Magnesium 500 mg (oxide): 1 tablet 500 mg, 119% (500/420=119.0).",
"""NATURE'S BOUNTY®
Magnesium 500 mg
Supports Bone & Muscle Health*
100 Coated Tablets
Supplement Facts
Serving Size 1 Coated Tablet
Servings Per Container 100
Amount Per Serving | % Daily Value
Magnesium (as Magnesium Oxide) | 500 mg | 119%
Other Ingredients: Cellulose (Plant Origin), Vegetable Cellulose Coating, Croscarmellose, Vegetable Magnesium Stearate, Silica.
Suggested Use: For adults, take one (1) tablet daily, preferably with a meal.
Warnings: If you are pregnant, nursing, taking any medications or have any medical condition, consult your doctor before use.""",
 el=500, forms=["oxide"], dv=119, sc=100)

add("us_citrate_legacy_dv400", "en", "us_supplement",
 "Modelled on a pre-2020 KAL Magnesium Citrate label using the old 400 mg DV: 200 mg printed as 50%.",
"""KAL®
Magnesium Citrate 200
60 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 60
Amount Per Serving | % Daily Value
Magnesium (as magnesium citrate) | 200 mg | 50%
Other Ingredients: Cellulose, vegetable stearic acid, croscarmellose sodium, magnesium stearate.
Suggested Use: 1 tablet daily with a meal.""",
 el=200, forms=["citrate"], dv=50, sc=60)

add("us_seven_forms", "en", "us_supplement",
 "Modelled on BiOptimizers Magnesium Breakthrough (many forms in one parenthesis): 2 capsules = 500 mg, 119% (500/420=119.0).",
"""BiOptimizers
MAGNESIUM BREAKTHROUGH
7 forms of magnesium | 60 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 30
Amount Per Serving | % Daily Value
Magnesium (as magnesium bisglycinate, magnesium malate, magnesium citrate, magnesium taurate, magnesium orotate, magnesium amino acid chelate, magnesium carbonate) | 500 mg | 119%
Sodium | 5 mg | <1%
Other Ingredients: Capsule (HPMC), organic rice hulls.
Directions: Take 2 capsules daily one hour before bed, or as directed by your healthcare professional.
Warning: Do not take if pregnant or nursing. Consult your physician if you have a medical condition.""",
 el=500, forms=["glycinate", "malate", "citrate", "taurate", "orotate", "amino_acid_chelate", "carbonate"], dv=119, sc=30)

add("us_acetyltaurate", "en", "us_supplement",
 "Modelled on a magnesium acetyl-taurate capsule product: 2 capsules = 150 mg, 36% (150/420=35.7).",
"""Magnesium Acetyl Taurate
Brain & Calm Support* | 60 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 30
Amount Per Serving | % Daily Value
Magnesium (as magnesium acetyl taurinate) | 150 mg | 36%
Other Ingredients: Hydroxypropyl methylcellulose (capsule), microcrystalline cellulose.
Suggested Use: Take 2 capsules daily, or as directed by a healthcare practitioner.""",
 el=150, forms=["acetyl_taurate"], dv=36, sc=30)

add("us_aspartate_twinlab", "en", "us_supplement",
 "Modelled on a 'Magnesium Aspartate' capsule product: 2 capsules = 200 mg, 48% (200/420=47.6).",
"""MAGNESIUM ASPARTATE
Complexed with L-Aspartic Acid
100 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 50
Amount Per Serving | % Daily Value
Magnesium (as magnesium aspartate) | 200 mg | 48%
Other Ingredients: Gelatin, magnesium stearate.
Directions: As a dietary supplement, take 2 capsules daily with a meal.""",
 el=200, forms=["aspartate"], dv=48, sc=50)

add("us_gummy_sleep", "en", "us_supplement",
 "Modelled on Natural Vitality Calm Sleep-style gummies: 2 gummies = 100 mg Mg (citrate), 24% (100/420=23.8), with melatonin.",
"""Magnesium Sleep Gummies
with Melatonin & L-Theanine | Mixed Berry
60 Gummies
Supplement Facts
Serving Size 2 Gummies
Servings Per Container 30
Amount Per Serving | % Daily Value
Calories | 15
Total Carbohydrate | 4 g | 1%†
Total Sugars | 3 g | *
Includes 3 g Added Sugars | | 6%†
Magnesium (as magnesium citrate) | 100 mg | 24%
L-Theanine | 100 mg | *
Melatonin | 3 mg | *
† Percent Daily Values are based on a 2,000 calorie diet. * Daily Value not established.
Other Ingredients: Cane sugar, tapioca syrup, pectin, citric acid, natural flavors, sodium citrate, black carrot juice concentrate (color).
Directions: Adults take 2 gummies 30 minutes before bedtime. Do not exceed 2 gummies per day.
Warning: Not for use by children, pregnant or nursing women. May cause drowsiness; do not drive or operate machinery after use.""",
 el=100, forms=["citrate"], dv=24, sc=30)

add("us_canada_gluconate", "en", "us_supplement",
 "Modelled on a Canadian NHP label (Medicinal Ingredients, no %DV): each tablet magnesium 29 mg from magnesium gluconate (29/0.059 ~ 500 mg gluconate).",
"""JAMIESON
Magnesium Gluconate
100 Tablets | NPN 02229815
Medicinal Ingredients:
Each tablet contains:
Magnesium (magnesium gluconate) | 29 mg
Non-medicinal ingredients: microcrystalline cellulose, croscarmellose sodium, magnesium stearate, silicon dioxide, hypromellose.
Recommended Dose (Adults): Take 1-6 tablets daily with food or as directed by a health care practitioner. Take a few hours before or after taking other medications.
Cautions: Consult a health care practitioner prior to use if you are pregnant or breastfeeding.""",
 el=29, forms=["gluconate"], dv=None, sc=None)
