"""Regenerate the screenshots in docs/: serve the app, drive Debian's Chromium with Playwright, desktop and phone.

Usage: python docs/screenshots.py        (needs /usr/bin/chromium and Tesseract; `make test` installs both)

Writes scan.png (1400 px), scan_phone.png (390 × 844: the first screen), scan_phone_full.png, product.png (three
photos as one product), compare.png, compare_phone.png, history_log.png, history.png (an entry reopened) and
batch.png. The app runs on a store of its own in a temporary folder, so your own audits never appear in them.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
IMAGES = ROOT / "samples" / "images"
TEXTS = ROOT / "samples" / "texts"
SCAN_PHOTO = IMAGES / "polish_citrate_clean.png"  # 444 mg claimed from a compound that holds 239 mg at most
PRODUCT_PHOTOS = (IMAGES / "front_glycinate_clean.png", IMAGES / "bisglycinate_clean.png", IMAGES / "buffered_glycinate_clean.png")
COMPARE = (TEXTS / "glycinate_compound.txt", TEXTS / "bisglycinate.txt")
DESKTOP = {"width": 1400, "height": 1000}
PHONE = {"width": 390, "height": 844}


@contextmanager
def served_app(db: Path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cmd = [sys.executable, "-m", "streamlit", "run", str(ROOT / "ui" / "app.py"), "--server.headless", "true",
           "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=dict(os.environ, AUDITOR_DB=str(db)))
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


def settle(page, last_text: str | None = None) -> None:
    """Wait until Streamlit has finished the run (no skeletons, `last_text` drawn) and charts have drawn."""
    if last_text:
        page.get_by_text(last_text).first.wait_for(timeout=180_000)
    page.wait_for_timeout(800)
    page.wait_for_function("document.querySelectorAll('[data-testid=\"stSkeleton\"]').length === 0", timeout=90_000)
    page.wait_for_function("!document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=180_000)
    page.wait_for_timeout(1500)


def full_page(page, path: Path) -> None:
    """Streamlit scrolls inside its main container: grow the viewport to the content so one shot holds it all."""
    size = dict(page.viewport_size)
    h = page.evaluate("document.querySelector('[data-testid=\"stMainBlockContainer\"]').scrollHeight")
    page.set_viewport_size({"width": size["width"], "height": int(h) + 120})
    page.wait_for_timeout(1500)
    page.screenshot(path=str(path), full_page=True)
    page.set_viewport_size(size)


def open_app(browser, url: str, viewport: dict, path: str = ""):
    page = browser.new_page(viewport=viewport, device_scale_factor=1)
    page.goto(url, wait_until="domcontentloaded")  # the entry first: it registers the pages for deep links
    page.get_by_role("heading", name="Scan a magnesium label").wait_for(timeout=60_000)
    if path:
        page.goto(f"{url}/{path}", wait_until="domcontentloaded")
        page.locator("h1").first.wait_for(timeout=60_000)
    return page


def upload(page, *files: Path, wait: str = "Download audit (CSV)") -> None:
    page.locator('input[type="file"]').first.set_input_files([str(f) for f in files])
    settle(page, wait)


def _top_column(page, i: int):
    """The i-th column of the page's first row of columns (not the nested price/count columns)."""
    return page.locator('[data-testid="stHorizontalBlock"]').first.locator(':scope > [data-testid="stColumn"]').nth(i)


def _paste(page, column: int, path: Path) -> None:
    col = _top_column(page, column)
    col.get_by_text("Paste text").click()
    area = col.locator("textarea").first
    area.fill(path.read_text(encoding="utf-8"))
    area.press("Control+Enter")
    settle(page)


def compare(page) -> None:
    _paste(page, 0, COMPARE[0])
    _paste(page, 1, COMPARE[1])
    for col, (price, count) in ((0, ("18.99", "120")), (1, ("24.99", "120"))):
        inputs = _top_column(page, col).locator('input[type="number"]')
        for field, value in zip((inputs.nth(0), inputs.nth(1)), (price, count)):
            field.fill(value)
            field.press("Enter")
            settle(page)
    page.locator("h1").first.click()  # blur the last input (no focus ring)
    settle(page, "suits sleep better")


def main() -> int:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="auditor-shots-") as tmp, served_app(Path(tmp) / "audits.db") as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = open_app(browser, url, PHONE)
            upload(page, SCAN_PHOTO)
            page.screenshot(path=str(DOCS / "scan_phone.png"))
            full_page(page, DOCS / "scan_phone_full.png")

            page = open_app(browser, url, DESKTOP)
            upload(page, SCAN_PHOTO)
            full_page(page, DOCS / "scan.png")

            page = open_app(browser, url, DESKTOP)
            upload(page, *PRODUCT_PHOTOS, wait="One product from 3 photos")
            full_page(page, DOCS / "product.png")

            page = open_app(browser, url, DESKTOP, "compare")
            compare(page)
            full_page(page, DOCS / "compare.png")

            page = open_app(browser, url, PHONE, "compare")
            compare(page)
            full_page(page, DOCS / "compare_phone.png")

            page = open_app(browser, url, DESKTOP, "history")
            settle(page, "newest first")
            full_page(page, DOCS / "history_log.png")
            page.get_by_placeholder("name, form, verdict").fill("polish")
            page.get_by_placeholder("name, form, verdict").press("Enter")
            settle(page)
            page.locator('button[data-testid="stBaseButton-secondary"]').filter(has_text="Open").first.click()
            settle(page, "The stored audit (JSON)")
            full_page(page, DOCS / "history.png")

            page = open_app(browser, url, DESKTOP, "batch")
            upload(page, *sorted(TEXTS.glob("*.txt")), wait="Download report (Markdown)")
            full_page(page, DOCS / "batch.png")
        finally:
            browser.close()
    print("wrote " + ", ".join(f"docs/{n}" for n in ("scan.png", "scan_phone.png", "scan_phone_full.png", "product.png",
                                                     "compare.png", "compare_phone.png", "history_log.png", "history.png", "batch.png")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
