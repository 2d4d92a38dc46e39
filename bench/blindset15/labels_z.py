# Label sources, part Z (blind set 15): US Supplement Facts panels (two columns per capsule / per serving, an all-capitals
# panel, seven salts wrapped over four lines, a gluconate with its compound weight in the title, a compound row whose element
# stands in a footnote, 'per 2' and 'per 4 tablets' columns, a 'from 1,515 mg' source clause, a gummy, an 'Mg' symbol, a
# whole-food complex, a calcium-first cal-mag-zinc, a store-brand oxide, compound + elemental columns, a malate with a malic
# acid row, an orotate), multivitamins, a powder, a Nutrition Facts drink, OTC Drug Facts, Canada / Australia / Ireland, an
# English topical and the English negatives. EU labels (and the Finnish and Slovenian negatives) are in labels_eu.py, which
# imports add/L from here.
# Same format as bench/blindset14/labels_p.py: table cells are separated by " | "; a line ending in " |" is a table row whose
# remaining cells are empty (used for names wrapped over lines). Keys starting with "_" are private to the checker
# (check_set.py) and are not written to expected.jsonl:
#   _dvb = the DV base the printed %DV was computed from (default 420 for en, 375 for EU languages; the Irish label sets 375,
#          the prenatal sets 400).
L = []
def add(id, lang, kind, note, text, status="ok", el=None, tol=2, forms=(), dv=None, sc=None, **extra):
    d = dict(id=id, lang=lang, kind=kind, source_note=note, status=status, elemental_mg=el,
             elemental_tol_pct=tol, forms=list(forms), percent_dv=dv, serving_count=sc, _text=text)
    d.update(extra); L.append(d)

# ===================================================================== US Supplement Facts
add("us15_emeraldlabs_buffered_glycinate_per_capsule_and_per_serving_columns", "en", "us_supplement",
 "Modelled on Emerald Labs magnesium glycinate capsules (US; panel, amounts and wording set here, as remembered, may not match a current SKU): TWO AMOUNT COLUMNS, 'Amount Per Capsule | Amount Per Serving', with one %DV column for the serving; a buffered chelate whose source wraps, 'Magnesium (as magnesium bisglycinate chelate / buffered with magnesium oxide) 100 mg 200 mg 48%' (200/420 = 47.6). The serving column is the value (200 mg), per capsule in elemental_alt_mg (100). Forms glycinate + oxide. 60 capsules / 2 = 30 (printed).",
"""EMERALD LABS
Magnesium Glycinate
Buffered Chelate | Dietary Supplement | 60 Vegetable Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 30
 | Amount Per Capsule | Amount Per Serving | % DV (per serving)
Magnesium (as magnesium bisglycinate chelate |
buffered with magnesium oxide) | 100 mg | 200 mg | 48%
Other Ingredients: Vegetable cellulose (capsule), rice flour, silica.
Suggested Use: Take 2 capsules daily with food, or as directed by your healthcare professional.
Vegan • Gluten Free • Non-GMO""",
 el=200, forms=["glycinate", "oxide"], dv=48, sc=30, elemental_alt_mg=100)

add("us15_nutrabio_glycinate_all_capitals_three_capsules_300", "en", "us_supplement",
 "Modelled on NutraBio Magnesium Glycinate capsules (US sports-nutrition brand; as remembered, the serving and amount set here and may not match a current SKU): the whole panel in CAPITALS with colons, 'SERVING SIZE: 3 CAPSULES', 'SERVINGS PER CONTAINER: 40', 'MAGNESIUM (AS MAGNESIUM BISGLYCINATE CHELATE) 300 MG 71%' (300/420 = 71.4). 120 capsules / 3 = 40 (printed).",
"""NUTRABIO
MAGNESIUM GLYCINATE
FULLY REACTED CHELATE | DIETARY SUPPLEMENT | 120 VEGETABLE CAPSULES
SUPPLEMENT FACTS
SERVING SIZE: 3 CAPSULES
SERVINGS PER CONTAINER: 40
 | AMOUNT PER SERVING | % DV
MAGNESIUM (AS MAGNESIUM BISGLYCINATE CHELATE) | 300 MG | 71%
OTHER INGREDIENTS: HYPROMELLOSE (VEGETABLE CAPSULE), RICE FLOUR.
DIRECTIONS: AS A DIETARY SUPPLEMENT, TAKE 3 CAPSULES DAILY, PREFERABLY IN THE EVENING.
WARNING: CONSULT A PHYSICIAN BEFORE USE IF YOU ARE PREGNANT, NURSING OR TAKING MEDICATION. KEEP OUT OF REACH OF CHILDREN.""",
 el=300, forms=["glycinate"], dv=71, sc=40)

add("us15_naturescraft_complex_seven_salts_wrapped_four_lines", "en", "us_supplement",
 "Modelled on Nature's Craft Magnesium Complex capsules (US; as remembered, the list of salts and the amount set here, may not match a current SKU): a source clause naming SEVEN salts wrapped over FOUR lines, the amount only on the last line, 'Magnesium (as magnesium citrate, magnesium / bisglycinate chelate, magnesium malate, magnesium / taurate, magnesium orotate, magnesium aspartate, / magnesium chloride) 400 mg 95%' (400/420 = 95.2). Forms citrate, glycinate, malate, taurate, orotate, aspartate, chloride. 120 capsules / 2 = 60 (printed).",
"""NATURE'S CRAFT
Magnesium Complex
7 Forms of Magnesium | Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium citrate, magnesium |
bisglycinate chelate, magnesium malate, magnesium |
taurate, magnesium orotate, magnesium aspartate, |
magnesium chloride) | 400 mg | 95%
Other Ingredients: Gelatin (capsule), rice flour, magnesium stearate.
Suggested Use: Adults take 2 capsules daily with a meal.""",
 el=400, forms=["citrate", "glycinate", "malate", "taurate", "orotate", "aspartate", "chloride"], dv=95, sc=60)

add("us15_magg_gluconate_500_title_27mg_per_tablet", "en", "us_supplement",
 "Modelled on Mag-G\u00ae magnesium gluconate 500 mg tablets (US; as remembered, the panel set here): the compound weight in the TITLE, 'Magnesium Gluconate 500 mg', and the element in the panel, 'Magnesium (as magnesium gluconate dihydrate) 27 mg 6%' (500 x 0.054 = 27.0; 27/420 = 6.4). Directions 'one to three times daily' do not redefine the 1-tablet serving. 100 tablets (printed).",
"""MAG-G®
Magnesium Gluconate 500 mg | Dietary Supplement | 100 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 100
 | Amount Per Tablet | % Daily Value
Magnesium (as magnesium gluconate dihydrate) | 27 mg | 6%
Other ingredients: Microcrystalline cellulose, croscarmellose sodium, stearic acid, hypromellose coating.
Directions: Adults take 1 tablet one to three times daily with meals, or as directed by a physician.""",
 el=27, forms=["gluconate"], dv=6, sc=100)

add("us15_toniiq_taurate_compound_row_elemental_in_footnote", "en", "us_supplement",
 "Modelled on Toniiq Magnesium Taurate capsules (US; as remembered, the panel set here and may not match a current SKU): the panel row is the COMPOUND, 'Magnesium Taurate\u2020 1,000 mg *', and the element stands only in a FOOTNOTE, '\u2020 Provides 89 mg of elemental magnesium (21% DV).' (1,000 x 0.089 = 89; 89/420 = 21.2). The 1,000 mg is never the elemental value. 120 capsules / 2 = 60 (printed).",
"""TONIIQ
Magnesium Taurate
1000 mg | Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Magnesium Taurate† | 1,000 mg | *
† Provides 89 mg of elemental magnesium (21% DV).
* Daily Value not established.
Other ingredients: Hypromellose (vegetable capsule), rice flour.
Suggested Use: Take 2 capsules daily, or as directed by a healthcare professional.""",
 el=89, forms=["taurate"], dv=21, sc=60)

add("us15_prothera_amino_acid_chelate_per_2_and_per_4_tablets", "en", "us_supplement",
 "Modelled on ProThera\u00ae magnesium chelate tablets (US practitioner brand; as remembered, the panel set here): the printed serving is 2 tablets and a SECOND amount column gives 4 tablets, 'Amount Per 2 Tablets | % DV | Amount Per 4 Tablets | % DV', 'Magnesium (as magnesium amino acid chelate) 200 mg 48% 400 mg 95%'. The serving column is the value (200 mg, 48 %); '2 tablets once or twice daily' does not redefine the serving. 180 tablets / 2 = 90 (printed).",
"""PROTHERA®
Magnesium Chelate
Dietary Supplement | 180 Tablets
Supplement Facts
Serving Size 2 Tablets
Servings Per Container 90
 | Amount Per 2 Tablets | % DV | Amount Per 4 Tablets | % DV
Magnesium (as magnesium amino acid chelate) | 200 mg | 48% | 400 mg | 95%
Other Ingredients: Microcrystalline cellulose, stearic acid, silica, vegetable coating.
Suggested Use: 2 tablets once or twice daily with meals, or as directed by your health care practitioner.""",
 el=200, forms=["amino_acid_chelate"], dv=48, sc=90)

add("us15_naturesplus_citrate_from_1515mg_source_clause", "en", "us_supplement",
 "Modelled on Nature's Plus\u00ae magnesium citrate capsules (US; as remembered, the panel set here and may not match a current SKU): the compound weight sits INSIDE the source clause with 'from', 'Magnesium (from 1,515 mg magnesium citrate) 250 mg 60%' (1,515 x 0.165 = 250; 250/420 = 59.5). The 1,515 mg is never the elemental value. 120 capsules / 2 = 60 (printed).",
"""NATURE'S PLUS®
Magnesium Citrate
Dietary Supplement | 120 Vcaps®
Supplement Facts
Serving Size 2 Vcaps®
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Magnesium (from 1,515 mg magnesium citrate) | 250 mg | 60%
Other Ingredients: Vegetable cellulose (capsule), silica.
Suggested Use: As a dietary supplement, take 2 Vcaps daily, at mealtimes.""",
 el=250, forms=["citrate"], dv=60, sc=60)

add("us15_sunergetic_citrate_gummies_two_children_take_one", "en", "us_supplement",
 "Modelled on Sunergetic magnesium citrate gummies (US; as remembered, the panel and amounts set here, may not match a current SKU): a gummy panel with a gram weight in the serving size, calorie, carbohydrate and added-sugar rows, 'Magnesium (as magnesium citrate) 100 mg 24%' (100/420 = 23.8). The directions give children 4+ ONE gummy; directions do not redefine the 2-gummy serving. 60 gummies / 2 = 30 (printed).",
"""SUNERGETIC
Magnesium Citrate Gummies
Natural Raspberry Flavor | Dietary Supplement | 60 Gummies
Supplement Facts
Serving Size 2 Gummies (6 g)
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Calories | 15 |
Total Carbohydrate | 4 g | 1%*
Total Sugars | 3 g | †
Includes 3 g Added Sugars | | 6%*
Magnesium (as magnesium citrate) | 100 mg | 24%
* Percent Daily Values are based on a 2,000 calorie diet.
† Daily Value not established.
Ingredients: Glucose syrup, cane sugar, water, pectin, magnesium citrate, citric acid, natural raspberry flavor, black carrot juice concentrate (color).
Directions: Adults chew 2 gummies daily. Children 4 years and older: chew 1 gummy daily under adult supervision.""",
 el=100, forms=["citrate"], dv=24, sc=30)

add("us15_persona_mg_symbol_lactate_84", "en", "us_supplement",
 "Modelled on a Persona Nutrition magnesium tablet (US personalised-pack brand; the product and panel are set here and may not match a current SKU): the nutrient written as the chemical SYMBOL, 'Mg (as magnesium L-lactate dihydrate) 84 mg 20%' (84/420 = 20.0). 30 tablets (printed).",
"""PERSONA®
Magnesium
Lactate | Dietary Supplement | 30 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 30
 | Amount Per Serving | % DV
Mg (as magnesium L-lactate dihydrate) | 84 mg | 20%
Other ingredients: Microcrystalline cellulose, hypromellose, stearic acid, silicon dioxide.
Directions: Take 1 tablet daily with a meal.""",
 el=84, forms=["lactate"], dv=20, sc=30)

add("us15_innateresponse_whole_food_complex_one_tablet_twice_daily", "en", "us_supplement",
 "Modelled on Innate Response Formulas\u00ae Magnesium tablets (US; as remembered, the amounts set here and may not match a current SKU): the magnesium row, 'Magnesium (as magnesium bisglycinate) 120 mg 29%' (120/420 = 28.6), followed by a food-complex row with its own weight ('100 mg', a trap); directions '1 tablet twice daily' for the 2-tablet serving. 90 tablets / 2 = 45 (printed).",
"""INNATE Response Formulas®
Magnesium
Whole Food Complex | Dietary Supplement | 90 Tablets
Supplement Facts
Serving Size 2 Tablets
Servings Per Container 45
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium bisglycinate) | 120 mg | 29%
Innate Whole Food Complex (organic brown rice, organic kale, organic broccoli) | 100 mg | †
† Daily Value not established.
Other Ingredients: Microcrystalline cellulose, vegetable stearic acid, silica.
Suggested Use: 1 tablet twice daily with food.""",
 el=120, forms=["glycinate"], dv=29, sc=45)

add("us15_smartsense_cal_mag_zinc_d3_three_caplets_calcium_first", "en", "us_supplement",
 "Modelled on smart sense\u2122 (Kmart store brand) Calcium Magnesium Zinc with D3 caplets (as remembered; the amounts set here, may not match a current SKU): a calcium-first panel, vitamin D3 '10 mcg (400 IU)', 'Calcium (as calcium carbonate) 1,000 mg 77%', then 'Magnesium (as magnesium oxide) 400 mg 95%' (400/420 = 95.2), zinc oxide (another mineral). 300 caplets / 3 = 100 (printed).",
"""smart sense™
Calcium Magnesium Zinc
with Vitamin D3 | Dietary Supplement | 300 Caplets
Supplement Facts
Serving Size 3 Caplets
Servings Per Container 100
 | Amount Per Serving | % Daily Value
Vitamin D3 (as cholecalciferol) | 10 mcg (400 IU) | 50%
Calcium (as calcium carbonate) | 1,000 mg | 77%
Magnesium (as magnesium oxide) | 400 mg | 95%
Zinc (as zinc oxide) | 15 mg | 136%
Other Ingredients: Microcrystalline cellulose, croscarmellose sodium, hypromellose, magnesium stearate, polyethylene glycol.
Directions: Adults take 3 caplets daily with food. Do not exceed the suggested use.""",
 el=400, forms=["oxide"], dv=95, sc=100)

add("us15_exchangeselect_oxide_500_amount_per_tablet", "en", "us_supplement",
 "Modelled on an Exchange Select (US military exchange store brand) magnesium 500 mg tablet (as remembered; panel set here): 'Amount Per Tablet', 'Magnesium (as magnesium oxide) 500 mg 119%' (500/420 = 119.0). 100 tablets (printed).",
"""EXCHANGE SELECT
Magnesium 500 mg
High Potency | Dietary Supplement | 100 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 100
 | Amount Per Tablet | % Daily Value
Magnesium (as magnesium oxide) | 500 mg | 119%
Other Ingredients: Microcrystalline cellulose, croscarmellose sodium, stearic acid, magnesium stearate, silica.
Directions: For adults, take one (1) tablet daily, preferably with a meal.
Distributed by: Army & Air Force Exchange Service, Dallas, TX 75236""",
 el=500, forms=["oxide"], dv=119, sc=100)

add("us15_puresynergy_glycinate_compound_and_elemental_columns", "en", "us_supplement",
 "Modelled on a Pure Synergy\u00ae magnesium glycinate capsule (US; the product and panel set here, may not match a current SKU): SEPARATE COLUMNS for the compound and the element, ' | Compound | Elemental Magnesium | % DV', 'Magnesium Bisglycinate 665 mg 94 mg 22%' (665 x 0.141 = 93.8; 94/420 = 22.4). The 665 mg column is never the value. 60 capsules / 2 = 30 (printed).",
"""PURE SYNERGY®
Magnesium Glycinate
Dietary Supplement | 60 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 30
 | Compound | Elemental Magnesium | % DV
Magnesium Bisglycinate | 665 mg | 94 mg | 22%
Other Ingredients: Pullulan (capsule), organic rice hull concentrate.
Suggested Use: Take 2 capsules daily, with or without food.""",
 el=94, forms=["glycinate"], dv=22, sc=30)

add("us15_zahler_malate_malic_acid_row_three_capsules", "en", "us_supplement",
 "Modelled on Zahler Magnesium Malate capsules (US; as remembered, the amounts set here and may not match a current SKU): 'Magnesium (as magnesium malate) 270 mg 64%' (270/420 = 64.3) followed by 'Malic Acid (as magnesium malate) 1,500 mg \u2020' (the acid part of the same salt, a trap). 180 capsules / 3 = 60 (printed).",
"""ZAHLER
Magnesium Malate
Dietary Supplement | Kosher | 180 Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium malate) | 270 mg | 64%
Malic Acid (as magnesium malate) | 1,500 mg | †
† Daily Value not established.
Other Ingredients: Vegetable cellulose (capsule), vegetable stearate.
Directions: Take 3 capsules daily with meals, or as directed by your physician.""",
 el=270, forms=["malate"], dv=64, sc=60)

add("us15_nutridyn_orotate_dihydrate_1000mg_in_source_66", "en", "us_supplement",
 "Modelled on a Nutri-Dyn\u00ae magnesium orotate capsule (US practitioner brand; the product and panel set here, may not match a current SKU): the title gives the compound per capsule, '500 mg per capsule', and the source clause the compound per serving, 'Magnesium (as magnesium orotate dihydrate 1,000 mg) 66 mg 16%' (1,000 x 0.066 = 66; 66/420 = 15.7). 120 capsules / 2 = 60 (printed).",
"""NUTRI-DYN®
Magnesium Orotate
500 mg per capsule | Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
 | Amount Per Serving | % DV
Magnesium (as magnesium orotate dihydrate 1,000 mg) | 66 mg | 16%
Other Ingredients: Gelatin (capsule), microcrystalline cellulose, magnesium stearate.
Suggested Use: 2 capsules daily, or as directed by your healthcare practitioner.""",
 el=66, forms=["orotate"], dv=16, sc=60)

# ===================================================================== multivitamins
add("mv15_geritol_complete_one_tablet_oxide_100", "en", "multivitamin",
 "Modelled on Geritol\u00ae Complete multivitamin/multimineral tablets (as remembered; amounts approximate, may not match a current formula): a 1-tablet multi with iron and B-vitamin rows, 'Magnesium (as magnesium oxide) 100 mg 24%' (100/420 = 23.8); zinc oxide and cupric oxide are other minerals. 40 tablets (printed).",
"""GERITOL®
Complete
Multivitamin & Multimineral Supplement | 40 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 40
 | Amount Per Tablet | % Daily Value
Vitamin A (as beta-carotene and vitamin A acetate) | 1,050 mcg | 117%
Vitamin C (as ascorbic acid) | 60 mg | 67%
Vitamin D (as cholecalciferol) | 10 mcg (400 IU) | 50%
Vitamin E (as dl-alpha tocopheryl acetate) | 13.5 mg | 90%
Thiamin (as thiamine mononitrate) | 1.5 mg | 125%
Riboflavin | 1.7 mg | 131%
Niacin (as niacinamide) | 20 mg | 125%
Vitamin B6 (as pyridoxine hydrochloride) | 2 mg | 118%
Folate | 680 mcg DFE (400 mcg folic acid) | 170%
Vitamin B12 (as cyanocobalamin) | 6 mcg | 250%
Calcium (as dicalcium phosphate) | 162 mg | 12%
Iron (as ferrous fumarate) | 18 mg | 100%
Magnesium (as magnesium oxide) | 100 mg | 24%
Zinc (as zinc oxide) | 15 mg | 136%
Copper (as cupric oxide) | 2 mg | 222%
Other ingredients: Microcrystalline cellulose, crospovidone, hypromellose, magnesium stearate, titanium dioxide, FD&C red no. 40 aluminum lake.
Directions: Adults, take 1 tablet daily with food.""",
 el=100, forms=["oxide"], dv=24, sc=40)

add("mv15_perelel_prenatal_pack_dv_pregnant_header_60", "en", "multivitamin",
 "Modelled on a Perelel prenatal daily pack (US; the pack composition and amounts are set here and may not match a current SKU): the %DV header names the population, '% Daily Value for Pregnant and Lactating Women', so the DV base is 400 (magnesium.md section 4); 'Magnesium (as magnesium bisglycinate chelate) 60 mg 15%' (60/400 = 15.0; 420 would give 14). Serving 1 packet (4 capsules), 30 packets (printed).",
"""PERELEL
Prenatal Daily Pack
Trimester Support | Dietary Supplement | 30 Packets
Supplement Facts
Serving Size 1 Packet (4 Capsules)
Servings Per Container 30
 | Amount Per Serving | % Daily Value for Pregnant and Lactating Women
Vitamin D (as cholecalciferol) | 25 mcg | 167%
Vitamin B6 (as pyridoxal 5'-phosphate) | 2 mg | 100%
Folate (as L-5-methyltetrahydrofolate calcium) | 1,000 mcg DFE | 167%
Vitamin B12 (as methylcobalamin) | 8 mcg | 286%
Choline (as choline bitartrate) | 150 mg | 27%
Iron (as ferrous bisglycinate chelate) | 18 mg | 67%
Iodine (as potassium iodide) | 150 mcg | 52%
Magnesium (as magnesium bisglycinate chelate) | 60 mg | 15%
Omega-3 DHA (from algal oil) | 300 mg | †
† Daily Value not established.
Other Ingredients: Hypromellose, algal oil, sunflower lecithin, rice hull concentrate.
Directions: Take 1 packet daily with food.""",
 el=60, forms=["glycinate"], dv=15, sc=30, _dvb=400)

add("mv15_rexall_womens_one_daily_panel_continued_on_side_panel", "en", "multivitamin",
 "Modelled on a Rexall Women's One Daily multivitamin (US drugstore brand; as remembered, amounts approximate, may not match a current formula): the Supplement Facts panel is SPLIT ACROSS TWO PANELS, the vitamins under 'Supplement Facts' and the minerals under 'Supplement Facts (continued from side panel)' with a repeated header; 'Magnesium (as magnesium oxide) 50 mg 12%' (50/420 = 11.9) in the second part. 100 tablets (printed).",
"""REXALL
Women's One Daily
Multivitamin / Multimineral Supplement | 100 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 100
 | Amount Per Tablet | % DV
Vitamin A (as retinyl acetate and beta-carotene) | 750 mcg | 83%
Vitamin C (as ascorbic acid) | 60 mg | 67%
Vitamin D3 (as cholecalciferol) | 25 mcg (1,000 IU) | 125%
Vitamin E (as dl-alpha tocopheryl acetate) | 15 mg | 100%
Vitamin B6 (as pyridoxine hydrochloride) | 2 mg | 118%
Folate | 680 mcg DFE (400 mcg folic acid) | 170%
Vitamin B12 (as cyanocobalamin) | 6 mcg | 250%
Continued on side panel
Supplement Facts (continued from side panel)
 | Amount Per Tablet | % DV
Calcium (as calcium carbonate) | 300 mg | 23%
Iron (as ferrous fumarate) | 18 mg | 100%
Magnesium (as magnesium oxide) | 50 mg | 12%
Zinc (as zinc oxide) | 8 mg | 73%
Selenium (as sodium selenate) | 55 mcg | 100%
Other Ingredients: Microcrystalline cellulose, croscarmellose sodium, hypromellose, stearic acid, magnesium stearate, titanium dioxide.
Directions: Adult women take 1 tablet daily with food.""",
 el=50, forms=["oxide"], dv=12, sc=100)

# ===================================================================== powder and drink
add("pw15_ketologic_electrolyte_powder_one_scoop_about_40", "en", "powder",
 "Modelled on a KetoLogic\u00ae electrolyte drink powder (US; as remembered, composition and amounts set here, may not match a current SKU): a Supplement Facts powder per '1 Scoop (5.6 g)', 'Servings Per Container About 40', with sodium and potassium rows and 'Magnesium (as magnesium citrate, magnesium glycinate) 200 mg 48%' (200/420 = 47.6). The directions allow 'up to 3 scoops per day'; directions do not redefine the serving. serving_count 40 from 'About 40'.",
"""KetoLogic®
Keto Electrolytes
Drink Mix | Raspberry Lemonade | Dietary Supplement | Net Wt 7.9 oz (224 g)
Supplement Facts
Serving Size 1 Scoop (5.6 g)
Servings Per Container About 40
 | Amount Per Serving | % Daily Value
Calories | 5 |
Total Carbohydrate | 1 g | <1%*
Magnesium (as magnesium citrate, magnesium glycinate) | 200 mg | 48%
Sodium (as sodium chloride) | 500 mg | 22%
Potassium (as potassium citrate) | 400 mg | 9%
* Percent Daily Values are based on a 2,000 calorie diet.
Other Ingredients: Citric acid, natural flavors, malic acid, stevia leaf extract, beet juice powder (color).
Directions: Mix 1 scoop with 12-16 fl oz of water. Use up to 3 scoops per day during exercise or fasting.""",
 el=200, forms=["citrate", "glycinate"], dv=48, sc=40)

add("lq15_premierprotein_shake_nutrition_facts_100mg_nf_round_25", "en", "liquid",
 "Modelled on a Premier Protein\u00ae ready-to-drink shake, chocolate, 11 fl oz (as remembered; amounts approximate, may not match a current SKU): a NUTRITION FACTS panel, '1 serving per container', 'Magnesium 100mg 25%' in the food rounding steps of magnesium.md section 4 (100/420 = 23.8 -> 25 in steps of 5). The added salt is 'magnesium phosphate' in the ingredient list (calcium and potassium salts are other minerals). serving_count 1 (printed).",
"""Premier Protein®
High Protein Shake
Chocolate | 30g Protein | 11 FL OZ (325 mL)
Nutrition Facts
1 serving per container
Serving size | 1 Bottle (325mL)
Calories | 160 |
 | | % Daily Value*
Total Fat | 3g | 4%
Saturated Fat | 1g | 5%
Trans Fat | 0g |
Cholesterol | 20mg | 7%
Sodium | 370mg | 16%
Total Carbohydrate | 5g | 2%
Dietary Fiber | 3g | 11%
Total Sugars | 1g |
Includes 0g Added Sugars | | 0%
Protein | 30g | 60%
Vitamin D | 5mcg | 25%
Calcium | 500mg | 40%
Iron | 2.7mg | 15%
Potassium | 500mg | 10%
Vitamin C | 18mg | 20%
Magnesium | 100mg | 25%
Zinc | 2.8mg | 25%
*The % Daily Value (DV) tells you how much a nutrient in a serving of food contributes to a daily diet. 2,000 calories a day is used for general nutrition advice.
Ingredients: Water, Milk Protein Concentrate, Calcium Caseinate, Cocoa Processed with Alkali, Magnesium Phosphate, Potassium Citrate, Soluble Corn Fiber, Natural and Artificial Flavor, Sodium Ascorbate, Zinc Gluconate, Sucralose, Acesulfame Potassium, Vitamin D3.
Keep refrigerated after opening. Shake well.""",
 el=100, forms=["phosphate"], dv=25, sc=1)

# ===================================================================== Drug Facts
add("df15_foodlion_citrate_cherry_in_each_fl_oz_magnesium_290", "en", "drug_facts",
 "Modelled on Food Lion Magnesium Citrate Oral Solution, cherry, 10 fl oz (store brand; as remembered, warnings shortened, may not match a current SKU): the unit in the active header, 'Active ingredient (in each fl oz) | Purpose', 'Magnesium citrate 1.745 g', and in 'Other information' a statement with POTASSIUM FIRST, 'each fl oz contains: potassium 20 mg, magnesium 290 mg' (1,745 x 0.162 = 282.7; the stated 290 is used, within 3 %; magnesium.md section 1 notes one label states 290). Per fl oz 290 mg; bottle doses are not the unit. Drug Facts -> serving_count null.",
"""FOOD LION
Magnesium Citrate Oral Solution | Saline Laxative | Cherry Flavor | 10 FL OZ (296 mL)
Drug Facts
Active ingredient (in each fl oz) | Purpose
Magnesium citrate 1.745 g | Saline laxative
Uses • for relief of occasional constipation (irregularity) • this product generally produces bowel movement in 1/2 to 6 hours
Warnings
Ask a doctor before use if you have • kidney disease • a magnesium-restricted diet • stomach pain, nausea or vomiting • a sudden change in bowel habits that persists over a period of 2 weeks
Ask a doctor or pharmacist before use if you are taking a prescription drug. This product may interact with certain prescription drugs.
Stop use and ask a doctor if • you have rectal bleeding or no bowel movement after using this product. These could be signs of a serious condition. • you need to use a laxative for more than 1 week
Keep out of reach of children. In case of overdose, get medical help or contact a Poison Control Center right away.
Directions • shake well before using • drink a full glass (8 oz) of liquid with each dose • may be taken as a single daily dose or in divided doses
adults and children 12 years and over | 1/2 to 1 bottle (5 to 10 fl oz) maximum in 24 hours
children 6 to under 12 years | 1/3 to 1/2 bottle maximum in 24 hours
children under 6 years | ask a doctor
Other information • each fl oz contains: potassium 20 mg, magnesium 290 mg • store at 46-86°F (8-30°C) • refrigerate after opening; discard unused portion after 24 hours
Inactive ingredients citric acid, FD&C red no. 40, flavor, potassium bicarbonate, purified water, sodium saccharin
Distributed by Food Lion, LLC, Salisbury, NC 28147""",
 el=290, forms=["citrate"], dv=None, sc=None)

add("df15_careone_mom_concentrated_800mg_per_5ml_teaspoonful_computed", "en", "drug_facts",
 "Modelled on CareOne\u2122 Milk of Magnesia Concentrated (store brand; as remembered, no magnesium statement printed on the copy set here): 'Active ingredient (in each 5 mL teaspoonful) Magnesium hydroxide 800 mg' with doses in mL and teaspoonfuls ('10 mL to 20 mL (2 to 4 teaspoonfuls)'). No stated magnesium -> computed per 5 mL: 800 x 0.417 = 333.6 mg, tol 3 (single fraction). Drug Facts -> serving_count null.",
"""CareOne™
Milk of Magnesia Concentrated | Saline Laxative | Original | 8 FL OZ (236 mL)
Drug Facts
Active ingredient (in each 5 mL teaspoonful) | Purpose
Magnesium hydroxide 800 mg | Saline laxative
Uses relieves occasional constipation (irregularity). This product generally produces bowel movement in 1/2 to 6 hours.
Warnings
Ask a doctor before use if you have • kidney disease • a magnesium-restricted diet • stomach pain, nausea, or vomiting • noticed a sudden change in bowel habits that lasts over 2 weeks
Ask a doctor or pharmacist before use if you are taking a prescription drug. This product may interact with certain prescription drugs.
Stop use and ask a doctor if • you have rectal bleeding or fail to have a bowel movement after use of a laxative • you need to use a laxative for more than 1 week
Keep out of reach of children.
Directions • shake well before use • dose may be taken once a day preferably at bedtime, in divided doses, or as directed by a doctor • mL = milliliter; tsp = teaspoonful • follow each dose with 8 oz of liquid
adults and children 12 years and older | 10 mL to 20 mL (2 to 4 teaspoonfuls)
children 6 to 11 years | 5 mL to 10 mL (1 to 2 teaspoonfuls)
children under 6 years | ask a doctor
Other information • store at 20-25°C (68-77°F) • do not freeze
Inactive ingredients carboxymethylcellulose sodium, flavor, glycerin, purified water, sodium hypochlorite, sorbitol, xanthan gum""",
 el=333.6, tol=3, forms=["hydroxide"], dv=None, sc=None)

add("df15_equaline_dual_action_complete_calcium_320_magnesium_70", "en", "drug_facts",
 "Modelled on equaline\u00ae (Albertsons store brand) Dual Action Complete chewable tablets, the famotidine / calcium carbonate / magnesium hydroxide combination (as remembered; warnings shortened): THREE actives with two purposes, 'Magnesium hydroxide 165 mg | Antacid', and in 'Other information' 'each tablet contains: calcium 320 mg; magnesium 70 mg' with CALCIUM FIRST (165 x 0.417 = 68.8; the stated 70 is used). Per tablet 70 mg; famotidine and calcium are not Mg; '2 chewable tablets in 24 hours' is not the unit. Drug Facts -> serving_count null.",
"""equaline®
Dual Action Complete | Famotidine 10 mg, Calcium Carbonate 800 mg, Magnesium Hydroxide 165 mg | Acid Reducer + Antacid | Berry Flavor | 25 Chewable Tablets
Drug Facts
Active ingredients (in each chewable tablet) | Purposes
Famotidine 10 mg | Acid reducer
Calcium carbonate 800 mg | Antacid
Magnesium hydroxide 165 mg | Antacid
Use relieves heartburn associated with acid indigestion and sour stomach
Warnings
Allergy alert: Do not use if you are allergic to famotidine or other acid reducers
Do not use • if you have trouble or pain swallowing food, vomiting with blood, or bloody or black stools • with other famotidine products or other acid reducers
Ask a doctor before use if you have • kidney disease • had heartburn over 3 months • frequent chest pain
Keep out of reach of children.
Directions • adults and children 12 years and over: do not swallow tablet whole: chew completely • to relieve symptoms, chew 1 tablet before swallowing • do not use more than 2 chewable tablets in 24 hours • children under 12 years: ask a doctor
Other information • each tablet contains: calcium 320 mg; magnesium 70 mg • read the directions and warnings before use • store at 20-25°C (68-77°F)
Inactive ingredients cellulose acetate, corn starch, dextrates, flavor, hypromellose, magnesium stearate, microcrystalline cellulose, sucralose
Distributed by Better Living Brands LLC, Pleasanton, CA 94588""",
 el=70, forms=["hydroxide"], dv=None, sc=None)

add("df15_swan_epsom_heptahydrate_100pct_each_level_teaspoon_495", "en", "drug_facts",
 "Modelled on Swan\u00ae Epsom Salt (Vi-Jon; as remembered, no DailyMed copy consulted, warnings shortened): the active as a PERCENTAGE, 'Magnesium sulfate (heptahydrate) USP 100%', doses in LEVEL TEASPOONS by age, and 'each level teaspoon contains: magnesium 495 mg' in Other information (magnesium.md section 1 cites that label statement; 5.0 g x 0.0986 = 493). Per level teaspoon 495 mg (stated); '2 to 4 level teaspoons', the 4 lb pack and the soak directions are not the unit. Drug Facts -> serving_count null.",
"""SWAN®
Epsom Salt | Magnesium Sulfate USP | Saline Laxative | Soaking Aid | NET WT 4 LB (1.81 kg)
Drug Facts
Active ingredient | Purpose
Magnesium sulfate (heptahydrate) USP 100% | Saline laxative
Uses • for relief of occasional constipation • as a soaking aid for minor sprains and bruises
Warnings
For oral use as a laxative: Ask a doctor before use if you have • kidney disease • a magnesium-restricted diet • abdominal pain, nausea or vomiting • a sudden change in bowel habits that lasts over 2 weeks
Stop use and ask a doctor if you have rectal bleeding or no bowel movement after use.
For external use as a soak: do not use on open wounds. Keep out of reach of children.
Directions Laxative: dissolve the dose in 8 ounces of water and drink. Do not take more than 2 doses in a day.
adults and children 12 years and over | 2 to 4 level teaspoons
children 6 to under 12 years | 1 to 2 level teaspoons
children under 6 years | ask a doctor
Soaking aid: dissolve 2 cups of Epsom salt per gallon of warm water.
Other information • each level teaspoon contains: magnesium 495 mg • store at room temperature
Distributed by Vi-Jon, St. Louis, MO 63114""",
 el=495, forms=["sulfate"], dv=None, sc=None)

add("df15_healthmart_mom_chewable_311mg_each_tablet_magnesium_130", "en", "drug_facts",
 "Modelled on Health Mart\u2122 Milk of Magnesia chewable tablets, mint (store brand; as remembered, warnings shortened): 'Active ingredient (in each tablet) Magnesium hydroxide 311 mg', doses of 6 to 8 tablets, and 'each tablet contains: magnesium 130 mg' in Other information (311 x 0.417 = 129.7). Per tablet 130 mg (stated); the 311 mg compound and the 6-8 tablet dose are not the value. Drug Facts -> serving_count null.",
"""health mart™
Milk of Magnesia | Chewable Tablets | Saline Laxative | Mint | 100 Tablets
Drug Facts
Active ingredient (in each tablet) | Purpose
Magnesium hydroxide 311 mg | Saline laxative
Uses relieves occasional constipation (irregularity). This product generally produces bowel movement in 1/2 to 6 hours.
Warnings
Ask a doctor before use if you have • kidney disease • a magnesium-restricted diet • stomach pain, nausea or vomiting
Stop use and ask a doctor if you have rectal bleeding or no bowel movement after use. You may have a serious condition.
Keep out of reach of children.
Directions • chew tablets thoroughly before swallowing • drink a full glass (8 oz) of liquid with each dose
adults and children 12 years and older | chew 6 to 8 tablets
children 6 to 11 years | chew 3 to 4 tablets
children 3 to 5 years | chew 1 to 2 tablets
children under 3 years | ask a doctor
Other information • each tablet contains: magnesium 130 mg • store at 20-25°C (68-77°F)
Inactive ingredients dextrose, flavor, magnesium stearate, sucrose, corn starch""",
 el=130, forms=["hydroxide"], dv=None, sc=None)

# ===================================================================== Canada / Australia / Ireland
add("ca15_platinumnaturals_bisglycinate_bilingual_same_line_150", "en", "intl",
 "Modelled on a Platinum Naturals magnesium bisglycinate capsule (Canada; the product and panel set here, may not match a current SKU; NPN a placeholder): a Canadian NHP label with English and French IN THE SAME LINES ('Medicinal Ingredients / Ingr\u00e9dients m\u00e9dicinaux', 'Each capsule contains / Chaque capsule contient'), 'Magnesium (Magnesium bisglycinate) / Magn\u00e9sium (bisglycinate de magn\u00e9sium) 150 mg'. Dose '1-2 capsules per day' -> per capsule 150 mg, no %DV, serving_count null (Canadian per-unit convention); language en (English first in every line).",
"""PLATINUM NATURALS
Magnesium Bisglycinate / Bisglycinate de magnésium
Gentle on the Stomach / Doux pour l'estomac | 90 Capsules | NPN 80000000
Medicinal Ingredients / Ingrédients médicinaux: Each capsule contains / Chaque capsule contient:
Magnesium (Magnesium bisglycinate) / Magnésium (bisglycinate de magnésium) | 150 mg
Non-Medicinal Ingredients / Ingrédients non médicinaux: Hypromellose, microcrystalline cellulose / cellulose microcristalline.
Recommended Dose / Dose recommandée: Adults / Adultes: 1-2 capsules per day / par jour, with food / avec de la nourriture.
Recommended Use / Usage recommandé: Helps to maintain proper muscle function. / Aide à maintenir une fonction musculaire normale.""",
 el=150, forms=["glycinate"], dv=None, sc=None)

add("au15_wagner_two_equiv_lines_no_total_summed_250", "en", "intl",
 "Modelled on a Wagner (ALDI Australia) magnesium tablet (the composition set here, may not match a current SKU; AUST L a placeholder): an 'Each tablet contains:' list with TWO compound lines each followed by an 'equiv. magnesium' line and NO printed total, 'Magnesium amino acid chelate 1 g / equiv. magnesium 100 mg', 'Magnesium oxide - heavy 250 mg / equiv. magnesium 150 mg' (250 x 0.603 = 150.8). The value is the sum, 100 + 150 = 250 mg per tablet; 'Magnesium 1000' in the title is the chelate weight. Australian per-unit convention: no %, serving_count null; 'twice daily' does not change the unit.",
"""Wagner
Magnesium 1000
Muscle Cramp Support | 100 Tablets | AUST L 000000
Each tablet contains:
Magnesium amino acid chelate | 1 g
equiv. magnesium | 100 mg
Magnesium oxide - heavy | 250 mg
equiv. magnesium | 150 mg
Colecalciferol (Vitamin D3 200 IU) | 5 microgram
Pyridoxine hydrochloride (Vitamin B6) | 25 mg
Directions: Adults – take 1 tablet twice daily with food, or as directed by your healthcare professional.
Always read the label and follow the directions for use. Vitamin supplements should not replace a balanced diet. Contains sulfites.
Distributed by ALDI Stores, Minchinbury NSW 2770.""",
 el=250, forms=["amino_acid_chelate", "oxide"], dv=None, sc=None)

add("ie15_reviveactive_each_sachet_provides_magnesium_100_27pct", "en", "intl",
 "Modelled on Revive Active (Ireland) effervescent nutrient sachets (as remembered; composition re-set here and shortened, may not match the current formula): an Irish food-supplement panel headed by a sentence, 'Each sachet (7.5 g) provides: | | %NRV*', a 1,000 mg vitamin C row (trap) and 'Magnesium 100 mg 27%' (100/375 = 26.7); magnesium citrate in the ingredient list; zinc citrate is another mineral. One sachet a day from 30: serving_count 30 (IMPLIED_SC).",
"""Revive Active
Zest Active
Food Supplement | 30 Sachets × 7.5 g | Made in Ireland
Each sachet (7.5 g) provides: | | %NRV*
Vitamin C | 1,000 mg | 1,250%
Vitamin B6 | 10 mg | 714%
Vitamin B12 | 100 µg | 4,000%
Folic Acid | 400 µg | 200%
Magnesium | 100 mg | 27%
Zinc | 10 mg | 100%
Coenzyme Q10 | 50 mg | **
*NRV = Nutrient Reference Value. **No NRV established.
Ingredients: Acid (Citric Acid), Maltodextrin, L-Arginine, Magnesium Citrate, Ascorbic Acid, Natural Orange Flavouring, Coenzyme Q10, Zinc Citrate, Sweetener (Sucralose), Pyridoxine Hydrochloride, Folic Acid, Cyanocobalamin.
Directions: Dissolve the contents of one sachet in 250 ml of water once daily. Do not exceed the recommended daily intake. Food supplements should not be used as a substitute for a varied diet and a healthy lifestyle.""",
 el=100, forms=["citrate"], dv=27, sc=30, _dvb=375)

# ===================================================================== topical
add("tp15_activationproducts_ease_spray_per_spray_22", "en", "topical",
 "Modelled on Activation Products EASE Magnesium topical spray (as remembered; the content line set here): 'Magnesium Content: each spray (approx. 0.14 mL) delivers approx. 22 mg of elemental magnesium', ingredients 'magnesium chloride hexahydrate, purified water'. Per the stated unit (1 spray) 22 mg; the '10-20 sprays' of the directions and the 118 mL bottle are not the value. Topical -> no %, serving_count null.",
"""Activation Products
EASE Magnesium
Topical Magnesium Chloride Spray | For external use only | 118 mL (4 fl oz)
Magnesium Content: each spray (approx. 0.14 mL) delivers approx. 22 mg of elemental magnesium.
Ingredients: Magnesium chloride hexahydrate, purified water.
Directions: Spray 10-20 times onto clean skin (arms, legs, torso) and rub in. May tingle; the tingle fades with regular use. Avoid the eyes, mucous membranes and broken skin.
Keep out of reach of children. Store at room temperature.""",
 el=22, forms=["chloride"], dv=None, sc=None)

# ===================================================================== negatives (English)
add("neg15_boiron_magnesia_phosphorica_30c_single_remedy_pellets", "en", "negative",
 "Modelled on Boiron\u00ae Magnesia phosphorica 30C single-remedy pellet tube (homeopathic OTC drug; as remembered): a Drug Facts panel whose only active is 'Magnesia phosphorica 30C HPUS' (a homeopathic dilution of magnesium phosphate, no amount) -> no_magnesium. A homeopathic Drug Facts label -> serving_count null.",
"""BOIRON®
Magnesia phosphorica 30C | Homeopathic Medicine | Muscle Cramps* | Approx. 80 Pellets
Drug Facts
Active ingredient** | Purpose*
Magnesia phosphorica 30C HPUS | Muscle cramps and spasms
**C, K, CK, X are homeopathic dilutions. The letters HPUS indicate that the component is officially monographed in the Homeopathic Pharmacopoeia of the United States.
Uses* temporarily relieves muscle cramps and spasms
Warnings Stop use and ask a doctor if symptoms persist for more than 3 days or worsen. If pregnant or breast-feeding, ask a health professional before use. Keep out of reach of children.
Directions Adults and children 2 years of age and older: dissolve 5 pellets in the mouth 3 times a day until symptoms are relieved or as directed by a doctor.
Inactive ingredients lactose, sucrose
*Claims based on traditional homeopathic practice, not accepted medical evidence. Not FDA evaluated.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=None)

add("neg15_dialyvite_renal_vitamin_contains_no_magnesium_claim", "en", "negative",
 "Modelled on Dialyvite\u00ae 800 renal vitamin tablets (Hillestad; as remembered, the claim line set here and may not match a current SKU): a B-complex / C panel for dialysis patients whose only magnesium is in a FREE-FROM claim, 'Contains no vitamin A, magnesium, phosphorus or potassium' -> no_magnesium. Servings Per Container 100 (printed).",
"""DIALYVITE® 800
Renal Multivitamin | Dietary Supplement | 100 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 100
 | Amount Per Tablet | % Daily Value
Vitamin C (as ascorbic acid) | 100 mg | 111%
Thiamin (as thiamine mononitrate) | 1.5 mg | 125%
Riboflavin | 1.7 mg | 131%
Niacin (as niacinamide) | 20 mg | 125%
Vitamin B6 (as pyridoxine hydrochloride) | 10 mg | 588%
Folate | 1,360 mcg DFE (800 mcg folic acid) | 340%
Vitamin B12 (as cyanocobalamin) | 6 mcg | 250%
Biotin | 300 mcg | 1,000%
Pantothenic Acid (as d-calcium pantothenate) | 10 mg | 200%
Other Ingredients: Microcrystalline cellulose, croscarmellose sodium, stearic acid, hypromellose.
Contains no vitamin A, magnesium, phosphorus or potassium.
Directions: Take 1 tablet daily, after dialysis on dialysis days, or as directed by your physician.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=100)

add("neg15_claritin_loratadine_24hr_magnesium_stearate_only", "en", "negative",
 "Modelled on Claritin\u00ae 24 Hour allergy tablets (loratadine 10 mg; as remembered, warnings shortened): an antihistamine Drug Facts panel whose only magnesium is 'magnesium stearate' among the inactive ingredients -> no_magnesium. Drug Facts negative -> serving_count null.",
"""Claritin®
24 Hour Non-Drowsy Allergy | Loratadine Tablets 10 mg | Antihistamine | 30 Tablets
Drug Facts
Active ingredient (in each tablet) | Purpose
Loratadine 10 mg | Antihistamine
Uses temporarily relieves these symptoms due to hay fever or other upper respiratory allergies: • runny nose • sneezing • itchy, watery eyes • itching of the nose or throat
Warnings
Do not use if you have ever had an allergic reaction to this product or any of its ingredients.
Ask a doctor before use if you have liver or kidney disease. Your doctor should determine if you need a different dose.
When using this product do not take more than directed. Taking more than directed may cause drowsiness.
Keep out of reach of children. In case of overdose, get medical help or contact a Poison Control Center right away.
Directions adults and children 6 years and over | 1 tablet daily; not more than 1 tablet in 24 hours
children under 6 years of age | ask a doctor
Other information • store between 20° to 25°C (68° to 77°F) • protect from excessive moisture
Inactive ingredients corn starch, lactose monohydrate, magnesium stearate""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=None)
