#include "pakn/api_extra.h"

namespace pakn {

// ---- ActionRequestBody: the ActionForm's fields plus three more; the extras
// are read here and the rest goes through ActionForm's own decoder, so the
// form's field list stays in one place.
void to_json(nlohmann::json& j, const ActionRequestBody& v) {
    to_json(j, v.form);
    if (v.priority) j["priority"] = *v.priority;
    if (!v.attachment_ids.empty()) j["attachment_ids"] = v.attachment_ids;
    if (v.version) j["version"] = *v.version;
}

void from_json(const nlohmann::json& j, ActionRequestBody& v, FieldErrors& errors, const std::string& path) {
    if (!j.is_object()) {
        ObjectReader not_object(j, path, errors);  // reports the shape error
        return;
    }
    nlohmann::json rest = j;
    nlohmann::json extras = nlohmann::json::object();
    for (const char* key : {"priority", "attachment_ids", "version"}) {
        auto it = rest.find(key);
        if (it == rest.end()) continue;
        extras[key] = *it;
        rest.erase(it);
    }
    from_json(rest, v.form, errors, path);
    ObjectReader r(extras, path, errors);
    r.opt("priority", v.priority);
    r.opt("attachment_ids", v.attachment_ids);
    r.opt("version", v.version);
    r.finish();
}

// ---- MeSummary
void to_json(nlohmann::json& j, const MeSummary& v) {
    j = {{"reports", v.reports}, {"notifications", v.notifications}, {"unread_notifications", v.unread_notifications}};
}
void from_json(const nlohmann::json& j, MeSummary& v, FieldErrors& errors, const std::string& path) {
    ObjectReader r(j, path, errors);
    if (!r.is_object()) return;
    r.req("reports", v.reports);
    r.req("notifications", v.notifications);
    r.req("unread_notifications", v.unread_notifications);
    r.finish();
}

// ---- uploads
void to_json(nlohmann::json& j, const UploadStartRequest& v) { j = {{"name", v.name}, {"size", v.size}}; }
void from_json(const nlohmann::json& j, UploadStartRequest& v, FieldErrors& errors, const std::string& path) {
    ObjectReader r(j, path, errors);
    if (!r.is_object()) return;
    r.req("name", v.name);
    r.req("size", v.size);
    r.finish();
}
void to_json(nlohmann::json& j, const UploadStartResponse& v) {
    j = {{"upload_id", v.upload_id}, {"chunk_size", v.chunk_size}};
}
void from_json(const nlohmann::json& j, UploadStartResponse& v, FieldErrors& errors, const std::string& path) {
    ObjectReader r(j, path, errors);
    if (!r.is_object()) return;
    r.req("upload_id", v.upload_id);
    r.req("chunk_size", v.chunk_size);
    r.finish();
}
void to_json(nlohmann::json& j, const UploadProgress& v) { j = {{"received", v.received}}; }
void from_json(const nlohmann::json& j, UploadProgress& v, FieldErrors& errors, const std::string& path) {
    ObjectReader r(j, path, errors);
    if (!r.is_object()) return;
    r.req("received", v.received);
    r.finish();
}

// ---- LiveEvent
void to_json(nlohmann::json& j, const LiveEvent& v) {
    j = nlohmann::json::object();
    j["kind"] = v.kind;
    j["at"] = format_iso8601(v.at);
    if (v.report_id) j["report_id"] = v.report_id;
    if (!v.code.empty()) j["code"] = v.code;
    if (!v.title.empty()) j["title"] = v.title;
    if (!v.action.empty()) j["action"] = v.action;
    if (v.status) j["status"] = std::string(to_string(*v.status));
    if (v.unit_id) j["unit_id"] = *v.unit_id;
    if (v.notification_id) j["notification_id"] = v.notification_id;
    j["unread"] = v.unread;
}
void from_json(const nlohmann::json& j, LiveEvent& v, FieldErrors& errors, const std::string& path) {
    ObjectReader r(j, path, errors);
    if (!r.is_object()) return;
    r.req("kind", v.kind);
    r.req_time("at", v.at);
    r.opt("report_id", v.report_id);
    r.opt("code", v.code);
    r.opt("title", v.title);
    r.opt("action", v.action);
    r.opt_enum("status", v.status, parse_status, "invalid_status");
    r.opt("unit_id", v.unit_id);
    r.opt("notification_id", v.notification_id);
    r.opt("unread", v.unread);
    r.finish();
}

}  // namespace pakn
