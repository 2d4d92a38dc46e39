#!/usr/bin/env python3
"""Consistency checks for the blind-set label sources (labels_j.py + labels_k.py; adapted from bench/blindset5/check_set.py). Prints problems; exit 1 if any.

Checks, per label:
  * printed %DV vs elemental_mg / DV base (420 US adult, 400 legacy/pregnancy, 80 children 1-3, 375 EU/UK) within +-1.5,
    and (added for set 4) that it is exactly the rounded value
  * for tol-2 labels: the elemental figure appears in the text (any of 200 / 187,5 / 1,000 / 1.000 / 1 000 spellings)
  * serving_count appears in the text as a number
  * every expected form has a matching word in the text; negatives have no forms/elemental
  * the panel keyword of make_set.py is found (so the title block is split off), and ids do not collide with the
    previous blind set (if its sources are at ../blindset)
"""
import glob, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import labels_k  # noqa: F401,E402
from labels_j import L
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
        if n >= 1000 and n % 100 == 0:
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
    "de6_biolectra_400_direct_pro100g": (20, 1), "de6_dasgesundeplus_depot_davon_schichten": (30, 1),
    "de6_naturtreu_komplex_kapsel_tagesdosis": (120, 2), "de6_doppelherz_magnesium_kalium_brause": (15, 1),
    "fr6_fortepharma_marin_b6_pour2": (56, 2), "fr6_nutripure_bisglycinate_dont_element": (90, 3),
    "fr6_arkovital_marin_pour1_pourdose": (30, 2), "fr6_dayang_unite_colonne_separee": (60, 2),
    "it6_marcoviti_pidolato_bustina_dicui": (20, 1), "it6_biosline_principium_1cpr_2cpr": (60, 2),
    "it6_erbamea_importo_prima_del_nome": (60, 2),
    "es6_hsn_citrato_del_cual_1800": (120, 3), "es6_sotya_cloruro_4comprimidos": (100, 4),
    "es6_drasanvi_marino_b6_dos_columnas": (60, 2),
    "pl6_magnefar_b6_mleczan_dwie_kolumny": (60, 2), "pl6_osavi_bisglicynian_wtym": (60, 2),
    "pl6_myvita_cytrynian_ostrzezenie250": (120, 3), "pl6_yango_jablczan_1kapsulka": (100, 1),
    "nl6_drswaab_citraat_dagdosering": (60, 2), "nl6_bional_complex_per_tablet_per2": (60, 2),
    "nl6_essentialorganics_bisglycinaat_waarvan": (60, 1), "nl6_proviform_tauraat_per3": (90, 3),
    "cs6_virde_citrat_denni_davka": (60, 2), "cs6_naturvita_b6_1tab_2tab": (60, 2),
    "cs6_swissenergy_mnozstvi_pred_nazvem": (30, 1),
    "uk6_terranova_bisglycinate_per2": (60, 2), "uk6_biocare_citrate_each_capsule": (90, 1),
}
# Labels with two Mg rows: elemental and %DV are sums, so they are not printed as such.
SUMMED = set()

prev_ids = set()
for f in (glob.glob(os.path.join(HERE, "..", "blindset", "labels_*.py"))
          + glob.glob(os.path.join(HERE, "..", "blindset3", "labels_*.py"))
          + glob.glob(os.path.join(HERE, "..", "blindset4", "labels_*.py"))
          + glob.glob(os.path.join(HERE, "..", "blindset5", "labels_*.py"))):
    prev_ids |= set(re.findall(r'add\("([^"]+)"', open(f).read()))

problems = []
print(len(prev_ids), "earlier ids")
if not all(i.split("_")[0].endswith("6") for i in [d["id"] for d in L]):
    problems.append("an id lacks the 6 prefix")
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
        if lid not in SUMMED and not re.search(rf"(?<![\d,.]){dv}\s?%", t):
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

# ---- added for set 6: arithmetic behind the expected values -------------------------------------------------
# Mg fractions (magnesium.md section 1); ranges where commercial material varies (citrate 12-16.2 %, glycinate 10-14.1 %,
# carbonate basic-neutral 25-28.8 %, Magtein 144 mg per 2 g as marketed). A stated elemental figure must lie within
# [lo*0.97, hi*1.03] of compound x fraction; a computed (tol 20) figure must equal round(compound x fraction, 1).
FRACTION = {"oxide": (0.603, 0.603), "hydroxide": (0.417, 0.417), "chloride": (0.120, 0.120), "citrate": (0.12, 0.162),
            "glycinate": (0.10, 0.141), "malate": (0.116, 0.155), "pidolate": (0.087, 0.087), "threonate": (0.072, 0.0825),
            "carbonate": (0.25, 0.288), "lactate": (0.102, 0.120)}
# id -> (compound mg per serving/unit as printed, form); the compound weight must appear in the text
COMPOUND = {
    "us6_now_magtein_2g_row": (2000, "threonate"), "us6_magsr_plus_calcium_chloride": (1070, "chloride"),
    "us6_carlyle_citrate_fromname_1000": (1000, "citrate"), "us6_beelith_oxide600_b6": (600, "oxide"),
    "us6_uromag_oxide140_capsule": (140, "oxide"),
    "df6_citroma_290_per_floz": (1745, "citrate"), "df6_dulcolax_chewy_fruit_bites_250": (600, "hydroxide"),
    "df6_rolaids_extra_strength_135": (135, "hydroxide"), "df6_rolaids_advanced_simethicone": (200, "hydroxide"),
    "fr6_nutripure_bisglycinate_dont_element": (1200, "glycinate"), "it6_marcoviti_pidolato_bustina_dicui": (2250, "pidolate"),
    "es6_hsn_citrato_del_cual_1800": (1800, "citrate"), "es6_sotya_cloruro_4comprimidos": (2000, "chloride"),
    "pl6_osavi_bisglicynian_wtym": (1400, "glycinate"), "pl6_yango_jablczan_1kapsulka": (840, "malate"),
    "nl6_essentialorganics_bisglycinaat_waarvan": (715, "glycinate"), "au6_bioceuticals_muscleze_powder_equiv": (2140, "glycinate"),
    "au6_naturesown_oxide_829_equiv500": (829, "oxide"),
}
# Stated figures that the real label prints below the stoichiometric value (kept as printed, see README).
FRACTION_EXCEPTIONS = {"df6_tums_dual_action_65"}   # 165 mg Mg(OH)2 -> 68.8 computed, label states 65
# id -> (per-100 g/ml figure in mg, portion g or ml): per-100 trap must be consistent with the portion value
PER100 = {"de6_biolectra_400_direct_pro100g": (19000, 2.1), "it6_pharmalife_citrato_polvere_per100g": (4800, 3),
          "es6_integralia_carbonato_por100g": (25000, 1.2), "cs6_nutrend_liquid_ve100ml_davka": (625, 60)}
# id -> factor with elemental_mg == elemental_alt_mg * factor (per-unit alt: units per serving; per-day alt: 0.5)
ALT_FACTOR = {"us6_magsr_plus_calcium_chloride": 2, "us6_xymogen_optimag_perserving_perday": 0.5,
              "de6_naturtreu_komplex_kapsel_tagesdosis": 2, "fr6_arkovital_marin_pour1_pourdose": 2,
              "it6_biosline_principium_1cpr_2cpr": 2, "es6_drasanvi_marino_b6_dos_columnas": 2,
              "pl6_magnefar_b6_mleczan_dwie_kolumny": 2, "nl6_bional_complex_per_tablet_per2": 2, "cs6_naturvita_b6_1tab_2tab": 2}
byid = {d["id"]: d for d in L}
for lid, (mg, form) in COMPOUND.items():
    d = byid[lid]; el = d["elemental_mg"]; lo, hi = FRACTION[form]
    shown = mg if lid != "us6_magsr_plus_calcium_chloride" else 535
    if not any(s in d["_text"] for s in spellings(shown) | {f"{shown/1000:g} g", f"{shown/1000:g} g".replace(".", ",")}):
        problems.append(f"{lid}: compound {shown} not in text")
    if form not in d["forms"]:
        problems.append(f"{lid}: fraction form {form} not among forms")
    if d["elemental_tol_pct"] == 20:
        if abs(round(mg * lo, 1) - el) > 0.05:
            problems.append(f"{lid}: computed {mg} x {lo} = {mg*lo:.1f} != {el}")
    elif not (mg * lo * 0.97 <= el <= mg * hi * 1.03):
        problems.append(f"{lid}: stated {el} outside {mg} x [{lo}, {hi}] = {mg*lo:.1f}-{mg*hi:.1f}")
for lid in FRACTION_EXCEPTIONS:
    assert byid[lid]["elemental_tol_pct"] == 2
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
