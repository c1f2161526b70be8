import TenderLintKit

/// TOM005 to TOM007: measures must serve the tender's themes, be committed once per lot, and (NHS London) sit in its four themes.
extension TOMRules {
    // MARK: TOM005

    static let themeNotTargeted = Rule("TOM005", "measure-theme-not-targeted") {
        Summary("Each measure belongs to a theme the tender targets")
        Severity(.warning)
        Explanation("""
            A tender that declares its social value themes should ask for commitments under those themes: a \
            measure under another theme scores social value the tender did not set out to buy, and bidders \
            cannot tell which themes count.

            Checked only when the tender declares its themes. A measure's theme comes from the catalogue (its own, \
            or its outcome's); a Social Value Model award criterion code (`MAC <outcome>.<n>`) takes its \
            outcome's theme.

            \(catalogueExplanation)
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

    // MARK: TOM006

    static let duplicateCommitment = Rule("TOM006", "duplicate-measure-commitment") {
        Summary("No measure is committed twice in one lot")
        Severity(.error)
        Explanation("""
            The same measure named twice in one lot (under two criteria, or as a commitment of the whole tender and \
            again under a lot's criterion) counts the same social value twice: its weight in the score and its \
            proxy value in the bid double, and bidders cannot tell which target applies.

            Measures in the tender's social value terms apply to every lot. The same code in different lots is \
            fine. Codes are compared ignoring case and spaces.
            """)
        AppliesOnlyWhen(.measures)
        Check { rule in
            func duplicate(_ placed: PlacedMeasure, of first: PlacedMeasure, in scope: String) {
                rule.report {
                    Message("'\(placed.code)' is committed twice in \(scope)")
                    At(placed.reference.origin)
                    Label("committed again here")
                    Secondary("first committed here, \(first.place)", at: first.reference.origin)
                    Note("a measure counted twice doubles its weight in the score and its proxy value in the bid")
                    Help("keep one commitment with the whole target, or remove one")
                }
            }
            // The tender's own measures apply to every lot: duplicates among them are reported once.
            var tenderWide: [String: PlacedMeasure] = [:]
            for placed in rule.tender.socialValue.measures.map({ PlacedMeasure(reference: $0) }) {
                let key = TOMSupport.identity(of: placed)
                if let first = tenderWide[key] { duplicate(placed, of: first, in: "the tender") } else { tenderWide[key] = placed }
            }
            for lot in rule.tender.lots {
                var seen = tenderWide
                for placed in TOMSupport.measures(of: lot) {
                    let key = TOMSupport.identity(of: placed)
                    if let first = seen[key] { duplicate(placed, of: first, in: lot.label) } else { seen[key] = placed }
                }
            }
        }
        Examples {
            Triggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="80"/>
                  <criterion id="social-value" kind="social-value" weight="20">
                    <criterion id="jobs" kind="social-value" weight="50">
                      <measure framework="illustrative-toms" code="ILLUS-NT1" target="4" unit="FTE"/>
                    </criterion>
                    <criterion id="community" kind="social-value" weight="50">
                      ↓<measure framework="illustrative-toms" code="ILLUS-NT1" target="2" unit="FTE"/>
                    </criterion>
                  </criterion>
                </evaluation>
                """)
            Triggering("""
                <social-value>
                  <measure framework="illustrative-toms" code="ILLUS-NT5" target="500000" unit="GBP"/>
                </social-value>
                <lot id="1">
                  <evaluation>
                    <criterion id="price" kind="price" weight="90"/>
                    <criterion id="social-value" kind="social-value" weight="10">
                      ↓<measure framework="illustrative-toms" code="ILLUS-NT5" target="100000" unit="GBP"/>
                    </criterion>
                  </evaluation>
                </lot>
                """)
            NonTriggering("""
                <lot id="1">
                  <evaluation>
                    <criterion id="price" kind="price" weight="90"/>
                    <criterion id="social-value" kind="social-value" weight="10">
                      <measure framework="illustrative-toms" code="ILLUS-NT1" target="4" unit="FTE"/>
                    </criterion>
                  </evaluation>
                </lot>
                <lot id="2">
                  <evaluation>
                    <criterion id="price" kind="price" weight="90"/>
                    <criterion id="social-value" kind="social-value" weight="10">
                      <measure framework="illustrative-toms" code="ILLUS-NT1" target="2" unit="FTE"/>
                    </criterion>
                  </evaluation>
                </lot>
                """)
        }
    }

    // MARK: TOM007

    static let nhsLondonTheme = Rule("TOM007", "nhs-london-theme") {
        Summary("NHS London TOMs measures belong to the four NHS London themes")
        Severity(.warning)
        Explanation("""
            The NHS London TOMs (NHS London Procurement Partnership) draw on four themes of the government Social \
            Value Model: *Equal opportunity*, *Tackling economic inequality*, *Fighting climate change* and \
            *Wellbeing*. A measure named under the `nhs-london-toms` framework whose theme is another (such as \
            COVID-19 recovery) is not one of the NHS London measures: it was probably taken from another framework.

            The measure's theme comes from the NHS London catalogue your organisation loads, or, for a code written \
            as a Social Value Model award criterion (`MAC <outcome>.<n>`), from that outcome's theme. It runs where \
            the NHS net zero and social value guidance binds the buyer (NHS bodies in England), whose framework this is.

            \(catalogueExplanation)
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
