# Label sources, part L (blind set 7): US Supplement Facts panels (incl. multivitamins, powders, liquids, a gummy, a children's
# chewable), OTC Drug Facts, UK / Canada / Australia, a topical lotion and the English negatives. EU labels are in labels_m.py
# (which imports add/L from here).
# Same format as bench/blindset6/labels_j.py: table cells are separated by " | "; a line ending in " |" is a table row whose
# remaining cells are empty (used for names wrapped over two lines). Keys starting with "_" are private to the checker
# (check_set.py) and are not written to expected.jsonl:
#   _dvb = the DV base the printed %DV was computed from (default 420 for en, 375 for EU languages; UK sets 375).
L = []
def add(id, lang, kind, note, text, status="ok", el=None, tol=2, forms=(), dv=None, sc=None, **extra):
    d = dict(id=id, lang=lang, kind=kind, source_note=note, status=status, elemental_mg=el,
             elemental_tol_pct=tol, forms=list(forms), percent_dv=dv, serving_count=sc, _text=text)
    d.update(extra); L.append(d)

# =====================================================================================================
# US Supplement Facts: single products
# =====================================================================================================
add("us7_solaray_glycinate_amount_per4", "en", "us_supplement",
 "Modelled on Solaray Magnesium Glycinate VegCaps, 120 count (amounts approximate), with the column header 'Amount Per 4 VegCaps': Serving Size 4 VegCaps = 350 mg, 350/420 = 83.3 -> 83%. Directions '2 VegCaps twice daily' (= the 4-capsule serving). 120/4 = 30 (printed).",
"""SOLARAY®
Magnesium Glycinate
High Absorption Chelate | Dietary Supplement | 120 VegCaps
Supplement Facts
Serving Size 4 VegCaps
Servings Per Container 30
Amount Per 4 VegCaps | % Daily Value
Magnesium (as Magnesium Bisglycinate Chelate) | 350 mg | 83%
Other Ingredients: Vegetable Cellulose Capsule, Cellulose, Magnesium Stearate and Silica.
Suggested Use: Take 2 VegCaps twice daily with a meal or glass of water.
Warning: If pregnant, nursing or taking medication, consult a healthcare professional before use. Keep out of reach of children.
Contains no: Sugar, Salt, Soy, Dairy, Yeast, Wheat, Gluten or Preservatives.""",
 el=350, forms=["glycinate"], dv=83, sc=30)

add("us7_walgreens_oxide_250mg_nospace", "en", "us_supplement",
 "Modelled on Walgreens Magnesium 250 mg tablets (store brand; amounts as remembered), amounts written without a space ('250mg'): 1 tablet = 250 mg, 250/420 = 59.5 -> 60%. 100 tablets = 100 servings (printed).",
"""Walgreens
Magnesium 250mg
Bone & Muscle Health* | Dietary Supplement | 100 Tablets
Supplement Facts
Serving Size: 1 Tablet
Servings Per Container: 100
Amount Per Serving | %DV
Magnesium (as magnesium oxide) | 250mg | 60%
Other ingredients: Microcrystalline Cellulose, Croscarmellose Sodium, Stearic Acid, Hypromellose, Magnesium Stearate, Silicon Dioxide, Titanium Dioxide (color), Polyethylene Glycol.
Suggested Use: Adults, take one tablet daily with food.
*These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or prevent any disease.
Distributed by: Walgreen Co., 200 Wilmot Rd., Deerfield, IL 60015""",
 el=250, forms=["oxide"], dv=60, sc=100)

add("us7_sundown_oxide_500_dv_inline", "en", "us_supplement",
 "Modelled on Sundown Magnesium 500 mg tablets (oxide; amounts as remembered), re-set with the %DV inside the amount cell: 'Magnesium (as Magnesium Oxide) | 500 mg (119% DV)'; 500/420 = 119.0. 180 tablets = 180 servings (printed).",
"""SUNDOWN®
Magnesium 500 mg
Supports Bone Health & Muscle Function* | 180 Tablets
Supplement Facts
Serving Size 1 Tablet | Servings Per Container 180
Each Tablet Contains | Amount (%DV)
Magnesium (as Magnesium Oxide) | 500 mg (119% DV)
Other Ingredients: Cellulose, Vegetable Stearic Acid, Croscarmellose, Vegetable Magnesium Stearate, Silica.
Suggested Use: For adults, take one (1) tablet daily, preferably with a meal.
Gluten Free | Dairy Free | Non-GMO
Warning: Keep out of reach of children. Do not use if seal under cap is broken or missing.""",
 el=500, forms=["oxide"], dv=119, sc=180)

add("us7_doctorsbest_threonate_wrapped_name", "en", "us_supplement",
 "Modelled on Doctor's Best Magnesium L-Threonate (Magtein) capsules (a different product from the Doctor's Best chelate of set 1; amounts approximate): Serving Size 3 Veggie Caps; the Mg row's name wraps onto a second line '(Magtein®)†'; 144 mg, 144/420 = 34.3 -> 34%. The footnote's '2,000 mg Magtein' is the compound. 90/3 = 30 (printed).",
"""Doctor's Best
Magnesium L-Threonate
Featuring Magtein® | Dietary Supplement | 90 Veggie Caps
Supplement Facts
Serving Size: 3 Veggie Caps
Servings Per Container: 30
Amount Per Serving | % Daily Value
Magnesium (as Magnesium L-Threonate) | 144 mg | 34%
(Magtein®)† | |
† Provided by 2,000 mg of Magtein® magnesium L-threonate.
Other Ingredients: Modified cellulose (vegetarian capsule), microcrystalline cellulose, magnesium stearate.
Suggested Use: Take 3 veggie caps daily, or as recommended by a nutritionally-informed physician. One in the morning and two before bedtime.
Magtein® is a registered trademark of AIDP, Inc.""",
 el=144, forms=["threonate"], dv=34, sc=30)

add("us7_ecological_orotate_from1000_2x2", "en", "us_supplement",
 "Modelled on Cardiovascular Research (Ecological Formulas) Magnesium Orotate capsules (a different product from their taurate of set 1; amounts approximate): Serving Size 2 Capsules, 'Magnesium (from 1,000 mg magnesium orotate dihydrate) 65 mg', 65/420 = 15.5 -> 15%. Directions '1-2 capsules 2 times daily' do not change the serving. 100 capsules / 2 = 50 (printed).",
"""Cardiovascular Research Ltd.
Magnesium Orotate
500 mg per capsule | Dietary Supplement | 100 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 50
Amount Per 2 Capsules | % DV
Magnesium (from 1,000 mg magnesium orotate dihydrate) | 65 mg | 15%
Other ingredients: gelatin capsule, rice flour.
Recommended Use: 1–2 capsules 2 times daily, with meals, or as directed by a physician.
Keep out of the reach of children. Store in a cool, dry place.""",
 el=65, forms=["orotate"], dv=15, sc=50)

add("us7_rugby_gluconate_compound_in_paren", "en", "us_supplement",
 "Modelled on Rugby Magnesium Gluconate 500 mg tablets (amounts as commonly stated: 500 mg gluconate = 27 mg elemental, cf. ntro.it.com page): compound weight inside the parenthesis, 'Magnesium (as magnesium gluconate dihydrate 500 mg) | 27 mg | 6%'; 27/420 = 6.4 -> 6%. 100 tablets = 100 servings (printed).",
"""RUGBY®
Magnesium Gluconate 500 mg
Mineral Supplement | 100 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 100
Amount Per Serving | % Daily Value
Magnesium (as magnesium gluconate dihydrate 500 mg) | 27 mg | 6%
Other Ingredients: Microcrystalline cellulose, croscarmellose sodium, hypromellose, stearic acid, magnesium stearate, silicon dioxide, polyethylene glycol.
Directions: Adults, take 1 tablet one to three times daily with meals, or as directed by a physician.
Warnings: Keep out of reach of children. Consult your physician before use if you have kidney disease.""",
 el=27, forms=["gluconate"], dv=6, sc=100)

add("us7_microingredients_7in1_blend_row", "en", "us_supplement",
 "Modelled on Micro Ingredients 7-in-1 Magnesium Complex capsules (a different product from their malate of set 5; forms and amounts approximate): Serving Size 3 Capsules, Magnesium 300 mg (71%, 300/420 = 71.4) listing seven sources; the 'Magnesium Complex Blend 1,600 mg' row is a blend weight, not the dose. 120/3 = 40 (printed).",
"""MICRO INGREDIENTS
7 in 1 Magnesium Complex
Full Spectrum | 120 Veggie Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 40
Amount Per Serving | %Daily Value*
Magnesium | 300 mg | 71%
Magnesium Complex Blend | 1,600 mg | †
(Magnesium Glycinate, Magnesium Malate, Magnesium Taurate, Magnesium Citrate, | |
Magnesium L-Threonate, Magnesium Orotate, Magnesium Oxide) | |
*Percent Daily Values are based on a 2,000 calorie diet. †Daily Value not established.
Other Ingredients: Hypromellose (vegan capsule).
Suggested Use: As a dietary supplement, take 3 capsules daily with water. Do not exceed recommended dose.""",
 el=300, forms=["glycinate", "malate", "taurate", "citrate", "threonate", "orotate", "oxide"], dv=71, sc=40)

add("us7_naturessunshine_complex_per_capsule", "en", "us_supplement",
 "Modelled on Nature's Sunshine Magnesium Complex capsules (forms and amounts approximate), with the header 'Amount Per Capsule': Serving Size 1 Capsule, Magnesium (as magnesium amino acid chelate, citrate and oxide) 250 mg, 250/420 = 59.5 -> 60%. 100 capsules (printed servings 100).",
"""NATURE'S SUNSHINE®
Magnesium Complex
Dietary Supplement | 100 Capsules
Supplement Facts
Serving Size: 1 capsule | Servings Per Container: 100
Amount Per Capsule | % DV
Magnesium (as magnesium amino acid chelate, citrate and oxide) | 250 mg | 60%
Other Ingredients: Gelatin (capsule), rice flour, magnesium stearate.
Recommended Use: Take 1 capsule with a meal twice daily.
Caution: Consult your healthcare provider before use if you are pregnant, nursing, taking medication or have a medical condition.""",
 el=250, forms=["amino_acid_chelate", "citrate", "oxide"], dv=60, sc=100)

add("us7_vitalnutrients_dmm_malicacid_row", "en", "us_supplement",
 "Modelled on Vital Nutrients Magnesium Malate capsules (a different product from their orotate of set 3; amounts approximate): 'Amount Per 2 Capsules', Magnesium (as di-magnesium malate) 180 mg, 180/420 = 42.9 -> 43%; a 'Malic Acid (from di-magnesium malate) 720 mg' row is not Mg. Directions '1-2 capsules 2 times daily'. 90/2 = 45 (printed).",
"""VITAL NUTRIENTS
Magnesium Malate
Pure, Hypoallergenic | 90 Vegetarian Capsules
Supplement Facts
Serving Size: 2 Capsules
Servings Per Container: 45
Amount Per 2 Capsules | % Daily Value
Magnesium (as di-magnesium malate) | 180 mg | 43%
Malic Acid (from di-magnesium malate) | 720 mg | **
** Daily Value not established.
Other ingredients: Hypromellose (vegetarian capsule).
Suggested Use: 1–2 capsules 2 times daily between meals, or as directed by your healthcare professional.""",
 el=180, forms=["malate"], dv=43, sc=45)

add("us7_wholefoods365_citrate_per1_per2", "en", "us_supplement",
 "Modelled on 365 by Whole Foods Market Magnesium Citrate capsules (amounts approximate), re-set with 'Per Capsule | Per 2 Capsules | %DV' columns: Serving Size 2 Capsules = 150 mg, 150/420 = 35.7 -> 36%; per capsule 75 mg in elemental_alt_mg. 120/2 = 60 (printed).",
"""365
WHOLE FOODS MARKET™
Magnesium Citrate | 120 Vegetarian Capsules
Supplement Facts
Serving Size 2 Capsules | Servings Per Container 60
 | Per Capsule | Per 2 Capsules | %DV
Magnesium (as magnesium citrate) | 75 mg | 150 mg | 36%
Other Ingredients: Hypromellose (capsule), rice flour, silica.
Suggested Use: Take two capsules daily with food.
Keep out of reach of children. If pregnant or nursing, consult your healthcare practitioner.""",
 el=150, forms=["citrate"], dv=36, sc=60, elemental_alt_mg=75)

add("us7_puritanspride_glycinate_buffered_unnamed", "en", "us_supplement",
 "Modelled on Puritan's Pride Magnesium Glycinate (buffered) caplets (a different product from their legacy oxide tablet of set 4; amounts approximate): Serving Size 2 Caplets = 200 mg, 200/420 = 47.6 -> 48%; the dagger footnote says 'Buffered' but names no buffer, so glycinate only. 120/2 = 60 (printed).",
"""Puritan's Pride®
Magnesium Glycinate
Gentle on the Stomach | 120 Coated Caplets
Supplement Facts
Serving Size 2 Caplets
Servings Per Container 60
Amount Per Serving | % Daily Value
Magnesium (as Magnesium Glycinate Chelate)† | 200 mg | 48%
† Buffered.
Other Ingredients: Cellulose, Vegetable Cellulose Coating, Vegetable Stearic Acid, Silica, Vegetable Magnesium Stearate.
Directions: For adults, take two (2) caplets daily, preferably with meals.""",
 el=200, forms=["glycinate"], dv=48, sc=60)

add("us7_nutricost_taurate_compound_only", "en", "us_supplement",
 "Modelled on Nutricost Magnesium Taurate capsules (a different product from their glycinate and malate of earlier sets; panel re-set as compound-only): 'Magnesium Taurate | 1,500 mg | †' per 3 capsules, no elemental row and no %DV: computed 1,500 x 0.089 = 133.5 (tol 20). 180 capsules / 3 = 60 (printed).",
"""NUTRICOST®
Magnesium Taurate
1500mg per serving | 180 Capsules
Supplement Facts
Serving Size: 3 Capsules
Servings Per Container: 60
Amount Per Serving | % Daily Value
Magnesium Taurate | 1,500 mg | †
† Daily Value not established.
Other Ingredients: Gelatin (capsule), Rice Flour.
Suggested Use: As a dietary supplement, take 3 capsules daily.""",
 el=133.5, tol=20, forms=["taurate"], dv=None, sc=60)

add("us7_naturemade_citrate_gummies_2", "en", "us_supplement",
 "Modelled on Nature Made magnesium citrate gummies (product details as remembered; amounts approximate): Serving Size 2 Gummies; Calories/Total Carbohydrate/Sugars rows precede Mg; Magnesium (as magnesium citrate) 120 mg, 120/420 = 28.6 -> 29%. 60 gummies / 2 = 30 (printed).",
"""Nature Made®
Magnesium Citrate Gummies
Muscle, Nerve & Bone Support† | Mixed Berry | 60 Gummies
Supplement Facts
Serving Size 2 Gummies
Servings Per Container 30
Amount Per Serving | %Daily Value
Calories | 15 |
Total Carbohydrate | 4 g | 1%*
Total Sugars | 3 g |
Includes 3 g Added Sugars | | 6%*
Magnesium (as magnesium citrate) | 120 mg | 29%
*Percent Daily Values are based on a 2,000 calorie diet.
Ingredients: Sugar, Glucose Syrup, Magnesium Citrate, Water, Pectin, Citric Acid, Natural Flavors, Sodium Citrate, Colors (Purple Carrot Juice Concentrate), Coconut Oil, Carnauba Wax.
Suggested Use: Adults, chew two gummies daily.""",
 el=120, forms=["citrate"], dv=29, sc=30)

add("ch7_oneaday_kids_chewable_4plus", "en", "children",
 "Modelled on One A Day Kids Scooby-Doo! Complete chewable multivitamin (amounts approximate), with a single '% Daily Value for Children 4 Years of Age and Older' column: Magnesium (as magnesium oxide) 20 mg, 20/420 = 4.8 -> 5%. Zinc (as zinc oxide) is another mineral's oxide. 50 tablets (printed servings 50).",
"""ONE A DAY® Kids
Scooby-Doo!® Complete
Multivitamin/Multimineral Supplement | Ages 4+ | 50 Chewable Tablets
Supplement Facts
Serving Size 1 Chewable Tablet | Servings Per Container 50
Amount Per Tablet | % Daily Value for Children 4 Years of Age and Older
Vitamin C (as ascorbic acid) | 60 mg | 67%
Vitamin D3 (as cholecalciferol) | 10 mcg (400 IU) | 50%
Calcium (as calcium carbonate) | 100 mg | 8%
Iron (as ferrous fumarate) | 5 mg | 28%
Magnesium (as magnesium oxide) | 20 mg | 5%
Zinc (as zinc oxide) | 5 mg | 45%
Other Ingredients: Sorbitol, Dicalcium Phosphate, Microcrystalline Cellulose, Natural Flavors, Stearic Acid, Magnesium Stearate, Sucralose.
Directions: Children 4 years and older: chew one tablet daily with food. Adult supervision is recommended.
WARNING: Accidental overdose of iron-containing products is a leading cause of fatal poisoning in children under 6. Keep this product out of reach of children.""",
 el=20, forms=["oxide"], dv=5, sc=50)

# =====================================================================================================
# Multivitamins, Cal-Mag-Zinc
# =====================================================================================================
add("mv7_membersmark_complete_multi", "en", "multivitamin",
 "Modelled on Member's Mark Complete Multi Adults (Sam's Club; amounts approximate): Magnesium (as magnesium oxide) 50 mg, 50/420 = 11.9 -> 12%. Zinc oxide, cupric oxide, calcium carbonate are other minerals' salts. 400 tablets = 400 servings (printed).",
"""Member's Mark™
Complete Multi Adults
Multivitamin/Multimineral Supplement | 400 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 400
Amount Per Serving | % Daily Value
Vitamin A (as beta-carotene and retinyl acetate) | 750 mcg | 83%
Vitamin C (as ascorbic acid) | 90 mg | 100%
Vitamin D3 (as cholecalciferol) | 25 mcg (1,000 IU) | 125%
Calcium (as calcium carbonate) | 200 mg | 15%
Iron (as ferrous fumarate) | 8 mg | 44%
Magnesium (as magnesium oxide) | 50 mg | 12%
Zinc (as zinc oxide) | 11 mg | 100%
Copper (as cupric oxide) | 0.5 mg | 56%
Other Ingredients: Microcrystalline Cellulose, Dicalcium Phosphate, Croscarmellose Sodium, Hypromellose, Magnesium Stearate, Silicon Dioxide.
Directions: Adults, take one tablet daily with food.""",
 el=50, forms=["oxide"], dv=12, sc=400)

add("mv7_dfh_twice_daily_multi_perday", "en", "multivitamin",
 "Modelled on Designs for Health Twice Daily Multi capsules (amounts approximate), with 'Amount Per Serving | %DV | Amount Per Day | %DV' pairs: Serving Size 2 Capsules, Magnesium (as magnesium bisglycinate chelate) 50 mg 12% (50/420 = 11.9); per day (4 capsules) 100 mg 24% in elemental_alt_mg. 120/2 = 60 (printed).",
"""DESIGNS FOR HEALTH®
Twice Daily Multi
Iron-Free | 120 Vegetarian Capsules
Supplement Facts
Serving Size 2 Capsules | Servings Per Container 60
 | Amount Per Serving | %DV | Amount Per Day (4 Capsules) | %DV
Vitamin C (as ascorbic acid) | 150 mg | 167% | 300 mg | 333%
Vitamin D3 (as cholecalciferol) | 25 mcg | 125% | 50 mcg | 250%
Magnesium (as magnesium bisglycinate chelate)† | 50 mg | 12% | 100 mg | 24%
Zinc (as zinc bisglycinate chelate)† | 7.5 mg | 68% | 15 mg | 136%
† TRAACS® Albion® Minerals.
Other Ingredients: Hypromellose (capsule), microcrystalline cellulose, L-leucine.
Recommended Use: Take 2 capsules twice daily with meals, or as directed by your healthcare practitioner.""",
 el=50, forms=["glycinate"], dv=12, sc=60, elemental_alt_mg=100)

add("mv7_kirkland_calcium_citrate_mag_zinc", "en", "multivitamin",
 "Modelled on Kirkland Signature Calcium Citrate Magnesium and Zinc with D3 tablets (Costco; amounts approximate): Serving Size 2 Tablets, Magnesium (as magnesium oxide) 200 mg, 200/420 = 47.6 -> 48%. 'Citrate' in the name is calcium citrate (not a Mg form); zinc oxide is zinc's. 500 tablets / 2 = 250 (printed).",
"""KIRKLAND
Signature™
Calcium Citrate Magnesium and Zinc | with Vitamin D3 | 500 Tablets
Supplement Facts
Serving Size 2 Tablets
Servings Per Container 250
Amount Per Serving | % Daily Value
Vitamin D3 (as cholecalciferol) | 25 mcg (1,000 IU) | 125%
Calcium (as calcium citrate and calcium carbonate) | 500 mg | 38%
Magnesium (as magnesium oxide) | 200 mg | 48%
Zinc (as zinc oxide) | 11 mg | 100%
Other Ingredients: Microcrystalline Cellulose, Croscarmellose Sodium, Hypromellose, Magnesium Stearate, Polyethylene Glycol.
Directions: Adults, take 2 tablets daily with a meal. Do not take more than 2 tablets at one time.""",
 el=200, forms=["oxide"], dv=48, sc=250)

add("mv7_equate_women50_wrapped_two_forms", "en", "multivitamin",
 "Modelled on Equate Complete Multivitamin Women 50+ tablets (Walmart; forms and amounts approximate), with the Mg row's source list wrapped onto a second line: Magnesium (as magnesium oxide / and magnesium citrate) 100 mg, 100/420 = 23.8 -> 24%. 100 tablets (printed servings 100).",
"""equate™
Complete Multivitamin
Women 50+ | 100 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 100
Amount Per Serving | % Daily Value
Vitamin B12 (as cyanocobalamin) | 25 mcg | 1,042%
Calcium (as calcium carbonate) | 300 mg | 23%
Magnesium (as magnesium oxide | 100 mg | 24%
and magnesium citrate) | |
Zinc (as zinc oxide) | 8 mg | 73%
Lutein‡ | 250 mcg | **
‡ from marigold flower extract. ** Daily Value not established.
Other Ingredients: Cellulose, Dicalcium Phosphate, Croscarmellose Sodium, Modified Food Starch, Magnesium Stearate, Silicon Dioxide.
Directions: Adults 50 years and older, take one tablet daily with food.""",
 el=100, forms=["oxide", "citrate"], dv=24, sc=100)

# =====================================================================================================
# Powders, liquids
# =====================================================================================================
add("pw7_thorne_catalyte_less_than_1pct", "en", "powder",
 "Modelled on Thorne Catalyte electrolyte powder (a different Thorne product from earlier sets; amounts approximate): 1 scoop, Magnesium (as magnesium citrate) 65 mg, 65/420 = 15.5 -> 15%; 'Total Carbohydrate <1 g | less than 1%' and sodium/potassium rows are not Mg; potassium citrate is potassium's. 30 servings (printed).",
"""THORNE®
Catalyte®
Electrolyte Replenishment | Lemon Lime | NSF Certified for Sport® | 30 Servings
Supplement Facts
Serving Size 1 Scoop (4.6 g)
Servings Per Container 30
Amount Per Serving | % Daily Value
Calories | 10 |
Total Carbohydrate | <1 g | less than 1%*
Magnesium (as Magnesium Citrate) | 65 mg | 15%
Sodium (as Sodium Chloride) | 140 mg | 6%
Potassium (as Potassium Citrate) | 190 mg | 4%
*Percent Daily Values are based on a 2,000 calorie diet.
Other Ingredients: Citric Acid, Natural Flavors, Monk Fruit Extract, Silica.
Suggested Use: Mix 1 scoop with 12-16 oz of water once or twice daily, or as recommended by your health-care professional.""",
 el=65, forms=["citrate"], dv=15, sc=30)

add("pw7_nutricost_citrate_powder_from1500", "en", "powder",
 "Modelled on Nutricost Magnesium Citrate Powder, 500 g (amounts approximate): Serving Size 1 scoop (1.5 g); 'Magnesium (from 1,500 mg Magnesium Citrate) | 210 mg | 50%', 210/420 = 50%. 'about 333' servings (printed).",
"""NUTRICOST®
Magnesium Citrate Powder
Unflavored | Net Wt. 500 g (1.1 lb)
Supplement Facts
Serving Size: 1 Scoop (1.5 g)
Servings Per Container: about 333
Amount Per Serving | % Daily Value
Magnesium (from 1,500 mg Magnesium Citrate) | 210 mg | 50%
Other Ingredients: None.
Suggested Use: Mix one scoop (1.5 g) into 8 oz of water or beverage once daily.
Warning: Consult a physician before use if pregnant, nursing, or have a medical condition.""",
 el=210, forms=["citrate"], dv=50, sc=333)

add("lq7_traceminerals_megamag_tsp", "en", "liquid",
 "Modelled on Trace Minerals Mega-Mag liquid magnesium (ionic magnesium chloride concentrate, 8 fl oz; amounts approximate): Serving Size 1 tsp (5 mL) = 400 mg, 400/420 = 95.2 -> 95%; Chloride 1,150 mg 50% and 'Sodium 5 mg <1%' are not Mg. 48 servings (printed).",
"""TRACE MINERALS®
Mega-Mag®
Liquid Ionic Magnesium 400 mg | 8 fl oz (237 mL)
Supplement Facts
Serving Size 1 tsp (5 mL)
Servings Per Container 48
Amount Per Serving | % Daily Value
Magnesium (from magnesium chloride concentrate) | 400 mg | 95%
Chloride | 1,150 mg | 50%
Sodium | 5 mg | <1%
Potassium | 5 mg | <1%
Ingredients: Ionic magnesium chloride concentrate (from the Great Salt Lake), purified water.
Suggested Use: Add 1 teaspoon (5 mL) to water or juice once daily. Start with 1/4 teaspoon and increase gradually. Mix well.""",
 el=400, forms=["chloride"], dv=95, sc=48)

add("lq7_maryruths_nighttime_multimineral_tbsp", "en", "liquid",
 "Modelled on MaryRuth's Nighttime Multimineral liquid, 32 fl oz (forms and amounts approximate): Serving Size 2 Tablespoons (30 mL), Magnesium (as magnesium citrate) 250 mg, 250/420 = 59.5 -> 60%; Calcium (as calcium citrate) is calcium's. 32 fl oz / 2 Tbsp = 32 servings (printed).",
"""MaryRuth's
Nighttime Multimineral
Liquid Mineral Supplement | Raspberry | 32 fl oz (946 mL)
Supplement Facts
Serving Size 2 Tablespoons (30 mL)
Servings Per Container 32
Amount Per Serving | % Daily Value
Calcium (as calcium citrate) | 130 mg | 10%
Magnesium (as magnesium citrate) | 250 mg | 60%
Zinc (as zinc citrate) | 2 mg | 18%
Potassium (as potassium chloride) | 20 mg | less than 1%
Other Ingredients: Purified Water, Vegetable Glycerin, Natural Raspberry Flavor, Citric Acid, Potassium Sorbate.
Suggested Use: Adults: take 2 tablespoons daily, 30 minutes before bed. Shake well. Refrigerate after opening.""",
 el=250, forms=["citrate"], dv=60, sc=32)

# =====================================================================================================
# Drug Facts (OTC laxatives, antacids)
# =====================================================================================================
add("df7_familydollar_mom_500_per15ml", "en", "drug_facts",
 "Transcribed in part from the Family Dollar Milk of Magnesia Drug Facts (otclabels.com, consulted): 'Active ingredient (in each 15 mL) Magnesium hydroxide 1200 mg'; 'each 15 mL contains: magnesium 500 mg' (1200 x 0.417 = 500.4). Stated figure used (tol 2), per 15 mL.",
"""FAMILY WELLNESS™
Milk of Magnesia
Saline Laxative | Original | 12 FL OZ (355 mL)
Drug Facts
Active ingredient (in each 15 mL) | Purpose
Magnesium hydroxide 1200 mg | Saline laxative
Uses • relieves occasional constipation (irregularity) • generally produces bowel movement in 1/2 to 6 hours
Warnings
Ask a doctor before use if you have • kidney disease • a magnesium-restricted diet • stomach pain, nausea, or vomiting • a sudden change in bowel habits that lasts over 14 days
Ask a doctor or pharmacist before use if you are taking a prescription drug. This product may interact with certain prescription drugs.
Stop use and ask a doctor if • you have rectal bleeding or no bowel movement after using this product • you need to use a laxative for more than 1 week
Keep out of reach of children.
Directions • shake well before use • do not exceed the maximum recommended daily dose in a 24 hour period • follow each dose with a full glass (8 oz) of liquid
age | dose
adults and children 12 years and older | 30 mL to 60 mL
children 6 to 11 years | 15 mL to 30 mL
children under 6 years | ask a doctor
Other information • each 15 mL contains: magnesium 500 mg • do not freeze • store at room temperature tightly closed
Inactive ingredients carboxymethylcellulose sodium, citric acid, D&C red no. 28, flavor, glycerin, microcrystalline cellulose, purified water, sodium citrate, sodium hypochlorite, sucrose, xanthan gum""",
 el=500, forms=["hydroxide"], dv=None, sc=None)

add("df7_maalox_regular_per_5ml_teaspoon", "en", "drug_facts",
 "Transcribed in part from the Maalox Antacid liquid Drug Facts (DailyMed setid e2a14762..., Physicians Total Care repackaging, consulted): per 5 mL teaspoon aluminum hydroxide 200 mg, magnesium hydroxide 200 mg, simethicone 20 mg; 'each teaspoon contains: calcium 25 mg and magnesium 85 mg'. Stated 85 used (tol 2; 200 x 0.417 = 83.4).",
"""MAALOX®
Regular Strength Liquid Antacid
Antacid & Anti-Gas | Cooling Mint | 12 fl oz
Drug Facts
Active ingredients (in each 5 mL teaspoon) | Purposes
Aluminum hydroxide (equiv. to dried gel, USP) 200 mg | Antacid
Magnesium hydroxide 200 mg | Antacid
Simethicone 20 mg | Antigas
Uses for the relief of • acid indigestion • heartburn • sour stomach • upset stomach associated with these symptoms • pressure and bloating commonly referred to as gas
Warnings
Ask a doctor before use if you have • kidney disease • a magnesium-restricted diet
Ask a doctor or pharmacist before use if you are now taking a prescription drug. Antacids may interact with certain prescription drugs.
When using this product do not exceed 16 teaspoonsful (80 mL) in a 24-hour period or use the maximum dosage for more than 2 weeks unless directed by a doctor
Keep out of reach of children.
Directions • shake well before using • adults and children 12 years and older: take 2-4 tsp (10-20 mL) up to 4 times a day or as directed by a doctor • children under 12: ask a doctor
Other information • each teaspoon contains: calcium 25 mg and magnesium 85 mg • store at 20°-25°C (68°-77°F)
Inactive ingredients butylparaben, carboxymethylcellulose sodium, flavor, hypromellose, microcrystalline cellulose, propylparaben, purified water, saccharin sodium, simethicone emulsion, sorbitol""",
 el=85, forms=["hydroxide"], dv=None, sc=None)

add("df7_maxstrength_antacid_10ml_dose_340", "en", "drug_facts",
 "Transcribed in part from a 'Maximum Strength Antacid' aluminum hydroxide/magnesium hydroxide/simethicone suspension Drug Facts (DailyMed setid d5661964..., consulted): 'Active ingredients (in each 10 mL dose)' Mg(OH)2 800 mg; 'each 10 mL teaspoonful contains: magnesium 340 mg, sodium 10 mg'. Stated 340 used, per 10 mL (800 x 0.417 = 333.6).",
"""Maximum Strength
Antacid
Aluminum Hydroxide, Magnesium Hydroxide, Simethicone Oral Suspension | Mint | 12 FL OZ (355 mL)
Drug Facts
Active ingredients (in each 10 mL dose) | Purposes
Aluminum hydroxide 800 mg (equivalent to dried gel, USP) | Antacid
Magnesium hydroxide 800 mg | Antacid
Simethicone 80 mg | Antigas
Uses relieves • heartburn • sour stomach • acid indigestion • the symptoms referred to as gas
Warnings
Do not take more than 60 mL (6 doses) in a 24 hour period or use the maximum dosage for more than 2 weeks.
Ask a doctor before use if you have • kidney disease • a magnesium-restricted diet
Keep out of reach of children.
Directions • shake well before use • adults and children 12 years of age and older: 10 mL to 20 mL (1 to 2 doses) as needed, between or after meals, at bedtime, or as directed by a doctor • children under 12 years of age: ask a doctor • measure with dosing cup provided
Other information • each 10 mL teaspoonful contains: magnesium 340 mg, sodium 10 mg • do not freeze
Inactive ingredients benzyl alcohol, carboxymethylcellulose sodium, flavor, hypromellose, microcrystalline cellulose, purified water, saccharin sodium, sorbitol solution""",
 el=340, forms=["hydroxide"], dv=None, sc=None)

add("df7_walgreens_antacid_10ml_175_stated", "en", "drug_facts",
 "Transcribed in part from the Walgreens Antacid (aluminum hydroxide/magnesium hydroxide/simethicone) suspension Drug Facts (DailyMed setid 6b7b9de7..., consulted): per 10 mL aluminum hydroxide 400 mg, magnesium hydroxide 400 mg, simethicone 40 mg; 'each 10 mL contains: magnesium 175 mg'. The label's own 175 is used (tol 2) although 400 x 0.417 = 166.8 (see README).",
"""Walgreens
Antacid
Antacid / Anti-Gas | Regular Strength | Original Flavor | 12 FL OZ (355 mL)
Drug Facts
Active ingredients (in each 10 mL) | Purpose
Aluminum hydroxide (equiv. to dried gel, USP) 400 mg | Antacid
Magnesium hydroxide 400 mg | Antacid
Simethicone 40 mg | Antigas
Uses for the relief of • acid indigestion • heartburn • sour stomach • upset stomach associated with these symptoms • pressure and bloating commonly referred to as gas
Warnings
Ask a doctor before use if you have • kidney disease • a magnesium-restricted diet
When using this product do not take more than 80 mL in a 24-hour period, or use the maximum dosage for more than 2 weeks, except under the advice and supervision of a physician
Keep out of reach of children.
Directions • shake well before using • only use the dose cup provided • adults and children 12 years and older: take 10 mL to 20 mL four times a day or as directed by a physician • children under 12 years: consult a physician
Other information • each 10 mL contains: magnesium 175 mg • store at 20-25ºC (68-77ºF) • protect from freezing
Inactive ingredients butylparaben, carboxymethylcellulose sodium, flavor, hypromellose, microcrystalline cellulose, propylparaben, purified water, saccharin sodium, sorbitol""",
 el=175, forms=["hydroxide"], dv=None, sc=None)

add("df7_cvs_mgcitrate_no_mg_statement", "en", "drug_facts",
 "Modelled on the CVS Pharmacy Magnesium Citrate oral solution Drug Facts (Aaron Industries; drugs-library.com copy, consulted): 'Magnesium Citrate 1.745g per fl oz'; Other information gives only 'each fluid ounce contains: sodium 36 mg', no magnesium statement, so computed 1,745 x 0.162 (anhydrous trimagnesium dicitrate, magnesium.md) = 282.7 per fl oz (tol 20). Directions '1/2 to 1 bottle (10 fl oz)' are not the unit.",
"""CVS
pharmacy®
Magnesium Citrate | Oral Solution, Saline Laxative | Cherry | 10 FL OZ (296 mL)
Drug Facts
Active ingredient | Purpose
Magnesium Citrate 1.745g per fl oz | saline laxative
Uses • relieves occasional constipation (irregularity) • generally produces bowel movement in 1/2 to 6 hours
Warnings
Ask a doctor or pharmacist before use if you are presently taking a prescription drug
When using this product do not exceed the maximum recommended daily dosage in a 24 hour period
Stop use and ask a doctor if you have rectal bleeding or no bowel movement after use. These could be a sign of a serious condition. • you need to use a laxative more than one week.
Keep this and all drugs out of the reach of children.
Directions
Adults and Children 12 years of age and older | 1/2 to 1 bottle (10 fl oz). Drink a full 8 oz glass of liquid with each dose. The dose may be taken as a single daily dose or in divided doses.
children 6 to under 12 years of age | 1/3 to 1/2 bottle with a full 8 oz glass of liquid
children under 6 years of age | consult a doctor
Other Information • each fluid ounce contains: sodium 36 mg • store at controlled room temperature • discard unused product within 24 hours of opening bottle
Inactive Ingredients blue 1, citric acid, flavors, purified water, red 40, saccharin sodium, sodium bicarbonate""",
 el=282.7, tol=20, forms=["citrate"], dv=None, sc=None)

# =====================================================================================================
# UK, Canada, Australia
# =====================================================================================================
add("uk7_ethicalnutrition_taurate_nrv_bare", "en", "intl",
 "Modelled on the Ethical Nutrition Magnesium Taurate product page (ethical-nutrition.com, consulted): 'Magnesium Taurate | 1720mg | -' and '(providing elemental magnesium) | 150mg | 40' under an 'NRV %' header (the % sign only in the header); 150/375 = 40. Re-set as 'Per 2 capsules'; 60 capsules / 2 = 30.",
"""ETHICAL NUTRITION
Magnesium Taurate
Food Supplement | Vegan | 60 Capsules
Ingredient | Per 2 capsules | NRV %
Magnesium Taurate | 1720mg | -
(providing elemental magnesium) | 150mg | 40
NRV = Nutrient Reference Value.
Other ingredients: Vegan capsule (hydroxypropyl methylcellulose), rice extract.
Directions: Take 2 capsules daily with food.
Food supplements should not be used as a substitute for a varied and balanced diet and a healthy lifestyle. Do not exceed the recommended daily dose. Keep out of reach of children.""",
 el=150, forms=["taurate"], dv=40, sc=30, _dvb=375)

add("uk7_healthspan_citrate_of_which", "en", "intl",
 "Modelled on Healthspan magnesium citrate tablets (UK; product details and amounts approximate): 'Per 2 tablets | %NRV*': 'Magnesium citrate 1,875mg' with an 'of which Magnesium 300mg 80%' sub-row (300/375 = 80). 120 tablets / 2 = 60.",
"""HEALTHSPAN
Magnesium Citrate
Food Supplement | 120 Tablets
Nutrition Information | Per 2 tablets | %NRV*
Magnesium citrate | 1,875mg |
of which Magnesium | 300mg | 80%
*NRV = Nutrient Reference Value
Ingredients: Magnesium Citrate, Bulking Agent (Microcrystalline Cellulose), Anti-caking Agents (Magnesium Salts of Fatty Acids, Silicon Dioxide), Coating (Hydroxypropyl Methylcellulose).
Directions: Adults take two tablets daily, with water and with food.
Do not exceed the recommended intake. Food supplements should not be used as a substitute for a varied and balanced diet and healthy lifestyle.""",
 el=300, forms=["citrate"], dv=80, sc=60, _dvb=375)

add("ca7_bioclinic_bisglycinate_blend_each", "en", "intl",
 "Transcribed in part from the Bioclinic Naturals Magnesium Bisglycinate 200 mg product page (mysina.ca, consulted): 'Each Vegetarian Capsule Contains: Magnesium 200 mg [Magnesium Bisglycinate Blend (magnesium bisglycinate, magnesium oxide, glycine)]' - the buffer is named, so glycinate + oxide. Dose '1 capsule 1-2 times per day' (wording approximate): per capsule, sc null. NPN a placeholder.",
"""bioclinic naturals®
Magnesium Bisglycinate 200 mg
Gentle & Highly Absorbable | 120 Vegetarian Capsules | NPN 80000000
Medicinal Ingredients
Each Vegetarian Capsule Contains: | |
Magnesium | 200 mg |
[Magnesium Bisglycinate Blend (magnesium bisglycinate, magnesium oxide, glycine)] | |
Non-Medicinal Ingredients: Vegetarian capsule (carbohydrate gum [cellulose], purified water), microcrystalline cellulose, vegetable grade magnesium stearate.
Recommended Use: Helps in the development and maintenance of bones and teeth. Helps to maintain proper muscle function. Source of an electrolyte for the maintenance of good health.
Recommended Dose: Adults: Take 1 capsule 1-2 times per day or as directed by a health care practitioner. Take a few hours before or after other medications.""",
 el=200, forms=["glycinate", "oxide"], dv=None, sc=None)

add("au7_blackmores_super_magnesium_three_salts", "en", "intl",
 "Modelled on Blackmores Super Magnesium+ tablets (Australia; a different Blackmores product from set 3's Bio Magnesium; salts and amounts approximate): three compound rows (oxide-heavy 250 mg, citrate 300 mg, amino acid chelate 500 mg) and one 'Equiv. magnesium 300 mg' total; 'Pyridoxine hydrochloride ... equiv. pyridoxine' is not Mg. Dose 1 tablet twice a day: per tablet, sc null.",
"""BLACKMORES®
Super Magnesium+
Muscle & Energy Support | 100 Tablets | AUST L 000000
Each tablet contains:
Magnesium oxide - heavy | 250 mg
Magnesium citrate | 300 mg
Magnesium amino acid chelate | 500 mg
Equiv. magnesium | 300 mg
Pyridoxine hydrochloride (vitamin B6) | 25 mg
Equiv. pyridoxine | 20.6 mg
Manganese amino acid chelate | 20 mg
Equiv. manganese | 2 mg
Directions: Adults: Take 1 tablet twice a day with meals, or as professionally prescribed.
Always read the label and follow the directions for use. Vitamin supplements should not replace a balanced diet.""",
 el=300, forms=["oxide", "citrate", "amino_acid_chelate"], dv=None, sc=None)

add("au7_cenovis_citrate_glycinate_equivalent_line", "en", "intl",
 "Modelled on Cenovis magnesium tablets (Australia; product details, salts and amounts approximate), compound rows first and the equivalent on its own row worded 'Equivalent magnesium': citrate 1.25 g + glycinate 850 mg -> 250 mg; 'Pyridoxine hydrochloride 20 mg (equiv. pyridoxine 16.4 mg)' is not Mg. Dose '1-2 tablets daily': per tablet, sc null.",
"""Cenovis®
Magnesium + B6
Supports Muscle Function | 60 Tablets | AUST L 111111
Each tablet contains:
Magnesium citrate | 1.25 g
Magnesium glycinate dihydrate | 850 mg
Equivalent magnesium | 250 mg
Pyridoxine hydrochloride | 20 mg
(equiv. pyridoxine 16.4 mg) |
Directions for use: Adults: Take 1-2 tablets daily with food, or as directed by your healthcare professional.
If symptoms persist, talk to your health professional. Vitamin and mineral supplements should not replace a balanced diet.""",
 el=250, forms=["citrate", "glycinate"], dv=None, sc=None)

# =====================================================================================================
# Topical
# =====================================================================================================
add("tp7_tigerlily_lotion_per_teaspoon", "en", "topical",
 "Transcribed in part from Tigerlily's House of Apothecary Magnesium Lotion product page (tigerlilyshouseofapothecary.com, consulted): 'Each teaspoon contains 145mg elemental magnesium & there are 24 teaspoons per jar'; magnesium chloride ('magnesium oil made from pure magnesium chloride'). Per teaspoon 145 mg, 24 applications (printed).",
"""Tigerlily's House of Apothecary
Magnesium Lotion
Topical Magnesium | For External Use Only | 4 oz jar
Each teaspoon contains 145mg elemental magnesium & there are 24 teaspoons per jar.
Ingredients: homemade magnesium oil made from pure magnesium chloride, sweet almond oil, rice bran oil (vitamin E), shea & mango butters, stearic acid, wax, Optiphen-Plus, essential oils.
How to use: Apply about one teaspoon to neck, wrists, chest, legs or feet and massage in. May tingle at first. Can be applied throughout the day.
Caution: Avoid broken skin and eyes. Consult your doctor before use if you have kidney disease.""",
 el=145, forms=["chloride"], dv=None, sc=24)

# =====================================================================================================
# Negatives (English)
# =====================================================================================================
add("neg7_liquidiv_hydration_multiplier", "en", "negative",
 "Modelled on Liquid I.V. Hydration Multiplier (Lemon Lime) sticks: sodium, potassium and vitamins, no magnesium source (an electrolyte drink mix that looks like the Mg electrolyte powders; dipotassium phosphate and sodium citrate are not Mg).",
"""LIQUID I.V.®
Hydration Multiplier®
Electrolyte Drink Mix | Lemon Lime | 16 Individual Serving Stick Packs
Supplement Facts
Serving Size 1 Stick (16 g)
Servings Per Container 16
Amount Per Serving | % Daily Value*
Calories | 45 |
Total Carbohydrate | 11 g | 4%
Total Sugars | 11 g | †
Includes 11 g Added Sugars | | 22%
Vitamin C (as ascorbic acid) | 78 mg | 87%
Niacin (as niacinamide) | 20 mg | 125%
Vitamin B6 (as pyridoxine hydrochloride) | 2 mg | 118%
Vitamin B12 (as cyanocobalamin) | 5 mcg | 208%
Sodium (as sodium citrate, sodium chloride) | 500 mg | 22%
Potassium (as dipotassium phosphate) | 370 mg | 8%
*Percent Daily Values are based on a 2,000 calorie diet. † Daily Value not established.
Other Ingredients: Cane Sugar, Dextrose, Citric Acid, Natural Flavors, Silicon Dioxide, Rebaudioside A.
Directions: Mix one stick with 16 oz (500 mL) of water.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=16)

add("neg7_fleet_saline_enema_drugfacts", "en", "negative",
 "Modelled on Fleet Saline Enema Drug Facts (monobasic/dibasic sodium phosphate): a saline laxative like milk of magnesia or magnesium citrate, but the salts are sodium phosphates; no magnesium.",
"""Fleet®
Saline Enema
Sodium Phosphates Enema | Saline Laxative | 4.5 FL OZ (133 mL)
Drug Facts
Active ingredients (in each 118 mL delivered dose) | Purpose
Monobasic sodium phosphate 19 g | Saline laxative
Dibasic sodium phosphate 7 g | Saline laxative
Use relieves occasional constipation
Warnings For rectal use only. Using more than one enema in 24 hours can be harmful.
Ask a doctor before using any laxative if you • have kidney disease • have heart problems • are dehydrated • are 55 years old or older • are on a sodium-restricted diet
Keep out of reach of children.
Directions single daily dosage • adults and children 12 years and over: 1 bottle • children 2 to 11 years: use Fleet Enema for Children • children under 2 years: do not use
Other information • each 118 mL contains: sodium 4.4 g • store at room temperature
Inactive ingredients benzalkonium chloride, disodium EDTA, purified water""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=None)

add("neg7_olly_sleep_gummies_melatonin", "en", "negative",
 "Modelled on OLLY Sleep gummies (melatonin, L-theanine, botanicals): a sleep product with no magnesium (a look-alike for magnesium sleep gummies).",
"""OLLY®
Sleep
Melatonin + L-Theanine + Botanicals | Blackberry Zen | 50 Gummies
Supplement Facts
Serving Size 2 Gummies
Servings Per Container 25
Amount Per Serving | % Daily Value
Calories | 10 |
Total Carbohydrate | 3 g | 1%*
Total Sugars | 2 g | †
Includes 2 g Added Sugars | | 4%*
Melatonin | 3 mg | †
L-Theanine | 100 mg | †
Proprietary Blend | 25 mg | †
Chamomile (Matricaria recutita) flower extract, Passionflower (Passiflora incarnata) aerial parts extract, Lemon Balm (Melissa officinalis) leaf extract | |
*Percent Daily Values are based on a 2,000 calorie diet. † Daily Value not established.
Other Ingredients: Glucose Syrup, Sugar, Water, Pectin, Citric Acid, Sodium Citrate, Natural Flavors, Colors (Black Carrot Juice), Coconut Oil, Carnauba Wax.
Suggested Use: Chew 2 gummies 30 minutes before bed. For adults only.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=25)
