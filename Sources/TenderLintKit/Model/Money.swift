import Foundation

/// Whether an amount is for the whole contract or for each year of it.
public enum ValueBasis: String, Sendable, Hashable, CaseIterable, Codable {
    case total
    case perAnnum = "per-annum"
}

/// A contract value as a tender states it. Amounts are decimals, never binary floating point.
public struct ContractValue: Sendable {
    public var amount: Located<Decimal>
    /// ISO 4217 code, such as GBP.
    public var currency: Located<String>
    /// Whether the amount includes VAT; nil when the document does not say.
    public var includesVAT: Located<Bool>?
    public var basis: Located<ValueBasis>
    /// The amount including VAT, where a document gives it besides (OCDS `amountGross`).
    public var grossAmount: Located<Decimal>?

    public init(amount: Located<Decimal>, currency: Located<String>, includesVAT: Located<Bool>? = nil,
                basis: Located<ValueBasis>, grossAmount: Located<Decimal>? = nil) {
        self.amount = amount
        self.currency = currency
        self.includesVAT = includesVAT
        self.basis = basis
        self.grossAmount = grossAmount
    }

    /// The value per annum, derived from a total and a duration where needed (see `ContractLength` for the rule),
    /// with how it was worked out. Rounded to the penny; nil when a total has no usable duration.
    public func perAnnum(over duration: ContractDuration?) -> PerAnnumValue? {
        guard let yearly = perAnnumAmount(over: duration) else { return nil }
        guard basis.value == .total, let duration, let length = duration.length else { return PerAnnumValue(amount: yearly, explanation: nil) }
        let total = MoneyFormat.format(amount.value, currency: currency.value)
        let notes = duration.extensions.isEmpty ? [] : [Self.extensionsNote(duration.extensions)]
        if length.isYearOrLess {
            return PerAnnumValue(amount: yearly, explanation: "\(total) over \(length.words): a contract of a year or less is judged on its total",
                                 notes: notes)
        }
        let arithmetic = length.arithmetic.map { " (\($0))" } ?? ""
        let explanation = "\(total) over \(length.words) is \(MoneyFormat.format(yearly, currency: currency.value)) a year\(arithmetic)"
        return PerAnnumValue(amount: yearly, explanation: explanation, notes: notes)
    }

    /// The amount of `perAnnum(over:)` without its words: rules compare it with thresholds for every lot, and
    /// only a finding needs the arithmetic written out.
    public func perAnnumAmount(over duration: ContractDuration?) -> Decimal? {
        switch basis.value {
        case .perAnnum:
            return amount.value
        case .total:
            guard let length = duration?.length else { return nil }
            return length.isYearOrLess ? amount.value : length.perYearToThePenny(amount.value)
        }
    }

    /// What the value may cover beyond the contract's period, in the document's words.
    static func extensionsNote(_ extensions: [ContractExtension]) -> String {
        let provides = Prose.list(extensions.map(\.words))
        return "the tender also provides for \(provides): the value may cover \(extensions.count == 1 ? "it" : "them"), and the period above does not include \(extensions.count == 1 ? "it" : "them")"
    }
}

/// A value per annum and, when it was derived, the arithmetic in words for a diagnostic's note.
public struct PerAnnumValue: Sendable, Hashable {
    public var amount: Decimal
    /// "£31,000,000 over 60 months is £6,200,000 a year"; nil when the document stated it per annum.
    public var explanation: String?
    /// Renewals and options the value may cover, in the document's words.
    public var notes: [String]

    public init(amount: Decimal, explanation: String?, notes: [String] = []) {
        self.amount = amount
        self.explanation = explanation
        self.notes = notes
    }
}

/// Amounts as a buyer reads them: "£6,200,000", "€1,250.50".
public enum MoneyFormat {
    public static func format(_ amount: Decimal, currency: String) -> String {
        let symbol: String = switch currency {
        case "GBP": "£"
        case "EUR": "€"
        case "USD": "$"
        default: ""
        }
        let number = grouped(amount)
        return symbol.isEmpty ? "\(number) \(currency)" : symbol + number
    }

    /// A decimal with thousands separators and no trailing ".00" on whole amounts.
    public static func grouped(_ amount: Decimal) -> String {
        let text = plain(amount)
        let negative = text.hasPrefix("-")
        let digits = negative ? String(text.dropFirst()) : text
        let parts = digits.split(separator: ".", maxSplits: 1)
        var whole = String(parts.first ?? "0")
        var groups: [String] = []
        while whole.count > 3 {
            groups.insert(String(whole.suffix(3)), at: 0)
            whole = String(whole.dropLast(3))
        }
        groups.insert(whole, at: 0)
        var result = groups.joined(separator: ",")
        if parts.count == 2 {
            var fraction = String(parts[1])
            if fraction.count == 1 { fraction += "0" }
            result += "." + fraction
        }
        return (negative ? "-" : "") + result
    }

    /// To the penny, for display and for comparison with thresholds.
    public static func rounded(_ value: Decimal) -> Decimal { value.rounded(places: 2) }

    /// A decimal as plain digits, in the POSIX way (no grouping, '.' as the point).
    public static func plain(_ value: Decimal) -> String {
        value.description
    }
}
