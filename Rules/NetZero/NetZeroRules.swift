import Foundation
import TenderLintKit

/// Net zero rules: Carbon Reduction Plans, Net Zero Commitments and the NHS supplier roadmap (NZ001–NZ007).
///
/// Grace periods: an earlier NHS page promised lots reserved for SMEs or VCSEs two more years on the roadmap's
/// April 2023, April 2024 and April 2027 milestones; the current page does not. The grace is therefore off unless
/// a rule's `smallSupplierGrace` parameter turns it on. Where it lifts a requirement altogether the rules say
/// nothing about that lot; where it only softens one (an earlier milestone still applies, so less is asked) the
/// finding says so in a note.
public enum NetZeroRules {
    /// The family's rules in the order the rule set runs them (BuiltInRules); each is declared in its own
    /// <ID><Name>.swift beside this file.
    public static let all: [Rule] = [
        carbonReductionPlanRequired, netZeroCommitmentRequired, carbonReductionPlanScope,
        netZeroTargetYear, publicReportingRequired, evergreenAssessmentRequired, welshPlanGoodPractice,
    ]

    /// The policies that ask for a Carbon Reduction Plan.
    static let planPolicies: [Policy] = [
        .ppn0621, .ppn006, .nhsCarbonReductionPlan2023, .nhsCarbonReductionPlan2024, .nhsCarbonReductionPlan2027, .wppn0621, .wppn006,
    ]

    static let crpThresholdPerAnnum = ParameterKey.pounds(
        "crpThresholdPerAnnum", default: 5_000_000,
        "The value a year from which a Carbon Reduction Plan is due (NHS: excluding VAT, from 2024 at the threshold itself; PPN 006: including VAT)")
    static let nhs2027ThresholdPerAnnum = ParameterKey.pounds(
        "nhs2027ThresholdPerAnnum", default: 5_000_000,
        "From April 2027, the value a year (excluding VAT) from which the NHS asks for a plan: its value tiers are not yet confirmed")
    static let frameworkValueAsCallOff = ParameterKey.flag(
        "frameworkValueAsCallOff", default: true,
        "Under PPN 006, take a framework's own value a year as its largest call-off; false leaves frameworks under PPN 006 unchecked")
    static let commitmentFromPerAnnum = ParameterKey.pounds(
        "commitmentFromPerAnnum", default: 10_000, "The value a year, excluding VAT, from which a Net Zero Commitment is due")
    static let fromPerAnnum = ParameterKey.pounds(
        "fromPerAnnum", default: 10_000, "Contracts known to be worth less than this a year are not checked (tenderlint's reading)")
    static let evergreenFrom = ParameterKey.date(
        "evergreenFrom", default: CalendarDate(year: 2030, month: 1, day: 1)!,
        "The day from which the Evergreen assessment is required (the roadmap says 2030 without a month)")

    /// A minimal evaluation, so that the examples are complete tenders.
    static let evaluation = #"<evaluation><criterion id="price" kind="price" weight="90"/><criterion id="social-value" kind="social-value" weight="10"/></evaluation>"#

    /// Example parameters that turn the small-supplier grace period on.
    static let withGrace: [String: ParameterValue] = [ParameterKey<Bool>.smallSupplierGrace.name: .flag(true)]

    static let vatRate = ParameterKey.percent(
        "vatRate", default: 20,
        "The VAT rate used to put a value on a threshold's VAT basis: the NHS thresholds exclude VAT, PPN 006's includes it. Set 0% for services exempt from VAT.")
}
