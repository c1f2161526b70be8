import Foundation

/// Brings an XML file to UTF-8 before libxml2 sees it.
///
/// tenderlint's positions are offsets into UTF-8 text. If libxml2 converted
/// encodings itself, its offsets would be into its converted copy; so the
/// reader converts first and tells libxml2 to ignore the declaration.
enum XMLEncoding {
    enum Outcome {
        case utf8(SourceFile)
        case problem(message: String, range: ByteRange, help: String)
    }

    static func toUTF8(_ source: SourceFile) -> Outcome {
        let bytes = source.bytes
        if let wide = wideEncoding(of: bytes) {
            guard bytes.count % wide.unitSize == 0 else {
                return .problem(
                    message: "this file looks like \(wide.name) but ends in the middle of a character",
                    range: .at(0), help: "the file may have been cut short; save it again, as UTF-8"
                )
            }
            guard let text = String(bytes: bytes, encoding: wide.encoding) else {
                return .problem(
                    message: "this file looks like \(wide.name) but contains a sequence that is not valid \(wide.name)",
                    range: .at(0), help: "save the file as UTF-8"
                )
            }
            return .utf8(SourceFile(path: source.path, bytes: dropByteOrderMark(Array(text.utf8)), detail: source.detail))
        }
        if bytes.prefix(4).contains(0) {
            // libxml2 reads zero bytes here as UCS-4 in an unusual byte order and would convert it itself.
            return .problem(
                message: "this file starts with a NUL byte, so it is not XML text that tenderlint reads",
                range: .at(0), help: "save the file as UTF-8; if it is not a tender document, remove it from the linted paths"
            )
        }
        if bytes.starts(with: [0x4C, 0x6F, 0xA7, 0x94]) {
            return .problem(
                message: "this file is in EBCDIC, which tenderlint does not read", range: .at(0),
                help: "save the file as UTF-8"
            )
        }
        // A UTF-8 byte order mark says UTF-8, whatever the declaration says after it.
        let markedUTF8 = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        if let declared = declaredEncoding(in: bytes), !markedUTF8 {
            switch declared.name.lowercased() {
            case "utf-8", "utf8", "us-ascii", "ascii", "utf-16", "utf16":
                // A UTF-16 declaration on a file without UTF-16 bytes is taken at its bytes' word.
                break
            case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1":
                return transcode(source, from: .isoLatin1)
            case "windows-1252", "cp1252":
                return transcode(source, from: .windowsCP1252)
            default:
                return .problem(
                    message: "this file declares the encoding '\(declared.name)', which tenderlint does not read",
                    range: declared.range,
                    help: "save the file as UTF-8 and declare encoding=\"UTF-8\" (UTF-16, ISO-8859-1 and Windows-1252 are read too)"
                )
            }
        }
        if let bad = SourceFile.firstInvalidUTF8(bytes) {
            let byte = String(format: "0x%02X", bytes[bad])
            return .problem(
                message: markedUTF8
                    ? "invalid UTF-8 byte \(byte): the file starts with a UTF-8 byte order mark, so it must be UTF-8 whatever it declares"
                    : "invalid UTF-8 byte \(byte): an XML file that declares no other encoding must be UTF-8",
                range: ByteRange(bad, bad + 1),
                help: "save the file as UTF-8, or declare its real encoding, such as <?xml version=\"1.0\" encoding=\"windows-1252\"?>"
            )
        }
        return .utf8(source)
    }

    private static func transcode(_ source: SourceFile, from encoding: String.Encoding) -> Outcome {
        guard let text = String(bytes: source.bytes, encoding: encoding) else {
            return .problem(message: "this file cannot be read in its declared encoding", range: .at(0), help: "save the file as UTF-8")
        }
        return .utf8(SourceFile(path: source.path, bytes: Array(text.utf8), detail: source.detail))
    }

    /// UTF-16 or UTF-32, told by a byte order mark or, without one, by where the zero bytes fall in the
    /// first character: a document starts with `<` or white space, so "<" reads 3C 00, 00 3C,
    /// 3C 00 00 00 or 00 00 00 3C. libxml2 would guess the same by itself and then give offsets into
    /// its own converted copy, so every wide encoding is converted here first.
    private static func wideEncoding(of bytes: [UInt8]) -> (encoding: String.Encoding, name: String, unitSize: Int)? {
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return (.utf32BigEndian, "UTF-32", 4) }
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return (.utf32LittleEndian, "UTF-32", 4) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16LittleEndian, "UTF-16", 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16BigEndian, "UTF-16", 2) }
        guard bytes.count >= 4 else { return nil }
        let zero = bytes.prefix(4).map { $0 == 0 }
        switch (zero[0], zero[1], zero[2], zero[3]) {
        case (true, true, true, false): return (.utf32BigEndian, "UTF-32", 4)
        case (false, true, true, true): return (.utf32LittleEndian, "UTF-32", 4)
        case (true, false, true, false): return (.utf16BigEndian, "UTF-16", 2)
        case (false, true, false, true): return (.utf16LittleEndian, "UTF-16", 2)
        default: return nil
        }
    }

    private static func dropByteOrderMark(_ bytes: [UInt8]) -> [UInt8] {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
    }

    /// The `encoding` pseudo-attribute of the XML declaration, if there is one.
    static func declaredEncoding(in bytes: [UInt8]) -> (name: String, range: ByteRange)? {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        guard bytes[start...].starts(with: Array("<?xml".utf8)) else { return nil }
        let limit = min(bytes.count, start + 512)
        var end = start
        while end + 1 < limit, !(bytes[end] == UInt8(ascii: "?") && bytes[end + 1] == UInt8(ascii: ">")) { end += 1 }
        let declaration = Array(bytes[start..<end])
        guard let keyword = declaration.firstRange(of: Array("encoding".utf8)) else { return nil }
        var index = keyword.upperBound
        while index < declaration.count, declaration[index] == 0x20 || declaration[index] == UInt8(ascii: "=") { index += 1 }
        guard index < declaration.count else { return nil }
        let quote = declaration[index]
        guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return nil }
        let valueStart = index + 1
        var valueEnd = valueStart
        while valueEnd < declaration.count, declaration[valueEnd] != quote { valueEnd += 1 }
        let name = String(decoding: declaration[valueStart..<valueEnd], as: UTF8.self)
        return (name, ByteRange(start + valueStart, start + valueEnd))
    }
}
