import Foundation

/// Standard error: a message that cannot be written there (a full disk, a closed descriptor) is lost, never a
/// crash; the run then ends with the usage-error status, since what it had to say went unheard.
public enum StandardError {
    private static let failure = FailureFlag()
    /// Whether anything meant for standard error was lost.
    public static var failed: Bool { failure.isSet }

    public static func write(_ line: String) {
        writeText(line + "\n")
    }

    public static func writeText(_ text: String) {
        do {
            try StreamWriter.write(Data(text.utf8), to: STDERR_FILENO)
        } catch {
            failure.set()
        }
    }

    /// Diagnostics as text, in colour on a terminal, followed by a blank line; nothing when there are none.
    public static func write(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        let colors = ColorPolicy.auto.usesColor(isTerminal: isatty(STDERR_FILENO) == 1, environment: ProcessInfo.processInfo.environment)
        writeText(TextDiagnosticsFormatter(colors: colors).format(diagnostics) + "\n")
    }
}

/// A flag any thread may raise, read once the run is over.
private final class FailureFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var raised = false

    var isSet: Bool { lock.withLock { raised } }

    func set() { lock.withLock { raised = true } }
}
