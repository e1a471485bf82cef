import Foundation
import Testing

@testable import Speech

@Suite("Voice profiles")
struct VoiceCatalogTests {
  static let voicesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("voices")
  let catalog = VoiceCatalog(folders: [voicesFolder])

  @Test("the shipped profiles load and are within espeak-ng's ranges")
  func shippedProfiles() throws {
    #expect(catalog.availableNames().contains("de"))
    for name in catalog.availableNames() {
      let profile = try catalog.profile(name)
      #expect(profile.name == name)
      #expect(profile.problem == nil)
    }
    #expect(try catalog.profile("de").espeakVoice == "de")
  }

  @Test("a profile by path: each candidate the voice benchmark scores")
  func byPath() throws {
    let candidates = Self.voicesFolder.deletingLastPathComponent().appendingPathComponent(
      "Benchmarks/voices/candidates")
    #expect(try catalog.profile(candidates.appendingPathComponent("de-anika.json").path).espeakVoice == "de+anika")
    for name in try FileManager.default.contentsOfDirectory(atPath: candidates.path) {
      #expect(try catalog.profile(candidates.appendingPathComponent(name).path).problem == nil, "\(name)")
    }
  }

  @Test("an unknown name lists the available profiles")
  func unknown() {
    #expect(throws: VoiceError.unknownProfile(name: "klaus", available: catalog.availableNames())) {
      try catalog.profile("klaus")
    }
    let message = VoiceError.unknownProfile(name: "klaus", available: ["de", "de-m6"]).description
    #expect(message == "unknown voice profile \"klaus\"; available: de, de-m6")
  }

  @Test("broken profiles name the file and the problem")
  func broken() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("voices-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let cases: [(String, String)] = [
      ("{", "not valid JSON"),
      (#"{"name":"x","espeakVoice":"de","rate":160,"pitch":50,"pitchRange":50,"volume":100}"#, "missing \"pauses\""),
      (
        #"{"name":"x","espeakVoice":"de","rate":"schnell","pitch":50,"pitchRange":50,"volume":100,"pauses":{"afterHeadline":1,"betweenParagraphs":1,"betweenSections":1}}"#,
        "\"rate\" has the wrong type"
      ),
      (
        #"{"name":"x","espeakVoice":"de","rate":900,"pitch":50,"pitchRange":50,"volume":100,"pauses":{"afterHeadline":1,"betweenParagraphs":1,"betweenSections":1}}"#,
        "rate 900 is outside 80…450"
      ),
    ]
    for (index, (json, reason)) in cases.enumerated() {
      let file = folder.appendingPathComponent("v\(index).json")
      try Data(json.utf8).write(to: file)
      #expect(throws: VoiceError.invalidProfile(path: file.path, reason: reason)) { try VoiceCatalog.load(file) }
    }
  }
}
