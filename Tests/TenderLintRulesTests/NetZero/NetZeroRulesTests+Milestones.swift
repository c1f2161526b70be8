import Foundation
import Testing
import TenderLintKit
import TenderLintRules

/// The roadmap's later steps: grace periods for reserved lots, the target year, public reporting and Evergreen.
extension NetZeroRulesTests {
    @Test("a reserved lot over £5m a year, with the unconfirmed grace on: the April 2023 milestone applies from April 2025, and the note says April 2024's waits")
    func graceOnPlan() throws {
        let source = SourceFile(path: "grace.xml", text: """
            <tender xmlns="urn:tenderlint:tender-spec:1" id="TEST">
              <buyer sector="nhs" jurisdiction="england">Test buyer</buyer>
              <dates publication="2025-06-01"/>
              <lot id="4" reserved-for="sme vcse">
                <value amount="6000000" currency="GBP" vat="excluded" basis="per-annum"/>
                <evaluation><criterion id="price" kind="price" weight="100"/></evaluation>
              </lot>
            </tender>
            """)
        // Without the grace (the default), the April 2024 milestone applies as to any lot.
        #expect(Self.netZero(source).first?.message.hasPrefix("NHS contracts worth £5,000,000 a year or more (excluding VAT)") == true)
        let found = Self.netZero(source, parameters: Self.grace)
        #expect(Self.places(found) == ["NZ001 5:20"])
        let nz001 = try #require(found.first)
        #expect(nz001.message.hasPrefix("NHS contracts worth more than £5,000,000 a year (excluding VAT)"))
        #expect(nz001.notes.contains("lot 4 is reserved for SMEs or VCSEs and the smallSupplierGrace parameter is on, so NHS Carbon Reduction Plan requirements, April 2024 applies to it 2 years later, from 2026-04-01"))
        #expect(nz001.policy?.shortName == "NHS Carbon Reduction Plan requirements, April 2023")
        #expect(Self.netZero(source, asOf: "2025-03-31", parameters: Self.grace).isEmpty)
    }

    @Test("with the unconfirmed grace on, a reserved lot's plan needs only the five Scope 3 categories until April 2029, and the finding says why")
    func graceOnScopes() throws {
        let source = SourceFile(path: "grace.xml", text: """
            <tender xmlns="urn:tenderlint:tender-spec:1" id="TEST">
              <buyer sector="nhs" jurisdiction="england">Test buyer</buyer>
              <dates publication="2027-06-01"/>
              <lot id="1" reserved-for="vcse">
                <net-zero>
                  <carbon-reduction-plan required="true" scopes="1 2 3-waste" net-zero-by="2045"/>
                  <public-reporting required="false"/>
                </net-zero>
                <evaluation><criterion id="price" kind="price" weight="100"/></evaluation>
              </lot>
            </tender>
            """)
        let found = Self.netZero(source, parameters: Self.grace)
        #expect(Self.places(found) == ["NZ003 6:54"])
        let nz003 = try #require(found.first)
        #expect(nz003.message == "the Carbon Reduction Plan asked for in lot 1 does not cover upstream transportation and distribution, business travel, employee commuting or downstream transportation and distribution")
        #expect(nz003.notes.contains("lot 1 is reserved for SMEs or VCSEs and the smallSupplierGrace parameter is on, so NHS Carbon Reduction Plan requirements, April 2027 applies to it 2 years later, from 2029-04-01"))
        #expect(nz003.fixIts.map(\.replacement) == ["1 2 3-upstream-transportation 3-waste 3-business-travel 3-employee-commuting 3-downstream-transportation"])
        // Two years on, all of Scope 3, global emissions and public reporting.
        let later = Self.netZero(source, asOf: "2029-04-01", parameters: Self.grace)
        #expect(Self.places(later) == ["NZ003 6:54", "NZ005 7:35"])
        #expect(later.first?.message == "the Carbon Reduction Plan asked for in lot 1 does not cover all of Scope 3 or global emissions")
        // The plan says nothing of global emissions: the one fix adds global="true" beside the scopes it rewrites.
        #expect(later.first?.fixIts.map { $0.edits.map(\.replacement) } == [["1 2 3", #" global="true""#]])
        #expect(later.last?.fixIts.map(\.replacement) == ["true"])
    }

    // MARK: Target year, reporting, Evergreen

    @Test("net zero by 2050 is information for an NHS England body, 2051 an error everywhere")
    func targetYear() throws {
        let plan = #"  <net-zero><carbon-reduction-plan required="true" scopes="1 2 3" net-zero-by="YEAR"/></net-zero>"#
        let nhs = Self.netZero(Self.tender(plan.replacingOccurrences(of: "YEAR", with: "2050")))
        #expect(nhs.map(\.severity) == [.info])
        #expect(nhs.first?.message == "the Carbon Reduction Plan asked for sets net zero by 2050; the NHS encourages 2045")
        #expect(nhs.first?.fixIts.map(\.replacement) == ["2045"])
        let late = Self.netZero(Self.tender(plan.replacingOccurrences(of: "YEAR", with: "2051"), sector: "central-government"))
        #expect(late.map(\.severity) == [.error])
        #expect(late.first?.message == "the Carbon Reduction Plan asked for sets net zero by 2051, later than 2050, the latest year a plan may commit to")
        #expect(late.first?.fixIts.map(\.replacement) == ["2050"])
    }

    @Test("lots sharing the tender's terms get one public reporting finding naming them")
    func sharedReporting() throws {
        let source = SourceFile(path: "lots.json", text: """
            {
              "tenderSpec": "1",
              "id": "TEST",
              "aboveThreshold": true,
              "buyer": { "name": "Test buyer", "sector": "nhs", "jurisdiction": "england" },
              "dates": { "publication": "2027-06-01" },
              "netZero": { "netZeroCommitment": { "required": true } },
              "lots": [
                { "id": "1", "evaluation": { "criteria": [ { "id": "price", "kind": "price", "weight": 100 } ] } },
                { "id": "2", "evaluation": { "criteria": [ { "id": "price", "kind": "price", "weight": 100 } ] } }
              ]
            }
            """)
        let found = Self.netZero(source)
        #expect(Self.places(found) == ["NZ005 7:3"])
        #expect(found.first?.message == "lots 1 and 2 do not require suppliers to report their net zero targets and emissions publicly")
        #expect(found.first?.help == [#"add "publicReporting": { "required": true } to "netZero""#])
    }

    @Test("from 2030 the Evergreen assessment is required of every NHS lot, reserved or not")
    func evergreen() throws {
        let body = """
              <net-zero>
                <carbon-reduction-plan required="true" scopes="1 2 3" global="true" net-zero-by="2045"/>
                <public-reporting required="true"/>
              </net-zero>
            """
        #expect(Self.netZero(Self.tender(body, publication: "2029-12-31")).isEmpty)
        let found = Self.netZero(Self.tender(body, publication: "2030-01-01"))
        #expect(Self.places(found) == ["NZ006 4:3"])
        #expect(found.first?.help == [#"add <evergreen-assessment required="true"/> to <net-zero>, after any <carbon-reduction-plan> and <net-zero-commitment>"#])
    }
}
