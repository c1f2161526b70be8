"""The Samples report printed to A4, and pictures of it for a person to look at."""
import struct

import pytest

import support

A4_WIDTH = 794  # CSS pixels across an A4 page (210 mm at 96 per inch)
PICTURE = support.ROOT / "docs" / "report.png"


def png_size(data):
    """The width and height a PNG's header gives."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", data[16:24])


def test_the_report_prints_to_a4(page, samples_report):
    page.goto(samples_report["url"])
    page.emulate_media(media="print")
    pdf = page.pdf(format="A4", print_background=True)
    assert pdf.startswith(b"%PDF-")
    assert b"%%EOF" in pdf[-64:], "the PDF is cut short"
    (support.output_folder() / "report.pdf").write_bytes(pdf)
    # Printed, a buyer still sees every finding and every chart.
    for selector in ("article.finding", "figure.lot-chart"):
        hidden = [element.get_attribute("id") or selector for element in page.locator(selector).all() if not element.is_visible()]
        assert hidden == [], f"printing hides {selector}: {hidden[:5]}"


def test_printing_opens_what_the_screen_collapses(page, samples_report):
    page.goto(samples_report["url"])
    page.emulate_media(media="print")
    for selector in ("details.evidence table.facts", "details.not-binding ul"):
        hidden = [element for element in page.locator(selector).all() if not element.is_visible()]
        assert hidden == [], f"printing leaves {len(hidden)} of {selector} collapsed"


def test_the_report_fits_an_a4_page_across(open_page, samples_report):
    page = open_page(A4_WIDTH, 1123).page
    page.goto(samples_report["url"])
    page.emulate_media(media="print")
    wide = page.evaluate("document.documentElement.scrollWidth")
    assert wide <= A4_WIDTH, f"printed, the page is {wide} px wide, wider than A4's {A4_WIDTH}"


def test_screenshots_at_desktop_and_a4_size_are_written_under_build(open_page, samples_report):
    folder = support.output_folder()
    shots = {}
    for name, width, height, media in (("report-desktop.png", 1280, 800, "screen"), ("report-a4.png", A4_WIDTH, 1123, "print")):
        page = open_page(width, height).page
        page.goto(samples_report["url"])
        page.emulate_media(media=media)
        # The whole page is tens of thousands of pixels tall; conftest's deadline allows for a loaded machine.
        shots[name] = page.screenshot(path=str(folder / name), full_page=True)
        # The wheelchair sample's section alone is easier to look at.
        section = page.locator('section.document[data-path="Samples/wheelchair-services.json"]')
        section.screenshot(path=str(folder / name.replace("report-", "wheelchair-")))
    assert png_size(shots["report-desktop.png"])[0] == 1280
    assert png_size(shots["report-a4.png"])[0] == A4_WIDTH


def test_the_readme_picture_is_the_top_of_the_samples_report(page, samples_report, request):
    """With --update-picture this writes docs/report.png; otherwise it checks the committed one."""
    page.goto(samples_report["url"])
    picture = page.screenshot(full_page=False)
    (support.output_folder() / "report-top.png").write_bytes(picture)
    if request.config.getoption("--update-picture"):
        PICTURE.write_bytes(picture)
    if not PICTURE.is_file():
        pytest.fail("docs/report.png is missing: run python3 -B -m pytest Tests/Browser --update-picture", pytrace=False)
    committed = PICTURE.read_bytes()
    assert png_size(committed) == (1280, 800), "docs/report.png is not a desktop-sized picture of the report"
    assert len(committed) < 400_000, "docs/report.png is larger than a README picture needs to be"
