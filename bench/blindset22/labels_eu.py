# Label sources, part EU (blind set 22): the 15 EU labels (pl 2, de 2, fr 2, es, it, nl, cs, pt, sv, da, hu, ro) and the Danish
# and Romanian negatives. Imports add/L from labels_us.py (same format). DV base 375 (EU NRV) by default for non-English labels.
from labels_us import add, L

# ------------------------------------------------------------------ pl
add("pl22_oleofarm_1_tabletka_and_2_tabletki_columns_cytrynian_300", "pl", "eu",
 "Modelled on an Oleofarm magnesium + B6 tablet (Poland; the product and panel set here, may not exist in this form): a PER-TABLET column FIRST and the DAILY DOSE second, 'Sk\u0142adnik | 1 tabletka | 2 tabletki | %RWS*', 'Magnez (z cytrynianu magnezu) | 150 mg | 300 mg | 80%' (300/375 = 80) above a vitamin B6 row. The daily dose is the value (300 mg), per tablet in elemental_alt_mg (150). Form citrate. 60 tabletek / 2 = 30.",
"""Oleofarm
Magnez + B6
Suplement diety | 60 tabletek
Składnik | 1 tabletka | 2 tabletki | %RWS*
Magnez (z cytrynianu magnezu) | 150 mg | 300 mg | 80%
Witamina B6 | 0,7 mg | 1,4 mg | 100%
*RWS – referencyjna wartość spożycia
Składniki: cytrynian magnezu, substancja wypełniająca: celuloza mikrokrystaliczna; chlorowodorek pirydoksyny; substancja przeciwzbrylająca: sole magnezowe kwasów tłuszczowych.
Sposób użycia: 1 tabletka 2 razy dziennie po posiłku, popijając wodą. Nie przekraczać zalecanej porcji do spożycia w ciągu dnia.""",
 el=300, forms=["citrate"], dv=80, sc=30, elemental_alt_mg=150)

add("pl22_nanga_w_tym_z_diglicynianu_i_z_cytrynianu_rows_250", "pl", "eu",
 "Modelled on a Nanga magnesium capsule (Poland; the product and panel set here, may not exist in this form): a printed TOTAL with two 'W TYM' (of which) source rows, 'Zawarto\u015b\u0107 w dziennej porcji (2 kapsu\u0142ki) | | %RWS*', 'Magnez | 250 mg | 67%' (250/375 = 66.7), 'w tym z diglicynianu magnezu | 150 mg |', 'w tym z cytrynianu magnezu | 100 mg |' (PARTS; not added to the total). Forms glycinate, citrate. 60 kapsu\u0142ek / 2 = 30.",
"""Nanga
Magnez Diglicynian + Cytrynian
Suplement diety | 60 kapsułek
Zawartość w dziennej porcji (2 kapsułki) | | %RWS*
Magnez | 250 mg | 67%
w tym z diglicynianu magnezu | 150 mg |
w tym z cytrynianu magnezu | 100 mg |
*RWS – referencyjna wartość spożycia
Składniki: diglicynian magnezu, cytrynian magnezu, otoczka kapsułki: hydroksypropylometyloceluloza.
Sposób użycia: 2 kapsułki dziennie podczas posiłku. Nie przekraczać zalecanej porcji do spożycia w ciągu dnia.""",
 el=250, forms=["glycinate", "citrate"], dv=67, sc=30)

# ------------------------------------------------------------------ de
add("de22_koehler_verbindung_and_davon_magnesium_columns_citrat_225", "de", "eu",
 "Modelled on a K\u00f6hler Pharma magnesium capsule (Germany; the product and panel set here, may not exist in this form): COMPOUND AND ELEMENT COLUMNS SIDE BY SIDE, 'N\u00e4hrstoffe | Verbindung | davon Magnesium | % NRV*', 'Magnesiumcitrat | 1.500 mg | 225 mg | 60 %' (1,500 x 0.12-0.162 = 180-243; 225/375 = 60; SPLIT_COLS), then 'Angaben pro Tagesdosis (2 Kapseln)'. 1.500 mg is the compound. 60 Kapseln / 2 = 30.",
"""Köhler Pharma
Magnesiumcitrat 225
Nahrungsergänzungsmittel | 60 Kapseln
Nährstoffe | Verbindung | davon Magnesium | % NRV*
Magnesiumcitrat | 1.500 mg | 225 mg | 60 %
Angaben pro Tagesdosis (2 Kapseln). *NRV = Nährstoffbezugswert
Zutaten: Magnesiumcitrat, Kapselhülle: Hydroxypropylmethylcellulose.
Verzehrempfehlung: Täglich 2 Kapseln mit ausreichend Flüssigkeit verzehren. Die angegebene empfohlene tägliche Verzehrmenge darf nicht überschritten werden.""",
 el=225, forms=["citrate"], dv=60, sc=30)

add("de22_hevert_bisglycinat_2000_then_davon_magnesium_280", "de", "eu",
 "Modelled on a Hevert magnesium bisglycinate capsule (Germany; the product and panel set here, may not exist in this form): the COMPOUND ROW FIRST and a 'DAVON' row, 'Inhaltsstoffe pro Tagesdosis (4 Kapseln) | | % NRV*', 'Magnesiumbisglycinat | 2.000 mg | \u2013', 'davon Magnesium | 280 mg | 75 %' (2,000 x 0.10-0.141 = 200-282; 280/375 = 74.7). 2.000 mg is the compound. Form glycinate. 120 Kapseln / 4 = 30.",
"""Hevert
Magnesium Bisglycinat
Nahrungsergänzungsmittel | 120 Kapseln
Inhaltsstoffe pro Tagesdosis (4 Kapseln) | | % NRV*
Magnesiumbisglycinat | 2.000 mg | –
davon Magnesium | 280 mg | 75 %
*NRV = Nährstoffbezugswert
Zutaten: Magnesiumbisglycinat, Kapselhülle: Hydroxypropylmethylcellulose.
Verzehrempfehlung: Täglich 2 x 2 Kapseln mit ausreichend Flüssigkeit verzehren. Die empfohlene tägliche Verzehrmenge darf nicht überschritten werden.""",
 el=280, forms=["glycinate"], dv=75, sc=30)

# ------------------------------------------------------------------ fr
add("fr22_oenobiol_bisglycinate_1000_then_dont_magnesium_140", "fr", "eu",
 "Modelled on an Oenobiol magnesium capsule (France; the product and panel set here, may not exist in this form): the COMPOUND ROW FIRST and a 'DONT' row, 'Composition pour 2 g\u00e9lules | | % VNR*', 'Bisglycinate de magn\u00e9sium | 1000 mg |', 'dont magn\u00e9sium | 140 mg | 37 %' (1,000 x 0.10-0.141 = 100-141; 140/375 = 37.3). 1000 mg is the compound. Form glycinate. 60 g\u00e9lules / 2 = 30.",
"""Oenobiol
Magnésium Bisglycinate
Complément alimentaire | 60 gélules
Composition pour 2 gélules | | % VNR*
Bisglycinate de magnésium | 1000 mg |
dont magnésium | 140 mg | 37 %
*VNR : valeurs nutritionnelles de référence
Ingrédients : bisglycinate de magnésium, enveloppe de la gélule : hydroxypropylméthylcellulose.
Conseils d'utilisation : 2 gélules par jour, à prendre au cours d'un repas avec un grand verre d'eau. Ne pas dépasser la dose journalière recommandée.""",
 el=140, forms=["glycinate"], dv=37, sc=30)

add("fr22_biophar_magnesium_superscript_1_sources_in_footnote_300", "fr", "eu",
 "Modelled on a Biophar magnesium tablet (France; the product and panel set here, may not exist in this form): the row carries a SUPERSCRIPT MARK and no source, 'Magn\u00e9sium\u00b9 | 300 mg | 80 %' (300/375 = 80); the footnote opened by the mark names the sources, '\u00b9 sous forme de citrate de magn\u00e9sium et d'oxyde de magn\u00e9sium marin.' (FOOTMARK). Forms citrate, oxide. 90 comprim\u00e9s / 3 = 30.",
"""Biophar
Magnésium Marin 300
Complément alimentaire | 90 comprimés
Valeurs nutritionnelles | Pour 3 comprimés | % VNR*
Magnésium¹ | 300 mg | 80 %
Vitamine B6 | 1,4 mg | 100 %
¹ sous forme de citrate de magnésium et d'oxyde de magnésium marin.
*VNR : valeurs nutritionnelles de référence
Ingrédients : citrate de magnésium, oxyde de magnésium marin, agent de charge : cellulose microcristalline ; chlorhydrate de pyridoxine.
Conseils d'utilisation : 1 comprimé matin, midi et soir au cours des repas.""",
 el=300, forms=["citrate", "oxide"], dv=80, sc=30)

# ------------------------------------------------------------------ es
add("es22_nutrisport_mmol_in_brackets_carbonato_oxido_375", "es", "eu",
 "Modelled on a Nutrisport magnesium tablet (Spain; the product and panel set here, may not exist in this form): MILLIMOLES in brackets after the amount, 'Cantidad por dosis diaria (3 comprimidos) | | %VRN*', 'Magnesio | 375 mg (15,4 mmol) | 100 %' (375/375 = 100; 375/24.305 = 15.43). Carbonate and oxide in the ingredients. 90 comprimidos / 3 = 30.",
"""Nutrisport
Magnesio 375
Complemento alimenticio | 90 comprimidos
Cantidad por dosis diaria (3 comprimidos) | | %VRN*
Magnesio | 375 mg (15,4 mmol) | 100 %
*VRN: valores de referencia de nutrientes
Ingredientes: carbonato de magnesio, óxido de magnesio, agente de carga: celulosa microcristalina; antiaglomerante: sales magnésicas de ácidos grasos.
Modo de empleo: tomar 1 comprimido con cada comida principal (3 al día). No superar la dosis diaria expresamente recomendada.""",
 el=375, forms=["carbonate", "oxide"], dv=100, sc=30)

# ------------------------------------------------------------------ it
add("it22_longlife_amount_in_grams_0_3_g_bisglicinato_taurato_300", "it", "eu",
 "Modelled on a Long Life magnesium tablet (Italy; the product and panel set here, may not exist in this form): the ELEMENTAL AMOUNT IN GRAMS with a decimal comma, 'Apporti per dose giornaliera (2 compresse) | | %VNR*', 'Magnesio (da magnesio bisglicinato e magnesio taurato) | 0,3 g | 80%' (300/375 = 80). Value 300 mg. Forms glycinate, taurate. 60 compresse / 2 = 30.",
"""Long Life
Magnesio Complex
Integratore alimentare | 60 compresse
Apporti per dose giornaliera (2 compresse) | | %VNR*
Magnesio (da magnesio bisglicinato e magnesio taurato) | 0,3 g | 80%
*VNR: valori nutritivi di riferimento
Ingredienti: magnesio bisglicinato, magnesio taurato, agente di carica: cellulosa microcristallina; antiagglomerante: sali di magnesio degli acidi grassi.
Modalità d'uso: 1 compressa due volte al giorno ai pasti. Non superare la dose giornaliera raccomandata.""",
 el=300, forms=["glycinate", "taurate"], dv=80, sc=30)

# ------------------------------------------------------------------ nl
add("nl22_fytostar_per_tablet_187_5_and_per_dagdosis_375", "nl", "eu",
 "Modelled on a Fytostar magnesium tablet (Belgium, Dutch; the product and panel set here, may not exist in this form): a per-tablet column with a DECIMAL COMMA first and the daily dose second, 'Gemiddelde hoeveelheid | per tablet | per dagdosis (2 tabletten) | % RI*', 'Magnesium | 187,5 mg | 375 mg | 100 %' (375/375 = 100). The daily dose is the value (375 mg), per tablet in elemental_alt_mg (187.5). Citrate and oxide in the ingredients. 60 tabletten / 2 = 30.",
"""Fytostar
Magnesium 375
Voedingssupplement | 60 tabletten
Gemiddelde hoeveelheid | per tablet | per dagdosis (2 tabletten) | % RI*
Magnesium | 187,5 mg | 375 mg | 100 %
*RI = referentie-inname
Ingrediënten: magnesiumcitraat, magnesiumoxide, vulstof: microkristallijne cellulose; antiklontermiddel: magnesiumzouten van vetzuren.
Gebruik: 2 tabletten per dag, bij de maaltijd. De aanbevolen dagdosis niet overschrijden.""",
 el=375, forms=["citrate", "oxide"], dv=100, sc=30, elemental_alt_mg=187.5)

# ------------------------------------------------------------------ cs
add("cs22_zentiva_z_toho_z_citratu_a_z_uhlicitanu_rows_300", "cs", "eu",
 "Modelled on a Zentiva magnesium effervescent tablet (Czech Republic; the product and panel set here, may not exist in this form): a printed TOTAL with two 'Z TOHO' (of which) source rows, 'Obsah v 1 \u0161umiv\u00e9 tablet\u011b | | % RHP*', 'Ho\u0159\u010d\u00edk | 300 mg | 80 %' (300/375 = 80), 'z toho z citr\u00e1tu ho\u0159e\u010dnat\u00e9ho | 200 mg |', 'z toho z uhli\u010ditanu ho\u0159e\u010dnat\u00e9ho | 100 mg |' (PARTS). Forms citrate, carbonate. 20 tablet, 1 denn\u011b: serving_count 20.",
"""Zentiva
Hořčík 300 mg šumivé tablety
Doplněk stravy | 20 šumivých tablet | Pomerančová příchuť
Obsah v 1 šumivé tabletě | | % RHP*
Hořčík | 300 mg | 80 %
z toho z citrátu hořečnatého | 200 mg |
z toho z uhličitanu hořečnatého | 100 mg |
*RHP = referenční hodnota příjmu
Složení: citrát hořečnatý, uhličitan hořečnatý, kyselina citronová, hydrogenuhličitan sodný, aroma, sladidlo: sukralóza.
Doporučené dávkování: 1 šumivou tabletu denně rozpustit ve sklenici vody. Nepřekračujte doporučenou denní dávku.""",
 el=300, forms=["citrate", "carbonate"], dv=80, sc=20)

# ------------------------------------------------------------------ pt
add("pt22_depuralina_sob_a_forma_de_bisglicinato_200", "pt", "eu",
 "Modelled on a Depuralina magnesium capsule (Portugal; the product and panel set here, may not exist in this form): 'Cada dose di\u00e1ria (2 c\u00e1psulas) cont\u00e9m: | | %VRN*', 'Magn\u00e9sio (sob a forma de bisglicinato de magn\u00e9sio) | 200 mg | 53 %' (200/375 = 53.3). Form glycinate. 60 c\u00e1psulas / 2 = 30.",
"""Depuralina
Magnésio Bisglicinato
Suplemento alimentar | 60 cápsulas
Cada dose diária (2 cápsulas) contém: | | %VRN*
Magnésio (sob a forma de bisglicinato de magnésio) | 200 mg | 53 %
*VRN: valores de referência do nutriente
Ingredientes: bisglicinato de magnésio, invólucro da cápsula: hidroxipropilmetilcelulose.
Modo de utilização: tomar 2 cápsulas por dia, a uma refeição, com um copo de água. Não exceder a toma diária recomendada.""",
 el=200, forms=["glycinate"], dv=53, sc=30)

# ------------------------------------------------------------------ sv
add("sv22_pharbio_som_magnesiumcitrat_och_magnesiumoxid_250", "sv", "eu",
 "Modelled on a Pharbio magnesium tablet (Sweden; the product and panel set here, may not exist in this form): 'Inneh\u00e5ll per dagsdos (2 tabletter) | | %RI*', 'Magnesium (som magnesiumcitrat och magnesiumoxid) | 250 mg | 67 %' (250/375 = 66.7). Forms citrate, oxide. 100 tabletter / 2 = 50.",
"""Pharbio
Magnesium 250 mg
Kosttillskott | 100 tabletter
Innehåll per dagsdos (2 tabletter) | | %RI*
Magnesium (som magnesiumcitrat och magnesiumoxid) | 250 mg | 67 %
*RI = referensintag
Ingredienser: magnesiumcitrat, magnesiumoxid, fyllnadsmedel: mikrokristallin cellulosa; klumpförebyggande medel: magnesiumsalter av fettsyror.
Dosering: 1 tablett 2 gånger dagligen i samband med måltid. Rekommenderad daglig dos bör inte överskridas.""",
 el=250, forms=["citrate", "oxide"], dv=67, sc=50)

# ------------------------------------------------------------------ da
add("da22_biofoss_magnesiumcitrat_1250_then_heraf_magnesium_200", "da", "eu",
 "Modelled on a Biofoss magnesium tablet (Denmark; the product and panel set here, may not exist in this form): the COMPOUND ROW FIRST and a 'HERAF' (of which) row, 'Indhold pr. dagsdosis (1 tablet) | | % RI*', 'Magnesiumcitrat | 1.250 mg |', 'heraf magnesium | 200 mg | 53 %' (1,250 x 0.12-0.162 = 150-202.5; 200/375 = 53.3). 1.250 mg is the compound. Form citrate. 90 tabletter, 1 dagligt: serving_count 90.",
"""Biofoss
Magnesium Citrat
Kosttilskud | 90 tabletter
Indhold pr. dagsdosis (1 tablet) | | % RI*
Magnesiumcitrat | 1.250 mg |
heraf magnesium | 200 mg | 53 %
*RI = referenceindtag
Ingredienser: magnesiumcitrat, fyldstof: mikrokrystallinsk cellulose; antiklumpningsmiddel: magnesiumsalte af fedtsyrer.
Anbefalet dosis: 1 tablet dagligt i forbindelse med et måltid. Den anbefalede daglige dosis bør ikke overskrides.""",
 el=200, forms=["citrate"], dv=53, sc=90)

# ------------------------------------------------------------------ hu
add("hu22_naturland_magnezium_oxid_es_laktat_with_b6_300", "hu", "eu",
 "Modelled on a Naturland magnesium + B6 tablet (Hungary; the product and panel set here, may not exist in this form): 'Hat\u00f3anyagok napi adagban (2 tabletta) | | NRV%*', 'Magn\u00e9zium (magn\u00e9zium-oxid, magn\u00e9zium-lakt\u00e1t) | 300 mg | 80%' (300/375 = 80) above a vitamin B6 row. Forms oxide, lactate. 60 tabletta / 2 = 30.",
"""Naturland
Magnézium + B6-vitamin
Étrend-kiegészítő | 60 tabletta
Hatóanyagok napi adagban (2 tabletta) | | NRV%*
Magnézium (magnézium-oxid, magnézium-laktát) | 300 mg | 80%
B6-vitamin | 1,4 mg | 100%
*NRV: napi beviteli referenciaérték
Összetevők: magnézium-oxid, magnézium-laktát, töltőanyag: mikrokristályos cellulóz; piridoxin-hidroklorid; csomósodást gátló anyag: magnézium-sztearát.
Javasolt napi adag: naponta 2 tabletta étkezés után, bő folyadékkal. Az ajánlott napi adagot ne lépje túl!""",
 el=300, forms=["oxide", "lactate"], dv=80, sc=30)

# ------------------------------------------------------------------ ro
add("ro22_remedia_per_comprimat_and_per_doza_zilnica_citrat_200", "ro", "eu",
 "Modelled on a Remedia magnesium tablet (Romania; the product and panel set here, may not exist in this form): a per-tablet column FIRST and the daily dose second, 'Con\u021binut | per comprimat | per doz\u0103 zilnic\u0103 (2 comprimate) | % VNR*', 'Magneziu (din citrat de magneziu) | 100 mg | 200 mg | 53 %' (200/375 = 53.3). The daily dose is the value (200 mg), per tablet in elemental_alt_mg (100). Form citrate. 60 comprimate / 2 = 30.",
"""Remedia
Magneziu Citrat
Supliment alimentar | 60 comprimate
Conținut | per comprimat | per doză zilnică (2 comprimate) | % VNR*
Magneziu (din citrat de magneziu) | 100 mg | 200 mg | 53 %
*VNR = valori nutriționale de referință
Ingrediente: citrat de magneziu, agent de încărcare: celuloză microcristalină; agent antiaglomerant: săruri de magneziu ale acizilor grași.
Mod de administrare: câte 1 comprimat de 2 ori pe zi, în timpul mesei. Nu depășiți doza zilnică recomandată.""",
 el=200, forms=["citrate"], dv=53, sc=30, elemental_alt_mg=100)

# ------------------------------------------------------------------ negatives (EU)
add("ng22_da_mezina_zink_mangan_magnesiumsalte_af_fedtsyrer", "da", "negative",
 "Modelled on a Mezina zinc tablet (Denmark; the product and panel set here, may not exist in this form): a zinc product with a LOOK-ALIKE 'Mangan (mangangluconat) | 2 mg | 100 %' row; magnesium only as the excipient 'magnesiumsalte af fedtsyrer' -> no_magnesium. 90 tabletter, 1 dagligt: serving_count 90 (IMPLIED_SC).",
"""Mezina
Zink + Mangan
Kosttilskud | 90 tabletter
Indhold pr. tablet | | % RI*
Zink (zinkgluconat) | 15 mg | 150 %
Mangan (mangangluconat) | 2 mg | 100 %
*RI = referenceindtag
Ingredienser: zinkgluconat, fyldstof: mikrokrystallinsk cellulose; mangangluconat; antiklumpningsmiddel: magnesiumsalte af fedtsyrer.
Anbefalet dosis: 1 tablet dagligt. Den anbefalede daglige dosis bør ikke overskrides.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=90)

add("ng22_ro_daciaplant_valeriana_si_magnolie_no_magnesium_word", "ro", "negative",
 "Modelled on a Dacia Plant herbal sleep capsule (Romania; the blend and panel set here, may not exist in this form): valerian, LOOK-ALIKE 'magnolie' (Magnolia officinalis) bark and lemon balm extracts; the label NEVER NAMES MAGNESIUM -> no_magnesium. 30 capsule, 1 pe zi: serving_count 30 (IMPLIED_SC).",
"""Dacia Plant
Somn Liniștit
Supliment alimentar | 30 capsule
Conținut | per capsulă |
Extract uscat de rădăcină de valeriană (Valeriana officinalis) | 200 mg |
Extract uscat de scoarță de magnolie (Magnolia officinalis) | 150 mg |
Extract uscat de melisă (Melissa officinalis) | 100 mg |
Ingrediente: extracte uscate de valeriană, magnolie și melisă; capsulă: gelatină.
Mod de administrare: 1 capsulă pe zi, cu 30 de minute înainte de culcare. Nu depășiți doza zilnică recomandată.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=30)
