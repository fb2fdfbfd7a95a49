-- Public search runs over published reports only. With one index for every
-- report, each candidate of a common word had to be looked up in `reports`
-- to learn whether it is published: at a million reports a two-word search
-- read thousands of large rows and took ~20 ms at best, hundreds under load.
-- This index holds the published ones alone, so the public count and page
-- come from the index itself.
CREATE VIRTUAL TABLE published_fts USING fts5(folded, tokenize = 'unicode61 remove_diacritics 2');

INSERT INTO published_fts(rowid, folded)
SELECT f.rowid, f.folded FROM reports_fts f JOIN reports r ON r.id = f.rowid WHERE r.is_published = 1;

-- Publishing and withdrawing publication keep it current in the same
-- transaction as the change (the text itself is refreshed by index_report).
CREATE TRIGGER reports_published AFTER UPDATE OF is_published ON reports
WHEN NEW.is_published = 1 AND OLD.is_published = 0
BEGIN
  INSERT INTO published_fts(rowid, folded) SELECT rowid, folded FROM reports_fts WHERE rowid = NEW.id;
END;

CREATE TRIGGER reports_unpublished AFTER UPDATE OF is_published ON reports
WHEN NEW.is_published = 0 AND OLD.is_published = 1
BEGIN
  DELETE FROM published_fts WHERE rowid = NEW.id;
END;
