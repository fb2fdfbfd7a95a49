// Declarations of every screen's draw function and its transient UI state.
// One screen per file: views/view_<thing>.cpp.
#pragma once

#include <string>

#include "pakn/errors.h"

namespace pakn::client {
struct App;
}

namespace pakn::client::views {

struct HomeState {
    std::string lookup_code;
};

struct SubmitState {
    std::string title;
    std::string content;
    std::string address;
    FieldErrors errors;
};

struct LoginState {
    int audience = 0;  // 0: Cá nhân, doanh nghiệp; 1: Cán bộ, quản lý
    std::string login;
    std::string password;
};

struct ViewStates {
    HomeState home;
    SubmitState submit;
    LoginState login;
};

void draw_home(App& app);
void draw_about(App& app);
void draw_submit(App& app);
void draw_stats(App& app);
void draw_guide(App& app);
void draw_login(App& app);
void draw_not_found(App& app);

}  // namespace pakn::client::views
