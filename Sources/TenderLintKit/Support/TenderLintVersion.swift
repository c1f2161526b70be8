/// The version `tenderlint --version` prints.
public enum TenderLintVersion {
    public static let current = "0.1.0"
}
