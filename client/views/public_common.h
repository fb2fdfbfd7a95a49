// What the public screens share: today's date in Vietnam, the rows of
// published reports and announcements, a few layout pieces, and the
// loading / error / empty states drawn the same way everywhere.
// [SECTION] index: dates, rows, layout, states.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "app/app.h"
#include "app/strings_common.h"
#include "net/api.h"
#include "pakn/calendar.h"
#include "ui/charts.h"
#include "ui/widgets.h"
#include "views/state_public.h"

namespace pakn::client::views::pub {

// [SECTION] dates

// Today in Vietnam time (the device clock).
Date today();
// "28/11/2026" -> the date; nullopt unless d/m/yyyy with a real day.
std::optional<Date> parse_display_date(std::string_view s);

// [SECTION] rows

// One published report in a list: the title (a link to /cong-khai/{id}),
// code, place, category, status and date, and optionally the excerpt.
void report_row(App& app, const PublicReport& r, bool with_excerpt);
// One announcement in a list: kind, title (link to /tin-tuc/{id}), date, summary.
void announcement_row(App& app, const Announcement& a, bool with_summary);
// The Vietnamese label of an announcement kind ("Sự kiện").
std::string announcement_kind_label(std::string_view kind);

// The public map's intro: what it may promise depends on what it can draw
// (coloured communes need boundaries); nullptr when there is nothing to draw.
const char* map_intro(bool has_shapes, bool has_points);

// [SECTION] layout

// A figure tile (ui::stat_tile) among others on one line, as many per line
// as fit at least `min_css` CSS px wide each.
struct Tile {
    const char* caption;
    std::string figure;
    std::string note;
    ImU32 accent;
};
void tile_rows(const std::vector<Tile>& tiles, float min_css = 150);

// Buttons on one line, wrapping to the next when the line is full; returns
// the index of the clicked one or -1. The one at `primary` (if any) is drawn
// as the primary button.
int button_row(const std::vector<const char*>& labels, int primary = 0);

// Two cards side by side on wide screens, one under the other on phones.
void two_columns(const char* id, const std::function<void()>& left, const std::function<void()>& right);

// [SECTION] states

// Draws the loading spinner or the error (with retry) of a request; true
// when the data is there to draw. A retry calls `reload`.
template <typename T, typename Reload>
bool ready(const net::Remote<T>& remote, Reload reload) {
    if (remote.ok()) return true;
    if (remote.failed()) {
        if (ui::error_banner(remote.error, true)) reload();
    } else {
        ui::spinner(tr::kLoading);
    }
    return false;
}

}  // namespace pakn::client::views::pub
