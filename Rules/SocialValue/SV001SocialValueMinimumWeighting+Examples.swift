import TenderLintKit

// SV001's examples, beside the rule because they are long.
extension SocialValueRules {
    static let minimumWeightingExamples = Examples {
        Triggering("""
            <evaluation>
              <criterion id="price" kind="price" weight="40"/>
              <criterion id="quality" kind="quality" weight="52"/>
              ↓<criterion id="social-value" kind="social-value" weight="8"/>
            </evaluation>
            """)
        // 10% of a 60% quality block is 6% of the total.
        Triggering("""
            <evaluation>
              <criterion id="price" kind="price" weight="40"/>
              <criterion id="quality" kind="quality" weight="60">
                <criterion id="delivery" kind="quality" weight="90"/>
                ↓<criterion id="social-value" kind="social-value" weight="10"/>
              </criterion>
            </evaluation>
            """)
        // 33.3% of a 30% block is 9.99%: just short.
        Triggering("""
            <evaluation>
              <criterion id="price" kind="price" weight="70"/>
              <criterion id="quality" kind="quality" weight="30">
                <criterion id="service" kind="quality" weight="33.3"/>
                <criterion id="staff" kind="quality" weight="33.4"/>
                ↓<criterion id="social-value" kind="social-value" weight="33.3"/>
              </criterion>
            </evaluation>
            """)
        // A range counts at its minimum: 8%.
        Triggering("""
            <evaluation>
              <criterion id="price" kind="price" weight="35-40"/>
              <criterion id="quality" kind="quality" weight="45-50"/>
              ↓<criterion id="social-value" kind="social-value" weight="8-15"/>
            </evaluation>
            """)
        Triggering("""
            <evaluation>
              <criterion id="price" kind="price" weight="0.4" weight-unit="fraction"/>
              <criterion id="quality" kind="quality" weight="0.52" weight-unit="fraction"/>
              ↓<criterion id="social-value" kind="social-value" weight="0.08" weight-unit="fraction"/>
            </evaluation>
            """)
        // Points: 8 of 100 points.
        Triggering("""
            <evaluation>
              <criterion id="price" kind="price" points="40"/>
              <criterion id="quality" kind="quality" points="52"/>
              ↓<criterion id="social-value" kind="social-value" points="8"/>
            </evaluation>
            """)
        // Central government: net zero does not count with social value (4%, not 10%).
        Triggering("""
            <evaluation>
              <criterion id="price" kind="price" weight="40"/>
              <criterion id="quality" kind="quality" weight="50"/>
              <criterion id="net-zero" kind="net-zero" weight="6"/>
              ↓<criterion id="social-value" kind="social-value" weight="4"/>
            </evaluation>
            """, profile: .centralGovernment)
        // Each lot on its own: lot 2 falls short.
        Triggering("""
            <lot id="1">
              <evaluation>
                <criterion id="price" kind="price" weight="40"/>
                <criterion id="quality" kind="quality" weight="50"/>
                <criterion id="social-value" kind="social-value" weight="10"/>
              </evaluation>
            </lot>
            <lot id="2">
              <evaluation>
                <criterion id="price" kind="price" weight="50"/>
                <criterion id="quality" kind="quality" weight="45"/>
                ↓<criterion id="social-value" kind="social-value" weight="5"/>
              </evaluation>
            </lot>
            """)
        // Two criteria counted, 3% + 4.5%: the diagnostic lands on the larger.
        Triggering("""
            <evaluation>
              <criterion id="price" kind="price" weight="40"/>
              <criterion id="quality" kind="quality" weight="57">
                <criterion id="delivery" kind="quality" weight="92.1"/>
                ↓<criterion id="social-value" kind="social-value" weight="7.9"/>
              </criterion>
              <criterion id="carbon" kind="net-zero" weight="3"/>
            </evaluation>
            """)
        // A declared exception measures against the quality score: 5 of 65 is 7.7%.
        Triggering("""
            <social-value>
              <exception kind="immature-market">Pre-market engagement in March found two suppliers, neither able to measure social value yet.</exception>
            </social-value>
            <evaluation>
              <criterion id="price" kind="price" weight="35"/>
              <criterion id="quality" kind="quality" weight="60"/>
              ↓<criterion id="social-value" kind="social-value" weight="5"/>
            </evaluation>
            """, profile: .centralGovernment, asOf: "2024-06-01")
        // With exceptions not honoured, 6% of the total is short although it is 10% of the quality score.
        Triggering("""
            <social-value>
              <exception kind="immature-market">Pre-market engagement in March found two suppliers, neither able to measure social value yet.</exception>
            </social-value>
            <evaluation>
              <criterion id="price" kind="price" weight="40"/>
              <criterion id="quality" kind="quality" weight="54"/>
              ↓<criterion id="social-value" kind="social-value" weight="6"/>
            </evaluation>
            """, profile: .centralGovernment, asOf: "2024-06-01", parameters: [honourDeclaredExceptions.name: .flag(false)])
        // Exactly 10%.
        NonTriggering("""
            <evaluation>
              <criterion id="price" kind="price" weight="40"/>
              <criterion id="quality" kind="quality" weight="50"/>
              <criterion id="social-value" kind="social-value" weight="10"/>
            </evaluation>
            """)
        // NHS: net zero and social value combine, 6% + 4%.
        NonTriggering("""
            <evaluation>
              <criterion id="price" kind="price" weight="40"/>
              <criterion id="quality" kind="quality" weight="50"/>
              <criterion id="net-zero" kind="net-zero" weight="6"/>
              <criterion id="social-value" kind="social-value" weight="4"/>
            </evaluation>
            """)
        // Through nesting: 20% of 60% is 12%; a social value block's own sub-criteria are not counted twice.
        NonTriggering("""
            <evaluation>
              <criterion id="price" kind="price" weight="40"/>
              <criterion id="quality" kind="quality" weight="60">
                <criterion id="delivery" kind="quality" weight="80"/>
                <criterion id="social-value" kind="social-value" weight="20">
                  <criterion id="commitments" kind="social-value" weight="40"/>
                  <criterion id="delivery-plan" kind="social-value" weight="60"/>
                </criterion>
              </criterion>
            </evaluation>
            """)
        // 33.4% of 30% is 10.02%.
        NonTriggering("""
            <evaluation>
              <criterion id="price" kind="price" weight="70"/>
              <criterion id="quality" kind="quality" weight="30">
                <criterion id="service" kind="quality" weight="33.3"/>
                <criterion id="staff" kind="quality" weight="33.3"/>
                <criterion id="social-value" kind="social-value" weight="33.4"/>
              </criterion>
            </evaluation>
            """)
        NonTriggering("""
            <evaluation>
              <criterion id="price" kind="price" weight="30-40"/>
              <criterion id="quality" kind="quality" weight="45-55"/>
              <criterion id="social-value" kind="social-value" weight="10-15"/>
            </evaluation>
            """)
        NonTriggering("""
            <evaluation>
              <criterion id="price" kind="price" weight="0.4" weight-unit="fraction"/>
              <criterion id="quality" kind="quality" weight="0.5" weight-unit="fraction"/>
              <criterion id="social-value" kind="social-value" weight="0.1" weight-unit="fraction"/>
            </evaluation>
            """)
        // Before the NHS guidance applied (2022-04-01).
        NonTriggering("""
            <evaluation>
              <criterion id="price" kind="price" weight="40"/>
              <criterion id="quality" kind="quality" weight="52"/>
              <criterion id="social-value" kind="social-value" weight="8"/>
            </evaluation>
            """, asOf: "2022-03-31")
        NonTriggering("""
            <evaluation>
              <criterion id="price" kind="price" weight="40"/>
              <criterion id="quality" kind="quality" weight="52"/>
              <criterion id="social-value" kind="social-value" weight="8"/>
            </evaluation>
            """, parameters: [minimumShare.name: .percent(8)])
        // A declared exception: 6 of the 60 points outside price is 10% of the quality score.
        NonTriggering("""
            <social-value>
              <exception kind="immature-market">Pre-market engagement in March found two suppliers, neither able to measure social value yet.</exception>
            </social-value>
            <evaluation>
              <criterion id="price" kind="price" weight="40"/>
              <criterion id="quality" kind="quality" weight="54"/>
              <criterion id="social-value" kind="social-value" weight="6"/>
            </evaluation>
            """, profile: .centralGovernment, asOf: "2024-06-01")
        // Price per quality point: the weighted criteria are the quality score, and social value is 10% of it.
        NonTriggering("""
            <social-value>
              <exception kind="price-per-quality-point">Price is divided by quality points, so it carries no weight of its own.</exception>
            </social-value>
            <evaluation methodology="price-per-quality-point">
              <criterion id="price" kind="price" formula="price / quality points"/>
              <criterion id="quality" kind="quality" weight="90"/>
              <criterion id="social-value" kind="social-value" weight="10"/>
            </evaluation>
            """, profile: .centralGovernment)
    }
}
