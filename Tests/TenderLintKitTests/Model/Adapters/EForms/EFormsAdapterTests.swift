import Foundation
import Testing
@testable import TenderLintKit

@Suite("eForms: notices, lots and values")
struct EFormsAdapterTests {
    typealias T = EFormsTesting

    func tree(_ text: String) throws -> LocatedTree {
        try #require(XMLReader().read(SourceFile(path: "doc.xml", text: text)).documents.first)
    }

    @Test("recognises contract, contract award and prior information notices by their namespace", arguments: [
        "ContractNotice", "ContractAwardNotice", "PriorInformationNotice",
    ])
    func recognisesNotices(type: String) throws {
        #expect(EFormsAdapter().recognises(try tree(T.notice("", type: type))))
    }

    @Test("does not recognise a ContractNotice element in another namespace, or other documents")
    func rejectsOthers() throws {
        let adapter = EFormsAdapter()
        let impostor = try tree(#"<ContractNotice xmlns="urn:example:not-ubl"><ID>1</ID></ContractNotice>"#)
        #expect(!adapter.recognises(impostor))
        #expect(adapter.tenders(in: impostor, vocabulary: .english).tenders.isEmpty)
        #expect(!adapter.recognises(try tree(#"<tender xmlns="urn:tenderlint:tender-spec:1"/>"#)))
        #expect(!adapter.recognises(try #require(JSONReader().read(SourceFile(path: "a.json", text: #"{"tender": {}}"#)).documents.first)))
    }

    @Test("matches elements by namespace, whatever prefixes the publisher chose")
    func anyPrefixes() throws {
        let text = """
            <n:ContractNotice xmlns:n="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2" \
            xmlns:a="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" \
            xmlns="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2" \
            xmlns:x="urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2" \
            xmlns:e="http://data.europa.eu/p27/eforms-ubl-extensions/1" \
            xmlns:ea="http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1" \
            xmlns:eb="http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1">
            <x:UBLExtensions><x:UBLExtension><x:ExtensionContent><e:EformsExtension><ea:Organizations><ea:Organization><ea:Company>
            <a:PartyIdentification><ID>ORG-7</ID></a:PartyIdentification><a:PartyName><Name>NHS North Central London ICB</Name></a:PartyName>
            </ea:Company></ea:Organization></ea:Organizations></e:EformsExtension></x:ExtensionContent></x:UBLExtension></x:UBLExtensions>
            <ContractFolderID>F-9</ContractFolderID>
            <a:ContractingParty><a:Party><a:PartyIdentification><ID>ORG-7</ID></a:PartyIdentification></a:Party></a:ContractingParty>
            <a:ProcurementProjectLot><ID schemeName="Lot">LOT-1</ID><a:TenderingTerms><a:AwardingTerms><a:AwardingCriterion>
            <a:SubordinateAwardingCriterion>
            <x:UBLExtensions><x:UBLExtension><x:ExtensionContent><e:EformsExtension><ea:AwardCriterionParameter>
            <eb:ParameterCode listName="number-weight">per-exa</eb:ParameterCode><eb:ParameterNumeric>10</eb:ParameterNumeric>
            </ea:AwardCriterionParameter></e:EformsExtension></x:ExtensionContent></x:UBLExtension></x:UBLExtensions>
            <AwardingCriterionTypeCode listName="award-criterion-type">quality</AwardingCriterionTypeCode><Name>Social value</Name>
            </a:SubordinateAwardingCriterion>
            </a:AwardingCriterion></a:AwardingTerms></a:TenderingTerms></a:ProcurementProjectLot>
            </n:ContractNotice>
            """
        let reading = try T.inline(text)
        let tender = try reading.tender
        #expect(reading.diagnostics.isEmpty)
        #expect(tender.id?.value == "F-9")
        #expect(tender.buyer.name?.value == "NHS North Central London ICB")
        #expect(tender.lots.first?.id?.value == "LOT-1")
        #expect(try reading.criteria.map(\.weight?.value) == [.percentage(10)])
        #expect(try reading.criteria.map(\.kind.value) == [.socialValue])
    }

    @Test("falls back on the notice id, and prefers the requested publication date for planned publication")
    func idAndDates() throws {
        let text = """
            <?xml version="1.0"?>
            <ContractNotice xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2" \(T.namespaces)>
            <cbc:ID>N-42</cbc:ID>
            <cbc:IssueDate>2026-03-02Z</cbc:IssueDate>
            <cbc:RequestedPublicationDate>2026-03-09+01:00</cbc:RequestedPublicationDate>
            </ContractNotice>
            """
        let reading = try T.inline(text)
        let tender = try reading.tender
        #expect(tender.id?.value == "N-42")
        #expect(tender.plannedPublication?.value == CalendarDate(year: 2026, month: 3, day: 9))
        #expect(tender.plannedPublication?.origin?.location.start.line == 5)
        #expect(tender.procurementStart?.value == CalendarDate(year: 2026, month: 3, day: 2))
    }

    @Test("gives a notice without lots one implicit lot")
    func implicitLot() throws {
        let tender = try T.inline(T.notice("")).tender
        #expect(tender.lots.count == 1)
        #expect(tender.lots.first?.isImplicit == true)
        #expect(tender.lots.first?.evaluation.criteria.isEmpty == true)
    }

    @Test("skips groups of lots, and reads the parts of a prior information notice when it has no lots")
    func partsAndGroups() throws {
        let withGroup = try T.inline(T.notice(T.lot("LOT-0001") + T.lot("GLO-0001", scheme: "LotsGroup") + T.lot("LOT-0002"))).tender
        #expect(withGroup.lots.map(\.id?.value) == ["LOT-0001", "LOT-0002"])
        let parts = try T.inline(T.notice(T.lot("PAR-0001", scheme: "Part") + T.lot("PAR-0002", scheme: "Part"), type: "PriorInformationNotice")).tender
        #expect(parts.lots.map(\.id?.value) == ["PAR-0001", "PAR-0002"])
        #expect(parts.lots.map(\.title?.value) == ["Lot PAR-0001", "Lot PAR-0002"])
    }

    @Test("reads each lot's estimated value and planned duration in its stated unit", arguments: [
        ("36", "MONTH", StatedLength(36, .month)), ("2", "YEAR", StatedLength(2, .year)), ("365", "DAY", StatedLength(365, .day)),
        ("52", "WEEK", StatedLength(52, .week)),
    ])
    func lotValueAndDuration(number: String, unit: String, length: StatedLength) throws {
        let project = """
            <cac:RequestedTenderTotal><cbc:EstimatedOverallContractAmount currencyID="GBP">31000000.50</cbc:EstimatedOverallContractAmount></cac:RequestedTenderTotal>
            <cac:PlannedPeriod><cbc:DurationMeasure unitCode="\(unit)">\(number)</cbc:DurationMeasure></cac:PlannedPeriod>
            """
        let reading = try T.inline(T.notice(T.lot(project: project)))
        #expect(reading.diagnostics.isEmpty)
        let lot = try #require(try reading.tender.lots.first)
        #expect(lot.value?.amount.value == Decimal(string: "31000000.50"))
        #expect(lot.value?.currency.value == "GBP")
        #expect(lot.value?.currency.origin?.location.start == reading.position(of: "GBP"))
        #expect(lot.duration?.stated?.value == length)
    }

    @Test("an end before the start and a duration of no days are positioned errors, and give no length")
    func impossiblePeriods() throws {
        let backwards = """
            <cac:PlannedPeriod><cbc:StartDate>2026-04-02Z</cbc:StartDate><cbc:EndDate>2026-03-31Z</cbc:EndDate></cac:PlannedPeriod>
            """
        let none = #"<cac:PlannedPeriod><cbc:DurationMeasure unitCode="DAY">0</cbc:DurationMeasure></cac:PlannedPeriod>"#
        let reading = try T.inline(T.notice(T.lot("LOT-0001", project: backwards) + T.lot("LOT-0002", project: none)))
        let errors = reading.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 2)
        #expect(errors.allSatisfy { $0.ruleID == "TL005" })
        #expect(errors.first?.message.hasPrefix("the planned period ends") == true)
        #expect(errors.first?.location.start == reading.position(of: "2026-03-31Z"))
        #expect(errors.last?.location.start == reading.position(of: "0</cbc:DurationMeasure>"))
        #expect(try reading.tender.lots.allSatisfy { $0.duration?.length == nil })
    }

    @Test("reads a lot's renewal and options, so a value that may cover them says so")
    func renewalAndOptions() throws {
        let project = """
            <cac:PlannedPeriod><cbc:DurationMeasure unitCode="YEAR">2</cbc:DurationMeasure></cac:PlannedPeriod>
            <cac:ContractExtension><cbc:OptionsDescription>A further 12 months of support.</cbc:OptionsDescription>
            <cac:Renewal><cac:Period><cbc:Description>Renewable once for 2 years.</cbc:Description></cac:Period></cac:Renewal></cac:ContractExtension>
            """
        let reading = try T.inline(T.notice(T.lot(project: project)))
        let extensions = try #require(try reading.tender.lots.first?.duration?.extensions)
        #expect(extensions.map(\.kind) == [.renewal, .options])
        #expect(extensions.map { $0.description?.value } == ["Renewable once for 2 years.", "A further 12 months of support."])
    }

    @Test("reports an amount that is not a number as TL005 and leaves the value out")
    func malformedAmount() throws {
        let project = #"<cac:RequestedTenderTotal><cbc:EstimatedOverallContractAmount currencyID="GBP">12,5O0</cbc:EstimatedOverallContractAmount></cac:RequestedTenderTotal>"#
        let reading = try T.inline(T.notice(T.lot(project: project)))
        let diagnostic = try #require(reading.diagnostics.first)
        #expect(reading.diagnostics.count == 1)
        #expect(diagnostic.ruleID == "TL005")
        #expect(diagnostic.message == "the estimated value '12,5O0' is not a number")
        #expect(diagnostic.location.start == reading.position(of: "12,5O0"))
        #expect(diagnostic.documentPath?.hasSuffix("/cac:RequestedTenderTotal/cbc:EstimatedOverallContractAmount") == true)
        #expect(try reading.tender.lots.first?.value == nil)
    }

    @Test("reports a missing or malformed currency, an unknown duration unit and an impossible date")
    func otherMalformedValues() throws {
        let project = """
            <cac:RequestedTenderTotal><cbc:EstimatedOverallContractAmount>100</cbc:EstimatedOverallContractAmount></cac:RequestedTenderTotal>
            <cac:PlannedPeriod><cbc:DurationMeasure unitCode="FORTNIGHT">3</cbc:DurationMeasure><cbc:StartDate>2026-13-01</cbc:StartDate></cac:PlannedPeriod>
            """
        let other = #"<cac:RequestedTenderTotal><cbc:EstimatedOverallContractAmount currencyID="gbp">100</cbc:EstimatedOverallContractAmount></cac:RequestedTenderTotal>"#
        let reading = try T.inline(T.notice(T.lot("LOT-0001", project: project) + T.lot("LOT-0002", project: other)))
        #expect(reading.diagnostics.map(\.message) == [
            "the estimated value 100 has no currency",
            "'FORTNIGHT' is not a unit of duration",
            "the planned start date '2026-13-01' is not a date",
            "the currency 'gbp' is not an ISO 4217 code",
        ])
        #expect(reading.diagnostics.allSatisfy { $0.ruleID == "TL005" && $0.severity == .error })
        #expect(reading.diagnostics[1].location.start == reading.position(of: "FORTNIGHT"))
        #expect(reading.diagnostics[2].location.start == reading.position(of: "2026-13-01"))
        let lots = try reading.tender.lots
        #expect(lots.allSatisfy { $0.value == nil && $0.duration == nil })
    }

    @Test("reads lots reserved to sheltered workshops or public service mutuals as reserved for VCSEs")
    func reservations() throws {
        func requirement(_ code: String) -> String {
            #"<cac:TendererQualificationRequest><cac:SpecificTendererRequirement><cbc:TendererRequirementTypeCode listName="reserved-procurement">\#(code)</cbc:TendererRequirementTypeCode></cac:SpecificTendererRequirement></cac:TendererQualificationRequest>"#
        }
        let reading = try T.inline(T.notice(
            T.lot("LOT-1", terms: requirement("res-ws")) + T.lot("LOT-2", terms: requirement("res-pub-ser")) + T.lot("LOT-3", terms: requirement("none"))
        ))
        let lots = try reading.tender.lots
        #expect(lots.map { $0.reservedFor.map(\.value) } == [[.vcse], [.vcse], []])
        #expect(lots[0].reservedFor.first?.origin?.location.start == reading.position(of: "res-ws"))
    }

    @Test("is a framework when any lot's framework-agreement code is fa-*")
    func framework() throws {
        func system(_ code: String) -> String {
            #"<cac:TenderingProcess><cac:ContractingSystem><cbc:ContractingSystemTypeCode listName="framework-agreement">\#(code)</cbc:ContractingSystemTypeCode></cac:ContractingSystem></cac:TenderingProcess>"#
        }
        let lots = T.lot("LOT-1").replacingOccurrences(of: "<cac:ProcurementProject>", with: system("none") + "<cac:ProcurementProject>")
            + T.lot("LOT-2").replacingOccurrences(of: "<cac:ProcurementProject>", with: system("fa-mix") + "<cac:ProcurementProject>")
        let reading = try T.inline(T.notice(lots))
        let isFramework = try #require(try reading.tender.isFramework)
        #expect(isFramework.value == true)
        #expect(isFramework.origin?.location.start == reading.position(of: "fa-mix"))
        #expect(try T.inline(T.notice(T.lot())).tender.isFramework == nil)
    }
}
