import Testing
import TenderLintKit
import TenderLintRules

/// A buyer as a tender spec states it.
struct Body: Sendable, Equatable, CustomTestStringConvertible {
    let name: String
    let sector: String?
    let jurisdiction: String?
    /// "an NHS trust in England", for test names.
    let title: String

    var testDescription: String { title }

    static let nhsEngland = Body(name: "Leeds Teaching Hospitals NHS Trust", sector: "nhs", jurisdiction: "england", title: "an NHS trust in England")
    static let nhsWales = Body(name: "Betsi Cadwaladr University Health Board", sector: "nhs", jurisdiction: "wales", title: "an NHS Wales health board")
    static let nhsScotland = Body(name: "NHS Greater Glasgow and Clyde", sector: "nhs", jurisdiction: "scotland", title: "an NHS Scotland health board")
    static let hscNorthernIreland = Body(name: "Belfast Health and Social Care Trust", sector: "nhs", jurisdiction: "northern-ireland",
                                         title: "an HSC trust in Northern Ireland")
    static let nhsNationNotStated = Body(name: "Example NHS Trust", sector: "nhs", jurisdiction: nil, title: "an NHS body whose nation is not stated")
    static let centralGovernmentEngland = Body(name: "Home Office", sector: "central-government", jurisdiction: "england",
                                               title: "UK central government in England")
    static let dvla = Body(name: "Driver and Vehicle Licensing Agency", sector: "central-government", jurisdiction: "wales",
                           title: "UK central government in Wales (the DVLA)")
    static let centralGovernmentScotland = Body(name: "HM Revenue and Customs", sector: "central-government", jurisdiction: "scotland",
                                                title: "UK central government in Scotland")
    static let centralGovernmentNorthernIreland = Body(name: "Ministry of Defence", sector: "central-government", jurisdiction: "northern-ireland",
                                                       title: "UK central government in Northern Ireland")
    static let centralGovernmentNationNotStated = Body(name: "Cabinet Office", sector: "central-government", jurisdiction: nil,
                                                       title: "UK central government, its nation not stated")
    static let welshGovernment = Body(name: "Welsh Government", sector: "devolved-government", jurisdiction: "wales", title: "the Welsh Government")
    static let scottishGovernment = Body(name: "Scottish Government", sector: "devolved-government", jurisdiction: "scotland",
                                         title: "the Scottish Government")
    static let northernIrelandDepartment = Body(name: "Department of Finance", sector: "devolved-government", jurisdiction: "northern-ireland",
                                                title: "a Northern Ireland department")
    static let localGovernmentEngland = Body(name: "Leeds City Council", sector: "local-government", jurisdiction: "england",
                                             title: "an English council")
    static let welshCouncil = Body(name: "Cyngor Gwynedd", sector: "local-government", jurisdiction: "wales", title: "a Welsh council")
    static let scottishCouncil = Body(name: "Angus Council", sector: "local-government", jurisdiction: "scotland", title: "a Scottish council")
    static let northernIrelandCouncil = Body(name: "Belfast City Council", sector: "local-government", jurisdiction: "northern-ireland",
                                             title: "a Northern Ireland council")
    static let welshUniversity = Body(name: "Cardiff University", sector: "other", jurisdiction: "wales", title: "a Welsh university")
    static let scottishUniversity = Body(name: "University of Glasgow", sector: "other", jurisdiction: "scotland", title: "a Scottish university")
    static let scottishBodyOfUnknownKind = Body(name: "Example Procurement Body", sector: nil, jurisdiction: "scotland",
                                                title: "a buyer in Scotland whose kind is not stated")
}

/// A buyer a group of policies must not bind, and the start of the refusal that says why.
struct Excluded: Sendable, CustomTestStringConvertible {
    let body: Body
    let because: String

    init(_ body: Body, because: String) {
        self.body = body
        self.because = because
    }

    var testDescription: String { body.title }
}

/// Builds one-line tender specs (every fact on line 1) and judges them as `tenderlint lint` would on 2026-06-01.
enum Judge {
    static let today = CalendarDate(year: 2026, month: 6, day: 1)!

    static func xml(_ body: Body, above: Bool?, regime: String?, publication: String?, procurementStart: String?) -> String {
        var tender = #"xmlns="urn:tenderlint:tender-spec:1" id="T""#
        if let above { tender += #" above-threshold="\#(above)""# }
        if let regime { tender += #" regime="\#(regime)""# }
        var buyer = ""
        if let sector = body.sector { buyer += #" sector="\#(sector)""# }
        if let jurisdiction = body.jurisdiction { buyer += #" jurisdiction="\#(jurisdiction)""# }
        var dates = ""
        if let publication { dates += #" publication="\#(publication)""# }
        if let procurementStart { dates += #" procurement-start="\#(procurementStart)""# }
        return "<tender \(tender)><buyer\(buyer)>\(body.name)</buyer>" + (dates.isEmpty ? "" : "<dates\(dates)/>")
            + #"<evaluation><criterion id="p" kind="price" weight="100"/></evaluation></tender>"#
    }

    static func judgement(_ body: Body, above: Bool? = true, regime: String? = nil, on publication: String?, procurementStart: String? = nil,
                          profile: Profile? = nil, profileSetter: String? = nil, asOf: String? = nil,
                          switches: [String: Bool] = [:]) throws -> TenderJudgement {
        let text = xml(body, above: above, regime: regime, publication: publication, procurementStart: procurementStart)
        let model = Linter().model(of: SourceFile(path: "t.xml", text: text))
        let tender = try #require(model.tenders.count == 1 ? model.tenders.first : nil, "\(text)")
        if body.sector != nil {
            let errors = model.diagnostics.filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(errors.map(\.message)) in \(text)")
        }
        let settings = EngineSettings(profile: profile, profileSetter: profileSetter, asOf: asOf.flatMap(CalendarDate.init(iso:)),
                                      today: today, policySwitches: switches)
        return TenderJudgement(tender, settings: settings)
    }

    static func binding(_ policy: Policy, _ body: Body, above: Bool? = true, regime: String? = nil, on publication: String?,
                        switches: [String: Bool] = [:]) throws -> PolicyBinding {
        try judgement(body, above: above, regime: regime, on: publication, switches: switches).binding(policy)
    }
}

/// One policy, one buyer, one day: the verdict expected, and a part of the explanation that must be there.
struct BindingCase: Sendable, CustomTestStringConvertible {
    let policy: Policy
    let verdict: PolicyBinding.Verdict
    let body: Body
    let above: Bool?
    let regime: String?
    let date: String
    let turnedOn: Bool
    let saying: String

    static func binds(_ policy: Policy, _ body: Body, on date: String, above: Bool? = true, regime: String? = nil, turnedOn: Bool = false,
                      saying: String = "") -> BindingCase {
        BindingCase(policy: policy, verdict: .binds, body: body, above: above, regime: regime, date: date, turnedOn: turnedOn, saying: saying)
    }

    static func doesNotBind(_ policy: Policy, _ body: Body, on date: String, above: Bool? = true, regime: String? = nil, turnedOn: Bool = false,
                            saying: String) -> BindingCase {
        BindingCase(policy: policy, verdict: .doesNotBind, body: body, above: above, regime: regime, date: date, turnedOn: turnedOn, saying: saying)
    }

    static func unknown(_ policy: Policy, _ body: Body, on date: String, above: Bool? = true, regime: String? = nil, turnedOn: Bool = false,
                        saying: String) -> BindingCase {
        BindingCase(policy: policy, verdict: .unknown, body: body, above: above, regime: regime, date: date, turnedOn: turnedOn, saying: saying)
    }

    /// "PPN 002 binds UK central government in England, above the threshold, on 2025-10-01".
    var testDescription: String {
        let threshold = switch above {
        case true?: "above the threshold"
        case false?: "below the threshold"
        case nil: "the threshold not stated"
        }
        let details = [threshold] + (regime.map { ["regime \($0) stated"] } ?? []) + (turnedOn ? ["turned on"] : [])
        let what = "\(body.title), \(details.joined(separator: ", ")), on \(date)"
        return switch verdict {
        case .binds: "\(policy.shortName) binds \(what)"
        case .doesNotBind: "\(policy.shortName) does not bind \(what)"
        case .unknown: "whether \(policy.shortName) binds \(what) is unknown"
        }
    }

    func check() throws {
        let binding = try Judge.binding(policy, body, above: above, regime: regime, on: date, switches: turnedOn ? [policy.id: true] : [:])
        #expect(binding.verdict == verdict, "\(binding.explanation)")
        if !saying.isEmpty { #expect(binding.explanation.contains(saying), "\(binding.explanation)") }
        switch verdict {
        case .binds:
            #expect(binding.explanation.hasSuffix("so \(policy.shortName) binds it"), "\(binding.explanation)")
            if policy.binds.restrictsBuyerKind || policy.binds.restrictsJurisdiction {
                #expect(binding.explanation.hasPrefix("\(body.name) is "), "the explanation names the buyer: \(binding.explanation)")
            }
            #expect(binding.missing.isEmpty)
            #expect(binding.bindsBuyer)
        case .doesNotBind:
            #expect(!binding.explanation.contains("binds it"), "\(binding.explanation)")
            #expect(binding.missing.isEmpty)
        case .unknown:
            #expect(binding.explanation.hasPrefix("the document does not show "), "\(binding.explanation)")
            #expect(!binding.missing.isEmpty)
            #expect(!binding.bindsBuyer)
        }
    }
}
