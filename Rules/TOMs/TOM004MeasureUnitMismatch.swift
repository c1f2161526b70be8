import TenderLintKit

extension TOMRules {
    static let unitMismatch = Rule("TOM004", "measure-unit-mismatch") {
        Summary("Each measure's target is in the unit the measure counts")
        Severity(.error)
        WhatItChecks("""
            Whether each measure's target is in the unit the catalogue says the measure counts. Units are compared \
            ignoring case and common spellings (`£` and `GBP`, `percent` and `%`). A measure with no unit, in the \
            tender or in the catalogue, is not checked.

            \(catalogueExplanation)
            """)
        Why("""
            Every measure counts one thing in one unit: people employed in full-time equivalents (FTE), weeks of \
            training, hours of volunteering, tonnes of CO2e avoided, pounds spent. A target in another unit (15% \
            where the measure counts FTE) cannot be added up, given its proxy value or compared between bids.
            """)
        NotThisRulesFinding("""
            A code the catalogue does not have (TOM001) or does not write that way (TOM002); a measure the \
            catalogue has retired (TOM003). A measure with no unit: no rule, as there is nothing to compare.
            """)
        AppliesOnlyWhen(.measures)
        Needs(.cataloguedMeasures)
        Check { rule in
            for placed in TOMSupport.measures(in: rule) {
                guard let unit = placed.reference.unit,
                      let catalogue = TOMSupport.catalogue(for: placed.framework, in: rule),
                      let measure = catalogue.measure(placed.code), let expected = measure.unit,
                      !TOMSupport.sameUnit(unit.value, expected) else { continue }
                rule.report {
                    Message("the target of '\(placed.code)' is in '\(unit.value)', but the measure counts \(expected)")
                    At(unit)
                    Label("should be \(expected)")
                    Secondary("the measure: \(measure.title)", at: placed.reference.code.origin)
                    Note(TOMSupport.note(on: catalogue))
                    Note("a target in another unit cannot be added up or compared between bids")
                    Help("state the target in \(expected), as the catalogue counts it, and write the unit as \(expected)")
                }
            }
        }
        Examples {
            Triggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="90"/>
                  <criterion id="social-value" kind="social-value" weight="10">
                    <measure framework="illustrative-toms" code="ILLUS-NT1" target="15" unit="↓%"/>
                    <measure framework="illustrative-toms" code="ILLUS-NT4" target="30" unit="tCO2e"/>
                  </criterion>
                </evaluation>
                """)
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="90"/>
                  <criterion id="social-value" kind="social-value" weight="10">
                    <measure framework="illustrative-toms" code="ILLUS-NT1" target="15" unit="fte"/>
                    <measure framework="illustrative-toms" code="ILLUS-NT5" target="250000" unit="£"/>
                    <measure framework="illustrative-toms" code="ILLUS-NT3" target="300"/>
                  </criterion>
                </evaluation>
                """)
        }
    }
}
