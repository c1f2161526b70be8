import Foundation
import TenderLintKit

// Helpers of the net zero rules (NetZero.swift): values a year on a threshold's VAT basis, which policy asks a
// lot for a Carbon Reduction Plan, lots grouped by the net zero terms they share, where findings land and the
// text of help lines in the document's own spelling.

// MARK: Money

enum NetZeroMoney {
    static func pounds(_ amount: Decimal) -> String { MoneyFormat.format(amount, currency: "GBP") }

    static func percent(_ value: Decimal) -> String { "\(MoneyFormat.plain(value))%" }

    /// To the penny, as `ContractValue.perAnnum` rounds.
    static func rounded(_ value: Decimal) -> Decimal { MoneyFormat.rounded(value) }
}

/// The VAT basis a threshold is set on.
enum VATBasis: Sendable {
    /// The amount as the tender states it (PPN 06/21, which does not say).
    case asStated
    /// Excluding VAT (the NHS roadmap).
    case excluding
    /// Including VAT (PPN 006).
    case including
}

/// A lot's value over the whole contract, including VAT, and how it was worked out.
struct TotalValue: Sendable {
    var amount: Decimal
    var origin: Origin?
    /// "lot 1 is worth £6,000,000 excluding VAT, £7,200,000 including 20% VAT".
    var words: String
}

/// A lot's value a year on a threshold's VAT basis, where it was read, and the arithmetic in words.
struct AnnualValue: Sendable {
    /// On the threshold's VAT basis.
    var amount: Decimal
    /// A year, as the tender states it (before any VAT conversion).
    var stated: Decimal
    /// The amount as stated: what a finding points at.
    var origin: Origin?
    /// The derivation and any VAT conversion, for notes.
    var notes: [String]
    /// "excluding VAT" when the amount was converted to the threshold's basis, for messages.
    var convertedBasis: String?
    /// True when the value is a framework's as a whole, taken for a lot that states none of its own.
    var isFrameworkWhole = false

    /// "£6,000,000 a year": the caret line's label.
    var label: String { "\(NetZeroMoney.pounds(stated)) a year" }
    /// "£5,000,000 a year excluding VAT" when converted, else "£6,000,000 a year".
    var inWords: String { "\(NetZeroMoney.pounds(amount)) a year" + (convertedBasis.map { " \($0)" } ?? "") }
}

extension RuleContext {
    /// A lot's value a year on a VAT basis, or nil when it cannot be compared with a threshold in pounds: no
    /// value, a total without a duration, or a currency other than pounds (never converted: no exchange rate
    /// is assumed).
    func annualValue(of lot: Lot, basis: VATBasis, vatRate: Decimal) -> AnnualValue? {
        var frameworkWhole = false
        var found = tender.value(of: lot)
        // A framework's lots often carry no value of their own: the framework's value is what may be called off.
        if found == nil, frameworkFlag != nil, let value = tender.value {
            found = (value, lot.duration ?? tender.duration)
            frameworkWhole = true
        }
        guard let (value, duration) = found, value.currency.value == "GBP",
              let perAnnum = value.perAnnum(over: duration) else { return nil }
        let stated = perAnnum.amount
        let includesVAT = value.includesVAT?.value
        let statedBasis = includesVAT.map { $0 ? "including VAT" : "excluding VAT" }
        var notes: [String] = []
        if let explanation = perAnnum.explanation {
            notes.append(explanation + (statedBasis.map { ", \($0)" } ?? ""))
        }
        notes += perAnnum.notes
        if frameworkWhole {
            notes.append("\(lot.label) states no value of its own, so the framework's value was taken for it: a framework's value is what may be called off under it")
        }
        var annual = AnnualValue(amount: stated, stated: stated, origin: NetZeroPlace.field(value.amount.origin), notes: notes)
        annual.isFrameworkWhole = frameworkWhole
        let factor = 1 + vatRate / 100
        let rateWords = vatRate == 0
            ? "with the vatRate parameter at 0% (a service exempt from VAT)"
            : "at \(NetZeroMoney.percent(vatRate)) VAT (the vatRate parameter; set it to 0% for services exempt from VAT)"
        switch (basis, includesVAT) {
        case (.excluding, true?):
            annual.amount = NetZeroMoney.rounded(stated / factor)
            annual.convertedBasis = "excluding VAT"
            annual.notes.append("the NHS threshold excludes VAT: \(NetZeroMoney.pounds(stated)) a year including VAT is \(NetZeroMoney.pounds(annual.amount)) excluding VAT \(rateWords)")
        case (.including, false?):
            annual.convertedBasis = "including VAT"
            if let gross = value.grossAmount,
               let grossPerAnnum = ContractValue(amount: gross, currency: value.currency, basis: value.basis).perAnnum(over: duration) {
                annual.amount = grossPerAnnum.amount
                annual.notes.append("PPN 006's threshold includes VAT: the tender gives \(NetZeroMoney.pounds(annual.amount)) a year including VAT")
            } else {
                annual.amount = NetZeroMoney.rounded(stated * factor)
                annual.notes.append("PPN 006's threshold includes VAT: \(NetZeroMoney.pounds(stated)) a year excluding VAT is \(NetZeroMoney.pounds(annual.amount)) including VAT \(rateWords)")
            }
        case (.excluding, nil), (.including, nil):
            let thresholdBasis = basis == .excluding ? "excluding" : "including"
            let hint = tender.format == .tenderSpec ? "; say vat=\"included\" or vat=\"excluded\"" : ""
            annual.notes.append("the tender does not say whether the value includes VAT, so it was compared as stated with a threshold \(thresholdBasis) VAT\(hint)")
        default:
            break
        }
        return annual
    }

    /// A lot's value over the whole contract including VAT, or nil when it cannot be worked out in pounds: a value
    /// a year needs a duration; a value that does not say whether it includes VAT is taken as stated.
    func totalValue(of lot: Lot, including vatRate: Decimal) -> TotalValue? {
        guard let (value, duration) = tender.value(of: lot), value.currency.value == "GBP" else { return nil }
        var amount = value.amount.value
        var words = NetZeroMoney.pounds(amount)
        if value.basis.value == .perAnnum {
            guard let length = duration?.length else { return nil }
            amount = NetZeroMoney.rounded(length.total(perYear: amount))
            words += " a year over \(length.words) is \(NetZeroMoney.pounds(amount))"
        }
        switch value.includesVAT?.value {
        case true?:
            words += " including VAT"
        case false?:
            if value.basis.value == .total, let gross = value.grossAmount {
                amount = gross.value
                words = "\(NetZeroMoney.pounds(amount)) including VAT"
            } else {
                amount = NetZeroMoney.rounded(amount * (1 + vatRate / 100))
                words += " excluding VAT, \(NetZeroMoney.pounds(amount)) including \(NetZeroMoney.percent(vatRate)) VAT"
            }
        case nil:
            words += " (the tender does not say whether that includes VAT)"
        }
        return TotalValue(amount: amount, origin: NetZeroPlace.field(value.amount.origin), words: "\(lot.label) is worth \(words)")
    }

    /// Whether a lot's value a year, as stated, is known to be below an amount (unknown values are not).
    func isKnownToBeBelow(_ bound: Decimal, _ lot: Lot) -> Bool {
        guard let value = annualValue(of: lot, basis: .asStated, vatRate: 0) else { return false }
        return value.amount < bound
    }

    /// NZ001's and NZ007's parameters for `planDuty`.
    var planDutySettings: PlanDutySettings {
        PlanDutySettings(threshold: self[NetZeroRules.crpThresholdPerAnnum], vatRate: self[NetZeroRules.vatRate],
                         frameworkValueAsCallOff: self[NetZeroRules.frameworkValueAsCallOff],
                         nhs2027Threshold: self[NetZeroRules.nhs2027ThresholdPerAnnum])
    }

    /// The tender's `framework="true"`, if it says so.
    var frameworkFlag: Located<Bool>? {
        guard let flag = tender.isFramework, flag.value else { return nil }
        return flag
    }
}

// MARK: Which policy asks for a Carbon Reduction Plan

/// Why a lot must ask for a Carbon Reduction Plan, under which policy.
struct PlanDuty: Sendable {
    enum Reason: Sendable {
        /// Its value a year reaches the threshold (`inclusive`: £5m itself counts).
        case value(AnnualValue, threshold: Decimal, inclusive: Bool)
        /// It is a new NHS framework, whatever its value.
        case framework(Located<Bool>)
    }

    var policy: Policy
    var reason: Reason
    var notes: [String] = []

    /// "contracts worth £5,000,000 a year or more (excluding VAT)", or the framework rule.
    var requirementWords: String {
        switch reason {
        case .value(_, let threshold, let inclusive):
            let amount = NetZeroMoney.pounds(threshold)
            let worth = inclusive ? "worth \(amount) a year or more" : "worth more than \(amount) a year"
            switch policy {
            case .nhsCarbonReductionPlan2023, .nhsCarbonReductionPlan2024, .nhsCarbonReductionPlan2027: return "NHS contracts \(worth) (excluding VAT)"
            case .ppn006, .wppn006: return "contracts \(worth) including VAT"
            case .wppn0621: return "Welsh Government contracts \(worth)"
            default: return "contracts \(worth)"
            }
        case .framework:
            return "every new NHS framework, whatever its value,"
        }
    }
}

struct PlanDutySettings: Sendable {
    var threshold: Decimal
    var vatRate: Decimal
    var frameworkValueAsCallOff: Bool
    /// The NHS's April 2027 value tier (unconfirmed).
    var nhs2027Threshold: Decimal
}

extension RuleContext {
    /// The policy that asks this lot for a Carbon Reduction Plan on the evaluation date, if any: the most recent
    /// that binds the lot (with small-supplier grace where turned on) and whose threshold its value reaches.
    /// A justified exception that the policy allows (not relevant or not proportionate) lifts the duty.
    func planDuty(for lot: Lot, _ settings: PlanDutySettings) -> PlanDuty? {
        let threshold = settings.threshold
        let exception = justifiedPlanException(for: lot)
        func allowsException(_ policy: Policy) -> Bool { exception.map { policy.exceptions.contains($0.kind.value) } ?? false }
        let nhsValue = annualValue(of: lot, basis: .excluding, vatRate: settings.vatRate)
        if binds(.nhsCarbonReductionPlan2027, for: lot) {
            guard let nhsValue, nhsValue.amount >= settings.nhs2027Threshold else { return nil }
            var duty = PlanDuty(policy: .nhsCarbonReductionPlan2027, reason: .value(nhsValue, threshold: settings.nhs2027Threshold, inclusive: true))
            duty.notes.append("the April 2027 requirements' value tiers are not yet confirmed: the nhs2027ThresholdPerAnnum parameter (\(NetZeroMoney.pounds(settings.nhs2027Threshold)) a year) stands in for them")
            return duty
        }
        if binds(.nhsCarbonReductionPlan2024, for: lot) {
            if let nhsValue, nhsValue.amount >= threshold {
                return PlanDuty(policy: .nhsCarbonReductionPlan2024, reason: .value(nhsValue, threshold: threshold, inclusive: true))
            }
            if let flag = frameworkFlag, !allowsException(.nhsCarbonReductionPlan2024) {
                return PlanDuty(policy: .nhsCarbonReductionPlan2024, reason: .framework(flag))
            }
            return nil
        }
        if binds(.nhsCarbonReductionPlan2023, for: lot) {
            guard let nhsValue, nhsValue.amount > threshold else { return nil }
            var duty = PlanDuty(policy: .nhsCarbonReductionPlan2023, reason: .value(nhsValue, threshold: threshold, inclusive: false))
            // Grace put off the April 2024 milestone for this lot: the finding rests on the April 2023 one.
            if graceDefers(.nhsCarbonReductionPlan2024, for: lot) { duty.notes.append(graceNote(.nhsCarbonReductionPlan2024, for: lot)) }
            return duty
        }
        if binds(.ppn006) || binds(.wppn006) {
            let policy: Policy = binds(.ppn006) ? .ppn006 : .wppn006
            if frameworkFlag != nil, !settings.frameworkValueAsCallOff { return nil }
            guard !allowsException(policy), let value = annualValue(of: lot, basis: .including, vatRate: settings.vatRate) else { return nil }
            let inclusive = policy == .wppn006
            guard inclusive ? value.amount >= threshold : value.amount > threshold else { return nil }
            var duty = PlanDuty(policy: policy, reason: .value(value, threshold: threshold, inclusive: inclusive))
            if frameworkFlag != nil {
                if let evidence = tender.frameworkEvidence { duty.notes.append(evidence.description) }
                duty.notes.append("\(policy.shortName) asks a framework for a plan where a call-off contract could be worth more than \(NetZeroMoney.pounds(threshold)) a year; the framework's own value a year was taken as its largest call-off (the frameworkValueAsCallOff parameter)")
            }
            return duty
        }
        if binds(.ppn0621) || binds(.wppn0621) {
            let policy: Policy = binds(.ppn0621) ? .ppn0621 : .wppn0621
            guard let value = annualValue(of: lot, basis: .asStated, vatRate: settings.vatRate) else { return nil }
            let inclusive = policy == .wppn0621
            guard inclusive ? value.amount >= threshold : value.amount > threshold else { return nil }
            return PlanDuty(policy: policy, reason: .value(value, threshold: threshold, inclusive: inclusive))
        }
        return nil
    }

    /// The exception to the Carbon Reduction Plan the terms of a lot declare, where it has a justification.
    func justifiedPlanException(for lot: Lot) -> DeclaredException? {
        guard let exception = tender.netZero(of: lot).exception, !exception.justificationText.isEmpty else { return nil }
        return exception
    }
}

// MARK: Lots that share net zero terms

/// Lots whose net zero terms are the same: a lot with its own `<net-zero>`, or every lot that takes the tender's.
struct TermsGroup: Sendable {
    var terms: NetZeroTerms
    var lots: [Lot]
    /// True when the terms are the lot's own.
    var isLotsOwn: Bool

    /// "the tender", "lot 2", or "lots 1 and 3" (for the lots named), and whether a verb after it is plural.
    static func subject(_ lots: [Lot]) -> (text: String, plural: Bool) {
        guard lots.count > 1 else { return (lots.first?.label ?? "the tender", false) }
        return ("lots " + Prose.list(lots.map { $0.id?.value ?? "?" }), true)
    }
}

extension RuleContext {
    /// The lots the rule judges grouped by the net zero terms they follow, in document order, so that terms
    /// several lots share are judged (and reported) once.
    var termsGroups: [TermsGroup] {
        var groups: [TermsGroup] = []
        var sharedIndex: Int?
        for lot in lots {
            if let own = lot.netZero {
                groups.append(TermsGroup(terms: own, lots: [lot], isLotsOwn: true))
            } else if let index = sharedIndex {
                groups[index].lots.append(lot)
            } else {
                sharedIndex = groups.count
                groups.append(TermsGroup(terms: tender.netZero, lots: [lot], isLotsOwn: false))
            }
        }
        return groups
    }
}

// MARK: Where findings land

enum NetZeroPlace {
    /// The whole field a value was read from: an XML attribute's value, a JSON member from its key (a list's
    /// member for one of its items), an element's text. Tender-spec readers locate some values more narrowly
    /// (one word of `scopes`, a JSON value without its key).
    static func field(_ origin: Origin?) -> Origin? {
        guard let node = origin?.node else { return nil }
        if node.kind != .attribute, let parent = node.parent, parent.kind == .array { return Origin(parent) }
        return Origin(node)
    }

    /// The exact text of a field's value, for a fix-it: an attribute's value inside its quotes, a JSON value
    /// (a whole list for one of its items).
    static func fieldValue(_ origin: Origin?) -> Origin? {
        guard let node = origin?.node else { return nil }
        if node.kind == .attribute { return Origin(node: node, range: node.valueRange) }
        if let parent = node.parent, parent.kind == .array { return Origin(node: parent, range: parent.range) }
        return Origin(node: node, range: node.range)
    }

    /// The empty place just after a field, where another field of the same element (JSON object) can be added:
    /// after an attribute, or after a JSON member's value (a whole list for one of its items).
    static func after(_ origin: Origin?) -> Origin? {
        guard let node = origin?.node else { return nil }
        var field = node
        if node.kind != .attribute, let parent = node.parent, parent.kind == .array { field = parent }
        return Origin(node: field, range: .at(field.range.upperBound))
    }

    /// The `<net-zero>` element (`"netZero"` member) that holds these terms, found from what the terms located.
    static func netZeroElement(of terms: NetZeroTerms) -> Origin? {
        let starts: [Origin?] = [
            terms.carbonReductionPlan?.origin, terms.carbonReductionPlan?.required.origin,
            terms.netZeroCommitment?.required.origin, terms.evergreenAssessment?.required.origin,
            terms.publicReporting?.required.origin, terms.productCarbonFootprints?.required.origin,
        ]
        for start in starts {
            var node = start?.node
            var steps = 0
            while let current = node, steps < 4 {
                if current.kind == .element || current.kind == .object, current.name == "net-zero" || current.name == "netZero" {
                    return Origin(current)
                }
                node = current.parent
                steps += 1
            }
        }
        return nil
    }

    /// Where a finding about a missing yes/no requirement lands: on `required="false"` where the tender says
    /// so, else on the `<net-zero>` the requirement belongs in, else on the lot, else on the tender.
    static func missingRequirement(_ requirement: Requirement?, in group: TermsGroup, of tender: Tender) -> Origin? {
        if let requirement, !requirement.required.value, let origin = field(requirement.required.origin) { return origin }
        if tender.format == .tenderSpec, let origin = netZeroElement(of: group.terms) { return origin }
        if group.isLotsOwn, let lot = group.lots.first, !lot.isImplicit, let origin = lot.origin { return origin }
        return tender.origin
    }
}

// MARK: Help in the document's spelling

enum NetZeroText {
    /// The scopes PPN 06/21 names, and the NHS set from April 2027.
    static let ppn0621Scopes: [EmissionScope] = [.scope1, .scope2] + EmissionScope.ppn0621Scope3
    static let allScopes: [EmissionScope] = [.scope1, .scope2, .scope3]
}

/// How the document is written, for help lines that show what to type.
enum NetZeroSpelling {
    case xml
    case json
    /// OCDS or eForms: a published notice, where a requirement is stated in words.
    case notice

    init(_ tender: Tender) {
        if tender.format != .tenderSpec {
            self = .notice
        } else if tender.origin?.node.tree.format == .json || tender.source.path.lowercased().hasSuffix(".json") {
            self = .json
        } else {
            self = .xml
        }
    }

    func scopes(_ scopes: [EmissionScope]) -> String {
        switch self {
        case .json: "[" + scopes.map { "\"\($0.rawValue)\"" }.joined(separator: ", ") + "]"
        case .xml, .notice: scopes.map(\.rawValue).joined(separator: " ")
        }
    }

    /// A field to add after another of the same element: ` name="value"` in XML, `, "name": value` in JSON
    /// (`value` as JSON writes it).
    func field(xml: String, json: String, value: String) -> String {
        switch self {
        case .json: ", \"\(json)\": \(value)"
        case .xml, .notice: " \(xml)=\"\(value)\""
        }
    }

    /// Whether the tender itself has a `<net-zero>` (`"netZero"`), even an empty one.
    static func hasTenderNetZero(_ tender: Tender) -> Bool {
        guard let node = tender.origin?.node else { return false }
        if node.tree.format == .json { return node[key: "netZero"] != nil }
        return node.elements.contains { $0.name == "net-zero" }
    }

    /// How to add a requirement where it belongs: to the lot's or the tender's `<net-zero>`, creating it where
    /// there is none. `after` are the XML elements it must follow; empty puts it first.
    func addHelp(xml: String, json: String, lot: Lot?, tender: Tender, after: [String], notice: String) -> String {
        let item = self == .json ? json : xml
        let name = self == .json ? "\"netZero\"" : "<net-zero>"
        func into(_ container: String) -> String {
            guard self == .xml else { return "add \(item) to \(container)" }
            if after.isEmpty { return "add \(item) at the start of \(container)" }
            return "add \(item) to \(container), after any " + Prose.list(after.map { "<\($0)>" })
        }
        switch self {
        case .notice:
            return notice
        case .xml, .json:
            if let lot, !lot.isImplicit {
                if lot.netZero != nil { return into("\(lot.label)'s \(name)") }
                let own = self == .json ? "\"netZero\": { \(json) }" : "<net-zero>\(xml)</net-zero>"
                return "give \(lot.label) its own \(own)\(self == .xml ? ", before its <evaluation>" : "") (a lot's own net zero terms replace the tender's)"
            }
            if Self.hasTenderNetZero(tender) { return into(name) }
            if self == .json { return "add \"netZero\": { \(json) } to the tender" }
            let before = tender.lots.first?.isImplicit == false ? "its first <lot>" : "<evaluation>"
            return "add <net-zero>\(xml)</net-zero> to the tender, before \(before)"
        }
    }

    /// How to turn a requirement the tender states as not required into a required one.
    func setRequired(xml: String, json: String, lot: Lot?, notice: String) -> String {
        let inLot = lot.map { $0.isImplicit ? "" : " in \($0.label)" } ?? ""
        switch self {
        case .xml: return "set required=\"true\" on <\(xml)>\(inLot)"
        case .json: return "set \"required\": true in \"\(json)\"\(inLot)"
        case .notice: return notice
        }
    }

    /// The Carbon Reduction Plan element to add, for the policy that asks for it; or, where the tender has one
    /// that is not required (`existing`), how to require it.
    func planHelp(for policy: Policy, full: Bool, lot: Lot?, tender: Tender, existing: Bool = false) -> String {
        let standard = switch policy {
        case .ppn0621, .wppn0621, .walesCarbonReductionPlanGoodPractice: "ppn-06-21"
        case .ppn006, .wppn006: "ppn-006"
        default: "nhs"
        }
        let year = policy.pack == .nhsEngland ? 2045 : 2050
        let scopeList = full ? NetZeroText.allScopes : NetZeroText.ppn0621Scopes
        let xml = "<carbon-reduction-plan required=\"true\" standard=\"\(standard)\" scopes=\"\(NetZeroSpelling.xml.scopes(scopeList))\" net-zero-by=\"\(year)\"\(full ? " global=\"true\"" : "")/>"
        let json = "\"carbonReductionPlan\": { \"required\": true, \"standard\": \"\(standard)\", \"scopes\": \(NetZeroSpelling.json.scopes(scopeList)), \"netZeroBy\": \(year)\(full ? ", \"global\": true" : "") }"
        let coverage = full ? "all of Scope 1, 2 and 3, global emissions" : "Scope 1, Scope 2 and the five Scope 3 categories of PPN 06/21"
        let notice = "require bidders, as a pass/fail selection criterion, to provide a Carbon Reduction Plan (\(coverage), net zero by \(year) at the latest), and say so in the notice"
        if existing { return setRequired(xml: "carbon-reduction-plan", json: "carbonReductionPlan", lot: lot, notice: notice) }
        return addHelp(xml: xml, json: json, lot: lot, tender: tender, after: [], notice: notice)
    }

    /// A yes/no requirement to add, such as `<net-zero-commitment required="true"/>`.
    func requirementHelp(xml: String, json: String, after: [String], words: String, lot: Lot?, tender: Tender, existing: Bool = false) -> String {
        if existing { return setRequired(xml: xml, json: json, lot: lot, notice: "require \(words) in the selection criteria, and say so in the notice") }
        return addHelp(xml: "<\(xml) required=\"true\"/>", json: "\"\(json)\": { \"required\": true }", lot: lot, tender: tender,
                after: after, notice: "require \(words) in the selection criteria, and say so in the notice")
    }
}
