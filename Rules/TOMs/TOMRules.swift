import TenderLintKit

/// TOMs rules: measure references that exist, are well formed, current and used as their catalogue says (TOM001–TOM007).
///
/// Catalogues are data (docs/catalogues.md): the buyer's organisation supplies its current list with
/// `--catalogue FILE`; tenderlint ships only the open Social Value Model structure and an illustrative catalogue.
public enum TOMRules {
    /// The family's rules in the order the rule set runs them (BuiltInRules); each is declared in its own
    /// <ID><Name>.swift beside this file.
    public static let all: [Rule] = [unknownCode, malformedReference, retiredMeasure, unitMismatch, themeNotTargeted,
                                     duplicateCommitment, nhsLondonTheme]

    static let catalogueExplanation = """
        Measures are checked against a catalogue, a file of codes, titles, themes and units loaded at run time \
        (`tenderlint lint --catalogue FILE`, see docs/catalogues.md). NHS London's TOMs list is given to members \
        and bidders, not published, and the National TOMs are licensed CC BY-NC-ND: tenderlint ships neither. It \
        ships the open structure of the government Social Value Model (award criteria codes `MAC <outcome>.<n>`, \
        partly corroborated, titles unconfirmed) and an **illustrative** catalogue, `illustrative-toms`, whose \
        `ILLUS-NT…` codes are invented for examples and tests.
        """
}
