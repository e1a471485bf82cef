#include "process_control.h"

#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

int vorleser_die_with_parent(int expected_parent) {
  if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0) return -1;
  // The parent may have died before the call: then this process was reparented already.
  return getppid() == expected_parent ? 0 : -1;
}
