import TenderLintKit

/// A date the policy packs are written with; the dates are POLICY.md's.
func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate { CalendarDate(year: year, month: month, day: day)! }

extension PolicyScope {
    static let nhsEngland = PolicyScope("NHS bodies in England (trusts, foundation trusts, ICBs, NHS England and those buying for them)",
                                        buyerKinds: [.nhsBody], jurisdictions: [.england])
}
