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
    front_claims: tuple[MagnesiumSource, ...] = ()  # front-of-pack amounts not counted (the panel is used)
    warnings: tuple[str, ...] = ()


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


@dataclass(frozen=True)
class Verdict:
    level: Level
    reasons: tuple[str, ...]
    notes: tuple[str, ...] = ()
    rules_version: str = ""


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


@dataclass(frozen=True)
class OcrPass:
    """One Tesseract pass of the OCR strategy and what it gave."""

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
