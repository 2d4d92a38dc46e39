"""The blind sets' generator: writes a set's texts/*.txt, texts/*.cells.json (for the renderer) and expected.jsonl
from its label sources. Each set's make_set.py calls `write_set` with its labels, split seed and panel keywords."""
import json, os, random

def parse(text, keywords):
    """-> list of blocks: ('p', str) paragraph line or ('r', [cells]) table row.
    Lines before the first panel keyword are the title block ('t'); ' | ' there just separates title lines."""
    out = []
    lines = text.strip("\n").split("\n")
    k = next((i for i, l in enumerate(lines) if keywords.search(l)), 0)
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


def write_set(HERE, L, SPLIT_SEED, keywords):
    """Write the set in folder HERE: labels L, the dev/final split drawn with SPLIT_SEED, a label's title block
    ending at the first line that matches `keywords` (its panel)."""
    os.makedirs(f"{HERE}/texts", exist_ok=True)
    ids = [d["id"] for d in L]
    assert len(ids) == len(set(ids)), "duplicate id"
    rng = random.Random(SPLIT_SEED)
    order = ids[:]; rng.shuffle(order)
    dev = set(order[: len(order) // 2])
    with open(f"{HERE}/expected.jsonl", "w") as fo:
        for d in L:
            blocks = parse(d["_text"], keywords)
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
