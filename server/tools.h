// Operator commands of pakn-server (run through `tools/pakn admin ...`).
#pragma once

#include <string>
#include <vector>

#include "config.h"

namespace pakn::server {

// `admin create-officer|list-officers|list-units|disable-officer ...`;
// returns the process exit code and prints to stdout/stderr.
int run_admin(Config config, const std::vector<std::string>& args);

}  // namespace pakn::server
