/// The themes of the government Social Value Model, which NHS London's TOMs also use.
public enum SocialValueTheme: String, Sendable, Hashable, CaseIterable, Codable {
    case covid19Recovery = "covid-19-recovery"
    case tacklingEconomicInequality = "tackling-economic-inequality"
    case fightingClimateChange = "fighting-climate-change"
    case equalOpportunity = "equal-opportunity"
    case wellbeing

    /// As the policy names it.
    public var title: String {
        switch self {
        case .covid19Recovery: "COVID-19 recovery"
        case .tacklingEconomicInequality: "Tackling economic inequality"
        case .fightingClimateChange: "Fighting climate change"
        case .equalOpportunity: "Equal opportunity"
        case .wellbeing: "Wellbeing"
        }
    }
}

/// A commitment or question that names a measure of a TOMs framework.
public struct MeasureReference: Sendable {
    /// Such as `nhs-london-toms`, `national-toms`, `social-value-model`, or an illustrative catalogue.
    public var framework: Located<String>
    /// Such as `NT1` or `MAC 4.1`, as written.
    public var code: Located<String>
    public var target: Located<String>?
    public var unit: Located<String>?
    public var origin: Origin?

    public init(framework: Located<String>, code: Located<String>, target: Located<String>? = nil,
                unit: Located<String>? = nil, origin: Origin? = nil) {
        self.framework = framework
        self.code = code
        self.target = target
        self.unit = unit
        self.origin = origin
    }
}

/// What a tender says about social value outside its criteria.
public struct SocialValueTerms: Sendable {
    /// Themes the tender targets, as declared (native) or recognised (OCDS, eForms).
    public var themes: [Located<SocialValueTheme>]
    /// Measures named outside any criterion (criteria carry their own).
    public var measures: [MeasureReference]
    /// A declared exception to the social value minimum.
    public var exception: DeclaredException?
    /// Text in the specification recognised as social value, such as an eForms `soc-obj` code.
    public var recognitions: [Recognition]
    /// Community benefit requirements, as Scottish contract notices summarise them.
    public var communityBenefits: CommunityBenefits?

    public init(themes: [Located<SocialValueTheme>] = [], measures: [MeasureReference] = [],
                exception: DeclaredException? = nil, recognitions: [Recognition] = [],
                communityBenefits: CommunityBenefits? = nil) {
        self.themes = themes
        self.measures = measures
        self.exception = exception
        self.recognitions = recognitions
        self.communityBenefits = communityBenefits
    }
}
