"""auditor web app: the multipage entry (`auditor ui`, or `python -m streamlit run ui/app.py`)."""

import sys
from importlib.util import find_spec
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # ui/ (uikit) for every page

import streamlit as st  # noqa: E402
import uikit  # noqa: E402
import profilekit  # noqa: E402

st.set_page_config(page_title="Magnesium label auditor", page_icon="💊", layout="wide")

# not "pages/": on a fresh server Streamlit would serve a deep link (/history) from that folder bare, without
# this entry (no wide layout, no sidebar profile)
VIEWS = Path(__file__).resolve().parent / "views"
pages = [
    st.Page(VIEWS / "scan.py", title="Scan", icon="🔍", default=True),
    st.Page(VIEWS / "compare.py", title="Compare", icon="⚖️"),
    st.Page(VIEWS / "batch.py", title="Batch", icon="🗂️"),
]
if find_spec("auditor.store") is not None and (VIEWS / "history.py").is_file():
    pages.append(st.Page(VIEWS / "history.py", title="History", icon="🕘"))

nav = st.navigation(pages)
with st.sidebar:
    st.markdown("**Magnesium label auditor**")
    st.caption("Reads a supplement label: elemental magnesium, absorbed estimate, label checks, sleep verdict.")
    profilekit.profile_form()
    uikit.engine_choice()
nav.run()
