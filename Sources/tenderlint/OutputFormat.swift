import ArgumentParser

/// The human formats, for commands that print diagnostics without a gate (`catalogue check`).
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case concise
}
