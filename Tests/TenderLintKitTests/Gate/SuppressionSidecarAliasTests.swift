import Foundation
import Testing
@testable import TenderLintKit

@Suite("Suppression sidecars and YAML aliases")
struct SuppressionSidecarAliasTests {
    @Test("a sidecar that is an alias bomb is refused at its first alias, at once, and suppresses nothing")
    func refusesAnAliasBomb() {
        let read = SuppressionSidecar.read(SourceFile(path: "a.json.tenderlint.yml", text: YAMLBomb.text), for: "a.json", document: nil)
        #expect(read.suppressions.isEmpty)
        #expect(read.diagnostics.map(\.rule) == [SuppressionRule.malformed])
        #expect(read.diagnostics.first?.location.start.description == "2:10")
    }
}
