// swift-tools-version: 6.0
import PackageDescription

// Pipeline: CCmarkGFM → Markdown → Content → Annotation → Rendering → Output → Pipeline → build-site.
// Each target depends only on the ones to its left.
let package = Package(
    name: "KhrushchevEssays",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "build-site", targets: ["build-site"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // The only C in the project: libcmark-gfm, found through pkg-config.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // Swift API over cmark-gfm: parse, walk, edit (custom nodes), render. No C type leaves it.
        .target(name: "Markdown", dependencies: ["CCmarkGFM"]),
        // Site configuration, essays and the register loaded from content/, validated.
        .target(name: "Content", dependencies: ["Markdown", .product(name: "Yams", package: "Yams")]),
        // Finds mentions against the complete register and inserts links into each essay's tree.
        .target(name: "Annotation", dependencies: ["Content", "Markdown"]),
        // View models and Mustache templates: turns annotated content into pages.
        .target(name: "Rendering", dependencies: ["Annotation", "Content", "Markdown", .product(name: "Mustache", package: "swift-mustache")]),
        // Staging folder, link check, atomic swap into public/.
        .target(name: "Output", dependencies: ["Rendering"]),
        // The named steps of a build, in order; what the CLI and the tests call.
        .target(name: "Pipeline", dependencies: ["Output", "Rendering", "Annotation", "Content"]),
        // `build-site serve`: a loopback preview server that rebuilds on change and live-reloads.
        .target(name: "Preview", dependencies: ["Pipeline", .product(name: "FlyingFox", package: "FlyingFox")]),
        .executableTarget(
            name: "build-site",
            dependencies: ["Pipeline", "Preview", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Benchmark of the mention matcher at 100 and 10,000 register entries.
        .executableTarget(name: "matcher-bench", dependencies: ["Annotation", "Content"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
        .testTarget(name: "ContentTests", dependencies: ["Content", "Markdown"], exclude: ["Fixtures"]),
        .testTarget(name: "AnnotationTests", dependencies: ["Annotation"]),
        .testTarget(name: "RenderingTests", dependencies: ["Rendering"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline"], exclude: ["Fixtures"]),
        .testTarget(name: "PreviewTests", dependencies: ["Preview"]),



    ]
)
