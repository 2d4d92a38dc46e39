# Label sources, part H (blind set 4): EU labels in de, fr, it, es, pl, nl, cs (NRV 375 mg), four per language,
# then UK / Canada / Australia, one topical product with a declared amount, and two negatives.
# New layouts here: %NRV column before the amount column, amounts given in a sentence ("Magnesium 400 mg (107 % NRV*)"),
# "dont sucres" / "z toho cukry" rows that are not Mg, per-100 g / per-100 ml reference columns.
from labels_g import add, L

# =====================================================================================================
# German (de)
# =====================================================================================================
add("de4_magnetrans_forte_tagesdosis", "de", "eu",
 "Modelled on Magnetrans forte 150 mg Kapseln (STADA; ingredients simplified): 'pro Kapsel | pro Tagesdosis (2 Kapseln) | % NRV': daily dose used: 300 mg, 300/375 = 80 %; per capsule 150 mg -> elemental_alt_mg. Statutory-style 250 mg warning is not the dose. 60 Kapseln / 2 = 30.",
"""Magnetrans® forte
150 mg Magnesium
Nahrungsergänzungsmittel | 60 Kapseln
Nährwertangaben | pro Kapsel | pro Tagesdosis (2 Kapseln) | % NRV*
Magnesium | 150 mg | 300 mg | 80 %
* Nährstoffbezugswert
Zutaten: Magnesiumoxid, Gelatine, Füllstoff mikrokristalline Cellulose, Trennmittel Magnesiumsalze der Speisefettsäuren, Farbstoff Titandioxid.
Verzehrempfehlung: Täglich 2 Kapseln unzerkaut mit ausreichend Flüssigkeit einnehmen, vorzugsweise 1 Kapsel morgens und 1 Kapsel abends.
Hinweise: Die angegebene empfohlene tägliche Verzehrmenge darf nicht überschritten werden. Eine tägliche Aufnahme von mehr als 250 mg Magnesium in Form von Nahrungsergänzungsmitteln kann abführend wirken. Nahrungsergänzungsmittel sind kein Ersatz für eine ausgewogene und abwechslungsreiche Ernährung und eine gesunde Lebensweise. Für kleine Kinder unzugänglich aufbewahren.""",
 el=300, forms=["oxide"], dv=80, sc=30, elemental_alt_mg=150)

add("de4_sanctbernhard_citratpulver_100g", "de", "eu",
 "Modelled on Kräuterhaus Sanct Bernhard Magnesiumcitrat-Pulver (amounts approximate): 'pro 100 g | pro Tagesportion (1 gestr. Messlöffel = 2,6 g) | NRV': portion used: 400 mg, 400/375 = 106.7 -> 107 %. Per 100 g 15,4 g (400/2.6 x 100 = 15 385 mg) is a trap. 'Die Dose (260 g) reicht für 100 Tagesportionen' -> 100.",
"""Kräuterhaus Sanct Bernhard
Magnesiumcitrat-Pulver
400 mg Magnesium pro Tagesportion | 260 g Dose
Nährwertangaben | pro 100 g | pro Tagesportion (1 gestr. Messlöffel = 2,6 g) | NRV*
Magnesium | 15,4 g | 400 mg | 107 %
* NRV = Nährstoffbezugswerte nach der Lebensmittelinformationsverordnung
Zutaten: Trimagnesiumdicitrat wasserfrei.
Verzehrempfehlung: Täglich 1 gestrichenen Messlöffel (2,6 g) in einem Glas Wasser oder Saft (200 ml) auflösen und trinken. Die Dose reicht für 100 Tagesportionen.
Hinweis: Bei empfindlichen Personen kann die Einnahme von mehr als 250 mg Magnesium pro Tag abführend wirken. Die angegebene empfohlene tägliche Verzehrmenge darf nicht überschritten werden. Außerhalb der Reichweite von kleinen Kindern lagern.""",
 el=400, forms=["citrate"], dv=107, sc=100)

add("de4_esn_caps_nrv_vorne_davon", "de", "eu",
 "Modelled on ESN Magnesium Caps (Elite Sports Nutrition; amounts approximate), re-set with the NRV column BEFORE the amount column: 'Magnesiumcitrat – 2.000 mg' (German thousands dot, compound) and 'davon Magnesium 80 % 300 mg'; davon row used: 300 mg, 300/375 = 80 %. 120 Kapseln / 3 = 40.",
"""ESN
Magnesium Caps
Magnesiumcitrat | 120 Kapseln
Nahrungsergänzungsmittel
Nährwertangaben | NRV** | pro Tagesportion (3 Kapseln)
Magnesiumcitrat | – | 2.000 mg
davon Magnesium | 80 % | 300 mg
** Prozentsatz der Referenzmenge für die tägliche Zufuhr (NRV) nach VO (EU) 1169/2011
Zutaten: Magnesiumcitrat, Kapselhülle: Hydroxypropylmethylcellulose.
Verzehrempfehlung: Täglich 3 Kapseln mit ausreichend Flüssigkeit verzehren.
Die angegebene empfohlene tägliche Verzehrmenge darf nicht überschritten werden. Nahrungsergänzungsmittel sind kein Ersatz für eine abwechslungsreiche und ausgewogene Ernährung sowie eine gesunde Lebensweise. Außerhalb der Reichweite von kleinen Kindern lagern.""",
 el=300, forms=["citrate"], dv=80, sc=40)

add("de4_taxofit_satz_400_depot", "de", "eu",
 "Modelled on taxofit Magnesium 400 + B1 + B6 + B12 + Folsäure Depot tablets (MCM Klosterfrau; wording approximate): the amounts are in a sentence, 'Eine Tablette (= Tagesverzehrmenge) enthält: Magnesium 400 mg (107 % NRV*) ...'; 400/375 = 106.7 -> 107 %. 30 Tabletten, 1 per day -> 30. Magnesiumoxid + Magnesiumcarbonat.",
"""taxofit®
Magnesium 400
+ B1 + B6 + B12 + Folsäure | Depot
Nahrungsergänzungsmittel | 30 Tabletten
Eine Tablette (= Tagesverzehrmenge) enthält: Magnesium 400 mg (107 % NRV*), Vitamin B1 1,1 mg (100 % NRV*), Vitamin B6 1,4 mg (100 % NRV*), Folsäure 200 µg (100 % NRV*), Vitamin B12 2,5 µg (100 % NRV*).
* NRV = Referenzmenge für die tägliche Zufuhr
Zutaten: Magnesiumoxid, Füllstoff Cellulose, Magnesiumcarbonat, Überzugsmittel Hydroxypropylmethylcellulose, Trennmittel Magnesiumsalze der Speisefettsäuren, Thiaminmononitrat, Pyridoxinhydrochlorid, Pteroylmonoglutaminsäure, Cyanocobalamin.
Verzehrempfehlung: Täglich 1 Tablette mit ausreichend Flüssigkeit unzerkaut verzehren.
Hinweise: Eine Tagesdosis von mehr als 250 mg Magnesium kann abführend wirken. Die empfohlene tägliche Verzehrmenge darf nicht überschritten werden. Für kleine Kinder unzugänglich aufbewahren.""",
 el=400, forms=["oxide", "carbonate"], dv=107, sc=30)

# =====================================================================================================
# French (fr)
# =====================================================================================================
add("fr4_vitavea_b6_vnr_avant", "fr", "eu",
 "Modelled on Vitavea Magnésium B6 comprimés (pharmacy brand; amounts approximate), with the %VNR column BEFORE 'Pour 2 comprimés': Magnésium 80 % | 300 mg; 300/375 = 80 %. 'Oxyde de magnésium d'origine marine' listed as oxide (the label names the oxide); carbonate too. 60 comprimés / 2 = 30.",
"""VITAVEA
Magnésium B6
Fatigue & stress | 60 comprimés
Complément alimentaire
Analyse moyenne | % VNR* | Pour 2 comprimés
Magnésium | 80 % | 300 mg
Vitamine B6 | 100 % | 1,4 mg
*VNR : Valeurs Nutritionnelles de Référence
Ingrédients : oxyde de magnésium d'origine marine, agent de charge : cellulose microcristalline ; carbonate de magnésium, antiagglomérant : sels de magnésium d'acides gras ; chlorhydrate de pyridoxine.
Conseils d'utilisation : 1 comprimé matin et soir, à avaler avec un grand verre d'eau.
Précautions : Ne pas dépasser la dose journalière recommandée. Tenir hors de portée des jeunes enfants. Un complément alimentaire ne doit pas se substituer à une alimentation variée et équilibrée et à un mode de vie sain.""",
 el=300, forms=["oxide", "carbonate"], dv=80, sc=30)

add("fr4_granions_bisglycinate_dont_2col", "fr", "eu",
 "Modelled on Laboratoire des Granions Bisglycinate de magnésium gélules (amounts approximate): 'Pour 1 gélule | Pour 3 gélules | % VNR': bisglycinate 500 mg / 1 500 mg (compound) and 'dont magnésium 70 mg / 210 mg 56 %'; daily (3 gélules) used: 210 mg, 210/375 = 56 %; per gélule 70 mg -> elemental_alt_mg. 90 gélules / 3 = 30.",
"""GRANIONS®
Bisglycinate de Magnésium
Haute assimilation | 90 gélules végétales
Complément alimentaire
Valeurs nutritionnelles | Pour 1 gélule | Pour 3 gélules | % VNR*
Bisglycinate de magnésium | 500 mg | 1 500 mg | –
dont magnésium | 70 mg | 210 mg | 56 %
*VNR : Valeurs Nutritionnelles de Référence pour 3 gélules
Ingrédients : bisglycinate de magnésium, enveloppe végétale : hydroxypropylméthylcellulose.
Conseils d'utilisation : 3 gélules par jour à répartir au cours de la journée, avec un verre d'eau.
Ne pas dépasser la dose journalière recommandée. Tenir hors de portée des jeunes enfants. Déconseillé aux personnes souffrant d'insuffisance rénale.""",
 el=210, forms=["glycinate"], dv=56, sc=30, elemental_alt_mg=70)

add("fr4_superdiet_phrase_150_300", "fr", "eu",
 "Modelled on Superdiet Magnésium + B6 comprimés (wording and amounts approximate), with the amounts in sentences: '1 comprimé apporte 150 mg de magnésium (40 % des VNR*). La dose journalière de 2 comprimés apporte 300 mg de magnésium (80 % des VNR*)'. Daily dose used: 300 mg, 300/375 = 80 %; per tablet 150 mg -> elemental_alt_mg. Citrate + lactate. 40 comprimés / 2 = 20.",
"""SUPERDIET
Magnésium + B6
Citrate et lactate de magnésium | 40 comprimés
Complément alimentaire
Teneurs : 1 comprimé apporte 150 mg de magnésium (40 % des VNR*). La dose journalière de 2 comprimés apporte 300 mg de magnésium (80 % des VNR*) et 1,4 mg de vitamine B6 (100 % des VNR*).
*VNR : Valeurs Nutritionnelles de Référence
Ingrédients : citrate de magnésium, lactate de magnésium, agent de charge : cellulose microcristalline ; antiagglomérant : stéarate de magnésium ; chlorhydrate de pyridoxine.
Utilisation : 1 comprimé le matin et 1 comprimé le soir, avec un verre d'eau.
Ne pas dépasser la dose journalière recommandée. Tenir hors de portée des jeunes enfants.""",
 el=300, forms=["citrate", "lactate"], dv=80, sc=20, elemental_alt_mg=150)

add("fr4_nutrisante_sachets_pour100g", "fr", "eu",
 "Modelled on Nutrisanté Magnésium sachets à diluer (orange; amounts approximate): 'pour 100 g | pour 1 sachet (4 g) | % VNR': sachet used: 300 mg, 300/375 = 80 %. Per 100 g 7,5 g is a trap; the 'dont sucres' row is not Mg. 20 sachets = 20.",
"""NUTRISANTÉ
Magnésium
Sachets à diluer | Goût orange | 20 sachets de 4 g
Complément alimentaire
Valeurs nutritionnelles | pour 100 g | pour 1 sachet (4 g) | % VNR*
Énergie | 765 kJ / 180 kcal | 31 kJ / 7 kcal |
Glucides | 45 g | 1,8 g |
dont sucres | 0,5 g | 0,02 g |
Magnésium | 7,5 g | 300 mg | 80 %
*VNR : Valeurs Nutritionnelles de Référence
Ingrédients : citrate de magnésium, maltodextrine, acidifiant : acide citrique ; arôme naturel d'orange, édulcorant : glycosides de stéviol.
Conseils d'utilisation : diluer 1 sachet par jour dans un grand verre d'eau (200 ml).
Ne pas dépasser la dose journalière recommandée. Tenir hors de portée des jeunes enfants.""",
 el=300, forms=["citrate"], dv=80, sc=20)

# =====================================================================================================
# Italian (it)
# =====================================================================================================
add("it4_lattato_dicui_due_colonne", "it", "eu",
 "Modelled on Italian 'Magnesio Lattato' tablets (e.g., Farmaderbe Magnesio Lattato; amounts approximate): 'per 1 compressa | per 2 compresse (dose giornaliera) | %VNR': magnesio lattato 500 / 1 000 mg (compound), 'di cui magnesio 60 mg / 120 mg 32 %' (1000 x 0.120 = 120); daily dose used: 120 mg, 120/375 = 32 %; per tablet 60 mg -> elemental_alt_mg. 60 compresse / 2 = 30.",
"""FARMADERBE
Magnesio Lattato
Integratore alimentare | 60 compresse
Tenori medi | per 1 compressa | per 2 compresse (dose giornaliera) | %VNR*
Magnesio lattato | 500 mg | 1 000 mg | –
di cui magnesio | 60 mg | 120 mg | 32 %
*VNR: Valori Nutritivi di Riferimento
Ingredienti: magnesio lattato; agente di carica: cellulosa microcristallina; antiagglomeranti: biossido di silicio, sali di magnesio degli acidi grassi.
Modo d'uso: 1 compressa due volte al giorno, con un bicchiere d'acqua.
Avvertenze: Non superare la dose giornaliera raccomandata. Gli integratori non vanno intesi come sostituti di una dieta variata ed equilibrata e di uno stile di vita sano. Tenere fuori dalla portata dei bambini al di sotto dei tre anni.""",
 el=120, forms=["lactate"], dv=32, sc=30, elemental_alt_mg=60)

add("it4_erbavita_polvere_per100g", "it", "eu",
 "Modelled on Erba Vita Magnesio Completo polvere solubile (amounts approximate): 'per 100 g | per dose (3,3 g = 1 misurino) | %VNR': dose used: 300 mg, 300/375 = 80 %. Per 100 g 9,1 g (300/3.3 x 100 = 9 091 mg) is a trap. 'Confezione da 150 g (45 dosi)' -> 45.",
"""ERBA VITA
Magnesio Completo
Polvere solubile | Gusto limone | Confezione da 150 g (45 dosi)
Integratore alimentare
Informazioni nutrizionali | per 100 g | per dose (3,3 g = 1 misurino) | %VNR*
Magnesio | 9,1 g | 300 mg | 80 %
*VNR: Valori Nutritivi di Riferimento
Ingredienti: magnesio citrato, magnesio carbonato, acidificante: acido citrico; aroma naturale di limone, edulcorante: glicosidi steviolici.
Modo d'uso: sciogliere 1 misurino (3,3 g) in un bicchiere d'acqua, una volta al giorno.
Avvertenze: Non superare la dose giornaliera consigliata. Tenere fuori dalla portata dei bambini al di sotto dei tre anni. Il prodotto va utilizzato nell'ambito di una dieta variata ed equilibrata e di uno stile di vita sano.""",
 el=300, forms=["citrate", "carbonate"], dv=80, sc=45)

add("it4_frase_compressa_250", "it", "eu",
 "Modelled on Italian 'Magnesio + B6' tablets (e.g., Zeta Farmaceutici Magnesio B6; wording approximate) with the amounts in a sentence: 'Una compressa apporta: Magnesio 250 mg (67% VNR*), Vitamina B6 1,4 mg (100% VNR*)'; 250/375 = 66.7 -> 67 %. 1 compressa al giorno, 30 compresse -> 30. Ossido + lattato.",
"""ZETA
Magnesio + B6
Stanchezza e affaticamento | 30 compresse
Integratore alimentare
Una compressa apporta: Magnesio 250 mg (67% VNR*), Vitamina B6 1,4 mg (100% VNR*).
*VNR: Valori Nutritivi di Riferimento
Ingredienti: magnesio ossido, magnesio lattato, agente di carica: cellulosa microcristallina; antiagglomerante: sali di magnesio degli acidi grassi; piridossina cloridrato.
Modo d'uso: 1 compressa al giorno, preferibilmente a stomaco pieno.
Avvertenze: Non superare la dose giornaliera consigliata. Tenere fuori dalla portata dei bambini di età inferiore a 3 anni.""",
 el=250, forms=["oxide", "lactate"], dv=67, sc=30)

add("it4_flaconcini_per100ml", "it", "eu",
 "Modelled on Italian drinkable magnesium vials (e.g., Vitamincenter Magnesio B6 flaconcini; amounts approximate): 'per 100 ml | per flaconcino (10 ml) | %VNR': vial used: 150 mg, 150/375 = 40 %. Per 100 ml '1 500 mg' is a trap. Gluconato + citrato. 10 flaconcini = 10.",
"""VITAMINCENTER
Magnesio B6
Flaconcini da bere | 10 flaconcini da 10 ml
Integratore alimentare
Tenori medi | per 100 ml | per flaconcino (10 ml) | %VNR*
Magnesio | 1 500 mg | 150 mg | 40 %
Vitamina B6 | 14 mg | 1,4 mg | 100 %
*VNR: Valori Nutritivi di Riferimento
Ingredienti: acqua, fruttosio, magnesio gluconato, magnesio citrato, acidificante: acido citrico; aroma, conservante: sorbato di potassio; piridossina cloridrato.
Modo d'uso: 1 flaconcino al giorno, da bere tal quale o diluito in acqua. Agitare prima dell'uso.
Avvertenze: Non superare la dose giornaliera raccomandata. Tenere fuori dalla portata dei bambini al di sotto dei tre anni.""",
 el=150, forms=["gluconate", "citrate"], dv=40, sc=10)

# =====================================================================================================
# Spanish (es)
# =====================================================================================================
add("es4_soria_cloruro_de_los_cuales", "es", "eu",
 "Modelled on Soria Natural Cloruro de Magnesio comprimidos (amounts approximate): 'Por dosis diaria (3 comprimidos) | % VRN': cloruro de magnesio 1 350 mg (compound) 'de los cuales magnesio 162 mg 43 %' (1350 x 0.120 = 162); 162/375 = 43.2 -> 43 %. 90 comprimidos / 3 = 30.",
"""SORIA NATURAL®
Cloruro de Magnesio
Complemento alimenticio | 90 comprimidos
Información nutricional | Por dosis diaria (3 comprimidos) | % VRN*
Cloruro de magnesio | 1 350 mg | –
de los cuales magnesio | 162 mg | 43 %
*VRN: Valores de Referencia de Nutrientes
Ingredientes: cloruro de magnesio hexahidratado, agente de carga: celulosa microcristalina; antiaglomerante: sales magnésicas de ácidos grasos.
Modo de empleo: tomar 1 comprimido con cada comida principal (3 al día).
Advertencias: No superar la dosis diaria expresamente recomendada. Los complementos alimenticios no deben utilizarse como sustitutos de una dieta equilibrada. Mantener fuera del alcance de los niños más pequeños.""",
 el=162, forms=["chloride"], dv=43, sc=30)

add("es4_epaplus_colageno_por100g", "es", "eu",
 "Modelled on Epaplus Arthicare Colágeno + Hialurónico + Magnesio powder (amounts approximate): 'Por 100 g | Por dosis (8,3 g) | % VRN': dose used: 125 mg, 125/375 = 33.3 -> 33 %. Per 100 g '1 506 mg' is a trap. 'Contiene 40 dosis' -> 40. Carbonato de magnesio.",
"""epaplus®
Arthicare
Colágeno + Hialurónico + Magnesio | Sabor limón | 332 g
Complemento alimenticio
Información nutricional | Por 100 g | Por dosis (8,3 g) | % VRN*
Valor energético | 1 540 kJ / 362 kcal | 128 kJ / 30 kcal |
Proteínas | 88 g | 7,3 g |
Hidratos de carbono | 1,2 g | 0,1 g |
Magnesio | 1 506 mg | 125 mg | 33 %
Vitamina C | 482 mg | 40 mg | 50 %
*VRN: Valores de Referencia de Nutrientes
Ingredientes: colágeno hidrolizado de origen bovino, carbonato de magnesio, ácido L-ascórbico, aroma de limón, ácido hialurónico, edulcorante: sucralosa.
Modo de empleo: disolver 1 cacito dosificador (8,3 g) en un vaso de agua o zumo al día. Contiene 40 dosis.
No superar la dosis diaria expresamente recomendada. Mantener fuera del alcance de los niños más pequeños.""",
 el=125, forms=["carbonate"], dv=33, sc=40)

add("es4_vrn_primero_malato_citrato", "es", "eu",
 "Modelled on Vitae Magnesio Plus cápsulas (malato + citrato; amounts approximate), with the %VRN column BEFORE the amount: 'Magnesio | 53 % | 200 mg' per 2 cápsulas; 200/375 = 53.3 -> 53 %. 60 cápsulas / 2 = 30.",
"""VITAE
Magnesio Plus
Malato y citrato de magnesio | 60 cápsulas vegetales
Complemento alimenticio
Información nutricional | VRN* | Por 2 cápsulas
Magnesio | 53 % | 200 mg
Vitamina B6 | 100 % | 1,4 mg
*VRN: Valores de Referencia de Nutrientes
Ingredientes: malato de magnesio, citrato de magnesio, cápsula vegetal (hidroxipropilmetilcelulosa), clorhidrato de piridoxina.
Modo de empleo: tomar 2 cápsulas al día con un vaso de agua, preferentemente con las comidas.
No superar la dosis diaria expresamente recomendada. Mantener fuera del alcance de los niños más pequeños.""",
 el=200, forms=["malate", "citrate"], dv=53, sc=30)

add("es4_frase_masticables_300", "es", "eu",
 "Modelled on Sanon Magnesio masticable comprimidos (El Corte Inglés store brand; wording approximate), with the amounts in a sentence: '2 comprimidos masticables aportan 300 mg de magnesio (80 % VRN*)'; 300/375 = 80 %. 40 comprimidos / 2 = 20. Carbonato + óxido.",
"""SANON
Magnesio Masticable
Sabor fresa | 40 comprimidos masticables
Complemento alimenticio
Composición por dosis diaria: 2 comprimidos masticables aportan 300 mg de magnesio (80 % VRN*) y 1,4 mg de vitamina B6 (100 % VRN*).
*VRN: Valores de Referencia de Nutrientes
Ingredientes: edulcorante: sorbitol; carbonato de magnesio, óxido de magnesio, aroma de fresa, antiaglomerante: estearato de magnesio; clorhidrato de piridoxina.
Modo de empleo: masticar 2 comprimidos al día, preferiblemente después de las comidas.
Advertencias: Un consumo excesivo puede tener efectos laxantes. No superar la dosis diaria expresamente recomendada. Mantener fuera del alcance de los niños más pequeños.""",
 el=300, forms=["carbonate", "oxide"], dv=80, sc=20)

# =====================================================================================================
# Polish (pl)
# =====================================================================================================
add("pl4_taurynian_wtym", "pl", "eu",
 "Modelled on Medverita Taurynian Magnezu kapsułki (amounts approximate): 'w 2 kapsułkach | % RWS': taurynian magnezu 1 800 mg (compound) 'w tym magnez 160 mg 43 %' (1800 x 0.089 = 160.2); 160/375 = 42.7 -> 43 %. 60 kapsułek / 2 = 30.",
"""MEDVERITA
Taurynian Magnezu
Suplement diety | 60 kapsułek
Składniki | w 2 kapsułkach | % RWS*
Taurynian magnezu | 1 800 mg | –
w tym magnez | 160 mg | 43 %
*RWS – referencyjna wartość spożycia
Składniki: taurynian magnezu, otoczka kapsułki: hydroksypropylometyloceluloza.
Sposób użycia: 2 kapsułki dziennie, popijając wodą.
Nie przekraczać zalecanej porcji do spożycia w ciągu dnia. Suplement diety nie może być stosowany jako substytut zróżnicowanej diety. Przechowywać w sposób niedostępny dla małych dzieci.""",
 el=160, forms=["taurate"], dv=43, sc=30)

add("pl4_intenson_jablczan_100g", "pl", "eu",
 "Modelled on Intenson Jabłczan magnezu powder (amounts approximate): 'w 100 g | w porcji (2 g) | % RWS': portion used: 300 mg, 300/375 = 80 %. Per 100 g 15,0 g is a trap. '200 g = 100 porcji' -> 100.",
"""INTENSON
Jabłczan Magnezu
Proszek | 200 g = 100 porcji
Suplement diety
Wartość odżywcza | w 100 g | w porcji (2 g) | % RWS*
Magnez | 15,0 g | 300 mg | 80 %
*RWS – referencyjna wartość spożycia
Składniki: jabłczan magnezu 100%.
Sposób użycia: 1 porcję (2 g, ok. ½ łyżeczki) rozpuścić w szklance wody i wypić raz dziennie.
Nie przekraczać zalecanej porcji do spożycia w ciągu dnia. Przechowywać w sposób niedostępny dla małych dzieci.""",
 el=300, forms=["malate"], dv=80, sc=100)

add("pl4_magnez_max_rws_pierwsza", "pl", "eu",
 "Modelled on Polish pharmacy 'Magnez MAX 375 + B6' tablets (e.g., Apteo Magnez Max; amounts approximate), with the %RWS column BEFORE 'w dziennej porcji (2 tabletki)': Magnez 100 % | 375 mg; 375/375 = 100 %. Three salts. Statutory-style 250 mg warning is not the dose. 60 tabletek / 2 = 30.",
"""APTEO
Magnez MAX 375 + B6
Suplement diety | 60 tabletek
Zawartość | % RWS* | w dziennej porcji (2 tabletki)
Magnez | 100 % | 375 mg
Witamina B6 | 143 % | 2 mg
*RWS – referencyjna wartość spożycia
Składniki: cytrynian magnezu, tlenek magnezu, węglan magnezu, substancja wypełniająca: celuloza mikrokrystaliczna; substancja przeciwzbrylająca: sole magnezowe kwasów tłuszczowych; chlorowodorek pirydoksyny.
Sposób użycia: dorośli: 1 tabletka 2 razy dziennie po posiłku.
Ostrzeżenia: Spożycie magnezu w ilości większej niż 250 mg dziennie może mieć działanie przeczyszczające. Nie przekraczać zalecanej porcji do spożycia w ciągu dnia. Przechowywać w sposób niedostępny dla małych dzieci.""",
 el=375, forms=["citrate", "oxide", "carbonate"], dv=100, sc=30)

add("pl4_zdanie_musujace_300", "pl", "eu",
 "Modelled on Polish effervescent 'Magnez + Potas + B6' tablets (e.g., Vitaler's; wording approximate), with the amounts in a sentence: 'Dzienna porcja (1 tabletka musująca) zawiera: magnez – 300 mg (80% RWS*) ...'; 300/375 = 80 %. 'cytrynian potasu' is a potassium salt, not an Mg form. 20 tabletek = 20.",
"""VITALER'S
Magnez + Potas + B6
Tabletki musujące | smak cytrynowy | 20 tabletek
Suplement diety
Dzienna porcja (1 tabletka musująca) zawiera: magnez – 300 mg (80% RWS*), potas – 200 mg (10% RWS*), witamina B6 – 1,4 mg (100% RWS*).
*RWS – referencyjna wartość spożycia
Składniki: regulatory kwasowości: kwas cytrynowy, wodorowęglan sodu; węglan magnezu, cytrynian potasu, aromat, substancje słodzące: sukraloza; chlorowodorek pirydoksyny.
Sposób użycia: 1 tabletkę rozpuścić w szklance wody (200 ml) i wypić raz dziennie.
Nie przekraczać zalecanej porcji do spożycia w ciągu dnia. Przechowywać w sposób niedostępny dla małych dzieci.""",
 el=300, forms=["carbonate"], dv=80, sc=20)

# =====================================================================================================
# Dutch (nl)
# =====================================================================================================
add("nl4_roter_ri_voor_hoeveelheid", "nl", "eu",
 "Modelled on Roter Magnesium + B6 tabletten (amounts approximate), with the %RI column BEFORE 'per tablet': Magnesium 67 % | 250 mg; 250/375 = 66.7 -> 67 %. Oxide + citrate. 1 tablet per day, 90 tabletten -> 90.",
"""ROTER
Magnesium + B6
Voedingssupplement | 90 tabletten
Samenstelling | %RI* | per tablet
Magnesium | 67 % | 250 mg
Vitamine B6 | 100 % | 1,4 mg
*RI = Referentie-inname
Ingrediënten: magnesiumoxide, vulstof: microkristallijne cellulose; magnesiumcitraat, antiklontermiddel: magnesiumzouten van vetzuren; pyridoxinehydrochloride.
Gebruik: 1 tablet per dag met water innemen, bij voorkeur tijdens de maaltijd.
De aanbevolen dagdosering niet overschrijden. Een voedingssupplement is geen vervanging voor een gevarieerd en evenwichtig voedingspatroon en een gezonde levensstijl. Buiten bereik van jonge kinderen bewaren.""",
 el=250, forms=["oxide", "citrate"], dv=67, sc=90)

add("nl4_threonaat_waarvan", "nl", "eu",
 "Modelled on Vitaminstore Magnesium L-threonaat (Magtein) capsules (amounts approximate): 'per dagdosering (3 capsules) | %RI': Magnesium-L-threonaat 2000 mg (compound) and 'waarvan magnesium 144 mg 38 %'; 144/375 = 38.4 -> 38 %. 90 capsules / 3 = 30.",
"""VITAMINSTORE
Magnesium L-threonaat
Magtein® | 90 vegacapsules
Voedingssupplement
Samenstelling | per dagdosering (3 capsules) | %RI*
Magnesium-L-threonaat (Magtein®) | 2000 mg | **
waarvan magnesium | 144 mg | 38 %
*RI = Referentie-inname ** geen RI vastgesteld
Ingrediënten: magnesium-L-threonaat, capsulewand: hydroxypropylmethylcellulose.
Gebruik: 3 capsules per dag, bijvoorbeeld 1 capsule 's ochtends en 2 capsules 's avonds.
De aanbevolen dagdosering niet overschrijden. Buiten bereik van jonge kinderen bewaren.""",
 el=144, forms=["threonate"], dv=38, sc=30)

add("nl4_trekpleister_zin_bruis", "nl", "eu",
 "Modelled on Trekpleister Magnesium bruistabletten (store brand; wording approximate), with the amount in a sentence: 'Eén bruistablet bevat 300 mg magnesium (80% van de referentie-inname*)'; 300/375 = 80 %. Dutch 250 mg warning is not the dose. Carbonaat + oxide. 20 bruistabletten = 20.",
"""Trekpleister
Magnesium 300 mg
Bruistabletten | Sinaasappelsmaak | 20 stuks
Voedingssupplement
Eén bruistablet bevat 300 mg magnesium (80% van de referentie-inname*).
*RI = Referentie-inname
Ingrediënten: zuurteregelaars: citroenzuur, natriumwaterstofcarbonaat; magnesiumcarbonaat, magnesiumoxide, aroma, zoetstoffen: sucralose, acesulfaam-K; kleurstof: bètacaroteen.
Gebruik: 1 bruistablet per dag oplossen in een glas water (200 ml).
Waarschuwing: Een inname van meer dan 250 mg magnesium per dag kan bij gevoelige personen een laxerende werking hebben. De aanbevolen dagdosering niet overschrijden. Buiten bereik van jonge kinderen bewaren.""",
 el=300, forms=["carbonate", "oxide"], dv=80, sc=20)

add("nl4_springfield_complex_2col", "nl", "eu",
 "Modelled on Springfield Nutraceuticals Magnesium Complex tabletten (amounts approximate): 'per tablet | per dagdosering (2 tabletten) | %RI': daily dose used: 200 mg, 200/375 = 53.3 -> 53 %; per tablet 100 mg -> elemental_alt_mg. Lactaat, gluconaat, citraat. 100 tabletten / 2 = 50.",
"""SPRINGFIELD
Magnesium Complex
Lactaat • Gluconaat • Citraat | 100 tabletten
Voedingssupplement
Voedingswaarde | per tablet | per dagdosering (2 tabletten) | %RI*
Magnesium | 100 mg | 200 mg | 53 %
*RI = Referentie-inname per dagdosering
Ingrediënten: magnesiumlactaat, magnesiumgluconaat, magnesiumcitraat, vulstof: microkristallijne cellulose; antiklontermiddel: magnesiumstearaat.
Gebruik: 2 maal per dag 1 tablet bij de maaltijd.
De aanbevolen dagdosering niet overschrijden. Buiten bereik van jonge kinderen bewaren.""",
 el=200, forms=["lactate", "gluconate", "citrate"], dv=53, sc=50, elemental_alt_mg=100)

# =====================================================================================================
# Czech (cs)
# =====================================================================================================
add("cs4_drmax_375_b6", "cs", "eu",
 "Modelled on Dr.Max Magnesium 375 mg + B6 tablety (amounts approximate): 'Obsah v denní dávce (1 tableta) | % RHP': 375 mg, 375/375 = 100 %. Oxid + citrát. Czech 250 mg warning is not the dose. 60 tablet, 1 per day -> 60.",
"""Dr.Max
Magnesium 375 mg + B6
Doplněk stravy | 60 tablet
Obsah v denní dávce (1 tableta) | % RHP*
Hořčík | 375 mg | 100 %
Vitamín B6 | 2 mg | 143 %
*RHP = referenční hodnota příjmu
Složení: oxid hořečnatý, citrát hořečnatý, plnidlo: mikrokrystalická celulóza; protispékavá látka: hořečnaté soli mastných kyselin; pyridoxin hydrochlorid.
Dávkování: 1 tableta denně, zapít dostatečným množstvím vody.
Upozornění: Příjem hořčíku vyšší než 250 mg denně může mít projímavé účinky. Nepřekračujte doporučenou denní dávku. Není určeno pro děti. Uchovávejte mimo dosah dětí.""",
 el=375, forms=["oxide", "citrate"], dv=100, sc=60)

add("cs4_vitar_rhp_pred_mnozstvim", "cs", "eu",
 "Modelled on Vitar Magnesium tobolky (amounts approximate), with the %RHP column BEFORE the amount: 'Hořčík | 80 % | 300 mg' per 2 tobolky; 300/375 = 80 %. Laktát + citrát. 60 tobolek / 2 = 30.",
"""VITAR
Magnesium 300
Laktát a citrát hořečnatý | 60 tobolek
Doplněk stravy
Výživové údaje | % RHP* | 2 tobolky
Hořčík | 80 % | 300 mg
*RHP = referenční hodnota příjmu
Složení: laktát hořečnatý, citrát hořečnatý, želatinová tobolka, protispékavá látka: stearan hořečnatý.
Dávkování: 1 tobolka 2× denně po jídle, zapít vodou.
Nepřekračujte doporučenou denní dávku. Doplněk stravy není náhradou pestré stravy. Uchovávejte mimo dosah malých dětí.""",
 el=300, forms=["lactate", "citrate"], dv=80, sc=30)

add("cs4_sacky_na100g_ztoho_cukry", "cs", "eu",
 "Modelled on Czech magnesium drink sachets (e.g., Salutem Magnesium 300 sáčky; amounts approximate): 'na 100 g | na 1 sáček (5 g) | % RHP': sachet used: 300 mg, 300/375 = 80 %. Per 100 g 6,0 g is a trap; 'z toho cukry' is not Mg. 20 sáčků = 20. Citrát + uhličitan.",
"""SALUTEM
Magnesium 300
Nápoj v prášku | citron | 20 sáčků po 5 g
Doplněk stravy
Výživové údaje | na 100 g | na 1 sáček (5 g) | % RHP*
Energie | 720 kJ / 172 kcal | 36 kJ / 9 kcal |
Sacharidy | 40 g | 2,0 g |
z toho cukry | 2,0 g | 0,1 g |
Hořčík | 6,0 g | 300 mg | 80 %
*RHP = referenční hodnota příjmu
Složení: citrát hořečnatý, maltodextrin, uhličitan hořečnatý, kyselina citronová, aroma, sladidlo: sukralóza.
Dávkování: obsah 1 sáčku rozmíchejte ve sklenici vody (200 ml), 1× denně.
Upozornění: Nepřekračujte doporučenou denní dávku. Uchovávejte mimo dosah malých dětí.""",
 el=300, forms=["citrate", "carbonate"], dv=80, sc=20)

add("cs4_veta_ztoho_glycinat_malat", "cs", "eu",
 "Modelled on Czech 'Magnesium bisglycinát + malát' tobolky (e.g., Nutristar; wording approximate), with the amounts in a sentence: 'Denní dávka (2 tobolky) obsahuje: bisglycinát hořečnatý 1 000 mg a malát hořečnatý 500 mg, z toho hořčík 218 mg (58 % RHP*)' (141 + 77.5 = 218.5); 218/375 = 58.1 -> 58 %. 60 tobolek / 2 = 30.",
"""NUTRISTAR
Magnesium Bisglycinát + Malát
Doplněk stravy | 60 tobolek
Denní dávka (2 tobolky) obsahuje: bisglycinát hořečnatý 1 000 mg a malát hořečnatý 500 mg, z toho hořčík 218 mg (58 % RHP*).
*RHP = referenční hodnota příjmu
Složení: bisglycinát hořečnatý, malát hořečnatý, tobolka: hydroxypropylmethylcelulóza.
Dávkování: 2 tobolky denně, zapít vodou.
Upozornění: Příjem hořčíku vyšší než 250 mg denně může mít projímavé účinky. Nepřekračujte doporučenou denní dávku. Uchovávejte mimo dosah malých dětí.""",
 el=218, forms=["glycinate", "malate"], dv=58, sc=30)

# =====================================================================================================
# UK / Canada / Australia
# =====================================================================================================
add("uk4_viridian_citrate_daily", "en", "intl",
 "Modelled on Viridian Magnesium Citrate vegetable capsules (UK; amounts approximate): 'Per daily intake (2 capsules) | %NRV': 300mg (UK spacing), 300/375 = 80 %. 90 capsules / 2 = 45.",
"""VIRIDIAN
Magnesium Citrate
300mg | 90 Veg Caps | Food Supplement
Nutritional Information | Per daily intake (2 capsules) | %NRV*
Magnesium (from magnesium citrate) | 300mg | 80%
*NRV = Nutrient Reference Value
Ingredients: Magnesium citrate, vegetable capsule (hydroxypropyl methylcellulose).
Directions: Take two capsules daily with food.
Do not exceed the recommended daily intake. Food supplements should not be used as a substitute for a varied and balanced diet and a healthy lifestyle. Keep out of the reach of young children.""",
 el=300, forms=["citrate"], dv=80, sc=45, _dvb=375)

add("uk4_boots_375_each_tablet", "en", "intl",
 "Modelled on Boots Magnesium 375mg + B6 tablets (UK; amounts approximate): 'Each tablet provides | %NRV': 375mg, 375/375 = 100 %; one tablet a day, so the tablet is the serving; 60 tablets / 1 = 60. Magnesium oxide.",
"""Boots
Magnesium 375mg
with Vitamin B6 | 60 Tablets | Food Supplement
Contributes to the reduction of tiredness and fatigue
Each tablet provides | %NRV*
Magnesium | 375mg | 100%
Vitamin B6 | 1.4mg | 100%
*NRV = Nutrient Reference Value
Ingredients: Magnesium Oxide, Bulking Agent (Microcrystalline Cellulose), Anti-Caking Agents (Magnesium Salts of Fatty Acids, Silicon Dioxide), Pyridoxine Hydrochloride.
Directions: Adults: take one tablet a day with water. Do not exceed the recommended intake.
Food supplements should not be used as a substitute for a varied and balanced diet and a healthy lifestyle. Keep out of the reach and sight of young children.""",
 el=375, forms=["oxide"], dv=100, sc=60, _dvb=375)

add("ca4_jamieson_250_each_tablet", "en", "intl",
 "Modelled on Jamieson Magnesium 250 mg tablets (Canada NHP format; amounts approximate; NPN shown is a placeholder): 'Each tablet contains: Magnesium (magnesium citrate, magnesium oxide) 250 mg' -> 250 mg per tablet; no %DV. Dose '1-2 tablets daily' is a range, so serving_count is null (Canada/Australia 'each unit' convention).",
"""JAMIESON
Magnesium 250 mg
Muscle Function | 100 Tablets | NPN 80000123
Medicinal Ingredients
Each tablet contains:
Magnesium (magnesium citrate, magnesium oxide) | 250 mg
Non-Medicinal Ingredients: Microcrystalline cellulose, croscarmellose sodium, hypromellose, magnesium stearate, glycerin.
Recommended Use: Helps in the development and maintenance of bones and teeth. Helps to maintain proper muscle function.
Recommended Dose: Adults: Take 1-2 tablets daily with food. Take a few hours before or after taking other medications.
Risk Information: Consult a health care practitioner prior to use if you are pregnant or breastfeeding.""",
 el=250, forms=["citrate", "oxide"], dv=None, sc=None)

add("au4_swisse_ultiboost_equiv195", "en", "intl",
 "Modelled on Swisse Ultiboost Magnesium tablets (Australia; amounts approximate): compound weights (oxide-heavy 249 mg -> 150.1, citrate 125 mg -> 20.3, amino acid chelate 250 mg -> ~25 at ~10%) and 'Equiv. magnesium 195 mg'; the stated equivalent is used (tol 2). 'Equiv. pyridoxine' is not Mg. Dose 1 tablet twice daily -> serving_count null ('each tablet' convention).",
"""Swisse
Ultiboost Magnesium
Muscle Cramps | Energy | 120 Tablets
Each tablet contains:
Magnesium oxide - heavy | 249 mg
Magnesium citrate | 125 mg
Magnesium amino acid chelate | 250 mg
Equiv. magnesium | 195 mg
Pyridoxine hydrochloride (vitamin B6) | 25 mg
Equiv. pyridoxine | 20.6 mg
Directions: Adults: Take 1 tablet twice daily with food, or as directed by your healthcare professional.
Always read the label and follow the directions for use. Vitamin and mineral supplements should not replace a balanced diet. If symptoms persist, talk to your health professional.""",
 el=195, forms=["oxide", "citrate", "amino_acid_chelate"], dv=None, sc=None)

# =====================================================================================================
# Topical with a declared amount
# =====================================================================================================
add("tp4_lifeflo_lotion_per_pump", "en", "topical",
 "Modelled on Life-Flo Magnesium Lotion (magnesium chloride; amounts approximate): declares 'Per Application (1 pump, 2 mL) 65 mg | Per Bottle (237 mL) 7,700 mg'; the application is the serving: 65 mg (65 x 118.5 = 7 702). Per-bottle figure is a trap. 'About 118 applications per bottle' -> 118. No %DV.",
"""life-flo®
Magnesium Lotion
Magnesium Chloride from the Zechstein Seabed | 8 fl oz (237 mL)
Magnesium Content | Per Application (1 pump, 2 mL) | Per Bottle (237 mL)
Magnesium (from magnesium chloride) | 65 mg | 7,700 mg
About 118 applications per bottle.
Ingredients: Aqua, magnesium chloride, caprylic/capric triglyceride, cetearyl alcohol, glyceryl stearate, shea butter, aloe barbadensis leaf juice, tocopherol, phenoxyethanol.
Directions: Apply 1 pump to arms, legs or abdomen and massage into skin. Use once or twice daily.
Caution: For external use only. Avoid contact with eyes. Do not apply to broken or irritated skin. A slight tingling sensation may occur.""",
 el=65, forms=["chloride"], dv=None, sc=118)

# =====================================================================================================
# Negatives
# =====================================================================================================
add("neg4_molybdenum_glycinate", "en", "negative",
 "Modelled on Swanson Albion Chelated Molybdenum (molybdenum glycinate chelate) capsules: 'glycinate' belongs to molybdenum; magnesium appears only as magnesium stearate (excipient). No magnesium source.",
"""SWANSON
Albion® Chelated Molybdenum
Molybdenum Glycinate Chelate 150 mcg | 90 Capsules
Supplement Facts
Serving Size 1 Capsule
Servings Per Container 90
Amount Per Serving | % Daily Value
Molybdenum (as Albion® molybdenum glycinate chelate) | 150 mcg | 333%
Other Ingredients: Rice flour, gelatin (capsule), magnesium stearate, silica.
Suggested Use: As a dietary supplement, take one capsule per day with food and water.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=90)

add("neg4_dulcolax_stool_softener", "en", "negative",
 "Modelled on Dulcolax Stool Softener (docusate sodium 100 mg softgels) Drug Facts: a laxative from the same brand as df4_dulcolax_liquid_mom but with no magnesium at all.",
"""Dulcolax®
Stool Softener | Docusate Sodium 100 mg
Gentle, Dependable Relief | 50 Liquid Gels
Drug Facts
Active ingredient (in each softgel) | Purpose
Docusate sodium 100 mg | Stool softener
Uses relieves occasional constipation (irregularity); generally produces bowel movement in 12 to 72 hours
Warnings
Do not use if you are presently taking mineral oil, unless told to do so by a doctor.
Ask a doctor before use if you have stomach pain, nausea, vomiting, or noticed a sudden change in bowel habits that lasts over 2 weeks.
Stop use and ask a doctor if you have rectal bleeding or fail to have a bowel movement after use of a laxative. You need to use a laxative for more than 1 week.
Keep out of reach of children.
Directions take only by mouth. Doses may be taken as a single daily dose or in divided doses.
age | dose
adults and children 12 years and over | take 1-3 softgels daily
children 2 to under 12 years of age | take 1 softgel daily
children under 2 years | ask a doctor
Other information each softgel contains: sodium 5 mg; store at 25°C (77°F)
Inactive ingredients FD&C red #40, gelatin, glycerin, polyethylene glycol, propylene glycol, sorbitol, titanium dioxide""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=None)
