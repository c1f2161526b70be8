import Testing
@testable import TenderLintKit

@Suite("ASCII whitespace bytes")
struct ASCIIWhitespaceTests {
    @Test("a byte is ASCII whitespace exactly when the character it spells is whitespace to Swift")
    func agreesWithCharacterIsWhitespace() {
        for byte in UInt8(0)...UInt8(0x7F) {
            let character = Character(Unicode.Scalar(byte))
            #expect(byte.isASCIIWhitespace == character.isWhitespace, "byte \(byte)")
        }
    }

    @Test("no byte outside ASCII counts, since there a byte is not a character")
    func bytesOutsideASCIIAreNotWhitespace() {
        for byte in UInt8(0x80)...UInt8(0xFF) { #expect(!byte.isASCIIWhitespace, "byte \(byte)") }
    }
}
