#include "app/reference_data.h"

namespace pakn::client {
namespace {

template <typename T>
void need(net::Remote<T>& remote, const char* url, bool retry) {
    if (remote.phase == net::Phase::idle || (remote.failed() && retry)) net::load(remote, url);
}

}  // namespace

void ReferenceData::need_categories(bool retry) {
    need(categories, "/api/v1/public/categories", retry);
}

void ReferenceData::need_units(bool retry) {
    need(units, "/api/v1/public/units", retry);
}

std::string unit_name(const std::vector<Unit>& units, std::int64_t id) {
    for (const auto& u : units)
        if (u.id == id) return u.name;
    return {};
}

}  // namespace pakn::client
