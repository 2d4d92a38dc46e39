"""The profile form of the sidebar, kept for the session.

Rendering only: the profile is built, checked and applied by `viewmodel` (over `auditor.profile`).
"""

from __future__ import annotations

import streamlit as st
import viewmodel as vm

from auditor.errors import AuditorError
from auditor.models import Profile

_KEY = "profile"


def profile_form() -> None:
    """Sidebar form: age, sex, pregnancy, kidney disease, medicines, magnesium from other products."""
    with st.sidebar.expander("👤 Your profile (optional)", expanded=False):
        st.caption("Judges the product against your RDA and upper limit, and gives the medicine timings from their labels. Kept for this session only.")
        with st.form("profile_form", border=False):
            age = st.number_input("Age (years)", min_value=0.0, max_value=130.0, value=None, step=1.0, key="profile_age")
            sex = st.selectbox("Sex", vm.SEX_CHOICES, key="profile_sex")
            pregnant = st.checkbox("Pregnant", key="profile_pregnant")
            breastfeeding = st.checkbox("Breastfeeding", key="profile_breastfeeding")
            kidney = st.checkbox("Kidney disease (or eGFR under 30)", key="profile_kidney")
            meds = st.multiselect("Medicines you take", vm.medicine_choices(), key="profile_meds")
            other = st.number_input("Magnesium a day from other products (mg)", min_value=0.0, value=None, step=50.0, key="profile_other")
            saved = st.form_submit_button("Use this profile")
        if saved:
            try:
                st.session_state[_KEY] = vm.profile_from_form(age=age, sex=sex, pregnant=pregnant, breastfeeding=breastfeeding,
                                                                kidney=kidney, medicines=meds, other_mg=other)
            except AuditorError as err:
                st.error(err.message, icon="🚫")
        current = st.session_state.get(_KEY)
        st.caption("Using your profile." if current is not None else "No profile: judged for the label's population, else an adult 19-50.")


def current_profile() -> Profile | None:
    return st.session_state.get(_KEY)
