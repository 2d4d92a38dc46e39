"""The one composition of the stages: text or image → LabelFacts → amounts, absorbed band, checks, verdict.

Both front ends (CLI and Streamlit) call only these functions.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from pathlib import Path

from .absorption import absorbed_band, scale_band
from . import chemistry
from .checks import run_checks
from .clean import clean_ocr_text, fold
from .errors import AuditorError, InputError, InputNotFoundError
from .models import AuditResult, Basis, LabelFacts, MagnesiumForm, OcrText, Profile, Serving, Status
from .dose import compute_source, epsom_by_teaspoon, formula_used, interpret
from .parse import find_mentions, patterns, read_label
from .parse.lexicon import compile_in_background
from .parse.rows import Lines
from .parse.sections import ingredient_sections
from .profile import assess
from .tables import limits
from .verdict import decide

MAX_TEXT_BYTES = 1_000_000
TEXT_SUFFIXES = {".txt", ".text", ".md"}
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".bmp", ".gif", ".heic", ".heif", ".avif"}


def decode_text(data: bytes, *, path: str | None = None) -> str:
    """Label text from bytes: UTF-8 (with or without BOM), or UTF-16 with a BOM or without one (Windows
    "Unicode" text saved by some tools has none: then every other byte of Latin text is NUL, which is how it
    is told from a binary file).

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
            text = None
            half = len(data) // 2
            if len(data) % 2 == 0 and half:
                # UTF-16 without a BOM (issue 13): the NULs are the high bytes of Latin characters, so they sit
                # on one parity only (odd offsets little-endian, even offsets big-endian)
                nul_even, nul_odd = data[0::2].count(0), data[1::2].count(0)
                # (a few NULs on the other parity are characters such as U+4E00, whose low byte is 0)
                codec = "utf-16-le" if nul_odd >= 0.3 * half and nul_even <= 0.02 * half else (
                    "utf-16-be" if nul_even >= 0.3 * half and nul_odd <= 0.02 * half else None)
                if codec is not None:
                    try:
                        candidate = data.decode(codec)
                    except UnicodeDecodeError:
                        candidate = None
                    if candidate is not None and not any(ord(c) < 32 and c not in "\t\n\r\f" for c in candidate):
                        text = candidate
            if text is None:
                raise InputError("this is a binary file, not label text; pass a .txt file or an image", path=path)
        else:
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError as e:
                raise InputError(f"text is not UTF-8 (bad byte at offset {e.start}); save it as UTF-8", path=path) from None
    if not text.strip():
        raise InputError("the text is empty; there is no label to read", path=path)
    return text


def read_input_bytes(path: str | Path, *, max_bytes: int = 64 * 1024 * 1024) -> bytes:
    """Read a file, turning OS errors into typed errors.

    Only regular files are read: a FIFO would block for ever, a device never end (issue 13). The size is
    checked on the open file before reading, so a huge or sparse file costs nothing; label texts are capped at
    MAX_TEXT_BYTES, anything else at `max_bytes` (photos are a few MB).

    Raises:
        InputNotFoundError: no such file.
        InputError: a folder, not a regular file, too large, or unreadable.
    """
    import errno
    import os
    import stat

    p = Path(path)
    cap = MAX_TEXT_BYTES if p.suffix.lower() in TEXT_SUFFIXES else max_bytes
    try:
        # O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer; a regular file ignores it
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise InputNotFoundError("no such file", path=str(p)) from None
    except IsADirectoryError:
        raise InputError("this is a folder; use `auditor batch` for folders", path=str(p)) from None
    except PermissionError:
        if p.is_dir():  # Windows refuses to open folders with EACCES
            raise InputError("this is a folder; use `auditor batch` for folders", path=str(p)) from None
        raise InputError("permission denied: the file cannot be read", path=str(p)) from None
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise InputNotFoundError("symlink loop: the link points back to itself; remove or fix it", path=str(p)) from None
        raise InputError(f"cannot read the file ({e.strerror or e})", path=str(p)) from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise InputError("this is a folder; use `auditor batch` for folders", path=str(p))
        if not stat.S_ISREG(st.st_mode):
            raise InputError("not a regular file (a FIFO, socket or device); save the label to a file and pass that", path=str(p))
        if st.st_size > cap:
            if cap == MAX_TEXT_BYTES:
                raise InputError(f"text file is {st.st_size:,} bytes; label texts are limited to {cap:,} bytes", path=str(p))
            raise InputError(f"the file is {st.st_size:,} bytes; files over {cap:,} bytes are not read "
                             "(label photos are a few MB)", path=str(p))
        chunks, size = [], 0
        while True:  # at most cap + 1 bytes, in case the file grew since fstat
            chunk = os.read(fd, min(1 << 20, cap + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > cap:
                raise InputError(f"the file is over {cap:,} bytes; it is not read", path=str(p))
        return b"".join(chunks)
    except OSError as e:
        raise InputError(f"cannot read the file ({e.strerror or e})", path=str(p)) from None
    finally:
        os.close(fd)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def parse_label(raw: str) -> LabelFacts:
    """Label text → LabelFacts: what the label declares (auditor.parse), interpreted (auditor.dose)."""
    return interpret(read_label(raw))


def audit_text(
    text: str, *, input_name: str = "<text>", ocr: OcrText | None = None, content_sha256: str | None = None, profile: Profile | None = None
) -> AuditResult:
    """Audit label text (typed, pasted or OCR output), for a person when `profile` is given. Never raises for any str."""
    return audit_facts(parse_label(text), input_name=input_name, ocr=ocr, content_sha256=content_sha256, profile=profile)


def audit_facts(
    facts: LabelFacts, *, input_name: str = "<text>", ocr: OcrText | None = None, content_sha256: str | None = None, profile: Profile | None = None
) -> AuditResult:
    """Compute amounts, absorbed band, checks and verdict for parsed (or user-corrected) facts.

    Args:
        facts: what the label declares (parse_label, or corrected by `correct`).
        profile: the person the audit is for; None → the label's population or an adult (the output says which).
    """
    facts = epsom_by_teaspoon(facts)
    checks = run_checks(facts)
    sources = facts.sources
    warnings = list(facts.warnings)
    if not sources:
        personal = assess(profile, facts.population, None)
        verdict = decide(facts, elemental_mg_per_day=None, checks=checks, personal=personal)
        return AuditResult(
            input=input_name, status=Status.NO_MAGNESIUM, facts=facts, checks=checks, verdict=verdict,
            warnings=tuple(warnings) or ("No magnesium source found. Photograph the Supplement Facts panel, or check this is a magnesium product.",),
            ocr=ocr, content_sha256=content_sha256, profile=profile, personal=personal,
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
    sv = facts.serving
    daily = sv.daily_servings
    exact = sum(s.elemental_mg for s in amounts) if elemental is not None else None  # unrounded, for the day
    per_day = round(exact * daily, 1) if exact is not None else None
    day_range = None
    if exact is not None:
        lo, hi = sv.daily_servings_range or (daily, daily)
        day_range = (round(exact * lo, 1), round(exact * hi, 1))
    band = None
    if elemental is not None and facts.kind != "topical":  # applied to the skin: no oral absorption to estimate
        band = absorbed_band([(s.form if len(s.forms) <= 1 else MagnesiumForm.UNKNOWN, s.elemental_mg) for s in amounts])
    # applied to the skin is no intake: a topical product adds nothing to the person's daily total
    personal = assess(profile, facts.population, None if facts.kind == "topical" else per_day)
    verdict = decide(facts, elemental_mg_per_day=per_day, checks=checks, personal=personal,
                     elemental_mg_per_serving=elemental, elemental_mg_per_day_range=day_range)
    for s in amounts:
        if s.basis is Basis.COMPOUND and s.elemental_mg is not None:
            lo, hi = s.elemental_mg_range
            used = formula_used(s.form, s.variant) or "default formula"
            warnings.append(
                f"'{s.label_text} {s.declared.raw}' is a compound weight: {s.elemental_mg:.1f} mg magnesium as {used} "
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
        elemental_mg_per_day_range=day_range,
        profile=profile,
        personal=personal,
    )


def personalise(r: AuditResult, profile: Profile | None) -> AuditResult:
    """The audit `r` judged for a person: the science is recomputed from its facts (no new OCR); `r` itself when
    there is no profile or nothing to judge. The store keeps the audit without a profile (`auditor scan` saves `r`)."""
    if profile is None or r.facts is None or r.status is Status.ERROR:
        return r
    return audit_facts(r.facts, input_name=r.input, ocr=r.ocr, content_sha256=r.content_sha256, profile=profile)


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


def audit_bytes(data: bytes, name: str, *, engine: str = "auto") -> AuditResult:
    """Audit file content: label text for .txt names, an image otherwise.

    Args:
        data: the file's bytes.
        name: its name (the suffix tells text from image; shown in messages).
        engine: the OCR engine for images: "auto", "rapidocr" or "tesseract" (see `auditor.ocr`).

    Raises:
        AuditorError: unreadable text or image, OCR unavailable or failed.
    """
    digest = sha256(data)
    suffix = Path(name).suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return audit_text(decode_text(data, path=name), input_name=name, content_sha256=digest)
    from .ocr import ocr_image  # Pillow and Tesseract only when an image is audited

    compile_in_background()  # the parser's patterns compile while the detector runs
    ocr = ocr_image(data, name=name, engine=engine, is_plausible=plausibility)
    result = audit_text(ocr.text, input_name=name, ocr=ocr, content_sha256=digest)
    if ocr.pages > 1:
        from .ocr.strategy import MAX_PAGES

        read = min(ocr.pages, MAX_PAGES)
        note = (f"this file has {ocr.pages} pages; page {ocr.page} was read"
                + (f" (the most plausible of the first {read})" if read > 1 else "")
                + (f"; pages after {read} were not read" if ocr.pages > read else ""))
        result = replace(result, warnings=(*result.warnings, note))
    return result


def audit_path(path: str | Path, *, engine: str = "auto") -> AuditResult:
    """Audit a file on disk (text or image).

    Raises:
        AuditorError: missing, unreadable, empty, binary, too large, not an image, OCR problems.
    """
    p = Path(path)
    data = read_input_bytes(p)
    return audit_bytes(data, str(p), engine=engine)


def error_result(name: str, err: AuditorError, content_sha256: str | None = None) -> AuditResult:
    """An AuditResult with status error, for reports that keep one row per input."""
    return AuditResult(input=name, status=Status.ERROR, error_code=err.code, error_message=err.message, content_sha256=content_sha256)


_RE_ANY_AMOUNT = re.compile(r"\d\s?(?:mg|mcg|µg|ug|g|IU)\b", re.IGNORECASE)
# any trace of the element's name, even garbled ("Magnes", "agnesi", "magnez"): then another pass is worth it
_RE_DIGIT = re.compile(r"\d")
_RE_MAGNESIUM_LIKE = re.compile(r"agnes|magne|agnez|gnesi", re.IGNORECASE)


def _magnesium_beyond(cleaned: str, excipients: list) -> bool:
    """Whether anything like the element's name is in a cleaned reading outside its excipient mentions ("magnesium
    stearate", "Magnesiumstearat"); the name misread by OCR counts too (`clean_ocr_text` has folded "Magnesiurn"
    into "Magnesium")."""
    rest = list(cleaned)
    for m in excipients:
        rest[m.start : m.end] = " " * (m.end - m.start)
    return bool(_RE_MAGNESIUM_LIKE.search("".join(rest)))


def _unnamed_rows(cleaned: str) -> int:
    """How many lines of a cleaned reading hold a row's amount and no name, unclaimed by a name line (OCR that
    reads a table column by column pairs its names and amounts): rows whose names were lost to the reader, any of
    which may have been magnesium's ("140 mg   33%" alone, under "Iodine (potassium iodide) 150 mcg 100%")."""
    lines = Lines(cleaned)
    claimed = set(lines.value_of.values())
    # (a name with a number of no unit, "Calories 350", kept what it prints; a name alone lost its amount)
    return sum(1 for k, kind in enumerate(lines.kinds) if (kind == "values" and k not in claimed)
               or (kind == "name" and k not in lines.value_of and not _RE_DIGIT.search(lines.lines[k])))


# a line that ends in a number with no unit after a name ("Magnesium (magnesium bisglycinate) 12"): an amount whose
# end OCR lost, when the line holds no amount with its unit
_RE_CUT_AMOUNT = re.compile(r"[^\W\d_)\]]\)?\s+\d{1,4}\s*$")


def _cut_amount(text: str, facts: LabelFacts) -> bool:
    """Whether a line of the facts panel names magnesium and ends in a number whose unit was lost: the reading cut
    the row's amount short ("… bisglycinate) 12" for "120 mg"), though another amount (a front's) was read. Not
    where the table gives its unit in a heading ("Amount (mg)") and prints bare numbers."""
    p = patterns()
    panel = p.panel_heading.search(text) if facts.has_panel else None
    if panel is None or p.unit_heading.search(text):
        return False
    for line in text[panel.start() :].split("\n"):
        if _RE_CUT_AMOUNT.search(line) and not _RE_ANY_AMOUNT.search(line) and p.mg_word.search(fold(line)):
            return True
    return False


def plausibility(text: str) -> tuple[bool, str]:
    """Is an OCR reading good enough to stop trying other passes? Used by the OCR strategy.

    Returns:
        (True, why) when a magnesium amount was read and agrees with its %DV; (False, what is missing) otherwise.
    """
    facts = parse_label(text)
    if len(text.strip()) < 10:
        return False, "almost no text read"
    # (an amount refused as more than any product holds gives no magnesium either way: none was read)
    amounts = [s for s in facts.sources if s.declared is not None
               and not (s.basis is Basis.UNKNOWN and s.elemental_mg is None and s.compound_mg is None)]
    if not amounts:
        if facts.sources and not facts.has_panel and any(s.form is not MagnesiumForm.UNKNOWN for s in facts.sources):
            if facts.ingredient_forms or facts.co_ingredients or facts.serving.directions:
                # an ingredient list or directions: the back of the pack, whose facts hold an amount
                return False, "the back of a label (ingredients, directions) but no amount read"
            return True, "a front label naming the form; no panel in view"
        if facts.sources:
            return False, "magnesium named but no amount read"
        cleaned = clean_ocr_text(text).text
        excipients = [m for m in find_mentions(cleaned) if m.kind == "excipient"]
        # (a panel some of whose rows lost their names is not read whole: one of them may be magnesium's)
        if not _magnesium_beyond(cleaned, excipients) and not _unnamed_rows(cleaned) and (
                len(_RE_ANY_AMOUNT.findall(text)) >= 4
                # a short panel: its heading, and the ingredient list under it read far enough to name magnesium as
                # an excipient (with no magnesium named at all, a line lost between them may have held it)
                or facts.has_panel and excipients and ingredient_sections(cleaned)):
            # the panel was read and nothing like "magnesium" is in it, or only as an excipient ("magnesium
            # stearate" among the other ingredients of a product without magnesium)
            return True, "panel read; no magnesium row"
        if facts.has_panel:
            return False, "a facts panel is visible but no magnesium row was read"
        return False, "no magnesium found"
    for c in run_checks(facts):
        if c.id in ("dv_consistent", "units_consistent", "dose_plausible") and c.ok is False:
            return False, f"{c.id} failed"
    if any(s.form is MagnesiumForm.UNKNOWN for s in amounts) and facts.has_panel:
        return False, "magnesium amount read but no form"
    share = limits()["plausibility"]["reading_elemental_below_compound_share"]
    for s in amounts:
        held = (chemistry.elemental_range(s.compound_declared.mg, s.forms or (s.form,), s.variant)
                if s.basis is Basis.ELEMENTAL and s.compound_declared is not None else None)
        if held and s.declared.mg < held[0] * share:
            return False, "the magnesium read is far below what its compound holds (a digit lost?)"
    if _cut_amount(text, facts):
        return False, "a magnesium row's amount cut short (a number with no unit)"
    return True, "magnesium amount read and consistent"
