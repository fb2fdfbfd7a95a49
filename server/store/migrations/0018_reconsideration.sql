-- Đề nghị xem xét lại (issue 15): a reporter who rated the answer
-- unsatisfactory asks the center, once per report, to reopen it.
-- reconsideration_pending: the request awaits the center's decision (reopen
-- or decline); reconsideration_requested: the one request has been used,
-- kept for good so a reopened report cannot be reconsidered again.
ALTER TABLE reports ADD COLUMN reconsideration_pending INTEGER NOT NULL DEFAULT 0;
ALTER TABLE reports ADD COLUMN reconsideration_requested INTEGER NOT NULL DEFAULT 0;
-- The center's inbox counts and lists the pending requests.
CREATE INDEX reports_reconsideration_pending ON reports(reconsideration_pending) WHERE reconsideration_pending = 1;
