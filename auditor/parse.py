"""Label text → LabelFacts: magnesium sources, serving, directions, co-ingredients. Every value keeps raw text and span.

Stages, each a small named function:
  clean_ocr_text  (auditor.clean) fix OCR confusions (O/0, l/1, mq/rng → mg, fuzzy "Magnesiurn") with an offset map
  find_mentions   magnesium words, form names and excipients (regexes generated from data/forms.toml)
  segment rows    one segment per magnesium row head (handles two-column panels and wrapped rows)
  read segment    declared amount, %DV, compound weight, elemental markers → basis (with the %DV cross-check)
  pair & merge    compound row + "providing X mg elemental magnesium", duplicates, front-of-pack claims
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from itertools import accumulate

import regex as re

from . import chemistry
from .clean import DIGIT_LOOKALIKES, Cleaned, clean_ocr_text, fold
from .kind import read_kind
from .models import (
    Amount,
    Basis,
    CoIngredient,
    FormMention,
    LabelFacts,
    MagnesiumForm,
    MagnesiumSource,
    Serving,
    Span,
)
from .tables import _load, excipient_stems, forms, lexicon, limits

# ---------------------------------------------------------------- lexicon → regexes


def _alt(words, *, boundary: bool = True) -> str:
    """Alternation of words (longest first); spaces and hyphens in a word match any run of them."""
    parts = []
    for w in sorted({fold(w).lower() for w in words}, key=len, reverse=True):
        parts.append(r"[\s\-]*".join(re.escape(p) for p in re.split(r"[\s\-]+", w)))
    body = "(?:" + "|".join(parts) + ")"
    return rf"(?<![\p{{L}}\d]){body}(?![\p{{L}}])" if boundary else body


def _norm_key(s: str) -> str:
    return re.sub(r"[\s\-]+", " ", fold(s).lower()).strip()


@dataclass(frozen=True)
class _Patterns:
    mg_word: re.Pattern
    form_mg_first: re.Pattern
    form_stem_first: re.Pattern
    form_bare: re.Pattern  # a stem alone, used inside "(as …)" / "from …" of a magnesium row
    standalone: re.Pattern
    excipient: re.Pattern
    stem_to_form: dict[str, MagnesiumForm]
    standalone_to_form: dict[str, MagnesiumForm]
    amount: re.Pattern
    percent: re.Pattern
    bare_percent: re.Pattern
    elemental_marker: re.Pattern
    panel_heading: re.Pattern
    ingredient_heading: re.Pattern
    directions_heading: re.Pattern
    bedtime: re.Pattern
    nutrient: re.Pattern
    serving_size: tuple[re.Pattern, ...]
    servings_per_container: re.Pattern
    directions_dose: re.Pattern
    frequency: re.Pattern
    unit_to_canonical: dict[str, str]
    unit_words: str  # the serving units' spellings as one alternation
    number_words: dict[str, int]
    frequency_map: dict[str, int]
    coingredients: tuple[tuple[str, re.Pattern, re.Pattern | None], ...]
    buffered: re.Pattern


_ADJ = (
    r"(?:(?:vegetarian|vegetable|veggie|veg|vegan|hard|soft|chewable|effervescent|delayed[\s-]release|level"
    r"|enteric[\s-]coated|film[\s-]coated|coated|sugar[\s-]free|small|large|mini)\s+)?"
)
_NUMBER = r"(?P<num>\d{1,3}(?:[,.]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"


@cache
def patterns() -> _Patterns:
    """Compile every regex once, from the data tables."""
    lex = lexicon()
    mg_word = _alt(lex["magnesium_words"], boundary=False)
    stem_to_form: dict[str, MagnesiumForm] = {}
    standalone_to_form: dict[str, MagnesiumForm] = {}
    for form, info in forms().items():
        for stem in info.stems:
            stem_to_form.setdefault(_norm_key(stem), form)
        for name in info.standalone:
            standalone_to_form[_norm_key(name)] = form
    stems = _alt(stem_to_form, boundary=False)
    exc = _alt(excipient_stems(), boundary=False)
    units = {}
    for canonical, spellings in lex["serving_units"].items():
        for s in spellings:
            units[_norm_key(s)] = canonical
    unit_alt = _alt(units, boundary=False)
    num_words = {k: int(v) for k, v in lex["number_words"].items()}
    count = rf"(?:\d+\s?/\s?\d+|\d+(?:[.,]\d+)?|{_alt(num_words, boundary=False)}|½|[lI](?=\s))"
    freq = {_norm_key(k): int(v) for k, v in lex["frequency"].items()}
    co = []
    for row in _load("coingredients.toml")["ingredient"]:
        neg = re.compile(_alt(row["negations"]), re.IGNORECASE) if row["negations"] else None
        co.append((row["kind"], re.compile(_alt(row["names"]), re.IGNORECASE), neg))
    I = re.IGNORECASE
    return _Patterns(
        mg_word=re.compile(rf"(?<![\p{{L}}]){mg_word}(?![\p{{L}}])", I),
        # "Magnesium citrate", "Magnesiumcitrat", "Magnesium (Glycinate)", "magnesium L-threonate"
        form_mg_first=re.compile(
            rf"(?<![\p{{L}}])(?P<mg>{mg_word})(?:[\s\-]*\(?\s*(?:as\s+|als\s+|aus\s+)?)?(?:(?:l|d|dl)-\s?)?(?P<stem>{stems})(?:e|s|es)?(?![\p{{L}}])", I
        ),
        # "citrate de magnésium", "cytrynian magnezu", "ossido di magnesio", "chelated magnesium"
        form_stem_first=re.compile(
            rf"(?<![\p{{L}}])(?:(?:l|d|dl)-\s?)?(?P<stem>{stems})(?:e|s)?[\s\-]+(?:(?:de|di|del|of|du)\s+)?(?P<mg>{mg_word})(?![\p{{L}}])", I
        ),
        form_bare=re.compile(rf"(?<![\p{{L}}])(?:l-|di-|tri-)?(?P<stem>{stems})(?:e|s|es)?(?![\p{{L}}])", I),
        standalone=re.compile(_alt(standalone_to_form), I),
        excipient=re.compile(
            rf"(?<![\p{{L}}])(?:{mg_word})[\s\-]*(?:{exc})|(?:{exc})[\s\-]+(?:(?:de|di|of)\s+)?(?:{mg_word})(?![\p{{L}}])", I
        ),
        stem_to_form=stem_to_form,
        standalone_to_form=standalone_to_form,
        amount=re.compile(rf"(?<![\p{{L}}\d.,]){_NUMBER}\s?(?P<unit>mcg|mg|g|milligrams?)(?![\p{{L}}])", I),
        # "48%", "48 %", and "%40" (Turkish labels put the sign first)
        percent=re.compile(r"(?<![\d.,])(?P<pct>\d{1,4})(?:[.,]\d)?\s?%|(?<![\d\p{L}])%\s?(?P<pct>\d{1,3})(?![\d.,]|\s?(?:mg|mcg|g)\b)"),
        bare_percent=re.compile(r"^[\s*†‡#.]*(?P<pct>\d[\dOo]{0,3})(?![\d.,]|\s?(?:mg|mcg|g)\b)[\s*†‡#]*(?:$|\s{2,})", I),
        elemental_marker=re.compile(_alt(lex["elemental_markers"]), I),
        panel_heading=re.compile(
            _alt(lex["panel_headings"])
            + r"|(?<![\p{L}])(?:each|cada|chaque|jede|ogni)\s+(?:[\p{L}\d.,-]+\s+){0,4}(?:contains|contiene|contient|enthalt|contem|provides)",
            I,
        ),
        ingredient_heading=re.compile(_alt(lex["ingredient_headings"]) + r"\s*[:.]?", I),
        directions_heading=re.compile(_alt(lex["directions_headings"]), I),
        bedtime=re.compile(_alt(lex["bedtime_words"]), I),
        nutrient=re.compile(_alt(lex["nutrient_words"]), I),
        serving_size=tuple(
            re.compile(rx, I)
            for rx in (
                # "pro Tagesdosis (2 Kapseln)", "w dziennej porcji (3 tabletki)": a count in parentheses is the serving
                rf"(?<![\p{{L}}])(?:pro|per|pour|por|par|each|for|na|je|pr\.|v|w)\s+(?:[\p{{L}}']+\s+){{0,3}}?\(\s*(?P<count>{count})\s*{_ADJ}(?P<unit>{unit_alt})(?![\p{{L}}])",
                # "Serving Size 2 Capsules", "Porcja: 2 kapsułki", "Serving Size | 1 Vegetarian Capsule", OCR "Servng Sze"
                rf"(?:(?<![\p{{L}}])(?=[ser])(?:serving){{e<=2}}\s*(?:size){{e<=1}}|portion(?:sgro[sß]e)?|porcja|porcion|porcao|porzione|dose|tagesdosis|taille de la portion|davka|porce)"
                rf"[\s:.|]*\(?\s*(?P<count>{count})\s*{_ADJ}(?P<unit>{unit_alt})?(?![\p{{L}}])",
                # Drug Facts: "(in each 15 mL tablespoon)", "(in each fl oz / 30 mL)", "(in each tablet)"
                rf"in\s+each\s+(?:[^)\n]{{0,12}}?(?P<count>\d+(?:[.,]\d+)?)\s*(?P<unit>ml)|{_ADJ}(?P<unit2>{unit_alt}))(?![\p{{L}}])",
                # "Per 1 serving (2 tablets, 1,600 mg)", "Portion (2 Kapseln)"
                rf"(?:serving|portion|porcja|porcao|porcion)\s*\(\s*(?P<count>{count})\s*{_ADJ}(?P<unit>{unit_alt})(?![\p{{L}}])",
                # EU tables: "pro Tagesdosis (2 Kapseln)", "Pour 2 gélules", "Each 2 tablets provide"
                rf"(?<![\p{{L}}])(?:pro|per|pour|por|par|each|for|na|je|pr\.|v|w)\s+(?:[\p{{L}}']+\s+){{0,2}}?\(?\s*(?P<count>{count})\s*{_ADJ}(?P<unit>{unit_alt})(?![\p{{L}}])",
                # "Two tablets provide:", "2 capsules contain"
                rf"(?<![\p{{L}}\d])(?P<count>{count})\s+{_ADJ}(?P<unit>{unit_alt})\s+(?:provide|provides|contain|contains|supply|supplies)(?![\p{{L}}])",
                # one unit implied: "pro Brausetablette", "Amount Per Tablet", "Each film coated tablet contains"
                rf"(?<![\p{{L}}])(?:pro|per|pour|por|par|each|je|cada|chaque|jede|ogni|her bir|v)\s+(?:[\p{{L}}-]+\s+){{0,2}}?{_ADJ}(?P<unit>{unit_alt})(?![\p{{L}}])",
            )
        ),
        servings_per_container=re.compile(
            rf"(?:(?<![\p{{L}}])(?=[ser])(?:servings){{e<=2}}\s*per\s*(?:con[a-z]{{4,8}}|bottle|package|pack)|porcoes\s*por\s*embalagem|porcji\s*w\s*opakowaniu|portionen\s*(?:pro|je)\s*packung"
            rf"|portions\s*par\s*(?:boite|flacon)|porciones\s*por\s*envase|porzioni\s*per\s*confezione)"
            rf"[\s:.|]*(?:about|approx\.?|ca\.?|approximately|circa|environ|aprox\.?)?\s*(?P<n>[\dlIO]\d*[\dlIO]*)"
            rf"|(?:about\s+|ca\.?\s+)?(?P<n2>\d+)\s+(?:servings|tagesdosen|tagesportionen|portionen|porcji|portions|porciones|porzioni|dosi|doses)(?![\p{{L}}])",
            I,
        ),
        directions_dose=re.compile(
            rf"(?<![\p{{L}}\d])(?P<n>{count})(?:\s*(?:-|to|or|bis|do|a|o)\s*(?P<n2>{count}))?\s*{_ADJ}(?P<unit>{unit_alt})(?![\p{{L}}])",
            I,
        ),
        frequency=re.compile(_alt(freq), I),
        unit_to_canonical=units,
        unit_words=unit_alt,
        number_words=num_words,
        frequency_map=freq,
        coingredients=tuple(co),
        buffered=re.compile(r"(?<![\p{L}])(?:buffered|gepuffert|buforowany|tamponne|tamponado|tamponato)(?![\p{L}])", I),
    )


# ---------------------------------------------------------------- small readers


def parse_number(raw: str, unit: str | None = None) -> float:
    """'2,000' → 2000; '1.480' → 1480; '1,5' → 1.5; '0,480' → 0.48; '1.745' g → 1.745 (grams are never thousands)."""
    s = raw.strip()
    m = re.fullmatch(r"(\d{1,3})((?:[,.]\d{3})+)([.,]\d+)?", s)
    if m and not s.startswith("0") and not (unit == "g" and len(m.group(2)) == 4 and not m.group(3)):
        groups = re.findall(r"\d{3}", m.group(2))
        whole = m.group(1) + "".join(groups)
        frac = m.group(3)[1:] if m.group(3) else ""
        return float(f"{whole}.{frac}" if frac else whole)
    return float(s.replace(",", "."))


_UNIT_TO_MG = {"mg": 1.0, "mcg": 0.001, "g": 1000.0}


def _amount(m: re.Match, cleaned: Cleaned, raw_text: str, offset: int = 0) -> Amount:
    unit = m.group("unit").lower()
    unit = "mg" if unit.startswith("milligram") else unit
    value = parse_number(m.group("num"), unit)
    span = cleaned.raw_span(m.start() + offset, m.end() + offset)
    return Amount(value=value, unit=unit, mg=value * _UNIT_TO_MG[unit], raw=raw_text[span[0] : span[1]], span=span)


def _count(raw: str) -> float | None:
    p = patterns()
    raw = raw.strip().lower()
    if raw == "½":
        return 0.5
    frac = re.fullmatch(r"(\d+)\s?/\s?(\d+)", raw)
    if frac:
        return int(frac.group(1)) / int(frac.group(2)) if int(frac.group(2)) else None
    if raw in ("l", "i"):
        return 1.0  # OCR: "l tablet"
    if raw in p.number_words:
        return float(p.number_words[raw])
    try:
        return parse_number(raw)
    except ValueError:
        return None


def population_dv(population: str) -> int | None:
    """The DV a %DV column header names for its population (80 mg at 1-3 y, 400 mg pregnancy, 75 mg infants)."""
    pop = limits()["daily_value"]["population"]
    return {"infant": pop["infant_mg"], "child_1_3": pop["child_1_3_mg"], "pregnancy": pop["pregnancy_lactation_mg"]}.get(population)


def dv_matches(elemental_mg: float, percent: int, population: str = "adult") -> int | None:
    """The reference under which `elemental_mg` prints as `percent` (±1 point), else None: the label population's
    DV first (80 mg for "Children 1 through 3 Years", 400 mg for "Pregnant and Lactating Women"), then 420, 400, 375."""
    dv = limits()["daily_value"]
    tol = dv["tolerance_points"]
    first = population_dv(population)
    for ref in ((first,) if first else ()) + (dv["current_mg"], dv["legacy_mg"], dv["eu_nrv_mg"]):
        if abs(elemental_mg / ref * 100 - percent) <= tol + 0.5:
            return ref
    return None


# ---------------------------------------------------------------- mentions


@dataclass(frozen=True)
class _Mention:
    start: int  # in cleaned text
    end: int
    kind: str  # "form" | "bare" | "excipient"
    form: MagnesiumForm | None = None
    variant: str | None = None
    chelate_without_ligand: bool = False
    paren: bool = False  # "Magnesium (citrate de magnésium)": an element row naming its source


_RE_NOT_INGREDIENT = re.compile(
    r"\s?-\s?(?:free|frei|rich|restricted|reich|arm|deficiency|levels?|status|containing)\b|\s+(?:deficiency|levels?|status|restricted)\b",
    re.IGNORECASE,
)


def _form_of_stem(stem: str) -> MagnesiumForm:
    return patterns().stem_to_form[_norm_key(stem)]


_RE_HYDRATE = re.compile(r"^[\s,(-]*(?P<h>anhydrous|monohydrate|dihydrate|trihydrate|hexahydrate|heptahydrate|nonahydrate)(?![\p{L}])", re.IGNORECASE)


def _variant(form: MagnesiumForm, text: str, after: str = "") -> str | None:
    """A ligand variant named in the mention ('lysinate glycinate') or a hydrate right after it ('dihydrate')."""
    info = forms()[form]
    low = text.lower()
    squeezed = re.sub(r"[\s\-]+", "", low)  # "di-magnesium", "acetyl-taurate" → "dimagnesium", "acetyltaurate"
    for match, _ in info.variants:
        if match in low or match in squeezed:
            return match
    h = _RE_HYDRATE.match(after)
    if h and any(h.group("h").lower() in x.name for x in info.hydrates):
        return h.group("h").lower()
    return None


def find_mentions(text: str) -> list[_Mention]:
    """Magnesium words, named forms and excipients in cleaned text, without overlaps (forms win)."""
    p = patterns()
    found: list[_Mention] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for m in p.excipient.finditer(text):
        found.append(_Mention(m.start(), m.end(), "excipient"))
        taken.append((m.start(), m.end()))
    for rx in (p.form_mg_first, p.form_stem_first):
        for m in rx.finditer(text, overlapped=False):
            if not free(m.start(), m.end()):
                continue
            form = _form_of_stem(m.group("stem"))
            # "magnesium bisglycinate chelate": the ligand is named; "magnesium chelate" alone: it is not
            tail = text[m.end() : m.end() + 40]
            end = m.end()
            if form is not MagnesiumForm.AMINO_ACID_CHELATE:
                ch = re.match(r"[\s\-]*(?:chelate|chelat|quelato)(?![\p{L}])", tail, re.IGNORECASE)
                if ch:
                    end += ch.end()
            variant = _variant(form, text[max(0, m.start() - 3) : m.start()] + m.group(0), text[end : end + 20])
            found.append(
                _Mention(m.start(), end, "form", form, variant,
                         form is MagnesiumForm.AMINO_ACID_CHELATE and "amino" not in m.group(0).lower(),
                         paren=rx is p.form_mg_first and "(" in m.group(0))
            )
            taken.append((m.start(), end))
    for m in p.standalone.finditer(text):
        if free(m.start(), m.end()):
            found.append(_Mention(m.start(), m.end(), "form", p.standalone_to_form[_norm_key(m.group(0))]))
            taken.append((m.start(), m.end()))
    for m in p.mg_word.finditer(text):
        # "magnesium-free", "magnesium-rich snack", "magnesium-restricted diet": not an ingredient
        if free(m.start(), m.end()) and not _RE_NOT_INGREDIENT.match(text, m.end()):
            found.append(_Mention(m.start(), m.end(), "bare"))
    found.sort(key=lambda x: x.start)
    return found


# ---------------------------------------------------------------- segments (one per magnesium row)


@dataclass
class _Segment:
    start: int
    end: int
    head: _Mention
    mentions: list[_Mention]
    line_end: int


_RE_BRACKET = re.compile(r"[()\[\]]")


class _ParenDepths:
    """Bracket depth at any offset of a text (an opening bracket counts at its own offset, a closing one after
    it), computed from the few bracket positions rather than a pass over every character."""

    def __init__(self, text: str) -> None:
        self.events = [(m.start(), m.group() in "([") for m in _RE_BRACKET.finditer(text)]

    def __getitem__(self, i: int) -> int:
        depth = 0
        for pos, opening in self.events:
            if pos > i:
                break
            if opening:
                depth += 1
            elif pos < i:
                depth = max(depth - 1, 0)
        return depth


def _paren_depths(text: str) -> _ParenDepths:
    return _ParenDepths(text)


_RE_INTRO = re.compile(r"(?:\bas|\bfrom|\baus|\bals|\bvon|\bz|\bde|\bdi|\bcomo|\bcome|\bsous forme de|\bin form von|\bin der form)\s*$", re.IGNORECASE)


def _segments(text: str, mentions: list[_Mention]) -> list[_Segment]:
    """Split each line into magnesium row segments: a head mention up to the next head or other nutrient."""
    p = patterns()
    depth = _paren_depths(text)
    segs: list[_Segment] = []
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        in_line = [m for m in mentions if line_start <= m.start < line_end and m.kind != "excipient"]
        heads = []
        for m in in_line:
            if depth[m.start] and heads:
                continue  # inside "( … )" of the row before it
            if depth[m.start] and not heads:
                # "Malic Acid (from magnesium malate) 800 mg", "Vitamin C (as magnesium ascorbate)": the row is
                # another nutrient's; the magnesium salt is only its source
                opened = text.rfind("(", line_start, m.start)
                lead = text[line_start:opened] if opened != -1 else ""
                if re.search(r"\p{L}{2,}", lead) and not p.mg_word.search(lead):
                    continue
            before = text[max(line_start, m.start - 14) : m.start]
            if heads and _RE_INTRO.search(before):
                continue  # "… from magnesium citrate" belongs to the head before it
            if heads and m.start - heads[-1].end < 3 and not p.elemental_marker.search(before):
                continue
            heads.append(m)
        # nutrient names outside parentheses and outside mentions end a segment (two-column panels)
        stops = []
        for n in p.nutrient.finditer(text, line_start, line_end):
            if depth[n.start()] == 0 and not any(mm.start <= n.start() < mm.end for mm in in_line):
                stops.append(n.start())
        # an elemental statement after a compound row on the same line starts at its marker:
        # "Magnesiumcitrat 1480 mg, davon Magnesium 240 mg" → two segments split at "davon"
        starts = [h.start for h in heads]
        for i in range(1, len(heads)):
            mk = p.elemental_marker.search(text, heads[i - 1].end, heads[i].start)
            if mk:
                starts[i] = mk.start()
        for i, h in enumerate(heads):
            nxt = starts[i + 1] if i + 1 < len(heads) else line_end
            end = min([s for s in stops if h.end <= s < nxt] + [nxt])
            # the text before the first head belongs to it ("providing 444 mg elemental magnesium")
            prev_stop = max([s for s in stops if s < h.start] + [line_start])
            start = starts[i]
            if i == 0:
                lo = max(line_start, prev_stop)
                if prev_stop > line_start and prev_stop < h.start:
                    # a stop before the head: start after the other nutrient's amount/percent
                    tail = text[prev_stop:h.start]
                    mm = list(re.finditer(r"\d\s?%|\d\s?(?:mg|mcg|g)\b", tail))
                    lo = prev_stop + (mm[-1].end() if mm else len(tail))
                if not p.nutrient.search(text[lo : h.start]):
                    start = lo
            segs.append(_Segment(start, end, h, [m for m in in_line if start <= m.start < end], line_end))
        line_start = line_end + 1
    return segs


# ---------------------------------------------------------------- reading one segment


@dataclass
class _Row:
    seg: _Segment
    forms: list[tuple[MagnesiumForm, str | None, int, int]]  # form, variant, start, end (cleaned)
    declared: Amount | None
    compound: Amount | None
    percent: int | None
    percent_raw: str | None
    marker: bool
    head_is_form: bool
    # amount + %DV pairs side by side ("100 mg 24%   200 mg 48%": per tablet, per serving)
    columns: tuple[tuple[Amount, int | None, str | None], ...] = ()


def _read_segment(seg: _Segment, c: Cleaned, raw: str) -> _Row:
    p = patterns()
    text = c.text
    s, e = seg.start, seg.end
    body = text[s:e]
    depth = _paren_depths(body)
    forms_found: list[tuple[MagnesiumForm, str | None, int, int]] = []
    for m in seg.mentions:
        if m.kind == "form":
            forms_found.append((m.form, m.variant, m.start, m.end))
    # "(as bisglycinate chelate)", "from citrate": a stem after the head without a second magnesium word
    for m in p.form_bare.finditer(body):
        a, b = s + m.start(), s + m.end()
        if any(fa <= a < fb for _, _, fa, fb in forms_found) or a < seg.head.end:
            continue
        if not _RE_INTRO.search(text[max(s, a - 14) : a]) and not depth[m.start()]:
            continue
        f = _form_of_stem(m.group("stem"))
        if f is MagnesiumForm.AMINO_ACID_CHELATE and any(ff is not f for ff, _, _, _ in forms_found):
            continue  # "Glycinate/Lysinate Chelate": the chelate of a named amino acid
        forms_found.append((f, _variant(f, text[max(s, a - 3) : a] + m.group(0), text[b : b + 20]), a, b))
    forms_found.sort(key=lambda x: x[2])

    declared = compound = None
    loose: list[re.Match] = []  # amounts that are not a compound weight, in order
    amounts = list(p.amount.finditer(body))
    for m in amounts:
        a = s + m.start()
        after = fold(text[s + m.end() : s + m.end() + 40])
        # "2,000 mg magnesium lysinate glycinate chelate" / "(from 1480 mg citrate)": a compound weight
        names_form = any(0 <= fa - (s + m.end()) <= 4 for _, _, fa, _ in forms_found) or (
            re.match(r"\s*(?:of\s+|as\s+)?(?:magnesium|magnesio|magnez)\s*\w", after, re.IGNORECASE) is not None
            and any(fa > a for _, _, fa, _ in forms_found)
        )
        in_from = bool(depth[m.start()]) and re.search(r"(?:from|aus|z|de|da)\s*$", body[: m.start()], re.IGNORECASE)
        if compound is None and (names_form or in_from) and (loose or seg.head.kind == "bare"):
            compound = _amount(m, c, raw, s)
        else:
            loose.append(m)
    # the declared amount: the first one outside parentheses, else the first one at all
    # after the name first ("200 g … Magnesium (oxide) 200 mg" is not 200 g of magnesium), then before it
    after_head = [m for m in loose if s + m.start() >= seg.head.end]
    chosen = next((m for m in after_head if not depth[m.start()]), None) or next(
        (m for m in loose if not depth[m.start()]), loose[0] if loose else None
    )
    if seg.head.kind == "form" and compound is None:
        line_start = text.rfind("\n", 0, seg.head.start) + 1
        before = list(p.amount.finditer(text, max(line_start, seg.head.start - 24), seg.head.start))
        if before and not text[before[-1].end() : seg.head.start].strip(" \t:-"):
            lead = _amount(before[-1], c, raw)
            if chosen is not None and p.elemental_marker.search(body):
                compound = lead  # "175 mg magnesium aspartate (equivalent to 11.8 mg magnesium)"
            elif chosen is None:
                return _Row(seg, forms_found, lead, None, None, None, False, True)
    mk = p.elemental_marker.search(body)
    if compound is None and seg.head.kind == "form" and mk and chosen is not None:
        # "Citrate de magnésium 1800 mg, apportant 270 mg de magnésium" and "Magnesium Glycinate (providing
        # 100 mg elemental magnesium) 700 mg": the amount after the marker is the element, the other the compound
        after = next((m for m in loose if m.start() >= mk.end()), None)
        if after is not None and after is not chosen:
            compound = _amount(chosen, c, raw, s)
            chosen = after
    if chosen is not None:
        declared = _amount(chosen, c, raw, s)
    percent = percent_raw = None
    if declared is not None:
        # first % after the declared amount, within the segment
        dpos = chosen.end()
        for pm in p.percent.finditer(body, dpos):
            percent = int(pm.group("pct"))
            sp = c.raw_span(s + pm.start(), s + pm.end())
            percent_raw = raw[sp[0] : sp[1]]
            break
        if percent is None:
            rest = text[s + dpos : seg.line_end]
            bm = p.bare_percent.match(rest)
            if bm:
                percent = int(bm.group("pct").translate(DIGIT_LOOKALIKES))
                sp = c.raw_span(s + dpos + bm.start("pct"), s + dpos + bm.end("pct"))
                percent_raw = raw[sp[0] : sp[1]]
    # "Magnesium Malate 1250mg providing": a marker after the amount announces the next row, not this one
    marker = bool(mk) and chosen is not None and (mk.start() < chosen.start() or depth[mk.start()] > 0 and depth[mk.start()] == depth[chosen.start()])
    columns = []
    for m in loose:
        if depth[m.start()]:
            continue
        pm = re.match(r"[\s.·…:_|-]*(?P<pct>\d{1,4})\s?%", body[m.end() :])
        columns.append((_amount(m, c, raw, s), int(pm.group("pct")) if pm else None, pm.group(0).strip() if pm else None))
    return _Row(seg, forms_found, declared, compound, percent, percent_raw, marker, seg.head.kind == "form" and not seg.head.paren,
                columns=tuple(columns))


_RE_AMOUNT_LINE = re.compile(r"^[\s.·…:_|-]*\d[\d.,]*\s?(?:mg|mcg|g)\b[\s.·…:_|-]*(?:\d{1,4}\s?%)?[\s*†]*$", re.IGNORECASE)


def _column_block_amount(row: _Row, c: Cleaned, raw: str) -> _Row:
    """OCR that read a table column by column: N name lines, then N amount lines; the row's amount is the
    amount line at the same position ("Calcium …\nMagnesium …\nVitamin D3 …\n500 mg 38%\n250 mg 60%\n…")."""
    p = patterns()
    text = c.text
    lines = text.split("\n")
    starts = list(accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
    ends = [a + len(line) for a, line in zip(starts, lines)]
    here = next(i for i, a in enumerate(starts) if a <= row.seg.start < ends[i] + 1)

    def is_name(line: str) -> bool:
        return bool(re.search(r"\p{L}{3}", line)) and not p.amount.search(line) and not _RE_AMOUNT_LINE.match(line)

    def is_row_name(i: int) -> bool:
        return is_name(lines[i]) and bool(p.nutrient.search(lines[i]) or p.mg_word.search(lines[i]))

    top = here
    while top > 0 and is_row_name(top - 1):
        top -= 1
    bottom = here + 1
    while bottom < len(lines) and is_row_name(bottom):
        bottom += 1
    n = bottom - top
    if n < 2 or bottom + n > len(lines) or not all(_RE_AMOUNT_LINE.match(lines[bottom + k]) for k in range(n)):
        return row
    k = bottom + (here - top)
    am = p.amount.search(lines[k])
    declared = _amount(am, c, raw, starts[k])
    percent = percent_raw = None
    pm = p.percent.search(lines[k], am.end())
    if pm:
        percent = int(pm.group("pct"))
        sp = c.raw_span(starts[k] + pm.start(), starts[k] + pm.end())
        percent_raw = raw[sp[0] : sp[1]]
    return replace(row, declared=declared, percent=percent, percent_raw=percent_raw)


def _serving_column(row: _Row, serving: Serving) -> _Row:
    """Per-unit and per-serving columns side by side: take the column that is the serving size times the first."""
    if len(row.columns) < 2 or not serving.count or serving.count <= 1:
        return row
    first, second = row.columns[0], row.columns[1]
    if abs(second[0].mg - first[0].mg * serving.count) <= 0.02 * second[0].mg:
        if second[1] is None:  # "pro Kapsel 100 mg   pro Tagesdosis (3 Kapseln) 300 mg   80 %": the one %DV is the serving's
            return replace(row, declared=second[0])
        return replace(row, declared=second[0], percent=second[1], percent_raw=second[2])
    return row


def _wrapped_amount(row: _Row, c: Cleaned, raw: str) -> _Row:
    """A row whose amount wrapped to the next line: 'Magnesium (as citrate)\\n200 mg 48%'."""
    p = patterns()
    text = c.text
    if row.declared is not None or row.seg.end != row.seg.line_end:
        return row
    nxt_end = text.find("\n", row.seg.line_end + 1)
    nxt_end = len(text) if nxt_end == -1 else nxt_end
    nxt = text[row.seg.line_end + 1 : nxt_end]
    m = re.match(r"[\s.·…:_-]*", nxt)
    am = p.amount.match(nxt, m.end())
    if not am:
        return _column_block_amount(row, c, raw)
    off = row.seg.line_end + 1
    declared = _amount(am, c, raw, off)
    percent = percent_raw = None
    pm = p.percent.search(nxt, am.end())
    if pm and not p.nutrient.search(nxt[am.end() : pm.start()]):
        percent = int(pm.group("pct"))
        sp = c.raw_span(off + pm.start(), off + pm.end())
        percent_raw = raw[sp[0] : sp[1]]
    elif not nxt[am.end() :].strip():
        # "200 mg" and "48%" each on a line of their own (OCR of a table)
        off2 = nxt_end + 1
        line2_end = text.find("\n", off2)
        line2 = text[off2 : len(text) if line2_end == -1 else line2_end]
        pm2 = re.fullmatch(r"\s*(?P<pct>\d{1,4})\s?%[\s*†]*", line2)
        if pm2:
            percent = int(pm2.group("pct"))
            sp = c.raw_span(off2 + pm2.start("pct"), off2 + pm2.end())
            percent_raw = raw[sp[0] : sp[1]]
    return replace(row, declared=declared, percent=percent, percent_raw=percent_raw)


# ---------------------------------------------------------------- rows → sources


def _basis_of(row: _Row, form: MagnesiumForm, forms_: tuple[MagnesiumForm, ...], variant: str | None, population: str = "adult") -> tuple[Basis, str]:
    """Decide elemental vs compound for a row; returns (basis, the reason in words)."""
    d = row.declared
    assert d is not None
    if row.marker:
        return Basis.ELEMENTAL, "marked elemental on the label"
    if not row.head_is_form:
        if row.compound is not None:
            return Basis.ELEMENTAL, "element row with its compound weight beside it"
        return Basis.ELEMENTAL, "an element row ('Magnesium …') declares magnesium itself (21 CFR 101.36)"
    # A compound name with an amount: the %DV decides.
    if row.percent is not None and row.percent > 0:
        if dv_matches(d.mg, row.percent, population):
            return Basis.ELEMENTAL, f"the printed {row.percent}% DV matches {d.mg:g} mg as magnesium"
        el = chemistry.elemental_from_compound(d.mg, form, variant) if len(forms_) == 1 else None
        if el is not None and dv_matches(el, row.percent, population):
            return Basis.COMPOUND, f"the printed {row.percent}% DV matches {el:.0f} mg magnesium in {d.mg:g} mg compound"
        return Basis.COMPOUND, "a compound name with an amount is the compound weight (the %DV does not match either reading)"
    if form is MagnesiumForm.AMINO_ACID_CHELATE:
        return Basis.COMPOUND, "a chelate weight with no named amino acid: the magnesium in it cannot be computed"
    return Basis.COMPOUND, "a compound name with an amount and no element row is the compound weight"


def _fix_units(row: _Row, population: str = "adult") -> tuple[_Row, str | None]:
    """'Magnesium 200 mcg 48%': the %DV shows mcg was misread for mg (or g for mg)."""
    d = row.declared
    if d is None or row.percent is None or d.unit == "mg":
        return row, None
    as_mg = d.value
    if dv_matches(as_mg, row.percent, population) and not dv_matches(d.mg, row.percent, population):
        fixed = Amount(d.value, "mg", as_mg, d.raw, d.span)
        return replace(row, declared=fixed), (
            f"'{d.raw}' read as {as_mg:g} mg: the printed {row.percent}% DV only fits milligrams"
        )
    return row, None


def _to_source(row: _Row, raw: str, c: Cleaned, ingredient_forms: tuple[FormMention, ...], population: str = "adult") -> MagnesiumSource:
    forms_list: list[MagnesiumForm] = []
    variant = None
    spans: list[Span] = []
    for f, v, a, b in row.forms:
        if f not in forms_list:
            forms_list.append(f)
        variant = variant or v
        spans.append(c.raw_span(a, b))
    from_ingredients = False
    if not forms_list and ingredient_forms:
        for fm in ingredient_forms:
            if fm.form not in forms_list:
                forms_list.append(fm.form)
            spans.append(fm.span)
        from_ingredients = True
    if not forms_list:
        forms_list = [MagnesiumForm.UNKNOWN]
    form = forms_list[0]
    fs = tuple(forms_list)
    seg_span = c.raw_span(row.seg.start, row.seg.end)
    label_text = _label_text(row, raw, c, from_ingredients)
    common = dict(
        form=form,
        forms=fs,
        variant=variant,
        label_text=label_text,
        raw=raw[seg_span[0] : seg_span[1]].strip(),
        span=seg_span,
        form_spans=tuple(spans),
        percent_dv=row.percent,
        percent_dv_raw=row.percent_raw,
        front_claim=False,
    )
    if row.declared is None:
        return MagnesiumSource(declared=None, basis=Basis.UNKNOWN, basis_reason="no amount on the label", **common)
    basis, why = _basis_of(row, form, fs, variant, population)
    d = row.declared
    src = MagnesiumSource(declared=d, basis=basis, basis_reason=why, compound_declared=row.compound, **common)
    return compute_source(src)


def compute_source(src: MagnesiumSource) -> MagnesiumSource:
    """Fill elemental/compound mg (and their ranges) of a source from its declared amount and basis."""
    d = src.declared
    if d is None:
        return src
    fs = src.forms or (src.form,)
    single = len(fs) == 1
    if src.basis is Basis.ELEMENTAL:
        el = d.mg
        if src.compound_declared is not None and src.compound_declared.mg < el:
            src = replace(src, compound_declared=None)  # a "compound weight" lighter than its magnesium is another number
        comp = src.compound_declared.mg if src.compound_declared else (
            chemistry.compound_from_elemental(el, src.form, src.variant) if single else None
        )
        comp_rng = (comp, comp) if src.compound_declared else chemistry.compound_range(el, fs, src.variant)
        return replace(src, elemental_mg=el, elemental_mg_range=(el, el), compound_mg=comp, compound_mg_range=comp_rng)
    if src.basis is Basis.COMPOUND:
        comp = d.mg
        el = chemistry.elemental_from_compound(comp, src.form, src.variant) if single else None
        rng = chemistry.elemental_range(comp, fs, src.variant)
        return replace(src, elemental_mg=el, elemental_mg_range=rng, compound_mg=comp, compound_mg_range=(comp, comp))
    return replace(src, elemental_mg=None, elemental_mg_range=None, compound_mg=None, compound_mg_range=None)


def _label_text(row: _Row, raw: str, c: Cleaned, from_ingredients: bool) -> str:
    if row.forms:
        f, v, a, b = row.forms[0]
        sp = c.raw_span(a, b)
        return " ".join(raw[sp[0] : sp[1]].split())
    sp = c.raw_span(row.seg.head.start, row.seg.head.end)
    return " ".join(raw[sp[0] : sp[1]].split())


def _pair(sources: list[MagnesiumSource], text: str) -> list[MagnesiumSource]:
    """Join a compound row with the elemental statement that follows it ('Magnesium Citrate 1480 mg' +
    'providing 444 mg elemental magnesium'), and drop a repeated statement of the same amount."""
    out: list[MagnesiumSource] = []
    # a title line that repeats a compound row word for word ("Magnesium Malate 1250mg") is that row
    sources = [s for i, s in enumerate(sources) if not (
        s.basis is Basis.COMPOUND and s.declared is not None and any(
            t.basis is Basis.COMPOUND and t.declared is not None and t.declared.mg == s.declared.mg and t.forms == s.forms
            for t in sources[i + 1 :]))]
    for s in _absorb_totals(sources, text):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.basis is Basis.COMPOUND
            and prev.declared is not None
            and s.declared is not None
            and s.basis is Basis.ELEMENTAL
            and s.compound_declared is None
            and (set(s.forms) <= set(prev.forms) or s.forms == (MagnesiumForm.UNKNOWN,))
            and text.count("\n", prev.span[1], s.span[0]) <= 2
        ):
            if prev.declared.mg == s.declared.mg:
                # "HOŘČÍK CITRÁT 300 mg" (a title) over "Hořčík 300 mg 80 %": the same magnesium, not a compound weight
                named = replace(s, form=prev.form, forms=prev.forms, variant=prev.variant, form_spans=prev.form_spans,
                                label_text=prev.label_text) if s.form is MagnesiumForm.UNKNOWN else s
                out[-1] = compute_source(named)
                continue
            merged = replace(
                prev,
                declared=s.declared,
                basis=Basis.ELEMENTAL,
                basis_reason="elemental amount stated under the compound row",
                compound_declared=prev.declared,
                percent_dv=s.percent_dv if s.percent_dv is not None else prev.percent_dv,
                percent_dv_raw=s.percent_dv_raw if s.percent_dv is not None else prev.percent_dv_raw,
                raw=text[prev.span[0] : s.span[1]].strip(),
                span=(prev.span[0], s.span[1]),
            )
            out[-1] = compute_source(merged)
            continue
        out.append(s)
    # A compound weight and an element amount of the same form that chemistry says are the same magnesium
    # (Drug Facts "Magnesium citrate 1.745 g" … "each fl oz contains: magnesium 282 mg"; "Magnesium (as oxide)
    # 241.3 mg" … "Each tablet contains 400 mg magnesium oxide"; a front "500 mg" and a panel row) are one source.
    deduped: list[MagnesiumSource] = []
    for s in out:
        dup = next((d for d in deduped if _same_magnesium(d, s)), None)
        if dup is None:
            deduped.append(s)
            continue
        deduped[deduped.index(dup)] = _merge_same(dup, s)
    return deduped


_RE_TOTAL = re.compile(r"(?<![\p{L}])(?:total|gesamt|totale?|insgesamt|razem|totaal)(?![\p{L}])", re.IGNORECASE)


def _absorb_totals(sources: list[MagnesiumSource], text: str) -> list[MagnesiumSource]:
    """'Total (equivalent) magnesium 237 mg' after several compound rows is the magnesium of all of them."""
    out: list[MagnesiumSource] = []
    for s in sources:
        if s.basis is Basis.ELEMENTAL and s.form is MagnesiumForm.UNKNOWN and _RE_TOTAL.search(s.raw):
            parts = []
            while out and out[-1].basis is Basis.COMPOUND and text.count("\n", out[-1].span[1], s.span[0]) <= 8:
                parts.insert(0, out.pop())
            if parts:
                forms = tuple(dict.fromkeys(f for x in parts for f in (x.forms or (x.form,))))
                s = compute_source(replace(
                    s, form=forms[0], forms=forms, label_text=" + ".join(x.label_text for x in parts),
                    form_spans=tuple(sp for x in parts for sp in x.form_spans), span=(parts[0].span[0], s.span[1]),
                    raw=text[parts[0].span[0] : s.span[1]].strip(), basis_reason="total magnesium stated for the compounds above",
                ))
        out.append(s)
    return out


def _same_magnesium(a: MagnesiumSource, b: MagnesiumSource) -> bool:
    if a.elemental_mg is None or b.elemental_mg is None:
        return False
    fa, fb = set(a.forms or (a.form,)), set(b.forms or (b.form,))
    if not (fa & fb or MagnesiumForm.UNKNOWN in fa | fb):
        return False
    if a.basis is Basis.COMPOUND and b.basis is Basis.COMPOUND:
        # two compound rows are two ingredients, unless one repeats the other word for word (a title line)
        return a.declared is not None and b.declared is not None and a.declared.mg == b.declared.mg and fa == fb
    tol = max(0.5, 0.02 * max(a.elemental_mg, b.elemental_mg))
    if {a.basis, b.basis} == {Basis.COMPOUND, Basis.ELEMENTAL} and MagnesiumForm.UNKNOWN in fa | fb:
        # a compound weight and an unnamed "magnesium X mg" statement of the label's own: the label's figure may
        # differ from the anhydrous arithmetic by a few percent (Drug Facts citrate: 1.745 g = 282 mg computed,
        # "each fl oz contains: magnesium 290 mg" printed)
        tol = max(tol, limits()["tolerance"]["label_vs_computed_fraction"] * max(a.elemental_mg, b.elemental_mg))
    return abs(a.elemental_mg - b.elemental_mg) <= tol


def _merge_same(a: MagnesiumSource, b: MagnesiumSource) -> MagnesiumSource:
    """Keep the declared element amount; attach the compound weight and a known form from the other."""
    el, other = (a, b) if (a.basis is Basis.ELEMENTAL, a.percent_dv is not None) >= (b.basis is Basis.ELEMENTAL, b.percent_dv is not None) else (b, a)
    changes: dict = {}
    if el.basis is Basis.ELEMENTAL and el.compound_declared is None and other.basis is Basis.COMPOUND and other.declared:
        changes["compound_declared"] = other.declared
    if el.form is MagnesiumForm.UNKNOWN and other.form is not MagnesiumForm.UNKNOWN:
        changes.update(form=other.form, forms=other.forms, variant=other.variant, form_spans=other.form_spans, label_text=other.label_text)
    if el.percent_dv is None and other.percent_dv is not None:
        changes.update(percent_dv=other.percent_dv, percent_dv_raw=other.percent_dv_raw)
    return compute_source(replace(el, **changes)) if changes else el


# ---------------------------------------------------------------- sections: ingredients, serving, directions


def _ingredient_sections(text: str) -> list[tuple[int, int]]:
    p = patterns()
    out = []
    for m in p.ingredient_heading.finditer(text):
        # "Active ingredients" (Drug Facts) and "Medicinal ingredients" (Canada) head the panel, not a list
        before = fold(text[max(0, m.start() - 12) : m.start()]).lower()
        if re.search(r"(?<!non-)(?<!non )(?:active|medicinal)\s*$", before) or re.match(r"\s*medicinaux", text[m.end() : m.end() + 12], re.I):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        if text[line_start : m.start()].strip(" \t•■*-|") and ":" not in m.group(0) and not text[m.end() : m.end() + 2].lstrip().startswith(":"):
            continue  # "made with domestic and imported ingredients": a sentence, not the list
        end = text.find("\n\n", m.end())
        end = len(text) if end == -1 else end
        # a list that ends its line with a full stop is over (the panel may follow with no blank line)
        period = re.search(r"\.[ \t]*\n", text[m.end() : end])
        end = m.end() + period.end() - 1 if period else end
        stop = p.directions_heading.search(text, m.end(), end)
        w = re.search(r"(?i)\b(?:warning|caution|store|ostrzezenie|warnhinweis|hinweis|distributed|manufactured)", text[m.end() : end])
        cut = min([x for x in (stop.start() if stop and stop.start() > m.end() + 3 else None, m.end() + w.start() if w else None) if x] + [end])
        out.append((m.start(), cut))
    return out


def _serving(text: str, c: Cleaned, raw: str) -> Serving:
    p = patterns()
    count = unit = None
    stext = None
    span = None
    for k, rx in enumerate(p.serving_size):
        m = rx.search(text)
        if not m:
            continue
        gd = m.groupdict()
        u = gd.get("unit") or gd.get("unit2")
        unit = p.unit_to_canonical.get(_norm_key(u)) if u else None
        if unit == "serving" and not gd.get("count"):
            continue  # "Amount Per Serving" says nothing of the size
        if unit in ("g", "ml") and k not in (1, 2):  # not "Serving Size 5 g" or Drug Facts "(in each 15 mL …)"
            after = re.match(rf"\s*(?P<unit>{p.unit_words})(?![\p{{L}}])", text[m.end() : m.end() + 30], re.IGNORECASE)
            if after and p.unit_to_canonical.get(_norm_key(after.group("unit"))) not in (None, "g", "ml", "serving"):
                # "Per 5g Scoop": one scoop (of 5 g)
                unit, gd = p.unit_to_canonical[_norm_key(after.group("unit"))], {**gd, "count": None}
            elif _count(gd.get("count") or "") == 100:
                continue  # "per 100 g": a food table's reference column, not the serving
            elif p.unit_to_canonical.get(_norm_key((text[m.start() : m.start("count")].split("(")[0].split() or [""])[-1])) not in (None, "serving"):
                continue  # "pro Stick (2,3 g)": the stick's weight; the serving is the stick
        count = _count(gd["count"]) if gd.get("count") else 1.0
        span = c.raw_span(m.start(), m.end())
        first = m.start("count") if gd.get("count") else m.start("unit" if gd.get("unit") else "unit2")
        stext = " ".join(raw[c.index[first] : span[1]].split())
        break
    per = None
    m2 = p.servings_per_container.search(text)
    if m2:
        per = int((m2.group("n") or m2.group("n2")).translate(DIGIT_LOOKALIKES))
    dr = _daily_servings(text, count, unit)
    daily, stated, directions = dr.servings, dr.stated, dr.span
    if directions is not None:
        a, b = directions
        directions_text = " ".join(raw[c.index[a] : c.index[b - 1] + 1].split()) if b > a else None
    else:
        directions_text = None
    bedtime = bool(p.bedtime.search(text))
    return Serving(
        text=stext,
        count=count,
        unit=unit,
        servings_per_container=per,
        daily_servings=daily,
        daily_servings_stated=stated,
        directions=directions_text,
        bedtime=bedtime,
        span=span,
        daily_servings_range=dr.range,
        titration=dr.titration,
        split=dr.split,
        max_per_day_text=dr.max_text,
        dose_g_range=dr.grams_per_dose,
    )


@dataclass(frozen=True)
class _Directions:
    """What the directions say about the daily dose, in servings: the target, its range and how it was read."""

    servings: float
    stated: bool
    span: tuple[int, int] | None
    range: tuple[float, float] | None = None
    titration: bool = False
    split: bool = False
    max_text: str | None = None
    grams_per_dose: tuple[float, float] | None = None  # a dose in grams when no serving size is given


_LIQUID_UNITS = ("ml", "g", "fl_oz", "teaspoon", "tablespoon")  # measured doses may exceed 20 units ("30 mL to 60 mL")


def _daily_servings(text: str, count: float | None, unit: str | None) -> _Directions:
    """Servings a day from the directions ('Take 2 capsules twice daily' with serving 2 capsules → 2).

    The target is the full directed dose: the top of "1 to 2 capsules" or "30 mL to 60 mL", the sum of split
    doses ("1 in the morning and 2 at bedtime"), the end of a titration ("start with 1, increase to 3"), capped by
    a stated maximum per 24 hours. The range runs from the least to the most the directions allow.
    """
    p = patterns()
    grams: tuple[float, float] | None = None
    for h in p.directions_heading.finditer(text):
        end = text.find("\n\n", h.end())
        end = len(text) if end == -1 else min(end, h.end() + 300)
        window = text[h.start() : end]
        for d in p.directions_dose.finditer(window):
            u = p.unit_to_canonical.get(_norm_key(d.group("unit")))
            volume = limits()["otc"]["volume_ml"]
            both_volumes = u in volume and unit in volume and u != unit  # "2 to 4 tablespoonfuls" of a 15 mL serving
            if u in (None, "ml", "g") and u != unit and not both_volumes:
                if u == "g" and unit is None and grams is None:
                    # "dissolve 10 to 20 g in water" with no serving size: kept as a dose in grams (Epsom salt)
                    lo_g, hi_g = _count(d.group("n")), _count(d.group("n2") or d.group("n"))
                    if lo_g and hi_g:
                        grams = (lo_g, hi_g)
                continue
            n = _count(d.group("n2") or d.group("n"))
            n_lo = _count(d.group("n")) or n
            if n is None or n <= 0 or (n > 20 and u not in _LIQUID_UNITS):
                continue
            dose_end = d.end()
            # "30 mL to 60 mL", "6.5 fl oz to 10 fl oz": a range with the unit on both ends
            rm = _dose_to(window, dose_end, u)
            if rm is not None:
                n, dose_end = rm
            split_total = _split_doses(window, d, u)
            titration = _titration_target(window, d, u)
            times = _times_a_day(window, dose_end)
            times_lo = _times_low(window, dose_end) or times
            if split_total is not None:
                units_per_day, lo_units = split_total, split_total
            elif titration is not None:
                target_units, target_times = titration
                units_per_day, lo_units = target_units * target_times, n_lo * times_lo
            else:
                units_per_day, lo_units = n * times, n_lo * times_lo
            cap = _RE_UP_TO_PER_DAY.search(window)
            if cap and p.unit_to_canonical.get(_norm_key(cap.group("unit"))) == u:
                units_per_day = max(units_per_day, _count(cap.group("n")) or 0)  # "1 tablet with each meal (up to 3 tablets per day)"
            hi_units = units_per_day
            max_text = None
            mx = _max_per_day(window, u)
            if mx is not None:
                kind, value, max_text = mx
                if kind == "units":
                    units_per_day = min(units_per_day, value)
                    hi_units = value if titration is None and split_total is None else min(hi_units, value)
                    lo_units = min(lo_units, units_per_day)
                else:  # "not more than 2 doses in 24 hours": the most a day is that many doses
                    hi_units = max(hi_units, value * n)
            if u == "serving":
                per = 1.0
            elif both_volumes:
                per = (count or 1.0) * volume[unit] / volume[u]  # the serving in the dose's unit
            elif count and (unit is None or u == unit or unit == "serving"):
                per = count
            else:
                per = 1.0
            servings = units_per_day / per
            rng = (min(lo_units, units_per_day) / per, max(hi_units, units_per_day) / per)
            stop = min(len(window), d.end() + 60)
            nl = window.find("\n", d.end())
            stop = nl if 0 <= nl < stop else stop
            return _Directions(servings, True, (h.start(), h.start() + stop), rng, titration is not None, split_total is not None, max_text)
    return _Directions(1.0, False, None, grams_per_dose=grams)


_TIME_OF_DAY = r"(?:morning|afternoon|evening|night|nighttime|bed|bedtime|lunch|dinner|breakfast|supper|noon|midday|sleep|am|pm|a\.m\.|p\.m\.)"
_RE_AT_TIME = re.compile(rf"\s*(?:\w+\s+){{0,3}}?(?:in\s+the\s+|at\s+|before\s+|after\s+|with\s+|upon\s+|during\s+)?(?:\w+\s+){{0,2}}?{_TIME_OF_DAY}(?![\p{{L}}])", re.IGNORECASE)
_RE_TITRATION_START = re.compile(r"(?:start(?:ing)?|begin(?:ning)?)\s+(?:with|at|by\s+taking)|initially|for\s+the\s+first\s+(?:few\s+days|week|days)|week\s*1", re.IGNORECASE)
_RE_TITRATION_UP = re.compile(r"(?:increase|increasing|work\s+up|build\s+up|titrate|go\s+up|then)[^.\n;]{0,40}?(?:to|until)\s+|\bthen\s+(?:take\s+)?(?=\S)", re.IGNORECASE)
# "Take 1 capsule daily for the first week, then …": the start named right after the first dose
_RE_TITRATION_AFTER = re.compile(
    r"[^.\n;]{0,30}?(?:for\s+the\s+first\s+(?:few\s+days|week|\d+\s+days|days)|for\s+(?:\d+|one|two|three)\s+(?:days|weeks?)|at\s+first)"
    # "…daily; may increase to 1 scoop", "…, gradually increasing to 3": an increase offered after the first dose
    r"|[^.\n]{0,40}?(?<!not\s)(?:may|can|gradually|slowly)\s+(?:be\s+)?increas",
    re.IGNORECASE,
)


@cache
def _direction_patterns() -> dict[str, re.Pattern]:
    """The directions regexes built from the lexicon (number words, units), compiled once."""
    p = patterns()
    numbers = _alt(p.number_words, boundary=False)
    per_day = r"(?:per\s+day|a\s+day|daily|each\s+day|in\s+(?:a\s+|any\s+)?24[\s-]*hours?(?:\s+period)?)"
    lead = r"(?:(?:do\s+)?not\s+(?:take\s+)?more\s+than|no\s+more\s+than|do\s+not\s+exceed|not\s+to\s+exceed|limit(?:\s+(?:of|to))?|maximum(?:\s+of)?|max\.?)"
    return {
        # "… and 3 capsules before bed", ", 1 with lunch": the next dose of a split day
        "split_next": re.compile(
            # (an "or" in between is another way to take the same dose, not another dose)
            rf"(?:(?!\bor\b)[^.;\n]){{0,40}}?(?:\band\b|\bplus\b|\bthen\b|,)\s*(?:take\s+)?(?P<n>\d+(?:[.,]\d+)?|{numbers})(?:\s*{_ADJ}(?P<unit>{p.unit_words}))?"
            # ("2 capsules 2 hours before bedtime": a few words may come before the time)
            rf"(?=[\s,]+(?:\w+\s+){{0,3}}?(?:in\s+the\s+|at\s+|before\s+|after\s+|with\s+|upon\s+|during\s+)(?:\w+\s+){{0,2}}?{_TIME_OF_DAY})",
            re.IGNORECASE,
        ),
        "max_doses": re.compile(rf"{lead}\s+(?P<n>\d+|{numbers})\s+doses?\s+{per_day}", re.IGNORECASE),
        "max_units": re.compile(rf"{lead}\s+(?P<n>\d+(?:[.,]\d+)?|{numbers})\s*{_ADJ}(?P<unit>{p.unit_words})\s+{per_day}", re.IGNORECASE),
    }


_RE_RANGE_JOIN = re.compile(r"\s*(?:\([^)]{0,20}\)\s*)?(?:-|–|to|or|bis|do)\s*", re.IGNORECASE)


def _dose_to(window: str, start: int, unit: str | None) -> tuple[float, int] | None:
    """'… to 60 mL' right after a dose of the same unit: (the top of the range, where it ends)."""
    p = patterns()
    m = _RE_RANGE_JOIN.match(window, start)
    if not m:
        return None
    d = p.directions_dose.match(window, m.end())
    if d and p.unit_to_canonical.get(_norm_key(d.group("unit"))) == unit:
        n = _count(d.group("n2") or d.group("n"))
        if n:
            return n, d.end()
    return None


def _split_doses(window: str, d: re.Match, unit: str | None) -> float | None:
    """'1 capsule in the morning and 3 capsules before bed': the sum of the doses of one day, or None."""
    p = patterns()
    if not _RE_AT_TIME.match(window, d.end()):
        return None
    total = _count(d.group("n2") or d.group("n")) or 0
    pos = d.end()
    found = False
    clause_end = _RE_CLAUSE_END.search(window, pos)
    limit = clause_end.start() if clause_end else len(window)
    rx = _direction_patterns()["split_next"]
    while True:
        m = rx.match(window, pos, limit)
        if not m:
            break
        if m.group("unit") and p.unit_to_canonical.get(_norm_key(m.group("unit"))) != unit:
            break
        n = _count(m.group("n"))
        if not n or n > 20:
            break
        total += n
        found = True
        pos = m.end()
    return total if found else None


def _titration_target(window: str, d: re.Match, unit: str | None) -> tuple[float, float] | None:
    """'Start with 1 capsule … increase to 3 capsules daily': (target units, times a day), or None."""
    p = patterns()
    before = window[max(0, d.start() - 40) : d.start()]
    if not _RE_TITRATION_START.search(before) and not _RE_TITRATION_AFTER.match(window, d.end()):
        return None
    up = _RE_TITRATION_UP.search(window, d.end())
    if up:
        t = p.directions_dose.match(window, up.end())
        if t and p.unit_to_canonical.get(_norm_key(t.group("unit"))) == unit:
            n = _count(t.group("n2") or t.group("n"))
            if n:
                return n, _times_a_day(window, t.end())
    # "Week 1: 1 capsule daily. Week 2: 2 capsules daily. Week 3 on: 3 capsules daily": the largest daily dose
    best = None
    for t in p.directions_dose.finditer(window, d.end()):
        if p.unit_to_canonical.get(_norm_key(t.group("unit"))) != unit:
            continue
        n = _count(t.group("n2") or t.group("n"))
        if n and n <= 20:
            times = _times_a_day(window, t.end())
            if best is None or n * times > best[0] * best[1]:
                best = (n, times)
    return best


_RE_TIMES_LOW = re.compile(
    r"(?P<lo>\d+|one|once|two|three)\s*(?:-|to|or)\s*(?:\d+|two|three|four|five|six|twice|thrice)\s*(?:x|×|times)?(?![\p{L}])",
    re.IGNORECASE,
)


def _times_low(window: str, start: int) -> float | None:
    """The least intakes a day of '1 to 4 times daily' / 'once or twice daily' (None when not a range)."""
    end = min(len(window), start + 60)
    stop = _RE_CLAUSE_END.search(window, start, end)
    end = stop.start() if stop else end
    nxt = patterns().directions_dose.search(window, start, end)
    end = nxt.start() if nxt else end
    if re.search(r"\bup\s+to\b[^.;\n]{0,12}?(?:times|x\b|×)", window[start:end], re.IGNORECASE):
        return 1.0  # "as needed, up to 4 times a day": the least is one intake
    m = _RE_TIMES_LOW.search(window, start, end)
    if not m or not re.search(r"times|x\b|×|daily|a day|per day|twice", window[m.start() : end], re.IGNORECASE):
        return None
    lo = m.group("lo").lower()
    return {"once": 1.0, "one": 1.0, "two": 2.0, "three": 3.0}.get(lo) or _count(lo)


def _max_per_day(window: str, unit: str | None) -> tuple[str, float, str] | None:
    """A stated maximum per day: ("units", n, text) for 'not more than 2 tablets in 24 hours', ("doses", n, text)
    for 'do not take more than 2 doses per day'; None when none is stated."""
    p = patterns()
    rx = _direction_patterns()
    m = rx["max_doses"].search(window)
    if m:
        return "doses", _count(m.group("n")) or 1.0, m.group(0)
    m = rx["max_units"].search(window)
    if m and p.unit_to_canonical.get(_norm_key(m.group("unit"))) == unit:
        return "units", _count(m.group("n")) or 1.0, m.group(0)
    return None


_RE_TIMES = re.compile(
    r"(?:(?:up\s+to|bis\s+zu|jusqu'a|hasta)\s+)?(?:(?:\d+|one|two|three)\s*(?:-|to|or|bis|a)\s*)?(?P<times>\d+|one|two|three|four|five|six|deux|trois|quatre|zwei|drei|vier|dos|tres|cuatro|due|tre|quattro|dwa|trzy|cztery)"
    r"\s*(?:x|×|times|fois|mal|veces|volte|razy)(?![\p{L}])",
    re.IGNORECASE,
)
_RE_EVERY_HOURS = re.compile(r"every\s+(?P<h>\d+)\s*(?:hours|hrs|h)\b|alle\s+(?P<h2>\d+)\s*stunden|co\s+(?P<h3>\d+)\s*godzin", re.IGNORECASE)


_RE_UP_TO_PER_DAY = re.compile(
    r"up\s+to\s+(?P<n>\d+|two|three|four|five|six)\s+(?P<unit>[\p{L}]+)\s+(?:per\s+day|a\s+day|daily|each\s+day)", re.IGNORECASE
)
_RE_MORNING_EVENING = re.compile(
    r"[^.\n;]{0,40}?(?:morning|matin|morgens|rano|manana|mattina)[^.\n;]{0,40}?(?:evening|night|bedtime|soir|abends|wieczorem|noche|sera)",
    re.IGNORECASE,
)
_RE_CLAUSE_END = re.compile(r"\n|;|\.\s")


def _times_a_day(window: str, start: int) -> float:
    """Intakes a day stated right after a dose: 'twice daily' 2, 'up to 4 times daily' 4, 'every 12 hours' 2."""
    p = patterns()
    end = min(len(window), start + 60)
    # the frequency belongs to this dose only up to the end of its clause ("3 capsules daily, or 1 capsule …")
    stop = _RE_CLAUSE_END.search(window, start, end)
    end = stop.start() if stop else end
    me = _RE_MORNING_EVENING.match(window, start)
    if me and not re.search(r"(?<![\p{L}])or(?![\p{L}])", me.group(0), re.IGNORECASE):
        # "1 capsule in the morning and 1 capsule in the evening", "1 comprimé matin et soir"; not "at night, or
        # split into 1 in the morning and 1 at night" (the same dose another way)
        return 2
    nxt = p.directions_dose.search(window, start, end)
    end = nxt.start() if nxt else end
    part = window[start:end]
    t = _RE_TIMES.search(part)
    if t:
        n = _count(t.group("times"))
        if n:
            return n
    h = _RE_EVERY_HOURS.search(part)
    if h:
        hours = int(h.group("h") or h.group("h2") or h.group("h3"))
        if 0 < hours <= 24:
            return 24 / hours
    f = p.frequency.search(part)
    return p.frequency_map[_norm_key(f.group(0))] if f else 1


def _co_ingredients(text: str, c: Cleaned, raw: str) -> tuple[CoIngredient, ...]:
    p = patterns()
    out = []
    for kind, rx, neg in p.coingredients:
        negated = [(m.start(), m.end()) for m in neg.finditer(text)] if neg else []
        for m in rx.finditer(text):
            if any(a <= m.start() < b for a, b in negated):
                continue
            # "magnesium-free caffeine"? no: an amount must follow on the same row for zinc/calcium
            line_end = text.find("\n", m.end())
            line_end = len(text) if line_end == -1 else line_end
            nxt = p.nutrient.search(text, m.end() + 1, line_end)
            mg_next = p.mg_word.search(text, m.end(), line_end)
            stop = min(x for x in (nxt.start() if nxt else line_end, mg_next.start() if mg_next else line_end, line_end))
            am = p.amount.search(text, m.end(), stop)
            # "Calcium (as calcium carbonate)" inside a magnesium row's parentheses is not a calcium row
            amount = _amount(am, c, raw) if am else None
            sp = c.raw_span(m.start(), m.end())
            out.append(CoIngredient(name=_norm_key(m.group(0)), kind=kind, amount=amount, raw=raw[sp[0] : sp[1]], span=sp))
    return tuple(out)


# ---------------------------------------------------------------- the parser


def _amountless_source(m: FormMention, reason: str, form_spans: tuple[Span, ...] | None = None) -> MagnesiumSource:
    """A magnesium source named on the label with no amount (front of pack, ingredient list)."""
    return MagnesiumSource(
        form=m.form, forms=(m.form,), variant=m.variant, label_text=" ".join(m.label_text.split()), declared=None,
        basis=Basis.UNKNOWN, basis_reason=reason, raw=m.label_text.strip(), span=m.span,
        form_spans=(m.span,) if form_spans is None else form_spans,
    )


def parse_label(raw: str) -> LabelFacts:
    """Parse label text (typed, pasted or OCR) into LabelFacts.

    Args:
        raw: the label text; never raises on any str.

    Returns:
        LabelFacts whose sources each keep their raw text and character span in `raw`.
    """
    c = clean_ocr_text(raw)
    text = c.text
    p = patterns()
    kind = read_kind(text)
    warnings: list[str] = []
    unit_fixes: list[str] = []
    front_claims: list[MagnesiumSource] = []
    mentions = find_mentions(text)
    ingredient_secs = _ingredient_sections(text)
    in_ingredients = lambda pos: any(a <= pos < b for a, b in ingredient_secs)  # noqa: E731
    ingredient_forms = tuple(
        FormMention(m.form, raw[c.raw_span(m.start, m.end)[0] : c.raw_span(m.start, m.end)[1]], c.raw_span(m.start, m.end), m.variant)
        for m in mentions
        if m.kind == "form" and in_ingredients(m.start)
    )
    excipients = [m for m in mentions if m.kind == "excipient"]
    magnesium_mentioned = any(m.kind in ("form", "bare") for m in mentions)
    panel = p.panel_heading.search(text)
    panel_start = panel.start() if panel else None

    serving = _serving(text, c, raw)
    rows: list[_Row] = []
    for seg in _segments(text, mentions):
        if in_ingredients(seg.head.start):
            continue
        row = _serving_column(_wrapped_amount(_read_segment(seg, c, raw), c, raw), serving)
        row, fix = _fix_units(row, kind.population)
        if fix:
            unit_fixes.append(fix)
        rows.append(row)

    amount_rows = [r for r in rows if r.declared is not None]
    form_only = [r for r in rows if r.declared is None and r.forms]
    sources = [_to_source(r, raw, c, ingredient_forms, kind.population) for r in amount_rows]
    # a row read before the panel heading with no %DV is a front-of-pack claim when the panel has rows too
    if panel_start is not None:
        panel_rows = [s for s in sources if s.span[0] >= c.index[panel_start]]
        if panel_rows:
            front = [s for s in sources if s.span[0] < c.index[panel_start] and s.percent_dv is None]
            front_claims.extend(front)
            sources = [s for s in sources if s not in front]
    sources = _pair(sources, raw)
    # named forms with no amount (front of pack, marketing text) fill in a row without a form
    named = []
    for r in form_only:
        for f, v, a, b in r.forms:
            sp = c.raw_span(a, b)
            named.append(FormMention(f, raw[sp[0] : sp[1]], sp, v))
    if sources:
        filled = []
        for s in sources:
            if s.form is MagnesiumForm.UNKNOWN and named:
                fs = tuple(dict.fromkeys(n.form for n in named))
                s = compute_source(replace(s, form=fs[0], forms=fs, form_spans=tuple(n.span for n in named), variant=named[0].variant))
            filled.append(s)
        sources = filled
    else:
        seen: set[MagnesiumForm] = set()
        for n in named:
            if n.form not in seen:
                seen.add(n.form)
                sources.append(_amountless_source(n, "the label names the form but gives no amount"))
        if not sources:
            # a magnesium compound only in the ingredient list: a source with no amount
            for fm in ingredient_forms:
                if fm.form not in seen:
                    seen.add(fm.form)
                    sources.append(_amountless_source(fm, "named in the ingredients with no amount"))
        if not sources and magnesium_mentioned and any(m.kind == "bare" and not in_ingredients(m.start) for m in mentions):
            m = next(m for m in mentions if m.kind == "bare")
            sp = c.raw_span(m.start, m.end)
            bare = FormMention(MagnesiumForm.UNKNOWN, raw[sp[0] : sp[1]], sp)
            sources.append(_amountless_source(bare, "magnesium named with no form and no amount", form_spans=()))
    for s in sources:
        limit = limits()["plausibility"]["max_elemental_per_serving_mg"]
        if s.elemental_mg is not None and s.elemental_mg > limit:
            warnings.append(f"{s.elemental_mg:g} mg magnesium per serving is implausibly high; check the reading of '{s.raw}'")
    buffered = bool(p.buffered.search(text))
    chelate_without_ligand = any(m.chelate_without_ligand for m in mentions)
    if excipients and not sources:
        warnings.append("magnesium appears only as an excipient (e.g. magnesium stearate), which is not a source")
    return LabelFacts(
        text=raw,
        serving=serving,
        sources=tuple(sources),
        ingredient_forms=ingredient_forms,
        co_ingredients=_co_ingredients(text, c, raw),
        magnesium_mentioned=bool(sources),
        buffered=buffered,
        chelate_without_ligand=chelate_without_ligand,
        has_panel=panel is not None,
        unit_fixes=tuple(unit_fixes),
        front_claims=tuple(front_claims),
        warnings=tuple(warnings),
        kind=kind.kind,
        drug_purposes=kind.purposes,
        population=kind.population,
        kind_evidence=kind.evidence,
    )
