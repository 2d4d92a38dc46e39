"""Display-ready data for the Streamlit UI: editor rows, chart rows, verdict wording, annotated photos.

No Streamlit here (only `ui/` knows `st`). Pages call these functions and render what they return, so the
arithmetic and the wording behind what a page shows are tested without a browser.
"""

from __future__ import annotations

import csv
import io
import math
import sqlite3
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .audit import audit_facts, correct
from .batch import BatchReport, Row, render_report, row_from_result
from .compare import Comparison, ProductSide, compare, side_from_contract
from .errors import ImageReadError, InputError
from .models import AuditResult, Band, Basis, Box, Level, MagnesiumForm, Profile, Status
from .report import references, serving_boxes, source_boxes, to_dict
from .store import StoredAudit

MAX_UPLOAD_MB = 25
"""Largest upload the UI accepts; also `server.maxUploadSize` in ui/.streamlit/config.toml and `auditor ui`."""

UPLOAD_TYPES = ("jpg", "jpeg", "png", "webp", "heic", "heif", "txt")
"""File types offered by the upload widgets (photos, or a .txt label text)."""

FORM_CHOICES = tuple(f.value for f in MagnesiumForm)
BASIS_CHOICES = tuple(b.value for b in Basis)


# ---------------------------------------------------------------------------------------------- verdict card


@dataclass(frozen=True)
class VerdictCard:
    """What the verdict card shows: never colour alone, always an icon and words too."""

    level: Level
    icon: str
    title: str
    kind: str  # "success" | "warning" | "error" | "info": the Streamlit alert that colours the card
    reasons: tuple[str, ...]
    notes: tuple[str, ...]


_CARD_STYLE = {
    Level.SUITABLE: ("✅", "Suitable for sleep", "success"),
    Level.CAUTION: ("⚠️", "Caution", "warning"),
    Level.UNSUITABLE: ("⛔", "Unsuitable for sleep", "error"),
    Level.UNKNOWN: ("❔", "Unknown: this label cannot be judged", "info"),
}


def verdict_card(r: AuditResult) -> VerdictCard | None:
    """The verdict card of an audit, or None for an error result; each reason and note ends with the numbers of
    its references ("… [1, 3]"), which `reference_rows` lists."""
    if r.verdict is None:
        return None
    icon, title, kind = _CARD_STYLE[r.verdict.level]
    numbers = {ref["id"]: ref["n"] for ref in references(r)}
    v = r.verdict
    reasons = tuple(_with_refs(t, v.reason_sources[i] if i < len(v.reason_sources) else (), numbers) for i, t in enumerate(v.reasons))
    notes = tuple(_with_refs(t, v.note_sources[i] if i < len(v.note_sources) else (), numbers) for i, t in enumerate(v.notes))
    return VerdictCard(v.level, icon, title, kind, reasons, notes)


def _with_refs(text: str, ids, numbers: dict[str, int]) -> str:
    ns = sorted({numbers[i] for i in ids if i in numbers})
    return f"{text} [{', '.join(str(n) for n in ns)}]" if ns else text


# ---------------------------------------------------------------------------------------------- profile, references

SEX_CHOICES = ("not given", "female", "male")


def medicine_choices() -> tuple[str, ...]:
    """Medicine names offered by the profile form: the first name of each row of data/medicines.toml."""
    from .tables import medicines

    return tuple(row["names"][0] for row in medicines()["medicine"].values())


def profile_from_form(
    *, age: float | None = None, sex: str = "not given", pregnant: bool = False, breastfeeding: bool = False,
    kidney: bool = False, medicines: list[str] | tuple[str, ...] = (), other_mg: float | None = None,
) -> Profile | None:
    """The profile of the sidebar form; None when nothing was filled in (the audit then says it used defaults).

    Raises:
        InputError: an impossible value (age over 130, negative magnesium).
    """
    from .profile import profile_from_mapping

    age = _num(age)
    other = _num(other_mg) or 0.0
    if age is None and sex in (None, "", "not given") and not (pregnant or breastfeeding or kidney or medicines or other):
        return None
    return profile_from_mapping({
        "age": age, "sex": None if sex in (None, "", "not given") else sex, "pregnant": pregnant,
        "breastfeeding": breastfeeding, "kidney_disease": kidney, "medicines": list(medicines), "other_magnesium_mg": other,
    })


def personalise(r: AuditResult, profile: Profile | None) -> AuditResult:
    """The audit judged for the profile of the form (no new OCR); `r` when there is no profile."""
    from .audit import personalise as _personalise

    return _personalise(r, profile)


def reference_rows(r: AuditResult) -> list[dict]:
    """The numbered references of the claims shown: number, citation, link, and whether it is a judgement."""
    kinds = {"V": "checked source", "K": "source named, text not checked", "J": "judgement of this tool"}
    return [{"#": ref["n"], "source": ref["citation"], "link": ref["url"] or "", "kind": kinds.get(ref["tag"], "")} for ref in references(r)]


def personal_rows(r: AuditResult) -> list[dict]:
    """The personal section as (fact, value) rows: who, RDA/AI, UL, total a day, medicines."""
    p = r.personal
    if p is None or r.status is not Status.OK:
        return []
    lo, hi = p.rda_range_mg or (None, None)
    rows = [
        {"fact": "Judged for", "value": p.population + (" — defaults, no profile given" if p.defaults_used else "")},
        {"fact": f"{p.rda_kind} (food included)", "value": "–" if lo is None else (f"{lo:.0f} mg" if lo == hi else f"{lo:.0f}–{hi:.0f} mg")},
        {"fact": "Upper limit from supplements", "value": "none set (infants): only on a doctor's advice" if p.ul_mg is None else f"{p.ul_mg:.0f} mg a day"},
    ]
    if p.total_mg_per_day is not None:
        other = f" (with {p.other_mg_per_day:.0f} mg from other products)" if p.other_mg_per_day else ""
        share = f", {p.ul_percent}% of the upper limit" if p.ul_percent is not None else ""
        rows.append({"fact": "Magnesium a day from supplements", "value": f"{p.total_mg_per_day:.0f} mg{other}{share}"})
    for i in p.interactions:
        rows.append({"fact": f"Medicine: {i.medicine}", "value": i.advice})
    return rows


def kind_caption(r: AuditResult) -> str:
    """What kind of product the label declares, in words, with the label words that decided it."""
    if r.facts is None:
        return ""
    f = r.facts
    words = {"supplement": "Dietary supplement", "otc_drug": "OTC drug (Drug Facts)", "topical": "Topical product (for the skin): not taken by mouth"}
    who = {"infant": "infants", "child_1_3": "children 1-3 years", "child_4_8": "children 4 years and up", "pregnancy": "pregnancy and breastfeeding"}
    out = words.get(f.kind, f.kind) + (" — " + ", ".join(f.drug_purposes) if f.drug_purposes else "")
    if f.population in who:
        out += f"; for {who[f.population]}"
    if f.kind_evidence:
        out += " (label: " + "; ".join(f"'{e}'" for e in f.kind_evidence) + ")"
    return out


def band_caption(r: AuditResult) -> str:
    """What the absorbed band rests on, with its reference numbers; '' when there is no band."""
    if r.absorbed_mg is None:
        return "No absorbed estimate: a topical product is not taken by mouth." if r.facts is not None and r.facts.kind == "topical" else ""
    from .absorption import band_caveat

    text, ids = band_caveat()
    return _with_refs(text, ids, {ref["id"]: ref["n"] for ref in references(r)})


# ---------------------------------------------------------------------------------------------- inputs


@dataclass(frozen=True)
class Sample:
    """A bundled sample: a label photo or a label text."""

    label: str
    path: Path


def list_samples(samples_dir: Path) -> list[Sample]:
    """The bundled samples: photos listed in expected.csv (in its order), then texts/*.txt.

    Args:
        samples_dir: the repository's samples/ folder (missing → empty list).
    """
    out: list[Sample] = []
    table = samples_dir / "expected.csv"
    if table.is_file():
        with table.open(newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                p = samples_dir / row["file"]
                if p.is_file():
                    how = "clean photo" if row.get("degradation") in (None, "", "none") else row["degradation"].replace("_", " ")
                    out.append(Sample(f"📷 {row['product'].replace('_', ' ')} ({how}) — {p.name}", p))
    for p in sorted((samples_dir / "texts").glob("*.txt")):
        out.append(Sample(f"📝 {p.stem.replace('_', ' ')} (label text) — {p.name}", p))
    return out


def check_upload(data: bytes, name: str) -> None:
    """Reject what the UI cannot audit before any work is done.

    Raises:
        InputError: the file is empty or larger than MAX_UPLOAD_MB.
    """
    if not data:
        raise InputError("the file is empty; upload a photo of the label or a .txt label text", path=name)
    if len(data) > MAX_UPLOAD_MB * 1024 * 1024:
        raise InputError(
            f"the file is {len(data) / 1024 / 1024:.1f} MB; the limit is {MAX_UPLOAD_MB} MB. Resize the photo or crop it to the facts panel",
            path=name,
        )


def is_image(name: str) -> bool:
    """True when the UI should show the upload as a photo (anything but a text file)."""
    from .audit import TEXT_SUFFIXES

    return Path(name).suffix.lower() not in TEXT_SUFFIXES


# ---------------------------------------------------------------------------------------------- facts editor

SOURCE_EDITABLE = ("form", "declared_mg", "basis", "percent_dv")
"""Columns of source_rows a user may correct; the others are shown read-only."""

SERVING_EDITABLE = ("serving_count", "daily_servings")


def _num(v: Any) -> float | None:
    """A cell value as a number: None for empty cells (None, NaN, "")."""
    if v is None or v == "":
        return None
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else f


def source_rows(r: AuditResult) -> list[dict]:
    """One editor row per magnesium source: the values read from the label, as the user may correct them."""
    if r.facts is None:
        return []
    rows = []
    for i, s in enumerate(r.facts.sources):
        rows.append(
            {
                "source": i + 1,
                "label_text": s.label_text,
                "form": s.form.value,
                "declared_mg": s.declared.mg if s.declared else None,
                "basis": s.basis.value,
                "percent_dv": s.percent_dv,
            }
        )
    return rows


def serving_row(r: AuditResult) -> dict:
    """The one-row serving editor: units per serving and servings a day."""
    sv = r.facts.serving if r.facts else None
    return {
        "serving": sv.text if sv and sv.text else "not stated",
        "serving_count": sv.count if sv else None,
        "daily_servings": sv.daily_servings if sv else 1.0,
    }


def computed_rows(r: AuditResult) -> list[dict]:
    """Read-only rows of what chemistry made of each source (updates with the user's corrections)."""
    if r.facts is None:
        return []
    rows = []
    for i, s in enumerate(r.facts.sources):
        lo_hi = s.elemental_mg_range
        rows.append(
            {
                "source": i + 1,
                "forms": " + ".join(f.value for f in (s.forms or (s.form,))),
                "declared": f"{s.declared.mg:g} mg ({s.basis.value})" if s.declared else "no amount read",
                "elemental_mg": s.elemental_mg,
                "elemental_range": f"{lo_hi[0]:.1f}–{lo_hi[1]:.1f} mg" if lo_hi else "",
                "why": s.basis_reason,
            }
        )
    return rows


def apply_edits(
    r: AuditResult,
    original_sources: list[dict],
    edited_sources: list[dict],
    original_serving: dict | None = None,
    edited_serving: dict | None = None,
) -> AuditResult:
    """Re-run the audit with the user's corrections from the facts editor.

    Only cells that differ from the original rows are passed to `auditor.audit.correct`; an emptied cell
    means "leave as read". The photo's OCR and hash are kept so the boxes and downloads still refer to it.

    Args:
        r: the audit as read from the label.
        original_sources, edited_sources: `source_rows(r)` and the rows the editor returned (same order).
        original_serving, edited_serving: `serving_row(r)` and the editor's serving row.

    Returns:
        `r` itself when nothing changed, else a new AuditResult computed by `audit_facts`.

    Raises:
        InputError: a corrected value is impossible (negative mg, zero servings a day).
    """
    if r.facts is None:
        return r
    facts = r.facts
    changed = False
    for i, (old, new) in enumerate(zip(original_sources, edited_sources)):
        kw: dict[str, Any] = {}
        if new.get("form") and new["form"] != old["form"]:
            kw["form"] = new["form"]
        if new.get("basis") and new["basis"] != old["basis"]:
            kw["basis"] = new["basis"]
        for col in ("declared_mg", "percent_dv"):
            v = _num(new.get(col))
            if v is not None and v != _num(old.get(col)):
                kw[col] = int(round(v)) if col == "percent_dv" else v
        if kw:
            facts = correct(facts, source_index=i, **kw)
            changed = True
    if original_serving is not None and edited_serving is not None:
        kw = {}
        for col in SERVING_EDITABLE:
            v = _num(edited_serving.get(col))
            if v is not None and v != _num(original_serving.get(col)):
                kw[col] = v
        if kw:
            facts = correct(facts, **kw)
            changed = True
    if not changed:
        return r
    return audit_facts(facts, input_name=r.input, ocr=r.ocr, content_sha256=r.content_sha256, profile=r.profile)


# ---------------------------------------------------------------------------------------------- headline numbers


@dataclass(frozen=True)
class Metric:
    label: str
    value: str
    help: str = ""


def _mg(v: float | None) -> str:
    return "?" if v is None else (f"{v:,.0f} mg" if v >= 10 else f"{v:.1f} mg")


def metrics(r: AuditResult) -> list[Metric]:
    """Headline numbers: elemental magnesium per serving and a day, absorbed estimate, %DV."""
    if r.status is not Status.OK:
        return []
    out = []
    el = f"{r.elemental_mg:.1f} mg" if r.elemental_mg is not None else "cannot tell"
    rng = r.elemental_mg_range
    help_el = "Elemental magnesium: the element itself, not the weight of the whole compound."
    if rng and rng[1] - rng[0] > 0.05:
        help_el += f" Over the compound's hydrates: {rng[0]:.1f}–{rng[1]:.1f} mg."
    out.append(Metric("Magnesium per serving", el, help_el))
    if r.elemental_mg_per_day is not None and r.facts is not None:
        sv = r.facts.serving
        note = f"{sv.daily_servings:g} serving(s) a day" + ("" if sv.daily_servings_stated else ", assumed: no directions found")
        rng = r.elemental_mg_per_day_range
        if rng and rng[1] - rng[0] > 0.05:
            note += f"; the directions allow {rng[0]:.0f}–{rng[1]:.0f} mg a day"
        if r.facts.kind == "topical":
            note += "; applied to the skin, not taken by mouth"
        out.append(Metric("Magnesium a day", f"{r.elemental_mg_per_day:.1f} mg", note))
    if r.absorbed_mg_per_day is not None:
        b = r.absorbed_mg_per_day
        out.append(Metric("Absorbed a day (est.)", f"≈ {_mg(b.estimate)}", f"Plausible range {_mg(b.low)}–{_mg(b.high)}; an estimate from Fine 1991 (magnesium acetate with a meal, healthy adults), not a measurement."))
    if r.percent_dv is not None:
        out.append(Metric("%DV (printed)", f"{r.percent_dv}%"))
    return out


def band_rows(r: AuditResult, product: str = "") -> list[dict]:
    """Chart rows for elemental vs absorbed magnesium a day: low, estimate, high in mg, one row per measure.

    Elemental is what the label provides; absorbed is the estimate the body takes up, with its range.
    """
    if r.status is not Status.OK or r.elemental_mg_per_day is None:
        return []
    daily = r.facts.serving.daily_servings if r.facts else 1.0
    rng = r.elemental_mg_range
    lo, hi = (rng[0] * daily, rng[1] * daily) if rng else (r.elemental_mg_per_day, r.elemental_mg_per_day)
    rows = [
        {"product": product, "measure": "Elemental (label)", "low": round(lo, 1), "estimate": r.elemental_mg_per_day, "high": round(hi, 1)},
    ]
    if r.absorbed_mg_per_day is not None:
        b = r.absorbed_mg_per_day
        rows.append({"product": product, "measure": "Absorbed (estimate)", "low": b.low, "estimate": b.estimate, "high": b.high})
    return rows


# ---------------------------------------------------------------------------------------------- checks, sources


def check_rows(r: AuditResult) -> list[dict]:
    """Label checks as rows: a mark in words and icon, the check id and its message."""
    marks = {True: "✅ pass", False: "❌ fail", None: "➖ not checked"}
    return [{"result": marks[c.ok], "check": c.id.replace("_", " "), "message": c.message} for c in r.checks]


def _where(r: AuditResult, span: tuple[int, int] | None, boxes: list[Box]) -> str:
    parts = []
    if span:
        line = r.facts.text.count("\n", 0, span[0]) + 1 if r.facts else None
        parts.append(f"line {line}, characters {span[0]}–{span[1]} of the {'OCR' if r.ocr else 'label'} text")
    if boxes:
        parts.append("on the photo at " + "; ".join(f"x {b.left}, y {b.top} ({b.width}×{b.height} px)" for b in boxes[:4]))
        if len(boxes) > 4:
            parts[-1] += f" and {len(boxes) - 4} more"
    return "; ".join(parts) or "not located"


def provenance_rows(r: AuditResult) -> list[dict]:
    """Where each fact was read: field, value, the raw text it came from and where (line, characters, photo box)."""
    if r.facts is None:
        return []
    f = r.facts
    rows = []
    sv = f.serving
    if sv.text:
        rows.append({"fact": "serving", "value": sv.text, "raw text": sv.text, "where": _where(r, sv.span, serving_boxes(r))})
    if sv.directions:
        rows.append({"fact": "directions", "value": f"{sv.daily_servings:g} a day", "raw text": sv.directions, "where": "label text"})
    for i, s in enumerate(f.sources, start=1):
        boxes = source_boxes(r, s)
        by_field = {k: [b for fld, b in boxes if fld == k] for k in ("amount", "form", "percent_dv", "row")}
        rows.append({"fact": f"source {i} form", "value": s.form.value, "raw text": s.label_text, "where": _where(r, s.form_spans[0] if s.form_spans else None, by_field["form"])})
        if s.declared is not None:
            rows.append({"fact": f"source {i} amount", "value": f"{s.declared.mg:g} mg ({s.basis.value})", "raw text": s.declared.raw, "where": _where(r, s.declared.span, by_field["amount"] or by_field["row"])})
        if s.percent_dv is not None:
            rows.append({"fact": f"source {i} %DV", "value": f"{s.percent_dv}%", "raw text": s.percent_dv_raw or "", "where": _where(r, None, by_field["percent_dv"]) if by_field["percent_dv"] else "same row"})
        rows.append({"fact": f"source {i} row", "value": "", "raw text": s.raw, "where": _where(r, s.span, by_field["row"])})
    for c in f.co_ingredients:
        rows.append({"fact": c.kind.replace("_", " "), "value": c.name, "raw text": c.raw, "where": _where(r, c.span, [])})
    return rows


# ---------------------------------------------------------------------------------------------- photo


BOX_COLOURS = {"amount": (220, 38, 38), "form": (37, 99, 235), "percent_dv": (147, 51, 234), "row": (234, 88, 12), "serving": (22, 163, 74)}
"""Outline colour of each kind of box; the page prints the legend in words beside the photo."""


def load_photo(data: bytes, name: str = "photo"):
    """The upload as an upright RGB PIL image (EXIF orientation applied, HEIC decoded).

    Raises:
        ImageReadError: the bytes are not an image Pillow can decode.
    """
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        import pillow_heif

        pillow_heif.register_heif_opener()
    except ImportError:  # HEIC photos then fail below with a clear message
        pass
    try:
        img = Image.open(io.BytesIO(data))
        img.load()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as e:
        raise ImageReadError(f"this file cannot be opened as an image ({e.__class__.__name__}); upload a JPEG, PNG, WebP or HEIC photo", path=name) from None
    return ImageOps.exif_transpose(img).convert("RGB")


def annotated_photo(data: bytes, r: AuditResult, name: str = "photo"):
    """The photo with the boxes of the values used drawn on it (amount, form, %DV, row, serving).

    Boxes come from `auditor.report.source_boxes` in the coordinates of the image OCR read. That is the upright
    photo; if `r.ocr.image_size` shows OCR read the pixels as stored (before the EXIF rotation), the boxes are
    drawn on the stored pixels and the result is then turned upright.

    Returns:
        A PIL RGB image (the plain upright photo when there is no OCR or no box).
    """
    from PIL import Image, ImageDraw

    upright = load_photo(data, name)
    if r.ocr is None or r.facts is None:
        return upright
    boxes: list[tuple[str, Box]] = [b for s in r.facts.sources for b in source_boxes(r, s)]
    boxes += [("serving", b) for b in serving_boxes(r)]
    if not boxes:
        return upright
    img, turn = upright.copy(), None
    size = tuple(r.ocr.image_size) if r.ocr.image_size else None
    if size and size != upright.size:
        stored = Image.open(io.BytesIO(data))
        if size == stored.size:
            img, turn = stored.convert("RGB"), _EXIF_TURN.get(stored.getexif().get(0x0112, 1))
    draw = ImageDraw.Draw(img)
    width = max(2, round(max(img.size) / 400))
    pad = width + 1
    for kind, b in boxes:
        draw.rectangle(
            (b.left - pad, b.top - pad, b.left + b.width + pad, b.top + b.height + pad),
            outline=BOX_COLOURS.get(kind, (0, 0, 0)),
            width=width,
        )
    return img.transpose(turn) if turn is not None else img


def _exif_turns() -> dict:
    from PIL import Image

    T = Image.Transpose
    return {2: T.FLIP_LEFT_RIGHT, 3: T.ROTATE_180, 4: T.FLIP_TOP_BOTTOM, 5: T.TRANSPOSE, 6: T.ROTATE_270, 7: T.TRANSVERSE, 8: T.ROTATE_90}


_EXIF_TURN = _exif_turns()
"""EXIF Orientation tag value → the transpose that shows the stored pixels upright (as ImageOps.exif_transpose)."""


def box_legend(r: AuditResult) -> list[tuple[str, str]]:
    """(kind, words) of the boxes drawn, for a legend in words beside the photo."""
    words = {"amount": "red: amount", "form": "blue: form", "percent_dv": "purple: % Daily Value", "row": "orange: whole row", "serving": "green: serving size"}
    if r.facts is None or r.ocr is None:
        return []
    kinds = {k for s in r.facts.sources for k, _ in source_boxes(r, s)}
    if serving_boxes(r):
        kinds.add("serving")
    return [(k, words[k]) for k in words if k in kinds]


# ---------------------------------------------------------------------------------------------- rows, CSV


def report_row(r: AuditResult) -> Row:
    """The batch report's row of an audit (the same columns as `auditor batch --out report.csv`)."""
    return row_from_result(r.input, to_dict(r))


def table_row(row: Row) -> dict:
    """A report row as a flat dict for a table widget (tuples joined, as in the CSV)."""
    return {c: (" | ".join(v) if isinstance(v, tuple) else v) for c, v in asdict(row).items()}


def rows_csv(rows: list[Row]) -> str:
    """CSV text of report rows, in `auditor batch`'s format."""
    return render_report(BatchReport(folder="uploads", recursive=False, rows=tuple(rows), seconds=0.0), "csv")


def download_name(r: AuditResult, ext: str) -> str:
    """File name for a download of this audit: the input's stem plus '.audit.<ext>'."""
    stem = Path(r.input).stem if r.input and not r.input.startswith("<") else "label"
    return f"{stem or 'label'}.audit.{ext}"


# ---------------------------------------------------------------------------------------------- compare


def _fmt_band(b: Band | None, nd: int = 0) -> str:
    return "–" if b is None else f"{b.low:.{nd}f}–{b.high:.{nd}f} (estimate {b.estimate:.{nd}f})"


def _fmt(v: float | None, spec: str = "g", prefix: str = "") -> str:
    return "–" if v is None else f"{prefix}{v:{spec}}"


def _side_facts(s: ProductSide) -> dict:
    icon, title, _ = _CARD_STYLE[s.verdict_level]
    return {
        "Verdict": f"{icon} {title}",
        "Forms": " + ".join(s.forms) or "–",
        "Servings a day": f"{s.daily_servings:g}",
        "Elemental mg per serving": _fmt(s.elemental_mg_per_serving, ".1f"),
        "Elemental mg a day": _fmt(s.elemental_mg_per_day, ".1f"),
        "Absorbed mg a day": _fmt_band(s.absorbed_mg_per_day),
        "Servings for 200 mg": _fmt(s.servings_for_200_mg),
        "Failed label checks": ", ".join(x.replace("_", " ") for x in s.failed_checks) or "none",
        "Servings per bottle": _fmt(s.servings_per_bottle),
        "Cost per serving": _fmt(s.cost_per_serving_usd, ".2f", "$"),
        "Cost per absorbed mg": _fmt(s.cost_per_absorbed_mg_usd, ".4f", "$"),
        "Cost note": s.cost_note or "",
    }


def compare_rows(c: Comparison) -> list[dict]:
    """The same facts for both products of `auditor.compare.compare`, one row per fact, for a table."""
    fa, fb = _side_facts(c.a), _side_facts(c.b)
    mark = {"a": (" ✔", ""), "b": ("", " ✔")}.get(c.better or "", ("", ""))
    return [{"fact": k, c.a.name + mark[0]: fa[k], c.b.name + mark[1]: fb[k]} for k in fa if (fa[k] or fb[k])]


def compare_audits(a: AuditResult, b: AuditResult, *, price_a: float | None = None, count_a: float | None = None,
                   price_b: float | None = None, count_b: float | None = None) -> Comparison:
    """`auditor.compare.compare` on two fresh audits (price and count only when both are given).

    Raises:
        InputError: a price or count that is not a positive number.
    """
    pa, ca = (price_a, count_a) if price_a and count_a else (None, None)
    pb, cb = (price_b, count_b) if price_b and count_b else (None, None)
    return compare(to_dict(a), to_dict(b), price_a=pa, count_a=ca, price_b=pb, count_b=cb)


# ---------------------------------------------------------------------------------------------- history


def history_rows(audits: list[StoredAudit]) -> list[dict]:
    """Stored audits (newest first) as table rows: when, file, verdict in words, forms, elemental mg, hash."""
    rows = []
    for a in audits:
        level = Level(a.verdict) if a.verdict else None
        verdict = f"{_CARD_STYLE[level][0]} {_CARD_STYLE[level][1]}" if level else ("❗ Error" if a.status == Status.ERROR else "–")
        rows.append({
            "audited": a.audited_at.replace("T", " ")[:19],
            "file": Path(a.path).name if a.path else "",
            "verdict": verdict,
            "forms": " + ".join(a.forms),
            "elemental_mg": a.elemental_mg,
            "sha256": a.sha256[:12],
        })
    return rows


def stored_card(d: dict) -> VerdictCard | None:
    """The verdict card of a stored audit (a schema_version 1 contract dict)."""
    v = d.get("verdict")
    if not v:
        return None
    level = Level(v["level"])
    icon, title, kind = _CARD_STYLE[level]
    return VerdictCard(level, icon, title, kind, tuple(v.get("reasons") or ()), tuple(v.get("notes") or ()))


def stored_rows(d: dict) -> list[dict]:
    """The facts of a stored audit as (fact, value) rows, the same facts the Compare table shows."""
    return [{"fact": k, "value": v} for k, v in _side_facts(side_from_contract(d)).items() if v and not k.startswith("Cost")]


def remember(result: AuditResult) -> None:
    """Save an audit made in the app to the audit store, so the History page lists it. The store is a
    convenience here: if it cannot be opened (read-only home, locked file) the audit is still shown."""
    from .errors import AuditorError
    from .store import Store

    try:
        with Store() as store:
            store.save_result(result)
    except (AuditorError, OSError, sqlite3.Error):
        pass
