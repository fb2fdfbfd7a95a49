-- Thông báo, tin tức: policies, tourism, events and notices the province
-- publishes on the portal. Admins write them; the public sees the published.
CREATE TABLE announcements (
  id           INTEGER PRIMARY KEY,
  title        TEXT NOT NULL,
  summary      TEXT NOT NULL DEFAULT '',
  body         TEXT NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('policy', 'tourism', 'event', 'notice')),
  published    INTEGER NOT NULL DEFAULT 0,
  published_at INTEGER,                 -- first publication; kept when unpublished and published again
  created_at   INTEGER NOT NULL,
  updated_at   INTEGER NOT NULL,
  created_by   INTEGER REFERENCES accounts(id)
) STRICT;
CREATE INDEX announcements_public ON announcements(published, published_at DESC, id DESC);
CREATE INDEX announcements_kind ON announcements(kind, published, published_at DESC);
