import Foundation
import Testing
import TenderLintKit

/// Recognition over every real document there is (the real fixtures, the real UK notices and the 92 eForms SDK
/// example notices): no strong recognition rests on a false friend, the words the issue about reading real notices
/// found misread. `Benchmarks/recognition_report.py` prints the same in full.
@Suite("Recognition on real documents")
struct RealRecognitionTests {
    static let fixtures = Fixtures.realDirectory.deletingLastPathComponent()
    static let directories = ["real", "real-uk", "eforms-sdk"].map { fixtures.appendingPathComponent($0) }

    static let files: [String] = directories.flatMap { directory in
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".xml") || $0.hasSuffix(".json") }
            .sorted()
            .map { directory.lastPathComponent + "/" + $0 }
    }

    static let falseFriends = [
        "carbon monoxide", "current climate", "indoor climate", "mental health and wellbeing services",
        "social and environmental considerations",
    ]

    /// Every recognition a document's tenders record, in their criteria and their terms.
    static func recognitions(of tender: Tender) -> [Recognition] {
        var found = tender.socialValue.recognitions + tender.netZero.recognitions
        for lot in tender.lots {
            found += lot.netZero?.recognitions ?? []
            found += lot.evaluation.allCriteria.compactMap(\.kindRecognition)
        }
        return found
    }

    @Test("the real documents are all there: 8 real, 38 real UK and 92 eForms SDK examples", .enabled(if: Fixtures.available, Fixtures.unavailable))
    func corpus() {
        #expect(Self.files.filter { $0.hasPrefix("real-uk/") }.count == 38)
        #expect(Self.files.filter { $0.hasPrefix("eforms-sdk/") }.count >= 92)
    }

    @Test("no strong recognition in a real document rests on words that only look like net zero or social value",
          .enabled(if: Fixtures.available, Fixtures.unavailable), arguments: files)
    func noFalseFriend(_ file: String) throws {
        let source = try SourceFile.read(path: Self.fixtures.appendingPathComponent(file).path)
        let lines = String(decoding: source.bytes, as: UTF8.self).lowercased().split(separator: "\n", omittingEmptySubsequences: false)
        for tender in Linter().model(of: source).tenders {
            for recognition in Self.recognitions(of: tender) where recognition.isStrong {
                guard let line = recognition.origin?.location.start.line, line <= lines.count else { continue }
                let text = lines[line - 1]
                for friend in Self.falseFriends where friend.contains(recognition.phrase) && text.contains(friend) {
                    #expect(text.components(separatedBy: recognition.phrase).count > text.components(separatedBy: friend).count,
                            "\(file):\(line): '\(recognition.phrase)' is only found inside '\(friend)'")
                }
            }
        }
    }
}
