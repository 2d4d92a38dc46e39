"""The one composition of the stages: text or image → LabelFacts → amounts, absorbed band, checks, verdict.

Both front ends (CLI and Streamlit) call only these functions.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from pathlib import Path

from .absorption import absorbed_band, scale_band
from .checks import run_checks
from .errors import AuditorError, InputError, InputNotFoundError
from .models import AuditResult, Basis, LabelFacts, MagnesiumForm, OcrText, Serving, Status
from .parse import compute_source, parse_label
from .verdict import decide

MAX_TEXT_BYTES = 1_000_000
TEXT_SUFFIXES = {".txt", ".text", ".md"}
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".bmp", ".gif", ".heic", ".heif", ".avif"}


def decode_text(data: bytes, *, path: str | None = None) -> str:
    """Label text from bytes: UTF-8 (with or without BOM) or UTF-16 with BOM.

    Raises:
        InputError: empty, larger than 1 MB, binary (NUL bytes) or not valid UTF-8.
    """
    if len(data) > MAX_TEXT_BYTES:
        raise InputError(f"text file is {len(data):,} bytes; label texts are limited to {MAX_TEXT_BYTES:,} bytes", path=path)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError("text is not valid UTF-16; save it as UTF-8", path=path) from None
    else:
        if b"\x00" in data:
            raise InputError("this is a binary file, not label text; pass a .txt file or an image", path=path)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise InputError(f"text is not UTF-8 (bad byte at offset {e.start}); save it as UTF-8", path=path) from None
    if not text.strip():
        raise InputError("the text is empty; there is no label to read", path=path)
    return text


def read_input_bytes(path: str | Path) -> bytes:
    """Read a file, turning OS errors into typed errors."""
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError("this is a folder; use `auditor batch` for folders", path=str(p))
        return p.read_bytes()
    except FileNotFoundError:
        raise InputNotFoundError("no such file", path=str(p)) from None
    except PermissionError:
        raise InputError("permission denied: the file cannot be read", path=str(p)) from None
    except OSError as e:
        raise InputError(f"cannot read the file ({e.strerror or e})", path=str(p)) from None


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def audit_text(text: str, *, input_name: str = "<text>", ocr: OcrText | None = None, content_sha256: str | None = None) -> AuditResult:
    """Audit label text (typed, pasted or OCR output). Never raises for any str."""
    return audit_facts(parse_label(text), input_name=input_name, ocr=ocr, content_sha256=content_sha256)


def audit_facts(facts: LabelFacts, *, input_name: str = "<text>", ocr: OcrText | None = None, content_sha256: str | None = None) -> AuditResult:
    """Compute amounts, absorbed band, checks and verdict for parsed (or user-corrected) facts."""
    checks = run_checks(facts)
    sources = facts.sources
    warnings = list(facts.warnings)
    if not sources:
        verdict = decide(facts, elemental_mg_per_day=None, checks=checks)
        return AuditResult(
            input=input_name, status=Status.NO_MAGNESIUM, facts=facts, checks=checks, verdict=verdict,
            warnings=tuple(warnings) or ("No magnesium source found. Photograph the Supplement Facts panel, or check this is a magnesium product.",),
            ocr=ocr, content_sha256=content_sha256,
        )
    amounts = [s for s in sources if s.declared is not None]
    elemental = None
    rng = None
    if amounts and all(s.elemental_mg is not None for s in amounts):
        elemental = round(sum(s.elemental_mg for s in amounts), 1)
    if amounts and all(s.elemental_mg_range is not None for s in amounts):
        rng = (round(sum(s.elemental_mg_range[0] for s in amounts), 1), round(sum(s.elemental_mg_range[1] for s in amounts), 1))
    if amounts and elemental is None:
        warnings.append("The magnesium in this product cannot be computed exactly: " + "; ".join(s.basis_reason for s in amounts if s.elemental_mg is None))
    percent_dv = next((s.percent_dv for s in amounts if s.percent_dv is not None), None)
    daily = facts.serving.daily_servings
    per_day = round(elemental * daily, 1) if elemental is not None else None
    band = None
    if elemental is not None:
        band = absorbed_band([(s.form if len(s.forms) <= 1 else MagnesiumForm.UNKNOWN, s.elemental_mg) for s in amounts])
    verdict = decide(facts, elemental_mg_per_day=per_day, checks=checks)
    for s in amounts:
        if s.basis is Basis.COMPOUND and s.elemental_mg is not None:
            lo, hi = s.elemental_mg_range
            warnings.append(
                f"'{s.label_text} {s.declared.raw}' is a compound weight: {s.elemental_mg:.1f} mg magnesium for the anhydrous salt "
                f"({lo:.1f}–{hi:.1f} mg over its hydrates)."
            )
    return AuditResult(
        input=input_name,
        status=Status.OK,
        facts=facts,
        elemental_mg=elemental,
        elemental_mg_range=rng,
        elemental_mg_per_day=per_day,
        percent_dv=percent_dv,
        absorbed_mg=band,
        absorbed_mg_per_day=scale_band(band, daily),
        checks=checks,
        verdict=verdict,
        warnings=tuple(warnings),
        ocr=ocr,
        content_sha256=content_sha256,
    )


def correct(
    facts: LabelFacts,
    *,
    source_index: int | None = None,
    form: MagnesiumForm | str | None = None,
    declared_mg: float | None = None,
    basis: Basis | str | None = None,
    percent_dv: int | None = None,
    serving_count: float | None = None,
    daily_servings: float | None = None,
) -> LabelFacts:
    """Apply a user's correction of a misread value and recompute the source it touches.

    Args:
        facts: the parsed facts.
        source_index: which magnesium source to change (form, declared_mg, basis, percent_dv).
        form, declared_mg, basis, percent_dv: new values for that source (None leaves a value as it is).
        serving_count, daily_servings: new serving values.

    Returns:
        New LabelFacts; pass it to audit_facts.
    """
    from .models import Amount  # local: only corrections build amounts by hand

    sources = list(facts.sources)
    if source_index is not None:
        if not 0 <= source_index < len(sources):
            raise InputError(f"there is no magnesium source number {source_index + 1}")
        s = sources[source_index]
        changes: dict = {}
        if form is not None:
            f = MagnesiumForm(form)
            changes.update(form=f, forms=(f,), variant=None)
        if declared_mg is not None:
            if declared_mg < 0:
                raise InputError("an amount cannot be negative")
            old = s.declared
            changes["declared"] = Amount(float(declared_mg), "mg", float(declared_mg), old.raw if old else "", old.span if old else (0, 0))
        if basis is not None:
            changes["basis"] = Basis(basis)
        if percent_dv is not None:
            changes["percent_dv"] = int(percent_dv)
        if changes:
            new = replace(s, **changes, basis_reason="corrected by the user")
            if new.declared is not None and new.basis is Basis.UNKNOWN:
                new = replace(new, basis=Basis.ELEMENTAL)
            sources[source_index] = compute_source(new)
    serving: Serving = facts.serving
    if serving_count is not None:
        serving = replace(serving, count=float(serving_count))
    if daily_servings is not None:
        if daily_servings <= 0:
            raise InputError("servings a day must be more than zero")
        serving = replace(serving, daily_servings=float(daily_servings), daily_servings_stated=True)
    return replace(facts, sources=tuple(sources), serving=serving)


def audit_bytes(data: bytes, name: str) -> AuditResult:
    """Audit file content: label text for .txt names, an image otherwise.

    Raises:
        AuditorError: unreadable text or image, OCR unavailable or failed.
    """
    digest = sha256(data)
    suffix = Path(name).suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return audit_text(decode_text(data, path=name), input_name=name, content_sha256=digest)
    from .ocr import ocr_image  # Pillow and Tesseract only when an image is audited

    ocr = ocr_image(data, name=name, is_plausible=plausibility)
    result = audit_text(ocr.text, input_name=name, ocr=ocr, content_sha256=digest)
    return result


def audit_path(path: str | Path) -> AuditResult:
    """Audit a file on disk (text or image).

    Raises:
        AuditorError: missing, unreadable, empty, binary, too large, not an image, OCR problems.
    """
    p = Path(path)
    data = read_input_bytes(p)
    return audit_bytes(data, str(p))


def error_result(name: str, err: AuditorError, content_sha256: str | None = None) -> AuditResult:
    """An AuditResult with status error, for reports that keep one row per input."""
    return AuditResult(input=name, status=Status.ERROR, error_code=err.code, error_message=err.message, content_sha256=content_sha256)


_RE_ANY_AMOUNT = re.compile(r"\d\s?(?:mg|mcg|µg|ug|g|IU)\b", re.IGNORECASE)
# any trace of the element's name, even garbled ("Magnes", "agnesi", "magnez"): then another pass is worth it
_RE_MAGNESIUM_LIKE = re.compile(r"agnes|magne|agnez|gnesi", re.IGNORECASE)


def plausibility(text: str) -> tuple[bool, str]:
    """Is an OCR reading good enough to stop trying other passes? Used by the OCR strategy.

    Returns:
        (True, why) when a magnesium amount was read and agrees with its %DV; (False, what is missing) otherwise.
    """
    facts = parse_label(text)
    if len(text.strip()) < 10:
        return False, "almost no text read"
    amounts = [s for s in facts.sources if s.declared is not None]
    if not amounts:
        if facts.sources and not facts.has_panel and any(s.form is not MagnesiumForm.UNKNOWN for s in facts.sources):
            return True, "a front label naming the form; no panel in view"
        if facts.sources:
            return False, "magnesium named but no amount read"
        if len(_RE_ANY_AMOUNT.findall(text)) >= 4 and not _RE_MAGNESIUM_LIKE.search(text):
            # the panel was read (several nutrient amounts) and nothing like "magnesium" is in it
            return True, "panel read; no magnesium row"
        if facts.has_panel:
            return False, "a facts panel is visible but no magnesium row was read"
        return False, "no magnesium found"
    for c in run_checks(facts):
        if c.id in ("dv_consistent", "units_consistent", "dose_plausible") and c.ok is False:
            return False, f"{c.id} failed"
    if any(s.form is MagnesiumForm.UNKNOWN for s in amounts) and facts.has_panel:
        return False, "magnesium amount read but no form"
    return True, "magnesium amount read and consistent"
