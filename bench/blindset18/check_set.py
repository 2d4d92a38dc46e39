#!/usr/bin/env python3
"""Consistency checks for the blind-set label sources (labels_us.py + labels_eu.py; adapted from bench/blindset17/check_set.py).
Prints problems; exit 1 if any.

Checks, per label:
  * printed %DV vs elemental_mg / DV base (420 US adult, 375 EU/UK; `_dvb` overrides, 375 for the UK label) within +-1.5,
    and exactly the rounded value (Nutrition Facts labels in NF_ROUND: the food rounding steps of magnesium.md section 4);
    set 14: the prenatal sets `_dvb` 400 (its footnote names pregnant and lactating women); set 15: the prenatal's %DV header
    names pregnant and lactating women (`_dvb` 400), the Irish label sets 375; set 16: the toddler label's %DV header names
    children 1 through 3 years (`_dvb` 80), the UK label sets 375; a %RWS printed with one decimal (DV_DECIMAL) must equal the
    computed percent rounded to one decimal; set 17: the toddler powder's header names children 1-3 years (`_dvb` 80), the
    prenatal's header names pregnant and lactating women (`_dvb` 400), the UK label sets 375; set 18: the UK label sets 375,
    a %DV printed as a bare number (DV_BARE) and a %RWS with one decimal (DV_DECIMAL) are used again
  * for tol-2 labels: the elemental figure appears in the text (any of 200 / 187,5 / 1,000 / 1.000 / 1 000 / 0,4 g spellings)
  * serving_count appears in the text as a number (or, for EU/UK daily doses, unit count / units per dose: IMPLIED_SC);
    set 14: where a 'servings per container' line is printed, serving_count is one of that line's numbers
  * every expected form has a matching word in the text (set 17: in a list item that also names magnesium); negatives have no forms/elemental; an ok label without forms
    must be listed in NO_FORMS
  * the panel keyword of make_set.py is found (so the title block is split off), ids carry an 18 in their prefix and do not
    collide with the earlier blind sets (a/b/c, d/e/f, g/h, i, j/k, l/m, n/o, p/q, r/s, t/u, v/w, x/y, set 14's p/q, set 15's z/eu,
    set 16's us/eu, set 17's 17-prefixed ids)
  * set 15: a label whose text names pregnant and lactating women has `_dvb` 400, and a label with `_dvb` 400 names them;
    set 16: likewise 'children 1 through 3' and `_dvb` 80 (set 17: also 'children 1-3')
  * set 17: a printed millimole figure ('12,3 mmol') must equal elemental / 24.305 rounded to one decimal (MMOL); a per-litre
    analysis beside a per-bottle panel must agree with the bottle volume within the 5 mg food rounding (PER_LITRE)
  * set 18: TWO_PANELS (two products' Supplement Facts on one label): exactly one panel declares a magnesium row, and the
    value, the printed %DV and the serving count all stand in that panel; DF_STATEMENT: a Drug Facts value with tol 2 must
    be the figure of a printed 'contains: magnesium N mg' statement, and a computed Drug Facts value is allowed only when no
    magnesium statement is printed; WRAPPED: a wrapped name cell (continuation lines that are rows with only a name cell)
    is joined before the form check, and its amount stands on exactly one line of the group
  * set 16: DERIVED labels (a Drug Facts statement per 15 mL under an active per 30 mL cup): elemental = stated x factor,
    the stated figure printed
  * fraction arithmetic (COMPOUND), parts adding up to a printed total (PARTS), per-100 g/ml traps (PER100),
    elemental_alt_mg factors (ALT_FACTOR)
  * as in set 9: a computed (tol != 2) value is the compound x the MIDDLE of the fraction range, and its tolerance must
    accept the whole range compound x [lo, hi]
"""
import glob, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import labels_eu  # noqa: F401,E402
from labels_us import L
import make_set  # noqa: E402  (re-writes texts/ and expected.jsonl only when run as a script; harmless)

FORM_WORDS = {
    "glycinate": ["glycin", "glicin", "glicyn", "glycinát", "glysin"],   # set 11: Finnish
    "citrate": ["citrat", "citrate", "citrato", "cytrynian", "citraat", "citrát", "dicitrat", "sitraat", "tsitraat", "citrāt", "цитрат",
                "sitrat", "κιτρικ"],   # set 11: Finnish; set 12: Estonian, Latvian, Bulgarian; set 18: Norwegian 'sitrat', Greek 'κιτρικό'
    "malate": ["malat", "malate", "malato", "malaat", "malát", "jabłczan"],
    "taurate": ["taurat", "taurate", "taurinate", "taurato", "tauraat", "taurát", "taurynian"],
    "threonate": ["threonat", "threonaat", "treonato", "treonian", "magtein"],
    "orotate": ["orotat", "orotate", "orotát"],
    "oxide": ["oxid", "oxyde", "ossido", "óxido", "tlenek", "oxide", "oksid", "oksīd"],   # set 11: Croatian/Finnish; set 12: Latvian
    "chloride": ["chlorid", "chlorure", "cloruro", "chlorek", "klorid"],   # set 12: Hungarian
    "lactate": ["lactat", "lactate", "lattato", "lactato", "mleczan", "laktát", "lactaat", "laktāt", "laktat"],   # set 12: Latvian; set 17: Slovenian
    "aspartate": ["aspart", "asparaginian", "asporotate"],
    "salicylate": ["salicylat"],
    "gluconate": ["gluconat", "gluconate", "glukonian", "gluconaat", "gluconato"],
    "carbonate": ["carbonat", "carbonate", "carbonato", "węglan", "carbonaat", "uhličitan", "karbonat"],   # set 11: Croatian
    "pidolate": ["pidolat", "pidolate", "pidolato"],
    "sulfate": ["sulfat", "sulfate", "sulphate", "solfato"],   # set 14: Italian
    "acetyl_taurate": ["acetyl taur"],   # set 16: first use
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
    "uk18_biocare_per_capsule_and_per_2_capsules_glued_mg_200": (60, 2),
    "de18_zirkulin_pro_tablette_187_5_pro_tagesdosis_375": (60, 2),
    "fr18_synactifs_2_gelules_apportent_1200_bisglycinate_soit_168": (60, 2),
    "it18_zuccari_polvere_grams_per_100g_10g_per_dose_0_3g": (150, 3),
    "pl18_colfarm_w_2_tabletkach_100mg_rws_26_7": (50, 2),
    "es18_deliplus_contenido_por_comprimido_dot_leaders_375mg": (30, 1),
    "nl18_davitamon_per_dagdosis_2_tabletten_400_107pct": (60, 2),
    "cs18_galmed_obsah_v_1_tablete_z_toho_two_parts_250": (30, 1),
    "sk18_maxivita_vyzivove_udaje_v_1_tablete_horcik_300": (30, 1),
    "hu18_interherb_hatoanyagok_2_tablettaban_200mg_glued": (60, 2),
    "ro18_cosmopharm_per_doza_zilnica_2_comprimate_citrat_300": (60, 2),
    "pt18_prisfar_citrato_1_875_mg_equivalente_a_300": (60, 2),
    "sv18_kronans_innehall_per_tablett_250_oxid_citrat": (60, 1),
    "da18_newnordic_indhold_pr_brusetablet_375_carbonat": (20, 1),
    "fi18_tritolonen_paivaannos_2_tablettia_sitraattina_ja_oksidina_300": (60, 2),
    "no18_nycoplus_naeringsinnhold_per_tablett_200_oksid_sitrat": (60, 1),
    "el18_powerhealth_ana_diskio_375_kitriko_magnisio": (30, 1),
}
# Labels with two Mg rows (or lines) and no printed total: elemental and %DV are sums, so they are not printed as such.
SUMMED = set()   # set 18: none
# %DV/%NRV printed as a bare number in a column whose header carries the % sign.
DV_BARE = {"us18_nutraharmony_dv_bare_number_malate_300_71"}   # set 18: '| % DV' header, '300 mg | 71'
# Set 16: %RWS printed with one decimal: percent_dv is that decimal and must equal round(computed, 1).
DV_DECIMAL = {"pl18_colfarm_w_2_tabletkach_100mg_rws_26_7"}   # set 18: '26,7%'
# Nutrition Facts panels (food): %DV of minerals follows the food rounding steps.
NF_ROUND = set()   # set 18: none
# ok labels that name no magnesium compound (the value is a printed magnesium figure).
NO_FORMS = set()   # set 18: none
# Medicine / Drug Facts / Canada / Australia / New Zealand / topical labels: per unit, serving_count null.
SC_NULL_PREFIXES = ("df18", "ca18", "au18", "tp18")
SC_NULL_IDS = {"ng18_raleys_calcium_carbonate_antacid_magnesium_stearate"}
# Set 16: the elemental value is a printed statement times a factor: id -> (stated, factor)
DERIVED = {}   # set 18: none
# Set 17: labels printing millimoles beside the amount: id -> printed mmol (must be elemental / 24.305, one decimal)
MMOL = {}   # set 18: none
# Set 17: per-litre mineral analysis beside a per-bottle panel: id -> (mg per litre as printed, bottle litres)
PER_LITRE = {}   # set 18: none
# Set 18: two products' Supplement Facts panels on one label; the value comes from the panel that declares magnesium.
TWO_PANELS = {"us18_zenwise_am_pm_kit_two_panels_mg_only_in_night_panel"}
# Set 18: wrapped name cells (continuation lines are rows with only a name cell): id -> number of lines in the Mg row group
WRAPPED = {"us18_amazonelements_source_wrapped_three_lines_amount_first_line_240": 3,
           "us18_maxihealth_source_wrapped_amount_on_last_line_aspartate": 3,
           "us18_lifeseasons_five_salts_source_wrapped_two_lines_300": 2}
# Words by which a negative must mention magnesium (set 11: also Polish 'magnez-'; set 12: Spanish 'magnesio'; set 14:
# Portuguese 'magnésio' and the homeopathic 'magnesia'; set 15: Slovenian 'magnezij'; set 16: Czech 'hořeč-', Hungarian 'magnéz-').
MG_WORDS = ("magnesium", "magnésium", "magnez", "magnesio", "magnésio", "magnesia", "magnezij", "hořeč", "magnéz",
            "hořčík", "horčík", "horeč", "magnio", "magnij", "μαγνήσι")   # set 18: Czech/Slovak 'hořčík'/'horčík'/'horeč-', Lithuanian 'magnio', Latvian 'magnija', Greek 'μαγνήσιο'

prev_ids = set()
for sub in ("blindset", "blindset3", "blindset4", "blindset5", "blindset6", "blindset7", "blindset8", "blindset9", "blindset10", "blindset11",
            "blindset12", "blindset13", "blindset14", "blindset15", "blindset16", "blindset17"):
    for f in glob.glob(os.path.join(HERE, "..", sub, "labels_*.py")):
        prev_ids |= set(re.findall(r'add\("([^"]+)"', open(f).read()))

OTHER_MINERALS = ("calcium", "potassium", "zinc", "sodium", "iron", "ferrous", "potasio", "calcio", "zinco", "kalium", "zink")

def is_cont(line):
    """set 18: a continuation line of a wrapped name cell: a table row with only its name cell ('chelate, magnesium citrate |')."""
    return line.rstrip().endswith(" |") and line.count("|") == 1

def unwrap(text):
    """set 18: join each wrapped name cell's lines (a continuation line with its neighbouring table rows) into one line."""
    lines = text.split("\n")
    out = []
    for j, l in enumerate(lines):
        isrow = " | " in l or l.rstrip().endswith(" |")
        prev = lines[j - 1] if j else ""
        if out and isrow and (is_cont(prev) or (is_cont(l) and (" | " in prev or prev.rstrip().endswith(" |")))):
            out[-1] += " " + l
        else:
            out.append(l)
    return "\n".join(out)

problems = []
print(len(prev_ids), "earlier ids")
if not all("18" in i.split("_")[0] for i in [d["id"] for d in L]):
    problems.append("an id lacks the 18 prefix")
ids = [d["id"] for d in L]
if len(ids) != len(set(ids)):
    problems.append("duplicate ids")
for i in sorted(set(ids) & prev_ids):
    problems.append(f"{i}: id collides with a previous blind set")
for name, s in (("IMPLIED_SC", IMPLIED_SC), ("DV_BARE", DV_BARE), ("NF_ROUND", NF_ROUND), ("NO_FORMS", NO_FORMS),
                ("SC_NULL_IDS", SC_NULL_IDS), ("SUMMED", SUMMED), ("DV_DECIMAL", DV_DECIMAL), ("DERIVED", DERIVED),
                ("MMOL", MMOL), ("PER_LITRE", PER_LITRE), ("TWO_PANELS", TWO_PANELS), ("WRAPPED", WRAPPED)):
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
    if lid in DERIVED:
        st, fac = DERIVED[lid]
        if abs(st * fac - el) > 1e-6 or not any(s in t for s in spellings(st)):
            problems.append(f"{lid}: derived {st} x {fac} != {el} or {st} not in text")
    elif d["elemental_tol_pct"] == 2 and lid not in SUMMED:
        if not any(s in t for s in spellings(el)):
            problems.append(f"{lid}: elemental {el} not found in text")
    if dv is not None:
        calc = el / dv_base(d) * 100
        want = nf_round(calc) if lid in NF_ROUND else (round(calc, 1) if lid in DV_DECIMAL else round(calc + 1e-9))
        if lid not in NF_ROUND and abs(calc - dv) > 1.5:
            problems.append(f"{lid}: dv {dv} vs computed {calc:.1f} (base {dv_base(d)})")
        elif want != dv:
            problems.append(f"{lid}: dv {dv} is not the rounded {calc:.2f} -> {want} (base {dv_base(d)})")
        dvs = str(dv).replace(".", "[.,]")   # set 16: a decimal percent may be printed with a comma
        pat = rf"(?<![\d,.]){dvs}(?![\d,.%])" if lid in DV_BARE else rf"(?<![\d,.]){dvs}\s?%"
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
        # set 17: the form word must stand in a list item (split at , ; and line ends) that also names magnesium, so that
        # another mineral's salt ('citrato de potasio', 'zinc citrate') cannot carry a magnesium form
        # set 18: items are also split at '/' and '|' (a title 'Calcium Carbonate / Magnesium Hydroxide' must not give
        # magnesium the calcium salt); a parenthesised source list opened by a magnesium word ('(as magnesium citrate, bisglycinate, …)') counts as
        # one item when it names no other mineral
        elif not any(any(w in it for w in FORM_WORDS[f]) and any(m in it for m in MG_WORDS)
                     for it in re.split(r"[,;/|\n]", unwrap(tl)) + [g for g in re.findall(r"\(([^()]*)\)", unwrap(tl))
                                                                 if not any(o in g for o in OTHER_MINERALS)]):
            problems.append(f"{lid}: form {f} is named only in an item without a magnesium word")
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
for d in L:   # set 16: the toddler DV base (80) goes with a text that names children 1 through 3 years, and only with it
    names = bool(re.search(r"children 1 through 3|children 1[-–]3", d["_text"], re.I))   # set 17: also '1-3'
    if names != (d.get("_dvb") == 80):
        problems.append(f"{d['id']}: _dvb {d.get('_dvb')} vs 'children 1 through 3' wording {names}")
for lid, mm in MMOL.items():   # set 17: millimoles printed beside the amount
    d = next((x for x in L if x["id"] == lid), None)
    if d is None:
        continue
    if abs(d["elemental_mg"] / 24.305 - mm) > 0.05 or not re.search(rf"{str(mm).replace('.', '[.,]')} ?mmol", d["_text"]):
        problems.append(f"{lid}: mmol {mm} does not match {d['elemental_mg']} mg / 24.305 or is not printed")
for lid, (per_l, litres) in PER_LITRE.items():   # set 17: per-litre analysis vs the per-bottle value (food rounding to 5 mg)
    d = next((x for x in L if x["id"] == lid), None)
    if d is None:
        continue
    if abs(per_l * litres - d["elemental_mg"]) > 2.5 or not re.search(rf"Magnesium {per_l}\b", d["_text"]):
        problems.append(f"{lid}: per-litre {per_l} x {litres} does not round to {d['elemental_mg']} or is not printed")
for d in L:   # negatives: serving_count as printed/implied as well
    if d["status"] == "no_magnesium" and d["serving_count"] is not None and d["id"] not in IMPLIED_SC:
        if not re.search(rf"(?<![\d,.]){d['serving_count']}(?![\d,.]\d)", d["_text"]):
            problems.append(f"{d['id']}: serving_count {d['serving_count']} not in text")

for lid in TWO_PANELS:   # set 18: two products' panels; the Mg panel carries the value, the %DV and the serving count
    d = next((x for x in L if x["id"] == lid), None)
    if d is None:
        continue
    panels = re.split(r"\n(?=[^\n]*Supplement Facts)", d["_text"])[1:]
    mgp = [p for p in panels if re.search(r"^Magnesium\b[^\n]*\|", p, re.M)]
    if len(panels) != 2 or len(mgp) != 1:
        problems.append(f"{lid}: {len(panels)} panels, {len(mgp)} with a magnesium row (want 2 and 1)")
    else:
        p = mgp[0]
        row = next(l for l in p.splitlines() if re.match(r"Magnesium\b.*\|", l))
        if not any(s in row for s in spellings(d["elemental_mg"])) or not re.search(rf"(?<![\d,.]){d['percent_dv']}\s?%", row):
            problems.append(f"{lid}: value {d['elemental_mg']} / {d['percent_dv']}% not on the Mg panel's magnesium row")
        if not re.search(rf"Servings Per Container {d['serving_count']}\b", p):
            problems.append(f"{lid}: serving_count {d['serving_count']} is not the Mg panel's")
for d in L:   # set 18: Drug Facts statements
    if d["kind"] != "drug_facts" or d["status"] != "ok":
        continue
    st = [int(x) for x in re.findall(r"contains:? magnesium (\d+) ?mg", d["_text"], re.I)]
    if d["elemental_tol_pct"] == 2 and d["elemental_mg"] not in st:
        problems.append(f"{d['id']}: stated Drug Facts value {d['elemental_mg']} is not a printed 'contains: magnesium N mg' figure {st}")
    if d["elemental_tol_pct"] != 2 and st:
        problems.append(f"{d['id']}: computed although a magnesium statement {st} is printed")
for lid, n in WRAPPED.items():   # set 18: wrapped name cells
    d = next((x for x in L if x["id"] == lid), None)
    if d is None:
        continue
    lines = d["_text"].splitlines()
    j = next(k for k, l in enumerate(lines) if l.startswith("Magnesium ("))
    grp = [lines[j]]
    for l in lines[j + 1:]:
        if is_cont(l) or (is_cont(grp[-1]) and " | " in l):
            grp.append(l)
        else:
            break
    amt = [l for l in grp if any(re.search(rf"\| {re.escape(s)} ?mg", l) for s in spellings(d["elemental_mg"]))]
    if len(grp) != n or len(amt) != 1 or sum(not is_cont(l) for l in grp) != 1:
        problems.append(f"{lid}: wrapped group of {len(grp)} lines (want {n}) with the amount on {len(amt)} line(s)")

# ---- arithmetic behind the expected values (as in set 9) ------------------------------------------------------------
# Mg fractions (magnesium.md section 1); ranges where commercial material varies. A stated elemental figure must lie within
# [lo*0.97, hi*1.03] of compound x fraction; a computed (tol != 2) figure must equal round(compound x middle, 1) and its
# tolerance must cover compound x [lo, hi].
FRACTION = {"oxide": (0.603, 0.603), "hydroxide": (0.417, 0.417), "chloride": (0.120, 0.120), "citrate": (0.12, 0.162),
            "glycinate": (0.10, 0.141), "malate": (0.116, 0.155), "pidolate": (0.087, 0.087), "threonate": (0.072, 0.0825),
            "carbonate": (0.25, 0.288), "lactate": (0.102, 0.120), "taurate": (0.089, 0.089), "orotate": (0.066, 0.073),
            "gluconate": (0.054, 0.059), "aspartate": (0.067, 0.099),
            "sulfate": (0.0986, 0.0986),   # set 14: Epsom salt MgSO4.7H2O (magnesium.md section 1)
            "acetyl_taurate": (0.068, 0.068)}   # set 16: computed 1:2 N-acetyltaurinate (magnesium.md section 1)
# id -> (compound mg per serving/unit as printed, form); the compound weight must appear in the text
COMPOUND = {
    "us18_vimerson_compound_row_only_600mg_glycinate_computed": (600, "glycinate"),
    "us18_bioschwartz_elemental_in_parentheses_row_below_compound_140": (1000, "glycinate"),
    "lq18_magonate_liquid_gluconate_per_5ml_54mg": (1000, "gluconate"),
    "df18_goodsense_antacid_al_mg_simethicone_5ml_statement_83": (200, "hydroxide"),
    "df18_brookshires_calcium_carbonate_mg_hydroxide_calcium_statement_computed": (135, "hydroxide"),
    "df18_qualityplus_citrate_lemon_each_fl_oz_magnesium_290": (1745, "citrate"),
    "fr18_synactifs_2_gelules_apportent_1200_bisglycinate_soit_168": (1200, "glycinate"),
    "pt18_prisfar_citrato_1_875_mg_equivalente_a_300": (1875, "citrate"),
}
# Labels whose total is split into parts (compound mg where printed, form, elemental part); the parts sum to the total
# (set 15: Wagner prints two 'equiv. magnesium' lines and no total; the parts sum to the expected value; the amino acid
# chelate has no fraction, so its compound weight is not checked).
PARTS = {   # set 18: Galmed prints a total and two 'z toho z …' parts without compound weights
    "cs18_galmed_obsah_v_1_tablete_z_toho_two_parts_250": [(None, "citrate", 150), (None, "oxide", 100)],
}
# Set 12: a printed total over several compounds without per-compound elemental figures: the total must lie within
# the sum of compound x [lo, hi] (widened by 3 %). Set 16: Nature's Sunshine's footnote gives both salts' weights.
TOTAL_RANGE = {"au18_naturesown_dot_leaders_two_salts_equiv_total_200": [(170, "oxide"), (625, "citrate")]}   # set 18: 'equiv. magnesium 200 mg' over two compound lines
# Stated figures that the real label prints outside the stoichiometric range (kept as printed, see README).
FRACTION_EXCEPTIONS = {"df18_assured_al_hydroxide_mg_carbonate_chewable_statement_50": (105, "carbonate")}   # set 18: the real label states 50 mg per tablet over 105 mg carbonate (26-30 mg); its inactive MgO presumably adds the rest
# id -> (per-100 g/ml figure in mg, portion g or ml): per-100 trap must be consistent with the portion value
PER100 = {"it18_zuccari_polvere_grams_per_100g_10g_per_dose_0_3g": (10000, 3)}   # set 18: '10 g' per 100 g, 3 g dose
# id -> factor with elemental_mg == elemental_alt_mg * factor (per-unit alt: units per serving)
ALT_FACTOR = {"de18_zirkulin_pro_tablette_187_5_pro_tagesdosis_375": 2,
              "uk18_biocare_per_capsule_and_per_2_capsules_glued_mg_200": 2,
              "us18_puretherapro_per_serving_and_per_day_columns_100_300": 1 / 3}   # set 18: US per serving | per day: alt is per day
byid = {d["id"]: d for d in L}
for name, s in (("COMPOUND", COMPOUND), ("PARTS", PARTS), ("TOTAL_RANGE", TOTAL_RANGE), ("PER100", PER100),
                ("ALT_FACTOR", ALT_FACTOR), ("FRACTION_EXCEPTIONS", FRACTION_EXCEPTIONS)):   # set 12: these tables are checked for unknown ids too
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
        # set 16: the part must stand on a line that names its own salt (Kruidvat's 'waarvan uit …' rows)
        if not any(any(w in l.lower() for w in FORM_WORDS[form]) and any(re.search(rf"(?<![\d,.]){re.escape(s)}(?![\d,.]\d)", l)
                                                                      for s in spellings(part))
                   for l in d["_text"].splitlines()):
            problems.append(f"{lid}: part {part} not on a line naming {form}")
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
for lid, (mg, form) in FRACTION_EXCEPTIONS.items():   # set 18: one Drug Facts label
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
