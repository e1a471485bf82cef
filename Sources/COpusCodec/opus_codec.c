#include "opus_codec.h"

#include <opus.h>
#include <stdlib.h>

struct vorleser_opus_codec {
  OpusEncoder *encoder;
};

vorleser_opus_codec *vorleser_opus_codec_open(int32_t bitrate, int32_t complexity, const char **error) {
  int status = OPUS_OK;
  OpusEncoder *encoder = opus_encoder_create(48000, 1, OPUS_APPLICATION_AUDIO, &status);
  if (encoder == NULL) {
    *error = opus_strerror(status);
    return NULL;
  }
  int checks[] = {
      opus_encoder_ctl(encoder, OPUS_SET_BITRATE(bitrate)),
      opus_encoder_ctl(encoder, OPUS_SET_VBR(1)),
      opus_encoder_ctl(encoder, OPUS_SET_COMPLEXITY(complexity)),
      opus_encoder_ctl(encoder, OPUS_SET_SIGNAL(OPUS_SIGNAL_VOICE)),
  };
  for (size_t index = 0; index < sizeof checks / sizeof checks[0]; index++) {
    if (checks[index] != OPUS_OK) {
      *error = opus_strerror(checks[index]);
      opus_encoder_destroy(encoder);
      return NULL;
    }
  }
  vorleser_opus_codec *codec = malloc(sizeof *codec);
  if (codec == NULL) {
    *error = "out of memory";
    opus_encoder_destroy(encoder);
    return NULL;
  }
  codec->encoder = encoder;
  return codec;
}

int32_t vorleser_opus_codec_lookahead(const vorleser_opus_codec *codec) {
  opus_int32 lookahead = 0;
  opus_encoder_ctl(codec->encoder, OPUS_GET_LOOKAHEAD(&lookahead));
  return lookahead;
}

int32_t vorleser_opus_codec_encode(vorleser_opus_codec *codec, const float *frame, unsigned char *packet,
                                   int32_t capacity) {
  opus_int32 length = opus_encode_float(codec->encoder, frame, VORLESER_OPUS_FRAME, packet, capacity);
  return length < 0 ? -1 : length;
}

void vorleser_opus_codec_close(vorleser_opus_codec *codec) {
  if (codec == NULL) return;
  opus_encoder_destroy(codec->encoder);
  free(codec);
}

const char *vorleser_opus_codec_version(void) { return opus_get_version_string(); }
