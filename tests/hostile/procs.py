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


# A small Python between the caller and `auditor`, run as `python -c MEASURE_CHILD OUT ARGS…`: prints [exit code,
# seconds, peak RSS in MB] of `python -m auditor ARGS…` (its stdout to OUT). A child's ru_maxrss starts from what its
# parent had mapped when it forked, so the figure is the scan's own only from a small parent like this one.
MEASURE_CHILD = """
import json, os, sys, time
t0 = time.monotonic()
pid = os.fork()
if pid == 0:
    os.dup2(os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT | os.O_TRUNC), 1)
    os.execv(sys.executable, [sys.executable, "-m", "auditor", *sys.argv[2:]])
_, status, usage = os.wait4(pid, 0)
print(json.dumps([os.waitstatus_to_exitcode(status), time.monotonic() - t0, usage.ru_maxrss / 1024]))
"""
