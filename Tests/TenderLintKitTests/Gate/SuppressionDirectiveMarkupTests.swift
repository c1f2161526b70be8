import Foundation
import Testing
@testable import TenderLintKit

@Suite("Suppression directives with markup in their reasons")
struct SuppressionDirectiveMarkupTests {
    typealias F = SuppressionFixture

    @Test("a processing-instruction directive whose reason contains '<?' is read whole and still applies")
    func reasonContainingProcessingInstructionOpener() throws {
        let tree = try F.tree("""
            <tender>
              <?tenderlint disable-next SV001 -- the template keeps its <? placeholders, see section 2?>
              <lot>x</lot>
            </tender>
            """)
        let finding = F.finding(at: "<lot>", in: tree.source)
        let (scan, outcome, suppressions) = F.run(tree, [finding])
        #expect(scan.isEmpty)
        let suppression = try #require(suppressions.first)
        #expect(suppression.reason == "the template keeps its <? placeholders, see section 2")
        #expect(F.position(suppression.origin) == "2:3")
        #expect(outcome.suppressed.map(\.diagnostic) == [finding])
    }
}
