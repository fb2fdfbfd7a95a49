-- Mẫu trả lời: answer templates officers insert into an answer and edit
-- before sending. unit_id NULL: province-wide (the admin's); otherwise the
-- unit's own (its unit lead's), seen only by that unit's officers.
-- category_code NULL: offered for every category.
CREATE TABLE answer_templates (
  id            INTEGER PRIMARY KEY,
  title         TEXT NOT NULL,
  body          TEXT NOT NULL,
  category_code TEXT REFERENCES categories(code),
  unit_id       INTEGER REFERENCES units(id),
  created_by    INTEGER REFERENCES accounts(id),
  created_at    INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL
) STRICT;
CREATE INDEX answer_templates_scope ON answer_templates(unit_id, category_code);
