"""Every word and pattern the parser matches, built once from the data tables (auditor/data/lexicon.toml,
forms.toml, coingredients.toml). No stage writes a word list of its own."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache

import regex as re

from ..clean import fold
from ..models import MagnesiumForm
from ..tables import _load, excipient_stems, forms, lexicon, longest_first

_JOINERS = re.compile(r"[\s\-]+")
# A declined unit word is its stem (lexicon.toml's serving_unit_stems) and at most this many letters: the longest
# case endings of the EU languages that decline a unit (Hungarian "tablett-ában", Lithuanian "tablet-ėse", Estonian
# "kaps-lites").
UNIT_INFLECTION_LETTERS = 5
# A limit phrase this long (spaces included) is still recognised with one letter misread, dropped or added.
THRESHOLD_FUZZY_MIN_LETTERS = 8


def alt(words, *, boundary: bool = True) -> str:
    """Alternation of words (`longest_first`); spaces and hyphens in a word match any run of them."""
    parts = []
    for w in longest_first(fold(w).lower() for w in words):
        parts.append(r"[\s\-]*".join(re.escape(p) for p in re.split(r"[\s\-]+", w)))
    body = "(?:" + "|".join(parts) + ")"
    return rf"(?<![\p{{L}}\d]){body}(?![\p{{L}}])" if boundary else body


def norm_key(s: str) -> str:
    """The lookup key of a word matched by `alt`, which lets spaces and hyphens inside a word come and go
    ("l-threonate", "l threonate", "lthreonate" are one key)."""
    return _JOINERS.sub("", fold(s).lower())


def display_name(s: str) -> str:
    """A matched word as shown: folded, lower case, single spaces ("L-Theanine" → "l theanine")."""
    return _JOINERS.sub(" ", fold(s).lower()).strip()


class UnitNames(dict):
    """A unit's spelling (norm_key) → its canonical unit; a spelling not listed is a declined unit word when it is
    a listed stem and a short ending ("tabletēs" → tablet)."""

    def __init__(self, spellings: dict[str, str], stems: dict[str, str]) -> None:
        super().__init__(spellings)
        self._stems = sorted(stems.items(), key=lambda kv: -len(kv[0]))

    def __missing__(self, key: str) -> str:
        for stem, unit in self._stems:
            if key.startswith(stem) and len(key) - len(stem) <= UNIT_INFLECTION_LETTERS:
                return unit
        raise KeyError(key)

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default


@dataclass(frozen=True)
class Patterns:
    mg_word: re.Pattern
    form_mg_first: re.Pattern
    form_stem_first: re.Pattern
    form_bare: re.Pattern  # a stem alone, used inside "(as …)" / "from …" of a magnesium row
    standalone: re.Pattern
    excipient: re.Pattern
    stem_to_form: dict[str, MagnesiumForm]
    standalone_to_form: dict[str, MagnesiumForm]
    amount: re.Pattern
    amount_before: re.Pattern  # an amount that ends right before a name ("1330 mg of magnesium citrate"), searched backwards
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
    unit_to_canonical: UnitNames
    unit_words: str  # the serving units' spellings as one alternation
    number_words: dict[str, int]
    frequency_map: dict[str, int]
    coingredients: tuple[tuple[str, re.Pattern, re.Pattern | None], ...]
    buffered: re.Pattern
    adj: str  # the unit adjectives as an optional group, for patterns built elsewhere
    blend: re.Pattern  # "Magnesium Complex Blend 1,500 mg": the row weighs a blend, not the element
    compound_follows: re.Pattern  # "… mg of magnesium citrate": the element word and a name right after an amount
    subrow: re.Pattern  # "davon", "w tym", "of which" at the start of a row: a part of the row above
    restates: re.Pattern  # "providing", "soit", "davon" at the start of a row: the row above's magnesium
    grade: re.Pattern  # a pharmacopoeia grade starting a line ("USP 200 mg"): the end of a wrapped name
    total: re.Pattern  # "Total magnesium": a row that sums the rows above it
    intro_reach: int  # characters an intro word and its spaces span at most
    threshold: re.Pattern  # "more than", "mehr als", "powyżej" right before an amount: a stated limit
    threshold_reach: int
    count_unit: re.Pattern  # a count and its unit alone ("2 tabletkach"), a column heading after the first
    unit_weight: re.Pattern  # a count and its unit and an opened bracket, "1 level scoop (": the units' weight follows
    column_label: re.Pattern  # a table column's heading: "pro Tagesdosis (2 Kapseln)", "Pour 3 comprimés", "per 100 g"
    day_column: re.Pattern  # a column heading for the whole day: "Amount Per Day", "pro Tag"
    intro: re.Pattern  # "as", "from", "aus" right before a form: the form is the row's source, not a new row
    list_gap: re.Pattern  # what stands between two salts of one list: ", ", " and ", " / " — nothing else
    unit_heading: re.Pattern  # a table heading's unit in brackets, "Amount Per Serving (mg)": the unit of its bare numbers
    bare_amount: re.Pattern  # a number with no unit and no "%" after it, "200" in a column headed "(mg)"
    source_endings: frozenset[str]  # a salt's endings that say "from" (Finnish elative): the row is the element's


# "2,000", "1.480", "1,5", and "1 000" (a space between thousands, as French, Italian and Czech labels print it)
NUMBER = r"(?P<num>\d{1,3}(?:[,.]\d{3})+(?:[.,]\d+)?|\d{1,3}(?: \d{3})+(?:[.,]\d+)?(?=\s?(?:mg|mcg|g|milligram)\b)|\d+(?:[.,]\d+)?)"


_compiling = threading.Lock()


def patterns() -> Patterns:
    """Every regex, compiled once from the data tables.

    Thread-safe, so that `compile_in_background` can compile them while the OCR networks run (they release the
    GIL): a caller arriving meanwhile waits for that compilation instead of doing it twice.
    """
    with _compiling:
        return _compile()


def compile_in_background() -> None:
    """Start compiling the patterns on a daemon thread (about a fifth of a second that a photo's reading can hide);
    nothing when they are compiled already (a batch worker or the page audits photo after photo)."""
    if not _compile.cache_info().currsize:
        threading.Thread(target=patterns, name="auditor-patterns", daemon=True).start()


@cache
def _compile() -> Patterns:
    """The patterns from the previous process's compilation when it is of this very code and data
    (`pattern_cache`), else compiled now and kept for the next one."""
    from . import pattern_cache

    found = pattern_cache.load(Patterns)
    if found is not None:
        return found
    built = _build()
    pattern_cache.save(built)
    return built


def _build() -> Patterns:
    lex = lexicon()
    mg_word = alt(lex["magnesium_words"], boundary=False)
    stem_to_form: dict[str, MagnesiumForm] = {}
    standalone_to_form: dict[str, MagnesiumForm] = {}
    for form, info in forms().items():
        for stem in info.stems:
            stem_to_form.setdefault(norm_key(stem), form)
        for name in info.standalone:
            standalone_to_form[norm_key(name)] = form
    # (alternations are built from the words as written, so spaces and hyphens inside them stay optional)
    stems = alt([stem for info in forms().values() for stem in info.stems], boundary=False)
    endings = alt(lex["form_endings"], boundary=False)
    exc = alt(excipient_stems(), boundary=False)
    units = {}
    for canonical, spellings in lex["serving_units"].items():
        for s in spellings:
            units[norm_key(s)] = canonical
    unit_stems = {norm_key(stem): canonical for canonical, stems in lex["serving_unit_stems"].items() for stem in stems}
    unit_alt = (rf"(?:{alt([s for spellings in lex['serving_units'].values() for s in spellings], boundary=False)}"
                rf"|{alt(unit_stems, boundary=False)}\p{{L}}{{0,{UNIT_INFLECTION_LETTERS}}})")
    num_words = {k: int(v) for k, v in lex["number_words"].items()}
    # words between a count and its unit ("2 vegetarian capsules", "1 gestr. Messlöffel")
    ADJ = rf"(?:{alt(lex['unit_adjectives'], boundary=False)}\.?\s+)?"
    count = rf"(?:\d+\s?/\s?\d+|\d+(?:[.,]\d+)?|{alt(num_words, boundary=False)}|½|[lI](?=\s))"
    freq = {norm_key(k): int(v) for k, v in lex["frequency"].items()}
    co = []
    for row in _load("coingredients.toml")["ingredient"]:
        neg = re.compile(alt(row["negations"]), re.IGNORECASE) if row["negations"] else None
        co.append((row["kind"], re.compile(alt(row["names"]), re.IGNORECASE), neg))
    I = re.IGNORECASE
    return Patterns(
        mg_word=re.compile(
            rf"(?<![\p{{L}}]){mg_word}(?![\p{{L}}])"
            # the symbol as a name: with its case, not a unit after a number on its line (a count ending the line
            # above, "Servings Per Container 30", is no amount), and where a name stands
            rf"|(?<![\p{{L}}\d])(?<!\d[ \t.,]{{0,2}})(?-i:{re.escape(lex['element_symbol'])})(?![\p{{L}}])(?=\s*[(\[:]|\s{{2,}}[<\d])", I),
        # "Magnesium citrate", "Magnesiumcitrat", "Magnesium (Glycinate)", "magnesium L-threonate"
        form_mg_first=re.compile(
            rf"(?<![\p{{L}}])(?P<mg>{mg_word})(?:[\s\-]*+(?:\(\s*+)?(?:as\s++|als\s++|aus\s++)?)?(?:(?:l|d|dl)-\s?)?(?P<stem>{stems})(?P<ending>{endings})?(?![\p{{L}}])", I
        ),
        # "citrate de magnésium", "cytrynian magnezu", "ossido di magnesio", "chelated magnesium"
        form_stem_first=re.compile(
            rf"(?<![\p{{L}}])(?:(?:l|d|dl)-\s?)?(?P<stem>{stems})(?:{endings})?[\s\-]+(?:{alt(lex['salt_links'], boundary=False)}\s+)?(?P<mg>{mg_word})(?![\p{{L}}])", I
        ),
        form_bare=re.compile(rf"(?<![\p{{L}}])(?:l-|di-|tri-)?(?P<stem>{stems})(?:{endings})?(?![\p{{L}}])", I),
        standalone=re.compile(alt([n for info in forms().values() for n in info.standalone]), I),
        excipient=re.compile(
            # (a stem from a word's start: "trisilicate de magnésium" is an antacid's active, not "silicate de magnésium")
            rf"(?<![\p{{L}}])(?:{mg_word})[\s\-]*(?:{exc})|(?<![\p{{L}}])(?:{exc})[\s\-]+(?:(?:de|di|of)\s+)?(?:{mg_word})(?![\p{{L}}])", I
        ),
        stem_to_form=stem_to_form,
        standalone_to_form=standalone_to_form,
        # (a unit may stand in a column of its own: "Magnésium   225   mg   60 %", the header naming "Unité")
        # ("10 à 30 mg/kg/jour": a dose per kilogram of body weight is a rate, not an amount the product holds)
        amount=re.compile(rf"(?<![\p{{L}}\d.,]){NUMBER}(?:\s?|[ \t]{{2,}})(?P<unit>mcg|mg|g|milligrams?)(?![\p{{L}}]|\s?/\s?kg(?![\p{{L}}]))", I),
        amount_before=re.compile(
            rf"(?r)(?<![\p{{L}}\d.,]){NUMBER}\s?(?P<unit>mcg|mg|g|milligrams?)[\s:\-]*(?:{alt(lex['linking_words'], boundary=False)}\s+)?"
            rf"(?:{alt(lex['hydrate_state_words'], boundary=False)}\s+)?$", I),
        # "48%", "48 %", and "%40" (Turkish labels put the sign first)
        percent=re.compile(r"(?<![\d.,])(?P<pct>\d{1,4})(?:[.,]\d)?\s?%|(?<![\d\p{L}])%\s?(?P<pct>\d{1,3})(?![\d.,]|\s?(?:mg|mcg|g)\b)"),
        # a %DV column printed without its sign, "106.7" or "107" (EU tables give one decimal)
        bare_percent=re.compile(r"^[\s*†‡#.]*(?P<pct>\d[\dOo]{0,3})(?:[.,]\d)?(?![\d.,]|\s?(?:mg|mcg|g)\b)[\s*†‡#]*(?:$|\s{2,})", I),
        elemental_marker=re.compile(alt(lex["elemental_markers"]), I),
        panel_heading=re.compile(
            alt(lex["panel_headings"])
            + rf"|(?<![\p{{L}}\d])(?:{alt(lex['panel_unit_words'], boundary=False)}\s+|\d+\s+{ADJ}(?={unit_alt}(?![\p{{L}}])))"
            rf"(?:[\p{{L}}\d.,-]+\s+){{0,4}}{alt(lex['panel_contains_words'], boundary=False)}(?![\p{{L}}])",
            I,
        ),
        ingredient_heading=re.compile(alt(lex["ingredient_headings"]) + r"\s*[:.]?", I),
        directions_heading=re.compile(alt(lex["directions_headings"]), I),
        bedtime=re.compile(alt(lex["bedtime_words"]), I),
        nutrient=re.compile(alt(lex["nutrient_words"]), I),
        serving_size=tuple(
            re.compile(rx, I)
            for rx in (
                # "pro Tagesdosis (2 Kapseln)", "w dziennej porcji (3 tabletki)": a count in parentheses is the serving
                rf"(?<![\p{{L}}]){alt(lex['serving_per_words'], boundary=False)}\s+(?:[\p{{L}}']+\s+){{0,3}}?\(\s*(?P<count>{count})\s*{ADJ}(?P<unit>{unit_alt})(?![\p{{L}}])",
                # "Serving Size 2 Capsules", "Porcja: 2 kapsułki", "Serving Size | 1 Vegetarian Capsule", OCR "Servng Sze"
                rf"(?:(?<![\p{{L}}])(?=[ser])(?:serving){{e<=2}}\s*(?:size){{e<=1}}|portion(?:sgro[sß]e)?|porcja|porcion|porcao|porzione|dose|tagesdosis|taille de la portion|davka|porce)"
                rf"[\s:.|]*\(?\s*(?P<count>{count})\s*{ADJ}(?P<unit>{unit_alt})?(?![\p{{L}}])",
                # Drug Facts: "(in each 15 mL tablespoon)", "(in each fl oz / 30 mL)", "(in each tablet)"
                rf"in\s+each\s+(?:[^)\n]{{0,12}}?(?P<count>\d+(?:[.,]\d+)?)\s*(?P<unit>ml)|{ADJ}(?P<unit2>{unit_alt}))(?![\p{{L}}])",
                # "Per 1 serving (2 tablets, 1,600 mg)", "Portion (2 Kapseln)"
                rf"(?:serving|portion|porcja|porcao|porcion)\s*\(\s*(?P<count>{count})\s*{ADJ}(?P<unit>{unit_alt})(?![\p{{L}}])",
                # EU tables: "pro Tagesdosis (2 Kapseln)", "Pour 2 gélules", "Each 2 tablets provide"
                rf"(?<![\p{{L}}]){alt(lex['serving_per_words'], boundary=False)}\s+(?:[\p{{L}}']+\s+){{0,2}}?\(?\s*(?P<count>{count})\s*{ADJ}(?P<unit>{unit_alt})(?![\p{{L}}])",
                # "Two tablets provide:", "2 capsules contain"
                rf"(?<![\p{{L}}\d])(?P<count>{count})\s+{ADJ}(?P<unit>{unit_alt})\s+(?:provide|provides|contain|contains|supply|supplies)(?![\p{{L}}])",
                # one unit implied: "pro Brausetablette", "Amount Per Tablet", "Each film coated tablet contains"
                rf"(?<![\p{{L}}])(?:pro|per|pour|por|par|each|je|cada|chaque|jede|ogni|her bir|v)\s+(?:[\p{{L}}-]+\s+){{0,2}}?{ADJ}(?P<unit>{unit_alt})(?![\p{{L}}])",
            )
        ),
        servings_per_container=re.compile(
            rf"(?:(?<![\p{{L}}])(?=[ser])(?:servings){{e<=2}}\s*per\s*(?:con[a-z]{{4,8}}|bottle|package|pack)|porcoes\s*por\s*embalagem|porcji\s*w\s*opakowaniu|portionen\s*(?:pro|je)\s*packung"
            rf"|portions\s*par\s*(?:boite|flacon)|porciones\s*por\s*envase|porzioni\s*per\s*confezione)"
            rf"[\s:.|]*(?:about|approx\.?|ca\.?|approximately|circa|environ|aprox\.?)?\s*(?P<n>[\dlIO]\d{{0,5}}[\dlIO]{{0,2}})(?![\d])"
            rf"|(?<![\d.,])(?P<n2>\d{{1,6}})\s+(?:servings|tagesdosen|tagesportionen|portionen|porcji|portions|porciones|porzioni|dosi|doses)(?![\p{{L}}])",
            I,
        ),
        directions_dose=re.compile(
            rf"(?<![\p{{L}}\d])(?P<n>{count})(?:\s*(?:-|to|or|bis|do|a|o)\s*(?P<n2>{count}))?\s*{ADJ}(?P<unit>{unit_alt})(?![\p{{L}}])",
            I,
        ),
        frequency=re.compile(alt(lex["frequency"]), I),
        unit_to_canonical=UnitNames(units, unit_stems),
        unit_words=unit_alt,
        number_words=num_words,
        frequency_map=freq,
        coingredients=tuple(co),
        buffered=re.compile(alt(lex["buffered_words"]), I),
        adj=ADJ,
        blend=re.compile(alt(lex["blend_words"]), I),
        # (the element's word whole: "hořčíku" is the element declined, not "hořčík" followed by a compound's word)
        compound_follows=re.compile(
            rf"\s*(?:of\s+|as\s+)?(?:{alt(lex['hydrate_state_words'], boundary=False)}\s+)?(?>{mg_word})\s*\w", I),
        intro_reach=max(len(w) for w in lex["intro_words"]) + 2,
        source_endings=frozenset(norm_key(e) for e in lex["source_endings"]),
        # (a long phrase with one letter misread, lost or added is still the limit: "mehr ais 250 mg Magnesium",
        # "sperior a 250 mg" under glare; short words have too many neighbours for that)
        threshold=re.compile(
            rf"(?<![\p{{L}}])(?:(?:{alt([w for w in lex['threshold_words'] if len(w) >= THRESHOLD_FUZZY_MIN_LETTERS], boundary=False)}){{e<=1}}"
            rf"|{alt([w for w in lex['threshold_words'] if len(w) < THRESHOLD_FUZZY_MIN_LETTERS], boundary=False)})\s*$", I),
        threshold_reach=max(len(w) for w in lex["threshold_words"]) + 2,
        count_unit=re.compile(rf"(?<![\p{{L}}\d])(?P<count>{count})\s*{ADJ}(?P<unit>{unit_alt})(?![\p{{L}}])", I),
        # (searched backwards from an amount)
        unit_weight=re.compile(rf"(?r)(?<![\p{{L}}\d])(?P<count>{count})\s*{ADJ}(?P<unit>{unit_alt})\s*[(\[]\s*$", I),
        column_label=re.compile(
            # (OCR drops the space between a one-letter column word and its count: "w1 saszetce")
            rf"(?<![\p{{L}}]){alt(lex['column_words'], boundary=False)}(?:\s+(?:[\p{{L}}'.]+\s+){{0,3}}?\(?\s*|(?=\d))(?P<count>{count})?\s*{ADJ}(?P<unit>{unit_alt})(?![\p{{L}}])", I),
        day_column=re.compile(
            rf"(?<![\p{{L}}]){alt(lex['column_words'], boundary=False)}\s+{alt(lex['day_column_words'], boundary=False)}(?![\p{{L}}])", I),
        subrow=re.compile(rf"[\s\-–•*]*{alt(lex['subrow_words'])}", I),
        restates=re.compile(rf"[\s\-–•*]*{alt(lex['subrow_words'] + lex['restating_words'])}", I),
        grade=re.compile(rf"[ \t]*{alt(lex['grade_words'])}[ \t.]*", I),
        total=re.compile(alt(lex["total_words"]), I),
        intro=re.compile(rf"(?<![\p{{L}}]){alt(lex['intro_words'], boundary=False)}\s*$", I),
        unit_heading=re.compile(r"[(\[]\s*(?P<unit>mcg|mg|g|milligrams?)\s*[)\]]", I),
        bare_amount=re.compile(rf"(?<![\p{{L}}\d.,%]){NUMBER}(?![\d.,]|\s?%|\s?\p{{L}})", I),
        list_gap=re.compile(rf"[\s,;:/\-–]*(?:{alt(lex['list_joiners'], boundary=False)}(?![\p{{L}}]))?[\s,;:/\-–]*", I),
    )


# ---------------------------------------------------------------- small readers
