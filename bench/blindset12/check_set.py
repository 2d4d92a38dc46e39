#!/usr/bin/env python3
"""Consistency checks for the blind-set label sources (labels_v.py + labels_w.py; adapted from bench/blindset11/check_set.py).
Prints problems; exit 1 if any.

Checks, per label:
  * printed %DV vs elemental_mg / DV base (420 US adult, 375 EU/UK; `_dvb` overrides, 400 for the prenatal) within +-1.5,
    and exactly the rounded value (Nutrition Facts labels in NF_ROUND: the food rounding steps of magnesium.md section 4)
  * for tol-2 labels: the elemental figure appears in the text (any of 200 / 187,5 / 1,000 / 1.000 / 1 000 / 0,4 g spellings)
  * serving_count appears in the text as a number (or, for EU/UK daily doses, unit count / units per dose: IMPLIED_SC)
  * every expected form has a matching word in the text; negatives have no forms/elemental; an ok label without forms
    must be listed in NO_FORMS
  * the panel keyword of make_set.py is found (so the title block is split off), ids carry a 12 in their prefix and do not
    collide with the earlier blind sets (a/b/c, d/e/f, g/h, i, j/k, l/m, n/o, p/q, r/s, t/u)
  * fraction arithmetic (COMPOUND), parts adding up to a printed total (PARTS), per-100 g/ml traps (PER100),
    elemental_alt_mg factors (ALT_FACTOR)
  * as in set 9: a computed (tol != 2) value is the compound x the MIDDLE of the fraction range, and its tolerance must
    accept the whole range compound x [lo, hi]
"""
import glob, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import labels_w  # noqa: F401,E402
from labels_v import L
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
    "us12_naturesblend_oxide250_legacy_dv400_no_spc": (100, 1),
    "uk12_highernature_each_tablet_provides_sentence_1to3": (90, 1),
    "in12_carbamideforte_glycinate_per2_elemental_subrow": (60, 2),
    "de12_vegavero_bisglycinat_nrv_bare_number_column": (180, 3), "de12_heumann_tagesdosis_satz_carbonat_oxid": (60, 2),
    "fr12_vitanza_bilingue_fr_nl_par_comprime_ar": (60, 1), "fr12_les3chenes_inline_pour2_point_virgule_marin": (40, 2),
    "it12_montefarmaco_dose_massima_2cpr_directions_1o2": (60, 2),
    "es12_interapothek_cdr_por_comprimido_carbonato": (60, 1), "pl12_xenico_saszetka_zdanie_potas800": (20, 1),
    "nl12_zonnatura_two_ri_columns_per_capsule_per2": (60, 2), "cs12_simplyyou_veta_denni_davka_3_tablety": (90, 3),
    "sv12_hjartat_nordisk_flersprakig_per_tablett": (100, 1), "hu12_bioco_hatoanyag_napi_adag_nrv_citrat": (60, 2),
    "lt12_valentis_sudetis_1_tableteje_rmv": (30, 1), "sl12_medex_vrecka_na_dnevni_odmerek_pv": (20, 1),
    "pt12_wells_sob_a_forma_de_bisglicinato_2caps": (60, 2), "da12_biosym_dagsdosis_mg_og_mmol_samme_celle": (120, 2),
    "et12_iconfit_toitainete_sisaldus_3_kapslit_tvv": (90, 3), "lv12_olainfarm_uzturvertiba_1_un_2_tabletes_urv": (50, 2),
    "bg12_naturpharma_kirilica_v_1_tabletka_hrs": (60, 1), "fi12_puhdistamo_kolme_suolaa_yhteensa_viimeisena": (120, 2),
}
# Labels with two Mg rows (or lines) and no printed total: elemental and %DV are sums, so they are not printed as such.
SUMMED = set()  # none in this set (Caruso's prints its total)
# %DV/%NRV printed as a bare number in a column whose header carries the % sign.
DV_BARE = {"de12_vegavero_bisglycinat_nrv_bare_number_column"}
# Nutrition Facts panels (food): %DV of minerals follows the food rounding steps.
NF_ROUND = {"pw12_carnation_breakfast_essentials_powder_vs_prepared", "lq12_gatorlyte_bottle_nutrition_facts_105"}
# ok labels that name no magnesium compound (the value is a printed magnesium figure).
NO_FORMS = set()  # none in this set
# Medicine / Drug Facts / Canada / Australia / New Zealand / topical labels: per unit, serving_count null.
SC_NULL_PREFIXES = ("df12", "ca12", "au12", "tp12")
SC_NULL_IDS = {"uk12_mucogel_comagaldrox_5ml_computed", "neg12_unisom_sleeptabs_doxylamine_stearate",
               "neg12_uk_nytol_oneanight_diphenhydramine_stearate", "neg12_es_dormidina_doxilamina_estearato",
               "neg12_sv_kalcipos_d_tuggtablett_magnesiumstearat"}
# Words by which a negative must mention magnesium (set 11: also Polish 'magnez-'; set 12: Spanish 'magnesio').
MG_WORDS = ("magnesium", "magnésium", "magnez", "magnesio")

prev_ids = set()
for sub in ("blindset", "blindset3", "blindset4", "blindset5", "blindset6", "blindset7", "blindset8", "blindset9", "blindset10", "blindset11"):
    for f in glob.glob(os.path.join(HERE, "..", sub, "labels_*.py")):
        prev_ids |= set(re.findall(r'add\("([^"]+)"', open(f).read()))

problems = []
print(len(prev_ids), "earlier ids")
if not all("12" in i.split("_")[0] for i in [d["id"] for d in L]):
    problems.append("an id lacks the 12 prefix")
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
    "us12_calgold_bisglycinate_compound_row_providing_line": (1000, "glycinate"),
    "us12_trunature_magtein_threonate_split_dose": (2000, "threonate"),
    "df12_par_mgoxide_pdp420_active400_elemental240": (400, "oxide"),
    "df12_premiervalue_mom_mint_no_unit_header_tablespoon501": (1200, "hydroxide"),
    "df12_qualitychoice_mom_chewable311_laxative_antacid_columns_computed": (311, "hydroxide"),
    "uk12_mucogel_comagaldrox_5ml_computed": (195, "hydroxide"),
    "uk12_highernature_each_tablet_provides_sentence_1to3": (670, "citrate"),
    "in12_carbamideforte_glycinate_per2_elemental_subrow": (1000, "glycinate"),
}
# Labels whose total is split into parts (compound mg where printed, form, elemental part); the parts sum to the total.
PARTS = {
    "fi12_puhdistamo_kolme_suolaa_yhteensa_viimeisena": [(None, "citrate", 100), (None, "glycinate", 100), (None, "malate", 100)],
}
# Set 12: a printed total over several compounds without per-compound elemental figures (Caruso's): the total must lie within
# the sum of compound x [lo, hi] (widened by 3 %); orotate as the dihydrate (6.6 %) because the label names it.
TOTAL_RANGE = {
    "au12_carusos_night_three_salts_total_equiv_last": [(250, "oxide"), (400, "citrate"), (200, "orotate_dihydrate")],
}
# Stated figures that the real label prints outside the stoichiometric range (kept as printed, see README).
FRACTION_EXCEPTIONS = {}  # none
# id -> (per-100 g/ml figure in mg, portion g or ml): per-100 trap must be consistent with the portion value
PER100 = {"it12_ethicsport_sali_per100g_perdose16g_in500ml": (375, 16)}
# id -> factor with elemental_mg == elemental_alt_mg * factor (per-unit alt: units per serving)
ALT_FACTOR = {"nl12_zonnatura_two_ri_columns_per_capsule_per2": 2, "lv12_olainfarm_uzturvertiba_1_un_2_tabletes_urv": 2}
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
