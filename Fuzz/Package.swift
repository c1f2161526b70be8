// swift-tools-version: 6.1
import PackageDescription

// Coverage-guided fuzzing of tenderlint's readers, loaders and lint pipeline (see README.md).
// Kept apart from the main package so that a normal build never compiles libFuzzer entry points.

/// Each target is one libFuzzer entry point; its name is also its corpus, regressions and findings folder.
let fuzzTargets: [(name: String, rules: Bool)] = [
    ("FuzzXMLReader", false),
    ("FuzzJSONReader", false),
    ("FuzzJSONLines", false),
    ("FuzzConfiguration", true),
    ("FuzzCatalogue", false),
    ("FuzzLintPipeline", true),
]

let kit = Target.Dependency.product(name: "TenderLintKit", package: "tenderlint")
let rules = Target.Dependency.product(name: "TenderLintRules", package: "tenderlint")

let package = Package(
    name: "tenderlint-fuzz",
    platforms: [.macOS(.v13)],
    products: fuzzTargets.map { .executable(name: $0.name, targets: [$0.name]) },
    dependencies: [
        // Named, so the dependency is "tenderlint" whatever the checkout's folder is called.
        .package(name: "tenderlint", path: ".."),
    ],
    targets: [
        // What several targets share: the input as bytes, and the checks on rendered reports.
        .target(name: "FuzzSupport", dependencies: [kit]),
    ] + fuzzTargets.map { target in
        .executableTarget(name: target.name, dependencies: ["FuzzSupport", kit] + (target.rules ? [rules] : []))
    },
    swiftLanguageModes: [.v6]
)
