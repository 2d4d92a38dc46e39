# Label sources, part I (blind set 5): 22 US Supplement Facts panels, 3 OTC Drug Facts, 21 EU labels (3 each in de, fr, it,
# es, pl, nl, cs), UK / Canada / Australia and one negative.
# Same format as bench/blindset4/labels_g.py: table cells are separated by " | "; make_set.py pads them to aligned columns.
# Keys starting with "_" are private to the checker (check_set.py) and are not written to expected.jsonl:
#   _dvb = the DV base the printed %DV was computed from (default 420 for en, 375 for EU languages; UK sets 375).
L = []
def add(id, lang, kind, note, text, status="ok", el=None, tol=2, forms=(), dv=None, sc=None, **extra):
    d = dict(id=id, lang=lang, kind=kind, source_note=note, status=status, elemental_mg=el,
             elemental_tol_pct=tol, forms=list(forms), percent_dv=dv, serving_count=sc, _text=text)
    d.update(extra); L.append(d)

# =====================================================================================================
# US Supplement Facts
# =====================================================================================================
add("us5_solgar_citrate_2tabs", "en", "us_supplement",
 "Modelled on Solgar Magnesium Citrate tablets, 120 count (amounts as remembered): Serving Size 2 Tablets, Magnesium (as magnesium citrate) 400 mg; 400/420 = 95.2 -> 95%. 120 tablets / 2 = 60 (printed).",
"""SOLGAR®
Magnesium Citrate
Supports Healthy Bones & Muscle Function* | 120 Tablets
Supplement Facts
Serving Size 2 Tablets
Servings Per Container 60
Amount Per Serving | % Daily Value
Magnesium (as magnesium citrate) | 400 mg | 95%
Other Ingredients: Microcrystalline Cellulose, Vegetable Cellulose, Vegetable Stearic Acid, Silica, Vegetable Magnesium Stearate, Vegetable Glycerin.
Suggested Use: As a dietary supplement for adults, take two (2) tablets daily, preferably at mealtime, or as directed by a healthcare practitioner.
Free of: Gluten, Wheat, Dairy, Soy, Yeast, Sugar, Sodium, Artificial Flavor, Sweetener, Preservatives and Color.
If pregnant, nursing, taking any medications or have any medical condition, please consult your healthcare practitioner before taking any dietary supplement.
*These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or prevent any disease.""",
 el=400, forms=["citrate"], dv=95, sc=60)

add("us5_lifeext_citrate_100", "en", "us_supplement",
 "Modelled on Life Extension Magnesium Citrate 100 mg vegetarian capsules (amounts as remembered): 1 capsule = 100 mg; 100/420 = 23.8 -> 24%. 100 capsules = 100 servings (printed). Directions '1 to 4 capsules' do not change the serving.",
"""LIFE EXTENSION®
Magnesium Citrate
100 mg | 100 Vegetarian Capsules
Supplement Facts
Serving Size 1 vegetarian capsule
Servings Per Container 100
Amount Per Serving | % Daily Value
Magnesium (as magnesium citrate) | 100 mg | 24%
Other ingredients: microcrystalline cellulose, vegetable cellulose (capsule), silica, vegetable stearate.
Dosage and Use: Take one to four capsules daily with or without food, or as recommended by a healthcare practitioner.
Caution: Do not exceed recommended dose. Keep out of reach of children.""",
 el=100, forms=["citrate"], dv=24, sc=100)

add("us5_bluebonnet_buffered_albion", "en", "us_supplement",
 "Modelled on Bluebonnet Albion Buffered Chelated Magnesium caplets (amounts approximate): 2 caplets = 200 mg; 200/420 = 47.6 -> 48%. The buffer compound is NOT named, so forms = glycinate only (convention). 120 caplets / 2 = 60 (printed).",
"""BLUEBONNET
Albion® Buffered Chelated Magnesium
Gentle on the Stomach | 120 Caplets
Supplement Facts
Serving Size 2 Caplets
Servings Per Container 60
Amount Per Serving | % Daily Value
Magnesium (as Albion® buffered magnesium bisglycinate chelate) | 200 mg | 48%
Other Ingredients: Microcrystalline cellulose, vegetable stearic acid, silica, vegetable magnesium stearate, vegetable glycerin.
Suggested Use: As a dietary supplement, take two caplets daily, preferably with a meal or as directed by a healthcare professional.
Free of milk, egg, fish, crustacean shellfish, tree nuts, peanuts, wheat, soybeans and gluten.""",
 el=200, forms=["glycinate"], dv=48, sc=60)

add("us5_upup_oxide_amount_per_tablet", "en", "us_supplement",
 "Modelled on up&up (Target) Magnesium 250 mg tablets (amounts simplified); column header 'Amount Per Tablet' instead of 'Amount Per Serving': 250 mg; 250/420 = 59.5 -> 60%. 110 tablets = 110 servings (printed).",
"""up&up™
magnesium
250 mg | dietary supplement | 110 tablets
compare to Nature Made® Magnesium
Supplement Facts
Serving Size: 1 Tablet
Servings Per Container: 110
Amount Per Tablet | %DV
Magnesium (as magnesium oxide) | 250 mg | 60%
Other Ingredients: Microcrystalline Cellulose, Croscarmellose Sodium, Stearic Acid, Magnesium Stearate, Hypromellose, Polyethylene Glycol.
Directions: Adults, take one tablet daily with water and a meal.
Warnings: Keep out of reach of children. Do not use if seal under cap is broken or missing.
Distributed by Target Corporation, Minneapolis, MN 55403""",
 el=250, forms=["oxide"], dv=60, sc=110)

add("us5_standardprocess_lactate_2tabs", "en", "us_supplement",
 "Modelled on Standard Process Magnesium Lactate tablets (amounts approximate): 2 tablets = Magnesium (as magnesium lactate) 36 mg; 36/420 = 8.6 -> 9%. 90 tablets / 2 = 45 (printed). A Calcium row (from the product's calcium stearate/lactose base) is not Mg.",
"""Standard Process®
Magnesium Lactate
Whole Food Fundamentals | 90 Tablets
Supplement Facts
Serving Size: 2 Tablets
Servings per Container: 45
Amount per Serving | %DV
Calcium | 15 mg | 1%
Magnesium (as magnesium lactate) | 36 mg | 9%
Other Ingredients: Magnesium lactate, calcium stearate, cellulose, and calcium lactate.
Suggested Use: Two tablets per day, or as directed.""",
 el=36, forms=["lactate"], dv=9, sc=45)

add("us5_countrylife_k_mg_aspartate", "en", "us_supplement",
 "Modelled on Country Life Target-Mins Potassium-Magnesium Aspartate tablets (amounts approximate): 2 tablets = Magnesium (as magnesium aspartate) 120 mg; 120/420 = 28.6 -> 29%. Potassium aspartate is a look-alike salt of another mineral (not a form). 90 tablets / 2 = 45 (printed).",
"""COUNTRY LIFE®
Target-Mins®
Potassium-Magnesium Aspartate | 90 Tablets
Supplement Facts
Serving Size 2 Tablets
Servings Per Container 45
Amount Per Serving | % Daily Value
Magnesium (as magnesium aspartate) | 120 mg | 29%
Potassium (as potassium aspartate) | 198 mg | 4%
Other Ingredients: Cellulose, Vegetable Stearic Acid, Silica, Vegetable Magnesium Stearate, Vegetable Coating.
Suggested Use: For adults, take 2 tablets daily, preferably at mealtime.""",
 el=120, forms=["aspartate"], dv=29, sc=45)

add("us5_megafood_magnesium_foodblend", "en", "us_supplement",
 "Modelled on MegaFood Magnesium tablets (amounts approximate): 1 tablet = 50 mg (as bisglycinate chelate); 50/420 = 11.9 -> 12%. A 'MegaFood Food Blend 100 mg' row (organic spinach, broccoli) is not a Mg amount. 90 tablets = 90 servings (printed).",
"""MegaFood®
Magnesium
Muscle, Nerve & Heart Health* | 90 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 90
Amount Per Serving | %DV
Magnesium (as magnesium bisglycinate chelate) | 50 mg | 12%
MegaFood Food Blend (organic spinach leaf, organic broccoli) | 100 mg | †
† Daily Value not established.
Other Ingredients: Organic brown rice, cellulose, vegetable lubricant, silica.
Suggested Use: Take 1 tablet daily. Can be taken any time of day, even on an empty stomach.
Tested for 125+ herbicides & pesticides. Certified Glyphosate Residue Free.""",
 el=50, forms=["glycinate"], dv=12, sc=90)

add("us5_douglas_glycinate_morning_bedtime", "en", "us_supplement",
 "Modelled on Douglas Laboratories Magnesium Glycinate tablets (amounts approximate), split-dose directions '1 tablet in the morning and 1 tablet at bedtime': Serving Size 2 Tablets = 200 mg; 200/420 = 47.6 -> 48%. 120 tablets / 2 = 60 (printed).",
"""DOUGLAS LABORATORIES®
Magnesium Glycinate
Chelated Magnesium | 120 Tablets
Supplement Facts
Serving Size: 2 Tablets
Servings Per Container: 60
Amount Per Serving | % Daily Value
Magnesium (as magnesium glycinate chelate) | 200 mg | 48%
Other Ingredients: Microcrystalline cellulose, stearic acid, croscarmellose sodium, silica, magnesium stearate, pharmaceutical glaze.
Suggested Use: Adults take 1 tablet in the morning and 1 tablet at bedtime, or as directed by a healthcare professional.
Warning: If pregnant or nursing, consult your healthcare professional before using this product.""",
 el=200, forms=["glycinate"], dv=48, sc=60)

add("us5_dfh_neuromag_percap_col", "en", "us_supplement",
 "Modelled on Designs for Health NeuroMag (Magtein magnesium L-threonate) capsules, re-set with an extra 'Per Capsule' column AFTER the per-serving %DV (new layout): Serving Size 3 Capsules -> per-serving column used: 144 mg, 144/420 = 34.3 -> 34%; per capsule 48 mg -> elemental_alt_mg. Magtein 2,000 mg / 667 mg are compound weights. 90 capsules / 3 = 30 (printed).",
"""DESIGNS FOR HEALTH®
NeuroMag™
Magnesium L-Threonate | 90 Vegetarian Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 30
Amount Per Serving | %DV | Per Capsule
Magnesium (from Magtein® magnesium L-threonate) | 144 mg | 34% | 48 mg
Magtein® Magnesium L-Threonate | 2,000 mg | ** | 667 mg
** Daily Value not established.
Other Ingredients: Hypromellose (capsule), microcrystalline cellulose.
Suggested Use: 3 capsules per day, divided, or as directed by your health care practitioner. One capsule with breakfast and two capsules 2 hours before bed.""",
 el=144, forms=["threonate"], dv=34, sc=30, elemental_alt_mg=48)

add("us5_bronson_glycinate_fromname_1400", "en", "us_supplement",
 "Modelled on Bronson Magnesium Glycinate tablets (amounts approximate): front '1400 mg' is the compound; the panel has the compound weight in the name: 'Magnesium (from 1,400 mg magnesium glycinate chelate) | 200 mg | 48%'; 1400 x 0.141 = 197 ~ 200; 200/420 = 47.6 -> 48%. 180 tablets / 2 = 90 (printed).",
"""BRONSON®
Magnesium Glycinate
1400 mg Per Serving | High Absorption | 180 Tablets
Supplement Facts
Serving Size 2 Tablets
Servings Per Container 90
Amount Per Serving | % Daily Value
Magnesium (from 1,400 mg magnesium glycinate chelate) | 200 mg | 48%
Other Ingredients: Microcrystalline cellulose, croscarmellose sodium, stearic acid, silicon dioxide, magnesium stearate.
Suggested Use: Take two (2) tablets daily with water and food, or as directed by your physician.
Caution: Consult your physician prior to use if you are pregnant, nursing, taking medications or have a medical condition.""",
 el=200, forms=["glycinate"], dv=48, sc=90)

add("us5_microingredients_malate_providing_row", "en", "us_supplement",
 "Modelled on Micro Ingredients Magnesium Malate capsules (amounts approximate): compound row 'Magnesium Malate 2,000 mg' then a separate 'providing Magnesium 300 mg 71%' row; the elemental row is used: 300/420 = 71.4 -> 71% (2000 x 0.155 = 310, consistent). 240 capsules / 3 = 80 (printed).",
"""MICRO INGREDIENTS
Magnesium Malate
2,000 mg Per Serving | 240 Veggie Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 80
Amount Per Serving | % Daily Value
Magnesium Malate | 2,000 mg | **
providing Magnesium | 300 mg | 71%
** Daily Value not established.
Other Ingredients: Vegetable cellulose (capsule).
Suggested Use: Take 3 capsules daily with water, or as directed by your physician. Do not exceed recommended dose.
No GMOs, no gluten, no fillers.""",
 el=300, forms=["malate"], dv=71, sc=80)

add("us5_qualia_magnesium_complex_blend", "en", "us_supplement",
 "Modelled on Qualia Magnesium+ (Neurohacker Collective) capsules (forms and amounts approximate): Magnesium row 200 mg (200/420 = 47.6 -> 48%), four forms named in the parenthesis (glycinate, malate, taurate, orotate); the 'Magnesium Complex 1,600 mg' blend row is a compound weight, never the dose. B6 5 mg 294% is not Mg. 90 capsules / 3 = 30 (printed).",
"""Qualia
Magnesium+
Four Forms of Magnesium* | 90 Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 30
Amount Per Serving | % Daily Value
Vitamin B6 (as pyridoxal 5'-phosphate) | 5 mg | 294%
Magnesium (as magnesium bisglycinate, magnesium malate, magnesium taurate, magnesium orotate) | 200 mg | 48%
Magnesium Complex (magnesium bisglycinate, magnesium malate, magnesium taurate, magnesium orotate) | 1,600 mg | †
† Daily Value not established.
Other Ingredients: Hypromellose (capsule), microcrystalline cellulose.
Suggested Use: Take 3 capsules in the evening, with or without food.""",
 el=200, forms=["glycinate", "malate", "taurate", "orotate"], dv=48, sc=30)

add("mv5_oneaday_women", "en", "multivitamin",
 "Modelled on One A Day Women's Multivitamin tablets (amounts approximate): Magnesium (as magnesium oxide) 50 mg; 50/420 = 11.9 -> 12%. Calcium carbonate and zinc oxide are other minerals. 100 tablets = 100 servings (printed).",
"""One A Day®
WOMEN'S
Multivitamin/Multimineral Supplement | 100 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 100
Amount Per Serving | % Daily Value
Vitamin A (as beta-carotene and retinyl acetate) | 700 mcg | 78%
Vitamin C (as ascorbic acid) | 75 mg | 83%
Vitamin D3 (as cholecalciferol) | 25 mcg (1000 IU) | 125%
Folate | 667 mcg DFE (400 mcg folic acid) | 167%
Calcium (as calcium carbonate) | 500 mg | 38%
Iron (as ferrous fumarate) | 18 mg | 100%
Magnesium (as magnesium oxide) | 50 mg | 12%
Zinc (as zinc oxide) | 8 mg | 73%
Other Ingredients: Microcrystalline Cellulose, Croscarmellose Sodium, Gelatin, Hypromellose, Magnesium Stearate, Titanium Dioxide.
Directions: Adult women, take one tablet daily with food.
WARNING: Accidental overdose of iron-containing products is a leading cause of fatal poisoning in children under 6. Keep this product out of reach of children.""",
 el=50, forms=["oxide"], dv=12, sc=100)

add("mv5_kirkland_daily_multi", "en", "multivitamin",
 "Modelled on Kirkland Signature Daily Multi tablets, 500 count (amounts approximate): Magnesium (as magnesium oxide) 100 mg; 100/420 = 23.8 -> 24%. Potassium chloride and zinc oxide are other minerals. 500 tablets = 500 servings (printed).",
"""KIRKLAND Signature™
Daily Multi
Multivitamin/Multimineral Supplement | 500 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 500
Amount Per Serving | % Daily Value
Vitamin C (as ascorbic acid) | 90 mg | 100%
Vitamin E (as dl-alpha tocopheryl acetate) | 13.5 mg | 90%
Calcium (as calcium carbonate) | 220 mg | 17%
Magnesium (as magnesium oxide) | 100 mg | 24%
Zinc (as zinc oxide) | 11 mg | 100%
Potassium (as potassium chloride) | 80 mg | 2%
Other Ingredients: Cellulose, Croscarmellose Sodium, Hypromellose, Magnesium Stearate, Silicon Dioxide.
Suggested Use: Adults, take one tablet daily with food.
WARNING: Accidental overdose of iron-containing products is a leading cause of fatal poisoning in children under 6.""",
 el=100, forms=["oxide"], dv=24, sc=500)

add("mv5_optiwomen_2caps", "en", "multivitamin",
 "Modelled on Optimum Nutrition Opti-Women capsules (amounts approximate): Serving Size 2 Capsules; Magnesium (as magnesium oxide, magnesium aspartate) 50 mg; 50/420 = 11.9 -> 12%. Zinc citrate is another mineral. 120 capsules / 2 = 60 (printed).",
"""OPTIMUM NUTRITION
OPTI-WOMEN®
Nutrient Optimization System | 120 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
Amount Per Serving | % Daily Value
Vitamin C (as ascorbic acid) | 300 mg | 333%
Iron (as ferrous fumarate) | 18 mg | 100%
Magnesium (as magnesium oxide, magnesium aspartate) | 50 mg | 12%
Zinc (as zinc citrate) | 15 mg | 136%
Women's Herbal Blend | 108 mg | †
† Daily Value not established.
Other Ingredients: Gelatin, Cellulose, Magnesium Stearate, Silicon Dioxide.
Directions: As a dietary supplement, take two capsules with your morning meal.""",
 el=50, forms=["oxide", "aspartate"], dv=12, sc=60)

add("pw5_gardenoflife_wholefood_350", "en", "powder",
 "Modelled on Garden of Life Dr. Formulated Whole Food Magnesium 350 powder (forms and amounts approximate): 1 scoop (3.9 g) = 350 mg; 350/420 = 83.3 -> 83%. 'Total Carbohydrate' and the probiotic CFU row are not Mg. 'Servings Per Container 51' printed.",
"""garden of life®
dr. formulated
Whole Food Magnesium 350 | Powder | Raspberry Lemon | 198 g
Supplement Facts
Serving Size 1 Scoop (3.9 g)
Servings Per Container 51
Amount Per Serving | % Daily Value
Calories | 10 |
Total Carbohydrate | 2 g | <1%*
Magnesium (as magnesium carbonate, magnesium citrate) | 350 mg | 83%
Organic Whole Food Blend | 500 mg | †
Probiotic Blend | 1 Billion CFU | †
* Percent Daily Values are based on a 2,000 calorie diet.
† Daily Value not established.
Other Ingredients: Organic Raspberry Flavor, Citric Acid, Organic Stevia Extract.
Suggested Use: Adults mix 1 scoop in 8 oz of water and drink. Best taken in the evening.""",
 el=350, forms=["carbonate", "citrate"], dv=83, sc=51)

add("pw5_redmond_relyte_scoop", "en", "powder",
 "Modelled on Redmond Re-Lyte Electrolyte Mix (amounts approximate): 1 scoop (6.5 g) = Magnesium (as magnesium citrate) 60 mg; 60/420 = 14.3 -> 14%. Sodium, potassium chloride and calcium lactate rows are other minerals (calcium lactate is a look-alike salt). 30 servings (printed).",
"""REDMOND
Re-Lyte® Electrolyte Mix
Mixed Berry | 30 Servings | 195 g
Supplement Facts
Serving Size 1 Scoop (6.5 g)
Servings Per Container 30
Amount Per Serving | % Daily Value
Calories | 5 |
Total Carbohydrate | 1 g | <1%*
Sodium (from Real Salt®) | 810 mg | 35%
Potassium (as potassium chloride) | 400 mg | 9%
Calcium (as calcium lactate) | 100 mg | 8%
Magnesium (as magnesium citrate) | 60 mg | 14%
* Percent Daily Values are based on a 2,000 calorie diet.
Other Ingredients: Real Salt® (ancient sea salt), citric acid, natural flavors, stevia leaf extract.
Directions: Mix 1 scoop in 16-32 oz of water. Adjust to taste.""",
 el=60, forms=["citrate"], dv=14, sc=30)

add("lq5_pureencaps_magnesium_liquid_tsp", "en", "liquid",
 "Modelled on Pure Encapsulations Magnesium liquid (magnesium citrate; amounts approximate): Serving Size 1 tsp (5 mL) = 130 mg; 130/420 = 31.0 -> 31%. 'Servings Per Container about 48' (240 mL / 5 mL) -> 48.",
"""PURE ENCAPSULATIONS®
Magnesium liquid
Natural Strawberry Flavor | 8 fl oz (240 mL)
Supplement Facts
Serving Size 1 teaspoon (5 mL)
Servings Per Container about 48
Amount Per Serving | % Daily Value
Magnesium (as magnesium citrate) | 130 mg | 31%
Other Ingredients: Purified water, glycerin, natural strawberry flavor, citric acid, potassium sorbate, monk fruit extract.
Suggested Use: 1 teaspoon daily, mixed into water or juice, with or between meals. Refrigerate after opening.
Shake well before use.""",
 el=130, forms=["citrate"], dv=31, sc=48)

add("lq5_cymbiotika_liposomal_pouch", "en", "liquid",
 "Modelled on Cymbiotika Magnesium L-Threonate liposomal liquid pouches (amounts approximate): Serving Size 1 Pouch (10 mL) = Magnesium (as Magtein magnesium L-threonate) 72 mg; 72/420 = 17.1 -> 17%. Calories/carbohydrate rows are not Mg. 30 pouches = 30 servings (printed).",
"""CYMBIOTIKA
Magnesium L-Threonate
Liposomal | 30 Pouches | 10 mL each
Supplement Facts
Serving Size 1 Pouch (10 mL)
Servings Per Container 30
Amount Per Serving | % Daily Value
Calories | 15 |
Total Carbohydrate | 3 g | 1%*
Magnesium (as Magtein® magnesium L-threonate) | 72 mg | 17%
* Percent Daily Values are based on a 2,000 calorie diet.
Other Ingredients: Purified water, sunflower lecithin, organic monk fruit, natural chocolate flavor, potassium sorbate.
Directions: Tear open and squeeze 1 pouch directly into your mouth, or mix with water. Best taken in the evening.""",
 el=72, forms=["threonate"], dv=17, sc=30)

add("us5_springvalley_citrate_gummy", "en", "us_supplement",
 "Modelled on Spring Valley (Walmart) Magnesium Citrate Gummies (amounts approximate): Serving Size 2 Gummies = 100 mg; 100/420 = 23.8 -> 24%. Sugar rows ('Includes 3 g Added Sugars 6%') are not Mg. 60 gummies / 2 = 30 (printed).",
"""Spring Valley®
Magnesium Citrate Gummies
100 mg per serving | Raspberry Flavored | 60 Gummies
Supplement Facts
Serving Size 2 Gummies
Servings Per Container 30
Amount Per Serving | % Daily Value
Calories | 15 |
Total Carbohydrate | 4 g | 1%*
Total Sugars | 3 g | †
Includes 3 g Added Sugars | | 6%*
Magnesium (as magnesium citrate) | 100 mg | 24%
* Percent Daily Values are based on a 2,000 calorie diet.
† Daily Value not established.
Other Ingredients: Glucose syrup, sugar, water, pectin, citric acid, natural flavor, colors added (purple carrot juice concentrate), carnauba wax.
Suggested Use: Adults, chew 2 gummies daily.""",
 el=100, forms=["citrate"], dv=24, sc=30)

add("ch5_hiya_kids_chewable_4plus", "en", "children",
 "Modelled on Hiya Kids Daily Multivitamin chewables (re-set with a single '4 Years of Age and Older' %DV column; amounts approximate): Magnesium (as magnesium citrate) 20 mg; 4+ header uses 420: 20/420 = 4.8 -> 5%. Zinc citrate is another mineral. 30 chewables = 30 servings (printed).",
"""hiya
Kids Daily Multivitamin
Berry Flavor | 30 Chewable Tablets
Supplement Facts
Serving Size 1 Chewable Tablet
Servings Per Container 30
Amount Per Serving | % Daily Value for Children 4 Years of Age and Older
Vitamin C (as ascorbic acid) | 45 mg | 50%
Vitamin D3 (as cholecalciferol) | 10 mcg (400 IU) | 50%
Magnesium (as magnesium citrate) | 20 mg | 5%
Zinc (as zinc citrate) | 3 mg | 27%
Organic Fruit & Vegetable Blend | 100 mg | †
† Daily Value not established.
Other Ingredients: Organic erythritol, organic monk fruit, natural berry flavor, citric acid.
Directions: Children 4 years and older: chew 1 tablet daily.""",
 el=20, forms=["citrate"], dv=5, sc=30)

add("ch5_childlife_multi_liquid_dv80", "en", "children",
 "Modelled on ChildLife Essentials Multi Vitamin & Mineral liquid (different ChildLife product from the earlier cal/mag liquid; amounts approximate), with the '% Daily Value for Children 1 through 3 Years of Age' header: Magnesium (as magnesium citrate) 12 mg; 12/80 = 15%. Calcium citrate is another mineral. 'about 47' servings (237 mL / 5 mL) -> 47.",
"""ChildLife® Essentials
Multi Vitamin & Mineral
Natural Orange/Mango Flavor | 8 fl oz (237 mL)
Supplement Facts
Serving Size 1 Teaspoon (5 mL)
Servings Per Container about 47
Amount Per Serving | % Daily Value for Children 1 through 3 Years of Age
Vitamin A (as beta carotene) | 150 mcg | 50%
Vitamin C (as ascorbic acid) | 25 mg | 167%
Calcium (as calcium citrate) | 50 mg | 7%
Magnesium (as magnesium citrate) | 12 mg | 15%
Zinc (as zinc gluconate) | 1 mg | 33%
Other Ingredients: Purified water, vegetable glycerin, natural orange & mango flavor, xanthan gum, grapefruit seed extract.
Directions: Ages 1-3 years: 1 teaspoon daily. Shake well. Refrigerate after opening.""",
 el=12, forms=["citrate"], dv=15, sc=47, _dvb=80)

# =====================================================================================================
# OTC Drug Facts
# =====================================================================================================
add("df5_gelusil_chewable_tablet", "en", "drug_facts",
 "Modelled on Gelusil antacid/anti-gas chewable tablets (aluminum hydroxide 200 mg, magnesium hydroxide 200 mg, simethicone 25 mg in each tablet): no magnesium statement; computed 200 x 0.417 = 83.4 mg per tablet; tol 20.",
"""GELUSIL®
Antacid / Anti-Gas | Chewable Tablets
Cool Mint | 100 Tablets
Drug Facts
Active ingredients (in each tablet) | Purposes
Aluminum hydroxide 200 mg | Antacid
Magnesium hydroxide 200 mg | Antacid
Simethicone 25 mg | Antigas
Uses relieves heartburn, acid indigestion, sour stomach, upset stomach associated with these symptoms, bloating and pressure commonly referred to as gas
Warnings
Ask a doctor before use if you have kidney disease.
Ask a doctor or pharmacist before use if you are taking a prescription drug. Antacids may interact with certain prescription drugs.
Stop use and ask a doctor if symptoms last more than 2 weeks.
Keep out of reach of children.
Directions chew 2 to 4 tablets four times a day or as directed by a doctor; do not take more than 12 tablets in 24 hours or use the maximum dosage for more than 2 weeks
Other information store at room temperature
Inactive ingredients dextrose, flavor, magnesium stearate, mannitol, sorbitol, sugar""",
 el=83.4, tol=20, forms=["hydroxide"], dv=None, sc=None)

add("df5_mom_mineral_oil_emulsion", "en", "drug_facts",
 "Modelled on Phillips' M-O (milk of magnesia with mineral oil) saline/lubricant laxative emulsion as historically sold (amounts as remembered): magnesium hydroxide 900 mg + mineral oil 3.75 mL in each 15 mL; 'Other information: each tablespoon contains: magnesium 375 mg' is used (tol 2) per the Drug Facts convention (900 x 0.417 = 375.3, consistent).",
"""Phillips'®
M-O
Milk of Magnesia with Mineral Oil | Saline & Lubricant Laxative | 12 fl oz
Drug Facts
Active ingredients (in each 15 mL tablespoon) | Purpose
Magnesium hydroxide 900 mg | Saline laxative
Mineral oil 3.75 mL | Lubricant laxative
Uses relieves occasional constipation (irregularity); this product generally produces bowel movement in 1/2 to 6 hours
Warnings
Ask a doctor before use if you have kidney disease, a magnesium-restricted diet, stomach pain, nausea or vomiting, or a sudden change in bowel habits that lasts over 14 days
Ask a doctor or pharmacist before use if you are taking a prescription drug or a stool softener laxative
Stop use and ask a doctor if you have rectal bleeding or no bowel movement after using this product. These could be signs of a serious condition. You need to use a laxative for more than 1 week.
Keep out of reach of children.
Directions shake well before use; adults and children 12 years and older: 2 to 4 tablespoons (30-60 mL) at bedtime; children 6 to 11 years: 1 to 2 tablespoons; children under 6 years: ask a doctor
Other information each tablespoon contains: magnesium 375 mg; store at 20-25°C (68-77°F); do not freeze
Inactive ingredients flavor, glycerin, purified water, sodium saccharin, sorbitol""",
 el=375, forms=["hydroxide"], dv=None, sc=None)

add("df5_gaviscon_es_liquid_10ml", "en", "drug_facts",
 "Modelled on Gaviscon Extra Strength Liquid antacid (different product from the earlier ES chewable and regular-strength liquid): aluminum hydroxide 254 mg + magnesium carbonate 237.5 mg in each 2 teaspoonfuls (10 mL); no magnesium statement; computed 237.5 x 0.288 = 68.4 mg per 10 mL; tol 20 (basic carbonate ~25% would give ~59, inside tol). The sodium statement is not Mg.",
"""GAVISCON®
Extra Strength Liquid | Antacid
Cool Mint Flavor | 12 fl oz (355 mL)
Drug Facts
Active ingredients (in each 2 teaspoonfuls = 10 mL) | Purpose
Aluminum hydroxide 254 mg | Antacid
Magnesium carbonate 237.5 mg | Antacid
Uses relieves heartburn, acid indigestion, sour stomach, upset stomach associated with these symptoms
Warnings
Ask a doctor before use if you have kidney disease or a sodium-restricted diet.
Ask a doctor or pharmacist before use if you are taking a prescription drug. Antacids may interact with certain prescription drugs.
Stop use and ask a doctor if symptoms last more than 2 weeks.
Keep out of reach of children.
Directions shake well; adults: take 2 to 4 teaspoonfuls four times a day or as directed by a doctor; do not take more than 16 teaspoonfuls in 24 hours or use the maximum dosage for more than 2 weeks; children under 12 years: ask a doctor
Other information each 2 teaspoonfuls contains: sodium 20 mg; store at room temperature; do not freeze
Inactive ingredients benzyl alcohol, D&C yellow #10, edetate disodium, FD&C blue #1, flavor, glycerin, saccharin sodium, sodium alginate, sorbitol solution, water, xanthan gum""",
 el=68.4, tol=20, forms=["carbonate"], dv=None, sc=None)

# =====================================================================================================
# German (de)
# =====================================================================================================
add("de5_zeinpharma_citrat_transponiert", "de", "eu",
 "Modelled on ZeinPharma Magnesiumcitrat Kapseln (amounts approximate), re-set as a TRANSPOSED table (nutrients as columns, 'pro Tagesdosis' and '% NRV' as rows; new layout): Magnesium 300 mg, 300/375 = 80 %. 120 Kapseln / 2 per day = 60. The 250 mg laxative warning is not the dose.",
"""ZeinPharma®
Magnesium Citrat
Nahrungsergänzungsmittel | 120 Kapseln
Nährwerte | Magnesium | Vitamin B6
pro Tagesdosis (2 Kapseln) | 300 mg | 1,4 mg
% NRV* | 80 % | 100 %
* Nährstoffbezugswerte gemäß VO (EU) 1169/2011
Zutaten: Magnesiumcitrat, Kapselhülle: Hydroxypropylmethylcellulose; Pyridoxinhydrochlorid.
Verzehrempfehlung: Täglich 2 Kapseln mit ausreichend Flüssigkeit verzehren.
Hinweis: Eine tägliche Aufnahme von mehr als 250 mg Magnesium in Form von Nahrungsergänzungsmitteln kann abführend wirken. Die angegebene empfohlene tägliche Verzehrmenge darf nicht überschritten werden. Außerhalb der Reichweite von kleinen Kindern aufbewahren.""",
 el=300, forms=["citrate"], dv=80, sc=60)

add("de5_raab_citratpulver_100g_davon_zucker", "de", "eu",
 "Modelled on Raab Vitalfood Magnesiumcitrat Pulver (amounts approximate): 'pro 100 g | pro Tagesportion (2,5 g) | % NRV': portion used: 375 mg, 375/375 = 100 %; per 100 g 15 g is a trap. The 'davon Zucker' row is not Mg. 'ausreichend für 100 Tagesportionen' -> 100. 250 mg warning is not the dose.",
"""Raab Vitalfood
Magnesiumcitrat Pulver
vegan | 250 g
Nährwertangaben | pro 100 g | pro Tagesportion (2,5 g) | % NRV*
Kohlenhydrate | 0 g | 0 g |
davon Zucker | 0 g | 0 g |
Magnesium | 15 g | 375 mg | 100 %
* Nährstoffbezugswert
Zutat: Magnesiumcitrat.
Verzehrempfehlung: Täglich 1 gestrichenen Messlöffel (2,5 g) in 200 ml Wasser einrühren und trinken. Inhalt ausreichend für 100 Tagesportionen.
Hinweise: Bei einer Aufnahme von mehr als 250 mg Magnesium pro Tag über Nahrungsergänzungsmittel kann eine abführende Wirkung auftreten. Die empfohlene tägliche Verzehrmenge nicht überschreiten. Für kleine Kinder unzugänglich aufbewahren.""",
 el=375, forms=["citrate"], dv=100, sc=100)

add("de5_sandoz_forte_brause_arzneimittel", "de", "eu",
 "Modelled on Magnesium Sandoz forte 243 mg Brausetabletten (German OTC medicine, Pflichttext style; wording approximate): 'Wirkstoff: 1 Brausetablette enthält 843 mg schweres Magnesiumcarbonat, entsprechend 243 mg Magnesium (10 mmol)'; the stated 243 mg is used (843 x 0.288 = 242.8, consistent). Medicines print no NRV -> percent_dv null. Dose 1 Brausetablette täglich, 40 Brausetabletten -> 40.",
"""Magnesium Sandoz® forte
243 mg Brausetabletten
Magnesiumcarbonat | 40 Brausetabletten | Arzneimittel
Wirkstoff: 1 Brausetablette enthält 843 mg schweres Magnesiumcarbonat, entsprechend 243 mg Magnesium (10 mmol).
Sonstige Bestandteile: Citronensäure, Natriumhydrogencarbonat, Saccharin-Natrium, Orangenaroma.
Anwendungsgebiete: Behandlung und Vorbeugung eines Magnesiummangels, wenn dieser ernährungsmäßig nicht behoben werden kann.
Dosierung: Soweit nicht anders verordnet, nehmen Erwachsene und Jugendliche ab 12 Jahren 1-mal täglich 1 Brausetablette in einem Glas Wasser aufgelöst ein.
Gegenanzeigen: Schwere Nierenfunktionsstörungen. Enthält Natrium.
Zu Risiken und Nebenwirkungen lesen Sie die Packungsbeilage und fragen Sie Ihre Ärztin, Ihren Arzt oder in Ihrer Apotheke.""",
 el=243, forms=["carbonate"], dv=None, sc=40)

# =====================================================================================================
# French (fr)
# =====================================================================================================
add("fr5_alvityl_b6_vnr_meme_cellule", "fr", "eu",
 "Modelled on Alvityl Magnésium Vitamine B6 comprimés (Urgo; amounts approximate), with the amount and the %VNR in ONE cell ('300 mg (80 % VNR*)'; new layout): daily dose 2 comprimés = 300 mg, 300/375 = 80 %. Oxyde de magnésium + lactate de magnésium. 40 comprimés / 2 = 20.",
"""ALVITYL®
Magnésium Vitamine B6
Complément alimentaire | 40 comprimés
Valeurs nutritionnelles | Pour 2 comprimés (dose journalière)
Magnésium | 300 mg (80 % VNR*)
Vitamine B6 | 1,4 mg (100 % VNR*)
* VNR : Valeurs Nutritionnelles de Référence
Ingrédients : oxyde de magnésium, agent de charge : cellulose microcristalline ; lactate de magnésium, antiagglomérant : sels de magnésium d'acides gras ; chlorhydrate de pyridoxine.
Conseils d'utilisation : 1 comprimé le matin et 1 comprimé le soir, à avaler avec un grand verre d'eau.
Ne pas dépasser la dose journalière recommandée. Tenir hors de portée des jeunes enfants. Un complément alimentaire ne se substitue pas à une alimentation variée et équilibrée et à un mode de vie sain.""",
 el=300, forms=["oxide", "lactate"], dv=80, sc=20)

add("fr5_ergymag_teneurs_pour1_pour2", "fr", "eu",
 "Modelled on Nutergia Ergymag gélules (salts and amounts approximate): 'Teneurs moyennes | Pour 1 gélule | Pour 2 gélules | % VNR pour 2 gélules'; the daily dose (2 gélules) is the serving: 150 mg, 150/375 = 40 %; 75 mg per gélule -> elemental_alt_mg. Zinc row is not Mg. 90 gélules / 2 = 45.",
"""NUTERGIA
ERGYMAG®
Magnésium - Zinc - Vitamines B | Complément alimentaire | 90 gélules
Teneurs moyennes | Pour 1 gélule | Pour 2 gélules | % VNR* pour 2 gélules
Magnésium | 75 mg | 150 mg | 40 %
Zinc | 2,5 mg | 5 mg | 50 %
Vitamine B6 | 0,7 mg | 1,4 mg | 100 %
* VNR : Valeurs Nutritionnelles de Référence
Ingrédients : oxyde de magnésium marin, citrate de magnésium, gélule (hydroxypropylméthylcellulose), gluconate de zinc, chlorhydrate de pyridoxine.
Conseils d'utilisation : 2 gélules par jour, au cours des repas, avec un verre d'eau.
Précautions : Ne pas dépasser la dose journalière recommandée. Déconseillé aux femmes enceintes ou allaitantes sans avis médical.""",
 el=150, forms=["oxide", "citrate"], dv=40, sc=45, elemental_alt_mg=75)

add("fr5_vitall_citrate_poudre_pour100g_dont", "fr", "eu",
 "Modelled on Vit'all+ Citrate de Magnésium en poudre (amounts approximate): 'Pour 100 g | Pour 1 dose (3 g) | % VNR'; compound row 'Citrate de magnésium 100 g / 3 g' then 'dont magnésium 12 g / 360 mg / 96 %'; the dose column of the dont row is used: 360 mg, 360/375 = 96 % (3 g x 12 % = 360, nonahydrate citrate). Per 100 g figures are traps. 'Pot de 300 g (100 doses)' -> 100.",
"""Vit'all+®
Citrate de Magnésium
Poudre | Pot de 300 g (100 doses)
Valeurs nutritionnelles moyennes | Pour 100 g | Pour 1 dose (3 g) | % VNR*
Citrate de magnésium | 100 g | 3 g | –
dont magnésium | 12 g | 360 mg | 96 %
* VNR : Valeurs Nutritionnelles de Référence
Ingrédient : citrate de magnésium.
Conseils d'utilisation : 1 dose rase (3 g, cuillère-doseuse fournie) par jour, à diluer dans un grand verre d'eau.
Précautions d'emploi : Ne pas dépasser la dose journalière recommandée. Une consommation excessive peut avoir un effet laxatif. Tenir hors de portée des jeunes enfants.""",
 el=360, forms=["citrate"], dv=96, sc=100)

# =====================================================================================================
# Italian (it)
# =====================================================================================================
add("it5_sustenium_bustine_per100g", "it", "eu",
 "Modelled on Sustenium Magnesio e Potassio bustine (Menarini; re-set with a per-100 g column; amounts approximate): 'per 100 g | per bustina (5 g) | % VNR'; the sachet is the serving: 300 mg, 300/375 = 80 %; per 100 g 6 g is a trap. Potassio (citrato di potassio, a look-alike salt) is not Mg. 14 bustine, 1 per day -> 14.",
"""SUSTENIUM
Magnesio e Potassio
Gusto arancia | Integratore alimentare | 14 bustine
Tenori medi | per 100 g | per bustina (5 g) | % VNR*
Magnesio | 6 g | 300 mg | 80 %
Potassio | 8 g | 400 mg | 20 %
Vitamina C | 1,6 g | 80 mg | 100 %
* VNR: Valori Nutritivi di Riferimento
Ingredienti: citrato di potassio, carbonato di magnesio, citrato di magnesio, acidificante: acido citrico; aromi, vitamina C (acido L-ascorbico), edulcorante: sucralosio.
Modalità d'uso: 1 bustina al giorno sciolta in un bicchiere d'acqua.
Avvertenze: Non superare la dose giornaliera consigliata. Gli integratori non vanno intesi come sostituti di una dieta variata ed equilibrata e di uno stile di vita sano. Tenere fuori dalla portata dei bambini al di sotto dei tre anni.""",
 el=300, forms=["carbonate", "citrate"], dv=80, sc=14)

add("it5_equilibra_gluconato_dicui_2col", "it", "eu",
 "Modelled on Equilibra magnesium tablets, re-set as a magnesium gluconate product (salt, wording and amounts re-set): 'per 1 compressa | per 2 compresse | % VNR'; compound row 'Magnesio gluconato 1 000 mg / 2 000 mg' then 'di cui magnesio 54 mg / 108 mg / 29 %'; daily dose used: 108 mg, 108/375 = 28.8 -> 29 %; per tablet 54 mg -> elemental_alt_mg (2000 x 0.054 = 108, dihydrate). 60 compresse / 2 = 30.",
"""EQUILIBRA®
Magnesio Gluconato
Integratore alimentare | 60 compresse
Contenuti medi | per 1 compressa | per 2 compresse | % VNR*
Magnesio gluconato | 1 000 mg | 2 000 mg | –
di cui magnesio | 54 mg | 108 mg | 29 %
* VNR: Valori Nutritivi di Riferimento
Ingredienti: magnesio gluconato; agente di carica: cellulosa microcristallina; antiagglomeranti: sali di magnesio degli acidi grassi, biossido di silicio.
Modalità d'uso: 2 compresse al giorno, una al mattino e una alla sera, con un bicchiere d'acqua.
Avvertenze: Non superare la dose giornaliera consigliata. Tenere fuori dalla portata dei bambini al di sotto dei tre anni.""",
 el=108, forms=["gluconate"], dv=29, sc=30, elemental_alt_mg=54)

add("it5_longlife_apporti_senza_intestazione", "it", "eu",
 "Modelled on Longlife Magnesio malato + taurato capsules (amounts approximate), with a header-less table introduced by a sentence 'Apporti per dose giornaliera (2 capsule):' (new layout) and the sources in the name cell '(da magnesio malato e magnesio taurato)': 250 mg, 250/375 = 66.7 -> 67 % VNR. 60 capsule / 2 = 30.",
"""LONGLIFE®
Magnesio Malato & Taurato
Integratore alimentare | 60 capsule vegetali
Apporti per dose giornaliera (2 capsule):
Magnesio (da magnesio malato e magnesio taurato) | 250 mg | 67 % VNR*
Vitamina B6 | 1,4 mg | 100 % VNR*
* VNR: Valori Nutritivi di Riferimento
Ingredienti: magnesio malato, magnesio taurato, capsula vegetale (idrossipropilmetilcellulosa), piridossina cloridrato.
Modalità d'uso: 2 capsule al giorno con un po' d'acqua.
Avvertenze: Non superare la dose giornaliera consigliata. Tenere fuori dalla portata dei bambini al di sotto dei tre anni. In caso di gravidanza o allattamento sentire il parere del medico.""",
 el=250, forms=["malate", "taurate"], dv=67, sc=30)

# =====================================================================================================
# Spanish (es)
# =====================================================================================================
add("es5_santiveri_b6_dos_vrn", "es", "eu",
 "Modelled on Santiveri Magnesio + Vitamina B6 comprimidos (amounts approximate), with a %VRN after EACH amount column: 'Por comprimido | %VRN | Por dosis diaria (2 comprimidos) | %VRN'; the daily dose is the serving: 300 mg, 300/375 = 80 %; 150 mg (40 %) per tablet -> elemental_alt_mg. 48 comprimidos / 2 = 24.",
"""SANTIVERI®
Magnesio + Vitamina B6
Complemento alimenticio | 48 comprimidos
Información nutricional | Por comprimido | %VRN* | Por dosis diaria (2 comprimidos) | %VRN*
Magnesio | 150 mg | 40 % | 300 mg | 80 %
Vitamina B6 | 0,7 mg | 50 % | 1,4 mg | 100 %
* VRN: Valores de Referencia de Nutrientes
Ingredientes: carbonato de magnesio, óxido de magnesio, agente de carga: celulosa microcristalina; antiaglomerante: sales magnésicas de ácidos grasos; clorhidrato de piridoxina.
Modo de empleo: Tomar 2 comprimidos al día, uno en el desayuno y otro en la cena.
No superar la dosis diaria expresamente recomendada. Los complementos alimenticios no deben utilizarse como sustitutos de una dieta equilibrada. Mantener fuera del alcance de los niños más pequeños.""",
 el=300, forms=["carbonate", "oxide"], dv=80, sc=24, elemental_alt_mg=150)

add("es5_eladiet_cloruro_equivalente_a", "es", "eu",
 "Modelled on Eladiet Cloruro de Magnesio comprimidos (amounts approximate): 'Composición por dosis diaria (3 comprimidos)': compound row 'Cloruro de magnesio hexahidratado 2 250 mg' then 'equivalente a magnesio 270 mg 72 %' (new wording for the elemental sub-row); 2250 x 0.120 = 270; 270/375 = 72 %. 90 comprimidos / 3 = 30.",
"""ELADIET
Cloruro de Magnesio
Complemento alimenticio | 90 comprimidos
Composición por dosis diaria (3 comprimidos) | Cantidad | %VRN*
Cloruro de magnesio hexahidratado | 2 250 mg | –
equivalente a magnesio | 270 mg | 72 %
* VRN: Valores de Referencia de Nutrientes
Ingredientes: cloruro de magnesio hexahidratado, agente de carga: celulosa microcristalina; antiaglomerantes: dióxido de silicio, estearato de magnesio.
Modo de empleo: Tomar 1 comprimido 3 veces al día con las comidas.
Advertencias: No superar la dosis diaria expresamente recomendada. Mantener fuera del alcance de los niños más pequeños. No recomendado en caso de insuficiencia renal.""",
 el=270, forms=["chloride"], dv=72, sc=30)

add("es5_ynsadiet_citrato_polvo_por100g", "es", "eu",
 "Modelled on Ynsadiet Citrato de Magnesio en polvo (amounts approximate): 'Por 100 g | Por cacito (4 g) | %VRN'; the scoop is the serving: 300 mg, 300/375 = 80 %; per 100 g 7,5 g is a trap. 'de los cuales azúcares' is not Mg. 'Contenido: 200 g (50 tomas)' -> 50.",
"""YNSADIET
Citrato de Magnesio
Polvo | sabor limón | Contenido: 200 g (50 tomas)
Información nutricional | Por 100 g | Por cacito (4 g) | %VRN*
Valor energético | 640 kJ / 152 kcal | 26 kJ / 6 kcal |
Hidratos de carbono | 38 g | 1,5 g |
de los cuales azúcares | 36 g | 1,4 g |
Magnesio | 7,5 g | 300 mg | 80 %
* VRN: Valores de Referencia de Nutrientes
Ingredientes: citrato de magnesio, fructosa, acidulante: ácido cítrico; aroma natural de limón.
Modo de empleo: Disolver 1 cacito (4 g) en un vaso de agua, una vez al día.
Advertencias: No superar la dosis diaria recomendada. Un consumo excesivo puede tener efectos laxantes. Mantener fuera del alcance de los niños más pequeños.""",
 el=300, forms=["citrate"], dv=80, sc=50)

# =====================================================================================================
# Polish (pl)
# =====================================================================================================
add("pl5_gal_cytrynian_proszek_100g", "pl", "eu",
 "Modelled on GAL Cytrynian magnezu proszek (amounts approximate): 'w 100 g | w porcji dziennej (1,6 g) | % RWS'; the daily portion is the serving: 240 mg, 240/375 = 64 %; per 100 g 15 g is a trap (1.6 g x 15 % = 240). 'Opakowanie: 160 g (100 porcji)' -> 100.",
"""GAL
Cytrynian magnezu
Proszek | Suplement diety | Opakowanie: 160 g (100 porcji)
Wartość odżywcza | w 100 g | w porcji dziennej (1,6 g) | % RWS*
Magnez | 15 g | 240 mg | 64 %
* RWS – Referencyjna Wartość Spożycia
Składniki: cytrynian magnezu.
Sposób użycia: 1 płaską miarkę (1,6 g) rozpuścić w szklance wody i wypić raz dziennie.
Nie przekraczać zalecanej porcji do spożycia w ciągu dnia. Suplement diety nie może być stosowany jako substytut zróżnicowanej diety. Przechowywać w miejscu niedostępnym dla małych dzieci.""",
 el=240, forms=["citrate"], dv=64, sc=100)

add("pl5_naturell_wtym_z_cytrynianu_tlenku", "pl", "eu",
 "Modelled on Naturell Magnez + Potas tabletki (amounts approximate), with a total Mg row followed by 'w tym z cytrynianu magnezu 150 mg' / 'w tym z tlenku magnezu 100 mg' sub-rows that split the ELEMENTAL total by source (new layout): the total row is used: 250 mg, 250/375 = 66.7 -> 67 %. Cytrynian potasu is a look-alike salt. 60 tabletek / 2 = 30.",
"""NATURELL
Magnez + Potas
Suplement diety | 60 tabletek
Składniki | 2 tabletki | % RWS*
Magnez | 250 mg | 67 %
w tym z cytrynianu magnezu | 150 mg | –
w tym z tlenku magnezu | 100 mg | –
Potas | 300 mg | 15 %
Witamina B6 | 1,4 mg | 100 %
* RWS – Referencyjna Wartość Spożycia
Składniki: cytrynian magnezu, cytrynian potasu, tlenek magnezu, substancja wypełniająca: celuloza mikrokrystaliczna; substancja przeciwzbrylająca: sole magnezowe kwasów tłuszczowych; chlorowodorek pirydoksyny.
Sposób użycia: 2 tabletki dziennie, popijając wodą.
Nie przekraczać zalecanej porcji do spożycia w ciągu dnia. Przechowywać w miejscu niedostępnym dla małych dzieci.""",
 el=250, forms=["citrate", "oxide"], dv=67, sc=30)

add("pl5_doz_mleczan_weglan_ostrzezenie250", "pl", "eu",
 "Modelled on DOZ Product Magnez + B6 tabletki (amounts approximate): 'Zawartość w | 1 tabletce | 2 tabletkach (dzienna porcja) | % RWS'; the daily portion is the serving: 200 mg, 200/375 = 53.3 -> 53 %; 100 mg per tablet -> elemental_alt_mg. Mleczan + węglan magnezu. The 250 mg laxative warning is not the dose. 50 tabletek / 2 = 25.",
"""DOZ PRODUCT
Magnez + B6
Suplement diety | 50 tabletek powlekanych
Zawartość w | 1 tabletce | 2 tabletkach (dzienna porcja) | % RWS*
Magnez | 100 mg | 200 mg | 53 %
Witamina B6 | 0,7 mg | 1,4 mg | 100 %
* RWS – Referencyjna Wartość Spożycia
Składniki: mleczan magnezu, węglan magnezu, substancja wypełniająca: celuloza mikrokrystaliczna; substancja glazurująca: hydroksypropylometyloceluloza; chlorowodorek pirydoksyny.
Zalecane dzienne spożycie: 2 tabletki dziennie, po 1 tabletce rano i wieczorem.
Ostrzeżenia: Spożycie magnezu w ilości większej niż 250 mg dziennie w postaci suplementów diety może mieć działanie przeczyszczające. Nie przekraczać zalecanej porcji do spożycia w ciągu dnia.""",
 el=200, forms=["lactate", "carbonate"], dv=53, sc=25, elemental_alt_mg=100)

# =====================================================================================================
# Dutch (nl)
# =====================================================================================================
add("nl5_hema_adh_per_tablet", "nl", "eu",
 "Modelled on HEMA Magnesium 300 mg tabletten (amounts approximate) with the OLDER Dutch term '% ADH' (aanbevolen dagelijkse hoeveelheid) instead of % RI: 1 tablet per day = 300 mg, 300/375 = 80 % (printed % ADH is recorded as percent_dv). 90 tabletten / 1 = 90. The 250 mg warning is not the dose.",
"""HEMA
Magnesium 300 mg
Voedingssupplement | 90 tabletten
Samenstelling per tablet | % ADH*
Magnesium | 300 mg | 80 %
* ADH = aanbevolen dagelijkse hoeveelheid
Ingrediënten: magnesiumoxide, vulstof: microkristallijne cellulose; antiklontermiddel: magnesiumzouten van vetzuren.
Gebruik: 1 tablet per dag met water innemen, bij voorkeur tijdens de maaltijd.
Let op: Meer dan 250 mg magnesium per dag uit supplementen kan een laxerende werking hebben. De aanbevolen dagdosis niet overschrijden. Buiten bereik van jonge kinderen bewaren.""",
 el=300, forms=["oxide"], dv=80, sc=90)

add("nl5_biover_tweetalig_nl_fr", "nl", "eu",
 "Modelled on Biover Magnesium tabletten (Belgium; amounts approximate) with a BILINGUAL Dutch/French panel (new layout): 'per 2 tabletten / par 2 comprimés | % RI / % AR': 300 mg, 300/375 = 80 %. Magnesiumcitraat + magnesiumoxide. 60 tabletten / 2 = 30.",
"""BIOVER
Magnesium
Voedingssupplement / Complément alimentaire | 60 tabletten / comprimés
Voedingswaarde / Valeurs nutritionnelles | per 2 tabletten / par 2 comprimés | % RI* / % AR*
Magnesium / Magnésium | 300 mg | 80 %
* RI: referentie-inname / AR: apport de référence
Ingrediënten: magnesiumcitraat, magnesiumoxide, vulstof: cellulose; antiklontermiddel: magnesiumstearaat.
Ingrédients : citrate de magnésium, oxyde de magnésium, agent de charge : cellulose ; antiagglomérant : stéarate de magnésium.
Gebruik: 2 tabletten per dag. / Utilisation : 2 comprimés par jour.
Buiten bereik van kinderen bewaren. / Tenir hors de portée des enfants.""",
 el=300, forms=["citrate", "oxide"], dv=80, sc=30)

add("nl5_hollandbarrett_bisglycinaat_waarvan", "nl", "eu",
 "Modelled on Holland & Barrett Magnesium Bisglycinaat capsules (NL; different product from the UK citrate tablets; amounts approximate): 'per dagdosering (2 capsules) | % RI'; compound row 'Magnesiumbisglycinaat 1000 mg' then 'waarvan magnesium 140 mg 37 %'; 140/375 = 37.3 -> 37 %. 60 capsules / 2 = 30. The 250 mg warning is not the dose.",
"""Holland & Barrett
Magnesium Bisglycinaat
Voedingssupplement | 60 capsules
Voedingswaarde | per dagdosering (2 capsules) | % RI*
Magnesiumbisglycinaat | 1000 mg | –
waarvan magnesium | 140 mg | 37 %
* RI = Referentie-inname
Ingrediënten: magnesiumbisglycinaat, capsulewand (hydroxypropylmethylcellulose).
Gebruik: 2 capsules per dag met water innemen.
Waarschuwing: Een inname van meer dan 250 mg magnesium per dag via supplementen kan een laxerend effect hebben. Niet geschikt voor kinderen. De aanbevolen dagdosering niet overschrijden.""",
 el=140, forms=["glycinate"], dv=37, sc=30)

# =====================================================================================================
# Czech (cs)
# =====================================================================================================
add("cs5_favea_oxid_laktat_2sloupce", "cs", "eu",
 "Modelled on Favea Magnesium + B6 tablety (amounts approximate): 'Obsah v | 1 tabletě | 2 tabletách (denní dávka) | % RHP'; the daily dose is the serving: 300 mg, 300/375 = 80 %; 150 mg per tablet -> elemental_alt_mg. Oxid + laktát hořečnatý. The 250 mg warning is not the dose. 60 tablet / 2 = 30.",
"""FAVEA
Magnesium + B6
Doplněk stravy | 60 tablet
Obsah v | 1 tabletě | 2 tabletách (denní dávka) | % RHP*
Hořčík | 150 mg | 300 mg | 80 %
Vitamin B6 | 0,7 mg | 1,4 mg | 100 %
* RHP = referenční hodnota příjmu
Složení: oxid hořečnatý, laktát hořečnatý, plnidlo: mikrokrystalická celulóza; protispékavá látka: hořečnaté soli mastných kyselin; pyridoxin hydrochlorid.
Doporučené dávkování: 2 tablety denně, zapít dostatečným množstvím vody.
Upozornění: Příjem více než 250 mg hořčíku denně ve formě doplňků stravy může mít projímavý účinek. Nepřekračujte doporučenou denní dávku. Uchovávejte mimo dosah dětí.""",
 el=300, forms=["oxide", "lactate"], dv=80, sc=30, elemental_alt_mg=150)

add("cs5_pharmanord_biomagnesium_tri_soli", "cs", "eu",
 "Modelled on Pharma Nord Bio-Magnesium tablety (CZ; salts and amounts approximate): 'Denní dávka (1 tableta) obsahuje: | množství | % RHP': 200 mg, 200/375 = 53.3 -> 53 %. Three salts: oxid, hydroxid and uhličitan hořečnatý. 60 tablet / 1 = 60.",
"""Pharma Nord
Bio-Magnesium
Doplněk stravy | 60 tablet
Denní dávka (1 tableta) obsahuje: | množství | % RHP*
Hořčík | 200 mg | 53 %
* RHP = referenční hodnota příjmu
Složení: oxid hořečnatý, hydroxid hořečnatý, uhličitan hořečnatý, plnidlo: mikrokrystalická celulóza; protispékavá látka: stearan hořečnatý; leštící látka: hydroxypropylmethylcelulóza.
Dávkování: 1 tableta denně, zapít vodou.
Upozornění: Nepřekračujte doporučenou denní dávku. Doplněk stravy není náhradou pestré stravy. Uchovávejte mimo dosah malých dětí.""",
 el=200, forms=["oxide", "hydroxide", "carbonate"], dv=53, sc=60)

add("cs5_gymbeam_bisglycinat_ztoho", "cs", "eu",
 "Modelled on GymBeam Magnesium Bisglycinate kapsle (CZ; amounts approximate): 'Výživové údaje | 3 kapsle | % RHP'; compound row 'Bisglycinát hořečnatý 1 500 mg' then 'z toho hořčík 210 mg 56 %'; 1500 x 0.141 = 211.5; 210/375 = 56 %. 90 kapslí / 3 = 30. The 250 mg warning is not the dose.",
"""GymBeam
Magnesium Bisglycinate
Doplněk stravy | 90 kapslí
Výživové údaje | 3 kapsle | % RHP*
Bisglycinát hořečnatý | 1 500 mg | –
z toho hořčík | 210 mg | 56 %
* RHP = referenční hodnota příjmu
Složení: bisglycinát hořečnatý, kapsle (hydroxypropylmethylcelulóza).
Dávkování: 3 kapsle denně, zapít vodou.
Upozornění: Denní příjem hořčíku vyšší než 250 mg ve formě doplňků stravy může mít projímavý účinek. Nepřekračujte doporučenou denní dávku. Uchovávejte mimo dosah dětí.""",
 el=210, forms=["glycinate"], dv=56, sc=30)

# =====================================================================================================
# UK / Canada / Australia / negative
# =====================================================================================================
add("uk5_lamberts_375_typical_values", "en", "intl",
 "Modelled on Lamberts Magnesium 375mg tablets (UK; salts and amounts approximate): 'Nutritional Information | Per Tablet | %NRV': 375mg, 375/375 = 100 %; one tablet a day -> 180 tablets / 1 = 180 (UK daily-dose convention). Magnesium oxide + citrate.",
"""LAMBERTS®
Magnesium 375mg
Food Supplement | 180 Tablets
Nutritional Information | Per Tablet | %NRV*
Magnesium | 375mg | 100%
*NRV = Nutrient Reference Value
Ingredients: Magnesium Oxide, Magnesium Citrate, Bulking Agent (Cellulose), Anti-caking Agents (Silicon Dioxide, Magnesium Stearate), Glazing Agent (Hydroxypropyl Methylcellulose).
Directions: Take one tablet daily with food.
Do not exceed the recommended daily intake. Food supplements should not be used as a substitute for a varied and balanced diet and a healthy lifestyle. Keep out of the reach of young children.""",
 el=375, forms=["oxide", "citrate"], dv=100, sc=180, _dvb=375)

add("ca5_webber_bisglycinate_each_capsule", "en", "intl",
 "Modelled on Webber Naturals Magnesium Bisglycinate capsules (Canada NHP format; amounts approximate; NPN shown is a placeholder): 'Each capsule contains: Magnesium (magnesium bisglycinate) 100 mg' -> 100 mg per capsule; no %DV. Dose '2 capsules once daily' is a multiple, so serving_count is null (Canada 'each unit' convention).",
"""webber naturals®
Magnesium Bisglycinate
Gentle on the stomach | 120 Capsules | NPN 80000456
Medicinal Ingredients
Each capsule contains:
Magnesium (magnesium bisglycinate) | 100 mg
Non-Medicinal Ingredients: Gelatin, microcrystalline cellulose, magnesium stearate, silicon dioxide.
Recommended Use: A factor in the maintenance of good health. Helps to maintain proper muscle function.
Recommended Dose: Adults: Take 2 capsules once daily with food. Take a few hours before or after taking other medications or natural health products.
Risk Information: Consult a health care practitioner prior to use if you are pregnant or breastfeeding.""",
 el=100, forms=["glycinate"], dv=None, sc=None)

add("au5_herbsofgold_bisglycinate_equiv", "en", "intl",
 "Modelled on Herbs of Gold Magnesium Bisglycinate capsules (Australia; amounts approximate): 'Each capsule contains: Magnesium bisglycinate 1.5 g (equiv. magnesium 210 mg)' with the equivalent in a parenthesis in the SAME cell (new layout); the stated equivalent is used (1500 x 0.141 = 211.5, consistent). 'Pyridoxal 5-phosphate monohydrate (equiv. pyridoxine 7.3 mg)' is not Mg. Dose '1 capsule twice daily' -> serving_count null.",
"""HERBS OF GOLD®
Magnesium Bisglycinate
Muscle Relaxation | 60 Capsules
Each capsule contains:
Magnesium bisglycinate 1.5 g (equiv. magnesium 210 mg) |
Pyridoxal 5-phosphate monohydrate 10 mg (equiv. pyridoxine 7.3 mg) |
Contains sulfites.
Directions for use: Adults: Take 1 capsule twice daily with meals, or as directed by your healthcare professional.
Always read the label and follow the directions for use. Vitamin supplements should not replace a balanced diet.""",
 el=210, forms=["glycinate"], dv=None, sc=None)

add("neg5_now_taurine_1000", "en", "negative",
 "Modelled on NOW Taurine Double Strength 1000 mg capsules: free-form taurine (a look-alike of 'taurate'); magnesium appears only as magnesium stearate (excipient). No magnesium source.",
"""NOW®
Taurine
Double Strength 1000 mg | 100 Veg Capsules
Supplement Facts
Serving Size 1 Veg Capsule
Servings Per Container 100
Amount Per Serving | % Daily Value
Taurine (free-form) | 1 g | *
* Daily Value not established.
Other Ingredients: Hypromellose (cellulose capsule), magnesium stearate (vegetable source) and silica.
Suggested Use: Take 1 capsule 1 to 3 times daily, preferably on an empty stomach.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=100)
