// Reference data for everyone: categories, communes, units (the directory),
// and the account page's counts.
#include "app.h"
#include "http/handler_util.h"
#include "http/handlers.h"
#include "pakn/communes.h"
#include "pakn/dto.h"
#include "pakn/text.h"
#include "store/reports_store.h"

namespace pakn::server::http {
namespace {

Response cached(Response r, int seconds) {
    r.set_header("Cache-Control", "public, max-age=" + std::to_string(seconds));
    return r;
}

}  // namespace

Response handle_categories(Context& ctx) {
    std::vector<Category> out;
    ctx.app.db->read([&](store::Connection& c) {
        auto st = c.prepare("SELECT rowid, code, name, grp FROM categories WHERE active = 1 ORDER BY sort_order, name");
        while (st.step()) {
            Category cat;
            cat.id = st.int64(0);
            cat.code = st.text(1);
            cat.name = st.text(2);
            cat.group = st.text(3);
            out.push_back(std::move(cat));
        }
        st.reset();
        return 0;
    });
    Response r;
    nlohmann::json items = nlohmann::json::array();
    for (const auto& c : out) {
        nlohmann::json j;
        to_json(j, c);
        items.push_back(std::move(j));
    }
    r.body = dump_json(items);
    r.set_header("Content-Type", "application/json; charset=utf-8");
    return cached(std::move(r), 300);
}

Response handle_communes(Context&) {
    nlohmann::json items = nlohmann::json::array();
    for (const auto& c : communes()) {
        nlohmann::json j;
        to_json(j, to_commune(c));
        items.push_back(std::move(j));
    }
    Response r;
    r.body = dump_json(items);
    r.set_header("Content-Type", "application/json; charset=utf-8");
    return cached(std::move(r), 3600);
}

Response handle_units(Context& ctx) {
    const std::string q = fold_for_search(ctx.request.query_value("q").value_or(""));
    nlohmann::json items = nlohmann::json::array();
    ctx.app.db->read([&](store::Connection& c) {
        auto st = c.prepare(
            "SELECT id, code, name, kind, address, phone, email, COALESCE(commune_code,''), active FROM units "
            "WHERE active = 1 ORDER BY CASE kind WHEN 'center' THEN 0 WHEN 'department' THEN 1 WHEN 'company' "
            "THEN 2 ELSE 3 END, name");
        while (st.step()) {
            Unit u{st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4),
                   st.text(5),  st.text(6), st.text(7), st.integer(8) != 0};
            // Directory search ignores diacritics ("uy ban nha trang").
            if (!q.empty() && fold_for_search(u.name + " " + u.address).find(q) == std::string::npos) continue;
            nlohmann::json j;
            to_json(j, u);
            items.push_back(std::move(j));
        }
        st.reset();
        return 0;
    });
    Response r;
    r.body = dump_json(items);
    r.set_header("Content-Type", "application/json; charset=utf-8");
    return cached(std::move(r), 60);
}

Response handle_me_summary(Context& ctx) {
    MeSummary s;
    const auto id = ctx.caller->account.id;
    ctx.app.db->read([&](store::Connection& c) {
        s.reports = store::count_reports_of(c, id);
        s.notifications = store::count_notifications(c, id);
        s.unread_notifications = store::count_unread(c, id);
        return 0;
    });
    return dto(200, s);
}

}  // namespace pakn::server::http
