import ArgumentParser
import Foundation
import TenderLintCommandLine
import TenderLintKit

/// `tenderlint init`: write a commented starter `.tenderlint.yml`.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented starter .tenderlint.yml.",
        discussion: """
            The file explains every key and changes none of tenderlint's defaults; uncomment what you need. \
            Keys are described in docs/configuration.md.

            Exit status: 0 when the file was written, 2 when it exists already (use --force to replace it) \
            or cannot be written.
            """
    )

    @Argument(help: "The folder to write it in (the repository root, usually).", completion: .directory)
    var directory: String = "."

    @Flag(help: "Replace an existing .tenderlint.yml.")
    var force = false

    func run() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CatalogueFiles.usageError("\(directory): no such folder")
        }
        let path = directory == "." ? Configuration.fileName : (directory as NSString).appendingPathComponent(Configuration.fileName)
        if FileManager.default.fileExists(atPath: path), !force {
            throw CatalogueFiles.usageError("\(path) already exists; use --force to replace it")
        }
        do {
            try OutputFile.write(Configuration.starter, to: path)
        } catch {
            throw CatalogueFiles.usageError("\(path): cannot be written: \(error)")
        }
        print("wrote \(path); 'tenderlint config print FILE' shows the settings a document gets")
    }
}
