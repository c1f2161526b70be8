/// One document in full: its verdict and counts, who the buyer is and which policies bind it, each lot's chart,
/// and its findings.
struct HTMLDocumentSection {
    let context: [String: Any]

    /// `findingNumber` numbers findings across the page, so that each has its own anchor.
    init(_ document: HTMLDocumentGroup, number: Int, explained: Set<String>, result: LintResult, findingNumber: inout Int) {
        let anchor = "doc-\(number)"
        let counts = document.counts
        let title = document.digests.lazy.compactMap(\.title).first
        var context: [String: Any] = [
            "anchor": anchor,
            "path": document.path,
            "heading": title ?? document.displayPath,
            "verdict": document.passes ? "pass" : "fail",
            "verdictText": Self.verdictText(counts),
            "errors": counts.errors,
            "warnings": counts.warnings,
            "infos": counts.infos,
        ]
        if title != nil { context["location"] = document.displayPath } else if let line = document.line { context["line"] = line }
        context["tenders"] = document.digests.enumerated().map { index, digest in
            Self.tenderContext(digest, anchor: "\(anchor)-t\(index + 1)", showsHeading: document.digests.count > 1)
        }
        context["findings"] = document.diagnostics.map { diagnostic in
            findingNumber += 1
            return HTMLFinding(diagnostic, number: findingNumber, explained: explained).context
        }
        context["hasFindings"] = !document.diagnostics.isEmpty
        self.context = context
    }

    private static func verdictText(_ counts: SeverityCounts) -> String {
        if counts.errors > 0 { return "Does not pass: \(counts.description)" }
        if counts.warnings > 0 { return "Passes, with \(Prose.counted(counts.warnings, "warning")) to look at" }
        return counts.infos > 0 ? "Passes, with \(Prose.counted(counts.infos, "note"))" : "Passes: nothing found"
    }

    private static func tenderContext(_ digest: TenderDigest, anchor: String, showsHeading: Bool) -> [String: Any] {
        var context: [String: Any] = [
            "anchor": anchor,
            "buyer": digest.buyer ?? "not named in the document",
            "buyerDescription": digest.buyerDescription,
            "judgedOn": digest.judgedOn.description,
            "judgedBy": digest.judgedBy,
            "facts": digest.facts.map { ["name": $0.name, "value": $0.value, "basis": $0.basis] },
        ]
        if showsHeading { context["tenderHeading"] = digest.title ?? digest.reference ?? "Tender on line \(digest.line)" }
        if let reference = digest.reference { context["reference"] = reference }
        func policies(_ verdict: PolicyBinding.Verdict) -> [[String: Any]] {
            digest.policies.filter { $0.verdict == verdict }.map { ["name": $0.name, "title": $0.title, "explanation": $0.explanation] }
        }
        let binding = policies(.binds), unknown = policies(.unknown), notBinding = policies(.doesNotBind)
        if !binding.isEmpty { context["binding"] = binding }
        if !unknown.isEmpty { context["unknown"] = unknown }
        if !notBinding.isEmpty {
            context["notBinding"] = notBinding
            context["notBindingSummary"] = "\(Prose.counted(notBinding.count, "policy", plural: "policies")) tenderlint knows \(notBinding.count == 1 ? "does" : "do") not bind this buyer"
        }
        if binding.isEmpty && unknown.isEmpty { context["noneBinds"] = true }
        context["lots"] = digest.lots.enumerated().map { index, lot in
            ShareChart(lot, anchor: "\(anchor)-lot\(index + 1)").context
        }
        return context
    }
}
