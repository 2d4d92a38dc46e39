# Label sources, part E (blind set 3): EU labels in de, fr, it, es, pl, nl, cs (NRV 375 mg).
from labels_d import add, L

W = "Modelled on"  # prefix reminder; all notes below say which product a label is modelled on

# =====================================================================================================
# German (de)
# =====================================================================================================
add("de_verla300_granulat", "de", "eu",
 "Modelled on Magnesium Verla 300 Orange Granulat sachets (Verla-Pharm; ingredients simplified): pro Beutel 300 mg, 300/375 = 80 % NRV. Statutory-style warning mentions 250 mg (not the dose). 20 Beutel = 20 servings.",
"""Verla®
Magnesium-Verla® 300 Orange
Nahrungsergänzungsmittel | Granulat zum Einnehmen
20 Beutel à 5 g | Nettofüllmenge 100 g
Nährwertangaben | pro Beutel | % NRV*
Magnesium | 300 mg | 80 %
* Nährstoffbezugswerte nach Verordnung (EU) Nr. 1169/2011
Zutaten: Trimagnesiumdicitrat, Zucker, Säuerungsmittel Citronensäure, Magnesiumoxid, Aroma, Farbstoff Beta-Carotin.
Verzehrempfehlung: Täglich den Inhalt eines Beutels in einem Glas Wasser (ca. 150 ml) auflösen und trinken.
Hinweise: Die angegebene empfohlene tägliche Verzehrmenge darf nicht überschritten werden. Eine Aufnahme von mehr als 250 mg Magnesium pro Tag kann bei empfindlichen Personen abführend wirken. Nahrungsergänzungsmittel sind kein Ersatz für eine ausgewogene und abwechslungsreiche Ernährung und eine gesunde Lebensweise. Außerhalb der Reichweite von kleinen Kindern lagern.""",
 el=300, forms=["citrate", "oxide"], dv=80, sc=20)

add("de_biolectra_365_brause", "de", "eu",
 "Modelled on Biolectra Magnesium 365 fortissimum Brausetabletten (Hermes): pro Brausetablette 365 mg, 365/375 = 97.3 -> 97 % NRV; Magnesiumcarbonat + Magnesiumoxid. 20 Brausetabletten.",
"""Biolectra®
Magnesium 365 fortissimum
Brausetabletten | Orange | 20 Stück
Nahrungsergänzungsmittel mit Magnesium und Süßungsmitteln
Nährwertangaben | pro Brausetablette | % NRV*
Magnesium | 365 mg | 97 %
Natrium | 289 mg | **
* Referenzmenge für die tägliche Zufuhr (NRV) ** keine Referenzmenge vorhanden
Zutaten: Säuerungsmittel Citronensäure, Magnesiumcarbonat, Säureregulator Natriumhydrogencarbonat, Magnesiumoxid, Aroma, Süßungsmittel Sucralose, Trennmittel Polyethylenglykol, Farbstoff Riboflavin.
Verzehrempfehlung: Täglich 1 Brausetablette in einem Glas Wasser (200 ml) vollständig auflösen und trinken.
Warnhinweise: Die empfohlene tägliche Verzehrmenge nicht überschreiten. Kann bei übermäßigem Verzehr abführend wirken. Für kleine Kinder unzugänglich aufbewahren. Röhrchen nach Gebrauch fest verschließen.""",
 el=365, forms=["carbonate", "oxide"], dv=97, sc=20)

add("de_diasporal400_stick_per100g", "de", "eu",
 "Modelled on Magnesium-Diasporal 400 Extra Direktgranulat sticks (Protina): table has 'pro 100 g' and 'pro Stick (2,1 g)'; the stick is the daily portion: 400 mg, 400/375 = 106.7 -> 107 % NRV. Per 100 g: 400/2.1 x 100 = 19.05 g (trap, not a serving). 50 Sticks.",
"""Magnesium-Diasporal® 400 EXTRA
Direktgranulat | Orange-Geschmack
Nahrungsergänzungsmittel | 50 Sticks à 2,1 g
Nährwertangaben | pro 100 g | pro Stick (2,1 g) | % NRV*
Brennwert | 1179 kJ / 282 kcal | 25 kJ / 6 kcal |
Kohlenhydrate | 62 g | 1,3 g |
Magnesium | 19,0 g | 400 mg | 107 %
* Nährstoffbezugswerte gemäß LMIV
Zutaten: Trimagnesiumdicitrat, Süßungsmittel Isomalt, Säuerungsmittel Citronensäure, Aroma, Süßungsmittel Sucralose.
Verzehrempfehlung: Täglich den Inhalt eines Sticks direkt auf die Zunge geben und ohne Wasser einnehmen.
Die empfohlene tägliche Verzehrmenge darf nicht überschritten werden. Nahrungsergänzungsmittel sind kein Ersatz für eine ausgewogene, abwechslungsreiche Ernährung und eine gesunde Lebensweise. Außerhalb der Reichweite von kleinen Kindern aufbewahren.""",
 el=400, forms=["citrate"], dv=107, sc=50)

add("de_komplex_4formen_kapseln", "de", "eu",
 "Modelled on German multi-form 'Magnesium Komplex' capsules (Sunday Natural / Naturtreu style): pro Kapsel 100 mg, pro Tagesdosis (3 Kapseln) 300 mg; daily dose used: 300/375 = 80 % NRV; per capsule 100 mg -> elemental_alt_mg. Forms from Zutaten. 180 Kapseln / 3 = 60.",
"""Magnesium Komplex
4 Magnesiumverbindungen | Bisglycinat • Citrat • Malat • Taurat
180 Kapseln | 60 Tagesportionen | Vegan
Nährwertangaben | pro Kapsel | pro Tagesdosis (3 Kapseln) | % NRV**
Magnesium | 100 mg | 300 mg | 80 %
** Referenzmenge für die tägliche Zufuhr nach VO (EU) 1169/2011
Zutaten: Magnesiumbisglycinat, Trimagnesiumdicitrat, Magnesiummalat, Magnesiumtaurat, Kapselhülle: Hydroxypropylmethylcellulose.
Verzehrempfehlung: Täglich 3 Kapseln mit ausreichend Flüssigkeit verzehren, z. B. 1 Kapsel morgens und 2 Kapseln abends.
Die angegebene empfohlene tägliche Verzehrmenge darf nicht überschritten werden. Kein Ersatz für eine ausgewogene und abwechslungsreiche Ernährung. Außerhalb der Reichweite von kleinen Kindern lagern.""",
 el=300, forms=["glycinate", "citrate", "malate", "taurate"], dv=80, sc=60, elemental_alt_mg=100)

add("de_citrat_kapseln_davon", "de", "eu",
 "Modelled on Nature Love / Gloryfeel Magnesiumcitrat capsules: per Kapsel 821 mg citrate davon 133,3 mg Mg; pro Tagesdosis (3 Kapseln) 2.463 mg (German thousands dot) davon 400 mg; daily-dose elemental used: 400/375 = 106.7 -> 107 %. 2463 x 0.162 = 399 (consistent). Per capsule 133.3 -> elemental_alt_mg. 180 / 3 = 60.",
"""Magnesiumcitrat
Hochdosiert | 400 mg elementares Magnesium pro Tagesdosis
180 Kapseln | Laborgeprüft
Nährwertangaben | pro Kapsel | pro Tagesdosis (3 Kapseln) | % NRV**
Magnesiumcitrat | 821 mg | 2.463 mg | *
davon Magnesium | 133,3 mg | 400 mg | 107 %
* kein NRV vorhanden ** Nährstoffbezugswert gemäß Anhang XIII LMIV
Zutaten: Magnesiumcitrat (Trimagnesiumdicitrat, wasserfrei), Kapselhülle: Hydroxypropylmethylcellulose.
Verzehrempfehlung: Täglich 3 Kapseln über den Tag verteilt mit ausreichend Wasser verzehren.
Inhalt: 180 Kapseln = 60 Tagesportionen. Die empfohlene tägliche Verzehrmenge darf nicht überschritten werden. Außerhalb der Reichweite von kleinen Kindern lagern.""",
 el=400, forms=["citrate"], dv=107, sc=60, elemental_alt_mg=133.3)

add("de_tetesept_400_bvitamine", "de", "eu",
 "Modelled on tetesept / Abtei 'Magnesium 400 + B-Vitamine Depot' tablets: pro Tablette = Tagesdosis 400 mg, 400/375 = 106.7 -> 107 %; B1/B6/B12 rows (B12 in µg). Warning mentions 250 mg. 30 Tabletten.",
"""tetesept:
Magnesium 400 + B-Vitamine
Depot-Tabletten | 2-Phasen-Wirkung
Nahrungsergänzungsmittel | 30 Tabletten | 45 g
Nährwertangaben | pro Tablette | % NRV*
Magnesium | 400 mg | 107 %
Vitamin B1 | 1,1 mg | 100 %
Vitamin B6 | 1,4 mg | 100 %
Vitamin B12 | 2,5 µg | 100 %
* Nährstoffbezugswerte
Zutaten: Magnesiumoxid, Füllstoff mikrokristalline Cellulose, Überzugsmittel Hydroxypropylmethylcellulose, Trennmittel Magnesiumsalze der Speisefettsäuren, Pyridoxinhydrochlorid, Thiaminmononitrat, Cyanocobalamin.
Verzehrempfehlung: 1 Tablette täglich unzerkaut mit Flüssigkeit einnehmen.
Hinweis: Bei Aufnahme von mehr als 250 mg Magnesium pro Tag aus Nahrungsergänzungsmitteln kann es bei empfindlichen Personen zu einer abführenden Wirkung kommen. Die empfohlene tägliche Verzehrmenge nicht überschreiten. Für kleine Kinder unzugänglich aufbewahren.""",
 el=400, forms=["oxide"], dv=107, sc=30)

add("de_kapseln_1875_zwei_nrv", "de", "eu",
 "Modelled on German 'Magnesium 375' capsule labels with two NRV columns (e.g., Rossmann altapharma / Nature Basics style): pro Kapsel 187,5 mg (50 %), pro 2 Kapseln (Tagesdosis) 375 mg (100 %); daily dose used: 375 mg, percent_dv 100 (the daily-dose column); 187.5 -> elemental_alt_mg. 120 Kapseln / 2 = 60.",
"""altapharma
Magnesium 375
Hochdosiert | Carbonat + Citrat
Nahrungsergänzungsmittel | 120 Kapseln | 74,4 g
Nährwertangaben | pro Kapsel | % NRV* | pro 2 Kapseln (Tagesdosis) | % NRV*
Magnesium | 187,5 mg | 50 % | 375 mg | 100 %
* Nährstoffbezugswerte nach LMIV
Zutaten: Magnesiumcarbonat, Trimagnesiumdicitrat, Gelatine (Kapselhülle), Trennmittel Magnesiumsalze der Speisefettsäuren.
Verzehrempfehlung: Täglich 2 Kapseln mit ausreichend Flüssigkeit verzehren.
Die angegebene empfohlene tägliche Verzehrmenge darf nicht überschritten werden. Nahrungsergänzungsmittel sind kein Ersatz für eine ausgewogene und abwechslungsreiche Ernährung. Außerhalb der Reichweite von kleinen Kindern lagern.""",
 el=375, forms=["carbonate", "citrate"], dv=100, sc=60, elemental_alt_mg=187.5)

add("de_b6_kapseln_oxid_citrat", "de", "eu",
 "Modelled on German discounter 'Magnesium + B6' capsules (e.g., Aldi/Lidl 'Active' or Kneipp): pro Tagesdosis (1 Kapsel) 250 mg, 250/375 = 66.7 -> 67 %; B6 1,4 mg 100 %. Oxid + Citrat in Zutaten. 60 Kapseln.",
"""Kneipp®
Magnesium + Vitamin B6
Für Muskeln und Nerven
Nahrungsergänzungsmittel | 60 Kapseln
Nährwertangaben | pro Tagesdosis (1 Kapsel) | %NRV*
Magnesium | 250 mg | 67 %
Vitamin B6 | 1,4 mg | 100 %
*NRV = Nährstoffbezugswert
Zutaten: Magnesiumoxid, Magnesiumcitrat, Gelatine, Füllstoff Maltodextrin, Trennmittel Magnesiumsalze der Speisefettsäuren, Pyridoxinhydrochlorid, Farbstoff Titandioxid.
Verzehrempfehlung: 1 Kapsel täglich mit reichlich Flüssigkeit zu einer Mahlzeit verzehren.
Die empfohlene tägliche Verzehrmenge nicht überschreiten. Außerhalb der Reichweite von kleinen Kindern aufbewahren. Trocken und nicht über 25 °C lagern.""",
 el=250, forms=["oxide", "citrate"], dv=67, sc=60)

add("de_trinkampullen_citrat_lactat", "de", "eu",
 "Modelled on German Magnesium Trinkampullen (e.g., Doppelherz system / Orthomol-style drinking ampoules): pro Ampulle (25 ml) 300 mg, 300/375 = 80 %; Magnesiumcitrat + Magnesiumlactat. 20 Ampullen.",
"""Magnesium 300 Liquid
Trinkampullen | Kirsch-Geschmack | zuckerfrei
Nahrungsergänzungsmittel | 20 Trinkampullen à 25 ml
Durchschnittliche Nährwerte | pro Ampulle (25 ml) | % NRV*
Brennwert | 21 kJ / 5 kcal |
Magnesium | 300 mg | 80 %
* Nährstoffbezugswerte
Zutaten: Wasser, Magnesiumcitrat, Magnesiumlactat, Säuerungsmittel Citronensäure, Aroma, Konservierungsstoff Kaliumsorbat, Süßungsmittel Sucralose.
Verzehrempfehlung: Täglich den Inhalt einer Trinkampulle verzehren. Vor Gebrauch schütteln.
Die angegebene empfohlene tägliche Verzehrmenge darf nicht überschritten werden. Außerhalb der Reichweite von kleinen Kindern aufbewahren. Nach dem Öffnen sofort verbrauchen.""",
 el=300, forms=["citrate", "lactate"], dv=80, sc=20)

# =====================================================================================================
# French (fr)
# =====================================================================================================
add("fr_magnevie_b6_3cp", "fr", "eu",
 "Modelled on MagnéVie B6 tablets (Sanofi; ingredients simplified): 'Pour 1 comprimé | Pour 3 comprimés'; daily dose 3 tablets = 300 mg, 300/375 = 80 % VNR; per tablet 100 mg -> elemental_alt_mg. 60 comprimés / 3 = 20.",
"""MagnéVie B6®
Magnésium + Vitamine B6
Fatigue & Stress | 60 comprimés pelliculés | 20 jours
Complément alimentaire
Valeurs nutritionnelles | Pour 1 comprimé | Pour 3 comprimés | % VNR*
Magnésium | 100 mg | 300 mg | 80 %
Vitamine B6 | 0,47 mg | 1,4 mg | 100 %
*VNR : Valeurs Nutritionnelles de Référence pour 3 comprimés
Ingrédients : lactate de magnésium, citrate de magnésium, agent de charge : cellulose microcristalline ; agent d'enrobage : hydroxypropylméthylcellulose ; anti-agglomérant : stéarate de magnésium ; chlorhydrate de pyridoxine.
Conseils d'utilisation : 3 comprimés par jour (1 le matin, 1 le midi, 1 le soir), à avaler avec un verre d'eau pendant les repas.
Précautions d'emploi : Ne pas dépasser la dose journalière recommandée. Tenir hors de portée des jeunes enfants. Un complément alimentaire ne se substitue pas à une alimentation variée et équilibrée.""",
 el=300, forms=["lactate", "citrate"], dv=80, sc=20, elemental_alt_mg=100)

add("fr_berocca_boost_effervescent", "fr", "eu",
 "Modelled on Berocca Boost comprimés effervescents (Bayer; amounts approximate): per comprimé Magnésium 100 mg, 100/375 = 26.7 -> 27 % VNR; calcium and zinc rows are not Mg. Ingredients name carbonate and sulfate of magnesium. 30 comprimés (2 x 15).",
"""BEROCCA® BOOST
Vitamines B, C, Magnésium, Zinc + Guarana
Saveur fruits rouges | 30 comprimés effervescents (2 tubes de 15)
Informations nutritionnelles | Par comprimé | % VNR*
Vitamine B1 | 15 mg | 1364 %
Vitamine B2 | 15 mg | 1071 %
Niacine | 50 mg | 313 %
Acide pantothénique | 23 mg | 383 %
Vitamine B6 | 10 mg | 714 %
Vitamine B12 | 10 µg | 400 %
Vitamine C | 500 mg | 625 %
Calcium | 100 mg | 13 %
Magnésium | 100 mg | 27 %
Zinc | 10 mg | 100 %
*VNR : Valeurs Nutritionnelles de Référence
Ingrédients : acidifiant : acide citrique ; correcteur d'acidité : bicarbonate de sodium ; acide L-ascorbique, carbonate de calcium, carbonate de magnésium, édulcorants : sorbitol, aspartame ; nicotinamide, sulfate de magnésium, extrait de guarana, arômes, citrate de zinc, D-pantothénate de calcium, chlorhydrate de thiamine, riboflavine, chlorhydrate de pyridoxine, cyanocobalamine. Contient une source de phénylalanine.
Conseils d'utilisation : 1 comprimé par jour à dissoudre dans un verre d'eau (200 ml).
Ne pas dépasser la dose journalière recommandée. Contient de la caféine (40 mg par comprimé) : déconseillé aux enfants et aux femmes enceintes.""",
 el=100, forms=["carbonate", "sulfate"], dv=27, sc=30)

add("fr_pidolate_ampoules_dont", "fr", "eu",
 "Modelled on pidolate drinking ampoules (Mag 2 style, as a complément alimentaire): pidolate de magnésium '1 500 mg' (thin-space thousands) dont magnésium 130 mg (1500 x 0.0866 = 129.9); 130/375 = 34.7 -> 35 % VNR. 20 ampoules.",
"""Pidolate de Magnésium
Solution buvable en ampoules | Goût caramel
20 ampoules de 10 ml
Complément alimentaire
Valeurs nutritionnelles | Pour 1 ampoule (10 ml) | % VNR*
Pidolate de magnésium | 1 500 mg | -
dont magnésium | 130 mg | 35 %
*VNR : valeurs nutritionnelles de référence
Ingrédients : eau, pidolate de magnésium, saccharose, arôme caramel, conservateur : sorbate de potassium.
Conseils d'utilisation : 1 ampoule par jour, à diluer dans un demi-verre d'eau, de préférence au cours d'un repas.
Ne pas dépasser la dose journalière indiquée. Déconseillé en cas d'insuffisance rénale. Tenir hors de portée des jeunes enfants.""",
 el=130, forms=["pidolate"], dv=35, sc=20)

add("fr_sticks_citrate_1875", "fr", "eu",
 "Modelled on French orodispersible magnesium sticks (e.g., Arkopharma Arkovital / Juvamine sticks): pour 1 stick 187,5 mg, 187.5/375 = 50 % VNR. French warning mentions 250 mg. 30 sticks.",
"""Magnésium Citrate
Sticks orodispersibles | Goût agrumes
30 sticks de 3 g | Sans eau
Complément alimentaire
Informations nutritionnelles | Pour 1 stick | % VNR*
Magnésium | 187,5 mg | 50 %
*Valeurs nutritionnelles de référence
Ingrédients : citrate de magnésium, édulcorant : xylitol ; acidifiant : acide citrique ; arôme naturel d'agrumes ; anti-agglomérant : dioxyde de silicium.
Conseils d'utilisation : 1 stick par jour, à verser directement sur la langue.
Précautions : Une consommation supérieure à 250 mg de magnésium par jour peut avoir un effet laxatif. Ne pas dépasser la dose journalière recommandée. Tenir hors de portée des jeunes enfants.""",
 el=187.5, forms=["citrate"], dv=50, sc=30)

add("fr_bisglycinate_taurine_dont", "fr", "eu",
 "Modelled on Nutri&Co / D-Lab bisglycinate capsules with added taurine (taurine is not a Mg salt): pour 2 gélules bisglycinate 1 000 mg dont magnésium 140 mg (1000 x 0.141); 140/375 = 37.3 -> 37 % VNR. 60 gélules / 2 = 30.",
"""Nutri&Co
Magnésium Bisglycinate + Taurine
Forme TRAACS® | 60 gélules végétales
Complément alimentaire
Valeurs nutritionnelles | Pour 2 gélules | % VNR*
Bisglycinate de magnésium | 1 000 mg | -
dont magnésium | 140 mg | 37 %
Taurine | 200 mg | -
*VNR : Valeurs Nutritionnelles de Référence
Ingrédients : bisglycinate de magnésium (TRAACS®), taurine, enveloppe de la gélule : hydroxypropylméthylcellulose.
Conseils d'utilisation : 2 gélules par jour, le soir, avec un grand verre d'eau.
Ne pas dépasser la dose journalière recommandée. Tenir hors de portée des jeunes enfants. À conserver dans un endroit sec.""",
 el=140, forms=["glycinate"], dv=37, sc=30)

add("fr_chlorure_comprimes", "fr", "eu",
 "Modelled on French 'Chlorure de Magnésium' tablets (Nat&Form / Laboratoires Vitarmonyl style): pour 2 comprimés 225 mg, 225/375 = 60 % VNR. 80 comprimés / 2 = 40.",
"""Nat&Form
Chlorure de Magnésium
Origine marine | 80 comprimés | 40 jours
Complément alimentaire
Valeurs nutritionnelles moyennes | Pour 2 comprimés | % VNR*
Magnésium | 225 mg | 60 %
*Valeurs Nutritionnelles de Référence
Ingrédients : chlorure de magnésium d'origine marine, agent de charge : phosphate dicalcique ; anti-agglomérants : stéarate de magnésium, silice.
Conseils d'utilisation : 1 comprimé matin et soir, avec un grand verre d'eau.
Ne pas dépasser la dose journalière recommandée. Tenir hors de portée des jeunes enfants. Déconseillé aux femmes enceintes ou allaitantes.""",
 el=225, forms=["chloride"], dv=60, sc=40)

add("fr_effervescent_vitc_juvamine", "fr", "eu",
 "Modelled on Juvamine Magnésium + Vitamine C comprimés effervescents: pour 1 comprimé 300 mg, 300/375 = 80 % VNR; vitamine C 180 mg 225 %. Carbonate + oxyde in ingredients. 20 comprimés.",
"""JUVAMINE
Magnésium + Vitamine C
20 comprimés effervescents | Goût orange
Complément alimentaire
Informations nutritionnelles | Pour 1 comprimé | % VNR*
Magnésium | 300 mg | 80 %
Vitamine C | 180 mg | 225 %
*VNR : Valeurs Nutritionnelles de Référence
Ingrédients : acidifiant : acide citrique ; carbonate de magnésium, correcteur d'acidité : bicarbonate de sodium ; oxyde de magnésium, acide L-ascorbique, arôme orange, édulcorant : sucralose ; colorant : bêta-carotène.
Conseils d'utilisation : 1 comprimé par jour à dissoudre dans un grand verre d'eau.
Ne pas dépasser la dose journalière recommandée. Tenir hors de portée des jeunes enfants. Refermer soigneusement le tube après usage.""",
 el=300, forms=["carbonate", "oxide"], dv=80, sc=20)

add("fr_3formes_par_dose_gelule", "fr", "eu",
 "Modelled on French multi-form magnesium capsules (e.g., Solgar FR / Eric Favre 'Magnésium 3 formes', different from the previous set's product): 'Par gélule | Par dose journalière (4 gélules)'; daily dose 300 mg, 300/375 = 80 % VNR; per capsule 75 mg -> elemental_alt_mg. 120 / 4 = 30.",
"""ERIC FAVRE
Magnésium Tri-Complex
Citrate • Bisglycinate • Malate | Vitamine B6
120 gélules | 30 jours
Valeurs nutritionnelles | Par gélule | Par dose journalière (4 gélules) | % VNR*
Magnésium | 75 mg | 300 mg | 80 %
Vitamine B6 | 0,35 mg | 1,4 mg | 100 %
*VNR : Valeurs Nutritionnelles de Référence
Ingrédients : citrate de magnésium, bisglycinate de magnésium, malate de magnésium, gélule végétale (hydroxypropylméthylcellulose), chlorhydrate de pyridoxine.
Conseils d'utilisation : 2 gélules le matin et 2 gélules le soir, avec un verre d'eau.
Ne pas dépasser la dose journalière recommandée. Tenir hors de la portée des jeunes enfants.""",
 el=300, forms=["citrate", "glycinate", "malate"], dv=80, sc=30, elemental_alt_mg=75)

add("fr_sommeil_melatonine_563", "fr", "eu",
 "Modelled on French sleep capsules with melatonin + magnesium (Novanuit / Arkorelax Sommeil style): pour 1 gélule Magnésium 56,3 mg, 56.3/375 = 15.0 -> 15 % VNR; oxyde de magnésium. 30 gélules.",
"""Sommeil Triple Action
Mélatonine 1,9 mg • Magnésium • Mélisse
30 gélules | Complément alimentaire
Informations nutritionnelles | Pour 1 gélule | % VNR*
Mélatonine | 1,9 mg | -
Magnésium | 56,3 mg | 15 %
Extrait de mélisse | 100 mg | -
*VNR : Valeurs Nutritionnelles de Référence
Ingrédients : oxyde de magnésium, extrait de feuilles de mélisse (Melissa officinalis L.), gélule végétale : hydroxypropylméthylcellulose ; agent de charge : cellulose microcristalline ; mélatonine ; anti-agglomérant : stéarate de magnésium.
Conseils d'utilisation : 1 gélule par jour, 30 minutes avant le coucher.
Déconseillé aux femmes enceintes ou allaitantes et aux enfants. Ne pas dépasser la dose recommandée.""",
 el=56.3, forms=["oxide"], dv=15, sc=30)

# =====================================================================================================
# Italian (it)
# =====================================================================================================
add("it_supradyn_magnesio_potassio", "it", "eu",
 "Modelled on Supradyn Magnesio e Potassio sachets (Bayer; ingredients approximate): per bustina Magnesio 300 mg, 300/375 = 80 % VNR; potassio 300 mg 15 % not Mg. Citrato + ossido. 20 bustine.",
"""Supradyn®
Magnesio e Potassio
Integratore alimentare | Gusto arancia
20 bustine da 5,5 g | Senza zucchero
Informazioni nutrizionali | Per 1 bustina | % VNR*
Magnesio | 300 mg | 80 %
Potassio | 300 mg | 15 %
*VNR: Valori Nutritivi di Riferimento
Ingredienti: magnesio citrato, potassio citrato, acidificante: acido citrico; magnesio ossido, aromi, edulcoranti: sucralosio, acesulfame K; antiagglomerante: biossido di silicio.
Modalità d'uso: sciogliere 1 bustina al giorno in un bicchiere d'acqua (150 ml).
Avvertenze: Non superare la dose giornaliera raccomandata. Tenere fuori dalla portata dei bambini al di sotto dei 3 anni. Gli integratori non vanno intesi come sostituti di una dieta variata, equilibrata e di uno stile di vita sano.""",
 el=300, forms=["citrate", "oxide"], dv=80, sc=20)

add("it_pidolato_bustine_dicui", "it", "eu",
 "Modelled on Italian 'Magnesio Pidolato' sachet supplements: per bustina pidolato '2 250 mg' di cui magnesio 195 mg (2250 x 0.0866 = 194.9); 195/375 = 52 % VNR. 20 bustine.",
"""Magnesio Pidolato
Integratore alimentare in polvere | Gusto limone
20 bustine monodose
Tenori medi | Per bustina | % VNR*
Magnesio pidolato | 2 250 mg | -
di cui magnesio | 195 mg | 52 %
*VNR: valori nutritivi di riferimento
Ingredienti: magnesio pidolato, fruttosio, acidificante: acido citrico; aroma limone, edulcorante: sucralosio.
Modo d'uso: 1 bustina al giorno sciolta in mezzo bicchiere d'acqua.
Avvertenze: non superare la dose giornaliera consigliata. Tenere fuori dalla portata dei bambini al di sotto dei 3 anni. In caso di patologie renali consultare il medico.""",
 el=195, forms=["pidolate"], dv=52, sc=20)

add("it_totale_5sali", "it", "eu",
 "Modelled on Italian 'Magnesio Totale 5 sali' tablets (e.g., Dr. Giorgini / Eurosup style): per dose giornaliera (2 compresse) 375 mg, 375/375 = 100 % VNR. Five named salts in ingredients. 60 compresse / 2 = 30.",
"""MAGNESIO TOTALE
5 Sali di Magnesio | Stanchezza e Affaticamento
Integratore alimentare | 60 compresse
Contenuti medi | Per dose giornaliera (2 compresse) | % VNR*
Magnesio | 375 mg | 100 %
*VNR: Valori Nutritivi di Riferimento (Reg. UE 1169/2011)
Ingredienti: magnesio carbonato, magnesio citrato, magnesio bisglicinato, magnesio pidolato, magnesio ossido; agente di carica: cellulosa microcristallina; antiagglomeranti: sali di magnesio degli acidi grassi, biossido di silicio.
Modo d'uso: 1 compressa al mattino e 1 compressa alla sera, con acqua.
Avvertenze: Non superare la dose giornaliera raccomandata. Tenere fuori dalla portata dei bambini al di sotto dei 3 anni. Conservare in luogo fresco e asciutto.""",
 el=375, forms=["carbonate", "citrate", "glycinate", "pidolate", "oxide"], dv=100, sc=30)

add("it_marino_avvertenza250", "it", "eu",
 "Modelled on Italian 'Magnesio Marino' tablets (e.g., Naturando / ESI): per dose giornaliera (1 compressa) 300 mg, 300/375 = 80 % VNR; Italian warning mentions 250 mg. Ossido di magnesio marino -> oxide. 60 compresse.",
"""ESI
Magnesio Marino
Integratore alimentare | 60 compresse
Informazioni nutrizionali | Per dose giornaliera (1 compressa) | % VNR*
Magnesio | 300 mg | 80 %
*VNR: Valori Nutritivi di Riferimento
Ingredienti: ossido di magnesio marino; agente di carica: cellulosa microcristallina; antiagglomeranti: sali di magnesio degli acidi grassi, biossido di silicio.
Modalità d'uso: 1 compressa al giorno con un bicchiere d'acqua, preferibilmente lontano dai pasti.
Avvertenze: Un apporto di magnesio superiore a 250 mg al giorno può avere effetto lassativo. Non superare la dose giornaliera raccomandata. Tenere fuori dalla portata dei bambini al di sotto dei 3 anni.""",
 el=300, forms=["oxide"], dv=80, sc=60)

add("it_cloruro_esaidrato_bustine", "it", "eu",
 "Modelled on Zuccari / Cloruro di Magnesio sachet products: per bustina magnesio cloruro esaidrato 2,5 g di cui magnesio 300 mg (2500 x 0.120 = 299); 300/375 = 80 % VNR. 20 bustine.",
"""Cloruro di Magnesio
Esaidrato | Polvere solubile
Integratore alimentare | 20 bustine da 2,5 g
Tenori medi | Per bustina (dose giornaliera) | % VNR*
Magnesio cloruro esaidrato | 2,5 g | -
di cui magnesio | 300 mg | 80 %
*VNR: Valori Nutritivi di Riferimento
Ingredienti: magnesio cloruro esaidrato.
Modo d'uso: sciogliere il contenuto di 1 bustina in un bicchiere d'acqua e bere al mattino a digiuno.
Avvertenze: Non superare la dose giornaliera consigliata. Tenere lontano dalla portata dei bambini al di sotto dei 3 anni. Il prodotto ha sapore amaro.""",
 el=300, forms=["chloride"], dv=80, sc=20)

add("it_b6_compresse_due_colonne", "it", "eu",
 "Modelled on Italian Magnesio + B6 tablets with per-tablet and per-daily-dose columns (e.g., Named / Matt Magnesio): daily dose 2 compresse 300 mg, 300/375 = 80 %; per compressa 150 mg -> elemental_alt_mg. Ossido + citrato. 40 compresse / 2 = 20.",
"""MAGNESIO + B6
Riduzione di stanchezza e affaticamento
Integratore alimentare | 40 compresse
Informazioni nutrizionali | Per compressa | Per dose giornaliera (2 compresse) | % VNR*
Magnesio | 150 mg | 300 mg | 80 %
Vitamina B6 | 0,7 mg | 1,4 mg | 100 %
*VNR riferiti alla dose giornaliera
Ingredienti: magnesio ossido, magnesio citrato; agente di carica: cellulosa microcristallina; antiagglomerante: magnesio stearato; piridossina cloridrato.
Modalità d'uso: 2 compresse al giorno, preferibilmente ai pasti.
Avvertenze: Non superare la dose giornaliera raccomandata. Tenere fuori dalla portata dei bambini al di sotto dei 3 anni.""",
 el=300, forms=["oxide", "citrate"], dv=80, sc=20, elemental_alt_mg=150)

add("it_effervescente_carbonato_lattato", "it", "eu",
 "Modelled on Italian magnesio effervescente tablets (e.g., Esi Magnesio Effervescente / Mgk Vis-style): per compressa 243 mg, 243/375 = 64.8 -> 65 % VNR. Carbonato + lattato. 20 compresse.",
"""Magnesio Effervescente
Gusto limone | 20 compresse effervescenti
Integratore alimentare
Informazioni nutrizionali | Per 1 compressa | % VNR*
Magnesio | 243 mg | 65 %
Sodio | 320 mg | -
*VNR: Valori Nutritivi di Riferimento
Ingredienti: acidificante: acido citrico; magnesio carbonato, correttore di acidità: sodio bicarbonato; magnesio lattato, aroma limone, edulcorante: sucralosio.
Modalità d'uso: sciogliere 1 compressa al giorno in un bicchiere d'acqua.
Avvertenze: non superare la dose giornaliera raccomandata. Tenere fuori dalla portata dei bambini al di sotto dei 3 anni. Richiudere bene il tubo dopo l'uso.""",
 el=243, forms=["carbonate", "lactate"], dv=65, sc=20)

add("it_citrato_taurato_dicui_totale", "it", "eu",
 "Modelled on Italian 'Magnesio citrato + taurato' capsules: two compound rows (citrato 1 000 mg, taurato 500 mg) and one 'di cui magnesio' row 206 mg (1000 x 0.162 + 500 x 0.089 = 206.5); 206/375 = 54.9 -> 55 % VNR. 60 capsule / 2 = 30.",
"""Magnesio Citrato e Taurato
Cuore e Sistema Nervoso | 60 capsule vegetali
Integratore alimentare
Contenuti medi | Per 2 capsule | % VNR*
Magnesio citrato | 1 000 mg | -
Magnesio taurato | 500 mg | -
di cui magnesio | 206 mg | 55 %
*VNR: Valori Nutritivi di Riferimento
Ingredienti: magnesio citrato, magnesio taurato, involucro vegetale: idrossipropilmetilcellulosa.
Modo d'uso: 2 capsule al giorno con acqua, preferibilmente la sera.
Avvertenze: Non superare la dose giornaliera raccomandata. Tenere fuori dalla portata dei bambini al di sotto dei 3 anni.""",
 el=206, forms=["citrate", "taurate"], dv=55, sc=30)

add("it_sali_minerali_per100ml", "it", "eu",
 "Modelled on Italian sport mineral-salt drink sachets (Enervit / Polase Sport-style): table 'per 100 ml di bevanda | per dose (1 bustina in 500 ml)'; dose is the serving: Magnesio 94 mg (18,8 mg/100 ml x 5), 94/375 = 25.07 -> 25 % VNR. 14 bustine.",
"""Sali Minerali Sport
Magnesio e Potassio con Vitamina C | Gusto arancia
Integratore alimentare | 14 bustine da 15 g
Informazioni nutrizionali | per 100 ml di bevanda | per dose (1 bustina in 500 ml) | % VNR*
Energia | 42 kJ / 10 kcal | 209 kJ / 50 kcal |
Carboidrati | 2,4 g | 12 g |
Magnesio | 18,8 mg | 94 mg | 25 %
Potassio | 60 mg | 300 mg | 15 %
Vitamina C | 16 mg | 80 mg | 100 %
*VNR per dose
Ingredienti: maltodestrine, fruttosio, acidificante: acido citrico; magnesio citrato, potassio citrato, aroma, vitamina C (acido L-ascorbico), edulcorante: sucralosio.
Modalità d'uso: sciogliere 1 bustina in 500 ml di acqua e bere durante l'attività sportiva.
Avvertenze: non superare la dose giornaliera raccomandata. Tenere fuori dalla portata dei bambini al di sotto dei 3 anni.""",
 el=94, forms=["citrate"], dv=25, sc=14)

# =====================================================================================================
# Spanish (es)
# =====================================================================================================
add("es_lajusticia_total5", "es", "eu",
 "Modelled on Ana María Lajusticia 'Magnesio Total 5' tablets (five salts; amounts approximate): por dosis diaria (2 comprimidos) 400 mg, 400/375 = 106.7 -> 107 % VRN. 100 comprimidos / 2 = 50.",
"""Ana María Lajusticia
Magnesio Total 5
5 sales de magnesio | 100 comprimidos
Complemento alimenticio
Información nutricional | Por dosis diaria (2 comprimidos) | % VRN*
Magnesio | 400 mg | 107 %
*VRN: Valores de Referencia de Nutrientes
Ingredientes: carbonato de magnesio, cloruro de magnesio, citrato de magnesio, bisglicinato de magnesio, lactato de magnesio, agente de carga: celulosa microcristalina; antiaglomerante: sales magnésicas de ácidos grasos.
Modo de empleo: tomar 2 comprimidos al día, uno en la comida y otro en la cena.
No superar la dosis diaria expresamente recomendada. Mantener fuera del alcance de los niños más pequeños. Los complementos alimenticios no deben utilizarse como sustituto de una dieta equilibrada.""",
 el=400, forms=["carbonate", "chloride", "citrate", "glycinate", "lactate"], dv=107, sc=50)

add("es_aquilea_3375", "es", "eu",
 "Modelled on Aquilea Magnesio tablets (amounts approximate): por 2 comprimidos 337,5 mg, 337.5/375 = 90 % VRN. Carbonato + citrato. 56 comprimidos / 2 = 28.",
"""Aquilea
Magnesio
Cansancio y Fatiga | 56 comprimidos | 28 días
Complemento alimenticio
Información nutricional | Por 2 comprimidos | % VRN*
Magnesio | 337,5 mg | 90 %
*VRN: Valores de Referencia de Nutrientes
Ingredientes: carbonato de magnesio, citrato de magnesio, agente de carga: celulosa microcristalina; antiaglomerantes: estearato de magnesio, dióxido de silicio; agente de recubrimiento: hidroxipropilmetilcelulosa.
Modo de empleo: tomar 2 comprimidos al día, preferiblemente con el desayuno.
No superar la dosis diaria expresamente recomendada. Mantener fuera del alcance de los niños más pequeños.""",
 el=337.5, forms=["carbonate", "citrate"], dv=90, sc=28)

add("es_bisglicinato_del_cual", "es", "eu",
 "Modelled on Spanish bisglycinate capsules (e.g., Solgar ES / Drasanvi): por 2 cápsulas bisglicinato '1 428 mg' del cual magnesio 200 mg (1428 x 0.141 = 201); 200/375 = 53.3 -> 53 % VRN. 120 cápsulas / 2 = 60.",
"""Drasanvi
Bisglicinato de Magnesio
Alta biodisponibilidad | 120 cápsulas vegetales
Complemento alimenticio
Información nutricional | Por 2 cápsulas | % VRN*
Bisglicinato de magnesio | 1 428 mg | -
del cual magnesio | 200 mg | 53 %
*VRN: Valores de Referencia de Nutrientes
Ingredientes: bisglicinato de magnesio, cápsula vegetal (hidroxipropilmetilcelulosa).
Modo de empleo: tomar 2 cápsulas al día con un vaso de agua.
Advertencias: No superar la dosis diaria expresamente recomendada. Mantener fuera del alcance de los niños más pequeños. No utilizar como sustituto de una dieta variada y equilibrada.""",
 el=200, forms=["glycinate"], dv=53, sc=60)

add("es_efervescente_vitc_cinfa", "es", "eu",
 "Modelled on Cinfa / Arkopharma magnesio efervescente with vitamin C: por comprimido 375 mg, 375/375 = 100 % VRN; vitamin C 80 mg 100 %. Carbonato + citrato. 20 comprimidos.",
"""cinfa
Magnesio + Vitamina C
20 comprimidos efervescentes | Sabor naranja
Complemento alimenticio
Información nutricional | Por comprimido | % VRN*
Magnesio | 375 mg | 100 %
Vitamina C | 80 mg | 100 %
*VRN: Valores de Referencia de Nutrientes
Ingredientes: acidulante: ácido cítrico; carbonato de magnesio, corrector de acidez: bicarbonato sódico; citrato de magnesio, ácido L-ascórbico, aroma de naranja, edulcorante: sucralosa; colorante: betacaroteno.
Modo de empleo: disolver 1 comprimido al día en un vaso de agua (200 ml).
No superar la dosis diaria expresamente recomendada. Mantener fuera del alcance de los niños más pequeños. Cerrar bien el tubo después de cada uso.""",
 el=375, forms=["carbonate", "citrate"], dv=100, sc=20)

add("es_sobres_citrato_por100g", "es", "eu",
 "Modelled on Spanish magnesium citrate sachets with 'Por 100 g | Por sobre (5 g)': sachet is the daily serving: 300 mg, 300/375 = 80 % VRN; per 100 g 6,0 g = 300/5 x 100 (trap). 20 sobres.",
"""Citrato de Magnesio
Polvo soluble en sobres | Sabor limón
20 sobres de 5 g
Complemento alimenticio
Información nutricional | Por 100 g | Por sobre (5 g) | % VRN*
Valor energético | 1220 kJ / 290 kcal | 61 kJ / 15 kcal |
Hidratos de carbono | 68 g | 3,4 g |
Magnesio | 6,0 g | 300 mg | 80 %
*VRN por sobre
Ingredientes: citrato de magnesio, maltodextrina, acidulante: ácido cítrico; aroma de limón, edulcorante: glucósidos de esteviol.
Modo de empleo: disolver 1 sobre al día en un vaso de agua.
No superar la dosis diaria expresamente recomendada. Mantener fuera del alcance de los niños más pequeños.""",
 el=300, forms=["citrate"], dv=80, sc=20)

add("es_deliplus_marino_b6_aviso250", "es", "eu",
 "Modelled on Deliplus (Mercadona) Magnesio marino + B6 tablets: por comprimido 300 mg, 300/375 = 80 % VRN; B6 1,4 mg 100 %. Spanish warning mentions 250 mg. Óxido de magnesio marino -> oxide. 60 comprimidos.",
"""Deliplus
Magnesio Marino + Vitamina B6
60 comprimidos | Complemento alimenticio
Información nutricional | Por comprimido | % VRN*
Magnesio | 300 mg | 80 %
Vitamina B6 | 1,4 mg | 100 %
*VRN: Valores de Referencia de Nutrientes
Ingredientes: óxido de magnesio de origen marino, agente de carga: celulosa microcristalina; antiaglomerantes: sales magnésicas de ácidos grasos, dióxido de silicio; clorhidrato de piridoxina.
Modo de empleo: tomar 1 comprimido al día con un vaso de agua.
Advertencias: El consumo de más de 250 mg de magnesio al día puede tener efectos laxantes. No superar la dosis diaria expresamente recomendada. Mantener fuera del alcance de los niños más pequeños.""",
 el=300, forms=["oxide"], dv=80, sc=60)

add("es_malato_capsulas_del_cual", "es", "eu",
 "Modelled on Spanish 'Malato de Magnesio' capsules (e.g., Nature Essential / MARNYS): por 3 cápsulas malato 1 500 mg, del cual magnesio 225 mg (stated; 1500 x 0.155 = 232); 225/375 = 60 % VRN. 90 / 3 = 30.",
"""MARNYS
Malato de Magnesio
Energía y Músculos | 90 cápsulas
Complemento alimenticio
Información nutricional | Por dosis diaria (3 cápsulas) | % VRN*
Malato de magnesio | 1 500 mg | **
del cual magnesio | 225 mg | 60 %
*VRN: Valores de Referencia de Nutrientes. **VRN no establecido.
Ingredientes: malato de magnesio, cápsula (gelatina), antiaglomerante: estearato de magnesio.
Modo de empleo: tomar 1 cápsula con cada comida principal.
No superar la dosis diaria expresamente recomendada. Mantener fuera del alcance de los niños más pequeños.""",
 el=225, forms=["malate"], dv=60, sc=30)

add("es_lajusticia_colageno_por100g", "es", "eu",
 "Modelled on Ana María Lajusticia 'Colágeno con Magnesio' powder: 'Por 100 g | Por dosis (10 g)'; dose is the serving: Magnesio 168 mg, 168/375 = 44.8 -> 45 % VRN; per 100 g 1 680 mg (trap). Carbonato de magnesio. 350 g / 10 g = 35 dosis (printed).",
"""Ana María Lajusticia
Colágeno con Magnesio
Complemento alimenticio en polvo | 350 g | 35 días
Información nutricional | Por 100 g | Por dosis (10 g = 2 cucharadas soperas) | % VRN*
Valor energético | 1572 kJ / 370 kcal | 157 kJ / 37 kcal |
Proteínas | 89 g | 8,9 g |
Magnesio | 1 680 mg | 168 mg | 45 %
*VRN por dosis diaria
Ingredientes: colágeno hidrolizado (bovino), carbonato de magnesio.
Modo de empleo: tomar 2 cucharadas soperas (10 g) al día disueltas en leche, zumo, yogur o sopa.
No superar la dosis diaria expresamente recomendada. Mantener fuera del alcance de los niños más pequeños. Contiene 35 dosis.""",
 el=168, forms=["carbonate"], dv=45, sc=35)

add("es_treonato_magtein", "es", "eu",
 "Modelled on Spanish Magtein L-treonato capsules (e.g., Life Extension ES / Nootropics ES): por 3 cápsulas L-treonato de magnesio 2 000 mg del cual magnesio 144 mg; 144/375 = 38.4 -> 38 % VRN. 90 / 3 = 30.",
"""L-Treonato de Magnesio
Magtein® | Función cognitiva
90 cápsulas vegetales
Complemento alimenticio
Información nutricional | Por 3 cápsulas | % VRN*
L-treonato de magnesio (Magtein®) | 2 000 mg | -
del cual magnesio | 144 mg | 38 %
*VRN: Valores de Referencia de Nutrientes
Ingredientes: L-treonato de magnesio, cápsula vegetal (hidroxipropilmetilcelulosa).
Modo de empleo: tomar 1 cápsula por la mañana y 2 cápsulas antes de dormir.
No superar la dosis diaria expresamente recomendada. Mantener fuera del alcance de los niños más pequeños.""",
 el=144, forms=["threonate"], dv=38, sc=30)

# =====================================================================================================
# Polish (pl)
# =====================================================================================================
add("pl_slowmag_b6", "pl", "eu",
 "Modelled on Slow-Mag B6 (Polish dietary-supplement version, chlorek magnezu): w 2 tabletkach magnez 128 mg, 128/375 = 34.1 -> 34 % RWS; B6 2,8 mg 200 %. 50 tabletek / 2 = 25.",
"""Slow-Mag® B6
Suplement diety | 50 tabletek dojelitowych
Magnez o przedłużonym uwalnianiu
Składniki | w 2 tabletkach | % RWS*
Magnez | 128 mg | 34 %
Witamina B6 | 2,8 mg | 200 %
*RWS - Referencyjna Wartość Spożycia
Składniki: chlorek magnezu, substancja wypełniająca: celuloza mikrokrystaliczna; substancja glazurująca: szelak; chlorowodorek pirydoksyny, substancja przeciwzbrylająca: sole magnezowe kwasów tłuszczowych.
Sposób użycia: dorośli 1 tabletka 2 razy dziennie, w trakcie posiłku. Nie rozgryzać.
Nie należy przekraczać zalecanej porcji do spożycia w ciągu dnia. Suplement diety nie może być stosowany jako substytut zróżnicowanej diety. Przechowywać w miejscu niedostępnym dla małych dzieci.""",
 el=128, forms=["chloride"], dv=34, sc=25)

add("pl_plusssz_musujace", "pl", "eu",
 "Modelled on Plusssz Magnez musujące tablets: w 1 tabletce 375 mg, 375/375 = 100 % RWS. Węglan + tlenek magnezu. 20 tabletek.",
"""Plusssz
Magnez 375 mg
Tabletki musujące o smaku cytrynowym | 20 tabletek
Suplement diety
Wartości odżywcze | w 1 tabletce | % RWS*
Magnez | 375 mg | 100 %
*RWS - Referencyjna Wartość Spożycia
Składniki: kwas: kwas cytrynowy; węglan magnezu, regulator kwasowości: wodorowęglan sodu; tlenek magnezu, aromat, substancja słodząca: sukraloza; barwnik: ryboflawina.
Sposób użycia: 1 tabletkę dziennie rozpuścić w szklance wody (200 ml).
Nie przekraczać zalecanej porcji do spożycia w ciągu dnia. Przechowywać w miejscu niedostępnym dla małych dzieci. Tubę szczelnie zamykać.""",
 el=375, forms=["carbonate", "oxide"], dv=100, sc=20)

add("pl_cytrynian_kapsulki_wtym", "pl", "eu",
 "Modelled on Aliness / Essensey 'Cytrynian magnezu' capsules: w porcji dziennej (2 kapsułki) cytrynian magnezu 1 234 mg, w tym magnez 200 mg (1234 x 0.162 = 199.9); 200/375 = 53.3 -> 53 % RWS. 60 / 2 = 30.",
"""ALINESS
Cytrynian Magnezu
Suplement diety | 60 kapsułek wegańskich
Zawartość | w porcji dziennej (2 kapsułki) | % RWS*
Cytrynian magnezu | 1 234 mg | -
w tym magnez | 200 mg | 53 %
*RWS - Referencyjna Wartość Spożycia
Składniki: cytrynian magnezu, otoczka kapsułki: hydroksypropylometyloceluloza.
Sposób użycia: 2 kapsułki dziennie, popijając wodą.
Nie przekraczać zalecanej porcji do spożycia w ciągu dnia. Suplement diety nie może być stosowany jako substytut zróżnicowanej diety. Przechowywać w miejscu niedostępnym dla małych dzieci.
Opakowanie zawiera 30 porcji.""",
 el=200, forms=["citrate"], dv=53, sc=30)

add("pl_bisglicynian_dwie_kolumny", "pl", "eu",
 "Modelled on Polish bisglicynian magnezu tablets (e.g., Swanson PL / Olimp Labs): 'w 1 tabletce | w 2 tabletkach'; daily portion 2 tablets = 150 mg, 150/375 = 40 % RWS; per tablet 75 mg -> elemental_alt_mg. 60 / 2 = 30.",
"""Bisglicynian Magnezu
Chelat | Wysoka przyswajalność
Suplement diety | 60 tabletek
Zawartość | w 1 tabletce | w 2 tabletkach (porcja dzienna) | % RWS**
Magnez | 75 mg | 150 mg | 40 %
**RWS - Referencyjna Wartość Spożycia dla porcji dziennej
Składniki: bisglicynian magnezu, substancja wypełniająca: celuloza mikrokrystaliczna; substancja przeciwzbrylająca: stearynian magnezu, dwutlenek krzemu.
Zalecane dzienne spożycie: 2 tabletki dziennie.
Nie przekraczać zalecanej porcji do spożycia w ciągu dnia. Przechowywać w miejscu niedostępnym dla małych dzieci.""",
 el=150, forms=["glycinate"], dv=40, sc=30, elemental_alt_mg=75)

add("pl_saszetki_b6_ostrzezenie250", "pl", "eu",
 "Modelled on Zdrovit / Vitter Magnez + B6 sachets: w 1 saszetce 300 mg, 300/375 = 80 % RWS; B6 1,4 mg 100 %. Polish warning mentions 250 mg. Cytrynian + mleczan. 20 saszetek.",
"""Zdrovit
Magnez + B6
Saszetki do rozpuszczenia | Smak malinowy
Suplement diety | 20 saszetek
Wartości odżywcze | w 1 saszetce | % RWS*
Magnez | 300 mg | 80 %
Witamina B6 | 1,4 mg | 100 %
*RWS - Referencyjna Wartość Spożycia
Składniki: cytrynian magnezu, mleczan magnezu, kwas: kwas cytrynowy; aromat, substancja słodząca: sukraloza; chlorowodorek pirydoksyny.
Sposób użycia: zawartość 1 saszetki rozpuścić w szklance wody, 1 raz dziennie.
Ostrzeżenie: Spożycie magnezu w ilości powyżej 250 mg dziennie może działać przeczyszczająco. Nie przekraczać zalecanej porcji do spożycia w ciągu dnia. Przechowywać w miejscu niedostępnym dla małych dzieci.""",
 el=300, forms=["citrate", "lactate"], dv=80, sc=20)

add("pl_organiczny_trzy_sole", "pl", "eu",
 "Modelled on Polish 'Magnez Organiczny' tablets with three salts (cytrynian, mleczan, glukonian): w 2 tabletkach 187,5 mg, 187.5/375 = 50 % RWS. 60 / 2 = 30.",
"""Magnez Organiczny Forte
Cytrynian • Mleczan • Glukonian
Suplement diety | 60 tabletek powlekanych
Wartości odżywcze | w 2 tabletkach | % RWS*
Magnez | 187,5 mg | 50 %
*RWS - Referencyjna Wartość Spożycia
Składniki: cytrynian magnezu, mleczan magnezu, glukonian magnezu, substancja wypełniająca: celuloza mikrokrystaliczna; substancja glazurująca: hydroksypropylometyloceluloza; substancja przeciwzbrylająca: sole magnezowe kwasów tłuszczowych.
Sposób użycia: 1 tabletka 2 razy dziennie po posiłku.
Nie przekraczać zalecanej porcji do spożycia w ciągu dnia. Przechowywać w miejscu niedostępnym dla małych dzieci.""",
 el=187.5, forms=["citrate", "lactate", "gluconate"], dv=50, sc=30)

add("pl_aspargin_porcja_dzienna", "pl", "eu",
 "Modelled on Aspargin (asparaginian magnezu i potasu) tablets: columns 'w 2 tabletkach' and 'w dziennej porcji (6 tabletek)'; daily portion used: Mg 102 mg, 102/375 = 27.2 -> 27 % RWS; 2-tablet column 34 mg -> elemental_alt_mg (it is per 2 tablets, not per tablet). Potas not Mg. 60 tabletek / 6 = 10.",
"""Aspargin
Magnez i potas w postaci asparaginianów
Suplement diety | 60 tabletek
Składniki | w 2 tabletkach | w dziennej porcji (6 tabletek) | % RWS*
Magnez | 34 mg | 102 mg | 27 %
Potas | 72 mg | 216 mg | 11 %
*RWS dla dziennej porcji
Składniki: asparaginian potasu, asparaginian magnezu, substancja wypełniająca: skrobia kukurydziana; substancja przeciwzbrylająca: talk, stearynian magnezu.
Sposób użycia: dorośli 2 tabletki 3 razy dziennie po posiłkach.
Nie przekraczać zalecanej porcji do spożycia w ciągu dnia. Przechowywać w miejscu niedostępnym dla małych dzieci.""",
 el=102, forms=["aspartate"], dv=27, sc=10, elemental_alt_mg=34)

add("pl_wapn_magnez_cynk", "pl", "eu",
 "Modelled on Polish 'Wapń + Magnez + Cynk' tablets (e.g., Calcium-Magnesium-Zinc by Swanson PL / Doppelherz aktiv): w 2 tabletkach magnez 300 mg, 300/375 = 80 % RWS; wapń 800 mg and cynk rows are not Mg. Węglan + tlenek magnezu. 60 / 2 = 30.",
"""Doppelherz® aktiv
Wapń + Magnez + Cynk
Dla zdrowych kości i mięśni
Suplement diety | 60 tabletek
Wartości odżywcze | w 2 tabletkach | % RWS*
Wapń | 800 mg | 100 %
Magnez | 300 mg | 80 %
Cynk | 10 mg | 100 %
Witamina D | 5 µg | 100 %
*RWS - Referencyjna Wartość Spożycia
Składniki: węglan wapnia, węglan magnezu, tlenek magnezu, substancja wypełniająca: celuloza mikrokrystaliczna; glukonian cynku, substancja przeciwzbrylająca: sole magnezowe kwasów tłuszczowych; cholekalcyferol.
Sposób użycia: 2 tabletki dziennie, popijając wodą.
Nie przekraczać zalecanej porcji do spożycia w ciągu dnia. Przechowywać w miejscu niedostępnym dla małych dzieci.""",
 el=300, forms=["carbonate", "oxide"], dv=80, sc=30)

# =====================================================================================================
# Dutch (nl)
# =====================================================================================================
add("nl_lucovitaal_400_citraat", "nl", "eu",
 "Modelled on Lucovitaal Magnesium 400 Citraat tablets: per 2 tabletten 400 mg, 400/375 = 106.7 -> 107 % RI. 60 / 2 = 30.",
"""Lucovitaal
Magnesium 400 Citraat
Voor spieren en energie | 60 tabletten
Voedingssupplement
Voedingswaarde | per 2 tabletten | % RI*
Magnesium | 400 mg | 107 %
*RI = Referentie-inname
Ingrediënten: magnesiumcitraat, vulstof: microkristallijne cellulose, antiklontermiddel: magnesiumzouten van vetzuren, coatingmiddel: hydroxypropylmethylcellulose.
Gebruik: 2 tabletten per dag met water innemen tijdens de maaltijd.
De aanbevolen dagdosering niet overschrijden. Een voedingssupplement is geen vervanging voor een gevarieerd en evenwichtig voedingspatroon en een gezonde levensstijl. Buiten bereik van jonge kinderen bewaren.""",
 el=400, forms=["citrate"], dv=107, sc=30)

add("nl_davitamon_b6", "nl", "eu",
 "Modelled on Davitamon Magnesium + B6 tablets: per tablet 250 mg, 250/375 = 66.7 -> 67 % RI; B6 1,4 mg 100 %. Oxide + citraat. 60 tabletten.",
"""Davitamon
Magnesium + Vitamine B6
Ontspanning & Spierfunctie | 60 tabletten
Voedingssupplement
Samenstelling | per tablet | % RI*
Magnesium | 250 mg | 67 %
Vitamine B6 | 1,4 mg | 100 %
*RI: Referentie-inname
Ingrediënten: magnesiumoxide, magnesiumcitraat, vulstof: microkristallijne cellulose; antiklontermiddel: magnesiumstearaat; pyridoxinehydrochloride.
Gebruik: 1 tablet per dag, bij voorkeur bij de avondmaaltijd.
De aanbevolen dagdosering niet overschrijden. Buiten bereik van jonge kinderen bewaren.""",
 el=250, forms=["oxide", "citrate"], dv=67, sc=60)

add("nl_bisglycinaat_waarvan_capsules", "nl", "eu",
 "Modelled on Vitakruid / Orthica Magnesium Bisglycinaat capsules: per dagdosering (2 capsules) magnesiumbisglycinaat 1.400 mg (Dutch thousands dot) waarvan magnesium 200 mg (1400 x 0.141 = 197); 200/375 = 53.3 -> 53 % RI. 120 / 2 = 60.",
"""Vitakruid
Magnesium Bisglycinaat
Goed opneembaar | 120 vegicaps
Voedingssupplement
Samenstelling | per dagdosering (2 capsules) | % RI*
Magnesiumbisglycinaat | 1.400 mg | **
waarvan magnesium | 200 mg | 53 %
*RI = Referentie-inname **Geen RI vastgesteld
Ingrediënten: magnesiumbisglycinaat, capsule: hydroxypropylmethylcellulose.
Gebruik: 2 capsules per dag met water, bij voorkeur 's avonds.
De aanbevolen dagelijkse dosis niet overschrijden. Een voedingssupplement is geen vervanging van een gevarieerde voeding. Buiten bereik van jonge kinderen bewaren.""",
 el=200, forms=["glycinate"], dv=53, sc=60)

add("nl_ah_bruistabletten_waarschuwing250", "nl", "eu",
 "Modelled on Albert Heijn Magnesium bruistabletten: per bruistablet 300 mg, 300/375 = 80 % RI. Dutch warning mentions 250 mg. Carbonaat + oxide. 20 bruistabletten.",
"""AH
Magnesium 300 mg
Bruistabletten | Sinaasappelsmaak | 20 stuks
Voedingssupplement
Voedingswaarde | per bruistablet | RI*
Magnesium | 300 mg | 80%
Natrium | 310 mg | -
*RI = Referentie-inname
Ingrediënten: zuurteregelaars: citroenzuur, natriumwaterstofcarbonaat; magnesiumcarbonaat, magnesiumoxide, aroma, zoetstof: sucralose; kleurstof: bètacaroteen.
Gebruik: 1 bruistablet per dag oplossen in een glas water (200 ml).
Waarschuwing: Meer dan 250 mg magnesium per dag kan een laxerend effect hebben. De aanbevolen dagdosering niet overschrijden. Buiten bereik van jonge kinderen bewaren.""",
 el=300, forms=["carbonate", "oxide"], dv=80, sc=20)

add("nl_etos_sachet_per100g", "nl", "eu",
 "Modelled on Etos / Kruidvat magnesium drink sachets with 'per 100 g | per sachet (4 g)': sachet is the daily serving 375 mg, 375/375 = 100 % RI; per 100 g 9,4 g = 375/4 x 100 = 9375 mg (trap). 20 sachets.",
"""Etos
Magnesium Drinkpoeder
Citroensmaak | 20 sachets à 4 g
Voedingssupplement
Voedingswaarde | per 100 g | per sachet (4 g) | % RI*
Energie | 1430 kJ / 340 kcal | 57 kJ / 14 kcal |
Koolhydraten | 76 g | 3,0 g |
Magnesium | 9,4 g | 375 mg | 100 %
*RI per sachet
Ingrediënten: magnesiumcitraat, maltodextrine, zuurteregelaar: citroenzuur; aroma, zoetstof: steviolglycosiden.
Gebruik: 1 sachet per dag oplossen in 200 ml water.
De aanbevolen dagdosering niet overschrijden. Buiten bereik van jonge kinderen bewaren.""",
 el=375, forms=["citrate"], dv=100, sc=20)

add("nl_tauraat_per_capsule", "nl", "eu",
 "Modelled on Dutch 'Magnesium Tauraat' capsules (e.g., Vitakruid / Bonusan): per capsule magnesium (als tauraat) 70 mg, 70/375 = 18.7 -> 19 % RI. Directions say 1-2 capsules but the table is per capsule. 90 capsules.",
"""Bonusan
Magnesium Tauraat
Hart en bloedvaten | 90 capsules
Voedingssupplement
Samenstelling | per capsule | % RI*
Magnesium (als tauraat) | 70 mg | 19 %
Taurine (uit magnesiumtauraat) | 720 mg | **
*RI = Referentie-inname **Geen RI vastgesteld
Ingrediënten: magnesiumtauraat, capsule: hydroxypropylmethylcellulose.
Gebruik: 1 à 2 capsules per dag bij de maaltijd.
De aanbevolen dagdosering niet overschrijden. Buiten bereik van jonge kinderen bewaren.""",
 el=70, forms=["taurate"], dv=19, sc=90)

add("nl_malaat_per_tablet_per_dag", "nl", "eu",
 "Modelled on Dutch magnesium malate tablets with per-tablet and per-day columns (e.g., Orthica / Vitals malaat): daily dose 3 tabletten 187,5 mg, 187.5/375 = 50 % RI; per tablet 62,5 mg -> elemental_alt_mg. 90 / 3 = 30.",
"""Magnesium Malaat
Energie & Spieren | 90 tabletten
Voedingssupplement
Samenstelling | per tablet | per dagdosering (3 tabletten) | RI*
Magnesium (als malaat) | 62,5 mg | 187,5 mg | 50%
*RI = Referentie-inname
Ingrediënten: magnesiummalaat, vulstof: cellulose; antiklontermiddelen: magnesiumstearaat, siliciumdioxide.
Dosering: 3 x per dag 1 tablet bij de maaltijd.
De aanbevolen dagdosering niet overschrijden. Buiten bereik van jonge kinderen bewaren.
Inhoud: 90 tabletten = 30 dagdoseringen""",
 el=187.5, forms=["malate"], dv=50, sc=30, elemental_alt_mg=62.5)

add("nl_zma_zink_magnesium_b6", "nl", "eu",
 "Modelled on ZMA capsules sold in NL (e.g., Body & Fit ZMA): per 3 capsules zink (als aspartaat) 30 mg 300 %, magnesium (als aspartaat) 450 mg, 450/375 = 120 % RI, B6 10,5 mg 750 %. Zinc aspartate row is not Mg. 90 / 3 = 30.",
"""Body & Fit
ZMA®
Zink • Magnesium • Vitamine B6 | 90 capsules
Voedingssupplement
Voedingswaarde | per 3 capsules | % RI*
Zink (als zinkmonomethionine en aspartaat) | 30 mg | 300 %
Magnesium (als magnesiumaspartaat) | 450 mg | 120 %
Vitamine B6 (als pyridoxinehydrochloride) | 10,5 mg | 750 %
*RI = Referentie-inname
Ingrediënten: magnesiumaspartaat, zinkmonomethionine, zinkaspartaat, gelatine (capsule), pyridoxinehydrochloride, antiklontermiddel: magnesiumstearaat.
Gebruik: mannen 3 capsules, vrouwen 2 capsules, 30-60 minuten voor het slapengaan op een lege maag.
De aanbevolen dagdosering niet overschrijden. Niet geschikt voor kinderen en zwangere vrouwen.""",
 el=450, forms=["aspartate"], dv=120, sc=30)

# =====================================================================================================
# Czech (cs)
# =====================================================================================================
add("cs_gs_magnesium400_b6", "cs", "eu",
 "Modelled on GS Magnesium 400 + B6 tablets (Green-Swan): v denní dávce (1 tableta) 400 mg, 400/375 = 106.7 -> 107 % RHP; B6 2 mg 143 %. Oxid + uhličitan. 30 tablet.",
"""GS
Magnesium 400 + B6
Doplněk stravy | 30 tablet
Obsah v denní dávce | 1 tableta | % RHP*
Hořčík | 400 mg | 107 %
Vitamin B6 | 2 mg | 143 %
*RHP = referenční hodnota příjmu
Složení: oxid hořečnatý, uhličitan hořečnatý, plnidlo: mikrokrystalická celulóza; protispékavé látky: hořečnaté soli mastných kyselin, oxid křemičitý; pyridoxin-hydrochlorid.
Dávkování: 1 tableta denně, zapít dostatečným množstvím vody.
Upozornění: Nepřekračujte doporučenou denní dávku. Doplněk stravy není náhradou pestré a vyvážené stravy. Uchovávejte mimo dosah malých dětí.""",
 el=400, forms=["oxide", "carbonate"], dv=107, sc=30)

add("cs_citrat_ztoho_2tablety", "cs", "eu",
 "Modelled on Swiss NatureVia / Walmark 'Magnesium Citrát' tablets: v denní dávce (2 tablety) citrát hořečnatý 1 230 mg z toho hořčík 200 mg (1230 x 0.162 = 199.3); 200/375 = 53.3 -> 53 % RHP. 60 / 2 = 30.",
"""Swiss
Magnesium Citrát
Doplněk stravy | 60 tablet
Obsah v denní dávce (2 tablety) | množství | % RHP*
Citrát hořečnatý | 1 230 mg | -
z toho hořčík | 200 mg | 53 %
*RHP = referenční hodnota příjmu
Složení: citrát hořečnatý, plnidlo: mikrokrystalická celulóza; protispékavá látka: stearan hořečnatý; leštící látka: hydroxypropylmethylcelulóza.
Dávkování: 2 tablety denně, zapít vodou.
Nepřekračujte doporučenou denní dávku. Uchovávejte mimo dosah malých dětí.""",
 el=200, forms=["citrate"], dv=53, sc=30)

add("cs_revital_sumive_na100g", "cs", "eu",
 "Modelled on Revital / Kompava Magnesium + B6 šumivé tablety with 'na 100 g | na 1 tabletu (4 g)': tablet is the daily dose 300 mg, 300/375 = 80 % RHP; per 100 g 7,5 g (trap). Uhličitan + oxid. 20 tablet.",
"""Revital
Magnesium + B6
Šumivé tablety | Příchuť pomeranč | 20 tablet
Doplněk stravy
Výživové údaje | na 100 g | na 1 tabletu (4 g) | % RHP*
Energetická hodnota | 750 kJ / 180 kcal | 30 kJ / 7 kcal |
Hořčík | 7,5 g | 300 mg | 80 %
Vitamin B6 | 35 mg | 1,4 mg | 100 %
*RHP na 1 tabletu
Složení: kyselina citronová, uhličitan hořečnatý, hydrogenuhličitan sodný, oxid hořečnatý, aroma, sladidlo: sukralóza; pyridoxin-hydrochlorid, barvivo: beta-karoten.
Dávkování: 1 tabletu denně rozpusťte ve sklenici vody.
Nepřekračujte doporučenou denní dávku. Uchovávejte mimo dosah malých dětí.""",
 el=300, forms=["carbonate", "oxide"], dv=80, sc=20)

add("cs_laktat_tobolky_1875", "cs", "eu",
 "Modelled on Czech 'Hořčík laktát' capsule supplements: v denní dávce (3 tobolky) 187,5 mg, 187.5/375 = 50 % RHP. Laktát hořečnatý. 90 / 3 = 30.",
"""Magnesium Laktát
Šetrný k žaludku | 90 tobolek
Doplněk stravy
Výživové údaje | v denní dávce (3 tobolky) | % RHP*
Hořčík | 187,5 mg | 50 %
*RHP = referenční hodnota příjmu
Složení: laktát hořečnatý dihydrát, želatina (tobolka), protispékavá látka: stearan hořečnatý.
Dávkování: 1 tobolka 3x denně během jídla.
Nepřekračujte doporučenou denní dávku. Uchovávejte mimo dosah malých dětí.""",
 el=187.5, forms=["lactate"], dv=50, sc=30)

add("cs_bisglycinat_dva_sloupce_upozorneni250", "cs", "eu",
 "Modelled on Czech bisglycinát hořečnatý capsules (e.g., Nutricost CZ / Natures): 'v 1 kapsli | v denní dávce (2 kapsle)'; daily dose 250 mg, 250/375 = 66.7 -> 67 % RHP; per capsule 125 mg -> elemental_alt_mg. Czech warning mentions 250 mg. 120 / 2 = 60.",
"""Hořčík Bisglycinát
Chelát | Vysoká vstřebatelnost
Doplněk stravy | 120 kapslí
Výživové údaje | v 1 kapsli | v denní dávce (2 kapsle) | % RHP*
Hořčík | 125 mg | 250 mg | 67 %
*RHP = referenční hodnota příjmu v denní dávce
Složení: bisglycinát hořečnatý, kapsle: hydroxypropylmethylcelulóza.
Dávkování: 2 kapsle denně, zapít vodou.
Upozornění: Příjem hořčíku vyšší než 250 mg denně může mít projímavé účinky. Nepřekračujte doporučenou denní dávku. Uchovávejte mimo dosah malých dětí.""",
 el=250, forms=["glycinate"], dv=67, sc=60, elemental_alt_mg=125)

add("cs_komplex_citrat_malat_taurat", "cs", "eu",
 "Modelled on Czech multi-form 'Magnesium Komplex' capsules: v denní dávce (3 kapsle) 300 mg, 300/375 = 80 % RHP. Citrát, malát, taurát hořečnatý. 90 / 3 = 30.",
"""Magnesium Komplex
Citrát • Malát • Taurát
Doplněk stravy | 90 kapslí
Výživové údaje | denní dávka (3 kapsle) | % RHP*
Hořčík | 300 mg | 80 %
*RHP = referenční hodnota příjmu
Složení: citrát hořečnatý, malát hořečnatý, taurát hořečnatý, kapsle: hydroxypropylmethylcelulóza.
Dávkování: 3 kapsle denně, nejlépe večer.
Nepřekračujte doporučenou denní dávku. Doplněk stravy není náhradou pestré stravy. Uchovávejte mimo dosah malých dětí.""",
 el=300, forms=["citrate", "malate", "taurate"], dv=80, sc=30)

add("cs_prasek_sacky_375", "cs", "eu",
 "Modelled on Czech magnesium powder sachets (e.g., Magnesium 375 prášek, Walmark/Pharmaceutical style): v 1 sáčku 375 mg, 375/375 = 100 % RHP. Citrát hořečnatý. 20 sáčků.",
"""Hořčík 375 mg
Prášek v sáčcích | Příchuť citron
Doplněk stravy | 20 sáčků
Výživové údaje | v 1 sáčku | % RHP*
Hořčík | 375 mg | 100 %
*RHP = referenční hodnota příjmu
Složení: citrát hořečnatý, kyselina citronová, aroma, sladidlo: steviol-glykosidy.
Dávkování: obsah 1 sáčku rozpusťte ve sklenici vody, 1x denně.
Nepřekračujte doporučenou denní dávku. Uchovávejte mimo dosah malých dětí.""",
 el=375, forms=["citrate"], dv=100, sc=20)

add("cs_orotat_ztoho_984", "cs", "eu",
 "Modelled on Czech 'Orotát hořečnatý' capsule supplements (orotate, cf. Magnerot): v denní dávce (3 tobolky) orotát hořečnatý 1 500 mg z toho hořčík 98,4 mg (1500 x 0.0656 dihydrate = 98.4); 98.4/375 = 26.2 -> 26 % RHP. 90 / 3 = 30.",
"""Orotát Hořečnatý
Pro srdce a svaly | 90 tobolek
Doplněk stravy
Výživové údaje | v denní dávce (3 tobolky) | % RHP*
Orotát hořečnatý dihydrát | 1 500 mg | -
z toho hořčík | 98,4 mg | 26 %
*RHP = referenční hodnota příjmu
Složení: orotát hořečnatý dihydrát, želatina (tobolka), protispékavá látka: stearan hořečnatý.
Dávkování: 1 tobolka 3x denně po jídle.
Nepřekračujte doporučenou denní dávku. Uchovávejte mimo dosah malých dětí.""",
 el=98.4, forms=["orotate"], dv=26, sc=30)
