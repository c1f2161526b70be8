extension RuleDocumentation {
    /// What fix a rule offers and whether `--fix` applies it, from its examples' findings: "none", or each kind
    /// of fix with its safety ("unsafe (it changes …): only --fix --unsafe-fixes applies it").
    static func fixes(_ examples: [RenderedExample], plain: Bool) -> String {
        let code = { (text: String) in plain ? "'\(text)'" : "`\(text)`" }
        var seen: [Diagnostic.FixIt.Applicability] = []
        for fix in examples.flatMap(\.fixes) where !seen.contains(fix.applicability) { seen.append(fix.applicability) }
        guard !seen.isEmpty else { return "none; \(code("tenderlint lint --fix")) leaves this rule's findings as they are" }
        return seen.map { applicability in
            if let reason = applicability.reason {
                "unsafe (\(reason)): only \(code("tenderlint lint --fix --unsafe-fixes")) applies it, so that a buyer decides"
            } else {
                "safe: \(code("tenderlint lint --fix")) applies it"
            }
        }.joined(separator: "; ")
    }
}
