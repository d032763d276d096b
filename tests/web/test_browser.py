"""End to end: `reelcheck serve` under uvicorn, driven by real headless Chromium via Playwright.

Uses Debian's /usr/bin/chromium (scripts/install-browser.sh installs it); never downloads a
browser. A copy editor's path: paste an article, submit, see the highlights with their labels,
click one and read why.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"

ARTICLE = ("Awards night recap\n\n"
           "Mikey Maddison won the Oscar for Best Actress. "
           "Yura Borisov won the Oscar for Best Supporting Actor for Anora. "
           "Sean Baker directed Anora, which premiered at the Cannes Film Festival.\n")

pytestmark = pytest.mark.browser


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(default_kb):
    """A real `reelcheck serve` on a free local port; the default KB is already built."""
    port = free_port()
    env = {**os.environ, "REELCHECK_CACHE": os.environ["REELCHECK_CACHE"],
           "REELCHECK_HOME": os.environ["REELCHECK_HOME"]}
    proc = subprocess.Popen(
        [sys.executable, "-m", "reelcheck.cli", "serve", "--host", "127.0.0.1",
         "--port", str(port)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            if proc.poll() is not None:
                pytest.fail(f"reelcheck serve exited with {proc.returncode}: "
                            f"{proc.stderr.read().decode(errors='replace')[-2000:]}")
            try:
                with urllib.request.urlopen(base + "/api/health", timeout=1) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("reelcheck serve did not answer /api/health within 30 s")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def browser():
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"{CHROMIUM} is missing: run scripts/install-browser.sh "
                    "(installs Debian's chromium) and run the tests again")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield b
        finally:
            b.close()


def test_paste_check_and_read_the_evidence(server, browser):
    from playwright.sync_api import expect

    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.set_default_timeout(15_000)
    page.goto(server + "/")
    page.fill("textarea[name=text]", ARTICLE)
    page.click("#check-button")
    page.wait_for_selector("#rc-article")

    # The misspelled name: highlighted, with its label as visible text.
    name = page.locator("#rc-article mark.k-name.t-bad", has_text="Mikey Maddison")
    expect(name).to_be_visible()
    expect(page.locator("#rc-article .badge.t-bad",
                        has_text="MISSPELLED → Mikey Madison")).to_be_visible()
    # The false award claim: highlighted as refuted, labelled REFUTED.
    # (Names inside the claim carry their own labels, so match the words between them.)
    claim = page.locator("#rc-article mark.k-claim.t-bad[id]",
                         has_text="won the Oscar for Best Supporting Actor")
    expect(claim.first).to_be_visible()
    refuted_badge = page.locator("#rc-article .badge.t-bad", has_text="REFUTED")
    expect(refuted_badge.first).to_be_visible()
    assert refuted_badge.first.inner_text().strip() == "REFUTED"
    # The summary lists the problems.
    expect(page.locator(".rc-problems")).to_contain_text("Yura Borisov won")

    # Click the refuted claim: its verdict, explanation and evidence appear.
    pop = page.locator("#rc-pop")
    expect(pop).to_be_hidden()
    # Click on the claim's own words (not on a name nested inside it).
    x, y = claim.first.evaluate("""m => {
        const t = [...m.childNodes].find(n => n.nodeType === 3 && n.textContent.trim());
        const r = document.createRange(); r.selectNodeContents(t);
        const b = r.getClientRects()[0]; return [b.x + b.width / 2, b.y + b.height / 2];
    }""")
    page.mouse.click(x, y)
    expect(pop).to_be_visible()
    expect(pop).to_contain_text("Refuted claim")
    expect(pop).to_contain_text("did not win")
    expect(pop.locator(".rc-evidence li").first).to_be_visible()
    ev_link = pop.locator(".rc-evidence a").first
    assert ev_link.get_attribute("href").startswith(("http://", "https://"))
    assert "noopener" in ev_link.get_attribute("rel")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "browser-report-claim.png"), full_page=True)

    # Keyboard: Escape closes; focus the misspelled name and press Enter to open it.
    page.keyboard.press("Escape")
    expect(pop).to_be_hidden()
    name.focus()
    page.keyboard.press("Enter")
    expect(pop).to_be_visible()
    expect(pop).to_contain_text("looks like a misspelling of Mikey Madison")
    page.screenshot(path=str(ARTIFACTS / "browser-report-name.png"), full_page=True)

    # A badge inside another highlight opens its own finding first, not the enclosing claim.
    page.keyboard.press("Escape")
    expect(pop).to_be_hidden()
    page.locator("#rc-article .badge.t-bad", has_text="MISSPELLED → Mikey Madison").click()
    expect(pop).to_be_visible()
    expect(pop.locator(".rc-card").first).to_contain_text("Misspelled name")

    # The entity link in the details leads to the KB page.
    pop.locator("a", has_text="Mikey Madison").first.click()
    expect(page.locator("h1")).to_have_text("Mikey Madison")
    page.close()


def csp_watch(page) -> list[str]:
    """Console messages about blocked content and uncaught page errors, as they happen."""
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text)
            if "Content Security Policy" in m.text or "Refused to" in m.text else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    return problems


def offline(page, base: str) -> list[str]:
    """Abort every request that does not go to the local server (as if there were no network)."""
    tried: list[str] = []

    def route(r):
        if r.request.url.startswith(base) or r.request.url.startswith(("data:", "blob:")):
            r.continue_()
        else:
            tried.append(r.request.url)
            r.abort()
    page.route("**/*", route)
    return tried


def test_report_page_script_works_under_its_csp(server, browser):
    from playwright.sync_api import expect

    page = browser.new_page()
    page.set_default_timeout(15_000)
    problems = csp_watch(page)
    page.goto(server + "/")
    page.fill("textarea[name=text]", ARTICLE)
    with page.expect_response(lambda r: r.url.endswith("/check")) as resp:
        page.click("#check-button")
    headers = resp.value.headers
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert "script-src 'sha256-" in headers["content-security-policy"]
    page.wait_for_selector("#rc-article")
    page.locator("#rc-article .badge.t-bad", has_text="MISSPELLED → Mikey Madison").click()
    expect(page.locator("#rc-pop")).to_be_visible()  # the page's own script ran
    assert problems == []
    page.close()


def test_swagger_ui_works_offline_under_its_csp(server, browser):
    from playwright.sync_api import expect

    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.set_default_timeout(20_000)
    problems = csp_watch(page)
    tried = offline(page, server)
    page.goto(server + "/docs")
    expect(page.locator(".swagger-ui .info .title")).to_contain_text("reelcheck")
    op = page.locator(".opblock-post", has_text="/api/check").first
    expect(op).to_be_visible()
    op.locator(".opblock-summary").click()
    # The 200 response's example is built from the report schema.
    expect(op.locator(".response", has_text="200").first).to_contain_text('"claims"')
    assert tried == [] and problems == []
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "browser-docs.png"))
    page.close()


def test_redoc_works_offline_under_its_csp(server, browser):
    from playwright.sync_api import expect

    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.set_default_timeout(20_000)
    problems = csp_watch(page)
    tried = offline(page, server)
    page.goto(server + "/redoc")
    expect(page.locator("h1").first).to_contain_text("reelcheck")
    expect(page.get_by_text("/api/check").first).to_be_attached()
    assert tried == [] and problems == []
    page.close()


def test_form_upload_over_the_limit_shows_an_error_page(server, browser):
    from playwright.sync_api import expect

    page = browser.new_page()
    page.set_default_timeout(20_000)
    page.goto(server + "/")
    page.set_input_files("input[type=file]", files=[{
        "name": "huge.txt", "mimeType": "text/plain",
        "buffer": b"Sean Baker directed Anora. " * 120_000}])  # ~3.2 MB, over the 2 MB limit
    with page.expect_response(lambda r: r.url.endswith("/check")) as resp:
        page.click("#check-button")
    assert resp.value.status == 413
    assert resp.value.headers["content-type"].startswith("text/html")
    expect(page.locator(".rc-error")).to_contain_text("byte limit")
    expect(page.locator("h1")).to_contain_text("413")
    page.close()
