import TenderLintKit

/// Evaluation rules: weights that add up (EV001), are given (EV002), can be evaluated (EV003) and are consistent (EV004).
public enum EvaluationRules {
    public static let all: [Rule] = []
}
