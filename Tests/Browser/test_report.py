"""The HTML report of the Samples, opened from disk in Chromium, as a buyer would read it."""
import collections
import re

import support

WHEELCHAIR_SECTION = 'section.document[data-path="Samples/wheelchair-services.json"]'

# Where an element is drawn on the screen, in CSS pixels.
BOX = "element => { const r = element.getBoundingClientRect(); return {left: r.left, top: r.top, right: r.right, bottom: r.bottom} }"


# A line is visible when it has length and a stroke (Playwright counts a line of no height as hidden).
DRAWN = """line => { const box = line.getBoundingClientRect(), style = getComputedStyle(line);
    return Math.max(box.width, box.height) > 0 && style.visibility === 'visible' && style.stroke !== 'none' }"""


def normalised(text):
    return re.sub(r"\s+", " ", text).strip()


def test_the_wheelchair_chart_draws_social_value_short_of_the_ten_percent_line(page, samples_report):
    page.goto(samples_report["url"])
    section = page.locator(WHEELCHAIR_SECTION)
    assert section.count() == 1, "the report has no section for Samples/wheelchair-services.json"
    assert section.locator("p.verdict").get_attribute("data-verdict") == "fail"
    figures = section.locator("figure.lot-chart")
    assert figures.count() == 1, "the tender has no lots: one chart for the whole of it"
    figure = figures.first
    figure.scroll_into_view_if_needed()
    line = figure.locator("line.minimum-line")
    assert line.get_attribute("data-minimum") == "10"
    social = figure.locator('rect.bar[data-group="social-value"]')
    assert social.count() == 1
    assert social.get_attribute("data-share") == "8"
    assert social.is_visible()
    assert line.evaluate(DRAWN), "the minimum line is not drawn"

    # Every bar is drawn to the scale of the minimum line, from one baseline: a bar of 8% reaches 8/10 of the way.
    marker = line.evaluate(BOX)
    bars = [(bar.get_attribute("data-group"), float(bar.get_attribute("data-share")), bar.evaluate(BOX))
            for bar in figure.locator("rect.bar").all()]
    assert {group for group, _, _ in bars} >= {"price", "quality", "social-value"}
    horizontal_line = marker["right"] - marker["left"] > marker["bottom"] - marker["top"]
    if horizontal_line:  # upright bars growing from a common bottom edge
        baselines = [box["bottom"] for _, _, box in bars]
        reach = {group: (box["bottom"] - box["top"], baselines[0] - marker["top"]) for group, _, box in bars}
    else:  # bars lying down, growing from a common left edge
        baselines = [box["left"] for _, _, box in bars]
        reach = {group: (box["right"] - box["left"], marker["left"] - baselines[0]) for group, _, box in bars}
    assert max(baselines) - min(baselines) <= 1, f"the bars do not start from one baseline: {bars}"
    for group, share, _ in bars:
        length, to_line = reach[group]
        assert to_line > 0
        assert abs(length / to_line - share / 10) <= 0.03, f"{group}'s bar ({share}%) is not drawn to the scale of the 10% line"
    length, to_line = reach["social-value"]
    assert length < to_line, "the social value bar reaches the 10% line"

    # The same figures as text beside the chart.
    row = figure.locator('table.shares tr[data-group="social-value"]')
    assert row.count() == 1
    assert "8%" in normalised(row.inner_text())
    assert row.is_visible()
    shortfall = section.locator("p.shortfall")
    assert shortfall.get_attribute("data-shortfall") == "2"
    assert "10%" in shortfall.inner_text()

    # The chart has a text alternative: a role, and a name and description from its title and desc.
    svg = figure.locator("svg")
    assert svg.get_attribute("role") == "img"
    labels = (svg.get_attribute("aria-labelledby") or "").split()
    assert labels, "the chart names no label"
    for label in labels:
        assert normalised(page.locator(f"[id='{label}']").text_content() or ""), f"the chart's label #{label} is missing or empty"
    assert normalised(svg.locator("title").first.text_content() or "")
    assert normalised(svg.locator("desc").first.text_content() or "")


def test_every_finding_of_the_json_report_is_listed_under_its_document(page, samples_report):
    diagnostics = samples_report["json"]["diagnostics"]
    assert diagnostics, "the Samples run found nothing"
    page.goto(samples_report["url"])
    assert page.locator("article.finding").count() == len(diagnostics), "the page lists another number of findings than the JSON report"

    by_file = collections.defaultdict(list)
    for diagnostic in diagnostics:
        by_file[diagnostic["file"]].append(diagnostic)
    for file, expected in by_file.items():
        section = page.locator(f'section.document[data-path="{file}"]')
        assert section.count() == 1, f"no section for {file}"
        articles = section.locator("article.finding").all()
        assert [a.get_attribute("data-rule") for a in articles] == [d["ruleId"] for d in expected], f"the findings of {file}"
        for article, diagnostic in zip(articles, expected):
            text = normalised(article.inner_text())
            assert article.get_attribute("data-severity") == diagnostic["severity"]
            assert normalised(diagnostic["message"]) in text, f"{file}: {diagnostic['ruleId']}'s message is not shown"
            safety = [fix.get_attribute("data-safety") for fix in article.locator("[data-safety]").all()]
            assert safety == [fix["applicability"] for fix in diagnostic["fixIts"]], f"{file}: {diagnostic['ruleId']}'s fixes and their safety"
            identifier = article.get_attribute("id")
            assert article.locator(f'a.finding-link[href="#{identifier}"]').count() == 1
            rule_link = article.locator(f'a[href="#rule-{diagnostic["ruleId"]}"]')
            assert rule_link.count() >= 1, f"{file}: {diagnostic['ruleId']} does not link to its explanation"
            assert page.locator(f'details.rule[id="rule-{diagnostic["ruleId"]}"]').count() == 1


def test_the_sv001_finding_shows_its_excerpt_with_the_fault_marked(page, samples_report):
    page.goto(samples_report["url"])
    article = page.locator(f'{WHEELCHAIR_SECTION} article.finding[data-rule="SV001"]')
    assert article.count() == 1
    excerpt = article.locator("pre.excerpt")
    assert "26" in excerpt.inner_text(), "the excerpt does not number the finding's line"
    assert excerpt.locator("mark").count() >= 1, "the fault is not marked"
    assert '"id": "social-value"' in excerpt.locator("mark").first.inner_text(), "the mark is not on the social value criterion"
    assert "raise social-value from 8 to 10" in normalised(article.inner_text()), "the finding does not say what would fix it"


def test_tab_from_the_top_reaches_every_finding_link_in_order(page, samples_report):
    page.goto(samples_report["url"])
    links = page.eval_on_selector_all("a.finding-link", "links => links.map(link => link.getAttribute('href'))")
    assert links, "the page has no finding links"
    focused = """() => {
        const element = document.activeElement;
        if (!element || element === document.body) return null;
        const box = element.getBoundingClientRect(), style = getComputedStyle(element);
        return {finding: element.matches('a.finding-link') ? element.getAttribute('href') : null,
                skip: element.matches('a.skip-link'),
                onScreen: box.bottom > 0 && box.top < innerHeight && box.width > 0,
                outlined: style.outlineStyle !== 'none' || style.boxShadow !== 'none'};
    }"""
    page.keyboard.press("Tab")
    first = page.evaluate(focused)
    assert first and first["skip"], "the first Tab stop is not the skip link"
    reached = []
    for _ in range(5000):
        page.keyboard.press("Tab")
        stop = page.evaluate(focused)
        if stop is None or stop["skip"]:
            break  # past the last stop: focus left the page or came round again
        if stop["finding"]:
            reached.append(stop["finding"])
            assert stop["onScreen"], f"{stop['finding']} has focus but is not on screen"
            assert stop["outlined"], f"{stop['finding']} has focus but shows no focus outline"
    assert reached == links


def test_the_skip_link_moves_to_the_main_content(page, samples_report):
    page.goto(samples_report["url"])
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#main"
    assert page.locator("a.skip-link").is_visible(), "the skip link stays hidden when it has focus"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"
    assert page.locator("main#main").count() == 1
    assert page.locator("h1").count() == 1


def test_axe_finds_no_serious_or_critical_violation(page, samples_report):
    page.goto(samples_report["url"])
    support.assert_no_serious_violation(page, "the Samples report")


def test_the_report_asks_for_nothing_but_itself(page, guard, samples_report):
    page.goto(samples_report["url"])
    page.wait_for_load_state("networkidle")
    assert guard.requests == [samples_report["url"]], f"the report loaded more than itself: {guard.requests}"
    assert page.evaluate("document.scripts.length") == 0, "the report holds a script"
    assert page.locator("[style]").count() == 0, "the report has style= attributes, which a strict CSP refuses"


def test_the_index_filters_documents_by_severity_and_rule_without_script(page, samples_report):
    page.goto(samples_report["url"])
    rows = page.locator("nav#index tr.index-row")
    assert rows.count() == len({d["file"] for d in samples_report["json"]["diagnostics"]}), "the index does not list each document with findings"

    def shown():
        return sorted(row.get_attribute("data-rules") for row in rows.all() if row.is_visible())

    everything = shown()
    assert len(everything) == rows.count()
    page.check("#severity-filter-warning")
    assert shown() == sorted(row.get_attribute("data-rules") for row in rows.all() if "warning" in row.get_attribute("data-severities").split())
    assert 0 < len(shown()) < len(everything)
    page.check("#severity-filter-all")
    page.check("#rule-filter-SV001")
    with_sv001 = {d["file"] for d in samples_report["json"]["diagnostics"] if d["ruleId"] == "SV001"}
    assert len(shown()) == len(with_sv001) and all("SV001" in rules.split() for rules in shown())
    page.check("#rule-filter-all")
    assert shown() == everything
