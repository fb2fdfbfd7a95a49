// Quản trị > Tin nhắn đã gửi: the outbox (GET /admin/outbox), newest first,
// filtered by channel and status, one page at a time. Each SMS shows how many
// segments it costs ("Số tin"), red when more than one: an accented or long
// text is billed as several messages (issue 15 item 11).
#include <imgui.h>

#include <string_view>

#include "app/strings_admin.h"
#include "app/strings_common.h"
#include "ui/charts.h"
#include "ui/theme.h"
#include "views/admin_common.h"

namespace pakn::client::views::admin {
namespace {

namespace t = tr::adm;

std::string list_url(const AdminOutboxState& s) {
    const std::string query = to_query_string(s.query);
    return "/api/v1/admin/outbox" + (query.empty() ? std::string() : "?" + query);
}

void reload(AdminOutboxState& s) {
    s.loaded_url = list_url(s);
    net::load(s.list, s.loaded_url);
}

// Why a message was sent, in words; an unknown kind shows as stored.
std::string kind_label(std::string_view kind) {
    // kind (or its prefix, ending in "_") | label
    struct KindLabel {
        std::string_view kind;
        const char* label;
    };
    // clang-format off
    static constexpr KindLabel kKinds[] = {
        {"otp_register",   t::kKindOtpRegister},
        {"otp_reset",      t::kKindOtpReset},
        {"otp_phone",      t::kKindOtpPhone},
        {"owner_notice",   t::kKindOwnerNotice},
        {"officer_digest", t::kKindDigest},
        {"report_",        t::kKindReport},
        {"officer_",       t::kKindOfficer},
    };
    // clang-format on
    for (const auto& k : kKinds)
        if (k.kind.ends_with('_') ? kind.starts_with(k.kind) : kind == k.kind) return k.label;
    return std::string(kind);
}

const char* status_label(std::string_view status) {
    if (status == "sent") return t::kOutboxSent;
    if (status == "failed") return t::kOutboxFailed;
    return t::kOutboxQueued;
}

void status_chip(const OutboxMessage& m) {
    if (m.status == "sent")
        ui::chip(t::kOutboxSent, ui::color::kSuccessChip, ui::color::kSuccess);
    else if (m.status == "failed")
        ui::chip(t::kOutboxFailed, IM_COL32(252, 228, 230, 255), ui::color::kDanger);
    else
        ui::chip(status_label(m.status), ui::color::kNeutralChip, ui::color::kMuted);
    if (m.attempts > 1 && ImGui::IsItemHovered())
        ImGui::SetTooltip("%s%lld", t::kOutboxAttempts, static_cast<long long>(m.attempts));
}

void draw_filters(AdminOutboxState& s) {
    const std::vector<ui::Choice> channels = {
        {"", t::kOutboxAllChannels}, {"sms", t::kOutboxSms}, {"email", t::kOutboxEmail}};
    const std::vector<ui::Choice> statuses = {{"", t::kOutboxAllStatuses},
                                              {"queued", t::kOutboxQueued},
                                              {"sent", t::kOutboxSent},
                                              {"failed", t::kOutboxFailed}};
    if (!ImGui::BeginTable("##outbox-filters", ui::is_compact() ? 1 : 2, ImGuiTableFlags_SizingStretchSame)) return;
    ImGui::TableNextColumn();
    // A new filter starts again at the first page.
    if (ui::select(t::kOutboxChannel, s.query.channel, channels, t::kOutboxAllChannels)) s.query.page = 1;
    end_cell();
    ImGui::TableNextColumn();
    if (ui::select(t::kOutboxStatus, s.query.status, statuses, t::kOutboxAllStatuses)) s.query.page = 1;
    end_cell();
    ImGui::EndTable();
}

void draw_table(const Page<OutboxMessage>& p) {
    constexpr ImGuiTableFlags kFlags =
        ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##outbox", 6, kFlags)) return;
    // Time and recipient on one line each: sized to their widest text.
    const float pad = ImGui::GetStyle().CellPadding.x * 2;
    ImGui::TableSetupColumn(t::kOutboxTime, ImGuiTableColumnFlags_WidthFixed,
                            ImGui::CalcTextSize("00:00 00/00/0000").x + pad);
    ImGui::TableSetupColumn(t::kOutboxRecipient, ImGuiTableColumnFlags_WidthFixed,
                            ImGui::CalcTextSize("x***@khanhhoa.gov.vn").x + pad);
    ImGui::TableSetupColumn(t::kOutboxKind, ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(t::kOutboxText, ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn(t::kOutboxStatus, ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn(t::kOutboxSegments, ImGuiTableColumnFlags_WidthFixed);
    ui::table_headers_row();
    for (const auto& m : p.items) {
        ImGui::PushID(static_cast<int>(m.id));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ui::text(ui::datetime_text(m.created_at));
        ImGui::TableNextColumn();
        ui::text(m.recipient);
        ImGui::TableNextColumn();
        ui::text_ellipsis(kind_label(m.kind));
        ImGui::TableNextColumn();
        // One line: an e-mail's subject and text joined, the whole in the tooltip.
        std::string one_line = m.body;
        for (char& ch : one_line)
            if (ch == '\n' || ch == '\r') ch = ' ';
        ui::text_ellipsis(one_line);
        ui::expose_figure("##text", ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), kind_label(m.kind), m.body);
        ImGui::TableNextColumn();
        status_chip(m);
        ImGui::TableNextColumn();
        if (m.segments) {
            const bool costly = *m.segments > 1;
            ImGui::PushStyleColor(ImGuiCol_Text, costly ? ui::color::kDanger : ImGui::GetColorU32(ImGuiCol_Text));
            ui::text(std::to_string(*m.segments));
            ImGui::PopStyleColor();
            // Tests and a screen-reader mirror read the count with what it counts.
            ui::expose_figure("##segments", ImGui::GetItemRectMin(), ImGui::GetItemRectMax(),
                              std::string(t::kOutboxSegments) + ": " + kind_label(m.kind), std::to_string(*m.segments));
            if (m.encoding == "ucs2" && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", t::kOutboxUcs2Hint);
        } else {
            ui::muted("–");
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
}

}  // namespace

void draw_outbox(App& app, bool entering) {
    auto& s = admin_states(app).outbox;
    if (entering || list_url(s) != s.loaded_url) reload(s);
    ui::muted(t::kOutboxIntro);
    ImGui::Spacing();
    draw_filters(s);
    ImGui::Spacing();
    ui::card("##outbox-list", [&] {
        if (!list_ready(s.list, [&] { reload(s); })) return;
        const auto& p = s.list.data;
        if (p.items.empty())
            ui::muted(t::kNoOutbox);
        else
            draw_table(p);
        const int next = ui::pager("##outbox-pager", s.query.page, p.total, s.query.page_size, t::kNounMessages);
        if (next != s.query.page) s.query.page = next;
    });
}

}  // namespace pakn::client::views::admin
