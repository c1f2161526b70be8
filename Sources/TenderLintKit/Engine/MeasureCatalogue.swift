/// A catalogue of TOMs measures: data loaded at run time, never compiled in, because the real lists are
/// held by buyers' organisations and revised over time.
public struct MeasureCatalogue: Sendable {
    /// Such as `nhs-london-toms`, `national-toms`, `social-value-model`, `illustrative-toms`.
    public var framework: String
    public var edition: String
    public var title: String
    public var inForceFrom: CalendarDate?
    /// True for a made-up catalogue for samples and tests: its codes are no official list's.
    public var isIllustrative: Bool
    public var measures: [CatalogueMeasure]

    public init(framework: String, edition: String, title: String, inForceFrom: CalendarDate? = nil,
                isIllustrative: Bool, measures: [CatalogueMeasure]) {
        self.framework = framework
        self.edition = edition
        self.title = title
        self.inForceFrom = inForceFrom
        self.isIllustrative = isIllustrative
        self.measures = measures
    }

    public func measure(_ code: String) -> CatalogueMeasure? { measures.first { $0.code == code } }
}

public struct CatalogueMeasure: Sendable, Hashable {
    public var code: String
    public var title: String
    public var theme: SocialValueTheme?
    public var outcome: String?
    /// Such as FTE, %, GBP, hours, tCO2e.
    public var unit: String?
    /// The edition in which it was retired, if it was.
    public var retiredIn: String?

    public init(code: String, title: String, theme: SocialValueTheme? = nil, outcome: String? = nil,
                unit: String? = nil, retiredIn: String? = nil) {
        self.code = code
        self.title = title
        self.theme = theme
        self.outcome = outcome
        self.unit = unit
        self.retiredIn = retiredIn
    }
}

/// The catalogues active for a run; several may be, one per framework.
public struct CatalogueSet: Sendable {
    public var catalogues: [MeasureCatalogue]

    public init(_ catalogues: [MeasureCatalogue] = []) {
        self.catalogues = catalogues
    }

    public func catalogue(for framework: String) -> MeasureCatalogue? {
        catalogues.first { $0.framework == framework }
    }
}
