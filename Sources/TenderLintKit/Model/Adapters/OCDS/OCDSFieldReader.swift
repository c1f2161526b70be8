import Foundation

/// Reads OCDS dates, values and periods, reporting values that cannot be read (TL005).
///
/// An absent member, or `null` (which OCDS allows for any field), is simply no value.
struct OCDSFieldReader {
    let issues: OCDSIssues

    /// An OCDS date-time (`2019-03-29T00:00:00Z`) as the day it falls on.
    func date(_ node: Node?, field: String) -> Located<CalendarDate>? {
        guard let node, node.kind != .null else { return nil }
        if node.kind == .string, let text = node.value, let date = CalendarDate(iso: text) {
            return Located(date, at: Origin(node))
        }
        issues.invalidValue(
            "the \(field) \(OCDSIssues.written(node)) is not a date",
            at: node, label: "not a date",
            help: ["OCDS dates are ISO 8601 date-times such as \"2026-03-02T00:00:00Z\""]
        )
        return nil
    }

    /// A JSON number as a decimal, exactly as written (never through `Double`).
    func decimal(_ node: Node?, field: String) -> Located<Decimal>? {
        guard let node, node.kind != .null else { return nil }
        if node.kind == .number, let text = node.value, let value = DecimalText.parse(text) {
            return Located(value, at: node.ocdsValueOrigin)
        }
        let hint = node.kind == .string ? "; write it without quotes" : ""
        issues.invalidValue(
            "the \(field) \(OCDSIssues.written(node)) is not a number",
            at: node, label: "not a number",
            help: ["OCDS amounts and durations are JSON numbers such as 1250000.50\(hint)"]
        )
        return nil
    }

    /// A JSON boolean.
    func bool(_ node: Node?, field: String) -> Located<Bool>? {
        guard let node, node.kind != .null else { return nil }
        let text = node.tree.source.text(in: node.range)
        if node.kind == .bool, text == "true" || text == "false" {
            return Located(text == "true", at: Origin(node))
        }
        issues.invalidValue("\(field) must be true or false, not \(OCDSIssues.written(node))", at: node, label: "not true or false")
        return nil
    }

    /// An OCDS `Value`: `amount` and `currency`, and the UK extension's `amountGross` (with VAT).
    /// OCDS values are totals for the contract. `includesVAT` is stated only when the gross amount
    /// alone is given, which is then the amount.
    func value(_ node: Node?, field: String) -> ContractValue? {
        guard let node, node.kind == .object else { return nil }
        let amountNode = node[key: "amount"].flatMap { $0.kind == .null ? nil : $0 }
        let amount = decimal(amountNode, field: "\(field) amount")
        let gross = decimal(node[key: "amountGross"], field: "\(field) gross amount")
        // An amount that is there but unreadable has been reported; the gross amount does not stand in for it.
        guard amountNode == nil || amount != nil, let stated = amount ?? gross else { return nil }
        guard let currency = currency(node) else { return nil }
        let basis = Located(ValueBasis.total, at: Origin(node))
        if amount == nil, let gross {
            return ContractValue(amount: gross, currency: currency, includesVAT: Located(true, at: gross.origin),
                                 basis: basis, grossAmount: gross)
        }
        return ContractValue(amount: stated, currency: currency, basis: basis, grossAmount: gross)
    }

    /// The ISO 4217 code of a value; a warning when it is missing, since amounts cannot then be compared.
    private func currency(_ value: Node) -> Located<String>? {
        guard let node = value[key: "currency"], node.kind != .null else {
            issues.invalidValue(
                "this value has an amount but no currency, so it cannot be compared with the thresholds",
                at: value, severity: .warning, label: "no currency",
                help: ["add \"currency\" with an ISO 4217 code, such as \"GBP\""]
            )
            return nil
        }
        if node.kind == .string, let code = node.value, code.utf8.count == 3,
           code.utf8.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) {
            return Located(code, at: Origin(node))
        }
        issues.invalidValue(
            "the currency \(OCDSIssues.written(node)) is not an ISO 4217 code",
            at: node, label: "not a currency code",
            help: ["write three capital letters, such as \"GBP\" or \"EUR\""]
        )
        return nil
    }

    /// An OCDS `Period`: `durationInMonths` (UK extension) is the stated length; otherwise the start and end
    /// dates; otherwise `durationInDays`, converted to months (see `months(fromDays:)`).
    func duration(_ node: Node?, field: String) -> ContractDuration? {
        guard let node, node.kind == .object else { return nil }
        let months = decimal(node[key: "durationInMonths"], field: "\(field) duration in months")
        let start = date(node[key: "startDate"], field: "\(field) start date")
        let end = date(node[key: "endDate"], field: "\(field) end date")
        var stated = months
        if stated == nil, start == nil || end == nil,
           let days = decimal(node[key: "durationInDays"], field: "\(field) duration in days"), days.value > 0 {
            stated = Located(Self.months(fromDays: days.value), at: days.origin)
        }
        guard stated != nil || start != nil || end != nil else { return nil }
        return ContractDuration(statedMonths: stated, start: start, end: end)
    }

    /// Months in a number of days. UK publishers convert a period stated in months to days at 30 days a
    /// month (Sell2Wales' 1080 days is its "36 month initial contract period"; Public Contracts Scotland's
    /// 720 days is 24 months), and in years at 365 days a year; such multiples are converted back exactly.
    /// Any other number of days is divided by the mean month of 30.4375 days, to two decimal places.
    static func months(fromDays days: Decimal) -> Decimal {
        if let years = whole(days / 365) { return years * 12 }
        if let months = whole(days / 30) { return months }
        var exact = days / Decimal(string: "30.4375")!
        var rounded = Decimal()
        NSDecimalRound(&rounded, &exact, 2, .plain)
        return rounded
    }

    /// The value when it is a whole number.
    static func whole(_ value: Decimal) -> Decimal? {
        var exact = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &exact, 0, .plain)
        return rounded == value ? rounded : nil
    }

}
