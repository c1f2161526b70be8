import ArgumentParser
import Foundation
import TenderLintKit

/// What `lint` reads: standard input (`-` with `--stdin-filename`) and what folder walks leave out.
struct InputOptions: ParsableArguments {
    @Option(name: .customLong("stdin-filename"), help: ArgumentHelp(
        "The name of the document read from standard input (given as the path -): reports say it, the configuration is the one that file would get, and its extension gives the kind.",
        valueName: "path"))
    var stdinFilename: String?

    @Option(name: .customLong("exclude"), help: ArgumentHelp(
        "Leave out files and folders matching this glob (relative to the current folder) as well as what the configuration excludes; repeat it for more.",
        valueName: "glob"))
    var exclude: [String] = []

    @Flag(name: .customLong("respect-gitignore"), inversion: .prefixedNo, help: "Leave out what .gitignore and .ignore files list (the default); --no-respect-gitignore lints it anyway.")
    var respectGitignore = true

    @Flag(name: .customLong("force-exclude"), help: "Leave out excluded files even when they are named on the command line (for pre-commit, which names each staged file).")
    var forceExclude = false

    /// The exclusions the options ask for, with the configuration's. Exits with status 2 for a glob that
    /// cannot be used, or `--stdin-filename` without `-` among the paths.
    func apply(to linter: inout Linter, paths: [String]) throws {
        if stdinFilename != nil, !paths.contains(StandardInput.argument) {
            throw ValidationError("--stdin-filename names the document read from standard input; give - among the paths to read it")
        }
        if stdinFilename == "" { throw ValidationError("--stdin-filename needs a file name") }
        var globs: [GlobPattern] = []
        for text in exclude {
            do {
                globs.append(try GlobPattern(text))
            } catch {
                throw ValidationError("--exclude '\(text)' cannot be used: \(error.message) (at character \(error.offset + 1))")
            }
        }
        let settings = PathExclusions.Settings(globs: globs, respectsIgnoreFiles: respectGitignore, forceExclude: forceExclude)
        linter.exclusions = PathExclusions(settings, configuration: linter.configuration)
        linter.standardInputName = stdinFilename
    }
}
