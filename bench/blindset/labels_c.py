from labels_b import add, L

# ---------------- German ----------------
add("de_doppelherz_400", "de", "eu",
 "Modelled on Doppelherz Magnesium 400 (Magnesiumoxid) tablets: 400 mg pro Tablette = Tagesdosis, 107 % NRV (400/375=106.7), 30 Tabletten.",
"""Doppelherz®
Magnesium 400
Nahrungsergänzungsmittel mit Magnesium | 30 Tabletten
Nährwertangaben | pro Tablette | % NRV*
Magnesium | 400 mg | 107 %
* NRV = Nährstoffbezugswerte gemäß LMIV
Zutaten: Magnesiumoxid, Füllstoff mikrokristalline Cellulose, Überzugsmittel Hydroxypropylmethylcellulose, Trennmittel Magnesiumsalze der Speisefettsäuren, Farbstoff Titandioxid.
Verzehrempfehlung: Täglich 1 Tablette unzerkaut mit ausreichend Flüssigkeit verzehren.
Die angegebene empfohlene tägliche Verzehrmenge darf nicht überschritten werden. Nahrungsergänzungsmittel sind kein Ersatz für eine ausgewogene und abwechslungsreiche Ernährung und eine gesunde Lebensweise. Außerhalb der Reichweite von kleinen Kindern lagern.
Inhalt: 30 Tabletten = 30 Tagesportionen. Nettofüllmenge 42,6 g""",
 el=400, forms=["oxide"], dv=107, sc=30)

add("de_mivolis_brause", "de", "eu",
 "Modelled on dm Mivolis Magnesium 350 Brausetabletten: 350 mg pro Brausetablette, 93 % NRV (350/375=93.3); Magnesiumcarbonat + Magnesiumoxid; 20 Stück.",
"""Mivolis
Magnesium 350
Brausetabletten | Orangen-Geschmack | 20 Stück | 82 g
Nährwerte | pro Brausetablette | %NRV*
Magnesium | 350 mg | 93
*Nährstoffbezugswert
Zutaten: Säuerungsmittel Citronensäure, Säureregulator Natriumhydrogencarbonat, Magnesiumcarbonat, Magnesiumoxid, Füllstoff Sorbit, Aroma, Süßungsmittel Sucralose, Farbstoff Beta-Carotin.
Verzehrempfehlung: Täglich 1 Brausetablette in einem Glas Wasser (200 ml) auflösen und trinken.
Hinweise: Die angegebene empfohlene tägliche Verzehrmenge nicht überschreiten. Kann bei übermäßigem Verzehr abführend wirken. Außerhalb der Reichweite von kleinen Kindern aufbewahren.""",
 el=350, forms=["carbonate", "oxide"], dv=93, sc=20)

add("de_bisglycinat_kapseln", "de", "eu",
 "Modelled on German Magnesiumbisglycinat capsule labels (e.g. Sunday Natural / Nature Love style): pro Tagesdosis (2 Kapseln) Magnesiumbisglycinat 1380 mg, davon Magnesium 200 mg, 53 % NRV (200/375=53.3); pro Kapsel column 100 mg / 27 %. Expected = daily dose.",
"""Magnesium Bisglycinat
Hochdosiert | Vollständig reagiert
120 Kapseln | 60 Tagesportionen
Nährwertangaben | pro Kapsel | pro Tagesdosis (2 Kapseln) | %NRV**
Magnesiumbisglycinat | 690 mg | 1380 mg | *
davon Magnesium | 100 mg | 200 mg | 53 %
* kein NRV vorhanden ** Referenzmenge für die tägliche Zufuhr (NRV) nach VO (EU) 1169/2011
Zutaten: Magnesiumbisglycinat, Kapselhülle: Hydroxypropylmethylcellulose.
Verzehrempfehlung: Täglich 2 Kapseln mit ausreichend Wasser verzehren, am besten auf zwei Einnahmen verteilt.
Die empfohlene tägliche Verzehrmenge darf nicht überschritten werden. Nahrungsergänzungsmittel sind kein Ersatz für eine ausgewogene und abwechslungsreiche Ernährung und eine gesunde Lebensweise. Für kleine Kinder unzugänglich aufbewahren.""",
 el=200, forms=["glycinate"], dv=53, sc=60, elemental_alt_mg=100)

add("de_citrat_pulver", "de", "eu",
 "Modelled on sunday.at Magnesiumcitrat Pulver text (1 Messlöffel ca. 1 g Magnesiumcitrat, davon 109 mg Magnesium; 2x täglich): Tagesdosis 2 Messlöffel = 218 mg, 58 % NRV (218/375=58.1); per-Messlöffel column 109 mg / 29 %. Expected = daily dose.",
"""Magnesiumcitrat Pulver
Reines Trimagnesiumdicitrat | 300 g
Nährwerte | pro Messlöffel (1 g) | pro Tagesdosis (2 Messlöffel = 2 g) | %NRV*
Magnesiumcitrat | 1000 mg | 2000 mg |
davon Magnesium | 109 mg | 218 mg | 58 %
*NRV: Nährstoffbezugswerte nach LMIV (EU) Nr. 1169/2011
Zutaten: Trimagnesiumdicitrat.
Verzehrempfehlung: Zweimal täglich 1 Messlöffel (ca. 1 g Magnesiumcitrat, davon 109 mg Magnesium) mit 200 ml Wasser einnehmen. Gut einrühren und zügig trinken.
Hinweis: Das BfR empfiehlt, die Tagesdosis auf mindestens zwei Einnahmen pro Tag zu verteilen. Die angegebene empfohlene tägliche Verzehrmenge nicht überschreiten. Kein Ersatz für eine ausgewogene und abwechslungsreiche Ernährung. Außerhalb der Reichweite von kleinen Kindern aufbewahren.
Packungsinhalt: 300 g = 150 Tagesportionen""",
 el=218, forms=["citrate"], dv=58, sc=150, elemental_alt_mg=109)

add("de_neg_zink", "de", "negative",
 "Modelled on a German Zink 10 mg tablet (e.g. Abtei/Mivolis Zink): Zink only; 'Trennmittel Magnesiumsalze der Speisefettsäuren' is an excipient.",
"""Zink 10 mg
Für das Immunsystem | Nahrungsergänzungsmittel
100 Tabletten
Nährwertangaben | pro Tablette | %NRV*
Zink | 10 mg | 100 %
*Nährstoffbezugswerte
Zutaten: Füllstoff Cellulose, Zinkgluconat, Trennmittel Magnesiumsalze der Speisefettsäuren, Siliciumdioxid.
Verzehrempfehlung: Täglich 1 Tablette mit Flüssigkeit verzehren.
Die empfohlene tägliche Verzehrmenge darf nicht überschritten werden. Außerhalb der Reichweite von kleinen Kindern aufbewahren.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=100)

# ---------------- French ----------------
add("fr_marin_b6", "fr", "eu",
 "Modelled on French 'Magnésium marin + B6' tablets (Juvamine/Arkopharma style): pour 2 comprimés Magnésium 300 mg 80 % VNR (300/375=80.0); oxyde de magnésium marin.",
"""Magnésium Marin B6
Complément alimentaire | Fatigue - Stress
60 comprimés | 30 jours
Informations nutritionnelles | Pour 2 comprimés | % VNR*
Magnésium | 300 mg | 80 %
Vitamine B6 | 1,4 mg | 100 %
*VNR : Valeurs Nutritionnelles de Référence
Ingrédients : oxyde de magnésium marin, agent de charge : cellulose microcristalline ; anti-agglomérants : sels de magnésium d'acides gras, dioxyde de silicium ; chlorhydrate de pyridoxine.
Conseils d'utilisation : 2 comprimés par jour, à avaler avec un grand verre d'eau au cours du repas.
Précautions d'emploi : Ne pas dépasser la dose journalière recommandée. Un complément alimentaire ne doit pas se substituer à une alimentation variée et équilibrée et à un mode de vie sain. Tenir hors de portée des jeunes enfants.""",
 el=300, forms=["oxide"], dv=80, sc=30)

add("fr_bisglycinate", "fr", "eu",
 "Modelled on French bisglycinate capsules (Nutrimuscle-type 'Bisglycinate de magnésium'): pour 3 gélules bisglycinate 1 500 mg dont magnésium 210 mg, 56 % VNR (210/375=56.0).",
"""Bisglycinate de Magnésium
Forme chélatée | 90 gélules végétales
Valeurs nutritionnelles | Pour 3 gélules | % VNR*
Bisglycinate de magnésium | 1 500 mg | -
dont magnésium | 210 mg | 56 %
*Valeurs nutritionnelles de référence
Ingrédients : bisglycinate de magnésium, gélule végétale (hydroxypropylméthylcellulose).
Conseils d'utilisation : 3 gélules par jour, réparties dans la journée, avec un verre d'eau.
Ne pas dépasser la dose journalière recommandée. À conserver à l'abri de la chaleur et de l'humidité. Tenir hors de portée des jeunes enfants. Ce complément alimentaire ne peut se substituer à une alimentation variée et équilibrée.""",
 el=210, forms=["glycinate"], dv=56, sc=30)

add("fr_citrate_taurine", "fr", "eu",
 "Modelled on French multi-form capsules ('citrate de magnésium, taurinate de magnésium'): pour 4 gélules (dose journalière) 250 mg 67 % VNR (250/375=66.7).",
"""MAGNÉSIUM 3 FORMES
Citrate | Taurinate | Vitamine B6
120 gélules
Valeurs nutritionnelles moyennes | Par dose journalière (4 gélules) | % VNR*
Magnésium | 250 mg | 67 %
Taurine | 400 mg | -
Vitamine B6 | 2 mg | 143 %
*VNR : valeurs nutritionnelles de référence
Ingrédients : citrate de magnésium, taurinate de magnésium, taurine, gélule (hydroxypropylméthylcellulose), chlorhydrate de pyridoxine.
Conseils d'utilisation : 2 gélules le matin et 2 gélules le soir.
Ne pas dépasser la dose journalière recommandée. Déconseillé aux femmes enceintes et allaitantes. Tenir hors de portée des jeunes enfants.""",
 el=250, forms=["citrate", "taurate"], dv=67, sc=30)

# ---------------- Italian ----------------
add("it_magnesio_supremo", "it", "eu",
 "Modelled on Magnesio Supremo (Natura Service) powder, carbonato di magnesio + acido citrico: per dose (1 cucchiaino, 2 g) Magnesio 240 mg 64 % VNR (240/375=64.0).",
"""MAGNESIO SUPREMO®
Integratore alimentare di Magnesio | Polvere solubile
Barattolo da 150 g
Informazioni nutrizionali | Per dose giornaliera (1 cucchiaino raso = 2 g) | % VNR*
Magnesio | 240 mg | 64 %
*VNR: Valori Nutritivi di Riferimento
Ingredienti: magnesio carbonato, acido citrico.
Modalità d'uso: sciogliere 1 cucchiaino raso in mezzo bicchiere di acqua calda, attendere la fine dell'effervescenza e bere.
Avvertenze: Non superare la dose giornaliera raccomandata. Gli integratori non vanno intesi come sostituti di una dieta varia ed equilibrata e di uno stile di vita sano. Tenere fuori dalla portata dei bambini al di sotto dei 3 anni.
Confezione da 75 dosi""",
 el=240, forms=["carbonate"], dv=64, sc=75)

add("it_polase_bustine", "it", "eu",
 "Modelled on Polase-type magnesio e potassio sachets (aspartate): per bustina Magnesio 150 mg 40 % VNR (150/375=40.0), Potassio 300 mg 15 %.",
"""Integratore di Magnesio e Potassio
Con Vitamina C | Gusto Arancia
24 bustine da 10 g
Tenori medi | Per 1 bustina | % VNR*
Magnesio | 150 mg | 40 %
Potassio | 300 mg | 15 %
Vitamina C | 60 mg | 75 %
*VNR: valori nutritivi di riferimento
Ingredienti: saccarosio, potassio L-aspartato, magnesio L-aspartato, acido citrico, aromi, vitamina C (acido L-ascorbico), colorante: beta-carotene.
Modalità d'uso: 1 bustina al giorno sciolta in un bicchiere d'acqua.
Avvertenze: Non superare la dose giornaliera consigliata. Tenere fuori dalla portata dei bambini al di sotto dei tre anni. Gli integratori non vanno intesi come sostituti di una dieta varia ed equilibrata.""",
 el=150, forms=["aspartate"], dv=40, sc=24)

add("it_bisglicinato_cpr", "it", "eu",
 "Modelled on Italian 'Magnesio Bisglicinato' tablets: per dose giornaliera (2 compresse) magnesio bisglicinato 1000 mg di cui magnesio 140 mg, 37 % VNR (140/375=37.3).",
"""MAGNESIO BISGLICINATO
Integratore alimentare | 60 compresse
Contenuti medi | Per dose giornaliera (2 compresse) | % VNR*
Magnesio bisglicinato | 1000 mg |
di cui Magnesio | 140 mg | 37 %
*VNR: Valori Nutritivi di Riferimento (Reg. UE 1169/2011)
Ingredienti: magnesio bisglicinato; agente di carica: cellulosa microcristallina; antiagglomeranti: sali di magnesio degli acidi grassi, biossido di silicio.
Modo d'uso: assumere 2 compresse al giorno con acqua.
Avvertenze: non superare la dose giornaliera raccomandata. Tenere fuori dalla portata dei bambini al di sotto dei 3 anni. Conservare in luogo fresco e asciutto.
Confezione: 30 dosi giornaliere""",
 el=140, forms=["glycinate"], dv=37, sc=30)

# ---------------- Spanish ----------------
add("es_lajusticia_carbonato", "es", "eu",
 "Modelled on Ana María Lajusticia Carbonato de Magnesio powder: por dosis diaria (2,3 g) Magnesio 570 mg 152 % VRN (570/375=152.0); 2.3 g x ~0.25 = 575 (basic carbonate) consistent.",
"""Ana María Lajusticia
Carbonato de Magnesio
Complemento alimenticio en polvo | 130 g
Información nutricional | Por dosis diaria (2,3 g = 1 cucharadita rasa) | % VRN*
Magnesio | 570 mg | 152 %
*VRN: Valores de Referencia de Nutrientes
Ingredientes: carbonato de magnesio.
Modo de empleo: tomar 1 cucharadita rasa al día disuelta en medio vaso de agua o zumo, preferiblemente después de las comidas.
Advertencias: No superar la dosis diaria expresamente recomendada. Los complementos alimenticios no deben utilizarse como sustituto de una dieta variada y equilibrada y un estilo de vida saludable. Mantener fuera del alcance de los niños más pequeños.
Contiene 56 dosis""",
 el=570, forms=["carbonate"], dv=152, sc=56)

add("es_lajusticia_cloruro", "es", "eu",
 "Modelled on Ana María Lajusticia Cloruro de Magnesio tablets: por 3 comprimidos Magnesio 309 mg 82 % VRN (309/375=82.4).",
"""Ana María Lajusticia
Cloruro de Magnesio
147 comprimidos | 49 días
Información nutricional | Por 3 comprimidos | % VRN*
Magnesio | 309 mg | 82 %
*VRN: Valores de Referencia de Nutrientes
Ingredientes: cloruro de magnesio, agente de carga: celulosa microcristalina; antiaglomerantes: estearato de magnesio, dióxido de silicio.
Modo de empleo: tomar 3 comprimidos al día, uno en cada comida.
No superar la dosis diaria expresamente recomendada. Mantener fuera del alcance de los niños más pequeños. No utilizar como sustituto de una dieta variada y equilibrada.""",
 el=309, forms=["chloride"], dv=82, sc=49)

add("es_citrato_capsulas", "es", "eu",
 "Modelled on Spanish 'Citrato de Magnesio' capsules: por dosis diaria (2 cápsulas) citrato de magnesio 1200 mg, del cual magnesio 190 mg, 51 % VRN (190/375=50.7; 1200x0.162=194).",
"""Citrato de Magnesio
Alta Absorción | 120 cápsulas vegetales
Información nutricional | Por dosis diaria (2 cápsulas) | %VRN*
Citrato de magnesio | 1200 mg | **
del cual magnesio | 190 mg | 51 %
*VRN: Valores de Referencia de Nutrientes. **VRN no establecido.
Ingredientes: citrato de magnesio, cápsula vegetal (hidroxipropilmetilcelulosa).
Modo de empleo: tomar 2 cápsulas al día con un vaso de agua, preferentemente por la noche.
Advertencias: No superar la dosis diaria recomendada. Mantener fuera del alcance de los niños. No sustituye a una dieta variada y equilibrada.
Contenido: 60 dosis""",
 el=190, forms=["citrate"], dv=51, sc=60)

# ---------------- Polish ----------------
add("pl_chelamag_b6", "pl", "eu",
 "Modelled on Olimp Chela-Mag B6 capsules (chelat aminokwasowy magnezu): porcja dzienna 2 kapsułki, magnez 200 mg 53 % RWS (200/375=53.3); amounts approximate, not a verbatim transcription.",
"""OLIMP
Chela-Mag B6®
Suplement diety | 60 kapsułek
Składniki | w porcji dziennej (2 kapsułki) | % RWS*
Magnez | 200 mg | 53 %
Witamina B6 | 2,8 mg | 200 %
*RWS - Referencyjna Wartość Spożycia
Składniki: chelat aminokwasowy magnezu, żelatyna (otoczka kapsułki), substancja przeciwzbrylająca - sole magnezowe kwasów tłuszczowych, chlorowodorek pirydoksyny.
Sposób użycia: 1 kapsułka 2 razy dziennie, popijając wodą.
Nie należy przekraczać zalecanej porcji do spożycia w ciągu dnia. Suplement diety nie może być stosowany jako substytut zróżnicowanej diety. Przechowywać w sposób niedostępny dla małych dzieci.
Opakowanie zawiera 30 porcji""",
 el=200, forms=["amino_acid_chelate"], dv=53, sc=30)

add("pl_cytrynian_proszek", "pl", "eu",
 "Modelled on Polish 'Cytrynian magnezu' powder: 1 łyżeczka (2 g) cytrynian magnezu 2000 mg, w tym magnez 300 mg, 80 % RWS (300/375=80.0; 2000 x 0.15 = 300).",
"""Cytrynian Magnezu
Proszek | 250 g
Suplement diety
Wartości odżywcze | w 1 łyżeczce (2 g) | % RWS*
Cytrynian magnezu | 2000 mg | -
w tym magnez | 300 mg | 80 %
*RWS - Referencyjna Wartość Spożycia dla przeciętnej osoby dorosłej (8400 kJ / 2000 kcal)
Składniki: cytrynian magnezu.
Zalecane dzienne spożycie: 1 łyżeczka (2 g) dziennie rozpuszczona w szklance wody.
Nie przekraczać zalecanej porcji do spożycia w ciągu dnia. Suplement diety nie może być stosowany jako substytut zróżnicowanej diety. Przechowywać w miejscu niedostępnym dla małych dzieci.
Opakowanie zawiera 125 porcji""",
 el=300, forms=["citrate"], dv=80, sc=125)

add("pl_mleczan_b6", "pl", "eu",
 "Modelled on Polish 'Magnez + B6' tablets with mleczan magnezu: w 2 tabletkach magnez 96 mg 26 % RWS (96/375=25.6), B6 10 mg 714 %.",
"""Magnez + B6
Mleczan magnezu | 50 tabletek powlekanych
Suplement diety
Zawartość | w 2 tabletkach | % RWS*
Magnez | 96 mg | 26 %
Witamina B6 | 10 mg | 714 %
*RWS - Referencyjna Wartość Spożycia
Składniki: mleczan magnezu dwuwodny, substancja wypełniająca: celuloza mikrokrystaliczna, substancja glazurująca: hydroksypropylometyloceluloza, chlorowodorek pirydoksyny, substancja przeciwzbrylająca: stearynian magnezu.
Sposób użycia: dorośli 2 tabletki dziennie, popijając wodą.
Nie przekraczać zalecanej porcji do spożycia w ciągu dnia. Przechowywać w sposób niedostępny dla małych dzieci.
Opakowanie zawiera 25 porcji""",
 el=96, forms=["lactate"], dv=26, sc=25)

# ---------------- Dutch ----------------
add("nl_kruidvat_400", "nl", "eu",
 "Modelled on Kruidvat / Etos Magnesium 400 tablets (magnesiumoxide): per tablet 400 mg 107 % RI (400/375=106.7).",
"""Magnesium 400
Voedingssupplement | 60 tabletten
Samenstelling | per tablet | % RI*
Magnesium | 400 mg | 107 %
*RI = Referentie-inname
Ingrediënten: magnesiumoxide, vulstof: microkristallijne cellulose, antiklontermiddel: magnesiumzouten van vetzuren, coatingmiddel: hydroxypropylmethylcellulose.
Gebruik: 1 tablet per dag met water innemen tijdens de maaltijd.
Waarschuwing: De aanbevolen dagdosering niet overschrijden. Een voedingssupplement is geen vervanging voor een gevarieerd en evenwichtig voedingspatroon en een gezonde levensstijl. Buiten bereik van jonge kinderen bewaren.""",
 el=400, forms=["oxide"], dv=107, sc=60)

add("nl_vitals_citraat", "nl", "eu",
 "Modelled on Vitals Magnesiumcitraat tablets: per dagdosering (3 tabletten) 300 mg 80 % RI (300/375=80.0); per-tablet column 100 mg 27 %. Expected = daily dose.",
"""VITALS
Magnesiumcitraat
Goed opneembaar | 120 tabletten
Samenstelling | per tablet | per dagdosering (3 tabletten) | RI*
Magnesium (als citraat) | 100 mg | 300 mg | 80%
*RI = Referentie-inname
Ingrediënten: magnesiumcitraat, vulstof: cellulose, antiklontermiddel: magnesiumstearaat, siliciumdioxide.
Dosering: 3 x per dag 1 tablet bij de maaltijd.
De aanbevolen dagdosering niet overschrijden. Niet gebruiken als vervanging van een gevarieerde voeding. Buiten het bereik van jonge kinderen bewaren.
Inhoud: 120 tabletten = 40 dagdoseringen""",
 el=300, forms=["citrate"], dv=80, sc=40, elemental_alt_mg=100)

add("nl_bisglycinaat_poeder", "nl", "eu",
 "Modelled on Dutch 'Magnesium Bisglycinaat poeder': per schepje (2 g) Magnesium 250 mg 67 % RI (250/375=66.7); magnesiumbisglycinaat 1,8 g.",
"""Magnesium Bisglycinaat
Poeder | Neutrale smaak | 200 g
Voedingswaarde | per schepje (2 g) | % RI*
Magnesiumbisglycinaat | 1,8 g | **
waarvan magnesium | 250 mg | 67 %
*RI: Referentie-inname **Geen RI vastgesteld
Ingrediënten: magnesiumbisglycinaat, zuurteregelaar: citroenzuur.
Gebruik: 1 afgestreken schepje (2 g) per dag oplossen in 200 ml water.
De aanbevolen dagelijkse dosis niet overschrijden. Een voedingssupplement is geen vervanging voor een gevarieerde voeding. Buiten bereik van kinderen bewaren.
Bevat 100 doseringen""",
 el=250, forms=["glycinate"], dv=67, sc=100)

# ---------------- Czech ----------------
add("cs_walmark_b6", "cs", "eu",
 "Modelled on Walmark Magnesium B6 tablets (oxid hořečnatý): v denní dávce (2 tablety) hořčík 200 mg 53 % RHP (200/375=53.3).",
"""Walmark
Magnesium B6
Doplněk stravy | 30 tablet
Obsah v denní dávce | 2 tablety | % RHP*
Hořčík | 200 mg | 53 %
Vitamin B6 | 1,4 mg | 100 %
*RHP = referenční hodnota příjmu
Složení: oxid hořečnatý, plnidlo: mikrokrystalická celulóza, protispékavé látky: hořečnaté soli mastných kyselin, oxid křemičitý; pyridoxin-hydrochlorid.
Dávkování: 2 tablety denně zapít dostatečným množstvím tekutiny.
Upozornění: Nepřekračujte doporučenou denní dávku. Doplněk stravy není náhradou pestré a vyvážené stravy. Uchovávejte mimo dosah dětí.
Balení obsahuje 15 denních dávek""",
 el=200, forms=["oxide"], dv=53, sc=15)

add("cs_bisglycinat_kapsle", "cs", "eu",
 "Modelled on Czech 'Magnesium bisglycinát' capsules: 1 kapsle (denní dávka) bisglycinát hořečnatý 715 mg, z toho hořčík 100 mg, 27 % RHP (100/375=26.7).",
"""Magnesium Bisglycinát
Doplněk stravy | 60 kapslí
Výživové údaje | v 1 kapsli (denní dávka) | % RHP*
Bisglycinát hořečnatý | 715 mg | -
z toho hořčík | 100 mg | 27 %
*RHP: referenční hodnota příjmu
Složení: bisglycinát hořečnatý, kapsle (hydroxypropylmethylcelulóza).
Doporučené dávkování: 1 kapsle denně, zapít vodou.
Nepřekračujte doporučenou denní dávku. Není určeno dětem, těhotným a kojícím ženám. Uchovávejte mimo dosah malých dětí.""",
 el=100, forms=["glycinate"], dv=27, sc=60)

add("cs_citrat_sumive", "cs", "eu",
 "Modelled on Czech effervescent 'Magnesium 375' tablets (citrát + uhličitan hořečnatý): 1 šumivá tableta 375 mg 100 % RHP (375/375).",
"""Magnesium 375 mg
Šumivé tablety | Příchuť citron | 20 tablet
Doplněk stravy
Výživové údaje | 1 šumivá tableta | % RHP*
Hořčík | 375 mg | 100 %
*RHP = referenční hodnota příjmu
Složení: kyselina citronová, uhličitan hořečnatý, citrát hořečnatý, hydrogenuhličitan sodný, aroma, sladidlo: sukralóza.
Dávkování: 1 tabletu denně rozpustit ve sklenici vody (200 ml).
Nepřekračujte doporučenou denní dávku. Doplněk stravy není náhradou pestré stravy. Uchovávejte mimo dosah malých dětí.""",
 el=375, forms=["carbonate", "citrate"], dv=100, sc=20)
