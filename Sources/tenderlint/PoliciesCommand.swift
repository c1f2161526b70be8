import ArgumentParser
import Foundation
import TenderLintKit
import TenderLintRules

/// `tenderlint policies`: every policy, whom it binds and when, and the rules that enforce it.
struct PoliciesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policies",
        abstract: "List the policies tenderlint knows, whom each binds and which rules enforce it.",
        discussion: """
            Prints each policy's id, name and status (mandatory, good practice, or unconfirmed and off unless \
            'policies:' in .tenderlint.yml turns it on), whom it binds, the procurements it applies to by the day \
            they commenced, and the rules that enforce it. With --format markdown, the reference page \
            docs/policies.md, with each policy's thresholds, exceptions and source. Regenerate that page with:
              \(PolicyDocumentation.regenerationCommand)

            Exit status: 0, or 2 for a usage error or a file that cannot be written.
            """
    )

    @Option(help: "Output: text, markdown or json.")
    var format: DocumentationFormatOption = .text

    @Option(help: "Write to this file instead of standard output.", completion: .file())
    var output: String?

    func run() throws {
        let text = PolicyDocumentation.render(BuiltInRules.policies, rules: BuiltInRules.ruleSet.rules, format: format.documentationFormat)
        if let output {
            try OutputFile.writeOrExit(text, to: output)
        } else {
            try StandardOutput.write(text)
        }
    }
}
