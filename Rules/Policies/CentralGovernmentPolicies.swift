import TenderLintKit

/// UK central government's policies: Procurement Policy Notes on social value and Carbon Reduction Plans. They bind
/// departments, executive agencies and NDPBs wherever the contract is performed; not the devolved governments.
extension PolicyScope {
    static func centralGovernment(_ regime: Regime, aboveThreshold: Bool) -> PolicyScope {
        PolicyScope(
            "UK central government (departments, agencies, NDPBs) under \(regime.title)" + (aboveThreshold ? ", above the procurement threshold" : ""),
            buyerKinds: [.centralGovernment], regimes: [regime], threshold: aboveThreshold ? .above : nil)
    }
}

extension Policy {
    public static let ppn0620 = Policy(
        id: "ppn-06-20", shortName: "PPN 06/20",
        title: "Taking account of social value in the award of central government contracts",
        pack: .ukCentralGovernment, binds: .centralGovernment(.pcr2015, aboveThreshold: true),
        from: day(2021, 1, 1), until: day(2025, 2, 24),
        requirement: "Social value explicitly evaluated, with at least 10% of the total score. Where pre-market engagement shows that 10% would significantly reduce competition for lack of market maturity, 10% of the quality score (wording unconfirmed). Frameworks awarded under it keep it.",
        thresholds: ["procurements above the threshold under Part 2 of the PCR 2015"],
        exceptions: [.immatureMarket],
        source: "Cabinet Office, Procurement Policy Note 06/20 (September 2020)")

    public static let ppn002 = Policy(
        id: "ppn-002", shortName: "PPN 002",
        title: "Taking account of social value in the award of contracts (Procurement Act 2023)",
        pack: .ukCentralGovernment, binds: .centralGovernment(.procurementAct2023, aboveThreshold: true),
        from: day(2025, 10, 1),
        requirement: "At least 10% of the total score for social value \"where the requirements are relevant to the subject-matter of the contract, proportionate\"; with an absolute method such as price per quality point, 10% of the non-price score (wording unconfirmed). Usable from 2025-02-24, mandatory from 2025-10-01. Not private utilities; not MoD defence and security contracts.",
        thresholds: ["procurements above the threshold"],
        exceptions: [.pricePerQualityPoint, .notRelevantOrProportionate],
        source: "Cabinet Office, Procurement Policy Note 002 (published 13 February 2025)")

    public static let ppn026 = Policy(
        id: "ppn-026", shortName: "PPN 026",
        title: "Social value at 20% for central government contracts of £5m and above",
        pack: .ukCentralGovernment,
        binds: PolicyScope("UK central government (departments, agencies, NDPBs) under the Procurement Act 2023",
                           buyerKinds: [.centralGovernment], regimes: [.procurementAct2023]),
        from: day(2027, 1, 1),
        requirement: "Reported only in secondary sources: 10% below £5m, 20% at £5m and above; outcomes Good Jobs and Skills only; at least three KPIs at £5m and above; carbon leaves social value (it stays with PPN 006).",
        thresholds: ["£1m or more including VAT", "20% at £5m and above"],
        status: .unconfirmed,
        source: "Secondary sources only; not confirmed against a published note")

    public static let ppn0621 = Policy(
        id: "ppn-06-21", shortName: "PPN 06/21",
        title: "Taking account of Carbon Reduction Plans in the procurement of major government contracts",
        pack: .ukCentralGovernment, binds: .centralGovernment(.pcr2015, aboveThreshold: false),
        from: day(2021, 9, 30), until: day(2025, 2, 24),
        requirement: "A Carbon Reduction Plan (net zero by 2050 at the latest for UK operations; Scope 1, Scope 2 and five Scope 3 categories; approved by a director; published; updated yearly) for contracts above £5m a year, and frameworks and dynamic purchasing systems of similar value.",
        thresholds: ["above £5m a year (the VAT basis is not stated: the value is taken as the tender states it)"],
        source: "Cabinet Office, Procurement Policy Note 06/21 (June 2021)")

    public static let ppn006 = Policy(
        id: "ppn-006", shortName: "PPN 006",
        title: "Taking account of Carbon Reduction Plans in the procurement of major government contracts (Procurement Act 2023)",
        pack: .ukCentralGovernment, binds: .centralGovernment(.procurementAct2023, aboveThreshold: false),
        from: day(2025, 2, 24),
        requirement: "The same Carbon Reduction Plan, as a condition of participation, for contracts above £5m a year including VAT (averaged over the life of the contract); frameworks and dynamic markets only where a call-off could be over £5m a year; not where it \"would not be relevant … or proportionate\" (a justified exception).",
        thresholds: ["above £5m a year including VAT"],
        exceptions: [.notRelevantOrProportionate],
        source: "Cabinet Office, Procurement Policy Note 006 (February 2025)")

    static let ukCentralGovernment: [Policy] = [.ppn0620, .ppn002, .ppn026, .ppn0621, .ppn006]
}
