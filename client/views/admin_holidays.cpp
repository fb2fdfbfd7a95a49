// Quản trị > Ngày nghỉ: a year's days off as the server's calendar has them
// (statutory rules, lunar dates included, with the corrections applied) and
// the admin's corrections of that year: add a day off, drop one, or make a
// day a working day (làm bù); a correction is deleted after a confirmation.
#include <imgui.h>

#include "app/strings_admin.h"
#include "app/strings_common.h"
#include "pakn/calendar.h"
#include "ui/officer_widgets.h"
#include "ui/theme.h"
#include "views/admin_common.h"

namespace pakn::client::views::admin {
namespace {

namespace t = tr::adm;

constexpr std::string_view kFields[] = {"date", "name", "kind"};

std::string year_url(int year) {
    return "/api/v1/admin/holidays?year=" + std::to_string(year);
}

void reload(AdminHolidaysState& s) {
    s.loaded_year = s.year;
    net::load(s.data, year_url(s.year));
}

// The form with its date as the wire wants it: people type 30/04/2027, the
// API takes 2027-04-30; anything else goes as typed for the rule to judge.
HolidayForm form_of(const AdminHolidaysState& s) {
    HolidayForm f = s.editor.form;
    if (const auto d = ui::parse_day_text(f.date)) f.date = format_date(*d);
    return f;
}

std::string day_text(const Date& d) {
    return std::string(weekday_name(weekday(d))) + ", " + format_display_date(d);
}

// A successful change answers with the year it touched: show that year.
void take_year(App& app, const net::Reply& reply, const char* toast_prefix, const std::string& day) {
    auto& s = admin_states(app).holidays;
    HolidayYear y;
    if (!net::decode_reply(reply, y)) {
        reload(s);
        return;
    }
    s.year = static_cast<int>(y.year);
    s.loaded_year = s.year;
    ++s.data.generation;  // a load in flight is superseded
    s.data.data = std::move(y);
    s.data.phase = net::Phase::ok;
    app.toast(toast_prefix + day);
}

void save(App& app) {
    auto& s = admin_states(app).holidays;
    const auto v = clean(form_of(s));
    if (!begin_save(s.editor, v.errors)) return;
    const std::string day = s.editor.form.date;
    net::post("/api/v1/admin/holidays", net::body_of(v.value), [&app, day](const net::Reply& reply) {
        auto& st = admin_states(app).holidays;
        if (!reply.ok()) return take_refusal(st.editor, reply);
        st.editor = AdminEditor<HolidayForm>{};
        take_year(app, reply, t::kCorrectionAdded, day);
    });
}

void remove_correction(App& app) {
    auto& c = admin_states(app).holidays.remove;
    delete_confirmed(c, "/api/v1/admin/holidays/" + std::to_string(c.id),
                     [&app](const net::Reply& reply, const std::string& day) {
                         take_year(app, reply, t::kCorrectionDeleted, day);
                     });
}

void draw_form(App& app, AdminHolidaysState& s) {
    auto& e = s.editor;
    const FieldErrors errors = shown_errors(e.tried, validate(form_of(s)), e.server_errors);
    auto err = [&](const char* field) { return ui::find_error(errors, field); };
    HolidayForm& f = e.form;
    ui::card("##holiday-form", [&] {
        ui::subheading(t::kNewCorrection);
        ui::text_field(t::kHolidayDate, f.date, {.hint = tr::kDateHint, .required = true}, err("date"));
        ui::select(t::kHolidayKind, f.kind, choices_of(holiday_kinds()), tr::kChoose, true, err("kind"));
        ui::text_field(t::kHolidayName, f.name, {.required = f.kind == "add", .max_chars = kMaxHolidayNameChars},
                       err("name"));
        ImGui::Spacing();
        const bool explained = e.error && explained_at(*e.error, kFields);
        switch (form_buttons(e.error, explained, !errors.empty(), e.sending)) {
            case FormAction::save:
                save(app);
                break;
            case FormAction::cancel:
                e = AdminEditor<HolidayForm>{};
                break;
            case FormAction::none:
                break;
        }
    });
    ImGui::Spacing();
}

void draw_days(const HolidayYear& y) {
    ui::subheading(t::kDaysOff);
    if (y.days.empty()) ui::muted(t::kNoDaysOff);
    if (!ImGui::BeginTable("##days", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) return;
    ImGui::TableSetupColumn("##date", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("##name", ImGuiTableColumnFlags_WidthStretch, 1.6f);
    for (const auto& d : y.days) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ui::text(day_text(d.date));
        ImGui::TableNextColumn();
        ui::paragraph(d.name);
    }
    ImGui::EndTable();
}

void draw_corrections(AdminHolidaysState& s) {
    ui::subheading(t::kCorrections);
    const auto& list = s.data.data.corrections;
    if (list.empty()) ui::muted(t::kNoCorrections);
    for (const auto& c : list) {
        if (!c.id) continue;
        ImGui::PushID(static_cast<int>(*c.id));
        ImGui::PushFont(ui::fonts().bold);
        ui::text(day_text(c.date));
        ImGui::PopFont();
        ui::chip(choice_label(holiday_kinds(), c.kind), ui::color::kWarningChip, ui::color::kWarning);
        if (!c.name.empty()) {
            ImGui::SameLine();
            ui::text(c.name);
        }
        if (ui::secondary_button((std::string(t::kDelete) + "##holiday" + std::to_string(*c.id)).c_str())) {
            s.remove = AdminConfirm{};
            s.remove.open = true;
            s.remove.id = *c.id;
            s.remove.what = format_display_date(c.date);
        }
        ImGui::Separator();
        ImGui::PopID();
    }
}

}  // namespace

void draw_holidays(App& app, bool entering) {
    auto& s = admin_states(app).holidays;
    if (s.year == 0) s.year = local_date(ui::now_seconds()).year;
    if (entering || s.year != s.loaded_year || s.data.phase == net::Phase::idle) reload(s);
    ui::muted(t::kHolidaysIntro);
    ImGui::Spacing();
    if (ui::secondary_button(t::kPrevYear) && s.year > 1900) --s.year;
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::PushFont(ui::fonts().bold);
    ui::text(t::kYearCaption + std::to_string(s.year));
    ImGui::PopFont();
    ImGui::SameLine();
    if (ui::secondary_button(t::kNextYear) && s.year < 2199) ++s.year;
    ImGui::Spacing();
    if (s.editor.open) draw_form(app, s);
    if (!s.editor.open && ui::primary_button(t::kAddCorrection)) {
        s.editor = AdminEditor<HolidayForm>{};
        s.editor.open = true;
        s.editor.form.kind = "add";
    }
    ImGui::Spacing();
    ui::card("##holidays", [&] {
        if (!list_ready(s.data, [&] { reload(s); })) return;
        draw_corrections(s);
        ImGui::Spacing();
        draw_days(s.data.data);
    });
    confirm_dialog(t::kDeleteCorrectionTitle, s.remove, t::kDeleteCorrectionQuestion + s.remove.what, t::kDelete,
                   [&] { remove_correction(app); });
}

}  // namespace pakn::client::views::admin
