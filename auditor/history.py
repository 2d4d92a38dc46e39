"""History as a log: every scan an entry, corrections as new versions of it, reopened with its photo and boxes.

The functions the CLI (`auditor history`, `auditor show`) and the History page call. Each takes the store to use,
or opens the default one (`$AUDITOR_DB`, …) for the call. SQL lives in store.py; this module turns rows into
typed records and recomputes corrections.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .errors import InputError, StoreNotFoundError
from .models import AuditResult
from .report import to_dict
from .result import from_contract
from .store import (
    MAX_PHOTO_BYTES,
    MAX_PHOTOS_TOTAL_BYTES,
    MIN_PREFIX_CHARS,
    HistoryEntry,
    HistoryInput,
    HistoryVersion,
    NewInput,
    Store,
    pipeline_for,
)

if TYPE_CHECKING:
    from .product import ProductResult

__all__ = [
    "CORRECTION_KEYS",
    "MAX_PHOTOS_TOTAL_BYTES",
    "MAX_PHOTO_BYTES",
    "HistoryEntry",
    "HistoryInput",
    "HistoryRecord",
    "HistoryVersion",
    "delete",
    "find",
    "get",
    "record_product",
    "record_scan",
    "rename",
    "save_correction",
    "search",
]

# what a correction may change: the keyword arguments of auditor.audit.correct
CORRECTION_KEYS = frozenset({"source_index", "form", "declared_mg", "basis", "percent_dv", "serving_count", "daily_servings"})


@dataclass(frozen=True)
class HistoryRecord:
    """One entry reopened: the version asked for (the newest by default) with everything needed to show it again."""

    entry: HistoryEntry
    version: int
    versions: tuple[HistoryVersion, ...]  # oldest first
    contract: dict  # the stored JSON contract of this version
    result: AuditResult  # that contract as the typed record, with the label text and the OCR word boxes
    inputs: tuple[HistoryInput, ...]
    product: ProductResult | None = None  # a product of several photos: each input's own audit and provenance

    def photo(self, position: int = 0) -> bytes | None:
        """The stored copy of input `position`'s photo; None for a label text or when no copy was kept."""
        return self.inputs[position].photo() if 0 <= position < len(self.inputs) else None

    @property
    def corrections(self) -> tuple[dict, ...]:
        return self.versions[self.version - 1].corrections if self.versions else ()


@contextlib.contextmanager
def _opened(store: Store | None) -> Iterator[Store]:
    if store is not None:
        yield store
        return
    with Store() as s:
        yield s


def record_scan(result: AuditResult, *, photo: bytes | None = None, name: str | None = None, path: str | None = None,
                engine: str = "auto", store: Store | None = None) -> HistoryEntry | None:
    """Log one audit (fresh from a scan) as a new History entry, with a copy of its photo.

    Args:
        result: the audit; a profile on it is dropped (History judges for whoever looks).
        photo: the photo's bytes (kept up to MAX_PHOTO_BYTES); None for a label text.
        name: what History calls it (default: the file name).
        path: where the file was, if it was a file.
        engine: the OCR engine choice the photo was read with.

    Returns:
        The new entry; None for an error result (errors are not logged).

    Raises:
        ReportWriteError: the store or the photo copy cannot be written.
    """
    with _opened(store) as s:
        entry_id = s.record(result, photo=photo, name=name, path=path, engine=engine)
        return None if entry_id is None else s.entry(entry_id)


def record_product(product: ProductResult, *, photos: Sequence[bytes | None] = (), name: str | None = None,
                   paths: Sequence[str | None] = (), engine: str = "auto", store: Store | None = None) -> HistoryEntry:
    """Log a product of several photos or texts as one History entry (its inputs in order, with their photos).

    Args:
        product: `auditor.product.audit_product(...)`.
        photos: each input's photo bytes (None for a text), in the product's order.
        paths: each input's file path, when it came from a file.
    """
    import json

    from .product import PRODUCT_RULES_VERSION
    from .product import to_dict as product_dict
    from .result import words_to_json

    inputs = []
    for i, r in enumerate(product.inputs):
        photo = photos[i] if i < len(photos) else None
        inputs.append(NewInput(
            name=product.names[i], kind="photo" if r.ocr is not None or photo is not None else "text",
            path=paths[i] if i < len(paths) else None, sha256=r.content_sha256,
            text=r.facts.text if r.facts is not None else None,
            words_json=json.dumps(words_to_json(r.ocr.words)) if r.ocr is not None else None, photo=photo,
        ))
    with _opened(store) as s:
        # the pipeline of its photos (a photo's key names the OCR engines), or of label texts
        first_photo = next((n for n, i in zip(product.names, inputs) if i.kind == "photo"), "label.txt")
        pipeline = f"{pipeline_for(first_photo, s, engine)}; product {PRODUCT_RULES_VERSION}"
        entry_id = s.log(product_dict(product), kind="product", name=name or product.name, pipeline=pipeline,
                         inputs=inputs, sha256=product.sha256, engine=engine)
        return s.entry(entry_id)


def search(query: str = "", *, limit: int = 50, offset: int = 0, store: Store | None = None) -> list[HistoryEntry]:
    """Entries newest first; every word of `query` must match the name, path, form, verdict, status or label text."""
    with _opened(store) as s:
        return s.entries(query, limit=limit, offset=offset)


def get(entry_id: int, *, version: int | None = None, store: Store | None = None) -> HistoryRecord:
    """Reopen an entry at one version (the newest by default).

    Raises:
        StoreNotFoundError: no such entry or version.
    """
    with _opened(store) as s:
        entry = s.entry(entry_id)
        number, contract = s.entry_contract(entry_id, version)
        versions = tuple(s.entry_versions(entry_id))
        inputs = tuple(s.entry_inputs(entry_id))
    product = None
    if entry.kind == "product":
        from .product import from_contract as product_from_contract

        product = product_from_contract(contract, texts=[i.text for i in inputs], words=[i.words for i in inputs])
        result = product.result
    else:
        first = inputs[0] if inputs else None
        result = from_contract(contract, text=first.text if first else None, words=first.words if first else ())
    return HistoryRecord(entry, number, versions, contract, result, inputs, product)


def find(ref: str, *, version: int | None = None, store: Store | None = None) -> HistoryRecord:
    """An entry by id ("12"), or the newest entry of a content by sha256 prefix (6+ hex characters).

    Raises:
        StoreNotFoundError: no entry has that id or hash.
    """
    key = ref.strip().lower()
    with _opened(store) as s:
        if key.isdigit():
            with contextlib.suppress(StoreNotFoundError):
                return get(int(key), version=version, store=s)
        if len(key) < MIN_PREFIX_CHARS or any(c not in "0123456789abcdef" for c in key):
            raise StoreNotFoundError(
                f"{ref!r} is neither an audit id, a file, nor a sha256 prefix of at least {MIN_PREFIX_CHARS} hex characters; "
                "run `auditor history` to see them"
            )
        entry = s.entry_by_sha(key)
        if entry is None:
            raise StoreNotFoundError(f"no stored audit has a sha256 starting with {key}; run `auditor history` to list them")
        return get(entry.id, version=version, store=s)


def _check_corrections(corrections: Sequence[Mapping]) -> list[dict]:
    out = []
    for c in corrections:
        if not isinstance(c, Mapping) or not c:
            raise InputError(f"a correction is a mapping of {', '.join(sorted(CORRECTION_KEYS))} to new values, not {c!r}")
        unknown = set(c) - CORRECTION_KEYS
        if unknown:
            raise InputError(f"cannot correct {', '.join(sorted(unknown))}; a correction may change {', '.join(sorted(CORRECTION_KEYS))}")
        out.append(dict(c))
    return out


def save_correction(entry_id: int, corrections: Sequence[Mapping], *, note: str = "", store: Store | None = None) -> HistoryRecord:
    """Save a user's corrections as a new version of an entry, recomputed by the library.

    The stored label text (or OCR text) is read again, the corrections of the newest version are applied and then
    these, in order (`auditor.audit.correct`), and the audit is recomputed (`audit_facts`; a product is merged again
    first). The chain of versions is kept; `get` shows the newest.

    Args:
        entry_id: the entry.
        corrections: each a mapping of `auditor.audit.correct` keyword arguments, relative to the newest version,
            e.g. `{"source_index": 0, "declared_mg": 250}` or `{"daily_servings": 2}`.
        note: why (shown with the version).

    Returns:
        The entry at its new version.

    Raises:
        InputError: an unknown field, an impossible value (negative mg, no such source), or an audit stored
            without its label text (before the store kept it).
        StoreNotFoundError: no such entry.
    """
    from .audit import audit_facts, correct

    new = _check_corrections(corrections)
    if not new:
        raise InputError("there is nothing to correct: give at least one change")
    with _opened(store) as s:
        rec = get(entry_id, store=s)
        if any(i.text is None for i in rec.inputs):
            raise InputError("this audit was stored before the store kept label texts, so it cannot be recomputed; "
                             "scan the label again and correct the new audit")
        chain = [*rec.versions[-1].corrections, *new]
        if rec.product is not None:
            from .product import audit_product
            from .product import to_dict as product_dict

            again = audit_product(_reread_all(rec), name=rec.product.name, names=rec.product.names, corrections=chain)
            contract = product_dict(again)
        else:
            facts = _reread(rec.inputs[0], rec.result)
            for c in chain:
                facts = correct(facts, **c)
            r = audit_facts(facts, input_name=rec.result.input, ocr=rec.result.ocr, content_sha256=rec.result.content_sha256)
            contract = to_dict(r)
        s.add_version(entry_id, contract, corrections=chain, note=note)
        return get(entry_id, store=s)


def _reread(inp: HistoryInput, shown: AuditResult):
    """The facts of an input as the parser reads its stored text today."""
    from .audit import audit_text

    return audit_text(inp.text, input_name=shown.input, ocr=shown.ocr).facts


def _reread_all(rec: HistoryRecord) -> list[AuditResult]:
    from .audit import audit_text

    assert rec.product is not None
    return [audit_text(i.text, input_name=r.input, ocr=r.ocr, content_sha256=r.content_sha256) if r.facts is not None else r
            for i, r in zip(rec.inputs, rec.product.inputs)]


def rename(entry_id: int, name: str, *, store: Store | None = None) -> HistoryEntry:
    """Give an entry a new name. Raises: InputError (empty or over 200 characters), StoreNotFoundError."""
    with _opened(store) as s:
        return s.rename(entry_id, name)


def delete(entry_id: int, *, store: Store | None = None) -> None:
    """Delete an entry: all its versions, its inputs and their photo copies (unless another entry uses the same
    photo), and its cached results. Raises: StoreNotFoundError."""
    with _opened(store) as s:
        s.delete_entry(entry_id)
