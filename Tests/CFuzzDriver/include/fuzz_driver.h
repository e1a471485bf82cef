#ifndef VORLESER_FUZZ_DRIVER_H
#define VORLESER_FUZZ_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (in the runtime `-sanitize=fuzzer` links): runs the fuzzing loop over `callback`
/// with libFuzzer's command-line options. Only declared here; `vorleser-fuzz` calls it when built for
/// fuzzing, because SwiftPM gives every executable its own `main`, which keeps libFuzzer's out.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
