// Transient UI state of the administration screen (Quản trị hệ thống): one
// struct per tab with its list as the server sent it, the search text, the
// form being edited and the confirmation being asked. The forms are the
// shared ones (forms.h), so the shared validators judge them as typed.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "net/api.h"
#include "pakn/assistant.h"
#include "pakn/dto.h"
#include "pakn/dto_admin.h"
#include "pakn/forms.h"

namespace pakn::client {
struct App;
}

namespace pakn::client::views {

// The tabs, in the order of the screen (and of ?muc= in the URL).
enum class AdminTab { units, officers, categories, holidays, announcements, settings, outbox, assistant };

// A create/edit form: what is typed, and how the server answered the last
// attempt. `server_errors` stay shown at their fields until the next attempt.
template <typename Form>
struct AdminEditor {
    bool open = false;
    bool creating = true;
    std::int64_t id = 0;  // the edited row (units, officers, announcements)
    Form form{};
    bool tried = false;  // the shared validator's errors show after a first try
    bool sending = false;
    FieldErrors server_errors;
    std::optional<ApiError> error;
};

// "Are you sure?" before something that cannot be undone.
struct AdminConfirm {
    bool open = false;
    std::int64_t id = 0;
    std::string what;  // the name shown in the question
    bool sending = false;
    std::optional<ApiError> error;
};

// A refused row action (activate, publish, ...) explained above the list.
struct AdminRowAction {
    std::int64_t busy_id = 0;  // the row whose request is in flight
    std::optional<ApiError> error;
};

struct AdminUnitsState {
    net::Remote<std::vector<Unit>> list;
    std::string search;
    AdminEditor<UnitForm> editor;
    AdminRowAction action;
};

struct AdminOfficersState {
    net::Remote<Page<Officer>> list;
    std::string loaded_url;
    std::string search;          // as typed
    std::string applied_search;  // what the list was asked for
    std::string unit;            // unit id as a drop-down value ("" = every unit)
    std::string role;            // "" = every role (filtered here: the API has no role filter)
    int page = 1;
    AdminEditor<OfficerForm> editor;
    std::string editor_unit;  // the form's unit as a drop-down value
    AdminRowAction action;
    AdminConfirm reset;  // Cấp lại mật khẩu
    // The one-time password the server issued, shown once until closed.
    std::optional<IssuedPassword> issued;
    bool issued_open = false;
    bool copied = false;
};

// The SLA slots of a category form in the order they are drawn.
inline constexpr std::size_t kSlaSlots = 5;

struct AdminCategoriesState {
    net::Remote<std::vector<Category>> list;
    AdminEditor<CategoryForm> editor;
    std::string editor_unit;  // default unit as a drop-down value
    // Each slot's figure as typed ("" = the province's default) and its unit.
    std::array<std::string, kSlaSlots> sla_amount;
    std::array<std::string, kSlaSlots> sla_unit;
    AdminRowAction action;
};

struct AdminHolidaysState {
    int year = 0;  // 0 until the screen picks the current year
    net::Remote<HolidayYear> data;
    int loaded_year = 0;
    AdminEditor<HolidayForm> editor;  // the date as typed (dd/mm/yyyy or yyyy-mm-dd)
    AdminConfirm remove;
};

struct AdminAnnouncementsState {
    net::Remote<Page<Announcement>> list;
    std::string loaded_url;
    int page = 1;
    AdminEditor<AnnouncementForm> editor;
    AdminRowAction action;
    AdminConfirm remove;
};

struct AdminSettingsState {
    net::Remote<SettingsForm> data;
    SettingsForm form;               // sessions as typed
    std::string rating_window_days;  // as typed
    std::array<bool, 7> weekdays{};  // Thứ Hai .. Chủ nhật
    bool filled = false;             // the form holds what the server sent
    bool tried = false;
    bool sending = false;
    FieldErrors server_errors;
    std::optional<ApiError> error;
};

// Tin nhắn đã gửi: one page of the outbox, filtered by channel and status.
struct AdminOutboxState {
    net::Remote<Page<OutboxMessage>> list;
    std::string loaded_url;
    OutboxQuery query;  // the filters and the page, as the request sends them
};

// Trợ lý ảo: the knowledge base, the synonym groups, the unanswered list.
struct AdminAssistantState {
    net::Remote<std::vector<KnowledgeEntry>> entries;
    net::Remote<std::vector<SynonymGroup>> synonyms;
    net::Remote<std::vector<UnansweredQuestion>> unanswered;
    AdminEditor<KnowledgeEntryForm> editor;
    // The unanswered question the open form answers: dismissed once saved.
    std::int64_t answering = 0;
    AdminConfirm remove;
    AdminRowAction action;
    AdminEditor<SynonymForm> synonym;
};

struct AdminStates {
    AdminTab loaded_tab = AdminTab::units;
    // Every unit (the officer and category forms choose among the active ones).
    AdminUnitsState units;
    AdminOfficersState officers;
    AdminCategoriesState categories;
    AdminHolidaysState holidays;
    AdminAnnouncementsState announcements;
    AdminSettingsState settings;
    AdminOutboxState outbox;
    AdminAssistantState assistant;
};

// This area's state, owned by the app (views/view_states.cpp).
AdminStates& admin_states(App& app);

}  // namespace pakn::client::views
