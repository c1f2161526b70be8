import Foundation

/// `tenderlint inspect`: the model as tenderlint understood it, with each field's position and each
/// criterion's effective share of the total, as JSON or as a readable tree.
public struct TenderInspector: Sendable {
    /// How the tender would be judged: the profile and date (`--profile`, `--as-of`).
    public var settings: EngineSettings
    /// The policies whose binding is shown, in order.
    public var policies: [Policy]

    public init(settings: EngineSettings = EngineSettings(), policies: [Policy] = []) {
        self.settings = settings
        self.policies = policies
    }

    // MARK: JSON

    public func json(_ tenders: [Tender], path: String) -> String {
        JSONWriter.write(.object([("file", .string(path)), ("tenders", .array(tenders.map(tenderJSON)))])) + "\n"
    }

    private func at(_ origin: Origin?) -> JSONWriter.Value {
        guard let origin else { return .null }
        let start = origin.location.start
        return .string("\(start.line):\(start.column)")
    }

    private func field<T>(_ located: Located<T>?, _ encode: (T) -> JSONWriter.Value) -> JSONWriter.Value {
        guard let located else { return .null }
        var members: [(String, JSONWriter.Value)] = [("value", encode(located.value))]
        if located.origin != nil { members.append(("at", at(located.origin))) }
        return .object(members)
    }

    private func text(_ located: Located<String>?) -> JSONWriter.Value { field(located) { .string($0) } }
    private func number(_ value: Decimal) -> JSONWriter.Value { .number(MoneyFormat.plain(value)) }

    private func tenderJSON(_ tender: Tender) -> JSONWriter.Value {
        var members: [(String, JSONWriter.Value)] = [
            ("format", .string(tender.format.rawValue)),
            ("at", at(tender.origin)),
            ("id", text(tender.id)),
            ("title", text(tender.title)),
            ("buyer", .object([
                ("name", text(tender.buyer.name)),
                ("sector", field(tender.buyer.sector) { .string($0.rawValue) }),
                ("jurisdiction", field(tender.buyer.jurisdiction) { .string($0.rawValue) }),
                ("region", text(tender.buyer.region)),
            ])),
            ("applicability", applicabilityJSON(tender.applicability)),
            ("judgedAs", judgementJSON(tender)),
            ("plannedPublication", field(tender.plannedPublication) { .string($0.description) }),
            ("procurementStart", field(tender.procurementStart) { .string($0.description) }),
            ("framework", field(tender.isFramework) { .bool($0) }),
            ("frameworkEvidence", tender.frameworkEvidence.map { .string($0.description) } ?? .null),
            ("value", valueJSON(tender.value, duration: tender.duration)),
            ("duration", durationJSON(tender.duration)),
        ]
        members.append(("lots", .array(tender.lots.map { lotJSON($0, in: tender) })))
        members.append(("socialValue", .object([
            ("themes", .array(tender.socialValue.themes.map { field($0) { .string($0.rawValue) } })),
            ("measures", .array(tender.socialValue.measures.map(measureJSON))),
            ("exception", tender.socialValue.exception.map { exception in
                .object([("kind", field(exception.kind) { .string($0.rawValue) }), ("justification", text(exception.justification)), ("at", at(exception.origin))])
            } ?? .null),
            ("recognised", .array(tender.socialValue.recognitions.map(recognitionJSON))),
        ])))
        members.append(("netZero", netZeroJSON(tender.netZero)))
        return .object(members)
    }

    private func valueJSON(_ value: ContractValue?, duration: ContractDuration?) -> JSONWriter.Value {
        guard let value else { return .null }
        var members: [(String, JSONWriter.Value)] = [
            ("amount", field(value.amount, number)),
            ("currency", text(value.currency)),
            ("includesVAT", field(value.includesVAT) { .bool($0) }),
            ("basis", field(value.basis) { .string($0.rawValue) }),
        ]
        if let gross = value.grossAmount { members.append(("grossAmount", field(gross, number))) }
        if let perAnnum = value.perAnnum(over: duration) {
            members.append(("perAnnum", number(perAnnum.amount)))
            if let explanation = perAnnum.explanation { members.append(("perAnnumDerivation", .string(explanation))) }
            if !perAnnum.notes.isEmpty { members.append(("perAnnumNotes", .array(perAnnum.notes.map { .string($0) }))) }
        }
        return .object(members)
    }

    private func durationJSON(_ duration: ContractDuration?) -> JSONWriter.Value {
        guard let duration else { return .null }
        return .object([
            ("months", duration.months.map(number) ?? .null),
            ("statedMonths", field(duration.statedMonths, number)),
            ("stated", field(duration.stated) { .object([("amount", number($0.amount)), ("unit", .string($0.unit.rawValue))]) }),
            ("start", field(duration.start) { .string($0.description) }),
            ("end", field(duration.end) { .string($0.description) }),
            ("days", duration.length.flatMap { length in
                if case .days(let days) = length.measure { return number(days) }
                return nil
            } ?? .null),
            ("length", duration.length.map { .string($0.words) } ?? .null),
            ("yearOrLess", duration.length.map { .bool($0.isYearOrLess) } ?? .null),
            ("extensions", .array(duration.extensions.map { extension_ in
                .object([("kind", .string(extension_.kind.rawValue)), ("description", text(extension_.description)),
                         ("at", at(extension_.description?.origin ?? extension_.origin))])
            })),
        ])
    }

    private func lotJSON(_ lot: Lot, in tender: Tender) -> JSONWriter.Value {
        let stated = tender.value(of: lot)
        var members: [(String, JSONWriter.Value)] = [
            ("id", text(lot.id)),
            ("kind", .string(lot.kind.rawValue)),
            ("implicit", .bool(lot.isImplicit)),
        ]
        if lot.kind == .group { members.append(("lots", .array(lot.groupedLots.map(text)))) }
        return .object(members + [
            ("at", at(lot.origin)),
            ("title", text(lot.title)),
            ("value", lot.value == nil ? .null : valueJSON(lot.value, duration: lot.duration ?? tender.duration)),
            ("duration", durationJSON(lot.duration)),
            ("valuePerAnnum", stated.flatMap { $0.value.perAnnum(over: $0.duration) }.map { number($0.amount) } ?? .null),
            ("reservedFor", .array(lot.reservedFor.map { field($0) { .string($0.rawValue) } })),
            ("netZero", lot.netZero.map(netZeroJSON) ?? .null),
            ("methodology", field(lot.evaluation.methodology) { .string($0.rawValue) }),
            ("socialValueAndNetZeroShare", lot.evaluation.share(of: [.socialValue, .netZero]).map { .string($0.description) } ?? .null),
            ("criteria", .array(lot.evaluation.criteria.map(criterionJSON))),
        ])
    }

    private func criterionJSON(_ criterion: Criterion) -> JSONWriter.Value {
        var members: [(String, JSONWriter.Value)] = [
            ("id", text(criterion.id)),
            ("name", text(criterion.name)),
            ("kind", field(criterion.kind) { .string($0.rawValue) }),
        ]
        if let published = criterion.publishedType { members.append(("publishedType", text(published))) }
        if let recognition = criterion.kindRecognition {
            members.append(("kindBecause", .string(recognition.description)))
            members.append(("kindPhrase", .string(recognition.phrase)))
        }
        members += [
            ("weight", field(criterion.weight) { .string($0.description) }),
            ("effectiveShare", criterion.effectiveShare.map { .string($0.description) } ?? .null),
            ("at", at(criterion.origin)),
        ]
        if let description = criterion.description { members.append(("description", text(description))) }
        if !criterion.measures.isEmpty { members.append(("measures", .array(criterion.measures.map(measureJSON)))) }
        if !criterion.children.isEmpty { members.append(("criteria", .array(criterion.children.map(criterionJSON)))) }
        return .object(members)
    }

    private func measureJSON(_ measure: MeasureReference) -> JSONWriter.Value {
        .object([
            ("framework", text(measure.framework)), ("code", text(measure.code)),
            ("target", text(measure.target)), ("unit", text(measure.unit)),
        ])
    }

    private func recognitionJSON(_ recognition: Recognition) -> JSONWriter.Value {
        .object([
            ("because", .string(recognition.description)), ("phrase", .string(recognition.phrase)),
            ("strength", .string(recognition.strength.rawValue)), ("at", at(recognition.origin)),
        ])
    }

    private func requirementJSON(_ requirement: Requirement?) -> JSONWriter.Value {
        guard let requirement else { return .null }
        var members: [(String, JSONWriter.Value)] = [("required", field(requirement.required) { .bool($0) })]
        if let recognition = requirement.recognition { members.append(("because", .string(recognition.description))) }
        return .object(members)
    }

    private func netZeroJSON(_ terms: NetZeroTerms) -> JSONWriter.Value {
        let plan: JSONWriter.Value = terms.carbonReductionPlan.map { plan in
            var members: [(String, JSONWriter.Value)] = [
                ("required", field(plan.required) { .bool($0) }),
                ("standard", field(plan.standard) { .string($0.rawValue) }),
                ("scopes", .array(plan.scopes.map { field($0) { .string($0.rawValue) } })),
                ("netZeroBy", field(plan.netZeroBy) { .number(String($0)) }),
                ("global", field(plan.global) { .bool($0) }),
            ]
            if let recognition = plan.recognition { members.append(("because", .string(recognition.description))) }
            return .object(members)
        } ?? .null
        return .object([
            ("carbonReductionPlan", plan),
            ("netZeroCommitment", requirementJSON(terms.netZeroCommitment)),
            ("evergreenAssessment", requirementJSON(terms.evergreenAssessment)),
            ("publicReporting", requirementJSON(terms.publicReporting)),
            ("productCarbonFootprints", requirementJSON(terms.productCarbonFootprints)),
            ("recognised", .array(terms.recognitions.map(recognitionJSON))),
        ])
    }
}
