# Label sources, part EU (blind set 18): the 16 EU labels (de, fr, it, pl, es, nl, cs, sk, hu, ro, pt, sv, da, fi, no, el, one
# each) and the Italian, Lithuanian and Latvian negatives. Imports add/L from labels_us.py (same format). DV base 375 (EU NRV)
# by default for non-English labels.
from labels_us import add, L

# ------------------------------------------------------------------ de
add("de18_zirkulin_pro_tablette_187_5_pro_tagesdosis_375", "de", "eu",
 "Modelled on a Zirkulin magnesium tablet (Germany; the product and panel set here, may not match a current SKU): two amount columns, the per-tablet figure with a DECIMAL COMMA first, 'N\u00e4hrwerte | pro Tablette | pro Tagesdosis (2 Tabletten) | NRV* pro Tagesdosis', 'Magnesium | 187,5 mg | 375 mg | 100 %' (375/375). The daily dose is the value (375 mg), per tablet in elemental_alt_mg (187.5). 60 Tabletten / 2 = 30.",
"""Zirkulin
Magnesium 375
Nahrungsergänzungsmittel | 60 Tabletten
Nährwerte | pro Tablette | pro Tagesdosis (2 Tabletten) | NRV* pro Tagesdosis
Magnesium | 187,5 mg | 375 mg | 100 %
*NRV = Nährstoffbezugswert
Zutaten: Magnesiumoxid, Magnesiumcitrat, Füllstoff mikrokristalline Cellulose, Trennmittel Magnesiumsalze der Speisefettsäuren.
Verzehrempfehlung: Täglich 2 Tabletten, je 1 morgens und abends, mit Flüssigkeit verzehren. Die angegebene empfohlene tägliche Verzehrmenge darf nicht überschritten werden.""",
 el=375, forms=["oxide", "citrate"], dv=100, sc=30, elemental_alt_mg=187.5)

# ------------------------------------------------------------------ fr
add("fr18_synactifs_2_gelules_apportent_1200_bisglycinate_soit_168", "fr", "eu",
 "Modelled on a Synactifs magnesium capsule (France; the product and wording set here, may not match a current SKU): NO TABLE, the compound weight first and the element after 'soit', '2 g\u00e9lules apportent : 1 200 mg de bisglycinate de magn\u00e9sium, soit 168 mg de magn\u00e9sium \u00e9l\u00e9ment (45 % VNR*)' (1,200 x 0.14 = 168; 168/375 = 44.8). 1 200 mg (space as thousands separator) is the compound. 60 g\u00e9lules / 2 = 30.",
"""Synactifs
MagnéSynactifs Bisglycinate
Complément alimentaire | 60 gélules
2 gélules apportent : 1 200 mg de bisglycinate de magnésium, soit 168 mg de magnésium élément (45 % VNR*), et 1,4 mg de vitamine B6 (100 % VNR*).
*VNR : valeurs nutritionnelles de référence
Ingrédients : bisglycinate de magnésium, gélule végétale (hydroxypropylméthylcellulose), chlorhydrate de pyridoxine.
Conseils d'utilisation : 2 gélules par jour, le soir, avec un grand verre d'eau. Ne pas dépasser la dose journalière recommandée.""",
 el=168, forms=["glycinate"], dv=45, sc=30)

# ------------------------------------------------------------------ it
add("it18_zuccari_polvere_grams_per_100g_10g_per_dose_0_3g", "it", "eu",
 "Modelled on a Zuccari magnesium powder (Italy; the product and panel set here, may not match a current SKU): amounts in GRAMS with decimal commas, a per-100 g column beside the daily dose, 'Tenori medi | per 100 g | per dose giornaliera (3 g) | %VNR*', 'Magnesio | 10 g | 0,3 g | 80%' (10 g/100 g x 3 g = 0.3 g = 300 mg; 300/375 = 80). The per-100 g figure is a trap (PER100). 150 g / 3 g = 50.",
"""Zuccari
Magnesio Puro Polvere
Integratore alimentare | 150 g
Tenori medi | per 100 g | per dose giornaliera (3 g) | %VNR*
Magnesio | 10 g | 0,3 g | 80%
*VNR: valori nutritivi di riferimento
Ingredienti: magnesio citrato, correttore di acidità: acido citrico; aroma naturale di limone.
Modalità d'uso: sciogliere 1 misurino raso (3 g) al giorno in un bicchiere d'acqua. Non superare la dose giornaliera consigliata.""",
 el=300, forms=["citrate"], dv=80, sc=50)

# ------------------------------------------------------------------ pl
add("pl18_colfarm_w_2_tabletkach_100mg_rws_26_7", "pl", "eu",
 "Modelled on a Colfarm magnez + B6 tablet (Poland; the product and panel set here, may not match a current SKU): a %RWS with ONE DECIMAL and a decimal comma, 'Sk\u0142adnik | w 2 tabletkach | %RWS*', 'Magnez | 100 mg | 26,7%' (100/375 = 26.67; DV_DECIMAL, the set-16 convention). Lactate and citrate in the ingredients. 50 tabletek / 2 = 25.",
"""Colfarm
Magnez + B6
Suplement diety | 50 tabletek
Składnik | w 2 tabletkach | %RWS*
Magnez | 100 mg | 26,7%
Witamina B6 | 1,4 mg | 100%
*RWS – referencyjna wartość spożycia
Składniki: mleczan magnezu, cytrynian magnezu, substancja wypełniająca: celuloza mikrokrystaliczna; chlorowodorek pirydoksyny; substancja przeciwzbrylająca: sole magnezowe kwasów tłuszczowych.
Sposób użycia: 1 tabletka 2 razy dziennie, po posiłku. Nie przekraczać zalecanej porcji do spożycia w ciągu dnia.""",
 el=100, forms=["lactate", "citrate"], dv=26.7, sc=25)

# ------------------------------------------------------------------ es
add("es18_deliplus_contenido_por_comprimido_dot_leaders_375mg", "es", "eu",
 "Modelled on a Deliplus (Mercadona) magnesium tablet (Spain; the product and wording set here, may not match a current SKU): NO TABLE, DOT LEADERS and glued units, 'Contenido por comprimido:' / 'Magnesio (carbonato de magnesio) ........ 375mg (100% VRN*)' (375/375). One tablet a day from 30: serving_count 30.",
"""Deliplus
Magnesio 375 mg
Complemento alimenticio | 30 comprimidos
Contenido por comprimido:
Magnesio (carbonato de magnesio) ............ 375mg (100% VRN*)
Vitamina B6 ............................................ 1,4mg (100% VRN*)
*VRN: valores de referencia de nutrientes
Ingredientes: carbonato de magnesio, agente de carga: celulosa microcristalina; clorhidrato de piridoxina.
Modo de empleo: tomar 1 comprimido al día con agua. No superar la dosis diaria expresamente recomendada.""",
 el=375, forms=["carbonate"], dv=100, sc=30)

# ------------------------------------------------------------------ nl
add("nl18_davitamon_per_dagdosis_2_tabletten_400_107pct", "nl", "eu",
 "Modelled on a Davitamon magnesium tablet (Netherlands; the product and panel set here, may not match a current SKU): a daily dose ABOVE the NRV, 'Per dagdosis (2 tabletten) | | % RI*', 'Magnesium | 400 mg | 107 %' (400/375 = 106.7). 60 tabletten / 2 = 30.",
"""Davitamon
Magnesium 400 + B6
Voedingssupplement | 60 tabletten
Per dagdosis (2 tabletten) | | % RI*
Magnesium | 400 mg | 107 %
Vitamine B6 | 1,4 mg | 100 %
*RI = Referentie-inname
Ingrediënten: magnesiumcitraat, vulstof: microkristallijne cellulose; pyridoxinehydrochloride.
Gebruik: 2 tabletten per dag, bij voorkeur verdeeld over de dag. De aanbevolen dagdosis niet overschrijden.""",
 el=400, forms=["citrate"], dv=107, sc=30)

# ------------------------------------------------------------------ cs
add("cs18_galmed_obsah_v_1_tablete_z_toho_two_parts_250", "cs", "eu",
 "Modelled on a Galmed ho\u0159\u010d\u00edk tablet (Czech Republic; the product and panel set here, may not match a current SKU): a total row and two 'z toho' PART rows, 'Obsah v 1 tablet\u011b | | % RHP*', 'Ho\u0159\u010d\u00edk | 250 mg | 67 %', 'z toho z citr\u00e1tu ho\u0159e\u010dnat\u00e9ho | 150 mg |', 'z toho z oxidu ho\u0159e\u010dnat\u00e9ho | 100 mg |' (250/375 = 66.7; the parts are of the total, not additions). 1 tableta denn\u011b from 30: serving_count 30.",
"""Galmed
Hořčík 250 mg
Doplněk stravy | 30 tablet
Obsah v 1 tabletě | | % RHP*
Hořčík | 250 mg | 67 %
z toho z citrátu hořečnatého | 150 mg |
z toho z oxidu hořečnatého | 100 mg |
*RHP = referenční hodnota příjmu
Složení: citrát hořečnatý, oxid hořečnatý, plnidlo: mikrokrystalická celulóza; protispékavá látka: hořečnaté soli mastných kyselin.
Doporučené dávkování: 1 tableta denně, zapít dostatečným množstvím vody. Nepřekračujte doporučenou denní dávku.""",
 el=250, forms=["citrate", "oxide"], dv=67, sc=30)

# ------------------------------------------------------------------ sk
add("sk18_maxivita_vyzivove_udaje_v_1_tablete_horcik_300", "sk", "eu",
 "Modelled on a Maxi Vita hor\u010d\u00edk tablet (Slovakia; the product and panel set here, may not match a current SKU): Slovak wording, 'V\u00fd\u017eivov\u00e9 \u00fadaje | v 1 tablete | % RHP*', 'Hor\u010d\u00edk (citr\u00e1t hore\u010dnat\u00fd) | 300 mg | 80 %' (300/375 = 80). 1 tableta denne from 30: serving_count 30.",
"""Maxi Vita
Horčík 300 mg
Výživový doplnok | 30 tabliet
Výživové údaje | v 1 tablete | % RHP*
Horčík (citrát horečnatý) | 300 mg | 80 %
*RHP = referenčná hodnota príjmu
Zloženie: citrát horečnatý, plnivo: mikrokryštalická celulóza; protihrudkujúca látka: oxid kremičitý.
Odporúčané dávkovanie: 1 tableta denne, zapiť vodou. Neprekračujte odporúčanú dennú dávku.""",
 el=300, forms=["citrate"], dv=80, sc=30)

# ------------------------------------------------------------------ hu
add("hu18_interherb_hatoanyagok_2_tablettaban_200mg_glued", "hu", "eu",
 "Modelled on an Interherb magn\u00e9zium tablet (Hungary; the product and panel set here, may not match a current SKU): 'Hat\u00f3anyagok 2 tablett\u00e1ban | | NRV%*' with glued units, 'Magn\u00e9zium (magn\u00e9zium-lakt\u00e1t) | 200mg | 53%' (200/375 = 53.3). 60 tabletta / 2 = 30.",
"""Interherb
Magnézium + B6 Laktát
Étrend-kiegészítő | 60 db tabletta
Hatóanyagok 2 tablettában | | NRV%*
Magnézium (magnézium-laktát) | 200mg | 53%
B6-vitamin | 1,4mg | 100%
*NRV: napi beviteli referenciaérték
Összetevők: magnézium-laktát, töltőanyag: mikrokristályos cellulóz; piridoxin-hidroklorid.
Javasolt napi adag: naponta 2 tabletta, bő folyadékkal. Az ajánlott napi adagot ne lépje túl!""",
 el=200, forms=["lactate"], dv=53, sc=30)

# ------------------------------------------------------------------ ro
add("ro18_cosmopharm_per_doza_zilnica_2_comprimate_citrat_300", "ro", "eu",
 "Modelled on a Cosmo Pharm magneziu tablet (Romania; the product and panel set here, may not match a current SKU): 'Con\u021binut | per doz\u0103 zilnic\u0103 (2 comprimate) | %VNR*', 'Magneziu (citrat de magneziu) | 300 mg | 80%' (300/375 = 80). 60 comprimate / 2 = 30.",
"""Cosmo Pharm
Magneziu Citrat 300
Supliment alimentar | 60 comprimate
Conținut | per doză zilnică (2 comprimate) | %VNR*
Magneziu (citrat de magneziu) | 300 mg | 80%
Vitamina B6 | 1,4 mg | 100%
*VNR – valori nutriționale de referință
Ingrediente: citrat de magneziu, agent de încărcare: celuloză microcristalină; clorhidrat de piridoxină.
Mod de administrare: câte 1 comprimat de 2 ori pe zi, după mese. Nu depășiți doza zilnică recomandată.""",
 el=300, forms=["citrate"], dv=80, sc=30)

# ------------------------------------------------------------------ pt
add("pt18_prisfar_citrato_1_875_mg_equivalente_a_300", "pt", "eu",
 "Modelled on a Prisfar magn\u00e9sio tablet (Portugal; the product and wording set here, may not match a current SKU): NO TABLE, the COMPOUND weight with a space as thousands separator and the ELEMENT IN PARENTHESES, '2 comprimidos cont\u00eam:' / 'Citrato de magn\u00e9sio 1 875 mg (equivalente a 300 mg de magn\u00e9sio \u2013 80% VRN*)' (1,875 x 0.16 = 300; 300/375 = 80). 60 comprimidos / 2 = 30.",
"""Prisfar
Magnésio Citrato 300
Suplemento alimentar | 60 comprimidos
2 comprimidos contêm:
Citrato de magnésio 1 875 mg (equivalente a 300 mg de magnésio – 80% VRN*)
Vitamina B6 1,4 mg (100% VRN*)
*VRN: valores de referência do nutriente
Ingredientes: citrato de magnésio, agente de volume: celulose microcristalina; cloridrato de piridoxina.
Modo de utilização: tomar 2 comprimidos por dia, às refeições. Não exceder a toma diária recomendada.""",
 el=300, forms=["citrate"], dv=80, sc=30)

# ------------------------------------------------------------------ sv
add("sv18_kronans_innehall_per_tablett_250_oxid_citrat", "sv", "eu",
 "Modelled on a Kronans Apotek magnesium tablet (Sweden; the product and panel set here, may not match a current SKU): 'Inneh\u00e5ll per tablett | | % RI*', 'Magnesium | 250 mg | 67 %' (250/375 = 66.7); oxide and citrate in the ingredients. 1 tablett dagligen from 60: serving_count 60.",
"""Kronans Apotek
Magnesium 250 mg
Kosttillskott | 60 tabletter
Innehåll per tablett | | % RI*
Magnesium | 250 mg | 67 %
*RI = referensintag
Ingredienser: magnesiumoxid, magnesiumcitrat, fyllnadsmedel: mikrokristallin cellulosa; klumpförebyggande medel: magnesiumsalter av fettsyror.
Dosering: 1 tablett dagligen med vatten. Rekommenderat dagligt intag bör inte överskridas.""",
 el=250, forms=["oxide", "citrate"], dv=67, sc=60)

# ------------------------------------------------------------------ da
add("da18_newnordic_indhold_pr_brusetablet_375_carbonat", "da", "eu",
 "Modelled on a New Nordic magnesium effervescent tablet (Denmark; the product and panel set here, may not match a current SKU): 'Indhold pr. brusetablet | | % RI*', 'Magnesium | 375 mg | 100 %' (375/375) above a 'Natrium 260 mg' row; magnesium carbonate in the ingredients (the citric acid is an acidifier). 1 brusetablet dagligt from 20: serving_count 20.",
"""New Nordic
Magnesium 375 Brus
Kosttilskud | 20 brusetabletter | Citron
Indhold pr. brusetablet | | % RI*
Magnesium | 375 mg | 100 %
Natrium | 260 mg |
*RI = Referenceindtag
Ingredienser: magnesiumcarbonat, syre: citronsyre; surhedsregulerende middel: natriumhydrogencarbonat; aroma, sødemiddel: sucralose.
Dosering: 1 brusetablet dagligt opløst i et glas vand (200 ml). Den anbefalede daglige dosis må ikke overskrides.""",
 el=375, forms=["carbonate"], dv=100, sc=20)

# ------------------------------------------------------------------ fi
add("fi18_tritolonen_paivaannos_2_tablettia_sitraattina_ja_oksidina_300", "fi", "eu",
 "Modelled on a Tri Tolonen magnesium tablet (Finland; the product and wording set here, may not match a current SKU): NO TABLE, 'P\u00e4iv\u00e4annos (2 tablettia) sis\u00e4lt\u00e4\u00e4:' / 'Magnesium 300 mg (80 %*) magnesiumsitraattina ja -oksidina' (300/375 = 80), the second salt as a hyphenated suffix ('-oksidina'). 60 tablettia / 2 = 30.",
"""Tri Tolonen
Magnesium 300 + B6
Ravintolisä | 60 tablettia
Päiväannos (2 tablettia) sisältää:
Magnesium 300 mg (80 %*) magnesiumsitraattina ja -oksidina
B6-vitamiini 1,4 mg (100 %*)
*% päivittäisen saannin vertailuarvosta
Ainesosat: magnesiumsitraatti, magnesiumoksidi, täyteaine: mikrokiteinen selluloosa; pyridoksiinihydrokloridi.
Käyttö: 2 tablettia päivässä, aamulla ja illalla. Suositeltua päiväannosta ei pidä ylittää.""",
 el=300, forms=["citrate", "oxide"], dv=80, sc=30)

# ------------------------------------------------------------------ no
add("no18_nycoplus_naeringsinnhold_per_tablett_200_oksid_sitrat", "no", "eu",
 "Modelled on a Nycoplus magnesium tablet (Norway; the product and panel set here, may not match a current SKU): Norwegian wording, 'N\u00e6ringsinnhold | per tablett | % RI*', 'Magnesium | 200 mg | 53 %' (200/375 = 53.3); 'magnesiumoksid, magnesiumsitrat' in the ingredients. 1 tablett daglig from 60: serving_count 60.",
"""Nycoplus
Magnesium 200 mg
Kosttilskudd | 60 tabletter
Næringsinnhold | per tablett | % RI*
Magnesium | 200 mg | 53 %
*RI = referanseinntak
Ingredienser: magnesiumoksid, magnesiumsitrat, fyllstoff: mikrokrystallinsk cellulose; antiklumpemiddel: magnesiumsalter av fettsyrer.
Dosering: 1 tablett daglig, svelges hel med vann. Anbefalt daglig inntak må ikke overskrides. Kosttilskudd er ikke en erstatning for et variert kosthold.""",
 el=200, forms=["oxide", "citrate"], dv=53, sc=60)

# ------------------------------------------------------------------ el
add("el18_powerhealth_ana_diskio_375_kitriko_magnisio", "el", "eu",
 "Modelled on a Power Health magnesium tablet (Greece; the product and panel set here, may not match a current SKU): GREEK script, '\u0394\u03b9\u03b1\u03c4\u03c1\u03bf\u03c6\u03b9\u03ba\u03ae \u03b4\u03ae\u03bb\u03c9\u03c3\u03b7 | \u0391\u03bd\u03ac \u03b4\u03b9\u03c3\u03ba\u03af\u03bf | % \u03a0\u03a0\u0391*', '\u039c\u03b1\u03b3\u03bd\u03ae\u03c3\u03b9\u03bf (\u03ba\u03b9\u03c4\u03c1\u03b9\u03ba\u03cc \u03bc\u03b1\u03b3\u03bd\u03ae\u03c3\u03b9\u03bf) | 375 mg | 100 %' (375/375). 1 \u03b4\u03b9\u03c3\u03ba\u03af\u03bf \u03b7\u03bc\u03b5\u03c1\u03b7\u03c3\u03af\u03c9\u03c2 from 30: serving_count 30.",
"""Power Health
Magnesium 375
Συμπλήρωμα διατροφής | 30 δισκία
Διατροφική δήλωση | Ανά δισκίο | % ΠΠΑ*
Μαγνήσιο (κιτρικό μαγνήσιο) | 375 mg | 100 %
*ΠΠΑ: Προσλαμβανόμενες Ποσότητες Αναφοράς
Συστατικά: κιτρικό μαγνήσιο, διογκωτικός παράγοντας: μικροκρυσταλλική κυτταρίνη· αντισυσσωματικός παράγοντας: διοξείδιο του πυριτίου.
Δοσολογία: 1 δισκίο ημερησίως με νερό. Να μην γίνεται υπέρβαση της συνιστώμενης ημερήσιας δόσης.""",
 el=375, forms=["citrate"], dv=100, sc=30)

# ------------------------------------------------------------------ negatives (it, lt, lv)
add("ng18_it_dicofarm_fermenti_lattici_silicato_di_magnesio", "it", "negative",
 "Modelled on a Dicofarm probiotic capsule (Italy; the product and panel set here, may not match a current SKU): lactic ferments only; magnesium appears only as the anti-caking agent 'silicato di magnesio' -> no_magnesium. 30 capsule, 1 al giorno: serving_count 30.",
"""Dicofarm
Fermenti Lattici Vivi
Integratore alimentare | 30 capsule
Tenori medi | per 1 capsula
Lactobacillus rhamnosus GG | 6 miliardi UFC
Vitamina D3 | 5 µg (100% VNR*)
*VNR: valori nutritivi di riferimento
Ingredienti: maltodestrine, Lactobacillus rhamnosus GG, capsula: idrossipropilmetilcellulosa; antiagglomerante: silicato di magnesio; colecalciferolo.
Modalità d'uso: 1 capsula al giorno, preferibilmente lontano dai pasti.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=30)

add("ng18_lt_aconitum_vitaminas_d3_magnio_stearatas", "lt", "negative",
 "Modelled on an Aconitum vitamin D3 capsule (Lithuania; the product and panel set here, may not match a current SKU): vitamin D only; magnesium appears only as 'magnio stearatas' -> no_magnesium. 60 kapsuli\u0173, 1 per dien\u0105: serving_count 60.",
"""Aconitum
Vitaminas D3 2000 TV
Maisto papildas | 60 kapsulių
Sudėtis | 1 kapsulėje | RMV %*
Vitaminas D3 | 50 µg (2000 TV) | 1000 %
*RMV – referencinė maistinė vertė
Sudedamosios dalys: alyvuogių aliejus, kapsulės apvalkalas (želatina, drėkiklis glicerolis), cholekalciferolis, magnio stearatas.
Vartojimas: suaugusiems 1 kapsulė per dieną valgio metu. Neviršyti rekomenduojamos paros dozės.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=60)

add("ng18_lv_grindeks_c_vitamins_magnija_stearats", "lv", "negative",
 "Modelled on a Grindeks vitamin C tablet (Latvia; the product and panel set here, may not match a current SKU): vitamin C only; magnesium appears only as 'magnija stear\u0101ts' -> no_magnesium. 30 tabletes, 1 dien\u0101: serving_count 30.",
"""Grindeks
C vitamīns 500 mg
Uztura bagātinātājs | 30 tabletes
Uzturvērtība | 1 tabletē | %RV*
C vitamīns | 500 mg | 625 %
*RV – references vērtība
Sastāvdaļas: L-askorbīnskābe, pildviela: mikrokristāliskā celuloze; pretsalipes viela: magnija stearāts.
Lietošana: pieaugušajiem 1 tablete dienā ēdienreizes laikā. Nepārsniegt ieteicamo dienas devu.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=30)
