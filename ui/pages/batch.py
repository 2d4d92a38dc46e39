"""Batch page: many label files at once → one row per file (errors are rows), with a CSV download."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # ui/ (uikit) when this page runs on its own

import streamlit as st  # noqa: E402
import uikit  # noqa: E402

from auditor import view  # noqa: E402

st.title("🗂️ Batch audit")
files = st.file_uploader(
    "Label photos or .txt label texts",
    type=list(view.UPLOAD_TYPES),
    accept_multiple_files=True,
    key="batch_files",
    max_upload_size=view.MAX_UPLOAD_MB,
)
if not files:
    st.info("Drop several label photos or texts here; each one becomes a row of the report, and a bad file becomes an error row.")
    st.stop()

bar = st.progress(0.0, text="Auditing …")
rows = []
for i, up in enumerate(files, start=1):
    bar.progress((i - 1) / len(files), text=f"Auditing {up.name} ({i} of {len(files)}) …")
    rows.append(view.report_row(uikit.audit_row(up.getvalue(), up.name)))
bar.progress(1.0, text=f"Done: {len(rows)} file(s).")

st.dataframe([view.table_row(r) for r in rows], hide_index=True, width="stretch")
st.download_button("Download report (CSV)", view.rows_csv(rows), file_name="report.csv", mime="text/csv", key="batch_csv")
