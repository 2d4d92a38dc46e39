#!/usr/bin/env python3
"""Consistency checks for the blind-set label sources (labels_r.py + labels_s.py; adapted from bench/blindset9/check_set.py).
Prints problems; exit 1 if any.

Checks, per label:
  * printed %DV vs elemental_mg / DV base (420 US adult, 375 EU/UK; `_dvb` overrides, 400 for the prenatal) within +-1.5,
    and exactly the rounded value (Nutrition Facts labels in NF_ROUND: the food rounding steps of magnesium.md section 4)
  * for tol-2 labels: the elemental figure appears in the text (any of 200 / 187,5 / 1,000 / 1.000 / 1 000 / 0,4 g spellings)
  * serving_count appears in the text as a number (or, for EU/UK daily doses, unit count / units per dose: IMPLIED_SC)
  * every expected form has a matching word in the text; negatives have no forms/elemental; an ok label without forms
    must be listed in NO_FORMS
  * the panel keyword of make_set.py is found (so the title block is split off), ids carry a 10 in their prefix and do not
    collide with the earlier blind sets (a/b/c, d/e/f, g/h, i, j/k, l/m, n/o, p/q)
  * fraction arithmetic (COMPOUND), parts adding up to a printed total (PARTS), per-100 g/ml traps (PER100),
    elemental_alt_mg factors (ALT_FACTOR)
  * as in set 9: a computed (tol != 2) value is the compound x the MIDDLE of the fraction range, and its tolerance must
    accept the whole range compound x [lo, hi]
"""
import glob, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import labels_s  # noqa: F401,E402
from labels_r import L
import make_set  # noqa: E402  (re-writes texts/ and expected.jsonl only when run as a script; harmless)

FORM_WORDS = {
    "glycinate": ["glycin", "glicin", "glicyn", "glycinát"],
    "citrate": ["citrat", "citrate", "citrato", "cytrynian", "citraat", "citrát", "dicitrat"],
    "malate": ["malat", "malate", "malato", "malaat", "malát", "jabłczan"],
    "taurate": ["taurat", "taurate", "taurinate", "taurato", "tauraat", "taurát", "taurynian"],
    "threonate": ["threonat", "threonaat", "treonato", "treonian", "magtein"],
    "orotate": ["orotat", "orotate", "orotát"],
    "oxide": ["oxid", "oxyde", "ossido", "óxido", "tlenek", "oxide"],
    "chloride": ["chlorid", "chlorure", "cloruro", "chlorek"],
    "lactate": ["lactat", "lactate", "lattato", "lactato", "mleczan", "laktát", "lactaat"],
    "aspartate": ["aspart", "asparaginian", "asporotate"],
    "salicylate": ["salicylat"],
    "gluconate": ["gluconat", "gluconate", "glukonian", "gluconaat", "gluconato"],
    "carbonate": ["carbonat", "carbonate", "carbonato", "węglan", "carbonaat", "uhličitan"],
    "pidolate": ["pidolat", "pidolate", "pidolato"],
    "sulfate": ["sulfat", "sulfate", "sulphate"],
    "acetyl_taurate": ["acetyl taur"],
    "amino_acid_chelate": ["amino acid chelate", "chelat aminokwasowy"],
    "hydroxide": ["hydroxide", "hydroxid", "hydroxyde"],   # set 10: French 'hydroxyde'
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
    "mv10_vitabiotics_wellman_uk_per_tablet_nrv": (30, 1),
    "uk10_nutravita_citrate_1480_providing_240": (180, 2), "uk10_together_marine_hydroxide_per2_nrv": (60, 2),
    "de10_moleqlar_threonat_2000_davon_144": (90, 3), "de10_biomenta_bisglycinat_zwei_spalten_davon": (120, 2),
    "de10_avitale_400_aus_oxid_citrat_tagesportion": (42, 2),
    "fr10_ponroy_bisglycinate_pour3_vnr60": (90, 3), "fr10_naturactive_marin_oxyde_hydroxyde_b6_pour2": (60, 2),
    "it10_promopharma_due_sali_dicui_totale": (60, 2), "it10_magentina_marino_per_compressa_1o2": (60, 1),
    "it10_erbenobili_liquido_per100ml_dose10ml": (200, 10),
    "es10_naturalgreatness_bisglicinato_2100_del_cual": (90, 3), "es10_dietmed_malato_citrato_vrn_sin_simbolo": (60, 2),
    "es10_elgranero_cloruro_cucharadita_que_aporta": (400, 2),
    "pl10_medicaherbs_biglicynian_1400_wtym_196": (100, 2),
    "nl10_mannavital_bisglycinaat_per2_tabletten": (120, 2), "nl10_newcare_3in1_per_dagdosering": (60, 2),
    "nl10_natusor_citraat_poeder_maatschepje_waarvan": (150, 2.5),
    "cs10_pharmaactiv_v1tablete_ve2tabletach": (60, 2), "cs10_eccevita_komplex_veta_tri_soli": (90, 3),
    "cs10_terezia_taurat_1400_ztoho_125": (60, 2),
    "sv10_medicanord_citrat_per_dagsdos": (60, 2),
    "fr10_neg_biocyte_vitd3_stearate": (60, 1),
}
# Labels with two Mg rows and no printed total: elemental and %DV are sums, so they are not printed as such.
SUMMED = set()  # none in this set
# %DV/%NRV printed as a bare number in a column whose header carries the % sign.
DV_BARE = {"us10_heb_oxide250_dv_column_no_percent", "es10_dietmed_malato_citrato_vrn_sin_simbolo"}
# Nutrition Facts panels (food): %DV of minerals follows the food rounding steps.
NF_ROUND = {"pw10_skratch_exercise_mix_nutrition_facts_45"}
# ok labels that name no magnesium compound (the value is a printed magnesium statement).
NO_FORMS = {"df10_ptc_calcium_antacid_statement_magnesium5"}
# Medicine / Drug Facts / Canada / Australia / New Zealand / topical labels: per unit, serving_count null.
SC_NULL_PREFIXES = ("df10", "ca10", "au10", "nz10", "tp10")
SC_NULL_IDS = {"uk10_bisodol_light_carbonate_computed", "de10_rennie_kautablette_entspricht_20mg",
               "de10_zechsteininside_magnesiumoel_pro_spruehstoss", "pl10_magnezin_weglan_ciezki_500_lek_computed",
               "pl10_magvit_b6_mleczan_470_co_odpowiada_48", "hu10_beres_250_b6_filmtabletta_ket_so"}

prev_ids = set()
for sub in ("blindset", "blindset3", "blindset4", "blindset5", "blindset6", "blindset7", "blindset8", "blindset9"):
    for f in glob.glob(os.path.join(HERE, "..", sub, "labels_*.py")):
        prev_ids |= set(re.findall(r'add\("([^"]+)"', open(f).read()))

problems = []
print(len(prev_ids), "earlier ids")
if not all("10" in i.split("_")[0] for i in [d["id"] for d in L]):
    problems.append("an id lacks the 10 prefix")
ids = [d["id"] for d in L]
if len(ids) != len(set(ids)):
    problems.append("duplicate ids")
for i in sorted(set(ids) & prev_ids):
    problems.append(f"{i}: id collides with a previous blind set")
for name, s in (("IMPLIED_SC", IMPLIED_SC), ("DV_BARE", DV_BARE), ("NF_ROUND", NF_ROUND), ("NO_FORMS", NO_FORMS),
                ("SC_NULL_IDS", SC_NULL_IDS)):
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
        if "magnesium" not in tl and "magnésium" not in tl:
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
    "us10_mercola_threonate_elemental_then_magtein_row": (2000, "threonate"),
    "us10_arg_orotate_dihydrate_from1000_orotic_row": (1000, "orotate"),
    "us10_arazo_taurate_front1400_taurine_row": (1400, "taurate"),
    "us10_nusapure_malate_compound_only_range": (1250, "malate"),
    "df10_aurohealth_mom_tablespoon_calcium_first_500": (1200, "hydroxide"),
    "df10_miacid_regular_5ml_magnesium85": (200, "hydroxide"),
    "df10_gericare_citrate_280_per_floz_bottle_fractions": (1745, "citrate"),
    "uk10_nutravita_citrate_1480_providing_240": (1480, "citrate"),
    "uk10_bisodol_light_carbonate_computed": (64, "carbonate"),
    "ca10_organika_threonate_from667_each_capsule": (667, "threonate"),
    "tp10_elektra_flakes_per100g_scoop_3000": (25000, "chloride"),
    "de10_rennie_kautablette_entspricht_20mg": (80, "carbonate"),
    "de10_moleqlar_threonat_2000_davon_144": (2000, "threonate"),
    "de10_biomenta_bisglycinat_zwei_spalten_davon": (2000, "glycinate"),
    "fr10_gifrer_chlorure_sachet_pour1verre": (2500, "chloride"),
    "es10_naturalgreatness_bisglicinato_2100_del_cual": (2100, "glycinate"),
    "es10_elgranero_cloruro_cucharadita_que_aporta": (2000, "chloride"),
    "pl10_magnezin_weglan_ciezki_500_lek_computed": (500, "carbonate"),
    "pl10_magvit_b6_mleczan_470_co_odpowiada_48": (470, "lactate"),
    "pl10_medicaherbs_biglicynian_1400_wtym_196": (1400, "glycinate"),
    "nl10_natusor_citraat_poeder_maatschepje_waarvan": (2500, "citrate"),
    "cs10_terezia_taurat_1400_ztoho_125": (1400, "taurate"),
}
# Labels whose total is split into parts (compound mg where printed, form, elemental part); the parts sum to the total.
PARTS = {
    "au10_nutralife_three_equiv_lines_total260": [(None, "amino_acid_chelate", 100), (400, "citrate", 60), (165.8, "oxide", 100)],
    "it10_promopharma_due_sali_dicui_totale": [(1000, "glycinate", 110), (800, "citrate", 120)],
    "us10_signaturecare_total_then_from_subrows": [(None, "glycinate", 150), (None, "oxide", 150)],
}
# Stated figures that the real label prints outside the stoichiometric range (kept as printed, see README).
FRACTION_EXCEPTIONS = {}  # none (hu10 Béres is stated and not checked as a sum; see README)
# id -> (per-100 g/ml figure in mg, portion g or ml): per-100 trap must be consistent with the portion value
PER100 = {"it10_erbenobili_liquido_per100ml_dose10ml": (3000, 10), "tp10_elektra_flakes_per100g_scoop_3000": (12000, 25)}
# id -> factor with elemental_mg == elemental_alt_mg * factor (per-unit alt: units per serving; per-sachet alt: 1/8)
ALT_FACTOR = {"us10_healthyorigins_per2_per4_columns_serving4": 2, "de10_biomenta_bisglycinat_zwei_spalten_davon": 2,
              "fr10_gifrer_chlorure_sachet_pour1verre": 0.125, "cs10_pharmaactiv_v1tablete_ve2tabletach": 2}
byid = {d["id"]: d for d in L}
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
