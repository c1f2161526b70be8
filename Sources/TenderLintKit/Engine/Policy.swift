/// A policy a rule enforces, with the date from which it applies (see ../shared/domain/POLICY.md).
public struct Policy: Sendable, Hashable, CustomStringConvertible {
    /// Stable id, kebab-case: `ppn-06-20`.
    public let id: String
    /// As POLICY.md names it: `PPN 06/20`.
    public let shortName: String
    public let title: String
    /// The first day it applies.
    public let inForceFrom: CalendarDate
    /// The first day it no longer applies (replaced by a successor), if any.
    public let supersededOn: CalendarDate?
    /// Which profile it belongs to.
    public let profile: Profile
    /// Small suppliers (SME, VCSE) get this many years' grace on it.
    public let graceYearsForSmallSuppliers: Int

    public init(id: String, shortName: String, title: String, inForceFrom: CalendarDate, supersededOn: CalendarDate? = nil,
                profile: Profile, graceYearsForSmallSuppliers: Int = 0) {
        self.id = id
        self.shortName = shortName
        self.title = title
        self.inForceFrom = inForceFrom
        self.supersededOn = supersededOn
        self.profile = profile
        self.graceYearsForSmallSuppliers = graceYearsForSmallSuppliers
    }

    /// Whether it applies on a date (without any grace period).
    public func isInForce(on date: CalendarDate) -> Bool {
        date >= inForceFrom && (supersededOn.map { date < $0 } ?? true)
    }

    /// "NHS net zero and social value guidance (in force since 2022-04-01)".
    public var description: String { "\(shortName) (in force since \(inForceFrom))" }

    public var citation: PolicyCitation { PolicyCitation(shortName, detail: title) }

    public static func == (lhs: Policy, rhs: Policy) -> Bool { lhs.id == rhs.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}

private func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate { CalendarDate(year: year, month: month, day: day)! }

extension Policy {
    // Social value weighting.
    public static let ppn0620 = Policy(
        id: "ppn-06-20", shortName: "PPN 06/20", title: "Taking account of social value in the award of central government contracts",
        inForceFrom: day(2021, 1, 1), supersededOn: day(2025, 10, 1), profile: .centralGovernment)
    public static let ppn002 = Policy(
        id: "ppn-002", shortName: "PPN 002", title: "Taking account of social value in the award of contracts (Procurement Act 2023)",
        inForceFrom: day(2025, 10, 1), profile: .centralGovernment)
    public static let nhsNetZeroAndSocialValue = Policy(
        id: "nhs-net-zero-social-value", shortName: "NHS net zero and social value guidance",
        title: "Applying net zero and social value in the procurement of NHS goods and services",
        inForceFrom: day(2022, 4, 1), profile: .nhsEngland)

    // Carbon Reduction Plans.
    public static let ppn0621 = Policy(
        id: "ppn-06-21", shortName: "PPN 06/21", title: "Taking account of Carbon Reduction Plans in the procurement of major government contracts",
        inForceFrom: day(2021, 9, 30), supersededOn: day(2025, 2, 24), profile: .centralGovernment)
    public static let ppn006 = Policy(
        id: "ppn-006", shortName: "PPN 006", title: "Taking account of Carbon Reduction Plans (Procurement Act 2023)",
        inForceFrom: day(2025, 2, 24), profile: .centralGovernment)
    public static let nhsRoadmap2023 = Policy(
        id: "nhs-roadmap-2023", shortName: "NHS Net Zero Supplier Roadmap, April 2023",
        title: "Carbon Reduction Plan for new contracts above £5m a year (excluding VAT)",
        inForceFrom: day(2023, 4, 1), profile: .nhsEngland, graceYearsForSmallSuppliers: 2)
    public static let nhsRoadmap2024 = Policy(
        id: "nhs-roadmap-2024", shortName: "NHS Net Zero Supplier Roadmap, April 2024",
        title: "Full Carbon Reduction Plan from £5m a year and for every new framework; Net Zero Commitment from £10k to £5m a year",
        inForceFrom: day(2024, 4, 1), profile: .nhsEngland, graceYearsForSmallSuppliers: 2)
    public static let nhsRoadmap2027 = Policy(
        id: "nhs-roadmap-2027", shortName: "NHS Net Zero Supplier Roadmap, April 2027",
        title: "Public reporting of targets and emissions; Carbon Reduction Plans for global Scope 1, 2 and 3 emissions",
        inForceFrom: day(2027, 4, 1), profile: .nhsEngland, graceYearsForSmallSuppliers: 2)
    public static let nhsRoadmap2028 = Policy(
        id: "nhs-roadmap-2028", shortName: "NHS Net Zero Supplier Roadmap, April 2028",
        title: "Carbon footprints of individual products supplied to the NHS",
        inForceFrom: day(2028, 4, 1), profile: .nhsEngland)
    public static let nhsRoadmap2030 = Policy(
        id: "nhs-roadmap-2030", shortName: "NHS Net Zero Supplier Roadmap, 2030",
        title: "Qualification through published progress reports and the Evergreen Sustainable Supplier Assessment",
        inForceFrom: day(2030, 1, 1), profile: .nhsEngland)

    public static let all: [Policy] = [
        .ppn0620, .ppn002, .nhsNetZeroAndSocialValue, .ppn0621, .ppn006,
        .nhsRoadmap2023, .nhsRoadmap2024, .nhsRoadmap2027, .nhsRoadmap2028, .nhsRoadmap2030,
    ]
}
