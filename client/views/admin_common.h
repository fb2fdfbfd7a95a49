// What the tabs of the administration screen share: showing a form's errors
// (the shared validator's as typed, the server's where it put them), the
// form's Save/Cancel row with the refusal banner, confirmation dialogs, row
// chips, and the unit lists the forms choose from. One file per tab
// (admin_<tab>.cpp) draws its list and its form.
// [SECTION] index: tabs, errors and forms, dialogs, rows, reference lists.
#pragma once

#include <functional>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "app/app.h"
#include "app/strings_common.h"
#include "net/api.h"
#include "pakn/forms.h"
#include "ui/widgets.h"
#include "views/state_admin.h"

namespace pakn::client::views::admin {

// [SECTION] tabs (each draws inside the page column, below the tab row)

void draw_units(App& app, bool entering);
void draw_officers(App& app, bool entering);
void draw_categories(App& app, bool entering);
void draw_holidays(App& app, bool entering);
void draw_announcements(App& app, bool entering);
void draw_settings(App& app, bool entering);
void draw_outbox(App& app, bool entering);
void draw_assistant(App& app, bool entering);

// [SECTION] errors and forms

// The errors a form shows: after a first try the shared validator's
// (`local`), and always what the server said about fields it did not.
FieldErrors shown_errors(bool tried, const FieldErrors& local, const FieldErrors& server);

// True when every field error of `e` names one of `fields` (the form drew
// them all), so no banner needs to repeat them.
bool explained_at(const ApiError& e, std::span<const std::string_view> fields);

// Records a refused save: the field errors for the form, the rest for its banner.
template <typename Form>
void take_refusal(AdminEditor<Form>& editor, const net::Reply& reply) {
    editor.sending = false;
    editor.server_errors = reply.error.fields;
    editor.error = reply.error;
}

// Starts a save: clears the last answer; false (nothing to send) while the
// shared validator still finds problems.
template <typename Form>
bool begin_save(AdminEditor<Form>& editor, const FieldErrors& local) {
    editor.tried = true;
    editor.server_errors.clear();
    editor.error.reset();
    if (!local.empty()) return false;
    editor.sending = true;
    return true;
}

enum class FormAction { none, save, cancel };

// The end of a form: the refusal banner (unless its fields explained it),
// the hint to check marked fields, and Lưu / Hủy.
FormAction form_buttons(const std::optional<ApiError>& error, bool explained, bool has_errors, bool sending,
                        const char* save_label = nullptr);

// [SECTION] dialogs

// A confirmation dialog for `c` (open while c.open): the question, the
// refusal if the last try failed, `confirm_label` (calls `on_confirm`) and Hủy.
void confirm_dialog(const char* title, AdminConfirm& c, const std::string& question, const char* confirm_label,
                    const std::function<void()>& on_confirm);
// Sends the DELETE of `url` that `c` asked to confirm: the dialog shows it
// busy; a refusal stays in the dialog; on success the dialog closes and
// `on_deleted` gets the reply and the name the dialog showed (c.what).
void delete_confirmed(AdminConfirm& c, const std::string& url,
                      std::function<void(const net::Reply&, const std::string& what)> on_deleted);

// [SECTION] rows

// A row's title in bold as a link (true when clicked: open its form).
bool row_title(const std::string& text, std::int64_t id);
// "Đang hoạt động" (green) or `off_text` (grey) as a chip.
void active_chip(bool active, const char* off_text);
// A muted line of " • "-separated parts (empty parts left out).
void details_line(std::initializer_list<std::string_view> parts);
// A list's loading and error states; true when its data may be drawn.
template <typename T>
bool list_ready(net::Remote<T>& remote, const std::function<void()>& reload) {
    if (remote.failed()) {
        if (ui::error_banner(remote.error, true)) reload();
        return false;
    }
    if (!remote.ok()) {
        ui::spinner(tr::kLoading);
        return false;
    }
    return true;
}
// The refusal of the last row action, with a close link.
void row_action_banner(AdminRowAction& a);
// Posts a row action (activate, publish, ...) that takes no body: marks the
// row busy; the answer is either the saved row, handed to `on_saved` (toast,
// reload), or a refusal kept for row_action_banner.
template <typename Row>
void post_row_action(AdminRowAction& action, std::int64_t row_id, const std::string& url,
                     std::function<void(const Row&)> on_saved) {
    action.busy_id = row_id;
    action.error.reset();
    net::post(url, nlohmann::json::object(), [&action, on_saved = std::move(on_saved)](const net::Reply& reply) {
        action.busy_id = 0;
        Row saved;
        if (!reply.ok() || !net::decode_reply(reply, saved)) {
            action.error = reply.error;
            return;
        }
        on_saved(saved);
    });
}

// Ends a table cell whose last item is a frame (a field): without it, the
// next cells of the row start their text lower by the frame's padding
// (Dear ImGui aligns a row's cells on the baseline of what the cell before ended with).
void end_cell();

// [SECTION] reference lists

// Loads every unit (GET /api/v1/admin/units) into the units tab's list.
void load_units(App& app);
// A shared choice list as drop-down choices.
std::vector<ui::Choice> choices_of(std::span<const Choice> choices);

}  // namespace pakn::client::views::admin
