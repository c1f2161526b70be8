import Foundation
import Yams

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
        if let bad = SourceFile.firstInvalidUTF8(source.bytes) {
            problem("a suppressions file must be UTF-8; this byte is not", at: ByteRange(bad, bad + 1), label: "not UTF-8",
                    help: ["save the file as UTF-8"])
            return
        }
        let text = String(decoding: source.bytes, as: UTF8.self)
        // Aliases are refused before Yams composes: it would expand them, and nested ones never end.
        let aliases = YAMLAliasScan.diagnostics(in: text, of: source, kind: "a suppressions file") { message, range, label, notes, help in
            SuppressionSyntax.malformed(message, at: location(range), label: label, notes: notes, help: help)
        }
        guard aliases.isEmpty else {
            diagnostics += aliases
            return
        }
        let node: Yams.Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            yamlError(error)
            return
        }
        guard let node else { return }  // an empty file suppresses nothing, and that is fine
        guard case .mapping(let mapping) = node else {
            problem("a suppressions file is a mapping with the key 'suppressions', not \(describe(node))", at: restOfLine(node),
                    help: ["start the file with 'suppressions:' and list the entries under it"])
            return
        }
        for (key, value) in mapping {
            guard let name = key.string, name == "suppressions" else {
                unknownKey(key, among: SuppressionSidecar.topLevelKeys, in: "a suppressions file")
                continue
            }
            switch value {
            case .sequence(let entries):
                for entry in entries { read(entry: entry) }
            case .scalar(let scalar) where scalar.style == .plain && Yams.Node.scalar(scalar).tag.rawValue == Tag.Name.null.rawValue:
                continue
            default:
                problem("'suppressions' must be a list of entries, not \(describe(value))", at: restOfLine(value),
                        help: ["write each entry on a line starting with '- rule:'"])
            }
        }
    }

    private mutating func read(entry: Yams.Node) {
        guard case .mapping(let mapping) = entry else {
            problem("an entry must be a mapping with 'rule', 'pointer' and 'reason', not \(describe(entry))", at: restOfLine(entry),
                    help: ["write it as '- rule: SV001' with 'pointer:' and 'reason:' below"])
            return
        }
        var rules: [(text: String, range: ByteRange)] = []
        var sawRule = false
        var pointer: (text: String, range: ByteRange, plain: Bool)?
        var reason: String?
        var usable = true
        for (key, value) in mapping {
            guard let name = key.string, SuppressionSidecar.entryKeys.contains(name) else {
                // A misspelt 'pointer' must not widen the entry to the whole document: drop the entry.
                unknownKey(key, among: SuppressionSidecar.entryKeys, in: "an entry")
                usable = false
                continue
            }
            switch name {
            case "rule":
                sawRule = true
                let items: [Yams.Node]
                if case .sequence(let sequence) = value { items = Array(sequence) } else { items = [value] }
                for item in items {
                    guard case .scalar(let scalar) = item, !scalar.string.isEmpty else {
                        problem("a rule is an id such as SV001 or a name, not \(describe(item))", at: restOfLine(item))
                        usable = false
                        continue
                    }
                    let range = self.range(of: scalar, at: offset(item))
                    if SuppressionSyntax.isWildcard(scalar.string) {
                        diagnostics.append(SuppressionSyntax.wildcard(scalar.string, at: location(range)))
                    } else if scalar.string.contains(where: { $0 == "," || $0.isWhitespace }) {
                        problem("one rule per item: '\(scalar.string)' looks like several", at: range, label: "several rules",
                                help: ["write a list: rule: [SV001, NZ001]"])
                        usable = false
                    } else if !rules.contains(where: { $0.text.caseInsensitiveCompare(scalar.string) == .orderedSame }) {
                        rules.append((scalar.string, range))
                    }
                }
            case "pointer", "path":
                guard case .scalar(let scalar) = value else {
                    problem("'\(name)' is a document path such as /tender/lots/1, not \(describe(value))", at: restOfLine(value))
                    usable = false
                    continue
                }
                let range = self.range(of: scalar, at: offset(value))
                if pointer != nil {
                    problem("an entry takes one of 'pointer' and 'path', not both", at: self.range(of: key), label: "second path",
                            help: ["write two entries to suppress in two places"])
                    usable = false
                    continue
                }
                pointer = (scalar.string, range, scalar.style == .plain)
            case "reason":
                guard case .scalar(let scalar) = value else {
                    problem("'reason' is text, not \(describe(value))", at: restOfLine(value))
                    usable = false
                    continue
                }
                reason = SuppressionSyntax.reason(scalar.string)
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
                    fixIts: plain ? [Diagnostic.FixIt("add the leading '/'", replacing: location(range), with: "/" + pointer)] : [])
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
            fixIts: suggestion != nil && plain ? [Diagnostic.FixIt("write '\(fixed)'", replacing: location(range), with: fixed)] : [])
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

    private mutating func unknownKey(_ key: Yams.Node, among keys: [String], in place: String) {
        let range = self.range(of: key)
        guard let name = key.string else {
            problem("a key must be plain text, not \(describe(key))", at: range)
            return
        }
        let suggestion = Spelling.nearest(to: name, among: Set(keys))
        problem("unknown key '\(name)' in \(place)" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""), at: range,
                label: "unknown key", notes: ["the keys are \(keys.map { "'\($0)'" }.joined(separator: ", "))"],
                fixIts: suggestion.map { [Diagnostic.FixIt("write '\($0)'", replacing: location(range), with: $0)] } ?? [])
    }

    private func describe(_ node: Yams.Node) -> String {
        switch node {
        case .scalar(let scalar): scalar.string.isEmpty ? "an empty value" : "the text '\(scalar.string)'"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    private mutating func yamlError(_ error: any Error) {
        guard let yamlError = error as? YamlError else {
            problem("the YAML cannot be read: \(error)", at: .at(0))
            return
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            self.problem("YAML syntax error: \(problem)", at: .at(source.offset(line: mark.line, column: mark.column)), label: problem,
                         notes: context.map { ["\($0.text) at \($0.mark.line):\($0.mark.column)"] } ?? [])
        case .duplicatedKeysInMapping(let duplicates, let context):
            let offset = source.offset(line: context.mark.line, column: context.mark.column)
            problem("duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in this mapping; which value counts is ambiguous",
                    at: restOfLine(from: offset), label: "defined more than once", help: ["remove one of the two"])
        default:
            problem("the YAML cannot be read: \(yamlError)", at: .at(0))
        }
    }

    // MARK: Positions

    private func offset(_ node: Yams.Node) -> Int { node.mark.map { source.offset(line: $0.line, column: $0.column) } ?? 0 }

    private func restOfLine(_ node: Yams.Node) -> ByteRange { restOfLine(from: offset(node)) }

    private func restOfLine(from start: Int) -> ByteRange {
        let lineEnd = source.contentRange(ofLine: source.line(containing: start)).upperBound
        return ByteRange(start, max(start, lineEnd))
    }

    private func range(of node: Yams.Node) -> ByteRange {
        guard case .scalar(let scalar) = node else { return restOfLine(node) }
        return range(of: scalar, at: offset(node))
    }

    /// A scalar as written: a plain one's text, a quoted one to its closing quote, a block one to its line end.
    private func range(of scalar: Yams.Node.Scalar, at start: Int) -> ByteRange {
        let line = restOfLine(from: start)
        switch scalar.style {
        case .singleQuoted, .doubleQuoted:
            let bytes = source.bytes
            guard start < line.upperBound else { return line }
            let quote = bytes[start]
            var index = start + 1
            while index < line.upperBound {
                if quote == UInt8(ascii: "\""), bytes[index] == UInt8(ascii: "\\") { index += 2; continue }
                if bytes[index] == quote {
                    if quote == UInt8(ascii: "'"), index + 1 < line.upperBound, bytes[index + 1] == quote { index += 2; continue }
                    return ByteRange(start, index + 1)
                }
                index += 1
            }
            return line
        case .plain:
            return ByteRange(start, min(start + scalar.string.utf8.count, line.upperBound))
        default:
            return line
        }
    }
}
