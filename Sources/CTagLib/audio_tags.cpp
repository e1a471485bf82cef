#include "audio_tags.h"

#include <taglib/chapterframe.h>
#include <taglib/commentsframe.h>
#include <taglib/id3v2tag.h>
#include <taglib/mpegfile.h>
#include <taglib/mpegheader.h>
#include <taglib/opusfile.h>
#include <taglib/tableofcontentsframe.h>
#include <taglib/textidentificationframe.h>
#include <taglib/tfilestream.h>
#include <taglib/tpropertymap.h>
#include <taglib/urllinkframe.h>
#include <taglib/xiphcomment.h>

#include <cstdio>
#include <map>
#include <string>
#include <vector>

namespace {

TagLib::String utf8(const char *text) { return TagLib::String(text, TagLib::String::UTF8); }

// ID3v2.3 has no UTF-8: every text frame is written as UTF-16 with a byte-order mark.
TagLib::ID3v2::TextIdentificationFrame *text_frame(const char *id, const char *value) {
  auto *frame = new TagLib::ID3v2::TextIdentificationFrame(id, TagLib::String::UTF16);
  frame->setText(utf8(value));
  return frame;
}

TagLib::ID3v2::UserUrlLinkFrame *link_frame(const char *url) {
  auto *frame = new TagLib::ID3v2::UserUrlLinkFrame(TagLib::String::UTF16);
  frame->setUrl(utf8(url));
  return frame;
}

std::string chapter_id(int32_t index) {
  char id[16];
  std::snprintf(id, sizeof id, "chp%d", static_cast<int>(index + 1));
  return id;
}

}  // namespace

extern "C" const char *vorleser_mp3_write_tags(int fd, const vorleser_tags *tags, const vorleser_chapter *chapters,
                                               int32_t chapter_count) {
  TagLib::FileStream stream(fd, false);
  if (!stream.isOpen()) return "cannot open the file for tagging";
  TagLib::MPEG::File file(&stream, TagLib::ID3v2::FrameFactory::instance(), false);
  if (!file.isValid()) return "not an MPEG audio file";
  TagLib::ID3v2::Tag *tag = file.ID3v2Tag(true);
  const std::pair<const char *, const char *> texts[] = {
      {"TIT2", tags->title}, {"TPE1", tags->artist}, {"TALB", tags->album},
      {"TDRC", tags->date},  {"TSSE", tags->encoder},
  };
  for (const auto &[id, value] : texts) {
    if (value != nullptr && *value != 0) tag->addFrame(text_frame(id, value));
  }
  if (tags->comment != nullptr && *tags->comment != 0) {
    auto *comment = new TagLib::ID3v2::CommentsFrame(TagLib::String::UTF16);
    comment->setLanguage("deu");
    comment->setText(utf8(tags->comment));
    tag->addFrame(comment);
    auto *source = new TagLib::ID3v2::UrlLinkFrame("WOAS");
    source->setUrl(utf8(tags->comment));
    tag->addFrame(source);
  }
  if (chapter_count > 0) {
    auto *toc = new TagLib::ID3v2::TableOfContentsFrame("toc");
    toc->setIsTopLevel(true);
    toc->setIsOrdered(true);
    for (int32_t index = 0; index < chapter_count; index++) toc->addChildElement(chapter_id(index).c_str());
    tag->addFrame(toc);
    for (int32_t index = 0; index < chapter_count; index++) {
      const vorleser_chapter &chapter = chapters[index];
      TagLib::ID3v2::FrameList embedded;
      embedded.append(text_frame("TIT2", chapter.title));
      if (chapter.url != nullptr && *chapter.url != 0) embedded.append(link_frame(chapter.url));
      tag->addFrame(new TagLib::ID3v2::ChapterFrame(chapter_id(index).c_str(), chapter.start_ms, chapter.end_ms,
                                                    0xFFFFFFFF, 0xFFFFFFFF, embedded));
    }
  }
  if (!file.save(TagLib::MPEG::File::ID3v2, TagLib::File::StripOthers, TagLib::ID3v2::v3,
                 TagLib::File::DoNotDuplicate)) {
    return "TagLib could not save the tags";
  }
  return nullptr;
}

struct vorleser_tag_reading {
  int32_t bitrate = 0, length_ms = 0, sample_rate = 0, channels = 0, id3_version = 0;
  std::map<std::string, std::string> fields;
  std::vector<std::string> titles, urls;
  std::vector<std::pair<uint32_t, uint32_t>> times;
};

namespace {

void read_properties(vorleser_tag_reading *reading, const TagLib::AudioProperties *properties) {
  if (properties == nullptr) return;
  reading->bitrate = properties->bitrate();
  reading->length_ms = properties->lengthInMilliseconds();
  reading->sample_rate = properties->sampleRate();
  reading->channels = properties->channels();
}

void read_id3(vorleser_tag_reading *reading, TagLib::ID3v2::Tag *tag) {
  reading->id3_version = static_cast<int32_t>(tag->header()->majorVersion());
  const std::pair<const char *, const char *> texts[] = {
      {"TIT2", "TITLE"}, {"TPE1", "ARTIST"}, {"TALB", "ALBUM"}, {"TDRC", "DATE"}, {"TSSE", "ENCODER"},
  };
  for (const auto &[id, name] : texts) {
    const auto &frames = tag->frameList(id);
    if (!frames.isEmpty()) reading->fields[name] = frames.front()->toString().to8Bit(true);
  }
  const auto &comments = tag->frameList("COMM");
  if (!comments.isEmpty()) reading->fields["COMMENT"] = comments.front()->toString().to8Bit(true);
  const auto &sources = tag->frameList("WOAS");
  if (!sources.isEmpty()) reading->fields["URL"] = sources.front()->toString().to8Bit(true);
  // Chapters in the order the top-level table of contents lists them, else in frame order.
  std::vector<TagLib::ID3v2::ChapterFrame *> chapters;
  // A frame TagLib could not parse (compressed, encrypted, truncated) stays an UnknownFrame under the same
  // id, so every cast is checked.
  for (auto *frame : tag->frameList("CHAP")) {
    if (auto *chapter = dynamic_cast<TagLib::ID3v2::ChapterFrame *>(frame)) chapters.push_back(chapter);
  }
  for (auto *frame : tag->frameList("CTOC")) {
    auto *toc = dynamic_cast<TagLib::ID3v2::TableOfContentsFrame *>(frame);
    if (toc == nullptr || !toc->isTopLevel()) continue;
    std::vector<TagLib::ID3v2::ChapterFrame *> ordered;
    for (const auto &id : toc->childElements()) {
      auto *chapter = dynamic_cast<TagLib::ID3v2::ChapterFrame *>(TagLib::ID3v2::ChapterFrame::findByElementID(tag, id));
      if (chapter != nullptr) ordered.push_back(chapter);
    }
    chapters = ordered;
    break;
  }
  for (auto *chapter : chapters) {
    const auto &titles = chapter->embeddedFrameList("TIT2");
    const auto &links = chapter->embeddedFrameList("WXXX");
    reading->titles.push_back(titles.isEmpty() ? "" : titles.front()->toString().to8Bit(true));
    auto *link = links.isEmpty() ? nullptr : dynamic_cast<TagLib::ID3v2::UserUrlLinkFrame *>(links.front());
    reading->urls.push_back(link == nullptr ? "" : link->url().to8Bit(true));
    reading->times.emplace_back(chapter->startTime(), chapter->endTime());
  }
}

// Vorbis-comment chapters (CHAPTER001=HH:MM:SS.mmm, CHAPTER001NAME=…), as ffmpeg and AntennaPod read them.
void read_xiph(vorleser_tag_reading *reading, TagLib::Ogg::XiphComment *comment) {
  const auto &fields = comment->fieldListMap();
  const std::pair<const char *, const char *> names[] = {
      {"TITLE", "TITLE"}, {"ARTIST", "ARTIST"}, {"ALBUM", "ALBUM"}, {"DATE", "DATE"},
      {"COMMENT", "COMMENT"}, {"ENCODER", "ENCODER"}, {"ENCODED_BY", "ENCODER"}, {"LOCATION", "URL"},
  };
  for (const auto &[key, name] : names) {
    auto found = fields.find(key);
    if (found != fields.end() && !found->second.isEmpty() && reading->fields.count(name) == 0) {
      reading->fields[name] = found->second.front().to8Bit(true);
    }
  }
  for (int number = 1; number < 1000; number++) {
    char key[32];
    std::snprintf(key, sizeof key, "CHAPTER%03d", number);
    auto start = fields.find(key);
    if (start == fields.end() || start->second.isEmpty()) break;
    unsigned hours = 0, minutes = 0, seconds = 0, milliseconds = 0;
    std::sscanf(start->second.front().toCString(), "%u:%u:%u.%u", &hours, &minutes, &seconds, &milliseconds);
    std::snprintf(key, sizeof key, "CHAPTER%03dNAME", number);
    auto name = fields.find(key);
    reading->titles.push_back(name == fields.end() || name->second.isEmpty() ? "" : name->second.front().to8Bit(true));
    reading->urls.push_back("");
    reading->times.emplace_back(((hours * 60 + minutes) * 60 + seconds) * 1000 + milliseconds, 0);
  }
}

}  // namespace

extern "C" vorleser_tag_reading *vorleser_tags_read(const char *path, int32_t kind) {
  auto *reading = new vorleser_tag_reading();
  if (kind == 1) {
    TagLib::MPEG::File file(path, true, TagLib::AudioProperties::Accurate);
    if (!file.isValid()) {
      delete reading;
      return nullptr;
    }
    read_properties(reading, file.audioProperties());
    // The bit rate the frames are encoded at: TagLib's average also counts the tag's bytes.
    TagLib::MPEG::Header first(&file, file.firstFrameOffset(), true);
    if (first.isValid()) reading->bitrate = first.bitrate();
    if (file.hasID3v2Tag()) read_id3(reading, file.ID3v2Tag());
  } else {
    TagLib::Ogg::Opus::File file(path, true, TagLib::AudioProperties::Accurate);
    if (!file.isValid()) {
      delete reading;
      return nullptr;
    }
    read_properties(reading, file.audioProperties());
    if (file.tag() != nullptr) read_xiph(reading, file.tag());
  }
  return reading;
}

extern "C" int32_t vorleser_tags_bitrate(const vorleser_tag_reading *reading) { return reading->bitrate; }
extern "C" int32_t vorleser_tags_length_ms(const vorleser_tag_reading *reading) { return reading->length_ms; }
extern "C" int32_t vorleser_tags_sample_rate(const vorleser_tag_reading *reading) { return reading->sample_rate; }
extern "C" int32_t vorleser_tags_channels(const vorleser_tag_reading *reading) { return reading->channels; }
extern "C" int32_t vorleser_tags_id3_version(const vorleser_tag_reading *reading) { return reading->id3_version; }

extern "C" const char *vorleser_tags_field(const vorleser_tag_reading *reading, const char *name) {
  auto found = reading->fields.find(name);
  return found == reading->fields.end() ? nullptr : found->second.c_str();
}

extern "C" int32_t vorleser_tags_chapter_count(const vorleser_tag_reading *reading) {
  return static_cast<int32_t>(reading->titles.size());
}

extern "C" vorleser_chapter vorleser_tags_chapter(const vorleser_tag_reading *reading, int32_t index) {
  const auto &url = reading->urls[index];
  return vorleser_chapter{reading->titles[index].c_str(), reading->times[index].first, reading->times[index].second,
                          url.empty() ? nullptr : url.c_str()};
}

extern "C" void vorleser_tags_free(vorleser_tag_reading *reading) { delete reading; }
