"""A tender whose criterion name is markup: the report shows it as text and runs nothing."""
import shutil

import pytest

import support


@pytest.fixture(scope="module")
def hostile_report():
    folder = support.output_folder("hostile")
    shutil.rmtree(folder)
    folder.mkdir()
    document = support.hostile_copy(folder)
    html = f"{folder}/report.html"
    run = support.tenderlint("lint", "--format", f"html:{html}", str(document))
    assert run.returncode == 1, f"the hostile copy should still fail SV001; exited {run.returncode}\n{run.stderr}"
    return html


def test_a_criterion_named_with_markup_is_shown_as_text_and_nothing_runs(page, guard, hostile_report):
    page.goto(f"file://{hostile_report}")
    page.wait_for_load_state("networkidle")
    assert page.evaluate("typeof window.pwned") == "undefined", "the criterion's name ran as script"
    assert guard.dialogs == []
    assert page.evaluate("document.scripts.length") == 0
    assert page.locator("img").count() == 0, "the criterion's name became an image"
    assert page.locator("[onerror]").count() == 0
    text = page.locator("body").inner_text()
    # JSON escapes the quotes in the excerpt's source line, so the part without quotes is looked for as well.
    assert "<script>window.pwned=1</script><img src=x onerror=" in text, "the criterion's name is not shown as text"
    assert guard.requests == [f"file://{hostile_report}"], f"the page asked for more than itself: {guard.requests}"


def test_the_hostile_report_is_still_accessible(page, hostile_report):
    from axe_playwright_python.sync_playwright import Axe

    page.goto(f"file://{hostile_report}")
    results = Axe().run(page)
    serious = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert not serious, results.generate_report()
