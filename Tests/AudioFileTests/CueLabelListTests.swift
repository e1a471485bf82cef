import Testing

@testable import AudioFile

@Suite("RIFF LIST/adtl chunk")
struct CueLabelListTests {
  @Test(
    "labels round-trip, including odd-length UTF-8 titles with umlauts",
    arguments: [
      ["Titel", "Vorspann"],
      ["Ä", "Über die Grenze", "Ölpreis", "ß", ""],
      ["Der nordkoreanische Führer Kim Jong Un…", "Nur wenige Stunden vor Kims Äußerungen…"],
      ["ab", "abc", "abcd", "Straße für „gerechte“ Sache"],
    ])
  func roundTrip(titles: [String]) throws {
    let entries = titles.enumerated().map { index, title in
      CueLabelList.Entry(cueID: UInt32(index + 1), label: title, sampleLength: UInt32(1000 * (index + 1)))
    }
    let payload = CueLabelList.encode(entries)
    #expect(payload.count % 2 == 0)
    #expect(CueLabelList.decode(payload) == entries)
  }

  @Test("every sub-chunk starts on an even offset; all labl before all ltxt")
  func layout() {
    let entries = ["A", "Öl", "abc"].enumerated().map {
      CueLabelList.Entry(cueID: UInt32($0.offset + 1), label: $0.element, sampleLength: 5)
    }
    let payload = CueLabelList.encode(entries)
    var offset = 4
    var ids: [String] = []
    while offset < payload.count {
      #expect(offset % 2 == 0)
      ids.append(String(decoding: payload[offset..<offset + 4], as: UTF8.self))
      let size = Int(CueLabelList.readUInt32(payload, at: offset + 4))
      offset += 8 + size + (size & 1)
    }
    #expect(offset == payload.count)
    #expect(ids == ["labl", "labl", "labl", "ltxt", "ltxt", "ltxt"])
  }

  @Test("a labl is cue id, UTF-8 text and a NUL; an ltxt is 20 bytes with the length")
  func bytes() {
    let payload = CueLabelList.encode([.init(cueID: 7, label: "Ä", sampleLength: 0x0102_0304)])
    let expected: [UInt8] =
      Array("adtl".utf8) + Array("labl".utf8) + [7, 0, 0, 0] + [7, 0, 0, 0, 0xC3, 0x84, 0, 0]
      + Array("ltxt".utf8) + [20, 0, 0, 0] + [7, 0, 0, 0, 4, 3, 2, 1] + Array("rgn ".utf8) + [0, 0, 0, 0, 0, 0, 0, 0]
    #expect(payload == expected)
  }

  @Test("other lists and damaged payloads do not crash the reader")
  func damaged() {
    #expect(CueLabelList.decode(Array("INFOINAM".utf8)) == nil)
    #expect(CueLabelList.decode([]) == nil)
    let payload = CueLabelList.encode([.init(cueID: 1, label: "Titel", sampleLength: 9)])
    for cut in 4..<payload.count {
      _ = CueLabelList.decode(Array(payload.prefix(cut)))
    }
    #expect(CueLabelList.decode(Array(payload.prefix(8))) == [])
  }
}
