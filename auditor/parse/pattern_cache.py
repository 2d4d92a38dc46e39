"""The parser's compiled patterns kept on disk between runs, so a fresh process does not compile them again.

Compiling every pattern of the lexicon takes about 0.4 s of CPU (the `regex` module parses each pattern in
Python); reading them back takes 5 ms. A `scan` is one process, so that compilation was a tenth of a photo's time
and half of a label text's. The file is named by a digest of everything that could change a pattern (the package's
code and data tables, the `regex` and Python versions), so an upgrade or an edited table compiles afresh; it is read
only when it belongs to this user and no one else may write it, through an unpickler that admits nothing but the
four types a `Patterns` holds. Any problem (no cache folder, a full disk, a damaged or foreign file) means the
patterns are compiled as before: the cache only ever saves time.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import stat
import sys
import tempfile
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent  # auditor/
# What a pickled `Patterns` may name: itself, its unit table, the form enum, and regex's compiled-pattern builder.
_ALLOWED = {
    ("auditor.parse.lexicon", "Patterns"),
    ("auditor.parse.lexicon", "UnitNames"),
    ("auditor.models", "MagnesiumForm"),
    ("regex._regex", "compile"),
}
# Files of other versions kept beside the current one (two installs used in turn, say a release and a checkout,
# then each find theirs); older ones are removed when a new one is written.
KEEP_OTHER_VERSIONS = 3


def cache_dir() -> Path | None:
    """`$AUDITOR_CACHE_DIR`, else `$XDG_CACHE_HOME/auditor`, else `~/.cache/auditor`; None when set to "" or
    when there is no home to put it in."""
    env = os.environ.get("AUDITOR_CACHE_DIR")
    if env is not None:
        return Path(env).expanduser() if env.strip() else None
    base = os.environ.get("XDG_CACHE_HOME")
    if base:
        return Path(base) / "auditor"
    try:
        return Path.home() / ".cache" / "auditor"
    except RuntimeError:  # no home directory known
        return None


@cache
def digest() -> str:
    """A digest of what the compiled patterns depend on: every module and data table of the package (any edit
    compiles afresh, so no dependency can be forgotten) and the versions of `regex` and Python."""
    import regex

    h = hashlib.sha256(f"{regex.__version__}|{sys.version}|{sys.implementation.cache_tag}".encode())
    for path in sorted(_PACKAGE.rglob("*")):
        if path.suffix in (".py", ".toml", ".json", ".csv", ".txt") and "__pycache__" not in path.parts:
            h.update(str(path.relative_to(_PACKAGE)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:32]


def _file(folder: Path) -> Path:
    return folder / f"patterns-{digest()}.pickle"


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        if (module, name) not in _ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not part of the compiled patterns")
        return super().find_class(module, name)


def load(expected_type: type):
    """The cached patterns, or None (no cache, another version's, or a file this process should not trust)."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        fd = os.open(_file(folder), os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except (OSError, RuntimeError, ValueError):
        return None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
            return None
        if hasattr(os, "getuid") and st.st_uid != os.getuid():
            return None
        with os.fdopen(fd, "rb") as f:
            fd = -1
            found = _Unpickler(io.BytesIO(f.read())).load()
    except Exception:  # damaged, truncated, or written by another layout of the classes: compile instead
        return None
    finally:
        if fd >= 0:
            os.close(fd)
    return found if isinstance(found, expected_type) else None


def save(patterns) -> None:
    """Write the patterns for the next process (atomically; all but the newest other versions' files removed).
    Never raises."""
    folder = cache_dir()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        target = _file(folder)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".patterns-", suffix=".tmp")  # (mode 0600)
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(patterns, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        others = sorted((p for p in folder.glob("patterns-*.pickle") if p != target), key=lambda p: p.stat().st_mtime)
        for old in others[:max(0, len(others) - KEEP_OTHER_VERSIONS)]:
            old.unlink(missing_ok=True)
    except Exception:  # a read-only home, a full disk, a race with another process: the next run compiles again
        return
