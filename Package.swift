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
    .systemLibrary(name: "CLame", pkgConfig: "lame", providers: [.apt(["libmp3lame-dev"])]),
    .systemLibrary(name: "CSoxr", pkgConfig: "soxr", providers: [.apt(["libsoxr-dev"])]),
    .systemLibrary(name: "CEBUR128", pkgConfig: "libebur128", providers: [.apt(["libebur128-dev"])]),
    .systemLibrary(name: "COgg", pkgConfig: "ogg", providers: [.apt(["libogg-dev"])]),
    .systemLibrary(name: "COpus", pkgConfig: "opus", providers: [.apt(["libopus-dev"])]),
    .target(name: "COpusCodec", dependencies: ["COpus"]),
    .target(name: "CTagLib", linkerSettings: [.linkedLibrary("tag")]),
    .target(name: "CProcess"),
    .target(
      name: "CNumberSpellout",
      linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc")]
    ),

    // What every stage shares: whose fault a failure is, and the reader of its data files.
    .target(name: "Failures"),
    .target(name: "DataTables", dependencies: ["Failures"]),

    // One module per stage of the pipeline.
    .target(
      name: "GermanNormalizer",
      dependencies: ["CNumberSpellout", "DataTables"],
      resources: [.process("Resources")]
    ),
    .target(
      name: "Articles", dependencies: ["CLibXML2", "DataTables", "Failures"], resources: [.process("Resources")]),
    .target(name: "Speech", dependencies: ["CEspeakNG", "Failures"]),
    .target(
      name: "AudioFile",
      dependencies: ["CSndFile", "CLame", "CSoxr", "CEBUR128", "COgg", "COpusCodec", "CTagLib", "Failures"]),
    .target(
      name: "Vorleser",
      dependencies: [
        "GermanNormalizer", "Articles", "Speech", "AudioFile", "COpenSSL", "CProcess", "DataTables", "Failures",
      ], exclude: ["Resources/Player/.eslintrc.json", "Resources/Service"], resources: [.copy("Resources/Player")]),
    .systemLibrary(name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
    .target(name: "CFeedDownload", dependencies: ["CCurl"]),
    .target(name: "FeedFetch", dependencies: ["CFeedDownload"]),
    .executableTarget(name: "vorleser-fetch", dependencies: ["FeedFetch", "CProcess"]),
    .executableTarget(
      name: "vorleser",
      dependencies: ["Vorleser", .product(name: "ArgumentParser", package: "swift-argument-parser")]
    ),

    // A worker process with a fake speech engine, for the worker and time-limit tests.
    .executableTarget(name: "vorleser-fake-worker", dependencies: ["Vorleser", "Speech"], path: "Tests/FakeWorker"),
    // libFuzzer targets (`make fuzz`) and the replay of the crashers they found (`FuzzTests`).
    .target(name: "FuzzTargets", dependencies: ["GermanNormalizer", "Articles", "AudioFile"], path: "Tests/FuzzTargets"),
    .target(name: "CFuzzDriver", path: "Tests/CFuzzDriver"),
    .executableTarget(
      name: "vorleser-fuzz", dependencies: ["FuzzTargets", "CFuzzDriver"], path: "Tests/Fuzz", exclude: ["run.sh"]),
    .testTarget(name: "FuzzTests", dependencies: ["FuzzTargets"], exclude: ["Fixtures"]),
    .testTarget(name: "DataTablesTests", dependencies: ["DataTables"]),
    .testTarget(
      name: "GermanNormalizerTests", dependencies: ["GermanNormalizer", "DataTables"], exclude: ["Fixtures"]),
    .testTarget(name: "ArticlesTests", dependencies: ["Articles", "DataTables"], exclude: ["Fixtures"]),
    .testTarget(name: "AudioFileTests", dependencies: ["AudioFile", "CSndFile"]),
    .testTarget(name: "SpeechTests", dependencies: ["Speech"]),
    .testTarget(
      name: "VorleserTests",
      dependencies: [
        "Vorleser", "Articles", "AudioFile", "GermanNormalizer", "Speech", "CSndFile", "vorleser", "vorleser-fetch",
        "vorleser-fake-worker",
      ],
      exclude: ["Fixtures"]),
  ]
)
