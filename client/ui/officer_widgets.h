// Widgets of the officer console: the colored time-left cell of the inbox,
// a row of tab buttons, the full timeline with internal notes, and the
// date/time text fields officers type deadlines in. Time left and its level
// are the server's (its working calendar has the admin's holidays, office
// hours and per-category deadlines): the client only draws them.
//
// [SECTION] index: clock, deadlines as text, time left, tabs, timeline.
#pragma once

#include <imgui.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pakn/calendar.h"
#include "pakn/deadline.h"
#include "pakn/dto.h"

namespace pakn::client::ui {

// [SECTION] clock

// The device's clock, as unix seconds.
UnixSeconds now_seconds();

// [SECTION] deadlines as text

// "28/11/2026 17:00" for an instant (Vietnam time).
std::string deadline_text(UnixSeconds t);
// "28/11/2026 17:00" (or "28/11/2026", meaning 17:00) -> the instant;
// nullopt unless a real day and time.
std::optional<UnixSeconds> parse_deadline_text(std::string_view s);
// "28/11/2026" -> the date; nullopt unless d/m/yyyy with a real day.
std::optional<Date> parse_day_text(std::string_view s);

// [SECTION] time left

// The color of a level: red overdue, amber due soon, the text color else
// (also when the server sent no level).
ImU32 time_left_color(std::optional<TimeLeftLevel> level);
// What the inbox cell of a report shows: the server's time-left text
// ("Còn 3 giờ 15 phút", else the deadline) in its level's color, bold
// unless ok; a dash without a deadline.
struct TimeLeftCell {
    std::string text;
    ImU32 color = 0;
    bool bold = false;
};
TimeLeftCell time_left_cell_of(const ReportSummary& r);
// Draws that cell, with the deadline itself in a tooltip.
void time_left_cell(const ReportSummary& r);

// [SECTION] tabs

// Buttons on one line (wrapping), the `active` one filled; returns the
// clicked index or -1. Labels may carry "##id" to stay unique on a screen.
int tab_buttons(const char* id, const std::vector<std::string>& labels, int active);

// [SECTION] timeline

// The parameters of an event worth reading, one line each ("→ Sở Xây
// dựng", the reason, the deadline…): the timeline shows them, so does the
// printed file.
std::vector<std::string> event_details(const Event& e);
// The whole history for officers, newest last: action, time, actor, status
// change, the parameters that matter (unit, deadline, reason, priority,
// duplicate) and the note; internal notes marked and tinted.
void officer_timeline(const std::vector<Event>& events);

}  // namespace pakn::client::ui
