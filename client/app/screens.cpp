// THE registry of screens: path pattern -> view, read top to bottom.
// Paths are Vietnamese words without diacritics, as people type them.
#include "app/screens.h"

#include "app/strings.h"
#include "views/views.h"

namespace pakn::client {

// clang-format off
const ScreenDef kScreens[] = {
    // screen            path            tab title                nav label         draw
    {Screen::home,       "/",            tr::kSystemName,         tr::kNavHome,     views::draw_home},
    {Screen::about,      "/gioi-thieu",  tr::kNavAbout,           tr::kNavAbout,    views::draw_about},
    {Screen::submit,     "/gui-phan-anh",tr::kNavSubmit,          tr::kNavSubmit,   views::draw_submit},
    {Screen::stats,      "/thong-ke",    tr::kNavStats,           tr::kNavStats,    views::draw_stats},
    {Screen::guide,      "/huong-dan",   tr::kNavGuide,           tr::kNavGuide,    views::draw_guide},
    {Screen::login,      "/dang-nhap",   tr::kNavLogin,           nullptr,          views::draw_login},
    {Screen::not_found,  "",             tr::kNotFoundTitle,      nullptr,          views::draw_not_found},
};
// clang-format on

std::span<const ScreenDef> screens() { return kScreens; }

const ScreenDef& screen_def(Screen screen) {
    for (const auto& s : kScreens)
        if (s.screen == screen) return s;
    return kScreens[std::size(kScreens) - 1];
}

}  // namespace pakn::client
