// Widgets of the officer console: the colored time-left cell of the inbox,
// a row of tab buttons, the full timeline with internal notes, and the
// date/time text fields officers type deadlines in. Working time comes from
// the shared calendar (pakn::time_left), never from a rule of our own.
//
// [SECTION] index: clock and calendar, deadlines as text, time left, tabs,
// timeline.
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

// [SECTION] clock and calendar

// The device's clock, as unix seconds.
UnixSeconds now_seconds();
// The working calendar with the statutory holidays around this year (the
// server's admin overrides are not known here: the server decides).
const WorkSchedule& work_schedule();

// [SECTION] deadlines as text

// "28/11/2026 17:00" for an instant (Vietnam time).
std::string deadline_text(UnixSeconds t);
// "28/11/2026 17:00" (or "28/11/2026", meaning 17:00) -> the instant;
// nullopt unless a real day and time.
std::optional<UnixSeconds> parse_deadline_text(std::string_view s);
// "28/11/2026" -> the date; nullopt unless d/m/yyyy with a real day.
std::optional<Date> parse_day_text(std::string_view s);

// [SECTION] time left

// Working time left before `deadline` at `now`: overdue, due soon (under the
// policy's few working hours) or ok, with its text ("Còn 3 giờ 15 phút").
TimeLeft officer_time_left(UnixSeconds deadline, UnixSeconds now);
// The color of a level: red overdue, amber due soon, the text color else.
ImU32 time_left_color(TimeLeftLevel level);
// The inbox cell: the time-left text in its color, or a dash without a deadline.
void time_left_cell(const std::optional<UnixSeconds>& deadline, UnixSeconds now);

// [SECTION] tabs

// Buttons on one line (wrapping), the `active` one filled; returns the
// clicked index or -1. Labels may carry "##id" to stay unique on a screen.
int tab_buttons(const char* id, const std::vector<std::string>& labels, int active);

// [SECTION] timeline

// The whole history for officers, newest last: action, time, actor, status
// change, the parameters that matter (unit, deadline, reason, priority,
// duplicate) and the note; internal notes marked and tinted.
void officer_timeline(const std::vector<Event>& events);

}  // namespace pakn::client::ui
