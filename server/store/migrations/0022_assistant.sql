-- Trợ lý ảo (issue 18): the knowledge base the admin manages, the synonym
-- groups, and the questions the assistant could not answer. The first
-- knowledge base comes from shared/ (seed_knowledge) at start-up, once:
-- `assistant_seeded` remembers it, so entries the admin deleted stay gone.

CREATE TABLE assistant_entries (
  id          INTEGER PRIMARY KEY,
  question    TEXT NOT NULL,
  phrasings   TEXT NOT NULL DEFAULT '',
  answer      TEXT NOT NULL,
  link        TEXT NOT NULL DEFAULT '',
  active      INTEGER NOT NULL DEFAULT 1,
  updated_at  INTEGER NOT NULL,
  updated_by  INTEGER REFERENCES accounts(id)
);

CREATE TABLE assistant_synonyms (
  id          INTEGER PRIMARY KEY,
  phrases     TEXT NOT NULL,
  updated_at  INTEGER NOT NULL
);

-- One row per folded question ("quen mat khau" and "Quên mật khẩu" are
-- one), with how often it was asked; the list is capped (the service drops
-- the least recent) so a flood of made-up questions cannot grow it.
CREATE TABLE assistant_unanswered (
  id              INTEGER PRIMARY KEY,
  folded          TEXT NOT NULL UNIQUE,
  question        TEXT NOT NULL,
  times           INTEGER NOT NULL,
  first_asked_at  INTEGER NOT NULL,
  last_asked_at   INTEGER NOT NULL
);
CREATE INDEX assistant_unanswered_recent ON assistant_unanswered(last_asked_at);

-- Hỗ trợ trực tuyến on the dashboard: how the assistant's questions went,
-- per day (Vietnam time, "2026-12-08"). answered: an entry's answer, a
-- tracking code's status or a report started; offered: entries to choose
-- from; unanswered: nothing fitted.
CREATE TABLE assistant_daily (
  day         TEXT PRIMARY KEY,
  asked       INTEGER NOT NULL DEFAULT 0,
  answered    INTEGER NOT NULL DEFAULT 0,
  offered     INTEGER NOT NULL DEFAULT 0,
  unanswered  INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE TABLE assistant_seeded (
  done INTEGER NOT NULL
);
INSERT INTO assistant_seeded(done) VALUES (0);
