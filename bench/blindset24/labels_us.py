# Label sources, part US (blind set 24): US Supplement Facts panels, a children's gummy, two Supplement Facts powders, a
# liquid supplement, multivitamins, OTC Drug Facts, UK / Australia / Canada and the three English negatives. The EU labels and
# the Czech and Italian negatives are in labels_eu.py, which imports add/L from here.
# Same format as bench/blindset23/labels_us.py: table cells are separated by " | "; a line ending in " |" is a table row whose
# remaining cells are empty. Keys starting with "_" are private to the checker (check_set.py) and are not written to
# expected.jsonl:
#   _dvb = the DV base the printed %DV was computed from (default 420 for en, 375 for EU languages; the UK label sets 375).
L = []
def add(id, lang, kind, note, text, status="ok", el=None, tol=2, forms=(), dv=None, sc=None, **extra):
    d = dict(id=id, lang=lang, kind=kind, source_note=note, status=status, elemental_mg=el,
             elemental_tol_pct=tol, forms=list(forms), percent_dv=dv, serving_count=sc, _text=text)
    d.update(extra); L.append(d)

SET = "Set here; the product and panel may not exist in this form"

# ===================================================================== US Supplement Facts
add("us24_mindbodygreen_bisglycinate_row_then_sleep_blend_450_row_120", "en", "us_supplement",
 f"Modelled on a mindbodygreen sleep capsule (US; {SET}): the magnesium row first, 'Magnesium (as magnesium bisglycinate) | 120 mg | 29%' (120/420 = 28.6), then a NAMED BLEND ROW with a LARGER total weight, 'Sleep Support+ Blend | 450 mg | \u2020', its ingredients on the line below (jujube, PharmaGABA, L-theanine). 450 mg is the blend, not magnesium. Form glycinate. 60 capsules / 2 = 30 (printed).",
"""mindbodygreen
sleep support+
Dietary Supplement | 60 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium bisglycinate) | 120 mg | 29%
Sleep Support+ Blend | 450 mg | †
Jujube (Ziziphus jujuba) seed extract, PharmaGABA® (gamma-aminobutyric acid), L-theanine
† Daily Value not established.
Other Ingredients: Hypromellose (capsule), rice hull concentrate.
Suggested Use: Take 2 capsules 1 hour before bedtime.""",
 el=120, forms=["glycinate"], dv=29, sc=30)

add("us24_primalharvest_front_citrate_1_000_mg_panel_150", "en", "us_supplement",
 f"Modelled on a Primal Harvest magnesium citrate capsule (US; {SET}): the FRONT prints the COMPOUND per serving, 'Magnesium Citrate 1,000 mg', the panel the element, 'Magnesium (as magnesium citrate) | 150 mg | 36%' (1,000 x 0.12-0.162 = 120-162; 150/420 = 35.7). 1,000 mg is the compound. Form citrate. 90 capsules / 3 = 30 (printed).",
"""PRIMAL HARVEST
Magnesium Citrate 1,000 mg
Dietary Supplement | 90 Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium citrate) | 150 mg | 36%
Other Ingredients: Hypromellose (capsule), rice flour, magnesium stearate.
Suggested Use: Take 3 capsules daily with a glass of water.""",
 el=150, forms=["citrate"], dv=36, sc=30)

add("us24_microbeformulas_serving_size_and_servings_on_one_line_300", "en", "us_supplement",
 f"Modelled on a Microbe Formulas magnesium capsule (US; {SET}): SERVING SIZE AND SERVINGS PER CONTAINER ON ONE LINE, 'Serving Size: 2 Capsules \u2022 Servings Per Container: 30', then 'Magnesium (as magnesium glycinate, magnesium malate, magnesium taurate) | 300 mg | 71%' (300/420 = 71.4). Forms glycinate, malate, taurate. 30 servings (printed).",
"""MICROBE FORMULAS
Magnesium Max
Dietary Supplement | 60 Capsules
Supplement Facts
Serving Size: 2 Capsules • Servings Per Container: 30
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium glycinate, magnesium malate, magnesium taurate) | 300 mg | 71%
Other Ingredients: Hypromellose (capsule), microcrystalline cellulose.
Suggested Use: Take 2 capsules daily with food or as directed by your healthcare professional.""",
 el=300, forms=["glycinate", "malate", "taurate"], dv=71, sc=30)

add("us24_jackedfactory_zma_aspartate_450_mg_107_pct_zinc_b6_rows", "en", "us_supplement",
 f"Modelled on a Jacked Factory ZMA capsule (US; {SET}): a ZMA panel with a %DV ABOVE 100 and SIDE ROWS with larger percentages, 'Vitamin B6 (as pyridoxine hydrochloride) | 10.5 mg | 618%', 'Magnesium (as magnesium aspartate) | 450 mg | 107%' (450/420 = 107.1), 'Zinc (as zinc monomethionine aspartate) | 30 mg | 273%'. The directions give women 2 capsules, which does not redefine the serving (3 capsules). Form aspartate. 90 capsules / 3 = 30 (printed).",
"""JACKED FACTORY
ZMA Sleep & Recovery
Dietary Supplement | 90 Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Vitamin B6 (as pyridoxine hydrochloride) | 10.5 mg | 618%
Magnesium (as magnesium aspartate) | 450 mg | 107%
Zinc (as zinc monomethionine aspartate) | 30 mg | 273%
Other Ingredients: Gelatin (capsule), rice flour.
Suggested Use: Men take 3 capsules, women take 2 capsules, on an empty stomach 30-60 minutes before bed.""",
 el=450, forms=["aspartate"], dv=107, sc=30)

add("us24_sheerstrength_bisglycinate_buffered_with_oxide_named_200", "en", "us_supplement",
 f"Modelled on a Sheer Strength magnesium glycinate capsule (US; {SET}): a BUFFERED chelate whose buffer is NAMED in the source, 'Magnesium (as magnesium bisglycinate chelate buffered with magnesium oxide) | 200 mg | 48%' (200/420 = 47.6). Forms glycinate, oxide. 120 capsules / 2 = 60 (printed).",
"""SHEER STRENGTH
Magnesium Glycinate Chelate
Buffered | Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium bisglycinate chelate buffered with magnesium oxide) | 200 mg | 48%
Other Ingredients: Vegetable cellulose (capsule), rice flour.
Suggested Use: Take 2 capsules daily with water.""",
 el=200, forms=["glycinate", "oxide"], dv=48, sc=60)

add("us24_terraorigin_element_row_then_magtein_2000_compound_row_below_144", "en", "us_supplement",
 f"Modelled on a Terra Origin magnesium L-threonate capsule (US; {SET}): the ELEMENT ROW FIRST and the COMPOUND ROW BELOW it, 'Magnesium (as Magtein\u00ae magnesium L-threonate) | 144 mg | 34%' (144/420 = 34.3), then 'Magtein\u00ae Magnesium L-Threonate | 2,000 mg | \u2020' (2,000 x 0.072-0.0825 = 144-165). 2,000 mg is the compound. Form threonate. 90 capsules / 3 = 30 (printed). (Magtein is an ingredient trade name used in earlier sets; it is not this label's brand.)",
"""TERRA ORIGIN
Magnesium L-Threonate
Dietary Supplement | 90 Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium (as Magtein® magnesium L-threonate) | 144 mg | 34%
Magtein® Magnesium L-Threonate | 2,000 mg | †
† Daily Value not established.
Other Ingredients: Hypromellose (capsule).
Suggested Use: Take 1 capsule in the morning and 2 capsules in the evening.""",
 el=144, forms=["threonate"], dv=34, sc=30)

add("us24_integrativepro_vitamins_minerals_section_header_rows_malate_200", "en", "us_supplement",
 f"Modelled on an Integrative Pro magnesium + B6 capsule (US; {SET}): SECTION HEADER ROWS inside the panel, 'Vitamins |' above the B6 row and 'Minerals |' above 'Magnesium (as magnesium malate) | 200 mg | 48%' (200/420 = 47.6); 'Vitamin B6 (as pyridoxal 5\u2032-phosphate) | 5 mg | 294%'. Form malate. 120 capsules / 2 = 60 (printed).",
"""INTEGRATIVE PRO
Magnesium Malate + P5P
Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Vitamins |
Vitamin B6 (as pyridoxal 5′-phosphate) | 5 mg | 294%
Minerals |
Magnesium (as magnesium malate) | 200 mg | 48%
Other Ingredients: Hypromellose (capsule), L-leucine.
Suggested Use: Take 2 capsules daily, or as directed by your healthcare practitioner.""",
 el=200, forms=["malate"], dv=48, sc=60)

add("us24_purityproducts_dv_column_before_amount_column_150", "en", "us_supplement",
 f"Modelled on a Purity Products magnesium capsule (US; {SET}): the %DV COLUMN BEFORE the amount column, ' | % Daily Value | Amount Per Serving', 'Magnesium (as magnesium glycinate, magnesium citrate) | 36% | 150 mg' (150/420 = 35.7), above 'Vitamin D3 (as cholecalciferol) | 125% | 25 mcg (1,000 IU)'. Forms glycinate, citrate. 60 capsules / 2 = 30 (printed).",
"""PURITY PRODUCTS
Magnesium + D3
Dietary Supplement | 60 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 30
 | % Daily Value | Amount Per Serving
Magnesium (as magnesium glycinate, magnesium citrate) | 36% | 150 mg
Vitamin D3 (as cholecalciferol) | 125% | 25 mcg (1,000 IU)
Other Ingredients: Hypromellose (capsule), rice flour.
Suggested Use: Take 2 capsules daily with a meal.""",
 el=150, forms=["glycinate", "citrate"], dv=36, sc=30)

add("us24_hyperbiotics_probiotic_cfu_blend_row_above_citrate_100", "en", "us_supplement",
 f"Modelled on a Hyperbiotics probiotic capsule (US; {SET}): a PROBIOTIC BLEND ROW in CFU above the magnesium row, 'Probiotic Blend | 5 Billion CFU | \u2020' with the strains on the line below, then 'Magnesium (as magnesium citrate) | 100 mg | 24%' (100/420 = 23.8). Form citrate. 30 capsules, 1 per serving: 30 (printed).",
"""HYPERBIOTICS
Pro-Calm Probiotic + Magnesium
Dietary Supplement | 30 Capsules
Supplement Facts
Serving Size 1 Capsule
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Probiotic Blend | 5 Billion CFU | †
Lactobacillus plantarum, Bifidobacterium longum, Lactobacillus rhamnosus
Magnesium (as magnesium citrate) | 100 mg | 24%
† Daily Value not established.
Other Ingredients: Hypromellose (capsule), inulin.
Suggested Use: Take 1 capsule daily in the evening.""",
 el=100, forms=["citrate"], dv=24, sc=30)

add("us24_purathrive_gummy_calorie_sugar_rows_citrate_50", "en", "us_supplement",
 f"Modelled on a PuraTHRIVE gummy (US; {SET}): an adult GUMMY panel with calorie, carbohydrate and sugar rows above 'Magnesium (as magnesium citrate) | 50 mg | 12%' (50/420 = 11.9) and a sodium row below. Form citrate. 60 gummies / 2 = 30 (printed).",
"""PURATHRIVE
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
Magnesium (as magnesium citrate) | 50 mg | 12%
Sodium | 10 mg | <1%
* Percent Daily Values are based on a 2,000 calorie diet.
† Daily Value not established.
Other Ingredients: Tapioca syrup, cane sugar, pectin, citric acid, natural raspberry flavor, black carrot juice (color).
Suggested Use: Chew 2 gummies daily.""",
 el=50, forms=["citrate"], dv=12, sc=30)

add("us24_hugesupplements_total_row_first_then_two_from_subrows_300", "en", "us_supplement",
 f"Modelled on a Huge Supplements magnesium capsule (US; {SET}): the TOTAL ROW FIRST with value and %DV, 'Magnesium | 300 mg | 71%' (300/420 = 71.4), then two SUB-ROWS without %DV, 'from magnesium glycinate | 200 mg |' and 'from magnesium taurate | 100 mg |'. The total is the value (the sub-rows add up to it). Forms glycinate, taurate. 120 capsules / 4 = 30 (printed).",
"""HUGE SUPPLEMENTS
Magnesium Glycinate + Taurate
Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size 4 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium | 300 mg | 71%
from magnesium glycinate | 200 mg |
from magnesium taurate | 100 mg |
Other Ingredients: Hypromellose (capsule).
Suggested Use: Take 4 capsules daily, 2 with breakfast and 2 with dinner.""",
 el=300, forms=["glycinate", "taurate"], dv=71, sc=30)

add("us24_countryfarms_wrapped_name_amount_on_first_line_250", "en", "us_supplement",
 f"Modelled on a Country Farms magnesium tablet (US; {SET}): a name WRAPPED OVER TWO LINES with the AMOUNT ON THE FIRST LINE, 'Magnesium (as magnesium citrate, | 250 mg | 60%' then 'magnesium oxide, magnesium aspartate) |' (250/420 = 59.5). Forms citrate, oxide, aspartate. 100 tablets / 2 = 50 (printed).",
"""COUNTRY FARMS
Magnesium Complex 250
Dietary Supplement | 100 Tablets
Supplement Facts
Serving Size 2 Tablets
Servings Per Container 50
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium citrate, | 250 mg | 60%
magnesium oxide, magnesium aspartate) |
Other Ingredients: Microcrystalline cellulose, croscarmellose sodium, stearic acid, silica.
Suggested Use: Take 2 tablets daily with food.""",
 el=250, forms=["citrate", "oxide", "aspartate"], dv=60, sc=50)

add("us24_enviromedica_amount_and_dv_in_one_cell_glycinate_200", "en", "us_supplement",
 f"Modelled on an Enviromedica capsule (US; {SET}): ONE VALUE CELL holding amount AND %DV, ' | Amount Per Serving (% DV)', 'Magnesium (as magnesium glycinate) | 200 mg (48%)' (200/420 = 47.6), above 'Vitamin B6 (as pyridoxine hydrochloride) | 2 mg (118%)'. Form glycinate. 60 capsules / 2 = 30 (printed).",
"""ENVIROMEDICA
Magnesium Glycinate Calm
Dietary Supplement | 60 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 30
 | Amount Per Serving (% DV)
Magnesium (as magnesium glycinate) | 200 mg (48%)
Vitamin B6 (as pyridoxine hydrochloride) | 2 mg (118%)
Other Ingredients: Hypromellose (capsule).
Suggested Use: Take 2 capsules daily in the evening.""",
 el=200, forms=["glycinate"], dv=48, sc=30)

add("us24_sunwarrior_aquamin_seawater_hydroxide_with_algae_calcium_row_100", "en", "us_supplement",
 f"Modelled on a Sunwarrior mineral capsule (US; {SET}): magnesium from a SEAWATER-DERIVED HYDROXIDE, 'Magnesium (from Aquamin\u00ae Mg, seawater-derived magnesium hydroxide) | 100 mg | 24%' (100/420 = 23.8), below a calcium row from red algae, 'Calcium (from Aquamin\u00ae F, Lithothamnion sp. red algae) | 90 mg | 7%'. Form hydroxide (the algae calcium is not a magnesium form). 60 capsules / 2 = 30 (printed).",
"""SUNWARRIOR
Ocean Minerals Magnesium
Plant-Based | Dietary Supplement | 60 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Calcium (from Aquamin® F, Lithothamnion sp. red algae) | 90 mg | 7%
Magnesium (from Aquamin® Mg, seawater-derived magnesium hydroxide) | 100 mg | 24%
Other Ingredients: Pullulan (capsule).
Suggested Use: Take 2 capsules daily with food.""",
 el=100, forms=["hydroxide"], dv=24, sc=30)

add("us24_mindlab_two_magnesium_rows_apart_zinc_between_summed_150", "en", "us_supplement",
 f"Modelled on a Mind Lab Pro night capsule (US; {SET}): TWO MAGNESIUM ROWS NOT ADJACENT, a zinc row between them and no total, 'Magnesium (as magnesium bisglycinate chelate) | 100 mg | 24%', 'Zinc (as zinc picolinate) | 10 mg | 91%', 'Magnesium (as magnesium L-threonate) | 50 mg | 12%'. Value and %DV are the SUMS, 150 mg and 36% (150/420 = 35.7; 24 + 12 = 36). Forms glycinate, threonate. 60 capsules / 2 = 30 (printed).",
"""MIND LAB
Sleep Magnesium Duo
Dietary Supplement | 60 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium bisglycinate chelate) | 100 mg | 24%
Zinc (as zinc picolinate) | 10 mg | 91%
Magnesium (as magnesium L-threonate) | 50 mg | 12%
Other Ingredients: Pullulan (capsule), rice bran.
Suggested Use: Take 2 capsules 1 hour before bed.""",
 el=150, forms=["glycinate", "threonate"], dv=36, sc=30)

add("us24_beyondraw_dimagnesium_malate_with_malic_acid_460_row_200", "en", "us_supplement",
 f"Modelled on a Beyond Raw recovery tablet (US; {SET}): DI-MAGNESIUM MALATE with a SAME-SALT row, 'Magnesium (as di-magnesium malate) | 200 mg | 48%' (200/420 = 47.6) above 'Malic Acid (from di-magnesium malate) | 460 mg | \u2020'. Form malate. 180 tablets / 4 = 45 (printed).",
"""BEYOND RAW
Magnesium Malate Recovery
Dietary Supplement | 180 Tablets
Supplement Facts
Serving Size 4 Tablets
Servings Per Container 45
 | Amount Per Serving | % Daily Value
Magnesium (as di-magnesium malate) | 200 mg | 48%
Malic Acid (from di-magnesium malate) | 460 mg | †
† Daily Value not established.
Other Ingredients: Microcrystalline cellulose, croscarmellose sodium, stearic acid.
Suggested Use: Take 4 tablets daily after training.""",
 el=200, forms=["malate"], dv=48, sc=45)

# ===================================================================== children's
add("ch24_wellements_kids_gummy_ages_4_plus_adults_2_gummies_citrate_40", "en", "children",
 f"Modelled on a Wellements kids gummy (US; {SET}): a CHILDREN'S GUMMY for AGES 4 AND UP (DV base 420), 'Serving Size 1 Gummy', sugar rows, 'Magnesium (as magnesium citrate) | 40 mg | 10%' (40/420 = 9.5). The directions let ADULTS chew 2 gummies, which does not redefine the serving. Form citrate. 60 gummies, 60 servings (printed).",
"""WELLEMENTS
Kids Magnesium Calm Gummies
Ages 4+ | Dietary Supplement | 60 Gummies
Supplement Facts
Serving Size 1 Gummy
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Calories | 10 |
Total Carbohydrate | 2 g | 1%*
Total Sugars | 2 g | †
Includes 2 g Added Sugars | | 4%*
Magnesium (as magnesium citrate) | 40 mg | 10%
* Percent Daily Values are based on a 2,000 calorie diet.
† Daily Value not established.
Other Ingredients: Organic tapioca syrup, organic cane sugar, pectin, natural berry flavor, citric acid.
Suggested Use: Children 4 years and older: chew 1 gummy daily. Adults: chew 2 gummies daily.""",
 el=40, forms=["citrate"], dv=10, sc=60)

# ===================================================================== powders / liquid
add("pw24_ionicfizz_effervescent_carbonate_citrate_powder_per_scoop_350", "en", "powder",
 f"Modelled on an Ionic Fizz magnesium drink powder (US; {SET}): 'Serving Size 1 Level Scoop (3.5 g)', 'Servings Per Container About 60', a calorie row, 'Magnesium (as magnesium carbonate, magnesium citrate) | 350 mg | 83%' (350/420 = 83.3). The direction to start with 1/2 scoop does not redefine the serving. Forms carbonate, citrate.",
"""IONIC FIZZ
Magnesium Plus Effervescent Powder
Mixed Berry | Dietary Supplement | 210 g (7.4 oz)
Supplement Facts
Serving Size 1 Level Scoop (3.5 g)
Servings Per Container About 60
 | Amount Per Serving | % Daily Value
Calories | 5 |
Total Carbohydrate | 1 g | <1%*
Magnesium (as magnesium carbonate, magnesium citrate) | 350 mg | 83%
* Percent Daily Values are based on a 2,000 calorie diet.
Other Ingredients: Citric acid, natural berry flavor, stevia leaf extract.
Suggested Use: Start with 1/2 scoop in 4-6 oz of hot or cold water and work up to 1 level scoop daily.""",
 el=350, forms=["carbonate", "citrate"], dv=83, sc=60)

add("pw24_nakednutrition_per_1_scoop_and_per_2_scoops_columns_glycinate_150", "en", "powder",
 f"Modelled on a Naked Nutrition unflavored powder (US; {SET}): TWO AMOUNT COLUMNS for 1 and 2 scoops, ' | Amount Per 1 Scoop | %DV | Amount Per 2 Scoops | %DV', 'Magnesium (as magnesium glycinate) | 150 mg | 36% | 300 mg | 71%'. 'Serving Size 1 Scoop (3 g)': the value is the 1-scoop column (150 mg, 36%; 150/420 = 35.7), 2 scoops in elemental_alt_mg (300). Form glycinate. 100 servings (printed).",
"""NAKED NUTRITION
Naked Magnesium Glycinate Powder
Unflavored | Dietary Supplement | 300 g
Supplement Facts
Serving Size 1 Scoop (3 g)
Servings Per Container 100
 | Amount Per 1 Scoop | %DV | Amount Per 2 Scoops | %DV
Magnesium (as magnesium glycinate) | 150 mg | 36% | 300 mg | 71%
Other Ingredients: None.
Suggested Use: Mix 1 scoop with 8 oz of water. For extra support, use 2 scoops daily.""",
 el=150, forms=["glycinate"], dv=36, sc=100, elemental_alt_mg=300)

add("lq24_upgradedformulas_half_teaspoon_chloride_with_chloride_row_120", "en", "liquid",
 f"Modelled on an Upgraded Formulas ionic liquid (US; {SET}): PER HALF TEASPOON, 'Serving Size 1/2 Teaspoon (2.5 mL)', 'Servings Per Container 94' (8 fl oz), 'Magnesium (as magnesium chloride) | 120 mg | 29%' (120/420 = 28.6) above a same-salt ion row WITH a %DV, 'Chloride (from magnesium chloride) | 350 mg | 15%' (120 x 70.9/24.3 = 350; 350/2300 = 15.2). Form chloride.",
"""UPGRADED FORMULAS
Upgraded Magnesium
Ionic Liquid | Dietary Supplement | 8 fl oz (237 mL)
Supplement Facts
Serving Size 1/2 Teaspoon (2.5 mL)
Servings Per Container 94
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium chloride) | 120 mg | 29%
Chloride (from magnesium chloride) | 350 mg | 15%
Other Ingredients: Purified water.
Suggested Use: Add 1/2 teaspoon to water or juice once daily. Do not take undiluted.""",
 el=120, forms=["chloride"], dv=29, sc=94)

# ===================================================================== multivitamins
add("mv24_animalpak_pack_of_11_tablets_oxide_aspartate_400", "en", "multivitamin",
 f"Modelled on a Universal Nutrition Animal Pak (US; {SET}, panel shortened): 'Serving Size 1 Pack (11 Tablets)', 'Servings Per Container 44', 'Magnesium (as magnesium oxide, magnesium aspartate) | 400 mg | 95%' (400/420 = 95.2) between calcium 1,000 mg, zinc oxide and manganese sulfate rows. Forms oxide, aspartate.",
"""UNIVERSAL NUTRITION
Animal Pak
Training Pack | Dietary Supplement | 44 Packs
Supplement Facts
Serving Size 1 Pack (11 Tablets)
Servings Per Container 44
 | Amount Per Serving | % Daily Value
Vitamin C (as ascorbic acid) | 500 mg | 556%
Calcium (as calcium carbonate) | 1,000 mg | 77%
Magnesium (as magnesium oxide, magnesium aspartate) | 400 mg | 95%
Zinc (as zinc oxide) | 30 mg | 273%
Manganese (as manganese sulfate) | 5 mg | 217%
Amino Acid Complex | 1,000 mg | †
† Daily Value not established.
Other Ingredients: Gelatin, microcrystalline cellulose, croscarmellose sodium, stearic acid.
Suggested Use: Take 1 pack daily with a meal.""",
 el=400, forms=["oxide", "aspartate"], dv=95, sc=44)

add("mv24_procarehealth_once_daily_as_oxide_without_salt_name_25", "en", "multivitamin",
 f"Modelled on a ProCare Health once-daily multivitamin (US; {SET}, panel shortened): the source given WITHOUT the word magnesium in the parenthesis, 'Magnesium (as oxide) | 25 mg | 6%' (25/420 = 6.0), followed by 'Manganese (as gluconate) | 2 mg | 87%'. Form oxide. 90 tablets, 1 per serving: 90 (printed).",
"""PROCARE HEALTH
Once Daily Multivitamin
Dietary Supplement | 90 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 90
 | Amount Per Serving | % Daily Value
Vitamin A (as beta-carotene) | 900 mcg RAE | 100%
Vitamin C (as ascorbic acid) | 90 mg | 100%
Vitamin D3 (as cholecalciferol) | 20 mcg (800 IU) | 100%
Calcium (as carbonate) | 100 mg | 8%
Magnesium (as oxide) | 25 mg | 6%
Manganese (as gluconate) | 2 mg | 87%
Zinc (as citrate) | 11 mg | 100%
Other Ingredients: Microcrystalline cellulose, croscarmellose sodium, hypromellose, stearic acid.
Suggested Use: Take 1 tablet daily with food.""",
 el=25, forms=["oxide"], dv=6, sc=90)

add("mv24_nutrafuse_liquid_multi_per_2_tablespoons_citrate_60", "en", "multivitamin",
 f"Modelled on a Nutrafuse liquid multivitamin (US; {SET}, panel shortened): a LIQUID MULTIVITAMIN per 2 TABLESPOONS, 'Serving Size 2 Tablespoons (30 mL)', 'Servings Per Container 16' (16 fl oz), 'Magnesium (as magnesium citrate) | 60 mg | 14%' (60/420 = 14.3) among vitamins, above 'Molybdenum (as sodium molybdate) | 45 mcg | 100%'. Form citrate.",
"""NUTRAFUSE
Liquid Daily Multivitamin
Orange Mango | Dietary Supplement | 16 fl oz (473 mL)
Supplement Facts
Serving Size 2 Tablespoons (30 mL)
Servings Per Container 16
 | Amount Per Serving | % Daily Value
Calories | 15 |
Total Carbohydrate | 4 g | 1%*
Vitamin C (as ascorbic acid) | 90 mg | 100%
Vitamin B12 (as methylcobalamin) | 6 mcg | 250%
Magnesium (as magnesium citrate) | 60 mg | 14%
Molybdenum (as sodium molybdate) | 45 mcg | 100%
* Percent Daily Values are based on a 2,000 calorie diet.
Other Ingredients: Purified water, vegetable glycerin, natural orange and mango flavors, citric acid, potassium sorbate.
Suggested Use: Shake well. Take 2 tablespoons daily. Refrigerate after opening.""",
 el=60, forms=["citrate"], dv=14, sc=16)

# ===================================================================== Drug Facts
add("df24_haggen_mom_chewable_311_mg_tablet_no_statement_computed", "en", "drug_facts",
 "Modelled on the Phillips' chewable tablets text on drugs.com, https://www.drugs.com/drp/phillips-chewable-tablets.html ('Active Ingredient (in each tablet): Magnesium hydroxide 311 mg', purpose 'Saline laxative/antacid', a LAXATIVE and an ANTACID dose table side by side, 'chew 8 tablets' / 'chew 2 to 4 tablets', NO magnesium statement in Other information), re-set under the Haggen store brand (may not exist in this form). No statement, so the value is COMPUTED per tablet: 311 x 0.417 = 129.7 mg (tol 5). 311 mg, '8 tablets' and '2 to 4 tablets' are not the value. Form hydroxide. Drug Facts -> serving_count null.",
"""HAGGEN
Milk of Magnesia Chewable Tablets | Saline Laxative / Antacid | Mint | 100 Chewable Tablets
Drug Facts
Active ingredient (in each tablet) | Purposes
Magnesium hydroxide 311 mg | Saline laxative/antacid
Uses Laxative: • relieves occasional constipation (irregularity) • this product usually causes bowel movement in 1/2 to 6 hours. Antacid: relieves • heartburn • acid indigestion • sour stomach • upset stomach associated with these symptoms
Warnings
Ask a doctor before use if you have • kidney disease • stomach pain, nausea, or vomiting • a sudden change in bowel habits that lasts over 14 days
Ask a doctor or pharmacist before use if you are taking a prescription drug. Antacids may interact with certain prescription drugs.
When using this product as an antacid, it may have a laxative effect.
Stop use and ask a doctor if • you have rectal bleeding or no bowel movement after using this product • you need to use a laxative for more than 1 week • you have taken the maximum antacid dose for 2 weeks
Keep out of reach of children.
Directions • do not exceed the maximum recommended daily dose in a 24 hour period
age | laxative dose | antacid dose
adults and children 12 years and older | chew 8 tablets | chew 2 to 4 tablets
children 6 to 11 years | chew 4 tablets | ask a doctor
children 3 to 5 years | chew 2 tablets | ask a doctor
children under 3 years | ask a doctor | ask a doctor
Laxative dose may be taken once a day preferably at bedtime, in divided doses, or as directed by a doctor; drink a full glass (8 oz) of liquid with each dose. Antacid dose may be taken every 4 hours, up to 4 times in 24 hours.
Other information • store at room temperature • keep tightly closed
Inactive ingredients dextrose, flavor, magnesium stearate, starch, sucrose""",
 el=129.7, tol=5, forms=["hydroxide"], dv=None, sc=None)

add("df24_shaws_citrate_lemon_magnesium_content_290_per_1_fl_oz", "en", "drug_facts",
 "Modelled on the Discount Drug Mart 'Citrate of Magnesia' on DailyMed, https://dailymed.nlm.nih.gov/dailymed/fda/fdaDrugXsl.cfm?setid=f45d7caa-43e1-4d2e-9b1a-fc5afd5e7b2b&type=display ('Magnesium citrate 1.745g per fl oz', doses in FLUID OUNCES '6.5 to 10 fl oz maximum 10 fl oz in 24 hours', 'magnesium content 290 mg per 1 fl oz (30 mL)', 'sodium content 45mg per 1 fl oz (30 mL)'), re-set as a lemon solution under the Shaw's store brand (may not exist in this form). The value is the STATED 290 mg per fl oz (1,745 x 0.12-0.162 = 209-283; +3 %: 291). 1.745 g, sodium 45 mg, 6.5-10 fl oz are not the value. Drug Facts -> serving_count null.",
"""SHAW'S
Citrate of Magnesia | Magnesium Citrate Oral Solution | Saline Laxative | Lemon | 10 FL OZ (296 mL)
Drug Facts
Active ingredient | Purpose
Magnesium citrate 1.745 g per fl oz | Saline laxative
Use for relief of occasional constipation (irregularity). Generally produces bowel movement in 1/2 to 6 hours
Warnings
Do not use if you are on a low salt diet
Ask a doctor before use if you have • kidney disease • a magnesium or sodium restricted diet • abdominal pain, nausea, or vomiting • noticed a sudden change in bowel habits that persists over a period of 2 weeks • already used a laxative for a period longer than 1 week
Ask a doctor or pharmacist before use if you are taking any other drug. Take this product 2 or more hours before or after other drugs.
Stop use and ask a doctor if you have rectal bleeding or failure to have a bowel movement after use.
Keep out of reach of children.
Directions • drink a full glass (8 ounces) of liquid with each dose • may be taken as a single daily dose or in divided doses
adults and children 12 years of age and over | 6.5 to 10 fl oz, maximum 10 fl oz in 24 hours
children 6 to under 12 years of age | 3 to 7 fl oz, maximum 7 fl oz in 24 hours
children 2 to under 6 years of age | 2 to 3 fl oz, maximum 3 fl oz in 24 hours
children under 2 years of age | ask a doctor
Other information • magnesium content 290 mg per 1 fl oz (30 mL) • sodium content 45 mg per 1 fl oz (30 mL) • store between 46° and 86°F (8° and 30°C) • discard unused product within 24 hours of opening bottle
Inactive ingredients citric acid, lemon oil, polyethylene glycol, purified water, sodium bicarbonate, sodium saccharin, sucrose""",
 el=290, forms=["citrate"], dv=None, sc=None)

add("df24_dillons_epsom_heptahydrate_100_pct_magnesium_content_495_per_teaspoon", "en", "drug_facts",
 "Modelled on the Blue Cross Laboratories Epsom salt copy at https://www.drugs-library.com/drugs/epsom-salts.html ('Magnesium Sulfate [heptahydrate] 100%', '2 to 4 level teaspoons (10 to 20 grams) daily', 'do not exceed more than 2 doses per day', 'Magnesium content: 495 mg per teaspoon'), with the soak direction of the Kinray copy, https://drugs-library.com/drugs/epsom-salt_5bab855c.html ('dissolve 1/2 cup in a quart of water', '2 cups added to the bath water'), re-set under the Dillons store brand (may not exist in this form). The active is '100%' with no weight; the value is the STATED 495 mg per teaspoon (about 5 g x 0.0986). '10 to 20 grams', '1/2 cup', '2 cups' are not the value. Form sulfate. Drug Facts -> serving_count null.",
"""DILLONS
Epsom Salt | Magnesium Sulfate USP | Saline Laxative / Soaking Aid | 3 LB (1.36 kg)
Drug Facts
Active ingredient | Purpose
Magnesium sulfate (heptahydrate) 100% | Saline laxative
Uses • for relief of occasional constipation (irregularity) • this product generally produces bowel movement in 1/2 to 6 hours
Warnings
Ask a doctor before use if you have • kidney disease • a magnesium restricted diet • abdominal pain, nausea, or vomiting • noticed a sudden change in bowel habits that persists over a period of 2 weeks • already used a laxative for a period longer than 1 week
Ask a doctor or pharmacist before use if you are taking any other drug. Take this product 2 or more hours before or after other drugs.
Keep out of reach of children.
Directions • do not exceed more than 2 doses per day • drink a full glass (8 ounces) of liquid with each dose • dissolve the dose in 8 ounces of water; lemon juice may be added to improve the taste
adults and children 12 years and over | 2 to 4 level teaspoons (10 to 20 grams) daily
children 6 to under 12 years | 1 to 2 level teaspoons (5 to 10 grams) daily
children under 6 years | consult a doctor
For external use as a soaking solution: dissolve 1/2 cup in a quart of warm water; as a bath, add 2 cups to the bath water.
Other information • Magnesium content: 495 mg per teaspoon
Inactive ingredients none""",
 el=495, forms=["sulfate"], dv=None, sc=None)

add("df24_fareway_aluminum_magnesium_hydroxide_simethicone_per_30_ml_510", "en", "drug_facts",
 "Modelled on the Rising Pharma aluminum hydroxide / magnesium hydroxide / simethicone suspension on DailyMed, https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=982129d4-3cbf-4793-a861-d6c8f34bedc3 ('Active ingredient per 30mL (1 Unit Dose)', 'Aluminum hydroxide 1,200mg (equivalent to dried gel USP)', 'Magnesium hydroxide 1,200mg', 'Simethicone 120mg', 'Do not use more than 4 unit dose (120 mL) in a 24 hour period', 'each 30 mL (unit dose) contains magnesium 510 mg and sodium 18 mg'), re-set under the Fareway store brand (may not exist in this form). An ANTACID / ANTIGAS COMBO with ALUMINUM FIRST at the SAME weight as the magnesium salt; the value is the STATED 510 mg per 30 mL (1,200 x 0.417 = 500.4; within 3 %). Aluminum hydroxide 1,200 mg, simethicone 120 mg, sodium 18 mg, 120 mL are not the value. Form hydroxide. Drug Facts -> serving_count null.",
"""FAREWAY
Antacid Plus Anti-Gas | Aluminum Hydroxide, Magnesium Hydroxide, Simethicone | Unit Dose Cups | 10 x 30 mL
Drug Facts
Active ingredients (per 30 mL, 1 unit dose) | Purposes
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
Inactive ingredients butylparaben, carboxymethylcellulose sodium, flavor, hypromellose, microcrystalline cellulose, propylparaben, purified water, saccharin sodium, sorbitol""",
 el=510, forms=["hydroxide"], dv=None, sc=None)

# ===================================================================== UK / Australia / Canada
add("uk24_naturesaid_citrate_1000_row_then_providing_magnesium_row_150", "en", "intl",
 f"Modelled on a Natures Aid magnesium citrate tablet (UK; {SET}): 'Each tablet provides: | | %NRV*', the COMPOUND ROW FIRST, 'Magnesium Citrate | 1,000 mg |', then 'providing Magnesium | 150 mg | 40%' (1,000 x 0.12-0.162 = 120-162; 150/375 = 40). 1,000 mg is the compound. Form citrate. 90 tablets, 1 a day: 90 (IMPLIED_SC).",
"""NATURES AID
Magnesium Citrate 1000 mg
Food Supplement | 90 Tablets
Each tablet provides: | | %NRV*
Magnesium Citrate | 1,000 mg |
providing Magnesium | 150 mg | 40%
*NRV = Nutrient Reference Value
Ingredients: Magnesium citrate, bulking agent: microcrystalline cellulose; anti-caking agents: silicon dioxide, magnesium stearate; glazing agent: hydroxypropyl methylcellulose.
Directions: Adults take one tablet a day with food. Do not exceed the stated recommended daily dose.""",
 el=150, forms=["citrate"], dv=40, sc=90, _dvb=375)

add("au24_chemistwarehouse_aspartate_oxide_then_one_equivalent_line_158", "en", "intl",
 f"Modelled on a Chemist Warehouse own-brand magnesium tablet (Australia; {SET}; AUST L a placeholder): TWO COMPOUNDS WITHOUT their own equivalents, then ONE 'Equivalent to magnesium 158 mg' line, 'Magnesium aspartate dihydrate 500 mg', 'Heavy magnesium oxide 200 mg' (500 x 0.067-0.099 + 200 x 0.603 = 154-170). Per tablet 158 mg. No %, serving_count null (Australian convention). Forms aspartate, oxide.",
"""Chemist Warehouse
Magnesium 158 mg Tablets
Muscle Health | 120 Tablets | AUST L 000000
Each tablet contains:
Magnesium aspartate dihydrate 500 mg
Heavy magnesium oxide 200 mg
Equivalent to magnesium 158 mg
Colecalciferol 12.5 microgram (vitamin D3 500 IU)
Directions: Adults – take 1 tablet twice a day with food, or as professionally prescribed.
Always read the label and follow the directions for use.""",
 el=158, forms=["aspartate", "oxide"], dv=None, sc=None)

add("ca24_genuinehealth_per_capsule_bisglycinate_malate_dose_2_caps_twice_100", "en", "intl",
 f"Modelled on a Genuine Health magnesium capsule (Canada; {SET}; NPN a placeholder): 'Medicinal Ingredients (per capsule):', 'Magnesium (magnesium bisglycinate, magnesium malate) 100 mg', dose '2 capsules twice daily'. Per the stated unit (capsule) 100 mg; the dose is not the value; no %DV, serving_count null (Canadian convention). Forms glycinate, malate.",
"""GENUINE HEALTH
Advanced Magnesium
Natural Health Product | 120 Vegetarian Capsules | NPN 80000000
Medicinal Ingredients (per capsule):
Magnesium (magnesium bisglycinate, magnesium malate) 100 mg
Non-Medicinal Ingredients: hypromellose, microcrystalline cellulose, silicon dioxide.
Recommended Dose: Adults: Take 2 capsules twice daily with food. Take a few hours before or after other medications or natural health products.
Recommended Use: Helps in the maintenance of proper muscle function. Source of an electrolyte for the maintenance of good health.""",
 el=100, forms=["glycinate", "malate"], dv=None, sc=None)

# ===================================================================== negatives (English)
add("ng24_liftmode_honokiol_magnolia_bark_no_magnesium_word", "en", "negative",
 f"Modelled on a LiftMode honokiol capsule (US; {SET}): LOOK-ALIKE 'Honokiol (from Magnolia officinalis bark extract) | 50 mg | \u2020'; the label NEVER NAMES MAGNESIUM -> no_magnesium. 60 capsules, 1 per serving: 60 (printed).",
"""LIFTMODE
Honokiol 50 mg
Magnolia Bark Extract | Dietary Supplement | 60 Capsules
Supplement Facts
Serving Size 1 Capsule
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Honokiol (from Magnolia officinalis bark extract, 98%) | 50 mg | †
† Daily Value not established.
Other Ingredients: Rice flour, hypromellose (capsule).
Suggested Use: Take 1 capsule daily in the evening.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=60)

add("ng24_rawnutritional_manganese_bisglycinate_magnesium_stearate_only", "en", "negative",
 f"Modelled on a Raw Nutritional mineral capsule (US; {SET}): a single-nutrient LOOK-ALIKE, 'Manganese (as manganese bisglycinate chelate) | 10 mg | 435%'; magnesium only as the excipient 'magnesium stearate' -> no_magnesium. 100 capsules, 1 per serving: 100 (printed).",
"""RAW NUTRITIONAL
Manganese Bisglycinate 10 mg
Dietary Supplement | 100 Capsules
Supplement Facts
Serving Size 1 Capsule
Servings Per Container 100
 | Amount Per Serving | % Daily Value
Manganese (as manganese bisglycinate chelate) | 10 mg | 435%
Other Ingredients: Microcrystalline cellulose, gelatin (capsule), magnesium stearate.
Suggested Use: Take 1 capsule daily with a meal.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=100)

add("ng24_woodmans_calcium_carbonate_antacid_drug_facts_magnesium_stearate", "en", "negative",
 "Modelled on the usual calcium carbonate 750 mg chewable antacid (Drug Facts as remembered; no page consulted), re-set under the Woodman's store brand (may not exist in this form): an ANTACID Drug Facts, the class of the calcium + magnesium combos, with calcium carbonate as the only active; magnesium only as 'magnesium stearate' in the inactive ingredients -> no_magnesium. Drug Facts negative -> serving_count null.",
"""WOODMAN'S
Antacid Extra Strength | Calcium Carbonate USP 750 mg | Assorted Fruit | 96 Chewable Tablets
Drug Facts
Active ingredient (in each tablet) | Purpose
Calcium carbonate USP 750 mg | Antacid
Uses relieves • heartburn • sour stomach • acid indigestion • upset stomach associated with these symptoms
Warnings
Ask a doctor or pharmacist before use if you are presently taking a prescription drug. Antacids may interact with certain prescription drugs.
When using this product • do not take more than 10 tablets in 24 hours • if pregnant do not take more than 6 tablets in 24 hours • do not use the maximum dosage for more than 2 weeks except under the advice and supervision of a doctor
Keep out of reach of children.
Directions • chew 2-4 tablets as symptoms occur, or as directed by a doctor
Other information • each tablet contains: elemental calcium 300 mg • store at room temperature; keep the container tightly closed
Inactive ingredients adipic acid, corn starch, dextrose, FD&C red no. 40 lake, flavors, magnesium stearate, maltodextrin, sucrose, talc""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=None)
