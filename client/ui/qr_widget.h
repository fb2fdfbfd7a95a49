// A QR code on screen: the symbol's dark modules as filled squares on white,
// with the quiet zone the standard requires, at a whole number of pixels per
// module so phone cameras see sharp edges.
#pragma once

#include <string_view>

#include "pakn/qr.h"

namespace pakn::client::ui {

// Draws `code` about `side_css` CSS px wide (rounded down to whole pixels per
// module). Registered for tests under `label` with the encoded `text` as value.
void qr_code(const char* label, const QrCode& code, float side_css, std::string_view text);

}  // namespace pakn::client::ui
