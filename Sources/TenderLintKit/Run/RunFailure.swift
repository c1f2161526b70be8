/// Why a run ended before its verdict, for the front end to turn into its exit status (the command line: 2).
public enum RunFailure: Error, Equatable, Sendable {
    /// An option the run cannot use. The front end says it as a usage error, with where to find help.
    case invalidArgument(String)
    /// Already said on standard error: the run ends with the usage-error status.
    case reported

    /// The exit status of a usage error, an unreadable path or an unusable configuration or baseline.
    public static let usageErrorStatus: Int32 = 2
}
