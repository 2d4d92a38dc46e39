"""Compare page: two labels side by side (A before B everywhere), elemental vs absorbed magnesium, cost per
absorbed mg, and the conclusion as the compare logic reports it ("no clear difference" included)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # ui/ (uikit, viewmodel) when this page runs on its own

import streamlit as st  # noqa: E402
import profilekit  # noqa: E402
import uikit  # noqa: E402
import viewmodel as vm  # noqa: E402

from auditor.errors import AuditorError  # noqa: E402

st.title("⚖️ Compare two labels")

results, prices, counts = [], [], []
for col, key, title in zip(st.columns(2, gap="large"), ("a", "b"), ("Product A", "Product B")):
    with col:
        st.subheader(title)
        picked = uikit.pick_input(f"cmp_{key}", label=title)
        c1, c2 = st.columns(2)
        prices.append(c1.number_input("Price per bottle, $", min_value=0.01, value=None, step=1.0, key=f"cmp_{key}_price", help="Optional: for the cost per absorbed mg"))
        counts.append(c2.number_input("Units per bottle", min_value=1, value=None, step=10, key=f"cmp_{key}_count", help="Capsules, tablets or scoops in the bottle"))
        result = uikit.audit_or_error(*picked) if picked is not None else None
        if result is not None:
            result = vm.personalise(result, profilekit.current_profile())  # the sidebar profile, if any
            uikit.verdict_card(result)
        results.append(result)

if not all(results):
    st.info("Choose a label for both products to compare them.")
    uikit.disclaimer()
    st.stop()

a, b = results
try:
    comparison = vm.compare_audits(a, b, price_a=prices[0], count_a=counts[0], price_b=prices[1], count_b=counts[1])
except AuditorError as err:
    st.error(err.message, icon="🚫")
    st.stop()

st.divider()
st.subheader("Conclusion")
headline = vm.compare_headline(comparison)
getattr(st, headline.kind)(f"**{vm.md_text(headline.text)}**", icon="⚖️")
if headline.hint:
    st.caption(headline.hint)
uikit.disclaimer()
st.table(vm.md_table(vm.compare_rows(comparison)), hide_index=True)
uikit.band_chart(vm.band_rows(a, "A") + vm.band_rows(b, "B"))
uikit.band_evidence(a)
