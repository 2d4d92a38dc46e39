# Label sources, part US (blind set 23): US Supplement Facts panels, a children's powder, two Supplement Facts powders, a
# liquid supplement, multivitamins, OTC Drug Facts, UK / Australia / Canada and the three English negatives. The EU labels and
# the Finnish and German negatives are in labels_eu.py, which imports add/L from here.
# Same format as bench/blindset22/labels_us.py: table cells are separated by " | "; a line ending in " |" is a table row whose
# remaining cells are empty. Keys starting with "_" are private to the checker (check_set.py) and are not written to
# expected.jsonl:
#   _dvb = the DV base the printed %DV was computed from (default 420 for en, 375 for EU languages; the UK label sets 375,
#          the toddler label 80, the prenatal 400).
L = []
def add(id, lang, kind, note, text, status="ok", el=None, tol=2, forms=(), dv=None, sc=None, **extra):
    d = dict(id=id, lang=lang, kind=kind, source_note=note, status=status, elemental_mg=el,
             elemental_tol_pct=tol, forms=list(forms), percent_dv=dv, serving_count=sc, _text=text)
    d.update(extra); L.append(d)

# ===================================================================== US Supplement Facts
add("us23_organixx_seven_forms_name_wrapped_over_three_lines_300", "en", "us_supplement",
 "Modelled on an Organixx multi-form magnesium capsule (US; the product and panel are set here and may not match a current SKU): a source list of SEVEN salts WRAPPED OVER THREE LINES, 'Magnesium (as magnesium citrate, magnesium | / bisglycinate chelate, magnesium malate, magnesium taurate, | / magnesium L-threonate, magnesium orotate and magnesium oxide) | 300 mg | 71%' (300/420 = 71.4); the amount stands on the third line only. Forms citrate, glycinate, malate, taurate, threonate, orotate, oxide. 90 capsules / 3 = 30 (printed).",
"""ORGANIXX
Magnesium 7
7 Forms of Magnesium | Dietary Supplement | 90 Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium citrate, magnesium |
bisglycinate chelate, magnesium malate, magnesium taurate, |
magnesium L-threonate, magnesium orotate and magnesium oxide) | 300 mg | 71%
Other Ingredients: Hypromellose (capsule), rice flour.
Suggested Use: Take 3 capsules daily with food.""",
 el=300, forms=["citrate", "glycinate", "malate", "taurate", "threonate", "orotate", "oxide"], dv=71, sc=30)

add("us23_vitauthority_us_panel_dot_leaders_glycinate_200", "en", "us_supplement",
 "Modelled on a Vitauthority magnesium glycinate capsule (US; the product and panel are set here and may not exist in this form): a US panel WITHOUT COLUMNS, each nutrient on a DOT-LEADER line with the %DV in brackets, 'Magnesium (as magnesium bisglycinate chelate) .......... 200 mg (48% DV)' (200/420 = 47.6) and 'Vitamin B6 (as pyridoxal 5-phosphate) .......... 2 mg (118% DV)' (2/1.7 = 117.6). Form glycinate. 120 capsules / 2 = 60 (printed).",
"""VITAUTHORITY
Magnesium Glycinate + B6
Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
Amount Per Serving (% Daily Value)
Magnesium (as magnesium bisglycinate chelate) .......... 200 mg (48% DV)
Vitamin B6 (as pyridoxal 5-phosphate) .......... 2 mg (118% DV)
Other Ingredients: Hypromellose (capsule), microcrystalline cellulose.
Suggested Use: Take 2 capsules daily, preferably in the evening.""",
 el=200, forms=["glycinate"], dv=48, sc=60)

add("us23_hammer_electrolyte_capsule_side_rows_calcium_potassium_manganese_25", "en", "us_supplement",
 "Modelled on a Hammer Nutrition electrolyte capsule (US; the product name and amounts are set here and may not match a current label; the real product's name is not printed because it had a hit in earlier sets): one capsule with SIX OTHER ROWS around the magnesium row, 'Calcium (as calcium citrate) | 50 mg | 4%', 'Magnesium (as magnesium citrate) | 25 mg | 6%' (25/420 = 5.95), 'Potassium (as potassium chloride) | 25 mg | <1%' (the SAME FIGURE as magnesium), sodium, chloride and 'Manganese (as manganese gluconate) | 0.3 mg | 13%'. The directions allow 1 to 6 capsules per hour, which does not redefine the serving (1 capsule). Form citrate. 120 capsules, 120 servings (printed).",
"""HAMMER NUTRITION
Electrolyte Caps
Electrolyte Replenishment | Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size 1 Capsule
Servings Per Container 120
 | Amount Per Serving | % Daily Value
Calcium (as calcium citrate) | 50 mg | 4%
Magnesium (as magnesium citrate) | 25 mg | 6%
Potassium (as potassium chloride) | 25 mg | <1%
Sodium (as sodium chloride, sodium citrate) | 40 mg | 2%
Chloride (as sodium chloride, potassium chloride) | 60 mg | 3%
Manganese (as manganese gluconate) | 0.3 mg | 13%
Vitamin B6 (as pyridoxine hydrochloride) | 0.6 mg | 35%
Other Ingredients: Vegetable cellulose (capsule), L-tyrosine.
Suggested Use: Take 1 to 6 capsules per hour of exercise, depending on heat and effort.""",
 el=25, forms=["citrate"], dv=6, sc=120)

add("us23_puremicronutrients_two_source_rows_then_total_magnesium_row_250", "en", "us_supplement",
 "Modelled on a Pure Micronutrients magnesium capsule (US; the product and panel are set here and may not exist in this form): two SOURCE ROWS WITHOUT %DV first, 'Magnesium from magnesium bisglycinate | 150 mg |' and 'Magnesium from magnesium malate | 100 mg |', then a TOTAL ROW LAST, 'Total Magnesium | 250 mg | 60%' (250/420 = 59.5). The total is the value (the parts add up to it; they are not added to it). Forms glycinate, malate. 120 capsules / 2 = 60 (printed).",
"""PURE MICRONUTRIENTS
Magnesium Glycinate + Malate
Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Magnesium from magnesium bisglycinate | 150 mg |
Magnesium from magnesium malate | 100 mg |
Total Magnesium | 250 mg | 60%
Other Ingredients: Hypromellose (capsule), rice flour.
Suggested Use: Take 2 capsules daily with a meal.""",
 el=250, forms=["glycinate", "malate"], dv=60, sc=60)

add("us23_nusava_per_day_column_first_then_per_serving_200", "en", "us_supplement",
 "Modelled on a Nusava magnesium capsule (US; the product and panel are set here and may not exist in this form): TWO AMOUNT COLUMNS with the PER-DAY COLUMN FIRST, ' | Per Day (4 Capsules) | %DV | Per Serving (2 Capsules) | %DV', 'Magnesium (as magnesium citrate, magnesium bisglycinate) | 400 mg | 95% | 200 mg | 48%' (400/420 = 95.2; 200/420 = 47.6). 'Serving Size 2 Capsules': the value is the per-serving column (200 mg, 48%), per day in elemental_alt_mg (400). Forms citrate, glycinate. 120 capsules / 2 = 60 (printed).",
"""NUSAVA
Magnesium Complex
Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
 | Per Day (4 Capsules) | %DV | Per Serving (2 Capsules) | %DV
Magnesium (as magnesium citrate, magnesium bisglycinate) | 400 mg | 95% | 200 mg | 48%
Other Ingredients: Hypromellose (capsule), rice flour, silica.
Suggested Use: Take 2 capsules twice daily with meals.""",
 el=200, forms=["citrate", "glycinate"], dv=48, sc=60, elemental_alt_mg=400)

add("us23_herbtonics_section_mark_row_lysinate_glycinate_in_footnote_120", "en", "us_supplement",
 "Modelled on a Herbtonics chelated magnesium capsule (US; the product and panel are set here and may not exist in this form): the magnesium row carries a SECTION MARK and no source, 'Magnesium\u00a7 | 120 mg | 29%' (120/420 = 28.6); the footnote opened by the mark names the source, '\u00a7 From TRAACS\u00ae magnesium lysinate glycinate chelate.' Form glycinate (the lysinate part is not a separate form here). 90 capsules, 1 per serving: 90 (printed).",
"""HERBTONICS
Chelated Magnesium
Dietary Supplement | 90 Capsules
Supplement Facts
Serving Size 1 Capsule
Servings Per Container 90
 | Amount Per Serving | % Daily Value
Magnesium§ | 120 mg | 29%
§ From TRAACS® magnesium lysinate glycinate chelate.
Other Ingredients: Hypromellose (capsule), microcrystalline cellulose.
Suggested Use: Take 1 capsule daily with water.""",
 el=120, forms=["glycinate"], dv=29, sc=90)

add("us23_vegalife_glycinate_1000_row_then_elemental_magnesium_row_140", "en", "us_supplement",
 "Modelled on a Vegalife magnesium glycinate tablet (US; the product and panel are set here and may not exist in this form): the COMPOUND ROW FIRST, 'Magnesium Glycinate | 1,000 mg | **', then a bare 'Elemental Magnesium | 140 mg | 33%' (1,000 x 0.10-0.141 = 100-141; 140/420 = 33.3). 1,000 mg is the compound. Form glycinate. 120 tablets / 2 = 60 (printed).",
"""VEGALIFE
Magnesium Glycinate 1000 mg
Dietary Supplement | 120 Tablets
Supplement Facts
Serving Size 2 Tablets
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Magnesium Glycinate | 1,000 mg | **
Elemental Magnesium | 140 mg | 33%
** Daily Value not established.
Other Ingredients: Microcrystalline cellulose, croscarmellose sodium, vegetable stearic acid, silica.
Suggested Use: Take 2 tablets daily with food.""",
 el=140, forms=["glycinate"], dv=33, sc=60)

add("us23_plnt_magnesium_blend_oxide_aspartate_citrate_250", "en", "us_supplement",
 "Modelled on a PLNT magnesium tablet (US; the product and panel are set here and may not exist in this form): a NAMED BLEND inside the source, 'Magnesium (as magnesium blend: magnesium oxide, magnesium aspartate, magnesium citrate) | 250 mg | 60%' (250/420 = 59.5). Forms oxide, aspartate, citrate. 120 tablets / 2 = 60 (printed).",
"""PLNT
Magnesium Blend 250
Dietary Supplement | 120 Tablets
Supplement Facts
Serving Size 2 Tablets
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium blend: magnesium oxide, magnesium aspartate, magnesium citrate) | 250 mg | 60%
Other Ingredients: Microcrystalline cellulose, croscarmellose sodium, stearic acid, vegetable coating.
Suggested Use: Take 2 tablets daily with a meal.""",
 el=250, forms=["oxide", "aspartate", "citrate"], dv=60, sc=60)

add("us23_nutririse_front_malate_1_250_mg_row_180", "en", "us_supplement",
 "Modelled on a NutriRise magnesium malate capsule (US; the product and panel are set here and may not exist in this form): the FRONT prints the COMPOUND per serving, 'Magnesium Malate 1,250 mg', while the panel gives the element, 'Magnesium (as magnesium malate) | 180 mg | 43%' (1,250 x 0.116-0.155 = 145-194; 180/420 = 42.9). 1,250 mg is the compound. Form malate. 90 capsules / 3 = 30 (printed).",
"""NUTRIRISE
Magnesium Malate 1,250 mg
Dietary Supplement | 90 Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium malate) | 180 mg | 43%
Other Ingredients: Hypromellose (capsule), rice flour.
Suggested Use: Take 3 capsules daily with food.""",
 el=180, forms=["malate"], dv=43, sc=30)

add("us23_ancestral_from_1470mg_acetyl_taurate_100", "en", "us_supplement",
 "Modelled on an Ancestral Supplements capsule (US; the magnesium acetyl taurate product and panel are set here and may not exist in this form): the compound weight inside the source, 'Magnesium (from 1,470 mg magnesium acetyl taurate) | 100 mg | 24%' (1,470 x 0.068 = 100.0; 100/420 = 23.8). 1,470 mg is the compound. Form acetyl_taurate (not taurate). 60 capsules / 2 = 30 (printed).",
"""ANCESTRAL SUPPLEMENTS
Magnesium Acetyl Taurate
Dietary Supplement | 60 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium (from 1,470 mg magnesium acetyl taurate) | 100 mg | 24%
Other Ingredients: Bovine gelatin (capsule).
Suggested Use: Take 2 capsules daily, in the evening.""",
 el=100, forms=["acetyl_taurate"], dv=24, sc=30)

add("us23_wholesomewellness_front_gluconate_500_mg_per_tablet_row_54", "en", "us_supplement",
 "Modelled on a Wholesome Wellness magnesium gluconate tablet (US; the product and panel are set here and may not exist in this form): the FRONT prints the COMPOUND PER TABLET, 'Magnesium Gluconate 500 mg', over a TWO-tablet panel, 'Magnesium (as magnesium gluconate) | 54 mg | 13%' (2 x 500 = 1,000 mg x 0.054-0.059 = 54-59; 54/420 = 12.9). 500 mg is the compound. Form gluconate. 100 tablets / 2 = 50 (printed).",
"""WHOLESOME WELLNESS
Magnesium Gluconate 500 mg
Dietary Supplement | 100 Tablets
Supplement Facts
Serving Size 2 Tablets
Servings Per Container 50
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium gluconate) | 54 mg | 13%
Other Ingredients: Microcrystalline cellulose, stearic acid, croscarmellose sodium.
Suggested Use: Take 2 tablets daily with a meal.""",
 el=54, forms=["gluconate"], dv=13, sc=50)

add("us23_mavnutrition_source_in_its_own_column_bisglycinate_200", "en", "us_supplement",
 "Modelled on a Mav Nutrition magnesium capsule (US; the product and panel are set here and may not exist in this form): the SOURCE IN ITS OWN LAST COLUMN, ' | Amount Per Serving | % Daily Value | Source', 'Magnesium | 200 mg | 48% | Magnesium bisglycinate chelate' (200/420 = 47.6), beside 'Zinc | 10 mg | 91% | Zinc picolinate' and a B6 row. Form glycinate. 120 capsules / 2 = 60 (printed).",
"""MAV NUTRITION
Magnesium Glycinate + Zinc
Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
 | Amount Per Serving | % Daily Value | Source
Magnesium | 200 mg | 48% | Magnesium bisglycinate chelate
Zinc | 10 mg | 91% | Zinc picolinate
Vitamin B6 | 1.7 mg | 100% | Pyridoxine hydrochloride
Other Ingredients: Hypromellose (capsule), rice flour.
Suggested Use: Take 2 capsules daily with water.""",
 el=200, forms=["glycinate"], dv=48, sc=60)

add("us23_purelyinspired_cal_mag_zinc_amino_acid_chelate_calcium_1000_row_400", "en", "us_supplement",
 "Modelled on a Purely Inspired calcium-magnesium-zinc tablet (US; the product and panel are set here and may not exist in this form): CALCIUM FIRST with the larger figure, 'Calcium (as calcium carbonate, calcium citrate) | 1,000 mg | 77%', then 'Magnesium (as magnesium oxide, magnesium amino acid chelate) | 400 mg | 95%' (400/420 = 95.2) and 'Zinc (as zinc oxide) | 15 mg | 136%'. The calcium row and the zinc oxide are not magnesium. Forms oxide, amino_acid_chelate. 300 tablets / 3 = 100 (printed).",
"""PURELY INSPIRED
Calcium Magnesium Zinc + D3
Dietary Supplement | 300 Tablets
Supplement Facts
Serving Size 3 Tablets
Servings Per Container 100
 | Amount Per Serving | % Daily Value
Vitamin D3 (as cholecalciferol) | 20 mcg (800 IU) | 100%
Calcium (as calcium carbonate, calcium citrate) | 1,000 mg | 77%
Magnesium (as magnesium oxide, magnesium amino acid chelate) | 400 mg | 95%
Zinc (as zinc oxide) | 15 mg | 136%
Other Ingredients: Microcrystalline cellulose, croscarmellose sodium, hypromellose, stearic acid.
Suggested Use: Take 3 tablets daily with food, in divided doses.""",
 el=400, forms=["oxide", "amino_acid_chelate"], dv=95, sc=100)

add("us23_sundayscaries_magnolia_row_above_magnesium_glycinate_threonate_150", "en", "us_supplement",
 "Modelled on a Sunday Scaries calm capsule (US; the product and panel are set here and may not exist in this form): the LOOK-ALIKE row ABOVE the magnesium row, 'Magnolia officinalis Bark Extract (standardized to 90% honokiol and magnolol) | 200 mg | \u2020', then 'Magnesium (as magnesium bisglycinate chelate, magnesium L-threonate) | 150 mg | 36%' (150/420 = 35.7). The magnolia weight and its '90%' are not the value or the %DV. Forms glycinate, threonate. 60 capsules / 2 = 30 (printed).",
"""SUNDAY SCARIES
Chill Capsules
Dietary Supplement | 60 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnolia officinalis Bark Extract (standardized to 90% honokiol and magnolol) | 200 mg | †
Magnesium (as magnesium bisglycinate chelate, magnesium L-threonate) | 150 mg | 36%
L-Theanine | 100 mg | †
† Daily Value not established.
Other Ingredients: Hypromellose (capsule), rice flour.
Suggested Use: Take 2 capsules in the evening.""",
 el=150, forms=["glycinate", "threonate"], dv=36, sc=30)

add("us23_orgain_two_adjacent_magnesium_rows_summed_200", "en", "us_supplement",
 "Modelled on an Orgain sleep capsule (US; the product and panel are set here and may not exist in this form): TWO ADJACENT MAGNESIUM ROWS and no total, 'Magnesium (as magnesium bisglycinate chelate) | 120 mg | 29%' and 'Magnesium (as magnesium citrate) | 80 mg | 19%'. Value and %DV are the SUMS, 200 mg and 48% (200/420 = 47.6; 29 + 19 = 48). Forms glycinate, citrate. 60 capsules / 2 = 30 (printed).",
"""ORGAIN
Magnesium Sleep Support
Dietary Supplement | 60 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium bisglycinate chelate) | 120 mg | 29%
Magnesium (as magnesium citrate) | 80 mg | 19%
Melatonin | 1 mg | †
† Daily Value not established.
Other Ingredients: Hypromellose (capsule), rice flour.
Suggested Use: Take 2 capsules 30 minutes before bedtime.""",
 el=200, forms=["glycinate", "citrate"], dv=48, sc=30)

add("us23_ommushroom_lactate_with_reishi_1000_row_84", "en", "us_supplement",
 "Modelled on an Om Mushroom calm capsule (US; the magnesium lactate product and panel are set here and may not exist in this form): 'Magnesium (as magnesium L-lactate dihydrate) | 84 mg | 20%' (84/420 = 20.0) above a botanical row with a larger figure, 'Reishi (Ganoderma lucidum) Mushroom Fruiting Body | 1,000 mg | \u2020'. Form lactate. 60 capsules / 2 = 30 (printed).",
"""OM MUSHROOM
Calm Magnesium + Reishi
Dietary Supplement | 60 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium L-lactate dihydrate) | 84 mg | 20%
Reishi (Ganoderma lucidum) Mushroom Fruiting Body | 1,000 mg | †
† Daily Value not established.
Other Ingredients: Pullulan (capsule).
Suggested Use: Take 2 capsules daily with water.""",
 el=84, forms=["lactate"], dv=20, sc=30)

# ===================================================================== children's
add("ch23_culturelle_toddler_packet_dv_children_1_3_citrate_40", "en", "children",
 "Modelled on a Culturelle Kids packet (US; the magnesium powder and panel are set here and may not exist in this form): a TODDLER packet whose %DV header names CHILDREN 1-3 (DV base 80), ' | Amount Per Serving | % Daily Value for Children 1-3 Years of Age', 'Magnesium (as magnesium citrate) | 40 mg | 50%' (40/80 = 50) and 'Vitamin D3 (as cholecalciferol) | 10 mcg (400 IU) | 67%' (10/15). Form citrate. 30 packets, 30 servings (printed).",
"""CULTURELLE
Kids Calm Packets
Dietary Supplement | Ages 1-3 | 30 Single-Serve Packets
Supplement Facts
Serving Size 1 Packet (1.5 g)
Servings Per Container 30
 | Amount Per Serving | % Daily Value for Children 1-3 Years of Age
Vitamin D3 (as cholecalciferol) | 10 mcg (400 IU) | 67%
Magnesium (as magnesium citrate) | 40 mg | 50%
Other Ingredients: Maltodextrin, natural flavor.
Suggested Use: Children 1-3 years: mix 1 packet into cool food or drink once daily.""",
 el=40, forms=["citrate"], dv=50, sc=30, _dvb=80)

# ===================================================================== powders / liquid
add("pw23_curehydration_electrolyte_stick_potassium_sodium_rows_citrate_60", "en", "powder",
 "Modelled on a Cure Hydration electrolyte drink mix (US; the amounts are set here and may not match the current label): a STICK PACK with sugar rows and LARGER ELECTROLYTE ROWS below the magnesium row, 'Magnesium (as magnesium citrate) | 60 mg | 14%' (60/420 = 14.3), 'Sodium (as pink Himalayan salt) | 250 mg | 11%', 'Potassium (as potassium citrate) | 250 mg | 5%'. Form citrate (potassium citrate is not a magnesium form). 14 sticks, 14 servings (printed).",
"""CURE HYDRATION
Electrolyte Drink Mix
Lemonade | Dietary Supplement | 14 Stick Packs
Supplement Facts
Serving Size 1 Stick Pack (8 g)
Servings Per Container 14
 | Amount Per Serving | % Daily Value
Calories | 25 |
Total Carbohydrate | 6 g | 2%*
Total Sugars | 5 g | †
Includes 5 g Added Sugars | | 10%*
Vitamin C (as ascorbic acid) | 60 mg | 67%
Magnesium (as magnesium citrate) | 60 mg | 14%
Sodium (as pink Himalayan salt) | 250 mg | 11%
Potassium (as potassium citrate) | 250 mg | 5%
* Percent Daily Values are based on a 2,000 calorie diet.
† Daily Value not established.
Other Ingredients: Organic coconut water powder, organic cane sugar, citric acid, natural lemon flavor, monk fruit extract.
Suggested Use: Mix 1 stick pack with 8-16 oz of water.""",
 el=60, forms=["citrate"], dv=14, sc=14)

add("pw23_equipfoods_glycinate_powder_with_glycine_row_280", "en", "powder",
 "Modelled on an Equip Foods unflavored powder (US; the magnesium glycinate powder and panel are set here and may not exist in this form): 'Serving Size 1 Level Scoop (2 g)', 'Servings Per Container About 125' (250 g), 'Magnesium (as magnesium bisglycinate) | 280 mg | 67%' (280/420 = 66.7) above a SAME-SALT row 'Glycine (from magnesium bisglycinate) | 1,720 mg | \u2020'. The glycine weight is not the value. Form glycinate.",
"""EQUIP FOODS
Magnesium Glycinate Powder
Unflavored | Dietary Supplement | 250 g (8.8 oz)
Supplement Facts
Serving Size 1 Level Scoop (2 g)
Servings Per Container About 125
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium bisglycinate) | 280 mg | 67%
Glycine (from magnesium bisglycinate) | 1,720 mg | †
† Daily Value not established.
Other Ingredients: None.
Suggested Use: Stir 1 level scoop into 8 oz of water or a smoothie once daily.""",
 el=280, forms=["glycinate"], dv=67, sc=125)

add("lq23_liquidhealth_citrate_liquid_per_tablespoon_150", "en", "liquid",
 "Modelled on a Liquid Health liquid supplement (US; the magnesium liquid and panel are set here and may not exist in this form): PER TABLESPOON, 'Serving Size 1 Tablespoon (15 mL)', 'Servings Per Container 32' (16 fl oz), calorie and sugar rows, 'Magnesium (as magnesium citrate) | 150 mg | 36%' (150/420 = 35.7). The '1-2 times daily' direction does not redefine the serving. Form citrate.",
"""LIQUID HEALTH
Liquid Magnesium
Berry Flavor | Dietary Supplement | 16 fl oz (473 mL)
Supplement Facts
Serving Size 1 Tablespoon (15 mL)
Servings Per Container 32
 | Amount Per Serving | % Daily Value
Calories | 10 |
Total Carbohydrate | 3 g | 1%*
Total Sugars | 2 g | †
Magnesium (as magnesium citrate) | 150 mg | 36%
* Percent Daily Values are based on a 2,000 calorie diet.
† Daily Value not established.
Other Ingredients: Purified water, vegetable glycerin, citric acid, natural berry flavor, potassium sorbate (to preserve freshness).
Suggested Use: Take 1 tablespoon 1-2 times daily. Shake well. Refrigerate after opening.""",
 el=150, forms=["citrate"], dv=36, sc=32)

# ===================================================================== multivitamins
add("mv23_birdandbe_prenatal_dv_pregnant_lactating_glycinate_100", "en", "multivitamin",
 "Modelled on a Bird&Be prenatal capsule (US; the panel is set here and shortened, may not match a current SKU): a PRENATAL with the %DV header for PREGNANT AND LACTATING WOMEN (DV base 400), 'Magnesium (as magnesium bisglycinate chelate) | 100 mg | 25%' (100/400 = 25) among folate, D3, iron (ferrous bisglycinate chelate), iodine and choline. Form glycinate (ferrous bisglycinate is iron). 90 capsules / 3 = 30 (printed).",
"""BIRD&BE
The Prenatal
Dietary Supplement | 90 Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value for Pregnant and Lactating Women
Folate (as L-methylfolate calcium) | 1,360 mcg DFE (800 mcg folic acid) | 227%
Vitamin D3 (as cholecalciferol) | 25 mcg (1,000 IU) | 167%
Iron (as ferrous bisglycinate chelate) | 27 mg | 100%
Iodine (as potassium iodide) | 150 mcg | 52%
Magnesium (as magnesium bisglycinate chelate) | 100 mg | 25%
Choline (as choline bitartrate) | 55 mg | 10%
Other Ingredients: Hypromellose (capsule), microcrystalline cellulose.
Suggested Use: Take 3 capsules daily with food.""",
 el=100, forms=["glycinate"], dv=25, sc=30, _dvb=400)

add("mv23_bariatricchoice_chewable_multi_citrate_oxide_among_citrates_100", "en", "multivitamin",
 "Modelled on a Bariatric Choice chewable multivitamin (US; the panel is set here and shortened, may not match a current SKU): 'Serving Size 2 Chewable Tablets', 'Magnesium (as magnesium citrate, magnesium oxide) | 100 mg | 24%' (100/420 = 23.8) between CALCIUM CITRATE, ZINC CITRATE and MANGANESE CITRATE rows. Forms citrate, oxide (the other citrates are not magnesium forms). 60 chewables / 2 = 30 (printed).",
"""BARIATRIC CHOICE
Chewable Multivitamin
Bariatric Formula | Dietary Supplement | 60 Chewable Tablets
Supplement Facts
Serving Size 2 Chewable Tablets
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Vitamin B12 (as methylcobalamin) | 500 mcg | 20,833%
Calcium (as calcium citrate) | 200 mg | 15%
Magnesium (as magnesium citrate, magnesium oxide) | 100 mg | 24%
Zinc (as zinc citrate) | 15 mg | 136%
Copper (as copper gluconate) | 2 mg | 222%
Manganese (as manganese citrate) | 2 mg | 87%
Other Ingredients: Xylitol, mannitol, natural fruit flavors, citric acid, stearic acid.
Suggested Use: Chew 2 tablets daily, or as directed by your bariatric care team.""",
 el=100, forms=["citrate", "oxide"], dv=24, sc=30)

add("mv23_nutrafol_womens_oxide_directly_above_manganese_chelate_50", "en", "multivitamin",
 "Modelled on a Nutrafol women's daily capsule (US; the panel is set here and shortened, may not match a current SKU): a MULTIVITAMIN with a small magnesium row, 'Magnesium (as magnesium oxide) | 50 mg | 12%' (50/420 = 11.9), directly above the look-alike 'Manganese (as manganese bisglycinate chelate) | 1 mg | 43%'. Form oxide (the manganese chelate is not a magnesium form). 120 capsules / 4 = 30 (printed).",
"""NUTRAFOL
Women's Daily Nutrients
Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size 4 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Vitamin A (as beta-carotene) | 450 mcg RAE | 50%
Vitamin C (as ascorbic acid) | 90 mg | 100%
Vitamin D3 (as cholecalciferol) | 25 mcg (1,000 IU) | 125%
Biotin | 3,000 mcg | 10,000%
Zinc (as zinc bisglycinate chelate) | 8 mg | 73%
Magnesium (as magnesium oxide) | 50 mg | 12%
Manganese (as manganese bisglycinate chelate) | 1 mg | 43%
Other Ingredients: Hypromellose (capsule), microcrystalline cellulose.
Suggested Use: Take 4 capsules daily with a meal.""",
 el=50, forms=["oxide"], dv=12, sc=30)

# ===================================================================== Drug Facts
add("df23_fredmeyer_mom_15_ml_tablespoonful_statement_500", "en", "drug_facts",
 "Modelled on the Atlantic Biologicals milk of magnesia copy on DailyMed, https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?audience=consumer&setid=30fb7b5e-56a3-423e-ae57-432006b54fff ('Active ingredient (in each 15 mL) Magnesium hydroxide 1200 mg', laxative only, '2 to 4 tablespoonfuls (TBSP)', and a statement printed there in broken order, 'magnesium 500 mg \u2026 each 15 mL tablespoonful contains:'), here in reading order, re-set under the Fred Meyer store brand (may not exist in this form). PER 15 mL: the value is the STATED 500 mg (1,200 x 0.417 = 500.4). 1200 mg and the 2-4 tablespoonful dose are not the value. Drug Facts -> serving_count null.",
"""FRED MEYER
Milk of Magnesia | Magnesium Hydroxide | Saline Laxative | Original | 26 FL OZ (769 mL)
Drug Facts
Active ingredient (in each 15 mL tablespoon) | Purpose
Magnesium hydroxide 1200 mg | Saline laxative
Uses • relieves occasional constipation (irregularity) • generally produces bowel movement in 1/2 to 6 hours
Warnings
Ask a doctor before use if you have • kidney disease • a magnesium-restricted diet • stomach pain, nausea, or vomiting • a sudden change in bowel habits that lasts over 14 days
Ask a doctor or pharmacist before use if you are taking a prescription drug. This product may interact with certain prescription drugs.
Stop use and ask a doctor if • you have rectal bleeding or no bowel movement after using this product • you need to use a laxative for more than 1 week
Keep out of reach of children.
Directions • shake well before use • do not exceed the maximum recommended daily dose in a 24 hour period • dose may be taken once a day preferably at bedtime, in divided doses, or as directed by a doctor • drink a full glass (8 oz) of liquid with each dose
adults and children 12 years and older | 2 to 4 tablespoonfuls (TBSP)
children 6 to 11 years | 1 to 2 tablespoonfuls (TBSP)
children under 6 years | ask a doctor
Other information • each 15 mL tablespoonful contains: magnesium 500 mg • store at room temperature and avoid freezing • close cap tightly after use
Inactive ingredients purified water, sodium hypochlorite""",
 el=500, forms=["hydroxide"], dv=None, sc=None)

add("df23_ralphs_citrate_cherry_each_fluid_ounce_statement_280", "en", "drug_facts",
 "Modelled on the magnesium citrate liquid on DailyMed, https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=be58b829-8e72-4057-8762-6b40c7616214&audience=professional ('Active ingredient (in each fl oz) Magnesium citrate 1.745g', doses in BOTTLE FRACTIONS '1/2 bottle to 1 bottle (10 fl oz)', 'each fluid ounce contains: magnesium 280 mg, sodium 37 mg'), re-set as a cherry solution under the Ralphs store brand (inactive list set here; may not exist in this form). The value is the STATED 280 mg per fl oz (1,745 x 0.12-0.162 = 209-283). 1.745 g, sodium 37 mg, '1/2 bottle' and '10 fl oz' are not the value. Drug Facts -> serving_count null.",
"""RALPHS
Magnesium Citrate Oral Solution | Saline Laxative | Cherry Flavor | 10 FL OZ (296 mL)
Drug Facts
Active ingredient (in each fl oz) | Purpose
Magnesium citrate 1.745 g | Saline laxative
Uses • relieves occasional constipation (irregularity) • generally produces bowel movement in 1/2 to 6 hours
Warnings
Do not use laxative products for longer than 1 week unless directed by a doctor.
Ask a doctor before use if you have • kidney disease • a magnesium restricted diet • a sodium restricted diet • stomach pain, nausea or vomiting • noticed a sudden change in bowel habits that lasts more than 1 week
Ask a doctor or pharmacist before use if you are presently taking a prescription drug.
Keep out of reach of children.
Directions • drink a full glass (8 ounces) of liquid with each dose • may be taken as a single daily dose or in divided doses
adults and children 12 years of age and over | 1/2 bottle to 1 bottle (10 fl oz)
children 6 to 11 years of age | 1/3 bottle to 1/2 bottle
children under 6 years of age | consult a doctor
Other information • each fluid ounce contains: magnesium 280 mg, sodium 37 mg • store between 46-86°F (8-30°C). Do not refrigerate • protect from excessive heat and freezing • discard unused product within 24 hours of opening bottle
Inactive ingredients citric acid, FD&C red no. 40, natural and artificial cherry flavor, purified water, sodium bicarbonate, sodium saccharin""",
 el=280, forms=["citrate"], dv=None, sc=None)

add("df23_staterbros_epsom_100_percent_active_each_teaspoon_statement_495", "en", "drug_facts",
 "Modelled on the Signature Care (Safeway) Epsom salt on DailyMed, https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=947ae6fe-05d9-4bcf-be73-b3e1a2c60227&audience=consumer ('Active ingredient Magnesium sulfate USP (heptahydrate) 100%', 'do not exceed more than 2 doses per day', '2-4 level teaspoons dissolved in a full glass (8oz) of water', 'each teaspoon contains: magnesium 495 mg'), with the gram figures of the Epsom Salts Relief copy, http://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=d4937f2c-095d-40ca-94e7-6d88df95768e ('2 to 4 level teaspoons (10 to 20 grams)'), re-set under the Stater Bros store brand (may not exist in this form). The ACTIVE IS GIVEN AS '100%' with no unit; the unit comes from the statement: 495 mg per teaspoon. '100%', '10 to 20 grams', '2 doses' and '2 cups' are not the value. Form sulfate. Drug Facts -> serving_count null.",
"""STATER BROS
Epsom Salt | Magnesium Sulfate USP | Saline Laxative / Soaking Aid | 4 LB (1.81 kg)
Drug Facts
Active ingredient | Purpose
Magnesium sulfate USP (heptahydrate) 100% | Saline laxative
Uses • for relief of occasional constipation (irregularity) • this product generally produces bowel movement in 1/2 to 6 hours
Warnings
Ask a doctor before use if you have • kidney disease • a magnesium restricted diet • stomach pain, nausea or vomiting • noticed a sudden change in bowel habits that lasts more than 2 weeks
Ask a doctor or pharmacist before use if you are presently taking a prescription drug.
When using this product • do not use more than directed
Stop use and ask a doctor if • you have rectal bleeding or failure to have a bowel movement after use • you need to use a laxative for more than 1 week
Keep out of reach of children.
Directions • do not exceed more than 2 doses per day; if necessary repeat dosage in 4 hours • dissolve the dose in 8 ounces of water; lemon juice may be added to improve the taste
adults and children 12 years and older | 2 to 4 level teaspoons (10 to 20 grams) dissolved in a full glass (8 oz) of water
children 6 to 11 years | 1 to 2 level teaspoons (5 to 10 grams) dissolved in a full glass (8 oz) of water
children under 6 years | not recommended
As a soaking aid: dissolve 2 cups of Epsom salt in a warm bath.
Other information • each teaspoon contains: magnesium 495 mg
Inactive ingredients none""",
 el=495, forms=["sulfate"], dv=None, sc=None)

add("df23_kingsoopers_calcium_carbonate_magnesium_hydroxide_chewable_statement_125", "en", "drug_facts",
 "Modelled on Mi-Acid Double Strength on DailyMed, http://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=71b7f8d6-9642-4696-9d7a-84fc8668423e ('Active ingredients (in each tablet) Calcium carbonate 700 mg Magnesium hydroxide 300 mg', 'Do not take more than 8 tablets in a 24-hour period', 'chew 2 to 4 tablets', 'each tablet contains: calcium 280 mg and magnesium 125 mg'), re-set under the King Soopers store brand (may not exist in this form). An ANTACID COMBO with CALCIUM FIRST; the value is the STATED 125 mg per tablet (300 x 0.417 = 125.1). Calcium carbonate 700 mg, calcium 280 mg and the 8-tablet maximum are not the value. Form hydroxide (calcium carbonate is not a magnesium form). Drug Facts -> serving_count null.",
"""KING SOOPERS
Antacid Double Strength | Calcium Carbonate / Magnesium Hydroxide | Mint | 60 Chewable Tablets
Drug Facts
Active ingredients (in each tablet) | Purposes
Calcium carbonate 700 mg | Antacid
Magnesium hydroxide 300 mg | Antacid
Uses relieves • acid indigestion • heartburn • sour stomach • upset stomach associated with these symptoms
Warnings
Ask a doctor before use if you have • kidney disease • a magnesium-restricted diet
Ask a doctor or pharmacist before use if you are taking a prescription drug. Antacids may interact with certain prescription drugs.
Do not take more than 8 tablets in a 24-hour period, or use the maximum dosage of this product for more than 2 weeks, except under the advice and supervision of a doctor.
Keep out of reach of children.
Directions • chew 2 to 4 tablets thoroughly as needed between meals and at bedtime or as directed by a doctor
Other information • each tablet contains: calcium 280 mg and magnesium 125 mg • store at room temperature • keep tightly closed and dry
Inactive ingredients corn starch, D&C yellow no. 10 lake, FD&C blue no. 1 lake, flavor, magnesium stearate, maltodextrin, sorbitol, sugar""",
 el=125, forms=["hydroxide"], dv=None, sc=None)

# ===================================================================== UK / Australia / Canada
add("uk23_sainsburys_source_on_line_below_row_citrate_oxide_300", "en", "intl",
 "Modelled on a Sainsbury's magnesium tablet (UK; the product and panel are set here and may not exist in this form): 'Typical Values | Per 2 Tablets | %NRV*', a BARE ROW 'Magnesium | 300 mg | 80%' (300/375 = 80) with the SOURCE ON THE LINE BELOW, '(as magnesium citrate and magnesium oxide)'. Forms citrate, oxide. 60 tablets / 2 = 30 (IMPLIED_SC).",
"""SAINSBURY'S
Magnesium 300 mg
Food Supplement | 60 Tablets
Typical Values | Per 2 Tablets | %NRV*
Magnesium | 300 mg | 80%
(as magnesium citrate and magnesium oxide)
*NRV = Nutrient Reference Value
Ingredients: Magnesium citrate, magnesium oxide, bulking agent: microcrystalline cellulose; anti-caking agents: silicon dioxide, magnesium salts of fatty acids.
Directions: Adults take 2 tablets a day with water and food. Do not exceed the recommended intake.""",
 el=300, forms=["citrate", "oxide"], dv=80, sc=30, _dvb=375)

add("au23_musashi_three_compounds_each_equiv_summed_248", "en", "intl",
 "Modelled on a Musashi magnesium tablet (Australia; the formula is set here and may not match a current SKU; AUST L a placeholder): THREE COMPOUNDS, EACH WITH ITS OWN 'equiv. magnesium' and no total, 'Magnesium amino acid chelate 500 mg (equiv. magnesium 100 mg)', 'Magnesium citrate 300 mg (equiv. magnesium 48 mg)' (300 x 0.16), 'Magnesium oxide heavy 166 mg (equiv. magnesium 100 mg)' (166 x 0.603 = 100.1). The value is the SUM per tablet, 248 mg. No %, serving_count null (Australian convention).",
"""Musashi
Magnesium Complex
Muscle Function | 60 Tablets | AUST L 000000
Each tablet contains:
Magnesium amino acid chelate 500 mg (equiv. magnesium 100 mg)
Magnesium citrate 300 mg (equiv. magnesium 48 mg)
Magnesium oxide heavy 166 mg (equiv. magnesium 100 mg)
Pyridoxine hydrochloride 20 mg (equiv. pyridoxine 16.5 mg)
Directions: Adults – take 1 tablet daily with food, or as directed by your healthcare professional.
Always read the label and follow the directions for use.""",
 el=248, forms=["amino_acid_chelate", "citrate", "oxide"], dv=None, sc=None)

add("ca23_landart_bilingual_citrate_150_front_names_citrate_dose_1_2", "en", "intl",
 "Modelled on a Land Art magnesium citrate tablet (Canada, Quebec; the composition is set here and may not match the current label; NPN a placeholder): an ENGLISH / FRENCH label, 'Each tablet contains / Chaque comprim\u00e9 contient:', 'Magnesium / Magn\u00e9sium (magnesium citrate / citrate de magn\u00e9sium) 150 mg'; the FRONT says 'Magnesium Citrate 150 mg' although 150 mg is the element. Per the stated unit (tablet) 150 mg; the 1-2 tablet dose is not the value; no %DV, serving_count null (Canadian convention). Form citrate.",
"""LAND ART
Magnesium Citrate 150 mg / Citrate de magnésium 150 mg
Natural Health Product / Produit de santé naturel | 120 Tablets / Comprimés | NPN 80000000
Medicinal Ingredients / Ingrédients médicinaux: Each tablet contains / Chaque comprimé contient:
Magnesium / Magnésium (magnesium citrate / citrate de magnésium) 150 mg
Non-medicinal ingredients / Ingrédients non médicinaux: microcrystalline cellulose, croscarmellose sodium, magnesium stearate / cellulose microcristalline, croscarmellose sodique, stéarate de magnésium.
Recommended dose / Dose recommandée: Adults: Take 1-2 tablets daily with food. / Adultes : Prendre 1 à 2 comprimés par jour avec de la nourriture.
Uses / Usages: Helps in the development and maintenance of bones and teeth. / Aide au développement et au maintien des os et des dents.""",
 el=150, forms=["citrate"], dv=None, sc=None)

# ===================================================================== negatives (English)
add("ng23_kyolic_aged_garlic_magnesium_stearate_only", "en", "negative",
 "Modelled on a Kyolic aged garlic extract capsule (US; the panel is set here and may not match a current SKU): a Supplement Facts panel with garlic only; magnesium only as the excipient 'magnesium stearate' -> no_magnesium. 200 capsules / 2 = 100 (printed).",
"""KYOLIC
Aged Garlic Extract | Formula 100
Dietary Supplement | 200 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 100
 | Amount Per Serving | % Daily Value
Aged Garlic Extract powder (bulb) | 600 mg | †
† Daily Value not established.
Other Ingredients: Cellulose, gelatin (capsule), magnesium stearate.
Suggested Use: Take 2 capsules daily with a meal.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=100)

add("ng23_neuriva_magnolia_phellodendron_no_magnesium_word", "en", "negative",
 "Modelled on a Neuriva relax capsule (US; the blend and panel are set here and may not exist in this form): LOOK-ALIKE 'Magnolia officinalis Bark Extract | 250 mg' with phellodendron and L-theanine; the label NEVER NAMES MAGNESIUM -> no_magnesium. 60 capsules / 2 = 30 (printed).",
"""NEURIVA
Relax & Unwind
Dietary Supplement | 60 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnolia officinalis Bark Extract | 250 mg | †
Phellodendron amurense Bark Extract | 250 mg | †
L-Theanine | 200 mg | †
† Daily Value not established.
Other Ingredients: Hypromellose (capsule), rice flour, silicon dioxide.
Suggested Use: Take 2 capsules in the evening.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=30)

add("ng23_dierbergs_bisacodyl_laxative_drug_facts_magnesium_stearate", "en", "negative",
 "Modelled on the usual bisacodyl 5 mg stimulant laxative tablet (Drug Facts as remembered; no page consulted), re-set under the Dierbergs store brand (may not exist in this form): a LAXATIVE Drug Facts, the class of the magnesium laxatives, with bisacodyl as the only active; magnesium only as 'magnesium stearate' in the inactive ingredients -> no_magnesium. Drug Facts negative -> serving_count null.",
"""DIERBERGS
Laxative | Bisacodyl Tablets USP, 5 mg | Stimulant Laxative | 25 Enteric Coated Tablets
Drug Facts
Active ingredient (in each tablet) | Purpose
Bisacodyl USP, 5 mg | Stimulant laxative
Uses • for temporary relief of occasional constipation and irregularity • this product generally produces bowel movement in 6 to 12 hours
Warnings
Do not use if you cannot swallow without chewing
Ask a doctor before use if you have • stomach pain, nausea or vomiting • a sudden change in bowel habits that lasts more than 2 weeks
When using this product • do not chew or crush tablet(s) • do not use within 1 hour after taking an antacid or milk
Stop use and ask a doctor if • you have rectal bleeding or no bowel movement after using this product • you need to use a laxative for more than 1 week
Keep out of reach of children.
Directions • take with a glass of water
adults and children 12 years and over | take 1 to 3 tablets in a single daily dose
children 6 to under 12 years | take 1 tablet in a single daily dose
children under 6 years | ask a doctor
Other information • store at 20-25°C (68-77°F) • avoid excessive humidity
Inactive ingredients acacia, calcium sulfate, carnauba wax, colloidal silicon dioxide, corn starch, D&C yellow no. 10 aluminum lake, lactose monohydrate, magnesium stearate, methacrylic acid copolymer, sucrose, talc, titanium dioxide, triethyl citrate""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=None)
