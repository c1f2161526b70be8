import Foundation

/// A JSON Pointer or XPath prefix that limits a severity change to part of a document.
public struct DocumentPathScope: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Hashable, Sendable {
        /// `pointer:` — a JSON Pointer (RFC 6901), for JSON documents.
        case pointer
        /// `path:` — an XPath as tenderlint writes document paths, for XML documents.
        case path
    }

    public var kind: Kind
    /// As written: `/tender/lots/0`, `/ContractNotice/cac:ProcurementProjectLot[2]`.
    public var prefix: String

    public init(_ kind: Kind, _ prefix: String) {
        self.kind = kind
        self.prefix = prefix
    }

    public var description: String { "\(kind.rawValue) \(prefix)" }

    /// Whether a diagnostic's document path is the prefix or lies beneath it. Steps match whole: `/lots/1`
    /// does not cover `/lots/10`. A step `*` matches any one step. In an XPath a step without a position
    /// covers every position (`cac:Lot` covers `cac:Lot[2]`), and `[1]` covers a step written without one.
    public func contains(_ documentPath: String) -> Bool {
        if prefix.isEmpty || prefix == "/" && kind == .path { return documentPath.hasPrefix("/") || documentPath.isEmpty }
        let wanted = Self.steps(prefix)
        let actual = Self.steps(documentPath)
        guard actual.count >= wanted.count else { return false }
        for (pattern, step) in zip(wanted, actual) where !matches(pattern, step) { return false }
        return true
    }

    private func matches(_ pattern: Substring, _ step: Substring) -> Bool {
        if pattern == "*" || pattern == step { return true }
        guard kind == .path else { return false }
        let (patternName, patternIndex) = Self.split(pattern)
        let (stepName, stepIndex) = Self.split(step)
        guard patternName == stepName || patternName == "*" else { return false }
        switch (patternIndex, stepIndex) {
        case (nil, _): return true
        case (let wanted?, nil): return wanted == 1
        case (let wanted?, let actual?): return wanted == actual
        }
    }

    private static func steps(_ path: String) -> [Substring] {
        Array(path.split(separator: "/", omittingEmptySubsequences: false).dropFirst())
    }

    /// `cac:Lot[2]` → (`cac:Lot`, 2).
    private static func split(_ step: Substring) -> (Substring, Int?) {
        guard step.hasSuffix("]"), let open = step.lastIndex(of: "["),
              let index = Int(step[step.index(after: open)..<step.index(before: step.endIndex)]) else { return (step, nil) }
        return (step[..<open], index)
    }
}
