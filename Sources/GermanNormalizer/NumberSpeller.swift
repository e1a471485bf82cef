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

  private init() {}

  deinit {
    for formatter in formatters.values { vorleser_spellout_close(formatter) }
  }

  /// The German words for `value` in `ruleSet`, without the soft hyphens ICU puts between parts.
  public func words(for value: Int64, _ ruleSet: SpelloutRuleSet = .numbering) -> String {
    lock.lock()
    defer { lock.unlock() }
    guard let formatter = formatter(for: ruleSet) else {
      preconditionFailure("ICU has no German rule set \(ruleSet.rawValue)")
    }
    var buffer = [CChar](repeating: 0, count: 1024)
    let length = vorleser_spellout_format(formatter, value, &buffer, Int32(buffer.count))
    precondition(length >= 0, "ICU could not spell \(value)")
    let bytes = buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }
    return String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\u{AD}", with: "")
  }

  private func formatter(for ruleSet: SpelloutRuleSet) -> OpaquePointer? {
    if let formatter = formatters[ruleSet] { return formatter }
    guard let formatter = vorleser_spellout_open("de", ruleSet.rawValue) else { return nil }
    formatters[ruleSet] = formatter
    return formatter
  }
}
