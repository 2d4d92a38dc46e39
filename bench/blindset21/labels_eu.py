# Label sources, part EU (blind set 21): the 16 EU labels (de, fr, it, es, nl, pl, pt, sv, cs, hu, sl, hr, el, bg, et, lv, one
# each) and the Finnish and Slovak negatives. Imports add/L from labels_us.py (same format). DV base 375 (EU NRV) by default for
# non-English labels.
from labels_us import add, L

# ------------------------------------------------------------------ de
add("de21_drloges_mmol_with_entspricht_sign_oxid_citrat_400", "de", "eu",
 "Modelled on a Dr. Loges magnesium tablet (Germany; the panel and amounts are set here and may not match the current label): MILLIMOLES after an 'entspricht' sign in the amount cell, 'N\u00e4hrwerte | pro Tagesdosis (1 Tablette) | % NRV*', 'Magnesium | 400 mg \u2259 16,5 mmol | 107 %' (400/375 = 106.7; 400/24.305 = 16.46). Oxide and citrate in the ingredients; 'Magnesiumsalze der Speisefetts\u00e4uren' is an excipient. 60 Tabletten, 1 t\u00e4glich: serving_count 60.",
"""Dr. Loges
Magnesium 400
Nahrungsergänzungsmittel | 60 Tabletten
Nährwerte | pro Tagesdosis (1 Tablette) | % NRV*
Magnesium | 400 mg ≙ 16,5 mmol | 107 %
*NRV = Nährstoffbezugswert
Zutaten: Magnesiumoxid, Magnesiumcitrat, Füllstoff: mikrokristalline Cellulose; Trennmittel: Magnesiumsalze der Speisefettsäuren, Siliciumdioxid.
Verzehrempfehlung: Täglich 1 Tablette mit ausreichend Flüssigkeit verzehren. Die angegebene empfohlene tägliche Verzehrmenge darf nicht überschritten werden.""",
 el=400, forms=["oxide", "citrate"], dv=107, sc=60)

# ------------------------------------------------------------------ fr
add("fr21_dergam_run_in_sentence_pour_2_comprimes_300", "fr", "eu",
 "Modelled on a Dergam magnesium tablet (France; the product and wording set here, may not exist in this form): NO TABLE, one RUN-IN SENTENCE, 'Pour 2 comprim\u00e9s : magn\u00e9sium 300 mg (80 % des VNR*), apport\u00e9 par du bisglycinate de magn\u00e9sium et du citrate de magn\u00e9sium.' (300/375 = 80). Forms glycinate, citrate; 'st\u00e9arate de magn\u00e9sium' is an excipient. 60 comprim\u00e9s / 2 = 30.",
"""Dergam
Magnésium Bisglycinate
Complément alimentaire | 60 comprimés
Pour 2 comprimés : magnésium 300 mg (80 % des VNR*), apporté par du bisglycinate de magnésium et du citrate de magnésium.
*VNR : valeurs nutritionnelles de référence
Ingrédients : bisglycinate de magnésium, citrate de magnésium, agent de charge : cellulose microcristalline ; antiagglomérant : stéarate de magnésium.
Conseils d'utilisation : 2 comprimés par jour, au cours d'un repas, avec un grand verre d'eau. Ne pas dépasser la dose journalière recommandée.""",
 el=300, forms=["glycinate", "citrate"], dv=80, sc=30)

# ------------------------------------------------------------------ it
add("it21_sofar_dot_leaders_with_vnr_in_brackets_300", "it", "eu",
 "Modelled on a Sofar magnesium sachet (Italy; the product and panel set here, may not exist in this form): DOT LEADERS with the %VNR IN BRACKETS after the amount, 'Tenori medi per dose giornaliera (1 bustina):', 'Magnesio .................... 300 mg (80% VNR*)' (300/375 = 80), then a vitamin B6 line of the same form. Citrate and oxide in the ingredients. 20 bustine, 1 al giorno: serving_count 20.",
"""Sofar
Magnesio 300
Integratore alimentare | 20 bustine | Gusto arancia
Tenori medi per dose giornaliera (1 bustina):
Magnesio .................... 300 mg (80% VNR*)
Vitamina B6 .................. 1,4 mg (100% VNR*)
*VNR: valori nutritivi di riferimento
Ingredienti: magnesio citrato, maltodestrina, magnesio ossido, acidificante: acido citrico; aroma; edulcorante: sucralosio; cloridrato di piridossina.
Modalità d'uso: sciogliere il contenuto di 1 bustina in un bicchiere d'acqua, una volta al giorno. Non superare la dose giornaliera raccomandata.""",
 el=300, forms=["citrate", "oxide"], dv=80, sc=20)

# ------------------------------------------------------------------ es
add("es21_suravitasan_por_100_g_6_g_y_por_dosis_5_g_300", "es", "eu",
 "Modelled on a Sura Vitasan magnesium citrate powder (Spain; the product and panel set here, may not exist in this form): a PER-100 g COLUMN FIRST, printed in GRAMS, 'Informaci\u00f3n nutricional | por 100 g | por dosis diaria (5 g) | %VRN*', 'Magnesio | 6 g | 300 mg | 80 %' (6,000 x 5/100 = 300; 300/375 = 80; PER100). Citrate in the ingredients. 150 g / 5 g = 30 (IMPLIED_SC).",
"""Sura Vitasan
Citrato de Magnesio en polvo
Complemento alimenticio | 150 g
Información nutricional | por 100 g | por dosis diaria (5 g) | %VRN*
Magnesio | 6 g | 300 mg | 80 %
*VRN: valores de referencia de nutrientes
Ingredientes: citrato de magnesio, acidulante: ácido cítrico; aroma natural de limón; edulcorante: glucósidos de esteviol.
Modo de empleo: disolver 5 g (1 cacito dosificador) en un vaso de agua al día. No superar la dosis diaria expresamente recomendada.""",
 el=300, forms=["citrate"], dv=80, sc=30)

# ------------------------------------------------------------------ nl
add("nl21_trenker_belgian_dutch_french_cells_carbonaat_250", "nl", "eu",
 "Modelled on a Trenker magnesium tablet (Belgium; the product and panel set here, may not exist in this form): a BILINGUAL Dutch/French panel, every cell in both languages, 'Samenstelling / Composition | per tablet / par comprim\u00e9 | % RI* / % AR*', 'Magnesium / Magn\u00e9sium | 250 mg | 67 %' (250/375 = 66.7); the source only in the ingredients ('magnesiumcarbonaat / carbonate de magn\u00e9sium'). 60 tabletten, 1 per dag: serving_count 60; language nl.",
"""Trenker
Magnesium 250
Voedingssupplement / Complément alimentaire | 60 tabletten / comprimés
Samenstelling / Composition | per tablet / par comprimé | % RI* / % AR*
Magnesium / Magnésium | 250 mg | 67 %
*RI = referentie-inname / AR = apport de référence
Ingrediënten / Ingrédients: magnesiumcarbonaat / carbonate de magnésium, vulstof / agent de charge: microkristallijne cellulose / cellulose microcristalline.
Gebruik: 1 tablet per dag. / Utilisation : 1 comprimé par jour. De aanbevolen dagdosis niet overschrijden. / Ne pas dépasser la dose journalière recommandée.""",
 el=250, forms=["carbonate"], dv=67, sc=60)

# ------------------------------------------------------------------ pl
add("pl21_starpharma_cytrynian_1600_then_w_tym_magnez_240", "pl", "eu",
 "Modelled on a Starpharma magnesium citrate capsule (Poland; the product and panel set here, may not exist in this form): the COMPOUND ROW FIRST, 'Sk\u0142adnik | w 2 kapsu\u0142kach | %RWS*', 'Cytrynian magnezu | 1600 mg | \u2013', then the element on a 'w tym' (of which) row, 'w tym magnez | 240 mg | 64%' (1,600 x 0.12-0.162 = 192-259; 240/375 = 64). 1600 mg is the compound. 60 kapsu\u0142ek / 2 = 30.",
"""Starpharma
Magnez Cytrynian
Suplement diety | 60 kapsułek
Składnik | w 2 kapsułkach | %RWS*
Cytrynian magnezu | 1600 mg | –
w tym magnez | 240 mg | 64%
*RWS – referencyjna wartość spożycia
Składniki: cytrynian magnezu, otoczka kapsułki: hydroksypropylometyloceluloza.
Sposób użycia: 1 kapsułka 2 razy dziennie podczas posiłku. Nie przekraczać zalecanej porcji do spożycia w ciągu dnia.""",
 el=240, forms=["citrate"], dv=64, sc=30)

# ------------------------------------------------------------------ pt
add("pt21_celeiro_pidolato_1500_equivalente_a_magnesio_130", "pt", "eu",
 "Modelled on a Celeiro magnesium pidolate sachet (Portugal; the product and panel set here, may not exist in this form): the COMPOUND ROW FIRST, 'Informa\u00e7\u00e3o nutricional | por saqueta | %VRN*', 'Pidolato de magn\u00e9sio | 1500 mg |', then 'equivalente a magn\u00e9sio | 130 mg | 35 %' (1,500 x 0.087 = 130.5; 130/375 = 34.7). 1500 mg is the compound. 20 saquetas, 1 por dia: serving_count 20.",
"""Celeiro
Magnésio Pidolato
Suplemento alimentar | 20 saquetas
Informação nutricional | por saqueta | %VRN*
Pidolato de magnésio | 1500 mg |
equivalente a magnésio | 130 mg | 35 %
*VRN: valores de referência do nutriente
Ingredientes: pidolato de magnésio, sacarose, aroma natural de laranja; acidificante: ácido cítrico.
Modo de utilização: dissolver o conteúdo de 1 saqueta num copo de água, uma vez por dia. Não exceder a toma diária recomendada.""",
 el=130, forms=["pidolate"], dv=35, sc=20)

# ------------------------------------------------------------------ sv
add("sv21_halsokraft_front_magnesiumcitrat_1500_row_225", "sv", "eu",
 "Modelled on a H\u00e4lsokraft magnesium citrate tablet (Sweden; the product and panel set here, may not exist in this form): the FRONT prints the COMPOUND WEIGHT per daily dose, 'Magnesiumcitrat 1500 mg', while the panel gives the element, 'N\u00e4ringsinneh\u00e5ll | per dagsdos (3 tabletter) | %RI*', 'Magnesium (som magnesiumcitrat) | 225 mg | 60 %' (1,500 x 0.12-0.162 = 180-243; 225/375 = 60). 90 tabletter / 3 = 30.",
"""Hälsokraft
Magnesiumcitrat 1500 mg
Kosttillskott | 90 tabletter
Näringsinnehåll | per dagsdos (3 tabletter) | %RI*
Magnesium (som magnesiumcitrat) | 225 mg | 60 %
*RI = referensintag
Ingredienser: magnesiumcitrat, fyllnadsmedel: mikrokristallin cellulosa; klumpförebyggande medel: kiseldioxid.
Dosering: 1 tablett 3 gånger dagligen i samband med måltid. Rekommenderad daglig dos bör inte överskridas.""",
 el=225, forms=["citrate"], dv=60, sc=30)

# ------------------------------------------------------------------ cs
add("cs21_noventis_v_1_tablete_a_ve_2_tabletach_laktat_300", "cs", "eu",
 "Modelled on a Noventis magnesium tablet (Czech Republic; the product and panel set here, may not exist in this form): a per-tablet column FIRST and the daily dose SECOND, 'Obsah \u00fa\u010dinn\u00fdch l\u00e1tek | v 1 tablet\u011b | ve 2 tablet\u00e1ch | % RHP*', 'Ho\u0159\u010d\u00edk (lakt\u00e1t ho\u0159e\u010dnat\u00fd) | 150 mg | 300 mg | 80 %' (300/375 = 80). The daily dose is the value (300 mg), per tablet in elemental_alt_mg (150); the front '150 mg' is per tablet. 60 tablet / 2 = 30.",
"""Noventis
Hořčík 150 mg
Doplněk stravy | 60 tablet
Obsah účinných látek | v 1 tabletě | ve 2 tabletách | % RHP*
Hořčík (laktát hořečnatý) | 150 mg | 300 mg | 80 %
*RHP = referenční hodnota příjmu
Složení: laktát hořečnatý, plnidlo: mikrokrystalická celulóza; protispékavá látka: oxid křemičitý.
Doporučené dávkování: 1 tableta 2× denně, zapít dostatečným množstvím vody. Nepřekračujte doporučenou denní dávku.""",
 el=300, forms=["lactate"], dv=80, sc=30, elemental_alt_mg=150)

# ------------------------------------------------------------------ hu
add("hu21_bioheal_biszglicinat_es_citrat_formajaban_250", "hu", "eu",
 "Modelled on a Bioheal magnesium capsule (Hungary; the product and panel set here, may not exist in this form): Hungarian 'Hat\u00f3anyag-tartalom napi adagban (2 kapszula) | | NRV%*', 'Magn\u00e9zium (magn\u00e9zium-biszglicin\u00e1t \u00e9s magn\u00e9zium-citr\u00e1t form\u00e1j\u00e1ban) | 250 mg | 67%' (250/375 = 66.7). Forms glycinate, citrate. 70 kapszula / 2 = 35.",
"""Bioheal
Magnézium 250 mg
Étrend-kiegészítő | 70 kapszula
Hatóanyag-tartalom napi adagban (2 kapszula) | | NRV%*
Magnézium (magnézium-biszglicinát és magnézium-citrát formájában) | 250 mg | 67%
*NRV: napi beviteli referenciaérték
Összetevők: magnézium-biszglicinát, magnézium-citrát, kapszulahéj: hidroxipropil-metilcellulóz.
Javasolt napi adag: naponta 2 kapszula étkezés közben, bő folyadékkal. Az ajánlott napi adagot ne lépje túl!""",
 el=250, forms=["glycinate", "citrate"], dv=67, sc=35)

# ------------------------------------------------------------------ sl
add("sl21_sensilab_magnezij_iz_bisglicinata_with_b6_200", "sl", "eu",
 "Modelled on a Sensilab magnesium capsule (Slovenia; the product and panel set here, may not match a current SKU): Slovenian 'Hranilne vrednosti | na dnevni odmerek (2 kapsuli) | % PV*', 'Magnezij (iz magnezijevega bisglicinata) | 200 mg | 53 %' (200/375 = 53.3) above a vitamin B6 row. Form glycinate. 60 kapsul / 2 = 30.",
"""Sensilab
Magnezij Bisglicinat + B6
Prehransko dopolnilo | 60 kapsul
Hranilne vrednosti | na dnevni odmerek (2 kapsuli) | % PV*
Magnezij (iz magnezijevega bisglicinata) | 200 mg | 53 %
Vitamin B6 | 1,4 mg | 100 %
*PV = referenčne vrednosti za vnos
Sestavine: magnezijev bisglicinat, kapsula: hidroksipropilmetilceluloza; piridoksinijev klorid.
Uporaba: 2 kapsuli na dan z obrokom. Priporočenega dnevnega odmerka ne smete preseči.""",
 el=200, forms=["glycinate"], dv=53, sc=30)

# ------------------------------------------------------------------ hr
add("hr21_jgl_source_on_line_beneath_oksid_i_citrat_300", "hr", "eu",
 "Modelled on a JGL magnesium capsule (Croatia; the product and panel set here, may not exist in this form): the row NAMES NO SOURCE, 'Magnezij | 300 mg | 80 %' (300/375 = 80), and the sources stand on the LINE BENEATH, '(iz magnezijeva oksida i magnezijeva citrata)' (SOURCE_BELOW). Forms oxide, citrate. 60 kapsula / 2 = 30.",
"""JGL
Magnezij 300
Dodatak prehrani | 60 kapsula
Hranjiva vrijednost | u dnevnoj dozi (2 kapsule) | %PU*
Magnezij | 300 mg | 80 %
(iz magnezijeva oksida i magnezijeva citrata)
*PU = preporučeni unos
Sastojci: magnezijev oksid, magnezijev citrat, ovojnica kapsule: želatina.
Način uporabe: 1 kapsula 2 puta dnevno uz obrok. Ne prekoračiti preporučenu dnevnu dozu.""",
 el=300, forms=["oxide", "citrate"], dv=80, sc=30)

# ------------------------------------------------------------------ el
add("el21_intermed_oxeidio_tou_magnisiou_350", "el", "eu",
 "Modelled on an Intermed magnesium tablet (Greece; the product and panel set here, may not exist in this form): Greek script, '\u0394\u03b9\u03b1\u03c4\u03c1\u03bf\u03c6\u03b9\u03ba\u03ae \u03c0\u03bb\u03b7\u03c1\u03bf\u03c6\u03cc\u03c1\u03b7\u03c3\u03b7 | \u03b1\u03bd\u03ac \u03b4\u03b9\u03c3\u03ba\u03af\u03bf | %\u03a4\u0391\u0398\u03a3*', '\u039c\u03b1\u03b3\u03bd\u03ae\u03c3\u03b9\u03bf (\u03c9\u03c2 \u03bf\u03be\u03b5\u03af\u03b4\u03b9\u03bf \u03c4\u03bf\u03c5 \u03bc\u03b1\u03b3\u03bd\u03b7\u03c3\u03af\u03bf\u03c5) | 350 mg | 93 %' (350/375 = 93.3). Form oxide. 60 \u03b4\u03b9\u03c3\u03ba\u03af\u03b1, 1 daily: serving_count 60.",
"""Intermed
Magnesium 350
Συμπλήρωμα διατροφής | 60 δισκία
Διατροφική πληροφόρηση | ανά δισκίο | %ΤΑΘΣ*
Μαγνήσιο (ως οξείδιο του μαγνησίου) | 350 mg | 93 %
*ΤΑΘΣ: Τιμές Αναφοράς Θρεπτικών Συστατικών
Συστατικά: οξείδιο του μαγνησίου, μικροκρυσταλλική κυτταρίνη, διοξείδιο του πυριτίου.
Δοσολογία: 1 δισκίο ημερησίως, με το φαγητό. Να μην γίνεται υπέρβαση της συνιστώμενης ημερήσιας δόσης.""",
 el=350, forms=["oxide"], dv=93, sc=60)

# ------------------------------------------------------------------ bg
add("bg21_cvetita_magneziev_citrat_v_1_kapsula_200", "bg", "eu",
 "Modelled on a Cvetita Herbal magnesium capsule (Bulgaria; the product and panel set here, may not exist in this form): Cyrillic, '\u0421\u044a\u0434\u044a\u0440\u0436\u0430\u043d\u0438\u0435 | \u0432 1 \u043a\u0430\u043f\u0441\u0443\u043b\u0430 | % \u0420\u0421\u041f*', '\u041c\u0430\u0433\u043d\u0435\u0437\u0438\u0439 (\u043a\u0430\u0442\u043e \u043c\u0430\u0433\u043d\u0435\u0437\u0438\u0435\u0432 \u0446\u0438\u0442\u0440\u0430\u0442) | 200 mg | 53 %' (200/375 = 53.3). Form citrate. 60 \u043a\u0430\u043f\u0441\u0443\u043b\u0438, 1 daily: serving_count 60.",
"""Cvetita Herbal
Магнезий Цитрат 200 mg
Хранителна добавка | 60 капсули
Съдържание | в 1 капсула | % РСП*
Магнезий (като магнезиев цитрат) | 200 mg | 53 %
*РСП – референтни стойности за прием
Съставки: магнезиев цитрат, капсула: хидроксипропилметилцелулоза.
Начин на употреба: по 1 капсула дневно, по време на хранене. Да не се превишава препоръчителната дневна доза.""",
 el=200, forms=["citrate"], dv=53, sc=60)

# ------------------------------------------------------------------ et
add("et21_biosorin_magneesiumoksiidist_ja_tsitraadist_400", "et", "eu",
 "Modelled on a Biosorin magnesium capsule (Estonia; the product 'Biosorin magneesium 400 mg kapslid' is listed on https://www.toidulisand.com/spordivitamiinid-muu/biosorin-magneesium-400-mg-kapslid-120-tk/2758173; the panel and forms are set here and may not match the label): Estonian 'Toitainete sisaldus | p\u00e4evases annuses (2 kapslit) | % RV*', 'Magneesium (magneesiumoksiidist ja magneesiumtsitraadist) | 400 mg | 107 %' (400/375 = 106.7). Forms oxide, citrate. 120 kapslit / 2 = 60.",
"""Biosorin
Magneesium 400 mg
Toidulisand | 120 kapslit
Toitainete sisaldus | päevases annuses (2 kapslit) | % RV*
Magneesium (magneesiumoksiidist ja magneesiumtsitraadist) | 400 mg | 107 %
*RV – võrdluskogus
Koostisosad: magneesiumoksiid, magneesiumtsitraat, kapsli kest: hüdroksüpropüülmetüültselluloos.
Kasutamine: 1 kapsel 2 korda päevas söögi ajal. Mitte ületada soovitatud päevast annust.""",
 el=400, forms=["oxide", "citrate"], dv=107, sc=60)

# ------------------------------------------------------------------ lv
add("lv21_supmagnit_magnija_bisglicinats_un_citrats_250", "lv", "eu",
 "Modelled on a Supmagnit magnesium tablet (Latvia; Latvian-language product page https://supmagnit.lt/?p=1362; the product and panel set here, may not match the label): Latvian 'Uzturv\u0113rt\u012bba | dienas dev\u0101 (2 tabletes) | % NRV*', 'Magnijs (magnija bisglicin\u0101ts, magnija citr\u0101ts) | 250 mg | 67 %' (250/375 = 66.7). Forms glycinate, citrate. 60 tabletes / 2 = 30.",
"""Supmagnit
Magnijs 250
Uztura bagātinātājs | 60 tabletes
Uzturvērtība | dienas devā (2 tabletes) | % NRV*
Magnijs (magnija bisglicināts, magnija citrāts) | 250 mg | 67 %
*NRV – uztura references vērtība
Sastāvdaļas: magnija bisglicināts, magnija citrāts, pildviela: mikrokristāliskā celuloze.
Lietošana: 1 tablete 2 reizes dienā ēšanas laikā. Nepārsniegt ieteicamo dienas devu.""",
 el=250, forms=["glycinate", "citrate"], dv=67, sc=30)

# ------------------------------------------------------------------ negatives (EU)
add("ng21_fi_multitabs_kalsium_d_purutabletti_magnesiumstearaatti", "fi", "negative",
 "Modelled on a Multi-tabs calcium + vitamin D chewable tablet (Finland; the product and panel set here, may not exist in this form): ANOTHER MINERAL'S CARBONATE, 'Kalsium (kalsiumkarbonaattina) | 500 mg | 63 %', and vitamin D; magnesium only as the excipient 'magnesiumstearaatti' -> no_magnesium. 100 purutablettia, 1 p\u00e4iv\u00e4ss\u00e4: serving_count 100 (IMPLIED_SC).",
"""Multi-tabs
Kalsium + D-vitamiini
Ravintolisä | 100 purutablettia | Sitruuna
Ravintosisältö / purutabletti | | %*
Kalsium (kalsiumkarbonaattina) | 500 mg | 63 %
D3-vitamiini | 10 µg | 200 %
*prosenttia saannin vertailuarvosta
Ainesosat: kalsiumkarbonaatti, makeutusaine: sorbitoli; täyteaine: maltodekstriini; aromi, paakkuuntumisenestoaine: magnesiumstearaatti; kolekalsiferoli.
Käyttö: 1 purutabletti päivässä. Suositeltua päivittäistä annosta ei pidä ylittää.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=100)

add("ng21_sk_drkelen_zinok_mangan_stearan_horecnaty", "sk", "negative",
 "Modelled on a Dr. Kelen zinc tablet (Slovakia; the product and panel set here, may not exist in this form): a zinc product with a LOOK-ALIKE 'Mang\u00e1n (s\u00edran mang\u00e1nat\u00fd) | 1 mg | 50 %' row; magnesium only as the excipient 'stear\u00e1t hore\u010dnat\u00fd' -> no_magnesium. 60 tabliet, 1 denne: serving_count 60 (IMPLIED_SC).",
"""Dr. Kelen
Zinok 15 mg + Mangán
Výživový doplnok | 60 tabliet
Zloženie | v 1 tablete | % RHP*
Zinok (glukonát zinočnatý) | 15 mg | 150 %
Mangán (síran mangánatý) | 1 mg | 50 %
*RHP = referenčná hodnota príjmu
Zložky: glukonát zinočnatý, plnidlo: mikrokryštalická celulóza; síran mangánatý; protihrudkujúca látka: stearát horečnatý.
Dávkovanie: 1 tableta denne po jedle. Neprekračujte odporúčanú dennú dávku.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=60)
