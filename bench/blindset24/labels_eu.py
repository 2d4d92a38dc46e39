# Label sources, part EU (blind set 24): the 15 EU labels (de x2, fr, it, es, pl, nl, cs, pt, sv, da, hu, ro, hr, el) and the
# Czech and Italian negatives. Imports add/L from labels_us.py (same format). DV base 375 (EU NRV) by default for non-English
# labels.
from labels_us import add, L, SET

# ------------------------------------------------------------------ de
add("de24_meavita_total_row_first_then_davon_aus_citrat_bisglycinat_300", "de", "eu",
 f"Modelled on a Mea Vita magnesium capsule (Germany; {SET}): the TOTAL ROW FIRST, 'Magnesium | 300 mg | 80 %' (300/375 = 80), then two 'DAVON AUS' rows without %, 'davon aus Magnesiumcitrat | 150 mg |' and 'davon aus Magnesiumbisglycinat | 150 mg |'. The total is the value. Forms citrate, glycinate. 90 Kapseln / 3 = 30.",
"""Mea Vita
Magnesium Komplex 300
Nahrungsergänzungsmittel | 90 Kapseln
Nährstoffe | pro Tagesdosis (3 Kapseln) | % NRV*
Magnesium | 300 mg | 80 %
davon aus Magnesiumcitrat | 150 mg |
davon aus Magnesiumbisglycinat | 150 mg |
*NRV = Nährstoffbezugswert
Zutaten: Magnesiumcitrat, Magnesiumbisglycinat, Kapselhülle: Hydroxypropylmethylcellulose.
Verzehrempfehlung: Täglich 3 Kapseln über den Tag verteilt mit ausreichend Flüssigkeit verzehren. Die angegebene empfohlene tägliche Verzehrmenge darf nicht überschritten werden.""",
 el=300, forms=["citrate", "glycinate"], dv=80, sc=30)

add("de24_apozen_at_nrv_column_before_amount_oxid_citrat_250", "de", "eu",
 f"Modelled on an Apozen magnesium capsule (Austria; {SET}): the % NRV COLUMN BEFORE the amount, 'Nährwerte | % NRV* | pro Tagesdosis (1 Kapsel)', 'Magnesium | 67 % | 250 mg' (250/375 = 66.7); sources only in the ingredients (Magnesiumoxid, Magnesiumcitrat). Forms oxide, citrate. 60 Kapseln, 1 a day: 60.",
"""Apozen
Magnesium 250 mg Kapseln
Nahrungsergänzungsmittel | 60 Kapseln | Hergestellt in Österreich
Nährwerte | % NRV* | pro Tagesdosis (1 Kapsel)
Magnesium | 67 % | 250 mg
*NRV = Nährstoffbezugswerte
Zutaten: Magnesiumoxid, Magnesiumcitrat, Kapselhülle: Hydroxypropylmethylcellulose; Trennmittel: Reismehl.
Verzehrempfehlung: 1 Kapsel täglich mit ausreichend Flüssigkeit zu einer Mahlzeit einnehmen. Die empfohlene tägliche Verzehrmenge nicht überschreiten.""",
 el=250, forms=["oxide", "citrate"], dv=67, sc=60)

# ------------------------------------------------------------------ fr
add("fr24_lehning_magnesium_marin_oxyde_pour_2_comprimes_300", "fr", "eu",
 f"Modelled on a Lehning magnesium tablet (France; {SET}): MARINE MAGNESIUM, 'Teneurs moyennes | Pour 2 comprimés | % VNR*', 'Magnésium | 300 mg | 80 %' (300/375 = 80) above a B6 row; the source only in the ingredients, 'magnésium marin (oxyde de magnésium d'origine marine)'. Form oxide. 60 comprimés / 2 = 30.",
"""Lehning
Magnésium Marin B6
Complément alimentaire | 60 comprimés
Teneurs moyennes | Pour 2 comprimés | % VNR*
Magnésium | 300 mg | 80 %
Vitamine B6 | 1,4 mg | 100 %
*VNR : valeurs nutritionnelles de référence
Ingrédients : magnésium marin (oxyde de magnésium d'origine marine), agent de charge : cellulose microcristalline ; chlorhydrate de pyridoxine ; anti-agglomérant : stéarate de magnésium.
Conseils d'utilisation : 1 comprimé matin et soir, avec un grand verre d'eau. Ne pas dépasser la dose journalière recommandée.""",
 el=300, forms=["oxide"], dv=80, sc=30)

# ------------------------------------------------------------------ it
add("it24_angelini_bustina_450_mg_120_pct_citrato_gluconato_potassio_row", "it", "eu",
 f"Modelled on an Angelini magnesium + potassium sachet (Italy; {SET}): a value ABOVE THE NRV, 'Contenuti medi | per dose giornaliera (1 bustina) | %VNR*', 'Magnesio (da magnesio citrato e magnesio gluconato) | 450 mg | 120 %' (450/375 = 120), above 'Potassio (da potassio citrato) | 300 mg | 15 %'. Forms citrate, gluconate (potassium citrate is not a magnesium form). 20 bustine, 1 a day: 20.",
"""Angelini
Magnesio e Potassio
Integratore alimentare | 20 bustine da 5 g | Gusto arancia
Contenuti medi | per dose giornaliera (1 bustina) | %VNR*
Magnesio (da magnesio citrato e magnesio gluconato) | 450 mg | 120 %
Potassio (da potassio citrato) | 300 mg | 15 %
*VNR: valori nutritivi di riferimento
Ingredienti: magnesio citrato, potassio citrato, magnesio gluconato, maltodestrina, acidificante: acido citrico; aroma, edulcorante: sucralosio.
Modalità d'uso: sciogliere 1 bustina al giorno in un bicchiere d'acqua. Non superare la dose giornaliera raccomandata.""",
 el=450, forms=["citrate", "gluconate"], dv=120, sc=20)

# ------------------------------------------------------------------ es
add("es24_cantabrialabs_bisglicinato_citrato_y_malato_2_capsulas_225", "es", "eu",
 f"Modelled on a Cantabria Labs magnesium capsule (Spain; {SET}): THREE SALTS in one parenthesis, 'Magnesio (bisglicinato, citrato y malato de magnesio) | 225 mg | 60 %' (225/375 = 60), above a B6 row. Forms glycinate, citrate, malate. 60 cápsulas / 2 = 30.",
"""Cantabria Labs
Triple Magnesio
Complemento alimenticio | 60 cápsulas
Información nutricional | Por dosis diaria (2 cápsulas) | %VRN*
Magnesio (bisglicinato, citrato y malato de magnesio) | 225 mg | 60 %
Vitamina B6 | 1,4 mg | 100 %
*VRN: valores de referencia de nutrientes
Ingredientes: bisglicinato de magnesio, citrato de magnesio, malato de magnesio, cápsula vegetal (hidroxipropilmetilcelulosa), clorhidrato de piridoxina.
Modo de empleo: tomar 2 cápsulas al día con agua. No superar la dosis diaria expresamente recomendada.""",
 el=225, forms=["glycinate", "citrate", "malate"], dv=60, sc=30)

# ------------------------------------------------------------------ pl
add("pl24_polpharma_w_1_tabletce_and_w_3_tabletkach_columns_cytrynian_300", "pl", "eu",
 f"Modelled on a Polpharma magnesium tablet (Poland; {SET}): a PER-TABLET column FIRST and a THREE-TABLET daily column second, 'Zawartość | w 1 tabletce | w 3 tabletkach (porcja dzienna) | %RWS*', 'Magnez (cytrynian magnezu) | 100 mg | 300 mg | 80 %' (300/375 = 80). The daily portion is the value (300 mg), per tablet in elemental_alt_mg (100). Form citrate. 90 tabletek / 3 = 30.",
"""Polpharma
Magnez Cytrynian 100
Suplement diety | 90 tabletek
Zawartość | w 1 tabletce | w 3 tabletkach (porcja dzienna) | %RWS*
Magnez (cytrynian magnezu) | 100 mg | 300 mg | 80 %
*RWS – referencyjna wartość spożycia
Składniki: cytrynian magnezu, substancja wypełniająca: celuloza mikrokrystaliczna; substancje przeciwzbrylające: dwutlenek krzemu, sole magnezowe kwasów tłuszczowych.
Sposób użycia: 1 tabletka 3 razy dziennie podczas posiłku. Nie przekraczać zalecanej porcji do spożycia w ciągu dnia.""",
 el=300, forms=["citrate"], dv=80, sc=30, elemental_alt_mg=100)

# ------------------------------------------------------------------ nl (Belgium, bilingual)
add("nl24_naturalis_be_bilingual_nl_fr_rows_citraat_oxide_200", "nl", "eu",
 f"Modelled on a Naturalis magnesium tablet (Belgium; {SET}): a DUTCH / FRENCH table with BILINGUAL cells, 'Voedingswaarde / Valeur nutritionnelle | per tablet / par comprimé | % RI* / % AR*', 'Magnesium / Magnésium | 200 mg | 53 %' (200/375 = 53.3); sources in both ingredient lists. Forms citrate, oxide. 60 tabletten, 1 a day: 60.",
"""Naturalis
Magnesium 200 / Magnésium 200
Voedingssupplement / Complément alimentaire | 60 tabletten / comprimés
Voedingswaarde / Valeur nutritionnelle | per tablet / par comprimé | % RI* / % AR*
Magnesium / Magnésium | 200 mg | 53 %
*RI = referentie-inname / AR = apport de référence
Ingrediënten: magnesiumcitraat, magnesiumoxide, vulstof: microkristallijne cellulose; antiklontermiddel: magnesiumzouten van vetzuren.
Ingrédients : citrate de magnésium, oxyde de magnésium, agent de charge : cellulose microcristalline ; antiagglomérant : sels de magnésium d'acides gras.
Gebruik: 1 tablet per dag. / Utilisation : 1 comprimé par jour.""",
 el=200, forms=["citrate", "oxide"], dv=53, sc=60)

# ------------------------------------------------------------------ cs
add("cs24_valosun_laktat_2_000_mg_then_odpovida_horciku_204", "cs", "eu",
 f"Modelled on a Valosun magnesium tablet (Czech Republic; {SET}): the COMPOUND ROW FIRST, 'Laktát hořečnatý dihydrát | 2 000 mg |', then 'odpovídá hořčíku | 204 mg | 54 %' (2,000 x 0.102 = 204, the dihydrate; 204/375 = 54.4). 2 000 mg is the compound. Form lactate. 60 tablet / 2 = 30.",
"""Valosun
Magnesium Laktát
Doplněk stravy | 60 tablet
Obsah v denní dávce (2 tablety) | | % RHP*
Laktát hořečnatý dihydrát | 2 000 mg |
odpovídá hořčíku | 204 mg | 54 %
*RHP = referenční hodnota příjmu
Složení: laktát hořečnatý dihydrát, plnidlo: mikrokrystalická celulóza; protispékavá látka: oxid křemičitý.
Dávkování: 1 tableta 2× denně po jídle. Nepřekračujte doporučenou denní dávku.""",
 el=204, forms=["lactate"], dv=54, sc=30)

# ------------------------------------------------------------------ pt
add("pt24_farmoz_comprimido_375_mg_100_pct_carbonato_oxido", "pt", "eu",
 f"Modelled on a Farmoz magnesium tablet (Portugal; {SET}): 'Informação nutricional | Por dose diária (1 comprimido) | %VRN*', 'Magnésio | 375 mg | 100 %' (375/375 = 100); sources only in the ingredients, 'carbonato de magnésio, óxido de magnésio'. Forms carbonate, oxide. 30 comprimidos, 1 a day: 30.",
"""Farmoz
Magnésio 375
Suplemento alimentar | 30 comprimidos
Informação nutricional | Por dose diária (1 comprimido) | %VRN*
Magnésio | 375 mg | 100 %
*VRN: valores de referência do nutriente
Ingredientes: carbonato de magnésio, óxido de magnésio, agente de volume: celulose microcristalina; antiaglomerante: estearato de magnésio.
Modo de utilização: tomar 1 comprimido por dia, com uma refeição. Não exceder a toma diária recomendada.""",
 el=375, forms=["carbonate", "oxide"], dv=100, sc=30)

# ------------------------------------------------------------------ sv
add("sv24_midsona_kalk_magnesium_calcium_row_first_citrat_oxid_350", "sv", "eu",
 f"Modelled on a Midsona calcium + magnesium tablet (Sweden; {SET}): CALCIUM FIRST with the larger figure, 'Kalcium (som kalciumkarbonat) | 400 mg | 50 %', then 'Magnesium (som magnesiumcitrat och magnesiumoxid) | 350 mg | 93 %' (350/375 = 93.3). Forms citrate, oxide (calcium carbonate is not a magnesium form). 60 tabletter / 2 = 30.",
"""Midsona
Kalk & Magnesium
Kosttillskott | 60 tabletter
Näringsinnehåll | per dagsdos (2 tabletter) | % RI*
Kalcium (som kalciumkarbonat) | 400 mg | 50 %
Magnesium (som magnesiumcitrat och magnesiumoxid) | 350 mg | 93 %
*RI = referensintag
Ingredienser: kalciumkarbonat, magnesiumcitrat, magnesiumoxid, fyllnadsmedel: mikrokristallin cellulosa; klumpförebyggande medel: kiseldioxid.
Dosering: 1 tablett 2 gånger dagligen i samband med måltid. Rekommenderad daglig dos bör inte överskridas.""",
 el=350, forms=["citrate", "oxide"], dv=93, sc=30)

# ------------------------------------------------------------------ da
add("da24_naturdrogeriet_indhold_pr_kapsel_bisglycinat_120", "da", "eu",
 f"Modelled on a Naturdrogeriet magnesium capsule (Denmark; {SET}): 'Indhold pr. daglig dosis (1 kapsel) | | % RI*', 'Magnesium (som magnesiumbisglycinat) | 120 mg | 32 %' (120/375 = 32). Form glycinate. 90 kapsler, 1 a day: 90.",
"""Naturdrogeriet
Magnesium Bisglycinat
Kosttilskud | 90 kapsler
Indhold pr. daglig dosis (1 kapsel) | | % RI*
Magnesium (som magnesiumbisglycinat) | 120 mg | 32 %
*RI = referenceindtag
Ingredienser: magnesiumbisglycinat, kapselskal: hydroxypropylmethylcellulose.
Anbefalet daglig dosis: 1 kapsel dagligt med vand. Den anbefalede daglige dosis bør ikke overskrides.""",
 el=120, forms=["glycinate"], dv=32, sc=90)

# ------------------------------------------------------------------ hu
add("hu24_drchen_dot_leaders_before_amount_and_before_percent_citrat_250", "hu", "eu",
 f"Modelled on a Dr. Chen Patika magnesium tablet (Hungary; {SET}): NO COLUMNS, DOT LEADERS BOTH BEFORE THE AMOUNT AND BEFORE THE PERCENT, 'Magnézium (magnézium-citrát) .......... 250 mg .......... 67%*' (250/375 = 66.7), and a B6 line. Form citrate. 30 tabletta, 1 a day: 30.",
"""Dr. Chen Patika
Magnézium-citrát 250 mg
Étrend-kiegészítő | 30 tabletta
Hatóanyag-tartalom napi adagban (1 tabletta):
Magnézium (magnézium-citrát) .......... 250 mg .......... 67%*
B6-vitamin .......... 1,4 mg .......... 100%*
*NRV: napi beviteli referenciaérték
Összetevők: magnézium-citrát, töltőanyag: mikrokristályos cellulóz; piridoxin-hidroklorid; csomósodást gátló anyag: magnézium-sztearát.
Adagolás: naponta 1 tabletta étkezés után, bő folyadékkal. Az ajánlott napi fogyasztási mennyiséget ne lépje túl!""",
 el=250, forms=["citrate"], dv=67, sc=30)

# ------------------------------------------------------------------ ro
add("ro24_terapia_lactat_de_magneziu_doza_zilnica_2_comprimate_100", "ro", "eu",
 f"Modelled on a Terapia magnesium + B6 tablet (Romania; {SET}): 'Conținut | per doză zilnică (2 comprimate) | %VNR*', 'Magneziu (sub formă de lactat de magneziu) | 100 mg | 27 %' (100/375 = 26.7) above a B6 row. Form lactate. 60 comprimate / 2 = 30.",
"""Terapia
Magneziu + B6
Supliment alimentar | 60 comprimate filmate
Conținut | per doză zilnică (2 comprimate) | %VNR*
Magneziu (sub formă de lactat de magneziu) | 100 mg | 27 %
Vitamina B6 | 1,4 mg | 100 %
*VNR = valori nutriționale de referință
Ingrediente: lactat de magneziu dihidrat, agent de încărcare: celuloză microcristalină; clorhidrat de piridoxină; agent antiaglomerant: săruri de magneziu ale acizilor grași.
Mod de administrare: câte 1 comprimat de 2 ori pe zi, în timpul mesei. Nu depășiți doza zilnică recomandată.""",
 el=100, forms=["lactate"], dv=27, sc=30)

# ------------------------------------------------------------------ hr
add("hr24_pliva_vrecica_magnezijev_citrat_300", "hr", "eu",
 f"Modelled on a Pliva magnesium sachet (Croatia; {SET}): a POWDER SACHET, 'Hranjiva vrijednost | u 1 vrećici | % PU*', 'Magnezij (magnezijev citrat) | 300 mg | 80 %' (300/375 = 80). Form citrate. 20 vrećica, 1 a day: 20.",
"""Pliva
Magnezij 300 Direct
Dodatak prehrani | 20 vrećica | Okus limuna
Hranjiva vrijednost | u 1 vrećici | % PU*
Magnezij (magnezijev citrat) | 300 mg | 80 %
*PU = preporučeni unos
Sastojci: magnezijev citrat, sladilo: sorbitol; regulator kiselosti: limunska kiselina; aroma limuna.
Način uporabe: sadržaj 1 vrećice dnevno otopiti u ustima ili u čaši vode. Ne prekoračiti preporučenu dnevnu dozu.""",
 el=300, forms=["citrate"], dv=80, sc=20)

# ------------------------------------------------------------------ el (Cyprus)
add("el24_medochemie_kitriko_magnisio_2_kapsoules_150", "el", "eu",
 f"Modelled on a Medochemie magnesium capsule (Cyprus; {SET}): 'Διατροφική ανάλυση | Ανά ημερήσια δόση (2 κάψουλες) | % ΤΑΘΣ*', 'Μαγνήσιο (ως κιτρικό μαγνήσιο) | 150 mg | 40 %' (150/375 = 40). Form citrate. 60 κάψουλες / 2 = 30.",
"""Medochemie
Magnesium Citrate 150
Συμπλήρωμα διατροφής | 60 κάψουλες
Διατροφική ανάλυση | Ανά ημερήσια δόση (2 κάψουλες) | % ΤΑΘΣ*
Μαγνήσιο (ως κιτρικό μαγνήσιο) | 150 mg | 40 %
*ΤΑΘΣ: Τιμές Αναφοράς Θρεπτικών Συστατικών
Συστατικά: κιτρικό μαγνήσιο, κέλυφος κάψουλας: υδροξυπροπυλομεθυλοκυτταρίνη.
Τρόπος χρήσης: 2 κάψουλες ημερησίως με νερό. Να μην γίνεται υπέρβαση της συνιστώμενης ημερήσιας δόσης.""",
 el=150, forms=["citrate"], dv=40, sc=30)

# ------------------------------------------------------------------ negatives (EU)
add("ng24_cs_topvet_mangan_zinek_stearan_horecnaty_only", "cs", "negative",
 f"Modelled on a Topvet mineral tablet (Czech Republic; {SET}): zinc with a LOOK-ALIKE 'Mangan (glukonát manganatý) | 2 mg | 100 %' row; magnesium only as the excipient 'stearan hořečnatý' -> no_magnesium. 60 tablet, 1 a day: 60 (IMPLIED_SC).",
"""Topvet
Zinek + Mangan
Doplněk stravy | 60 tablet
Obsah v denní dávce (1 tableta) | | % RHP*
Zinek (glukonát zinečnatý) | 10 mg | 100 %
Mangan (glukonát manganatý) | 2 mg | 100 %
*RHP = referenční hodnota příjmu
Složení: glukonát zinečnatý, plnidlo: mikrokrystalická celulóza; glukonát manganatý; protispékavá látka: stearan hořečnatý.
Dávkování: 1 tableta denně. Nepřekračujte doporučenou denní dávku.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=60)

add("ng24_it_pharmanostra_magnolia_melissa_no_magnesium_word", "it", "negative",
 f"Modelled on a Pharmanostra relax capsule (Italy; {SET}): LOOK-ALIKE 'Magnolia (Magnolia officinalis) corteccia e.s. | 300 mg |' with lemon balm; the label NEVER NAMES MAGNESIUM (anti-caking agent silicon dioxide) -> no_magnesium. 60 capsule / 2 = 30 (IMPLIED_SC).",
"""Pharmanostra
Magnolia Relax
Integratore alimentare | 60 capsule
Contenuti medi | per dose giornaliera (2 capsule) |
Magnolia (Magnolia officinalis) corteccia e.s. | 300 mg |
Melissa (Melissa officinalis) foglie e.s. | 200 mg |
Ingredienti: magnolia corteccia estratto secco, melissa foglie estratto secco, involucro: idrossipropilmetilcellulosa; antiagglomerante: biossido di silicio.
Modalità d'uso: 2 capsule al giorno, la sera. Non superare la dose giornaliera raccomandata.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=30)
