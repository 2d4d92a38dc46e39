"""History page: past audits from the audit store (`auditor batch` and `auditor scan` save them); reopen one."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # ui/ (uikit) when this page runs on its own

import streamlit as st  # noqa: E402
import uikit  # noqa: E402

from auditor import view  # noqa: E402
from auditor.errors import AuditorError  # noqa: E402
from auditor.store import Store  # noqa: E402

st.title("🕘 History")
try:
    with Store() as store:
        audits = store.history(limit=200)
        db_path = store.path
except AuditorError as err:
    st.error(err.message, icon="🚫")
    st.stop()

st.caption(f"Audit store: {db_path}")
if not audits:
    st.info("No stored audits yet. Run `auditor batch FOLDER` to audit a folder of labels; the results appear here.")
    st.stop()

rows = view.history_rows(audits)
st.dataframe(rows, hide_index=True, width="stretch")
index = st.selectbox(
    "Reopen an audit", range(len(audits)), format_func=lambda i: f"{rows[i]['file']} · {rows[i]['audited']} · {rows[i]['verdict']}", key="history_pick"
)
if index is not None:
    pick = audits[index]
    card = view.stored_card(pick.result)
    if card is not None:
        uikit.show_card(card)
    st.table(view.stored_rows(pick.result), hide_index=True)
    with st.expander("The stored audit (JSON)"):
        st.json(pick.result, expanded=False)
    st.download_button(
        "Download audit (JSON)", json.dumps(pick.result, indent=2, ensure_ascii=False), file_name=f"{pick.sha256[:12]}.audit.json",
        mime="application/json", key="history_json",
    )
