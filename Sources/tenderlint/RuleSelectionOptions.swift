import ArgumentParser
import TenderLintKit

/// `--select`, `--extend-select` and `--ignore`: the rules a run checks, chosen as ruff chooses them, for every
/// command that resolves a configuration (`lint`, `config print`).
struct RuleSelectionOptions: ParsableArguments {
    @Option(name: .customLong("select"), help: ArgumentHelp(
        "Run only these rules, whatever the configuration turns on or off: ids (SV001), prefixes (SV, NZ00, TOM, TL01), names (social-value-minimum-weighting) or ALL, comma-separated or repeated. TL001, TL002, TL004, TL008, TL012, TL013, TL014 and TL018 (a document or run that cannot be read) always run.",
        valueName: "rules"))
    var select: [String] = []

    @Option(name: .customLong("extend-select"), help: ArgumentHelp("Run these rules as well as those the configuration (or --select) runs.", valueName: "rules"))
    var extendSelect: [String] = []

    @Option(name: .customLong("ignore"), help: ArgumentHelp(
        "Do not run these rules. Where --ignore and --select (or --extend-select) both match a rule, the more specific wins: an id beats a prefix, a longer prefix a shorter one, and --ignore a tie.",
        valueName: "rules"))
    var ignore: [String] = []

    /// The selection, or nil when none of the options was given. A selector that names nothing is a usage error
    /// with a did-you-mean.
    func selection(known: KnownRules) throws -> RuleSelection? {
        guard !select.isEmpty || !extendSelect.isEmpty || !ignore.isEmpty else { return nil }
        do {
            return try RuleSelection(select: select.isEmpty ? nil : select, extendSelect: extendSelect, ignore: ignore, known: known)
        } catch {
            throw RunFailure.invalidArgument(error.message)
        }
    }
}
