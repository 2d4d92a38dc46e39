# Label sources, part EU (blind set 16): the 16 EU labels (de 2, fr 2, it 2, pl 2; es, nl, cs, sk, hu, ro, pt, sv 1 each) and
# the Italian, Czech and Hungarian negatives. Imports add/L from labels_us.py (same format). DV base 375 (EU NRV) by default
# for non-English labels.
from labels_us import add, L

# ------------------------------------------------------------------ de
add("de16_sanctbernhard_citrat_tagesdosis_2_kapseln_je_90mg_pro_kapsel", "de", "eu",
 "Modelled on a Kr\u00e4uterhaus Sanct Bernhard Magnesiumcitrat capsule (Germany; the product and panel set here, may not match a current SKU); the directions' wording follows a public shop page (https://tasnim.eu/shop/recovery-magnesiumcitrat-60-kapseln: 'T\u00e4glich 2 Kapseln (je 90mg reines Magnesium / Kapsel) mit 200ml Fl\u00fcssigkeit einnehmen'). The table gives the daily dose, 'N\u00e4hrwerte | pro Tagesdosis (2 Kapseln) | % NRV*', 'Magnesium 180 mg 48 %' (180/375 = 48.0), and the PER-CAPSULE figure appears only inside the directions ('je 90 mg reines Magnesium / Kapsel'). Value 180 mg; 120 Kapseln / 2 = 60.",
"""Kräuterhaus Sanct Bernhard
Magnesiumcitrat 180
Nahrungsergänzungsmittel | 120 Kapseln
Nährwerte | pro Tagesdosis (2 Kapseln) | % NRV*
Magnesium | 180 mg | 48 %
*NRV = Nährstoffbezugswert
Zutaten: Magnesiumcitrat, Kapselhülle: Hydroxypropylmethylcellulose; Trennmittel: Magnesiumsalze der Speisefettsäuren.
Verzehrempfehlung: Täglich 2 Kapseln (je 90 mg reines Magnesium / Kapsel) mit 200 ml Flüssigkeit einnehmen, am besten morgens und abends je 1 Kapsel. Die angegebene empfohlene tägliche Verzehrmenge darf nicht überschritten werden. Nahrungsergänzungsmittel sind kein Ersatz für eine ausgewogene und abwechslungsreiche Ernährung und eine gesunde Lebensweise.""",
 el=180, forms=["citrate"], dv=48, sc=60)

add("de16_naturkraftwerke_citrat_pulver_messloeffel_davon_109_tagesdosis_218", "de", "eu",
 "Modelled on a Naturkraftwerke Magnesiumcitrat powder (Austria; the table set here, may not match a current SKU); the per-scoop figures follow a public shop page (https://www.sunday.at/magnesiumcitrat-pulver-bundle-set.html: 'Zweimal t\u00e4glich 1 Messl\u00f6ffel (ca. 1 g Magnesiumcitrat, davon 109 mg Magnesium)'). Two amount columns, per scoop and per daily dose, each with a compound row and a 'davon Magnesium' row: 'Magnesiumcitrat 1000 mg | 2000 mg', 'davon Magnesium 109 mg | 218 mg | 58 %' (218/375 = 58.1). The daily-dose column is the value (218 mg), per scoop in elemental_alt_mg (109). 109/1000 = 10.9 % lies below the trimagnesium dicitrate range and fits the 1:1 hydrogen citrate (11.3 %, magnesium.md section 1): kept as printed (FRACTION_EXCEPTIONS). 200 g / 2 g per day = 100 (IMPLIED_SC).",
"""Naturkraftwerke
Magnesiumcitrat Pulver
Nahrungsergänzungsmittel | 200 g
Nährwerte | pro Messlöffel (ca. 1 g) | pro Tagesdosis (2 Messlöffel) | % NRV* (Tagesdosis)
Magnesiumcitrat | 1000 mg | 2000 mg |
davon Magnesium | 109 mg | 218 mg | 58 %
*NRV = Nährstoffbezugswert
Zutaten: Magnesiumcitrat.
Verzehrempfehlung: Zweimal täglich 1 Messlöffel (ca. 1 g) in 200 ml Wasser gut einrühren und zügig trinken. Die empfohlene tägliche Verzehrmenge nicht überschreiten. Außerhalb der Reichweite von kleinen Kindern aufbewahren.""",
 el=218, forms=["citrate"], dv=58, sc=100, elemental_alt_mg=109)

# ------------------------------------------------------------------ fr
add("fr16_dplantes_bisglycinate_dot_leaders_dont_magnesium_280", "fr", "eu",
 "Modelled on a D-Plantes magn\u00e9sium bisglycinate capsule (France; the product and panel set here, may not match a current SKU): NO TABLE, a heading 'Composition pour 3 g\u00e9lules (dose journali\u00e8re) :' followed by DOT-LEADER lines, 'Bisglycinate de magn\u00e9sium ........ 2 000 mg', 'dont magn\u00e9sium ........ 280 mg (75 % VNR*)' (2,000 x 0.141 = 282; 280/375 = 74.7). The 2 000 mg is the compound. 90 g\u00e9lules / 3 = 30.",
"""D-Plantes
Magnésium Bisglycinate
Complément alimentaire | 90 gélules végétales
Composition pour 3 gélules (dose journalière) :
Bisglycinate de magnésium ........ 2 000 mg
dont magnésium ........ 280 mg (75 % VNR*)
Vitamine B6 ........ 1,4 mg (100 % VNR*)
*VNR : valeurs nutritionnelles de référence
Ingrédients : bisglycinate de magnésium, enveloppe de la gélule : hydroxypropylméthylcellulose ; chlorhydrate de pyridoxine.
Conseils d'utilisation : 3 gélules par jour, à répartir au cours des repas, avec un grand verre d'eau. Ne pas dépasser la dose journalière recommandée.""",
 el=280, forms=["glycinate"], dv=75, sc=30)

add("fr16_superdiet_magnesium_marin_ampoule_15ml_150", "fr", "eu",
 "Modelled on a Super Diet magn\u00e9sium marin drinkable ampoule (France; the product and panel set here, may not match a current SKU): a LIQUID unit dose, 'Valeurs nutritionnelles | Pour 1 ampoule (15 ml) | % VNR*', 'Magn\u00e9sium 150 mg 40 %' (150/375 = 40), with 'chlorure de magn\u00e9sium marin' in the ingredients and a '20 jours' course. One ampoule a day from 20: serving_count 20.",
"""Super Diet
Magnésium Marin
Complément alimentaire | 20 ampoules de 15 ml | goût citron
Valeurs nutritionnelles | Pour 1 ampoule (15 ml) | % VNR*
Magnésium | 150 mg | 40 %
Vitamine B6 | 0,7 mg | 50 %
*VNR : valeurs nutritionnelles de référence
Ingrédients : eau, chlorure de magnésium marin, jus de citron concentré, conservateur : sorbate de potassium ; chlorhydrate de pyridoxine.
Conseils d'utilisation : 1 ampoule par jour, pure ou diluée dans un verre d'eau, de préférence le matin. Cure de 20 jours.""",
 el=150, forms=["chloride"], dv=40, sc=20)

# ------------------------------------------------------------------ it
add("it16_polase_magnesio_mg_ion_symbol_potassio_per_bustina", "it", "eu",
 "Modelled on Polase\u00ae magnesio e potassio sachets (Italy; as remembered, the amounts set here and may not match the current label): the nutrients written with their ION SYMBOLS, 'Magnesio (Mg++) 150 mg 40%' (150/375 = 40) and a larger 'Potassio (K+) 450 mg 23%' (450/2000 = 22.5), per sachet; '1 bustina al giorno \u2026 fino a 2 bustine'. Per-unit panel with a 1-2 range: per sachet 150 mg, count of units 12.",
"""Polase®
Magnesio e Potassio
Integratore alimentare | 12 bustine | gusto arancia
Tenori medi per bustina | | %VNR*
Magnesio (Mg++) | 150 mg | 40%
Potassio (K+) | 450 mg | 23%
*VNR: valori nutritivi di riferimento
Ingredienti: saccarosio, potassio citrato, magnesio citrato, acidificante: acido citrico; aroma, edulcorante: sucralosio.
Modalità d'uso: 1 bustina al giorno sciolta in mezzo bicchiere d'acqua; nei periodi di maggiore necessità fino a 2 bustine al giorno.""",
 el=150, forms=["citrate"], dv=40, sc=12)

add("it16_namedsport_magnesio_elementare_row_then_da_citrato_1875", "it", "eu",
 "Modelled on a Named Sport magnesium citrate tablet (Italy; the product and panel set here, may not match a current SKU): the ELEMENT row first, 'Magnesio elementare 300 mg 80%' (300/375 = 80), and the compound on the row BELOW introduced by 'da', 'da magnesio citrato 1875 mg' (1,875 x 0.16 = 300). The 1875 mg is never the elemental value. 60 compresse / 2 = 30.",
"""Named Sport
Magnesium Citrate
Integratore alimentare | 60 compresse
Valori medi | per 2 compresse | %VNR*
Magnesio elementare | 300 mg | 80%
da magnesio citrato | 1875 mg |
*VNR: valori nutritivi di riferimento
Ingredienti: magnesio citrato, agente di carica: cellulosa microcristallina; antiagglomeranti: biossido di silicio, sali di magnesio degli acidi grassi.
Modalità d'uso: 2 compresse al giorno, preferibilmente dopo l'attività sportiva. Non superare la dose giornaliera consigliata.""",
 el=300, forms=["citrate"], dv=80, sc=30)

# ------------------------------------------------------------------ pl
add("pl16_medicaline_magnez_rws_with_decimal_53_3", "pl", "eu",
 "Modelled on a Medicaline Magnez + B6 tablet (Poland; the product and panel set here, may not match a current SKU): a %RWS printed with ONE DECIMAL, 'Magnez (cytrynian magnezu) 200 mg 53,3%' (200/375 = 53.33). percent_dv is the printed 53.3. 1 tabletka dziennie from 60: serving_count 60.",
"""Medicaline
Magnez + B6
Suplement diety | 60 tabletek
Składniki | 1 tabletka | %RWS*
Magnez (cytrynian magnezu) | 200 mg | 53,3%
Witamina B6 | 1,4 mg | 100%
*RWS – referencyjna wartość spożycia
Składniki: cytrynian magnezu, substancja wypełniająca: celuloza mikrokrystaliczna; chlorowodorek pirydoksyny, substancja przeciwzbrylająca: sole magnezowe kwasów tłuszczowych.
Sposób użycia: 1 tabletka dziennie, popijając wodą. Nie przekraczać zalecanej porcji do spożycia w ciągu dnia.""",
 el=200, forms=["citrate"], dv=53.3, sc=60)

add("pl16_holistica_magnez_z_diglicynianu_dzienna_porcja_2_kapsulki", "pl", "eu",
 "Modelled on a Holistica magnez diglicynian capsule (Poland; the product and panel set here, may not match a current SKU): 'Zawarto\u015b\u0107 w dziennej porcji (2 kapsu\u0142ki) | | %RWS*', 'Magnez (z diglicynianu magnezu) 200 mg 53%' (200/375 = 53.3). 60 kapsu\u0142ek / 2 = 30.",
"""Holistica
Magnez Diglicynian
Suplement diety | 60 kapsułek
Zawartość w dziennej porcji (2 kapsułki) | | %RWS*
Magnez (z diglicynianu magnezu) | 200 mg | 53%
*RWS – referencyjna wartość spożycia
Składniki: diglicynian magnezu, otoczka kapsułki: hydroksypropylometyloceluloza.
Sposób użycia: 2 kapsułki dziennie, po posiłku.""",
 el=200, forms=["glycinate"], dv=53, sc=30)

# ------------------------------------------------------------------ es
add("es16_lajusticia_cloruro_por_3_comprimidos_147_comprimidos", "es", "eu",
 "Modelled on Ana Maria Lajusticia cloruro de magnesio tablets (Spain; as remembered, the amounts set here and may not match the current label): 'Componentes | Por 3 comprimidos | %VRN*', 'Magnesio 300 mg 80%' (300/375 = 80), one tablet before each meal, and a pack count NOT divisible by ten, 147 comprimidos / 3 = 49 (IMPLIED_SC).",
"""Ana Maria Lajusticia
Cloruro de Magnesio
Complemento alimenticio | 147 comprimidos
Componentes | Por 3 comprimidos | %VRN*
Magnesio | 300 mg | 80%
*VRN: valores de referencia de nutrientes
Ingredientes: cloruro de magnesio, agente de carga: celulosa microcristalina; antiaglomerante: sales magnésicas de ácidos grasos.
Modo de empleo: tomar 3 comprimidos al día, uno antes de cada comida, con un vaso de agua. No superar la dosis diaria expresamente recomendada.""",
 el=300, forms=["chloride"], dv=80, sc=49)

# ------------------------------------------------------------------ nl
add("nl16_kruidvat_magnesium_200_waarvan_uit_two_salts", "nl", "eu",
 "Modelled on a Kruidvat magnesium tablet (Netherlands store brand; the product and panel set here, may not match a current SKU): the total first, 'Magnesium 200 mg 53%' (200/375 = 53.3), then TWO 'waarvan uit \u2026' sub-rows giving the element per salt, 'waarvan uit magnesiumcitraat 100 mg', 'waarvan uit magnesiumbisglycinaat 100 mg' (parts, not additions). 60 tabletten / 2 = 30.",
"""Kruidvat
Magnesium 200
Voedingssupplement | 60 tabletten
Samenstelling | per 2 tabletten | % RI*
Magnesium | 200 mg | 53%
waarvan uit magnesiumcitraat | 100 mg |
waarvan uit magnesiumbisglycinaat | 100 mg |
*RI = Referentie-inname
Ingrediënten: magnesiumcitraat, magnesiumbisglycinaat, vulstof: microkristallijne cellulose; antiklontermiddel: magnesiumzouten van vetzuren.
Gebruik: 2 tabletten per dag met water innemen. De aanbevolen dagdosis niet overschrijden.""",
 el=200, forms=["citrate", "glycinate"], dv=53, sc=30)

# ------------------------------------------------------------------ cs
add("cs16_walmark_horcik_300_amount_and_rhp_in_one_cell", "cs", "eu",
 "Modelled on a Walmark ho\u0159\u010d\u00edk citr\u00e1t capsule (Czech Republic; the product and panel set here, may not match a current SKU): a two-column table whose single value cell holds the amount AND the percent, 'Ho\u0159\u010d\u00edk (citr\u00e1t ho\u0159e\u010dnat\u00fd) | 300 mg (80 % RHP*)' (300/375 = 80), under 'Obsah v denn\u00ed d\u00e1vce | 2 tobolky'. 60 tobolek / 2 = 30.",
"""Walmark
Hořčík Citrát 300
Doplněk stravy | 60 tobolek
Obsah v denní dávce | 2 tobolky
Hořčík (citrát hořečnatý) | 300 mg (80 % RHP*)
*RHP = referenční hodnota příjmu
Složení: citrát hořečnatý, želatina (tobolka), protispékavá látka: hořečnaté soli mastných kyselin.
Dávkování: 2 tobolky denně, zapít dostatečným množstvím vody. Nepřekračujte doporučenou denní dávku.""",
 el=300, forms=["citrate"], dv=80, sc=30)

# ------------------------------------------------------------------ sk
add("sk16_drmax_laktat_1_tableta_and_4_tablety_denna_davka", "sk", "eu",
 "Modelled on a Dr. Max Magn\u00e9zium lakt\u00e1t + B6 tablet (Slovakia; the product and panel set here, may not match a current SKU): two amount columns, per tablet and per daily dose of FOUR tablets, 'Obsah | 1 tableta | 4 tablety (denn\u00e1 d\u00e1vka) | % RHP* (4 tablety)', 'Hor\u010d\u00edk (lakt\u00e1t hore\u010dnat\u00fd) 48 mg 192 mg 51 %' (4 x 48 = 192; 192/375 = 51.2); directions '2 tablety 2-kr\u00e1t denne'. The daily-dose column is the value (192 mg), per tablet in elemental_alt_mg (48). 100 tabliet / 4 = 25.",
"""Dr. Max
Magnézium laktát + B6
Výživový doplnok | 100 tabliet
Obsah | 1 tableta | 4 tablety (denná dávka) | % RHP* (4 tablety)
Horčík (laktát horečnatý) | 48 mg | 192 mg | 51 %
Vitamín B6 | 0,35 mg | 1,4 mg | 100 %
*RHP – referenčná hodnota príjmu
Zloženie: laktát horečnatý, plnivo: mikrokryštalická celulóza; pyridoxín hydrochlorid, protihrudkujúca látka: horečnaté soli mastných kyselín.
Dávkovanie: 2 tablety 2-krát denne, zapiť vodou. Neprekračujte odporúčanú dennú dávku.""",
 el=192, forms=["lactate"], dv=51, sc=25, elemental_alt_mg=48)

# ------------------------------------------------------------------ hu
add("hu16_vitaking_magnezium_biszglicinat_osszetevok_napi_adagban", "hu", "eu",
 "Modelled on a Vitaking magn\u00e9zium-biszglicin\u00e1t capsule (Hungary; the product and panel set here, may not match a current SKU): '\u00d6sszetev\u0151k napi adagban (2 kapszula) | | NRV%*', 'Magn\u00e9zium (magn\u00e9zium-biszglicin\u00e1t form\u00e1j\u00e1ban) 200 mg 53%' (200/375 = 53.3); the title's '200 mg' names the element. 60 db / 2 = 30.",
"""Vitaking
Magnézium-biszglicinát 200 mg
Étrend-kiegészítő kapszula | 60 db
Összetevők napi adagban (2 kapszula) | | NRV%*
Magnézium (magnézium-biszglicinát formájában) | 200 mg | 53%
*NRV: napi beviteli referenciaérték
Összetevők: magnézium-biszglicinát, kapszulahéj: hidroxipropil-metilcellulóz.
Javasolt napi adag: naponta 2 kapszula, étkezés után, bő folyadékkal.""",
 el=200, forms=["glycinate"], dv=53, sc=30)

# ------------------------------------------------------------------ ro
add("ro16_secom_bisglicinat_1000_din_care_magneziu_elementar_140", "ro", "eu",
 "Modelled on a Secom\u00ae magneziu bisglicinat capsule (Romania; the product and panel set here, may not match a current SKU): a compound row and an element row introduced by 'din care', 'Bisglicinat de magneziu 1000 mg' / 'din care magneziu elementar 140 mg 37%' (1,000 x 0.141 = 141; 140/375 = 37.3). The 1000 mg is never the elemental value. 60 capsule / 2 = 30.",
"""Secom®
Magneziu Bisglicinat
Supliment alimentar | 60 capsule
Conținut | 2 capsule | %VNR*
Bisglicinat de magneziu | 1000 mg |
din care magneziu elementar | 140 mg | 37%
*VNR – valori nutriționale de referință
Ingrediente: bisglicinat de magneziu, capsulă vegetală (hidroxipropilmetilceluloză).
Mod de administrare: câte 1 capsulă de 2 ori pe zi, în timpul mesei. Nu depășiți doza zilnică recomandată.""",
 el=140, forms=["glycinate"], dv=37, sc=30)

# ------------------------------------------------------------------ pt
add("pt16_pharmanord_pidolato_por_saqueta_element_row_then_compound_1724", "pt", "eu",
 "Modelled on a Pharma Nord magn\u00e9sio sachet sold in Portugal (the pidolate product and panel are set here and may not exist in this form): 'Informa\u00e7\u00e3o nutricional | Por saqueta (dose di\u00e1ria) | %VRN*', the element first, 'Magn\u00e9sio 150 mg 40%' (150/375 = 40), and the compound row below it, 'Pidolato de magn\u00e9sio 1724 mg' (1,724 x 0.087 = 150.0). One sachet a day from 20: serving_count 20.",
"""Pharma Nord
Magnésio Pidolato
Suplemento alimentar | 20 saquetas
Informação nutricional | Por saqueta (dose diária) | %VRN*
Magnésio | 150 mg | 40%
Pidolato de magnésio | 1724 mg |
*VRN: valores de referência do nutriente
Ingredientes: pidolato de magnésio, frutose, acidificante: ácido cítrico; aroma de laranja, edulcorante: sucralose.
Modo de utilização: dissolver o conteúdo de 1 saqueta num copo de água, uma vez por dia. Não exceder a toma diária recomendada.""",
 el=150, forms=["pidolate"], dv=40, sc=20)

# ------------------------------------------------------------------ sv
add("sv16_friggs_magnesium_300_innehall_per_dagsdos_2_tabletter", "sv", "eu",
 "Modelled on a Friggs magnesium tablet (Sweden; the product and panel set here, may not match a current SKU): 'Inneh\u00e5ll per dagsdos (2 tabletter) | | % RI*', 'Magnesium 300 mg 80 %' (300/375 = 80), magnesiumoxid and magnesiumcitrat in the ingredients. 60 tabletter / 2 = 30.",
"""Friggs
Magnesium 300
Kosttillskott | 60 tabletter
Innehåll per dagsdos (2 tabletter) | | % RI*
Magnesium | 300 mg | 80 %
*RI = referensintag
Ingredienser: magnesiumoxid, magnesiumcitrat, fyllnadsmedel: mikrokristallin cellulosa; klumpförebyggande medel: magnesiumsalter av fettsyror.
Dosering: 2 tabletter dagligen, gärna 1 på morgonen och 1 på kvällen. Rekommenderat dagligt intag bör inte överskridas.""",
 el=300, forms=["oxide", "citrate"], dv=80, sc=30)

# ------------------------------------------------------------------ negatives (it, cs, hu)
add("neg16_it_erbavita_melatonina_sali_di_magnesio_degli_acidi_grassi", "it", "negative",
 "Modelled on an Erba Vita melatonina 1 mg tablet (Italy; the product and panel set here, may not match a current SKU): melatonin only; magnesium appears only as the anti-caking agent 'sali di magnesio degli acidi grassi' -> no_magnesium. 60 compresse, 1 a day: serving_count 60.",
"""Erba Vita
Melatonina 1 mg
Integratore alimentare | 60 compresse
Tenori medi | per 1 compressa
Melatonina | 1 mg
Ingredienti: agente di carica: cellulosa microcristallina; melatonina, antiagglomeranti: sali di magnesio degli acidi grassi, biossido di silicio.
Modalità d'uso: 1 compressa al giorno, poco prima di coricarsi. Non superare la dose giornaliera consigliata.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=60)

add("neg16_cs_greenswan_gs_vitamin_d3_stearan_horecnaty", "cs", "negative",
 "Modelled on a GS (Green-Swan) vitamin D3 tablet (Czech Republic; GS is the brand as remembered) (the panel set here, may not match a current SKU): vitamin D only; magnesium appears only as 'stearan ho\u0159e\u010dnat\u00fd' (magnesium stearate) -> no_magnesium. 90 tablet, 1 a day: serving_count 90.",
"""GS (Green-Swan)
Vitamin D3 25 µg
Doplněk stravy | 90 tablet
Obsah v 1 tabletě | | % RHP*
Vitamin D | 25 µg | 500 %
*RHP = referenční hodnota příjmu
Složení: plnidlo: mikrokrystalická celulóza; kukuřičný škrob, cholekalciferol, protispékavá látka: stearan hořečnatý.
Dávkování: 1 tableta denně.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=90)

add("neg16_hu_biotter_c_vitamin_500_magnezium_sztearat", "hu", "negative",
 "Modelled on a Biotter C-vitamin 500 mg tablet (Hungary; the product and panel set here, may not match a current SKU): vitamin C only; magnesium appears only as 'magn\u00e9zium-sztear\u00e1t' -> no_magnesium. 60 db, 1 a day: serving_count 60.",
"""Biotter
C-vitamin 500 mg
Étrend-kiegészítő tabletta | 60 db
Hatóanyag-tartalom 1 tablettában | | NRV%*
C-vitamin | 500 mg | 625%
*NRV: napi beviteli referenciaérték
Összetevők: L-aszkorbinsav, töltőanyag: mikrokristályos cellulóz; csomósodást gátló anyag: magnézium-sztearát.
Javasolt napi adag: naponta 1 tabletta.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=60)
