# Label sources, part W (blind set 12): the 20 EU labels (2 each de, fr, it; 1 each es, pl, nl, cs, sv, hu, lt, sl, pt, da, et,
# lv, bg, fi), a Hungarian topical and the Spanish and Swedish negatives (both medicines). Imports add/L from labels_v.py
# (same format). DV base 375 (EU NRV) by default for non-English labels.
from labels_v import add, L

# ------------------------------------------------------------------ de
add("de12_vegavero_bisglycinat_nrv_bare_number_column", "de", "eu",
 "Modelled on Vegavero Magnesium Bisglycinat capsules (Germany; as remembered, amounts approximate): 'N\u00e4hrwerte | pro Tagesdosis (3 Kapseln) | NRV %*' where the NRV cell carries a BARE number, '80' (the % sign only in the header; DV_BARE). Magnesium (aus Magnesiumbisglycinat) 300 mg; 300/375 = 80. 180 Kapseln / 3 = 60.",
"""VEGAVERO\u00ae
Magnesium Bisglycinat
Hochdosiert | Nahrungserg\u00e4nzungsmittel | 180 Kapseln
N\u00e4hrwerte | pro Tagesdosis (3 Kapseln) | NRV %*
Magnesium (aus Magnesiumbisglycinat) | 300 mg | 80
*NRV = N\u00e4hrstoffbezugswert nach Verordnung (EU) Nr. 1169/2011
Zutaten: Magnesiumbisglycinat, Kapselh\u00fclle: Hydroxypropylmethylcellulose.
Verzehrempfehlung: T\u00e4glich 3 Kapseln mit ausreichend Fl\u00fcssigkeit verzehren, z. B. 1 Kapsel morgens und 2 Kapseln abends. Die angegebene empfohlene t\u00e4gliche Verzehrmenge darf nicht \u00fcberschritten werden.""",
 el=300, forms=["glycinate"], dv=80, sc=60)

add("de12_heumann_tagesdosis_satz_carbonat_oxid", "de", "eu",
 "Modelled on a Heumann Magnesium 300 tablet pack (as remembered; product details may not match a current SKU): no table, one sentence 'Die Tagesdosis (2 Tabletten) enth\u00e4lt: 300 mg Magnesium (80 % des N\u00e4hrstoffbezugswertes*) aus Magnesiumcarbonat und Magnesiumoxid.' 300/375 = 80. 60 Tabletten / 2 = 30.",
"""Heumann
Magnesium 300
Nahrungserg\u00e4nzungsmittel | 60 Tabletten
Die Tagesdosis (2 Tabletten) enth\u00e4lt: 300 mg Magnesium (80 % des N\u00e4hrstoffbezugswertes*) aus Magnesiumcarbonat und Magnesiumoxid.
*N\u00e4hrstoffbezugswert (NRV) gem\u00e4\u00df Verordnung (EU) Nr. 1169/2011
Zutaten: Magnesiumcarbonat, Magnesiumoxid, F\u00fcllstoff: mikrokristalline Cellulose; Trennmittel: Magnesiumsalze der Speisefetts\u00e4uren; \u00dcberzugsmittel: Hydroxypropylmethylcellulose.
Verzehrempfehlung: 2 Tabletten t\u00e4glich, morgens und abends je 1 Tablette, unzerkaut mit Fl\u00fcssigkeit.""",
 el=300, forms=["carbonate", "oxide"], dv=80, sc=30)

# ------------------------------------------------------------------ fr
add("fr12_vitanza_bilingue_fr_nl_par_comprime_ar", "fr", "eu",
 "Modelled on Vitanza HQ Magnesium tablets (Belgium; as remembered, amounts approximate): a French/Dutch BILINGUAL Belgian panel 'Valeurs nutritionnelles / Voedingswaarde | par comprim\u00e9 / per tablet | AR* / RI*' with 'Magn\u00e9sium / Magnesium 150 mg 40 %' (150/375); 1 \u00e0 2 comprim\u00e9s par jour -> per tablet, serving_count = 60 tablets (as set 11 for per-unit panels with a range).",
"""VITANZA HQ
Magnesium 150 | Citrate + Oxyde / Citraat + Oxide
Compl\u00e9ment alimentaire / Voedingssupplement | 60 comprim\u00e9s / tabletten
Valeurs nutritionnelles / Voedingswaarde | par comprim\u00e9 / per tablet | AR* / RI*
Magn\u00e9sium / Magnesium | 150 mg | 40 %
*AR : apport de r\u00e9f\u00e9rence / RI : referentie-inname
Ingr\u00e9dients : citrate de magn\u00e9sium, oxyde de magn\u00e9sium, cellulose microcristalline, st\u00e9arate de magn\u00e9sium. / Ingredi\u00ebnten: magnesiumcitraat, magnesiumoxide, microkristallijne cellulose, magnesiumstearaat.
Mode d'emploi : 1 \u00e0 2 comprim\u00e9s par jour avec un verre d'eau. / Gebruik: 1 \u00e0 2 tabletten per dag met een glas water.""",
 el=150, forms=["citrate", "oxide"], dv=40, sc=60)

add("fr12_les3chenes_inline_pour2_point_virgule_marin", "fr", "eu",
 "Modelled on Les 3 Ch\u00eanes Magn\u00e9sium Marin + B6 tablets (France; as remembered, amounts approximate): no table, an inline line 'Pour 2 comprim\u00e9s : magn\u00e9sium 300 mg (80 % VNR*) ; vitamine B6 1,4 mg (100 % VNR*).' The source is 'oxyde de magn\u00e9sium marin' -> oxide. 40 comprim\u00e9s / 2 = 20.",
"""LES 3 CH\u00caNES
Magn\u00e9sium Marin + B6
Compl\u00e9ment alimentaire | 40 comprim\u00e9s
Pour 2 comprim\u00e9s : magn\u00e9sium 300 mg (80 % VNR*) ; vitamine B6 1,4 mg (100 % VNR*).
*VNR : Valeurs Nutritionnelles de R\u00e9f\u00e9rence
Ingr\u00e9dients : oxyde de magn\u00e9sium marin, agent de charge : cellulose microcristalline ; antiagglom\u00e9rants : st\u00e9arate de magn\u00e9sium, dioxyde de silicium ; chlorhydrate de pyridoxine.
Conseils d'utilisation : 2 comprim\u00e9s par jour, 1 le matin et 1 le soir, avec un grand verre d'eau. Ne pas d\u00e9passer la dose journali\u00e8re recommand\u00e9e.""",
 el=300, forms=["oxide"], dv=80, sc=20)

# ------------------------------------------------------------------ it
add("it12_montefarmaco_dose_massima_2cpr_directions_1o2", "it", "eu",
 "Modelled on a Montefarmaco magnesium tablet (Italy; as remembered, product details may not match a current SKU): the panel column is 'per dose massima giornaliera (2 compresse)': Magnesio 300 mg 80 %, while the directions say '1-2 compresse al giorno'. The printed daily column is the serving (300 mg); serving_count = 60 / 2 = 30. Magnesio carbonato and ossido.",
"""MONTEFARMACO
Magnesio 300
Integratore alimentare | 60 compresse
Tenori medi | per dose massima giornaliera (2 compresse) | %VNR*
Magnesio | 300 mg | 80 %
*VNR: Valori Nutritivi di Riferimento
Ingredienti: magnesio carbonato, magnesio ossido, agente di carica: cellulosa microcristallina; antiagglomeranti: sali di magnesio degli acidi grassi, biossido di silicio.
Modalit\u00e0 d'uso: 1-2 compresse al giorno, da deglutire con un po' d'acqua. Non superare la dose giornaliera consigliata.""",
 el=300, forms=["carbonate", "oxide"], dv=80, sc=30)

add("it12_ethicsport_sali_per100g_perdose16g_in500ml", "it", "eu",
 "Modelled on Ethic Sport mineral-salt drink powder (Italy; as remembered, amounts approximate): 'Valori medi | per 100 g | per dose (16 g) | %VNR* per dose' with energy, carbohydrate, sodium and potassium rows; 'Magnesio 375 mg | 60 mg | 16 %': the per-100 g figure (375) is a trap equal to the NRV, the 16 g dose gives 60 mg (60/375 = 16). '25 dosi' printed (400 g / 16 g).",
"""ETHIC SPORT
Sali Minerali Pro
Integratore alimentare di sali minerali | Gusto limone | 400 g | 25 dosi
Valori medi | per 100 g | per dose (16 g) | %VNR* per dose
Energia | 1500 kJ / 356 kcal | 240 kJ / 57 kcal |
Carboidrati | 87,5 g | 14 g |
Sodio | 1250 mg | 200 mg |
Potassio | 1250 mg | 200 mg | 10 %
Magnesio | 375 mg | 60 mg | 16 %
*VNR: Valori Nutritivi di Riferimento
Ingredienti: maltodestrina, destrosio, fruttosio, sodio citrato, potassio citrato, magnesio citrato, acidificante: acido citrico; aromi.
Modalit\u00e0 d'uso: sciogliere 1 dose (16 g, 2 misurini) in 500 ml d'acqua e assumere durante l'attivit\u00e0 fisica.""",
 el=60, forms=["citrate"], dv=16, sc=25)

# ------------------------------------------------------------------ es
add("es12_interapothek_cdr_por_comprimido_carbonato", "es", "eu",
 "Modelled on Interapothek Magnesio + Vitamina B6 tablets (Spanish pharmacy brand; as remembered, amounts approximate) with the older Spanish term '% CDR*' (Cantidad Diaria Recomendada) instead of VRN: 'Magnesio (de carbonato de magnesio) 200 mg 53 %' per comprimido (200/375 = 53.3); 1 tablet a day -> 60 comprimidos -> 60.",
"""Interapothek
Magnesio + Vitamina B6
Complemento alimenticio | 60 comprimidos
Informaci\u00f3n nutricional | Por comprimido | % CDR*
Magnesio (de carbonato de magnesio) | 200 mg | 53 %
Vitamina B6 | 1,4 mg | 100 %
*CDR: Cantidad Diaria Recomendada
Ingredientes: carbonato de magnesio, agente de carga: celulosa microcristalina; antiaglomerantes: sales de magnesio de \u00e1cidos grasos, di\u00f3xido de silicio; clorhidrato de piridoxina.
Modo de empleo: tomar 1 comprimido al d\u00eda con un vaso de agua, preferiblemente con una comida.""",
 el=200, forms=["carbonate"], dv=53, sc=60)

# ------------------------------------------------------------------ pl
add("pl12_xenico_saszetka_zdanie_potas800", "pl", "eu",
 "Modelled on a Xenico Pharma magnesium + potassium sachet (Poland; as remembered, amounts approximate): no table, a sentence 'Porcja dzienna (1 saszetka) zawiera: magnez 375 mg (100% RWS*), potas 800 mg (40% RWS*).' Cytrynian potasu is potassium's salt (a trap). 20 saszetek, 1 a day -> 20.",
"""XENICO PHARMA
Magnez + Potas
Suplement diety | 20 saszetek | smak cytrynowy
Porcja dzienna (1 saszetka) zawiera: magnez 375 mg (100% RWS*), potas 800 mg (40% RWS*).
*RWS \u2013 referencyjna warto\u015b\u0107 spo\u017cycia
Sk\u0142adniki: cytrynian potasu, cytrynian magnezu, regulator kwasowo\u015bci: kwas cytrynowy; aromat, substancja s\u0142odz\u0105ca: sukraloza.
Spos\u00f3b u\u017cycia: zawarto\u015b\u0107 1 saszetki rozpu\u015bci\u0107 w szklance wody (200 ml) i wypi\u0107. Spo\u017cywa\u0107 1 saszetk\u0119 dziennie.""",
 el=375, forms=["citrate"], dv=100, sc=20)

# ------------------------------------------------------------------ nl
add("nl12_zonnatura_two_ri_columns_per_capsule_per2", "nl", "eu",
 "Modelled on Zonnatura Magnesium capsules (Netherlands; as remembered, amounts approximate): FOUR value columns, each amount with its own %RI: 'per capsule | % RI* | per 2 capsules | % RI*' -> 'Magnesium 125 mg 33 % 250 mg 67 %'. The daily 2 capsules (2 maal daags 1) are the serving: 250 mg, 67 % (250/375 = 66.7); per capsule 125 mg in elemental_alt_mg. 60 capsules / 2 = 30.",
"""ZONNATURA
Magnesium 250
Voedingssupplement | 60 capsules
Voedingswaarde | per capsule | % RI* | per 2 capsules | % RI*
Magnesium | 125 mg | 33 % | 250 mg | 67 %
*RI = Referentie-inname
Ingredi\u00ebnten: magnesiumcitraat, magnesiumoxide, capsulewand: hydroxypropylmethylcellulose.
Gebruik: 2 maal daags 1 capsule, bij de maaltijd. Overschrijd de aanbevolen dagdosis niet.""",
 el=250, forms=["citrate", "oxide"], dv=67, sc=30, elemental_alt_mg=125)

# ------------------------------------------------------------------ cs
add("cs12_simplyyou_veta_denni_davka_3_tablety", "cs", "eu",
 "Modelled on Simply You Ho\u0159\u010d\u00edk bisglycin\u00e1t tablets (Czech Republic; as remembered, amounts approximate): no table, one sentence 'Obsah v doporu\u010den\u00e9 denn\u00ed d\u00e1vce (3 tablety): ho\u0159\u010d\u00edk 300 mg (80 % RHP*) ve form\u011b bisglycin\u00e1tu ho\u0159e\u010dnat\u00e9ho.' 90 tablet / 3 = 30.",
"""SIMPLY YOU
Ho\u0159\u010d\u00edk bisglycin\u00e1t
Dopln\u011bk stravy | 90 tablet
Obsah v doporu\u010den\u00e9 denn\u00ed d\u00e1vce (3 tablety): ho\u0159\u010d\u00edk 300 mg (80 % RHP*) ve form\u011b bisglycin\u00e1tu ho\u0159e\u010dnat\u00e9ho.
*RHP = referen\u010dn\u00ed hodnota p\u0159\u00edjmu
Slo\u017een\u00ed: bisglycin\u00e1t ho\u0159e\u010dnat\u00fd, plnidlo: mikrokrystalick\u00e1 celul\u00f3za; protisp\u00e9kav\u00e1 l\u00e1tka: ho\u0159e\u010dnat\u00e9 soli mastn\u00fdch kyselin.
D\u00e1vkov\u00e1n\u00ed: 1 tableta 3x denn\u011b po j\u00eddle. Nep\u0159ekra\u010dujte doporu\u010denou denn\u00ed d\u00e1vku.""",
 el=300, forms=["glycinate"], dv=80, sc=30)

# ------------------------------------------------------------------ sv
add("sv12_hjartat_nordisk_flersprakig_per_tablett", "sv", "eu",
 "Modelled on Apotek Hj\u00e4rtat Magnesium 250 mg tablets (Sweden; as remembered, product details may not match a current SKU) with a NORDIC MULTILINGUAL panel (Swedish / Danish / Finnish / Norwegian in one table): 'N\u00e4ringsinneh\u00e5ll / Indhold / Ravintosis\u00e4lt\u00f6 / Innhold | per tablett / pr. tablet / tablettia kohden / per tablett | % RI* / % VS*' -> Magnesium 250 mg 67 % (250/375). 1 tablet a day -> 100 tabletter -> 100.",
"""Apotek Hj\u00e4rtat
Magnesium 250 mg
Kosttillskott / Kosttilskud / Ravintolis\u00e4 / Kosttilskudd | 100 tabletter
N\u00e4ringsinneh\u00e5ll / Indhold / Ravintosis\u00e4lt\u00f6 / Innhold | per tablett / pr. tablet / tablettia kohden / per tablett | % RI* / % VS*
Magnesium | 250 mg | 67 %
*RI = referensintag / referenceindtag / referanseinntak; VS = vertailuarvo saannille
Ingredienser (SE): magnesiumoxid, magnesiumcitrat, fyllnadsmedel (mikrokristallin cellulosa), klumpf\u00f6rebyggande medel (magnesiumsalter av fettsyror).
Dosering: 1 tablett dagligen. / 1 tablet dagligt. / 1 tabletti p\u00e4iv\u00e4ss\u00e4. / 1 tablett daglig.""",
 el=250, forms=["oxide", "citrate"], dv=67, sc=100)

# ------------------------------------------------------------------ hu
add("hu12_bioco_hatoanyag_napi_adag_nrv_citrat", "hu", "eu",
 "Modelled on BioCo Magn\u00e9zium Citr\u00e1t tablets (Hungary; as remembered, amounts approximate): 'Hat\u00f3anyag-tartalom | napi adag (2 tabletta) | NRV%*' with 'Magn\u00e9zium 300 mg 80%' (300/375) and 'B6-vitamin 2 mg 143%' (2/1.4). 60 tabletta / 2 = 30.",
"""BioCo
Magn\u00e9zium Citr\u00e1t Forte + B6
\u00c9trend-kieg\u00e9sz\u00edt\u0151 tabletta | 60 db
Hat\u00f3anyag-tartalom | napi adag (2 tabletta) | NRV%*
Magn\u00e9zium | 300 mg | 80%
B6-vitamin | 2 mg | 143%
*NRV: feln\u0151ttek sz\u00e1m\u00e1ra aj\u00e1nlott napi beviteli referenciaérték
\u00d6sszetev\u0151k: magn\u00e9zium-citr\u00e1t, t\u00f6lt\u0151anyag: mikrokrist\u00e1lyos cellul\u00f3z; cs\u00f3moz\u00f3d\u00e1sg\u00e1tl\u00f3: zs\u00edrsavak magn\u00e9ziums\u00f3i; piridoxin-hidroklorid.
Javasolt napi adag: naponta 2 tabletta (reggel 1, este 1), b\u0151s\u00e9ges folyad\u00e9kkal. Az aj\u00e1nlott napi adagot ne l\u00e9pje t\u00fal!""",
 el=300, forms=["citrate"], dv=80, sc=30)

# ------------------------------------------------------------------ lt
add("lt12_valentis_sudetis_1_tableteje_rmv", "lt", "eu",
 "Modelled on Valentis Magnis 375 mg + B6 tablets (Lithuania; as remembered, amounts approximate): 'Sud\u0117tis | 1 tablet\u0117je | RMV %*' with 'Magnis 375 mg 100 %' and B6 1,4 mg 100 %; magnio oksidas and magnio citratas. 1 tablet a day -> 30 tableči\u0173 -> 30.",
"""VALENTIS
Magnis 375 mg + B6
Maisto papildas | 30 tableči\u0173
Sud\u0117tis | 1 tablet\u0117je | RMV %*
Magnis | 375 mg | 100 %
Vitaminas B6 | 1,4 mg | 100 %
*RMV \u2013 referencin\u0117 maistin\u0117 vert\u0117
Sudedamosios dalys: magnio oksidas, magnio citratas, u\u017epildas mikrokristalin\u0117 celiulioz\u0117; \u0161iurk\u0161tiklis: riebal\u0173 r\u016b\u0161\u010di\u0173 magnio druskos; piridoksino hidrochloridas.
Vartojimas: suaugusiesiems 1 tablet\u0117 per dien\u0105 valgio metu. Nevir\u0161yti rekomenduojamos paros dozės.""",
 el=375, forms=["oxide", "citrate"], dv=100, sc=30)

# ------------------------------------------------------------------ sl
add("sl12_medex_vrecka_na_dnevni_odmerek_pv", "sl", "eu",
 "Modelled on Medex Magnezij 375 + B6 sachets (Slovenia; as remembered, amounts approximate): 'Hranilne vrednosti | na dnevni odmerek (1 vre\u010dka) | % PV*' with 'Magnezij 375 mg 100 %'; magnezijev citrat and magnezijev karbonat. 20 vre\u010dk, 1 a day -> 20.",
"""MEDEX
Magnezij 375 + B6
Prehransko dopolnilo | 20 vre\u010dk po 4 g | okus limone
Hranilne vrednosti | na dnevni odmerek (1 vre\u010dka) | % PV*
Magnezij | 375 mg | 100 %
Vitamin B6 | 1,4 mg | 100 %
*PV \u2013 priporo\u010den vnos
Sestavine: magnezijev citrat, magnezijev karbonat, kislina: citronska kislina; sladilo: sukraloza; aroma limone; piridoksinijev klorid.
Na\u010din uporabe: vsebino 1 vre\u010dke dnevno raztopite v kozarcu vode (200 ml). Ne prekora\u010dite priporo\u010denega dnevnega odmerka.""",
 el=375, forms=["citrate", "carbonate"], dv=100, sc=20)

# ------------------------------------------------------------------ pt
add("pt12_wells_sob_a_forma_de_bisglicinato_2caps", "pt", "eu",
 "Modelled on Well's Magn\u00e9sio Bisglicinato capsules (Portuguese pharmacy/retail brand; as remembered, may not match a current SKU): 'Magn\u00e9sio (sob a forma de bisglicinato de magn\u00e9sio) 200 mg 53 %' per dose di\u00e1ria of 2 c\u00e1psulas (200/375 = 53.3). 60 c\u00e1psulas / 2 = 30.",
"""Well's
Magn\u00e9sio Bisglicinato
Suplemento alimentar | 60 c\u00e1psulas
Informa\u00e7\u00e3o nutricional | Por dose di\u00e1ria (2 c\u00e1psulas) | %VRN*
Magn\u00e9sio (sob a forma de bisglicinato de magn\u00e9sio) | 200 mg | 53 %
*VRN: Valores de Refer\u00eancia do Nutriente
Ingredientes: bisglicinato de magn\u00e9sio, c\u00e1psula vegetal (hidroxipropilmetilcelulose), antiaglomerante: di\u00f3xido de sil\u00edcio.
Modo de utiliza\u00e7\u00e3o: tomar 2 c\u00e1psulas por dia, com \u00e1gua, de prefer\u00eancia \u00e0s refei\u00e7\u00f5es.""",
 el=200, forms=["glycinate"], dv=53, sc=30)

# ------------------------------------------------------------------ da
add("da12_biosym_dagsdosis_mg_og_mmol_samme_celle", "da", "eu",
 "Modelled on Biosym Magnesium tablets (Denmark; as remembered, amounts approximate): 'Indhold pr. dagsdosis (2 tabletter) | | % RI*' with the amount and its molar equivalent in ONE cell, 'Magnesium 300 mg (12,3 mmol) 80 %' (300/24.3 = 12.3 mmol; 300/375 = 80). Magnesiumcitrat and magnesiumhydroxid. 120 tabletter / 2 = 60.",
"""BIOSYM
Magnesium Plus
Kosttilskud | 120 tabletter
Indhold pr. dagsdosis (2 tabletter) | | % RI*
Magnesium | 300 mg (12,3 mmol) | 80 %
*RI = Referenceindtag
Ingredienser: magnesiumcitrat, magnesiumhydroxid, fyldstof (mikrokrystallinsk cellulose), f\u00e6rdigv\u00e6rksmiddel (magnesiumsalte af fedtsyrer).
Dosering: 2 tabletter dagligt, gerne fordelt over dagen. Den anbefalede daglige dosis b\u00f8r ikke overskrides.""",
 el=300, forms=["citrate", "hydroxide"], dv=80, sc=60)

# ------------------------------------------------------------------ et
add("et12_iconfit_toitainete_sisaldus_3_kapslit_tvv", "et", "eu",
 "Modelled on Iconfit Magnesium Citrate + B6 capsules (Estonia; iconfit.ee consulted for the product, 'Magnesium citrate B6 mineral Iconfit 375mg 90 capsules'; the panel, the 3-capsule daily dose and the excipients are set here): 'Toitainete sisaldus | p\u00e4evane annus (3 kapslit) | % TVV*' with 'Magneesium 375 mg 100 %'. 90 kapslit / 3 = 30.",
"""ICONFIT
Magnesium Citrate + B6
Toidulisand | 90 kapslit
Toitainete sisaldus | p\u00e4evane annus (3 kapslit) | % TVV*
Magneesium | 375 mg | 100 %
Vitamiin B6 | 1,4 mg | 100 %
*TVV \u2013 toitumisalane v\u00f5rdlusv\u00e4\u00e4rtus
Koostisosad: magneesiumtsitraat, kapsli kest (h\u00fcdroks\u00fcpropu\u00fclmet\u00fc\u00fcltselluloos), p\u00fcridoksiinvesinikkloriid.
Soovitatav p\u00e4evane annus: 3 kapslit p\u00e4evas koos veega, soovitavalt s\u00f6\u00f6gi ajal. Mitte \u00fcletada soovitatavat p\u00e4evast annust.""",
 el=375, forms=["citrate"], dv=100, sc=30)

# ------------------------------------------------------------------ lv
add("lv12_olainfarm_uzturvertiba_1_un_2_tabletes_urv", "lv", "eu",
 "Modelled on an Olainfarm Magnijs + B6 tablet (Latvia; as remembered, product details may not match a current SKU): 'Uzturv\u0113rt\u012bba | 1 tablet\u0113 | 2 tablet\u0113s | % URV* (2 tablet\u0113s)' with 'Magnijs 100 mg | 200 mg | 53 %': the daily 2 tablets (1 tablete 2 reizes dien\u0101) are the serving, 200 mg (200/375 = 53.3); per tablet 100 mg in elemental_alt_mg. Magnija lakt\u0101ts and magnija oks\u012bds. 50 tabletes / 2 = 25.",
"""OLAINFARM
Magnijs + B6
Uztura bag\u0101tin\u0101t\u0101js | 50 tabletes
Uzturv\u0113rt\u012bba | 1 tablet\u0113 | 2 tablet\u0113s | % URV* (2 tablet\u0113s)
Magnijs | 100 mg | 200 mg | 53 %
Vitam\u012bns B6 | 1 mg | 2 mg | 143 %
*URV \u2013 uztura references v\u0113rt\u012bba
Sast\u0101vda\u013cas: magnija lakt\u0101ts, magnija oks\u012bds, pild\u012bt\u0101js: mikrokristalisk\u0101 celuloze; piridoks\u012bna hidrohlor\u012bds.
Lieto\u0161ana: pieaugu\u0161ajiem 1 tablete 2 reizes dien\u0101 \u0113\u0161anas laik\u0101. Nep\u0101rsniegt ieteicamo dienas devu.""",
 el=200, forms=["lactate", "oxide"], dv=53, sc=25, elemental_alt_mg=100)

# ------------------------------------------------------------------ bg
add("bg12_naturpharma_kirilica_v_1_tabletka_hrs", "bg", "eu",
 "Modelled on a Naturpharma \u041c\u0430\u0433\u043d\u0435\u0437\u0438\u0439 \u0426\u0438\u0442\u0440\u0430\u0442 tablet (Bulgaria; as remembered, product details may not match a current SKU): a CYRILLIC panel '\u0421\u044a\u0434\u044a\u0440\u0436\u0430\u043d\u0438\u0435 | \u0432 1 \u0442\u0430\u0431\u043b\u0435\u0442\u043a\u0430 | % \u0425\u0420\u0421*' with '\u041c\u0430\u0433\u043d\u0435\u0437\u0438\u0439 150 mg 40 %' (150/375); '\u043f\u043e 1 \u0442\u0430\u0431\u043b\u0435\u0442\u043a\u0430 1-2 \u043f\u044a\u0442\u0438 \u0434\u043d\u0435\u0432\u043d\u043e' -> per tablet, serving_count = 60 tablets (per-unit panel with a range).",
"""NATURPHARMA
\u041c\u0430\u0433\u043d\u0435\u0437\u0438\u0439 \u0426\u0438\u0442\u0440\u0430\u0442 150 mg
\u0425\u0440\u0430\u043d\u0438\u0442\u0435\u043b\u043d\u0430 \u0434\u043e\u0431\u0430\u0432\u043a\u0430 | 60 \u0442\u0430\u0431\u043b\u0435\u0442\u043a\u0438
\u0421\u044a\u0434\u044a\u0440\u0436\u0430\u043d\u0438\u0435 | \u0432 1 \u0442\u0430\u0431\u043b\u0435\u0442\u043a\u0430 | % \u0425\u0420\u0421*
\u041c\u0430\u0433\u043d\u0435\u0437\u0438\u0439 | 150 mg | 40 %
*\u0425\u0420\u0421 \u2013 \u0445\u0440\u0430\u043d\u0438\u0442\u0435\u043b\u043d\u0438 \u0440\u0435\u0444\u0435\u0440\u0435\u043d\u0442\u043d\u0438 \u0441\u0442\u043e\u0439\u043d\u043e\u0441\u0442\u0438
\u0421\u044a\u0441\u0442\u0430\u0432\u043a\u0438: \u043c\u0430\u0433\u043d\u0435\u0437\u0438\u0435\u0432 \u0446\u0438\u0442\u0440\u0430\u0442, \u043f\u044a\u043b\u043d\u0438\u0442\u0435\u043b: \u043c\u0438\u043a\u0440\u043e\u043a\u0440\u0438\u0441\u0442\u0430\u043b\u043d\u0430 \u0446\u0435\u043b\u0443\u043b\u043e\u0437\u0430; \u0430\u043d\u0442\u0438\u0441\u043b\u0435\u043f\u0432\u0430\u0449 \u0430\u0433\u0435\u043d\u0442: \u043c\u0430\u0433\u043d\u0435\u0437\u0438\u0435\u0432\u0438 \u0441\u043e\u043b\u0438 \u043d\u0430 \u043c\u0430\u0441\u0442\u043d\u0438 \u043a\u0438\u0441\u0435\u043b\u0438\u043d\u0438.
\u041d\u0430\u0447\u0438\u043d \u043d\u0430 \u043f\u0440\u0438\u0435\u043c\u0430\u043d\u0435: \u043f\u043e 1 \u0442\u0430\u0431\u043b\u0435\u0442\u043a\u0430 1-2 \u043f\u044a\u0442\u0438 \u0434\u043d\u0435\u0432\u043d\u043e \u043f\u043e \u0432\u0440\u0435\u043c\u0435 \u043d\u0430 \u0445\u0440\u0430\u043d\u0435\u043d\u0435. \u0414\u0430 \u043d\u0435 \u0441\u0435 \u043f\u0440\u0435\u0432\u0438\u0448\u0430\u0432\u0430 \u043f\u0440\u0435\u043f\u043e\u0440\u044a\u0447\u0438\u0442\u0435\u043b\u043d\u0430\u0442\u0430 \u0434\u043d\u0435\u0432\u043d\u0430 \u0434\u043e\u0437\u0430.""",
 el=150, forms=["citrate"], dv=40, sc=60)

# ------------------------------------------------------------------ fi
add("fi12_puhdistamo_kolme_suolaa_yhteensa_viimeisena", "fi", "eu",
 "Modelled on Puhdistamo Magnesium Triplex capsules (Finland; as remembered, re-set): 'P\u00e4iv\u00e4annos (2 kapselia) sis\u00e4lt\u00e4\u00e4: | | % VS*' with three part rows 'Magnesiumsitraatista 100 mg', 'Magnesiumbisglysinaatista 100 mg', 'Magnesiummalaatista 100 mg' and the TOTAL as the LAST row, 'Magnesium yhteens\u00e4 300 mg 80 %' (the total is the value; 300/375 = 80). 120 kapselia / 2 = 60.",
"""PUHDISTAMO
Magnesium Triplex
Ravintolis\u00e4 | 120 kapselia
P\u00e4iv\u00e4annos (2 kapselia) sis\u00e4lt\u00e4\u00e4: | | % VS*
Magnesiumsitraatista | 100 mg |
Magnesiumbisglysinaatista | 100 mg |
Magnesiummalaatista | 100 mg |
Magnesium yhteens\u00e4 | 300 mg | 80 %
*VS = vertailuarvo saannille
Ainesosat: magnesiumsitraatti, magnesiumbisglysinaatti, magnesiummalaatti, kapselikuori (hydroksipropyylimetyyliselluloosa).
K\u00e4ytt\u00f6: 2 kapselia p\u00e4iv\u00e4ss\u00e4 veden kanssa. Suositeltua p\u00e4ivitt\u00e4ist\u00e4 annosta ei saa ylitt\u00e4\u00e4.""",
 el=300, forms=["citrate", "glycinate", "malate"], dv=80, sc=60)

# ------------------------------------------------------------------ topical (hu)
add("tp12_hu_drherz_magnezium_olaj_5_fujas_60", "hu", "topical",
 "Modelled on Dr. Herz Magn\u00e9zium olaj spray (Hungary; Zechstein magnesium chloride brine; as remembered, amounts approximate): 'Magn\u00e9ziumtartalom: 5 f\u00faj\u00e1s (kb. 0,7 ml) kb. 60 mg magn\u00e9ziumot tartalmaz' -> per stated unit (5 sprays) 60 mg; the '5-10 adag' directions are not the unit. Topical -> no %NRV, serving_count null.",
"""Dr. Herz
Magn\u00e9zium olaj spray
Zechstein magn\u00e9zium-klorid | 100 ml | K\u00fcls\u0151leges haszn\u00e1latra
Magn\u00e9ziumtartalom: 5 f\u00faj\u00e1s (kb. 0,7 ml) kb. 60 mg magn\u00e9ziumot tartalmaz.
\u00d6sszetev\u0151k: Aqua, Magnesium Chloride.
Haszn\u00e1lat: f\u00fajjon 5-10 adagot a b\u0151rre (kar, l\u00e1b, has), \u00e9s masszírozza be. 20-30 perc ut\u00e1n lemoshat\u00f3. Enyhe bizsergés el\u0151fordulhat.""",
 el=60, forms=["chloride"], dv=None, sc=None)

# ------------------------------------------------------------------ negatives (medicines)
add("neg12_es_dormidina_doxilamina_estearato", "es", "negative",
 "Modelled on Dormidina 25 mg comprimidos recubiertos (Spanish sleep-aid medicine, doxylamine; as remembered, excipients approximate): magnesium only as 'estearato de magnesio' among the excipients -> no_magnesium. Medicine -> serving_count null.",
"""Dormidina\u00ae
Doxilamina 25 mg | comprimidos recubiertos con pel\u00edcula | Medicamento | 14 comprimidos
Cada comprimido contiene:
Doxilamina hidrogenosuccinato | 25 mg
Excipientes: hidrogenofosfato de calcio, celulosa microcristalina, carboximetilalmid\u00f3n s\u00f3dico de patata, estearato de magnesio, hipromelosa, macrogol, di\u00f3xido de titanio (E171).
Indicaciones: tratamiento sintom\u00e1tico del insomnio ocasional en adultos.
Posolog\u00eda: Adultos: 1 comprimido al d\u00eda, 30 minutos antes de acostarse. No usar m\u00e1s de 7 d\u00edas seguidos sin consultar al m\u00e9dico.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=None)

add("neg12_sv_kalcipos_d_tuggtablett_magnesiumstearat", "sv", "negative",
 "Modelled on Kalcipos-D 500 mg/800 IE tuggtabletter (Swedish calcium + vitamin D3 medicine; as remembered, excipients approximate): calcium and colecalciferol only; magnesium only as 'magnesiumstearat' among the hj\u00e4lp\u00e4mnen -> no_magnesium. Medicine -> serving_count null.",
"""Kalcipos-D
500 mg/800 IE tuggtabletter | Kalcium + D3-vitamin | L\u00e4kemedel | 90 tuggtabletter
1 tuggtablett inneh\u00e5ller:
Kalciumkarbonat motsvarande kalcium | 500 mg
Kolekalciferol (vitamin D3) | 800 IE (20 mikrogram)
Hj\u00e4lp\u00e4mnen: xylitol, povidon, isomalt, arom\u00e4mne (citron), magnesiumstearat, mono- och diglycerider av fettsyror, all-rac-alfa-tokoferol, sackaros, majsst\u00e4rkelse.
Anv\u00e4ndning: vid brist p\u00e5 kalcium och D-vitamin hos \u00e4ldre.
Dosering: Vuxna och \u00e4ldre: 1 tuggtablett dagligen. Tabletten kan tuggas eller sugas p\u00e5.""",
 status="no_magnesium", el=None, forms=[], dv=None, sc=None)
