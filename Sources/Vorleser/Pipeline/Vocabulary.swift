// The stage types that are part of the pipeline's own vocabulary: what its callers (the command line)
// name, pass and print without importing the stages themselves. Only these declarations are re-exported.

@_exported import enum Articles.TableReading
@_exported import struct AudioFile.AudioEncoding
@_exported import struct AudioFile.AudioFileSummary
@_exported import enum AudioFile.AudioFormat
@_exported import struct AudioFile.AudioTags
@_exported import struct AudioFile.ChapterMark
@_exported import struct AudioFile.Loudness
@_exported import struct AudioFile.LoudnessTarget
@_exported import enum Failures.FailureKind
@_exported import struct GermanNormalizer.Explanation
@_exported import enum GermanNormalizer.GenderForms
