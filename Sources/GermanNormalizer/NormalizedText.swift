/// The spoken form of a text with what it came from: an alignment for highlighting and an explanation of
/// every change for `--explain`.
public struct NormalizedText: Sendable, Equatable {
  /// The words to speak.
  public var spoken: String
  /// For each piece of `spoken`, the part of the input it came from (offsets in Unicode scalars).
  public var alignment: [AlignedSpan]
  /// For each written form that was changed, which class read it and why.
  public var explanations: [Explanation]
}

/// A piece of spoken output and the input characters it came from.
public struct AlignedSpan: Sendable, Equatable {
  /// Offsets in the input, in Unicode scalars.
  public var input: Range<Int>
  /// Offsets in the spoken text, in Unicode scalars.
  public var output: Range<Int>
}

/// Why a written form was read as it was.
public struct Explanation: Sendable, Equatable {
  /// The input as written ("09.02.2025").
  public var written: String
  /// What is said ("neunten Februar zweitausendfünfundzwanzig").
  public var spoken: String
  /// The semiotic class that read it ("date").
  public var semioticClass: String
  /// The rule inside the class that fired.
  public var rule: String
}
