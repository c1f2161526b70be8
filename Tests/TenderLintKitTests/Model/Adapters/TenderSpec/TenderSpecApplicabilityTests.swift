import Testing
@testable import TenderLintKit

/// The applicability facts a tender spec states: the buyer's `sector`, `jurisdiction` and `region`, the tender's
/// `above-threshold` (`aboveThreshold` in JSON) and `regime`; its stage is always the competition it describes.
@Suite("Tender spec: the applicability facts it states")
struct TenderSpecApplicabilityTests {
    static func xml(buyer: String = #"sector="nhs" jurisdiction="england" region="UKI""#, tender: String = #"above-threshold="true" regime="procurement-act-2023""#) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <tender xmlns="urn:tenderlint:tender-spec:1" id="ICHT-2026-0311" \(tender)>
          <title>Pathology consumables</title>
          <buyer \(buyer)>Imperial College Healthcare NHS Trust</buyer>
          <dates publication="2026-03-02"/>
          <evaluation><criterion id="price" kind="price" weight="100"/></evaluation>
        </tender>
        """
    }

    static func json(buyer: String = #""sector": "nhs", "jurisdiction": "england", "region": "UKI""#, tender: String = #""aboveThreshold": true, "regime": "procurement-act-2023","#) -> String {
        """
        {
          "tenderSpec": "1",
          "id": "ICHT-2026-0311",
          \(tender)
          "title": "Pathology consumables",
          "buyer": { "name": "Imperial College Healthcare NHS Trust", \(buyer) },
          "dates": { "publication": "2026-03-02" },
          "evaluation": { "criteria": [ { "id": "price", "kind": "price", "weight": 100 } ] }
        }
        """
    }

    /// The one tender's applicability and every diagnostic the spec gives.
    static func read(_ text: String, path: String) throws -> (applicability: Applicability, diagnostics: [Diagnostic]) {
        let (tenders, diagnostics) = Linter().model(of: SourceFile(path: path, text: text))
        return (try #require(tenders.first).applicability, diagnostics)
    }

    static let spellings: [(path: String, text: String, thresholdField: String)] = [
        ("spec.xml", xml(), "above-threshold"),
        ("spec.json", json(), "aboveThreshold"),
    ]

    @Test("every fact is stated, with its evidence named as the spelling writes the field", arguments: spellings)
    func statedFacts(_ spelling: (path: String, text: String, thresholdField: String)) throws {
        let (applicability, diagnostics) = try Self.read(spelling.text, path: spelling.path)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        let buyerLine = try #require(OCDSApplicabilityTests.line(of: "sector", in: spelling.text))
        let tenderLine = try #require(OCDSApplicabilityTests.line(of: "procurement-act-2023", in: spelling.text))

        #expect(applicability.buyerKind.value == .nhsBody)
        #expect(applicability.buyerKind.basisDescription == "stated (sector nhs, line \(buyerLine))")
        // The region (NUTS 1 London) agrees with the jurisdiction and narrows nothing after it.
        #expect(applicability.jurisdiction.value == .england)
        #expect(applicability.jurisdiction.basisDescription == "stated (jurisdiction england, line \(buyerLine))")
        #expect(applicability.threshold.value == .above)
        #expect(applicability.threshold.basisDescription == "stated (\(spelling.thresholdField) true, line \(tenderLine))")
        #expect(applicability.regime.value == .procurementAct2023)
        #expect(applicability.regime.basisDescription == "stated (regime procurement-act-2023, line \(tenderLine))")
        #expect(applicability.stage.value == .competition)
        #expect(applicability.stage.basisDescription == #"stated (document "tender spec")"#)
        #expect(applicability.isNHSEnglandBody == true)
        #expect(applicability.buyerDescription == "an NHS body in England")
    }

    @Test("a below-threshold tender says so", arguments: [
        ("spec.xml", xml(tender: #"above-threshold="false""#)), ("spec.json", json(tender: #""aboveThreshold": false,"#)),
    ])
    func belowThreshold(path: String, text: String) throws {
        let (applicability, diagnostics) = try Self.read(text, path: path)
        #expect(diagnostics.isEmpty)
        #expect(applicability.threshold.value == .below)
        #expect(applicability.regime.basis == .notKnown)
    }

    @Test("a region that is a NUTS code places the buyer when no jurisdiction is given")
    func regionPlacesTheBuyer() throws {
        let text = Self.json(buyer: #""sector": "nhs", "region": "UKL16""#)
        let (applicability, diagnostics) = try Self.read(text, path: "spec.json")
        #expect(diagnostics.isEmpty)
        #expect(applicability.jurisdiction.value == .wales)
        #expect(applicability.jurisdiction.basisDescription == "inferred from region UKL16, line \(OCDSApplicabilityTests.line(of: "UKL16", in: text)!)")
    }

    @Test("without a jurisdiction or a region tenderlint can place, the buyer's nation is unknown", arguments: [
        ("spec.xml", xml(buyer: #"sector="nhs" region="North Central London ICS""#)),
        ("spec.json", json(buyer: #""sector": "nhs""#)),
    ])
    func nationUnknown(path: String, text: String) throws {
        let (applicability, diagnostics) = try Self.read(text, path: path)
        #expect(diagnostics.isEmpty)
        #expect(applicability.jurisdiction.basis == .notKnown)
        #expect(applicability.jurisdiction.possible == Set(Jurisdiction.allCases))
        #expect(applicability.isNHSEnglandBody == nil)
        #expect(applicability.buyerDescription == "an NHS body")
    }

    @Test("an invalid jurisdiction is a TL005 error at the value, and says nothing of the nation")
    func invalidJurisdiction() throws {
        let text = Self.json(buyer: #""sector": "nhs", "jurisdiction": "englandd""#)
        let (applicability, diagnostics) = try Self.read(text, path: "spec.json")
        let error = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(error.rule == ModelRule.invalidValue)
        #expect(error.severity == .error)
        #expect(error.message == "the buyer's jurisdiction 'englandd' is not one of england, wales, scotland, northern-ireland, outside-uk; did you mean 'england'?")
        #expect(error.documentPath == "/buyer/jurisdiction")
        #expect(error.fixIts.map(\.replacement) == ["\"england\""])
        #expect(applicability.jurisdiction.basis == .notKnown)
        #expect(applicability.buyerKind.value == .nhsBody)
    }

    @Test("an invalid regime or threshold is a TL005 error, and says nothing of either")
    func invalidRegimeAndThreshold() throws {
        let text = Self.xml(tender: #"above-threshold="yes" regime="pcr2015""#)
        let (applicability, diagnostics) = try Self.read(text, path: "spec.xml")
        #expect(diagnostics.map(\.rule) == [ModelRule.invalidValue, ModelRule.invalidValue])
        #expect(diagnostics.map(\.message).contains { $0.hasPrefix("the regime 'pcr2015' is not one of pcr-2015, ") && $0.hasSuffix("did you mean 'pcr-2015'?") })
        #expect(diagnostics.map(\.message).contains("above-threshold should be true or false"))
        #expect(applicability.regime.basis == .notKnown)
        #expect(applicability.threshold.basis == .notKnown)
    }

    @Test("a region that contradicts the stated jurisdiction is overruled, with a TL017 warning at the region")
    func regionAgainstJurisdiction() throws {
        let text = Self.xml(buyer: #"sector="nhs" jurisdiction="wales" region="UKI33""#)
        let (applicability, diagnostics) = try Self.read(text, path: "spec.xml")
        #expect(applicability.jurisdiction.value == .wales)
        #expect(applicability.jurisdiction.overruled.map(\.description) == ["region UKI33, line 4"])
        let warning = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(warning.rule == ApplicabilityRule.conflictingSignals)
        #expect(warning.message == "region UKI33, line 4 says England, but jurisdiction wales, line 4 says Wales")
        #expect(warning.documentPath == "/tender/buyer/@region")
    }

    @Test("a region code tenderlint does not know gives a TL016 warning, as it does in OCDS")
    func unknownRegionCode() throws {
        let (applicability, diagnostics) = try Self.read(Self.json(buyer: #""sector": "nhs", "region": "UKX99""#), path: "spec.json")
        #expect(applicability.jurisdiction.basis == .notKnown)
        #expect(diagnostics.map(\.rule) == [ApplicabilityRule.unrecognisedSignal])
    }

    @Test("a region written as the nation's name places the buyer in that nation")
    func regionNamedWales() throws {
        let (applicability, diagnostics) = try Self.read(Self.xml(buyer: #"sector="local-government" region="Wales""#), path: "spec.xml")
        #expect(diagnostics.isEmpty)
        #expect(applicability.jurisdiction.value == .wales)
    }

    @Test("a devolved government in England is reported against the jurisdiction that rules it out")
    func devolvedGovernmentInEngland() throws {
        let text = Self.xml(buyer: #"sector="devolved-government" jurisdiction="england""#)
        let (applicability, diagnostics) = try Self.read(text, path: "spec.xml")
        #expect(applicability.jurisdiction.value == .england)
        #expect(applicability.buyerKind.overruled.map(\.field) == ["sector"])
        let warning = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(warning.rule == ApplicabilityRule.conflictingSignals)
        #expect(warning.message.contains("England"))
        #expect(!warning.notes.contains { $0.contains("equally strong") })
    }
}
