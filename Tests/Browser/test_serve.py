"""`tenderlint serve` on a free loopback port: a buyer's upload through the page in Chromium, and the API's answers."""
import http.client
import json
import queue
import re
import signal
import subprocess
import threading
import uuid
from urllib.parse import urlsplit

import pytest

import support

LISTENING = re.compile(r"tenderlint serve: listening on (http://\S+/)")
THIRTY_MEGABYTES = 30 * 1024 * 1024


class Server:
    """A running `tenderlint serve --port 0`, its standard error read as it comes."""

    def __init__(self):
        self.log = []
        self.process = subprocess.Popen([str(support.binary()), "serve", "--port", "0"], cwd=support.ROOT,
                                        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        lines = queue.Queue()
        threading.Thread(target=self._read, args=(lines,), daemon=True).start()
        self.url = None
        while self.url is None:
            try:
                line = lines.get(timeout=120)  # a deadline, so a server that never binds fails the test instead of hanging it
            except queue.Empty:
                self.process.kill()
                pytest.fail(f"tenderlint serve printed no 'listening on' line:\n{''.join(self.log)}", pytrace=False)
            if line is None:
                pytest.fail(f"tenderlint serve exited {self.process.wait()} before listening:\n{''.join(self.log)}", pytrace=False)
            if match := LISTENING.search(line):
                self.url = match.group(1)
        parts = urlsplit(self.url)
        self.host, self.port = parts.hostname, parts.port

    def _read(self, lines):
        for line in self.process.stderr:
            self.log.append(line)
            lines.put(line)
        lines.put(None)

    def request(self, method, path, body=None, headers=None):
        """One request on its own connection: the status, the headers (lower-cased names) and the body."""
        connection = http.client.HTTPConnection(self.host, self.port, timeout=120)
        try:
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
        finally:
            connection.close()

    def upload(self, path, body, chunked=False):
        """Sends a large body, reading the answer even when the server answers and closes before it is all sent."""
        connection = http.client.HTTPConnection(self.host, self.port, timeout=120)
        try:
            connection.putrequest("POST", path)
            connection.putheader("Content-Type", "application/octet-stream")
            connection.putheader("Transfer-Encoding" if chunked else "Content-Length", "chunked" if chunked else str(len(body)))
            connection.endheaders()
            step = 1024 * 1024
            try:
                for start in range(0, len(body), step):
                    piece = body[start:start + step]
                    connection.send(b"%x\r\n%s\r\n" % (len(piece), piece) if chunked else piece)
                if chunked:
                    connection.send(b"0\r\n\r\n")
            except (BrokenPipeError, ConnectionResetError):
                pass  # the server refused the body part way, as it should; its answer is still there to read
            response = connection.getresponse()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
        finally:
            connection.close()

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait()


@pytest.fixture(scope="module")
def server():
    # Skipped only while the sources have no serve command (it lands from another branch); once they have one,
    # a binary that cannot serve fails here.
    commands = (support.ROOT / "Sources" / "tenderlint").glob("*.swift")
    if not any('commandName: "serve"' in path.read_text(encoding="utf-8") for path in commands):
        pytest.skip("the sources have no serve command yet")
    running = Server()
    yield running
    running.stop()


def assert_strict_headers(headers, what):
    policy = headers.get("content-security-policy", "")
    assert "default-src 'none'" in policy, f"{what}: no strict Content-Security-Policy ({policy!r})"
    assert "frame-ancestors 'none'" in policy, f"{what}: the page may be framed ({policy!r})"
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy, f"{what}: {policy!r}"
    assert headers.get("x-content-type-options") == "nosniff", what
    assert headers.get("referrer-policy") == "no-referrer", what


def open_checker(open_page, server, **options):
    """The checker's page, with any CSP violation it reports recorded in guard.refusals."""
    guard = open_page(**options)
    guard.refusals = []
    guard.page.on("console", lambda message: guard.refusals.append(message.text) if "Content Security Policy" in message.text else None)
    guard.page.goto(server.url)
    return guard


def check(page, **fields):
    """Fills the form and presses Check, waiting for the report."""
    for selector, value in fields.items():
        if selector == "document":
            page.set_input_files("#document", str(value))
        else:
            page.fill(f"#{selector}", value)
    with page.expect_navigation():
        page.click("#check")


def test_the_page_checks_an_uploaded_sample_without_script(open_page, server):
    guard = open_checker(open_page, server, java_script_enabled=False)
    page = guard.page
    form = page.locator("form")
    assert form.get_attribute("method").lower() == "post" and form.get_attribute("action") == "/report"
    assert form.get_attribute("enctype") == "multipart/form-data"
    page.screenshot(path=str(support.output_folder() / "serve-page.png"), full_page=True)
    check(page, document=support.WHEELCHAIR)
    finding = page.locator('article.finding[data-rule="SV001"]')
    assert finding.count() == 1 and finding.is_visible()
    bar = page.locator('figure.lot-chart rect.bar[data-group="social-value"]')
    assert bar.get_attribute("data-share") == "8" and bar.is_visible()
    assert page.locator('figure.lot-chart line.minimum-line[data-minimum="10"]').count() == 1
    assert guard.refusals == [], f"the page broke its own Content-Security-Policy: {guard.refusals}"


def test_a_pasted_document_is_checked_and_styled_by_the_linked_stylesheet(open_page, server):
    guard = open_checker(open_page, server)
    page = guard.page
    check(page, text=support.WHEELCHAIR.read_text(encoding="utf-8"), filename="wheelchair-services.json")
    assert page.locator('article.finding[data-rule="SV001"]').count() == 1
    assert page.locator('p.shortfall[data-shortfall="2"]').count() == 1
    assert page.evaluate("[...document.styleSheets].some(sheet => sheet.href && sheet.href.endsWith('/report.css') && sheet.cssRules.length > 0)"), \
        "the report's stylesheet did not load"
    assert any(url.endswith("/report.css") for url in guard.requests)
    assert guard.refusals == [], f"the page broke its own Content-Security-Policy: {guard.refusals}"
    page.screenshot(path=str(support.output_folder() / "serve-report.png"))


def test_axe_finds_no_serious_violation_on_the_page_or_its_report(open_page, server):
    page = open_checker(open_page, server).page
    support.assert_no_serious_violation(page, "the checker's page")
    check(page, document=support.WHEELCHAIR)
    support.assert_no_serious_violation(page, "the report of an upload")


def test_a_script_in_a_criterion_name_is_shown_as_text_and_never_runs(open_page, server):
    hostile = support.hostile_copy(support.output_folder())
    guard = open_checker(open_page, server)
    page = guard.page
    check(page, text=hostile.read_text(encoding="utf-8"), filename="hostile-tender.json")
    assert page.locator('article.finding[data-rule="SV001"]').count() == 1
    support.assert_shown_not_run(guard)

    # The HTML answer itself carries the name escaped.
    boundary = uuid.uuid4().hex
    body = (f'--{boundary}\r\nContent-Disposition: form-data; name="document"; filename="hostile-tender.json"\r\n'
            f"Content-Type: application/json\r\n\r\n").encode() + hostile.read_bytes() + f"\r\n--{boundary}--\r\n".encode()
    status, headers, answer = server.request("POST", "/report", body, {"Content-Type": f"multipart/form-data; boundary={boundary}"})
    assert status == 200
    assert_strict_headers(headers, "POST /report")
    assert b"<script" not in answer.lower() and b"&lt;script&gt;window.pwned=1&lt;/script&gt;" in answer

    # The JSON answer carries it as text.
    status, headers, answer = server.request("POST", "/api/lint?filename=hostile-tender.json", hostile.read_bytes())
    assert status == 200 and headers.get("content-type", "").startswith("application/json")
    report = json.loads(answer)
    assert "<script>window.pwned=1</script>" in json.dumps(report, ensure_ascii=False), "the name is not in the JSON report"
    assert [d["ruleId"] for d in report["diagnostics"]].count("SV001") == 1


def test_the_api_answers_the_json_report_of_a_sample(server):
    status, headers, answer = server.request("POST", "/api/lint", support.WHEELCHAIR.read_bytes(), {"X-Filename": "wheelchair-services.json"})
    assert status == 200
    assert_strict_headers(headers, "POST /api/lint")
    report = json.loads(answer)
    assert report["version"] == "1"
    sv001 = [d for d in report["diagnostics"] if d["ruleId"] == "SV001"]
    assert len(sv001) == 1 and sv001[0]["file"] == "wheelchair-services.json" and sv001[0]["line"] == 26


@pytest.mark.parametrize("name, rule", [("scan.xml", "TL001"), ("scan.json", "TL002")])
def test_a_binary_file_gets_a_positioned_tl_diagnostic(server, name, rule):
    blob = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64  # a picture sent by mistake, NUL bytes and all
    status, _, answer = server.request("POST", f"/api/lint?filename={name}", blob)
    assert status == 200
    diagnostics = json.loads(answer)["diagnostics"]
    assert [d["ruleId"] for d in diagnostics] == [rule], diagnostics
    assert diagnostics[0]["file"] == name and diagnostics[0]["severity"] == "error"
    assert diagnostics[0]["line"] >= 1 and diagnostics[0]["column"] >= 1 and diagnostics[0]["message"]


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_a_thirty_megabyte_body_is_refused_with_413(server, chunked):
    status, headers, answer = server.upload("/api/lint?filename=big.json", b" " * THIRTY_MEGABYTES, chunked=chunked)
    assert status == 413
    assert headers.get("content-type", "").startswith("text/plain")
    assert answer.strip(), "413 with no message"
    assert_strict_headers(headers, "413")
    assert server.request("GET", "/healthz")[0] == 200, "the server did not survive the refusal"


def test_every_response_carries_the_strict_headers(server):
    for path in ("/", "/report.css", "/healthz", "/no-such-page"):
        status, headers, body = server.request("GET", path)
        assert status == (404 if path == "/no-such-page" else 200), path
        assert_strict_headers(headers, f"GET {path}")
        if path == "/report.css":
            assert headers.get("content-type", "").startswith("text/css") and body
        if path == "/healthz":
            assert body.strip() == b"ok"


def test_sigterm_stops_the_server_with_status_0(server):
    assert server.stop() == 0, f"tenderlint serve did not stop cleanly:\n{''.join(server.log)}"
