// THE route table of the PAKN API (/api/v1), read top to bottom. Handlers are
// thin: decode the DTO, call a service, encode the result or the error.
#include "http/handlers.h"
#include "http/router.h"

namespace pakn::server::http {
namespace {
constexpr std::size_t kSmallBody = 16 * 1024;  // JSON forms
}

std::vector<Route> api_routes() {
    return {
        // method  path                         handler            body limit
        {"GET", "/api/v1/health",               handle_health,     0},
    };
}

}  // namespace pakn::server::http
