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

/// A declared departure from "10% of the total score".
public struct SocialValueException: Sendable {
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        /// Pre-market engagement showed the market is immature: 10% of the quality score instead.
        case immatureMarket = "immature-market"
        /// An absolute method such as price per quality point: 10% of the quality score.
        case pricePerQualityPoint = "price-per-quality-point"
    }

    public var kind: Located<Kind>
    public var justification: Located<String>?
    public var origin: Origin?

    public init(kind: Located<Kind>, justification: Located<String>? = nil, origin: Origin? = nil) {
        self.kind = kind
        self.justification = justification
        self.origin = origin
    }
}

/// What a tender says about social value outside its criteria.
public struct SocialValueTerms: Sendable {
    /// Themes the tender targets, as declared (native) or recognised (OCDS, eForms).
    public var themes: [Located<SocialValueTheme>]
    /// Measures named outside any criterion (criteria carry their own).
    public var measures: [MeasureReference]
    public var exception: SocialValueException?
    /// Text in the specification recognised as social value, such as an eForms `soc-obj` code.
    public var recognitions: [Recognition]

    public init(themes: [Located<SocialValueTheme>] = [], measures: [MeasureReference] = [],
                exception: SocialValueException? = nil, recognitions: [Recognition] = []) {
        self.themes = themes
        self.measures = measures
        self.exception = exception
        self.recognitions = recognitions
    }
}
