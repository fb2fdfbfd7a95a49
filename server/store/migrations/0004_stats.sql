-- Public statistics (Thống kê), kept current by triggers on `reports`, so no
-- request ever scans the reports and no service has to remember to update
-- them: whatever writes a report row (the API, the seeder, an operator's
-- sqlite3 session) moves the counts with it.
--
-- Each submitted report (drafts excluded) counts once in narrow projections
-- of the cube (period × category × commune × lead unit × status). Every
-- public breakdown filters by period and category only, so projections
-- answer everything the full cube would, reading a fraction of its rows:
--   stat_month, stat_day          per category; for requests filtered by category
--     dim 0: key = status        (by_status, by_month, totals, satisfaction)
--     dim 1: key = lead unit id  (by_unit; '' before assignment)
--     dim 2: key = commune code  (by_commune and the map; '' when not given)
--   stat_month_all, stat_day_all  all categories together; for the rest
--     dims 0-2 as above, and dim 3: key = category code ('' when none)
-- (Measured at 1M reports: an unfiltered year read about 35,000 per-category
-- rows where the "all" tables hold about 3,000.)
--
-- Periods are Vietnam time (UTC+7) of submitted_at: *_month by 'YYYY-MM',
-- *_day by 'YYYY-MM-DD' (for ranges that start or end inside a month).
-- Columns: received (always 1 per report), resolved (has an approved
-- answer), on_time (answered no later than resolve_deadline; no deadline
-- counts as on time, as services/reports.cpp records it), handling_seconds
-- (resolved_at - submitted_at, for the average), and the rating per level.
-- Rows may fall to zero; readers skip them.

CREATE TABLE stat_month (
  period           TEXT NOT NULL,
  category         TEXT NOT NULL,
  dim              INTEGER NOT NULL,
  key              TEXT NOT NULL,
  received         INTEGER NOT NULL DEFAULT 0,
  resolved         INTEGER NOT NULL DEFAULT 0,
  on_time          INTEGER NOT NULL DEFAULT 0,
  handling_seconds INTEGER NOT NULL DEFAULT 0,
  very_satisfied   INTEGER NOT NULL DEFAULT 0,
  satisfied        INTEGER NOT NULL DEFAULT 0,
  not_satisfied    INTEGER NOT NULL DEFAULT 0,
  dissatisfied     INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (category, period, dim, key)
) STRICT, WITHOUT ROWID;

CREATE TABLE stat_day (
  period           TEXT NOT NULL,
  category         TEXT NOT NULL,
  dim              INTEGER NOT NULL,
  key              TEXT NOT NULL,
  received         INTEGER NOT NULL DEFAULT 0,
  resolved         INTEGER NOT NULL DEFAULT 0,
  on_time          INTEGER NOT NULL DEFAULT 0,
  handling_seconds INTEGER NOT NULL DEFAULT 0,
  very_satisfied   INTEGER NOT NULL DEFAULT 0,
  satisfied        INTEGER NOT NULL DEFAULT 0,
  not_satisfied    INTEGER NOT NULL DEFAULT 0,
  dissatisfied     INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (category, period, dim, key)
) STRICT, WITHOUT ROWID;

CREATE TABLE stat_month_all (
  period           TEXT NOT NULL,
  dim              INTEGER NOT NULL,
  key              TEXT NOT NULL,
  received         INTEGER NOT NULL DEFAULT 0,
  resolved         INTEGER NOT NULL DEFAULT 0,
  on_time          INTEGER NOT NULL DEFAULT 0,
  handling_seconds INTEGER NOT NULL DEFAULT 0,
  very_satisfied   INTEGER NOT NULL DEFAULT 0,
  satisfied        INTEGER NOT NULL DEFAULT 0,
  not_satisfied    INTEGER NOT NULL DEFAULT 0,
  dissatisfied     INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (period, dim, key)
) STRICT, WITHOUT ROWID;

CREATE TABLE stat_day_all (
  period           TEXT NOT NULL,
  dim              INTEGER NOT NULL,
  key              TEXT NOT NULL,
  received         INTEGER NOT NULL DEFAULT 0,
  resolved         INTEGER NOT NULL DEFAULT 0,
  on_time          INTEGER NOT NULL DEFAULT 0,
  handling_seconds INTEGER NOT NULL DEFAULT 0,
  very_satisfied   INTEGER NOT NULL DEFAULT 0,
  satisfied        INTEGER NOT NULL DEFAULT 0,
  not_satisfied    INTEGER NOT NULL DEFAULT 0,
  dissatisfied     INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (period, dim, key)
) STRICT, WITHOUT ROWID;

-- One report's contribution, added (sign 1) or taken away (sign -1). Writing
-- to this empty view runs stat_delta_apply below: the upserts live in one
-- place instead of being repeated in every trigger on reports.
CREATE VIEW stat_delta(sign, submitted_at, category, unit, commune, status, resolved, on_time, handling, rating) AS
  SELECT 0, 0, '', '', '', '', 0, 0, 0, '' WHERE 0;

CREATE TRIGGER stat_delta_apply INSTEAD OF INSERT ON stat_delta
BEGIN
  INSERT INTO stat_month(period, category, dim, key, received, resolved, on_time, handling_seconds,
                         very_satisfied, satisfied, not_satisfied, dissatisfied)
  VALUES (strftime('%Y-%m', NEW.submitted_at + 25200, 'unixepoch'), NEW.category, 0, NEW.status,
          NEW.sign, NEW.sign * NEW.resolved, NEW.sign * NEW.on_time, NEW.sign * NEW.handling,
          NEW.sign * (NEW.rating = 'very_satisfied'), NEW.sign * (NEW.rating = 'satisfied'),
          NEW.sign * (NEW.rating = 'not_satisfied'), NEW.sign * (NEW.rating = 'dissatisfied'))
  ON CONFLICT(category, period, dim, key) DO UPDATE SET
    received = received + excluded.received, resolved = resolved + excluded.resolved,
    on_time = on_time + excluded.on_time, handling_seconds = handling_seconds + excluded.handling_seconds,
    very_satisfied = very_satisfied + excluded.very_satisfied, satisfied = satisfied + excluded.satisfied,
    not_satisfied = not_satisfied + excluded.not_satisfied, dissatisfied = dissatisfied + excluded.dissatisfied;

  INSERT INTO stat_month(period, category, dim, key, received, resolved, on_time, handling_seconds,
                         very_satisfied, satisfied, not_satisfied, dissatisfied)
  VALUES (strftime('%Y-%m', NEW.submitted_at + 25200, 'unixepoch'), NEW.category, 1, NEW.unit,
          NEW.sign, NEW.sign * NEW.resolved, NEW.sign * NEW.on_time, NEW.sign * NEW.handling,
          NEW.sign * (NEW.rating = 'very_satisfied'), NEW.sign * (NEW.rating = 'satisfied'),
          NEW.sign * (NEW.rating = 'not_satisfied'), NEW.sign * (NEW.rating = 'dissatisfied'))
  ON CONFLICT(category, period, dim, key) DO UPDATE SET
    received = received + excluded.received, resolved = resolved + excluded.resolved,
    on_time = on_time + excluded.on_time, handling_seconds = handling_seconds + excluded.handling_seconds,
    very_satisfied = very_satisfied + excluded.very_satisfied, satisfied = satisfied + excluded.satisfied,
    not_satisfied = not_satisfied + excluded.not_satisfied, dissatisfied = dissatisfied + excluded.dissatisfied;

  INSERT INTO stat_month(period, category, dim, key, received, resolved, on_time, handling_seconds,
                         very_satisfied, satisfied, not_satisfied, dissatisfied)
  VALUES (strftime('%Y-%m', NEW.submitted_at + 25200, 'unixepoch'), NEW.category, 2, NEW.commune,
          NEW.sign, NEW.sign * NEW.resolved, NEW.sign * NEW.on_time, NEW.sign * NEW.handling,
          NEW.sign * (NEW.rating = 'very_satisfied'), NEW.sign * (NEW.rating = 'satisfied'),
          NEW.sign * (NEW.rating = 'not_satisfied'), NEW.sign * (NEW.rating = 'dissatisfied'))
  ON CONFLICT(category, period, dim, key) DO UPDATE SET
    received = received + excluded.received, resolved = resolved + excluded.resolved,
    on_time = on_time + excluded.on_time, handling_seconds = handling_seconds + excluded.handling_seconds,
    very_satisfied = very_satisfied + excluded.very_satisfied, satisfied = satisfied + excluded.satisfied,
    not_satisfied = not_satisfied + excluded.not_satisfied, dissatisfied = dissatisfied + excluded.dissatisfied;

  INSERT INTO stat_day(period, category, dim, key, received, resolved, on_time, handling_seconds,
                       very_satisfied, satisfied, not_satisfied, dissatisfied)
  VALUES (strftime('%Y-%m-%d', NEW.submitted_at + 25200, 'unixepoch'), NEW.category, 0, NEW.status,
          NEW.sign, NEW.sign * NEW.resolved, NEW.sign * NEW.on_time, NEW.sign * NEW.handling,
          NEW.sign * (NEW.rating = 'very_satisfied'), NEW.sign * (NEW.rating = 'satisfied'),
          NEW.sign * (NEW.rating = 'not_satisfied'), NEW.sign * (NEW.rating = 'dissatisfied'))
  ON CONFLICT(category, period, dim, key) DO UPDATE SET
    received = received + excluded.received, resolved = resolved + excluded.resolved,
    on_time = on_time + excluded.on_time, handling_seconds = handling_seconds + excluded.handling_seconds,
    very_satisfied = very_satisfied + excluded.very_satisfied, satisfied = satisfied + excluded.satisfied,
    not_satisfied = not_satisfied + excluded.not_satisfied, dissatisfied = dissatisfied + excluded.dissatisfied;

  INSERT INTO stat_day(period, category, dim, key, received, resolved, on_time, handling_seconds,
                       very_satisfied, satisfied, not_satisfied, dissatisfied)
  VALUES (strftime('%Y-%m-%d', NEW.submitted_at + 25200, 'unixepoch'), NEW.category, 1, NEW.unit,
          NEW.sign, NEW.sign * NEW.resolved, NEW.sign * NEW.on_time, NEW.sign * NEW.handling,
          NEW.sign * (NEW.rating = 'very_satisfied'), NEW.sign * (NEW.rating = 'satisfied'),
          NEW.sign * (NEW.rating = 'not_satisfied'), NEW.sign * (NEW.rating = 'dissatisfied'))
  ON CONFLICT(category, period, dim, key) DO UPDATE SET
    received = received + excluded.received, resolved = resolved + excluded.resolved,
    on_time = on_time + excluded.on_time, handling_seconds = handling_seconds + excluded.handling_seconds,
    very_satisfied = very_satisfied + excluded.very_satisfied, satisfied = satisfied + excluded.satisfied,
    not_satisfied = not_satisfied + excluded.not_satisfied, dissatisfied = dissatisfied + excluded.dissatisfied;

  INSERT INTO stat_day(period, category, dim, key, received, resolved, on_time, handling_seconds,
                       very_satisfied, satisfied, not_satisfied, dissatisfied)
  VALUES (strftime('%Y-%m-%d', NEW.submitted_at + 25200, 'unixepoch'), NEW.category, 2, NEW.commune,
          NEW.sign, NEW.sign * NEW.resolved, NEW.sign * NEW.on_time, NEW.sign * NEW.handling,
          NEW.sign * (NEW.rating = 'very_satisfied'), NEW.sign * (NEW.rating = 'satisfied'),
          NEW.sign * (NEW.rating = 'not_satisfied'), NEW.sign * (NEW.rating = 'dissatisfied'))
  ON CONFLICT(category, period, dim, key) DO UPDATE SET
    received = received + excluded.received, resolved = resolved + excluded.resolved,
    on_time = on_time + excluded.on_time, handling_seconds = handling_seconds + excluded.handling_seconds,
    very_satisfied = very_satisfied + excluded.very_satisfied, satisfied = satisfied + excluded.satisfied,
    not_satisfied = not_satisfied + excluded.not_satisfied, dissatisfied = dissatisfied + excluded.dissatisfied;
  INSERT INTO stat_month_all(period, dim, key, received, resolved, on_time, handling_seconds,
                       very_satisfied, satisfied, not_satisfied, dissatisfied)
  VALUES (strftime('%Y-%m', NEW.submitted_at + 25200, 'unixepoch'), 0, NEW.status,
          NEW.sign, NEW.sign * NEW.resolved, NEW.sign * NEW.on_time, NEW.sign * NEW.handling,
          NEW.sign * (NEW.rating = 'very_satisfied'), NEW.sign * (NEW.rating = 'satisfied'),
          NEW.sign * (NEW.rating = 'not_satisfied'), NEW.sign * (NEW.rating = 'dissatisfied'))
  ON CONFLICT(period, dim, key) DO UPDATE SET
    received = received + excluded.received, resolved = resolved + excluded.resolved,
    on_time = on_time + excluded.on_time, handling_seconds = handling_seconds + excluded.handling_seconds,
    very_satisfied = very_satisfied + excluded.very_satisfied, satisfied = satisfied + excluded.satisfied,
    not_satisfied = not_satisfied + excluded.not_satisfied, dissatisfied = dissatisfied + excluded.dissatisfied;

  INSERT INTO stat_month_all(period, dim, key, received, resolved, on_time, handling_seconds,
                       very_satisfied, satisfied, not_satisfied, dissatisfied)
  VALUES (strftime('%Y-%m', NEW.submitted_at + 25200, 'unixepoch'), 1, NEW.unit,
          NEW.sign, NEW.sign * NEW.resolved, NEW.sign * NEW.on_time, NEW.sign * NEW.handling,
          NEW.sign * (NEW.rating = 'very_satisfied'), NEW.sign * (NEW.rating = 'satisfied'),
          NEW.sign * (NEW.rating = 'not_satisfied'), NEW.sign * (NEW.rating = 'dissatisfied'))
  ON CONFLICT(period, dim, key) DO UPDATE SET
    received = received + excluded.received, resolved = resolved + excluded.resolved,
    on_time = on_time + excluded.on_time, handling_seconds = handling_seconds + excluded.handling_seconds,
    very_satisfied = very_satisfied + excluded.very_satisfied, satisfied = satisfied + excluded.satisfied,
    not_satisfied = not_satisfied + excluded.not_satisfied, dissatisfied = dissatisfied + excluded.dissatisfied;

  INSERT INTO stat_month_all(period, dim, key, received, resolved, on_time, handling_seconds,
                       very_satisfied, satisfied, not_satisfied, dissatisfied)
  VALUES (strftime('%Y-%m', NEW.submitted_at + 25200, 'unixepoch'), 2, NEW.commune,
          NEW.sign, NEW.sign * NEW.resolved, NEW.sign * NEW.on_time, NEW.sign * NEW.handling,
          NEW.sign * (NEW.rating = 'very_satisfied'), NEW.sign * (NEW.rating = 'satisfied'),
          NEW.sign * (NEW.rating = 'not_satisfied'), NEW.sign * (NEW.rating = 'dissatisfied'))
  ON CONFLICT(period, dim, key) DO UPDATE SET
    received = received + excluded.received, resolved = resolved + excluded.resolved,
    on_time = on_time + excluded.on_time, handling_seconds = handling_seconds + excluded.handling_seconds,
    very_satisfied = very_satisfied + excluded.very_satisfied, satisfied = satisfied + excluded.satisfied,
    not_satisfied = not_satisfied + excluded.not_satisfied, dissatisfied = dissatisfied + excluded.dissatisfied;

  INSERT INTO stat_month_all(period, dim, key, received, resolved, on_time, handling_seconds,
                       very_satisfied, satisfied, not_satisfied, dissatisfied)
  VALUES (strftime('%Y-%m', NEW.submitted_at + 25200, 'unixepoch'), 3, NEW.category,
          NEW.sign, NEW.sign * NEW.resolved, NEW.sign * NEW.on_time, NEW.sign * NEW.handling,
          NEW.sign * (NEW.rating = 'very_satisfied'), NEW.sign * (NEW.rating = 'satisfied'),
          NEW.sign * (NEW.rating = 'not_satisfied'), NEW.sign * (NEW.rating = 'dissatisfied'))
  ON CONFLICT(period, dim, key) DO UPDATE SET
    received = received + excluded.received, resolved = resolved + excluded.resolved,
    on_time = on_time + excluded.on_time, handling_seconds = handling_seconds + excluded.handling_seconds,
    very_satisfied = very_satisfied + excluded.very_satisfied, satisfied = satisfied + excluded.satisfied,
    not_satisfied = not_satisfied + excluded.not_satisfied, dissatisfied = dissatisfied + excluded.dissatisfied;

  INSERT INTO stat_day_all(period, dim, key, received, resolved, on_time, handling_seconds,
                       very_satisfied, satisfied, not_satisfied, dissatisfied)
  VALUES (strftime('%Y-%m-%d', NEW.submitted_at + 25200, 'unixepoch'), 0, NEW.status,
          NEW.sign, NEW.sign * NEW.resolved, NEW.sign * NEW.on_time, NEW.sign * NEW.handling,
          NEW.sign * (NEW.rating = 'very_satisfied'), NEW.sign * (NEW.rating = 'satisfied'),
          NEW.sign * (NEW.rating = 'not_satisfied'), NEW.sign * (NEW.rating = 'dissatisfied'))
  ON CONFLICT(period, dim, key) DO UPDATE SET
    received = received + excluded.received, resolved = resolved + excluded.resolved,
    on_time = on_time + excluded.on_time, handling_seconds = handling_seconds + excluded.handling_seconds,
    very_satisfied = very_satisfied + excluded.very_satisfied, satisfied = satisfied + excluded.satisfied,
    not_satisfied = not_satisfied + excluded.not_satisfied, dissatisfied = dissatisfied + excluded.dissatisfied;

  INSERT INTO stat_day_all(period, dim, key, received, resolved, on_time, handling_seconds,
                       very_satisfied, satisfied, not_satisfied, dissatisfied)
  VALUES (strftime('%Y-%m-%d', NEW.submitted_at + 25200, 'unixepoch'), 1, NEW.unit,
          NEW.sign, NEW.sign * NEW.resolved, NEW.sign * NEW.on_time, NEW.sign * NEW.handling,
          NEW.sign * (NEW.rating = 'very_satisfied'), NEW.sign * (NEW.rating = 'satisfied'),
          NEW.sign * (NEW.rating = 'not_satisfied'), NEW.sign * (NEW.rating = 'dissatisfied'))
  ON CONFLICT(period, dim, key) DO UPDATE SET
    received = received + excluded.received, resolved = resolved + excluded.resolved,
    on_time = on_time + excluded.on_time, handling_seconds = handling_seconds + excluded.handling_seconds,
    very_satisfied = very_satisfied + excluded.very_satisfied, satisfied = satisfied + excluded.satisfied,
    not_satisfied = not_satisfied + excluded.not_satisfied, dissatisfied = dissatisfied + excluded.dissatisfied;

  INSERT INTO stat_day_all(period, dim, key, received, resolved, on_time, handling_seconds,
                       very_satisfied, satisfied, not_satisfied, dissatisfied)
  VALUES (strftime('%Y-%m-%d', NEW.submitted_at + 25200, 'unixepoch'), 2, NEW.commune,
          NEW.sign, NEW.sign * NEW.resolved, NEW.sign * NEW.on_time, NEW.sign * NEW.handling,
          NEW.sign * (NEW.rating = 'very_satisfied'), NEW.sign * (NEW.rating = 'satisfied'),
          NEW.sign * (NEW.rating = 'not_satisfied'), NEW.sign * (NEW.rating = 'dissatisfied'))
  ON CONFLICT(period, dim, key) DO UPDATE SET
    received = received + excluded.received, resolved = resolved + excluded.resolved,
    on_time = on_time + excluded.on_time, handling_seconds = handling_seconds + excluded.handling_seconds,
    very_satisfied = very_satisfied + excluded.very_satisfied, satisfied = satisfied + excluded.satisfied,
    not_satisfied = not_satisfied + excluded.not_satisfied, dissatisfied = dissatisfied + excluded.dissatisfied;

  INSERT INTO stat_day_all(period, dim, key, received, resolved, on_time, handling_seconds,
                       very_satisfied, satisfied, not_satisfied, dissatisfied)
  VALUES (strftime('%Y-%m-%d', NEW.submitted_at + 25200, 'unixepoch'), 3, NEW.category,
          NEW.sign, NEW.sign * NEW.resolved, NEW.sign * NEW.on_time, NEW.sign * NEW.handling,
          NEW.sign * (NEW.rating = 'very_satisfied'), NEW.sign * (NEW.rating = 'satisfied'),
          NEW.sign * (NEW.rating = 'not_satisfied'), NEW.sign * (NEW.rating = 'dissatisfied'))
  ON CONFLICT(period, dim, key) DO UPDATE SET
    received = received + excluded.received, resolved = resolved + excluded.resolved,
    on_time = on_time + excluded.on_time, handling_seconds = handling_seconds + excluded.handling_seconds,
    very_satisfied = very_satisfied + excluded.very_satisfied, satisfied = satisfied + excluded.satisfied,
    not_satisfied = not_satisfied + excluded.not_satisfied, dissatisfied = dissatisfied + excluded.dissatisfied;
END;

-- The contribution of one reports row, written out once per trigger below
-- (SQLite has no functions over rows): submitted_at, category, unit, commune,
-- status, resolved, on_time, handling, rating.
CREATE TRIGGER reports_stats_insert AFTER INSERT ON reports
WHEN NEW.status <> 'draft' AND NEW.submitted_at IS NOT NULL
BEGIN
  INSERT INTO stat_delta VALUES (1, NEW.submitted_at, COALESCE(NEW.category_code, ''),
    COALESCE(CAST(NEW.lead_unit_id AS TEXT), ''), COALESCE(NEW.commune_code, ''), NEW.status,
    NEW.resolved_at IS NOT NULL,
    NEW.resolved_at IS NOT NULL AND (NEW.resolve_deadline IS NULL OR NEW.resolved_at <= NEW.resolve_deadline),
    COALESCE(NEW.resolved_at - NEW.submitted_at, 0), COALESCE(NEW.rating_level, ''));
END;

-- Only changes that move a count fire it: editing a title, posting a note or
-- moving the current step's deadline leaves the statistics alone.
CREATE TRIGGER reports_stats_update AFTER UPDATE ON reports
WHEN OLD.status IS NOT NEW.status OR OLD.submitted_at IS NOT NEW.submitted_at
  OR OLD.category_code IS NOT NEW.category_code OR OLD.commune_code IS NOT NEW.commune_code
  OR OLD.lead_unit_id IS NOT NEW.lead_unit_id OR OLD.resolved_at IS NOT NEW.resolved_at
  OR OLD.rating_level IS NOT NEW.rating_level
  OR (OLD.resolve_deadline IS NOT NEW.resolve_deadline AND NEW.resolved_at IS NOT NULL)
BEGIN
  INSERT INTO stat_delta SELECT -1, OLD.submitted_at, COALESCE(OLD.category_code, ''),
    COALESCE(CAST(OLD.lead_unit_id AS TEXT), ''), COALESCE(OLD.commune_code, ''), OLD.status,
    OLD.resolved_at IS NOT NULL,
    OLD.resolved_at IS NOT NULL AND (OLD.resolve_deadline IS NULL OR OLD.resolved_at <= OLD.resolve_deadline),
    COALESCE(OLD.resolved_at - OLD.submitted_at, 0), COALESCE(OLD.rating_level, '')
  WHERE OLD.status <> 'draft' AND OLD.submitted_at IS NOT NULL;
  INSERT INTO stat_delta SELECT 1, NEW.submitted_at, COALESCE(NEW.category_code, ''),
    COALESCE(CAST(NEW.lead_unit_id AS TEXT), ''), COALESCE(NEW.commune_code, ''), NEW.status,
    NEW.resolved_at IS NOT NULL,
    NEW.resolved_at IS NOT NULL AND (NEW.resolve_deadline IS NULL OR NEW.resolved_at <= NEW.resolve_deadline),
    COALESCE(NEW.resolved_at - NEW.submitted_at, 0), COALESCE(NEW.rating_level, '')
  WHERE NEW.status <> 'draft' AND NEW.submitted_at IS NOT NULL;
END;

CREATE TRIGGER reports_stats_delete AFTER DELETE ON reports
WHEN OLD.status <> 'draft' AND OLD.submitted_at IS NOT NULL
BEGIN
  INSERT INTO stat_delta VALUES (-1, OLD.submitted_at, COALESCE(OLD.category_code, ''),
    COALESCE(CAST(OLD.lead_unit_id AS TEXT), ''), COALESCE(OLD.commune_code, ''), OLD.status,
    OLD.resolved_at IS NOT NULL,
    OLD.resolved_at IS NOT NULL AND (OLD.resolve_deadline IS NULL OR OLD.resolved_at <= OLD.resolve_deadline),
    COALESCE(OLD.resolved_at - OLD.submitted_at, 0), COALESCE(OLD.rating_level, ''));
END;

-- Backfill: the reports that exist when this migration runs.
INSERT INTO stat_delta SELECT 1, submitted_at, COALESCE(category_code, ''),
    COALESCE(CAST(lead_unit_id AS TEXT), ''), COALESCE(commune_code, ''), status,
    resolved_at IS NOT NULL,
    resolved_at IS NOT NULL AND (resolve_deadline IS NULL OR resolved_at <= resolve_deadline),
    COALESCE(resolved_at - submitted_at, 0), COALESCE(rating_level, '')
  FROM reports WHERE status <> 'draft' AND submitted_at IS NOT NULL;
