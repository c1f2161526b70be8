import Foundation
import Testing
import TenderLintKit
import TenderLintRules

/// Real notices as their publishers wrote them: Public Contracts Scotland, Sell2Wales and eForms.
extension NetZeroRulesTests {
    @Test("Public Contracts Scotland, 2019: no NHS England policy binds a Scottish body, and the roadmap was not yet in force",
          .enabled(if: hasRealFixtures, RuleRun.noRealFixtures))
    func pcsAtItsDate() throws {
        #expect(Self.netZero(try Self.real("pcs_ocds-r6ebe6-0000569951_release.json")).isEmpty)
        #expect(Self.netZero(try Self.real("pcs_ocds-r6ebe6-0000569951_release.json"), profile: .nhsEngland).isEmpty)
    }

    @Test("Public Contracts Scotland as of 2026: nothing for a Scottish body; as an NHS England body, lots of £9.5m and £4m over 720 days need a Net Zero Commitment where the threshold allows",
          .enabled(if: hasRealFixtures, RuleRun.noRealFixtures))
    func pcsIn2026() throws {
        let source = try Self.real("pcs_ocds-r6ebe6-0000569951_release.json")
        #expect(Self.netZero(source, asOf: "2026-06-01").isEmpty)
        // The notice does not say whether it is above the threshold, and the commitment binds only above it...
        #expect(Self.netZero(source, asOf: "2026-06-01", profile: .nhsEngland).isEmpty)
        // ...unless its unconfirmed extension below the threshold is turned on.
        let found = Self.netZero(source, asOf: "2026-06-01", profile: .nhsEngland,
                                 policies: ["nhs-nzc-below-threshold-2026": true])
        #expect(Self.places(found) == ["NZ002 216:11", "NZ002 254:11"])
        #expect(found.map { $0.message.components(separatedBy: "; ").last ?? "" } == [
            "lot 1 is worth £4,815,972.22 a year and asks for neither", "lot 2 is worth £2,027,777.78 a year and asks for neither",
        ])
        let first = try #require(found.first)
        // 720 days, kept as days: a year is 365 of them.
        #expect(first.notes.contains("£9,500,000 over 720 days is £4,815,972.22 a year (× 365 ÷ 720)"))
        #expect(first.notes.contains { $0.hasPrefix("the tender also provides for options ('Option of a third development at Cartha Crescent") })
        // OCDS says nothing of VAT here; the note says so without tender-spec advice.
        #expect(first.notes.contains("the tender does not say whether the value includes VAT, so it was compared as stated with a threshold excluding VAT"))
        #expect(first.help == ["require a Net Zero Commitment from bidders in the selection criteria, and say so in the notice"])
        #expect(first.policy?.shortName == "NHS Net Zero Commitment below the threshold, April 2026")
    }

    @Test("Public Contracts Scotland under PPN 006: £4.75m a year, VAT not stated, is compared as stated and passes",
          .enabled(if: hasRealFixtures, RuleRun.noRealFixtures))
    func pcsCentralGovernment() throws {
        #expect(Self.netZero(try Self.real("pcs_ocds-r6ebe6-0000569951_release.json"), asOf: "2026-06-01", profile: .centralGovernment).isEmpty)
    }

    @Test("Sell2Wales as of 2027: nothing for NHS Wales; as an NHS England body, no value, so no threshold, and public reporting is missing, on the tender",
          .enabled(if: hasRealFixtures, RuleRun.noRealFixtures))
    func sell2Wales() throws {
        let source = try Self.real("sell2wales_ocds-kuma6s-148381_release.json")
        #expect(Self.netZero(source).isEmpty)
        #expect(Self.netZero(source, asOf: "2027-06-01").isEmpty)
        #expect(Self.netZero(source, asOf: "2026-06-01", profile: .nhsEngland).isEmpty)
        let found = Self.netZero(source, asOf: "2027-06-01", profile: .nhsEngland)
        #expect(Self.places(found) == ["NZ005 1:1"])
    }

    @Test("UKRI's eForms award notice: €60m with no duration is neither converted nor put per year",
          .enabled(if: hasRealFixtures, RuleRun.noRealFixtures))
    func ukriEuros() throws {
        let source = try Self.real("eforms-sdk_can_24_UKRI.xml")
        #expect(Self.netZero(source).isEmpty)
        #expect(Self.netZero(source, asOf: "2026-06-01", profile: .nhsEngland).isEmpty)
        #expect(Self.netZero(source, asOf: "2026-06-01", profile: .centralGovernment).isEmpty)
    }

    @Test("Cumbria's eForms framework: silent as published; as an NHS England body from April 2024 a framework needs a plan whatever its value or currency",
          .enabled(if: hasRealFixtures, RuleRun.noRealFixtures))
    func cumbriaFramework() throws {
        let source = try Self.real("eforms-sdk_cn_24_cumbria.xml")
        #expect(Self.netZero(source).isEmpty)
        #expect(Self.netZero(source, asOf: "2026-06-01").isEmpty)
        let found = Self.netZero(source, asOf: "2026-06-01", profile: .nhsEngland)
        #expect(Self.places(found) == ["NZ001 392:67"])
        #expect(found.first?.label == "a new framework")
        // Under PPN 006 the framework's value decides, and euros are not converted.
        #expect(Self.netZero(source, asOf: "2026-06-01", profile: .centralGovernment).isEmpty)
    }
}
