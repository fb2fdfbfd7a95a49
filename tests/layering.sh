#!/bin/sh
# The layering rule, checked on every source file: an #include "dir/..." may
# only name a folder its own folder may use. Layers point down:
#
#   server:  app -> http -> services -> notify -> store -> base
#   client:  views -> app -> ui -> net -> platform (ui takes only the
#            strings from app/, app reaches views/ only through views/views.h)
#   shared:  pakn/ only (no I/O, nothing of the server or the client)
#
# Each row: a folder, then the folders its files may include from (besides
# themselves and shared's "pakn/"). A file outside every row is not checked.
# Exits 1 and names every offending line.
set -u
root=${1:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$root" || exit 2

rules='
server/base
server/store      base
server/notify     base store
server/services   base store notify
server/http       base services
server/app        base store notify services http app
client/platform
client/net        platform
client/ui         platform net app
client/app        platform net ui views
client/views      platform net ui app
shared/include
shared/src
'

bad=0
checked=0
echo "$rules" | while read -r folder allowed; do
  [ -n "$folder" ] || continue
  [ -d "$folder" ] || { echo "layering: no folder $folder"; exit 1; }
  for f in $(find "$folder" -name '*.h' -o -name '*.cpp' -o -name '*.inc' | sort); do
    grep -n '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' "$f" | while IFS= read -r line; do
      target=$(printf '%s\n' "$line" | sed 's/.*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/')
      dir=${target%%/*}
      [ "$dir" = "$target" ] && continue          # same-folder include ("unicode_tables.inc")
      [ "$dir" = pakn ] && continue               # the shared core: everyone may use it
      case $folder in
        shared/*) echo "$f:${line%%:*}: shared may include only pakn/ (found \"$target\")"; echo BAD ;;
        *)
          own=${folder#*/}
          ok=no
          for a in $own $allowed; do [ "$dir" = "$a" ] && ok=yes; done
          [ $ok = yes ] || { echo "$f:${line%%:*}: $own may not include \"$target\" ($own -> ${allowed:-nothing})"; echo BAD; }
          ;;
      esac
    done
  done
done > /tmp/pakn-layering.$$
# Libraries that do I/O stay at the edge that owns them; shared/ is pure (no
# I/O, no clock, no randomness, no threads). Each row: a header pattern (grep
# -E on the <...> name), then the only paths (prefixes) that may include it.
edges='
^pistache/                       server/http/server.cpp
^sqlite3\.h$                     server/store/ tools/bench/
^emscripten                      client/platform/ client/main.cpp
^(thread|mutex|chrono|random|fstream|iostream|filesystem|ctime|condition_variable|atomic)$   server/ client/ tests/ tools/
'
echo "$edges" | while read -r pattern places; do
  [ -n "$pattern" ] || continue
  for f in $(find server client shared tools -name '*.h' -o -name '*.cpp' | sort); do
    grep -n '^[[:space:]]*#[[:space:]]*include[[:space:]]*<' "$f" | while IFS= read -r line; do
      target=$(printf '%s\n' "$line" | sed 's/.*<\([^>]*\)>.*/\1/')
      printf '%s\n' "$target" | grep -qE "$pattern" || continue
      ok=no
      for p in $places; do case $f in "$p"*) ok=yes ;; esac; done
      [ $ok = yes ] || { echo "$f:${line%%:*}: <$target> belongs to ${places}only"; echo BAD; }
    done
  done
done >> /tmp/pakn-layering.$$

# The two narrow doors of the client's rows: ui/ takes only the strings from
# app/, and app/ reaches the screens only through views/views.h.
grep -rnE '^[[:space:]]*#[[:space:]]*include[[:space:]]*"app/' client/ui | grep -vE '"app/strings_[a-z_]+\.h"' |
  while IFS= read -r line; do echo "${line%%:*}: ui may take only app/strings_*.h from app/"; echo BAD; done >> /tmp/pakn-layering.$$
grep -rnE '^[[:space:]]*#[[:space:]]*include[[:space:]]*"views/' client/app | grep -v '"views/views.h"' |
  while IFS= read -r line; do echo "${line%%:*}: app may include only views/views.h from views/"; echo BAD; done >> /tmp/pakn-layering.$$

# No SQL text outside the store (a string literal that starts a statement).
grep -rnE '"(SELECT|INSERT INTO|UPDATE [a-z_]+ SET|DELETE FROM|PRAGMA|BEGIN|COMMIT) ' server --include='*.cpp' --include='*.h' |
  grep -v '^server/store/' | while IFS= read -r line; do echo "${line%%:*}: SQL outside server/store/"; echo BAD; done >> /tmp/pakn-layering.$$

status=0
if grep -q '^BAD$' /tmp/pakn-layering.$$; then
  grep -v '^BAD$' /tmp/pakn-layering.$$
  echo "layering: $(grep -c '^BAD$' /tmp/pakn-layering.$$) include(s) point up or across"
  status=1
else
  echo "layering: every include points down"
fi
rm -f /tmp/pakn-layering.$$
exit $status
