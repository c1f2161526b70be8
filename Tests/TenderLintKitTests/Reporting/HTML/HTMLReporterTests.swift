import Foundation
import Testing
import TenderLintKit

/// The HTML report as a buyer and a browser meet it: every finding shown with what it needs, document text
/// escaped, no script and no inline style, waived and baselined findings apart, and an index for many documents.
@Suite("HTML report")
struct HTMLReporterTests {
    let page = HTMLReporter().render(FormatsFixture.result)

    @Test("is one page that needs nothing else: no script, no inline style attribute, no address it would fetch")
    func standsAlone() {
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(!page.contains("<script"))
        #expect(!page.contains(" style=\""))
        #expect(!page.contains("src="))
        #expect(!page.contains(#"href="http"#) && !page.contains("url(") && !page.contains("@import"))
        #expect(page.contains("<style>"))
        // The policy in a meta element, its quotes escaped as every attribute's are.
        #expect(page.contains("default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;"))
    }

    @Test("links its stylesheet instead when a server asks, so its policy needs no 'unsafe-inline'")
    func linksStylesheet() {
        let linked = HTMLReporter(stylesheet: .linked("/report.css")).render(FormatsFixture.result)
        #expect(linked.contains(#"<link rel="stylesheet" href="/report.css">"#))
        #expect(!linked.contains("<style>"))
        #expect(!linked.contains("unsafe-inline"))
        #expect(HTMLReporter.stylesheetText.contains("@media print"))
    }

    @Test("lists every finding as an article a keyboard reaches, with its rule and level")
    func everyFindingIsListed() {
        let articles = page.components(separatedBy: "<article class=\"finding ").count - 1
        #expect(articles == FormatsFixture.result.diagnostics.count)
        for (index, diagnostic) in FormatsFixture.result.diagnostics.enumerated() {
            #expect(page.contains(#"id="finding-\#(index + 1)" data-rule="\#(diagnostic.ruleID)" data-severity="\#(diagnostic.severity.rawValue)""#))
            #expect(page.contains(##"<a class="finding-link" href="#finding-\##(index + 1)">"##))
        }
    }

    @Test("quotes the source lines with their numbers and marks the fault")
    func marksTheFault() {
        #expect(page.contains(#"<span class="line-number" aria-hidden="true">5</span>"#))
        #expect(page.contains("<mark>&lt;criterion id=&quot;social-value&quot; kind=&quot;social-value&quot; weight=&quot;8&quot;/&gt;</mark>"))
        #expect(page.contains("↑ 8% of the total"))
    }

    @Test("shows the notes, the help, whether the fix is safe, and the policy")
    func showsWhatWouldMakeItPass() {
        #expect(page.contains("<li>counted: social-value (8%)</li>"))
        #expect(page.contains("raise social-value to 10 and lower another criterion by 2"))
        #expect(page.contains(#"data-safety="unsafe""#))
        #expect(page.contains("it changes how bids are scored"))
        #expect(page.contains("PPN 06/20"))
    }

    @Test("links each finding to its rule's explanation in the same page")
    func explainsTheRules() {
        #expect(page.contains(##"<a href="#rule-SV001">SV001 social-value-weight</a>"##))
        #expect(page.contains(#"<details class="rule" id="rule-SV001" open>"#))
    }

    @Test("escapes every piece of document text, so markup in a document is shown, never run")
    func escapesDocumentText() {
        var result = FormatsFixture.result
        result.diagnostics = [FormatsFixture.awkwardDiagnostic()]
        let hostile = #"<script>alert(1)</script><img src=x onerror="alert(2)">"#
        result.diagnostics[0].message = "criterion \(hostile) carries 8%"
        result.diagnostics[0].notes = [hostile]
        let escaped = HTMLReporter().render(result)
        #expect(!escaped.contains("<script>alert"))
        #expect(!escaped.contains("<img"))
        #expect(escaped.contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt;"))
    }

    @Test("lists waived findings with their reasons, and baselined ones, apart from the findings")
    func listsWaivedAndBaselinedApart() {
        var result = FormatsFixture.result
        result.suppressed = [SuppressedFinding(FormatsFixture.missingPlan, reason: "a framework call-off; the plan was asked for at framework stage", inSource: true)]
        result.suppressedCount = 1
        result.baselined = [FormatsFixture.unknownAttribute]
        result.baselinedCount = 1
        let listed = HTMLReporter().render(result)
        #expect(listed.contains(#"<section id="waivers""#))
        #expect(listed.contains("Reason given: a framework call-off; the plan was asked for at framework stage (a suppression in the document)"))
        #expect(listed.contains(#"<section id="baselined""#))
        #expect(listed.contains("1 finding waived; 1 finding in the baseline"))
        #expect(!page.contains(#"id="waivers""#) && !page.contains(#"id="baselined""#))
    }

    @Test("indexes many documents with a filter by level and rule, and shows the first ones in full")
    func indexesManyDocuments() {
        var result = FormatsFixture.result
        result.diagnostics = (0..<30).map { index in
            var diagnostic = FormatsFixture.missingPlan
            diagnostic.location.path = "tenders/t\(index).json"
            return diagnostic
        }
        result.documentCount = 30
        let indexed = HTMLReporter(detailedDocuments: 10).render(result)
        #expect(indexed.components(separatedBy: #"<tr class="index-row"#).count - 1 == 30)
        #expect(indexed.components(separatedBy: #"<section class="document""#).count - 1 == 10)
        #expect(indexed.contains(#"id="severity-filter-error""#) && indexed.contains(#"id="rule-filter-NZ001""#))
        #expect(indexed.contains(#"#index:has(#rule-filter-NZ001:checked) .index-row:not([data-rules~="NZ001"])"#))
        #expect(indexed.contains("The first 10 of 30 documents are shown in full"))
        #expect(indexed.contains("(not shown in full)"))
    }

    @Test("says a clean run passes")
    func cleanRun() {
        let clean = HTMLReporter().render(FormatsFixture.empty)
        #expect(clean.contains(#"data-verdict="pass""#))
        #expect(!clean.contains("<article"))
    }
}
