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

# Libraries that do I/O stay at the edge that owns them; shared/ is pure (no
# I/O, no clock, no randomness, no threads). Each row: a header pattern (grep
# -E on the <...> name), then the only paths (prefixes) that may include it.
edges='
^pistache/                       server/http/server.cpp
^sqlite3\.h$                     server/store/ tools/bench/
^emscripten                      client/platform/ client/main.cpp
^(thread|mutex|chrono|random|fstream|iostream|filesystem|ctime|condition_variable|atomic)$   server/ client/ tests/ tools/
'

# Every #include line of the tree in one grep, judged by one awk program:
# a fork per line (the old shell loop) took minutes of a CI core.
found=/tmp/pakn-layering.$$
find server client shared tools \( -name '*.h' -o -name '*.cpp' -o -name '*.inc' \) -type f | sort |
  xargs grep -nH '^[[:space:]]*#[[:space:]]*include[[:space:]]*["<]' |
  RULES=$rules EDGES=$edges awk '
    BEGIN {
      n = split(ENVIRON["RULES"], lines, "\n")
      for (i = 1; i <= n; i++) {
        m = split(lines[i], f, /[ \t]+/)
        if (m == 0 || f[1] == "") continue
        folders[++folder_count] = f[1]
        allowed[f[1]] = ""
        for (j = 2; j <= m; j++) allowed[f[1]] = allowed[f[1]] (allowed[f[1]] == "" ? "" : " ") f[j]
      }
      n = split(ENVIRON["EDGES"], lines, "\n")
      for (i = 1; i <= n; i++) {
        m = split(lines[i], f, /[ \t]+/)
        if (m == 0 || f[1] == "") continue
        edge_pattern[++edge_count] = f[1]
        edge_places[edge_count] = ""
        for (j = 2; j <= m; j++) edge_places[edge_count] = edge_places[edge_count] f[j] " "
      }
    }
    {
      file = $0; sub(/:.*/, "", file)
      rest = substr($0, length(file) + 2)
      lineno = rest; sub(/:.*/, "", lineno)
      text = substr(rest, length(lineno) + 2)
      if (text ~ /#[ \t]*include[ \t]*"/) quoted(file, lineno, text)
      else if (file ~ /\.(h|cpp)$/) angled(file, lineno, text)
    }
    function quoted(file, lineno, text,    target, dir, folder, own, i, ok, list, k, count) {
      target = text; sub(/.*#[ \t]*include[ \t]*"/, "", target); sub(/".*/, "", target)
      dir = target; sub(/\/.*/, "", dir)
      if (dir == target || dir == "pakn") return     # same-folder include, or the shared core
      folder = ""
      for (i = 1; i <= folder_count; i++) if (index(file, folders[i] "/") == 1) { folder = folders[i]; break }
      if (folder == "") return                         # outside every row: not checked
      if (folder ~ /^shared\//) { bad(file ":" lineno ": shared may include only pakn/ (found \"" target "\")"); return }
      own = folder; sub(/^[^\/]*\//, "", own)
      ok = (dir == own)
      count = split(allowed[folder], list, " ")
      for (k = 1; k <= count; k++) if (dir == list[k]) ok = 1
      if (!ok) bad(file ":" lineno ": " own " may not include \"" target "\" (" own " -> " (allowed[folder] == "" ? "nothing" : allowed[folder]) ")")
    }
    function angled(file, lineno, text,    target, i, ok, list, k, count) {
      target = text; sub(/.*</, "", target); sub(/>.*/, "", target)
      for (i = 1; i <= edge_count; i++) {
        if (target !~ edge_pattern[i]) continue
        ok = 0
        count = split(edge_places[i], list, " ")
        for (k = 1; k <= count; k++) if (index(file, list[k]) == 1) ok = 1
        if (!ok) bad(file ":" lineno ": <" target "> belongs to " edge_places[i] "only")
      }
    }
    function bad(message) { print message; print "BAD" }
  ' > "$found"

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
