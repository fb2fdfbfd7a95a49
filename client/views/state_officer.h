// Transient UI state of the officer screens (text buffers, filters, which row
// is open, requests in flight). Domain data lives in the requests' results.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "net/api.h"
#include "pakn/answer_templates.h"
#include "pakn/dto.h"
#include "pakn/dto_dashboard.h"
#include "pakn/dto_history.h"
#include "pakn/dto_map.h"
#include "ui/map_widget.h"
#include "pakn/inbox.h"
#include "ui/report_widgets.h"
#include "views/state_admin.h"

namespace pakn::client {
struct App;
}

namespace pakn::client::views {

// The inbox filters as the officer typed or chose them (dates dd/mm/yyyy).
struct InboxFilters {
    std::string q, category, commune, unit, channel, from, to;
    std::string reporter;  // phone, ID number or full name of the person who reported

    bool operator==(const InboxFilters&) const = default;
};

// A file export (báo cáo định kỳ) on its way: the browser fetches and saves
// it; a refusal (too many rows, a bad date) is kept to be shown.
struct ExportState {
    bool busy = false;
    bool semicolon = false;  // CSV for Vietnamese regional settings (';')
    std::optional<ApiError> error;
};

// Rows ticked in the inbox and the one action to run on them all.
struct BulkState {
    std::map<std::int64_t, std::string> selected;  // id -> tracking code, for the summary
    std::optional<Action> action;                  // the form open for this action
    std::string unit_id;                           // assign: as a drop-down value
    std::string note;
    bool tried = false;  // the form was sent once: show its errors
    bool sending = false;
    FieldErrors server_errors;
    std::optional<ApiError> error;                   // a refusal of the whole request
    std::optional<BulkResult> result;                // the last summary shown
    std::map<std::int64_t, std::string> sent_codes;  // the codes of the reports last sent
};

// The officer's saved filters and the naming form.
struct SavedFiltersState {
    net::Remote<std::vector<SavedFilter>> list;
    bool open = false;    // the list is shown
    bool naming = false;  // the "Lưu bộ lọc" form is shown
    std::string name;
    bool sending = false;
    FieldErrors errors;  // the form's, as the server judged it
    std::optional<ApiError> error;
};

struct InboxState {
    int tab = 0;           // index into the role's tabs
    InboxFilters editing;  // what the filter form shows
    InboxFilters applied;  // what the list was asked for
    FieldErrors filter_errors;
    bool filters_open = false;
    int page = 1;
    net::Remote<Page<ReportSummary>> list;
    std::string loaded_url;        // the request behind `list`
    int loaded_generation = -1;    // app.live_generation when it was asked for
    std::set<std::int64_t> seen;   // every row shown so far
    std::set<std::int64_t> fresh;  // rows that arrived with a live update, highlighted
    bool reload_is_live = false;   // the request in flight was caused by a live event
    int processed = -1;            // the list generation whose rows were compared with `seen`
    // The address the tab, filters and page were last read from or written
    // to: another one (Back, a shared link, a reload) is read again.
    std::string synced_path;
    ExportState exporting;
    // The tabs' counts under the applied filters, and the request behind them.
    net::Remote<InboxCounts> counts;
    std::string counts_url;
    BulkState bulk;
    SavedFiltersState saved;
};

// The parameter form of one workflow action.
struct ActionDraft {
    Action action = Action::comment;
    bool open = false;
    std::string note;
    std::string reason_code;
    std::string duplicate_of;
    std::string unit_id;                 // as a drop-down value
    std::vector<std::int64_t> co_units;  // in the order chosen
    std::string co_filter;               // search text of the co-unit list
    std::string priority = "normal";
    std::string deadline_text;     // dd/mm/yyyy hh:mm
    bool deadline_edited = false;  // else it follows the computed deadline
    std::string result;
    // Reclassifying: prefilled with the report's category and commune.
    std::string category_code, commune_code;
    std::string handler_id;  // assign_handler: the officer chosen, as a drop-down value
    // Publishing: the public version, prefilled with the redacted original
    // (the shared detector); sent only when the dispatcher changed it.
    std::string public_title, public_text;
    std::string redacted_title, redacted_text;
    std::vector<std::string> found;  // "Số điện thoại: 0905 123 456", computed once when the form opens
    ui::UploadList files;
    FieldErrors errors;
    bool tried = false;  // errors show after the first attempt
    bool sending = false;
};

// Chèn mẫu: the templates offered in the answer form, asked for the
// report's category when the officer opens the list.
struct TemplatePicker {
    bool open = false;
    std::string loaded_url;  // the request behind `list`
    net::Remote<std::vector<AnswerTemplate>> list;
};

struct ProcessingState {
    std::int64_t id = 0;
    net::Remote<ReportDetail> detail;
    int loaded_generation = -1;
    bool changed_meanwhile = false;  // a live update arrived while a form was open
    ActionDraft draft;
    std::optional<ApiError> refusal;  // the last refused action, explained on screen
    std::string done;                 // "Đã thực hiện: Tiếp nhận"
    ui::ImageCache images;
    ui::ImageViewer viewer;
    net::Remote<std::vector<Colleague>> colleagues;  // the unit's officers, for assign_handler
    TemplatePicker templates;
};

struct IntakeState {
    // Most reports entered on someone's behalf come by phone.
    ReportForm form = [] {
        ReportForm f;
        f.channel = "hotline";
        return f;
    }();
    bool tried = false;
    FieldErrors server_errors;
    bool sending = false;
    std::optional<ApiError> error;
    std::optional<ReportCreated> created;
    bool copied = false;
};

struct DashboardState {
    net::Remote<UnitDashboard> data;
    std::string unit;  // "" = everything the caller sees
    // The period as typed (dd/mm/yyyy; empty: this month so far) and as asked for.
    std::string from, to;
    std::string applied_from, applied_to;
    FieldErrors period_errors;
    ExportState exporting;
    std::string loaded_url;
    int loaded_generation = -1;
};

// Lịch sử thao tác: the filters as typed (dates dd/mm/yyyy), the query they
// made, and the entries of the pages loaded so far ("Tải thêm" adds one).
struct HistoryState {
    std::string report, actor, kind, from, to;
    HistoryQuery applied;
    FieldErrors errors;         // the typed filters' own problems
    net::Remote<HistoryPage> first;
    std::vector<HistoryEntry> items;
    std::string next;           // the cursor of the next page ("" none)
    bool loading_more = false;
    std::optional<ApiError> more_error;
    int taken = -1;             // the `first` generation copied into `items`
    std::string loaded_url;
    std::string synced_path;
};

// Mẫu trả lời (/can-bo/mau-tra-loi): the templates the officer sees, the
// one being written, and the deletion being confirmed. The editor and the
// confirmation are the administration's (state_admin.h): same behaviour.
struct TemplatesState {
    net::Remote<std::vector<AnswerTemplate>> list;
    std::string filter;  // words of a title or body
    AdminEditor<AnswerTemplateForm> editor;
    AdminConfirm remove;
};

// Bản đồ hồ sơ (/can-bo/ban-do): the inbox's filters as typed and as asked
// for (kept in the address), the points of the last answer and the map
// drawn from them. The boundaries come with the first answer only.
struct OfficerMapState {
    InboxFilters editing;
    InboxFilters applied;
    std::string status;  // one open status ("" every open one)
    FieldErrors filter_errors;
    bool filters_open = false;
    net::Remote<OfficerMap> data;
    std::string loaded_query;    // the filters behind `data`
    int loaded_generation = -1;  // app.live_generation when it was asked for
    bool have_shapes = false;    // an answer with the boundaries arrived
    std::string shapes, credit;  // kept from it
    int model_generation = -1;   // the `data` generation `model` was built from
    ui::MapModel model;
    ui::MapViewState view;
    std::string synced_path;
};

struct OfficerStates {
    InboxState inbox;
    ProcessingState processing;
    IntakeState intake;
    DashboardState dashboard;
    HistoryState history;
    TemplatesState templates;
    OfficerMapState map;
};

// This area's state, owned by the app (views/view_states.cpp).
OfficerStates& officer_states(App& app);

}  // namespace pakn::client::views
