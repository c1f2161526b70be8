"""What the browser tests share: where things are, running tenderlint, and a guard against the network."""
import ipaddress
import json
import os
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
OUTPUT = ROOT / ".build" / "browser"
SAMPLES = ROOT / "Samples"
WHEELCHAIR = SAMPLES / "wheelchair-services.json"

# A criterion name that runs script if it is ever inserted as markup rather than shown as text.
HOSTILE_NAME = '<script>window.pwned=1</script><img src=x onerror="window.pwned=2">'

# Set by .ci/run: on CI a missing browser or Playwright is a failure, not a reason to skip.
REQUIRED = bool(os.environ.get("TENDERLINT_REQUIRE_BROWSER"))


def unavailable(reason):
    """Skips the test, or fails it where CI asked for the browser tests to run."""
    if REQUIRED:
        pytest.fail(f"{reason}; TENDERLINT_REQUIRE_BROWSER is set, so this fails rather than skips", pytrace=False)
    pytest.skip(reason)


def binary():
    """The tenderlint under test: TENDERLINT_BINARY (the Swift test sets it), or the debug build."""
    path = Path(os.environ.get("TENDERLINT_BINARY") or ROOT / ".build" / "debug" / "tenderlint")
    if not path.is_file():
        pytest.fail(f"no tenderlint at {path}: build it first (swift build), or set TENDERLINT_BINARY", pytrace=False)
    return path


def tenderlint(*arguments, cwd=ROOT):
    """Runs tenderlint to its end, without colour, output and error captured as text."""
    environment = dict(os.environ, NO_COLOR="1")
    return subprocess.run([str(binary()), *arguments], cwd=cwd, env=environment, capture_output=True, text=True, timeout=300)


def output_folder(*parts):
    """A folder under .build/browser/, made if need be: nothing the tests write lands in the source tree."""
    folder = OUTPUT.joinpath(*parts)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def hostile_copy(folder):
    """Samples/wheelchair-services.json with its social value criterion renamed to HOSTILE_NAME, written to folder.
    The text is edited in place, so the name stays on the line of the SV001 finding and shows in its excerpt."""
    text = WHEELCHAIR.read_text(encoding="utf-8")
    original = '"name": "Social value"'
    assert text.count(original) == 1, "Samples/wheelchair-services.json no longer names its social value criterion so"
    path = Path(folder) / "hostile-tender.json"
    path.write_text(text.replace(original, '"name": ' + json.dumps(HOSTILE_NAME)), encoding="utf-8")
    return path


def assert_shown_not_run(guard):
    """The page of `guard` shows HOSTILE_NAME as text and ran none of it: no script, image, handler or dialog."""
    page = guard.page
    assert page.evaluate("typeof window.pwned") == "undefined", "the criterion's name ran as script"
    assert guard.dialogs == [], f"the page opened dialogs: {guard.dialogs}"
    assert page.evaluate("document.scripts.length") == 0, "the page holds a script"
    assert page.locator("img, [onerror]").count() == 0, "the criterion's name became an image"
    # JSON escapes the name's quotes in the excerpt's source line, so the part without quotes is looked for.
    assert "<script>window.pwned=1</script><img src=x onerror=" in page.locator("body").inner_text(), "the name is not shown as text"


def assert_no_serious_violation(page, what="the page"):
    """Runs axe-core on the page: no serious or critical violation. The lesser ones are printed (pytest -s)."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    for violation in results.response["violations"]:
        print(f"axe, {what}: {violation['id']} ({violation['impact']}) on {len(violation['nodes'])} elements: {violation['help']}")
    serious = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert not serious, f"{what}: {results.generate_report()}"


def chromium():
    """Debian's Chromium, as found on PATH; Playwright's own browser builds cannot be downloaded here."""
    return shutil.which("chromium")


def is_local(url):
    """Whether a request stays on this machine: a file, inline data, or the loopback network."""
    parts = urlsplit(url)
    if parts.scheme in ("file", "data", "about", "blob"):
        return True
    if parts.scheme not in ("http", "https", "ws", "wss") or not parts.hostname:
        return False
    if parts.hostname == "localhost":
        return True
    try:
        return ipaddress.ip_address(parts.hostname).is_loopback
    except ValueError:
        return False


class NetworkGuard:
    """Watches a browser context: every request it makes, every request it was refused, every dialog."""

    def __init__(self, context):
        self.requests = []
        self.refused = []
        self.dialogs = []
        context.route("**/*", self._route)
        context.on("request", lambda request: self.requests.append(request.url))
        context.on("page", self._watch)

    def _route(self, route):
        if is_local(route.request.url):
            route.continue_()
        else:
            self.refused.append(route.request.url)
            route.abort("blockedbyclient")

    def _watch(self, page):
        page.on("dialog", self._dialog)
        page.on("websocket", lambda socket: None if is_local(socket.url) else self.refused.append(socket.url))

    def _dialog(self, dialog):
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def outside(self):
        """Requests that left, or tried to leave, this machine."""
        return self.refused + [url for url in self.requests if not is_local(url)]
