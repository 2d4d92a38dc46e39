"""Knowledge tables (forms, limits, absorption model) loaded once from auditor/data/*.toml."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from molmass import Formula

from .errors import UnknownFormError
from .models import MagnesiumForm


@dataclass(frozen=True)
class Hydrate:
    """One formula of a form, with its molar mass and Mg mass fraction computed by molmass."""

    formula: str
    name: str
    molar_mass: float
    mg_fraction: float


@dataclass(frozen=True)
class FormInfo:
    """A row of forms.toml with its computed chemistry."""

    form: MagnesiumForm
    stems: tuple[str, ...]
    standalone: tuple[str, ...]
    synonyms: tuple[str, ...]
    hydrates: tuple[Hydrate, ...]  # first is the default
    variants: tuple[tuple[str, Hydrate], ...]  # (label keyword, formula) e.g. lysinate glycinate
    solubility: str
    laxative: bool
    sleep: str
    source: str
    sources: tuple[str, ...] = ()  # ids of sources.toml behind the formula and its published fraction

    @property
    def default(self) -> Hydrate | None:
        return self.hydrates[0] if self.hydrates else None

    @property
    def fraction_range(self) -> tuple[float, float] | None:
        """(lowest, highest) Mg fraction over the listed hydrates and variants."""
        fractions = [h.mg_fraction for h in self.hydrates] + [h.mg_fraction for _, h in self.variants]
        return (min(fractions), max(fractions)) if fractions else None


def _load(name: str) -> dict[str, Any]:
    with resources.files("auditor.data").joinpath(name).open("rb") as fh:
        return tomllib.load(fh)


def _hydrate(formula: str, name: str) -> Hydrate:
    f = Formula(formula)
    return Hydrate(formula, name, f.mass, f.composition()["Mg"].fraction)


@cache
def forms() -> dict[MagnesiumForm, FormInfo]:
    """All forms of forms.toml keyed by canonical id."""
    table = _load("forms.toml")["forms"]
    out: dict[MagnesiumForm, FormInfo] = {}
    for key, row in table.items():
        form = MagnesiumForm(key)
        out[form] = FormInfo(
            form=form,
            stems=tuple(row.get("stems", ())),
            standalone=tuple(row.get("standalone", ())),
            synonyms=tuple(row.get("synonyms", ())),
            hydrates=tuple(_hydrate(h["formula"], h["name"]) for h in row.get("formulas", ())),
            variants=tuple((v["match"], _hydrate(v["formula"], v["name"])) for v in row.get("variants", ())),
            solubility=row["solubility"],
            laxative=bool(row["laxative"]),
            sleep=row["sleep"],
            source=row["source"],
            sources=tuple(row.get("sources", ())),
        )
    return out


def form_info(form: MagnesiumForm | str) -> FormInfo:
    """The table row of one form.

    Raises:
        UnknownFormError: the id is not a known form (or is "unknown", which has no row).
    """
    try:
        return forms()[MagnesiumForm(form)]
    except (KeyError, ValueError):
        raise UnknownFormError(str(form)) from None


@cache
def excipient_stems() -> tuple[str, ...]:
    return tuple(_load("forms.toml")["excipients"]["stems"])


@cache
def limits() -> dict[str, Any]:
    """limits.toml: daily values, upper limits, sleep window, zinc and calcium thresholds."""
    return _load("limits.toml")


@cache
def absorption_model() -> dict[str, Any]:
    """absorption.toml: dose curve, spread and per-solubility multipliers."""
    return _load("absorption.toml")


@cache
def lexicon() -> dict[str, Any]:
    """lexicon.toml: the words the parser looks for besides forms (element, markers, headings, units …)."""
    return _load("lexicon.toml")


def longest_first(words) -> list[str]:
    """The distinct words, longest first (an alternation then prefers the longest word that matches), equally long
    ones in alphabetical order: the same pattern in every process, whatever the order of a set."""
    return sorted(set(words), key=lambda w: (-len(w), w))


@dataclass(frozen=True)
class KnowledgeSource:
    """A row of sources.toml: what a printed claim rests on."""

    id: str
    citation: str
    url: str
    tag: str  # "V" checked, "K" named not checked, "J" this project's judgement


@cache
def knowledge_sources() -> dict[str, KnowledgeSource]:
    """sources.toml keyed by id."""
    return {k: KnowledgeSource(k, v["citation"], v.get("url", ""), v.get("tag", "")) for k, v in _load("sources.toml")["source"].items()}


def knowledge_source(source_id: str) -> KnowledgeSource:
    """One source by id.

    Raises:
        KeyError: the id is not in sources.toml (a data-table bug; tests check every id used).
    """
    return knowledge_sources()[source_id]


@cache
def medicines() -> dict[str, Any]:
    """medicines.toml: medicine classes, the names that select them, and the timing from their labels."""
    return _load("medicines.toml")


@cache
def product_kinds() -> dict[str, Any]:
    """kinds.toml: the words that tell product kinds and populations apart."""
    return _load("kinds.toml")
