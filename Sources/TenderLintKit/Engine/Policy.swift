/// A policy a rule enforces: whom it binds, from and until when, its thresholds and the exceptions it allows
/// (see ../shared/domain/POLICY.md). The engine, not the rule, decides whether a policy binds a tender.
public struct Policy: Sendable, Hashable, CustomStringConvertible {
    /// How firmly the policy is known to apply.
    public enum Status: String, Sendable, Hashable {
        /// A duty on the buyers it binds.
        case mandatory
        /// Recommended, not required: findings under it are information.
        case goodPractice = "good-practice"
        /// Seen only in secondary sources: off unless a configuration turns it on (`policies:`), and a finding
        /// may say in a note what it would change.
        case unconfirmed
    }

    /// Stable id, kebab-case: `ppn-06-20`. Configurations name policies by it.
    public let id: String
    /// As POLICY.md names it: `PPN 06/20`.
    public let shortName: String
    public let title: String
    /// The group of policies it belongs to, such as the NHS England pack.
    public let pack: PolicyPack
    public let binds: PolicyScope
    /// The first commencement date of a procurement it applies to.
    public let appliesFrom: CalendarDate
    /// Procurements commenced from this day are no longer bound by it (a successor took over); nil if none.
    public let appliesUntil: CalendarDate?
    /// What it asks, in a sentence, for documentation.
    public let requirement: String
    /// Value thresholds in words ("£5m a year or more, excluding VAT"), for documentation.
    public let thresholds: [String]
    /// The exceptions a tender may declare under it (and under no other).
    public let exceptions: Set<DeclaredException.Kind>
    public let status: Status
    /// Where it comes from: the document's title and publisher.
    public let source: String
    /// Years of grace small suppliers (SME, VCSE) were promised on it (unconfirmed; off unless a rule's
    /// `smallSupplierGrace` parameter turns it on).
    public let graceYearsForSmallSuppliers: Int

    public init(id: String, shortName: String, title: String, pack: PolicyPack, binds: PolicyScope,
                from appliesFrom: CalendarDate, until appliesUntil: CalendarDate? = nil, requirement: String,
                thresholds: [String] = [], exceptions: Set<DeclaredException.Kind> = [], status: Status = .mandatory,
                source: String, graceYearsForSmallSuppliers: Int = 0) {
        self.id = id
        self.shortName = shortName
        self.title = title
        self.pack = pack
        self.binds = binds
        self.appliesFrom = appliesFrom
        self.appliesUntil = appliesUntil
        self.requirement = requirement
        self.thresholds = thresholds
        self.exceptions = exceptions
        self.status = status
        self.source = source
        self.graceYearsForSmallSuppliers = graceYearsForSmallSuppliers
    }

    /// Whether it applies to a procurement commenced on a date (without any grace period).
    public func applies(on date: CalendarDate) -> Bool {
        date >= appliesFrom && (appliesUntil.map { date < $0 } ?? true)
    }

    /// "from 2021-09-30 until 2025-02-23": the commencement dates it covers, the last day where it has one.
    public var commencementRange: String {
        "from \(appliesFrom)" + (appliesUntil.map { " until \($0.previousDay)" } ?? "")
    }

    /// "PPN 002 applies to procurements commenced from 2025-10-01", with the last day where it has one.
    public var datesDescription: String { "\(shortName) applies to procurements commenced \(commencementRange)" }

    /// The exceptions it allows, in the order they are declared.
    public var exceptionKinds: [DeclaredException.Kind] { DeclaredException.Kind.allCases.filter(exceptions.contains) }

    /// "NHS net zero and social value guidance (from 2022-04-01)".
    public var description: String { "\(shortName) (from \(appliesFrom))" }

    public var citation: PolicyCitation { PolicyCitation(shortName, detail: title) }

    public static func == (lhs: Policy, rhs: Policy) -> Bool { lhs.id == rhs.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}

/// A group of policies that belong together: one government's, or one law's.
public enum PolicyPack: String, Sendable, Hashable, CaseIterable {
    case nhsEngland = "nhs-england"
    case ukCentralGovernment = "uk-central-government"
    case wales
    case scotland
    case northernIreland = "northern-ireland"
    case procurementAct = "procurement-act-2023"

    public var title: String {
        switch self {
        case .nhsEngland: "NHS England"
        case .ukCentralGovernment: "UK central government"
        case .wales: "Wales"
        case .scotland: "Scotland"
        case .northernIreland: "Northern Ireland"
        case .procurementAct: "Procurement Act 2023"
        }
    }
}
