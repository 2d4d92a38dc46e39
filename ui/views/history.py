"""History page: every scan an entry of a log (time, name, verdict); search, rename, delete; an entry reopened
shows its photo with boxes, checks and references, its JSON, and takes corrections as a new version."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # ui/ (uikit, viewmodel) when this page runs on its own

import profilekit  # noqa: E402
import streamlit as st  # noqa: E402
import uikit  # noqa: E402
import viewmodel as vm  # noqa: E402

from auditor import history  # noqa: E402
from auditor.errors import AuditorError  # noqa: E402

LOG_LIMIT = 50  # entries per screen; the search reaches the rest
OPEN = "history_open"  # session key: the id of the entry shown, or None for the log

st.title("🕘 History")
uikit.disclaimer()


def _open(entry_id: int | None) -> None:
    st.session_state[OPEN] = entry_id


def show_log() -> None:
    query = st.text_input("Search", key="history_query", placeholder="name, form, verdict or words on the label",
                          help="Every word must match the name, file, form, verdict or the label's text.")
    try:
        entries = history.search(query, limit=LOG_LIMIT + 1)
    except AuditorError as err:
        st.error(err.message, icon="🚫")
        return
    if not entries:
        st.info("No match. Clear the search to see every entry." if query.strip() else
                "No scans yet. Every label you scan on the Scan page (or audit with `auditor scan`) becomes an entry here.")
        return
    more = len(entries) > LOG_LIMIT
    st.caption(f"{min(len(entries), LOG_LIMIT)} entr{'y' if len(entries) == 1 else 'ies'}, newest first"
               + (f"; only the newest {LOG_LIMIT}: search to find older ones" if more else ""))
    for e in entries[:LOG_LIMIT]:
        line = vm.log_line(e)
        with st.container(border=True):
            # wrap=False: the Open button stays beside its entry on a phone
            c1, c2 = st.columns([5, 1], vertical_alignment="center", wrap=False)
            c1.markdown(f"**{vm.md_text(line.title)}**  \n:small[{vm.md_text(line.details)}]")
            c2.button("Open", key=f"open_{e.id}", on_click=_open, args=(e.id,))


def show_entry(entry_id: int) -> None:
    st.button("← All entries", on_click=_open, args=(None,), key="history_back")
    try:
        newest = history.get(entry_id)
    except AuditorError as err:
        st.error(err.message, icon="🚫")
        return
    versions = newest.versions
    version = newest.version
    if len(versions) > 1:
        version = st.selectbox("Version", [v.number for v in reversed(versions)], key=f"version_{entry_id}",
                               format_func=lambda n: vm.version_label(versions[n - 1]))
    rec = newest if version == newest.version else history.get(entry_id, version=version)
    e = rec.entry
    st.subheader(e.name)
    st.caption(" · ".join(p for p in (f"scanned {vm.when_text(e.created_at)}", e.path or "", f"engine {e.engine}" if e.engine else "") if p))
    if rec.corrections:
        st.caption("Corrections in this version: " + vm.correction_words(rec.corrections))

    result = vm.personalise(rec.result, profilekit.current_profile())  # History keeps audits without a person
    main_col, photo_col = st.columns([3, 2], gap="large")
    with main_col:
        card = uikit.verdict_card(result, reasons=False)
        uikit.metrics(result)
        uikit.why(card)
        uikit.band_chart(vm.band_rows(result))
        uikit.band_evidence(result)
        uikit.personal(result)
    with photo_col:
        for i, inp in enumerate(rec.inputs):
            shown = rec.product.inputs[i] if rec.product is not None else result
            data = rec.photo(i)
            if inp.kind == "photo" and data is None:
                st.caption(f"{i + 1}. {inp.name}: no copy of the photo was kept ({inp.photo_note or 'stored before History kept photos'}).")
                continue
            uikit.photo_with_boxes(data, shown, inp.name, caption=f"{i + 1}. {inp.name}" if len(rec.inputs) > 1 else inp.name)
    if rec.product is not None:
        uikit.product_parts(rec.product)
    uikit.warnings(result, rec.product)
    st.subheader("Label checks")
    uikit.checks(result)
    uikit.references(result)

    if version == newest.version:
        corrected, sources1, serving1 = uikit.facts_editor(result, f"h{entry_id}v{version}")
        uikit.save_corrections(entry_id, sources1, serving1, f"h{entry_id}v{version}")
        if corrected is not result:
            st.info("The editor shows your change; save it to keep it as a new version.", icon="✏️")
    else:
        st.caption(f"Corrections go on the newest version ({newest.version}).")

    st.subheader("The stored audit (JSON)")
    st.download_button("Download audit (JSON)", json.dumps(rec.contract, indent=2, ensure_ascii=False),
                       file_name=f"{Path(e.name).stem or 'audit'}.v{rec.version}.audit.json", mime="application/json",
                       key=f"history_json_{entry_id}_{rec.version}")
    with st.container(height=420):  # the JSON open to two levels, in a scroll box of its own
        st.json(rec.contract, expanded=2)

    st.divider()
    manage_entry(e)


def manage_entry(e) -> None:
    with st.form(f"rename_{e.id}", border=False):
        c1, c2 = st.columns([3, 1], vertical_alignment="bottom")
        new_name = c1.text_input("Name", value=e.name, key=f"name_{e.id}")
        if c2.form_submit_button("Rename"):
            try:
                history.rename(e.id, new_name)
            except AuditorError as err:
                st.error(err.message, icon="🚫")
            else:
                st.rerun()
    with st.popover("Delete this entry", icon="🗑️"):
        st.caption("Deletes the entry, all its versions and its photo copies. This cannot be undone.")
        if st.button("Delete for good", key=f"delete_{e.id}", type="primary"):
            try:
                history.delete(e.id)
            except AuditorError as err:
                st.error(err.message, icon="🚫")
            else:
                _open(None)
                st.rerun()


opened = st.session_state.get(OPEN)
if opened is None:
    show_log()
else:
    show_entry(opened)
