import Foundation
import TenderLintKit

// Helpers of the net zero rules in this folder: values a year on a threshold's VAT basis and
// the lot values thresholds are checked against. Which policy asks for a plan is NetZeroPlanDuty.swift; lots
// grouped by their terms and where findings land, NetZeroPlaces.swift; help lines, DocumentSpelling+NetZero.swift.

// MARK: Money

enum NetZeroMoney {
    static func pounds(_ amount: Decimal) -> String { MoneyFormat.format(amount, currency: "GBP") }

    static func percent(_ value: Decimal) -> String { "\(MoneyFormat.plain(value))%" }

    /// To the penny, as `ContractValue.perAnnum` rounds.
    static func rounded(_ value: Decimal) -> Decimal { MoneyFormat.rounded(value) }

    /// `amount` with VAT at `rate` percent taken off (`including: false`) or added, to the penny: in fixed
    /// point where exact, else as `Decimal` works out `amount ÷ (1 + rate / 100)` or `amount × (1 + rate / 100)`.
    static func converted(_ amount: Decimal, vatRate rate: Decimal, including: Bool) -> Decimal {
        if let fixedAmount = FixedDecimal(amount), let fixedRate = FixedDecimal(rate), fixedRate.units % 100 == 0,
           let factor = FixedDecimal(units: fixedRate.units / 100).adding(FixedDecimal(units: 1_000_000_000)),
           let one = FixedDecimal(1),
           let result = including ? fixedAmount.multiplied(by: factor, dividedBy: one, roundedTo: 2)
                                  : fixedAmount.multiplied(by: one, dividedBy: factor, roundedTo: 2) {
            return result.decimal
        }
        let factor = 1 + rate / 100
        return rounded(including ? amount * factor : amount / factor)
    }
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
    /// Written only when a finding quotes it: conditions ask for the amount of every lot.
    private let wording: @Sendable () -> String

    init(amount: Decimal, origin: Origin?, words: @autoclosure @escaping @Sendable () -> String) {
        self.amount = amount
        self.origin = origin
        wording = words
    }

    /// "lot 1 is worth £6,000,000 excluding VAT, £7,200,000 including 20% VAT".
    var words: String { wording() }
}

/// A lot's value a year on a threshold's VAT basis, where it was read, and the arithmetic in words.
struct AnnualValue: Sendable {
    /// On the threshold's VAT basis.
    var amount: Decimal
    /// A year, as the tender states it (before any VAT conversion).
    var stated: Decimal
    /// The amount as stated: what a finding points at.
    var origin: Origin?
    /// "excluding VAT" when the amount was converted to the threshold's basis, for messages.
    var convertedBasis: String?
    /// True when the value is a framework's as a whole, taken for a lot that states none of its own.
    var isFrameworkWhole = false
    /// Writes `notes`: conditions and thresholds ask for the amount of every lot, and only findings print notes.
    let writeNotes: @Sendable () -> [String]

    /// The derivation and any VAT conversion, for notes.
    var notes: [String] { writeNotes() }
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
              let stated = value.perAnnumAmount(over: duration) else { return nil }
        let includesVAT = value.includesVAT?.value
        var amount = stated
        var convertedBasis: String?
        var grossGiven = false
        switch (basis, includesVAT) {
        case (.excluding, true?):
            amount = NetZeroMoney.converted(stated, vatRate: vatRate, including: false)
            convertedBasis = "excluding VAT"
        case (.including, false?):
            convertedBasis = "including VAT"
            if let gross = value.grossAmount,
               let grossPerAnnum = ContractValue(amount: gross, currency: value.currency, basis: value.basis).perAnnumAmount(over: duration) {
                amount = grossPerAnnum
                grossGiven = true
            } else {
                amount = NetZeroMoney.converted(stated, vatRate: vatRate, including: true)
            }
        default:
            break
        }
        let label = lot.label, format = tender.format
        let converted = amount
        let notes: @Sendable () -> [String] = { [frameworkWhole, grossGiven] in
            var notes: [String] = []
            let statedBasis = includesVAT.map { $0 ? "including VAT" : "excluding VAT" }
            let perAnnum = value.perAnnum(over: duration)
            if let explanation = perAnnum?.explanation {
                notes.append(explanation + (statedBasis.map { ", \($0)" } ?? ""))
            }
            notes += perAnnum?.notes ?? []
            if frameworkWhole {
                notes.append("\(label) states no value of its own, so the framework's value was taken for it: a framework's value is what may be called off under it")
            }
            let rateWords = vatRate == 0
                ? "with the vatRate parameter at 0% (a service exempt from VAT)"
                : "at \(NetZeroMoney.percent(vatRate)) VAT (the vatRate parameter; set it to 0% for services exempt from VAT)"
            switch (basis, includesVAT) {
            case (.excluding, true?):
                notes.append("the NHS threshold excludes VAT: \(NetZeroMoney.pounds(stated)) a year including VAT is \(NetZeroMoney.pounds(converted)) excluding VAT \(rateWords)")
            case (.including, false?):
                if grossGiven {
                    notes.append("PPN 006's threshold includes VAT: the tender gives \(NetZeroMoney.pounds(converted)) a year including VAT")
                } else {
                    notes.append("PPN 006's threshold includes VAT: \(NetZeroMoney.pounds(stated)) a year excluding VAT is \(NetZeroMoney.pounds(converted)) including VAT \(rateWords)")
                }
            case (.excluding, nil), (.including, nil):
                let thresholdBasis = basis == .excluding ? "excluding" : "including"
                let hint = format == .tenderSpec ? "; say vat=\"included\" or vat=\"excluded\"" : ""
                notes.append("the tender does not say whether the value includes VAT, so it was compared as stated with a threshold \(thresholdBasis) VAT\(hint)")
            default:
                break
            }
            return notes
        }
        return AnnualValue(amount: amount, stated: stated, origin: value.amount.origin?.field, convertedBasis: convertedBasis,
                           isFrameworkWhole: frameworkWhole, writeNotes: notes)
    }

    /// A lot's value over the whole contract including VAT, or nil when it cannot be worked out in pounds: a value
    /// a year needs a duration; a value that does not say whether it includes VAT is taken as stated.
    func totalValue(of lot: Lot, including vatRate: Decimal) -> TotalValue? {
        guard let (value, duration) = tender.value(of: lot), value.currency.value == "GBP" else { return nil }
        var amount = value.amount.value
        var words = NetZeroMoney.pounds(amount)
        if value.basis.value == .perAnnum {
            guard let length = duration?.length else { return nil }
            amount = length.totalToThePenny(perYear: amount)
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
                amount = NetZeroMoney.converted(amount, vatRate: vatRate, including: true)
                words += " excluding VAT, \(NetZeroMoney.pounds(amount)) including \(NetZeroMoney.percent(vatRate)) VAT"
            }
        case nil:
            words += " (the tender does not say whether that includes VAT)"
        }
        let label = lot.label, written = words
        return TotalValue(amount: amount, origin: value.amount.origin?.field, words: "\(label) is worth \(written)")
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
