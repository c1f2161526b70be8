/// Whether a policy binds one tender, and why, in words a buyer can check against the document.
public struct PolicyBinding: Sendable {
    public enum Verdict: String, Sendable, Hashable {
        case binds
        case doesNotBind = "does-not-bind"
        /// The document does not show enough of the buyer or the procurement to say.
        case unknown
    }

    public let policy: Policy
    public let verdict: Verdict
    /// For `unknown`: the facts the document does not show.
    public let missing: [ApplicabilityFactName]
    /// Whether the policy binds this buyer and procurement whatever the date (it is on, and the facts fit whom it binds).
    public let bindsBuyer: Bool
    private let applicability: Applicability
    private let buyerName: String?
    private let date: EvaluationDate
    private let isOn: Bool

    /// binds: the facts it rests on and their evidence; does not bind: the reason; unknown: what is missing.
    /// Written when asked for: every rule asks whether its policies bind every tender, but only a finding, a
    /// digest or `inspect` says why.
    public var explanation: String {
        Self.judge(policy, applicability: applicability, buyerName: buyerName, date: date, isOn: isOn, explaining: true).explanation
    }

    /// Whom the policy binds, asked of the tender's settled applicability; the commencement date is the
    /// evaluation date. A policy that is off (unconfirmed, not turned on) binds no one.
    public init(_ policy: Policy, applicability: Applicability, buyerName: String?, date: EvaluationDate, isOn: Bool) {
        let judged = Self.judge(policy, applicability: applicability, buyerName: buyerName, date: date, isOn: isOn, explaining: false)
        self.policy = policy
        self.verdict = judged.verdict
        self.missing = judged.missing
        self.bindsBuyer = judged.bindsBuyer
        self.applicability = applicability
        self.buyerName = buyerName
        self.date = date
        self.isOn = isOn
    }

    private struct Judged {
        var verdict: Verdict
        /// Empty unless asked to explain.
        var explanation = ""
        var missing: [ApplicabilityFactName] = []
        var bindsBuyer = false
    }

    /// The verdict, and with `explaining` the sentence that gives its reasons: one reading of the policy's scope
    /// for both, so the verdict and its explanation cannot disagree.
    private static func judge(_ policy: Policy, applicability: Applicability, buyerName: String?, date: EvaluationDate, isOn: Bool,
                              explaining: Bool) -> Judged {
        guard isOn else {
            guard explaining else { return Judged(verdict: .doesNotBind) }
            let why = policy.status == .unconfirmed
                ? "\(policy.shortName) is unconfirmed and off (turn it on with `policies: { \(policy.id): on }` in .tenderlint.yml)"
                : "\(policy.shortName) is turned off in the configuration (`policies: { \(policy.id): off }`)"
            return Judged(verdict: .doesNotBind, explanation: why)
        }
        let subject = explaining ? buyerName.map { shortened($0) } ?? "the buyer" : ""
        let scope = policy.binds
        var clauses: [String] = []
        var missing: [ApplicabilityFactName] = []
        var refused = false
        var refusal = ""

        func check<Value>(_ fact: ApplicabilityFact<Value>, within allowed: Set<Value>, _ name: ApplicabilityFactName,
                          clause: (Value) -> String) {
            switch fact.isWithin(allowed) {
            case true?:
                if explaining, let value = fact.value { clauses.append(clause(value) + evidence(fact)) }
            case false?:
                guard !refused else { return }
                refused = true
                guard explaining else { return }
                let what = name == .threshold ? "the procurement is \(fact.possibleDescription)" : "\(name.title) is \(fact.possibleDescription)"
                refusal = "\(what)\(evidence(fact)), and \(policy.shortName) binds only \(scope.summary)"
            case nil:
                missing.append(name)
            }
        }
        if scope.restrictsBuyerKind {
            check(applicability.buyerKind, within: scope.buyerKinds, .buyerKind) { "\(subject) is \($0.title)" }
        }
        if scope.restrictsJurisdiction {
            let before = clauses.count
            check(applicability.jurisdiction, within: scope.jurisdictions, .jurisdiction) { $0.phrase }
            // "… is an NHS body (…) in England (…)"; on its own, "the buyer is in England (…)".
            if clauses.count > before {
                let nation = clauses.removeLast()
                if scope.restrictsBuyerKind, before > 0 { clauses[before - 1] += " " + nation } else { clauses.append("\(subject) is \(nation)") }
            }
        }
        if scope.restrictsRegime {
            check(applicability.regime, within: scope.regimes, .regime) { "the procurement is under \($0.title)" }
        }
        if let threshold = scope.threshold {
            check(applicability.threshold, within: [threshold], .threshold) { "the procurement is \($0.title)" }
        }
        if refused {
            return Judged(verdict: .doesNotBind, explanation: refusal)
        } else if !policy.applies(on: date.date) {
            let why = explaining ? "\(policy.datesDescription), and this procurement is judged as of \(date)" : ""
            return Judged(verdict: .doesNotBind, explanation: why, bindsBuyer: missing.isEmpty)
        } else if !missing.isEmpty {
            let why = explaining ? "the document does not show " + Prose.list(missing.map(\.title)) : ""
            return Judged(verdict: .unknown, explanation: why, missing: missing)
        } else {
            let who = clauses.isEmpty ? "" : Prose.list(clauses) + ", so "
            let why = explaining ? who + "\(policy.shortName) binds \(clauses.isEmpty ? "every buyer" : "it")" : ""
            return Judged(verdict: .binds, explanation: why, bindsBuyer: true)
        }
    }

    /// " (UK_CA_TYPE publicAuthorityCentralGovernment, line 41)", " (set by --profile nhs-england)".
    static func evidence<Value>(_ fact: ApplicabilityFact<Value>) -> String {
        switch fact.basis {
        case .notKnown: ""
        case .setBy(let setter): " (set by \(setter))"
        case .stated, .inferred: fact.evidence.isEmpty ? "" : " (" + fact.evidence.map(\.description).joined(separator: "; ") + ")"
        }
    }

    /// A long buyer name cut to fit a sentence.
    static func shortened(_ name: String) -> String {
        // Most names are short, ASCII and singly spaced: kept as they are, without splitting them into words.
        if name.utf8.count <= 70, isSinglySpacedASCII(name) { return name }
        let flat = name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return flat.count > 70 ? flat.prefix(67) + "…" : flat
    }

    /// No byte outside ASCII, no whitespace but single spaces between words.
    private static func isSinglySpacedASCII(_ text: String) -> Bool {
        var previous: UInt8 = 0x20
        for byte in text.utf8 {
            if byte >= 0x80 || (byte.isASCIIWhitespace && (byte != 0x20 || previous == 0x20)) { return false }
            previous = byte
        }
        return previous != 0x20
    }
}
