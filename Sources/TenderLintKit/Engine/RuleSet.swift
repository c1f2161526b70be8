/// A validated collection of rules: ids and names unique and well formed, parameters sound.
public struct RuleSet: Sendable {
    public let rules: [Rule]

    /// Two or three capitals and three digits, such as SV001; by byte, as `String.isKebabCase` says why.
    static func isRuleID(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        guard bytes.count == 5 || bytes.count == 6 else { return false }
        let letters = bytes.count - 3
        return bytes[..<letters].allSatisfy { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }
            && bytes[letters...].allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    public init(_ rules: [Rule]) throws(RuleSetError) {
        var ids: Set<String> = []
        var names: Set<String> = []
        for rule in rules {
            guard Self.isRuleID(rule.id) else {
                throw RuleSetError(rule: rule.id, problem: "its id should be two or three capitals and three digits, such as SV001")
            }
            guard rule.name.isKebabCase else {
                throw RuleSetError(rule: rule.id, problem: "its name '\(rule.name)' should be kebab-case")
            }
            guard ids.insert(rule.id).inserted else { throw RuleSetError(rule: rule.id, problem: "another rule has the same id") }
            guard names.insert(rule.name).inserted else { throw RuleSetError(rule: rule.id, problem: "another rule is named '\(rule.name)'") }
            guard !rule.summary.isEmpty else { throw RuleSetError(rule: rule.id, problem: "it has no summary") }
            guard rule.hasChecks else { throw RuleSetError(rule: rule.id, problem: "it checks nothing") }
            var parameterNames: Set<String> = []
            for parameter in rule.parameters {
                guard parameterNames.insert(parameter.name).inserted else {
                    throw RuleSetError(rule: rule.id, problem: "it declares the parameter '\(parameter.name)' twice")
                }
                if let problem = parameter.problem(with: parameter.defaultValue) {
                    throw RuleSetError(rule: rule.id, problem: "the default of '\(parameter.name)' is invalid: \(problem)")
                }
            }
            for example in rule.examples {
                for (name, value) in example.parameters {
                    guard let parameter = rule.parameters.first(where: { $0.name == name }) else {
                        throw RuleSetError(rule: rule.id, problem: "an example (\(example.fileID):\(example.line)) sets '\(name)', which the rule does not declare")
                    }
                    if let problem = parameter.problem(with: value) {
                        throw RuleSetError(rule: rule.id, problem: "an example (\(example.fileID):\(example.line)) sets an invalid '\(name)': \(problem)")
                    }
                }
            }
        }
        self.rules = rules.sorted { $0.id < $1.id }
    }

    public func rule(_ id: String) -> Rule? { rules.first { $0.id == id } }
}

/// Why a rule set could not be built, naming the rule.
public struct RuleSetError: Error, Sendable, Equatable, CustomStringConvertible {
    public var rule: String
    public var problem: String

    public var description: String { "rule \(rule): \(problem)" }
}
