import TenderLintKit

extension TOMRules {
    static let malformedReference = Rule("TOM002", "malformed-measure-reference") {
        Summary("Measure codes are written as their framework writes them, and their framework can be checked")
        Severity(.error)
        WhatItChecks("""
            Whether each measure code is written as its framework writes its codes: the National TOMs `NT<n>` with \
            the plug-ins `RE<n>` (real estate) and `FM<n>` (facilities management), the Social Value Model \
            `MAC <outcome>.<n>`, tenderlint's illustrative catalogue `ILLUS-NT<n>`; a catalogue file can declare \
            its own (`codePatterns`). A code written another way (`MAC4.1`, `nt12`) is reported with the code as \
            the framework writes it.

            A framework with no catalogue loaded is reported once per tender, as information: its codes are checked \
            for their form only, or, for a framework tenderlint does not know, not at all. A framework name close to \
            a known one gets a fix.

            \(catalogueExplanation)
            """)
        Why("""
            A code written another way is not the code the framework lists, so it cannot be looked up: its measure \
            cannot be scored or compared between bids. A framework whose catalogue is not loaded leaves its \
            measures unchecked, which the buyer should know before relying on the other TOMs rules.
            """)
        NotThisRulesFinding("""
            A well-formed code the catalogue does not have (TOM001); a code the catalogue has retired (TOM003); a \
            catalogue file whose own codes do not fit their framework's pattern (TL008).
            """)
        AppliesOnlyWhen(.measures)
        Check { rule in
            let measures = TOMSupport.measures(in: rule)
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
                                TOMSupport.replacing(placed.reference.framework, with: close[0], "use '\(close[0])'", .safe)
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
                        TOMSupport.replacing(placed.reference.code, with: normalised, "write '\(normalised)'", .safe)
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
}
