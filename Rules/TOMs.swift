import TenderLintKit

/// TOMs rules: measure references that exist, are well formed, current and used as their catalogue says (TOM001–TOM007).
///
/// Catalogues are data (docs/catalogues.md): the buyer's organisation supplies its current list with
/// `--catalogue FILE`; tenderlint ships only the open Social Value Model structure and an illustrative catalogue.
public enum TOMRules {
    public static let all: [Rule] = [unknownCode, malformedReference, retiredMeasure, unitMismatch, themeNotTargeted,
                                     duplicateCommitment, nhsLondonTheme]

    private static let catalogueExplanation = """
        Measures are checked against a catalogue, a file of codes, titles, themes and units loaded at run time \
        (`tenderlint lint --catalogue FILE`, see docs/catalogues.md). NHS London's TOMs list is given to members \
        and bidders, not published, and the National TOMs are licensed CC BY-NC-ND: tenderlint ships neither. It \
        ships the open structure of the government Social Value Model (award criteria codes `MAC <outcome>.<n>`, \
        partly corroborated, titles unconfirmed) and an **illustrative** catalogue, `illustrative-toms`, whose \
        `ILLUS-NT…` codes are invented for examples and tests.
        """

    // MARK: TOM001

    static let unknownCode = Rule("TOM001", "unknown-measure-code") {
        Summary("Every measure code is in the framework's catalogue")
        Severity(.error)
        Explanation("""
            A social value commitment names a measure by its code. A code the framework's catalogue does not have \
            cannot be scored, given a proxy value or compared between bids: bidders will ask what it means, or \
            answer different questions.

            The code is looked up in the catalogue edition in force on the evaluation date. When a listed code is \
            close (a doubled digit, a slip of the keyboard), the finding offers it as a fix. Codes not written as \
            the framework writes them are TOM002's, and frameworks with no catalogue loaded cannot be checked.

            \(catalogueExplanation)
            """)
        Enforces(.nhsNetZeroAndSocialValue, .ppn0620, .ppn002)
        Check { rule in
            for placed in TOMSupport.measures(of: rule.tender) {
                guard let catalogue = TOMSupport.catalogue(for: placed.framework, in: rule),
                      catalogue.measure(placed.code) == nil, !TOMSupport.isMalformed(placed, catalogue: catalogue) else { continue }
                let current = catalogue.measures.filter { !catalogue.isRetired($0) }.map(\.code)
                let candidates = EditDistance.suggestions(for: placed.code, among: current)
                let close = candidates.count <= 3 ? candidates : []
                let outcome = TOMSupport.socialValueModelOutcome(of: placed.code)
                rule.report {
                    Message("the measure code '\(placed.code)' is not in the \(placed.framework) catalogue")
                    At(placed.reference.code)
                    Label("unknown code")
                    Note(TOMSupport.note(on: catalogue))
                    Note("a code the catalogue does not have cannot be scored or compared between bids")
                    if let outcome, !catalogue.outcomes.isEmpty, catalogue.outcome(outcome) == nil {
                        Note("outcome \(outcome) is not one of the catalogue's outcomes (\(catalogue.outcomes.map(\.id).joined(separator: ", ")))")
                    }
                    if close.count == 1, let title = catalogue.measure(close[0])?.title {
                        Help("did you mean '\(close[0])' (\(title))?")
                        TOMSupport.replacing(placed.reference.code, with: close[0], "use '\(close[0])'")
                    } else if close.count > 1 {
                        Help("did you mean \(TOMSupport.alternatives(close))?")
                    }
                    Help("use a code of the catalogue in force, or load your organisation's current list with --catalogue FILE")
                }
            }
        }
        Examples {
            Triggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="90"/>
                  <criterion id="social-value" kind="social-value" weight="10">
                    <measure framework="illustrative-toms" code="ILLUS-NT3" target="500" unit="hours"/>
                    <measure framework="illustrative-toms" code="↓ILLUS-NT42" target="5" unit="FTE"/>
                  </criterion>
                </evaluation>
                """)
            Triggering("""
                <social-value>
                  <theme>fighting-climate-change</theme>
                  <theme>tackling-economic-inequality</theme>
                  <measure framework="illustrative-toms" code="↓ILLUS-NT11" target="6" unit="FTE"/>
                </social-value>
                <evaluation>
                  <criterion id="price" kind="price" weight="90"/>
                  <criterion id="social-value" kind="social-value" weight="10">
                    <measure framework="social-value-model" code="↓MAC 9.1"/>
                  </criterion>
                </evaluation>
                """)
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="90"/>
                  <criterion id="social-value" kind="social-value" weight="10">
                    <measure framework="illustrative-toms" code="ILLUS-NT1" target="4" unit="FTE"/>
                    <measure framework="social-value-model" code="MAC 4.1"/>
                  </criterion>
                </evaluation>
                """)
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="90"/>
                  <criterion id="social-value" kind="social-value" weight="10">
                    <measure framework="national-toms" code="NT1" target="4" unit="FTE"/>
                  </criterion>
                </evaluation>
                """)
        }
    }

    // MARK: TOM002

    static let malformedReference = Rule("TOM002", "malformed-measure-reference") {
        Summary("Measure codes are written as their framework writes them, and their framework can be checked")
        Severity(.error)
        Explanation("""
            Each framework writes its codes its own way: the National TOMs `NT<n>` with the plug-ins `RE<n>` (real \
            estate) and `FM<n>` (facilities management), the Social Value Model `MAC <outcome>.<n>`, tenderlint's \
            illustrative catalogue `ILLUS-NT<n>`; a catalogue file can declare its own (`codePatterns`). A code \
            written another way (`MAC4.1`, `nt12`) is reported with the code as the framework writes it.

            A framework with no catalogue loaded is reported once per tender, as information: its codes are checked \
            for their form only, or, for a framework tenderlint does not know, not at all. A framework name close to \
            a known one gets a fix.

            \(catalogueExplanation)
            """)
        Enforces(.nhsNetZeroAndSocialValue, .ppn0620, .ppn002)
        Check { rule in
            let measures = TOMSupport.measures(of: rule.tender)
            var announced: Set<String> = []
            for placed in measures {
                let catalogue = TOMSupport.catalogue(for: placed.framework, in: rule)
                let known = MeasureFramework.known(placed.framework)
                if catalogue == nil, announced.insert(placed.framework).inserted {
                    let count = measures.filter { $0.framework == placed.framework }.count
                    let named = count == 1 ? "1 measure names it" : "\(count) measures name it"
                    if let known {
                        let checked = known.codePatterns.isEmpty ? "its measures cannot be checked" : "its codes are checked for their form only"
                        rule.report {
                            Message("no catalogue of the \(placed.framework) framework is loaded, so \(checked)")
                            At(placed.reference.framework)
                            Label("no catalogue loaded")
                            SeverityOverride(.info)
                            Note("\(named); tenderlint ships no list of \(known.title), which is held by buyers' organisations")
                            Help("load your organisation's current list with --catalogue FILE (see docs/catalogues.md)")
                        }
                    } else {
                        let names = Array(Set(rule.catalogues.frameworks + MeasureFramework.all.map(\.id))).sorted()
                        let close = EditDistance.suggestions(for: placed.framework, among: names)
                        rule.report {
                            Message("'\(placed.framework)' is not a framework tenderlint knows, and no catalogue of it is loaded: its measures cannot be checked")
                            At(placed.reference.framework)
                            Label("unknown framework")
                            SeverityOverride(.info)
                            Note(named)
                            if close.count == 1 {
                                Help("did you mean '\(close[0])'?")
                                TOMSupport.replacing(placed.reference.framework, with: close[0], "use '\(close[0])'")
                            }
                            Help("load the framework's catalogue with --catalogue FILE (see docs/catalogues.md)")
                        }
                    }
                }
                guard TOMSupport.isMalformed(placed, catalogue: catalogue) else { continue }
                let patterns = TOMSupport.patterns(for: placed.framework, catalogue: catalogue)
                let normalised = patterns.lazy.compactMap { $0.normalised(placed.code) }.first
                rule.report {
                    Message("the code '\(placed.code)' is not written as the \(placed.framework) framework writes its codes (\(patterns.map(\.template).joined(separator: ", ")))")
                    At(placed.reference.code)
                    Label("malformed code")
                    if let normalised {
                        Help("write it '\(normalised)'")
                        TOMSupport.replacing(placed.reference.code, with: normalised, "write '\(normalised)'")
                    } else {
                        Help("codes of \(placed.framework) look like " + patterns.map { "'\(TOMSupport.example(of: $0))'" }.joined(separator: " or ")
                             + "; check the framework the code belongs to")
                    }
                }
            }
        }
        Examples {
            Triggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="90"/>
                  <criterion id="social-value" kind="social-value" weight="10">
                    <measure framework="social-value-model" code="↓MAC4.1"/>
                  </criterion>
                </evaluation>
                """)
            Triggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="90"/>
                  <criterion id="social-value" kind="social-value" weight="10">
                    <measure framework="↓national-toms" code="↓nt12" target="2" unit="FTE"/>
                    <measure framework="national-toms" code="NT2" target="20" unit="%"/>
                  </criterion>
                </evaluation>
                """)
            Triggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="90"/>
                  <criterion id="social-value" kind="social-value" weight="10">
                    <measure framework="↓illustrative-tom" code="ILLUS-NT1" target="4" unit="FTE"/>
                    <measure framework="illustrative-toms" code="↓ILLUS NT3" target="500" unit="hours"/>
                  </criterion>
                </evaluation>
                """)
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="90"/>
                  <criterion id="social-value" kind="social-value" weight="10">
                    <measure framework="social-value-model" code="MAC 4.1"/>
                    <measure framework="illustrative-toms" code="ILLUS-NT4" target="40" unit="tCO2e"/>
                  </criterion>
                </evaluation>
                """)
        }
    }

    // MARK: TOM003

    static let retiredMeasure = Rule("TOM003", "retired-measure") {
        Summary("No measure is one the catalogue edition in force has retired")
        Severity(.warning)
        Explanation("""
            Frameworks are revised: measures are retired, and often replaced by others. A retired measure has no \
            current definition or proxy value, so commitments to it cannot be scored as the framework now intends.

            The catalogue edition in force is the latest whose date in force is on or before the evaluation date. \
            A measure is retired when the catalogue says it was retired in that edition or an earlier one; when \
            the catalogue names its replacement, the finding offers it as a fix.

            \(catalogueExplanation)
            """)
        Enforces(.nhsNetZeroAndSocialValue, .ppn0620, .ppn002)
        Check { rule in
            for placed in TOMSupport.measures(of: rule.tender) {
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
                        TOMSupport.replacing(placed.reference.code, with: replacement, "use '\(replacement)'")
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

    // MARK: TOM004

    static let unitMismatch = Rule("TOM004", "measure-unit-mismatch") {
        Summary("Each measure's target is in the unit the measure counts")
        Severity(.error)
        Explanation("""
            Every measure counts one thing in one unit: people employed in full-time equivalents (FTE), weeks of \
            training, hours of volunteering, tonnes of CO2e avoided, pounds spent. A target in another unit (15% \
            where the measure counts FTE) cannot be added up, given its proxy value or compared between bids.

            Units are compared ignoring case and common spellings (`£` and `GBP`, `percent` and `%`). A measure \
            with no unit, in the tender or in the catalogue, is not checked.

            \(catalogueExplanation)
            """)
        Enforces(.nhsNetZeroAndSocialValue, .ppn0620, .ppn002)
        Check { rule in
            for placed in TOMSupport.measures(of: rule.tender) {
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
        Enforces(.nhsNetZeroAndSocialValue, .ppn0620, .ppn002)
        Check { rule in
            let themes = rule.tender.socialValue.themes
            guard !themes.isEmpty else { return }
            let targeted = themes.map(\.value)
            for placed in TOMSupport.measures(of: rule.tender) {
                guard let (theme, inference) = TOMSupport.theme(of: placed, in: rule), !targeted.contains(theme) else { continue }
                rule.report {
                    Message("'\(placed.code)' is a measure of the theme \(theme.title), which the tender does not target")
                    At(placed.reference.code)
                    Label(theme.title)
                    Secondary("the tender's themes are declared here", at: themes.first?.origin)
                    if let inference { Note(inference) }
                    Note("the tender targets \(TOMSupport.list(targeted))")
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
        Enforces(.nhsNetZeroAndSocialValue, .ppn0620, .ppn002)
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
            as a Social Value Model award criterion (`MAC <outcome>.<n>`), from that outcome's theme. Runs under \
            the NHS profile only.

            \(catalogueExplanation)
            """)
        Enforces(.nhsNetZeroAndSocialValue)
        AppliesTo(.nhsEngland)
        Check { rule in
            let framework = MeasureFramework.nhsLondonTOMs
            let themes = framework.themes ?? MeasureFramework.nhsLondonThemes
            for placed in TOMSupport.measures(of: rule.tender) where placed.framework == framework.id {
                guard let (theme, inference) = TOMSupport.theme(of: placed, in: rule), !themes.contains(theme) else { continue }
                rule.report {
                    Message("'\(placed.code)' is a measure of the theme \(theme.title), which is not one of the four NHS London TOMs themes")
                    At(placed.reference.code)
                    Label(theme.title)
                    if let inference { Note(inference) }
                    Note("the NHS London TOMs use the themes \(TOMSupport.list(themes))")
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
