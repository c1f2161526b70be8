// libyaml's event stream (the C library Yams vendors as CYaml) rather than Yams' composer: events carry a
// start and an end mark for every value, and an alias is met as an event before anything expands it.
internal import CYaml

/// Reads a YAML file into the same located tree as `JSONReader` (objects, arrays, strings, numbers, true or
/// false, null, each with its byte range and a member's key range), for the configuration, catalogues and
/// suppression sidecars to decode from.
///
/// It reads one document and stops at the first problem, each worded once (`YAMLError`): bytes that are not
/// UTF-8, a syntax error, a second document, an alias (`*name`: aliases of aliases make a file of a few lines
/// stand for billions of values), a key given twice, a key that is a list or a map, or a file past the byte
/// or node limit. A plain scalar's kind follows the schema Yams resolves by (`true`, `yes`, `on` are true;
/// `~`, `null` and nothing are null; `10` and `1.5` are numbers), so files read as they did through Yams;
/// a quoted or block scalar is always a string. Every scalar keeps its text as written in `Node.value`, so a
/// decoder can take `10` as the text "10".
public struct YAMLReader: Sendable {
    public var limits: DocumentLimits

    public init(limits: DocumentLimits = DocumentLimits()) {
        self.limits = limits
    }

    /// The tree, nil for a file with no document (empty, or only comments), or why it cannot be read.
    /// `what` names the file in messages: "a configuration file", "a YAML catalogue".
    public func read(_ source: SourceFile, as what: String) -> Result<LocatedTree?, YAMLError> {
        let bytes = source.bytes
        if bytes.count > limits.maximumBytes || bytes.count > LocatedTree.maximumDocumentSize {
            return .failure(.tooManyBytes(bytes.count, limit: min(limits.maximumBytes, LocatedTree.maximumDocumentSize), in: what))
        }
        if let bad = SourceFile.firstInvalidUTF8(bytes) { return .failure(.notUTF8(at: bad, in: what)) }
        // libyaml would read a byte order mark as a character of the first line; SourceFile's columns skip it too.
        let start = source.hasByteOrderMark ? 3 : 0
        guard start < bytes.count else { return .success(nil) }
        var events = YAMLEvents(source: source, start: start, limits: limits, what: what)
        do throws(YAMLError) {
            return .success(try events.read())
        } catch {
            return .failure(error)
        }
    }
}

/// One pass over libyaml's events, building the tree as they come.
private struct YAMLEvents {
    let source: SourceFile
    let start: Int
    let what: String
    var builder: TreeBuilder
    var cursor: CharacterCursor
    /// The open collections, innermost last.
    var frames: [Frame] = []
    /// Where the last value closed: a block collection ends there, not at the next token.
    var lastEnd = 0

    struct Frame {
        var isMapping: Bool
        /// Written in brackets or braces: it ends at its closing one.
        var isFlow: Bool
        /// A sequence's items so far.
        var count = 0
        /// A mapping's keys so far, with their ranges.
        var keys: [String: ByteRange] = [:]
        /// The key whose value comes next.
        var pending: (key: String, range: ByteRange)?

        /// Whether the next scalar is a mapping's key.
        var awaitsKey: Bool { isMapping && pending == nil }
    }

    init(source: SourceFile, start: Int, limits: DocumentLimits, what: String) {
        self.source = source
        self.start = start
        self.what = what
        builder = TreeBuilder(documentRange: ByteRange(0, source.bytes.count), limits: limits)
        cursor = CharacterCursor(bytes: source.bytes, start: start)
    }

    mutating func read() throws(YAMLError) -> LocatedTree? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { throw YAMLError.syntax("out of memory", at: 0) }
        defer { yaml_parser_delete(&parser) }
        var input = Array(source.bytes[start...])
        var documents = 0
        try input.withUnsafeMutableBufferPointer { (buffer: inout UnsafeMutableBufferPointer<UInt8>) throws(YAMLError) in
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else { throw error(of: parser) }
                defer { yaml_event_delete(&event) }
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return
                case YAML_DOCUMENT_START_EVENT:
                    documents += 1
                    // Yams' wording for a stream of two documents, kept.
                    if documents > 1 {
                        throw YAMLError.syntax("but found another document", at: offset(event.start_mark),
                                               context: "expected a single document in the stream at 1:1")
                    }
                default:
                    try handle(event)
                }
            }
        }
        guard documents > 0 else { return nil }
        return builder.finish(source: source, format: .json, range: ByteRange(0, source.bytes.count))
    }

    private mutating func handle(_ event: yaml_event_t) throws(YAMLError) {
        let range = ByteRange(offset(event.start_mark), max(offset(event.start_mark), offset(event.end_mark)))
        switch event.type {
        case YAML_ALIAS_EVENT:
            let anchor = event.data.alias.anchor.map { String(cString: $0) } ?? ""
            throw YAMLError.alias(anchor, at: ByteRange(range.lowerBound, max(range.lowerBound + 1, range.upperBound)), in: what)
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            if frames.last?.awaitsKey == true {
                if let first = frames[frames.count - 1].keys[text] { throw YAMLError.duplicateKey(text, at: range, first: first) }
                frames[frames.count - 1].keys[text] = range
                frames[frames.count - 1].pending = (text, range)
                return
            }
            let tag = scalar.tag.map { String(cString: $0) }
            let kind = YAMLScalarKind.of(text, plain: scalar.style == YAML_PLAIN_SCALAR_STYLE, tag: tag)
            try append(kind, value: text, range: range)
            lastEnd = range.upperBound
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            if frames.last?.awaitsKey == true { throw YAMLError.complexKey(at: source.clippedToFirstLine(range)) }
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            let isFlow = isMapping ? event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
                : event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
            let node = try append(isMapping ? .object : .array, value: nil, range: range)
            builder.push(node)
            frames.append(Frame(isMapping: isMapping, isFlow: isFlow))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            // A flow collection ends at its bracket; a block one at its last value, not at the next token.
            let end = frames.removeLast().isFlow ? range.upperBound : lastEnd
            builder.pop(end: end)
            lastEnd = end
        default:
            break
        }
    }

    /// Adds a value as the next item of the open collection (or as the root), and counts it.
    @discardableResult
    private mutating func append(_ kind: NodeKind, value: String?, range: ByteRange) throws(YAMLError) -> Int32 {
        var name: String?
        var nameRange: ByteRange?
        var arrayIndex = -1
        if !frames.isEmpty {
            let last = frames.count - 1
            if let pending = frames[last].pending {
                (name, nameRange) = (pending.key, pending.range)
                frames[last].pending = nil
            } else if !frames[last].isMapping {
                arrayIndex = frames[last].count
                frames[last].count += 1
            }
        }
        let node = builder.append(kind, name: name, value: value, range: range, nameRange: nameRange, arrayIndex: arrayIndex)
        if let refused = builder.refusedNode {
            throw YAMLError.tooManyNodes(builder.limits.maximumNodes, at: source.clippedToFirstLine(refused), in: what)
        }
        return node
    }

    /// A mark's byte offset: libyaml counts characters from the start of its input.
    private mutating func offset(_ mark: yaml_mark_t) -> Int { cursor.offset(ofCharacter: Int(mark.index)) }

    private func error(of parser: yaml_parser_t) -> YAMLError {
        guard let problem = parser.problem.map({ String(cString: $0) }) else {
            return .syntax("out of memory", at: 0)
        }
        if parser.error == YAML_READER_ERROR {
            return .syntax(problem, at: min(start + Int(parser.problem_offset), source.bytes.count))
        }
        let mark = parser.problem_mark
        let context = parser.context.map { "\(String(cString: $0)) at \(parser.context_mark.line + 1):\(parser.context_mark.column + 1)" }
        return .syntax(problem, at: source.offset(line: Int(mark.line) + 1, column: Int(mark.column) + 1), context: context)
    }
}

/// Turns libyaml's character indices into byte offsets. Marks arrive nearly in order, so it walks from the
/// last one asked for: one pass over the file in all, however long its lines.
private struct CharacterCursor {
    let bytes: [UInt8]
    var character = 0
    var offset: Int

    init(bytes: [UInt8], start: Int) {
        self.bytes = bytes
        offset = start
    }

    mutating func offset(ofCharacter target: Int) -> Int {
        while character < target, offset < bytes.count {
            offset += 1
            while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            character += 1
        }
        while character > target {
            offset -= 1
            while bytes[offset] & 0xC0 == 0x80 { offset -= 1 }
            character -= 1
        }
        return offset
    }
}
