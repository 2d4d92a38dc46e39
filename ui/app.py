"""auditor web app: the multipage entry (`auditor ui`, or `python -m streamlit run ui/app.py`)."""

import sys
from importlib.util import find_spec
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # ui/ (uikit) for every page

import streamlit as st  # noqa: E402
import uikit  # noqa: E402
import profilekit  # noqa: E402

st.set_page_config(page_title="Magnesium label auditor", page_icon="💊", layout="wide")

PAGES = Path(__file__).resolve().parent / "pages"
pages = [
    st.Page(PAGES / "scan.py", title="Scan", icon="🔍", default=True),
    st.Page(PAGES / "compare.py", title="Compare", icon="⚖️"),
    st.Page(PAGES / "batch.py", title="Batch", icon="🗂️"),
]
if find_spec("auditor.store") is not None and (PAGES / "history.py").is_file():
    pages.append(st.Page(PAGES / "history.py", title="History", icon="🕘"))

nav = st.navigation(pages)
with st.sidebar:
    st.markdown("**Magnesium label auditor**")
    st.caption("Reads a supplement label: elemental magnesium, absorbed estimate, label checks, sleep verdict.")
    st.info(uikit.DISCLAIMER, icon="🩺")
    profilekit.profile_form()
    uikit.engine_choice()
nav.run()
