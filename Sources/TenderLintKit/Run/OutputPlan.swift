import Foundation

/// Where each requested format goes: `--format sarif:findings.sarif`, or `--format sarif --output findings.sarif`
/// (the n-th `--output` goes to the n-th `--format` without its own file); at most one format on standard output.
public struct OutputPlan: Sendable {
    public struct Destination: Sendable {
        public var format: ReportFormat
        /// nil for standard output.
        public var file: String?

        public init(format: ReportFormat, file: String? = nil) {
            self.format = format
            self.file = file
        }
    }

    public let destinations: [Destination]

    /// Checks the options as given; throws `RunFailure.invalidArgument` saying what is wrong.
    public init(formats: [String], outputs: [String]) throws(RunFailure) {
        var pendingOutputs = outputs[...]
        var destinations: [Destination] = []
        for written in formats.isEmpty ? ["text"] : formats {
            let parts = written.split(separator: ":", maxSplits: 1).map(String.init)
            guard let format = ReportFormat(rawValue: parts[0]) else {
                throw .invalidArgument("unknown format '\(parts[0])'; formats are \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let file = parts.count == 2 ? parts[1] : pendingOutputs.popFirst()
            if let file, file.isEmpty { throw .invalidArgument("--format \(written) names no file") }
            destinations.append(Destination(format: format, file: file))
        }
        guard pendingOutputs.isEmpty else {
            throw .invalidArgument("--output \(pendingOutputs.first!) has no --format to go with it")
        }
        var seen: [String: ReportFormat] = [:]
        for destination in destinations {
            guard let file = destination.file else { continue }
            let key = URL(fileURLWithPath: file).standardizedFileURL.resolvingSymlinksInPath().path
            if let earlier = seen[key] {
                throw .invalidArgument("--format \(earlier.rawValue) and --format \(destination.format.rawValue) both write \(file); one would overwrite the other, so give each its own file")
            }
            seen[key] = destination.format
        }
        guard destinations.filter({ $0.file == nil }).count <= 1 else {
            throw .invalidArgument("only one format can go to standard output; give the others a file with --output or FORMAT:FILE")
        }
        self.destinations = destinations
    }

    /// What findings' locations must hold for every format of the plan, and for a baseline (which matches
    /// findings by their subject) when the run reads or writes one.
    public func locationDetail(comparingWithBaseline: Bool) -> LocationDetail {
        destinations.reduce(comparingWithBaseline ? .subject : []) { $0.union($1.format.locationDetail) }
    }
}
