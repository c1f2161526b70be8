/// An exception written into a tender document (or beside it): "do not report these rules here, because…".
///
/// Procurement is audited, so a suppression carries its reason and where it was written, and every one in
/// force can be listed (`tenderlint lint --waivers`). Three spellings produce suppressions:
///
/// - an XML processing instruction: `<?tenderlint disable-next SV001 -- reason?>`;
/// - an XML comment: `<!-- tenderlint: disable-next SV001 - reason -->` (XML forbids `--` inside a comment,
///   so the comment spelling takes a single hyphen or an em dash before the reason);
/// - a sidecar file `FILE.tenderlint.yml` naming JSON Pointers (or XPaths), for JSON documents that cannot hold comments.
///
/// See `SuppressionScanner`, `SuppressionSidecar` and `applySuppressions(_:to:knownRules:)`, and docs/suppressions.md.
public struct Suppression: Sendable, Hashable {
    /// What part of the document a suppression covers.
    public enum Scope: Sendable, Hashable {
        /// The element after the directive, from its `<` to the end of its end tag: attributes and descendants included.
        case nextElement(ByteRange)
        /// From the end of a `disable` directive to the start of the `enable` that closes it, or to the end of the document.
        case region(ByteRange)
        /// A node named by a document path (JSON Pointer or tenderlint's XPath) and everything under it.
        case documentPath(String)
        /// The whole document.
        case document
    }

    /// How the suppression was written.
    public enum Form: String, Sendable, Hashable {
        case processingInstruction = "processing instruction"
        case comment
        case sidecar
    }

    /// The rules as written: ids (`SV001`) or kebab-case names (`social-value-weighting`). Never a wildcard.
    public var rules: [String]
    /// Where each entry of `rules` is written, for diagnostics about one of them.
    public var ruleLocations: [SourceLocation]
    /// Why the exception is justified. Nil when none was given: such a suppression suppresses nothing (TL009).
    public var reason: String?
    public var scope: Scope
    /// The directive or sidecar entry itself.
    public var origin: SourceLocation
    public var form: Form
    /// The path of the document the suppression applies to: diagnostics are matched only in that file.
    /// For a directive it is `origin.path`; for a sidecar entry, the document beside the sidecar.
    public var file: String
    /// The element's document path (next-element scope), or the path named (document-path scope).
    public var target: String?
    /// The lines the scope covers in `file`, when it is a range of the text.
    public var coveredLines: ClosedRange<Int>?
    /// The `enable` directive that ends a region; nil when the region runs to the end of the document.
    public var regionEnd: SourceLocation?

    public init(
        rules: [String],
        ruleLocations: [SourceLocation]? = nil,
        reason: String?,
        scope: Scope,
        origin: SourceLocation,
        form: Form,
        file: String? = nil,
        target: String? = nil,
        coveredLines: ClosedRange<Int>? = nil,
        regionEnd: SourceLocation? = nil
    ) {
        self.rules = rules
        self.ruleLocations = ruleLocations ?? Array(repeating: origin, count: rules.count)
        self.reason = reason
        self.scope = scope
        self.origin = origin
        self.form = form
        self.file = file ?? origin.path
        self.target = target
        self.coveredLines = coveredLines
        self.regionEnd = regionEnd
    }

    /// Whether the scope covers a diagnostic's primary location (rules aside).
    public func covers(_ diagnostic: Diagnostic) -> Bool {
        guard diagnostic.location.path == file else { return false }
        let offset = diagnostic.location.start.offset
        switch scope {
        case .nextElement(let range), .region(let range):
            return range.lowerBound <= offset && offset < range.upperBound
        case .documentPath(let path):
            guard let documentPath = diagnostic.documentPath else { return false }
            return Self.isPath(documentPath, under: path)
        case .document:
            return true
        }
    }

    /// Whether `path` is `ancestor` or lies under it, segment by segment: `/lots/10` is not under `/lots/1`.
    static func isPath(_ path: String, under ancestor: String) -> Bool {
        if ancestor.isEmpty { return true }
        if path == ancestor { return true }
        return path.hasPrefix(ancestor) && path.utf8.dropFirst(ancestor.utf8.count).first == UInt8(ascii: "/")
    }

    /// Whether a rule as written names this diagnostic's rule, by id or by name, ignoring case.
    static func names(_ written: String, _ rule: RuleIdentity) -> Bool {
        written.caseInsensitiveCompare(rule.id) == .orderedSame || written.caseInsensitiveCompare(rule.name) == .orderedSame
    }

    /// How wide the scope is, to credit a finding to the most specific of several suppressions.
    var breadth: (Int, Int) {
        switch scope {
        case .nextElement(let range), .region(let range): (0, range.count)
        case .documentPath(let path): (1, -path.split(separator: "/", omittingEmptySubsequences: false).count)
        case .document: (2, 0)
        }
    }

    /// The scope in a few words, for the waivers listing: "next element /tender/lot[2], lines 5–19".
    public var scopeDescription: String {
        let lines = coveredLines.map { $0.lowerBound == $0.upperBound ? "line \($0.lowerBound)" : "lines \($0.lowerBound)–\($0.upperBound)" }
        let elsewhere = file == origin.path ? "" : " in \(file)"
        switch scope {
        case .nextElement:
            return "next element" + (target.map { " \($0)" } ?? "") + (lines.map { ", \($0)" } ?? "")
        case .region:
            let end = regionEnd == nil ? " (to the end of the document)" : ""
            return "region" + (lines.map { ", \($0)" } ?? "") + end
        case .documentPath(let path):
            return "\(path) and everything under it" + elsewhere
        case .document:
            return "the whole document" + elsewhere
        }
    }
}

/// Pieces shared by the directive scanner and the sidecar reader.
enum SuppressionSyntax {
    /// Words that would suppress everything; tenderlint wants the rules named.
    static func isWildcard(_ rule: String) -> Bool {
        ["all", "*", "any", "everything"].contains(rule.lowercased())
    }

    static func malformed(_ message: String, at location: SourceLocation, label: String? = nil, notes: [String] = [],
                          help: [String] = [], fixIts: [Diagnostic.FixIt] = []) -> Diagnostic {
        Diagnostic(SuppressionRule.malformed, .warning, message, at: location, label: label, notes: notes, help: help, fixIts: fixIts)
    }

    static func wildcard(_ rule: String, at location: SourceLocation) -> Diagnostic {
        malformed(
            "'\(rule)' is not a rule: a suppression must name the rules it suppresses",
            at: location, label: "names no rule",
            notes: ["a blanket suppression would hide findings nobody has looked at, which an audit cannot accept"],
            help: ["list the rule ids, such as SV001 NZ001"]
        )
    }

    /// A reason with its runs of whitespace (line ends included) collapsed to one space; nil when blank.
    static func reason(_ text: String) -> String? {
        let words = text.split(whereSeparator: { $0.isWhitespace })
        return words.isEmpty ? nil : words.joined(separator: " ")
    }
}
