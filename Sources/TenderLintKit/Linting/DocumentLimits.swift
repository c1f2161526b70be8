/// What one document may cost tenderlint: its size in bytes, the nodes read from it, and the findings
/// listed for each rule. A document past the byte or node limit gets one TL018 error and is not checked;
/// findings past the per-rule limit are folded into the last one listed. docs/limits.md says why each
/// default is what it is and how to change it (`limits:` in .tenderlint.yml).
public struct DocumentLimits: Sendable, Hashable {
    /// 256 MiB: far above any real tender document, below what a 2-core, few-GB CI runner can hold.
    public static let defaultMaximumBytes = 256 << 20
    /// 5,000,000 nodes (elements, attributes, text runs; JSON values): a tree of about 300 MB.
    public static let defaultMaximumNodes = 5_000_000
    /// 100 findings of one rule in one document: enough to see the pattern, few enough to read.
    public static let defaultFindingsPerRule = 100
    /// The most attributes one XML start tag may have: libxml2 compares each with every other (see
    /// `XMLAttributeScan`), and a real element has a handful. Fixed: no document needs more.
    public static let maximumAttributesPerElement = 10_000

    /// The largest document read, in bytes: an XML or JSON file, or one line of a JSON Lines file.
    public var maximumBytes: Int
    /// The most nodes read from one document; reading stops at the next one.
    public var maximumNodes: Int
    /// The most findings of one rule listed for one document; the rest are counted on the last one listed.
    public var findingsPerRule: Int

    public init(maximumBytes: Int = DocumentLimits.defaultMaximumBytes,
                maximumNodes: Int = DocumentLimits.defaultMaximumNodes,
                findingsPerRule: Int = DocumentLimits.defaultFindingsPerRule) {
        self.maximumBytes = maximumBytes
        self.maximumNodes = maximumNodes
        self.findingsPerRule = findingsPerRule
    }

    /// No limit at all: for tests and for callers that bound their input themselves.
    public static let none = DocumentLimits(maximumBytes: .max, maximumNodes: .max, findingsPerRule: .max)

    // MARK: Diagnostics

    /// TL018 for a document of `size` bytes, over `maximumBytes`: it is not read.
    func tooManyBytes(_ size: Int, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            ReaderRule.documentTooLarge, .error,
            "the document is \(Self.bytes(size)), more than the \(Self.bytes(maximumBytes)) tenderlint reads; it was not checked",
            at: location, label: "too large to read",
            notes: ["the limit keeps one file from taking a run's memory; a tender document is rarely more than a few megabytes"],
            help: ["if the file is meant to be this large, raise the limit in .tenderlint.yml: limits: { document-bytes: \(Self.suggested(size)) } (see docs/limits.md)",
                   "a bulk file of many documents reads best as JSON Lines, one document a line"])
    }

    /// TL018 for the node that went past `maximumNodes`: reading stopped there.
    func tooManyNodes(at location: SourceLocation, documentPath: String? = nil) -> Diagnostic {
        Diagnostic(
            ReaderRule.documentTooLarge, .error,
            "the document has more than \(Prose.grouped(maximumNodes)) nodes (elements, attributes, text or JSON values); tenderlint stops reading here and does not check it",
            at: location, label: "node \(Prose.grouped(maximumNodes + 1))",
            notes: ["the limit keeps one document from taking a run's memory: each node read costs about 60 bytes and more"],
            help: ["if the document is meant to be this large, raise the limit in .tenderlint.yml: limits: { nodes: \(maximumNodes * 2) } (see docs/limits.md)"],
            documentPath: documentPath)
    }

    /// TL018 for a start tag with more attributes than `maximumAttributesPerElement`: the document is not read.
    func tooManyAttributes(_ count: Int, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            ReaderRule.documentTooLarge, .error,
            "this start tag has \(Prose.grouped(count)) attributes, more than the \(Prose.grouped(Self.maximumAttributesPerElement)) tenderlint reads on one element; the document was not checked",
            at: location, label: "\(Prose.grouped(count)) attributes",
            notes: ["the XML parser compares each attribute of a tag with every other, so a tag with this many would take minutes; a real element has a handful"],
            help: ["write the values as child elements, or split the element"])
    }

    /// A size in the unit that reads best: "812 bytes", "3.4 MiB" (binary units, one decimal).
    static func bytes(_ value: Int) -> String {
        let units = [(1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")]
        for (size, unit) in units where value >= size {
            let tenths = (value * 10 + size / 2) / size
            return "\(Prose.grouped(tenths / 10)).\(tenths % 10) \(unit) (\(Prose.grouped(value)) bytes)"
        }
        return "\(Prose.grouped(value)) bytes"
    }

    /// A round limit above `size`, to suggest.
    private static func suggested(_ size: Int) -> Int {
        var limit = 1 << 20
        while limit <= size { limit *= 2 }
        return limit
    }
}

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
