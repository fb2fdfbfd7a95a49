// HTTP handlers, one function per endpoint, grouped by feature in
// handlers_<feature>.cpp. Each decodes, calls a service, encodes.
#pragma once

#include "http/router.h"

namespace pakn::server::http {

// GET /api/v1/health -> {"status":"ok","version":...,"db":"ok"}
Response handle_health(Context& ctx);

}  // namespace pakn::server::http
