// Gửi phản ánh: the seed's "Tạo mới phản ánh, kiến nghị" form (title,
// content, place with commune and an optional point, category, files,
// consent to publication, captcha; LƯU saves a draft on the server, GỬI
// sends), also editing a draft or a report awaiting information
// (/gui-phan-anh?id=N). What is typed is kept in localStorage per account
// until it is sent, so a reload or a logout loses nothing; picked files'
// bytes are kept in IndexedDB until the server has them. GỬI of a new
// report without network keeps it on the device ("Đang chờ mạng — sẽ tự
// gửi") and sends it by itself when the network returns, on any screen or
// at the next load, with an idempotency key so it arrives once
// (net/pending_send.h has the rules). Visitors who are not signed in may
// type; sending asks them to sign in and brings them back.
//
// [SECTION] index: form <-> wire, local copy, setting up, sending, position,
// sections of the form, after sending, the screen.
#include <imgui.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>

#include "app/app.h"
#include "app/screens.h"
#include "app/strings_common.h"
#include "app/strings_reports.h"
#include "platform/platform.h"
#include "ui/form_kit.h"
#include "ui/report_widgets.h"
#include "ui/test_hooks.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "views/state_reports.h"

namespace pakn::client::views {
namespace {

namespace txt = tr::rep;

// The fields the form draws (server errors for them show at the field).
constexpr std::string_view kDrawn[] = {"title", "content",       "address",        "commune_code",   "lat",
                                       "lon",   "category_code", "attachment_ids", "captcha_answer", "captcha_id",
                                       "file"};

// [SECTION] form <-> wire ---------------------------------------------------------

// A coordinate typed as text ("12.2388" or "12,2388"); nullopt when empty.
std::optional<double> parse_coordinate(std::string_view text, bool& bad) {
    std::string s;
    for (char c : text)
        if (c != ' ') s.push_back(c == ',' ? '.' : c);
    if (s.empty()) return std::nullopt;
    // strtod, not from_chars: the wasm toolchain's libc++ has no floating-point from_chars.
    char* end = nullptr;
    const double v = std::strtod(s.c_str(), &end);
    if (end != s.c_str() + s.size() || !std::isfinite(v)) {
        bad = true;
        return std::nullopt;
    }
    return v;
}

ReportForm form_of(const SubmitState& s, bool submit, FieldErrors* coordinate_errors) {
    ReportForm f;
    f.title = s.title;
    f.content = s.content;
    f.address = s.address;
    f.commune_code = s.commune_code;
    f.category_code = s.category_code;
    f.is_public = s.is_public;
    f.attachment_ids = ui::uploaded_ids(s.files);
    f.submit = submit;
    bool bad_lat = false, bad_lon = false;
    f.lat = parse_coordinate(s.lat, bad_lat);
    f.lon = parse_coordinate(s.lon, bad_lon);
    if (coordinate_errors) {
        if (bad_lat) coordinate_errors->push_back(field_error("lat", "invalid_coordinates"));
        if (bad_lon) coordinate_errors->push_back(field_error("lon", "invalid_coordinates"));
    }
    if (submit && s.captcha_needed) {
        f.captcha_id = ui::captcha_id(s.captcha);
        f.captcha_answer = s.captcha_answer;
    }
    return f;
}

// What the nearby panel asks about: the place (point, else commune), the
// category and the title as typed; a point still being typed is left out.
NearbyQuery nearby_query_of(const SubmitState& s) {
    NearbyQuery q;
    bool bad = false;
    const auto lat = parse_coordinate(s.lat, bad);
    const auto lon = parse_coordinate(s.lon, bad);
    if (!bad && lat && lon) {
        q.lat = lat;
        q.lon = lon;
    }
    q.commune_code = s.commune_code;
    q.category_code = s.category_code;
    q.text = s.title;
    return q;
}

// What the shared rules say about the form as it would be sent now.
FieldErrors local_errors(const SubmitState& s, bool submit) {
    FieldErrors errors;
    ReportForm f = form_of(s, submit, &errors);
    ReportRules rules;
    rules.require_captcha = submit && s.captcha_needed;
    for (auto& e : validate(f, rules)) {
        if (e.field == "captcha_id") continue;  // the challenge is ours, not the user's to fix
        if (!ui::find_error(errors, e.field)) errors.push_back(std::move(e));
    }
    return errors;
}

bool blank(const SubmitState& s) {
    return s.title.empty() && s.content.empty() && s.address.empty() && s.commune_code.empty() &&
           s.category_code.empty() && s.lat.empty() && s.lon.empty() && !s.is_public && s.files.items.empty();
}

// Forgets what was typed (not the reference data or the captcha).
void reset_form(SubmitState& s) {
    s.title.clear();
    s.content.clear();
    s.address.clear();
    s.commune_code.clear();
    s.category_code.clear();
    s.lat.clear();
    s.lon.clear();
    s.is_public = false;
    s.captcha_answer.clear();
    ui::clear_uploads(s.files);
    s.report_id = 0;
    s.report_status = Status::draft;
    s.base_updated_at.reset();
    s.fill_pending = false;
    s.not_editable = false;
    s.status = ui::FormStatus{};
    s.locate_error.clear();
    s.accuracy_m = 0;
    s.saved_json.clear();
    s.pending = net::PendingSend{};
    s.pending_restored = false;
    s.send_captcha_id.clear();
    s.send_captcha_answer.clear();
}

void fill_from(SubmitState& s, const ReportDetail& d) {
    ui::clear_uploads(s.files);
    s.title = d.title;
    s.content = d.content;
    s.address = d.address;
    s.commune_code = d.commune_code;
    s.category_code = d.category_code;
    s.lat = d.lat ? std::to_string(*d.lat) : "";
    s.lon = d.lon ? std::to_string(*d.lon) : "";
    s.is_public = d.is_public;
    for (const auto& a : d.attachments)
        ui::add_uploaded(s.files, a);
    s.report_status = d.status;
    s.base_updated_at = d.updated_at;
}

// [SECTION] local copy ------------------------------------------------------------

std::string storage_key(std::int64_t owner, std::int64_t report_id) {
    return "pakn.report-form." + std::to_string(owner) + "." + (report_id ? std::to_string(report_id) : "new");
}

std::string snapshot(const SubmitState& s) {
    nlohmann::json files = nlohmann::json::array();
    for (const auto& item : s.files.items)
        if (item.phase == ui::UploadItem::Phase::done && item.info) {
            nlohmann::json j;
            to_json(j, *item.info);
            files.push_back(std::move(j));
        }
    // Files not on the server yet: their bytes are in IndexedDB under the key.
    nlohmann::json kept = nlohmann::json::array();
    for (const auto& item : s.files.items)
        if (item.phase != ui::UploadItem::Phase::done && item.phase != ui::UploadItem::Phase::failed &&
            !item.stash_key.empty())
            kept.push_back({{"name", item.name}, {"size", item.size}, {"type", item.type}, {"stash", item.stash_key}});
    nlohmann::json j = {{"title", s.title},
                        {"content", s.content},
                        {"address", s.address},
                        {"commune_code", s.commune_code},
                        {"category_code", s.category_code},
                        {"lat", s.lat},
                        {"lon", s.lon},
                        {"is_public", s.is_public},
                        {"files", std::move(files)}};
    if (!kept.empty()) j["kept_files"] = std::move(kept);
    // The key lives as long as the pending report: a send that may have
    // arrived is never repeated under a new one.
    if (!s.pending.key.empty()) j["send_key"] = s.pending.key;
    if (net::pending(s.pending)) {
        j["waiting_to_send"] = true;
        if (!s.send_captcha_id.empty())
            j["send_captcha"] = {{"id", s.send_captcha_id}, {"answer", s.send_captcha_answer}};
    }
    if (s.base_updated_at) j["base_updated_at"] = *s.base_updated_at;
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// Reads a copy back; false when there is none or it is unreadable (any
// older format is ignored rather than trusted).
bool restore(SubmitState& s, const std::string& text, std::optional<UnixSeconds> server_updated_at) {
    const auto j = nlohmann::json::parse(text, nullptr, false);
    if (!j.is_object()) return false;
    std::optional<UnixSeconds> base;
    if (auto it = j.find("base_updated_at"); it != j.end() && it->is_number_integer()) base = it->get<UnixSeconds>();
    // An edit of a report the server changed since is stale: the server wins.
    if (server_updated_at && base && *base != *server_updated_at) return false;
    auto str = [&](const char* key, std::string& out) {
        if (auto it = j.find(key); it != j.end() && it->is_string()) out = it->get<std::string>();
    };
    str("title", s.title);
    str("content", s.content);
    str("address", s.address);
    str("commune_code", s.commune_code);
    str("category_code", s.category_code);
    str("lat", s.lat);
    str("lon", s.lon);
    if (auto it = j.find("is_public"); it != j.end() && it->is_boolean()) s.is_public = it->get<bool>();
    if (auto it = j.find("files"); it != j.end() && it->is_array()) {
        for (const auto& f : *it) {
            AttachmentInfo info;
            FieldErrors errors;
            from_json(f, info, errors, std::string());
            if (errors.empty() && ui::files_in_use(s.files) < kMaxAttachmentsPerReport)
                ui::add_uploaded(s.files, info);
        }
    }
    if (auto it = j.find("kept_files"); it != j.end() && it->is_array()) {
        for (const auto& f : *it) {
            // Read field by field: a copy from another version is skipped, never trusted.
            if (!f.is_object()) continue;
            auto field = [&](const char* key) {
                auto v = f.find(key);
                return v != f.end() && v->is_string() ? v->get<std::string>() : std::string();
            };
            const std::string stash = field("stash");
            if (stash.empty()) continue;
            if (ui::files_in_use(s.files) >= kMaxAttachmentsPerReport) break;
            const auto size = f.find("size");
            ui::add_stashed(s.files, field("name"),
                            size != f.end() && size->is_number_integer() ? size->get<std::int64_t>() : 0,
                            field("type"), stash);
        }
    }
    if (auto it = j.find("send_key"); it != j.end() && it->is_string() && valid_idempotency_key(it->get<std::string>()))
        s.pending.key = it->get<std::string>();
    if (auto it = j.find("waiting_to_send"); it != j.end() && *it == true && !s.pending.key.empty()) {
        s.pending.phase = net::SendPhase::waiting_network;
        s.pending_restored = true;
        if (auto c = j.find("send_captcha"); c != j.end() && c->is_object()) {
            auto id = c->find("id"), answer = c->find("answer");
            if (id != c->end() && id->is_string() && answer != c->end() && answer->is_string()) {
                s.send_captcha_id = id->get<std::string>();
                s.send_captcha_answer = answer->get<std::string>();
            }
        }
    }
    if (server_updated_at) s.base_updated_at = server_updated_at;
    s.saved_json = text;
    return true;
}

// Keeps localStorage in step with the form (a signed-in reporter's only).
void persist(SubmitState& s) {
    if (s.owner == 0 || s.sent || s.not_editable || s.fill_pending) return;
    const std::string key = storage_key(s.owner, s.report_id);
    if (blank(s)) {
        if (!s.saved_json.empty()) platform::storage_remove(key);
        s.saved_json.clear();
        return;
    }
    std::string now = snapshot(s);
    if (now == s.saved_json) return;
    platform::storage_set(key, now);
    s.saved_json = std::move(now);
}

// [SECTION] setting up ----------------------------------------------------------------

// The form belongs to whoever is signed in: another account's form is put
// away (it stays in that account's storage); a form typed before signing in
// is adopted by the account that signs in.
void sync_owner(const App& app, SubmitState& s) {
    if (!app.session.checked) return;
    const std::int64_t me = app.session.reporter() ? app.session.account.id : 0;
    if (me == s.owner) return;
    if (s.owner != 0) reset_form(s);
    s.owner = me;
    s.saved_json.clear();
    s.prepared_for.reset();  // set up again for this account
}

// Sets the form up for /gui-phan-anh (a new report) or ?id=N (an edit).
void prepare(SubmitState& s, const std::string& id_text) {
    s.prepared_for = id_text;
    std::int64_t id = 0;
    std::from_chars(id_text.data(), id_text.data() + id_text.size(), id);
    if (id <= 0) {
        if (s.report_id != 0) reset_form(s);
        if (s.owner != 0 && blank(s)) {
            const std::string saved = platform::storage_get(storage_key(s.owner, 0));
            if (!saved.empty()) restore(s, saved, std::nullopt);
        }
        return;
    }
    if (id == s.report_id && !blank(s)) return;  // already editing it
    reset_form(s);
    s.report_id = id;
    s.fill_pending = true;
    net::load(s.editing, "/api/v1/reports/" + std::to_string(id));
}

// Once the report to edit has arrived: the local copy when it is of the
// same server version, else the server's.
void finish_prepare(SubmitState& s) {
    if (!s.fill_pending || !s.editing.ok()) return;
    s.fill_pending = false;
    const ReportDetail& d = s.editing.data;
    const bool editable =
        std::find(d.allowed_actions.begin(), d.allowed_actions.end(), Action::edit) != d.allowed_actions.end();
    if (!editable) {
        s.not_editable = true;
        return;
    }
    s.report_status = d.status;
    const std::string saved = s.owner ? platform::storage_get(storage_key(s.owner, s.report_id)) : std::string();
    if (saved.empty() || !restore(s, saved, d.updated_at)) fill_from(s, d);
}

// [SECTION] sending -------------------------------------------------------------------

void after_failure(App& app, SubmitState& s, const net::Reply& reply) {
    // A sign-in sending faster than a person needs the captcha again: the
    // server's refusal says so at the captcha field, which shows from now on.
    if (ui::find_error(reply.error.fields, "captcha_answer")) app.session.report_captcha = true;
    ui::take_failure(s.status, reply, kDrawn);
    // The answer was used (or refused): every new try needs a new question.
    ui::refresh_captcha(s.captcha, s.captcha_answer);
}

// LƯU: the draft on the server (a new one, or the edited report).
void save_draft(App& app, SubmitState& s) {
    const FieldErrors local = local_errors(s, false);
    if (!ui::ready_to_send(s.status, local, kDrawn)) return;
    ui::begin_send(s.status);
    SubmitState* st = &s;
    nlohmann::json body = net::body_of(form_of(s, false, nullptr));
    if (s.report_id == 0) {
        net::post("/api/v1/reports", body, [st, &app](const net::Reply& reply) {
            ReportCreated created;
            if (!reply.ok() || !net::decode_reply(reply, created)) return after_failure(app, *st, reply);
            st->status.sending = false;
            st->status.attempted = false;
            // The unsent copy now belongs to the draft.
            platform::storage_remove(storage_key(st->owner, 0));
            st->saved_json.clear();
            st->report_id = created.id;
            st->report_status = created.status;
            st->prepared_for = std::to_string(created.id);
            st->status.notice = txt::kSaved;
            app.navigate(path_to(Screen::submit, {{"id", std::to_string(created.id)}}), true);
        });
    } else {
        net::send("PATCH", "/api/v1/reports/" + std::to_string(s.report_id), body, [st, &app](const net::Reply& reply) {
            ReportDetail d;
            if (!reply.ok() || !net::decode_reply(reply, d)) return after_failure(app, *st, reply);
            st->status.sending = false;
            st->status.attempted = false;
            st->base_updated_at = d.updated_at;
            st->report_status = d.status;
            st->saved_json.clear();  // rewritten with the new server version
            st->status.notice = txt::kSaved;
        });
    }
}

void sent_ok(App& app, SubmitState& s, ReportCreated created, bool resent) {
    platform::storage_remove(storage_key(s.owner, s.report_id));
    ui::drop_stashes(s.files);
    reset_form(s);
    s.sent = std::move(created);
    s.resent = resent;
    s.copied = false;
    // The next send may need no captcha: the server says (GET /auth/session);
    // a challenge is asked for only when the form shows one again.
    s.captcha = ui::CaptchaState{};
    s.captcha_answer.clear();
    app.restore_session();
}

// [SECTION] a new report on a weak network --------------------------------------------

std::string new_send_key() {
    static std::random_device device;
    std::array<std::uint8_t, 16> bytes{};
    for (auto& b : bytes) b = static_cast<std::uint8_t>(device());
    return net::uuid_v4(bytes);
}

void drive(App& app, SubmitState& s, net::SendEvent event);

// POST /reports with the pending report's key: a lost answer is retried
// with the same key, and the server answers the report the first try made.
void post_pending(App& app, SubmitState& s) {
    ui::begin_send(s.status);
    ReportForm form = form_of(s, true, nullptr);
    form.idempotency_key = s.pending.key;
    form.captcha_id = s.send_captcha_id;
    form.captcha_answer = s.send_captcha_answer;
    SubmitState* st = &s;
    const std::string key = s.pending.key;
    net::post("/api/v1/reports", net::body_of(form), [st, key, &app](const net::Reply& reply) {
        // The form was sent or discarded meanwhile: this answer is not its.
        if (st->pending.key != key || st->pending.phase != net::SendPhase::sending) return;
        ReportCreated created;
        if (reply.ok() && net::decode_reply(reply, created)) {
            drive(app, *st, net::SendEvent::created);
            const bool here = app.route.screen == Screen::submit;
            sent_ok(app, *st, created, false);
            // Sent by itself while the citizen was elsewhere: say so, with the code.
            if (!here) app.toast(std::string(txt::kPendingSent) + created.code, path_to(Screen::report, created.id));
            return;
        }
        st->status.sending = false;
        if (reply.status == 0) return drive(app, *st, net::SendEvent::lost);
        drive(app, *st, net::SendEvent::refused);
        st->send_captcha_id.clear();  // used or refused: the next GỬI answers a new one
        st->send_captcha_answer.clear();
        after_failure(app, *st, reply);
    });
}

// Feeds the rules an event with what the form sees now, and does what they say.
void drive(App& app, SubmitState& s, net::SendEvent event) {
    const ui::UploadCounts c = ui::upload_counts(s.files);
    net::SendFacts f;
    f.online = platform::online();
    f.now_ms = platform::now_ms();
    f.files_total = c.total;
    f.files_done = c.done;
    f.files_waiting = c.waiting;
    f.files_ready = c.ready;
    f.files_moving = c.moving;
    f.files_refused = c.refused;
    f.file_bytes_sent = c.bytes_sent;
    const net::SendStep step = net::step(s.pending, event, f);
    s.pending = step.next;
    switch (step.command) {
        case net::SendCommand::resume_uploads: ui::resume_uploads(s.files); break;
        case net::SendCommand::post_create: post_pending(app, s); break;
        case net::SendCommand::show_error:
            if (c.refused) {
                s.status.banner = api_error(422, "validation_failed");
                s.status.banner->message = txt::kFixUploads;
            }
            break;
        case net::SendCommand::show_sent:
        case net::SendCommand::none: break;
    }
    // Idle pages draw no frames: wake for the next try.
    if (s.pending.phase == net::SendPhase::waiting_network && s.pending.retry_at_ms > 0)
        app.wake_at_ms = s.pending.retry_at_ms;
}

// GỬI: submit (or resubmit) with the captcha.
void send_report(App& app, SubmitState& s) {
    const FieldErrors local = local_errors(s, true);
    if (!ui::ready_to_send(s.status, local, kDrawn)) return;
    if (s.report_id == 0) {
        // A new report: from here on it is the device's to deliver.
        if (s.pending.key.empty()) s.pending.key = new_send_key();
        s.send_captcha_id = s.captcha_needed ? ui::captcha_id(s.captcha) : std::string();
        s.send_captcha_answer = s.captcha_needed ? s.captcha_answer : std::string();
        s.status.banner.reset();
        drive(app, s, net::SendEvent::send);
        return;
    }
    ui::begin_send(s.status);
    SubmitState* st = &s;
    nlohmann::json body = net::body_of(form_of(s, true, nullptr));
    {
        const bool supplement = s.report_status == Status::needs_info;
        net::send("PATCH", "/api/v1/reports/" + std::to_string(s.report_id), body,
                  [st, supplement, &app](const net::Reply& reply) {
                      ReportDetail d;
                      if (!reply.ok() || !net::decode_reply(reply, d)) return after_failure(app, *st, reply);
                      sent_ok(app, *st, ReportCreated{d.id, d.code, d.status}, supplement);
                      // The report is no longer editable: the address is the plain form's again.
                      st->prepared_for = std::string();
                      app.navigate(path_to(Screen::submit), true);
                  });
    }
}

// [SECTION] position --------------------------------------------------------------------

std::string coordinate_text(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6f", v);
    return buf;
}

// The commune whose boundary holds `at` at its true position ("" when none,
// or no boundaries are loaded).
std::string commune_at(const ui::MapModel& model, LonLat at) {
    for (const auto& r : model.regions)
        if (!r.inset && r.bbox.contains(at) && contains(r.shape, at)) return r.code;
    return {};
}

void locate_me(SubmitState& s) {
    s.locating = true;
    s.locate_error.clear();
    SubmitState* st = &s;
    platform::locate([st](platform::Position p) {
        st->locating = false;
        if (!p.ok) {
            st->locate_error = p.error;
            return;
        }
        st->lat = coordinate_text(p.lat);
        st->lon = coordinate_text(p.lon);
        st->accuracy_m = p.accuracy_m;
        std::erase_if(st->status.server, [](const FieldError& e) { return e.field == "lat" || e.field == "lon"; });
        // The map (when open, or once opened) shows the place at street level,
        // and the commune follows from the boundaries.
        const LonLat at{p.lon, p.lat};
        st->map_view.focus = at;
        st->map_open = true;
        st->commune_from_point = true;  // once the boundaries are there (draw_map_pick)
    });
}

// The province map to pick the point on (loaded when first opened).
void draw_map_pick(SubmitState& s) {
    if (s.map_data.phase == net::Phase::idle) net::load(s.map_data, "/api/v1/public/map");
    if (s.map_data.loading()) {
        ui::spinner(tr::kLoading);
        return;
    }
    if (s.map_data.failed()) {
        if (ui::error_banner(s.map_data.error, true)) net::load(s.map_data, "/api/v1/public/map");
        return;
    }
    // Without boundaries and without a base map there is nothing to click
    // on: say so rather than draw an empty grid that ignores clicks; the
    // address, the commune list and the device's position still work.
    const MapData& data = s.map_data.data;
    if (data.shapes.empty() && data.tiles.empty()) {
        ui::warning_banner(txt::kNoMapData);
        return;
    }
    if (!s.map_built) {
        s.map_model = ui::build_map_model(data.shapes, {}, {});
        s.map_model.figures = false;
        s.map_model.tiles = data.tiles;
        s.map_built = true;
    }
    bool bad = false;
    const auto lat = parse_coordinate(s.lat, bad);
    const auto lon = parse_coordinate(s.lon, bad);
    if (s.commune_from_point && lat && lon) {
        if (const std::string code = commune_at(s.map_model, LonLat{*lon, *lat}); !code.empty())
            s.commune_code = code;
    }
    s.commune_from_point = false;
    s.map_model.points.clear();
    if (lat && lon) {
        s.map_model.points.push_back(ui::MapMarker{LonLat{*lon, *lat}, ui::color::kAccent, 0, tr::kMapPin, ""});
        // A pin set before the map opened (typed, or the device's): start there.
        if (!s.map_view.fitted && s.map_model.has_tiles()) s.map_view.focus = LonLat{*lon, *lat};
    }
    if (!s.map_model.has_shapes()) ui::muted(txt::kNoBoundaries);
    ui::muted(s.map_model.has_tiles() ? txt::kStreetMapHint : txt::kMapHint);
    const ui::MapAction action = ui::map_widget("##pick", s.map_model, s.map_view, s.commune_code, 320, data.credit);
    if (!action.region_clicked && !action.clicked_at) return;
    // The commune comes from the map itself (also a click in the Trường Sa
    // inset); the point only when clicked on the main map, inside a commune
    // (or, without boundaries, inside the province).
    if (!action.code.empty()) s.commune_code = action.code;
    if (action.clicked_at) {
        const LonLat at = *action.clicked_at;
        const std::string code = commune_at(s.map_model, at);
        if (!code.empty()) s.commune_code = code;
        const bool point_ok = s.map_model.has_shapes() ? !code.empty() : is_in_province(at.lat, at.lon);
        if (point_ok) {
            s.lat = coordinate_text(at.lat);
            s.lon = coordinate_text(at.lon);
            s.accuracy_m = 0;
        }
    }
    std::erase_if(s.status.server, [](const FieldError& e) {
        return e.field == "lat" || e.field == "lon" || e.field == "commune_code";
    });
}

// [SECTION] sections of the form ---------------------------------------------------------

void section_label(const char* text, bool required) {
    ImGui::PushFont(ui::fonts().bold);
    ui::text(text);
    ImGui::PopFont();
    if (required) {
        ImGui::SameLine(0, ui::px(4));
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(ui::color::kDanger), "(*)");
    }
}

void mark_touched(ui::FormStatus& status, const char* field) {
    if (std::find(status.touched.begin(), status.touched.end(), field) == status.touched.end())
        status.touched.emplace_back(field);
    std::erase_if(status.server, [&](const FieldError& e) { return e.field == field; });
}

void draw_place(SubmitState& s, const FieldErrors& local) {
    ui::form_field(s.status, local, "address", txt::kAddressLabel, s.address,
                   {.hint = txt::kAddressHint, .required = true, .max_chars = kMaxAddressChars});
    if (ui::select(tr::kCommuneOrZone, s.commune_code, ui::commune_choices(), txt::kCommunePlaceholder, false,
                   ui::shown_error(s.status, local, "commune_code"), true))
        mark_touched(s.status, "commune_code");

    // The point: typed, from the device, or picked on the map.
    ImGui::Spacing();
    section_label(txt::kPointLabel, false);
    ui::two_columns(
        "##point",
        [&] {
            ui::form_field(s.status, local, "lat", txt::kLatLabel, s.lat, {.hint = txt::kLatHint, .numeric = true});
        },
        [&] {
            ui::form_field(s.status, local, "lon", txt::kLonLabel, s.lon, {.hint = txt::kLonHint, .numeric = true});
        });
    ImGui::BeginDisabled(s.locating);
    if (ui::secondary_button(s.locating ? txt::kLocating : txt::kMyLocation)) locate_me(s);
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ui::secondary_button(s.map_open ? txt::kHideMap : txt::kPickOnMap)) s.map_open = !s.map_open;
    bool bad = false;
    const auto lat = parse_coordinate(s.lat, bad);
    const auto lon = parse_coordinate(s.lon, bad);
    if (lat || lon) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        if (ui::link(txt::kClearPoint)) {
            s.lat.clear();
            s.lon.clear();
            s.accuracy_m = 0;
        }
    }
    if (s.locating) ui::spinner(txt::kLocating);
    if (!s.locate_error.empty()) {
        const FieldError e{"", "", s.locate_error};
        ui::error_text(&e);
    }
    if (lat && lon && !bad && is_in_province(*lat, *lon)) {
        std::string where = std::string(txt::kPointSet) + ui::coordinates_text(*lat, *lon);
        if (s.accuracy_m > 0)
            where += std::string(txt::kAccuracy) + std::to_string(std::lround(s.accuracy_m)) + txt::kAccuracyEnd;
        ui::muted(where);
    }
    if (s.map_open) draw_map_pick(s);
}

void draw_category(App& app, SubmitState& s, const FieldErrors& local) {
    app.reference.need_categories(app.screen_entered());
    if (ui::select(tr::kCategory, s.category_code, ui::category_choices(app.reference.categories.data),
                   txt::kCategoryPlaceholder, false, ui::shown_error(s.status, local, "category_code"), true))
        mark_touched(s.status, "category_code");
}

void draw_files(App& app, SubmitState& s) {
    ImGui::Spacing();
    section_label(txt::kAttachmentsLabel, false);
    ui::muted(txt::kAttachmentRules);
    auto& images = report_states(app).images;
    ui::upload_list("##files", s.files, images);
    const bool full = ui::files_in_use(s.files) >= kMaxAttachmentsPerReport;
    ImGui::BeginDisabled(full || s.owner == 0);
    // The chooser must open inside the click: pick_files runs in this frame's handler.
    if (ui::secondary_button(("⬆ " + std::string(txt::kUpload) + "##upload").c_str())) ui::pick_and_upload(s.files);
    ImGui::EndDisabled();
    ui::error_text(ui::shown_error(s.status, {}, "attachment_ids"));
    ui::error_text(ui::shown_error(s.status, {}, "file"));
}

// The captcha row: "MÃ SỐ XÁC THỰC (*)", the challenge (picture or question)
// and the answer box under it.
void draw_captcha(SubmitState& s, const FieldErrors& local) {
    if (s.captcha.challenge.phase == net::Phase::idle) ui::refresh_captcha(s.captcha, s.captcha_answer);
    ImGui::Spacing();
    section_label(txt::kCaptchaLabel, true);
    const FieldError* error = ui::shown_error(s.status, local, "captcha_answer");
    if (!error) error = ui::find_error(s.status.server, "captcha_id");
    auto& c = s.captcha.challenge;
    if (c.loading()) {
        ui::spinner(txt::kCaptchaLoading);
    } else if (c.failed()) {
        if (ui::error_banner(c.error, true)) ui::refresh_captcha(s.captcha, s.captcha_answer);
    } else if (c.ok()) {
        const std::string id = c.data.id;
        const std::string label = ui::captcha_challenge(s.captcha, s.captcha_answer, nullptr);
        if (error) {
            ImGui::PushStyleColor(ImGuiCol_Border, ui::color::kDanger);
            ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, ui::px(1.5f));
        }
        ImGui::PushID(id.c_str());  // a new challenge is a new box
        ImGui::SetNextItemWidth(ui::px(200));
        if (ui::text_field_inline("##captcha", s.captcha_answer, tr::kCaptchaHint))
            std::erase_if(s.status.server, [](const FieldError& e) { return e.field == "captcha_answer"; });
        // Tests (and a screen reader) find the box by the challenge it answers.
        ui::test_registry_note_field(ImGui::GetItemID(), label, s.captcha_answer);
        if (error) {
            ui::test_registry_note_error(ImGui::GetItemID(), error->message);
            ui::error_into_sight(ImGui::GetItemID(), true);
        }
        if (ImGui::IsItemDeactivated()) mark_touched(s.status, "captcha_answer");
        ImGui::PopID();
        if (error) {
            ImGui::PopStyleVar();
            ImGui::PopStyleColor();
        }
    }
    ui::error_text(error);
}

// The consent box with its long label wrapped (phones), the text clickable
// too; registered for tests under the text.
void consent_checkbox(bool& value) {
    ImGui::Checkbox("##consent", &value);
    const ImGuiID id = ImGui::GetItemID();
    ImGui::SameLine();
    ui::paragraph(txt::kConsent);
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    if (ImGui::IsItemClicked()) value = !value;
    ui::test_registry_note_field(id, txt::kConsent, value ? "true" : "false");
}

// A new report the device is delivering: where it stands, and a way to take
// it back to change it (the key stays, so it still arrives once).
void draw_pending(SubmitState& s) {
    if (!net::pending(s.pending)) return;
    const auto& p = s.pending;
    if (p.phase == net::SendPhase::waiting_network) {
        ui::warning_banner(txt::kWaitingNetwork);
        ui::muted(txt::kWaitingNetworkBody);
    } else if (p.phase == net::SendPhase::uploading) {
        const ui::UploadCounts c = ui::upload_counts(s.files);
        ui::spinner(std::string(txt::kSendingFiles) + std::to_string(std::min(c.done + 1, c.total)) + "/" +
                    std::to_string(c.total));
    } else {
        ui::spinner(txt::kSendingReport);
    }
    if (p.phase == net::SendPhase::waiting_network && ui::link(txt::kCancelPending))
        s.pending = net::step(s.pending, net::SendEvent::cancel, {}).next;
    ImGui::Spacing();
}

void draw_buttons(App& app, SubmitState& s) {
    ImGui::Spacing();
    const bool busy = ui::uploads_busy(s.files);
    if (busy) ui::muted(txt::kWaitUploads);
    const bool enabled = !busy && !s.status.sending && !net::pending(s.pending);
    const int clicked = ui::button_row({{txt::kSave, false, enabled}, {txt::kSend, true, enabled}});
    if (s.status.sending) ui::spinner(tr::kSending);
    if (clicked >= 0 && ui::uploads_failed(s.files)) {
        s.status.banner = api_error(422, "validation_failed");
        s.status.banner->message = txt::kFixUploads;
        return;
    }
    if (clicked == 0) save_draft(app, s);
    if (clicked == 1) send_report(app, s);
}

// [SECTION] after sending -------------------------------------------------------------------

void draw_sent(App& app, SubmitState& s) {
    const ReportCreated& r = *s.sent;
    ui::heading(s.resent ? txt::kResentTitle : txt::kSentTitle);
    ui::card("##sent", [&] {
        ui::paragraph(s.resent ? txt::kResentBody : txt::kSentBody);
        ImGui::Spacing();
        ImGui::PushFont(ui::fonts().title);
        ImGui::PushStyleColor(ImGuiCol_Text, ui::color::kPrimaryDark);
        ImGui::TextUnformatted(r.code.c_str());
        ui::test_registry_note_text(r.code);  // read, selected and copied as text
        ImGui::PopStyleColor();
        ImGui::PopFont();
        const char* copy = s.copied ? txt::kCopied : tr::kCopyCode;
        ui::same_line_if_fits(copy, true);
        if (ui::primary_button(copy)) {
            platform::clipboard_write(r.code);
            s.copied = true;
        }
        ImGui::Spacing();
        ui::status_chip(r.status);
        ImGui::Spacing();
        // One line on a desktop, as many as needed on a phone.
        if (ui::secondary_button(tr::kViewReport)) app.navigate(path_to(Screen::report, r.id));
        ui::same_line_if_fits(tr::kTitleMyReports);
        if (ui::secondary_button(tr::kTitleMyReports)) app.navigate(path_to(Screen::my_reports));
        ui::same_line_if_fits(txt::kNewReport);
        if (ui::secondary_button(txt::kNewReport)) {
            s.sent.reset();
            app.navigate(path_to(Screen::submit));
        }
    });
}

}  // namespace

// [SECTION] the screen -------------------------------------------------------------------------

void draw_submit(App& app) {
    auto& s = report_states(app).submit;
    if (app.screen_entered()) {
        // A new visit starts from the form, not from the last success.
        s.sent.reset();
        s.status.notice.clear();
        s.status.banner.reset();
    }
    sync_owner(app, s);
    const std::string id_text = app.query("id");
    // An edit link (a draft, an answer to "bổ sung") opened signed out: the
    // report is its owner's, so ask to sign in and come back here rather
    // than load it and say it was not found.
    if (!id_text.empty() && app.session.checked && !app.session.signed_in) {
        app.require_sign_in();
        return;
    }
    if (app.session.checked && s.prepared_for != id_text) prepare(s, id_text);
    finish_prepare(s);
    if (const std::string said = app.query("noi-dung");
        !said.empty() && said != s.filled_from_assistant && s.report_id == 0 && s.content.empty()) {
        s.content = truncate_chars(said, kMaxContentChars);
        s.filled_from_assistant = said;
    }

    ui::page("##submit", [&] {
        if (s.sent) {
            draw_sent(app, s);
            return;
        }
        const bool editing = s.report_id != 0;
        ui::heading(!editing                                ? txt::kSubmitHeading
                    : s.report_status == Status::needs_info ? txt::kSupplementHeading
                                                            : txt::kEditHeading);
        if (app.session.officer()) {
            ui::card("##officer", [&] {
                ui::paragraph(txt::kOfficerSubmit);
                if (ui::primary_button(txt::kOfficerIntakeLink)) app.navigate(path_to(Screen::officer_intake));
            });
            return;
        }
        if (editing && s.editing.loading()) {
            ui::spinner(tr::kLoading);
            return;
        }
        if (editing && s.editing.failed()) {
            if (ui::error_banner(s.editing.error, true)) prepare(s, id_text);
            return;
        }
        if (s.not_editable) {
            ui::card("##locked", [&] {
                ui::paragraph(txt::kNotEditable);
                if (ui::primary_button(tr::kViewReport)) app.navigate(path_to(Screen::report, s.report_id));
            });
            return;
        }
        const bool signed_in = app.session.reporter();
        s.captcha_needed = app.session.report_captcha;
        if (s.report_status == Status::needs_info) ui::muted(txt::kNeedsInfo);
        ui::draw_messages(s.status);
        if (!editing) draw_pending(s);
        const FieldErrors local = local_errors(s, true);
        // While the device delivers it the form is what will arrive: read-only.
        const bool locked = net::pending(s.pending);
        ui::card("##submit-form", [&] {
            ImGui::BeginDisabled(locked);
            // Inside the form's own card: the form stays where it is whether
            // or not the notice shows.
            if (!signed_in && app.session.checked) {
                ImGui::PushStyleColor(ImGuiCol_Text, ui::color::kWarning);
                ui::paragraph(txt::kSignInToSend);
                ImGui::PopStyleColor();
                if (ui::primary_button(txt::kSignInButton)) app.require_sign_in();
                ImGui::SameLine();
                ImGui::AlignTextToFramePadding();
                if (ui::link(txt::kRegisterLink)) app.navigate(path_to(Screen::register_account));
                ImGui::Separator();
                ImGui::Spacing();
            }
            ui::form_field(s.status, local, "title", txt::kTitleLabel, s.title,
                           {.hint = txt::kTitleHint, .required = true, .max_chars = kMaxTitleChars});
            // Someone may have reported it already: follow instead of sending
            // again. Right under the title, where the citizen is typing (below
            // the category it stayed under the fold of a 900 px screen).
            if (!editing) draw_nearby_panel(app, s.nearby, nearby_query_of(s));
            ui::form_field(s.status, local, "content", txt::kContentLabel, s.content,
                           {.hint = txt::kContentHint,
                            .required = true,
                            .multiline = true,
                            .multiline_height = 160,
                            .max_chars = kMaxContentChars});
            draw_place(s, local);
            draw_category(app, s, local);
            if (signed_in) draw_files(app, s);
            ImGui::Spacing();
            consent_checkbox(s.is_public);
            if (signed_in) {
                if (s.captcha_needed) draw_captcha(s, local);
                draw_buttons(app, s);
                ImGui::PushFont(ui::fonts().small);
                ui::muted(txt::kLocalDraftNote);
                ImGui::PopFont();
                if (!editing && !blank(s) && !net::pending(s.pending) && ui::link(txt::kDiscard)) {
                    ui::drop_stashes(s.files);
                    reset_form(s);
                }
            } else {
                ImGui::Spacing();
                const std::string again = std::string(txt::kSignInButton) + "##below";
                if (ui::primary_button(again.c_str())) app.require_sign_in();
            }
            ImGui::EndDisabled();
        });
    });
    persist(s);
}


void keep_pending_report(App& app) {
    auto& s = report_states(app).submit;
    if (!app.session.checked) return;
    sync_owner(app, s);
    if (s.owner == 0) return;
    // A fresh load on any screen: the new report's copy is read back from
    // the device, with its pending send if it had one.
    if (!s.prepared_for) prepare(s, "");
    if (s.report_id != 0 || s.sent) return;
    const bool online = platform::online();
    const bool came_back = online && !s.was_online;
    s.was_online = online;
    // Files lost with the network go again when it returns, sent or not.
    if (came_back && !net::pending(s.pending)) ui::resume_uploads(s.files);
    if (s.pending_restored) {
        s.pending_restored = false;
        drive(app, s, net::SendEvent::reloaded);
        return;
    }
    if (!net::pending(s.pending)) return;
    if (came_back) drive(app, s, net::SendEvent::went_online);
    else if (!online && s.pending.phase == net::SendPhase::uploading) drive(app, s, net::SendEvent::went_offline);
    else drive(app, s, net::SendEvent::frame);
}

bool report_waiting_to_send(App& app) {
    const auto& s = report_states(app).submit;
    return s.report_id == 0 && net::pending(s.pending);
}

}  // namespace pakn::client::views
