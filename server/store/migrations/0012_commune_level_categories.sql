-- A category the commune's People's Committee handles (commune level): the
-- dispatcher's routing form then proposes the UBND of the report's commune
-- instead of the category's default unit.
ALTER TABLE categories ADD COLUMN commune_level INTEGER NOT NULL DEFAULT 0;
