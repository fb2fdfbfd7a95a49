// Mẫu trả lời: answer templates an officer inserts into an answer (the
// result text of propose_result) and edits before sending. A template
// belongs to one category or to all of them, and to one unit (its unit
// lead manages it; only that unit's officers see it) or to the whole
// province (the admin manages it; every officer sees it). The form's rules,
// the wire format (GET/POST/PATCH/DELETE /api/v1/officer/answer-templates)
// and the placeholder filling live here, once, for the server and the
// browser. Same wire rules as dto.h; pure: no I/O, no clock.
//
// [SECTION] index: limits, who manages, DTOs, rules, placeholders,
// to_json / from_json.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "pakn/calendar.h"
#include "pakn/dto.h"
#include "pakn/forms.h"
#include "pakn/workflow.h"

namespace pakn {

// [SECTION] limits ------------------------------------------------------------------

inline constexpr std::size_t kMaxTemplateTitleChars = 200;
// A template's body becomes an answer: it is limited like one.
inline constexpr std::size_t kMaxTemplateBodyChars = kMaxResultChars;

// [SECTION] who manages --------------------------------------------------------------

// Unit leads (their unit's templates) and the admin (the province's) manage
// templates; every other officer only reads and inserts them.
bool can_manage_templates(Role role) noexcept;

// [SECTION] DTOs --------------------------------------------------------------------

// One template as GET /officer/answer-templates lists it. category_code ""
// = every category; unit_id absent = province-wide (the admin's). editable:
// whether the asking officer may change or delete it. Required: id, title,
// body, updated_at.
struct AnswerTemplate {
    std::int64_t id = 0;
    std::string title;
    std::string body;
    std::string category_code;
    std::string category_name;
    std::optional<std::int64_t> unit_id;
    std::string unit_name;
    bool editable = false;
    UnixSeconds updated_at = 0;

    bool operator==(const AnswerTemplate&) const = default;
};

// POST / PATCH /officer/answer-templates[/{id}]: title required
// (<= kMaxTemplateTitleChars, one line), body required (multi-line, <=
// kMaxTemplateBodyChars), category_code "" (all categories) or a category's
// code. The scope is not chosen: it is the author's (admin: province, unit
// lead: their unit).
struct AnswerTemplateForm {
    std::string title;
    std::string body;
    std::string category_code;

    bool operator==(const AnswerTemplateForm&) const = default;
};

// [SECTION] rules -------------------------------------------------------------------

// Cleans the text (NFC, white space) and checks the limits. Codes: title
// "required" / "template_title_too_long"; body "required" /
// "template_body_too_long"; category_code "unknown_category" when it is
// not a well-formed code; invalid_utf8 / control_characters on either text.
Validated<AnswerTemplateForm> clean(const AnswerTemplateForm& f);
// The same, and category_code must be one of `known_categories` (else
// "unknown_category").
Validated<AnswerTemplateForm> clean(const AnswerTemplateForm& f, std::span<const std::string> known_categories);
FieldErrors validate(const AnswerTemplateForm& f);

// True when `t` is offered for a report of `category_code`: its own
// category's templates and the all-category ones ("" shows them all).
bool template_applies(const AnswerTemplate& t, std::string_view category_code) noexcept;

// [SECTION] placeholders ------------------------------------------------------------

// What an inserted template's placeholders are filled with. Empty values
// (and an absent date) leave their placeholder as written, for the officer
// to complete.
struct TemplateValues {
    std::string tracking_code;  // {ma_ho_so}: PAKN-2026-000123
    std::optional<Date> today;  // {ngay}: 06/12/2026
    std::string reporter_name;  // {nguoi_phan_anh}
    std::string report_title;   // {tieu_de}
    std::string unit_name;      // {don_vi}: the officer's unit
};

// The placeholders the filling knows, as written in a template ("{ngay}").
std::span<const std::string_view> template_placeholders() noexcept;

// `body` with every known placeholder that has a value replaced by it;
// unknown ones ("{abc}") and lone braces are kept as written.
std::string fill_placeholders(std::string_view body, const TemplateValues& values);

// [SECTION] to_json / from_json ------------------------------------------------------

void to_json(nlohmann::json& j, const AnswerTemplate& v);
void from_json(const nlohmann::json& j, AnswerTemplate& v, FieldErrors& errors, const std::string& path = {});
void to_json(nlohmann::json& j, const AnswerTemplateForm& v);
void from_json(const nlohmann::json& j, AnswerTemplateForm& v, FieldErrors& errors, const std::string& path = {});

}  // namespace pakn
