#ifndef VORLESER_AUDIO_TAGS_H
#define VORLESER_AUDIO_TAGS_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// A chapter in milliseconds, with its title and an optional link (UTF-8).
typedef struct {
  const char *title;
  uint32_t start_ms;
  uint32_t end_ms;
  const char *url;
} vorleser_chapter;

/// The tags of a file (UTF-8; NULL leaves a tag out).
typedef struct {
  const char *title;
  const char *artist;
  const char *album;
  const char *date;     ///< ISO 8601: "2025-02-09" or "2025-02-09T07:30"
  const char *comment;  ///< the source URL
  const char *encoder;
} vorleser_tags;

/// Writes ID3v2.3 tags to the MP3 open as `fd` (read and write): title, artist, album, date, a comment
/// and a WOAS link with the source URL, the encoder, a top-level ordered table of contents (CTOC) listing
/// every chapter, and one CHAP frame with a TIT2 title (and a WXXX link where given) per chapter. Returns
/// NULL, or TagLib's reason for failing as a static string.
const char *vorleser_mp3_write_tags(int fd, const vorleser_tags *tags, const vorleser_chapter *chapters,
                                    int32_t chapter_count);

/// What TagLib reads from an MP3 or Ogg Opus file: format facts, tags and chapters.
typedef struct vorleser_tag_reading vorleser_tag_reading;

/// Reads the file at `path`; NULL when TagLib cannot read it as MP3 (`kind` 1) or Ogg Opus (`kind` 2).
vorleser_tag_reading *vorleser_tags_read(const char *path, int32_t kind);
/// Bit rate in kbit/s, length in milliseconds, sample rate, channels (as the file's headers say).
int32_t vorleser_tags_bitrate(const vorleser_tag_reading *reading);
int32_t vorleser_tags_length_ms(const vorleser_tag_reading *reading);
int32_t vorleser_tags_sample_rate(const vorleser_tag_reading *reading);
int32_t vorleser_tags_channels(const vorleser_tag_reading *reading);
/// The ID3v2 version (3 or 4) of an MP3's tag, 0 when it has none or is not an MP3.
int32_t vorleser_tags_id3_version(const vorleser_tag_reading *reading);
/// The tag `name` (TITLE, ARTIST, ALBUM, DATE, COMMENT, ENCODER, URL) or NULL; valid until the reading is freed.
const char *vorleser_tags_field(const vorleser_tag_reading *reading, const char *name);
/// The chapters, in the file's order.
int32_t vorleser_tags_chapter_count(const vorleser_tag_reading *reading);
vorleser_chapter vorleser_tags_chapter(const vorleser_tag_reading *reading, int32_t index);
/// Frees a reading.
void vorleser_tags_free(vorleser_tag_reading *reading);

#ifdef __cplusplus
}
#endif

#endif
