"""Label text → what the label declares (auditor.models.DeclaredLabel), in stages with typed records between them:

  clean     (auditor.clean) OCR repairs (O/0, l/1, mq/rng → mg, "Magnesiurn") with a map back to raw offsets
  lexicon   every word and pattern, built from the data tables
  tokens    numbers, amounts, counts, magnesium mentions (element word, named form, excipient)
  rows      lines → one row per magnesium statement → the values it declares (amount, compound weight, %DV,
            markers, columns), by named reading rules (rows.RULES)
  sections  the ingredient list and co-ingredients
  serving   serving size, servings per container, daily amount from the directions

Nothing here computes: auditor.dose interprets the declared rows (element or compound, chemistry, pairing).
"""

from __future__ import annotations

from itertools import islice

from ..clean import clean_ocr_text, fold
from ..kind import read_kind
from ..models import DeclaredLabel, FormMention, MagnesiumForm
from ..tables import limits
from .lexicon import patterns
from .rows import RULES, Lines, column_labels, read_rows
from .sections import co_ingredients, directions_sections, in_prose, ingredient_sections
from .serving import read_serving
from .tokens import find_mentions, parse_number

__all__ = ["RULES", "find_mentions", "parse_number", "patterns", "read_label"]


def read_label(raw: str) -> DeclaredLabel:
    """Read label text (typed, pasted or OCR) into what it declares; never raises on any str.

    Returns:
        DeclaredLabel whose rows and mentions each keep their raw text and character span in `raw`.
    """
    p = patterns()
    # a label names magnesium a few times; a text that names it more often than any label is read only up to
    # the mention past the cap (so time stays linear in size), and the facts say where reading stopped
    cap = limits()["parse"]["max_magnesium_mentions"]
    over = next(islice(p.mg_word.finditer(fold(raw)), cap, None), None)  # folding keeps offsets
    c = clean_ocr_text(raw[: over.start()] if over else raw)
    text = c.text
    kind = read_kind(text)
    mentions = find_mentions(text)
    sections = ingredient_sections(text)

    def in_ingredients(pos: int) -> bool:
        return any(a <= pos < b for a, b in sections)

    def mention(m) -> FormMention:
        sp = c.raw_span(m.start, m.end)
        return FormMention(m.form or MagnesiumForm.UNKNOWN, raw[sp[0] : sp[1]], sp, m.variant)

    ingredient_forms = tuple(mention(m) for m in mentions if m.kind == "form" and in_ingredients(m.start))
    bare = [m for m in mentions if m.kind == "bare"]
    lines = Lines(text)
    panel = p.panel_heading.search(text)
    # a table's heading row of amount columns beside a %-of-reference column ("Per 3 capsules   % RI*") starts a
    # panel too, when OCR missed the panel's title or misspelled it
    k = next((k for k, line in enumerate(lines.lines) if "%" in line and column_labels(line)), None)
    heading_start = lines.starts[k] + len(lines.lines[k]) - len(lines.lines[k].lstrip()) if k is not None else None
    panel_start = min((x for x in (panel.start() if panel else None, heading_start) if x is not None), default=None)
    serving = read_serving(text, c, raw, lines.first_headings(), lines.first_heading_span())
    return DeclaredLabel(
        text=raw,
        serving=serving,
        rows=read_rows(c, raw, mentions, serving, in_ingredients, lines),
        ingredient_forms=ingredient_forms,
        co_ingredients=co_ingredients(text, c, raw, lines),
        # (the element named in a sentence about it, "pair with a magnesium supplement", declares nothing)
        bare_mention=next((mention(m) for m in bare if not in_ingredients(m.start) and not in_prose(text, m.start)), None),
        excipient_named=any(m.kind == "excipient" for m in mentions),
        buffered=bool(p.buffered.search(text)),
        chelate_without_ligand=any(m.chelate_without_ligand for m in mentions),
        panel_start=c.index[panel_start] if panel_start is not None else None,
        directions=tuple(c.raw_span(a, b) for a, b in directions_sections(text)),
        read_up_to=over.start() if over else None,
        kind=kind.kind,
        drug_purposes=kind.purposes,
        population=kind.population,
        kind_evidence=kind.evidence,
    )
