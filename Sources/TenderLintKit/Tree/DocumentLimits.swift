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
