# Label sources, part US (blind set 22): US Supplement Facts panels, a children's gummy, two Supplement Facts powders, a
# liquid supplement, multivitamins, OTC Drug Facts, UK / Australia / Canada and the three English negatives. The EU labels and
# the Danish and Romanian negatives are in labels_eu.py, which imports add/L from here.
# Same format as bench/blindset21/labels_us.py: table cells are separated by " | "; a line ending in " |" is a table row whose
# remaining cells are empty. Keys starting with "_" are private to the checker (check_set.py) and are not written to
# expected.jsonl:
#   _dvb = the DV base the printed %DV was computed from (default 420 for en, 375 for EU languages; the UK label sets 375).
L = []
def add(id, lang, kind, note, text, status="ok", el=None, tol=2, forms=(), dv=None, sc=None, **extra):
    d = dict(id=id, lang=lang, kind=kind, source_note=note, status=status, elemental_mg=el,
             elemental_tol_pct=tol, forms=list(forms), percent_dv=dv, serving_count=sc, _text=text)
    d.update(extra); L.append(d)

# ===================================================================== US Supplement Facts
add("us22_amazingformulas_bisglycinate_dagger_footnote_200", "en", "us_supplement",
 "Modelled on an Amazing Formulas magnesium glycinate tablet (US; the panel and amounts are set here and may not match a current SKU): a DAGGER after the source, 'Magnesium (as magnesium bisglycinate chelate)\u2020 | 200 mg | 48%' (200/420 = 47.6), whose footnote names the branded chelate ('\u2020 Albion\u00ae TRAACS\u00ae magnesium bisglycinate chelate.'), beside the usual '*' calorie-diet footnote. Form glycinate. 120 tablets / 2 = 60 (printed).",
"""AMAZING FORMULAS
Magnesium Glycinate
Chelated | Dietary Supplement | 120 Tablets
Supplement Facts
Serving Size 2 Tablets
Servings Per Container 60
 | Amount Per Serving | % Daily Value*
Magnesium (as magnesium bisglycinate chelate)† | 200 mg | 48%
* Percent Daily Values are based on a 2,000 calorie diet.
† Albion® TRAACS® magnesium bisglycinate chelate.
Other Ingredients: Microcrystalline cellulose, hypromellose, vegetable stearic acid, silica.
Suggested Use: As a dietary supplement, take 2 tablets daily with food.""",
 el=200, forms=["glycinate"], dv=48, sc=60)

add("us22_vitabase_per_serving_and_per_day_columns_citrate_100", "en", "us_supplement",
 "Modelled on a Vitabase magnesium citrate capsule (US; the product and panel set here, may not exist in this form): PER SERVING and PER DAY COLUMNS with a one-capsule serving, ' | Per Serving | %DV | Per Day (3 Capsules) | %DV', 'Magnesium (as magnesium citrate) | 100 mg | 24% | 300 mg | 71%' (100/420 = 23.8; 300/420 = 71.4). The serving is 1 capsule: the value is the per-serving column (100 mg, 24%), per day in elemental_alt_mg (300), as the first blind set's 'mv_senior_twocol'. 90 capsules, 90 servings (printed).",
"""VITABASE
Magnesium Citrate
Dietary Supplement | 90 Capsules
Supplement Facts
Serving Size 1 Capsule
Servings Per Container 90
 | Per Serving | %DV | Per Day (3 Capsules) | %DV
Magnesium (as magnesium citrate) | 100 mg | 24% | 300 mg | 71%
Other Ingredients: Hypromellose (capsule), rice flour, silica.
Suggested Use: Take 1 capsule three times daily with meals.""",
 el=100, forms=["citrate"], dv=24, sc=90, elemental_alt_mg=300)

add("us22_procaps_oxide_elemental_restated_in_sentence_below_250", "en", "us_supplement",
 "Modelled on an Andrew Lessman / ProCaps Laboratories magnesium capsule (US; the product and panel set here, may not exist in this form): 'Magnesium (as magnesium oxide) | 250 mg | 60%' (250/420 = 59.5) and a SENTENCE BELOW THE TABLE restating the element with the compound weight, 'Each capsule provides 250 mg of elemental magnesium from 415 mg of magnesium oxide.' (415 x 0.603 = 250.2). 415 mg is the compound. 60 capsules, 1 per serving: 60 (printed).",
"""ANDREW LESSMAN
ProCaps Laboratories | Magnesium 250
Dietary Supplement | 60 Capsules
Supplement Facts
Serving Size 1 Capsule
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium oxide) | 250 mg | 60%
Each capsule provides 250 mg of elemental magnesium from 415 mg of magnesium oxide.
Other Ingredients: Gelatin capsule.
Suggested Use: Take 1 capsule daily with a meal.""",
 el=250, forms=["oxide"], dv=60, sc=60)

add("us22_evlution_dimagnesium_malate_with_malic_acid_row_300", "en", "us_supplement",
 "Modelled on an EVLution Nutrition magnesium malate capsule (US; the product and panel set here, may not exist in this form): 'Magnesium (as dimagnesium malate) | 300 mg | 71%' (300/420 = 71.4) and a SAME-SALT row below, 'Malic Acid (from dimagnesium malate) | 700 mg | \u2020'. The malic acid weight is not the value. Form malate. 90 capsules / 3 = 30 (printed).",
"""EVLUTION NUTRITION
Magnesium Malate
Energy & Muscle Support | Dietary Supplement | 90 Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium (as dimagnesium malate) | 300 mg | 71%
Malic Acid (from dimagnesium malate) | 700 mg | †
† Daily Value not established.
Other Ingredients: Hypromellose (capsule), rice flour.
Suggested Use: Take 3 capsules daily with food.""",
 el=300, forms=["malate"], dv=71, sc=30)

add("us22_veganvitamins_taurate_with_taurine_row_125", "en", "us_supplement",
 "Modelled on a Vegan Vitamins magnesium taurate capsule (US; the product and panel set here, may not exist in this form): 'Magnesium (as magnesium taurate) | 125 mg | 30%' (125/420 = 29.8) above a SAME-SALT row, 'Taurine (from magnesium taurate) | 1,280 mg | \u2020'. 1,280 mg taurine is not the value. Form taurate. 120 capsules / 2 = 60 (printed).",
"""VEGAN VITAMINS
Magnesium Taurate
Heart & Calm | Dietary Supplement | 120 Vegan Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium taurate) | 125 mg | 30%
Taurine (from magnesium taurate) | 1,280 mg | †
† Daily Value not established.
Other Ingredients: Pullulan (capsule).
Suggested Use: Take 2 capsules daily, preferably in the evening.""",
 el=125, forms=["taurate"], dv=30, sc=60)

add("us22_pureresearch_threonate_compound_row_then_elemental_row_144", "en", "us_supplement",
 "Modelled on a Pure Research magnesium L-threonate capsule (US; the product and panel set here, may not exist in this form): the COMPOUND ROW FIRST, 'Magnesium L-Threonate (as Magtein\u00ae) | 2,000 mg | **', then 'providing Elemental Magnesium | 144 mg | 34%' (2,000 x 0.072 = 144; 144/420 = 34.3). 2,000 mg is the compound. Form threonate. 90 capsules / 3 = 30 (printed).",
"""PURE RESEARCH
Magnesium L-Threonate
Cognitive Support | Dietary Supplement | 90 Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium L-Threonate (as Magtein®) | 2,000 mg | **
providing Elemental Magnesium | 144 mg | 34%
** Daily Value not established.
Other Ingredients: Hypromellose (capsule), microcrystalline cellulose.
Suggested Use: Take 1 capsule in the morning and 2 capsules 2 hours before bedtime.""",
 el=144, forms=["threonate"], dv=34, sc=30)

add("us22_snapsupplements_wrapped_two_line_three_salts_400", "en", "us_supplement",
 "Modelled on a Snap Supplements magnesium complex capsule (US; the product and panel set here, may not exist in this form): a LONG NAME CELL WRAPPED OVER TWO LINES, 'Magnesium (as magnesium bisglycinate chelate, magnesium | / malate and magnesium citrate) | 400 mg | 95%' (400/420 = 95.2); the amount stands on the second line. Forms glycinate, malate, citrate. 120 capsules / 4 = 30 (printed).",
"""SNAP SUPPLEMENTS
Magnesium Complex 400
Glycinate, Malate & Citrate | Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size 4 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium bisglycinate chelate, magnesium |
malate and magnesium citrate) | 400 mg | 95%
Other Ingredients: Hypromellose (capsule), rice flour, silica.
Suggested Use: Take 4 capsules daily, 2 with lunch and 2 with dinner.""",
 el=400, forms=["glycinate", "malate", "citrate"], dv=95, sc=30)

add("us22_1stphorm_two_magnesium_rows_zinc_between_summed_200", "en", "us_supplement",
 "Modelled on a 1st Phorm sleep capsule (US; the product and panel set here, may not exist in this form): TWO MAGNESIUM ROWS NOT ADJACENT, 'Magnesium (as magnesium bisglycinate chelate) | 150 mg | 36%', a zinc row, then 'Magnesium (as magnesium L-threonate) | 50 mg | 12%'; no printed total. Value and %DV are the SUMS, 200 mg and 48% (200/420 = 47.6). Zinc bisglycinate is not a magnesium form. Forms glycinate, threonate. 60 capsules / 2 = 30 (printed).",
"""1ST PHORM
Opti-Sleep Magnesium
Dietary Supplement | 60 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium bisglycinate chelate) | 150 mg | 36%
Zinc (as zinc bisglycinate chelate) | 10 mg | 91%
Magnesium (as magnesium L-threonate) | 50 mg | 12%
L-Theanine | 200 mg | †
† Daily Value not established.
Other Ingredients: Hypromellose (capsule), rice flour.
Suggested Use: Take 2 capsules 30-60 minutes before bed.""",
 el=200, forms=["glycinate", "threonate"], dv=48, sc=30)

add("us22_redcon1_buffered_bisglycinate_naming_oxide_200", "en", "us_supplement",
 "Modelled on a Redcon1 magnesium capsule (US; the product and panel set here, may not exist in this form): a BUFFERED GLYCINATE whose bracket NAMES THE OXIDE, 'Magnesium (as buffered magnesium bisglycinate chelate [magnesium bisglycinate chelate, magnesium oxide]) | 200 mg | 48%' (200/420 = 47.6). Forms glycinate, oxide. 120 capsules / 2 = 60 (printed).",
"""REDCON1
Magnesium Glycinate
Buffered | Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Magnesium (as buffered magnesium bisglycinate chelate [magnesium bisglycinate chelate, magnesium oxide]) | 200 mg | 48%
Other Ingredients: Hypromellose (capsule), microcrystalline cellulose.
Suggested Use: Take 2 capsules daily with water.""",
 el=200, forms=["glycinate", "oxide"], dv=48, sc=60)

add("us22_valumerit_slow_release_chloride_with_calcium_row_143", "en", "us_supplement",
 "Modelled on the usual slow-release magnesium chloride with calcium tablet (Slow-Mag type; the panel set here after that formula) under the Valu Merit store brand (may not exist in this form): 'Magnesium (as magnesium chloride) | 143 mg | 34%' (143/420 = 34.0) above 'Calcium (as calcium carbonate) | 238 mg | 18%' (238/1,300 = 18.3). The calcium figure is not the value. Form chloride. 60 tablets / 2 = 30 (printed).",
"""VALU MERIT
Slow-Release Magnesium Chloride with Calcium
Dietary Supplement | 60 Delayed-Release Tablets
Supplement Facts
Serving Size 2 Tablets
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium chloride) | 143 mg | 34%
Calcium (as calcium carbonate) | 238 mg | 18%
Other Ingredients: Microcrystalline cellulose, hypromellose, polyethylene glycol, titanium dioxide, talc, carnauba wax.
Suggested Use: Adults take 2 tablets daily with food. Do not chew or crush.""",
 el=143, forms=["chloride"], dv=34, sc=30)

add("us22_naturesscience_from_1000mg_orotate_dihydrate_65", "en", "us_supplement",
 "Modelled on a Nature's Science magnesium orotate capsule (US; the product and panel set here, may not exist in this form): the compound weight inside the source, 'Magnesium (from 1,000 mg magnesium orotate dihydrate) | 65 mg | 15%' (1,000 x 0.066-0.073 = 66-73, within 3 %; 65/420 = 15.5 -> 15). 1,000 mg is the compound. Form orotate. 120 capsules / 2 = 60 (printed).",
"""NATURE'S SCIENCE
Magnesium Orotate
Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Magnesium (from 1,000 mg magnesium orotate dihydrate) | 65 mg | 15%
Other Ingredients: Hypromellose (capsule), rice flour.
Suggested Use: Take 2 capsules daily with a meal.""",
 el=65, forms=["orotate"], dv=15, sc=60)

add("us22_wellgard_gummies_citrate_sugar_rows_100", "en", "us_supplement",
 "Modelled on a Wellgard magnesium gummy (US; the product and panel set here, may not exist in this form): GUMMIES with calorie, carbohydrate and sugar rows, 'Includes 3 g Added Sugars | | 6%*' (3/50), then 'Magnesium (as magnesium citrate) | 100 mg | 24%' (100/420 = 23.8). Form citrate. 60 gummies / 2 = 30 (printed).",
"""WELLGARD
Magnesium Gummies
Raspberry | Dietary Supplement | 60 Gummies
Supplement Facts
Serving Size 2 Gummies
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Calories | 15 |
Total Carbohydrate | 4 g | 1%*
Total Sugars | 3 g | †
Includes 3 g Added Sugars | | 6%*
Magnesium (as magnesium citrate) | 100 mg | 24%
* Percent Daily Values are based on a 2,000 calorie diet.
† Daily Value not established.
Other Ingredients: Tapioca syrup, cane sugar, water, pectin, citric acid, natural raspberry flavor, sodium citrate, black carrot juice (color).
Suggested Use: Adults chew 2 gummies daily.""",
 el=100, forms=["citrate"], dv=24, sc=30)

add("us22_gorillamind_sleep_magnolia_bark_row_glycinate_200", "en", "us_supplement",
 "Modelled on a Gorilla Mind sleep capsule (US; the product and panel set here, may not exist in this form): 'Magnesium (as magnesium bisglycinate) | 200 mg | 48%' (200/420 = 47.6) above a LOOK-ALIKE row 'Magnolia Bark Extract (Magnolia officinalis) | 300 mg | \u2020' and other botanicals. The magnolia weight is not the value. Form glycinate. 120 capsules / 4 = 30 (printed).",
"""GORILLA MIND
Gorilla Dreamz
Sleep Support | Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size 4 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium bisglycinate) | 200 mg | 48%
Magnolia Bark Extract (Magnolia officinalis) | 300 mg | †
L-Theanine | 200 mg | †
Apigenin | 50 mg | †
† Daily Value not established.
Other Ingredients: Hypromellose (capsule), rice flour.
Suggested Use: Take 4 capsules 30 minutes before bed.""",
 el=200, forms=["glycinate"], dv=48, sc=30)

add("us22_4life_front_citrate_1_250_mg_row_200", "en", "us_supplement",
 "Modelled on a 4Life magnesium citrate tablet (US; the product and panel set here, may not exist in this form): the FRONT prints the COMPOUND WEIGHT per serving, 'Magnesium Citrate 1,250 mg', while the panel row gives the element, 'Magnesium (as magnesium citrate) | 200 mg | 48%' (1,250 x 0.12-0.162 = 150-202.5; 200/420 = 47.6). 1,250 mg is the compound. 90 tablets / 2 = 45 (printed).",
"""4LIFE
Magnesium Citrate 1,250 mg
Dietary Supplement | 90 Tablets
Supplement Facts
Serving Size 2 Tablets
Servings Per Container 45
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium citrate) | 200 mg | 48%
Other Ingredients: Microcrystalline cellulose, croscarmellose sodium, stearic acid, silica.
Suggested Use: Take 2 tablets daily with a meal.""",
 el=200, forms=["citrate"], dv=48, sc=45)

add("us22_nutrex_double_dagger_row_source_in_footnote_2_g_threonate_144", "en", "us_supplement",
 "Modelled on a Nutrex Research magnesium L-threonate capsule (US; the product and panel set here, may not exist in this form): the row carries a DOUBLE-DAGGER MARK and no source, 'Magnesium\u2021 | 144 mg | 34%' (144/420 = 34.3); the footnote opened by the mark names the source with the compound IN GRAMS, '\u2021 As magnesium L-threonate (Magtein\u00ae), from 2 g per serving.' (2,000 x 0.072 = 144). Form threonate. 90 capsules / 3 = 30 (printed).",
"""NUTREX RESEARCH
Magnesium L-Threonate
Dietary Supplement | 90 Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium‡ | 144 mg | 34%
‡ As magnesium L-threonate (Magtein®), from 2 g per serving.
Other Ingredients: Hypromellose (capsule), microcrystalline cellulose.
Suggested Use: Take 3 capsules daily, 1 in the morning and 2 in the evening.""",
 el=144, forms=["threonate"], dv=34, sc=30)

add("us22_ryse_front_glycinate_500_mg_per_capsule_row_70", "en", "us_supplement",
 "Modelled on a RYSE magnesium glycinate capsule (US; the product and panel set here, may not exist in this form): the FRONT prints the COMPOUND per capsule, 'Magnesium Glycinate 500 mg', while the one-capsule panel gives the element, 'Magnesium (as magnesium glycinate) | 70 mg | 17%' (500 x 0.10-0.141 = 50-70.5; 70/420 = 16.7). 500 mg is the compound. 120 capsules, 1 per serving: 120 (printed).",
"""RYSE
Magnesium Glycinate 500 mg
Dietary Supplement | 120 Veggie Capsules
Supplement Facts
Serving Size 1 Capsule
Servings Per Container 120
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium glycinate) | 70 mg | 17%
Other Ingredients: Hypromellose (capsule), rice flour.
Suggested Use: Take 1 to 3 capsules daily with water.""",
 el=70, forms=["glycinate"], dv=17, sc=120)

# ===================================================================== children's
add("ch22_bioraykids_calm_gummies_age_4_plus_citrate_40", "en", "children",
 "Modelled on a Bioray Kids children's calm product (US; the magnesium gummy and panel are set here and may not exist in this form): a CHILDREN'S gummy for ages 4 and up (DV base 420, no 1-3 header), 'Serving Size 2 Gummies', 'Magnesium (as magnesium citrate) | 40 mg | 10%' (40/420 = 9.5); the directions double the dose for adults ('Adults: chew 4 gummies'), which does not redefine the serving. Form citrate. 90 gummies / 2 = 45 (printed).",
"""BIORAY KIDS
Calm Magnesium Gummies
Grape | Dietary Supplement | 90 Gummies
Supplement Facts
Serving Size 2 Gummies
Servings Per Container 45
 | Amount Per Serving | % Daily Value
Calories | 10 |
Total Carbohydrate | 3 g | 1%*
Total Sugars | 2 g | †
Includes 2 g Added Sugars | | 4%*
Magnesium (as magnesium citrate) | 40 mg | 10%
* Percent Daily Values are based on a 2,000 calorie diet.
† Daily Value not established.
Other Ingredients: Glucose syrup, sugar, water, pectin, citric acid, natural flavor, purple carrot juice concentrate (color), carnauba wax.
Suggested Use: Children 4 years and older: chew 2 gummies daily. Adults: chew 4 gummies daily.""",
 el=40, forms=["citrate"], dv=10, sc=45)

# ===================================================================== powders / liquid
add("pw22_youngliving_megacal_level_scoop_carbonate_citrate_220", "en", "powder",
 "Modelled on Young Living MegaCal (US; a calcium / magnesium drink powder; the panel and amounts are set here and may not match the current label): 'Serving Size 1 Level Scoop (4.8 g)', 'Servings Per Container About 94' (450 g), CALCIUM FIRST, 'Calcium (as calcium carbonate, calcium citrate) | 150 mg | 12%', then 'Magnesium (as magnesium carbonate, magnesium citrate) | 220 mg | 52%' (220/420 = 52.4) and a manganese sulfate row. Forms carbonate, citrate (calcium carbonate / citrate and manganese sulfate are not magnesium forms).",
"""YOUNG LIVING
MegaCal
Calcium & Magnesium Drink Powder | Dietary Supplement | 450 g (15.9 oz)
Supplement Facts
Serving Size 1 Level Scoop (4.8 g)
Servings Per Container About 94
 | Amount Per Serving | % Daily Value
Calories | 5 |
Total Carbohydrate | 1 g | <1%*
Vitamin C (as ascorbic acid) | 25 mg | 28%
Calcium (as calcium carbonate, calcium citrate) | 150 mg | 12%
Magnesium (as magnesium carbonate, magnesium citrate) | 220 mg | 52%
Manganese (as manganese sulfate) | 1 mg | 43%
* Percent Daily Values are based on a 2,000 calorie diet.
Other Ingredients: Citric acid, xylitol, natural lemon flavor, stevia leaf extract.
Suggested Use: Mix 1 level scoop in 4-8 oz of warm water and drink before bedtime.""",
 el=220, forms=["carbonate", "citrate"], dv=52, sc=94)

add("pw22_sunfood_citrate_powder_amount_in_grams_0_4_g_400", "en", "powder",
 "Modelled on a Sunfood magnesium citrate powder (US; the product and panel set here, may not exist in this form): the ELEMENTAL AMOUNT IN GRAMS, 'Magnesium (as magnesium citrate) | 0.4 g | 95%' (400/420 = 95.2), 'Serving Size 1 Level Teaspoon (2.6 g)', 'Servings Per Container About 87' (227 g). Value 400 mg. Form citrate.",
"""SUNFOOD
Magnesium Citrate Powder
Unflavored | Dietary Supplement | 227 g (8 oz)
Supplement Facts
Serving Size 1 Level Teaspoon (2.6 g)
Servings Per Container About 87
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium citrate) | 0.4 g | 95%
Other Ingredients: None.
Suggested Use: Dissolve 1 level teaspoon in 8 oz of hot water, let cool, and drink once daily.""",
 el=400, forms=["citrate"], dv=95, sc=87)

add("lq22_eastpark_chloride_drops_1_ml_with_chloride_row_50", "en", "liquid",
 "Modelled on an East Park Research liquid magnesium concentrate (US; the product and panel set here, may not exist in this form): PER mL, 'Serving Size 1 mL (about 20 drops)', 'Servings Per Container 59' (2 fl oz), 'Magnesium (as magnesium chloride) | 50 mg | 12%' (50/420 = 11.9) above 'Chloride | 145 mg | 6%' (145/2,300 = 6.3). The chloride row and the '1-4 mL' direction are not the value. Form chloride.",
"""EAST PARK RESEARCH
Liquid Magnesium Concentrate
Ionic Drops | Dietary Supplement | 2 fl oz (59 mL)
Supplement Facts
Serving Size 1 mL (about 20 drops)
Servings Per Container 59
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium chloride) | 50 mg | 12%
Chloride | 145 mg | 6%
Sodium | 1 mg | <1%
Other Ingredients: Purified water.
Suggested Use: Add 1 mL (about 20 drops) to water or juice once daily. May be increased to 4 mL daily in divided doses.""",
 el=50, forms=["chloride"], dv=12, sc=59)

# ===================================================================== multivitamins
add("mv22_doterra_microplex_citrate_carbonate_beside_calcium_carbonate_150", "en", "multivitamin",
 "Modelled on doTERRA Microplex VMz (US; the panel is set here and shortened, may not match a current SKU): 'Magnesium (as magnesium citrate, magnesium carbonate) | 150 mg | 36%' (150/420 = 35.7) after 'Calcium (as calcium carbonate, calcium citrate)' and before 'Zinc (as zinc bisglycinate chelate)'. Forms citrate, carbonate (the calcium salts are not magnesium forms). 120 capsules / 4 = 30 (printed).",
"""dōTERRA
Microplex VMz®
Food Nutrient Complex | Dietary Supplement | 120 Vegetarian Capsules
Supplement Facts
Serving Size 4 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Vitamin A (as beta-carotene) | 750 mcg RAE | 83%
Vitamin C (as ascorbic acid) | 200 mg | 222%
Vitamin D3 (as cholecalciferol) | 25 mcg (1,000 IU) | 125%
Vitamin E (as d-alpha tocopheryl succinate) | 15 mg | 100%
Calcium (as calcium carbonate, calcium citrate) | 200 mg | 15%
Magnesium (as magnesium citrate, magnesium carbonate) | 150 mg | 36%
Zinc (as zinc bisglycinate chelate) | 10 mg | 91%
Selenium (as selenomethionine) | 55 mcg | 100%
Other Ingredients: Hypromellose (capsule), microcrystalline cellulose, whole-food blend (kale, dandelion, broccoli, cabbage).
Suggested Use: Take 2 capsules with breakfast and 2 with dinner.""",
 el=150, forms=["citrate", "carbonate"], dv=36, sc=30)

add("mv22_nuskin_lifepak_per_packet_and_per_day_columns_oxide_citrate_125", "en", "multivitamin",
 "Modelled on a Nu Skin / Pharmanex LifePak daily packet (US; the panel is set here and shortened, may not match a current SKU): PER PACKET and PER DAY columns, ' | Amount Per Packet | %DV | Amount Per Day (2 Packets) | %DV', 'Magnesium (as magnesium oxide, magnesium citrate) | 125 mg | 30% | 250 mg | 60%' (125/420 = 29.8; 250/420 = 59.5). The serving is 1 packet: the value is the per-packet column (125 mg, 30%), per day in elemental_alt_mg (250). Forms oxide, citrate. 60 packets, 60 servings (printed).",
"""NU SKIN
Pharmanex LifePak®
Daily Nutritional Supplement | 60 Packets
Supplement Facts
Serving Size 1 Packet (4 Tablets)
Servings Per Container 60
 | Amount Per Packet | %DV | Amount Per Day (2 Packets) | %DV
Vitamin C (as ascorbic acid) | 125 mg | 139% | 250 mg | 278%
Vitamin D3 (as cholecalciferol) | 12.5 mcg (500 IU) | 63% | 25 mcg (1,000 IU) | 125%
Calcium (as calcium carbonate) | 250 mg | 19% | 500 mg | 38%
Magnesium (as magnesium oxide, magnesium citrate) | 125 mg | 30% | 250 mg | 60%
Zinc (as zinc citrate) | 7.5 mg | 68% | 15 mg | 136%
Other Ingredients: Microcrystalline cellulose, croscarmellose sodium, stearic acid, hypromellose.
Suggested Use: Take 1 packet in the morning and 1 packet in the evening with meals.""",
 el=125, forms=["oxide", "citrate"], dv=30, sc=60, elemental_alt_mg=250)

add("mv22_reliv_now_shake_powder_oxide_above_manganese_100", "en", "multivitamin",
 "Modelled on a Reliv Now nutritional shake powder (US; the panel is set here and shortened, may not match a current SKU): a MULTIVITAMIN POWDER with calorie and protein rows, 'Serving Size 2 Level Scoops (28 g)', 'Servings Per Container About 18' (510 g), 'Magnesium (as magnesium oxide) | 100 mg | 24%' (100/420 = 23.8) directly above the look-alike 'Manganese (as manganese gluconate) | 2 mg | 87%'. Form oxide.",
"""RELIV
Reliv Now®
Nutritional Supplement Shake Mix | Dietary Supplement | 510 g (18 oz)
Supplement Facts
Serving Size 2 Level Scoops (28 g)
Servings Per Container About 18
 | Amount Per Serving | % Daily Value
Calories | 110 |
Total Carbohydrate | 13 g | 5%*
Protein | 12 g | 24%*
Vitamin C (as ascorbic acid) | 90 mg | 100%
Calcium (as dicalcium phosphate) | 350 mg | 27%
Iron (as ferrous fumarate) | 4 mg | 22%
Magnesium (as magnesium oxide) | 100 mg | 24%
Manganese (as manganese gluconate) | 2 mg | 87%
* Percent Daily Values are based on a 2,000 calorie diet.
Other Ingredients: Soy protein isolate, fructose, whey protein concentrate, rice bran, natural flavors.
Suggested Use: Mix 2 level scoops with 8 oz of water or juice once a day.""",
 el=100, forms=["oxide"], dv=24, sc=18)

# ===================================================================== Drug Facts
add("df22_marketbasket_mom_5_ml_no_mg_statement_computed_166_8", "en", "drug_facts",
 "Modelled on the Cardinal Health milk of magnesia (saline laxative / antacid) on DailyMed, https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=772b7d2e-7fe4-4e4b-8bfb-0f56d084a4af ('Active Ingredient (in each 5 mL = 1 teaspoonful) Magnesium Hydroxide 400 mg', laxative 30-60 mL, antacid use, 'Do not take more than 12 teaspoonfuls in a 24-hour period'; no magnesium statement), re-set under the Market Basket store brand (may not exist in this form). No magnesium statement is printed, so COMPUTED per 5 mL: 400 x 0.417 = 166.8 mg, tol 5 (hydroxide has one fraction). The 30-60 mL dose and '12 teaspoonfuls' are not the value. Drug Facts -> serving_count null.",
"""MARKET BASKET
Milk of Magnesia | Saline Laxative / Antacid | Original | 12 FL OZ (355 mL)
Drug Facts
Active ingredient (in each 5 mL = 1 teaspoonful) | Purpose
Magnesium hydroxide 400 mg | Saline laxative / antacid
Uses as a laxative • relieves occasional constipation (irregularity) • generally produces bowel movement in 1/2 to 6 hours
as an antacid relieves • heartburn • sour stomach • acid indigestion • upset stomach associated with these symptoms
Warnings
Ask a doctor before use if you have • kidney disease • a magnesium-restricted diet • stomach pain, nausea, or vomiting • a sudden change in bowel habits that lasts more than 2 weeks
Ask a doctor or pharmacist before use if you are presently taking a prescription drug. This product may interact with certain prescription drugs.
Antacid: do not take more than 12 teaspoonfuls in a 24-hour period, or use the maximum dosage for more than 2 weeks. May have laxative effect.
Keep out of reach of children.
Directions • shake well before use • drink a full glass (8 oz) of liquid with each laxative dose
adults and children 12 years and older | laxative: 30 mL to 60 mL | antacid: 5 mL to 15 mL
children 6 to 11 years | laxative: 15 mL to 30 mL | antacid: ask a doctor
children under 6 years | ask a doctor | ask a doctor
Other information • store at room temperature • do not freeze
Inactive ingredients anhydrous citric acid, benzyl alcohol, methylparaben, propylene glycol, propylparaben, purified water""",
 el=166.8, tol=5, forms=["hydroxide"], dv=None, sc=None)

add("df22_vons_citrate_lemon_each_fl_oz_statement_290", "en", "drug_facts",
 "Modelled on the lemon magnesium citrate oral solution of the McKesson / sunmark copy on DailyMed, https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=b7ff0059-83e7-4432-b3df-9bbeb8b3754f ('Magnesium citrate 1.745 g per fl oz', 'adults and children 12 years of age and over - 6.5 to 10 fl oz', 'each fl oz contains: magnesium 290 mg'; the sodium figure '45 mg' and the inactive list as on the Discount Drug Mart copy, https://dailymed.nlm.nih.gov/dailymed/fda/fdaDrugXsl.cfm?setid=f45d7caa-43e1-4d2e-9b1a-fc5afd5e7b2b), re-set under the Vons store brand (may not exist in this form). The value is the STATED 290 mg per fl oz (1,745 x 0.162 = 282.7, within 3 %). 1.745 g, sodium 45 mg and the 10 fl oz maximum are not the value. Drug Facts -> serving_count null.",
"""VONS
Citrate of Magnesia | Magnesium Citrate Oral Solution | Lemon Flavor | Saline Laxative | 10 FL OZ (296 mL)
Drug Facts
Active ingredient (in each fl oz) | Purpose
Magnesium citrate 1.745 g | Saline laxative
Use for relief of occasional constipation (irregularity). Generally produces bowel movement in 1/2 to 6 hours.
Warnings
Do not use if you are on a low salt diet
Ask a doctor before use if you have • kidney disease • a magnesium or sodium-restricted diet • abdominal pain, nausea, or vomiting • noticed a sudden change in bowel habits that persists over a period of 2 weeks • already used a laxative for a period longer than 1 week
Ask a doctor or pharmacist before use if you are taking any other drug. Take this product 2 or more hours before or after other drugs.
Keep out of reach of children.
Directions • drink a full glass (8 ounces) of liquid with each dose • may be taken as a single daily dose or in divided doses
adults and children 12 years of age and over | 6.5 to 10 fl oz, maximum 10 fl oz in 24 hours
children 6 to under 12 years of age | 3 to 7 fl oz, maximum 7 fl oz in 24 hours
children 2 to under 6 years of age | 2 to 3 fl oz, maximum 3 fl oz in 24 hours
children under 2 years of age | ask a doctor
Other information • each fl oz contains: magnesium 290 mg • each fl oz contains: sodium 45 mg • store between 46° and 86°F (8° and 30°C) • discard unused product within 24 hours of opening bottle
Inactive ingredients citric acid, lemon oil, polyethylene glycol, purified water, sodium bicarbonate, sodium saccharin, sucrose""",
 el=290, forms=["citrate"], dv=None, sc=None)

add("df22_ultraepsom_level_teaspoon_5_g_statement_495", "en", "drug_facts",
 "Modelled on the Epsom salt Drug Facts on DailyMed, https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=30ce5cbd-cc7a-0b2d-e063-6394a90a8520 ('Active ingredient (in each teaspoon) Magnesium Sulfate (Epsom Salt) 5 g', external soaking and internal laxative uses, '2 cups of Epsom Salt under warm, running bath water'), with the laxative doses of the Kinray / Aaron copy, https://drugs-library.com/drugs/epsom-salt_5bab855c.html ('2-4 level teaspoons dissolved in a full glass (8oz) of water') and the statement 'each level teaspoon contains: magnesium 495 mg' as in set 21's Signature Care source; re-set under the Ultra Epsom name (may not exist in this form). The value is the STATED 495 mg per level teaspoon (5,000 x 0.0986 = 493). The 5 g, '2 cups' and '2-4 level teaspoons' are not the value. Form sulfate. Drug Facts -> serving_count null.",
"""ULTRA EPSOM
Epsom Salt | Magnesium Sulfate USP | Soaking Solution / Saline Laxative | 3 LB (1.36 kg)
Drug Facts
Active ingredient (in each level teaspoon) | Purpose
Magnesium sulfate (Epsom salt) 5 g | Soaking solution / saline laxative
Uses External: • temporarily relieves minor sprains and bruises Internal: • relieves occasional constipation (irregularity) • generally produces bowel movement in 1/2 to 6 hours
Warnings
As a laxative: Ask a doctor before use if you have • kidney disease • a magnesium-restricted diet • abdominal pain, nausea or vomiting
As a soaking solution: hot or warm soaks should not be used by individuals with diabetes except on the advice of a physician.
Keep out of reach of children.
Directions
As a soaking solution: pour 2 cups of Epsom salt under warm, running bath water and soak for 20 minutes.
As a laxative | adults and children 12 years and older: 2 to 4 level teaspoons dissolved in a full glass (8 oz) of water
 | children 6 to under 12 years: 1 to 2 level teaspoons dissolved in a full glass (8 oz) of water
 | children under 6 years: ask a doctor
Other information • each level teaspoon contains: magnesium 495 mg • store in a cool, dry place
Inactive ingredients none""",
 el=495, forms=["sulfate"], dv=None, sc=None)

add("df22_shurfine_al_mg_hydroxide_simethicone_30_ml_statement_510", "en", "drug_facts",
 "Modelled on the Rising Pharma aluminum hydroxide / magnesium hydroxide / simethicone unit-dose suspension on DailyMed, https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=982129d4-3cbf-4793-a861-d6c8f34bedc3 ('Active ingredient per 30mL (1 Unit Dose) Aluminum hydroxide 1,200mg (equivalent to dried gel USP) Magnesium hydroxide 1,200mg Simethicone 120mg', 'each 30 mL (unit dose) contains magnesium 510 mg and sodium 18 mg', 'Do not use more than 4 unit dose (120 mL) in a 24 hour period'), re-set under the Shurfine store brand (may not exist in this form). THREE actives, ALUMINUM FIRST; the value is the STATED 510 mg per 30 mL (1,200 x 0.417 = 500.4, within 3 %). Aluminum 1,200 mg, simethicone 120 mg, sodium 18 mg and '120 mL' are not the value. Form hydroxide (aluminum hydroxide is not a magnesium form). Drug Facts -> serving_count null.",
"""SHURFINE
Antacid & Anti-Gas Liquid | Aluminum Hydroxide, Magnesium Hydroxide, Simethicone | Maximum Strength | Unit Dose Cups 30 mL
Drug Facts
Active ingredients (in each 30 mL unit dose) | Purposes
Aluminum hydroxide 1,200 mg (equivalent to dried gel USP) | Antacid
Magnesium hydroxide 1,200 mg | Antacid
Simethicone 120 mg | Antigas
Uses relieves • heartburn • sour stomach • acid indigestion • the symptoms referred to as gas
Warnings
Ask a doctor before use if you have • kidney disease • a magnesium restricted diet
Ask a doctor or pharmacist before use if you are taking a prescription drug. Antacids may interact with certain prescription drugs.
Stop use and ask a doctor if symptoms last more than 2 weeks
Keep out of reach of children.
Directions • shake well before use • do not use more than 4 unit doses (120 mL) in a 24 hour period or use the maximum dose for more than 2 weeks
adults and children over 12 years of age | take 30 mL (one unit dose) between meals and at bedtime, or as directed by a doctor
children under 12 years of age | ask a doctor
Other information • each 30 mL (unit dose) contains magnesium 510 mg and sodium 18 mg • store at 20° to 25°C (68° to 77°F) • protect from freezing
Inactive ingredients carboxymethylcellulose sodium, flavor, hypromellose, microcrystalline cellulose, purified water, sorbitol solution""",
 el=510, forms=["hydroxide"], dv=None, sc=None)

# ===================================================================== UK / Australia / Canada
add("uk22_sevenseas_oxide_heavy_622_mg_then_providing_375", "en", "intl",
 "Modelled on a Seven Seas magnesium tablet (UK; the product and panel set here, may not exist in this form): 'Typical Values | Per 2 Tablets | %NRV*', the COMPOUND ROW FIRST, 'Magnesium Oxide Heavy | 622 mg |', then 'providing Magnesium | 375 mg | 100%' (622 x 0.603 = 375.1; 375/375 = 100). 622 mg is the compound. Form oxide. 60 tablets / 2 = 30 (IMPLIED_SC).",
"""SEVEN SEAS
Magnesium 375 mg
Food Supplement | 60 Tablets
Typical Values | Per 2 Tablets | %NRV*
Magnesium Oxide Heavy | 622 mg |
providing Magnesium | 375 mg | 100%
*NRV = Nutrient Reference Value
Ingredients: Magnesium oxide heavy, bulking agent: microcrystalline cellulose; anti-caking agents: magnesium salts of fatty acids, silicon dioxide.
Directions: Adults take 2 tablets a day with water and food. Do not exceed the recommended intake.""",
 el=375, forms=["oxide"], dv=100, sc=30, _dvb=375)

add("au22_voost_effervescent_citrate_1_25_g_equivalent_200", "en", "intl",
 "Modelled on a Voost magnesium effervescent tablet (Australia; the formula set here, may not match a current SKU; AUST L a placeholder): 'Each effervescent tablet contains: Magnesium citrate 1.25 g (equivalent to magnesium 200 mg)' (1,250 x 0.12-0.162 = 150-202.5), the COMPOUND IN GRAMS with the element in brackets. The value is 200 mg per tablet. No %, serving_count null (Australian convention).",
"""Voost
Magnesium Effervescent
Muscle Function | Orange Flavour | 20 Effervescent Tablets | AUST L 000000
Each effervescent tablet contains:
Magnesium citrate 1.25 g (equivalent to magnesium 200 mg)
Pyridoxine hydrochloride 10 mg (equivalent to pyridoxine 8.2 mg)
Directions: Adults – dissolve 1 tablet in 200 mL of water once daily.
Always read the label and follow the directions for use. If symptoms persist, talk to your health professional.""",
 el=200, forms=["citrate"], dv=None, sc=None)

add("ca22_wampole_each_capsule_bisglycinate_120_dose_2_to_3", "en", "intl",
 "Modelled on a Wampole magnesium bisglycinate capsule (Canada; the composition set here, may not match the current label; NPN a placeholder): 'Medicinal Ingredients: Each capsule contains: Magnesium (magnesium bisglycinate) 120 mg', 'Recommended dose: Adults: 2 to 3 capsules daily'. Per the stated unit (capsule) 120 mg; the 2-3 capsule dose is not the value; no %DV, serving_count null (Canadian convention).",
"""WAMPOLE
Magnesium Bisglycinate 120 mg
Natural Health Product | 90 Capsules | NPN 80000000
Medicinal Ingredients: Each capsule contains:
Magnesium (magnesium bisglycinate) 120 mg
Non-medicinal ingredients: Hypromellose, microcrystalline cellulose, magnesium stearate.
Recommended dose: Adults: Take 2 to 3 capsules daily with food or as directed by a health care practitioner.
Uses: A factor in the maintenance of good health. Helps in the development and maintenance of bones and teeth.""",
 el=120, forms=["glycinate"], dv=None, sc=None)

# ===================================================================== negatives (English)
add("ng22_hapa_manganese_bisglycinate_look_alike_no_magnesium", "en", "negative",
 "Modelled on a single-mineral manganese capsule (US; the product and panel set here under the Hapa name, may not exist in this form): the LOOK-ALIKE 'Manganese (as manganese bisglycinate chelate) | 10 mg | 435%' (10/2.3 = 434.8), a chelate name that reads like magnesium glycinate; the label NEVER NAMES MAGNESIUM -> no_magnesium. 120 capsules, 120 servings (printed).",
"""HAPA
Manganese Bisglycinate 10 mg
Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size 1 Capsule
Servings Per Container 120
 | Amount Per Serving | % Daily Value
Manganese (as manganese bisglycinate chelate) | 10 mg | 435%
Other Ingredients: Hypromellose (capsule), rice flour.
Suggested Use: Take 1 capsule daily with a meal.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=120)

add("ng22_innerhealth_au_probiotic_magnesium_stearate", "en", "negative",
 "Modelled on an Inner Health probiotic capsule (Australia; the formula set here, may not match a current SKU; AUST L a placeholder): bacterial counts only; magnesium only as the excipient 'magnesium stearate' -> no_magnesium. Australian convention: serving_count null.",
"""Inner Health
Everyday Probiotic
Digestive Health | 60 Capsules | AUST L 000000
Each capsule contains:
Lactobacillus acidophilus (LA-5) 12.5 billion CFU
Bifidobacterium animalis ssp. lactis (BB-12) 12.5 billion CFU
Excipients: microcrystalline cellulose, hypromellose, magnesium stearate, colloidal anhydrous silica.
Directions: Adults – take 1 capsule daily with food. Store below 4°C.
Always read the label and follow the directions for use.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=None)

add("ng22_jewel_calcium_carbonate_antacid_chew_magnesium_stearate", "en", "negative",
 "Modelled on the usual calcium carbonate 750 mg extra-strength antacid chewable (Drug Facts as remembered; no page consulted), re-set under the Jewel store brand (may not exist in this form): an ANTACID Drug Facts, the magnesium antacids' class, with calcium carbonate as the only active; magnesium only as 'magnesium stearate' in the inactive ingredients -> no_magnesium. Drug Facts negative -> serving_count null.",
"""JEWEL
Antacid Extra Strength | Calcium Carbonate 750 mg | Assorted Fruit | 96 Chewable Tablets
Drug Facts
Active ingredient (in each tablet) | Purpose
Calcium carbonate USP 750 mg | Antacid
Uses relieves • heartburn • sour stomach • acid indigestion • upset stomach associated with these symptoms
Warnings
Ask a doctor or pharmacist before use if you are presently taking a prescription drug. Antacids may interact with certain prescription drugs.
When using this product do not take more than 10 tablets in 24 hours; if pregnant do not take more than 6 tablets in 24 hours • do not use the maximum dosage for more than 2 weeks
Keep out of reach of children.
Directions • chew 2-4 tablets as symptoms occur, or as directed by a doctor
Other information • each tablet contains: elemental calcium 300 mg • store at room temperature
Inactive ingredients adipic acid, corn starch, dextrose, flavors, magnesium stearate, maltodextrin, sucrose, talc, FD&C red no. 40 lake, FD&C yellow no. 6 lake""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=None)
