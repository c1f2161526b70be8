import Foundation
import Testing
@testable import TenderLintKit

@Suite("Catalogue loader and YAML aliases")
struct CatalogueLoaderAliasTests {
    @Test("a YAML catalogue that is an alias bomb is refused at its first alias, at once, with TL008")
    func refusesAnAliasBomb() throws {
        let loaded = CatalogueLoader().load(SourceFile(path: "bomb.yaml", text: YAMLBomb.text))
        #expect(loaded.catalogue == nil)
        #expect(loaded.diagnostics.count == 1)
        #expect(loaded.diagnostics.first?.rule == CatalogueRule.invalidCatalogue)
        #expect(loaded.diagnostics.first?.location.start.description == "2:10")
        #expect(loaded.diagnostics.first?.message == "aliases (*a0) are not allowed in a catalogue; write the value out")
    }
}
