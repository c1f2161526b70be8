/// Why a YAML file could not be read, worded once for every YAML file tenderlint reads. The caller names
/// the check it belongs to (TL012 for a configuration, TL008 for a catalogue, TL011 for a sidecar).
public struct YAMLError: Error, Sendable, Equatable {
    public struct Label: Sendable, Equatable {
        public var message: String
        public var range: ByteRange
    }

    public var message: String
    public var range: ByteRange
    public var label: String? = nil
    public var secondary: [Label] = []
    public var notes: [String] = []
    public var help: [String] = []

    /// The error as a diagnostic of `rule`.
    public func diagnostic(_ rule: RuleIdentity, _ severity: Severity = .error, in source: SourceFile) -> Diagnostic {
        Diagnostic(rule, severity, message, at: source.location(of: range), label: label,
                   secondary: secondary.map { Diagnostic.Label($0.message, at: source.location(of: $0.range)) },
                   notes: notes, help: help)
    }

    // MARK: The wordings

    static func notUTF8(at offset: Int, in what: String) -> YAMLError {
        YAMLError(message: "\(what) must be UTF-8; this byte is not", range: ByteRange(offset, offset + 1), label: "not UTF-8",
                  help: ["save the file as UTF-8"])
    }

    static func alias(_ anchor: String, at range: ByteRange, in what: String) -> YAMLError {
        YAMLError(message: "aliases (*\(anchor)) are not allowed in \(what); write the value out", range: range, label: "alias",
            notes: ["an alias repeats the value its anchor (&\(anchor)) names; aliases of aliases can make a file of a few lines stand for billions of values, so tenderlint reads no further",
                    "this is the first alias in the file; every alias must go"],
            help: ["replace *\(anchor) with the value itself, and remove the anchor &\(anchor)"])
    }

    static func duplicateKey(_ key: String, at range: ByteRange, first: ByteRange) -> YAMLError {
        YAMLError(message: "the key '\(key)' is given twice in this map; which value counts is ambiguous", range: range,
                  label: "given again here", secondary: [Label(message: "first given here", range: first)],
                  help: ["remove one of the two entries"])
    }

    static func complexKey(at range: ByteRange) -> YAMLError {
        YAMLError(message: "a key must be plain text, not a list or a map", range: range)
    }

    /// What libyaml says, with its context ("while parsing a block mapping at 2:1") as a note.
    static func syntax(_ problem: String, at offset: Int, context: String? = nil) -> YAMLError {
        YAMLError(message: "YAML syntax error: \(problem)", range: .at(offset), label: problem, notes: context.map { [$0] } ?? [])
    }

    static func tooManyBytes(_ size: Int, limit: Int, in what: String) -> YAMLError {
        YAMLError(message: "\(what) is \(DocumentLimits.bytes(size)), more than the \(DocumentLimits.bytes(limit)) tenderlint reads",
                  range: .at(0), label: "too large to read",
                  notes: ["the limit keeps one file from taking a run's memory; see docs/limits.md"])
    }

    static func tooManyNodes(_ limit: Int, at range: ByteRange, in what: String) -> YAMLError {
        YAMLError(message: "\(what) has more than \(Prose.grouped(limit)) values; tenderlint stops reading here", range: range,
                  label: "value \(Prose.grouped(limit + 1))",
                  notes: ["the limit keeps one file from taking a run's memory; see docs/limits.md"])
    }
}
