import FuzzSupport
import TenderLintKit
import TenderLintRules

/// Every rule, check and policy the command line knows, so rule keys and parameters are checked for real.
let knownRules = KnownRules(rules: BuiltInRules.ruleSet.rules, checks: BuiltInRules.identities, policies: BuiltInRules.policies)

/// A directory that does not exist: `extends` and `catalogues` paths in the input are only looked up
/// (a stat), never read, and relative ones then find nothing.
let directory = "/nonexistent/tenderlint-fuzz"

/// Any bytes as a `.tenderlint.yml`: YAML through the located YAML reader, then every key and value checked with positions.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let source = SourceFile(path: ".tenderlint.yml", bytes: FuzzInput.bytes(start, count))
    let loader = ConfigurationLoader(knownRules: knownRules, workingDirectory: directory)
    do {
        _ = try loader.load(source, absolutePath: directory + "/.tenderlint.yml")
    } catch {
        ReportChecks.render(error.diagnostics)
    }
    return 0
}
