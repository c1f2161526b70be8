import Foundation
import Testing
import TenderLintKit

@Suite("JSON reader: strings")
struct JSONReaderStringTests: JSONReaderTesting {
    @Test("points an unterminated string at its opening quote and says where the file ends")
    func unterminatedAtEndOfFile() {
        let error = failure(#"{"a": "abc"#)
        #expect(error?.message == "unterminated string: the file ends before its closing quote")
        #expect(error?.at == "1:7")
        #expect(error?.secondary.first?.message == "the file ends here")
    }

    @Test("points an unterminated string at its opening quote and says where the line ends")
    func unterminatedAtEndOfLine() throws {
        let error = try #require(failure("{\"title\": \"Community equipment,\n \"lot\": 1}"))
        #expect(error.message == "unterminated string: the line ends before its closing quote")
        #expect(error.at == "1:11")
        #expect(error.secondary.first?.message == "the line ends here")
        #expect(error.secondary.first?.location.start.description == "1:32")
        #expect(error.fixIts.first?.replacement == "\"")
        #expect(error.documentPath == "/title")
    }

    @Test("asks for a line break inside a string to be escaped")
    func lineBreakInString() {
        let error = failure("[\"line one\nline two\"]")
        #expect(error?.message == "control character U+000A must be escaped")
        #expect(error?.at == "1:11")
        #expect(error?.fixIts.first?.replacement == "\\n")
        let crlf = failure("[\"line one\r\nline two\"]")
        #expect(crlf?.message == "control character U+000D must be escaped")
        #expect(crlf?.at == "1:11")
    }

    @Test("asks for control characters in strings to be escaped, naming them as U+XXXX")
    func controlCharacters() {
        let tab = failure("{\"a\": \"x\ty\"}")
        #expect(tab?.message == "control character U+0009 must be escaped")
        #expect(tab?.at == "1:9")
        #expect(tab?.fixIts.first?.replacement == "\\t")
        let nul = failure("[\"a\u{0}b\"]")
        #expect(nul?.message == "control character U+0000 must be escaped")
        #expect(nul.map { isPrintable($0.message) && isPrintable($0.label ?? "") } == true)
    }

    @Test("rejects invalid escapes, offering to double the backslash")
    func invalidEscapes() {
        let hex = failure(#"["\x41"]"#)
        #expect(hex?.message == #"invalid escape '\x' in string"#)
        #expect(hex?.at == "1:3")
        #expect(hex?.location.end.description == "1:5")
        #expect(hex?.fixIts.first?.replacement == #"\\"#)
        let path = failure(#"{"file": "C:\docs\tender.pdf"}"#)
        #expect(path?.message == #"invalid escape '\d' in string"#)
        #expect(path?.at == "1:13")
        let accent = failure(#"["\é"]"#)
        #expect(accent?.message == #"invalid escape '\é' in string"#)
    }

    @Test("rejects \\u escapes without four hexadecimal digits")
    func badUnicodeEscapes() {
        let letters = failure(#"["\u12G4"]"#)
        #expect(letters?.message == #"invalid escape '\u12G4' in string: \u needs four hexadecimal digits"#)
        #expect(letters?.at == "1:3")
        let short = failure(#"["ab\u12"]"#)
        #expect(short?.message == #"invalid escape '\u12' in string: \u needs four hexadecimal digits"#)
        #expect(short?.at == "1:5")
        #expect(failure(#"["\u"#)?.message == #"invalid escape '\u' in string: \u needs four hexadecimal digits"#)
    }

    @Test("rejects lone surrogates and accepts surrogate pairs")
    func surrogates() {
        let high = failure(#"["\uD800"]"#)
        #expect(high?.message == #"lone surrogate '\uD800' in string: a high surrogate must be followed by a low surrogate (\uDC00 to \uDFFF)"#)
        #expect(high?.at == "1:3")
        #expect(high?.location.end.description == "1:9")
        let followed = failure(#"["x\uD83D\u0041"]"#)
        #expect(followed?.message.hasPrefix(#"lone surrogate '\uD83D'"#) == true)
        #expect(followed?.at == "1:4")
        let low = failure(#"["\udc00"]"#)
        #expect(low?.message == #"lone surrogate '\udc00' in string: a low surrogate must follow a high surrogate (\uD800 to \uDBFF)"#)
        #expect(readRoot(#"["\uD83D\uDE00"]"#)?.children.first?.value == "😀")
        #expect(readRoot(#"["\u0000"]"#)?.children.first?.value == "\u{0}")
    }
}
