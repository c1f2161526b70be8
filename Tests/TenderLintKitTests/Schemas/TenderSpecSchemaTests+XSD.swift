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

    @Test("the XSD rejects", arguments: mistakes.filter { $0.xml != nil })
    func xsdRejects(_ mistake: Mistake) throws {
        let spelling = try #require(mistake.xml)
        #expect(Self.validXML.contains(spelling.change.replacing), "the valid tender has no \(spelling.change.replacing)")
        let text = Self.validXML.replacingOccurrences(of: spelling.change.replacing, with: spelling.change.with)
        let result = Self.validateXML(text)
        #expect(result.schemaProblems.isEmpty, "\(result.schemaProblems)")
        #expect(!result.documentProblems.isEmpty, "accepted \(mistake.name)")
        #expect(result.documentProblems.contains { $0.message.contains(spelling.expected) },
                "rejected, but not for \(spelling.expected): \(result.documentProblems)")
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
