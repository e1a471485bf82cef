import Foundation

/// German month names, read from the `months.txt` resource.
enum MonthNames {
  /// The twelve names, January first.
  static let all: [String] = {
    guard let url = Bundle.module.url(forResource: "months", withExtension: "txt"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { preconditionFailure("months.txt is missing from the GermanNormalizer resources") }
    let names = DataFileLines.entries(of: text)
    precondition(names.count == 12, "months.txt must list twelve months")
    return names
  }()

  /// The name of month `number` (1…12), or nil outside that range.
  static func name(of number: Int) -> String? {
    (1...12).contains(number) ? all[number - 1] : nil
  }
}
