"""Batch page: many label files at once → one row per file (errors are rows), counts by status and verdict, and
the report in the formats of `auditor batch --out` (CSV, JSON Lines, JSON, Markdown)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # ui/ (uikit, viewmodel) when this page runs on its own

import streamlit as st  # noqa: E402
import uikit  # noqa: E402
import viewmodel as vm  # noqa: E402

st.title("🗂️ Batch audit")
uikit.disclaimer()
files = st.file_uploader(
    "Label photos or .txt label texts",
    type=list(vm.UPLOAD_TYPES),
    accept_multiple_files=True,
    key="batch_files",
    max_upload_size=vm.MAX_UPLOAD_MB,
)
if not files:
    st.info("Drop several label photos or texts here; each one becomes a row of the report, and a bad file becomes an error row.")
    st.stop()

bar = st.progress(0.0, text="Auditing …")
rows = []
for i, up in enumerate(files, start=1):
    bar.progress((i - 1) / len(files), text=f"Auditing {up.name} ({i} of {len(files)}) …")
    rows.append(vm.report_row(uikit.audit_row(up.getvalue(), up.name)))
bar.progress(1.0, text=f"Done: {len(rows)} file(s).")

summary = vm.batch_summary(rows)
st.markdown(f"**{vm.md_text(summary.sentence)}**")

# The verdict sits right after the file name so it is in view without scrolling sideways; the rest follows.
st.dataframe(
    [vm.table_row(r) for r in rows],
    hide_index=True,
    width="stretch",
    placeholder="",
    column_config={
        "File": st.column_config.TextColumn(width=vm.BATCH_WIDTHS["File"], pinned=True),
        "Sleep verdict": st.column_config.TextColumn(width=vm.BATCH_WIDTHS["Sleep verdict"]),
        "Status": st.column_config.TextColumn(width=vm.BATCH_WIDTHS["Status"]),
        "Why": st.column_config.TextColumn(width="large"),
        "Problem": st.column_config.TextColumn(width="large"),
    },
)
with st.container(horizontal=True):
    for fmt, words, mime in vm.REPORT_FORMATS:
        st.download_button(f"Download report ({words})", vm.render_rows(rows, fmt), file_name=f"report.{fmt}", mime=mime, key=f"batch_{fmt}")
