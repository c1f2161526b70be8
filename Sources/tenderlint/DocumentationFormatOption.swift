import ArgumentParser
import TenderLintKit

/// `--format` of `tenderlint rules` and `tenderlint policies`.
enum DocumentationFormatOption: String, ExpressibleByArgument, CaseIterable {
    case text
    case markdown
    case json

    var documentationFormat: DocumentationFormat {
        switch self {
        case .text: .text
        case .markdown: .markdown
        case .json: .json
        }
    }
}
