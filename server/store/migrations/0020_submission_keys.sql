-- Gửi đúng một lần (issue 15 item 16): a citizen's device keeps an unsent
-- report and sends it again when the network returns; the request carries
-- an idempotency key (a UUID made once per pending report). A retry after a
-- lost answer finds the report made by the first try instead of creating a
-- second one. Keys are scoped to the submitting account (the primary key),
-- so a key someone else guessed or copied never reveals another person's
-- report. Not a column of reports: the row stays written once, complete.
CREATE TABLE report_submission_keys (
  account_id      INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  idempotency_key TEXT NOT NULL,
  report_id       INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  created_at      INTEGER NOT NULL,
  PRIMARY KEY (account_id, idempotency_key)
) STRICT, WITHOUT ROWID;
