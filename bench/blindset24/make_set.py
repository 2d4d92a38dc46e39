"""Writes this set's texts/*.txt, texts/*.cells.json (for the renderer) and expected.jsonl from its labels_*.py,
with the generator in bench/blindset/blindgen.py (copied from bench/blindset23/make_set.py)."""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "..", "blindset")]
import labels_eu  # noqa: F401  (adds the EU labels and the fi/de negatives to L)
from labels_us import L
from blindgen import write_set

SPLIT_SEED = 70895  # drawn with random.SystemRandom().randint(10000, 99999) before any label was written (used as drawn)
# a label's title block ends at the first line naming its panel
KW = re.compile(r"Supplement Facts|Drug Facts|Nutrition Facts|Nährwert|Informations nutri|Valeurs nutri|Informazioni nutri|Tenori|Contenuti|Información nutri|Składniki \||Wartości|Zawartość|Samenstelling|Voedingswaarde|Obsah v|Výživové|Medicinal Ingredients|Each tablet|Nutrition(al)? Information|Elemental Magnesium Content|Each [0-9.,]+ ?g dose|Magnesium Content|Analyse moyenne|Teneurs :|Teneurs \||Una compressa apporta|Composición por|Dzienna porcja|Wartość odżywcza|bruistablet bevat|Denní dávka|Tagesverzehrmenge\) enthält|Tagesportion|Wirkstoff:|Wirkstoffe:|Magnesiumgehalt|Teneurs moyennes|Apporti per|Contenuti medi|Zawartość w|Each capsule contains|Teneurs nutritionnelles|Composition \| Pour|Valores medios|Cantidad por dosis|Składnik \||Obsah \||Each capsule provides|tabletka zawiera|dojelitowa zawiera|filmtabletta tartalmaz|Näringsinnehåll|Ingredient \||Each teaspoon|Typical Values|Typical Analysis|Each 1 ?ml|comprimé enrobé contient|Informação nutricional|Tablette enthält|Valori medi|Each sachet contains|Cada comprimido|tableta obsahuje|powlekana zawiera|Indhold pr\.|Ravintosisältö|Conținut \||Hranjiva vrijednost|Each 5 ml contains|Each tablet provides|Tagesdosis \([^)]*\) enthält|Pour [0-9]+ comprimés ?:|Porcja dzienna|Hatóanyag-tartalom|Sudėtis|Hranilne vrednosti|Toitainete sisaldus|Uzturvērtība|Съдържание \||Päiväannos|Magnéziumtartalom|tuggtablett innehåller|Nährstoffe \||Cantidad por comprimido|dagdosering \(|Zloženie|SUPPLEMENT FACTS|Tabella nutrizionale|Componentes \||Skład \||Gemiddelde hoeveelheid|Složení|Obsah látek|Each [0-9.,]+ ?g serving|Inhaltsstoffe pro|Each sachet|Composition pour|Összetevők napi|Innehåll per|tablety obsahují|Cada cápsula|gélules apportent|Contenido por|Per dagdosis|Hatóanyagok|comprimidos contêm|Næringsinnhold|Διατροφική|Nährstoffe \(mg\)|Ingrediente active|Cada dose diária|Næringsindhold|Pour [0-9]+ gélules|per tablet \(mg\)|Obsah účinných látek|Each effervescent tablet contains|Obsah účinných látok")

if __name__ == "__main__":
    write_set(HERE, L, SPLIT_SEED, KW)
