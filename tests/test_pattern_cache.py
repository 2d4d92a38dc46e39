"""The compiled patterns kept on disk between processes (auditor/parse/pattern_cache.py): a second process reads
the very patterns the first compiled; a file it should not trust, a damaged one or an unwritable folder only costs
the compilation."""

from __future__ import annotations

import dataclasses
import os
import pickle
import subprocess
import sys

import pytest
import regex

from auditor.parse import lexicon as lx
from auditor.parse import pattern_cache as pc


def _same(a, b) -> bool:
    if isinstance(a, regex.Pattern):
        return a.pattern == b.pattern and a.flags == b.flags
    if isinstance(a, tuple):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return a == b and type(a) is type(b)


def _equal_patterns(a: lx.Patterns, b: lx.Patterns) -> bool:
    return all(_same(getattr(a, f.name), getattr(b, f.name)) for f in dataclasses.fields(lx.Patterns))


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("AUDITOR_CACHE_DIR", str(folder))
    return folder


def _fresh_process(folder) -> str:
    env = {**os.environ, "AUDITOR_CACHE_DIR": str(folder)}
    code = ("from auditor.parse import lexicon as lx; p = lx.patterns(); "
            "print(p.amount.search('Magnesium (as citrate) 200 mg').group(0))")
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout.strip()


def test_a_second_process_reads_the_patterns_the_first_compiled(cache):
    assert _fresh_process(cache) == "200 mg"
    files = list(cache.glob("patterns-*.pickle"))
    assert len(files) == 1 and files[0].stat().st_mode & 0o077 == 0, files
    loaded = pc.load(lx.Patterns)
    assert loaded is not None
    assert _equal_patterns(loaded, lx._build())
    before = files[0].stat().st_mtime_ns
    assert _fresh_process(cache) == "200 mg"
    assert files[0].stat().st_mtime_ns == before  # read, not written again


def test_patterns_read_back_parse_as_compiled_ones(cache):
    pc.save(lx._build())
    text = "Supplement Facts\nServing Size 2 Capsules\nMagnesium (as magnesium glycinate) 200 mg 48%\n"
    lx._compile.cache_clear()
    try:
        from auditor.parse import read_label

        from_disk = lx.patterns()
        assert _equal_patterns(from_disk, lx._build())
        assert [r.declared.mg for r in read_label(text).rows if r.declared] == [200]
    finally:
        lx._compile.cache_clear()


@pytest.mark.parametrize("spoil, why", [
    (lambda f: f.write_bytes(b"\x80\x05not a pickle"), "a damaged file"),
    (lambda f: f.write_bytes(f.read_bytes()[:1000]), "a truncated file"),
    (lambda f: f.chmod(0o666), "a file others may write"),
    (lambda f: f.write_bytes(pickle.dumps(os.getcwd)), "a pickle naming something else than the patterns"),
    (lambda f: f.write_bytes(pickle.dumps({"amount": 1})), "a pickle of the wrong type"),
])
def test_a_file_not_to_trust_is_not_used(cache, spoil, why):
    pc.save(lx._build())
    (target,) = cache.glob("patterns-*.pickle")
    assert pc.load(lx.Patterns) is not None
    spoil(target)
    assert pc.load(lx.Patterns) is None, why
    assert _fresh_process(cache) == "200 mg", why  # compiled instead


def test_a_pickle_naming_a_function_does_not_run_it(cache, tmp_path):
    pc.save(lx._build())
    (target,) = cache.glob("patterns-*.pickle")
    marker = tmp_path / "ran"

    class Evil:
        def __reduce__(self):
            return (os.mkdir, (str(marker),))

    target.write_bytes(pickle.dumps(Evil()))
    assert pc.load(lx.Patterns) is None
    assert not marker.exists()


def test_an_unwritable_or_absent_cache_only_costs_the_compilation(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("AUDITOR_CACHE_DIR", str(blocker / "cache"))
    pc.save(lx._build())  # cannot create the folder: no error
    assert pc.load(lx.Patterns) is None
    monkeypatch.setenv("AUDITOR_CACHE_DIR", "")
    assert pc.cache_dir() is None
    pc.save(lx._build())
    assert pc.load(lx.Patterns) is None


def test_another_versions_files_are_kept_a_while_then_removed(cache, monkeypatch):
    built = lx._build()
    for n in range(pc.KEEP_OTHER_VERSIONS + 2):
        monkeypatch.setattr(pc, "digest", lambda n=n: f"version{n}")
        pc.save(built)
        os.utime(cache / f"patterns-version{n}.pickle", (1000 + n, 1000 + n))
    kept = sorted(p.name for p in cache.glob("patterns-*.pickle"))
    assert kept == [f"patterns-version{n}.pickle" for n in range(1, pc.KEEP_OTHER_VERSIONS + 2)], kept  # the current and the newest others
    assert pc.load(lx.Patterns) is not None  # the current version's


def test_the_digest_follows_the_data_tables(tmp_path, monkeypatch):
    """An edited table is another version: its patterns are compiled afresh, not read from the old file."""
    import shutil

    copy = tmp_path / "auditor"
    shutil.copytree(pc._PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(pc, "_PACKAGE", copy)
    pc.digest.cache_clear()
    try:
        first = pc.digest()
        pc.digest.cache_clear()
        table = copy / "data" / "lexicon.toml"
        table.write_text(table.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
        assert pc.digest() != first
    finally:
        pc.digest.cache_clear()
