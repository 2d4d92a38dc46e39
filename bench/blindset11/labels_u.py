# Label sources, part U (blind set 11): EU labels (2 each de, fr, it, es, pl, nl, pt; 1 each cs, da, fi, ro, sk, hr; medicines
# in de, es, cs), a Polish topical and the German and Polish negatives (both medicines). Imports add/L from labels_t.py (same
# format). DV base 375 (EU NRV) by default for non-English labels.
from labels_t import add, L

# ------------------------------------------------------------------ de
add("de11_magnesiocard_25mmol_filmtablette_entsprechend_608", "de", "eu",
 "Modelled on Magnesiocard 2,5 mmol Filmtabletten (Verla; German medicine; composition as remembered: 'Magnesium-L-aspartat-hydrochlorid-Trihydrat 610 mg, entsprechend 60,8 mg (2,5 mmol) Magnesium'; excipients and dosing approximate). Stated 60,8 mg per Filmtablette (610 x 0.099 = 60.4, the aspartate HCl trihydrate of magnesium.md). Medicine -> per unit, no %NRV, serving_count null; '2,5 mmol' is not mg.",
"""Magnesiocard\u00ae 2,5 mmol
Filmtabletten | Magnesium-L-aspartat-hydrochlorid | Arzneimittel | 50 Filmtabletten
Wirkstoff: 1 Filmtablette enth\u00e4lt:
Magnesium-L-aspartat-hydrochlorid-Trihydrat | 610 mg
entsprechend Magnesium | 60,8 mg (2,5 mmol)
Sonstige Bestandteile: Mikrokristalline Cellulose, Povidon K 25, Magnesiumstearat (Ph.Eur.), Hypromellose, Macrogol 6000, Titandioxid (E 171).
Anwendungsgebiete: Behandlung und Vorbeugung eines Magnesiummangels.
Dosierung: Erwachsene und Jugendliche ab 12 Jahren: 3-mal t\u00e4glich 1 bis 2 Filmtabletten unzerkaut mit Fl\u00fcssigkeit einnehmen.""",
 el=60.8, forms=["aspartate"], dv=None, sc=None)

add("de11_vit4ever_komplex_davon_aus_drei_teilzeilen", "de", "eu",
 "Modelled on Vit4ever Magnesium Komplex Kapseln (as remembered; forms and amounts approximate, re-set): 'N\u00e4hrwerte | pro Tagesdosis (2 Kapseln) | % NRV*' with a total row 'Magnesium 400 mg 107 %' (400/375 = 106.7) followed by three sub-rows 'davon aus Magnesiumcitrat 200 mg', 'davon aus Magnesiumbisglycinat 100 mg', 'davon aus Magnesiummalat 100 mg' that add up to it (the total is the value). 120 Kapseln / 2 = 60.",
"""Vit4ever
Magnesium Komplex
3 Magnesiumverbindungen | Nahrungserg\u00e4nzungsmittel | 120 Kapseln
N\u00e4hrwerte | pro Tagesdosis (2 Kapseln) | % NRV*
Magnesium | 400 mg | 107 %
davon aus Magnesiumcitrat | 200 mg |
davon aus Magnesiumbisglycinat | 100 mg |
davon aus Magnesiummalat | 100 mg |
*NRV = N\u00e4hrstoffbezugswerte
Zutaten: Magnesiumcitrat, Magnesiumbisglycinat, Magnesiummalat, Kapselh\u00fclle: Hydroxypropylmethylcellulose.
Verzehrempfehlung: T\u00e4glich 2 Kapseln mit ausreichend Wasser verzehren. Die angegebene empfohlene t\u00e4gliche Verzehrmenge darf nicht \u00fcberschritten werden.""",
 el=400, forms=["citrate", "glycinate", "malate"], dv=107, sc=60)

# ------------------------------------------------------------------ fr
add("fr11_nutrixeal_citrate_pour4_soit_element", "fr", "eu",
 "Modelled on Nutrixeal Citrate de Magn\u00e9sium g\u00e9lules (as remembered; amounts approximate): 'Pour 4 g\u00e9lules': Citrate de magn\u00e9sium 2 000 mg, 'soit magn\u00e9sium \u00e9l\u00e9ment 300 mg 80 %' (2,000 x 0.15 = 300; 300/375 = 80). French thousands space. 120 g\u00e9lules / 4 = 30.",
"""NUTRIXEAL
Citrate de Magn\u00e9sium
Compl\u00e9ment alimentaire | 120 g\u00e9lules v\u00e9g\u00e9tales
Valeurs nutritionnelles | Pour 4 g\u00e9lules | % VNR*
Citrate de magn\u00e9sium | 2 000 mg | -
soit magn\u00e9sium \u00e9l\u00e9ment | 300 mg | 80 %
*VNR : Valeurs Nutritionnelles de R\u00e9f\u00e9rence
Ingr\u00e9dients : citrate de magn\u00e9sium, enveloppe v\u00e9g\u00e9tale : hydroxypropylm\u00e9thylcellulose.
Conseils d'utilisation : 4 g\u00e9lules par jour, 2 le matin et 2 le soir, avec un grand verre d'eau.""",
 el=300, forms=["citrate"], dv=80, sc=30)

add("fr11_miumlab_gummies_pour100g_pour2", "fr", "eu",
 "Modelled on Mium Lab magnesium gummies (as remembered; amounts approximate): 'Pour 100 g | Pour 2 gummies (5 g) | % VNR*' with an energy row; Magn\u00e9sium 2 000 mg per 100 g is a trap, 100 mg per 2 gummies (27 %, 100/375 = 26.7) is the serving. 60 gummies / 2 = 30.",
"""MIUM LAB
Magn\u00e9sium Gummies
Go\u00fbt fruits rouges | Compl\u00e9ment alimentaire | 60 gummies
Valeurs nutritionnelles moyennes | Pour 100 g | Pour 2 gummies (5 g) | % VNR*
\u00c9nergie | 1 180 kJ / 282 kcal | 59 kJ / 14 kcal |
Magn\u00e9sium | 2 000 mg | 100 mg | 27 %
*VNR : Valeurs Nutritionnelles de R\u00e9f\u00e9rence
Ingr\u00e9dients : sirop de glucose, sucre, eau, g\u00e9lifiant : pectine ; citrate de magn\u00e9sium, acidifiant : acide citrique ; ar\u00f4mes naturels, concentr\u00e9 de carotte noire.
Conseils d'utilisation : 2 gummies par jour, \u00e0 m\u00e2cher. Ne pas d\u00e9passer la dose journali\u00e8re recommand\u00e9e.""",
 el=100, forms=["citrate"], dv=27, sc=30)

# ------------------------------------------------------------------ it
add("it11_yamamoto_bisglicinato_3cpr_di_cui", "it", "eu",
 "Modelled on Yamamoto Nutrition Magnesio Bisglicinato compresse (as remembered; amounts approximate): 'per dose giornaliera (3 compresse)': Magnesio bisglicinato 2250 mg, 'di cui magnesio 300 mg 80 %' (2,250 x 0.133 = 300; 300/375 = 80). 90 compresse / 3 = 30.",
"""YAMAMOTO\u00ae NUTRITION
Magnesio Bisglicinato
Integratore alimentare | 90 compresse
Valori medi | per dose giornaliera (3 compresse) | %VNR*
Magnesio bisglicinato | 2250 mg | -
di cui magnesio | 300 mg | 80 %
*VNR: Valori Nutritivi di Riferimento
Ingredienti: magnesio bisglicinato, agente di carica: cellulosa microcristallina; antiagglomeranti: biossido di silicio, sali di magnesio degli acidi grassi.
Modalit\u00e0 d'uso: 3 compresse al giorno, da assumere preferibilmente ai pasti con acqua.""",
 el=300, forms=["glycinate"], dv=80, sc=30)

add("it11_massigen_bustina_potassio_1o2", "it", "eu",
 "Modelled on Massigen Magnesio e Potassio bustine (as remembered; amounts approximate): per-sachet panel 'per bustina (5 g) | %VNR*' with 'Magnesio 150 mg 40 %' and 'Potassio 300 mg 15 %' and '1-2 bustine al giorno': per bustina, serving_count = sachets (24), as set 10 did for an Italian per-tablet panel with a range. Magnesio carbonato and citrato.",
"""MASSIGEN\u00ae
Magnesio e Potassio
Gusto arancia | Integratore alimentare | 24 bustine da 5 g
Valori medi | per bustina (5 g) | %VNR*
Magnesio | 150 mg | 40 %
Potassio | 300 mg | 15 %
*VNR: Valori Nutritivi di Riferimento
Ingredienti: maltodestrina, potassio citrato, magnesio carbonato, magnesio citrato, acidificante: acido citrico; aromi; edulcorante: sucralosio.
Modalit\u00e0 d'uso: sciogliere 1-2 bustine al giorno in un bicchiere d'acqua (200 ml).""",
 el=150, forms=["carbonate", "citrate"], dv=40, sc=24)

# ------------------------------------------------------------------ es
add("es11_magnesioboi_lactato_486_medicamento", "es", "eu",
 "Modelled on Magnesioboi 48,6 mg comprimidos recubiertos (Spanish medicine; composition after the SmPC cited in magnesium.md section 1: 404.85 mg magnesium lactate = 48.62 mg Mg, here '405 mg de lactato de magnesio anhidro (equivalente a 48,6 mg de magnesio)'; excipients and dosing approximate). Stated 48,6 mg per comprimido (405 x 0.120 = 48.6). Medicine -> per unit, no %VRN, serving_count null.",
"""MAGNESIOBOI 48,6 mg
comprimidos recubiertos | Lactato de magnesio | Medicamento | 50 comprimidos
Cada comprimido recubierto contiene:
Lactato de magnesio anhidro | 405 mg
(equivalente a 48,6 mg de magnesio) |
Excipientes: almid\u00f3n de ma\u00edz, povidona, estearato de magnesio, talco, sacarosa, hipromelosa.
Indicaciones: tratamiento de la deficiencia de magnesio.
Posolog\u00eda: Adultos: 2 comprimidos 3 veces al d\u00eda. Ni\u00f1os mayores de 6 a\u00f1os: 1 comprimido 2-3 veces al d\u00eda. Tragar con un poco de agua.""",
 el=48.6, forms=["lactate"], dv=None, sc=None)

add("es11_eroski_citrato_por2_aviso250", "es", "eu",
 "Modelled on Eroski Citrato de Magnesio comprimidos (Spanish supermarket brand; as remembered, may not match a current SKU): 'Informaci\u00f3n nutricional | Por 2 comprimidos | % VRN*' Magnesio (citrato de magnesio) 400 mg 107 % (400/375 = 106.7); the 250 mg in the laxative warning is never the dose. 120 comprimidos / 2 = 60.",
"""EROSKI
Citrato de Magnesio
Complemento alimenticio | 120 comprimidos
Informaci\u00f3n nutricional | Por 2 comprimidos | % VRN*
Magnesio (citrato de magnesio) | 400 mg | 107 %
*VRN: Valores de referencia de nutrientes
Ingredientes: citrato de magnesio, agentes de carga: celulosa microcristalina, hidroxipropilcelulosa; antiaglomerantes: di\u00f3xido de silicio, sales de magnesio de \u00e1cidos grasos.
Modo de empleo: tomar 2 comprimidos al d\u00eda, preferiblemente con las comidas.
Advertencia: una ingesta diaria superior a 250 mg de magnesio puede tener un ligero efecto laxante.""",
 el=400, forms=["citrate"], dv=107, sc=60)

# ------------------------------------------------------------------ pl
add("pl11_auraherbals_z_cytrynianu_w_nazwie_porcja2", "pl", "eu",
 "Modelled on Aura Herbals Magnez cytrynian kapsu\u0142ki (as remembered; amounts approximate): 'Zawarto\u015b\u0107 w dziennej porcji (2 kapsu\u0142ki) | % RWS*' with 'Magnez (z cytrynianu magnezu) 300 mg 80 %' (300/375). 120 kapsu\u0142ek / 2 = 60.",
"""AURA HERBALS
Magnez Cytrynian
Suplement diety | 120 kapsu\u0142ek
Zawarto\u015b\u0107 w dziennej porcji (2 kapsu\u0142ki) | | % RWS*
Magnez (z cytrynianu magnezu) | 300 mg | 80 %
*RWS - referencyjna warto\u015b\u0107 spo\u017cycia
Sk\u0142adniki: cytrynian magnezu, otoczka kapsu\u0142ki: hydroksypropylometyloceluloza.
Spos\u00f3b u\u017cycia: 2 kapsu\u0142ki dziennie, popijaj\u0105c wod\u0105. Nie przekracza\u0107 zalecanej porcji do spo\u017cycia w ci\u0105gu dnia.""",
 el=300, forms=["citrate"], dv=80, sc=60)

add("pl11_singularis_jablczan_1200_w_tym_180", "pl", "eu",
 "Modelled on Singularis Magnez jab\u0142czan kapsu\u0142ki (as remembered; amounts approximate): 'Sk\u0142adnik | Porcja (2 kapsu\u0142ki) | % RWS*': Jab\u0142czan magnezu 1 200 mg, 'w tym magnez 180 mg 48 %' (1,200 x 0.15 = 180; 180/375 = 48). 120 kapsu\u0142ek / 2 = 60.",
"""SINGULARIS
Magnez Jab\u0142czan
Suplement diety | 120 kapsu\u0142ek
Sk\u0142adnik | Porcja (2 kapsu\u0142ki) | % RWS*
Jab\u0142czan magnezu | 1 200 mg | -
w tym magnez | 180 mg | 48 %
*RWS - referencyjna warto\u015b\u0107 spo\u017cycia
Sk\u0142adniki: jab\u0142czan magnezu, otoczka kapsu\u0142ki: hydroksypropylometyloceluloza.
Spos\u00f3b u\u017cycia: 1 kapsu\u0142ka 2 razy dziennie podczas posi\u0142ku.""",
 el=180, forms=["malate"], dv=48, sc=60)

# ------------------------------------------------------------------ nl
add("nl11_energeticanatura_per_tablet_per3_uit", "nl", "eu",
 "Modelled on Energetica Natura Magnesium Bisglycinaat tabletten (Belgium/Netherlands; as remembered, amounts approximate): columns 'per tablet | per 3 tabletten | %RI*' with 'Magnesium (uit magnesiumbisglycinaat) 100 mg | 300 mg | 80 %': the daily 3 tablets (3 maal daags 1 tablet) are the serving, 300 mg; per tablet 100 mg in elemental_alt_mg. 90 tabletten / 3 = 30.",
"""ENERGETICA NATURA
Magnesium Bisglycinaat
Voedingssupplement | 90 tabletten
Samenstelling | per tablet | per 3 tabletten | %RI*
Magnesium (uit magnesiumbisglycinaat) | 100 mg | 300 mg | 80 %
*RI = Referentie-inname (per 3 tabletten)
Ingredi\u00ebnten: magnesiumbisglycinaat, vulstof: microkristallijne cellulose; antiklontermiddel: siliciumdioxide, magnesiumzouten van vetzuren.
Gebruik: 3 maal daags 1 tablet bij de maaltijd.""",
 el=300, forms=["glycinate"], dv=80, sc=30, elemental_alt_mg=100)

add("nl11_purasana_citraat_poeder_per100g_per2g", "nl", "eu",
 "Modelled on Purasana Magnesium citraat poeder (Belgium; as remembered, amounts approximate): 'Voedingswaarde | per 100 g | per dosis (2 g) | %RI*' with 'Magnesiumcitraat 100 g | 2 g' and 'waarvan magnesium 15 000 mg | 300 mg | 80 %': per 100 g is a trap, the 2 g dose (300 mg; 2,000 x 0.15) is the serving. 200 g / 2 g = 100.",
"""PURASANA\u00ae
Magnesium Citraat Poeder
Voedingssupplement | 200 g
Voedingswaarde | per 100 g | per dosis (2 g) | %RI*
Magnesiumcitraat | 100 g | 2 g | -
waarvan magnesium | 15 000 mg | 300 mg | 80 %
*RI = Referentie-inname
Ingredi\u00ebnten: magnesiumcitraat.
Gebruik: 1 afgestreken maatschepje (2 g) per dag oplossen in een glas water.""",
 el=300, forms=["citrate"], dv=80, sc=100)

# ------------------------------------------------------------------ cs
add("cs11_magnesiilactici_medicamenta_lek_computed", "cs", "eu",
 "Modelled on Magnesii lactici 0,5 g tablety (Medicamenta; Czech medicine; as remembered: 'Magnesii lactas dihydricus 500 mg' per tablet, no Mg statement; excipients and dosing approximate). Computed per tablet over the lactate range of magnesium.md (10.2 % dihydrate .. 12.0 % anhydrous: 51.0-60.0 mg): expected 500 x 0.111 (middle) = 55.5, tol 9 (accepts 50.5-60.5). A reader using the dihydrate figure (51.0) is inside. Medicine -> per unit, no %RHP, serving_count null.",
"""MAGNESII LACTICI 0,5 g MEDICAMENTA
tablety | Magnesii lactas dihydricus | L\u00e9\u010divý p\u0159\u00edpravek | 100 tablet
1 tableta obsahuje:
Magnesii lactas dihydricus (dihydr\u00e1t lakt\u00e1tu ho\u0159e\u010dnat\u00e9ho) | 500 mg
Pomocn\u00e9 l\u00e1tky: bramborov\u00fd \u0161krob, mikrokrystalick\u00e1 celul\u00f3za, mastek, magnesium-stear\u00e1t.
Indikace: prevence a l\u00e9\u010dba nedostatku ho\u0159\u010d\u00edku.
D\u00e1vkov\u00e1n\u00ed: Dosp\u011bl\u00ed: 1-2 tablety 3x denn\u011b. D\u011bti od 6 let: 1 tableta 2-3x denn\u011b. Tablety se zap\u00edjej\u00ed vodou.""",
 el=55.5, tol=9, forms=["lactate"], dv=None, sc=None)

# ------------------------------------------------------------------ pt
add("pt11_absorvit_oxido_citrato_por_comprimido", "pt", "eu",
 "Modelled on Absorvit Magn\u00e9sio comprimidos (Portugal; as remembered, amounts approximate): 'Informa\u00e7\u00e3o nutricional | Por comprimido | %VRN*' Magn\u00e9sio 375 mg 100 % with vitamin B6; \u00f3xido and citrato de magn\u00e9sio in the ingredients; 1 tablet a day. 60 comprimidos / 1 = 60.",
"""ABSORVIT
Magn\u00e9sio + B6
Suplemento alimentar | 60 comprimidos
Informa\u00e7\u00e3o nutricional | Por comprimido | %VRN*
Magn\u00e9sio | 375 mg | 100 %
Vitamina B6 | 1,4 mg | 100 %
*VRN: Valores de Refer\u00eancia do Nutriente
Ingredientes: \u00f3xido de magn\u00e9sio, citrato de magn\u00e9sio, agente de volume: celulose microcristalina; antiaglomerante: estearato de magn\u00e9sio; cloridrato de piridoxina.
Modo de utiliza\u00e7\u00e3o: tomar 1 comprimido por dia, a uma refei\u00e7\u00e3o, com um copo de \u00e1gua.""",
 el=375, forms=["oxide", "citrate"], dv=100, sc=60)

add("pt11_goldnutrition_bisglicinato_1800_do_qual", "pt", "eu",
 "Modelled on Gold Nutrition Magn\u00e9sio Bisglicinato c\u00e1psulas (Portugal; as remembered, amounts approximate): 'Por dose di\u00e1ria (3 c\u00e1psulas)': Bisglicinato de magn\u00e9sio 1800 mg, 'do qual magn\u00e9sio 252 mg 67 %' (1,800 x 0.14 = 252; 252/375 = 67.2). 90 c\u00e1psulas / 3 = 30.",
"""GOLD NUTRITION\u00ae
Magn\u00e9sio Bisglicinato
Suplemento alimentar | 90 c\u00e1psulas vegetais
Informa\u00e7\u00e3o nutricional | Por dose di\u00e1ria (3 c\u00e1psulas) | %VRN*
Bisglicinato de magn\u00e9sio | 1800 mg | -
do qual magn\u00e9sio | 252 mg | 67 %
*VRN: Valores de Refer\u00eancia do Nutriente
Ingredientes: bisglicinato de magn\u00e9sio, c\u00e1psula vegetal (hidroxipropilmetilcelulose).
Modo de utiliza\u00e7\u00e3o: tomar 3 c\u00e1psulas por dia, repartidas pelas refei\u00e7\u00f5es.""",
 el=252, forms=["glycinate"], dv=67, sc=30)

# ------------------------------------------------------------------ da, fi, ro, sk, hr
add("da11_matas_striber_pr_tablet_ri", "da", "eu",
 "Modelled on Matas Striber Magnesium tabletter (Danish store brand; as remembered, amounts approximate): 'Indhold pr. tablet | % RI*' Magnesium 250 mg 67 % (250/375 = 66.7); magnesiumoxid and magnesiumcitrat. 1 tablet a day, 100 tabletter -> 100.",
"""Matas Striber
Magnesium 250 mg
Kosttilskud | 100 tabletter
Indhold pr. tablet | | % RI*
Magnesium | 250 mg | 67 %
*RI = Referenceindtag
Ingredienser: magnesiumoxid, magnesiumcitrat, fyldstof (mikrokrystallinsk cellulose), f\u00e6rdigv\u00e6rksmiddel (magnesiumsalte af fedtsyrer), overfladebehandlingsmiddel (hydroxypropylmethylcellulose).
Dosering: 1 tablet dagligt med vand. Den anbefalede daglige dosis b\u00f8r ikke overskrides.""",
 el=250, forms=["oxide", "citrate"], dv=67, sc=100)

add("fi11_bioteekki_sitraatti_2_tablettia_vs", "fi", "eu",
 "Modelled on Bioteekki Magnesiumsitraatti tabletit (Finland; as remembered, amounts approximate): 'Ravintosis\u00e4lt\u00f6 | 2 tablettia | % VS*' Magnesium 300 mg 80 % (300/375); magnesiumsitraatti. 60 tablettia / 2 = 30.",
"""BIOTEEKKI
Magnesiumsitraatti
Ravintolis\u00e4 | 60 tablettia
Ravintosis\u00e4lt\u00f6 | 2 tablettia | % VS*
Magnesium | 300 mg | 80 %
*VS = vertailuarvo saannille
Ainesosat: magnesiumsitraatti, t\u00e4yteaine (mikrokiteinen selluloosa), paakkuuntumisenestoaine (rasvahappojen magnesiumsuolat).
K\u00e4ytt\u00f6: 2 tablettia p\u00e4iv\u00e4ss\u00e4 ruokailun yhteydess\u00e4. Suositeltua p\u00e4ivitt\u00e4ist\u00e4 annosta ei saa ylitt\u00e4\u00e4.""",
 el=300, forms=["citrate"], dv=80, sc=30)

add("ro11_fiterman_magneziu_b6_doza_zilnica_2cpr", "ro", "eu",
 "Modelled on Fiterman Pharma Magneziu + B6 comprimate (Romania; as remembered, amounts approximate): 'Con\u021binut | per doz\u0103 zilnic\u0103 (2 comprimate) | % VNR*' Magneziu 300 mg 80 %, Vitamina B6 1,4 mg 100 %; citrat and oxid de magneziu. 60 comprimate / 2 = 30.",
"""FITERMAN PHARMA
Magneziu + B6
Supliment alimentar | 60 comprimate
Con\u021binut | per doz\u0103 zilnic\u0103 (2 comprimate) | % VNR*
Magneziu | 300 mg | 80 %
Vitamina B6 | 1,4 mg | 100 %
*VNR = valori nutri\u021bionale de referin\u021b\u0103
Ingrediente: citrat de magneziu, oxid de magneziu, agent de \u00eencărcare: celuloz\u0103 microcristalin\u0103; agent antiaglomerant: s\u0103ruri de magneziu ale acizilor gra\u0219i; clorhidrat de piridoxin\u0103.
Mod de administrare: c\u00e2te 1 comprimat de 2 ori pe zi, \u00een timpul mesei.""",
 el=300, forms=["citrate", "oxide"], dv=80, sc=30)

add("sk11_adelledavis_horcik_z_toho_z_dvoch_soli", "sk", "eu",
 "Modelled on Adelle Davis Hor\u010d\u00edk kapsuly (Slovakia; as remembered, re-set): 'Obsah v dennej d\u00e1vke (2 kapsuly) | % RHP*' with a total 'Hor\u010d\u00edk 250 mg 67 %' (250/375 = 66.7) and two sub-rows 'z toho z citr\u00e1tu hor\u010dnat\u00e9ho 150 mg' and 'z toho z bisglycin\u00e1tu hor\u010dnat\u00e9ho 100 mg' that add up to it. 60 kaps\u00fal / 2 = 30.",
"""ADELLE DAVIS
Hor\u010d\u00edk Komplex
V\u00fd\u017eivov\u00fd doplnok | 60 kaps\u00fal
Obsah v dennej d\u00e1vke (2 kapsuly) | | % RHP*
Hor\u010d\u00edk | 250 mg | 67 %
z toho z citr\u00e1tu hor\u010dnat\u00e9ho | 150 mg |
z toho z bisglycin\u00e1tu hor\u010dnat\u00e9ho | 100 mg |
*RHP - referen\u010dn\u00e1 hodnota pr\u00edjmu
Zlo\u017eenie: citr\u00e1t hor\u010dnat\u00fd, bisglycin\u00e1t hor\u010dnat\u00fd, kapsula: hydroxypropylmetylcel\u00fal\u00f3za.
D\u00e1vkovanie: 1 kapsula 2-kr\u00e1t denne, zapi\u0165 dostato\u010dn\u00fdm mno\u017estvom vody.""",
 el=250, forms=["citrate", "glycinate"], dv=67, sc=30)

add("hr11_dietpharm_magnezij375_sumece_pu", "hr", "eu",
 "Modelled on Dietpharm Magnezij 375 + B6 \u0161ume\u0107e tablete (Croatia; as remembered, amounts approximate): 'Hranjiva vrijednost | 1 \u0161ume\u0107a tableta | %PU*' Magnezij 375 mg 100 %, vitamin B6 1,4 mg 100 %; magnezijev karbonat and magnezijev oksid. 1 tablet a day, 20 \u0161ume\u0107ih tableta -> 20.",
"""DIETPHARM
Magnezij 375 + B6
Dodatak prehrani | 20 \u0161ume\u0107ih tableta | okus naran\u010de
Hranjiva vrijednost | 1 \u0161ume\u0107a tableta | %PU*
Magnezij | 375 mg | 100 %
Vitamin B6 | 1,4 mg | 100 %
*PU = preporu\u010deni unos
Sastojci: kiselina: limunska kiselina; magnezijev karbonat, magnezijev oksid, regulator kiselosti: natrijev hidrogenkarbonat; aroma naran\u010de, sladilo: sukraloza; piridoksin hidroklorid.
Na\u010din uporabe: 1 \u0161ume\u0107u tabletu dnevno otopiti u \u010da\u0161i vode (200 ml).""",
 el=375, forms=["carbonate", "oxide"], dv=100, sc=20)

# ------------------------------------------------------------------ topical (pl)
add("tp11_naturplanet_olej_magnezowy_10_psikniec", "pl", "topical",
 "Modelled on Natur Planet Olej magnezowy (Poland; Zechstein magnesium chloride brine spray; as remembered, amounts approximate): 'Zawarto\u015b\u0107 magnezu: 10 psikni\u0119\u0107 (ok. 1 ml) dostarcza ok. 100 mg magnezu' -> per stated unit (10 sprays) 100 mg. Topical -> no %RWS, serving_count null.",
"""NATUR PLANET
Olej Magnezowy
Chlorek magnezu z pok\u0142ad\u00f3w Zechstein | 200 ml | Do stosowania zewn\u0119trznego
Zawarto\u015b\u0107 magnezu: 10 psikni\u0119\u0107 (ok. 1 ml) dostarcza ok. 100 mg magnezu
Sk\u0142ad: Aqua, Magnesium Chloride.
Spos\u00f3b u\u017cycia: spryska\u0107 sk\u00f3r\u0119 r\u0105k, n\u00f3g lub brzucha (10-20 psikni\u0119\u0107) i wmasowa\u0107. Po 20-30 minutach mo\u017cna sp\u0142uka\u0107. Mo\u017ce wyst\u0105pi\u0107 lekkie mrowienie.""",
 el=100, forms=["chloride"], dv=None, sc=None)

# ------------------------------------------------------------------ negatives (medicines)
add("neg11_de_tebonin_konzent_magnesiumstearat", "de", "negative",
 "Modelled on Tebonin konzent 240 mg Filmtabletten (Ginkgo medicine; as remembered, amounts and excipients approximate): Ginkgo-biloba-Trockenextrakt 240 mg; magnesium only as 'Magnesiumstearat (Ph.Eur.)' among the sonstige Bestandteile -> no_magnesium. Medicine -> serving_count null.",
"""Tebonin\u00ae konzent 240 mg
Filmtabletten | Ginkgo-biloba-Bl\u00e4tter-Trockenextrakt | Arzneimittel | 30 Filmtabletten
Wirkstoff: 1 Filmtablette enth\u00e4lt 240 mg Trockenextrakt aus Ginkgo-biloba-Bl\u00e4ttern (35-67:1), Auszugsmittel: Aceton 60 % (m/m).
Sonstige Bestandteile: Croscarmellose-Natrium, Hypromellose, Lactose-Monohydrat, Magnesiumstearat (Ph.Eur.) [pflanzlich], Maisst\u00e4rke, Macrogol 1500, hochdisperses Siliciumdioxid, Titandioxid, Eisen(III)-oxid.
Anwendungsgebiete: zur symptomatischen Behandlung von hirnorganisch bedingten geistigen Leistungseinbu\u00dfen.
Dosierung: Erwachsene: 1-mal t\u00e4glich 1 Filmtablette unzerkaut mit Fl\u00fcssigkeit einnehmen.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=None)

add("neg11_pl_rutinoscorbin_magnezu_stearynian", "pl", "negative",
 "Modelled on Rutinoscorbin tabletki powlekane (GlaxoSmithKline / Haleon Polska medicine; as remembered: rutozyd 25 mg + kwas askorbowy 100 mg; excipients approximate): magnesium only as 'magnezu stearynian' -> no_magnesium. Medicine -> serving_count null.",
"""Rutinoscorbin\u00ae
Rutosidum + Acidum ascorbicum | 25 mg + 100 mg | tabletki powlekane | Lek | 150 tabletek
1 tabletka powlekana zawiera:
Rutozyd tr\u00f3jwodny | 25 mg
Kwas askorbowy (witamina C) | 100 mg
Substancje pomocnicze: skrobia ziemniaczana, talk, magnezu stearynian, sacharoza, laktoza jednowodna, \u017celatyna, guma arabska, \u017c\u00f3\u0142cie\u0144 chinolinowa.
Wskazania: niedob\u00f3r witaminy C; wspomagaj\u0105co w przeziębieniu.
Dawkowanie: Doro\u015bli: profilaktycznie 1 tabletka 2 razy na dob\u0119; leczniczo 2 tabletki 3 razy na dob\u0119. Dzieci powy\u017cej 6 lat: 1 tabletka 1-2 razy na dob\u0119.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=None)
