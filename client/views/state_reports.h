// Transient UI state of the reports screens (text buffers, filters, which row
// is open, requests in flight). Domain data lives in the requests' results.
#pragma once

#include <string>

#include "net/api.h"
#include "pakn/dto.h"

namespace pakn::client::views {

struct SubmitState {
    std::string title;
    std::string content;
    std::string address;
    FieldErrors errors;
};

struct ReportStates {
    SubmitState submit;
};

}  // namespace pakn::client::views
