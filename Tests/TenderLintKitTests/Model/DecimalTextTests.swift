import Foundation
import Testing
@testable import TenderLintKit

@Suite("Decimal text")
struct DecimalTextTests {
    static func bytes(_ value: Decimal) -> [UInt8] { withUnsafeBytes(of: value) { Array($0) } }

    @Test(
        "a plain number reads as the very Decimal that Decimal(string:) makes of it, exponent and all",
        arguments: [
            "0", "-0", "00", "0.0", "0.000", "40", "40.0", "40.50", "0.05", "033.30", "-12.340", "31000000", "65536",
            "123456789012345678", "1234567890123456789", "99999999999999999999", "0000001", "+7.25", "1.5e3", "-0.0",
        ]
    )
    func sameAsFoundation(text: String) throws {
        let written = text.hasPrefix("+") ? String(text.dropFirst()) : text
        let expected = try #require(Decimal(string: written, locale: Locale(identifier: "en_US_POSIX")))
        let read = try #require(DecimalText.parse(text, plusSign: true))
        #expect(Self.bytes(read) == Self.bytes(expected))
        #expect(read.description == expected.description)
    }

    @Test("trimming whitespace takes off Unicode spaces and line separators beside ASCII ones, and keeps what is between")
    func trimming() {
        #expect("  40 ".trimmingWhitespace == "40")
        #expect("40".trimmingWhitespace == "40")
        #expect("\u{00A0} 40\u{2028}".trimmingWhitespace == "40")
        #expect(" \u{00A0}x\t".trimmingWhitespace == "x")
        #expect(" \u{00A0} ".trimmingWhitespace == "")
        #expect("\r\n".trimmingWhitespace == "")
        #expect(" a b ".trimmingWhitespace == "a b")
        #expect("é ".trimmingWhitespace == "é")
        #expect("".trimmingWhitespace == "")
    }
}
