import TenderLintKit

extension TOMRules {
    static let retiredMeasure = Rule("TOM003", "retired-measure") {
        Summary("No measure is one the catalogue edition in force has retired")
        Severity(.warning)
        WhatItChecks("""
            Whether a measure named is one the catalogue edition in force has retired. The edition in force is the \
            latest whose date in force is on or before the evaluation date. A measure is retired when the catalogue \
            says it was retired in that edition or an earlier one; when the catalogue names its replacement, the \
            finding offers it as a fix.

            \(catalogueExplanation)
            """)
        Why("""
            Frameworks are revised: measures are retired, and often replaced by others. A retired measure has no \
            current definition or proxy value, so commitments to it cannot be scored as the framework now intends.
            """)
        NotThisRulesFinding("""
            A code the catalogue does not have at all (TOM001); a target in another unit than the measure counts, \
            which is worth checking after taking the replacement (TOM004).
            """)
        AppliesOnlyWhen(.measures)
        Needs(.cataloguedMeasures)
        Check { rule in
            for placed in TOMSupport.measures(in: rule) {
                guard let catalogue = TOMSupport.catalogue(for: placed.framework, in: rule),
                      let measure = catalogue.measure(placed.code), catalogue.isRetired(measure),
                      let retiredIn = measure.retiredIn else { continue }
                let when = retiredIn == catalogue.edition
                    ? "in edition \(retiredIn) of the \(placed.framework) catalogue, the edition in force on \(rule.date)"
                    : "in edition \(retiredIn) of the \(placed.framework) catalogue; edition \(catalogue.edition) is in force on \(rule.date)"
                rule.report {
                    Message("the measure '\(placed.code)' was retired \(when)")
                    At(placed.reference.code)
                    Label("retired")
                    Note(TOMSupport.note(on: catalogue))
                    if let replacement = measure.replacedBy {
                        Help("use '\(replacement)'\(catalogue.measure(replacement).map { " (\($0.title))" } ?? ""), which replaces it, and check the target's unit")
                        TOMSupport.replacing(placed.reference.code, with: replacement, "use '\(replacement)'",
                                               .unsafe(because: "the measure that replaces it may ask for something else, or count in another unit"))
                    } else {
                        Help("choose a current measure of the catalogue, or remove the commitment")
                    }
                }
            }
        }
        Examples {
            Triggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="90"/>
                  <criterion id="social-value" kind="social-value" weight="10">
                    <measure framework="illustrative-toms" code="↓ILLUS-NT7" target="20000" unit="miles"/>
                  </criterion>
                </evaluation>
                """)
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="90"/>
                  <criterion id="social-value" kind="social-value" weight="10">
                    <measure framework="illustrative-toms" code="ILLUS-NT4" target="40" unit="tCO2e"/>
                  </criterion>
                </evaluation>
                """)
        }
    }
}
