#!/usr/bin/env python3
"""Consistency checks for the blind-set label sources (labels_l.py + labels_m.py; adapted from bench/blindset6/check_set.py).
Prints problems; exit 1 if any.

Checks, per label:
  * printed %DV vs elemental_mg / DV base (420 US adult, 375 EU/UK; `_dvb` overrides) within +-1.5, and exactly the rounded value
  * for tol-2 labels: the elemental figure appears in the text (any of 200 / 187,5 / 1,000 / 1.000 / 1 000 / 0,4 g spellings)
  * serving_count appears in the text as a number (or, for EU/UK daily doses, unit count / units per dose: IMPLIED_SC)
  * every expected form has a matching word in the text; negatives have no forms/elemental
  * the panel keyword of make_set.py is found (so the title block is split off), ids carry a 7 in their prefix and do not
    collide with the earlier blind sets (a/b/c, d/e/f, g/h, i, j/k)
  * fraction arithmetic (COMPOUND), per-100 g/ml traps (PER100), elemental_alt_mg factors (ALT_FACTOR)
"""
import glob, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import labels_m  # noqa: F401,E402
from labels_l import L
import make_set  # noqa: E402  (re-writes texts/ and expected.jsonl; harmless)

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
    "gluconate": ["gluconat", "gluconate", "glukonian", "gluconaat", "gluconato"],
    "carbonate": ["carbonat", "carbonate", "carbonato", "węglan", "carbonaat", "uhličitan"],
    "pidolate": ["pidolat", "pidolate", "pidolato"],
    "sulfate": ["sulfat", "sulfate", "sulphate"],
    "acetyl_taurate": ["acetyl taur"],
    "amino_acid_chelate": ["amino acid chelate", "chelat aminokwasowy"],
    "hydroxide": ["hydroxide", "hydroxid"],
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

# Labels whose serving_count is implied (unit count printed / units per serving), verified here by hand-entered
# (unit count, units per serving); the unit count must appear in the text.
IMPLIED_SC = {
    "de7_diasporal300_granulat_entsprechend": (20, 1), "de7_naturalelements_komplex_davon_fuenf_quellen": (180, 2),
    "de7_kclassic_brause_pro100g_brennwert": (20, 1), "de7_mivolis_kapseln_gramm_04g": (60, 1),
    "fr7_holistica_bisglycinate_dont_espace": (90, 3), "fr7_cooper_b6_pour1_pour2": (60, 2),
    "fr7_oemine_chlorure_dont_element": (60, 2), "fr7_santarome_ampoules_pour100ml": (20, 1),
    "it7_specchiasol_marino_nome_a_capo": (60, 2), "it7_biovita_bisglicinato_frase": (60, 2),
    "it7_nutrilinea_due_sali_dicui_totale": (60, 2),
    "es7_vitaldin_citrato_malato_vrn": (60, 2), "es7_prisma_marino_b6_aportan": (60, 2),
    "es7_beplus_gominolas_por100g": (60, 2), "es7_solnatural_bisglicinato_gramos": (90, 3),
    "pl7_activlab_musujace_w100g": (20, 1), "pl7_pharmovit_1kaps_2kaps": (60, 2),
    "pl7_noblehealth_nazwa_zawinieta_trzy_sole": (60, 2),
    "nl7_yummygums_per2_gummies": (60, 2), "nl7_vitortho_malaat_per3": (90, 3),
    "cs7_allnature_bisglycinat_veta": (60, 2), "cs7_dacom_laktat_ztoho_1tableta": (30, 1),
    "cs7_maxivita_sacky_ve100g": (20, 1),
    "uk7_ethicalnutrition_taurate_nrv_bare": (60, 2), "uk7_healthspan_citrate_of_which": (120, 2),
}
# Labels with two Mg rows: elemental and %DV are sums, so they are not printed as such (none in this set:
# the two-salt labels print their own total).
SUMMED = set()
# %NRV printed as a bare number in a column whose header carries the % sign ("NRV %" ... "40").
DV_BARE = {"uk7_ethicalnutrition_taurate_nrv_bare"}

prev_ids = set()
for sub in ("blindset", "blindset3", "blindset4", "blindset5", "blindset6"):
    for f in glob.glob(os.path.join(HERE, "..", sub, "labels_*.py")):
        prev_ids |= set(re.findall(r'add\("([^"]+)"', open(f).read()))

problems = []
print(len(prev_ids), "earlier ids")
if not all(i.split("_")[0].endswith("7") for i in [d["id"] for d in L]):
    problems.append("an id lacks the 7 prefix")
ids = [d["id"] for d in L]
if len(ids) != len(set(ids)):
    problems.append("duplicate ids")
for i in sorted(set(ids) & prev_ids):
    problems.append(f"{i}: id collides with a previous blind set")

for d in L:
    t, lid = d["_text"], d["id"]
    tl = t.lower()
    if " |" in t and not any(" | " in l or l.rstrip().endswith(" |") for l in t.splitlines()):
        problems.append(f"{lid}: odd table syntax")
    lines = t.strip("\n").split("\n")
    k = next((j for j, l in enumerate(lines) if make_set.KW.search(l)), None)
    if k is None or k == 0 or k > 6:
        problems.append(f"{lid}: panel keyword line index {k}")
    if d["status"] == "no_magnesium":
        if d["elemental_mg"] is not None or d["forms"] or d["percent_dv"] is not None:
            problems.append(f"{lid}: negative with values")
        continue
    el, dv = d["elemental_mg"], d["percent_dv"]
    if el is None:
        problems.append(f"{lid}: ok without elemental")
        continue
    if d["elemental_tol_pct"] == 2 and lid not in SUMMED:
        if not any(s in t for s in spellings(el)):
            problems.append(f"{lid}: elemental {el} not found in text")
    if dv is not None:
        calc = el / dv_base(d) * 100
        if abs(calc - dv) > 1.5:
            problems.append(f"{lid}: dv {dv} vs computed {calc:.1f} (base {dv_base(d)})")
        elif round(calc + 1e-9) != dv:
            problems.append(f"{lid}: dv {dv} is not the rounded {calc:.2f} (base {dv_base(d)})")
        pat = rf"(?<![\d,.]){dv}(?![\d,.])" if lid in DV_BARE else rf"(?<![\d,.]){dv}\s?%"
        if lid not in SUMMED and not re.search(pat, t):
            problems.append(f"{lid}: printed dv {dv}% not found")
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
    if d["kind"] in ("drug_facts", "intl", "topical") and d["lang"] == "en" and d["id"].split("_")[0] in ("df7", "ca7", "au7"):
        if d["serving_count"] is not None:
            problems.append(f"{lid}: Drug Facts / Canada / Australia label with a serving_count")

# ---- arithmetic behind the expected values (as in set 6, extended) ----------------------------------------------
# Mg fractions (magnesium.md section 1); ranges where commercial material varies. A stated elemental figure must lie within
# [lo*0.97, hi*1.03] of compound x fraction; a computed (tol 20) figure must equal round(compound x fraction, 1), with the
# fraction named in COMPOUND (third item) or the range's low end.
FRACTION = {"oxide": (0.603, 0.603), "hydroxide": (0.417, 0.417), "chloride": (0.120, 0.120), "citrate": (0.12, 0.162),
            "glycinate": (0.10, 0.141), "malate": (0.116, 0.155), "pidolate": (0.087, 0.087), "threonate": (0.072, 0.0825),
            "carbonate": (0.25, 0.288), "lactate": (0.102, 0.120), "taurate": (0.089, 0.089), "orotate": (0.066, 0.073),
            "gluconate": (0.054, 0.059)}
# id -> (compound mg per serving/unit as printed, form[, fraction used for a computed value]); the compound weight must
# appear in the text
COMPOUND = {
    "us7_doctorsbest_threonate_wrapped_name": (2000, "threonate"), "us7_ecological_orotate_from1000_2x2": (1000, "orotate"),
    "us7_rugby_gluconate_compound_in_paren": (500, "gluconate"), "us7_nutricost_taurate_compound_only": (1500, "taurate"),
    "pw7_nutricost_citrate_powder_from1500": (1500, "citrate"),
    "df7_familydollar_mom_500_per15ml": (1200, "hydroxide"), "df7_maalox_regular_per_5ml_teaspoon": (200, "hydroxide"),
    "df7_maxstrength_antacid_10ml_dose_340": (800, "hydroxide"),
    "df7_cvs_mgcitrate_no_mg_statement": (1745, "citrate", 0.162),
    "uk7_ethicalnutrition_taurate_nrv_bare": (1720, "taurate"), "uk7_healthspan_citrate_of_which": (1875, "citrate"),
    "de7_diasporal300_granulat_entsprechend": (1830, "citrate"),
    "fr7_holistica_bisglycinate_dont_espace": (1350, "glycinate"), "fr7_oemine_chlorure_dont_element": (1000, "chloride"),
    "it7_biovita_bisglicinato_frase": (1400, "glycinate"), "es7_solnatural_bisglicinato_gramos": (2100, "glycinate"),
    "pl7_magneb6forte_tabletka_zawiera_lek": (618.43, "citrate"), "cs7_dacom_laktat_ztoho_1tableta": (470, "lactate"),
}
# The two salts of the Italian two-salt label, each with its own "di cui" row, and the printed total.
PARTS = {"it7_nutrilinea_due_sali_dicui_totale": [(700, "glycinate", 98), (560, "taurate", 50)],
         "de7_naturalelements_komplex_davon_fuenf_quellen": [(None, None, 120), (None, None, 100), (None, None, 80),
                                                             (None, None, 60), (None, None, 40)]}
# Stated figures that the real label prints outside the stoichiometric range (kept as printed, see README).
FRACTION_EXCEPTIONS = {"df7_walgreens_antacid_10ml_175_stated": (400, "hydroxide")}   # 400 x 0.417 = 166.8, label states 175
# id -> (per-100 g/ml figure in mg, portion g or ml): per-100 trap must be consistent with the portion value
PER100 = {"de7_kclassic_brause_pro100g_brennwert": (6700, 4.5), "fr7_santarome_ampoules_pour100ml": (3000, 10),
          "it7_namedsport_bustina_per100g": (3000, 5), "es7_beplus_gominolas_por100g": (1500, 5),
          "pl7_activlab_musujace_w100g": (9400, 4), "nl7_jacobhooy_citraat_poeder_per100g": (14000, 2.5),
          "cs7_maxivita_sacky_ve100g": (4000, 5)}
# id -> factor with elemental_mg == elemental_alt_mg * factor (per-unit alt: units per serving; per-day alt: 0.5)
ALT_FACTOR = {"us7_wholefoods365_citrate_per1_per2": 2, "mv7_dfh_twice_daily_multi_perday": 0.5,
              "fr7_cooper_b6_pour1_pour2": 2, "pl7_pharmovit_1kaps_2kaps": 2}
byid = {d["id"]: d for d in L}
for lid, spec in COMPOUND.items():
    mg, form = spec[0], spec[1]
    d = byid[lid]; el = d["elemental_mg"]; lo, hi = FRACTION[form]
    if not any(s in d["_text"] for s in spellings(mg) | {f"{mg/1000:g} g", f"{mg/1000:g} g".replace(".", ",")}):
        problems.append(f"{lid}: compound {mg} not in text")
    if form not in d["forms"]:
        problems.append(f"{lid}: fraction form {form} not among forms")
    if d["elemental_tol_pct"] == 20:
        fr = spec[2] if len(spec) > 2 else lo
        if not lo <= fr <= hi or abs(round(mg * fr, 1) - el) > 0.05:
            problems.append(f"{lid}: computed {mg} x {fr} = {mg*fr:.1f} != {el}")
    elif not (mg * lo * 0.97 <= el <= mg * hi * 1.03):
        problems.append(f"{lid}: stated {el} outside {mg} x [{lo}, {hi}] = {mg*lo:.1f}-{mg*hi:.1f}")
for lid, parts in PARTS.items():
    d = byid[lid]
    if abs(sum(p[2] for p in parts) - d["elemental_mg"]) > 1e-6:
        problems.append(f"{lid}: parts {[p[2] for p in parts]} do not sum to {d['elemental_mg']}")
    for mg, form, part in parts:
        if mg is not None:
            lo, hi = FRACTION[form]
            if not (mg * lo * 0.97 <= part <= mg * hi * 1.03):
                problems.append(f"{lid}: part {part} outside {mg} x [{lo}, {hi}]")
for lid, (mg, form) in FRACTION_EXCEPTIONS.items():
    d = byid[lid]
    assert d["elemental_tol_pct"] == 2 and form in d["forms"]
    if not any(s in d["_text"] for s in spellings(mg)):
        problems.append(f"{lid}: compound {mg} not in text")
for d in L:  # every tol-20 label must be covered by a fraction check
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
