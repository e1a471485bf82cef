// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Vorleser",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "vorleser", targets: ["vorleser"]),
    .executable(name: "vorleser-fetch", targets: ["vorleser-fetch"]),
    .library(name: "Vorleser", targets: ["Vorleser"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    // C libraries, each behind a small system-library or C target.
    .systemLibrary(name: "CEspeakNG", pkgConfig: "espeak-ng", providers: [.apt(["libespeak-ng-dev"])]),
    .systemLibrary(name: "CSndFile", pkgConfig: "sndfile", providers: [.apt(["libsndfile1-dev"])]),
    .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
    .systemLibrary(name: "COpenSSL", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
    .target(
      name: "CNumberSpellout",
      linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc")]
    ),

    // One module per stage of the pipeline.
    .target(
      name: "GermanNormalizer",
      dependencies: ["CNumberSpellout"],
      resources: [.process("Resources")]
    ),
    .target(name: "Articles", dependencies: ["CLibXML2"], resources: [.process("Resources")]),
    .target(name: "Speech", dependencies: ["CEspeakNG"]),
    .target(name: "AudioFile", dependencies: ["CSndFile"]),
    .target(name: "Vorleser", dependencies: ["GermanNormalizer", "Articles", "Speech", "AudioFile", "COpenSSL"]),
    .target(name: "FeedFetch"),
    .executableTarget(name: "vorleser-fetch", dependencies: ["FeedFetch"]),
    .executableTarget(
      name: "vorleser",
      dependencies: ["Vorleser", .product(name: "ArgumentParser", package: "swift-argument-parser")]
    ),

    .testTarget(name: "GermanNormalizerTests", dependencies: ["GermanNormalizer"], exclude: ["Fixtures"]),
    .testTarget(name: "ArticlesTests", dependencies: ["Articles"], exclude: ["Fixtures"]),
    .testTarget(name: "AudioFileTests", dependencies: ["AudioFile", "CSndFile"]),
    .testTarget(name: "SpeechTests", dependencies: ["Speech"]),
    .testTarget(
      name: "VorleserTests", dependencies: ["Vorleser", "AudioFile", "CSndFile", "vorleser", "vorleser-fetch"],
      exclude: ["Fixtures"]),
  ]
)
