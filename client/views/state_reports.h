// Transient UI state of the citizens' report screens (text buffers, filters,
// which dialog is open, requests in flight). Domain data lives in the
// requests' results; textures of attachment images in the shared cache.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "net/api.h"
#include "net/pending_send.h"
#include "pakn/dto.h"
#include "pakn/dto_map.h"
#include "ui/form_kit.h"
#include "ui/map_widget.h"
#include "ui/report_widgets.h"
#include "ui/widgets.h"
#include "views/follow_common.h"

namespace pakn::client {
struct App;
}

namespace pakn::client::views {

// Gửi phản ánh, and editing a draft or a report awaiting information
// (/gui-phan-anh?id=N). The form's text as typed (the wire's field names;
// the point as text), its files, and where it stands.
struct SubmitState {
    std::string title;
    std::string content;
    std::string address;
    std::string commune_code;
    std::string category_code;
    std::string lat, lon;
    bool is_public = false;
    std::string captcha_answer;
    ui::UploadList files;

    // Whose form this is (0: typed before signing in) and the report it edits
    // (0: a new one), with that report's status and the server copy's time.
    std::int64_t owner = 0;
    std::int64_t report_id = 0;
    Status report_status = Status::draft;
    std::optional<UnixSeconds> base_updated_at;
    std::optional<std::string> prepared_for;  // the ?id= the form was set up for (none yet)
    net::Remote<ReportDetail> editing;  // the report to edit, while it loads
    bool fill_pending = false;          // fill the form once `editing` arrives
    bool not_editable = false;          // the report can no longer be edited
    // The assistant's "Gửi phản ánh với nội dung này" (?noi-dung=…) last put
    // into the content box: filled once, never over what the person typed.
    std::string filled_from_assistant;

    ui::FormStatus status;
    ui::CaptchaState captcha;
    // Ask for the captcha when sending: the session's word, read each frame
    // (App::session.report_captcha).
    bool captcha_needed = true;

    // Position: the device's (GPS) or picked on the map.
    bool locating = false;
    std::string locate_error;
    double accuracy_m = 0;
    bool map_open = false;
    // The device's position just arrived: fill the commune from the
    // boundaries once the map has them.
    bool commune_from_point = false;
    net::Remote<MapData> map_data;
    bool map_built = false;
    ui::MapModel map_model;
    ui::MapViewState map_view;

    // After sending: the tracking code screen.
    std::optional<ReportCreated> sent;
    bool resent = false;  // information supplied to a report awaiting it
    bool copied = false;

    std::string saved_json;  // what localStorage holds for this form

    // GỬI of a new report on a weak network (net/pending_send.h): where it
    // stands and its idempotency key, kept with the form on the device and
    // sent by itself when the network returns (any screen, or the next load).
    net::PendingSend pending;
    bool pending_restored = false;  // just read back from the device: the rules hear "reloaded"
    bool was_online = true;         // navigator.onLine at the last frame
    // The captcha as answered when GỬI was pressed: a retry after a reload
    // sends it again (a try that reached the server was answered by the key
    // before the captcha is judged; an expired one is refused, and asked anew).
    std::string send_captcha_id, send_captcha_answer;
    // "Đã có người phản ánh gần đây": open reports like this one (new reports only).
    NearbyPanel nearby;
};

// Phản ánh, kiến nghị của tôi.
struct MyReportsState {
    std::string search;      // as typed
    std::string applied;     // the search in effect
    double typed_at_ms = 0;  // the box applies after a short pause in typing
    std::string status;      // "" for all
    std::string synced_path;     // the route path the boxes were filled from (the URL holds the list's state)
    std::string loaded_query;    // of the page shown
    int loaded_generation = -1;  // app.live_generation it was loaded at
    net::Remote<Page<ReportSummary>> list;
};

// Chi tiết phản ánh (/phan-anh/{id}).
struct ReportPageState {
    std::string id;
    int loaded_generation = -1;
    net::Remote<ReportDetail> report;
    std::string rating;  // a SatisfactionLevel spelling
    std::string rating_comment;
    ui::FormStatus rate_status;
    bool withdraw_open = false;
    std::string withdraw_note;
    ui::FormStatus withdraw_status;
    bool reconsider_open = false;  // the reconsideration request's dialog
    std::string reconsider_note;
    ui::FormStatus reconsider_status;
    FollowRequest follow;  // following someone else's report from its page
};

// Thông báo.
struct NotificationsState {
    int page = 1;
    std::string loaded_query;
    int loaded_generation = -1;
    net::Remote<Page<Notification>> list;
    bool marking = false;
    std::optional<ApiError> error;
};

// Tra cứu (/tra-cuu?ma=CODE).
struct LookupState {
    std::string code;    // the box
    std::string loaded;  // the code whose result is shown
    bool empty_attempt = false;
    net::Remote<LookupResult> result;
};

// Nhận tin theo khu vực (/tai-khoan/nhan-tin): the subscriptions and the
// new one's boxes.
struct AlertsState {
    net::Remote<std::vector<AlertSubscription>> list;
    std::string commune_code;
    std::string category_code;
    ui::FormStatus status;
    std::optional<ApiError> remove_error;
};

struct ReportStates {
    SubmitState submit;
    MyReportsState mine;
    ReportPageState report;
    NotificationsState notifications;
    LookupState lookup;
    AlertsState alerts;
    ui::ImageCache images;  // attachment pictures, shared by the screens
    ui::ImageViewer viewer;
};

// This area's state, owned by the app (views/view_states.cpp).
ReportStates& report_states(App& app);

}  // namespace pakn::client::views
