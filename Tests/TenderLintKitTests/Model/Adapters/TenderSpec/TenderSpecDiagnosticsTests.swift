import Foundation
import Testing
@testable import TenderLintKit

@Suite("Tender spec: values a schema cannot judge")
struct TenderSpecDiagnosticsTests {
    func findings(_ text: String, path: String) -> [Diagnostic] {
        readTenderSpec(text, path: path).diagnostics
    }

    func xml(_ body: String) -> String {
        "<tender xmlns=\"urn:tenderlint:tender-spec:1\" id=\"T\">\n<buyer sector=\"nhs\"/>\n\(body)\n</tender>"
    }

    @Test("reports a weight of 'ten' at its position", arguments: [
        ("t.xml", "<tender xmlns=\"urn:tenderlint:tender-spec:1\" id=\"T\"><buyer sector=\"nhs\"/><evaluation>\n  <criterion id=\"sv\" kind=\"social-value\" weight=\"ten\"/>\n</evaluation></tender>", "2:50"),
        ("t.json", "{\"tenderSpec\": \"1\", \"id\": \"T\", \"buyer\": {\"sector\": \"nhs\"}, \"evaluation\": {\"criteria\": [\n  {\"id\": \"sv\", \"kind\": \"social-value\", \"weight\": \"ten\"}]}}", "2:50"),
    ])
    func weightText(path: String, text: String, position: String) throws {
        let diagnostic = try #require(findings(text, path: path).first)
        #expect(diagnostic.rule == ModelRule.invalidValue)
        #expect(diagnostic.message == "the weight 'ten' is not a number")
        #expect(diagnostic.location.start.description == position)
    }

    @Test("says why a weight written as a number is refused, quoting at most 40 characters of it", arguments: [
        ("-5", "the weight '-5' is negative"),
        ("1e308", "the weight '1e308' is far too large"),
        ("1e-300", "the weight '1e-300' is too small to hold exactly"),
        (String(repeating: "9", count: 100_000), "the weight '\(String(repeating: "9", count: 40))…' is far too large"),
    ])
    func weightNumberRefused(number: String, message: String) throws {
        let text = "{\"tenderSpec\": \"1\", \"id\": \"T\", \"buyer\": {\"sector\": \"nhs\"}, \"evaluation\": {\"criteria\": [\n  {\"id\": \"sv\", \"kind\": \"social-value\", \"weight\": \(number)}]}}"
        let diagnostic = try #require(findings(text, path: "t.json").first)
        #expect(diagnostic.message == message)
        #expect(diagnostic.location.start.description == "2:50")
    }

    @Test("reads a weight of -0 as 0 and one with an exponent as the number it is", arguments: [
        ("-0", Decimal(0)), ("2.5e-1", Decimal(string: "0.25")!), ("\"1.5E1\"", Decimal(15)),
    ])
    func weightNumberRead(number: String, value: Decimal) throws {
        let text = "{\"tenderSpec\": \"1\", \"id\": \"T\", \"buyer\": {\"sector\": \"nhs\"}, \"evaluation\": {\"criteria\": [\n  {\"id\": \"sv\", \"kind\": \"social-value\", \"weight\": \(number)}]}}"
        let result = readTenderSpec(text, path: "t.json")
        let lot = try #require(result.tenders.first?.lots.first)
        #expect(lot.evaluation.allCriteria.first?.weight?.value == .percentage(value))
        #expect(!result.diagnostics.contains { $0.rule == ModelRule.invalidValue })
    }

    @Test("reports an impossible date at its position")
    func impossibleDate() throws {
        let diagnostic = try #require(findings(xml("<dates publication=\"2026-13-01\"/>\n<evaluation/>"), path: "t.xml").first)
        #expect(diagnostic.message == "the publication date '2026-13-01' is not a date")
        #expect(diagnostic.location.start.description == "3:21")
    }

    @Test("reports a misspelt currency with a suggestion and a fix")
    func currency() throws {
        let diagnostic = try #require(findings(xml("<value amount=\"5000000\" currency=\"GPB\"/>\n<evaluation/>"), path: "t.xml").first)
        #expect(diagnostic.message == "'GPB' is not an ISO 4217 currency code; did you mean 'GBP'?")
        #expect(diagnostic.location.start.description == "3:35")
        #expect(diagnostic.fixIts.first?.replacement == "GBP")
    }

    @Test("reports an unknown field as a warning with a did-you-mean")
    func unknownField() throws {
        let found = findings(xml("<evaluation><criterion id=\"a\" kind=\"price\" wieght=\"40\"/></evaluation>"), path: "t.xml")
        let diagnostic = try #require(found.first)
        #expect(found.count == 1)
        #expect(diagnostic.rule == ModelRule.unknownField)
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.message == "a criterion has no field 'wieght'; did you mean 'weight'?")
    }

    @Test("the did-you-mean fix for a misspelt field leaves a document that reads without the finding", arguments: [
        ("t.json", "{\"tenderSpec\": \"1\", \"id\": \"T\", \"buyer\": {\"sector\": \"nhs\"}, \"evaluation\": {\"criteria\": [\n  {\"id\": \"a\", \"kind\": \"price\", \"wieght\": 100}]}}"),
        ("t.xml", "<tender xmlns=\"urn:tenderlint:tender-spec:1\" id=\"T\">\n<buyer sector=\"nhs\"/>\n<evaluation><criterion id=\"a\" kind=\"price\" wieght=\"100\"/></evaluation>\n</tender>"),
        ("t.xml", "<tender xmlns=\"urn:tenderlint:tender-spec:1\" id=\"T\">\n<buyer sector=\"nhs\"/>\n<evaluation><criterion id=\"a\" kind=\"price\" weight=\"100\"/></evaluation>\n<tittle/>\n</tender>"),
        ("t.xml", "<tender xmlns=\"urn:tenderlint:tender-spec:1\" id=\"T\">\n<buyer sector=\"nhs\"/>\n<tittle>Care</tittle >\n<evaluation><criterion id=\"a\" kind=\"price\" weight=\"100\"/></evaluation>\n</tender>"),
        ("t.xml", "<ts:tender xmlns:ts=\"urn:tenderlint:tender-spec:1\" id=\"T\">\n<ts:buyer sector=\"nhs\"/>\n<ts:tittle>Care</ts:tittle>\n<ts:evaluation><ts:criterion id=\"a\" kind=\"price\" weight=\"100\"/></ts:evaluation>\n</ts:tender>"),
    ])
    func unknownFieldFixApplies(path: String, text: String) throws {
        let diagnostic = try #require(findings(text, path: path).first { $0.rule == ModelRule.unknownField })
        let fix = try #require(diagnostic.fixIts.first)
        let bytes = try #require(fix.applied(to: Array(text.utf8)))
        let fixed = findings(String(decoding: bytes, as: UTF8.self), path: path)
        #expect(!fixed.contains { $0.rule == ModelRule.unknownField || $0.rule.id == "TL001" || $0.rule.id == "TL002" }, "\(fixed.map(\.message))")
    }

    @Test("the fix for a misspelt XML element with an end tag renames both tags, as one fix of two edits")
    func unknownElementWithEndTag() throws {
        let text = "<tender xmlns=\"urn:tenderlint:tender-spec:1\" id=\"T\">\n<buyer sector=\"nhs\"/>\n<tittle>Care</tittle>\n<evaluation/>\n</tender>"
        let diagnostic = try #require(findings(text, path: "t.xml").first { $0.rule == ModelRule.unknownField })
        #expect(diagnostic.message.hasSuffix("did you mean 'title'?"))
        #expect(diagnostic.fixIts.count == 1)
        let fix = try #require(diagnostic.fixIts.first)
        #expect(fix.summary == "rename it to 'title'")
        #expect(fix.edits.map { "\($0.location.start)-\($0.location.end) \($0.replacement)" } == ["3:2-3:8 title", "3:15-3:21 title"])
        #expect(diagnostic.help.isEmpty)
    }

    @Test("reports two weight forms on one criterion")
    func twoWeightForms() throws {
        let diagnostic = try #require(findings(xml("<evaluation><criterion id=\"a\" kind=\"price\" weight=\"40\" points=\"4\"/></evaluation>"), path: "t.xml").first)
        #expect(diagnostic.message == "this criterion has both weight and points; a criterion is weighted one way only")
    }

    @Test("reports a weight over 100% and a fraction over 1")
    func outOfRange() {
        let found = findings(xml("<evaluation><criterion id=\"a\" kind=\"price\" weight=\"140\"/><criterion id=\"b\" kind=\"price\" weight=\"1.5\" weight-unit=\"fraction\"/></evaluation>"), path: "t.xml")
        #expect(found.map(\.message) == ["the weight '140' is more than 100%", "the weight '1.5' is more than 1 (the whole)"])
    }

    @Test("reports missing required fields")
    func missingFields() {
        let found = findings("<tender xmlns=\"urn:tenderlint:tender-spec:1\"><buyer/><evaluation><criterion weight=\"5\"/></evaluation></tender>", path: "t.xml")
        #expect(found.map(\.message) == ["the tender has no id", "the buyer has no sector", "this criterion has no id", "this criterion has no kind"])
        #expect(found.allSatisfy { $0.rule == ModelRule.missingField })
    }

    @Test("reports a value of the wrong JSON type")
    func wrongJSONType() throws {
        let found = findings("{\"tenderSpec\": \"1\", \"id\": \"T\", \"framework\": \"yes\", \"buyer\": {\"sector\": \"nhs\"}, \"evaluation\": {\"criteria\": []}}", path: "t.json")
        #expect(found.map(\.message) == ["framework should be true or false"])
    }

    @Test("reports a version it does not read")
    func version() {
        let found = findings("{\"tenderSpec\": \"2\", \"id\": \"T\", \"buyer\": {\"sector\": \"nhs\"}, \"evaluation\": {\"criteria\": []}}", path: "t.json")
        #expect(found.first?.message == "this file is tender-spec version '2'; tenderlint reads version 1")
    }

    @Test("says a document that is no tender was skipped, as info", arguments: [
        ("a.json", "{\"weights\": [1, 2]}"), ("a.xml", "<catalogue xmlns=\"urn:other\"/>"), ("b.xml", "<tender id=\"1\"/>"),
    ])
    func notATender(path: String, text: String) throws {
        let (tenders, diagnostics) = readTenderSpec(text, path: path)
        #expect(tenders.isEmpty)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.rule == ModelRule.notATenderDocument)
        #expect(diagnostic.severity == .info)
        #expect(diagnostic.message.hasSuffix("is not a tender document, so it was skipped"))
    }
}

@Suite("Tender spec: lot terms and consistency checks")
struct TenderSpecConsistencyTests {
    @Test("reads a lot's own net zero terms and falls back to the tender's")
    func lotNetZero() throws {
        let text = """
            <tender xmlns="urn:tenderlint:tender-spec:1" id="T"><buyer sector="nhs"/>
              <net-zero><public-reporting required="true"/></net-zero>
              <lot id="1"><net-zero><carbon-reduction-plan required="true"/></net-zero><evaluation/></lot>
              <lot id="2"><evaluation/></lot>
            </tender>
            """
        let (tenders, diagnostics) = readTenderSpec(text, path: "t.xml")
        #expect(diagnostics.isEmpty)
        let tender = try #require(tenders.first)
        #expect(tender.netZero(of: tender.lots[0]).carbonReductionPlan?.required.value == true)
        #expect(tender.netZero(of: tender.lots[1]).carbonReductionPlan == nil)
        #expect(tender.netZero(of: tender.lots[1]).publicReporting?.required.value == true)
    }

    @Test("reports a tender without a buyer, durations given twice or half, and a weight unit without a weight")
    func consistency() {
        let text = """
            <tender xmlns="urn:tenderlint:tender-spec:1" id="T">
              <duration months="12" start="2026-01-01" end="2026-12-31"/>
              <lot id="1"><duration start="2026-01-01"/><evaluation><criterion id="a" kind="price" weight-unit="fraction"/></evaluation></lot>
            </tender>
            """
        let found = readTenderSpec(text, path: "t.xml").diagnostics
        #expect(found.map(\.message) == [
            "the tender has no buyer",
            "the duration gives both months and dates; give one or the other",
            "the duration needs both a start and an end date",
            "a weight unit is given but there is no weight",
        ])
    }
}
