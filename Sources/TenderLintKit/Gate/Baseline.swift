/// Findings accepted on the day a gate was switched on, so that a run fails only on new ones (docs/baseline.md).
///
/// An entry names a finding by what it means, not where it sits: the rule id, the file, what the finding is about
/// (its `SubjectIdentity`: ids and names, not positions or lines) and the offending value it judged (a share, a
/// sum, a code). Re-indenting, moving and reordering keep an entry matching; a changed value, better or worse,
/// does not, and shows up as a new finding beside a stale entry.
public struct Baseline: Sendable {
    /// One accepted finding, or several identical ones (`count`).
    public struct Entry: Sendable, Hashable {
        public var ruleID: String
        /// The file as diagnostics name it, relative to where tenderlint runs; `./` prefixes and backslashes normalised.
        public var file: String
        /// What the finding is about: the diagnostic's subject identity.
        public var subject: String
        /// The offending value the finding judged; nil for a finding about something missing.
        public var value: String?
        /// The diagnostic's message when the entry was written. For people reading the file; never matched,
        /// so a reworded message in a later tenderlint does not break a baseline.
        public var message: String
        /// How many identical findings the entry accepts; at least 1.
        public var count: Int

        public init(ruleID: String, file: String, subject: String, value: String? = nil, message: String = "", count: Int = 1) {
            self.ruleID = ruleID
            self.file = file
            self.subject = subject
            self.value = value
            self.message = message
            self.count = count
        }

        /// What matching compares: everything but the message and the count.
        var key: MatchKey {
            MatchKey(ruleID: ruleID, file: Baseline.normalizedFile(file), subject: subject, value: value)
        }

        /// The order of a baseline file: by file, rule, subject, then value (none first).
        static func fileOrder(_ lhs: Entry, _ rhs: Entry) -> Bool {
            MatchKey.fileOrder(lhs.key, rhs.key)
        }
    }

    /// The identity of a finding as a baseline sees it.
    struct MatchKey: Hashable, Sendable {
        var ruleID: String
        var file: String
        var subject: String
        var value: String?

        init(ruleID: String, file: String, subject: String, value: String?) {
            self.ruleID = ruleID
            self.file = file
            self.subject = subject
            self.value = value
        }

        /// A finding's key: its rule, its file and its `DiagnosticIdentity`.
        init(_ diagnostic: Diagnostic) {
            let identity = DiagnosticIdentity(diagnostic)
            self.init(ruleID: diagnostic.ruleID, file: Baseline.normalizedFile(diagnostic.path), subject: identity.subject,
                      value: identity.value)
        }

        static func fileOrder(_ lhs: MatchKey, _ rhs: MatchKey) -> Bool {
            if lhs.file != rhs.file { return lhs.file < rhs.file }
            if lhs.ruleID != rhs.ruleID { return lhs.ruleID < rhs.ruleID }
            if lhs.subject != rhs.subject { return lhs.subject < rhs.subject }
            guard let left = lhs.value else { return rhs.value != nil }
            guard let right = rhs.value else { return false }
            return left < right
        }
    }

    /// Where an entry was read from, so a stale entry can be pointed at.
    struct Origin: Sendable {
        var location: SourceLocation
        /// The entry's index in the file's `entries` array.
        var index: Int
    }

    public var entries: [Entry]
    /// The file the baseline was loaded from (or is to be written to); stale entries are reported against it.
    public var path: String?
    /// Entries' places in the file they were loaded from; empty for a baseline built in memory.
    var origins: [MatchKey: Origin] = [:]

    /// A baseline of the given entries, as they are.
    public init(entries: [Entry] = [], path: String? = nil) {
        self.entries = entries
        self.path = path
    }

    /// What `--write-baseline` records: every finding, identical ones folded into one entry with a count,
    /// in file order. The baseline's own findings (stale entries, a malformed baseline) are never recorded.
    public init(diagnostics: [Diagnostic]) {
        var counts: [MatchKey: Int] = [:]
        var messages: [MatchKey: String] = [:]
        for diagnostic in diagnostics.sorted(by: Diagnostic.presentationOrder) where !BaselineRule.all.contains(diagnostic.rule) {
            let key = MatchKey(diagnostic)
            counts[key, default: 0] += 1
            if messages[key] == nil { messages[key] = diagnostic.message }
        }
        entries = counts.keys.sorted(by: MatchKey.fileOrder).map { key in
            Entry(ruleID: key.ruleID, file: key.file, subject: key.subject, value: key.value,
                  message: messages[key] ?? "", count: counts[key] ?? 1)
        }
        path = nil
    }

    // MARK: Matching

    /// Splits a run's findings into those the baseline accepts and those it does not, and lists the entries
    /// (or parts of entries, by count) that accepted nothing. Each entry accepts at most `count` findings;
    /// when more are found, the first in presentation order are the baselined ones. Both lists keep the
    /// order the diagnostics were given in.
    ///
    /// `linted` names the files the run read; an entry for any other file is neither matched nor stale, so a
    /// run over part of a repository says nothing of the rest. Nil judges every entry, as a run over everything.
    public func apply(to diagnostics: [Diagnostic], linted: [String]? = nil) -> BaselineOutcome {
        let lintedFiles = linted.map { Set($0.map(Baseline.normalizedFile)) }
        var budget: [MatchKey: Int] = [:]
        for entry in entries where entry.count > 0 {
            budget[entry.key, default: 0] += entry.count
        }
        let order = diagnostics.indices.sorted { Diagnostic.presentationOrder(diagnostics[$0], diagnostics[$1]) }
        var accepted = [Bool](repeating: false, count: diagnostics.count)
        for index in order {
            let key = MatchKey(diagnostics[index])
            guard let remaining = budget[key], remaining > 0 else { continue }
            budget[key] = remaining - 1
            accepted[index] = true
        }
        var outcome = BaselineOutcome(new: [], baselined: [], stale: [])
        for (index, diagnostic) in diagnostics.enumerated() {
            if accepted[index] { outcome.baselined.append(diagnostic) } else { outcome.new.append(diagnostic) }
        }
        // Report each key once, with what is left of its count, even if the entries were edited into duplicates.
        var reported: Set<MatchKey> = []
        for entry in entries.sorted(by: Entry.fileOrder) {
            let key = entry.key
            if let lintedFiles, !lintedFiles.contains(key.file) { continue }
            guard let remaining = budget[key], remaining > 0, reported.insert(key).inserted else { continue }
            var stale = entry
            stale.count = remaining
            outcome.stale.append(stale)
        }
        return outcome
    }

    /// The baseline without what `outcome.stale` names (this baseline's `apply` gives it): stale entries are
    /// dropped, partly stale ones keep the count that still matched. What `--prune-baseline` writes back.
    /// New findings are not added; `--write-baseline` records them.
    public func pruned(keeping outcome: BaselineOutcome) -> Baseline {
        var gone: [MatchKey: Int] = [:]
        for entry in outcome.stale { gone[entry.key, default: 0] += entry.count }
        var kept: [Entry] = []
        for var entry in entries {
            let key = entry.key
            let drop = min(entry.count, gone[key] ?? 0)
            gone[key] = (gone[key] ?? 0) - drop
            entry.count -= drop
            if entry.count > 0 { kept.append(entry) }
        }
        return Baseline(entries: kept, path: path)
    }

    // MARK: Reporting stale entries

    /// An info diagnostic for each stale entry, pointing at the entry in the baseline file when the baseline
    /// was loaded from one (and at the file as a whole otherwise).
    public func staleDiagnostics(_ stale: [Entry]) -> [Diagnostic] {
        let file = path ?? "baseline"
        var accepted: [MatchKey: Int] = [:]
        for entry in entries { accepted[entry.key, default: 0] += entry.count }
        return stale.map { entry in
            let key = entry.key
            let expected = max(accepted[key] ?? entry.count, entry.count)
            let matched = expected - entry.count
            let message: String
            if matched == 0 {
                let what = expected == 1 ? "the finding is gone" : "all \(expected) findings are gone"
                message = "baseline entry for \(entry.ruleID) in \(key.file) matches nothing; \(what) — prune it with --prune-baseline"
            } else {
                let gone = entry.count == 1 ? "1 is gone" : "\(entry.count) are gone"
                message = "baseline entry for \(entry.ruleID) in \(key.file) accepts \(expected) findings but matches \(matched); \(gone) — prune it with --prune-baseline"
            }
            var notes: [String] = []
            let subject = key.subject.isEmpty ? "the document as a whole" : key.subject
            notes.append("the entry is for \(subject)" + (key.value.map { ", with the value '\($0)'" } ?? ""))
            notes.append("a finding whose value changed, better or worse, is reported as new, and its old entry as stale")
            let origin = origins[key]
            return Diagnostic(
                BaselineRule.staleEntry,
                .info,
                message,
                at: origin?.location ?? .wholeFile(file),
                label: origin == nil ? nil : "stale entry",
                notes: notes,
                help: ["run with --prune-baseline to remove what matches nothing, or delete the entry by hand"],
                documentPath: origin.map { "/entries/\($0.index)" }
            )
        }
    }

    /// Stale entries of an outcome as diagnostics: `staleDiagnostics(outcome.stale)`.
    public func staleDiagnostics(for outcome: BaselineOutcome) -> [Diagnostic] {
        staleDiagnostics(outcome.stale)
    }

    // MARK: Normalisation

    /// A path as the baseline compares it: backslashes become slashes, `./` segments and repeated slashes go.
    /// `..` is left alone: run tenderlint from the same directory as when the baseline was written.
    public static func normalizedFile(_ path: String) -> String {
        var text = path.replacingOccurrences(of: "\\", with: "/")
        let isAbsolute = text.hasPrefix("/")
        let segments = text.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        text = segments.joined(separator: "/")
        if isAbsolute { text = "/" + text }
        return text.isEmpty ? (isAbsolute ? "/" : ".") : text
    }
}

/// What a baseline makes of a run.
public struct BaselineOutcome: Sendable {
    /// Findings the baseline does not accept: these fail the run.
    public var new: [Diagnostic]
    /// Findings the baseline accepts: counted in the summary, not reported.
    public var baselined: [Diagnostic]
    /// Entries that accepted nothing, each with the count that went unmatched, in file order.
    public var stale: [Baseline.Entry]

    public init(new: [Diagnostic], baselined: [Diagnostic], stale: [Baseline.Entry]) {
        self.new = new
        self.baselined = baselined
        self.stale = stale
    }
}

