"""Fuzzed label texts through one `auditor batch` (issue 9, item 6 and its bar): no internal error, strict JSON, fast.

    python bench/fuzz.py --n 3000 --seed 1 --dir /tmp/fuzz          # corpus + one cold batch + a 1 MB `scan`
    python bench/fuzz.py --n 3000 --seed 1 --dir /tmp/fuzz --in-process [--minimize]   # audit_text in this process

The corpus is `--n` .txt files: mutations of the blind set's label texts (bench/blindset/texts/*.txt, texts the
parser was not written for) — digit changes, huge numbers (999999999999 mg), malformed numbers ('0.000.0', NaN,
inf), runs of 4,300+ digits, unit swaps (mcg/mg/g), deleted or unbalanced brackets, repeated rows, non-Latin
scripts, control characters, OCR confusions, character/word/line edits, whole labels on one long line — plus the
extreme inputs of `extremes()` ('magnesium ' * 100000, a 1 MB label of repeated rows, a 50 KB digit run, ...). Every
file is valid UTF-8, holds no NUL byte and is at most 1,000,000 bytes, so each one is a label text the CLI must
audit (a NUL or a larger file is refused as bad input by design, which is not what this measures).

Batch mode runs `auditor batch DIR --no-cache --out DIR/report.jsonl` (a cold run: the store is neither read nor
written, and AUDITOR_DB points at a fresh path anyway), then reads the report strictly (NaN/Infinity rejected) and
prints rows, error rows by code, rows with more than 10 g of magnesium per serving, and seconds; then times
`auditor scan --no-cache` of a 1 MB label text. In-process mode calls `audit_text` on each text, times each one,
checks `json.dumps(to_dict(r), allow_nan=False)`, groups exceptions by type and place, and with --minimize shrinks
one input per group to a small reproducer.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "bench" / "blindset" / "texts"
MAX_BYTES = 1_000_000  # auditor's limit for a label text (larger files are refused as bad input)
ABSURD_MG = 10_000.0  # no product holds more than 10 g of magnesium per serving (issue 9, item 6)

NUMBER = re.compile(r"\d[\d.,]*")
UNIT = re.compile(r"(?<![^\W\d_])(?:mg|mcg|µg|μg|g|ml|mL|IU)(?![^\W\d_])")
WEIRD_NUMBERS = ["0.000.0", "1.2.3", "1,2,3,4", "..5", "5.", ".", "1e309", "1e-400", "NaN", "nan", "inf", "-inf", "Infinity",
                 "∞", "−5", "-0", "0", "00000", "½", "²", "٣", "๕", "１２０", "1/0", "0/0", "10^9", "1 000 000", "0,0", "9" * 40,
                 "4.", "1.5.0", "١٢٠"]
HUGE_NUMBERS = ["999999999999", "99999999999999999999999", "1" + "0" * 30, "4294967296", "18446744073709551617", "1e30",
                "123456789012345678901234567890.5"]
UNITS = ["mg", "mcg", "µg", "μg", "g", "kg", "ml", "mL", "IU", "mg/kg", "mmol", "mEq", "t", "lb", "MG", "Mg", "mgs"]
SCRIPTS = ["Магний (в виде цитрата магния)", "μαγνήσιο", "镁 (柠檬酸镁)", "マグネシウム", "مغنيسيوم", "मैग्नीशियम", "מגנזיום",
           "마그네슘", "แมกนีเซียม", "\u202eetartic muisengam\u202c", "🧲💊 200 mg 🌙", "ｍａｇｎｅｓｉｕｍ ２００ ｍｇ", "Ⅻ", "𝟐𝟎𝟎 𝐦𝐠"]
CONTROL = ["\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\u200b", "\ufeff", "\u2028", "\u2029", "\r", "\u00ad",
           "\u0085", "\ufffd", "\u200d", "\u2066"]
OCR_DIGITS = {"0": "O", "1": "l", "5": "S", "8": "B", "2": "Z", "6": "b"}


# --- mutations: each takes (text, rng) and returns the mutated text -----------------------------------------------
def _replace_match(text: str, rng: random.Random, pattern: re.Pattern, repl) -> str:
    ms = list(pattern.finditer(text))
    if not ms:
        return text
    m = rng.choice(ms)
    return text[: m.start()] + repl(m.group()) + text[m.end() :]


def m_digit(t, r):
    ds = [i for i, c in enumerate(t) if c.isdigit()]
    for _ in range(r.randint(1, 3)):
        if ds:
            i = r.choice(ds)
            t = t[:i] + r.choice("0123456789") + t[i + 1 :]
    return t


def m_huge_number(t, r):
    return _replace_match(t, r, NUMBER, lambda _: r.choice(HUGE_NUMBERS))


def m_weird_number(t, r):
    return _replace_match(t, r, NUMBER, lambda _: r.choice(WEIRD_NUMBERS))


def m_long_digits(t, r):
    return _replace_match(t, r, NUMBER, lambda _: "".join(r.choice("0123456789") for _ in range(r.randint(4301, 9000))))


def m_unit_swap(t, r):
    for _ in range(r.randint(1, 3)):
        t = _replace_match(t, r, UNIT, lambda _: r.choice(UNITS))
    return t


def m_brackets(t, r):
    if r.random() < 0.6:
        idx = [i for i, c in enumerate(t) if c in "()[]"]
        for i in sorted(r.sample(idx, min(len(idx), r.randint(1, 4))), reverse=True):
            t = t[:i] + t[i + 1 :]
        return t
    i = r.randrange(len(t) + 1)
    return t[:i] + r.choice(["(", ")", "((", "[", "(as ", "(as (", ")" * 5]) + t[i:]


def m_repeat_row(t, r):
    lines = t.split("\n")
    i = r.randrange(len(lines))
    k = r.choice([2, 3, 10, 50, 200, 1000])
    return "\n".join(lines[: i + 1] + [lines[i]] * k + lines[i + 1 :])


def m_non_latin(t, r):
    words = t.split(" ")
    for _ in range(r.randint(1, 4)):
        i = r.randrange(len(words))
        words[i] = r.choice(SCRIPTS) if r.random() < 0.5 else words[i] + r.choice(SCRIPTS)
    return " ".join(words)


def m_control(t, r):
    for _ in range(r.randint(1, 8)):
        i = r.randrange(len(t) + 1)
        t = t[:i] + r.choice(CONTROL) * r.choice([1, 1, 3, 50]) + t[i:]
    return t


def m_ocr(t, r):
    out = []
    for c in t:
        if c in OCR_DIGITS and r.random() < 0.15:
            out.append(OCR_DIGITS[c])
        else:
            out.append(c)
    t = "".join(out)
    return t.replace("mg", r.choice(["rng", "mq", "m9", "mg", "nig"]), r.randint(1, 3))


def m_char(t, r):
    for _ in range(r.randint(1, 20)):
        i = r.randrange(len(t) + 1)
        op = r.random()
        if op < 0.33:
            t = t[:i] + t[i + 1 :]
        elif op < 0.66:
            t = t[:i] + r.choice("0123456789%()mgMG.,:;/-*† \n\tµ") + t[i:]
        else:
            t = t[:i] + r.choice("0123456789%()mgMG.,:;/-*†") + t[i + 1 :]
    return t


def m_word(t, r):
    words = t.split(" ")
    for _ in range(r.randint(1, 6)):
        if len(words) < 2:
            break
        i, j = r.randrange(len(words)), r.randrange(len(words))
        op = r.random()
        if op < 0.33:
            del words[i]
        elif op < 0.66:
            words.insert(i, words[j])
        else:
            words[i], words[j] = words[j], words[i]
    return " ".join(words)


def m_line(t, r):
    lines = t.split("\n")
    op = r.random()
    if op < 0.3:
        r.shuffle(lines)
    elif op < 0.6 and len(lines) > 1:
        del lines[r.randrange(len(lines))]
    else:
        i = r.randrange(len(lines))
        lines.insert(r.randrange(len(lines) + 1), lines[i])
    return "\n".join(lines)


def m_percent(t, r):
    pct = re.compile(r"\d[\d.,]*\s?%")
    return _replace_match(t, r, pct, lambda _: r.choice(["4800%", "-48%", "nan%", "0%", "99999999999%", "1e309%", "%%", "48 % %", "0.000.0%"]))


def m_serving(t, r):
    pat = re.compile(r"(?i)(servings? (?:size|per container)|take|daily|times|portion|tagesdosis|dose)[^\n\d]{0,20}\d[\d.,]*")
    return _replace_match(t, r, pat, lambda s: NUMBER.sub(lambda _: r.choice(["0", "999999999999", "0.000.0", "1 to 999999", "½", "L00", "1OO", "NaN"]), s, 1))


def m_long_line(t, r):
    if r.random() < 0.5:
        return t.replace("\n", " ")
    line = " ".join(r.choice(["Magnesium", "citrate", "200", "mg", "(as", ")", "48%", "magnesium", "oxide", "1,480"]) for _ in range(r.randint(2000, 15000)))
    return t + "\n" + line


MUTATIONS = {
    "digit": m_digit, "huge_number": m_huge_number, "weird_number": m_weird_number, "long_digits": m_long_digits,
    "unit_swap": m_unit_swap, "brackets": m_brackets, "repeat_row": m_repeat_row, "non_latin": m_non_latin,
    "control": m_control, "ocr": m_ocr, "char": m_char, "word": m_word, "line": m_line, "percent": m_percent,
    "serving": m_serving, "long_line": m_long_line,
}
# long digit runs are slow today and mostly test one thing: drawn less often than the rest
WEIGHTS = {k: (0.4 if k in ("long_digits", "long_line") else 1.0) for k in MUTATIONS}


def mutate(text: str, rng: random.Random) -> tuple[str, list[str]]:
    """1-4 random mutations of a label text; returns the text (NUL-free, at most MAX_BYTES) and their names."""
    names = rng.choices(list(MUTATIONS), weights=list(WEIGHTS.values()), k=rng.choice([1, 1, 2, 2, 3, 4]))
    for n in names:
        text = MUTATIONS[n](text, rng) or text
    text = text.replace("\x00", "")
    while len(text.encode("utf-8")) > MAX_BYTES:
        text = text[: len(text) * 9 // 10]
    if not text.strip():
        text = "Magnesium"
    return text, names


def extremes() -> dict[str, str]:
    """The extreme inputs of issue 9 (each at most 1,000,000 bytes of UTF-8)."""
    row = "Magnesium (as magnesium citrate) 200 mg 48%\n"
    label = (ROOT / "samples" / "texts" / "citrate.txt").read_text(encoding="utf-8")
    one_line = label.replace("\n", " ") + " "
    return {
        "magnesium_x100000": "magnesium " * 100_000,
        "label_1mb_repeated_rows": (row * (MAX_BYTES // len(row)))[: MAX_BYTES - 1],
        "label_1mb_repeated_label": (label * (MAX_BYTES // len(label) + 1))[: MAX_BYTES - 1],
        "digits_50kb": "Magnesium " + "7" * 50_000 + " mg",
        "digits_50kb_bare": "1" * 50_000,
        "digits_4301_mg": "Magnesium (as magnesium citrate) " + "9" * 4301 + " mg 48%",
        "one_line_1mb": (one_line * (MAX_BYTES // len(one_line)))[: MAX_BYTES - 1],
        "percent_100kb": "Magnesium 200 mg " + "%" * 100_000,
        "parens_100kb": "Magnesium " + "(" * 50_000 + "200 mg" + ")" * 50_000,
        "as_magnesium_x20000": "Magnesium (as magnesium " * 20_000 + "citrate) 200 mg",
        "huge_mg": "Supplement Facts\nMagnesium (as magnesium citrate) 999999999999 mg 48%\n",
        "mg_tokens_x300000": "mg " * 300_000,
    }


def corpus(n: int, seed: int, with_extremes: bool = True) -> list[tuple[str, str, list[str]]]:
    """(name, text, mutations) for n texts: mutations of the blind set's texts, then the extreme inputs."""
    seeds = sorted(SEEDS.glob("*.txt"))
    rng = random.Random(seed)
    ext = extremes() if with_extremes else {}
    out = [(f"extreme_{k}.txt", v, ["extreme:" + k]) for k, v in ext.items()]
    k = 0
    while len(out) < n:
        src = rng.choice(seeds)
        text, names = mutate(src.read_text(encoding="utf-8"), rng)
        out.append((f"fz{k:05d}_{src.stem}.txt", text, names))
        k += 1
    return out[:n]


def write_corpus(items, folder: Path) -> None:
    if folder.exists():
        for p in [*folder.glob("*.txt"), folder / "manifest.json"]:
            p.unlink(missing_ok=True)
    folder.mkdir(parents=True, exist_ok=True)
    manifest = []
    for name, text, names in items:
        (folder / name).write_text(text, encoding="utf-8")
        manifest.append({"file": name, "mutations": names, "bytes": len(text.encode("utf-8"))})
    # beside the folder, not in it: the batch would list it as a skipped file
    (folder.parent / f"{folder.name}.manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")


def _reject_constant(name: str):
    raise ValueError(f"non-strict JSON constant {name}")


def auditor_cmd() -> list[str]:
    """The `auditor` command: the venv's script, or `python -m auditor` when PYTHONPATH selects another tree."""
    if os.environ.get("PYTHONPATH"):
        return [sys.executable, "-m", "auditor"]
    exe = Path(sys.executable).with_name("auditor")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "auditor"]


def auditor_under_test(cwd: Path) -> str:
    """Where the `auditor` package the subprocesses import lives (PYTHONPATH may point at another tree)."""
    p = subprocess.run([sys.executable, "-c", "import auditor; print(auditor.__file__)"], cwd=cwd, capture_output=True, text=True,
                       check=False)
    return p.stdout.strip() or p.stderr.strip()[-200:]


def run_batch(folder: Path, workers: int | None, time_limit: float | None) -> dict:
    env = dict(os.environ)
    env["AUDITOR_DB"] = str(Path(tempfile.mkdtemp(prefix="fuzzstore")) / "audits.db")  # fresh, and --no-cache anyway
    report = folder / "report.jsonl"
    if report.exists():
        report.unlink()
    cmd = [*auditor_cmd(), "batch", str(folder), "--no-cache", "--out", str(report)]
    if workers:
        cmd += ["--workers", str(workers)]
    if time_limit:
        cmd += ["--time-limit", str(time_limit)]
    # run from the corpus folder: `python -m` puts the working directory first on sys.path, so running from the
    # project root would import its auditor/ even when PYTHONPATH names another tree
    t0 = time.perf_counter()
    p = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=folder, check=False)
    secs = time.perf_counter() - t0
    rows, strict_errors = [], []
    for i, line in enumerate(report.read_text(encoding="utf-8").splitlines() if report.exists() else []):
        try:
            rows.append(json.loads(line, parse_constant=_reject_constant))
        except ValueError as e:
            strict_errors.append(f"line {i + 1}: {e}")
    return {"cmd": " ".join(cmd), "exit_code": p.returncode, "seconds": secs, "rows": rows, "strict_errors": strict_errors,
            "stderr_tail": p.stderr[-2000:], "stdout_tail": p.stdout[-600:]}


def time_scan(text: str, label: str) -> dict:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / f"{label}.txt"
        path.write_text(text, encoding="utf-8")
        env = dict(os.environ, AUDITOR_DB=str(Path(d) / "audits.db"))
        t0 = time.perf_counter()
        p = subprocess.run([*auditor_cmd(), "scan", "--no-cache", "--json", str(path)], env=env, capture_output=True, text=True,
                           cwd=d, check=False)
        secs = time.perf_counter() - t0
        ok_json = True
        try:
            json.loads(p.stdout, parse_constant=_reject_constant)
        except ValueError:
            ok_json = False
    return {"input": label, "bytes": len(text.encode("utf-8")), "seconds": secs, "exit_code": p.returncode, "strict_json": ok_json}


# --- in-process: audit_text on each text ---------------------------------------------------------------------------
def _signature(e: BaseException) -> str:
    """Exception type, message with numbers and quoted strings masked, and the innermost auditor frame."""
    tb = traceback.extract_tb(e.__traceback__)
    frames = [f for f in tb if "/auditor/" in f.filename]
    where = f"{Path(frames[-1].filename).name}:{frames[-1].name}" if frames else "?"
    msg = re.sub(r"'[^']*'", "'…'", str(e))
    msg = re.sub(r"\d+", "N", msg)[:90]
    return f"{type(e).__name__} at {where}: {msg}"


def check_text(text: str) -> tuple[str | None, str | None, float | None]:
    """(exception signature, problem, elemental mg) of auditing one text in this process."""
    from auditor import audit_text, to_dict

    try:
        d = to_dict(audit_text(text))
    except Exception as e:  # noqa: BLE001 - what the bench reports
        return _signature(e), None, None
    try:
        json.dumps(d, allow_nan=False)
    except ValueError as e:
        return None, f"non-strict JSON: {e}", None
    mg = (d.get("magnesium") or {}).get("elemental_mg")
    if mg is not None and mg > ABSURD_MG:
        return None, "absurd amount", mg
    return None, None, mg


def minimize(text: str, still_fails, budget_s: float = 20.0) -> str:
    """Shrink text while still_fails(text) holds: lines, then words, then characters (ddmin-style, time-bounded)."""
    t_end = time.perf_counter() + budget_s

    def shrink(parts: list[str], sep: str) -> list[str]:
        n = 2
        while len(parts) >= 2 and time.perf_counter() < t_end:
            chunk = max(1, len(parts) // n)
            reduced = False
            for i in range(0, len(parts), chunk):
                cand = parts[:i] + parts[i + chunk :]
                if cand and still_fails(sep.join(cand)):
                    parts, n, reduced = cand, max(n - 1, 2), True
                    break
            if not reduced:
                if chunk == 1:
                    break
                n = min(n * 2, len(parts))
        return parts

    text = "\n".join(shrink(text.split("\n"), "\n"))
    text = " ".join(shrink(text.split(" "), " "))
    text = _shorten_digit_runs(text, still_fails, t_end)
    if len(text) < 3000:
        text = "".join(shrink(list(text), ""))
    return text


def _shorten_digit_runs(text: str, still_fails, t_end: float) -> str:
    """Each run of more than 20 digits becomes the shortest run of 9s that still fails ('9' * 4301)."""
    for _ in range(20):
        m = next((m for m in re.finditer(r"\d{21,}", text) if set(m.group()) != {"9"} or len(m.group()) > 21), None)
        if m is None or time.perf_counter() > t_end:
            break
        a, b = m.span()
        if not still_fails(text[:a] + "9" * (b - a) + text[b:]):
            break
        lo, hi = 1, b - a  # hi fails
        while lo < hi and time.perf_counter() < t_end:
            mid = (lo + hi) // 2
            if still_fails(text[:a] + "9" * mid + text[b:]):
                hi = mid
            else:
                lo = mid + 1
        text = text[:a] + "9" * hi + text[b:]
        if hi <= 21:
            break
    return text


def show(text: str, limit: int = 300) -> str:
    """A Python literal of text with long runs written as repetitions ('9' * 4301)."""
    parts, i = [], 0
    for m in re.finditer(r"(.)\1{19,}", text, flags=re.DOTALL):
        if m.start() > i:
            parts.append(repr(text[i : m.start()]))
        parts.append(f"{m.group(1)!r} * {len(m.group())}")
        i = m.end()
    if i < len(text):
        parts.append(repr(text[i:]))
    s = " + ".join(parts) or "''"
    return s if len(s) <= limit else s[:limit] + f"… ({len(text)} chars)"


def in_process(items, do_minimize: bool, slow_s: float) -> dict:
    from auditor import audit_text

    audit_text("Magnesium 200 mg")  # compile the patterns before timing
    groups: dict[str, list[str]] = defaultdict(list)
    problems: dict[str, list[tuple[str, float | None]]] = defaultdict(list)
    times, slow = [], []
    for name, text, names in items:
        t0 = time.perf_counter()
        sig, problem, mg = check_text(text)
        dt = time.perf_counter() - t0
        times.append(dt)
        if dt > slow_s:
            slow.append({"file": name, "seconds": round(dt, 2), "bytes": len(text.encode()), "mutations": names})
        if sig:
            groups[sig].append(name)
        if problem:
            problems[problem].append((name, mg))
    by_name = {name: text for name, text, _ in items}
    repros = {}
    if do_minimize:
        for sig, names in groups.items():
            first = min(names, key=lambda n: len(by_name[n]))
            small = minimize(by_name[first], lambda t, s=sig: check_text(t)[0] == s)
            repros[sig] = show(small)
        for prob, hits in problems.items():
            first = min((n for n, _ in hits), key=lambda n: len(by_name[n]))
            small = minimize(by_name[first], lambda t, p=prob: check_text(t)[1] == p)
            repros[prob] = show(small)
    times.sort()
    return {
        "texts": len(items), "exceptions": sum(len(v) for v in groups.values()),
        "groups": {k: {"count": len(v), "files": v[:5]} for k, v in sorted(groups.items(), key=lambda kv: -len(kv[1]))},
        "problems": {k: {"count": len(v), "files": [n for n, _ in v[:5]], "max_mg": max((m or 0) for _, m in v)} for k, v in problems.items()},
        "repros": repros, "seconds_total": sum(times), "ms_median": statistics.median(times) * 1000,
        "ms_p99": times[int(0.99 * (len(times) - 1))] * 1000, "slow": sorted(slow, key=lambda s: -s["seconds"]),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=3000, help="texts in the corpus, extreme inputs included (default 3000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--dir", type=Path, required=True, help="folder for the corpus (its .txt files are replaced)")
    ap.add_argument("--workers", type=int, default=None, help="batch --workers (default: the batch's own default, all cores)")
    ap.add_argument("--time-limit", type=float, default=None, help="batch --time-limit per file (default: the batch's, 120 s)")
    ap.add_argument("--no-extremes", action="store_true", help="mutations only, without the extreme inputs")
    ap.add_argument("--in-process", action="store_true", help="call audit_text on each text here instead of running the batch")
    ap.add_argument("--minimize", action="store_true", help="in-process: shrink one input per exception type to a reproducer")
    ap.add_argument("--slow", type=float, default=1.0, help="in-process: list texts slower than this many seconds")
    ap.add_argument("--no-scan", action="store_true", help="batch mode: skip timing `auditor scan` of the 1 MB label")
    ap.add_argument("--json", type=Path, default=None, help="write the full result to this JSON file")
    args = ap.parse_args()

    items = corpus(args.n, args.seed, with_extremes=not args.no_extremes)
    write_corpus(items, args.dir)
    muts = Counter(m for _, _, names in items for m in names)
    print(f"corpus: {len(items)} texts in {args.dir} (seed {args.seed}; {sum(1 for i in items if i[2][0].startswith('extreme'))} "
          f"extreme inputs; {sum(len(t.encode()) for _, t, _ in items) / 1e6:.1f} MB)")
    print("mutations:", ", ".join(f"{k} {v}" for k, v in muts.most_common() if not k.startswith("extreme")))
    if args.in_process:
        res = in_process(items, args.minimize, args.slow)
        print(f"audit_text: {res['texts']} texts, {res['exceptions']} exceptions, {res['seconds_total']:.1f} s "
              f"(median {res['ms_median']:.1f} ms, p99 {res['ms_p99']:.0f} ms)")
        for sig, g in res["groups"].items():
            print(f"  {g['count']:>5}  {sig}")
            if sig in res["repros"]:
                print(f"         minimal: {res['repros'][sig]}")
        for prob, g in res["problems"].items():
            print(f"  {g['count']:>5}  {prob} (max {g['max_mg']:,} mg) e.g. {g['files'][:3]}")
            if prob in res["repros"]:
                print(f"         minimal: {res['repros'][prob]}")
        print(f"slower than {args.slow} s: {len(res['slow'])}")
        for s in res["slow"][:25]:
            print(f"  {s['seconds']:>7.2f} s  {s['bytes']:>8} B  {s['file']}  {'+'.join(s['mutations'])}")
    else:
        print(f"auditor under test: {auditor_under_test(args.dir)}")
        b = run_batch(args.dir, args.workers, args.time_limit)
        rows = b["rows"]
        errors = Counter((r.get("error") or "")[:80] for r in rows if r.get("status") == "error")
        codes = Counter(r.get("status") for r in rows)
        absurd = [(r["file"], r.get("elemental_mg")) for r in rows if (r.get("elemental_mg") or 0) > ABSURD_MG]
        missing = len(items) - len(rows)
        print(f"batch: {b['cmd']}")
        print(f"rows: {len(rows)} (missing {missing}), statuses: {dict(codes)}, exit code {b['exit_code']}")
        print(f"error rows: {sum(errors.values())}")
        for msg, k in errors.most_common():
            print(f"  {k:>5}  {msg}")
        bad = b["strict_errors"]
        print("strict JSON: " + ("ok" if not bad else f"{len(bad)} bad lines, e.g. {bad[0]}"))
        print(f"rows above {ABSURD_MG:,.0f} mg of magnesium per serving: {len(absurd)}" + (f", e.g. {absurd[:3]}" if absurd else ""))
        print(f"seconds: {b['seconds']:.1f} (bar: <= 30 s on 2 cores; {os.cpu_count()} cores here)")
        res = {k: v for k, v in b.items() if k != "rows"}
        res.update(errors=dict(errors), statuses=dict(codes), absurd=absurd, missing=missing)
        if not args.no_scan:
            big = extremes()["label_1mb_repeated_rows"]
            s = time_scan(big, "label_1mb_repeated_rows")
            print(f"auditor scan of a 1 MB label ({s['bytes']:,} bytes of repeated rows): {s['seconds']:.1f} s, exit {s['exit_code']}, "
                  f"strict JSON {'ok' if s['strict_json'] else 'NO'} (bar: <= 2 s)")
            res["scan_1mb"] = s
    if args.json:
        args.json.write_text(json.dumps(res, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
        print(f"wrote {args.json}")


if __name__ == "__main__":
    main()
