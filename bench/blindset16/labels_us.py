# Label sources, part US (blind set 16): US Supplement Facts panels, multivitamins, a Supplement Facts powder, a dual-column
# Nutrition Facts drink, OTC Drug Facts, Australia / Canada / UK, an English topical and the English negatives. The EU labels
# and the Italian, Czech and Hungarian negatives are in labels_eu.py, which imports add/L from here.
# Same format as bench/blindset15/labels_z.py: table cells are separated by " | "; a line ending in " |" is a table row whose
# remaining cells are empty. Keys starting with "_" are private to the checker (check_set.py) and are not written to
# expected.jsonl:
#   _dvb = the DV base the printed %DV was computed from (default 420 for en, 375 for EU languages; the UK label sets 375,
#          the toddler label whose %DV header names children 1 through 3 years sets 80).
L = []
def add(id, lang, kind, note, text, status="ok", el=None, tol=2, forms=(), dv=None, sc=None, **extra):
    d = dict(id=id, lang=lang, kind=kind, source_note=note, status=status, elemental_mg=el,
             elemental_tol_pct=tol, forms=list(forms), percent_dv=dv, serving_count=sc, _text=text)
    d.update(extra); L.append(d)

# ===================================================================== US Supplement Facts
add("us16_vitaminbounty_threonate_servings_line_before_serving_size", "en", "us_supplement",
 "Modelled on a Vitamin Bounty magnesium L-threonate capsule (US; as remembered, the product and panel set here, may not match a current SKU): the newer FDA order with the count FIRST, '30 Servings Per Container' printed ABOVE 'Serving Size 3 Capsules'; 'Magnesium (as Magtein\u00ae magnesium L-threonate) 144 mg 34%' (144/420 = 34.3) above a compound row 'Magtein\u00ae Magnesium L-Threonate 2,000 mg \u2020' (2,000 x 0.072 = 144). The 2,000 mg is never the elemental value. 90 capsules / 3 = 30 (printed).",
"""VITAMIN BOUNTY
Magnesium L-Threonate
Cognitive Support | Dietary Supplement | 90 Capsules
Supplement Facts
30 Servings Per Container
Serving Size 3 Capsules
 | Amount Per Serving | % Daily Value
Magnesium (as Magtein® magnesium L-threonate) | 144 mg | 34%
Magtein® Magnesium L-Threonate | 2,000 mg | †
† Daily Value not established.
Other Ingredients: Hypromellose (capsule), microcrystalline cellulose, silicon dioxide.
Suggested Use: Take 3 capsules daily, or as directed by a healthcare professional.
Magtein® is a registered trademark of AIDP, Inc.""",
 el=144, forms=["threonate"], dv=34, sc=30)

add("us16_vivanaturals_traacs_lysinate_glycinate_two_tablets_200", "en", "us_supplement",
 "Modelled on a Viva Naturals magnesium glycinate tablet (US; as remembered, the panel set here, may not match a current SKU): a chelate named with TWO amino acids and a trademark in the source clause, 'Magnesium (from TRAACS\u00ae magnesium lysinate glycinate chelate) 200 mg 48%' (200/420 = 47.6); 'Best taken in 2 divided doses' does not redefine the 2-tablet serving. Form glycinate (lysinate is its partner amino acid). 240 tablets / 2 = 120 (printed).",
"""VIVA NATURALS
Magnesium Glycinate
TRAACS® Lysinate Glycinate Chelate | Dietary Supplement | 240 Tablets
Supplement Facts
Serving Size 2 Tablets
Servings Per Container 120
 | Amount Per Serving | % Daily Value
Magnesium (from TRAACS® magnesium lysinate glycinate chelate) | 200 mg | 48%
Other Ingredients: Microcrystalline cellulose, hypromellose, croscarmellose sodium, stearic acid, silica.
Suggested Use: Take 2 tablets daily, with or without food. Best taken in 2 divided doses.
TRAACS® is a registered trademark of Balchem Corporation.""",
 el=200, forms=["glycinate"], dv=48, sc=120)

add("us16_amazonbasiccare_slow_release_chloride_calcium_71_5_per_tablet", "en", "us_supplement",
 "Modelled on an Amazon Basic Care slow-release magnesium chloride with calcium tablet (a Slow-Mag type product; magnesium.md section 1 gives the current Slow-Mag figures 71.5 mg Mg + 119 mg Ca per tablet; panel set here, may not match a current SKU): a DECIMAL per-tablet figure only in the title, '71.5 mg Magnesium per Tablet', and the 2-tablet panel with calcium first, 'Calcium (as calcium carbonate) 238 mg 18%', 'Magnesium (as magnesium chloride) 143 mg 34%' (2 x 71.5 = 143; 143/420 = 34.0). 60 tablets / 2 = 30 (printed).",
"""amazon basic care
Slow Release Magnesium with Calcium
71.5 mg Magnesium per Tablet | Dietary Supplement | 60 Enteric Coated Tablets
Supplement Facts
Serving Size 2 Tablets
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Calcium (as calcium carbonate) | 238 mg | 18%
Magnesium (as magnesium chloride) | 143 mg | 34%
Other Ingredients: Hypromellose, microcrystalline cellulose, methacrylic acid copolymer, polyethylene glycol, talc, titanium dioxide, triethyl citrate, carnauba wax.
Directions: Adults take 2 tablets daily with food. Swallow whole; do not crush or chew.""",
 el=143, forms=["chloride"], dv=34, sc=30)

add("us16_nutrablast_ionic_liquid_half_teaspoon_chloride_row", "en", "us_supplement",
 "Modelled on a Nutrablast liquid ionic magnesium concentrate (US; the product and panel set here, may not match a current SKU): a serving size with a FRACTION CHARACTER, 'Serving Size \u00bd tsp (2.5 mL)', 'Servings Per Container About 94' (237 / 2.5 = 94.8), 'Magnesium (from magnesium chloride) 200 mg 48%' (200/420 = 47.6) followed by a LARGER chloride row, 'Chloride (from magnesium chloride) 580 mg 25%' (200 x 70.9/24.3 = 583; 580/2300 = 25.2), and '<1%' rows. 'About 94' -> 94.",
"""NUTRABLAST
Liquid Ionic Magnesium
Concentrated Drops | Dietary Supplement | 8 fl oz (237 mL)
Supplement Facts
Serving Size ½ tsp (2.5 mL)
Servings Per Container About 94
 | Amount Per Serving | % Daily Value
Magnesium (from magnesium chloride) | 200 mg | 48%
Chloride (from magnesium chloride) | 580 mg | 25%
Sodium | 5 mg | <1%
Potassium | 2 mg | <1%
Ingredients: Concentrated ionic sea mineral solution (magnesium chloride), purified water.
Suggested Use: Add ½ teaspoon to 8 oz of water or juice once daily. Strong mineral taste; dilute well. Shake well before use.""",
 el=200, forms=["chloride"], dv=48, sc=94)

add("us16_llamanaturals_toddler_melts_dv_children_1_through_3", "en", "us_supplement",
 "Modelled on a Llama Naturals children's product (US; the toddler magnesium melt, its panel and amounts are set here and may not exist in this form): a panel for toddlers ONLY whose %DV header names the population, '% Daily Value for Children 1 through 3 Years of Age', so the DV base is 80 mg (magnesium.md section 4); 'Magnesium (as magnesium citrate) 20 mg 25%' (20/80 = 25.0; 420 would give 5). 60 melts, 1 a day (printed).",
"""LLAMA NATURALS
Toddler Magnesium Melts
Ages 1–3 | Berry | Dietary Supplement | 60 Melt Tablets
Supplement Facts
Serving Size 1 Melt Tablet
Servings Per Container 60
 | Amount Per Serving | % Daily Value for Children 1 through 3 Years of Age
Magnesium (as magnesium citrate) | 20 mg | 25%
Other Ingredients: Organic tapioca dextrin, organic cane sugar, citric acid, natural berry flavor, silica.
Directions: Children 1 to 3 years: let 1 melt tablet dissolve on the tongue once daily, under adult supervision.""",
 el=20, forms=["citrate"], dv=25, sc=60, _dvb=80)

add("us16_irwin_sleep_softgel_ashwagandha_5pct_withanolides", "en", "us_supplement",
 "Modelled on an Irwin Naturals magnesium sleep liquid softgel (US; the product and amounts set here, may not match a current SKU): 'Magnesium (as magnesium glycinate) 120 mg 29%' (120/420 = 28.6) followed by an herb row whose name carries a PERCENT, 'Ashwagandha root extract \u2026 (standardized to 5% withanolides) 300 mg \u2020', L-theanine and melatonin rows, and '30 minutes before bedtime'. 60 softgels / 2 = 30 (printed).",
"""IRWIN NATURALS®
Magnesium Sleep + Ashwagandha
Liquid Softgels | Dietary Supplement | 60 Softgels
Supplement Facts
Serving Size 2 Softgels
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium glycinate) | 120 mg | 29%
Ashwagandha root extract (Withania somnifera) (standardized to 5% withanolides) | 300 mg | †
L-Theanine | 100 mg | †
Melatonin | 3 mg | †
† Daily Value not established.
Other Ingredients: Medium chain triglycerides, gelatin, glycerin, purified water, beeswax, sunflower lecithin, carob.
Suggested Use: Take 2 softgels 30 minutes before bedtime. Do not drive or operate machinery after use.""",
 el=120, forms=["glycinate"], dv=29, sc=30)

add("us16_triquetra_two_panels_d3_softgels_and_magnesium_capsules", "en", "us_supplement",
 "Modelled on a Triquetra Health vitamin D3 + magnesium duo (US; a two-bottle carton, set here, may not exist in this form): TWO PRODUCTS ON ONE CARTON, each with its own Supplement Facts panel, first 'Supplement Facts \u2014 Vitamin D3 Softgels' (1 softgel, 60 servings, '125 mcg (5,000 IU) 625%'), then 'Supplement Facts \u2014 Magnesium Capsules', 'Serving Size 2 Capsules', 'Servings Per Container 30', 'Magnesium (as magnesium bisglycinate chelate) 240 mg 57%' (240/420 = 57.1). The magnesium panel gives the values (240 mg, 57 %, 30); the D3 panel's 60 servings and 625 % are traps.",
"""TRIQUETRA HEALTH
Vitamin D3 + Magnesium Duo
Two Bottles | 60 Softgels + 60 Capsules
Supplement Facts — Vitamin D3 Softgels
Serving Size 1 Softgel
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Vitamin D3 (as cholecalciferol) | 125 mcg (5,000 IU) | 625%
Other Ingredients: Extra virgin olive oil, softgel (gelatin, glycerin, purified water).
Supplement Facts — Magnesium Capsules
Serving Size 2 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium bisglycinate chelate) | 240 mg | 57%
Other Ingredients: Hypromellose (capsule), rice flour.
Suggested Use: Take 1 vitamin D3 softgel with breakfast and 2 magnesium capsules in the evening.""",
 el=240, forms=["glycinate"], dv=57, sc=30)

add("us16_orthomolecular_acetyl_taurate_500_providing_row_34", "en", "us_supplement",
 "Modelled on an Ortho Molecular Products practitioner capsule (US; the magnesium acetyl taurate product and its panel are set here and may not exist in this form): the COMPOUND row first, 'Magnesium Acetyl Taurate 500 mg \u2020', and the element on a second row introduced by 'providing', 'providing Magnesium 34 mg 8%' (500 x 0.068 = 34.0, the computed 1:2 N-acetyltaurinate of magnesium.md section 1; 34/420 = 8.1). 90 capsules, 1 a day (printed).",
"""ORTHO MOLECULAR PRODUCTS
Mag Taurate AT
Magnesium Acetyl Taurate | Dietary Supplement | 90 Capsules
Supplement Facts
Serving Size 1 Capsule
Servings Per Container 90
 | Amount Per Serving | % Daily Value
Magnesium Acetyl Taurate | 500 mg | †
providing Magnesium | 34 mg | 8%
† Daily Value not established.
Other Ingredients: Hypromellose (capsule), microcrystalline cellulose.
Suggested Use: 1 capsule daily, or as recommended by your health care professional.""",
 el=34, forms=["acetyl_taurate"], dv=8, sc=90)

add("us16_naturessunshine_two_compound_weights_in_footnote_300", "en", "us_supplement",
 "Modelled on a Nature's Sunshine\u00ae magnesium complex capsule (US; the product and panel set here, may not match a current SKU): 'Magnesium (as magnesium citrate and magnesium oxide)\u2021 300 mg 71%' (300/420 = 71.4) with the COMPOUND WEIGHTS OF BOTH SALTS in a footnote, '\u2021 Supplied as magnesium citrate 1,000 mg and magnesium oxide 250 mg per serving' and no per-salt element figures (1,000 x 0.12-0.162 + 250 x 0.603 = 271-313, which covers 300). 120 capsules / 2 = 60 (printed).",
"""NATURE'S SUNSHINE®
Magnesium Complex
Dietary Supplement | 120 Capsules
Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Magnesium (as magnesium citrate and magnesium oxide)‡ | 300 mg | 71%
‡ Supplied as magnesium citrate 1,000 mg and magnesium oxide 250 mg per serving.
Other Ingredients: Gelatin (capsule), magnesium stearate.
Recommended Use: Take 2 capsules daily with a meal.""",
 el=300, forms=["citrate", "oxide"], dv=71, sc=60)

add("us16_naturalfactors_potassium_magnesium_aspartate_99_and_99", "en", "us_supplement",
 "Modelled on a Natural Factors potassium & magnesium aspartate capsule (US line; as remembered, panel set here, may not match a current SKU): potassium FIRST and both minerals with the SAME amount, 'Potassium (as potassium aspartate) 99 mg 2%' (99/4700 = 2.1), 'Magnesium (as magnesium aspartate) 99 mg 24%' (99/420 = 23.6). Only the %DV tells the rows apart. 90 capsules, 1 a day (printed).",
"""NATURAL FACTORS
Potassium & Magnesium Aspartate
Dietary Supplement | 90 Capsules
Supplement Facts
Serving Size 1 Capsule
Servings Per Container 90
 | Amount Per Serving | % Daily Value
Potassium (as potassium aspartate) | 99 mg | 2%
Magnesium (as magnesium aspartate) | 99 mg | 24%
Other Ingredients: Gelatin (capsule), microcrystalline cellulose, magnesium stearate.
Directions: Adults take 1 capsule daily with a meal, or as directed by a health care practitioner.""",
 el=99, forms=["aspartate"], dv=24, sc=90)

add("us16_integrativetherapeutics_di_magnesium_malate_three_tablets", "en", "us_supplement",
 "Modelled on an Integrative Therapeutics\u00ae magnesium malate tablet (US; as remembered, the panel set here, may not match a current SKU): di-magnesium malate named in the source, 'Magnesium (as di-magnesium malate) 300 mg 71%' (300/420 = 71.4), with 'Take 1 tablet three times daily' for the 3-tablet serving (directions do not redefine it). Form malate (DMM: magnesium.md section 1). 180 tablets / 3 = 60 (printed).",
"""INTEGRATIVE THERAPEUTICS®
Magnesium Malate
Di-Magnesium Malate | Dietary Supplement | 180 Tablets
Supplement Facts
Serving Size 3 Tablets
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Magnesium (as di-magnesium malate) | 300 mg | 71%
Other Ingredients: Microcrystalline cellulose, hypromellose, stearic acid, silica, vegetable coating.
Suggested Use: Take 1 tablet three times daily with meals.""",
 el=300, forms=["malate"], dv=71, sc=60)

add("us16_celebrate_bariatric_chewable_amount_per_2_chewable_tablets", "en", "us_supplement",
 "Modelled on a Celebrate\u00ae bariatric chewable (US; the magnesium product and panel set here, may not exist in this form): the column header names the serving, 'Amount Per 2 Chewable Tablets', calorie, carbohydrate ('<1%') and sugar-alcohol rows before 'Magnesium (as magnesium citrate) 200 mg 48%' (200/420 = 47.6); directions 'Chew 1 tablet twice daily'. 60 tablets / 2 = 30 (printed).",
"""CELEBRATE®
Magnesium 200 Chewable
Bariatric Formula | Sugar Free | Orange | Dietary Supplement | 60 Chewable Tablets
Supplement Facts
Serving Size 2 Chewable Tablets
Servings Per Container 30
 | Amount Per 2 Chewable Tablets | % Daily Value
Calories | 5 |
Total Carbohydrate | 2 g | <1%*
Sugar Alcohol | 2 g | †
Magnesium (as magnesium citrate) | 200 mg | 48%
* Percent Daily Values are based on a 2,000 calorie diet. † Daily Value not established.
Ingredients: Xylitol, magnesium citrate, natural orange flavor, citric acid, stearic acid, silica, stevia leaf extract.
Directions: Chew 1 tablet twice daily. Separate from calcium citrate doses by at least 2 hours.""",
 el=200, forms=["citrate"], dv=48, sc=30)

add("us16_pureessence_mag_d3_k2_vitamins_minerals_subheadings", "en", "us_supplement",
 "Modelled on a Pure Essence magnesium + D3 + K2 capsule (US; the product and panel set here, may not match a current SKU): SUBHEADING ROWS without values, 'Vitamins' and 'Minerals', group the panel; 'Vitamin D3 \u2026 25 mcg (1,000 IU) 125%', 'Vitamin K2 \u2026 100 mcg 83%', then 'Magnesium (as magnesium bisglycinate and magnesium malate) 250 mg 60%' (250/420 = 59.5). Forms glycinate + malate. 90 capsules / 3 = 30 (printed).",
"""PURE ESSENCE
Magnesium + D3 + K2
Dietary Supplement | 90 Capsules
Supplement Facts
Serving Size 3 Capsules
Servings Per Container 30
 | Amount Per Serving | % Daily Value
Vitamins |
Vitamin D3 (as cholecalciferol) | 25 mcg (1,000 IU) | 125%
Vitamin K2 (as menaquinone-7) | 100 mcg | 83%
Minerals |
Magnesium (as magnesium bisglycinate and magnesium malate) | 250 mg | 60%
Other Ingredients: Hypromellose (capsule), rice bran.
Suggested Use: Take 3 capsules daily with food.""",
 el=250, forms=["glycinate", "malate"], dv=60, sc=30)

add("us16_olly_magnesium_gummy_three_gummies_7_5g", "en", "us_supplement",
 "Modelled on an OLLY\u00ae gummy (US; the magnesium gummy, its panel and amounts are set here and may not match a current SKU): 'Serving Size 3 Gummies (7.5 g)' with calorie, carbohydrate (4 g = 1 %), sugar and added-sugar (2 g = 4 %) rows and '% DV', then 'Magnesium (as magnesium citrate) 75 mg 18%' (75/420 = 17.9). 60 gummies / 3 = 20 (printed).",
"""OLLY®
Magnesium Gummy
Sour Berry | Dietary Supplement | 60 Gummies
Supplement Facts
Serving Size 3 Gummies (7.5 g)
Servings Per Container 20
 | Amount Per Serving | % DV
Calories | 15 |
Total Carbohydrate | 4 g | 1%*
Total Sugars | 2 g | †
Includes 2 g Added Sugars | | 4%*
Magnesium (as magnesium citrate) | 75 mg | 18%
* Percent Daily Values are based on a 2,000 calorie diet. † Daily Value not established.
Other Ingredients: Glucose syrup, sugar, water, pectin, citric acid, natural flavors, colors (from vegetables and fruits), coconut oil, carnauba wax.
Suggested Use: Chew 3 gummies daily.""",
 el=75, forms=["citrate"], dv=18, sc=20)

add("us16_wellatwalgreens_oxide_softgel_calories_fat_rows_250", "en", "us_supplement",
 "Modelled on a Well at Walgreens magnesium softgel (US store brand; the product and panel set here, may not match a current SKU): a SOFTGEL panel whose calorie and fat rows (from the oil fill) come before the mineral, 'Calories 10', 'Total Fat 1 g 1%*', 'Magnesium (as magnesium oxide) 250 mg 60%' (250/420 = 59.5). 100 softgels, 1 a day (printed).",
"""Well at Walgreens
Magnesium 250 mg
Softgels | Dietary Supplement | 100 Softgels
Supplement Facts
Serving Size 1 Softgel
Servings Per Container 100
 | Amount Per Serving | % Daily Value
Calories | 10 |
Total Fat | 1 g | 1%*
Magnesium (as magnesium oxide) | 250 mg | 60%
* Percent Daily Values are based on a 2,000 calorie diet.
Other Ingredients: Soybean oil, gelatin, glycerin, purified water, yellow beeswax, soy lecithin, titanium dioxide (color).
Directions: For adults, take one (1) softgel daily with a meal.
Distributed by: Walgreen Co., Deerfield, IL 60015""",
 el=250, forms=["oxide"], dv=60, sc=100)

# ===================================================================== multivitamins
add("mv16_berkleyjensen_50plus_side_by_side_panel_mg_right_half", "en", "multivitamin",
 "Modelled on a Berkley Jensen (BJ's store brand) adults 50+ multivitamin (as remembered; amounts set here, may not match a current formula): a SIDE-BY-SIDE Supplement Facts panel (small-package format) with vitamins in the left half and minerals in the right half of the SAME rows, 'Amount Per Serving | %DV | Amount Per Serving | %DV'; 'Magnesium (as magnesium oxide) 50 mg 12%' (50/420 = 11.9) is in the right half of the Vitamin E row. 365 tablets, 1 a day (printed).",
"""BERKLEY JENSEN
Adults 50+ Multivitamin
Multivitamin/Multimineral Supplement | 365 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 365
 | Amount Per Serving | %DV | | Amount Per Serving | %DV
Vitamin A (as retinyl acetate and beta-carotene) | 750 mcg | 83% | Calcium (as calcium carbonate) | 220 mg | 17%
Vitamin C (as ascorbic acid) | 120 mg | 133% | Phosphorus (as dicalcium phosphate) | 20 mg | 2%
Vitamin D3 (as cholecalciferol) | 25 mcg (1,000 IU) | 125% | Iodine (as potassium iodide) | 150 mcg | 100%
Vitamin E (as dl-alpha tocopheryl acetate) | 22.5 mg | 150% | Magnesium (as magnesium oxide) | 50 mg | 12%
Thiamin (as thiamine mononitrate) | 1.5 mg | 125% | Zinc (as zinc oxide) | 11 mg | 100%
Riboflavin | 1.7 mg | 131% | Selenium (as sodium selenate) | 55 mcg | 100%
Niacin (as niacinamide) | 20 mg | 125% | Copper (as cupric oxide) | 0.9 mg | 100%
Vitamin B6 (as pyridoxine hydrochloride) | 3 mg | 176% | Manganese (as manganese sulfate) | 2.3 mg | 100%
Folate | 400 mcg DFE (240 mcg folic acid) | 100% | Chromium (as chromium chloride) | 45 mcg | 129%
Vitamin B12 (as cyanocobalamin) | 25 mcg | 1,042% | Molybdenum (as sodium molybdate) | 45 mcg | 100%
Biotin | 30 mcg | 100% | Chloride (as potassium chloride) | 72 mg | 3%
Pantothenic Acid (as d-calcium pantothenate) | 10 mg | 200% | Potassium (as potassium chloride) | 80 mg | 2%
Other Ingredients: Microcrystalline cellulose, croscarmellose sodium, hypromellose, stearic acid, magnesium stearate, titanium dioxide.
Directions: Adults 50 and older, take 1 tablet daily with food.""",
 el=50, forms=["oxide"], dv=12, sc=365)

add("mv16_rainbowlight_mens_one_food_based_blends_mg_20", "en", "multivitamin",
 "Modelled on Rainbow Light\u00ae Men's One multivitamin (as remembered; amounts approximate and set here, may not match a current formula): a 1-tablet multi where magnesium is SMALL, 'Magnesium (as magnesium citrate and magnesium oxide) 20 mg 5%' (20/420 = 4.8), followed by food-based and herbal blend rows with their own weights (traps). 90 tablets, 1 a day (printed).",
"""RAINBOW LIGHT®
Men's One
Food-Based Multivitamin | Dietary Supplement | 90 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 90
 | Amount Per Serving | % Daily Value
Vitamin A (as beta-carotene and retinyl acetate) | 1,200 mcg | 133%
Vitamin C (as ascorbic acid) | 150 mg | 167%
Vitamin D3 (as cholecalciferol) | 25 mcg (1,000 IU) | 125%
Vitamin E (as d-alpha tocopheryl succinate) | 27 mg | 180%
Thiamin (as thiamine HCl) | 10 mg | 833%
Riboflavin | 10 mg | 769%
Niacin (as niacinamide) | 20 mg | 125%
Vitamin B6 (as pyridoxine HCl) | 10 mg | 588%
Folate | 680 mcg DFE (400 mcg folic acid) | 170%
Vitamin B12 (as cyanocobalamin) | 100 mcg | 4,167%
Calcium (as calcium carbonate) | 40 mg | 3%
Magnesium (as magnesium citrate and magnesium oxide) | 20 mg | 5%
Zinc (as zinc citrate) | 15 mg | 136%
Selenium (as selenomethionine) | 70 mcg | 127%
Men's Food & Enzyme Blend (spirulina, brown rice bran, papain) | 60 mg | †
Prostate & Heart Blend (saw palmetto, lycopene, CoQ10) | 45 mg | †
† Daily Value not established.
Other Ingredients: Cellulose, calcium phosphate, stearic acid, vegetable glaze.
Suggested Use: Take 1 tablet daily with food.""",
 el=20, forms=["citrate", "oxide"], dv=5, sc=90)

add("mv16_naturesnutrition_womens_two_tablets_iron_warning", "en", "multivitamin",
 "Modelled on a Nature's Nutrition women's multivitamin (US; the product and panel set here, may not match a current SKU): 'Serving Size 2 Tablets', 'Magnesium (as magnesium citrate) 100 mg 24%' (100/420 = 23.8) between iron and zinc rows, and the mandatory iron WARNING with its own numbers ('children under 6'). 120 tablets / 2 = 60 (printed).",
"""NATURE'S NUTRITION
Women's Daily Multi
Multivitamin / Multimineral | Dietary Supplement | 120 Tablets
Supplement Facts
Serving Size 2 Tablets
Servings Per Container 60
 | Amount Per Serving | % Daily Value
Vitamin A (as beta-carotene) | 900 mcg | 100%
Vitamin C (as ascorbic acid) | 90 mg | 100%
Vitamin D3 (as cholecalciferol) | 50 mcg (2,000 IU) | 250%
Folate | 680 mcg DFE (400 mcg folic acid) | 170%
Vitamin B12 (as methylcobalamin) | 50 mcg | 2,083%
Calcium (as calcium carbonate) | 250 mg | 19%
Iron (as ferrous bisglycinate chelate) | 18 mg | 100%
Magnesium (as magnesium citrate) | 100 mg | 24%
Zinc (as zinc bisglycinate chelate) | 8 mg | 73%
Other Ingredients: Microcrystalline cellulose, croscarmellose sodium, stearic acid, silica, hypromellose.
Directions: Take 2 tablets daily with a meal.
WARNING: Accidental overdose of iron-containing products is a leading cause of fatal poisoning in children under 6. Keep this product out of reach of children. In case of accidental overdose, call a doctor or poison control center immediately.""",
 el=100, forms=["citrate"], dv=24, sc=60)

# ===================================================================== powder / drink
add("pw16_ultima_replenisher_stickpack_supplement_facts_100", "en", "powder",
 "Modelled on Ultima Replenisher\u00ae electrolyte powder stickpacks (US; as remembered, the amounts set here and may not match the current formula): a Supplement Facts powder, 'Serving Size 1 Stickpack (3.5 g)', eight rows with magnesium in the middle, 'Magnesium (as magnesium citrate) 100 mg 24%' (100/420 = 23.8), a larger potassium row (250 mg), and 'Use up to 3 stickpacks per day' (not the serving). 20 stickpacks (printed).",
"""ULTIMA REPLENISHER®
Electrolyte Hydration Powder
Raspberry | Zero Sugar | Dietary Supplement | 20 Stickpacks
Supplement Facts
Serving Size 1 Stickpack (3.5 g)
Servings Per Container 20
 | Amount Per Serving | % Daily Value
Calories | 0 |
Total Carbohydrate | 1 g | <1%*
Vitamin C (as ascorbic acid) | 50 mg | 56%
Calcium (as calcium citrate) | 25 mg | 2%
Magnesium (as magnesium citrate) | 100 mg | 24%
Zinc (as zinc citrate) | 2 mg | 18%
Sodium (as sodium chloride) | 55 mg | 2%
Potassium (as potassium citrate) | 250 mg | 5%
Chloride (as sodium chloride) | 85 mg | 4%
*Percent Daily Values are based on a 2,000 calorie diet.
Other Ingredients: Citric acid, natural raspberry flavor, stevia leaf extract, beet juice powder (color), silica.
Directions: Mix 1 stickpack with 16–20 oz of water. Use up to 3 stickpacks per day.""",
 el=100, forms=["citrate"], dv=24, sc=20)

add("lq16_harmlessharvest_coconut_water_dual_column_nf_60_15pct", "en", "liquid",
 "Modelled on Harmless Harvest organic coconut water, 16 fl oz (the amounts are set here and may not match the current label; magnesium is a voluntary row): a DUAL-COLUMN Nutrition Facts panel ('2 servings per container', 'Per serving | Per container'), 'Magnesium 60mg 15% | 120mg 30%' (60/420 = 14.3 -> 15 % and 120/420 = 28.6 -> 30 % in the food rounding steps, magnesium.md section 4). The per-serving column is the value (60 mg, 15 %); serving_count 2 as printed.",
"""HARMLESS HARVEST
Organic Coconut Water
Not From Concentrate | 16 fl oz (473 mL)
Nutrition Facts
2 servings per container
Serving size 8 fl oz (240 mL)
 | Per serving | | Per container |
Calories | 60 | | 120 |
 | | % Daily Value* | | % Daily Value*
Total Fat | 0g | 0% | 0g | 0%
Sodium | 45mg | 2% | 90mg | 4%
Total Carbohydrate | 14g | 5% | 28g | 10%
Total Sugars | 13g | | 26g |
Includes 0g Added Sugars | | 0% | | 0%
Protein | 0g | | 0g |
Vitamin D | 0mcg | 0% | 0mcg | 0%
Calcium | 60mg | 4% | 120mg | 10%
Iron | 0mg | 0% | 0mg | 0%
Potassium | 520mg | 10% | 1040mg | 20%
Magnesium | 60mg | 15% | 120mg | 30%
*The % Daily Value (DV) tells you how much a nutrient in a serving of food contributes to a daily diet. 2,000 calories a day is used for general nutrition advice.
Ingredients: Organic coconut water.
Keep refrigerated. Shake well.""",
 el=60, forms=[], dv=15, sc=2)

# ===================================================================== Drug Facts
add("df16_gianteagle_ultra_strength_antacid_calcium_400_magnesium_85", "en", "drug_facts",
 "Modelled on the Rolaids\u00ae Ultra Strength Fruit Drug Facts on DailyMed (https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=50aa27e4-00c9-477a-88c0-a10de1fa3f75: calcium carbonate USP 1000 mg, magnesium hydroxide USP 200 mg, 'each tablet contains: calcium 400 mg, magnesium 85 mg', 'do not take more than 7 tablets in a 24-hour period'), re-set under the Giant Eagle store brand (a store-brand version in this form may not exist). Per tablet 85 mg (stated; 200 x 0.417 = 83.4); calcium 400 mg and '2-3 tablets' are not the value. Drug Facts -> serving_count null.",
"""GIANT EAGLE®
Ultra Strength Antacid | Calcium Carbonate 1000 mg / Magnesium Hydroxide 200 mg | Assorted Fruit | 72 Chewable Tablets
Drug Facts
Active ingredients (in each tablet) | Purpose
Calcium carbonate USP 1000 mg | Antacid
Magnesium hydroxide USP 200 mg | Antacid
Uses for the relief of • heartburn • sour stomach • acid indigestion • upset stomach associated with these symptoms
Warnings
Ask a doctor or pharmacist before use if you are now taking a prescription drug. Antacids may interact with certain prescription drugs.
When using this product • do not take more than 7 tablets in a 24-hour period • do not use the maximum dosage for more than 2 weeks
Keep out of reach of children.
Directions • chew 2-3 tablets as symptoms occur, or as directed by a doctor
Other information • each tablet contains: calcium 400 mg, magnesium 85 mg • store at room temperature 20°-25°C (68°-77°F)
Inactive ingredients corn starch, dextrose, flavors, magnesium stearate, maltodextrin, silicon dioxide, stearic acid, sucralose, sucrose
Distributed by Giant Eagle, Inc., Pittsburgh, PA 15238""",
 el=85, forms=["hydroxide"], dv=None, sc=None)

add("df16_winndixie_foaming_antacid_es_mg_carbonate_237_5_computed", "en", "drug_facts",
 "Modelled on the Gaviscon\u00ae Extra Strength liquid Drug Facts on DailyMed (https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=2d74e5bc-1f10-4fb6-9258-cd906e360013: 'Active ingredients (in each 5 mL / teaspoonful) \u2026 Aluminum hydroxide 254 mg, Magnesium carbonate 237.5 mg', '2-4 teaspoonfuls four times a day', 'not more than 16 teaspoonfuls in 24 hours'), re-set under the Winn-Dixie store brand (may not exist in this form). No magnesium statement: COMPUTED per 5 mL, 237.5 x 0.269 (middle of the carbonate range 0.25-0.288, magnesium.md section 1) = 63.9 mg, tol 8 (covers 59.4-68.4). Drug Facts -> serving_count null.",
"""WINN-DIXIE
Foaming Antacid Liquid | Extra Strength | Aluminum Hydroxide and Magnesium Carbonate Oral Suspension | 12 fl oz (355 mL)
Drug Facts
Active ingredients (in each 5 mL teaspoonful) | Purposes
Aluminum hydroxide 254 mg | Antacid
Magnesium carbonate 237.5 mg | Antacid
Uses relieves • heartburn • acid indigestion • sour stomach • upset stomach associated with these symptoms
Warnings
Ask a doctor or pharmacist before use if you • have kidney disease • are on a sodium-restricted diet or a magnesium-restricted diet • are taking a prescription drug. Antacids may interact with certain prescription drugs.
When using this product • do not take more than 16 teaspoonfuls in 24 hours • do not use the maximum dosage for more than 2 weeks, except under the advice and supervision of a doctor • laxative effect may occur
Keep out of reach of children. In case of overdose, get medical help or contact a Poison Control Center right away.
Directions • shake well • take 2-4 teaspoonfuls four times a day or as directed by a doctor • take after meals and at bedtime • dispense product only by spoon or other measuring device
Other information • store at controlled room temperature • avoid freezing • keep tightly closed
Inactive ingredients benzyl alcohol, edetate disodium, flavor, glycerin, saccharin sodium, simethicone emulsion, sodium alginate, sorbitol solution, water, xanthan gum""",
 el=63.9, tol=8, forms=["carbonate"], dv=None, sc=None)

add("df16_medline_mom_unit_dose_cup_30ml_statement_per_15ml_500", "en", "drug_facts",
 "Modelled on milk of magnesia 30 mL unit-dose cups on DailyMed (Natco Pharma USA, https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=e2a8f5b1-de24-4df8-901f-6daf5d241757: 'Active Ingredient (in each 30 mL cup)', '30ml, not more than 60ml in 24 hrs', 'Each tablespoonful {15ml} contains: magnesium 500mg', 'Sodium Content: not more than 324ppm'; the 2400 mg active from https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=1fe5649a-2f26-402a-b571-e646a37e9a46), re-set under the Medline brand (may not exist in this form). The active's unit is the 30 mL CUP but the magnesium statement is PER 15 mL: per cup 2 x 500 = 1,000 mg (2,400 x 0.417 = 1,000.8 agrees), tol 2 although '1,000' is not printed (DERIVED in check_set.py). Drug Facts -> serving_count null.",
"""MEDLINE
Milk of Magnesia | Magnesium Hydroxide 2400 mg / 30 mL | Saline Laxative | Original | Unit Dose Cup 30 mL
Drug Facts
Active ingredient (in each 30 mL cup) | Purpose
Magnesium hydroxide USP 2400 mg | Saline laxative
Uses • relieves occasional constipation (irregularity) • generally produces bowel movement in ½ to 6 hours
Warnings
Do not use if you have ever had an allergic reaction to this product or any of its ingredients
Ask a doctor before use if you have • kidney disease • a magnesium-restricted diet • stomach pain, nausea, or vomiting • a sudden change in bowel habits that lasts over 14 days
Stop use and ask a doctor if • you have rectal bleeding or no bowel movement after using this product • you need to use a laxative for more than 1 week
Keep out of reach of children. In case of overdose, get medical help or contact a Poison Control Center right away.
Directions • shake well before use • do not exceed the maximum recommended daily dose in a 24-hour period • dose may be taken once a day preferably at bedtime • drink a full glass (8 oz) of liquid with each dose
adults and children 12 years and older | 30 mL, not more than 60 mL in 24 hrs
children under 12 years of age | ask a doctor
Other information • each tablespoonful (15 mL) contains: magnesium 500 mg • sodium content: not more than 324 ppm • store at room temperature, 20-25°C (68-77°F); avoid freezing • do not use if lid seal is open or damaged
Inactive ingredient purified water""",
 el=1000, forms=["hydroxide"], dv=None, sc=None)

add("df16_stopshop_citrate_magnesium_content_290_per_1_fl_oz_30ml", "en", "drug_facts",
 "Modelled on the citrate of magnesia Drug Facts distributed by Major (Discount Drug Mart listing on DailyMed, https://dailymed.nlm.nih.gov/dailymed/fda/fdaDrugXsl.cfm?setid=f45d7caa-43e1-4d2e-9b1a-fc5afd5e7b2b&type=display: 'Magnesium citrate 1.745g per fl oz', '6.5 to 10 fl oz maximum 10 fl oz in 24 hours', 'magnesium content 290 mg per 1 fl oz (30 mL)', 'sodium content 45mg per 1 fl oz (30 mL)'), re-set under the Stop & Shop store brand (may not exist in this form). Per fl oz 290 mg (stated; 1,745 x 0.162 = 282.7); the sodium line and the fl oz doses are not the value. Drug Facts -> serving_count null.",
"""STOP & SHOP
Citrate of Magnesia | Magnesium Citrate Oral Solution | Saline Laxative | Lemon | 10 FL OZ (296 mL)
Drug Facts
Active ingredient | Purpose
Magnesium citrate 1.745 g per fl oz | Saline laxative
Use for relief of occasional constipation (irregularity). Generally produces bowel movement in 1/2 to 6 hours
Warnings
Do not use if you are on a low salt diet
Ask a doctor before use if you have • kidney disease • a magnesium or sodium restricted diet • abdominal pain, nausea, or vomiting • noticed a sudden change in bowel habits that persists over a period of 2 weeks • already used a laxative for a period longer than 1 week
Stop use and ask a doctor if you have rectal bleeding or failure to have a bowel movement after use.
Keep out of reach of children.
Directions • drink a full glass (8 ounces) of liquid with each dose • may be taken as a single daily dose or in divided doses
adults and children 12 years of age and over | 6.5 to 10 fl oz, maximum 10 fl oz in 24 hours
children 6 to under 12 years of age | 3 to 7 fl oz, maximum 7 fl oz in 24 hours
children 2 to under 6 years of age | 2 to 3 fl oz, maximum 3 fl oz in 24 hours
children under 2 years of age | ask a doctor
Other information • magnesium content 290 mg per 1 fl oz (30 mL) • sodium content 45 mg per 1 fl oz (30 mL) • store at temperatures between 46° and 86°F (8° and 30°C) • discard unused product within 24 hours of opening bottle
Inactive ingredients citric acid, lemon oil, polyethylene glycol, purified water, sodium bicarbonate, sodium saccharin, sucrose""",
 el=290, forms=["citrate"], dv=None, sc=None)

add("df16_uromag_oxide_140mg_capsule_84_5_elemental_6_93_meq", "en", "drug_facts",
 "Modelled on Uro-Mag\u00ae magnesium oxide capsules (Blaine; the monograph copy at http://www.carloanibaldi.com/therapy/listingdrugs/drugs/Magnesium_Oxide_cap.HTM reads 'Each capsule contains Magnesium Oxide 140 mg. U.S.P. (Heavy), or 84.5 mg. Elemental Magnesium (6.93 mEq.)' and 'Do not take more than 4 capsules in a 24 hour period'; laid out here as Drug Facts, warnings shortened). The element and MILLIEQUIVALENTS on a line under the active, '(84.5 mg elemental magnesium; 6.93 mEq)' (140 x 0.603 = 84.4; 84.5/12.15 = 6.95 mEq). Per capsule 84.5 mg (stated). Drug Facts -> serving_count null.",
"""URO-MAG®
Magnesium Oxide Capsules 140 mg | Antacid | 100 Capsules
Drug Facts
Active ingredient (in each capsule) | Purpose
Magnesium oxide USP (heavy) 140 mg | Antacid
(84.5 mg elemental magnesium; 6.93 mEq) |
Uses relieves • heartburn • sour stomach • acid indigestion
Warnings
Ask a doctor before use if you have kidney disease.
When using this product • do not take more than 4 capsules in a 24 hour period • do not use the maximum dosage for more than 2 weeks, except under the advice and supervision of a physician • may have a laxative effect
If pregnant or breast-feeding, ask a health professional before use. Keep out of reach of children.
Directions adults: take 1 capsule up to 4 times daily with a full glass of water, or as directed by a physician
Other information • store at room temperature • supplied in bottles of 100 and 1000 and hospital unit dose
Inactive ingredients gelatin, magnesium stearate, titanium dioxide
Distributed by Blaine Pharmaceuticals, Erlanger, KY 41018""",
 el=84.5, forms=["oxide"], dv=None, sc=None)

# ===================================================================== Australia / Canada / UK
add("au16_ethicalnutrients_three_salts_total_elemental_300_12_3_mmol", "en", "intl",
 "Modelled on Ethical Nutrients Mega Magnesium tablets (Australia; as remembered, the composition set here, may not match the current formula; AUST L a placeholder): an 'Each tablet contains:' list with THREE compound lines and no per-salt element, then ONE line 'Total magnesium (elemental) 300 mg (12.3 mmol)' (300/24.3 = 12.3), and a vitamin B6 line whose salt weight (30.4 mg) precedes its vitamin figure. Per tablet 300 mg; Australian per-unit convention: no %, serving_count null. The 500 mg and 250 mg compound lines are not the value.",
"""Ethical Nutrients
Mega Magnesium
Muscle Relaxation | 60 Tablets | AUST L 000000
Each tablet contains:
Magnesium amino acid chelate | 500 mg
Magnesium citrate | 500 mg
Magnesium oxide - heavy | 250 mg
Total magnesium (elemental) | 300 mg (12.3 mmol)
Pyridoxine hydrochloride (vitamin B6 25 mg) | 30.4 mg
Directions: Adults – take 1 tablet daily with food, or as professionally prescribed.
Always read the label and follow the directions for use. If symptoms persist, talk to your health professional. Vitamin supplements should not replace a balanced diet.""",
 el=300, forms=["amino_acid_chelate", "citrate", "oxide"], dv=None, sc=None)

add("ca16_sisu_bisglycinate_medicinal_ingredients_per_2_capsules_200", "en", "intl",
 "Modelled on a Sisu magnesium bisglycinate capsule (Canada; the product and panel set here, may not match a current SKU; NPN a placeholder): the Canadian medicinal-ingredient list is stated PER 2 CAPSULES, 'Medicinal Ingredients (per 2 capsules) / Ingr\u00e9dients m\u00e9dicinaux (par 2 capsules):', 'Magnesium (Magnesium bisglycinate) / Magn\u00e9sium (bisglycinate de magn\u00e9sium) 200 mg', with '2 capsules once daily or 1 capsule twice daily'. Per the stated unit (2 capsules) 200 mg; no %DV, serving_count null (Canadian convention); language en (English first in every line).",
"""SISU
Magnesium Bisglycinate / Bisglycinate de magnésium
Extra Gentle / Extra doux | 90 Vegetarian Capsules / Capsules végétariennes | NPN 80000000
Medicinal Ingredients (per 2 capsules) / Ingrédients médicinaux (par 2 capsules):
Magnesium (Magnesium bisglycinate) / Magnésium (bisglycinate de magnésium) | 200 mg
Non-Medicinal Ingredients / Ingrédients non médicinaux: Hypromellose, microcrystalline cellulose / cellulose microcristalline.
Recommended Dose / Dose recommandée: Adults / Adultes: 2 capsules once daily or 1 capsule twice daily, with food / 2 capsules une fois par jour ou 1 capsule deux fois par jour, avec de la nourriture.
Recommended Use / Usage recommandé: Helps to prevent magnesium deficiency. / Aide à prévenir la carence en magnésium.""",
 el=200, forms=["glycinate"], dv=None, sc=None)

add("uk16_lamberts_magnesium_375_typical_values_per_tablet_180", "en", "intl",
 "Modelled on Lamberts\u00ae Magnesium 375mg tablets (UK; as remembered, the ingredients set here and may not match the current formula): 'Typical Values | Per Tablet | %NRV*', 'Magnesium 375mg 100%' (375/375 = 100) with the salts only in the ingredient list (magnesium oxide and magnesium carbonate; 'vegetable magnesium stearate' is an excipient). One tablet daily from 180: serving_count 180 (IMPLIED_SC); %NRV on 375.",
"""LAMBERTS®
Magnesium 375mg
Food Supplement | 180 Tablets
Typical Values | Per Tablet | %NRV*
Magnesium | 375mg | 100%
*NRV = Nutrient Reference Value
Ingredients: Magnesium Oxide, Magnesium Carbonate, Bulking Agent: Microcrystalline Cellulose; Anti-caking Agents: Vegetable Magnesium Stearate, Silicon Dioxide.
Directions: Take one tablet daily with food. Do not exceed the recommended daily dose. Food supplements should not be used as a substitute for a varied diet and a healthy lifestyle. Keep out of the reach of young children.""",
 el=375, forms=["oxide", "carbonate"], dv=100, sc=180, _dvb=375)

# ===================================================================== topical
add("tp16_lifeflo_magnesium_roll_on_per_1ml_8_rolls_56", "en", "topical",
 "Modelled on a Life-flo\u00ae magnesium product (US; the roll-on and its content line are set here and may not exist in this form): 'Magnesium Content: each 1 mL (approx. 8 rolls) provides approx. 56 mg of elemental magnesium', a magnesium chloride brine. Per the stated unit (1 mL) 56 mg; the 89 mL bottle and 'up to 3 mL' are not the value. Topical -> no %, serving_count null.",
"""life-flo®
Magnesium Roll-On
Pure Magnesium Oil | Magnesium Chloride Brine | For external use only | 3 fl oz (89 mL)
Magnesium Content: each 1 mL (approx. 8 rolls) provides approx. 56 mg of elemental magnesium.
Ingredients: Magnesium chloride brine (Zechstein), purified water.
Directions: Roll onto clean skin of the arms, legs or shoulders, up to 3 mL a day, and massage in. May tingle on first use. Avoid the eyes and broken skin.
Keep out of reach of children. Store at room temperature.""",
 el=56, forms=["chloride"], dv=None, sc=None)

# ===================================================================== negatives (English)
add("neg16_medique_alcalak_calcium_carbonate_antacid_magnesium_stearate", "en", "negative",
 "Modelled on Medique\u00ae Alcalak calcium carbonate chewable antacid (as remembered; the inactive list and statement set here): an ANTACID Drug Facts whose only active is 'Calcium carbonate USP 420 mg', 'each tablet contains: calcium 168 mg' (420 x 0.40), and magnesium only as 'magnesium stearate' among the inactive ingredients -> no_magnesium. Drug Facts negative -> serving_count null.",
"""Medique®
Alcalak | Calcium Carbonate 420 mg | Antacid | Mint | 100 Chewable Tablets
Drug Facts
Active ingredient (in each tablet) | Purpose
Calcium carbonate USP 420 mg | Antacid
Uses relieves • heartburn • sour stomach • acid indigestion • upset stomach associated with these symptoms
Warnings
Ask a doctor or pharmacist before use if you are presently taking a prescription drug. Antacids may interact with certain prescription drugs.
When using this product • do not take more than 19 tablets in 24 hours • do not use the maximum dosage for more than 2 weeks
Keep out of reach of children.
Directions • chew 2 to 4 tablets as symptoms occur, or as directed by a doctor
Other information • each tablet contains: calcium 168 mg • store at room temperature
Inactive ingredients dextrose, flavor, magnesium stearate, maltodextrin, sucrose""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=None)

add("neg16_wholefoods365_potassium_gluconate_99mg_magnesium_stearate", "en", "negative",
 "Modelled on a 365 by Whole Foods Market potassium gluconate tablet (as remembered; the panel set here, may not match a current SKU): 'Potassium (as potassium gluconate) 99 mg 2%' - the classic 99 mg figure that magnesium/potassium products share - and magnesium only as 'magnesium stearate' among the other ingredients -> no_magnesium. Servings Per Container 100 (printed).",
"""365 by WHOLE FOODS MARKET
Potassium Gluconate 99 mg
Dietary Supplement | 100 Tablets
Supplement Facts
Serving Size 1 Tablet
Servings Per Container 100
 | Amount Per Serving | % Daily Value
Potassium (as potassium gluconate) | 99 mg | 2%
Other Ingredients: Microcrystalline cellulose, stearic acid, magnesium stearate, silica.
Suggested Use: Take 1 tablet daily with food and a full glass of water.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=100)
