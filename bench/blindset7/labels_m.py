# Label sources, part M (blind set 7): EU labels (4 each in de, fr, it, es, pl; 3 each in nl, cs) and one Swedish negative.
# Imports add/L from labels_l.py (same format). DV base 375 (EU NRV) by default for non-English labels.
from labels_l import add, L

# ------------------------------------------------------------------ de
add("de7_diasporal300_granulat_entsprechend", "de", "eu",
 "Modelled on Magnesium-Diasporal 300 mg Granulat (Protina; a German OTC medicine, a different product from set 3's Diasporal 400 Extra Direkt sticks; wording approximate): 'Wirkstoff: 1 Beutel (5 g) enthält 1830 mg Magnesiumcitrat, entsprechend 295,7 mg Magnesium (12,2 mmol)'. Stated 295,7 used (tol 2), no NRV printed; '12,2 mmol' is not mg. 20 Beutel, 1 daily -> 20.",
"""Magnesium-Diasporal® 300 mg
Granulat zur Herstellung einer Lösung zum Einnehmen
Orangengeschmack | Arzneimittel | 20 Beutel
Wirkstoff: 1 Beutel (5 g) enthält 1830 mg Magnesiumcitrat, entsprechend 295,7 mg Magnesium (12,2 mmol).
Sonstige Bestandteile: Sucrose, Citronensäure, Orangenaroma, Riboflavin.
Anwendungsgebiete: Behandlung und Vorbeugung eines Magnesiummangels, wenn dieser Ursache für Störungen der Muskeltätigkeit (neuromuskuläre Störungen, Wadenkrämpfe) ist.
Dosierung: Erwachsene und Jugendliche ab 12 Jahren: 1-mal täglich 1 Beutel. Den Inhalt in ein Glas Wasser, Tee oder Fruchtsaft einrühren und trinken.
Gegenanzeigen: schwere Nierenfunktionsstörungen. Bei Durchfall Dosis reduzieren.
Protina Pharmazeutische GmbH, Ismaning""",
 el=295.7, forms=["citrate"], dv=None, sc=20)

add("de7_naturalelements_komplex_davon_fuenf_quellen", "de", "eu",
 "Modelled on Natural Elements Magnesium Komplex Kapseln (several forms; forms and amounts approximate), with 'davon aus ...' sub-rows that split the 400 mg total by SOURCE (elemental parts 120 + 100 + 80 + 60 + 40): the total (400 mg, 400/375 = 106.7 -> 107 %) is expected. 180 Kapseln / 2 = 90.",
"""natural elements
Magnesium Komplex
5 Formen | Nahrungsergänzungsmittel | 180 Kapseln
Nährwertangaben | pro Tagesdosis (2 Kapseln) | % NRV*
Magnesium | 400 mg | 107 %
davon aus Magnesiumcitrat | 120 mg |
davon aus Magnesiumbisglycinat | 100 mg |
davon aus Magnesiummalat | 80 mg |
davon aus Magnesiumtaurat | 60 mg |
davon aus Magnesiumoxid | 40 mg |
*NRV = Nährstoffbezugswerte
Zutaten: Magnesiumcitrat, Magnesiumbisglycinat, Magnesiummalat, Magnesiumtaurat, Magnesiumoxid, Kapselhülle: Hydroxypropylmethylcellulose.
Verzehrempfehlung: Täglich 2 Kapseln mit ausreichend Flüssigkeit verzehren, z. B. 1 Kapsel morgens und 1 Kapsel abends.
Bei Nahrungsergänzungsmitteln mit mehr als 250 mg Magnesium pro Tagesverzehrmenge kann es bei empfindlichen Personen zu abführender Wirkung kommen.""",
 el=400, forms=["citrate", "glycinate", "malate", "taurate", "oxide"], dv=107, sc=90)

add("de7_kclassic_brause_pro100g_brennwert", "de", "eu",
 "Modelled on K-Classic (Kaufland) Magnesium Brausetabletten (store brand; amounts approximate): 'pro 100 g | pro Brausetablette (4,5 g) | % NRV*' with an energy row; per-100 g 6,7 g is a trap; per tablet 300 mg, 300/375 = 80 %. Magnesiumcarbonat + Magnesiumoxid. 20 tablets, 1 per day -> 20.",
"""K-Classic
Magnesium Brausetabletten
Orangengeschmack | Nahrungsergänzungsmittel | 20 Brausetabletten
Nährwertangaben | pro 100 g | pro Brausetablette (4,5 g) | % NRV*
Brennwert | 810 kJ / 195 kcal | 36 kJ / 9 kcal |
Magnesium | 6,7 g | 300 mg | 80 %
*NRV = Nährstoffbezugswerte
Zutaten: Säuerungsmittel Citronensäure, Magnesiumcarbonat, Säureregulator Natriumhydrogencarbonat, Magnesiumoxid, Süßungsmittel Sorbit, Aroma, Süßungsmittel Sucralose, Farbstoff Beta-Carotin.
Verzehrempfehlung: Täglich 1 Brausetablette in einem Glas Wasser (ca. 200 ml) auflösen.
Bei Nahrungsergänzungsmitteln mit mehr als 250 mg Magnesium pro Tagesverzehrmenge kann es bei empfindlichen Personen zu abführender Wirkung kommen.""",
 el=300, forms=["carbonate", "oxide"], dv=80, sc=20)

add("de7_mivolis_kapseln_gramm_04g", "de", "eu",
 "Modelled on Mivolis (dm) Magnesium 400 Kapseln (a different Mivolis product from set 1's Brausetabletten; amounts approximate), with the amount written in grams: 'Magnesium | 0,4 g | 107 %' (400 mg, 400/375 = 106.7). 60 capsules, 1 per day -> 60.",
"""Mivolis
Magnesium 400
Hochdosiert | Nahrungsergänzungsmittel | 60 Kapseln
Nährwertangaben | pro Kapsel | % NRV*
Magnesium | 0,4 g | 107 %
*NRV = Nährstoffbezugswert
Zutaten: Magnesiumoxid, Kapselhülle (Gelatine), Trennmittel Magnesiumsalze der Speisefettsäuren.
Verzehrempfehlung: 1 Kapsel täglich mit ausreichend Flüssigkeit unzerkaut verzehren.
Hinweise: Die angegebene empfohlene tägliche Verzehrmenge darf nicht überschritten werden. Außerhalb der Reichweite von kleinen Kindern lagern.""",
 el=400, forms=["oxide"], dv=107, sc=60)

# ------------------------------------------------------------------ fr
add("fr7_holistica_bisglycinate_dont_espace", "fr", "eu",
 "Modelled on Holistica Magnésium (bisglycinate) gélules (amounts approximate): 'Pour 3 gélules | % VNR*': 'Bisglycinate de magnésium 1 350 mg' (thin-space thousands) with a 'dont magnésium 189 mg 50 %' row (189/375 = 50.4). 90 gélules / 3 = 30.",
"""HOLISTICA
Magnésium
Bisglycinate | Complément alimentaire | 90 gélules
Teneurs nutritionnelles | Pour 3 gélules | % VNR*
Bisglycinate de magnésium | 1 350 mg |
dont magnésium | 189 mg | 50 %
*VNR : Valeurs Nutritionnelles de Référence
Ingrédients : bisglycinate de magnésium, enveloppe de la gélule : hydroxypropylméthylcellulose.
Conseils d'utilisation : prendre 3 gélules par jour, réparties dans la journée, avec un grand verre d'eau.
Ne pas dépasser la dose journalière recommandée. Tenir hors de portée des jeunes enfants.""",
 el=189, forms=["glycinate"], dv=50, sc=30)

add("fr7_cooper_b6_pour1_pour2", "fr", "eu",
 "Modelled on Cooper Magnésium Vitamine B6 comprimés (French pharmacy brand; salts and amounts approximate): 'Pour 1 comprimé | Pour 2 comprimés | % VNR*': the daily dose (2) is the serving, 300 mg, 300/375 = 80 %; per tablet 150 mg in elemental_alt_mg. Oxyde de magnésium marin. 60 comprimés / 2 = 30.",
"""COOPER
Magnésium Vitamine B6
Fatigue, système nerveux | Complément alimentaire | 60 comprimés
Valeurs nutritionnelles moyennes | Pour 1 comprimé | Pour 2 comprimés | % VNR*
Magnésium | 150 mg | 300 mg | 80 %
Vitamine B6 | 0,7 mg | 1,4 mg | 100 %
*VNR : Valeurs Nutritionnelles de Référence pour 2 comprimés
Ingrédients : oxyde de magnésium marin, agent de charge : cellulose microcristalline, chlorhydrate de pyridoxine, antiagglomérant : sels de magnésium d'acides gras.
Conseils d'utilisation : 1 comprimé matin et soir avec un verre d'eau.""",
 el=300, forms=["oxide"], dv=80, sc=30, elemental_alt_mg=150)

add("fr7_oemine_chlorure_dont_element", "fr", "eu",
 "Modelled on Oemine Magnésium (chlorure de magnésium) comprimés (amounts approximate): 'Pour 2 comprimés | % VNR*': 'Chlorure de magnésium 1 000 mg' (hexahydrate) with 'dont magnésium élément 120 mg 32 %' (120/375 = 32). 60 comprimés / 2 = 30.",
"""OEMINE
Magnésium
Chlorure de magnésium | Complément alimentaire | 60 comprimés
Composition | Pour 2 comprimés | % VNR*
Chlorure de magnésium | 1 000 mg |
dont magnésium élément | 120 mg | 32 %
*Valeurs Nutritionnelles de Référence
Ingrédients : chlorure de magnésium hexahydraté, agent de charge : cellulose microcristalline, antiagglomérant : dioxyde de silicium.
Conseils d'utilisation : 2 comprimés par jour au cours d'un repas.""",
 el=120, forms=["chloride"], dv=32, sc=30)

add("fr7_santarome_ampoules_pour100ml", "fr", "eu",
 "Modelled on Santarome Bio magnesium drinkable ampoules (forms and amounts approximate): 'Pour 100 ml | Pour 1 ampoule (10 ml) | % VNR*': per-100 ml 3 000 mg is a trap; per ampoule 300 mg, 300/375 = 80 %. Citrate + lactate. 20 ampoules, 1 per day -> 20.",
"""SANTAROME BIO
Magnésium Ampoules
Complément alimentaire | 20 ampoules de 10 ml
Valeurs nutritionnelles | Pour 100 ml | Pour 1 ampoule (10 ml) | % VNR*
Magnésium | 3 000 mg | 300 mg | 80 %
*VNR : Valeurs Nutritionnelles de Référence
Ingrédients : eau, citrate de magnésium, lactate de magnésium, jus concentré de citron, arôme naturel.
Conseils d'utilisation : 1 ampoule par jour, pure ou diluée dans un verre d'eau. Bien agiter avant emploi.
Une consommation excessive peut avoir des effets laxatifs.""",
 el=300, forms=["citrate", "lactate"], dv=80, sc=20)

# ------------------------------------------------------------------ it
add("it7_specchiasol_marino_nome_a_capo", "it", "eu",
 "Modelled on Specchiasol magnesio marino compresse (forms and amounts approximate), with the Mg row's name wrapped ('Magnesio (da ossido di / magnesio marino)'): 'per dose giornaliera (2 compresse)' 300 mg, 300/375 = 80 % VNR. 60 compresse / 2 = 30.",
"""SPECCHIASOL
Magnesio Marino
Integratore alimentare | 60 compresse
Tenori medi | per dose giornaliera (2 compresse) | % VNR*
Magnesio (da ossido di | 300 mg | 80 %
magnesio marino) | |
*VNR: Valori Nutritivi di Riferimento
Ingredienti: ossido di magnesio marino, agente di carica: cellulosa microcristallina, antiagglomerante: sali di magnesio degli acidi grassi.
Modo d'uso: 2 compresse al giorno, deglutite con un po' d'acqua.
Non superare la dose giornaliera consigliata.""",
 el=300, forms=["oxide"], dv=80, sc=30)

add("it7_namedsport_bustina_per100g", "it", "eu",
 "Modelled on Named Sport magnesium + potassium drink sachets (amounts approximate): 'per 100 g | per bustina (5 g) | % VNR*': per-100 g 3,0 g is a trap; per sachet 150 mg, 150/375 = 40 %; Potassio is not Mg. 14 bustine (printed).",
"""NAMED SPORT
Magnesio Potassio
Integratore alimentare di sali minerali | gusto arancia | 14 bustine
Informazioni nutrizionali | per 100 g | per bustina (5 g) | % VNR*
Magnesio | 3,0 g | 150 mg | 40 %
Potassio | 6,0 g | 300 mg | 15 %
*VNR: Valori Nutritivi di Riferimento
Ingredienti: maltodestrine, citrato di potassio, citrato di magnesio, acidificante: acido citrico, aromi, edulcorante: sucralosio.
Modo d'uso: sciogliere 1 bustina in 500 ml d'acqua, una volta al giorno.""",
 el=150, forms=["citrate"], dv=40, sc=14)

add("it7_biovita_bisglicinato_frase", "it", "eu",
 "Modelled on Biovita magnesio bisglicinato compresse (amounts approximate), the content given only in a sentence: '2 compresse apportano: magnesio bisglicinato 1400 mg, di cui magnesio 196 mg (52 % VNR)' (196/375 = 52.3). 60 compresse / 2 = 30.",
"""BIOVITA
Magnesio Bisglicinato
Integratore alimentare | 60 compresse
Contenuti medi: 2 compresse apportano: magnesio bisglicinato 1400 mg, di cui magnesio 196 mg (52 % VNR*).
*VNR: Valori Nutritivi di Riferimento.
Ingredienti: magnesio bisglicinato, agente di carica: cellulosa microcristallina, antiagglomeranti: biossido di silicio, sali di magnesio degli acidi grassi.
Modo d'uso: si consiglia l'assunzione di 2 compresse al giorno.""",
 el=196, forms=["glycinate"], dv=52, sc=30)

add("it7_nutrilinea_due_sali_dicui_totale", "it", "eu",
 "Modelled on Nutrilinea magnesium capsules with two salts (re-set with bisglicinato + taurato; amounts approximate): two compound rows each with a 'di cui magnesio' row (98 + 50) and a 'Magnesio totale 148 mg 39 %' row (148/375 = 39.5 -> 39): the total is expected. 60 capsule / 2 = 30.",
"""NUTRILINEA
Magnesio Bisglicinato & Taurato
Integratore alimentare | 60 capsule
Tenori per dose giornaliera | 2 capsule | % VNR*
Magnesio bisglicinato | 700 mg |
di cui magnesio | 98 mg |
Magnesio taurato | 560 mg |
di cui magnesio | 50 mg |
Magnesio totale | 148 mg | 39 %
*VNR: Valori Nutritivi di Riferimento
Ingredienti: magnesio bisglicinato, magnesio taurato, capsula: idrossipropilmetilcellulosa.
Modo d'uso: 1 capsula due volte al giorno.""",
 el=148, forms=["glycinate", "taurate"], dv=39, sc=30)

# ------------------------------------------------------------------ es
add("es7_vitaldin_citrato_malato_vrn", "es", "eu",
 "Modelled on Vitaldin Magnesio cápsulas (citrato + malato; forms and amounts approximate): 'Por dosis diaria (2 cápsulas) | %VRN*' Magnesio 300 mg, 300/375 = 80 %. 60 cápsulas / 2 = 30.",
"""VITALDIN
Magnesio
Citrato y Malato | Complemento alimenticio | 60 cápsulas
Información nutricional | Por dosis diaria (2 cápsulas) | %VRN*
Magnesio | 300 mg | 80 %
*VRN: Valores de Referencia de Nutrientes
Ingredientes: citrato de magnesio, malato de magnesio, cápsula vegetal (hidroxipropilmetilcelulosa), antiaglomerante: sales magnésicas de ácidos grasos.
Modo de empleo: tomar 2 cápsulas al día con agua, preferiblemente con las comidas.""",
 el=300, forms=["citrate", "malate"], dv=80, sc=30)

add("es7_prisma_marino_b6_aportan", "es", "eu",
 "Modelled on Prisma Natural Magnesio Marino + B6 comprimidos (amounts approximate), the content in a sentence after the table header: 'Dosis diaria: 2 comprimidos aportan 375 mg de magnesio (100 % VRN*)' (375/375 = 100). 60 comprimidos / 2 = 30.",
"""PRISMA NATURAL
Magnesio Marino + B6
Complemento alimenticio | 60 comprimidos
Composición por dosis diaria: 2 comprimidos aportan 375 mg de magnesio (100 % VRN*) y 1,4 mg de vitamina B6 (100 % VRN*).
*VRN: Valores de Referencia de Nutrientes.
Ingredientes: óxido de magnesio marino, agente de carga: celulosa microcristalina, clorhidrato de piridoxina, antiaglomerante: estearato de magnesio.
Modo de empleo: 1 comprimido en el desayuno y 1 en la cena.
No superar la dosis diaria expresamente recomendada.""",
 el=375, forms=["oxide"], dv=100, sc=30)

add("es7_beplus_gominolas_por100g", "es", "eu",
 "Modelled on Be+ (Cofares) magnesio gummies (amounts approximate): 'Por 100 g | Por 2 gominolas (5 g) | %VRN*': per-100 g 1,5 g is a trap; per 2 gummies 75 mg, 75/375 = 20 %. 60 gominolas / 2 = 30.",
"""Be+
Magnesio Gummies
Sabor frutos rojos | Complemento alimenticio | 60 gominolas
Valores medios | Por 100 g | Por 2 gominolas (5 g) | %VRN*
Valor energético | 1 250 kJ / 300 kcal | 63 kJ / 15 kcal |
Azúcares | 45 g | 2,3 g |
Magnesio | 1,5 g | 75 mg | 20 %
*VRN: Valores de Referencia de Nutrientes
Ingredientes: jarabe de glucosa, azúcar, agua, citrato de magnesio, gelificante: pectina, acidulante: ácido cítrico, aromas naturales.
Modo de empleo: tomar 2 gominolas al día. Apto para adultos.""",
 el=75, forms=["citrate"], dv=20, sc=30)

add("es7_solnatural_bisglicinato_gramos", "es", "eu",
 "Modelled on Solnatural Bisglicinato de Magnesio cápsulas (amounts approximate), amounts in grams: 'Bisglicinato de magnesio | 2,1 g' with 'del cual magnesio | 0,3 g | 80 %' (300 mg, 300/375 = 80). 90 cápsulas / 3 = 30.",
"""SOLNATURAL
Bisglicinato de Magnesio
Complemento alimenticio | 90 cápsulas
Información nutricional | Por 3 cápsulas | %VRN*
Bisglicinato de magnesio | 2,1 g |
del cual magnesio | 0,3 g | 80 %
*VRN: Valores de Referencia de Nutrientes
Ingredientes: bisglicinato de magnesio, cápsula vegetal (hidroxipropilmetilcelulosa).
Modo de empleo: tomar 3 cápsulas al día repartidas en las comidas.""",
 el=300, forms=["glycinate"], dv=80, sc=30)

# ------------------------------------------------------------------ pl
add("pl7_activlab_musujace_w100g", "pl", "eu",
 "Modelled on ActivLab magnez musujący (effervescent tablets in a tube; salts and amounts approximate): 'w 100 g | w 1 tabletce (4 g) | %RWS*': per-100 g 9,4 g is a trap; per tablet 375 mg, 375/375 = 100 %. Węglan + cytrynian magnezu. 20 tabletek, 1 per day -> 20.",
"""ActivLab
Magnez Musujący
Smak cytrynowy | Suplement diety | 20 tabletek musujących
Wartość odżywcza | w 100 g | w 1 tabletce (4 g) | %RWS*
Wartość energetyczna | 320 kJ / 76 kcal | 13 kJ / 3 kcal |
Magnez | 9,4 g | 375 mg | 100 %
*RWS - referencyjna wartość spożycia
Składniki: regulator kwasowości: kwas cytrynowy, węglan magnezu, cytrynian magnezu, regulator kwasowości: wodorowęglan sodu, aromat, substancja słodząca: sukraloza.
Sposób użycia: 1 tabletkę rozpuścić w szklance wody (200 ml) i wypić, raz dziennie.""",
 el=375, forms=["carbonate", "citrate"], dv=100, sc=20)

add("pl7_pharmovit_1kaps_2kaps", "pl", "eu",
 "Modelled on Pharmovit Magnez kapsułki (salts and amounts approximate): 'w 1 kapsułce | w 2 kapsułkach | %RWS*': daily dose (2) 200 mg, 200/375 = 53.3 -> 53 %; per capsule 100 mg in elemental_alt_mg. Cytrynian + bisglicynian. 60 kapsułek / 2 = 30.",
"""PHARMOVIT
Magnez
Clean Label | Suplement diety | 60 kapsułek
Zawartość w | w 1 kapsułce | w 2 kapsułkach | %RWS*
Magnez | 100 mg | 200 mg | 53 %
*RWS - referencyjna wartość spożycia dla 2 kapsułek
Składniki: cytrynian magnezu, bisglicynian magnezu, otoczka kapsułki: hydroksypropylometyloceluloza.
Zalecane dzienne spożycie: 2 kapsułki dziennie, popijając wodą.""",
 el=200, forms=["citrate", "glycinate"], dv=53, sc=30, elemental_alt_mg=100)

add("pl7_magneb6forte_tabletka_zawiera_lek", "pl", "eu",
 "Modelled on Magne B6 Forte tabletki (Sanofi; a Polish OTC medicine; wording approximate): '1 tabletka zawiera 618,43 mg magnezu cytrynianu, co odpowiada 100 mg jonów magnezu' + pirydoksyna 10 mg. Dose '3-4 tabletki na dobę w 2-3 dawkach': per tablet 100 mg, no %RWS, serving_count null (like the 'Each tablet contains' convention).",
"""Magne B6® Forte
100 mg + 10 mg, tabletki powlekane
Lek | 60 tabletek
1 tabletka zawiera 618,43 mg magnezu cytrynianu (Magnesii citras), co odpowiada 100 mg jonów magnezu (Mg2+), oraz 10 mg pirydoksyny chlorowodorku.
Substancje pomocnicze: laktoza jednowodna, makrogol 6000, magnezu stearynian, hypromeloza, tytanu dwutlenek, talk.
Dawkowanie: Dorośli: 3 do 4 tabletek na dobę w 2 lub 3 dawkach podzielonych, podczas posiłków, popijając szklanką wody.
Przeciwwskazania: ciężka niewydolność nerek. Przed użyciem zapoznaj się z ulotką.""",
 el=100, forms=["citrate"], dv=None, sc=None)

add("pl7_noblehealth_nazwa_zawinieta_trzy_sole", "pl", "eu",
 "Modelled on Noble Health Magnez kapsułki (salts and amounts approximate), the Mg row's source list wrapped onto a second row: 'Magnez (z cytrynianu magnezu, / bisglicynianu magnezu i mleczanu magnezu)' 300 mg, 300/375 = 80 %. 60 kapsułek / 2 = 30.",
"""NOBLE HEALTH
Magnez Forte
3 formy magnezu | Suplement diety | 60 kapsułek
Składnik | Porcja dzienna (2 kapsułki) | %RWS*
Magnez (z cytrynianu magnezu, | 300 mg | 80 %
bisglicynianu magnezu i mleczanu magnezu) | |
Witamina B6 | 1,4 mg | 100 %
*RWS - referencyjna wartość spożycia
Składniki: cytrynian magnezu, bisglicynian magnezu, mleczan magnezu, otoczka kapsułki (żelatyna), chlorowodorek pirydoksyny.
Sposób użycia: 1 kapsułka 2 razy dziennie podczas posiłku.""",
 el=300, forms=["citrate", "glycinate", "lactate"], dv=80, sc=30)

# ------------------------------------------------------------------ nl
add("nl7_jacobhooy_citraat_poeder_per100g", "nl", "eu",
 "Modelled on Jacob Hooy Magnesium Citraat poeder (amounts approximate): 'per 100 g | per maatschepje (2,5 g) | % RI*': per-100 g 14 g is a trap; per scoop 350 mg, 350/375 = 93.3 -> 93 %. 250 g, 'goed voor 100 porties' (printed).",
"""Jacob Hooy
Magnesium Citraat Poeder
Voedingssupplement | 250 gram | goed voor 100 porties
Voedingswaarde | per 100 g | per maatschepje (2,5 g) | % RI*
Magnesium | 14 g | 350 mg | 93 %
*RI = Referentie-inname
Ingrediënten: magnesiumcitraat.
Gebruik: 1 afgestreken maatschepje (2,5 g) per dag oplossen in een glas water.
Niet meer gebruiken dan de aanbevolen dagelijkse dosis.""",
 el=350, forms=["citrate"], dv=93, sc=100)

add("nl7_yummygums_per2_gummies", "nl", "eu",
 "Modelled on Yummygums Magnesium gummies (amounts approximate): 'per 2 gummies | % RI*' Magnesium 100 mg, 100/375 = 26.7 -> 27 %. Magnesiumcitraat. 60 gummies / 2 = 30.",
"""Yummygums
Magnesium
Bosbessensmaak | Voedingssupplement | 60 gummies
Voedingswaarde | per 2 gummies | % RI*
Energie | 42 kJ / 10 kcal |
Suikers | 1,8 g |
Magnesium | 100 mg | 27 %
*RI = Referentie-inname
Ingrediënten: glucosestroop, suiker, water, magnesiumcitraat, geleermiddel: pectine, zuurteregelaar: citroenzuur, natuurlijk aroma.
Gebruik: volwassenen 2 gummies per dag.""",
 el=100, forms=["citrate"], dv=27, sc=30)

add("nl7_vitortho_malaat_per3", "nl", "eu",
 "Modelled on Vitortho Magnesium Malaat tabletten (amounts approximate): 'Samenstelling per dagdosering (3 tabletten) | RI*' Magnesium 225 mg, 225/375 = 60 %. 90 tabletten / 3 = 30.",
"""Vitortho
Magnesium Malaat
Voedingssupplement | 90 tabletten
Samenstelling per dagdosering (3 tabletten) | RI*
Magnesium (als magnesiummalaat) | 225 mg | 60 %
*RI = Referentie-inname
Overige ingrediënten: vulstof: microkristallijne cellulose, antiklontermiddel: magnesiumzouten van vetzuren.
Gebruik: 3 maal per dag 1 tablet bij de maaltijd.""",
 el=225, forms=["malate"], dv=60, sc=30)

# ------------------------------------------------------------------ cs
add("cs7_allnature_bisglycinat_veta", "cs", "eu",
 "Modelled on Allnature Magnesium bisglycinát kapsle (amounts approximate), the content in a sentence: 'Denní dávka 2 kapsle obsahuje 200 mg hořčíku (53 % RHP*)' (200/375 = 53.3). 60 kapslí / 2 = 30.",
"""Allnature
Magnesium bisglycinát
Doplněk stravy | 60 kapslí
Denní dávka 2 kapsle obsahuje 200 mg hořčíku (53 % RHP*) ve formě bisglycinátu hořečnatého.
*RHP = referenční hodnota příjmu
Složení: bisglycinát hořečnatý, želatinová kapsle.
Doporučené dávkování: 1 kapsle 2× denně, zapít dostatečným množstvím vody.""",
 el=200, forms=["glycinate"], dv=53, sc=30)

add("cs7_dacom_laktat_ztoho_1tableta", "cs", "eu",
 "Modelled on Dacom Pharma Magnesium laktát tablety (salts and amounts approximate): 'Obsah | 1 tableta | % RHP*': 'laktát hořečnatý dihydrát 470 mg' with 'z toho hořčík 48 mg 13 %' (48/375 = 12.8). 30 tablets, 1 per day -> 30.",
"""Dacom Pharma
Magnesium laktát
Doplněk stravy | 30 tablet
Obsah | 1 tableta | % RHP*
Laktát hořečnatý dihydrát | 470 mg |
z toho hořčík | 48 mg | 13 %
*RHP = referenční hodnota příjmu
Složení: laktát hořečnatý dihydrát, mikrokrystalická celulóza, stearan hořečnatý.
Doporučené dávkování: 1 tableta denně.""",
 el=48, forms=["lactate"], dv=13, sc=30)

add("cs7_maxivita_sacky_ve100g", "cs", "eu",
 "Modelled on MaxiVita magnesium drink sachets (amounts approximate): 've 100 g | v 1 sáčku (5 g) | % RHP*': per-100 g 4 g is a trap; per sachet 200 mg, 200/375 = 53.3 -> 53 %. Citrát hořečnatý. 20 sáčků, 1 per day -> 20.",
"""MaxiVita
Magnesium Drink
Příchuť citron | Doplněk stravy | 20 sáčků
Výživové údaje | ve 100 g | v 1 sáčku (5 g) | % RHP*
Energetická hodnota | 1 400 kJ / 330 kcal | 70 kJ / 17 kcal |
Hořčík | 4 g | 200 mg | 53 %
*RHP = referenční hodnota příjmu
Složení: maltodextrin, citrát hořečnatý, kyselina citronová, aroma, sladidlo sukralóza.
Doporučené dávkování: obsah 1 sáčku rozmíchat ve 250 ml vody, 1× denně.""",
 el=200, forms=["citrate"], dv=53, sc=20)

# ------------------------------------------------------------------ sv (negative)
add("sv7_neg_kronans_d_k2", "sv", "negative",
 "Modelled on Kronans Apotek D-vitamin + K2 tabletter (Sweden): vitamins D and K2 only; 'magnesiumsalter av fettsyror' is an excipient, so no magnesium source. 90 tablets, 1 per day (as printed).",
"""Kronans Apotek
D-vitamin 25 µg + K2
Kosttillskott | 90 tabletter
Näringsinnehåll | per tablett | % RI*
D-vitamin | 25 µg | 500 %
K2-vitamin | 45 µg | 60 %
*RI = referensintag
Ingredienser: fyllnadsmedel (mikrokristallin cellulosa), kolecalciferol, menakinon-7, klumpförebyggande medel (magnesiumsalter av fettsyror, kiseldioxid).
Dosering: 1 tablett dagligen. Rekommenderad daglig dos bör inte överskridas.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=90)
