import ArgumentParser
import Vorleser

extension TableReading: ExpressibleByArgument {}

/// The options that decide what of a page is read, shared by `render` and `feed`.
struct PageOptions: ParsableArguments {
  @Option(
    name: .customLong("page-rules"),
    help: "Your own page rules (html-page-rules.txt's format: KIND<TAB>VALUE) added to the shipped ones; repeatable.")
  var pageRules: [String] = []

  @Option(help: "Tables: auto (rows of tables up to 12 rows, the default), rows (every table) or skip (none).")
  var tables: TableReading?

  /// `settings` with what these options say.
  func applied(to settings: ReadingSettings) -> ReadingSettings {
    var settings = settings
    settings.pageRules = pageRules
    settings.tables = tables ?? .automatic
    return settings
  }
}
