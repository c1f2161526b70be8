import Foundation
import Testing
import TenderLintKit
import TenderLintRules

/// How a value meets a threshold: its currency, its VAT basis, and a framework's value a year.
extension NetZeroRulesTests {
    @Test("a value in euros is not compared with a threshold in pounds; the same value in pounds is")
    func currency() throws {
        let body = #"  <value amount="9000000" currency="CURRENCY" vat="excluded" basis="per-annum"/>"#
        #expect(Self.netZero(Self.tender(body.replacingOccurrences(of: "CURRENCY", with: "EUR"))).isEmpty)
        #expect(Self.places(Self.netZero(Self.tender(body.replacingOccurrences(of: "CURRENCY", with: "GBP")))) == ["NZ001 4:18"])
        #expect(Self.netZero(Self.tender(#"  <value amount="900000" currency="EUR" vat="excluded" basis="per-annum"/>"#)).isEmpty)
    }

    @Test("NHS thresholds exclude VAT: a value including VAT is converted at vatRate, and the note shows the sum")
    func nhsVAT() throws {
        let source = Self.tender(#"  <value amount="36000000" currency="GBP" vat="included"/>"# + "\n" + #"  <duration months="60"/>"#)
        let found = Self.netZero(source)
        #expect(found.map(\.rule.id) == ["NZ001"])
        let nz001 = try #require(found.first)
        #expect(nz001.message.hasSuffix("the tender is worth £6,000,000 a year excluding VAT and does not ask for one"))
        #expect(nz001.label == "£7,200,000 a year")
        #expect(nz001.notes.prefix(2) == [
            "£36,000,000 over 60 months is £7,200,000 a year, including VAT",
            "the NHS threshold excludes VAT: £7,200,000 a year including VAT is £6,000,000 excluding VAT at 20% VAT (the vatRate parameter; set it to 0% for services exempt from VAT)",
        ])
        // At 50% VAT the same value is £4.8m a year excluding VAT: a Net Zero Commitment instead.
        let halved = Self.netZero(source, parameters: ["NZ001": ["vatRate": .percent(50)], "NZ002": ["vatRate": .percent(50)]])
        #expect(halved.map(\.rule.id) == ["NZ002"])
        #expect(halved.first?.message.hasSuffix("the tender is worth £4,800,000 a year excluding VAT and asks for neither") == true)
    }

    @Test("a value with no VAT basis is compared as stated, and the note says so")
    func unknownVAT() throws {
        let found = Self.netZero(Self.tender(#"  <value amount="5000000" currency="GBP" basis="per-annum"/>"#))
        #expect(found.map(\.rule.id) == ["NZ001"])
        #expect(found.first?.notes.first == #"the tender does not say whether the value includes VAT, so it was compared as stated with a threshold excluding VAT; say vat="included" or vat="excluded""#)
    }

    @Test("PPN 006 includes VAT: £4.5m a year excluding VAT is £5.4m including it")
    func ppn006VAT() throws {
        let found = Self.netZero(Self.tender(#"  <value amount="4500000" currency="GBP" vat="excluded" basis="per-annum"/>"#, sector: "central-government"))
        let nz001 = try #require(found.first)
        #expect(found.count == 1)
        #expect(nz001.message == "contracts worth more than £5,000,000 a year including VAT must ask for a Carbon Reduction Plan; the tender is worth £5,400,000 a year including VAT and does not ask for one")
        #expect(nz001.notes.first == "PPN 006's threshold includes VAT: £4,500,000 a year excluding VAT is £5,400,000 including VAT at 20% VAT (the vatRate parameter; set it to 0% for services exempt from VAT)")
        #expect(nz001.policy?.shortName == "PPN 006")
        #expect(nz001.help.first?.contains(#"standard="ppn-006""#) == true)
        #expect(nz001.help.first?.contains(#"net-zero-by="2050""#) == true)
    }

    @Test("PPN 06/21 takes the value as stated, for procurements advertised from 30 September 2021")
    func ppn0621() throws {
        let body = #"  <value amount="5400000" currency="GBP" vat="included" basis="per-annum"/>"#
        let found = Self.netZero(Self.tender(body, sector: "central-government", publication: "2022-01-10"))
        #expect(found.first?.message == "contracts worth more than £5,000,000 a year must ask for a Carbon Reduction Plan; the tender is worth £5,400,000 a year and does not ask for one")
        #expect(found.first?.help.first?.contains(#"standard="ppn-06-21""#) == true)
        #expect(Self.netZero(Self.tender(body, sector: "central-government", publication: "2021-09-29")).isEmpty)
    }

    @Test("a PPN 006 framework is judged on its own value a year, and says so")
    func ppn006Framework() throws {
        let body = #"  <value amount="60000000" currency="GBP" vat="included"/>"# + "\n" + #"  <duration months="48"/>"#
        let found = Self.netZero(Self.tender(body, sector: "central-government", attributes: #" framework="true""#))
        #expect(found.map(\.rule.id) == ["NZ001"])
        #expect(found.first?.notes.contains { $0.contains("the framework's own value a year was taken as its largest call-off") } == true)
    }

    @Test("the lots of an NHS framework are one finding on framework=\"true\", with a help line per place to add the plan and, with the grace on, a note for a reserved lot")
    func frameworkLots() throws {
        let source = SourceFile(path: "framework.xml", text: """
            <tender xmlns="urn:tenderlint:tender-spec:1" id="TEST" framework="true">
              <buyer sector="nhs" jurisdiction="england">Test buyer</buyer>
              <dates publication="2026-06-01"/>
              <lot id="1"><evaluation><criterion id="price" kind="price" weight="100"/></evaluation></lot>
              <lot id="2">
                <net-zero><net-zero-commitment required="true"/></net-zero>
                <evaluation><criterion id="price" kind="price" weight="100"/></evaluation>
              </lot>
              <lot id="3" reserved-for="sme"><evaluation><criterion id="price" kind="price" weight="100"/></evaluation></lot>
            </tender>
            """)
        #expect(Self.netZero(source, asOf: "2025-06-01").first?.message.hasSuffix("lots 1, 2 and 3 of this framework do not ask for one") == true)
        let found = Self.netZero(source, asOf: "2025-06-01", parameters: Self.grace)
        #expect(Self.places(found) == ["NZ001 1:67"])
        let nz001 = try #require(found.first)
        #expect(nz001.message == "every new NHS framework, whatever its value, must ask for a Carbon Reduction Plan; lots 1 and 2 of this framework do not ask for one")
        #expect(nz001.help.count == 2)
        #expect(nz001.help[0].hasSuffix("/></net-zero> to the tender, before its first <lot>"))
        #expect(nz001.help[1].hasSuffix("at the start of lot 2's <net-zero>"))
        // Lot 3, reserved for SMEs, has until April 2026; from then on it is named too.
        #expect(nz001.notes.contains("lot 3 is reserved for SMEs or VCSEs and the smallSupplierGrace parameter is on, so NHS Carbon Reduction Plan requirements, April 2024 applies to it 2 years later, from 2026-04-01"))
        #expect(Self.netZero(source, asOf: "2026-04-01", parameters: Self.grace).first?.message.hasSuffix("lots 1, 2 and 3 of this framework do not ask for one") == true)
    }
}
