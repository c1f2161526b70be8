import ArgumentParser

/// `--exit-zero`, `--statistics` and `--show-files`: how a lint run ends and what it prints, as in ruff.
struct RunListingOptions: ParsableArguments {
    @Flag(name: .customLong("exit-zero"), help: "Exit 0 even when findings fail the gate (still 2 for a usage, input or configuration error).")
    var exitZero = false

    @Flag(help: "Print how many findings each rule made (count, id, name; most first) instead of the findings (errors only with --quiet); with --format json, a JSON array. The exit status is as without it.")
    var statistics = false

    @Flag(name: .customLong("show-files"), help: "List the files that would be linted, each with the configuration that applies (tab-separated; with --format json, a JSON array), lint nothing and exit 0.")
    var showFiles = false
}
