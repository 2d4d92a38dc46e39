#!/usr/bin/env python3
"""Consistency checks for the blind-set label sources (labels_i.py; adapted from bench/blindset4/check_set.py). Prints problems; exit 1 if any.

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
from labels_i import L
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
    "de5_zeinpharma_citrat_transponiert": (120, 2), "de5_sandoz_forte_brause_arzneimittel": (40, 1),
    "fr5_alvityl_b6_vnr_meme_cellule": (40, 2), "fr5_ergymag_teneurs_pour1_pour2": (90, 2),
    "it5_sustenium_bustine_per100g": (14, 1), "it5_equilibra_gluconato_dicui_2col": (60, 2), "it5_longlife_apporti_senza_intestazione": (60, 2),
    "es5_santiveri_b6_dos_vrn": (48, 2), "es5_eladiet_cloruro_equivalente_a": (90, 3),
    "pl5_naturell_wtym_z_cytrynianu_tlenku": (60, 2), "pl5_doz_mleczan_weglan_ostrzezenie250": (50, 2),
    "nl5_hema_adh_per_tablet": (90, 1), "nl5_biover_tweetalig_nl_fr": (60, 2), "nl5_hollandbarrett_bisglycinaat_waarvan": (60, 2),
    "cs5_favea_oxid_laktat_2sloupce": (60, 2), "cs5_pharmanord_biomagnesium_tri_soli": (60, 1), "cs5_gymbeam_bisglycinat_ztoho": (90, 3),
    "uk5_lamberts_375_typical_values": (180, 1),
}
# Labels with two Mg rows: elemental and %DV are sums, so they are not printed as such.
SUMMED = set()

prev_ids = set()
for f in (glob.glob(os.path.join(HERE, "..", "blindset", "labels_*.py"))
          + glob.glob(os.path.join(HERE, "..", "blindset3", "labels_*.py"))
          + glob.glob(os.path.join(HERE, "..", "blindset4", "labels_*.py"))):
    prev_ids |= set(re.findall(r'add\("([^"]+)"', open(f).read()))

problems = []
print(len(prev_ids), "earlier ids")
if not all(i.split("_")[0].endswith("5") for i in [d["id"] for d in L]):
    problems.append("an id lacks the 5 prefix")
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

for p in problems:
    print("PROBLEM", p)
print(len(L), "labels checked;", len(problems), "problems")
sys.exit(1 if problems else 0)
