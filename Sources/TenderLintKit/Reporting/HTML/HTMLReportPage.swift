import Foundation

/// The whole page as the templates see it: the run's summary, the index of documents, each document shown in
/// full up to the limit, what was waived or baselined, and the rules' explanations.
struct HTMLReportPage {
    let context: [String: Any]

    init(_ result: LintResult, detailedDocuments: Int, stylesheet: HTMLReporter.Stylesheet) {
        let documents = HTMLDocumentGroup.group(result.diagnostics, digests: result.documents)
        let explained = Set(result.rules.map(\.id))
        var findingNumber = 0
        var sections: [[String: Any]] = []
        for (index, document) in documents.enumerated() where index < detailedDocuments {
            sections.append(HTMLDocumentSection(document, number: index + 1, explained: explained, result: result, findingNumber: &findingNumber).context)
        }
        let counts = SeverityCounts(result.diagnostics)
        var context: [String: Any] = [
            "title": Self.title(documents, result: result),
            "summary": Self.summary(counts, result: result),
            "verdict": counts.errors > 0 ? "fail" : "pass",
            "verdictText": counts.errors > 0 ? "Does not pass: there are errors to fix before publication" : "Passes: no errors",
            "documents": sections,
            "version": result.toolVersion,
        ]
        switch stylesheet {
        case .inline: context["inlineStyle"] = HTMLStylesheet.text + HTMLIndex.filterStylesheet(documents)
        case .linked(let address): context["stylesheetURL"] = address
        }
        context["contentSecurityPolicy"] = switch stylesheet {
        case .inline: "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
        case .linked: "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'"
        }
        if documents.count > 1 {
            context["index"] = HTMLIndex(documents, detailed: detailedDocuments, filters: stylesheet == .inline).context
        }
        if documents.count > detailedDocuments {
            context["notShown"] = "The first \(detailedDocuments) of \(documents.count) documents are shown in full; the index lists them all. Lint a document on its own, or use --format json, to see the rest."
        }
        if !result.suppressed.isEmpty {
            context["hasWaived"] = true
            context["waived"] = result.suppressed.map { waived in
                HTMLFinding.summaryContext(waived.diagnostic, explained: explained).merging([
                    "reason": waived.reason,
                    "where": waived.inSource ? "a suppression in the document" : "the suppressions file beside it",
                ]) { _, new in new }
            }
        }
        if !result.baselined.isEmpty {
            context["hasBaselined"] = true
            context["baselined"] = result.baselined.map { HTMLFinding.summaryContext($0, explained: explained) }
        }
        let reported = Set(result.diagnostics.map(\.rule.id) + result.suppressed.map(\.diagnostic.rule.id) + result.baselined.map(\.rule.id))
        let rules = result.rules.filter { reported.contains($0.id) }
        context["rules"] = rules.map(Self.ruleContext)
        context["hasRules"] = !rules.isEmpty
        self.context = context
    }

    private static func title(_ documents: [HTMLDocumentGroup], result: LintResult) -> String {
        if documents.count == 1, let only = documents.first { return "tenderlint report: \(only.displayPath)" }
        return "tenderlint report: \(Prose.counted(result.documentCount, "document"))"
    }

    private static func summary(_ counts: SeverityCounts, result: LintResult) -> String {
        var parts = ["\(Prose.counted(result.documentCount, "document")) checked in \(Prose.counted(result.fileCount, "file"))"]
        parts.append(counts.description)
        if result.suppressedCount > 0 { parts.append("\(Prose.counted(result.suppressedCount, "finding")) waived") }
        if result.baselinedCount > 0 { parts.append("\(Prose.counted(result.baselinedCount, "finding")) in the baseline") }
        return parts.joined(separator: "; ")
    }

    private static func ruleContext(_ rule: ReportedRule) -> [String: Any] {
        [
            "id": rule.id,
            "name": rule.name,
            "summary": ReportText.plain(rule.summary),
            "severity": rule.defaultSeverity.rawValue,
            "sections": rule.explanation.sections.map { section in
                ["title": section.title, "blocks": HTMLText.blocks(section.markdown)] as [String: Any]
            },
        ]
    }
}

/// How many findings there are at each level.
struct SeverityCounts {
    var errors = 0
    var warnings = 0
    var infos = 0

    init(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            let count = 1 + diagnostic.omitted
            switch diagnostic.severity {
            case .error: errors += count
            case .warning: warnings += count
            case .info: infos += count
            }
        }
    }

    var total: Int { errors + warnings + infos }

    /// "2 errors, 1 warning and no information findings".
    var description: String {
        "\(Prose.counted(errors, "error")), \(Prose.counted(warnings, "warning")) and \(Prose.counted(infos, "information finding"))"
    }
}
