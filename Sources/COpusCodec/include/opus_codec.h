#ifndef VORLESER_OPUS_CODEC_H
#define VORLESER_OPUS_CODEC_H

#include <stdint.h>

/// A libopus encoder for mono voice at 48 kHz, behind an opaque pointer: libopus's settings are variadic
/// `opus_encoder_ctl` calls, which Swift cannot make.
typedef struct vorleser_opus_codec vorleser_opus_codec;

/// The samples one packet holds: 20 ms at 48 kHz.
#define VORLESER_OPUS_FRAME 960

/// An encoder at `bitrate` bit/s (VBR) and `complexity` 0…10, tuned for voice. NULL and `*error` set to
/// libopus's message on failure.
vorleser_opus_codec *vorleser_opus_codec_open(int32_t bitrate, int32_t complexity, const char **error);

/// The encoder's look-ahead in samples at 48 kHz: the pre-skip a decoder drops at the start.
int32_t vorleser_opus_codec_lookahead(const vorleser_opus_codec *codec);

/// Encodes one frame of VORLESER_OPUS_FRAME samples into `packet`; returns its length, or -1.
int32_t vorleser_opus_codec_encode(vorleser_opus_codec *codec, const float *frame, unsigned char *packet,
                                   int32_t capacity);

/// Frees an encoder.
void vorleser_opus_codec_close(vorleser_opus_codec *codec);

/// libopus's version string ("libopus 1.3.1").
const char *vorleser_opus_codec_version(void);

#endif
