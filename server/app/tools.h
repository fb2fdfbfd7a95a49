// Operator commands of pakn-server (run through `tools/pakn admin ...`).
#pragma once

#include <string>
#include <vector>

#include "app/config.h"

namespace pakn::server {

// `admin create-officer|list-officers|list-units|disable-officer ...`;
// returns the process exit code and prints to stdout/stderr.
int run_admin(Config config, const std::vector<std::string>& args);

// `seed --reports N [--seed S] [--months M] [--fast | --services]`: demo
// data (services/seed.h); prints the rate and the demo accounts.
int run_seed(Config config, const std::vector<std::string>& args);

// `geo import FILE.geojson [--tolerance T] [--credit TEXT]` and `geo info`:
// the commune boundaries of the map (services/geo_import.h).
int run_geo(Config config, const std::vector<std::string>& args);

// `tiles demo FILE.mbtiles [--max-zoom N]` (the generated grid of
// services/tiles.h) and `tiles info FILE.mbtiles` (checks a base-map file).
int run_tiles(Config config, const std::vector<std::string>& args);

}  // namespace pakn::server
