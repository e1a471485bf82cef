import Foundation

/// The audio file formats Vorleser writes and reads back, named as on the command line.
public enum AudioFormat: String, Sendable, CaseIterable, Codable {
  /// MP3, 44.1 kHz mono CBR with ID3v2.3 chapters: for podcasts and every player. The default.
  case mp3
  /// Ogg Opus with chapter comments: for web players and Android.
  case opus
  /// RIFF WAVE, 16-bit PCM, with `cue ` chapters: for editing.
  case wav

  /// The format when none is asked for.
  public static let standard = AudioFormat.mp3

  private var backEnd: any AudioFormatBackEnd.Type {
    switch self {
    case .mp3: MP3Format.self
    case .opus: OpusFormat.self
    case .wav: WAVFormat.self
    }
  }

  /// The file name extension, without the dot ("mp3").
  public var fileExtension: String { backEnd.fileExtension }

  /// The MIME type podcast feeds give for its files ("audio/mpeg").
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

  /// Why `bitrate` (kbit/s) cannot be used with this format; nil when it can.
  public func problem(bitrate: Int) -> String? {
    switch self {
    case .mp3:
      MP3Encoder.bitrates.contains(bitrate)
        ? nil : "MP3 bit rates are \(MP3Encoder.bitrates.map(String.init).joined(separator: ", ")) kbit/s"
    case .opus: (6...256).contains(bitrate) ? nil : "Opus takes 6 to 256 kbit/s"
    case .wav: "WAV is uncompressed and has no bit rate"
    }
  }

  /// `stem` with this format's extension: `stem.mp3`.
  public func fileName(_ stem: String) -> String { stem + "." + fileExtension }

  /// A writer for a file of this format at `destination`, taking samples at `sampleRate`.
  public func makeWriter(
    destination: URL, sampleRate: Int, encoding: AudioEncoding = .init()
  ) throws(AudioFileError) -> ChapteredAudioWriter {
    let backEnd = self.backEnd
    var encoding = encoding
    encoding.loudness?.truePeakCeiling -= backEnd.peakOvershoot
    return try ChapteredAudioFileWriter(
      destination: destination, sampleRate: sampleRate, encoding: encoding, format: self,
      makeEncoder: { job throws(AudioFileError) in try backEnd.makeEncoder(job) })
  }

  /// What the `format` file at `file` holds; its loudness only when `measuringLoudness` (which decodes it).
  public func summary(of file: URL, measuringLoudness: Bool = false) throws(AudioFileError) -> AudioFileSummary {
    try backEnd.summary(of: file, measuringLoudness: measuringLoudness)
  }

  /// What the file at `file` holds, whichever format its content shows it to be.
  public static func summary(of file: URL, measuringLoudness: Bool = false) throws(AudioFileError)
    -> AudioFileSummary
  {
    guard let handle = FileHandle(forReadingAtPath: file.path) else {
      var isFolder: ObjCBool = false
      let exists = FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder)
      let reason = !exists ? "no such file" : isFolder.boolValue ? "is a folder" : "cannot open the file"
      throw .unreadable(path: file.path, reason: reason)
    }
    let header = [UInt8]((try? handle.read(upToCount: 64)) ?? Data())
    try? handle.close()
    guard let format = allCases.first(where: { $0.backEnd.recognizes(header: header) }) else {
      let names = allCases.map { $0.backEnd.containerName }
      let list = names.count > 1 ? names.dropLast().joined(separator: ", ") + " or " + names.last! : names[0]
      throw .unreadable(path: file.path, reason: "not an \(list) file")
    }
    return try format.summary(of: file, measuringLoudness: measuringLoudness)
  }
}
