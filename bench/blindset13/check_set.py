#!/usr/bin/env python3
"""Consistency checks for the blind-set label sources (labels_x.py + labels_y.py; adapted from bench/blindset12/check_set.py).
Prints problems; exit 1 if any.

Checks, per label:
  * printed %DV vs elemental_mg / DV base (420 US adult, 375 EU/UK; `_dvb` overrides, 375 for the UK label) within +-1.5,
    and exactly the rounded value (Nutrition Facts labels in NF_ROUND: the food rounding steps of magnesium.md section 4)
  * for tol-2 labels: the elemental figure appears in the text (any of 200 / 187,5 / 1,000 / 1.000 / 1 000 / 0,4 g spellings)
  * serving_count appears in the text as a number (or, for EU/UK daily doses, unit count / units per dose: IMPLIED_SC)
  * every expected form has a matching word in the text; negatives have no forms/elemental; an ok label without forms
    must be listed in NO_FORMS
  * the panel keyword of make_set.py is found (so the title block is split off), ids carry a 13 in their prefix and do not
    collide with the earlier blind sets (a/b/c, d/e/f, g/h, i, j/k, l/m, n/o, p/q, r/s, t/u, v/w)
  * fraction arithmetic (COMPOUND), parts adding up to a printed total (PARTS), per-100 g/ml traps (PER100),
    elemental_alt_mg factors (ALT_FACTOR)
  * as in set 9: a computed (tol != 2) value is the compound x the MIDDLE of the fraction range, and its tolerance must
    accept the whole range compound x [lo, hi]
"""
import glob, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import labels_y  # noqa: F401,E402
from labels_x import L
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
    "sulfate": ["sulfat", "sulfate", "sulphate"],
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
    "uk13_simplysupplements_citrate_dot_leaders_providing": (180, 1),
    "de13_additiva_brausetablette_400_107_natrium_hinweis": (20, 1), "de13_drboehm_243mg_footnote_10_mmol": (30, 1),
    "fr13_nutravalia_total_then_dont_issu_de_three_salts": (60, 2), "fr13_fleurance_gommes_112_5_mg_decimal_comma": (60, 2),
    "it13_pharmanutra_ultramag_sucrosomiale_bustina_ossido": (20, 1), "it13_bioline_bisglicinato_per_compressa_e_per_dose": (60, 2),
    "es13_vinas_totalmagnesiano_clasico_por_2_comprimidos": (60, 2), "es13_farline_cantidad_por_comprimido_1_o_2": (60, 1),
    "pl13_allnutrition_cytrynian_w_2_kapsulkach_180": (120, 2), "pl13_hasco_musujace_magnez_potas_b6_w_1_tabletce": (20, 1),
    "nl13_jumbo_samenstelling_per_tablet_oxide_citraat": (60, 1), "nl13_mattisson_zin_dagdosering_bisglycinaat_240": (120, 2),
    "cs13_benu_obsah_v_1_tablete_375_citrat_oxid": (30, 1), "sk13_unimed_zlozenie_slozeni_bilingual_sk_cz": (60, 1),
    "ro13_sunwave_continut_per_comprimat_1_2_ori": (30, 1),
}
# Labels with two Mg rows (or lines) and no printed total: elemental and %DV are sums, so they are not printed as such.
SUMMED = set()  # none in this set (Nutravalia prints its total)
# %DV/%NRV printed as a bare number in a column whose header carries the % sign.
DV_BARE = set()  # none in this set
# Nutrition Facts panels (food): %DV of minerals follows the food rounding steps.
NF_ROUND = {"lq13_ensure_original_bottle_nf_round_100mg_25pct", "lq13_pedialyte_sport_1l_about_3_servings"}
# ok labels that name no magnesium compound (the value is a printed magnesium figure).
NO_FORMS = set()  # none in this set
# Medicine / Drug Facts / Canada / Australia / New Zealand / topical labels: per unit, serving_count null.
SC_NULL_PREFIXES = ("df13", "ca13", "au13", "tp13")
SC_NULL_IDS = {"neg13_de_zinkorot25_arzneimittel_magnesiumstearat"}
# Words by which a negative must mention magnesium (set 11: also Polish 'magnez-'; set 12: Spanish 'magnesio').
MG_WORDS = ("magnesium", "magnésium", "magnez", "magnesio")

prev_ids = set()
for sub in ("blindset", "blindset3", "blindset4", "blindset5", "blindset6", "blindset7", "blindset8", "blindset9", "blindset10", "blindset11",
            "blindset12"):
    for f in glob.glob(os.path.join(HERE, "..", sub, "labels_*.py")):
        prev_ids |= set(re.findall(r'add\("([^"]+)"', open(f).read()))

problems = []
print(len(prev_ids), "earlier ids")
if not all("13" in i.split("_")[0] for i in [d["id"] for d in L]):
    problems.append("an id lacks the 13 prefix")
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
            "gluconate": (0.054, 0.059), "aspartate": (0.067, 0.099)}
# id -> (compound mg per serving/unit as printed, form); the compound weight must appear in the text
COMPOUND = {
    "us13_transparentlabs_bisglycinate_source_in_dagger_footnote": (1400, "glycinate"),
    "us13_swanson_malate_compound_inside_from_clause": (1000, "malate"),
    "us13_vitaminshoppe_magtein_grams_source_line_below": (1500, "threonate"),
    "df13_walmart_gentle_laxative_mom_15ml_500_sodium6": (1200, "hydroxide"),
    "df13_dghealth_citrate_solution_per_fl_oz_290": (1745, "citrate"),
    "df13_goodsense_laxative_caplets_mgo500_computed": (500, "oxide"),
    "df13_asmed_magal_liquid_5ml_83_unit_dose_cup_30ml": (200, "hydroxide"),
    "uk13_simplysupplements_citrate_dot_leaders_providing": (1333, "citrate"),
    "ca13_prairienaturals_bisglycinate_714_yielding_100": (714, "glycinate"),
    "au13_elevit_pregnancy_each_tablet_equiv_magnesium100": (166, "oxide"),
}
# Labels whose total is split into parts (compound mg where printed, form, elemental part); the parts sum to the total.
PARTS = {
    "fr13_nutravalia_total_then_dont_issu_de_three_salts": [(None, "glycinate", 150), (None, "citrate", 100), (None, "malate", 50)],
}
# Set 12: a printed total over several compounds without per-compound elemental figures (Caruso's): the total must lie within
# the sum of compound x [lo, hi] (widened by 3 %); orotate as the dihydrate (6.6 %) because the label names it.
TOTAL_RANGE = {}  # none in this set
# Stated figures that the real label prints outside the stoichiometric range (kept as printed, see README).
FRACTION_EXCEPTIONS = {}  # none
# id -> (per-100 g/ml figure in mg, portion g or ml): per-100 trap must be consistent with the portion value
PER100 = {}  # none in this set
# id -> factor with elemental_mg == elemental_alt_mg * factor (per-unit alt: units per serving)
ALT_FACTOR = {"us13_major_magdelay_chloride_per_tablet_per_serving": 2, "it13_bioline_bisglicinato_per_compressa_e_per_dose": 2}
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
