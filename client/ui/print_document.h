// Printed documents: what the print buttons hand the browser (a report as
// text for A4, see platform::PrintDocument), built from the data the screen
// already holds. Pure functions of their arguments (no ImGui, no clock), so
// the headless tests check every line natively.
//
// [SECTION] index: the issuer's header and the footer, the reporter's
// receipt, the officer's file, the published answer, any screen.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pakn/dto.h"
#include "platform/platform.h"
#include "ui/test_hooks.h"

namespace pakn::client::ui {

// The issuer, on top of every printed page: the province's People's
// Committee and the system's name.
std::vector<std::string> print_header();
// "Bản in từ <url> lúc <date time>".
std::string print_footer(std::string_view url, UnixSeconds now);

// Biên nhận: the reporter's proof of a sent report: its tracking code, a QR
// code of the lookup address on `origin`, what was sent and where it stands
// (and the answer, once there is one).
platform::PrintDocument receipt_document(const ReportDetail& d, std::string_view origin, UnixSeconds now);

// Phiếu theo dõi xử lý: everything the officer's page shows (the reporter's
// contact, units, deadline, the answer or its draft, the rating) and the
// whole timeline as a table, internal steps marked.
platform::PrintDocument officer_file_document(const ReportDetail& d, std::string_view origin, UnixSeconds now);

// A published report with its answer, as the public page shows it (the
// server already masked it).
platform::PrintDocument published_report_document(const PublicReport& r, std::string_view origin, UnixSeconds now);

// Any other screen (the browser's own print, Ctrl+P): its title and the
// text of its widgets in drawing order (labels, then values), one paragraph
// each, repeats dropped. `path` is the screen's address on `origin`.
platform::PrintDocument screen_document(std::string_view title, const std::vector<WidgetInfo>& widgets,
                                        std::string_view origin, std::string_view path, UnixSeconds now);

}  // namespace pakn::client::ui
