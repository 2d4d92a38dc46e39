"""Writes texts/*.txt, texts/*.cells.json (for the renderer) and expected.jsonl from labels_*.py."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labels_i import L
HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT_SEED = 27182818
os.makedirs(f"{HERE}/texts", exist_ok=True)

import re
KW = re.compile(r"Supplement Facts|Drug Facts|Nährwert|Informations nutri|Valeurs nutri|Informazioni nutri|Tenori|Contenuti|Información nutri|Składniki \||Wartości|Zawartość|Samenstelling|Voedingswaarde|Obsah v|Výživové|Medicinal Ingredients|Each tablet|Nutrition(al)? Information|Elemental Magnesium Content|Each [0-9.,]+ ?g dose|Magnesium Content|Analyse moyenne|Teneurs :|Una compressa apporta|Composición por|Dzienna porcja|Wartość odżywcza|bruistablet bevat|Denní dávka|Tagesverzehrmenge\) enthält|Wirkstoff:|Teneurs moyennes|Apporti per|Contenuti medi|Zawartość w|Each capsule contains")

def parse(text):
    """-> list of blocks: ('p', str) paragraph line or ('r', [cells]) table row.
    Lines before the first panel keyword are the title block ('t'); ' | ' there just separates title lines."""
    out = []
    lines = text.strip("\n").split("\n")
    k = next((i for i, l in enumerate(lines) if KW.search(l)), 0)
    for i, line in enumerate(lines):
        if i < k:
            for part in line.split(" | "):
                out.append(("t", " ".join(part.split())))
            continue
        if " | " in line or line.rstrip().endswith(" |"):
            cells = [c.strip() for c in line.split("|")]
            out.append(("r", cells))
        else:
            out.append(("p", " ".join(line.split())))
    return out

def to_text(blocks):
    lines = []
    for kind, v in blocks:
        if kind in ("p", "t"):
            lines.append(v)
        else:
            name, vals = v[0], v[1:]
            s = name.ljust(max(len(name) + 2, 46))
            s += "".join(x.rjust(max(len(x) + 2, 12)) if x else " " * 12 for x in vals)
            lines.append(s.rstrip())
    return "\n".join(lines) + "\n"

ids = [d["id"] for d in L]
assert len(ids) == len(set(ids)), "duplicate id"
rng = random.Random(SPLIT_SEED)
order = ids[:]; rng.shuffle(order)
dev = set(order[: len(order) // 2])
with open(f"{HERE}/expected.jsonl", "w") as fo:
    for d in L:
        blocks = parse(d["_text"])
        open(f"{HERE}/texts/{d['id']}.txt", "w").write(to_text(blocks))
        json.dump(blocks, open(f"{HERE}/texts/{d['id']}.cells.json", "w"), ensure_ascii=False)
        rec = {k: v for k, v in d.items() if not k.startswith("_")}
        rec["text"] = f"texts/{d['id']}.txt"
        rec["split"] = "dev" if d["id"] in dev else "final"
        keys = ["id", "text", "lang", "kind", "source_note", "status", "elemental_mg", "elemental_tol_pct",
                "forms", "percent_dv", "serving_count", "split"]
        rec = {k: rec[k] for k in keys} | {k: v for k, v in rec.items() if k not in keys}
        fo.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(L), "labels;", len(dev), "dev")
