/// Whether output gets ANSI colour: `--color auto|always|never`, `NO_COLOR` and the terminal decide.
public enum ColorPolicy: String, Sendable, CaseIterable {
    case auto
    case always
    case never

    /// `auto` colours only a terminal, never when `NO_COLOR` is set (to anything but the empty
    /// string, as no-color.org says) or `TERM=dumb`. `always` is the user's explicit wish and wins.
    public func usesColor(isTerminal: Bool, environment: [String: String]) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
            if environment["TERM"] == "dumb" { return false }
            return isTerminal
        }
    }
}
