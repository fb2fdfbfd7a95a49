#include "services/reference.h"

#include "pakn/communes.h"
#include "pakn/text.h"
#include "pakn/word_match.h"
#include "store/admin_store.h"
#include "store/db.h"

namespace pakn::server::services {

ReferenceService::ReferenceService(store::Database& db) : db_(db) {}

std::vector<Category> ReferenceService::categories() {
    std::vector<Category> out;
    for (const auto& row : db_.read([](store::Connection& c) { return store::list_categories(c); })) {
        if (!row.active) continue;
        Category cat;
        cat.id = row.id;
        cat.code = row.code;
        cat.name = row.name;
        cat.group = row.group;
        out.push_back(std::move(cat));
    }
    return out;
}

std::vector<Commune> ReferenceService::communes() const {
    std::vector<Commune> out;
    for (const auto& c : pakn::communes()) out.push_back(to_commune(c));
    return out;
}

std::vector<Unit> ReferenceService::units(std::string_view query) {
    std::vector<Unit> out;
    for (const auto& u : db_.read([](store::Connection& c) { return store::list_units(c, false); })) {
        if (!matches_words(u.name + " " + u.address, query)) continue;
        out.push_back(Unit{u.id, u.code, u.name, u.kind, u.address, u.phone, u.email, u.commune_code, u.active});
    }
    return out;
}

}  // namespace pakn::server::services
