// Reference data everyone reads: the active categories (Lĩnh vực), the 65
// communes of the official list, and the directory of units (Địa chỉ cần
// biết), in the order the administration screens use.
#pragma once

#include <string_view>
#include <vector>

#include "pakn/dto.h"

namespace pakn::server::store {
class Database;
}

namespace pakn::server::services {

class ReferenceService {
public:
    explicit ReferenceService(store::Database& db);

    // Active categories with their code, name and group (no SLA figures).
    std::vector<Category> categories();
    std::vector<Commune> communes() const;
    // Active units, center first; `query` matches name and address with or
    // without diacritics ("uy ban nha trang").
    std::vector<Unit> units(std::string_view query);

private:
    store::Database& db_;
};

}  // namespace pakn::server::services
