#!/bin/sh
# Tests/Fuzz/run.sh FUZZER SECONDS JOBS TARGET…: runs each libFuzzer target of FUZZER (vorleser-fuzz built
# by `make fuzz`) for SECONDS, JOBS targets at a time. Corpora grow in .build/fuzz/corpus/TARGET across
# runs (seeded from the fixtures); crashes land in .build/fuzz/artifacts/TARGET. Prints executions,
# CPU seconds and crashes per target; exits 1 when any target crashed.
set -u
fuzzer=$1 seconds=$2 jobs=$3
shift 3
root=.build/fuzz
run_one() {
  target=$1
  corpus=$root/corpus/$target
  artifacts=$root/artifacts/$target
  log=$root/logs/$target.log
  mkdir -p "$corpus" "$artifacts" "$root/logs"
  VORLESER_FUZZ_TARGET=$target "$fuzzer" -seed_corpus="$corpus" >/dev/null
  start=$(cut -d' ' -f14,15 /proc/self/stat 2>/dev/null)
  VORLESER_FUZZ_TARGET=$target ASAN_OPTIONS=detect_leaks=0 SWIFT_BACKTRACE=enable=no /usr/bin/time -f 'cpu %U %S' "$fuzzer" \
    -max_total_time="$seconds" -timeout=20 -rss_limit_mb=3072 -max_len=262144 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$corpus" >"$log" 2>&1
  executions=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  cpu=$(awk '/^cpu /{printf "%.0f", $2 + $3}' "$log")
  crashes=$(find "$artifacts" -type f | wc -l)
  printf '%-11s %12s executions %6s CPU s %3s crashes  corpus %s files\n' "$target" "${executions:-?}" \
    "${cpu:-?}" "$crashes" "$(find "$corpus" -type f | wc -l)"
}
running=0
for target in "$@"; do
  run_one "$target" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then
    wait
    running=0
  fi
done
wait
if [ -n "$(find "$root/artifacts" -type f 2>/dev/null)" ]; then
  echo "crashes found: see $root/artifacts; keep each in Tests/FuzzTests/Fixtures/crashers/TARGET/" >&2
  exit 1
fi
