// What the officer screens share: the console's navigation, the intake
// channels as choices, and what the signed-in officer is in the shared
// workflow's terms (role, relation to a report, the report's flags), so the
// screens ask pakn::apply and pakn::allowed_actions rather than restating a
// rule.
// [SECTION] index: the officer, choices, the inbox's filters, navigation,
// exports.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "app/app.h"
#include "net/api.h"
#include "pakn/workflow.h"
#include "ui/widgets.h"
#include "views/state_officer.h"

namespace pakn::client::views::officer {

// [SECTION] the officer

// The signed-in officer's workflow role (nullopt for anyone else).
std::optional<Role> my_role(const App& app);
// True when the officer's role sees every report (the shared rule:
// sees_all_reports), so the screens offer the province-wide filters.
bool sees_everything(const App& app);
// How the officer stands to a report: their unit leads it, co-handles it, or neither.
Relation my_relation(const App& app, const ReportDetail& d);
// The report's flags as the workflow reads them.
ReportFlags flags_of(const ReportDetail& d);

// True for the roles the history view serves (unit leads, the admin), as the
// server decides (HistoryService::page).
bool sees_history(const App& app);

// A day typed in a filter (dd/mm/yyyy): nullopt when empty, and also when
// it is no real day, then with the field's error added to `errors`.
std::optional<Date> typed_day(const std::string& text, const char* field, FieldErrors& errors);

// [SECTION] choices

// Intake channels (`intake_only`: those an officer enters: hotline, e-mail,
// in person, chatbot), labelled as the shared list says.
std::vector<ui::Choice> channel_choices(bool intake_only);

// [SECTION] the inbox's filters (the inbox and the staff map share them)

// The filters as the shared list query (the API's and the address bar's
// spelling); status, page and "mine" are the screen's.
ListQuery filter_query(const InboxFilters& f);
// The filters a list query holds (dates as dd/mm/yyyy), e.g. read back from
// the address bar.
InboxFilters filters_of(const ListQuery& q);
// True when a filter other than the words is set: the panel opens, so what
// narrows the list is in sight.
bool narrows_beyond_words(const InboxFilters& f);
// Checks the typed dates; the errors go to `errors` (replaced). True when
// the filters may be applied.
bool check_filters(const InboxFilters& f, FieldErrors& errors);
// The search box (`width` wide), "Tìm" and the "Bộ lọc" toggle on one line,
// under the ID `id`. True when the officer asked to search (button or Enter).
bool filter_search_line(const char* id, InboxFilters& editing, bool& panel_open, float width);
// The filter panel in a card `card_id`: category, commune, the unit (for
// those who see everything), channel, reporter, the dates with their field
// errors, "Lọc" and "Xoá bộ lọc" (which empties `editing`). True when the
// officer asked to apply.
bool filter_panel(App& app, const char* card_id, InboxFilters& editing, FieldErrors& errors);

// [SECTION] navigation

// The console's own navigation (Hộp xử lý, Tiếp nhận qua tổng đài for the
// center, Thống kê đơn vị) and who is signed in, at the top of each screen.
void console_header(App& app, Screen current);

// [SECTION] exports

// "Xuất Excel", "Xuất CSV" and the CSV's separator (',' or ';' for
// Vietnamese regional settings): the browser downloads `url` (an export
// route with its query) in the chosen format; while it runs, and when it was
// refused, the state shows under the buttons.
void export_menu(App& app, const char* id, ExportState& state, const std::string& url);

}  // namespace pakn::client::views::officer
