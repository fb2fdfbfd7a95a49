-- Hotline staff find a caller's earlier reports by phone, ID number or name
-- (GET /inbox?reporter=): the reports entered on someone's behalf hold them
-- in reporter_*, the citizens' own in their account.
CREATE INDEX reports_reporter_phone ON reports(reporter_phone);
CREATE INDEX reports_reporter_id_number ON reports(reporter_id_number);
CREATE INDEX reports_reporter_name ON reports(reporter_name);
CREATE INDEX accounts_full_name ON accounts(full_name) WHERE status <> 'deleted' AND kind <> 'officer';
