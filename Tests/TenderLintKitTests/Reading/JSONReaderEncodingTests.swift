import Foundation
import Testing
import TenderLintKit

private func utf16LittleEndian(_ text: String) -> [UInt8] {
    text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
}

private func utf16BigEndian(_ text: String) -> [UInt8] {
    text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
}

@Suite("JSON reader: bytes and encodings")
struct JSONReaderEncodingTests: JSONReaderTesting {
    @Test("reports invalid UTF-8 in a string at the offending byte")
    func invalidUTF8InString() throws {
        let error = try #require(failure(read(bytes: Array(#"{"a": "x"#.utf8) + [0xFF] + Array(#""}"#.utf8))))
        #expect(error.message == "invalid UTF-8 byte 0xFF")
        #expect(error.at == "1:9")
        #expect(error.location.start.offset == 8)
        #expect(isPrintable(error.message))
        #expect(error.documentPath == "/a")
    }

    @Test("reports invalid UTF-8 outside strings")
    func invalidUTF8OutsideStrings() {
        let error = failure(read(bytes: Array("[1, ".utf8) + [0xC3] + Array("]".utf8)))
        #expect(error?.message == "invalid UTF-8 byte 0xC3")
        #expect(error?.location.start.offset == 4)
        #expect(error?.at == "1:5")
    }

    @Test("explains a Windows-1252 pound sign, and the column after multi-byte text")
    func windows1252() throws {
        let bytes = Array(#"{"note": "Cwm Taf — "#.utf8) + [0xA3] + Array(#"5m"}"#.utf8)
        let error = try #require(failure(read(bytes: bytes)))
        #expect(error.message == "invalid UTF-8 byte 0xA3")
        #expect(error.at == "1:21")
        #expect(error.help.contains { $0.contains("'£'") })
    }

    @Test("rejects overlong, surrogate and truncated UTF-8 sequences", arguments: [
        [0xC0, 0xAF] as [UInt8], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
        [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0x80], [0xF8],
    ])
    func badSequences(sequence: [UInt8]) {
        let error = failure(read(bytes: Array(#"["ab"#.utf8) + sequence + Array(#""]"#.utf8)))
        #expect(error?.message == "invalid UTF-8 byte \(String(format: "0x%02X", sequence[0]))")
        #expect(error?.at == "1:5")
        #expect(error.map { isPrintable($0.message) } == true)
    }

    @Test("reports UTF-16 and UTF-32 at 1:1, with or without a byte order mark", arguments: [
        ([0xFF, 0xFE] + utf16LittleEndian("{}"), "UTF-16"),
        ([0xFE, 0xFF] + utf16BigEndian("{}"), "UTF-16"),
        (utf16LittleEndian("{\"a\": 1}"), "UTF-16"),
        (utf16BigEndian("{\"a\": 1}"), "UTF-16"),
        ([0xFF, 0xFE, 0, 0, 0x7B, 0, 0, 0, 0x7D, 0, 0, 0], "UTF-32"),
        ([0, 0, 0, 0x7B, 0, 0, 0, 0x7D], "UTF-32"),
    ] as [([UInt8], String)])
    func utf16(bytes: [UInt8], encoding: String) {
        let error = failure(read(bytes: bytes))
        #expect(error?.message == "JSON must be UTF-8; this file looks like \(encoding)")
        #expect(error?.at == "1:1")
    }

    @Test("gives a diagnostic for a PNG file, never a crash")
    func png() {
        let header: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
        let error = failure(read(bytes: header + [UInt8](repeating: 0x42, count: 64)))
        #expect(error?.message == "invalid UTF-8 byte 0x89")
        #expect(error?.at == "1:1")
        #expect(error?.notes.contains { $0.contains("binary") } == true)
    }

    @Test("gives one diagnostic for random bytes, never a crash or a hang")
    func randomBytes() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<200 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(state % 300) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                bytes.append(UInt8(truncatingIfNeeded: state >> 56))
            }
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let result = read(bytes: bytes)
            // Random bytes are almost never JSON; either way there is a tree or a diagnostic, not both.
            #expect(result.diagnostics.count + result.documents.count == 1)
            #expect(result.diagnostics.allSatisfy { isPrintable($0.message) && isPrintable($0.label ?? "") })
        }
    }

    @Test("never puts raw control characters or invalid bytes in a message", arguments: [
        "[\u{7}]", "{\u{1B}}", "[1\u{0}]", "{\"a\":1}\u{C}", "[\u{A0}1]", "[\u{FEFF}1]", "{\"a\u{7}b\": 1, \"a\u{7}b\": 2,}",
    ])
    func printableMessages(text: String) {
        let result = read(text)
        #expect(!result.diagnostics.isEmpty)
        for diagnostic in result.diagnostics {
            #expect(isPrintable(diagnostic.message), "\(diagnostic.message.unicodeScalars.map(\.value))")
            #expect(isPrintable(diagnostic.label ?? ""))
        }
    }

    @Test("names a no-break space and offers an ordinary one")
    func noBreakSpace() {
        let error = failure("[1,\u{A0}2]")
        #expect(error?.message == "expected a value")
        #expect(error?.label == "found U+00A0 (no-break space)")
        #expect(error?.at == "1:4")
        #expect(error?.fixIts.first?.replacement == " ")
    }
}
