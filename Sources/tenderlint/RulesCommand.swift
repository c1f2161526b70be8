import ArgumentParser
import Foundation
import TenderLintKit
import TenderLintRules

/// `tenderlint rules`: every rule and check, as a table, Markdown or JSON; with `--full`, the reference page.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List tenderlint's rules and checks.",
        discussion: """
            Prints each rule's id, name, default severity and a one-line summary, \
            then the reader, model and engine checks (TL001–TL017). 'tenderlint explain ID' shows one rule in full, with the policies it enforces and whom they bind.

            --full prints everything: with --format markdown, the reference page docs/rules.md, every rule \
            with its policies, parameters and examples as tenderlint reports them. Regenerate that page with:
              \(RuleDocumentation.regenerationCommand)

            Exit status: 0, or 2 for a usage error or a file that cannot be written.
            """
    )

    @Option(help: "Output: text (a table), markdown or json.")
    var format: DocumentationFormatOption = .text

    @Flag(help: "Everything about every rule: the reference page (markdown), every explain page (text), explanations (json).")
    var full = false

    @Option(help: "Write to this file instead of standard output.", completion: .file())
    var output: String?

    func run() throws {
        let rules = BuiltInRules.ruleSet.rules
        let identities = BuiltInRules.identities
        let runner = RuleExampleRunner(catalogues: BuiltInRules.exampleCatalogues)
        let text: String = switch (format, full) {
        case (.markdown, true):
            RuleDocumentation.reference(rules, identities: identities, runner: runner)
        case (.text, true):
            ([RuleDocumentation.table(rules, identities: identities, format: .text)]
                + rules.map { RuleDocumentation.explainText($0, runner: runner) }).joined(separator: "\n")
        default:
            RuleDocumentation.table(rules, identities: identities, format: format.documentationFormat, full: full)
        }
        if let output {
            try OutputFile.writeOrExit(text, to: output)
        } else {
            try StandardOutput.write(text)
        }
    }
}
