#!/usr/bin/env bash
# `make install` into a scratch DESTDIR, the installed programs used from another folder (a seed rendered
# with a shipped voice, a feed over HTTP through vorleser-fetch), their man pages, completions and service
# units checked, what is missing named when a part is gone, and `make uninstall` leaving nothing behind.
set -euo pipefail
checkout=$(pwd)
root=$(mktemp -d)
server=
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$root"; }
trap cleanup EXIT
fail() { echo "install-check: $*" >&2; exit 1; }

make -s install DESTDIR="$root" PREFIX=/usr >/dev/null
prefix=$root/usr
vorleser=$prefix/bin/vorleser

"$vorleser" --version | grep -q '^Vorleser .*, espeak-ng ' || fail "--version lacks espeak-ng's version"
cd /
"$vorleser" render "$checkout/seeds/002_wetter_kurz.txt" -o "$root/out/" --voice de --player >/dev/null \
  || fail "the installed vorleser cannot render"
ls "$root/out/"*.mp3 "$root/out/"*.marks.json "$root/out/vorleser-player.js" >/dev/null || fail "files missing"

# A feed over HTTP: vorleser-fetch is found beside the installed program.
port_file=$root/port
python3 - "$checkout/seeds" "$port_file" <<'PY' &
import functools, http.server, sys
class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass
handler = functools.partial(Quiet, directory=sys.argv[1])
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
open(sys.argv[2], "w").write(str(server.server_address[1]))
server.serve_forever()
PY
server=$!
for _ in $(seq 50); do [ -s "$port_file" ] && break; sleep 0.1; done
"$vorleser" feed "http://127.0.0.1:$(cat "$port_file")/feed-beispiel.xml" -o "$root/feed/" --quiet \
  || fail "the installed vorleser cannot render a feed over HTTP"
[ "$(ls "$root/feed/"*.mp3 | wc -l)" = 3 ] || fail "the feed did not give 3 files"

for page in vorleser vorleser.render vorleser.feed vorleser.inspect vorleser.normalize; do
  grep -q '^\.Dt' "$prefix/share/man/man1/$page.1" || fail "no man page $page.1"
done
bash -n "$prefix/share/bash-completion/completions/vorleser" || fail "bash completion does not parse"
grep -q 'compdef\|#compdef' "$prefix/share/zsh/site-functions/_vorleser" || fail "no zsh completion"
grep -q 'function __vorleser' "$prefix/share/fish/vendor_completions.d/vorleser.fish" || fail "no fish completion"

# The service units, pointed at the installed program, as systemd reads them.
if command -v systemd-analyze >/dev/null; then
  units=$root/units
  mkdir -p "$units"
  sed "s#/usr/local/bin/vorleser#$vorleser#" "$prefix/share/vorleser/service/vorleser-feeds.service" \
    > "$units/vorleser-feeds.service"
  cp "$prefix/share/vorleser/service/vorleser-feeds.timer" "$units/"
  MANPATH=$prefix/share/man systemd-analyze verify "$units/vorleser-feeds.service" "$units/vorleser-feeds.timer" \
    || fail "systemd-analyze verify rejects the units"
fi

# A part missing: one line saying which.
rm "$prefix/libexec/vorleser/Vorleser_Articles.resources"
set +e
message=$("$vorleser" render "$checkout/seeds/002_wetter_kurz.txt" --dry-run 2>&1)
status=$?
set -e
[ "$status" = 1 ] && grep -q 'Vorleser_Articles.resources missing beside' <<<"$message" \
  || fail "a missing bundle gave: $status $message"
ln -s ../../share/vorleser/Vorleser_Articles.resources "$prefix/libexec/vorleser/"
rm "$prefix/libexec/vorleser/vorleser-fetch"
set +e
message=$("$vorleser" feed "http://127.0.0.1:$(cat "$port_file")/feed-beispiel.xml" -o "$root/feed2/" 2>&1)
status=$?
set -e
[ "$status" = 2 ] && grep -q 'vorleser-fetch is missing' <<<"$message" || fail "a missing vorleser-fetch gave: $message"

cd "$checkout"
make -s uninstall DESTDIR="$root" PREFIX=/usr
left=$(find "$prefix" \( -type f -o -type l \) -print)
[ -z "$left" ] || fail "make uninstall left: $left"
echo "install-check: installed, used and uninstalled cleanly"
