import TenderLintKit

extension TOMRules {
    static let themeNotTargeted = Rule("TOM005", "measure-theme-not-targeted") {
        Summary("Each measure belongs to a theme the tender targets")
        Severity(.warning)
        WhatItChecks("""
            Whether each measure belongs to one of the social value themes the tender declares. Checked only when \
            the tender declares its themes. A measure's theme comes from the catalogue (its own, or its \
            outcome's); a Social Value Model award criterion code (`MAC <outcome>.<n>`) takes its outcome's theme.

            \(catalogueExplanation)
            """)
        Why("""
            A tender that declares its social value themes should ask for commitments under those themes: a \
            measure under another theme scores social value the tender did not set out to buy, and bidders \
            cannot tell which themes count.
            """)
        NotThisRulesFinding("""
            An NHS tender that does not cover the theme Fighting climate change at all (SV003); an NHS London TOMs \
            measure outside the four NHS London themes (TOM007); a code the catalogue does not have (TOM001). A \
            tender that declares no themes: no rule, as there is nothing to compare.
            """)
        AppliesOnlyWhen(.measures)
        Needs(.socialValueThemes)
        Check { rule in
            let themes = rule.tender.socialValue.themes
            guard !themes.isEmpty else { return }
            let targeted = themes.map(\.value)
            for placed in TOMSupport.measures(in: rule) {
                guard let (theme, inference) = TOMSupport.theme(of: placed, in: rule), !targeted.contains(theme) else { continue }
                rule.report {
                    Message("'\(placed.code)' is a measure of the theme \(theme.title), which the tender does not target")
                    At(placed.reference.code)
                    Label(theme.title)
                    Secondary("the tender's themes are declared here", at: themes.first?.origin)
                    if let inference { Note(inference) }
                    Note("the tender targets \(Prose.list(targeted.map(\.title)))")
                    Help("add the theme \(theme.rawValue) to the tender's social value themes, or choose a measure under one it targets")
                }
            }
        }
        Examples {
            Triggering("""
                <social-value>
                  <theme>fighting-climate-change</theme>
                </social-value>
                <evaluation>
                  <criterion id="price" kind="price" weight="90"/>
                  <criterion id="social-value" kind="social-value" weight="10">
                    <measure framework="illustrative-toms" code="ILLUS-NT4" target="40" unit="tCO2e"/>
                    <measure framework="illustrative-toms" code="↓ILLUS-NT1" target="3" unit="FTE"/>
                    <measure framework="social-value-model" code="↓MAC 7.1"/>
                  </criterion>
                </evaluation>
                """)
            NonTriggering("""
                <social-value>
                  <theme>fighting-climate-change</theme>
                  <theme>tackling-economic-inequality</theme>
                </social-value>
                <evaluation>
                  <criterion id="price" kind="price" weight="90"/>
                  <criterion id="social-value" kind="social-value" weight="10">
                    <measure framework="illustrative-toms" code="ILLUS-NT4" target="40" unit="tCO2e"/>
                    <measure framework="illustrative-toms" code="ILLUS-NT1" target="3" unit="FTE"/>
                  </criterion>
                </evaluation>
                """)
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="90"/>
                  <criterion id="social-value" kind="social-value" weight="10">
                    <measure framework="illustrative-toms" code="ILLUS-NT6" target="1" unit="FTE"/>
                  </criterion>
                </evaluation>
                """)
        }
    }
}
