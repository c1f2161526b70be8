import TenderLintKit

// EV001's examples, beside the rule because they are long.
extension EvaluationRules {
    static let weightsAddUpExamples = Examples {
        Triggering("""
            ↓<evaluation>
              <criterion id="price" kind="price" weight="35"/>
              <criterion id="quality" kind="quality" weight="50"/>
              <criterion id="social-value" kind="social-value" weight="10"/>
            </evaluation>
            """)
        // Nested: the sub-criteria of quality add up to 90.
        Triggering("""
            <evaluation>
              <criterion id="price" kind="price" weight="40"/>
              ↓<criterion id="quality" kind="quality" weight="60">
                <criterion id="delivery" kind="quality" weight="50"/>
                <criterion id="safety" kind="quality" weight="30"/>
                <criterion id="social-value" kind="social-value" weight="10"/>
              </criterion>
            </evaluation>
            """)
        // Fractions add up to 0.95, not 1.
        Triggering("""
            ↓<evaluation>
              <criterion id="price" kind="price" weight="0.4" weight-unit="fraction"/>
              <criterion id="quality" kind="quality" weight="0.45" weight-unit="fraction"/>
              <criterion id="social-value" kind="social-value" weight="0.1" weight-unit="fraction"/>
            </evaluation>
            """)
        // Percentages beside a fraction.
        Triggering("""
            ↓<evaluation>
              <criterion id="price" kind="price" weight="40"/>
              <criterion id="quality" kind="quality" weight="0.5" weight-unit="fraction"/>
              <criterion id="social-value" kind="social-value" weight="10"/>
            </evaluation>
            """)
        // Thirds rounded down to whole numbers lose a full point.
        Triggering("""
            <evaluation>
              <criterion id="price" kind="price" weight="30"/>
              ↓<criterion id="quality" kind="quality" weight="60">
                <criterion id="service" kind="quality" weight="33"/>
                <criterion id="staff" kind="quality" weight="33"/>
                <criterion id="digital" kind="quality" weight="33"/>
              </criterion>
              <criterion id="social-value" kind="social-value" weight="10">
                <criterion id="commitments" kind="social-value" weight="40"/>
                <criterion id="delivery-plan" kind="social-value" weight="60"/>
              </criterion>
            </evaluation>
            """)
        // Per lot: lot 1 adds up, lot 2 does not.
        Triggering("""
            <lot id="1">
              <evaluation>
                <criterion id="price" kind="price" weight="40"/>
                <criterion id="quality" kind="quality" weight="50"/>
                <criterion id="social-value" kind="social-value" weight="10"/>
              </evaluation>
            </lot>
            <lot id="2">
              ↓<evaluation>
                <criterion id="price" kind="price" weight="40"/>
                <criterion id="quality" kind="quality" weight="55"/>
                <criterion id="social-value" kind="social-value" weight="10"/>
              </evaluation>
            </lot>
            """)
        // Fractions written without weight-unit="fraction" are read as percentages: 0.4% + 0.5% + 0.1% = 1%.
        Triggering("""
            ↓<evaluation>
              <criterion id="price" kind="price" weight="0.4"/>
              <criterion id="quality" kind="quality" weight="0.5"/>
              <criterion id="social-value" kind="social-value" weight="0.1"/>
            </evaluation>
            """)
        // With no tolerance, 33.3 × 3 = 99.9 is reported.
        Triggering("""
            <evaluation>
              <criterion id="price" kind="price" weight="30"/>
              ↓<criterion id="quality" kind="quality" weight="60">
                <criterion id="service" kind="quality" weight="33.3"/>
                <criterion id="staff" kind="quality" weight="33.3"/>
                <criterion id="digital" kind="quality" weight="33.3"/>
              </criterion>
              <criterion id="social-value" kind="social-value" weight="10"/>
            </evaluation>
            """, parameters: [toleranceParameter.name: .number(0)])
        NonTriggering("""
            <evaluation>
              <criterion id="price" kind="price" weight="40"/>
              <criterion id="quality" kind="quality" weight="50"/>
              <criterion id="social-value" kind="social-value" weight="10"/>
            </evaluation>
            """)
        // 33.3 + 33.3 + 33.4 is exactly 100; 33.3 × 3 = 99.9 is within the tolerance.
        NonTriggering("""
            <evaluation>
              <criterion id="price" kind="price" weight="30"/>
              <criterion id="quality" kind="quality" weight="60">
                <criterion id="service" kind="quality" weight="33.3"/>
                <criterion id="staff" kind="quality" weight="33.3"/>
                <criterion id="digital" kind="quality" weight="33.4"/>
              </criterion>
              <criterion id="social-value" kind="social-value" weight="10">
                <criterion id="jobs" kind="social-value" weight="33.3"/>
                <criterion id="carbon" kind="net-zero" weight="33.3"/>
                <criterion id="wellbeing" kind="social-value" weight="33.3"/>
              </criterion>
            </evaluation>
            """)
        // Exactly at the tolerance: 99.5.
        NonTriggering("""
            <evaluation>
              <criterion id="price" kind="price" weight="40"/>
              <criterion id="quality" kind="quality" weight="49.5"/>
              <criterion id="social-value" kind="social-value" weight="10"/>
            </evaluation>
            """)
        NonTriggering("""
            <evaluation>
              <criterion id="price" kind="price" weight="0.4" weight-unit="fraction"/>
              <criterion id="quality" kind="quality" weight="0.5" weight-unit="fraction"/>
              <criterion id="social-value" kind="social-value" weight="0.1" weight-unit="fraction"/>
            </evaluation>
            """)
        // Points are relative: they need not add up to anything.
        NonTriggering("""
            <evaluation>
              <criterion id="price" kind="price" points="40"/>
              <criterion id="quality" kind="quality" points="45"/>
              <criterion id="social-value" kind="social-value" points="12"/>
            </evaluation>
            """)
        // Ranges are EV004's to check.
        NonTriggering("""
            <evaluation>
              <criterion id="price" kind="price" weight="30-40"/>
              <criterion id="quality" kind="quality" weight="45-55"/>
              <criterion id="social-value" kind="social-value" weight="10-15"/>
            </evaluation>
            """)
        // Price per quality point: price is scored by a formula; the weighted criteria add up to 100.
        NonTriggering("""
            <evaluation methodology="price-per-quality-point">
              <criterion id="price" kind="price" formula="price / quality points"/>
              <criterion id="quality" kind="quality" weight="60"/>
              <criterion id="mobilisation" kind="quality" weight="30"/>
              <criterion id="social-value" kind="social-value" weight="10"/>
            </evaluation>
            """)
        // A criterion without a weight is EV002's to report.
        NonTriggering("""
            <evaluation>
              <criterion id="price" kind="price" weight="40"/>
              <criterion id="quality" kind="quality" weight="50"/>
              <criterion id="social-value" kind="social-value"/>
            </evaluation>
            """)
        // A single sub-criterion carries all of its parent.
        NonTriggering("""
            <evaluation>
              <criterion id="price" kind="price" weight="40"/>
              <criterion id="quality" kind="quality" weight="50"/>
              <criterion id="social-value" kind="social-value" weight="10">
                <criterion id="delivery-plan" kind="social-value" weight="100"/>
              </criterion>
            </evaluation>
            """)
    }
}
