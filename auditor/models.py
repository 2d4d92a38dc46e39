"""Typed records that flow between the stages: OCR → parse → chemistry → absorption → verdict → audit."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class MagnesiumForm(StrEnum):
    """Canonical magnesium source forms; ids are stable and appear in JSON output."""

    GLYCINATE = "glycinate"
    CITRATE = "citrate"
    OXIDE = "oxide"
    THREONATE = "threonate"
    TAURATE = "taurate"
    ACETYL_TAURATE = "acetyl_taurate"
    MALATE = "malate"
    CHLORIDE = "chloride"
    SULFATE = "sulfate"
    CARBONATE = "carbonate"
    HYDROXIDE = "hydroxide"
    LACTATE = "lactate"
    GLUCONATE = "gluconate"
    ASPARTATE = "aspartate"
    OROTATE = "orotate"
    PIDOLATE = "pidolate"
    ASCORBATE = "ascorbate"
    SALICYLATE = "salicylate"
    TRISILICATE = "trisilicate"
    PHOSPHATE = "phosphate"
    CITRATE_MALATE = "citrate_malate"
    AMINO_ACID_CHELATE = "amino_acid_chelate"
    UNKNOWN = "unknown"


class Basis(StrEnum):
    """Whether a declared amount is the element (magnesium) or the whole compound."""

    ELEMENTAL = "elemental"
    COMPOUND = "compound"
    UNKNOWN = "unknown"


class Status(StrEnum):
    OK = "ok"
    NO_MAGNESIUM = "no_magnesium"
    ERROR = "error"


class Level(StrEnum):
    """Sleep-suitability verdict levels, best to worst; UNKNOWN when the label cannot be judged."""

    SUITABLE = "suitable"
    CAUTION = "caution"
    UNSUITABLE = "unsuitable"
    UNKNOWN = "unknown"


Span = tuple[int, int]
"""Character offsets [start, end) into the original label text."""


@dataclass(frozen=True)
class Amount:
    """A quantity read from the label; `mg` is the value converted to milligrams."""

    value: float
    unit: str  # "mg", "mcg" or "g" after normalisation
    mg: float
    raw: str
    span: Span

    def __post_init__(self) -> None:
        if self.value < 0 or self.mg < 0:
            raise ValueError(f"negative amount {self.value} {self.unit}")


@dataclass(frozen=True)
class FormMention:
    """A magnesium compound named on the label (`form` canonical, `variant` e.g. a hydrate or ligand)."""

    form: MagnesiumForm
    label_text: str
    span: Span
    variant: str | None = None
    excipient: bool = False


@dataclass(frozen=True)
class Serving:
    """Serving size and how many servings a day the directions call for."""

    text: str | None = None
    count: float | None = None
    unit: str | None = None
    servings_per_container: int | None = None
    daily_servings: float = 1.0
    daily_servings_stated: bool = False  # False: no directions found, one serving a day assumed
    directions: str | None = None
    bedtime: bool = False  # directions mention bedtime / evening
    span: Span | None = None
    # the directed use as a range of servings a day: (least, most). `daily_servings` is the target: the full dose
    # after a titration, the sum of split doses, the top of "1 to 2 capsules" or "30 mL to 60 mL"
    daily_servings_range: tuple[float, float] | None = None
    titration: bool = False  # "start with 1 capsule, increase to 3"
    split: bool = False  # "1 capsule in the morning and 2 at bedtime"
    max_per_day_text: str | None = None  # "do not take more than 2 doses in 24 hours", as printed
    dose_g_range: tuple[float, float] | None = None  # "dissolve 10 to 20 g" when the label gives no serving size


@dataclass(frozen=True)
class MagnesiumSource:
    """One magnesium row of the label, with what the parser and chemistry made of it."""

    form: MagnesiumForm
    label_text: str
    declared: Amount | None
    basis: Basis
    forms: tuple[MagnesiumForm, ...] = ()
    variant: str | None = None
    percent_dv: int | None = None
    percent_dv_raw: str | None = None
    compound_declared: Amount | None = None  # a compound weight given beside an elemental amount
    elemental_mg: float | None = None
    elemental_mg_range: tuple[float, float] | None = None
    compound_mg: float | None = None
    compound_mg_range: tuple[float, float] | None = None
    basis_reason: str = ""
    raw: str = ""
    span: Span | None = None
    form_spans: tuple[Span, ...] = ()
    buffered: bool = False
    front_claim: bool = False  # read outside the facts panel (a front-of-pack claim)

    def __post_init__(self) -> None:
        for v in (self.elemental_mg, self.compound_mg):
            if v is not None and v < 0:
                raise ValueError("negative mg")


@dataclass(frozen=True)
class CoIngredient:
    """A non-magnesium ingredient that matters to the verdict (stimulant, zinc, calcium …)."""

    name: str
    kind: str  # "stimulant" | "zinc" | "calcium" | "sleep_aid"
    amount: Amount | None
    raw: str
    span: Span


@dataclass(frozen=True)
class DeclaredColumn:
    """One amount of a row with the %DV printed right after it (a per-unit or per-serving column)."""

    amount: Amount
    percent_dv: int | None = None
    percent_dv_raw: str | None = None


@dataclass(frozen=True)
class DeclaredRow:
    """One magnesium statement as the label prints it (the parser's output: nothing computed). Spans are in the
    raw text; `rules` are the ids of the reading rules (auditor.parse.rows.RULES) that placed its values."""

    forms: tuple[FormMention, ...]  # the forms the row names, in order
    head: str  # "form": a compound name; "element": the element ("Magnesium (as …)"); "blend": "Magnesium … Blend"
    declared: Amount | None
    compound: Amount | None = None  # a compound weight printed in the row besides the declared amount
    percent_dv: int | None = None
    percent_dv_raw: str | None = None
    marker: bool = False  # an elemental marker governs the declared amount ("providing", "davon", "elemental")
    total: bool = False  # "Total magnesium …": the sum of the rows above it
    # "davon", "w tym", "of which", or a word introducing its name ("from …") starts it: a part of the row above
    subrow: bool = False
    # "providing", "soit", "davon" starts it: it states the magnesium of the row above, not a nutrient of its own
    restates: bool = False
    per_unit: str | None = None  # its line gives the amount for one unit ("Each tablet contains …"): that unit
    # the note its footnote mark opens, when the note weighs a salt ("‡ As magnesium L-threonate, from 2 g"): the
    # raw span of that note, whose compound row may be this row's source (auditor.dose decides, by chemistry)
    footnote: Span | None = None
    columns: tuple[DeclaredColumn, ...] = ()
    label_text: str = ""
    raw: str = ""
    span: Span = (0, 0)
    rules: tuple[str, ...] = ()


@dataclass(frozen=True)
class DeclaredLabel:
    """What one label text declares, read by auditor.parse; auditor.dose turns it into LabelFacts."""

    text: str
    serving: Serving
    rows: tuple[DeclaredRow, ...]  # magnesium rows outside the ingredient list, in reading order
    ingredient_forms: tuple[FormMention, ...] = ()  # forms named in the ingredient list
    co_ingredients: tuple[CoIngredient, ...] = ()
    bare_mention: FormMention | None = None  # the first "magnesium" outside the ingredients, when no form is named
    excipient_named: bool = False  # magnesium stearate or another excipient is named
    buffered: bool = False
    chelate_without_ligand: bool = False
    panel_start: int | None = None  # raw offset of the facts panel's heading
    directions: tuple[tuple[int, int], ...] = ()  # raw spans of the directions' lines ("Dosierung: …")
    read_up_to: int | None = None  # raw offset where reading stopped (more magnesium mentions than any label has)
    kind: str = "supplement"
    drug_purposes: tuple[str, ...] = ()
    population: str = "adult"
    kind_evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class LabelFacts:
    """Everything the parser found in one label text."""

    text: str
    serving: Serving
    sources: tuple[MagnesiumSource, ...]
    ingredient_forms: tuple[FormMention, ...] = ()
    co_ingredients: tuple[CoIngredient, ...] = ()
    magnesium_mentioned: bool = False
    buffered: bool = False
    chelate_without_ligand: bool = False
    has_panel: bool = False
    unit_fixes: tuple[str, ...] = ()  # amounts whose unit the %DV showed was misread (mcg → mg)
    front_claims: tuple[MagnesiumSource, ...] = ()  # amounts stated outside the panel (front of pack, directions), not counted
    warnings: tuple[str, ...] = ()
    # what kind of product the label declares (auditor.kind): "supplement" | "otc_drug" | "topical"
    kind: str = "supplement"
    drug_purposes: tuple[str, ...] = ()  # Drug Facts purpose: "laxative", "antacid"
    # who the label is for: "adult" | "infant" | "child_1_3" | "child_4_8" | "pregnancy"
    population: str = "adult"
    kind_evidence: tuple[str, ...] = ()  # the label words that decided kind and population, as printed


@dataclass(frozen=True)
class Band:
    """An estimate with its plausible range, in mg: low ≤ estimate ≤ high."""

    low: float
    estimate: float
    high: float

    def __post_init__(self) -> None:
        if not (0 <= self.low <= self.estimate <= self.high):
            raise ValueError(f"band out of order: {self.low}, {self.estimate}, {self.high}")


@dataclass(frozen=True)
class Check:
    """One label-audit check: `ok` None means it could not be evaluated."""

    id: str
    ok: bool | None
    message: str
    sources: tuple[str, ...] = ()  # ids of auditor/data/sources.toml


@dataclass(frozen=True)
class Verdict:
    """The sleep verdict; `reason_sources[i]` are the source ids of `reasons[i]` (same for notes)."""

    level: Level
    reasons: tuple[str, ...]
    notes: tuple[str, ...] = ()
    rules_version: str = ""
    reason_sources: tuple[tuple[str, ...], ...] = ()
    note_sources: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Profile:
    """The person an audit is for. Every field optional: missing ones take adult defaults (said so in the output)."""

    age_years: float | None = None
    sex: str | None = None  # "female" | "male"
    pregnant: bool = False
    breastfeeding: bool = False
    kidney_disease: bool = False
    egfr: float | None = None  # mL/min/1.73 m2, when known
    medicines: tuple[str, ...] = ()
    other_magnesium_mg: float = 0.0  # elemental mg a day from other supplements and medicines

    def __post_init__(self) -> None:
        if self.age_years is not None and not 0 <= self.age_years <= 130:
            raise ValueError(f"age {self.age_years} is out of range")
        if self.sex not in (None, "female", "male"):
            raise ValueError(f"sex must be female or male, not {self.sex!r}")
        if self.other_magnesium_mg < 0:
            raise ValueError("magnesium from other products cannot be negative")
        if self.egfr is not None and self.egfr < 0:
            raise ValueError("eGFR cannot be negative")


@dataclass(frozen=True)
class Interaction:
    """A medicine of the profile that interacts with magnesium, with the timing from its label."""

    medicine: str  # as the user named it
    id: str  # medicines.toml id
    kind: str  # "spacing" | "avoid" | "lowers" | "raises" | "sedation"
    advice: str
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Personal:
    """The audit against one person: reference intakes, the UL used, the total across products, interactions."""

    population: str  # "adult 19-30 female", "child 4-8", "pregnancy 19-30" …, in words
    defaults_used: bool  # True: no profile given, an adult is assumed
    rda_mg: float | None
    rda_kind: str  # "RDA" | "AI"
    ul_mg: float | None  # supplemental UL; None for infants (no UL set)
    product_mg_per_day: float | None
    other_mg_per_day: float
    total_mg_per_day: float | None
    rda_percent: float | None  # product + other supplements, as a share of the RDA (food not counted)
    ul_percent: float | None
    interactions: tuple[Interaction, ...] = ()
    sources: tuple[str, ...] = ()
    rda_range_mg: tuple[float, float] | None = None  # (low, high): a range when sex or life stage is not known
    kidney_disease: bool = False  # the profile says so, or its eGFR is under 30


@dataclass(frozen=True)
class Box:
    """A rectangle on the original image, in pixels."""

    left: int
    top: int
    width: int
    height: int


@dataclass(frozen=True)
class Word:
    """One OCR word: its text, its span in the OCR text and its box on the original image."""

    text: str
    span: Span
    box: Box
    conf: float


Point = tuple[float, float]


@dataclass(frozen=True)
class TextBox:
    """One piece of text an engine found (a word or a detected line), with its quadrilateral on the original image.

    `quad` is (top-left, top-right, bottom-right, bottom-left) in the text's own reading direction, in original-photo
    pixels; `conf` is 0–100. The layout stage turns these into rows whatever engine made them.
    """

    text: str
    quad: tuple[Point, Point, Point, Point]
    conf: float


@dataclass(frozen=True)
class OcrPass:
    """One engine pass of the OCR strategy and what it gave."""

    name: str
    seconds: float
    plausible: bool
    reason: str = ""


@dataclass(frozen=True)
class OcrText:
    """OCR output: the text handed to the parser plus word boxes for provenance."""

    text: str
    words: tuple[Word, ...] = ()
    engine: str = "tesseract"
    engine_version: str = ""
    passes: tuple[OcrPass, ...] = ()
    seconds: float = 0.0
    image_size: tuple[int, int] | None = None
    page: int = 1  # the page read, from 1, of a multi-page file (a TIFF); `pages` is how many it has
    pages: int = 1


@dataclass(frozen=True)
class AuditResult:
    """The audit of one input: facts, computed amounts, checks and verdict (or an error)."""

    input: str
    status: Status
    facts: LabelFacts | None = None
    elemental_mg: float | None = None
    elemental_mg_range: tuple[float, float] | None = None
    elemental_mg_per_day: float | None = None
    percent_dv: int | None = None
    absorbed_mg: Band | None = None
    absorbed_mg_per_day: Band | None = None
    checks: tuple[Check, ...] = ()
    verdict: Verdict | None = None
    warnings: tuple[str, ...] = ()
    error_code: str | None = None
    error_message: str | None = None
    ocr: OcrText | None = None
    content_sha256: str | None = None
    extra: dict = field(default_factory=dict)
    elemental_mg_per_day_range: tuple[float, float] | None = None  # over the directed use (titration, "1 to 2")
    profile: Profile | None = None
    personal: Personal | None = None
