#!/usr/bin/env python3
"""Consistency checks for the blind-set label sources (labels_n.py + labels_o.py; adapted from bench/blindset7/check_set.py).
Prints problems; exit 1 if any.

Checks, per label:
  * printed %DV vs elemental_mg / DV base (420 US adult, 375 EU/UK; `_dvb` overrides) within +-1.5, and exactly the rounded value
  * for tol-2 labels: the elemental figure appears in the text (any of 200 / 187,5 / 1,000 / 1.000 / 1 000 / 0,4 g spellings)
  * serving_count appears in the text as a number (or, for EU/UK daily doses, unit count / units per dose: IMPLIED_SC)
  * every expected form has a matching word in the text; negatives have no forms/elemental
  * the panel keyword of make_set.py is found (so the title block is split off), ids carry an 8 in their prefix and do not
    collide with the earlier blind sets (a/b/c, d/e/f, g/h, i, j/k, l/m)
  * fraction arithmetic (COMPOUND), per-100 g/ml traps (PER100), elemental_alt_mg factors (ALT_FACTOR)
"""
import glob, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import labels_o  # noqa: F401,E402
from labels_n import L
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
    "de8_tasnim_citrat_pro_kapsel_pro_tagesdosis": (60, 2), "de8_vitamaze_bisglycinat_1470_davon": (180, 3),
    "de8_altapharma_direkt_stick_pro100g": (20, 1),
    "fr8_santeverte_300plus_pour2_b6": (60, 2), "fr8_dynveo_deux_sels_dont_total_espace": (90, 3),
    "fr8_ladrome_pidolate_ampoule_10ml": (20, 1),
    "it8_mgkvis_bustina_potassio_dose_giornaliera": (30, 1), "it8_phytogarda_tre_sali_una_riga": (60, 2),
    "it8_farmaderbe_ossido_grammi_dicui": (30, 1), "it8_paladin_lattato_grammi_apporti": (60, 2),
    "es8_marnys_citrato_por_capsula_por3": (90, 3), "es8_dietisa_malato_del_cual_1250_2comp": (60, 2),
    "es8_naturlider_cloruro_hexahidratado_gramos": (100, 2), "es8_natysal_bisglicinato_que_aporta": (60, 2),
    "pl8_labofarm_mleczan_b6_w3tabletkach": (60, 3), "pl8_naturawita_treonian_magtein_wtym": (90, 3),
    "pl8_hepatica_weglan_wtym_1000": (120, 2),
    "nl8_gezondenwel_citraat_per_tablet": (60, 1), "nl8_nutramin_drie_zouten_per_dagdosering": (90, 2),
    "nl8_da_bruistabletten_per100g_energie": (20, 1),
    "cs8_biomin_oxid_b6_denni_davka_2tablety": (60, 2), "cs8_naturamed_citrat_1000_titul_ztoho": (60, 2),
    "cs8_vitabalans_aspartat_v1tablete_1az3": (60, 1),
    "uk8_bulk_citrate_decimal_1875": (90, 2),
}
# Labels with two Mg rows and no printed total: elemental and %DV are sums, so they are not printed as such.
SUMMED = {"au8_thompsons_two_equiv_lines_no_total"}
# %NRV printed as a bare number in a column whose header carries the % sign (none in this set).
DV_BARE = set()

prev_ids = set()
for sub in ("blindset", "blindset3", "blindset4", "blindset5", "blindset6", "blindset7"):
    for f in glob.glob(os.path.join(HERE, "..", sub, "labels_*.py")):
        prev_ids |= set(re.findall(r'add\("([^"]+)"', open(f).read()))

problems = []
print(len(prev_ids), "earlier ids")
if not all("8" in i.split("_")[0] for i in [d["id"] for d in L]):
    problems.append("an id lacks the 8 prefix")
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
    if d["kind"] in ("drug_facts", "intl", "topical") and d["lang"] == "en" and d["id"].split("_")[0] in ("df8", "ca8", "au8", "nz8"):
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
            "aspartate": (0.067, 0.099), "salicylate": (0.0656, 0.0656)}
# id -> (compound mg per serving/unit as printed, form[, fraction used for a computed value]); the compound weight must
# appear in the text
COMPOUND = {
    "us8_horbaach_glycinate_compound_only_1000": (1000, "glycinate"),
    "us8_swanson_taurate_compound_row_then_providing": (1000, "taurate"),
    "us8_momentous_magtein_compound_first": (2000, "threonate"), "us8_carlyle_malate_front1250_panel190": (1250, "malate"),
    "df8_gericare_mom_cherry_tablespoonful": (1200, "hydroxide"), "df8_discountdrugmart_citrate_content_290": (1745, "citrate"),
    "df8_walgreens_heartburn_alhydroxide_mgcarbonate_31": (105, "carbonate"),
    "df8_doans_salicylate_tetrahydrate_computed": (580, "salicylate", 0.0656),
    "uk8_bulk_citrate_decimal_1875": (1250, "citrate"), "uk8_naturesaid_bisglycinate_sentence_1to3": (700, "glycinate"),
    "de8_magnerot_classic_tablette_entsprechend": (500, "orotate"), "de8_vitamaze_bisglycinat_1470_davon": (1470, "glycinate"),
    "fr8_magneb6_lactate_quantite_correspondante": (470, "lactate"),
    "it8_farmaderbe_ossido_grammi_dicui": (500, "oxide"), "it8_paladin_lattato_grammi_apporti": (1200, "lactate"),
    "es8_dietisa_malato_del_cual_1250_2comp": (1250, "malate"), "es8_naturlider_cloruro_hexahidratado_gramos": (1250, "chloride"),
    "es8_natysal_bisglicinato_que_aporta": (2000, "glycinate"),
    "pl8_naturawita_treonian_magtein_wtym": (2000, "threonate"), "pl8_hepatica_weglan_wtym_1000": (1000, "carbonate"),
    "cs8_naturamed_citrat_1000_titul_ztoho": (1000, "citrate"),
}
# Labels whose total is split into parts (each with its compound where printed); the parts sum to the expected total.
PARTS = {"fr8_dynveo_deux_sels_dont_total_espace": [(1050, "glycinate", 150), (750, "malate", 100)],
         "au8_thompsons_two_equiv_lines_no_total": [(None, None, 100), (166, "oxide", 100)]}
# Stated figures that the real label prints outside the stoichiometric range (kept as printed, see README).
FRACTION_EXCEPTIONS = {"tp8_naturalcalm_spray_per_ml": (225, "chloride")}  # 225 mg MgCl2: 27 (hexahydrate) / 57.4 (anhydrous); label 60
# id -> (per-100 g/ml figure in mg, portion g or ml): per-100 trap must be consistent with the portion value
PER100 = {"de8_altapharma_direkt_stick_pro100g": (20000, 2), "pl8_avet_cytrynian_proszek_w100g_lyzeczka": (10000, 3),
          "nl8_da_bruistabletten_per100g_energie": (8900, 4.2)}
# id -> factor with elemental_mg == elemental_alt_mg * factor (per-unit alt: units per serving; per-day alt: 0.5)
ALT_FACTOR = {"ch8_nordic_kids_gummies_child_adult_columns": 2, "mv8_countrylife_calmagk_perserving_perday": 0.5,
              "de8_tasnim_citrat_pro_kapsel_pro_tagesdosis": 2, "es8_marnys_citrato_por_capsula_por3": 3}
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
