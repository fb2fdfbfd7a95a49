// [SECTION] index: numbers, helpers, tiles, bars, plots (columns, line),
// donut, ranked table, data table and CSV, the card.
#include "ui/charts.h"

#include "pakn/csv.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

#include "app/strings_common.h"
#include "platform/platform.h"
#include "ui/test_hooks.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace pakn::client::ui {

// [SECTION] numbers -------------------------------------------------------------

std::string format_count(std::int64_t n) {
    const bool negative = n < 0;
    std::string digits = std::to_string(negative ? -n : n);
    std::string out;
    const int len = static_cast<int>(digits.size());
    for (int i = 0; i < len; ++i) {
        if (i > 0 && (len - i) % 3 == 0) out.push_back('.');
        out.push_back(digits[static_cast<std::size_t>(i)]);
    }
    return negative ? "-" + out : out;
}

std::string format_decimal(double v, int decimals) {
    if (!std::isfinite(v)) return "–";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    std::string s = buf;
    // Vietnamese: "," for decimals and "." between thousands.
    std::string int_part = s, frac;
    if (auto dot = s.find('.'); dot != std::string::npos) {
        int_part = s.substr(0, dot);
        frac = s.substr(dot + 1);
        while (!frac.empty() && frac.back() == '0') frac.pop_back();
    }
    const bool negative = !int_part.empty() && int_part[0] == '-';
    if (negative) int_part.erase(0, 1);
    std::string out = format_count(std::stoll(int_part.empty() ? "0" : int_part));
    if (negative && (out != "0" || !frac.empty())) out = "-" + out;
    if (!frac.empty()) out += "," + frac;
    return out;
}

std::string format_percent(double rate) { return format_decimal(rate * 100.0, 1) + "%"; }

std::string format_hours(double hours) {
    return format_decimal(hours, 1) + tr::kHoursSuffix;
}

Cell text_cell(std::string text) { return Cell{std::move(text), {}, false}; }

Cell count_cell(std::int64_t n) { return Cell{format_count(n), std::to_string(n), true}; }

Cell percent_cell(double rate) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", std::isfinite(rate) ? rate * 100.0 : 0.0);
    return Cell{format_percent(rate), buf, true};
}

Cell hours_cell(double hours) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", std::isfinite(hours) ? hours : 0.0);
    return Cell{format_decimal(hours, 1), buf, true};
}

ImU32 palette(int index) {
    // Okabe–Ito inspired, darkened for contrast on white.
    static constexpr ImU32 kColors[] = {
        IM_COL32(0, 84, 166, 255),   IM_COL32(230, 140, 20, 255), IM_COL32(0, 150, 110, 255),
        IM_COL32(200, 60, 60, 255),  IM_COL32(110, 80, 170, 255), IM_COL32(40, 160, 200, 255),
        IM_COL32(190, 110, 150, 255), IM_COL32(120, 120, 120, 255),
    };
    const int n = static_cast<int>(std::size(kColors));
    return kColors[((index % n) + n) % n];
}

// [SECTION] helpers -------------------------------------------------------------
namespace {

constexpr ImU32 kHoverBg = IM_COL32(232, 240, 252, 255);
constexpr ImU32 kGrid = IM_COL32(226, 230, 236, 255);
constexpr ImU32 kTrack = IM_COL32(236, 239, 243, 255);

ImVec2 text_size(std::string_view s) { return ImGui::CalcTextSize(s.data(), s.data() + s.size()); }

void add_text(ImDrawList* dl, ImVec2 pos, ImU32 col, std::string_view s) {
    dl->AddText(pos, col, s.data(), s.data() + s.size());
}

// Text cut with "…" so it ends before max_x.
void add_text_clipped(ImDrawList* dl, ImVec2 pos, float max_x, std::string_view s) {
    const ImVec2 size = text_size(s);
    ImGui::RenderTextEllipsis(dl, pos, ImVec2(max_x, pos.y + size.y), max_x, max_x, s.data(), s.data() + s.size(),
                              &size);
}

void tooltip(std::string_view title, const std::vector<std::string>& lines) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(px(320));
    ImGui::PushFont(fonts().bold);
    ui::paragraph(title);
    ImGui::PopFont();
    for (const auto& l : lines)
        if (!l.empty()) ui::paragraph(l);
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i) out += sep;
        out += parts[i];
    }
    return out;
}

// A step of 1, 2 or 5 times a power of ten giving about `ticks` steps up to max.
double nice_step(double max, int ticks, bool integers) {
    if (!(max > 0)) return 1;
    const double raw = max / ticks;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    const double norm = raw / mag;
    double step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * mag;
    if (integers) step = std::max(1.0, std::round(step));
    return step;
}

void no_data() {
    muted(tr::kNoData);
}

}  // namespace

void expose_figure(const char* str_id, const ImVec2& min, const ImVec2& max, std::string_view label,
                   std::string_view value) {
    const ImGuiID id = ImGui::GetID(str_id);
    const ImGuiLastItemData saved = ImGui::GetCurrentContext()->LastItemData;
    ImGui::ItemAdd(ImRect(min, max), id, nullptr, ImGuiItemFlags_NoNav);
    test_registry_note_field(id, label, value);
    test_registry_note_kind(id, "figure");  // read as "label: value"
    // Leave IsItemHovered() & co. about the caller's own last item.
    ImGui::GetCurrentContext()->LastItemData = saved;
}

// [SECTION] tiles ---------------------------------------------------------------

void stat_tile(const char* caption, std::string_view figure, std::string_view note, ImU32 accent, float width,
               bool note_line) {
    ImGui::PushID(caption);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::PushFont(fonts().small);
    const float small_h = ImGui::GetTextLineHeight();
    ImGui::PopFont();
    ImGui::PushFont(fonts().heading);
    const float big_h = ImGui::GetTextLineHeight();
    ImGui::PopFont();
    const float pad = px(12);
    const float height = pad * 2 + small_h + px(4) + big_h + (note.empty() && !note_line ? 0 : px(2) + small_h);
    ImGui::Dummy(ImVec2(width, height));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 end(pos.x + width, pos.y + height);
    dl->AddRectFilled(pos, end, color::kCard, px(8));
    dl->AddRect(pos, end, color::kBorder, px(8), 0, px(1));
    dl->AddRectFilled(pos, ImVec2(pos.x + px(5), end.y), accent, px(8), ImDrawFlags_RoundCornersLeft);
    const float x = pos.x + pad + px(4);
    const float max_x = end.x - pad;
    ImGui::PushFont(fonts().small);
    ImGui::PushStyleColor(ImGuiCol_Text, color::kMuted);
    add_text_clipped(dl, ImVec2(x, pos.y + pad), max_x, caption);
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::PushFont(fonts().heading);
    ImGui::PushStyleColor(ImGuiCol_Text, accent);
    add_text_clipped(dl, ImVec2(x, pos.y + pad + small_h + px(4)), max_x, figure);
    ImGui::PopStyleColor();
    ImGui::PopFont();
    if (!note.empty()) {
        ImGui::PushFont(fonts().small);
        ImGui::PushStyleColor(ImGuiCol_Text, color::kMuted);
        add_text_clipped(dl, ImVec2(x, pos.y + pad + small_h + px(6) + big_h), max_x, note);
        ImGui::PopStyleColor();
        ImGui::PopFont();
    }
    expose_figure("##tile", pos, end, caption, figure);
    ImGui::PopID();
}

// [SECTION] bars ----------------------------------------------------------------

void bar_chart(const char* id, const std::vector<Datum>& data, ImU32 color) {
    if (data.empty()) return no_data();
    ImGui::PushID(id);
    const float width = ImGui::GetContentRegionAvail().x;
    const float line = ImGui::GetTextLineHeight();
    const bool narrow = width < px(380);
    double max_v = 0;
    float label_w = 0, value_w = 0;
    for (const auto& d : data) {
        max_v = std::max(max_v, d.value);
        label_w = std::max(label_w, text_size(d.label).x);
        value_w = std::max(value_w, text_size(d.value_text).x);
    }
    label_w = narrow ? 0 : std::min(label_w + px(14), width * 0.4f);
    value_w += px(12);
    const float bar_h = px(16);
    const float row_h = narrow ? line + bar_h + px(14) : std::max(line, bar_h) + px(12);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton("##bars", ImVec2(width, row_h * static_cast<float>(data.size())));
    const bool hovered = ImGui::IsItemHovered();
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float bar_x0 = origin.x + label_w;
    const float bar_max = std::max(px(24), width - label_w - value_w);
    for (std::size_t i = 0; i < data.size(); ++i) {
        const Datum& d = data[i];
        const float y0 = origin.y + row_h * static_cast<float>(i);
        const bool row_hovered = hovered && mouse.y >= y0 && mouse.y < y0 + row_h;
        if (row_hovered) dl->AddRectFilled(ImVec2(origin.x, y0), ImVec2(origin.x + width, y0 + row_h), kHoverBg, px(4));
        float bar_y;
        if (narrow) {
            add_text_clipped(dl, ImVec2(origin.x + px(2), y0 + px(4)), origin.x + width, d.label);
            bar_y = y0 + px(6) + line;
        } else {
            add_text_clipped(dl, ImVec2(origin.x + px(2), y0 + (row_h - line) * 0.5f), bar_x0 - px(10), d.label);
            bar_y = y0 + (row_h - bar_h) * 0.5f;
        }
        float w = max_v > 0 ? static_cast<float>(bar_max * d.value / max_v) : 0.0f;
        if (d.value > 0) w = std::max(w, px(2));
        dl->AddRectFilled(ImVec2(bar_x0, bar_y), ImVec2(bar_x0 + w, bar_y + bar_h), d.color ? d.color : color, px(3));
        add_text(dl, ImVec2(bar_x0 + w + px(6), bar_y + (bar_h - line) * 0.5f), color::kText, d.value_text);
        ImGui::PushID(static_cast<int>(i));
        expose_figure("##bar", ImVec2(origin.x, y0), ImVec2(origin.x + width, y0 + row_h), d.label, d.value_text);
        ImGui::PopID();
        if (row_hovered) tooltip(d.label, {d.value_text, d.detail});
    }
    ImGui::PopID();
}

// [SECTION] plots: columns and lines --------------------------------------------
namespace {

// The frame shared by the column and line charts: legend, value axis with
// grid lines, category slots along the bottom.
struct Plot {
    ImVec2 origin;
    float width = 0, height = 0;
    float x0 = 0, x1 = 0, y0 = 0, y1 = 0;  // the plotting area
    double top = 1;                         // the value at y0
    float slot = 0;                         // width per category
    int hovered_slot = -1;

    float y_of(double v) const { return y1 - static_cast<float>(v / top) * (y1 - y0); }
    float slot_x(int i) const { return x0 + slot * static_cast<float>(i); }
};

Plot begin_plot(const std::vector<std::string>& categories, const std::vector<Series>& series, float height_css,
                bool percent) {
    Plot p;
    p.width = ImGui::GetContentRegionAvail().x;
    p.height = px(height_css);
    p.origin = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton("##plot", ImVec2(p.width, p.height));
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float line = ImGui::GetTextLineHeight();

    // Legend on the first line.
    float lx = p.origin.x;
    for (const auto& s : series) {
        const float sq = px(12);
        const float ly = p.origin.y + (line - sq) * 0.5f;
        dl->AddRectFilled(ImVec2(lx, ly), ImVec2(lx + sq, ly + sq), s.color, px(2));
        add_text(dl, ImVec2(lx + sq + px(6), p.origin.y), color::kText, s.name);
        lx += sq + px(6) + text_size(s.name).x + px(18);
    }

    double max_v = 0;
    for (const auto& s : series)
        for (double v : s.values) max_v = std::max(max_v, v);
    double step;
    if (percent) {
        p.top = 1.0;
        step = 0.25;
    } else {
        step = nice_step(max_v, 4, true);
        p.top = std::max(step, std::ceil(max_v / step) * step);
    }
    std::string widest = percent ? "100%" : format_count(static_cast<std::int64_t>(p.top));
    const float axis_w = text_size(widest).x + px(10);
    p.x0 = p.origin.x + axis_w;
    p.x1 = p.origin.x + p.width - px(4);
    p.y0 = p.origin.y + line + px(8) + line * 0.5f;
    p.y1 = p.origin.y + p.height - line - px(8);
    p.slot = categories.empty() ? 0 : (p.x1 - p.x0) / static_cast<float>(categories.size());

    for (double t = 0; t <= p.top + step * 0.5; t += step) {
        const float y = p.y_of(t);
        dl->AddLine(ImVec2(p.x0, y), ImVec2(p.x1, y), t == 0 ? color::kBorder : kGrid, px(1));
        const std::string label = percent ? format_percent(t) : format_count(static_cast<std::int64_t>(t));
        const ImVec2 ts = text_size(label);
        add_text(dl, ImVec2(p.x0 - px(6) - ts.x, y - ts.y * 0.5f), color::kMuted, label);
    }

    const ImVec2 mouse = ImGui::GetIO().MousePos;
    if (hovered && p.slot > 0 && mouse.x >= p.x0 && mouse.x < p.x1) {
        p.hovered_slot = std::clamp(static_cast<int>((mouse.x - p.x0) / p.slot), 0,
                                    static_cast<int>(categories.size()) - 1);
        const float sx = p.slot_x(p.hovered_slot);
        dl->AddRectFilled(ImVec2(sx, p.y0), ImVec2(sx + p.slot, p.y1), kHoverBg);
    }

    // Category labels, thinned out when they would overlap.
    float label_w = 0;
    for (const auto& c : categories) label_w = std::max(label_w, text_size(c).x);
    const int every = p.slot > 0 ? std::max(1, static_cast<int>(std::ceil((label_w + px(8)) / p.slot))) : 1;
    for (std::size_t i = 0; i < categories.size(); ++i) {
        if (static_cast<int>(i) % every != 0) continue;
        const ImVec2 ts = text_size(categories[i]);
        const float cx = p.slot_x(static_cast<int>(i)) + p.slot * 0.5f;
        add_text(dl, ImVec2(cx - ts.x * 0.5f, p.y1 + px(6)), color::kMuted, categories[i]);
    }
    return p;
}

// Registers each category with its figures and shows the hovered one's tooltip.
void finish_plot(const Plot& p, const std::vector<std::string>& categories, const std::vector<Series>& series) {
    for (std::size_t i = 0; i < categories.size(); ++i) {
        std::vector<std::string> figures;
        std::vector<std::string> lines;
        for (const auto& s : series) {
            const std::string text = i < s.texts.size() ? s.texts[i] : std::string();
            figures.push_back(text);
            lines.push_back(s.name + ": " + text);
        }
        const float sx = p.slot_x(static_cast<int>(i));
        ImGui::PushID(static_cast<int>(i));
        expose_figure("##slot", ImVec2(sx, p.y0), ImVec2(sx + p.slot, p.y1), categories[i], join(figures, " / "));
        ImGui::PopID();
        if (p.hovered_slot == static_cast<int>(i)) tooltip(categories[i], lines);
    }
}

}  // namespace

void column_chart(const char* id, const std::vector<std::string>& categories, const std::vector<Series>& series,
                  float height) {
    if (categories.empty() || series.empty()) return no_data();
    ImGui::PushID(id);
    const Plot p = begin_plot(categories, series, height, false);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float group = p.slot * 0.74f;
    const float col = group / static_cast<float>(series.size());
    const bool values_fit = [&] {
        for (const auto& s : series)
            for (const auto& t : s.texts)
                if (text_size(t).x > col + px(2)) return false;
        return true;
    }();
    ImGui::PushFont(fonts().small);
    for (std::size_t i = 0; i < categories.size(); ++i) {
        const float gx = p.slot_x(static_cast<int>(i)) + (p.slot - group) * 0.5f;
        for (std::size_t s = 0; s < series.size(); ++s) {
            const double v = i < series[s].values.size() ? series[s].values[i] : 0.0;
            const float x = gx + col * static_cast<float>(s);
            float y = p.y_of(v);
            if (v > 0) y = std::min(y, p.y1 - px(2));
            dl->AddRectFilled(ImVec2(x + px(1), y), ImVec2(x + col - px(1), p.y1), series[s].color, px(2),
                              ImDrawFlags_RoundCornersTop);
            if (values_fit && v > 0 && i < series[s].texts.size()) {
                const ImVec2 ts = text_size(series[s].texts[i]);
                add_text(dl, ImVec2(x + (col - ts.x) * 0.5f, y - ts.y - px(1)), color::kText, series[s].texts[i]);
            }
        }
    }
    ImGui::PopFont();
    finish_plot(p, categories, series);
    ImGui::PopID();
}

void line_chart(const char* id, const std::vector<std::string>& categories, const std::vector<Series>& series,
                float height, bool percent) {
    if (categories.empty() || series.empty()) return no_data();
    ImGui::PushID(id);
    const Plot p = begin_plot(categories, series, height, percent);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (p.hovered_slot >= 0) {
        const float cx = p.slot_x(p.hovered_slot) + p.slot * 0.5f;
        dl->AddLine(ImVec2(cx, p.y0), ImVec2(cx, p.y1), color::kMuted, px(1));
    }
    for (const auto& s : series) {
        std::vector<ImVec2> pts;
        for (std::size_t i = 0; i < categories.size() && i < s.values.size(); ++i)
            pts.emplace_back(p.slot_x(static_cast<int>(i)) + p.slot * 0.5f, p.y_of(std::clamp(s.values[i], 0.0, p.top)));
        if (pts.size() > 1) dl->AddPolyline(pts.data(), static_cast<int>(pts.size()), s.color, 0, px(2.5f));
        for (std::size_t i = 0; i < pts.size(); ++i) {
            const bool hot = p.hovered_slot == static_cast<int>(i);
            dl->AddCircleFilled(pts[i], px(hot ? 5.5f : 4), s.color);
            dl->AddCircleFilled(pts[i], px(hot ? 2.5f : 1.8f), color::kCard);
        }
    }
    finish_plot(p, categories, series);
    ImGui::PopID();
}

// [SECTION] donut ---------------------------------------------------------------

void donut_chart(const char* id, const std::vector<Datum>& slices, std::string_view center_big,
                 std::string_view center_small) {
    if (slices.empty()) return no_data();
    ImGui::PushID(id);
    const float width = ImGui::GetContentRegionAvail().x;
    const bool narrow = width < px(480);
    const float line = ImGui::GetTextLineHeight();
    const float diameter = narrow ? std::min(width * 0.72f, px(220)) : std::min(width * 0.42f, px(220));
    const float row_h = line + px(10);
    const float legend_h = row_h * static_cast<float>(slices.size());
    float legend_label_w = 0, legend_value_w = 0;
    for (const auto& s : slices) {
        legend_label_w = std::max(legend_label_w, text_size(s.label).x);
        legend_value_w = std::max(legend_value_w, text_size(s.value_text).x);
    }
    const float legend_w = std::min(px(16) + legend_label_w + px(20) + legend_value_w,
                                    narrow ? width : width - diameter - px(24));
    const float total_h = narrow ? diameter + px(16) + legend_h : std::max(diameter, legend_h);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton("##donut", ImVec2(width, total_h));
    const bool hovered = ImGui::IsItemHovered();
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    ImDrawList* dl = ImGui::GetWindowDrawList();

    const ImVec2 center = narrow ? ImVec2(origin.x + width * 0.5f, origin.y + diameter * 0.5f)
                                 : ImVec2(origin.x + diameter * 0.5f, origin.y + total_h * 0.5f);
    const float r_out = diameter * 0.5f;
    const float thick = r_out * 0.36f;
    const float r_mid = r_out - thick * 0.5f;
    double total = 0;
    for (const auto& s : slices) total += std::max(0.0, s.value);

    const ImVec2 legend_pos = narrow ? ImVec2(origin.x + (width - legend_w) * 0.5f, origin.y + diameter + px(16))
                                     : ImVec2(origin.x + diameter + px(24), origin.y + (total_h - legend_h) * 0.5f);
    int hot = -1;
    if (hovered) {
        const float dx = mouse.x - center.x, dy = mouse.y - center.y;
        const float d = std::sqrt(dx * dx + dy * dy);
        if (total > 0 && d >= r_out - thick && d <= r_out + px(4)) {
            // Angle clockwise from 12 o'clock, 0..2π.
            double a = std::atan2(dy, dx) + IM_PI * 0.5;
            if (a < 0) a += 2 * IM_PI;
            double acc = 0;
            for (std::size_t i = 0; i < slices.size(); ++i) {
                acc += std::max(0.0, slices[i].value) / total * 2 * IM_PI;
                if (a < acc) {
                    hot = static_cast<int>(i);
                    break;
                }
            }
        }
        if (mouse.x >= legend_pos.x && mouse.x < legend_pos.x + legend_w && mouse.y >= legend_pos.y &&
            mouse.y < legend_pos.y + legend_h)
            hot = std::clamp(static_cast<int>((mouse.y - legend_pos.y) / row_h), 0,
                             static_cast<int>(slices.size()) - 1);
    }

    if (total <= 0) {
        dl->PathArcTo(center, r_mid, 0, 2 * IM_PI, 64);
        dl->PathStroke(kTrack, ImDrawFlags_Closed, thick);
    } else {
        double a = -IM_PI * 0.5;
        for (std::size_t i = 0; i < slices.size(); ++i) {
            const double sweep = std::max(0.0, slices[i].value) / total * 2 * IM_PI;
            if (sweep <= 0) continue;
            const int segments = std::max(4, static_cast<int>(sweep / (2 * IM_PI) * 96));
            const bool is_hot = hot == static_cast<int>(i);
            const ImU32 col = slices[i].color ? slices[i].color : palette(static_cast<int>(i));
            const float r = is_hot ? r_mid + px(3) : r_mid;
            dl->PathArcTo(center, r, static_cast<float>(a), static_cast<float>(a + sweep), segments);
            dl->PathStroke(col, 0, is_hot ? thick + px(6) : thick);
            a += sweep;
        }
    }
    // The figure in the middle.
    ImGui::PushFont(fonts().heading);
    const ImVec2 big = text_size(center_big);
    ImGui::PopFont();
    ImGui::PushFont(fonts().small);
    const ImVec2 small = text_size(center_small);
    ImGui::PopFont();
    const float block = big.y + (center_small.empty() ? 0 : small.y);
    ImGui::PushFont(fonts().heading);
    add_text(dl, ImVec2(center.x - big.x * 0.5f, center.y - block * 0.5f), color::kText, center_big);
    ImGui::PopFont();
    ImGui::PushFont(fonts().small);
    add_text(dl, ImVec2(center.x - small.x * 0.5f, center.y - block * 0.5f + big.y), color::kMuted, center_small);
    ImGui::PopFont();

    // Legend: swatch, label, figure.
    for (std::size_t i = 0; i < slices.size(); ++i) {
        const float y = legend_pos.y + row_h * static_cast<float>(i);
        const ImVec2 row_min(legend_pos.x, y), row_max(legend_pos.x + legend_w, y + row_h);
        if (hot == static_cast<int>(i)) dl->AddRectFilled(row_min, row_max, kHoverBg, px(4));
        const ImU32 col = slices[i].color ? slices[i].color : palette(static_cast<int>(i));
        const float sq = px(12);
        dl->AddRectFilled(ImVec2(legend_pos.x + px(2), y + (row_h - sq) * 0.5f),
                          ImVec2(legend_pos.x + px(2) + sq, y + (row_h - sq) * 0.5f + sq), col, px(2));
        const float value_x = row_max.x - text_size(slices[i].value_text).x - px(4);
        add_text_clipped(dl, ImVec2(legend_pos.x + sq + px(10), y + (row_h - line) * 0.5f), value_x - px(8),
                         slices[i].label);
        add_text(dl, ImVec2(value_x, y + (row_h - line) * 0.5f), color::kText, slices[i].value_text);
        ImGui::PushID(static_cast<int>(i));
        expose_figure("##slice", row_min, row_max, slices[i].label, slices[i].value_text);
        ImGui::PopID();
    }
    if (hot >= 0) tooltip(slices[static_cast<std::size_t>(hot)].label,
                          {slices[static_cast<std::size_t>(hot)].value_text, slices[static_cast<std::size_t>(hot)].detail});
    ImGui::PopID();
}

// [SECTION] ranked table --------------------------------------------------------

namespace {
ImU32 rate_color(double rate) {
    if (rate >= 0.9) return color::kSuccess;
    if (rate >= 0.7) return IM_COL32(214, 150, 0, 255);
    return color::kDanger;
}

void right_aligned(std::string_view s) {
    const float w = text_size(s).x;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, ImGui::GetContentRegionAvail().x - w));
    ui::text(s);
}
}  // namespace

void ranked_table(const char* id, const std::vector<std::string>& columns, const std::vector<RankedRow>& rows,
                  std::size_t max_rows) {
    if (rows.empty() || columns.size() < 2) return no_data();
    const std::size_t figure_cols = columns.size() - 2;
    const bool wide = ImGui::GetContentRegionAvail().x >= px(640);
    const int ncols = 3 + static_cast<int>(wide ? figure_cols : 0);
    if (!ImGui::BeginTable(id, ncols, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX))
        return;
    ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthFixed, px(30));
    ImGui::TableSetupColumn(columns[0].c_str(), ImGuiTableColumnFlags_WidthStretch);
    if (wide)
        for (std::size_t c = 0; c < figure_cols; ++c)
            ImGui::TableSetupColumn(columns[1 + c].c_str(), ImGuiTableColumnFlags_WidthFixed,
                                    std::max(px(80), text_size(columns[1 + c]).x + px(8)));
    ImGui::TableSetupColumn(columns.back().c_str(), ImGuiTableColumnFlags_WidthFixed, px(wide ? 190 : 140));
    ui::table_headers_row();
    for (std::size_t r = 0; r < rows.size() && r < max_rows; ++r) {
        const RankedRow& row = rows[r];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushStyleColor(ImGuiCol_Text, color::kMuted);
        ui::text(std::to_string(r + 1));
        ImGui::PopStyleColor();
        ImGui::TableNextColumn();
        ui::paragraph(row.label);
        {
            // Registered here, inside the name's cell: items clip to their cell.
            std::vector<std::string> parts = row.cells;
            parts.push_back(row.rate_text);
            ImGui::PushID(static_cast<int>(r));
            expose_figure("##rank", ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), row.label, join(parts, " | "));
            ImGui::PopID();
        }
        if (wide)
            for (std::size_t c = 0; c < figure_cols; ++c) {
                ImGui::TableNextColumn();
                right_aligned(c < row.cells.size() ? row.cells[c] : std::string());
            }
        ImGui::TableNextColumn();
        // The rate as a bar with its figure.
        const float avail = ImGui::GetContentRegionAvail().x;
        const float text_w = text_size("100,0%").x;
        const float bar_w = std::max(px(20), avail - text_w - px(8));
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        const float line = ImGui::GetTextLineHeight();
        const float bh = px(10);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const ImVec2 bar_min(pos.x, pos.y + (line - bh) * 0.5f);
        dl->AddRectFilled(bar_min, ImVec2(bar_min.x + bar_w, bar_min.y + bh), kTrack, px(3));
        dl->AddRectFilled(bar_min,
                          ImVec2(bar_min.x + bar_w * static_cast<float>(std::clamp(row.rate, 0.0, 1.0)), bar_min.y + bh),
                          rate_color(row.rate), px(3));
        ImGui::Dummy(ImVec2(bar_w, line));
        ImGui::SameLine(0, px(8));
        ui::text(row.rate_text);
    }
    ImGui::EndTable();
}

// [SECTION] data table and CSV --------------------------------------------------

void data_table(const char* id, const DataTable& table) {
    if (table.empty() || table.columns.empty()) return no_data();
    const int ncols = static_cast<int>(table.columns.size());
    if (!ImGui::BeginTable(id, ncols,
                           ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuterH |
                               ImGuiTableFlags_PadOuterX))
        return;
    for (int c = 0; c < ncols; ++c) {
        const std::string& name = table.columns[static_cast<std::size_t>(c)];
        if (c == 0)
            ImGui::TableSetupColumn(name.c_str(), ImGuiTableColumnFlags_WidthStretch);
        else
            ImGui::TableSetupColumn(name.c_str(), ImGuiTableColumnFlags_WidthFixed,
                                    std::max(px(64), std::min(text_size(name).x + px(6), px(150))));
    }
    ImGui::TableSetupScrollFreeze(0, 1);
    // Headers wrap: long Vietnamese column names on narrow screens.
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int c = 0; c < ncols; ++c) {
        ImGui::TableNextColumn();
        ImGui::PushFont(fonts().bold);
        ui::paragraph(table.columns[static_cast<std::size_t>(c)]);
        ImGui::PopFont();
    }
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const auto& row = table.rows[r];
        ImGui::TableNextRow();
        for (int c = 0; c < ncols; ++c) {
            ImGui::TableNextColumn();
            const Cell empty;
            const Cell& cell = static_cast<std::size_t>(c) < row.size() ? row[static_cast<std::size_t>(c)] : empty;
            if (cell.numeric)
                right_aligned(cell.text);
            else
                ui::paragraph(cell.text);
            if (c == 0) {
                // The row under its first cell (inside that cell: items clip to their cell).
                std::vector<std::string> rest;
                for (std::size_t k = 1; k < table.columns.size(); ++k) rest.push_back(k < row.size() ? row[k].text : "");
                ImGui::PushID(static_cast<int>(r));
                expose_figure("##row", ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), cell.text, join(rest, " | "));
                ImGui::PopID();
            }
        }
    }
    ImGui::EndTable();
}

std::string to_csv(const DataTable& table) {
    std::string out = "\xEF\xBB\xBF";
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        if (c) out.push_back(',');
        out += csv_field(table.columns[c]);
    }
    out += "\r\n";
    for (const auto& row : table.rows) {
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            if (c) out.push_back(',');
            if (c < row.size()) out += csv_field(row[c].csv.empty() ? row[c].text : row[c].csv);
        }
        out += "\r\n";
    }
    return out;
}

// [SECTION] the card ------------------------------------------------------------

namespace {
bool small_button(const char* label) {
    ImGui::PushFont(fonts().small);
    ImGui::PushStyleColor(ImGuiCol_Button, color::kCard);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, kHoverBg);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, IM_COL32(214, 228, 248, 255));
    ImGui::PushStyleColor(ImGuiCol_Text, color::kPrimary);
    ImGui::PushStyleColor(ImGuiCol_Border, color::kBorder);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(px(10), px(5)));
    const bool clicked = ImGui::Button(label);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(5);
    ImGui::PopFont();
    return clicked;
}

float small_button_width(const char* label) {
    ImGui::PushFont(fonts().small);
    const float w = ImGui::CalcTextSize(label, nullptr, true).x + px(20);
    ImGui::PopFont();
    return w;
}
}  // namespace

void chart_card(const char* key, std::string_view title, bool& show_table, const DataTable& table,
                std::string_view csv_name, const std::function<void()>& chart) {
    ImGui::PushID(key);
    card("##chart", [&] {
        const char* toggle = show_table ? tr::kShowChart : tr::kShowTable;
        const std::string csv_label = std::string("↓ ") + tr::kDownloadCsv;
        const char* csv = csv_label.c_str();
        const float spacing = ImGui::GetStyle().ItemSpacing.x;
        const float buttons_w = small_button_width(toggle) + spacing + small_button_width(csv);
        const float avail = ImGui::GetContentRegionAvail().x;
        ImGui::PushFont(fonts().bold);
        const float title_w = text_size(title).x;
        ImGui::PopFont();
        const ImVec2 start = ImGui::GetCursorPos();
        const bool one_line = title_w + buttons_w + px(24) <= avail;
        if (one_line) {
            ImGui::SetCursorPos(ImVec2(start.x + avail - buttons_w, start.y));
        } else {
            subheading(title);
        }
        if (small_button(toggle)) show_table = !show_table;
        test_registry_note_field(ImGui::GetItemID(), toggle, key);
        const float button_h = ImGui::GetItemRectSize().y;
        ImGui::SameLine();
        ImGui::BeginDisabled(table.empty());
        if (small_button(csv)) platform::download(csv_name, "text/csv;charset=utf-8", to_csv(table));
        test_registry_note_field(ImGui::GetItemID(), tr::kDownloadCsv, key);
        ImGui::EndDisabled();
        if (one_line) {
            // The title on the left, centred on the buttons' line.
            ImGui::PushFont(fonts().bold);
            ImGui::SetCursorPos(ImVec2(start.x, start.y + (button_h - ImGui::GetTextLineHeight()) * 0.5f));
            ui::text(title);
            ImGui::PopFont();
            ImGui::SetCursorPos(ImVec2(start.x, start.y + button_h + ImGui::GetStyle().ItemSpacing.y));
        }
        ImGui::Dummy(ImVec2(0, px(2)));
        if (table.empty())
            muted(tr::kNoDataInRange);
        else if (show_table)
            data_table("##table", table);
        else
            chart();
    });
    ImGui::PopID();
}

}  // namespace pakn::client::ui
