"""Processes seen through /proc, for the tests that kill a parent and check its workers went with it (Linux)."""

from __future__ import annotations

from pathlib import Path


def _stat_fields(pid: int | str) -> list[str]:
    # the fields after the command name, which may itself hold spaces and parentheses
    return (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()


def children(pid: int) -> list[int]:
    """The live processes whose parent is `pid`."""
    out = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                if int(_stat_fields(d.name)[1]) == pid:
                    out.append(int(d.name))
            except (OSError, IndexError, ValueError):  # gone while we looked
                continue
    return out


def alive(pid: int) -> bool:
    """Running, not a zombie."""
    try:
        return _stat_fields(pid)[0] != "Z"
    except (OSError, IndexError):
        return False
