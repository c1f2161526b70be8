import Foundation
import TenderLintKit

/// SV005: a Scottish contract notice of £4m or more summarises its community benefit requirements, or says why
/// there are none (Procurement Reform (Scotland) Act 2014 s.25).
extension SocialValueRules {
    static let communityBenefitsThreshold = ParameterKey.pounds(
        "thresholdValue", default: 4_000_000,
        "The estimated contract value from which the notice must summarise community benefit requirements (s.25: £4,000,000)")

    static let communityBenefitsSummary = Rule("SV005", "community-benefits-summary") {
        Summary("A Scottish contract of £4m or more summarises its community benefit requirements, or says why it has none")
        Severity(.error)
        WhatItChecks("""
            Whether the notice of a Scottish contract whose estimated value is **£4,000,000 or more** (the \
            parameter `thresholdValue`) gives a summary of its community benefit requirements, or the **reasons** \
            for including none. It reports a notice that says nothing of them, one that says they are included \
            but does not summarise them, and one that says there are none but gives no reasons.

            In tenderlint's own format the statement is `<community-benefits included="true">summary</community-benefits>` \
            (or `included="false"` with the reasons) in `<social-value>`. In Public Contracts Scotland notices it \
            is the standard wording ("Community benefits are included in this requirement … A summary of the \
            expected community benefits has been provided as follows: …", or "The Contracting Authority does not \
            intend to include any community benefit requirements in this contract for the following reason: …").

            The estimated value is the tender's value over the whole contract (a value a year times the duration), \
            else the sum of its lots' values, as the document states it.
            """)
        Why("""
            Scottish contracting authorities must consider community benefit requirements for every contract \
            whose estimated value is **£4,000,000 or more**, and the **contract notice** must give a summary of \
            those it includes, or the **reasons** for including none (Procurement Reform (Scotland) Act 2014 \
            s.25, in force from 1 June 2016). The Act sets no weighting.

            The rule binds Scottish contracting authorities only (the buyer is in Scotland and the Scottish \
            regulations apply); it does not run for other buyers.
            """)
        NotThisRulesFinding("""
            A notice that does not show the buyer's nation (TL015 says what is missing); a value that cannot be \
            read, such as an amount written as £31m (TL005). A contract below the threshold, or whose estimated \
            value cannot be worked out in pounds: no rule, as the duty cannot be shown to apply. How much weight \
            community benefits carry: no rule, since the Act sets none, and the social value minimum (SV001, \
            SV002) binds no Scottish body.
            """)
        Enforces(.scotlandCommunityBenefits)
        Parameter(communityBenefitsThreshold)
        Needs(.communityBenefitsValue)
        AppliesOnlyWhen(.communityBenefitsThreshold)
        Check { rule in
            guard !rule.communityBenefitsStated else { return }
            let benefits = rule.tender.socialValue.communityBenefits
            let value = rule.estimatedContractValue
            let worth = value.map { "the contract is estimated at \(NetZeroMoney.pounds($0.amount))" } ?? "the contract"
            let threshold = NetZeroMoney.pounds(rule[communityBenefitsThreshold])
            rule.report {
                switch benefits?.included?.value {
                case true?: Message("\(worth), and the notice says community benefits are included but does not summarise them")
                case false?: Message("\(worth), and the notice says it has no community benefit requirements but gives no reasons")
                case nil where benefits != nil: Message("\(worth); the notice mentions community benefits but neither summarises the requirements nor gives reasons for having none")
                case nil: Message("\(worth), so the notice must summarise its community benefit requirements or give the reasons for having none, and it says nothing of them")
                }
                At(benefits?.origin ?? value?.origin ?? rule.tender.origin)
                Label(benefits == nil ? "no community benefits" : "no summary or reasons")
                Note("contracts with an estimated value of \(threshold) or more must consider community benefit requirements, and the contract notice must summarise them or say why there are none")
                if let value { Note(value.words) }
                Help(rule.spelling.communityBenefitsHelp)
            }
        }
        Examples {
            Triggering("""
                <tender xmlns="urn:tenderlint:tender-spec:1" id="EXAMPLE" above-threshold="true">
                  <buyer sector="local-government" jurisdiction="scotland">Example Council</buyer>
                  <dates publication="2026-06-01"/>
                  <value ↓amount="4800000" currency="GBP" vat="excluded"/>
                  <duration months="48"/>
                  <evaluation>
                    <criterion id="price" kind="price" weight="40"/>
                    <criterion id="quality" kind="quality" weight="60"/>
                  </evaluation>
                </tender>
                """)
            // £1,200,000 a year for 48 months is £4,800,000.
            Triggering("""
                <tender xmlns="urn:tenderlint:tender-spec:1" id="EXAMPLE" above-threshold="true">
                  <buyer sector="nhs" jurisdiction="scotland">NHS Example</buyer>
                  <dates publication="2026-06-01"/>
                  <value amount="1200000" currency="GBP" vat="excluded" basis="per-annum"/>
                  <duration months="48"/>
                  <social-value>
                    ↓<community-benefits included="true"/>
                  </social-value>
                  <evaluation>
                    <criterion id="price" kind="price" weight="40"/>
                    <criterion id="quality" kind="quality" weight="60"/>
                  </evaluation>
                </tender>
                """)
            NonTriggering("""
                <tender xmlns="urn:tenderlint:tender-spec:1" id="EXAMPLE" above-threshold="true">
                  <buyer sector="local-government" jurisdiction="scotland">Example Council</buyer>
                  <dates publication="2026-06-01"/>
                  <value amount="4800000" currency="GBP" vat="excluded"/>
                  <duration months="48"/>
                  <social-value>
                    <community-benefits included="true">Two apprenticeships a year and school engagement in the council area.</community-benefits>
                  </social-value>
                  <evaluation>
                    <criterion id="price" kind="price" weight="40"/>
                    <criterion id="quality" kind="quality" weight="60"/>
                  </evaluation>
                </tender>
                """)
            NonTriggering("""
                <tender xmlns="urn:tenderlint:tender-spec:1" id="EXAMPLE" above-threshold="true">
                  <buyer sector="local-government" jurisdiction="scotland">Example Council</buyer>
                  <dates publication="2026-06-01"/>
                  <value amount="4800000" currency="GBP" vat="excluded"/>
                  <duration months="48"/>
                  <social-value>
                    <community-benefits included="false">A single delivery of stock from the manufacturer: no workforce in Scotland to deliver benefits.</community-benefits>
                  </social-value>
                  <evaluation>
                    <criterion id="price" kind="price" weight="40"/>
                    <criterion id="quality" kind="quality" weight="60"/>
                  </evaluation>
                </tender>
                """)
            // Below £4m.
            NonTriggering("""
                <tender xmlns="urn:tenderlint:tender-spec:1" id="EXAMPLE" above-threshold="true">
                  <buyer sector="local-government" jurisdiction="scotland">Example Council</buyer>
                  <dates publication="2026-06-01"/>
                  <value amount="3999999" currency="GBP" vat="excluded"/>
                  <duration months="48"/>
                  <evaluation>
                    <criterion id="price" kind="price" weight="40"/>
                    <criterion id="quality" kind="quality" weight="60"/>
                  </evaluation>
                </tender>
                """)
            // An English council is not bound by the Scottish Act.
            NonTriggering("""
                <tender xmlns="urn:tenderlint:tender-spec:1" id="EXAMPLE" above-threshold="true">
                  <buyer sector="local-government" jurisdiction="england">Example Council</buyer>
                  <dates publication="2026-06-01"/>
                  <value amount="4800000" currency="GBP" vat="excluded"/>
                  <duration months="48"/>
                  <evaluation>
                    <criterion id="price" kind="price" weight="40"/>
                    <criterion id="quality" kind="quality" weight="60"/>
                  </evaluation>
                </tender>
                """)
        }
    }
}

extension RuleContext {
    /// The contract's estimated value in pounds, as stated: the tender's value over the whole contract (a value
    /// a year times the duration), else the sum of its lots' values; nil when it cannot be worked out.
    var estimatedContractValue: TotalValue? {
        func total(_ value: ContractValue, _ duration: ContractDuration?) -> Decimal? {
            guard value.currency.value == "GBP" else { return nil }
            guard value.basis.value == .perAnnum else { return value.amount.value }
            guard let length = duration?.length else { return nil }
            return length.totalToThePenny(perYear: value.amount.value)
        }
        if let value = tender.value, let amount = total(value, tender.duration) {
            return TotalValue(amount: amount, origin: value.amount.origin?.field,
                              words: "the tender's estimated value is \(NetZeroMoney.pounds(amount))")
        }
        var sum = Decimal(0)
        for lot in tender.lots {
            guard let value = lot.value, let amount = total(value, lot.duration ?? tender.duration) else { return nil }
            sum += amount
        }
        guard tender.lots.contains(where: { $0.value != nil }) else { return nil }
        let total = sum, count = tender.lots.count
        return TotalValue(amount: total, origin: tender.origin, words: "its \(count) lots add up to \(NetZeroMoney.pounds(total))")
    }

    /// Whether the document summarises its community benefit requirements or gives its reasons for having none.
    var communityBenefitsStated: Bool {
        guard let benefits = tender.socialValue.communityBenefits else { return false }
        return !benefits.statementText.isEmpty
    }
}
