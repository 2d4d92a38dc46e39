"""The command line: exit codes and one-line messages for bad input, JSON contract, help for every command."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from auditor.cli import build_parser, main
from auditor.errors import ExitCode

ROOT = Path(__file__).resolve().parent.parent
GOOD = """Supplement Facts
Serving Size 2 Capsules
Servings Per Container 60
Amount Per Serving    % Daily Value
Magnesium (as magnesium bisglycinate chelate) 200 mg 48%
Other ingredients: hypromellose (capsule), magnesium stearate.
Suggested use: Take 2 capsules daily with water.
"""


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run the real console entry point in a subprocess, as a user would."""
    env = dict(os.environ, PYTHONIOENCODING="utf-8", COLUMNS="120")
    return subprocess.run([sys.executable, "-m", "auditor", *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=120)


@pytest.fixture()
def label(tmp_path: Path) -> Path:
    p = tmp_path / "label.txt"
    p.write_text(GOOD, encoding="utf-8")
    return p


def test_scan_text_json_contract(label):
    r = run("scan", str(label), "--json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["schema_version"] == 2 and out["status"] == "ok" and out["error"] is None
    assert out["serving"]["count"] == 2 and out["serving"]["unit"] == "capsule" and out["serving"]["servings_per_container"] == 60
    mg = out["magnesium"]
    assert mg["elemental_mg"] == 200.0 and mg["percent_dv"] == 48
    src = mg["sources"][0]
    assert src["form"] == "glycinate" and src["basis"] == "elemental" and src["declared_mg"] == 200.0
    # 200 mg Mg as Mg(C2H4NO2)2 (14.10% Mg): 200 / 0.14096 = 1418.8 mg compound
    assert src["compound_mg"] == pytest.approx(1418.8, abs=0.5)
    band = mg["absorbed_mg"]
    assert 0 < band["low"] <= band["estimate"] <= band["high"] < 200
    assert {c["id"] for c in mg["checks"]} >= {"dv_consistent", "elemental_declared"}
    assert out["verdict"]["level"] == "suitable" and out["verdict"]["reasons"]


def test_scan_text_readable_summary(label):
    r = run("scan", str(label))
    assert r.returncode == 0
    assert "glycinate" in r.stdout and "200.0 mg per serving" in r.stdout and "SUITABLE" in r.stdout


def test_no_magnesium_is_a_status_not_an_error(tmp_path):
    p = tmp_path / "d3.txt"
    p.write_text("Supplement Facts\nServing Size 1 Softgel\nVitamin D3 (as cholecalciferol) 25 mcg 125%\n", encoding="utf-8")
    r = run("scan", str(p), "--json")
    assert r.returncode == 0
    out = json.loads(r.stdout)
    assert out["status"] == "no_magnesium" and out["magnesium"] is None and out["verdict"]["level"] == "unknown"


@pytest.mark.parametrize(
    "content,message",
    [
        (b"", "the text is empty"),
        (b"   \n\n ", "the text is empty"),
        (b"\x00\x01\x02binary\x00", "binary file"),
        (b"Magnesium \xff\xfe 200 mg", "not UTF-8"),
        (b"Magnesium 200 mg\n" * 70_000, "limited to 1,000,000 bytes"),
    ],
    ids=["empty", "blank", "binary", "latin1", "too-large"],
)
def test_bad_text_input_gives_exit_code_and_one_line_message(tmp_path, content, message):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    r = run("scan", str(p))
    assert r.returncode == ExitCode.INPUT_ERROR == 3
    assert r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("auditor: error: ") and message in lines[0]
    assert "Traceback" not in r.stderr


def test_bad_input_json_reports_error_in_contract(tmp_path):
    p = tmp_path / "bad.txt"
    p.write_bytes(b"\x00\x00")
    r = run("scan", str(p), "--json")
    assert r.returncode == 3
    out = json.loads(r.stdout)
    assert out["status"] == "error" and out["error"]["code"] == "bad_input" and "binary" in out["error"]["message"]


def test_missing_file(tmp_path):
    r = run("scan", str(tmp_path / "nope.txt"))
    assert r.returncode == 3 and "nope.txt: no such file" in r.stderr and "Traceback" not in r.stderr


def test_folder_given_to_scan(tmp_path):
    r = run("scan", str(tmp_path))
    assert r.returncode == 3 and "use `auditor batch`" in r.stderr


def test_utf16_text_with_bom_is_read(tmp_path):
    p = tmp_path / "utf16.txt"
    p.write_bytes(GOOD.encode("utf-16"))
    assert main(["scan", str(p), "--json"]) == 0


def test_usage_errors_exit_2():
    assert run().returncode == 2
    r = run("scan")
    assert r.returncode == 2 and "usage:" in r.stderr
    assert run("frobnicate").returncode == 2


def _commands() -> list[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    return sorted(sub.choices)


def test_every_command_has_help_and_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = _commands()
    assert "scan" in commands
    for cmd in commands:
        r = run(cmd, "--help")
        assert r.returncode == 0 and "usage: auditor " + cmd in r.stdout, cmd
        assert re.search(rf"auditor {cmd}\b", readme), f"`auditor {cmd}` is not documented in README.md"


def test_exit_codes_are_documented():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for code in ExitCode:
        assert re.search(rf"^\|\s*{int(code)}\s*\|", readme, re.M), f"exit code {int(code)} missing from README table"


def test_scan_saves_the_audit_for_history_show_and_compare(label, tmp_path):
    db = tmp_path / "audits.db"
    assert run("scan", str(label), "--db", str(db)).returncode == 0
    shown = run("show", str(label), "--db", str(db), "--json")
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["magnesium"]["elemental_mg"] == 200.0
    history = json.loads(run("history", "--db", str(db), "--json").stdout)
    assert len(history) == 1 and "label.txt" in json.dumps(history)


def test_scan_no_cache_writes_nothing(label, tmp_path):
    db = tmp_path / "audits.db"
    assert run("scan", str(label), "--db", str(db), "--no-cache").returncode == 0
    r = run("show", str(label), "--db", str(db))
    assert r.returncode == ExitCode.NOT_FOUND


# -- issue 10: the profile, the personal section, numbered references ------------------------------------------


def test_scan_profile_flags_give_a_personal_section(label):
    r = run("scan", str(label), "--json", "--age", "6", "--med", "cipro", "--med", "omeprazole", "--also", "20")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["profile"]["age_years"] == 6 and out["profile"]["medicines"] == ["cipro", "omeprazole"]
    p = out["personal"]
    # age 6: UL 110 and RDA 130 (IOM 1997); 200 mg from the label + 20 mg from other products = 220 = 2 x 110
    assert p["ul_mg"] == 110 and p["rda_mg"] == 130 and p["total_mg_per_day"] == 220.0 and p["ul_percent"] == 200
    assert [i["id"] for i in p["interactions"]] == ["ciprofloxacin", "ppi"]
    assert out["verdict"]["level"] == "caution"  # 220 > 110 but not more than twice it
    ids = {s["id"] for s in out["sources"]}
    assert {"label_cipro", "fda2011_ppi", "ul_children"} <= ids


def test_scan_profile_file_and_flags_override(label, tmp_path):
    prof = tmp_path / "me.toml"
    prof.write_text('age = 34\nsex = "female"\nmedicines = ["levothyroxine"]\nkidney_disease = true\n', encoding="utf-8")
    out = json.loads(run("scan", str(label), "--json", "--profile", str(prof), "--med", "gabapentin").stdout)
    assert out["personal"]["rda_mg"] == 320  # woman 31-50
    assert [i["id"] for i in out["personal"]["interactions"]] == ["levothyroxine", "gabapentin"]
    assert out["verdict"]["level"] == "unsuitable" and any("Kidney disease" in x for x in out["verdict"]["reasons"])


def test_bad_profile_file_exit_code_and_message(label, tmp_path):
    prof = tmp_path / "bad.toml"
    prof.write_text("age = 34\nweight = 70\n", encoding="utf-8")
    r = run("scan", str(label), "--profile", str(prof))
    assert r.returncode == ExitCode.INPUT_ERROR
    assert r.stderr.strip().startswith("auditor: error:") and "unknown profile key(s) weight" in r.stderr


def test_scan_prints_numbered_references(label):
    r = run("scan", str(label))
    assert r.returncode == 0, r.stderr
    assert "References:" in r.stdout and "[1] " in r.stdout and "Fine" in r.stdout
    assert "Product: dietary supplement" in r.stdout
    assert "No profile given" in r.stdout


def test_scan_profile_options_are_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for flag in ("--profile", "--age", "--sex", "--pregnant", "--breastfeeding", "--kidney", "--med", "--also"):
        assert flag in run("scan", "--help").stdout and flag in readme, flag
    assert '"schema_version": 2' in readme and '"personal"' in readme and '"reason_sources"' in readme


# -- issue 12: one renderer over one typed record, no import cycle ------------------------------------------------


def test_show_prints_a_stored_audit_exactly_as_scan_printed_it(label, tmp_path):
    db = tmp_path / "audits.db"
    scanned = run("scan", str(label), "--db", str(db))
    assert scanned.returncode == 0, scanned.stderr
    shown = run("show", "1", "--db", str(db))
    assert shown.returncode == 0, shown.stderr
    head, rest = shown.stdout.split("\n", 2)[:2], shown.stdout.split("\n", 2)[2]
    assert head[0].startswith("audit 1 · label.txt · scan · scanned ") and head[1] == "input 1: label.txt · label text"
    assert rest == scanned.stdout  # the stored contract, read back as the same record, through the same renderer


def test_cli_modules_do_not_import_each_other_in_a_cycle():
    import ast

    def imports(module: str) -> set[str]:
        tree = ast.parse((ROOT / "auditor" / f"{module}.py").read_text(encoding="utf-8"))
        out = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                out.add(node.module or "")
                if node.module is None:
                    out.update(a.name for a in node.names)
        return out

    # cli.py registers the others; none of them, nor the shared modules, imports cli.py back
    for module in ("cli_batch", "cli_history", "cli_ui", "cli_common", "cli_render"):
        assert "cli" not in imports(module), module
    assert "cli_batch" not in imports("cli_history") and "cli_history" not in imports("cli_batch")
