// Transient UI state of the officer screens (text buffers, filters, which row
// is open, requests in flight). Domain data lives in the requests' results.
#pragma once

#include <string>

#include "net/api.h"
#include "pakn/dto.h"

namespace pakn::client::views {

struct OfficerStates {};

}  // namespace pakn::client::views
