/// One finding as a buyer reads it: the message, where it is, the source lines with the fault marked, the notes,
/// what would make it pass (and whether tenderlint's fix is safe to apply), and the policy.
struct HTMLFinding {
    let context: [String: Any]

    init(_ diagnostic: Diagnostic, number: Int, explained: Set<String>) {
        var context = Self.summaryContext(diagnostic, explained: explained)
        context["anchor"] = "finding-\(number)"
        let lines = diagnostic.location.excerpt.lines
        if !lines.isEmpty {
            let first = lines[0].number, last = lines[lines.count - 1].number
            context["excerpt"] = [
                "label": first == last ? "Line \(first) of \(diagnostic.path)" : "Lines \(first) to \(last) of \(diagnostic.path)",
                "lines": lines.map { Self.lineContext($0, location: diagnostic.location) },
            ] as [String: Any]
            if let label = diagnostic.label { context["caretLabel"] = label }
        }
        if !diagnostic.notes.isEmpty {
            context["notes"] = diagnostic.notes
            context["hasNotes"] = true
        }
        let secondary = diagnostic.secondary.map { label in
            ["message": label.message, "where": Self.position(label.location)]
        }
        if !secondary.isEmpty {
            context["secondary"] = secondary
            context["hasSecondary"] = true
        }
        let fixes = diagnostic.fixIts.map { fix -> [String: Any] in
            var fixContext: [String: Any] = ["summary": fix.summary, "safety": fix.applicability.name]
            fixContext["safetyText"] = fix.applicability.isSafe
                ? "Safe: tenderlint lint --fix makes this change"
                : "Check before applying: \(fix.applicability.reason ?? "it may change what the tender means") (tenderlint lint --fix --unsafe-fixes makes it)"
            return fixContext
        }
        if !diagnostic.help.isEmpty || !fixes.isEmpty {
            context["fix"] = ["help": diagnostic.help, "fixIts": fixes] as [String: Any]
        }
        if let policy = diagnostic.policy {
            var policyContext: [String: Any] = ["name": policy.shortName]
            if let detail = policy.detail { policyContext["detail"] = detail }
            context["policy"] = policyContext
        }
        self.context = context
    }

    /// What a listing of waived or baselined findings shows: the rule, the level, the message and where.
    static func summaryContext(_ diagnostic: Diagnostic, explained: Set<String>) -> [String: Any] {
        var context: [String: Any] = [
            "rule": diagnostic.rule.id,
            "ruleName": diagnostic.rule.name,
            "severity": diagnostic.severity.rawValue,
            "severityTitle": severityTitle(diagnostic.severity),
            "message": diagnostic.message,
            "path": diagnostic.path,
            "where": position(diagnostic.location),
        ]
        if explained.contains(diagnostic.rule.id) { context["explained"] = true }
        if diagnostic.omitted > 0 { context["omitted"] = "and \(Prose.counted(diagnostic.omitted, "more finding")) of this rule in the document, not listed" }
        return context
    }

    static func severityTitle(_ severity: Severity) -> String {
        switch severity {
        case .error: "Error"
        case .warning: "Warning"
        case .info: "Information"
        }
    }

    /// "line 26, column 7", or "the file as a whole".
    static func position(_ location: SourceLocation) -> String {
        location.excerpt.lines.isEmpty ? "the file as a whole" : "line \(location.start.line), column \(location.start.column)"
    }

    /// A quoted line cut where the located range starts and ends on it, so the template can mark the fault.
    private static func lineContext(_ line: SourceExcerpt.Line, location: SourceLocation) -> [String: Any] {
        let scalars = Array(line.text.unicodeScalars)
        func index(ofColumn column: Int) -> Int { min(max(column - line.firstColumn, 0), scalars.count) }
        let start = line.number == location.start.line ? index(ofColumn: location.start.column) : 0
        var end = line.number == location.end.line ? index(ofColumn: location.end.column) : scalars.count
        // A range that starts and ends on one place (something missing there) still marks one character.
        if end <= start, line.number == location.start.line { end = min(start + 1, scalars.count) }
        func text(_ range: Range<Int>) -> String {
            var string = String.UnicodeScalarView()
            string.append(contentsOf: scalars[range])
            return String(string)
        }
        var context: [String: Any] = [
            "number": line.number,
            "before": (line.isClippedAtStart ? "…" : "") + text(0..<start),
            "marked": text(start..<max(start, end)),
            "after": text(max(start, end)..<scalars.count) + (line.isClippedAtEnd ? "…" : ""),
        ]
        if max(start, end) > start { context["hasMark"] = true }
        return context
    }
}
