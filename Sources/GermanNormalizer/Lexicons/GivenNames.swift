import DataTables

/// Given names of rulers and popes with their gender, from the `given-names.tsv` resource.
struct GivenNames: Sendable {
  static let shared = DataTable.load(resource: "given-names.tsv", in: .module, columns: 2...2, GivenNames.init)
  private var genders: [String: Gender] = [:]
  /// How many names the list holds.
  var count: Int { genders.count }

  /// The names of `table`: name, gender.
  init(table: DataTable) throws(DataTableError) {
    for row in table.rows { genders[row.fields[0]] = try Gender.field(row, 1, of: table) }
  }

  /// The gender of the given name `name`.
  func gender(of name: String) -> Gender? { genders[name] }
}
