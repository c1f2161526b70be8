import Foundation
import TenderLintKit

/// The catalogues shipped in Rules/Catalogues: the Social Value Model structure and the illustrative catalogue.
/// Read once; a shipped file that does not load is a bug the tests catch.
enum ShippedCatalogues {
    static let set: CatalogueSet = {
        guard let folder = Bundle.module.url(forResource: "Catalogues", withExtension: nil),
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            preconditionFailure("the shipped catalogues folder is missing from the TenderLintRules resources")
        }
        let loader = CatalogueLoader()
        var catalogues: [MeasureCatalogue] = []
        for name in names.sorted() where CatalogueFormat(path: name) != nil {
            let path = folder.appendingPathComponent(name).path
            do {
                let result = try loader.load(path: path)
                guard let catalogue = result.catalogue else {
                    preconditionFailure("the shipped catalogue \(name) is invalid: \(result.diagnostics.map { "\($0.location.start) \($0.message)" })")
                }
                catalogues.append(catalogue)
            } catch {
                preconditionFailure("the shipped catalogue \(name) cannot be read: \(error)")
            }
        }
        return CatalogueSet(catalogues)
    }()
}
