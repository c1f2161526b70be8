import ArgumentParser
import Foundation
import TenderLintKit
import TenderLintRules

/// `tenderlint explain SV001`: one rule in full, with its examples run and reported as `lint` would.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a rule: why it exists, the policies behind it, its parameters and examples.",
        discussion: """
            Takes a rule's id or name, in any case: SV001, sv001 or social-value-minimum-weighting. \
            Built-in checks (TL001 onwards) are explained briefly. 'tenderlint rules' lists them all.

            Exit status: 0, or 2 for an unknown id or another usage error.
            """
    )

    @Argument(help: "The rule's id or name.")
    var rule: String

    @Option(help: "Output: text or markdown.")
    var format: ExplainFormat = .text

    func run() throws {
        let runner = RuleExampleRunner(catalogues: BuiltInRules.exampleCatalogues)
        let text: String
        switch RuleDocumentation.lookup(rule, rules: BuiltInRules.ruleSet.rules, identities: BuiltInRules.identities) {
        case .rule(let found):
            text = format == .markdown
                ? RuleDocumentation.explainMarkdown(found, runner: runner)
                : RuleDocumentation.explainText(found, runner: runner)
        case .check(let check):
            text = RuleDocumentation.explain(check, format: format == .markdown ? .markdown : .text)
        case .unknown(let suggestion):
            StandardError.write("tenderlint: error: " + RuleDocumentation.unknownMessage(rule, suggestion: suggestion))
            throw ExitCode(Tenderlint.usageErrorStatus)
        }
        try StandardOutput.write(text)
    }
}

enum ExplainFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case markdown
}
