"""Streamlit pieces shared by the pages: input pickers, the cached audit call, and renderers.

Rendering only: every number, word and row comes from `auditor` (mostly `auditor.view`).
"""

from __future__ import annotations

import json
from pathlib import Path

import altair as alt
import streamlit as st

from auditor import view
from auditor.audit import audit_bytes, error_result, sha256
from auditor.errors import AuditorError
from auditor.models import AuditResult
from auditor.ocr import DEFAULT_ENGINE, ENGINE_CHOICES, preload
from auditor.report import to_dict

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"

DISCLAIMER = (
    "This is an automated reading of a label, not medical advice. Ask a pharmacist or doctor, especially with "
    "kidney disease or if you take antibiotics or bisphosphonates."
)

INPUT_MODES = ("Photo", "Camera", "Paste text", "Sample")


ENGINE_LABELS = {
    "auto": "Automatic (RapidOCR, then Tesseract if needed)",
    "rapidocr": "RapidOCR (PP-OCR)",
    "tesseract": "Tesseract",
}


def engine_choice() -> str:
    """The OCR engine picker (sidebar); the choice is kept for the session."""
    labels = [ENGINE_LABELS[e] for e in ENGINE_CHOICES]
    st.selectbox(
        "OCR engine for photos", labels, index=ENGINE_CHOICES.index(DEFAULT_ENGINE), key="ocr_engine",
        help="Automatic reads with RapidOCR and asks Tesseract too only when RapidOCR's reading does not add up.",
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


def audit_upload(data: bytes, name: str) -> AuditResult:
    """Audit bytes through the cache (instant on reruns); raises AuditorError for a bad file."""
    view.check_upload(data, name)
    engine = selected_engine()
    if view.is_image(name):
        _engines(engine)
    with st.spinner(f"Reading {name} …" if view.is_image(name) else "Reading the label text …"):
        result = _audit_cached(sha256(data), name, engine, data)
    saved = st.session_state.setdefault("saved_to_history", set())
    if result.content_sha256 not in saved:  # once per content and session, not on every rerun
        view.remember(result)
        saved.add(result.content_sha256)
    return result


def audit_or_error(data: bytes, name: str) -> AuditResult | None:
    """Audit, or show the error's message (never a traceback) and return None."""
    try:
        return audit_upload(data, name)
    except AuditorError as err:
        st.error(f"**{name}**: {err.message}", icon="🚫")
        return None


def audit_row(data: bytes, name: str) -> AuditResult:
    """Audit for a table: an error becomes an error row instead of a message."""
    try:
        return audit_upload(data, name)
    except AuditorError as err:
        return error_result(name, err, sha256(data))


@st.cache_data(show_spinner=False)
def samples() -> list[view.Sample]:
    return view.list_samples(SAMPLES)


def pick_input(key: str, *, label: str = "Label") -> tuple[bytes, str] | None:
    """Photo upload, phone camera, pasted text or a bundled sample → (bytes, name), or None when nothing yet."""
    mode = st.radio(f"{label} from", INPUT_MODES, horizontal=True, key=f"{key}_mode")
    if mode == "Photo":
        up = st.file_uploader(
            "Photo of the Supplement Facts panel (JPEG, PNG, WebP, HEIC) or a .txt label text",
            type=list(view.UPLOAD_TYPES),
            key=f"{key}_file",
            max_upload_size=view.MAX_UPLOAD_MB,
        )
        return (up.getvalue(), up.name) if up is not None else None
    if mode == "Camera":
        shot = st.camera_input("Take a photo of the Supplement Facts panel", key=f"{key}_camera")
        return (shot.getvalue(), shot.name or "camera.jpg") if shot is not None else None
    if mode == "Paste text":
        text = st.text_area("Label text", key=f"{key}_text", height=180, placeholder="Supplement Facts\nServing Size 2 Capsules\nMagnesium (as magnesium glycinate) 200 mg 48%")
        return (text.encode("utf-8"), f"{label} (pasted).txt") if text.strip() else None
    options = samples()
    pick = st.selectbox("Bundled sample", options, format_func=lambda s: s.label, key=f"{key}_sample", index=None, placeholder="Choose a sample label")
    return (pick.path.read_bytes(), pick.path.name) if pick is not None else None


def verdict_card(r: AuditResult) -> None:
    """The verdict in colour, icon and words, with its reasons."""
    card = view.verdict_card(r)
    if card is None:
        st.error(f"Error: {r.error_message}", icon="❗")
        return
    show_card(card)


def show_card(card: view.VerdictCard) -> None:
    body = f"### {card.icon} {card.title}\n" + "\n".join(f"- {x}" for x in card.reasons)
    getattr(st, card.kind)(body)
    if card.notes:
        with st.expander("Notes"):
            st.markdown("\n".join(f"- {x}" for x in card.notes))


def metrics(r: AuditResult) -> None:
    ms = view.metrics(r)
    if not ms:
        return
    cols = st.columns(len(ms))
    for col, m in zip(cols, ms):
        col.metric(m.label, m.value, help=m.help or None)


def band_chart(rows: list[dict], *, by_product: bool = False) -> None:
    """Elemental vs absorbed magnesium a day: the range as a bar from low to high, the estimate as a tick."""
    if not rows:
        return
    data = alt.Data(values=rows)
    y = alt.Y("measure:N", title=None, sort=None, axis=alt.Axis(labelLimit=220))
    colour = alt.Color("measure:N", title=None, legend=alt.Legend(orient="bottom"), scale=alt.Scale(range=["#2563eb", "#16a34a"]))
    tooltip = ["product:N", "measure:N", alt.Tooltip("low:Q", title="low mg"), alt.Tooltip("estimate:Q", title="estimate mg"), alt.Tooltip("high:Q", title="high mg")]
    base = alt.Chart(data).encode(y=y, tooltip=tooltip)
    rng = base.mark_bar(height=18, opacity=0.35).encode(x=alt.X("low:Q", title="mg of magnesium a day"), x2="high:Q", color=colour)
    est = base.mark_tick(thickness=3, size=26).encode(x="estimate:Q", color=colour)
    lbl = base.mark_text(align="left", dx=6, fontSize=12).encode(x="high:Q", text=alt.Text("estimate:Q", format=".0f"))
    # one facet row per product (headers hidden for a single product): keeps the two measures on their own rows
    header = alt.Header(labelAngle=0, labelAlign="left", labelFontWeight="bold") if by_product else alt.Header(labels=False)
    chart = (rng + est + lbl).properties(height=90).facet(row=alt.Row("product:N", title=None, header=header))
    st.altair_chart(chart, width="stretch")
    st.caption("Bars run from the low to the high end of each range; the tick and number mark the estimate. Absorbed is an estimate, not a measurement.")


def checks(r: AuditResult) -> None:
    rows = view.check_rows(r)
    if rows:
        st.dataframe(rows, hide_index=True, width="stretch", column_config={"message": st.column_config.TextColumn(width="large")})


def warnings(r: AuditResult) -> None:
    for w in r.warnings:
        st.warning(w, icon="⚠️")


def downloads(r: AuditResult, key: str) -> None:
    c1, c2 = st.columns(2)
    c1.download_button(
        "Download audit (JSON)", json.dumps(to_dict(r), indent=2, ensure_ascii=False), file_name=view.download_name(r, "json"), mime="application/json", key=f"{key}_json"
    )
    c2.download_button("Download audit (CSV)", view.rows_csv([view.report_row(r)]), file_name=view.download_name(r, "csv"), mime="text/csv", key=f"{key}_csv")
