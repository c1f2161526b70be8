/// A `multipart/form-data` body (RFC 7578) taken apart into its fields, held in memory only.
struct MultipartForm: Sendable {
    /// One field of the form: a text field, or a file with the name the browser gave it.
    struct Part: Sendable, Equatable {
        var name: String
        /// The file's name as sent, when the part is a file input's (it may be empty: no file chosen).
        var filename: String?
        var contentType: String?
        var body: [UInt8]

        var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// Why a body could not be read as a form, in words a person can act on.
    struct Malformed: Error, Equatable, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    var parts: [Part]

    /// The first part of this name.
    func part(named name: String) -> Part? { parts.first { $0.name == name } }

    /// Parses `body` as sent with `contentType` (`multipart/form-data; boundary=…`, the boundary maybe quoted).
    init(contentType: String?, body: [UInt8]) throws(Malformed) {
        guard let contentType else { throw Malformed("the request has no Content-Type; send the form as multipart/form-data") }
        let (mediaType, parameters) = Self.headerValue(contentType)
        guard mediaType.lowercased() == "multipart/form-data" else {
            throw Malformed("the request is \(mediaType.isEmpty ? "of no type" : mediaType), not multipart/form-data")
        }
        guard let boundary = parameters["boundary"], (1...70).contains(boundary.utf8.count) else {
            throw Malformed("the Content-Type has no boundary (or one longer than 70 characters)")
        }
        parts = try Self.parts(of: body, boundary: Array(boundary.utf8))
    }

    // MARK: The body

    private static let crlf: [UInt8] = [13, 10]

    private static func parts(of body: [UInt8], boundary: [UInt8]) throws(Malformed) -> [Part] {
        let dashes: [UInt8] = [45, 45]
        let first = dashes + boundary
        // The delimiter before every later part includes the line break that ends the previous part's content.
        let delimiter = crlf + first
        let start: Int
        if body.starts(with: first) {
            start = first.count
        } else if let found = index(of: delimiter, in: body, from: 0) {
            start = found + delimiter.count  // after a preamble, which is ignored
        } else {
            throw Malformed("the body does not contain the boundary its Content-Type names")
        }
        var parts: [Part] = []
        var position = start
        while true {
            if body[position...].starts(with: dashes) { return parts }  // the closing delimiter
            position = skipTransportPadding(body, from: position)
            guard body[position...].starts(with: crlf) else {
                throw Malformed("a boundary is not followed by a line break")
            }
            position += crlf.count
            guard let end = index(of: delimiter, in: body, from: position) else {
                throw Malformed("the body ends before its closing boundary")
            }
            parts.append(try part(Array(body[position..<end])))
            position = end + delimiter.count
        }
    }

    /// Spaces and tabs may follow a delimiter before its line break (RFC 2046 §5.1.1).
    private static func skipTransportPadding(_ body: [UInt8], from start: Int) -> Int {
        var position = start
        while position < body.count, body[position] == 32 || body[position] == 9 { position += 1 }
        return position
    }

    private static func part(_ bytes: [UInt8]) throws(Malformed) -> Part {
        let separator = crlf + crlf
        let headerEnd: Int
        let contentStart: Int
        if bytes.starts(with: crlf) {
            headerEnd = 0  // no headers at all
            contentStart = crlf.count
        } else if let found = index(of: separator, in: bytes, from: 0) {
            headerEnd = found
            contentStart = found + separator.count
        } else {
            throw Malformed("a part's headers do not end with an empty line")
        }
        var headers: [String: String] = [:]
        for line in String(decoding: bytes[..<headerEnd], as: UTF8.self).split(separator: "\r\n") {
            guard let colon = line.firstIndex(of: ":") else { throw Malformed("a part has a header line with no colon") }
            headers[line[..<colon].trimmingSpaces.lowercased()] = String(line[line.index(after: colon)...].trimmingSpaces)
        }
        guard let disposition = headers["content-disposition"] else { throw Malformed("a part has no Content-Disposition") }
        let (kind, parameters) = headerValue(disposition)
        guard kind.lowercased() == "form-data", let name = parameters["name"] else {
            throw Malformed("a part's Content-Disposition is not form-data with a name")
        }
        return Part(name: name, filename: parameters["filename"], contentType: headers["content-type"],
                    body: Array(bytes[contentStart...]))
    }

    /// Where `needle` first occurs in `haystack` at or after `start`.
    private static func index(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let head = needle.first, haystack.count >= needle.count else { return nil }
        var position = start
        let last = haystack.count - needle.count
        while position <= last {
            guard let candidate = haystack[position...last].firstIndex(of: head) else { return nil }
            if haystack[candidate..<candidate + needle.count].elementsEqual(needle) { return candidate }
            position = candidate + 1
        }
        return nil
    }

    // MARK: Header values

    /// A header's value and its `; key=value` parameters, keys lowercased, quoted values unquoted.
    static func headerValue(_ header: String) -> (value: String, parameters: [String: String]) {
        var scanner = Substring(header)
        let value = scanner.prefix { $0 != ";" }.trimmingSpaces
        scanner = scanner.dropFirst(scanner.prefix { $0 != ";" }.count)
        var parameters: [String: String] = [:]
        while scanner.first == ";" {
            scanner = scanner.dropFirst()
            let key = scanner.prefix { $0 != "=" && $0 != ";" }
            scanner = scanner.dropFirst(key.count)
            guard scanner.first == "=" else { continue }
            scanner = scanner.dropFirst()
            scanner = scanner.drop { $0 == " " || $0 == "\t" }
            parameters[key.trimmingSpaces.lowercased()] = parameterValue(&scanner)
        }
        return (String(value), parameters)
    }

    /// A token, or a quoted string with its backslash escapes undone; leaves `scanner` at the next `;`.
    private static func parameterValue(_ scanner: inout Substring) -> String {
        guard scanner.first == "\"" else {
            let token = scanner.prefix { $0 != ";" }
            scanner = scanner.dropFirst(token.count)
            return String(token.trimmingSpaces)
        }
        scanner = scanner.dropFirst()
        var value = ""
        while let character = scanner.first {
            scanner = scanner.dropFirst()
            if character == "\"" { break }
            if character == "\\", let escaped = scanner.first {
                value.append(escaped)
                scanner = scanner.dropFirst()
            } else {
                value.append(character)
            }
        }
        scanner = scanner.drop { $0 != ";" }
        return value
    }
}

private extension StringProtocol {
    /// Without the spaces and tabs at either end.
    var trimmingSpaces: Substring {
        let text = Substring(self)
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = text.firstIndex(where: { !blank($0) }), let last = text.lastIndex(where: { !blank($0) }) else { return "" }
        return text[first...last]
    }
}
