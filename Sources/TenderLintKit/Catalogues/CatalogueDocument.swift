import Yams

/// A catalogue file read into plain values that keep their byte ranges, whether it was written in JSON or
/// YAML, so that one validation reports positioned problems for both.
struct CatalogueValue {
    indirect enum Kind {
        case string(String)
        /// A number's literal text: `2`, `2024.1`.
        case number(String)
        case bool(Bool)
        case null
        case array([CatalogueValue])
        case object([Member])
    }

    struct Member {
        var key: String
        /// The key as written, quotes included.
        var keyRange: ByteRange
        /// The key's text without its quotes, for a fix-it that renames it.
        var keyTextRange: ByteRange
        var value: CatalogueValue
    }

    var kind: Kind
    /// What a diagnostic about the value points at: a scalar, or the first line of an object or array.
    var range: ByteRange

    /// "a string", "an object": what the value is, for messages.
    var kindName: String {
        switch kind {
        case .string: "a string"
        case .number: "a number"
        case .bool: "true or false"
        case .null: "null"
        case .array: "a list"
        case .object: "an object"
        }
    }

    /// A scalar's text: a string, or a number's literal (an edition written `2` is the edition "2").
    var scalarText: String? {
        switch kind {
        case .string(let text): text
        case .number(let text): text
        default: nil
        }
    }
}

/// Turns JSON (through tenderlint's own reader, so syntax errors are positioned) or YAML (through Yams, with
/// positions from its marks) into `CatalogueValue`s.
enum CatalogueDocument {
    /// The value, or the diagnostics that say why the file could not be read.
    static func read(_ source: SourceFile, as format: CatalogueFormat) -> (value: CatalogueValue?, diagnostics: [Diagnostic]) {
        switch format {
        case .json: readJSON(source)
        case .yaml: readYAML(source)
        }
    }

    // MARK: JSON

    private static func readJSON(_ source: SourceFile) -> (value: CatalogueValue?, diagnostics: [Diagnostic]) {
        let result = JSONReader().read(source)
        guard let root = result.documents.first?.root else { return (nil, result.diagnostics) }
        return (value(of: root), result.diagnostics)
    }

    private static func value(of node: Node) -> CatalogueValue {
        let kind: CatalogueValue.Kind
        var range = node.range
        switch node.kind {
        case .object:
            kind = .object(node.children.map { child in
                let keyRange = child.nameRange ?? child.range
                let inner = keyRange.count >= 2 ? ByteRange(keyRange.lowerBound + 1, keyRange.upperBound - 1) : keyRange
                return CatalogueValue.Member(key: child.key ?? "", keyRange: keyRange, keyTextRange: inner, value: value(of: child))
            })
            range = firstLine(of: node.range, in: node.tree.source)
        case .array:
            kind = .array(node.children.map(value(of:)))
            range = firstLine(of: node.range, in: node.tree.source)
        case .string: kind = .string(node.value ?? "")
        case .number: kind = .number(node.value ?? "")
        case .bool: kind = .bool(node.value == "true")
        default: kind = .null
        }
        return CatalogueValue(kind: kind, range: range)
    }

    private static func firstLine(of range: ByteRange, in source: SourceFile) -> ByteRange {
        let lineEnd = source.contentRange(ofLine: source.line(containing: range.lowerBound)).upperBound
        return ByteRange(range.lowerBound, max(range.lowerBound, min(range.upperBound, lineEnd)))
    }

    // MARK: YAML

    private static func readYAML(_ source: SourceFile) -> (value: CatalogueValue?, diagnostics: [Diagnostic]) {
        if let bad = SourceFile.firstInvalidUTF8(source.bytes) {
            return (nil, [CatalogueDiagnostics.error(
                "a YAML catalogue must be UTF-8; this byte is not", at: ByteRange(bad, bad + 1), in: source,
                label: "not UTF-8", help: ["save the file as UTF-8"])])
        }
        let text = String(decoding: source.bytes, as: UTF8.self)
        // Aliases are refused before Yams composes: it would expand them, and nested ones never end.
        let aliases = YAMLAliasScan.diagnostics(in: text, of: source, kind: "a catalogue") { message, range, label, notes, help in
            CatalogueDiagnostics.error(message, at: range, in: source, label: label, notes: notes, help: help)
        }
        guard aliases.isEmpty else { return (nil, aliases) }
        let node: Yams.Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            return (nil, [yamlDiagnostic(for: error, in: source)])
        }
        guard let node else {
            return (nil, [CatalogueDiagnostics.error("the file is empty; a catalogue needs at least a framework, an edition, a title and measures",
                                                     at: ByteRange.at(0), in: source)])
        }
        var diagnostics: [Diagnostic] = []
        let value = YAMLConverter(source: source).value(of: node, diagnostics: &diagnostics)
        return (value, diagnostics)
    }

    private static func yamlDiagnostic(for error: any Error, in source: SourceFile) -> Diagnostic {
        guard let yamlError = error as? YamlError else {
            return CatalogueDiagnostics.error("the YAML cannot be read: \(error)", at: ByteRange.at(0), in: source)
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let offset = source.offset(line: mark.line, column: mark.column)
            var notes: [String] = []
            if let context {
                notes.append("\(context.text) at \(context.mark.line):\(context.mark.column)")
            }
            return CatalogueDiagnostics.error("YAML syntax error: \(problem)", at: ByteRange.at(offset), in: source,
                                              label: problem, notes: notes)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let offset = source.offset(line: context.mark.line, column: context.mark.column)
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return CatalogueDiagnostics.error("duplicate key \(keys) in this mapping; which value counts is ambiguous",
                                              at: YAMLConverter.plainRange(at: offset, text: duplicates.first ?? "", in: source), in: source,
                                              label: "defined more than once", help: ["remove one of the two entries"])
        default:
            return CatalogueDiagnostics.error("the YAML cannot be read: \(yamlError)", at: ByteRange.at(0), in: source)
        }
    }
}

/// Yams nodes to `CatalogueValue`s, with marks (line and column in Unicode scalars) turned into byte ranges.
private struct YAMLConverter {
    let source: SourceFile

    func value(of node: Yams.Node, diagnostics: inout [Diagnostic]) -> CatalogueValue {
        let start = node.mark.map { source.offset(line: $0.line, column: $0.column) } ?? 0
        switch node {
        case .scalar(let scalar):
            return CatalogueValue(kind: kind(of: scalar), range: range(of: scalar, at: start))
        case .mapping(let mapping):
            var members: [CatalogueValue.Member] = []
            for (key, item) in mapping {
                let keyStart = key.mark.map { source.offset(line: $0.line, column: $0.column) } ?? start
                guard case .scalar(let scalar) = key else {
                    diagnostics.append(CatalogueDiagnostics.error("a key must be plain text, not a list or a mapping",
                                                                  at: ByteRange.at(keyStart), in: source))
                    continue
                }
                let keyRange = range(of: scalar, at: keyStart)
                let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
                let inner = quoted && keyRange.count >= 2 ? ByteRange(keyRange.lowerBound + 1, keyRange.upperBound - 1) : keyRange
                members.append(CatalogueValue.Member(key: scalar.string, keyRange: keyRange, keyTextRange: inner,
                                                     value: value(of: item, diagnostics: &diagnostics)))
            }
            return CatalogueValue(kind: .object(members), range: restOfLine(from: start))
        case .sequence(let sequence):
            return CatalogueValue(kind: .array(sequence.map { value(of: $0, diagnostics: &diagnostics) }), range: restOfLine(from: start))
        case .alias:
            diagnostics.append(CatalogueDiagnostics.error("aliases (*name) are not allowed in a catalogue; write the value out",
                                                          at: restOfLine(from: start), in: source, label: "alias"))
            return CatalogueValue(kind: .null, range: restOfLine(from: start))
        }
    }

    private func kind(of scalar: Yams.Node.Scalar) -> CatalogueValue.Kind {
        if scalar.style == .singleQuoted || scalar.style == .doubleQuoted || scalar.style == .literal || scalar.style == .folded {
            return .string(scalar.string)
        }
        switch Yams.Node.scalar(scalar).tag.rawValue {
        case Tag.Name.null.rawValue: return .null
        case Tag.Name.bool.rawValue: return .bool(["true", "yes", "on", "y"].contains(scalar.string.lowercased()))
        case Tag.Name.int.rawValue, Tag.Name.float.rawValue: return .number(scalar.string)
        default: return .string(scalar.string)
        }
    }

    /// A scalar's bytes as written: a plain scalar's text, a quoted one up to its closing quote, a block one to its line end.
    private func range(of scalar: Yams.Node.Scalar, at start: Int) -> ByteRange {
        switch scalar.style {
        case .singleQuoted, .doubleQuoted:
            let bytes = source.bytes
            let lineEnd = source.contentRange(ofLine: source.line(containing: start)).upperBound
            guard start < lineEnd else { return ByteRange.at(start) }
            let quote = bytes[start]
            var index = start + 1
            while index < lineEnd {
                if quote == UInt8(ascii: "\""), bytes[index] == UInt8(ascii: "\\") { index += 2; continue }
                if bytes[index] == quote {
                    if quote == UInt8(ascii: "'"), index + 1 < lineEnd, bytes[index + 1] == quote { index += 2; continue }
                    return ByteRange(start, index + 1)
                }
                index += 1
            }
            return ByteRange(start, lineEnd)
        case .literal, .folded:
            return restOfLine(from: start)
        default:
            return Self.plainRange(at: start, text: scalar.string, in: source)
        }
    }

    private func restOfLine(from start: Int) -> ByteRange {
        let lineEnd = source.contentRange(ofLine: source.line(containing: start)).upperBound
        return ByteRange(start, max(start, lineEnd))
    }

    static func plainRange(at start: Int, text: String, in source: SourceFile) -> ByteRange {
        let lineEnd = source.contentRange(ofLine: source.line(containing: start)).upperBound
        return ByteRange(start, max(start, min(start + text.utf8.count, lineEnd)))
    }
}
