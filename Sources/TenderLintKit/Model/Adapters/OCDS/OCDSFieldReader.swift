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
        let reason = node.kind == .number ? DecimalText.read(node.value ?? "").reason : "is not a number"
        issues.invalidValue(
            "the \(field) \(OCDSIssues.written(node)) \(reason)",
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

    /// The contract period of a tender or a lot (`contractPeriod`), with the renewal and options it provides for.
    ///
    /// `durationInMonths` (UK extension) is the stated length; otherwise the start and end dates; otherwise
    /// `durationInDays`, in days as stated (see `ContractLength` for how a value a year is worked out). A length
    /// that no contract has (0 days, 10^30 days) and an end before the start are errors; they are kept, so that
    /// no value a year is worked out from them (`ContractDuration.length` is nil).
    func duration(of owner: Node?, field: String) -> ContractDuration? {
        guard let node = owner?[key: "contractPeriod"], node.kind == .object else { return nil }
        var stated = length(node[key: "durationInMonths"], .month, field: "\(field) duration in months")
        let start = date(node[key: "startDate"], field: "\(field) start date")
        let end = date(node[key: "endDate"], field: "\(field) end date")
        if let from = start, let to = end, to.value < from.value, let endNode = node[key: "endDate"] {
            issues.invalidValue(
                "the \(field) ends (\(to.value.inWords)) before it starts (\(from.value.inWords))",
                at: endNode, label: "before the start date",
                notes: ["no value a year is worked out from this period"],
                help: ["correct the start or the end date"]
            )
        }
        if stated == nil, start == nil || end == nil {
            stated = length(node[key: "durationInDays"], .day, field: "\(field) duration in days")
        }
        guard stated != nil || start != nil || end != nil else { return nil }
        return ContractDuration(stated: stated, start: start, end: end, extensions: owner.map { extensions(of: $0) } ?? [])
    }

    /// A stated length, reported where no contract could last it (and kept, so that the period gives no length
    /// rather than a lot falling back on the tender's).
    private func length(_ node: Node?, _ unit: DurationUnit, field: String) -> Located<StatedLength>? {
        guard let number = decimal(node, field: field), let node else { return nil }
        let length = StatedLength(number.value, unit)
        if let problem = length.problem {
            issues.invalidValue("the \(field) \(OCDSIssues.written(node)) \(problem)", at: node, label: "not a contract's length",
                                notes: ["no value a year is worked out from it"])
        }
        return Located(length, at: number.origin)
    }

    /// The renewal and options a tender or lot provides for (`hasRenewal`, `renewal`, `hasOptions`, `options`).
    func extensions(of owner: Node) -> [ContractExtension] {
        let kinds: [(ContractExtension.Kind, String, String)] = [(.renewal, "hasRenewal", "renewal"), (.options, "hasOptions", "options")]
        return kinds.compactMap { kind, flagKey, objectKey in
            let flag = bool(owner[key: flagKey], field: flagKey)
            let object = owner.ocdsObject(objectKey)
            let description = object?.ocdsText("description")
            guard flag?.value ?? (description != nil) else { return nil }
            return ContractExtension(kind: kind, description: description, origin: flag?.origin ?? object.map(Origin.init))
        }
    }

    /// The value when it is a whole number.
    static func whole(_ value: Decimal) -> Decimal? {
        var exact = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &exact, 0, .plain)
        return rounded == value ? rounded : nil
    }
}
