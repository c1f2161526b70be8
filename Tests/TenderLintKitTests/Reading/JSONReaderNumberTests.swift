import Foundation
import Testing
import TenderLintKit

@Suite("JSON reader: numbers and literals")
struct JSONReaderNumberTests: JSONReaderTesting {
    @Test("rejects numbers RFC 8259 does not allow, at the number's first character", arguments: [
        ("[01]", "leading zeros are not allowed in JSON numbers: '01'"),
        ("[-007.5]", "leading zeros are not allowed in JSON numbers: '-007.5'"),
        ("[.5]", "number '.5' needs a digit before the decimal point"),
        ("[-.5]", "number '-.5' needs a digit before the decimal point"),
        ("[1.]", "number '1.' needs a digit after the decimal point"),
        ("[1.e3]", "number '1.e3' needs a digit after the decimal point"),
        ("[+1]", "number '+1' cannot start with '+' in JSON"),
        ("[1e]", "number '1e' needs digits in its exponent"),
        ("[1e+]", "number '1e+' needs digits in its exponent"),
        ("[0x1F]", "hexadecimal number '0x1F' is not allowed in JSON"),
        ("[1.2.3]", "invalid number '1.2.3'"),
        ("[12abc]", "invalid number '12abc'"),
        ("[-]", "expected a digit after '-'"),
        ("[NaN]", "'NaN' is not a JSON number; JSON has no NaN or infinity"),
        ("[Infinity]", "'Infinity' is not a JSON number; JSON has no NaN or infinity"),
        ("[-Infinity]", "'-Infinity' is not a JSON number; JSON has no NaN or infinity"),
    ])
    func badNumbers(text: String, message: String) {
        let error = failure(text)
        #expect(error?.message == message)
        #expect(error?.at == "1:2")
    }

    @Test("offers fix-its for numbers with an obvious repair")
    func numberFixIts() {
        #expect(failure("[.5]")?.fixIts.first?.replacement == "0")
        #expect(failure("[+1]")?.fixIts.first?.replacement == "")
        #expect(failure("[0x1F]")?.help == ["write it in decimal: 31"])
        #expect(failure("[007]")?.help.first?.hasPrefix("write 7,") == true)
    }

    @Test("names unknown words and suggests the literal meant", arguments: [
        ("[True]", "True", "true"),
        ("[FALSE]", "FALSE", "false"),
        ("[nul]", "nul", "null"),
        ("[None]", "None", "null"),
        ("[undefined]", "undefined", "null"),
    ])
    func unknownWords(text: String, word: String, suggestion: String) {
        let error = failure(text)
        #expect(error?.message == "unknown word '\(word)'; JSON literals are true, false and null")
        #expect(error?.at == "1:2")
        #expect(error?.fixIts.first?.replacement == suggestion)
        #expect(error?.label == "did you mean '\(suggestion)'?")
    }

    @Test("suggests quotes for a bare word that is not a literal")
    func bareText() {
        let error = failure(#"{"status": open}"#)
        #expect(error?.message == "unknown word 'open'; JSON literals are true, false and null")
        #expect(error?.at == "1:12")
        #expect(error?.help == [#"if this is text, put it in double quotes: "open""#])
        #expect(error?.fixIts.isEmpty == true)
    }
}
