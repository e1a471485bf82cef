#ifndef VORLESER_OPUS_FILE_WRITER_H
#define VORLESER_OPUS_FILE_WRITER_H

#include <stdint.h>

/// An Ogg Opus file being written through libopusenc into an open file descriptor, behind an opaque
/// pointer: libopusenc's settings are variadic `ope_encoder_ctl` calls, which Swift cannot make.
typedef struct vorleser_opus_writer vorleser_opus_writer;

/// Settings of the encoder; comments are "NAME=value" strings (TITLE=…, CHAPTER001=…).
typedef struct {
  int32_t input_rate;       ///< samples per second handed in (libopusenc resamples to 48 kHz)
  int32_t bitrate;          ///< bits per second
  int32_t complexity;       ///< 0 (fastest) … 10 (best)
  int32_t serial_number;    ///< the Ogg stream's serial number (fixed, so equal input gives equal bytes)
  const char *const *comments;
  int32_t comment_count;
} vorleser_opus_settings;

/// Starts an Ogg Opus stream of mono voice audio written to `fd` (which stays open; the caller closes it).
/// Returns NULL and sets `*error` to libopusenc's message on failure.
vorleser_opus_writer *vorleser_opus_open(int fd, const vorleser_opus_settings *settings, const char **error);

/// Encodes `count` samples; returns 0, or -1 when libopusenc or the file failed.
int vorleser_opus_write(vorleser_opus_writer *writer, const float *samples, int32_t count);

/// Encodes what is left, writes the last pages and frees the writer; returns 0 or -1.
int vorleser_opus_finish(vorleser_opus_writer *writer);

/// Frees a writer without finishing the stream (after a failure).
void vorleser_opus_abandon(vorleser_opus_writer *writer);

/// The samples libopusenc skips at the start of the decoded stream (pre-skip), at 48 kHz.
int32_t vorleser_opus_preskip(const vorleser_opus_writer *writer);

#endif
