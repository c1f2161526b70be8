/// Greenhouse gas emissions a Carbon Reduction Plan reports, by scope; PPN 06/21 names five Scope 3 categories.
public enum EmissionScope: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case scope1 = "1"
    case scope2 = "2"
    case upstreamTransportation = "3-upstream-transportation"
    case wasteGenerated = "3-waste"
    case businessTravel = "3-business-travel"
    case employeeCommuting = "3-employee-commuting"
    case downstreamTransportation = "3-downstream-transportation"
    /// All of Scope 3, as the NHS roadmap asks from April 2027.
    case scope3 = "3"

    /// The five Scope 3 categories of PPN 06/21 (the "subset").
    public static let ppn0621Scope3: [EmissionScope] = [
        .upstreamTransportation, .wasteGenerated, .businessTravel, .employeeCommuting, .downstreamTransportation,
    ]

    public static func < (lhs: EmissionScope, rhs: EmissionScope) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    public var title: String {
        switch self {
        case .scope1: "Scope 1"
        case .scope2: "Scope 2"
        case .upstreamTransportation: "upstream transportation and distribution"
        case .wasteGenerated: "waste generated in operations"
        case .businessTravel: "business travel"
        case .employeeCommuting: "employee commuting"
        case .downstreamTransportation: "downstream transportation and distribution"
        case .scope3: "all of Scope 3"
        }
    }
}

/// The standard a Carbon Reduction Plan requirement cites.
public enum CarbonReductionPlanStandard: String, Sendable, Hashable, CaseIterable, Codable {
    case ppn0621 = "ppn-06-21"
    case ppn006 = "ppn-006"
    case nhs
}

/// What the tender asks of suppliers' Carbon Reduction Plans.
public struct CarbonReductionPlanRequirement: Sendable {
    public var required: Located<Bool>
    public var standard: Located<CarbonReductionPlanStandard>?
    public var scopes: [Located<EmissionScope>]
    /// The year by which the supplier must commit to net zero (2050 at the latest; the NHS encourages 2045).
    public var netZeroBy: Located<Int>?
    /// Whether global emissions are covered rather than UK operations only.
    public var global: Located<Bool>?
    /// Why it was recognised from text, for OCDS and eForms.
    public var recognition: Recognition?
    public var origin: Origin?

    public init(required: Located<Bool>, standard: Located<CarbonReductionPlanStandard>? = nil,
                scopes: [Located<EmissionScope>] = [], netZeroBy: Located<Int>? = nil, global: Located<Bool>? = nil,
                recognition: Recognition? = nil, origin: Origin? = nil) {
        self.required = required
        self.standard = standard
        self.scopes = scopes
        self.netZeroBy = netZeroBy
        self.global = global
        self.recognition = recognition
        self.origin = origin
    }
}

/// A yes/no requirement of the net zero roadmap, with where it was stated or recognised.
public struct Requirement: Sendable {
    public var required: Located<Bool>
    public var recognition: Recognition?

    public init(required: Located<Bool>, recognition: Recognition? = nil) {
        self.required = required
        self.recognition = recognition
    }
}

/// What a tender asks of suppliers about net zero.
public struct NetZeroTerms: Sendable {
    public var carbonReductionPlan: CarbonReductionPlanRequirement?
    public var netZeroCommitment: Requirement?
    public var evergreenAssessment: Requirement?
    /// Public reporting of targets and emissions.
    public var publicReporting: Requirement?
    public var productCarbonFootprints: Requirement?
    /// Other text recognised as net zero, such as an eForms `clim-mitig` code.
    public var recognitions: [Recognition]
    /// A declared exception to the Carbon Reduction Plan requirement (not relevant or not proportionate).
    public var exception: DeclaredException?
    /// Where the terms were written together (a tender spec's `<net-zero>`, even an empty one); nil where the
    /// document has no such place (a notice's terms are gathered from several).
    public var origin: Origin?

    public init(carbonReductionPlan: CarbonReductionPlanRequirement? = nil, netZeroCommitment: Requirement? = nil,
                evergreenAssessment: Requirement? = nil, publicReporting: Requirement? = nil,
                productCarbonFootprints: Requirement? = nil, recognitions: [Recognition] = [], exception: DeclaredException? = nil) {
        self.carbonReductionPlan = carbonReductionPlan
        self.netZeroCommitment = netZeroCommitment
        self.evergreenAssessment = evergreenAssessment
        self.publicReporting = publicReporting
        self.productCarbonFootprints = productCarbonFootprints
        self.recognitions = recognitions
        self.exception = exception
    }
}
