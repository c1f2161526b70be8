import Foundation

/// Suppressions for a document that cannot hold comments (JSON, JSON Lines), or that one prefers not to
/// edit: a YAML file beside it named after it, `notice.json.tenderlint.yml` for `notice.json`.
///
/// ```yaml
/// suppressions:
///   - rule: SV001                      # or a list: [SV001, NZ001]; ids or kebab-case names
///     pointer: /tender/lots/1          # JSON Pointer; `path:` takes an XPath for XML; neither: the whole document
///     reason: market engagement showed an immature market, see annex B
/// ```
///
/// An entry covers diagnostics whose document path is the pointer or lies under it. Problems in the file are
/// TL011 diagnostics positioned in it; an entry with no reason is a suppression with `reason == nil`, which
/// `applySuppressions` reports (TL009) and does not apply.
public struct SuppressionSidecar: Sendable {
    /// What the sidecar's name adds to the document's.
    public static let suffix = ".tenderlint.yml"

    static let topLevelKeys = ["suppressions"]
    static let entryKeys = ["rule", "pointer", "path", "reason"]

    /// The sidecar of a document: its path with `.tenderlint.yml` appended.
    public static func path(for documentPath: String) -> String { documentPath + suffix }

    /// Whether the document at `documentPath` has a sidecar.
    public static func exists(for documentPath: String) -> Bool {
        FileManager.default.fileExists(atPath: path(for: documentPath))
    }

    /// Reads a sidecar file. `document`, when given, is checked against the pointers (a pointer whose parent is
    /// not in the document is reported); `documentPath` is the file the suppressions apply to, by default the
    /// document's path or the sidecar's path without `.tenderlint.yml`.
    /// Throws when the file cannot be read at all; everything else is a diagnostic.
    public static func load(path: String, for document: LocatedTree?, documentPath: String? = nil) throws(PathError)
        -> (suppressions: [Suppression], diagnostics: [Diagnostic])
    {
        let source = try SourceFile.read(path: path)
        let file = documentPath ?? document?.source.path ?? (path.hasSuffix(suffix) ? String(path.dropLast(suffix.count)) : path)
        return read(source, for: file, document: document)
    }

    /// The sidecar of `documentPath` when there is one, else nil.
    public static func loadIfPresent(for documentPath: String, document: LocatedTree?) throws(PathError)
        -> (suppressions: [Suppression], diagnostics: [Diagnostic])?
    {
        let sidecar = path(for: documentPath)
        guard FileManager.default.fileExists(atPath: sidecar) else { return nil }
        return try load(path: sidecar, for: document, documentPath: documentPath)
    }

    /// Reads a sidecar already in memory, for the document at `documentPath`.
    public static func read(_ source: SourceFile, for documentPath: String, document: LocatedTree?)
        -> (suppressions: [Suppression], diagnostics: [Diagnostic])
    {
        var reader = SidecarReader(source: source, file: documentPath, document: document)
        reader.read()
        return (reader.suppressions, reader.diagnostics)
    }
}

struct SidecarReader {
    let source: SourceFile
    let file: String
    let document: LocatedTree?
    var suppressions: [Suppression] = []
    var diagnostics: [Diagnostic] = []

    init(source: SourceFile, file: String, document: LocatedTree?) {
        self.source = source
        self.file = file
        self.document = document
    }

    private func location(_ range: ByteRange) -> SourceLocation { source.location(of: range) }

    private mutating func problem(_ message: String, at range: ByteRange, label: String? = nil, notes: [String] = [],
                                  help: [String] = [], fixIts: [Diagnostic.FixIt] = []) {
        diagnostics.append(SuppressionSyntax.malformed(message, at: location(range), label: label, notes: notes, help: help, fixIts: fixIts))
    }

    mutating func read() {
        let root: Node
        switch YAMLReader().read(source, as: "a suppressions file") {
        case .failure(let error):
            diagnostics.append(error.diagnostic(SuppressionRule.malformed, .warning, in: source))
            return
        case .success(let tree):
            guard let node = tree?.root else { return }  // an empty file suppresses nothing, and that is fine
            root = node
        }
        guard root.kind == .object else {
            problem("a suppressions file is a mapping with the key 'suppressions', not \(describe(root))", at: restOfLine(root),
                    help: ["start the file with 'suppressions:' and list the entries under it"])
            return
        }
        for member in root.children {
            guard member.keyName == "suppressions" else {
                unknownKey(member, among: SuppressionSidecar.topLevelKeys, in: "a suppressions file")
                continue
            }
            switch member.kind {
            case .array:
                for entry in member.children { read(entry: entry) }
            case .null:
                continue
            default:
                problem("'suppressions' must be a list of entries, not \(describe(member))", at: restOfLine(member),
                        help: ["write each entry on a line starting with '- rule:'"])
            }
        }
    }

    private mutating func read(entry: Node) {
        guard entry.kind == .object else {
            problem("an entry must be a mapping with 'rule', 'pointer' and 'reason', not \(describe(entry))", at: restOfLine(entry),
                    help: ["write it as '- rule: SV001' with 'pointer:' and 'reason:' below"])
            return
        }
        var rules: [(text: String, range: ByteRange)] = []
        var sawRule = false
        var pointer: (text: String, range: ByteRange, plain: Bool)?
        var reason: String?
        var usable = true
        for value in entry.children {
            let name = value.keyName
            guard SuppressionSidecar.entryKeys.contains(name) else {
                // A misspelt 'pointer' must not widen the entry to the whole document: drop the entry.
                unknownKey(value, among: SuppressionSidecar.entryKeys, in: "an entry")
                usable = false
                continue
            }
            switch name {
            case "rule":
                sawRule = true
                for item in value.kind == .array ? value.children : [value] {
                    guard item.isScalar, let text = item.value, !text.isEmpty else {
                        problem("a rule is an id such as SV001 or a name, not \(describe(item))", at: restOfLine(item))
                        usable = false
                        continue
                    }
                    let range = item.headRange
                    if SuppressionSyntax.isWildcard(text) {
                        diagnostics.append(SuppressionSyntax.wildcard(text, at: location(range)))
                    } else if text.contains(where: { $0 == "," || $0.isWhitespace }) {
                        problem("one rule per item: '\(text)' looks like several", at: range, label: "several rules",
                                help: ["write a list: rule: [SV001, NZ001]"])
                        usable = false
                    } else if !rules.contains(where: { $0.text.caseInsensitiveCompare(text) == .orderedSame }) {
                        rules.append((text, range))
                    }
                }
            case "pointer", "path":
                guard value.isScalar else {
                    problem("'\(name)' is a document path such as /tender/lots/1, not \(describe(value))", at: restOfLine(value))
                    usable = false
                    continue
                }
                if pointer != nil {
                    problem("an entry takes one of 'pointer' and 'path', not both", at: value.keyRange, label: "second path",
                            help: ["write two entries to suppress in two places"])
                    usable = false
                    continue
                }
                pointer = (value.value ?? "", value.headRange, value.isPlain)
            case "reason":
                guard value.isScalar else {
                    problem("'reason' is text, not \(describe(value))", at: restOfLine(value))
                    usable = false
                    continue
                }
                reason = SuppressionSyntax.reason(value.value ?? "")
            default:
                break
            }
        }
        let entryRange = restOfLine(entry)
        if !sawRule {
            problem("the entry names no rule to suppress", at: entryRange, label: "no 'rule'",
                    help: ["add 'rule: SV001' (or a list of ids) to the entry"])
            return
        }
        var scope = Suppression.Scope.document
        if let pointer, !pointer.text.isEmpty {
            guard check(pointer: pointer.text, at: pointer.range, plain: pointer.plain) else { return }
            scope = .documentPath(pointer.text)
        }
        guard usable, !rules.isEmpty else { return }
        suppressions.append(Suppression(
            rules: rules.map(\.text), ruleLocations: rules.map { location($0.range) }, reason: reason, scope: scope,
            origin: location(entryRange), form: .sidecar, file: file,
            target: pointer.flatMap { $0.text.isEmpty ? nil : $0.text }))
    }

    /// Whether a pointer is well formed and, when the document is known, names a place in it (or a missing
    /// member of a place in it: a finding about a missing field points there).
    private mutating func check(pointer: String, at range: ByteRange, plain: Bool) -> Bool {
        guard pointer.hasPrefix("/") else {
            problem("a document path starts with '/': '\(pointer)' does not", at: range, label: "not a path",
                    help: ["write it from the top of the document, such as /tender/lots/1 (JSON Pointer) or /ContractNotice/cac:ProcurementProjectLot[2] (XPath)"],
                    fixIts: plain ? [Diagnostic.FixIt("add the leading '/'", .safe, replacing: location(range), with: "/" + pointer)] : [])
            return false
        }
        if document?.format != .xml, let tilde = badEscape(in: pointer) {
            problem("'\(tilde)' is not a JSON Pointer escape: '~' must be followed by 0 ('~') or 1 ('/')", at: range, label: "bad escape",
                    help: ["write '~0' for '~' and '~1' for '/' in a key"])
            return false
        }
        guard let document, let failure = Self.firstMissing(pointer, in: document) else { return true }
        let segments = pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
        if failure.index == segments.count - 1 { return true }
        let parent = "/" + segments[..<failure.index].joined(separator: "/")
        let suggestion = Spelling.nearest(to: segments[failure.index], among: Set(failure.candidates))
        var corrected = segments
        if let suggestion { corrected[failure.index] = suggestion }
        let fixed = "/" + corrected.joined(separator: "/")
        let missing = failure.index == 0 ? "the document has no '\(segments[0])'" : "\(parent) has no '\(segments[failure.index])'"
        let didYouMean = suggestion == nil ? "" : "; did you mean '\(fixed)'?"
        problem(
            "'\(pointer)' names nothing in \(file): \(missing)\(didYouMean)",
            at: range, label: "not in the document",
            notes: ["paths are written as tenderlint prints them in diagnostics: JSON Pointer for JSON, indexed XPath for XML"],
            fixIts: suggestion != nil && plain ? [Diagnostic.FixIt("write '\(fixed)'", .safe, replacing: location(range), with: fixed)] : [])
        return false
    }

    private func badEscape(in pointer: String) -> String? {
        var characters = pointer.makeIterator()
        while let character = characters.next() {
            guard character == "~" else { continue }
            let next = characters.next()
            if next != "0", next != "1" { return "~" + (next.map(String.init) ?? "") }
        }
        return nil
    }

    /// The first segment of `pointer` the document does not have, and the names it has at that level.
    static func firstMissing(_ pointer: String, in tree: LocatedTree) -> (index: Int, candidates: [String])? {
        let segments = pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        var node: Node? = tree.format == .json ? tree.root : nil
        var prefix = ""
        for (index, segment) in segments.enumerated() {
            let children = node.map(\.allChildren) ?? tree.root.map { [$0] } ?? []
            let target = prefix + "/" + segment
            guard let next = children.first(where: { $0.path == target }) else {
                return (index, children.map { String($0.path.dropFirst(prefix.count + 1)) })
            }
            node = next
            prefix = target
        }
        return nil
    }

    /// A member whose key is not one of `keys`, reported at the key.
    private mutating func unknownKey(_ member: Node, among keys: [String], in place: String) {
        let range = member.keyRange
        let name = member.keyName
        let suggestion = Spelling.nearest(to: name, among: Set(keys))
        problem("unknown key '\(name)' in \(place)" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""), at: range,
                label: "unknown key", notes: ["the keys are \(keys.map { "'\($0)'" }.joined(separator: ", "))"],
                fixIts: suggestion.map { [Diagnostic.FixIt("write '\($0)'", .safe, replacing: location(range), with: $0)] } ?? [])
    }

    private func describe(_ node: Node) -> String {
        switch node.kind {
        case .object: "a mapping"
        case .array: "a list"
        default: (node.value ?? "").isEmpty ? "an empty value" : "the text '\(node.value ?? "")'"
        }
    }

    /// From where a value starts to the end of its line.
    private func restOfLine(_ node: Node) -> ByteRange {
        let start = node.range.lowerBound
        let lineEnd = source.contentRange(ofLine: source.line(containing: start)).upperBound
        return ByteRange(start, max(start, lineEnd))
    }
}
