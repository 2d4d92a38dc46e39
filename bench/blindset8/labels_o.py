# Label sources, part O (blind set 8): EU labels (4 each in de, fr, it, es, pl; 3 each in nl, cs) and one Portuguese negative.
# Imports add/L from labels_n.py (same format). DV base 375 (EU NRV) by default for non-English labels.
from labels_n import add, L

# ------------------------------------------------------------------ de
add("de8_magnerot_classic_tablette_entsprechend", "de", "eu",
 "Transcribed in part from the magnerot CLASSIC N Fachinformation (imedikament.de, consulted; a German OTC medicine, Wörwag; set 3's Czech orotate capsules only cited Magnerot for comparison): '1 Tablette enthält: Wirkstoff: 500 mg Magnesiumorotat Dihydrat (entsprechend 32,8 mg oder 1,35 mMol oder 2,7 mVal Magnesium)'; dosing 3 x 2 tablets for a week, then 2-3 tablets daily. Stated 32,8 mg per tablet used (tol 2; 500 x 0.066 = 33.0); no NRV; serving_count null (varying medicine dose, per tablet); mMol/mVal are not mg.",
"""magnerot® CLASSIC N
Magnesiumorotat Dihydrat 500 mg
Tabletten | Arzneimittel | 100 Tabletten
1 Tablette enthält: Wirkstoff: 500 mg Magnesiumorotat Dihydrat (entsprechend 32,8 mg oder 1,35 mMol oder 2,7 mVal Magnesium).
Sonstige Bestandteile: Lactose-Monohydrat, Maisstärke, Povidon, Talkum, Magnesiumstearat, hochdisperses Siliciumdioxid, Natriumcyclamat.
Anwendungsgebiete: Magnesiummangel, wenn er Ursache für Störungen der Muskeltätigkeit (neuromuskuläre Störungen, Wadenkrämpfe) ist.
Dosierung: Eine Woche lang täglich 3-mal 2 Tabletten zum Auffüllen der Speicher einnehmen (entsprechend 196,8 mg Magnesium). Anschließend werden 2-3 Tabletten täglich empfohlen (98,4 mg Magnesium).
Wörwag Pharma GmbH & Co. KG, Böblingen""",
 el=32.8, forms=["orotate"], dv=None, sc=None)

add("de8_tasnim_citrat_pro_kapsel_pro_tagesdosis", "de", "eu",
 "Modelled on tasnim Recovery Magnesiumcitrat 60 Kapseln (tasnim.eu page consulted: 'Täglich 2 Kapseln (je 90mg reines Magnesium / Kapsel)'); panel re-set with 'pro Kapsel | pro Tagesdosis (2 Kapseln) | % NRV*': the daily dose 180 mg (180/375 = 48 %) is the serving; per capsule 90 mg in elemental_alt_mg. 60 Kapseln / 2 = 30.",
"""tasnim
Recovery Magnesiumcitrat
Nahrungsergänzungsmittel | 60 Kapseln
Nährwertangaben | pro Kapsel | pro Tagesdosis (2 Kapseln) | % NRV*
Magnesium | 90 mg | 180 mg | 48 %
*NRV = Nährstoffbezugswerte
Zutaten: Magnesiumcitrat, Kapselhülle: Hydroxypropylmethylcellulose.
Verzehrempfehlung: Täglich 2 Kapseln (je 90 mg reines Magnesium / Kapsel) mit 200 ml Flüssigkeit einnehmen.
Die angegebene empfohlene tägliche Verzehrmenge darf nicht überschritten werden. Außerhalb der Reichweite von kleinen Kindern aufbewahren.""",
 el=180, forms=["citrate"], dv=48, sc=30, elemental_alt_mg=90)

add("de8_vitamaze_bisglycinat_1470_davon", "de", "eu",
 "Modelled on Vitamaze Magnesiumbisglycinat Kapseln (amounts approximate): 'pro Tagesdosis (3 Kapseln)': 'Magnesiumbisglycinat 1.470 mg' with 'davon Magnesium 200 mg 53 %' (1,470 x 0.136 = 200; 200/375 = 53.3). German thousands dot. 180 Kapseln / 3 = 60.",
"""vitamaze
Magnesiumbisglycinat
Hochdosiert | Nahrungsergänzungsmittel | 180 Kapseln
Nährwertangaben | pro Tagesdosis (3 Kapseln) | % NRV*
Magnesiumbisglycinat | 1.470 mg | **
davon Magnesium | 200 mg | 53 %
*NRV = Nährstoffbezugswerte. **Kein NRV festgelegt.
Zutaten: Magnesiumbisglycinat, Kapselhülle: Hydroxypropylmethylcellulose.
Verzehrempfehlung: Täglich 3 Kapseln über den Tag verteilt mit ausreichend Flüssigkeit einnehmen.
Nahrungsergänzungsmittel sind kein Ersatz für eine ausgewogene und abwechslungsreiche Ernährung.""",
 el=200, forms=["glycinate"], dv=53, sc=60)

add("de8_altapharma_direkt_stick_pro100g", "de", "eu",
 "Modelled on altapharma (Rossmann) Magnesium 400 Direkt sticks (amounts approximate): 'pro 100 g | pro Stick (2 g) | % NRV*' with an energy row; per-100 g 20 g is a trap; per stick 400 mg, 400/375 = 106.7 -> 107 %. Magnesiumoxid + Magnesiumcitrat. 20 Sticks, 1 per day -> 20.",
"""altapharma
Magnesium 400 Direkt
Ohne Wasser einzunehmen | Zitronengeschmack | Nahrungsergänzungsmittel | 20 Sticks
Nährwertangaben | pro 100 g | pro Stick (2 g) | % NRV*
Brennwert | 1.050 kJ / 250 kcal | 21 kJ / 5 kcal |
Magnesium | 20 g | 400 mg | 107 %
*NRV = Nährstoffbezugswerte
Zutaten: Magnesiumoxid, Magnesiumcitrat, Süßungsmittel Sorbit und Isomalt, Säuerungsmittel Citronensäure, Aroma, Süßungsmittel Sucralose.
Verzehrempfehlung: Täglich 1 Stick direkt auf die Zunge geben und zergehen lassen.
Bei Nahrungsergänzungsmitteln mit mehr als 250 mg Magnesium pro Tagesverzehrmenge kann es bei empfindlichen Personen zu abführender Wirkung kommen.""",
 el=400, forms=["oxide", "citrate"], dv=107, sc=20)

# ------------------------------------------------------------------ fr
add("fr8_santeverte_300plus_pour2_b6", "fr", "eu",
 "Modelled on Santé Verte Magnésium 300+ comprimés (forms and amounts approximate): 'Composition | Pour 2 comprimés | % VNR*': Magnésium 300 mg (80 %), vitamine B6 below; bisglycinate + oxyde de magnésium marin. 60 comprimés / 2 = 30.",
"""Santé Verte
Magnésium 300+
Fatigue & stress | Complément alimentaire | 60 comprimés
Composition | Pour 2 comprimés | % VNR*
Magnésium | 300 mg | 80 %
Vitamine B6 | 1,4 mg | 100 %
*VNR : Valeurs Nutritionnelles de Référence
Ingrédients : bisglycinate de magnésium, oxyde de magnésium marin, agent de charge : cellulose microcristalline, anti-agglomérant : stéarate de magnésium, chlorhydrate de pyridoxine.
Conseils d'utilisation : 1 comprimé le matin et 1 comprimé le soir, à avaler avec un grand verre d'eau.
Ne pas dépasser la dose journalière recommandée. Tenir hors de portée des jeunes enfants.""",
 el=300, forms=["glycinate", "oxide"], dv=80, sc=30)

add("fr8_magneb6_lactate_quantite_correspondante", "fr", "eu",
 "Modelled on Magné B6 comprimé enrobé (a French OTC medicine, Sanofi; a different product from set 7's Polish Magne B6 Forte citrate; wording approximate): 'Lactate de magnésium dihydraté 470 mg, quantité correspondant en magnésium 48 mg'; adult dose 6 to 8 tablets a day in 2-3 intakes. Per tablet 48 mg (470 x 0.102 = 47.9), no VNR, serving_count null (medicine with a dose range).",
"""MAGNÉ B6®
comprimé enrobé
Médicament | Boîte de 50 comprimés
Composition : un comprimé enrobé contient :
Lactate de magnésium dihydraté | 470 mg |
Quantité correspondant en magnésium | 48 mg |
Chlorhydrate de pyridoxine | 5 mg |
Excipients : saccharose, talc, gomme arabique, carboxypolyméthylène, kaolin lourd, stéarate de magnésium, cire de carnauba.
Posologie : Adultes : 6 à 8 comprimés par jour, à répartir en 2 ou 3 prises, au cours des repas. Enfants de plus de 6 ans : 10 à 30 mg/kg/jour de magnésium.
Avaler les comprimés tels quels avec un grand verre d'eau.""",
 el=48, forms=["lactate"], dv=None, sc=None)

add("fr8_dynveo_deux_sels_dont_total_espace", "fr", "eu",
 "Modelled on Dynveo Magnésium bisglycinate + malate gélules (forms and amounts approximate): per 3 gélules two compound rows each with a 'dont magnésium élément' row (150 + 100) and a printed 'Magnésium total 250 mg 67 %' (250/375 = 66.7); French thousands space '1 050 mg'. 90 gélules / 3 = 30.",
"""DYNVEO
Magnésium Bisglycinate + Malate
Complément alimentaire | 90 gélules végétales
Teneurs nutritionnelles | Pour 3 gélules | % VNR*
Bisglycinate de magnésium | 1 050 mg |
dont magnésium élément | 150 mg |
Malate de magnésium | 750 mg |
dont magnésium élément | 100 mg |
Magnésium total | 250 mg | 67 %
*VNR : Valeurs Nutritionnelles de Référence
Ingrédients : bisglycinate de magnésium, malate de magnésium, gélule végétale (hydroxypropylméthylcellulose).
Conseils d'utilisation : 3 gélules par jour à prendre au cours des repas avec un verre d'eau.""",
 el=250, forms=["glycinate", "malate"], dv=67, sc=30)

add("fr8_ladrome_pidolate_ampoule_10ml", "fr", "eu",
 "Modelled on Ladrôme Magnésium ampoules buvables (product details as remembered; amounts approximate): 'Teneurs moyennes | Pour 1 ampoule (10 ml) | % VNR*': Magnésium 300 mg (80 %) from pidolate de magnésium. 20 ampoules, 1 per day -> 20.",
"""Ladrôme
Magnésium Liquide
Ampoules buvables | Complément alimentaire | 20 ampoules de 10 ml
Teneurs moyennes | Pour 1 ampoule (10 ml) | % VNR*
Magnésium | 300 mg | 80 %
*VNR : Valeurs Nutritionnelles de Référence
Ingrédients : eau, pidolate de magnésium, jus de citron concentré, arôme naturel, conservateur : sorbate de potassium.
Conseils d'utilisation : 1 ampoule par jour, diluée dans un verre d'eau, de préférence le matin.
Ne pas dépasser la dose journalière recommandée.""",
 el=300, forms=["pidolate"], dv=80, sc=20)

# ------------------------------------------------------------------ it
add("it8_mgkvis_bustina_potassio_dose_giornaliera", "it", "eu",
 "Modelled on MGK Vis magnesio e potassio bustine (amounts approximate): 'Contenuti medi | per dose giornaliera (1 bustina) | % VNR*': Magnesio 225 mg (60 %), Potassio 600 mg (30 %); magnesio citrato, potassio citrato (not Mg). 30 bustine, 1 per day -> 30.",
"""MGK Vis
Magnesio e Potassio
Senza zuccheri | Gusto arancia | Integratore alimentare | 30 bustine
Contenuti medi | per dose giornaliera (1 bustina) | % VNR*
Magnesio | 225 mg | 60 %
Potassio | 600 mg | 30 %
*VNR: Valori Nutritivi di Riferimento
Ingredienti: magnesio citrato, potassio citrato, acidificante: acido citrico; aroma, edulcorante: sucralosio.
Modo d'uso: sciogliere 1 bustina al giorno in un bicchiere d'acqua (200 ml).
Non superare la dose giornaliera raccomandata. Tenere fuori dalla portata dei bambini al di sotto dei tre anni.""",
 el=225, forms=["citrate"], dv=60, sc=30)

add("it8_phytogarda_tre_sali_una_riga", "it", "eu",
 "Modelled on Phyto Garda magnesio compresse (product details as remembered; forms and amounts approximate): one row 'Magnesio (da magnesio citrato, magnesio bisglicinato, magnesio pidolato) 300 mg 80 %' per 2 compresse (300/375 = 80). 60 compresse / 2 = 30.",
"""Phyto Garda
Magnesio Completo
Integratore alimentare | 60 compresse
Tenori per dose giornaliera | 2 compresse | % VNR*
Magnesio (da magnesio citrato, magnesio bisglicinato, magnesio pidolato) | 300 mg | 80 %
*VNR: Valori Nutritivi di Riferimento
Ingredienti: magnesio citrato, magnesio bisglicinato, agente di carica: cellulosa microcristallina; magnesio pidolato, antiagglomeranti: biossido di silicio, sali di magnesio degli acidi grassi.
Modalità d'uso: assumere 2 compresse al giorno, una al mattino e una alla sera, con un bicchiere d'acqua.""",
 el=300, forms=["citrate", "glycinate", "pidolate"], dv=80, sc=30)

add("it8_farmaderbe_ossido_grammi_dicui", "it", "eu",
 "Modelled on Farmaderbe magnesio compresse (product details as remembered; amounts approximate): compound in grams 'Magnesio ossido 0,5 g' with 'di cui magnesio 300 mg 80 %' per 1 compressa (500 x 0.603 = 301.5; 300/375 = 80). 30 compresse, 1 per day -> 30.",
"""Farmaderbe
Magnesio 300
Integratore alimentare | 30 compresse
Contenuti medi | per 1 compressa | % VNR*
Magnesio ossido | 0,5 g |
di cui magnesio | 300 mg | 80 %
*VNR: Valori Nutritivi di Riferimento
Ingredienti: magnesio ossido, agente di carica: cellulosa microcristallina; antiagglomeranti: magnesio stearato vegetale, biossido di silicio.
Modo d'uso: 1 compressa al giorno, da deglutire con un po' d'acqua.
Non superare la dose giornaliera consigliata.""",
 el=300, forms=["oxide"], dv=80, sc=30)

add("it8_paladin_lattato_grammi_apporti", "it", "eu",
 "Modelled on Paladin Pharma magnesio lattato compresse (product details as remembered; amounts approximate): 'Apporti per dose giornaliera (2 compresse)': 'Magnesio lattato 1,2 g' and 'di cui magnesio 130 mg 35 %' (1,200 x 0.102-0.120 = 122-144; 130/375 = 34.7). 60 compresse / 2 = 30.",
"""Paladin Pharma
Magnesio Lattato
Integratore alimentare | 60 compresse
Apporti per dose giornaliera | 2 compresse | % VNR*
Magnesio lattato | 1,2 g | -
di cui magnesio | 130 mg | 35 %
*VNR: Valori Nutritivi di Riferimento
Ingredienti: magnesio lattato, agente di carica: cellulosa microcristallina; antiagglomeranti: biossido di silicio, magnesio stearato.
Modo d'uso: 2 compresse al giorno, una a pranzo e una a cena.""",
 el=130, forms=["lactate"], dv=35, sc=30)

# ------------------------------------------------------------------ es
add("es8_marnys_citrato_por_capsula_por3", "es", "eu",
 "Modelled on Marnys Citrato de Magnesio cápsulas (a different MARNYS product from set 3's malate capsules; amounts approximate): 'Valores medios | Por cápsula | Por 3 cápsulas | %VRN*': the daily dose (3 cápsulas) 300 mg is the serving (80 %); per capsule 100 mg in elemental_alt_mg. 90 cápsulas / 3 = 30.",
"""MARNYS®
Citrato de Magnesio
Complemento alimenticio | 90 cápsulas
Valores medios | Por cápsula | Por 3 cápsulas | %VRN*
Magnesio | 100 mg | 300 mg | 80 %
*VRN: Valores de Referencia de Nutrientes
Ingredientes: citrato de magnesio, cápsula (gelatina), antiaglomerante: estearato de magnesio.
Modo de empleo: tomar 3 cápsulas al día, repartidas en las comidas.
No superar la dosis diaria expresamente recomendada.""",
 el=300, forms=["citrate"], dv=80, sc=30, elemental_alt_mg=100)

add("es8_dietisa_malato_del_cual_1250_2comp", "es", "eu",
 "Modelled on Dietisa Malato de Magnesio comprimidos (amounts approximate): per 2 comprimidos 'Malato de magnesio 1.250 mg' with 'del cual magnesio 190 mg 51 %' (1,250 x 0.116-0.155 = 145-194; 190/375 = 50.7). 60 comprimidos / 2 = 30.",
"""DIETISA
Malato de Magnesio
Complemento alimenticio | 60 comprimidos
Información nutricional | Por 2 comprimidos | %VRN*
Malato de magnesio | 1.250 mg | -
del cual magnesio | 190 mg | 51 %
*VRN: Valores de Referencia de Nutrientes
Ingredientes: malato de magnesio, agente de carga: celulosa microcristalina; antiaglomerantes: dióxido de silicio y sales magnésicas de ácidos grasos.
Modo de empleo: tomar 2 comprimidos al día con agua, preferentemente con las comidas.""",
 el=190, forms=["malate"], dv=51, sc=30)

add("es8_naturlider_cloruro_hexahidratado_gramos", "es", "eu",
 "Modelled on NaturLíder Cloruro de Magnesio comprimidos (product details as remembered; amounts approximate): per 2 comprimidos 'Cloruro de magnesio hexahidratado 1,25 g', 'equivalente a magnesio 150 mg 40 %' (1,250 x 0.120 = 150; 150/375 = 40). 100 comprimidos / 2 = 50.",
"""NaturLíder
Cloruro de Magnesio
Complemento alimenticio | 100 comprimidos
Información nutricional | Por 2 comprimidos | %VRN*
Cloruro de magnesio hexahidratado | 1,25 g | -
equivalente a magnesio | 150 mg | 40 %
*VRN: Valores de Referencia de Nutrientes
Ingredientes: cloruro de magnesio hexahidratado, agente de carga: celulosa microcristalina; antiaglomerante: dióxido de silicio.
Modo de empleo: tomar 1 comprimido en el desayuno y 1 en la cena.""",
 el=150, forms=["chloride"], dv=40, sc=50)

add("es8_natysal_bisglicinato_que_aporta", "es", "eu",
 "Modelled on Natysal Bisglicinato de Magnesio comprimidos (product details as remembered; amounts approximate): per 2 comprimidos 'Bisglicinato de magnesio 2.000 mg' and 'que aporta magnesio 280 mg 75 %' (2,000 x 0.14 = 280; 280/375 = 74.7). 60 comprimidos / 2 = 30.",
"""Natysal
Bisglicinato de Magnesio
Complemento alimenticio | 60 comprimidos
Información nutricional | Por 2 comprimidos | %VRN*
Bisglicinato de magnesio | 2.000 mg | -
que aporta magnesio | 280 mg | 75 %
*VRN: Valores de Referencia de Nutrientes
Ingredientes: bisglicinato de magnesio, agente de carga: celulosa microcristalina; antiaglomerante: estearato de magnesio.
Modo de empleo: tomar 2 comprimidos al día, preferentemente por la noche.""",
 el=280, forms=["glycinate"], dv=75, sc=30)

# ------------------------------------------------------------------ pl
add("pl8_labofarm_mleczan_b6_w3tabletkach", "pl", "eu",
 "Modelled on Labofarm Magnez + B6 tabletki (Polish brand; product details as remembered; amounts approximate): 'Składniki | w 3 tabletkach | % RWS*': Magnez 150 mg (40 %), witamina B6; mleczan magnezu. 60 tabletek / 3 = 20.",
"""Labofarm
Magnez + B6
Suplement diety | 60 tabletek
Składniki | w 3 tabletkach | % RWS*
Magnez | 150 mg | 40 %
Witamina B6 | 2,1 mg | 150 %
*RWS – referencyjna wartość spożycia
Składniki: mleczan magnezu, substancja wypełniająca: celuloza mikrokrystaliczna; chlorowodorek pirydoksyny, substancja przeciwzbrylająca: sole magnezowe kwasów tłuszczowych.
Sposób użycia: 1 tabletka 3 razy dziennie, popić wodą. Nie przekraczać zalecanej porcji do spożycia w ciągu dnia.""",
 el=150, forms=["lactate"], dv=40, sc=20)

add("pl8_avet_cytrynian_proszek_w100g_lyzeczka", "pl", "eu",
 "Modelled on a Polish trójcytrynian magnezu powder (Avet Pharma-style; amounts approximate): 'Wartość odżywcza | w 100 g | w porcji (3 g) | % RWS*': per-100 g 10 g is a trap; per portion (1 płaska łyżeczka, 3 g) 300 mg, 300/375 = 80 %. 'Opakowanie zawiera 66 porcji' -> 66.",
"""Avet Pharma
Magnez Cytrynian
Proszek | Suplement diety | 200 g
Wartość odżywcza | w 100 g | w porcji (3 g) | % RWS*
Magnez | 10 g | 300 mg | 80 %
*RWS – referencyjna wartość spożycia
Składniki: trójcytrynian magnezu.
Sposób użycia: 1 płaska łyżeczka (3 g) dziennie rozpuszczona w szklance wody. Opakowanie zawiera 66 porcji.
Nie przekraczać zalecanej porcji do spożycia w ciągu dnia.""",
 el=300, forms=["citrate"], dv=80, sc=66)

add("pl8_naturawita_treonian_magtein_wtym", "pl", "eu",
 "Modelled on a Polish L-treonian magnezu (Magtein) capsule (Natura Wita-style; amounts approximate): 'Składnik | 3 kapsułki | % RWS*': 'L-treonian magnezu (Magtein®) 2000 mg' and 'w tym magnez 144 mg 38 %' (144/375 = 38.4). 90 kapsułek / 3 = 30.",
"""Natura Wita
Magnez L-treonian
Magtein® | Suplement diety | 90 kapsułek
Składnik | 3 kapsułki | % RWS*
L-treonian magnezu (Magtein®) | 2000 mg | **
w tym magnez | 144 mg | 38 %
*RWS – referencyjna wartość spożycia. **brak RWS
Składniki: L-treonian magnezu (Magtein®), otoczka kapsułki: hydroksypropylometyloceluloza.
Sposób użycia: 3 kapsułki dziennie, popijając wodą, najlepiej wieczorem.""",
 el=144, forms=["threonate"], dv=38, sc=30)

add("pl8_hepatica_weglan_wtym_1000", "pl", "eu",
 "Modelled on a Hepatica magnesium carbonate capsule (product details as remembered; amounts approximate): 'Zawartość w 2 kapsułkach': 'Węglan magnezu 1000 mg' and 'w tym magnez 250 mg 67 %' (1,000 x 0.25 = 250; 250/375 = 66.7). 120 kapsułek / 2 = 60.",
"""Hepatica
Magnez Węglan
Suplement diety | 120 kapsułek
Zawartość | w 2 kapsułkach | % RWS*
Węglan magnezu | 1000 mg | -
w tym magnez | 250 mg | 67 %
*RWS – referencyjna wartość spożycia
Składniki: węglan magnezu, otoczka kapsułki (hydroksypropylometyloceluloza).
Sposób użycia: 2 kapsułki dziennie w trakcie posiłku, popijając wodą.""",
 el=250, forms=["carbonate"], dv=67, sc=60)

# ------------------------------------------------------------------ nl
add("nl8_gezondenwel_citraat_per_tablet", "nl", "eu",
 "Modelled on Gezond & Wel Magnesium Citraat tabletten (amounts approximate): 'Voedingswaarde | per tablet | % RI*': Magnesium 200 mg (53 %); 1 tablet per dag. 60 tabletten -> 60.",
"""Gezond & Wel
Magnesium Citraat 200
Voedingssupplement | 60 tabletten
Voedingswaarde | per tablet | % RI*
Magnesium | 200 mg | 53 %
*RI = Referentie-inname
Ingrediënten: magnesiumcitraat, vulstof: microkristallijne cellulose; antiklontermiddel: magnesiumzouten van vetzuren, siliciumdioxide.
Gebruik: 1 tablet per dag met water innemen. Aanbevolen dagdosering niet overschrijden.""",
 el=200, forms=["citrate"], dv=53, sc=60)

add("nl8_nutramin_drie_zouten_per_dagdosering", "nl", "eu",
 "Modelled on Nutramin magnesium complex tabletten (product details as remembered; forms and amounts approximate): 'Samenstelling | per dagdosering (2 tabletten) | % RI*': 'Magnesium (uit magnesiumbisglycinaat, magnesiumcitraat en magnesiummalaat) 300 mg 80 %'. 90 tabletten / 2 = 45.",
"""Nutramin
Magnesium Complex
Voedingssupplement | 90 tabletten
Samenstelling | per dagdosering (2 tabletten) | % RI*
Magnesium (uit magnesiumbisglycinaat, magnesiumcitraat en magnesiummalaat) | 300 mg | 80 %
*RI = Referentie-inname
Overige ingrediënten: vulstof: microkristallijne cellulose; antiklontermiddel: magnesiumstearaat.
Dosering: 2 maal daags 1 tablet tijdens de maaltijd.""",
 el=300, forms=["glycinate", "citrate", "malate"], dv=80, sc=45)

add("nl8_da_bruistabletten_per100g_energie", "nl", "eu",
 "Modelled on DA (drogisterij) Magnesium 375 bruistabletten (amounts approximate): 'per 100 g | per bruistablet (4,2 g) | % RI*' with an energy row; per-100 g 8,9 g is a trap; per tablet 375 mg (100 %). Magnesiumcarbonaat. 20 bruistabletten, 1 per day -> 20.",
"""DA
Magnesium 375
Sinaasappelsmaak | Voedingssupplement | 20 bruistabletten
Voedingswaarde | per 100 g | per bruistablet (4,2 g) | % RI*
Energie | 780 kJ / 185 kcal | 33 kJ / 8 kcal |
Magnesium | 8,9 g | 375 mg | 100 %
*RI = Referentie-inname
Ingrediënten: voedingszuur citroenzuur, magnesiumcarbonaat, zuurteregelaar natriumwaterstofcarbonaat, zoetstof sorbitol, aroma, zoetstoffen sucralose en acesulfaam-K, kleurstof bètacaroteen.
Gebruik: 1 bruistablet per dag oplossen in een glas water (200 ml).""",
 el=375, forms=["carbonate"], dv=100, sc=20)

# ------------------------------------------------------------------ cs
add("cs8_biomin_oxid_b6_denni_davka_2tablety", "cs", "eu",
 "Modelled on Biomin Magnesium + B6 tablety (product details as remembered; amounts approximate): 'Obsah v denní dávce (2 tablety) | % RHP*': Hořčík 300 mg (80 %), vitamin B6; oxid hořečnatý. 60 tablet / 2 = 30.",
"""BIOMIN
Magnesium + B6
Doplněk stravy | 60 tablet
Obsah v denní dávce | 2 tablety | % RHP*
Hořčík | 300 mg | 80 %
Vitamin B6 | 1,4 mg | 100 %
*RHP = referenční hodnota příjmu
Složení: oxid hořečnatý, plnidlo: mikrokrystalická celulóza; pyridoxin-hydrochlorid, protispékavá látka: hořečnaté soli mastných kyselin.
Doporučené dávkování: 1 tableta 2× denně, zapít dostatečným množstvím vody.""",
 el=300, forms=["oxide"], dv=80, sc=30)

add("cs8_naturamed_citrat_1000_titul_ztoho", "cs", "eu",
 "Modelled on Naturamed Magnesium citrát tobolky (amounts approximate): the front '1 000 mg' is the compound; the table per 2 tobolky gives 'Citrát hořečnatý 1 000 mg' and 'z toho hořčík 150 mg 40 %' (1,000 x 0.15 = 150; 150/375 = 40). Czech thousands space. 60 tobolek / 2 = 30.",
"""Naturamed
Magnesium citrát 1 000 mg
Doplněk stravy | 60 tobolek
Obsah | 2 tobolky | % RHP*
Citrát hořečnatý | 1 000 mg | -
z toho hořčík | 150 mg | 40 %
*RHP = referenční hodnota příjmu
Složení: citrát hořečnatý, želatinová tobolka.
Doporučené dávkování: 2 tobolky denně, zapít vodou.""",
 el=150, forms=["citrate"], dv=40, sc=30)

add("cs8_vitabalans_aspartat_v1tablete_1az3", "cs", "eu",
 "Modelled on Vitabalans magnesium aspartate tablets sold in Czechia (product details as remembered; amounts approximate): 'Výživové údaje | v 1 tabletě | % RHP*': Hořčík 100 mg (27 %; 100/375 = 26.7) from dihydrát L-aspartátu hořečnatého; 'Doporučené dávkování: 1-3 tablety denně' -> per tablet; 60 tablet -> 60.",
"""Vitabalans
Magnesium 100 mg
Doplněk stravy | 60 tablet
Výživové údaje | v 1 tabletě | % RHP*
Hořčík | 100 mg | 27 %
*RHP = referenční hodnota příjmu
Složení: dihydrát L-aspartátu hořečnatého, plnidlo: mikrokrystalická celulóza; protispékavé látky: oxid křemičitý, stearan hořečnatý.
Doporučené dávkování: 1-3 tablety denně.""",
 el=100, forms=["aspartate"], dv=27, sc=60)

# ------------------------------------------------------------------ pt (negative)
add("pt8_neg_calcio_d3_estearato", "pt", "negative",
 "Modelled on a Portuguese 'Cálcio + Vitamina D3' tablet supplement: calcium carbonate and vitamin D only; 'estearato de magnésio' is an anti-caking agent, so no magnesium source. 60 comprimidos, 1 per day (as printed).",
"""Farmodiética
Cálcio + Vitamina D3
Suplemento alimentar | 60 comprimidos
Informação nutricional | por comprimido | % VRN*
Cálcio | 500 mg | 63 %
Vitamina D | 10 µg | 200 %
*VRN = Valor de Referência do Nutriente
Ingredientes: carbonato de cálcio, agente de volume: celulose microcristalina; colecalciferol, antiaglomerante: estearato de magnésio.
Modo de utilização: tomar 1 comprimido por dia, às refeições. Não exceder a toma diária recomendada.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=60)
