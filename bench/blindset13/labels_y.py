# Label sources, part Y (blind set 13): the 15 EU labels (2 each de, fr, it, es, pl, nl; 1 each cs, sk (a Slovak/Czech bilingual
# panel), ro) and the French and German negatives (a melatonin supplement; a zinc medicine). Imports add/L from labels_x.py
# (same format). DV base 375 (EU NRV) by default for non-English labels.
from labels_x import add, L

# ------------------------------------------------------------------ de
add("de13_additiva_brausetablette_400_107_natrium_hinweis", "de", "eu",
 "Modelled on Additiva\u00ae Magnesium 400 mg Brausetabletten (Dr. Scheffler, Germany; as remembered, amounts approximate, may not match a current SKU): 'N\u00e4hrstoffe | je Brausetablette | % NRV*' with 'Magnesium 400 mg 107 %' (400/375 = 106.7), a sodium note '0,28 g Natrium' below the directions, and citric acid + sodium hydrogen carbonate + magnesium carbonate + magnesium oxide in the Zutaten. 1 Brausetablette t\u00e4glich -> 20 Brausetabletten -> 20.",
"""Additiva\u00ae
Magnesium 400 mg
Brausetabletten | Nahrungserg\u00e4nzungsmittel | Orangengeschmack | 20 Brausetabletten
N\u00e4hrstoffe | je Brausetablette | % NRV*
Magnesium | 400 mg | 107 %
*NRV = N\u00e4hrstoffbezugswert gem\u00e4\u00df Verordnung (EU) Nr. 1169/2011
Zutaten: S\u00e4uerungsmittel Citronens\u00e4ure, Magnesiumcarbonat, S\u00e4ureregulator Natriumhydrogencarbonat, Magnesiumoxid, Maltodextrin, Aroma, S\u00fc\u00dfungsmittel Sucralose und Acesulfam-K, Farbstoff Beta-Carotin.
Verzehrempfehlung: T\u00e4glich 1 Brausetablette in einem Glas Wasser (200 ml) aufl\u00f6sen und trinken. Die angegebene empfohlene t\u00e4gliche Verzehrmenge darf nicht \u00fcberschritten werden.
Eine Brausetablette enth\u00e4lt 0,28 g Natrium.""",
 el=400, forms=["carbonate", "oxide"], dv=107, sc=20)

add("de13_drboehm_243mg_footnote_10_mmol", "de", "eu",
 "Modelled on Dr. B\u00f6hm\u00ae Magnesium Filmtabletten (Apomedica, Austria; as remembered, amounts approximate, may not match a current SKU): 'N\u00e4hrwertinformation | pro Tagesdosis (1 Filmtablette) | % NRV*' with 'Magnesium\u00b9 243 mg 65 %' (243/375 = 64.8) and the molar amount in a FOOTNOTE, '\u00b9 entspricht 10 mmol Magnesium' (10 x 24.3 = 243). Magnesiumcitrat and Magnesiumoxid. 30 Filmtabletten / 1 = 30.",
"""Dr. B\u00f6hm\u00ae
Magnesium
Nahrungserg\u00e4nzungsmittel | 30 Filmtabletten
N\u00e4hrwertinformation | pro Tagesdosis (1 Filmtablette) | % NRV*
Magnesium\u00b9 | 243 mg | 65 %
\u00b9 entspricht 10 mmol Magnesium
*NRV = N\u00e4hrstoffbezugswert
Zutaten: Magnesiumcitrat, Magnesiumoxid, F\u00fcllstoff: mikrokristalline Cellulose; \u00dcberzugsmittel: Hydroxypropylmethylcellulose, Talkum, Farbstoff Titandioxid; Trennmittel: Magnesiumsalze der Speisefetts\u00e4uren.
Verzehrempfehlung: 1 Filmtablette t\u00e4glich unzerkaut mit ausreichend Fl\u00fcssigkeit einnehmen.""",
 el=243, forms=["citrate", "oxide"], dv=65, sc=30)

# ------------------------------------------------------------------ fr
add("fr13_nutravalia_total_then_dont_issu_de_three_salts", "fr", "eu",
 "Modelled on a Nutravalia magnesium capsule with three salts (France; as remembered, re-set): the TOTAL first, 'Magn\u00e9sium 300 mg 80 %' (300/375), then three 'dont magn\u00e9sium issu du ...' rows (bisglycinate 150 mg, citrate 100 mg, malate 50 mg) that add up to the total. The total is the value. 60 g\u00e9lules / 2 = 30.",
"""NUTRAVALIA
Magn\u00e9sium 3 Formes
Bisglycinate, Citrate, Malate | Compl\u00e9ment alimentaire | 60 g\u00e9lules v\u00e9g\u00e9tales
Valeurs nutritionnelles | pour 2 g\u00e9lules | % VNR*
Magn\u00e9sium | 300 mg | 80 %
dont magn\u00e9sium issu du bisglycinate | 150 mg |
dont magn\u00e9sium issu du citrate | 100 mg |
dont magn\u00e9sium issu du malate | 50 mg |
*VNR : valeurs nutritionnelles de r\u00e9f\u00e9rence
Ingr\u00e9dients : bisglycinate de magn\u00e9sium, citrate de magn\u00e9sium, malate de magn\u00e9sium ; enveloppe de la g\u00e9lule : hydroxypropylm\u00e9thylcellulose ; antiagglom\u00e9rant : st\u00e9arate de magn\u00e9sium v\u00e9g\u00e9tal.
Conseils d'utilisation : 2 g\u00e9lules par jour, le soir, avec un grand verre d'eau. Ne pas d\u00e9passer la dose journali\u00e8re recommand\u00e9e.""",
 el=300, forms=["glycinate", "citrate", "malate"], dv=80, sc=30)

add("fr13_fleurance_gommes_112_5_mg_decimal_comma", "fr", "eu",
 "Modelled on Fleurance Nature Magn\u00e9sium + Vitamine B6 gummies (France; as remembered, amounts approximate, may not match a current SKU): 'Teneurs moyennes | Pour 2 gommes | % VNR*' with an energy row and 'Magn\u00e9sium 112,5 mg 30 %' (a DECIMAL-COMMA amount; 112.5/375 = 30). Citrate de magn\u00e9sium. 60 gommes / 2 = 30.",
"""FLEURANCE NATURE
Magn\u00e9sium + Vitamine B6
Gummies go\u00fbt framboise | Compl\u00e9ment alimentaire | 60 gommes
Teneurs moyennes | Pour 2 gommes | % VNR*
\u00c9nergie | 34 kJ / 8 kcal |
Magn\u00e9sium | 112,5 mg | 30 %
Vitamine B6 | 0,42 mg | 30 %
*VNR : valeurs nutritionnelles de r\u00e9f\u00e9rence
Ingr\u00e9dients : sirop de glucose, sucre, eau, citrate de magn\u00e9sium, g\u00e9lifiant : pectine ; acidifiant : acide citrique ; ar\u00f4me naturel de framboise ; concentr\u00e9 de carotte noire ; agent d'enrobage : cire de carnauba ; chlorhydrate de pyridoxine.
Conseils d'utilisation : 2 gommes par jour, \u00e0 m\u00e2cher. Ne pas d\u00e9passer la dose journali\u00e8re recommand\u00e9e. Tenir hors de port\u00e9e des jeunes enfants.""",
 el=112.5, forms=["citrate"], dv=30, sc=30)

# ------------------------------------------------------------------ it
add("it13_pharmanutra_ultramag_sucrosomiale_bustina_ossido", "it", "eu",
 "Modelled on Pharmanutra UltraMag\u00ae orosoluble sachets with Magnesio Sucrosomiale\u00ae (Italy; as remembered, amounts approximate; unicosettimanale.it consulted for the background that sucrosomial magnesium is magnesium oxide carried in sucrosomes): 'Tenori medi | per bustina | %VNR*' with 'Magnesio 250 mg 67 %' (250/375 = 66.7); the salt appears only inside the branded ingredient, 'Magnesio Sucrosomiale\u00ae (ossido di magnesio, ...)' -> oxide; tricalcium phosphate is calcium. 1 bustina al giorno -> 20 bustine -> 20.",
"""PHARMANUTRA
UltraMag\u00ae
Magnesio Sucrosomiale\u00ae | Integratore alimentare | 20 bustine orosolubili | gusto arancia
Tenori medi | per bustina | %VNR*
Magnesio | 250 mg | 67 %
*VNR: Valori Nutritivi di Riferimento
Ingredienti: Magnesio Sucrosomiale\u00ae (ossido di magnesio, amido pregelatinizzato, esteri di saccarosio degli acidi grassi, lecitina di girasole, fosfato tricalcico); edulcoranti: sorbitolo, xilitolo; aroma; antiagglomerante: biossido di silicio.
Modalit\u00e0 d'uso: 1 bustina al giorno, da assumere direttamente in bocca senza acqua. Non superare la dose giornaliera consigliata.""",
 el=250, forms=["oxide"], dv=67, sc=20)

add("it13_bioline_bisglicinato_per_compressa_e_per_dose", "it", "eu",
 "Modelled on Bioline Integratori Magnesio Bisglicinato tablets (Italy; biolineintegratori.com consulted for the product; the panel, amounts and excipients are set here): 'Contenuti medi | per 1 compressa | per dose giornaliera (2 compresse) | %VNR* dose giornaliera' -> 'Magnesio 100 mg 200 mg 53 %'. The daily dose (2 compresse) is the serving, 200 mg (200/375 = 53.3); per tablet 100 mg in elemental_alt_mg. 60 compresse / 2 = 30.",
"""BIOLINE INTEGRATORI
Magnesio Bisglicinato
Integratore alimentare | 60 compresse
Contenuti medi | per 1 compressa | per dose giornaliera (2 compresse) | %VNR* dose giornaliera
Magnesio | 100 mg | 200 mg | 53 %
*VNR: Valori Nutritivi di Riferimento
Ingredienti: magnesio bisglicinato; agente di carica: cellulosa microcristallina; antiagglomeranti: sali di magnesio degli acidi grassi, biossido di silicio.
Modalit\u00e0 d'uso: 2 compresse al giorno, una a pranzo e una a cena, con un bicchiere d'acqua. Non superare la dose giornaliera consigliata.""",
 el=200, forms=["glycinate"], dv=53, sc=30, elemental_alt_mg=100)

# ------------------------------------------------------------------ es
add("es13_vinas_totalmagnesiano_clasico_por_2_comprimidos", "es", "eu",
 "Modelled on Total Magnesiano\u00ae Cl\u00e1sico (Laboratorios Vi\u00f1as, Spain; as remembered, composition and amounts approximate, may not match a current SKU): 'Informaci\u00f3n nutricional | Por 2 comprimidos | %VRN*' with 'Magnesio 264 mg 70 %' (264/375 = 70.4), carbonato de magnesio and cloruro de magnesio in the ingredients; fosfato dic\u00e1lcico is calcium. 60 comprimidos / 2 = 30.",
"""TOTAL MAGNESIANO\u00ae
Cl\u00e1sico
Laboratorios Vi\u00f1as | Complemento alimenticio | 60 comprimidos
Informaci\u00f3n nutricional | Por 2 comprimidos | %VRN*
Magnesio | 264 mg | 70 %
*VRN: Valores de Referencia de Nutrientes
Ingredientes: carbonato de magnesio, cloruro de magnesio, agentes de carga: celulosa microcristalina y fosfato dic\u00e1lcico; antiaglomerante: estearato de magnesio.
Modo de empleo: tomar 2 comprimidos al d\u00eda, uno en el desayuno y otro en la cena, con un vaso de agua. No superar la dosis diaria expresamente recomendada.""",
 el=264, forms=["carbonate", "chloride"], dv=70, sc=30)

add("es13_farline_cantidad_por_comprimido_1_o_2", "es", "eu",
 "Modelled on a Farline Magnesio + Vitamina B6 tablet (Spanish pharmacy brand; as remembered, may not match a current SKU): a per-unit panel 'Cantidad por comprimido | | %VRN*' with the source in parentheses without 'de', 'Magnesio (\u00f3xido de magnesio) 150 mg 40 %' (150/375), and '1 o 2 comprimidos al d\u00eda'. Per tablet; serving_count = 60 comprimidos (per-unit panel with a 1-2 range, as sets 8-12).",
"""FARLINE
Magnesio + Vitamina B6
Complemento alimenticio | 60 comprimidos
Cantidad por comprimido | | %VRN*
Magnesio (\u00f3xido de magnesio) | 150 mg | 40 %
Vitamina B6 (clorhidrato de piridoxina) | 0,7 mg | 50 %
*VRN: Valores de Referencia de Nutrientes
Ingredientes: \u00f3xido de magnesio; agente de carga: celulosa microcristalina; antiaglomerantes: sales de magnesio de \u00e1cidos grasos, di\u00f3xido de silicio; clorhidrato de piridoxina.
Modo de empleo: 1 o 2 comprimidos al d\u00eda, preferentemente con las comidas. No superar la dosis diaria expresamente recomendada.""",
 el=150, forms=["oxide"], dv=40, sc=60)

# ------------------------------------------------------------------ pl
add("pl13_allnutrition_cytrynian_w_2_kapsulkach_180", "pl", "eu",
 "Modelled on Allnutrition Magnesium Citrate capsules (Poland; sports-nutrition brand; as remembered, amounts approximate, may not match a current SKU): 'Sk\u0142adnik | w 2 kapsu\u0142kach | %RWS*' with 'Magnez (z cytrynianu magnezu) 180 mg 48 %' (180/375 = 48). 120 kapsu\u0142ek / 2 = 60.",
"""ALLNUTRITION
Magnesium Citrate
Suplement diety | 120 kapsu\u0142ek
Sk\u0142adnik | w 2 kapsu\u0142kach | %RWS*
Magnez (z cytrynianu magnezu) | 180 mg | 48 %
*RWS \u2013 referencyjna warto\u015b\u0107 spo\u017cycia
Sk\u0142adniki: cytrynian magnezu, otoczka kapsu\u0142ki (\u017celatyna), substancja przeciwzbrylaj\u0105ca: sole magnezowe kwas\u00f3w t\u0142uszczowych.
Spos\u00f3b u\u017cycia: 2 kapsu\u0142ki dziennie, popi\u0107 wod\u0105. Nie przekracza\u0107 zalecanej porcji do spo\u017cycia w ci\u0105gu dnia.""",
 el=180, forms=["citrate"], dv=48, sc=60)

add("pl13_hasco_musujace_magnez_potas_b6_w_1_tabletce", "pl", "eu",
 "Modelled on a Hasco-Lek magnesium + potassium + B6 effervescent tablet (Poland; as remembered, product details may not match a current SKU): 'Warto\u015b\u0107 od\u017cywcza | w 1 tabletce | %RWS*' with 'Magnez 150 mg 40 %' (150/375) above 'Potas 300 mg 15 %' (a larger mineral trap; wodorow\u0119glan potasu is potassium's salt) and B6. Magnesium from w\u0119glan magnezu and tlenek magnezu. 1 tabletka dziennie -> 20 tabletek -> 20.",
"""HASCO
Magnez + Potas + B6
Tabletki musuj\u0105ce | Suplement diety | smak cytrynowy | 20 tabletek musuj\u0105cych
Warto\u015b\u0107 od\u017cywcza | w 1 tabletce | %RWS*
Magnez | 150 mg | 40 %
Potas | 300 mg | 15 %
Witamina B6 | 1,4 mg | 100 %
*RWS \u2013 referencyjna warto\u015b\u0107 spo\u017cycia
Sk\u0142adniki: kwas cytrynowy, w\u0119glan magnezu, wodorow\u0119glan potasu, tlenek magnezu, substancja wype\u0142niaj\u0105ca: sorbitol; aromat, substancje s\u0142odz\u0105ce: sukraloza, acesulfam K; chlorowodorek pirydoksyny.
Spos\u00f3b u\u017cycia: 1 tabletk\u0119 dziennie rozpu\u015bci\u0107 w szklance wody (200 ml). Nie przekracza\u0107 zalecanej porcji do spo\u017cycia w ci\u0105gu dnia.""",
 el=150, forms=["carbonate", "oxide"], dv=40, sc=20)

# ------------------------------------------------------------------ nl
add("nl13_jumbo_samenstelling_per_tablet_oxide_citraat", "nl", "eu",
 "Modelled on a Jumbo (Dutch supermarket house brand) Magnesium 300 mg tablet (as remembered; may not match a current SKU): 'Samenstelling | per tablet | % RI*' with 'Magnesium (uit magnesiumoxide en magnesiumcitraat) 300 mg 80 %' (300/375). 1 tablet per dag -> 60 tabletten -> 60.",
"""Jumbo
Magnesium 300 mg
Voedingssupplement | 60 tabletten
Samenstelling | per tablet | % RI*
Magnesium (uit magnesiumoxide en magnesiumcitraat) | 300 mg | 80 %
*RI = Referentie-inname
Ingredi\u00ebnten: magnesiumoxide, magnesiumcitraat, vulstof: microkristallijne cellulose; antiklontermiddel: magnesiumzouten van vetzuren; coatingmiddel: hydroxypropylmethylcellulose.
Gebruik: 1 tablet per dag met water innemen, bij voorkeur bij de maaltijd. De aanbevolen dagelijkse hoeveelheid niet overschrijden.""",
 el=300, forms=["oxide", "citrate"], dv=80, sc=60)

add("nl13_mattisson_zin_dagdosering_bisglycinaat_240", "nl", "eu",
 "Modelled on Mattisson Healthstyle Magnesium Bisglycinaat capsules (Netherlands; as remembered, amounts approximate, may not match a current SKU): no table, one sentence 'E\u00e9n dagdosering (2 capsules) bevat 240 mg magnesium (64% van de referentie-inname*) uit magnesiumbisglycinaat.' (240/375 = 64). 120 capsules / 2 = 60.",
"""MATTISSON HEALTHSTYLE
Magnesium Bisglycinaat
Voedingssupplement | 120 vegan capsules
E\u00e9n dagdosering (2 capsules) bevat 240 mg magnesium (64% van de referentie-inname*) uit magnesiumbisglycinaat.
*Referentie-inname volgens Verordening (EU) nr. 1169/2011
Ingredi\u00ebnten: magnesiumbisglycinaat, capsule: hydroxypropylmethylcellulose.
Gebruik: 2 capsules per dag, bij voorkeur 's avonds, met water. De aanbevolen dagdosering niet overschrijden. Een voedingssupplement is geen vervanging van een gevarieerd en evenwichtig voedingspatroon.""",
 el=240, forms=["glycinate"], dv=64, sc=60)

# ------------------------------------------------------------------ cs
add("cs13_benu_obsah_v_1_tablete_375_citrat_oxid", "cs", "eu",
 "Modelled on a BENU Ho\u0159\u010d\u00edk 375 mg + B6 tablet (Czech pharmacy-chain brand; as remembered, may not match a current SKU): 'Obsah v 1 tablet\u011b | | %RHP*' with 'Ho\u0159\u010d\u00edk 375 mg 100 %' and B6; citr\u00e1t ho\u0159e\u010dnat\u00fd and oxid ho\u0159e\u010dnat\u00fd. 1 tableta denn\u011b -> 30 tablet -> 30.",
"""BENU
Ho\u0159\u010d\u00edk 375 mg + B6
Dopln\u011bk stravy | 30 tablet
Obsah v 1 tablet\u011b | | %RHP*
Ho\u0159\u010d\u00edk | 375 mg | 100 %
Vitamin B6 | 1,4 mg | 100 %
*RHP = referen\u010dn\u00ed hodnota p\u0159\u00edjmu
Slo\u017een\u00ed: citr\u00e1t ho\u0159e\u010dnat\u00fd, oxid ho\u0159e\u010dnat\u00fd, plnidlo: mikrokrystalick\u00e1 celul\u00f3za; protisp\u00e9kav\u00e1 l\u00e1tka: ho\u0159e\u010dnat\u00e9 soli mastn\u00fdch kyselin; pyridoxin-hydrochlorid.
D\u00e1vkov\u00e1n\u00ed: 1 tableta denn\u011b, zap\u00edt dostate\u010dn\u00fdm mno\u017estv\u00edm tekutiny. Nep\u0159ekra\u010dujte doporu\u010denou denn\u00ed d\u00e1vku.""",
 el=375, forms=["citrate", "oxide"], dv=100, sc=30)

# ------------------------------------------------------------------ sk (Slovak/Czech bilingual)
add("sk13_unimed_zlozenie_slozeni_bilingual_sk_cz", "sk", "eu",
 "Modelled on a Unimed Pharma Magn\u00e9zium + B6 tablet (Slovakia; as remembered, product details may not match a current SKU) with a SLOVAK/CZECH BILINGUAL panel, as common on packs sold in both countries: 'Zlo\u017eenie / Slo\u017een\u00ed | v 1 tablete / v 1 tablet\u011b | % RVH* / % RHP*' with 'Hor\u010d\u00edk / Ho\u0159\u010d\u00edk 250 mg 67 %' (250/375 = 66.7); citr\u00e1t hore\u010dnat\u00fd. 1 tableta denne -> 60 tabliet -> 60.",
"""UNIMED PHARMA
Magn\u00e9zium 250 mg + B6
V\u00fd\u017eivov\u00fd doplnok / Dopln\u011bk stravy | 60 tabliet / 60 tablet
Zlo\u017eenie / Slo\u017een\u00ed | v 1 tablete / v 1 tablet\u011b | % RVH* / % RHP*
Hor\u010d\u00edk / Ho\u0159\u010d\u00edk | 250 mg | 67 %
Vitam\u00edn B6 / Vitamin B6 | 2 mg | 143 %
*RVH \u2013 referen\u010dn\u00e1 v\u00fd\u017eivov\u00e1 hodnota / RHP \u2013 referen\u010dn\u00ed hodnota p\u0159\u00edjmu
Zlo\u017eky / Slo\u017eky: citr\u00e1t hore\u010dnat\u00fd / citr\u00e1t ho\u0159e\u010dnat\u00fd, plnivo / plnidlo: mikrokry\u0161talick\u00e1 celul\u00f3za / mikrokrystalick\u00e1 celul\u00f3za; protihrudkuj\u00faca l\u00e1tka / protisp\u00e9kav\u00e1 l\u00e1tka: hore\u010dnat\u00e9 soli mastn\u00fdch kysel\u00edn / ho\u0159e\u010dnat\u00e9 soli mastn\u00fdch kyselin; pyridox\u00edn hydrochlorid.
D\u00e1vkovanie / D\u00e1vkov\u00e1n\u00ed: 1 tableta denne / 1 tableta denn\u011b. Neprekra\u010dujte odpor\u00fa\u010dan\u00e9 denn\u00e9 d\u00e1vkovanie. / Nep\u0159ekra\u010dujte doporu\u010denou denn\u00ed d\u00e1vku.""",
 el=250, forms=["citrate"], dv=67, sc=60)

# ------------------------------------------------------------------ ro
add("ro13_sunwave_continut_per_comprimat_1_2_ori", "ro", "eu",
 "Modelled on a Sun Wave Pharma Magneziu + B6 tablet (Romania; as remembered, product details may not match a current SKU): 'Con\u021binut | per comprimat | %VNR*' with the source in the row, 'Magneziu (din citrat de magneziu \u0219i oxid de magneziu) 150 mg 40 %' (150/375), and '1 comprimat de 1-2 ori pe zi'. Per tablet; serving_count = 30 comprimate (per-unit panel with a 1-2 range).",
"""Sun Wave Pharma
Magneziu + B6 Forte
Supliment alimentar | 30 comprimate
Con\u021binut | per comprimat | %VNR*
Magneziu (din citrat de magneziu \u0219i oxid de magneziu) | 150 mg | 40 %
Vitamina B6 | 2 mg | 143 %
*VNR \u2013 valori nutri\u021bionale de referin\u021b\u0103
Ingrediente: citrat de magneziu, oxid de magneziu, agent de \u00eenc\u0103rcare: celuloz\u0103 microcristalin\u0103; agent antiaglomerant: s\u0103ruri de magneziu ale acizilor gra\u0219i; clorhidrat de piridoxin\u0103.
Mod de administrare: adul\u021bi \u2013 1 comprimat de 1-2 ori pe zi, dup\u0103 mas\u0103. Nu dep\u0103\u0219i\u021bi doza zilnic\u0103 recomandat\u0103.""",
 el=150, forms=["citrate", "oxide"], dv=40, sc=30)

# ------------------------------------------------------------------ negatives (fr supplement, de medicine)
add("neg13_fr_pileje_chronobiane_melatonine_stearate", "fr", "negative",
 "Modelled on PiLeJe Chronobiane LP 1,9 mg prolonged-release melatonin tablets (France; as remembered, excipients approximate): melatonin only; magnesium appears only as 'st\u00e9arate de magn\u00e9sium' among the antiagglom\u00e9rants -> no_magnesium. 1 comprim\u00e9 par jour, 30 comprim\u00e9s -> serving_count 30.",
"""PiLeJe
Chronobiane LP 1,9 mg
M\u00e9latonine \u00e0 lib\u00e9ration prolong\u00e9e | Compl\u00e9ment alimentaire | 30 comprim\u00e9s s\u00e9cables
Teneurs moyennes | pour 1 comprim\u00e9
M\u00e9latonine | 1,9 mg
Ingr\u00e9dients : agent de charge : cellulose microcristalline ; hydroxypropylm\u00e9thylcellulose ; m\u00e9latonine ; antiagglom\u00e9rants : st\u00e9arate de magn\u00e9sium, dioxyde de silicium.
Conseils d'utilisation : 1 comprim\u00e9 par jour, 30 minutes \u00e0 1 heure avant le coucher. Ne pas d\u00e9passer la dose journali\u00e8re recommand\u00e9e. D\u00e9conseill\u00e9 aux femmes enceintes ou allaitantes et aux enfants.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=30)

add("neg13_de_zinkorot25_arzneimittel_magnesiumstearat", "de", "negative",
 "Modelled on Zinkorot\u00ae 25 Tabletten (W\u00f6rwag Pharma, Germany; zinc medicine; as remembered, excipients approximate; earlier sets used another W\u00f6rwag product): 'Wirkstoff: 1 Tablette enth\u00e4lt 157,4 mg Zinkorotat \u00b7 2 H2O (entsprechend 25 mg Zink)'; magnesium only as 'Magnesiumstearat' among the sonstige Bestandteile -> no_magnesium. The orotate is zinc's salt. Medicine -> serving_count null.",
"""W\u00f6rwag Pharma
Zinkorot\u00ae 25
Tabletten | Zinkorotat | Arzneimittel | 50 Tabletten
Wirkstoff: 1 Tablette enth\u00e4lt 157,4 mg Zinkorotat \u00b7 2 H2O (entsprechend 25 mg Zink).
Sonstige Bestandteile: Maisst\u00e4rke, Lactose-Monohydrat, Povidon, Magnesiumstearat (Ph. Eur.), hochdisperses Siliciumdioxid.
Anwendungsgebiete: Behandlung von Zinkmangelzust\u00e4nden, sofern sie ern\u00e4hrungsm\u00e4\u00dfig nicht behoben werden k\u00f6nnen.
Dosierung: Erwachsene nehmen 1 Tablette t\u00e4glich nach einer Mahlzeit unzerkaut mit ausreichend Fl\u00fcssigkeit ein.
Apothekenpflichtig. Arzneimittel f\u00fcr Kinder unzug\u00e4nglich aufbewahren.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=None)
