import TenderLintKit

extension TOMRules {
    static let unknownCode = Rule("TOM001", "unknown-measure-code") {
        Summary("Every measure code is in the framework's catalogue")
        Severity(.error)
        WhatItChecks("""
            Each measure a social value commitment names, by its code, looked up in the catalogue edition in force \
            on the evaluation date. A code the catalogue does not have is reported. When a listed code is close (a \
            doubled digit, a slip of the keyboard), the finding offers it as a fix.

            \(catalogueExplanation)
            """)
        Why("""
            A code the framework's catalogue does not have cannot be scored, given a proxy value or compared \
            between bids: bidders will ask what it means, or answer different questions.
            """)
        NotThisRulesFinding("""
            A code not written as its framework writes it, and a framework with no catalogue loaded, which cannot \
            be checked (TOM002); a code the catalogue has but has retired (TOM003); a catalogue file that is itself \
            malformed (TL008).
            """)
        AppliesOnlyWhen(.measures)
        Needs(.cataloguedMeasures)
        Check { rule in
            for placed in TOMSupport.measures(in: rule) {
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
                        TOMSupport.replacing(placed.reference.code, with: close[0], "use '\(close[0])'", .safe)
                    } else if close.count > 1 {
                        Help("did you mean \(Prose.list(close.map { "'\($0)'" }, "or"))?")
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
}
