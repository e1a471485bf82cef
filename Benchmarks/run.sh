#!/usr/bin/env bash
# Vorleser against the espeak-ng program on the same already-normalized text: wall time ratio and peak
# memory, for the seed article and for the seed repeated 30 times (streaming: memory must not grow);
# Vorleser to MP3 and Opus against the shell pipeline espeak-ng + ffmpeg; the normalizer's throughput;
# a 40-article feed with one and with two workers, and the time its journal spends in fsync; hostile
# input at n and 2n (the normalizer on runs without spaces, a batch of thousands of failing items).
# Usage: Benchmarks/run.sh PATH/TO/vorleser   (make bench builds it and passes it)
set -euo pipefail
vorleser=${1:?usage: Benchmarks/run.sh PATH/TO/vorleser}
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

seed=seeds/000_b00f2b60dc233813.txt
cp "$seed" "$work/seed.txt"
{ cat "$seed"; for _ in $(seq 30); do echo; tail -n +5 "$seed"; done; } > "$work/long.txt"

# The voice settings of voices/de.json, for the espeak-ng program.
read -r voice rate pitch volume < <(python3 -c '
import json; p = json.load(open("voices/de.json"))
print(p["espeakVoice"], p["rate"], p["pitch"], p["volume"])')

seconds() { date +%s.%N; }

# best_of COMMAND...: the fastest of $runs wall times, in seconds.
best_of() {
  local best=
  for _ in $(seq "$runs"); do
    local start end
    start=$(seconds)
    "$@" > /dev/null
    end=$(seconds)
    best=$(python3 -c "import sys; t=$end-$start; b='$best'; print(min(t, float(b)) if b else t)")
  done
  echo "$best"
}

# peak_kb COMMAND...: the peak resident memory in KiB.
peak_kb() { /usr/bin/time -f %M "$@" 2>&1 > /dev/null | tail -n 1; }

# Synthesis alone: an unmastered WAV against espeak-ng's WAV.
echo "synthesis (WAV, --loudness off) against espeak-ng -w:"
printf '%-8s %10s %10s %7s %12s %12s %8s\n' article "vorleser" "espeak-ng" ratio "peak KiB" "espeak KiB" "audio"
for name in seed long; do
  article="$work/$name.txt"
  "$vorleser" render "$article" --dry-run | grep -v '^\[' > "$work/$name.spoken.txt"
  ours=$(best_of "$vorleser" render "$article" -o "$work/$name.vorleser.wav" --loudness off)
  theirs=$(best_of espeak-ng -v "$voice" -s "$rate" -p "$pitch" -a "$volume" -f "$work/$name.spoken.txt" -w "$work/$name.espeak.wav")
  ours_peak=$(peak_kb "$vorleser" render "$article" -o "$work/$name.vorleser.wav" --loudness off)
  espeak_peak=$(peak_kb espeak-ng -v "$voice" -s "$rate" -p "$pitch" -a "$volume" -f "$work/$name.spoken.txt" -w "$work/$name.espeak.wav")
  audio=$("$vorleser" inspect "$work/$name.vorleser.wav" --json | python3 -c 'import json,sys; print("%.0fs" % json.load(sys.stdin)["duration"])')
  printf '%-8s %9.3fs %9.3fs %6.2fx %12s %12s %8s\n' "$name" "$ours" "$theirs" \
    "$(python3 -c "print($ours/$theirs)")" "$ours_peak" "$espeak_peak" "$audio"
done
echo "target: vorleser/espeak-ng wall time at most 1.15x"

# Publishable audio: peak memory of the default MP3 render, 1x against 31x the article.
declare -A peak
for name in seed long; do peak[$name]=$(peak_kb "$vorleser" render "$work/$name.txt" -o "$work/$name.vorleser.mp3"); done
growth=$(( (peak[long] - peak[seed]) / 1024 ))
echo "MP3 render peak memory: ${peak[seed]} KiB for the seed, ${peak[long]} KiB for 31x; growth ${growth} MiB (target: at most 10 MiB)"

# A 42-minute article to MP3 and Opus: Vorleser (synthesis, loudness, limiter, encoding) against the
# pipeline a user would run, espeak-ng -w then ffmpeg, one after the other. Best of 2.
{ cat "$seed"; for _ in $(seq 21); do echo; tail -n +5 "$seed"; done; } > "$work/long45.txt"
"$vorleser" render "$work/long45.txt" --dry-run | grep -v '^\[' > "$work/long45.spoken.txt"
espeak_then() {
  espeak-ng -v "$voice" -s "$rate" -p "$pitch" -a "$volume" -f "$work/long45.spoken.txt" -w "$work/pipe.wav"
  ffmpeg -y -loglevel error -i "$work/pipe.wav" "$@"
}
runs=2
for format in mp3 opus; do
  ours=$(best_of "$vorleser" render "$work/long45.txt" -o "$work/long45.$format")
  if [ "$format" = mp3 ]; then
    theirs=$(best_of espeak_then -c:a libmp3lame -b:a 64k -ar 44100 "$work/pipe.mp3")
  else
    theirs=$(best_of espeak_then -c:a libopus -b:a 32k "$work/pipe.opus")
  fi
  python3 -c "print('42-minute article to $format: vorleser %.2fs, espeak-ng + ffmpeg %.2fs = %.2fx (target: at most 0.7x)' % ($ours, $theirs, $ours/$theirs))"
done

# Normalizer throughput: a 5 MB corpus of the test fixtures' news sentences and the seed articles,
# through `vorleser normalize` on one core.
{ cut -f2 Tests/GermanNormalizerTests/Fixtures/news-sentences.tsv | grep -v '^#'; cat seeds/*.txt; } > "$work/corpus-unit.txt"
while [ "$(stat -c %s "$work/corpus.txt" 2>/dev/null || echo 0)" -lt 5000000 ]; do cat "$work/corpus-unit.txt" >> "$work/corpus.txt"; done
bytes=$(stat -c %s "$work/corpus.txt")
normalize_corpus() { taskset -c 0 "$vorleser" normalize < "$work/corpus.txt"; }
runs=3
normalize_time=$(best_of normalize_corpus)
python3 -c "print('normalizer: %.1f MB in %.2fs = %.1f MB/s (target: at least 5 MB/s)' % ($bytes/1e6, $normalize_time, $bytes/1e6/$normalize_time))"

# Feed batch: a generated RSS feed of 40 articles (from the seeds), rendered from scratch with one and
# with two worker processes, then re-run unchanged.
python3 Benchmarks/make-feed.py 40 > "$work/feed.xml"
# fresh_batch JOBS: renders into a new folder (removing the last one is not part of the time).
fresh_batch() {
  rm -rf "$work/batch-$1"
  local start end
  start=$(seconds)
  "$vorleser" feed "$work/feed.xml" -o "$work/batch-$1" --jobs "$1" -q
  end=$(seconds)
  python3 -c "print($end - $start)"
}
best_fresh_batch() {
  local best=
  for _ in $(seq 3); do
    local time
    time=$(fresh_batch "$1")
    best=$(python3 -c "b='$best'; print(min($time, float(b)) if b else $time)")
  done
  echo "$best"
}
jobs1=$(best_fresh_batch 1)
jobs2=$(best_fresh_batch 2)
runs=5
rerun=$(best_of "$vorleser" feed "$work/feed.xml" -o "$work/batch-2" --jobs 2 -q)
identical=yes
for file in "$work"/batch-1/*.mp3; do cmp -s "$file" "$work/batch-2/$(basename "$file")" || identical=no; done
minutes=$(python3 -c "import json; m = json.load(open('$work/batch-2/manifest.json')); print('%.0f' % (sum(i['duration'] for i in m['items']) / 60))")
python3 -c "print('feed, 40 articles (%s min audio): --jobs 1 %.2fs, --jobs 2 %.2fs = %.2fx (target: at least 1.8x on 2 cores)' % ('$minutes', $jobs1, $jobs2, $jobs1/$jobs2))"
python3 -c "print('feed, unchanged re-run: %.3fs = %.1f%% of the first run (target: under 3%%)' % ($rerun, 100*$rerun/$jobs2))"
echo "feed, --jobs 1 and --jobs 2 files byte-identical: $identical"

# The journal: every finished item is on disk (fsync) before it is reported. Time spent in fsync in
# the fresh 40-article batch, from strace.
rm -rf "$work/batch-journal"
strace -f -c -e trace=fsync -o "$work/fsync.txt" "$vorleser" feed "$work/feed.xml" -o "$work/batch-journal" --jobs 2 -q
python3 - "$work/fsync.txt" "$jobs2" <<'PY'
import sys
rows = [line.split() for line in open(sys.argv[1]) if line.strip().endswith("fsync")]
seconds, calls = (float(rows[0][1]), int(rows[0][3])) if rows else (0.0, 0)
print("feed, journal: %d fsync calls, %.3fs in all = %.1f%% of the --jobs 2 run" % (calls, seconds, 100 * seconds / float(sys.argv[2])))
PY

# Hostile input stays linear: the normalizer on runs without spaces, and a batch's bookkeeping on a feed
# of many (empty, failing) items, each at n and 2n; a ratio near 2 is linear, near 4 quadratic.
timed() {
  local start end
  start=$(seconds)
  "$@" > /dev/null 2>&1
  end=$(seconds)
  python3 -c "print($end - $start)"
}
for piece in "1-" "a."; do
  small=$(timed "$vorleser" normalize "$(python3 -c "print('$piece' * 20000)")")
  large=$(timed "$vorleser" normalize "$(python3 -c "print('$piece' * 40000)")")
  python3 -c "print(\"normalizer, '%s' x 20,000 / x 40,000: %.2fs / %.2fs = %.1fx (linear: about 2x)\" % ('$piece', $small, $large, $large / $small))"
done
empty_feed() {
  python3 -c "
import sys
print('<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Leer</title>')
for i in range($1): print('<item><title>Leer %d</title><guid>g%d</guid><description></description></item>' % (i, i))
print('</channel></rss>')" > "$work/empty-$1.xml"
}
empty_feed 2000
empty_feed 4000
small=$(timed "$vorleser" feed "$work/empty-2000.xml" -o "$work/empty-2000" -q)
large=$(timed "$vorleser" feed "$work/empty-4000.xml" -o "$work/empty-4000" -q)
python3 -c "print('feed of failing items, 2,000 / 4,000: %.2fs / %.2fs = %.1fx (linear: about 2x); %.1f ms per item' % ($small, $large, $large / $small, 1000 * $large / 4000))"

# Extraction: recall of the article's phrases and leakage of page furniture over the twelve news-page
# fixtures and their copied text, Vorleser (the whole pipeline, --dry-run) against trafilatura from PyPI
# (in a virtual environment under .build/; skipped when PyPI cannot be reached).
venv=.build/yardstick
if [ -x "$venv/bin/python" ] || { python3 -m venv "$venv" && "$venv/bin/pip" install -q trafilatura lxml_html_clean; }; then
  for side in "" "--text"; do
    label=${side:+copied text}
    label=${label:-HTML pages}
    theirs=$("$venv/bin/python" Benchmarks/extraction/yardstick.py $side | tail -n 1)
    ours=$(python3 Benchmarks/extraction/yardstick.py $side --command "'$vorleser' render {file} --dry-run" | tail -n 1)
    echo "extraction, $label: Vorleser $(echo "$ours" | awk '{print $2, $3, "recall,", $4, "leaked"}'); trafilatura $(echo "$theirs" | awk '{print $2, $3, "recall,", $4, "leaked"}')"
  done
else
  echo "extraction: skipped (trafilatura could not be installed from PyPI)"
fi
