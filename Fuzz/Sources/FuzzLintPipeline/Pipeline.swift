import FuzzSupport
import TenderLintKit
import TenderLintRules

/// The linter as `tenderlint lint` builds it with no options and no configuration, made once.
enum Pipeline {
    /// A fixed "today", so a run does not depend on the day it happens (dates decide which policies bind).
    static let settings = EngineSettings(today: CalendarDate(iso: "2025-06-30")!, catalogues: BuiltInRules.shippedCatalogues)

    static let linter: Linter = {
        var linter = Linter(
            engine: RuleEngine(ruleSet: BuiltInRules.ruleSet, settings: settings),
            suppressions: true, knownRules: BuiltInRules.identities
        )
        linter.jobs = 1
        return linter
    }()

    static let reportedRules = BuiltInRules.reportedRules

    /// `tenderlint inspect`: the model as text and as JSON, which must parse.
    static func inspect(_ source: SourceFile) {
        let model = linter.model(of: source)
        let inspector = TenderInspector(settings: settings, policies: BuiltInRules.policies)
        _ = inspector.text(model.tenders, path: source.path)
        ReportChecks.requireJSON(inspector.json(model.tenders, path: source.path), what: "inspect --format json")
    }
}
