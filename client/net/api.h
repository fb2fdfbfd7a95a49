// Talking to the PAKN API: JSON requests whose outcome is stored as state the
// views draw (idle / loading / ok / error), never as exceptions.
#pragma once

#include <nlohmann/json.hpp>

#include <functional>
#include <string>
#include <vector>

#include "pakn/dto.h"
#include "pakn/errors.h"

namespace pakn::client::net {

enum class Phase { idle, loading, ok, error };

// A remote value: the view draws a spinner while loading, the error with a
// retry button, or the data.
template <typename T>
struct Remote {
    Phase phase = Phase::idle;
    T data{};
    ApiError error{};
    int generation = 0;  // responses for superseded requests are ignored
    // Loading again (refresh()) while the last answer stays on screen.
    bool refreshing = false;

    bool loading() const { return phase == Phase::loading; }
    bool ok() const { return phase == Phase::ok; }
    bool failed() const { return phase == Phase::error; }
    // There is an answer to draw: the last one, also while it is refreshed.
    bool shown() const { return ok() || (loading() && refreshing); }
    // Marks the value out of date: the view that owns it loads it again when
    // it sees `idle`, and answers still on their way are dropped. The old
    // value stays readable meanwhile.
    void invalidate() {
        phase = Phase::idle;
        refreshing = false;
        ++generation;
    }
};

struct Reply {
    int status = 0;           // 0: no response (offline, timeout)
    nlohmann::json body;      // discarded() when the body was not JSON
    ApiError error;           // filled when status is 0 or >= 400
    bool ok() const { return status >= 200 && status < 300; }
};

using ReplyHandler = std::function<void(const Reply&)>;

// Called for every 401 answer (the session ended on the server).
void on_unauthorized(std::function<void()> handler);

// Sends a request to the API; `body` may be null for none.
void send(const std::string& method, const std::string& url, const nlohmann::json& body, ReplyHandler on_reply,
          bool wake_on_reply = true);
inline void get(const std::string& url, ReplyHandler on_reply) { send("GET", url, nullptr, std::move(on_reply)); }
// A poll whose reply does not wake the app: `on_reply` calls
// platform::request_redraw() when the answer changes what is shown.
inline void get_in_background(const std::string& url, ReplyHandler on_reply) {
    send("GET", url, nullptr, std::move(on_reply), false);
}
inline void post(const std::string& url, const nlohmann::json& body, ReplyHandler on_reply) {
    send("POST", url, body, std::move(on_reply));
}

// Saves the file a GET of `url` answers (exports); `on_reply` gets the
// outcome as for send() (a refusal carries the API's error, body discarded
// on success).
void download(const std::string& url, const std::string& fallback_name, ReplyHandler on_reply);

// True when a change was refused because someone else changed the same
// report first (409 stale_report, the one answer to a lost version race):
// the screen then shows the report as it is now.
inline bool lost_race(const ApiError& e) {
    return e.status == 409 && e.code == "stale_report";
}

// Builds the error of a reply: the server's {"error": {...}} body when there
// is one, else a network or generic error with a Vietnamese message.
ApiError error_from_reply(int status, const nlohmann::json& body);

// Decodes a reply's JSON into a DTO with the shared strict decoder; false
// when the shape is wrong.
template <typename T>
bool decode_reply(const Reply& reply, T& out) {
    if (reply.body.is_discarded()) return false;
    FieldErrors errors;
    from_json(reply.body, out, errors, std::string());
    return errors.empty();
}

// The same for a JSON array of DTOs (reference lists): `out` is replaced
// only when every item decodes.
template <typename T>
bool decode_reply(const Reply& reply, std::vector<T>& out) {
    if (!reply.body.is_array()) return false;
    FieldErrors errors;
    std::vector<T> items(reply.body.size());
    for (std::size_t i = 0; i < items.size(); ++i)
        from_json(reply.body[i], items[i], errors, "[" + std::to_string(i) + "]");
    if (!errors.empty()) return false;
    out = std::move(items);
    return true;
}

// The JSON body of a request DTO.
template <typename T>
nlohmann::json body_of(const T& dto) {
    nlohmann::json j;
    to_json(j, dto);
    return j;
}

// Starts loading `remote` from `url` with the shared DTO decoder (a JSON
// object, or a JSON array for a std::vector).
template <typename T>
void load(Remote<T>& remote, const std::string& url) {
    const int generation = ++remote.generation;
    remote.phase = Phase::loading;
    remote.refreshing = false;
    get(url, [&remote, generation](const Reply& reply) {
        if (generation != remote.generation) return;
        remote.refreshing = false;
        if (reply.ok() && decode_reply(reply, remote.data)) {
            remote.phase = Phase::ok;
        } else {
            remote.error = reply.ok() ? api_error(502, "malformed_request") : reply.error;
            remote.phase = Phase::error;
        }
    });
}

// Loads `remote` again from `url` while its last answer stays on screen
// (shown() stays true): a live update must not swap a list for a spinner,
// which would also drop the row that has the keyboard and the screen
// reader's place in it.
template <typename T>
void refresh(Remote<T>& remote, const std::string& url) {
    const bool keep = remote.shown();
    load(remote, url);
    remote.refreshing = keep;
}

}  // namespace pakn::client::net
