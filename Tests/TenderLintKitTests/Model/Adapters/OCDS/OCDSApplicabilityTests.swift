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

    /// A release whose buyer is classed a body governed by public law, with its COFOG function, covered by the GPA
    /// under CELEX 32014L0024: how Sell2Wales and Public Contracts Scotland publish under the 2014 directive.
    static func publicLawBody(ocid: String, date: String, name: String, id: String, address: String, roles: String,
                              function cofog: String, url: String) -> String {
        """
        {
          "ocid": "\(ocid)",
          "date": "\(date)",
          "tag": ["tender"],
          "parties": [
            {
              "name": "\(name)",
              "id": "\(id)",
              "address": \(address),
              "roles": \(roles),
              "details": {
                "classifications": [
                  { "id": "Body governed by public law", "scheme": "TED_CA_TYPE" },
                  \(cofog)
                ],
                "url": "\(url)"
              }
            }
          ],
          "buyer": { "name": "\(name)", "id": "\(id)" },
          "tender": {
            "coveredBy": ["GPA"],
            "legalBasis": { "id": "32014L0024", "scheme": "CELEX" }
          }
        }
        """
    }

    /// Sell2Wales ocds-kuma6s-148098: the Welsh Government's commercial delivery team, classed a body governed by public law.
    static let welshGovernment = publicLawBody(
        ocid: "ocds-kuma6s-148098", date: "2025-02-21T00:00:00Z", name: "Llywodraeth Cymru / Welsh Government - Commercial Delivery", id: "org-22",
        address: #"{ "streetAddress": "Cathays Park", "locality": "Cardiff", "region": "UKL", "postalCode": "CF10 3NQ" }"#,
        roles: #"["buyer", "centralPurchasingBody"]"#,
        function: #"{ "id": "01", "description": "General public services", "scheme": "COFOG" }"#, url: "https://gov.wales/public-sector-procurement")

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
    static let nhsLanarkshire = publicLawBody(
        ocid: "ocds-r6ebe6-0000561475", date: "2019-04-24T00:00:00Z", name: "NHS Lanarkshire", id: "org-18",
        address: #"{ "streetAddress": "NHS Lanarkshire Headquarters, Kirklands, Fallside Road", "locality": "Bothwell", "region": "UKM8", "postalCode": "G71 8BB" }"#,
        roles: #"["buyer", "reviewBody"]"#,
        function: #"{ "id": "07", "description": "Health", "scheme": "COFOG" }"#, url: "http://www.nhslanarkshire.org.uk")

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
}
