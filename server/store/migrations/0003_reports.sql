-- Reports (phản ánh, kiến nghị), their append-only event log, attachments,
-- notifications and the folded full-text index.

-- Tracking codes PAKN-<year>-<6 digits>, numbered per year.
CREATE TABLE report_counters (
  year INTEGER PRIMARY KEY,
  last INTEGER NOT NULL
) STRICT;

CREATE TABLE reports (
  id                INTEGER PRIMARY KEY,
  code              TEXT UNIQUE,            -- assigned on submission; drafts have none
  author_id         INTEGER REFERENCES accounts(id),  -- null: intake for a person without an account
  channel           TEXT NOT NULL DEFAULT 'web'
                    CHECK (channel IN ('web', 'app', 'kiosk', 'hotline', 'email', 'chatbot', 'in_person')),
  intake_by         INTEGER REFERENCES accounts(id),  -- officer who entered it on someone's behalf
  status            TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'needs_info', 'rejected', 'accepted',
                                     'assigned', 'in_progress', 'result_proposed', 'resolved', 'closed')),
  title             TEXT NOT NULL DEFAULT '',
  content           TEXT NOT NULL DEFAULT '',
  address           TEXT NOT NULL DEFAULT '',
  commune_code      TEXT REFERENCES communes(code),
  lat               REAL,
  lon               REAL,
  category_code     TEXT REFERENCES categories(code),
  priority          TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('normal', 'urgent', 'complex')),
  is_public         INTEGER NOT NULL DEFAULT 0,   -- the reporter consents to publication
  is_published      INTEGER NOT NULL DEFAULT 0,
  extension_pending INTEGER NOT NULL DEFAULT 0,
  extension_deadline INTEGER,                      -- the deadline asked for
  rated             INTEGER NOT NULL DEFAULT 0,
  withdrawn         INTEGER NOT NULL DEFAULT 0,
  lead_unit_id      INTEGER REFERENCES units(id),
  deadline          INTEGER,                       -- current step's deadline (unix seconds)
  resolve_deadline  INTEGER,                       -- by when the lead unit must answer (set at assignment)
  step_started_at   INTEGER,
  step_allotted_min INTEGER,                       -- working minutes allotted to the current step
  overdue_notified  INTEGER NOT NULL DEFAULT 0,
  reporter_name     TEXT NOT NULL DEFAULT '',      -- intake on behalf (or a snapshot for anonymous intake)
  reporter_phone    TEXT NOT NULL DEFAULT '',
  reporter_email    TEXT NOT NULL DEFAULT '',
  reporter_id_number TEXT NOT NULL DEFAULT '',
  result_text       TEXT NOT NULL DEFAULT '',
  rating_level      TEXT,
  rating_comment    TEXT NOT NULL DEFAULT '',
  created_at        INTEGER NOT NULL,
  submitted_at      INTEGER,
  accepted_at       INTEGER,
  assigned_at       INTEGER,
  started_at        INTEGER,
  resolved_at       INTEGER,
  closed_at         INTEGER,
  rated_at          INTEGER,
  updated_at        INTEGER NOT NULL,
  version           INTEGER NOT NULL DEFAULT 1      -- bumped by every change: optimistic concurrency
) STRICT;
CREATE INDEX reports_author ON reports(author_id, updated_at DESC);
CREATE INDEX reports_status ON reports(status, submitted_at DESC);
CREATE INDEX reports_lead_unit ON reports(lead_unit_id, status);
CREATE INDEX reports_deadline ON reports(deadline) WHERE deadline IS NOT NULL;
CREATE INDEX reports_published ON reports(is_published, resolved_at DESC) WHERE is_published = 1;
CREATE INDEX reports_submitted ON reports(submitted_at) WHERE submitted_at IS NOT NULL;

CREATE TABLE report_co_units (
  report_id INTEGER NOT NULL REFERENCES reports(id),
  unit_id   INTEGER NOT NULL REFERENCES units(id),
  PRIMARY KEY (report_id, unit_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX report_co_units_unit ON report_co_units(unit_id);

-- The timeline: one row per action, never updated or deleted.
CREATE TABLE report_events (
  id          INTEGER PRIMARY KEY,
  report_id   INTEGER NOT NULL REFERENCES reports(id),
  at          INTEGER NOT NULL,
  actor_id    INTEGER REFERENCES accounts(id),
  actor_role  TEXT NOT NULL,
  actor_unit_id INTEGER REFERENCES units(id),
  action      TEXT NOT NULL,
  from_status TEXT,
  to_status   TEXT,
  note        TEXT NOT NULL DEFAULT '',
  payload     TEXT NOT NULL DEFAULT '{}',   -- JSON: unit ids, deadlines, reason codes, ...
  internal    INTEGER NOT NULL DEFAULT 0    -- officers only (comments)
) STRICT;
CREATE INDEX report_events_report ON report_events(report_id, id);
CREATE INDEX report_events_at ON report_events(at);

-- Files, content-addressed by SHA-256 under <data-dir>/files/ab/cd/<sha>.
CREATE TABLE attachments (
  id            INTEGER PRIMARY KEY,
  sha256        TEXT NOT NULL,
  size          INTEGER NOT NULL,
  mime          TEXT NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('image', 'video', 'document')),
  name          TEXT NOT NULL,
  uploaded_by   INTEGER REFERENCES accounts(id),
  uploaded_at   INTEGER NOT NULL,
  report_id     INTEGER REFERENCES reports(id),
  purpose       TEXT NOT NULL DEFAULT 'report' CHECK (purpose IN ('report', 'result')),
  sort_order    INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX attachments_report ON attachments(report_id, sort_order);
CREATE INDEX attachments_sha ON attachments(sha256);
CREATE INDEX attachments_orphans ON attachments(uploaded_at) WHERE report_id IS NULL;

-- Uploads in progress (chunked), removed when completed or abandoned.
CREATE TABLE uploads (
  id          TEXT PRIMARY KEY,
  account_id  INTEGER NOT NULL REFERENCES accounts(id),
  name        TEXT NOT NULL,
  declared_size INTEGER NOT NULL,
  received    INTEGER NOT NULL DEFAULT 0,
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL
) STRICT;

-- In-app notifications (Thông báo) for citizens and officers.
CREATE TABLE notifications (
  id          INTEGER PRIMARY KEY,
  account_id  INTEGER NOT NULL REFERENCES accounts(id),
  report_id   INTEGER REFERENCES reports(id),
  kind        TEXT NOT NULL,
  title       TEXT NOT NULL,
  body        TEXT NOT NULL DEFAULT '',
  created_at  INTEGER NOT NULL,
  read_at     INTEGER
) STRICT;
CREATE INDEX notifications_account ON notifications(account_id, id DESC);
CREATE INDEX notifications_unread ON notifications(account_id) WHERE read_at IS NULL;

-- Full-text search over the shared folding of title, content and address
-- ("duong tran phu" finds "Đường Trần Phú"); rowid = reports.id.
CREATE VIRTUAL TABLE reports_fts USING fts5(folded, tokenize = 'unicode61 remove_diacritics 2');
