# Label sources, part EU (blind set 15): the 16 EU labels (de 2, fr 2, it 2, pl 2; es, nl, cs, sk, hu, ro, da, hr 1 each) and
# the Finnish and Slovenian negatives. Imports add/L from labels_z.py (same format). DV base 375 (EU NRV) by default for
# non-English labels.
from labels_z import add, L

# ------------------------------------------------------------------ de
add("de15_innonature_citrat_400_nrv_column_before_amount", "de", "eu",
 "Modelled on innonature Magnesiumcitrat capsules (Germany; the product and panel set here, may not match a current SKU): the %NRV COLUMN STANDS BEFORE the amount, 'N\u00e4hrwertangaben | % NRV* | pro Tagesdosis (2 Kapseln)', 'Magnesium | 107 % | 400 mg' (400/375 = 106.7). 120 Kapseln / 2 = 60.",
"""innonature
Magnesiumcitrat 400
Nahrungsergänzungsmittel | 120 Kapseln | vegan
Nährwertangaben | % NRV* | pro Tagesdosis (2 Kapseln)
Magnesium | 107 % | 400 mg
*NRV = Nährstoffbezugswert nach VO (EU) 1169/2011
Zutaten: Magnesiumcitrat, Kapselhülle: Hydroxypropylmethylcellulose.
Verzehrempfehlung: Täglich 2 Kapseln mit ausreichend Flüssigkeit verzehren. Die angegebene empfohlene tägliche Verzehrmenge darf nicht überschritten werden. Nahrungsergänzungsmittel sind kein Ersatz für eine ausgewogene und abwechslungsreiche Ernährung und eine gesunde Lebensweise. Außerhalb der Reichweite von kleinen Kindern lagern.""",
 el=400, forms=["citrate"], dv=107, sc=60)

add("de15_biogelat_mg_mmol_nrv_units_in_header_bare_numbers", "de", "eu",
 "Modelled on Biogelat\u00ae Magnesium tablets (Austria; the panel set here, may not match a current SKU): the UNITS STAND ONLY IN THE HEADER, 'Inhaltsstoffe pro Tablette | mg | mmol | % NRV*', and the row has bare numbers, 'Magnesium | 300 | 12,3 | 80' (300 / 24.3 = 12.3 mmol; 300/375 = 80). Salts Magnesiumoxid and Magnesiumcitrat; 'Magnesiumsalze der Speisefetts\u00e4uren' is an excipient. 1 Tablette t\u00e4glich from 60: serving_count 60.",
"""Biogelat®
Magnesium 300 mg
Nahrungsergänzungsmittel | 60 Tabletten
Inhaltsstoffe pro Tablette | mg | mmol | % NRV*
Magnesium | 300 | 12,3 | 80
*NRV = Nährstoffbezugswert nach VO (EU) Nr. 1169/2011
Zutaten: Magnesiumoxid, Magnesiumcitrat, Füllstoff: mikrokristalline Cellulose; Trennmittel: Magnesiumsalze der Speisefettsäuren, Siliciumdioxid.
Verzehrempfehlung: 1 Tablette täglich mit Flüssigkeit einnehmen. Die empfohlene tägliche Verzehrmenge nicht überschreiten.""",
 el=300, forms=["oxide", "citrate"], dv=80, sc=60)

# ------------------------------------------------------------------ fr
add("fr15_lashile_table_split_1_2_and_2_2_magnesium_in_second", "fr", "eu",
 "Modelled on a Lashil\u00e9 Beauty magnesium capsule (France; the product and panel set here, may not match a current SKU): the nutrition table is SPLIT ACROSS TWO PANELS, 'Valeurs nutritionnelles (1/2)' with the B-vitamins, then the ingredient list and directions, then 'Valeurs nutritionnelles (2/2)' with 'Magn\u00e9sium | 300 mg | 80 %' (300/375 = 80) and a taurine row. Bisglycinate and citrate de magn\u00e9sium. 60 g\u00e9lules / 2 = 30.",
"""Lashilé Beauty
Magnésium Zen
Complément alimentaire | 60 gélules
Valeurs nutritionnelles (1/2) | Pour 2 gélules | % VNR*
Vitamine B6 | 1,4 mg | 100 %
Vitamine B9 | 200 µg | 100 %
Vitamine B12 | 2,5 µg | 100 %
Ingrédients : bisglycinate de magnésium, citrate de magnésium, taurine, gélule végétale (hydroxypropylméthylcellulose), chlorhydrate de pyridoxine, acide ptéroylmonoglutamique, cyanocobalamine.
Conseils d'utilisation : 2 gélules par jour avec un grand verre d'eau. Ne pas dépasser la dose journalière recommandée.
Valeurs nutritionnelles (2/2) | Pour 2 gélules | % VNR*
Magnésium | 300 mg | 80 %
Taurine | 100 mg | -
*VNR : valeurs nutritionnelles de référence""",
 el=300, forms=["glycinate", "citrate"], dv=80, sc=30)

add("fr15_synergia_oxyde_marin_415_footnote_soit_250_element", "fr", "eu",
 "Modelled on a Synergia magn\u00e9sium marin capsule (France; the product and panel set here, may not match a current SKU): the table row is the COMPOUND with a double asterisk, 'Oxyde de magn\u00e9sium marin | 415 mg**', and the element stands only in a FOOTNOTE, '**soit 250 mg de magn\u00e9sium \u00e9l\u00e9ment (67 % VNR*)' (415 x 0.603 = 250.2; 250/375 = 66.7). The 415 mg is never the elemental value. '1 g\u00e9lule matin et soir' = 2 g\u00e9lules; 60 / 2 = 30.",
"""SYNERGIA
Magnésium Marin 250
Complément alimentaire | 60 gélules
Composition | Pour 2 gélules | % VNR*
Oxyde de magnésium marin | 415 mg** |
Vitamine B6 | 1,4 mg | 100 %
*VNR : valeurs nutritionnelles de référence
**soit 250 mg de magnésium élément (67 % VNR*)
Ingrédients : oxyde de magnésium d'origine marine, gélule (hydroxypropylméthylcellulose), chlorhydrate de pyridoxine, antiagglomérant : stéarate de magnésium.
Conseils d'utilisation : 1 gélule matin et soir, au cours des repas.""",
 el=250, forms=["oxide"], dv=67, sc=30)

# ------------------------------------------------------------------ it
add("it15_naturalpoint_supremo_per_100g_before_cucchiaino_2_5g", "it", "eu",
 "Modelled on Natural Point Magnesio Supremo\u00ae powder (Italy; as remembered, the dose and amounts set here and may not match the current label): a per-100 g column BEFORE the dose column, 'Valori medi | per 100 g | per dose giornaliera (1 cucchiaino raso, 2,5 g) | % VNR*', 'Magnesio | 15.000 mg | 375 mg | 100 %' (15,000 x 2.5/100 = 375; 375/375 = 100). Ingredients magnesio carbonato and acido citrico -> form carbonate (the citrate formed in water is not named, as for Magnosolv in set 14). 150 g / 2,5 g = 60 (IMPLIED_SC).",
"""Natural Point
Magnesio Supremo®
Integratore alimentare in polvere | 150 g
Valori medi | per 100 g | per dose giornaliera (1 cucchiaino raso, 2,5 g) | % VNR*
Magnesio | 15.000 mg | 375 mg | 100 %
*VNR: valori nutritivi di riferimento
Ingredienti: magnesio carbonato, acido citrico.
Modalità d'uso: sciogliere 1 cucchiaino raso (2,5 g) in mezzo bicchiere d'acqua calda; attendere la fine dell'effervescenza, aggiungere acqua fredda e bere. Non superare la dose giornaliera consigliata.""",
 el=375, forms=["carbonate"], dv=100, sc=60)

add("it15_cabassi_pidolato_1500_pari_a_magnesio_130_bustina", "it", "eu",
 "Modelled on a Cabassi & Giuriati magnesio pidolato sachet (Italy; the product and panel set here, may not match a current SKU): a compound row and an element row introduced by 'pari a', 'Magnesio pidolato | 1500 mg |' / 'pari a magnesio | 130 mg | 35 %' (1,500 x 0.087 = 130.5; 130/375 = 34.7). The 1500 mg is never the elemental value. 1 bustina al giorno from 20: serving_count 20.",
"""Cabassi & Giuriati
Magnesio Pidolato
Integratore alimentare | 20 bustine da 3 g | gusto arancia
Contenuti medi | per bustina | % VNR*
Magnesio pidolato | 1500 mg |
pari a magnesio | 130 mg | 35 %
*VNR: valori nutritivi di riferimento
Ingredienti: magnesio pidolato, fruttosio, acidificante: acido citrico; aroma arancia, edulcorante: sucralosio.
Modalità d'uso: 1 bustina al giorno sciolta in un bicchiere d'acqua.""",
 el=130, forms=["pidolate"], dv=35, sc=20)

# ------------------------------------------------------------------ es
add("es15_obire_por_comprimido_range_1_2_150_300_in_directions", "es", "eu",
 "Modelled on an Obire magnesio + B6 tablet (Spain; the product and panel set here, may not match a current SKU): a per-unit panel, 'Informaci\u00f3n nutricional | Por comprimido | % VRN*', 'Magnesio | 150 mg | 40 %' (150/375 = 40), and a RANGE in the directions, 'de 1 a 2 comprimidos al d\u00eda (150\u2013300 mg de magnesio)' (a trap). Per-unit panel with a 1\u20132 range: per tablet 150 mg, 40 %, count of units 60.",
"""Obire
Magnesio + Vitamina B6
Complemento alimenticio | 60 comprimidos
Información nutricional | Por comprimido | % VRN*
Magnesio | 150 mg | 40 %
Vitamina B6 | 0,7 mg | 50 %
*VRN: valores de referencia de nutrientes
Ingredientes: citrato de magnesio, agente de carga: celulosa microcristalina; antiaglomerante: sales magnésicas de ácidos grasos; clorhidrato de piridoxina.
Modo de empleo: tomar de 1 a 2 comprimidos al día (150–300 mg de magnesio) con un vaso de agua. No superar la dosis diaria expresamente recomendada.""",
 el=150, forms=["citrate"], dv=40, sc=60)

# ------------------------------------------------------------------ pl
add("pl15_ostrovit_magnez_z_cytrynianu_w_2_tabletkach", "pl", "eu",
 "Modelled on OstroVit Magnez + B6 tablets (Poland; as remembered, the amounts set here and may not match a current SKU): 'Sk\u0142adniki | w 2 tabletkach | %RWS*' with the source in the row, 'Magnez (z cytrynianu magnezu) | 200 mg | 53%' (200/375 = 53.3). 90 tabletek / 2 = 45.",
"""OstroVit
Magnez + B6
Suplement diety | 90 tabletek
Składniki | w 2 tabletkach | %RWS*
Magnez (z cytrynianu magnezu) | 200 mg | 53%
Witamina B6 | 1,4 mg | 100%
*RWS – referencyjna wartość spożycia
Składniki: cytrynian magnezu, substancja wypełniająca: celuloza mikrokrystaliczna; chlorowodorek pirydoksyny, substancja przeciwzbrylająca: sole magnezowe kwasów tłuszczowych.
Sposób użycia: 2 tabletki dziennie, popijając wodą. Nie przekraczać zalecanej porcji do spożycia w ciągu dnia.""",
 el=200, forms=["citrate"], dv=53, sc=45)

add("pl15_sanbios_magnez_chelat_aminokwasowy_zawartosc_w_1_kapsulce", "pl", "eu",
 "Modelled on a Sanbios magnez chelat capsule (Poland; the product and panel set here, may not match a current SKU): 'Zawarto\u015b\u0107 w 1 kapsu\u0142ce | | %RWS*', 'Magnez (chelat aminokwasowy magnezu) | 100 mg | 27%' (100/375 = 26.7). 1 kapsu\u0142ka dziennie from 60: serving_count 60.",
"""Sanbios
Magnez Chelat
Suplement diety | 60 kapsułek
Zawartość w 1 kapsułce | | %RWS*
Magnez (chelat aminokwasowy magnezu) | 100 mg | 27%
*RWS – referencyjna wartość spożycia
Składniki: chelat aminokwasowy magnezu, otoczka kapsułki: hydroksypropylometyloceluloza.
Sposób użycia: 1 kapsułka dziennie podczas posiłku.""",
 el=100, forms=["amino_acid_chelate"], dv=27, sc=60)

# ------------------------------------------------------------------ nl
add("nl15_detuinen_citraat_mg_symbol_per_tablet_1_2_per_dag", "nl", "eu",
 "Modelled on De Tuinen Magnesium Citraat tablets (Netherlands; as remembered, the amount set here and may not match a current SKU): 'Samenstelling | per tablet | % RI*', the element with its SYMBOL, 'Magnesium (Mg) | 200 mg | 53%' (200/375 = 53.3), and '1-2 tabletten per dag'. Per-unit panel with a 1\u20132 range: per tablet 200 mg, count of units 100.",
"""De Tuinen
Magnesium Citraat 200
Voedingssupplement | 100 tabletten
Samenstelling | per tablet | % RI*
Magnesium (Mg) | 200 mg | 53%
*RI = Referentie-inname
Ingrediënten: magnesiumcitraat, vulstof: microkristallijne cellulose; antiklontermiddel: magnesiumzouten van vetzuren.
Gebruik: 1-2 tabletten per dag met water innemen. De aanbevolen dagdosis niet overschrijden.""",
 el=200, forms=["citrate"], dv=53, sc=100)

# ------------------------------------------------------------------ cs
add("cs15_cemio_horcik_300_oxid_obsah_v_1_tablete", "cs", "eu",
 "Modelled on a Cemio ho\u0159\u010d\u00edk tablet (Czech Republic; the product and panel set here, may not match a current SKU): 'Obsah v 1 tablet\u011b | | % RHP*', 'Ho\u0159\u010d\u00edk (oxid ho\u0159e\u010dnat\u00fd) | 300 mg | 80 %' (300/375 = 80). 1 tableta denn\u011b from 30: serving_count 30.",
"""Cemio
Hořčík 300
Doplněk stravy | 30 tablet
Obsah v 1 tabletě | | % RHP*
Hořčík (oxid hořečnatý) | 300 mg | 80 %
*RHP = referenční hodnota příjmu
Složení: oxid hořečnatý, plnidlo: mikrokrystalická celulóza; protispékavá látka: hořečnaté soli mastných kyselin.
Dávkování: 1 tableta denně, zapít dostatečným množstvím vody.""",
 el=300, forms=["oxide"], dv=80, sc=30)

# ------------------------------------------------------------------ sk
add("sk15_fytopharma_magnezium_b6_zlozenie_v_1_tablete_1_2_denne", "sk", "eu",
 "Modelled on a Fytopharma Magn\u00e9zium + B6 tablet (Slovakia; the product and panel set here, may not match a current SKU): 'Zlo\u017eenie v 1 tablete | | % RHP*', 'Hor\u010d\u00edk (cit\u00e1t hore\u010dnat\u00fd) | 120 mg | 32 %' (120/375 = 32), '1\u20132 tablety denne'. Per-unit panel with a 1\u20132 range: per tablet 120 mg, count of units 40.",
"""Fytopharma
Magnézium + B6
Výživový doplnok | 40 tabliet
Zloženie v 1 tablete | | % RHP*
Horčík (citrát horečnatý) | 120 mg | 32 %
Vitamín B6 | 1,4 mg | 100 %
*RHP – referenčná hodnota príjmu
Dávkovanie: 1–2 tablety denne, zapiť vodou. Neprekračujte odporúčanú dennú dávku.""",
 el=120, forms=["citrate"], dv=32, sc=40)

# ------------------------------------------------------------------ hu
add("hu15_jutavit_magnezium_250_hatoanyag_tartalom_1_filmtablettaban", "hu", "eu",
 "Modelled on JutaVit Magn\u00e9zium 250 mg + B6 film-coated tablets (Hungary; as remembered, may not match a current SKU): 'Hat\u00f3anyag-tartalom 1 filmtablett\u00e1ban | | NRV%*', 'Magn\u00e9zium | 250 mg | 67%' (250/375 = 66.7); magn\u00e9zium-oxid in the ingredients. 1 tabletta naponta from 100: serving_count 100.",
"""JutaVit
Magnézium 250 mg + B6
Étrend-kiegészítő filmtabletta | 100 db
Hatóanyag-tartalom 1 filmtablettában | | NRV%*
Magnézium | 250 mg | 67%
B6-vitamin | 1,4 mg | 100%
*NRV: napi beviteli referenciaérték
Összetevők: magnézium-oxid, töltőanyag: mikrokristályos cellulóz; piridoxin-hidroklorid, csomósodást gátló anyag: magnézium-sztearát.
Javasolt napi adag: naponta 1 filmtabletta bő folyadékkal.""",
 el=250, forms=["oxide"], dv=67, sc=100)

# ------------------------------------------------------------------ ro
add("ro15_alevia_magneziu_din_citrat_2_comprimate_vnr", "ro", "eu",
 "Modelled on an Alevia Magneziu + B6 tablet (Romania; the product and panel set here, may not match a current SKU): 'Con\u021binut | 2 comprimate | %VNR*', 'Magneziu (din citrat de magneziu) | 200 mg | 53%' (200/375 = 53.3); '1 comprimat de 2 ori pe zi'. 60 comprimate / 2 = 30.",
"""Alevia
Magneziu + B6
Supliment alimentar | 60 comprimate
Conținut | 2 comprimate | %VNR*
Magneziu (din citrat de magneziu) | 200 mg | 53%
Vitamina B6 | 1,4 mg | 100%
*VNR – valori nutriționale de referință
Ingrediente: citrat de magneziu, agent de încărcare: celuloză microcristalină; clorhidrat de piridoxină.
Mod de administrare: câte 1 comprimat de 2 ori pe zi, după masă.""",
 el=200, forms=["citrate"], dv=53, sc=30)

# ------------------------------------------------------------------ da
add("da15_bifodan_magnesium_150_indhold_pr_tablet_ri", "da", "eu",
 "Modelled on a Bifodan magnesium tablet (Denmark; the product and panel set here, may not match a current SKU): 'Indhold pr. tablet | | % RI*', 'Magnesium | 150 mg | 40 %' (150/375 = 40); magnesiumoxid in the ingredients. 1 tablet daily from 90: serving_count 90.",
"""Bifodan
Magnesium 150 mg
Kosttilskud | 90 tabletter
Indhold pr. tablet | | % RI*
Magnesium | 150 mg | 40 %
*RI = referenceindtag
Ingredienser: magnesiumoxid, fyldstof: mikrokrystallinsk cellulose; antiklumpningsmiddel: magnesiumsalte af fedtsyrer.
Anbefalet daglig dosis: 1 tablet. Den anbefalede daglige dosis bør ikke overskrides.""",
 el=150, forms=["oxide"], dv=40, sc=90)

# ------------------------------------------------------------------ hr
add("hr15_naturalwealth_magnezij_375_hranjiva_vrijednost_1_tableta", "hr", "eu",
 "Modelled on a Natural Wealth magnezij tablet (Croatia; the product and panel set here, may not match a current SKU): 'Hranjiva vrijednost | 1 tableta | % PU*', 'Magnezij | 375 mg | 100 %' (375/375 = 100); magnezijev oksid in the ingredients. 1 tableta dnevno from 30: serving_count 30.",
"""Natural Wealth
Magnezij 375
Dodatak prehrani | 30 tableta
Hranjiva vrijednost | 1 tableta | % PU*
Magnezij | 375 mg | 100 %
*PU – preporučeni dnevni unos
Sastojci: magnezijev oksid, sredstvo za povećanje volumena: mikrokristalična celuloza; sredstvo protiv zgrudnjavanja: magnezijeve soli masnih kiselina.
Način uporabe: 1 tableta dnevno uz obrok. Ne prekoračiti preporučenu dnevnu dozu.""",
 el=375, forms=["oxide"], dv=100, sc=30)

# ------------------------------------------------------------------ negatives (fi, sl)
add("neg15_fi_minisun_d_vitamiini_magnesiumstearaatti", "fi", "negative",
 "Modelled on Minisun D-vitamiini 50 \u00b5g tablets (Finland; as remembered, excipients approximate): vitamin D only; magnesium appears only as the anti-caking agent 'magnesiumstearaatti' -> no_magnesium. 100 tablettia, 1 a day: serving_count 100.",
"""Minisun
D-vitamiini 50 µg
Ravintolisä | 100 tablettia | sitruuna
Ravintosisältö | 1 tabletti | % saantisuosituksesta*
D-vitamiini | 50 µg | 1000 %
*Saantisuositus (RI)
Ainesosat: makeutusaine (ksylitoli), täyteaine (mikrokiteinen selluloosa), paakkuuntumisenestoaine (magnesiumstearaatti), sitruunanmakuaine, D3-vitamiini (kolekalsiferoli).
Käyttö: 1 tabletti päivässä. Suositeltua päivittäistä saantia ei tule ylittää.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=100)

add("neg15_sl_sanolabor_vitamin_c_magnezijev_stearat", "sl", "negative",
 "Modelled on a Sanolabor vitamin C 500 mg tablet (Slovenia; the product and panel set here, may not match a current SKU): vitamin C only; magnesium appears only as the anti-caking agent 'magnezijev stearat' -> no_magnesium. 60 tablet, 1 a day: serving_count 60.",
"""Sanolabor
Vitamin C 500 mg
Prehransko dopolnilo | 60 tablet
Hranilne vrednosti | na 1 tableto | % PV*
Vitamin C | 500 mg | 625 %
*PV = priporočeni dnevni vnos
Sestavine: L-askorbinska kislina, polnilo: mikrokristalna celuloza; sredstvo proti sprijemanju: magnezijev stearat.
Uporaba: 1 tableta na dan, z vodo.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=60)
