// Transient UI state of the accounts screens (text buffers, filters, which row
// is open, requests in flight). Domain data lives in the requests' results.
#pragma once

#include <string>

#include "net/api.h"
#include "pakn/dto.h"

namespace pakn::client::views {

struct LoginState {
    int audience = 0;  // 0: Cá nhân, doanh nghiệp; 1: Cán bộ, quản lý
    std::string login;
    std::string password;
};

struct AccountStates {
    LoginState login;
};

}  // namespace pakn::client::views
