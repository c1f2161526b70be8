import Foundation
import Testing
@testable import TenderLintKit

/// Counts how often a memoized value is worked out.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var counts: [String: Int] = [:]
    func add(_ key: String) { lock.withLock { counts[key, default: 0] += 1 } }
    func count(_ key: String) -> Int { lock.withLock { counts[key] ?? 0 } }
}

private func memoRule(_ id: String, counter: Counter) -> Rule {
    Rule(id, "memo-\(id.lowercased())") {
        Summary("Asks for shared values")
        Check { rule in
            let missing: Int? = rule.memoized("nothing") { counter.add("nothing"); return nil }
            let lots: Int = rule.memoized("lots") { counter.add("lots"); return rule.tender.lots.count }
            rule.report { Message("\(id): \(missing.map(String.init) ?? "none"), \(lots) lots") }
        }
    }
}

@Suite("Values shared by the rules of one tender")
struct RuleContextMemoTests {
    @Test("works a value out once per tender however many rules ask, a nil included")
    func onceEachPerTender() throws {
        let counter = Counter()
        let engine = RuleEngine(
            ruleSet: try RuleSet([memoRule("XX001", counter: counter), memoRule("XX002", counter: counter), memoRule("XX003", counter: counter)]),
            settings: EngineSettings(today: CalendarDate(year: 2026, month: 6, day: 1)!)
        )
        let text = """
            <tender xmlns="urn:tenderlint:tender-spec:1" id="T"><buyer sector="nhs"/>
            <evaluation><criterion id="p" kind="price" weight="100"/></evaluation></tender>
            """
        let linter = Linter(engine: engine)
        let first = linter.lint(SourceFile(path: "a.xml", text: text)).diagnostics.map(\.message)
        #expect(first == ["XX001: none, 1 lots", "XX002: none, 1 lots", "XX003: none, 1 lots"])
        #expect(counter.count("nothing") == 1)
        #expect(counter.count("lots") == 1)
        _ = linter.lint(SourceFile(path: "b.xml", text: text))
        #expect(counter.count("lots") == 2)
    }
}
