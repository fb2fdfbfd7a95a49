-- The officer of the lead unit the unit lead gave the report to (Phân công
-- cán bộ); NULL until then, and again when the report changes unit.
ALTER TABLE reports ADD COLUMN assignee_id INTEGER REFERENCES accounts(id);
CREATE INDEX reports_assignee ON reports(assignee_id, status) WHERE assignee_id IS NOT NULL;
