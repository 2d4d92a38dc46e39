# Label sources, part K (blind set 6): EU labels (4 each in de, fr, it, es, pl, nl, cs) and one German negative.
# Imports add/L from labels_j.py (same format). DV base 375 (EU NRV) by default for non-English labels.
from labels_j import add, L

# ------------------------------------------------------------------ de
add("de6_biolectra_400_direct_pro100g", "de", "eu",
 "Modelled on Biolectra Magnesium 400 mg ultra Direct sticks (Hermes; amounts approximate): 'pro 100 g | pro Stick (2,1 g) | NRV*': per-100 g 19,0 g is a trap; per stick 400 mg, 400/375 = 106.7 -> 107 %. 20 sticks, 1 per day -> 20. Magnesiumoxid + Magnesiumcitrat.",
"""Biolectra®
Magnesium 400 mg ultra Direct
Nahrungsergänzungsmittel | Zitronengeschmack | 20 Sticks
Nährwertangaben | pro 100 g | pro Stick (2,1 g) | NRV*
Magnesium | 19,0 g | 400 mg | 107 %
*NRV = Nährstoffbezugswerte
Zutaten: Magnesiumoxid, Magnesiumcitrat, Süßungsmittel Isomalt und Sucralose, Säuerungsmittel Citronensäure, Aroma, Trennmittel Siliciumdioxid.
Verzehrempfehlung: Täglich 1 Stick direkt auf die Zunge geben und zergehen lassen, ohne Wasser.
Hinweis: Die angegebene empfohlene tägliche Verzehrmenge darf nicht überschritten werden. Nahrungsergänzungsmittel sind kein Ersatz für eine ausgewogene und abwechslungsreiche Ernährung und eine gesunde Lebensweise.
Bei Nahrungsergänzungsmitteln mit mehr als 250 mg Magnesium pro Tagesverzehrmenge kann es bei empfindlichen Personen zu abführender Wirkung kommen.""",
 el=400, forms=["oxide", "citrate"], dv=107, sc=20)

add("de6_dasgesundeplus_depot_davon_schichten", "de", "eu",
 "Modelled on Das gesunde Plus (dm) Magnesium 400 Depot tablets (amounts approximate), with 'davon' sub-rows that split the total by RELEASE LAYER (Sofort-Schicht 150 mg, Depot-Schicht 250 mg) - elemental parts, not compound rows: the total 400 mg (107 %) is expected. 30 tablets, 1 per day -> 30.",
"""Das gesunde Plus
Magnesium 400 Depot
2-Schicht-Tablette | Nahrungsergänzungsmittel | 30 Tabletten
Nährwertangaben | pro Tablette | % NRV*
Magnesium | 400 mg | 107 %
davon Sofort-Schicht | 150 mg |
davon Depot-Schicht | 250 mg |
*NRV = Nährstoffbezugswerte
Zutaten: Magnesiumoxid, Füllstoff Cellulose, Überzugsmittel Hydroxypropylmethylcellulose, Trennmittel Magnesiumsalze der Speisefettsäuren, Farbstoff Titandioxid.
Verzehrempfehlung: 1 Tablette täglich mit ausreichend Flüssigkeit verzehren.
Bei Nahrungsergänzungsmitteln mit mehr als 250 mg Magnesium pro Tagesverzehrmenge kann es bei empfindlichen Personen zu abführender Wirkung kommen. Außerhalb der Reichweite von kleinen Kindern lagern.""",
 el=400, forms=["oxide"], dv=107, sc=30)

add("de6_naturtreu_komplex_kapsel_tagesdosis", "de", "eu",
 "Modelled on Naturtreu Magnesium Komplex capsules (three forms; amounts approximate): 'pro Kapsel | pro Tagesdosis (2 Kapseln) | NRV*': daily dose 200 mg, 200/375 = 53.3 -> 53 %; per capsule 100 mg in elemental_alt_mg. 120 capsules / 2 = 60.",
"""naturtreu®
Magnesium Komplex
Citrat, Bisglycinat & Malat | 120 Kapseln
Nährwerte | pro Kapsel | pro Tagesdosis (2 Kapseln) | NRV*
Magnesium | 100 mg | 200 mg | 53 %
*Nährstoffbezugswert
Zutaten: Magnesiumcitrat, Magnesiumbisglycinat, Magnesiummalat, Kapselhülle Hydroxypropylmethylcellulose.
Verzehrempfehlung: Täglich 2 Kapseln mit ausreichend Wasser verzehren.
Die angegebene empfohlene tägliche Verzehrmenge darf nicht überschritten werden. Für kleine Kinder unzugänglich aufbewahren.""",
 el=200, forms=["citrate", "glycinate", "malate"], dv=53, sc=60, elemental_alt_mg=100)

add("de6_doppelherz_magnesium_kalium_brause", "de", "eu",
 "Modelled on Doppelherz aktiv Magnesium + Kalium Brausetabletten (a different Doppelherz product from the Magnesium 400 of set 1; amounts approximate): 'pro Brausetablette' Magnesium 300 mg, 300/375 = 80 %; Kalium 300 mg (15 %) is not Mg; Kaliumhydrogencarbonat is a look-alike salt. 15 tablets, 1 per day -> 15.",
"""Doppelherz® aktiv
Magnesium + Kalium
Brausetabletten | Nahrungsergänzungsmittel | 15 Brausetabletten
Nährwertangaben | pro Brausetablette | % NRV*
Magnesium | 300 mg | 80 %
Kalium | 300 mg | 15 %
*NRV = Nährstoffbezugswerte nach der Lebensmittel-Informationsverordnung
Zutaten: Säuerungsmittel Citronensäure, Magnesiumcarbonat, Säureregulator Kaliumhydrogencarbonat, Magnesiumoxid, Aroma, Süßungsmittel Sucralose, Farbstoff Riboflavin.
Verzehrempfehlung: Täglich 1 Brausetablette in einem Glas Wasser (200 ml) auflösen und trinken.
Bei Nahrungsergänzungsmitteln mit mehr als 250 mg Magnesium pro Tagesverzehrmenge kann es bei empfindlichen Personen zu abführender Wirkung kommen.""",
 el=300, forms=["carbonate", "oxide"], dv=80, sc=15)

add("de6_neg_doppelherz_eisen", "de", "negative",
 "Modelled on Doppelherz aktiv Eisen + Vitamin C + L-Histidin Depot tablets: iron only; 'Magnesiumsalze der Speisefettsäuren' is an excipient, so no magnesium source. 30 tablets, 1 per day -> 30 (as printed).",
"""Doppelherz® aktiv
Eisen + Vitamin C + L-Histidin
Depot-Tabletten | Nahrungsergänzungsmittel | 30 Tabletten
Nährwertangaben | pro Tablette | % NRV*
Vitamin C | 200 mg | 250 %
Eisen | 20 mg | 143 %
L-Histidin | 10 mg | **
*NRV = Nährstoffbezugswerte; **keine NRV vorhanden
Zutaten: L-Ascorbinsäure, Füllstoff Cellulose, Eisen(II)-gluconat, Überzugsmittel Hydroxypropylmethylcellulose, L-Histidin-Hydrochlorid, Trennmittel Magnesiumsalze der Speisefettsäuren.
Verzehrempfehlung: Täglich 1 Tablette mit ausreichend Flüssigkeit verzehren.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=30)

# ------------------------------------------------------------------ fr
add("fr6_fortepharma_marin_b6_pour2", "fr", "eu",
 "Modelled on Forté Pharma Magnésium Marin B6 comprimés (amounts approximate): 'Pour 2 comprimés | % VNR*' Magnésium 300 mg, 300/375 = 80 %. Oxyde de magnésium marin. 56 tablets / 2 = 28.",
"""FORTÉ PHARMA
Magnésium Marin B6
Fatigue & Stress | Complément alimentaire | 56 comprimés
Valeurs nutritionnelles | Pour 2 comprimés | % VNR*
Magnésium | 300 mg | 80 %
Vitamine B6 | 1,4 mg | 100 %
*VNR : Valeurs Nutritionnelles de Référence
Ingrédients : oxyde de magnésium d'origine marine, agent de charge : cellulose microcristalline, anti-agglomérants : sels de magnésium d'acides gras, dioxyde de silicium ; chlorhydrate de pyridoxine.
Conseils d'utilisation : 2 comprimés par jour, à avaler avec un grand verre d'eau au cours d'un repas.
Ne pas dépasser la dose journalière recommandée. Tenir hors de portée des jeunes enfants.""",
 el=300, forms=["oxide"], dv=80, sc=28)

add("fr6_nutripure_bisglycinate_dont_element", "fr", "eu",
 "Modelled on Nutripure Magnésium (bisglycinate) gélules (amounts approximate): 'Pour 3 gélules': Bisglycinate de magnésium 1 200 mg, 'dont magnésium élément' 168 mg, 168/375 = 44.8 -> 45 %. 1 200 mg is the compound (thin-space thousands). 90 gélules / 3 = 30.",
"""nutripure
Magnésium
Bisglycinate chélaté | 90 gélules végétales
Valeurs nutritionnelles | Pour 3 gélules | % VNR*
Bisglycinate de magnésium | 1 200 mg | -
dont magnésium élément | 168 mg | 45 %
*VNR : Valeurs Nutritionnelles de Référence
Ingrédients : bisglycinate de magnésium, enveloppe végétale (hydroxypropylméthylcellulose).
Conseils d'utilisation : 3 gélules par jour, le soir de préférence, avec un verre d'eau.
Ne pas dépasser la dose journalière recommandée. Un complément alimentaire ne remplace pas une alimentation variée et équilibrée.""",
 el=168, forms=["glycinate"], dv=45, sc=30)

add("fr6_arkovital_marin_pour1_pourdose", "fr", "eu",
 "Modelled on Arkopharma Arkovital Magnésium Marin comprimés (a different Arkovital product from the sticks of set 3; amounts approximate): 'Par comprimé | Par dose journalière (2 comprimés) | % VNR*': daily dose 300 mg 80 %, per tablet 150 mg in elemental_alt_mg. 30 comprimés / 2 = 15.",
"""Arkopharma
Arkovital® Magnésium Marin
Complément alimentaire | 30 comprimés
Teneurs nutritionnelles | Par comprimé | Par dose journalière (2 comprimés) | % VNR*
Magnésium | 150 mg | 300 mg | 80 %
*VNR : Valeurs Nutritionnelles de Référence
Ingrédients : oxyde de magnésium marin, agents de charge : cellulose microcristalline, phosphates de calcium ; anti-agglomérant : stéarate de magnésium.
Conseils d'utilisation : 1 comprimé le matin et 1 comprimé le soir, avec un grand verre d'eau.
Ne pas dépasser la dose journalière recommandée. Déconseillé aux femmes enceintes ou allaitantes sans avis médical.""",
 el=300, forms=["oxide"], dv=80, sc=15, elemental_alt_mg=150)

add("fr6_dayang_unite_colonne_separee", "fr", "eu",
 "Modelled on Dayang Magnésium B6 gélules (forms and amounts approximate), with the UNIT in its own column ('225 | mg | 60 %'): 2 gélules = 225 mg, 225/375 = 60 %. 60 gélules / 2 = 30.",
"""DAYANG
Magnésium B6
Bisglycinate & citrate | 60 gélules
Composition | Pour 2 gélules | Unité | % VNR*
Magnésium | 225 | mg | 60 %
Vitamine B6 | 1,4 | mg | 100 %
Taurine | 100 | mg | -
*VNR : Valeurs Nutritionnelles de Référence
Ingrédients : bisglycinate de magnésium, citrate de magnésium, taurine, gélule d'origine végétale (hydroxypropylméthylcellulose), chlorhydrate de pyridoxine.
Conseils d'utilisation : 2 gélules par jour avec un verre d'eau, au cours du repas du soir.
Ne pas dépasser la dose journalière recommandée. Tenir hors de portée des jeunes enfants.""",
 el=225, forms=["glycinate", "citrate"], dv=60, sc=30)

# ------------------------------------------------------------------ it
add("it6_marcoviti_pidolato_bustina_dicui", "it", "eu",
 "Modelled on Marco Viti Magnesio Pidolato bustine (amounts approximate): 'per bustina': Magnesio pidolato 2,25 g, 'di cui magnesio' 196 mg (2250 x 0.087 = 195.8), 196/375 = 52.3 -> 52 %. 20 bustine, 1 al giorno -> 20.",
"""MARCO VITI
Magnesio Pidolato
Integratore alimentare | Gusto arancia | 20 bustine
Tenori medi | per bustina | %VNR*
Magnesio pidolato | 2,25 g |
di cui magnesio | 196 mg | 52 %
*VNR: Valori Nutritivi di Riferimento
Ingredienti: magnesio pidolato, edulcorante: sorbitolo; acidificante: acido citrico; aroma.
Modalità d'uso: 1 bustina al giorno sciolta in un bicchiere d'acqua.
Avvertenze: non superare la dose giornaliera raccomandata. Gli integratori non vanno intesi come sostituti di una dieta varia ed equilibrata e di uno stile di vita sano. Tenere fuori dalla portata dei bambini al di sotto dei 3 anni.""",
 el=196, forms=["pidolate"], dv=52, sc=20)

add("it6_biosline_principium_1cpr_2cpr", "it", "eu",
 "Modelled on Bios Line Principium Magnesio compresse (salts and amounts approximate): 'per 1 compressa | per 2 compresse | %VNR*': daily dose 300 mg 80 %, per tablet 150 in elemental_alt_mg. Magnesio carbonato + magnesio ossido. 60 compresse / 2 = 30.",
"""Bios Line
Principium® Magnesio
Integratore alimentare | 60 compresse
Contenuti medi | per 1 compressa | per 2 compresse | %VNR*
Magnesio | 150 mg | 300 mg | 80 %
*VNR: Valori Nutritivi di Riferimento
Ingredienti: magnesio carbonato, magnesio ossido, agente di carica: cellulosa microcristallina; antiagglomeranti: sali di magnesio degli acidi grassi, biossido di silicio.
Modalità d'uso: si consiglia l'assunzione di 2 compresse al giorno, una al mattino e una alla sera.
Non superare la dose giornaliera raccomandata. Tenere fuori dalla portata dei bambini al di sotto dei 3 anni.""",
 el=300, forms=["carbonate", "oxide"], dv=80, sc=30, elemental_alt_mg=150)

add("it6_pharmalife_citrato_polvere_per100g", "it", "eu",
 "Modelled on Pharmalife Research Magnesio Citrato polvere (amounts approximate): 'per 100 g | per dose (3 g) | %VNR*': per-100 g 4,8 g is a trap; per dose 144 mg, 144/375 = 38.4 -> 38 %. '50 dosi' printed -> 50.",
"""Pharmalife Research
Magnesio Citrato
Polvere solubile | Integratore alimentare | 150 g (50 dosi)
Tenori medi | per 100 g | per dose (3 g) | %VNR*
Magnesio | 4,8 g | 144 mg | 38 %
*VNR: Valori Nutritivi di Riferimento
Ingredienti: magnesio citrato, acidificante: acido citrico; aroma limone; edulcorante: glicosidi steviolici.
Modalità d'uso: sciogliere 1 misurino (3 g) in un bicchiere d'acqua, 1 volta al giorno.
Non superare la dose giornaliera raccomandata.""",
 el=144, forms=["citrate"], dv=38, sc=50)

add("it6_erbamea_importo_prima_del_nome", "it", "eu",
 "Modelled on Erbamea Magnesio Totale capsule (forms and amounts approximate), with the AMOUNT BEFORE THE NAME in each row ('250 mg | Magnesio | 67 % VNR*'): 2 capsule = 250 mg, 250/375 = 66.7 -> 67 %. 60 capsule / 2 = 30.",
"""ERBAMEA
Magnesio Totale
citrato + bisglicinato | Integratore alimentare | 60 capsule
Contenuti per dose giornaliera (2 capsule):
250 mg | Magnesio | 67 % VNR*
1,4 mg | Vitamina B6 | 100 % VNR*
*VNR: Valori Nutritivi di Riferimento
Ingredienti: magnesio citrato, magnesio bisglicinato, capsula vegetale (idrossipropilmetilcellulosa), piridossina cloridrato.
Modalità d'uso: 2 capsule al giorno con un bicchiere d'acqua.
Non superare la dose giornaliera raccomandata. Tenere fuori dalla portata dei bambini al di sotto dei 3 anni.""",
 el=250, forms=["citrate", "glycinate"], dv=67, sc=30)

# ------------------------------------------------------------------ es
add("es6_hsn_citrato_del_cual_1800", "es", "eu",
 "Modelled on HSN Essentials Citrato de Magnesio cápsulas (amounts approximate): 'Por dosis diaria (3 cápsulas)': Citrato de magnesio 1.800 mg (dot thousands), 'del cual magnesio' 270 mg (1800 x 0.15), 270/375 = 72 %. 120 cápsulas / 3 = 40.",
"""HSN Essentials
Citrato de Magnesio
Complemento alimenticio | 120 cápsulas vegetales
Información nutricional | Por dosis diaria (3 cápsulas) | %VRN*
Citrato de magnesio | 1.800 mg | **
del cual magnesio | 270 mg | 72 %
*VRN: Valores de Referencia de Nutrientes. **VRN no establecido.
Ingredientes: citrato de magnesio, cápsula vegetal (hidroxipropilmetilcelulosa).
Modo de empleo: tomar 3 cápsulas al día, preferiblemente con las comidas.
No superar la dosis diaria expresamente recomendada. Mantener fuera del alcance de los niños más pequeños.""",
 el=270, forms=["citrate"], dv=72, sc=40)

add("es6_sotya_cloruro_4comprimidos", "es", "eu",
 "Modelled on Sotya Cloruro de Magnesio comprimidos (amounts approximate): 'Composición por 4 comprimidos': Cloruro de magnesio hexahidratado 2.000 mg (compound), Magnesio 240 mg (2000 x 0.12), 240/375 = 64 %. 100 comprimidos / 4 = 25.",
"""SOTYA
Cloruro de Magnesio
Complemento alimenticio | 100 comprimidos de 500 mg
Composición por 4 comprimidos | | %VRN*
Cloruro de magnesio hexahidratado | 2.000 mg |
Magnesio | 240 mg | 64 %
*VRN: Valores de Referencia de Nutrientes
Ingredientes: cloruro de magnesio hexahidratado, agente de carga: celulosa microcristalina; antiaglomerante: estearato de magnesio.
Modo de empleo: 2 comprimidos con el desayuno y 2 con la cena.
No superar la dosis diaria recomendada. Los complementos alimenticios no deben utilizarse como sustitutos de una dieta equilibrada.""",
 el=240, forms=["chloride"], dv=64, sc=25)

add("es6_integralia_carbonato_por100g", "es", "eu",
 "Modelled on Integralia Carbonato de Magnesio en polvo (amounts approximate): 'Por 100 g | Por dosis (1,2 g) | %VRN*': per-100 g 25 g is a trap (basic carbonate ~25 %); per dose 300 mg, 300/375 = 80 %. '166 dosis' printed -> 166.",
"""INTEGRALIA
Carbonato de Magnesio
Polvo | Complemento alimenticio | 200 g (aprox. 166 dosis)
Información nutricional | Por 100 g | Por dosis (1,2 g) | %VRN*
Magnesio | 25 g | 300 mg | 80 %
*VRN: Valores de Referencia de Nutrientes
Ingredientes: carbonato de magnesio.
Modo de empleo: disolver 1 cucharadita rasa (1,2 g) en un vaso de agua o zumo, una vez al día.
No superar la dosis diaria expresamente recomendada.""",
 el=300, forms=["carbonate"], dv=80, sc=166)

add("es6_drasanvi_marino_b6_dos_columnas", "es", "eu",
 "Modelled on Drasanvi Magnesio Marino + B6 comprimidos (amounts approximate): 'Por comprimido | Por 2 comprimidos | %VRN*': daily dose 375 mg 100 %, per tablet 187,5 in elemental_alt_mg (decimal comma). 60 comprimidos / 2 = 30.",
"""DRASANVI
Magnesio Marino + B6
Cansancio y fatiga | Complemento alimenticio | 60 comprimidos
Valores medios | Por comprimido | Por 2 comprimidos | %VRN*
Magnesio | 187,5 mg | 375 mg | 100 %
Vitamina B6 | 0,7 mg | 1,4 mg | 100 %
*VRN: Valores de Referencia de Nutrientes
Ingredientes: óxido de magnesio de origen marino, agente de carga: celulosa microcristalina; antiaglomerantes: sales magnésicas de ácidos grasos, dióxido de silicio; clorhidrato de piridoxina.
Modo de empleo: tomar 2 comprimidos al día con agua.
No superar la dosis diaria recomendada.""",
 el=375, forms=["oxide"], dv=100, sc=30, elemental_alt_mg=187.5)

# ------------------------------------------------------------------ pl
add("pl6_magnefar_b6_mleczan_dwie_kolumny", "pl", "eu",
 "Modelled on Magnefar B6 tabletki (Biofarm; amounts approximate): 'w 1 tabletce | w 2 tabletkach | %RWS*': daily dose 102 mg, 102/375 = 27.2 -> 27 %; per tablet 51 mg in elemental_alt_mg. Mleczan magnezu dwuwodny. 60 tabletek / 2 = 30.",
"""Biofarm
Magnefar® B6
Suplement diety | 60 tabletek
Składniki | w 1 tabletce | w 2 tabletkach | %RWS*
Magnez | 51 mg | 102 mg | 27 %
Witamina B6 | 5 mg | 10 mg | 714 %
*RWS - referencyjna wartość spożycia
Składniki: mleczan magnezu dwuwodny, substancja wypełniająca: celuloza mikrokrystaliczna; chlorowodorek pirydoksyny, substancja przeciwzbrylająca: sole magnezowe kwasów tłuszczowych.
Zalecana dzienna porcja: 1 tabletka 2 razy dziennie.
Nie przekraczać zalecanej porcji do spożycia w ciągu dnia. Przechowywać w miejscu niedostępnym dla małych dzieci.""",
 el=102, forms=["lactate"], dv=27, sc=30, elemental_alt_mg=51)

add("pl6_osavi_bisglicynian_wtym", "pl", "eu",
 "Modelled on Osavi Bisglicynian Magnezu kapsułki (amounts approximate): 'Porcja dzienna (2 kapsułki)': bisglicynian magnezu 1400 mg, 'w tym magnez' 196 mg, 196/375 = 52.3 -> 52 %. 60 kapsułek / 2 = 30.",
"""OSAVI
Bisglicynian Magnezu
Suplement diety | 60 kapsułek
Składnik | Porcja dzienna (2 kapsułki) | %RWS*
Bisglicynian magnezu | 1400 mg | **
w tym magnez | 196 mg | 52 %
*RWS - referencyjna wartość spożycia; **brak RWS
Składniki: bisglicynian magnezu, otoczka kapsułki (hydroksypropylometyloceluloza).
Sposób użycia: 2 kapsułki dziennie, popić wodą.
Nie przekraczać zalecanej porcji do spożycia w ciągu dnia.""",
 el=196, forms=["glycinate"], dv=52, sc=30)

add("pl6_myvita_cytrynian_ostrzezenie250", "pl", "eu",
 "Modelled on MyVita Cytrynian Magnezu kapsułki (amounts approximate): 'Zawartość w 3 kapsułkach' Magnez (z cytrynianu magnezu) 300 mg, 300/375 = 80 %. A statutory-style 250 mg laxative warning is not the dose. 120 kapsułek / 3 = 40.",
"""MyVita
Cytrynian Magnezu
Suplement diety | 120 kapsułek
Zawartość w 3 kapsułkach | | %RWS*
Magnez (z cytrynianu magnezu) | 300 mg | 80 %
*RWS - referencyjna wartość spożycia
Składniki: cytrynian magnezu, otoczka kapsułki: żelatyna.
Zalecana dzienna porcja: 3 kapsułki dziennie, popijając wodą.
Ostrzeżenie: spożycie magnezu w ilości powyżej 250 mg dziennie może u osób wrażliwych wywołać działanie przeczyszczające.
Nie przekraczać zalecanej porcji do spożycia w ciągu dnia. Przechowywać w miejscu niedostępnym dla małych dzieci.""",
 el=300, forms=["citrate"], dv=80, sc=40)

add("pl6_yango_jablczan_1kapsulka", "pl", "eu",
 "Modelled on Yango Jabłczan Magnezu kapsułki (amounts approximate): 'w 1 kapsułce': jabłczan magnezu 840 mg, 'w tym magnez' 126 mg (840 x 0.15), 126/375 = 33.6 -> 34 %. 1 kapsułka dziennie -> 100 / 1 = 100.",
"""YANGO
Jabłczan Magnezu
Suplement diety | 100 kapsułek
Wartość odżywcza | w 1 kapsułce | %RWS*
Jabłczan magnezu | 840 mg | -
w tym magnez | 126 mg | 34 %
*RWS - referencyjna wartość spożycia
Składniki: jabłczan magnezu, otoczka kapsułki (hydroksypropylometyloceluloza).
Zalecana dzienna porcja: 1 kapsułka dziennie.
Nie przekraczać zalecanej porcji do spożycia w ciągu dnia.""",
 el=126, forms=["malate"], dv=34, sc=100)

# ------------------------------------------------------------------ nl
add("nl6_drswaab_citraat_dagdosering", "nl", "eu",
 "Modelled on Dr. Swaab Magnesium Citraat tabletten (amounts approximate): 'Per dagdosering (2 tabletten) | % RI*' Magnesium 300 mg, 300/375 = 80 %. 60 tabletten / 2 = 30.",
"""Dr. Swaab
Magnesium Citraat
Voedingssupplement | 60 tabletten
Samenstelling | Per dagdosering (2 tabletten) | % RI*
Magnesium | 300 mg | 80 %
*RI = Referentie-inname
Ingrediënten: magnesiumcitraat, vulstof: microkristallijne cellulose; antiklontermiddel: magnesiumzouten van vetzuren.
Gebruik: 2 x per dag 1 tablet met water innemen.
De aanbevolen dagelijkse dosis niet overschrijden. Buiten bereik van jonge kinderen bewaren.""",
 el=300, forms=["citrate"], dv=80, sc=30)

add("nl6_bional_complex_per_tablet_per2", "nl", "eu",
 "Modelled on Bional Magnesium Complex tabletten (salts and amounts approximate): 'Per tablet | Per 2 tabletten | % RI*': daily dose 250 mg, 250/375 = 66.7 -> 67 %; per tablet 125 in elemental_alt_mg. Oxide + citraat. 60 tabletten / 2 = 30.",
"""BIONAL
Magnesium Complex
Spieren & Zenuwen | Voedingssupplement | 60 tabletten
Voedingswaarde | Per tablet | Per 2 tabletten | % RI*
Magnesium | 125 mg | 250 mg | 67 %
*RI = Referentie-inname
Ingrediënten: magnesiumoxide, magnesiumcitraat, vulstof: cellulose; antiklontermiddel: siliciumdioxide.
Gebruik: 2 tabletten per dag met water.
De aanbevolen dagdosering niet overschrijden.""",
 el=250, forms=["oxide", "citrate"], dv=67, sc=30, elemental_alt_mg=125)

add("nl6_essentialorganics_bisglycinaat_waarvan", "nl", "eu",
 "Modelled on Essential Organics Magnesium Bisglycinaat capsules (amounts approximate): 'per capsule': Magnesiumbisglycinaat 715 mg, 'waarvan magnesium' 100 mg, 100/375 = 26.7 -> 27 %. 1 capsule per dag -> 60 / 1 = 60.",
"""ESSENTIAL ORGANICS
Magnesium Bisglycinaat
Voedingssupplement | 60 vegicaps
Samenstelling per capsule | | RI*
Magnesiumbisglycinaat | 715 mg |
waarvan magnesium | 100 mg | 27 %
*RI = Referentie-inname
Ingrediënten: magnesiumbisglycinaat, capsule (hydroxypropylmethylcellulose).
Gebruik: 1 capsule per dag met water, bij voorkeur 's avonds.
De aanbevolen dagdosering niet overschrijden.""",
 el=100, forms=["glycinate"], dv=27, sc=60)

add("nl6_proviform_tauraat_per3", "nl", "eu",
 "Modelled on Proviform Magnesium Tauraat capsules (amounts approximate): 'Per 3 capsules | % RI*' Magnesium (uit magnesiumtauraat) 150 mg, 150/375 = 40 %. 90 capsules / 3 = 30.",
"""PROVIFORM
Magnesium Tauraat
Hart & Spieren | Voedingssupplement | 90 capsules
Voedingswaarde | Per 3 capsules | % RI*
Magnesium (uit magnesiumtauraat) | 150 mg | 40 %
*RI = Referentie-inname
Ingrediënten: magnesiumtauraat, capsule (hydroxypropylmethylcellulose), rijstmeel.
Gebruik: 3 x per dag 1 capsule bij de maaltijd.
De aanbevolen dagdosering niet overschrijden. Buiten het bereik van jonge kinderen bewaren.""",
 el=150, forms=["taurate"], dv=40, sc=30)

# ------------------------------------------------------------------ cs
add("cs6_virde_citrat_denni_davka", "cs", "eu",
 "Modelled on Virde Hořčík citrát tobolky (amounts approximate): 'Obsah v denní dávce (2 tobolky) | % RHP*' Hořčík 250 mg, 250/375 = 66.7 -> 67 %. 60 tobolek / 2 = 30.",
"""VIRDE
Hořčík citrát
Doplněk stravy | 60 tobolek
Obsah v denní dávce (2 tobolky) | | % RHP*
Hořčík | 250 mg | 67 %
*RHP = referenční hodnota příjmu
Složení: citrát hořečnatý, želatinová tobolka.
Doporučené dávkování: 2 tobolky denně, zapít dostatečným množstvím vody.
Upozornění: Nepřekračujte doporučenou denní dávku. Není určeno pro děti. Výrobek není náhradou pestré stravy.""",
 el=250, forms=["citrate"], dv=67, sc=30)

add("cs6_naturvita_b6_1tab_2tab", "cs", "eu",
 "Modelled on Naturvita Magnesium + B6 tablety (salts and amounts approximate): 'Obsah | 1 tableta | 2 tablety | % RHP*': daily dose 300 mg 80 %, per tablet 150 in elemental_alt_mg. Oxid + laktát hořečnatý. 60 tablet / 2 = 30.",
"""NATURVITA
Magnesium + B6
Doplněk stravy | 60 tablet
Obsah | 1 tableta | 2 tablety | % RHP*
Hořčík | 150 mg | 300 mg | 80 %
Vitamin B6 | 1 mg | 2 mg | 143 %
*RHP = referenční hodnota příjmu
Složení: oxid hořečnatý, laktát hořečnatý, plnidlo mikrokrystalická celulóza, protispékavá látka hořečnaté soli mastných kyselin, pyridoxin hydrochlorid.
Doporučené dávkování: 2 tablety denně.
Nepřekračujte doporučenou denní dávku. Uchovávejte mimo dosah dětí.""",
 el=300, forms=["oxide", "lactate"], dv=80, sc=30, elemental_alt_mg=150)

add("cs6_nutrend_liquid_ve100ml_davka", "cs", "eu",
 "Modelled on Nutrend Magnesium Liquid 60 ml shots (salts and amounts approximate): 've 100 ml | v 1 dávce (60 ml) | % RHP*': per-100 ml 625 mg is a trap; per shot 375 mg, 375/375 = 100 %. Pack '20 × 60 ml' -> 20 doses.",
"""NUTREND
MAGNESIUM LIQUID
Doplněk stravy | Příchuť grapefruit | 20 × 60 ml
Výživové údaje | ve 100 ml | v 1 dávce (60 ml) | % RHP*
Energetická hodnota | 40 kJ / 10 kcal | 24 kJ / 6 kcal |
Hořčík | 625 mg | 375 mg | 100 %
*RHP = referenční hodnota příjmu
Složení: voda, laktát hořečnatý, citrát hořečnatý, kyselina citronová, aroma, sladidlo sukralóza, konzervant sorban draselný.
Doporučené dávkování: 1 dávka (60 ml) denně, nejlépe po výkonu. Před použitím protřepat.
Upozornění: Nepřekračujte doporučenou denní dávku.""",
 el=375, forms=["lactate", "citrate"], dv=100, sc=20)

add("cs6_swissenergy_mnozstvi_pred_nazvem", "cs", "eu",
 "Modelled on Swiss Energy Magnesium + B-complex tobolky s postupným uvolňováním (amounts approximate), with the AMOUNT BEFORE THE NAME ('375 mg | Hořčík | 100 %'): 1 tobolka = 375 mg, 375/375 = 100 %. 30 tobolek, 1 denně -> 30.",
"""Swiss Energy
Magnesium + B-complex
Tobolky s postupným uvolňováním | Doplněk stravy | 30 tobolek
Obsah v 1 tobolce:
375 mg | Hořčík | 100 % RHP*
1,4 mg | Vitamin B6 | 100 % RHP*
2,5 µg | Vitamin B12 | 100 % RHP*
*RHP = referenční hodnota příjmu
Složení: oxid hořečnatý, tobolka (želatina), nikotinamid, pyridoxin hydrochlorid, kyanokobalamin.
Doporučené dávkování: 1 tobolka denně, zapít vodou.
Nepřekračujte doporučenou denní dávku. Uchovávejte mimo dosah malých dětí.""",
 el=375, forms=["oxide"], dv=100, sc=30)
