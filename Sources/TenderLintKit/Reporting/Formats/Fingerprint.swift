/// Stable identities for findings, shared by SARIF (`partialFingerprints`), GitLab Code Quality
/// (`fingerprint`) and the JSON report (`fingerprint`).
///
/// A fingerprint hashes what a finding is, as a baseline matches it: the rule id, the file, what the finding is
/// about (named by ids and names, not positions) and the value it judged (`DiagnosticIdentity`). Moving,
/// re-indenting and reordering keep the fingerprint; a changed value changes it, as it should.
/// The hash is 64-bit FNV-1a, written out as 16 lowercase hex digits. When several findings in one
/// report share a hash (the same value flagged twice by one rule), the second gets `:2` appended,
/// the third `:3`, in report order, so that every fingerprint in a report is unique.
public enum DiagnosticFingerprint {
    /// Bumped if the inputs or the hash ever change; part of the hashed text.
    static let scheme = "tenderlint/v2"

    /// The hash of one finding, without any occurrence suffix.
    public static func hash(of diagnostic: Diagnostic) -> String {
        hash(of: diagnostic, scheme: scheme, file: ReportPath.normalized(diagnostic.path))
    }

    /// The hash of a finding's rule, file and identity under `scheme`, the file named as the report names it
    /// (SARIF's line hash names it from the repository root).
    static func hash(of diagnostic: Diagnostic, scheme: String, file: String) -> String {
        let identity = DiagnosticIdentity(diagnostic)
        let key = [
            scheme,
            diagnostic.ruleID,
            file,
            identity.subject,
            // A control character no value holds tells "no value" from an empty one.
            identity.value ?? "\u{1E}",
        ].joined(separator: "\u{1F}")
        return hex(fnv1a64(Array(key.utf8)))
    }

    /// One unique fingerprint per diagnostic, in the order given.
    public static func fingerprints(of diagnostics: [Diagnostic]) -> [String] {
        var seen: [String: Int] = [:]
        return diagnostics.map { diagnostic in
            let base = hash(of: diagnostic)
            let occurrence = seen[base, default: 0] + 1
            seen[base] = occurrence
            return occurrence == 1 ? base : "\(base):\(occurrence)"
        }
    }

    /// 64-bit FNV-1a (offset basis 0xcbf29ce484222325, prime 0x100000001b3).
    static func fnv1a64(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
