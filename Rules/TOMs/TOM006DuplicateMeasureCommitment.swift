import TenderLintKit

extension TOMRules {
    static let duplicateCommitment = Rule("TOM006", "duplicate-measure-commitment") {
        Summary("No measure is committed twice in one lot")
        Severity(.error)
        WhatItChecks("""
            Whether the same measure is named twice in one lot: under two criteria, or as a commitment of the whole \
            tender and again under a lot's criterion. Measures in the tender's social value terms apply to every \
            lot. Codes are compared ignoring case and spaces.
            """)
        Why("""
            A measure committed twice counts the same social value twice: its weight in the score and its proxy \
            value in the bid double, and bidders cannot tell which target applies.
            """)
        NotThisRulesFinding("""
            A code the catalogue does not have (TOM001), has retired (TOM003), or counts in another unit (TOM004). \
            The same code in different lots: no rule, as that is fine.
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
}
