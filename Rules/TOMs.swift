import TenderLintKit

/// TOMs rules: measure references that exist, are well formed, current and used as their catalogue says (TOM001–TOM007).
public enum TOMRules {
    public static let all: [Rule] = []
}
