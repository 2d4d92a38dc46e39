# Label sources, part US (blind set 20): US Supplement Facts panels, multivitamins, a Supplement Facts powder, a liquid
# supplement, OTC Drug Facts, Australia / Canada / UK, an English topical and the three English negatives. The EU labels and the
# German and Polish negatives are in labels_eu.py, which imports add/L from here.
# Same format as bench/blindset19/labels_us.py: table cells are separated by " | "; a line ending in " |" is a table row whose
# remaining cells are empty. Keys starting with "_" are private to the checker (check_set.py) and are not written to
# expected.jsonl:
#   _dvb = the DV base the printed %DV was computed from (default 420 for en, 375 for EU languages; the UK label sets 375, the
#          prenatal 400).
L = []
def add(id, lang, kind, note, text, status="ok", el=None, tol=2, forms=(), dv=None, sc=None, **extra):
    d = dict(id=id, lang=lang, kind=kind, source_note=note, status=status, elemental_mg=el,
             elemental_tol_pct=tol, forms=list(forms), percent_dv=dv, serving_count=sc, _text=text)
    d.update(extra); L.append(d)

# ===================================================================== US Supplement Facts
add("us20_bulletproof_five_salt_as_list_with_and_300", "en", "us_supplement",
 "Modelled on a Bulletproof magnesium capsule (US; the panel and amounts are set here and may not match a current SKU): ONE ROW naming FIVE SALTS in a comma list closed by 'and', 'Magnesium (as magnesium bisglycinate, magnesium taurate, magnesium malate, magnesium citrate and magnesium orotate) | 300 mg | 71%' (300/420 = 71.4). Forms glycinate, taurate, malate, citrate, orotate. 60 capsules / 2 = 30 (printed).",
"""BULLETPROOF
Magnesium | 5 Forms
Dietary Supplement | 60 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium bisglycinate, magnesium taurate, magnesium malate, magnesium citrate and magnesium orotate) | 300 mg | 71%
Other Ingredients: Hypromellose (capsule), rice bran, silica.
Suggested Use: Take 2 capsules daily with food.""",
 el=300, forms=["glycinate", "taurate", "malate", "citrate", "orotate"], dv=71, sc=30)

add("us20_innovixlabs_from_2_g_magtein_threonate_144", "en", "us_supplement",
 "Modelled on an InnovixLabs magnesium L-threonate capsule (US; the panel set here, may not match a current SKU): the compound weight IN GRAMS inside the source parentheses, 'Magnesium (from 2 g Magtein\u00ae magnesium L-threonate) | 144 mg | 34%' (2,000 x 0.072 = 144; 144/420 = 34.3). '2 g' is the compound, not the value. 90 capsules / 3 = 30 (printed).",
"""INNOVIXLABS
Magnesium L-Threonate
Magtein® | Dietary Supplement | 90 Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium (from 2 g Magtein® magnesium L-threonate) | 144 mg | 34%
Other Ingredients: Hypromellose (vegetable capsule).
Suggested Use: Take 3 capsules daily, 1 in the afternoon and 2 in the evening.""",
 el=144, forms=["threonate"], dv=34, sc=30)

add("us20_enzymatictherapy_front_gluconate_500_row_27", "en", "us_supplement",
 "Modelled on an Enzymatic Therapy magnesium tablet (US; the gluconate product and panel are set here and may not exist in this form): the FRONT OF PACK names the COMPOUND WEIGHT, 'Magnesium Gluconate 500 mg', while the panel row gives the element, 'Magnesium (as magnesium gluconate dihydrate) | 27 mg | 6%' (500 x 0.054 = 27.0; 27/420 = 6.4). 500 mg is the compound. 100 tablets, 1 per serving, 100 servings (printed); directions 'up to 3 times daily' do not redefine the serving.",
"""ENZYMATIC THERAPY®
Magnesium Gluconate 500 mg
Dietary Supplement | 100 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 100
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium gluconate dihydrate) | 27 mg | 6%
Other Ingredients: Cellulose, stearic acid, silica, croscarmellose sodium.
Suggested Use: Take 1 tablet up to 3 times daily with meals.""",
 el=27, forms=["gluconate"], dv=6, sc=100)

add("us20_nutriissance_linear_display_aspartate_200", "en", "us_supplement",
 "Modelled on a Nutriissance magnesium capsule (US; the aspartate product and panel are set here and may not exist in this form): a LINEAR (run-in) Supplement Facts display as used on small packages, no table: 'Supplement Facts Serving Size 2 Capsules; Servings Per Container 60; Amount Per Serving: Magnesium (as magnesium aspartate) 200 mg (48% DV).' (200/420 = 47.6). 60 (printed).",
"""NUTRIISSANCE
Magnesium Aspartate
Dietary Supplement | 120 Capsules
Supplement Facts Serving Size 2 Capsules; Servings Per Container 60; Amount Per Serving: Magnesium (as magnesium aspartate) 200 mg (48% DV).
Other Ingredients: Gelatin (capsule), rice flour.
Suggested Use: Take 2 capsules daily with water.""",
 el=200, forms=["aspartate"], dv=48, sc=60)

add("us20_nuzena_taurate_with_taurine_row_from_same_salt_125", "en", "us_supplement",
 "Modelled on a Nuzena magnesium taurate capsule (US; the product and panel set here, may not exist in this form): 'Magnesium (as magnesium taurate) | 125 mg | 30%' (125/420 = 29.8) and a second row from the SAME SALT, 'Taurine (from magnesium taurate) | 1,275 mg | \u2020'. The taurine figure is not the value. 120 capsules / 2 = 60 (printed).",
"""NUZENA
Magnesium Taurate
Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium taurate) | 125 mg | 30%
Taurine (from magnesium taurate) | 1,275 mg | †
† Daily Value not established.
Other Ingredients: Hypromellose (capsule), microcrystalline cellulose.
Suggested Use: Take 2 capsules daily.""",
 el=125, forms=["taurate"], dv=30, sc=60)

add("us20_youngevity_per_serving_and_per_day_columns_oxide_citrate_125", "en", "us_supplement",
 "Modelled on a Youngevity magnesium capsule (US; the product and panel set here, may not exist in this form): a DUAL DECLARATION, ' | Per Serving (1 Capsule) | % DV | Per Day (2 Capsules) | % DV', 'Magnesium (as magnesium oxide and magnesium citrate) | 125 mg | 30% | 250 mg | 60%' (125/420 = 29.8; 250/420 = 59.5). The serving is 1 capsule: the value is the per-serving column (125 mg, 30%), per day in elemental_alt_mg (250). 90 capsules, 90 servings (printed).",
"""YOUNGEVITY®
Magnesium Plus
Dietary Supplement | 90 Capsules
Supplement Facts
Serving Size 1 Capsule
Servings Per Container 90
 | Per Serving (1 Capsule) | % DV | Per Day (2 Capsules) | % DV
Magnesium (as magnesium oxide and magnesium citrate) | 125 mg | 30% | 250 mg | 60%
Other Ingredients: Gelatin (capsule), rice flour, magnesium stearate.
Suggested Use: Take 1 capsule twice daily with meals.""",
 el=125, forms=["oxide", "citrate"], dv=30, sc=90, elemental_alt_mg=250)

add("us20_vitalplan_malate_with_malic_acid_row_150", "en", "us_supplement",
 "Modelled on a Vital Plan magnesium malate capsule (US; the product and panel set here, may not exist in this form): 'Magnesium (as magnesium malate) | 150 mg | 36%' (150/420 = 35.7) and a second row from the SAME SALT, 'Malic Acid (from magnesium malate) | 825 mg | \u2020'. The malic acid figure is not the value. 90 capsules / 3 = 30 (printed).",
"""VITAL PLAN
Magnesium Malate
Dietary Supplement | 90 Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium malate) | 150 mg | 36%
Malic Acid (from magnesium malate) | 825 mg | †
† Daily Value not established.
Other Ingredients: Hypromellose (capsule), rice flour.
Suggested Use: Take 3 capsules daily, with or without food.""",
 el=150, forms=["malate"], dv=36, sc=30)

add("us20_premierresearch_no_space_unit_4_capsules_chloride_120", "en", "us_supplement",
 "Modelled on a Premier Research Labs magnesium product (US; the chloride capsule and panel are set here and may not exist in this form): NO SPACE between number and unit, 'Magnesium (as magnesium chloride) | 120mg | 29%' (120/420 = 28.6), 'Serving Size: 4 Capsules', 'Servings Per Container: 30' with colons. 120 capsules / 4 = 30 (printed).",
"""PREMIER RESEARCH LABS
Premier Magnesium
Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size: 4 Capsules
Servings Per Container: 30
 | Amount Per Serving | %Daily Value
Magnesium (as magnesium chloride) | 120mg | 29%
Other Ingredients: Vegetable capsule (pullulan), cultured rice.
Suggested Use: Take 4 capsules daily, divided between meals.""",
 el=120, forms=["chloride"], dv=29, sc=30)

add("us20_isagenix_buffered_glycinate_oxide_not_named_200", "en", "us_supplement",
 "Modelled on an Isagenix magnesium capsule (US; the product and panel set here, may not exist in this form): 'Magnesium (as buffered magnesium bisglycinate chelate) | 200 mg | 48%' (200/420 = 47.6). The buffer is NOT NAMED, so the only form is glycinate (the set convention: oxide only if the label names it). 120 capsules / 2 = 60 (printed).",
"""ISAGENIX®
Magnesium Bisglycinate | Buffered
Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Magnesium (as buffered magnesium bisglycinate chelate) | 200 mg | 48%
Other Ingredients: Hypromellose (capsule), microcrystalline cellulose.
Suggested Use: Take 2 capsules daily with a meal.""",
 el=200, forms=["glycinate"], dv=48, sc=60)

add("us20_vitanica_amino_acid_chelate_double_dagger_trademark_100", "en", "us_supplement",
 "Modelled on a Vitanica magnesium tablet (US; the product and panel set here, may not exist in this form): a chelate without a defined salt, 'Magnesium (as magnesium amino acid chelate\u2021) | 100 mg | 24%' (100/420 = 23.8), the '\u2021' opening a TRADEMARK footnote, not a source. Form amino_acid_chelate. 90 tablets, 90 servings (printed).",
"""VITANICA®
Magnesium Chelate
Dietary Supplement | 90 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 90
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium amino acid chelate‡) | 100 mg | 24%
‡ Albion® Minerals. Albion is a registered trademark of Balchem Corporation.
Other Ingredients: Cellulose, vegetable stearic acid, silica.
Suggested Use: Take 1 tablet daily with food.""",
 el=100, forms=["amino_acid_chelate"], dv=24, sc=90)

add("us20_cellcore_unit_in_own_cell_carbonate_250", "en", "us_supplement",
 "Modelled on a CellCore magnesium capsule (US; the carbonate product and panel are set here and may not exist in this form): the UNIT IN ITS OWN CELL, ' | Amount | Unit | % Daily Value', 'Magnesium (as magnesium carbonate) | 250 | mg | 60%' (250/420 = 59.5). 120 capsules / 2 = 60 (printed).",
"""CELLCORE
Magnesium Carbonate
Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
 | Amount | Unit | % Daily Value
Magnesium (as magnesium carbonate) | 250 | mg | 60%
Other Ingredients: Hypromellose (capsule).
Suggested Use: Take 2 capsules daily, or as directed by your healthcare practitioner.""",
 el=250, forms=["carbonate"], dv=60, sc=60)

add("us20_objectivenutrients_orotate_row_then_providing_magnesium_33", "en", "us_supplement",
 "Modelled on an Objective Nutrients magnesium orotate capsule (US; the product and panel set here, may not exist in this form): the COMPOUND ROW FIRST, 'Magnesium Orotate | 500 mg | \u2020', then the element on a 'providing' row, 'providing Magnesium | 33 mg | 8%' (500 x 0.066 = 33.0; 33/420 = 7.9). 500 mg is the compound. 60 capsules, 60 servings (printed).",
"""OBJECTIVE NUTRIENTS
Magnesium Orotate 500 mg
Dietary Supplement | 60 Capsules
Supplement Facts
Serving Size 1 Capsule
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Magnesium Orotate | 500 mg | †
providing Magnesium | 33 mg | 8%
† Daily Value not established.
Other Ingredients: Hypromellose (capsule), rice flour.
Suggested Use: Take 1 capsule daily.""",
 el=33, forms=["orotate"], dv=8, sc=60)

add("us20_arrae_glycinate_and_citrate_with_herb_rows_150", "en", "us_supplement",
 "Modelled on Arrae Calm (US; the panel and amounts are set here and may not match the current label): 'Magnesium (as magnesium bisglycinate and magnesium citrate) | 150 mg | 36%' (150/420 = 35.7) above ashwagandha and L-theanine rows with '\u2020'. Forms glycinate, citrate. 60 capsules / 2 = 30 (printed).",
"""ARRAE
Calm
Magnesium + Ashwagandha | Dietary Supplement | 60 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium bisglycinate and magnesium citrate) | 150 mg | 36%
Ashwagandha root extract (KSM-66®) | 300 mg | †
L-Theanine | 100 mg | †
† Daily Value not established.
Other Ingredients: Pullulan (capsule).
Suggested Use: Take 2 capsules in the evening.""",
 el=150, forms=["glycinate", "citrate"], dv=36, sc=30)

add("us20_purehealthresearch_all_caps_panel_citrate_400", "en", "us_supplement",
 "Modelled on a Pure Health Research magnesium citrate capsule (US; the product and panel set here, may not exist in this form): the WHOLE PANEL IN CAPITALS, 'SUPPLEMENT FACTS', 'SERVING SIZE 4 CAPSULES', 'MAGNESIUM (AS MAGNESIUM CITRATE) | 400 MG | 95%' (400/420 = 95.2). The front's 'MAGNESIUM CITRATE 400' is the same elemental figure. 120 capsules / 4 = 30 (printed).",
"""PURE HEALTH RESEARCH
MAGNESIUM CITRATE 400
DIETARY SUPPLEMENT | 120 CAPSULES
SUPPLEMENT FACTS
SERVING SIZE 4 CAPSULES
SERVINGS PER CONTAINER 30
 | AMOUNT PER SERVING | % DAILY VALUE
MAGNESIUM (AS MAGNESIUM CITRATE) | 400 MG | 95%
OTHER INGREDIENTS: HYPROMELLOSE (CAPSULE), RICE FLOUR.
SUGGESTED USE: TAKE 4 CAPSULES DAILY WITH WATER.""",
 el=400, forms=["citrate"], dv=95, sc=30)

add("us20_naturessecret_amount_per_3_tablets_lactate_dihydrate_252", "en", "us_supplement",
 "Modelled on a Nature's Secret magnesium tablet (US; the lactate product and panel are set here and may not exist in this form): header 'Amount Per 3 Tablets', 'Magnesium (as magnesium L-lactate dihydrate) | 252 mg | 60%' (252/420 = 60.0); directions '1 tablet three times daily' do not redefine the serving. 90 tablets / 3 = 30 (printed).",
"""NATURE'S SECRET®
Magnesium Lactate
Slow Release | Dietary Supplement | 90 Tablets
Supplement Facts
Serving Size 3 Tablets
Servings Per Container 30
 | Amount Per 3 Tablets | %DV*
Magnesium (as magnesium L-lactate dihydrate) | 252 mg | 60%
* Percent Daily Values are based on a 2,000 calorie diet.
Other Ingredients: Hypromellose, microcrystalline cellulose, vegetable stearic acid.
Suggested Use: Take 1 tablet three times daily with meals.""",
 el=252, forms=["lactate"], dv=60, sc=30)

# ===================================================================== multivitamins
add("mv20_theralogix_prenatal_pregnant_lactating_oxide_50_13pct", "en", "multivitamin",
 "Modelled on a Theralogix TheraNatal prenatal (US; the panel is set here and shortened, may not match a current SKU): the %DV header names PREGNANT AND LACTATING WOMEN, so DV base 400: 'Magnesium (as magnesium oxide) | 50 mg | 13%' (50/400 = 12.5 -> 13; on 420 it would be 12). Ferrous fumarate, zinc citrate, potassium iodide are not magnesium forms. 90 tablets, 90 servings (printed).",
"""THERALOGIX
TheraNatal® Core Prenatal
Dietary Supplement | 90 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 90
 | Amount Per Serving | % Daily Value for Pregnant and Lactating Women
Folate | 1,000 mcg DFE (600 mcg folic acid) | 167%
Iron (as ferrous fumarate) | 27 mg | 100%
Iodine (as potassium iodide) | 150 mcg | 52%
Magnesium (as magnesium oxide) | 50 mg | 13%
Zinc (as zinc citrate) | 11 mg | 85%
Other Ingredients: Microcrystalline cellulose, croscarmellose sodium, hypromellose, magnesium stearate.
Suggested Use: Take 1 tablet daily with food.""",
 el=50, forms=["oxide"], dv=13, sc=90, _dvb=400)

add("mv20_lilcritters_gummy_multi_2_gummies_citrate_10", "en", "multivitamin",
 "Modelled on a L'il Critters gummy multivitamin (US; the magnesium row and panel are set here and may not match a current SKU): sugar rows first, then a tiny 'Magnesium (as magnesium citrate) | 10 mg | 2%' (10/420 = 2.4) among vitamin rows; 'Serving Size 2 Gummies', 190 gummies / 2 = 95 (printed).",
"""L'IL CRITTERS®
Gummy Vites Complete Multivitamin
Dietary Supplement | 190 Gummies
Supplement Facts
Serving Size 2 Gummies
Servings Per Container 95
 | Amount Per Serving | % Daily Value
Calories | 15 |
Total Carbohydrate | 4 g | 1%*
Total Sugars | 3 g |
Includes 3 g Added Sugars | | 6%*
Vitamin C (as ascorbic acid) | 30 mg | 33%
Vitamin D3 (as cholecalciferol) | 10 mcg (400 IU) | 50%
Magnesium (as magnesium citrate) | 10 mg | 2%
Zinc (as zinc citrate) | 2 mg | 18%
* Percent Daily Values are based on a 2,000 calorie diet.
Other Ingredients: Glucose syrup, sugar, water, gelatin, citric acid, natural flavors, colors (from vegetable juice).
Suggested Use: Children 4 years and older: chew 2 gummies daily.""",
 el=10, forms=["citrate"], dv=2, sc=95)

add("mv20_foreverliving_multi_magnesium_beside_manganese_molybdenum_100", "en", "multivitamin",
 "Modelled on a Forever Living daily multivitamin (US; the panel is set here and shortened, may not match a current SKU): 'Magnesium (as magnesium oxide) | 100 mg | 24%' (100/420 = 23.8) beside the LOOK-ALIKE rows 'Manganese (as manganese gluconate) | 2 mg | 87%' and 'Molybdenum (as sodium molybdate) | 45 mcg | 100%'. Form oxide only (manganese gluconate is not magnesium). 60 tablets / 2 = 30 (printed).",
"""FOREVER LIVING
Forever Daily Multivitamin
Dietary Supplement | 60 Tablets
Supplement Facts
Serving Size 2 Tablets
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Vitamin C (as ascorbic acid) | 90 mg | 100%
Calcium (as calcium carbonate) | 200 mg | 15%
Magnesium (as magnesium oxide) | 100 mg | 24%
Manganese (as manganese gluconate) | 2 mg | 87%
Molybdenum (as sodium molybdate) | 45 mcg | 100%
Other Ingredients: Microcrystalline cellulose, croscarmellose sodium, silica.
Suggested Use: Take 2 tablets daily with a meal.""",
 el=100, forms=["oxide"], dv=24, sc=30)

# ===================================================================== powder / liquid
add("pw20_recess_mood_stick_threonate_and_citrate_200", "en", "powder",
 "Modelled on Recess Mood powder sticks (US; the panel and amounts are set here and may not match the current label): 'Serving Size 1 Stick (4 g)', header 'Amount Per Stick | % DV', calorie rows, 'Magnesium (as magnesium L-threonate and magnesium citrate) | 200 mg | 48%' (200/420 = 47.6) and 'L-Theanine | 100 mg | \u2020'. Forms threonate, citrate. 30 sticks, 30 servings (printed).",
"""RECESS
Mood Powder | Blood Orange
Dietary Supplement | 30 Stick Packs
Supplement Facts
Serving Size 1 Stick (4 g)
Servings Per Container 30
 | Amount Per Stick | % DV
Calories | 10 |
Total Carbohydrate | 2 g | 1%*
Magnesium (as magnesium L-threonate and magnesium citrate) | 200 mg | 48%
L-Theanine | 100 mg | †
* Percent Daily Values are based on a 2,000 calorie diet. † Daily Value not established.
Other Ingredients: Citric acid, natural flavors, stevia leaf extract, monk fruit extract.
Directions: Mix 1 stick with 8-12 oz of water.""",
 el=200, forms=["threonate", "citrate"], dv=48, sc=30)

add("lq20_tropicaloasis_2_teaspoons_citrate_gluconate_300", "en", "liquid",
 "Modelled on a Tropical Oasis liquid magnesium (US; the product and panel set here, may not exist in this form): 'Serving Size 2 Teaspoons (10 mL)', 'Servings Per Container 47' (473 mL / 10), 'Magnesium (as magnesium citrate and magnesium gluconate) | 300 mg | 71%' (300/420 = 71.4). Forms citrate, gluconate.",
"""TROPICAL OASIS
Liquid Magnesium
Natural Berry | Dietary Supplement | 16 fl oz (473 mL)
Supplement Facts
Serving Size 2 Teaspoons (10 mL)
Servings Per Container 47
 | Amount Per Serving | % Daily Value
Calories | 5 |
Magnesium (as magnesium citrate and magnesium gluconate) | 300 mg | 71%
Other Ingredients: Purified water, vegetable glycerin, citric acid, natural berry flavor, potassium sorbate.
Suggested Use: Shake well. Take 2 teaspoons daily, alone or mixed in juice. Refrigerate after opening.""",
 el=300, forms=["citrate", "gluconate"], dv=71, sc=47)

# ===================================================================== Drug Facts
add("df20_healthyaccents_citrate_of_magnesia_content_290_per_fl_oz", "en", "drug_facts",
 "Modelled on the magnesium citrate oral solution on DailyMed (Discount Drug Mart, https://dailymed.nlm.nih.gov/dailymed/fda/fdaDrugXsl.cfm?setid=f45d7caa-43e1-4d2e-9b1a-fc5afd5e7b2b&type=display: 'Magnesium citrate 1.745g per fl oz', 'magnesium content 290 mg per 1 fl oz (30 mL)', 'sodium content 45mg per 1 fl oz', dose 6.5 to 10 fl oz), re-set under the Healthy Accents (DZA Brands) store brand (may not exist in this form). A CONTENT line rather than 'contains:': the value is the STATED 290 mg per fl oz (1,745 x 0.162 = 282.7; kept as printed, within 3 %); the 10 fl oz bottle, the 6.5-10 fl oz dose and sodium 45 mg are not the value. Drug Facts -> serving_count null.",
"""HEALTHY ACCENTS
Citrate of Magnesia | Saline Laxative | Lemon | 10 FL OZ (296 mL)
Drug Facts
Active ingredient (in each fl oz) | Purpose
Magnesium citrate 1.745 g | Saline laxative
Use for relief of occasional constipation (irregularity). Generally produces bowel movement in 1/2 to 6 hours.
Warnings
Do not use if you are on a low salt diet
Ask a doctor before use if you have • kidney disease • a magnesium or sodium restricted diet • abdominal pain, nausea, or vomiting • noticed a sudden change in bowel habits that persists over a period of 2 weeks
Ask a doctor or pharmacist before use if you are taking any other drug. Take this product 2 or more hours before or after other drugs. Laxatives may affect how other drugs work.
Keep out of reach of children.
Directions • drink a full glass (8 ounces) of liquid with each dose • may be taken as a single daily dose or in divided doses
adults and children 12 years of age and over | 6.5 to 10 fl oz, maximum 10 fl oz in 24 hours
children 6 to under 12 years of age | 3 to 7 fl oz, maximum 7 fl oz in 24 hours
children 2 to under 6 years of age | 2 to 3 fl oz, maximum 3 fl oz in 24 hours
children under 2 years of age | ask a doctor
Other information • magnesium content 290 mg per 1 fl oz (30 mL) • sodium content 45 mg per 1 fl oz (30 mL) • discard unused product within 24 hours of opening bottle
Inactive ingredients citric acid, lemon oil, polyethylene glycol, purified water, sodium bicarbonate, sodium saccharin, sucrose""",
 el=290, forms=["citrate"], dv=None, sc=None)

add("df20_valurite_al_mg_hydroxide_simethicone_10ml_statement_165", "en", "drug_facts",
 "Modelled on the aluminum hydroxide / magnesium hydroxide / simethicone suspension on DailyMed (https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=a951fa64-7775-470e-e053-2995a90aefc4: 'Active ingredients (in each 10 mL dose) Aluminum hydroxide 400 mg (equivalent to dried gel, USP) Magnesium hydroxide 400 mg Simethicone 40 mg', 'each 10 mL dose contains: magnesium 165 mg, sodium 6 mg'; also the Walgreens copy https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=6b7b9de7-3da5-4d0e-9e45-5639018e0887, which states 175 mg, not used), re-set under the Valu-Rite store brand (may not exist in this form). THREE actives, magnesium second; the value is the STATED 165 mg per 10 mL (400 x 0.417 = 166.8). Aluminum 400 mg, simethicone 40 mg, sodium 6 mg and '120 mL (12 doses)' are not the value. Drug Facts -> serving_count null.",
"""VALU-RITE
Antacid & Anti-Gas | Maximum Strength | Aluminum Hydroxide, Magnesium Hydroxide, Simethicone Oral Suspension | Mint | 12 FL OZ (355 mL)
Drug Facts
Active ingredients (in each 10 mL dose) | Purposes
Aluminum hydroxide 400 mg (equivalent to dried gel, USP) | Antacid
Magnesium hydroxide 400 mg | Antacid
Simethicone 40 mg | Antigas
Uses relieves • heartburn • sour stomach • acid indigestion • the symptoms referred to as gas
Warnings
Ask a doctor before use if you have • kidney disease • a magnesium-restricted diet
Ask a doctor or pharmacist before use if you are taking a prescription drug. Antacids may interact with certain prescription drugs.
Stop use and ask a doctor if symptoms last more than 2 weeks
Keep out of reach of children.
Directions • shake well before use • adults and children 12 years of age and older: take 10 mL to 20 mL (1 to 2 doses) between meals as needed, at bedtime, or as directed by a doctor • do not exceed 120 mL (12 doses) in a 24 hour period or use the maximum dosage for more than 2 weeks • children under 12 years of age: ask a doctor
Other information • each 10 mL dose contains: magnesium 165 mg, sodium 6 mg • store at room temperature • keep tightly closed • protect from freezing
Inactive ingredients benzyl alcohol, butylparaben, flavor, hydroxyethylcellulose, propylparaben, purified water, saccharin sodium, sorbitol solution""",
 el=165, forms=["hydroxide"], dv=None, sc=None)

add("df20_bartell_chewable_mg_hydroxide_311_two_dose_tables_computed", "en", "drug_facts",
 "Modelled on the milk of magnesia chewable tablet (Phillips' chewable Drug Facts as shown on drugs.com, https://www.drugs.com/drp/phillips-chewable-tablets.html: 'Magnesium hydroxide 311 mg' per tablet, purposes 'Saline laxative/antacid', laxative 'chew 8 tablets' and antacid 'chew 2 to 4 tablets' side by side; no magnesium statement seen), re-set under the Bartell Drugs store brand (may not exist in this form). No magnesium statement printed, so COMPUTED per tablet: 311 x 0.417 = 129.7 mg, tol 5. The 8-tablet laxative dose is not the value. Drug Facts -> serving_count null.",
"""BARTELL DRUGS
Milk of Magnesia Chewable Tablets | Saline Laxative / Antacid | Mint | 100 Chewable Tablets
Drug Facts
Active ingredient (in each tablet) | Purposes
Magnesium hydroxide 311 mg | Saline laxative / antacid
Uses laxative • relieves occasional constipation (irregularity) • this product usually causes bowel movement in ½ to 6 hours
antacid relieves • heartburn • acid indigestion • sour stomach • upset stomach associated with these symptoms
Warnings
Ask a doctor before use if you have • kidney disease • stomach pain, nausea, or vomiting • a sudden change in bowel habits that lasts over 14 days
Ask a doctor or pharmacist before use if you are taking a prescription drug. Antacids may interact with certain prescription drugs.
When using this product as an antacid, it may have a laxative effect.
Keep out of reach of children.
Directions • do not exceed the maximum recommended daily dose in a 24 hour period
 | Laxative | Antacid
adults and children 12 years and older | chew 8 tablets | chew 2 to 4 tablets
children 6 to 11 years | chew 4 tablets | ask a doctor
children 3 to 5 years | chew 2 tablets | ask a doctor
Other information • store at room temperature
Inactive ingredients dextrose, flavor, magnesium stearate, sucrose""",
 el=129.7, tol=5, forms=["hydroxide"], dv=None, sc=None)

add("df20_pigglywiggly_calcium_carbonate_mg_hydroxide_chewable_computed", "en", "drug_facts",
 "Modelled on the calcium carbonate 550 mg / magnesium hydroxide 110 mg chewable antacid (the Rolaids regular-strength formula, as remembered; no page consulted for this exact label), re-set under the Piggly Wiggly store brand (may not exist in this form). TWO actives, CALCIUM FIRST; no magnesium statement is printed here, so COMPUTED per tablet: 110 x 0.417 = 45.9 mg, tol 5. Calcium carbonate 550 mg and '12 tablets in 24 hours' are not the value. Drug Facts -> serving_count null.",
"""PIGGLY WIGGLY
Antacid Chewable Tablets | Calcium Carbonate / Magnesium Hydroxide | Assorted Fruit | 150 Tablets
Drug Facts
Active ingredients (in each tablet) | Purpose
Calcium carbonate USP 550 mg | Antacid
Magnesium hydroxide USP 110 mg | Antacid
Uses relieves • heartburn • sour stomach • acid indigestion • upset stomach associated with these symptoms
Warnings
Ask a doctor before use if you have kidney disease
Ask a doctor or pharmacist before use if you are presently taking a prescription drug. Antacids may interact with certain prescription drugs.
When using this product • do not take more than 12 tablets in 24 hours • do not use the maximum dosage for more than 2 weeks
Keep out of reach of children.
Directions • chew 2-4 tablets as symptoms occur • repeat hourly if symptoms return, or as directed by a doctor
Other information • store at room temperature • keep the container tightly closed
Inactive ingredients corn starch, dextrose, flavors, magnesium stearate, pregelatinized starch, sucralose, colors""",
 el=45.9, tol=5, forms=["hydroxide"], dv=None, sc=None)

add("df20_medicineshoppe_mom_tablespoon_statement_501", "en", "drug_facts",
 "Modelled on the milk of magnesia Drug Facts of the Walgreens / Aaron Industries copy (https://www.drugs-library.com/drugs/milk-of-magnesia-original_27c473d0.html: 'Magnesium hydroxide 1200 mg', doses '2-4 tablespoons (30-60 mL)', 'each tablespoon contains: magnesium 501 mg', inactive 'purified water'; dose table also as on https://otclabels.com/lib/otc/otc-meds/milk-of-magnesia-33/), re-set under the Medicine Shoppe store brand (may not exist in this form). The active's unit is printed as '(in each tablespoon = 15 mL)'; the value is the STATED 501 mg per tablespoon (1,200 x 0.417 = 500.4). The 2-4 tablespoon dose is not the value. Drug Facts -> serving_count null.",
"""MEDICINE SHOPPE
Milk of Magnesia | Original | Saline Laxative | 26 FL OZ (769 mL)
Drug Facts
Active ingredient (in each tablespoon = 15 mL) | Purpose
Magnesium hydroxide 1200 mg | Saline laxative
Uses • relieves occasional constipation (irregularity) • generally produces bowel movement in 1/2 to 6 hours
Warnings
Ask a doctor before use if you have • kidney disease • a magnesium restricted diet • stomach pain, nausea or vomiting • a sudden change in bowel habits that lasts more than 2 weeks
Ask a doctor or pharmacist before use if you are presently taking a prescription drug. This product may interact with certain prescription drugs.
Keep this and all drugs out of the reach of children.
Directions • shake well before use • do not exceed the maximum recommended daily dose in a 24 hour period • follow each dosage with a full glass (8 oz) of fluid
adults and children 12 years and over | 2-4 tablespoons (30-60 mL)
children 6 years to 11 years | 1-2 tablespoons (15-30 mL)
children under 6 years | ask a doctor
Other information • do not freeze • each tablespoon contains: magnesium 501 mg • store at room temperature tightly closed
Inactive ingredients purified water""",
 el=501, forms=["hydroxide"], dv=None, sc=None)

# ===================================================================== Australia / Canada / UK
add("au20_bioglan_two_equiv_parts_and_printed_total_230", "en", "intl",
 "Modelled on a Bioglan magnesium tablet (Australia; the formula set here, may not match a current SKU; AUST L a placeholder): two compounds each with an 'equivalent to' figure AND a printed TOTAL, 'Magnesium glycinate 1.1 g (equivalent to magnesium 150 mg)', 'Magnesium citrate 500 mg (equivalent to magnesium 80 mg)', 'Total magnesium 230 mg' (1,100 x 0.10-0.141 = 110-155; 500 x 0.12-0.162 = 60-81). The value is the total, 230 mg per tablet (PARTS). No %, serving_count null (Australian convention).",
"""Bioglan
Magnesium 230
Muscle Relaxation | 60 Tablets | AUST L 000000
Each tablet contains:
Magnesium glycinate 1.1 g (equivalent to magnesium 150 mg)
Magnesium citrate 500 mg (equivalent to magnesium 80 mg)
Total magnesium 230 mg
Directions: Adults – take 1 tablet daily with food, or as directed by your healthcare professional.
Always read the label and follow the directions for use.""",
 el=230, forms=["glycinate", "citrate"], dv=None, sc=None)

add("ca20_progressive_dot_leaders_english_then_french_bisglycinate_100", "en", "intl",
 "Modelled on a Progressive magnesium capsule (Canada; the composition set here, may not match the current label; NPN a placeholder): DOT LEADERS between name and amount, 'Magnesium (magnesium bisglycinate) .......... 100 mg', the ENGLISH BLOCK then the FRENCH BLOCK on separate lines ('Magn\u00e9sium (bisglycinate de magn\u00e9sium) .......... 100 mg'); 'Recommended dose: 2 capsules daily'. Per the stated unit (capsule) 100 mg; no %DV, serving_count null (Canadian convention); language en.",
"""PROGRESSIVE®
Magnesium Bisglycinate
Supplement | 120 Vegetarian Capsules | NPN 80000000
Medicinal Ingredients: Each vegetarian capsule contains:
Magnesium (magnesium bisglycinate) .......... 100 mg
Non-Medicinal Ingredients: Hypromellose (capsule), microcrystalline cellulose.
Recommended dose: Adults: Take 2 capsules daily with food.
Ingrédients médicinaux : Chaque capsule végétarienne contient :
Magnésium (bisglycinate de magnésium) .......... 100 mg
Ingrédients non médicinaux : hypromellose (capsule), cellulose microcristalline.
Dose recommandée : Adultes : prendre 2 capsules par jour avec des aliments.""",
 el=100, forms=["glycinate"], dv=None, sc=None)

add("uk20_questvitamins_per_tablet_oxide_and_citrate_150", "en", "intl",
 "Modelled on a Quest Vitamins magnesium tablet (UK; the panel and amounts are set here and may not match a current SKU): 'Nutritional Information | Per Tablet | %NRV*', 'Magnesium (as magnesium oxide, citrate) | 150mg | 40%' (150/375 = 40). Forms oxide, citrate. 90 tablets, 1 a day: serving_count 90 (IMPLIED_SC).",
"""QUEST VITAMINS
Magnesium 150mg
Food Supplement | 90 Tablets
Nutritional Information | Per Tablet | %NRV*
Magnesium (as magnesium oxide, citrate) | 150mg | 40%
*NRV = Nutrient Reference Value
Ingredients: Magnesium oxide, magnesium citrate, bulking agent: microcrystalline cellulose; anti-caking agent: magnesium stearate.
Directions: Take one tablet daily with food. Do not exceed the recommended daily dose.""",
 el=150, forms=["oxide", "citrate"], dv=40, sc=90, _dvb=375)

# ===================================================================== topical
add("tp20_majesticpure_flakes_per_25g_scoop_3000", "en", "topical",
 "Modelled on Majestic Pure magnesium chloride flakes (US; the content line and amounts are set here and may not match the current label): 'Magnesium Content: 1 level scoop (25 g) provides approx. 3,000 mg of elemental magnesium' (25 g x 12.0 % = 3.0 g, hexahydrate); the 1.25 kg pack and the '2-4 scoops' bath dose are not the value. Per the stated unit (1 scoop) 3,000 mg; topical -> no %, serving_count null.",
"""MAJESTIC PURE
Magnesium Chloride Flakes
Bath Soak | For external use only | 2.75 lb (1.25 kg)
Magnesium Content: 1 level scoop (25 g) provides approx. 3,000 mg of elemental magnesium.
Ingredients: Magnesium chloride hexahydrate.
Directions: Bath: dissolve 2-4 scoops (50-100 g) in warm bath water and soak for 20 minutes. Foot soak: dissolve 1 scoop in a basin of warm water. Do not ingest. Avoid contact with eyes. Keep out of reach of children.""",
 el=3000, forms=["chloride"], dv=None, sc=None)

# ===================================================================== negatives (English)
add("ng20_sandhus_manganese_bisglycinate_no_magnesium_word", "en", "negative",
 "Modelled on a Sandhu's manganese capsule (US; the product and panel set here, may not exist in this form): a LOOK-ALIKE mineral with a magnesium-style source, 'Manganese (as manganese bisglycinate chelate) | 10 mg | 435%' (10/2.3); the label NEVER NAMES MAGNESIUM (not even an excipient) -> no_magnesium. 100 capsules, 100 servings (printed).",
"""SANDHU'S
Manganese Bisglycinate 10 mg
Dietary Supplement | 100 Capsules
Supplement Facts
Serving Size 1 Capsule
Servings Per Container 100
 | Amount Per Serving | % Daily Value
Manganese (as manganese bisglycinate chelate) | 10 mg | 435%
Other Ingredients: Hypromellose (capsule), rice flour.
Suggested Use: Take 1 capsule daily with food.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=100)

add("ng20_wonderbelly_calcium_carbonate_antacid_magnesium_stearate", "en", "negative",
 "Modelled on a Wonderbelly calcium carbonate antacid (US; the Drug Facts set here after the usual calcium carbonate antacid, e.g. the Sunmark/McKesson copy https://otclabels.com/lib/otc/otc-meds/calcium-antacid-1/ whose inactive list names magnesium stearate; may not match the current label): an ANTACID Drug Facts, the magnesium antacids' class, whose only active is calcium carbonate 750 mg; magnesium only as 'magnesium stearate' -> no_magnesium. Drug Facts negative -> serving_count null.",
"""WONDERBELLY
Antacid | Extra Strength | Calcium Carbonate 750 mg | Strawberry | 60 Chewable Tablets
Drug Facts
Active ingredient (in each tablet) | Purpose
Calcium carbonate USP 750 mg | Antacid
Uses relieves • heartburn • acid indigestion • sour stomach • upset stomach associated with these symptoms
Warnings
Ask a doctor or pharmacist before use if you are presently taking a prescription drug. Antacids may interact with certain prescription drugs.
When using this product • do not take more than 10 tablets in 24 hours • if pregnant do not take more than 6 tablets in 24 hours • do not use the maximum dosage for more than 2 weeks
Keep out of reach of children.
Directions • adults and children 12 years of age and over: chew 2-4 tablets as symptoms occur, or as directed by a doctor
Other information • each tablet contains: elemental calcium 300 mg • store at room temperature
Inactive ingredients dextrose, natural flavors, magnesium stearate, maltodextrin, beet juice (color)""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=None)

add("ng20_tesco_calcium_citrate_vitamin_d_magnesium_stearate", "en", "negative",
 "Modelled on a Tesco calcium + vitamin D tablet (UK; the panel set here, may not match a current SKU): ANOTHER MINERAL'S CITRATE, 'Calcium (as calcium citrate) | 800 mg | 100%' and vitamin D; magnesium only as the excipient 'magnesium stearate' -> no_magnesium. 60 tablets, 2 a day: serving_count 30.",
"""TESCO
Calcium Citrate + Vitamin D
Food Supplement | 60 Tablets
Nutrition Information | Per 2 Tablets | %NRV*
Calcium (as calcium citrate) | 800 mg | 100%
Vitamin D | 5 µg | 100%
*NRV = Nutrient Reference Value
Ingredients: Calcium citrate, bulking agent: microcrystalline cellulose; anti-caking agents: magnesium stearate, silicon dioxide; cholecalciferol.
Directions: Take two tablets daily with food. Do not exceed the recommended daily dose.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=30)
