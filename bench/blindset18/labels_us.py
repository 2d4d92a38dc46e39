# Label sources, part US (blind set 18): US Supplement Facts panels, multivitamins, a Supplement Facts powder, a liquid
# supplement, OTC Drug Facts, Australia / Canada / UK, an English topical and the two English negatives. The EU labels and the
# Italian, Lithuanian and Latvian negatives are in labels_eu.py, which imports add/L from here.
# Same format as bench/blindset17/labels_us.py: table cells are separated by " | "; a line ending in " |" is a table row whose
# remaining cells are empty (set 18: also the continuation lines of a wrapped name cell). Keys starting with "_" are private to
# the checker (check_set.py) and are not written to expected.jsonl:
#   _dvb = the DV base the printed %DV was computed from (default 420 for en, 375 for EU languages; the UK label sets 375).
L = []
def add(id, lang, kind, note, text, status="ok", el=None, tol=2, forms=(), dv=None, sc=None, **extra):
    d = dict(id=id, lang=lang, kind=kind, source_note=note, status=status, elemental_mg=el,
             elemental_tol_pct=tol, forms=list(forms), percent_dv=dv, serving_count=sc, _text=text)
    d.update(extra); L.append(d)

# ===================================================================== US Supplement Facts
add("us18_amazonelements_source_wrapped_three_lines_amount_first_line_240", "en", "us_supplement",
 "Modelled on an Amazon Elements magnesium capsule (US; the product and panel set here, may not exist in this form): a LONG SOURCE CLAUSE WRAPPED OVER THREE LINES, the amount and %DV on the FIRST line only, 'Magnesium (as magnesium bisglycinate | 240 mg | 57%' / 'chelate [TRAACS\u00ae], magnesium citrate |' / 'and magnesium malate) |' (240/420 = 57.1). Forms glycinate, citrate, malate. 120 capsules / 2 = 60 (printed).",
"""amazon elements
Magnesium Complex 240 mg
Glycinate, Citrate & Malate | Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium bisglycinate | 240 mg | 57%
chelate [TRAACS®], magnesium citrate |
and magnesium malate) |
Other Ingredients: Hypromellose (vegetarian capsule), rice flour.
Suggested Use: Take 2 capsules daily with food. Do not exceed recommended use.""",
 el=240, forms=["glycinate", "citrate", "malate"], dv=57, sc=60)

add("us18_puretherapro_per_serving_and_per_day_columns_100_300", "en", "us_supplement",
 "Modelled on a Pure TheraPro Rx magnesium capsule (US; the product and panel set here, may not match a current SKU): a 1-capsule serving with a SECOND AMOUNT COLUMN PER DAY, 'Amount Per Serving | % DV | Per Day (3 Capsules) | % DV', 'Magnesium (as magnesium glycinate) 100 mg 24% 300 mg 71%' (100/420 = 23.8; 300/420 = 71.4). US per-serving/per-day convention (set 1): the per-serving column is the value (100 mg, 24 %), per day in elemental_alt_mg (300). 90 capsules, 90 servings (printed).",
"""PURE THERAPRO Rx
Magnesium Glycinate
Dietary Supplement | 90 Vegetarian Capsules
Supplement Facts
Serving Size 1 Capsule
Servings Per Container 90
 | Amount Per Serving | % DV | Per Day (3 Capsules) | % DV
Magnesium (as magnesium glycinate) | 100 mg | 24% | 300 mg | 71%
Other Ingredients: Vegetable cellulose capsule, L-leucine.
Suggested Use: Take 1 capsule three times daily with meals, or as directed by your healthcare professional.""",
 el=100, forms=["glycinate"], dv=24, sc=90, elemental_alt_mg=300)

add("us18_vimerson_compound_row_only_600mg_glycinate_computed", "en", "us_supplement",
 "Modelled on a Vimerson Health magnesium glycinate capsule (US; the panel set here, may not match a current SKU): the panel lists ONLY THE COMPOUND, 'Magnesium Glycinate 600 mg \u2020' with 'Daily Value not established', no element row and no %DV (the title repeats the 600 mg). COMPUTED per serving (magnesium.md section 4: a compound row without an element row is a compound weight): 600 x 0.1205 (middle of the glycinate range 0.10-0.141) = 72.3 mg, tol 18 (covers 60.0-84.6). %DV null (none printed). 120 capsules / 2 = 60 (printed).",
"""VIMERSON HEALTH
Magnesium Glycinate 600 mg
Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Magnesium Glycinate | 600 mg | †
† Daily Value not established.
Other Ingredients: Vegetable cellulose (capsule), rice flour.
Suggested Use: Take 2 capsules daily, preferably with a meal or as directed by a healthcare professional.""",
 el=72.3, tol=18, forms=["glycinate"], dv=None, sc=60)

add("us18_cleannutraceuticals_mg_glued_to_numbers_250mg_60pct", "en", "us_supplement",
 "Modelled on a Clean Nutraceuticals magnesium tablet (US; the product and panel set here, may not exist in this form): UNITS GLUED TO THE NUMBERS throughout ('25mcg', '50mg', '250mg'), calcium and vitamin D rows around 'Magnesium (as magnesium citrate and magnesium oxide) 250mg 60%' (250/420 = 59.5). Forms citrate, oxide. 180 tablets / 2 = 90 (printed).",
"""CLEAN NUTRACEUTICALS
Magnesium 250mg + D3
Dietary Supplement | 180 Tablets
Supplement Facts
Serving Size 2 Tablets
Servings Per Container 90
 | Amount Per Serving | %DV
Vitamin D3 (as cholecalciferol) | 25mcg (1,000IU) | 125%
Calcium (as calcium carbonate) | 50mg | 4%
Magnesium (as magnesium citrate and magnesium oxide) | 250mg | 60%
Other Ingredients: Microcrystalline cellulose, croscarmellose sodium, vegetable stearic acid, silicon dioxide.
Directions: Adults take 2 tablets daily with water.""",
 el=250, forms=["citrate", "oxide"], dv=60, sc=90)

add("us18_zenwise_am_pm_kit_two_panels_mg_only_in_night_panel", "en", "us_supplement",
 "Modelled on a Zenwise Health day/night kit (US; the two-bottle kit and both panels are set here and may not exist in this form): TWO PRODUCTS' PANELS on one label, a 'Day Formula' Supplement Facts (B vitamins; magnesium only as 'magnesium stearate' among its other ingredients; 30 servings) and a 'Night Formula' Supplement Facts with 'Magnesium (as magnesium bisglycinate) 150 mg 36%' (150/420 = 35.7), 'Serving Size 2 Capsules', 'Servings Per Container 15'. New convention: the value, %DV and serving count come from the panel that declares magnesium (TWO_PANELS), so 150 mg, 36 %, 15.",
"""ZENWISE
Day & Night Balance Kit
Two Bottles | Dietary Supplement | 30 Tablets + 30 Capsules
Day Formula Supplement Facts
Serving Size 1 Tablet
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Vitamin B6 (as pyridoxine HCl) | 10 mg | 588%
Vitamin B12 (as methylcobalamin) | 500 mcg | 20,833%
Rhodiola rosea root extract | 200 mg | †
Other Ingredients: Microcrystalline cellulose, magnesium stearate, silica.
Night Formula Supplement Facts
Serving Size 2 Capsules
Servings Per Container 15
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium bisglycinate) | 150 mg | 36%
L-Theanine | 200 mg | †
† Daily Value not established.
Other Ingredients: Hypromellose (capsule), rice flour.
Directions: Day Formula: take 1 tablet in the morning. Night Formula: take 2 capsules 30 minutes before bedtime.""",
 el=150, forms=["glycinate"], dv=36, sc=15)

add("us18_bioschwartz_elemental_in_parentheses_row_below_compound_140", "en", "us_supplement",
 "Modelled on a BioSchwartz magnesium glycinate capsule (US; the product and panel set here, may not match a current SKU): the COMPOUND row first, 'Magnesium Bisglycinate Chelate (TRAACS\u00ae) 1,000 mg **', then the ELEMENTAL FIGURE IN PARENTHESES on the row below, '(Elemental Magnesium) (140 mg) 33%' (1,000 x 0.14 = 140; 140/420 = 33.3). 1,000 mg is the compound. 120 capsules / 2 = 60 (printed).",
"""BIOSCHWARTZ
Magnesium Bisglycinate 1000 mg
High Absorption | Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Magnesium Bisglycinate Chelate (TRAACS®) | 1,000 mg | **
(Elemental Magnesium) | (140 mg) | 33%
** Daily Value not established.
Other Ingredients: Hypromellose (capsule), microcrystalline cellulose.
Suggested Use: As a dietary supplement, take 2 capsules once daily.""",
 el=140, forms=["glycinate"], dv=33, sc=60)

add("us18_naturesfusions_taurate_amount_per_two_capsules_in_words", "en", "us_supplement",
 "Modelled on a Nature's Fusions magnesium taurate capsule (US; the product and panel set here, may not exist in this form): the column header spells the serving in WORDS, 'Amount Per Two Capsules', 'Magnesium (as magnesium taurate) 125 mg 30%' (125/420 = 29.8) and a separate 'Taurine 250 mg \u2020' row (free taurine, not magnesium). 60 capsules / 2 = 30 (printed).",
"""NATURE'S FUSIONS
Magnesium Taurate
Heart & Calm Support | Dietary Supplement | 60 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 30
 | Amount Per Two Capsules | % DV
Magnesium (as magnesium taurate) | 125 mg | 30%
Taurine | 250 mg | †
† Daily Value not established.
Other Ingredients: Vegetable cellulose, rice flour.
Suggested Use: Take two capsules daily with water.""",
 el=125, forms=["taurate"], dv=30, sc=30)

add("us18_terrynaturally_numbered_footnote_sources_200", "en", "us_supplement",
 "Modelled on a Terry Naturally (EuroPharma) magnesium tablet (US; the product and panel set here, may not match a current SKU): NUMBERED FOOTNOTE MARKERS on the nutrient names, 'Magnesium\u00b9 200 mg 48%' and 'Vitamin B6\u00b2 5 mg 294%', the sources given below the table ('\u00b9 as magnesium citrate and magnesium malate'; 200/420 = 47.6). Forms citrate, malate. 120 tablets / 2 = 60 (printed).",
"""TERRY NATURALLY®
Magnesium Citrate Malate
Dietary Supplement | 120 Tablets
Supplement Facts
Serving Size 2 Tablets
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Vitamin B6² | 5 mg | 294%
Magnesium¹ | 200 mg | 48%
¹ as magnesium citrate and magnesium malate
² as pyridoxal-5'-phosphate
Other Ingredients: Microcrystalline cellulose, croscarmellose sodium, stearic acid, silica.
Recommended Use: 2 tablets daily, with or without food.""",
 el=200, forms=["citrate", "malate"], dv=48, sc=60)

add("us18_maxihealth_source_wrapped_amount_on_last_line_aspartate", "en", "us_supplement",
 "Modelled on a Maxi Health magnesium capsule (US; the product and panel set here, may not exist in this form): a wrapped source clause whose AMOUNT AND %DV STAND ON THE LAST LINE of the wrapped name cell (bottom-aligned), 'Magnesium (as magnesium |' / 'citrate and magnesium |' / 'aspartate) | 150 mg | 36%' (150/420 = 35.7). Forms citrate, aspartate. 90 capsules / 3 = 30 (printed).",
"""MAXI HEALTH
Maxi Mag Citrate + Aspartate
Kosher | Dietary Supplement | 90 Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium |
citrate and magnesium |
aspartate) | 150 mg | 36%
Other Ingredients: Vegetable cellulose capsule, rice flour.
Directions: Take 1 capsule three times daily with meals.""",
 el=150, forms=["citrate", "aspartate"], dv=36, sc=30)

add("us18_dremil_glycinate_up_to_4_capsules_serving_2_200", "en", "us_supplement",
 "Modelled on a Dr. Emil Nutrition magnesium glycinate capsule (US; the panel set here, may not match a current SKU): a plain 2-capsule panel, 'Magnesium (as magnesium bisglycinate chelate) 200 mg 48%' (200/420 = 47.6), whose directions allow 'up to 4 capsules' (not the serving). 120 capsules / 2 = 60 (printed).",
"""DR. EMIL NUTRITION
Magnesium Glycinate
Sleep & Muscle Support | Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium bisglycinate chelate) | 200 mg | 48%
Other Ingredients: Hypromellose (capsule), rice flour.
Suggested Use: Take 2 capsules before bedtime. For additional support, take up to 4 capsules daily, in divided doses.""",
 el=200, forms=["glycinate"], dv=48, sc=60)

add("us18_nutraharmony_dv_bare_number_malate_300_71", "en", "us_supplement",
 "Modelled on a Nutraharmony magnesium malate capsule (US; the product and panel set here, may not exist in this form): the %DV printed as a BARE NUMBER under a header carrying the percent sign, '| Amount Per Serving | % DV' / 'Magnesium (as magnesium malate) | 300 mg | 71' (300/420 = 71.4; DV_BARE, the set-14 convention). 90 capsules / 3 = 30 (printed).",
"""NUTRAHARMONY
Magnesium Malate
Dietary Supplement | 90 Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 30
 | Amount Per Serving | % DV
Magnesium (as magnesium malate) | 300 mg | 71
Malic Acid (from magnesium malate) | 1,000 mg | *
* Daily Value not established.
Other Ingredients: Hypromellose (capsule).
Suggested Use: Take 3 capsules daily with food.""",
 el=300, forms=["malate"], dv=71, sc=30)

add("us18_lifeseasons_five_salts_source_wrapped_two_lines_300", "en", "us_supplement",
 "Modelled on a Life Seasons magnesium capsule (US; the product and panel set here, may not match a current SKU): FIVE salts in a source clause wrapped over two lines with the amount on the first, 'Magnesium (as magnesium citrate, bisglycinate, | 300 mg | 71%' / 'aspartate, malate and taurinate) |' (300/420 = 71.4). Forms citrate, glycinate, aspartate, malate, taurate. 90 capsules / 3 = 30 (printed).",
"""LIFE SEASONS
Magna-Calm Five Magnesium
Dietary Supplement | 90 Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium citrate, bisglycinate, | 300 mg | 71%
aspartate, malate and taurinate) |
Other Ingredients: Vegetable cellulose, rice flour.
Suggested Use: Take 3 capsules daily, with or without food.""",
 el=300, forms=["citrate", "glycinate", "aspartate", "malate", "taurate"], dv=71, sc=30)

add("us18_vibranthealth_chewable_carbonate_carb_row_lt1pct_150", "en", "us_supplement",
 "Modelled on a Vibrant Health chewable (US; the magnesium chewable, its panel and amounts are set here and may not exist in this form): 'Serving Size 2 Chewable Tablets', calorie and carbohydrate rows ('Total Carbohydrate 1 g <1%*') before 'Magnesium (as magnesium carbonate) 150 mg 36%' (150/420 = 35.7). 90 chewables / 2 = 45 (printed).",
"""VIBRANT HEALTH
Chewable Magnesium
Natural Cherry | Dietary Supplement | 90 Chewable Tablets
Supplement Facts
Serving Size 2 Chewable Tablets
Servings Per Container 45
 | Amount Per Serving | % Daily Value
Calories | 5 |
Total Carbohydrate | 1 g | <1%*
Magnesium (as magnesium carbonate) | 150 mg | 36%
* Percent Daily Values are based on a 2,000 calorie diet.
Other Ingredients: Xylitol, natural cherry flavor, stearic acid, citric acid, stevia leaf extract.
Directions: Chew 2 tablets daily.""",
 el=150, forms=["carbonate"], dv=36, sc=45)

add("us18_pinkstork_sleep_if_pregnant_consult_dv_420_150", "en", "us_supplement",
 "Modelled on a Pink Stork product (US; the magnesium sleep capsule, its panel and amounts are set here and may not exist in this form): a brand for women whose panel has the PLAIN '% Daily Value' header (DV 420), 'Magnesium (as magnesium glycinate) 150 mg 36%' (150/420 = 35.7; 400 would give 38), while the directions only say 'If pregnant or nursing, consult your healthcare provider' (not a pregnant-and-lactating header). 60 capsules / 2 = 30 (printed).",
"""PINK STORK
Sleep: Magnesium + Chamomile
Dietary Supplement for Women | 60 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium glycinate) | 150 mg | 36%
Chamomile flower extract | 100 mg | †
† Daily Value not established.
Other Ingredients: Pullulan (capsule), rice flour.
Directions: Take 2 capsules 30 minutes before bed. If pregnant or nursing, consult your healthcare provider before use.""",
 el=150, forms=["glycinate"], dv=36, sc=30)

add("us18_goodnnatural_amount_per_tablet_header_oxide_250", "en", "us_supplement",
 "Modelled on a Good 'N Natural magnesium oxide tablet (US; the panel set here, may not match a current SKU): the column header says 'Amount Per Tablet', 'Servings Per Container: 250' with a colon, 'Magnesium (as magnesium oxide) 250 mg 60%' (250/420 = 59.5). 250 servings (printed).",
"""GOOD 'N NATURAL
Magnesium 250 mg
Dietary Supplement | 250 Tablets
Supplement Facts
Serving Size: 1 Tablet
Servings Per Container: 250
 | Amount Per Tablet | %DV
Magnesium (as magnesium oxide) | 250 mg | 60%
Other Ingredients: Cellulose, vegetable stearic acid, croscarmellose, vegetable magnesium stearate, silica.
Directions: For adults, take one (1) tablet daily, preferably with a meal.""",
 el=250, forms=["oxide"], dv=60, sc=250)

# ===================================================================== multivitamins
add("mv18_futurekind_vegan_multi_two_capsules_mg_50", "en", "multivitamin",
 "Modelled on a Future Kind vegan multivitamin (US; amounts set here, may not match a current formula): a 2-capsule multi with SMALL magnesium near the end of a long list, 'Magnesium (as magnesium citrate) 50 mg 12%' (50/420 = 11.9), iodine and zinc rows around it. 60 capsules / 2 = 30 (printed).",
"""FUTURE KIND
Vegan Multivitamin
Essential Nutrients | Dietary Supplement | 60 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Vitamin A (as beta-carotene) | 450 mcg | 50%
Vitamin C (as ascorbic acid) | 90 mg | 100%
Vitamin D3 (as cholecalciferol from lichen) | 50 mcg (2,000 IU) | 250%
Vitamin K2 (as menaquinone-7) | 90 mcg | 75%
Folate (as L-methylfolate) | 400 mcg DFE | 100%
Vitamin B12 (as methylcobalamin) | 250 mcg | 10,417%
Iodine (from kelp) | 150 mcg | 100%
Magnesium (as magnesium citrate) | 50 mg | 12%
Zinc (as zinc citrate) | 11 mg | 100%
Selenium (as L-selenomethionine) | 55 mcg | 100%
Other Ingredients: Pullulan (capsule), rice flour.
Suggested Use: Take 2 capsules daily with food.""",
 el=50, forms=["citrate"], dv=12, sc=30)

add("mv18_opurity_bariatric_chewable_amino_acid_chelate_100", "en", "multivitamin",
 "Modelled on an Opurity bariatric chewable multivitamin (US; amounts set here, may not match a current formula): 'Serving Size 2 Chewable Tablets', a large B12 percent, and 'Magnesium (as magnesium amino acid chelate) 100 mg 24%' (100/420 = 23.8); an amino acid chelate has no fraction, the stated element is used. 90 chewables / 2 = 45 (printed).",
"""OPURITY®
Bariatric Chewable Multivitamin
Fruit Punch | Dietary Supplement | 90 Chewable Tablets
Supplement Facts
Serving Size 2 Chewable Tablets
Servings Per Container 45
 | Amount Per Serving | % Daily Value
Calories | 5 |
Vitamin D3 (as cholecalciferol) | 75 mcg (3,000 IU) | 375%
Thiamin (as thiamine mononitrate) | 12 mg | 1,000%
Vitamin B12 (as methylcobalamin) | 500 mcg | 20,833%
Iron (as ferrous bisglycinate chelate) | 18 mg | 100%
Magnesium (as magnesium amino acid chelate) | 100 mg | 24%
Zinc (as zinc bisglycinate chelate) | 15 mg | 136%
Other Ingredients: Xylitol, mannitol, natural flavors, citric acid, stearic acid.
Directions: Chew 1 tablet twice daily. Do not take within 2 hours of calcium supplements.
WARNING: Accidental overdose of iron-containing products is a leading cause of fatal poisoning in children under 6. Keep this product out of reach of children.""",
 el=100, forms=["amino_acid_chelate"], dv=24, sc=45)

add("mv18_bariatricadvantage_calcium_magnesium_chewy_bite_200", "en", "multivitamin",
 "Modelled on a Bariatric Advantage calcium chewy bite (US; the calcium/magnesium/D3 combination, panel and amounts are set here, may not match a current SKU): calcium FIRST and larger ('500 mg 38%'), then 'Magnesium (as magnesium citrate) 200 mg 48%' (200/420 = 47.6), sugar rows above; 'Serving Size 2 Chews', 'Servings Per Container 45'.",
"""BARIATRIC ADVANTAGE®
Calcium Citrate + Magnesium Chewy Bites
Caramel | Dietary Supplement | 90 Chews
Supplement Facts
Serving Size 2 Chews
Servings Per Container 45
 | Amount Per Serving | % Daily Value
Calories | 40 |
Total Carbohydrate | 8 g | 3%*
Total Sugars | 5 g | †
Vitamin D3 (as cholecalciferol) | 25 mcg (1,000 IU) | 125%
Calcium (as calcium citrate) | 500 mg | 38%
Magnesium (as magnesium citrate) | 200 mg | 48%
* Percent Daily Values are based on a 2,000 calorie diet. † Daily Value not established.
Other Ingredients: Corn syrup, sugar, palm oil, natural flavor, soy lecithin.
Directions: Chew 2 chews twice daily, at least 2 hours apart from multivitamins containing iron.""",
 el=200, forms=["citrate"], dv=48, sc=45)

# ===================================================================== powder / liquid
add("pw18_mag365_powder_1_tsp_about_63_servings_325", "en", "powder",
 "Modelled on a Mag365 ionic magnesium citrate drink powder (US; the flavour, panel and amounts are set here and may not match a current SKU): 'Serving Size 1 Level Teaspoon (3.6 g)', 'Servings Per Container About 63' (227 g / 3.6 g), 'Magnesium (as ionic magnesium citrate) 325 mg 77%' (325/420 = 77.4); directions start at 1/2 teaspoon and go up to 2 (not the serving). 'About 63' -> 63.",
"""MAG365
Ionic Magnesium Citrate Drink Powder
Raspberry Lemon | Dietary Supplement | Net Wt 8 oz (227 g)
Supplement Facts
Serving Size 1 Level Teaspoon (3.6 g)
Servings Per Container About 63
 | Amount Per Serving | % Daily Value
Calories | 5 |
Magnesium (as ionic magnesium citrate) | 325 mg | 77%
Other Ingredients: Citric acid, natural raspberry and lemon flavors, stevia leaf extract.
Directions: Start with ½ level teaspoon in 4-6 oz of hot water, let it fizz, then add cool water. Increase gradually to 1-2 teaspoons daily.""",
 el=325, forms=["citrate"], dv=77, sc=63)

add("lq18_magonate_liquid_gluconate_per_5ml_54mg", "en", "liquid",
 "Modelled on Magonate\u00ae liquid (Fleming; monograph copy at http://www.carloanibaldi.com/therapy/listingdrugs/drugs/Magonate_Tablets.HTM: 'Each 5 mL of MAGONATE liquid contains magnesium (elemental) 54 mgs ... the same amount of magnesium as contained in 1000 mgs of magnesium gluconate dihydrate', dose 1 teaspoon three times a day, supplied in pints; also https://minclinic.eu/drugs/drugs_eng/Drugs_reference/mag-g-magonate-magnesium-gluconate-999582.htm), set here as a Supplement Facts panel (may not match the current label): 'Serving Size 1 Teaspoon (5 mL)', 'Magnesium (from 1,000 mg magnesium gluconate dihydrate) 54 mg 13%' (1,000 x 0.054 = 54; 54/420 = 12.9). 'Servings Per Container About 95' (473 mL / 5 = 94.6, rounded). First gluconate in these sets' recent labels.",
"""MAGONATE®
Magnesium Gluconate Liquid
Sugar Free | Dietary Supplement | 16 fl oz (473 mL)
Supplement Facts
Serving Size 1 Teaspoon (5 mL)
Servings Per Container About 95
 | Amount Per Serving | % Daily Value
Magnesium (from 1,000 mg magnesium gluconate dihydrate) | 54 mg | 13%
Other Ingredients: Purified water, sorbitol, glycerin, natural flavor, sodium benzoate.
Suggested Use: Adults: 1 teaspoon three times a day, mid-morning, mid-afternoon and at bedtime, on an empty stomach. Excessive dosage may cause loose stools.""",
 el=54, forms=["gluconate"], dv=13, sc=95)

# ===================================================================== Drug Facts
add("df18_goodsense_antacid_al_mg_simethicone_5ml_statement_83", "en", "drug_facts",
 "Modelled on the aluminum hydroxide / magnesium hydroxide / simethicone liquid antacid on DailyMed (https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=d0efe1fd-7ef3-48a7-9422-f3829aed0127: 'Active ingredients (in each 5 mL = 1 teaspoonful) Aluminum hydroxide (Equi. To Dried Gel, USP) 200 mg, Magnesium hydroxide 200 mg, Simethicone 20 mg', '2 - 4 teaspoonsful', 'do not take more than 12 teaspoonsful in 24', 'each teaspoon (5 mL) contains: magnesium 83 mg', 'each teaspoon (5 mL) contains: sodium 1 mg'), re-set under the Good Sense store brand (may not exist in this form). Per 5 mL the STATED 83 mg (200 x 0.417 = 83.4); the aluminum and sodium figures are not the value. Drug Facts -> serving_count null.",
"""GOOD SENSE®
Antacid Liquid | Regular Strength | Antacid / Antigas | Original Flavor | 12 FL OZ (355 mL)
Drug Facts
Active ingredients (in each 5 mL = 1 teaspoonful) | Purposes
Aluminum hydroxide (equiv. to dried gel, USP) 200 mg | Antacid
Magnesium hydroxide 200 mg | Antacid
Simethicone 20 mg | Antigas
Uses relieves • heartburn • acid indigestion • sour stomach • associated symptoms of gas and upset stomach • overindulgence of food and drink
Warnings
Ask a doctor before use if you have • kidney disease • a magnesium-restricted diet
Ask a doctor or pharmacist before use if you are taking a prescription drug. Antacids may interact with certain prescription drugs.
Stop use and ask a doctor if symptoms last for more than 2 weeks
Keep out of reach of children. In case of accidental overdose, get medical help or contact a Poison Control Center right away.
Directions • shake well before each use • adults and children 12 years and older: take 2 - 4 teaspoonsful between meals, at bedtime or as directed by a physician • do not take more than 12 teaspoonsful in 24 hours • do not use the maximum dosage for more than 2 weeks • children under 12 years: consult a physician
Other information • each teaspoon (5 mL) contains: magnesium 83 mg • each teaspoon (5 mL) contains: sodium 1 mg • store at room temperature 15°-30°C (59°-86°F) • keep tightly closed • protect from freezing
Inactive ingredients butylparaben, carboxymethylcellulose sodium, flavor, hypromellose, microcrystalline cellulose, propylparaben, purified water, saccharin sodium, sorbitol""",
 el=83, forms=["hydroxide"], dv=None, sc=None)

add("df18_assured_al_hydroxide_mg_carbonate_chewable_statement_50", "en", "drug_facts",
 "Modelled on the aluminum hydroxide + magnesium carbonate chewable on DailyMed (https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=e799a555-bfd0-4298-a5dc-aeb671815d40: 'Active ingredient (in each tablet) Aluminum hydroxide, 160 mg; Magnesium carbonate, 105 mg', 'chew 2 to 4 tablets four times a day', 'do not take more than 16 tablets in a 24-hour period', 'each tablet contains: magnesium 50 mg and sodium 32 mg', magnesium oxide among the inactive ingredients), re-set under the Assured (Dollar Tree) store brand (may not exist in this form). Per tablet the STATED 50 mg, kept as printed although it is more than 105 mg carbonate can give (26-30 mg; the inactive magnesium oxide presumably adds the rest): FRACTION_EXCEPTIONS. Form carbonate only (the inactive oxide is an excipient). Drug Facts -> serving_count null.",
"""ASSURED
Extra Strength Antacid Chewable Tablets | Aluminum Hydroxide 160 mg / Magnesium Carbonate 105 mg | Cherry | 30 Tablets
Drug Facts
Active ingredients (in each tablet) | Purpose
Aluminum hydroxide, 160 mg | Antacid
Magnesium carbonate, 105 mg | Antacid
Uses relieves acid indigestion leading to • stomach upset • heartburn
Warnings
Ask a doctor before use if you have • kidney disease • a magnesium or sodium-restricted diet
Ask a doctor or pharmacist before use if you are now taking a prescription drug. Antacids may interact with certain prescription drugs.
When using this product do not take more than 16 tablets in a 24-hour period or use the maximum dosage for more than 2 weeks
Keep out of reach of children.
Directions • chew 2 to 4 tablets four times a day or as directed by a doctor • take after meals and at bedtime or as needed • for best results follow by a half glass of water or other liquid • do not swallow whole
Other information • each tablet contains: magnesium 50 mg and sodium 32 mg • store at 20°-25°C (68°-77°F)
Inactive ingredients alginic acid, calcium stearate, flavor, maize starch, magnesium oxide, mannitol, red iron oxide, sodium bicarbonate, sucrose""",
 el=50, forms=["carbonate"], dv=None, sc=None)

add("df18_natureplex_epsom_salt_per_teaspoon_495", "en", "drug_facts",
 "Modelled on the Epsom salt Drug Facts on DailyMed (Signature Care, https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=947ae6fe-05d9-4bcf-be73-b3e1a2c60227&version=3: 'Magnesium sulfate USP (heptahydrate) 100%', 'Saline laxative', '2-4 level teaspoons dissolved in a full glass (8oz) of water', 'each teaspoon contains: magnesium 495 mg'; the soaking directions as on the Kinray/Aaron copy, https://drugs-library.com/drugs/epsom-salt_5bab855c.html), re-set under the Natureplex brand (may not exist in this form). The active is a PERCENTAGE (100%), no per-unit weight; the value is per the stated unit, the teaspoon, 495 mg (about 5.0 g MgSO4.7H2O x 0.0986). Soak amounts in cups are not the value. Drug Facts -> serving_count null.",
"""NATUREPLEX
Epsom Salt | Magnesium Sulfate USP | Saline Laxative / Soaking Aid | Net Wt 4 lb (1.81 kg)
Drug Facts
Active ingredient | Purposes
Magnesium sulfate USP (heptahydrate) 100% | Saline laxative / Soaking aid
Uses • for relief of occasional constipation (irregularity) • this product generally produces bowel movement in 1/2 to 6 hours • for external use as a soaking aid for minor sprains and bruises
Warnings
Ask a doctor before use if you have • kidney disease • a magnesium restricted diet • stomach pain, nausea or vomiting • noticed a sudden change in bowel habits that lasts more than 2 weeks
Ask a doctor or pharmacist before use if you are presently taking a prescription drug.
Stop use and ask a doctor if you have rectal bleeding or failure to have a bowel movement after use. You need to use a laxative for more than 1 week.
Keep out of reach of children.
Directions • do not exceed more than 2 doses per day; if necessary repeat dosage in 4 hours
age | dose
adults and children 12 years and older | 2-4 level teaspoons dissolved in a full glass (8 oz) of water
children 6 to 11 years | 1-2 level teaspoons dissolved in a full glass (8 oz) of water
children under 6 years | ask a doctor
As a soaking aid: dissolve 2 cups in a warm bath, or 1/2 cup per gallon of warm water.
Other information • each teaspoon contains: magnesium 495 mg • store at room temperature
Inactive ingredients none""",
 el=495, forms=["sulfate"], dv=None, sc=None)

add("df18_brookshires_calcium_carbonate_mg_hydroxide_calcium_statement_computed", "en", "drug_facts",
 "Modelled on the usual calcium carbonate 675 mg / magnesium hydroxide 135 mg chewable antacid (as remembered, no page consulted), re-set under the Brookshire's store brand (may not exist in this form). Two actives, CALCIUM FIRST; the only content statement is for CALCIUM ('each tablet contains: calcium 270 mg' = 675 x 0.40). No magnesium statement: COMPUTED per tablet, 135 x 0.417 = 56.3 mg, tol 5 (hydroxide has one fraction). The calcium figures are not the value. Drug Facts -> serving_count null.",
"""Brookshire's
Antacid Chewable Tablets | Calcium Carbonate / Magnesium Hydroxide | Extra Strength | Assorted Mint | 72 Tablets
Drug Facts
Active ingredients (in each tablet) | Purpose
Calcium carbonate 675 mg | Antacid
Magnesium hydroxide 135 mg | Antacid
Uses relieves • heartburn • acid indigestion • sour stomach • upset stomach associated with these symptoms
Warnings
Ask a doctor before use if you have kidney disease
Ask a doctor or pharmacist before use if you are presently taking a prescription drug. Antacids may interact with certain prescription drugs.
When using this product do not take more than 10 tablets in 24 hours or use the maximum dosage for more than 2 weeks
Keep out of reach of children.
Directions • chew 2 to 4 tablets when symptoms occur • repeat hourly if symptoms return, or as directed by a doctor
Other information • each tablet contains: calcium 270 mg • store at 20-25°C (68-77°F) • keep tightly closed
Inactive ingredients dextrose, flavors, magnesium stearate, pregelatinized starch, sucralose""",
 el=56.3, tol=5, forms=["hydroxide"], dv=None, sc=None)

add("df18_qualityplus_citrate_lemon_each_fl_oz_magnesium_290", "en", "drug_facts",
 "Modelled on the lemon magnesium citrate oral solution (the active '1.745 g per fl oz' as on DailyMed citrate labels; the statement 'each fl oz contains: magnesium 290 mg' as magnesium.md section 1 reports one label to state; wording as remembered), re-set under the Quality Plus store brand (may not exist in this form). The active is in GRAMS ('1.745 g'); the STATED 290 mg per fl oz is used (1,745 x 0.162 = 282.7, within 3 %); the potassium figure and '1/2 to 1 bottle' are not the value. Drug Facts -> serving_count null.",
"""QUALITY PLUS
Magnesium Citrate Oral Solution | Saline Laxative | Lemon Flavor | Low Sodium | 10 FL OZ (296 mL)
Drug Facts
Active ingredient (in each fl oz) | Purpose
Magnesium citrate 1.745 g | Saline laxative
Uses • for relief of occasional constipation (irregularity) • generally produces bowel movement in 1/2 to 6 hours
Warnings
Ask a doctor before use if you have • kidney disease • a magnesium-restricted diet • stomach pain, nausea or vomiting • a sudden change in bowel habits that lasts over 2 weeks
Ask a doctor or pharmacist before use if you are taking a prescription drug. This product may interact with certain prescription drugs.
Stop use and ask a doctor if you have rectal bleeding or no bowel movement after use
Keep out of reach of children.
Directions • shake well • drink a full glass (8 oz) of liquid with each dose • may be taken as a single daily dose or in divided doses
adults and children 12 years and over | 1/2 to 1 bottle (5 to 10 fl oz) in 24 hours
children 6 to under 12 years | 1/3 to 1/2 bottle in 24 hours
children 2 to under 6 years | ask a doctor
Other information • each fl oz contains: magnesium 290 mg, potassium 25 mg • refrigerate after opening • discard unused portion within 24 hours of opening
Inactive ingredients citric acid, flavor, potassium bicarbonate, purified water, sodium saccharin""",
 el=290, forms=["citrate"], dv=None, sc=None)

# ===================================================================== Australia / Canada / UK
add("au18_naturesown_dot_leaders_two_salts_equiv_total_200", "en", "intl",
 "Modelled on a Nature's Own magnesium tablet (Australia; the formula set here, may not match a current SKU; AUST L a placeholder): an ingredient list with DOT LEADERS and no table, two compound weights and ONE 'equiv. magnesium' total, 'Magnesium oxide - heavy .......... 170 mg', 'Magnesium citrate ........ 625 mg', 'equiv. magnesium ........ 200 mg' (170 x 0.603 + 625 x 0.12-0.162 = 177.5-203.8, TOTAL_RANGE); pyridoxine 25 mg. Per tablet 200 mg; no %, serving_count null (Australian convention).",
"""Nature's Own
Magnesium 200
Muscle Health | 100 Tablets | AUST L 000000
Each tablet contains:
Magnesium oxide - heavy ........................ 170 mg
Magnesium citrate ................................. 625 mg
equiv. magnesium ................................. 200 mg
Pyridoxine hydrochloride (vitamin B6) ...... 25 mg
Directions: Adults – take 1 tablet twice daily with food, or as professionally prescribed.
Vitamin supplements should not replace a balanced diet. Always read the label and follow the directions for use.""",
 el=200, forms=["oxide", "citrate"], dv=None, sc=None)

add("ca18_lorna_magsense_per_scoop_bilingual_stacked_300", "en", "intl",
 "Modelled on Lorna Vanderhaeghe MagSense\u00ae powder (Canada; the composition set here, may not match the current label; NPN a placeholder): English then French in STACKED PARAGRAPHS (not columns), 'Each scoop (7.3 g) contains: Magnesium (magnesium bisglycinate, magnesium citrate) 300 mg' with taurine and B6 rows; 'Recommended dose: Adults: 1 scoop 1-2 times per day'. Per the stated unit (scoop) 300 mg; no %DV, serving_count null (Canadian convention); language en.",
"""LORNA VANDERHAEGHE
MagSense® | Magnesium Powder / Poudre de magnésium
Raspberry Lemonade / Limonade à la framboise | 227 g | NPN 80000000
Medicinal Ingredients — Each scoop (7.3 g) contains:
Magnesium (magnesium bisglycinate, magnesium citrate) | 300 mg
Taurine | 500 mg
Vitamin B6 (pyridoxal-5-phosphate) | 10 mg
Ingrédients médicinaux — Chaque mesure (7,3 g) contient :
Magnésium (bisglycinate de magnésium, citrate de magnésium) | 300 mg
Taurine | 500 mg
Vitamine B6 (pyridoxal-5-phosphate) | 10 mg
Non-Medicinal Ingredients: citric acid, natural flavours, stevia leaf extract. / Ingrédients non médicinaux : acide citrique, arômes naturels, extrait de feuille de stévia.
Recommended Dose: Adults: 1 scoop 1-2 times per day in water. / Dose recommandée : Adultes : 1 mesure 1 à 2 fois par jour dans de l'eau.""",
 el=300, forms=["glycinate", "citrate"], dv=None, sc=None)

add("uk18_biocare_per_capsule_and_per_2_capsules_glued_mg_200", "en", "intl",
 "Modelled on a BioCare magnesium citrate capsule (UK; the product and panel set here, may not match a current SKU): a per-capsule column FIRST and the daily-intake column second, both with glued units, 'Nutrition Information | Per Capsule | Per 2 Capsules | %NRV*', 'Magnesium (as citrate) 100mg 200mg 53%' (200/375 = 53.3). Daily intake is the value (200 mg), per capsule in elemental_alt_mg (100). 60 capsules / 2 = 30 (IMPLIED_SC).",
"""BioCare®
Magnesium Citrate
Food Supplement | 60 Vegan Capsules
Nutrition Information | Per Capsule | Per 2 Capsules | %NRV*
Magnesium (as citrate) | 100mg | 200mg | 53%
*NRV = Nutrient Reference Value
Ingredients: Magnesium citrate, capsule shell (hydroxypropyl methylcellulose), silicon dioxide.
Directions: Take 2 capsules daily with food, or as professionally directed. Do not exceed the stated recommended daily intake.""",
 el=200, forms=["citrate"], dv=53, sc=30, _dvb=375, elemental_alt_mg=100)

# ===================================================================== topical
add("tp18_drteals_magnesium_spray_10_sprays_150mg", "en", "topical",
 "Modelled on a Dr Teal's magnesium product (US; the spray, its content line and amounts are set here and may not exist in this form): 'Magnesium Content: 10 sprays (approx. 1.3 mL) provide about 150 mg of elemental magnesium', a magnesium chloride solution; 'Spray 10-20 times' and the 8 fl oz size are not the value. Per the stated unit (10 sprays) 150 mg; topical -> no %, serving_count null.",
"""Dr Teal's®
Magnesium Body Spray
Pure Magnesium Chloride | For external use only | 8 fl oz (236 mL)
Magnesium Content: 10 sprays (approx. 1.3 mL) provide about 150 mg of elemental magnesium.
Ingredients: Water, magnesium chloride, lavender oil.
Directions: Spray 10-20 times onto arms, legs or shoulders and massage into the skin. May tingle on first use. Avoid eyes and broken skin. Keep out of reach of children.""",
 el=150, forms=["chloride"], dv=None, sc=None)

# ===================================================================== negatives (English)
add("ng18_naturesmeasure_manganese_gluconate_magnesium_stearate", "en", "negative",
 "Modelled on a Nature's Measure manganese tablet (US; the panel set here, may not match a current SKU): MANGANESE, a name close to magnesium, 'Manganese (as manganese gluconate) 10 mg 435%' (DV 2.3 mg), and magnesium only as 'magnesium stearate' -> no_magnesium. Servings Per Container 100 (printed).",
"""NATURE'S MEASURE
Manganese 10 mg
Dietary Supplement | 100 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 100
 | Amount Per Serving | % Daily Value
Manganese (as manganese gluconate) | 10 mg | 435%
Other Ingredients: Dicalcium phosphate, cellulose, vegetable stearic acid, magnesium stearate, silica.
Directions: For adults, take one (1) tablet daily with a meal.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=100)

add("ng18_raleys_calcium_carbonate_antacid_magnesium_stearate", "en", "negative",
 "Modelled on the usual calcium carbonate 750 mg chewable antacid (as remembered, no page consulted), under the Raley's store brand (may not exist in this form): a Drug Facts ANTACID whose only active is calcium carbonate ('each tablet contains: calcium 300 mg') and whose inactive ingredients name 'magnesium stearate' and talc -> no_magnesium. Drug Facts negative -> serving_count null.",
"""Raley's
Antacid Extra Strength | Calcium Carbonate 750 mg | Assorted Fruit | 96 Chewable Tablets
Drug Facts
Active ingredient (in each tablet) | Purpose
Calcium carbonate USP 750 mg | Antacid
Uses relieves • heartburn • sour stomach • acid indigestion • upset stomach associated with these symptoms
Warnings
Ask a doctor or pharmacist before use if you are presently taking a prescription drug. Antacids may interact with certain prescription drugs.
When using this product do not take more than 10 tablets in 24 hours. If pregnant, do not take more than 6 tablets in 24 hours. Do not use the maximum dosage for more than 2 weeks except under the advice and supervision of a doctor.
Keep out of reach of children.
Directions • adults and children 12 years of age and older: chew 2-4 tablets as symptoms occur, or as directed by a doctor
Other information • each tablet contains: calcium 300 mg • store below 30°C (86°F)
Inactive ingredients adipic acid, corn starch, dextrose, FD&C red no. 40 lake, flavors, magnesium stearate, sucrose, talc""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=None)
