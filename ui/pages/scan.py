"""Scan page: one label (photo, camera, pasted text or sample) → facts you can correct, verdict, absorbed band."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # ui/ (uikit) when this page runs on its own

import streamlit as st  # noqa: E402
import profilekit  # noqa: E402
import uikit  # noqa: E402

from auditor import view  # noqa: E402
from auditor.errors import AuditorError  # noqa: E402

st.title("🔍 Scan a magnesium label")
picked = uikit.pick_input("scan")
if picked is None:
    st.info("Upload a photo of the Supplement Facts panel, take one with your phone, paste the label text, or pick a sample.")
    st.stop()

data, name = picked
read = uikit.audit_or_error(data, name)
if read is None:
    st.stop()
read = view.personalise(read, profilekit.current_profile())  # the sidebar profile (no new OCR)

photo_col, result_col = st.columns([2, 3], gap="large")

# The facts editor comes first in the script because the corrected result feeds everything shown above it.
with result_col:
    verdict_slot = st.container()
    metric_slot = st.container()
    st.subheader("Facts read from the label")
    st.caption("Correct a misread value: the audit is recomputed from your correction.")
    key = read.content_sha256[:16] if read.content_sha256 else "text"
    sources0 = view.source_rows(read)
    serving0 = view.serving_row(read)
    serving1 = st.data_editor(
        [serving0],
        key=f"serving_{key}",
        hide_index=True,
        disabled=["serving"],
        column_config={
            "serving": st.column_config.TextColumn("Serving (as printed)"),
            "serving_count": st.column_config.NumberColumn("Units per serving", min_value=0.0, step=0.5),
            "daily_servings": st.column_config.NumberColumn("Servings a day", min_value=0.5, step=0.5),
        },
    )
    sources1 = (
        st.data_editor(
            sources0,
            key=f"sources_{key}",
            hide_index=True,
            disabled=["source", "label_text"],
            column_config={
                "source": st.column_config.NumberColumn("#", width="small"),
                "label_text": st.column_config.TextColumn("On the label"),
                "form": st.column_config.SelectboxColumn("Form", options=view.FORM_CHOICES, required=True),
                "declared_mg": st.column_config.NumberColumn("Declared mg", min_value=0.0, format="%g"),
                "basis": st.column_config.SelectboxColumn("Basis", options=view.BASIS_CHOICES, required=True, help="elemental: the amount is magnesium itself; compound: the whole salt"),
                "percent_dv": st.column_config.NumberColumn("%DV", min_value=0, step=1),
            },
        )
        if sources0
        else []
    )
    try:
        result = view.apply_edits(read, sources0, sources1, serving0, serving1[0] if serving1 else None)
    except AuditorError as err:
        st.error(err.message, icon="🚫")
        result = read
    if result is not read:
        st.info("Showing the audit with your corrections.", icon="✏️")
    computed = view.computed_rows(result)
    if computed:
        st.dataframe(
            computed,
            hide_index=True,
            width="stretch",
            column_config={
                "source": st.column_config.NumberColumn("#", width="small"),
                "forms": "Forms",
                "declared": "Declared",
                "elemental_mg": st.column_config.NumberColumn("Elemental mg", format="%.1f"),
                "elemental_range": "Range over hydrates",
                "why": st.column_config.TextColumn("Why this basis", width="large"),
            },
        )

with verdict_slot:
    st.caption(view.kind_caption(result))
    uikit.verdict_card(result)
with metric_slot:
    uikit.metrics(result)
    uikit.band_chart(view.band_rows(result, result.input))
    if view.band_caption(result):
        st.caption(view.band_caption(result))
    profilekit.personal(result)

with photo_col:
    if view.is_image(name):
        try:
            st.image(view.annotated_photo(data, result, name), caption=name, width="stretch")
            legend = view.box_legend(result)
            if legend:
                st.caption("Boxes: " + " · ".join(words for _, words in legend))
        except AuditorError as err:
            st.error(err.message, icon="🚫")
    else:
        st.caption(f"Label text: {name}")
        st.code(result.facts.text if result.facts else "", language=None, wrap_lines=True)

uikit.warnings(result)
st.subheader("Label checks")
uikit.checks(result)
if not result.checks:
    st.caption("No checks could be run on this label.")

profilekit.references(result)

with st.expander("Where each fact was read"):
    st.dataframe(view.provenance_rows(result), hide_index=True, width="stretch")
    if result.ocr is not None:
        st.caption(f"OCR text ({result.ocr.engine} {result.ocr.engine_version}, {result.ocr.seconds:.1f} s)")
        st.code(result.ocr.text, language=None, wrap_lines=True)

uikit.downloads(result, "scan")
