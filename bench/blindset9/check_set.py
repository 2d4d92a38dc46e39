#!/usr/bin/env python3
"""Consistency checks for the blind-set label sources (labels_p.py + labels_q.py; adapted from bench/blindset8/check_set.py).
Prints problems; exit 1 if any.

Checks, per label:
  * printed %DV vs elemental_mg / DV base (420 US adult, 375 EU/UK; `_dvb` overrides) within +-1.5, and exactly the rounded value
  * for tol-2 labels: the elemental figure appears in the text (any of 200 / 187,5 / 1,000 / 1.000 / 1 000 / 0,4 g spellings)
  * serving_count appears in the text as a number (or, for EU/UK daily doses, unit count / units per dose: IMPLIED_SC)
  * every expected form has a matching word in the text; negatives have no forms/elemental
  * the panel keyword of make_set.py is found (so the title block is split off), ids carry a 9 in their prefix and do not
    collide with the earlier blind sets (a/b/c, d/e/f, g/h, i, j/k, l/m, n/o)
  * fraction arithmetic (COMPOUND), per-100 g/ml traps (PER100), elemental_alt_mg factors (ALT_FACTOR)
  * set 9: a computed (tol != 2) value is the compound x the MIDDLE of the fraction range, and its tolerance must
    accept the whole range compound x [lo, hi] (glycinate 10-14.1 % etc.)
"""
import glob, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import labels_q  # noqa: F401,E402
from labels_p import L
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
    "salicylate": ["salicylat"],
    "gluconate": ["gluconat", "gluconate", "glukonian", "gluconaat", "gluconato"],
    "carbonate": ["carbonat", "carbonate", "carbonato", "węglan", "carbonaat", "uhličitan"],
    "pidolate": ["pidolat", "pidolate", "pidolato"],
    "sulfate": ["sulfat", "sulfate", "sulphate"],
    "acetyl_taurate": ["acetyl taur"],
    "amino_acid_chelate": ["amino acid chelate", "chelat aminokwasowy"],
    "hydroxide": ["hydroxide", "hydroxid"],
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

# Labels whose serving_count is implied (unit count printed / units per serving), verified here by hand-entered
# (unit count, units per serving); the unit count must appear in the text.
IMPLIED_SC = {
    "de9_magium_k_pro_tablette_pro_tagesdosis": (60, 4), "de9_kneipp_400_brausetablette_carbonat_oxid": (15, 1),
    "de9_vitabay_citrat_2400_davon_360": (180, 3), "de9_drjacobs_depot_b_vitamine_pro_tablette": (30, 1),
    "fr9_natform_marin_oxyde_dont_pour2": (60, 2), "fr9_lescuyer_citrate_pour1_pour3": (90, 3),
    "fr9_nutrimea_bisglycinate_1500_dont_element": (90, 3),
    "it9_esi_tre_sali_dose_giornaliera_2cpr": (60, 2), "it9_pool_bustina_per100g_potassio": (20, 1),
    "it9_aboca_cloruro_esaidrato_1g_dicui": (60, 1),
    "es9_carrefour_carbonato_b6_por2": (60, 2), "es9_bequisa_citrato_1875_que_aporta_decimal": (90, 3),
    "es9_vitanatur_bisglicinato_por1_por2": (60, 2),
    "pl9_apteo_magnez_b6_2tabletki_dwie_sole": (60, 2), "pl9_formeds_cytrynian_1600_wtym": (60, 2),
    "pl9_olimp_saszetki_w100g_w1saszetce": (20, 1),
    "nl9_vitaminstore_bisglycinaat_1800_waarvan": (90, 3), "nl9_orthovitaal_citraat_per_tablet_1tot2": (120, 1),
    "nl9_bodyfit_malaat_uit_1000_per2": (60, 2),
    "cs9_medpharma_400_b6_denni_davka_1tableta": (30, 1), "cs9_salutem_bisglycinat_1200_ztoho": (60, 2),
    "pt9_prozis_citrato_dose_diaria_2caps": (120, 2),
    "uk9_myprotein_citrate_typical_values_of_which": (90, 3), "uk9_superdrug_oxide_375_one_a_day": (60, 1),
}
# Labels with two Mg rows and no printed total: elemental and %DV are sums, so they are not printed as such.
SUMMED = set()  # none in this set
# %NRV printed as a bare number in a column whose header carries the % sign (none in this set).
DV_BARE = set()

prev_ids = set()
for sub in ("blindset", "blindset3", "blindset4", "blindset5", "blindset6", "blindset7", "blindset8"):
    for f in glob.glob(os.path.join(HERE, "..", sub, "labels_*.py")):
        prev_ids |= set(re.findall(r'add\("([^"]+)"', open(f).read()))

problems = []
print(len(prev_ids), "earlier ids")
if not all("9" in i.split("_")[0] for i in [d["id"] for d in L]):
    problems.append("an id lacks the 9 prefix")
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
    if d["kind"] in ("drug_facts", "intl", "topical") and d["lang"] == "en" and d["id"].split("_")[0] in ("df9", "ca9", "au9", "nz9", "tp9"):
        if d["serving_count"] is not None:
            problems.append(f"{lid}: Drug Facts / Canada / Australia label with a serving_count")

# ---- arithmetic behind the expected values (as in set 6, extended) ----------------------------------------------
# Mg fractions (magnesium.md section 1); ranges where commercial material varies. A stated elemental figure must lie within
# [lo*0.97, hi*1.03] of compound x fraction; a computed (tol 20) figure must equal round(compound x fraction, 1), with the
# fraction named in COMPOUND (third item) or the range's low end.
FRACTION = {"oxide": (0.603, 0.603), "hydroxide": (0.417, 0.417), "chloride": (0.120, 0.120), "citrate": (0.12, 0.162),
            "glycinate": (0.10, 0.141), "malate": (0.116, 0.155), "pidolate": (0.087, 0.087), "threonate": (0.072, 0.0825),
            "carbonate": (0.25, 0.288), "lactate": (0.102, 0.120), "taurate": (0.089, 0.089), "orotate": (0.066, 0.073),
            "gluconate": (0.054, 0.059),
            # set 8: aspartate from magnesium.md (6.7 % tetrahydrate .. 9.9 % aspartate HCl trihydrate);
            # salicylate is not in magnesium.md: Mg(C7H5O3)2.4H2O computed the same way (Mg 24.305 / M 370.59 = 0.0656,
            # agreeing with 467.2 mg anhydrous x 24.305/298.53 as printed on the Doan's label).
            "aspartate": (0.067, 0.099), "salicylate": (0.0656, 0.0656),
            # set 9: magnesium trisilicate is not in magnesium.md; computed the same way: Mg2Si3O8 anhydrous
            # 48.61/260.86 = 0.1863, pentahydrate 48.61/350.94 = 0.1385 (commercial material is hydrated, x varies)
            "trisilicate": (0.1385, 0.1863)}
# id -> (compound mg per serving/unit as printed, form[, fraction used for a computed value]); the compound weight must
# appear in the text
COMPOUND = {
    "us9_youtheory_glycinate_compound_only_range": (1000, "glycinate"),
    "us9_vitacost_malate_from2500": (2500, "malate"), "us9_kroger_citrate_compound_in_paren_1500": (1500, "citrate"),
    "df9_gaviscon_regular_trisilicate_computed": (14.2, "trisilicate"), "df9_mom_5ml_teaspoonful_computed": (400, "hydroxide"),
    "df9_sunmark_citrate_content_290": (1745, "citrate"),
    "uk9_myprotein_citrate_typical_values_of_which": (2000, "citrate"),
    "au9_healthycare_oxide_equiv250_each_tablet": (414, "oxide"), "nz9_goodhealth_chloride_hexahydrate_equiv100": (833, "chloride"),
    "de9_vitabay_citrat_2400_davon_360": (2400, "citrate"), "fr9_natform_marin_oxyde_dont_pour2": (500, "oxide"),
    "fr9_nutrimea_bisglycinate_1500_dont_element": (1500, "glycinate"), "it9_aboca_cloruro_esaidrato_1g_dicui": (1000, "chloride"),
    "es9_bequisa_citrato_1875_que_aporta_decimal": (1875, "citrate"), "pl9_formeds_cytrynian_1600_wtym": (1600, "citrate"),
    "nl9_vitaminstore_bisglycinaat_1800_waarvan": (1800, "glycinate"), "nl9_bodyfit_malaat_uit_1000_per2": (1000, "malate"),
    "cs9_salutem_bisglycinat_1200_ztoho": (1200, "glycinate"),
}
# Labels whose total is split into parts (each with its compound where printed); the parts sum to the expected total.
PARTS = {}  # none in this set
# Stated figures that the real label prints outside the stoichiometric range (kept as printed, see README).
FRACTION_EXCEPTIONS = {}  # none in this set
# id -> (per-100 g/ml figure in mg, portion g or ml): per-100 trap must be consistent with the portion value
PER100 = {"it9_pool_bustina_per100g_potassio": (3000, 5), "pl9_olimp_saszetki_w100g_w1saszetce": (5000, 4),
          "cs9_topnatur_citrat_prasek_ve100g_v_davce": (15000, 2)}
# id -> factor with elemental_mg == elemental_alt_mg * factor (per-unit alt: units per serving; per-day alt: 0.5)
ALT_FACTOR = {"us9_naturesway_glycinate_percap_per2_cols": 2, "us9_riteaid_perserving_perday_two_salts": 0.5,
              "de9_magium_k_pro_tablette_pro_tagesdosis": 4, "fr9_lescuyer_citrate_pour1_pour3": 3,
              "es9_vitanatur_bisglicinato_por1_por2": 2}
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
