"""Compare page: two labels side by side, elemental vs absorbed magnesium, cost per absorbed mg, one-line conclusion."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # ui/ (uikit) when this page runs on its own

import streamlit as st  # noqa: E402
import profilekit  # noqa: E402
import uikit  # noqa: E402

from auditor import view  # noqa: E402
from auditor.errors import AuditorError  # noqa: E402

st.title("⚖️ Compare two labels")

results, prices, counts = [], [], []
for col, key, title in zip(st.columns(2, gap="large"), ("a", "b"), ("Product A", "Product B")):
    with col:
        st.subheader(title)
        picked = uikit.pick_input(f"cmp_{key}", label=title)
        c1, c2 = st.columns(2)
        prices.append(c1.number_input("Price per bottle, $ (optional)", min_value=0.01, value=None, step=1.0, key=f"cmp_{key}_price"))
        counts.append(c2.number_input("Count per bottle (capsules, tablets…)", min_value=1, value=None, step=10, key=f"cmp_{key}_count"))
        result = uikit.audit_or_error(*picked) if picked is not None else None
        if result is not None:
            result = view.personalise(result, profilekit.current_profile())  # the sidebar profile, if any
        if result is not None:
            uikit.verdict_card(result)
        results.append(result)

if not all(results):
    st.info("Choose a label for both products to compare them.")
    st.stop()

a, b = results
try:
    comparison = view.compare_audits(a, b, price_a=prices[0], count_a=counts[0], price_b=prices[1], count_b=counts[1])
except AuditorError as err:
    st.error(err.message, icon="🚫")
    st.stop()

st.divider()
st.subheader("Conclusion")
alert = st.success if comparison.better else st.info
alert(f"**{comparison.conclusion}**", icon="⚖️")
st.table(view.compare_rows(comparison), hide_index=True)
uikit.band_chart(view.band_rows(a, comparison.a.name) + view.band_rows(b, comparison.b.name), by_product=True)
