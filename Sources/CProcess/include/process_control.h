#ifndef VORLESER_PROCESS_CONTROL_H
#define VORLESER_PROCESS_CONTROL_H

/// Makes the kernel kill this process (SIGKILL) when its parent dies, so that no worker or child of a
/// batch goes on writing after the batch is gone (kill -9, an OOM kill). Returns 0, or -1 when the parent
/// is already gone (its pid is no longer `expected_parent`): the caller should exit. `prctl` is variadic,
/// which Swift cannot call.
int vorleser_die_with_parent(int expected_parent);

#endif
