import ArgumentParser
import Foundation
import TenderLintCommandLine
import TenderLintKit

/// `tenderlint serve`: the local web checker. The server is a program of its own, `tenderlint-serve`,
/// installed beside `tenderlint`, so that linting never pays for loading it; this command checks the options
/// and runs it in its place.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run a local web page where anyone can check a tender document in a browser.",
        discussion: """
            Open the address it prints (http://127.0.0.1:8080/ by default), choose or paste a document and \
            press Check: the answer is the HTML report. Programs post a document to /api/lint for the JSON \
            report; /healthz answers ok. An upload is checked as the file of its name in the working directory \
            would be by 'tenderlint lint' (that folder's .tenderlint.yml applies, or --config), in memory: it is \
            never written to disk.

            It listens on 127.0.0.1 only, unless --host says otherwise (it warns when other machines can reach \
            it). Requests larger than --max-body-size are answered 413; a document that takes longer than \
            --timeout seconds, or one more than --max-concurrent at once, is answered 503. SIGINT (Ctrl-C) or \
            SIGTERM stops it: requests in flight finish first, and it exits 0. The server is the program \
            tenderlint-serve, installed beside tenderlint. See docs/serve.md.
            """
    )

    @OptionGroup var options: ServeOptions

    func run() throws {
        let server = Self.serverProgram
        guard FileManager.default.isExecutableFile(atPath: server.path) else {
            throw RunFailure.invalidArgument("tenderlint serve runs the program tenderlint-serve, which is not installed beside tenderlint (\(server.path)); install both from the same build (docs/serve.md)")
        }
        // The options after `serve`, as given: tenderlint-serve parses them again with the same definitions.
        let arguments = CommandLine.arguments.drop { $0 != "serve" }.dropFirst()
        let argv = ([server.path] + arguments).map { strdup($0) } + [nil]
        execv(server.path, argv)
        throw RunFailure.invalidArgument("could not run \(server.path): \(String(cString: strerror(errno)))")
    }

    /// `tenderlint-serve` in the folder this program was run from.
    static var serverProgram: URL {
        let own = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? Bundle.main.executablePath ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: own).deletingLastPathComponent().appendingPathComponent("tenderlint-serve")
    }
}
