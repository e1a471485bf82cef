import CNumberSpellout
import Foundation

/// An ICU rule set for German number words.
public enum SpelloutRuleSet: String, Sendable, CaseIterable {
  /// Counting: "eins", "zweiundzwanzig".
  case numbering = "%spellout-numbering"
  /// Years: "neunzehnhundertneunzig", "zweitausendfünfundzwanzig".
  case year = "%spellout-numbering-year"
  /// Cardinal before a masculine noun: "ein".
  case cardinalMasculine = "%spellout-cardinal-masculine"
  /// Cardinal before a feminine noun: "eine".
  case cardinalFeminine = "%spellout-cardinal-feminine"
  /// Cardinal before a neuter noun: "ein".
  case cardinalNeuter = "%spellout-cardinal-neuter"
  /// Ordinal ending in -n: "neunten".
  case ordinalN = "%spellout-ordinal-n"
  /// Ordinal ending in -r: "neunter".
  case ordinalR = "%spellout-ordinal-r"
  /// Ordinal ending in -s: "neuntes".
  case ordinalS = "%spellout-ordinal-s"
  /// Ordinal ending in -m: "neuntem".
  case ordinalM = "%spellout-ordinal-m"
  /// Bare ordinal ending in -e: "neunte".
  case ordinal = "%spellout-ordinal"
}

/// Spells numbers as German words with ICU's rule-based number format.
public final class NumberSpeller: @unchecked Sendable {
  /// The process-wide speller; ICU formatters are costly to open, so they are kept.
  public static let shared = NumberSpeller()

  private let lock = NSLock()
  private var formatters: [SpelloutRuleSet: OpaquePointer] = [:]
  /// Words already spelled; news text repeats the same small numbers again and again.
  private var cache: [CacheKey: String] = [:]
  private static let cacheLimit = 50_000

  private struct CacheKey: Hashable {
    var value: Int64
    var ruleSet: SpelloutRuleSet
  }

  private init() {}

  deinit {
    for formatter in formatters.values { vorleser_spellout_close(formatter) }
  }

  /// The German words for `value` in `ruleSet`, without the soft hyphens ICU puts between parts.
  public func words(for value: Int64, _ ruleSet: SpelloutRuleSet = .numbering) -> String {
    // ICU's German rules end below 10^18 and write larger numbers in digits: read those digit by digit.
    guard value.magnitude < 1_000_000_000_000_000_000 else {
      return String(value.magnitude).compactMap(\.wholeNumberValue).map { NumberWords.digitNames[$0] }
        .joined(separator: " ")
    }
    lock.lock()
    defer { lock.unlock() }
    let key = CacheKey(value: value, ruleSet: ruleSet)
    if let cached = cache[key] { return cached }
    // Bounded: a text of a million different numbers must not keep a million words.
    if cache.count >= 50_000 { cache.removeAll(keepingCapacity: true) }
    guard let formatter = formatter(for: ruleSet) else {
      preconditionFailure("ICU has no German rule set \(ruleSet.rawValue)")
    }
    var buffer = [CChar](repeating: 0, count: 1024)
    let length = vorleser_spellout_format(formatter, value, &buffer, Int32(buffer.count))
    precondition(length >= 0, "ICU could not spell \(value)")
    // Drop the soft hyphens (U+00AD, UTF-8 C2 AD) ICU puts between the parts of long words.
    var bytes: [UInt8] = []
    bytes.reserveCapacity(Int(length))
    var offset = 0
    while offset < Int(length) {
      let byte = UInt8(bitPattern: buffer[offset])
      if byte == 0xC2, offset + 1 < Int(length), UInt8(bitPattern: buffer[offset + 1]) == 0xAD {
        offset += 2
        continue
      }
      bytes.append(byte)
      offset += 1
    }
    let words = String(decoding: bytes, as: UTF8.self)
    if cache.count < Self.cacheLimit { cache[key] = words }
    return words
  }

  private func formatter(for ruleSet: SpelloutRuleSet) -> OpaquePointer? {
    if let formatter = formatters[ruleSet] { return formatter }
    guard let formatter = vorleser_spellout_open("de", ruleSet.rawValue) else { return nil }
    formatters[ruleSet] = formatter
    return formatter
  }
}
