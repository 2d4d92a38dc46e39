#!/usr/bin/env python3
"""Consistency checks for the blind-set label sources (labels_z.py + labels_eu.py; adapted from bench/blindset14/check_set.py).
Prints problems; exit 1 if any.

Checks, per label:
  * printed %DV vs elemental_mg / DV base (420 US adult, 375 EU/UK; `_dvb` overrides, 375 for the UK label) within +-1.5,
    and exactly the rounded value (Nutrition Facts labels in NF_ROUND: the food rounding steps of magnesium.md section 4);
    set 14: the prenatal sets `_dvb` 400 (its footnote names pregnant and lactating women); set 15: the prenatal's %DV header
    names pregnant and lactating women (`_dvb` 400), the Irish label sets 375
  * for tol-2 labels: the elemental figure appears in the text (any of 200 / 187,5 / 1,000 / 1.000 / 1 000 / 0,4 g spellings)
  * serving_count appears in the text as a number (or, for EU/UK daily doses, unit count / units per dose: IMPLIED_SC);
    set 14: where a 'servings per container' line is printed, serving_count is one of that line's numbers
  * every expected form has a matching word in the text; negatives have no forms/elemental; an ok label without forms
    must be listed in NO_FORMS
  * the panel keyword of make_set.py is found (so the title block is split off), ids carry a 15 in their prefix and do not
    collide with the earlier blind sets (a/b/c, d/e/f, g/h, i, j/k, l/m, n/o, p/q, r/s, t/u, v/w, x/y, set 14's p/q)
  * set 15: a label whose text names pregnant and lactating women has `_dvb` 400, and a label with `_dvb` 400 names them
  * fraction arithmetic (COMPOUND), parts adding up to a printed total (PARTS), per-100 g/ml traps (PER100),
    elemental_alt_mg factors (ALT_FACTOR)
  * as in set 9: a computed (tol != 2) value is the compound x the MIDDLE of the fraction range, and its tolerance must
    accept the whole range compound x [lo, hi]
"""
import glob, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import labels_eu  # noqa: F401,E402
from labels_z import L
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
    "ie15_reviveactive_each_sachet_provides_magnesium_100_27pct": (30, 1),
    "de15_innonature_citrat_400_nrv_column_before_amount": (120, 2),
    "de15_biogelat_mg_mmol_nrv_units_in_header_bare_numbers": (60, 1),
    "fr15_lashile_table_split_1_2_and_2_2_magnesium_in_second": (60, 2),
    "fr15_synergia_oxyde_marin_415_footnote_soit_250_element": (60, 2),
    "it15_naturalpoint_supremo_per_100g_before_cucchiaino_2_5g": (150, 2.5),
    "it15_cabassi_pidolato_1500_pari_a_magnesio_130_bustina": (20, 1),
    "es15_obire_por_comprimido_range_1_2_150_300_in_directions": (60, 1),
    "pl15_ostrovit_magnez_z_cytrynianu_w_2_tabletkach": (90, 2),
    "pl15_sanbios_magnez_chelat_aminokwasowy_zawartosc_w_1_kapsulce": (60, 1),
    "nl15_detuinen_citraat_mg_symbol_per_tablet_1_2_per_dag": (100, 1),
    "cs15_cemio_horcik_300_oxid_obsah_v_1_tablete": (30, 1),
    "sk15_fytopharma_magnezium_b6_zlozenie_v_1_tablete_1_2_denne": (40, 1),
    "hu15_jutavit_magnezium_250_hatoanyag_tartalom_1_filmtablettaban": (100, 1),
    "ro15_alevia_magneziu_din_citrat_2_comprimate_vnr": (60, 2),
    "da15_bifodan_magnesium_150_indhold_pr_tablet_ri": (90, 1),
    "hr15_naturalwealth_magnezij_375_hranjiva_vrijednost_1_tableta": (30, 1),
}
# Labels with two Mg rows (or lines) and no printed total: elemental and %DV are sums, so they are not printed as such.
SUMMED = {"au15_wagner_two_equiv_lines_no_total_summed_250"}
# %DV/%NRV printed as a bare number in a column whose header carries the % sign.
DV_BARE = {"de15_biogelat_mg_mmol_nrv_units_in_header_bare_numbers"}
# Nutrition Facts panels (food): %DV of minerals follows the food rounding steps.
NF_ROUND = {"lq15_premierprotein_shake_nutrition_facts_100mg_nf_round_25"}
# ok labels that name no magnesium compound (the value is a printed magnesium figure).
NO_FORMS = set()
# Medicine / Drug Facts / Canada / Australia / New Zealand / topical labels: per unit, serving_count null.
SC_NULL_PREFIXES = ("df15", "ca15", "au15", "tp15")
SC_NULL_IDS = {"neg15_boiron_magnesia_phosphorica_30c_single_remedy_pellets",
               "neg15_claritin_loratadine_24hr_magnesium_stearate_only"}
# Words by which a negative must mention magnesium (set 11: also Polish 'magnez-'; set 12: Spanish 'magnesio'; set 14:
# Portuguese 'magnésio' and the homeopathic 'magnesia'; set 15: Slovenian 'magnezij').
MG_WORDS = ("magnesium", "magnésium", "magnez", "magnesio", "magnésio", "magnesia", "magnezij")

prev_ids = set()
for sub in ("blindset", "blindset3", "blindset4", "blindset5", "blindset6", "blindset7", "blindset8", "blindset9", "blindset10", "blindset11",
            "blindset12", "blindset13", "blindset14"):
    for f in glob.glob(os.path.join(HERE, "..", sub, "labels_*.py")):
        prev_ids |= set(re.findall(r'add\("([^"]+)"', open(f).read()))

problems = []
print(len(prev_ids), "earlier ids")
if not all("15" in i.split("_")[0] for i in [d["id"] for d in L]):
    problems.append("an id lacks the 15 prefix")
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
for d in L:   # set 15: the pregnancy DV base goes with a text that names pregnant and lactating women, and only with it
    names = bool(re.search(r"pregnant and lactating", d["_text"], re.I))
    if names != (d.get("_dvb") == 400):
        problems.append(f"{d['id']}: _dvb {d.get('_dvb')} vs pregnant/lactating wording {names}")
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
    "us15_magg_gluconate_500_title_27mg_per_tablet": (500, "gluconate"),
    "us15_toniiq_taurate_compound_row_elemental_in_footnote": (1000, "taurate"),
    "us15_naturesplus_citrate_from_1515mg_source_clause": (1515, "citrate"),
    "us15_puresynergy_glycinate_compound_and_elemental_columns": (665, "glycinate"),
    "us15_nutridyn_orotate_dihydrate_1000mg_in_source_66": (1000, "orotate"),
    "df15_foodlion_citrate_cherry_in_each_fl_oz_magnesium_290": (1745, "citrate"),
    "df15_careone_mom_concentrated_800mg_per_5ml_teaspoonful_computed": (800, "hydroxide"),
    "df15_equaline_dual_action_complete_calcium_320_magnesium_70": (165, "hydroxide"),
    "df15_healthmart_mom_chewable_311mg_each_tablet_magnesium_130": (311, "hydroxide"),
    "fr15_synergia_oxyde_marin_415_footnote_soit_250_element": (415, "oxide"),
    "it15_cabassi_pidolato_1500_pari_a_magnesio_130_bustina": (1500, "pidolate"),
}
# Labels whose total is split into parts (compound mg where printed, form, elemental part); the parts sum to the total
# (set 15: Wagner prints two 'equiv. magnesium' lines and no total; the parts sum to the expected value; the amino acid
# chelate has no fraction, so its compound weight is not checked).
PARTS = {
    "au15_wagner_two_equiv_lines_no_total_summed_250": [(None, "amino_acid_chelate", 100), (250, "oxide", 150)],
}
# Set 12: a printed total over several compounds without per-compound elemental figures: the total must lie within
# the sum of compound x [lo, hi] (widened by 3 %). Set 15: none.
TOTAL_RANGE = {}
# Stated figures that the real label prints outside the stoichiometric range (kept as printed, see README).
FRACTION_EXCEPTIONS = {}  # none
# id -> (per-100 g/ml figure in mg, portion g or ml): per-100 trap must be consistent with the portion value
PER100 = {"it15_naturalpoint_supremo_per_100g_before_cucchiaino_2_5g": (15000, 2.5)}
# id -> factor with elemental_mg == elemental_alt_mg * factor (per-unit alt: units per serving)
ALT_FACTOR = {"us15_emeraldlabs_buffered_glycinate_per_capsule_and_per_serving_columns": 2}
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
