import TenderLintKit

/// Net zero rules: Carbon Reduction Plans, Net Zero Commitments and the NHS supplier roadmap (NZ001–NZ006).
public enum NetZeroRules {
    public static let all: [Rule] = []
}
