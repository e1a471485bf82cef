#include "number_spellout.h"

#include <stdlib.h>
#include <unicode/unum.h>
#include <unicode/ustring.h>

struct vorleser_spellout {
  UNumberFormat *format;
};

vorleser_spellout *vorleser_spellout_open(const char *locale, const char *ruleset) {
  UErrorCode status = U_ZERO_ERROR;
  UNumberFormat *format = unum_open(UNUM_SPELLOUT, NULL, 0, locale, NULL, &status);
  if (U_FAILURE(status)) return NULL;
  UChar name[64];
  u_strFromUTF8(name, 64, NULL, ruleset, -1, &status);
  if (U_SUCCESS(status)) unum_setTextAttribute(format, UNUM_DEFAULT_RULESET, name, -1, &status);
  if (U_FAILURE(status)) {
    unum_close(format);
    return NULL;
  }
  vorleser_spellout *formatter = malloc(sizeof *formatter);
  if (formatter == NULL) {
    unum_close(format);
    return NULL;
  }
  formatter->format = format;
  return formatter;
}

int32_t vorleser_spellout_format(const vorleser_spellout *formatter, int64_t value, char *buffer,
                                 int32_t capacity) {
  UErrorCode status = U_ZERO_ERROR;
  UChar words[512];
  int32_t length = unum_formatInt64(formatter->format, value, words, 512, NULL, &status);
  if (U_FAILURE(status) || length >= 512) return -1;
  int32_t written = 0;
  u_strToUTF8(buffer, capacity, &written, words, length, &status);
  if (U_FAILURE(status) || written >= capacity) return -1;
  buffer[written] = 0;
  return written;
}

void vorleser_spellout_close(vorleser_spellout *formatter) {
  if (formatter == NULL) return;
  unum_close(formatter->format);
  free(formatter);
}
