-- Bộ lọc đã lưu: an officer's named inbox filters, kept as the inbox's list
-- query string (re-spelled by the shared parser, so only valid filters are
-- stored). Each account sees and deletes only its own; names are unique per
-- account. Deleting an account deletes its filters.
CREATE TABLE saved_filters (
  id         INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  name       TEXT NOT NULL,
  query      TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  UNIQUE (account_id, name)
) STRICT;
