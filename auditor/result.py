"""The JSON contract (report.to_dict) read back as the typed record it came from, in one place.

Everything that holds a contract dict (the store, compare, batch rows, `auditor show`, the History page) turns it
into an `AuditResult` here, so display and arithmetic work on one record whether the audit is fresh or stored.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .models import (
    Amount,
    AuditResult,
    Band,
    Basis,
    Box,
    Check,
    Interaction,
    LabelFacts,
    Level,
    MagnesiumForm,
    MagnesiumSource,
    OcrPass,
    OcrText,
    Personal,
    Profile,
    Serving,
    Status,
    Verdict,
    Word,
)


def _tuple2(v) -> tuple[float, float] | None:
    return None if not v else (v[0], v[1])


def _span(v) -> tuple[int, int] | None:
    return None if not v else (int(v[0]), int(v[1]))


def _form(v: str | None) -> MagnesiumForm:
    # a contract written by a later version may name a form this one does not know: read it as unknown
    try:
        return MagnesiumForm(v or "unknown")
    except ValueError:
        return MagnesiumForm.UNKNOWN


def _band(d: Mapping | None) -> Band | None:
    return None if not d else Band(d["low"], d["estimate"], d["high"])


def _source(d: Mapping) -> MagnesiumSource:
    declared = None
    if d.get("declared_mg") is not None:
        mg = float(d["declared_mg"])
        value = d.get("declared_value")
        declared = Amount(
            value=float(value) if value is not None else mg, unit=d.get("declared_unit") or "mg", mg=mg,
            raw=d.get("declared_raw") or "", span=_span(d.get("declared_span")) or (0, 0),
        )
    forms = tuple(_form(f) for f in d.get("forms") or ())
    return MagnesiumSource(
        form=_form(d.get("form")),
        label_text=d.get("label_text") or "",
        declared=declared,
        basis=Basis(d.get("basis") or "unknown"),
        forms=forms,
        variant=d.get("variant"),
        percent_dv=d.get("percent_dv"),
        percent_dv_raw=d.get("percent_dv_raw"),
        elemental_mg=d.get("elemental_mg"),
        elemental_mg_range=_tuple2(d.get("elemental_mg_range")),
        compound_mg=d.get("compound_mg"),
        compound_mg_range=_tuple2(d.get("compound_mg_range")),
        basis_reason=d.get("basis_reason") or "",
        raw=d.get("raw") or "",
        span=_span(d.get("span")),
        form_spans=tuple(_span(x) for x in d.get("form_spans") or () if x),
        buffered=bool(d.get("buffered")),
        front_claim=bool(d.get("front_claim")),
    )


def _serving(d: Mapping | None) -> Serving:
    if not d:
        return Serving()
    return Serving(
        text=d.get("text"),
        count=d.get("count"),
        unit=d.get("unit"),
        servings_per_container=d.get("servings_per_container"),
        daily_servings=d.get("daily_servings") or 1.0,
        daily_servings_stated=bool(d.get("daily_servings_stated")),
        directions=d.get("directions"),
        bedtime=bool(d.get("bedtime")),
        span=_span(d.get("span")),
        daily_servings_range=_tuple2(d.get("daily_servings_range")),
        titration=bool(d.get("titration")),
        split=bool(d.get("split")),
        max_per_day_text=d.get("max_per_day_text"),
        dose_g_range=_tuple2(d.get("dose_g_range")),
    )


def _check(d: Mapping) -> Check:
    return Check(d["id"], d.get("ok"), d.get("message") or "", tuple(d.get("sources") or ()))


def _verdict(d: Mapping | None) -> Verdict | None:
    if not d:
        return None
    return Verdict(
        level=Level(d["level"]),
        reasons=tuple(d.get("reasons") or ()),
        notes=tuple(d.get("notes") or ()),
        rules_version=d.get("rules_version") or "",
        reason_sources=tuple(tuple(x) for x in d.get("reason_sources") or ()),
        note_sources=tuple(tuple(x) for x in d.get("note_sources") or ()),
    )


def _profile(d: Mapping | None) -> Profile | None:
    if not d:
        return None
    return Profile(
        age_years=d.get("age_years"), sex=d.get("sex"), pregnant=bool(d.get("pregnant")),
        breastfeeding=bool(d.get("breastfeeding")), kidney_disease=bool(d.get("kidney_disease")), egfr=d.get("egfr"),
        medicines=tuple(d.get("medicines") or ()), other_magnesium_mg=d.get("other_magnesium_mg") or 0.0,
    )


def _personal(d: Mapping | None) -> Personal | None:
    if not d:
        return None
    return Personal(
        population=d.get("population") or "",
        defaults_used=bool(d.get("defaults_used")),
        rda_mg=d.get("rda_mg"),
        rda_kind=d.get("rda_kind") or "RDA",
        ul_mg=d.get("ul_mg"),
        product_mg_per_day=d.get("product_mg_per_day"),
        other_mg_per_day=d.get("other_mg_per_day") or 0.0,
        total_mg_per_day=d.get("total_mg_per_day"),
        rda_percent=d.get("rda_percent"),
        ul_percent=d.get("ul_percent"),
        interactions=tuple(
            Interaction(i["medicine"], i["id"], i["kind"], i["advice"], tuple(i.get("sources") or ()))
            for i in d.get("interactions") or ()
        ),
        sources=tuple(d.get("sources") or ()),
        rda_range_mg=_tuple2(d.get("rda_range_mg")),
        kidney_disease=bool(d.get("kidney_disease")),
    )


def words_to_json(words: Iterable[Word]) -> list[list]:
    """OCR words as compact rows [text, start, end, left, top, width, height, conf] (for the store)."""
    return [[w.text, w.span[0], w.span[1], w.box.left, w.box.top, w.box.width, w.box.height, round(w.conf, 1)] for w in words]


def words_from_json(rows: Iterable[Sequence]) -> tuple[Word, ...]:
    """The inverse of `words_to_json`."""
    return tuple(Word(str(t), (int(a), int(b)), Box(int(x), int(y), int(w), int(h)), float(c)) for t, a, b, x, y, w, h, c in rows)


def _ocr(d: Mapping | None, words: Sequence[Word]) -> OcrText | None:
    if not d:
        return None
    return OcrText(
        text=d.get("text") or "",
        words=tuple(words),
        engine=d.get("engine") or "",
        engine_version=d.get("engine_version") or "",
        passes=tuple(OcrPass(p["name"], p.get("seconds") or 0.0, bool(p.get("plausible")), p.get("reason") or "")
                     for p in d.get("passes") or ()),
        seconds=d.get("seconds") or 0.0,
        image_size=_tuple2(d.get("image_size")),
    )


def from_contract(d: Mapping[str, Any], *, text: str | None = None, words: Sequence[Word] = ()) -> AuditResult:
    """The `AuditResult` a contract dict describes (schema_version 1 or 2, fresh or stored).

    What the contract does not carry stays at its default: the co-ingredients and ingredient list, and for a
    label text the text itself unless `text` is given. So the record shows and compares like the original, and
    `report.to_dict(from_contract(d, text=…, words=…)) == d` for a contract of this version; recomputing the
    verdict needs the facts re-read from the text (`auditor.history.save_correction` does that).

    Args:
        d: the contract (report.to_dict, `Store.get(...).result`, a `scan --json` file).
        text: the label text the spans point into (for photos the contract's OCR text is used when not given).
        words: the OCR words with their boxes (the store keeps them), so boxes can be drawn again.
    """
    status = Status(d.get("status") or "ok")
    base = dict(input=d.get("input") or "", status=status, warnings=tuple(d.get("warnings") or ()),
                content_sha256=d.get("sha256") or None, profile=_profile(d.get("profile")), personal=_personal(d.get("personal")))
    if status is Status.ERROR:
        err = d.get("error") or {}
        return AuditResult(**base, error_code=err.get("code"), error_message=err.get("message"))
    ocr = _ocr(d.get("ocr"), words)
    if text is None:
        text = ocr.text if ocr is not None else ""
    mg = d.get("magnesium") or {}
    product = d.get("product") or {}
    facts = LabelFacts(
        text=text,
        serving=_serving(d.get("serving")),
        sources=tuple(_source(s) for s in mg.get("sources") or ()),
        magnesium_mentioned=bool(mg.get("sources")),
        kind=product.get("kind") or "supplement",
        drug_purposes=tuple(product.get("drug_purposes") or ()),
        population=product.get("population") or "adult",
        kind_evidence=tuple(product.get("evidence") or ()),
    )
    checks = mg.get("checks") if mg else d.get("checks")
    return AuditResult(
        **base,
        facts=facts,
        elemental_mg=mg.get("elemental_mg"),
        elemental_mg_range=_tuple2(mg.get("elemental_mg_range")),
        elemental_mg_per_day=mg.get("elemental_mg_per_day"),
        percent_dv=mg.get("percent_dv"),
        absorbed_mg=_band(mg.get("absorbed_mg")),
        absorbed_mg_per_day=_band(mg.get("absorbed_mg_per_day")),
        checks=tuple(_check(c) for c in checks or ()),
        verdict=_verdict(d.get("verdict")),
        ocr=ocr,
        elemental_mg_per_day_range=_tuple2(mg.get("elemental_mg_per_day_range")),
    )


def as_result(x: AuditResult | Mapping[str, Any]) -> AuditResult:
    """An AuditResult as it is; a contract dict read back with `from_contract`."""
    return x if isinstance(x, AuditResult) else from_contract(x)


# -- small reads every summary needs ----------------------------------------------------------------------------


def forms_of(r: AuditResult) -> tuple[str, ...]:
    """The magnesium forms of an audit's sources, in label order, each once ("glycinate", "oxide")."""
    out: list[str] = []
    for s in r.facts.sources if r.facts is not None and r.status is Status.OK else ():
        for f in s.forms or (s.form,):
            if f.value not in out:
                out.append(f.value)
    return tuple(out)


def bases_of(r: AuditResult) -> tuple[str, ...]:
    """The bases (elemental, compound, unknown) of its sources, each once."""
    out: list[str] = []
    for s in r.facts.sources if r.facts is not None and r.status is Status.OK else ():
        if s.basis.value not in out:
            out.append(s.basis.value)
    return tuple(out)


def failed_checks(r: AuditResult) -> tuple[str, ...]:
    """Ids of the checks that failed (not those that could not be run)."""
    return tuple(c.id for c in r.checks if c.ok is False)


def verdict_level(r: AuditResult) -> str | None:
    return r.verdict.level.value if r.verdict is not None else None
