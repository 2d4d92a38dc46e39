"""Display-ready data for the Streamlit pages: verdict wording, headline numbers, claims with their references,
chart rows, editor rows, table rows, annotated photos.

No Streamlit here (only the pages and uikit call `st`), so the wording and the arithmetic behind what a page shows
are tested without a browser. This is the page side of the project (issue 12): the library never formats for a
front end.
"""

from __future__ import annotations

import csv
import io
import math
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from auditor.absorption import band_caveat
from auditor.audit import TEXT_SUFFIXES, audit_facts, correct
from auditor.batch import BatchReport, Row, render_report, row_from_result
from auditor.compare import Comparison, ProductSide, compare
from auditor.errors import ImageReadError, InputError
from auditor.models import AuditResult, Band, Basis, Box, Level, MagnesiumForm, Profile, Status
from auditor.report import references, serving_boxes, source_boxes, to_dict

MAX_UPLOAD_MB = 25
"""Largest upload the pages accept; also `server.maxUploadSize` in ui/.streamlit/config.toml and auditor/cli_ui.py
(tests/test_ui.py checks that the three agree)."""

UPLOAD_TYPES = ("jpg", "jpeg", "png", "webp", "heic", "heif", "txt")
"""File types offered by the upload widgets (photos, or a .txt label text)."""

FORM_CHOICES = tuple(f.value for f in MagnesiumForm)
BASIS_CHOICES = tuple(b.value for b in Basis)

NOT_PRINTED = "not printed"
"""What a cell says for a value the label does not give (never "None")."""

DISCLAIMER = (
    "Not medical advice: auditor reads labels and does arithmetic. Ask a pharmacist or doctor, especially with "
    "kidney disease or if you take antibiotics, thyroid or osteoporosis medicines."
)


def md_table(rows: list[dict]) -> list[dict]:
    """Rows for st.table, whose cells and headers are markdown: every string made literal ("_" in a file name)."""
    return [{md_text(k): md_text(v) if isinstance(v, str) else v for k, v in row.items()} for row in rows]


def md_text(text: str) -> str:
    """Text made literal for st.markdown: "$" would start LaTeX, "*", "_", "~", "[" markup."""
    out = text.replace("\\", "\\\\")
    for ch in "$*_~[]`<>#|":
        out = out.replace(ch, "\\" + ch)
    return out


# ---------------------------------------------------------------------------------------------- references


@dataclass(frozen=True)
class Ref:
    """One numbered reference of an audit: n as printed in brackets, a short name, the full citation, a link."""

    n: int
    id: str
    short: str
    citation: str
    url: str
    kind: str


_REF_KINDS = {"V": "checked source", "K": "source named, text not checked", "J": "judgement of this tool"}
SHORT_CITATION_CHARS = 48  # a reference beside a claim stays one short line on a 390 px phone


def short_citation(citation: str) -> str:
    """The author-and-year head of a citation: "Fine KD et al. 1991, J Clin Invest …" → "Fine KD et al. 1991",
    "Molecules 2020;25:3172, Table 3 …" → "Molecules 2020;25:3172", "SYNTHROID label: take …" → "SYNTHROID label"."""
    year = _YEAR.search(citation[:60])
    start = year.end() if year else 0
    seps = (", ", ": ", " (") if year else (", ", ": ")  # "(CIPRO) label section 2.4" is part of a name
    cut = min((i for i in (citation.find(sep, start) for sep in seps) if i > 0), default=len(citation))
    head = citation[:cut].strip()
    return head if len(head) <= SHORT_CITATION_CHARS else head[: SHORT_CITATION_CHARS - 1].rstrip() + "…"


_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def numbered_refs(r: AuditResult) -> dict[str, Ref]:
    """Every source id the audit cites → its numbered Ref (numbers as in the audit's reference list)."""
    return {
        ref["id"]: Ref(ref["n"], ref["id"], short_citation(ref["citation"]), ref["citation"], ref["url"] or "", _REF_KINDS.get(ref["tag"], ""))
        for ref in references(r)
    }


def refs_for(r: AuditResult, ids, numbered: dict[str, Ref] | None = None) -> tuple[Ref, ...]:
    """The Refs of some source ids, in number order (unknown ids are skipped)."""
    numbered = numbered_refs(r) if numbered is None else numbered
    return tuple(sorted({numbered[i] for i in ids if i in numbered}, key=lambda x: x.n))


def refs_markdown(refs: tuple[Ref, ...]) -> str:
    """References for beside a claim: "[1] Institute of Medicine 1997 · [2] SCF 2001 …", each linked, in small type."""
    if not refs:
        return ""
    parts = [f"\\[{x.n}\\] [{md_text(x.short)}]({x.url})" if x.url else f"\\[{x.n}\\] {md_text(x.short)}" for x in refs]
    return ":small[" + " · ".join(parts) + "]"


def reference_rows(r: AuditResult) -> list[dict]:
    """The numbered reference list: number, citation, link, and whether it is a checked source or a judgement."""
    return [{"#": x.n, "source": x.citation, "link": x.url, "kind": x.kind} for x in sorted(numbered_refs(r).values(), key=lambda x: x.n)]


def references_markdown(r: AuditResult) -> str:
    """The full numbered reference list as a markdown list (wraps on a phone, links clickable)."""
    lines = []
    for x in sorted(numbered_refs(r).values(), key=lambda x: x.n):
        link = f" [link]({x.url})" if x.url else ""
        lines.append(f"{x.n}. {md_text(x.citation)}{link} :small[({x.kind})]")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------- verdict


@dataclass(frozen=True)
class Claim:
    """One statement the page makes (a verdict reason, a note, a check) with the references it rests on."""

    text: str
    refs: tuple[Ref, ...] = ()

    @property
    def markdown(self) -> str:
        refs = refs_markdown(self.refs)
        return md_text(self.text) + (f"  \n{refs}" if refs else "")


@dataclass(frozen=True)
class VerdictCard:
    """What the verdict card shows: never colour alone, always an icon and words too."""

    level: Level
    icon: str
    title: str
    kind: str  # "success" | "warning" | "error" | "info": the Streamlit alert that colours the card
    reasons: tuple[Claim, ...]
    notes: tuple[Claim, ...]
    subtitle: str = ""

    @property
    def headline(self) -> str:
        return f"{self.icon} {self.title}"


_CARD_STYLE = {
    Level.SUITABLE: ("✅", "Suitable for sleep", "success"),
    Level.CAUTION: ("⚠️", "Caution", "warning"),
    Level.UNSUITABLE: ("⛔", "Unsuitable for sleep", "error"),
    Level.UNKNOWN: ("❔", "Unknown: this label cannot be judged", "info"),
}


_SHORT_TITLES = {Level.SUITABLE: "Suitable", Level.CAUTION: "Caution", Level.UNSUITABLE: "Unsuitable", Level.UNKNOWN: "Unknown"}


def verdict_words(level: Level | str | None, *, short: bool = False) -> str:
    """A verdict level as icon and words ("⚠️ Caution"; short: "✅ Suitable" for a table column); "" for none."""
    if not level:
        return ""
    icon, title, _ = _CARD_STYLE[Level(level)]
    return f"{icon} {_SHORT_TITLES[Level(level)] if short else title}"


def verdict_card(r: AuditResult) -> VerdictCard | None:
    """The verdict card of an audit, or None for an error result. Each reason and note carries its references."""
    if r.verdict is None:
        return None
    icon, title, kind = _CARD_STYLE[r.verdict.level]
    numbered = numbered_refs(r)
    v = r.verdict

    def claims(texts, ids):
        return tuple(Claim(t, refs_for(r, ids[i] if i < len(ids) else (), numbered)) for i, t in enumerate(texts))

    return VerdictCard(v.level, icon, title, kind, claims(v.reasons, v.reason_sources), claims(v.notes, v.note_sources), verdict_subtitle(r))


def verdict_subtitle(r: AuditResult) -> str:
    """Who the verdict is for, in a few words: "For sleep, judged for an adult 19-50 (no profile given)"."""
    p = r.personal
    if p is None:
        return ""
    return f"For sleep use; judged for {p.population}" + (" (no profile given)" if p.defaults_used and "profile" not in p.population else "")


# ---------------------------------------------------------------------------------------------- profile, personal

SEX_CHOICES = ("not given", "female", "male")


def medicine_choices() -> tuple[str, ...]:
    """Medicine names offered by the profile form: the first name of each row of data/medicines.toml."""
    from auditor.tables import medicines

    return tuple(row["names"][0] for row in medicines()["medicine"].values())


def profile_from_form(
    *, age: float | None = None, sex: str = "not given", pregnant: bool = False, breastfeeding: bool = False,
    kidney: bool = False, medicines: list[str] | tuple[str, ...] = (), other_mg: float | None = None,
) -> Profile | None:
    """The profile of the sidebar form; None when nothing was filled in (the audit then says it used defaults).

    Raises:
        InputError: an impossible value (age over 130, negative magnesium).
    """
    from auditor.profile import profile_from_mapping

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
    from auditor.audit import personalise as _personalise

    return _personalise(r, profile)


def personal_rows(r: AuditResult) -> list[dict]:
    """The personal section as (fact, value) rows: who, RDA/AI, UL, total a day, medicines (with references)."""
    p = r.personal
    if p is None or r.status is not Status.OK:
        return []
    numbered = numbered_refs(r)
    lo, hi = p.rda_range_mg or (None, None)
    rows = [
        {"fact": "Judged for", "value": p.population},
        {"fact": f"{p.rda_kind} (food included)", "value": NOT_PRINTED if lo is None else (f"{lo:.0f} mg" if lo == hi else f"{lo:.0f}–{hi:.0f} mg")},
        {"fact": "Upper limit from supplements", "value": "none set (infants): only on a doctor's advice" if p.ul_mg is None else f"{p.ul_mg:.0f} mg a day"},
    ]
    if p.total_mg_per_day is not None:
        other = f" (with {p.other_mg_per_day:.0f} mg from other products)" if p.other_mg_per_day else ""
        share = f", {p.ul_percent}% of the upper limit" if p.ul_percent is not None else ""
        rows.append({"fact": "Magnesium a day from supplements", "value": f"{p.total_mg_per_day:.0f} mg{other}{share}"})
    for i in p.interactions:
        rows.append({"fact": f"Medicine: {i.medicine}", "value": i.advice + _ref_numbers(refs_for(r, i.sources, numbered))})
    rows[0]["value"] += _ref_numbers(refs_for(r, p.sources, numbered))
    return rows


def _ref_numbers(refs: tuple[Ref, ...]) -> str:
    return f" [{', '.join(str(x.n) for x in refs)}]" if refs else ""


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


@dataclass(frozen=True)
class BandEvidence:
    """What the absorbed band rests on: the caveat in words and its references (Fine 1991 first)."""

    text: str
    refs: tuple[Ref, ...]

    @property
    def markdown(self) -> str:
        return Claim(self.text, self.refs).markdown


def band_evidence(r: AuditResult) -> BandEvidence | None:
    """The absorbed band's source and caveat, or a sentence saying why there is no band; None without magnesium."""
    if r.absorbed_mg is None:
        if r.facts is not None and r.facts.kind == "topical" and r.status is Status.OK:
            return BandEvidence("No absorbed estimate: a topical product is not taken by mouth.", ())
        return None
    text, ids = band_caveat()
    return BandEvidence(text, refs_for(r, ids))


def band_caption(r: AuditResult) -> str:
    """The band's caveat as plain text with its reference numbers ("… [5, 29, 30, 31]"); '' when there is none."""
    ev = band_evidence(r)
    return "" if ev is None else ev.text + _ref_numbers(ev.refs)


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
    """Reject what the page cannot audit before any work is done.

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
    """True when the page should show the upload as a photo (anything but a text file)."""
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
        "serving": sv.text if sv and sv.text else NOT_PRINTED,
        "serving_count": sv.count if sv else None,
        "daily_servings": sv.daily_servings if sv else 1.0,
    }


def computed_rows(r: AuditResult) -> list[tuple[str, list[dict]]]:
    """What chemistry made of each source: ("Source 1", [{"Fact", "Value"}, …]) per source, a short two-column
    table each, so that four sources still read on a phone; updates with the user's corrections."""
    if r.facts is None:
        return []
    out = []
    for i, s in enumerate(r.facts.sources, start=1):
        lo_hi = s.elemental_mg_range
        facts = {
            "On the label": s.label_text or "",
            "Forms": " + ".join(f.value for f in (s.forms or (s.form,))),
            "Declared": f"{s.declared.mg:g} mg ({s.basis.value})" if s.declared else "no amount read",
            "Elemental": "cannot tell" if s.elemental_mg is None else f"{s.elemental_mg:.1f} mg",
            "Over hydrates": f"{lo_hi[0]:.1f}–{lo_hi[1]:.1f} mg" if lo_hi and lo_hi[1] - lo_hi[0] > 0.05 else "",
            "Why this basis": s.basis_reason or "",
        }
        out.append((f"Source {i}", [{"Fact": k, "Value": v} for k, v in facts.items() if v]))
    return out


def corrections(
    original_sources: list[dict],
    edited_sources: list[dict],
    original_serving: dict | None = None,
    edited_serving: dict | None = None,
) -> list[dict]:
    """The user's corrections from the facts editor as `auditor.audit.correct` keyword sets, one per changed row.

    Only cells that differ from the original rows count; an emptied cell means "leave as read". The same list
    is what `auditor.history.save_correction` takes.
    """
    out: list[dict] = []
    for i, (old, new) in enumerate(zip(original_sources, edited_sources)):
        kw: dict[str, Any] = {}
        if new.get("form") and new["form"] != old["form"]:
            kw["form"] = new["form"]
        if new.get("basis") and new["basis"] != old["basis"]:
            kw["basis"] = new["basis"]
        for col in ("declared_mg", "percent_dv"):
            v = _num(new.get(col))
            if v is not None and v != _num(old.get(col)):
                kw[col] = round(v) if col == "percent_dv" else v
        if kw:
            out.append({"source_index": i, **kw})
    if original_serving is not None and edited_serving is not None:
        kw = {}
        for col in SERVING_EDITABLE:
            v = _num(edited_serving.get(col))
            if v is not None and v != _num(original_serving.get(col)):
                kw[col] = v
        if kw:
            out.append(kw)
    return out


def apply_corrections(r: AuditResult, changes: list[dict]) -> AuditResult:
    """Re-run the audit with corrections (from `corrections`); `r` itself when there are none.

    The photo's OCR and hash are kept so the boxes and downloads still refer to it.

    Raises:
        InputError: a corrected value is impossible (negative mg, zero servings a day).
    """
    if r.facts is None or not changes:
        return r
    facts = r.facts
    for kw in changes:
        facts = correct(facts, **kw)
    return audit_facts(facts, input_name=r.input, ocr=r.ocr, content_sha256=r.content_sha256, profile=r.profile)


def apply_edits(
    r: AuditResult,
    original_sources: list[dict],
    edited_sources: list[dict],
    original_serving: dict | None = None,
    edited_serving: dict | None = None,
) -> AuditResult:
    """`apply_corrections` of the editor's rows: `r` itself when nothing changed.

    Raises:
        InputError: a corrected value is impossible (negative mg, zero servings a day).
    """
    return apply_corrections(r, corrections(original_sources, edited_sources, original_serving, edited_serving))


# ---------------------------------------------------------------------------------------------- headline numbers


@dataclass(frozen=True)
class Metric:
    label: str
    value: str
    help: str = ""


def mg_text(v: float | None) -> str:
    """An amount in mg as the page shows it: "444 mg", "70.5 mg", "1,480 mg"; "not printed" for none."""
    if v is None:
        return NOT_PRINTED
    if v >= 100 or float(v).is_integer():
        return f"{v:,.0f} mg"
    return f"{v:.1f} mg"


def _about_mg(v: float) -> str:
    # an estimate with a range several times its precision: whole milligrams
    return f"≈ {v:,.0f} mg"


def metrics(r: AuditResult) -> list[Metric]:
    """Headline numbers: elemental magnesium per serving and a day, absorbed estimate a day, printed %DV.

    Labels are short so that two fit side by side on a 390 px phone without being cut.
    """
    if r.status is not Status.OK:
        return []
    out = []
    rng = r.elemental_mg_range
    help_el = "Elemental magnesium: the element itself, not the weight of the whole compound."
    if rng and rng[1] - rng[0] > 0.05:
        help_el += f" Over the compound's hydrates: {rng[0]:.1f}–{rng[1]:.1f} mg."
    out.append(Metric("Mg per serving", mg_text(r.elemental_mg) if r.elemental_mg is not None else "cannot tell", help_el))
    if r.elemental_mg_per_day is not None and r.facts is not None:
        sv = r.facts.serving
        note = f"Elemental magnesium a day: {sv.daily_servings:g} serving(s) a day" + ("" if sv.daily_servings_stated else ", assumed: no directions found")
        rng = r.elemental_mg_per_day_range
        if rng and rng[1] - rng[0] > 0.05:
            note += f"; the directions allow {rng[0]:.0f}–{rng[1]:.0f} mg a day"
        if r.facts.kind == "topical":
            note += "; applied to the skin, not taken by mouth"
        out.append(Metric("Mg a day", mg_text(r.elemental_mg_per_day), note))
    if r.absorbed_mg_per_day is not None:
        b = r.absorbed_mg_per_day
        out.append(Metric("Absorbed a day", _about_mg(b.estimate),
                          f"Estimated absorbed magnesium a day: plausible range {b.low:.0f}–{b.high:.0f} mg. "
                          "An estimate from Fine 1991 (magnesium acetate with a meal, healthy adults), not a measurement."))
    if r.percent_dv is not None:
        out.append(Metric("%DV (label)", f"{r.percent_dv}%", "The % Daily Value printed on the label."))
    return out


# ---------------------------------------------------------------------------------------------- chart

MEASURES = ("Elemental (label)", "Absorbed (estimate)")
CHART_HEADROOM = 1.35  # room right of the longest bar for its number label (~55 px of a ~220 px phone plot)


def band_rows(r: AuditResult, product: str = "") -> list[dict]:
    """Chart rows for elemental vs absorbed magnesium a day: low, estimate, high in mg, one row per measure.

    `product` ("A", "B") prefixes the row label on the Compare page, so the rows of A come before those of B.
    """
    if r.status is not Status.OK or r.elemental_mg_per_day is None:
        return []
    daily = r.facts.serving.daily_servings if r.facts else 1.0
    rng = r.elemental_mg_range
    lo, hi = (rng[0] * daily, rng[1] * daily) if rng else (r.elemental_mg_per_day, r.elemental_mg_per_day)
    hi = max(hi, r.elemental_mg_per_day)
    prefix = f"{product}: " if product else ""
    rows = [{"product": product, "measure": MEASURES[0], "row": prefix + MEASURES[0],
             "low": round(lo, 1), "estimate": r.elemental_mg_per_day, "high": round(hi, 1), "label": mg_text(r.elemental_mg_per_day)}]
    if r.absorbed_mg_per_day is not None:
        b = r.absorbed_mg_per_day
        rows.append({"product": product, "measure": MEASURES[1], "row": prefix + MEASURES[1],
                     "low": b.low, "estimate": b.estimate, "high": b.high, "label": _about_mg(b.estimate)})
    return rows


def chart_max_mg(rows: list[dict]) -> float:
    """The chart's axis end: past every value shown (the highest high or estimate), with room for its label,
    rounded up to a multiple of 50 mg."""
    top = max((max(x["high"], x["estimate"]) for x in rows), default=0.0)
    return max(50.0, math.ceil(top * CHART_HEADROOM / 50.0) * 50.0)


# ---------------------------------------------------------------------------------------------- checks, sources

_CHECK_MARKS = {True: "✅ pass", False: "❌ fail", None: "➖ not checked"}


def check_rows(r: AuditResult) -> list[dict]:
    """Label checks as rows: a mark in words and icon, the check in words, its message and reference numbers."""
    numbered = numbered_refs(r)
    return [{"result": _CHECK_MARKS[c.ok], "check": c.id.replace("_", " "), "message": c.message + _ref_numbers(refs_for(r, c.sources, numbered))}
            for c in r.checks]


def check_claims(r: AuditResult) -> list[tuple[str, str, Claim]]:
    """(mark, check in words, message with its references) per check, failed checks first."""
    numbered = numbered_refs(r)
    order = {False: 0, None: 1, True: 2}
    items = sorted(r.checks, key=lambda c: order[c.ok])
    return [(_CHECK_MARKS[c.ok], check_name(c.id), Claim(c.message, refs_for(r, c.sources, numbered))) for c in items]


def check_name(check_id: str) -> str:
    """A check id in words: "dv_consistent" → "%DV consistent", "elemental_feasible" → "Elemental feasible"."""
    words = ["%DV" if w == "dv" else w for w in check_id.split("_")]
    return " ".join(words)[:1].upper() + " ".join(words)[1:]


def provenance_markdown(r: AuditResult) -> str:
    """`provenance_rows` as a markdown list (one line per fact: it wraps on a phone instead of scrolling)."""
    lines = []
    for row in provenance_rows(r):
        value = f": {md_text(row['value'])}" if row["value"] else ""
        raw = f" — read as “{md_text(row['raw text'])}”" if row["raw text"] else ""
        lines.append(f"- **{md_text(row['fact'])}**{value}{raw} :small[({md_text(row['where'])})]")
    return "\n".join(lines)


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


# ---------------------------------------------------------------------------------------------- batch rows, reports

REPORT_FORMATS = (("csv", "CSV", "text/csv"), ("jsonl", "JSON Lines", "application/x-ndjson"),
                  ("json", "JSON", "application/json"), ("md", "Markdown", "text/markdown"))
"""(format, button words, MIME type) of the report downloads, the formats of `auditor batch --out`."""

TABLE_HEADERS = {
    "file": "File", "verdict": "Sleep verdict", "status": "Status", "forms": "Forms", "elemental_mg": "Mg per serving",
    "elemental_mg_per_day": "Mg a day", "absorbed_mg_per_day_estimate": "Absorbed a day (est.)", "percent_dv": "%DV",
    "check_failures": "Failed checks", "error": "Problem", "reasons": "Why", "basis": "Basis",
    "absorbed_mg_low": "Absorbed low", "absorbed_mg_estimate": "Absorbed est.", "absorbed_mg_high": "Absorbed high",
    "rules_version": "Rules", "sha256": "SHA-256", "cached": "From store", "inputs": "Photos of the product",
    "conflicts": "Conflicts",
}
"""Human headers of the batch table, in display order: the verdict right after the file, so it is in view."""

BATCH_WIDTHS = {"File": 220, "Sleep verdict": 130, "Status": 110}
"""Pixel widths of the batch table's first columns: the verdict stays in view at 1400 px, its words whole."""

_STATUS_WORDS = {"ok": "✔ read", "no_magnesium": "no magnesium", "error": "❗ error", "skipped": "skipped"}


def report_row(r: AuditResult) -> Row:
    """The batch report's row of an audit (the same columns as `auditor batch --out report.csv`)."""
    return row_from_result(r.input, to_dict(r))


def table_row(row: Row) -> dict:
    """A report row for the page's table: human headers, words for verdict and status, "" for what is absent."""
    d = asdict(row)
    out: dict[str, Any] = {}
    for col, header in TABLE_HEADERS.items():
        v = d[col]
        if col == "verdict":
            v = verdict_words(v, short=True)
        elif col == "status":
            v = _STATUS_WORDS.get(v, v)
        elif col in ("forms", "basis"):
            v = " + ".join(v)
        elif col in ("check_failures",):
            v = ", ".join(x.replace("_", " ") for x in v)
        elif col in ("reasons", "conflicts", "inputs"):
            v = " | ".join(v)
        elif col == "sha256":
            v = v[:12]
        elif col == "cached":
            v = "yes" if v else ""
        elif col == "percent_dv":
            v = "" if v is None else f"{v}%"
        elif col in ("absorbed_mg_estimate", "absorbed_mg_per_day_estimate"):
            v = "" if v is None else _about_mg(v)
        elif col.endswith("_mg") or "_mg_" in col:
            v = "" if v is None else mg_text(v)
        out[header] = "" if v is None else v
    return out


def render_rows(rows: list[Row], fmt: str) -> str:
    """Report rows as text in one of `auditor batch`'s formats: "csv", "jsonl", "json" or "md"."""
    return render_report(BatchReport(folder="uploads", recursive=False, rows=tuple(rows), seconds=0.0), fmt)


def rows_csv(rows: list[Row]) -> str:
    """CSV text of report rows, in `auditor batch`'s format."""
    return render_rows(rows, "csv")


@dataclass(frozen=True)
class BatchSummary:
    total: int
    by_status: tuple[tuple[str, int], ...]
    by_verdict: tuple[tuple[str, int], ...]

    @property
    def sentence(self) -> str:
        status = ", ".join(f"{n} {s.replace('_', ' ')}" for s, n in self.by_status)
        verdicts = ", ".join(f"{verdict_words(v) if v != 'none' else 'no verdict'} {n}" for v, n in self.by_verdict)
        return f"{self.total} file(s): {status}." + (f" Verdicts: {verdicts}." if verdicts else "")


def batch_summary(rows: list[Row]) -> BatchSummary:
    """Counts by status and by verdict (of the files read), most common first, as `auditor batch` prints them."""
    s = BatchReport(folder="uploads", recursive=False, rows=tuple(rows), seconds=0.0).summary()
    order = [lvl.value for lvl in Level] + ["none"]
    return BatchSummary(
        s.total,
        tuple(sorted(s.by_status.items(), key=lambda kv: (-kv[1], kv[0]))),
        tuple(sorted(s.by_verdict.items(), key=lambda kv: (order.index(kv[0]) if kv[0] in order else 99))),
    )


def download_name(r: AuditResult, ext: str) -> str:
    """File name for a download of this audit: the input's stem plus '.audit.<ext>'."""
    stem = Path(r.input).stem if r.input and not r.input.startswith("<") else "label"
    return f"{stem or 'label'}.audit.{ext}"


# ---------------------------------------------------------------------------------------------- compare


def _fmt_band(b: Band | None) -> str:
    return NOT_PRINTED if b is None else f"{_about_mg(b.estimate)} ({b.low:.0f}–{b.high:.0f})"


def _fmt(v: float | None, spec: str = "g", prefix: str = "", none: str = "") -> str:
    return none if v is None else f"{prefix}{v:{spec}}"


def _cost_per_absorbed(s: ProductSide) -> str:
    if s.cost_per_absorbed_mg_usd is not None:
        return f"${s.cost_per_absorbed_mg_usd:.4f}"
    if s.price_usd is not None and s.claim_infeasible:
        return "withheld (see the cost note)"
    return ""


def _side_facts(s: ProductSide) -> dict:
    return {
        "Verdict": verdict_words(s.verdict_level),
        "Forms": " + ".join(s.forms) or NOT_PRINTED,
        "Servings a day": f"{s.daily_servings:g}",
        "Mg per serving": mg_text(s.elemental_mg_per_serving),
        "Mg a day": mg_text(s.elemental_mg_per_day),
        "Absorbed a day": _fmt_band(s.absorbed_mg_per_day),
        "Servings for 200 mg": _fmt(s.servings_for_200_mg),
        "Failed label checks": ", ".join(check_name(x) for x in s.failed_checks) or "none",
        "Servings per bottle": _fmt(s.servings_per_bottle),
        "Cost per serving": _fmt(s.cost_per_serving_usd, ".2f", "$"),
        "Cost per absorbed mg": _cost_per_absorbed(s),
        "Cost note": s.cost_note or "",
    }


def compare_rows(c: Comparison) -> list[dict]:
    """The same facts for both products, one row per fact, A's column before B's (✔ marks the better one)."""
    fa, fb = _side_facts(c.a), _side_facts(c.b)
    mark = {"a": (" ✔", ""), "b": ("", " ✔")}.get(c.better or "", ("", ""))
    return [{"Fact": k, f"A: {c.a.name}{mark[0]}": fa[k], f"B: {c.b.name}{mark[1]}": fb[k]} for k in fa if (fa[k] or fb[k])]


@dataclass(frozen=True)
class CompareHeadline:
    """The Compare page's conclusion: which alert colours it, its text, whether no winner is named, and what to
    add for a cost comparison ("" when nothing)."""

    kind: str  # "success" when one product is better, "info" when there is no clear difference
    text: str
    no_clear_difference: bool
    hint: str = ""


def compare_headline(c: Comparison) -> CompareHeadline:
    """The conclusion as the compare logic reports it: a winner, or "no clear difference" (no winner named)."""
    unclear = c.better is None
    hint = "Give both prices and bottle counts to compare the cost per absorbed mg." if unclear and c.prices_missing else ""
    return CompareHeadline("info" if unclear else "success", c.conclusion, unclear, hint)


def compare_audits(a: AuditResult, b: AuditResult, *, price_a: float | None = None, count_a: float | None = None,
                   price_b: float | None = None, count_b: float | None = None) -> Comparison:
    """`auditor.compare.compare` on two fresh audits (price and count only when both are given).

    Raises:
        InputError: a price or count that is not a positive number.
    """
    pa, ca = (price_a, count_a) if price_a and count_a else (None, None)
    pb, cb = (price_b, count_b) if price_b and count_b else (None, None)
    return compare(a, b, price_a=pa, count_a=ca, price_b=pb, count_b=cb)


# ---------------------------------------------------------------------------------------------- history


def when_text(iso: str | None) -> str:
    """A stored UTC timestamp as the log shows it: "2026-11-30 04:00 UTC"."""
    return "" if not iso else iso.replace("T", " ")[:16] + " UTC"


@dataclass(frozen=True)
class LogLine:
    """One History entry as the log lists it: a title line and a detail line, both in words."""

    id: int
    title: str
    details: str


def log_line(e) -> LogLine:
    """A `auditor.history.HistoryEntry` as a log line: name and verdict; when, what, how much, which version."""
    verdict = verdict_words(e.verdict) if e.verdict else ("❗ error" if e.status == Status.ERROR else "no verdict")
    what = " + ".join(e.forms) or ("no magnesium" if e.status == Status.NO_MAGNESIUM else "")
    parts = [when_text(e.created_at), what, mg_text(e.elemental_mg) + " per serving" if e.elemental_mg is not None else ""]
    if e.inputs_count > 1:
        parts.append(f"{e.inputs_count} photos, one product")
    if e.version > 1:
        parts.append(f"version {e.version} (corrected)")
    return LogLine(e.id, f"{e.name} · {verdict}", " · ".join(p for p in parts if p))


def version_label(v) -> str:
    """A `HistoryVersion` for the version picker: "2 · 2026-11-30 04:01 UTC · corrected: amount misread"."""
    what = "as read" if v.number == 1 else "corrected" + (f": {v.note}" if v.note else "")
    return f"{v.number} · {when_text(v.created_at)} · {what}"


def correction_words(corrections) -> str:
    """The corrections of a version in words: "source 1 declared mg → 250; servings a day → 2"."""
    out = []
    for c in corrections:
        where = f"source {c['source_index'] + 1} " if c.get("source_index") is not None else ""
        out += [f"{where}{k.replace('_', ' ')} → {v:g}" if isinstance(v, float) else f"{where}{k.replace('_', ' ')} → {v}"
                for k, v in c.items() if k != "source_index"]
    return "; ".join(out)


# ---------------------------------------------------------------------------------------------- one product, several photos

_PROVENANCE_FIELDS = {
    "amount": "Amount", "form": "Form", "percent_dv": "%DV", "serving": "Serving", "directions": "Directions",
    "buffered": "Buffered", "kind": "Product kind", "population": "For", "co_ingredient": "Also contains",
}


def product_caption(p) -> str:
    """What a product of several inputs is: "One product from 3 photos: front.jpg, panel.jpg, back.jpg"."""
    photos = sum(1 for n in p.names if is_image(n))
    kind = "photos" if photos == len(p.inputs) else "photos and texts" if photos else "texts"
    return f"One product from {len(p.inputs)} {kind}: " + ", ".join(p.names)


def product_rows(p) -> list[dict]:
    """Which photo each value of the merged facts came from: fact, value, photo(s), the text it was read as."""
    rows = []
    for x in p.provenance:
        name = _PROVENANCE_FIELDS.get(x.field, x.field.replace("_", " ").capitalize())
        if x.source_index is not None and len({y.source_index for y in p.provenance if y.source_index is not None}) > 1:
            name += f" (source {x.source_index + 1})"
        where = ", ".join(f"{'photo' if is_image(n) else 'text'} {i + 1}: {n}" for i, n in zip(x.inputs, x.names))
        rows.append({"Fact": name, "Value": x.value, "From": where, "Read as": x.raw})
    return rows


def product_markdown(p) -> str:
    """`product_rows` as a markdown list: one line per value, so it wraps on a phone instead of scrolling sideways."""
    lines = []
    for row in product_rows(p):
        raw = f" · read as “{md_text(row['Read as'])}”" if row["Read as"] and row["Read as"] != row["Value"] else ""
        lines.append(f"- **{md_text(row['Fact'])}**: {md_text(row['Value'])} — from {md_text(row['From'])}{raw}")
    return "\n".join(lines)


def product_warnings(r: AuditResult, p) -> tuple[str, ...]:
    """The audit's warnings without the conflicts, which the page shows in their own list."""
    said = {c.message for c in p.conflicts} if p is not None else set()
    return tuple(w for w in r.warnings if w not in said)
