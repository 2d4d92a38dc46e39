# Label sources, part J (blind set 6): US Supplement Facts panels, OTC Drug Facts, UK / Canada / Australia, a topical spray and
# the English negatives. EU labels are in labels_k.py (which imports add/L from here).
# Same format as bench/blindset4/labels_g.py and bench/blindset5/labels_i.py: table cells are separated by " | ";
# keys starting with "_" are private to the checker (check_set.py) and are not written to expected.jsonl:
#   _dvb = the DV base the printed %DV was computed from (default 420 for en, 375 for EU languages; UK sets 375).
L = []
def add(id, lang, kind, note, text, status="ok", el=None, tol=2, forms=(), dv=None, sc=None, **extra):
    d = dict(id=id, lang=lang, kind=kind, source_note=note, status=status, elemental_mg=el,
             elemental_tol_pct=tol, forms=list(forms), percent_dv=dv, serving_count=sc, _text=text)
    d.update(extra); L.append(d)

# =====================================================================================================
# US Supplement Facts: single ingredients
# =====================================================================================================
add("us6_cvs_oxide_500_onetab", "en", "us_supplement",
 "Modelled on CVS Health Magnesium 500 mg tablets (magnesium oxide; amounts as remembered): 1 tablet = 500 mg; 500/420 = 119.0 -> 119%. 100 tablets = 100 servings (printed).",
"""CVS Health™
Magnesium 500 mg
Supports Bone & Muscle Health* | Dietary Supplement | 100 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 100
Amount Per Serving | % Daily Value
Magnesium (as magnesium oxide) | 500 mg | 119%
Other Ingredients: Microcrystalline Cellulose, Croscarmellose Sodium, Hypromellose, Stearic Acid, Magnesium Stearate, Silicon Dioxide, Polyethylene Glycol.
Directions: For adults, take one (1) tablet daily with a meal. Do not exceed suggested use.
Warning: If you are pregnant, nursing, or taking any medications, consult your doctor before use. Keep out of reach of children.
*These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or prevent any disease.
Distributed by: CVS Pharmacy, Inc., One CVS Drive, Woonsocket, RI 02895""",
 el=500, forms=["oxide"], dv=119, sc=100)

add("us6_vivanaturals_glycinate_3caps", "en", "us_supplement",
 "Modelled on Viva Naturals Magnesium Glycinate capsules, 180 count (amounts approximate): Serving Size 3 Capsules, Magnesium (as magnesium bisglycinate chelate) 300 mg; 300/420 = 71.4 -> 71%. 180/3 = 60 (printed).",
"""VIVA NATURALS
Magnesium Glycinate
300 mg Elemental Magnesium per Serving | Gentle on the Stomach
180 Capsules
Supplement Facts
Serving Size: 3 Capsules
Servings Per Container: 60
Amount Per Serving | %DV
Magnesium (as magnesium bisglycinate chelate) | 300 mg | 71%
Other Ingredients: Hydroxypropyl methylcellulose (capsule), rice flour, rice hulls.
Suggested Use: Take three (3) capsules daily with water, or as directed by a healthcare professional.
Non-GMO | Gluten-Free | Vegan""",
 el=300, forms=["glycinate"], dv=71, sc=60)

add("us6_now_magtein_2g_row", "en", "us_supplement",
 "Modelled on NOW Magtein Magnesium L-Threonate veg capsules (amounts as marketed): Serving Size 3 Veg Capsules; Magnesium (from Magtein) 144 mg, 144/420 = 34.3 -> 34%; a separate compound row 'Magnesium L-Threonate (Magtein) 2 g' is NOT the dose. 90 capsules / 3 = 30 (printed).",
"""NOW®
Magtein™ Magnesium L-Threonate
Cognitive Support* | 90 Veg Capsules
Supplement Facts
Serving Size 3 Veg Capsules
Servings Per Container 30
Amount Per Serving | % Daily Value
Magnesium (from Magnesium L-Threonate) | 144 mg | 34%
Magnesium L-Threonate (Magtein™) | 2 g | †
† Daily Value not established.
Other Ingredients: Hypromellose (cellulose capsule), Rice Flour and Magnesium Stearate (vegetable source).
Suggested Use: Take 3 veg capsules daily, preferably in divided doses with food.
Magtein™ is a trademark of AIDP, Inc.
Caution: For adults only. Consult physician if pregnant/nursing, taking medication, or have a medical condition.""",
 el=144, forms=["threonate"], dv=34, sc=30)

add("us6_mgplusprotein_aachelate_133", "en", "us_supplement",
 "Modelled on Mg-PLUS-PROTEIN tablets (Miller Pharmacal; magnesium amino acid chelate; amounts approximate): 1 tablet = 133 mg; 133/420 = 31.7 -> 32%. Directions '1 tablet 2 to 3 times daily' do not change the serving. 100 tablets (printed servings 100).",
"""Mg-PLUS-PROTEIN®
Magnesium Amino Acid Chelate | 133 mg
Dietary Supplement | 100 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 100
Amount Per Serving | % Daily Value
Magnesium (as magnesium amino acid chelate) | 133 mg | 32%
Protein | <1 g | <1%*
*Percent Daily Values are based on a 2,000 calorie diet.
Other Ingredients: Hydrolyzed vegetable protein, dibasic calcium phosphate, microcrystalline cellulose, stearic acid, magnesium stearate, silicon dioxide.
Suggested Use: 1 tablet two to three times daily with meals, or as directed by a physician.
Keep out of reach of children.""",
 el=133, forms=["amino_acid_chelate"], dv=32, sc=100)

add("us6_magsr_plus_calcium_chloride", "en", "us_supplement",
 "Modelled on Mag-SR Plus Calcium tablets (Major; magnesium chloride hexahydrate 535 mg = elemental magnesium 64 mg + calcium 106 mg per tablet, per magnesium.md). Re-set as Serving Size 2 Tablets: Mg 128 mg, 128/420 = 30.5 -> 30%; Calcium 212 mg (212/1300 = 16%). Per-tablet 64 mg (from the sentence) in elemental_alt_mg. 60 tablets / 2 = 30 (printed).",
"""MAJOR®
Mag-SR Plus Calcium
Magnesium Chloride Delayed Release | 60 Tablets
Supplement Facts
Serving Size 2 Tablets
Servings Per Container 30
Amount Per Serving | % Daily Value
Calcium (as calcium carbonate) | 212 mg | 16%
Magnesium (as magnesium chloride hexahydrate) | 128 mg | 30%
Each tablet contains 535 mg magnesium chloride hexahydrate (elemental magnesium 64 mg) plus calcium 106 mg.
Other Ingredients: Calcium carbonate, hypromellose, microcrystalline cellulose, polyethylene glycol, titanium dioxide, carnauba wax, magnesium stearate.
Directions: Adults take two (2) tablets daily, or as directed by a physician. Swallow whole; do not crush or chew.
Warning: Do not use if you have kidney disease, unless directed by a physician.""",
 el=128, forms=["chloride"], dv=30, sc=30, elemental_alt_mg=64)

add("us6_jarrow_mag_optimizer_malate", "en", "us_supplement",
 "Modelled on Jarrow Formulas Magnesium Optimizer tablets (dimagnesium malate + citrate, taurine, P-5-P; amounts approximate): Serving Size 2 Tablets, Magnesium 200 mg, 200/420 = 47.6 -> 48%. Vitamin B6 10 mg (10/1.7 = 588%). 100 tablets / 2 = 50 (printed).",
"""JARROW FORMULAS®
Magnesium Optimizer®
Dimagnesium Malate + Citrate with Taurine & P-5-P
Supports Muscle Function* | 100 Tablets
Supplement Facts
Serving Size 2 Tablets
Servings Per Container 50
Amount Per Serving | % DV
Vitamin B6 (as pyridoxal 5'-phosphate) | 10 mg | 588%
Magnesium (as dimagnesium malate and magnesium citrate) | 200 mg | 48%
Taurine | 100 mg | *
*Daily Value (DV) not established.
Other Ingredients: Microcrystalline cellulose, croscarmellose sodium, stearic acid, silicon dioxide, magnesium stearate (vegetable source) and food glaze.
Suggested Usage: Take 2 tablets per day with food or as directed by your qualified healthcare professional.""",
 el=200, forms=["malate", "citrate"], dv=48, sc=50)

add("us6_integrative_citrate_twice_daily", "en", "us_supplement",
 "Modelled on Integrative Therapeutics Magnesium Citrate capsules (amounts approximate): Serving Size 2 Capsules, 150 mg, 150/420 = 35.7 -> 36%. Directions '2 capsules twice daily' (split dose) do not change the serving. 120 capsules / 2 = 60 (printed).",
"""integrative THERAPEUTICS®
Magnesium Citrate
Highly Bioavailable Form of Magnesium* | 120 Capsules
Supplement Facts
Serving Size: 2 Capsules
Servings Per Container: 60
Amount Per Serving | % Daily Value
Magnesium (as magnesium citrate) | 150 mg | 36%
Other Ingredients: Hypromellose (capsule), microcrystalline cellulose, silicon dioxide, magnesium stearate.
Suggested Use: Take 2 capsules twice daily with meals, or as directed by your healthcare professional.
Caution: If pregnant, nursing, or taking medication, consult your healthcare professional before use.""",
 el=150, forms=["citrate"], dv=36, sc=60)

add("us6_pure_citrate_malate_slash", "en", "us_supplement",
 "Modelled on Pure Encapsulations Magnesium (citrate/malate) capsules (a different product from the Pure glycinate / gummy / liquid of earlier sets; amounts approximate): 1 capsule = 120 mg, 120/420 = 28.6 -> 29%; the two forms are written with a slash. 90 capsules = 90 servings (printed).",
"""PURE ENCAPSULATIONS®
Magnesium (citrate/malate)
Hypoallergenic Supplement | 90 Capsules
Supplement Facts
Serving Size 1 Capsule
Servings Per Container 90
Amount Per Serving | % Daily Value
Magnesium (citrate/malate) | 120 mg | 29%
Other Ingredients: Hypromellose (cellulose, water), ascorbyl palmitate.
Suggested Use: 1–4 capsules daily, in divided doses, with meals.
Manufactured in a facility registered with NSF International.""",
 el=120, forms=["citrate", "malate"], dv=29, sc=90)

add("us6_xymogen_optimag_perserving_perday", "en", "us_supplement",
 "Modelled on Xymogen OptiMag 125 capsules (Albion bisglycinate chelate + dimagnesium malate; amounts approximate), re-set with 'Per Serving' and 'Per Day' column pairs: Serving Size 2 Capsules = 125 mg, 125/420 = 29.8 -> 30%; per day (4 capsules) 250 mg 60% in elemental_alt_mg. 120 capsules / 2 = 60 (printed).",
"""XYMOGEN®
OptiMag® 125
Albion® Magnesium Chelates | 120 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
 | Amount Per Serving | %DV | Amount Per Day | %DV
Magnesium (as magnesium bisglycinate chelate and dimagnesium malate)† | 125 mg | 30% | 250 mg | 60%
†Albion® Minerals. Directions: Take two capsules twice daily (Per Day = 4 capsules), or as directed by your healthcare practitioner.
Other Ingredients: Hypromellose (capsule), microcrystalline cellulose, magnesium stearate, silica.
Caution: If pregnant or nursing, consult your healthcare practitioner before use.""",
 el=125, forms=["glycinate", "malate"], dv=30, sc=60, elemental_alt_mg=250)

add("us6_carlyle_citrate_fromname_1000", "en", "us_supplement",
 "Modelled on Carlyle (Piping Rock) Magnesium Citrate 1000 mg caplets (amounts approximate): front '1000 mg' is the compound weight per serving; panel 'Magnesium (from 1,000 mg Magnesium Citrate) 160 mg 38%'; 160/420 = 38.1 -> 38%. Serving Size 2 Caplets; 240 caplets / 2 = 120 (printed).",
"""CARLYLE
Magnesium Citrate
1000 mg per serving | 240 Coated Caplets
Supplement Facts
Serving Size 2 Coated Caplets
Servings Per Container 120
Amount Per Serving | % Daily Value
Magnesium (from 1,000 mg Magnesium Citrate) | 160 mg | 38%
Other Ingredients: Microcrystalline Cellulose, Croscarmellose Sodium, Vegetable Magnesium Stearate, Silicon Dioxide, Coating (Hypromellose, Glycerin).
Directions: For adults, take two (2) coated caplets daily with a meal.
Warning: Consult your physician before using this product if you are pregnant, nursing, or have a medical condition.""",
 el=160, forms=["citrate"], dv=38, sc=120)

add("us6_now_magnesium400_three_forms", "en", "us_supplement",
 "Modelled on NOW Magnesium 400 mg veg capsules (oxide, citrate and aspartate named in one 'from' parenthesis; amounts approximate): Serving Size 2 Veg Capsules = 400 mg, 400/420 = 95.2 -> 95%. 180 capsules / 2 = 90 (printed).",
"""NOW®
Magnesium
400 mg | Dietary Supplement | 180 Veg Capsules
Supplement Facts
Serving Size 2 Veg Capsules
Servings Per Container 90
Amount Per Serving | % Daily Value
Magnesium (from Magnesium Oxide, Magnesium Citrate and Magnesium Aspartate) | 400 mg | 95%
Other Ingredients: Hypromellose (cellulose capsule), Rice Flour and Magnesium Stearate (vegetable source).
Suggested Use: Take 2 veg capsules daily with food.
Caution: For adults only. Consult physician if pregnant/nursing, taking medication, or have a medical condition. Keep out of reach of children.""",
 el=400, forms=["oxide", "citrate", "aspartate"], dv=95, sc=90)

add("us6_solgar_magnesium_b6_3tabs", "en", "us_supplement",
 "Modelled on Solgar Magnesium with Vitamin B6 tablets, 250 count (amounts approximate): Serving Size 3 Tablets; B6 25 mg (25/1.7 = 1471%), Magnesium (as magnesium oxide) 400 mg, 400/420 = 95.2 -> 95%. 250/3 = 83 servings (printed).",
"""SOLGAR®
Magnesium with Vitamin B6
Supports Healthy Muscle Function* | 250 Tablets
Supplement Facts
Serving Size 3 Tablets
Servings Per Container 83
Amount Per Serving | % Daily Value
Vitamin B6 (as pyridoxine HCl) | 25 mg | 1471%
Magnesium (as magnesium oxide) | 400 mg | 95%
Other Ingredients: Microcrystalline Cellulose, Vegetable Cellulose, Vegetable Stearic Acid, Vegetable Magnesium Stearate, Silica, Vegetable Glycerin.
Suggested Use: As a dietary supplement for adults, take three (3) tablets daily, preferably at mealtimes.
Free of: Gluten, Wheat, Dairy, Soy, Yeast, Sugar, Sodium.""",
 el=400, forms=["oxide"], dv=95, sc=83)

add("us6_beelith_oxide600_b6", "en", "us_supplement",
 "Modelled on Beelith tablets (magnesium oxide 600 mg + pyridoxine; amounts approximate): compound weight inside the name parenthesis, elemental 362 mg in the amount column (600 x 0.603 = 361.8); 362/420 = 86.2 -> 86%. B6 20 mg (1176%). 100 tablets = 100 servings (printed).",
"""BEELITH®
Magnesium + Vitamin B6
Dietary Supplement | 100 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 100
Amount Per Serving | % Daily Value
Vitamin B6 (as pyridoxine hydrochloride) | 20 mg | 1176%
Magnesium (from 600 mg magnesium oxide) | 362 mg | 86%
Other Ingredients: Microcrystalline cellulose, croscarmellose sodium, hypromellose, magnesium stearate, titanium dioxide, FD&C Yellow #6 Aluminum Lake.
Directions: Adults: Take one tablet daily, or as directed by a physician.
Warnings: Excessive use may cause diarrhea. If you have kidney disease, consult a physician before use.""",
 el=362, forms=["oxide"], dv=86, sc=100)

add("us6_uromag_oxide140_capsule", "en", "us_supplement",
 "Modelled on Uro-Mag magnesium oxide 140 mg capsules (Blaine; re-set as a Supplement Facts panel, amounts approximate): 'Magnesium (as magnesium oxide 140 mg) 85 mg 20%'; 140 x 0.603 = 84.4, printed 85; 85/420 = 20.2 -> 20%. Directions '1 capsule 3 or 4 times daily' do not change the serving. 100 capsules (printed).",
"""URO-MAG®
Magnesium Oxide 140 mg Capsules
Dietary Supplement | 100 Capsules
Supplement Facts
Serving Size: 1 Capsule
Servings Per Container: 100
Amount Per Serving | %DV
Magnesium (as magnesium oxide 140 mg) | 85 mg | 20%
Other Ingredients: Gelatin, lactose, titanium dioxide, FD&C Blue #1, magnesium stearate.
Directions: Take 1 capsule 3 or 4 times daily, or as directed by a physician.
Warning: Not for use by persons with kidney disease unless directed by a physician.""",
 el=85, forms=["oxide"], dv=20, sc=100)

add("us6_swanson_albion_buffered_named", "en", "us_supplement",
 "Modelled on Swanson Ultra Albion Chelated Magnesium Glycinate capsules (re-set as a buffered chelate whose buffer IS named; amounts approximate): 1 capsule = 133 mg, 133/420 = 31.7 -> 32%. Buffer named -> forms glycinate + oxide (convention). 90 capsules (printed).",
"""SWANSON ULTRA
Albion® Chelated Magnesium Glycinate
Buffered for Gentle Absorption | 133 mg | 90 Veggie Caps
Supplement Facts
Serving Size 1 Veggie Cap
Servings Per Container 90
Amount Per Serving | % Daily Value
Magnesium (as Albion® magnesium bisglycinate chelate buffered with magnesium oxide) | 133 mg | 32%
Other Ingredients: Hypromellose (capsule), microcrystalline cellulose, magnesium stearate, silica.
Suggested Use: Take one capsule per day with water.
Albion® is a registered trademark of Balchem Corporation.""",
 el=133, forms=["glycinate", "oxide"], dv=32, sc=90)

add("us6_lifeable_citrate_gummy_2", "en", "us_supplement",
 "Modelled on lifeable Magnesium Citrate gummies (amounts approximate): Serving Size 2 Gummies = 100 mg, 100/420 = 23.8 -> 24%; carbohydrate/sugar rows precede the Mg row. 60 gummies / 2 = 30 (printed).",
"""lifeable
Magnesium Citrate Gummies
Raspberry Flavor | 60 Gummies
Supplement Facts
Serving Size 2 Gummies
Servings Per Container 30
Amount Per Serving | %DV
Calories | 15 |
Total Carbohydrate | 4 g | 1%**
Total Sugars | 3 g | †
Includes 3 g Added Sugars | | 6%**
Magnesium (as magnesium citrate) | 100 mg | 24%
**Percent Daily Values are based on a 2,000 calorie diet. † Daily Value not established.
Other Ingredients: Glucose syrup, sugar, water, pectin, citric acid, natural flavor, sodium citrate, coconut oil, carnauba wax, black carrot juice concentrate (color).
Suggested Use: Adults chew 2 gummies daily.""",
 el=100, forms=["citrate"], dv=24, sc=30)

# =====================================================================================================
# US multivitamins / multi-minerals, powders, liquids, children's
# =====================================================================================================
add("mv6_centrum_men_zinc_oxide", "en", "multivitamin",
 "Modelled on Centrum Men multivitamin tablets (amounts approximate): Magnesium (as magnesium oxide) 70 mg, 70/420 = 16.7 -> 17%. Zinc (as zinc oxide) and Calcium (as calcium carbonate) are look-alike salts of other minerals (not forms). 120 tablets = 120 servings (printed).",
"""Centrum®
MEN
Multivitamin / Multimineral Supplement | 120 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 120
Amount Per Serving | % Daily Value
Vitamin A (as retinyl acetate and 29% as beta-carotene) | 1050 mcg | 117%
Vitamin C (as ascorbic acid) | 90 mg | 100%
Vitamin D3 (as cholecalciferol) | 25 mcg (1000 IU) | 125%
Vitamin E (as dl-alpha tocopheryl acetate) | 22.5 mg | 150%
Vitamin B12 (as cyanocobalamin) | 6 mcg | 250%
Calcium (as calcium carbonate) | 210 mg | 16%
Magnesium (as magnesium oxide) | 70 mg | 17%
Zinc (as zinc oxide) | 11 mg | 100%
Selenium (as sodium selenate) | 55 mcg | 100%
Other Ingredients: Microcrystalline Cellulose, Pregelatinized Corn Starch, Crospovidone, Gelatin, Hypromellose, Magnesium Stearate, Titanium Dioxide.
Directions: Adults, take one tablet daily with food. Not formulated for use in children.
WARNING: Accidental overdose of iron-containing products is a leading cause of fatal poisoning in children under 6.""",
 el=70, forms=["oxide"], dv=17, sc=120)

add("mv6_naturemade_multi_for_her", "en", "multivitamin",
 "Modelled on Nature Made Multi For Her tablets (amounts approximate): Magnesium (as magnesium oxide) 100 mg, 100/420 = 23.8 -> 24%. Iron (as ferrous fumarate), calcium carbonate are not Mg. 90 tablets = 90 servings (printed).",
"""Nature Made®
Multi For Her
With Iron & Calcium | 90 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 90
Amount Per Serving | % Daily Value
Vitamin C (as ascorbic acid) | 180 mg | 200%
Vitamin D3 (as cholecalciferol) | 25 mcg (1000 IU) | 125%
Folate | 665 mcg DFE (400 mcg folic acid) | 166%
Calcium (as calcium carbonate) | 300 mg | 23%
Iron (as ferrous fumarate) | 18 mg | 100%
Magnesium (as magnesium oxide) | 100 mg | 24%
Zinc (as zinc oxide) | 11 mg | 100%
Other Ingredients: Cellulose Gel, Croscarmellose Sodium, Magnesium Stearate, Hypromellose.
Suggested Use: Take 1 tablet daily with water and a meal.""",
 el=100, forms=["oxide"], dv=24, sc=90)

add("mv6_lifeext_twoperday_four_forms", "en", "multivitamin",
 "Modelled on Life Extension Two-Per-Day tablets (amounts and forms approximate): Serving Size 2 Tablets, Magnesium (as magnesium oxide, citrate, glycinate, aspartate) 100 mg, 100/420 = 23.8 -> 24%. 120 tablets / 2 = 60 (printed).",
"""LIFE EXTENSION®
Two-Per-Day
High-Potency Multivitamin | 120 Tablets
Supplement Facts
Serving Size 2 tablets
Servings Per Container 60
Amount Per Serving | % Daily Value
Vitamin A (as beta-carotene, retinyl acetate) | 900 mcg | 100%
Vitamin C (as ascorbic acid, calcium ascorbate) | 500 mg | 556%
Niacin (as niacinamide, niacin) | 50 mg NE | 313%
Calcium (as calcium ascorbate, calcium citrate) | 40 mg | 3%
Magnesium (as magnesium oxide, citrate, glycinate, aspartate) | 100 mg | 24%
Zinc (as zinc citrate, L-OptiZinc® zinc monomethionine) | 30 mg | 273%
Other ingredients: microcrystalline cellulose, croscarmellose sodium, vegetable stearate, silica, hypromellose.
Dosage and Use: Take two tablets daily with food, or as recommended by a healthcare practitioner.""",
 el=100, forms=["oxide", "citrate", "glycinate", "aspartate"], dv=24, sc=60)

add("mv6_naturemade_calmagzinc_3tabs", "en", "multivitamin",
 "Modelled on Nature Made Calcium, Magnesium & Zinc with Vitamin D3 tablets, 300 count (a different product from Nature's Bounty CMZ; amounts approximate): Serving Size 3 Tablets, Magnesium (as magnesium oxide) 400 mg 95%; calcium 1000 mg 77%, zinc (as zinc oxide) 15 mg 136%. 300/3 = 100 (printed).",
"""Nature Made®
Calcium, Magnesium & Zinc
with Vitamin D3 | 300 Tablets
Supplement Facts
Serving Size 3 Tablets
Servings Per Container 100
Amount Per Serving | % Daily Value
Vitamin D3 (as cholecalciferol) | 15 mcg (600 IU) | 75%
Calcium (as calcium carbonate) | 1,000 mg | 77%
Magnesium (as magnesium oxide) | 400 mg | 95%
Zinc (as zinc oxide) | 15 mg | 136%
Other Ingredients: Cellulose Gel, Croscarmellose Sodium, Magnesium Stearate, Hypromellose, Polyethylene Glycol.
Suggested Use: Take 3 tablets daily with water and a meal.""",
 el=400, forms=["oxide"], dv=95, sc=100)

add("pw6_bulk_citrate_1200mg_serving", "en", "powder",
 "Modelled on BulkSupplements Magnesium Citrate powder, 1 kg (elemental declared; amounts approximate): Serving Size 1,200 mg (compound), Magnesium (from Magnesium Citrate) 180 mg, 180/420 = 42.9 -> 43%. Servings per container 833 (printed; 1000 g / 1.2 g).",
"""BULKSUPPLEMENTS.COM
Magnesium Citrate Powder
1200 mg per serving | Net Wt. 1 kg (2.2 lbs)
Supplement Facts
Serving Size: 1,200 mg (about a scant ½ tsp)
Servings Per Container: 833
Amount Per Serving | % Daily Value
Magnesium (from Magnesium Citrate) | 180 mg | 43%
Other Ingredients: None.
Suggested Use: As a dietary supplement, take 1200 mg daily, or as directed by a physician. Use a precision scale for accurate measurement.
Warning: Consult your physician prior to use if you are pregnant, nursing, or have a medical condition.""",
 el=180, forms=["citrate"], dv=43, sc=833)

add("pw6_jigsaw_electrolyte_supreme_malate", "en", "powder",
 "Modelled on Jigsaw Health Electrolyte Supreme powder (amounts approximate): 1 scoop (5.5 g) = Magnesium (as magnesium malate) 60 mg, 60/420 = 14.3 -> 14%. Potassium citrate/bicarbonate and sodium are not Mg. 30 servings (printed).",
"""JIGSAW HEALTH®
Electrolyte Supreme™
Adrenal & Hydration Support | Lemon Lime | 30 Servings
Supplement Facts
Serving Size 1 Scoop (5.5 g)
Servings Per Container 30
Amount Per Serving | % Daily Value
Vitamin C (as ascorbic acid) | 250 mg | 278%
Magnesium (as magnesium malate) | 60 mg | 14%
Sodium (as sea salt) | 500 mg | 22%
Potassium (as potassium citrate, potassium bicarbonate) | 300 mg | 6%
Other Ingredients: Natural lemon lime flavor, citric acid, stevia leaf extract.
Suggested Use: Mix 1 scoop in 8–16 oz of water. Take 1 to 3 times daily.""",
 el=60, forms=["malate"], dv=14, sc=30)

add("lq6_now_liquid_calmag_tbsp", "en", "liquid",
 "Modelled on NOW Liquid Calcium & Magnesium, 16 fl oz (amounts approximate): Serving Size 1 Tablespoon (15 mL), Magnesium (as magnesium citrate) 250 mg, 250/420 = 59.5 -> 60%; Calcium 500 mg 38% is not Mg. About 32 servings (printed).",
"""NOW®
Liquid Calcium & Magnesium
with Vitamin D & Zinc | Natural Orange Flavor | 16 fl oz (473 mL)
Supplement Facts
Serving Size 1 Tablespoon (15 mL)
Servings Per Container about 32
Amount Per Serving | % Daily Value
Calories | 10 |
Vitamin D (as ergocalciferol) | 5 mcg (200 IU) | 25%
Calcium (from Calcium Carbonate) | 500 mg | 38%
Magnesium (from Magnesium Citrate) | 250 mg | 60%
Zinc (from Zinc Gluconate) | 5 mg | 45%
Other Ingredients: Purified Water, Glycerin, Citric Acid, Xanthan Gum, Natural Orange Flavor, Potassium Sorbate, Stevia.
Suggested Use: Take 1 tablespoon daily. Shake well before using. Refrigerate after opening.""",
 el=250, forms=["citrate"], dv=60, sc=32)

add("lq6_eidon_ionic_magnesium_sulfate", "en", "liquid",
 "Modelled on Eidon Ionic Minerals Magnesium liquid (form and amounts approximate; re-set with magnesium sulfate as the named source): 1 Tablespoon (15 mL) = 50 mg, 50/420 = 11.9 -> 12%. 'about 35' servings (printed).",
"""EIDON®
IONIC MINERALS
Magnesium | Liquid Mineral Supplement | 18 fl oz (532 mL)
Supplement Facts
Serving Size 1 Tablespoon (15 mL)
Servings Per Container about 35
Amount Per Serving | % Daily Value
Magnesium (as magnesium sulfate) | 50 mg | 12%
Other Ingredients: Purified water.
Suggested Use: Adults take 1 tablespoon daily in juice or water. Children 4 and older: 1 teaspoon daily.
Free of gluten, dairy, sugar, preservatives and artificial colors.""",
 el=50, forms=["sulfate"], dv=12, sc=35)

add("ch6_centrum_kids_chewable_4plus", "en", "children",
 "Modelled on Centrum Kids chewable multivitamin (ages 4+; amounts approximate): '% Daily Value for Children 4 Years of Age and Older' uses the 420 base: Magnesium (as magnesium oxide) 20 mg, 20/420 = 4.8 -> 5%. 80 tablets = 80 servings (printed).",
"""Centrum® Kids
Chewable Multivitamin/Multimineral
Ages 4+ | Great Tasting Fruit Punch | 80 Chewable Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 80
Amount Per Serving | % Daily Value for Children 4 Years of Age and Older
Vitamin C (as ascorbic acid) | 60 mg | 67%
Vitamin D3 (as cholecalciferol) | 10 mcg (400 IU) | 50%
Calcium (as calcium carbonate) | 108 mg | 8%
Iron (as ferrous fumarate) | 9 mg | 50%
Magnesium (as magnesium oxide) | 20 mg | 5%
Zinc (as zinc oxide) | 5 mg | 45%
Other Ingredients: Sugar, Dextrose, Microcrystalline Cellulose, Stearic Acid, Natural and Artificial Flavors, Magnesium Stearate.
Directions: Children 4 years and older: Chew one tablet daily with food. Adult supervision required.
WARNING: Accidental overdose of iron-containing products is a leading cause of fatal poisoning in children under 6.""",
 el=20, forms=["oxide"], dv=5, sc=80)

# =====================================================================================================
# Drug Facts
# =====================================================================================================
add("df6_citroma_290_per_floz", "en", "drug_facts",
 "Modelled on Citroma magnesium citrate oral solution (Dolgencorp/Dollar General DailyMed archive, consulted): 'Magnesium citrate 1.745g per fl oz'; Other information 'magnesium content 290 mg per 1 fl oz (30 mL)'. Stated 290 mg used (tol 2), per fl oz (the active-ingredient unit); potassium 80 mg is not Mg.",
"""CITROMA®
Magnesium Citrate Oral Solution, USP | Saline Laxative
Cherry Flavor | 10 FL OZ (296 mL)
Drug Facts
Active ingredient (in each fl oz) | Purpose
Magnesium citrate 1.745 g | Saline laxative
Use • for relief of occasional constipation (irregularity) • generally produces bowel movement in 1/2 to 6 hours
Warnings
Ask a doctor before use if you have • kidney disease • a magnesium or sodium restricted diet • abdominal pain, nausea, or vomiting • noticed a sudden change in bowel habits that persists over a period of 2 weeks • already used a laxative for a period longer than 1 week
Ask a doctor or pharmacist before use if you are taking any other drug. Take this product 2 or more hours before or after other drugs. Laxatives may affect how other drugs work.
Stop use and ask a doctor if you have rectal bleeding or failure to have a bowel movement after use. These could be signs of a serious condition.
If pregnant or breast-feeding, ask a health professional before use. Keep out of reach of children.
Directions • drink a full glass (8 ounces) of liquid with each dose • may be taken as a single daily dose or in divided doses
adults and children 12 years of age and over | 6.5 to 10 fl oz maximum 10 fl oz in 24 hours
children 6 to under 12 years of age | 3 to 7 fl oz maximum 7 fl oz in 24 hours
children 2 to under 6 years of age | 2 to 3 fl oz maximum 3 fl oz in 24 hours
Other information • magnesium content 290 mg per 1 fl oz (30 mL) • potassium content 80 mg per 1 fl oz (30 mL) • store at temperatures between 46° and 86°F (8° and 30°C) • discard unused product within 24 hours of opening bottle
Inactive ingredients cherry flavor, citric acid, FD&C red #40, potassium bicarbonate, purified water, saccharin sodium""",
 el=290, forms=["citrate"], dv=None, sc=None)

add("df6_tums_dual_action_65", "en", "drug_facts",
 "Modelled on Tums Dual Action chewable tablets (DailyMed setid 3305ba7c..., consulted): famotidine 10 mg, calcium carbonate 800 mg, magnesium hydroxide 165 mg; 'each tablet contains: calcium 320mg; magnesium 65mg'. Stated 65 mg used (tol 2). The same formula as the Pepcid Complete label of set 3, but a different product and layout.",
"""TUMS®
DUAL ACTION
Acid Reducer + Antacid | Famotidine 10 mg | Berry Flavor | 25 Chewable Tablets
Drug Facts
Active ingredients (in each chewable tablet) | Purpose
Famotidine 10mg | Acid reducer
Calcium carbonate 800mg | Antacid
Magnesium hydroxide 165mg | Antacid
Use relieves heartburn associated with acid indigestion and sour stomach
Warnings
Allergy alert: Do not use if you are allergic to famotidine or other acid reducers
Do not use • if you have trouble or pain swallowing food, vomiting with blood, or bloody or black stools • with other acid reducers
Ask a doctor before use if you have • had heartburn over 3 months • frequent chest pain • nausea or vomiting • stomach pain
Stop use and ask a doctor if • your heartburn continues or worsens • you need to take this product for more than 14 days
Keep out of reach of children.
Directions • adults and children 12 years and over: do not swallow tablet whole: chew completely • to relieve symptoms, chew 1 tablet before swallowing • do not use more than 2 chewable tablets in 24 hours • children under 12 years: ask a doctor
Other information • each tablet contains: calcium 320mg; magnesium 65mg • Phenylketonurics: Contains Phenylalanine 2.2mg per tablet • store at 20°-25°C (68°-77°F)
Inactive ingredients aspartame, cellulose acetate, corn starch, dextrose, flavors, hypromellose, magnesium stearate, sucralose""",
 el=65, forms=["hydroxide"], dv=None, sc=None)

add("df6_dulcolax_chewy_fruit_bites_250", "en", "drug_facts",
 "Modelled on Dulcolax Chewy Fruit Bites saline laxative (DailyMed setid b29d2771..., consulted): 'Magnesium hydroxide USP 600 mg' in each chew; 'each chew contains: magnesium 250 mg, sodium 1 mg'. Stated 250 mg per chew used (tol 2); dose 4 chews is not the unit.",
"""Dulcolax®
Chewy Fruit Bites
Saline Laxative | Magnesium Hydroxide | Cherry Berry | 30 Chews
Drug Facts
Active ingredient (in each chew) | Purpose
Magnesium hydroxide USP 600 mg | Saline laxative
Use • for relief of occasional constipation (irregularity) • this product generally produces bowel movement in ½ to 6 hours
Warnings
Ask a doctor before use if you have • kidney disease • a magnesium-restricted diet • stomach pain, nausea or vomiting • noticed a sudden change in bowel habits that lasts over 2 weeks
Stop use and ask a doctor if • you have rectal bleeding or fail to have a bowel movement after using this product • you need to use a laxative for more than 1 week
Keep out of reach of children.
Directions • drink a full glass (8 oz) of liquid with each dose • dose may be taken as a single daily dose or in divided doses
adults and children 12 years and over | 4 chews (Up to 8 chews)
children 6 to under 12 years | 2 chews (Up to 4 chews)
children under 6 years | ask a doctor
Other information • each chew contains: magnesium 250 mg, sodium 1 mg • store at 20°-25°C (68°-77°F)
Inactive ingredients carnauba wax, corn syrup, FD&C red no. 40, gum arabic, hydrogenated coconut oil, maltodextrin, natural and artificial flavors, sorbitol, sucrose, water""",
 el=250, forms=["hydroxide"], dv=None, sc=None)

add("df6_rolaids_extra_strength_135", "en", "drug_facts",
 "Modelled on Rolaids Extra Strength Fruit tablets (ndclist.com label for NDC 41167-1002, consulted): in each tablet calcium carbonate USP 675 mg, magnesium hydroxide USP 135 mg; no magnesium statement -> 135 x 0.417 = 56.3 mg per tablet, tol 20.",
"""ROLAIDS®
EXTRA STRENGTH
Antacid | Fruit | 96 Chewable Tablets
Drug Facts
Active ingredients (in each tablet) | Purpose
Calcium carbonate USP 675 mg | Antacid
Magnesium hydroxide USP 135 mg | Antacid
Use relieves: • heartburn • sour stomach • acid indigestion
Warnings
Ask a doctor or pharmacist before use if you are now taking a prescription drug. Antacids may interact with certain prescription drugs.
When using this product • do not take more than 10 tablets in a 24-hour period • do not use the maximum dosage for more than 2 weeks
Keep out of reach of children.
Directions • chew 2-4 tablets as symptoms occur, or as directed by a doctor
Other information • each tablet contains: calcium 270 mg • store at room temperature
Inactive ingredients dextrose, FD&C yellow #6 aluminum lake, flavors, magnesium stearate, pregelatinized starch, sucrose""",
 el=56.3, tol=20, forms=["hydroxide"], dv=None, sc=None)

add("df6_rolaids_advanced_simethicone", "en", "drug_facts",
 "Modelled on Rolaids Advanced antacid + anti-gas chewable tablets (verywell.com comparison table, consulted: calcium carbonate 1000 mg, magnesium hydroxide 200 mg, simethicone 40 mg): no magnesium statement -> 200 x 0.417 = 83.4 mg per tablet, tol 20. 'each tablet contains: calcium 400 mg' is not Mg.",
"""ROLAIDS®
ADVANCED
Antacid + Anti-Gas | Mixed Berry | 65 Tablets
Drug Facts
Active ingredients (in each tablet) | Purpose
Calcium carbonate USP 1000 mg | Antacid
Magnesium hydroxide USP 200 mg | Antacid
Simethicone USP 40 mg | Antigas
Uses relieves: • heartburn • acid indigestion • sour stomach • upset stomach associated with these symptoms • bloating and pressure commonly referred to as gas
Warnings
Ask a doctor before use if you have kidney disease.
Ask a doctor or pharmacist before use if you are now taking a prescription drug. Antacids may interact with certain prescription drugs.
When using this product • do not take more than 7 tablets in a 24-hour period • do not use the maximum dosage for more than 2 weeks
Keep out of reach of children.
Directions • chew 2-3 tablets between meals, at bedtime, or as directed by a doctor
Other information • each tablet contains: calcium 400 mg • store at 20-25°C (68-77°F)
Inactive ingredients corn starch, dextrose, flavors, magnesium stearate, red 40 lake, sucralose""",
 el=83.4, tol=20, forms=["hydroxide"], dv=None, sc=None)

# =====================================================================================================
# UK / Canada / Australia / topical
# =====================================================================================================
add("uk6_terranova_bisglycinate_per2", "en", "intl",
 "Modelled on Terranova Magnesium Bisglycinate 'with Synergistic Complex' capsules (UK; amounts approximate): 'Per 2 capsules | %NRV*' Magnesium (from magnesium bisglycinate) 200mg, 200/375 = 53.3 -> 53%. Herbal complex weights are not Mg. 60 capsules / 2 = 30 (UK daily-dose convention).",
"""TERRANOVA
Magnesium Bisglycinate 100mg
with Synergistic Complex | Food Supplement | 60 Vegan Capsules
Nutritional Information | Per 2 capsules | %NRV*
Magnesium (from magnesium bisglycinate) | 200mg | 53%
Synergistic Complex (spinach, nettle leaf, kelp) | 200mg | **
*NRV = Nutrient Reference Value. **No NRV established.
Ingredients: Magnesium Bisglycinate, Capsule Shell (Hydroxypropyl Methylcellulose), Spinach Leaf Powder, Nettle Leaf Powder, Kelp Powder.
Directions: Take 2 capsules daily with food. Do not exceed the recommended daily intake.
Food supplements should not be used as a substitute for a varied and balanced diet and healthy lifestyle. Keep out of sight and reach of young children.""",
 el=200, forms=["glycinate"], dv=53, sc=30, _dvb=375)

add("uk6_biocare_citrate_each_capsule", "en", "intl",
 "Modelled on BioCare Magnesium Citrate capsules (UK; amounts approximate): 'Each capsule provides' 100mg, 100/375 = 26.7 -> 27%; one capsule a day -> 90 capsules / 1 = 90 (UK daily-dose convention).",
"""BioCare®
Magnesium Citrate 100mg
Food Supplement | 90 Vegan Capsules
Each capsule provides | | %NRV*
Magnesium (as citrate) | 100mg | 27%
*NRV = Nutrient Reference Value
Ingredients: Magnesium Citrate, Capsule Shell (Hydroxypropyl Methylcellulose), Anti-caking Agent (Silicon Dioxide).
Directions: Take 1 capsule daily with food, or as professionally directed.
Do not exceed the recommended daily intake. Keep out of reach of young children. Not to be used as a substitute for a varied diet.""",
 el=100, forms=["citrate"], dv=27, sc=90, _dvb=375)

add("ca6_sisu_citrate_each_capsule", "en", "intl",
 "Modelled on Sisu Magnesium Citrate capsules (Canada NHP format; amounts approximate; NPN a placeholder): 'Each capsule contains: Magnesium (Magnesium citrate) 150 mg'; dose '1-2 capsules 2 times per day' -> per unit, serving_count null, no %DV.",
"""SISU®
Magnesium Citrate
150 mg | 90 Vegetable Capsules | NPN 80000000
Medicinal Ingredients (each capsule contains):
Magnesium (Magnesium citrate) | 150 mg
Non-Medicinal Ingredients: Hypromellose (capsule), microcrystalline cellulose, vegetable magnesium stearate.
Recommended Use: Helps to maintain proper muscle function. Helps in tissue formation. Source of an electrolyte for the maintenance of good health.
Recommended Dose: Adults: Take 1-2 capsules 2 times per day with food or as directed by a health care practitioner. Take a few hours before or after other medications.
Cautions: Consult a health care practitioner prior to use if you have kidney disease.""",
 el=150, forms=["citrate"], dv=None, sc=None)

add("au6_bioceuticals_muscleze_powder_equiv", "en", "intl",
 "Modelled on BioCeuticals Ultra Muscleze powder (Australia; amounts approximate): 'Each 5.5 g dose contains: Magnesium bisglycinate 2.14 g' + 'equiv. magnesium 300 mg' on its own line; glycine and taurine rows are not Mg (bisglycinate 2140 x 0.141 = 302, consistent). Dose '1 to 2 doses daily' -> serving_count null.",
"""BioCeuticals®
Ultra Muscleze®
Magnesium Powder | Lemon Lime | 234 g
Each 5.5 g dose contains:
Magnesium bisglycinate | 2.14 g
equiv. magnesium | 300 mg
Glycine | 1 g
Taurine | 200 mg
Pyridoxal 5-phosphate (equiv. pyridoxine 6.8 mg) | 10 mg
Directions for use: Adults: Dissolve 1 dose (one level scoop) in 200 mL of water and take 1 to 2 times daily, or as directed by your healthcare professional.
Always read the label and follow the directions for use.""",
 el=300, forms=["glycinate"], dv=None, sc=None)

add("au6_naturesown_oxide_829_equiv500", "en", "intl",
 "Modelled on Nature's Own High Strength Magnesium tablets (Australia; amounts approximate): 'Magnesium oxide-heavy 829 mg (equiv. magnesium 500 mg)'; stated equivalent used (829 x 0.603 = 500). Dose '1 tablet twice daily' -> serving_count null.",
"""NATURE'S OWN®
High Strength Magnesium 500 mg
Muscle Cramps | 60 Tablets
Each tablet contains:
Magnesium oxide-heavy | 829 mg
(equiv. magnesium 500 mg) |
Contains sugars.
Directions for use: Adults: Take 1 tablet twice daily with meals, or as professionally prescribed.
If symptoms persist, talk to your health professional. Vitamin and mineral supplements should not replace a balanced diet.""",
 el=500, forms=["oxide"], dv=None, sc=None)

add("tp6_nicos_mag_spray_per_spray", "en", "topical",
 "Modelled on Nico's Organics 'Mag' magnesium spray (nicosorganics.com 'how to use' page, consulted: 4 oz bottle, approx. 12,000 mg elemental magnesium, approx. 232 servings, each spray approx. 52 mg; 5 sprays per day). The serving is one spray (52 mg, tol 2); the bottle total 12,000 mg and the 5-spray daily use are not the serving; 232 servings printed. Ingredient line (magnesium chloride) reflects the product type.",
"""Nico's Organics
MAG
Topical Magnesium Spray | 4 fl oz (approx. 116 mL)
Elemental Magnesium Content
Each spray contains approximately 52 mg of elemental magnesium.
Each bottle contains approximately 12 grams of elemental magnesium (12,000 mg); approximate yield 232 servings.
Ingredients: Magnesium chloride (Zechstein), purified water.
To Use: 5 sprays on your skin per day; allow to dry before covering with clothing. May tingle on first use.
For external use only. Avoid eyes and freshly shaved or broken skin.""",
 el=52, forms=["chloride"], dv=None, sc=232)

# =====================================================================================================
# Negatives
# =====================================================================================================
add("neg6_solgar_zinc_picolinate", "en", "negative",
 "Modelled on Solgar Zinc Picolinate 22 mg tablets: zinc only; magnesium appears only as the excipient 'vegetable magnesium stearate'.",
"""SOLGAR®
Zinc Picolinate 22 mg
Immune System Support* | 100 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 100
Amount Per Serving | % Daily Value
Zinc (as zinc picolinate) | 22 mg | 200%
Other Ingredients: Microcrystalline Cellulose, Vegetable Cellulose, Vegetable Magnesium Stearate, Silica, Vegetable Glycerin.
Suggested Use: As a dietary supplement for adults, take one (1) tablet daily, preferably at mealtime.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=100)

add("neg6_naturesbounty_potassium_gluconate", "en", "negative",
 "Modelled on Nature's Bounty Potassium Gluconate 595 mg caplets: potassium only (the 'gluconate' salt is potassium's); magnesium only as magnesium stearate.",
"""NATURE'S BOUNTY®
Potassium Gluconate 595 mg
Supports Muscle Function* | 100 Caplets
Supplement Facts
Serving Size 1 Caplet
Servings Per Container 100
Amount Per Serving | % Daily Value
Potassium (as potassium gluconate) | 99 mg | 2%
Other Ingredients: Dicalcium Phosphate, Cellulose, Vegetable Cellulose, Vegetable Magnesium Stearate, Silica.
Suggested Use: For adults, take one (1) caplet daily, preferably with a meal.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=100)

add("neg6_miralax_peg3350_drugfacts", "en", "negative",
 "Modelled on MiraLAX (polyethylene glycol 3350) osmotic laxative powder Drug Facts: a laxative with no magnesium at all.",
"""MiraLAX®
Osmotic Laxative | Polyethylene Glycol 3350, Powder for Solution
Unflavored | 30 Once-Daily Doses | Net Wt 17.9 OZ (510 g)
Drug Facts
Active ingredient (in each dose) | Purpose
Polyethylene Glycol 3350, 17 g (cap filled to line) | Osmotic laxative
Use • relieves occasional constipation (irregularity) • generally produces a bowel movement in 1 to 3 days
Warnings
Allergy alert: Do not use if you are allergic to polyethylene glycol
Do not use if you have kidney disease, except under the advice and supervision of a doctor
Ask a doctor before use if you have • nausea, vomiting or abdominal pain • a sudden change in bowel habits that lasts over 2 weeks • irritable bowel syndrome
Stop use and ask a doctor if • you have rectal bleeding or your nausea, bloating, cramping or abdominal pain gets worse • you need to use a laxative for longer than 1 week
Directions • do not take more than directed unless advised by your doctor • adults and children 17 years of age and older: fill to top of white section in cap, stir and dissolve in any 4 to 8 ounces of beverage and drink once a day
Other information • store at 20°-25°C (68°-77°F)
Inactive ingredients none""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=None)
