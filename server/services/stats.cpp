// [SECTION] index: ranges of periods, the aggregate, building Stats, the map.
#include "services/stats.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

#include "pakn/communes.h"
#include "pakn/ranking.h"
#include "pakn/redaction.h"
#include "pakn/workflow.h"
#include "store/db.h"
#include "store/geo_store.h"
#include "store/stats_store.h"

namespace pakn::server::services {
namespace {

using store::StatTable;

// ---------------------------------------------------------------- ranges
// One read of a projection table over [lo, hi], added (sign 1) or taken
// away (sign -1).
struct Segment {
    StatTable table;
    std::string lo, hi;
    int sign = 1;
};

std::string month_key(int year, int month) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
    return buf;
}
std::string month_key(const Date& d) {
    return month_key(d.year, d.month);
}
Date first_of(const Date& d) {
    return {d.year, d.month, 1};
}
Date last_of(const Date& d) {
    return {d.year, d.month, days_in_month(d.year, d.month)};
}
Date next_month(const Date& d) {
    return d.month == 12 ? Date{d.year + 1, 1, 1} : Date{d.year, d.month + 1, 1};
}
Date previous_month(const Date& d) {
    return d.month == 1 ? Date{d.year - 1, 12, 1} : Date{d.year, d.month - 1, 1};
}

// Days [a, b] of one month: read them from the daily table, or read the
// month and take away the days outside [a, b] when those are fewer.
void add_partial_month(std::vector<Segment>& out, const Date& a, const Date& b, bool all) {
    const StatTable month = all ? StatTable::month_all : StatTable::month;
    const StatTable day = all ? StatTable::day_all : StatTable::day;
    const int inside = b.day - a.day + 1;
    const int outside = days_in_month(a.year, a.month) - inside;
    if (outside <= 0) {
        out.push_back({month, month_key(a), month_key(a), 1});
        return;
    }
    if (inside <= outside) {
        out.push_back({day, format_date(a), format_date(b), 1});
        return;
    }
    out.push_back({month, month_key(a), month_key(a), 1});
    if (a.day > 1) out.push_back({day, format_date(first_of(a)), format_date(add_days(a, -1)), -1});
    if (b.day < days_in_month(b.year, b.month))
        out.push_back({day, format_date(add_days(b, 1)), format_date(last_of(b)), -1});
}

// The reads that cover exactly the submission days [from, to]; `all`: the
// tables of all categories together.
std::vector<Segment> plan(const std::optional<Date>& from, const std::optional<Date>& to, bool all) {
    std::vector<Segment> out;
    if (from && to && *from > *to) return out;
    if (from && to && from->year == to->year && from->month == to->month) {
        add_partial_month(out, *from, *to, all);
        return out;
    }
    std::string lo = "0000-00", hi = "9999-99";
    if (from) {
        if (from->day == 1) {
            lo = month_key(*from);
        } else {
            add_partial_month(out, *from, last_of(*from), all);
            lo = month_key(next_month(*from));
        }
    }
    if (to) {
        if (to->day == days_in_month(to->year, to->month)) {
            hi = month_key(*to);
        } else {
            add_partial_month(out, first_of(*to), *to, all);
            hi = month_key(previous_month(*to));
        }
    }
    if (lo <= hi) out.push_back({all ? StatTable::month_all : StatTable::month, lo, hi, 1});
    return out;
}

// ---------------------------------------------------------------- the aggregate
struct Acc {
    std::int64_t received = 0, resolved = 0, on_time = 0, handling = 0;
    std::array<std::int64_t, 4> rating{};  // SatisfactionLevel order

    void add(const store::StatCellView& v, int sign) {
        received += sign * v.received;
        resolved += sign * v.resolved;
        on_time += sign * v.on_time;
        handling += sign * v.handling_seconds;
        rating[0] += sign * v.very_satisfied;
        rating[1] += sign * v.satisfied;
        rating[2] += sign * v.not_satisfied;
        rating[3] += sign * v.dissatisfied;
    }
};

using AccMap = std::map<std::string, Acc, std::less<>>;

Acc& slot(AccMap& m, std::string_view key) {
    auto it = m.find(key);
    if (it == m.end()) it = m.emplace(std::string(key), Acc{}).first;
    return it->second;
}

struct Aggregate {
    Acc totals;
    AccMap by_status, by_category, by_unit, by_commune, by_month;
};

Aggregate aggregate(store::Connection& c, const StatsFilter& f, bool communes_only) {
    Aggregate a;
    // One category: its own rows. All categories: the tables that sum them
    // already, with the split by category as a dimension of its own.
    const bool all = f.category.empty();
    const std::string category = f.category == kNoCategoryKey ? std::string() : f.category;
    const auto dim = communes_only ? std::optional<int>(store::kStatDimCommune) : std::nullopt;
    for (const auto& seg : plan(f.from, f.to, all)) {
        store::for_each_stat_cell(c, seg.table, seg.lo, seg.hi, category, dim, [&](const store::StatCellView& v) {
            switch (v.dim) {
                case store::kStatDimStatus:
                    a.totals.add(v, seg.sign);
                    slot(a.by_status, v.key).add(v, seg.sign);
                    slot(a.by_month, v.period.substr(0, 7)).add(v, seg.sign);
                    if (!all) slot(a.by_category, category).add(v, seg.sign);
                    break;
                case store::kStatDimUnit: slot(a.by_unit, v.key).add(v, seg.sign); break;
                case store::kStatDimCommune: slot(a.by_commune, v.key).add(v, seg.sign); break;
                case store::kStatDimCategory: slot(a.by_category, v.key).add(v, seg.sign); break;
                default: break;
            }
        });
    }
    return a;
}

// ---------------------------------------------------------------- building Stats
// Rates to 4 decimals and hours to 1, so equal data gives an equal body
// (ETag) and the JSON shows 0.724, not 0.7240000000000001: dividing by the
// power of ten gives the double nearest the decimal, multiplying would not.
double round_to(double x, double per_unit) { return std::round(x * per_unit) / per_unit; }

std::optional<double> on_time_rate(const Acc& a) {
    if (a.resolved <= 0) return std::nullopt;
    return round_to(static_cast<double>(a.on_time) / static_cast<double>(a.resolved), 10000);
}

std::optional<double> avg_hours(const Acc& a) {
    if (a.resolved <= 0) return std::nullopt;
    return round_to(static_cast<double>(a.handling) / static_cast<double>(a.resolved) / 3600.0, 10);
}

StatRow full_row(std::string key, std::string label, const Acc& a) {
    StatRow r;
    r.key = std::move(key);
    r.label = std::move(label);
    r.count = a.received;
    r.resolved = a.resolved;
    r.on_time_rate = on_time_rate(a);
    r.avg_handling_hours = avg_hours(a);
    return r;
}

void largest_first(std::vector<StatRow>& rows) {
    std::stable_sort(rows.begin(), rows.end(), [](const StatRow& x, const StatRow& y) {
        if (x.count != y.count) return x.count > y.count;
        return x.label < y.label;
    });
}

std::string commune_label(std::string_view code) {
    if (const auto* c = find_commune(code)) return std::string(c->name);
    return std::string(code);
}

std::string month_label(std::string_view key) {
    // "2026-03" -> "Tháng 3/2026"
    const int month = std::atoi(std::string(key.substr(5, 2)).c_str());
    return "Tháng " + std::to_string(month) + "/" + std::string(key.substr(0, 4));
}

}  // namespace

StatsService::StatsService(store::Database& db) : db_(db) {}

Stats StatsService::stats(const StatsFilter& f) {
    Stats out;
    Aggregate a;
    std::map<std::string, std::string, std::less<>> categories, units;
    db_.read([&](store::Connection& c) {
        a = aggregate(c, f, false);
        categories = store::category_names(c);
        units = store::unit_names(c);
        return 0;
    });

    const Acc& t = a.totals;
    out.totals.received = t.received;
    out.totals.resolved = t.resolved;
    out.totals.on_time_rate = on_time_rate(t).value_or(0);
    out.totals.avg_handling_hours = avg_hours(t).value_or(0);
    const std::int64_t rated = t.rating[0] + t.rating[1] + t.rating[2] + t.rating[3];
    out.totals.satisfaction_rate =
        rated > 0 ? round_to(static_cast<double>(t.rating[0] + t.rating[1]) / static_cast<double>(rated), 10000) : 0;

    for (Status s : kAllStatuses) {
        if (s == Status::draft) continue;
        const std::string key(to_string(s));
        auto it = a.by_status.find(key);
        StatRow r;
        r.key = key;
        r.label = std::string(label(s));
        r.count = it == a.by_status.end() ? 0 : it->second.received;
        out.by_status.push_back(std::move(r));
    }

    for (const auto& [code, acc] : a.by_category) {
        if (acc.received == 0) continue;
        if (code.empty()) {
            out.by_category.push_back(full_row(std::string(kNoCategoryKey), "Chưa phân loại", acc));
        } else {
            auto name = categories.find(code);
            out.by_category.push_back(full_row(code, name == categories.end() ? code : name->second, acc));
        }
    }
    largest_first(out.by_category);

    for (const auto& [id, acc] : a.by_unit) {
        if (acc.received == 0 || id.empty()) continue;  // not yet assigned: no unit to rank
        auto name = units.find(id);
        out.by_unit.push_back(full_row(id, name == units.end() ? id : name->second, acc));
    }
    // Xếp hạng đơn vị: by on-time rate as Ho Chi Minh City's 1022 publishes,
    // taken as its Wilson lower bound so a few answers cannot top hundreds.
    rank_units(out.by_unit);

    for (const auto& [code, acc] : a.by_commune) {
        if (acc.received == 0) continue;
        if (code.empty())
            out.by_commune.push_back(full_row(std::string(kNoCommuneKey), "Chưa xác định xã, phường", acc));
        else
            out.by_commune.push_back(full_row(code, commune_label(code), acc));
    }
    largest_first(out.by_commune);

    // Months without gaps between the first and the last month with reports.
    std::string first, last;
    for (const auto& [m, acc] : a.by_month)
        if (acc.received != 0) {
            if (first.empty()) first = m;
            last = m;
        }
    if (!first.empty()) {
        int y = std::atoi(first.substr(0, 4).c_str()), mo = std::atoi(first.substr(5, 2).c_str());
        for (std::string key = first; key <= last; key = month_key(y, mo)) {
            auto it = a.by_month.find(key);
            out.by_month.push_back(full_row(key, month_label(key), it == a.by_month.end() ? Acc{} : it->second));
            if (++mo == 13) {
                mo = 1;
                ++y;
            }
        }
    }

    for (std::size_t i = 0; i < kAllSatisfactionLevels.size(); ++i) {
        StatRow r;
        r.key = std::string(to_string(kAllSatisfactionLevels[i]));
        r.label = std::string(label(kAllSatisfactionLevels[i]));
        r.count = t.rating[i];
        out.satisfaction.push_back(std::move(r));
    }
    return out;
}

MapData StatsService::map(const StatsFilter& f, bool with_shapes) {
    MapData out;
    Aggregate a;
    std::optional<store::GeoMapRow> geo;
    std::vector<store::MapPointRow> points;
    db_.read([&](store::Connection& c) {
        a = aggregate(c, f, true);
        geo = store::load_geo_map(c);
        const auto from = f.from ? std::optional<std::int64_t>(start_of_day(*f.from)) : std::nullopt;
        const auto to = f.to ? std::optional<std::int64_t>(start_of_day(add_days(*f.to, 1))) : std::nullopt;
        std::optional<std::string> category;
        if (!f.category.empty()) category = f.category == kNoCategoryKey ? std::string() : f.category;
        points = store::map_points(c, from, to, category, kMaxMapPoints);
        return 0;
    });
    if (geo) {
        out.credit = geo->credit;
        if (with_shapes) out.shapes = std::move(geo->shapes);
    }
    for (const auto& c : communes()) {
        MapCommune m;
        m.code = std::string(c.code);
        m.name = std::string(c.name);
        if (auto it = a.by_commune.find(c.code); it != a.by_commune.end()) {
            m.count = it->second.received;
            m.resolved = it->second.resolved;
        }
        out.communes.push_back(std::move(m));
    }
    for (auto& p : points) {
        MapPoint m;
        m.report_id = p.id;
        m.code = std::move(p.code);
        m.lat = p.lat;
        m.lon = p.lon;
        m.status = parse_status(p.status).value_or(Status::resolved);
        m.category_code = std::move(p.category_code);
        // The popup shows the published title, never the original.
        m.title = p.public_title ? std::move(*p.public_title) : redact_personal_data(p.title);
        out.points.push_back(std::move(m));
    }
    return out;
}

}  // namespace pakn::server::services
