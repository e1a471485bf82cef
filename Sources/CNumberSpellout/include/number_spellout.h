#ifndef VORLESER_NUMBER_SPELLOUT_H
#define VORLESER_NUMBER_SPELLOUT_H

#include <stdint.h>

/// An ICU rule-based number formatter for one locale and one rule set, behind an opaque pointer so that
/// no ICU type reaches Swift (Swift's bundled ICU module clashes with the system ICU headers).
typedef struct vorleser_spellout vorleser_spellout;

/// Opens a spellout formatter for `locale` (e.g. "de") using `ruleset` (e.g. "%spellout-ordinal-r").
/// Returns NULL when ICU does not know the locale or the rule set.
vorleser_spellout *vorleser_spellout_open(const char *locale, const char *ruleset);

/// Writes the words for `value` as NUL-terminated UTF-8 into `buffer`.
/// Returns the length in bytes, or -1 when the buffer is too small or ICU fails.
int32_t vorleser_spellout_format(const vorleser_spellout *formatter, int64_t value, char *buffer,
                                 int32_t capacity);

/// Releases a formatter from `vorleser_spellout_open`.
void vorleser_spellout_close(vorleser_spellout *formatter);

#endif
