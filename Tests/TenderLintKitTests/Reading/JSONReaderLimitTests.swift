import Foundation
import Testing
import TenderLintKit

@Suite("JSON reader: columns and limits")
struct JSONReaderLimitTests: JSONReaderTesting {
    @Test("counts columns in code points after multi-byte text on the same line")
    func columnsAfterMultiByteText() throws {
        // "👩‍⚕️" is four code points; the string runs from column 11 to 54.
        let text = #"{"buyer": "Llywodraeth Cymru — Cwm Taf Morgannwg 👩‍⚕️" "lot": 2}"#
        let error = try #require(failure(text))
        #expect(error.message == "expected ',' or '}' after object member")
        #expect(error.at == "1:56")
        #expect(error.fixIts.first?.location.start.description == "1:55")
    }

    @Test("stops 100,000 nested '[' with one diagnostic, without overflowing the stack")
    func deepNesting() throws {
        let error = try #require(failure(String(repeating: "[", count: 100_000)))
        #expect(error.message == "nesting is deeper than 512 levels; tenderlint stops reading here")
        #expect(error.at == "1:513")
        let balanced = failure(String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000))
        #expect(balanced?.at == "1:513")
        let objects = failure(String(repeating: #"{"a":"#, count: 100_000))
        #expect(objects?.at == "1:\(512 * 5 + 1)")
    }

    @Test("applies a configured maximum depth")
    func configuredDepth() {
        #expect(read("[[[1]]]", maximumDepth: 3).diagnostics.isEmpty)
        let error = failure(read("[[[[1]]]]", maximumDepth: 3))
        #expect(error?.message == "nesting is deeper than 3 levels; tenderlint stops reading here")
        #expect(error?.at == "1:4")
    }
}
