-- Foundation: key/value settings that admins change at run time (working
-- hours, rating window, ...). Every later feature adds its own migration.
CREATE TABLE settings (
  key        TEXT PRIMARY KEY,
  value      TEXT NOT NULL,
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
