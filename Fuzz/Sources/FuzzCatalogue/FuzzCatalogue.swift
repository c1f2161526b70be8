import Foundation
import FuzzSupport
import TenderLintKit

/// Any bytes as a catalogue, every way tenderlint reads one: as YAML, as JSON when it looks like JSON,
/// and as a CSV spreadsheet to import. Running all of them lets seeds of one kind mutate into another.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = FuzzInput.bytes(start, count)
    check(CatalogueLoader().load(SourceFile(path: "fuzz.yml", bytes: bytes), as: .yaml))
    if bytes.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) == UInt8(ascii: "{") {
        check(CatalogueLoader().load(SourceFile(path: "fuzz.json", bytes: bytes), as: .json))
    }
    let importer = CatalogueCSVImporter(framework: "fuzz-toms", edition: "1", title: "Fuzz", isIllustrative: true)
    check(importer.importCatalogue(SourceFile(path: "fuzz.csv", bytes: bytes)))
    return 0
}

/// Renders the diagnostics, and a catalogue that loaded as the JSON `tenderlint catalogue import` writes,
/// which must then be JSON.
func check(_ result: CatalogueLoadResult) {
    ReportChecks.render(result.diagnostics)
    guard let catalogue = result.catalogue else { return }
    let written = CatalogueWriter.json(catalogue)
    ReportChecks.requireJSON(written, what: "catalogue written by CatalogueWriter.json")
}
