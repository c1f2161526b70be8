import Foundation
import Testing
@testable import TenderLintKit

@Suite("eForms: texts in several languages")
struct EFormsTextTests {
    typealias T = EFormsTesting

    /// A notice in `language` with one lot whose title and one criterion come in the given versions.
    func notice(language: String? = "ENG", titles: [String], names: [String], descriptions: [String] = [], body: String = "") -> String {
        let languageCode = language.map { "<cbc:NoticeLanguageCode>\($0)</cbc:NoticeLanguageCode>" } ?? ""
        let criterion = """
            <cac:SubordinateAwardingCriterion>
            <cbc:AwardingCriterionTypeCode listName="award-criterion-type">quality</cbc:AwardingCriterionTypeCode>
            \(names.joined(separator: "\n"))
            \(descriptions.joined(separator: "\n"))
            </cac:SubordinateAwardingCriterion>
            """
        return T.notice("""
            \(languageCode)
            \(body)
            <cac:ProcurementProjectLot>
            <cbc:ID schemeName="Lot">LOT-0001</cbc:ID>
            <cac:TenderingTerms><cac:AwardingTerms><cac:AwardingCriterion>\(criterion)</cac:AwardingCriterion></cac:AwardingTerms></cac:TenderingTerms>
            <cac:ProcurementProject>\(titles.joined(separator: "\n"))</cac:ProcurementProject>
            </cac:ProcurementProjectLot>
            """)
    }

    // MARK: The SDK's multilingual notice

    @Test("cn_24_multilingual: the English notice keeps the English buyer name, title and criterion description, though Bulgarian comes first",
          .enabled(if: Fixtures.eFormsSDKAvailable, Fixtures.eFormsSDKUnavailable))
    func multilingualNotice() throws {
        let reading = try T.sdkExample("cn_24_multilingual.xml")
        let tender = try reading.tender
        #expect(tender.buyer.name?.value == "Publications Office of the European Union")
        #expect(tender.buyer.name?.origin?.location.start == reading.position(of: "Publications Office of the European Union"))
        let criteria = try reading.criteria
        #expect(criteria.first?.description?.value == "Technical award criteria as stated in the procurement documents")
        #expect(criteria.first?.description?.origin?.location.start
                == reading.position(of: "Technical award criteria as stated in the procurement documents"))
        // Every language is one the notice declares: nothing to warn of.
        #expect(reading.diagnostics.isEmpty, "\(reading.diagnostics.map(\.message))")
    }

    // MARK: Choosing the version to keep

    @Test("keeps the notice language's version first: a Welsh notice keeps the Welsh title and criterion name")
    func noticeLanguageFirst() throws {
        let text = notice(
            language: "CYM",
            titles: [#"<cbc:Name languageID="ENG">School meals</cbc:Name>"#, #"<cbc:Name languageID="CYM">Prydau ysgol</cbc:Name>"#],
            names: [#"<cbc:Name languageID="ENG">Delivery plan</cbc:Name>"#, #"<cbc:Name languageID="CYM">Cynllun cyflawni</cbc:Name>"#]
        )
        let reading = try T.inline(text)
        let lot = try #require(try reading.tender.lots.first)
        #expect(lot.title?.value == "Prydau ysgol")
        #expect(lot.title?.origin?.location.start == reading.position(of: "Prydau ysgol"))
        #expect(try reading.criteria.first?.name?.value == "Cynllun cyflawni")
        #expect(reading.diagnostics.isEmpty)
    }

    @Test("falls back to English when no version is in the notice language, then to the first given")
    func fallbacks() throws {
        let english = try T.inline(notice(
            language: "FRA",
            titles: [#"<cbc:Name languageID="DEU">Schulessen</cbc:Name>"#, #"<cbc:Name languageID="ENG">School meals</cbc:Name>"#],
            names: [#"<cbc:Name languageID="DEU">Lieferplan</cbc:Name>"#, #"<cbc:Name languageID="ITA">Piano di consegna</cbc:Name>"#]
        ))
        #expect(try english.tender.lots.first?.title?.value == "School meals")
        #expect(try english.criteria.first?.name?.value == "Lieferplan")
    }

    // MARK: Recognition over every language

    @Test("recognises a criterion by its English name when the notice keeps the Welsh one, pointing at the English words")
    func recognisedInAnyLanguage() throws {
        let reading = try T.inline(notice(
            language: "CYM", titles: [],
            names: [#"<cbc:Name languageID="CYM">Gwerth cymdeithasol</cbc:Name>"#, #"<cbc:Name languageID="ENG">Social value</cbc:Name>"#]
        ))
        let criterion = try #require(try reading.criteria.first)
        #expect(criterion.name?.value == "Gwerth cymdeithasol")
        #expect(criterion.kind.value == .socialValue)
        #expect(criterion.kindRecognition?.phrase == "social value")
        #expect(criterion.kindRecognition?.origin?.location.start == reading.position(of: "Social value"))
        #expect(criterion.publishedType?.value == "quality")
    }

    @Test("searches every language of a description, and of the lot's title, for social value and net zero wording")
    func signalsInAnyLanguage() throws {
        let reading = try T.inline(notice(
            language: "CYM",
            titles: [#"<cbc:Name languageID="CYM">Fflyd</cbc:Name>"#, #"<cbc:Name languageID="ENG">Zero emission fleet</cbc:Name>"#],
            names: [#"<cbc:Name languageID="CYM">Dull</cbc:Name>"#],
            descriptions: [
                #"<cbc:Description languageID="CYM">Cynllun</cbc:Description>"#,
                #"<cbc:Description languageID="ENG">Suppliers provide a Carbon Reduction Plan</cbc:Description>"#,
            ]
        ))
        let tender = try reading.tender
        #expect(tender.lots.first?.title?.value == "Fflyd")
        #expect(tender.netZero.recognitions.map(\.origin?.location.start) == [reading.position(of: "Zero emission fleet")])
        #expect(tender.netZero.carbonReductionPlan?.recognition?.origin?.location.start == reading.position(of: "Suppliers provide"))
        // The description speaks of carbon: the criterion counts as net zero, found in English.
        #expect(try reading.criteria.first?.kindRecognition?.field == "description")
    }

    // MARK: Bad input

    @Test("warns of a version without languageID among several, once, and keeps the notice language's")
    func missingLanguageID() throws {
        let reading = try T.inline(notice(
            titles: [#"<cbc:Name>Prydau ysgol</cbc:Name>"#, #"<cbc:Name languageID="ENG">School meals</cbc:Name>"#], names: []
        ))
        #expect(try reading.tender.lots.first?.title?.value == "School meals")
        #expect(reading.diagnostics.map(\.severity) == [.warning])
        let warning = try #require(reading.diagnostics.first { $0.message.contains("languageID") })
        #expect(warning.location.start == reading.position(of: "<cbc:Name>Prydau"))
    }

    @Test("a single text without languageID is read as it is, with no finding")
    func singleTextWithoutLanguage() throws {
        let reading = try T.inline(notice(titles: ["<cbc:Name>School meals</cbc:Name>"], names: ["<cbc:Name>Delivery</cbc:Name>"]))
        #expect(try reading.tender.lots.first?.title?.value == "School meals")
        #expect(reading.diagnostics.isEmpty)
    }

    @Test("warns once of a languageID that is no language code, and reads the texts in it")
    func malformedLanguageID() throws {
        let reading = try T.inline(notice(
            language: "CYM",
            titles: [#"<cbc:Name languageID="en-GB">School meals</cbc:Name>"#, #"<cbc:Name languageID="DEU">Schulessen</cbc:Name>"#],
            names: [#"<cbc:Name languageID="en-GB">Delivery</cbc:Name>"#, #"<cbc:Name languageID="DEU">Lieferung</cbc:Name>"#]
        ))
        // Neither Welsh nor English: the first version is kept, whatever it claims to be.
        #expect(try reading.tender.lots.first?.title?.value == "School meals")
        let findings = reading.diagnostics.filter { $0.message.contains("'en-GB' is not a language code") }
        #expect(findings.count == 1)
        #expect(findings.first?.severity == .warning)
        // The lot's title is read before its criteria, though written after them.
        #expect(findings.first?.location.start == reading.position(of: "en-GB", occurrence: 2))
    }

    @Test("notes a well-formed language it does not know, such as Klingon, and reads text in a script it does not know")
    func unknownLanguageAndScript() throws {
        let klingon = "\u{F8D0}\u{F8D1}\u{F8D2} ᏣᎳᎩ 𓀀𓁐"
        let reading = try T.inline(notice(
            language: "TLH",
            titles: [#"<cbc:Name languageID="TLH">\#(klingon)</cbc:Name>"#, #"<cbc:Name languageID="DEU">Schulessen</cbc:Name>"#],
            names: [#"<cbc:Name languageID="TLH">\#(klingon)</cbc:Name>"#]
        ))
        let lot = try #require(try reading.tender.lots.first)
        #expect(lot.title?.value == klingon)
        #expect(lot.title?.origin?.location.start == reading.position(of: klingon, occurrence: 2))
        #expect(try reading.criteria.first?.kind.value == .quality)
        let notes = reading.diagnostics.filter { $0.message.contains("'TLH' is not a language tenderlint knows") }
        #expect(notes.map(\.severity) == [.info])
        #expect(notes.first?.location.start == reading.position(of: "TLH"))
    }

    @Test("says once that a notice with texts in several languages does not state its own")
    func unstatedNoticeLanguage() throws {
        let reading = try T.inline(notice(
            language: nil,
            titles: [#"<cbc:Name languageID="DEU">Schulessen</cbc:Name>"#, #"<cbc:Name languageID="ENG">School meals</cbc:Name>"#],
            names: [#"<cbc:Name languageID="DEU">Lieferung</cbc:Name>"#, #"<cbc:Name languageID="ENG">Delivery</cbc:Name>"#]
        ))
        #expect(try reading.tender.lots.first?.title?.value == "School meals")
        #expect(try reading.criteria.first?.name?.value == "Delivery")
        let notes = reading.diagnostics.filter { $0.message.contains("does not state its language") }
        #expect(notes.map(\.severity) == [.info])
    }

    @Test("reads a criterion name of 10,000 characters in full, with a warning that it may be a description")
    func longName() throws {
        let name = String(repeating: "Quality of the approach. ", count: 400)
        let reading = try T.inline(notice(titles: [], names: ["<cbc:Name>\(name)</cbc:Name>"]))
        let criterion = try #require(try reading.criteria.first)
        #expect(criterion.name?.value.count == 9_999)  // trimmed of its last space
        #expect(criterion.kind.value == .quality)
        let warnings = reading.diagnostics.filter { $0.message.contains("9999 characters long") }
        #expect(warnings.map(\.severity) == [.warning])
        #expect(warnings.first?.location.start == reading.position(of: "Quality of the approach."))
    }

    @Test("a long name in the notice language with a social value phrase at its end is still recognised")
    func longNameRecognised() throws {
        let name = String(repeating: "x", count: 10_000) + " social value"
        let reading = try T.inline(notice(titles: [], names: [#"<cbc:Name languageID="ENG">\#(name)</cbc:Name>"#]))
        #expect(try reading.criteria.first?.kind.value == .socialValue)
    }
}
