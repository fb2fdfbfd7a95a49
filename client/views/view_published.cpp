// Phản ánh đã công khai: published reports with their results, searchable
// (the server ignores diacritics: "duong" finds "Đường") and filtered by
// category and commune, one page at a time. The filters live in the URL
// (/cong-khai?q=&category=&commune=&page=) so a search can be shared and
// the back button returns to it.
#include <imgui.h>

#include "app/app.h"
#include "app/screens.h"
#include "app/strings_common.h"
#include "app/strings_public.h"
#include "pakn/forms.h"
#include "pakn/text.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "views/public_common.h"

namespace pakn::client::views {
namespace {

namespace t = tr::pub;

void go(App& app, const ListQuery& q) {
    const std::string s = to_query_string(q);
    app.navigate(path_with_query(Screen::published, s));
}

}  // namespace

void draw_published(App& app) {
    PublishedState& st = public_states(app).published;
    const bool entered = app.screen_entered();
    const std::string& path = app.route.path;
    const auto qpos = path.find('?');
    // A hand-edited URL with a bad value falls back to that filter's default.
    ListQuery q = parse_list_query(parse_query_string(qpos == std::string::npos ? "" : path.substr(qpos + 1))).value;
    const std::string query = to_query_string(q);
    if (st.synced_path != path) {
        st.search = q.q;
        st.synced_path = path;
    }
    auto reload = [&] {
        st.query = query;
        net::load(st.page, "/api/v1/public/reports" + (query.empty() ? std::string() : "?" + query));
    };
    if (entered || query != st.query) reload();
    app.reference.need_categories(entered);
    const auto cats = ui::category_choices(app.reference.categories.data);

    ui::page("##published", [&] {
        ui::heading(t::kPublishedHeading);
        ui::muted(t::kPublishedIntro);
        ImGui::Spacing();
        ui::card("##filters", [&] {
            const float button_w = ImGui::CalcTextSize(tr::kSearch).x + ui::px(40);
            ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - button_w - ImGui::GetStyle().ItemSpacing.x);
            ui::text_field_inline("##search", st.search, tr::kSearchHint);
            const bool enter = ImGui::IsItemDeactivated() && ImGui::IsKeyPressed(ImGuiKey_Enter);
            ImGui::SameLine();
            if (ui::primary_button(tr::kSearch, button_w) || enter) {
                ListQuery next = q;
                next.q = std::string(trim(st.search));
                next.page = 1;
                go(app, next);
            }
            ImGui::Spacing();
            std::string category = q.category, commune = q.commune;
            bool changed = false;
            pub::two_columns(
                "##filter-selects",
                [&] { changed |= ui::select(tr::kCategory, category, cats, t::kAllCategories, false, nullptr, true); },
                [&] {
                    changed |=
                        ui::select(tr::kCommune, commune, ui::commune_choices(), t::kAllCommunes, false, nullptr, true);
                });
            if (changed) {
                ListQuery next = q;
                next.category = category;
                next.commune = commune;
                next.page = 1;
                go(app, next);
            }
            if (!q.q.empty() || !q.category.empty() || !q.commune.empty()) {
                if (ui::link(tr::kClearFilters)) go(app, ListQuery{});
            }
        });
        ImGui::Spacing();
        ui::card("##results", [&] {
            if (!pub::ready(st.page, reload)) return;
            const auto& page = st.page.data;
            if (page.items.empty()) ui::muted(tr::kNoMatchingReports);
            for (const auto& r : page.items) pub::report_row(app, r, true);
            const int next =
                ui::pager("##pager", q.page, page.total, static_cast<int>(page.page_size), tr::kNounReports);
            if (next != q.page) {
                ListQuery n = q;
                n.page = next;
                go(app, n);
            }
        });
    });
}

}  // namespace pakn::client::views
