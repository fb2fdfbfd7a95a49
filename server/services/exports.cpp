#include "services/exports.h"

#include "pakn/forms.h"
#include "pakn/workflow.h"

namespace pakn::server::services {
namespace {

std::string channel_label(const std::string& value) {
    for (const Choice& c : channels())
        if (c.value == value) return std::string(c.label);
    return value;
}

// A rate as a percentage number (87.5), or an empty cell when nothing was
// answered: 0 % and "no answers" must not look alike.
SheetCell rate_cell(const std::optional<double>& rate) {
    if (!rate) return SheetCell::of("");
    return SheetCell::of_number(static_cast<double>(static_cast<long long>(*rate * 1000 + 0.5)) / 10.0);
}

SheetCell count(std::int64_t n) { return SheetCell::of_number(static_cast<double>(n)); }

std::string display_day(const std::string& iso) {
    const auto d = parse_date(iso);
    return d ? format_display_date(*d) : iso;
}

}  // namespace

std::vector<Sheet> inbox_sheets(const std::vector<ReportSummary>& rows) {
    Sheet s;
    s.name = "Hồ sơ";
    s.header = {"Mã hồ sơ", "Tiêu đề",     "Trạng thái",       "Lĩnh vực",   "Xã, phường",  "Đơn vị chủ trì",
                "Cán bộ xử lý", "Kênh tiếp nhận", "Ngày gửi",      "Hạn xử lý", "Quá hạn",     "Thời gian còn lại",
                "Công khai"};
    s.widths = {18, 48, 20, 26, 22, 30, 22, 16, 17, 17, 9, 18, 10};
    for (const ReportSummary& r : rows)
        s.rows.push_back({SheetCell::of(r.code), SheetCell::of(r.title), SheetCell::of(std::string(label(r.status))),
                          SheetCell::of(r.category_name.empty() ? "Chưa phân loại" : r.category_name),
                          SheetCell::of(r.commune_name), SheetCell::of(r.unit_name), SheetCell::of(r.assignee_name),
                          SheetCell::of(channel_label(r.channel)), SheetCell::of_time(r.submitted_at),
                          SheetCell::of_time(r.deadline), SheetCell::of(r.overdue ? "Có" : "Không"),
                          SheetCell::of(r.time_left), SheetCell::of(r.is_published ? "Có" : "Không")});
    return {std::move(s)};
}

std::vector<Sheet> dashboard_sheets(const UnitDashboard& d) {
    std::vector<Sheet> out;
    const std::string period = display_day(d.period.from) + " – " + display_day(d.period.to);

    Sheet summary;
    summary.name = "Tổng hợp";
    summary.header = {"Chỉ tiêu", "Giá trị"};
    summary.widths = {48, 40};
    auto line = [&](std::string what, SheetCell value) { summary.rows.push_back({SheetCell::of(std::move(what)), std::move(value)}); };
    line("Phạm vi", SheetCell::of(d.unit_name.empty() ? "Toàn tỉnh" : d.unit_name));
    line("Kỳ báo cáo", SheetCell::of(period));
    line("Phản ánh gửi trong kỳ", count(d.period.received));
    line("Đã trả lời trong kỳ", count(d.period.resolved));
    line("Trả lời đúng hạn trong kỳ", count(d.period.on_time));
    line("Tỷ lệ đúng hạn trong kỳ (%)", rate_cell(d.period.on_time_rate));
    line("Tổng số hồ sơ (hiện tại)", count(d.total));
    line("Đang xử lý (hiện tại)", count(d.open));
    line("Đang trong thời hạn xử lý (hiện tại)", count(d.within_deadline));
    line("Quá hạn (hiện tại)", count(d.overdue));
    line("Thời điểm lập", SheetCell::of_time(d.generated_at));
    out.push_back(std::move(summary));

    Sheet statuses;
    statuses.name = "Theo trạng thái";
    statuses.header = {"Trạng thái", "Số hồ sơ"};
    statuses.widths = {30, 12};
    for (const StatRow& r : d.by_status) statuses.rows.push_back({SheetCell::of(r.label), count(r.count)});
    out.push_back(std::move(statuses));

    Sheet categories;
    categories.name = "Theo lĩnh vực";
    categories.header = {"Lĩnh vực", "Tổng số", "Đang xử lý", "Quá hạn", "Đã trả lời"};
    categories.widths = {36, 10, 12, 10, 12};
    for (const DashboardCategory& c : d.by_category)
        categories.rows.push_back({SheetCell::of(c.name.empty() ? "Chưa phân loại" : c.name), count(c.total),
                                   count(c.open), count(c.overdue), count(c.resolved)});
    out.push_back(std::move(categories));

    if (!d.by_unit.empty()) {
        Sheet units;
        units.name = "Theo đơn vị";
        units.header = {"Đơn vị", "Gửi trong kỳ", "Trả lời trong kỳ", "Đúng hạn", "Tỷ lệ đúng hạn (%)",
                        "Đang xử lý", "Quá hạn"};
        units.widths = {40, 13, 15, 10, 17, 12, 10};
        for (const DashboardUnitRow& u : d.by_unit)
            units.rows.push_back({SheetCell::of(u.name), count(u.received), count(u.resolved), count(u.on_time),
                                  rate_cell(u.on_time_rate), count(u.open), count(u.overdue)});
        out.push_back(std::move(units));
    }
    if (!d.by_handler.empty()) {
        Sheet handlers;
        handlers.name = "Theo cán bộ";
        handlers.header = {"Cán bộ", "Đang xử lý", "Quá hạn", "Trả lời trong kỳ", "Đúng hạn", "Tỷ lệ đúng hạn (%)"};
        handlers.widths = {32, 12, 10, 15, 10, 17};
        for (const DashboardHandlerRow& h : d.by_handler)
            handlers.rows.push_back({SheetCell::of(h.officer_id == 0 ? "Chưa phân công" : h.name), count(h.open),
                                     count(h.overdue), count(h.resolved), count(h.on_time), rate_cell(h.on_time_rate)});
        out.push_back(std::move(handlers));
    }
    return out;
}

}  // namespace pakn::server::services
