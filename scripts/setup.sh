#!/usr/bin/env bash
# Set up auditor on a fresh machine: system packages (Tesseract, fonts, optionally Chromium) and a virtualenv.
# Usage: scripts/setup.sh [--with-browser]     (root or sudo on Debian/Ubuntu; prints the right command elsewhere)
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=${VENV:-.venv}
WITH_BROWSER=0
[ "${1:-}" = "--with-browser" ] && WITH_BROWSER=1

# Debian packages we need and the command that proves each is there.
need=()
command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd)
python3 -c "import venv, ensurepip" >/dev/null 2>&1 || need+=(python3-venv python3-pip)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
[ -f /usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf ] || need+=(fonts-liberation)
[ -f /usr/share/fonts/truetype/freefont/FreeSans.ttf ] || need+=(fonts-freefont-ttf)
if [ "$WITH_BROWSER" = 1 ] && [ ! -x /usr/bin/chromium ]; then need+=(chromium); fi
# emoji in the web app's verdict cards (browser test and screenshots)
if [ "$WITH_BROWSER" = 1 ] && [ ! -f /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ]; then need+=(fonts-noto-color-emoji); fi

if [ ${#need[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""
    if [ "$(id -u)" != 0 ]; then
      if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
        echo "auditor setup: need root to install: ${need[*]} (run: sudo apt-get install -y ${need[*]})" >&2; exit 1
      fi
    fi
    echo "auditor setup: installing ${need[*]}" >&2
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    cat >&2 <<MSG
auditor setup: these system packages are missing: ${need[*]}
Install Tesseract OCR with your package manager, then run this again:
  macOS:   brew install tesseract
  Windows: choco install tesseract
  Fedora:  sudo dnf install tesseract tesseract-langpack-eng
MSG
    exit 1
  fi
fi

if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null 2>&1 || true
# dask: `auditor batch --dask` and its tests (a real LocalCluster and `dask scheduler`/`dask worker` processes)
"$VENV/bin/python" -m pip install -q -e ".[test,dask]"
# An editable install leaves the package as source; compiled now, as pip compiles an installed package, every
# `auditor` call starts from bytecode even where Python may not write it (PYTHONDONTWRITEBYTECODE): 0.05 s less
# start-up per `scan` (measured). A changed source file is simply compiled again in memory.
"$VENV/bin/python" -m compileall -q auditor ui >/dev/null || true
echo "auditor setup: ready ($("$VENV/bin/auditor" --version), $(tesseract --version 2>&1 | head -n 1))" >&2
