import ArgumentParser
import TenderLintKit

/// `--fix`, `--unsafe-fixes` and `--diff`, as ruff's (docs/fixes.md).
struct FixOptions: ParsableArguments {
    @Flag(help: "Apply the safe fixes to the files, then report what remains. A file is written only if the fixed document reads at least as well as before.")
    var fix = false

    @Flag(name: .customLong("unsafe-fixes"), help: "With --fix or --diff: apply the unsafe fixes too (those that change what the tender asks or scores).")
    var unsafeFixes = false

    @Flag(help: "Print what --fix would change as a unified diff and change nothing; exit 1 when there is something to fix. Wins over --fix.")
    var diff = false

    /// Checked before anything is linted, against the lint command's other options.
    func validate(paths: [String], reports: Bool, baseline: Bool, showsFiles: Bool) throws {
        if unsafeFixes, !fix, !diff {
            throw ValidationError("--unsafe-fixes applies with --fix or --diff")
        }
        if fix || diff, showsFiles {
            throw ValidationError("--show-files lints nothing, so it fixes nothing: leave out \(diff ? "--diff" : "--fix")")
        }
        if fix || diff, paths.contains("-") {
            throw ValidationError("\(diff ? "--diff" : "--fix") works on files; standard input ('-') cannot be fixed")
        }
        if diff, reports {
            throw ValidationError("--diff prints a diff, not a report: leave out --format, --output and --statistics")
        }
        if diff, baseline {
            throw ValidationError("--diff changes nothing: leave out --write-baseline and --prune-baseline")
        }
    }

    /// What the run is asked to fix; nil for no fixing.
    var request: FixRequest? {
        fix || diff ? FixRequest(includesUnsafe: unsafeFixes, diffOnly: diff) : nil
    }
}
