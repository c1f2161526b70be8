/// Why a baseline cannot be used. A run given one it cannot use stops with exit status 2.
public struct BaselineError: Error, Sendable, CustomStringConvertible {
    /// The baseline file as the user named it.
    public var path: String
    /// One line a person can act on: "no such file or directory", "not a tenderlint baseline (…)", "version 2 (…)".
    public var reason: String
    /// The problems at their line and column in the file, in presentation order; empty when the file
    /// could not be read at all.
    public var diagnostics: [Diagnostic]

    public init(path: String, reason: String, diagnostics: [Diagnostic] = []) {
        self.path = path
        self.reason = reason
        self.diagnostics = diagnostics
    }

    public var description: String { "\(path): \(reason)" }
}

extension Baseline {
    /// The version of the file format this tenderlint reads and writes.
    public static let formatVersion = "2"

    static let comment = "Findings accepted when this baseline was written: tenderlint --baseline fails only on others. "
        + "Entries match on ruleId, file, subject (what the finding is about, by id or name) and value (what it judged), "
        + "never on line numbers or positions. See docs/baseline.md."

    // MARK: Writing

    /// The baseline file: versioned JSON with one entry per line, sorted by file, rule, subject and value,
    /// and nothing that changes from run to run (no dates, no line numbers), so that rewriting an
    /// unchanged baseline changes nothing and a review shows exactly which findings came and went.
    public func serialized() -> String {
        var output = "{\n"
        output += "  \"tenderlintBaseline\": \(JSONWriter.quoted(Self.formatVersion)),\n"
        output += "  \"$comment\": \(JSONWriter.quoted(Self.comment)),\n"
        let sorted = entries.filter { $0.count > 0 }.sorted(by: Entry.fileOrder)
        guard !sorted.isEmpty else { return output + "  \"entries\": []\n}\n" }
        output += "  \"entries\": [\n"
        for (index, entry) in sorted.enumerated() {
            let key = entry.key
            var members = [
                ("file", JSONWriter.quoted(key.file)),
                ("ruleId", JSONWriter.quoted(key.ruleID)),
                ("subject", JSONWriter.quoted(key.subject)),
                ("value", key.value.map(JSONWriter.quoted) ?? "null"),
                ("count", String(entry.count)),
            ]
            if !entry.message.isEmpty { members.append(("message", JSONWriter.quoted(entry.message))) }
            output += "    {" + members.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
            output += index + 1 < sorted.count ? ",\n" : "\n"
        }
        return output + "  ]\n}\n"
    }

    // MARK: Reading

    /// Reads a baseline file. Throws `BaselineError` with a one-line reason when the file cannot be read or is
    /// no baseline, and with every problem at its line and column when it is a baseline that cannot be used.
    public static func load(path: String) throws(BaselineError) -> Baseline {
        let source: SourceFile
        do {
            source = try SourceFile.read(path: path)
        } catch {
            throw BaselineError(path: path, reason: error.reason)
        }
        return try load(source)
    }

    /// Reads a baseline from text already in memory; positions in errors refer to `source`.
    public static func load(_ source: SourceFile) throws(BaselineError) -> Baseline {
        let result = JSONReader().read(source)
        let readErrors = result.diagnostics.filter { $0.severity == .error }
        if !readErrors.isEmpty {
            throw BaselineError(path: source.path, reason: "not valid JSON: " + summary(of: readErrors), diagnostics: result.diagnostics)
        }
        guard let root = result.documents.first?.root else {
            throw BaselineError(path: source.path, reason: "the file is empty; write a baseline with --write-baseline")
        }
        var decoder = BaselineDecoder(source: source)
        let baseline = decoder.decode(root)
        let diagnostics = decoder.diagnostics.sorted(by: Diagnostic.presentationOrder)
        if let baseline, diagnostics.isEmpty { return baseline }
        throw BaselineError(path: source.path, reason: decoder.reason ?? summary(of: diagnostics), diagnostics: diagnostics)
    }

    /// "3:5: the first problem (and 2 more)".
    private static func summary(of diagnostics: [Diagnostic]) -> String {
        guard let first = diagnostics.first else { return "the baseline cannot be read" }
        let more = diagnostics.count > 1 ? " (and \(diagnostics.count - 1) more)" : ""
        return "\(first.location.start): \(first.message)\(more)"
    }
}

/// Checks a baseline file's tree and builds the `Baseline`, reporting each problem where it is.
private struct BaselineDecoder {
    let source: SourceFile
    private(set) var diagnostics: [Diagnostic] = []
    /// A one-line reason that says more than the first diagnostic would: no baseline at all, or another version.
    private(set) var reason: String?

    static let topLevelKeys = ["$comment", "$schema", "tenderlintBaseline", "entries"]
    static let entryKeys = ["$comment", "file", "ruleId", "subject", "value", "count", "message"]

    init(source: SourceFile) {
        self.source = source
    }

    mutating func decode(_ root: Node) -> Baseline? {
        guard root.kind == .object else {
            reason = "not a tenderlint baseline: it holds \(kindName(root)), not an object with \"tenderlintBaseline\" and \"entries\""
            report("a baseline is an object with \"tenderlintBaseline\": \"\(Baseline.formatVersion)\" and \"entries\", not \(kindName(root))",
                   at: root.headRange, path: "", help: ["write a baseline with --write-baseline"])
            return nil
        }
        guard let version = root[key: "tenderlintBaseline"] else {
            reason = "not a tenderlint baseline: it has no \"tenderlintBaseline\" version; write one with --write-baseline"
            report("this is not a tenderlint baseline: it has no \"tenderlintBaseline\" version", at: root.headRange, path: "",
                   label: "\"tenderlintBaseline\" missing", help: ["write a baseline with --write-baseline"])
            return nil
        }
        switch version.kind {
        case .string where version.value == Baseline.formatVersion:
            break
        case .string, .number:
            let written = version.value ?? ""
            reason = "baseline format version \(written); this tenderlint reads version \(Baseline.formatVersion)"
            if version.kind == .number, written == Baseline.formatVersion {
                report("the version is written as text: \"\(written)\"", at: version.range, path: "/tenderlintBaseline",
                       fixIts: [Diagnostic.FixIt("quote it", .safe, replacing: source.location(of: version.range), with: "\"\(written)\"")])
                reason = nil
            } else if written == "1" {
                reason = "baseline format version 1, written by an earlier tenderlint that matched findings by their position "
                    + "and the text they point at; this tenderlint reads version \(Baseline.formatVersion), which matches them by what they are about and their value"
                report("this baseline is format version \"1\", which this tenderlint no longer reads",
                       at: version.range, path: "/tenderlintBaseline", label: "version 1",
                       notes: ["version 1 entries named a finding by its document path (array positions) and the text it points at, so reordering broke them and a changed value could pass; version 2 names it by ids and names, and records the value"],
                       help: ["record it again with `tenderlint lint --write-baseline FILE PATHS` and review the difference before committing: only findings the old baseline accepted should remain"])
                return nil
            } else {
                report("this baseline is format version \(JSONWriter.quoted(written)); this tenderlint reads version \"\(Baseline.formatVersion)\"",
                       at: version.range, path: "/tenderlintBaseline", label: "unsupported version",
                       help: ["write a new baseline with --write-baseline, or use the tenderlint that wrote this one"])
                return nil
            }
        default:
            report("\"tenderlintBaseline\" must be the version \"\(Baseline.formatVersion)\", not \(kindName(version))",
                   at: version.headRange, path: "/tenderlintBaseline")
        }
        checkKeys(of: root, allowed: Self.topLevelKeys, what: "a baseline", path: "")

        guard let list = root[key: "entries"] else {
            report("this baseline has no \"entries\"", at: root.headRange, path: "", label: "\"entries\" missing",
                   help: ["add \"entries\": [] for a baseline that accepts nothing"])
            return nil
        }
        guard list.kind == .array else {
            report("\"entries\" must be a list of entries, not \(kindName(list))", at: list.headRange, path: "/entries")
            return nil
        }
        var baseline = Baseline(entries: [], path: source.path)
        var seen: [Baseline.MatchKey: Node] = [:]
        for (index, item) in list.children.enumerated() {
            let path = "/entries/\(index)"
            guard let entry = decodeEntry(item, path: path) else { continue }
            let key = entry.key
            if let first = seen[key] {
                let line = source.position(at: first.range.lowerBound).line
                report("this entry repeats the one on line \(line)", at: item.headRange, path: path, label: "repeated entry",
                       secondary: [Diagnostic.Label("first listed here", at: source.location(of: first.headRange))],
                       help: ["keep one entry and give it a \"count\" of all the findings the two accept"])
                continue
            }
            seen[key] = item
            baseline.entries.append(entry)
            baseline.origins[key] = Baseline.Origin(location: source.location(of: item.range), index: index)
        }
        return baseline
    }

    private mutating func decodeEntry(_ item: Node, path: String) -> Baseline.Entry? {
        guard item.kind == .object else {
            report("an entry is an object with \"file\", \"ruleId\", \"subject\", \"value\" and \"count\", not \(kindName(item))",
                   at: item.headRange, path: path)
            return nil
        }
        checkKeys(of: item, allowed: Self.entryKeys, what: "an entry", path: path)
        let ruleID = requiredText("ruleId", of: item, path: path, allowEmpty: false)
        let file = requiredText("file", of: item, path: path, allowEmpty: false)
        let subject = requiredText("subject", of: item, path: path, allowEmpty: true)
        var value: String?
        var valueIsValid = true
        if let node = item[key: "value"] {
            switch node.kind {
            case .string: value = SubjectIdentity.normalized(node.value ?? "")
            case .null: value = nil
            default:
                report("\"value\" must be the offending value as text, or null, not \(kindName(node))",
                       at: node.headRange, path: path + "/value",
                       help: node.kind == .number ? ["write it as text: \"\(node.value ?? "")\""] : [])
                valueIsValid = false
            }
        }
        var count = 1
        var countIsValid = true
        if let node = item[key: "count"] {
            if node.kind == .number, let value = node.value.flatMap({ Int($0) }), value >= 1 {
                count = value
            } else {
                let shown = node.kind == .number ? (node.value ?? "") : kindName(node)
                report("\"count\" must be a whole number of findings, 1 or more, not \(shown)", at: node.headRange, path: path + "/count",
                       help: ["delete an entry that accepts no findings"])
                countIsValid = false
            }
        }
        var message = ""
        if let node = item[key: "message"] {
            if node.kind == .string { message = node.value ?? "" } else {
                report("\"message\" must be text, not \(kindName(node))", at: node.headRange, path: path + "/message")
            }
        }
        guard let ruleID, let file, let subject, valueIsValid, countIsValid else { return nil }
        return Baseline.Entry(ruleID: ruleID, file: Baseline.normalizedFile(file), subject: subject, value: value,
                              message: message, count: count)
    }

    // MARK: Values

    private mutating func requiredText(_ key: String, of object: Node, path: String, allowEmpty: Bool) -> String? {
        guard let node = object[key: key] else {
            report("this entry has no \"\(key)\"", at: object.headRange, path: path, label: "\"\(key)\" missing",
                   notes: ["an entry needs \"file\", \"ruleId\" and \"subject\"; \"value\", \"count\" and \"message\" are optional"])
            return nil
        }
        guard node.kind == .string, let text = node.value else {
            report("\"\(key)\" must be text, not \(kindName(node))", at: node.headRange, path: path + "/" + key)
            return nil
        }
        if !allowEmpty, text.allSatisfy(\.isWhitespace) {
            report("\"\(key)\" is empty", at: node.range, path: path + "/" + key)
            return nil
        }
        return text
    }

    /// Reports each member whose key is not allowed, with a did-you-mean when one is close.
    private mutating func checkKeys(of object: Node, allowed: [String], what: String, path: String) {
        for member in object.children {
            let key = member.key ?? ""
            guard !allowed.contains(key) else { continue }
            let nameRange = member.nameRange ?? member.range
            let suggestion = EditDistance.suggestions(for: key, among: allowed.filter { !$0.hasPrefix("$") }, maximum: 2).first
            let inner = nameRange.count >= 2 ? ByteRange(nameRange.lowerBound + 1, nameRange.upperBound - 1) : nameRange
            report("\"\(key)\" is not a field of \(what)" + (suggestion.map { "; did you mean \"\($0)\"?" } ?? ""),
                   at: nameRange, path: path + "/" + DocumentPath.escapePointerToken(key), label: "unknown field",
                   notes: ["\(what) may have: " + allowed.filter { $0 != "$schema" }.joined(separator: ", ")],
                   fixIts: suggestion.map { [Diagnostic.FixIt("rename it \"\($0)\"", .safe, replacing: source.location(of: inner), with: $0)] } ?? [])
        }
    }

    private func kindName(_ node: Node) -> String {
        switch node.kind {
        case .object: "an object"
        case .array: "a list"
        case .string: "text"
        case .number: "a number"
        case .bool: "true or false"
        case .null: "null"
        default: "something else"
        }
    }

    private mutating func report(_ message: String, at range: ByteRange, path: String, label: String? = nil,
                                 secondary: [Diagnostic.Label] = [], notes: [String] = [], help: [String] = [],
                                 fixIts: [Diagnostic.FixIt] = []) {
        diagnostics.append(Diagnostic(BaselineRule.invalidBaseline, .error, message, at: source.location(of: range), label: label,
                                      secondary: secondary, notes: notes, help: help, fixIts: fixIts, documentPath: path))
    }
}
