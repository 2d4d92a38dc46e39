"""Streamlit pieces shared by the pages: input pickers, the cached audit call, and renderers.

Rendering only: every number, word and row comes from `auditor` through `viewmodel`.
"""

from __future__ import annotations

import json
from pathlib import Path

import altair as alt
import profilekit
import streamlit as st
import viewmodel as vm

from auditor import history
from auditor.audit import audit_bytes, error_result, sha256
from auditor.errors import AuditorError
from auditor.models import AuditResult
from auditor.ocr import DEFAULT_ENGINE, ENGINE_CHOICES, preload
from auditor.product import ProductResult
from auditor.product import audit_product as _audit_product
from auditor.report import to_dict

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"

DISCLAIMER = vm.DISCLAIMER

INPUT_MODES = ("Photo", "Camera", "Paste text", "Sample")


ENGINE_LABELS = {
    "auto": "Automatic",
    "rapidocr": "RapidOCR (PP-OCR)",
    "tesseract": "Tesseract",
}


def disclaimer() -> None:
    """The not-medical-advice line, once per page, in the main column (the sidebar is collapsed on a phone)."""
    st.caption(f"🩺 {DISCLAIMER}")


def engine_choice() -> str:
    """The OCR engine picker (sidebar); the choice is kept for the session."""
    labels = [ENGINE_LABELS[e] for e in ENGINE_CHOICES]
    st.selectbox(
        "OCR engine for photos", labels, index=ENGINE_CHOICES.index(DEFAULT_ENGINE), key="ocr_engine",
        help="Automatic reads with RapidOCR (PP-OCR) and asks Tesseract too only when RapidOCR's reading does not add up.",
    )
    return selected_engine()


def selected_engine() -> str:
    """The engine the session chose in the sidebar (the default before it is shown)."""
    label = st.session_state.get("ocr_engine")
    return next((e for e, shown in ENGINE_LABELS.items() if shown == label), DEFAULT_ENGINE)


@st.cache_resource(show_spinner="Loading the OCR models …")
def _engines(engine: str) -> str:
    # once per server process and engine choice: the models stay loaded for every session (the engines
    # serialise their own calls, so sessions in threads take turns rather than each loading a copy)
    preload(engine)
    return engine


@st.cache_data(max_entries=128, show_spinner=False)
def _audit_cached(digest: str, name: str, engine: str, _data: bytes) -> AuditResult:
    # keyed on the content hash, the name (which picks text vs image) and the engine; the bytes are not hashed again
    return audit_bytes(_data, name, engine=engine)


def audit_upload(data: bytes, name: str, *, remember: bool = True) -> AuditResult:
    """Audit bytes through the cache (instant on reruns), and log it in History once per session unless
    `remember=False` (the photos of one product are logged together); raises AuditorError for a bad file."""
    vm.check_upload(data, name)
    engine = selected_engine()
    if vm.is_image(name):
        _engines(engine)
    with st.spinner(f"Reading {name} …" if vm.is_image(name) else "Reading the label text …"):
        result = _audit_cached(sha256(data), name, engine, data)
    if remember:
        _log(("scan", result.content_sha256, engine),
             lambda: history.record_scan(result, photo=data if vm.is_image(name) else None, name=name, engine=engine))
    return result


def _log(key: tuple, record) -> None:
    # once per content and session (not on every rerun); History is a convenience here: if the store cannot be
    # written the audit is still shown, and the page says it was not saved
    logged = st.session_state.setdefault("history_entries", {})
    if key in logged or key[1] is None:
        return
    try:
        entry = record()
    except (AuditorError, OSError) as err:
        logged[key] = None
        st.caption(f"Not saved to History: {getattr(err, 'message', err)}")
        return
    logged[key] = entry.id if entry is not None else None


def history_entry_id(key: tuple) -> int | None:
    """The History entry this session logged for a scan or product key, if any."""
    return st.session_state.get("history_entries", {}).get(key)


def audit_product(files: list[tuple[bytes, str]]) -> ProductResult | None:
    """Several photos or texts of one product: each audited through the cache (an unreadable one becomes an
    error input, listed as a conflict), merged into one audit, and logged in History as one entry."""
    results = [audit_row(data, name, remember=False) for data, name in files]
    try:
        p = _audit_product(results, names=[n for _, n in files], profile=profilekit.current_profile())
    except AuditorError as err:
        st.error(err.message, icon="🚫")
        return None
    engine = selected_engine()
    _log(("product", p.sha256, engine),
         lambda: history.record_product(p, photos=[d if vm.is_image(n) else None for d, n in files], engine=engine))
    return p


def audit_or_error(data: bytes, name: str) -> AuditResult | None:
    """Audit, or show the error's message (never a traceback) and return None."""
    try:
        return audit_upload(data, name)
    except AuditorError as err:
        st.error(f"**{name}**: {err.message}", icon="🚫")
        return None


def audit_row(data: bytes, name: str, *, remember: bool = True) -> AuditResult:
    """Audit for a table: an error becomes an error row instead of a message."""
    try:
        return audit_upload(data, name, remember=remember)
    except AuditorError as err:
        return error_result(name, err, sha256(data))


@st.cache_data(show_spinner=False)
def samples() -> list[vm.Sample]:
    return vm.list_samples(SAMPLES)


def pick_input(key: str, *, label: str = "Label") -> tuple[bytes, str] | None:
    """Photo upload, phone camera, pasted text or a bundled sample → (bytes, name), or None when nothing yet."""
    picked = pick_inputs(key, label=label, several=False)
    return picked[0] if picked else None


def pick_inputs(key: str, *, label: str = "Label", several: bool = True) -> list[tuple[bytes, str]]:
    """Like `pick_input`, but the upload may hold several photos or texts of one product (front, panel, back)."""
    mode = st.radio(f"{label} from", INPUT_MODES, horizontal=True, key=f"{key}_mode")
    if mode == "Photo":
        ups = st.file_uploader(
            "Photo of the Supplement Facts panel, or a .txt label text",
            type=list(vm.UPLOAD_TYPES),
            key=f"{key}_file",
            max_upload_size=vm.MAX_UPLOAD_MB,
            accept_multiple_files=several,
            help=f"JPEG, PNG, WebP or HEIC photos, or a .txt file of the label's text; up to {vm.MAX_UPLOAD_MB} MB."
            + (" Several photos (front, panel, back) are read as one product." if several else ""),
        )
        ups = ups if isinstance(ups, list) else [ups] if ups is not None else []
        return [(up.getvalue(), up.name) for up in ups]
    one = _pick_one(key, mode, label)
    return [one] if one is not None else []


def _pick_one(key: str, mode: str, label: str) -> tuple[bytes, str] | None:
    if mode == "Camera":
        shot = st.camera_input("Take a photo of the Supplement Facts panel", key=f"{key}_camera")
        return (shot.getvalue(), shot.name or "camera.jpg") if shot is not None else None
    if mode == "Paste text":
        text = st.text_area("Label text", key=f"{key}_text", height=180, placeholder="Supplement Facts\nServing Size 2 Capsules\nMagnesium (as magnesium glycinate) 200 mg 48%")
        return (text.encode("utf-8"), f"{label} (pasted).txt") if text.strip() else None
    options = samples()
    pick = st.selectbox("Bundled sample", options, format_func=lambda s: s.label, key=f"{key}_sample", index=None, placeholder="Choose a sample label")
    return (pick.path.read_bytes(), pick.path.name) if pick is not None else None


# -- the verdict, its reasons and the headline numbers -------------------------------------------------------


def verdict_card(r: AuditResult, *, reasons: bool = True) -> vm.VerdictCard | None:
    """The verdict in colour, icon and words (and, unless `reasons=False`, its reasons); the card, or None."""
    card = vm.verdict_card(r)
    if card is None:
        st.error(f"Error: {r.error_message}", icon="❗")
        return None
    show_card(card, reasons=reasons)
    return card


def show_card(card: vm.VerdictCard, *, reasons: bool = True) -> None:
    body = f"#### {card.headline}" + (f"\n{vm.md_text(card.subtitle)}" if card.subtitle else "")
    if reasons and card.reasons:
        body += "\n\n" + "\n".join(f"- {c.markdown}" for c in card.reasons)
    getattr(st, card.kind)(body)
    if reasons:
        notes(card)


def why(card: vm.VerdictCard | None) -> None:
    """The verdict's reasons, each with its references beside it, then the notes."""
    if card is None:
        return
    if card.reasons:
        st.markdown("**Why**\n\n" + "\n".join(f"- {c.markdown}" for c in card.reasons))
    notes(card)


def notes(card: vm.VerdictCard) -> None:
    if card.notes:
        with st.expander(f"Notes ({len(card.notes)}): dose, timing, kidneys, medicines"):
            st.markdown("\n".join(f"- {c.markdown}" for c in card.notes))


def metrics(r: AuditResult) -> None:
    """The headline numbers, two to a row: whole on a 390 px phone and in a narrow desktop column alike."""
    ms = vm.metrics(r)
    if not ms:
        return
    with st.grid(2, min_column_width=140, gap="small"):
        for m in ms:
            st.metric(m.label, m.value, help=m.help or None)


# -- the chart of elemental vs absorbed magnesium ------------------------------------------------------------

_COLOURS = ("#2563eb", "#16a34a")


def band_chart_spec(rows: list[dict]) -> alt.LayerChart:
    """Elemental vs absorbed magnesium a day: a bar from 0 to the estimate, a line over the plausible range, the
    number beside it. The x axis runs past the largest value shown; rows keep their order (A before B)."""
    top = vm.chart_max_mg(rows)
    data = alt.Data(values=[dict(x, zero=0, end=max(x["high"], x["estimate"])) for x in rows])
    y = alt.Y("row:N", title=None, sort=[x["row"] for x in rows], axis=alt.Axis(labelLimit=170, labelFontSize=12))
    x_scale = alt.Scale(domain=[0, top], nice=False, clamp=False)
    colour = alt.Color("measure:N", legend=None, scale=alt.Scale(domain=list(vm.MEASURES), range=list(_COLOURS)))
    tooltip = [alt.Tooltip("row:N", title="measure"), alt.Tooltip("low:Q", title="low mg"),
               alt.Tooltip("estimate:Q", title="estimate mg"), alt.Tooltip("high:Q", title="high mg")]
    base = alt.Chart(data).encode(y=y, tooltip=tooltip)
    bar = base.mark_bar(height=16, opacity=0.55).encode(
        x=alt.X("zero:Q", title="mg of magnesium a day", scale=x_scale, axis=alt.Axis(titleFontSize=12, labelFontSize=11, tickCount=5)),
        x2="estimate:Q", color=colour)
    rng = base.mark_rule(strokeWidth=2, color="#111827").encode(x="low:Q", x2="high:Q")
    ends = base.mark_tick(thickness=2, size=12, color="#111827").encode(x="high:Q")
    starts = base.mark_tick(thickness=2, size=12, color="#111827").encode(x="low:Q")
    text = base.mark_text(align="left", dx=6, fontSize=12).encode(x="end:Q", text="label:N")
    return (bar + rng + starts + ends + text).properties(height=alt.Step(34))


def band_chart(rows: list[dict]) -> None:
    if not rows:
        return
    st.altair_chart(band_chart_spec(rows), width="stretch")


def band_evidence(r: AuditResult) -> None:
    """Under the chart: how to read it, and what the absorbed band rests on (Fine 1991 …) with its references."""
    ev = vm.band_evidence(r)
    st.caption("The bar ends at the estimate; the black line spans the plausible range. Absorbed is an estimate, not a measurement.")
    if ev is not None:
        st.caption(ev.markdown)


# -- checks, references, personal ----------------------------------------------------------------------------


def checks(r: AuditResult) -> None:
    """Label checks as a list: failed first, each message whole (it wraps) with its references."""
    items = vm.check_claims(r)
    if not items:
        st.caption("No checks could be run on this label.")
        return
    st.markdown("\n".join(f"- {mark} · **{name}**: {claim.markdown}" for mark, name, claim in items))


def references(r: AuditResult) -> None:
    body = vm.references_markdown(r)
    if body:
        with st.expander(f"References ({body.count(chr(10)) + 1}): the numbers in brackets beside each claim"):
            st.markdown(body)


def personal(r: AuditResult) -> None:
    rows = vm.personal_rows(r)
    if rows:
        st.markdown("**For you**" if r.personal is not None and not r.personal.defaults_used else "**Limits used**")
        st.table(vm.md_table(rows), hide_index=True, hide_header=True)


def warnings(r: AuditResult, product: ProductResult | None = None) -> None:
    for w in vm.product_warnings(r, product):
        st.warning(vm.md_text(w), icon="⚠️")


def downloads(r: AuditResult, key: str, *, contract: dict | None = None) -> None:
    """The audit as JSON (its contract, or `contract`: a product's, with its inputs) and as a CSV report row."""
    with st.container(horizontal=True):
        st.download_button(
            "Download audit (JSON)", json.dumps(contract or to_dict(r), indent=2, ensure_ascii=False), file_name=vm.download_name(r, "json"),
            mime="application/json", key=f"{key}_json",
        )
        st.download_button("Download audit (CSV)", vm.rows_csv([vm.report_row(r)]), file_name=vm.download_name(r, "csv"), mime="text/csv", key=f"{key}_csv")


# -- the facts editor, and corrections saved to History -------------------------------------------------------


def facts_editor(read: AuditResult, key: str) -> tuple[AuditResult, list[dict], dict | None]:
    """The values read from the label, editable, and what chemistry made of them.

    Returns:
        (the audit with the user's corrections, or `read` itself; the edited source rows; the edited serving row).
    """
    st.subheader("Facts read from the label")
    st.caption("Correct a misread value: the audit is recomputed from your correction.")
    sources0 = vm.source_rows(read)
    serving0 = vm.serving_row(read)
    # Short headers and fixed widths: both editors fit a 390 px phone without scrolling sideways.
    serving1 = st.data_editor(
        [serving0],
        key=f"serving_{key}",
        hide_index=True,
        disabled=["serving"],
        column_config={
            "serving": st.column_config.TextColumn("Serving", help="The serving size as printed", width=130),
            "serving_count": st.column_config.NumberColumn("Units", help="Units (capsules, tablets, scoops) per serving", min_value=0.0, step=0.5, width=90),
            "daily_servings": st.column_config.NumberColumn("Per day", help="Servings a day", min_value=0.5, step=0.5, width=90),
        },
        placeholder="",
    )
    sources1 = (
        st.data_editor(
            sources0,
            key=f"sources_{key}",
            hide_index=True,
            disabled=["source", "label_text"],
            column_order=["source", "form", "declared_mg", "basis", "percent_dv"],  # the label text is in the table below
            column_config={
                "source": st.column_config.NumberColumn("#", help="Source number, as in the table below", width=34),
                "form": st.column_config.SelectboxColumn("Form", options=vm.FORM_CHOICES, required=True, width=92),
                "declared_mg": st.column_config.NumberColumn("mg", help="The amount printed, in mg", min_value=0.0, format="%g", width=70),
                "basis": st.column_config.SelectboxColumn("Basis", options=vm.BASIS_CHOICES, required=True, width=90,
                                                          help="elemental: the amount is magnesium itself; compound: the whole salt"),
                "percent_dv": st.column_config.NumberColumn("%DV", min_value=0, step=1, width=55),
            },
            placeholder="",
        )
        if sources0
        else []
    )
    serving1_row = serving1[0] if serving1 else None
    try:
        result = vm.apply_edits(read, sources0, sources1, serving0, serving1_row)
    except AuditorError as err:
        st.error(err.message, icon="🚫")
        result = read
    computed = vm.computed_rows(result)
    if computed:
        with st.grid(min(len(computed), 3), min_column_width=260, gap="small"):  # side by side on a desktop
            for title, rows in computed:
                with st.container():
                    st.markdown(f"**{title}**")
                    st.table(vm.md_table(rows), hide_index=True, hide_header=True)
    return result, sources1, serving1_row


def save_corrections(entry_id: int | None, sources: list[dict], serving: dict | None, key: str) -> None:
    """A button that saves the editor's values as a new version of the History entry (when they differ from its
    newest version); the library recomputes the audit."""
    if entry_id is None:
        return
    saved_note = st.session_state.pop(f"saved_{entry_id}", None)  # said once, after the rerun that shows the new version
    if saved_note:
        st.success(saved_note, icon="💾")
    try:
        newest = history.get(entry_id)
    except AuditorError:
        return  # deleted meanwhile: nothing to add a version to
    changes = vm.corrections(vm.source_rows(newest.result), sources, vm.serving_row(newest.result), serving)
    if not changes:
        if newest.version > 1 and not saved_note:
            st.caption(f"Saved in History as version {newest.version}.")
        return
    with st.form(f"save_{key}", border=False):
        c1, c2 = st.columns([3, 1], vertical_alignment="bottom")
        note = c1.text_input("Why (optional)", key=f"note_{key}", placeholder="e.g. the amount was misread")
        if c2.form_submit_button(f"Save as version {newest.version + 1}"):
            try:
                saved = history.save_correction(entry_id, changes, note=note)
            except AuditorError as err:
                st.error(err.message, icon="🚫")
            else:
                st.session_state[f"saved_{entry_id}"] = f"Saved in History as version {saved.version}: {vm.correction_words(changes)}."
                st.session_state.pop(f"version_{entry_id}", None)  # History then shows the newest version
                st.rerun()


# -- photos with their boxes ----------------------------------------------------------------------------------


def photo_with_boxes(data: bytes | None, r: AuditResult, name: str, *, caption: str | None = None) -> None:
    """The photo with the boxes of the values used, and the boxes' legend in words; a label text as text."""
    if data is not None and vm.is_image(name):
        try:
            st.image(vm.annotated_photo(data, r, name), caption=caption or name, width="stretch")
        except AuditorError as err:
            st.error(err.message, icon="🚫")
            return
        legend = vm.box_legend(r)
        if legend:
            st.caption("Boxes: " + " · ".join(words for _, words in legend))
    elif r.facts is not None:
        st.caption(caption or f"Label text: {name}")
        st.code(r.facts.text, language=None, wrap_lines=True)


def product_parts(p: ProductResult) -> None:
    """Which photo each value came from, and the photos' disagreements (shown, never hidden)."""
    st.markdown(f"**{vm.md_text(vm.product_caption(p))}**")
    for c in p.conflicts:
        st.warning(vm.md_text(c.message), icon="↔️")
    body = vm.product_markdown(p)
    if body:
        st.markdown("Where each value came from:\n\n" + body)
