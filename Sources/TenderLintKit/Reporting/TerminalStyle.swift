/// What a stretch of output is, so every renderer colours the same thing the same way.
public enum TerminalRole: Sendable, Hashable {
    /// Headers and the summary: bold.
    case emphasis
    /// A severity word and the underline of a primary range.
    case severity(Severity)
    /// `note:` and the underline of a secondary range.
    case note
    /// `help:` and `fix-it:`.
    case help
    /// Text a fix-it puts in.
    case insertion
    /// `policy:`.
    case policy
    /// A clean run in the summary.
    case success

    /// SGR parameters (ECMA-48): 1 bold, 31 red, 32 green, 33 yellow, 34 blue, 35 magenta, 36 cyan.
    var selectGraphicRendition: String {
        switch self {
        case .emphasis: "1"
        case .severity(.error): "1;31"
        case .severity(.warning): "1;33"
        case .severity(.info): "1;34"
        case .note: "1;36"
        case .help: "1;32"
        case .insertion: "32"
        case .policy: "1;35"
        case .success: "1;32"
        }
    }
}

/// ANSI colour, or none. The CLI decides (isatty, NO_COLOR, --color); renderers only obey.
///
/// Every painted span is closed with its own reset, so no style leaks into the
/// next span, the next line, or the user's prompt if output is cut short.
public struct TerminalStyle: Sendable, Hashable {
    public var colors: Bool

    public init(colors: Bool) {
        self.colors = colors
    }

    public static let escape = "\u{1B}["
    public static let reset = "\u{1B}[0m"

    /// `text` in the role's colour; unchanged when colours are off or there is nothing to paint.
    public func paint(_ text: String, _ role: TerminalRole) -> String {
        guard colors, !text.isEmpty else { return text }
        return Self.escape + role.selectGraphicRendition + "m" + text + Self.reset
    }
}
