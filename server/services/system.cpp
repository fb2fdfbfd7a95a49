#include "services/system.h"

#include "base/version.h"
#include "store/db.h"

namespace pakn::server::services {

SystemService::SystemService(store::Database& db) : db_(db) {}

Health SystemService::health() {
    const int version = db_.read([](store::Connection& c) { return store::schema_version_of(c); });
    return Health{"ok", kPaknVersion, version, "ok"};
}

}  // namespace pakn::server::services
