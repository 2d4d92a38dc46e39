# Label sources, part S (blind set 10): EU labels (5 de incl. an antacid medicine and a topical oil; 3 each fr, it, es, pl,
# nl, cs; 1 sv; 1 hu) and the French negative. Imports add/L from labels_r.py (same format). DV base 375 (EU NRV) by
# default for non-English labels.
from labels_r import add, L

# ------------------------------------------------------------------ de
add("de10_rennie_kautablette_entspricht_20mg", "de", "eu",
 "Modelled on Rennie Kautabletten (Bayer; antacid medicine): composition after the German Fachinformation on imedikament.de and the Austrian/German copies on buymedi.shop and info-patient.at (consulted): '1 Kautablette enthält: Calciumcarbonat 680 mg (entspricht 272 mg Calcium), schweres, basisches Magnesiumcarbonat 80 mg (entspricht 20 mg Magnesium)', 1-2 Kautabletten als Einzeldosis, max. 11 Kautabletten; excipients partly after the Swiss oddb.org text. Stated 20 mg per Kautablette (80 x 0.25 = 20, basic carbonate). Medicine with as-needed dosing -> per unit, no %NRV, serving_count null. Calcium 272 mg is not Mg.",
"""Rennie®
Kautabletten | Calciumcarbonat / Magnesiumcarbonat | Arzneimittel | 36 Kautabletten
Wirkstoffe: 1 Kautablette enthält:
Calciumcarbonat | 680 mg
(entspricht 272 mg Calcium) |
schweres, basisches Magnesiumcarbonat | 80 mg
(entspricht 20 mg Magnesium) |
Sonstige Bestandteile: Sucrose (475 mg), Kartoffelstärke, vorverkleisterte Maisstärke, Talkum, Magnesiumstearat, dickflüssiges Paraffin, Pfefferminzöl, Zitronenaroma.
Anwendungsgebiete: Sodbrennen und säurebedingte Magenbeschwerden.
Dosierung: Erwachsene und Jugendliche ab 12 Jahren: 1-2 Kautabletten als Einzeldosis kauen oder lutschen, bevorzugt eine Stunde nach den Mahlzeiten und vor dem Zubettgehen. Die Höchstdosis von 11 Kautabletten (8 g Calciumcarbonat) pro Tag darf nicht überschritten werden.""",
 el=20, forms=["carbonate"], dv=None, sc=None)

add("de10_moleqlar_threonat_2000_davon_144", "de", "eu",
 "Modelled on Moleqlar Magnesium L-Threonat (Magtein) Kapseln (as remembered; amounts approximate): 'pro Tagesdosis (3 Kapseln)': Magnesium-L-Threonat 2.000 mg, 'davon Magnesium 144 mg 38 %' (2,000 x 0.072 = 144; 144/375 = 38.4). German thousands dot. 90 Kapseln / 3 = 30.",
"""MOLEQLAR
Magnesium L-Threonat
mit Magtein® | Nahrungsergänzungsmittel | 90 Kapseln
Nährwertangaben | pro Tagesdosis (3 Kapseln) | % NRV*
Magnesium-L-Threonat (Magtein®) | 2.000 mg | **
davon Magnesium | 144 mg | 38 %
*NRV = Nährstoffbezugswerte. **Kein NRV vorhanden.
Zutaten: Magnesium-L-Threonat (Magtein®), Kapselhülle: Hydroxypropylmethylcellulose.
Verzehrempfehlung: Täglich 3 Kapseln mit ausreichend Wasser verzehren, z. B. 1 Kapsel morgens und 2 Kapseln am Abend.""",
 el=144, forms=["threonate"], dv=38, sc=30)

add("de10_biomenta_bisglycinat_zwei_spalten_davon", "de", "eu",
 "Modelled on Biomenta Magnesium Bisglycinat Kapseln (as remembered; amounts approximate): two amount columns 'pro Kapsel | pro Tagesdosis (2 Kapseln)' each with a compound row (1.000 / 2.000 mg Magnesiumbisglycinat) and a 'davon Magnesium' sub-row (110 / 220 mg; 11 %): the daily dose 220 mg (220/375 = 58.7 -> 59 %) is the serving, per capsule 110 mg in elemental_alt_mg. 120 Kapseln / 2 = 60.",
"""BIOMENTA
Magnesium Bisglycinat
Vegan | Nahrungsergänzungsmittel | 120 Kapseln
Nährwertangaben | pro Kapsel | pro Tagesdosis (2 Kapseln) | % NRV*
Magnesiumbisglycinat | 1.000 mg | 2.000 mg | **
davon Magnesium | 110 mg | 220 mg | 59 %
*NRV = Nährstoffbezugswerte. **Kein NRV vorhanden.
Zutaten: Magnesiumbisglycinat, Kapselhülle: Hydroxypropylmethylcellulose.
Verzehrempfehlung: Täglich 2 Kapseln mit ausreichend Flüssigkeit verzehren.""",
 el=220, forms=["glycinate"], dv=59, sc=60, elemental_alt_mg=110)

add("de10_zechsteininside_magnesiumoel_pro_spruehstoss", "de", "topical",
 "Modelled on ZECHSTEIN INSIDE Magnesium Öl spray (as remembered; amounts approximate): 'Magnesiumgehalt: 1 Sprühstoß (ca. 0,15 ml) enthält ca. 16 mg Magnesium' from Zechstein magnesium chloride. Per spray 16 mg; 5-10 sprays in the directions are not the unit. Topical -> no %NRV, serving_count null.",
"""ZECHSTEIN INSIDE®
Magnesium Öl
Original Zechstein Magnesiumchlorid | 200 ml Sprühflasche | Nur zur äußerlichen Anwendung
Magnesiumgehalt: 1 Sprühstoß (ca. 0,15 ml) enthält ca. 16 mg Magnesium
Zutaten: Aqua, Magnesium Chloride.
Anwendung: 5-10 Sprühstöße auf Arme, Beine oder Bauch sprühen und einmassieren. Anfangs kann ein leichtes Kribbeln auftreten. Nach 20 Minuten abwaschen oder einwirken lassen.
Nicht in die Augen oder auf verletzte Haut bringen.""",
 el=16, forms=["chloride"], dv=None, sc=None)

add("de10_avitale_400_aus_oxid_citrat_tagesportion", "de", "eu",
 "Modelled on avitale Magnesium 400 + Vitamin B6 tablets (as remembered; amounts approximate): phrase header 'Tagesportion (2 Tabletten) enthält:' and the row 'Magnesium (aus Magnesiumoxid und Magnesiumcitrat) 400 mg 107 %' (400/375 = 106.7); the 250 mg in the laxative warning is never the dose. 42 Tabletten / 2 = 21.",
"""avitale
Magnesium 400
+ Vitamin B6 | Nahrungsergänzungsmittel | 42 Tabletten
Tagesportion (2 Tabletten) enthält: | | % NRV*
Magnesium (aus Magnesiumoxid und Magnesiumcitrat) | 400 mg | 107 %
Vitamin B6 | 1,4 mg | 100 %
*NRV = Nährstoffbezugswerte
Zutaten: Magnesiumoxid, Magnesiumcitrat, Füllstoff: mikrokristalline Cellulose; Trennmittel: Magnesiumsalze der Speisefettsäuren; Pyridoxinhydrochlorid.
Verzehrempfehlung: Täglich 2 Tabletten (morgens und abends je 1 Tablette) unzerkaut mit Flüssigkeit einnehmen.
Hinweis: Bei empfindlichen Personen kann eine Tagesdosis über 250 mg Magnesium abführend wirken.""",
 el=400, forms=["oxide", "citrate"], dv=107, sc=21)

# ------------------------------------------------------------------ fr
add("fr10_ponroy_bisglycinate_pour3_vnr60", "fr", "eu",
 "Modelled on Yves Ponroy Magnésium bisglycinate gélules (as remembered; amounts approximate): 'Valeurs nutritionnelles | Pour 3 gélules | % VNR*' Magnésium 225 mg 60 % (225/375); bisglycinate de magnésium, stéarate de magnésium as excipient. 90 gélules / 3 = 30.",
"""YVES PONROY
Magnésium Bisglycinate
Complément alimentaire | 90 gélules
Valeurs nutritionnelles | Pour 3 gélules | % VNR*
Magnésium | 225 mg | 60 %
*VNR : Valeurs Nutritionnelles de Référence
Ingrédients : bisglycinate de magnésium, enveloppe de la gélule : hydroxypropylméthylcellulose ; antiagglomérant : stéarate de magnésium végétal.
Conseils d'utilisation : 3 gélules par jour, à prendre au cours des repas avec un grand verre d'eau.""",
 el=225, forms=["glycinate"], dv=60, sc=30)

add("fr10_naturactive_marin_oxyde_hydroxyde_b6_pour2", "fr", "eu",
 "Modelled on Naturactive Magnésium marin + B6 comprimés (Pierre Fabre; as remembered, amounts approximate): 'Teneurs | Pour 2 comprimés | % VNR*' Magnésium 300 mg 80 %, Vitamine B6 1,4 mg 100 %; marine magnesium named as 'oxyde et hydroxyde de magnésium d'origine marine' -> forms oxide + hydroxide. 60 comprimés / 2 = 30.",
"""NATURACTIVE
Magnésium Marin + Vitamine B6
Complément alimentaire | 60 comprimés
Teneurs | Pour 2 comprimés | % VNR*
Magnésium | 300 mg | 80 %
Vitamine B6 | 1,4 mg | 100 %
*VNR : Valeurs Nutritionnelles de Référence
Ingrédients : magnésium marin (oxyde et hydroxyde de magnésium d'origine marine), agent de charge : cellulose microcristalline ; chlorhydrate de pyridoxine ; antiagglomérant : sels de magnésium d'acides gras.
Conseils d'utilisation : 1 comprimé matin et soir avec un verre d'eau.""",
 el=300, forms=["oxide", "hydroxide"], dv=80, sc=30)

add("fr10_gifrer_chlorure_sachet_pour1verre", "fr", "eu",
 "Modelled on Gifrer Chlorure de Magnésium sachets (20 g of hexahydrate to dissolve in 1 litre; as remembered, panel re-set): 'Composition | Pour 1 verre (125 ml de solution) | Par sachet (20 g) | % VNR*': chloride hexahydrate 2,5 g / 20 g, 'dont magnésium 300 mg / 2 400 mg' (2,500 x 0.120 = 300). The daily dose is 1 glass: 300 mg (80 %) is the serving, per sachet 2 400 mg in elemental_alt_mg (factor 1/8). '20 sachets ... soit 160 verres' -> 160 (printed).",
"""GIFRER
Chlorure de Magnésium
20 sachets de 20 g | Poudre à diluer | Complément alimentaire
Composition | Pour 1 verre (125 ml de solution) | Par sachet (20 g) | % VNR*
Chlorure de magnésium hexahydraté | 2,5 g | 20 g | -
dont magnésium | 300 mg | 2 400 mg | 80 %
*VNR : Valeurs Nutritionnelles de Référence, pour 1 verre
Ingrédient : chlorure de magnésium hexahydraté.
Conseils d'utilisation : dissoudre 1 sachet dans 1 litre d'eau faiblement minéralisée. Boire 1 verre (125 ml) par jour. Une boîte de 20 sachets permet de préparer 20 litres, soit 160 verres.""",
 el=300, forms=["chloride"], dv=80, sc=160, elemental_alt_mg=2400)

# ------------------------------------------------------------------ it
add("it10_promopharma_due_sali_dicui_totale", "it", "eu",
 "Modelled on Promopharma magnesium tablets (as remembered; panel re-set): two compound rows each with 'di cui magnesio' (bisglicinato 1000 mg -> 110 mg, 11 %; citrato 800 mg -> 120 mg, 15 %) and 'Magnesio totale 230 mg 61 %' (230/375 = 61.3); the total is the value. 60 compresse / 2 = 30.",
"""PROMOPHARMA
Magnesio Completo
Integratore alimentare | 60 compresse
Valori medi | per 2 compresse | %VNR*
Magnesio bisglicinato | 1000 mg | -
di cui magnesio | 110 mg | -
Magnesio citrato | 800 mg | -
di cui magnesio | 120 mg | -
Magnesio totale | 230 mg | 61 %
*VNR: Valori Nutritivi di Riferimento
Ingredienti: magnesio bisglicinato, magnesio citrato, agente di carica: cellulosa microcristallina; antiagglomeranti: biossido di silicio, sali di magnesio degli acidi grassi.
Modalità d'uso: 2 compresse al giorno, preferibilmente una al mattino e una alla sera.""",
 el=230, forms=["glycinate", "citrate"], dv=61, sc=30)

add("it10_magentina_marino_per_compressa_1o2", "it", "eu",
 "Modelled on Erboristeria Magentina Magnesio Marino compresse (as remembered; amounts approximate): per-tablet panel 'Valori medi | per compressa | %VNR*' Magnesio 150 mg 40 % with '1-2 compresse al giorno': per tablet, serving_count = tablets (60), as sets 8-9 did for EU per-tablet panels with a range; magnesio ossido marino -> oxide.",
"""Erboristeria Magentina
Magnesio Marino
Integratore alimentare | 60 compresse
Valori medi | per compressa | %VNR*
Magnesio | 150 mg | 40 %
*VNR: Valori Nutritivi di Riferimento
Ingredienti: magnesio ossido marino, agente di carica: fosfato dicalcico; antiagglomerante: sali di magnesio degli acidi grassi.
Modalità d'uso: 1-2 compresse al giorno con un bicchiere d'acqua.""",
 el=150, forms=["oxide"], dv=40, sc=60)

add("it10_erbenobili_liquido_per100ml_dose10ml", "it", "eu",
 "Modelled on Erbenobili Magnesio liquido (as remembered; amounts approximate): 'Valori medi | per 100 ml | per dose (10 ml) | %VNR*' with an energy row; per 100 ml 3000 mg is a trap, per 10 ml dose 300 mg 80 %. Flacone da 200 ml / 10 ml = 20.",
"""ERBENOBILI
Magnesio Liquido
Integratore alimentare | Gusto limone | Flacone da 200 ml
Valori medi | per 100 ml | per dose (10 ml) | %VNR*
Energia | 150 kJ / 36 kcal | 15 kJ / 3,6 kcal |
Magnesio | 3000 mg | 300 mg | 80 %
*VNR: Valori Nutritivi di Riferimento
Ingredienti: acqua, magnesio citrato, fruttosio, acidificante: acido citrico; aroma naturale di limone; conservante: sorbato di potassio.
Modalità d'uso: assumere 10 ml (1 misurino) al giorno, puri o diluiti in acqua. Agitare prima dell'uso.""",
 el=300, forms=["citrate"], dv=80, sc=20)

# ------------------------------------------------------------------ es
add("es10_naturalgreatness_bisglicinato_2100_del_cual", "es", "eu",
 "Modelled on Natural Greatness Bisglicinato de Magnesio cápsulas (as remembered; amounts approximate): 'Por dosis diaria (3 cápsulas)': Bisglicinato de magnesio 2.100 mg, 'del cual magnesio 294 mg 78 %' (2,100 x 0.14 = 294; 294/375 = 78.4). 90 cápsulas / 3 = 30.",
"""NATURAL GREATNESS
Bisglicinato de Magnesio
Complemento alimenticio | 90 cápsulas
Información nutricional | Por dosis diaria (3 cápsulas) | % VRN*
Bisglicinato de magnesio | 2.100 mg | -
del cual magnesio | 294 mg | 78 %
*VRN: Valores de referencia de nutrientes
Ingredientes: bisglicinato de magnesio, cápsula vegetal (hidroxipropilmetilcelulosa).
Modo de empleo: tomar 3 cápsulas al día, repartidas entre las comidas.""",
 el=294, forms=["glycinate"], dv=78, sc=30)

add("es10_dietmed_malato_citrato_vrn_sin_simbolo", "es", "eu",
 "Modelled on Dietmed Magnesio (malato + citrato) comprimidos (as remembered; amounts approximate), re-set so that the %VRN column carries its % sign only in the header and the cell is a bare '100': 'Cantidad por dosis diaria (2 comprimidos)' Magnesio 375 mg 100 (375/375). 60 comprimidos / 2 = 30.",
"""DIETMED
Magnesio Malato + Citrato
Complemento alimenticio | 60 comprimidos
Cantidad por dosis diaria (2 comprimidos) | | %VRN*
Magnesio | 375 mg | 100
*%VRN: porcentaje de los valores de referencia de nutrientes
Ingredientes: malato de magnesio, citrato de magnesio, agente de carga: celulosa microcristalina; antiaglomerantes: dióxido de silicio, estearato de magnesio.
Modo de empleo: 2 comprimidos al día, uno en el desayuno y otro en la cena.""",
 el=375, forms=["malate", "citrate"], dv=100, sc=30)

add("es10_elgranero_cloruro_cucharadita_que_aporta", "es", "eu",
 "Modelled on El Granero Integral Cloruro de Magnesio powder (as remembered; amounts approximate): 'Composición por cucharadita rasa (2 g)': Cloruro de magnesio hexahidratado 2.000 mg, 'que aporta magnesio 240 mg 64 %' (2,000 x 0.120 = 240; 240/375 = 64). 400 g / 2 g = 200.",
"""El Granero Integral
Cloruro de Magnesio
Complemento alimenticio | Polvo | 400 g
Composición por cucharadita rasa (2 g) | | % VRN*
Cloruro de magnesio hexahidratado | 2.000 mg | -
que aporta magnesio | 240 mg | 64 %
*VRN: Valores de referencia de nutrientes
Ingredientes: cloruro de magnesio hexahidratado.
Modo de empleo: disolver 1 cucharadita rasa (2 g) en un vaso de agua o zumo, una vez al día. No superar la dosis diaria expresamente recomendada.""",
 el=240, forms=["chloride"], dv=64, sc=200)

# ------------------------------------------------------------------ pl
add("pl10_magnezin_weglan_ciezki_500_lek_computed", "pl", "eu",
 "Modelled on Magnezin tabletki (Gedeon Richter Polska; medicine; o-lekach.pl consulted: active 'węglan magnezu ciężki' 500 mg per tablet, prophylaxis 1 tablet a day, deficiency 3 tablets a day in 3 doses; excipients as remembered). No Mg statement: computed per tablet over the carbonate range of magnesium.md (heavy basic carbonate ~25 % .. MgCO3 28.8 %: 125-144 mg): expected 500 x 0.269 (middle) = 134.5, tol 8 (accepts 123.7-145.3). Medicine with a 1-3 tablet range -> per unit, no %RWS, serving_count null.",
"""MAGNEZIN
Magnesii subcarbonas ponderosus | 500 mg | tabletki | Lek | 50 tabletek
1 tabletka zawiera:
Magnezu węglan ciężki | 500 mg
Substancje pomocnicze: skrobia ziemniaczana, talk, magnezu stearynian.
Wskazania: profilaktyka i leczenie niedoborów magnezu.
Dawkowanie: Dorośli: profilaktycznie 1 tabletka na dobę; w niedoborach magnezu zwykle 3 tabletki na dobę w 3 dawkach podzielonych. Tabletkę połykać w całości, popijając wodą. Nie stosować na czczo.""",
 el=134.5, tol=8, forms=["carbonate"], dv=None, sc=None)

add("pl10_magvit_b6_mleczan_470_co_odpowiada_48", "pl", "eu",
 "Modelled on Magvit B6 tabletki dojelitowe (Polish medicine, named with Maglek B6 as a lactate product on gdziepolek; composition as remembered): '1 tabletka dojelitowa zawiera: Magnezu mleczan dwuwodny 470 mg (co odpowiada 48 mg jonów magnezu), Pirydoksyny chlorowodorek 5 mg' (470 x 0.102 = 47.9, dihydrate). Stated 48 mg per tablet. Medicine with a dosing schedule -> per unit, no %RWS, serving_count null.",
"""Magvit B6
Magnesii lactas dihydricus + Pyridoxini hydrochloridum | 48 mg Mg2+ + 5 mg | Tabletki dojelitowe | Lek | 50 tabletek
1 tabletka dojelitowa zawiera:
Magnezu mleczan dwuwodny | 470 mg
(co odpowiada 48 mg jonów magnezu) |
Pirydoksyny chlorowodorek | 5 mg
Wskazania: niedobór magnezu, także z objawami takimi jak nadmierna pobudliwość, kurcze mięśni, zmęczenie.
Dawkowanie: Dorośli: 2 tabletki 3 razy na dobę. Dzieci powyżej 6 lat: 1-4 tabletki na dobę w dawkach podzielonych. Tabletki połykać w całości, popijając wodą.""",
 el=48, forms=["lactate"], dv=None, sc=None)

add("pl10_medicaherbs_biglicynian_1400_wtym_196", "pl", "eu",
 "Modelled on Medica Herbs Magnez biglicynian kapsułki (as remembered; amounts approximate): 'Składnik | Porcja (2 kapsułki) | % RWS*': Biglicynian magnezu 1400 mg, 'w tym magnez 196 mg 52 %' (1,400 x 0.14 = 196; 196/375 = 52.3). 100 kapsułek / 2 = 50.",
"""MEDICA HERBS
Magnez Biglicynian
Suplement diety | 100 kapsułek
Składnik | Porcja (2 kapsułki) | % RWS*
Biglicynian magnezu | 1400 mg | -
w tym magnez | 196 mg | 52 %
*RWS - referencyjna wartość spożycia
Składniki: biglicynian magnezu, otoczka kapsułki: hydroksypropylometyloceluloza.
Sposób użycia: 2 kapsułki dziennie, popijając wodą.""",
 el=196, forms=["glycinate"], dv=52, sc=50)

# ------------------------------------------------------------------ nl
add("nl10_mannavital_bisglycinaat_per2_tabletten", "nl", "eu",
 "Modelled on Mannavital Magnesium Bisglycinaat tablets (as remembered; amounts approximate): 'Samenstelling | per 2 tabletten | %RI*' Magnesium (als bisglycinaat) 200 mg 53 % (200/375 = 53.3). 120 tabletten / 2 = 60.",
"""Mannavital
Magnesium Bisglycinaat
Voedingssupplement | 120 tabletten
Samenstelling | per 2 tabletten | %RI*
Magnesium (als bisglycinaat) | 200 mg | 53 %
*RI = Referentie-inname
Ingrediënten: magnesiumbisglycinaat, vulstof: microkristallijne cellulose; antiklontermiddel: magnesiumzouten van vetzuren.
Gebruik: 2 tabletten per dag bij de maaltijd.""",
 el=200, forms=["glycinate"], dv=53, sc=60)

add("nl10_newcare_3in1_per_dagdosering", "nl", "eu",
 "Modelled on New Care Magnesium 3-in-1 capsules (citraat, bisglycinaat, malaat; as remembered, amounts approximate): 'Voedingswaarde | per dagdosering (2 capsules) | %RI*' Magnesium 250 mg 67 % (250/375 = 66.7); the three salts only in the title and ingredients. 60 capsules / 2 = 30.",
"""New Care
Magnesium 3-in-1
Citraat, Bisglycinaat & Malaat | Voedingssupplement | 60 capsules
Voedingswaarde | per dagdosering (2 capsules) | %RI*
Magnesium | 250 mg | 67 %
*RI = Referentie-inname
Ingrediënten: magnesiumcitraat, magnesiumbisglycinaat, magnesiummalaat, capsule: hydroxypropylmethylcellulose.
Gebruik: 2 capsules per dag met water innemen.""",
 el=250, forms=["citrate", "glycinate", "malate"], dv=67, sc=30)

add("nl10_natusor_citraat_poeder_maatschepje_waarvan", "nl", "eu",
 "Modelled on Natusor Magnesiumcitraat poeder (as remembered; amounts approximate): 'per maatschepje (2,5 g)': Magnesiumcitraat 2,5 g, 'waarvan magnesium 375 mg 100 %' (2,500 x 0.15 = 375). 150 g / 2,5 g = 60.",
"""Natusor
Magnesiumcitraat Poeder
Voedingssupplement | 150 g
Samenstelling | per maatschepje (2,5 g) | %RI*
Magnesiumcitraat | 2,5 g | -
waarvan magnesium | 375 mg | 100 %
*RI = Referentie-inname
Ingrediënten: magnesiumcitraat.
Gebruik: 1 maatschepje (2,5 g) per dag oplossen in een glas water of sap.""",
 el=375, forms=["citrate"], dv=100, sc=60)

# ------------------------------------------------------------------ cs
add("cs10_pharmaactiv_v1tablete_ve2tabletach", "cs", "eu",
 "Modelled on Pharma Activ Hořčík 300 mg + B6 tablets (as remembered; amounts approximate): 'Obsah | v 1 tabletě | ve 2 tabletách | % RHP*': the daily 2 tablets 300 mg (80 %) is the serving, per tablet 150 mg in elemental_alt_mg; oxid + citrát hořečnatý. 60 tablet / 2 = 30.",
"""PHARMA ACTIV
Hořčík 300 mg + B6
Doplněk stravy | 60 tablet
Obsah | v 1 tabletě | ve 2 tabletách | % RHP*
Hořčík | 150 mg | 300 mg | 80 %
Vitamin B6 | 0,7 mg | 1,4 mg | 100 %
*RHP - referenční hodnota příjmu
Složení: oxid hořečnatý, citrát hořečnatý, plnidlo: mikrokrystalická celulóza; protispékavá látka: hořečnaté soli mastných kyselin; pyridoxin-hydrochlorid.
Dávkování: 2 tablety denně (ráno a večer), zapít vodou.""",
 el=300, forms=["oxide", "citrate"], dv=80, sc=30, elemental_alt_mg=150)

add("cs10_eccevita_komplex_veta_tri_soli", "cs", "eu",
 "Modelled on Ecce Vita Hořčík Komplex tablets (as remembered; amounts approximate): one sentence 'Denní dávka (3 tablety) obsahuje: hořčík 375 mg (100 % RHP*) z laktátu hořečnatého, citrátu hořečnatého a oxidu hořečnatého'. 90 tablet / 3 = 30.",
"""Ecce Vita
Hořčík Komplex
3 formy hořčíku | Doplněk stravy | 90 tablet
Denní dávka (3 tablety) obsahuje: hořčík 375 mg (100 % RHP*) z laktátu hořečnatého, citrátu hořečnatého a oxidu hořečnatého.
*RHP - referenční hodnota příjmu
Složení: oxid hořečnatý, citrát hořečnatý, laktát hořečnatý, plnidlo: celulóza; protispékavá látka: oxid křemičitý.
Dávkování: 3 tablety denně během jídla.""",
 el=375, forms=["lactate", "citrate", "oxide"], dv=100, sc=30)

add("cs10_terezia_taurat_1400_ztoho_125", "cs", "eu",
 "Modelled on Terezia Hořčík taurát kapsle (as remembered; may not match a current SKU): 'Obsah v denní dávce (2 kapsle)': Taurát hořečnatý 1 400 mg, 'z toho hořčík 125 mg 33 %' (1,400 x 0.089 = 124.6; 125/375 = 33.3). 60 kapslí / 2 = 30.",
"""TEREZIA
Hořčík Taurát
Doplněk stravy | 60 kapslí
Obsah v denní dávce (2 kapsle) | | % RHP*
Taurát hořečnatý | 1 400 mg | -
z toho hořčík | 125 mg | 33 %
*RHP - referenční hodnota příjmu
Složení: taurát hořečnatý, kapsle: hydroxypropylmethylcelulóza.
Dávkování: 2 kapsle denně, zapít dostatečným množstvím vody.""",
 el=125, forms=["taurate"], dv=33, sc=30)

# ------------------------------------------------------------------ sv, hu
add("sv10_medicanord_citrat_per_dagsdos", "sv", "eu",
 "Modelled on Medica Nord Magnesium Citrat tablets (Sweden; as remembered, amounts approximate): 'Näringsinnehåll | per dagsdos (2 tabletter) | % RI*' Magnesium 300 mg 80 % (300/375). 60 tabletter / 2 = 30.",
"""Medica Nord
Magnesium Citrat
Kosttillskott | 60 tabletter
Näringsinnehåll | per dagsdos (2 tabletter) | % RI*
Magnesium | 300 mg | 80 %
*RI = referensintag
Ingredienser: magnesiumcitrat, fyllnadsmedel (mikrokristallin cellulosa), klumpförebyggande medel (magnesiumsalter av fettsyror).
Dosering: 2 tabletter dagligen i samband med måltid. Rekommenderad daglig dos bör inte överskridas.""",
 el=300, forms=["citrate"], dv=80, sc=30)

add("hu10_beres_250_b6_filmtabletta_ket_so", "hu", "eu",
 "Modelled on Béres Magnézium 250 mg + B6 filmtabletta (Hungarian OTC medicine; SmPC on fortuna-patika.hu consulted): '250 mg magnézium (352,92 mg nehéz magnézium-oxid, 463,93 mg magnézium-citrát formájában) filmtablettánként', adults 1 tablet a day, children 4-10 years 1/2. Stated 250 mg per tablet (tol 2). Note: the two compounds would give 268-288 mg by magnesium.md fractions (352.92 x 0.603 = 212.8 plus 463.93 x 0.12-0.162), so only the printed figure is used, not a sum. Medicine -> per unit, no %, serving_count null.",
"""Béres Magnézium 250 mg + B6
filmtabletta | Vény nélkül kapható gyógyszer | 30 db
1 filmtabletta tartalmaz:
250 mg magnézium (352,92 mg nehéz magnézium-oxid és 463,93 mg magnézium-citrát formájában)
1,6 mg piridoxin (1,9448 mg piridoxin-hidroklorid formájában)
Javallat: a magnéziumhiány megelőzése és kezelése.
Adagolás: Felnőtteknek és serdülőknek az ajánlott adag napi 1 filmtabletta. 4-10 éves gyermekeknek naponta 1/2 filmtabletta. A készítményt étkezés végén, egy pohárnyi vízzel egészben kell bevenni.""",
 el=250, forms=["oxide", "citrate"], dv=None, sc=None)

# ------------------------------------------------------------------ non-English negative
add("fr10_neg_biocyte_vitd3_stearate", "fr", "negative",
 "Modelled on Biocyte Vitamine D3 gélules (as remembered): vitamin D3 only; magnesium only as 'stéarate de magnésium végétal' (excipient) -> no_magnesium. 60 gélules, 1 per day -> 60 (implied).",
"""BIOCYTE
Vitamine D3 1000 UI
Complément alimentaire | 60 gélules
Valeurs nutritionnelles | Pour 1 gélule | % VNR*
Vitamine D3 | 25 µg (1000 UI) | 500 %
*VNR : Valeurs Nutritionnelles de Référence
Ingrédients : agent de charge : cellulose microcristalline ; gélule végétale : hydroxypropylméthylcellulose ; antiagglomérant : stéarate de magnésium végétal ; cholécalciférol.
Conseils d'utilisation : 1 gélule par jour avec un verre d'eau.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=60)
