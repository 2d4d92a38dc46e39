# Label sources, part Q (blind set 14): the 15 EU labels (2 each de, fr, it, es, pl, nl, cs; 1 sv) and the Portuguese negative.
# Imports add/L from labels_p.py (same format). DV base 375 (EU NRV) by default for non-English labels.
from labels_p import add, L

# ------------------------------------------------------------------ de
add("de14_magnosolv_granulat_beutel_365mg_15mmol_carbonat_arzneimittel", "de", "eu",
 "Modelled on Magnosolv\u00ae Granulat (Austrian OTC medicine, magnesium carbonate + citric acid in sachets; as remembered, the salt weight set here and approximate, approval number a placeholder): no table, the medicine's 'Wirkstoffe:' sentence, '1 Beutel (6,1 g Granulat) enth\u00e4lt 1,42 g Magnesiumcarbonat, basisch, leicht, entsprechend 365 mg Magnesium (= 15 mmol)' (15 x 24.3 = 365; 1,420 x 0.257 = 365). A medicine outside the US: per unit (Beutel) 365 mg, no %NRV, serving_count null; the 1,42 g carbonate and the 6,1 g sachet weight are not the value.",
"""Magnosolv®
Granulat | 365 mg Magnesium | Arzneimittel | 30 Beutel | Orangengeschmack
Wirkstoffe: 1 Beutel (6,1 g Granulat) enthält 1,42 g Magnesiumcarbonat, basisch, leicht, entsprechend 365 mg Magnesium (= 15 mmol).
Sonstige Bestandteile: Citronensäure, Saccharin-Natrium, Orangenaroma.
Anwendungsgebiete: Magnesiummangel, wenn er Ursache für Störungen der Muskeltätigkeit (neuromuskuläre Störungen, Wadenkrämpfe) ist.
Dosierung: Erwachsene und Jugendliche ab 12 Jahren nehmen 1 Beutel täglich. Den Beutelinhalt in einem Glas Wasser (ca. 125 ml) auflösen und nach Abklingen des Aufschäumens trinken.
Hinweis: Bei eingeschränkter Nierenfunktion nur nach Rücksprache mit dem Arzt anwenden. Gebrauchsinformation beachten.
Zul.-Nr.: 0-00000""",
 el=365, forms=["carbonate"], dv=None, sc=None)

add("de14_sunlife_magnesium_250_mmol_in_same_cell_2_kapseln", "de", "eu",
 "Modelled on Sunlife\u00ae Magnesium capsules (Germany; as remembered, the amount and salts set here and may not match a current SKU): 'N\u00e4hrwertangaben | pro Tagesdosis (2 Kapseln) | % NRV*' with the molar amount in the SAME cell as the milligrams, 'Magnesium | 250 mg (10,3 mmol) | 67 %' (250/375 = 66.7; 250 / 24.3 = 10.3). Magnesiumoxid and Magnesiumcitrat; 'Magnesiumsalze der Speisefetts\u00e4uren' is an excipient. 90 Kapseln / 2 = 45.",
"""Sunlife®
Magnesium 250
Nahrungsergänzungsmittel | 90 Kapseln | vegan
Nährwertangaben | pro Tagesdosis (2 Kapseln) | % NRV*
Magnesium | 250 mg (10,3 mmol) | 67 %
*NRV = Nährstoffbezugswert nach VO (EU) 1169/2011
Zutaten: Magnesiumoxid, Magnesiumcitrat, Kapselhülle: Hydroxypropylmethylcellulose; Trennmittel: Magnesiumsalze der Speisefettsäuren.
Verzehrempfehlung: Täglich 2 Kapseln unzerkaut mit ausreichend Flüssigkeit verzehren. Die angegebene empfohlene tägliche Verzehrmenge darf nicht überschritten werden. Nahrungsergänzungsmittel sind kein Ersatz für eine ausgewogene und abwechslungsreiche Ernährung und eine gesunde Lebensweise. Außerhalb der Reichweite von kleinen Kindern lagern.""",
 el=250, forms=["oxide", "citrate"], dv=67, sc=45)

# ------------------------------------------------------------------ fr
add("fr14_novoma_bisglycinate_1400_apportant_200_pct_ar", "fr", "eu",
 "Modelled on Novoma Magn\u00e9sium Bisglycinate capsules (France; darwin-nutrition.fr comparison page consulted for the product's existence only; panel and amounts set here): 'Composition | Pour 2 g\u00e9lules | % AR*' with the compound row first and the element on the next row introduced by 'apportant', 'Bisglycinate de magn\u00e9sium TRAACS\u00ae | 1 400 mg' / 'apportant en magn\u00e9sium | 200 mg | 53 %' (1,400 x 0.143 = 200; 200/375 = 53.3), and the reference-intake variant 'AR' (apports de r\u00e9f\u00e9rence) instead of VNR. The 1 400 mg is never the elemental value. 120 g\u00e9lules / 2 = 60.",
"""NOVOMA
Magnésium Bisglycinate
Haute absorption | Complément alimentaire | 120 gélules végétales
Composition | Pour 2 gélules | % AR*
Bisglycinate de magnésium TRAACS® | 1 400 mg |
apportant en magnésium | 200 mg | 53 %
*AR : apports de référence
Ingrédients : bisglycinate de magnésium (TRAACS®), gélule d'origine végétale (hydroxypropylméthylcellulose).
Conseils d'utilisation : 2 gélules par jour, de préférence le soir, avec un grand verre d'eau. Ne pas dépasser la dose journalière recommandée.
Précautions : tenir hors de portée des jeunes enfants. Les compléments alimentaires ne se substituent pas à une alimentation variée et équilibrée et à un mode de vie sain.""",
 el=200, forms=["glycinate"], dv=53, sc=60)

add("fr14_pileje_formag_two_issu_de_rows_no_total_summed", "fr", "eu",
 "Modelled on PiLeJe Formag tablets (France; magnesium with taurine and vitamin B6; as remembered, the salts and amounts set here and may not match the current formula; an earlier set used another PiLeJe product as a negative): TWO magnesium rows by source and NO printed total, 'Magn\u00e9sium issu de l'oxyde de magn\u00e9sium marin | 100 mg | 27 %' and 'Magn\u00e9sium issu du bisglycinate de magn\u00e9sium | 50 mg | 13 %' -> the value is the sum, 150 mg and 40 % (150/375 = 40; 27 + 13 = 40). 1 comprim\u00e9 matin et soir: 90 comprim\u00e9s / 2 = 45.",
"""PiLeJe
Formag
Magnésium, taurine, vitamine B6 | Complément alimentaire | 90 comprimés
Teneurs moyennes | Pour 2 comprimés | % VNR*
Magnésium issu de l'oxyde de magnésium marin | 100 mg | 27 %
Magnésium issu du bisglycinate de magnésium | 50 mg | 13 %
Taurine | 150 mg | –
Vitamine B6 | 1,4 mg | 100 %
*VNR : valeurs nutritionnelles de référence
Ingrédients : oxyde de magnésium d'origine marine, bisglycinate de magnésium, taurine, agent de charge : cellulose microcristalline ; antiagglomérant : stéarate de magnésium ; chlorhydrate de pyridoxine.
Conseils d'utilisation : 1 comprimé matin et soir, au cours des repas, avec un verre d'eau. Ne pas dépasser la dose journalière recommandée.""",
 el=150, forms=["oxide", "glycinate"], dv=40, sc=45)

# ------------------------------------------------------------------ it
add("it14_altanatura_magnesio_tabella_nutrizionale_2_compresse", "it", "eu",
 "Modelled on an Alta Natura (Inalme, Italy) magnesium tablet (as remembered; product name, amounts and salts set here and may not match a current SKU): a table headed 'Tabella nutrizionale | per dose giornaliera (2 compresse) | %VNR*' with 'Magnesio 300 mg 80%' (300/375) and magnesio citrato + magnesio carbonato in the ingredients ('sali di magnesio degli acidi grassi' is an excipient). Directions one tablet morning and one evening. 60 compresse / 2 = 30.",
"""ALTA NATURA
Magnesio Plus
Citrato e Carbonato di Magnesio | Integratore alimentare | 60 compresse
Tabella nutrizionale | per dose giornaliera (2 compresse) | %VNR*
Magnesio | 300 mg | 80%
*VNR: Valori Nutritivi di Riferimento (Reg. UE 1169/2011)
Ingredienti: magnesio citrato, magnesio carbonato; agente di carica: cellulosa microcristallina; antiagglomeranti: sali di magnesio degli acidi grassi, biossido di silicio.
Modo d'uso: si consiglia l'assunzione di 2 compresse al giorno, una al mattino e una alla sera, con un bicchiere d'acqua.
Avvertenze: non superare la dose giornaliera consigliata. Gli integratori non vanno intesi come sostituti di una dieta varia ed equilibrata e di uno stile di vita sano. Tenere fuori dalla portata dei bambini al di sotto dei tre anni.""",
 el=300, forms=["citrate", "carbonate"], dv=80, sc=30)

add("it14_pharmaton_multivitaminico_per_capsula_magnesio_solfato", "it", "eu",
 "Modelled on Pharmaton\u00ae capsules (Italy; multivitamin-multimineral with ginseng G115; as remembered, nutrient amounts approximate, may not match the current formula): an EU MULTIVITAMIN panel 'Contenuti medi | per capsula | %VNR*' in micrograms with the '\u00b5g' sign and decimal commas, where magnesium is a small row, 'Magnesio 20 mg 5%' (20/375 = 5.3); the salt is 'magnesio solfato' in the ingredient list (calcio fosfato, ferro solfato are other minerals). 1 capsula al giorno: 30 capsule -> 30.",
"""Pharmaton®
Energia fisica e mentale | Integratore alimentare multivitaminico e multiminerale con ginseng G115® | 30 capsule molli
Contenuti medi | per capsula | %VNR*
Vitamina A | 400 µg | 50%
Vitamina D | 5 µg | 100%
Vitamina E | 10 mg | 83%
Vitamina C | 60 mg | 75%
Tiamina (vit. B1) | 1,4 mg | 127%
Riboflavina (vit. B2) | 1,6 mg | 114%
Vitamina B6 | 2 mg | 143%
Vitamina B12 | 1 µg | 40%
Niacina | 18 mg | 113%
Calcio | 100 mg | 13%
Ferro | 10 mg | 71%
Magnesio | 20 mg | 5%
Zinco | 1 mg | 10%
Rame | 0,5 mg | 50%
Selenio | 50 µg | 91%
Estratto di radice di ginseng G115® | 40 mg | –
*VNR: Valori Nutritivi di Riferimento
Ingredienti: olio di soia; gelatina; estratto standardizzato di radice di Panax ginseng C.A. Meyer (G115®); umidificante: glicerolo; calcio fosfato bibasico; lecitina di soia; magnesio solfato; acido L-ascorbico; ferro solfato; nicotinamide; acetato di DL-alfa-tocoferile; zinco ossido; colorante: ossidi di ferro; solfato rameico; cloridrato di piridossina; mononitrato di tiamina; riboflavina; acetato di retinile; selenito di sodio; colecalciferolo; cianocobalamina.
Modalità d'uso: 1 capsula al giorno, preferibilmente al mattino, durante il pasto.""",
 el=20, forms=["sulfate"], dv=5, sc=30)

# ------------------------------------------------------------------ es
add("es14_tongil_citrato_1500_procedente_del_citrato_3_capsulas", "es", "eu",
 "Modelled on a Tongil citrato de magnesio capsule (Spain; as remembered, amounts set here and may not match a current SKU): 'Informaci\u00f3n nutricional | Por dosis diaria (3 c\u00e1psulas) | %VRN*' with the compound row first ('Citrato de magnesio | 1.500 mg | \u2013') and the element row worded 'Magnesio (procedente del citrato de magnesio) | 225 mg | 60 %' (1,500 x 0.15 = 225; 225/375 = 60). The 1.500 mg is never the elemental value. 90 c\u00e1psulas / 3 = 30.",
"""TONGIL
Citrato de Magnesio
Complemento alimenticio | 90 cápsulas vegetales
Información nutricional | Por dosis diaria (3 cápsulas) | %VRN*
Citrato de magnesio | 1.500 mg | –
Magnesio (procedente del citrato de magnesio) | 225 mg | 60 %
*VRN: Valores de Referencia de Nutrientes
Ingredientes: citrato de magnesio, cápsula vegetal (hidroxipropilmetilcelulosa), antiaglomerante: estearato de magnesio vegetal.
Modo de empleo: tomar 3 cápsulas al día, repartidas entre las comidas, con un vaso de agua.
Advertencias: no superar la dosis diaria expresamente recomendada. Los complementos alimenticios no deben utilizarse como sustitutos de una dieta equilibrada. Mantener fuera del alcance de los niños más pequeños.""",
 el=225, forms=["citrate"], dv=60, sc=30)

add("es14_megaplus_magnesio_marino_componentes_por_2_pct_ir", "es", "eu",
 "Modelled on a MegaPlus magnesio marino tablet (Spain; as remembered, amounts set here and may not match a current SKU): a table headed 'Componentes | Por 2 comprimidos | % IR*' with the reference-intake variant 'IR' (Ingesta de Referencia) instead of VRN, 'Magnesio 200 mg 53 %' (200/375 = 53.3), and '\u00f3xido de magnesio de origen marino' in the ingredients (estearato de magnesio is an excipient). 60 comprimidos / 2 = 30.",
"""MEGAPLUS
Magnesio Marino + B6
Complemento alimenticio | 60 comprimidos
Componentes | Por 2 comprimidos | % IR*
Magnesio | 200 mg | 53 %
Vitamina B6 | 1,4 mg | 100 %
*IR: Ingesta de Referencia
Ingredientes: óxido de magnesio de origen marino; agente de carga: celulosa microcristalina; antiaglomerantes: estearato de magnesio y dióxido de silicio; clorhidrato de piridoxina.
Modo de empleo: 2 comprimidos al día, uno en el desayuno y otro en la cena, con un vaso de agua.
No superar la dosis diaria expresamente recomendada. Mantener fuera del alcance de los niños más pequeños.""",
 el=200, forms=["oxide"], dv=53, sc=30)

# ------------------------------------------------------------------ pl
add("pl14_trec_magne100_sport_skladnik_porcja_dzienna_2_kapsulki", "pl", "eu",
 "Modelled on Trec Nutrition MAGNE 100 SPORT capsules (Poland; as remembered, amounts and salts approximate, may not match a current SKU): 'Sk\u0142adnik | Porcja dzienna (2 kapsu\u0142ki) | %RWS*' with 'Magnez 200 mg 53%' (200/375 = 53.3); the name's '100' is per capsule. Cytrynian magnezu and tlenek magnezu ('sole magnezowe kwas\u00f3w t\u0142uszczowych' is an excipient). 60 kapsu\u0142ek / 2 = 30.",
"""TREC NUTRITION
MAGNE 100 SPORT
Suplement diety | 60 kapsułek
Składnik | Porcja dzienna (2 kapsułki) | %RWS*
Magnez | 200 mg | 53%
Witamina B6 | 2 mg | 143%
*RWS – Referencyjna Wartość Spożycia
Składniki: cytrynian magnezu, tlenek magnezu, otoczka kapsułki (żelatyna), chlorowodorek pirydoksyny, substancja przeciwzbrylająca: sole magnezowe kwasów tłuszczowych.
Sposób użycia: 1 kapsułka 2 razy dziennie, popijając wodą. Nie przekraczać zalecanej porcji do spożycia w ciągu dnia. Suplement diety nie może być stosowany jako substytut zróżnicowanej diety.""",
 el=200, forms=["citrate", "oxide"], dv=53, sc=30)

add("pl14_gemini_magnez_b6_sklad_1_tabletka_2_tabletki_mleczan", "pl", "eu",
 "Modelled on a Gemini (Polish pharmacy chain house brand) Magnez + B6 tablet (as remembered; amounts set here and may not match a current SKU): 'Sk\u0142ad | 1 tabletka | 2 tabletki | %RWS** (2 tabletki)' with 'Magnez 60 mg 120 mg 32%' (120/375 = 32); the daily-dose column (2 tabletki) is the value, per tablet 60 mg in elemental_alt_mg. Mleczan magnezu (lactate); stearynian magnezu is an excipient. 50 tabletek / 2 = 25.",
"""Gemini
Magnez + B6
Suplement diety | 50 tabletek powlekanych
Skład | 1 tabletka | 2 tabletki | %RWS** (2 tabletki)
Magnez | 60 mg | 120 mg | 32%
Witamina B6 | 0,7 mg | 1,4 mg | 100%
**RWS – Referencyjna Wartość Spożycia
Składniki: mleczan magnezu; substancja wypełniająca: celuloza mikrokrystaliczna; otoczka (hydroksypropylometyloceluloza, talk, barwnik: dwutlenek tytanu); chlorowodorek pirydoksyny; substancja przeciwzbrylająca: stearynian magnezu.
Sposób użycia: 1 tabletka 2 razy dziennie po posiłku, popijając wodą. Nie przekraczać zalecanej porcji do spożycia w ciągu dnia.""",
 el=120, forms=["lactate"], dv=32, sc=25, elemental_alt_mg=60)

# ------------------------------------------------------------------ nl
add("nl14_avogel_balance_mineral_drink_per_100g_per_zakje_nl_fr", "nl", "eu",
 "Modelled on A.Vogel Balance Mineral Drink sachets (Benelux pack; as remembered, amounts approximate, may not match a current formula): a Dutch/French BILINGUAL panel with a PER-100-g column before the sachet column, 'Voedingswaarde / Valeurs nutritionnelles | per 100 g / pour 100 g | per zakje / par sachet (7,5 g) | % RI* / % AR*': 'Magnesium / Magn\u00e9sium | 2000 mg | 150 mg | 40 %'. The per-100 g figure is a trap (2000 x 7.5/100 = 150); the sachet is the serving, 150 mg, 40 % (150/375). Magnesiumcitraat; kaliumcitraat and zinkgluconaat are other minerals. Language nl (Dutch first). 1 zakje per dag: 20 zakjes -> 20.",
"""A.Vogel
Balance Mineral Drink
Voedingssupplement / Complément alimentaire | 20 zakjes / sachets × 7,5 g
Voedingswaarde / Valeurs nutritionnelles | per 100 g / pour 100 g | per zakje / par sachet (7,5 g) | % RI* / % AR*
Magnesium / Magnésium | 2000 mg | 150 mg | 40 %
Kalium / Potassium | 8000 mg | 600 mg | 30 %
Zink / Zinc | 67 mg | 5 mg | 50 %
Vitamine D | 67 µg | 5 µg | 100 %
*RI: referentie-inname / AR : apport de référence
Ingrediënten: kaliumcitraat, magnesiumcitraat, maltodextrine, zuurteregelaar: citroenzuur, natuurlijk aroma, zinkgluconaat, cholecalciferol.
Ingrédients : citrate de potassium, citrate de magnésium, maltodextrine, correcteur d'acidité : acide citrique, arôme naturel, gluconate de zinc, cholécalciférol.
Gebruik: 1 zakje per dag oplossen in 150 ml water. / Utilisation : dissoudre 1 sachet par jour dans 150 ml d'eau.""",
 el=150, forms=["citrate"], dv=40, sc=20)

add("nl14_dagravit_magnesium_375_gemiddelde_hoeveelheid_per_tablet", "nl", "eu",
 "Modelled on a Dagravit\u00ae Magnesium tablet (Netherlands, Vemedia; as remembered, the amount set here and may not match a current SKU): a per-tablet panel headed 'Gemiddelde hoeveelheid | per tablet | % RI*' with 'Magnesium 375 mg 100%' (375/375) and magnesiumoxide in the ingredients ('magnesiumzouten van vetzuren' is an excipient). 1 tablet per dag: 60 tabletten -> 60.",
"""Dagravit®
Magnesium 375
Voedingssupplement | 60 tabletten
Gemiddelde hoeveelheid | per tablet | % RI*
Magnesium | 375 mg | 100%
*RI = Referentie-inname
Ingrediënten: magnesiumoxide; vulstof: microkristallijne cellulose; antiklontermiddelen: magnesiumzouten van vetzuren, siliciumdioxide; coating: hydroxypropylmethylcellulose.
Gebruiksadvies: 1 tablet per dag met water innemen, bij voorkeur tijdens de maaltijd. De aanbevolen dagdosering niet overschrijden. Een voedingssupplement is geen vervanging voor een gevarieerd en evenwichtig voedingspatroon en een gezonde levensstijl.""",
 el=375, forms=["oxide"], dv=100, sc=60)

# ------------------------------------------------------------------ cs
add("cs14_brainmax_taurat_1700_coz_odpovida_150_v_denni_davce", "cs", "eu",
 "Modelled on a BrainMax magnesium taurate capsule (Czech brand; as remembered, amounts set here and may not match a current SKU): 'Slo\u017een\u00ed | v denn\u00ed d\u00e1vce (2 kapsle) | % RHP*' with the compound row first, 'Taur\u00e1t ho\u0159e\u010dnat\u00fd | 1 700 mg | \u2013', and the element row introduced by 'co\u017e odpov\u00edd\u00e1', 'co\u017e odpov\u00edd\u00e1 ho\u0159\u010d\u00edku | 150 mg | 40 %' (1,700 x 0.089 = 151; 150/375 = 40). The 1 700 mg is never the elemental value. 120 kapsl\u00ed / 2 = 60.",
"""BrainMax
Magnesium Taurate / Hořčík taurát
Doplněk stravy | 120 rostlinných kapslí
Složení | v denní dávce (2 kapsle) | % RHP*
Taurát hořečnatý | 1 700 mg | –
což odpovídá hořčíku | 150 mg | 40 %
*RHP = referenční hodnota příjmu
Složení: taurát hořečnatý, kapsle (hydroxypropylmethylcelulóza).
Doporučené dávkování: 2 kapsle denně, zapít vodou. Nepřekračujte doporučenou denní dávku. Doplněk stravy není náhradou pestré stravy. Uchovávejte mimo dosah dětí.""",
 el=150, forms=["taurate"], dv=40, sc=60)

add("cs14_generica_horcik_b6_obsah_latek_v_1_tablete_1_2_denne", "cs", "eu",
 "Modelled on a Generica Ho\u0159\u010d\u00edk + B6 tablet (Czech brand; as remembered, amounts and salt set here and may not match a current SKU): a per-unit panel 'Obsah l\u00e1tek | v 1 tablet\u011b | % RHP*' with 'Ho\u0159\u010d\u00edk 100 mg 27 %' (100/375 = 26.7) and a 1\u20132 range in the directions ('1\u20132 tablety denn\u011b'): per tablet, serving_count = the tablet count (30). Uhli\u010ditan ho\u0159e\u010dnat\u00fd (carbonate); 'magnesium-stear\u00e1t' is an excipient.",
"""Generica
Hořčík + B6 Forte
Doplněk stravy | 30 tablet
Obsah látek | v 1 tabletě | % RHP*
Hořčík | 100 mg | 27 %
Vitamin B6 | 2 mg | 143 %
*RHP = referenční hodnota příjmu
Složení: uhličitan hořečnatý; plnidlo: mikrokrystalická celulóza; protispékavá látka: magnesium-stearát; pyridoxin-hydrochlorid.
Dávkování: 1–2 tablety denně, zapít dostatečným množstvím tekutiny. Nepřekračujte doporučenou denní dávku. Uchovávejte mimo dosah dětí.""",
 el=100, forms=["carbonate"], dv=27, sc=30)

# ------------------------------------------------------------------ sv
add("sv14_apoteket_magnesium_naringsinnehall_ri_bare_number", "sv", "eu",
 "Modelled on an Apoteket (Swedish pharmacy chain house brand) Magnesium 250 mg tablet (as remembered; salts set here and may not match a current SKU): 'N\u00e4ringsinneh\u00e5ll | per tablett | % RI*' where the RI cell is a BARE number, 'Magnesium | 250 mg | 67' (250/375 = 66.7; the % sign only in the header). Magnesiumcitrat and magnesiumoxid; 'magnesiumsalter av fettsyror' is an excipient. 1 tablett dagligen: 100 tabletter -> 100.",
"""Apoteket
Magnesium 250 mg
Kosttillskott | 100 tabletter
Näringsinnehåll | per tablett | % RI*
Magnesium | 250 mg | 67
*RI = referensintag
Ingredienser: magnesiumcitrat, magnesiumoxid, fyllnadsmedel (mikrokristallin cellulosa), klumpförebyggande medel (magnesiumsalter av fettsyror), ytbehandlingsmedel (hydroxipropylmetylcellulosa).
Dosering: 1 tablett dagligen. Rekommenderad daglig dos bör inte överskridas. Kosttillskott ska inte användas som ett alternativ till en varierad kost och en hälsosam livsstil. Förvaras oåtkomligt för barn.""",
 el=250, forms=["citrate", "oxide"], dv=67, sc=100)

# ------------------------------------------------------------------ pt (negative)
add("neg14_pt_natiris_melatonina_estearato_de_magnesio", "pt", "negative",
 "Modelled on a Natiris Melatonina 1,9 mg tablet (Portugal; as remembered, excipients approximate, may not match a current SKU): a melatonin supplement whose only magnesium is 'estearato de magn\u00e9sio vegetal' among the ingredients -> no_magnesium. 60 comprimidos, 1 per day -> 60 (printed).",
"""NATIRIS
Melatonina 1,9 mg
Suplemento alimentar | 60 comprimidos
Informação nutricional | Por comprimido
Melatonina | 1,9 mg
Ingredientes: agente de volume: celulose microcristalina; melatonina; antiaglomerantes: estearato de magnésio vegetal, dióxido de silício.
Modo de utilização: tomar 1 comprimido por dia, 30 minutos antes de deitar. A melatonina contribui para a redução do tempo necessário para adormecer; o efeito benéfico obtém-se com a ingestão de 1 mg de melatonina pouco antes de deitar.
Advertências: não exceder a toma diária recomendada. Os suplementos alimentares não devem ser utilizados como substitutos de um regime alimentar variado e equilibrado. Manter fora do alcance das crianças.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=60)
