/// Runs every rule over a tender in one pass and turns findings into diagnostics.
///
/// Rules are pure functions of the model, their parameters, the catalogues and the evaluation date; the
/// engine chooses the profile and the date and says in a note which it used.
public struct RuleEngine: Sendable {
    public var ruleSet: RuleSet
    public var settings: EngineSettings

    public init(ruleSet: RuleSet, settings: EngineSettings = EngineSettings()) {
        self.ruleSet = ruleSet
        self.settings = settings
    }

    /// The profile a tender is checked under: `--profile`, else the one its buyer's sector implies.
    public func profile(for tender: Tender) -> Profile {
        settings.profile ?? Profile.implied(by: tender.buyer.sector?.value)
    }

    public func check(_ tender: Tender) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        forEachRule(on: tender) { run in diagnostics += run.diagnostics }
        return diagnostics
    }

    /// The rules a run selects (`onlyRules`), whatever the profile.
    public var selectedRules: [Rule] {
        ruleSet.rules.filter { rule in settings.onlyRules.map { $0.contains(rule.id) } ?? true }
    }

    /// One rule run over one tender: its context (with its findings), or nil when the rule threw; its diagnostics.
    struct RuleRun {
        let rule: Rule
        let context: RuleContext?
        let diagnostics: [Diagnostic]
    }

    /// Runs each selected rule that applies under the tender's profile, in id order.
    func forEachRule(on tender: Tender, _ body: (RuleRun) -> Void) {
        let profile = profile(for: tender)
        let date = EvaluationDate.choose(for: tender, asOf: settings.asOf, today: settings.today)
        let shared = TenderMemo()
        for rule in selectedRules where rule.profiles.contains(profile) {
            let context = context(for: rule, on: tender, profile: profile, date: date, shared: shared)
            do {
                try rule.run(in: context)
            } catch {
                body(RuleRun(rule: rule, context: nil, diagnostics: [internalError(rule, error, in: tender)]))
                continue
            }
            let policy = rule.policy(for: profile, on: date.date)
            let diagnostics = context.findings.map { diagnostic(for: $0, of: rule, in: tender, date: date, policy: policy, profile: profile) }
            body(RuleRun(rule: rule, context: context, diagnostics: diagnostics))
        }
    }

    /// A fresh context for one rule: its parameters are the defaults with the run's values over them.
    func context(for rule: Rule, on tender: Tender, profile: Profile, date: EvaluationDate,
                 shared: TenderMemo = TenderMemo()) -> RuleContext {
        var parameters = Dictionary(uniqueKeysWithValues: rule.parameters.map { ($0.name, $0.defaultValue) })
        for (name, value) in settings.parameters[rule.id] ?? [:] { parameters[name] = value }
        return RuleContext(
            tender: tender, profile: profile, evaluationDate: date, catalogues: settings.catalogues,
            rule: rule.identity, parameters: parameters, shared: shared
        )
    }

    private func diagnostic(for finding: Finding, of rule: Rule, in tender: Tender, date: EvaluationDate,
                            policy: Policy?, profile: Profile) -> Diagnostic {
        let origin = finding.origin ?? tender.origin
        var notes = finding.notes
        let under = policy.map { "under \($0.shortName) (in force since \($0.inForceFrom))" } ?? "under the \(profile.title) profile"
        notes.append("evaluated as of \(date) \(under)")
        return Diagnostic(
            rule.identity,
            finding.severity ?? rule.severity,
            finding.message,
            at: origin?.location ?? .wholeFile(tender.source.path),
            label: finding.label,
            secondary: finding.secondary.map { Diagnostic.Label($0.message, at: $0.origin.location) },
            notes: notes,
            help: finding.help,
            fixIts: finding.fixIts.map { Diagnostic.FixIt($0.summary, replacing: $0.origin.location, with: $0.replacement) },
            documentPath: origin?.path,
            policy: policy?.citation
        )
    }

    private func internalError(_ rule: Rule, _ error: any Error, in tender: Tender) -> Diagnostic {
        Diagnostic(
            rule.identity, .error,
            "internal error: rule \(rule.id) could not check this document: \(error)",
            at: tender.origin?.location ?? .wholeFile(tender.source.path),
            notes: ["this is a fault in tenderlint, not in the document; the other rules still ran"],
            help: ["please report it with the document, or a cut-down copy that shows it"]
        )
    }
}

/// How a run checks tenders: the choices a user makes with options and, later, a configuration file.
public struct EngineSettings: Sendable {
    /// `--profile`; nil lets the buyer's sector decide.
    public var profile: Profile?
    /// `--as-of`; nil uses the document's dates, then today.
    public var asOf: CalendarDate?
    public var today: CalendarDate
    public var catalogues: CatalogueSet
    /// Parameter values other than the defaults, by rule id and parameter name.
    public var parameters: [String: [String: ParameterValue]]
    /// Run only these rules (for a rule's examples); nil runs all.
    public var onlyRules: Set<String>?

    public init(profile: Profile? = nil, asOf: CalendarDate? = nil, today: CalendarDate = .today(),
                catalogues: CatalogueSet = CatalogueSet(), parameters: [String: [String: ParameterValue]] = [:],
                onlyRules: Set<String>? = nil) {
        self.profile = profile
        self.asOf = asOf
        self.today = today
        self.catalogues = catalogues
        self.parameters = parameters
        self.onlyRules = onlyRules
    }
}
