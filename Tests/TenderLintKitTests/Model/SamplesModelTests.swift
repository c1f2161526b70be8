import Foundation
import Testing
@testable import TenderLintKit

/// The bundled samples, read into the model: each must say what its comment claims.
@Suite("Samples read into the model")
struct SamplesModelTests {
    struct Expected: Sendable, CustomTestStringConvertible {
        var file: String
        /// Per lot: id (nil for an implicit lot), social value and net zero share (nil where the weights cannot
        /// give one, such as an order of importance), value per annum (nil where none can be worked out).
        var lots: [(id: String?, share: String?, perAnnum: Decimal?)]
        var testDescription: String { file }
    }

    static let samplesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Samples")

    static let expectations: [Expected] = [
        Expected(file: "community-equipment.xml", lots: [("1", "12%", 5_200_000), ("2", "10%", 900_000)]),
        Expected(file: "crisis-line.xml", lots: [(nil, "10%", 1_200_000)]),
        Expected(file: "linen-laundry.xml", lots: [(nil, "10%", 6_000_000)]),
        Expected(file: "pathology-consumables.xml", lots: [(nil, "10%", 2_400_000)]),
        Expected(file: "vehicle-preparation.xml", lots: [(nil, "10%", 2_200_000)]),
        Expected(file: "audiology-services.json", lots: [(nil, "10%", 2_000_000)]),
        Expected(file: "community-phlebotomy.json", lots: [(nil, "10%", 1_000_000)]),
        Expected(file: "dvla-contact-centre.json", lots: [(nil, "10%", 7_200_000)]),
        Expected(file: "interpreting-services.json", lots: [("1", "6%", 1_350_000), ("2", "10%", 450_000)]),
        Expected(file: "wheelchair-services.json", lots: [(nil, "8%", 3_600_000)]),
        // One sample per rule, each showing one failure.
        Expected(file: "outpatient-pharmacy.xml", lots: [(nil, "10%", 2_400_000)]),
        Expected(file: "diabetes-education.json", lots: [(nil, nil, 600_000)]),
        Expected(file: "patient-transport.xml", lots: [(nil, "10–15%", 4_000_000)]),
        Expected(file: "hospital-catering.json", lots: [("1", "10%", 1_920_000), ("2", "0%", 240_000)]),
        Expected(file: "staff-bank.xml", lots: [(nil, "10%", 4_500_000)]),
        Expected(file: "soft-facilities.json", lots: [(nil, "10%", 9_000_000)]),
        Expected(file: "imaging-equipment.xml", lots: [(nil, "10%", 9_600_000)]),
        Expected(file: "clinical-waste.json", lots: [(nil, "10%", 1_650_000)]),
        Expected(file: "estates-maintenance.xml", lots: [(nil, "10%", 4_800_000)]),
        Expected(file: "sterile-services.json", lots: [(nil, "10%", 3_000_000)]),
        Expected(file: "courier-logistics.xml", lots: [(nil, "10%", 800_000)]),
        Expected(file: "grounds-maintenance.json", lots: [(nil, "10%", 300_000)]),
        Expected(file: "security-services.xml", lots: [(nil, "10%", 1_800_000)]),
        Expected(file: "recovery-college.json", lots: [(nil, "10%", 700_000)]),
        Expected(file: "mental-health-advocacy.xml", lots: [(nil, "10%", 500_000)]),
        Expected(file: "pharmacy-robotics.json", lots: [(nil, "10%", 900_000)]),
        Expected(file: "school-transport.xml", lots: [(nil, "0%", 1_600_000)]),
        Expected(file: "theatre-equipment.json", lots: [(nil, "10%", 6_000_000)]),
    ]

    /// The buyer each sample names, as kind and nation: Samples/README.md and each sample's comment say the same.
    static let buyers: [String: (BuyerKind, Jurisdiction)] = [
        "dvla-contact-centre.json": (.centralGovernment, .wales),
        "school-transport.xml": (.localGovernment, .scotland),
        "theatre-equipment.json": (.nhsBody, .wales),
    ]

    @Test("every sample states its buyer's kind and nation, and its comment names them first")
    func buyers() throws {
        for expected in Self.expectations {
            let url = Self.samplesDirectory.appendingPathComponent(expected.file)
            let source = try SourceFile.read(path: url.path)
            let tender = try #require(Linter().model(of: source).tenders.first)
            let (kind, nation) = Self.buyers[expected.file] ?? (.nhsBody, .england)
            #expect(tender.applicability.buyerKind.value == kind, "\(expected.file)")
            #expect(tender.applicability.buyerKind.basis == .stated, "\(expected.file)")
            #expect(tender.applicability.jurisdiction.value == nation, "\(expected.file)")
            #expect(tender.applicability.jurisdiction.basis == .stated, "\(expected.file)")
            #expect(tender.applicability.threshold.value == .above, "\(expected.file)")
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.contains("Buyer: \(kind == .nhsBody ? "an NHS body" : kind == .centralGovernment ? "UK central government" : "local government")"), "\(expected.file)")
        }
    }

    @Test("covers every sample outside drafts/")
    func everySampleIsExpected() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.samplesDirectory.path)
            .filter { $0.hasSuffix(".xml") || $0.hasSuffix(".json") }
        #expect(Set(files) == Set(Self.expectations.map(\.file)))
    }

    @Test("reads each sample without a finding, with the lots, shares and values it claims", arguments: expectations)
    func sample(expected: Expected) throws {
        let source = try SourceFile.read(path: Self.samplesDirectory.appendingPathComponent(expected.file).path)
        let (tenders, diagnostics) = Linter().model(of: source)
        #expect(diagnostics.isEmpty, "\(diagnostics.map { "\($0.location.start) \($0.message)" })")
        let tender = try #require(tenders.first)
        #expect(tenders.count == 1)
        #expect(tender.lots.count == expected.lots.count)
        for (lot, claim) in zip(tender.lots, expected.lots) {
            #expect(lot.id?.value == claim.id)
            #expect(lot.evaluation.share(of: [.socialValue, .netZero])?.description == claim.share)
            let perAnnum = tender.value(of: lot).flatMap { $0.value.perAnnum(over: $0.duration)?.amount }
            #expect(perAnnum == claim.perAnnum)
        }
        // Positions point at the lines of the original file.
        let firstCriterion = try #require(tender.lots.first?.evaluation.criteria.first)
        let line = try #require(firstCriterion.origin?.location.start.line)
        #expect(source.text(ofLine: line).contains(firstCriterion.id?.value ?? "?"))
    }
}
