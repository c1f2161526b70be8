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
    /// `cbc:StartDate` and `cbc:EndDate`. A duration in days, weeks or years is stated in months.
    mutating func duration(in project: Node?) -> ContractDuration? {
        guard let period = EFormsPath.first(project, .cac("PlannedPeriod")) else { return nil }
        let months = statedMonths(EFormsPath.first(period, .cbc("DurationMeasure")))
        let start = date(EFormsPath.first(period, .cbc("StartDate")), what: "the planned start date")
        let end = date(EFormsPath.first(period, .cbc("EndDate")), what: "the planned end date")
        guard months != nil || start != nil || end != nil else { return nil }
        return ContractDuration(statedMonths: months, start: start, end: end)
    }

    private mutating func statedMonths(_ element: Node?) -> Located<Decimal>? {
        guard let element else { return nil }
        guard let number = decimal(
            element, what: "the planned duration", help: "write the duration as a whole number of its unit, such as 36 with unitCode=\"MONTH\""
        ) else { return nil }
        guard number.value >= 0 else {
            invalid("the planned duration cannot be negative: '\(MoneyFormat.plain(number.value))'", at: number.origin ?? Origin(element), element: element)
            return nil
        }
        let unit = element.attribute("unitCode")
        let code = unit?.value.map(Self.trimmed) ?? ""
        guard let unitMonths = EFormsCodes.durationUnits[code] else {
            let message = code.isEmpty
                ? "the planned duration \(MoneyFormat.plain(number.value)) has no unit"
                : "'\(code)' is not a unit of duration"
            invalid(
                message, at: unit.map { Origin($0) } ?? Origin(element), element: element,
                help: ["give unitCode as DAY, WEEK, MONTH or YEAR"]
            )
            return nil
        }
        return Located(number.value * unitMonths.months / unitMonths.per, at: number.origin)
    }
}
