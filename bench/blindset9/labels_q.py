# Label sources, part Q (blind set 9): EU labels (4 de; 3 each fr, it, es, pl, nl, cs; 2 pt incl. the Portuguese negative).
# Imports add/L from labels_p.py (same format). DV base 375 (EU NRV) by default for non-English labels.
from labels_p import add, L

# ------------------------------------------------------------------ de
add("de9_magium_k_pro_tablette_pro_tagesdosis", "de", "eu",
 "Modelled on Magium K (Hexal/Sandoz) tablets (shop-apotheke.com Magium brand page consulted: '25 Milligramm Magnesium und 80 Milligramm Kalium pro Tablette', Trimagnesiumdicitrat + Kaliumchlorid, 4-6 tablets daily); panel re-set with 'pro Tablette | pro Tagesdosis (4 Tabletten) | % NRV*': daily dose 100 mg (100/375 = 26.7 -> 27 %) is the serving, per tablet 25 mg in elemental_alt_mg; Kalium 320 mg (16 %) is not Mg. 60 Tabletten / 4 = 15.",
"""Magium® K
Magnesium + Kalium
Nahrungsergänzungsmittel | 60 Tabletten
Nährwertangaben | pro Tablette | pro Tagesdosis (4 Tabletten) | % NRV*
Magnesium | 25 mg | 100 mg | 27 %
Kalium | 80 mg | 320 mg | 16 %
*NRV = Nährstoffbezugswerte für die tägliche Zufuhr
Zutaten: Kaliumchlorid, Trimagnesiumdicitrat, Füllstoff mikrokristalline Cellulose, Trennmittel Magnesiumsalze der Speisefettsäuren.
Verzehrempfehlung: Täglich 4 Tabletten über den Tag verteilt unzerkaut mit Flüssigkeit einnehmen. Die empfohlene Tagesdosis von 6 Tabletten nicht überschreiten.""",
 el=100, forms=["citrate"], dv=27, sc=15, elemental_alt_mg=25)

add("de9_kneipp_400_brausetablette_carbonat_oxid", "de", "eu",
 "Modelled on Kneipp Magnesium 400 Brausetabletten (as remembered; a different product from the Kneipp Magnesium + B6 capsules of set 1): 'Nährwertangaben pro Brausetablette' Magnesium 400 mg 107 % (400/375 = 106.7) from Magnesiumcarbonat + Magnesiumoxid; 15 Brausetabletten, 1 per day -> 15.",
"""Kneipp®
Magnesium 400 Brausetabletten
Orange | Nahrungsergänzungsmittel | 15 Brausetabletten
Nährwertangaben | pro Brausetablette | % NRV*
Magnesium | 400 mg | 107 %
*NRV = Nährstoffbezugswert
Zutaten: Säuerungsmittel Citronensäure, Magnesiumcarbonat, Säureregulator Natriumhydrogencarbonat, Magnesiumoxid, Aroma, Süßungsmittel Sucralose, Farbstoff Beta-Carotin.
Verzehrempfehlung: 1 Brausetablette täglich in einem Glas Wasser (200 ml) auflösen und trinken.
Hinweis: Bei empfindlichen Personen kann eine Tagesdosis über 250 mg Magnesium abführend wirken.""",
 el=400, forms=["carbonate", "oxide"], dv=107, sc=15)

add("de9_vitabay_citrat_2400_davon_360", "de", "eu",
 "Modelled on Vitabay Magnesiumcitrat Kapseln (as remembered): 'pro Tagesdosis (3 Kapseln)': Magnesiumcitrat 2.400 mg, 'davon Magnesium 360 mg 96 %' (2,400 x 0.15 = 360; 360/375 = 96). German thousands dot. 180 Kapseln / 3 = 60.",
"""vitabay
Magnesiumcitrat
Hochdosiert | Nahrungsergänzungsmittel | 180 Kapseln
Nährwertangaben | pro Tagesdosis (3 Kapseln) | % NRV*
Magnesiumcitrat | 2.400 mg | **
davon Magnesium | 360 mg | 96 %
*NRV = Nährstoffbezugswerte. **Kein NRV vorhanden.
Zutaten: Trimagnesiumdicitrat, Kapselhülle: Hydroxypropylmethylcellulose.
Verzehrempfehlung: Täglich 3 Kapseln mit ausreichend Wasser verzehren.""",
 el=360, forms=["citrate"], dv=96, sc=60)

add("de9_drjacobs_depot_b_vitamine_pro_tablette", "de", "eu",
 "Modelled on German 'Magnesium 400 Depot + B-Vitamine' tablets (Dr. Jacob's-style; as remembered; set 3/4 used tetesept/Taxofit depot products): 'pro Tablette | % NRV*' with Magnesium 400 mg 107 % (from Magnesiumoxid) as the FIRST of four rows. 30 Tabletten, 1 per day -> 30.",
"""Dr. Jacob's
Magnesium 400 Depot
+ Vitamin B1, B6, B12 | Nahrungsergänzungsmittel | 30 Tabletten
Nährwertangaben | pro Tablette | % NRV*
Magnesium | 400 mg | 107 %
Vitamin B1 | 1,1 mg | 100 %
Vitamin B6 | 1,4 mg | 100 %
Vitamin B12 | 2,5 µg | 100 %
*NRV = Nährstoffbezugswerte
Zutaten: Magnesiumoxid, Füllstoff Cellulose, Überzugsmittel Hydroxypropylmethylcellulose, Trennmittel Magnesiumsalze der Speisefettsäuren, Pyridoxinhydrochlorid, Thiaminmononitrat, Cyanocobalamin.
Verzehrempfehlung: Täglich 1 Tablette mit ausreichend Flüssigkeit verzehren.""",
 el=400, forms=["oxide"], dv=107, sc=30)

# ------------------------------------------------------------------ fr
add("fr9_natform_marin_oxyde_dont_pour2", "fr", "eu",
 "Modelled on Nat & Form Magnésium marin gélules (as remembered; set 3 named Nat&Form only as a style for a chloride tablet): 'Pour 2 gélules': Oxyde de magnésium marin 500 mg, 'dont magnésium 300 mg 80 %' (500 x 0.603 = 301.5; 300/375 = 80). 60 gélules / 2 = 30.",
"""Nat & Form
Magnésium marin
Complément alimentaire | 60 gélules
Teneurs moyennes | Pour 2 gélules | % VNR*
Oxyde de magnésium marin | 500 mg | -
dont magnésium | 300 mg | 80 %
*VNR : Valeurs Nutritionnelles de Référence
Ingrédients : oxyde de magnésium d'origine marine, gélule d'origine végétale (hydroxypropylméthylcellulose).
Conseils d'utilisation : 2 gélules par jour avec un grand verre d'eau, au cours du repas.""",
 el=300, forms=["oxide"], dv=80, sc=30)

add("fr9_lescuyer_citrate_pour1_pour3", "fr", "eu",
 "Modelled on Laboratoires Lescuyer magnesium citrate capsules (as remembered): 'Composition | Pour 1 gélule | Pour 3 gélules | % VNR*': the daily 3 capsules (150 mg, 40 %) is the serving, per capsule 50 mg in elemental_alt_mg. 90 gélules / 3 = 30.",
"""LESCUYER
Magnésium Citrate
Complément alimentaire | 90 gélules
Composition | Pour 1 gélule | Pour 3 gélules | % VNR*
Magnésium | 50 mg | 150 mg | 40 %
*VNR : Valeurs Nutritionnelles de Référence
Ingrédients : citrate de magnésium, enveloppe de la gélule : hydroxypropylméthylcellulose.
Conseils d'utilisation : 1 gélule matin, midi et soir avec un verre d'eau. Ne pas dépasser la dose journalière recommandée.""",
 el=150, forms=["citrate"], dv=40, sc=30, elemental_alt_mg=50)

add("fr9_nutrimea_bisglycinate_1500_dont_element", "fr", "eu",
 "Modelled on Nutrimea Magnésium bisglycinate gélules (as remembered): 'Pour 3 gélules': Bisglycinate de magnésium 1 500 mg (thousands space), 'dont magnésium élément 210 mg 56 %' (1,500 x 0.14 = 210; 210/375 = 56). 90 gélules / 3 = 30.",
"""NUTRIMEA
Magnésium Bisglycinate
Complément alimentaire | 90 gélules
Valeurs nutritionnelles | Pour 3 gélules | % VNR*
Bisglycinate de magnésium | 1 500 mg | -
dont magnésium élément | 210 mg | 56 %
*VNR : Valeurs Nutritionnelles de Référence
Ingrédients : bisglycinate de magnésium, gélule végétale (pullulan).
Conseils d'utilisation : 3 gélules par jour, à répartir au cours de la journée.""",
 el=210, forms=["glycinate"], dv=56, sc=30)

# ------------------------------------------------------------------ it
add("it9_esi_tre_sali_dose_giornaliera_2cpr", "it", "eu",
 "Modelled on ESI Magnesio compresse (as remembered): 'Contenuti medi per dose giornaliera (2 compresse)': Magnesio 300 mg 80 % (300/375), sources in the ingredients: magnesio ossido, magnesio citrato, magnesio bisglicinato. 60 compresse / 2 = 30.",
"""ESI
Magnesio Completo
Integratore alimentare | 60 compresse
Contenuti medi | per dose giornaliera (2 compresse) | %VNR*
Magnesio | 300 mg | 80 %
*VNR: Valori Nutritivi di Riferimento
Ingredienti: magnesio ossido, agente di carica: cellulosa microcristallina; magnesio citrato, magnesio bisglicinato, antiagglomeranti: sali di magnesio degli acidi grassi, biossido di silicio.
Modalità d'uso: 2 compresse al giorno, una al mattino e una alla sera.""",
 el=300, forms=["oxide", "citrate", "glycinate"], dv=80, sc=30)

add("it9_pool_bustina_per100g_potassio", "it", "eu",
 "Modelled on Pool Pharma Magnesio e Potassio bustine (as remembered): 'Valori medi | per 100 g | per bustina (5 g) | %VNR*' with energy row; per 100 g 3000 mg is a trap; per bustina 150 mg (40 %); Potassio 200 mg (10 %) is not Mg. 20 bustine, 1 per day -> 20.",
"""POOL PHARMA
Magnesio e Potassio
Gusto arancia | Integratore alimentare | 20 bustine
Valori medi | per 100 g | per bustina (5 g) | %VNR*
Energia | 1200 kJ / 287 kcal | 60 kJ / 14 kcal |
Magnesio | 3000 mg | 150 mg | 40 %
Potassio | 4000 mg | 200 mg | 10 %
*VNR: Valori Nutritivi di Riferimento
Ingredienti: magnesio citrato, potassio citrato, fruttosio, acidificante: acido citrico; aroma.
Modalità d'uso: sciogliere 1 bustina al giorno in un bicchiere d'acqua.""",
 el=150, forms=["citrate"], dv=40, sc=20)

add("it9_aboca_cloruro_esaidrato_1g_dicui", "it", "eu",
 "Modelled on Italian magnesium chloride tablets (Aboca-style; as remembered): 'per compressa': Magnesio cloruro esaidrato 1 g, 'di cui magnesio 120 mg 32 %' (1,000 x 0.120 = 120; 120/375 = 32). 1 compressa al giorno, 60 compresse -> 60.",
"""Aboca
Magnesio Cloruro
Integratore alimentare | 60 compresse
Valori medi | per compressa | %VNR*
Magnesio cloruro esaidrato | 1 g | -
di cui magnesio | 120 mg | 32 %
*VNR: Valori Nutritivi di Riferimento
Ingredienti: magnesio cloruro esaidrato, cellulosa microcristallina, sali di magnesio degli acidi grassi.
Modalità d'uso: 1 compressa al giorno con abbondante acqua.""",
 el=120, forms=["chloride"], dv=32, sc=60)

# ------------------------------------------------------------------ es
add("es9_carrefour_carbonato_b6_por2", "es", "eu",
 "Modelled on Carrefour Magnesio + B6 comprimidos (as remembered): 'Información nutricional | Por 2 comprimidos | % VRN*': Magnesio 375 mg 100 %, Vitamina B6 1,4 mg 100 %; carbonato de magnesio. 60 comprimidos / 2 = 30.",
"""Carrefour
Magnesio + Vitamina B6
Complemento alimenticio | 60 comprimidos
Información nutricional | Por 2 comprimidos | % VRN*
Magnesio | 375 mg | 100 %
Vitamina B6 | 1,4 mg | 100 %
*VRN: Valores de referencia de nutrientes
Ingredientes: carbonato de magnesio, agente de carga: celulosa microcristalina; antiaglomerante: sales magnésicas de ácidos grasos; clorhidrato de piridoxina.
Modo de empleo: tomar 2 comprimidos al día con agua.""",
 el=375, forms=["carbonate"], dv=100, sc=30)

add("es9_bequisa_citrato_1875_que_aporta_decimal", "es", "eu",
 "Modelled on Bequisa Citrato de Magnesio cápsulas (as remembered): 'Composición por dosis diaria (3 cápsulas)': Citrato de magnesio 1.875 mg 'que aporta magnesio 281,25 mg 75 %' (1,875 x 0.15 = 281.25; 281.25/375 = 75). Thousands dot and decimal comma. 90 cápsulas / 3 = 30.",
"""BEQUISA
Citrato de Magnesio
Complemento alimenticio | 90 cápsulas
Composición por dosis diaria (3 cápsulas) | | % VRN*
Citrato de magnesio | 1.875 mg | -
que aporta magnesio | 281,25 mg | 75 %
*VRN: Valores de referencia de nutrientes
Ingredientes: citrato de magnesio, cápsula vegetal (hidroxipropilmetilcelulosa).
Modo de empleo: 3 cápsulas al día repartidas entre las comidas.""",
 el=281.25, forms=["citrate"], dv=75, sc=30)

add("es9_vitanatur_bisglicinato_por1_por2", "es", "eu",
 "Modelled on Vitanatur bisglicinato de magnesio comprimidos (as remembered): 'Valores medios | Por comprimido | Por 2 comprimidos | % VRN*': daily 2 tablets 200 mg (53 %) is the serving, per tablet 100 mg in elemental_alt_mg. 60 comprimidos / 2 = 30.",
"""VITANATUR
Bisglicinato de Magnesio
Complemento alimenticio | 60 comprimidos
Valores medios | Por comprimido | Por 2 comprimidos | % VRN*
Magnesio | 100 mg | 200 mg | 53 %
*VRN: Valores de referencia de nutrientes
Ingredientes: bisglicinato de magnesio, celulosa microcristalina, estearato de magnesio vegetal.
Modo de empleo: 1 comprimido en el desayuno y 1 en la cena.""",
 el=200, forms=["glycinate"], dv=53, sc=30, elemental_alt_mg=100)

# ------------------------------------------------------------------ pl
add("pl9_apteo_magnez_b6_2tabletki_dwie_sole", "pl", "eu",
 "Modelled on APTEO Magnez + B6 tablets (a different product from set 4's Apteo Magnez Max; as remembered): 'Składnik | 2 tabletki | % RWS*': Magnez 100 mg 27 % (100/375 = 26.7), węglan magnezu + cytrynian magnezu. 60 tabletek / 2 = 30.",
"""APTEO
Magnez + B6
Suplement diety | 60 tabletek
Składnik | 2 tabletki | % RWS*
Magnez | 100 mg | 27 %
Witamina B6 | 1,4 mg | 100 %
*RWS - referencyjna wartość spożycia
Składniki: węglan magnezu, cytrynian magnezu, substancja wypełniająca: celuloza mikrokrystaliczna; chlorowodorek pirydoksyny, substancja przeciwzbrylająca: sole magnezowe kwasów tłuszczowych.
Sposób użycia: 2 tabletki dziennie, popijając wodą.""",
 el=100, forms=["carbonate", "citrate"], dv=27, sc=30)

add("pl9_formeds_cytrynian_1600_wtym", "pl", "eu",
 "Modelled on Formeds Bicaps Magnesium cytrynian kapsułki (as remembered): 'Zawartość w 2 kapsułkach': Cytrynian magnezu 1600 mg, 'w tym magnez 240 mg 64 %' (1,600 x 0.15 = 240; 240/375 = 64). 60 kapsułek / 2 = 30.",
"""FORMEDS
BICAPS Magnesium
Cytrynian magnezu | Suplement diety | 60 kapsułek
Zawartość w 2 kapsułkach | | % RWS*
Cytrynian magnezu | 1600 mg | -
w tym magnez | 240 mg | 64 %
*RWS - referencyjna wartość spożycia
Składniki: cytrynian magnezu, otoczka kapsułki: hydroksypropylometyloceluloza.
Zalecane dzienne spożycie: 2 kapsułki dziennie.""",
 el=240, forms=["citrate"], dv=64, sc=30)

add("pl9_olimp_saszetki_w100g_w1saszetce", "pl", "eu",
 "Modelled on Polish magnesium drink sachets (Olimp-style; as remembered): 'Wartość odżywcza | w 100 g | w 1 saszetce (4 g) | % RWS*': per 100 g 5000 mg is a trap; per sachet 200 mg 53 % (200/375 = 53.3). 20 saszetek, 1 per day -> 20.",
"""Olimp
Magnez Shot Saszetki
Smak cytrynowy | Suplement diety | 20 saszetek
Wartość odżywcza | w 100 g | w 1 saszetce (4 g) | % RWS*
Wartość energetyczna | 1380 kJ / 330 kcal | 55 kJ / 13 kcal |
Magnez | 5000 mg | 200 mg | 53 %
*RWS - referencyjna wartość spożycia
Składniki: cytrynian magnezu, maltodekstryna, kwas cytrynowy, aromat, substancja słodząca: sukraloza.
Sposób użycia: zawartość 1 saszetki rozpuścić w szklance wody (200 ml). Spożywać 1 saszetkę dziennie.""",
 el=200, forms=["citrate"], dv=53, sc=20)

# ------------------------------------------------------------------ nl
add("nl9_vitaminstore_bisglycinaat_1800_waarvan", "nl", "eu",
 "Modelled on Dutch magnesium bisglycinaat tablets (Vitaminstore-style, a different product from earlier Vitaminstore items; as remembered): 'Samenstelling | per 3 tabletten | RI*': Magnesiumbisglycinaat 1800 mg 'waarvan magnesium 252 mg 67 %' (1,800 x 0.14 = 252; 252/375 = 67.2). 90 tabletten / 3 = 30.",
"""Vitaminstore
Magnesium Bisglycinaat
Voedingssupplement | 90 tabletten
Samenstelling | per 3 tabletten | RI*
Magnesiumbisglycinaat | 1800 mg | **
waarvan magnesium | 252 mg | 67 %
*RI = Referentie-inname. **Geen RI vastgesteld.
Ingrediënten: magnesiumbisglycinaat, vulstof: microkristallijne cellulose; antiklontermiddel: magnesiumzouten van vetzuren.
Gebruik: 3 tabletten per dag, verdeeld over de dag, met water innemen.""",
 el=252, forms=["glycinate"], dv=67, sc=30)

add("nl9_orthovitaal_citraat_per_tablet_1tot2", "nl", "eu",
 "Modelled on Dutch 'Magnesium citraat' tablets (Ortho Vitaal-style; as remembered): 'Samenstelling | per tablet | %RI*' Magnesium (als citraat) 150 mg 40 %; dosage 1 to 2 tablets per day: per tablet (EU per-tablet panel with a range, as set 8's Czech aspartate), 120 tabletten -> 120.",
"""Ortho Vitaal
Magnesium Citraat 150
Voedingssupplement | 120 tabletten
Samenstelling | per tablet | %RI*
Magnesium (als citraat) | 150 mg | 40 %
*RI = Referentie-inname
Ingrediënten: magnesiumcitraat, vulstof: cellulose; antiklontermiddel: siliciumdioxide.
Dosering: 1 tot 2 tabletten per dag bij de maaltijd.""",
 el=150, forms=["citrate"], dv=40, sc=120)

add("nl9_bodyfit_malaat_uit_1000_per2", "nl", "eu",
 "Modelled on Body & Fit Magnesium malaat capsules (a different product from earlier Body & Fit items; as remembered): 'Voedingswaarde | per 2 capsules | %RI*' with the compound inside the row name: 'Magnesium (uit 1000 mg magnesiummalaat) 150 mg 40 %' (1,000 x 0.15 = 150). 60 capsules / 2 = 30.",
"""Body & Fit
Magnesium Malaat
Voedingssupplement | 60 capsules
Voedingswaarde | per 2 capsules | %RI*
Magnesium (uit 1000 mg magnesiummalaat) | 150 mg | 40 %
*RI = Referentie-inname
Ingrediënten: magnesiummalaat, capsule: hydroxypropylmethylcellulose.
Aanbevolen dagelijkse dosis: 2 capsules per dag met water.""",
 el=150, forms=["malate"], dv=40, sc=30)

# ------------------------------------------------------------------ cs
add("cs9_medpharma_400_b6_denni_davka_1tableta", "cs", "eu",
 "Modelled on Medpharma Hořčík 400 mg + B6 tablets (as remembered): 'Denní dávka (1 tableta) obsahuje' Hořčík 400 mg 107 %, Vitamin B6 1,4 mg 100 %; oxid hořečnatý. 30 tablet, 1 per day -> 30.",
"""Medpharma
Hořčík 400 mg + B6
Doplněk stravy | 30 tablet
Denní dávka (1 tableta) obsahuje: | | % RHP*
Hořčík | 400 mg | 107 %
Vitamin B6 | 1,4 mg | 100 %
*RHP - referenční hodnota příjmu
Složení: oxid hořečnatý, plnidlo: mikrokrystalická celulóza; pyridoxin-hydrochlorid, protispékavá látka: hořečnaté soli mastných kyselin.
Dávkování: 1 tableta denně, zapít dostatečným množstvím vody.""",
 el=400, forms=["oxide"], dv=107, sc=30)

add("cs9_salutem_bisglycinat_1200_ztoho", "cs", "eu",
 "Modelled on Czech bisglycinate capsules (Salutem-style, a different product from set 4's Salutem sachets; as remembered): 'Obsah v denní dávce (2 kapsle)': Bisglycinát hořečnatý 1 200 mg, 'z toho hořčík 168 mg 45 %' (1,200 x 0.14 = 168; 168/375 = 44.8). 60 kapslí / 2 = 30.",
"""SALUTEM
Hořčík Bisglycinát
Doplněk stravy | 60 kapslí
Obsah v denní dávce (2 kapsle) | | % RHP*
Bisglycinát hořečnatý | 1 200 mg | -
z toho hořčík | 168 mg | 45 %
*RHP - referenční hodnota příjmu
Složení: bisglycinát hořečnatý, želatinová kapsle.
Dávkování: 2 kapsle denně.""",
 el=168, forms=["glycinate"], dv=45, sc=30)

add("cs9_topnatur_citrat_prasek_ve100g_v_davce", "cs", "eu",
 "Modelled on Czech magnesium citrate powder (Topnatur-style; as remembered): 'Výživové údaje | ve 100 g | v dávce (2 g) | % RHP*': per 100 g 15 000 mg is a trap; per 2 g dose 300 mg 80 %. 'Počet dávek v balení: 50' (100 g).",
"""Topnatur
Hořčík citrát prášek
Doplněk stravy | 100 g
Výživové údaje | ve 100 g | v dávce (2 g) | % RHP*
Hořčík | 15 000 mg | 300 mg | 80 %
*RHP - referenční hodnota příjmu
Složení: citrát hořečnatý.
Dávkování: 2 g (1 odměrka) denně rozpustit ve sklenici vody. Počet dávek v balení: 50.""",
 el=300, forms=["citrate"], dv=80, sc=50)

# ------------------------------------------------------------------ pt
add("pt9_prozis_citrato_dose_diaria_2caps", "pt", "eu",
 "Modelled on Prozis Magnesium Citrate cápsulas (Portugal; as remembered): 'Informação nutricional | Por dose diária (2 cápsulas) | %VRN*': Magnésio 300 mg 80 %; citrato de magnésio. 120 cápsulas / 2 = 60.",
"""PROZIS
Citrato de Magnésio
Suplemento alimentar | 120 cápsulas
Informação nutricional | Por dose diária (2 cápsulas) | %VRN*
Magnésio | 300 mg | 80 %
*VRN: Valores de referência do nutriente
Ingredientes: citrato de magnésio, cápsula (hidroxipropilmetilcelulose).
Modo de utilização: tomar 2 cápsulas por dia com água.""",
 el=300, forms=["citrate"], dv=80, sc=60)

add("pt9_neg_arkocapsulas_valeriana_estearato", "pt", "negative",
 "Modelled on Arkocápsulas Valeriana (Portugal; as remembered): valerian root only; magnesium only as 'estearato de magnésio' (excipient) -> no_magnesium. 60 cápsulas / 2 = 30 (implied).",
"""Arkopharma
Arkocápsulas® Valeriana
Suplemento alimentar | 60 cápsulas
Informação nutricional | Por 2 cápsulas
Valeriana (Valeriana officinalis L.) raiz em pó | 700 mg
Ingredientes: raiz de valeriana em pó, cápsula de origem vegetal (hidroxipropilmetilcelulose), antiaglomerante: estearato de magnésio.
Modo de utilização: 2 cápsulas por dia, à noite, com um copo de água.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=30)
