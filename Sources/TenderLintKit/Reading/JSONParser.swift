/// Reads the structure of one JSON document (objects, arrays, members,
/// elements) into a `TreeBuilder`, leaving tokens to `JSONScanner`.
///
/// The parser is iterative: open objects and arrays live on an explicit
/// stack, so a document nested 100,000 levels deep cannot overflow the call
/// stack; it stops with an error past `maximumDepth` instead. It stops at the
/// first syntax error; duplicate keys are recorded and reading goes on.
struct JSONParser {
    /// An object or array that has been opened and not yet closed.
    struct Container {
        var node: Int32
        var isObject: Bool
        /// Offset of its `{` or `[`.
        var open: Int
        /// Members or elements read so far.
        var count = 0
        /// Where its keys start in `JSONParser.keys`, while it is small enough to search them in order.
        var keysStart: Int
        /// Its keys, once it has too many to search in order.
        var keyIndex: [Key: ByteRange]?
    }

    /// An object key compared as JSON compares keys: code point by code point, without Unicode normalisation.
    struct Key: Hashable {
        var text: String

        static func == (lhs: Key, rhs: Key) -> Bool { JSONParser.sameKey(lhs.text, rhs.text) }

        func hash(into hasher: inout Hasher) {
            let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            if hashed == nil { Array(text.utf8).withUnsafeBytes { hasher.combine(bytes: $0) } }
        }
    }

    /// A key met twice in one object.
    struct Duplicate {
        var key: String
        var first: ByteRange
        var second: ByteRange
        /// The object holding both.
        var container: Int32
    }

    private enum State {
        case value
        case afterValue
        case key
    }

    /// Objects with more keys than this are indexed with a dictionary rather than searched.
    private static let smallObjectLimit = 16

    var scanner: JSONScanner
    var builder: TreeBuilder
    let maximumDepth: Int
    private(set) var containers: [Container] = []
    private(set) var duplicates: [Duplicate] = []
    /// Keys of the open small objects, innermost last.
    private var keys: [(text: String, range: ByteRange)] = []
    /// The key of the member whose value comes next.
    private var memberName: String?
    private var memberNameRange: ByteRange?
    /// Whether a value is being read (so an error concerns the member or element, not just its container).
    private var isReadingValue = false
    /// Where the last complete value ends.
    private var lastValueEnd = 0
    private let documentStart: Int

    init(bytes: UnsafeBufferPointer<UInt8>, start: Int, documentRange: ByteRange, maximumDepth: Int, limits: DocumentLimits = .none) {
        scanner = JSONScanner(bytes: bytes, start: start, end: documentRange.upperBound)
        // A JSON value takes at least two bytes with its separator: at most half the bytes are nodes.
        builder = TreeBuilder(documentRange: documentRange, limits: limits, expectedNodes: documentRange.count / 2 + 1)
        documentStart = documentRange.lowerBound
        self.maximumDepth = maximumDepth
    }

    /// Reads the document. On a syntax error, `errorContext` says where in the structure it happened.
    mutating func parse() throws(JSONSyntaxError) {
        scanner.skipWhitespace()
        guard !scanner.isAtEnd else {
            throw JSONSyntaxError(
                "the file is empty: expected a JSON value",
                at: .at(documentStart),
                label: "nothing to read",
                help: ["a JSON document holds one value, usually an object such as {\"tender\": {}}"]
            )
        }
        var state = State.value
        while true {
            // A full tree stops reading; the reader reports it (TL018) rather than this placeholder.
            if let refused = builder.refusedNode { throw JSONSyntaxError("the node limit is reached", at: refused) }
            switch state {
            case .value:
                state = try readValue()
            case .afterValue:
                guard let next = try readAfterValue() else { return }
                state = next
            case .key:
                try readKey()
                state = .value
            }
        }
    }

    /// The innermost open container and, when a value was being read, its key or index.
    var errorContext: (container: Int32, segment: String?)? {
        guard let top = containers.last else { return nil }
        guard isReadingValue else { return (top.node, nil) }
        return (top.node, top.isObject ? memberName : String(top.count))
    }

    // MARK: - States

    private mutating func readValue() throws(JSONSyntaxError) -> State {
        isReadingValue = true
        let start = scanner.position
        guard start < scanner.end else { throw scanner.unexpectedToken(at: start, expected: "a value") }
        let byte = scanner.bytes[start]
        let kind: NodeKind
        let value: String
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            return try open(isObject: byte == UInt8(ascii: "{"), at: start)
        case UInt8(ascii: "\""):
            value = try scanner.scanString()
            kind = .string
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            value = try scanner.scanNumber()
            kind = .number
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            (kind, value) = try scanner.scanLiteral()
        default:
            throw unexpectedValue(at: start)
        }
        append(kind, value: value, range: ByteRange(start, scanner.position))
        lastValueEnd = scanner.position
        isReadingValue = false
        return .afterValue
    }

    private mutating func open(isObject: Bool, at start: Int) throws(JSONSyntaxError) -> State {
        guard containers.count < maximumDepth else {
            throw JSONSyntaxError(
                "nesting is deeper than \(maximumDepth) levels; tenderlint stops reading here",
                at: ByteRange(start, start + 1),
                label: "level \(maximumDepth + 1)",
                notes: ["tender documents need a handful of levels; a file this deep was probably generated wrongly"]
            )
        }
        let node = append(isObject ? .object : .array, value: nil, range: ByteRange(start, start + 1))
        builder.push(node)
        containers.append(Container(node: node, isObject: isObject, open: start, keysStart: keys.count))
        isReadingValue = false
        scanner.position = start + 1
        scanner.skipWhitespace()
        let closer = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
        if !scanner.isAtEnd, scanner.bytes[scanner.position] == closer {
            scanner.position += 1
            close()
            return .afterValue
        }
        return isObject ? .key : .value
    }

    /// After a value: a comma, the closing bracket, or (at the top level) the end of the document.
    private mutating func readAfterValue() throws(JSONSyntaxError) -> State? {
        scanner.skipWhitespace()
        let index = scanner.position
        guard let top = containers.indices.last else {
            if index < scanner.end { throw trailingContent(at: index) }
            return nil
        }
        let isObject = containers[top].isObject
        guard index < scanner.end else { throw missingSeparator(at: index) }
        let byte = scanner.bytes[index]
        let closer = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
        if byte == UInt8(ascii: ",") {
            scanner.position = index + 1
            scanner.skipWhitespace()
            if !scanner.isAtEnd, scanner.bytes[scanner.position] == closer {
                throw trailingComma(at: index, isObject: isObject)
            }
            return isObject ? .key : .value
        }
        guard byte == closer else { throw missingSeparator(at: index) }
        scanner.position = index + 1
        close()
        return .afterValue
    }

    /// A key and its colon; leaves the scanner at the member's value.
    private mutating func readKey() throws(JSONSyntaxError) {
        let start = scanner.position
        guard start < scanner.end, scanner.bytes[start] == UInt8(ascii: "\"") else { throw keyExpected(at: start) }
        let key = try scanner.scanString()
        let nameRange = ByteRange(start, scanner.position)
        scanner.skipWhitespace()
        let colon = scanner.position
        guard colon < scanner.end, scanner.bytes[colon] == UInt8(ascii: ":") else {
            throw colonExpected(at: colon, key: nameRange)
        }
        scanner.position = colon + 1
        scanner.skipWhitespace()
        record(key, at: nameRange)
        memberName = key
        memberNameRange = nameRange
    }

    // MARK: - Building

    @discardableResult
    private mutating func append(_ kind: NodeKind, value: String?, range: ByteRange) -> Int32 {
        guard let top = containers.indices.last else { return builder.append(kind, value: value, range: range) }
        let count = containers[top].count
        containers[top].count = count + 1
        if containers[top].isObject {
            return builder.append(kind, name: memberName, value: value, range: range, nameRange: memberNameRange)
        }
        return builder.append(kind, value: value, range: range, arrayIndex: count)
    }

    /// Closes the innermost container; the scanner is just past its closing bracket.
    private mutating func close() {
        let container = containers.removeLast()
        builder.pop(end: scanner.position)
        if keys.count > container.keysStart { keys.removeLast(keys.count - container.keysStart) }
        lastValueEnd = scanner.position
    }

    /// Notes a key of the innermost object, recording a duplicate if it was there before.
    private mutating func record(_ key: String, at range: ByteRange) {
        let top = containers.count - 1
        if containers[top].keyIndex != nil {
            if let first = containers[top].keyIndex![Key(text: key)] {
                duplicates.append(Duplicate(key: key, first: first, second: range, container: containers[top].node))
            } else {
                containers[top].keyIndex![Key(text: key)] = range
            }
            return
        }
        let start = containers[top].keysStart
        for index in start..<keys.count where JSONParser.sameKey(keys[index].text, key) {
            duplicates.append(Duplicate(key: key, first: keys[index].range, second: range, container: containers[top].node))
            return
        }
        keys.append((key, range))
        if keys.count - start > JSONParser.smallObjectLimit {
            var index: [Key: ByteRange] = [:]
            for entry in keys[start...] { index[Key(text: entry.text)] = entry.range }
            containers[top].keyIndex = index
            keys.removeLast(keys.count - start)
        }
    }

    static func sameKey(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.count == rhs.utf8.count && lhs.utf8.elementsEqual(rhs.utf8)
    }

    private static func startsValue(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "-"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            true
        default:
            false
        }
    }

    // MARK: - Errors

    private func unexpectedValue(at index: Int) -> JSONSyntaxError {
        let byte = scanner.bytes[index]
        let next = index + 1 < scanner.end ? scanner.bytes[index + 1] : 0
        if byte == UInt8(ascii: "+") && (JSONScanner.isDigit(next) || next == UInt8(ascii: "."))
            || byte == UInt8(ascii: ".") && JSONScanner.isDigit(next) {
            return scanner.numberWithBadStart(at: index)
        }
        let startsWord = JSONScanner.isLetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "$")
        if startsWord || byte == UInt8(ascii: "+") && JSONScanner.isLetter(next) {
            let end = scanner.endOfRun(from: index + 1, limit: Int.max, while: JSONScanner.isWordByte)
            return scanner.unknownWord(ByteRange(index, end))
        }
        var error = scanner.unexpectedToken(at: index, expected: "a value")
        if byte == UInt8(ascii: "}"), containers.last?.isObject == true {
            error.help.append("every key needs a value: \"key\": value")
        }
        return error
    }

    private func trailingContent(at index: Int) -> JSONSyntaxError {
        if let error = scanner.characterError(at: index) { return error }
        let (range, description) = scanner.describeToken(at: index)
        var error = JSONSyntaxError(
            "unexpected content after the JSON value",
            at: range,
            label: "found \(description)",
            secondary: [.init(message: "the JSON value ends here", range: .at(lastValueEnd))]
        )
        let byte = scanner.bytes[index]
        if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
            error.help.append("this closing bracket has no opening bracket to match; remove it")
        } else if byte == UInt8(ascii: ",") || JSONParser.startsValue(byte) {
            error.help.append("a JSON file holds exactly one value: put several in an array, or use JSON Lines (one value per line)")
        }
        scanner.addHints(to: &error, at: index)
        return error
    }

    private func trailingComma(at comma: Int, isObject: Bool) -> JSONSyntaxError {
        JSONSyntaxError(
            "trailing comma before '\(isObject ? "}" : "]")' is not allowed in JSON",
            at: ByteRange(comma, comma + 1),
            label: "trailing comma",
            notes: [isObject
                ? "JSON does not allow a comma after the last member of an object"
                : "JSON does not allow a comma after the last element of an array"],
            fixIts: [.init(summary: "remove the comma", range: ByteRange(comma, comma + 1), replacement: "")]
        )
    }

    /// The innermost container's opening bracket, as a secondary place to show.
    private func openedHere(_ suffix: String = "") -> [JSONSyntaxError.Mark] {
        guard let top = containers.last else { return [] }
        let what = top.isObject ? "the object" : "the array"
        return [.init(message: "\(what) opened here\(suffix)", range: ByteRange(top.open, top.open + 1))]
    }

    private func unexpectedEnd(expected: String) -> JSONSyntaxError {
        JSONSyntaxError(
            "unexpected end of file: expected \(expected)",
            at: .at(scanner.endOfContent),
            label: "the file ends here",
            secondary: openedHere(" is never closed"),
            notes: containers.count > 1 ? ["\(containers.count) objects or arrays are still open; the file may have been cut short"] : []
        )
    }

    /// Neither a comma nor the right closing bracket after a member or element.
    private func missingSeparator(at index: Int) -> JSONSyntaxError {
        let top = containers[containers.count - 1]
        let expected = top.isObject ? "',' or '}' after object member" : "',' or ']' after array element"
        guard index < scanner.end else { return unexpectedEnd(expected: expected) }
        if let error = scanner.characterError(at: index) { return error }
        var error = scanner.unexpectedToken(at: index, expected: expected)
        let byte = scanner.bytes[index]
        if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
            error.secondary = openedHere()
            error.help.append(top.isObject ? "close the object with '}'" : "close the array with ']'")
        } else if top.isObject ? byte == UInt8(ascii: "\"") : JSONParser.startsValue(byte) {
            error.help.append(top.isObject ? "separate members with commas" : "separate elements with commas")
            error.fixIts.append(.init(summary: "insert ','", range: .at(lastValueEnd), replacement: ","))
        }
        return error
    }

    private func keyExpected(at index: Int) -> JSONSyntaxError {
        let expected = "a string key in double quotes"
        guard index < scanner.end else { return unexpectedEnd(expected: expected) }
        if let error = scanner.characterError(at: index) { return error }
        var error = scanner.unexpectedToken(at: index, expected: expected)
        let byte = scanner.bytes[index]
        if JSONScanner.isWordByte(byte) {
            let end = scanner.endOfRun(from: index, limit: Int.max, while: JSONScanner.isWordByte)
            let word = scanner.text(index, end)
            error.help.append("JSON keys are strings: \"\(JSONSyntaxError.quoted(word, limit: 40))\"")
            error.fixIts.append(.init(summary: "put the key in double quotes", range: ByteRange(index, end), replacement: "\"\(word)\""))
        } else if byte == UInt8(ascii: "]") {
            error.secondary = openedHere()
        }
        return error
    }

    private func colonExpected(at index: Int, key: ByteRange) -> JSONSyntaxError {
        let expected = "':' after object key"
        guard index < scanner.end else { return unexpectedEnd(expected: expected) }
        if let error = scanner.characterError(at: index) { return error }
        var error = scanner.unexpectedToken(at: index, expected: expected)
        let byte = scanner.bytes[index]
        if byte == UInt8(ascii: "=") {
            error.fixIts.append(.init(summary: "write ':'", range: ByteRange(index, index + 1), replacement: ":"))
        } else if JSONParser.startsValue(byte) {
            error.fixIts.append(.init(summary: "insert ':'", range: .at(key.upperBound), replacement: ":"))
        } else if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") {
            error.help.append("every key needs a value: \"key\": value")
        }
        return error
    }
}
