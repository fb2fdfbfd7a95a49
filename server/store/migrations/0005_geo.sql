-- The province map: commune boundaries imported by `pakn-server geo import`
-- (the deployment's own GIS layer, or the open dataset used for the demo).
-- The project works without them: the map endpoint then sends points and
-- per-commune counts only.

-- The boundaries as served: one pakn-map-1 document (geo.h encode_map_json),
-- built once at import so a request only copies it. One row at most.
CREATE TABLE geo_map (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  shapes      TEXT NOT NULL,          -- pakn-map-1 JSON text
  credit      TEXT NOT NULL,          -- shown wherever the map is shown
  source      TEXT NOT NULL DEFAULT '',  -- the file imported (name only)
  tolerance   REAL NOT NULL,          -- Douglas-Peucker tolerance used, degrees
  points      INTEGER NOT NULL,       -- vertices kept after simplification
  imported_at INTEGER NOT NULL
) STRICT;

-- Per commune: what the import found (official area, where to put a label).
CREATE TABLE geo_communes (
  code      TEXT PRIMARY KEY REFERENCES communes(code),
  area_km2  REAL NOT NULL,
  label_lon REAL NOT NULL,
  label_lat REAL NOT NULL,
  points    INTEGER NOT NULL
) STRICT;

-- Points of the public map: published reports with coordinates, newest first.
CREATE INDEX reports_map_points ON reports(submitted_at DESC) WHERE is_published = 1 AND lat IS NOT NULL;
CREATE INDEX reports_map_points_category ON reports(category_code, submitted_at DESC)
  WHERE is_published = 1 AND lat IS NOT NULL;
