"""Scan page: one label (photo, camera, pasted text or sample), or several photos of one product → the verdict and
headline numbers first, then their evidence, the photos with their boxes, and the facts you can correct."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # ui/ (uikit, viewmodel) when this page runs on its own

import profilekit  # noqa: E402
import streamlit as st  # noqa: E402
import uikit  # noqa: E402
import viewmodel as vm  # noqa: E402

from auditor.product import to_dict as product_contract  # noqa: E402

st.title("🔍 Scan a magnesium label")
picked = uikit.pick_inputs("scan")
if not picked:
    st.info("Upload a photo of the Supplement Facts panel, take one with your phone, paste the label text, or pick a "
            "sample. Several photos of one bottle (front, panel, back) are read as one product.")
    uikit.disclaimer()
    st.stop()

product = None
if len(picked) == 1:
    data, name = picked[0]
    read = uikit.audit_or_error(data, name)
    if read is None:
        uikit.disclaimer()
        st.stop()
    read = vm.personalise(read, profilekit.current_profile())  # the sidebar profile (no new OCR)
    entry_key = ("scan", read.content_sha256, uikit.selected_engine())
else:
    product = uikit.audit_product(picked)
    if product is None:
        uikit.disclaimer()
        st.stop()
    read = product.result
    entry_key = ("product", product.sha256, uikit.selected_engine())

# On a phone the columns stack: the verdict column comes first, the photo after it.
main_col, photo_col = st.columns([3, 2], gap="large")
with main_col:
    head = st.container()
checks_slot = st.container()

# The facts editor runs before the verdict is drawn because the corrected result feeds everything above it.
key = (read.content_sha256 or "text")[:16]
result, sources1, serving1 = uikit.facts_editor(read, key)
uikit.save_corrections(uikit.history_entry_id(entry_key), sources1, serving1, key)

with head:
    if result is not read:
        st.info("Showing the audit with your corrections.", icon="✏️")
    card = uikit.verdict_card(result, reasons=False)
    uikit.metrics(result)
    uikit.why(card)
    uikit.disclaimer()
    uikit.band_chart(vm.band_rows(result))
    uikit.band_evidence(result)
    uikit.personal(result)

with photo_col:
    st.caption(vm.kind_caption(result))
    if product is None:
        uikit.photo_with_boxes(data, result, name)
    else:
        for i, ((data_i, name_i), r_i) in enumerate(zip(picked, product.inputs), start=1):
            uikit.photo_with_boxes(data_i, r_i, name_i, caption=f"{i}. {name_i}")

with checks_slot:
    if product is not None:
        uikit.product_parts(product)
    uikit.warnings(result, product)
    st.subheader("Label checks")
    uikit.checks(result)

uikit.references(result)
with st.expander("Where each fact was read"):
    where = vm.provenance_markdown(result)
    if where:
        st.markdown(where)
    if result.ocr is not None:
        st.caption(f"OCR text ({result.ocr.engine} {result.ocr.engine_version}, {result.ocr.seconds:.1f} s)")
        st.code(result.ocr.text, language=None, wrap_lines=True)

uikit.downloads(result, "scan", contract=product_contract(product) if product is not None and result is read else None)
