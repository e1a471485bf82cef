import CSndFile

/// Memory laid out like libsndfile's `SF_CUES_VAR(n)`: a 32-bit count, then `n` cue points.
///
/// `SF_CUES` itself holds at most 100 points; libsndfile's SFC_SET_CUE and SFC_GET_CUE take any count
/// in this layout, with its byte size.
final class CuePointBuffer {
  /// The size in bytes, as SFC_SET_CUE/SFC_GET_CUE want it.
  let byteCount: Int32
  /// The memory to hand to `sf_command`.
  let storage: UnsafeMutableRawPointer
  private let capacity: Int
  private static let header = MemoryLayout<UInt32>.stride
  private static let stride = MemoryLayout<SF_CUE_POINT>.stride

  /// Zeroed room for `capacity` points, with the count set to `capacity`.
  init(capacity: Int) {
    self.capacity = capacity
    let size = Self.header + capacity * Self.stride
    byteCount = Int32(size)
    storage = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: MemoryLayout<SF_CUE_POINT>.alignment)
    storage.initializeMemory(as: UInt8.self, repeating: 0, count: size)
    storage.storeBytes(of: UInt32(capacity), as: UInt32.self)
  }

  deinit {
    storage.deallocate()
  }

  /// How many points libsndfile filled in (at most the capacity).
  var count: Int { min(Int(storage.load(as: UInt32.self)), capacity) }

  /// The point at `index`.
  subscript(index: Int) -> SF_CUE_POINT {
    get { storage.load(fromByteOffset: Self.header + index * Self.stride, as: SF_CUE_POINT.self) }
    set { storage.storeBytes(of: newValue, toByteOffset: Self.header + index * Self.stride, as: SF_CUE_POINT.self) }
  }
}
