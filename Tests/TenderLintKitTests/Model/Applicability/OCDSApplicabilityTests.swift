import Foundation
import Testing
@testable import TenderLintKit

/// What an OCDS release says about who the buyer is and how it buys (`OCDSApplicabilityReader`).
///
/// The parties, regions, ocids and legal bases are excerpts of the real notices in `shared/fixtures/real-uk/`
/// (Find a Tender, Sell2Wales, Public Contracts Scotland), cut down to the fields that matter here.
@Suite("OCDS: the applicability signals of a release")
struct OCDSApplicabilityTests {
    /// The one tender's applicability, and the applicability warnings (TL016, TL017) among the adapter's findings.
    static func read(_ json: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> (applicability: Applicability, findings: [Diagnostic]) {
        let result = OCDSTesting.adapt(json)
        let tender = try #require(result.tenders.first, sourceLocation: sourceLocation)
        let rules = [ApplicabilityRule.unrecognisedSignal, ApplicabilityRule.conflictingSignals]
        return (tender.applicability, result.diagnostics.filter { rules.contains($0.rule) })
    }

    /// The 1-based line of the first line of `text` that contains `needle`.
    static func line(of needle: String, in text: String) -> Int? {
        text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(needle) }.map { $0 + 1 }
    }

    /// A release around a buyer party and tender members, with the given ocid and tags.
    static func release(ocid: String = "ocds-test-1", tags: [String] = ["tender"], party: String = "", tender: String = "") -> String {
        let tagList = tags.map { "\"\($0)\"" }.joined(separator: ", ")
        return """
            {
              "ocid": "\(ocid)",
              "date": "2025-02-21T00:00:00Z",
              "tag": [\(tagList)],
              "parties": [
                { "id": "org-1", "name": "Buyer", "roles": ["buyer"]\(party.isEmpty ? "" : ",\n      " + party) }
              ],
              "buyer": { "id": "org-1" },
              "tender": {
                \(tender)
              }
            }
            """
    }

    // MARK: Find a Tender

    /// Find a Tender's UK4 tender notice 083563-2026 (Science Museum Group).
    static let findATender = """
        {
          "id": "083563-2026",
          "ocid": "ocds-h6vhtk-06f17d",
          "date": "2026-09-03T15:18:45+01:00",
          "tag": ["tender"],
          "parties": [
            {
              "address": {
                "country": "GB",
                "countryName": "United Kingdom",
                "locality": "London",
                "postalCode": "SW7 2DD",
                "region": "UKI33",
                "streetAddress": "The Science Museum"
              },
              "details": {
                "classifications": [
                  {
                    "description": "Public authority - central government",
                    "id": "publicAuthorityCentralGovernment",
                    "scheme": "UK_CA_TYPE"
                  }
                ]
              },
              "id": "GB-PPON-PDTR-3338-MNPG",
              "name": "Science Museum Group",
              "roles": ["buyer"]
            }
          ],
          "buyer": { "id": "GB-PPON-PDTR-3338-MNPG", "name": "Science Museum Group" },
          "tender": {
            "aboveThreshold": true,
            "legalBasis": {
              "id": "2023/54",
              "scheme": "UKPGA",
              "uri": "https://www.legislation.gov.uk/ukpga/2023/54/contents"
            },
            "documents": [
              {
                "datePublished": "2026-09-03T15:18:45+01:00",
                "description": "Tender notice on Find a Tender",
                "documentType": "tenderNotice",
                "id": "083563-2026",
                "noticeType": "UK4"
              }
            ]
          }
        }
        """

    @Test("Find a Tender's central government buyer in London is UK central government in England, as stated")
    func findATenderCentralGovernment() throws {
        let text = Self.findATender
        let (applicability, findings) = try Self.read(text)
        #expect(findings.isEmpty, "\(findings.map(\.message))")
        let kind = applicability.buyerKind
        #expect(kind.value == .centralGovernment)
        #expect(kind.basis == .stated)
        #expect(kind.evidence.map(\.description) == ["UK_CA_TYPE publicAuthorityCentralGovernment, line \(Self.line(of: "\"publicAuthorityCentralGovernment\"", in: text)!)"])
        let nation = applicability.jurisdiction
        #expect(nation.value == .england)
        #expect(nation.basis == .inferred)
        #expect(nation.evidence.map(\.field) == ["address.region", "address.countryName", "address.country"])
        #expect(nation.evidence.first?.line == Self.line(of: "\"UKI33\"", in: text))
        #expect(applicability.buyerDescription == "UK central government")
        #expect(applicability.isNHSEnglandBody == false)
    }

    @Test("Find a Tender's notice states the threshold, the Procurement Act and, by its UK4 notice type, the competition")
    func findATenderProcurement() throws {
        let text = Self.findATender
        let (applicability, _) = try Self.read(text)
        #expect(applicability.threshold.value == .above)
        #expect(applicability.threshold.basisDescription == "stated (aboveThreshold true, line \(Self.line(of: "\"aboveThreshold\"", in: text)!))")
        #expect(applicability.regime.value == .procurementAct2023)
        #expect(applicability.regime.basis == .stated)
        #expect(applicability.regime.evidence.map(\.value) == ["UKPGA 2023/54"])
        #expect(applicability.regime.evidence.first?.line == Self.line(of: "\"legalBasis\"", in: text))
        // The tag agrees with the notice type but narrows nothing after it.
        #expect(applicability.stage.value == .competition)
        #expect(applicability.stage.evidence.map(\.description) == ["noticeType UK4, line \(Self.line(of: "\"UK4\"", in: text)!)"])
    }

    // MARK: Sell2Wales

    /// Sell2Wales ocds-kuma6s-148098: the Welsh Government's commercial delivery team, classed a body governed by public law.
    static let welshGovernment = """
        {
          "id": "ocds-kuma6s-148098-release-148098",
          "ocid": "ocds-kuma6s-148098",
          "date": "2025-02-21T00:00:00Z",
          "tag": ["tender"],
          "parties": [
            {
              "name": "Llywodraeth Cymru / Welsh Government - Commercial Delivery",
              "id": "org-22",
              "address": { "streetAddress": "Cathays Park", "locality": "Cardiff", "region": "UKL", "postalCode": "CF10 3NQ" },
              "roles": ["buyer", "centralPurchasingBody"],
              "details": {
                "classifications": [
                  { "id": "Body governed by public law", "scheme": "TED_CA_TYPE" },
                  { "id": "01", "description": "General public services", "scheme": "COFOG" }
                ],
                "url": "https://gov.wales/public-sector-procurement"
              }
            }
          ],
          "buyer": { "name": "Llywodraeth Cymru / Welsh Government - Commercial Delivery", "id": "org-22" },
          "tender": {
            "coveredBy": ["GPA"],
            "legalBasis": { "id": "32014L0024", "scheme": "CELEX" }
          }
        }
        """

    @Test("Sell2Wales's Welsh Government, a body governed by public law, is a devolved government body in Wales by its name")
    func sell2WalesWelshGovernment() throws {
        let text = Self.welshGovernment
        let (applicability, findings) = try Self.read(text)
        #expect(findings.isEmpty, "\(findings.map(\.message))")
        let kind = applicability.buyerKind
        #expect(kind.value == .devolvedGovernment)
        #expect(kind.basis == .inferred)
        #expect(kind.evidence.map(\.field) == ["TED_CA_TYPE", "ocid prefix", "buyer name (\"welsh government\")"])
        #expect(kind.evidence.map(\.line) == [
            Self.line(of: "\"Body governed by public law\"", in: text), Self.line(of: "\"ocid\"", in: text), Self.line(of: "\"buyer\":", in: text),
        ])
        #expect(applicability.jurisdiction.value == .wales)
        #expect(applicability.jurisdiction.evidence.map(\.description) == ["address.region UKL, line \(Self.line(of: "\"UKL\"", in: text)!)"])
        #expect(applicability.buyerDescription == "a devolved government body in Wales")
        #expect(applicability.threshold.value == .above)
        #expect(applicability.threshold.evidence.map(\.description) == ["coveredBy GPA, line \(Self.line(of: "\"coveredBy\"", in: text)!)"])
    }

    // MARK: Public Contracts Scotland

    /// Public Contracts Scotland ocds-r6ebe6-0000561475: NHS Lanarkshire, a body governed by public law in health.
    static let nhsLanarkshire = """
        {
          "ocid": "ocds-r6ebe6-0000561475",
          "date": "2019-04-24T00:00:00Z",
          "tag": ["tender"],
          "parties": [
            {
              "name": "NHS Lanarkshire",
              "id": "org-18",
              "address": {
                "streetAddress": "NHS Lanarkshire Headquarters, Kirklands, Fallside Road",
                "locality": "Bothwell",
                "region": "UKM8",
                "postalCode": "G71 8BB"
              },
              "roles": ["buyer", "reviewBody"],
              "details": {
                "classifications": [
                  { "id": "Body governed by public law", "scheme": "TED_CA_TYPE" },
                  { "id": "07", "description": "Health", "scheme": "COFOG" }
                ],
                "url": "http://www.nhslanarkshire.org.uk"
              }
            }
          ],
          "buyer": { "name": "NHS Lanarkshire", "id": "org-18" },
          "tender": {
            "coveredBy": ["GPA"],
            "legalBasis": { "id": "32014L0024", "scheme": "CELEX" }
          }
        }
        """

    @Test("NHS Lanarkshire on Public Contracts Scotland is an NHS body in Scotland; COFOG 07 adds nothing its name has not")
    func pcsNHSLanarkshire() throws {
        let text = Self.nhsLanarkshire
        let (applicability, findings) = try Self.read(text)
        #expect(findings.isEmpty, "\(findings.map(\.message))")
        #expect(applicability.buyerKind.value == .nhsBody)
        #expect(applicability.buyerKind.evidence.map(\.field) == ["TED_CA_TYPE", "ocid prefix", "buyer name (\"nhs\")"])
        #expect(applicability.jurisdiction.value == .scotland)
        #expect(applicability.jurisdiction.evidence.map(\.description) == ["address.region UKM8, line \(Self.line(of: "\"UKM8\"", in: text)!)"])
        #expect(applicability.buyerDescription == "an NHS body in Scotland")
        #expect(applicability.isNHSEnglandBody == false)
    }

    @Test("COFOG 07 makes an NHS body of a body governed by public law whose name says nothing")
    func cofogHealthHint() throws {
        // Sell2Wales ocds-kuma6s-139221: Health Education and Improvement Wales, region "UK".
        let text = Self.release(ocid: "ocds-kuma6s-139221", party: """
            "address": { "streetAddress": "Ty Dysgu Cefn Coed, Nantgarw,", "locality": "Cardiff", "region": "UK", "postalCode": "CF15 7QQ" },
                  "details": { "classifications": [
                    { "id": "Body governed by public law", "scheme": "TED_CA_TYPE" },
                    { "id": "07", "description": "Health", "scheme": "COFOG" }
                  ] }
            """).replacingOccurrences(of: "\"Buyer\"", with: "\"Health Education and Improvement Wales (HEIW)\"")
        let (applicability, findings) = try Self.read(text)
        #expect(findings.isEmpty, "\(findings.map(\.message))")
        #expect(applicability.buyerKind.value == .nhsBody)
        #expect(applicability.buyerKind.evidence.map(\.description).last == "COFOG \"07 (health)\", line \(Self.line(of: "\"COFOG\"", in: text)!)")
        // "UK" allows all four nations; the Sell2Wales publisher narrows them to Wales.
        #expect(applicability.jurisdiction.value == .wales)
        #expect(applicability.jurisdiction.evidence.map(\.field) == ["address.region", "ocid prefix"])
    }

    // MARK: Settling the legal basis

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
