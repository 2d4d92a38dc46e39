# Label sources, part EU (blind set 23): the 15 EU labels (fi, sk, sl, hr, lt, et, lv, no, el, bg, de, fr, it, es, pl) and the
# Finnish and German negatives. Imports add/L from labels_us.py (same format). DV base 375 (EU NRV) by default for non-English
# labels.
from labels_us import add, L

# ------------------------------------------------------------------ fi
add("fi23_elexirpharma_run_in_paivaannos_sentence_sitraatti_350", "fi", "eu",
 "Modelled on an Elexir Pharma magnesium tablet (Finland; the product and text are set here and may not exist in this form): NO TABLE, a RUN-IN SENTENCE carries value, % and source, 'P\u00e4iv\u00e4annos (1 tabletti) sis\u00e4lt\u00e4\u00e4 magnesiumia 350 mg (93 % saannin vertailuarvosta*) magnesiumsitraattina.' (350/375 = 93.3). Form citrate. 60 tablettia, 1 a day: 60 (IMPLIED_SC).",
"""Elexir Pharma
Magnesiumsitraatti 350
Ravintolisä | 60 tablettia
Päiväannos (1 tabletti) sisältää magnesiumia 350 mg (93 % saannin vertailuarvosta*) magnesiumsitraattina.
*Saannin vertailuarvo (RI)
Ainesosat: magnesiumsitraatti, täyteaine: mikrokiteinen selluloosa; paakkuuntumisenestoaine: kasviperäinen steariinihappo.
Käyttö: 1 tabletti päivässä ruokailun yhteydessä. Suositeltua päiväannosta ei pidä ylittää.""",
 el=350, forms=["citrate"], dv=93, sc=60)

# ------------------------------------------------------------------ sk
add("sk23_herbalmed_horcik_citrat_laktat_horecnaty_with_b6_300", "sk", "eu",
 "Modelled on a Herbalmed magnesium + B6 tablet (Slovakia; the product and panel are set here and may not exist in this form): 'Obsah \u00fa\u010dinn\u00fdch l\u00e1tok v dennej d\u00e1vke (2 tablety) | | % RHP*', 'Hor\u010d\u00edk | 300 mg | 80 %' (300/375 = 80) above a B6 row; the sources only in the ingredients, 'cit\u00e1t hore\u010dnat\u00fd, lakt\u00e1t hore\u010dnat\u00fd'. Forms citrate, lactate. 60 tabliet / 2 = 30.",
"""Herbalmed
Horčík + B6
Výživový doplnok | 60 tabliet
Obsah účinných látok v dennej dávke (2 tablety) | | % RHP*
Horčík | 300 mg | 80 %
Vitamín B6 | 1,4 mg | 100 %
*RHP = referenčná hodnota príjmu
Zloženie: citrát horečnatý, laktát horečnatý, plnivo: mikrokryštalická celulóza; pyridoxín-hydrochlorid; protihrudkujúca látka: horečnaté soli mastných kyselín.
Dávkovanie: 1 tableta 2-krát denne po jedle, zapiť vodou. Neprekračujte odporúčanú dennú dávku.""",
 el=300, forms=["citrate", "lactate"], dv=80, sc=30)

# ------------------------------------------------------------------ sl
add("sl23_medis_per_100_g_column_first_then_daily_dose_300", "sl", "eu",
 "Modelled on a Medis magnesium tablet (Slovenia; the product and panel are set here and may not exist in this form): a PER-100 g COLUMN FIRST, in grams, then the daily dose, 'Hranilne vrednosti | na 100 g | na dnevni odmerek (2 tableti = 2,4 g) | % PV*', 'Magnezij | 12,5 g | 300 mg | 80 %' (12,500 mg x 2.4/100 = 300; 300/375 = 80). 12,5 g is per 100 g, not the value. Forms citrate, oxide (ingredients). 60 tablet / 2 = 30.",
"""Medis
Magnezij 300
Prehransko dopolnilo | 60 tablet
Hranilne vrednosti | na 100 g | na dnevni odmerek (2 tableti = 2,4 g) | % PV*
Magnezij | 12,5 g | 300 mg | 80 %
*PV = priporočeni vnos
Sestavine: magnezijev citrat, magnezijev oksid, polnilo: mikrokristalna celuloza; sredstvo proti sprijemanju: magnezijeve soli maščobnih kislin.
Priporočeni dnevni odmerek: 2 tableti na dan z obrokom. Priporočenega dnevnega odmerka ne smete preseči.""",
 el=300, forms=["citrate", "oxide"], dv=80, sc=30)

# ------------------------------------------------------------------ hr
add("hr23_fidifarm_bisglicinat_1500_then_od_toga_magnezij_210", "hr", "eu",
 "Modelled on a Fidifarm magnesium capsule (Croatia; the product and panel are set here and may not exist in this form): the COMPOUND ROW FIRST and an 'OD TOGA' (of which) row, 'Hranjiva vrijednost | 2 kapsule | % PU*', 'Magnezijev bisglicinat | 1500 mg |', 'od toga magnezij | 210 mg | 56 %' (1,500 x 0.10-0.141 = 150-211.5; 210/375 = 56). 1500 mg is the compound. Form glycinate. 60 kapsula / 2 = 30.",
"""Fidifarm
Magnezij bisglicinat
Dodatak prehrani | 60 kapsula
Hranjiva vrijednost | 2 kapsule | % PU*
Magnezijev bisglicinat | 1500 mg |
od toga magnezij | 210 mg | 56 %
*PU = preporučeni unos
Sastojci: magnezijev bisglicinat, ovojnica kapsule: hidroksipropilmetilceluloza.
Način uporabe: 2 kapsule dnevno uz obrok. Ne prekoračiti preporučenu dnevnu dozu.""",
 el=210, forms=["glycinate"], dv=56, sc=30)

# ------------------------------------------------------------------ lt
add("lt23_gintarine_dot_leader_magnis_magnio_citratas_200", "lt", "eu",
 "Modelled on a Gintarin\u0117 vaistin\u0117 own-brand magnesium tablet (Lithuania; the product and panel are set here and may not exist in this form): NO COLUMNS, DOT-LEADER LINES under 'Sud\u0117tis dienos doz\u0117je (2 tablet\u0117s):', 'Magnis (magnio citratas) .......... 200 mg (53 % RMV*)' (200/375 = 53.3) and a B6 line. Form citrate. 60 tablet\u010di\u0173 / 2 = 30.",
"""Gintarinė vaistinė
Magnis + B6
Maisto papildas | 60 tablečių
Sudėtis dienos dozėje (2 tabletės):
Magnis (magnio citratas) .......... 200 mg (53 % RMV*)
Vitaminas B6 .......... 1,4 mg (100 % RMV*)
*RMV – referencinė maistinė vertė
Sudedamosios dalys: magnio citratas, užpildas: mikrokristalinė celiuliozė; piridoksino hidrochloridas; medžiaga nuo sukepimo: magnio druskos su riebalų rūgštimis.
Vartojimas: suaugusiesiems 1 tabletė 2 kartus per dieną valgio metu. Neviršyti rekomenduojamos paros dozės.""",
 el=200, forms=["citrate"], dv=53, sc=30)

# ------------------------------------------------------------------ et
add("et23_tervepere_1_tabletis_and_paevases_annuses_columns_tsitraat_300", "et", "eu",
 "Modelled on a Terve Pere magnesium tablet (Estonia; the brand use, product and panel are set here and may not exist in this form): a PER-TABLET column FIRST and the DAILY DOSE second, 'Toitainete sisaldus | 1 tabletis | p\u00e4evases annuses (2 tabletti) | % VK*', 'Magneesium (magneesiumtsitraadina) | 150 mg | 300 mg | 80 %' (300/375 = 80). The daily dose is the value (300 mg), per tablet in elemental_alt_mg (150). Form citrate. 60 tabletti / 2 = 30.",
"""Terve Pere
Magneesium 300
Toidulisand | 60 tabletti
Toitainete sisaldus | 1 tabletis | päevases annuses (2 tabletti) | % VK*
Magneesium (magneesiumtsitraadina) | 150 mg | 300 mg | 80 %
*VK = võrdluskogus
Koostisosad: magneesiumtsitraat, täiteaine: mikrokristalne tselluloos; paakumisvastane aine: taimne steariinhape.
Soovitatav päevane annus: 1 tablett 2 korda päevas söögi ajal. Soovitatavat päevast annust mitte ületada.""",
 el=300, forms=["citrate"], dv=80, sc=30, elemental_alt_mg=150)

# ------------------------------------------------------------------ lv
add("lv23_silvanols_magnijs_oksids_citrats_1_kapsula_250", "lv", "eu",
 "Modelled on a Silvanols magnesium capsule (Latvia; the product and panel are set here and may not exist in this form): 'Uzturv\u0113rt\u012bba | 1 kapsul\u0101 | % NRV*', 'Magnijs (magnija oks\u012bds, magnija citr\u0101ts) | 250 mg | 67 %' (250/375 = 66.7) above a B6 row. Forms oxide, citrate. 30 kapsulas, 1 a day: 30.",
"""Silvanols
Magnijs + B6
Uztura bagātinātājs | 30 kapsulas
Uzturvērtība | 1 kapsulā | % NRV*
Magnijs (magnija oksīds, magnija citrāts) | 250 mg | 67 %
B6 vitamīns | 1,4 mg | 100 %
*NRV – uzturvielu references vērtība
Sastāvdaļas: magnija oksīds, magnija citrāts, kapsulas apvalks: hidroksipropilmetilceluloze; piridoksīna hidrohlorīds.
Lietošana: pieaugušajiem 1 kapsula dienā ēdienreizes laikā. Nepārsniegt ieteicamo devu.""",
 el=250, forms=["oxide", "citrate"], dv=67, sc=30)

# ------------------------------------------------------------------ no
add("no23_vitus_bisglysinat_sitrat_with_sink_row_300", "no", "eu",
 "Modelled on a Vitus Apotek own-brand magnesium capsule (Norway; the product and panel are set here and may not exist in this form): 'N\u00e6ringsinnhold | per dagsdose (3 kapsler) | % RI*', 'Magnesium (som magnesiumbisglysinat og magnesiumsitrat) | 300 mg | 80 %' (300/375 = 80) above 'Sink (som sinkbisglysinat) | 10 mg | 100 %'. Forms glycinate, citrate (zinc bisglycinate is not a magnesium form). 90 kapsler / 3 = 30.",
"""Vitus
Magnesium Kompleks
Kosttilskudd | 90 kapsler
Næringsinnhold | per dagsdose (3 kapsler) | % RI*
Magnesium (som magnesiumbisglysinat og magnesiumsitrat) | 300 mg | 80 %
Sink (som sinkbisglysinat) | 10 mg | 100 %
*RI = referanseinntak
Ingredienser: magnesiumbisglysinat, magnesiumsitrat, kapselskall: hydroksypropylmetylcellulose; sinkbisglysinat.
Anbefalt døgndose: 3 kapsler daglig til et måltid. Anbefalt døgndose må ikke overskrides.""",
 el=300, forms=["glycinate", "citrate"], dv=80, sc=30)

# ------------------------------------------------------------------ el
add("el23_unipharma_effervescent_oxide_and_carbonate_375", "el", "eu",
 "Modelled on a Uni-Pharma effervescent magnesium tablet (Greece; the product and panel are set here and may not exist in this form): 'Διατροφική ανάλυση | Ανά δισκίο | % ΤΑΘΣ*', 'Μαγνήσιο (ως οξείδιο του μαγνησίου και ανθρακικό μαγνήσιο) | 375 mg | 100 %' (375/375 = 100). Forms oxide, carbonate ('ανθρακικό μαγνήσιο'; the sodium bicarbonate 'όξινο ανθρακικό νάτριο' and citric acid 'κιτρικό οξύ' are not magnesium forms). 20 αναβράζοντα δισκία, 1 a day: 20.",
"""Uni-Pharma
Magnesium 375 Αναβράζοντα
Συμπλήρωμα διατροφής | 20 αναβράζοντα δισκία | Γεύση πορτοκάλι
Διατροφική ανάλυση | Ανά δισκίο | % ΤΑΘΣ*
Μαγνήσιο (ως οξείδιο του μαγνησίου και ανθρακικό μαγνήσιο) | 375 mg | 100 %
*ΤΑΘΣ: Τιμές Αναφοράς Θρεπτικών Συστατικών
Συστατικά: οξείδιο του μαγνησίου, ανθρακικό μαγνήσιο, οξύ: κιτρικό οξύ; όξινο ανθρακικό νάτριο, άρωμα πορτοκάλι, γλυκαντική ουσία: σουκραλόζη.
Τρόπος χρήσης: 1 αναβράζον δισκίο ημερησίως, διαλυμένο σε ένα ποτήρι νερό (200 ml). Να μην γίνεται υπέρβαση της συνιστώμενης ημερήσιας δόσης.""",
 el=375, forms=["oxide", "carbonate"], dv=100, sc=20)

# ------------------------------------------------------------------ bg
add("bg23_sopharma_magneziev_citrat_v_1_tabletka_250", "bg", "eu",
 "Modelled on a Sopharma magnesium tablet (Bulgaria; the product and panel are set here and may not exist in this form): 'Съдържание | в 1 таблетка | % ХРС*', 'Магнезий (като магнезиев цитрат) | 250 mg | 67 %' (250/375 = 66.7) above a B6 row; the title repeats '250'. Form citrate ('магнезиеви соли на мастни киселини' is an excipient). 30 таблетки, 1 a day: 30.",
"""Sopharma
Магнезий Цитрат 250
Хранителна добавка | 30 таблетки
Съдържание | в 1 таблетка | % ХРС*
Магнезий (като магнезиев цитрат) | 250 mg | 67 %
Витамин B6 | 1,4 mg | 100 %
*ХРС – хранителни референтни стойности
Съставки: магнезиев цитрат, пълнител: микрокристална целулоза; пиридоксинов хидрохлорид; противослепващ агент: магнезиеви соли на мастни киселини.
Начин на употреба: по 1 таблетка дневно след хранене. Да не се превишава препоръчителната дневна доза.""",
 el=250, forms=["citrate"], dv=67, sc=30)

# ------------------------------------------------------------------ de
add("de23_hansal_brausetablette_400_mg_above_nrv_107", "de", "eu",
 "Modelled on a Hansal magnesium effervescent tablet (Austria / Germany; the product and panel are set here and may not exist in this form): a value ABOVE THE NRV, 'N\u00e4hrwerte | pro Brausetablette | % NRV*', 'Magnesium | 400 mg | 107 %' (400/375 = 106.7). Carbonate and oxide in the ingredients (Natriumhydrogencarbonat is not a magnesium form). 20 Brausetabletten, 1 a day: 20.",
"""Hansal
Magnesium 400 mg Brausetabletten
Nahrungsergänzungsmittel | 20 Brausetabletten | Orangengeschmack
Nährwerte | pro Brausetablette | % NRV*
Magnesium | 400 mg | 107 %
*NRV = Nährstoffbezugswert
Zutaten: Säuerungsmittel: Citronensäure; Magnesiumcarbonat, Magnesiumoxid, Säureregulator: Natriumhydrogencarbonat; Aroma, Süßungsmittel: Sucralose; Farbstoff: Beta-Carotin.
Verzehrempfehlung: 1 Brausetablette täglich in einem Glas Wasser (200 ml) auflösen. Die angegebene empfohlene tägliche Verzehrmenge darf nicht überschritten werden.""",
 el=400, forms=["carbonate", "oxide"], dv=107, sc=20)

# ------------------------------------------------------------------ fr
add("fr23_effiprev_ampoule_pidolate_1500_then_soit_magnesium_130", "fr", "eu",
 "Modelled on an Effiprev magnesium drinkable ampoule (France; the product and panel are set here and may not exist in this form): a LIQUID AMPOULE with the COMPOUND ROW FIRST, 'Composition | Pour 1 ampoule | % VNR*', 'Pidolate de magn\u00e9sium | 1500 mg |', then 'soit magn\u00e9sium | 130 mg | 35 %' (1,500 x 0.087 = 130.5; 130/375 = 34.7). 1500 mg is the compound. Form pidolate. 20 ampoules, 1 a day: 20.",
"""Effiprev
Magnésium Pidolate
Complément alimentaire | 20 ampoules buvables de 10 mL
Composition | Pour 1 ampoule | % VNR*
Pidolate de magnésium | 1500 mg |
soit magnésium | 130 mg | 35 %
*VNR : valeurs nutritionnelles de référence
Ingrédients : eau, pidolate de magnésium, édulcorant : sucralose ; arôme naturel d'orange ; conservateur : sorbate de potassium.
Conseils d'utilisation : 1 ampoule par jour, à diluer dans un verre d'eau. Ne pas dépasser la dose journalière recommandée.""",
 el=130, forms=["pidolate"], dv=35, sc=20)

# ------------------------------------------------------------------ it
add("it23_pharmaextracta_bustina_carbonato_acido_citrico_citrato_300", "it", "eu",
 "Modelled on a Pharmaextracta magnesium sachet (Italy; the product and panel are set here and may not exist in this form): a POWDER SACHET, 'Tabella nutrizionale | Per 1 bustina | %VNR*', 'Magnesio | 300 mg | 80%' (300/375 = 80); the sources only in the ingredients (magnesio carbonato, magnesio citrato; 'acido citrico' is not a magnesium form). Forms carbonate, citrate. 20 bustine, 1 a day: 20.",
"""Pharmaextracta
Magnesio Citrato e Carbonato
Integratore alimentare | 20 bustine da 4 g | Gusto limone
Tabella nutrizionale | Per 1 bustina | %VNR*
Magnesio | 300 mg | 80%
*VNR: valori nutritivi di riferimento
Ingredienti: magnesio carbonato, acido citrico, magnesio citrato, aroma naturale di limone, edulcorante: glicosidi steviolici.
Modalità d'uso: sciogliere il contenuto di 1 bustina in un bicchiere d'acqua, una volta al giorno. Non superare la dose giornaliera raccomandata.""",
 el=300, forms=["carbonate", "citrate"], dv=80, sc=20)

# ------------------------------------------------------------------ es
add("es23_herbora_cloruro_de_magnesio_3_comprimidos_150", "es", "eu",
 "Modelled on a Herbora magnesium chloride tablet (Spain; the product and panel are set here and may not exist in this form): 'Composici\u00f3n por dosis diaria (3 comprimidos) | | %VRN*', 'Magnesio (cloruro de magnesio) | 150 mg | 40 %' (150/375 = 40). Form chloride. 90 comprimidos / 3 = 30.",
"""Herbora
Cloruro de Magnesio
Complemento alimenticio | 90 comprimidos
Composición por dosis diaria (3 comprimidos) | | %VRN*
Magnesio (cloruro de magnesio) | 150 mg | 40 %
*VRN: valores de referencia de nutrientes
Ingredientes: cloruro de magnesio hexahidratado, agente de carga: celulosa microcristalina; antiaglomerantes: dióxido de silicio, sales magnésicas de ácidos grasos.
Modo de empleo: tomar 1 comprimido con cada comida principal (3 al día). No superar la dosis diaria expresamente recomendada.""",
 el=150, forms=["chloride"], dv=40, sc=30)

# ------------------------------------------------------------------ pl
add("pl23_gorvita_porcja_dzienna_1_kapsulka_mleczan_100", "pl", "eu",
 "Modelled on a Gorvita magnesium capsule (Poland; the product and panel are set here and may not exist in this form): 'Porcja dzienna (1 kapsu\u0142ka) zawiera: | | %RWS*', 'Magnez (w postaci mleczanu magnezu) | 100 mg | 27 %' (100/375 = 26.7) above a B6 row; 'stearynian magnezu' is an excipient. Form lactate. 60 kapsu\u0142ek, 1 a day: 60.",
"""Gorvita
Magnez z mleczanu + B6
Suplement diety | 60 kapsułek
Porcja dzienna (1 kapsułka) zawiera: | | %RWS*
Magnez (w postaci mleczanu magnezu) | 100 mg | 27 %
Witamina B6 | 1,4 mg | 100 %
*RWS – referencyjna wartość spożycia
Składniki: mleczan magnezu, otoczka kapsułki: żelatyna; chlorowodorek pirydoksyny; substancja przeciwzbrylająca: stearynian magnezu.
Sposób użycia: 1 kapsułka dziennie po posiłku, popijając wodą. Nie przekraczać zalecanej porcji do spożycia w ciągu dnia.""",
 el=100, forms=["lactate"], dv=27, sc=60)

# ------------------------------------------------------------------ negatives (EU)
add("ng23_fi_pharmia_sinkki_mangaani_no_magnesium_word", "fi", "negative",
 "Modelled on a Pharmia zinc tablet (Finland; the product and panel are set here and may not exist in this form): zinc with a LOOK-ALIKE 'Mangaani (mangaanisulfaattina) | 2 mg | 100 %' row; the label NEVER NAMES MAGNESIUM (the anti-caking agent is stearic acid) -> no_magnesium. 100 tablettia, 1 a day: 100 (IMPLIED_SC).",
"""Pharmia
Sinkki + Mangaani
Ravintolisä | 100 tablettia
Päiväannos (1 tabletti) | | % RI*
Sinkki (sinkkiglukonaattina) | 10 mg | 100 %
Mangaani (mangaanisulfaattina) | 2 mg | 100 %
*RI = saannin vertailuarvo
Ainesosat: sinkkiglukonaatti, täyteaine: mikrokiteinen selluloosa; mangaanisulfaatti; paakkuuntumisenestoaine: kasviperäinen steariinihappo.
Käyttö: 1 tabletti päivässä. Suositeltua päiväannosta ei pidä ylittää.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=100)

add("ng23_de_edubily_magnolienrinde_magnesiumsalze_der_speisefettsaeuren", "de", "negative",
 "Modelled on an edubily evening capsule (Germany; the blend and panel are set here and may not exist in this form): LOOK-ALIKE 'Magnolienrinden-Extrakt (Magnolia officinalis) | 400 mg' with L-theanine; magnesium only as the excipient 'Magnesiumsalze der Speisefetts\u00e4uren' -> no_magnesium. 60 Kapseln / 2 = 30 (IMPLIED_SC).",
"""edubily
Magnolienrinde + L-Theanin
Nahrungsergänzungsmittel | 60 Kapseln
Inhaltsstoffe pro Tagesdosis (2 Kapseln) | |
Magnolienrinden-Extrakt (Magnolia officinalis) | 400 mg |
L-Theanin | 200 mg |
Zutaten: Magnolienrinden-Extrakt, L-Theanin, Kapselhülle: Hydroxypropylmethylcellulose; Trennmittel: Magnesiumsalze der Speisefettsäuren.
Verzehrempfehlung: Täglich 2 Kapseln am Abend mit ausreichend Flüssigkeit verzehren. Die angegebene empfohlene tägliche Verzehrmenge darf nicht überschritten werden.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=30)
