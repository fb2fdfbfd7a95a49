// The people most report tests need, signed in: a citizen who reports, the
// center's dispatcher, and a handler and the lead of Sở Xây dựng; with the
// steps they take through the API. Tests add their own extras by deriving.
#pragma once

#include <cstdint>
#include <string>

#include "pakn/dto.h"
#include "pakn/workflow.h"
#include "support/test_app.h"

namespace pakn::test {

inline constexpr const char* kCastCitizenPassword = "matkhau2026";

struct ReportCast {
    TestApp t;
    Browser owner, desk, xd_handler, xd_lead;
    std::int64_t unit_xd = 0;

    ReportCast();

    // POST /reports/{id}/actions as `b`.
    server::http::Response act(Browser& b, std::int64_t id, Action a, ActionParams p = {});
    // The same, required to succeed; the report detail it answers.
    json step(Browser& b, std::int64_t id, Action a, ActionParams p = {});
    // GET /reports/{id} as `b`, required to succeed.
    json detail(Browser& b, std::int64_t id);

    // A report sent by the owner in `category`, commune 22333; `fields`
    // (title, content, address, lat...) replace the form's defaults.
    std::int64_t sent_report(const std::string& category = "xay_dung", const json& fields = json::object());
    // Sent, given to Sở Xây dựng and started by its handler.
    std::int64_t in_progress_report(const json& fields = json::object());
    // In progress, answered by the handler with `result` and approved by the lead.
    std::int64_t answered_report(const json& fields = json::object(),
                                 const std::string& result = "Đã lập biên bản, yêu cầu chủ công trình thu dọn vật liệu trong 24 giờ.");
};

}  // namespace pakn::test
