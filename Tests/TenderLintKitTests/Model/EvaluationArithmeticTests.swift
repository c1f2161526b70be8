import Foundation
import Testing
@testable import TenderLintKit

@Suite("Share arithmetic")
struct EvaluationArithmeticTests {
    @Test("takes a hundredth exactly as dividing by 100 does, digits and printed form alike",
          arguments: ["0", "1", "10", "33.3", "100", "6000", "0.5", "12.125", "99.99999", "-40", "1234567890123456789012345.5"])
    func hundredthIsDivisionByOneHundred(text: String) throws {
        let value = try #require(Decimal(string: text))
        let moved = Evaluation.hundredth(of: value)
        #expect(moved == value / 100)
        #expect(moved.description == (value / 100).description)
    }
}
