"""Writes this set's texts/*.txt, texts/*.cells.json (for the renderer) and expected.jsonl from its labels_*.py,
with the generator in bench/blindset/blindgen.py."""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "..", "blindset")]
from labels_i import L
from blindgen import write_set

SPLIT_SEED = 27182818
# a label's title block ends at the first line naming its panel
KW = re.compile(r"Supplement Facts|Drug Facts|Nährwert|Informations nutri|Valeurs nutri|Informazioni nutri|Tenori|Contenuti|Información nutri|Składniki \||Wartości|Zawartość|Samenstelling|Voedingswaarde|Obsah v|Výživové|Medicinal Ingredients|Each tablet|Nutrition(al)? Information|Elemental Magnesium Content|Each [0-9.,]+ ?g dose|Magnesium Content|Analyse moyenne|Teneurs :|Una compressa apporta|Composición por|Dzienna porcja|Wartość odżywcza|bruistablet bevat|Denní dávka|Tagesverzehrmenge\) enthält|Wirkstoff:|Teneurs moyennes|Apporti per|Contenuti medi|Zawartość w|Each capsule contains")

if __name__ == "__main__":
    write_set(HERE, L, SPLIT_SEED, KW)
