// The data of one live event (Server-Sent Events, GET /events). Same wire
// rules as dto.h (strict decoding, never throws).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "pakn/dto.h"

namespace pakn {

// One Server-Sent Event's data (GET /events): a report changed (kind
// "report") or a notification arrived (kind "notification"). Required: kind,
// at; report_id and notification_id are left out when 0, unread always sent.
struct LiveEvent {
    std::string kind;  // "report" | "notification"
    std::int64_t report_id = 0;
    std::string code;
    std::string title;
    std::string action;  // workflow action, for kind "report"
    std::optional<Status> status;
    std::optional<std::int64_t> unit_id;  // the lead unit after the change
    std::int64_t notification_id = 0;
    std::int64_t unread = 0;  // unread notifications of the account
    UnixSeconds at = 0;

    bool operator==(const LiveEvent&) const = default;
};

void to_json(nlohmann::json& j, const LiveEvent& v);
void from_json(const nlohmann::json& j, LiveEvent& v, FieldErrors& errors, const std::string& path = {});

}  // namespace pakn
