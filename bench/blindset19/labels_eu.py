# Label sources, part EU (blind set 19): the 16 EU labels (de, fr, it, pl, es, nl, cs, hu, ro, pt, sv, da, fi, hr, sl, et, one
# each) and the Spanish, Swedish and Romanian negatives. Imports add/L from labels_us.py (same format). DV base 375 (EU NRV)
# by default for non-English labels.
from labels_us import add, L

# ------------------------------------------------------------------ de
add("de19_fairvital_naehrstoffe_mg_header_bare_numbers_nrv_80", "de", "eu",
 "Modelled on a Fairvital magnesium capsule (Germany; the product and panel set here, may not match a current SKU): the UNIT IN THE HEADER and BARE NUMBERS, 'N\u00e4hrstoffe (mg) | pro Tagesdosis (3 Kapseln) | % NRV*', 'Magnesium | 300 | 80' (300/375 = 80; DV_BARE). Citrate, bisglycinate and malate in the ingredients. 120 Kapseln / 3 = 40.",
"""Fairvital
Magnesium Trio
Citrat · Bisglycinat · Malat | Nahrungsergänzungsmittel | 120 Kapseln
Nährstoffe (mg) | pro Tagesdosis (3 Kapseln) | % NRV*
Magnesium | 300 | 80
*NRV = Nährstoffbezugswert
Zutaten: Magnesiumcitrat, Magnesiumbisglycinat, Magnesiummalat, Kapselhülle: Hydroxypropylmethylcellulose.
Verzehrempfehlung: Täglich 3 Kapseln mit ausreichend Flüssigkeit verzehren. Die angegebene empfohlene tägliche Verzehrmenge darf nicht überschritten werden.""",
 el=300, forms=["citrate", "glycinate", "malate"], dv=80, sc=40)

# ------------------------------------------------------------------ fr
add("fr19_natform_ampoules_pidolate_and_element_in_separate_columns_244", "fr", "eu",
 "Modelled on a Nat&Form magnesium product (France; the drinkable-ampoule pidolate product and panel are set here and may not exist in this form): the COMPOUND AND THE ELEMENT IN SEPARATE COLUMNS, 'Composition pour 2 ampoules (20 ml) | Pidolate de magn\u00e9sium | Magn\u00e9sium \u00e9l\u00e9ment | % VNR*', 'Par dose journali\u00e8re | 2 800 mg | 244 mg | 65 %' (2,800 x 0.087 = 243.6; 244/375 = 65.1). 2 800 mg (space separator) is the compound. First pidolate of these recent sets. 20 ampoules / 2 = 10.",
"""Nat&Form
Magnésium Pidolate
Complément alimentaire | 20 ampoules de 10 ml
Composition pour 2 ampoules (20 ml) | Pidolate de magnésium | Magnésium élément | % VNR*
Par dose journalière | 2 800 mg | 244 mg | 65 %
*VNR : valeurs nutritionnelles de référence
Ingrédients : eau, pidolate de magnésium, arôme naturel d'orange, édulcorant : sucralose ; conservateur : sorbate de potassium.
Conseils d'utilisation : 2 ampoules par jour, à diluer dans un verre d'eau, de préférence au moment des repas. Ne pas dépasser la dose journalière recommandée.""",
 el=244, forms=["pidolate"], dv=65, sc=10)

# ------------------------------------------------------------------ it
add("it19_supradyn_magnesio_potassio_per_bustina_150", "it", "eu",
 "Modelled on Supradyn Magnesio e Potassio effervescent sachets (Italy; the amounts and panel set here, may not match the current label): 'Contenuti medi | per bustina | %VNR*', 'Magnesio | 150 mg | 40%' (150/375 = 40) above a larger 'Potassio | 400 mg | 20%' and vitamin C. Magnesium carbonate and oxide in the ingredients (written 'magnesio carbonato', 'magnesio ossido'); potassium bicarbonate is not a magnesium form. 1 bustina al giorno from 14: serving_count 14.",
"""Supradyn®
Magnesio e Potassio
Integratore alimentare | 14 bustine effervescenti
Contenuti medi | per bustina | %VNR*
Magnesio | 150 mg | 40%
Potassio | 400 mg | 20%
Vitamina C | 80 mg | 100%
*VNR: valori nutritivi di riferimento
Ingredienti: acidificante: acido citrico; potassio bicarbonato, magnesio carbonato, magnesio ossido, acido L-ascorbico, aromi, edulcorante: sucralosio.
Modalità d'uso: sciogliere il contenuto di 1 bustina al giorno in mezzo bicchiere d'acqua. Non superare la dose giornaliera raccomandata.""",
 el=150, forms=["carbonate", "oxide"], dv=40, sc=14)

# ------------------------------------------------------------------ pl
add("pl19_vitalers_zawartosc_w_dziennej_porcji_chlorek_200_rws_after_percent", "pl", "eu",
 "Modelled on a Vitaler's magnez tablet (Poland; the chloride product and panel are set here and may not exist in this form): the portion named in a LINE ABOVE the table, 'Zawarto\u015b\u0107 w dziennej porcji (2 tabletki):', and the RWS word AFTER the percent in the cell, 'Magnez (chlorek magnezu) | 200 mg | 53% RWS*' (200/375 = 53.3). Form chloride. 60 tabletek / 2 = 30.",
"""Vitaler's
Magnez Chlorek + B6
Suplement diety | 60 tabletek
Zawartość w dziennej porcji (2 tabletki):
Magnez (chlorek magnezu) | 200 mg | 53% RWS*
Witamina B6 | 1,4 mg | 100% RWS*
*RWS – referencyjna wartość spożycia
Składniki: chlorek magnezu, substancja wypełniająca: celuloza mikrokrystaliczna; chlorowodorek pirydoksyny; substancja przeciwzbrylająca: dwutlenek krzemu.
Sposób użycia: 1 tabletka 2 razy dziennie podczas posiłku. Nie przekraczać zalecanej porcji do spożycia w ciągu dnia.""",
 el=200, forms=["chloride"], dv=53, sc=30)

# ------------------------------------------------------------------ es
add("es19_sotya_por_100g_18_75g_y_por_dosis_diaria_300", "es", "eu",
 "Modelled on a Sotya magnesium tablet (Spain; the product and panel set here, may not match a current SKU): a PER-100 g COLUMN in grams beside the daily dose of two 800 mg tablets, 'Informaci\u00f3n nutricional | por 100 g | por dosis diaria (2 comprimidos = 1,6 g) | %VRN*', 'Magnesio | 18,75 g | 300 mg | 80%' (18.75 g/100 g x 1.6 g = 0.3 g = 300 mg; 300/375 = 80) and B6 '175 mg | 2,8 mg | 200%'. The per-100 g figure is a trap (PER100). Oxide and citrate in the ingredients. 60 comprimidos / 2 = 30.",
"""Sotya
Magnesio + Vitamina B6
Complemento alimenticio | 60 comprimidos de 800 mg
Información nutricional | por 100 g | por dosis diaria (2 comprimidos = 1,6 g) | %VRN*
Magnesio | 18,75 g | 300 mg | 80%
Vitamina B6 | 175 mg | 2,8 mg | 200%
*VRN: valores de referencia de nutrientes
Ingredientes: óxido de magnesio, citrato de magnesio, agente de carga: celulosa microcristalina; clorhidrato de piridoxina.
Modo de empleo: tomar 2 comprimidos al día con un vaso de agua. No superar la dosis diaria expresamente recomendada.""",
 el=300, forms=["oxide", "citrate"], dv=80, sc=30)

# ------------------------------------------------------------------ nl
add("nl19_albertheijn_per_tablet_uit_carbonaat_en_oxide_line_beneath_250", "nl", "eu",
 "Modelled on an AH (Albert Heijn) magnesium tablet (Netherlands; the product and panel set here, may not match a current SKU): the magnesium row names no source and the conjunction-joined source stands on the LINE BENEATH it, 'Magnesium | 250 mg | 67%' (250/375 = 66.7) / 'uit magnesiumcarbonaat en magnesiumoxide'. 'magnesiumzouten van vetzuren' is an excipient. 1 tablet per dag from 100: serving_count 100.",
"""AH
Magnesium 250 mg
Voedingssupplement | 100 tabletten
Voedingswaarde per tablet | | %RI*
Magnesium | 250 mg | 67%
uit magnesiumcarbonaat en magnesiumoxide
*RI = Referentie-inname
Ingrediënten: magnesiumcarbonaat, magnesiumoxide, vulstof: microkristallijne cellulose; antiklontermiddel: magnesiumzouten van vetzuren.
Gebruik: 1 tablet per dag met water innemen. De aanbevolen dagdosis niet overschrijden.""",
 el=250, forms=["carbonate", "oxide"], dv=67, sc=100)

# ------------------------------------------------------------------ cs
add("cs19_swissnatural_slozeni_prose_ve_forme_oxidu_a_laktatu_250", "cs", "eu",
 "Modelled on a Swiss Natural ho\u0159\u010d\u00edk tablet (Czech Republic; the product and wording set here, may not match a current SKU): NO TABLE, one prose sentence, 'Slo\u017een\u00ed 1 tablety: ho\u0159\u010d\u00edk 250 mg (67 % RHP*) ve form\u011b oxidu ho\u0159e\u010dnat\u00e9ho a lakt\u00e1tu ho\u0159e\u010dnat\u00e9ho; vitamin B6 2 mg (143 % RHP*).' (250/375 = 66.7; B6 2/1.4 = 142.9). Forms oxide, lactate; 'stear\u00e1t ho\u0159e\u010dnat\u00fd' is an excipient. 1 tableta denn\u011b from 60: serving_count 60.",
"""Swiss Natural
Hořčík 250 mg + B6
Doplněk stravy | 60 tablet
Složení 1 tablety: hořčík 250 mg (67 % RHP*) ve formě oxidu hořečnatého a laktátu hořečnatého; vitamin B6 2 mg (143 % RHP*).
*RHP = referenční hodnota příjmu
Další složky: plnidlo: mikrokrystalická celulóza; protispékavá látka: stearát hořečnatý.
Doporučené dávkování: 1 tableta denně, zapít vodou. Nepřekračujte doporučenou denní dávku.""",
 el=250, forms=["oxide", "lactate"], dv=67, sc=60)

# ------------------------------------------------------------------ hu
add("hu19_scitec_magnezium_citrat_1500_ebbol_magnezium_240", "hu", "eu",
 "Modelled on a Scitec Nutrition magnesium capsule (Hungary; the product and panel set here, may not match a current SKU): the COMPOUND ROW FIRST and the element on an 'ebb\u0151l' (of which) row, '\u00d6sszetev\u0151k napi adagban (3 kapszula) | | NRV%*', 'Magn\u00e9zium-citr\u00e1t | 1500 mg |', 'ebb\u0151l magn\u00e9zium | 240 mg | 64%' (1,500 x 0.16 = 240; 240/375 = 64). 1500 mg is the compound. 90 kapszula / 3 = 30.",
"""Scitec Nutrition
Magnesium Citrate
Étrend-kiegészítő | 90 kapszula
Összetevők napi adagban (3 kapszula) | | NRV%*
Magnézium-citrát | 1500 mg |
ebből magnézium | 240 mg | 64%
*NRV: napi beviteli referenciaérték
Összetevők: magnézium-citrát, kapszulahéj: hidroxipropil-metilcellulóz.
Javasolt napi adag: naponta 3 kapszula, étkezés közben, bő folyadékkal. Az ajánlott napi adagot ne lépje túl!""",
 el=240, forms=["citrate"], dv=64, sc=30)

# ------------------------------------------------------------------ ro
add("ro19_zenyth_o_capsula_si_doza_zilnica_bisglicinat_200", "ro", "eu",
 "Modelled on a Zenyth magnesium capsule (Romania; the product and panel set here, may not match a current SKU): 'Ingrediente active | 1 capsul\u0103 | 2 capsule (doza zilnic\u0103) | %VNR*', 'Magneziu (bisglicinat de magneziu) | 100 mg | 200 mg | 53%' (200/375 = 53.3). The daily dose is the value (200 mg), per capsule in elemental_alt_mg (100). 60 capsule / 2 = 30.",
"""Zenyth
Magneziu Bisglicinat
Supliment alimentar | 60 capsule
Ingrediente active | 1 capsulă | 2 capsule (doza zilnică) | %VNR*
Magneziu (bisglicinat de magneziu) | 100 mg | 200 mg | 53%
*VNR – valori nutriționale de referință
Ingrediente: bisglicinat de magneziu, capsulă vegetală (hidroxipropilmetilceluloză).
Mod de administrare: câte 1 capsulă de 2 ori pe zi, în timpul meselor. Nu depășiți doza zilnică recomandată.""",
 el=200, forms=["glycinate"], dv=53, sc=30, elemental_alt_mg=100)

# ------------------------------------------------------------------ pt
add("pt19_naturwell_treonato_2000_dos_quais_magnesio_144", "pt", "eu",
 "Modelled on a Naturwell magnesium capsule (Portugal; the threonate product and wording are set here and may not exist in this form): NO TABLE, 'Cada dose di\u00e1ria (3 c\u00e1psulas) cont\u00e9m: treonato de magn\u00e9sio 2 000 mg, dos quais magn\u00e9sio 144 mg (38% VRN*).' (2,000 x 0.072 = 144; 144/375 = 38.4). 2 000 mg is the compound. 90 c\u00e1psulas / 3 = 30.",
"""Naturwell
Magnésio Treonato
Suplemento alimentar | 90 cápsulas
Cada dose diária (3 cápsulas) contém: treonato de magnésio 2 000 mg, dos quais magnésio 144 mg (38% VRN*).
*VRN: valor de referência do nutriente
Ingredientes: L-treonato de magnésio, cápsula vegetal (hidroxipropilmetilcelulose).
Modo de utilização: tomar 3 cápsulas por dia, de preferência ao fim da tarde. Não exceder a toma diária recomendada.""",
 el=144, forms=["threonate"], dv=38, sc=30)

# ------------------------------------------------------------------ sv
add("sv19_nygards_innehall_per_dagsdos_som_citrat_och_oxid_300", "sv", "eu",
 "Modelled on a Nyg\u00e5rds magnesium tablet (Sweden; the product and panel set here, may not match a current SKU): a conjunction-joined source in the row, 'Inneh\u00e5ll per dagsdos (2 tabletter) | | %RI*', 'Magnesium (som magnesiumcitrat och magnesiumoxid) | 300 mg | 80 %' (300/375 = 80). 60 tabletter / 2 = 30.",
"""Nygårds
Magnesium 300
Kosttillskott | 60 tabletter
Innehåll per dagsdos (2 tabletter) | | %RI*
Magnesium (som magnesiumcitrat och magnesiumoxid) | 300 mg | 80 %
*RI = referensintag
Ingredienser: magnesiumcitrat, magnesiumoxid, fyllnadsmedel: mikrokristallin cellulosa; klumpförebyggande medel: kiseldioxid.
Dosering: 1 tablett 2 gånger dagligen i samband med måltid. Rekommenderad daglig dos bör inte överskridas.""",
 el=300, forms=["citrate", "oxide"], dv=80, sc=30)

# ------------------------------------------------------------------ da
add("da19_helsam_naeringsindhold_dagsdosis_laktat_300_mg_12_3_mmol", "da", "eu",
 "Modelled on a Helsam magnesium tablet (Denmark; the product and panel set here, may not match a current SKU): MILLIMOLES in the amount cell, 'N\u00e6ringsindhold pr. dagsdosis (2 tabletter) | | % NRV*', 'Magnesium (som laktat) | 300 mg (12,3 mmol) | 80 %' (300/24.305 = 12.34; 300/375 = 80; MMOL). Form lactate. 60 tabletter / 2 = 30.",
"""Helsam
Magnesium 300 mg
Kosttilskud | 60 tabletter
Næringsindhold pr. dagsdosis (2 tabletter) | | % NRV*
Magnesium (som laktat) | 300 mg (12,3 mmol) | 80 %
*NRV = næringsstofreferenceværdi
Ingredienser: magnesiumlaktat, fyldstof: mikrokrystallinsk cellulose; antiklumpningsmiddel: siliciumdioxid.
Dosering: 1 tablet 2 gange dagligt med vand. Den anbefalede daglige dosis bør ikke overskrides.""",
 el=300, forms=["lactate"], dv=80, sc=30)

# ------------------------------------------------------------------ fi
add("fi19_hankintatukku_paivaannos_2_kapselia_bisglysinaattina_200", "fi", "eu",
 "Modelled on a Hankintatukku magnesium capsule (Finland; the product and panel set here, may not match a current SKU): 'P\u00e4iv\u00e4annos (2 kapselia) sis\u00e4lt\u00e4\u00e4 | | % saannin vertailuarvosta*', 'Magnesium (magnesiumbisglysinaattina) | 200 mg | 53 %' (200/375 = 53.3). Form glycinate. 120 kapselia / 2 = 60.",
"""Hankintatukku
Magnesium Bisglysinaatti
Ravintolisä | 120 kapselia
Päiväannos (2 kapselia) sisältää | | % saannin vertailuarvosta*
Magnesium (magnesiumbisglysinaattina) | 200 mg | 53 %
*saannin vertailuarvo (NRV)
Ainesosat: magnesiumbisglysinaatti, kapselikuori (hydroksipropyylimetyyliselluloosa).
Käyttö: 2 kapselia päivässä ruokailun yhteydessä. Suositeltua päivittäistä annosta ei pidä ylittää.""",
 el=200, forms=["glycinate"], dv=53, sc=60)

# ------------------------------------------------------------------ hr
add("hr19_bivital_hranjiva_vrijednost_sumeca_tableta_karbonat_375", "hr", "eu",
 "Modelled on a Bivital magnesium effervescent tablet (Croatia; the product and panel set here, may not match a current SKU): Croatian 'Magnezij', 'Hranjiva vrijednost | u 1 \u0161ume\u0107oj tableti | %NRV*', 'Magnezij | 375 mg | 100%' with a sodium row 'Natrij | 290 mg |' below. Magnesium carbonate in the ingredients ('magnezijev karbonat'); sodium hydrogen carbonate is not a magnesium form. 1 tableta dnevno from 20: serving_count 20.",
"""Bivital
Magnezij 375 mg
Dodatak prehrani | 20 šumećih tableta
Hranjiva vrijednost | u 1 šumećoj tableti | %NRV*
Magnezij | 375 mg | 100%
Natrij | 290 mg |
*NRV – prehrambena referentna vrijednost
Sastojci: kiselina: limunska kiselina; magnezijev karbonat, regulator kiselosti: natrijev hidrogenkarbonat; aroma naranče, sladilo: sukraloza.
Način uporabe: 1 šumeću tabletu dnevno otopiti u čaši vode (200 ml). Ne prekoračiti preporučenu dnevnu dozu.""",
 el=375, forms=["carbonate"], dv=100, sc=20)

# ------------------------------------------------------------------ sl
add("sl19_krka_hranilne_vrednosti_per_sachet_first_then_per_100g_300", "sl", "eu",
 "Modelled on Krka Magnezij sachets (Slovenia; the amounts and panel set here, may not match the current label): the PER-PORTION COLUMN FIRST and the per-100 g column SECOND, 'Hranilne vrednosti | na 1 vre\u010dko (5 g) | na 100 g | % PV*', 'Magnezij | 300 mg | 6000 mg | 80 %' (6,000 x 5/100 = 300; 300/375 = 80). The per-100 g figure is a trap (PER100). Citrate in the ingredients. 1 vre\u010dka na dan from 20: serving_count 20.",
"""Krka
Magnezij 300 mg
Prehransko dopolnilo | 20 vrečk po 5 g
Hranilne vrednosti | na 1 vrečko (5 g) | na 100 g | % PV*
Magnezij | 300 mg | 6000 mg | 80 %
*PV = priporočeni dnevni vnos (prehranska referenčna vrednost)
Sestavine: magnezijev citrat, kislina: citronska kislina; aroma limone, sladilo: sukraloza.
Uporaba: vsebino 1 vrečke na dan raztopite v kozarcu vode. Ne prekoračite priporočenega dnevnega vnosa.""",
 el=300, forms=["citrate"], dv=80, sc=20)

# ------------------------------------------------------------------ et
add("et19_ecosh_toitainete_sisaldus_2_kapslis_magneesiumtsitraat_200", "et", "eu",
 "Modelled on an Ecosh magnesium capsule (Estonia; the product and panel set here, may not match a current SKU): Estonian 'Magneesium', 'Toitainete sisaldus | 2 kapslis | %TVV*', 'Magneesium (magneesiumtsitraadina) | 200 mg | 53%' (200/375 = 53.3). Form citrate ('magneesiumtsitraat' in the ingredients). 90 kapslit / 2 = 45.",
"""Ecosh
Magneesium tsitraat
Toidulisand | 90 kapslit
Toitainete sisaldus | 2 kapslis | %TVV*
Magneesium (magneesiumtsitraadina) | 200 mg | 53%
*TVV – toitumisalane võrdlusväärtus
Koostisosad: magneesiumtsitraat, kapsli kest: hüdroksüpropüülmetüültselluloos.
Kasutamine: 2 kapslit päevas söögi ajal. Soovitatavat päevast annust mitte ületada.""",
 el=200, forms=["citrate"], dv=53, sc=45)

# ------------------------------------------------------------------ negatives (EU)
add("ng19_es_hacendado_vitamina_c_zinc_estearato_de_magnesio", "es", "negative",
 "Modelled on a Hacendado (Mercadona) vitamin C + zinc tablet (Spain; the panel set here, may not match a current SKU): vitamin C and zinc rows only; magnesium only as the excipient 'antiaglomerante: estearato de magnesio' -> no_magnesium. 1 comprimido al d\u00eda from 30: serving_count 30.",
"""Hacendado
Vitamina C + Zinc
Complemento alimenticio | 30 comprimidos
Información nutricional | por comprimido | %VRN*
Vitamina C | 500 mg | 625%
Zinc | 10 mg | 100%
*VRN: valores de referencia de nutrientes
Ingredientes: ácido L-ascórbico, agente de carga: celulosa microcristalina; gluconato de zinc, antiaglomerante: estearato de magnesio.
Modo de empleo: tomar 1 comprimido al día con agua. No superar la dosis diaria expresamente recomendada.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=30)

add("ng19_sv_biosalma_zink_tablett_magnesiumstearat", "sv", "negative",
 "Modelled on a Biosalma zinc tablet (Sweden; the panel set here, may not match a current SKU): 'Inneh\u00e5ll per tablett | | %RI*', 'Zink (som zinkglukonat) | 15 mg | 150 %'; magnesium only as 'magnesiumstearat' -> no_magnesium. 1 tablett dagligen from 90: serving_count 90.",
"""Biosalma
Zink 15 mg
Kosttillskott | 90 tabletter
Innehåll per tablett | | %RI*
Zink (som zinkglukonat) | 15 mg | 150 %
*RI = referensintag
Ingredienser: zinkglukonat, fyllnadsmedel: mikrokristallin cellulosa; klumpförebyggande medel: magnesiumstearat.
Dosering: 1 tablett dagligen i samband med måltid.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=90)

add("ng19_ro_pharmex_calciu_vitamina_d3_stearat_de_magneziu", "ro", "negative",
 "Modelled on a Pharmex calcium + D3 tablet (Romania; the brand's product and the panel are set here and may not exist in this form): 'Con\u021binut | per comprimat | %VNR*', calcium and vitamin D3 only; magnesium only as 'stearat de magneziu' -> no_magnesium. 1 comprimat pe zi from 60: serving_count 60.",
"""Pharmex
Calciu + Vitamina D3
Supliment alimentar | 60 comprimate
Conținut | per comprimat | %VNR*
Calciu | 600 mg | 75%
Vitamina D3 | 10 µg | 200%
*VNR – valori nutriționale de referință
Ingrediente: carbonat de calciu, agent de încărcare: celuloză microcristalină; colecalciferol, agent antiaglomerant: stearat de magneziu.
Mod de administrare: 1 comprimat pe zi, după masă. Nu depășiți doza zilnică recomandată.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=60)
