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
    support.assert_shown_not_run(guard)
    assert guard.requests == [f"file://{hostile_report}"], f"the page asked for more than itself: {guard.requests}"


def test_the_hostile_report_is_still_accessible(page, hostile_report):
    page.goto(f"file://{hostile_report}")
    support.assert_no_serious_violation(page, "the hostile document's report")
