// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "tenderlint",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tenderlint", targets: ["tenderlint"]),
        .executable(name: "tenderlint-serve", targets: ["tenderlint-serve"]),
        .library(name: "TenderLintKit", targets: ["TenderLintKit"]),
        .library(name: "TenderLintRules", targets: ["TenderLintRules"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
    ],
    targets: [
        // libxml2 as the system installs it (Debian: libxml2-dev).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // Sources, positions, readers, the located tree, diagnostics and renderers.
        .target(
            name: "TenderLintKit",
            dependencies: [
                "CLibXML2",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // The built-in rule set; its sources live in the top-level Rules/ folder.
        .target(
            name: "TenderLintRules",
            dependencies: ["TenderLintKit"],
            path: "Rules",
            resources: [.copy("Catalogues")]
        ),
        // The local web checker (`tenderlint serve`): routes, limits and the upload form, on Hummingbird.
        .target(
            name: "TenderLintServer",
            dependencies: [
                "TenderLintKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        // Options shared by `tenderlint` and `tenderlint-serve`, so that both parse `serve`'s the same way.
        .target(
            name: "TenderLintCommandLine",
            dependencies: [
                "TenderLintKit",
                "TenderLintRules",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The command line: argument parsing and wiring, nothing else. It does not link the server: linting
        // would pay for loading it at every start.
        .executableTarget(
            name: "tenderlint",
            dependencies: [
                "TenderLintKit",
                "TenderLintRules",
                "TenderLintCommandLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The program `tenderlint serve` runs in its place: the web server.
        .executableTarget(
            name: "tenderlint-serve",
            dependencies: [
                "TenderLintKit",
                "TenderLintRules",
                "TenderLintCommandLine",
                "TenderLintServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "TenderLintKitTests",
            dependencies: ["TenderLintKit"]
        ),
        .testTarget(
            name: "TenderLintRulesTests",
            dependencies: ["TenderLintRules", "TenderLintKit"]
        ),
        .testTarget(
            name: "TenderLintServerTests",
            dependencies: [
                "TenderLintServer",
                "TenderLintKit",
                "TenderLintRules",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .testTarget(
            name: "tenderlintTests",
            dependencies: ["tenderlint"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
