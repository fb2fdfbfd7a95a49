// Transient UI state of the public screens (text buffers, filters, which
// chart shows its table, pan/zoom, requests in flight) and what is prepared
// once from the server's answers (chart data, the map's triangles), so that
// a frame only draws. Domain data lives in the requests' results.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "net/api.h"
#include "pakn/assistant.h"
#include "pakn/dto.h"
#include "pakn/dto_map.h"
#include "pakn/qr.h"
#include "ui/charts.h"
#include "ui/map_widget.h"
#include "ui/form_kit.h"
#include "ui/widgets.h"
#include "views/follow_common.h"

namespace pakn::client {
struct App;
}

namespace pakn::client::views {

// Trợ lý ảo: the panel over every citizen-side page. Each turn is a
// question and, once it came, the reply (or the error) to it.
struct AssistantTurn {
    std::string question;  // as typed; "" when a suggestion was chosen
    std::optional<AssistantReply> reply;
    std::optional<ApiError> error;
};

struct AssistantState {
    bool open = false;
    bool take_focus = false;  // the panel takes the keyboard on the frame it opens
    std::string typed;
    std::vector<AssistantTurn> turns;
    ui::FormStatus status;
    int generation = 0;  // replies to a conversation that was reset are dropped
    // Frames left to keep the newest turn in view: cards settle their size
    // over a few frames after an answer arrives.
    int scroll_to_end = 0;
};

// Trang chủ.
struct HomeState {
    std::string lookup_code;
    bool lookup_empty = false;  // "Tra cứu" pressed with no code
    net::Remote<Stats> stats;   // this year
    int stats_year = 0;
    net::Remote<Page<PublicReport>> reports;
    net::Remote<Page<Announcement>> news;
    std::string qr_text;  // what `qr` encodes (the app's own address)
    std::optional<QrCode> qr;
};

// The statistics screen's charts, prepared once per answer.
struct StatsCharts {
    std::vector<std::string> months;
    std::vector<ui::Series> month_series;
    std::vector<ui::Series> month_rate;
    ui::DataTable month_table;
    std::vector<ui::Datum> status;
    ui::DataTable status_table;
    std::vector<ui::Datum> category;
    ui::DataTable category_table;
    std::vector<ui::RankedRow> units;
    ui::DataTable unit_table;
    std::vector<ui::Datum> satisfaction;
    ui::DataTable satisfaction_table;
    std::vector<ui::Datum> handling;
    ui::DataTable handling_table;
    std::vector<ui::Datum> communes;  // the busiest ones
    ui::DataTable commune_table;      // all of them
};

// Which chart cards show their table instead of the chart.
struct StatsTables {
    bool month = false, rate = false, status = false, category = false, unit = false, satisfaction = false,
         handling = false, commune = false;
    bool all_units = false;  // the ranking shows its first rows until asked for all
};

// Thống kê: the filter being edited, the filter applied (as the request's
// query), the answer and its charts.
struct StatsState {
    int preset = 2;  // index into the presets (Tháng này, Quý này, Năm nay, 12 tháng qua); -1: own range
    std::string from_text, to_text;  // dd/mm/yyyy
    std::string category;
    FieldErrors errors;
    std::string query;  // the applied filter, "from=...&to=...&category=..."
    net::Remote<Stats> stats;
    int prepared_generation = -1;
    StatsCharts charts;
    StatsTables tables;
};

// Bản đồ.
struct MapState {
    net::Remote<MapData> data;
    int model_generation = -1;
    ui::MapModel model;
    ui::MapViewState view;
    std::string selected;  // commune code whose reports are listed
    bool points_chosen = false;  // the visitor set "show points"; until then phones start without them
    // The commune table, sorted when its sort specs change.
    std::vector<std::size_t> order;  // indices into data.communes
    bool resort = true;
    int page = 1;
    std::string reports_query;
    net::Remote<Page<PublicReport>> reports;
};

// Phản ánh đã công khai: the search box (the applied filters live in the URL).
struct PublishedState {
    std::string search;
    std::string synced_path;  // the route path the box was filled from
    std::string query;        // of the loaded page
    net::Remote<Page<PublicReport>> page;
};

struct PublishedReportState {
    std::string id;
    net::Remote<PublicReport> report;
    // The public answer is the same for everyone: whether this reader
    // follows it is known once they press the button (following twice is once).
    bool following = false;
    FollowRequest follow;
};

// Thông báo, tin tức (kind and page live in the URL).
struct AnnouncementsState {
    std::string query;
    net::Remote<Page<Announcement>> page;
};

struct AnnouncementState {
    std::string id;
    net::Remote<Announcement> item;
};

// Địa chỉ cần biết: the units (the app's reference list, loaded again on
// every visit), filtered here as the user types.
struct DirectoryState {
    std::string search;
    int folded_generation = -1;
    std::vector<std::string> folded;  // fold_for_search of each unit's name, address, phone, e-mail
};

struct PublicStates {
    HomeState home;
    StatsState stats;
    MapState map;
    PublishedState published;
    PublishedReportState published_report;
    AnnouncementsState announcements;
    AnnouncementState announcement;
    DirectoryState directory;
    AssistantState assistant;
};

// This area's state, owned by the app (views/view_states.cpp).
PublicStates& public_states(App& app);

}  // namespace pakn::client::views
