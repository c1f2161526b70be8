import Foundation

/// Estimated values and planned periods of a notice's or a lot's `cac:ProcurementProject`.
extension EFormsReader {
    /// BT-27 estimated value: `cac:RequestedTenderTotal/cbc:EstimatedOverallContractAmount` with its `currencyID`.
    ///
    /// eForms defines the estimated value as the total for the whole contract (or framework), excluding VAT,
    /// so the basis is `.total` and `includesVAT` is derived as false.
    mutating func contractValue(in project: Node?) -> ContractValue? {
        guard let element = EFormsPath.first(project, .cac("RequestedTenderTotal"), .cbc("EstimatedOverallContractAmount")) else {
            return nil
        }
        guard let amount = decimal(
            element, what: "the estimated value",
            help: "write the amount in digits with '.' before any decimals and no grouping, such as 1250000 or 1250000.50"
        ) else { return nil }
        guard let attribute = element.attribute("currencyID"), let code = attribute.value.map(Self.trimmed), !code.isEmpty else {
            invalid(
                "the estimated value \(MoneyFormat.plain(amount.value)) has no currency", at: Origin(element), element: element,
                help: ["add the ISO 4217 code of the currency as currencyID, such as currencyID=\"GBP\""]
            )
            return nil
        }
        guard code.count == 3, code.unicodeScalars.allSatisfy({ (65...90).contains($0.value) }) else {
            invalid(
                "the currency '\(code)' is not an ISO 4217 code", at: Origin(attribute), element: element,
                help: ["write the three capital letters of the currency, such as GBP or EUR"]
            )
            return nil
        }
        return ContractValue(
            amount: amount,
            currency: Located(code, at: Origin(attribute)),
            includesVAT: .derived(false),
            basis: Located(.total, at: Origin(element))
        )
    }

    /// BT-36 / BT-536 / BT-537 planned period: `cac:PlannedPeriod` with `cbc:DurationMeasure` (and its `unitCode`),
    /// `cbc:StartDate` and `cbc:EndDate`, and the renewal and options of `cac:ContractExtension` (BT-57, BT-54).
    /// A duration is kept in the unit it is stated in; an end before the start, or a length no contract has, is an
    /// error, kept so that it gives no length (`ContractDuration.length`).
    mutating func duration(in project: Node?) -> ContractDuration? {
        guard let period = EFormsPath.first(project, .cac("PlannedPeriod")) else { return nil }
        let stated = statedLength(EFormsPath.first(period, .cbc("DurationMeasure")))
        let start = date(EFormsPath.first(period, .cbc("StartDate")), what: "the planned start date")
        let end = date(EFormsPath.first(period, .cbc("EndDate")), what: "the planned end date")
        if let from = start, let to = end, to.value < from.value, let element = EFormsPath.first(period, .cbc("EndDate")) {
            invalid("the planned period ends (\(to.value.inWords)) before it starts (\(from.value.inWords)); no value a year is worked out from it",
                    at: to.origin ?? Origin(element), element: element, help: ["correct the start or the end date"])
        }
        guard stated != nil || start != nil || end != nil else { return nil }
        return ContractDuration(stated: stated, start: start, end: end, extensions: extensions(in: project))
    }

    /// BT-57 renewal (`cac:Renewal/cac:Period/cbc:Description`) and BT-54 options (`cbc:OptionsDescription`).
    private func extensions(in project: Node?) -> [ContractExtension] {
        guard let project else { return [] }
        var found: [ContractExtension] = []
        for element in EFormsPath.all(project, .cac("ContractExtension")) {
            if let renewal = EFormsPath.first(element, .cac("Renewal")) {
                let description = text(EFormsPath.first(renewal, .cac("Period"), .cbc("Description")))
                found.append(ContractExtension(kind: .renewal, description: description, origin: Origin(renewal)))
            }
            if let options = EFormsPath.first(element, .cbc("OptionsDescription")) {
                found.append(ContractExtension(kind: .options, description: text(options), origin: Origin(options)))
            }
        }
        return found
    }

    private mutating func statedLength(_ element: Node?) -> Located<StatedLength>? {
        guard let element else { return nil }
        guard let number = decimal(
            element, what: "the planned duration", help: "write the duration as a whole number of its unit, such as 36 with unitCode=\"MONTH\""
        ) else { return nil }
        let unit = element.attribute("unitCode")
        let code = unit?.value.map(Self.trimmed) ?? ""
        guard let durationUnit = EFormsCodes.durationUnits[code] else {
            let message = code.isEmpty
                ? "the planned duration \(MoneyFormat.plain(number.value)) has no unit"
                : "'\(code)' is not a unit of duration"
            invalid(
                message, at: unit.map { Origin($0) } ?? Origin(element), element: element,
                help: ["give unitCode as DAY, WEEK, MONTH or YEAR"]
            )
            return nil
        }
        let length = StatedLength(number.value, durationUnit)
        if let problem = length.problem {
            invalid("the planned duration \(length) \(problem); no value a year is worked out from it",
                    at: number.origin ?? Origin(element), element: element)
        }
        return Located(length, at: number.origin)
    }
}
