import Foundation

/// Formats seconds as `m:ss.fff` for listings.
enum TimeFormat {
  /// `seconds` as minutes, seconds and milliseconds: 163.5 → "2:43.500".
  static func clock(_ seconds: Double) -> String {
    let milliseconds = Int((seconds * 1000).rounded())
    return String(format: "%d:%02d.%03d", milliseconds / 60_000, (milliseconds / 1000) % 60, milliseconds % 1000)
  }
}
