-- Administration: the admin's corrections to the holiday calendar, each
-- category's own deadlines, and the default settings. The calendar service
-- rebuilds the working calendar from these rows at start and after every
-- change.

-- A correction to the statutory holidays (calendar.h HolidayOverrides):
-- 'add' a named day off (Government decisions, e.g. an extra Tết day),
-- 'remove' a day the rules give, 'working_day' a làm bù day. One per date.
CREATE TABLE holiday_overrides (
  id         INTEGER PRIMARY KEY,
  date       TEXT NOT NULL UNIQUE,      -- YYYY-MM-DD
  kind       TEXT NOT NULL CHECK (kind IN ('add', 'remove', 'working_day')),
  name       TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  created_by INTEGER REFERENCES accounts(id)
) STRICT;

-- A category's own SLA figures (deadline.h CategorySla); a missing slot
-- falls back to the policy's default.
CREATE TABLE category_sla (
  category_code TEXT NOT NULL REFERENCES categories(code),
  slot          TEXT NOT NULL CHECK (slot IN ('classify_and_assign', 'start_work', 'resolve_normal',
                                              'resolve_urgent', 'resolve_complex')),
  amount        INTEGER NOT NULL,
  unit          TEXT NOT NULL CHECK (unit IN ('working_hours', 'working_days')),
  PRIMARY KEY (category_code, slot)
) STRICT, WITHOUT ROWID;

-- Settings (rating_window_days, work_sessions, working_weekdays) live in the
-- settings table of 0001; absent keys mean the defaults of dto_public.h
-- default_settings(), so nothing is inserted here.
