import COpenSSL
import Foundation

/// SHA-256 from OpenSSL's libcrypto, fed field by field. Each field goes in with its length first, so
/// ("ab", "c") and ("a", "bc") give different digests.
struct SHA256Digest: ~Copyable {
  private let context: OpaquePointer

  init() {
    // Allocation fails only when memory is exhausted.
    guard let context = EVP_MD_CTX_new() else { fatalError("OpenSSL cannot allocate a digest context") }
    EVP_DigestInit_ex(context, EVP_sha256(), nil)
    self.context = context
  }

  deinit {
    EVP_MD_CTX_free(context)
  }

  /// Adds one field.
  mutating func add(_ text: String) {
    var text = text
    text.withUTF8 { bytes in
      var length = UInt64(bytes.count).littleEndian
      withUnsafeBytes(of: &length) { _ = EVP_DigestUpdate(context, $0.baseAddress, $0.count) }
      _ = EVP_DigestUpdate(context, bytes.baseAddress, bytes.count)
    }
  }

  /// Adds one optional field; nil and "" differ.
  mutating func add(_ text: String?) {
    add(text == nil ? "0" : "1")
    if let text { add(text) }
  }

  /// Adds a number.
  mutating func add(_ number: Int) {
    add(String(number))
  }

  /// The digest in hex; the context is used up.
  consuming func finish() -> String {
    var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
    var length: UInt32 = 0
    EVP_DigestFinal_ex(context, &digest, &length)
    return digest.prefix(Int(length)).map { String(format: "%02x", $0) }.joined()
  }

  /// The digest of `data` in one go.
  static func hex(of data: Data) -> String {
    var digest = SHA256Digest()
    digest.add(String(decoding: data, as: UTF8.self))
    return digest.finish()
  }
}
