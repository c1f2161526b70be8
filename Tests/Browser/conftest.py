"""Fixtures: Debian's Chromium through Playwright, pages that may not reach the network, and the Samples report."""
import json

import pytest

import support

DEADLINE_MS = 300_000


def pytest_addoption(parser):
    parser.addoption("--update-picture", action="store_true",
                     help="write docs/report.png, the README's picture, from the Samples report")


@pytest.fixture(scope="session")
def playwright():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        support.unavailable("Playwright is not installed (pip install playwright axe-playwright-python)")
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="session")
def browser(playwright):
    executable = support.chromium()
    if executable is None:
        support.unavailable("no chromium on PATH (Debian: apt-get install chromium)")
    browser = playwright.chromium.launch(executable_path=executable)
    yield browser
    browser.close()


@pytest.fixture
def open_page(browser):
    """Opens pages, each in a browser context whose requests off this machine are refused and recorded;
    the test fails if any was tried. Returns the context's guard, with the page as `guard.page`."""
    opened = []

    def open_(width=1280, height=800, **options):
        context = browser.new_context(viewport={"width": width, "height": height}, **options)
        # Playwright's 30 s default is too short on CI's two cores while swift test builds and runs beside the
        # browser: a deadline that fails a page which never loads, not a measure of speed.
        context.set_default_timeout(DEADLINE_MS)
        context.set_default_navigation_timeout(DEADLINE_MS)
        guard = support.NetworkGuard(context)
        guard.page = context.new_page()
        opened.append((context, guard))
        return guard

    yield open_
    for context, _ in opened:
        context.close()
    outside = [url for _, guard in opened for url in guard.outside()]
    assert outside == [], f"the page reached for the network: {outside}"


@pytest.fixture
def guard(open_page):
    """The guard of one desktop-sized page."""
    return open_page()


@pytest.fixture
def page(guard):
    return guard.page


@pytest.fixture(scope="session")
def samples_report():
    """`tenderlint lint --format html:… --format json:… Samples`, once: the HTML page and the JSON of the same run."""
    folder = support.output_folder()
    html, report = folder / "report.html", folder / "report.json"
    for old in (html, report):
        old.unlink(missing_ok=True)
    run = support.tenderlint("lint", "--format", f"html:{html}", "--format", f"json:{report}", "Samples")
    assert run.returncode == 1, f"lint Samples exited {run.returncode} (1 expected: the samples fail on purpose)\n{run.stderr}"
    assert html.is_file(), f"no HTML report was written\n{run.stderr}"
    return {"url": html.as_uri(), "path": html, "json": json.loads(report.read_text(encoding="utf-8"))}
