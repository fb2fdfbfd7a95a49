-- When the handling unit (not the center) asked the reporter for more
-- information: set while the report waits in needs_info for the unit, so
-- that what the reporter sends goes back to the unit, and the time waited
-- is added to the unit's answer deadline. NULL otherwise.
ALTER TABLE reports ADD COLUMN info_asked_by_unit_at INTEGER;
