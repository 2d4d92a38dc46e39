"""OCR clean-up of label text: fix the confusions Tesseract makes, keeping a map back to the raw offsets.

One named step (`clean_ocr_text`) so the parser's regexes see tidy text while every value it finds still points
at the characters the user gave it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

import regex as re

from .tables import forms, lexicon, longest_first

# Every Latin letter that is a base letter plus marks ("é", "ā", "ė", "ș", "ų", "ő"): the Latin-1 Supplement, Latin
# Extended-A and -B and Latin Extended Additional blocks of Unicode, so that any EU language's diacritics fold
# (Latvian "oksīds", Lithuanian "tabletėje", Romanian "conține" as well as "é" and "ł").
_ACCENTED = "".join(
    ch for ch in map(chr, [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)])
    if len(d := unicodedata.normalize("NFD", ch)) > 1 and d[0].isascii() and d[0].isalpha()
    and all(unicodedata.combining(m) for m in d[1:]))
_FOLD = str.maketrans(
    {ch: unicodedata.normalize("NFD", ch)[0] for ch in _ACCENTED}
    | {"ł": "l", "Ł": "L", "ı": "i", "İ": "I", "µ": "u", "μ": "u", "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2013": "-",
       "\u2014": "-", "\u2212": "-", "\u2011": "-", "\u2010": "-", "’": "'", "‘": "'", "´": "'"}
)
# ß stays: German labels write "Magnesium" anyway, and folding it would change the length.


def _transliteration() -> dict[str, str]:
    """Greek and Cyrillic letters, small and capital, accented or not, → one Latin letter (lexicon.toml
    [transliteration])."""
    table = lexicon()["transliteration"]
    letters = {k: v for script in ("cyrillic", "greek") for k, v in table[script].items()}
    out = {}
    for small, latin in letters.items():
        out[small] = latin
        out[small.upper()] = latin.upper()
    for code in [*range(0x370, 0x400), *range(0x400, 0x460), *range(0x1F00, 0x2000)]:  # Greek (and extended), Cyrillic
        ch = chr(code)
        base = unicodedata.normalize("NFD", ch)[0]
        if ch not in out and base in out and len(unicodedata.normalize("NFD", ch)) > 1:
            out[ch] = out[base]
    del out["μ"]  # (beside a Greek letter only: `_RE_GREEK_MU`)
    return out


_FOLD_SCRIPTS = str.maketrans(_transliteration())
_GREEK_LETTER = r"[\u0370-\u03ff\u1f00-\u1fff]"
# Greek small mu is a Greek word's "m" beside another Greek letter, and elsewhere the micro sign OCR gives ("50 μg")
_RE_GREEK_MU = re.compile(rf"μ(?={_GREEK_LETTER})|(?<={_GREEK_LETTER})μ")
_RE_OTHER_SCRIPT = re.compile(r"[\u0370-\u045f\u1f00-\u1fff]")


def fold(text: str) -> str:
    """Accent-free, same-length copy of `text` (é→e, ł→l, µ→u, dashes → '-'; Greek and Cyrillic letters
    transliterated, one Latin letter each), so spans stay valid."""
    if _RE_OTHER_SCRIPT.search(text):
        text = _RE_GREEK_MU.sub("m", text).translate(_FOLD_SCRIPTS)
    return text.translate(_FOLD)


def _alternation(words) -> str:
    """The words, folded and in lower case, as one regex alternation, longest first (the parser's `alt` without its
    space and hyphen tolerance, which the cleaner's patterns do not need)."""
    return "|".join(re.escape(fold(w).lower()) for w in longest_first(words))


@dataclass(frozen=True)
class Cleaned:
    """Cleaned text plus, for each of its characters, the offset of the raw character it came from."""

    text: str
    index: tuple[int, ...]  # len(text) + 1 entries; the last is len(raw)

    def raw_span(self, start: int, end: int) -> Span:
        if end <= start:
            return (self.index[start], self.index[start])
        return (self.index[start], self.index[end - 1] + 1)


def _sub(cleaned: Cleaned, pattern: re.Pattern, repl) -> Cleaned:
    """re.sub that keeps the offset map: characters of a replacement map onto the replaced raw characters."""
    out: list[str] = []
    index: list[int] = []
    pos = 0
    text = cleaned.text
    for m in pattern.finditer(text):
        new = repl(m) if callable(repl) else repl
        if new == m.group(0):
            continue
        out.append(text[pos : m.start()])
        index.extend(cleaned.index[pos : m.start()])
        n_old = m.end() - m.start()
        for k in range(len(new)):
            # inserted characters (zero-width match) map onto the next raw character
            index.append(cleaned.index[m.start() + min(k, max(n_old - 1, 0))])
        out.append(new)
        pos = m.end()
    if pos == 0 and not out:
        return cleaned
    out.append(text[pos:])
    index.extend(cleaned.index[pos:])
    return Cleaned("".join(out), tuple(index))


DIGIT_LOOKALIKES = str.maketrans({"O": "0", "o": "0", "D": "0", "l": "1", "I": "1", "|": "1", "i": "1", "S": "5", "B": "8"})
# A number token with OCR letter confusions, followed by a mass unit (possibly misread itself).
_RE_NUM_CONFUSED = re.compile(
    r"(?<![\p{L}\d])(?P<num>(?=[\dOoDlI|iSB.,]*\d)[\dOolI|][\dOoDlI|iSB]{0,4}(?:[.,][\dOo]{1,3})?)"
    r"(?=\s?(?:mg|mq|rng|rnq|mcg|meg|mcq|ug|g)\b)"
)
# "Capsu1es", "Magnesium Citrate" with 1/0 misread inside a word (never between digits: "B12" stays)
_RE_DIGIT_IN_WORD = re.compile(r"(?<=[a-z]{2})[10|](?=[a-z])")
# "Magne-\nsium": a word hyphenated across a line break
_RE_HYPHEN_BREAK = re.compile(r"(?<=\p{L}{2})-[ \t]*\n[ \t]*(?=\p{Ll}{2})")
# "Magnesium100mg24%": a name glued to its amount
_RE_GLUED_AMOUNT = re.compile(r"(?<=\p{L}{3})(?=\d+(?:[.,]\d+)?\s?(?:mg|mcg|g)(?!\p{L}))")
# ("ng": a supplement label never states nanograms; "150ng" is "150mg" whose m lost its first stroke to glare)
_RE_UNIT_MG = re.compile(r"(?<=\d\s?)(?:rng|rnq|mq|mgs|m9|ma|ng)\b")
# "48°/o": the percent sign read as degree-slash-o
_RE_PERCENT_SIGN = re.compile(r"(?<=\d\s?)(?:°/o|°/0|o/o|0/0|°/°)")
# "0xide": a word that starts with a zero for the letter O
_RE_ZERO_WORD = re.compile(r"(?<![\p{L}\d])0(?=[a-z]{3})")
# "200\nmg 48%": an amount whose unit wrapped to the next line
_RE_UNIT_WRAPPED = re.compile(r"(?<=\d)[ \t]*\n[ \t]*(?=(?:mg|mcg|g)\b)")
# "(asmagnesiumtaurate)": OCR lost the space after "(as"
_RE_GLUED_AS = re.compile(r"(?<=\((?:as|from))(?=magnes|magnez)", re.IGNORECASE)
_RE_UNIT_ML = re.compile(r"(?<=\d\s?)(?:rnl|rnL|mI)\b")
_RE_UNIT_MCG = re.compile(r"(?<=\d\s?)(?:meg|mcq|rncg|rnicg|ug|µg|μg|mcgs)\b", re.IGNORECASE)
# "Magnesium (as citrate).......200 mg": dot leaders become spaces (a leader touching a number is not a decimal point)
_RE_LEADERS = re.compile(r"[.·…_]{3,}|…{2,}")
_RE_PCT_CONFUSED = re.compile(r"(?<![\p{L}\d])(?P<num>[\dOolI]{1,3})(?=\s?%)")
# The element's name misread by one or two characters ("Magnesiurn", "Magnes1um", "Maqnesium").
_RE_FUZZY_MAGNESIUM = re.compile(r"(?<![\p{L}])(?:magnesium){e<=2}(?![\p{L}])", re.IGNORECASE | re.BESTMATCH)
_RE_WORDISH = re.compile(r"(?<![\p{L}\d])[\p{L}\d]{7,11}(?![\p{L}\d])")
_NOT_MAGNESIUM = {"magnesia", "magnesio", "magnesite", "magnetic", "magnesian"}


_RE_WORD = re.compile(r"(?<![\p{L}])\p{L}{4,}(?![\p{L}])", re.IGNORECASE)
# letter confusions OCR makes, tried on a word the parser does not know: (as read, as printed)
_CONFUSIONS = (("rn", "m"), ("l", "i"), ("vv", "w"))
# A word the parser does not know, this long or longer, that is one letter away from exactly one word it knows
# ("Chiorure", "hydruxide", "nutriclonal", "Kapsein") is that word misread: PP-OCR drops or swaps a letter under
# glare and curvature. Shorter words have too many neighbours to tell.
SUBSTITUTION_MIN_LETTERS = 7


def _known_phrases() -> list[str]:
    """Every label phrase the parser knows (element, forms, units, headings, frequencies), as written in the tables."""
    lex = lexicon()
    phrases = [phrase for key in ("magnesium_words", "elemental_markers", "panel_headings", "ingredient_headings",
                                  "directions_headings", "bedtime_words", "nutrient_words") for phrase in lex[key]]
    phrases += [phrase for spellings in lex["serving_units"].values() for phrase in spellings]
    phrases += list(lex["frequency"])
    phrases += [phrase.replace("-", " ") for info in forms().values() for phrase in (*info.stems, *info.synonyms)]
    return phrases


def _words(phrases) -> frozenset[str]:
    return frozenset(w for phrase in phrases for w in fold(phrase).lower().split() if len(w) >= 4)


@cache
def _vocabulary() -> frozenset[str]:
    """Every label word the parser knows, folded: left as it is by the OCR repairs."""
    return _words(_known_phrases())


@cache
def _latin_vocabulary() -> frozenset[str]:
    """The known words written in Latin script: the only words a misread word is repaired to. A Greek or Bulgarian
    word transliterated ("dosologia", Greek "dosage") is no repair of a Latin one ("Posologia")."""
    return _words(p for p in _known_phrases() if not _RE_OTHER_SCRIPT.search(p))


def _fix_misread_word(m: re.Match) -> str:
    """'rn' for 'm', 'l' for 'i', 'vv' for 'w' ("rnagnesium", "cornprimé", "cltrato", "Magneslo"), or any one letter
    of a long word ("Chiorure"): fixed only where the result is a word the parser knows (the only one that near),
    or starts with the element's name, so "corn" or "return" stay."""
    word = m.group(0)
    low = word.lower()
    vocab = _vocabulary()
    latin = _latin_vocabulary()
    if len(word) < 4 or low in vocab:
        return word
    for wrong, right in _CONFUSIONS:
        if wrong not in low:
            continue
        candidate = low.replace(wrong, right)  # cheap test first; the cased repair only for a hit
        if candidate in latin:
            return re.sub(wrong, right, word, flags=re.IGNORECASE)

        if candidate.startswith("magnesium") and not low.startswith("magnesium"):
            # a compound word that starts with the element ("Magneslummalat"): only the element's letters are
            # repaired, so the salt's own letters stay as printed
            for k in range(len("magnesium"), len(word) + 1):
                if low[:k].replace(wrong, right) == "magnesium":
                    return re.sub(wrong, right, word[:k], flags=re.IGNORECASE) + word[k:]
    if len(low) >= SUBSTITUTION_MIN_LETTERS and low not in _NOT_MAGNESIUM:
        near = {w for k in range(len(low)) for w in _neighbours().get(low[:k] + "*" + low[k + 1 :], ())}
        if len(near) == 1:
            fixed = near.pop()
            return "".join(f.upper() if c.isupper() else f for c, f in zip(word, fixed))
    return word


@cache
def _neighbours() -> dict[str, tuple[str, ...]]:
    """Each known word of SUBSTITUTION_MIN_LETTERS or more, under every key that blanks one of its letters
    ("chlorure" under "*hlorure", "c*lorure", …): the words one substitution away from a word share a key."""
    out: dict[str, list[str]] = {}
    for w in _latin_vocabulary():
        if len(w) >= SUBSTITUTION_MIN_LETTERS and w.isalpha():
            for k in range(len(w)):
                out.setdefault(w[:k] + "*" + w[k + 1 :], []).append(w)
    return {k: tuple(v) for k, v in out.items()}


def _fix_fuzzy_magnesium(m: re.Match) -> str:
    word = m.group(0)
    low = word.lower()
    # "agnesium": the first letter clipped at the edge of a curved bottle; "Lagnesium": the clipped M read as
    # another letter
    if low[1:] == "agnesium" and low != "magnesium":
        return "Magnesium"
    if low == "magnesium" or low in _NOT_MAGNESIUM or not low.startswith(("ma", "rn", "m4", "nn", "agnes", "gnesi")):
        return word
    fz = _RE_FUZZY_MAGNESIUM.fullmatch(word)
    if fz is None or sum(fz.fuzzy_counts) > 2:
        return word
    return "Magnesium"


# After the element's name only a salt's name is expected (forms.toml's stems, about a hundred), so a word this
# short is already one substitution from at most one of them, where the whole vocabulary would leave several:
# "(magnesium axide)" under glare is "oxide". Longer words are `_fix_misread_word`'s.
FORM_AFTER_ELEMENT_MIN_LETTERS = 5


@cache
def _after_element() -> re.Pattern:
    words = _alternation(lexicon()["magnesium_words"])
    return re.compile(rf"(?<![\p{{L}}])(?:{words})[ \t(]+(?:as[ \t]+)?(?P<word>\p{{L}}{{{FORM_AFTER_ELEMENT_MIN_LETTERS},"
                      rf"{SUBSTITUTION_MIN_LETTERS - 1}}})(?![\p{{L}}])", re.IGNORECASE)


@cache
def _stem_words() -> frozenset[str]:
    return frozenset(w for info in forms().values() for stem in info.stems if not _RE_OTHER_SCRIPT.search(stem)
                     and (w := fold(stem).lower()).isalpha() and len(w) < SUBSTITUTION_MIN_LETTERS)


def _fix_form_after_element(m: re.Match) -> str:
    word = m.group("word")
    low = word.lower()
    if low in _vocabulary() or low in _stem_words():
        return m.group(0)
    near = {s for s in _stem_words() if len(s) == len(low) and sum(a != b for a, b in zip(s, low)) == 1}
    if len(near) != 1:
        return m.group(0)
    fixed = near.pop()
    return m.group(0)[: m.start("word") - m.start()] + "".join(f.upper() if c.isupper() else f for c, f in zip(word, fixed))


def clean_ocr_text(text: str) -> Cleaned:
    """Fix the OCR confusions labels suffer from, keeping a map back to the raw offsets.

    - accents folded, odd spaces/dashes normalised (same length);
    - letter/digit confusions inside amounts: "2O0 mg" → "200 mg", "l00 mg" → "100 mg";
    - misread units: "mq", "rng" → "mg"; "meg", "ug", "µg" → "mcg";
    - the element's name misread ("Magnesiurn", "Magnes1um") → "Magnesium" (fuzzy, ≤ 2 edits), and a short salt's
      name right after it one letter off ("magnesium axide") → that salt;
    - a unit run into the next word ("3,000 mgof elemental") is split from it;
    - dot leaders become spaces;
    - a line with no number whose next line goes on in lower case is joined to it (a wrapped row);
    - a row wrapped inside an open parenthesis is joined into one line.
    """
    c = Cleaned(fold(text), tuple(range(len(text) + 1)))
    c = _sub(c, _RE_WORD, _fix_misread_word)
    c = _sub(c, _RE_WORDISH, _fix_fuzzy_magnesium)
    c = _sub(c, _after_element(), _fix_form_after_element)
    c = _sub(c, _RE_NUM_CONFUSED, lambda m: m.group("num").translate(DIGIT_LOOKALIKES))
    c = _sub(c, _RE_PCT_CONFUSED, lambda m: m.group("num").translate(DIGIT_LOOKALIKES))
    c = _sub(c, _RE_DIGIT_IN_WORD, lambda m: {"1": "l", "0": "o", "|": "l"}[m.group(0)])
    c = _sub(c, _RE_HYPHEN_BREAK, "")
    c = _sub(c, _RE_GLUED_AMOUNT, " ")
    c = _sub(c, _unit_glued(), " ")
    c = _sub(c, _RE_ZERO_WORD, "O")
    c = _sub(c, _RE_UNIT_WRAPPED, " ")
    c = _sub(c, _RE_GLUED_AS, " ")
    c = _sub(c, _RE_PERCENT_SIGN, "%")
    c = _sub(c, _RE_UNIT_MG, "mg")
    c = _sub(c, _RE_UNIT_ML, "ml")
    c = _sub(c, _RE_UNIT_MCG, "mcg")
    c = _sub(c, _RE_LEADERS, lambda m: " " * len(m.group(0)))
    c = _join_split_names(c)
    return Cleaned(_join_open_parentheses(_join_wrapped_rows(c.text)), c.index)


_RE_LINE_GAP_AMOUNT = re.compile(r"(?P<head>[^\n\d]*?\p{L})(?P<gap>[ \t]+)(?=\d)")


def _other_half(head: str, below: str) -> bool:
    """Whether `head` (a line's name, up to its amount) and `below` (the next line, no number) are the two halves of
    one name: the element alone over its salt ("Magnesium" / "Glycinate chelate"), or a salt alone over the element
    it is a salt of, going on in lower case ("Cytrynian" / "magnezu", "Bisglycinate" / "de magnésium")."""
    from .parse import patterns

    p = patterns()
    head, below = head.strip(), below.strip()
    if not below or _RE_DIGIT.search(below):
        return False
    if p.mg_word.fullmatch(head):
        return p.form_bare.match(below) is not None and not p.mg_word.search(below) and not p.nutrient.search(below)
    if p.form_bare.fullmatch(head) is None:
        return False
    # (in lower case: a capital "Magnesium" under a salt's line starts a name of its own, "Glycinate 1,000 mg" /
    # "Magnesium" / "Malate 500 mg")
    return below[0].islower() and p.form_stem_first.fullmatch(f"{head} {below}") is not None


def _join_split_names(c: Cleaned) -> Cleaned:
    """A name cut in two around its amount: its amount on its first line and its other half alone on the line below
    (`_other_half`: "Magnesium   500 mg  †" / "Glycinate", "Cytrynian   1000 mg" / "magnezu"), as a table's cell
    wrapped with its amount set level with its first line gives it. The half is moved before the amount, the
    offset map moved with it, so each value still points at the characters it came from."""
    text = c.text
    if "\n" not in text:
        return c
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    order: list[int] = []  # cleaned offsets, in their new order ("\n" included)
    moved = False
    k = 0
    while k < len(lines):
        line, at = lines[k], starts[k]
        m = _RE_LINE_GAP_AMOUNT.match(line)
        if m and k + 1 < len(lines) and _other_half(m.group("head"), lines[k + 1]):
            below = lines[k + 1]
            lo = starts[k + 1] + len(below) - len(below.lstrip())
            hi = starts[k + 1] + len(below.rstrip())
            head_end = at + m.end("head")
            order += [*range(at, head_end), head_end, *range(lo, hi), *range(head_end, at + len(line))]
            if k + 2 < len(lines):
                order.append(starts[k + 2] - 1)
            moved = True
            k += 2
            continue
        order += range(at, at + len(line))
        if k + 1 < len(lines):
            order.append(starts[k + 1] - 1)
        k += 1
    if not moved:
        return c
    # (the gap's first character also parts the head from its half: one raw character, two cleaned ones)
    return Cleaned("".join(text[o] for o in order), (*(c.index[o] for o in order), c.index[-1]))


_RE_PAREN_OR_NEWLINE = re.compile(r"[()\n]")
_RE_LETTER = re.compile(r"\p{L}")
_RE_DIGIT = re.compile(r"\d")


@cache
def _continuation() -> re.Pattern:
    """A line that goes on in lower case ("citrate 400 mg", "magnesio"), unless it starts a sub-row of its own
    ("davon Magnesium", "dont magnésium", "w tym magnez": lexicon subrow_words)."""
    subrow = _alternation(lexicon()["subrow_words"])
    return re.compile(rf"[ \t]*(?!(?:{subrow})(?!\p{{L}}))\p{{Ll}}{{2}}")


@cache
def _open_end() -> re.Pattern:
    """A line that ends in a word that cannot end a row, a link or an intro word waiting for its noun ("… apportant
    270 mg de" / "magnésium (72 % des VNR)", "… 100 mg of" / "elemental magnesium"): the next line, if it goes on in
    lower case, is the rest of that row whatever numbers either holds."""
    lex = lexicon()
    words = _alternation([*lex["linking_words"], *lex["intro_words"]])
    return re.compile(rf"(?<![\p{{L}}])(?:{words})[ \t]*$", re.IGNORECASE)


@cache
def _source_beneath() -> re.Pattern:
    """A line that is a source in parentheses, "(from 1.5 g Magtein® magnesium L-threonate)", "(as magnesium
    citrate)": set beneath its row's name and amount, it belongs to that row as if printed after it."""
    intro = _alternation(lexicon()["intro_words"])
    return re.compile(rf"[ \t]*\(\s*(?:{intro})\s", re.IGNORECASE)


@cache
def _qualifier_beneath() -> re.Pattern:
    """A line that opens by saying in parentheses what the name above it is, "(elemental) (as magnesium citrate)
    300 mg", "(yielding 240 mg elemental magnesium)   1,700 mg": set beneath a name with no amount yet, it goes on
    that name's row (beneath a row that has its amount it is a statement of its own)."""
    words = _alternation(lexicon()["elemental_markers"])
    return re.compile(rf"[ \t]*\(\s*(?:{words})(?:\s|\))", re.IGNORECASE)


@cache
def _unit_glued() -> re.Pattern:
    """An amount's unit run into the word after it, "3,000 mgof elemental magnesium" (OCR lost the space): the word
    is one a unit is followed by, a link, an elemental marker or the element's name (lexicon.toml)."""
    lex = lexicon()
    words = _alternation([*lex["linking_words"], *lex["elemental_markers"], *lex["magnesium_words"]])
    return re.compile(rf"(?<=\d\s?(?:mg|mcg))(?=(?:{words})(?!\p{{L}}))", re.IGNORECASE)


def _join_wrapped_rows(text: str) -> str:
    """A break inside a row becomes a space (same length): the next line goes on in lower case, and either the line
    before it has no number yet ("Magnesium (elemental) from magnesium\ncitrate 400 mg") or the next line has none
    ("- de los cuales 135 mg\nmagnesio", a name wrapped around its amount); or the next line is the row's source in
    parentheses ("Magnesium 108 mg 26%\n(from 1.5 g Magtein® …)"), or qualifies a name with no number yet
    ("Magnesium\n(elemental) 300 mg"); or the line ends in a word waiting for its noun ("… 270 mg de\nmagnésium
    (72 % des VNR)"). One pass over the lines: linear."""
    lines = text.split("\n")
    cont = _continuation()
    source = _source_beneath()
    qualifier = _qualifier_beneath()
    open_end = _open_end()
    out = []
    for line, nxt in zip(lines, lines[1:]):
        joined = bool(_RE_LETTER.search(line)) and (cont.match(nxt) is not None and (
            not _RE_DIGIT.search(line) or not _RE_DIGIT.search(nxt) or open_end.search(line) is not None)
            or source.match(nxt) is not None
            or (qualifier.match(nxt) is not None and not _RE_DIGIT.search(line)))
        out.append(line + (" " if joined else "\n"))
    out.append(lines[-1])
    return "".join(out)


def _join_open_parentheses(text: str) -> str:
    """Replace a newline by a space while a parenthesis is open (rows that wrap), same length."""
    if "(" not in text:
        return text
    chars = list(text)
    depth = 0
    for m in _RE_PAREN_OR_NEWLINE.finditer(text):  # visits only the few characters that matter
        i, ch = m.start(), m.group()
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(depth - 1, 0)
        elif depth:
            # a parenthesis left open for more than two lines is an OCR stray, not a wrapped row; so is one whose
            # next parenthesis opens another ("Vitamin A (beta-carotene.\nvitamin A 900 mcg\nVitamin C (ascorbic
            # acid)"): a wrapped one closes before any other opens
            nxt = text.find("\n", i + 1)
            close = text.find(")", i + 1)
            opens = text.find("(", i + 1)
            if close != -1 and (opens == -1 or close < opens) and (
                    nxt == -1 or close < nxt or close < text.find("\n", nxt + 1)):
                chars[i] = " "
            else:
                depth = 0
    return "".join(chars)
