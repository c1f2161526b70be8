/// Runs every rule over a tender in one pass and turns findings into diagnostics.
///
/// Rules are pure functions of the model, their parameters, the catalogues and the evaluation date. The engine
/// decides, per tender, which of the policies each rule enforces bind it (whom each binds, from when, given
/// `--profile`), runs a rule only where one does and only on the lots that meet its conditions, and says in
/// every finding why the policy binds and which day it was judged as of.
public struct RuleEngine: Sendable {
    public var ruleSet: RuleSet
    public var settings: EngineSettings
    /// How many rules may run at once over a tender with many lots, asked as its rules start: a single large
    /// document would otherwise use one core. One by default; the linter gives the threads of `--jobs` that no
    /// other file is using then.
    public var ruleThreads: @Sendable () -> Int = { 1 }

    public init(ruleSet: RuleSet, settings: EngineSettings = EngineSettings()) {
        self.ruleSet = ruleSet
        self.settings = settings
    }

    /// The tender as the rules judge it: date, applicability (with the profile) and policy bindings.
    public func judge(_ tender: Tender) -> TenderJudgement { TenderJudgement(tender, settings: settings) }

    public func check(_ tender: Tender) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let extra = forEachRule(on: tender) { run in diagnostics += run.diagnostics }
        return diagnostics + extra
    }

    /// The rules a run selects (`onlyRules`).
    public var selectedRules: [Rule] {
        ruleSet.rules.filter { rule in settings.onlyRules.map { $0.contains(rule.id) } ?? true }
    }

    /// One rule over one tender: the context it ran in (nil when it did not run), what each lot's outcome is
    /// before findings count (nil where the rule judged the lot), and its diagnostics.
    struct RuleRun {
        let rule: Rule
        let context: RuleContext?
        /// One per lot: why the rule did not judge it, or nil where it did.
        let unjudged: [LotOutcome?]
        let diagnostics: [Diagnostic]
        /// The context where a policy the rule enforces binds the tender (or the rule enforces none), whether or
        /// not any lot met its conditions: where charts ask for the rule's minimum.
        var bound: RuleContext?
    }

    /// Runs each selected rule in id order. Returns what the run says of the tender as a whole: one TL015 where
    /// the document does not show whether policies bind its buyer. With `ruleThreads` above one and many lots,
    /// the rules run on several threads, each with its own memo, and `body` still sees them in id order.
    @discardableResult
    func forEachRule(on tender: Tender, judgement: TenderJudgement? = nil, _ body: (RuleRun) -> Void) -> [Diagnostic] {
        let judgement = judgement ?? judge(tender)
        let rules = selectedRules
        var notKnown: [PolicyBinding] = []
        let jobs = rules.count > 1 && tender.lots.count >= Self.lotsWorthSharing ? ruleThreads() : 1
        if jobs > 1 {
            let runs = ParallelResults<(run: RuleRun, unknown: [PolicyBinding])>(count: rules.count)
            _ = DocumentSweep(jobs: jobs).run(count: rules.count, start: { TenderMemo() }) { index, shared in
                runs.store(run(rules[index], on: tender, judgement: judgement, shared: shared), at: index)
            }
            for ran in runs.all {
                notKnown += ran.unknown
                body(ran.run)
            }
        } else {
            let shared = TenderMemo()
            for rule in rules {
                let ran = run(rule, on: tender, judgement: judgement, shared: shared)
                notKnown += ran.unknown
                body(ran.run)
            }
        }
        return notKnown.isEmpty ? [] : [BuyerNotIdentified(judgement: judgement, bindings: notKnown).diagnostic]
    }

    /// Lots from which a tender's rules are shared among `ruleThreads` threads: below it, a thread costs more than it saves.
    public static let lotsWorthSharing = 256

    /// One rule over a tender, with the policies it would enforce whose binding the document leaves unknown.
    private func run(_ rule: Rule, on tender: Tender, judgement: TenderJudgement, shared: TenderMemo) -> (run: RuleRun, unknown: [PolicyBinding]) {
        let lotCount = tender.lots.count
        func skip(_ unjudged: [LotOutcome?]) -> (run: RuleRun, unknown: [PolicyBinding]) {
            (RuleRun(rule: rule, context: nil, unjudged: unjudged, diagnostics: []), [])
        }
        func skipAll(_ outcome: LotOutcome) -> (run: RuleRun, unknown: [PolicyBinding]) { skip(Array(repeating: outcome, count: lotCount)) }
        guard judgement.judgesEvaluationDesign else { return skipAll(.notApplicable(because: "stage")) }
        let bindings = rule.policies.map(judgement.binding)
        let binding = bindings.filter { $0.verdict == .binds }.map(\.policy).sorted { $0.appliesFrom > $1.appliesFrom }
        if !rule.policies.isEmpty, binding.isEmpty {
            let unknown = bindings.filter { $0.verdict == .unknown }
            guard !unknown.isEmpty else { return skipAll(.notApplicable(because: "policy")) }
            // Were the policies to bind, would the rule concern any lot? If not, what the document leaves
            // unsaid makes no difference, and is not worth a TL015.
            let whatIf = context(for: rule, judgement: judgement, policies: unknown.map(\.policy), shared: shared)
            let outcomes = tender.lots.map { rule.unmetCondition(for: $0, in: whatIf) }
            if outcomes.allSatisfy({ if case .notApplicable? = $0 { true } else { false } }) { return skip(outcomes) }
            return (skipAll(.notEvaluable(because: "policy-not-known")).run, unknown)
        }
        let context = context(for: rule, judgement: judgement, policies: binding, shared: shared)
        let unjudged = tender.lots.map { rule.unmetCondition(for: $0, in: context) }
        context.lotIndices = unjudged.indices.filter { unjudged[$0] == nil }
        context.lots = context.lotIndices.map { tender.lots[$0] }
        guard !context.lots.isEmpty else {
            return (RuleRun(rule: rule, context: nil, unjudged: unjudged, diagnostics: [], bound: context), [])
        }
        do {
            try rule.run(in: context)
            if !context.undeclaredParameters.isEmpty {
                throw RuleError.undeclaredParameters(context.undeclaredParameters, rule: rule.id)
            }
        } catch {
            return (RuleRun(rule: rule, context: nil, unjudged: Array(repeating: .notEvaluable(because: "internal-error"), count: lotCount),
                            diagnostics: [internalError(rule, error, in: tender)]), [])
        }
        let diagnostics = context.findings.map { diagnostic(for: $0, of: rule, in: context) }
        return (RuleRun(rule: rule, context: context, unjudged: unjudged, diagnostics: diagnostics, bound: context), [])
    }

    /// A fresh context for one rule: its parameters are the defaults with the run's values over them.
    func context(for rule: Rule, judgement: TenderJudgement, policies: [Policy], shared: TenderMemo = TenderMemo()) -> RuleContext {
        var parameters = Dictionary(uniqueKeysWithValues: rule.parameters.map { ($0.name, $0.defaultValue) })
        for (name, value) in settings.parameters[rule.id] ?? [:] { parameters[name] = value }
        return RuleContext(judgement: judgement, catalogues: settings.catalogues, rule: rule, parameters: parameters,
                           policies: policies, shared: shared)
    }

    private func diagnostic(for finding: Finding, of rule: Rule, in context: RuleContext) -> Diagnostic {
        let tender = context.tender
        let origin = finding.origin ?? tender.origin
        let policy = finding.policy ?? context.policies.first
        var notes = finding.notes
        if let policy {
            notes.append(context.judgement.binding(policy).explanation)
            notes.append("evaluated as of \(context.evaluationDate): \(policy.datesDescription)")
        } else {
            notes.append("evaluated as of \(context.evaluationDate); this check applies whoever the buyer is")
        }
        if let stage = context.applicability.stage.value, stage == .award || stage == .contract {
            notes.append("this is \(stage.title), judged as the record of the competition it closes")
        }
        var diagnostic = Diagnostic(
            rule.identity,
            finding.severity ?? rule.severity,
            finding.message,
            at: origin?.location ?? .wholeFile(tender.source.path),
            label: finding.label,
            secondary: finding.secondary.map { Diagnostic.Label($0.message, at: $0.origin.location) },
            notes: notes,
            help: finding.help,
            fixIts: finding.fixIts.map { fix in
                Diagnostic.FixIt(fix.summary, fix.applicability, edits: fix.edits.compactMap { edit in edit.origin.map { .init(replacing: $0.location, with: edit.replacement) } })
            },
            documentPath: origin?.path,
            policy: policy?.citation
        )
        var identity = (finding.about ?? origin).map { SubjectIdentity.of($0.node) } ?? ""
        if let index = finding.lot, tender.lots.indices.contains(index), !tender.lots[index].isImplicit {
            // Findings on different lots may point at the same place (a notice's shared criteria, the tender).
            identity += " in \(tender.lots[index].label)"
        }
        diagnostic.subjectIdentity = identity
        diagnostic.offendingValue = finding.value ?? finding.origin.flatMap { SubjectIdentity.value(of: $0.node) }
        return diagnostic
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

/// How a run checks tenders: the choices a user makes with options and a configuration file.
public struct EngineSettings: Sendable {
    /// `--profile` or `profile:`; nil lets the document say who the buyer is.
    public var profile: Profile?
    /// What set the profile, for notes: "--profile nhs-england", "profile: nhs-england in .tenderlint.yml".
    public var profileSetter: String?
    /// `--as-of`; nil uses the document's dates, then today.
    public var asOf: CalendarDate?
    public var today: CalendarDate
    public var catalogues: CatalogueSet
    /// Parameter values other than the defaults, by rule id and parameter name.
    public var parameters: [String: [String: ParameterValue]]
    /// Policies turned on (unconfirmed ones, off by default) or off, by policy id: `policies:` in a configuration.
    public var policySwitches: [String: Bool]
    /// Run only these rules (for a rule's examples); nil runs all.
    public var onlyRules: Set<String>?

    public init(profile: Profile? = nil, profileSetter: String? = nil, asOf: CalendarDate? = nil, today: CalendarDate = .today(),
                catalogues: CatalogueSet = CatalogueSet(), parameters: [String: [String: ParameterValue]] = [:],
                policySwitches: [String: Bool] = [:], onlyRules: Set<String>? = nil) {
        self.profile = profile
        self.profileSetter = profileSetter
        self.asOf = asOf
        self.today = today
        self.catalogues = catalogues
        self.parameters = parameters
        self.policySwitches = policySwitches
        self.onlyRules = onlyRules
    }
}
