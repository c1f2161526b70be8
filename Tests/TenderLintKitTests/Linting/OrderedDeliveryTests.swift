import Foundation
import Testing
@testable import TenderLintKit

private func part(_ file: String, documents: Int = 1) -> LintReport {
    LintReport(
        diagnostics: [Diagnostic(ReaderRule.jsonWellFormed, .error, "in \(file)", at: .wholeFile(file))],
        documentCount: documents
    )
}

/// What a delivery passed on, in order.
private final class Delivered: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []
    func add(_ report: LintReport) { lock.withLock { messages += report.diagnostics.map(\.message) } }
    var all: [String] { lock.withLock { messages } }
}

@Suite("Ordered delivery of findings from files linted in parallel")
struct OrderedDeliveryTests {
    @Test("passes the earliest unfinished file's parts straight on and holds later files' until their turn")
    func holdsLaterFiles() throws {
        let delivered = Delivered()
        let delivery = OrderedDelivery(fileCount: 3) { delivered.add($0) }
        #expect([delivery.nextFile(), delivery.nextFile(), delivery.nextFile(), delivery.nextFile()] == [0, 1, 2, nil])
        delivery.deliver(part("c"), file: 2)
        delivery.finish(file: 2)
        delivery.deliver(part("b1"), file: 1)
        #expect(delivered.all.isEmpty)
        delivery.deliver(part("a1"), file: 0)
        #expect(delivered.all == ["in a1"])
        delivery.deliver(part("b2"), file: 1)
        delivery.deliver(part("a2"), file: 0)
        delivery.finish(file: 0)
        #expect(delivered.all == ["in a1", "in a2", "in b1", "in b2"])
        delivery.finish(file: 1)
        #expect(delivered.all == ["in a1", "in a2", "in b1", "in b2", "in c"])
        let totals = try delivery.totals()
        #expect(totals.documentCount == 5)
        #expect(totals.diagnostics.isEmpty)
    }

    @Test("stops at the first file that fails, in file order, whatever order the failures came in")
    func firstFailureInFileOrder() {
        struct Failure: Error, Equatable { var file: Int }
        let delivered = Delivered()
        let delivery = OrderedDelivery(fileCount: 4) { delivered.add($0) }
        for _ in 0..<4 { _ = delivery.nextFile() }
        delivery.fail(file: 2, Failure(file: 2))
        delivery.deliver(part("d"), file: 3)
        delivery.finish(file: 3)
        delivery.fail(file: 1, Failure(file: 1))
        delivery.deliver(part("a"), file: 0)
        delivery.finish(file: 0)
        #expect(delivered.all == ["in a"])
        #expect(throws: Failure(file: 1)) { try delivery.totals() }
        #expect(delivery.nextFile() == nil)
    }

    @Test("delivers a JSON Lines file's findings a document at a time, in line order")
    func jsonLinesPartsPerDocument() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tenderlint-delivery-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let lines = (1...20).map { $0 % 3 == 0 ? "{\"broken\": }" : "{\"ocid\": \"ocds-\($0)\"}" }
        try lines.joined(separator: "\n").write(to: directory.appendingPathComponent("bulk.jsonl"), atomically: true, encoding: .utf8)
        try "{\"a\": }".write(to: directory.appendingPathComponent("z.json"), atomically: true, encoding: .utf8)

        final class Parts: @unchecked Sendable {
            let lock = NSLock()
            var all: [LintReport] = []
        }
        let parts = Parts()
        let totals = try Linter().lint(paths: [directory.path]) { part in parts.lock.withLock { parts.all.append(part) } }
        let jsonLinesParts = parts.all.filter { $0.diagnostics.contains { $0.path.hasSuffix("bulk.jsonl") } }
        #expect(jsonLinesParts.count == 20)
        #expect(jsonLinesParts.allSatisfy { Set($0.diagnostics.map(\.location.start.line)).count == 1 })
        let lineNumbers = parts.all.flatMap(\.diagnostics)
            .filter { $0.path.hasSuffix("bulk.jsonl") && $0.rule == ReaderRule.jsonWellFormed }.map(\.location.start.line)
        #expect(lineNumbers == [3, 6, 9, 12, 15, 18])
        #expect(parts.all.flatMap(\.diagnostics).last?.path.hasSuffix("z.json") == true)
        #expect(totals.documentCount == 21)
        #expect(totals.fileCount == 2)
        #expect(totals.diagnostics.isEmpty)
        let collected = try Linter().lint(paths: [directory.path])
        #expect(collected.diagnostics == parts.all.flatMap(\.diagnostics))
    }
}
