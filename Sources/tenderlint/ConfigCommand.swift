import ArgumentParser
import Foundation
import TenderLintCommandLine
import TenderLintKit
import TenderLintRules

/// `tenderlint config`: what configuration a document gets.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the configuration tenderlint uses for a document.",
        discussion: "Configuration files (.tenderlint.yml) are described in docs/configuration.md; 'tenderlint init' writes a starter one.",
        subcommands: [ConfigPrintCommand.self]
    )
}

/// `tenderlint config print FILE`.
struct ConfigPrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "Print the effective configuration for a document and where each value came from.",
        discussion: """
            Finds the .tenderlint.yml that applies to FILE as 'tenderlint lint' does (the nearest one in FILE's \
            folder or a parent, up to the repository root), follows its 'extends', applies the 'overrides' that \
            match FILE, and prints every setting with '# from FILE:LINE' or '# default'. With --select, \
            --extend-select or --ignore it shows what 'tenderlint lint' with the same options would run, each \
            rule the command line decides marked with the option (such as '# --ignore SV003').

            Exit status: 0, or 2 when the configuration is invalid (its problems are reported with their line \
            and column) or FILE cannot be found.
            """
    )

    @Argument(help: "The document whose configuration to show.", completion: .file())
    var file: String

    @Option(name: .customLong("config"), help: ArgumentHelp("Use this configuration file instead of looking for .tenderlint.yml.", valueName: "file"),
            completion: .file(extensions: ["yml", "yaml"]))
    var configFile: String?

    @OptionGroup(title: "Rule selection") var ruleSelection: RuleSelectionOptions

    func run() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
            throw CatalogueFiles.usageError("\(file): no such file or directory")
        }
        if isDirectory.boolValue {
            throw CatalogueFiles.usageError("\(file): is a directory; give a document in it (overrides depend on the file)")
        }
        let known = ConfigurationSupport.knownRules
        let selection = try ruleSelection.selection(known: known)
        let resolver = ConfigurationResolver(explicitPath: configFile, knownRules: known)
        var settings: FileSettings
        let exclusions: EffectiveConfigurationText.Exclusions
        do {
            settings = try resolver.settings(for: file)
            if let selection { settings = selection.applied(to: settings) }
            let folder = (file as NSString).deletingLastPathComponent
            exclusions = try resolver.exclusions(inFolder: folder.isEmpty ? "." : folder) ?? (exclude: nil, extendExclude: [])
        } catch {
            ConfigurationSupport.report(error)
            throw ExitCode(Tenderlint.usageErrorStatus)
        }
        try StandardOutput.write(EffectiveConfigurationText(known: known).render(settings, exclusions: exclusions))
    }
}
