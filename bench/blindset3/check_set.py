#!/usr/bin/env python3
"""Consistency checks for the blind-set label sources (labels_d/e/f.py). Prints problems; exit 1 if any.

Checks, per label:
  * printed %DV vs elemental_mg / DV base (420 US adult, 400 legacy/pregnancy, 80 children 1-3, 375 EU/UK) within +-1.5
  * for tol-2 labels: the elemental figure appears in the text (any of 200 / 187,5 / 1,000 / 1.000 / 1 000 spellings)
  * serving_count appears in the text as a number
  * every expected form has a matching word in the text; negatives have no forms/elemental
  * the panel keyword of make_set.py is found (so the title block is split off), and ids do not collide with the
    previous blind set (if its sources are at ../blindset)
"""
import glob, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from labels_f import L
import make_set  # noqa: E402  (re-writes texts/ and expected.jsonl; harmless)

FORM_WORDS = {
    "glycinate": ["glycin", "glicin", "glicyn", "glycinát"],
    "citrate": ["citrat", "citrate", "citrato", "cytrynian", "citraat", "citrát", "dicitrat"],
    "malate": ["malat", "malate", "malato", "malaat", "malát"],
    "taurate": ["taurat", "taurate", "taurinate", "taurato", "tauraat", "taurát"],
    "threonate": ["threonat", "treonato", "treonian", "magtein"],
    "orotate": ["orotat", "orotate", "orotát"],
    "oxide": ["oxid", "oxyde", "ossido", "óxido", "tlenek", "oxide"],
    "chloride": ["chlorid", "chlorure", "cloruro", "chlorek"],
    "lactate": ["lactat", "lactate", "lattato", "lactato", "mleczan", "laktát"],
    "aspartate": ["aspart", "asparaginian", "asporotate"],
    "gluconate": ["gluconat", "gluconate", "glukonian"],
    "carbonate": ["carbonat", "carbonate", "carbonato", "węglan", "carbonaat", "uhličitan"],
    "pidolate": ["pidolat", "pidolate", "pidolato"],
    "sulfate": ["sulfat", "sulfate", "sulphate"],
    "acetyl_taurate": ["acetyl taur"],
    "amino_acid_chelate": ["amino acid chelate", "chelat aminokwasowy"],
    "hydroxide": ["hydroxide"],
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
    "de_kapseln_1875_zwei_nrv": (120, 2), "fr_bisglycinate_taurine_dont": (60, 2), "it_totale_5sali": (60, 2),
    "it_b6_compresse_due_colonne": (40, 2), "it_citrato_taurato_dicui_totale": (60, 2), "es_lajusticia_total5": (100, 2),
    "es_bisglicinato_del_cual": (120, 2), "es_malato_capsulas_del_cual": (90, 3), "es_treonato_magtein": (90, 3),
    "pl_slowmag_b6": (50, 2), "pl_bisglicynian_dwie_kolumny": (60, 2), "pl_organiczny_trzy_sole": (60, 2),
    "nl_lucovitaal_400_citraat": (60, 2), "nl_bisglycinaat_waarvan_capsules": (120, 2), "cs_citrat_ztoho_2tablety": (60, 2),
    "cs_laktat_tobolky_1875": (90, 3), "cs_bisglycinat_dva_sloupce_upozorneni250": (120, 2), "cs_orotat_ztoho_984": (90, 3),
    "uk_naturesbest_bisgly_ofwhich": (60, 2), "ca_canprev_bisgly_each2": (120, 2),
}
# Labels with two Mg rows: elemental and %DV are sums, so they are not printed as such.
SUMMED = {"us_two_rows_glyc_threonate", "us_two_rows_oxide_aspartate_calmag"}

prev_ids = set()
for f in glob.glob(os.path.join(HERE, "..", "blindset", "labels_*.py")):
    prev_ids |= set(re.findall(r'add\("([^"]+)"', open(f).read()))

problems = []
ids = [d["id"] for d in L]
if len(ids) != len(set(ids)):
    problems.append("duplicate ids")
for i in sorted(set(ids) & prev_ids):
    problems.append(f"{i}: id collides with previous blind set")

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

for p in problems:
    print("PROBLEM", p)
print(len(L), "labels checked;", len(problems), "problems")
sys.exit(1 if problems else 0)
