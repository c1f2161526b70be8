import TenderLintKit

extension TOMRules {
    static let nhsLondonTheme = Rule("TOM007", "nhs-london-theme") {
        Summary("NHS London TOMs measures belong to the four NHS London themes")
        Severity(.warning)
        WhatItChecks("""
            Whether each measure named under the `nhs-london-toms` framework belongs to one of the four NHS London \
            themes: *Equal opportunity*, *Tackling economic inequality*, *Fighting climate change* and \
            *Wellbeing*. The measure's theme comes from the NHS London catalogue your organisation loads, or, for a \
            code written as a Social Value Model award criterion (`MAC <outcome>.<n>`), from that outcome's theme.

            \(catalogueExplanation)
            """)
        Why("""
            The NHS London TOMs (NHS London Procurement Partnership) draw on four themes of the government Social \
            Value Model. A measure whose theme is another (such as COVID-19 recovery) is not one of the NHS London \
            measures: it was probably taken from another framework.

            The rule runs where the NHS net zero and social value guidance binds the buyer, whose framework this \
            is: NHS bodies in England, from 1 April 2022, and in Provider Selection Regime processes from 1 January \
            2024 (**unconfirmed**: off unless a configuration turns it on).
            """)
        NotThisRulesFinding("""
            A measure under a theme the tender does not target (TOM005); an NHS tender that does not cover the \
            theme Fighting climate change (SV003); a code the catalogue does not have (TOM001); an NHS London TOMs \
            measure whose theme cannot be found because no catalogue is loaded (TOM002, as information).
            """)
        Enforces(.nhsNetZeroAndSocialValue, .nhsNetZeroAndSocialValueUnderPSR)
        AppliesOnlyWhen(.nhsLondonMeasures)
        Check { rule in
            let framework = MeasureFramework.nhsLondonTOMs
            let themes = framework.themes ?? MeasureFramework.nhsLondonThemes
            for placed in TOMSupport.measures(in: rule) where placed.framework == framework.id {
                guard let (theme, inference) = TOMSupport.theme(of: placed, in: rule), !themes.contains(theme) else { continue }
                rule.report {
                    Message("'\(placed.code)' is a measure of the theme \(theme.title), which is not one of the four NHS London TOMs themes")
                    At(placed.reference.code)
                    Label(theme.title)
                    if let inference { Note(inference) }
                    Note("the NHS London TOMs use the themes \(Prose.list(themes.map(\.title)))")
                    Help("choose an NHS London measure under one of the four themes, or name the framework the measure comes from")
                }
            }
        }
        Examples {
            Triggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="90"/>
                  <criterion id="social-value" kind="social-value" weight="10">
                    <measure framework="nhs-london-toms" code="MAC 4.1"/>
                    <measure framework="nhs-london-toms" code="↓MAC 1.2"/>
                  </criterion>
                </evaluation>
                """)
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="90"/>
                  <criterion id="social-value" kind="social-value" weight="10">
                    <measure framework="nhs-london-toms" code="MAC 6.1"/>
                    <measure framework="social-value-model" code="MAC 1.2"/>
                  </criterion>
                </evaluation>
                """)
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="90"/>
                  <criterion id="social-value" kind="social-value" weight="10">
                    <measure framework="nhs-london-toms" code="MAC 1.2"/>
                  </criterion>
                </evaluation>
                """, profile: .centralGovernment)
        }
    }
}
