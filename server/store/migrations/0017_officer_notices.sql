-- Officers' notices (issue 14 item 14): how each officer wants to hear of
-- work beyond the in-app bell, and which deadlines were already announced.

-- Opt-ins: e-mail and/or SMS, each notice at once or in one daily digest.
ALTER TABLE accounts ADD COLUMN notify_email  INTEGER NOT NULL DEFAULT 0;
ALTER TABLE accounts ADD COLUMN notify_sms    INTEGER NOT NULL DEFAULT 0;
ALTER TABLE accounts ADD COLUMN notify_digest INTEGER NOT NULL DEFAULT 0;
-- When this officer's last digest went out (NULL: never).
ALTER TABLE accounts ADD COLUMN last_digest_at INTEGER;

-- A coming deadline is announced once per deadline: a new step or an
-- extension gives a new deadline and a new warning.
CREATE TABLE deadline_warnings (
  report_id  INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  deadline   INTEGER NOT NULL,
  warned_at  INTEGER NOT NULL,
  PRIMARY KEY (report_id, deadline)
) STRICT, WITHOUT ROWID;
