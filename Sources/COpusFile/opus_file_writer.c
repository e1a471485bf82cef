#include "opus_file_writer.h"

#include <errno.h>
#include <opusenc.h>
#include <stdlib.h>
#include <unistd.h>

struct vorleser_opus_writer {
  OggOpusEnc *encoder;
  int fd;
  int failed;
};

static int write_all(void *user_data, const unsigned char *data, opus_int32 length) {
  vorleser_opus_writer *writer = user_data;
  while (length > 0) {
    ssize_t written = write(writer->fd, data, (size_t)length);
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) {
      writer->failed = 1;
      return 1;
    }
    data += written;
    length -= (opus_int32)written;
  }
  return 0;
}

static int close_nothing(void *user_data) {
  (void)user_data;
  return 0;
}

vorleser_opus_writer *vorleser_opus_open(int fd, const vorleser_opus_settings *settings, const char **error) {
  vorleser_opus_writer *writer = calloc(1, sizeof *writer);
  if (writer == NULL) {
    *error = "out of memory";
    return NULL;
  }
  writer->fd = fd;
  OggOpusComments *comments = ope_comments_create();
  for (int32_t index = 0; comments != NULL && index < settings->comment_count; index++) {
    ope_comments_add_string(comments, settings->comments[index]);
  }
  OpusEncCallbacks callbacks = {write_all, close_nothing};
  int status = OPE_OK;
  writer->encoder = comments == NULL ? NULL
                                     : ope_encoder_create_callbacks(&callbacks, writer, comments,
                                                                    settings->input_rate, 1, 0, &status);
  if (comments != NULL) ope_comments_destroy(comments);
  if (writer->encoder == NULL) {
    *error = comments == NULL ? "out of memory" : ope_strerror(status);
    free(writer);
    return NULL;
  }
  int checks[] = {
      ope_encoder_ctl(writer->encoder, OPE_SET_SERIALNO(settings->serial_number)),
      ope_encoder_ctl(writer->encoder, OPUS_SET_BITRATE(settings->bitrate)),
      ope_encoder_ctl(writer->encoder, OPUS_SET_COMPLEXITY(settings->complexity)),
      ope_encoder_ctl(writer->encoder, OPUS_SET_SIGNAL(OPUS_SIGNAL_VOICE)),
      ope_encoder_ctl(writer->encoder, OPUS_SET_VBR(1)),
  };
  for (size_t index = 0; index < sizeof checks / sizeof checks[0]; index++) {
    if (checks[index] != OPE_OK) {
      *error = ope_strerror(checks[index]);
      vorleser_opus_abandon(writer);
      return NULL;
    }
  }
  return writer;
}

int vorleser_opus_write(vorleser_opus_writer *writer, const float *samples, int32_t count) {
  int status = ope_encoder_write_float(writer->encoder, samples, count);
  return status == OPE_OK && !writer->failed ? 0 : -1;
}

int vorleser_opus_finish(vorleser_opus_writer *writer) {
  int status = ope_encoder_drain(writer->encoder);
  int failed = status != OPE_OK || writer->failed;
  ope_encoder_destroy(writer->encoder);
  free(writer);
  return failed ? -1 : 0;
}

void vorleser_opus_abandon(vorleser_opus_writer *writer) {
  if (writer == NULL) return;
  ope_encoder_destroy(writer->encoder);
  free(writer);
}

int32_t vorleser_opus_preskip(const vorleser_opus_writer *writer) {
  opus_int32 lookahead = 0;
  ope_encoder_ctl(writer->encoder, OPUS_GET_LOOKAHEAD(&lookahead));
  return lookahead;
}
