import Testing

@testable import GermanNormalizer

/// Expects `normalizer` to speak `written` as one of the readings in `accepted`, separated by `|` as in
/// the spec.
func expectReading(
  _ normalizer: GermanNormalizer, _ written: String, _ accepted: String,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let spoken = normalizer.normalize(written)
  #expect(
    accepted.split(separator: "|").map(String.init).contains(spoken), "\(written) → \(spoken)",
    sourceLocation: sourceLocation)
}
