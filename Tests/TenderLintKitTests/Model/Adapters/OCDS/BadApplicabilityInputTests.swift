import Foundation
import Testing
@testable import TenderLintKit

/// Codes tenderlint does not know (TL016) and signals that contradict stronger ones (TL017) in OCDS releases:
/// each gives exactly one warning at the field that holds it, and changes nothing else.
@Suite("Bad applicability input: unknown codes and contradicting signals are reported, never dropped")
struct BadApplicabilityInputTests {
    private typealias OCDS = OCDSApplicabilityTests

    /// Every fact as a sentence: what is possible, on what basis, and what was overruled.
    private func facts(_ applicability: Applicability) -> [String] {
        func fact<Value>(_ fact: ApplicabilityFact<Value>) -> String {
            "\(fact.possibleDescription): \(fact.basisDescription); overruled \(fact.overruled.map(\.description))"
        }
        return [fact(applicability.jurisdiction), fact(applicability.buyerKind), fact(applicability.regime),
                fact(applicability.threshold), fact(applicability.stage)]
    }

    private func classifications(_ entries: String) -> String {
        #""address": { "region": "UKM8" }, "details": { "classifications": [ \#(entries) ] }"#
    }

    // MARK: Unknown codes

    @Test("an unknown UK_CA_TYPE code gives one TL016 warning at the code and changes nothing else")
    func unknownUKContractingAuthorityType() throws {
        let bad = OCDS.release(ocid: "ocds-h6vhtk-06f17d", party: classifications(#"{ "id": "publicAuthorityRegional", "scheme": "UK_CA_TYPE" }"#))
        // The same release with the code under a scheme tenderlint does not read: the same lines, no signal.
        let control = bad.replacingOccurrences(of: "\"UK_CA_TYPE\"", with: "\"XX_CA_TYPE\"")
        let (applicability, findings) = try OCDS.read(bad)
        let (expected, none) = try OCDS.read(control)
        #expect(none.isEmpty)
        #expect(facts(applicability) == facts(expected))
        let warning = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(warning.rule == ApplicabilityRule.unrecognisedSignal)
        #expect(warning.severity == .warning)
        #expect(warning.message == #"UK_CA_TYPE "publicAuthorityRegional" is not a code tenderlint knows, so it says nothing about the buyer's kind"#)
        #expect(warning.documentPath == "/parties/0/details/classifications/0/id")
        #expect(warning.location.start.line == OCDS.line(of: "publicAuthorityRegional", in: bad))
        #expect(warning.notes == ["the codes tenderlint reads here are publicAuthorityCentralGovernment, publicAuthoritySubCentralGovernment, publicUndertaking, privateUtility"])
    }

    static let unknownClassifications: [(entry: String, path: String, message: String)] = [
        (#"{ "id": "Regional authority", "scheme": "TED_CA_TYPE" }"#, "/parties/0/details/classifications/0/id",
         #"TED_CA_TYPE "Regional authority" is not a code tenderlint knows, so it says nothing about the buyer's kind"#),
        // Public Contracts Scotland ocds-r6ebe6-0000581226, Forestry and Land Scotland.
        (#"{ "id": "Forestry", "scheme": "COFOG" }"#, "/parties/0/details/classifications/0/id",
         #"COFOG "Forestry" is not a code tenderlint knows, so it says nothing about the buyer's function"#),
        // Sell2Wales ocds-kuma6s-148155, Isle of Anglesey County Council: a description and no id.
        (#"{ "description": "Regulation and Economic Development ", "scheme": "COFOG" }"#, "/parties/0/details/classifications/0/description",
         #"COFOG "Regulation and Economic Development " is not a code tenderlint knows, so it says nothing about the buyer's function"#),
    ]

    @Test("an unknown TED_CA_TYPE or COFOG code gives one TL016 warning at the field that holds it", arguments: unknownClassifications)
    func unknownClassification(_ example: (entry: String, path: String, message: String)) throws {
        let (applicability, findings) = try OCDS.read(OCDS.release(party: classifications(example.entry)))
        #expect(findings.map(\.rule) == [ApplicabilityRule.unrecognisedSignal])
        #expect(findings.first?.message == example.message)
        #expect(findings.first?.documentPath == example.path)
        #expect(applicability.buyerKind.basis == .notKnown)
        #expect(applicability.jurisdiction.value == .scotland)
    }

    @Test("a legal basis naming no regime tenderlint knows gives one TL016 warning at the legal basis")
    func unknownLegalBasis() throws {
        let text = OCDS.release(tender: #""legalBasis": { "scheme": "UKSI", "id": "2016/274" }"#)
        let (applicability, findings) = try OCDS.read(text)
        #expect(applicability.regime.basis == .notKnown)
        let warning = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(warning.rule == ApplicabilityRule.unrecognisedSignal)
        #expect(warning.message == #"legalBasis "UKSI 2016/274" is not a code tenderlint knows, so it says nothing about the procurement regime"#)
        #expect(warning.documentPath == "/tender/legalBasis")
        #expect(warning.location.start.line == OCDS.line(of: "\"legalBasis\"", in: text))
    }

    @Test("a legal basis without its scheme is read by its id, and one tenderlint does not know is quoted as written")
    func legalBasisWithoutScheme() throws {
        let (known, none) = try OCDS.read(OCDS.release(tender: #""legalBasis": { "id": "32014L0024" }"#))
        #expect(none.isEmpty)
        #expect(known.regime.evidence.map(\.value) == ["32014L0024"])
        let (_, findings) = try OCDS.read(OCDS.release(tender: #""legalBasis": { "id": "2016/274" }"#))
        #expect(findings.map(\.message) == [#"legalBasis "2016/274" is not a code tenderlint knows, so it says nothing about the procurement regime"#])
    }

    @Test("a region that looks like a NUTS or ITL code but is none gives one TL016 warning at the region", arguments: ["UKP12", "TLX9"])
    func unknownRegionCode(_ code: String) throws {
        let text = OCDS.release(party: #""address": { "region": "\#(code)", "countryName": "United Kingdom" }"#)
        let (applicability, findings) = try OCDS.read(text)
        // The country still places the buyer in the UK.
        #expect(applicability.jurisdiction.possible == Jurisdiction.ukNations)
        #expect(applicability.jurisdiction.evidence.map(\.field) == ["address.countryName"])
        let warning = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(warning.message == #"address.region "\#(code)" is not a code tenderlint knows, so it says nothing about the buyer's nation"#)
        #expect(warning.documentPath == "/parties/0/address/region")
    }

    @Test("an unknown region code in lower case is reported like one in capitals")
    func lowerCaseUnknownRegionCode() throws {
        let (applicability, findings) = try OCDS.read(OCDS.release(party: #""address": { "region": "ukp12" }"#))
        #expect(applicability.jurisdiction.basis == .notKnown)
        #expect(findings.map(\.rule) == [ApplicabilityRule.unrecognisedSignal])
    }

    @Test("an unknown Procurement Act notice type and an unknown special regime each give one TL016 warning")
    func unknownNoticeTypeAndSpecialRegime() throws {
        let text = OCDS.release(tags: [], tender: """
            "specialRegime": ["defence"],
                "documents": [ { "id": "1", "noticeType": "UK18" }, { "id": "2", "noticeType": "Contract Notice" } ]
            """)
        let (applicability, findings) = try OCDS.read(text)
        #expect(findings.map(\.message) == [
            #"specialRegime "defence" is not a code tenderlint knows, so it says nothing about the procurement regime"#,
            #"noticeType "UK18" is not a code tenderlint knows, so it says nothing about the procurement's stage"#,
        ])
        #expect(findings.map(\.documentPath) == ["/tender/specialRegime/0", "/tender/documents/0/noticeType"])
        #expect(applicability.stage.basis == .notKnown)
        #expect(applicability.regime.basis == .notKnown)
    }

    @Test("nothing is dropped silently: a release full of unknown codes gives exactly one warning for each")
    func everyUnknownValueWarnsOnce() throws {
        let text = OCDS.release(tags: ["tender"], party: """
            "address": { "region": "UKP12" },
                  "details": { "classifications": [
                    { "id": "publicAuthorityRegional", "scheme": "UK_CA_TYPE" },
                    { "id": "Regional authority", "scheme": "TED_CA_TYPE" },
                    { "id": "Forestry", "scheme": "COFOG" },
                    { "description": "Public Sector Framework Provider", "scheme": "COFOG" }
                  ] }
            """, tender: """
            "legalBasis": { "scheme": "CELEX", "id": "32014L0099" },
                "specialRegime": ["defence"],
                "documents": [ { "id": "1", "noticeType": "UK18" } ]
            """)
        let (_, findings) = try OCDS.read(text)
        let values = ["publicAuthorityRegional", "Regional authority", "Forestry", "Public Sector Framework Provider",
                      "UKP12", "CELEX 32014L0099", "defence", "UK18"]
        #expect(findings.count == values.count)
        #expect(findings.allSatisfy { $0.rule == ApplicabilityRule.unrecognisedSignal && $0.severity == .warning })
        for value in values {
            #expect(findings.filter { $0.message.contains("\"\(value)\"") }.count == 1, "\(value)")
        }
    }

    // MARK: Contradictions

    @Test("an NHS foundation trust's name against a local authority classification gives a TL017 warning at the name, and local government is taken")
    func nameAgainstClassification() throws {
        let text = OCDS.release(party: #""details": { "classifications": [ { "id": "Regional or local authority", "scheme": "TED_CA_TYPE" } ] }"#)
            .replacingOccurrences(of: #""buyer": { "id": "org-1" }"#, with: #""buyer": { "id": "org-1", "name": "Royal Berkshire NHS Foundation Trust" }"#)
        let (applicability, findings) = try OCDS.read(text)
        #expect(applicability.buyerKind.value == .localGovernment)
        #expect(applicability.buyerKind.evidence.map(\.field) == ["TED_CA_TYPE"])
        #expect(applicability.buyerKind.overruled.map(\.value) == ["Royal Berkshire NHS Foundation Trust"])
        let warning = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(warning.rule == ApplicabilityRule.conflictingSignals)
        #expect(warning.severity == .warning)
        let nameLine = try #require(OCDS.line(of: "Royal Berkshire", in: text))
        let codeLine = try #require(OCDS.line(of: "Regional or local authority", in: text))
        #expect(warning.message == #"buyer name ("nhs") "Royal Berkshire NHS Foundation Trust", line \#(nameLine) says an NHS body, "#
            + #"but TED_CA_TYPE "Regional or local authority", line \#(codeLine) says local government"#)
        #expect(warning.location.start.line == nameLine)
        #expect(warning.documentPath == "/buyer/name")
        #expect(warning.label == "disagrees")
    }

    @Test("two TED_CA_TYPE classes that contradict one another are both set aside with one TL017 warning at the first")
    func twoClassesTie() throws {
        // Sell2Wales ocds-kuma6s-147841, Police & Crime Commissioner for South Wales: a ministry and a local authority.
        let text = OCDS.release(ocid: "ocds-kuma6s-147841", party: """
            "address": { "region": "UKL17" },
                  "details": { "classifications": [
                    { "id": "Ministry or any other national or federal authority, including their regional or local subdivisions", "scheme": "TED_CA_TYPE" },
                    { "id": "03", "description": "Public order and safety", "scheme": "COFOG" },
                    { "id": "Regional or local authority", "scheme": "TED_CA_TYPE" }
                  ] }
            """).replacingOccurrences(of: "\"Buyer\"", with: "\"Police & Crime Commissioner for South Wales\"")
        let (applicability, findings) = try OCDS.read(text)
        #expect(applicability.buyerKind.overruled.count == 2)
        // The name is weaker than both classes, but once they are set aside it is what is left.
        #expect(applicability.buyerKind.value == .localGovernment)
        #expect(applicability.buyerKind.evidence.map(\.field) == ["ocid prefix", "buyer name (\"police & crime commissioner\")"])
        let warning = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(warning.message.hasPrefix("the signals about the buyer's kind disagree: TED_CA_TYPE \"Ministry"))
        #expect(warning.location.start.line == OCDS.line(of: "Ministry or any other", in: text))
        #expect(warning.secondary.map(\.message) == ["TED_CA_TYPE says local government"])
    }
}
