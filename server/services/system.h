// The health check: the process answers and its database reads.
#pragma once

#include "pakn/dto.h"

namespace pakn::server::store {
class Database;
}

namespace pakn::server::services {

class SystemService {
public:
    explicit SystemService(store::Database& db);
    // {"status":"ok", version, schema_version, "db":"ok"}; a read that
    // touches the database proves more than "the process is up".
    Health health();

private:
    store::Database& db_;
};

}  // namespace pakn::server::services
