import Foundation
import Testing
@testable import TenderLintKit

/// What an eForms notice says about who the buyer is and how it buys, read from the eForms SDK's example notices
/// (`shared/fixtures/real/` and `shared/fixtures/eforms-sdk/`, beside the package).
@Suite("eForms: the applicability signals of a notice")
struct EFormsApplicabilityTests {
    static let openNotice = Fixtures.realDirectory.appendingPathComponent("eforms-sdk_cn_24_open.xml").path
    static let sdkDirectory = Fixtures.realDirectory.deletingLastPathComponent().appendingPathComponent("eforms-sdk")
    static var hasOpenNotice: Bool { FileManager.default.fileExists(atPath: openNotice) }
    static var hasSDKNotices: Bool { FileManager.default.fileExists(atPath: sdkDirectory.appendingPathComponent("cn_24_minimal.xml").path) }

    static func sdk(_ name: String) throws -> EFormsTesting.Reading {
        try EFormsTesting.read(SourceFile.read(path: sdkDirectory.appendingPathComponent(name).path))
    }

    /// Renfrewshire Council's open notice with its text changed: `replace` the first occurrence of `target`.
    static func openNotice(replacing target: String, with replacement: String) throws -> EFormsTesting.Reading {
        let text = try String(contentsOfFile: openNotice, encoding: .utf8)
        let range = try #require(text.range(of: target))
        return try EFormsTesting.inline(text.replacingCharacters(in: range, with: replacement), path: "cn_24_open.xml")
    }

    static func findings(_ reading: EFormsTesting.Reading) -> [Diagnostic] {
        let rules = [ApplicabilityRule.unrecognisedSignal, ApplicabilityRule.conflictingSignals]
        return reading.diagnostics.filter { rules.contains($0.rule) }
    }

    // MARK: Renfrewshire Council's open notice

    @Test("la is local government, GBR any UK nation, and the notice a competition above the threshold under the public sector directive",
          .enabled(if: hasOpenNotice, "needs ../shared/fixtures/real beside the package (CI has it)"))
    func openNoticeSignals() throws {
        let reading = try EFormsTesting.read(SourceFile.read(path: Self.openNotice))
        #expect(Self.findings(reading).isEmpty)
        let applicability = try reading.tender.applicability
        #expect(applicability.buyerKind.value == .localGovernment)
        #expect(applicability.buyerKind.basisDescription == "stated (BT-11 buyer legal type la, line \(reading.position(of: ">la<").line))")
        #expect(applicability.jurisdiction.possible == Jurisdiction.ukNations)
        #expect(applicability.jurisdiction.basisDescription == "inferred from BT-514 country GBR, line \(reading.position(of: ">GBR<").line)")
        #expect(applicability.stage.value == .competition)
        #expect(applicability.stage.evidence.map(\.description) == ["BT-02 notice type cn-standard, line \(reading.position(of: ">cn-standard<").line)"])
        #expect(applicability.threshold.value == .above)
        #expect(applicability.threshold.basisDescription == "inferred from notice subtype 16, line \(reading.position(of: ">16<").line)")
        #expect(applicability.regime.possible == [.pcr2015, .scottishRegulations])
        #expect(applicability.regime.evidence.map(\.field) == ["BT-01 legal basis"])
        #expect(applicability.buyerDescription == "local government")
    }

    @Test("a NUTS code in the buyer's address places it: UKM83 puts Renfrewshire in Scotland, where the directive is the Scottish regulations",
          .enabled(if: hasOpenNotice, "needs ../shared/fixtures/real beside the package (CI has it)"))
    func nutsPlacesTheBuyer() throws {
        let reading = try Self.openNotice(replacing: "<cac:Country>", with: #"<cbc:CountrySubentityCode listName="nuts">UKM83</cbc:CountrySubentityCode><cac:Country>"#)
        #expect(Self.findings(reading).isEmpty)
        let applicability = try reading.tender.applicability
        #expect(applicability.jurisdiction.value == .scotland)
        #expect(applicability.jurisdiction.evidence.map(\.description) == [
            "BT-514 country GBR, line \(reading.position(of: ">GBR<").line)", "BT-507 NUTS UKM83, line \(reading.position(of: ">UKM83<").line)",
        ])
        #expect(applicability.buyerDescription == "local government in Scotland")
        let settled = applicability.settled(commencedOn: try #require(CalendarDate(iso: "2020-02-28")), dateSource: "planned publication")
        #expect(settled.regime.value == .scottishRegulations)
        #expect(settled.regime.basis == .stated)
    }

    @Test("an unknown NUTS code and an unknown buyer legal type each give one TL016 warning at the code",
          .enabled(if: hasOpenNotice, "needs ../shared/fixtures/real beside the package (CI has it)"))
    func unknownCodes() throws {
        let nuts = try Self.openNotice(replacing: "<cac:Country>", with: #"<cbc:CountrySubentityCode listName="nuts">UKX99</cbc:CountrySubentityCode><cac:Country>"#)
        #expect(Self.findings(nuts).map(\.message) == [#"BT-507 NUTS "UKX99" is not a code tenderlint knows, so it says nothing about the buyer's nation"#])
        #expect(try nuts.tender.applicability.jurisdiction.possible == Jurisdiction.ukNations)

        let legalType = try Self.openNotice(replacing: ">la<", with: ">local-authority<")
        let warning = try #require(Self.findings(legalType).first)
        #expect(Self.findings(legalType).count == 1)
        #expect(warning.message == #"BT-11 buyer legal type "local-authority" is not a code tenderlint knows, so it says nothing about the buyer's kind"#)
        #expect(warning.location.start.line == legalType.position(of: ">local-authority<").line)
        // Without the legal type, only the name ("… Council") says what the buyer is.
        let kind = try legalType.tender.applicability.buyerKind
        #expect(kind.value == .localGovernment)
        #expect(kind.basis == .inferred)
        #expect(kind.evidence.map(\.field) == ["buyer name (\"council\")"])
    }

    // MARK: The SDK's examples

    @Test("cga is central or devolved government; a ministry's name makes it UK central government",
          .enabled(if: hasSDKNotices, "needs ../shared/fixtures/eforms-sdk beside the package (CI has it)"))
    func centralGovernmentAuthority() throws {
        let negotiated = try Self.sdk("cn_24_nego_accel.xml")
        #expect(Self.findings(negotiated).isEmpty)
        let open = try negotiated.tender.applicability.buyerKind
        #expect(open.possible == [.centralGovernment, .devolvedGovernment])
        #expect(open.basis == .stated)
        #expect(open.evidence.map(\.value) == ["cga"])

        let defence = try Self.sdk("cn_81.xml")
        let kind = try defence.tender.applicability.buyerKind
        #expect(kind.value == .centralGovernment)
        #expect(kind.evidence.map(\.field) == ["BT-11 buyer legal type", "buyer name (\"ministry of\")"])
        #expect(try defence.tender.applicability.regime.value == .other)
    }

    static let noticeTypes: [(file: String, code: String, stage: ProcurementStage)] = [
        ("cn_24_nego_accel.xml", "cn-standard", .competition),
        ("can_24_LSBU.xml", "can-standard", .award),
        ("veat_24.xml", "veat", .directAward),
        ("can-modif_24_value.xml", "can-modif", .modification),
        ("pin-only_24_lots.xml", "pin-only", .planning),
        ("E5_minimal.xml", "compl", .contract),
    ]

    @Test("the notice type states the stage", .enabled(if: hasSDKNotices, "needs ../shared/fixtures/eforms-sdk beside the package (CI has it)"),
          arguments: noticeTypes)
    func noticeTypeStage(_ example: (file: String, code: String, stage: ProcurementStage)) throws {
        let reading = try Self.sdk(example.file)
        let stage = try reading.tender.applicability.stage
        #expect(stage.value == example.stage)
        #expect(stage.basis == .stated)
        #expect(stage.evidence.map(\.description) == ["BT-02 notice type \(example.code), line \(reading.position(of: ">\(example.code)<").line)"])
    }

    @Test("a notice subtype from 1 to 40 puts the procurement above the threshold; the E forms say nothing",
          .enabled(if: hasSDKNotices, "needs ../shared/fixtures/eforms-sdk beside the package (CI has it)"))
    func subtypeThreshold() throws {
        let regulated = try Self.sdk("cn_24_nego_accel.xml").tender.applicability.threshold
        #expect(regulated.value == .above)
        #expect(regulated.basis == .inferred)
        #expect(regulated.evidence.map(\.value) == ["16"])
        let voluntary = try Self.sdk("E3_minimal.xml").tender.applicability.threshold
        #expect(voluntary.basis == .notKnown)
        #expect(voluntary.possible == [.above, .below])
    }

    @Test("the utilities directive 32014L0025 is another regime, and Network Rail's 'Ltd' is overruled by its legal type",
          .enabled(if: hasSDKNotices, "needs ../shared/fixtures/eforms-sdk beside the package (CI has it)"))
    func utilitiesDirective() throws {
        let reading = try Self.sdk("veat_25.xml")
        let applicability = try reading.tender.applicability
        #expect(applicability.regime.value == .other)
        #expect(applicability.regime.evidence.map(\.description) == ["BT-01 legal basis 32014L0025, line \(reading.position(of: "32014L0025").line)"])
        #expect(applicability.buyerKind.possible == [.centralGovernment, .devolvedGovernment])
        let warning = try #require(Self.findings(reading).first)
        #expect(Self.findings(reading).count == 1)
        #expect(warning.rule == ApplicabilityRule.conflictingSignals)
        #expect(warning.location.start.line == reading.position(of: "Network Rail Infrastructure Ltd").line)
        #expect(warning.message.hasSuffix("but BT-11 buyer legal type pub-undert-cga, line \(reading.position(of: ">pub-undert-cga<").line) says UK central government or a devolved government body"))
    }

    @Test("a buyer in France is outside the UK, by its country and its NUTS code",
          .enabled(if: hasSDKNotices, "needs ../shared/fixtures/eforms-sdk beside the package (CI has it)"))
    func outsideTheUK() throws {
        let nation = try Self.sdk("can_25_ENG_buyers_countries.xml").tender.applicability.jurisdiction
        #expect(nation.value == .outsideUK)
        #expect(nation.evidence.map(\.field) == ["BT-514 country", "BT-507 NUTS"])
        #expect(nation.evidence.map(\.value) == ["FRA", "FR101"])
    }

    @Test("the health activity is a hint that never contradicts a local authority's legal type",
          .enabled(if: hasSDKNotices, "needs ../shared/fixtures/eforms-sdk beside the package (CI has it)"))
    func healthHint() throws {
        let reading = try Self.sdk("pin-buyer_24.xml")
        #expect(Self.findings(reading).isEmpty)
        let kind = try reading.tender.applicability.buyerKind
        #expect(kind.value == .localGovernment)
        #expect(kind.evidence.map(\.field) == ["BT-11 buyer legal type"])
        #expect(kind.overruled.isEmpty)
    }

    // MARK: Joint procurement: every buyer

    /// One buyer of the notice with its BT-11 legal type.
    static func party(_ legalType: String, organisation: String) -> String {
        """
        <cac:ContractingParty>
        <cac:ContractingPartyType><cbc:PartyTypeCode listName="buyer-legal-type">\(legalType)</cbc:PartyTypeCode></cac:ContractingPartyType>
        <cac:Party><cac:PartyIdentification><cbc:ID schemeName="organization">\(organisation)</cbc:ID></cac:PartyIdentification></cac:Party>
        </cac:ContractingParty>
        """
    }

    @Test("reads the legal type of every buyer of a joint procurement: a second buyer's type narrows the first's")
    func everyBuyer() throws {
        let reading = try EFormsTesting.inline(EFormsTesting.notice(Self.party("body-pl", organisation: "ORG-0001") + Self.party("cga", organisation: "ORG-0002")))
        let kind = try reading.tender.applicability.buyerKind
        #expect(kind.possible == [.centralGovernment, .devolvedGovernment])
        #expect(kind.evidence.map(\.value) == ["body-pl", "cga"])
        #expect(kind.evidence.last?.origin?.location.start == reading.position(of: "cga"))
        #expect(reading.diagnostics.isEmpty)
    }

    @Test("buyers of kinds that cannot both be true are left to the resolver, which says so (TL017)")
    func disagreeingBuyers() throws {
        let reading = try EFormsTesting.inline(EFormsTesting.notice(Self.party("cga", organisation: "ORG-0001") + Self.party("la", organisation: "ORG-0002")))
        let conflicts = reading.diagnostics.filter { $0.rule == ApplicabilityRule.conflictingSignals }
        #expect(conflicts.count == 1)
        let message = try #require(conflicts.first?.message)
        #expect(message.contains("BT-11 buyer legal type cga, line"), "\(message)")
        #expect(message.contains("BT-11 buyer legal type la, line"), "\(message)")
    }

    @Test("can_25_ENG_Buyers: both buyers, of one legal type, are evidence for the buyer's kind",
          .enabled(if: Fixtures.eFormsSDKAvailable, Fixtures.eFormsSDKUnavailable))
    func sdkJointBuyers() throws {
        let reading = try EFormsTesting.sdkExample("can_25_ENG_Buyers.xml")
        let kind = try reading.tender.applicability.buyerKind
        #expect(kind.evidence.map(\.value) == ["pub-undert-cga", "pub-undert-cga"])
        #expect(kind.evidence.map { $0.origin?.location.start.line } == [252, 265])
    }
}
