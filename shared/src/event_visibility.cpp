// [SECTION] index: names, THE TABLE, table checks (at compile time), queries.
#include "pakn/event_visibility.h"

#include <cstddef>

namespace pakn {
namespace {

// [SECTION] names -------------------------------------------------------------------

constexpr std::string_view kAudienceNames[] = {"public", "reporter", "officer"};
static_assert(std::size(kAudienceNames) == kAllAudiences.size());

// [SECTION] THE TABLE ---------------------------------------------------------------

using A = Action;
constexpr Shown no = Shown::nothing;
constexpr Shown step = Shown::step;
constexpr Shown all = Shown::step_and_note;

// The rules behind the lines:
// - Officers read everything: the timeline is their working record.
// - The reporter reads every step that changes what they wait for, and the
//   notes addressed to them (why it was accepted, refused, what to add, how
//   work goes). Steps between the center and the units stay among officers:
//   a unit's return and its reason, extension requests and refusals, the
//   unit's draft answer and its lead's refusal. Notes written for officers
//   on steps the reporter does see (the dispatcher's routing note, why an
//   extension was granted, the lead's approval, publication notes, the
//   instruction that reopens a report) are not theirs either; the answer
//   itself reaches them as `result` once approved.
// - The public reads the published report's steps, but no note that was
//   addressed to the reporter or written by them (it may carry their
//   circumstances), except the rating comment, which is published with the
//   rating. Steps only the reporter's own page needs (edit) are left out.
// clang-format off
constexpr EventVisibilityRule kRules[] = {
//   action                public  reporter  officer
    {A::submit,            step,   all,      all},  // Gửi
    {A::resubmit,          step,   all,      all},  // Gửi bổ sung: the reporter's note is theirs
    {A::edit,              no,     all,      all},  // Chỉnh sửa: the reporter's own drafting
    {A::withdraw,          step,   all,      all},  // Rút
    {A::accept,            step,   all,      all},  // Tiếp nhận: the note is addressed to the reporter
    {A::reject,            step,   all,      all},  // Không tiếp nhận: the reason is owed to the reporter
    {A::request_info,      step,   all,      all},  // Yêu cầu bổ sung: the reporter must read what to add
    {A::assign,            step,   step,     all},  // Chuyển xử lý: the routing note is the dispatcher's
    {A::return_,           no,     no,       all},  // Trả lại: between the unit and the center
    {A::start,             step,   all,      all},  // Bắt đầu xử lý
    {A::progress_note,     step,   all,      all},  // Cập nhật tiến độ: written for the reporter
    {A::request_extension, no,     no,       all},  // Xin gia hạn: a request, not yet a decision
    {A::approve_extension, step,   step,     all},  // Duyệt gia hạn: the new deadline shows, not the reasoning
    {A::refuse_extension,  no,     no,       all},  // Từ chối gia hạn: nothing changes for the reporter
    {A::propose_result,    no,     no,       all},  // Đề xuất kết quả: the draft answer, before approval
    {A::approve_result,    step,   step,     all},  // Duyệt kết quả: the answer itself is `result`
    {A::refuse_result,     no,     no,       all},  // Trả lại kết quả: the lead's reason to the unit
    {A::publish,           step,   step,     all},  // Công khai
    {A::unpublish,         step,   step,     all},  // Hủy công khai
    {A::reopen,            step,   step,     all},  // Mở lại: the note instructs the unit
    {A::rate,              all,    all,      all},  // Đánh giá: the comment is published with the rating
    {A::close,             step,   step,     all},  // Đóng
    {A::comment,           no,     no,       all},  // Ghi chú nội bộ (and the system's overdue marker)
    {A::reclassify,        step,   step,     all},  // Phân loại lại: the new category shows, the note is the center's
    {A::direct,            no,     no,       all},  // Ý kiến chỉ đạo: leadership to the handling unit
    {A::assign_handler,    no,     no,       all},  // Phân công cán bộ: inside the unit
    // Reconsideration is between the reporter and the center: the request may
    // carry the reporter's circumstances, and a decline changes nothing public.
    {A::request_reconsideration, no, all,    all},  // Đề nghị xem xét lại: the reporter's reason
    {A::decline_reconsideration, no, all,    all},  // Từ chối xem xét lại: the reason is owed to the reporter
    // Gộp phản ánh trùng: written on both reports (the older one's payload
    // names the merged one). The reporters read it; the public never reads
    // which unpublished report was folded in.
    {A::merge,             no,     all,      all},
};
// clang-format on

// [SECTION] table checks (at compile time) -----------------------------------------

// One line per action, in Action order, so a lookup is an index.
constexpr bool one_row_per_action_in_order() {
    if (std::size(kRules) != kAllActions.size()) return false;
    for (std::size_t i = 0; i < kAllActions.size(); ++i)
        if (kRules[i].action != kAllActions[i]) return false;
    return true;
}

// Officers see every step with its note: nothing is kept from the record.
constexpr bool officers_see_everything() {
    for (const auto& r : kRules)
        if (r.officer != Shown::step_and_note) return false;
    return true;
}

// The reporter reads at least what the public reads: their own report never
// shows them less than a stranger gets.
constexpr bool reporter_sees_what_the_public_sees() {
    for (const auto& r : kRules)
        if (static_cast<int>(r.reporter) < static_cast<int>(r.public_)) return false;
    return true;
}

static_assert(one_row_per_action_in_order());
static_assert(officers_see_everything());
static_assert(reporter_sees_what_the_public_sees());

Shown of(const EventVisibilityRule& r, Audience a) {
    switch (a) {
        case Audience::public_: return r.public_;
        case Audience::reporter: return r.reporter;
        case Audience::officer: return r.officer;
    }
    return Shown::nothing;
}

}  // namespace

std::string_view to_string(Audience a) noexcept { return kAudienceNames[static_cast<std::size_t>(a)]; }

std::span<const EventVisibilityRule> event_visibility_rules() noexcept { return kRules; }

Shown shown_to(Action action, Audience audience) noexcept {
    const auto i = static_cast<std::size_t>(action);
    // A value that is no enumerator (a bad cast) stays among officers.
    if (i >= std::size(kRules)) return audience == Audience::officer ? Shown::step_and_note : Shown::nothing;
    return of(kRules[i], audience);
}

bool step_shown(Action action, Audience audience) noexcept { return shown_to(action, audience) != Shown::nothing; }

bool note_shown(Action action, Audience audience) noexcept {
    return shown_to(action, audience) == Shown::step_and_note;
}

bool officers_only(Action action) noexcept { return !step_shown(action, Audience::reporter); }

}  // namespace pakn
