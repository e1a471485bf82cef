import Foundation

/// The settings of `vorleser feed`, as a config file (`--config vorleser.json`) or the command line gives
/// them; every field is optional, and the command line wins over the file.
public struct FeedConfiguration: Codable, Sendable, Equatable {
  public var feed: String?
  public var output: String?
  public var format: AudioFormat?
  /// kbit/s.
  public var bitrate: Int?
  /// The loudness target in LUFS; `"off"` in the file for none.
  public var loudness: LoudnessSetting?
  public var voice: String?
  /// Words per minute and base pitch over the voice profile's.
  public var rate: Int?
  public var pitch: Int?
  /// Said before and after every item, as chapters of their own; "{publisher}" and "{title}" are filled in.
  public var intro: String?
  public var outro: String?
  public var chapters: ChapterMode?
  public var genderForms: GenderForms?
  public var lexicons: [String]?
  /// Page-rule files added to the shipped rules.
  public var pageRules: [String]?
  public var tables: TableReading?
  /// Speech marks, captions and transcript beside each file (default true).
  public var timings: Bool?
  /// The player page beside each file (default false).
  public var player: Bool?
  public var jobs: Int?
  public var limit: Int?
  /// "I/N": this run takes share I (from 0) of N of the items.
  public var shard: String?
  public var since: String?
  public var prune: Bool?
  public var baseURL: String?
  public var timeout: Double?
  public var itemTimeout: Double?
  /// The most minutes of audio per item.
  public var maxMinutes: Double?
  public var podcast: PodcastChannel?
  /// Several feeds in one run, each with what differs (at least `feed` and `output`); what they leave
  /// unset comes from the settings around them.
  public var feeds: [FeedConfiguration]?

  /// A configuration with nothing set.
  public init() {}

  enum CodingKeys: String, CodingKey, CaseIterable {
    case feed, output, format, bitrate, loudness, voice, chapters, genderForms, lexicons, pageRules, tables, jobs
    case timings, player, rate, pitch, intro, outro
    case limit, shard, since, prune, baseURL, timeout, itemTimeout, maxMinutes, podcast, feeds
  }

  /// The configuration in the JSON file at `path`; unknown settings are errors (a typo would be lost).
  public static func load(_ path: String) throws(FailureReport) -> FeedConfiguration {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw FailureReport(message: "\(path): cannot read the config file", kind: .badInput)
    }
    let known = Set(CodingKeys.allCases.map(\.stringValue))
    let podcastKeys = Set(PodcastChannel.CodingKeys.allCases.map(\.stringValue))
    guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      throw FailureReport(message: "\(path): not a JSON object", kind: .badInput)
    }
    let feeds = (object["feeds"] as? [Any] ?? []).enumerated()
    for (place, settings) in [("", object as Any)] + feeds.map({ ("feeds[\($0.offset)].", $0.element) }) {
      guard let settings = settings as? [String: Any] else {
        throw FailureReport(message: "\(path): \"\(place.dropLast())\" is not an object", kind: .badInput)
      }
      if let unknown = settings.keys.sorted().first(where: { !known.contains($0) || (!place.isEmpty && $0 == "feeds") })
      {
        throw FailureReport(message: "\(path): unknown setting \"\(place)\(unknown)\"", kind: .badInput)
      }
      if let podcast = settings["podcast"] as? [String: Any],
        let unknown = podcast.keys.sorted().first(where: { !podcastKeys.contains($0) })
      {
        throw FailureReport(message: "\(path): unknown podcast setting \"\(place)podcast.\(unknown)\"", kind: .badInput)
      }
    }
    do {
      return try JSONDecoder().decode(FeedConfiguration.self, from: data)
    } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context),
      let DecodingError.dataCorrupted(context)
    {
      let field = context.codingPath.map(\.stringValue).joined(separator: ".")
      throw FailureReport(message: "\(path): \"\(field)\" has the wrong type or value", kind: .badInput)
    } catch {
      throw FailureReport(message: "\(path): not a Vorleser config file", kind: .badInput)
    }
  }

  /// The runs these settings (the command line's) describe over `file`: one per entry of the file's
  /// `feeds`, each entry over the file's other settings, or the one run of a single feed.
  public func runs(over file: FeedConfiguration) throws(FailureReport) -> [FeedConfiguration] {
    guard let feeds = file.feeds, !feeds.isEmpty else { return [over(file)] }
    if feed != nil || output != nil {
      throw FailureReport(
        message: "the config file lists \"feeds\": give no feed and no -o on the command line", kind: .badInput)
    }
    var shared = file
    shared.feeds = nil
    return feeds.map { over($0.over(shared)) }
  }

  /// These settings, with `file`'s where these leave one unset.
  public func over(_ file: FeedConfiguration) -> FeedConfiguration {
    var merged = self
    merged.feed = feed ?? file.feed
    merged.output = output ?? file.output
    merged.format = format ?? file.format
    merged.bitrate = bitrate ?? file.bitrate
    merged.loudness = loudness ?? file.loudness
    merged.voice = voice ?? file.voice
    merged.rate = rate ?? file.rate
    merged.pitch = pitch ?? file.pitch
    merged.intro = intro ?? file.intro
    merged.outro = outro ?? file.outro
    merged.chapters = chapters ?? file.chapters
    merged.genderForms = genderForms ?? file.genderForms
    merged.lexicons = lexicons ?? file.lexicons
    merged.pageRules = pageRules ?? file.pageRules
    merged.tables = tables ?? file.tables
    merged.timings = timings ?? file.timings
    merged.player = player ?? file.player
    merged.jobs = jobs ?? file.jobs
    merged.limit = limit ?? file.limit
    merged.shard = shard ?? file.shard
    merged.since = since ?? file.since
    merged.prune = prune ?? file.prune
    merged.baseURL = baseURL ?? file.baseURL
    merged.timeout = timeout ?? file.timeout
    merged.itemTimeout = itemTimeout ?? file.itemTimeout
    merged.maxMinutes = maxMinutes ?? file.maxMinutes
    merged.podcast = (podcast ?? PodcastChannel()).over(file.podcast ?? PodcastChannel())
    return merged
  }

  /// The batch these settings describe, run by `program`; a missing feed or folder, or a value out of
  /// range, is bad input, named by its option (the config file's keys are the options' names).
  public func request(program: URL) throws(FailureReport) -> FeedRequest {
    func bad(_ message: String) -> FailureReport { FailureReport(message: message, kind: .badInput) }
    guard let feed else { throw bad("no feed given (an argument, or \"feed\" in the config file)") }
    guard let output else { throw bad("no output folder given (-o, or \"output\" in the config file)") }
    var request = FeedRequest(feed: feed, output: output, program: program)
    request.format = format ?? .standard
    request.encoding = AudioEncoding(bitrate: bitrate, loudness: (loudness ?? LoudnessSetting(.podcast)).target)
    if let bitrate, let problem = request.format.problem(bitrate: bitrate) {
      throw bad("--bitrate \(bitrate): \(problem)")
    }
    request.voice = voice ?? request.voice
    request.adjustment = VoiceAdjustment(rate: rate, pitch: pitch)
    request.intro = intro.flatMap { $0.isEmpty ? nil : $0 }
    request.outro = outro.flatMap { $0.isEmpty ? nil : $0 }
    request.chapters = chapters ?? request.chapters
    if timings == false, player == true { throw bad("--player needs the timings: leave out --timings off") }
    request.readAlong = ReadAlongOptions(timings: timings ?? true, player: player ?? false)
    request.reading = ReadingSettings(
      genderForms: genderForms ?? .pause, lexicons: lexicons ?? [], pageRules: pageRules ?? [],
      tables: tables ?? .automatic)
    if let jobs {
      guard jobs >= 1 else { throw bad("--jobs must be at least 1") }
      request.jobs = jobs
    }
    if let limit, limit < 1 { throw bad("--limit must be at least 1") }
    request.limit = limit
    if let shard {
      guard let parsed = Shard(shard) else { throw bad("--shard wants I/N with 0 ≤ I < N, not \(shard)") }
      request.shard = parsed
    }
    if let since, FeedRequest.day(since) == nil { throw bad("--since wants a day as YYYY-MM-DD, not \(since)") }
    request.since = since
    request.prune = prune ?? false
    if let baseURL {
      guard let url = URL(string: baseURL), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme)
      else { throw bad("--base-url wants an http(s):// address, not \(baseURL)") }
      request.baseURL = url
    }
    if let timeout {
      guard timeout > 0 else { throw bad("--timeout must be more than 0 seconds") }
      request.timeout = timeout
    }
    if let itemTimeout, !(itemTimeout > 0) { throw bad("--item-timeout must be more than 0 seconds") }
    request.itemTimeout = itemTimeout
    if let maxMinutes {
      guard maxMinutes > 0 else { throw bad("--max-minutes must be more than 0") }
      request.budget = AudioBudget(maxMinutes: maxMinutes)
    }
    request.podcast = podcast ?? PodcastChannel()
    return request
  }
}

/// A loudness target in LUFS, or none (`off`): in a config file a number or `"off"`.
public struct LoudnessSetting: Codable, Sendable, Equatable {
  /// The target; nil for off.
  public var target: LoudnessTarget?

  /// The setting for `target` (nil: off).
  public init(_ target: LoudnessTarget?) {
    self.target = target
  }

  /// The setting a word names: `off`, or LUFS from −70 to −5; nil for anything else.
  public init?(_ text: String) {
    if text.lowercased() == "off" {
      target = nil
    } else if let value = Double(text), (-70.0...(-5.0)).contains(value) {
      target = LoudnessTarget(integrated: value)
    } else {
      return nil
    }
  }

  public init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let value = try? container.decode(Double.self), let setting = LoudnessSetting(String(value)) {
      self = setting
    } else if let text = try? container.decode(String.self), let setting = LoudnessSetting(text) {
      self = setting
    } else {
      throw DecodingError.dataCorruptedError(in: container, debugDescription: "a LUFS value from -70 to -5, or off")
    }
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    if let target { try container.encode(target.integrated) } else { try container.encode("off") }
  }
}
