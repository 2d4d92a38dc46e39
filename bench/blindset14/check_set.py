#!/usr/bin/env python3
"""Consistency checks for the blind-set label sources (labels_p.py + labels_q.py; adapted from bench/blindset13/check_set.py).
Prints problems; exit 1 if any.

Checks, per label:
  * printed %DV vs elemental_mg / DV base (420 US adult, 375 EU/UK; `_dvb` overrides, 375 for the UK label) within +-1.5,
    and exactly the rounded value (Nutrition Facts labels in NF_ROUND: the food rounding steps of magnesium.md section 4);
    set 14: the prenatal sets `_dvb` 400 (its footnote names pregnant and lactating women)
  * for tol-2 labels: the elemental figure appears in the text (any of 200 / 187,5 / 1,000 / 1.000 / 1 000 / 0,4 g spellings)
  * serving_count appears in the text as a number (or, for EU/UK daily doses, unit count / units per dose: IMPLIED_SC);
    set 14: where a 'servings per container' line is printed, serving_count is one of that line's numbers
  * every expected form has a matching word in the text; negatives have no forms/elemental; an ok label without forms
    must be listed in NO_FORMS
  * the panel keyword of make_set.py is found (so the title block is split off), ids carry a 14 in their prefix and do not
    collide with the earlier blind sets (a/b/c, d/e/f, g/h, i, j/k, l/m, n/o, p/q, r/s, t/u, v/w, x/y)
  * fraction arithmetic (COMPOUND), parts adding up to a printed total (PARTS), per-100 g/ml traps (PER100),
    elemental_alt_mg factors (ALT_FACTOR)
  * as in set 9: a computed (tol != 2) value is the compound x the MIDDLE of the fraction range, and its tolerance must
    accept the whole range compound x [lo, hi]
"""
import glob, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import labels_q  # noqa: F401,E402
from labels_p import L
import make_set  # noqa: E402  (re-writes texts/ and expected.jsonl only when run as a script; harmless)

FORM_WORDS = {
    "glycinate": ["glycin", "glicin", "glicyn", "glycinát", "glysin"],   # set 11: Finnish
    "citrate": ["citrat", "citrate", "citrato", "cytrynian", "citraat", "citrát", "dicitrat", "sitraat", "tsitraat", "citrāt", "цитрат"],   # set 11: Finnish; set 12: Estonian, Latvian, Bulgarian
    "malate": ["malat", "malate", "malato", "malaat", "malát", "jabłczan"],
    "taurate": ["taurat", "taurate", "taurinate", "taurato", "tauraat", "taurát", "taurynian"],
    "threonate": ["threonat", "threonaat", "treonato", "treonian", "magtein"],
    "orotate": ["orotat", "orotate", "orotát"],
    "oxide": ["oxid", "oxyde", "ossido", "óxido", "tlenek", "oxide", "oksid", "oksīd"],   # set 11: Croatian/Finnish; set 12: Latvian
    "chloride": ["chlorid", "chlorure", "cloruro", "chlorek", "klorid"],   # set 12: Hungarian
    "lactate": ["lactat", "lactate", "lattato", "lactato", "mleczan", "laktát", "lactaat", "laktāt"],   # set 12: Latvian
    "aspartate": ["aspart", "asparaginian", "asporotate"],
    "salicylate": ["salicylat"],
    "gluconate": ["gluconat", "gluconate", "glukonian", "gluconaat", "gluconato"],
    "carbonate": ["carbonat", "carbonate", "carbonato", "węglan", "carbonaat", "uhličitan", "karbonat"],   # set 11: Croatian
    "pidolate": ["pidolat", "pidolate", "pidolato"],
    "sulfate": ["sulfat", "sulfate", "sulphate", "solfato"],   # set 14: Italian
    "acetyl_taurate": ["acetyl taur"],
    "amino_acid_chelate": ["amino acid chelate", "chelat aminokwasowy"],
    "hydroxide": ["hydroxide", "hydroxid", "hydroxyde", "hidroxid", "hidroksid"],   # set 10: French 'hydroxyde'; set 11: ro/hr
    "trisilicate": ["trisilicate"],
    "phosphate": ["phosphate"],
}

def spellings(x):
    out = set()
    if x is None:
        return out
    if float(x).is_integer():
        n = int(x)
        out |= {str(n), f"{n:,}", f"{n:,}".replace(",", "."), f"{n:,}".replace(",", " ")}
        if n % 10 == 0:   # gram spellings (set 7: also below 1,000 mg, e.g. "0,4 g", "0,3 g")
            g = n / 1000
            out |= {f"{g:g} g", f"{g:g} g".replace(".", ","), f"{g:.1f} g".replace(".", ",")}
    else:
        s = f"{x:g}"
        out |= {s, s.replace(".", ",")}
    return out

def dv_base(d):
    if "_dvb" in d:
        return d["_dvb"]
    return 420 if d["lang"] == "en" else 375

def nf_round(p):
    """Nutrition Facts %DV of a vitamin/mineral (magnesium.md section 4): steps of 2 below 10 %, of 5 from 10 to 50 %,
    of 10 above 50 %."""
    step = 2 if p < 10 else (5 if p <= 50 else 10)
    return int(step * round(p / step))

# Labels whose serving_count is implied (unit count printed / units per serving), verified here by hand-entered
# (unit count, units per serving); the unit count must appear in the text.
IMPLIED_SC = {
    "uk14_nutriadvanced_megamag_calm_night_each_5g_serving": (150, 5),
    "de14_sunlife_magnesium_250_mmol_in_same_cell_2_kapseln": (90, 2),
    "fr14_novoma_bisglycinate_1400_apportant_200_pct_ar": (120, 2), "fr14_pileje_formag_two_issu_de_rows_no_total_summed": (90, 2),
    "it14_altanatura_magnesio_tabella_nutrizionale_2_compresse": (60, 2),
    "it14_pharmaton_multivitaminico_per_capsula_magnesio_solfato": (30, 1),
    "es14_tongil_citrato_1500_procedente_del_citrato_3_capsulas": (90, 3),
    "es14_megaplus_magnesio_marino_componentes_por_2_pct_ir": (60, 2),
    "pl14_trec_magne100_sport_skladnik_porcja_dzienna_2_kapsulki": (60, 2),
    "pl14_gemini_magnez_b6_sklad_1_tabletka_2_tabletki_mleczan": (50, 2),
    "nl14_avogel_balance_mineral_drink_per_100g_per_zakje_nl_fr": (20, 1),
    "nl14_dagravit_magnesium_375_gemiddelde_hoeveelheid_per_tablet": (60, 1),
    "cs14_brainmax_taurat_1700_coz_odpovida_150_v_denni_davce": (120, 2),
    "cs14_generica_horcik_b6_obsah_latek_v_1_tablete_1_2_denne": (30, 1),
    "sv14_apoteket_magnesium_naringsinnehall_ri_bare_number": (100, 1),
}
# Labels with two Mg rows (or lines) and no printed total: elemental and %DV are sums, so they are not printed as such.
SUMMED = {"fr14_pileje_formag_two_issu_de_rows_no_total_summed"}
# %DV/%NRV printed as a bare number in a column whose header carries the % sign.
DV_BARE = {"sv14_apoteket_magnesium_naringsinnehall_ri_bare_number"}
# Nutrition Facts panels (food): %DV of minerals follows the food rounding steps.
NF_ROUND = {"pw14_huel_powder_nutrition_facts_two_scoops_nf_round_20", "lq14_soylent_original_bottle_nf_84mg_20pct_every_row"}
# ok labels that name no magnesium compound (the value is a printed magnesium figure).
NO_FORMS = {"us14_gardenoflife_mykind_plant_calcium_algae_mg_no_salt"}
# Medicine / Drug Facts / Canada / Australia / New Zealand / topical labels: per unit, serving_count null.
SC_NULL_PREFIXES = ("df14", "ca14", "nz14", "tp14")
SC_NULL_IDS = {"de14_magnosolv_granulat_beutel_365mg_15mmol_carbonat_arzneimittel",
               "neg14_hylands_leg_cramps_homeopathic_magnesia_phosphorica",
               "neg14_sominex_diphenhydramine_sleep_aid_magnesium_stearate"}
# Words by which a negative must mention magnesium (set 11: also Polish 'magnez-'; set 12: Spanish 'magnesio'; set 14:
# Portuguese 'magnésio' and the homeopathic 'magnesia').
MG_WORDS = ("magnesium", "magnésium", "magnez", "magnesio", "magnésio", "magnesia")

prev_ids = set()
for sub in ("blindset", "blindset3", "blindset4", "blindset5", "blindset6", "blindset7", "blindset8", "blindset9", "blindset10", "blindset11",
            "blindset12", "blindset13"):
    for f in glob.glob(os.path.join(HERE, "..", sub, "labels_*.py")):
        prev_ids |= set(re.findall(r'add\("([^"]+)"', open(f).read()))

problems = []
print(len(prev_ids), "earlier ids")
if not all("14" in i.split("_")[0] for i in [d["id"] for d in L]):
    problems.append("an id lacks the 14 prefix")
ids = [d["id"] for d in L]
if len(ids) != len(set(ids)):
    problems.append("duplicate ids")
for i in sorted(set(ids) & prev_ids):
    problems.append(f"{i}: id collides with a previous blind set")
for name, s in (("IMPLIED_SC", IMPLIED_SC), ("DV_BARE", DV_BARE), ("NF_ROUND", NF_ROUND), ("NO_FORMS", NO_FORMS),
                ("SC_NULL_IDS", SC_NULL_IDS), ("SUMMED", SUMMED)):
    for i in s:
        if i not in ids:
            problems.append(f"{name}: unknown id {i}")

for d in L:
    t, lid = d["_text"], d["id"]
    tl = t.lower()
    if " |" in t and not any(" | " in l or l.rstrip().endswith(" |") for l in t.splitlines()):
        problems.append(f"{lid}: odd table syntax")
    lines = t.strip("\n").split("\n")
    k = next((j for j, l in enumerate(lines) if make_set.KW.search(l)), None)
    if k is None or k == 0 or k > 6:
        problems.append(f"{lid}: panel keyword line index {k}")
    if lid.startswith(SC_NULL_PREFIXES) or lid in SC_NULL_IDS:
        if d["serving_count"] is not None:
            problems.append(f"{lid}: medicine / Drug Facts / Canada / Australia / NZ / topical label with a serving_count")
        if d["percent_dv"] is not None:
            problems.append(f"{lid}: medicine / Drug Facts / Canada / Australia / NZ / topical label with a %DV")
    if d["status"] == "no_magnesium":
        if d["elemental_mg"] is not None or d["forms"] or d["percent_dv"] is not None:
            problems.append(f"{lid}: negative with values")
        if not any(w in tl for w in MG_WORDS):
            problems.append(f"{lid}: negative that never mentions magnesium")
        continue
    el, dv = d["elemental_mg"], d["percent_dv"]
    if el is None:
        problems.append(f"{lid}: ok without elemental")
        continue
    if not d["forms"] and lid not in NO_FORMS:
        problems.append(f"{lid}: ok label without forms (not in NO_FORMS)")
    if d["elemental_tol_pct"] == 2 and lid not in SUMMED:
        if not any(s in t for s in spellings(el)):
            problems.append(f"{lid}: elemental {el} not found in text")
    if dv is not None:
        calc = el / dv_base(d) * 100
        want = nf_round(calc) if lid in NF_ROUND else round(calc + 1e-9)
        if lid not in NF_ROUND and abs(calc - dv) > 1.5:
            problems.append(f"{lid}: dv {dv} vs computed {calc:.1f} (base {dv_base(d)})")
        elif want != dv:
            problems.append(f"{lid}: dv {dv} is not the rounded {calc:.2f} -> {want} (base {dv_base(d)})")
        pat = rf"(?<![\d,.]){dv}(?![\d,.%])" if lid in DV_BARE else rf"(?<![\d,.]){dv}\s?%"
        if lid not in SUMMED and not re.search(pat, t):
            problems.append(f"{lid}: printed dv {dv}{'' if lid in DV_BARE else '%'} not found")
    if "elemental_alt_mg" in d and not any(s in t for s in spellings(d["elemental_alt_mg"])):
        problems.append(f"{lid}: alt {d['elemental_alt_mg']} not found")
    if lid in IMPLIED_SC:
        n, per = IMPLIED_SC[lid]
        if n / per != d["serving_count"] or not re.search(rf"(?<![\d,.]){n}(?![\d,.]\d)", t):
            problems.append(f"{lid}: implied serving_count {n}/{per} != {d['serving_count']} or {n} not in text")
    elif d["serving_count"] is not None and not re.search(rf"(?<![\d,.]){d['serving_count']}(?![\d,.]\d)", t):
        problems.append(f"{lid}: serving_count {d['serving_count']} not in text")
    for f in d["forms"]:
        if not any(w in tl for w in FORM_WORDS[f]):
            problems.append(f"{lid}: form {f} has no matching word")
for d in L:   # set 14: where a 'servings per container' line is printed, serving_count must be one of its numbers
    if d["serving_count"] is None:
        continue
    sl = [l for l in d["_text"].splitlines() if re.search(r"servings? per container", l, re.I)]
    if sl and not any(float(x.replace(",", "")) == d["serving_count"] for l in sl for x in re.findall(r"\d[\d,]*", l)):
        problems.append(f"{d['id']}: serving_count {d['serving_count']} is not a number of its 'servings per container' line")
for d in L:   # negatives: serving_count as printed/implied as well
    if d["status"] == "no_magnesium" and d["serving_count"] is not None and d["id"] not in IMPLIED_SC:
        if not re.search(rf"(?<![\d,.]){d['serving_count']}(?![\d,.]\d)", d["_text"]):
            problems.append(f"{d['id']}: serving_count {d['serving_count']} not in text")

# ---- arithmetic behind the expected values (as in set 9) ------------------------------------------------------------
# Mg fractions (magnesium.md section 1); ranges where commercial material varies. A stated elemental figure must lie within
# [lo*0.97, hi*1.03] of compound x fraction; a computed (tol != 2) figure must equal round(compound x middle, 1) and its
# tolerance must cover compound x [lo, hi].
FRACTION = {"oxide": (0.603, 0.603), "hydroxide": (0.417, 0.417), "chloride": (0.120, 0.120), "citrate": (0.12, 0.162),
            "glycinate": (0.10, 0.141), "malate": (0.116, 0.155), "pidolate": (0.087, 0.087), "threonate": (0.072, 0.0825),
            "carbonate": (0.25, 0.288), "lactate": (0.102, 0.120), "taurate": (0.089, 0.089), "orotate": (0.066, 0.073),
            "gluconate": (0.054, 0.059), "aspartate": (0.067, 0.099),
            "sulfate": (0.0986, 0.0986)}   # set 14: Epsom salt MgSO4.7H2O (magnesium.md section 1)
# id -> (compound mg per serving/unit as printed, form); the compound weight must appear in the text
COMPOUND = {
    "us14_natureslab_bisglycinate_1700_yielding_240_in_name_cell": (1700, "glycinate"),
    "us14_pureencaps_cognimag_magtein_2000mg_title_double_dagger": (2000, "threonate"),
    "df14_method_mgo400_elemental_2413_on_its_own_line": (400, "oxide"),
    "df14_bestchoice_citrate_per_fl_oz_280_sodium37_lemon": (1745, "citrate"),
    "df14_preferred_mom_original_tablespoonful_500_under_how_supplied": (1200, "hydroxide"),
    "df14_antacid_gas_relief_per_10ml_dose_165_twelve_doses": (400, "hydroxide"),
    "df14_epsom_granule_teaspoon_5g_dot_leader_purposes_computed": (5000, "sulfate"),
    "de14_magnosolv_granulat_beutel_365mg_15mmol_carbonat_arzneimittel": (1420, "carbonate"),
    "fr14_novoma_bisglycinate_1400_apportant_200_pct_ar": (1400, "glycinate"),
    "es14_tongil_citrato_1500_procedente_del_citrato_3_capsulas": (1500, "citrate"),
    "cs14_brainmax_taurat_1700_coz_odpovida_150_v_denni_davce": (1700, "taurate"),
}
# Labels whose total is split into parts (compound mg where printed, form, elemental part); the parts sum to the total
# (set 14: Formag prints the two parts and no total; the parts sum to the expected value).
PARTS = {
    "fr14_pileje_formag_two_issu_de_rows_no_total_summed": [(None, "oxide", 100), (None, "glycinate", 50)],
}
# Set 12: a printed total over several compounds without per-compound elemental figures (Caruso's): the total must lie within
# the sum of compound x [lo, hi] (widened by 3 %); orotate as the dihydrate (6.6 %) because the label names it.
TOTAL_RANGE = {"nz14_healtheries_each_tablet_two_salts_dot_leaders_total_230": [(330, "oxide"), (200, "citrate")]}
# Stated figures that the real label prints outside the stoichiometric range (kept as printed, see README).
FRACTION_EXCEPTIONS = {}  # none
# id -> (per-100 g/ml figure in mg, portion g or ml): per-100 trap must be consistent with the portion value
PER100 = {"nl14_avogel_balance_mineral_drink_per_100g_per_zakje_nl_fr": (2000, 7.5)}
# id -> factor with elemental_mg == elemental_alt_mg * factor (per-unit alt: units per serving)
ALT_FACTOR = {"us14_doublewood_malate_two_serving_size_columns_1_and_3": 3, "pl14_gemini_magnez_b6_sklad_1_tabletka_2_tabletki_mleczan": 2}
byid = {d["id"]: d for d in L}
for name, s in (("COMPOUND", COMPOUND), ("PARTS", PARTS), ("TOTAL_RANGE", TOTAL_RANGE), ("PER100", PER100),
                ("ALT_FACTOR", ALT_FACTOR)):   # set 12: these tables are checked for unknown ids too
    for i in s:
        if i not in byid:
            problems.append(f"{name}: unknown id {i}")
for lid, spec in COMPOUND.items():
    mg, form = spec[0], spec[1]
    d = byid[lid]; el = d["elemental_mg"]; lo, hi = FRACTION[form]
    if not any(s in d["_text"] for s in spellings(mg) | {f"{mg/1000:g} g", f"{mg/1000:g} g".replace(".", ","), f"{mg:g}"}):
        problems.append(f"{lid}: compound {mg} not in text")
    if form not in d["forms"]:
        problems.append(f"{lid}: fraction form {form} not among forms")
    if d["elemental_tol_pct"] != 2:
        fr = (lo + hi) / 2
        tol = d["elemental_tol_pct"] / 100
        if abs(round(mg * fr, 1) - el) > 0.05:
            problems.append(f"{lid}: computed {mg} x {fr:.4f} = {mg*fr:.2f} != {el}")
        if not (el * (1 - tol) <= mg * lo + 1e-9 and el * (1 + tol) >= mg * hi - 1e-9):
            problems.append(f"{lid}: tol {d['elemental_tol_pct']} % around {el} does not cover {mg*lo:.2f}-{mg*hi:.2f}")
    elif not (mg * lo * 0.97 <= el <= mg * hi * 1.03):
        problems.append(f"{lid}: stated {el} outside {mg} x [{lo}, {hi}] = {mg*lo:.1f}-{mg*hi:.1f}")
for lid, parts in PARTS.items():
    d = byid[lid]
    if abs(sum(p[2] for p in parts) - d["elemental_mg"]) > 1e-6:
        problems.append(f"{lid}: parts {[p[2] for p in parts]} do not sum to {d['elemental_mg']}")
    for mg, form, part in parts:
        if form not in d["forms"]:
            problems.append(f"{lid}: part form {form} not among forms")
        if not any(s in d["_text"] for s in spellings(part)):
            problems.append(f"{lid}: part {part} not in text")
        if mg is not None:
            lo, hi = FRACTION[form]
            if not (mg * lo * 0.97 <= part <= mg * hi * 1.03):
                problems.append(f"{lid}: part {part} outside {mg} x [{lo}, {hi}]")
FR_EXTRA = {"orotate_dihydrate": (0.066, 0.066)}
for lid, comps in TOTAL_RANGE.items():
    d = byid[lid]
    lo = sum(mg * {**FRACTION, **FR_EXTRA}[f][0] for mg, f in comps)
    hi = sum(mg * {**FRACTION, **FR_EXTRA}[f][1] for mg, f in comps)
    if not (lo * 0.97 <= d["elemental_mg"] <= hi * 1.03):
        problems.append(f"{lid}: total {d['elemental_mg']} outside {lo:.1f}-{hi:.1f}")
    for mg, f in comps:
        if not any(s in d["_text"] for s in spellings(mg)):
            problems.append(f"{lid}: compound {mg} not in text")
        if f.split("_")[0] not in d["forms"]:
            problems.append(f"{lid}: form {f} not among forms")
for lid, (mg, form) in FRACTION_EXCEPTIONS.items():
    d = byid[lid]
    assert d["elemental_tol_pct"] == 2 and form in d["forms"]
    if not any(s in d["_text"] for s in spellings(mg)):
        problems.append(f"{lid}: compound {mg} not in text")
for d in L:  # every computed label must be covered by a fraction check
    if d["status"] == "ok" and d["elemental_tol_pct"] != 2 and d["id"] not in COMPOUND:
        problems.append(f"{d['id']}: tol {d['elemental_tol_pct']} without a fraction check")
for lid, (per100, portion) in PER100.items():
    el = byid[lid]["elemental_mg"]
    if abs(per100 * portion / 100 - el) > 0.01 * el:
        problems.append(f"{lid}: per-100 {per100} x {portion}/100 != {el}")
for d in L:
    if "elemental_alt_mg" in d:
        f = ALT_FACTOR.get(d["id"])
        if f is None or abs(d["elemental_alt_mg"] * f - d["elemental_mg"]) > 1e-6:
            problems.append(f"{d['id']}: alt {d['elemental_alt_mg']} x {f} != {d['elemental_mg']}")

for p in problems:
    print("PROBLEM", p)
print(len(L), "labels checked;", len(problems), "problems")
sys.exit(1 if problems else 0)
