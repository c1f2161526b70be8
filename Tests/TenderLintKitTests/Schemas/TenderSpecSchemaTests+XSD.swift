import Foundation
import TenderLintKit
import Testing

/// The XML spelling: the XSD compiles, the samples validate, and it rejects and accepts what it should.
extension TenderSpecSchemaTests {
    /// A small valid tender; each negative case changes one thing in it.
    static let validXML = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- a comment before the root -->
        <?tenderlint disable SV001?>
        <tender xmlns="urn:tenderlint:tender-spec:1" id="T-1" framework="false">
          <!-- comments and processing instructions are allowed anywhere -->
          <buyer sector="nhs" region="North Central London ICS">NHS North Central London ICB</buyer>
          <dates publication="2026-03-02"/>
          <value amount="31000000" currency="GBP" vat="excluded" basis="total"/>
          <duration months="60"/>
          <net-zero>
            <carbon-reduction-plan required="true" standard="nhs" scopes="1 2 3-business-travel" net-zero-by="2045"/>
          </net-zero>
          <evaluation>
            <?tenderlint disable SV002?>
            <criterion id="price" kind="price" weight="40"/>
            <criterion id="quality" kind="quality" weight="60">
              <criterion id="delivery" kind="quality" weight="80"/>
              <criterion id="social-value" kind="social-value" weight="20"><!-- 12% of the total -->
                <measure framework="illustrative-toms" code="ILLUS-NT1" target="12" unit="FTE"/>
              </criterion>
            </criterion>
          </evaluation>
        </tender>
        """

    static func validateXML(_ text: String, name: String = "inline.xml") -> XSDValidation.Result {
        XSDValidation.validate(Array(text.utf8), named: name, against: SchemaFiles.xsd.path)
    }

    @Test("the XSD is a valid XML Schema that libxml2 compiles")
    func xsdCompiles() throws {
        let result = Self.validateXML(Self.validXML)
        #expect(result.schemaProblems.isEmpty, "\(result.schemaProblems)")
        #expect(result.documentProblems.isEmpty, "\(result.documentProblems)")
    }

    @Test("every XML sample validates against the XSD")
    func xmlSamplesValidate() throws {
        let samples = SchemaFiles.samples(withExtension: "xml")
        #expect(!samples.isEmpty, "no XML samples found under \(SchemaFiles.samples.path)")
        for sample in samples {
            let path = SchemaFiles.samples.appendingPathComponent(sample).path
            let bytes = try #require(FileManager.default.contents(atPath: path), "cannot read \(path)")
            let result = XSDValidation.validate([UInt8](bytes), named: "Samples/\(sample)", against: SchemaFiles.xsd.path)
            #expect(result.isValid, "Samples/\(sample): \(result.schemaProblems + result.documentProblems)")
        }
    }

    static let xmlMistakes: [Mistake] = [
        Mistake(name: "a misspelt element", replacing: "<criterion id=\"price\" kind=\"price\" weight=\"40\"/>",
                with: "<critrion id=\"price\" kind=\"price\" weight=\"40\"/>", expected: "critrion"),
        Mistake(name: "a misspelt attribute", replacing: "kind=\"price\" weight=\"40\"",
                with: "kind=\"price\" wieght=\"40\"", expected: "wieght"),
        Mistake(name: "a bad enumeration value", replacing: "kind=\"social-value\"",
                with: "kind=\"social value\"", expected: "social value"),
        Mistake(name: "a bad sector", replacing: "sector=\"nhs\"", with: "sector=\"NHS\"", expected: "NHS"),
        Mistake(name: "a bad scope", replacing: "scopes=\"1 2 3-business-travel\"",
                with: "scopes=\"1 2 3-travel\"", expected: "3-travel"),
        Mistake(name: "two weight forms on one criterion", replacing: "kind=\"price\" weight=\"40\"",
                with: "kind=\"price\" weight=\"40\" points=\"40\"", expected: "at-most-one-of-weight-points-order-formula"),
        Mistake(name: "two weight forms on a sub-criterion", replacing: "kind=\"quality\" weight=\"80\"",
                with: "kind=\"quality\" order=\"1\" formula=\"p / q\"", expected: "at-most-one-of-weight-points-order-formula"),
        Mistake(name: "a weight that is not a number", replacing: "weight=\"40\"", with: "weight=\"forty\"", expected: "forty"),
        Mistake(name: "months and dates on one duration", replacing: "<duration months=\"60\"/>",
                with: "<duration months=\"60\" start=\"2026-07-01\" end=\"2031-06-30\"/>", expected: "months-or-start-and-end"),
        Mistake(name: "a date that is not YYYY-MM-DD", replacing: "publication=\"2026-03-02\"",
                with: "publication=\"02/03/2026\"", expected: "02/03/2026"),
        Mistake(name: "a missing required attribute", replacing: " id=\"T-1\"", with: "", expected: "'id' is required"),
        Mistake(name: "lots and an evaluation together", replacing: "</evaluation>",
                with: "</evaluation><lot id=\"1\"><evaluation><criterion id=\"p\" kind=\"price\" weight=\"100\"/></evaluation></lot>",
                expected: "lot"),
        Mistake(name: "another namespace", replacing: "urn:tenderlint:tender-spec:1", with: "urn:tenderlint:tender-spec:draft",
                expected: "No matching global declaration"),
        Mistake(name: "an above-threshold that is not true or false", replacing: "framework=\"false\"",
                with: "framework=\"false\" above-threshold=\"yes\"", expected: "above-threshold"),
        Mistake(name: "an above-threshold written 1", replacing: "framework=\"false\"",
                with: "framework=\"false\" above-threshold=\"1\"", expected: "above-threshold"),
        Mistake(name: "a bad regime", replacing: "framework=\"false\"", with: "framework=\"false\" regime=\"pa-2023\"", expected: "'pa-2023'"),
        Mistake(name: "a bad jurisdiction", replacing: "sector=\"nhs\"", with: "sector=\"nhs\" jurisdiction=\"uk\"", expected: "'uk'"),
        Mistake(name: "a jurisdiction in capitals", replacing: "sector=\"nhs\"", with: "sector=\"nhs\" jurisdiction=\"England\"",
                expected: "'England'"),
        Mistake(name: "a failure-disqualifies that is not true or false", replacing: "<evaluation>",
                with: "<evaluation failure-disqualifies=\"no\">", expected: "failure-disqualifies"),
        Mistake(name: "community benefits without included", replacing: "<net-zero>",
                with: "<social-value><community-benefits>Two apprenticeships.</community-benefits></social-value><net-zero>",
                expected: "'included' is required"),
        Mistake(name: "community benefits with an included that is not true or false", replacing: "<net-zero>",
                with: "<social-value><community-benefits included=\"maybe\"/></social-value><net-zero>", expected: "included"),
        Mistake(name: "community benefits twice", replacing: "<net-zero>",
                with: "<social-value><community-benefits included=\"true\">A</community-benefits><community-benefits included=\"false\"/></social-value><net-zero>",
                expected: "community-benefits': This element is not expected"),
        Mistake(name: "community benefits before the exception", replacing: "<net-zero>",
                with: "<social-value><community-benefits included=\"true\">A</community-benefits><exception kind=\"immature-market\">B</exception></social-value><net-zero>",
                expected: "exception': This element is not expected"),
        Mistake(name: "a bad social value exception kind", replacing: "<net-zero>",
                with: "<social-value><exception kind=\"not relevant\">Why.</exception></social-value><net-zero>", expected: "'not relevant'"),
        Mistake(name: "a bad net zero exception kind", replacing: "</net-zero>",
                with: "<exception kind=\"not-relevant\">Too small.</exception></net-zero>", expected: "'not-relevant'"),
        Mistake(name: "a net zero exception without a kind", replacing: "</net-zero>",
                with: "<exception>Too small.</exception></net-zero>", expected: "'kind' is required"),
        Mistake(name: "a net zero exception before the plan", replacing: "<net-zero>",
                with: "<net-zero><exception kind=\"not-relevant-or-proportionate\">Too small.</exception>",
                expected: "carbon-reduction-plan': This element is not expected"),
        Mistake(name: "two net zero exceptions", replacing: "</net-zero>",
                with: "<exception kind=\"not-relevant-or-proportionate\">A</exception><exception kind=\"not-relevant-or-proportionate\">B</exception></net-zero>",
                expected: "exception': This element is not expected"),
    ]

    @Test("the XSD rejects", arguments: xmlMistakes)
    func xsdRejects(_ mistake: Mistake) throws {
        #expect(Self.validXML.contains(mistake.replacing), "the valid tender has no \(mistake.replacing)")
        let text = Self.validXML.replacingOccurrences(of: mistake.replacing, with: mistake.with)
        let result = Self.validateXML(text)
        #expect(result.schemaProblems.isEmpty, "\(result.schemaProblems)")
        #expect(!result.documentProblems.isEmpty, "accepted \(mistake.name)")
        #expect(result.documentProblems.contains { $0.message.contains(mistake.expected) },
                "rejected, but not for \(mistake.expected): \(result.documentProblems)")
        #expect(result.documentProblems.allSatisfy { $0.line > 0 }, "\(result.documentProblems)")
    }

    @Test("the XSD accepts", arguments: uses.filter { !$0.xml.isEmpty })
    func xsdAccepts(_ use: Use) throws {
        for change in use.xml {
            #expect(Self.validXML.contains(change.replacing), "the valid tender has no \(change.replacing)")
        }
        let result = Self.validateXML(Use.apply(use.xml, to: Self.validXML))
        #expect(result.isValid, "\(use.name): \(result.schemaProblems + result.documentProblems)")
    }

    @Test("the XSD accepts every sector, jurisdiction, regime and exception kind tenderlint reads")
    func xsdAcceptsEveryReadableValue() throws {
        #expect(Self.readableValues.count >= 5)
        for values in Self.readableValues {
            let result = Self.validateXML(Use.apply(Self.readable(values).xml, to: Self.validXML))
            #expect(result.isValid, "\(values): \(result.schemaProblems + result.documentProblems)")
        }
    }
}
