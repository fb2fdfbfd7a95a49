// The screen for a path no route knows.
#include "app/app.h"
#include "app/screens.h"
#include "app/strings_common.h"
#include "ui/widgets.h"

namespace pakn::client::views {

void draw_not_found(App& app) {
    ui::page("##not-found", [&] {
        ui::heading(tr::kNotFoundTitle);
        ui::paragraph(tr::kNotFoundBody);
        if (ui::primary_button(tr::kBackHome)) app.navigate(path_to(Screen::home));
    });
}

}  // namespace pakn::client::views
