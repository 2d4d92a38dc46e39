# Label sources, part D (blind set 3): US Supplement Facts panels -- single forms, blends, buffered chelates,
# two Mg rows, compound-in-name, compound-only, liquids, powders, gummies, children, multivitamins, marketing headlines.
# Table rows use " | " as column separator in this source; make_set.py pads them to aligned columns.
# Keys starting with "_" are private to the checker (check_set.py) and are not written to expected.jsonl:
#   _dvb = the DV base the printed %DV was computed from (default 420 for en, 375 for EU languages / UK).
L = []
def add(id, lang, kind, note, text, status="ok", el=None, tol=2, forms=(), dv=None, sc=None, **extra):
    d = dict(id=id, lang=lang, kind=kind, source_note=note, status=status, elemental_mg=el,
             elemental_tol_pct=tol, forms=list(forms), percent_dv=dv, serving_count=sc, _text=text)
    d.update(extra); L.append(d)

# =====================================================================================================
# Single-form US supplements
# =====================================================================================================
add("us_glyc_naturemade_caps", "en", "us_supplement",
 "Modelled on Nature Made Magnesium Glycinate capsules (amounts simplified): 2 capsules = 200 mg elemental; 200/420 = 47.6 -> 48%. 60 capsules / 2 = 30 servings (printed).",
"""Nature Made®
Magnesium Glycinate 200 mg
Muscle Relaxation & Nerve Support† | Highly Absorbable
60 Capsules | Dietary Supplement
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 30
Amount Per Serving | % Daily Value
Magnesium (as magnesium glycinate) | 200 mg | 48%
Other Ingredients: Gelatin, Maltodextrin, Magnesium Stearate.
Suggested Use: Take 2 capsules daily with water and a meal.
Warning: Keep out of reach of children. Store in a cool, dry place.
†These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or prevent any disease.""",
 el=200, forms=["glycinate"], dv=48, sc=30)

add("us_bisgly_now_tabs", "en", "us_supplement",
 "Modelled on NOW Foods Magnesium Bisglycinate / Glycinate tablets, 180 tablets (amounts simplified): 2 tablets = 200 mg; 200/420 = 47.6 -> 48%; 180/2 = 90 servings (printed).",
"""NOW®
Magnesium Glycinate
Highly Bioavailable* | Nervous System Support*
180 Tablets | Vegan
Supplement Facts
Serving Size 2 Tablets
Servings Per Container 90
Amount Per Serving | % Daily Value
Magnesium (from Magnesium Bisglycinate) | 200 mg | 48%
Other Ingredients: Cellulose, Hydroxypropyl Methylcellulose (coating), Stearic Acid (vegetable source), Magnesium Stearate (vegetable source) and Silicon Dioxide.
Suggested Use: As a dietary supplement, take 2 tablets 1 to 2 times daily with food.
Caution: For adults only. Consult physician if pregnant/nursing, taking medication, or have a medical condition.
Natural color variation may occur in this product. Store in a cool, dry place after opening.""",
 el=200, forms=["glycinate"], dv=48, sc=90)

add("us_glyc_klean_athlete", "en", "us_supplement",
 "Modelled on Klean Athlete Klean Magnesium (bisglycinate chelate) capsules, 90 count (amount per capsule simplified): 1 capsule = 150 mg; 150/420 = 35.7 -> 36%.",
"""KLEAN ATHLETE
Klean Magnesium
NSF Certified for Sport® | Supports muscle function*
90 Capsules
Supplement Facts
Serving Size 1 Capsule
Servings Per Container 90
Amount Per Serving | % DV
Magnesium (as magnesium bisglycinate chelate) | 150 mg | 36%
Other Ingredients: hypromellose (cellulose, water), ascorbyl palmitate.
Suggested Use: 1-3 capsules daily, in divided doses, with meals.
If pregnant or lactating, consult your healthcare professional before using this product.""",
 el=150, forms=["glycinate"], dv=36, sc=90)

add("us_glyc_zazzee_from1000", "en", "us_supplement",
 "Modelled on Zazzee Magnesium Glycinate ('from 1,000 mg') capsule labels: compound weight in the name, elemental 140 mg in the amount column (1000 x 0.141 = 141); 140/420 = 33.3 -> 33%. 120 capsules / 2 = 60 servings.",
"""ZAZZEE
Magnesium Glycinate
Fully Chelated | 1,000 mg Per Serving
120 Vegan Capsules
Supplement Facts
Serving Size: 2 Vegan Capsules
Servings Per Container: 60
Amount Per Serving | % Daily Value
Magnesium (from 1,000 mg Magnesium Glycinate) | 140 mg | 33%
Other Ingredients: Vegetable cellulose capsule, rice flour.
Directions: Take 2 capsules daily with water, or as directed by your healthcare practitioner.
Warning: Consult a doctor before use if you are pregnant, nursing, or taking any medication. Do not exceed the recommended dose.""",
 el=140, forms=["glycinate"], dv=33, sc=60)

add("us_glyc_providing_row", "en", "us_supplement",
 "Modelled on labels such as Sports Research / Double Wood bisglycinate that declare the compound weight on one row and 'providing' elemental on a sub-row: 1,420 mg bisglycinate -> 200 mg (1420 x 0.141 = 200.2); elemental row used; 200/420 = 47.6 -> 48%. 180 capsules / 3 = 60 servings.",
"""Magnesium Bisglycinate Chelate
Gentle on the Stomach | Non-Laxative Formula
180 Veggie Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 60
Amount Per Serving | % Daily Value
Magnesium Bisglycinate Chelate | 1,420 mg | **
providing elemental Magnesium | 200 mg | 48%
**Daily Value not established.
Other Ingredients: Hydroxypropyl methylcellulose (capsule), microcrystalline cellulose, silicon dioxide.
Suggested Use: Adults take 3 capsules daily, preferably in the evening.
Caution: Consult your healthcare provider before use if you are pregnant, nursing, or have kidney disease.""",
 el=200, forms=["glycinate"], dv=48, sc=60)

add("us_citrate_solaray", "en", "us_supplement",
 "Modelled on Solaray Magnesium Citrate VegCaps (amounts simplified): 2 VegCaps = 267 mg; 267/420 = 63.6 -> 64%. 90 VegCaps / 2 = 45.",
"""SOLARAY®
Magnesium Citrate
Highly Absorbable Magnesium | 90 VegCaps
Supplement Facts
Serving Size 2 VegCaps
Servings Per Container 45
Amount Per Serving | % Daily Value
Magnesium (as Magnesium Citrate) | 267 mg | 64%
Other Ingredients: Vegetable Cellulose Capsule.
Recommended Use: Take two VegCaps with a meal or glass of water, one to two times daily.
Keep out of reach of children. If pregnant, consult a healthcare professional before use.""",
 el=267, forms=["citrate"], dv=64, sc=45)

add("us_citrate_bluebonnet_caplet", "en", "us_supplement",
 "Modelled on Bluebonnet Magnesium Citrate caplets (amount simplified): 1 caplet = 175 mg; 175/420 = 41.7 -> 42%. 120 caplets = 120 servings.",
"""BLUEBONNET
MAGNESIUM CITRATE
Kosher | Gluten Free | Soy Free
120 Caplets
Supplement Facts
Serving Size: 1 Caplet
Servings Per Container: 120
Amount Per Serving | % Daily Value
Magnesium (as magnesium citrate) | 175 mg | 42%
Other Ingredients: Microcrystalline cellulose, vegetable stearic acid, vegetable cellulose, vegetable magnesium stearate, silica, vegetable glycerin.
Suggested Use: As a dietary supplement, take one to two caplets daily, preferably with a meal, or as directed by a healthcare practitioner.""",
 el=175, forms=["citrate"], dv=42, sc=120)

add("us_malate_now_tabs", "en", "us_supplement",
 "Modelled on NOW Magnesium Malate tablets (amounts simplified): 3 tablets = Mg 350 mg, 350/420 = 83.3 -> 83%; malic acid row 1.9 g (1:1 malate: 350 x 134.1/24.3 = 1931 mg) is not Mg. 180/3 = 60.",
"""NOW®
Magnesium Malate
1000 mg | Energy Production*
180 Tablets
Supplement Facts
Serving Size 3 Tablets
Servings Per Container 60
Amount Per Serving | % Daily Value
Magnesium (from Magnesium Malate) | 350 mg | 83%
Malic Acid (from Magnesium Malate) | 1.9 g | *
*Daily Value not established.
Other Ingredients: Cellulose, Stearic Acid (vegetable source), Croscarmellose Sodium, Magnesium Stearate (vegetable source) and Hydroxypropyl Methylcellulose (coating).
Suggested Use: As a dietary supplement, take 3 tablets daily with food.
Caution: For adults only. Consult physician if pregnant/nursing, taking medication, or have a medical condition. Keep out of reach of children.""",
 el=350, forms=["malate"], dv=83, sc=60)

add("us_malate_jigsaw_srt", "en", "us_supplement",
 "Modelled on Jigsaw Health MagSRT (dimagnesium malate, sustained release, with B vitamins): 4 tablets = 500 mg; 500/420 = 119.0 -> 119%. B-vitamin rows in mg/mcg. 120 tablets / 4 = 30.",
"""JIGSAW HEALTH
MagSRT®
Time-Release Magnesium with Activated B Vitamins
120 Tablets
Supplement Facts
Serving Size 4 Tablets
Servings Per Container 30
Amount Per Serving | % Daily Value
Thiamin (as thiamine HCl) | 5 mg | 417%
Vitamin B6 (as pyridoxal-5-phosphate) | 10 mg | 588%
Folate (as L-5-MTHF) | 680 mcg DFE | 170%
Vitamin B12 (as methylcobalamin) | 100 mcg | 4,167%
Magnesium (as dimagnesium malate) | 500 mg | 119%
Other Ingredients: Hypromellose, microcrystalline cellulose, stearic acid, silicon dioxide, magnesium stearate, natural wax coating.
Suggested Use: Take 2 tablets with breakfast and 2 tablets with dinner. Start with 1 tablet a day and increase gradually.
Warning: Do not use if you have kidney disease unless directed by a physician.""",
 el=500, forms=["malate"], dv=119, sc=30)

add("us_malate_dfh_1to4", "en", "us_supplement",
 "Modelled on Designs for Health / Seeking Health Magnesium Malate capsules ('1 to 4 capsules daily'): serving 1 capsule = 95 mg; 95/420 = 22.6 -> 23%. 120 capsules.",
"""Magnesium Malate
Chelated Magnesium for Muscle & Energy Metabolism*
120 Vegetarian Capsules
Supplement Facts
Serving Size 1 Capsule
Servings Per Container 120
Amount Per Serving | %DV
Magnesium (as magnesium malate) | 95 mg | 23%
Other Ingredients: hypromellose (capsule), microcrystalline cellulose, L-leucine.
Suggested Use: Take 1 to 4 capsules daily, in divided doses, or as directed by your health care practitioner.
Caution: Reduce the amount taken if loose stools occur.""",
 el=95, forms=["malate"], dv=23, sc=120)

add("us_taurate_douglas_from", "en", "us_supplement",
 "Modelled on Douglas Laboratories Magnesium Taurate capsules; compound weight in the name: 1,125 mg taurate -> 100 mg (1125 x 0.089 = 100.1); 100/420 = 23.8 -> 24%. 120 capsules / 2 = 60.",
"""DOUGLAS LABORATORIES®
Magnesium Taurate
Heart Health Support* | 120 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
Amount Per Serving | % Daily Value
Magnesium (from 1,125 mg Magnesium Taurate) | 100 mg | 24%
Taurine (from Magnesium Taurate) | 1,025 mg | **
**Daily Value not established.
Other Ingredients: Cellulose (capsule), stearic acid, silicon dioxide.
Suggested Use: Adults take 2 capsules daily with a meal, or as directed by a healthcare professional.""",
 el=100, forms=["taurate"], dv=24, sc=60)

add("us_threonate_doublewood_1am2pm", "en", "us_supplement",
 "Modelled on Double Wood Magnesium L-Threonate (Magtein) capsules, directions '1 in the morning and 2 before bed': 3 capsules = Magtein 2,000 mg with elemental 144 mg (elemental row used); 144/420 = 34.3 -> 34%. 90 capsules / 3 = 30.",
"""DOUBLE WOOD SUPPLEMENTS
Magnesium L-Threonate
Featuring Magtein® | Cognitive Support*
90 Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 30
Amount Per Serving | % DV
Magnesium L-Threonate (as Magtein®) | 2,000 mg | †
Elemental Magnesium | 144 mg | 34%
† Daily Value not established.
Other Ingredients: Gelatin (capsule), rice flour.
Suggested Use: Take 3 capsules daily: 1 in the morning and 2 before bed.
Warnings: Do not exceed the recommended dose. Consult a physician if you are pregnant, nursing or taking medication.""",
 el=144, forms=["threonate"], dv=34, sc=30)

add("us_threonate_compound_only", "en", "us_supplement",
 "Modelled on compound-only L-threonate capsule labels (e.g., BulkSupplements / generic Amazon 'Magnesium L-Threonate 2000 mg'). Only the compound is declared: 2,000 mg x 0.0825 (reference Mg fraction of threonate) = 165 mg; tol 20 (the marketed Magtein figure for 2,000 mg is 144 mg, inside the tolerance). 120 capsules / 3 = 40.",
"""Magnesium L-Threonate
2000 mg Per Serving | Brain Health
120 Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 40
Amount Per Serving | % Daily Value
Magnesium L-Threonate | 2,000 mg | *
*Daily Value not established.
Other Ingredients: Hypromellose (vegetable capsule).
Suggested Use: As a dietary supplement, take 3 capsules daily with water, preferably in the evening.
Warning: Keep out of reach of children. Consult a healthcare professional prior to use if pregnant or nursing.""",
 el=165, tol=20, forms=["threonate"], dv=None, sc=40)

add("us_orotate_vitalnutrients", "en", "us_supplement",
 "Modelled on Vital Nutrients Magnesium Orotate capsules (amounts simplified): 2 capsules = 40 mg; 40/420 = 9.5 -> 10%. 120 capsules / 2 = 60.",
"""VITAL NUTRIENTS
Magnesium Orotate
Cardiovascular Support* | 120 Vegetarian Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
Amount Per Serving | % Daily Value
Magnesium (as magnesium orotate) | 40 mg | 10%
Orotic Acid (as magnesium orotate) | 510 mg | †
† Daily Value not established.
Other Ingredients: Cellulose (capsule).
Suggested Use: 2 capsules 1 to 3 times daily, or as directed by your healthcare practitioner.""",
 el=40, forms=["orotate"], dv=10, sc=60)

add("us_oxide_naturemade_softgel", "en", "us_supplement",
 "Modelled on Nature Made High Potency Magnesium 400 mg softgels (oxide): 1 softgel = 400 mg; 400/420 = 95.2 -> 95%. 150 softgels.",
"""Nature Made®
High Potency
MAGNESIUM 400 mg
Supports Muscle, Heart & Bone Health†
150 Liquid Softgels
Supplement Facts
Serving Size 1 Softgel
Servings Per Container 150
Amount Per Serving | % Daily Value
Magnesium (as magnesium oxide) | 400 mg | 95%
Ingredients: Magnesium Oxide, Soybean Oil, Gelatin, Glycerin, Water, Soy Lecithin, Yellow Beeswax, Titanium Dioxide.
Suggested Use: Take 1 softgel daily with water and a meal.
Keep out of reach of children. Store at room temperature.""",
 el=400, forms=["oxide"], dv=95, sc=150)

add("us_oxide_springvalley_legacy", "en", "us_supplement",
 "Modelled on an older (pre-2020) Spring Valley Magnesium 500 mg tablet label that uses the legacy 400 mg DV: 500/400 = 125% printed (with DV 420 it would be 119%). Expected percent_dv = printed 125. 100 tablets.",
"""Spring Valley®
MAGNESIUM
500 mg | Dietary Supplement
Bone & Muscle Health
100 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 100
Amount Per Serving | % Daily Value
Magnesium (as Magnesium Oxide) | 500 mg | 125%
Other Ingredients: Microcrystalline Cellulose, Croscarmellose Sodium, Stearic Acid, Magnesium Stearate, Silicon Dioxide, Hypromellose, Triacetin.
Suggested Use: Adults, take one (1) tablet daily with a meal.
Warning: If you are pregnant, nursing, taking any medications or have any medical condition, consult your doctor before use.""",
 el=500, forms=["oxide"], dv=125, sc=100, _dvb=400)

add("us_oxide_compound_only", "en", "us_supplement",
 "Modelled on store-brand 'Magnesium Oxide 400 mg' supplement tablets that declare only the compound (e.g., Rugby/Windmill style Supplement Facts). Computed 400 x 0.603 = 241.2 mg; tol 20. 120 tablets.",
"""MAGNESIUM OXIDE
400 mg
Dietary Supplement | 120 Tablets
Supplement Facts
Serving Size: 1 Tablet
Servings Per Container: 120
Amount Per Serving | % Daily Value
Magnesium Oxide | 400 mg | *
* Daily Value not established.
Other Ingredients: Microcrystalline cellulose, croscarmellose sodium, magnesium stearate, hypromellose, polyethylene glycol.
Directions: Adults take 1 tablet daily with food, or as directed by a physician.
Warning: Consult your physician before use if you have kidney disease. Keep out of reach of children.""",
 el=241.2, tol=20, forms=["oxide"], dv=None, sc=120)

add("us_chloride_mag64", "en", "us_supplement",
 "Modelled on Mag64 (Rugby) magnesium chloride delayed-release tablets with calcium: 2 tablets = Mg 128 mg; 128/420 = 30.5 -> 30%. Calcium row 212 mg (16%, 212/1300) is not Mg. 60 tablets / 2 = 30.",
"""Mag64®
Magnesium Chloride with Calcium
Delayed-Release | 60 Tablets
Supplement Facts
Serving Size 2 Tablets
Servings Per Container 30
Amount Per Serving | % Daily Value
Calcium (as calcium carbonate) | 212 mg | 16%
Magnesium (as magnesium chloride) | 128 mg | 30%
Other ingredients: Magnesium chloride hexahydrate, calcium carbonate, microcrystalline cellulose, methacrylic acid copolymer, talc, triethyl citrate, polyethylene glycol, titanium dioxide, FD&C Blue #1 aluminum lake.
Directions: Adults take two tablets daily, or as directed by a physician. Swallow whole; do not crush or chew.
Warning: If you have kidney disease, consult your physician before using this product.""",
 el=128, forms=["chloride"], dv=30, sc=30)

add("us_lactate_84_caplet", "en", "us_supplement",
 "Modelled on generic magnesium L-lactate 84 mg extended-release caplets sold as Mag-Tab SR alternatives: 1 caplet = 84 mg; 84/420 = 20%. Directions '1 to 2 caplets every 12 hours' do not change the serving (1 caplet). 100 caplets.",
"""Magnesium L-Lactate
84 mg | Extended-Release Caplets
Gentle on the Stomach | 100 Caplets
Supplement Facts
Serving Size 1 Caplet
Servings Per Container 100
Amount Per Serving | % Daily Value
Magnesium (as magnesium L-lactate dihydrate) | 84 mg | 20%
Other Ingredients: Hydroxypropyl methylcellulose, hydrogenated vegetable oil, povidone, magnesium stearate, carnauba wax.
Suggested Use: Take 1 to 2 caplets every 12 hours with food, or as directed by your physician.
Warning: Do not use if you have kidney disease unless directed by a physician.""",
 el=84, forms=["lactate"], dv=20, sc=100)

add("us_asporotate_solaray", "en", "us_supplement",
 "Modelled on Solaray Magnesium Asporotate (aspartate + orotate) capsules: 4 capsules = 400 mg; 400/420 = 95.2 -> 95%. 120 capsules / 4 = 30.",
"""SOLARAY®
Magnesium Asporotate
Aspartate & Orotate | 120 VegCaps
Supplement Facts
Serving Size 4 VegCaps
Servings Per Container 30
Amount Per Serving | % Daily Value
Magnesium (as magnesium aspartate and magnesium orotate) | 400 mg | 95%
Other Ingredients: Vegetable cellulose capsule, magnesium stearate.
Recommended Use: Take 2 VegCaps twice daily with a meal or glass of water.""",
 el=400, forms=["aspartate", "orotate"], dv=95, sc=30)

add("us_gluconate_magonate_tabs", "en", "us_supplement",
 "Modelled on Magonate (magnesium gluconate dihydrate 500 mg) tablets: 1 tablet = 27 mg elemental (500 x 0.054 = 27); 27/420 = 6.4 -> 6%. 100 tablets.",
"""MAGONATE®
Magnesium Gluconate Dihydrate USP
500 mg | 100 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 100
Amount Per Serving | % Daily Value
Magnesium (as magnesium gluconate dihydrate 500 mg) | 27 mg | 6%
Other Ingredients: Microcrystalline cellulose, croscarmellose sodium, stearic acid, hypromellose.
Directions: Adults: Take 1 to 3 tablets, three times daily with meals, or as directed by a physician.
Warning: If you have kidney disease, use only under the supervision of a physician.""",
 el=27, forms=["gluconate"], dv=6, sc=100)

add("us_pidolate_caps", "en", "us_supplement",
 "Modelled on European magnesium pidolate products (e.g., Mag 2) re-set as a US Supplement Facts panel (no US pidolate product could be named with confidence). 860 mg pidolate -> 75 mg (860 x 0.0866 = 74.5); 75/420 = 17.9 -> 18%. 60 capsules / 2 = 30.",
"""Magnesium Pidolate
Pyroglutamate-Bound Magnesium | 60 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 30
Amount Per Serving | % Daily Value
Magnesium (from 860 mg magnesium pidolate) | 75 mg | 18%
Other Ingredients: Hypromellose (capsule), microcrystalline cellulose, silicon dioxide.
Suggested Use: Take 2 capsules daily with a meal.
Consult a healthcare professional before use if pregnant, nursing or if you have a kidney condition.""",
 el=75, forms=["pidolate"], dv=18, sc=30)

add("us_sulfate_nuun_sport", "en", "us_supplement",
 "Modelled on Nuun Sport electrolyte effervescent tablets (magnesium sulfate): 1 tablet = Mg 25 mg; 25/420 = 5.95 -> 6%. 10 tablets per tube.",
"""nuun SPORT
Electrolyte Drink Tablets | Lemon Lime
10 Tablets | Net Wt 1.9 oz (54 g)
Supplement Facts
Serving Size 1 Tablet (5.4 g)
Servings Per Container 10
Amount Per Serving | % Daily Value
Calories | 15
Total Carbohydrate | 4 g | 1%*
Total Sugars | 1 g | **
Includes 1 g Added Sugars | | 2%*
Calcium (as calcium carbonate) | 13 mg | 1%
Magnesium (as magnesium sulfate) | 25 mg | 6%
Sodium (as sodium carbonate, sodium bicarbonate) | 300 mg | 13%
Potassium (as potassium bicarbonate) | 150 mg | 3%
Chloride (as potassium chloride) | 40 mg | 2%
*Percent Daily Values are based on a 2,000 calorie diet. **Daily Value not established.
Other Ingredients: Citric acid, dextrose, natural flavors, sodium bicarbonate, avocado oil, rice starch, stevia leaf extract.
Directions: Drop 1 tablet into 16 oz of water. Let dissolve, then enjoy.""",
 el=25, forms=["sulfate"], dv=6, sc=10)

add("us_acetyltaurate_from1000", "en", "us_supplement",
 "Modelled on magnesium acetyl taurate capsules (e.g., Nootropics Depot / Performance Lab-type): compound in name, 1,000 mg acetyl taurate -> 68 mg (1000 x 0.068); 68/420 = 16.2 -> 16%. 60 capsules / 2 = 30.",
"""Magnesium Acetyl Taurate
Crosses into the Brain* | 500 mg per Capsule
60 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 30
Amount Per Serving | % Daily Value
Magnesium (from 1,000 mg Magnesium Acetyl Taurate) | 68 mg | 16%
Other Ingredients: Hypromellose (capsule), rice bran.
Suggested Use: Take 2 capsules daily, or as directed by a qualified healthcare professional.""",
 el=68, forms=["acetyl_taurate"], dv=16, sc=30)

add("us_aachelate_twinlab", "en", "us_supplement",
 "Modelled on Twinlab / Carlson 'Chelated Magnesium' labels that say only 'amino acid chelate' (no named amino acid): 2 capsules = 133 mg; 133/420 = 31.7 -> 32%. 100 capsules / 2 = 50.",
"""Twinlab®
Chelated Magnesium
Amino Acid Chelate | 100 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 50
Amount Per Serving | % Daily Value
Magnesium (as magnesium amino acid chelate) | 133 mg | 32%
Other Ingredients: Gelatin, rice flour, magnesium stearate.
Suggested Use: As a dietary supplement, take 2 capsules daily with a meal.
Caution: Consult a healthcare professional before use if you have any medical condition.""",
 el=133, forms=["amino_acid_chelate"], dv=32, sc=50)

add("us_carbonate_chewable", "en", "us_supplement",
 "Modelled on chewable magnesium wafers using magnesium carbonate (e.g., KAL/store-brand chewables): 2 chewable tablets = 180 mg; 180/420 = 42.9 -> 43%. 60 chewables / 2 = 30.",
"""Chewable Magnesium
Natural Cherry Flavor | Sugar Free
60 Chewable Tablets
Supplement Facts
Serving Size 2 Chewable Tablets
Servings Per Container 30
Amount Per Serving | % Daily Value
Calories | 5
Total Carbohydrate | 2 g | <1%*
Sugar Alcohol | 2 g | **
Magnesium (as magnesium carbonate) | 180 mg | 43%
*Percent Daily Values are based on a 2,000 calorie diet. **Daily Value not established.
Other Ingredients: Xylitol, sorbitol, natural cherry flavor, citric acid, stearic acid, beet juice (color), silica.
Suggested Use: Chew 2 tablets daily. Excess consumption may have a laxative effect.""",
 el=180, forms=["carbonate"], dv=43, sc=30)

# =====================================================================================================
# Blends, buffered chelates, two rows, compound-only, legacy DV, two-column
# =====================================================================================================
add("us_magtech_three_forms", "en", "us_supplement",
 "Modelled on Natural Stacks MagTech (threonate, taurate, glycinate named in one parenthesis): 3 capsules = 132 mg (amount approximate); 132/420 = 31.4 -> 31%. 90 capsules / 3 = 30.",
"""NATURAL STACKS
MagTech™
Magnesium Complex | 3 Bioavailable Forms
90 Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 30
Amount Per Serving | % Daily Value
Magnesium (as Magnesium L-Threonate [Magtein®], Magnesium Taurate, Magnesium Glycinate) | 132 mg | 31%
Vitamin D3 (as cholecalciferol) | 25 mcg (1,000 IU) | 125%
Other Ingredients: Vegan capsule (hypromellose), rice flour.
Suggested Use: Take 3 capsules daily: 1 capsule in the morning and 2 capsules in the evening.
Warning: Consult your physician before use if you are pregnant, nursing or have a medical condition.""",
 el=132, forms=["threonate", "taurate", "glycinate"], dv=31, sc=30)

add("us_lifeext_magcaps", "en", "us_supplement",
 "Modelled on Life Extension Magnesium Caps 500 mg (several forms in one parenthesis; the real label also lists succinate, dropped here): 1 capsule = 500 mg; 500/420 = 119.0 -> 119%. 100 capsules.",
"""LIFE EXTENSION®
Magnesium Caps
500 mg | 100 Vegetarian Capsules
Supplement Facts
Serving Size 1 vegetarian capsule
Servings Per Container 100
Amount Per Serving | % Daily Value
Magnesium (as magnesium oxide, magnesium citrate, magnesium glycinate) | 500 mg | 119%
Other ingredients: vegetable cellulose (capsule), microcrystalline cellulose, rice flour, silica, vegetable stearate.
Dosage and Use: Take one (1) capsule daily with food, or as recommended by a healthcare practitioner.
Caution: Do not exceed the recommended dose. Magnesium may cause loose stools.""",
 el=500, forms=["oxide", "citrate", "glycinate"], dv=119, sc=100)

add("us_thorne_citramate", "en", "us_supplement",
 "Modelled on Thorne Magnesium CitraMate (citrate + malate): 2 capsules = 135 mg; 135/420 = 32.1 -> 32%. 90 capsules / 2 = 45.",
"""THORNE®
Magnesium CitraMate
Citrate & Malate | NSF Certified for Sport®
90 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 45
Amount Per Serving | % Daily Value
Magnesium (as Magnesium Citrate and Magnesium Malate) | 135 mg | 32%
Other Ingredients: Hypromellose (derived from cellulose) capsule, Leucine, Microcrystalline Cellulose, Silicon Dioxide.
Suggested Use: Take 2 capsules one to three times daily or as recommended by your health-care professional.
Warning: If pregnant, consult your health-care practitioner before using this product.""",
 el=135, forms=["citrate", "malate"], dv=32, sc=45)

add("us_buffered_chelate_dfh", "en", "us_supplement",
 "Modelled on Designs for Health Magnesium Buffered Chelate (TRAACS bisglycinate, buffer compound not named): 2 capsules = 240 mg (amount simplified); 240/420 = 57.1 -> 57%. Forms: glycinate only, since the buffer is not named. 120 capsules / 2 = 60.",
"""DESIGNS FOR HEALTH®
Magnesium Buffered Chelate
Albion® TRAACS® | 120 Vegetarian Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
Amount Per Serving | % Daily Value
Magnesium (as Albion® TRAACS® Magnesium Bisglycinate Chelate Buffered) | 240 mg | 57%
Other Ingredients: Hypromellose (capsule), microcrystalline cellulose, L-leucine.
Suggested Use: As a dietary supplement, take 2 capsules per day, or as directed by your health care practitioner.
Caution: Consult your health care practitioner if pregnant, nursing, or taking medications.""",
 el=240, forms=["glycinate"], dv=57, sc=60)

add("us_buffered_named_oxide", "en", "us_supplement",
 "Modelled on KAL / Nature's Way 'Magnesium Glycinate' buffered tablets whose panel names the oxide buffer: 2 tablets = 350 mg; 350/420 = 83.3 -> 83%. Forms glycinate + oxide (named). 180 tablets / 2 = 90.",
"""KAL®
Magnesium Glycinate 350
Buffered for Higher Potency | 180 Tablets
Supplement Facts
Serving Size 2 Tablets
Servings Per Container 90
Amount Per Serving | % Daily Value
Magnesium (as magnesium glycinate chelate, buffered with magnesium oxide) | 350 mg | 83%
Other Ingredients: Cellulose, vegetable stearic acid, croscarmellose sodium, vegetable magnesium stearate, silica, pharmaceutical glaze.
Suggested Use: Take 2 tablets daily with a meal.
Warning: Not for use by children or pregnant or nursing women.""",
 el=350, forms=["glycinate", "oxide"], dv=83, sc=90)

add("us_two_rows_glyc_threonate", "en", "us_supplement",
 "Modelled on 'Magnesium Sleep Complex' capsules (glycinate + Magtein threonate on two separate Mg rows, e.g., Cymbiotika/Momentous-style): 120 mg (29%, 120/420=28.6) + 48 mg (11%, 48/420=11.4); elemental and %DV summed: 168 mg, 40%. 60 capsules / 2 = 30.",
"""Magnesium Sleep Complex
Glycinate + L-Threonate | Non-Habit Forming*
60 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 30
Amount Per Serving | % Daily Value
Magnesium (as magnesium bisglycinate) | 120 mg | 29%
Magnesium (as Magtein® magnesium L-threonate) | 48 mg | 11%
L-Theanine | 100 mg | †
Apigenin | 50 mg | †
† Daily Value not established.
Other Ingredients: Hypromellose (capsule), rice flour.
Suggested Use: Take 2 capsules 30 to 60 minutes before bedtime.
Warning: May cause drowsiness. Do not drive or operate machinery after use.""",
 el=168, forms=["glycinate", "threonate"], dv=40, sc=30)

add("us_two_rows_oxide_aspartate_calmag", "en", "us_supplement",
 "Modelled on older Twinlab/Country Life Cal-Mag labels with two Mg rows separated by a calcium row: Mg oxide 150 mg (36%, 150/420=35.7) + Mg aspartate 50 mg (12%, 50/420=11.9); sums 200 mg, 48%. Calcium rows not Mg. 180 tablets / 3 = 60.",
"""Cal-Mag Complex
Calcium & Magnesium with Vitamin D3 | 180 Tablets
Supplement Facts
Serving Size 3 Tablets
Servings Per Container 60
Amount Per Serving | % Daily Value
Vitamin D3 (as cholecalciferol) | 10 mcg (400 IU) | 50%
Calcium (as calcium carbonate) | 300 mg | 23%
Magnesium (as magnesium oxide) | 150 mg | 36%
Calcium (as calcium aspartate) | 100 mg | 8%
Magnesium (as magnesium aspartate) | 50 mg | 12%
Other Ingredients: Cellulose, stearic acid, croscarmellose sodium, magnesium stearate, silica, pharmaceutical glaze.
Suggested Use: Adults take 3 tablets daily with meals, in divided doses.""",
 el=200, forms=["oxide", "aspartate"], dv=48, sc=60)

add("us_compound_lactate", "en", "us_supplement",
 "Modelled on compound-only lactate labels (e.g., BulkSupplements-style 'Magnesium Lactate 500 mg' capsules). Computed 500 x 0.120 (anhydrous lactate) = 60 mg; tol 20 (a dihydrate would give 51 mg, still inside). 90 capsules.",
"""Magnesium Lactate
500 mg | Easy on the Stomach
90 Veggie Capsules
Supplement Facts
Serving Size 1 Capsule
Servings Per Container 90
Amount Per Serving | % Daily Value
Magnesium Lactate | 500 mg | †
† Daily Value not established.
Other Ingredients: Hypromellose (capsule).
Suggested Use: As a dietary supplement, take 1 capsule up to three times daily with meals.""",
 el=60, tol=20, forms=["lactate"], dv=None, sc=90)

add("us_compound_orotate", "en", "us_supplement",
 "Modelled on compound-only orotate labels ('Magnesium Orotate 1000 mg' per 2 capsules, e.g., Amazon store brands). Computed 1000 x 0.073 (anhydrous orotate) = 73 mg; tol 20 (dihydrate 66 mg inside). 120 capsules / 2 = 60.",
"""Magnesium Orotate
1000 mg per serving | Heart & Energy Support*
120 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
Amount Per Serving | % Daily Value
Magnesium Orotate | 1,000 mg | **
**Daily Value not established.
Other Ingredients: Gelatin capsule, magnesium stearate.
Directions: Take 2 capsules daily with water.
Warning: Pregnant or nursing mothers, children under 18, and individuals with a known medical condition should consult a physician before use.""",
 el=73, tol=20, forms=["orotate"], dv=None, sc=60)

add("us_citrate_legacy_twinlab", "en", "us_supplement",
 "Modelled on a pre-2020 Twinlab/NOW 'Magnesium Citrate 100 mg' label using the legacy 400 mg DV: 100/400 = 25% printed (420 would give 24%). 100 capsules.",
"""Magnesium Citrate
100 mg | Dietary Supplement
100 Capsules
Supplement Facts
Serving Size 1 Capsule
Servings Per Container 100
Amount Per Serving | % Daily Value
Magnesium (as magnesium citrate) | 100 mg | 25%
Other Ingredients: Gelatin, cellulose, magnesium stearate.
Directions: Take 1 capsule 1 to 3 times daily with meals.""",
 el=100, forms=["citrate"], dv=25, sc=100, _dvb=400)

add("us_glyc_twocol_percap", "en", "us_supplement",
 "Modelled on US panels with 'per capsule' and 'per 3 capsules' columns (e.g., Pure Encapsulations-style two-column labels, different product): serving 1 capsule = 100 mg (24%, 100/420=23.8); per 3 capsules 300 mg (71%, 300/420=71.4) -> elemental_alt_mg. 90 capsules.",
"""Magnesium Glycinate
Calm & Relaxation* | 90 Capsules
Supplement Facts
Serving Size 1 Capsule
Servings Per Container 90
Amount Per | 1 Capsule | %DV | 3 Capsules | %DV
Magnesium (as magnesium bisglycinate chelate) | 100 mg | 24% | 300 mg | 71%
Other Ingredients: Hypromellose (capsule), microcrystalline cellulose.
Suggested Use: Take 1 to 3 capsules daily, with or without meals.
Keep out of reach of children.""",
 el=100, forms=["glycinate"], dv=24, sc=90, elemental_alt_mg=300)

add("us_glyc_nutricost_420", "en", "us_supplement",
 "Modelled on Nutricost Magnesium Glycinate capsules: 3 capsules = 420 mg; 420/420 = 100%. 180 capsules / 3 = 60.",
"""nutricost®
Magnesium Glycinate
420 mg per serving | Non-GMO | Gluten Free
180 Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 60
Amount Per Serving | % Daily Value
Magnesium (as Magnesium Glycinate) | 420 mg | 100%
Other Ingredients: Hypromellose (capsule), Rice Flour.
Directions: Take 3 capsules daily.
Warning: Consult a physician before use if you are pregnant, nursing, taking medication, or have a medical condition.""",
 el=420, forms=["glycinate"], dv=100, sc=60)

add("us_glyc_sleep_theanine", "en", "us_supplement",
 "Modelled on magnesium glycinate + L-theanine + GABA sleep capsules (e.g., Nature's Bounty / Olly-style 'Sleep' blends): 2 capsules = 250 mg; 250/420 = 59.5 -> 60%. 60 capsules / 2 = 30.",
"""Magnesium Glycinate
+ L-Theanine & GABA | Nighttime Relaxation*
60 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 30
Amount Per Serving | % Daily Value
Magnesium (as magnesium bisglycinate chelate) | 250 mg | 60%
L-Theanine | 200 mg | *
GABA (gamma-aminobutyric acid) | 100 mg | *
Chamomile (Matricaria recutita) flower extract | 50 mg | *
*Daily Value not established.
Other Ingredients: Hypromellose, rice flour, magnesium stearate.
Suggested Use: Take 2 capsules 30 minutes before bedtime.
Caution: May cause drowsiness. Do not take with alcohol.""",
 el=250, forms=["glycinate"], dv=60, sc=30)

add("us_gummy_citrate_3", "en", "us_supplement",
 "Modelled on Nature's Bounty / Vitafusion magnesium citrate gummies (amounts simplified): 3 gummies = 125 mg; 125/420 = 29.8 -> 30%. 90 gummies / 3 = 30.",
"""Magnesium Gummies
Raspberry Flavor | Supports Muscle & Nerve Function*
90 Gummies
Supplement Facts
Serving Size 3 Gummies
Servings Per Container 30
Amount Per Serving | % Daily Value
Calories | 20
Total Carbohydrate | 5 g | 2%**
Total Sugars | 4 g | †
Includes 4 g Added Sugars | | 8%**
Magnesium (as magnesium citrate) | 125 mg | 30%
Sodium | 10 mg | <1%
**Percent Daily Values are based on a 2,000 calorie diet. † Daily Value not established.
Other Ingredients: Glucose syrup, sugar, water, pectin, citric acid, natural flavors, sodium citrate, coconut oil, carnauba wax, purple carrot juice concentrate (color).
Suggested Use: Adults chew 3 gummies daily.""",
 el=125, forms=["citrate"], dv=30, sc=30)

add("us_gummy_glycinate_sugarfree", "en", "us_supplement",
 "Modelled on sugar-free magnesium glycinate gummies (e.g., Goli-style / Amazon brands): 2 gummies = 50 mg; 50/420 = 11.9 -> 12%. 60 gummies / 2 = 30.",
"""Magnesium Glycinate Gummies
Sugar Free | Mixed Berry | Vegan
60 Gummies
Supplement Facts
Serving Size 2 Gummies (5 g)
Servings Per Container 30
Amount Per Serving | %DV
Calories | 10
Total Carbohydrate | 4 g | 1%*
Sugar Alcohol | 3 g | **
Magnesium (as magnesium bisglycinate) | 50 mg | 12%
*Percent Daily Values are based on a 2,000 calorie diet. **Daily Value not established.
Other Ingredients: Maltitol syrup, isomalt, pectin, water, citric acid, natural flavors, sodium citrate, black carrot concentrate (color).
Directions: Adults chew 2 gummies daily. Excess consumption of maltitol may have a laxative effect.""",
 el=50, forms=["glycinate"], dv=12, sc=30)

# =====================================================================================================
# Marketing headline vs panel (counted as "other" in the README)
# =====================================================================================================
add("mk_glyc500_front_70", "en", "us_supplement",
 "Modelled on Amazon-style 'MAGNESIUM GLYCINATE 500 MG' bottles whose front figure is the compound weight; the panel says 70 mg elemental per capsule (500 x 0.141 = 70.5); 70/420 = 16.7 -> 17%. Expected = panel value 70. 120 capsules.",
"""MAGNESIUM GLYCINATE 500 MG
HIGH ABSORPTION | MAXIMUM STRENGTH
Sleep • Muscle • Stress Support*
120 Capsules
Supplement Facts
Serving Size 1 Capsule
Servings Per Container 120
Amount Per Serving | % Daily Value
Magnesium (as magnesium glycinate) | 70 mg | 17%
Other Ingredients: Gelatin (capsule), rice flour, magnesium stearate, silicon dioxide.
Suggested Use: Take 1 capsule up to 3 times daily with water.
500 mg magnesium glycinate per capsule. Warning: Consult your physician before use if pregnant or nursing.""",
 el=70, forms=["glycinate"], dv=17, sc=120)

add("mk_citrate1330_front_210", "en", "us_supplement",
 "Modelled on Amazon-style 'Magnesium Citrate 1330 mg' capsule bottles: front gives compound weight per serving; panel states 210 mg elemental per 3 capsules (1330 x 0.162 = 215); 210/420 = 50%. 180 capsules / 3 = 60.",
"""MAGNESIUM CITRATE
1330 mg | EXTRA STRENGTH
Supports Regularity, Muscle & Heart*
180 Vegan Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 60
Amount Per Serving | % Daily Value
Magnesium (as magnesium citrate) | 210 mg | 50%
Other Ingredients: Hypromellose (vegan capsule), rice flour.
Suggested Use: Take 3 capsules daily with a meal and a full glass of water.
Each serving provides 1330 mg of magnesium citrate. Warning: May have a laxative effect at high intakes.""",
 el=210, forms=["citrate"], dv=50, sc=60)

# =====================================================================================================
# Multivitamins (Mg one row among many)
# =====================================================================================================
add("mv_kirkland_mature", "en", "multivitamin",
 "Modelled on Kirkland Signature Mature Multi Adults 50+ (amounts approximate): 1 tablet, Magnesium (oxide) 50 mg; 50/420 = 11.9 -> 12%. Calcium, zinc, chromium (mcg) rows present. 365 tablets.",
"""KIRKLAND SIGNATURE™
Mature Multi
Multivitamin/Multimineral | Adults 50+
365 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 365
Amount Per Serving | % Daily Value
Vitamin A (as retinyl acetate and beta-carotene) | 750 mcg | 83%
Vitamin C (as ascorbic acid) | 60 mg | 67%
Vitamin D (as cholecalciferol) | 25 mcg (1,000 IU) | 125%
Vitamin E (as dl-alpha tocopheryl acetate) | 22.5 mg | 150%
Vitamin K (as phytonadione) | 30 mcg | 25%
Thiamin (as thiamine mononitrate) | 1.5 mg | 125%
Riboflavin | 1.7 mg | 131%
Niacin (as niacinamide) | 20 mg | 125%
Vitamin B6 (as pyridoxine hydrochloride) | 3 mg | 176%
Folate | 400 mcg DFE (240 mcg folic acid) | 100%
Vitamin B12 (as cyanocobalamin) | 25 mcg | 1,042%
Biotin | 30 mcg | 100%
Calcium (as calcium carbonate) | 220 mg | 17%
Iodine (as potassium iodide) | 150 mcg | 100%
Magnesium (as magnesium oxide) | 50 mg | 12%
Zinc (as zinc oxide) | 11 mg | 100%
Selenium (as sodium selenate) | 55 mcg | 100%
Copper (as cupric sulfate) | 0.5 mg | 56%
Manganese (as manganese sulfate) | 2.3 mg | 100%
Chromium (as chromium picolinate) | 45 mcg | 129%
Molybdenum (as sodium molybdate) | 45 mcg | 100%
Potassium (as potassium chloride) | 80 mg | 2%
Lutein | 250 mcg | *
*Daily Value not established.
Other Ingredients: Microcrystalline Cellulose, Crospovidone, Hypromellose, Magnesium Stearate, Silicon Dioxide, Titanium Dioxide, Polyethylene Glycol.
Directions: Adults 50 years and older, take one tablet daily with food. Not formulated for use in children.
WARNING: Accidental overdose of iron-containing products is a leading cause of fatal poisoning in children under 6. Keep this product out of reach of children.""",
 el=50, forms=["oxide"], dv=12, sc=365)

add("mv_optimen_3tabs", "en", "multivitamin",
 "Modelled on Optimum Nutrition Opti-Men (3 tablets; amounts approximate): Magnesium (oxide, aspartate) 80 mg; 80/420 = 19.05 -> 19%. Zinc 30 mg (273%), calcium 200 mg, boron and iodine mcg rows. 240 tablets / 3 = 80.",
"""OPTIMUM NUTRITION
OPTI-MEN®
Multivitamin for Active Men | 240 Tablets
Supplement Facts
Serving Size 3 Tablets
Servings Per Container 80
Amount Per Serving | % Daily Value
Vitamin A (as beta-carotene and retinyl acetate) | 3,000 mcg | 333%
Vitamin C (as ascorbic acid) | 300 mg | 333%
Vitamin D (as cholecalciferol) | 75 mcg (3,000 IU) | 375%
Vitamin E (as d-alpha tocopheryl succinate) | 134 mg | 893%
Vitamin B6 (as pyridoxine HCl) | 50 mg | 2,941%
Vitamin B12 (as cyanocobalamin) | 100 mcg | 4,167%
Calcium (as calcium carbonate) | 200 mg | 15%
Iodine (as potassium iodide) | 150 mcg | 100%
Magnesium (as magnesium oxide, magnesium aspartate) | 80 mg | 19%
Zinc (as zinc citrate) | 30 mg | 273%
Selenium (as L-selenomethionine) | 200 mcg | 364%
Boron (as boron citrate) | 2 mg | *
Amino Blend | 1.25 g | *
*Daily Value not established.
Other Ingredients: Microcrystalline Cellulose, Croscarmellose Sodium, Stearic Acid, Magnesium Stearate, Silica, Pharmaceutical Glaze.
Directions: For adult men, take 3 tablets daily with food, preferably 1 tablet with each meal.""",
 el=80, forms=["oxide", "aspartate"], dv=19, sc=80)

add("mv_rainbowlight_womens_one", "en", "multivitamin",
 "Modelled on Rainbow Light Women's One multivitamin (amounts approximate): Magnesium (citrate, oxide) 40 mg; 40/420 = 9.5 -> 10%. Iron, calcium, zinc rows present. 90 tablets.",
"""RAINBOW LIGHT®
Women's One®
Food-Based Multivitamin | 90 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 90
Amount Per Serving | % Daily Value
Vitamin A (as beta-carotene) | 1,500 mcg | 167%
Vitamin C (as ascorbic acid) | 120 mg | 133%
Vitamin D3 (as cholecalciferol) | 25 mcg (1,000 IU) | 125%
Folate | 680 mcg DFE (400 mcg folic acid) | 170%
Vitamin B12 (as methylcobalamin) | 25 mcg | 1,042%
Calcium (as calcium carbonate) | 90 mg | 7%
Iron (as ferrous bisglycinate) | 18 mg | 100%
Magnesium (as magnesium citrate, magnesium oxide) | 40 mg | 10%
Zinc (as zinc citrate) | 8 mg | 73%
Selenium (as selenomethionine) | 35 mcg | 64%
Other Ingredients: Cellulose, Vegetable Stearic Acid, Croscarmellose Sodium, Silica, Vegetable Magnesium Stearate, Spirulina, Organic Fruit Blend.
Directions: Take 1 tablet daily with a meal.
WARNING: Accidental overdose of iron-containing products is a leading cause of fatal poisoning in children under 6.""",
 el=40, forms=["citrate", "oxide"], dv=10, sc=90)

add("mv_twocol_perday_douglas", "en", "multivitamin",
 "Modelled on two-column practitioner multis (e.g., Douglas Laboratories Ultra Preventive, per 2 capsules / per 6 capsules): serving 2 capsules Mg 40 mg (10%, 40/420=9.5); per day 6 capsules 120 mg (29%, 120/420=28.6) in elemental_alt_mg. 180 capsules / 2 = 90 servings.",
"""Practitioner Daily Multi
Complete Multivitamin & Mineral | 180 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 90
Amount Per | Serving | %DV | Per Day (6 Capsules) | %DV
Vitamin C (as ascorbic acid) | 150 mg | 167% | 450 mg | 500%
Vitamin D3 (as cholecalciferol) | 12.5 mcg | 63% | 37.5 mcg | 188%
Calcium (as calcium citrate) | 100 mg | 8% | 300 mg | 23%
Magnesium (as magnesium bisglycinate chelate, magnesium citrate) | 40 mg | 10% | 120 mg | 29%
Zinc (as zinc bisglycinate chelate) | 5 mg | 45% | 15 mg | 136%
Selenium (as selenomethionine) | 33 mcg | 60% | 100 mcg | 182%
Other Ingredients: Hypromellose (capsule), microcrystalline cellulose, silicon dioxide.
Directions: Take 2 capsules three times daily with meals, or as directed by a healthcare practitioner.""",
 el=40, forms=["glycinate", "citrate"], dv=10, sc=90, elemental_alt_mg=120)

add("mv_prenatal_rainbowlight_dv400", "en", "multivitamin",
 "Modelled on Rainbow Light Prenatal One with the pregnant/lactating DV header: Mg (citrate) 25 mg; 25/400 = 6.25 -> 6%. 90 tablets.",
"""RAINBOW LIGHT®
Prenatal One®
Multivitamin for Mom & Baby | 90 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 90
Amount Per Serving | % Daily Value for Pregnant and Lactating Women
Vitamin A (as beta-carotene) | 750 mcg | 58%
Vitamin D3 (as cholecalciferol) | 25 mcg (1,000 IU) | 167%
Folate | 1,000 mcg DFE (600 mcg folic acid) | 167%
Vitamin B12 (as methylcobalamin) | 10 mcg | 357%
Choline (as choline bitartrate) | 55 mg | 10%
Calcium (as calcium carbonate) | 100 mg | 8%
Iron (as ferrous bisglycinate) | 27 mg | 100%
Iodine (as potassium iodide) | 150 mcg | 52%
Magnesium (as magnesium citrate) | 25 mg | 6%
Zinc (as zinc citrate) | 11 mg | 85%
Other Ingredients: Cellulose, Vegetable Stearic Acid, Croscarmellose Sodium, Silica, Ginger Root, Vegetable Magnesium Stearate.
Directions: Take 1 tablet daily with a meal.
WARNING: Accidental overdose of iron-containing products is a leading cause of fatal poisoning in children under 6.""",
 el=25, forms=["citrate"], dv=6, sc=90, _dvb=400)

add("mv_now_magcal_2to1", "en", "multivitamin",
 "Modelled on NOW Magnesium & Calcium (reversed 2:1) tablets with zinc and D3: 3 tablets = Mg 500 mg (oxide, citrate, aspartate); 500/420 = 119.0 -> 119%. Calcium 250 mg (19%, 250/1300=19.2), zinc 10 mg (91%). 240 tablets / 3 = 80.",
"""NOW®
Magnesium & Calcium
Reversed 2:1 Ratio | with Zinc & Vitamin D3
240 Tablets
Supplement Facts
Serving Size 3 Tablets
Servings Per Container 80
Amount Per Serving | % Daily Value
Vitamin D3 (as cholecalciferol) | 5 mcg (200 IU) | 25%
Calcium (from Calcium Carbonate and Calcium Citrate) | 250 mg | 19%
Magnesium (from Magnesium Oxide, Magnesium Citrate and Magnesium Aspartate) | 500 mg | 119%
Zinc (from Zinc Gluconate) | 10 mg | 91%
Other Ingredients: Cellulose, Stearic Acid (vegetable source), Croscarmellose Sodium, Magnesium Stearate (vegetable source), Silica and Hydroxypropyl Methylcellulose (coating).
Suggested Use: As a dietary supplement, take 3 tablets 1 to 2 times daily with food.""",
 el=500, forms=["oxide", "citrate", "aspartate"], dv=119, sc=80)

add("mv_alive_max3", "en", "multivitamin",
 "Modelled on Nature's Way Alive! Max3 Daily multivitamin (amounts approximate): Mg (citrate, oxide) 100 mg; 100/420 = 23.8 -> 24%. 90 tablets.",
"""Nature's Way®
Alive!® Max3 Daily
Multi-Vitamin | Max Potency | 90 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 90
Amount Per Serving | % Daily Value
Vitamin C (as ascorbic acid) | 500 mg | 556%
Vitamin D3 (as cholecalciferol) | 25 mcg (1,000 IU) | 125%
Vitamin B6 (as pyridoxine HCl) | 25 mg | 1,471%
Vitamin B12 (as methylcobalamin) | 250 mcg | 10,417%
Calcium (as calcium carbonate) | 100 mg | 8%
Magnesium (as magnesium citrate, magnesium oxide) | 100 mg | 24%
Zinc (as zinc citrate) | 15 mg | 136%
Selenium (as sodium selenite) | 70 mcg | 127%
Manganese (as manganese citrate) | 2 mg | 87%
Chromium (as chromium nicotinate) | 120 mcg | 343%
Orchard Fruits & Garden Veggies Powder | 250 mg | *
*Daily Value not established.
Other Ingredients: Cellulose, modified cellulose gum, magnesium stearate, silica, hypromellose.
Suggested Use: Take 1 tablet daily with food.""",
 el=100, forms=["citrate", "oxide"], dv=24, sc=90)

# =====================================================================================================
# Powders
# =====================================================================================================
add("pw_ionicfizz_start_half", "en", "powder",
 "Modelled on Pure Essence Ionic-Fizz Magnesium Plus ('start with ½ teaspoon and increase to 2 teaspoons'): serving 2 teaspoons (7.5 g) = 400 mg; 400/420 = 95.2 -> 95%. Forms: carbonate and citrate are both named in the panel parenthesis. Servings about 44 printed.",
"""PURE ESSENCE
Ionic-Fizz™ Magnesium Plus
Effervescent Drink Powder | Mixed Berry
NET WT 11.6 OZ (330 g)
Supplement Facts
Serving Size 2 Teaspoons (7.5 g)
Servings Per Container about 44
Amount Per Serving | % Daily Value
Calories | 10
Total Carbohydrate | 2 g | <1%*
Magnesium (as magnesium carbonate and magnesium citrate) | 400 mg | 95%
Potassium (as potassium bicarbonate) | 99 mg | 2%
*Percent Daily Values are based on a 2,000 calorie diet.
Other Ingredients: Citric acid, natural berry flavors, stevia leaf extract, silica.
Directions: Start with ½ teaspoon daily and increase gradually to 2 teaspoons daily, as tolerated. Dissolve in 4 oz of hot water; let fizz, then add cold water.
Warning: Reduce the amount if loose stools occur. Consult a physician before use if you have kidney disease.""",
 el=400, forms=["carbonate", "citrate"], dv=95, sc=44)

add("pw_bulk_glycinate_compound", "en", "powder",
 "Modelled on BulkSupplements Magnesium Glycinate powder (compound-only panel, 2,000 mg per 2 g serving). Computed 2000 x 0.141 = 282 mg; tol 20. 500 g / 2 g = 250 servings (printed).",
"""BulkSupplements.com
Magnesium Glycinate Powder
Pure | No Fillers | 500 g (1.1 lbs)
Supplement Facts
Serving Size 2 g (about 1 scoop)
Servings Per Container 250
Amount Per Serving | % Daily Value
Magnesium Glycinate (powder) | 2,000 mg | †
† Daily Value not established.
Other Ingredients: None.
Suggested Use: As a dietary supplement, take 2000 mg once daily, or as directed by a physician.
Warning: This product is for adult use only. Consult a physician before use if pregnant or nursing.""",
 el=282, tol=20, forms=["glycinate"], dv=None, sc=250)

add("pw_magnesiom_moonjuice", "en", "powder",
 "Modelled on Moon Juice Magnesi-Om powder (three named forms + L-theanine; forms/amount approximate): 1 tsp (4 g) = 130 mg; 130/420 = 30.95 -> 31%. 180 g / 4 g = 45 servings.",
"""MOON JUICE
Magnesi-Om®
Magnesium Powder for Calm & Sleep* | Berry
Net Wt 6.3 oz (180 g)
Supplement Facts
Serving Size 1 Teaspoon (4 g)
Servings Per Container 45
Amount Per Serving | % Daily Value
Calories | 5
Magnesium (as magnesium citrate, magnesium gluconate, magnesium L-threonate) | 130 mg | 31%
L-Theanine | 100 mg | **
**Daily Value not established.
Other Ingredients: Organic monk fruit extract, organic berry flavor, citric acid.
How to Use: Mix 1 teaspoon into 8 oz of warm or cold water. Enjoy daily, ideally 1 hour before bed.""",
 el=130, forms=["citrate", "gluconate", "threonate"], dv=31, sc=45)

add("pw_carbonate_bulk_1g", "en", "powder",
 "Modelled on BulkSupplements Magnesium Carbonate powder (elemental declared): 1 g serving = 250 mg; 250/420 = 59.5 -> 60%. 250 g / 1 g = 250.",
"""BulkSupplements.com
Magnesium Carbonate Powder
Pure Dietary Supplement | 250 g
Supplement Facts
Serving Size 1 g
Servings Per Container 250
Amount Per Serving | % Daily Value
Magnesium (as magnesium carbonate) | 250 mg | 60%
Other Ingredients: None.
Suggested Use: As a dietary supplement, take 1 g daily mixed into water or juice, or as directed by a physician.
Warning: Excessive intake may cause loose stools.""",
 el=250, forms=["carbonate"], dv=60, sc=250)

add("pw_ultima_scoop", "en", "powder",
 "Modelled on Ultima Replenisher electrolyte powder (1 scoop; amounts approximate): Mg (citrate) 100 mg; 100/420 = 23.8 -> 24%. 30 servings.",
"""ULTIMA REPLENISHER®
Electrolyte Hydration Powder | Raspberry
Zero Sugar | 30 Servings | Net Wt 3.7 oz (105 g)
Supplement Facts
Serving Size 1 Scoop (3.5 g)
Servings Per Container 30
Amount Per Serving | % Daily Value
Calories | 0
Vitamin C (as ascorbic acid) | 100 mg | 111%
Calcium (as calcium citrate) | 25 mg | 2%
Magnesium (as magnesium citrate) | 100 mg | 24%
Zinc (as zinc citrate) | 2 mg | 18%
Sodium (as sodium chloride) | 55 mg | 2%
Potassium (as potassium citrate) | 250 mg | 5%
Chloride (as sodium chloride) | 78 mg | 3%
Other Ingredients: Citric acid, natural raspberry flavor, stevia leaf extract, beet root powder (color), silica.
Directions: Mix 1 scoop with 16-20 oz of water.""",
 el=100, forms=["citrate"], dv=24, sc=30)

# =====================================================================================================
# Liquids
# =====================================================================================================
add("lq_remag_halftsp", "en", "liquid",
 "Modelled on ReMag (Dr. Carolyn Dean, picometer magnesium chloride liquid; amounts approximate): 1/2 tsp (2.5 mL) = 150 mg; 150/420 = 35.7 -> 36%. 8 fl oz (240 mL) / 2.5 mL = 96 servings (printed).",
"""ReMag®
Pico-Ionic Liquid Magnesium
8 fl oz (240 mL)
Supplement Facts
Serving Size ½ tsp (2.5 mL)
Servings Per Container 96
Amount Per Serving | % Daily Value
Magnesium (as magnesium chloride) | 150 mg | 36%
Other Ingredients: Purified water.
Suggested Use: Start with ¼ teaspoon daily in 1 liter of water and sip throughout the day. Gradually increase to ½ teaspoon 2 to 3 times daily, or as directed by your health care practitioner.
Caution: Do not take undiluted. Consult your physician if you have kidney disease.""",
 el=150, forms=["chloride"], dv=36, sc=96)

add("lq_drops_halfml", "en", "liquid",
 "Modelled on Trace Minerals Liquid Ionic Magnesium / MaryRuth's-type concentrated drops with a sub-mL serving: 0.5 mL (10 drops) = 50 mg; 50/420 = 11.9 -> 12%. 2 fl oz (60 mL) / 0.5 = 120 servings.",
"""Liquid Magnesium Drops
Concentrated Ionic Formula | Unflavored
2 fl oz (60 mL)
Supplement Facts
Serving Size 0.5 mL (10 drops)
Servings Per Container 120
Amount Per Serving | % Daily Value
Magnesium (as magnesium chloride) | 50 mg | 12%
Chloride (as magnesium chloride) | 145 mg | 6%
Other Ingredients: Deionized water.
Directions: Add 10 drops (0.5 mL) to 8 oz of water or juice 1 to 4 times daily. Do not take undiluted.
Warning: Excessive use may cause loose stools. Keep out of reach of children.""",
 el=50, forms=["chloride"], dv=12, sc=120)

add("lq_magonate_liquid", "en", "liquid",
 "Modelled on Magonate liquid (magnesium gluconate): 5 mL = 54 mg elemental (1000 mg gluconate); 54/420 = 12.9 -> 13%. 16 fl oz (473 mL) / 5 mL = about 94 servings (printed).",
"""MAGONATE®
Liquid Magnesium Gluconate
Natural Mint Flavor | 16 fl oz (473 mL)
Supplement Facts
Serving Size 1 Teaspoon (5 mL)
Servings Per Container about 94
Amount Per Serving | % Daily Value
Magnesium (as magnesium gluconate) | 54 mg | 13%
Other Ingredients: Purified water, glycerin, sorbitol, natural mint flavor, sodium benzoate, potassium sorbate.
Directions: Adults: 1 to 2 teaspoons three times daily with meals, or as directed by a physician. Shake well before use.
Warning: If you have kidney disease, use only under the supervision of a physician.""",
 el=54, forms=["gluconate"], dv=13, sc=94)

add("lq_bluebonnet_calmag_liquid", "en", "liquid",
 "Modelled on Bluebonnet Liquid Calcium Magnesium Citrate plus D3: 2 Tbsp (30 mL) = Mg 500 mg; 500/420 = 119.0 -> 119%. Calcium 1,000 mg (77%) is not Mg. 16 fl oz / 1 fl oz = 16 servings.",
"""BLUEBONNET
Liquid Calcium Magnesium Citrate
Plus Vitamin D3 | Natural Lemon Flavor
16 fl oz (473 mL)
Supplement Facts
Serving Size 2 Tablespoons (30 mL)
Servings Per Container 16
Amount Per Serving | % Daily Value
Calories | 20
Total Carbohydrate | 5 g | 2%*
Vitamin D3 (as cholecalciferol) | 10 mcg (400 IU) | 50%
Calcium (as calcium citrate) | 1,000 mg | 77%
Magnesium (as magnesium citrate) | 500 mg | 119%
*Percent Daily Values are based on a 2,000 calorie diet.
Other Ingredients: Purified water, vegetable glycerin, xylitol, citric acid, natural lemon flavor, xanthan gum, potassium sorbate.
Suggested Use: Shake well. Adults take 2 tablespoons daily, preferably with a meal. Refrigerate after opening.""",
 el=500, forms=["citrate"], dv=119, sc=16)

# =====================================================================================================
# Children
# =====================================================================================================
add("ch_toddler_gummy_multi_dv80", "en", "children",
 "Modelled on toddler gummy multivitamins (SmartyPants Toddler / L'il Critters-style) with the 'Children 1 through 3 Years' header: 2 gummies Mg (citrate) 12 mg; 12/80 = 15%. Zinc 2 mg 67% (DV 3), calcium 50 mg 7% (DV 700). 60 gummies / 2 = 30.",
"""Toddler Complete Multi Gummies
Ages 2-3 | Strawberry & Orange
60 Gummies
Supplement Facts
Serving Size 2 Gummies
Servings Per Container 30
Amount Per Serving | % Daily Value for Children 1 through 3 Years of Age
Calories | 15
Total Carbohydrate | 3 g | **
Total Sugars | 2 g | **
Includes 2 g Added Sugars | | **
Vitamin A (as retinyl palmitate) | 150 mcg | 50%
Vitamin C (as ascorbic acid) | 15 mg | 100%
Vitamin D3 (as cholecalciferol) | 10 mcg (400 IU) | 67%
Calcium (as tricalcium phosphate) | 50 mg | 7%
Iodine (as potassium iodide) | 45 mcg | 50%
Magnesium (as magnesium citrate) | 12 mg | 15%
Zinc (as zinc citrate) | 2 mg | 67%
**Daily Value not established.
Other Ingredients: Cane sugar, tapioca syrup, pectin, citric acid, natural flavors, vegetable juice (color).
Directions: Children 2 and 3 years: chew 2 gummies daily. Adult supervision required.
Warning: Choking hazard. Not for children under 2 years.""",
 el=12, forms=["citrate"], dv=15, sc=30, _dvb=80)

add("ch_kids_chewable_rainbowlight", "en", "children",
 "Modelled on Rainbow Light Kids One MultiStars chewables (ages 4+; amounts approximate): Mg (oxide) 25 mg; 25/420 = 5.95 -> 6%. 120 chewables.",
"""RAINBOW LIGHT®
Kids One® MultiStars
Chewable Multivitamin | Fruit Punch | Ages 4+
120 Chewable Tablets
Supplement Facts
Serving Size 1 Chewable Tablet
Servings Per Container 120
Amount Per Serving | % Daily Value for Children 4 Years of Age and Older
Vitamin A (as beta-carotene) | 450 mcg | 50%
Vitamin C (as ascorbic acid) | 90 mg | 100%
Vitamin D3 (as cholecalciferol) | 15 mcg (600 IU) | 75%
Calcium (as calcium carbonate) | 50 mg | 4%
Iron (as ferrous bisglycinate) | 5 mg | 28%
Magnesium (as magnesium oxide) | 25 mg | 6%
Zinc (as zinc citrate) | 5 mg | 45%
Other Ingredients: Fructose, xylitol, vegetable stearic acid, natural flavors, cellulose, silica, vegetable magnesium stearate.
Directions: Children 4 years and older: chew 1 tablet daily.
WARNING: Accidental overdose of iron-containing products is a leading cause of fatal poisoning in children under 6.""",
 el=25, forms=["oxide"], dv=6, sc=120)

add("ch_kids_liquid_calmag_childlife", "en", "children",
 "Modelled on ChildLife Liquid Calcium/Magnesium (children 4+ header; amounts simplified): 2 tsp (10 mL) = Mg 150 mg; 150/420 = 35.7 -> 36%. 16 fl oz (473 mL) / 10 mL = about 47 servings (printed). Directions mention 1 tsp for 1-3 years but the panel serving is 2 tsp.",
"""ChildLife® Essentials
Liquid Calcium with Magnesium
Natural Orange Flavor | 16 fl oz (473 mL)
Supplement Facts
Serving Size 2 Teaspoons (10 mL)
Servings Per Container about 47
Amount Per Serving | % Daily Value for Children 4 Years of Age and Older
Calories | 15
Total Carbohydrate | 4 g | 1%*
Vitamin D3 (as cholecalciferol) | 10 mcg (400 IU) | 50%
Calcium (as calcium citrate) | 300 mg | 23%
Magnesium (as magnesium citrate) | 150 mg | 36%
Zinc (as zinc citrate) | 2 mg | 18%
*Percent Daily Values are based on a 2,000 calorie diet.
Other Ingredients: Purified water, glycerin, natural orange flavor, xanthan gum, citric acid, potassium sorbate.
Suggested Use: Children 4 to 12 years: 2 teaspoons daily. Children 1 to 3 years: 1 teaspoon daily. Shake well. Refrigerate after opening.""",
 el=150, forms=["citrate"], dv=36, sc=47)

add("ch_kids_calm_gummy_lemonbalm", "en", "children",
 "Modelled on kids' calming magnesium gummies with lemon balm (e.g., Llama Naturals / Nature's Way Kids-style; ages 4+): 2 gummies = 30 mg; 30/420 = 7.1 -> 7%. 60 gummies / 2 = 30.",
"""Kids Calm Magnesium Gummies
with Lemon Balm | Ages 4+ | Grape
60 Gummies
Supplement Facts
Serving Size 2 Gummies
Servings Per Container 30
Amount Per Serving | % Daily Value
Calories | 10
Total Carbohydrate | 3 g | 1%†
Total Sugars | 2 g | *
Includes 2 g Added Sugars | | 4%†
Magnesium (as magnesium citrate) | 30 mg | 7%
Lemon Balm (Melissa officinalis) leaf extract | 40 mg | *
† Percent Daily Values are based on a 2,000 calorie diet. * Daily Value not established.
Other Ingredients: Organic tapioca syrup, organic cane sugar, pectin, citric acid, natural grape flavor, purple carrot concentrate (color).
Directions: Children 4 years and older: chew 2 gummies daily. Adult supervision recommended.
Warning: Choking hazard. Chew thoroughly before swallowing.""",
 el=30, forms=["citrate"], dv=7, sc=30)
