import ArgumentParser
import TenderLintKit

/// Did-you-mean for the options users of ruff, ESLint, SwiftLint, pylint and Spectral type out of habit, in place
/// of ArgumentParser's nearest spelling, which can be unrelated (`--rule` → `--quiet`).
enum OptionSuggestions {
    /// Options typed elsewhere, what to say instead, and the option that must exist for the advice to hold.
    private static let habits: [(typed: [String], advice: String, needs: String)] = [
        (["--only", "--only-rule", "--only-rules", "--rules", "--select-rule", "--select-rules"],
         "to run only some rules, use --select RULES (ids, prefixes or names, comma-separated)", "--select"),
        (["--rule", "--enable", "--enable-rule", "--enable-rules", "--include-rule", "--include-rules"],
         "to choose rules, use --select RULES to run only those, or --extend-select RULES to add them to the configuration's", "--select"),
        (["--disable", "--disable-rule", "--disable-rules", "--exclude-rule", "--exclude-rules", "--skip", "--skip-rule",
          "--skip-rules", "--ignore-rule", "--ignore-rules", "--extend-ignore", "--except"],
         "to leave rules out, use --ignore RULES", "--ignore"),
        (["--reporter", "--output-type", "--formatter"], "to choose the output, use --format (or --output-format)", "--format"),
        (["--config-file", "--config-path", "--settings"], "to give a configuration file, use --config FILE", "--config"),
        (["--no-color", "--no-colour", "--no-colors"], "to turn colour off, use --color never", "--color"),
        (["--stats", "--count", "--summary"], "to count findings per rule, use --statistics", "--statistics"),
        (["--list-files", "--files", "--print-files"], "to list what would be linted, use --show-files", "--show-files"),
        (["--fail-level", "--fail-severity", "--severity", "--level"], "to choose the failing level, use --fail-on error|warning|info", "--fail-on"),
        (["--threads", "--workers", "--parallel", "--concurrency"], "to choose how many files are checked at once, use --jobs N", "--jobs"),
        (["--exit-zero-on-findings", "--no-fail", "--no-exit-code"], "to exit 0 whatever is found, use --exit-zero", "--exit-zero"),
        (["--fix-only", "--autofix", "--apply-fixes"], "to apply fixes, use --fix (with --unsafe-fixes for the others)", "--fix"),
        (["--dry-run", "--fix-dry-run"], "to see fixes without applying them, use --diff", "--diff"),
        (["--stdin", "--stdin-path", "--stdin-file-path", "--use-stdin"], "to lint standard input, give - as the path, with --stdin-filename NAME", "--stdin-filename"),
    ]

    /// ArgumentParser's first line for an unknown option, with tenderlint's advice where the option is a habit
    /// from another linter, and without a suggestion that is only close in spelling. Other messages are kept.
    static func rewrite(_ message: String, command: ParsableCommand.Type) -> String {
        guard message.hasPrefix("Unknown option '"), let nameEnd = message.dropFirst(16).firstIndex(of: "'") else { return message }
        let typed = String(message[message.index(message.startIndex, offsetBy: 16)..<nameEnd])
        let bare = "Unknown option '\(typed)'"
        let known = Tenderlint.helpMessage(for: command, includeHidden: true)
        let key = typed.split(separator: "=", maxSplits: 1).first.map(String.init)?.lowercased() ?? typed
        if let habit = habits.first(where: { $0.typed.contains(key) }), offers(habit.needs, in: known) {
            return "\(bare); \(habit.advice)"
        }
        guard let range = message.range(of: ". Did you mean '"), message.hasSuffix("'?") else { return message }
        let suggested = String(message[range.upperBound...].dropLast(2))
        return isClose(typed, suggested) ? message : bare
    }

    /// Whether the help names the option (`--fix`, and not only `--fix-something`).
    private static func offers(_ option: String, in help: String) -> Bool {
        var rest = help[...]
        while let range = rest.range(of: option) {
            let next = rest[range.upperBound...].first
            if next.map({ !$0.isLetter && $0 != "-" }) ?? true { return true }
            rest = rest[range.upperBound...]
        }
        return false
    }

    /// Close enough to be a slip of the keys: the limit tenderlint's own did-you-means use.
    private static func isClose(_ typed: String, _ suggested: String) -> Bool {
        let word = String(typed.drop { $0 == "-" })
        return EditDistance.between(word, String(suggested.drop { $0 == "-" })) <= EditDistance.closenessLimit(for: word)
    }
}
