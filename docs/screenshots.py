"""Regenerate docs/scan.png and docs/compare.png: serve the app, drive Debian's Chromium with Playwright.

Usage: python docs/screenshots.py        (needs /usr/bin/chromium and Tesseract; `make test` installs both)
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SCAN_PHOTO = ROOT / "samples" / "images" / "glycinate_compound_clean.png"
COMPARE = (ROOT / "samples" / "texts" / "glycinate_compound.txt", ROOT / "samples" / "texts" / "bisglycinate.txt")


@contextmanager
def served_app():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cmd = [sys.executable, "-m", "streamlit", "run", str(ROOT / "ui" / "app.py"), "--server.headless", "true",
           "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2):
                    break
            except OSError:
                time.sleep(0.3)
        else:
            raise SystemExit("streamlit did not start")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _settle(page, last_text: str | None = None) -> None:
    """Wait until Streamlit has finished the run (no skeletons, `last_text` drawn) and charts have drawn."""
    if last_text:
        page.get_by_text(last_text).first.wait_for(timeout=90_000)
    page.wait_for_timeout(800)
    page.wait_for_function("document.querySelectorAll('[data-testid=\"stSkeleton\"]').length === 0", timeout=90_000)
    page.wait_for_timeout(1500)


def _full_height(page) -> None:
    """Streamlit scrolls inside its main container: grow the viewport to the content so one shot holds it all."""
    h = page.evaluate("document.querySelector('[data-testid=\"stMainBlockContainer\"]').scrollHeight")
    page.set_viewport_size({"width": page.viewport_size["width"], "height": int(h) + 120})
    page.wait_for_timeout(1500)


def _top_column(page, i: int):
    """The i-th column of the page's first row of columns (not the nested price/count columns)."""
    return page.locator('[data-testid="stHorizontalBlock"]').first.locator(':scope > [data-testid="stColumn"]').nth(i)


def _paste(page, column: int, path: Path) -> None:
    col = _top_column(page, column)
    col.get_by_text("Paste text").click()
    area = col.locator("textarea").first
    area.fill(path.read_text(encoding="utf-8"))
    area.press("Control+Enter")
    _settle(page)


def main() -> int:
    from playwright.sync_api import sync_playwright

    with served_app() as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1440, "height": 1000}, device_scale_factor=1)
            page.goto(url, wait_until="domcontentloaded")
            page.get_by_role("heading", name="Scan a magnesium label").wait_for(timeout=60_000)
            page.locator('input[type="file"]').first.set_input_files(str(SCAN_PHOTO))
            _settle(page, "Download audit (CSV)")
            _full_height(page)
            page.screenshot(path=str(DOCS / "scan.png"), full_page=True)

            page.set_viewport_size({"width": 1440, "height": 1000})
            page.goto(f"{url}/compare", wait_until="domcontentloaded")
            page.get_by_role("heading", name="Compare two labels").wait_for(timeout=60_000)
            _paste(page, 0, COMPARE[0])
            _paste(page, 1, COMPARE[1])
            for col, (price, count) in ((0, ("18.99", "120")), (1, ("24.99", "120"))):
                inputs = _top_column(page, col).locator('input[type="number"]')
                inputs.nth(0).fill(price)
                inputs.nth(0).press("Enter")
                _settle(page)
                inputs.nth(1).fill(count)
                inputs.nth(1).press("Enter")
                _settle(page)
            page.mouse.click(5, 900)  # blur the last input (no focus ring) by clicking empty sidebar space
            _settle(page, "suits sleep better")
            _full_height(page)
            page.screenshot(path=str(DOCS / "compare.png"), full_page=True)
        finally:
            browser.close()
    print(f"wrote {DOCS / 'scan.png'} and {DOCS / 'compare.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
