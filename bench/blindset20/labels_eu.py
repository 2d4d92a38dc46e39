# Label sources, part EU (blind set 20): the 16 EU labels (de, fr, it, es, nl, pl, pt, sv, no, da, fi, cs, hu, ro, sk, lt, one
# each) and the German and Polish negatives. Imports add/L from labels_us.py (same format). DV base 375 (EU NRV) by default for
# non-English labels.
from labels_us import add, L

# ------------------------------------------------------------------ de
add("de20_floradix_fluessig_per_100ml_1500_and_per_20ml_300", "de", "eu",
 "Modelled on Floradix Magnesium (Salus; Germany; the liquid's panel and amounts are set here and may not match the current label): a LIQUID with a PER-100 ml COLUMN FIRST, 'N\u00e4hrwerte | pro 100 ml | pro Tagesdosis (20 ml) | % NRV*', 'Magnesium | 1500 mg | 300 mg | 80 %' (1,500 x 20/100 = 300; 300/375 = 80). The per-100 ml figure is a trap (PER100). Gluconate and citrate in the ingredients. 500 ml / 20 ml = 25 (IMPLIED_SC).",
"""Floradix®
Magnesium flüssig
Nahrungsergänzungsmittel | 500 ml
Nährwerte | pro 100 ml | pro Tagesdosis (20 ml) | % NRV*
Magnesium | 1500 mg | 300 mg | 80 %
*NRV = Nährstoffbezugswert
Zutaten: Wasser, Fruchtsaftkonzentrate (Birne, Orange, Traube), Magnesiumgluconat, Magnesiumcitrat, Säuerungsmittel: Citronensäure; Kräuterauszüge.
Verzehrempfehlung: 2-mal täglich 10 ml vor den Mahlzeiten einnehmen. Vor Gebrauch schütteln. Die angegebene empfohlene tägliche Verzehrmenge darf nicht überschritten werden.""",
 el=300, forms=["gluconate", "citrate"], dv=80, sc=25)

# ------------------------------------------------------------------ fr
add("fr20_juvasante_oxyde_marin_500_soit_magnesium_300", "fr", "eu",
 "Modelled on a Juvasant\u00e9 magnesium capsule (France; the product and panel set here, may not exist in this form): the COMPOUND ROW FIRST and the element on a 'soit' (equivalent to) row, 'Pour 2 g\u00e9lules : | | % VNR*', 'Oxyde de magn\u00e9sium marin | 500 mg |', 'soit magn\u00e9sium | 300 mg | 80 %' (500 x 0.603 = 301.5; 300/375 = 80). 500 mg is the compound. 60 g\u00e9lules / 2 = 30.",
"""Juvasanté
Magnésium Marin + B6
Complément alimentaire | 60 gélules
Pour 2 gélules : | | % VNR*
Oxyde de magnésium marin | 500 mg |
soit magnésium | 300 mg | 80 %
Vitamine B6 | 1,4 mg | 100 %
*VNR : valeurs nutritionnelles de référence
Ingrédients : oxyde de magnésium marin, gélule : hydroxypropylméthylcellulose ; chlorhydrate de pyridoxine.
Conseils d'utilisation : 2 gélules par jour avec un grand verre d'eau, au cours d'un repas. Ne pas dépasser la dose journalière recommandée.""",
 el=300, forms=["oxide"], dv=80, sc=30)

# ------------------------------------------------------------------ it
add("it20_marcoviti_totale_e_tre_righe_di_cui_da_300", "it", "eu",
 "Modelled on a Marco Viti magnesium sachet (Italy; the product and panel set here, may not exist in this form): a TOTAL row then THREE 'di cui da' (of which from) part rows without %, 'Magnesio | 300 mg | 80%' (300/375 = 80), 'di cui da magnesio citrato | 150 mg |', 'di cui da magnesio bisglicinato | 100 mg |', 'di cui da magnesio pidolato | 50 mg |'. The parts make up the total and are not added to it (PARTS). 30 bustine, 1 al giorno: serving_count 30.",
"""Marco Viti
Magnesio Completo
Integratore alimentare | 30 bustine
Valori medi | per bustina | % VNR*
Magnesio | 300 mg | 80%
di cui da magnesio citrato | 150 mg |
di cui da magnesio bisglicinato | 100 mg |
di cui da magnesio pidolato | 50 mg |
*VNR: valori nutritivi di riferimento
Ingredienti: magnesio citrato, magnesio bisglicinato, magnesio pidolato, maltodestrina, aromi; edulcorante: sucralosio.
Modalità d'uso: sciogliere 1 bustina al giorno in un bicchiere d'acqua. Non superare la dose giornaliera raccomandata.""",
 el=300, forms=["citrate", "glycinate", "pidolate"], dv=80, sc=30)

# ------------------------------------------------------------------ es
add("es20_cinfa_carbonato_vrn_con_decimal_66_7_250", "es", "eu",
 "Modelled on a Cinfa magnesium tablet (Spain; the product and panel set here, may not match a current SKU): the %VRN WITH ONE DECIMAL, 'Cantidad por comprimido | | %VRN*', 'Magnesio (carbonato de magnesio) | 250 mg | 66,7 %' (250/375 = 66.67; DV_DECIMAL). Form carbonate. 30 comprimidos, 1 al d\u00eda: serving_count 30.",
"""Cinfa
Magnesio + Vitamina B6
Complemento alimenticio | 30 comprimidos
Cantidad por comprimido | | %VRN*
Magnesio (carbonato de magnesio) | 250 mg | 66,7 %
Vitamina B6 | 1,4 mg | 100 %
*VRN: valores de referencia de nutrientes
Ingredientes: carbonato de magnesio, agente de carga: celulosa microcristalina; clorhidrato de piridoxina; antiaglomerante: dióxido de silicio.
Modo de empleo: tomar 1 comprimido al día con un vaso de agua. No superar la dosis diaria expresamente recomendada.""",
 el=250, forms=["carbonate"], dv=66.7, sc=30)

# ------------------------------------------------------------------ nl
add("nl20_vitals_no_name_cell_header_mg_bare_numbers_citraat_200", "nl", "eu",
 "Modelled on a Vitals magnesium tablet (Netherlands; the product and panel set here, may not match a current SKU): a header WITHOUT A NAME CELL and the UNIT IN THE HEADING, ' | per tablet (mg) | % RI*', and BARE NUMBERS, 'Magnesium (als magnesiumcitraat) | 200 | 53' (200/375 = 53.3; DV_BARE, UNIT_HEADER). 60 tabletten, 1 per dag: serving_count 60.",
"""Vitals
Magnesium Citraat 200
Voedingssupplement | 60 tabletten
 | per tablet (mg) | % RI*
Magnesium (als magnesiumcitraat) | 200 | 53
*RI = Referentie-inname
Ingrediënten: magnesiumcitraat, vulstof: microkristallijne cellulose; antiklontermiddel: siliciumdioxide.
Gebruik: 1 tablet per dag met water innemen. De aanbevolen dagdosis niet overschrijden.""",
 el=200, forms=["citrate"], dv=53, sc=60)

# ------------------------------------------------------------------ pl
add("pl20_asmag_w_1_tabletce_i_w_porcji_dziennej_asparaginian_102", "pl", "eu",
 "Modelled on an Asmag (Farmapol) magnesium tablet (Poland; the supplement, panel and amounts are set here and may not exist in this form): a per-tablet column FIRST and the daily portion SECOND, 'Sk\u0142adnik | w 1 tabletce | w dziennej porcji (3 tabletki) | %RWS*', 'Magnez (z asparaginianu magnezu) | 34 mg | 102 mg | 27%' (102/375 = 27.2). The daily portion is the value (102 mg), per tablet in elemental_alt_mg (34). 90 tabletek / 3 = 30.",
"""Asmag
Magnez z asparaginianu
Suplement diety | 90 tabletek
Składnik | w 1 tabletce | w dziennej porcji (3 tabletki) | %RWS*
Magnez (z asparaginianu magnezu) | 34 mg | 102 mg | 27%
*RWS – referencyjna wartość spożycia
Składniki: asparaginian magnezu, substancja wypełniająca: celuloza mikrokrystaliczna; substancja przeciwzbrylająca: dwutlenek krzemu.
Sposób użycia: 1 tabletka 3 razy dziennie po posiłku. Nie przekraczać zalecanej porcji do spożycia w ciągu dnia.""",
 el=102, forms=["aspartate"], dv=27, sc=30, elemental_alt_mg=34)

# ------------------------------------------------------------------ pt
add("pt20_cerebrum_ampola_decimal_187_5_lactato", "pt", "eu",
 "Modelled on a Cerebrum magnesium ampoule (Portugal; the product and panel set here, may not exist in this form): a DECIMAL elemental amount, 'Informa\u00e7\u00e3o nutricional | por ampola (10 ml) | %VRN*', 'Magn\u00e9sio | 187,5 mg | 50%' (187.5/375 = 50). Lactate in the ingredients ('lactato de magn\u00e9sio'). 20 ampolas, 1 por dia: serving_count 20.",
"""Cerebrum
Magnésio
Suplemento alimentar | 20 ampolas de 10 ml
Informação nutricional | por ampola (10 ml) | %VRN*
Magnésio | 187,5 mg | 50%
*VRN: valor de referência do nutriente
Ingredientes: água, lactato de magnésio, frutose, aroma natural de laranja; conservante: sorbato de potássio.
Modo de utilização: tomar 1 ampola por dia, pura ou diluída em água. Não exceder a toma diária recomendada.""",
 el=187.5, forms=["lactate"], dv=50, sc=20)

# ------------------------------------------------------------------ sv
add("sv20_octean_fran_havsvatten_som_magnesiumhydroxid_350", "sv", "eu",
 "Modelled on an Octean marine magnesium capsule (Sweden; the product and panel set here, may not match a current SKU): a comma inside the source, 'N\u00e4ringsinneh\u00e5ll per dagsdos (2 kapslar) | | %RI*', 'Magnesium (fr\u00e5n havsvatten, som magnesiumhydroxid) | 350 mg | 93 %' (350/375 = 93.3). Form hydroxide. 60 kapslar / 2 = 30.",
"""Octean
Marint Magnesium
Kosttillskott | 60 kapslar
Näringsinnehåll per dagsdos (2 kapslar) | | %RI*
Magnesium (från havsvatten, som magnesiumhydroxid) | 350 mg | 93 %
*RI = referensintag
Ingredienser: magnesiumhydroxid från havsvatten, kapselhölje (hydroxipropylmetylcellulosa).
Dosering: 2 kapslar dagligen i samband med måltid. Rekommenderad daglig dos bör inte överskridas.""",
 el=350, forms=["hydroxide"], dv=93, sc=30)

# ------------------------------------------------------------------ no
add("no20_sanasol_tyggetablett_magnesiumoksid_og_sitrat_250", "no", "eu",
 "Modelled on a Sana-sol magnesium chewable tablet (Norway; the product and panel set here, may not exist in this form): Norwegian 'N\u00e6ringsinnhold per tyggetablett | | % RI*', 'Magnesium (som magnesiumoksid og magnesiumsitrat) | 250 mg | 67 %' (250/375 = 66.7). Forms oxide, citrate. 100 tyggetabletter, 1 daglig: serving_count 100.",
"""Sana-sol
Magnesium Tyggetablett
Kosttilskudd | 100 tyggetabletter | Sitronsmak
Næringsinnhold per tyggetablett | | % RI*
Magnesium (som magnesiumoksid og magnesiumsitrat) | 250 mg | 67 %
*RI = referanseinntak
Ingredienser: søtstoff: sorbitol; magnesiumoksid, magnesiumsitrat, surhetsregulerende middel: sitronsyre; aroma.
Anbefalt dosering: 1 tyggetablett daglig. Anbefalt daglig inntak må ikke overskrides.""",
 el=250, forms=["oxide", "citrate"], dv=67, sc=100)

# ------------------------------------------------------------------ da
add("da20_nomeca_danish_swedish_on_one_line_citrat_200", "da", "eu",
 "Modelled on a Nomeca magnesium tablet (Denmark; the product and panel set here, may not exist in this form): Danish and Swedish ON ONE LINE separated by ' / ', 'Indhold pr. tablet / Inneh\u00e5ll per tablett | | % NRV*', 'Magnesium (som magnesiumcitrat) / Magnesium (som magnesiumcitrat) | 200 mg | 53 %' (200/375 = 53.3). 90 tabletter, 1 dagligt: serving_count 90.",
"""Nomeca
Magnesium 200 mg
Kosttilskud / Kosttillskott | 90 tabletter
Indhold pr. tablet / Innehåll per tablett | | % NRV*
Magnesium (som magnesiumcitrat) / Magnesium (som magnesiumcitrat) | 200 mg | 53 %
*NRV = næringsstofreferenceværdi / referensintag
Ingredienser: magnesiumcitrat, fyldstof / fyllnadsmedel: mikrokrystallinsk cellulose; antiklumpningsmiddel: siliciumdioxid.
Dosering: 1 tablet dagligt / 1 tablett dagligen. Den anbefalede daglige dosis bør ikke overskrides.""",
 el=200, forms=["citrate"], dv=53, sc=90)

# ------------------------------------------------------------------ fi
add("fi20_yliopistonapteekki_oksidina_ja_sitraattina_250", "fi", "eu",
 "Modelled on a Yliopiston Apteekki (YA) magnesium tablet (Finland; the product and panel set here, may not match a current SKU): a hyphenated Finnish pair of forms, 'Ravintosis\u00e4lt\u00f6 / p\u00e4iv\u00e4annos (2 tablettia) | | %*', 'Magnesium (magnesiumoksidina ja -sitraattina) | 250 mg | 67 %' (250/375 = 66.7). Forms oxide, citrate. 100 tablettia / 2 = 50.",
"""Yliopiston Apteekki
YA Magnesium 250 mg
Ravintolisä | 100 tablettia
Ravintosisältö / päiväannos (2 tablettia) | | %*
Magnesium (magnesiumoksidina ja -sitraattina) | 250 mg | 67 %
*prosenttia saannin vertailuarvosta
Ainesosat: magnesiumoksidi, magnesiumsitraatti, täyteaine: mikrokiteinen selluloosa; paakkuuntumisenestoaine: piidioksidi.
Käyttö: 1 tabletti 2 kertaa päivässä aterian yhteydessä. Suositeltua päivittäistä annosta ei pidä ylittää.""",
 el=250, forms=["oxide", "citrate"], dv=67, sc=50)

# ------------------------------------------------------------------ cs
add("cs20_orling_obsah_v_denni_davce_citrat_a_oxid_240", "cs", "eu",
 "Modelled on an Orling magnesium tablet (Czech Republic; the product and panel set here, may not exist in this form): 'Obsah v denn\u00ed d\u00e1vce (2 tablety) | | % RHP*', 'Ho\u0159\u010d\u00edk (citr\u00e1t ho\u0159e\u010dnat\u00fd a oxid ho\u0159e\u010dnat\u00fd) | 240 mg | 64 %' (240/375 = 64). Forms citrate, oxide. 60 tablet / 2 = 30.",
"""Orling
Hořčík 240 mg
Doplněk stravy | 60 tablet
Obsah v denní dávce (2 tablety) | | % RHP*
Hořčík (citrát hořečnatý a oxid hořečnatý) | 240 mg | 64 %
*RHP = referenční hodnota příjmu
Složení: citrát hořečnatý, oxid hořečnatý, plnidlo: mikrokrystalická celulóza; protispékavá látka: oxid křemičitý.
Doporučené dávkování: 1 tableta 2× denně, zapít vodou. Nepřekračujte doporučenou denní dávku.""",
 el=240, forms=["citrate", "oxide"], dv=64, sc=30)

# ------------------------------------------------------------------ hu
add("hu20_bioextra_laktat_dihidrat_980_on_line_beneath_100", "hu", "eu",
 "Modelled on a Bioextra magnesium tablet (Hungary; the product and panel set here, may not exist in this form): the row names no source, 'Magn\u00e9zium | 100 mg | 27%' (100/375 = 26.7), and the compound weight and source stand on the LINE BENEATH, '(980 mg magn\u00e9zium-lakt\u00e1t-dihidr\u00e1t form\u00e1j\u00e1ban)' (980 x 0.102 = 100.0). 980 mg is the compound. 60 tabletta, napi 1: serving_count 60.",
"""Bioextra
Magnézium 100 mg
Étrend-kiegészítő | 60 tabletta
Hatóanyagok | 1 tablettában | NRV%*
Magnézium | 100 mg | 27%
(980 mg magnézium-laktát-dihidrát formájában)
*NRV: napi beviteli referenciaérték
Összetevők: magnézium-laktát-dihidrát, töltőanyag: mikrokristályos cellulóz; csomósodást gátló anyag: szilícium-dioxid.
Javasolt napi adag: naponta 1 tabletta étkezés közben. Az ajánlott napi adagot ne lépje túl!""",
 el=100, forms=["lactate"], dv=27, sc=60)

# ------------------------------------------------------------------ ro
add("ro20_solaris_continut_doza_zilnica_din_citrat_200", "ro", "eu",
 "Modelled on a Solaris (Solaris Plant) magnesium capsule (Romania; the product and panel set here, may not exist in this form): 'Con\u021binut | per doz\u0103 zilnic\u0103 (2 capsule) | %VNR*', 'Magneziu (din citrat de magneziu) | 200 mg | 53%' (200/375 = 53.3). Form citrate. 60 capsule / 2 = 30.",
"""Solaris
Magneziu Citrat
Supliment alimentar | 60 capsule
Conținut | per doză zilnică (2 capsule) | %VNR*
Magneziu (din citrat de magneziu) | 200 mg | 53%
*VNR – valori nutriționale de referință
Ingrediente: citrat de magneziu, capsulă vegetală (hidroxipropilmetilceluloză).
Mod de administrare: câte 1 capsulă de 2 ori pe zi, în timpul meselor. Nu depășiți doza zilnică recomandată.""",
 el=200, forms=["citrate"], dv=53, sc=30)

# ------------------------------------------------------------------ sk
add("sk20_dacom_zlozenie_sumiva_tableta_oxid_375", "sk", "eu",
 "Modelled on a Dacom Pharma magnesium effervescent tablet (Slovakia; the product and panel set here, may not exist in this form): Slovak 'Zlo\u017eenie | v 1 \u0161umivej tablete | % RHP*', 'Hor\u010d\u00edk (oxid hore\u010dnat\u00fd) | 375 mg | 100 %' (375/375 = 100) with a sodium row 'Sod\u00edk | 310 mg |' below. Form oxide; sodium hydrogen carbonate is not a magnesium form. 30 tabliet, 1 denne: serving_count 30.",
"""Dacom
Horčík 375 mg
Výživový doplnok | 30 šumivých tabliet | Pomaranč
Zloženie | v 1 šumivej tablete | % RHP*
Horčík (oxid horečnatý) | 375 mg | 100 %
Sodík | 310 mg |
*RHP = referenčná hodnota príjmu
Zloženie: kyselina citrónová, oxid horečnatý, hydrogenuhličitan sodný, aróma, sladidlo: sukralóza.
Dávkovanie: 1 šumivú tabletu denne rozpustiť v pohári vody. Neprekračujte odporúčanú dennú dávku.""",
 el=375, forms=["oxide"], dv=100, sc=30)

# ------------------------------------------------------------------ lt
add("lt20_acoruscalamus_sudetis_magnio_citratas_150", "lt", "eu",
 "Modelled on an Acorus Calamus magnesium capsule (Lithuania; the product and panel set here, may not exist in this form): Lithuanian 'Sud\u0117tis | 1 kapsul\u0117je | % RMV*', 'Magnis (magnio citratas) | 150 mg | 40 %' (150/375 = 40). Form citrate. 60 kapsuli\u0173, 1 per dien\u0105: serving_count 60.",
"""Acorus Calamus
Magnis 150 mg
Maisto papildas | 60 kapsulių
Sudėtis | 1 kapsulėje | % RMV*
Magnis (magnio citratas) | 150 mg | 40 %
*RMV – referencinė maistinė vertė
Sudedamosios dalys: magnio citratas, kapsulės apvalkalas (hidroksipropilmetilceliuliozė).
Vartojimas: 1 kapsulę per dieną valgio metu. Neviršyti rekomenduojamos paros dozės.""",
 el=150, forms=["citrate"], dv=40, sc=60)

# ------------------------------------------------------------------ negatives (EU)
add("ng20_de_huebner_zink_mangan_citrat_gluconat_magnesiumsalze", "de", "negative",
 "Modelled on a H\u00fcbner zinc + manganese capsule (Germany; the product and panel set here, may not exist in this form): a LOOK-ALIKE mineral, 'Mangan | 2 mg | 100 %', beside 'Zink | 10 mg | 100 %'; other minerals' salts 'Zinkcitrat, Mangangluconat'; magnesium only as the excipient 'Magnesiumsalze der Speisefetts\u00e4uren' -> no_magnesium. 60 Kapseln, 1 t\u00e4glich: serving_count 60.",
"""Hübner
Zink + Mangan
Nahrungsergänzungsmittel | 60 Kapseln
Nährwerte | pro Tagesdosis (1 Kapsel) | % NRV*
Zink | 10 mg | 100 %
Mangan | 2 mg | 100 %
*NRV = Nährstoffbezugswert
Zutaten: Füllstoff: mikrokristalline Cellulose; Zinkcitrat, Mangangluconat, Kapselhülle: Hydroxypropylmethylcellulose; Trennmittel: Magnesiumsalze der Speisefettsäuren.
Verzehrempfehlung: Täglich 1 Kapsel mit Flüssigkeit verzehren.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=60)

add("ng20_pl_medana_zelazo_diglicynian_stearynian_magnezu", "pl", "negative",
 "Modelled on a Medana iron tablet (Poland; the product and panel set here, may not exist in this form): ANOTHER MINERAL'S GLYCINATE, '\u017belazo (diglicynian \u017celaza) | 14 mg | 100%'; magnesium only as the excipient 'stearynian magnezu' -> no_magnesium. 30 tabletek, 1 dziennie: serving_count 30.",
"""Medana
Żelazo 14 mg
Suplement diety | 30 tabletek
Składnik | w 1 tabletce | %RWS*
Żelazo (diglicynian żelaza) | 14 mg | 100%
Witamina C | 40 mg | 50%
*RWS – referencyjna wartość spożycia
Składniki: substancja wypełniająca: celuloza mikrokrystaliczna; diglicynian żelaza, kwas L-askorbinowy; substancja przeciwzbrylająca: stearynian magnezu.
Sposób użycia: 1 tabletka dziennie po posiłku. Nie przekraczać zalecanej porcji do spożycia w ciągu dnia.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=30)
