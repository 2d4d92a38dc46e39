"""End to end: serve the app with `streamlit run`, upload a sample photo in Debian's Chromium, read the verdict."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "ui" / "app.py"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = [pytest.mark.ui, pytest.mark.slow]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def served_app(timeout_s: float = 60.0):
    """Run `python -m streamlit run ui/app.py` on a free local port; yield its URL; stop it afterwards."""
    port = _free_port()
    cmd = [sys.executable, "-m", "streamlit", "run", str(APP), "--server.headless", "true", "--server.port", str(port),
           "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false", "--server.maxUploadSize", "25"]
    log = Path(tempfile.mkdtemp(prefix="auditor-ui-")) / "streamlit.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, env=dict(os.environ, PYTHONUNBUFFERED="1"))
        try:
            url = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + timeout_s
            while True:
                if proc.poll() is not None:
                    pytest.fail(f"streamlit exited with {proc.returncode}:\n{log.read_text(errors='replace')}")
                try:
                    with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                        if r.status == 200:
                            break
                except OSError:
                    pass
                if time.monotonic() > deadline:
                    pytest.fail(f"streamlit did not answer /_stcore/health within {timeout_s:.0f} s:\n{log.read_text(errors='replace')}")
                time.sleep(0.3)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            shutil.rmtree(log.parent, ignore_errors=True)


@pytest.fixture(scope="module")
def chromium_path() -> str:
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"Chromium is not installed at {CHROMIUM}: run `make test` (it installs Debian's chromium) "
                    "or `sudo apt-get install chromium`")
    return CHROMIUM


def test_upload_sample_photo_shows_verdict(chromium_path, tesseract):
    from playwright.sync_api import sync_playwright

    photo = ROOT / "samples" / "images" / "bisglycinate_clean.png"
    with served_app() as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(url, wait_until="domcontentloaded")
            page.get_by_role("heading", name="Scan a magnesium label").wait_for(timeout=120_000)
            assert page.get_by_text("not medical advice").count() == 1
            page.locator('input[type="file"]').first.set_input_files(str(photo))
            page.get_by_text("Suitable for sleep").first.wait_for(timeout=180_000)  # OCR of one photo; generous for a busy CI machine
            page.get_by_text("200.0 mg").first.wait_for(timeout=60_000)  # elemental magnesium per serving
            assert page.locator('[data-testid="stException"]').count() == 0
        finally:
            browser.close()


def test_corrupt_upload_shows_message_in_browser(chromium_path, tmp_path):
    from playwright.sync_api import sync_playwright

    bad = tmp_path / "label.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0 not really a JPEG")
    with served_app() as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.goto(url, wait_until="domcontentloaded")
            page.locator('input[type="file"]').first.set_input_files(str(bad))
            page.locator('[data-testid="stAlertContentError"]').first.wait_for(timeout=60_000)
            assert "label.jpg" in page.locator('[data-testid="stAlertContentError"]').first.inner_text()
            assert page.locator('[data-testid="stException"]').count() == 0
        finally:
            browser.close()
