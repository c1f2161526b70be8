import Testing
@testable import TenderLintKit

@Suite("A text's community benefits statement")
struct CommunityBenefitsStatementTests {
    @Test("is ruled out by bytes only for an ASCII text that never names community benefits", arguments: [
        ("Supply of road salt", true), ("", true), ("community", true), ("Community  benefits", true),
        ("Community benefits are included in this requirement", false), ("COMMUNITY BENEFIT", false),
        ("a summary of the expected community benefits: none", false), ("Cymuned\u{A0}community benefit", false),
        ("Llywodraeth\u{A0}Cymru", false),
    ])
    func ruledOut(text: String, ruledOut: Bool) {
        #expect(CommunityBenefitsStatement.cannotMention(text) == ruledOut)
    }

    @Test("reads the same whether or not the bytes rule the text out first", arguments: [
        "Supply of road salt", "Community benefits are included in this requirement",
        "The Contracting Authority does not intend to include any community benefit requirements in this contract for the following reason: small value",
        "A summary of the expected community benefits has been provided as follows: two apprenticeships",
    ])
    func sameReading(text: String) {
        let read = CommunityBenefitsStatement.read(Located(text, at: nil), field: "description")
        #expect((read == nil) == CommunityBenefitsStatement.cannotMention(text))
        #expect((read == nil) == !text.lowercased().contains("community benefit"))
    }
}
