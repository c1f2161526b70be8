import ArgumentParser
import Foundation
import TenderLintKit

/// The options that fit SARIF to where it is uploaded: GitHub code scanning by default (docs/ci.md).
struct SARIFOptions: ParsableArguments {
    @Option(name: .customLong("sarif-root"), help: ArgumentHelp(
        "The repository root SARIF paths are written relative to (as %SRCROOT%). By default the nearest folder from the current one up that holds .git, else the current folder.",
        valueName: "dir"), completion: .directory)
    var root: String?

    @Option(name: .customLong("sarif-max-results"), help: ArgumentHelp(
        "The most results SARIF holds, errors first; the rest are counted in the run's properties and a warning. GitHub shows 5000 results of a run and refuses more than 25000; -1: no limit.",
        valueName: "n"))
    var maxResults: Int = SARIFReporter.defaultResultLimit

    @Option(name: .customLong("rules-url"), help: ArgumentHelp(
        "The page each rule's helpUri in SARIF links to, the rule's anchor added (for example https://github.com/OWNER/REPO/blob/main/docs/rules.md). By default the repository's own docs/rules.md on GitHub or GitLab, when it has one; otherwise none.",
        valueName: "url"))
    var rulesURL: String?

    /// Checked before anything is linted.
    func validate() throws {
        guard maxResults >= 1 || maxResults == -1 else {
            throw ValidationError("--sarif-max-results takes a number of results from 1 up, or -1 for no limit")
        }
        if let rulesURL, !SARIFReporter.isAbsoluteURI(rulesURL) {
            throw ValidationError("--rules-url needs an absolute URL such as https://example.org/docs/rules.md, not '\(rulesURL)'")
        }
        if let root {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder), isFolder.boolValue else {
                throw ValidationError("--sarif-root \(root) is not a folder")
            }
        }
    }

    /// What the options ask of SARIF; the run builds the reporter from it.
    var setup: SARIFSetup {
        SARIFSetup(root: root, resultLimit: maxResults == -1 ? nil : maxResults, rulesURL: rulesURL)
    }
}
