/// Every suppression of one file: the directives in its XML documents and its sidecar, when it has one.
public enum Suppressions {
    /// Scans `documents` (the trees read from the file at `path`) and reads `path`'s sidecar if there is one.
    /// The sidecar's pointers are checked against the document when the file holds exactly one.
    /// Throws only when a sidecar exists but cannot be read.
    public static func collect(path: String, documents: [LocatedTree], sidecar: Bool = true) throws(PathError)
        -> (suppressions: [Suppression], diagnostics: [Diagnostic])
    {
        var collector = SuppressionCollector()
        for document in documents { collector.scan(document) }
        return try collector.finish(path: path, sidecar: sidecar)
    }
}

/// Gathers a file's suppressions a document at a time, as its documents stream past.
public struct SuppressionCollector {
    public private(set) var suppressions: [Suppression] = []
    public private(set) var diagnostics: [Diagnostic] = []
    public private(set) var documentCount = 0
    /// The file's document while it is the only one: a sidecar's pointers are checked against it.
    private var soleDocument: LocatedTree?
    private let scanner = SuppressionScanner()

    public init() {}

    public mutating func scan(_ document: LocatedTree) {
        let scanned = scanner.scan(document)
        suppressions += scanned.suppressions
        diagnostics += scanned.diagnostics
        documentCount += 1
        soleDocument = documentCount == 1 ? document : nil
    }

    /// Adds `path`'s sidecar, if there is one. Throws only when a sidecar exists but cannot be read.
    public func finish(path: String, sidecar: Bool = true) throws(PathError) -> (suppressions: [Suppression], diagnostics: [Diagnostic]) {
        guard sidecar, let loaded = try SuppressionSidecar.loadIfPresent(for: path, document: soleDocument) else {
            return (suppressions, diagnostics)
        }
        return (suppressions + loaded.suppressions, diagnostics + loaded.diagnostics)
    }
}

/// What applying suppressions to a file's diagnostics gives.
public struct SuppressionOutcome: Sendable {
    /// The diagnostics no suppression in force covers, in the order given.
    public var kept: [Diagnostic]
    /// The diagnostics suppressed, each with the most specific suppression that covers it.
    public var suppressed: [(diagnostic: Diagnostic, by: Suppression)]
    /// Problems with the suppressions themselves (TL009, TL010, TL011), in presentation order.
    public var problems: [Diagnostic]
    /// One row per rule of each suppression: the audit trail `--waivers` lists.
    public var waivers: [Waiver]

    public init(kept: [Diagnostic] = [], suppressed: [(diagnostic: Diagnostic, by: Suppression)] = [],
                problems: [Diagnostic] = [], waivers: [Waiver] = []) {
        self.kept = kept
        self.suppressed = suppressed
        self.problems = problems
        self.waivers = waivers
    }
}

/// Applies a file's suppressions to that file's diagnostics.
///
/// Call it once per file with every diagnostic found in it (reader, model and rules), so that an unused
/// suppression can be told from one whose findings were merely elsewhere; diagnostics of other files are
/// never covered. A diagnostic is covered when its primary location's start offset lies in a suppression's
/// scope (for a document-path scope: its document path is the path or under it) and the suppression lists
/// its rule id or name. Suppressions with no reason are not applied: they are reported (TL009) instead.
/// Findings about suppressions themselves (TL009–TL011) are never suppressed.
///
/// - Parameters:
///   - knownRules: every rule tenderlint has, to report misspelt ids (TL011, with a did-you-mean). Nil skips
///     that check and accepts every rule written.
///   - checkedRules: ids of the rules that actually ran on this file. A suppression of a rule that did not run
///     (turned off, or left out with `--only`) is not reported as unused, nor is any when the set is empty
///     (say, the document could not be read). Nil: every rule ran.
///   - foldedRules: ids of the rules some of whose findings were folded into others past the limit per document
///     (`Diagnostic.omitted`). Those findings are not listed, so a suppression of such a rule may have covered
///     one: it is not reported as unused.
public func applySuppressions(_ suppressions: [Suppression], to diagnostics: [Diagnostic],
                              knownRules: [RuleIdentity]? = nil, checkedRules: Set<String>? = nil,
                              foldedRules: Set<String> = []) -> SuppressionOutcome {
    var application = SuppressionApplication(suppressions: suppressions, knownRules: knownRules, checkedRules: checkedRules)
    application.foldedRules = foldedRules
    var outcome = SuppressionOutcome()
    let matches = application.match(diagnostics)
    for (diagnostic, match) in zip(diagnostics, matches) {
        if let match {
            outcome.suppressed.append((diagnostic, suppressions[match]))
        } else {
            outcome.kept.append(diagnostic)
        }
    }
    outcome.problems = application.problems().sorted(by: Diagnostic.presentationOrder)
    outcome.waivers = application.waivers()
    return outcome
}

private struct SuppressionApplication {
    let suppressions: [Suppression]
    let checkedRules: Set<String>?
    /// Rules whose findings were partly folded: their suppressions may have covered one not listed.
    var foldedRules: Set<String> = []
    /// Per suppression, per rule written: the rule it resolves to, or why it does not.
    var resolved: [[Resolution]]
    /// Per suppression, per rule written: findings suppressed (or, with no reason, that would have been).
    var counts: [[Int]]
    var resolutionProblems: [Diagnostic] = []

    enum Resolution {
        case rule(RuleIdentity?)
        case unknown
    }

    init(suppressions: [Suppression], knownRules: [RuleIdentity]?, checkedRules: Set<String>?) {
        self.suppressions = suppressions
        self.checkedRules = checkedRules
        counts = suppressions.map { Array(repeating: 0, count: $0.rules.count) }
        resolved = []
        var reported: Set<Place> = []
        // One suggestion per unknown word: a file of thousands of directives repeats the same few mistakes.
        var suggestions: [String: RuleIdentity?] = [:]
        for suppression in suppressions {
            var row: [Resolution] = []
            for (index, rule) in suppression.rules.enumerated() {
                let location = index < suppression.ruleLocations.count ? suppression.ruleLocations[index] : suppression.origin
                let firstReport = reported.insert(Place(location)).inserted
                if SuppressionSyntax.isWildcard(rule) {
                    if firstReport { resolutionProblems.append(SuppressionSyntax.wildcard(rule, at: location)) }
                    row.append(.unknown)
                } else if let knownRules {
                    if let identity = knownRules.first(where: { Suppression.names(rule, $0) }) {
                        row.append(.rule(identity))
                    } else {
                        if firstReport {
                            let suggestion = suggestions[rule] ?? Self.suggestion(for: rule, known: knownRules)
                            suggestions[rule] = suggestion
                            resolutionProblems.append(Self.unknownRule(rule, at: location, suggestion: suggestion))
                        }
                        row.append(.unknown)
                    }
                } else {
                    row.append(.rule(nil))
                }
            }
            resolved.append(row)
        }
    }

    /// One rule of one suppression, as the matching indexes it.
    private struct Entry {
        var suppression: Int
        var rule: Int
    }

    /// For each diagnostic, the index of the most specific suppression in force that covers it (nil for none),
    /// counting every suppression that covers it in `counts`.
    ///
    /// Suppressions are indexed by the rule they name, and each rule's findings are swept in offset order past
    /// the text ranges that open and close (`disable-next`, regions), so that a finding meets only the
    /// suppressions that cover it: the cost grows with the suppressions and findings, plus the matches
    /// themselves, not with their product.
    mutating func match(_ diagnostics: [Diagnostic]) -> [Int?] {
        var best = [Int?](repeating: nil, count: diagnostics.count)
        // The rules written, lower-cased, each with the suppressions that name it.
        var byRule: [String: [Entry]] = [:]
        for (index, suppression) in suppressions.enumerated() {
            for (ruleIndex, rule) in suppression.rules.enumerated() {
                guard case .rule = resolved[index][ruleIndex] else { continue }
                byRule[rule.lowercased(), default: []].append(Entry(suppression: index, rule: ruleIndex))
            }
        }
        guard !byRule.isEmpty else { return best }
        // The findings each written rule may cover: by id or by name.
        var findings: [String: [Int]] = [:]
        for (index, diagnostic) in diagnostics.enumerated() where !SuppressionRule.all.contains(diagnostic.rule) {
            let id = diagnostic.rule.id.lowercased()
            let name = diagnostic.rule.name.lowercased()
            if byRule[id] != nil { findings[id, default: []].append(index) }
            if name != id, byRule[name] != nil { findings[name, default: []].append(index) }
        }
        for (rule, members) in findings {
            let entries = byRule[rule]!
            var ranged: [(entry: Entry, range: ByteRange)] = []
            var other: [Entry] = []
            for entry in entries {
                switch suppressions[entry.suppression].scope {
                case .nextElement(let range), .region(let range): ranged.append((entry, range))
                case .documentPath, .document: other.append(entry)
                }
            }
            ranged.sort { $0.range.lowerBound < $1.range.lowerBound }
            let ordered = members.sorted {
                (diagnostics[$0].location.start.offset, $0) < (diagnostics[$1].location.start.offset, $1)
            }
            var next = 0
            var open: [(entry: Entry, range: ByteRange)] = []
            for index in ordered {
                let diagnostic = diagnostics[index]
                let offset = diagnostic.location.start.offset
                while next < ranged.count, ranged[next].range.lowerBound <= offset {
                    open.append(ranged[next])
                    next += 1
                }
                open.removeAll { $0.range.upperBound <= offset }
                for (entry, _) in open where suppressions[entry.suppression].file == diagnostic.location.path {
                    credit(entry, for: index, best: &best)
                }
                for entry in other where suppressions[entry.suppression].covers(diagnostic) {
                    credit(entry, for: index, best: &best)
                }
            }
        }
        return best
    }

    /// Counts a covering suppression's rule, and makes it the diagnostic's best if it is in force and narrower.
    private mutating func credit(_ entry: Entry, for diagnostic: Int, best: inout [Int?]) {
        counts[entry.suppression][entry.rule] += 1
        let suppression = suppressions[entry.suppression]
        guard suppression.reason != nil else { return }
        guard let current = best[diagnostic] else {
            best[diagnostic] = entry.suppression
            return
        }
        let (a, b) = (suppression.breadth, suppressions[current].breadth)
        if a < b || (a == b && suppression.origin.start.offset < suppressions[current].origin.start.offset) {
            best[diagnostic] = entry.suppression
        }
    }

    func problems() -> [Diagnostic] {
        var problems = resolutionProblems
        // A region closed in two places is two suppressions written once: report it once.
        var groups: [Place: [Int]] = [:]
        var order: [Place] = []
        for (index, suppression) in suppressions.enumerated() {
            let place = Place(suppression.origin)
            if groups[place] == nil { order.append(place) }
            groups[place, default: []].append(index)
        }
        for place in order {
            let members = groups[place]!
            let first = suppressions[members[0]]
            guard first.reason != nil else {
                let wouldHave = members.reduce(0) { $0 + counts[$1].reduce(0, +) }
                problems.append(Self.missingReason(first, wouldHave: wouldHave))
                continue
            }
            let used = members.contains { counts[$0].contains { $0 > 0 } }
            for index in members {
                let suppression = suppressions[index]
                for (ruleIndex, rule) in suppression.rules.enumerated() {
                    guard case .rule(let identity) = resolved[index][ruleIndex], counts[index][ruleIndex] == 0,
                          wasChecked(rule, identity) else { continue }
                    let location = ruleIndex < suppression.ruleLocations.count ? suppression.ruleLocations[ruleIndex] : suppression.origin
                    problems.append(Self.unused(rule, identity: identity, of: suppression, at: location, removable: !used))
                }
            }
        }
        return problems
    }

    /// Whether the rule ran, so that finding nothing means the suppression is unused.
    private func wasChecked(_ rule: String, _ identity: RuleIdentity?) -> Bool {
        if let identity, foldedRules.contains(identity.id) { return false }
        guard let checkedRules else { return true }
        if let identity { return checkedRules.contains(identity.id) }
        return checkedRules.contains { $0.caseInsensitiveCompare(rule) == .orderedSame }
    }

    func waivers() -> [Waiver] {
        var rows: [Waiver] = []
        for (index, suppression) in suppressions.enumerated() {
            for (ruleIndex, rule) in suppression.rules.enumerated() {
                let identity: RuleIdentity?
                let status: Waiver.Status
                switch resolved[index][ruleIndex] {
                case .rule(let resolvedIdentity):
                    identity = resolvedIdentity
                    status = suppression.reason == nil ? .noReason : .inForce
                case .unknown:
                    identity = nil
                    status = .unknownRule
                }
                rows.append(Waiver(rule: rule, identity: identity, location: suppression.origin, file: suppression.file,
                                   scope: suppression.scopeDescription, reason: suppression.reason,
                                   findings: counts[index][ruleIndex], status: status))
            }
        }
        return rows.enumerated()
            .sorted { ($0.element.location.path, $0.element.location.start.offset, $0.offset) < ($1.element.location.path, $1.element.location.start.offset, $1.offset) }
            .map(\.element)
    }

    // MARK: Diagnostics

    /// The known rule an unknown word was probably meant to be, by id or by name.
    static func suggestion(for rule: String, known: [RuleIdentity]) -> RuleIdentity? {
        let byID = Spelling.nearest(to: rule, among: Set(known.map(\.id)))
        return byID.flatMap { id in known.first { $0.id == id } }
            ?? Spelling.nearest(to: rule, among: Set(known.map(\.name))).flatMap { name in known.first { $0.name == name } }
    }

    static func unknownRule(_ rule: String, at location: SourceLocation, suggestion: RuleIdentity?) -> Diagnostic {
        let written = suggestion.map { rule.contains("-") ? $0.name : $0.id }
        var notes = ["a suppression must name the rule exactly: by id (SV001) or name (social-value-weighting)"]
        if suggestion == nil, !rule.contains(where: \.isNumber), !rule.contains("-") {
            notes.append("if this is the start of the reason, put ' -- ' before it")
        }
        return SuppressionSyntax.malformed(
            "unknown rule '\(rule)' in a suppression" + (suggestion.map { "; did you mean \($0.id) (\($0.name))?" } ?? ""),
            at: location, label: "no such rule", notes: notes,
            help: suggestion == nil ? ["`tenderlint rules` lists the rule ids"] : [],
            fixIts: written.map { [Diagnostic.FixIt("write '\($0)'", .safe, replacing: location, with: $0)] } ?? [])
    }

    static func missingReason(_ suppression: Suppression, wouldHave: Int) -> Diagnostic {
        let rules = suppression.rules.joined(separator: " ")
        let command = if case .region = suppression.scope { "disable" } else { "disable-next" }
        let help: String
        switch suppression.form {
        case .processingInstruction: help = "write the reason after ' -- ': <?tenderlint \(command) \(rules) -- why the exception is justified?>"
        case .comment: help = "write the reason after ' - ' (XML forbids '--' in a comment): <!-- tenderlint: \(command) \(rules) - why the exception is justified -->"
        case .sidecar: help = "add 'reason: why the exception is justified' to the entry"
        }
        return Diagnostic(
            SuppressionRule.missingReason, .warning,
            "suppression of \(rules) gives no reason, so it is not applied",
            at: suppression.origin, label: "no reason given",
            notes: ["every exception must say why it is justified: procurement decisions are audited",
                    "with a reason it would suppress \(wouldHave) finding\(wouldHave == 1 ? "" : "s")"],
            help: [help])
    }

    static func unused(_ rule: String, identity: RuleIdentity?, of suppression: Suppression, at location: SourceLocation,
                       removable: Bool) -> Diagnostic {
        let name = identity.map { $0.id == rule ? "\(rule) (\($0.name))" : "\(rule) (\($0.id))" } ?? rule
        var fixIts: [Diagnostic.FixIt] = []
        // A region closed by an 'enable' is left alone: removing only its start would orphan the 'enable'.
        if removable, suppression.form != .sidecar, suppression.regionEnd == nil {
            fixIts.append(Diagnostic.FixIt("remove the directive", .safe, replacing: suppression.origin, with: ""))
        }
        return Diagnostic(
            SuppressionRule.unused, .warning,
            "suppression of \(name) suppressed nothing",
            at: location, label: "no \(rule) finding in its scope",
            secondary: location == suppression.origin ? [] : [Diagnostic.Label("written here", at: suppression.origin)],
            notes: ["it covers \(suppression.scopeDescription)",
                    "an exception that no longer applies should not stay in the audit trail"],
            help: ["remove it if the finding was fixed; otherwise check that it sits before the element the finding is about"],
            fixIts: fixIts)
    }
}

/// A place in a file, to report something written once only once.
private struct Place: Hashable {
    var path: String
    var offset: Int

    init(_ location: SourceLocation) {
        path = location.path
        offset = location.start.offset
    }
}
