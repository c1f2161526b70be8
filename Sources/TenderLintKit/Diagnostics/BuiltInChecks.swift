/// Every check tenderlint makes itself rather than through a rule, TL001 onwards, in one place: its id and name
/// (the contract with configurations, baselines and suppressions: never reuse or renumber one), its severity,
/// the stage that makes it, and the texts `tenderlint rules`, `explain`, docs/rules.md and SARIF's rule metadata
/// show. The groups below (`ReaderRule`, `ModelRule`, …) name the same checks by the stage that reports them.
public struct BuiltInCheck: Sendable, Hashable {
    /// Which part of tenderlint makes a check, and when.
    public enum Stage: String, Sendable, Hashable, CaseIterable {
        case reader
        case model
        case engine
        case catalogue
        case suppressions
        case configuration
        case baseline

        /// Who makes the check and when, for sentences: "Made by the reader, before any rule runs".
        public var madeBy: String {
            switch self {
            case .reader: "the reader, before any rule runs"
            case .model: "the model builder, before any rule runs"
            case .engine: "the engine, as it decides which policies bind the tender"
            case .catalogue: "the catalogue loader, before any document is checked"
            case .suppressions: "the suppression check, after the rules have run"
            case .configuration: "the configuration loader, before any document is checked"
            case .baseline: "the baseline gate, after every document is checked"
            }
        }
    }

    public let identity: RuleIdentity
    public let severity: Severity
    public let stage: Stage
    /// One sentence: what holds when the check passes.
    public let summary: String
    /// What the check finds and what to do, in plain text.
    public let explanation: String
    /// Why a configuration cannot set its severity, for a check about the run itself rather than a document
    /// (no file's configuration covers the run); nil for the checks a configuration can level.
    public let unconfigurableBecause: String?

    init(_ id: String, _ name: String, _ severity: Severity, _ stage: Stage, summary: String, explanation: String,
         unconfigurableBecause: String? = nil) {
        self.identity = RuleIdentity(id: id, name: name)
        self.severity = severity
        self.stage = stage
        self.summary = summary
        self.explanation = explanation
        self.unconfigurableBecause = unconfigurableBecause
    }
}

/// The catalogue of built-in checks.
public enum BuiltInChecks {
    /// XML that libxml2 cannot read, or that uses a construct tenderlint refuses (entities, wrong encoding).
    public static let xmlWellFormed = BuiltInCheck(
        "TL001", "xml-well-formed", .error, .reader,
        summary: "The XML is well formed and safe to read",
        explanation: "XML that libxml2 cannot read, that is empty, in an encoding tenderlint does not read, that declares an entity, or that nests elements more than 256 deep. A document that cannot be read cannot be checked: fix it first, at the position given.")
    /// JSON that breaks RFC 8259.
    public static let jsonWellFormed = BuiltInCheck(
        "TL002", "json-well-formed", .error, .reader,
        summary: "The JSON is well formed (RFC 8259)",
        explanation: "JSON that breaks RFC 8259 (a trailing comma, a key without quotes, a comment), that is empty, is not UTF-8, or nests more than 512 deep. A document that cannot be read cannot be checked: fix it first, at the position given.")
    /// A well-formed file that is no tender document: skipped, with an info diagnostic.
    public static let notATenderDocument = BuiltInCheck(
        "TL003", "not-a-tender-document", .info, .model,
        summary: "The file is a tender document tenderlint reads",
        explanation: "A well-formed file that is neither a tender spec, an OCDS release nor an eForms notice is skipped, with this note, so that a folder of mixed files can be linted.")
    /// A JSON object that names the same key twice, so which value counts is ambiguous.
    public static let jsonDuplicateKey = BuiltInCheck(
        "TL004", "json-duplicate-key", .error, .reader,
        summary: "No JSON object names the same key twice",
        explanation: "JSON readers disagree on which of two values for one key counts, so tenderlint refuses to guess: remove one of them.")
    /// A value that cannot be read as what its field needs: a weight of "ten", a date of 2026-13-01, a currency of GPB.
    public static let invalidValue = BuiltInCheck(
        "TL005", "invalid-value", .error, .model,
        summary: "Every value can be read as what its field needs",
        explanation: "A weight of \"ten\", a date of 2026-13-01, a currency of GPB, an amount written as £31m: the field cannot be used, so the rules that need it cannot judge the tender. The message says what the field takes; a fix-it is offered where the intent is clear.")
    /// An element, attribute or key the tender-spec format does not define (often a misspelling).
    public static let unknownField = BuiltInCheck(
        "TL006", "unknown-field", .warning, .model,
        summary: "Every element, attribute or key is one the format defines",
        explanation: "A field the tender-spec format does not define is ignored, so whatever it says is not checked; it is usually a misspelling, and a did-you-mean fix-it names the field meant.")
    /// A field the tender-spec format requires is missing.
    public static let missingField = BuiltInCheck(
        "TL007", "missing-field", .error, .model,
        summary: "The fields the format requires are there",
        explanation: "A tender without a buyer, a buyer without a sector, a criterion without an id or a kind: tenderlint needs these to decide which policies apply and to name what it reports.")
    /// A catalogue file (JSON, YAML or an imported CSV) that is malformed or contradicts itself.
    public static let invalidCatalogue = BuiltInCheck(
        "TL008", "invalid-catalogue", .error, .catalogue,
        summary: "A catalogue of measures is well formed and consistent",
        explanation: "A catalogue file given with --catalogue (or shipped) that is malformed or contradicts itself: an unknown theme, a code given twice, a code that does not fit its framework's pattern. The TOMs rules need a sound catalogue: fix it at the position given.")
    /// A suppression with no reason. It is not applied: an exception nobody justified is not an exception.
    public static let suppressionWithoutReason = BuiltInCheck(
        "TL009", "suppression-without-reason", .warning, .suppressions,
        summary: "Every suppression gives its reason",
        explanation: "Procurement is audited, so a suppression must say why (after ' -- '). One without a reason suppresses nothing and is reported, with how many findings it would have hidden. See docs/suppressions.md.")
    /// A suppression (or one rule of it) that suppressed no finding.
    public static let unusedSuppression = BuiltInCheck(
        "TL010", "unused-suppression", .warning, .suppressions,
        summary: "Every suppression suppresses something",
        explanation: "A suppression that covered no finding is stale: the problem was fixed or the directive is in the wrong place. Remove it, or move it to the element it is about. A severity a configuration limits to a document path (pointer: or path:) that names nothing in a document it applies to is reported too, at its line in the configuration.")
    /// A directive or sidecar entry tenderlint cannot apply: unknown command or rule, no element to cover, an `enable` with nothing to close, a bad pointer, YAML that cannot be read.
    public static let malformedSuppression = BuiltInCheck(
        "TL011", "malformed-suppression", .warning, .suppressions,
        summary: "Every suppression is written so it can be understood",
        explanation: "A directive that names an unknown rule, no rule, a wildcard, or has nothing to apply to; or a sidecar entry that cannot be read. The message says what is wrong, with a did-you-mean where one is close.")
    /// A `.tenderlint.yml` with an unknown key, a misspelt rule, a bad value, a missing file or an `extends` cycle.
    public static let invalidConfiguration = BuiltInCheck(
        "TL012", "invalid-configuration", .error, .configuration,
        summary: "The configuration is well formed",
        explanation: "A .tenderlint.yml (or --config file) with an unknown key, a misspelt rule, a bad severity, parameter or date, or a missing extends file. The run stops with exit status 2 and each problem at its line and column. See docs/configuration.md.",
        unconfigurableBecause: "an invalid configuration always stops the run, since nothing it says could be trusted")
    /// A baseline file that is not valid JSON, is another version, or has entries that cannot be read.
    public static let invalidBaseline = BuiltInCheck(
        "TL013", "invalid-baseline", .error, .baseline,
        summary: "The baseline file is well formed",
        explanation: "A baseline given with --baseline that cannot be read: bad JSON, another version, missing or wrong keys. See docs/baseline.md.",
        unconfigurableBecause: "an invalid baseline always stops the run, since the gate could not tell new findings from old")
    /// A baseline entry that matched no finding in the run: the finding was fixed, or its value changed.
    public static let staleBaselineEntry = BuiltInCheck(
        "TL014", "stale-baseline-entry", .info, .baseline,
        summary: "Every baseline entry still matches a finding",
        explanation: "An entry whose finding is gone: the problem was fixed. Remove it with --prune-baseline so the baseline does not hide it if it comes back.",
        unconfigurableBecause: "a stale baseline entry is reported against the baseline file, which no document's configuration covers; remove stale entries with --prune-baseline")
    /// The document does not show enough of the buyer (its nation, kind or threshold) to say whether a policy binds it: no policy is assumed, and the rules that need one are not evaluated.
    public static let buyerNotIdentified = BuiltInCheck(
        "TL015", "buyer-not-identified", .info, .engine,
        summary: "The document shows enough of its buyer to say which policies bind it",
        explanation: "Where a document does not show the buyer's kind, its nation, or whether the procurement is above the threshold, and a policy a rule enforces depends on it, no policy is assumed (least of all NHS England's): the rules that need one are not applied, and this one piece of information says what was missing and the three ways to state it: the tender spec's buyer fields, `profile:` in .tenderlint.yml, or --profile. See docs/policies.md.")
    /// A classification, region, legal basis or notice type whose code tenderlint does not know.
    public static let unrecognisedSignal = BuiltInCheck(
        "TL016", "unrecognised-applicability-code", .warning, .model,
        summary: "Every classification, region, legal basis and notice type is a code tenderlint knows",
        explanation: "A buyer classification (UK_CA_TYPE, TED_CA_TYPE, COFOG, eForms BT-11), a region, a legal basis or a notice type whose code tenderlint does not know says nothing about whom the policies bind. The warning points at the field and lists the codes it reads; nothing is dropped silently.")
    /// Two signals about the buyer or the procurement that disagree: the stronger is taken.
    public static let conflictingSignals = BuiltInCheck(
        "TL017", "conflicting-applicability-signals", .warning, .model,
        summary: "The signals about the buyer and the procurement agree",
        explanation: "Two signals that disagree, such as a name ending \"NHS Foundation Trust\" with a local-authority classification: the stronger is taken (a field that states the fact, then a classification code, then the publisher, then the buyer's name), and the warning says which. Signals of the same strength that contradict each other are all set aside.")
    /// A document larger than a limit allows (bytes, or nodes read): it is not read, or reading stops where the limit was reached, so that one file cannot take a run's time or memory. See docs/limits.md.
    public static let documentTooLarge = BuiltInCheck(
        "TL018", "document-too-large", .error, .reader,
        summary: "Every document is within the limits one document may cost",
        explanation: "A document larger than the byte limit (256 MiB by default) is not read: the message gives its size and the limit. One with more nodes (elements, attributes, text runs, JSON values) than the node limit (5,000,000 by default) stops being read at the node that went past it, which is where the finding points. An XML start tag with more than 10,000 attributes is refused before the XML parser, which compares each attribute with every other, reads it. Either way the document is not checked, so that one hostile file cannot take a run's time or memory. Raise the limits with limits: in .tenderlint.yml if a document is meant to be that large. See docs/limits.md.")

    /// Every built-in check, in id order.
    public static let all: [BuiltInCheck] = [
        xmlWellFormed, jsonWellFormed, notATenderDocument, jsonDuplicateKey,
        invalidValue, unknownField, missingField, invalidCatalogue,
        suppressionWithoutReason, unusedSuppression, malformedSuppression, invalidConfiguration,
        invalidBaseline, staleBaselineEntry, buyerNotIdentified, unrecognisedSignal,
        conflictingSignals, documentTooLarge,
    ]

    /// The check with this identity, if it is a built-in one.
    public static func check(_ identity: RuleIdentity) -> BuiltInCheck? {
        all.first { $0.identity == identity }
    }
}

/// The checks the readers themselves make: a document that cannot be read cannot be linted.
public enum ReaderRule {
    public static let xmlWellFormed = BuiltInChecks.xmlWellFormed.identity
    public static let jsonWellFormed = BuiltInChecks.jsonWellFormed.identity
    public static let jsonDuplicateKey = BuiltInChecks.jsonDuplicateKey.identity
    public static let documentTooLarge = BuiltInChecks.documentTooLarge.identity

    public static let all: [RuleIdentity] = [xmlWellFormed, jsonWellFormed, jsonDuplicateKey, documentTooLarge]
}

/// The checks made while turning a tree into the tender model.
public enum ModelRule {
    public static let notATenderDocument = BuiltInChecks.notATenderDocument.identity
    public static let invalidValue = BuiltInChecks.invalidValue.identity
    public static let unknownField = BuiltInChecks.unknownField.identity
    public static let missingField = BuiltInChecks.missingField.identity

    public static let all: [RuleIdentity] = [notATenderDocument, invalidValue, unknownField, missingField]
}

/// The checks about who a tender's buyer is and which policies bind it.
public enum ApplicabilityRule {
    public static let buyerNotIdentified = BuiltInChecks.buyerNotIdentified.identity
    public static let unrecognisedSignal = BuiltInChecks.unrecognisedSignal.identity
    public static let conflictingSignals = BuiltInChecks.conflictingSignals.identity

    public static let all: [RuleIdentity] = [buyerNotIdentified, unrecognisedSignal, conflictingSignals]
}

/// The check of the measure catalogues a run loads.
public enum CatalogueRule {
    public static let invalidCatalogue = BuiltInChecks.invalidCatalogue.identity

    public static let all: [RuleIdentity] = [invalidCatalogue]
}

/// The checks of suppressions: directives in documents and sidecar files.
public enum SuppressionRule {
    public static let missingReason = BuiltInChecks.suppressionWithoutReason.identity
    public static let unused = BuiltInChecks.unusedSuppression.identity
    public static let malformed = BuiltInChecks.malformedSuppression.identity

    public static let all: [RuleIdentity] = [missingReason, unused, malformed]
}

/// The check of `.tenderlint.yml` files.
public enum ConfigurationRule {
    public static let invalidConfiguration = BuiltInChecks.invalidConfiguration.identity

    public static let all: [RuleIdentity] = [invalidConfiguration]
}

/// The checks tenderlint makes of a baseline file.
public enum BaselineRule {
    public static let invalidBaseline = BuiltInChecks.invalidBaseline.identity
    public static let staleEntry = BuiltInChecks.staleBaselineEntry.identity

    public static let all: [RuleIdentity] = [invalidBaseline, staleEntry]
}
