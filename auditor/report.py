"""AuditResult → the JSON output contract (schema_version 2) and back; flat rows for tables and reports.

Version 2 (issue 10) adds, without removing any field of version 1: `product` (kind, Drug Facts purposes,
population), `serving.daily_servings_range`, `magnesium.elemental_mg_per_day_range` and `absorbed_basis`, `sources`
on every check, `verdict.reason_sources`/`note_sources`, `profile`, `personal`, and the numbered reference list
`sources: [{id, n, citation, url, tag}]` that every source id above points into.

Issue 12 adds, still without removing anything: per source `declared_value`, `declared_unit`, `declared_span`,
`percent_dv_raw`, `variant`, `form_spans`, `buffered`, `front_claim`; `serving.bedtime`, `serving.span` and
`serving.dose_g_range`. With them `auditor.result.from_contract` reads a stored contract back as the same record.
"""

from __future__ import annotations

from .absorption import band_caveat
from .models import AuditResult, Band, Box, Check, MagnesiumSource, Personal, Profile, Span, Status, Word
from .tables import knowledge_source

SCHEMA_VERSION = 2


def _band(b: Band | None) -> dict | None:
    return None if b is None else {"low": b.low, "estimate": b.estimate, "high": b.high}


def _r(v: float | None, nd: int = 1) -> float | None:
    return None if v is None else round(v, nd)


def _overlapping(words: tuple[Word, ...], span: Span | None) -> list[Box]:
    if not span:
        return []
    a, b = span
    return [w.box for w in words if w.span[0] < b and w.span[1] > a]


def source_boxes(r: AuditResult, s: MagnesiumSource) -> list[tuple[str, Box]]:
    """Where on the photo each value of a source was read: ("amount" | "form" | "percent_dv" | "row", box).

    Empty for text input. Boxes are in the original photo's pixel coordinates.
    """
    if r.ocr is None or not r.ocr.words:
        return []
    words = r.ocr.words
    out: list[tuple[str, Box]] = []
    if s.declared is not None:
        out += [("amount", b) for b in _overlapping(words, s.declared.span)]
    for sp in s.form_spans:
        out += [("form", b) for b in _overlapping(words, sp)]
    if s.percent_dv_raw and s.declared is not None and s.span:
        # the %DV sits after the amount within the row
        tail = r.facts.text.find(s.percent_dv_raw, s.declared.span[1], s.span[1] + 4)
        if tail != -1:
            out += [("percent_dv", b) for b in _overlapping(words, (tail, tail + len(s.percent_dv_raw)))]
    if not out:
        out += [("row", b) for b in _overlapping(words, s.span)]
    return out


def serving_boxes(r: AuditResult) -> list[Box]:
    """Boxes of the serving-size text on the photo (empty for text input)."""
    if r.ocr is None or r.facts is None:
        return []
    return _overlapping(r.ocr.words, r.facts.serving.span)


def _box_dicts(r: AuditResult, s: MagnesiumSource) -> list[dict]:
    return [{"field": f, "left": b.left, "top": b.top, "width": b.width, "height": b.height} for f, b in source_boxes(r, s)]


def _source(s: MagnesiumSource, boxes: list[dict] | None) -> dict:
    d = {
        "form": s.form.value,
        "forms": [f.value for f in (s.forms or (s.form,))],
        "label_text": s.label_text,
        "declared_mg": _r(s.declared.mg, 3) if s.declared else None,
        "declared_raw": s.declared.raw if s.declared else None,
        "basis": s.basis.value,
        "basis_reason": s.basis_reason,
        "elemental_mg": _r(s.elemental_mg),
        "elemental_mg_range": [_r(x) for x in s.elemental_mg_range] if s.elemental_mg_range else None,
        "compound_mg": _r(s.compound_mg),
        "compound_mg_range": [_r(x) for x in s.compound_mg_range] if s.compound_mg_range and None not in s.compound_mg_range else None,
        "percent_dv": s.percent_dv,
        "raw": s.raw,
        "span": list(s.span) if s.span else None,
        # issue 12: what a stored audit needs to be read back as the same record (auditor.result.from_contract)
        "declared_value": s.declared.value if s.declared else None,
        "declared_unit": s.declared.unit if s.declared else None,
        "declared_span": list(s.declared.span) if s.declared else None,
        "percent_dv_raw": s.percent_dv_raw,
        "variant": s.variant,
        "form_spans": [list(x) for x in s.form_spans],
        "buffered": s.buffered,
        "front_claim": s.front_claim,
    }
    if boxes is not None:
        d["boxes"] = boxes
    return d


def _check(c: Check) -> dict:
    return {"id": c.id, "ok": c.ok, "message": c.message, "sources": list(c.sources)}


def cited_ids(r: AuditResult) -> list[str]:
    """Every source id the audit cites, in the order a reader meets them: verdict reasons, notes, checks, band."""
    out: list[str] = []
    if r.verdict is not None:
        for ids in (*r.verdict.reason_sources, *r.verdict.note_sources):
            out += ids
    for c in r.checks:
        out += c.sources
    if r.absorbed_mg is not None:
        out += band_caveat()[1]
    if r.personal is not None:
        out += r.personal.sources
        for i in r.personal.interactions:
            out += i.sources
    return list(dict.fromkeys(out))


def references(r: AuditResult) -> list[dict]:
    """The numbered reference list of an audit: [{id, n, citation, url, tag}], n from 1 in `cited_ids` order."""
    out = []
    for n, sid in enumerate(cited_ids(r), start=1):
        k = knowledge_source(sid)
        out.append({"id": sid, "n": n, "citation": k.citation, "url": k.url, "tag": k.tag})
    return out


def _profile(p: Profile | None) -> dict | None:
    if p is None:
        return None
    return {"age_years": p.age_years, "sex": p.sex, "pregnant": p.pregnant, "breastfeeding": p.breastfeeding,
            "kidney_disease": p.kidney_disease, "egfr": p.egfr, "medicines": list(p.medicines), "other_magnesium_mg": p.other_magnesium_mg}


def _personal(p: Personal | None) -> dict | None:
    if p is None:
        return None
    return {
        "population": p.population,
        "defaults_used": p.defaults_used,
        "rda_mg": p.rda_mg,
        "rda_range_mg": list(p.rda_range_mg) if p.rda_range_mg else None,
        "rda_kind": p.rda_kind,
        "ul_mg": p.ul_mg,
        "product_mg_per_day": p.product_mg_per_day,
        "other_mg_per_day": p.other_mg_per_day,
        "total_mg_per_day": p.total_mg_per_day,
        "rda_percent": p.rda_percent,
        "ul_percent": p.ul_percent,
        "kidney_disease": p.kidney_disease,
        "interactions": [{"medicine": i.medicine, "id": i.id, "kind": i.kind, "advice": i.advice, "sources": list(i.sources)} for i in p.interactions],
        "sources": list(p.sources),
    }


def to_dict(r: AuditResult) -> dict:
    """The schema_version 2 contract of `auditor scan --json` (with "boxes" per source for photos)."""
    boxes_for = (lambda s: _box_dicts(r, s)) if r.ocr is not None else None
    out: dict = {
        "schema_version": SCHEMA_VERSION,
        "input": r.input,
        "status": r.status.value,
        "error": None if r.status is not Status.ERROR else {"code": r.error_code, "message": r.error_message},
        "serving": None,
        "magnesium": None,
        "verdict": None,
        "warnings": list(r.warnings),
    }
    if r.content_sha256:
        out["sha256"] = r.content_sha256
    f = r.facts
    if f is not None:
        sv = f.serving
        out["serving"] = {
            "text": sv.text,
            "count": sv.count,
            "unit": sv.unit,
            "servings_per_container": sv.servings_per_container,
            "daily_servings": sv.daily_servings,
            "daily_servings_stated": sv.daily_servings_stated,
            "daily_servings_range": list(sv.daily_servings_range) if sv.daily_servings_range else None,
            "titration": sv.titration,
            "split": sv.split,
            "max_per_day_text": sv.max_per_day_text,
            "directions": sv.directions,
            "bedtime": sv.bedtime,
            "span": list(sv.span) if sv.span else None,
            "dose_g_range": list(sv.dose_g_range) if sv.dose_g_range else None,
        }
        out["product"] = {"kind": f.kind, "drug_purposes": list(f.drug_purposes), "population": f.population, "evidence": list(f.kind_evidence)}
    if r.status is Status.OK and f is not None:
        out["magnesium"] = {
            "elemental_mg": _r(r.elemental_mg),
            "elemental_mg_range": list(r.elemental_mg_range) if r.elemental_mg_range else None,
            "elemental_mg_per_day": _r(r.elemental_mg_per_day),
            "percent_dv": r.percent_dv,
            "sources": [_source(s, boxes_for(s) if boxes_for else None) for s in f.sources],
            "absorbed_mg": _band(r.absorbed_mg),
            "absorbed_mg_per_day": _band(r.absorbed_mg_per_day),
            "elemental_mg_per_day_range": list(r.elemental_mg_per_day_range) if r.elemental_mg_per_day_range else None,
            "absorbed_basis": None,
            "checks": [_check(c) for c in r.checks],
        }
        if r.absorbed_mg is not None:
            text, ids = band_caveat()
            out["magnesium"]["absorbed_basis"] = {"text": text, "sources": list(ids)}
    elif r.checks:
        out["checks"] = [_check(c) for c in r.checks]
    if r.verdict is not None:
        out["verdict"] = {
            "level": r.verdict.level.value,
            "reasons": list(r.verdict.reasons),
            "notes": list(r.verdict.notes),
            "rules_version": r.verdict.rules_version,
            "reason_sources": [list(x) for x in r.verdict.reason_sources],
            "note_sources": [list(x) for x in r.verdict.note_sources],
        }
    out["profile"] = _profile(r.profile)
    out["personal"] = _personal(r.personal)
    out["sources"] = references(r)
    if r.ocr is not None:
        o = r.ocr
        out["ocr"] = {
            "engine": o.engine,
            "engine_version": o.engine_version,
            "seconds": round(o.seconds, 3),
            "passes": [{"name": p.name, "seconds": round(p.seconds, 3), "plausible": p.plausible, "reason": p.reason} for p in o.passes],
            "image_size": list(o.image_size) if o.image_size else None,
            "serving_boxes": [{"left": b.left, "top": b.top, "width": b.width, "height": b.height} for b in serving_boxes(r)],
            "text": o.text,
        }
    return out
