import ArgumentParser
import TenderLintKit

/// Loading the catalogues a user names with `--catalogue`.
public enum CatalogueFiles {
    /// The catalogues, in the order given. A file that cannot be read or has errors ends the run with exit
    /// status 2, after its diagnostics; warnings are printed and the catalogue used.
    public static func load(_ paths: [String]) throws -> [MeasureCatalogue] {
        var catalogues: [MeasureCatalogue] = []
        for path in paths {
            let result: CatalogueLoadResult
            do {
                result = try CatalogueLoader().load(path: path)
            } catch {
                throw usageError("--catalogue \(error)")
            }
            StandardError.write(result.diagnostics)
            guard let catalogue = result.catalogue else {
                let errors = result.diagnostics.filter { $0.severity == .error }.count
                throw usageError("--catalogue \(path) is not a valid catalogue (\(errors) \(errors == 1 ? "error" : "errors")); see 'tenderlint catalogue check \(path)'")
            }
            catalogues.append(catalogue)
        }
        return catalogues
    }

    /// Prints the one-line message and gives the exit status for a usage error.
    public static func usageError(_ message: String) -> ExitCode {
        StandardError.write("tenderlint: error: \(message)")
        return ExitCode(RunFailure.usageErrorStatus)
    }
}
