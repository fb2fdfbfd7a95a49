// Administration endpoints (/api/v1/admin/...): units, officers, categories,
// holidays, announcements, settings. The router lets only signed-in admins
// through, with a CSRF token on every change; the services validate with
// the shared rules and write the audit log.
#include "http/handler_util.h"
#include "http/handlers.h"
#include "pakn/calendar.h"
#include "pakn/dto_admin.h"
#include "pakn/tiles.h"
#include "services/admin.h"

namespace pakn::server::http {
namespace {

services::AdminActor actor_of(const Context& ctx) {
    return services::AdminActor{ctx.who().account_id, ctx.request.remote_ip};
}

std::string code_param(const Request& req) {
    return std::string(req.param("code").value_or(""));
}

}  // namespace

// ---------------------------------------------------------------- units
Response handle_admin_units(Context& ctx) {
    return array_of(ctx.services.admin.units());
}

Response handle_admin_unit_create(Context& ctx) {
    UnitForm form;
    if (auto bad = decode_body(ctx.request, form)) return *bad;
    return answer(ctx.services.admin.create_unit(actor_of(ctx), form), 201);
}

Response handle_admin_unit_update(Context& ctx) {
    auto id = id_param(ctx.request);
    if (!id) return Response::error(404, "not_found");
    UnitForm form;
    if (auto bad = decode_body(ctx.request, form)) return *bad;
    return answer(ctx.services.admin.update_unit(actor_of(ctx), *id, form));
}

Response handle_admin_unit_deactivate(Context& ctx) {
    auto id = id_param(ctx.request);
    if (!id) return Response::error(404, "not_found");
    return answer(ctx.services.admin.set_unit_active(actor_of(ctx), *id, false));
}

Response handle_admin_unit_activate(Context& ctx) {
    auto id = id_param(ctx.request);
    if (!id) return Response::error(404, "not_found");
    return answer(ctx.services.admin.set_unit_active(actor_of(ctx), *id, true));
}

// ---------------------------------------------------------------- officers
Response handle_admin_officers(Context& ctx) {
    ListQuery q;
    if (auto bad = list_query(ctx.request, q)) return *bad;
    return dto(200, ctx.services.admin.officers(q.q, q.unit, q.page, q.page_size));
}

Response handle_admin_officer_create(Context& ctx) {
    OfficerForm form;
    if (auto bad = decode_body(ctx.request, form)) return *bad;
    return answer(ctx.services.admin.create_officer(actor_of(ctx), form), 201);
}

Response handle_admin_officer_update(Context& ctx) {
    auto id = id_param(ctx.request);
    if (!id) return Response::error(404, "not_found");
    OfficerForm form;
    if (auto bad = decode_body(ctx.request, form)) return *bad;
    return answer(ctx.services.admin.update_officer(actor_of(ctx), *id, form));
}

Response handle_admin_officer_disable(Context& ctx) {
    auto id = id_param(ctx.request);
    if (!id) return Response::error(404, "not_found");
    return answer(ctx.services.admin.set_officer_active(actor_of(ctx), *id, false));
}

Response handle_admin_officer_enable(Context& ctx) {
    auto id = id_param(ctx.request);
    if (!id) return Response::error(404, "not_found");
    return answer(ctx.services.admin.set_officer_active(actor_of(ctx), *id, true));
}

Response handle_admin_officer_reset_password(Context& ctx) {
    auto id = id_param(ctx.request);
    if (!id) return Response::error(404, "not_found");
    return answer(ctx.services.admin.reset_password(actor_of(ctx), *id));
}

// ---------------------------------------------------------------- categories
Response handle_admin_categories(Context& ctx) {
    return array_of(ctx.services.admin.categories());
}

Response handle_admin_category_create(Context& ctx) {
    CategoryForm form;
    if (auto bad = decode_body(ctx.request, form)) return *bad;
    return answer(ctx.services.admin.create_category(actor_of(ctx), form), 201);
}

Response handle_admin_category_update(Context& ctx) {
    CategoryForm form;
    if (auto bad = decode_body(ctx.request, form)) return *bad;
    return answer(ctx.services.admin.update_category(actor_of(ctx), code_param(ctx.request), form));
}

Response handle_admin_category_deactivate(Context& ctx) {
    return answer(ctx.services.admin.set_category_active(actor_of(ctx), code_param(ctx.request), false));
}

Response handle_admin_category_activate(Context& ctx) {
    return answer(ctx.services.admin.set_category_active(actor_of(ctx), code_param(ctx.request), true));
}

// ---------------------------------------------------------------- holidays
Response handle_admin_holidays(Context& ctx) {
    std::int64_t year = local_date(ctx.services.clock.now()).year;
    if (auto y = ctx.request.query_value("year"); y && !y->empty()) {
        const std::string text(*y);
        char* end = nullptr;
        const long long v = std::strtoll(text.c_str(), &end, 10);
        if (end == text.c_str() || *end != '\0' || text.size() > 4)
            return Response::error(validation_failed({field_error("year", "invalid_year")}));
        year = v;
    }
    return answer(ctx.services.admin.holiday_year(year));
}

Response handle_admin_holiday_add(Context& ctx) {
    HolidayForm form;
    if (auto bad = decode_body(ctx.request, form)) return *bad;
    return answer(ctx.services.admin.add_holiday_correction(actor_of(ctx), form), 201);
}

Response handle_admin_holiday_delete(Context& ctx) {
    auto id = id_param(ctx.request);
    if (!id) return Response::error(404, "not_found");
    return answer(ctx.services.admin.delete_holiday_correction(actor_of(ctx), *id));
}

// ---------------------------------------------------------------- outbox
Response handle_admin_outbox(Context& ctx) {
    auto q = parse_outbox_query(ctx.request.query);
    if (!q) return Response::error(validation_failed(std::move(q.errors)));
    return dto(200, ctx.services.admin.outbox(q.value));
}

// ---------------------------------------------------------------- announcements
Response handle_admin_announcements(Context& ctx) {
    ListQuery q;
    if (auto bad = list_query(ctx.request, q)) return *bad;
    const std::string kind(ctx.request.query_value("kind").value_or(""));
    if (!kind.empty() && !is_choice(announcement_kinds(), kind))
        return Response::error(validation_failed({field_error("kind", "invalid_announcement_kind")}));
    return dto(200, ctx.services.announcements.all(q.page, q.page_size, kind));
}

Response handle_admin_announcement(Context& ctx) {
    auto id = id_param(ctx.request);
    auto a = id ? ctx.services.announcements.find(*id) : std::nullopt;
    if (!a) return Response::error(404, "not_found");
    return dto(200, *a);
}

Response handle_admin_announcement_create(Context& ctx) {
    AnnouncementForm form;
    if (auto bad = decode_body(ctx.request, form)) return *bad;
    return answer(ctx.services.announcements.create(actor_of(ctx), form), 201);
}

Response handle_admin_announcement_update(Context& ctx) {
    auto id = id_param(ctx.request);
    if (!id) return Response::error(404, "not_found");
    AnnouncementForm form;
    if (auto bad = decode_body(ctx.request, form)) return *bad;
    return answer(ctx.services.announcements.update(actor_of(ctx), *id, form));
}

Response handle_admin_announcement_publish(Context& ctx) {
    auto id = id_param(ctx.request);
    if (!id) return Response::error(404, "not_found");
    return answer(ctx.services.announcements.set_published(actor_of(ctx), *id, true));
}

Response handle_admin_announcement_unpublish(Context& ctx) {
    auto id = id_param(ctx.request);
    if (!id) return Response::error(404, "not_found");
    return answer(ctx.services.announcements.set_published(actor_of(ctx), *id, false));
}

Response handle_admin_announcement_delete(Context& ctx) {
    auto id = id_param(ctx.request);
    if (!id || !ctx.services.announcements.remove(actor_of(ctx), *id)) return Response::error(404, "not_found");
    return no_content();
}

// ---------------------------------------------------------------- settings
Response handle_admin_settings(Context& ctx) {
    SettingsForm s = ctx.services.admin.settings();
    s.tile_source_fixed = ctx.services.tiles.fixed();
    return dto(200, s);
}

Response handle_admin_settings_update(Context& ctx) {
    SettingsForm form;
    if (auto bad = decode_body(ctx.request, form)) return *bad;
    auto saved = ctx.services.admin.update_settings(actor_of(ctx), form);
    if (saved) {
        // The base map changes at once for everybody (unless the server's
        // configuration fixed it): the maps' answers and the page's policy.
        if (!ctx.services.tiles.fixed()) {
            ctx.services.tiles.apply_setting(saved.value.tile_url, saved.value.tile_attribution);
            allow_tile_origin(tile_url_origin(saved.value.tile_url));
        }
        saved.value.tile_source_fixed = ctx.services.tiles.fixed();
    }
    return answer(std::move(saved));
}

}  // namespace pakn::server::http
