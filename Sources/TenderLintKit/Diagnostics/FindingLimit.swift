/// Folds the findings of a rule past the per-document limit into the last one listed.
///
/// The findings kept are the first `limit` of each rule in presentation order; the last of them gets
/// `omitted` (how many were folded, including any its predecessors already carried) and a note that says so.
/// Folding again with the same limit changes nothing, so it can be applied at each stage that gathers findings.
public enum FindingLimit {
    /// The note on the last finding listed: "… and 99,900 more like this".
    public static func note(_ omitted: Int, limit: Int) -> String {
        "… and \(Prose.grouped(omitted)) more like this in this document, not listed: at most \(Prose.grouped(limit)) findings of one rule are listed for one document (see docs/limits.md)"
    }

    /// `diagnostics` with each rule's findings past `limit` folded; the order of those kept is unchanged.
    public static func fold(_ diagnostics: [Diagnostic], limit: Int) -> [Diagnostic] {
        guard limit > 0, diagnostics.count > limit else { return diagnostics }
        var counts: [String: Int] = [:]
        var over = false
        for diagnostic in diagnostics {
            let count = counts[diagnostic.rule.id, default: 0] + 1
            counts[diagnostic.rule.id] = count
            if count > limit { over = true }
        }
        guard over else { return diagnostics }
        // Per rule over the limit: which findings to keep (the first `limit` by position) and what they hide.
        var keep = [Bool](repeating: true, count: diagnostics.count)
        var lastKept: [Int: Int] = [:]
        for (rule, count) in counts where count > limit {
            let members = diagnostics.indices.filter { diagnostics[$0].rule.id == rule }
                .sorted { Diagnostic.presentationOrder(diagnostics[$0], diagnostics[$1]) }
            let total = members.reduce(0) { $0 + 1 + diagnostics[$1].omitted }
            for index in members.dropFirst(limit) { keep[index] = false }
            lastKept[members[limit - 1]] = total - limit
        }
        var result: [Diagnostic] = []
        result.reserveCapacity(diagnostics.count)
        for index in diagnostics.indices where keep[index] {
            var diagnostic = diagnostics[index]
            if let omitted = lastKept[index] {
                setOmitted(omitted, on: &diagnostic, limit: limit)
            } else if diagnostic.omitted > 0, counts[diagnostic.rule.id]! > limit {
                setOmitted(0, on: &diagnostic, limit: limit)  // now counted on the rule's last finding listed
            }
            result.append(diagnostic)
        }
        return result
    }

    /// Sets a finding's count of folded findings, replacing the note that said the old count.
    public static func setOmitted(_ omitted: Int, on diagnostic: inout Diagnostic, limit: Int) {
        if diagnostic.omitted > 0 {
            let prefix = "… and "
            diagnostic.notes.removeAll { $0.hasPrefix(prefix) && $0.hasSuffix("(see docs/limits.md)") }
        }
        diagnostic.omitted = omitted
        if omitted > 0 { diagnostic.notes.append(note(omitted, limit: limit)) }
    }
}

/// Findings of one rule gathered while a limit is in force: the first `limit` built, the rest only counted.
/// For producers that can make very many findings of one rule (an unknown field per element, say), so that
/// the findings past the limit cost a count, not a diagnostic with its quoted source.
struct FindingBudget {
    let limit: Int
    private(set) var listed: [Diagnostic] = []
    private(set) var omitted = 0

    init(limit: Int) {
        self.limit = max(1, limit)
    }

    /// Whether another finding would be listed rather than counted.
    var hasRoom: Bool { listed.count < limit }

    /// Lists the finding `make` builds, or counts it when the limit is reached.
    mutating func add(_ make: () -> Diagnostic) {
        if hasRoom { listed.append(make()) } else { omitted += 1 }
    }

    /// The findings listed, the last carrying the count of those that were not.
    var diagnostics: [Diagnostic] {
        guard omitted > 0, !listed.isEmpty else { return listed }
        var result = listed
        FindingLimit.setOmitted(omitted, on: &result[result.count - 1], limit: limit)
        return result
    }
}
