-- "Đã có người phản ánh gần đây", following and area alerts (issue 15
-- items 13 and 14).

-- Gộp phản ánh trùng: the older report a new one was merged into. Set
-- only by the workflow's merge action; the merged report is closed for good.
ALTER TABLE reports ADD COLUMN merged_into_id INTEGER REFERENCES reports(id);

-- The nearby panel asks by a latitude/longitude box around the point being
-- pinned, then by the commune when no point is given: both index-backed,
-- so asking while the citizen types stays cheap at a million reports.
CREATE INDEX reports_position ON reports(lat, lon) WHERE lat IS NOT NULL AND lon IS NOT NULL;
CREATE INDEX reports_commune ON reports(commune_code, submitted_at DESC) WHERE commune_code IS NOT NULL;

-- Người cùng phản ánh: citizens who follow a report they did not send.
-- They are notified like its author; a merge carries them (and the merged
-- report's author) over to the older report.
CREATE TABLE report_followers (
  report_id   INTEGER NOT NULL REFERENCES reports(id),
  account_id  INTEGER NOT NULL REFERENCES accounts(id),
  created_at  INTEGER NOT NULL,
  PRIMARY KEY (report_id, account_id)
) WITHOUT ROWID;
CREATE INDEX report_followers_account ON report_followers(account_id, created_at DESC);

-- Nhận tin theo khu vực: new published answers in a commune and/or a
-- category (NULL: any). Each is told in the app at once; by SMS in one
-- digest a day at most (alert_digests).
CREATE TABLE alert_subscriptions (
  id             INTEGER PRIMARY KEY,
  account_id     INTEGER NOT NULL REFERENCES accounts(id),
  commune_code   TEXT,
  category_code  TEXT,
  created_at     INTEGER NOT NULL
);
CREATE INDEX alert_subscriptions_account ON alert_subscriptions(account_id);
CREATE INDEX alert_subscriptions_commune ON alert_subscriptions(commune_code) WHERE commune_code IS NOT NULL;
CREATE INDEX alert_subscriptions_category ON alert_subscriptions(category_code) WHERE category_code IS NOT NULL;

-- One row per subscriber with news not yet sent by SMS: how many answers,
-- and when the last digest went (NULL: never).
CREATE TABLE alert_digests (
  account_id    INTEGER PRIMARY KEY REFERENCES accounts(id),
  pending       INTEGER NOT NULL DEFAULT 0,
  last_sent_at  INTEGER
);
CREATE INDEX alert_digests_pending ON alert_digests(account_id) WHERE pending > 0;
