/// File paths as machine-readable reports write them.
enum ReportPath {
    /// Forward slashes, and no leading `./`: the same file always reads the same way.
    static func normalized(_ path: String) -> String {
        var result = path.replacingOccurrences(of: "\\", with: "/")
        while result.hasPrefix("./") {
            result.removeFirst(2)
            while result.hasPrefix("/") { result.removeFirst() }
        }
        return result
    }

    /// Whether a normalized path is absolute: `/…` or a Windows drive such as `C:/…`.
    static func isAbsolute(_ normalized: String) -> Bool {
        if normalized.hasPrefix("/") { return true }
        let scalars = Array(normalized.unicodeScalars.prefix(3))
        guard scalars.count == 3, scalars[1] == ":", scalars[2] == "/" else { return false }
        return ("a"..."z").contains(scalars[0]) || ("A"..."Z").contains(scalars[0])
    }

    /// A URI reference for a path: relative paths stay relative (forward slashes, every byte other than
    /// an unreserved character or `/` percent-encoded as UTF-8); absolute paths become `file://` URIs.
    static func uriReference(_ path: String) -> String {
        let normalized = normalized(path)
        guard isAbsolute(normalized) else { return percentEncoded(normalized) }
        if normalized.hasPrefix("/") { return "file://" + percentEncoded(normalized) }
        // A drive letter keeps its colon: file:///C:/tenders/a.xml.
        return "file:///" + normalized.prefix(2) + percentEncoded(String(normalized.dropFirst(2)))
    }

    static func percentEncoded(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let digits = String(byte, radix: 16, uppercase: true)
                result += "%" + (digits.count == 1 ? "0" : "") + digits
            }
        }
        return result
    }

    /// Whether a URI is absolute (starts with a scheme such as `https:`), as SARIF's `helpUri` and links need.
    static func hasScheme(_ uri: String) -> Bool {
        guard let colon = uri.firstIndex(of: ":") else { return false }
        let scheme = Array(uri[..<colon].unicodeScalars)
        guard let first = scheme.first, ("a"..."z").contains(first) || ("A"..."Z").contains(first) else { return false }
        return scheme.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0) }
    }
}

/// Shorthands for building `JSONWriter` values in the JSON-based reports.
enum ReportJSON {
    static func integer(_ value: Int) -> JSONWriter.Value { .number(String(value)) }

    static func optionalString(_ value: String?) -> JSONWriter.Value { value.map { .string($0) } ?? .null }
}
