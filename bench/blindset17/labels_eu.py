# Label sources, part EU (blind set 17): the 16 EU labels (de 2; fr, it, pl, es, nl, cs, hu, ro, pt, sv, da, fi, hr, sl 1 each)
# and the German, French and Spanish negatives. Imports add/L from labels_us.py (same format). DV base 375 (EU NRV) by
# default for non-English labels.
from labels_us import add, L

# ------------------------------------------------------------------ de
add("de17_tetesept_brausetablette_300mg_12_3_mmol", "de", "eu",
 "Modelled on a tetesept Magnesium effervescent tablet (Germany; the product and panel set here, may not match a current SKU): the amount AND MILLIMOLES in one cell, 'Magnesium | 300 mg (12,3 mmol) | 80 %' (300/24.305 = 12.3 mmol; 300/375 = 80), 'pro Brausetablette'; magnesium carbonate and oxide in the ingredients (the citric acid is an acidifier). One tablet a day from 20: serving_count 20.",
"""tetesept
Magnesium 300 Brausetabletten
Nahrungsergänzungsmittel | 20 Brausetabletten | Zitrone
Nährwerte | pro Brausetablette | % NRV*
Magnesium | 300 mg (12,3 mmol) | 80 %
*NRV = Nährstoffbezugswert
Zutaten: Säuerungsmittel Citronensäure, Magnesiumcarbonat, Säureregulator Natriumhydrogencarbonat, Magnesiumoxid, Aroma, Süßungsmittel Sucralose, Farbstoff Riboflavin.
Verzehrempfehlung: Täglich 1 Brausetablette in einem Glas Wasser (200 ml) auflösen und trinken. Die empfohlene tägliche Verzehrmenge darf nicht überschritten werden.""",
 el=300, forms=["carbonate", "oxide"], dv=80, sc=20)

add("de17_natugena_pulver_pro_100g_column_beside_tagesportion_4g", "de", "eu",
 "Modelled on a Natugena magnesium citrate powder (Germany; the product and panel set here, may not match a current SKU): a PER-100 g column BESIDE the daily portion, 'N\u00e4hrwerte | pro 100 g | pro Tagesportion (4 g) | % NRV* pro Tagesportion', 'Magnesium | 9000 mg | 360 mg | 96 %' (9,000 x 4/100 = 360; 360/375 = 96). The per-100 g figure is a trap. 200 g / 4 g = 50 (IMPLIED_SC).",
"""natugena
Magnesiumcitrat Pulver
Nahrungsergänzungsmittel | 200 g
Nährwerte | pro 100 g | pro Tagesportion (4 g) | % NRV* pro Tagesportion
Magnesium | 9000 mg | 360 mg | 96 %
*NRV = Nährstoffbezugswert
Zutaten: Magnesiumcitrat, Säuerungsmittel Citronensäure.
Verzehrempfehlung: 1 gestrichenen Messlöffel (4 g) täglich in 200 ml Wasser einrühren und trinken. Die empfohlene tägliche Verzehrmenge nicht überschreiten. Für kleine Kinder unzugänglich aufbewahren.""",
 el=360, forms=["citrate"], dv=96, sc=50)

# ------------------------------------------------------------------ fr (Belgian, bilingual fr/nl)
add("fr17_tilman_bilingual_fr_nl_par_comprime_ar_ri_150", "fr", "eu",
 "Modelled on a Tilman magnesium tablet (Belgium; the product and panel set here, may not match a current SKU): a BILINGUAL French/Dutch table, 'Valeurs nutritionnelles / Voedingswaarden | par comprim\u00e9 / per tablet | AR* / RI*', 'Magn\u00e9sium / Magnesium | 150 mg | 40 %' (150/375 = 40); dose '1 \u00e0 2 comprim\u00e9s par jour / 1 tot 2 tabletten per dag'. Per-unit panel with a 1-2 range: per tablet 150 mg, count of units 60. Language fr (French first).",
"""Tilman
Magnésium 150 / Magnesium 150
Complément alimentaire / Voedingssupplement | 60 comprimés / tabletten
Valeurs nutritionnelles / Voedingswaarden | par comprimé / per tablet | AR* / RI*
Magnésium / Magnesium | 150 mg | 40 %
Vitamine B6 / Vitamine B6 | 0,7 mg | 50 %
*AR : apport de référence / RI : referentie-inname
Ingrédients / Ingrediënten : oxyde de magnésium / magnesiumoxide, cellulose microcristalline / microkristallijne cellulose, chlorhydrate de pyridoxine / pyridoxinehydrochloride.
Utilisation / Gebruik : 1 à 2 comprimés par jour / 1 tot 2 tabletten per dag.""",
 el=150, forms=["oxide"], dv=40, sc=60)

# ------------------------------------------------------------------ it
add("it17_biosline_magnesio_totale_three_da_parts", "it", "eu",
 "Modelled on a Bios Line Principium magnesium tablet (Italy; the product and panel set here, may not match a current SKU): a TOTAL row 'Magnesio totale 300 mg 80%' (300/375 = 80) and THREE 'da \u2026' parts, each an element figure for one salt, 'da magnesio citrato 150 mg', 'da magnesio bisglicinato 100 mg', 'da magnesio pidolato 50 mg' (parts of the total, not additions). 60 compresse / 2 = 30.",
"""Bios Line
Principium Magnesio Completo
Integratore alimentare | 60 compresse
Tenori medi | per dose giornaliera (2 compresse) | %VNR*
Magnesio totale | 300 mg | 80%
da magnesio citrato | 150 mg |
da magnesio bisglicinato | 100 mg |
da magnesio pidolato | 50 mg |
*VNR: valori nutritivi di riferimento
Ingredienti: magnesio citrato, magnesio bisglicinato, magnesio pidolato, agente di carica: cellulosa microcristallina; antiagglomerante: biossido di silicio.
Modalità d'uso: 2 compresse al giorno, una al mattino e una alla sera.""",
 el=300, forms=["citrate", "glycinate", "pidolate"], dv=80, sc=30)

# ------------------------------------------------------------------ pl
add("pl17_aflofarm_amounts_before_names_200_mg_magnezu", "pl", "eu",
 "Modelled on an Aflofarm magnesium tablet (Poland; the product and wording set here, may not match a current SKU): NO TABLE, the AMOUNTS WRITTEN BEFORE THE NAMES in the genitive, 'Porcja dzienna (2 tabletki) zawiera:', '200 mg magnezu (53% RWS*) z cytrynianu magnezu', '1,4 mg witaminy B6 (100% RWS*)' (200/375 = 53.3). 50 tabletek / 2 = 25.",
"""Aflofarm
Magnez Cytrynian + B6
Suplement diety | 50 tabletek
Porcja dzienna (2 tabletki) zawiera:
200 mg magnezu (53% RWS*) z cytrynianu magnezu
1,4 mg witaminy B6 (100% RWS*)
*RWS – referencyjna wartość spożycia
Składniki: cytrynian magnezu, substancja wypełniająca: celuloza mikrokrystaliczna; chlorowodorek pirydoksyny.
Sposób użycia: 2 tabletki dziennie, po jednej rano i wieczorem, popijając wodą.""",
 el=200, forms=["citrate"], dv=53, sc=25)

# ------------------------------------------------------------------ es
add("es17_aquilea_magnesio_potasio_por_2_comprimidos_carbonato", "es", "eu",
 "Modelled on an Aquilea magnesio + potasio tablet (Spain; the product and panel set here, may not match a current SKU): 'Informaci\u00f3n nutricional | Por 2 comprimidos | %VRN*', 'Magnesio (Mg) 300 mg 80%' (300/375 = 80) above 'Potasio (K) 200 mg 10%'; magnesium carbonate in the ingredients (potassium citrate is not a Mg source). 60 comprimidos / 2 = 30.",
"""Aquilea
Magnesio + Potasio
Complemento alimenticio | 60 comprimidos
Información nutricional | Por 2 comprimidos | %VRN*
Magnesio (Mg) | 300 mg | 80%
Potasio (K) | 200 mg | 10%
Vitamina B6 | 1,4 mg | 100%
*VRN: valores de referencia de nutrientes
Ingredientes: carbonato de magnesio, citrato de potasio, agente de carga: celulosa microcristalina; clorhidrato de piridoxina.
Modo de empleo: tomar 2 comprimidos al día con un vaso de agua. No superar la dosis diaria expresamente recomendada.""",
 el=300, forms=["carbonate"], dv=80, sc=30)

# ------------------------------------------------------------------ nl
add("nl17_lucovitaal_gemiddelde_hoeveelheid_per_tablet_250_als_citraat", "nl", "eu",
 "Modelled on a Lucovitaal magnesium citrate tablet (Netherlands; the product and panel set here, may not match a current SKU): 'Gemiddelde hoeveelheid per tablet | | % RI*', the source inside the row, 'Magnesium (als magnesiumcitraat) 250 mg 67 %' (250/375 = 66.7). 1 tablet per dag from 90: serving_count 90.",
"""Lucovitaal
Magnesium Citraat 250 mg
Voedingssupplement | 90 tabletten
Gemiddelde hoeveelheid per tablet | | % RI*
Magnesium (als magnesiumcitraat) | 250 mg | 67 %
Vitamine B6 | 2,1 mg | 150 %
*RI = Referentie-inname
Ingrediënten: magnesiumcitraat, vulstof: microkristallijne cellulose; pyridoxinehydrochloride.
Gebruik: 1 tablet per dag met water innemen. De aanbevolen dagdosis niet overschrijden.""",
 el=250, forms=["citrate"], dv=67, sc=90)

# ------------------------------------------------------------------ cs
add("cs17_revital_2_tablety_obsahuji_250_mg_horciku_prose", "cs", "eu",
 "Modelled on a Revital ho\u0159\u010d\u00edk tablet (Czech Republic; the product and wording set here, may not match a current SKU): NO TABLE, the amount before the name in the genitive, '2 tablety obsahuj\u00ed:', '250 mg ho\u0159\u010d\u00edku (67 % RHP*)', 've form\u011b oxidu ho\u0159e\u010dnat\u00e9ho a citr\u00e1tu ho\u0159e\u010dnat\u00e9ho' (250/375 = 66.7). 60 tablet / 2 = 30.",
"""Revital
Hořčík 250 mg
Doplněk stravy | 60 tablet
2 tablety obsahují:
250 mg hořčíku (67 % RHP*) ve formě oxidu hořečnatého a citrátu hořečnatého
*RHP = referenční hodnota příjmu
Složení: oxid hořečnatý, citrát hořečnatý, plnidlo: mikrokrystalická celulóza; protispékavá látka: oxid křemičitý.
Dávkování: 2 tablety denně, zapít vodou. Nepřekračujte doporučenou denní dávku.""",
 el=250, forms=["oxide", "citrate"], dv=67, sc=30)

# ------------------------------------------------------------------ hu
add("hu17_naturtanya_magnezium_250mg_10_3_mmol_1_tablettaban", "hu", "eu",
 "Modelled on a Natur Tanya magn\u00e9zium tablet (Hungary; the product and panel set here, may not match a current SKU): amount and MILLIMOLES in one cell, 'Magn\u00e9zium (magn\u00e9zium-citr\u00e1t form\u00e1j\u00e1ban) | 250 mg (10,3 mmol) | 67%' (250/24.305 = 10.3 mmol; 250/375 = 66.7), per 1 tabletta. Napi 1 tabletta from 30: serving_count 30.",
"""Natur Tanya
Szerves Magnézium 250 mg
Étrend-kiegészítő tabletta | 30 db
Hatóanyag-tartalom 1 tablettában | | NRV%*
Magnézium (magnézium-citrát formájában) | 250 mg (10,3 mmol) | 67%
*NRV: napi beviteli referenciaérték
Összetevők: magnézium-citrát, töltőanyag: mikrokristályos cellulóz; csomósodást gátló anyag: szilícium-dioxid.
Javasolt napi adag: naponta 1 tabletta, bő folyadékkal.""",
 el=250, forms=["citrate"], dv=67, sc=30)

# ------------------------------------------------------------------ ro
add("ro17_hofigal_daily_dose_column_first_then_per_comprimat", "ro", "eu",
 "Modelled on a Hofigal magneziu tablet (Romania; the product and panel set here, may not match a current SKU): two amount columns with the DAILY-DOSE column FIRST and the per-tablet column second, 'Con\u021binut | 2 comprimate (doza zilnic\u0103) | 1 comprimat | %VNR* (2 comprimate)', 'Magneziu (din lactat de magneziu) | 150 mg | 75 mg | 40 %' (150/375 = 40). The daily dose is the value (150 mg), per tablet in elemental_alt_mg (75). 60 comprimate / 2 = 30.",
"""Hofigal
Magneziu Lactat
Supliment alimentar | 60 comprimate
Conținut | 2 comprimate (doza zilnică) | 1 comprimat | %VNR* (2 comprimate)
Magneziu (din lactat de magneziu) | 150 mg | 75 mg | 40 %
Vitamina B6 | 1,4 mg | 0,7 mg | 100 %
*VNR – valori nutriționale de referință
Ingrediente: lactat de magneziu, agent de încărcare: celuloză microcristalină; clorhidrat de piridoxină.
Mod de administrare: câte 1 comprimat de 2 ori pe zi, după mese.""",
 el=150, forms=["lactate"], dv=40, sc=30, elemental_alt_mg=75)

# ------------------------------------------------------------------ pt
add("pt17_biokygen_cada_capsula_contem_magnesio_marinho_300", "pt", "eu",
 "Modelled on a Biokygen magn\u00e9sio capsule (Portugal; the product and panel set here, may not match a current SKU): 'Cada c\u00e1psula cont\u00e9m: | | %VRN*', 'Magn\u00e9sio (\u00f3xido de magn\u00e9sio marinho) | 300 mg | 80%' (300/375 = 80). One capsule a day from 60: serving_count 60.",
"""Biokygen
Magnésio Marinho 300
Suplemento alimentar | 60 cápsulas
Cada cápsula contém: | | %VRN*
Magnésio (óxido de magnésio marinho) | 300 mg | 80%
*VRN: valores de referência do nutriente
Ingredientes: óxido de magnésio marinho, cápsula vegetal (hidroxipropilmetilcelulose).
Modo de utilização: tomar 1 cápsula por dia, com água, a uma das refeições. Não exceder a toma diária recomendada.""",
 el=300, forms=["oxide"], dv=80, sc=60)

# ------------------------------------------------------------------ sv
add("sv17_nyttoteket_tre_salter_per_dagsdos_3_kapslar_375", "sv", "eu",
 "Modelled on a Nyttoteket magnesium capsule (Sweden; the product and panel set here, may not match a current SKU): a THREE-capsule daily dose at exactly 100 %, 'N\u00e4ringsinneh\u00e5ll per dagsdos (3 kapslar) | | % RI*', 'Magnesium 375 mg 100 %' (375/375), with three salts only in the ingredients (bisglycinate, malate, taurate). 90 kapslar / 3 = 30.",
"""Nyttoteket
Magnesium Trio
Kosttillskott | 90 kapslar
Näringsinnehåll per dagsdos (3 kapslar) | | % RI*
Magnesium | 375 mg | 100 %
*RI = referensintag
Ingredienser: magnesiumbisglycinat, magnesiummalat, magnesiumtaurat, kapselhölje (hydroxipropylmetylcellulosa).
Dosering: 3 kapslar dagligen, gärna till kvällsmålet. Rekommenderat dagligt intag bör inte överskridas.""",
 el=375, forms=["glycinate", "malate", "taurate"], dv=100, sc=30)

# ------------------------------------------------------------------ da
add("da17_livol_indhold_pr_tablet_1_2_tabletter_dagligt_150", "da", "eu",
 "Modelled on a Livol magnesium tablet (Denmark; the product and panel set here, may not match a current SKU): a PER-TABLET table, 'Indhold pr. tablet | | % RI*', 'Magnesium 150 mg 40 %' (150/375 = 40), and a range 'Dosering: 1-2 tabletter dagligt'. Per-unit panel with a 1-2 range: per tablet 150 mg, count of units 100.",
"""Livol
Magnesium 150 mg
Kosttilskud | 100 tabletter
Indhold pr. tablet | | % RI*
Magnesium | 150 mg | 40 %
*RI = Referenceindtag
Ingredienser: magnesiumoxid, magnesiumcitrat, fyldstof: mikrokrystallinsk cellulose; antiklumpningsmiddel: magnesiumsalte af fedtsyrer.
Dosering: 1-2 tabletter dagligt med vand. Den anbefalede daglige dosis må ikke overskrides.""",
 el=150, forms=["oxide", "citrate"], dv=40, sc=100)

# ------------------------------------------------------------------ fi
add("fi17_puhdas_paivaannos_2_kapselia_magnesiumsitraattina_300", "fi", "eu",
 "Modelled on a Puhdas+ magnesium citrate capsule (Finland; the product and panel set here, may not match a current SKU): 'P\u00e4iv\u00e4annos (2 kapselia) | | % RI*', the source in the Finnish essive case inside the row, 'Magnesium (magnesiumsitraattina) 300 mg 80 %' (300/375 = 80). 120 kapselia / 2 = 60.",
"""Puhdas+
Magnesium Sitraatti
Ravintolisä | 120 kapselia
Päiväannos (2 kapselia) | | % RI*
Magnesium (magnesiumsitraattina) | 300 mg | 80 %
*RI = päivittäisen saannin vertailuarvo
Ainesosat: magnesiumsitraatti, kapselikuori (hydroksipropyylimetyyliselluloosa).
Käyttö: 2 kapselia päivässä veden kera. Suositeltua päiväannosta ei pidä ylittää.""",
 el=300, forms=["citrate"], dv=80, sc=60)

# ------------------------------------------------------------------ hr
add("hr17_naturala_vrecica_375_pu_100", "hr", "eu",
 "Modelled on a Naturala magnezij direct-granule sachet (Croatia; the brand as remembered, the product and panel set here, may not match a current SKU): 'Hranjiva vrijednost | 1 vre\u0107ica | % PU*', 'Magnezij | 375 mg | 100 %' (375/375) with the Croatian percent term '% PU' (preporu\u010deni unos); magnezijev citrat in the ingredients. One sachet a day from 20: serving_count 20.",
"""Naturala
Magnezij 375 Direkt
Dodatak prehrani | 20 vrećica
Hranjiva vrijednost | 1 vrećica | % PU*
Magnezij | 375 mg | 100 %
*PU = preporučeni unos
Sastojci: magnezijev citrat, sladilo: ksilitol; regulator kiselosti: limunska kiselina; aroma limuna.
Način uporabe: sadržaj 1 vrećice dnevno staviti izravno na jezik, bez vode. Ne prekoračiti preporučenu dnevnu dozu.""",
 el=375, forms=["citrate"], dv=100, sc=20)

# ------------------------------------------------------------------ sl
add("sl17_lekarnaljubljana_2_tableti_laktat_pv_53", "sl", "eu",
 "Modelled on a Lekarna Ljubljana pharmacy-brand magnezij tablet (Slovenia; the product and panel set here, may not match a current SKU): 'Hranilne vrednosti | 2 tableti | % PV*' with the Slovenian DUAL form 'tableti', 'Magnezij | 200 mg | 53 %' (200/375 = 53.3); magnezijev laktat in the ingredients. 60 tablet / 2 = 30.",
"""Lekarna Ljubljana
Magnezij 200
Prehransko dopolnilo | 60 tablet
Hranilne vrednosti | 2 tableti | % PV*
Magnezij | 200 mg | 53 %
*PV = priporočeni dnevni vnos
Sestavine: magnezijev laktat, polnilo: mikrokristalna celuloza; sredstvo proti strjevanju: magnezijeve soli maščobnih kislin.
Uporaba: 2 tableti na dan, 1 zjutraj in 1 zvečer, z vodo. Ne prekoračite priporočenega dnevnega odmerka.""",
 el=200, forms=["lactate"], dv=53, sc=30)

# ------------------------------------------------------------------ negatives (de, fr, es)
add("neg17_de_dasgesundeplus_zink_magnesiumsalze_der_speisefettsaeuren", "de", "negative",
 "Modelled on a Das gesunde Plus zinc tablet (Germany, dm; the product and panel set here, may not match a current SKU): zinc only ('Zinkgluconat'); magnesium appears only as the anti-caking agent 'Magnesiumsalze der Speisefetts\u00e4uren' -> no_magnesium. 60 Tabletten, 1 a day: serving_count 60.",
"""Das gesunde Plus
Zink 10 mg
Nahrungsergänzungsmittel | 60 Tabletten
Nährwerte | pro Tablette | % NRV*
Zink | 10 mg | 100 %
*NRV = Nährstoffbezugswert
Zutaten: Füllstoff mikrokristalline Cellulose, Zinkgluconat, Trennmittel Magnesiumsalze der Speisefettsäuren, Siliciumdioxid.
Verzehrempfehlung: Täglich 1 Tablette mit ausreichend Flüssigkeit verzehren.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=60)

add("neg17_fr_fortepharma_vitamine_c_stearate_de_magnesium", "fr", "negative",
 "Modelled on a Fort\u00e9 Pharma vitamin C tablet (France; the product and panel set here, may not match a current SKU): vitamin C only; magnesium appears only as 'st\u00e9arate de magn\u00e9sium' (anti-caking agent) -> no_magnesium. 30 comprim\u00e9s, 1 a day: serving_count 30.",
"""Forté Pharma
Vitamine C 500
Complément alimentaire | 30 comprimés
Composition pour 1 comprimé | | % VNR*
Vitamine C | 500 mg | 625 %
*VNR : valeurs nutritionnelles de référence
Ingrédients : acide L-ascorbique, agent de charge : cellulose microcristalline ; antiagglomérant : stéarate de magnésium.
Conseils d'utilisation : 1 comprimé par jour, le matin, avec un verre d'eau.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=30)

add("neg17_es_deiters_vitamina_d3_k2_estearato_de_magnesio", "es", "negative",
 "Modelled on a Deiters vitamin D3 + K2 capsule (Spain; the product and panel set here, may not match a current SKU): vitamins D and K only; magnesium appears only as 'estearato de magnesio' -> no_magnesium. 60 c\u00e1psulas, 1 a day: serving_count 60.",
"""Deiters
Vitamina D3 + K2
Complemento alimenticio | 60 cápsulas
Información nutricional | Por cápsula | %VRN*
Vitamina D | 25 µg | 500%
Vitamina K | 75 µg | 100%
*VRN: valores de referencia de nutrientes
Ingredientes: agente de carga: celulosa microcristalina; cápsula (hidroxipropilmetilcelulosa), menaquinona-7, colecalciferol, antiaglomerante: estearato de magnesio.
Modo de empleo: tomar 1 cápsula al día con una comida.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=60)
