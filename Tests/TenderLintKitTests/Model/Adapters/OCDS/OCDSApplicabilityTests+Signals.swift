import Foundation
import Testing
@testable import TenderLintKit

/// Each signal on its own: the legal basis, the publisher, classifications and address, the threshold and the stage.
extension OCDSApplicabilityTests {
    @Test("CELEX 32014L0024 is the Scottish regulations for a Scottish NHS body and the PCR 2015 for the Welsh Government")
    func celexSettledByNation() throws {
        let scotland = try Self.read(Self.nhsLanarkshire).applicability
        let wales = try Self.read(Self.welshGovernment).applicability
        for read in [scotland, wales] {
            #expect(read.regime.possible == [.pcr2015, .scottishRegulations])
            #expect(read.regime.basis == .stated)
            #expect(read.regime.evidence.map(\.value) == ["CELEX 32014L0024"])
        }
        let date = try #require(CalendarDate(iso: "2019-04-24"))
        #expect(scotland.settled(commencedOn: date, dateSource: "procurement start").regime.value == .scottishRegulations)
        #expect(wales.settled(commencedOn: date, dateSource: "procurement start").regime.value == .pcr2015)
    }

    static let knownLegalBases: [(scheme: String, id: String, regimes: Set<Regime>)] = [
        ("CELEX", "32014L0024", [.pcr2015, .scottishRegulations]),
        ("UKPGA", "2023/54", [.procurementAct2023]),
        ("UKSI", "2015/102", [.pcr2015]),
        ("SSI", "2015/446", [.scottishRegulations]),
        ("UKSI", "2023/1348", [.providerSelectionRegime]),
        ("CELEX", "32014L0025", [.other]),
        ("celex", "32009l0081", [.other]),
    ]

    @Test("each legal basis tenderlint knows allows its regimes", arguments: knownLegalBases)
    func legalBases(_ example: (scheme: String, id: String, regimes: Set<Regime>)) throws {
        let (scheme, id, regimes) = example
        let (applicability, findings) = try Self.read(Self.release(tender: #""legalBasis": { "scheme": "\#(scheme)", "id": "\#(id)" }"#))
        #expect(findings.isEmpty)
        #expect(applicability.regime.possible == regimes)
        #expect(applicability.regime.basis == .stated)
    }

    @Test("a defence and security special regime is another regime; light touch says nothing")
    func specialRegimes() throws {
        let defence = try Self.read(Self.release(tender: #""specialRegime": ["defenceSecurity"]"#))
        #expect(defence.applicability.regime.value == .other)
        #expect(defence.applicability.regime.evidence.map(\.field) == ["specialRegime"])
        let lightTouch = try Self.read(Self.release(tender: #""specialRegime": ["lightTouch"]"#))
        #expect(lightTouch.findings.isEmpty)
        #expect(lightTouch.applicability.regime.basis == .notKnown)
    }

    // MARK: Publisher, classifications and address

    @Test("the ocid prefix names the portal: Contracts Finder any UK nation, Public Contracts Scotland a devolved Scottish body")
    func publishers() throws {
        let contractsFinder = try Self.read(Self.release(ocid: "ocds-b5fd17-8d84c691-fc64-4f64-b240-443a0af1ba82")).applicability
        #expect(contractsFinder.jurisdiction.possible == Jurisdiction.ukNations)
        #expect(contractsFinder.jurisdiction.evidence.map(\.value) == ["ocds-b5fd17 (Contracts Finder)"])
        #expect(contractsFinder.buyerKind.basis == .notKnown)

        let scotland = try Self.read(Self.release(ocid: "ocds-r6ebe6-0000561475")).applicability
        #expect(scotland.jurisdiction.value == .scotland)
        #expect(scotland.buyerKind.possible == Set(BuyerKind.allCases).subtracting([.centralGovernment]))

        let unknown = try Self.read(Self.release(ocid: "ocds-0c46vo-0001-26c1-ae43-3b8a0b4b7f07")).applicability
        #expect(unknown.jurisdiction.basis == .notKnown)
        #expect(unknown.buyerKind.basis == .notKnown)
    }

    static let knownClassifications: [(scheme: String, code: String, kinds: Set<BuyerKind>)] = [
        ("UK_CA_TYPE", "publicAuthoritySubCentralGovernment", [.nhsBody, .localGovernment, .otherPublicBody]),
        ("UK_CA_TYPE", "publicUndertaking", [.otherPublicBody]),
        ("TED_CA_TYPE", "Regional or local authority", [.localGovernment]),
        ("TED_CA_TYPE", "Ministry or any other national or federal authority, including their regional or local subdivisions",
         [.centralGovernment, .devolvedGovernment]),
        ("TED_CA_TYPE", "Body Governed by Public Law", [.nhsBody, .centralGovernment, .devolvedGovernment, .otherPublicBody]),
        ("TED_CA_TYPE", "Housing Association", [.otherPublicBody]),
    ]

    @Test("UK_CA_TYPE and TED_CA_TYPE codes allow the kinds of body they stand for, whatever their case", arguments: knownClassifications)
    func classificationCodes(_ example: (scheme: String, code: String, kinds: Set<BuyerKind>)) throws {
        let (scheme, code, kinds) = example
        let party = #""details": { "classifications": [ { "id": "\#(code)", "scheme": "\#(scheme)" } ] }"#
        let (applicability, findings) = try Self.read(Self.release(party: party))
        #expect(findings.isEmpty)
        #expect(applicability.buyerKind.possible == kinds)
        #expect(applicability.buyerKind.basis == (scheme == "UK_CA_TYPE" ? .stated : .inferred))
    }

    @Test("a classification written only as a description is read from the description")
    func descriptionOnlyClassification() throws {
        // Sell2Wales ocds-kuma6s-148223: Trivallis, a registered social landlord.
        let party = #""details": { "classifications": [ { "description": "Registered Social Landlord (RSL)", "scheme": "TED_CA_TYPE" } ] }"#
        let (applicability, findings) = try Self.read(Self.release(party: party))
        #expect(findings.isEmpty)
        #expect(applicability.buyerKind.value == .otherPublicBody)
        #expect(applicability.buyerKind.evidence.map(\.value) == ["Registered Social Landlord (RSL)"])
    }

    @Test("a region written as a name, and a country outside the UK, place the buyer")
    func regionNamesAndCountries() throws {
        // The OCDS sample data's London Borough of Barnet writes its region "London".
        let london = try Self.read(Self.release(party: #""address": { "region": "London", "countryName": "United Kingdom" }"#)).applicability
        #expect(london.jurisdiction.value == .england)
        #expect(london.jurisdiction.evidence.map(\.field) == ["address.region", "address.countryName"])
        let france = try Self.read(Self.release(party: #""address": { "countryName": "France" }"#)).applicability
        #expect(france.jurisdiction.value == .outsideUK)
        #expect(france.buyerDescription == "a body of unknown kind outside the UK")
    }

    // MARK: Threshold

    @Test("coverage by the GPA puts the procurement above the threshold, as a classification")
    func coveredByGPA() throws {
        let (applicability, findings) = try Self.read(Self.release(tender: #""coveredBy": ["GPA"]"#))
        #expect(findings.isEmpty)
        #expect(applicability.threshold.value == .above)
        #expect(applicability.threshold.basis == .inferred)
    }

    @Test("a stated aboveThreshold false outweighs coverage by the GPA, with a warning at the coverage")
    func statedThresholdWins() throws {
        let text = Self.release(tender: """
            "aboveThreshold": false,
                "coveredBy": ["GPA"]
            """)
        let (applicability, findings) = try Self.read(text)
        #expect(applicability.threshold.value == .below)
        #expect(applicability.threshold.overruled.map(\.field) == ["coveredBy"])
        let warning = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(warning.rule == ApplicabilityRule.conflictingSignals)
        #expect(warning.message.hasPrefix("coveredBy GPA, line \(Self.line(of: "\"coveredBy\"", in: text)!) says above the procurement threshold, but aboveThreshold false"))
        #expect(warning.location.start.line == Self.line(of: "\"coveredBy\"", in: text))
    }

    // MARK: Stage

    @Test("release tags give the stage as a classification", arguments: [
        ("planning", ProcurementStage.planning), ("tender", .competition), ("award", .award),
        ("contract", .contract), ("contractAmendment", .modification),
    ])
    func tags(tag: String, stage: ProcurementStage) throws {
        let (applicability, findings) = try Self.read(Self.release(tags: [tag]))
        #expect(findings.isEmpty)
        #expect(applicability.stage.value == stage)
        #expect(applicability.stage.basisDescription == "inferred from tag \(tag), line 4")
    }

    @Test("a UK5 transparency notice is a direct award, as stated")
    func uk5DirectAward() throws {
        let text = Self.release(tags: [], tender: #""documents": [ { "id": "1", "documentType": "transparencyNotice", "noticeType": "UK5" } ]"#)
        let (applicability, findings) = try Self.read(text)
        #expect(findings.isEmpty)
        #expect(applicability.stage.value == .directAward)
        #expect(applicability.stage.basis == .stated)
        #expect(applicability.stage.value?.hasEvaluationDesign == false)
    }

    @Test("notice types UK13 to UK17 are known but say nothing of the stage")
    func noticeTypesThatSayNothing() throws {
        let (applicability, findings) = try Self.read(Self.release(tags: [], tender: #""documents": [ { "id": "1", "noticeType": "UK13" } ]"#))
        #expect(findings.isEmpty)
        #expect(applicability.stage.basis == .notKnown)
    }

    @Test("a notice type outweighs a release tag that disagrees, with a warning at the tag")
    func noticeTypeOutweighsTag() throws {
        let text = Self.release(tags: ["tender"], tender: #""documents": [ { "id": "1", "noticeType": "UK5" } ]"#)
        let (applicability, findings) = try Self.read(text)
        #expect(applicability.stage.value == .directAward)
        #expect(applicability.stage.overruled.map(\.description) == ["tag tender, line 4"])
        let warning = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(warning.message == "tag tender, line 4 says a competition, but noticeType UK5, line \(Self.line(of: "\"UK5\"", in: text)!) says a direct award")
        #expect(warning.location.start.line == 4)
    }
}

@Suite("An OCDS classification code as the tables key it")
struct OCDSCodeKeyTests {
    @Test("is trimmed of spaces and tabs and lower-cased as Foundation does it, ASCII or not", arguments: [
        "publicAuthorityCentralGovernment", "  Regional or local authority\t", "\t \t", "", "a\nb", "\nBody governed by public law\n",
        "\u{A0}Other\u{2003}", " Awdurdod lleol ŵ ",
    ])
    func key(code: String) {
        #expect(OCDSApplicabilityReader.codeKey(code) == code.trimmingCharacters(in: .whitespaces).lowercased())
    }
}
