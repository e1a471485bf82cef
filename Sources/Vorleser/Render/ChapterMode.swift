/// How an article's body is cut into chapters.
public enum ChapterMode: String, Sendable, CaseIterable, Codable {
  /// One chapter per section, titled by its heading; articles without headings get one per paragraph.
  case sections
  /// One chapter per paragraph, titled by its first words (or its section's heading).
  case paragraphs
}
