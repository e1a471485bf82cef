/// Vorleser's version, written into every file it makes.
public enum VorleserVersion {
  /// The release number.
  public static let current = "0.1.0"
}
