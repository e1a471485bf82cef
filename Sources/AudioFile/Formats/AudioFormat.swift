import Foundation

/// The audio file formats Vorleser writes and reads back, named as on the command line.
public enum AudioFormat: String, Sendable, CaseIterable, Codable {
  /// RIFF WAVE, 16-bit PCM, with `cue ` chapters: for editing.
  case wav

  private var backEnd: any AudioFormatBackEnd.Type {
    switch self {
    case .wav: WAVFormat.self
    }
  }

  /// The file name extension, without the dot ("wav").
  public var fileExtension: String { backEnd.fileExtension }

  /// The MIME type podcast feeds give for its files ("audio/wav").
  public var mimeType: String { backEnd.mimeType }

  /// The format whose file name extension is `fileExtension` (any case), if any.
  public init?(fileExtension: String) {
    guard let format = Self.allCases.first(where: { $0.fileExtension == fileExtension.lowercased() }) else {
      return nil
    }
    self = format
  }

  /// The format of the file named `name`, by its extension.
  public init?(fileName name: String) {
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
    self.init(fileExtension: String(name[name.index(after: dot)...]))
  }

  /// `name` with this format's extension: `stem.wav`.
  public func fileName(_ stem: String) -> String { stem + "." + fileExtension }

  /// A writer for a file of this format at `destination`, taking samples at `sampleRate`.
  public func makeWriter(destination: URL, sampleRate: Int) throws(AudioFileError) -> ChapteredAudioWriter {
    try backEnd.makeWriter(destination: destination, sampleRate: sampleRate)
  }

  /// What the file at `file` holds, whichever format its content shows it to be.
  public static func summary(of file: URL) throws(AudioFileError) -> AudioFileSummary {
    guard let handle = FileHandle(forReadingAtPath: file.path) else {
      var isFolder: ObjCBool = false
      let exists = FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder)
      throw .unreadable(
        path: file.path, reason: !exists ? "no such file" : isFolder.boolValue ? "is a folder" : "cannot open the file")
    }
    let header = [UInt8]((try? handle.read(upToCount: 64)) ?? Data())
    try? handle.close()
    guard let format = allCases.first(where: { $0.backEnd.recognizes(header: header) }) else {
      let names = allCases.map { $0.backEnd.containerName }
      let list = names.count > 1 ? names.dropLast().joined(separator: ", ") + " or " + names.last! : names[0]
      throw .unreadable(path: file.path, reason: "not a \(list) file")
    }
    return try format.backEnd.summary(of: file)
  }
}
